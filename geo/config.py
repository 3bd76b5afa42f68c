"""Where things live and which opt-ins are switched on.

Every path the package reads or writes is derived here, so tests can point the
whole tool at a temporary directory by setting ``ATLAS_HOME``. Network use is
off unless an environment variable turns it on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Paths:
    """The project's files, rooted at ``home`` (the repository by default)."""

    home: Path

    @property
    def seeds(self) -> Path:
        return self.home / "seeds"

    @property
    def manifest(self) -> Path:
        return self.seeds / "manifest.csv"

    @property
    def data(self) -> Path:
        return self.home / "data"

    @property
    def gazetteer(self) -> Path:
        return self.data / "gazetteer.csv"

    @property
    def gazetteer_local(self) -> Path:
        """Places imported by the user from a GeoNames dump (``geo gazetteer import``)."""
        return self.data / "gazetteer_local.csv"

    @property
    def geonames_fallback(self) -> Path:
        return self.data / "geonames_region.csv"

    @property
    def actors(self) -> Path:
        return self.data / "actors.csv"

    @property
    def catalogue(self) -> Path:
        return self.data / "events.yaml"

    @property
    def basemap(self) -> Path:
        return self.data / "basemap"

    @property
    def build(self) -> Path:
        return self.data / "build"

    @property
    def cache(self) -> Path:
        return self.data / "cache"


def paths() -> Paths:
    """Paths for the current process (``ATLAS_HOME`` overrides the repository root)."""
    home = os.environ.get("ATLAS_HOME")
    return Paths(Path(home).resolve() if home else REPO_ROOT)


def online_geocoding_enabled() -> bool:
    """Online geocoding (Nominatim) is opt-in: ``ATLAS_ONLINE_GEOCODING=1``."""
    return _flag("ATLAS_ONLINE_GEOCODING")


def web_tiles_enabled() -> bool:
    """Web basemap tiles are opt-in: ``ATLAS_WEB_TILES=1`` (the UI can also switch them on)."""
    return _flag("ATLAS_WEB_TILES")
