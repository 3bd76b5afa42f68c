"""The analyst's workspace: added documents, review decisions with their audit trail, imported datasets.

One SQLite file, ``data/workspace.sqlite``, opened in WAL mode so readers never
block the writer, with every change made in a single ``BEGIN IMMEDIATE``
transaction: a crash leaves the old state or the new one, and two sessions
writing at once are serialised instead of overwriting each other. A decision
names the version of the event it was made on; if someone else decided in
between, it is refused with :class:`Conflict` rather than silently replacing
theirs. Every change is written to the ``audit`` table (when, who, what, old and
new values).

Imported datasets (ACLED, UCDP) are large and read-only once imported; they live
as GeoParquet files under ``data/workspace/datasets/``, written atomically, with
one registry row each.

Nothing is created on disk until something is stored: a refused document leaves
``data/`` exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geo.config import Paths, paths
from geo.model import Document

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    title TEXT NOT NULL,
    publisher TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    date_basis TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL DEFAULT '',
    content BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS decisions (
    event_id TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('accepted', 'edited', 'rejected', 'merged')),
    record TEXT,
    reason TEXT NOT NULL DEFAULT '',
    merged_into TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL,
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    action TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old TEXT,
    new TEXT
);
CREATE TABLE IF NOT EXISTS datasets (
    layer TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    file_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    rows INTEGER NOT NULL,
    skipped INTEGER NOT NULL,
    report TEXT NOT NULL DEFAULT '[]'
);
"""

STATUSES = ("accepted", "edited", "rejected", "merged")


class Conflict(RuntimeError):
    """Someone else decided on this event since it was loaded: reload and decide again."""


@dataclass(frozen=True)
class StoredDocument:
    doc_id: str
    sha256: str
    file_name: str
    title: str
    publisher: str
    author: str
    published: str
    date_basis: str
    added_at: str


@dataclass(frozen=True)
class Decision:
    event_id: str
    status: str
    record: dict[str, Any] | None
    reason: str
    merged_into: str
    version: int
    decided_at: str
    decided_by: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def database_path(p: Paths | None = None) -> Path:
    return (p or paths()).data / "workspace.sqlite"


def datasets_dir(p: Paths | None = None) -> Path:
    return (p or paths()).data / "workspace" / "datasets"


def exists(p: Paths | None = None) -> bool:
    return database_path(p).exists()


@contextmanager
def connect(p: Paths | None = None, *, create: bool = True) -> Iterator[sqlite3.Connection]:
    """A connection to the workspace (created on first use when ``create``)."""
    path = database_path(p)
    if not path.exists() and not create:
        raise FileNotFoundError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute("PRAGMA synchronous=FULL")
        _prepare(conn)
        conn.row_factory = sqlite3.Row
        yield conn
    finally:
        conn.close()


def _prepare(conn: sqlite3.Connection, attempts: int = 200) -> None:
    """WAL mode and the schema, once per file. Switching to WAL needs the file to itself and
    SQLite reports "locked" at once rather than waiting when another process is creating the
    same new file, so that step is retried; WAL then persists in the file."""
    for attempt in range(attempts):
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(SCHEMA)
            return
        except sqlite3.OperationalError as exc:
            transient = "locked" in str(exc) or "busy" in str(exc)
            if not transient or attempt == attempts - 1:
                raise
            time.sleep(0.01 + 0.002 * attempt)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE``: the write lock is taken up front, so concurrent writers queue."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _audit(conn: sqlite3.Connection, actor: str, subject: str, action: str, **changes: Any) -> None:
    if not changes:
        conn.execute(
            "INSERT INTO audit (at, actor, subject, action) VALUES (?, ?, ?, ?)",
            (_now(), actor, subject, action),
        )
    for field, (old, new) in changes.items():
        conn.execute(
            "INSERT INTO audit (at, actor, subject, action, field, old, new) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (_now(), actor, subject, action, field, _text(old), _text(new)),
        )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


# --- documents --------------------------------------------------------------------------------


def unique_doc_id(conn: sqlite3.Connection, file_name: str, taken: set[str]) -> str:
    """The file name, or ``name-2.txt``… when a different document already uses it."""
    stem, dot, suffix = file_name.rpartition(".")
    if not dot:
        stem, suffix = file_name, ""
    candidate, n = file_name, 1
    while (
        candidate in taken
        or conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (candidate,)).fetchone()
    ):
        n += 1
        candidate = f"{stem}-{n}.{suffix}" if suffix else f"{stem}-{n}"
    return candidate


def find_by_hash(conn: sqlite3.Connection, sha256: str) -> StoredDocument | None:
    row = conn.execute("SELECT * FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
    return _stored(row) if row else None


def _stored(row: sqlite3.Row) -> StoredDocument:
    return StoredDocument(**{k: row[k] for k in StoredDocument.__dataclass_fields__})


def add_documents(
    conn: sqlite3.Connection, items: list[tuple[Document, bytes]], *, actor: str = ""
) -> list[tuple[str, StoredDocument]]:
    """Store documents in one transaction: ``("added", doc)`` or ``("duplicate", existing)`` each."""
    out: list[tuple[str, StoredDocument]] = []
    with transaction(conn):
        taken: set[str] = set()
        seen: dict[str, StoredDocument] = {}
        for document, content in items:
            existing = find_by_hash(conn, document.sha256) or seen.get(document.sha256)
            if existing is not None:
                out.append(("duplicate", existing))
                continue
            doc_id = unique_doc_id(conn, document.doc_id, taken)
            taken.add(doc_id)
            published = ""
            if document.published is not None:
                published = _period_text(document.published, document.anchor, document.published_precision)
            row = StoredDocument(
                doc_id=doc_id,
                sha256=document.sha256,
                file_name=document.path or document.doc_id,
                title=document.title,
                publisher=document.publisher,
                author=document.author,
                published=published,
                date_basis=getattr(document, "date_basis", "") or "",
                added_at=_now(),
            )
            conn.execute(
                "INSERT INTO documents (doc_id, sha256, file_name, title, publisher, author, published,"
                " date_basis, added_at, added_by, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*[getattr(row, f) for f in StoredDocument.__dataclass_fields__], actor, content),
            )
            _audit(
                conn, actor, doc_id, "add document", sha256=(None, document.sha256), title=(None, row.title)
            )
            seen[document.sha256] = row
            out.append(("added", row))
    return out


def _period_text(first: dt.date, last: dt.date | None, precision: int) -> str:
    if precision == 1:
        return first.isoformat()
    if precision == 2:
        return first.strftime("%Y-%m")
    return str(first.year)


def documents(conn: sqlite3.Connection) -> list[StoredDocument]:
    rows = conn.execute("SELECT * FROM documents ORDER BY added_at, doc_id").fetchall()
    return [_stored(r) for r in rows]


def document_content(conn: sqlite3.Connection, doc_id: str) -> bytes | None:
    row = conn.execute("SELECT content FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    return bytes(row["content"]) if row else None


# --- review decisions ---------------------------------------------------------------------------


def decision(conn: sqlite3.Connection, event_id: str) -> Decision | None:
    row = conn.execute("SELECT * FROM decisions WHERE event_id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    return Decision(
        event_id=row["event_id"],
        status=row["status"],
        record=json.loads(row["record"]) if row["record"] else None,
        reason=row["reason"],
        merged_into=row["merged_into"],
        version=row["version"],
        decided_at=row["decided_at"],
        decided_by=row["decided_by"],
    )


def decisions(conn: sqlite3.Connection) -> list[Decision]:
    ids = [
        r["event_id"] for r in conn.execute("SELECT event_id FROM decisions ORDER BY decided_at, event_id")
    ]
    return [d for d in (decision(conn, i) for i in ids) if d is not None]


def version_of(conn: sqlite3.Connection, event_id: str) -> int:
    """0 for an event nobody has decided on yet."""
    current = decision(conn, event_id)
    return current.version if current else 0


def decide(
    conn: sqlite3.Connection,
    event_id: str,
    status: str,
    *,
    record: dict[str, Any] | None = None,
    reason: str = "",
    merged_into: str = "",
    expected_version: int | None = None,
    actor: str = "",
) -> Decision:
    """Record a decision on an event atomically, with its audit rows.

    ``record`` is the event as accepted or edited (the catalogue's dict format);
    ``expected_version`` is the version the reviewer saw (0: undecided) — a
    different current version raises :class:`Conflict` and changes nothing.
    """
    with transaction(conn):
        return _decide(conn, event_id, status, record, reason, merged_into, expected_version, actor)


def decide_all(conn: sqlite3.Connection, steps: list[dict[str, Any]], *, actor: str = "") -> list[Decision]:
    """Several decisions (each the keyword arguments of :func:`decide`) as one transaction:
    a merge edits its target and marks its source, or does neither."""
    with transaction(conn):
        return [
            _decide(
                conn,
                step["event_id"],
                step["status"],
                step.get("record"),
                step.get("reason", ""),
                step.get("merged_into", ""),
                step.get("expected_version"),
                actor,
            )
            for step in steps
        ]


def _decide(
    conn: sqlite3.Connection,
    event_id: str,
    status: str,
    record: dict[str, Any] | None,
    reason: str,
    merged_into: str,
    expected_version: int | None,
    actor: str,
) -> Decision:
    if status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}")
    if status in {"accepted", "edited"} and not record:
        raise ValueError("an accepted or edited event needs its record")
    if status == "rejected" and not reason.strip():
        raise ValueError("say why the event is rejected")
    if status == "merged" and not merged_into:
        raise ValueError("name the event this one is merged into")
    current = decision(conn, event_id)
    version = current.version if current else 0
    if expected_version is not None and expected_version != version:
        who = f" by {current.decided_by}" if current and current.decided_by else ""
        raise Conflict(
            f"{event_id} was {current.status if current else 'changed'}{who} at "
            f"{current.decided_at if current else '?'} since you loaded it; reload and decide again"
        )
    new = Decision(
        event_id=event_id,
        status=status,
        record=record,
        reason=reason.strip(),
        merged_into=merged_into,
        version=version + 1,
        decided_at=_now(),
        decided_by=actor,
    )
    conn.execute(
        "INSERT INTO decisions (event_id, status, record, reason, merged_into, version, decided_at,"
        " decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(event_id) DO UPDATE SET"
        " status = excluded.status, record = excluded.record, reason = excluded.reason,"
        " merged_into = excluded.merged_into, version = excluded.version, decided_at = excluded.decided_at,"
        " decided_by = excluded.decided_by",
        (
            event_id,
            status,
            json.dumps(record, ensure_ascii=False, default=str) if record else None,
            new.reason,
            merged_into,
            new.version,
            new.decided_at,
            actor,
        ),
    )
    changes: dict[str, tuple[Any, Any]] = {"status": (current.status if current else "unreviewed", status)}
    old_record = (current.record if current else None) or {}
    for key in sorted(set(old_record) | set(record or {})):
        before, after = old_record.get(key), (record or {}).get(key)
        if _text(before) != _text(after):
            changes[f"record.{key}"] = (before, after)
    if new.reason:
        changes["reason"] = (current.reason if current else "", new.reason)
    if merged_into:
        changes["merged_into"] = (current.merged_into if current else "", merged_into)
    _audit(conn, actor, event_id, f"decide: {status}", **changes)
    return new


def audit_trail(conn: sqlite3.Connection, subject: str | None = None) -> list[dict[str, Any]]:
    if subject is None:
        rows = conn.execute("SELECT * FROM audit ORDER BY id").fetchall()
    else:
        rows = conn.execute("SELECT * FROM audit WHERE subject = ? ORDER BY id", (subject,)).fetchall()
    return [dict(r) for r in rows]


# --- datasets ------------------------------------------------------------------------------------


def register_dataset(
    conn: sqlite3.Connection,
    layer: str,
    kind: str,
    label: str,
    file_name: str,
    rows: int,
    skipped: int,
    report: list[str],
    *,
    actor: str = "",
) -> None:
    with transaction(conn):
        old = conn.execute("SELECT rows FROM datasets WHERE layer = ?", (layer,)).fetchone()
        conn.execute(
            "INSERT INTO datasets (layer, kind, label, file_name, imported_at, rows, skipped, report)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(layer) DO UPDATE SET kind = excluded.kind,"
            " label = excluded.label, file_name = excluded.file_name, imported_at = excluded.imported_at,"
            " rows = excluded.rows, skipped = excluded.skipped, report = excluded.report",
            (
                layer,
                kind,
                label,
                file_name,
                _now(),
                rows,
                skipped,
                json.dumps(report[:1000], ensure_ascii=False),
            ),
        )
        _audit(
            conn,
            actor,
            f"dataset:{layer}",
            "import",
            rows=(old["rows"] if old else None, rows),
            file=(None, file_name),
        )


def datasets(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute("SELECT * FROM datasets ORDER BY layer")]


def save_dataset(result: Any, p: Paths | None = None, *, file_name: str = "", actor: str = "") -> Path:
    """Write an imported dataset's events (a :class:`geo.datasets.ImportResult`) and register it.

    The GeoParquet file is written to a temporary name and renamed into place, so a
    failed import leaves any previous version of the layer intact.
    """
    import os
    import tempfile

    import geopandas as gpd

    p = p or paths()
    folder = datasets_dir(p)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{result.layer}.parquet"
    frame = result.frame
    points = gpd.points_from_xy(frame["longitude"], frame["latitude"])
    gdf = gpd.GeoDataFrame(frame, geometry=points, crs="EPSG:4326")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        gdf.to_parquet(tmp, index=False)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    from geo.datasets import KINDS

    with connect(p) as conn:
        register_dataset(
            conn,
            result.layer,
            result.kind,
            KINDS.get(result.kind, result.kind),
            file_name or f"{result.layer}.csv",
            result.loaded,
            len(result.skipped),
            result.skipped,
            actor=actor,
        )
    return target


def dataset_files(p: Paths | None = None) -> list[Path]:
    folder = datasets_dir(p)
    return sorted(folder.glob("*.parquet")) if folder.exists() else []
