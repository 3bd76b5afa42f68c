"""The curated event catalogue (``data/events.yaml``): load, validate, write back.

Validation is strict and reports every problem at once, with the event id, so a
curator can fix the file in one pass. Checking that quotes occur verbatim in
their sources needs the documents, so it is a separate step
(:func:`check_quotes`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from geo import atomic
from geo.gazetteer import Gazetteer
from geo.model import EVENT_TYPES, Claim, Event, Place, SourceRef, read_date

REQUIRED = (
    "event_id",
    "event_type",
    "sub_event_type",
    "event_date",
    "end_date",
    "time_precision",
    "place_id",
)
CLAIM_KINDS = frozenset(
    {"killed", "executed", "dead", "wounded", "arrested", "abducted", "displaced", "account"}
)


class CatalogueError(ValueError):
    """The catalogue file is malformed; ``problems`` lists every issue found."""

    def __init__(self, problems: list[str]):
        super().__init__(
            "; ".join(problems[:5]) + (f" (+{len(problems) - 5} more)" if len(problems) > 5 else "")
        )
        self.problems = problems


def _int(value: Any, where: str, problems: list[str]) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        problems.append(f"{where}: {value!r} is not a non-negative whole number")
        return None
    return value


def _claim(raw: Mapping[str, Any], where: str, problems: list[str]) -> Claim | None:
    kind = str(raw.get("kind", ""))
    if kind not in CLAIM_KINDS:
        problems.append(f"{where}: claim kind {kind!r} is not one of {sorted(CLAIM_KINDS)}")
        return None
    if not raw.get("claimant") or not raw.get("quote") or not raw.get("source"):
        problems.append(f"{where}: a claim needs claimant, source and quote")
        return None
    low = _int(raw.get("low"), f"{where} low", problems)
    best = _int(raw.get("best"), f"{where} best", problems)
    high = _int(raw.get("high"), f"{where} high", problems)
    bounds = [x for x in (low, best, high) if x is not None]
    if bounds != sorted(bounds):
        problems.append(f"{where}: low ≤ best ≤ high does not hold")
    if kind != "account" and best is None and low is None:
        problems.append(f"{where}: a {kind} claim needs a figure")
    return Claim(
        kind=kind,
        low=low,
        best=best,
        high=high,
        claimant=str(raw["claimant"]),
        victims=str(raw.get("victims", "")),
        quote=str(raw["quote"]),
        source=str(raw["source"]),
    )


def _offset(value: Any) -> int | None:
    return int(value) if isinstance(value, int) or (isinstance(value, str) and value.isdigit()) else None


_TEXT_PLACE_KEYS = ("name", "latitude", "longitude", "source")


def _text_place(place_id: str, raw: Mapping[str, Any], eid: str, problems: list[str]) -> Place | None:
    """A place a text put where it said it lies, stored with the event (no gazetteer holds it)."""
    missing = [k for k in _TEXT_PLACE_KEYS if raw.get(k) in (None, "")]
    if missing:
        problems.append(f"{eid}: the place given with the event lacks {', '.join(missing)}")
        return None
    try:
        lat, lon = float(raw["latitude"]), float(raw["longitude"])
    except (TypeError, ValueError):
        problems.append(f"{eid}: the place given with the event has no numeric coordinates")
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        problems.append(f"{eid}: the place given with the event lies off the globe")
        return None
    return Place(
        place_id=place_id,
        name=str(raw["name"]),
        feature=str(raw.get("feature") or "village"),
        latitude=lat,
        longitude=lon,
        country_code=str(raw.get("country_code") or ""),
        admin1=str(raw.get("admin1") or ""),
        admin2=str(raw.get("admin2") or ""),
        geo_precision=int(raw.get("geo_precision") or 2),
        source=str(raw["source"]),
        origin="text",
    )


def parse_event(raw: Mapping[str, Any], gazetteer: Gazetteer, problems: list[str]) -> Event | None:
    """One catalogue entry as an :class:`Event`, adding any problems to ``problems``."""
    eid = str(raw.get("event_id") or "?")
    before = len(problems)
    for key in REQUIRED:
        if raw.get(key) in (None, ""):
            problems.append(f"{eid}: missing {key}")
    if len(problems) > before:
        return None
    if raw["event_type"] not in EVENT_TYPES:
        problems.append(f"{eid}: event_type {raw['event_type']!r} is not one of {', '.join(EVENT_TYPES)}")
    start = read_date(raw["event_date"], f"{eid} event_date", problems)
    end = read_date(raw["end_date"], f"{eid} end_date", problems)
    if start and end and end < start:
        problems.append(f"{eid}: end_date {end} is before event_date {start}")
    precision = raw["time_precision"]
    if precision not in (1, 2, 3):
        problems.append(f"{eid}: time_precision must be 1, 2 or 3")
    place = gazetteer.places.get(str(raw["place_id"]))
    if place is None and isinstance(raw.get("place"), Mapping):
        place = _text_place(str(raw["place_id"]), raw["place"], eid, problems)
    if place is None:
        problems.append(f"{eid}: place_id {raw['place_id']!r} is not in the gazetteer")
    elif not place.has_coordinates:
        problems.append(f"{eid}: place {place.place_id} has no coordinates to map the event on")
    sources = []
    for i, src in enumerate(raw.get("sources") or []):
        if not isinstance(src, Mapping) or not src.get("file") or not src.get("quote"):
            problems.append(f"{eid}: source {i + 1} needs file and quote")
            continue
        sources.append(
            SourceRef(
                source=str(src["file"]),
                quote=str(src["quote"]),
                char_start=_offset(src.get("char_start")),
                char_end=_offset(src.get("char_end")),
            )
        )
    if not sources:
        problems.append(f"{eid}: at least one source with a verbatim quote is required")
    parsed = [_claim(c, f"{eid} claim {i + 1}", problems) for i, c in enumerate(raw.get("claims") or [])]
    claims = [c for c in parsed if c is not None]
    date_claims = []
    for dc in raw.get("date_claims") or []:
        if not isinstance(dc, Mapping) or not {"claimant", "date", "source", "quote"} <= set(dc):
            problems.append(f"{eid}: a date claim needs claimant, date, source and quote")
            continue
        date_claims.append({k: str(dc[k]) for k in ("claimant", "date", "source", "quote")})
    geo_precision = raw.get("geo_precision", place.geo_precision if place else 3)
    if geo_precision not in (1, 2, 3):
        problems.append(f"{eid}: geo_precision must be 1, 2 or 3")
    if len(problems) > before or start is None or end is None:
        return None
    return Event(
        event_id=eid,
        event_type=str(raw["event_type"]),
        sub_event_type=str(raw["sub_event_type"]),
        event_date=start,
        end_date=end,
        time_precision=int(precision),
        place=place,
        geo_precision=int(geo_precision),
        actor1=str(raw.get("actor1") or ""),
        actor2=str(raw.get("actor2") or ""),
        claims=claims,
        sources=sources,
        notes=" ".join(str(raw.get("notes") or "").split()),
        confidence=float(raw.get("confidence", 1.0) or 1.0),
        reviewed=True,
        date_claims=date_claims,
    )


def load(path: Path, gazetteer: Gazetteer) -> list[Event]:
    """All catalogue events; raises :class:`CatalogueError` listing every problem."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        raise CatalogueError([f"{path.name}: not valid YAML ({exc})"]) from exc
    if not isinstance(raw, list):
        raise CatalogueError([f"{path.name}: expected a list of events"])
    problems: list[str] = []
    events = []
    seen: set[str] = set()
    for entry in raw:
        if not isinstance(entry, Mapping):
            problems.append(f"{path.name}: every entry must be a mapping")
            continue
        event = parse_event(entry, gazetteer, problems)
        if event is None:
            continue
        if event.event_id in seen:
            problems.append(f"{event.event_id}: duplicate event_id")
        seen.add(event.event_id)
        events.append(event)
    if problems:
        raise CatalogueError(problems)
    return events


def check_quotes(events: Iterable[Event], texts: Mapping[str, str]) -> list[str]:
    """Problems where a quote is not found verbatim in its source document."""
    problems = []
    for event in events:
        cited = [(s.source, s.quote) for s in event.sources] + [(c.source, c.quote) for c in event.claims]
        cited += [(d["source"], d["quote"]) for d in event.date_claims]
        for source, quote in cited:
            if source not in texts:
                problems.append(f"{event.event_id}: source {source} is not in the corpus")
            elif quote not in texts[source]:
                problems.append(f"{event.event_id}: quote not found verbatim in {source}: {quote[:60]!r}…")
    return problems


def event_to_yaml_dict(event: Event) -> dict[str, Any]:
    """An event in the catalogue's own format (for ``geo catalog export``)."""
    out: dict[str, Any] = {
        "event_id": event.event_id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "event_date": event.event_date,
        "end_date": event.end_date,
        "time_precision": event.time_precision,
        "place_id": event.place.place_id if event.place else "",
    }
    if event.place and event.place.origin == "text":
        p = event.place
        out["place"] = {
            "name": p.name, "feature": p.feature, "latitude": p.latitude, "longitude": p.longitude,
            "country_code": p.country_code, "admin1": p.admin1, "admin2": p.admin2,
            "geo_precision": p.geo_precision, "source": p.source,
        }  # fmt: skip
    if event.place and event.geo_precision != event.place.geo_precision:
        out["geo_precision"] = event.geo_precision
    for key in ("actor1", "actor2"):
        if getattr(event, key):
            out[key] = getattr(event, key)
    if event.date_claims:
        out["date_claims"] = event.date_claims
    if event.claims:
        out["claims"] = [{k: v for k, v in vars(c).items() if v not in (None, "")} for c in event.claims]
    out["sources"] = [
        {"file": s.source, "quote": s.quote}
        | ({"char_start": s.char_start, "char_end": s.char_end} if s.char_start is not None else {})
        for s in event.sources
    ]
    if event.notes:
        out["notes"] = event.notes
    return out


def dump(events: Iterable[Event]) -> str:
    return yaml.safe_dump(
        [event_to_yaml_dict(e) for e in events], allow_unicode=True, sort_keys=False, width=100
    )


def write(path: Path, events: Iterable[Event]) -> None:
    atomic.write_text(path, dump(events))
