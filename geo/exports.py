"""The events in view as files: CSV (ACLED-style columns), GeoJSON and GeoPackage.

The same record columns as the build outputs (:mod:`geo.records`), in EPSG:4326;
each function returns the file's bytes so the dashboard can offer it for download
and the command line can write it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd

from geo import records
from geo.build import geojson_text


def view_csv(view: pd.DataFrame) -> bytes:
    return records.records_frame(view).drop(columns="geometry").to_csv(index=False).encode("utf-8")


def view_geojson(view: pd.DataFrame) -> bytes:
    return geojson_text(records.records_frame(view)).encode("utf-8")


def view_geopackage(view: pd.DataFrame, layer: str = "events") -> bytes:
    """A GeoPackage with one ``events`` layer (GDAL writes to a file, so it goes through one)."""
    frame = records.records_frame(view)
    with tempfile.TemporaryDirectory(prefix="atlas-gpkg-") as tmp:
        path = Path(tmp) / "view.gpkg"
        frame.to_file(path, layer=layer, driver="GPKG", engine="pyogrio")
        return path.read_bytes()
