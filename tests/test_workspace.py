"""The workspace: documents in, review decisions out, nothing lost, nothing half-written."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo import build, catalog, intake, workspace
from geo.cli import main
from geo.config import Paths

ARTICLE = (
    "Attack near Ménaka\n\nPublished 14 March 2024\n\n"
    "Residents said armed men attacked a market in Anderamboukane on Tuesday, killing 12 civilians.\n"
)


def tree_digest(root: Path) -> dict[str, str]:
    """Every file under ``root`` with the hash of its bytes."""
    return {
        str(f.relative_to(root)): hashlib.sha256(f.read_bytes()).hexdigest()
        for f in sorted(root.rglob("*"))
        if f.is_file()
    }


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "market.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_ingest_adds_the_document_and_its_events_appear_unreviewed(project: Paths, article: Path, capsys):
    assert main(["ingest", str(article)]) == 0
    out = capsys.readouterr().out
    assert "added market.txt" in out and "published 2024-03-14" in out
    from geo import store

    events = store.read_events(project)
    mine = events[events["source"].str.contains("market.txt")]
    assert len(mine) == 1
    row = mine.iloc[0]
    assert (row["event_type"], row["location"], row["status"]) == ("atrocity", "Andéramboukane", "machine")
    assert store.read_document_text("market.txt", project) is not None  # the source reader finds it


def test_the_same_content_is_not_added_twice(project: Paths, article: Path, tmp_path: Path, capsys):
    copy = tmp_path / "copy-of-market.txt"
    copy.write_bytes(article.read_bytes())
    assert main(["ingest", str(article), "--no-build"]) == 0
    assert main(["ingest", str(copy), "--no-build"]) == 0
    assert "already in the workspace as market.txt" in capsys.readouterr().out
    with workspace.connect(project) as conn:
        assert [d.doc_id for d in workspace.documents(conn)] == ["market.txt"]


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("empty.txt", b"", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        ("big.txt", b"a" * (5 * 1024 * 1024 + 1), "over the 5 MB limit"),
        ("table.xlsx", b"PK\x03\x04 not really a spreadsheet", "unsupported file type"),
        ("nodate.txt", b"Title\n\nSoldiers attacked a village near Gao.\n", "no publication date"),
    ],
)
def test_a_refused_file_leaves_data_byte_for_byte_unchanged(
    project, article, tmp_path, capsys, name, content, why
):
    bad = tmp_path / name
    bad.write_bytes(content)
    before = tree_digest(project.data)
    assert main(["ingest", str(article), str(bad)]) == 1  # one bad file refuses the batch
    err = capsys.readouterr().err
    assert why in err and "nothing was added" in err
    assert tree_digest(project.data) == before
    assert not workspace.exists(project)


def test_uploaded_names_never_leave_the_workspace(project: Paths):
    candidate = intake.check("../../etc/passwd.txt", ARTICLE.encode())
    assert candidate.document.doc_id == "passwd.txt"
    candidate = intake.check("..\\..\\windows\\evil.md", ARTICLE.encode())
    assert candidate.document.doc_id == "evil.md"
    result = intake.store([candidate], project)
    assert [d.doc_id for d in result.added] == ["evil.md"]
    assert not any(p.name == "evil.md" for p in project.home.parent.rglob("evil.md"))  # stored in the DB only


def test_a_name_already_taken_by_other_content_gets_a_new_id(project: Paths):
    a = intake.check("report.txt", ARTICLE.encode())
    b = intake.check("report.txt", ARTICLE.replace("12 civilians", "14 civilians").encode())
    result = intake.store([a, b], project)
    assert [d.doc_id for d in result.added] == ["report.txt", "report-2.txt"]


def _machine_event(project: Paths) -> dict:
    from geo import store

    events = store.read_events(project)
    return events[(events["status"] == "machine") & (events["source"] == "market.txt")].iloc[0].to_dict()


def test_accept_edit_reject_and_the_audit_trail(project: Paths, article: Path):
    assert main(["ingest", str(article)]) == 0
    event = _machine_event(project)
    from geo.review import accept, reject

    with workspace.connect(project) as conn:
        accepted = accept(
            conn, event, edits={"sub_event_type": "market attack"}, expected_version=0, actor="ana"
        )
        assert accepted.status == "edited" and accepted.version == 1
        with pytest.raises(workspace.Conflict):  # somebody decided since version 0 was loaded
            reject(conn, event["event_id"], "duplicate", expected_version=0, actor="ben")
        reject(conn, event["event_id"], "not in Mali", expected_version=1, actor="ben")
        trail = workspace.audit_trail(conn, event["event_id"])
    actions = [(t["actor"], t["action"], t["field"]) for t in trail]
    assert ("ana", "decide: edited", "status") in actions
    assert ("ana", "decide: edited", "record.sub_event_type") in actions
    assert ("ben", "decide: rejected", "reason") in actions
    old_new = {t["field"]: (t["old"], t["new"]) for t in trail if t["actor"] == "ana"}
    assert old_new["status"] == ("unreviewed", "edited")


def test_reviewed_events_join_the_curated_ones_and_rejected_ones_leave(project: Paths, article: Path):
    assert main(["ingest", str(article)]) == 0
    event = _machine_event(project)
    from geo import store
    from geo.review import accept

    with workspace.connect(project) as conn:
        accept(conn, event, expected_version=0, actor="ana")
    build.build(project)
    events = store.read_events(project)
    row = events[events["event_id"] == event["event_id"]].iloc[0]
    assert bool(row["reviewed"]) and row["status"] == "reviewed"
    import yaml

    exported = yaml.safe_load(_export(project))
    assert event["event_id"] in [e["event_id"] for e in exported]


def _export(project: Paths) -> str:
    out = project.home / "exported.yaml"
    assert main(["catalog", "export", "--out", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_catalogue_export_round_trips(project: Paths, tmp_path: Path):
    out = tmp_path / "events.yaml"
    assert main(["catalog", "export", "--out", str(out)]) == 0
    from geo import gazetteer

    gaz = gazetteer.load(project)
    again = catalog.load(out, gaz)
    original = catalog.load(project.catalogue, gaz)
    assert {e.event_id for e in again} == {e.event_id for e in original}
    assert catalog.dump(sorted(again, key=lambda e: e.event_id)) == catalog.dump(
        sorted(original, key=lambda e: e.event_id)
    )


WRITER = """
import sys
from pathlib import Path
from geo import workspace
from geo.config import Paths

home, actor, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with workspace.connect(Paths(Path(home))) as conn:
    for i in range(n):
        workspace.decide(conn, f"{actor}-{i}", "rejected", reason=f"test {i}", actor=actor)
        workspace.decide(conn, "shared", "rejected", reason=f"{actor} {i}", actor=actor)
"""


OPENER = """
import sys, time
from pathlib import Path
from geo import workspace
from geo.config import Paths

home, actor, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
while time.time() < start:
    pass
with workspace.connect(Paths(Path(home))) as conn:
    workspace.decide(conn, actor, "rejected", reason="first", actor=actor)
"""


def test_sessions_opening_a_new_workspace_at_once_all_get_in(tmp_path: Path):
    """Switching a new file to WAL is not covered by SQLite's busy wait; several processes
    creating the workspace in the same instant must still all open it and write."""
    import subprocess
    import sys
    import time

    from geo.config import REPO_ROOT

    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    for round_ in range(3):
        home = tmp_path / f"round{round_}"
        (home / "data").mkdir(parents=True)
        start = time.time() + 1.5  # every process imported and waiting when the moment comes
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", OPENER, str(home), f"s{k}", str(start)],
                env=env,
                stderr=subprocess.PIPE,
                text=True,
            )
            for k in range(5)
        ]
        results = [(proc.wait(timeout=120), proc.stderr.read()) for proc in procs]  # type: ignore[union-attr]
        assert [code for code, _ in results] == [0] * 5, results
        with workspace.connect(Paths(home)) as conn:
            decided = {row["event_id"] for row in conn.execute("SELECT event_id FROM decisions")}
            assert decided == {f"s{k}" for k in range(5)}
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_two_concurrent_writers_lose_no_decision(project: Paths):
    """Two separate processes (two browser sessions would be two server threads) write at once."""
    import subprocess
    import sys

    from geo.config import REPO_ROOT

    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(project.home), who, "40"],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("ana", "ben")
    ]
    results = [(proc.wait(timeout=120), proc.stderr.read()) for proc in procs]  # type: ignore[union-attr]
    assert [code for code, _ in results] == [0, 0], results
    with workspace.connect(project) as conn:
        ids = {d.event_id for d in workspace.decisions(conn)}
        assert {f"{w}-{i}" for w in ("ana", "ben") for i in range(40)} <= ids
        shared = workspace.decision(conn, "shared")
        assert shared is not None and shared.version == 80  # every write counted, none overwritten unseen
        assert len([t for t in workspace.audit_trail(conn, "shared") if t["field"] == "reason"]) == 80


def _half_write(conn: sqlite3.Connection) -> None:
    with workspace.transaction(conn):
        conn.execute("UPDATE decisions SET reason = 'half' WHERE event_id = 'e1'")
        raise RuntimeError("power cut")


def test_a_crash_mid_transaction_leaves_the_old_state(project: Paths):
    with workspace.connect(project) as conn:
        workspace.decide(conn, "e1", "rejected", reason="first", actor="ana")
        with pytest.raises(RuntimeError):
            _half_write(conn)
        assert workspace.decision(conn, "e1").reason == "first"  # type: ignore[union-attr]
    # and the file is a healthy SQLite database
    with sqlite3.connect(workspace.database_path(project)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".html", ".pdf", ".csv"]))
def test_random_bytes_never_crash_ingest_or_half_write(project: Paths, data: bytes, suffix: str):
    from geo.ingest import IngestError
    from geo.pipeline import extract_document

    before = tree_digest(project.data)
    try:
        candidate = intake.check(f"fuzz{suffix}", data, published="2024-01-01")
    except IngestError as exc:
        assert str(exc)
        assert tree_digest(project.data) == before
        return
    from geo import gazetteer

    extract_document(candidate.document, gazetteer.load(project))
    assert tree_digest(project.data) == before  # checking and extracting write nothing


def test_a_date_can_be_given_when_the_text_has_none(project: Paths):
    with pytest.raises(intake.NeedsDate):
        intake.check("x.txt", b"Title\n\nSoldiers attacked a village near Gao on 3 May.\n")
    candidate = intake.check(
        "x.txt", b"Title\n\nSoldiers attacked a village near Gao on 3 May.\n", published="2023-06"
    )
    assert candidate.document.published == dt.date(2023, 6, 1) and candidate.document.published_precision == 2


def test_merge_moves_the_sentence_into_the_existing_event_in_one_step(project: Paths, article: Path):
    import json

    from geo import store
    from geo.review import merge

    assert main(["ingest", str(article)]) == 0
    events = store.read_events(project)
    source = {str(k): v for k, v in events[events["source"] == "market.txt"].iloc[0].items()}
    target = {str(k): v for k, v in events[events["event_id"] == "ml-2022-03-moura-massacre"].iloc[0].items()}
    before = len(json.loads(target["sources"]))
    with workspace.connect(project) as conn:
        merge(conn, source, target, expected_version=0, target_version=0, actor="ana")
        assert workspace.decision(conn, source["event_id"]).merged_into == target["event_id"]  # type: ignore[union-attr]
    build.build(project)
    after = store.read_events(project)
    assert source["event_id"] not in set(after["event_id"])
    merged = after[after["event_id"] == target["event_id"]].iloc[0]
    quotes = [s["quote"] for s in json.loads(merged["sources"])]
    assert len(quotes) == before + 1 and any("Anderamboukane" in q for q in quotes)
    assert json.loads(merged["date_claims"])[-1]["date"] == source["event_date"][:10]


VILLAGE = (
    "Siege of a village\n\nPublished 25 November 2020\n\n"
    "The village of Dagabéré, in the Niono cercle, has been cut off since October. "
    "On 6 October gunmen seized about twenty people in Dagabéré.\n"
)


def test_an_event_at_a_village_the_text_placed_is_accepted_built_and_exported(project: Paths, tmp_path: Path):
    path = tmp_path / "village.txt"
    path.write_text(VILLAGE, encoding="utf-8")
    assert main(["ingest", str(path)]) == 0
    from geo import gazetteer, store
    from geo.review import accept

    events = store.read_events(project)
    row = events[events["source"].str.contains("village.txt")].iloc[0]
    assert (row["location"], row["geo_precision"]) == ("Dagabéré", 2)
    assert row["place_id"].startswith("text-dagabere@")  # the name and its point
    assert "Niono" in row["coordinate_source"]
    with workspace.connect(project) as conn:
        accept(conn, {str(k): v for k, v in row.items()}, expected_version=0, actor="ana")
    build.build(project)  # no gazetteer holds the place: it travels with the decision
    again = store.read_events(project)
    built = again[again["event_id"] == row["event_id"]].iloc[0]
    assert bool(built["reviewed"]) and (built["location"], built["latitude"]) == ("Dagabéré", row["latitude"])
    assert "Dagabéré" in _export(project)
    reloaded = {e.event_id: e for e in catalog.load(project.home / "exported.yaml", gazetteer.load(project))}
    place = reloaded[row["event_id"]].place
    assert place is not None and (place.name, place.origin, place.geo_precision) == ("Dagabéré", "text", 2)
