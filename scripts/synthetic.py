"""Synthetic articles for benchmarks: news-like text about Mali with known places, dates and events.

    python scripts/synthetic.py OUT_DIR --mb 20

The prose is assembled here from short templates (written for this project) with
places from ``data/gazetteer.csv`` and actors from ``data/actors.csv``. About a
third of the sentences report a dated event; the rest are analysis, quotes and
background that name places and actors without an event, as real reporting does.
The output is deterministic for a given seed, so benchmark runs compare like with like.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
]  # fmt: skip

#: Share of sentences that report an event: with it the corpus has about the seeds' density of
#: event words, dates and place names per sentence (``scripts/bench.py`` prints both).
EVENT_SHARE = 0.3

EVENT_TEMPLATES = [
    "On {day} {month} {year}, soldiers mutinied at a camp near {town} and arrested senior officials.",
    "{actor} said it had foiled a coup attempt on the night of {month} {day}-{day2}.",
    "Security forces arrested alleged coup plotters in {town} in {month} {year}.",
    "Gunmen killed at least {n} civilians in the village of {village} in late {month} {year}, {ngo} said.",
    "Residents said armed men attacked a market in {village} on {day} {month} {year}, killing {n} people.",
    "A mass grave was found near {town} in early {month} {year}.",
    "{force} handed over its base in {town} to the Malian army on {month} {day}, {year}.",
    "{mission} completed its withdrawal from {town} in {month} {year}.",
    "{org} imposed sanctions on the transitional authorities in {month} {year}.",
    "Thousands of protesters marched in {town} in {month} {year} to demand the departure of foreign troops.",
    "An ambush on a convoy between {town} and {town2} on {day} {month} {year} killed {n} soldiers.",
    "Days after the handover, drone footage appeared to show bodies being buried near {town}.",
    "Human rights groups said troops summarily executed {n} men in {village} "
    "between {day} and {day2} {month} {year}.",
    "The army said it killed {n} terrorists in operations around {town} from {month} {day} to {day2}.",
]  # fmt: skip

FILLER_TEMPLATES = [
    "The security situation around {town} has deteriorated steadily over the past two years, according to "
    "local officials who asked not to be named because they were not authorised to speak to the press.",
    "Analysts say the authorities are betting on a military solution in the centre of the country, while "
    "the political questions that fuelled the conflict in the first place remain largely unaddressed.",
    "Many families depend on livestock and on trade with markets across the border, and every closure of a "
    "road or a weekly market pushes more of them towards the towns or into the camps for displaced people.",
    "\u201cWe no longer travel on the road after dark, and the lorries that used to bring grain now come "
    "once a month at best,\u201d a trader in {town} said in a telephone interview.",
    "{actor} has repeatedly denied accusations of abuses, saying that its operations target only armed "
    "groups and that any misconduct by individual soldiers will be investigated and punished.",
    "Diplomats describe relations with {org} as tense but not broken, and several of them expect a "
    "negotiated arrangement on the timetable once the current round of consultations is over.",
    "Observers question whether the transition can end with credible elections when large parts of the "
    "territory remain outside the control of the state and voter registration has barely begun.",
    "Food prices have risen sharply since the start of the lean season, aid agencies say, and funding for "
    "the humanitarian response covers less than a third of what they estimate is needed this year.",
    "Several armed groups are active in the area, and their alliances shift often, which makes it hard for "
    "outsiders to know who controls which villages from one month to the next.",
    "The government has promised to reopen the schools closed by insecurity, but teachers say they will "
    "not return until they are paid and until the roads to their posts are safe again.",
    "Local leaders say dialogue with the armed groups is the only way to end the violence, a view that "
    "officials in the capital publicly reject but that many of them privately share.",
    "Researchers who have worked in the region for a decade describe a slow erosion of the institutions "
    "that once settled disputes over land, water and grazing between neighbouring communities.",
    "Since the coup, the junta has leaned on new partners and has portrayed the sanctions imposed by its "
    "neighbours as an attack on the sovereignty of the country.",
    "The withdrawal of foreign troops left gaps that the army has struggled to fill, especially around the "
    "bases that were handed over in the north and in the centre.",
    "Reports of killings of civilians during military operations have strained relations with donors, who "
    "ask for independent investigations before they resume their support.",
    "Protests in the capital have been rare since the transition began, and opposition figures say they "
    "fear arrest if they criticise the authorities in public.",
]  # fmt: skip


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


class Generator:
    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        places = _rows(ROOT / "data" / "gazetteer.csv")
        ml = [p for p in places if p.get("country_code") == "ML" and p.get("latitude")]
        self.towns = [p["name"] for p in ml if p["feature"] == "town"] or ["Gao"]
        self.villages = [p["name"] for p in ml if p["feature"] in {"village", "town"}] or ["Moura"]
        actors = _rows(ROOT / "data" / "actors.csv")
        self.states = [a["name"] for a in actors if a["kind"] in {"state", "state military"}]
        self.forces = ["French troops", "Barkhane forces", "The French army"]
        self.missions = ["MINUSMA", "The UN mission"]
        self.orgs = ["ECOWAS", "the African Union", "the European Union"]
        self.ngos = ["Human Rights Watch", "Amnesty International"]

    def _fill(self, template: str) -> str:
        r = self.rng
        day = r.randint(1, 26)
        return template.format(
            day=day,
            day2=day + r.randint(1, 2),
            month=r.choice(MONTHS),
            year=r.randint(2012, 2024),
            town=r.choice(self.towns),
            town2=r.choice(self.towns),
            village=r.choice(self.villages),
            n=r.randint(3, 160),
            actor=r.choice(self.states),
            force=r.choice(self.forces),
            mission=r.choice(self.missions),
            org=r.choice(self.orgs),
            ngo=r.choice(self.ngos),
        )

    def article(self, number: int) -> str:
        r = self.rng
        published = dt.date(2012, 1, 1) + dt.timedelta(days=r.randint(0, 13 * 365))
        title = f"Report {number}: {r.choice(self.towns)} and the {r.choice(['north', 'centre', 'south'])}"
        lines = [title, "", f"Published {published.day} {MONTHS[published.month - 1]} {published.year}", ""]
        for _ in range(r.randint(6, 14)):
            sentences = []
            for _ in range(r.randint(2, 5)):
                pool = EVENT_TEMPLATES if r.random() < EVENT_SHARE else FILLER_TEMPLATES
                sentences.append(self._fill(r.choice(pool)))
            lines += [" ".join(sentences), ""]
        return "\n".join(lines)


def write_corpus(out: Path, megabytes: float, seed: int = 7) -> list[Path]:
    """Articles totalling about ``megabytes`` MB, one UTF-8 file each."""
    out.mkdir(parents=True, exist_ok=True)
    generator = Generator(seed)
    target, total = int(megabytes * 1_000_000), 0
    files: list[Path] = []
    while total < target:
        path = out / f"synthetic_{len(files):05d}.txt"
        data = generator.article(len(files)).encode("utf-8")
        path.write_bytes(data)
        files.append(path)
        total += len(data)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    files = write_corpus(args.out, args.mb, args.seed)
    print(f"{len(files)} articles, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


# --- events -------------------------------------------------------------------------------------

EVENT_MIX = {"other": 0.66, "atrocity": 0.3, "base_handover": 0.02, "coup_attempt": 0.01, "coup": 0.01}


def events_frame(n: int, seed: int = 11):  # -> pandas.DataFrame (imported lazily: the corpus needs no pandas)
    """``n`` events in the build's schema, clustered around Malian towns over 2012–2025.

    Most events sit near a town (weighted towards the large ones, a few kilometres
    off), some exactly on it, a few only at the level of the country, and their dates
    come in bursts, as in ACLED data for Mali.
    """
    import geopandas as gpd
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    gazetteer = _rows(ROOT / "data" / "gazetteer.csv")
    places = [p for p in gazetteer if p.get("country_code") == "ML" and p.get("latitude")]
    towns = [p for p in places if p["feature"] in {"town", "village", "camp"}]
    weights = np.array([3.0 if p["feature"] == "town" else 1.0 for p in towns])
    weights /= weights.sum()
    country = next(p for p in places if p["feature"] == "country")
    pick = rng.choice(len(towns), size=n, p=weights)
    gp = rng.choice([1, 2, 3], size=n, p=[0.55, 0.35, 0.10])
    lat = np.array([float(towns[i]["latitude"]) for i in pick])
    lon = np.array([float(towns[i]["longitude"]) for i in pick])
    jitter = np.where(gp == 2, 0.15, 0.0)
    lat = lat + rng.normal(0, 1, n) * jitter
    lon = lon + rng.normal(0, 1, n) * jitter
    lat = np.where(gp == 3, float(country["latitude"]), lat)
    lon = np.where(gp == 3, float(country["longitude"]), lon)
    location = np.where(gp == 3, country["name"], np.array([towns[i]["name"] for i in pick]))
    place_id = np.where(gp == 3, country["place_id"], np.array([towns[i]["place_id"] for i in pick]))
    # dates in bursts: a few hundred "crisis months" carry most events
    first, last = np.datetime64("2012-01-01"), np.datetime64("2025-12-31")
    span = int((last - first).astype(int))
    centres = rng.integers(0, span, size=300)
    start = np.clip(rng.choice(centres, size=n) + rng.normal(0, 20, n).astype(int), 0, span)
    precision = rng.choice([1, 2, 3], size=n, p=[0.8, 0.15, 0.05])
    length = np.where(precision == 1, 0, np.where(precision == 2, 29, 364))
    event_date = first + start.astype("timedelta64[D]")
    end_date = event_date + length.astype("timedelta64[D]")
    types = rng.choice(list(EVENT_MIX), size=n, p=list(EVENT_MIX.values()))
    deaths = np.where(rng.random(n) < 0.45, 0, np.round(rng.lognormal(1.2, 1.1, n))).astype(int)
    actors = [a["name"] for a in _rows(ROOT / "data" / "actors.csv")]
    reviewed = rng.random(n) < 0.8
    ids = np.char.add("syn-", np.char.zfill(np.arange(n).astype(str), 6))
    frame = pd.DataFrame(
        {
            "event_id": ids,
            "event_date": event_date.astype(str),
            "end_date": end_date.astype(str),
            "time_precision": precision,
            "event_type": types,
            "sub_event_type": np.where(types == "atrocity", "attack on civilians", "armed clash"),
            "actor1": rng.choice(actors, size=n),
            "actor2": rng.choice(actors, size=n),
            "location": location,
            "admin1": "",
            "admin2": "",
            "country": "ML",
            "latitude": lat.round(5),
            "longitude": lon.round(5),
            "geo_precision": gp,
            "fatalities": pd.array(deaths, dtype="Int64"),
            "fatalities_low": pd.array(deaths, dtype="Int64"),
            "fatalities_high": pd.array(deaths, dtype="Int64"),
            "notes": "synthetic event for benchmarks",
            "source": "synthetic",
            "source_quote": "Synthetic event generated for a benchmark.",
            "source_id": "synthetic",
            "char_start": pd.array([None] * n, dtype="Int64"),
            "char_end": pd.array([None] * n, dtype="Int64"),
            "place_id": place_id,
            "confidence": np.round(rng.uniform(0.3, 1.0, n), 3),
            "reviewed": reviewed,
            "status": np.where(reviewed, "reviewed", "machine"),
            "extractor_version": "",
            "claims": "[]",
            "sources": "[]",
            "date_claims": "[]",
        }
    )
    points = gpd.points_from_xy(frame["longitude"], frame["latitude"])
    return gpd.GeoDataFrame(frame, geometry=points, crs=4326)


def acled_csv(n: int, seed: int = 13) -> str:
    """``n`` synthetic rows in ACLED's CSV export layout (for the import benchmark)."""
    import io

    frame = events_frame(n, seed)
    kinds = {"atrocity": ("Violence against civilians", "Attack"), "other": ("Battles", "Armed clash")}
    out = io.StringIO()
    from geo.datasets import ACLED_COLUMNS

    writer = csv.writer(out)
    writer.writerow(ACLED_COLUMNS)
    for i, r in enumerate(frame.itertuples(index=False)):
        kind, sub = kinds.get(r.event_type, ("Strategic developments", "Other"))
        writer.writerow([
            f"MLI{i + 1}", r.event_date, r.event_date[:4], min(r.time_precision, 3), "Political violence",
            kind, sub, r.actor1, "", 1, r.actor2, "", 2, 12, "", 466, "Western Africa",
            "Mali", "", "", "", r.location, r.latitude, r.longitude, r.geo_precision, "Synthetic source",
            "National", "Synthetic row for the import benchmark.", r.fatalities, "", 1700000000 + i,
        ])  # fmt: skip
    return out.getvalue()
