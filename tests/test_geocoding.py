from __future__ import annotations

import pytest

from geo.geocoding import OfflineError, OnlineGeocoder


class FakeLocation:
    def __init__(self, lat, lon, address):
        self.latitude, self.longitude, self.address = lat, lon, address
        self.raw = {"osm_type": "node", "osm_id": 42}


class FakeNominatim:
    def __init__(self):
        self.calls: list[str] = []

    def __call__(self, query, **kwargs):
        self.calls.append(query)
        return FakeLocation(15.4, -4.2, f"{query}, Mali") if query != "Nowhere" else None


class FakeClock:
    def __init__(self):
        self.now = 100.0
        self.slept: list[float] = []

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


def make(tmp_path, enabled=True):
    nominatim, clock = FakeNominatim(), FakeClock()
    geocoder = OnlineGeocoder(
        cache_path=tmp_path / "cache.json",
        enabled=enabled,
        geocode=nominatim,
        clock=clock.time,
        sleep=clock.sleep,
    )
    return geocoder, nominatim, clock


def test_off_by_default_with_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.delenv("ATLAS_ONLINE_GEOCODING", raising=False)
    geocoder = OnlineGeocoder(cache_path=tmp_path / "c.json", geocode=FakeNominatim())
    with pytest.raises(OfflineError, match="--online"):
        geocoder.lookup("Léré")


def test_results_are_cached_on_disk(tmp_path):
    geocoder, nominatim, _ = make(tmp_path)
    first = geocoder.lookup("Léré")
    assert first is not None and first.latitude == 15.4 and "ODbL" in first.source
    again = OnlineGeocoder(cache_path=tmp_path / "cache.json", enabled=False, geocode=nominatim)
    assert again.lookup("léré") == first  # answered from the cache, even offline
    assert nominatim.calls == ["Léré"]


def test_at_most_one_request_per_second(tmp_path):
    geocoder, nominatim, clock = make(tmp_path)
    for name in ["Léré", "Nampala", "Dioura"]:
        geocoder.lookup(name)
    assert len(nominatim.calls) == 3
    assert clock.slept == [pytest.approx(1.0), pytest.approx(1.0)]


def test_no_match_is_cached_too(tmp_path):
    geocoder, nominatim, _ = make(tmp_path)
    assert geocoder.lookup("Nowhere") is None
    assert geocoder.lookup("Nowhere") is None
    assert nominatim.calls == ["Nowhere"]


def test_network_failure_says_offline(tmp_path):
    from geopy.exc import GeocoderUnavailable

    def broken(query, **kwargs):
        raise GeocoderUnavailable("no route")

    geocoder = OnlineGeocoder(
        cache_path=tmp_path / "c.json", enabled=True, geocode=broken, sleep=lambda s: None
    )
    with pytest.raises(OfflineError, match="offline"):
        geocoder.lookup("Léré")
