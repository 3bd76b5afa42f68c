"""The review page: add documents and datasets, then accept, edit, merge or reject what the
machine extracted. Decisions go to the workspace (:mod:`geo.workspace`) with an audit trail;
the data are rebuilt after each change so the map shows it within seconds."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import streamlit as st

from geo import build, datasets, escape, intake, review, workspace
from geo.ingest import DEFAULT_MAX_BYTES, IngestError
from geo.maps import date_label
from geo.model import EVENT_TYPE_LABELS, EVENT_TYPES, GEO_PRECISION, TIME_PRECISION
from geo.ui import cached

QUEUE_PAGE = 15


def _rebuild(message: str) -> None:
    with st.spinner("Updating the map…"):
        build.build()
    st.session_state["review_flash"] = message
    st.rerun()


def _reviewer() -> str:
    return st.session_state.get("reviewer", "").strip()


#: What the upload accepts, in the order the widget shows: what :mod:`geo.ingest` reads and the
#: feeds :mod:`geo.feeds` splits (not the rare ``.text``/``.markdown``, which the widget would list first).
UPLOAD_TYPES = ("txt", "md", "html", "htm", "pdf", "rss", "atom", "xml")


def add_documents() -> None:
    st.subheader("Add documents")
    st.caption(
        "Text, Markdown, HTML or PDF, up to 5 MB each, or an RSS or Atom feed (each item an article, dated "
        "by the feed). Each is checked (type, size, encoding), stored in the workspace, run through the "
        "extractor, and its events appear on the map as unreviewed."
    )
    with st.form("upload", clear_on_submit=True):
        files = st.file_uploader(
            "Documents",
            type=list(UPLOAD_TYPES),
            accept_multiple_files=True,
            key="upload_files",
            max_upload_size=DEFAULT_MAX_BYTES // 2**20,
        )
        c1, c2 = st.columns(2)
        published = c1.text_input(
            "Publication date (if the text does not say)", placeholder="YYYY-MM-DD, YYYY-MM or YYYY"
        )
        title = c2.text_input("Title (optional)")
        submitted = st.form_submit_button("Add", type="primary")
    if not submitted or not files:
        return
    candidates, problems = [], []
    for f in files:
        try:
            candidates.extend(
                intake.check_file(f.name, f.getvalue(), title=title, published=published.strip() or None)
            )
        except IngestError as exc:
            problems.append(str(exc))
    if problems:
        for p in problems:
            st.error(p)
        st.warning("Nothing was added: fix or remove the files above and try again.")
        return
    result = intake.store(candidates, actor=_reviewer())
    names = ", ".join(d.doc_id for d in result.added)
    dupes = ", ".join(d.doc_id for d in result.duplicates)
    message = (f"Added {names}." if names else "") + (f" Already in the workspace: {dupes}." if dupes else "")
    if result.added:
        _rebuild(message)
    st.info(message)


def import_dataset() -> None:
    st.subheader("Import a dataset")
    st.caption(
        "ACLED or UCDP GED, as exported by them (CSV). Each becomes its own layer on the map. "
        "Larger exports than the upload allows: `python -m geo import acled FILE.csv`."
    )
    with st.form("import", clear_on_submit=True):
        kind = st.radio(
            "Dataset", options=list(datasets.READERS), format_func=datasets.KINDS.get, horizontal=True
        )
        file = st.file_uploader("CSV export", type=["csv"], key="import_file")
        submitted = st.form_submit_button("Import")
    if not submitted or file is None:
        return
    try:
        result = datasets.READERS[kind](file.getvalue(), name=file.name, layer=kind)
    except datasets.DatasetError as exc:
        st.error(str(exc))
        return
    if result.loaded == 0:
        st.error(f"{file.name}: no usable rows; nothing imported.")
        _skipped_report(result.skipped)
        return
    workspace.save_dataset(result, file_name=file.name, actor=_reviewer())
    skipped = f", {len(result.skipped)} skipped (below)" if result.skipped else ""
    st.session_state["review_flash"] = f"{result.loaded} rows imported as '{kind}'{skipped}."
    st.session_state["review_skipped"] = result.skipped  # shown after the rerun, under the message
    st.rerun()


def _skipped_report(skipped: list[str], limit: int = 500) -> None:
    if not skipped:
        return
    with st.expander(f"{len(skipped)} rows skipped — why", expanded=True):
        more = f"\n… and {len(skipped) - limit} more" if len(skipped) > limit else ""
        st.code("\n".join(skipped[:limit]) + more, language=None)


def _record(row: pd.Series) -> dict[str, Any]:
    """A table row as the review functions take it: column name to value."""
    return {str(column): value for column, value in row.items()}


def _quote_html(row: pd.Series) -> str:
    sources = json.loads(row.get("sources") or "[]")
    quote = sources[0]["quote"] if sources else str(row.get("source_quote") or "")
    doc = sources[0]["source"] if sources else str(row.get("source") or "")
    return (
        f"<div style='border-left:3px solid #c77c00;padding:2px 8px'>“{escape.html(quote)}”"
        f"<br><small style='color:#555'><code>{escape.html(doc)}</code></small></div>"
    )


def _edit_form(row: pd.Series, conn) -> None:
    key = row["event_id"]
    with st.form(f"edit-{key}"):
        c1, c2 = st.columns(2)
        event_type = c1.selectbox(
            "Type",
            options=list(EVENT_TYPES),
            index=list(EVENT_TYPES).index(str(row["event_type"])),
            format_func=lambda t: EVENT_TYPE_LABELS[t],
        )
        sub = c2.text_input("Sub-type", value=str(row.get("sub_event_type") or ""))
        c3, c4, c5 = st.columns(3)
        first = c3.date_input("From", value=row["start"].date())
        last = c4.date_input("To", value=row["end"].date())
        tprec = c5.selectbox(
            "Date precision",
            options=[1, 2, 3],
            index=int(row["time_precision"]) - 1,
            format_func=lambda p: TIME_PRECISION[p],
        )
        query = st.text_input("Place (search the gazetteer)", value=str(row.get("location") or ""))
        hits = [(p, s) for p, s in cached.gaz().search(query, limit=8) if p.has_coordinates] if query else []
        options = [p.place_id for p, _ in hits] or [str(row.get("place_id") or "")]
        labels = {p.place_id: f"{p.name} ({p.feature}, {p.admin1 or p.country_code})" for p, _ in hits}
        current = str(row.get("place_id") or "")
        if current.startswith(review.TEXT_PLACE_PREFIX):  # placed by the text: kept unless another is picked
            options = [current, *(o for o in options if o != current)]
            labels[current] = f"{row.get('location')} (placed by the text: {row.get('coordinate_source')})"
        place_id = st.selectbox("Place", options=options, format_func=lambda i: labels.get(i, i))
        gprec = st.selectbox(
            "Place precision",
            options=[1, 2, 3],
            index=int(row["geo_precision"]) - 1,
            format_func=lambda p: GEO_PRECISION[p],
        )
        c6, c7 = st.columns(2)
        actor1 = c6.text_input("Actor 1", value=str(row.get("actor1") or ""))
        actor2 = c7.text_input("Actor 2", value=str(row.get("actor2") or ""))
        claims = st.text_area(
            "Casualty claims (JSON list: kind, low, best, high, claimant)",
            value=json.dumps(json.loads(row.get("claims") or "[]"), ensure_ascii=False, indent=1),
            height=120,
        )
        if st.form_submit_button("Save as reviewed", type="primary"):
            try:
                edits = {
                    "event_type": event_type,
                    "sub_event_type": sub,
                    "event_date": first,
                    "end_date": last,
                    "time_precision": tprec,
                    "place_id": place_id,
                    "geo_precision": gprec,
                    "actor1": actor1,
                    "actor2": actor2,
                    "claims": json.loads(claims or "[]"),
                }
                review.accept(conn, _record(row), edits=edits, expected_version=0, actor=_reviewer())
            except (ValueError, workspace.Conflict) as exc:
                st.error(str(exc))
                return
            _rebuild(f"Saved your edit of {key}.")


def _merge_targets(frame: pd.DataFrame, row: pd.Series) -> pd.DataFrame:
    """Reviewed events of the same type whose dates overlap or lie within 30 days."""
    same = frame[(frame["event_type"] == row["event_type"]) & frame["reviewed"] & (frame["layer"] == "text")]
    near = (same["start_day"] <= row["end_day"] + 30) & (same["end_day"] >= row["start_day"] - 30)
    return same[near].sort_values("start_day")


def queue_item(row: pd.Series, frame: pd.DataFrame) -> None:
    key = row["event_id"]
    kind = EVENT_TYPE_LABELS.get(str(row["event_type"]), str(row["event_type"]))
    when = date_label(row["start"].date(), row["end"].date(), int(row["time_precision"]))
    with st.container(border=True):
        st.markdown(
            f"<div><b>{escape.html(kind)}</b> — {escape.html(row.get('sub_event_type') or '')} · "
            f"{escape.html(when)} · {escape.html(row.get('location') or 'no place')} "
            f"<span style='color:#666'>(confidence {float(row.get('confidence') or 0):.2f})</span></div>",
            unsafe_allow_html=True,
        )
        st.markdown(_quote_html(row), unsafe_allow_html=True)
        c1, c2, c3, c4 = st.columns(4)
        with workspace.connect() as conn:
            if c1.button("Accept", key=f"accept-{key}", type="primary", width="stretch"):
                try:
                    review.accept(conn, _record(row), expected_version=0, actor=_reviewer())
                except (ValueError, workspace.Conflict) as exc:
                    st.error(str(exc))
                else:
                    _rebuild(f"Accepted {key}.")
            editing = c2.toggle("Edit", key=f"edit-{key}")
            merging = c3.toggle("Merge", key=f"merge-{key}")
            rejecting = c4.toggle("Reject", key=f"reject-{key}")
            if editing:
                _edit_form(row, conn)
            if merging:
                targets = _merge_targets(frame, row)
                if targets.empty:
                    st.caption("No reviewed event of this type within 30 days to merge into.")
                else:
                    labels = {
                        r[
                            "event_id"
                        ]: f"{date_label(r['start'].date(), r['end'].date(), int(r['time_precision']))}"
                        f" · {r['location']} · {r['sub_event_type']}"
                        for _, r in targets.iterrows()
                    }
                    target = st.selectbox(
                        "Merge into",
                        options=list(labels),
                        format_func=lambda t: labels[t],
                        key=f"target-{key}",
                    )
                    if st.button("Merge", key=f"do-merge-{key}") and target is not None:
                        target_row = targets[targets["event_id"] == target].iloc[0]
                        try:
                            review.merge(
                                conn,
                                _record(row),
                                _record(target_row),
                                expected_version=0,
                                target_version=workspace.version_of(conn, target),
                                actor=_reviewer(),
                            )
                        except (ValueError, workspace.Conflict) as exc:
                            st.error(str(exc))
                        else:
                            _rebuild(f"Merged {key} into {target}.")
            if rejecting:
                reason = st.text_input("Why reject it?", key=f"reason-{key}")
                if st.button("Reject", key=f"do-reject-{key}", disabled=not reason.strip()):
                    try:
                        review.reject(conn, key, reason, expected_version=0, actor=_reviewer())
                    except (ValueError, workspace.Conflict) as exc:
                        st.error(str(exc))
                    else:
                        _rebuild(f"Rejected {key}.")


def page() -> None:
    st.title("Add and review")
    if message := st.session_state.pop("review_flash", None):
        st.success(message)
    _skipped_report(st.session_state.pop("review_skipped", []))
    st.text_input(
        "Your name (kept with every decision in the audit trail)",
        key="reviewer",
        placeholder="e.g. A. Analyst",
    )
    left, right = st.columns(2)
    with left:
        add_documents()
    with right:
        import_dataset()
    st.divider()
    frame = cached.events()
    queue = frame[(frame["status"] == "machine") & (frame["layer"] == "text")].sort_values(
        ["confidence", "start_day"], ascending=[False, True]
    )
    st.subheader(f"Review queue ({len(queue)} unreviewed)")
    if queue.empty:
        st.info("Nothing to review: every machine-extracted event has been decided.")
    pages = max(1, -(-len(queue) // QUEUE_PAGE))
    page_no = st.number_input("Page", min_value=1, max_value=pages, value=1) if pages > 1 else 1
    for _, row in queue.iloc[(page_no - 1) * QUEUE_PAGE : page_no * QUEUE_PAGE].iterrows():
        queue_item(row, frame)
    decided_log()


def decided_log() -> None:
    if not workspace.exists():
        return
    with workspace.connect(create=False) as conn:
        trail = workspace.audit_trail(conn)
    if not trail:
        return
    with st.expander(f"Audit trail ({len(trail)} changes)"):
        shown = pd.DataFrame(trail)[["at", "actor", "subject", "action", "field", "old", "new"]]
        st.dataframe(shown.iloc[::-1].head(500), hide_index=True, width="stretch")
