from __future__ import annotations

import datetime as dt

import pytest
import yaml

from geo import catalog
from geo.config import REPO_ROOT
from geo.model import EVENT_TYPES

CATALOGUE = REPO_ROOT / "data" / "events.yaml"


@pytest.fixture(scope="module")
def events(gaz):
    return catalog.load(CATALOGUE, gaz)


def test_catalogue_loads_with_valid_types_dates_and_places(events):
    assert len(events) >= 30
    for e in events:
        assert e.event_type in EVENT_TYPES
        assert e.event_date <= e.end_date
        assert e.time_precision in (1, 2, 3)
        assert e.place is not None and e.place.has_coordinates
        assert e.geo_precision in (1, 2, 3)
        assert e.sources and all(s.quote for s in e.sources)
        assert e.reviewed


def test_every_quote_occurs_verbatim_in_its_source(events, seed_docs):
    texts = {d.doc_id: d.text for d in seed_docs}
    assert catalog.check_quotes(events, texts) == []


def test_precision_matches_the_date_window(events):
    for e in events:
        days = (e.end_date - e.event_date).days
        if e.time_precision == 1:
            assert days <= 7, e.event_id
        elif e.time_precision == 2:
            assert days <= 62, e.event_id


def test_the_key_events_of_the_seeds_are_catalogued(events):
    by_id = {e.event_id: e for e in events}
    coups = {e.event_date for e in events if e.event_type == "coup"}
    assert {dt.date(2012, 3, 22), dt.date(2020, 8, 18), dt.date(2021, 5, 24)} <= coups
    assert by_id["ml-2020-08-18-coup"].place.place_id == "ml-kati-camp"
    assert by_id["ml-2022-04-19-gossi-handover"].event_type == "base_handover"
    assert by_id["ml-2022-05-11-alleged-plot"].event_type == "coup_attempt"
    assert by_id["ml-2022-04-gossi-mass-grave"].event_type == "atrocity"


def test_competing_claims_are_kept_with_their_claimants(events):
    moura = next(e for e in events if e.event_id == "ml-2022-03-moura-massacre")
    figures = {(c.claimant, c.kind, c.best) for c in moura.claims}
    assert ("Human Rights Watch", "executed", 300) in figures
    assert ("Malian defence ministry", "killed", 203) in figures
    assert ("Malian defence ministry", "arrested", 51) in figures
    assert moura.fatality_bounds() == (203, 251, 300)
    coup_2012 = next(e for e in events if e.event_id == "ml-2012-03-22-coup")
    assert {d["date"] for d in coup_2012.date_claims} >= {"2012-04", "2012-03"}


def test_bad_catalogue_reports_every_problem(gaz, tmp_path):
    bad = [
        {"event_id": "a", "event_type": "riot", "sub_event_type": "x", "event_date": "2020-13-01",
         "end_date": "2020-01-01", "time_precision": 4, "place_id": "nowhere", "sources": []},
        {"event_id": "b", "event_type": "coup", "sub_event_type": "x", "event_date": "2020-02-02",
         "end_date": "2020-01-01", "time_precision": 1, "place_id": "region-sahel",
         "sources": [{"file": "f.txt", "quote": "q"}],
         "claims": [{"kind": "killed", "low": 10, "best": 5, "claimant": "c", "source": "f.txt",
                     "quote": "q"}]},
    ]  # fmt: skip
    path = tmp_path / "events.yaml"
    path.write_text(yaml.safe_dump(bad), encoding="utf-8")
    with pytest.raises(catalog.CatalogueError) as info:
        catalog.load(path, gaz)
    text = "\n".join(info.value.problems)
    for fragment in [
        "a: event_type 'riot'",
        "a event_date: '2020-13-01' is not a date (YYYY-MM-DD)",
        "a: time_precision",
        "a: place_id 'nowhere'",
        "a: at least one source",
        "b: end_date 2020-01-01 is before",
        "b: place region-sahel has no coordinates",
        "b claim 1: low ≤ best ≤ high",
    ]:
        assert fragment in text


def test_round_trip_through_yaml(events, gaz, tmp_path):
    path = tmp_path / "copy.yaml"
    catalog.write(path, events)
    again = catalog.load(path, gaz)
    assert [catalog.event_to_yaml_dict(e) for e in again] == [catalog.event_to_yaml_dict(e) for e in events]


def test_a_place_stored_with_its_event_must_say_where_its_point_comes_from(gaz):
    place: dict[str, object] = {"name": "Dagabéré", "latitude": 14.25, "longitude": -5.99, "geo_precision": 2}
    raw: dict[str, object] = {
        "event_id": "x-1", "event_type": "atrocity", "sub_event_type": "attack on civilians",
        "event_date": "2020-10-09", "end_date": "2020-10-09", "time_precision": 1,
        "place_id": "text-dagabere", "place": place, "sources": [{"file": "a.txt", "quote": "fired upon"}],
    }  # fmt: skip
    problems: list[str] = []
    assert catalog.parse_event(raw, gaz, problems) is None
    assert any("lacks source" in p for p in problems)
    raw["place"] = {**place, "source": "placed at Niono, as the text puts it", "latitude": 140.0}
    problems = []
    assert catalog.parse_event(raw, gaz, problems) is None and any("off the globe" in p for p in problems)
    raw["place"] = {**place, "source": "placed at Niono, as the text puts it"}
    problems = []
    event = catalog.parse_event(raw, gaz, problems)
    assert problems == [] and event is not None and event.place is not None
    assert (event.place.name, event.place.origin, event.geo_precision) == ("Dagabéré", "text", 2)
