"""Events and place mentions as flat records: the shape every export and the dashboard share.

One function per direction keeps the CSV, GeoJSON, GeoPackage, Parquet and map
views in step: a column added here appears everywhere.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geo import EXTRACTOR_VERSION
from geo.model import EVENT_COLUMNS, Event, Mention

#: Structured columns kept as JSON text so every format can carry them.
JSON_COLUMNS = ("claims", "sources", "date_claims")
RECORD_COLUMNS = (*EVENT_COLUMNS, *JSON_COLUMNS)


def event_record(event: Event) -> dict[str, Any]:
    place = event.place
    low, best, high = event.fatality_bounds()
    first = event.sources[0] if event.sources else None
    return {
        "event_id": event.event_id,
        "event_date": event.event_date.isoformat(),
        "end_date": event.end_date.isoformat(),
        "time_precision": event.time_precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "actor2": event.actor2,
        "location": place.name if place else "",
        "named_place": event.named_place,
        "admin1": place.admin1 if place else "",
        "admin2": place.admin2 if place else "",
        "country": place.country_code if place else "",
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": event.geo_precision,
        "fatalities": best,
        "fatalities_low": low,
        "fatalities_high": high,
        "notes": event.notes,
        "source": "; ".join(dict.fromkeys(s.source for s in event.sources)),
        "source_quote": first.quote if first else "",
        "source_id": first.source if first else "",
        "char_start": first.char_start if first else None,
        "char_end": first.char_end if first else None,
        "place_id": place.place_id if place else "",
        "coordinate_source": place.source if place else "",
        "confidence": round(event.confidence, 3),
        "reviewed": event.reviewed,
        "status": "reviewed" if event.reviewed else "machine",
        "extractor_version": "" if event.reviewed else EXTRACTOR_VERSION,
        "claims": json.dumps([vars(c) for c in event.claims], ensure_ascii=False),
        "sources": json.dumps([vars(s) for s in event.sources], ensure_ascii=False),
        "date_claims": json.dumps(event.date_claims, ensure_ascii=False),
    }


def events_frame(events: Iterable[Event]) -> gpd.GeoDataFrame:
    """Events as a GeoDataFrame in EPSG:4326 with the ACLED-style columns first."""
    rows = [event_record(e) for e in events]
    frame = pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
    geometry = [
        Point(lon, lat) if lat is not None and lon is not None else None
        for lat, lon in zip(frame["latitude"], frame["longitude"], strict=True)
    ]
    gdf = gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
    for col in ("time_precision", "geo_precision"):
        gdf[col] = gdf[col].astype("int64")
    for col in ("fatalities", "fatalities_low", "fatalities_high", "char_start", "char_end"):
        gdf[col] = gdf[col].astype("Int64")
    gdf["reviewed"] = gdf["reviewed"].astype(bool)
    return gdf


def places_frame(mentions: Iterable[Mention], titles: dict[str, str] | None = None) -> gpd.GeoDataFrame:
    """Every mentioned place with coordinates: mention counts and the documents that name it."""
    by_place: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_place[m.place.place_id].append(m)
    rows = []
    for place_id, group in sorted(by_place.items()):
        place = group[0].place
        if not place.has_coordinates:
            continue
        docs = sorted({m.doc_id for m in group})
        rows.append(
            {
                "place_id": place_id,
                "name": place.name,
                "feature": place.feature,
                "admin1": place.admin1,
                "admin2": place.admin2,
                "country": place.country_code,
                "latitude": place.latitude,
                "longitude": place.longitude,
                "geo_precision": place.geo_precision,
                "geonames_id": place.geonames_id,
                "coordinate_source": place.source,
                "mentions": len(group),
                "documents": "; ".join(docs),
                "document_titles": json.dumps(
                    {d: (titles or {}).get(d, "") for d in docs}, ensure_ascii=False
                ),
                "spellings": "; ".join(sorted({m.matched_text for m in group})),
            }
        )
    columns = [
        "place_id", "name", "feature", "admin1", "admin2", "country", "latitude", "longitude",
        "geo_precision", "geonames_id", "coordinate_source", "mentions", "documents",
        "document_titles", "spellings",
    ]  # fmt: skip
    frame = pd.DataFrame(rows, columns=columns)
    return gpd.GeoDataFrame(
        frame, geometry=gpd.points_from_xy(frame["longitude"], frame["latitude"]), crs="EPSG:4326"
    )


def records_frame(view: pd.DataFrame) -> gpd.GeoDataFrame:
    """A (filtered) dashboard frame back in the export shape: record columns, points, EPSG:4326."""
    columns = [c for c in RECORD_COLUMNS if c in view.columns]
    frame = view[columns].copy()
    if "event_type" in frame:
        frame["event_type"] = frame["event_type"].astype(str)
    geometry = gpd.points_from_xy(frame["longitude"], frame["latitude"])
    return gpd.GeoDataFrame(frame.reset_index(drop=True), geometry=geometry, crs="EPSG:4326")
