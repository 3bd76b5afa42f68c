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


#: A second article, so that the queue holds one event to accept and one to reject whatever the seeds give.
SECOND_ARTICLE = (
    "Ambush near Douentza\n\nPublished 20 March 2024\n\n"
    "Gunmen ambushed an army convoy near Boni on Monday, killing four soldiers.\n"
)


def test_queue_accept_and_reject(project: Paths, tmp_path):
    for name, text in (("market.txt", ARTICLE), ("ambush.txt", SECOND_ARTICLE)):
        article = tmp_path / name
        article.write_text(text, encoding="utf-8")
        assert main(["ingest", str(article)]) == 0
    at = _app()
    assert not at.exception
    header = next(h.value for h in at.subheader if h.value.startswith("Review queue"))
    unreviewed = int(header.split("(")[1].split()[0])
    assert unreviewed >= 1
    accept = next(b for b in at.button if (b.key or "").startswith("accept-"))
    event_id = str(accept.key).removeprefix("accept-")
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

    reject = next(str(t.key) for t in at.toggle if (t.key or "").startswith("reject-"))
    at.toggle(key=reject).set_value(True).run()
    reason = next(t for t in at.text_input if (t.key or "").startswith("reason-"))
    rejected_id = str(reason.key).removeprefix("reason-")
    reason.set_value("duplicate of a wire report").run()
    at.button(key=f"do-reject-{rejected_id}").click().run()
    with workspace.connect(project, create=False) as conn:
        assert workspace.decision(conn, rejected_id).status == "rejected"  # type: ignore[union-attr]


def test_page_runs_with_an_empty_queue(project: Paths):
    build(project)
    at = _app()
    assert not at.exception


def test_dataset_upload_loads_good_rows_and_reports_the_bad_ones(project: Paths):
    build(project)
    at = _app()
    fixture = REPO_ROOT / "tests" / "fixtures" / "acled_mali_sample.csv"
    at.file_uploader(key="import_file").set_value((fixture.name, fixture.read_bytes(), "text/csv"))
    form_button = next(b for b in at.button if b.label == "Import")
    form_button.click().run()
    assert not at.exception
    assert any("rows imported as 'acled'" in s.value for s in at.success)
    report = "\n".join(c.value for c in at.code)
    assert "MLI9006" in report and "event_date is not a date" in report  # still shown after the rerun
    with workspace.connect(project, create=False) as conn:
        layers = {row["layer"] for row in workspace.datasets(conn)}
    assert "acled" in layers


def test_refused_upload_says_why_and_stores_nothing(project: Paths):
    build(project)
    at = _app()
    before = _snapshot(project)
    at.file_uploader(key="upload_files").set_value(
        [("report.txt", b"\x00\x01\x02binary\xff" * 50, "text/plain")]
    )
    next(b for b in at.button if b.label == "Add").click().run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "report.txt" in errors and "binary" in errors.lower()
    assert any("Nothing was added" in w.value for w in at.warning)
    assert _snapshot(project) == before


def test_an_uploaded_feed_adds_each_of_its_articles(project: Paths):
    build(project)
    at = _app()
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        b"<item><title>Market attacked</title><pubDate>Thu, 14 Mar 2024 09:30:00 GMT</pubDate>"
        b"<description>Armed men attacked a market in Anderamboukane on Tuesday, killing 12 civilians."
        b"</description></item><item><title>Convoy ambushed</title><pubDate>Sat, 02 Sep 2023 18:00:00 GMT"
        b"</pubDate><description>Jihadists ambushed a convoy near Boni on Friday.</description></item>"
        b"</channel></rss>"
    )
    at.file_uploader(key="upload_files").set_value([("desk.rss", feed, "application/rss+xml")])
    next(b for b in at.button if b.label == "Add").click().run()
    assert not at.exception and not at.error
    with workspace.connect(project) as conn:
        stored = sorted((d.title, d.published, d.publisher) for d in workspace.documents(conn))
    assert stored == [
        ("Convoy ambushed", "2023-09-02", "Desk"),
        ("Market attacked", "2024-03-14", "Desk"),
    ]


def test_the_upload_offers_only_what_ingest_reads_and_every_feed():
    from geo.ingest import FEED_SUFFIXES, SUPPORTED_SUFFIXES
    from geo.ui.review import UPLOAD_TYPES

    offered = {f".{t}" for t in UPLOAD_TYPES}
    assert offered <= SUPPORTED_SUFFIXES | FEED_SUFFIXES
    assert offered >= FEED_SUFFIXES | {".txt", ".md", ".html", ".pdf"}


def _snapshot(project: Paths) -> dict[str, str]:
    """Every file under data/ by content; the workspace by what it holds (its WAL file changes on reads)."""
    import hashlib
    import sqlite3

    out = {}
    for path in sorted(project.data.rglob("*")):
        if not path.is_file() or path.name.endswith(("-wal", "-shm")):
            continue
        if path.suffix == ".sqlite":
            with sqlite3.connect(path) as conn:
                data = "\n".join(conn.iterdump()).encode()
        else:
            data = path.read_bytes()
        out[str(path.relative_to(project.data))] = hashlib.sha256(data).hexdigest()
    return out
