from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from geo.cli import main
from geo.config import REPO_ROOT

ARTICLE = """Clashes near Ménaka

Published 14 March 2024

Residents of Ménaka said armed men attacked a market in Anderamboukane before moving towards Inékar.
The governor of the Gao Region called for calm.
"""


def run_json(capsys, *args):
    code = main(["extract", *args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_extract_json_contract_on_an_unseen_article(tmp_path, capsys):
    article = tmp_path / "menaka.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, data = run_json(capsys, str(article))
    assert code == 0
    assert set(data) == {"documents", "places", "events"}
    doc = data["documents"][0]
    assert {"path", "title", "published"} <= set(doc)
    assert doc["title"] == "Clashes near Ménaka"
    names = [p["name"] for p in data["places"]]
    assert names == ["Ménaka", "Ménaka", "Andéramboukane", "Inékar", "Gao Region"]
    first = data["places"][0]
    for key in ("name", "matched_text", "doc", "start", "end", "latitude", "longitude", "geonames_id",
                "country_code", "geo_precision"):  # fmt: skip
        assert key in first
    assert ARTICLE[first["start"] : first["end"]] == first["matched_text"]
    assert isinstance(data["events"], list)


MISSION_FIELDS = (
    "event_type", "sub_event_type", "event_date", "end_date", "time_precision", "location", "latitude",
    "longitude", "geo_precision", "actor1", "actor2", "fatalities", "claims", "source", "source_quote",
    "confidence",
)  # fmt: skip


def test_extract_json_events_carry_the_mission_fields(tmp_path, capsys):
    article = tmp_path / "market.txt"
    text = (
        "Attack on a market\n\nPublished 14 March 2024\n\n"
        "Residents said armed men attacked a market in Anderamboukane on Tuesday, killing 12 civilians.\n"
    )
    article.write_text(text, encoding="utf-8")
    code, data = run_json(capsys, str(article))
    assert code == 0
    assert data["documents"][0]["published"] == "2024-03-14"  # from the "Published" line
    (event,) = data["events"]
    assert set(MISSION_FIELDS) <= set(event)
    assert event["event_type"] == "atrocity"
    assert event["event_date"] == event["end_date"] == "2024-03-12"  # the Tuesday before publication
    assert event["location"] == "Andéramboukane" and event["geo_precision"] == 1
    assert event["fatalities"] == 12 and event["claims"][0]["victims"] == "civilians"
    assert text[event["char_start"] : event["char_end"]] == event["source_quote"]
    assert event["reviewed"] is False and 0 < event["confidence"] <= 1


def test_extract_json_knows_the_towns_the_build_knows(tmp_path, capsys, gaz):
    """A town only the GeoNames fallback table holds (Bamba) is a place for ``extract`` as it is
    for the build and the single-document pipeline."""
    from geo import corpus
    from geo.ingest import read_document
    from geo.pipeline import extract_document

    article = tmp_path / "boat.txt"
    article.write_text(
        "Boat attack\n\nPublished 9 September 2023\n\nOn 7 September 2023, militants attacked a passenger "
        "boat on the Niger River near Bamba, killing dozens of civilians.\n",
        encoding="utf-8",
    )
    code, data = run_json(capsys, str(article))
    assert code == 0
    assert "Bamba" in {p["name"] for p in data["places"]}
    expected = extract_document(corpus.apply_manifest(read_document(article), None), gaz).events
    assert [(e["event_date"], e["location"]) for e in data["events"]] == [
        (e.event_date.isoformat(), e.place.name if e.place else "") for e in expected
    ]
    assert data["events"][0]["location"] == "Bamba"


def test_extract_reports_a_refused_file_and_continues(tmp_path, capsys):
    good = tmp_path / "ok.txt"
    good.write_text("Troops left Kidal.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    code = main(["extract", str(good), str(bad), "--json"])
    captured = capsys.readouterr()
    assert code == 3
    assert "binary" in captured.err
    assert len(json.loads(captured.out)["documents"]) == 1


WIRE = (
    "TIMBUKTU, Oct 3 (Reuters) - Gunmen killed nine herders in an attack on the village of Ber on "
    "Monday, a local official said.\n"
)


def test_extract_says_why_a_story_with_no_year_gives_no_events(tmp_path, capsys):
    article = tmp_path / "wire.txt"
    article.write_text(WIRE, encoding="utf-8")
    code = main(["extract", str(article), "--json"])
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert code == 0
    assert data["events"] == []
    assert data["documents"][0]["warnings"] and "--published" in data["documents"][0]["warnings"][0]
    assert "warning:" in captured.err and "no year" in captured.err


def test_extract_warns_that_a_year_read_from_the_text_may_be_wrong(tmp_path, capsys):
    article = tmp_path / "wire.txt"
    article.write_text(WIRE.replace("Monday", "Monday, a year after the 2021 coup"), encoding="utf-8")
    code, data = run_json(capsys, str(article))
    assert code == 0
    (warning,) = data["documents"][0]["warnings"]
    assert "2021" in warning and "--published" in warning
    assert [e["event_date"] for e in data["events"] if e["location"] == "Ber"] == ["2021-10-03"]


def test_extract_takes_the_publication_date_from_the_command_line(tmp_path, capsys):
    article = tmp_path / "wire.txt"
    article.write_text(WIRE, encoding="utf-8")
    code, data = run_json(capsys, str(article), "--published", "2022-10-04")
    assert code == 0
    assert data["documents"][0]["published"] == "2022-10-04"
    assert data["documents"][0]["warnings"] == []
    assert [(e["event_date"], e["location"]) for e in data["events"]] == [("2022-10-03", "Ber")]


def test_extract_refuses_a_bad_publication_date(tmp_path, capsys):
    article = tmp_path / "wire.txt"
    article.write_text(WIRE, encoding="utf-8")
    assert main(["extract", str(article), "--published", "2022-13-01"]) == 2
    assert "--published" in capsys.readouterr().err


def test_extract_missing_file_fails_cleanly(capsys):
    code = main(["extract", "/nonexistent/file.txt", "--json"])
    assert code == 1
    assert "no such file" in capsys.readouterr().err


def test_catalog_check_passes(capsys):
    assert main(["catalog", "check"]) == 0
    assert "every quote verbatim" in capsys.readouterr().out


def test_gazetteer_import_command(project, capsys):
    fixture = Path(__file__).parent / "fixtures" / "geonames_ML_sample.txt"
    assert main(["gazetteer", "import", str(fixture)]) == 0
    assert "imported 3" in capsys.readouterr().out
    assert main(["gazetteer", "import", "/nonexistent.txt"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_geocode_is_refused_offline_by_default(monkeypatch, capsys, project):
    monkeypatch.delenv("ATLAS_ONLINE_GEOCODING", raising=False)
    assert main(["geocode", "Léré"]) == 2
    assert "online geocoding is off" in capsys.readouterr().err


def test_module_entry_point_runs():
    out = subprocess.run(
        [sys.executable, "-m", "geo", "--version"], capture_output=True, text=True, cwd=REPO_ROOT, check=True
    )
    assert out.stdout.startswith("mali-atlas ")
