"""Deciding when two event records are the same event.

Two mentions are one event when they have the same type, their date windows
overlap and their places are the same or close. The rule serves both merging
extracted mentions across sentences and documents, and keeping the build from
adding a machine-extracted copy of an event the curated catalogue already holds.
"""

from __future__ import annotations

from geo.gazetteer import haversine_km
from geo.model import Event

#: Places closer than this count as the same place (Kati camp and Kati town, for instance).
SAME_PLACE_KM = 25.0


def same_place(a: Event, b: Event, *, km: float = SAME_PLACE_KM) -> bool:
    """Same place id, or both points within ``km``; a country-level event matches anything in it."""
    if a.place is None or b.place is None:
        return False
    if a.place.place_id == b.place.place_id:
        return True
    broad = {"country", "continent", "macro-region", "region"}
    if a.place.feature in broad or b.place.feature in broad:
        coarse, fine = (a.place, b.place) if a.place.feature in broad else (b.place, a.place)
        if coarse.feature == "country":
            return coarse.country_code == fine.country_code
        if coarse.feature == "region":
            return fine.admin1 == coarse.admin1 or coarse.place_id == fine.place_id
        return False
    if not (a.place.has_coordinates and b.place.has_coordinates):
        return False
    return haversine_km(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude) <= km  # type: ignore[arg-type]


def dates_overlap(a: Event, b: Event) -> bool:
    return a.event_date <= b.end_date and b.event_date <= a.end_date


def same_event(a: Event, b: Event) -> bool:
    return a.event_type == b.event_type and dates_overlap(a, b) and same_place(a, b)


def drop_known(extracted: list[Event], curated: list[Event]) -> list[Event]:
    """Extracted events the catalogue does not already hold."""
    return [e for e in extracted if not any(same_event(e, c) for c in curated)]
