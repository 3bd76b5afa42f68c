"""The map page: filters, time slider with playback, map, event panel, timeline and table.

Every filter and the time window are widgets bound to the URL query string
(``bind="query-params"``), so a view can be shared as a link. The map is
mounted once; each change sends only the layers (``feature_group_to_add``), so
zoom and pan survive the slider.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import numpy as np
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import exports, maps, store
from geo.model import EVENT_TYPE_LABELS, EVENT_TYPES, GEO_PRECISION, TIME_PRECISION
from geo.ui import cached, panels, timeline

SPEEDS = {"Slow": 2.0, "Normal": 1.0, "Fast": 0.4}  # seconds per month
MAP_KEY = "atlas-map"
LAYER_LABELS = {"text": "From the texts", "acled": "ACLED", "ucdp": "UCDP GED"}
TABLE_ROWS = 1000
_ID_IN_TOOLTIP = re.compile(r"id:\s*(\S+)\s*$")


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    last = [
        31,
        29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ]
    return dt.date(year, month, min(day.day, last[month - 1]))


def sidebar_filters(frame: pd.DataFrame) -> dict:
    """The filter widgets; values come back from session state (and the URL)."""
    sb = st.sidebar
    sb.header("Filters")
    types = sb.multiselect(
        "Event types",
        options=list(EVENT_TYPES),
        format_func=lambda t: EVENT_TYPE_LABELS[t],
        key="types",
        bind="query-params",
        placeholder="All types",
    )
    actors = sb.multiselect(
        "Actors", options=cached.actor_names(), key="actors", bind="query-params", placeholder="All actors"
    )
    titles = cached.document_titles(cached.signature())
    documents = sb.multiselect(
        "Source documents",
        options=cached.document_ids(),
        format_func=lambda d: str(titles.get(d, d))[:70],
        key="documents",
        bind="query-params",
        placeholder="All documents",
    )
    status = sb.radio(
        "Review status",
        options=["all", "reviewed", "machine"],
        format_func={"all": "All", "reviewed": "Reviewed only", "machine": "Machine-extracted only"}.get,
        key="status",
        bind="query-params",
        horizontal=True,
    )
    tprec = sb.multiselect(
        "Date precision",
        options=[1, 2, 3],
        format_func=lambda v: f"{v} · {TIME_PRECISION[v]}",
        key="tprec",
        bind="query-params",
        placeholder="Any",
    )
    gprec = sb.multiselect(
        "Place precision",
        options=[1, 2, 3],
        format_func=lambda v: f"{v} · {GEO_PRECISION[v]}",
        key="gprec",
        bind="query-params",
        placeholder="Any",
    )
    present = sorted(set(frame["layer"]), key=lambda x: (x != "text", x))
    layers: list[str] = []
    if len(present) > 1:
        layers = sb.multiselect(
            "Layers",
            options=present,
            format_func=lambda layer: LAYER_LABELS.get(layer, layer.upper()),
            key="layers",
            bind="query-params",
            placeholder="All layers",
            help="Events from the texts, and each imported dataset (ACLED, UCDP GED) as its own layer",
        )
    sb.header("Map")
    show_mentions = sb.toggle("Places named in documents", key="mentions", bind="query-params")
    show_bases = sb.toggle("Military bases", value=True, key="bases", bind="query-params")
    basemap = sb.selectbox(
        "Basemap",
        options=list(maps.BASEMAPS),
        key="basemap",
        bind="query-params",
        help="Web tiles need an internet connection; the outline basemap works offline.",
    )
    if basemap != maps.OFFLINE and maps.tile_provider(basemap) is None:
        sb.warning(
            f"{basemap} tiles need an API key: set {maps.TILE_KEYS.get(basemap, 'one')} in the environment "
            "and restart. The offline outlines are shown meanwhile."
        )
    elif basemap != maps.OFFLINE:
        sb.caption("🌐 Web tiles are on: the map now fetches tiles from the internet.")
    return {
        "types": tuple(types),
        "actors": tuple(actors),
        "documents": tuple(documents),
        "status": status,
        "tprec": tuple(tprec),
        "gprec": tuple(gprec),
        "show_mentions": show_mentions,
        "show_bases": show_bases,
        "basemap": basemap,
        "layers": tuple(layers),
    }


def place_search() -> tuple[tuple[float, float], int] | None:
    """A place search in the sidebar; the chosen place is where the map goes."""
    sb = st.sidebar
    sb.header("Go to a place")
    query = sb.text_input(
        "Search the gazetteer", key="place", bind="query-params", placeholder="e.g. Gossi, Kidal…"
    )
    if not query:
        return None
    hits = [(p, s) for p, s in cached.gaz().search(query, limit=8) if p.has_coordinates]
    if not hits:
        sb.caption("No place of that name in the gazetteer.")
        return None
    choice = sb.selectbox(
        "Matches",
        options=range(len(hits)),
        format_func=lambda i: f"{hits[i][0].name} ({hits[i][0].feature}, {hits[i][0].country_code})",
        key="place_pick",
    )
    place = hits[choice][0]
    zoom = {"country": 5, "region": 6, "district": 8, "macro-region": 4, "continent": 3}.get(
        place.feature, 10
    )
    return (place.latitude, place.longitude), zoom  # type: ignore[return-value]


def time_controls(span: tuple[dt.date, dt.date]) -> tuple[str, dt.date, dt.date, bool]:
    """Mode, window and play state (inside the fragment, so playback moves the slider)."""
    first, last = span
    state = st.session_state
    if state.get("playing"):
        _advance(span)
    cols = st.columns([2.1, 6, 1.2, 1.2], vertical_alignment="bottom")
    mode = (
        cols[0].segmented_control(
            "Time",
            options=["range", "asof"],
            format_func=lambda mode: {"range": "Date range", "asof": "As of"}[mode],
            key="mode",
            bind="query-params",
            default="range",
        )
        or "range"
    )
    if mode == "asof":
        as_of = cols[1].slider(
            "Everything up to",
            min_value=first,
            max_value=last,
            value=last,
            key="asof",
            bind="query-params",
            format="D MMM YYYY",
        )
        start, end = first, as_of
    else:
        start, end = cols[1].slider(
            "Events between",
            min_value=first,
            max_value=last,
            value=(first, last),
            key="window",
            bind="query-params",
            format="D MMM YYYY",
        )
    playing = bool(state.get("playing"))
    if cols[2].button(
        "⏸ Pause" if playing else "▶ Play",
        key="play",
        width="stretch",
        help="Step through the data month by month",
    ):
        state["playing"] = not playing
        if state["playing"] and _at_end(mode, end, last):
            _rewind(mode, span)
        st.rerun(scope="app")
    cols[3].selectbox(
        "Speed", options=list(SPEEDS), key="speed", index=1, help="Playback: 2 s, 1 s or 0.4 s per month"
    )
    return mode, start, end, playing


def _at_end(mode: str, end: dt.date, last: dt.date) -> bool:
    return end >= last


def _rewind(mode: str, span: tuple[dt.date, dt.date]) -> None:
    state = st.session_state
    first, last = span
    if mode == "asof":
        state["asof"] = first
    else:
        start, end = state.get("window", (first, last))
        width = max(31, (end - start).days) if (start, end) != (first, last) else 365
        state["window"] = (first, first + dt.timedelta(days=width))


def _advance(span: tuple[dt.date, dt.date]) -> None:
    """One month forward; stops at the end of the data."""
    state = st.session_state
    first, last = span
    if state.get("mode") == "asof":
        now = state.get("asof", first)
        nxt = min(_add_months(now, 1), last)
        state["asof"] = nxt
        done = nxt >= last
    else:
        start, end = state.get("window", (first, last))
        if (start, end) == (first, last):
            start, end = first, first + dt.timedelta(days=365)
        new_end = min(_add_months(end, 1), last)
        new_start = min(_add_months(start, 1), new_end)
        state["window"] = (new_start, new_end)
        done = new_end >= last
    if done:
        state["playing"] = False


def selected_from_map(result: dict | None, frame: pd.DataFrame | None = None) -> str | None:
    """The event id a map click names. The packed layer names events by their row in the
    loaded frame (``#123``), as its tooltips are built in the browser without the ids."""
    tip = (result or {}).get("last_object_clicked_tooltip")
    if not tip:
        return None
    match = _ID_IN_TOOLTIP.search(tip.strip())
    if not match:
        return None
    named = match.group(1)
    if named.startswith("#") and frame is not None:
        position = int(named[1:]) if named[1:].isdigit() else -1
        return str(frame["event_id"].iloc[position]) if 0 <= position < len(frame) else None
    return named


def main_view(frame: pd.DataFrame, opts: dict, goto: tuple[tuple[float, float], int] | None) -> None:
    span = store.span(frame)
    mode, start, end, _playing = time_controls(span)
    filters = store.Filters(
        start=start,
        end=end,
        mode=mode,
        types=opts["types"],
        actors=opts["actors"],
        documents=opts["documents"],
        status=opts["status"],
        time_precision=opts["tprec"],
        geo_precision=opts["gprec"],
        layers=opts["layers"],
    )
    view = store.apply(frame, filters)
    map_col, panel_col = st.columns([3, 1.35], gap="medium")
    with map_col:
        base = maps.base_map(
            opts["basemap"], show_mentions=opts["show_mentions"], show_bases=opts["show_bases"]
        )
        layers = maps.dynamic_layers(
            maps.MapView(
                events=view,
                start=start,
                end=end,
                mode=mode,
                places=cached.places() if opts["show_mentions"] else None,
                bases=cached.base_sites() if opts["show_bases"] else None,
                show_mentions=opts["show_mentions"],
                show_bases=opts["show_bases"],
            )
        )
        center, zoom = goto if goto else (None, None)
        result = st_folium(
            base,
            key=MAP_KEY,
            feature_group_to_add=layers,
            center=center,
            zoom=zoom,
            height=620,
            use_container_width=True,
            returned_objects=["last_object_clicked_tooltip", "bounds"],
        )
        bounds = (result or {}).get("bounds") or {}
        if bounds.get("_southWest") and bounds.get("_northEast"):
            sw, ne = bounds["_southWest"], bounds["_northEast"]
            st.session_state["map_bbox"] = (sw["lng"], sw["lat"], ne["lng"], ne["lat"])
        clicked = selected_from_map(result, frame)
        if clicked and clicked != st.session_state.get("_last_clicked"):
            st.session_state["_last_clicked"] = clicked
            st.session_state["selected_event"] = clicked
    with panel_col:
        selected = st.session_state.get("selected_event")
        rows = frame[frame["event_id"] == selected] if selected else frame.iloc[0:0]
        if rows.empty:
            st.markdown("#### Event details")
            st.info(
                "Click a marker on the map to read the event, its claims and the sentences that report it."
            )
            st.caption(f"{len(view)} of {len(frame)} events match the filters and the time window.")
        else:
            event = rows.iloc[0]
            here = view[(view["place_id"] == event["place_id"]) & (view["event_id"] != selected)]
            with st.container(height=620, border=False):
                panels.event_panel(event, here, frame)
    counts = store.monthly_counts(frame[store.attribute_mask(frame, filters)])
    picked = st.altair_chart(
        timeline.chart(counts, start, end, span),
        key="timeline",
        on_select="rerun",
        selection_mode=timeline.BRUSH,
        width="stretch",
    )
    brushed = timeline.selected_window(picked)
    if brushed and brushed != st.session_state.get("_last_brush"):
        st.session_state["_last_brush"] = brushed
        if mode == "asof":
            st.session_state["asof"] = max(span[0], min(brushed[1], span[1]))
        else:
            st.session_state["window"] = (max(span[0], brushed[0]), min(span[1], brushed[1]))
        st.rerun(scope="fragment")
    with st.expander(f"Events in view ({len(view)})", expanded=False):
        table_and_downloads(view)
    with st.expander("Export this view as a picture or a file", expanded=False):
        export_view(frame, filters, opts)


def _most_recent(view: pd.DataFrame, n: int) -> pd.DataFrame:
    """The ``n`` most recent events, newest first, without sorting all of them."""
    days = view["start_day"].to_numpy()
    if len(days) > n:
        view = view.iloc[np.argpartition(-days, n - 1)[:n]]
    return view.sort_values("start", ascending=False)


def export_view(frame: pd.DataFrame, filters: store.Filters, opts: dict) -> None:
    """The map as it is now (extent, window, filters, layers) as PNG, static map or standalone HTML."""
    import tempfile
    from pathlib import Path

    from geo import snapshot, staticmap

    title = st.text_input("Title on the picture", value="Mali Atlas", key="export_title")
    caption = st.text_input("Caption (optional)", key="export_caption")
    spec = snapshot.Spec(
        start=filters.start, end=filters.end, mode=filters.mode, bbox=st.session_state.get("map_bbox"),
        types=filters.types, actors=filters.actors, documents=filters.documents, status=filters.status,
        time_precision=filters.time_precision, geo_precision=filters.geo_precision, layers=filters.layers,
        show_bases=opts["show_bases"], show_mentions=opts["show_mentions"], title=title, caption=caption,
    )  # fmt: skip

    def render(kind: str) -> bytes:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / f"map.{kind}"
            if kind == "html":
                snapshot.write_html(spec, frame, out)
            elif kind == "png":
                try:
                    snapshot.png(spec, frame, out)
                except snapshot.NoBrowserError:
                    staticmap.render(spec, frame, out)
            else:
                staticmap.render(spec, frame, out)
            return out.read_bytes()

    c1, c2, c3, c4 = st.columns(4)
    for col, (kind, label, mime, tip) in zip(
        (c1, c2, c3, c4),
        (
            ("png", "PNG (as shown)", "image/png", "Rendered offline by headless Chromium"),
            ("pdf", "PDF (print)", "application/pdf", "Static map for print, no browser needed"),
            ("svg", "SVG (vector)", "image/svg+xml", "Static map to edit in a drawing program"),
            ("html", "HTML (interactive)", "text/html", "One file with its own time slider; opens offline"),
        ),
        strict=True,
    ):
        col.download_button(
            label, data=functools.partial(render, kind), file_name=f"mali-atlas-map.{kind}", mime=mime,
            help=tip, key=f"export-{kind}", width="stretch", on_click="ignore",
        )  # fmt: skip


def table_and_downloads(view: pd.DataFrame) -> None:
    columns = [
        "event_date", "end_date", "event_type", "sub_event_type", "location", "actor1", "actor2",
        "fatalities", "geo_precision", "time_precision", "status", "source", "event_id",
    ]  # fmt: skip
    shown = _most_recent(view, TABLE_ROWS)
    shown = shown.assign(event_type=shown["event_type"].astype(str))[columns]
    st.dataframe(shown, hide_index=True, width="stretch")
    if len(view) > TABLE_ROWS:
        st.caption(f"The {TABLE_ROWS:,} most recent of {len(view):,} events; the downloads hold them all.")

    # built only when a button is pressed: at 100,000 events a rerun must not pay for them
    downloads = (
        ("CSV (ACLED-style columns)", exports.view_csv, "csv", "text/csv"),
        ("GeoJSON", exports.view_geojson, "geojson", "application/geo+json"),
        ("GeoPackage (QGIS)", exports.view_geopackage, "gpkg", "application/geopackage+sqlite3"),
    )
    for column, (label, make, suffix, mime) in zip(st.columns(len(downloads)), downloads, strict=True):
        column.download_button(
            label,
            data=functools.partial(make, view),
            file_name=f"mali-atlas-events.{suffix}",
            mime=mime,
            key=f"dl_{suffix}",
            width="stretch",
            on_click="ignore",  # a download needs no rerun (at 100k events one costs ~0.2 s)
        )


def page() -> None:
    cached.static_assets()
    try:
        frame = cached.events()
    except store.NoDataError as exc:
        st.error(f"No data to show yet. {exc}")
        if st.button("Build the data now"):
            from geo.build import build

            with st.spinner("Building…"):
                build()
            st.rerun()
        return
    opts = sidebar_filters(frame)
    goto = place_search()
    st.markdown(
        "<h3 style='margin:0 0 .2rem'>Mali Atlas <span style='font-weight:400;color:#555;font-size:1rem'>"
        "— coups, atrocities and base handovers in the texts, 2012–2025</span></h3>",
        unsafe_allow_html=True,
    )
    playing = bool(st.session_state.get("playing"))
    interval = SPEEDS.get(st.session_state.get("speed", ""), 1.0) if playing else None
    st.fragment(run_every=interval)(main_view)(frame, opts, goto)
