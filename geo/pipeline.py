"""One document in, places and events out: the extraction pipeline's single entry point.

Pure orchestration of :mod:`geo.toponyms` and :mod:`geo.events`; the same
function serves the CLI, the build, the dashboard's upload and the Dask engine,
so every path produces identical output for the same document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from geo.corpus import dating_warnings
from geo.gazetteer import Gazetteer
from geo.model import Document, Event, Mention
from geo.toponyms import Recognition, recognise


@dataclass
class Extraction:
    document: Document
    mentions: list[Mention]
    events: list[Event] = field(default_factory=list)
    focus_country: str = ""
    recognition: Recognition | None = None


def extract_document(document: Document, gazetteer: Gazetteer, *, with_events: bool = True) -> Extraction:
    recognition = recognise(document.text, gazetteer, doc_id=document.doc_id, sentences=document.sentences)
    events: list[Event] = []
    if with_events:
        from geo.events import extract_events

        events = extract_events(document, recognition, gazetteer)
    return Extraction(
        document=document,
        mentions=recognition.mentions,
        events=events,
        focus_country=recognition.focus_country,
        recognition=recognition,
    )


def mention_json(mention: Mention) -> dict[str, Any]:
    place = mention.place
    return {
        "name": place.name,
        "matched_text": mention.matched_text,
        "doc": mention.doc_id,
        "start": mention.start,
        "end": mention.end,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geonames_id": place.geonames_id or None,
        "country_code": place.country_code or None,
        "geo_precision": place.geo_precision,
        "place_id": place.place_id,
        "feature": place.feature,
        "coordinate_source": place.source,
        "score": mention.score,
    }


def document_json(document: Document) -> dict[str, Any]:
    return {
        "path": document.path,
        "doc_id": document.doc_id,
        "title": document.title,
        "published": document.published.isoformat() if document.published else None,
        "published_precision": document.published_precision if document.published else None,
        "anchor": document.anchor.isoformat() if document.anchor else None,
        "sha256": document.sha256,
        "warnings": dating_warnings(document),
    }
