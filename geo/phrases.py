"""Fast whole-word phrase lookup: an Aho–Corasick automaton over folded phrases.

Shared by the toponym matcher (gazetteer names) and the actor matcher. Matches
are reported at the offsets of the original text (folding keeps lengths), only
on word boundaries, longest first and without overlaps.
"""

from __future__ import annotations

import bisect
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


class PhraseIndex(Generic[T]):
    """Phrases (folded) → values; several values may share a phrase."""

    def __init__(self, items: Iterable[tuple[str, T]]):
        self.values: dict[str, list[T]] = {}
        for phrase, value in items:
            key = fold(phrase.strip())
            if key:
                self.values.setdefault(key, []).append(value)
        self.automaton = ahocorasick.Automaton()
        for key in self.values:
            self.automaton.add_word(key, key)
        if self.values:
            self.automaton.make_automaton()

    def find(self, folded: str) -> list[PhraseHit[T]]:
        """Longest non-overlapping matches on word boundaries in already-folded text."""
        if not self.values:
            return []
        raw: list[tuple[int, int, str]] = []
        n = len(folded)
        for end_idx, key in self.automaton.iter(folded):
            start, end = end_idx - len(key) + 1, end_idx + 1
            if start > 0 and folded[start - 1].isalnum():
                continue
            if end < n and folded[end].isalnum():
                continue
            raw.append((start, end, key))
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
