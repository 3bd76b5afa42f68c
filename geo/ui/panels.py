"""The side panel for a clicked event and the source reader with its sentence highlighted.

All document text shown here passes through :func:`geo.escape.html` before it is
placed in HTML.
"""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from geo import escape, unlisted
from geo.maps import EVENT_STYLES, _shape_svg, date_label, place_label
from geo.model import EVENT_TYPE_LABELS, GEO_PRECISION, TIME_PRECISION
from geo.ui import cached

OTHERS_SHOWN = 20
CLAIM_LABELS = {
    "killed": "killed",
    "executed": "executed",
    "dead": "dead",
    "wounded": "wounded",
    "arrested": "arrested",
    "abducted": "abducted",
    "displaced": "displaced",
    "account": "account",
}


def highlighted(text: str, quote: str, context: int = 600) -> str:
    """The passage around ``quote`` with the quote marked; everything escaped."""
    pos = text.find(quote)
    if pos < 0:
        return f"<p>{escape.html(text[: 2 * context])}…</p>"
    start, end = max(0, pos - context), min(len(text), pos + len(quote) + context)
    before, hit, after = text[start:pos], text[pos : pos + len(quote)], text[pos + len(quote) : end]
    body = (
        ("…" if start else "")
        + escape.html(before)
        + f"<mark style='background:#fde68a;padding:0 2px'>{escape.html(hit)}</mark>"
        + escape.html(after)
        + ("…" if end < len(text) else "")
    )
    return "<div class='atlas-doc'>" + body.replace("\n", "<br>") + "</div>"


def cross_check(event: pd.Series, frame: pd.DataFrame) -> None:
    """The imported dataset events that may be this one, with what differs highlighted."""
    from geo import crosscheck

    matches = crosscheck.candidates(frame, event).head(5)
    st.markdown("**In the imported datasets**")
    if matches.empty:
        st.caption(
            f"No dataset event of the same kind within {crosscheck.MAX_DAYS} days "
            f"and {crosscheck.MAX_KM:g} km."
        )
        return
    table = crosscheck.comparison(event, matches)
    flags = crosscheck.differing(table)
    styled = table.style.apply(
        lambda col: ["background-color: #fde68a" if f else "" for f in flags[col.name]], axis=0
    ).format({"km": "{:.1f}"}, na_rep="—")
    st.dataframe(styled, hide_index=True, width="stretch")
    st.caption("Highlighted: where a dataset differs from the texts (date, place, distance, fatalities).")


def event_panel(event: pd.Series, others_here: pd.DataFrame, frame: pd.DataFrame | None = None) -> None:
    """Everything known about one event: what, when, where, who, the claims and every source."""
    e = escape.html
    kind = str(event["event_type"])
    style = EVENT_STYLES.get(kind, EVENT_STYLES["other"])
    status = "reviewed by an analyst" if event["reviewed"] else "machine-extracted — not yet reviewed"
    st.markdown(
        f"<div style='display:flex;gap:8px;align-items:center'>{_shape_svg(style)}"
        f"<b style='font-size:1.1rem'>{e(EVENT_TYPE_LABELS.get(kind, kind))}</b></div>"
        f"<div style='color:#444'>{e(event['sub_event_type'])}</div>",
        unsafe_allow_html=True,
    )
    if not event["reviewed"]:
        st.warning(f"{status} (confidence {float(event.get('confidence') or 0):.2f})", icon="🤖")
    when = date_label(event["start"].date(), event["end"].date(), int(event["time_precision"]))
    st.markdown(
        f"**When** {e(when)} <span style='color:#666'>· precision: "
        f"{e(TIME_PRECISION[int(event['time_precision'])])}</span><br>"
        f"**Where** {e(place_label(event))}"
        + (f", {e(event['admin1'])}" if event.get("admin1") and event["admin1"] != event["location"] else "")
        + f" <span style='color:#666'>· {e(GEO_PRECISION[int(event['geo_precision'])])}</span><br>"
        + (
            f"**Actors** {e(event.get('actor1') or 'not named')}"
            + (f" · {e(event['actor2'])}" if event.get("actor2") else "")
            if event.get("actor1") or event.get("actor2")
            else ""
        ),
        unsafe_allow_html=True,
    )
    if str(event.get("place_id") or "").startswith(unlisted.PLACE_ID_PREFIX) and event.get(
        "coordinate_source"
    ):
        # no gazetteer holds the place: say whose point it borrows, in the text's words
        st.caption(f"Position: {e(event['coordinate_source'])}", unsafe_allow_html=True)
    claims = json.loads(event.get("claims") or "[]")
    figures = [c for c in claims if c.get("kind") != "account"]
    if figures:
        st.markdown("**Casualty and arrest claims** — each source’s own figure")
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "claimant": c["claimant"],
                        "claim": CLAIM_LABELS.get(c["kind"], c["kind"]),
                        "figure": c.get("best")
                        if c.get("best") is not None
                        else f"{c.get('low')}–{c.get('high')}",
                        "who": c.get("victims", ""),
                    }
                    for c in figures
                ]
            ),
            hide_index=True,
            width="stretch",
        )
        if pd.notna(event.get("fatalities")):
            st.caption(
                f"Fatalities low / best / high: {event['fatalities_low']} / {event['fatalities']} / "
                f"{event['fatalities_high']} (best = median of the claimants' figures)"
            )
    accounts = [c for c in claims if c.get("kind") == "account"]
    if accounts:
        st.markdown("**Competing accounts**")
        for c in accounts:
            st.markdown(f"*{e(c['claimant'])}*: “{e(c['quote'])}”", unsafe_allow_html=True)
    if frame is not None and event.get("layer", "text") == "text" and (frame["layer"] != "text").any():
        cross_check(event, frame)
    date_claims = json.loads(event.get("date_claims") or "[]")
    if date_claims:
        st.markdown("**When, according to each source**")
        for d in date_claims:
            st.markdown(
                f"- {e(d['claimant'])}: **{e(d['date'])}** — “{e(d['quote'])}”", unsafe_allow_html=True
            )
    if event.get("notes"):
        st.caption(e(event["notes"]), unsafe_allow_html=True)
    sources = json.loads(event.get("sources") or "[]")
    if not sources and event.get("source_quote"):  # imported rows carry one quote and no source list
        sources = [{"source": str(event.get("source") or ""), "quote": str(event["source_quote"])}]
    titles = cached.document_titles(cached.signature())
    st.markdown(f"**Sources** ({len(sources)})")
    for src in sources:
        title = titles.get(src["source"], src["source"])
        st.markdown(
            f"<div style='border-left:3px solid #bbb;padding:2px 8px;margin:4px 0'>“{e(src['quote'])}”"
            f"<br><small style='color:#555'>{e(title)} — <code>{e(src['source'])}</code></small></div>",
            unsafe_allow_html=True,
        )
        with st.expander("Read the source with this sentence highlighted", expanded=False):
            text = cached.document_text(src["source"], cached.signature())
            if text is None:
                st.info("The source document is not available in this workspace.")
            else:
                st.markdown(highlighted(text, src["quote"]), unsafe_allow_html=True)
    if not others_here.empty:
        st.markdown(f"**Also at {e(event['location'])} in this view**", unsafe_allow_html=True)
        if len(others_here) > OTHERS_SHOWN:
            st.caption(
                f"The {OTHERS_SHOWN} most recent of {len(others_here):,}; "
                "narrow the window to see the others."
            )
            others_here = others_here.sort_values("start", ascending=False).head(OTHERS_SHOWN)
        for _, other in others_here.iterrows():
            label = (
                f"{EVENT_TYPE_LABELS.get(str(other['event_type']), other['event_type'])} · "
                f"{date_label(other['start'].date(), other['end'].date(), int(other['time_precision']))}"
            )
            if st.button(label, key=f"other-{other['event_id']}", width="stretch"):
                st.session_state["selected_event"] = other["event_id"]
                st.rerun()
