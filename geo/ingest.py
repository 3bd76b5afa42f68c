"""Turn a file (or uploaded bytes) into a :class:`~geo.model.Document`, or refuse it clearly.

Refusals are :class:`IngestError` with a ``kind`` a UI can act on and a message
that says what was wrong and why. Nothing here writes anywhere: storing an
accepted document is the workspace's job, so a refused file can never leave
anything behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from pathlib import Path, PurePath

from bs4 import BeautifulSoup
from charset_normalizer import from_bytes

from geo.model import Document
from geo.text import normalize, split_sentences, unwrap, without_note_markers

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
PDF_SUFFIXES = frozenset({".pdf"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES
#: RSS and Atom feeds hold many articles; :mod:`geo.feeds` splits them when they are added.
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})

#: Elements whose content is never text a reader sees.
_INVISIBLE = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head")
_BLOCKS = re.compile(
    r"^(p|div|h[1-6]|li|tr|br|section|article|blockquote|pre|dd|dt|figcaption|header|footer)$"
)

_LINE_BREAK = re.compile(r"\s*[\r\n]\s*")


class IngestError(ValueError):
    """A file that cannot become a document, and why."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def safe_name(name: str) -> str:
    """The file name part only, stripped of anything that could escape a directory."""
    base = PurePath(name.replace("\\", "/")).name
    base = re.sub(r"[^\w.\- ]+", "_", base).strip(" .")
    return base[:120] or "document"


def check_size(name: str, size: int, max_bytes: int) -> None:
    """Refuse a file over the size limit before any of it is parsed."""
    if size > max_bytes:
        raise IngestError(
            "too-large", f"{name}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit"
        )


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, bytes]:
    """The file's bytes, refusing what is not a readable regular file of acceptable size."""
    if not path.exists():
        raise IngestError("missing", f"{path}: no such file")
    if not path.is_file():
        raise IngestError("not-a-file", f"{path}: not a regular file")
    check_size(path.name, path.stat().st_size, max_bytes)
    try:
        return path.name, path.read_bytes()
    except OSError as exc:
        raise IngestError("unreadable", f"{path.name}: cannot be read ({exc.strerror})") from exc


def decode_text(data: bytes, name: str) -> str:
    """Decode text bytes: by BOM, as UTF-8 if valid, else as the encoding charset-normalizer finds."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec).lstrip("\ufeff"), name)
            except UnicodeDecodeError:
                raise IngestError(
                    "undecodable", f"{name}: starts with a {codec} mark but is not {codec}"
                ) from None
    if b"\x00" in data[:65536]:
        raise IngestError("binary", f"{name}: contains NUL bytes, so it is binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None or best.encoding is None:
            raise IngestError("undecodable", f"{name}: the text encoding could not be determined") from None
        text = str(best)
    return _check_text(text, name)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # control characters other than \t \n \f \r


def _check_text(text: str, name: str) -> str:
    sample = text[:20000]
    control = len(_CONTROL.findall(sample))
    if "\x00" in text or control > max(8, len(sample) // 100):
        raise IngestError("binary", f"{name}: mostly control characters, so it is binary data, not text")
    return text


#: Where pages state when they were published: Open Graph and Dublin Core ``<meta>`` tags,
#: schema.org's ``datePublished`` (as a tag's ``itemprop`` or in JSON-LD).
_PUBLISHED_META = frozenset(
    {
        "article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.issued", "pubdate", "publishdate", "publish-date", "publication_date",
        "sailthru.date", "parsely-pub-date", "citation_publication_date",
    }
)  # fmt: skip
_ISO_DAY = re.compile(r"\s*(\d{4})[-/](\d{2})[-/](\d{2})(?![\d])")
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')


def _iso_day(value: str) -> dt.date | None:
    m = _ISO_DAY.match(value)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _published(soup: BeautifulSoup) -> dt.date | None:
    """The day a page's markup says it was published (read before its scripts are dropped)."""
    for tag in soup.find_all(["meta", "time"]):
        key = " ".join(str(tag.get(a) or "") for a in ("property", "name", "itemprop")).lower().split()
        if tag.name == "time" and (tag.has_attr("pubdate") or "datepublished" in key):
            key = ["pubdate"]
        if _PUBLISHED_META.intersection(key):
            day = _iso_day(str(tag.get("content") or tag.get("datetime") or ""))
            if day is not None:
                return day
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        if (found := _JSON_LD_PUBLISHED.search(script.get_text())) and (day := _iso_day(found.group(1))):
            return day
    return None


def _flatten_rows(soup: BeautifulSoup) -> None:
    """A row of cells holding no block of their own is one line, ``| 30 June 2023 | Kidal | … |``,
    as in a Markdown table; a layout table's cells (whole paragraphs, lists, tables) stay blocks."""
    for row in soup.find_all("tr"):
        cells = row.find_all(["td", "th"], recursive=False)
        if not cells or any(cell.find(_BLOCKS) for cell in cells):
            continue
        texts = [re.sub(r"\s+", " ", cell.get_text(" ", strip=True)).replace("|", "/") for cell in cells]
        row.replace_with(f"\n| {' | '.join(texts)} |\n")


def html_to_text(html: str) -> tuple[str, str, dt.date | None]:
    """Visible text of an HTML page (blocks on their own lines), its title and the day its
    markup says it was published.

    The page is parsed, never rendered: scripts, styles and embedded objects are
    dropped, and every remaining string is plain text from then on.
    """
    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    published = _published(soup)
    for tag in soup(_INVISIBLE):
        tag.decompose()
    for string in soup.find_all(string=_LINE_BREAK):
        if string.find_parent("pre") is None:  # the source's wrapping, not the page's lines
            string.replace_with(_LINE_BREAK.sub(" ", str(string)))
    _flatten_rows(soup)
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = soup.get_text()
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    body = "\n\n".join(line for line in lines if line)
    if not title:
        h1 = soup.find("h1")
        title = h1.get_text(" ", strip=True) if h1 else ""
    return body, title, published


def pdf_to_text(data: bytes, name: str) -> tuple[str, str]:
    """Text of a PDF's pages (pypdf) and its metadata title."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestError("encrypted", f"{name}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = str(reader.metadata.get("/Title") or "") if reader.metadata else ""
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError("bad-pdf", f"{name}: not a readable PDF ({exc})") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise IngestError("empty", f"{name}: the PDF has no extractable text (scanned pages need OCR)")
    return text, title


def first_line_title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:200]
    return ""


def document_from_bytes(
    data: bytes,
    name: str,
    *,
    doc_id: str | None = None,
    title: str = "",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Build a document from a file's bytes, or raise :class:`IngestError`."""
    name = safe_name(name)
    suffix = PurePath(name).suffix.lower()
    if suffix in FEED_SUFFIXES:
        raise IngestError(
            "feed", f"{name}: a feed holds many articles; add it with `python -m geo ingest {name}`"
        )
    if suffix not in SUPPORTED_SUFFIXES:
        allowed = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise IngestError(
            "unsupported-type", f"{name}: unsupported file type {suffix or '(none)'}; use {allowed}"
        )
    if not data:
        raise IngestError("empty", f"{name}: the file is empty")
    check_size(name, len(data), max_bytes)
    published: dt.date | None = None
    if suffix in PDF_SUFFIXES:
        if not data.startswith(b"%PDF"):
            raise IngestError("bad-pdf", f"{name}: does not start like a PDF file")
        raw_text, found_title = pdf_to_text(data, name)
    else:
        if data.startswith(b"%PDF"):
            raise IngestError("binary", f"{name}: is a PDF; give it a .pdf name")
        raw_text = decode_text(data, name)
        found_title = ""
        if suffix in HTML_SUFFIXES:
            raw_text, found_title, published = html_to_text(raw_text)
    text, _ = normalize(raw_text)
    text = without_note_markers(text)
    if suffix not in HTML_SUFFIXES:
        # "… pressed an\noffensive …": a PDF's or an e-mail's lines, one paragraph
        text = unwrap(delimited_as_rows(text))
    if not text.strip():
        raise IngestError("empty", f"{name}: no text in the file")
    return Document(
        doc_id=doc_id or name,
        path=name,
        title=title or found_title or first_line_title(text),
        text=text,
        sha256=sha256(data),
        sentences=split_sentences(text),
        published=published,
        anchor=published,
    )


#: A column head: up to three words, no sentence in it.
_HEAD_CELL = re.compile(r"[ \t]*[\w(#][\w()/#.’'-]*(?:[ ]+[\w()/#.’'-]+){0,2}[ \t]*")


def delimited_as_rows(text: str) -> str:
    """An incident log pasted as ``Date; Location; Incident; Casualties`` lines (or tab-separated)
    read as the table it is: each line of the block becomes a ``| … |`` row, as an HTML table's
    rows do, so that each row is an event told in its own cells. A block is a head of short
    column names and at least one line after it with as many separators."""
    if ";" not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        for sep in (";", "\t"):
            heads = lines[i].split(sep)
            if len(heads) < 3 or not all(_HEAD_CELL.fullmatch(h) for h in heads):
                continue
            end = i + 1
            while end < len(lines) and lines[end].strip() and lines[end].count(sep) == len(heads) - 1:
                end += 1
            if end - i < 2:
                continue
            for k in range(i, end):
                lines[k] = "| " + " | ".join(cell.strip() for cell in lines[k].split(sep)) + " |"
            i = end - 1
            break
        i += 1
    return "\n".join(lines)


def read_document(
    path: Path, *, doc_id: str | None = None, title: str = "", max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read a file from disk into a document (see :func:`document_from_bytes`)."""
    name, data = read_path(path, max_bytes=max_bytes)
    document = document_from_bytes(data, name, doc_id=doc_id, title=title, max_bytes=max_bytes)
    document.path = str(path)
    return document
