"""Temporal expressions: every form the extraction issue lists, and the traps around them."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.dates import find_dates, offset_window


def _heading_day(line: str) -> dt.date | None:
    """The first day a heading line gives the entries under it, if it heads any."""
    from geo.dates import date_heading

    heading = date_heading(line)
    return heading.first if heading else None


D = dt.date
PUBLISHED = D(2022, 5, 16)


def only(text: str, anchor: dt.date | None = PUBLISHED, anchor_precision: int = 1):
    found = [d for d in find_dates(text, anchor, anchor_precision) if d.relative is None]
    assert len(found) == 1, [d.text for d in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "anchor", "first", "last", "precision"),
    [
        ("18 August 2020", PUBLISHED, D(2020, 8, 18), D(2020, 8, 18), 1),
        ("August 18", D(2020, 9, 10), D(2020, 8, 18), D(2020, 8, 18), 1),
        ("On 24 May", D(2021, 5, 26), D(2021, 5, 24), D(2021, 5, 24), 1),
        ("during Friday afternoon prayers", D(2025, 3, 22), D(2025, 3, 21), D(2025, 3, 21), 1),
        ("10th September 2020", PUBLISHED, D(2020, 9, 10), D(2020, 9, 10), 1),
        ("April 2012", PUBLISHED, D(2012, 4, 1), D(2012, 4, 30), 2),
        ("and in August 13 people died", D(2015, 11, 21), D(2015, 8, 1), D(2015, 8, 31), 2),
        ("late March", PUBLISHED, D(2022, 3, 21), D(2022, 3, 31), 2),
        ("the night of May 11-12", PUBLISHED, D(2022, 5, 11), D(2022, 5, 12), 1),
        ("the night of 31 March to 1 April 2025", None, D(2025, 3, 31), D(2025, 4, 1), 1),
        ("March 23 to 31", PUBLISHED, D(2022, 3, 23), D(2022, 3, 31), 1),
        ("from March 23 to 31", PUBLISHED, D(2022, 3, 23), D(2022, 3, 31), 1),
        ("summer 2014", PUBLISHED, D(2014, 6, 1), D(2014, 8, 31), 3),
        ("spring/summer 2015", PUBLISHED, D(2015, 3, 1), D(2015, 8, 31), 3),
        ("June-July 2020", PUBLISHED, D(2020, 6, 1), D(2020, 7, 31), 2),
        ("(circa February 2013)", PUBLISHED, D(2013, 2, 1), D(2013, 2, 28), 2),
        ("early 2018", PUBLISHED, D(2018, 1, 1), D(2018, 4, 30), 3),
        ("(2015 on)", PUBLISHED, D(2015, 1, 1), PUBLISHED, 3),
        ("in December 2023", D(2025, 6, 1), D(2023, 12, 1), D(2023, 12, 31), 2),
        ("between 27 and 31 March 2022", None, D(2022, 3, 27), D(2022, 3, 31), 1),
        ("in August of 2020", None, D(2020, 8, 1), D(2020, 8, 31), 2),
        ("the 1990s", None, D(1990, 1, 1), D(1999, 12, 31), 3),
        ("12/03/2021", None, D(2021, 3, 12), D(2021, 3, 12), 1),
        ("2013-01-11", None, D(2013, 1, 11), D(2013, 1, 11), 1),
        ("in January", PUBLISHED, D(2022, 1, 1), D(2022, 1, 31), 2),
        ("in June", PUBLISHED, D(2021, 6, 1), D(2021, 6, 30), 2),
        ("on Tuesday", D(2020, 8, 19), D(2020, 8, 18), D(2020, 8, 18), 1),
        ("the army said Tuesday", D(2020, 8, 19), D(2020, 8, 18), D(2020, 8, 18), 1),
        ("said earlier this month", D(2023, 11, 15), D(2023, 11, 1), D(2023, 11, 15), 2),
        ("yesterday", D(2020, 8, 19), D(2020, 8, 18), D(2020, 8, 18), 1),
        # a week, a fortnight or a half of a month or a year
        ("in the first week of May 2024", None, D(2024, 5, 1), D(2024, 5, 7), 2),
        ("in the third week of February 2023", None, D(2023, 2, 15), D(2023, 2, 21), 2),
        ("in the last week of May 2024", None, D(2024, 5, 25), D(2024, 5, 31), 2),  # not "last week"
        ("in the second fortnight of March 2022", None, D(2022, 3, 16), D(2022, 3, 31), 2),
        ("in the first half of 2024", None, D(2024, 1, 1), D(2024, 6, 30), 3),
        # "avant-hier" and "ce dimanche" of a translated French report
        ("The day before yesterday, the army", D(2024, 3, 5), D(2024, 3, 3), D(2024, 3, 3), 1),
        ("This Sunday, the EIGS claimed", D(2024, 3, 5), D(2024, 3, 3), D(2024, 3, 3), 1),
        # written on a Thursday, "last Thursday" is a week back; "on Thursday" is that day
        ("in last Thursday's attacks", D(2025, 4, 24), D(2025, 4, 17), D(2025, 4, 17), 1),
        ("on Thursday", D(2025, 4, 24), D(2025, 4, 24), D(2025, 4, 24), 1),
    ],
)
def test_date_forms(text, anchor, first, last, precision):
    found = only(text, anchor)
    assert (found.first, found.last, found.precision) == (first, last, precision)


def test_no_year_means_the_most_recent_past_date():
    # "24 December" in an article of 16 May 2022 is last December, not a future one
    assert only("On 24 December", PUBLISHED).first == D(2021, 12, 24)


def test_a_day_just_after_the_anchor_is_of_its_year():
    # a note added two days after a broadcast of 14 August 2025 is not a year back
    assert only("on 16 August", D(2025, 8, 14)).first == D(2025, 8, 16)
    assert only("on 30 August", D(2025, 8, 14)).first == D(2024, 8, 30)
    assert only("Last week's attack", D(2025, 8, 14)).first == D(2025, 8, 4)  # an event's week stays


def test_circa_marks_the_date_approximate():
    assert only("(circa February 2013)").approximate
    assert not only("February 2013").approximate


@pytest.mark.parametrize(
    "text",
    [
        "this may lead to more violence",  # a modal, not the month
        "the 5 June Movement called a rally",  # a name
        "marchers filled 26 March Avenue",
        "a rally on 26 March Avenue",
        "just a month before general elections",  # relative to something undated
        "Resolution 2100 created the mission",  # a number
        "some 2,000 troops",
        "ORTM TV, Bamako, in French 2000 gmt",  # the hour of a broadcast
        "adopting resolution 2690 (2023), the Council acted",  # the year in a resolution's name
        "our explainer, and last week's note on the Kayes attacks",  # when a piece came out
    ],
)
def test_things_that_are_not_dates(text):
    assert [d.text for d in find_dates(text, PUBLISHED)] == []


def test_dates_relative_to_today_need_a_day_precise_anchor():
    # an analysis dated only to its year has no "Tuesday" and no "today"
    assert find_dates("on Tuesday", D(2025, 12, 31), anchor_precision=3) == []
    assert find_dates("today", D(2025, 12, 31), anchor_precision=3) == []


def test_relative_expressions_keep_what_they_count_from():
    (days,) = find_dates("Days after the handover, the footage appeared.", PUBLISHED)
    assert days.relative == (0, "day", "after", "handover")
    (day,) = find_dates("the day after the arrests", PUBLISHED)
    assert day.relative == (1, "day", "after", "arrests")
    (later,) = find_dates("five years later", PUBLISHED)
    assert later.relative == (5, "year", "after", "")


def test_offset_windows():
    base = (D(2022, 4, 19), D(2022, 4, 19), 1)
    assert offset_window(*base, 1, "day", "after") == (D(2022, 4, 20), D(2022, 4, 20), 1)
    assert offset_window(*base, 0, "day", "after") == (D(2022, 4, 20), D(2022, 4, 29), 2)
    year = (D(2020, 1, 1), D(2020, 12, 31), 3)
    assert offset_window(*year, 5, "year", "after") == (D(2025, 1, 1), D(2025, 12, 31), 3)


def test_counts_of_weeks_and_months_are_round_figures():
    coup = (D(2020, 8, 18), D(2020, 8, 18), 1)
    # "A month later" the transitional president was sworn in: 25 September, 38 days on.
    first, last, precision = offset_window(*coup, 1, "month", "later")
    assert (first, last, precision) == (D(2020, 9, 8), D(2020, 9, 28), 2)
    assert first <= D(2020, 9, 25) <= last
    assert offset_window(*coup, 2, "week", "after") == (D(2020, 8, 26), D(2020, 9, 7), 2)
    assert offset_window(*coup, 1, "week", "before") == (D(2020, 8, 8), D(2020, 8, 14), 2)
    # The spread stops growing: six months on is a month either side, not two.
    first, last, _ = offset_window(*coup, 6, "month", "after")
    assert (first, last) == (D(2021, 1, 19), D(2021, 3, 20))


def test_offsets_point_into_the_text():
    text = "Soldiers mutinied in Kati on 18 August 2020 and seized power."
    (d,) = find_dates(text)
    assert text[d.start : d.end] == d.text == "18 August 2020"


@given(st.text(max_size=300))
def test_never_crashes_and_windows_are_ordered(text):
    for d in find_dates(text, PUBLISHED):
        assert 0 <= d.start < d.end <= len(text)
        if d.first is not None:
            assert d.first <= d.last  # type: ignore[operator]
            assert d.precision in (1, 2, 3)


def test_needles_never_hide_a_date(seed_docs):
    """Each pattern is skipped when its needles are absent: check that on every seed sentence
    and on every form above."""
    from geo.dates import _COMPILED, _SPACES

    texts = [s.text for d in seed_docs for s in d.sentences]
    texts += [
        "On 24 May", "the night of May 11-12", "(2015 on)", "early 2018", "five years later",
        "Days after the handover", "the day after the arrests", "at the same time", "the 1990s",
        "in mid-June", "from March 23 to 31", "spring/summer 2015", "June-July 2020", "on Tuesday",
    ]  # fmt: skip
    for text in texts:
        lowered = _SPACES.sub(" ", text.lower())
        for name, pattern, needles in _COMPILED:
            if pattern.search(text):
                assert any(n in lowered for n in needles), (name, text)


_MONTH_WORDS = st.sampled_from(
    "in In since by June JUNE june of OF early Late mid- the end beginning 5 12 2012 , - and".split()
)


@given(st.lists(_MONTH_WORDS, max_size=12).map(" ".join))
def test_pattern_prefilters_never_drop_a_date(text):
    """``month_alone`` is tried only where a capitalised month has no day or year after it, and
    ``part_month`` only with a part word: skipping them elsewhere must find the same dates."""
    from geo import dates

    fast = find_dates(text, dt.date(2020, 6, 30))
    saved = dates._UNDATED_MONTH, dates._PART_YEAR
    try:
        dates._UNDATED_MONTH = re.compile("")  # always "may match"
        dates._PART_YEAR = next(i for i, c in enumerate(dates._COMPILED) if c[0] == "part_month")
        slow = find_dates(text, dt.date(2020, 6, 30))
    finally:
        dates._UNDATED_MONTH, dates._PART_YEAR = saved
    assert fast == slow


@pytest.mark.parametrize(
    "text",
    [
        "according to a UN investigation (OHCHR 2023).",
        "the raids on Dogon villages (Cissé 2020: 14).",
        "since then (Thurston 2020; HRW 2022).",
        "the coding rules follow Raleigh et al. (2010).",
        "Cissé, M. (2020) Violence in central Mali.",
    ],
)
def test_a_citation_year_is_no_date(text):
    assert [d.text for d in find_dates(text)] == []


def test_a_year_in_brackets_that_is_no_citation_stays():
    assert [d.text for d in find_dates("the Moura massacre (2022) and the coup (in 2012)")] == [
        "2022",
        "2012",
    ]


def test_a_day_alone_on_its_line_heads_the_entries_under_it():
    from geo.dates import date_heading

    assert _heading_day("Tuesday 18 August 2020") == dt.date(2020, 8, 18)
    assert _heading_day("**Wednesday, 19 August 2020**") == dt.date(2020, 8, 19)
    assert date_heading("August 2020") is None  # a month heads no entries of a day
    assert date_heading("Published 18 August 2020") is None
    assert date_heading("18 August 2020: soldiers detain the president") is None


def test_a_weekday_before_the_full_date_is_one_date():
    (date,) = find_dates("that on Sunday 1 June 2025, at around 05:00, the camp", dt.date(2025, 6, 2))
    assert (date.text, date.first) == ("on Sunday 1 June 2025", dt.date(2025, 6, 1))
    # the numbers win over what the weekday alone would resolve to
    (date,) = find_dates("on Friday, June 1, 2025", dt.date(2025, 6, 2))
    assert date.first == dt.date(2025, 6, 1)


def test_a_weekday_before_a_day_in_a_text_dated_by_its_year_is_still_the_day_s():
    (date,) = find_dates("On Tuesday 24 August, soldiers foiled", dt.date(2021, 12, 31), 3)
    assert (date.text, date.first) == ("On Tuesday 24 August", dt.date(2021, 8, 24))


def test_overnight_on_a_weekday_is_that_night():
    (date,) = find_dates("attacked the town overnight on Saturday, killing 12", dt.date(2023, 9, 27))
    assert date.first == dt.date(2023, 9, 23)
    (date,) = find_dates("clashes overnight killed two", dt.date(2023, 9, 27))
    assert date.first == dt.date(2023, 9, 27)


def test_a_feed_items_stamp_heads_its_entries():
    from geo.dates import date_heading, day_headings

    assert _heading_day("Wed, 18 Sep 2024 07:30:00 +0000") == dt.date(2024, 9, 18)
    assert _heading_day("Thu, 11 Jul 2024 16:05 GMT") == dt.date(2024, 7, 11)
    assert date_heading("Wed, 18 Sep 2024 07:30:00 the army said") is None
    feed = (
        "Saved items\n\nTwin attack in Bamako\nWed, 18 Sep 2024 07:30:00 +0000\nGunmen stormed a school.\n\n"
        "Ban lifted\nThu, 11 Jul 2024 16:05:00 +0000\nThe junta lifted the ban.\n"
    )
    (first, day1), (second, day2) = day_headings(feed, feed.index("\n") + 1)
    assert (day1.first, day2.first) == (dt.date(2024, 9, 18), dt.date(2024, 7, 11))
    # an item's title above its stamp is of that item, not of the one before
    assert feed[first:].startswith("Twin attack") and feed[second:].startswith("Ban lifted")


def test_early_or_late_on_a_weekday_is_that_day():
    monday = dt.date(2019, 1, 21)
    assert [d.first for d in find_dates("attacked the base early Sunday, killing 10", monday)] == [
        dt.date(2019, 1, 20)
    ]
    assert [d.first for d in find_dates("clashes late Monday near Gao", monday)] == [monday]
    thursday = dt.date(2015, 6, 11)
    assert [d.first for d in find_dates("attacked the town before dawn Wednesday", thursday)] == [
        dt.date(2015, 6, 10)
    ]
    assert [d.first for d in find_dates("they struck at first light on Monday", thursday)] == [
        dt.date(2015, 6, 8)
    ]


def test_the_day_before_counts_back_from_the_day_just_told():
    (said, before) = find_dates(
        "It said on 24 May that it had attacked Dioura the day before.", dt.date(2025, 6, 3)
    )
    assert (said.first, before.relative) == (dt.date(2025, 5, 24), (1, "day", "before", ""))
    (named,) = find_dates("the day before the coup", dt.date(2025, 6, 3))
    assert named.relative == (1, "day", "before", "coup")  # counted from the coup, not the last day told


def test_between_two_years_is_the_years_between():
    (span,) = find_dates("soldiers who seized power between 2020 and 2023", dt.date(2025, 2, 5))
    assert (span.first, span.last, span.precision) == (dt.date(2020, 1, 1), dt.date(2023, 12, 31), 3)
    assert find_dates("between 20 and 30 people", dt.date(2025, 2, 5)) == []


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("A fortnight later the rebels attacked.", (14, "day", "after", "")),
        ("48 hours later the army struck back.", (2, "day", "after", "")),
        ("Ten days on, the army retook the town.", (10, "day", "after", "")),
    ],
)
def test_a_fortnight_hours_and_days_on_count_from_the_last_day_told(text, relative):
    (date,) = find_dates(text, dt.date(2023, 1, 1))
    assert date.relative == relative
    assert find_dates("They spent ten days on the road and 12 hours in custody.", dt.date(2023, 1, 1)) == []


def test_by_a_weekday_is_that_day_or_the_week_before_it():
    (by,) = find_dates("By Tuesday the hostages had been freed", dt.date(2014, 5, 26))
    assert (by.first, by.last, by.precision) == (dt.date(2014, 5, 14), dt.date(2014, 5, 20), 2)


def test_a_year_after_a_month_is_the_year_even_before_a_count_s_noun():
    (date,) = find_dates("In March 2023 soldiers attacked a base near the river.", dt.date(2024, 5, 9))
    assert (date.first, date.last) == (dt.date(2023, 3, 1), dt.date(2023, 3, 31))
    (august,) = find_dates("In August 13 people died.", dt.date(2024, 5, 9))
    assert (august.text, august.first) == ("In August", dt.date(2023, 8, 1))  # 13 people, no day


def test_a_weekday_opening_a_line_or_a_thread_s_post_dates_it():
    thursday = dt.date(2024, 5, 9)
    for text, day in (
        ("Wednesday night, fighters burned the market.", dt.date(2024, 5, 8)),
        ("3/ Tuesday: drone strike near the town.", dt.date(2024, 5, 7)),
        ("Thursday morning the army announced it.", thursday),
        ("Sources say it began.\nMonday, gunmen came back.", dt.date(2024, 5, 6)),
    ):
        (date,) = find_dates(text, thursday)
        assert (date.first, date.last, date.precision) == (day, day, 1), text
    # a weekday that is the sentence's subject or a noun's qualifier is no date of an act
    assert find_dates("Friday is a day of prayer.", thursday) == []
    assert find_dates("Monday protests were held.", thursday) == []


def test_since_a_weekday_runs_from_that_day_to_the_day_of_writing():
    (since,) = find_dates("have been killed since Saturday in the fighting", dt.date(2024, 7, 31))
    assert (since.first, since.last, since.precision) == (dt.date(2024, 7, 27), dt.date(2024, 7, 31), 1)
    (year,) = find_dates("deployed since 2019", dt.date(2024, 7, 31))
    assert year.text == "2019"  # a state that began then, read as the year alone


def test_that_evening_is_later_on_the_day_just_told():
    (_, evening) = find_dates(
        "On Friday the envoy flew in, and a ceasefire was signed that evening", dt.date(2014, 5, 26)
    )
    assert evening.kind == "same_time"
    assert find_dates("The guards said that night fell early", dt.date(2014, 5, 26)) == []  # "that" of speech


def test_a_span_of_weekdays():
    monday = dt.date(2024, 7, 29)
    for text in ("between Thursday and Saturday", "from Thursday to Saturday"):
        (span,) = find_dates(f"fighting {text} near the border", monday)
        assert (span.first, span.last, span.precision) == (dt.date(2024, 7, 25), dt.date(2024, 7, 27), 1)
    (span,) = find_dates("between Saturday and Monday", monday)
    assert (span.first, span.last) == (dt.date(2024, 7, 27), monday)
    # "went after the hamlets on Tuesday and Wednesday": both days, one window
    (span,) = find_dates("raids on Thursday and Friday near the border", monday)
    assert (span.first, span.last, span.precision) == (dt.date(2024, 7, 25), dt.date(2024, 7, 26), 1)
    # "attacked Boni on the night of Saturday to Sunday": the night across both days
    (span,) = find_dates("attacked Boni on the night of Saturday to Sunday", monday)
    assert (span.first, span.last) == (dt.date(2024, 7, 27), dt.date(2024, 7, 28))


def test_years_ago_count_back_from_the_writing():
    anchor = dt.date(2025, 11, 20)

    def read(text: str, precision: int = 1) -> tuple:
        (date,) = find_dates(text, anchor, precision)
        return date.first, date.last, date.precision

    assert read("Ten years ago today, gunmen") == (dt.date(2015, 11, 20), dt.date(2015, 11, 20), 1)
    assert read("a decade ago") == (dt.date(2015, 1, 1), dt.date(2015, 12, 31), 3)
    assert read("three months ago") == (dt.date(2025, 7, 21), dt.date(2025, 9, 19), 2)  # about 20 August
    assert read("A month ago", precision=2) == (dt.date(2025, 10, 1), dt.date(2025, 10, 31), 2)
    assert find_dates("A month ago", dt.date(2019, 11, 2))[0].first == dt.date(2019, 9, 22)
    assert read("five days ago") == (dt.date(2025, 11, 15), dt.date(2025, 11, 15), 1)
    assert read("two years ago", precision=3) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31), 3)
    assert find_dates("five days ago", anchor, 3) == []  # a day means nothing against a year
    assert find_dates("several years ago", anchor) == []  # no count to go back by


def test_a_name_in_capitals_with_a_number_is_no_year():
    assert find_dates("the hotel in Bamako's ACI 2000 district") == []
    assert [d.first for d in find_dates("R 061430Z JUL 2006")] == [dt.date(2006, 7, 1)]  # a month


def test_the_time_of_day_before_a_weekday_and_its_date():
    found = find_dates(
        "On the morning of Friday 22 July 2022, fighters attacked.", anchor=dt.date(2022, 7, 25)
    )
    assert [(d.first, d.text) for d in found] == [
        (dt.date(2022, 7, 22), "the morning of Friday 22 July 2022")
    ]
    (night,) = find_dates("Gunmen attacked on the night of Saturday.", anchor=dt.date(2022, 7, 25))
    assert night.first == dt.date(2022, 7, 23)


def test_this_day_in_a_year_is_the_writing_day_then():
    (then,) = find_dates("On this day in 2012, soldiers stormed the palace.", dt.date(2024, 3, 22))
    assert (then.first, then.last, then.precision) == (dt.date(2012, 3, 22), dt.date(2012, 3, 22), 1)
    (year,) = find_dates("On this day in 2012, soldiers stormed the palace.", dt.date(2024, 3, 22), 3)
    assert (year.first, year.last, year.precision) == (dt.date(2012, 1, 1), dt.date(2012, 12, 31), 3)


def test_a_numeric_date_with_a_two_digit_year():
    (day,) = find_dates("01/06/25 — Boulkessi: attack on the army camp.")
    assert (day.first, day.precision) == (dt.date(2025, 6, 1), 1)
    assert find_dates("open 24/7/365") == []


def test_a_part_of_last_year_counts_back_from_the_writing():
    (end,) = find_dates("At the end of last year, the mission left.", dt.date(2025, 6, 5))
    assert (end.first, end.last, end.precision, end.anchored) == (
        dt.date(2024, 9, 1),
        dt.date(2024, 12, 31),
        3,
        True,
    )
    (early,) = find_dates("early last year", dt.date(2025, 6, 5))
    assert (early.first, early.last) == (dt.date(2024, 1, 1), dt.date(2024, 4, 30))
    assert find_dates("at the end of last year") == []  # undated writing: no year to count from


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("closed borders within days", "day"),
        ("within a few weeks", "week"),
        ("Within several months", "month"),
    ],
)
def test_within_days_counts_a_few_units_from_the_last_date(text, unit):
    (found,) = find_dates(text, PUBLISHED)
    assert found.relative == (0, unit, "after", "")


def test_within_days_of_a_named_event_is_not_counted_from_the_last_date():
    assert find_dates("within weeks of the coup", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [("* 03/02: IED strike on a convoy", D(2022, 2, 3)), ("11/05 — gunmen attacked", D(2022, 5, 11))],
)
def test_a_day_and_month_heading_an_entry_is_a_day_of_the_reports_year(text, day):
    (found,) = find_dates(text, PUBLISHED)
    assert (found.first, found.last, found.anchored, found.text) == (day, day, True, text.lstrip("* ")[:5])


@pytest.mark.parametrize(
    "text", ["The vote was 3/2: a narrow win", "On 03/02: nothing", "* 31/02: no such day"]
)
def test_a_day_and_month_elsewhere_is_no_date(text):
    assert find_dates(text, PUBLISHED) == []


def test_an_entrys_day_and_month_need_a_year_to_read_them_in():
    assert find_dates("* 03/02: IED strike", None) == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("* OCTOBER 2023 - Militants kill 17 soldiers in Bourem.", D(2023, 10, 1), D(2023, 10, 31)),
        ("On 14 SEPT 2023 gunmen struck.", D(2023, 9, 14), D(2023, 9, 14)),
        ("Filed 3 MAY 2024 by the desk.", D(2024, 5, 3), D(2024, 5, 3)),
    ],
)
def test_a_month_in_capitals_in_a_line_that_is_not(text, first, last):
    (d,) = find_dates(text, D(2024, 8, 3))
    assert (d.first, d.last) == (first, last)


def test_may_in_capitals_is_a_month_only_beside_a_number():
    assert find_dates("Militants MAY strike again, officials warn.", D(2024, 8, 3)) == []


def test_a_day_of_the_month_alone_waits_for_its_month():
    for text, day in [
        ("On the 7th, jihadists attacked a boat.", 7),
        ("Voters went to the polls on the 18th for a referendum.", 18),
        ("On the 30th the Council ended the mandate.", 30),
        ("The mandate ran out on the 31st.", 31),
    ]:
        (d,) = find_dates(text, D(2024, 1, 2))
        assert (d.kind, d.relative, d.first) == ("ordinal_day", (day, "day_of_month", "", ""), None)
    for text in ["in the 21st century", "for the 3rd time", "the 5th Regiment attacked", "its 13th edition"]:
        assert find_dates(text, D(2024, 1, 2)) == [], text


def test_month_headings():
    from geo.dates import month_headings

    text = (
        "Title\n## February\n\nOn the 5th …\n**June 2023**\nOn the 16th …\nJuly 2019\nAugust\n"
        "## October and November\n…\n### Attacks\n…\n## Background\n…\n## December–January 2024\n"
    )
    assert [h[1] for h in month_headings(text)] == [
        (2, None, 2),
        (6, 2023, 6),
        (8, None, 8),  # "July 2019" is a dateline
        (10, None, 11),  # "### Attacks" is a part of it
        (0, None, 0),  # another heading as high ends the months above it
        (12, 2023, 1),  # the year is the last month's
    ]


def test_a_press_reviews_items_are_dated_by_the_articles_they_cite():
    from geo.dates import cited_items

    text = (
        "Press review\n\nWhat the papers said.\n\n"
        "Jeune Afrique (14 August): The army has arrested two generals.\n\n"
        "- Le Monde (16 August 2025) — The junta dissolved the parties on 13 May.\n\n"
        "In Mali (2012): a year, not an article's day.\n\nGoïta (left): a caption.\n"
    )
    items = cited_items(text, 0, D(2025, 8, 17))
    assert [(text[a:b], d.first) for _, a, b, d in items] == [
        ("The army has arrested two generals.", D(2025, 8, 14)),
        ("The junta dissolved the parties on 13 May.", D(2025, 8, 16)),
    ]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("In June last year gunmen killed 35 people", D(2021, 6, 1)),
        ("in March of last year", D(2021, 3, 1)),
        ("in November this year", D(2022, 11, 1)),
        ("by January next year", D(2023, 1, 1)),
    ],
)
def test_a_month_of_last_or_next_year_is_that_year_s(text, month):
    found = only(text)
    assert (found.first, found.precision) == (month, 2)
    assert found.last.month == month.month and found.last.year == month.year


def test_the_early_hours_of_a_weekday_are_that_day():
    found = only("Officers seized power in the early hours of Wednesday, minutes after.", D(2023, 8, 31))
    assert (found.first, found.precision) == (D(2023, 8, 30), 1)


def test_a_weekday_s_part_of_the_day_belongs_to_the_date():
    found = only("Hours earlier, on Friday evening, gunmen killed 14 people.", D(2021, 6, 6))
    assert (found.text, found.first) == ("on Friday evening", D(2021, 6, 4))


@pytest.mark.parametrize(
    ("text", "anchor", "first", "last"),
    [
        # a Friday's "last weekend": the Saturday and Sunday before it
        ("attacked the town last weekend", D(2020, 12, 18), D(2020, 12, 12), D(2020, 12, 13)),
        ("were killed over the weekend", D(2020, 12, 14), D(2020, 12, 12), D(2020, 12, 13)),
        # a Sunday's "this weekend" is the one under way, up to the day of writing
        ("protested this weekend", D(2020, 12, 13), D(2020, 12, 12), D(2020, 12, 13)),
        ("attacked the town last weekend", D(2020, 12, 13), D(2020, 12, 5), D(2020, 12, 6)),
    ],
)
def test_a_weekend_is_its_saturday_and_sunday(text, anchor, first, last):
    found = only(text, anchor)
    assert (found.first, found.last, found.precision) == (first, last, 2)


def test_an_overnight_raid_is_no_date_of_its_own():
    found = only("On Friday, special forces freed four hostages in an overnight raid.", D(2019, 5, 13))
    assert (found.text, found.first) == ("On Friday", D(2019, 5, 10))
    assert only("Gunmen attacked the camp overnight.", D(2019, 5, 13)).first == D(2019, 5, 13)


def test_a_weekday_whose_act_it_was():
    monday = dt.date(2018, 3, 5)
    found = find_dates("JNIM said it carried out Friday's attacks on the army headquarters.", monday)
    assert [(d.text, d.first) for d in found] == [("Friday", dt.date(2018, 3, 2))]
    assert [d.first for d in find_dates("Sunday’s vote went ahead.", monday)] == [dt.date(2018, 3, 4)]
    assert find_dates("FridaySunday's", monday) == []


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Four days earlier, on Wednesday 4 August, gunmen struck.", ["on Wednesday 4 August"]),
        ("Two weeks later, in early May, the army came back.", ["early May"]),
        # a count with no calendar day after it stays, for the events to work out
        ("Four days earlier, gunmen struck Dori.", ["Four days earlier"]),
        ("Four days earlier gunmen struck Dori on 4 August.", ["Four days earlier", "4 August"]),
    ],
)
def test_a_count_of_days_restated_as_a_calendar_day_is_that_day(text, told):
    assert [d.text for d in find_dates(text, dt.date(2021, 8, 10))] == told


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Soldiers carried out operations in March and April 2023.",
            dt.date(2023, 3, 1),
            dt.date(2023, 4, 30),
        ),
        (
            "The raids went on in January and February 2024, witnesses said.",
            dt.date(2024, 1, 1),
            dt.date(2024, 2, 29),
        ),
    ],
)
def test_two_months_told_with_one_year_are_both_of_that_year(text, first, last):
    (date,) = find_dates(text, dt.date(2024, 6, 1))
    assert (date.first, date.last, date.precision) == (first, last, 2)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Gunmen killed 12 civilians in January and February, residents said.", (2024, 1, 1), (2024, 2, 29)),
        ("The raids went on from December to January.", (2023, 12, 1), (2024, 1, 31)),
        ("Fighting flared in June and July last year.", (2023, 6, 1), (2023, 7, 31)),
    ],
)
def test_two_months_told_with_no_year_are_both_of_the_year_of_writing(text, first, last):
    (date,) = find_dates(text, dt.date(2024, 3, 10))
    assert (date.first, date.last, date.precision) == (dt.date(*first), dt.date(*last), 2)


def test_a_second_month_with_a_day_after_it_is_a_date_of_its_own():
    told = find_dates("Talks began in March and May 12 brought a deal.", dt.date(2024, 6, 1))
    assert [(d.text, d.first) for d in told] == [
        ("in March", dt.date(2024, 3, 1)),
        ("May 12", dt.date(2024, 5, 12)),
    ]


@pytest.mark.parametrize(
    "line", ["February: Jihadists kill ten soldiers.", "- February – Jihadists kill ten soldiers."]
)
def test_a_month_opening_a_year_in_review_s_line_dates_it(line):
    (date,) = find_dates(line, dt.date(2023, 12, 30))
    assert (date.first, date.last, date.precision) == (dt.date(2023, 2, 1), dt.date(2023, 2, 28), 2)


def test_a_month_inside_a_line_needs_its_preposition():
    assert find_dates("Soldiers said February: a hard month.", dt.date(2023, 12, 30)) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On 26 August Malian drones struck the town.", dt.date(2024, 8, 26)),
        ("Since 3 May Wagner fighters have held the camp.", dt.date(2024, 5, 3)),
    ],
)
def test_a_day_told_as_when_before_a_capitalised_subject_is_a_date(text, day):
    (date,) = find_dates(text, dt.date(2024, 12, 31))
    assert (date.first, date.precision) == (day, 1)


@pytest.mark.parametrize(
    "text",
    ["2019-09-30 / 2019-10-01 – Boulkessi", "from 2019-09-30 to 2019-10-01", "30/09/2019 – 01/10/2019"],
)
def test_two_numeric_days_joined_by_a_dash_or_to_are_one_span(text):
    (span,) = find_dates(text, dt.date(2020, 12, 31))
    assert (span.first, span.last, span.precision) == (dt.date(2019, 9, 30), dt.date(2019, 10, 1), 1)


@pytest.mark.parametrize("text", ["on 2019-09-30 and 2019-10-01", "2019-01-01 – 2019-06-30"])
def test_numeric_days_listed_or_months_apart_stay_two(text):
    assert len(find_dates(text, dt.date(2020, 12, 31))) == 2


def test_a_military_date_time_group_is_its_day():
    (dtg,) = find_dates("DTG: 150630Z MAR 24", dt.date(2024, 1, 1))
    assert (dtg.first, dtg.precision) == (dt.date(2024, 3, 15), 1)


@pytest.mark.parametrize("text", ["14 MAR, 1900L: armed men attacked", "14 Mar: armed men attacked"])
def test_an_abbreviated_month_before_a_comma_or_colon_is_read(text):
    (day,) = find_dates(text, dt.date(2024, 3, 15))
    assert day.first == dt.date(2024, 3, 14)
