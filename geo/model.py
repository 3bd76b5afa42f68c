"""The event model shared by every part of the tool.

Column names follow ACLED and UCDP GED so exports open in the tools analysts
already use; code meanings are documented in ``data/README.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Literal

EVENT_TYPES: tuple[str, ...] = ("coup", "coup_attempt", "atrocity", "base_handover", "other")

EVENT_TYPE_LABELS: dict[str, str] = {
    "coup": "Coup",
    "coup_attempt": "Coup attempt / alleged plot",
    "atrocity": "Atrocity",
    "base_handover": "Base handover / withdrawal",
    "other": "Other political or security event",
}

#: 1 = day, 2 = month or part of a month, 3 = year, season or vaguer.
TIME_PRECISION = {1: "day", 2: "month", 3: "year or vaguer"}

#: 1 = the town itself, 2 = near it or part of a district, 3 = region or country.
GEO_PRECISION = {1: "the place itself", 2: "near / district", 3: "region or country"}

FEATURES: tuple[str, ...] = (
    "town",
    "village",
    "camp",
    "landmark",
    "district",
    "region",
    "country",
    "continent",
    "macro-region",
)

#: ACLED-style columns first, then UCDP-style bounds, then our provenance columns.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "end_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "named_place",
    "admin1",
    "admin2",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "notes",
    "source",
    "source_quote",
    "source_id",
    "char_start",
    "char_end",
    "place_id",
    "coordinate_source",
    "confidence",
    "reviewed",
    "status",
    "extractor_version",
)


@dataclass(frozen=True)
class Sentence:
    """A sentence with its character span in the document text."""

    start: int
    end: int
    text: str


@dataclass
class Document:
    """A source text ready for the pipeline.

    ``text`` is what offsets refer to: the file's own characters for ``.txt`` and
    ``.md``, the extracted text for HTML (the HTML itself is never rendered).
    """

    doc_id: str
    path: str
    title: str
    text: str
    published: dt.date | None = None
    published_precision: int = 1
    publisher: str = ""
    author: str = ""
    sha256: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    #: The date relative expressions ("On 24 May") resolve against: the last day the
    #: publication date allows, or the latest explicit year in the text.
    anchor: dt.date | None = None


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    place_id: str
    name: str
    feature: str
    latitude: float | None
    longitude: float | None
    country_code: str
    admin1: str = ""
    admin2: str = ""
    geonames_id: str = ""
    geo_precision: int = 1
    population: int = 0
    source: str = ""
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    origin: Literal["curated", "local", "geonames", "text"] = "curated"
    #: for a place the text itself places (``origin="text"``), the known place it was placed by
    placed_by: str = ""

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class Mention:
    """A place name found in a document and resolved to a gazetteer entry."""

    doc_id: str
    start: int
    end: int
    matched_text: str
    place: Place
    score: float
    sentence_index: int = -1

    @property
    def geo_precision(self) -> int:
        return self.place.geo_precision


@dataclass
class Claim:
    """A figure someone asserts about an event, kept with who asserts it and the words used."""

    kind: str  # killed, arrested, wounded, executed, ...
    low: int | None
    best: int | None
    high: int | None
    claimant: str
    victims: str = ""
    quote: str = ""
    source: str = ""


@dataclass
class SourceRef:
    """Where an event is reported: the file, the verbatim sentence and its offsets."""

    source: str
    quote: str
    char_start: int | None = None
    char_end: int | None = None


@dataclass
class Event:
    """An event in the ACLED/UCDP-style model, with provenance."""

    event_id: str
    event_type: str
    sub_event_type: str
    event_date: dt.date
    end_date: dt.date
    time_precision: int
    place: Place | None
    geo_precision: int
    actor1: str = ""
    actor2: str = ""
    claims: list[Claim] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    notes: str = ""
    confidence: float = 1.0
    reviewed: bool = False
    date_claims: list[dict[str, str]] = field(default_factory=list)
    #: the place the text names when no table holds it (``the village of Tadaryat``): the event is
    #: put on the area around it, and is no other place's event
    named_place: str = ""

    def fatality_bounds(self) -> tuple[int | None, int | None, int | None]:
        """Low/best/high over every death claim (UCDP GED's convention)."""
        return fatality_bounds(self.claims)


DEATH_KINDS = frozenset({"killed", "executed", "dead"})


#: The dead on the attackers' side (``the army says 15 assailants were killed``), counted with
#: the others' as ACLED counts all deaths.
_ATTACKERS = re.compile(
    r"\b(?:assailants|attackers|terrorists|militants|jihadists|insurgents|gunmen|raiders|rebels|fighters"
    r"|combatants)\b",
    re.I,
)


#: Who carried out the attack, by what they did (not ``terrorists``, a word the army may use for
#: the people it killed): their dead, told apart, are part of the toll.
_PERPETRATORS = re.compile(r"\b(?:attackers|assailants|gunmen|raiders|kidnappers|hostage-takers)\b", re.I)


#: ``neutralised at least thirty of them``: the word armies use for the fighters they kill.
NEUTRALISED = re.compile(r"\bneutrali[sz](?:ed|ing)\b", re.I)


def _perpetrators(claim: Claim) -> bool:
    """The dead are the attackers: named so, or told only as those an army ``neutralised``."""
    if _PERPETRATORS.search(claim.victims):
        return True
    return claim.victims.lower() == "of them" and bool(NEUTRALISED.search(claim.quote))


#: Who the dead were by nation: ``four American soldiers`` may be part of a toll told by nations.
_NATIONS = re.compile(
    r"\b(american|french|nigerien|malian|burkinab[eè]|chadian|russian|german|british|swedish|danish|estonian"
    r"|czech|belgian|dutch|italian|spanish|chinese|egyptian|togolese|senegalese|guinean|ivorian|mauritanian"
    r"|algerian|nigerian|ghanaian|bangladeshi|pakistani)(?:s|men)?\b",
    re.I,
)


def _counted_within(part: Claim, claims: list[Claim]) -> bool:
    """``killed four American soldiers`` in the lead, ``Four Americans and four Nigerien soldiers
    were killed`` further on: the dead of one nation, counted again among more; so are a witness's own
    dead (``shot my father and my uncle``) among the village's (``nine people were dead``)."""
    if part.best is not None and _KIN_ONLY.fullmatch(part.victims):
        return any(
            other.quote != part.quote
            # "executed at least 13 civilians": a floor the kin are among
            and (other.best if other.best is not None else other.low or 0) > part.best
            and not _KIN_ONLY.fullmatch(other.victims)
            and not _ATTACKERS.search(other.victims)
            for other in claims
        )
    nations = {n.lower() for n in _NATIONS.findall(part.victims)}
    if len(nations) != 1 or part.best is None:
        return False
    return any(
        other.quote != part.quote
        and other.best is not None
        and other.best > part.best
        and " and " in other.victims
        and nations <= {n.lower() for n in _NATIONS.findall(other.victims)}
        for other in claims
    )


#: ``A civilian was also killed``, ``another soldier died``: a death added to those counted.
_ONE_MORE = re.compile(
    r"\b(?:also|another|one\s+more|too|as\s+well|in\s+addition|additional|besides)\b", re.I
)


#: ``Two more died``, ``three others later died of their wounds``: the dead of a sentence of their own
#: told as further to those already counted.
_FURTHER_DEAD = re.compile(r"(?:more|others?)\b", re.I)


def _told_one_by_one(deaths: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """``killing five people, among them a French citizen and a Belgian``, then ``shot dead a Belgian
    security officer … killing a Malian officer``: single deaths told one by one after a count are
    that count's (the first list), unless told as more (``they also shot dead an engineer``: the
    second list, added to it)."""
    singles = [
        i
        for i, c in enumerate(deaths)
        if (c.low, c.best, c.high) == (1, 1, 1) and not _ATTACKERS.search(c.victims)
    ]
    first = next(
        (
            i
            for i, c in enumerate(deaths)
            if i not in singles
            and c.best is not None
            and c.best > len(singles)
            and not _ATTACKERS.search(c.victims)
        ),
        None,
    )
    if first is None:
        return [], []
    told = [deaths[i] for i in singles if i > first and deaths[i].quote != deaths[first].quote]
    more = [c for c in told if _ONE_MORE.search(c.quote)]
    return [c for c in told if c not in more], more


def fatality_bounds(claims: list[Claim]) -> tuple[int | None, int | None, int | None]:
    """The toll, with the attackers' dead told in sentences of their own (``Two attackers were
    killed``) added to everyone else's: a count of other dead, not a rival one."""
    deaths = [c for c in claims if c.kind in DEATH_KINDS]
    further = [
        c
        for c in deaths
        if _FURTHER_DEAD.match(c.victims)
        and c.best is not None
        and any(o.quote != c.quote and not _FURTHER_DEAD.match(o.victims) for o in deaths)
    ]
    if further:
        # "killing 12 people. Two more died in hospital": a count of dead besides those counted
        low, best, high = fatality_bounds([c for c in claims if c not in further])
        if low is not None and best is not None and high is not None:
            added = sum(c.best for c in further if c.best is not None)
            return low + added, best + added, high + added
    within, more = _told_one_by_one(deaths)
    if more:
        low, best, high = fatality_bounds([c for c in claims if c not in more])
        if low is not None and best is not None and high is not None:
            return low + len(more), best + len(more), high + len(more)
    partial = [c for c in deaths if _counted_within(c, deaths)] + within
    if partial:
        claims = [c for c in claims if c not in partial]  # "killed four American soldiers", of eight
        deaths = [c for c in deaths if c not in partial]
    quotes = {c.quote for c in deaths if _perpetrators(c)} - {c.quote for c in deaths if not _perpetrators(c)}
    theirs = [c for c in deaths if c.quote in quotes]
    ours = [c for c in deaths if c.quote not in quotes]
    if not theirs or not ours:
        return _by_side(claims)
    a, b = _by_side(ours), _fatality_bounds(theirs)
    if None in a or None in b:
        return _fatality_bounds(claims)
    return _added([a, b])  # type: ignore[list-item]


def _added(parts: list[tuple[int, int, int]]) -> tuple[int, int, int]:
    return tuple(sum(values) for values in zip(*parts, strict=True))


def _by_side(claims: list[Claim]) -> tuple[int | None, int | None, int | None]:
    """``killing 35 civilians … Four soldiers and three gendarmes also died``: the civilians' dead and
    the forces' dead, told in sentences of their own and never as one number, are two parts of the toll."""
    sides: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind in DEATH_KINDS:
            sides.setdefault(_victim_class(c.victims), []).append(c)
    if (
        set(sides) not in ({"civilians", "forces"}, {"forces", "attackers"})
        or len({c.quote for c in claims if c.kind in DEATH_KINDS}) < 2
        # "two soldiers and ten terrorists were killed" counts the soldiers again
        or any(_FORCES.search(c.victims) for c in sides.get("attackers", []))
    ):
        return _fatality_bounds(claims)
    parts = [_fatality_bounds(side) for side in sides.values()]
    if any(None in part for part in parts):
        return _fatality_bounds(claims)
    return _added(parts)  # type: ignore[arg-type]


def _fatality_bounds(claims: list[Claim]) -> tuple[int | None, int | None, int | None]:
    """Low, best and high fatality figures over the death claims.

    Each claim's best figure is its own best, else its floor (``at least 160``),
    else its ceiling; the event's ``best`` is the median of those, so no single
    source is preferred and a lone outlier cannot drag it. One sentence's figures for the
    attackers' dead and for everyone else's are two parts of one toll, and are added; the
    army's "203 terrorists" and a witness's "300 civilians" stay rival counts of one dead.
    """
    figures: list[tuple[int, int, int]] = []
    bests: list[int] = []
    vague_bests: list[int] = []
    revisions: list[int] = []
    by_quote: dict[object, list[Claim]] = {}
    for c in claims:
        if c.kind in DEATH_KINDS:
            by_quote.setdefault((c.source, c.quote) if c.quote else id(c), []).append(c)
    firsts: list[int] = []
    for told in by_quote.values():
        added = _told_figures(told)
        if replaced := _replaced(told[0].quote):
            # "lowered the toll to 35, down from the 95 dead it announced on Monday": its own count withdrawn;
            # "Six … were killed, … raising the toll from the two it first reported": the other one stays
            revised = _revised_figure(told[0].quote)
            if revised is None and len(others := {a[1] for a in added if a[1] not in replaced}) == 1:
                (revised,) = others
            if revised is not None:
                added = [a for a in added if a[1] == revised or a[1] not in replaced]
        figures.extend(added)
        # "its fighters had killed dozens of soldiers": a range bounds the toll, a count says what it was
        kept = vague_bests if all(_vague(c) for c in told) else bests
        earlier = _EARLIER_COUNT_NAMED.search(told[0].quote)
        if len(added) == 1 and first_count(told[0].quote) and kept is bests:
            firsts.append(added[0][1])  # "Officials had first announced 12 dead": a count later replaced
            continue
        revised = _revised_figure(told[0].quote)
        if revised is None and earlier is not None and len(added) == 1:
            revised = added[0][1]  # "89 soldiers were killed …, more than three times the toll it first gave"
        if (
            revised is not None
            and not any(b == revised for _, b, _ in added)
            and _AND_THEN.search(told[0].quote)
        ):
            # "first counted 13 dead and then 46": the later count has no noun of its own
            added = [*added, (revised, revised, revised)]
            figures.append(added[-1])
        if revised is not None and any(b == revised for _, b, _ in added):
            kept.append(revised)  # "first reported 11 …; it raised the toll to 15": the source's last word
            # ("…; a civil society group put the toll at 210": another source's, higher still)
            kept.extend(b for _, b, _ in added if b > revised)
            revisions.append(revised)
        else:
            kept.extend(b for _, b, _ in added)
    if not figures:
        return None, None, None
    if firsts and not bests:
        bests = firsts
    if revisions and bests:
        # "ORTM first reported 47 dead. … the number of dead had risen to 77": the lower counts came first
        bests = [b for b in bests if b >= max(revisions)]
    bests = sorted(bests or vague_bests)
    mid = len(bests) // 2
    best = bests[mid] if len(bests) % 2 else (bests[mid - 1] + bests[mid]) // 2
    return min(lo for lo, _, _ in figures), best, max(hi for _, _, hi in figures)


_FORCES = re.compile(
    r"\b(?:soldiers?|troops|peacekeepers?|gendarmes?|gendarmerie|police\w*|officers?|guards?|bodyguards?|escorts?|servicem[ae]n"
    # "We regret the loss of three of our men": a force's spokesman counting its own
    r"|personnel|(?<=our\s)men)\b",
    re.I,
)
#: ``the mayor``, ``a village chief``: one who holds an office, whose killing is an assassination (a
#: stem: callers add ``\b`` or a plural).
OFFICE = (
    r"(?:mayor|deputy\s+mayor|governor|prefect|sub-prefect|(?:village\s+|traditional\s+)?chief|imam|judge"
    r"|magistrate|(?:local\s+)?councill?or|member\s+of\s+parliament|lawmaker|minister)"
)
#: One of a family or a household, the way a witness names the dead: ``my husband``, ``her son``.
KIN_WORDS = ("husband", "wife", "father", "mother", "son", "daughter", "brother", "sister", "uncle", "aunt",
             "nephew", "niece", "cousin", "grandfather", "grandmother", "grandson", "granddaughter",
             "neighbour", "neighbor", "baby")  # fmt: skip
KIN = rf"(?:{'|'.join(KIN_WORDS)})"
#: The unarmed named by who they were to their own or by their work, one or many: ``my husband and my
#: brother``, ``two teachers``, ``a nurse``.
KIN_AND_CARERS = (
    rf"{KIN}s?|wives|bab(?:y|ies)|infants?|boys?|girls?|teachers?|nurses?|doctors?|health\s+workers?"
    r"|midwi(?:fe|ves)"
)
#: ``father and uncle``, ``elderly mother``: only the witness's own.
_KIN_ONLY = re.compile(rf"(?:[\w-]+\s+)?{KIN}s?(?:\s+and\s+(?:[\w-]+\s+)?{KIN}s?)*", re.I)
_CIVILIANS = re.compile(
    r"\b(?:civilians?|villagers?|residents?|herders?|farmers?|worshippers?|passengers?|women|children|students?"
    rf"|pupils?|officials?|civil\s+servants?|{KIN_AND_CARERS}"
    # "the mayor was killed … Two of his guards also died": an office holder is a civilian
    rf"|{OFFICE}s?)\b",
    re.I,
)


def _victim_class(victims: str) -> str:
    """Whose dead a figure counts: the attackers', the forces', the civilians', or "" when it does not say
    or counts several."""
    if _ATTACKERS.search(victims):
        return "attackers"
    forces, civilians = bool(_FORCES.search(victims)), bool(_CIVILIANS.search(victims))
    return "forces" if forces and not civilians else "civilians" if civilians and not forces else ""


def _summed(parts: list[list[tuple[int, int, int]]]) -> list[tuple[int, int, int]]:
    totals = [(0, 0, 0)]
    for part in parts:
        totals = [(t[0] + x[0], t[1] + x[1], t[2] + x[2]) for t in totals for x in part]
    return totals


def _vague(c: Claim) -> bool:
    """``dozens``, ``hundreds``: a word for a range too wide to say what the toll was."""
    return c.best is None and c.low is not None and c.high is not None and c.high >= 2 * c.low


def _told_figures(told: list[Claim]) -> list[tuple[int, int, int]]:
    """One sentence's death figures: its parts summed (the dead of each side, of each kind of victim)
    or, failing that, each figure as a count of its own."""
    classes: dict[str, list[Claim]] = {}
    for c in told:
        classes.setdefault(_victim_class(c.victims), []).append(c)
    if "" not in classes and len(classes) > 1:
        # "Eight soldiers were killed, and … eight civilians … were killed as well": one toll of 16
        parts = [_figures(group) for group in classes.values()]
        if all(parts):
            return _summed(parts)
    theirs = [c for c in told if _ATTACKERS.search(c.victims)]
    ours = [c for c in told if not _ATTACKERS.search(c.victims)]
    if theirs and ours and (a := _figures(ours)) and (b := _figures(theirs)):
        return [(x[0] + y[0], x[1] + y[1], x[2] + y[2]) for x in a for y in b]
    return _figures(told)


#: ``raised the toll to 15``, ``the toll rose to 79``, ``revised the figure up to 42``: a source's own
#: later count, which replaces the one it gave first.
_REVISED_TO = re.compile(
    r"\b(?:rais(?:ed|es|ing)|revis(?:ed|es|ing)|increas(?:ed|es|ing)|updat(?:ed|es|ing)|put|puts"
    r"|lower(?:ed|s|ing)?|reduc(?:ed|es|ing)|cut(?:s|ting)?)\s+"
    r"(?:the|its|their)\s+(?:death\s+|provisional\s+|official\s+)?(?:toll|count|tally|figure)\s+"
    # "lowered the death toll from Sunday's massacre in Sobane Da to 35"
    r"(?:(?:from|of|in|for)\s+[^.;:]{0,90}?\s+|(?:up|down)(?:wards?)?\s+)?to\s+"
    r"(?:at\s+least\s+)?(?P<n>[\w,-]+)"
    r"|\b(?:toll|count|tally|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities))\s+(?:has\s+|had\s+)?"
    r"(?:rose|risen|climbed|reached|increased|jumped)\s+to\s+"
    r"(?:at\s+least\s+)?(?P<m>[\w,-]+)"
    # "has raised to 27 the number of soldiers killed"
    r"|\b(?:rais(?:ed|es|ing)|revis(?:ed|es|ing))\s+(?:up(?:wards?)?\s+)?to\s+(?:at\s+least\s+)?(?P<k>[\w,-]+)\s+"
    r"the\s+(?:death\s+)?(?:toll|count|tally|figure|number)\b",
    re.I,
)


#: ``Officials had first announced 12 dead``, ``initially reported``: a count told as the first of several.
FIRST_COUNT = re.compile(
    r"\b(?:first|initially|originally)\s+(?:\w+\s+){0,2}?(?:reported|announced|said|gave|put|counted|spoke\s+of"
    # "The general staff had first spoken on Monday of 'more than a dozen' soldiers killed"
    r"|spoken\s+(?:\w+\s+){0,3}?of|confirmed|declared)\b"
    # "The general staff's first count, issued the day after the attack, gave 11 soldiers dead"
    r"|\b(?:first|initial|provisional|preliminary|earlier)\s+(?:official\s+)?(?:death\s+)?(?:count|toll|tally|figure|report)\b"
    # "By Monday evening it had reached 32": where the count stood on the way
    r"|\bBy\s+(?:[\w-]+\s+){1,3}(?:it|the\s+(?:death\s+)?(?:toll|count))\s+had\s+(?:reached|risen|climbed)\b",
    re.I,
)


#: ``more than three times the toll it first gave``: an earlier count named, so the one told is later.
_EARLIER_COUNT_NAMED = re.compile(
    r"\b(?:toll|count|tally|figure)\s+(?:that\s+)?(?:it|they|officials|the\s+[\w-]+)\s+(?:had\s+)?"
    r"(?:first|initially|originally)\b",
    re.I,
)


def first_count(quote: str) -> bool:
    """Whether the quote tells a count as the first of several; not when it only names that first one
    to set a later count against it (``three times the toll it first gave``)."""
    named = [m.span() for m in _EARLIER_COUNT_NAMED.finditer(quote)]
    return any(not any(a <= m.start() < b for a, b in named) for m in FIRST_COUNT.finditer(quote))


#: ``first counted 13 dead and then 46``: the later of a source's two counts.
_AND_THEN = re.compile(r"\b(?:and|but)\s+then\s+(?:to\s+|at\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b")


#: ``down from the 95 dead it announced on Monday``: the count a revision replaces.
_DOWN_FROM = re.compile(
    r"\b(?:down|up)\s+from\s+(?:the\s+|an?\s+|its\s+)?(?:(?:earlier|initial|first|provisional|previous)\s+)?"
    r"(?:(?:figure|toll|count)\s+of\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b",
    re.I,
)


#: ``raising the toll from the two deaths it first reported``: the count a revision told before it replaces.
_RAISED_FROM = re.compile(
    r"\b(?:rais(?:ed|es|ing)|lower(?:ed|s|ing)?|revis(?:ed|es|ing))\s+(?:the|its|their)\s+(?:death\s+)?"
    r"(?:toll|count|tally)\s+from\s+(?:the\s+|its\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b(?![^.;]{0,60}?\bto\s)",
    re.I,
)


def _replaced(quote: str) -> set[int]:
    """The counts a revised toll is said to replace (``up from 20``, ``down from the 95``)."""
    from geo.casualties import parse_number  # not at the top: casualties imports geo.text, which imports this

    out = set()
    for m in [*_DOWN_FROM.finditer(quote), *_RAISED_FROM.finditer(quote)]:
        low, high = parse_number(m["n"].rstrip(","))
        if low is not None and low == high:
            out.add(low)
    return out


def _revised_figure(quote: str) -> int | None:
    from geo.casualties import parse_number  # not at the top: casualties imports geo.text, which imports this

    if (found := _REVISED_TO.search(quote)) is not None:
        told = (found.group("n") or found.group("m") or found.group("k")).rstrip(",-")
    elif first_count(quote) and (then := _AND_THEN.search(quote)) is not None:
        told = then.group("n")
    else:
        return None
    low, high = parse_number(told)
    return low if low is not None and low == high else None


def _figures(claims: list[Claim]) -> list[tuple[int, int, int]]:
    figures = []
    for c in claims:
        best = c.best if c.best is not None else (c.low if c.low is not None else c.high)
        if best is None:
            continue
        figures.append((c.low if c.low is not None else best, best, c.high if c.high is not None else best))
    return figures


def read_date(value: Any, where: str, problems: list[str]) -> dt.date | None:
    """A YAML date or ISO string, or None with the reason added to ``problems``: hand-edited
    files (the catalogue, briefings) are checked whole, so one bad date does not hide the next."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}: {value!r} is not a date (YYYY-MM-DD)")
        return None
