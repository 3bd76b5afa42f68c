"""Unicode normalisation, matching keys and sentence splitting.

Every function here preserves character offsets (or says how they map), because
each extracted fact must point back at the exact characters that support it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

import sentencex
from wordfreq import zipf_frequency

from geo.model import Sentence

#: ``the Koro cercle``, ``Soum province``: the words for an administrative area, read by toponyms, unlisted
#: and events alike.
AREA_WORDS = r"cercle|circle|region|district|department|province|commune"
#: ``40 km north-east of Gao``, ``heading north``: the compass points, read by unlisted and events alike.
COMPASS_POINTS = r"north|south|east|west|north-?east|north-?west|south-?east|south-?west"
#: ``the northern province of Soum``, ``in the south-western Mopti region``: the words for a part of an area.
COMPASS_ADJECTIVE = (
    r"(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern"
    r"|south-?western)"
)

_APOSTROPHES = "\u2019\u2018\u02bc\u00b4`"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"


def normalize(text: str) -> tuple[str, list[int] | None]:
    """NFC-normalise ``text``; return it with an index map back into the input.

    The map is ``None`` when the input was already NFC (the common case), so
    offsets into the result are offsets into the original. Quotes and dashes are
    left as written: sources are quoted verbatim.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    origin: list[int] = []
    cluster_start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0:
            piece = unicodedata.normalize("NFC", text[cluster_start:i])
            out.append(piece)
            origin.extend([cluster_start] * len(piece))
            cluster_start = i
    return "".join(out), origin


#: ``according to residents.[2]``, ``since late 2023[1]``: a note's number set right after the words it
#: is for (not ``[1] Interviews with residents``, the note itself, which opens its line).
_NOTE_MARKER = re.compile(r"(?<=[^\s\[|])\[\d{1,3}\](?=[\s.,;:!?)”\"’]|$)")


def without_note_markers(text: str) -> str:
    """The text with its inline note numbers blanked out, one space for each character, so that
    ``residents.[2] Two weeks later`` ends its sentence where the words do, and offsets do not move."""
    if "[" not in text:
        return text
    return _NOTE_MARKER.sub(lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    if ch == "\u00a0":
        return " "
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


class _FoldTable(dict[int, str]):
    """A lazily filled ``str.translate`` table for non-ASCII characters."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Case- and accent-insensitive matching key with exactly one character per input character.

    ``fold("Ségou’s")`` is ``"segou's"``; the equal length lets a match in the
    folded text be reported at the same offsets in the original.
    """
    if text.isascii():
        return text.lower()
    lowered = text.replace("\u0130", "I").lower()
    # translate() with a Python mapping costs a lookup per character; only the few
    # non-ASCII characters of an English text need one
    return _NON_ASCII.sub(_fold_match, lowered)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_match(m: re.Match[str]) -> str:
    return _FOLD_TABLE[ord(m.group())]


#: A line that opens a list item, a heading or a table row: never the rest of the line above.
_BLOCK_START = re.compile(r"[ \t]*(?:[-*•▪◦‣⁃+][ \t]|\d{1,3}[.)][ \t]|#|\||>)")
#: A line that stops mid-sentence: its last word is no sentence's end.
_RUNS_ON = re.compile(r"[\w,’'-]\s*$")
#: Lines longer than this are paragraphs, not a wrapped column.
WRAP_MAX = 100
#: How many lines near the wrap width make a text hard-wrapped.
WRAPPED_LINES = 3


def unwrap(text: str) -> str:
    """Hard-wrapped text (an e-mail, a PDF's lines, plain text filled to 72 columns) with each
    paragraph on one line: a line break inside a paragraph becomes a space, so that a sentence
    is no longer cut at every line end. Offsets do not move (one character for one).

    A text counts as hard-wrapped when almost no line is longer than :data:`WRAP_MAX`, at least
    :data:`WRAPPED_LINES` lines come near the longest and sentences run on from line to line; a
    line is joined to the next only when it is that long itself and the next opens no list item,
    heading or table row.
    """
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < WRAPPED_LINES or sum(n > WRAP_MAX for n in lengths) > len(lengths) // 20:
        return text
    width = max(n for n in lengths if n <= WRAP_MAX)
    near = int(width * 0.6)
    if width < 40 or sum(n >= int(width * 0.8) for n in lengths) < WRAPPED_LINES:
        return text
    # a sentence running on to the next line ("… has pressed an\noffensive …"); a list of dated entries,
    # one to a line, has none
    soft = sum(
        1
        for line, following in itertools.pairwise(lines)
        if len(line.rstrip()) >= near and _RUNS_ON.search(line) and following.lstrip()[:1].islower()
    )
    if soft < max(2, len(lengths) // 10):
        return text
    out = list(text)
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        following = lines[i + 1]
        if len(line.rstrip()) >= near and following.strip() and not _BLOCK_START.match(following):
            out[pos] = " "
        pos += 1
    return "".join(out)


def strip_accents(text: str) -> str:
    """``"Ménaka"`` → ``"Menaka"`` (case kept)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


#: Where (and when) a story was filed, before its first sentence: ``BAMAKO (Reuters) -``,
#: ``Gao, May 3, 2021 —``, ``Bamako, 18 January 2017 –``, ``NIAMEY, 26 July 2024 (Sahel Wire) —``,
#: ``BAMAKO, Mali, Thursday 15 August 2024 —``, and a rights group's ``(Nairobi, 6 March 2025) –``.
DATELINE = re.compile(
    r"^[ \t>*_]*(?P<paren>\()?[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,3}(?:,[ \t]*[A-Z][A-Za-z ]+)?"
    r"[ \t]*(?:[(\[][A-Za-z .]+[)\]])?"
    r"(?:,?[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]*\d{4})?"
    r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?(?:[ \t]+\d{4})?))?"
    # "NIAMEY, 26 July 2024 (Sahel Wire) —": the agency after the date
    r"(?(paren)\))[ \t]*(?:[(\[][A-Za-z .]+[)\]])?"
    r"[ \t]*(?P<mark>-|–|—|--|:)[ \t]",
    re.M,
)

_LINE_RE = re.compile(r"[^\n]+")
#: sentencex takes ``May.`` for an abbreviation and reads ``on Saturday 17 May. Gunfire …`` as one
#: sentence; the month's full name is never short for anything.
_MAY_ENDS = re.compile(r"\bMay\.(?=\s+[A-Z])")
#: sentencex keeps a quotation, a bracketed note or a bulleted line in one piece; here all often hold
#: several sentences. They are blanked (same length, so offsets hold) in the copy the segmenter sees.
_UNSPLITTABLE = re.compile('[“”«»"„‟‘’•▪◦‣⁃\\[\\]]')


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets into ``text``; line breaks always end a sentence.

    ``sentencex`` (Wikimedia's rule-based segmenter) finds the boundaries; titles,
    list items and headings in plain-text articles sit on their own lines, so each
    line is split separately.
    """
    sentences: list[Sentence] = []
    blanked = _UNSPLITTABLE.sub(" ", text)
    if "May." in blanked:
        blanked = _MAY_ENDS.sub("Mai.", blanked)
    for line in _LINE_RE.finditer(blanked):
        line_text = line.group()
        if not line_text.strip():
            continue
        in_line = len(sentences)
        for part in sentencex.get_sentence_boundaries("en", line_text):
            if part.get("is_paragraph_break"):
                continue
            start = line.start() + int(part["start_index"])
            end = line.start() + int(part["end_index"])
            chunk = text[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            if trail <= lead:
                continue
            first, last = start + lead, start + trail
            if len(sentences) > in_line and (closed := _CLOSERS.match(text, first, last)) is not None:
                # "**Why?**", "**Bounti, January.** On 3 January …": the emphasis closes the sentence it ends
                prev = sentences.pop()
                sentences.append(Sentence(prev.start, closed.end(), text[prev.start : closed.end()]))
                rest = text[closed.end() : last]
                if not rest.strip():
                    continue
                first = closed.end() + len(rest) - len(rest.lstrip())
            if len(sentences) > in_line and (
                (_cut_short(sentences[-1].text) and not text[first].isupper())
                or (len(sentences) == in_line + 1 and _DATE_LEAD.fullmatch(sentences[-1].text))
            ):
                first = sentences.pop().start  # "at approx. 0500hrs": an abbreviation, not an end
            sentences.extend(_enumerated_items(text, first, last))
    return sentences


#: ``: (i) on 4 April, …; (ii) between 12 and 14 May, …; and (iii)``: the items of a list run on in one
#: sentence, each an act of its own.
_ITEM_MARK = re.compile(r"(?:^|[;:]\s+(?:and\s+|or\s+)?)\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s+")


def _enumerated_items(text: str, first: int, last: int) -> list[Sentence]:
    """The sentence ``first``..``last``, cut at its list items when it has two or more (the words before
    the first item, ``In particular:``, its own sentence)."""
    marks = list(_ITEM_MARK.finditer(text, first, last)) if "(" in text[first:last] else []
    if len(marks) < 2:
        return [Sentence(first, last, text[first:last])]
    out: list[Sentence] = []
    starts = [first, *(m.end() for m in marks)]
    ends = [*(m.start() for m in marks), last]
    for a, b in zip(starts, ends, strict=True):
        b = len(text[a:b].rstrip()) + a
        if b > a:
            out.append(Sentence(a, b, text[a:b]))
    return out


_CLOSERS = re.compile(r"[*_\"”’')\]]+(?=\s|$)")
#: Abbreviations sentencex ends a sentence at (``approx. 0500hrs``, ``c. 1970``, ``No. 3``) when
#: what follows is no new sentence.
ABBREVIATIONS = ("approx", "appr", "ca", "c", "est", "incl", "no", "nos", "vs", "fig", "para", "cf")
_ABBREVIATED = frozenset(ABBREVIATIONS)


#: A month's name, in full or short (``Aug.``); and one date, to the day, the month or the year.
MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME}|{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
ONE_DATE = rf"(?:{_DAY_MONTH}(?:,?\s+\d{{4}})?|{MONTH_NAME}\s+\d{{4}}|\d{{4}})"
#: ``25 January 2024. The junta announced …``: a timeline's date opening its line, closed by a
#: full stop instead of a colon, heads the entry it opens rather than standing as a sentence.
_DATE_LEAD = re.compile(
    r"[\W_]{0,3}(?:[Tt]he\s+(?:night|morning|evening|weekend)\s+of\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:\d{{1,2}}\s*(?:-|–|—|to)\s*)?{ONE_DATE}(?:\s*(?:-|–|—|to)\s*{ONE_DATE})?[*_]*\."
)


def _cut_short(sentence: str) -> bool:
    """Whether the sentence ends on an abbreviation: its last word alone is read, as the
    splitter runs on every line of every document."""
    last = sentence[-8:].rsplit(None, 1)[-1]
    return last.endswith(".") and last[:-1].lstrip("([").lower() in _ABBREVIATED


#: A full stop that ends a clause, not an abbreviation's.
CLAUSE_STOP = "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS) + r"\.\s"


@lru_cache(maxsize=65536)
def english_zipf(word: str) -> float:
    """How common ``word`` is in English (wordfreq's Zipf scale; 0 for anything not a word)."""
    word = word.lower().strip(".’'")
    return zipf_frequency(word, "en") if word.isalpha() else 0.0


def function_word(word: str) -> bool:
    """``I``, ``The``, ``In``: capitalised for grammar, never part of a name."""
    return english_zipf(word) >= 6.0
