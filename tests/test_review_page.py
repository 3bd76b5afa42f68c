"""The review page under AppTest: the queue lists what the machine found, and a click decides."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from geo import workspace
from geo.build import build
from geo.cli import main
from geo.config import REPO_ROOT, Paths

ARTICLE = (
    "Attack near Ménaka\n\nPublished 14 March 2024\n\n"
    "Residents said armed men attacked a market in Anderamboukane on Tuesday, killing 12 civilians.\n"
)


def _app() -> AppTest:
    return AppTest.from_file(str(REPO_ROOT / "tests" / "apps" / "review_page.py"), default_timeout=120).run()


def test_queue_accept_and_reject(project: Paths, tmp_path):
    article = tmp_path / "market.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["ingest", str(article)]) == 0
    at = _app()
    assert not at.exception
    header = next(h.value for h in at.subheader if h.value.startswith("Review queue"))
    unreviewed = int(header.split("(")[1].split()[0])
    assert unreviewed >= 1
    accept = next(b for b in at.button if (b.key or "").startswith("accept-"))
    event_id = accept.key.removeprefix("accept-")
    at.text_input(key="reviewer").set_value("Ana")
    accept.click().run()
    assert not at.exception
    with workspace.connect(project, create=False) as conn:
        decided = workspace.decision(conn, event_id)
        trail = workspace.audit_trail(conn, event_id)
    assert decided is not None and decided.status == "accepted" and decided.decided_by == "Ana"
    assert trail and trail[0]["actor"] == "Ana"
    header = next(h.value for h in at.subheader if h.value.startswith("Review queue"))
    assert int(header.split("(")[1].split()[0]) == unreviewed - 1  # rebuilt: it left the queue

    at.toggle(key=next(t.key for t in at.toggle if (t.key or "").startswith("reject-"))).set_value(True).run()
    reason = next(t for t in at.text_input if (t.key or "").startswith("reason-"))
    rejected_id = reason.key.removeprefix("reason-")
    reason.set_value("duplicate of a wire report").run()
    at.button(key=f"do-reject-{rejected_id}").click().run()
    with workspace.connect(project, create=False) as conn:
        assert workspace.decision(conn, rejected_id).status == "rejected"  # type: ignore[union-attr]


def test_page_runs_with_an_empty_queue(project: Paths):
    build(project)
    at = _app()
    assert not at.exception
