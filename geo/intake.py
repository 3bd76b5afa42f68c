"""Adding documents to the workspace: check everything first, then store it all at once.

``python -m geo ingest`` and the dashboard's upload both come here. Every file (or
every article of an RSS or Atom feed, see :mod:`geo.feeds`) is read and checked
(:mod:`geo.ingest`) before anything is written; one refused file refuses the whole
batch, so ``data/`` is left exactly as it was. Accepted documents are stored in the
workspace in a single transaction; a document whose content is already there is
recognised and not added twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from geo import corpus, feeds, workspace
from geo.config import Paths, paths
from geo.ingest import DEFAULT_MAX_BYTES, IngestError, document_from_bytes, read_path, safe_name
from geo.model import Document


class NeedsDate(IngestError):
    """No publication date in the text: the caller must supply one (or say it is unknown)."""

    def __init__(self, name: str):
        super().__init__(
            "no-date",
            f"{name}: no publication date found in the text; give one (e.g. --published 2022-05-16, or "
            "--published unknown to anchor its dates on the latest year it names)",
        )
        self.name = name


@dataclass
class Candidate:
    """A checked document, not yet stored."""

    document: Document
    content: bytes
    date_found: bool


@dataclass
class IntakeResult:
    added: list[workspace.StoredDocument] = field(default_factory=list)
    duplicates: list[workspace.StoredDocument] = field(default_factory=list)


def check(
    name: str,
    data: bytes,
    *,
    title: str = "",
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    require_date: bool = True,
) -> Candidate:
    """Parse one file's bytes into a document with its publication date, or raise :class:`IngestError`.

    ``published`` (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``unknown``) overrides
    what the text says; without it the text's ``Published …`` line is used, and
    failing that :class:`NeedsDate` is raised when ``require_date``.
    """
    safe = safe_name(name)
    document = document_from_bytes(data, safe, doc_id=safe, title=title, max_bytes=max_bytes)
    document.path = safe
    if published and published.strip().lower() != "unknown":
        try:
            corpus.set_publication(document, published)
        except corpus.ManifestError as exc:
            raise IngestError("bad-date", f"{safe}: publication date {exc}") from None
        return Candidate(document, data, True)
    corpus.apply_manifest(document, None)
    found = document.published is not None
    if not found and require_date and not published:
        raise NeedsDate(safe)
    return Candidate(document, data, found)


def check_file(
    name: str,
    data: bytes,
    *,
    title: str = "",
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Candidate]:
    """One uploaded file's documents: itself, or each article of an RSS or Atom feed.

    A feed item's own day of publication wins; ``published`` dates only the items
    without one, and ``title`` is not given to a feed's items, which have their own.
    """
    if not feeds.is_feed(name):
        return [check(name, data, title=title, published=published, max_bytes=max_bytes)]
    out = []
    for item in feeds.read_feed(name, data, max_bytes=max_bytes):
        candidate = check(
            item.file_name,
            item.content,
            published=None if item.published else published,
            max_bytes=max_bytes,
        )
        candidate.document.publisher = item.publisher
        candidate.document.author = item.author
        out.append(candidate)
    return out


def check_paths(
    files: list[Path], *, published: str | None = None, title: str = "", max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Candidate], list[IngestError]]:
    """Every file checked; the refusals are collected, not raised, so all can be reported."""
    candidates, errors = [], []
    for path in files:
        try:
            name, data = read_path(path, max_bytes=max_bytes)
            candidates.extend(check_file(name, data, title=title, published=published, max_bytes=max_bytes))
        except IngestError as exc:
            errors.append(exc)
    return candidates, errors


def store(candidates: list[Candidate], p: Paths | None = None, *, actor: str = "") -> IntakeResult:
    """Store checked documents in the workspace, in one transaction."""
    result = IntakeResult()
    if not candidates:
        return result
    with workspace.connect(p) as conn:
        outcome = workspace.add_documents(conn, [(c.document, c.content) for c in candidates], actor=actor)
    for status, stored in outcome:
        (result.added if status == "added" else result.duplicates).append(stored)
    return result


def load_workspace_documents(p: Paths | None = None) -> list[Document]:
    """The workspace's documents, ready for the pipeline (nothing is created if there is no workspace)."""
    p = p or paths()
    if not workspace.exists(p):
        return []
    out = []
    with workspace.connect(p, create=False) as conn:
        for stored in workspace.documents(conn):
            content = workspace.document_content(conn, stored.doc_id) or b""
            document = document_from_bytes(
                content, stored.file_name, doc_id=stored.doc_id, title=stored.title
            )
            document.publisher, document.author = stored.publisher, stored.author
            if stored.published:
                document.published, document.anchor, document.published_precision = corpus.parse_iso_period(
                    stored.published
                )
            else:
                corpus.apply_manifest(document, None)
            out.append(document)
    return out


def workspace_text(doc_id: str, p: Paths | None = None) -> str | None:
    """A stored document's text, for the source reader."""
    p = p or paths()
    if not workspace.exists(p):
        return None
    with workspace.connect(p, create=False) as conn:
        content = workspace.document_content(conn, doc_id)
        if content is None:
            return None
        row = conn.execute("SELECT file_name FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    return document_from_bytes(content, row["file_name"], doc_id=doc_id).text
