"""Text-derived events beside the dataset events that may be the same event.

For an event from the texts, the candidates are the imported dataset events
(ACLED, UCDP…) of the same *family* whose date windows lie within a week of its
own and whose points lie within 25 km — or anywhere in the country when either
side is only placed at country level. Differences in date, place and fatalities
are what an analyst checks first, so they are computed here and highlighted by
the panel.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from geo.gazetteer import haversine_km

MAX_DAYS = 7
MAX_KM = 25.0
_VIOLENT = (
    "attack",
    "clash",
    "battle",
    "explosi",
    "ambush",
    "violence",
    "killing",
    "armed",
    "massacre",
    "strike",
)


def family(event_type: str, sub_event_type: str = "") -> str:
    """Coarse groups that the two kinds of source both distinguish."""
    if event_type in {"coup", "coup_attempt"}:
        return "seizure of power"
    if event_type == "base_handover":
        return "military presence"
    if event_type == "atrocity":
        return "violence"
    sub = (sub_event_type or "").lower()
    return "violence" if any(word in sub for word in _VIOLENT) else "political"


def candidates(frame: pd.DataFrame, event: pd.Series) -> pd.DataFrame:
    """Dataset events that may report ``event``, nearest first, with ``km`` and ``days`` apart."""
    others = frame[frame["layer"] != "text"]
    if others.empty or pd.isna(event.get("latitude")) or pd.isna(event.get("longitude")):
        return others.iloc[0:0].assign(km=[], days=[])
    start, end = int(event["start_day"]), int(event["end_day"])
    gap = np.maximum(others["start_day"].to_numpy() - end, start - others["end_day"].to_numpy())
    close_in_time = gap <= MAX_DAYS
    others = others[close_in_time]
    gap = gap[close_in_time]
    wanted = family(str(event["event_type"]), str(event.get("sub_event_type") or ""))
    same = np.array(
        [
            family(str(t), str(s)) == wanted
            for t, s in zip(others["event_type"], others["sub_event_type"], strict=True)
        ],
        dtype=bool,
    )
    others, gap = others[same], gap[same]
    if others.empty:
        return others.assign(km=[], days=[])
    km = np.array(
        [
            haversine_km(float(event["latitude"]), float(event["longitude"]), float(lat), float(lon))
            for lat, lon in zip(others["latitude"], others["longitude"], strict=True)
        ]
    )
    coarse = (int(event["geo_precision"]) == 3) | (others["geo_precision"].to_numpy() == 3)
    near = (km <= MAX_KM) | coarse
    out = others[near].assign(km=km[near].round(1), days=np.maximum(gap[near], 0))
    return out.sort_values(["km", "days"])


def comparison(event: pd.Series, matches: pd.DataFrame) -> pd.DataFrame:
    """One row per source (ours first): date, place, fatalities, type; plus which cells differ."""
    rows = [
        {
            "source": "the texts",
            "date": _window(event),
            "place": str(event.get("location") or ""),
            "km": 0.0,
            "fatalities": event.get("fatalities"),
            "type": str(event.get("sub_event_type") or event["event_type"]),
        }
    ]
    for _, m in matches.iterrows():
        rows.append(
            {
                "source": str(m.get("source") or m["layer"]),
                "date": _window(m),
                "place": str(m.get("location") or ""),
                "km": float(m["km"]),
                "fatalities": m.get("fatalities"),
                "type": str(m.get("sub_event_type") or m["event_type"]),
            }
        )
    return pd.DataFrame(rows)


def differing(table: pd.DataFrame) -> pd.DataFrame:
    """True where a dataset row's date, place or fatalities differ from the texts' (row 0)."""
    flags = pd.DataFrame(False, index=table.index, columns=table.columns)
    if table.empty:
        return flags
    ours = table.iloc[0]
    for col in ("date", "place", "fatalities"):
        flags[col] = [i > 0 and not _same(v, ours[col]) for i, v in enumerate(table[col])]
    flags["km"] = [i > 0 and v > 1.0 for i, v in enumerate(table["km"])]
    return flags


def _same(a: Any, b: Any) -> bool:
    if pd.isna(a) and pd.isna(b):
        return True
    return str(a).strip().lower() == str(b).strip().lower()


def _window(row: pd.Series) -> str:
    first, last = str(row["event_date"])[:10], str(row["end_date"])[:10]
    return first if first == last else f"{first} – {last}"
