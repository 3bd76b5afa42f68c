"""``python -m geo build``: the corpus and the catalogue, turned into files a map can open.

Writes into ``data/build/``:

* ``events.geojson`` — RFC 7946 points, every column of the event model;
* ``events.csv`` — ACLED-style columns, UTF-8, ISO dates;
* ``events.gpkg`` — GeoPackage with ``events``, ``places`` and ``sources`` layers (QGIS);
* ``events.parquet`` — GeoParquet, for large data;
* ``places.geojson`` — every mentioned place with mention counts and documents.

Curated events carry ``reviewed=true``; machine-extracted ones ``reviewed=false``
and are left out when the catalogue already holds the same event. Everything is
written to a temporary directory first and moved into place only when all files
are complete, so a failed build never leaves a half-written set.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo import catalog, corpus, gazetteer, workspace
from geo.config import Paths, paths
from geo.intake import load_workspace_documents
from geo.merge import drop_known, merge_events
from geo.model import Document, Event, Mention
from geo.pipeline import Extraction, extract_document
from geo.records import events_frame, places_frame

OUTPUTS = ("events.geojson", "events.csv", "events.gpkg", "events.parquet", "places.geojson")


@dataclass
class BuildResult:
    documents: list[Document]
    curated: list[Event]
    extracted: list[Event]
    mentions: list[Mention]
    refused: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @property
    def events(self) -> list[Event]:
        return [*self.curated, *self.extracted]


def collect(p: Paths | None = None, *, extra_documents: list[Document] | None = None) -> BuildResult:
    """Read the corpus, the workspace and the catalogue and run the extractor (no files written).

    Review decisions apply here: accepted and edited events join the curated ones
    (an edit of a catalogue event replaces it), and no decided event comes back
    as unreviewed.
    """
    p = p or paths()
    gaz = gazetteer.load(p)
    decisions = _decisions(p)
    curated = with_decisions(catalog.load(p.catalogue, gaz), decisions, gaz)
    documents, errors = corpus.load_seeds(p)
    documents += load_workspace_documents(p)
    documents += extra_documents or []
    extractions: list[Extraction] = [extract_document(d, gaz) for d in documents]
    mentions = [m for x in extractions for m in x.mentions]
    extracted = [e for x in extractions for e in x.events]
    extracted = drop_known(merge_events(extracted), curated)
    decided = {d.event_id for d in decisions}
    extracted = [e for e in extracted if e.event_id not in decided]
    return BuildResult(
        documents=documents,
        curated=curated,
        extracted=extracted,
        mentions=mentions,
        refused=[str(e) for e in errors],
    )


def _decisions(p: Paths) -> list[workspace.Decision]:
    if not workspace.exists(p):
        return []
    with workspace.connect(p, create=False) as conn:
        return workspace.decisions(conn)


def with_decisions(
    catalogue: list[Event], decisions: list[workspace.Decision], gaz: gazetteer.Gazetteer
) -> list[Event]:
    """The catalogue with reviewers' accepted and edited events applied (edits replace by id)."""
    kept: dict[str, Event] = {e.event_id: e for e in catalogue}
    for d in decisions:
        if d.status in {"accepted", "edited"} and d.record:
            problems: list[str] = []
            event = catalog.parse_event(d.record, gaz, problems)
            if event is None:
                raise catalog.CatalogueError([f"workspace decision {d.event_id}: {p}" for p in problems])
            kept[event.event_id] = event
    return list(kept.values())


def sources_frame(documents: list[Document]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "source_id": d.doc_id,
                "title": d.title,
                "publisher": d.publisher,
                "author": d.author,
                "published": d.published.isoformat() if d.published else "",
                "published_precision": d.published_precision if d.published else None,
                "sha256": d.sha256,
                "characters": len(d.text),
            }
            for d in documents
        ]
    )


def write_outputs(result: BuildResult, out_dir: Path) -> list[Path]:
    """Write every output into ``out_dir`` atomically as a set."""
    out_dir.mkdir(parents=True, exist_ok=True)
    events = events_frame(result.events)
    titles = {d.doc_id: d.title for d in result.documents}
    places = places_frame(result.mentions, titles)
    sources = sources_frame(result.documents)
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=out_dir))
    try:
        writers: dict[str, Callable[[Path], object]] = {
            "events.geojson": lambda f: f.write_text(geojson_text(events), encoding="utf-8"),
            "events.csv": lambda f: events.drop(columns="geometry").to_csv(f, index=False),
            "events.gpkg": lambda f: write_gpkg(f, events, places, sources),
            "events.parquet": lambda f: events.to_parquet(f, index=False),
            "places.geojson": lambda f: f.write_text(geojson_text(places), encoding="utf-8"),
        }
        for name, writer in writers.items():
            writer(staging / name)
        written = []
        for name in OUTPUTS:
            target = out_dir / name
            os.replace(staging / name, target)
            written.append(target)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def geojson_text(frame: gpd.GeoDataFrame) -> str:
    """RFC 7946 GeoJSON (WGS84, longitude first) with JSON-safe properties."""
    features = []
    plain = frame.drop(columns="geometry")
    for (_, row), geom in zip(plain.iterrows(), frame.geometry, strict=True):
        props = {k: _json_value(v) for k, v in row.items()}
        features.append(
            {
                "type": "Feature",
                "geometry": None if geom is None else {"type": "Point", "coordinates": [geom.x, geom.y]},
                "properties": props,
            }
        )
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def _json_value(value: object) -> object:
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def write_gpkg(path: Path, events: gpd.GeoDataFrame, places: gpd.GeoDataFrame, sources: pd.DataFrame) -> None:
    events.to_file(path, layer="events", driver="GPKG", engine="pyogrio")
    places.to_file(path, layer="places", driver="GPKG", engine="pyogrio", append=False)
    import pyogrio

    pyogrio.write_dataframe(sources, path, layer="sources", driver="GPKG", append=False)


def build(p: Paths | None = None) -> BuildResult:
    p = p or paths()
    result = collect(p)
    result.files = write_outputs(result, p.build)
    return result
