"""Optional online geocoding with Nominatim, for places the offline gazetteer lacks.

Off unless asked for (``--online`` on the command line or
``ATLAS_ONLINE_GEOCODING=1``). Answers are cached on disk, so a place is looked
up once; requests go out at most once per second, as the OpenStreetMap
Foundation's Nominatim usage policy requires
(https://operations.osmfoundation.org/policies/nominatim/). Results carry their
source (OpenStreetMap contributors, ODbL) wherever they are stored.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from geo import atomic
from geo.config import online_geocoding_enabled, paths

USER_AGENT = "mali-atlas (offline-first conflict mapping; https://github.com/)"
MIN_INTERVAL_S = 1.0


class OfflineError(RuntimeError):
    """Online geocoding was not enabled, or the network could not be reached."""


@dataclass(frozen=True)
class GeocodeResult:
    query: str
    name: str
    latitude: float
    longitude: float
    osm_type: str
    osm_id: str
    source: str = "Nominatim / OpenStreetMap contributors (ODbL)"


class OnlineGeocoder:
    """Nominatim behind a disk cache and a one-request-per-second limit."""

    def __init__(
        self,
        *,
        cache_path: Path | None = None,
        enabled: bool | None = None,
        geocode: Callable[..., Any] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.enabled = online_geocoding_enabled() if enabled is None else enabled
        self.cache_path = cache_path or paths().cache / "geocode.json"
        self._geocode = geocode
        self._clock = clock
        self._sleep = sleep
        self._last: float | None = None
        self._cache: dict[str, Any] = self._read_cache()

    def _read_cache(self) -> dict[str, Any]:
        if not self.cache_path.exists():
            return {}
        try:
            return json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return {}

    def _client(self) -> Callable[..., Any]:
        if self._geocode is None:
            from geopy.geocoders import Nominatim

            self._geocode = Nominatim(user_agent=USER_AGENT, timeout=10).geocode
        return self._geocode

    def _throttle(self) -> None:
        if self._last is not None:
            wait = MIN_INTERVAL_S - (self._clock() - self._last)
            if wait > 0:
                self._sleep(wait)
        self._last = self._clock()

    def lookup(self, query: str, *, country_codes: str = "ml") -> GeocodeResult | None:
        key = f"{country_codes}|{query.strip().casefold()}"
        if key in self._cache:
            hit = self._cache[key]
            return GeocodeResult(**hit) if hit else None
        if not self.enabled:
            raise OfflineError(
                "online geocoding is off: pass --online or set ATLAS_ONLINE_GEOCODING=1 "
                "(the offline gazetteer did not know this place)"
            )
        from geopy.exc import GeopyError

        self._throttle()
        try:
            location = self._client()(query, country_codes=country_codes, exactly_one=True)
        except (GeopyError, OSError) as exc:
            raise OfflineError(
                f"Nominatim could not be reached ({exc.__class__.__name__}); are you offline?"
            ) from exc
        result = None
        if location is not None:
            raw = getattr(location, "raw", {}) or {}
            result = GeocodeResult(
                query=query,
                name=str(getattr(location, "address", query)),
                latitude=float(location.latitude),
                longitude=float(location.longitude),
                osm_type=str(raw.get("osm_type", "")),
                osm_id=str(raw.get("osm_id", "")),
            )
        self._cache[key] = asdict(result) if result else None
        atomic.write_text(self.cache_path, json.dumps(self._cache, ensure_ascii=False, indent=1))
        return result
