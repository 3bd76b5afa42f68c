"""Positions a text states outright, read as places of their own."""

from __future__ import annotations

import pytest

from geo.coordinates import coordinate_mentions, find_coordinates
from geo.gazetteer import Gazetteer
from geo.text import split_sentences


@pytest.mark.parametrize(
    ("text", "point", "precision"),
    [
        ("geolocated to 14.3521, -3.6107.", (14.3521, -3.6107), 1),
        ("at 14.3521°N, 3.6107°W", (14.3521, -3.6107), 1),
        ("(14.35 N, 3.61 W)", (14.35, -3.61), 1),
        ("(14.3 N 3.6 W)", (14.3, -3.6), 2),  # a tenth of a degree: some ten kilometres
        ("at 14°21′07″N 3°36′38″W", (14.3519, -3.6106), 1),
        ("at 14° 21' N, 3° 36' W", (14.35, -3.6), 1),
        ("−14.35210, −3.61070", (-14.3521, -3.6107), 1),
    ],
)
def test_a_stated_position_is_read_in_its_common_forms(text, point, precision):
    ((start, end, lat, lon, found_precision),) = find_coordinates(text)
    assert (round(lat, 4), round(lon, 4), found_precision) == (*point, precision)
    assert text[start:end].strip() == text[start:end] and text[end:].strip(".) ") == ""


@pytest.mark.parametrize(
    "text",
    [
        "prices rose from 1.25, 2.50 and 3.75",  # money
        "between 1.250, 2.500 people",  # thousands written the French way
        "a ratio of 14.5, 3.2 and 1.1",
        "a version 14.3521.2, -3.6107",  # no number runs into it
        "91.12345, 3.61070",  # no latitude past the pole
    ],
)
def test_figures_that_are_no_position_are_not_read_as_one(text):
    assert find_coordinates(text) == []


def test_a_stated_position_is_a_place_of_its_own_in_the_country_it_lies_in(gaz: Gazetteer):
    text = "Gunmen struck a checkpoint at 14.3521, -3.6107 on Sunday."
    (mention,) = coordinate_mentions(text, split_sentences(text), gaz, "doc")
    place = mention.place
    assert (place.latitude, place.longitude, place.country_code, place.geo_precision) == (
        14.3521,
        -3.6107,
        "ML",
        1,
    )
    assert place.origin == "text" and place.name == "14.3521, -3.6107" and "14.3521, -3.6107" in place.source
    assert mention.sentence_index == 0
    # far from every place the gazetteer holds, the point keeps no country
    (ocean,) = coordinate_mentions("Found at 0.1234, -30.5678.", [], gaz, "doc")
    assert ocean.place.country_code == ""


def test_an_act_at_a_stated_position_is_placed_there(gaz: Gazetteer):
    import datetime as dt

    from geo.ingest import document_from_bytes
    from geo.pipeline import extract_document

    text = (
        "Geolocation notes\n\nOn 12 February 2025, gunmen attacked a village we geolocated to 14.3521, "
        "-3.6107, killing nine civilians. On 14 February 2025, gunmen attacked Gao."
    )
    document = document_from_bytes(text.encode(), "notes.txt")
    document.published = document.anchor = dt.date(2025, 3, 1)
    events = sorted(extract_document(document, gaz).events, key=lambda e: e.event_date)
    point, town = (e.place for e in events)
    assert point is not None and town is not None
    assert (point.latitude, point.longitude, events[0].geo_precision) == (14.3521, -3.6107, 1)
    assert town.name == "Gao"  # a sentence that states no position keeps its named place
