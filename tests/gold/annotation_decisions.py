"""The hand annotation of tests/gold/places.csv, written as per-document decisions.

Each entry says which spelling in which document names which place, and which
occurrences are *not* place mentions under the guidelines in README.md (parts
of organisation names, adjectives, URLs). Running it regenerates the offsets:

    python tests/gold/annotation_decisions.py [-v]

The decisions were made by reading the texts, not by running the geoparser.
"""

import csv
import re
import sys
from pathlib import Path
from typing import TypedDict

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
OUT = Path(__file__).with_name("places.csv")

Decision = tuple[str, str, list[str], dict[str, str]]


class Row(TypedDict):
    doc: str
    start: int
    end: int
    text: str
    place_id: str


# (regex for the mention, place_id, [regexes on the 60 chars around that EXCLUDE an occurrence], {occurrence_index: override_place_id})
COMMON: list[Decision] = [
    (r"\bMali\b", "country-ml", [], {}),
    (r"\bFrance\b", "country-fr", [], {}),
    (r"\bBamako\b", "ml-bamako", [], {}),
]
SPEC: dict[str, list[Decision]] = {
    "000_a7090f6412768669.txt": COMMON
    + [
        (r"\bGossi\b", "ml-gossi", [], {"near the Gossi base": "ml-gossi-base"}),
        (r"\bMoura\b", "ml-moura", [], {}),
        (r"\bDjenné\b", "ml-cercle-djenne", [], {}),
        (r"\bMopti Region\b", "ml-region-mopti", [], {}),
        (r"\bOgossagou\b", "ml-ogossagou", [], {}),
        (r"\bNiger\b", "country-ne", [], {}),
        (r"\bRussia\b", "country-ru", [], {}),
        (r"\bGourma-Rharous\b", "ml-cercle-gourma-rharous", [], {}),
        (r"\bTimbuktu Region\b", "ml-region-tombouctou", [], {}),
    ],
    "001_8ec6eb1caed18ca7.txt": COMMON
    + [
        (r"\bAfrica\b", "continent-af", [], {}),
        (r"\bKati\b", "ml-kati-camp", [], {}),
        (r"\bUnited States\b", "country-us", [], {}),
        (r"\bChad\b", "country-td", [], {}),
    ],
    "002_384d31c64cafb91c.txt": COMMON
    + [
        (r"\bKati\b", "ml-kati", [], {}),
        (r"\bSoundiata\b", "ml-kati-camp", [], {}),
        (r"\bUS\b", "country-us", [r"US International Military"], {}),
        (r"\bU\.S\.", "country-us", [r"U\.S\. Special Operations", r"U\.S\.-led"], {}),
        (r"\bUnited States\b", "country-us", [r"United States Special Operations"], {}),
        (r"\bSahel\b", "region-sahel", [r"Five Sahel Forces"], {}),
        (r"\bEurope\b", "continent-eu", [], {}),
        (r"\bLibya\b", "country-ly", [], {}),
        (r"\bAfrica\b", "continent-af", [r"Operations Command Africa"], {}),
        (r"\bWest Africa\b", "region-west-africa", [], {}),
    ],
    "003_6d0ff5316dbfbd6b.txt": COMMON
    + [
        (r"\bUnited States\b", "country-us", [], {}),
        (r"\bWest Africa\b", "region-west-africa", [], {}),
        (r"\bAlaska\b", "us-alaska", [], {}),
        (r"\bSahel\b", "region-sahel", [r"G-5 Sahel", r"Alliance of Sahel States"], {}),
        (r"\bBurkina Faso\b", "country-bf", [], {}),
        (r"\bChad\b", "country-td", [], {}),
        (r"\bMauritania\b", "country-mr", [], {}),
        (r"\bNiger\b", "country-ne", [], {}),
        (r"\bU\.S\.", "country-us", [], {}),
        (r"\bBambouk\b", "ml-bambouk", [], {}),
    ],
    "004_2a06384677e53ce2.txt": COMMON
    + [
        (r"\bEurope\b", "continent-eu", [], {}),
        (r"\bUnited States\b", "country-us", [], {}),
        (r"\bChad\b", "country-td", [], {}),
        (r"\bSahel\b", "region-sahel", [r"Sahel-wide", r"G5 Sahel Joint", r"Coalition for the Sahel"], {}),
        (r"\bKidal\b", "ml-kidal", [], {}),
        (r"\bMopti Region\b", "ml-region-mopti", [], {}),
        (r"\bKoulouba\b", "ml-koulouba", [], {}),
    ],
}
rows: list[Row] = []
for doc, specs in SPEC.items():
    text = (SEEDS / doc).read_text(encoding="utf-8")
    spans: list[tuple[int, int, str, str]] = []
    for pat, pid, excl, overrides in specs:
        for m in re.finditer(pat, text):
            # an exclusion applies when its pattern covers this very occurrence
            offset = max(0, m.start() - 40)
            ctx = text[offset : m.end() + 40]
            if any(
                w.start() + offset <= m.start() < w.end() + offset for e in excl for w in re.finditer(e, ctx)
            ):
                continue
            # no place inside URLs
            line_start = text.rfind("\n", 0, m.start()) + 1
            if re.search(r"https?://\S*$", text[line_start : m.start()]):
                continue
            chosen = pid
            for key, alt in overrides.items():
                if key in ctx:
                    chosen = alt
            spans.append((m.start(), m.end(), m.group(), chosen))
    # longer spans win over contained ones (West Africa vs Africa)
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str, str]] = []
    for s in spans:
        if kept and s[0] < kept[-1][1]:
            continue
        kept.append(s)
    for s in kept:
        rows.append({"doc": doc, "start": s[0], "end": s[1], "text": s[2], "place_id": s[3]})
with open(OUT, "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=["doc", "start", "end", "text", "place_id"], lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
print(len(rows))
if "-v" in sys.argv:
    for r in rows:
        text = (SEEDS / r["doc"]).read_text(encoding="utf-8")
        ctx = text[max(0, r["start"] - 45) : r["end"] + 35].replace("\n", " ")
        print(f"{r['doc'][:3]} {r['start']:6} {r['place_id']:22} | {ctx}")
