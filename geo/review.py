"""Review operations on machine-extracted events: accept, edit, merge, reject.

An event arrives as a row of the built events (the dashboard's frame); it leaves
as a decision in the workspace (:mod:`geo.workspace`) holding the event in the
catalogue's own format, so an accepted event is exactly what a curator would
have written into ``data/events.yaml`` — and ``python -m geo catalog export``
writes it there.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from geo import unlisted, workspace

#: Fields a reviewer may change, with how to read them from a form.
EDITABLE = (
    "event_type", "sub_event_type", "event_date", "end_date", "time_precision", "place_id", "geo_precision",
    "actor1", "actor2", "claims", "notes",
)  # fmt: skip


def _json_list(value: Any) -> list:
    if isinstance(value, list):
        return value
    if not value:
        return []
    try:
        parsed = json.loads(str(value))
    except json.JSONDecodeError:
        return []
    return parsed if isinstance(parsed, list) else []


def _day(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text[:10]


#: Ids of places a text put where it said they lie, which no gazetteer holds.
TEXT_PLACE_PREFIX = unlisted.PLACE_ID_PREFIX


def _text_place(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "name": str(row.get("location") or ""),
        "latitude": float(row["latitude"]),
        "longitude": float(row["longitude"]),
        "country_code": str(row.get("country") or ""),
        "admin1": str(row.get("admin1") or ""),
        "admin2": str(row.get("admin2") or ""),
        "geo_precision": int(row["geo_precision"]),
        "source": str(row.get("coordinate_source") or ""),
    }


def record_from_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A built event row as the catalogue's dict (what a decision stores)."""
    sources = [
        {"file": s.get("source", ""), "quote": s.get("quote", "")}
        | (
            {"char_start": s["char_start"], "char_end": s["char_end"]}
            if s.get("char_start") is not None
            else {}
        )
        for s in _json_list(row.get("sources"))
    ]
    if not sources and row.get("source_quote"):
        sources = [
            {"file": str(row.get("source_id") or row.get("source") or ""), "quote": str(row["source_quote"])}
        ]
    claims = [{k: v for k, v in c.items() if v not in (None, "")} for c in _json_list(row.get("claims"))]
    record: dict[str, Any] = {
        "event_id": str(row["event_id"]),
        "event_type": str(row["event_type"]),
        "sub_event_type": str(row.get("sub_event_type") or ""),
        "event_date": _day(row["event_date"]),
        "end_date": _day(row["end_date"]),
        "time_precision": int(row["time_precision"]),
        "place_id": str(row.get("place_id") or ""),
        "geo_precision": int(row["geo_precision"]),
    }
    if record["place_id"].startswith(TEXT_PLACE_PREFIX):
        record["place"] = _text_place(row)  # no gazetteer row to point at: the place travels with the event
    for key in ("actor1", "actor2"):
        if row.get(key):
            record[key] = str(row[key])
    date_claims = _json_list(row.get("date_claims"))
    if date_claims:
        record["date_claims"] = date_claims
    if claims:
        record["claims"] = claims
    record["sources"] = sources
    if row.get("notes"):
        record["notes"] = str(row["notes"])
    return record


def apply_edits(record: dict[str, Any], edits: Mapping[str, Any] | None) -> dict[str, Any]:
    out = dict(record)
    for key, value in (edits or {}).items():
        if key not in EDITABLE:
            raise ValueError(f"{key} cannot be edited here")
        if key in {"event_date", "end_date"}:
            value = _day(value)
        elif key in {"time_precision", "geo_precision"}:
            value = int(value)
        if value in (None, "") and key in {"actor1", "actor2", "notes"}:
            out.pop(key, None)
            continue
        out[key] = value
    if out.get("place_id") != record.get("place_id"):
        out.pop("place", None)  # a gazetteer place picked instead of the one the text gave
    if out["end_date"] < out["event_date"]:
        raise ValueError("the end date is before the start date")
    if not out.get("place_id"):
        raise ValueError("pick a place from the gazetteer before accepting")
    return out


def accept(
    conn: sqlite3.Connection,
    row: Mapping[str, Any],
    *,
    edits: Mapping[str, Any] | None = None,
    expected_version: int | None = None,
    actor: str = "",
) -> workspace.Decision:
    """Accept an event as extracted (``accepted``) or with a reviewer's changes (``edited``)."""
    original = record_from_row(row)
    record = apply_edits(original, edits)
    status = "edited" if record != original else "accepted"
    return workspace.decide(
        conn, original["event_id"], status, record=record, expected_version=expected_version, actor=actor
    )


def reject(
    conn: sqlite3.Connection,
    event_id: str,
    reason: str,
    *,
    expected_version: int | None = None,
    actor: str = "",
) -> workspace.Decision:
    return workspace.decide(
        conn, event_id, "rejected", reason=reason, expected_version=expected_version, actor=actor
    )


def merged_record(target: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
    """The target with the source's quotes, claims and dates added (nothing of the target lost)."""
    out = dict(target)
    sources = list(target.get("sources") or [])
    seen = {(s.get("file"), s.get("quote")) for s in sources}
    sources += [s for s in source.get("sources") or [] if (s.get("file"), s.get("quote")) not in seen]
    out["sources"] = sources
    claims = list(target.get("claims") or [])
    claims += [c for c in source.get("claims") or [] if c not in claims]
    if claims:
        out["claims"] = claims
    if (source["event_date"], source["end_date"]) != (target["event_date"], target["end_date"]):
        window = (
            source["event_date"]
            if source["event_date"] == source["end_date"]
            else f"{source['event_date']}/{source['end_date']}"
        )
        quote = (source.get("sources") or [{}])[0]
        claim = {
            "claimant": quote.get("file", ""),
            "date": window,
            "source": quote.get("file", ""),
            "quote": quote.get("quote", ""),
        }
        out["date_claims"] = [*list(target.get("date_claims") or []), claim]
    return out


def merge(
    conn: sqlite3.Connection,
    row: Mapping[str, Any],
    target_row: Mapping[str, Any],
    *,
    expected_version: int | None = None,
    target_version: int | None = None,
    actor: str = "",
) -> list[workspace.Decision]:
    """Merge an extracted event into an existing one, in one transaction: the target gains the
    source's sentences, claims and date; the source is marked merged."""
    source = record_from_row(row)
    current = workspace.decision(conn, str(target_row["event_id"]))
    target = current.record if current and current.record else record_from_row(target_row)
    return workspace.decide_all(
        conn,
        [
            {
                "event_id": target["event_id"],
                "status": "edited",
                "record": merged_record(target, source),
                "expected_version": target_version,
            },
            {
                "event_id": source["event_id"],
                "status": "merged",
                "merged_into": target["event_id"],
                "expected_version": expected_version,
            },
        ],
        actor=actor,
    )
