"""The offline gazetteer: curated places first, then user imports, then GeoNames.

Three tables are merged, in order of trust:

1. ``data/gazetteer.csv`` — hand-curated places with sourced coordinates;
2. ``data/gazetteer_local.csv`` — places the user imported from a GeoNames dump
   (``python -m geo gazetteer import ML.txt``);
3. ``data/geonames_region.csv`` — every GeoNames place of 500+ inhabitants in
   Mali, its neighbours, Benin and Togo, plus the world's capitals (CC BY 4.0).

A place known to a more trusted table hides the same GeoNames id in a less
trusted one. Names are indexed by their :func:`geo.text.fold` key.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

from geo import atomic
from geo.config import Paths, paths
from geo.model import FEATURES, Place
from geo.text import fold, strip_accents

#: Zipf frequency from which a single-word name reads as an ordinary English word.
COMMON_WORD_ZIPF = 4.5
#: GeoNames names this frequent (``Say``, ``Goal`` …) are never matched.
FALLBACK_EXCLUDE_ZIPF = 4.5
#: GeoNames names at least this frequent need locative context to be accepted.
FALLBACK_WEAK_ZIPF = 3.0

LOCAL_COLUMNS = [
    "geonames_id", "name", "alternatenames", "latitude", "longitude", "country_code",
    "admin1_code", "feature_code", "population",
]  # fmt: skip


class GazetteerError(ValueError):
    """A gazetteer file is missing a column, has a bad value or an unsourced coordinate."""


@dataclass(frozen=True)
class NameEntry:
    """One way of writing a place: the key it is matched on and how much to trust it."""

    place: Place
    surface: str
    demonym: bool = False
    weak: bool = False  # an ordinary word too: needs context before it counts
    case_sensitive: bool = False  # acronyms such as ``US`` match only in capitals


class Gazetteer:
    """All known places, indexed by id and by folded name."""

    def __init__(self, places: Iterable[Place], capitals: dict[str, str] | None = None):
        self.places: dict[str, Place] = {}
        self.by_name: dict[str, list[NameEntry]] = defaultdict(list)
        self.capitals = dict(capitals or {})  # country code → place id, from the curated notes
        for place in places:
            if place.place_id in self.places:
                raise GazetteerError(f"duplicate place_id {place.place_id!r}")
            self.places[place.place_id] = place
            self._index(place)

    def _index(self, place: Place) -> None:
        seen: set[tuple[str, bool]] = set()
        surfaces = [(place.name, False), *((a, False) for a in place.aliases)]
        surfaces += [(d, True) for d in place.demonyms]
        for surface, demonym in surfaces:
            surface = surface.strip()
            if not surface:
                continue
            for key in _keys(surface):
                if (key, demonym) in seen:
                    continue
                seen.add((key, demonym))
                entry = NameEntry(
                    place=place,
                    surface=surface,
                    demonym=demonym,
                    weak=_is_weak(place, key),
                    case_sensitive=surface.replace(".", "").isupper() and len(surface) <= 5,
                )
                self.by_name[key].append(entry)

    def __len__(self) -> int:
        return len(self.places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self.places.values())

    def get(self, place_id: str) -> Place:
        return self.places[place_id]

    def candidates(self, key: str) -> list[NameEntry]:
        return self.by_name.get(key, [])

    def nations(self, word: str) -> list[Place]:
        """The countries a people's word names (``Nigerien`` → Niger), as written in any case."""
        return [e.place for e in self.candidates(fold(word)) if e.demonym]

    def capital(self, country_code: str) -> Place | None:
        """What a text means by ``the capital`` in a passage about that country."""
        place_id = self.capitals.get(country_code)
        return self.places.get(place_id) if place_id else None

    def search(self, query: str, limit: int = 10) -> list[tuple[Place, float]]:
        """Places whose name or alias best matches ``query`` (typo-tolerant), best first."""
        query_key = fold(query.strip())
        if not query_key:
            return []
        choices = self._search_choices()
        hits = process.extract(query_key, choices, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=60)
        best: dict[str, float] = {}
        for _key, score, idx in hits:
            place = self._search_places[idx]
            bonus = 5.0 if place.origin == "curated" else 0.0
            best[place.place_id] = max(best.get(place.place_id, 0.0), score + bonus)
        ranked = sorted(best.items(), key=lambda kv: -kv[1])[:limit]
        return [(self.places[pid], score) for pid, score in ranked]

    def _search_choices(self) -> list[str]:
        if not hasattr(self, "_search_keys"):
            keys: list[str] = []
            places: list[Place] = []
            for key, entries in self.by_name.items():
                for entry in entries:
                    if not entry.demonym:
                        keys.append(key)
                        places.append(entry.place)
            self._search_keys = keys
            self._search_places = places
        return self._search_keys

    def nearest(self, lat: float, lon: float, *, curated_only: bool = True) -> tuple[Place, float]:
        """The closest place with coordinates and its distance in km."""
        best: tuple[Place, float] | None = None
        for place in self.places.values():
            if not place.has_coordinates or (curated_only and place.origin != "curated"):
                continue
            if place.feature not in {"town", "village", "camp", "landmark"}:
                continue
            d = haversine_km(lat, lon, place.latitude, place.longitude)  # type: ignore[arg-type]
            if best is None or d < best[1]:
                best = (place, d)
        if best is None:
            raise GazetteerError("no place with coordinates")
        return best


def _keys(surface: str) -> set[str]:
    """The folded forms a name is matched by: as written, with hyphens as spaces, and a two-word name
    run together as West African names often are in the press (``Bani Bangou``: ``Banibangou``)."""
    key = fold(surface)
    keys = {key}
    if "-" in key:
        keys.add(key.replace("-", " "))
    words = key.replace("-", " ").split()
    if len(words) == 2 and all(w.isalpha() and len(w) >= 3 for w in words):
        keys.add("".join(words))
    return keys


def _is_weak(place: Place, key: str) -> bool:
    """Whether a name is also an ordinary English word and so needs context to count.

    A curated name is weak when the word is very common (``San``) or when it is a
    fairly common word written without the accent that makes it a place (``Dire``
    for ``Diré``); a surface written with the accent is never weak (see
    :mod:`geo.toponyms`). GeoNames fallback names are held to a stricter bar.
    """
    if " " in key or place.feature in {"country", "continent", "macro-region"}:
        return False
    zipf = zipf_frequency(key, "en")
    if place.origin != "curated":
        return zipf >= FALLBACK_WEAK_ZIPF
    accented = strip_accents(place.name) != place.name
    return zipf >= COMMON_WORD_ZIPF or (accented and zipf >= 3.5)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(min(1.0, a)))


def km_between(a: Place, b: Place) -> float | None:
    """How far apart two places are, or None when either has no position to measure from."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


# --- loading ---------------------------------------------------------------------------

#: How a curated row's notes begin when the town is its country's capital (``capital of Mali``).
_CAPITAL_OF = "capital of "
CURATED_REQUIRED = {
    "place_id", "name", "aliases", "feature", "latitude", "longitude", "admin1", "admin2",
    "country_code", "geonames_id", "source",
}  # fmt: skip


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _float(value: str | None, what: str) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        number = float(value)
    except ValueError as exc:
        raise GazetteerError(f"{what}: {value!r} is not a number") from exc
    if not math.isfinite(number):
        raise GazetteerError(f"{what}: {value!r} is not finite")
    return number


def read_curated(path: Path) -> list[Place]:
    """Read ``data/gazetteer.csv``; every coordinate must name its source."""
    return _read_curated(path)[0]


def _read_curated(path: Path) -> tuple[list[Place], dict[str, str]]:
    """The curated places, and country code → place id of each town whose notes call it
    ``capital of`` its country by name (what a text means by ``the capital``): a regional
    capital's notes (``capital of the Est region``) name no country."""
    capitals: dict[str, str] = {}
    capital_of: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = CURATED_REQUIRED - set(reader.fieldnames or ())
        if missing:
            raise GazetteerError(f"{path.name}: missing columns {sorted(missing)}")
        places = []
        for lineno, row in enumerate(reader, start=2):
            where = f"{path.name}:{lineno}"
            lat = _float(row["latitude"], f"{where} latitude")
            lon = _float(row["longitude"], f"{where} longitude")
            if (lat is None) != (lon is None):
                raise GazetteerError(f"{where}: latitude and longitude go together")
            if lat is not None and not row["source"].strip():
                raise GazetteerError(f"{where}: coordinate without a source")
            if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):  # type: ignore[operator]
                raise GazetteerError(f"{where}: coordinate out of range")
            if row["feature"] not in FEATURES:
                raise GazetteerError(f"{where}: unknown feature {row['feature']!r}")
            places.append(
                Place(
                    place_id=row["place_id"],
                    name=row["name"],
                    feature=row["feature"],
                    latitude=lat,
                    longitude=lon,
                    country_code=row["country_code"],
                    admin1=row["admin1"],
                    admin2=row["admin2"],
                    geonames_id=row["geonames_id"],
                    geo_precision=int(row.get("geo_precision") or 1),
                    population=int(row.get("population") or 0),
                    source=row["source"],
                    aliases=_split(row["aliases"]),
                    demonyms=_split(row.get("demonyms")),
                    origin="curated",
                )
            )
            notes = (row.get("notes") or "").lower()
            if row["feature"] == "town" and notes.startswith(_CAPITAL_OF):
                capital_of[row["place_id"]] = (row["country_code"], notes[len(_CAPITAL_OF) :])
    countries = {
        p.country_code: {fold(n) for n in (p.name, *p.aliases)} for p in places if p.feature == "country"
    }
    for place_id, (code, rest) in capital_of.items():
        named = fold(re.split(r"[;,(]", rest, maxsplit=1)[0].strip().removeprefix("the "))
        if named in countries.get(code, set()):
            capitals[code] = place_id
    return places, capitals


def read_geonames_table(path: Path, origin: str, admin1_names: dict[tuple[str, str], str]) -> list[Place]:
    """Read a GeoNames-derived table (the fallback or the user's local import)."""
    if not path.exists():
        return []
    places = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lat = _float(row["latitude"], f"{path.name} latitude")
            lon = _float(row["longitude"], f"{path.name} longitude")
            if lat is None or lon is None:
                continue
            population = int(float(row.get("population") or 0))
            feature_code = row.get("feature_code", "")
            feature = "village" if population < 5000 and feature_code != "PPLC" else "town"
            if feature_code.startswith("ADM"):
                feature = "district" if feature_code in {"ADM2", "ADM3"} else "region"
            cc = row["country_code"]
            places.append(
                Place(
                    place_id=f"gn-{row['geonames_id']}",
                    name=row["name"],
                    feature=feature,
                    latitude=lat,
                    longitude=lon,
                    country_code=cc,
                    admin1=admin1_names.get((cc, row.get("admin1_code", "")), ""),
                    geonames_id=row["geonames_id"],
                    geo_precision=1
                    if feature in {"town", "village"}
                    else (2 if feature == "district" else 3),
                    population=population,
                    source=f"GeoNames {row['geonames_id']} ({path.name})",
                    aliases=_split(row.get("alternatenames")),
                    origin=origin,  # type: ignore[arg-type]
                )
            )
    return places


def _admin1_names(curated: list[Place], fallback_path: Path) -> dict[tuple[str, str], str]:
    """GeoNames admin1 codes → region names, learnt from curated places with GeoNames ids."""
    if not fallback_path.exists():
        return {}
    by_id = {p.geonames_id: p for p in curated if p.geonames_id and p.admin1}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with fallback_path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            place = by_id.get(row["geonames_id"])
            if place is not None:
                votes[(row["country_code"], row["admin1_code"])][place.admin1] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def load(p: Paths | None = None, *, with_fallback: bool = True) -> Gazetteer:
    """The merged gazetteer for a project directory."""
    p = p or paths()
    curated, capitals = _read_curated(p.gazetteer)
    known_ids = {pl.geonames_id for pl in curated if pl.geonames_id}
    admin1 = _admin1_names(curated, p.geonames_fallback)
    local = [
        pl
        for pl in read_geonames_table(p.gazetteer_local, "local", admin1)
        if pl.geonames_id not in known_ids
    ]
    known_ids |= {pl.geonames_id for pl in local}
    fallback: list[Place] = []
    if with_fallback:
        fallback = [
            pl
            for pl in read_geonames_table(p.geonames_fallback, "geonames", admin1)
            if pl.geonames_id not in known_ids
        ]
    return Gazetteer([*curated, *local, *fallback], capitals=capitals)


def everyday_word(name: str) -> bool:
    """A GeoNames name this frequent in English (``Say``, ``Goal`` …) would match ordinary prose.

    Applied when GeoNames rows are written (``scripts/make_reference_data.py``, the dump import),
    not at every load: the word-frequency lookups cost more than the rest of the fallback's reading.
    A name of several words is scored as the phrase (``The Valley``, Anguilla's capital)."""
    return zipf_frequency(fold(name), "en") >= FALLBACK_EXCLUDE_ZIPF


def distinctive_aliases(aliases: Iterable[str]) -> list[str]:
    """The spellings a GeoNames place may keep: Niger's town ``Say`` is left out for its everyday name,
    so the hamlet of Saye in Côte d'Ivoire, which lists ``Say`` among its spellings, must drop it too."""
    return [a for a in aliases if not everyday_word(a)]


@lru_cache(maxsize=4)
def load_cached(home: str, with_fallback: bool = True) -> Gazetteer:
    """Process-wide cache of :func:`load`, keyed on the project directory."""
    return load(Paths(Path(home)), with_fallback=with_fallback)


# --- GeoNames dump import --------------------------------------------------------------

#: Column order of GeoNames' per-country dumps (``ML.txt``), from the GeoNames readme.
GEONAMES_DUMP_COLUMNS = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
    "feature_class", "feature_code", "country_code", "cc2", "admin1_code", "admin2_code",
    "admin3_code", "admin4_code", "population", "elevation", "dem", "timezone",
    "modification_date",
)  # fmt: skip

#: Feature classes worth matching in news text: populated places (P) and admin areas (A).
IMPORT_FEATURE_CLASSES = frozenset({"P", "A"})


@dataclass
class ImportReport:
    read: int = 0
    imported: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)


def import_geonames_dump(source: Path, p: Paths | None = None) -> ImportReport:
    """Merge a GeoNames country dump into ``data/gazetteer_local.csv``.

    Rows keep their GeoNames id, so re-importing a newer dump replaces them. The
    file is written to a temporary file and renamed, so a failed import leaves the
    previous local gazetteer untouched.
    """
    p = p or paths()
    report = ImportReport()
    existing: dict[str, dict[str, str]] = {}
    if p.gazetteer_local.exists():
        with p.gazetteer_local.open(encoding="utf-8", newline="") as fh:
            existing = {row["geonames_id"]: row for row in csv.DictReader(fh)}
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise GazetteerError(f"cannot read {source}: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{source.name}: not UTF-8 (GeoNames dumps are UTF-8)") from exc
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        report.read += 1
        cols = line.split("\t")
        if len(cols) != len(GEONAMES_DUMP_COLUMNS):
            report.skipped += 1
            report.problems.append(f"line {lineno}: {len(cols)} columns, expected 19")
            continue
        row = dict(zip(GEONAMES_DUMP_COLUMNS, cols, strict=True))
        try:
            lat, lon = float(row["latitude"]), float(row["longitude"])
            int(row["geonameid"])
        except ValueError:
            report.skipped += 1
            report.problems.append(f"line {lineno}: bad id or coordinates")
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            report.skipped += 1
            report.problems.append(f"line {lineno}: coordinate out of range")
            continue
        if row["feature_class"] not in IMPORT_FEATURE_CLASSES:
            report.skipped += 1
            continue
        alternates = distinctive_aliases(
            a for a in row["alternatenames"].split(",") if a and all(ord(c) < 0x250 for c in a)
        )
        existing[row["geonameid"]] = {
            "geonames_id": row["geonameid"],
            "name": row["name"],
            "alternatenames": "|".join(dict.fromkeys([row["asciiname"], *alternates[:10]])),
            "latitude": f"{lat:.5f}",
            "longitude": f"{lon:.5f}",
            "country_code": row["country_code"],
            "admin1_code": row["admin1_code"],
            "feature_code": row["feature_code"],
            "population": row["population"] or "0",
        }
        report.imported += 1
    if report.read == 0:
        raise GazetteerError(f"{source.name}: no GeoNames rows found")
    if report.imported == 0:
        raise GazetteerError(f"{source.name}: none of {report.read} rows could be imported")
    atomic.write_csv(p.gazetteer_local, LOCAL_COLUMNS, existing.values())
    load_cached.cache_clear()
    return report
