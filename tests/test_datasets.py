"""ACLED and UCDP GED exports: their own layouts in, the event model out, bad rows reported."""

from __future__ import annotations

import datetime as dt

import pytest

from geo import datasets, store
from geo.cli import main
from geo.config import REPO_ROOT, Paths

FIXTURES = REPO_ROOT / "tests" / "fixtures"
ACLED = FIXTURES / "acled_mali_sample.csv"
UCDP = FIXTURES / "ucdp_ged_mali_sample.csv"


def test_acled_rows_map_to_the_event_model():
    result = datasets.import_acled(ACLED.read_bytes(), name=ACLED.name)
    frame = result.frame.set_index("event_id")
    assert result.rows_read == 8 and result.loaded == 6
    moura = frame.loc["acled-MLI9001"]
    assert (moura["event_type"], moura["event_date"]) == ("atrocity", "2022-03-27")
    assert moura["time_precision"] == 1
    assert (moura["fatalities"], moura["location"], moura["layer"]) == (250, "Moura", "acled")
    assert moura["sub_event_type"] == "Violence against civilians: Attack"
    week = frame.loc["acled-MLI9002"]  # ACLED time_precision 2: the week starting on the date
    assert (week["event_date"], week["end_date"], week["time_precision"]) == ("2022-04-21", "2022-04-27", 2)
    assert frame.loc["acled-MLI9003", "event_date"] == "2022-04-19"  # "19 April 2022", the older date style
    assert frame.loc["acled-MLI9003", "event_type"] == "base_handover"  # from its notes
    assert frame.loc["acled-MLI9004", "event_type"] == "coup"
    assert frame.loc["acled-MLI9005", "event_type"] == "other"
    month = frame.loc["acled-MLI9008"]
    assert (month["end_date"], month["time_precision"]) == ("2021-03-04", 2)


def test_acled_bad_rows_are_reported_and_the_good_ones_load():
    result = datasets.import_acled(ACLED.read_bytes(), name=ACLED.name)
    report = "\n".join(result.skipped)
    assert "MLI9006" in report and "event_date is not a date" in report
    assert "MLI9007" in report and "latitude/longitude" in report
    assert "expected 31 fields" in report


def test_ucdp_rows_map_to_the_event_model():
    result = datasets.import_ucdp(UCDP.read_bytes(), name=UCDP.name)
    frame = result.frame.set_index("event_id")
    assert result.loaded == 3
    moura = frame.loc["ucdp-900001"]
    assert (moura["event_type"], moura["sub_event_type"]) == ("atrocity", "one-sided violence")
    window = (moura["event_date"], moura["end_date"], moura["time_precision"])
    assert window == ("2022-03-27", "2022-03-31", 2)
    assert (moura["fatalities_low"], moura["fatalities"], moura["fatalities_high"]) == (200, 300, 500)
    assert moura["geo_precision"] == 1
    clash = frame.loc["ucdp-900002"]
    assert (clash["event_type"], clash["geo_precision"], clash["time_precision"]) == ("other", 2, 1)
    vague = frame.loc["ucdp-900003"]
    assert (vague["time_precision"], vague["geo_precision"]) == (3, 2)
    report = "\n".join(result.skipped)
    assert "900004" in report and "900005" in report


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"", "not a readable CSV"),
        (b"a,b,c\n1,2,3\n", "missing the columns"),
        (b"\x89PNG\x00\x00binary", "binary data"),
    ],
)
def test_unusable_files_are_refused_whole(content, why):
    with pytest.raises(datasets.DatasetError, match=why):
        datasets.import_acled(content, name="x.csv")


def test_import_command_adds_toggleable_layers(project: Paths, capsys):
    from geo.build import build

    build(project)
    assert main(["import", "acled", str(ACLED)]) == 0
    assert main(["import", "ucdp", str(UCDP)]) == 0
    out = capsys.readouterr()
    assert "6 rows imported as layer 'acled', 3 skipped" in out.out and "rows skipped" in out.err
    frame = store.read_events(project)
    assert set(frame["layer"]) == {"text", "acled", "ucdp"}
    only = store.apply(frame, store.Filters(dt.date(2012, 1, 1), dt.date(2025, 12, 31), layers=("ucdp",)))
    assert set(only["event_id"]) == {"ucdp-900001", "ucdp-900002", "ucdp-900003"}


def test_a_failed_import_keeps_the_previous_layer(project: Paths, tmp_path, capsys):
    assert main(["import", "acled", str(ACLED)]) == 0
    broken = tmp_path / "broken.csv"
    broken.write_text("event_id_cnty,event_date,event_type,latitude,longitude\nX,not a date,Battles,a,b\n")
    assert main(["import", "acled", str(broken)]) == 2
    assert "no usable rows" in capsys.readouterr().err
    frame = store.read_events(project)
    assert (frame["layer"] == "acled").sum() == 6


def test_cross_check_finds_the_dataset_events_of_a_text_event(project: Paths):
    from geo import crosscheck
    from geo.build import build

    build(project)
    assert main(["import", "acled", str(ACLED)]) == 0
    assert main(["import", "ucdp", str(UCDP)]) == 0
    frame = store.read_events(project)
    moura = frame[frame["event_id"] == "ml-2022-03-moura-massacre"].iloc[0]
    found = crosscheck.candidates(frame, moura)
    assert set(found["event_id"]) == {"acled-MLI9001", "ucdp-900001"}  # same town, same days
    table = crosscheck.comparison(moura, found)
    flags = crosscheck.differing(table)
    assert table.iloc[0]["source"] == "the texts"
    acled_row = table.index[table["source"].str.startswith("ACLED")][0]
    assert table.loc[acled_row, "fatalities"] == 250 and table.iloc[0]["fatalities"] != 250
    assert bool(flags.loc[acled_row, "fatalities"]) and not bool(flags.loc[acled_row, "place"])
    coup = frame[frame["event_id"] == "ml-2021-05-24-coup"].iloc[0]
    assert "acled-MLI9004" in set(crosscheck.candidates(frame, coup)["event_id"])
    gossi = frame[frame["event_id"] == "ml-2022-04-19-gossi-handover"].iloc[0]
    assert set(crosscheck.candidates(frame, gossi)["event_id"]) == {"acled-MLI9003"}
