from __future__ import annotations

import csv
import hashlib
import json

import geopandas as gpd
import pyogrio
import pytest

from geo import build
from geo.model import EVENT_COLUMNS


@pytest.fixture
def built(project):
    return build.build(project), project


def test_build_writes_every_output(built):
    result, project = built
    for name in build.OUTPUTS:
        assert (project.build / name).stat().st_size > 0, name
    assert not list(project.build.glob(".build-*")), "staging directory left behind"
    assert len(result.curated) >= 30


def test_geojson_is_rfc7946(built):
    _, project = built
    data = json.loads((project.build / "events.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    gossi = next(f for f in data["features"] if f["properties"]["event_id"] == "ml-2022-04-19-gossi-handover")
    lon, lat = gossi["geometry"]["coordinates"]
    assert (round(lat, 3), round(lon, 3)) == (15.827, -1.311)  # longitude first
    assert gossi["properties"]["reviewed"] is True
    assert gossi["properties"]["status"] == "reviewed"


def test_csv_has_acled_style_columns_in_order(built):
    _, project = built
    with (project.build / "events.csv").open(encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert tuple(header[: len(EVENT_COLUMNS)]) == EVENT_COLUMNS
    assert header[:4] == ["event_id", "event_date", "end_date", "time_precision"]


def test_geopackage_reads_back_with_the_same_rows_and_crs(built):
    result, project = built
    path = project.build / "events.gpkg"
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert layers == {"events", "places", "sources"}
    events = gpd.read_file(path, layer="events")
    assert events.crs.to_epsg() == 4326
    assert len(events) == len(result.events)
    assert set(events["event_id"]) == {e.event_id for e in result.events}
    moura = events[events["event_id"] == "ml-2022-03-moura-massacre"].iloc[0]
    assert (moura["fatalities_low"], moura["fatalities"], moura["fatalities_high"]) == (203, 251, 300)
    sources = pyogrio.read_dataframe(path, layer="sources")
    assert len(sources) == 5


def test_places_layer_counts_mentions_and_documents(built):
    result, project = built
    places = gpd.read_file(project.build / "places.geojson")
    bamako = places[places["place_id"] == "ml-bamako"].iloc[0]
    expected = sum(1 for m in result.mentions if m.place.place_id == "ml-bamako")
    assert bamako["mentions"] == expected > 10
    assert len(bamako["documents"].split("; ")) == 5
    assert "region-sahel" not in set(places["place_id"])  # named, but has no position to plot


def test_a_failed_build_leaves_the_previous_outputs(built, monkeypatch):
    result, project = built
    before = {n: hashlib.sha256((project.build / n).read_bytes()).hexdigest() for n in build.OUTPUTS}

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(build, "write_gpkg", explode)
    with pytest.raises(RuntimeError):
        build.write_outputs(result, project.build)
    after = {n: hashlib.sha256((project.build / n).read_bytes()).hexdigest() for n in build.OUTPUTS}
    assert before == after
    assert not list(project.build.glob(".build-*"))


def test_extracted_events_are_unreviewed_and_never_duplicate_the_catalogue(project):
    from geo.ingest import document_from_bytes
    from geo.merge import same_event

    article = document_from_bytes(
        b"Kidal\n\nPublished 2 November 2023\n\nThe UN mission handed over its camp in Kidal to the "
        b"Malian army on 31 October 2023.\n",
        "kidal.txt",
    )
    from geo.corpus import apply_manifest

    result = build.collect(project, extra_documents=[apply_manifest(article, None)])
    assert result.curated and result.extracted
    assert all(not e.reviewed for e in result.extracted)
    assert all(e.reviewed for e in result.curated)
    assert not [
        (x.event_id, c.event_id) for x in result.extracted for c in result.curated if same_event(x, c)
    ]
    kidal = [e for e in result.extracted if e.event_type == "base_handover"]
    assert [(e.event_date.isoformat(), e.place.place_id if e.place else None) for e in kidal] == [
        ("2023-10-31", "ml-kidal")
    ]
