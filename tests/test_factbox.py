"""Fact boxes: labelled lines read as one record, and told apart from a press release's header."""

from __future__ import annotations

from geo.factbox import fact_boxes, without_event_dates

BATTLE = """Battle of Tinzaouaten

Date: 25–27 July 2024
Location: Tinzaouaten, Kidal Region

Result: Rebel victory
Casualties: dozens killed

The battle was fought in late July.
"""


def test_labelled_lines_parted_by_blank_lines_are_one_box():
    (box,) = fact_boxes(BATTLE)
    assert [f.role for f in box.fields] == ["date", "place", "event", "casualties"]
    assert BATTLE[box.first("date").start : box.first("date").end] == "25–27 July 2024"  # type: ignore[union-attr]
    assert box.describes_an_event
    assert (
        BATTLE[box.start : box.end].startswith("Date:")
        and "battle was fought" not in BATTLE[box.start : box.end]
    )


def test_bullets_and_bold_labels_are_fields():
    text = "## Moura\n\n- **Date:** 27–31 March 2022\n- **Location:** Moura\n* Deaths: at least 500\n"
    (box,) = fact_boxes(text)
    assert [(f.label, f.value) for f in box.fields] == [
        ("Date", "27–31 March 2022"),
        ("Location", "Moura"),
        ("Deaths", "at least 500"),
    ]


def test_a_line_of_prose_or_an_unknown_label_ends_a_box():
    text = "Date: 1 May 2020\nLocation: Gao\nHe said: the town is calm.\nDeaths: 4\nDate: 2 May 2020\n"
    first, second = fact_boxes(text)
    assert [f.role for f in first.fields] == ["date", "place"]
    assert not first.describes_an_event  # a date and a place alone are a meeting's or a release's
    assert [f.role for f in second.fields] == ["killed", "date"]
    assert not second.describes_an_event  # no place


def test_a_lone_date_line_is_no_box():
    assert fact_boxes("Kidal retaken\n\nDate: 14 November 2023\n\nThe army entered the town.") == []
    assert fact_boxes("No labelled lines here.\nDeaths: 4\nLocation: Gao\n") == []  # no date field


def test_only_an_event_box_loses_its_date_to_the_event():
    blanked = without_event_dates(BATTLE)
    assert len(blanked) == len(BATTLE) and "July 2024" not in blanked and "Location: Tinzaouaten" in blanked
    release = "Press release\n\nDate: 12 March 2024\nLocation: Bamako\n\nThe ministry said."
    assert without_event_dates(release) == release


def test_each_row_of_a_table_whose_head_names_a_date_is_a_box_of_its_cells():
    text = (
        "Intro.\n\n| Date | Place | Dead | Source |\n|:--|---|--:|---|\n"
        "| 3 May 2021 | Boni | 12 | radio |\n| 4 May 2021 | Gao |\n\n"
        "| *9 May 2021* | **Kidal** | 3 | wire |\n\n"
        "Prose ends the table.\n\n| 1 June 2021 | Ber | 4 | wire |\n"
    )
    boxes = fact_boxes(text)
    rows = [[(f.role, f.value) for f in box.fields] for box in boxes]
    # the rule is no row, a row short of cells is skipped, emphasis is no part of a value, a blank line
    # does not end the table, and the first row after prose heads a new one (and names nothing known)
    assert rows == [
        [("date", "3 May 2021"), ("place", "Boni"), ("killed", "12")],
        [("date", "9 May 2021"), ("place", "Kidal"), ("killed", "3")],
    ]
    assert {box.opens for box in boxes} == {text.index("| Date")}
    assert all(text[f.start : f.end] == f.value for box in boxes for f in box.fields)
