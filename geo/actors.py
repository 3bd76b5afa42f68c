"""Actors: the curated list in ``data/actors.csv`` and where texts name them.

Each actor has a kind (``state military``, ``foreign state``, ``jihadist``,
``civilians`` …) so the event extractor can tell who acted and who was acted
upon, and who is speaking when a figure is claimed.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo.config import paths
from geo.phrases import PhraseIndex
from geo.text import fold

#: The row of ``data/actors.csv`` for an army the text does not name (``the army``,
#: ``government troops``): whose army it is depends on where the event happened.
NATIONAL_ARMY = "National army"
#: The row for police the text names without a country (``police fired``, ``riot police``): that
#: country's police forces, as ACLED names them (see :meth:`ActorIndex.police_of`).
NATIONAL_POLICE = "National police"
POLICE_FORCES_OF = "Police Forces of "
#: The row for people protesting, who make a protest and on whom force may be used (ACLED's name).
PROTESTERS = "Protesters"
#: The row for a government the text does not name (``the government``, ``the authorities``).
NATIONAL_GOVERNMENT = "National government"
#: The row for ``the junta``, ``the transitional authorities``: the military rulers of the country the
#: act is in (see :meth:`ActorIndex.junta_of`).
NATIONAL_JUNTA = "National junta"
#: The rows for a ministry named without its country (``the defence ministry said``), each with the
#: prefix of the rows for a country's own (``mod-ml``): whose it is depends on where the event happened.
NATIONAL_MINISTRIES = {
    "National defence ministry": "mod-",
    "National security ministry": "security-ministry-",
}
#: How a state's government is named as an actor, before the country (``Government of Mali``).
GOVERNMENT_OF = "Government of "
#: How the armed forces of a state with no row of their own are named (``Military forces of Denmark``).
MILITARY_FORCES_OF = "Military forces of "

ARMED_KINDS = frozenset(
    {"state military", "foreign armed", "jihadist", "rebel", "militia", "unidentified armed"}
)


@dataclass(frozen=True)
class Actor:
    actor_id: str
    name: str
    kind: str
    country_code: str = ""

    @property
    def armed(self) -> bool:
        return self.kind in ARMED_KINDS

    @property
    def speaker(self) -> bool:
        """Can issue statements and figures (a claimant)."""
        return self.kind not in {"civilians"}


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor


#: Actors of ``data/actors.csv`` that name a side of the war, not one organisation.
SIDES = frozenset({"jihadists", "tuareg-rebels"})
#: ``al-Qaeda-linked``, ``Islamic State affiliate``: a group described by the one it is tied to.
_LINKED_TO = re.compile(
    r"(?:-|\s+)(?:linked|affiliated|aligned|allied|inspired|affiliates?|offshoots?|franchises?)\b", re.I
)
#: A country's own council or assembly, named like an international one.
_A_NATIONAL_BODY = re.compile(
    r"\b(?:National|Supreme|High|Higher|Transitional|Presidential|Federal|Interim)\s+$"
)


#: ``believed to belong to the``, ``suspected of being members of``: the group unnamed men are put in.
_BELIEVED_TO_BE = re.compile(
    r",?\s+(?:(?:were|are)\s+)?(?:believed|thought|suspected|said|presumed|reported)\s+(?:to|of)\s+"
    r"(?:be(?:ing)?|belong(?:ing)?\s+to|be(?:ing)?\s+(?:members|fighters|part)\s+of)\s+(?:the\s+)?"
)
#: ``Dogon and ``, ``Bambara, ``: a name listed before another, sharing its noun.
_LISTED_BEFORE = re.compile(r"\b(?P<word>(?-i:[A-Z])[\w’'-]+)(?:\s*,\s*|\s+and\s+|\s+or\s+)$")


class ActorIndex:
    def __init__(self, actors: list[tuple[Actor, tuple[str, ...]]]):
        self.actors = {a.actor_id: a for a, _ in actors}
        #: The names that leave a perpetrator unnamed (``Unidentified armed men``).
        self.unnamed = frozenset(a.name for a, _ in actors if a.kind == "unidentified armed")
        #: Those and the names of a side rather than a group (``Islamist armed groups``): a
        #: group's claim names who, among them, did it.
        self.generic = self.unnamed | frozenset(a.name for a, _ in actors if a.actor_id in SIDES)
        #: The names of those who fight (a claimant counting "its fighters" among the dead was struck).
        self.armed = frozenset(a.name for a, _ in actors if a.armed)
        #: Militias, who may fight beside an army (``soldiers and members of the VDP``).
        self.militias = frozenset(a.name for a, _ in actors if a.kind == "militia")
        self._states = frozenset(
            a.name for a, _ in actors if a.kind in {"state military", "state", "foreign state"}
        )
        entries = []
        self._case_sensitive: set[str] = set()
        for actor, aliases in actors:
            for alias in (actor.name, *aliases):
                entries.append((alias, (actor, alias)))
        self.index: PhraseIndex[tuple[Actor, str]] = PhraseIndex(entries)
        #: Names with words in lower case (``Mouvement pour le salut de l'Azawad``), which a count of
        #: the words between two things should take as one.
        spelt_out = sorted(
            {alias for alias, _ in entries if sum(w[:1].islower() for w in alias.split()) >= 2},
            key=len,
            reverse=True,
        )
        self.spelt_out_names = re.compile("|".join(map(re.escape, spelt_out))) if spelt_out else None
        self._by_name = {fold(alias): actor for alias, (actor, _) in entries}
        #: Every name and alias, folded: what is never the name of a place.
        self.folded_names = frozenset(self._by_name)
        self._armies: dict[str, Actor] = {}
        for actor, _ in actors:
            if actor.kind == "state military" and actor.country_code:
                self._armies.setdefault(actor.country_code, actor)

    def of_a_state(self, name: str) -> bool:
        """A state's forces or government, by name (``Malian Armed Forces``, ``Military forces of Niger``)."""
        return name.startswith((MILITARY_FORCES_OF, GOVERNMENT_OF)) or name in self._states

    def army_of(self, country_code: str, country_name: str = "") -> str:
        """The name for a country's armed forces: the first state military listed for it, or,
        for a country without one, ``Military forces of <country>`` as ACLED writes it."""
        if (army := self._armies.get(country_code)) is not None:
            return army.name
        return f"{MILITARY_FORCES_OF}{country_name}" if country_name else ""

    def police_of(self, country_code: str, country_name: str = "") -> str:
        """The name for a country's police (``Police Forces of Mali``); the code is unused, as in
        :meth:`government_of`."""
        return f"{POLICE_FORCES_OF}{country_name}" if country_name else ""

    def junta_of(self, country_code: str, country_name: str = "") -> str:
        """A country's transitional (military) government: its own row when it has one
        (``Transitional government of Mali``), else its government; with no country known, the
        one such row the table has (the country the corpus is about)."""
        rows = [a for a in self.actors.values() if a.kind == "state" and a.name.startswith("Transitional")]
        own = [a for a in rows if a.country_code == country_code] if country_code else rows
        if len(own) == 1:
            return own[0].name
        return self.government_of(country_code, country_name)

    def government_of(self, country_code: str, country_name: str = "") -> str:
        """The name for a country's government, as ACLED writes it (``Government of Mali``); the
        code is unused, and kept so that this and :meth:`army_of` are called alike."""
        return f"{GOVERNMENT_OF}{country_name}" if country_name else ""

    def ministry_of(self, unnamed: str) -> Callable[[str, str], str]:
        """Who a ministry named without its country is: that country's own row (``Malian defence
        ministry``), else its government, which the ministry speaks for."""
        prefix = NATIONAL_MINISTRIES[unnamed]
        own = {a.country_code: a.name for a in self.actors.values() if a.actor_id.startswith(prefix)}

        def name(country_code: str, country_name: str = "") -> str:
            return own.get(country_code) or self.government_of(country_code, country_name) or unnamed

        return name

    def find(self, text: str, folded: str) -> list[ActorMention]:
        found = []
        for hit in self.index.find(folded):
            surface = text[hit.start : hit.end]
            for actor, alias in hit.values:
                bare = alias.replace(".", "")
                if bare.isupper() and len(bare) <= 6 and surface.replace(".", "") != bare:
                    continue  # acronyms match in capitals only: "UN", not "un"
                if _A_NATIONAL_BODY.search(text, max(0, hit.start - 16), hit.start):
                    continue  # "the National Security Council" of Niger is no UN Security Council
                if _LINKED_TO.match(text, hit.end):
                    continue  # "an al-Qaeda-linked group", "an Islamic State affiliate": another group
                found.append(ActorMention(hit.start, hit.end, surface, actor))
                found.extend(self._sharing_the_noun(text, hit.start, alias))
                break
        found.sort(key=lambda m: m.start)
        return self._identified(text, found)

    def _identified(self, text: str, found: list[ActorMention]) -> list[ActorMention]:
        """``armed men believed to belong to JNIM``: the unnamed men are the group the text puts them
        in, told once, by its name."""
        if len(found) < 2 or not any(m.actor.name in self.unnamed for m in found):
            return found
        return [
            m
            for m, after in zip(found, [*found[1:], None], strict=True)
            if not (
                after is not None
                and m.actor.name in self.unnamed
                and after.actor.armed
                and after.actor.name not in self.generic
                and _BELIEVED_TO_BE.fullmatch(text, m.end, after.start)
            )
        ]

    def _sharing_the_noun(self, text: str, start: int, alias: str) -> list[ActorMention]:
        """``Dogon and Fulani militias``: the groups named before one that share its noun, when
        that noun makes a name too (``Dogon militias``)."""
        first, _, noun = alias.partition(" ")
        if not noun or not first[:1].isupper():
            return []
        out = []
        while (before := _LISTED_BEFORE.search(text, max(0, start - 40), start)) is not None:
            actor = self._by_name.get(fold(f"{before['word']} {noun}"))
            if actor is None:
                break
            out.append(ActorMention(before.start("word"), before.end("word"), before["word"], actor))
            start = before.start("word")
        return out


def read_actors(path: Path) -> list[tuple[Actor, tuple[str, ...]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        out.append((Actor(row["actor_id"], row["name"], row["kind"], row.get("country_code", "")), aliases))
    return out


@lru_cache(maxsize=4)
def load(path: str | None = None) -> ActorIndex:
    return ActorIndex(read_actors(Path(path) if path else paths().actors))
