"""Fast whole-word phrase lookup: an Aho–Corasick automaton over folded phrases.

Shared by the toponym matcher (gazetteer names) and the actor matcher. Matches
are reported at the offsets of the original text (folding keeps lengths), only
on word boundaries, longest first and without overlaps.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from geo.text import fold

T = TypeVar("T")


@dataclass(frozen=True)
class PhraseHit(Generic[T]):
    start: int
    end: int
    key: str
    values: tuple[T, ...]


_BOUNDARY = "\x01"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_SHAPE = bytes(c if c < 128 and chr(c).isalnum() else 1 for c in range(256))


def _shape_char(m: re.Match[str]) -> str:
    return "\x02" if m.group().isalnum() else _BOUNDARY  # any other letter: the exact check sorts it out


def _shape(text: str) -> str:
    """``text`` with every non-alphanumeric character as the boundary marker, same length.

    ASCII goes through ``bytes.translate`` (the fast path); the few other characters
    of an English text are mapped one by one.
    """
    if not text.isascii():
        text = _NON_ASCII.sub(_shape_char, text)
    return text.encode("ascii").translate(_ASCII_SHAPE).decode("ascii")


class PhraseIndex(Generic[T]):
    """Phrases (folded) → values; several values may share a phrase."""

    def __init__(self, items: Iterable[tuple[str, T]]):
        self.values: dict[str, list[T]] = {}
        for phrase, value in items:
            key = fold(phrase.strip())
            if key:
                self.values.setdefault(key, []).append(value)
        # Keys are indexed with word boundaries built in: every non-alphanumeric character,
        # in keys and text alike, becomes one marker, and keys are framed by it. The
        # automaton then reports only whole-word candidates; each is checked against the
        # exact key, so "U.N." never matches "u n".
        by_shape: dict[str, list[str]] = {}
        for key in self.values:
            by_shape.setdefault(_BOUNDARY + _shape(key) + _BOUNDARY, []).append(key)
        self.automaton = ahocorasick.Automaton()
        for shape, keys in by_shape.items():
            self.automaton.add_word(shape, (len(shape), tuple(keys)))
        if self.values:
            self.automaton.make_automaton()

    def find(self, folded: str) -> list[PhraseHit[T]]:
        """Longest non-overlapping matches on word boundaries in already-folded text."""
        if not self.values:
            return []
        raw: list[tuple[int, int, str]] = []
        framed = _BOUNDARY + _shape(folded) + _BOUNDARY
        for end_idx, (length, keys) in self.automaton.iter(framed):
            start, end = end_idx - length + 1, end_idx - 1  # in ``folded``: the frame shifts by one
            surface = folded[start:end]
            for key in keys:
                if key == surface:
                    raw.append((start, end, key))
                    break
        raw.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        taken: list[tuple[int, int]] = []
        hits: list[PhraseHit[T]] = []
        for start, end, key in raw:
            i = bisect.bisect_left(taken, (start, end))
            if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
                continue
            taken.insert(i, (start, end))
            hits.append(PhraseHit(start, end, key, tuple(self.values[key])))
        hits.sort(key=lambda h: h.start)
        return hits


class Needles:
    """Which of many patterns can match a text, judged by the lower-case words each one needs.

    ``owners[i]`` lists the substrings pattern ``i`` cannot match without; one C-level
    Aho–Corasick pass over the text says which patterns are worth running. The
    extractor runs ~60 date, trigger and figure regexes, and most sentences need a few.
    """

    def __init__(self, owners: Iterable[Iterable[str]]):
        by_needle: dict[str, set[int]] = {}
        self.always: set[int] = set()
        for index, needles in enumerate(owners):
            needles = list(needles)
            if not needles:
                self.always.add(index)
            for needle in needles:
                by_needle.setdefault(needle, set()).add(index)
        self.automaton = ahocorasick.Automaton()
        for needle, indices in by_needle.items():
            self.automaton.add_word(needle, frozenset(indices))
        self.automaton.make_automaton()

    def wanted(self, lowered: str) -> list[int]:
        """Indices of the patterns whose needles occur in ``lowered``, in order."""
        return sorted(self.always.union(*[indices for _, indices in self.automaton.iter(lowered)]))
