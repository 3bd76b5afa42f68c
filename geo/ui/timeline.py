"""The timeline under the map: events per month by type, the current window shaded.

Dragging across the chart selects a new window; the page applies it to the slider.
"""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd

from geo.maps import EVENT_STYLES
from geo.model import EVENT_TYPE_LABELS, EVENT_TYPES

BRUSH = "window"


def chart(
    counts: pd.DataFrame, start: dt.date, end: dt.date, span: tuple[dt.date, dt.date]
) -> alt.LayerChart:
    """Stacked monthly bars by type with the selected window highlighted behind them."""
    domain = [EVENT_TYPE_LABELS[t] for t in EVENT_TYPES]
    colors = [EVENT_STYLES[t]["color"] for t in EVENT_TYPES]
    data = counts.assign(type_label=counts["event_type"].map(EVENT_TYPE_LABELS))
    x_scale = alt.Scale(domain=[pd.Timestamp(span[0]).isoformat(), pd.Timestamp(span[1]).isoformat()])
    window = (
        alt.Chart(pd.DataFrame({"start": [pd.Timestamp(start)], "end": [pd.Timestamp(end)]}))
        .mark_rect(color="#fde9b0", opacity=0.8)
        .encode(x=alt.X("start:T", scale=x_scale), x2="end:T")
    )
    brush = alt.selection_interval(encodings=["x"], name=BRUSH)
    bars = (
        alt.Chart(data)
        .mark_bar(size=4)
        .encode(
            x=alt.X(
                "yearmonth(month):T", title=None, scale=x_scale, axis=alt.Axis(format="%Y", tickCount="year")
            ),
            y=alt.Y("sum(events):Q", title="events / month", axis=alt.Axis(tickMinStep=1)),
            color=alt.Color(
                "type_label:N",
                scale=alt.Scale(domain=domain, range=colors),
                legend=alt.Legend(orient="top", title=None),
            ),
            tooltip=[
                alt.Tooltip("yearmonth(month):T", title="month"),
                alt.Tooltip("type_label:N", title="type"),
                alt.Tooltip("sum(events):Q", title="events"),
            ],
        )
        .add_params(brush)
    )
    return alt.LayerChart(layer=[window, bars], height=150)


def selected_window(selection: dict | None) -> tuple[dt.date, dt.date] | None:
    """The (start, end) the user brushed on the chart, if any."""
    if not selection:
        return None
    picked = (selection.get("selection") or {}).get(BRUSH) or {}
    values = next(iter(picked.values()), None) if isinstance(picked, dict) else None
    if not values or len(values) != 2:
        return None
    start, end = (pd.to_datetime(v, unit="ms" if isinstance(v, (int, float)) else None) for v in values)
    if end <= start:
        return None
    return start.date(), end.date()
