"""Find temporal expressions in text and normalise them to a window and a precision.

A small regex grammar finds candidate expressions (the approach the baselines
measured at ~11 MB/s, against 0.09 MB/s for ``dateparser.search_dates``) and
reads their parts; ``dateparser`` normalises only the numeric forms our grammar
does not decompose itself (``16/05/2022``), with an LRU cache.

Every expression becomes a :class:`DateMention`: its character span, the first
and last day it can mean, and a precision (1 day, 2 month or part of a month, 3
year, season or vaguer). Expressions without a year are anchored on the
document's anchor date — the most recent matching date on or before it — and
expressions relative to another event (``Days after the handover``) are kept
unresolved here and resolved by :mod:`geo.events`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from geo.phrases import Needles

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3, "few": 3,
}  # fmt: skip
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
# Patterns that start with the month run case-sensitively (2–3× faster in ``re``), so the
# month and the few words around it spell out their capitals; ALL-CAPS text is title-cased first.
_MONTH_CS = (
    r"(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober"
    r"|[Nn]ovember|[Dd]ecember|[Jj]an\.?|[Ff]eb\.?|[Mm]ar\.?|[Aa]pr\.?|[Jj]un\.?|[Jj]ul\.?|[Aa]ug\.?"
    r"|[Ss]ept?\.?|[Oo]ct\.?|[Nn]ov\.?|[Dd]ec\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DASH = r"\s*(?:-|–|—|to|until|till|through|and)\s*"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
#: What a number after a month counts when it is no day: ``in August 13 people died``.
_COUNTED = (
    r"(?:%|per\b|million|billion|km\b|people|persons|soldiers|civilians|villagers|men\b|women|children"
    r"|peacekeepers|troops|hostages|attackers|militants|others)"
)
_PART = (
    r"(?:early|mid|late|the\s+(?:beginning|start|end|middle)\s+of|(?:beginning|start|end|middle)\s+of"
    # "in the first week of May 2024", "the second half of 2023"
    r"|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:week|fortnight|half)\s+of)"
)
_N = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|few)"
_UNIT = r"(?:days?|weeks?|fortnights?|months?|years?|hours)"
# "after the handover" names what it counts from; "before general elections" names something
# undated, so it is not a date at all; "later" and "earlier" count from the last date given.
_DIRECTION = (
    r"(?:(?P<dir>after|before)(?:\s+(?P<art>the|a|an|his|her|their|its)\s+(?P<ref>[a-z’'-]+)|(?!\s+[\w“\"‘(]))"
    r"|(?P<dir2>later|earlier)"
    # "Ten days on, the army retook the town": on from the last date given
    r"|(?P<dir3>on)(?=\s*,))"
)

#: Alternatives, longest and most specific first; each named group is read by :func:`_read`.
PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
    # "150630Z MAR 24": a military date-time group (day, hour, minute, time zone, month, two-digit year)
    (
        "dtg",
        r"\b(?P<d>0[1-9]|[12]\d|3[01])[0-2]\d[0-5]\d\s?[A-Z]\s+"
        r"(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?P<yy>\d\d)\b",
    ),
    ("numeric", r"\b(?P<num>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:(?:19|20)\d\d|\d\d))\b(?!/)"),
    # "* 03/02: IED strike on …": a day and month heading a report's entry, the year the report's
    (
        "entry_day",
        r"(?:^|(?<=^[*•▪‣⁃–—-]\s))(?P<d>0?[1-9]|[12]\d|3[01])/(?P<m>0?[1-9]|1[0-2])(?=[ \t]*(?::|[—–]|-\s))",
    ),
    (
        "day_month_range",
        rf"\b(?:(?:from|the\s+night\s+of)\s+)?(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?{_DASH}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})"
        rf"(?:,?\s+(?P<y>{_YEAR}))?\b",
    ),
    (
        "month_day_range",
        rf"\b(?:(?P<night>[Tt]he\s+night\s+of)\s+|[Ff]rom\s+|[Bb]etween\s+)?(?P<m1>{_MONTH_CS})\s+(?P<d1>{_DAY})"
        rf"{_DASH}(?:(?P<m2>{_MONTH_CS})\s+)?(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?\b",
    ),
    ("day_month_year", rf"\b(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b"),
    ("month_day_year", rf"\b(?P<m>{_MONTH_CS})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b"),
    (
        "month_range_year",
        rf"\b(?P<m1>{_MONTH_CS})\s*(?:-|–|/|to|and)\s*(?P<m2>{_MONTH_CS}),?\s+(?P<y>{_YEAR})\b",
    ),
    ("part_month", rf"\b(?P<part>{_PART})[\s-]+(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b"),
    ("part_year", rf"\b(?P<part>{_PART})[\s-]+(?:(?P<y>{_YEAR})|(?P<rel>last|this)\s+year)\b"),
    (
        "season",
        rf"\b(?P<s1>{_SEASON})(?:\s*(?:/|-|–|and|or)\s*(?P<s2>{_SEASON}))?(?:\s+of)?\s+(?P<y>{_YEAR})\b",
    ),
    ("this_season", rf"\b(?P<rel>this|last)\s+(?P<s1>{_SEASON})\b"),
    ("month_year", rf"\b(?P<m>{_MONTH_CS}),?\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    (
        "month_alone",
        r"(?:\b(?:in|since|by|until|till|during|through|last|this|from|of|early|late|mid-?)\s+"
        # "February: Jihadists kill 10 soldiers …": a year in review's month opening its line
        r"|(?:^|(?<=\n))[ \t*•-]*(?=[A-Z][a-z]+\s*[:–—]))"
        r"(?P<m>(?-i:January|February|March|April|May|June|July|August|September|October|November|December))\b"
        rf"(?!,?\s*(?:of\s+)?\d+(?:st|nd|rd|th)?\b(?!\s*{_COUNTED})|-)"  # "in August 13 people … died"
        rf"(?!,?\s*(?:of\s+)?{_YEAR}\b)"  # "In March 2023 soldiers attacked": the year, not 2,023 soldiers
        # "in March and April 2023": both months, of the year told after the second
        rf"(?!\s*(?:-|–|/|to|and)\s*{_MONTH_CS},?\s+{_YEAR}\b)"
        # "in January and February": both months, with no year told
        rf"(?:\s*(?:-|–|to|and)\s*(?P<m2>{_MONTH_CS})\b(?!,?\s*(?:of\s+)?(?:\d|{_YEAR}\b)))?"
        # "in June last year": that month of the year before the writing
        r"(?:\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b)?",
    ),
    ("night_of", rf"\b(?P<night>the\s+night\s+of)\s+(?P<d>{_DAY})\s+(?P<m>{_MONTH})\b"),
    ("day_month", rf"\b(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MONTH})\b"),
    (
        "month_day",
        rf"\b(?P<m>{_MONTH_CS})\s+(?P<d>{_DAY})\b(?!\s*{_COUNTED})",
    ),
    ("decade", r"\b(?:(?P<part>early|mid|late)[\s-]+)?(?P<dec>(?:19[5-9]|20[0-4])0)[’']?s\b"),
    (
        "year_range",
        rf"\b(?P<y1>{_YEAR})\s*(?:-|–|/|to)\s*(?P<y2>{_YEAR}|\d\d)\b"
        # "seized power between 2020 and 2023": the years in between too
        rf"|\bbetween\s+(?P<b1>{_YEAR})\s+and\s+(?P<b2>{_YEAR})\b",
    ),
    (
        "year_on",
        rf"\(\s*(?P<y>{_YEAR})\s+(?:on|onwards?|and\s+after)\s*\)|\b(?:since|from)\s+(?P<y3>{_YEAR})\s+onwards?\b",
    ),
    ("this_day", rf"\bthis\s+(?:day|date)\s+(?:in|of)\s+(?P<y>{_YEAR})\b"),
    ("year", rf"(?<![\w/.:$£€-])(?P<y>{_YEAR})(?![\w/%-]|\.\d|,\d{{3}})"),
    (
        "ago",
        rf"\b(?:(?P<n>{_N})\s+(?P<unit>{_UNIT}|decades?)|(?P<decade>a\s+decade))\s+ago(?P<today>\s+today)?\b",
    ),
    (
        "relative",
        rf"\b(?P<n>{_N})\s+(?P<unit>{_UNIT})\s+{_DIRECTION}",
    ),
    (
        "relative_vague",
        r"\b(?:(?:a\s+few|several)\s+)?(?P<unit>days|weeks|months)\s+"
        + _DIRECTION
        # "within days": of the last date told ("within days of the coup" counts from a named event)
        + r"|\bwithin\s+(?:a\s+few\s+|several\s+)?(?P<within>days|weeks|months)\b(?!\s+of\b)",
    ),
    (
        "day_after",
        r"\b(?:the\s+)?(?P<which>day|week|month|year)\s+(?P<dir>after|before)\s+(?P<art>the|a|an)\s+(?P<ref>[a-z’'-]+)"
        # "The next day, jihadists shelled Gao": the day after the last date told
        r"|\b(?-i:[Tt]he)\s+(?:next|following)\s+(?P<next>day|morning|evening|night|week|month)\b(?!\s+of\b)"
        # "in an attack on the base at Dioura the day before": the day before the last date told
        r"|\b(?-i:[Tt]he)\s+(?P<before>day|night|week)\s+before\b(?!\s+(?:the|a|an|its|their|his|her|last|yesterday)\b)"
        # "The previous day, eight peacekeepers were wounded": the day before the last date told
        r"|\b(?-i:[Tt]he)\s+(?:previous|preceding)\s+(?P<previous>day|night|week)\b(?!\s+of\b)",
    ),
    (
        "after_the",
        r"\b(?P<dir>after|following)\s+(?P<art>the)\s+(?:(?:air|drone|suicide|car|bomb)\s+)?"
        r"(?P<ref>handover|arrests?|coup|putsch|massacre|attack|withdrawal|transfer|strikes?|raid|ambush"
        r"|bombing|assault|killings)\b(?!\s+(?:of|on|in|at|against)\b)",
    ),
    (
        "same_time",
        r"\b(?:at\s+the\s+same\s+time|simultaneously|(?:that|the)\s+same\s+(?P<unit>day|week|month|year"
        # "Another attack the same Sunday": the day of the week just told
        rf"|{_WEEKDAY}))\b"
        # "the same day as the Banibangou attack": the day of the event named
        r"(?:\s+as\s+(?:the|that)\s+(?:[\w’'-]+\s+){0,2}?"
        r"(?P<ref>attack|massacre|ambush|killings|raid|bombing|coup|handover|withdrawal|arrests)\b)?"
        # "Earlier that day the junta had closed the airspace": the day just told
        r"|\bearlier\s+that\s+(?:day|morning|afternoon|evening)\b"
        # "and the armed groups signed a ceasefire that evening": later on the day just told
        r"|\b(?:later\s+)?(?<!said\s)(?<!says\s)(?<!announced\s)(?<!reported\s)(?<!claimed\s)(?<!warned\s)"
        r"(?-i:that)\s+(?:evening|night|afternoon)\b|\blater\s+that\s+day\b"
        r"|\bthe\s+same\s+(?:evening|night|afternoon|morning)\b",
    ),
    (
        "weekday",
        # "on Tuesday and Wednesday": both days, and any between
        # "on the night of Saturday to Sunday": the night across both days
        rf"\b(?:(?:overnight\s+)?(?:between|from)|(?:on\s+)?the\s+night\s+of|on(?=\s+{_WEEKDAY}\s+and\s+{_WEEKDAY}\b))"
        rf"\s+(?P<wd1>{_WEEKDAY})\s+"
        rf"(?:and|to|until|through|into)\s+(?P<wd2>{_WEEKDAY})\b"
        # "during Friday afternoon prayers"
        # "have been killed since Sunday": the days from then to the day of writing
        # "This Sunday, the EIGS claimed …": in a report, the Sunday just gone, as "on Sunday" is
        rf"|\b(?:on\s+|(?P<last>last\s+)|this\s+|during\s+|(?P<by>by\s+)|(?P<since>since\s+)|overnight\s+(?:on\s+|from\s+)?|(?:early|late)\s+(?:on\s+)?"
        # "attacked the town before dawn Wednesday"
        rf"|(?:before|at|after)\s+(?:dawn|daybreak|sunrise|first\s+light|dusk|nightfall)\s+(?:on\s+)?"
        rf"|the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+"
        # "seized power in the early hours of Wednesday"
        rf"|(?:in\s+)?the\s+(?:early|small|first|last)\s+hours\s+of\s+(?:on\s+)?"
        # "the army said Tuesday", "were killed Sunday": American news style drops the "on"
        rf"|(?<=ed\s)|(?<=said\s)|(?<=told\s)"
        # "Friday's attacks on the army headquarters": the day, as whose the act was
        # "Sunday night's massacre"
        rf"|(?<![\w’'-])(?={_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?['’]s\s)"
        # "Wednesday night, JNIM fighters burned …", "3/ Tuesday: drone strike near …": the day opening a
        # line or a thread's post
        rf"|(?:^|(?<=\n)|(?<=^\d/\s)|(?<=^\d\d/\s))(?={_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night)\b"
        rf"|\s*[,:–—])))(?P<wd>{_WEEKDAY})\b"
        # "on Friday evening": the part of the day belongs to the date
        r"(?:\s+(?:morning|afternoon|evening|night)\b)?",
    ),
    (
        # "On the 7th, jihadists attacked …" under a month heading or after a month told
        "ordinal_day",
        r"\b(?:on\s+)?the\s+(?P<od>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
        r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:the|a|an|its|their|for|in|at|when|as|after|before|and|or|but|to|with|while|by|from"
        r"|until|amid|during|of\s+(?:the|that|this)\s+month)\b)",
    ),
    (
        "pub_relative",
        # "the day before yesterday", "avant-hier" in a translated French report
        r"\b(?P<rel>(?:the\s+)?day\s+before\s+yesterday|yesterday|today|last\s+(?:week|month|year)(?!\s+of\b)"
        r"|this\s+(?:week|month|year)"
        r"|(?:last|this|(?:over|at|during)\s+the)\s+weekend"
        # "in an overnight raid" names the kind of raid, not the night before publication
        r"|earlier\s+(?:in\s+the\s+day|today)|this\s+(?:morning|afternoon|evening)|(?<!\ban\s)(?<!\bthe\s)overnight)\b",
    ),
]
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
# "jun" alone would wake the month patterns for every "junta", "sep" for every "separatist"
_MONTHS = (
    MONTH_NAMES
    + tuple(f"{m[:3]}{end}" for m in MONTH_NAMES for end in (".", " ", ",", ":") if m != "may")
    + ("sept",)
)
_DIGIT = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
#: Words a pattern cannot match without: a sentence lacking all of them skips the pattern.
#: Scanning with ~30 regexes is the extractor's main cost; this keeps it above 1 MB/s.
_UNIT_WORDS = ("day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years", "hours")
_COUNTS = tuple(f"{u} {d}" for u in _UNIT_WORDS for d in ("after", "later", "before", "earlier", "on,"))
_WITHIN = ("within days", "within weeks", "within months", "within a few", "within several")
#: ``first week``, ``second half``: which week or half of a month or year a part word names.
_WEEK_OF = re.compile(r"(first|second|third|fourth|last|final)\s+(week|fortnight|half)")
_PARTS = ("early", "mid", "late", "beginning", "start", "end", "middle", "week of", "fortnight of", "half of")
NEEDLES: dict[str, tuple[str, ...]] = {
    "iso": ("-0", "-1"), "numeric": ("/",), "entry_day": ("/",), "year": _DIGIT,
    # a zone letter, then the month: Zulu (UTC) or local time
    "dtg": tuple(f"{zone}{gap}{m[:3]} " for zone in "zl" for gap in (" ", "") for m in MONTH_NAMES),
    "year_range": (
        *(f"{sep}{d}" for sep in ("-", "–", "/", " to ", "- ", "– ", "/ ") for d in _DIGIT), "between"
    ),
    "year_on": ("on)", "on )", "onward", "after)", "after )"),
    "decade": ("0s", "0's", "0’s"), "part_year": _PARTS,
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "this_season": ("spring", "summer", "autumn", "fall", "winter"),
    "ago": (" ago",), "this_day": ("this day", "this date"), "relative": _COUNTS,
    "relative_vague": (*_COUNTS, *_WITHIN),
    "day_after": (
        *(f"{u} {d}" for u in ("day", "week", "month", "year", "night") for d in ("after", "before")),
        *(f"{w} {u}" for w in ("next", "following") for u in ("day", "morning", "evening", "night", "week")),
        *(f"{w} {u}" for w in ("previous", "preceding") for u in ("day", "night", "week")),
        "next month",
        "following month",
    ),
    "after_the": ("after the", "following the"),
    "same_time": ("same", "simultaneous", "that evening", "that night", "that afternoon", "that day"),
    "night_of": ("night of",),
    "ordinal_day": ("1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "0th", "1th", "2th",
                    "3th"),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "pub_relative": ("today", "yesterday", "last week", "last month", "last year", "this week", "this month",
                     "this year", "earlier in", "earlier today", "this morning", "this afternoon",
                     "this evening", "overnight", "weekend"),
}  # fmt: skip
_SPACES = re.compile(r"\s+")
_OTHER_SPACES = ("\n", "\t", "\r", "\xa0", "\u2009", "\u202f", "\u2007", "\u3000")
_CASE_SENSITIVE = frozenset(
    {"month_day_range", "month_day_year", "month_range_year", "month_year", "month_day"}
)
_COMPILED: list[tuple[str, re.Pattern[str], frozenset[str]]] = [
    (
        name,
        re.compile(pattern, 0 if name in _CASE_SENSITIVE else re.IGNORECASE),
        frozenset(NEEDLES.get(name, _MONTHS)),
    )
    for name, pattern in PATTERNS
]
#: Needles per pattern, in pattern order (callers that gate several finders at once use these).
PATTERN_NEEDLES: list[frozenset[str]] = [needles for _, _, needles in _COMPILED]
_NEEDLE_SET = Needles(PATTERN_NEEDLES)
_QUALIFIER_BEFORE = re.compile(
    r"(circa|c\.|about|around|approximately|roughly|some\s+time\s+in)\s*\(?\s*$", re.I
)


@dataclass(frozen=True)
class DateMention:
    """A temporal expression: where it is, what it says, and the window it denotes."""

    start: int
    end: int
    text: str
    kind: str  # the pattern that matched
    first: dt.date | None  # None while unresolved (relative to an event)
    last: dt.date | None
    precision: int
    approximate: bool = False
    relative: tuple[int, str, str, str] | None = None  # (n, unit, direction, reference word)
    anchored: bool = False  # the year came from the document's anchor, not the text

    @property
    def resolved(self) -> bool:
        return self.first is not None


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


#: A day this close after the anchor is of its year: a note added after a broadcast, a date
#: line a day behind, rather than a year back.
_ANCHOR_GRACE = dt.timedelta(days=7)


def _anchor_year(month: int, day: int, anchor: dt.date) -> int:
    """Year of the most recent (month, day) on or before ``anchor`` (or just after it)."""
    year = anchor.year
    if (month, day) > (anchor.month, anchor.day):
        same_year = _safe_date(year, month, day)
        if same_year is None or same_year - anchor > _ANCHOR_GRACE:
            year -= 1
    return year


@lru_cache(maxsize=4096)
def _numeric(text: str) -> dt.date | None:
    """``16/05/2022``: day first, as in Malian and French usage (dateparser, cached)."""
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})
    return parsed.date() if parsed else None


def _ago(g: dict[str, Any], anchor: dt.date | None, anchor_precision: int) -> tuple | None:
    """``ten years ago today`` is that day; ``two years ago`` that year, ``three months ago``
    that month, counted back from the publication date."""
    if anchor is None:
        return None
    n_text = re.sub(r"\s+", " ", (g["n"] or "").lower())
    if n_text in {"several", "a few", "few"}:
        return None  # no count to go back by
    n = int(n_text) if n_text.isdigit() else NUMBER_WORDS.get(n_text, 1 if n_text in {"a", "an"} else 0)
    unit = "year" if g.get("decade") else (g["unit"] or "").lower().rstrip("s")
    if g.get("decade") or unit == "decade":
        n, unit = 10 * max(n, 1), "year"
    if n <= 0:
        return None
    if unit in {"year", "month"}:
        months = n * 12 if unit == "year" else n
        y, m = divmod(anchor.year * 12 + anchor.month - 1 - months, 12)
        back = _safe_date(y, m + 1, anchor.day) or _safe_date(y, m + 1, 28)
        if g.get("today") and anchor_precision == 1:
            return back, back, 1, True, None
        if unit == "year":
            return dt.date(y, 1, 1), dt.date(y, 12, 31), 3, True, None
        if anchor_precision == 1 and back is not None:
            # "A month ago" on 2 November: a writer's round figure, about 2 October (30 September is in)
            slack = dt.timedelta(days=min(10 * n, 30))
            return back - slack, back + slack, 2, True, None
        return back.replace(day=1), back.replace(day=_last_day(y, m + 1)), 2, True, None  # type: ignore[union-attr]
    if anchor_precision != 1:
        return None
    back = anchor - dt.timedelta(days=n * (7 if unit == "week" else 1))
    if unit == "week" and not g.get("today"):
        return back - dt.timedelta(days=3), back + dt.timedelta(days=3), 2, True, None
    return back, back, 1, True, None


def _read(kind: str, g: dict[str, Any], anchor: dt.date | None, anchor_precision: int = 1) -> tuple | None:
    """(first, last, precision, anchored, relative) for one match, or None to drop it."""
    year = int(g["y"]) if g.get("y") else None
    if kind == "iso":
        d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return (d, d, 1, False, None) if d else None
    if kind == "dtg":
        d = _safe_date(2000 + int(g["yy"]), _month(g["m"]), int(g["d"]))
        return (d, d, 1, False, None) if d else None
    if kind == "numeric":
        d = _numeric(g["num"])
        return (d, d, 1, False, None) if d else None
    if kind == "entry_day":
        if anchor is None:
            return None
        month, day = int(g["m"]), int(g["d"])
        d = _safe_date(_anchor_year(month, day, anchor), month, day)
        return (d, d, 1, True, None) if d else None
    if kind in {"day_month_year", "month_day_year", "day_month", "month_day", "night_of"}:
        month, day = _month(g["m"]), _day(g["d"])
        anchored = year is None
        if anchored:
            if anchor is None:
                return None
            year = _anchor_year(month, day, anchor)
        d = _safe_date(year, month, day)  # type: ignore[arg-type]
        if d is None:
            return None
        if g.get("night"):
            return d, d + dt.timedelta(days=1), 1, anchored, None
        return d, d, 1, anchored, None
    if kind in {"day_month_range", "month_day_range"}:
        m2 = _month(g["m2"]) if g.get("m2") else None
        m1 = _month(g["m1"]) if g.get("m1") else m2
        m2 = m2 or m1
        d1, d2 = _day(g["d1"]), _day(g["d2"])
        anchored = year is None
        if anchored:
            if anchor is None:
                return None
            year = _anchor_year(m2, d2, anchor)  # type: ignore[arg-type]
        y1 = year - 1 if m1 > m2 else year  # type: ignore[operator]
        first, last = _safe_date(y1, m1, d1), _safe_date(year, m2, d2)  # type: ignore[arg-type]
        if not first or not last or last < first or (last - first).days > 62:
            return None
        return first, last, 1, anchored, None
    if kind == "month_range_year":
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        y1 = year - 1 if m1 > m2 else year  # type: ignore[operator]
        return dt.date(y1, m1, 1), dt.date(year, m2, _last_day(year, m2)), 2, False, None  # type: ignore[arg-type]
    if kind == "month_alone":
        if anchor is None:
            return None
        opening = _month(g["m"])
        m = _month(g["m2"]) if g.get("m2") else opening
        year = anchor.year if m <= anchor.month else anchor.year - 1
        if g.get("rel"):
            year = anchor.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        y1 = year - 1 if opening > m else year
        return dt.date(y1, opening, 1), dt.date(year, m, _last_day(year, m)), 2, True, None
    if kind == "month_year":
        m = _month(g["m"])
        return dt.date(year, m, 1), dt.date(year, m, _last_day(year, m)), 2, False, None  # type: ignore[arg-type]
    if kind == "part_month":
        m = _month(g["m"])
        anchored = year is None
        if anchored:
            if anchor is None:
                return None
            year = anchor.year if m <= anchor.month else anchor.year - 1
        part = re.sub(r"\s+", " ", (g["part"] or "").lower())
        month_end = _last_day(year, m)  # type: ignore[arg-type]
        lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, month_end)}.get(part, (1, month_end))
        if (week := _WEEK_OF.search(part)) is not None:
            # "the first week of May": its days 1–7; "the last week": its last seven; a half, its fortnight
            order, span = week.group(1), week.group(2)
            if span == "week":
                n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(order)
                lo, hi = (7 * n - 6, 7 * n) if n else (month_end - 6, month_end)
            else:
                lo, hi = (1, 15) if order == "first" else (16, month_end)
        elif "beginning" in part or "start" in part:
            lo, hi = 1, 10
        elif "middle" in part:
            lo, hi = 11, 20
        elif "end" in part:
            lo, hi = 21, month_end
        return dt.date(year, m, lo), dt.date(year, m, hi), 2, anchored, None  # type: ignore[arg-type]
    if kind == "part_year":
        relative = bool(g.get("rel"))
        if relative:  # "at the end of last year": a part of the year before the writing
            if anchor is None:
                return None
            year = anchor.year - (1 if (g["rel"] or "").lower() == "last" else 0)
        part = re.sub(r"\s+", " ", (g["part"] or "").lower())
        if (half := _WEEK_OF.search(part)) is not None:
            if half.group(2) != "half":
                return None  # "the first week of 2024": too rare to guess at
            if half.group(1) == "first":
                return dt.date(year, 1, 1), dt.date(year, 6, 30), 3, relative, None  # type: ignore[arg-type]
            return dt.date(year, 7, 1), dt.date(year, 12, 31), 3, relative, None  # type: ignore[arg-type]
        if part == "early" or "beginning" in part or "start" in part:
            return dt.date(year, 1, 1), dt.date(year, 4, 30), 3, relative, None  # type: ignore[arg-type]
        if part == "late" or "end" in part:
            return dt.date(year, 9, 1), dt.date(year, 12, 31), 3, relative, None  # type: ignore[arg-type]
        return dt.date(year, 5, 1), dt.date(year, 8, 31), 3, relative, None  # type: ignore[arg-type]
    if kind in {"season", "this_season"}:
        if kind == "this_season":
            if anchor is None:
                return None
            year = anchor.year - (1 if (g.get("rel") or "").lower() == "last" else 0)
        s1 = SEASONS[(g["s1"] or "").lower()]
        s2 = SEASONS[(g["s2"] or "").lower()] if g.get("s2") else s1
        if s1[0] == 12:  # winter straddles the new year
            first = dt.date(year - 1, 12, 1)  # type: ignore[operator]
        else:
            first = dt.date(year, s1[0], 1)  # type: ignore[arg-type]
        end_month = s2[1]
        last = dt.date(year, end_month, _last_day(year, end_month))  # type: ignore[arg-type]
        return first, last, 3, kind == "this_season", None
    if kind == "decade":
        start = int(g["dec"])
        lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get((g.get("part") or "").lower(), (0, 9))
        return dt.date(start + lo, 1, 1), dt.date(start + hi, 12, 31), 3, False, None
    if kind == "year_range":
        y1, raw2 = int(g["y1"] or g["b1"]), g["y2"] or g["b2"] or ""
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
        if not y1 < y2 <= y1 + 30:
            return None
        return dt.date(y1, 1, 1), dt.date(y2, 12, 31), 3, False, None
    if kind == "year_on":
        y = int(g.get("y") or g.get("y3"))  # type: ignore[arg-type]
        last = anchor if anchor and anchor.year >= y else dt.date(y, 12, 31)
        return dt.date(y, 1, 1), last, 3, False, None
    if kind == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31), 3, False, None  # type: ignore[arg-type]
    if kind == "pub_relative":
        if anchor is None or anchor_precision != 1:
            return None  # "today" in an undated analysis means "nowadays"
        rel = re.sub(r"\s+", " ", (g["rel"] or "").lower()).removeprefix("the ")
        if rel.startswith(("earlier", "this morn", "this aft", "this even", "overnight", "hours")):
            rel = "today"
        table = {
            "today": (anchor, anchor, 1),
            "yesterday": (anchor - dt.timedelta(days=1),) * 2 + (1,),
            "day before yesterday": (anchor - dt.timedelta(days=2),) * 2 + (1,),
            "this week": (anchor - dt.timedelta(days=anchor.weekday()), anchor, 2),
            "last week": (
                anchor - dt.timedelta(days=anchor.weekday() + 7),
                anchor - dt.timedelta(days=anchor.weekday() + 1),
                2,
            ),
            "this month": (anchor.replace(day=1), anchor, 2),
            "this year": (dt.date(anchor.year, 1, 1), anchor, 3),
            "last year": (dt.date(anchor.year - 1, 1, 1), dt.date(anchor.year - 1, 12, 31), 3),
        }
        if rel.endswith("weekend"):
            # a Friday's "last weekend" is the Saturday and Sunday before it; a Sunday's "this weekend" is
            # the one under way
            sunday = anchor - dt.timedelta(days=anchor.weekday() + 1)
            if anchor.weekday() >= 5 and not rel.startswith("last"):
                sunday = anchor + dt.timedelta(days=6 - anchor.weekday())
            return sunday - dt.timedelta(days=1), min(sunday, anchor), 2, True, None
        if rel == "last month":
            prev = anchor.replace(day=1) - dt.timedelta(days=1)
            return prev.replace(day=1), prev, 2, True, None
        first, last, precision = table[rel]
        return first, last, precision, True, None
    if kind == "ago":
        return _ago(g, anchor, anchor_precision)
    if kind == "this_day":
        # "On this day in 2012", in a piece written on 22 March: 22 March 2012
        same_day = (
            _safe_date(year, anchor.month, anchor.day) if anchor and anchor_precision == 1 else None  # type: ignore[arg-type]
        )
        if same_day is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31), 3, False, None  # type: ignore[arg-type]
        return same_day, same_day, 1, True, None
    if (g.get("art") or "").lower() in {"a", "an"}:
        return None  # "months after a group of officers…": counted from nothing the text has dated
    if kind == "same_time":
        unit = (g.get("unit") or "").lower()
        if unit.endswith("day") and unit != "day":  # "the same Sunday": the last day told that was one
            return None, None, 0, False, (0, "same", "after", f"@{unit}")
        return None, None, 0, False, (0, "same", "after", (g.get("ref") or "").lower())
    if kind == "after_the":
        return None, None, 0, False, (0, "day", "after", (g.get("ref") or "").lower())
    if kind == "relative_vague":
        unit = (g["unit"] or g["within"] or "").lower().rstrip("s")
        said = (g["dir"] or g.get("dir2") or "").lower()
        direction = "before" if said in {"before", "earlier"} else "after"
        return None, None, 0, False, (0, unit, direction, (g.get("ref") or "").lower())
    if kind == "weekday":
        if anchor is None or anchor_precision != 1:
            return None
        days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        wanted = days.index((g["wd"] or g["wd1"] or "").lower())
        d = anchor - dt.timedelta(days=(anchor.weekday() - wanted) % 7)
        # "between Thursday and Saturday": the days from the first, counted forward to the second
        span = (days.index(g["wd2"].lower()) - wanted) % 7 if g.get("wd2") else 0
        if d + dt.timedelta(days=span) > anchor or (g.get("last") and d == anchor):
            d -= dt.timedelta(days=7)  # "last Thursday", written on a Thursday: the week before
        if g.get("by"):  # "By Tuesday the hostages had been freed": that day or in the days before
            return d - dt.timedelta(days=6), d, 2, True, None
        if g.get("since"):
            return d, anchor, 1, True, None
        return d, d + dt.timedelta(days=span), 1, True, None
    if kind == "ordinal_day":
        return None, None, 0, False, (int(g["od"]), "day_of_month", "", "")
    if kind == "relative":
        n_text = re.sub(r"\s+", " ", (g["n"] or "").lower())
        n = int(n_text) if n_text.isdigit() else NUMBER_WORDS.get(n_text, 1)
        unit = (g["unit"] or "").lower().rstrip("s")
        if unit == "fortnight":  # "A fortnight later"
            n, unit = 14 * n, "day"
        elif unit == "hour":  # "48 hours later": the days they make, at least the next
            n, unit = max(1, round(n / 24)), "day"
        if n_text in {"several", "a few", "few"} and unit in {"day", "week", "month"}:
            n = 0  # "A few days later": some days on, no count of them
        said = (g["dir"] or g.get("dir2") or "").lower()
        direction = "before" if said in {"before", "earlier"} else "after"
        return None, None, 0, False, (n, unit, direction, (g.get("ref") or "").lower())
    if kind == "day_after" and g.get("next"):
        unit = {"week": "week", "month": "month"}.get(g["next"].lower(), "day")
        return None, None, 0, False, (1, unit, "after", "")
    if kind == "day_after" and (g.get("before") or g.get("previous")):
        unit = (g.get("before") or g.get("previous") or "").lower()
        return None, None, 0, False, (1, "week" if unit == "week" else "day", "before", "")
    if kind == "day_after":
        direction = (g["dir"] or "").lower()
        return (
            None,
            None,
            0,
            False,
            (1, (g["which"] or "day").lower(), direction, (g.get("ref") or "").lower()),
        )
    return None


_MONTH_FIRST = frozenset({"month_day_range", "month_day_year", "month_range_year", "month_year", "month_day"})
_MONTH_TOKEN = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_WORD = re.compile(r"[a-z]*")
_MONTH_WORDS = frozenset(m for name in MONTH_NAMES for m in (name, name[:3])) | {"sept"}
_PART_YEAR = next(i for i, (name, _, _) in enumerate(_COMPILED) if name == "part_year")
#: What ``month_alone`` cannot match without: a month name in full, capitalised, with no day or year after it.
_UNDATED_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    rf"(?!,?\s*(?:of\s+)?\d+(?:st|nd|rd|th)?\b(?!\s*{_COUNTED})|-)(?!,?\s*(?:of\s+)?{_YEAR}\b)"
)
_RANGE_OPENING = re.compile(r"(?:the\s+night\s+of|from|between)\s+$", re.I)


def _month_starts(text: str) -> list[int]:
    """Where a word that may be a month name begins."""
    lowered = text.lower()
    out = []
    for m in _MONTH_TOKEN.finditer(lowered):
        i = m.start()
        if (i == 0 or not lowered[i - 1].isalnum()) and _WORD.match(lowered, i).group(0) in _MONTH_WORDS:  # type: ignore[union-attr]
            out.append(i)
    return out


def _range_openings(text: str, pos: int) -> tuple[int, ...]:
    """``the night of May 11-12``, ``from March 23 to 31``: the range may open before the month."""
    before = _RANGE_OPENING.search(text, max(0, pos - 20), pos)
    return (before.start(), pos) if before else (pos,)


def needle_text(text: str) -> str:
    """The form needles are looked for in: lower case, runs of white space as one space."""
    lowered = text.lower()
    if "  " in lowered or any(c in lowered for c in _OTHER_SPACES):
        return _SPACES.sub(" ", lowered)
    return lowered


#: A month's name in capitals in a line that is not (``* OCTOBER 2023 - Militants kill 17 soldiers``);
#: ``MAY`` only beside a number, as it is also a word. (``_CAPS_START`` is its cheap first look.)
_CAPS_START = re.compile(r"[ADFJMNOS][A-Z]{2}")
_CAPS_MONTH = re.compile(
    r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|MAY(?=\s+\d)|(?<=\d\s)MAY)\b"
)


def _matches(text: str, wanted: list[int] | None = None) -> list[tuple[str, re.Match[str]]]:
    """Leftmost matches, earlier patterns first at the same position, without overlaps."""
    candidates: list[tuple[int, int, str, re.Match[str]]] = []
    if text.isupper() and len(titled := text.title()) == len(text):
        text = titled  # "COUP ON 18 AUGUST 2020": headline capitals
    elif _CAPS_START.search(text) and _CAPS_MONTH.search(text):
        text = _CAPS_MONTH.sub(lambda m: m[0].title(), text)  # "* OCTOBER 2023 - Militants kill …"
    starts: list[int] | None = None
    orders = _NEEDLE_SET.wanted(needle_text(text)) if wanted is None else wanted
    for order in orders:
        name, pattern, _ = _COMPILED[order]
        if name == "part_month" and _PART_YEAR not in orders:
            continue  # needs a part word ("early", "the end of") as well as a month
        if name == "month_alone" and not _UNDATED_MONTH.search(text):
            continue
        if name in _MONTH_FIRST:
            # these begin at a month name (or just before it): match there, never scan
            if starts is None:
                starts = _month_starts(text)
            for pos in starts:
                for at in _range_openings(text, pos) if name == "month_day_range" else (pos,):
                    m = pattern.match(text, at)
                    if m is not None:
                        candidates.append((at, order, name, m))
                        break
            continue
        for m in pattern.finditer(text):
            candidates.append((m.start(), order, name, m))
    if not candidates:
        return []
    candidates.sort(key=lambda c: (c[0], c[1]))
    chosen: list[tuple[str, re.Match[str]]] = []
    end = -1
    for start, _, name, match in candidates:
        if start >= end and match.end() > start:
            chosen.append((name, match))
            end = match.end()
    return chosen


def find_dates(
    text: str, anchor: dt.date | None = None, anchor_precision: int = 1, *, wanted: list[int] | None = None
) -> list[DateMention]:
    """Every temporal expression in ``text``, left to right, non-overlapping.

    ``anchor`` resolves expressions without a year (and weekdays, but only when
    ``anchor_precision`` is 1: a weekday means nothing against a year).
    """
    found: list[DateMention] = []
    latest = (anchor.year + 1) if anchor else 2049
    for kind, match in _matches(text, wanted):
        read = _read(kind, match.groupdict(), anchor, anchor_precision)
        if read is None:
            continue
        first, last, precision, anchored, relative = read
        if first is not None and (first.year > latest or last.year > latest + 1):
            continue
        if kind == "year" and (
            looks_like_a_number(text, match.start(), match.end()) or _cites(text, match.start(), match.end())
        ):
            continue
        if (
            kind in {"day_month", "month_day"}
            and _NAME_AFTER.match(text, match.end())
            # "On 26 August Malian drones struck": a day told as when, the sentence's subject after it
            and (
                not _WHEN_BEFORE.search(text, max(0, match.start() - 8), match.start())
                or _STREET_AFTER.match(text, match.end())
            )
        ):
            continue  # "the 5 June Movement", "26 March Avenue": a name, not a date
        if _PIECE_AFTER.match(text, match.end()):
            continue  # "last week's note on the attacks": when a piece came out, not the attacks
        approximate = bool(_QUALIFIER_BEFORE.search(text, max(0, match.start() - 25), match.start()))
        found.append(
            DateMention(
                start=match.start(),
                end=match.end(),
                text=match.group(0),
                kind=kind,
                first=first,
                last=last,
                precision=precision,
                approximate=approximate,
                relative=relative,
                anchored=anchored,
            )
        )
    return _with_weekdays(text, _numeric_ranges(text, _without_restated_counts(text, found)))


#: ``2019-09-30 / 2019-10-01``, ``30/09/2019 – 01/10/2019``, ``from 2019-09-30 to 2019-10-01``: two
#: written-out days that bound one span.
_NUMERIC_RANGE_GAP = re.compile(r"\s*[–—/-]\s*|\s+(?:to|until|till|through|thru)\s+", re.I)
_NUMERIC_KINDS = frozenset({"iso", "numeric"})
#: The longest span two such days may bound and still be one event's.
NUMERIC_RANGE_DAYS = 31


def _numeric_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """Two numeric days joined by a dash, a slash or ``to``, the second after the first and within a
    month of it, are one span (a table's or a list's way of writing ``30 September – 1 October``)."""
    out: list[DateMention] = []
    for date in found:
        before = out[-1] if out else None
        if (
            before is not None
            and before.kind in _NUMERIC_KINDS
            and date.kind in _NUMERIC_KINDS
            and before.precision == date.precision == 1
            and before.first is not None
            and date.last is not None
            and _NUMERIC_RANGE_GAP.fullmatch(text, before.end, date.start)
            and 0 < (date.last - before.first).days <= NUMERIC_RANGE_DAYS
        ):
            out[-1] = replace(before, end=date.end, text=text[before.start : date.end], last=date.last)
            continue
        out.append(date)
    return out


#: ``Four days earlier, on Wednesday 4 August``: a count of days, then the day it comes to.
_RESTATED_AS = re.compile(r"\s*,\s*(?:(?:on|in)\s+)?")


def _without_restated_counts(text: str, found: list[DateMention]) -> list[DateMention]:
    """A count from the last date told (``Four days earlier``) that the writer restates at once as
    a calendar day is that day, not a second date to work out from elsewhere."""
    if len(found) < 2:
        return found
    kept = [d for d, after in itertools.pairwise(found) if not _restated(text, d, after)]
    return [*kept, found[-1]]


def _restated(text: str, count: DateMention, after: DateMention) -> bool:
    return (
        count.relative is not None
        and after.relative is None
        and after.first is not None
        and _RESTATED_AS.fullmatch(text, count.end, after.start) is not None
    )


_WEEKDAY_GAP = re.compile(r",?\s*(?:the\s+)?")


def _with_weekdays(text: str, found: list[DateMention]) -> list[DateMention]:
    """``on Sunday 1 June 2025``: one date, the day its numbers say, whatever the weekday
    would have resolved to."""
    merged: list[DateMention] = []
    for mention in found:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind == "weekday"
            and mention.precision == 1
            and mention.relative is None
            and _WEEKDAY_GAP.fullmatch(text, previous.end, mention.start)
        ):
            merged[-1] = replace(mention, start=previous.start, text=text[previous.start : mention.end])
        elif (
            mention.precision == 1
            and mention.relative is None
            and (weekday := _WEEKDAY_BEFORE.search(text, max(0, mention.start - 16), mention.start))
        ):
            # "On Tuesday 24 August" in a text dated only by its year: the weekday read nothing, but is
            # the date's own
            merged.append(replace(mention, start=weekday.start(), text=text[weekday.start() : mention.end]))
        else:
            merged.append(mention)
    return merged


_WEEKDAY_BEFORE = re.compile(
    r"\b(?:[Oo]n\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?$"
)


_PIECE_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:note|notes|report|article|newsletter|issue|edition|episode|explainer|briefing"
    r"|podcast|column|piece|story|post|digest|bulletin|update|analysis|brief|paper|interview)\b"
)
_NAME_AFTER = re.compile(
    r"[ -](?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|On|At|The|A|An|He|She|It|They|We|I)\b)[A-Z][a-z]"
)
_WHEN_BEFORE = re.compile(r"\b(?:on|since|until|by|before|after)\s+$", re.I)
_STREET_AFTER = re.compile(r"\s+(?:Avenue|Boulevard|Street|Road|Square|Bridge|Stadium|Movement)\b")
_NUMERIC_CONTEXT = re.compile(
    r"(resolution|resolutions|article|no\.|number|page|pg|code|law|decree|flight|route|rn|km|kilometres|kilometers"
    r"|soldiers|troops|people|civilians|members|men|dollars|euros|cfa|francs|us\$)\s*$",
    re.I,
)
_NUMERIC_AFTER = re.compile(
    r"^\s*(soldiers|troops|people|civilians|peacekeepers|men|women|km|kilometres|metres|members|fighters|dead|killed"
    r"|gmt|utc|hrs|hours)\b",
    re.I,
)
#: ``resolution 2690 (2023)``: the year in a numbered text's name.
_NUMBERED_TEXT_BEFORE = re.compile(
    r"\b(?:resolutions?|decisions?|laws?|decrees?|ordinances?)\s+(?:no\.?\s*)?\d[\d/.-]*\s*\($", re.I
)
#: ``ACI 2000``, ``COP 2021``: a name in capitals with a number to it (case matters; a month
#: in a cable's capitals, ``JUL 06``, is no name).
_ACRONYM_BEFORE = re.compile(
    r"\b(?!(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC|AD|BC|CE|BCE)\b)[A-Z]{2,}[ -]$"
)


_WEEKDAY_HEADING = re.compile(
    r"[ \t#>*_]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+)?",
    re.I,
)
#: ``Wed, 18 Sep 2024 07:30:00 +0000``: a feed item's stamp, the time of day after its date.
_TIME_AFTER_HEADING = re.compile(r"(?:,?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|GMT|UTC|Z))?)?")


def date_heading(line: str, anchor: dt.date | None = None) -> DateMention | None:
    """``Tuesday 18 August 2020`` alone on its line: the day a live blog's or a diary's entries
    under it tell."""
    if len(line) > 60:
        return None
    found = find_dates(line, anchor)
    if len(found) != 1 or found[0].precision != 1 or found[0].first is None:
        return None
    day = found[0]
    rest = line[_TIME_AFTER_HEADING.match(line, day.end).end() :]  # type: ignore[union-attr]
    if not _WEEKDAY_HEADING.fullmatch(line, 0, day.start) or rest.strip(" \t*_:.-—–"):
        return None
    return day


#: ``16:30 GMT — Soldiers have detained …``: a live blog's entry, stamped with the time of day.
_CLOCK_ENTRY = re.compile(r"^[ \t*_#>-]*\d{1,2}[:.h]\d{2}\b", re.M)


def day_headings(text: str, start: int = 0, anchor: dt.date | None = None) -> list[tuple[int, DateMention]]:
    """A live blog's or a diary's days: each line from ``start`` on holding only a day, with
    the offset where its entries begin. One such line counts only over time-stamped entries;
    otherwise it may well be the publication line over an ordinary article."""
    headings: list[tuple[int, DateMention]] = []
    offset = start
    lines = text[start:].splitlines(keepends=True)
    for i, line in enumerate(lines):
        if (day := date_heading(line.strip(), anchor)) is not None:
            begins = offset + len(line)
            if _titles_the_heading(lines, i):
                begins = offset - len(lines[i - 1])  # a feed item's title, over its stamp
            headings.append((begins, day))
        offset += len(line)
    if len(headings) == 1 and len(_CLOCK_ENTRY.findall(text, start)) < 2:
        return []
    return headings


def _titles_the_heading(lines: list[str], i: int) -> bool:
    """The line above a day heading is its entry's title: short, unpunctuated, set off above."""
    if i == 0 or (i >= 2 and lines[i - 2].strip()):
        return False
    title = lines[i - 1].strip()
    return 0 < len(title) <= 120 and not title.endswith((".", ":", "!", "?")) and date_heading(title) is None


#: ``Jeune Afrique (14 August): The army has arrested …``: a press review's item, opened by the
#: outlet and the day of the article it sums up.
_CITED_ITEM = re.compile(
    r"^[ \t*_•-]*(?P<source>[A-Z][\w’'.&-]*(?:[ \t]+(?:[A-Z][\w’'.&-]*|de|du|des|la|le|of|the)){0,4})"
    r"[ \t]*\((?P<date>[^()\n]{3,30})\)[ \t*_]*[:—–][ \t]*(?=\S)",
    re.M,
)


#: ``UPDATE, 8 August 2022:``, ``Update (23 July, 14:10 GMT) —``: a paragraph added to a story
#: later, told on its own day.
_UPDATE_ITEM = re.compile(
    r"^[ \t*_•-]*(?:UPDATE|Update|UPDATED|Updated)\b[ \t]*[,(]?[ \t]*(?:on[ \t]+)?(?P<date>[^()\n:,]{3,30}?)"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.h]\d{2}(?:[ \t]*(?:GMT|UTC|[ap]\.?m\.?))?)?"
    r"[ \t]*\)?[ \t*_]*[:—–][ \t]*(?=\S)",
    re.M,
)


def cited_items(
    text: str, start: int = 0, anchor: dt.date | None = None
) -> list[tuple[int, int, int, DateMention]]:
    """(where the citation begins, where the item's own words begin, where its paragraph ends,
    the article's day) for each paragraph that opens by citing an article and its day, or by
    the day an update to the story was told. What such an item tells without a date of its own
    was reported by that day."""
    items: list[tuple[int, int, int, DateMention]] = []
    found_items = [*_CITED_ITEM.finditer(text, start), *_UPDATE_ITEM.finditer(text, start)]
    for m in sorted(found_items, key=lambda m: m.start()):
        found = find_dates(m.group("date"), anchor)
        if len(found) != 1 or found[0].precision != 1 or found[0].first is None:
            continue
        if found[0].end - found[0].start != len(m.group("date").strip()):
            continue
        end = text.find("\n", m.end())
        items.append((m.start(), m.end(), len(text) if end < 0 else end, found[0]))
    return items


#: ``## 2012`` alone on its line: a chronology's entries below it are of that year.
_YEAR_HEADING = re.compile(r"^[ \t#*_]*((?:19|20)\d\d)[ \t*_:.]*$", re.M)


_MONTH_NAME = "(" + "|".join(m.capitalize() for m in MONTH_NAMES) + ")"
#: ``## September``, ``**June 2023**``, a bare ``August``; not ``July 2019`` alone, a dateline.
_MONTH_HEADING = re.compile(
    rf"^(?:[ \t]*(?:#+|\*\*|__)[ \t]*{_MONTH_NAME}(?:{_DASH}{_MONTH_NAME})?(?:[ \t]+({_YEAR}))?"
    rf"|[ \t]*{_MONTH_NAME})[ \t*_:.]*$",
    re.M,
)
#: Any other heading as high (``## Background``) ends the month above it; ``### Attacks`` is within it.
_OTHER_HEADING = re.compile(r"^[ \t]*(#+)[ \t]+\S[^\n]*$", re.M)


def month_headings(text: str, start: int = 0) -> list[tuple[int, tuple[int, int | None, int]]]:
    """A month-by-month account's months: each line from ``start`` on holding only a month, or
    two (``## October and November``), and perhaps the year, with the offset where its entries
    begin, as (first month, year, last month). Another heading as high ends the months above
    it, as (0, None, 0)."""
    out: list[tuple[int, tuple[int, int | None, int]]] = []
    levels: dict[int, int] = {}
    for m in _MONTH_HEADING.finditer(text, start):
        month = MONTH_NAMES.index((m.group(1) or m.group(4)).lower()) + 1
        through = MONTH_NAMES.index(m.group(2).lower()) + 1 if m.group(2) else month
        year = int(m.group(3)) - (through < month) if m.group(3) else None  # "December–January 2024"
        out.append((m.end(), (month, year, through)))
        marks = m.group().lstrip(" \t")
        levels[m.end()] = len(marks) - len(marks.lstrip("#"))
    for m in _OTHER_HEADING.finditer(text, start):
        month_above = max((end for end in levels if end <= m.start()), default=None)
        if m.end() in levels or month_above is None:
            continue
        if len(m.group(1)) <= (levels[month_above] or 6):  # a bare or bold month ends at any "#" heading
            out.append((m.end(), (0, None, 0)))
    return sorted(out)


def year_headings(text: str, start: int = 0) -> list[tuple[int, int]]:
    """A chronology's years: each line from ``start`` on holding only a year, with the offset
    where its entries begin."""
    return [(m.end(), int(m.group(1))) for m in _YEAR_HEADING.finditer(text, start)]


#: ``(OHCHR 2023)``, ``(Cissé 2020: 14)``, ``(Thurston 2020; HRW 2022)``, ``Raleigh et al. (2010)``,
#: ``Cissé, M. (2020)``: the year a source was published, not a date the text tells.
_CITATION_BEFORE = re.compile(
    r"(?:\((?:[^()]{0,80};\s*)?[A-Z][\w.&’'-]*(?:\s+(?:and|&|et\s+al\.?|[A-Z][\w.’'-]*))*,?\s+"
    r"|(?:\bet\s+al\.?|[A-Z][\w’'-]+,(?:\s+[A-Z]\.)+)\s+\()$"
)
_CITATION_AFTER = re.compile(r"[a-z]?(?:\s*[:,]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?\s*[;)]")


def _cites(text: str, start: int, end: int) -> bool:
    return bool(
        _CITATION_AFTER.match(text, end) and _CITATION_BEFORE.search(text, max(0, start - 100), start)
    )


def looks_like_a_number(text: str, start: int, end: int) -> bool:
    """``Resolution 2100``, ``2,000 soldiers``, ``2000 gmt``, ``ACI 2000``: numbers, not years."""
    before = text[max(0, start - 25) : start]
    after = text[end : end + 25]
    return bool(
        _NUMERIC_CONTEXT.search(before)
        or _NUMERIC_AFTER.match(after)
        or _NUMBERED_TEXT_BEFORE.search(before)
        or _ACRONYM_BEFORE.search(before)
    )


def shift(mention: DateMention, first: dt.date, last: dt.date, precision: int) -> DateMention:
    """A relative mention resolved to a window."""
    return replace(mention, first=first, last=last, precision=precision)


def offset_window(
    base_first: dt.date, base_last: dt.date, base_precision: int, n: int, unit: str, direction: str
) -> tuple[dt.date, dt.date, int]:
    """The window ``n`` units ``direction`` (after/before) of a base window.

    ``n == 0`` means an unspecified few (``days after``): 1–10 days, 1–4 weeks or
    1–6 months, precision 2. A count of days is exact and keeps the base's precision.
    A count of weeks or months is a writer's round figure (``a month later`` for a
    swearing-in 38 days on), so the window spreads a few days either side of the
    exact shift: 3 days a week, 10 days a month, at most 10 and 30 days. Years are
    precision 3.
    """
    sign = 1 if direction in {"after", "later"} else -1
    if unit == "same":
        return base_first, base_last, base_precision
    if n == 0:
        lo, hi = {"day": (1, 10), "week": (7, 30), "month": (30, 183)}.get(unit, (1, 10))
        if sign > 0:
            return (
                base_first + dt.timedelta(days=lo),
                base_last + dt.timedelta(days=hi),
                max(2, base_precision),
            )
        return base_first - dt.timedelta(days=hi), base_last - dt.timedelta(days=lo), max(2, base_precision)
    if unit == "day":
        delta = dt.timedelta(days=n * sign)
        return base_first + delta, base_last + delta, base_precision
    if unit == "week":
        delta, slack = dt.timedelta(days=7 * n * sign), dt.timedelta(days=min(3 * n, 10))
        return base_first + delta - slack, base_last + delta + slack, max(2, base_precision)
    if unit == "month":
        slack = dt.timedelta(days=min(10 * n, 30))
        return (
            _add_months(base_first, n * sign) - slack,
            _add_months(base_last, n * sign) + slack,
            max(2, base_precision),
        )
    years = n * sign
    first = _safe_date(base_first.year + years, 1, 1) or base_first
    last = _safe_date(base_last.year + years, 12, 31) or base_last
    return first, last, 3


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, _last_day(year, month)))
