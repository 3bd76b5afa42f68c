"""The presenter view: a briefing step by step — big map, caption, counter, keyboard arrows —
and the tools to shape the briefing (add the current view, reorder, delete) and export it."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo import briefing, deck, escape, maps, snapshot, store
from geo.ui import cached

MAP_KEY = "atlas-present-map"
MAP_HEIGHT = 640


def _briefing_path() -> Path | None:
    files = briefing.available()
    if not files:
        st.info("No briefing yet: add one under data/briefings/ (see geo/briefing.py for the format).")
        return None
    names = {f.name: f for f in files}
    chosen = st.sidebar.selectbox("Briefing", options=list(names), key="briefing_file")
    return names[chosen]


def _load(path: Path) -> briefing.Briefing | None:
    try:
        return briefing.load(path)
    except briefing.BriefingError as exc:
        st.error(f"{path.name} cannot be read: {exc}")
        return None


def _goto(index: int, total: int) -> None:
    st.session_state["step_index"] = max(0, min(total - 1, index))


def _map(spec: snapshot.Spec, frame: pd.DataFrame) -> dict | None:
    west, south, east, north = snapshot.bounds(spec)
    view = snapshot.view(spec, frame)
    base = maps.base_map(show_mentions=spec.show_mentions, show_bases=spec.show_bases, fit=False)
    layers = maps.dynamic_layers(
        maps.MapView(
            events=view,
            start=spec.start,
            end=spec.end,
            mode=spec.mode,
            places=cached.places() if spec.show_mentions else None,
            bases=cached.base_sites() if spec.show_bases else None,
            show_mentions=spec.show_mentions,
            show_bases=spec.show_bases,
            highlight=spec.highlight,
        )
    )
    center, zoom = maps.center_zoom((west, south, east, north), 1100, MAP_HEIGHT)
    return st_folium(
        base,
        key=MAP_KEY,
        feature_group_to_add=layers,
        center=center,
        zoom=zoom,
        height=MAP_HEIGHT,
        use_container_width=True,
        returned_objects=["bounds"],
    )


def _editor(b: briefing.Briefing, index: int, spec: snapshot.Spec, result: dict | None) -> None:
    steps = list(b.steps)
    with st.sidebar.expander("Edit the briefing", expanded=False):
        st.caption("Changes are saved to the YAML file at once (atomically).")
        c1, c2, c3 = st.columns(3)
        if c1.button("↑", help="Move this step earlier", disabled=index == 0, width="stretch"):
            _save(b, briefing.move(steps, index, -1), index - 1)
        if c2.button("↓", help="Move this step later", disabled=index == len(steps) - 1, width="stretch"):
            _save(b, briefing.move(steps, index, 1), index + 1)
        if c3.button("✕", help="Delete this step", disabled=len(steps) == 1, width="stretch"):
            _save(b, steps[:index] + steps[index + 1 :], min(index, len(steps) - 2))
        st.markdown("**Add the current view as a step**")
        title = st.text_input("Title", key="new_step_title")
        caption = st.text_area("Caption", key="new_step_caption", height=80)
        window = st.date_input(
            "Window",
            value=(spec.start if spec.mode == "range" else dt.date(2012, 1, 1), spec.end),
            key="new_step_window",
        )
        if st.button("Add after this step", disabled=not title.strip()):
            bounds = (result or {}).get("bounds") or {}
            sw, ne = bounds.get("_southWest"), bounds.get("_northEast")
            bbox = (sw["lng"], sw["lat"], ne["lng"], ne["lat"]) if sw and ne else spec.bbox
            first, last = window if isinstance(window, tuple) and len(window) == 2 else (spec.start, spec.end)
            new = briefing.Step(
                title=title.strip(), start=first, end=last, bbox=bbox, center=None if bbox else spec.center,
                zoom=None if bbox else spec.zoom, types=spec.types,
                layers=_layers(spec),
                caption=caption.strip(),
            )  # fmt: skip
            _save(b, [*steps[: index + 1], new, *steps[index + 1 :]], index + 1)


def _layers(spec: snapshot.Spec) -> tuple[str, ...]:
    return tuple(x for x, on in (("bases", spec.show_bases), ("mentions", spec.show_mentions)) if on)


def _save(b: briefing.Briefing, steps: list[briefing.Step], go_to: int) -> None:
    briefing.save(b.with_steps(steps))
    st.session_state["step_index"] = go_to
    st.rerun()


def _exports(b: briefing.Briefing, spec: snapshot.Spec, frame: pd.DataFrame) -> None:
    step, deck_name = f"step-{_slug(spec.title)}", _slug(b.title)
    pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    buttons = (
        ("Step as PNG", lambda: _png(spec, frame), f"{step}.png", "image/png",
         "Rendered offline by headless Chromium"),
        ("Step as PDF map", lambda: _static(spec, frame, ".pdf"), f"{step}.pdf", "application/pdf",
         "Print-quality static map, no browser needed"),
        ("Deck (PowerPoint)", lambda: _deck(b, frame, ".pptx"), f"{deck_name}.pptx", pptx,
         "One slide per step, sources in the speaker notes"),
        ("Deck (PDF)", lambda: _deck(b, frame, ".pdf"), f"{deck_name}.pdf", "application/pdf",
         "One page per step"),
    )  # fmt: skip
    for column, (label, make, name, mime, tip) in zip(st.columns(len(buttons)), buttons, strict=True):
        column.download_button(
            label, data=make, file_name=name, mime=mime, help=tip, width="stretch", on_click="ignore"
        )


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")[:60] or "map"


def _png(spec: snapshot.Spec, frame: pd.DataFrame) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "step.png"
        try:
            snapshot.png(spec, frame, out)
        except snapshot.NoBrowserError:
            from geo import staticmap

            staticmap.render(spec, frame, out)  # no browser here: the static map instead
        return out.read_bytes()


def _static(spec: snapshot.Spec, frame: pd.DataFrame, suffix: str) -> bytes:
    from geo import staticmap

    with tempfile.TemporaryDirectory() as tmp:
        return staticmap.render(spec, frame, Path(tmp) / f"map{suffix}").read_bytes()


def _deck(b: briefing.Briefing, frame: pd.DataFrame, suffix: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return deck.export(b, frame, Path(tmp) / f"deck{suffix}").read_bytes()


def page() -> None:
    cached.static_assets()
    path = _briefing_path()
    if path is None:
        return
    b = _load(path)
    if b is None or not b.steps:
        return
    try:
        frame = cached.events()
    except store.NoDataError as exc:
        st.error(str(exc))
        return
    total = len(b.steps)
    index = max(0, min(total - 1, int(st.session_state.get("step_index", 0))))
    labels = [f"{i + 1}. {s.title}" for i, s in enumerate(b.steps)]
    jump = st.sidebar.selectbox(
        "Jump to step", options=range(total), index=index, format_func=labels.__getitem__
    )
    if jump != index:
        _goto(jump, total)
        st.rerun()
    step = b.steps[index]
    spec = snapshot.from_step(step, briefing_title=b.title, index=index + 1)
    head, prev, counter, nxt = st.columns([5, 1.3, 1.1, 1.3], vertical_alignment="center")
    head.markdown(
        f"<div style='color:#8e1b1b;font-size:.8rem;text-transform:uppercase'>{escape.html(b.title)}</div>"
        f"<div style='font-size:1.6rem;font-weight:700'>{escape.html(step.title)}</div>"
        f"<div style='color:#555'>{escape.html(spec.window_label)}</div>",
        unsafe_allow_html=True,
    )
    if prev.button("◀ Previous", shortcut="Left", disabled=index == 0, width="stretch"):
        _goto(index - 1, total)
        st.rerun()
    counter.markdown(
        f"<div style='text-align:center;font-weight:600'>Step {index + 1} of {total}</div>",
        unsafe_allow_html=True,
    )
    if nxt.button("Next ▶", shortcut="Right", disabled=index == total - 1, width="stretch", type="primary"):
        _goto(index + 1, total)
        st.rerun()
    result = _map(spec, frame)
    st.markdown(
        f"<div style='font-size:1.15rem;margin:.4rem 0'>{escape.html(step.caption)}</div>",
        unsafe_allow_html=True,
    )
    if step.notes:
        with st.expander("Speaker notes"):
            st.markdown(f"<div>{escape.html(step.notes)}</div>", unsafe_allow_html=True)
    _exports(b, spec, frame)
    _editor(b, index, spec, result)
