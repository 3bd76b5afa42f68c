"""Military bases and who holds them over time, derived from the events.

A base is a gazetteer place of feature ``camp`` that the data names (an event is
placed there). Its holder changes at each ``base_handover`` event placed at it:
``actor1`` held it before, ``actor2`` after. A base with no recorded handover is
shown as held by the national forces of its country, and says so.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pandas as pd

from geo.gazetteer import Gazetteer

_FOREIGN = re.compile(r"\b(france|french|barkhane|serval|takuba|wagner|russia|united states|u\.s\.)\b", re.I)
_UN = re.compile(r"\b(un|u\.n\.|united nations|minusma)\b", re.I)
_NATIONAL = re.compile(r"\b(mali|malian|fama|national)\b", re.I)


def holder_kind(actor: str) -> str:
    if _UN.search(actor):
        return "un"
    if _FOREIGN.search(actor):
        return "foreign"
    if _NATIONAL.search(actor):
        return "national"
    return "unknown"


def bases_frame(events: pd.DataFrame, gazetteer: Gazetteer) -> pd.DataFrame:
    """One row per base named by the events, with its handovers in date order."""
    rows = []
    camp_ids = sorted(
        {
            pid
            for pid in events["place_id"].dropna().unique()
            if pid in gazetteer.places and gazetteer.get(pid).feature == "camp"
        }
    )
    for pid in camp_ids:
        place = gazetteer.get(pid)
        handovers = events[(events["place_id"] == pid) & (events["event_type"] == "base_handover")]
        handovers = handovers.sort_values("start")
        steps = [
            {
                "date": row["start"].date().isoformat(),
                "from": row["actor1"] or "unknown",
                "to": row["actor2"] or "unknown",
                "event_id": row["event_id"],
            }
            for _, row in handovers.iterrows()
        ]
        if steps:
            history = "; ".join(f"{s['from']} → {s['to']} on {s['date']}" for s in steps)
        else:
            history = "no handover recorded"
        short = place.name.split(" (")[0]
        rows.append(
            {
                "place_id": pid,
                "name": place.name,
                "short": f"{short} base",
                "latitude": place.latitude,
                "longitude": place.longitude,
                "handovers": json.dumps(steps, ensure_ascii=False),
                "history": history,
                "country_code": place.country_code,
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "place_id",
            "name",
            "short",
            "latitude",
            "longitude",
            "handovers",
            "history",
            "country_code",
        ],
    )


def holder_on(base: pd.Series, on: dt.date) -> tuple[str, str, dt.date | None]:
    """Who holds ``base`` on ``on``: (holder, kind, since when)."""
    steps = json.loads(base["handovers"]) if base["handovers"] else []
    if not steps:
        return "national forces (no handover recorded)", "national", None
    holder, since = steps[0]["from"], None
    for step in steps:
        when = dt.date.fromisoformat(step["date"])
        if when <= on:
            holder, since = step["to"], when
    return holder, holder_kind(holder), since
