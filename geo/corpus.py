"""The corpus: seed documents and their manifest.

``seeds/manifest.csv`` gives each file its title, publisher/author where the text
states them, and its publication date in ISO form at the precision the
evidence allows (``2020-09-10``, ``2020-08`` or ``2025``) with the reasoning in
``date_basis``. A file dropped into ``seeds/`` without a manifest row is still
read; its dates are anchored on the latest year the text itself states.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from geo.config import Paths, paths
from geo.factbox import without_event_dates
from geo.ingest import SUPPORTED_SUFFIXES, IngestError, read_document
from geo.model import Document
from geo.text import DATELINE

if TYPE_CHECKING:
    from geo.dates import DateMention

MANIFEST_COLUMNS = ("file", "title", "publisher", "author", "published", "date_basis")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


class ManifestError(ValueError):
    pass


@dataclass(frozen=True)
class ManifestEntry:
    file: str
    title: str
    publisher: str
    author: str
    published: str
    date_basis: str

    def period(self) -> tuple[dt.date, dt.date, int] | None:
        """First and last day the publication date allows, and its precision (1 day, 2 month, 3 year)."""
        return parse_iso_period(self.published) if self.published else None


def parse_iso_period(value: str) -> tuple[dt.date, dt.date, int]:
    """``"2020-08"`` → (2020-08-01, 2020-08-31, 2). Raises :class:`ManifestError`."""
    m = _ISO.match(value.strip())
    if not m:
        raise ManifestError(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            d = dt.date(year, int(month), int(day))
            return d, d, 1
        if month:
            last = calendar.monthrange(year, int(month))[1]
            return dt.date(year, int(month), 1), dt.date(year, int(month), last), 2
        return dt.date(year, 1, 1), dt.date(year, 12, 31), 3
    except ValueError as exc:
        raise ManifestError(f"{value!r}: {exc}") from exc


def read_manifest(path: Path) -> dict[str, ManifestEntry]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = set(MANIFEST_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise ManifestError(f"{path.name}: missing columns {sorted(missing)}")
        entries = {}
        for row in reader:
            entry = ManifestEntry(**{k: (row.get(k) or "").strip() for k in MANIFEST_COLUMNS})
            if entry.published:
                entry.period()  # validates
            entries[entry.file] = entry
    return entries


#: Why a document may yield fewer events than it tells, when nothing fixes its year.
NO_YEAR_WARNING = (
    "no publication date, and the text names no year: days told without one ('on Tuesday', "
    "'Nov 29') cannot be placed in time, so their events are left out; give the date with "
    "--published or a manifest"
)


#: Why a document's year-less days may be years off: its year was guessed from the text.
GUESSED_YEAR_WARNING = (
    "no publication date: days told without a year ('on Tuesday', 'Aug 14') are read as falling in "
    "or before {year}, the latest year the text names, which may be years before the piece came out; "
    "give the date with --published or a manifest"
)


def dating_warnings(document: Document) -> list[str]:
    """What the reader of an extraction should know about how its dates were anchored."""
    if document.anchor is None:
        return [NO_YEAR_WARNING]
    if document.published is None:
        return [GUESSED_YEAR_WARNING.format(year=document.anchor.year)]
    return []


def set_publication(document: Document, value: str) -> Document:
    """Take ``value`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) as the publication date, over what
    the text or a manifest says. Raises :class:`ManifestError`."""
    document.published, document.anchor, document.published_precision = parse_iso_period(value)
    return document


def latest_year_anchor(text: str) -> dt.date | None:
    """Dec 31 of the latest year the text states, the anchor for undated documents."""
    from geo.dates import looks_like_a_number

    years = [
        int(m.group(1)) for m in _YEAR.finditer(text) if not looks_like_a_number(text, m.start(), m.end())
    ]
    return dt.date(max(years), 12, 31) if years else None


#: The words that say when a piece came out, however it is labelled (case is ignored).
_PUBLISHED_WORDS = (
    r"(?:first\s+|last\s+)?(?:published|posted|updated|recorded|broadcast|aired|filed|compiled|issued|released"
    r"|answered|transmitted|submitted|delivered|distributed|circulated|debated|adopted)"
)
_DATELINE_LABEL = re.compile(
    r"^[ \t>*_]*(?:[A-Za-z0-9]+:?\s+(?:was\s+)?){0,3}?"
    rf"(?:{_PUBLISHED_WORDS}|Date|DTG)\b"
    r"[*_:\s]*(?:on\s+)?"
    r"(?P<rest>.{4,90}?)[*_ \t]*$",
    re.I | re.M,
)
#: A line that is nothing but a date (``February 2019``, ``*3 May 2021*``) under the title.
_DATE_LINE = re.compile(r"^[ \t>*_]*(?P<rest>[^\n]{4,80}?)[*_ \t]*$", re.M)
HEAD_CHARS = 600
#: Reports often close with their date (``Published 28 March 2024``); only a labelled line counts there.
TAIL_CHARS = 300
#: ``*Field notes, October 2023*``, ``*Year-end briefing, 29 December 2023*``, ``By our Africa desk,
#: 26 May 2021``, ``Tuesday 18 August 2020``, ``Issue 27 | Week of 30 June – 6 July 2025``, ``Flash
#: Update No. 1 | 2 October 2019``, ``An analysis for the Sahel programme — 12 September 2024``,
#: ``RADIO BULLETIN – 18:00 GMT – Saturday 5 October 2024``: a short label (a longer one set off by a
#: dash or a bar), a byline, the hour, the weekday or the week before the date on a line of its own.
_LINE_LABEL = re.compile(
    r"(?:(?:[A-Z][\w’'-]*(?:\s[\w’'-]+){0,2}(?:\s(?:No\.?|#)\s?\d+)?\s*[,:|–—·•]"
    # "Crisis Group Africa Briefing N°201, 14 June 2025": a longer label, when it numbers an issue
    r"|[A-Z][\w’'-]*(?:\s[\w’'-]+){0,4}\s(?:No\.?|N[°º]|#)\s?\d+\s*[,:|–—·•]"
    r"|[A-Z][\w’']*(?:\s[\w’'-]+){3,7}\s+[|–—·•]|By\s[^,|–—·•\n]{2,40}[,|–—·•]"
    # "S/2023/402, 1 June 2023": a UN document's symbol
    r"|[A-Z]{1,3}(?:/[A-Z0-9.]+){1,4}\s*[,:|–—·•]"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?|[0-2]?\d[:.h][0-5]\d\s*(?:GMT|UTC|local\s+time)?\s*[,|–—·•])\s*){0,3}"
    # "As of 9 May 2025": the day a situation report's figures stand at
    r"(?:(?:[Ff]or\s+the\s+)?[Ww]eek\s+(?:of|ending|to)\s+|[Aa]s\s+(?:of|at)\s+)?"
)


def stated_publication(text: str) -> tuple[dt.date, dt.date, int] | None:
    """``Published 14 March 2024`` (or ``Posted on …``, a ``Bamako, 18 January 2017 –``
    dateline, a line holding only a date) near the top of an article without a manifest
    date: the date it states, with its precision. An article ``Updated 8 August 2022`` since
    is as recent as that update."""
    stated = _first_stated(text)
    update = _last_update(text)
    if update is not None and (stated is None or update > stated[1]):
        return update, update, 1
    return stated


def original_publication(text: str) -> dt.date | None:
    """The day an article updated since first came out, which its story as first told is read
    against: ``First published 22 July 2022, … Updated 8 August 2022``."""
    stated = _first_stated(text)
    update = _last_update(text)
    if stated is None or update is None or stated[2] != 1 or update <= stated[1]:
        return None
    return stated[0]


#: ``Updated 8 August 2022, 09:15 GMT``, ``Last updated: 8 August 2022``.
_UPDATED = re.compile(r"\b(?:last\s+)?updated\b[*_:\s]*(?:on\s+)?", re.I)


def _last_update(text: str) -> dt.date | None:
    from geo.dates import find_dates

    if "updated" not in text[:HEAD_CHARS].lower():
        return None
    head = without_event_dates(text)[:HEAD_CHARS]
    days = []
    for m in _UPDATED.finditer(head):
        found = find_dates(head[m.end() : m.end() + 40])
        if found and found[0].start == 0 and found[0].precision == 1 and found[0].first is not None:
            days.append(found[0].first)
    return max(days, default=None)


def _first_stated(text: str) -> tuple[dt.date, dt.date, int] | None:
    from geo.dates import day_headings, find_dates

    text = without_event_dates(text)  # "Date: 25–27 July 2024" over "Result:", "Casualties:" is the battle's
    head = text[:HEAD_CHARS]
    tail = text[max(HEAD_CHARS, len(text) - TAIL_CHARS) :]
    if next(_labelled_dates(head), None) is None and (days := day_headings(text, text.find("\n") + 1)):
        last = max((day for _, day in days), key=lambda d: d.last)  # type: ignore[arg-type,return-value]
        # a live blog or a diary is as recent as its last day, a feed (newest first) its first
        return last.first, last.last, last.precision  # type: ignore[return-value]
    for stated, alone in [
        *_spelt_out(_DATE_TIME_GROUP, head),
        *_stated_dates(head),
        *_spelt_out(_MONITORED_SOURCE, text),
        *_spelt_out(_SOURCE_NOTE, head),
        *_labelled_dates(tail),
        *_signed_at(tail),
    ]:
        for found in _period(find_dates(stated), stated):
            if found.first is None or found.last is None or found.kind in {"year_range", "decade"}:
                continue
            if alone and not _only_the_date(stated, found.start, found.end):
                continue
            if alone and found.kind == "year":
                continue  # "2023" on a line of its own heads a timeline's year, not the day of writing
            if found.first != found.last and found.precision == 1:
                # "Week of 4–10 March 2024": an issue covering days comes out at their end; over more
                # than a week, no weekday can be read against it
                return found.last, found.last, 1 if (found.last - found.first).days <= 6 else 2
            return found.first, found.last, found.precision
    return _week_in_title(text.split("\n", 1)[0])


#: ``FIELD NOTES — SEGOU / MOPTI, W/C 3 JUNE 2025``: a title naming the week an issue covers.
_TITLE_WEEK = re.compile(
    r"(?:\bW/(?P<ends>E)|\bW/C|\bweek\s+(?:(?P<ending>ending|to)|commencing|beginning|starting|of))\s*:?\s*"
    r"(?P<rest>[^\n]{4,40}?)[*_ \t]*$",
    re.I,
)


def _week_in_title(title: str) -> tuple[dt.date, dt.date, int] | None:
    """The last day of the week a title names, as for a ``Week of …`` line under it."""
    from geo.dates import find_dates

    week = _TITLE_WEEK.search(title)
    if week is None:
        return None
    found = find_dates(week.group("rest"))
    if (
        len(found) != 1
        or found[0].precision != 1
        or not _only_the_date(week.group("rest"), found[0].start, found[0].end)
    ):
        return None
    day = found[0].last
    if day is None:
        return None
    if not (week.group("ends") or week.group("ending")):
        day += dt.timedelta(days=6)
    return day, day, 1


_PERIOD_JOIN = re.compile(r"\s*(?:[–—-]|to|until)\s*")


def _period(found: list[DateMention], line: str) -> list[DateMention]:
    """``Reporting period: 01/03/2022 – 31/03/2022``: two days joined by a dash are one period."""
    if len(found) == 2 and found[0].precision == found[1].precision == 1 and found[0].first and found[1].last:
        a, b = found
        if _PERIOD_JOIN.fullmatch(line, a.end, b.start) and a.first <= b.last:  # type: ignore[operator]
            return [replace(a, end=b.end, text=line[a.start : b.end], last=b.last, kind="period")]
    return found


#: ``Friday 8 September 2023, 0700 GMT``: the hour a bulletin went out, after its date.
_HOUR_AFTER = re.compile(
    r"[\s,–—-]*(?:at\s+)?(?:(?:[0-2]?\d[:.h][0-5]\d|[0-2]\d[0-5]\d)\s*(?:hrs|h|[ap]\.?m\.?)?|[0-2]?\d\s*(?:[ap]\.?m\.?|hrs))"
    r"\s*(?:GMT|UTC|Z|local(?:\s+time)?)?(?:\s*[+-]\d{1,2}(?::?\d\d)?)?[\s.]*",
    re.I,
)


def _only_the_date(line: str, start: int, end: int) -> bool:
    """A line that holds the date and nothing else but a short label before it and its hour after."""
    before_ok = not line[:start].strip(" ,") or bool(_LINE_LABEL.fullmatch(line, 0, start))
    return before_ok and (
        not line[end:].strip(" .,")
        or bool(_HOUR_AFTER.fullmatch(line, end) or _AGENCY_AFTER.fullmatch(line, end))
    )


#: ``Niamey, 12 December 2019 (AFP)``: the agency or desk a dateline credits, after its date;
#: ``(translated)``: the text's own note on what it is.
_AGENCY_AFTER = re.compile(
    r"[\s,–—-]*\((?:[A-Z][\w.’'/-]*(?:\s[\w.’'/-]+){0,2}|wire|(?:unofficial\s+)?translat(?:ed|ion)|excerpts?)\)[\s.]*"
)


#: ``Bamako, 2 June 2025``: where and when a communiqué or a letter was signed, on its last line.
_SIGNED_AT = re.compile(
    r"^[ \t*_]*(?:(?:Done|Issued|Signed|Made)\s+(?:at|in)\s+)?[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?,\s*"
    r"(?P<rest>[^\n]{4,40}?)[*_ \t.]*$"
)


def _signed_at(tail: str) -> Iterator[tuple[str, bool]]:
    """The signing line, last or above the signature (``Bamako, 20 July 2022`` ¶ ``The Minister``)."""
    lines = [line for line in tail.strip().splitlines() if line.strip()]
    for line in reversed(lines[-3:]):
        if (signed := _SIGNED_AT.match(line)) is not None:
            yield signed.group("rest"), True
            return
        if not _SIGNATURE.fullmatch(line.strip()):
            return


#: ``The Minister``, ``For the Government``, ``Abdoulaye Diop``: a signature under the signing line.
_SIGNATURE = re.compile(
    r"(?:[A-Z][\w’'.-]*|the|of|for|and|de|du)(?:\s+(?:[A-Z][\w’'.-]*|the|of|for|and|de|du)){0,5}"
)


#: ``Source: ORTM TV, Bamako, in French 2000 gmt 14 Aug 25``: the line a monitoring service
#: puts under a translated broadcast, the year in two digits.
_SOURCE_DATE = r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<year>\d\d|\d{4})"
_MONITORED_SOURCE = re.compile(rf"^[ \t*_]*Source:[^\n]*?\b{_SOURCE_DATE}[ \t.*_]*$", re.M)


#: ``Source: monitoring service translation, 23 July 2022. The original …``: a note under
#: the title saying whose text this is and when it came; only near the top, where a body's
#: ``Source:`` citing an older report cannot be.
_SOURCE_NOTE = re.compile(rf"^[ \t*_]*Source:[^\n.]{{0,60}}?,\s*{_SOURCE_DATE}[*_]*(?:\.\s|[ \t.*_]*$)", re.M)


#: ``R 061430Z JUL 06``: the date-time group heading a cable or a military signal (day, hour
#: and minute in UTC, the month, the year in two digits).
_DATE_TIME_GROUP = re.compile(
    r"^[ \t]*(?:[A-Z]{1,2}\s+)?(?P<day>[0-3]\d)[0-2]\d[0-5]\dZ\s+"
    r"(?P<month>[A-Z]{3})\s+(?P<year>\d\d|\d{4})[ \t]*$",
    re.M,
)


def _spelt_out(pattern: re.Pattern[str], text: str) -> Iterator[tuple[str, bool]]:
    """Each day, month and year ``pattern`` finds, spelt out for the date finder (it reads no
    two-digit year): ``14 Aug 25`` is ``14 Aug 2025``, below 50 of this century."""
    for found in pattern.finditer(text):
        year = int(found.group("year"))
        if year < 100:
            year += 2000 if year < 50 else 1900
        yield f"{int(found.group('day'))} {found.group('month').title()} {year}", True


#: ``Podcast, episode 112 (recorded 9 February 2024)``: the label in brackets after a title.
_BRACKETED_LABEL = re.compile(
    rf"\({_PUBLISHED_WORDS}\s+(?:on\s+)?(?P<rest>[^()\n]{{4,40}})\)",
    re.I,
)


#: ``A reconstruction of the offensive, published 2 February 2024``: the label closing a subtitle;
#: ``1/ A rough week in central Mali. Posted 9 May 2024.``: the sentence closing a thread's first post.
_TRAILING_LABEL = re.compile(
    rf"(?:[,;–—]\s*|[.!?]\s+(?=(?-i:[A-Z]))){_PUBLISHED_WORDS}\s+(?:on\s+)?"
    r"(?P<rest>[^\n,;]{4,40}?)[*_ \t.]*$",
    re.I | re.M,
)


def _labelled_dates(text: str) -> Iterator[tuple[str, bool]]:
    for line in _DATELINE_LABEL.finditer(text):
        yield line.group("rest"), False
    for aside in _BRACKETED_LABEL.finditer(text):
        yield aside.group("rest"), False
    for closing in _TRAILING_LABEL.finditer(text):
        yield closing.group("rest"), False


def _stated_dates(head: str) -> Iterator[tuple[str, bool]]:
    """Text that may state when the article was published, best first, and whether it must
    hold nothing but the date (a bare line under the title)."""
    yield from _labelled_dates(head)
    for line in DATELINE.finditer(head):
        if line.group("date") and line.group("mark") != ":":
            yield line.group("date"), False
    title = head.split("\n", 1)[0]
    if (issue := _ISSUE_TITLE.search(title)) is not None:
        # "Transcript: Studio Tamani evening bulletin, 12 January 2024": what follows the issue's name
        yield title[issue.end() :].lstrip(" ,:|–—·•-"), True
        yield title, True
        if (last := _LAST_TITLE_PART.search(title)) is not None:
            # "Statement read on national television (ORTM), 25 August 2021": its day, set off at the end
            yield last.group("rest"), True
    for line in _DATE_LINE.finditer(head, head.find("\n") + 1):
        yield line.group("rest"), True


#: ``RADIO BULLETIN – 18:00 GMT – Saturday 5 October 2024``: a title naming an issue of a periodical,
#: whose date is then the issue's, where a title's date is otherwise the event's (``Attack in Bamba,
#: 7 September 2023``).
_ISSUE_TITLE = re.compile(
    # "Transcript: Studio Tamani evening bulletin, 12 January 2024"
    r"^[ \t#*_]*(?:(?:transcript|text|translation)\s*:\s*)?(?:[\w’'-]+\s+){0,3}"
    r"(?:bulletin|newscast|news\s+summary|digest|newsletter|briefing|update"
    r"|sitrep|situation\s+report|press\s+review|statement|communiqu[eé]|press\s+release|address|speech"
    r"|press\s+conference|news\s+conference)\b",
    re.I,
)
_LAST_TITLE_PART = re.compile(r"[,|–—]\s*(?P<rest>[^,|–—]+?)\s*$")


def apply_manifest(document: Document, entry: ManifestEntry | None) -> Document:
    """Fill in title, publisher, publication date and date anchor.

    The manifest wins; without a manifest date, a ``Published …`` line at the top of the text
    is used; without either, the latest year the text names anchors its dates.
    """
    if entry is not None:
        document.title = entry.title or document.title
        document.publisher = entry.publisher
        document.author = entry.author
        period = entry.period()
        if period is not None:
            document.published, document.anchor, document.published_precision = period
    if document.published is None and (stated := stated_publication(document.text)) is not None:
        document.published, document.anchor, document.published_precision = stated
    if document.anchor is None:
        document.anchor = latest_year_anchor(document.text)
    return document


def seed_files(p: Paths | None = None) -> list[Path]:
    p = p or paths()
    if not p.seeds.exists():
        return []
    return sorted(f for f in p.seeds.iterdir() if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)


def load_document(path: Path, manifest: dict[str, ManifestEntry] | None = None) -> Document:
    document = read_document(path, doc_id=path.name)
    return apply_manifest(document, (manifest or {}).get(path.name))


def load_seeds(p: Paths | None = None) -> tuple[list[Document], list[IngestError]]:
    """Every readable document in ``seeds/``, and the refusals for the rest."""
    p = p or paths()
    manifest = read_manifest(p.manifest)
    documents: list[Document] = []
    errors: list[IngestError] = []
    for path in seed_files(p):
        try:
            documents.append(load_document(path, manifest))
        except IngestError as exc:
            errors.append(exc)
    return documents, errors
