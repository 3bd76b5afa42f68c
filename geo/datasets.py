"""ACLED and UCDP GED exports into the event model, as layers beside the text-derived events.

Each reader takes the dataset's own CSV export — its column names, date formats
and precision codes, as its codebook defines them — and returns the events in
the build's record columns plus ``layer``, with a report of every row it had to
skip and why. Rows are converted with vectorised pandas, so 100,000 rows take
seconds; the good rows load even when some are bad.

Type mapping (ours are coarser; the dataset's own type is kept in
``sub_event_type``):

* ACLED *Violence against civilians* → ``atrocity``; rows whose notes describe a
  coup, a coup attempt or a base handover (our trigger words) → those types;
  everything else → ``other``.
* UCDP ``type_of_violence`` 3 (one-sided violence) → ``atrocity``; 1 and 2
  (state-based, non-state) → ``other``.

Precision codes: ACLED ``time_precision`` 1 day, 2 week, 3 month → our 1, 2, 2;
``geo_precision`` 1–3 as ours. UCDP ``date_prec`` 1 exact → 1, 2–4 (days, week,
month) → 2, 5 (within a year) → 3; ``where_prec`` 1 → 1, 2–5 (near a place, an
admin-2 or admin-1 area, a linear feature) → 2, 6–7 (country, waters) → 3.
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from geo.model import EVENT_COLUMNS

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
ACLED_REQUIRED = ("event_id_cnty", "event_date", "event_type", "latitude", "longitude")

UCDP_COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
    "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
    "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)  # fmt: skip
UCDP_REQUIRED = ("id", "type_of_violence", "date_start", "date_end", "latitude", "longitude")

UCDP_VIOLENCE = {1: "state-based conflict", 2: "non-state conflict", 3: "one-sided violence"}
KINDS = {"acled": "ACLED", "ucdp": "UCDP GED"}

_COUP = re.compile(r"\bcoup\b|\bputsch\b|\bseized power\b|\bmutin", re.I)
_COUP_ATTEMPT = re.compile(r"\b(?:attempted|failed|foiled|alleged)\s+coup\b|\bcoup\s+(?:attempt|plot)", re.I)
_HANDOVER = re.compile(
    r"\b(?:handed over|handover of|transferred|retroceded)\b[^.]{0,60}\b(?:base|camp)\b"
    r"|\bwithdr\w+\s+from\b[^.]{0,40}\b(?:base|camp)\b",
    re.I,
)


class DatasetError(ValueError):
    """The file is not a usable export of this dataset (nothing was imported)."""


@dataclass
class ImportResult:
    kind: str
    layer: str
    frame: pd.DataFrame
    rows_read: int
    skipped: list[str] = field(default_factory=list)

    @property
    def loaded(self) -> int:
        return len(self.frame)


def read_csv(
    data: bytes | str | Path,
    required: tuple[str, ...],
    name: str,
    report: list[str] | None = None,
    columns: tuple[str, ...] = (),
) -> pd.DataFrame:
    """The export as strings, refusing a file that lacks the columns nothing can be made without.

    Lines with the wrong number of fields are skipped and noted in ``report``; the optional
    ``columns`` a file lacks are added empty.
    """
    report = report if report is not None else []
    if isinstance(data, Path):
        data = data.read_bytes()
    if isinstance(data, bytes):
        if b"\x00" in data[:4096]:
            raise DatasetError(f"{name}: binary data, not a CSV export")
        text = data.decode("utf-8-sig", errors="replace")
    else:
        text = data
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, on_bad_lines="warn")
        except (pd.errors.ParserError, pd.errors.EmptyDataError, csv.Error, UnicodeError, ValueError) as exc:
            raise DatasetError(f"{name}: not a readable CSV file ({exc})") from None
    for warning in caught:
        for line in str(warning.message).splitlines():
            if line.strip().startswith("Skipping line"):
                report.append(line.strip().rstrip("\n").replace("Skipping line", "line", 1) + " (skipped)")
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise DatasetError(
            f"{name}: missing the column{'s' if len(missing) > 1 else ''} {', '.join(missing)} — "
            "is this the dataset's own CSV export?"
        )
    for col in columns:
        if col not in frame.columns:
            frame[col] = ""
    return frame


def _numbers(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series.str.strip().str.replace(",", "", regex=False), errors="coerce")


def _skip(report: list[str], mask: np.ndarray, ids: pd.Series, why: str, row_offset: int = 2) -> None:
    for i in np.flatnonzero(mask)[:200]:
        report.append(f"row {i + row_offset} ({ids.iloc[i] or 'no id'}): {why}")
    if mask.sum() > 200:
        report.append(f"… and {int(mask.sum()) - 200} more rows: {why}")


def _finish(frame: pd.DataFrame, layer: str, label: str) -> pd.DataFrame:
    out = frame.copy()
    out["layer"] = layer
    out["status"] = "dataset"
    out["reviewed"] = True
    out["confidence"] = 1.0
    out["extractor_version"] = ""
    out["char_start"] = pd.array([None] * len(out), dtype="Int64")
    out["char_end"] = pd.array([None] * len(out), dtype="Int64")
    out["place_id"] = ""
    out["named_place"] = ""
    out["coordinate_source"] = label
    out["source_id"] = label
    out["date_claims"] = "[]"
    for col in ("fatalities", "fatalities_low", "fatalities_high"):
        out[col] = out[col].astype("Int64")
    for col in ("time_precision", "geo_precision"):
        out[col] = out[col].astype("int64")
    columns = [*EVENT_COLUMNS, "claims", "sources", "date_claims", "layer"]
    return out[columns].reset_index(drop=True)


def _acled_dates(values: pd.Series) -> pd.Series:
    """ACLED writes ``2022-03-27`` in current exports and ``27 March 2022`` in older ones."""
    iso = pd.to_datetime(values, format="%Y-%m-%d", errors="coerce")
    long = pd.to_datetime(values, format="%d %B %Y", errors="coerce")
    slash = pd.to_datetime(values, format="%d/%m/%Y", errors="coerce")
    return iso.fillna(long).fillna(slash)


def import_acled(data: bytes | str | Path, name: str = "acled.csv", layer: str = "acled") -> ImportResult:
    report: list[str] = []
    raw = read_csv(data, ACLED_REQUIRED, name, report, ACLED_COLUMNS)
    ids = raw["event_id_cnty"]
    date = _acled_dates(raw["event_date"].str.strip())
    lat, lon = _numbers(raw["latitude"]), _numbers(raw["longitude"])
    bad_date = date.isna().to_numpy()
    bad_point = (lat.isna() | lon.isna() | (lat.abs() > 90) | (lon.abs() > 180)).to_numpy()
    no_id = (ids.str.strip() == "").to_numpy()
    _skip(report, bad_date, ids, "event_date is not a date")
    _skip(report, bad_point & ~bad_date, ids, "latitude/longitude missing or out of range")
    _skip(report, no_id & ~bad_date & ~bad_point, ids, "no event_id_cnty")
    keep = ~(bad_date | bad_point | no_id)
    rows = raw[keep].reset_index(drop=True)
    date = date[keep].reset_index(drop=True)
    tp_code = _numbers(rows["time_precision"]).fillna(1).clip(1, 3).astype(int)
    # a week or a month: the window ACLED's date stands for
    end = date + pd.to_timedelta(np.where(tp_code == 2, 6, np.where(tp_code == 3, 29, 0)), unit="D")
    start = date
    notes = rows["notes"].fillna("")
    kind = rows["event_type"].str.strip()
    civilians = (kind.str.lower() == "violence against civilians").to_numpy()
    event_type = np.where(civilians, "atrocity", "other")
    for pattern, label in ((_COUP, "coup"), (_COUP_ATTEMPT, "coup_attempt"), (_HANDOVER, "base_handover")):
        event_type = np.where(~civilians & notes.str.contains(pattern).to_numpy(), label, event_type)
    deaths = _numbers(rows["fatalities"]).round()
    actor1 = rows["actor1"].str.strip()
    actor2 = rows["actor2"].str.strip()
    source = rows["source"].str.strip()
    frame = pd.DataFrame(
        {
            "event_id": "acled-" + rows["event_id_cnty"].str.strip(),
            "event_date": start.dt.strftime("%Y-%m-%d"),
            "end_date": end.dt.strftime("%Y-%m-%d"),
            "time_precision": np.where(tp_code == 1, 1, 2),
            "event_type": event_type,
            "sub_event_type": (kind + ": " + rows["sub_event_type"].str.strip()).str.strip(": "),
            "actor1": actor1,
            "actor2": actor2,
            "location": rows["location"].str.strip(),
            "admin1": rows["admin1"].str.strip(),
            "admin2": rows["admin2"].str.strip(),
            "country": rows["iso"]
            .str.strip()
            .where(rows["iso"].str.strip() != "", rows["country"].str.strip()),
            "latitude": lat[keep].reset_index(drop=True).round(5),
            "longitude": lon[keep].reset_index(drop=True).round(5),
            "geo_precision": _numbers(rows["geo_precision"]).fillna(1).clip(1, 3).astype(int),
            "fatalities": deaths,
            "fatalities_low": deaths,
            "fatalities_high": deaths,
            "notes": notes.str.strip(),
            "source": "ACLED (" + source + ")",
            "source_quote": notes.str.strip(),
            "claims": [
                json.dumps(
                    [
                        {
                            "kind": "killed",
                            "low": int(d),
                            "best": int(d),
                            "high": int(d),
                            "claimant": f"ACLED ({s})",
                        }
                    ]
                    if d == d
                    else [],
                    ensure_ascii=False,
                )
                for d, s in zip(deaths, source, strict=True)
            ],
            "sources": [
                json.dumps([{"source": f"ACLED ({s})" if s else "ACLED", "quote": n}], ensure_ascii=False)
                for s, n in zip(source, notes.str.strip(), strict=True)
            ],
        }
    )
    return ImportResult("acled", layer, _finish(frame, layer, "ACLED"), len(raw), report)


def import_ucdp(data: bytes | str | Path, name: str = "ged.csv", layer: str = "ucdp") -> ImportResult:
    report: list[str] = []
    raw = read_csv(data, UCDP_REQUIRED, name, report, UCDP_COLUMNS)
    ids = raw["id"]
    start = pd.to_datetime(raw["date_start"].str.strip().str[:10], format="%Y-%m-%d", errors="coerce")
    end = pd.to_datetime(raw["date_end"].str.strip().str[:10], format="%Y-%m-%d", errors="coerce")
    lat, lon = _numbers(raw["latitude"]), _numbers(raw["longitude"])
    violence = _numbers(raw["type_of_violence"])
    bad_date = (start.isna() | end.isna() | (end < start)).to_numpy()
    bad_point = (lat.isna() | lon.isna() | (lat.abs() > 90) | (lon.abs() > 180)).to_numpy()
    bad_type = ~violence.isin([1, 2, 3]).to_numpy()
    _skip(report, bad_date, ids, "date_start/date_end missing, not dates, or end before start")
    _skip(report, bad_point & ~bad_date, ids, "latitude/longitude missing or out of range")
    _skip(report, bad_type & ~bad_date & ~bad_point, ids, "type_of_violence is not 1, 2 or 3")
    keep = ~(bad_date | bad_point | bad_type)
    rows = raw[keep].reset_index(drop=True)
    start, end = start[keep].reset_index(drop=True), end[keep].reset_index(drop=True)
    violence = violence[keep].reset_index(drop=True).astype(int)
    date_prec = _numbers(rows["date_prec"]).fillna(1).clip(1, 5).astype(int)
    where_prec = _numbers(rows["where_prec"]).fillna(1).clip(1, 7).astype(int)
    best, low, high = (_numbers(rows[c]).round() for c in ("best", "low", "high"))
    low, high = low.fillna(best), high.fillna(best)
    side_a, side_b = rows["side_a"].str.strip(), rows["side_b"].str.strip()
    headline = rows["source_headline"].str.strip()
    original = rows["source_original"].str.strip()
    label = (
        "UCDP GED ("
        + rows["source_office"].str.strip().where(rows["source_office"].str.strip() != "", "")
        + ")"
    )
    label = label.str.replace(" ()", "", regex=False)
    description = rows["where_description"].str.strip()
    frame = pd.DataFrame(
        {
            "event_id": "ucdp-" + rows["id"].str.strip(),
            "event_date": start.dt.strftime("%Y-%m-%d"),
            "end_date": end.dt.strftime("%Y-%m-%d"),
            "time_precision": np.where(date_prec == 1, 1, np.where(date_prec <= 4, 2, 3)),
            "event_type": np.where(violence == 3, "atrocity", "other"),
            "sub_event_type": violence.map(UCDP_VIOLENCE),
            "actor1": side_a,
            "actor2": side_b,
            "location": description.where(description != "", rows["adm_2"].str.strip()),
            "admin1": rows["adm_1"].str.strip(),
            "admin2": rows["adm_2"].str.strip(),
            "country": rows["country"].str.strip(),
            "latitude": lat[keep].reset_index(drop=True).round(5),
            "longitude": lon[keep].reset_index(drop=True).round(5),
            "geo_precision": np.where(where_prec == 1, 1, np.where(where_prec <= 5, 2, 3)),
            "fatalities": best,
            "fatalities_low": low,
            "fatalities_high": high,
            "notes": (rows["conflict_name"].str.strip() + "; " + rows["dyad_name"].str.strip()).str.strip(
                "; "
            ),
            "source": label,
            "source_quote": headline.where(headline != "", original),
            "claims": [
                json.dumps(
                    [{"kind": "killed", "low": int(lo), "best": int(b), "high": int(hi), "claimant": lab}]
                    if b == b
                    else [],
                    ensure_ascii=False,
                )
                for b, lo, hi, lab in zip(best, low, high, label, strict=True)
            ],
            "sources": [
                json.dumps([{"source": lab, "quote": q or o}], ensure_ascii=False)
                for lab, q, o in zip(label, headline, original, strict=True)
            ],
        }
    )
    return ImportResult("ucdp", layer, _finish(frame, layer, "UCDP GED"), len(raw), report)


READERS = {"acled": import_acled, "ucdp": import_ucdp}
