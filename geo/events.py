"""Dated events in any English article: what happened, when, where, who, and who says so.

The extractor reads one sentence at a time:

1. **Triggers** — readable patterns per event type (below) find event words:
   ``coup``, ``mutiny``, ``foiled plot``, ``summarily executed``, ``mass grave``,
   ``handed over … base``, ``drew down``, ``sanctions``, ``elections`` … Words in a
   hypothetical (``could``, ``if``, ``threat``) and sentences with links
   (reference lists) are ignored.
2. **Dates** — each trigger takes the closest date in its clause
   (:mod:`geo.dates`); report dates (``a May 16 statement``) lose to event dates
   (``occurred on the night of May 11-12``); ``Days after the handover`` is
   counted from the handover found earlier; a trigger with no date inherits the
   date of the event just reported in the same paragraph.
3. **Place** — the most specific place named in the sentence (a camp for a
   handover at a town that has one), a reference point (``near the capital
   Bamako``) counting less; else the passage's; else the document's focus
   country at precision 3. A place is never invented.
4. **Actors and claims** — actors from ``data/actors.csv`` take roles by event
   type; casualty and arrest figures (:mod:`geo.casualties`) are kept with their
   claimant: the speaker in the sentence (``a defence ministry statement said``),
   or the source of the quotation the sentence sits in, or the document.

Mentions of one event in several sentences or documents are merged by
:mod:`geo.merge`. Every event keeps each sentence that reports it, verbatim,
with its offsets.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import hashlib
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TypeVar

from geo import actors as actors_mod
from geo import casualties
from geo import dates as dates_mod
from geo.actors import ActorIndex, ActorMention
from geo.casualties import Figure, find_figures
from geo.coordinates import without_positions
from geo.corpus import HEAD_CHARS, original_publication
from geo.dates import DateMention, find_dates, offset_window, shift
from geo.factbox import FactBox, fact_boxes
from geo.gazetteer import Gazetteer, haversine_km, km_between
from geo.model import (
    DEATH_KINDS,
    KIN_AND_CARERS,
    NEUTRALISED,
    Claim,
    Document,
    Event,
    Mention,
    Place,
    Sentence,
    SourceRef,
    first_count,
)
from geo.phrases import Needles
from geo.text import AREA_WORDS, CLAUSE_STOP, COMPASS_ADJECTIVE, COMPASS_POINTS, DATELINE, ONE_DATE, fold
from geo.toponyms import BEYOND_BORDER, BROAD_FEATURES, NAMES_AN_ACCORD, Recognition, area_cue
from geo.unlisted import NEAR_KM

# --- triggers --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Trigger:
    event_type: str
    sub_event_type: str
    pattern: re.Pattern[str]
    weight: float
    #: lower-case stems the pattern cannot match without; a sentence with none skips it
    needles: frozenset[str] = frozenset()

    def candidates(self, lowered: str) -> bool:
        return not self.needles or any(n in lowered for n in self.needles)


def _t(event_type: str, sub: str, pattern: str, weight: float, flags: int = re.I) -> Trigger:
    return Trigger(event_type, sub, re.compile(pattern, flags), weight)


#: Needles per trigger, in TRIGGERS order (checked by tests/test_events.py against the patterns).
_NEEDLES: tuple[tuple[str, ...], ...] = (
    ("coup",),
    ("coup", "putsch"),
    ("coup", "putsch"),
    ("plotter", "conspirator"),
    ("plot", "attempt", "destabili", "tried to", "trying to", "tries to", "sought to", "seeking to"),
    ("coup", "putsch"),
    ("power", "palace", "television", "broadcaster", "radio"),
    ("overthr", "toppl", "oust", "depos"),
    ("removal", "removed"),
    ("mutin",),
    ("forced",),
    ("prerogative", "stripp"),
    ("massacr",),
    (
        "execut",
        "extrajudicial",
        "shot them",
        "shot him",
        "shot her",
        "killed them",
        "killed him",
        "killed her",
    ),
    ("grave", "bodies", "remains", "corpses"),
    ("atrocit", "exaction", "war crime"),
    ("kill", "slaughter", "shot", "shooting", "gunn", "murder", "massacr", "fire", "firing", "found dead"),
    ("killings",),
    ("base", "camp", "barrack"),
    (
        "to leave",
        "to withdraw",
        "to go",
        "to depart",
        "to pull out",
        "to recall",
        "to immediately",
        "withdrawal",
        "departure",
        "pull-out",
        "pullout",
        "demand",
        "insist",
        "security council that",
    ),
    (
        "withdr",
        "pull",
        "drew",
        "drawdown",
        "draw",
        "departure",
        "left",
        "leav",
        "quit",
        "closed",
        "presence",
        "lowered",
        "bring",
        "brought",
        "flew",
        "flown",
    ),
    ("sanction", "lapse", "expire"),
    ("lift",),
    ("sanction", "embargo", "froze", "freez", "frozen", "designat", "blacklist"),
    ("border", "trade", "financial flows", "commercial", "airspace"),
    ("peace", "agreement", "accord", "deal", "ceasefire", "cease-fire", "truce", "hostilities"),
    ("charter", "pact", "treat", "convention"),
    ("power",),
    ("independence",),
    ("sworn", "inaugur", "oath"),
    ("postpon", "delay", "put off", "pushed back"),
    (
        "election",
        "elected",
        "referendum",
        "presidency",
        "presidential race",
        "presidential vote",
        "presidential poll",
    ),
    (
        "protest",
        "demonstrat",
        "rall",
        "marched",
        "streets",
        "occupied",
        "blockaded",
        "blocked",
        "stones",
        "rocks",
    ),
    ("creation", "launch", "establish", "deploy", "created", "began"),
    ("interven",),
    ("crossed", "crosses", "crossing", "incursion"),
    # an office holder killed: the office is always named
    (
        "assassin",
        "mayor",
        "governor",
        "prefect",
        "chief",
        "imam",
        "judge",
        "magistrate",
        "councill",
        "councilor",
        "member of parliament",
        "lawmaker",
        "minister",
        "president",
        "leader",
        "head",
        "chairman",
    ),
    ("assassin", "tried to", "stabbed", "knife"),
    ("resolution",),
    ("over from", "authority", "way to", "replaced by", "succeeded by"),
    ("mandate", "to end", "to terminate", "to close"),
    ("extend", "prolong", "-year"),
    ("dissol", "disband", "abolish"),
    ("adopted",),
    (
        "control of",
        "took",
        "take",
        "taking",
        "enter",
        "reach",
        "captur",
        "rolled into",
        "rolling into",
        "marched into",
        "marching into",
        "moved into",
        "moving into",
        "retook",
        "retak",
        "overr",
        "liberat",
        "fall of",
        "seized",
        "seizes",
        "fell",
        "falls",
        " out of",
        "surrendered",
    ),
    (
        "attack",
        "ambush",
        "clash",
        "strike",
        "bomb",
        "shelling",
        "ied",
        "explosive",
        "device",
        " mine",
        "landmine",
        "suicide",
        "routed",
        "defeated",
        "battle",
        "storm",
        "assault",
        "came under",
        "comes under",
        "come under",
        "coming under",
        "hit by",
        " hit ",
        " hit.",
        " hit,",
        "fired",
        "opened fire",
        "open fire",
        "opens fire",
        "opening fire",
        "struck",
        "targeted",
        "shelled",
        "inflict",
        "raid",
        "besieg",
        "siege",
        " way in",
        " way through",
        " way past",
        "fighting",
        "fought",
        "battled",
        "neutrali",
        "exchanged",
        "gunbattle",
        "gun battle",
        "firefight",
        "skirmish",
        "carried out",
        "launched",
        "mounted",
        "conducted",
        "shot down",
        " bomb",
        "-bomb",
        "fired",
        "booby",
        "pound",
        "sprayed",
        "raked",
        "strafed",
    ),
    (
        "kidnap",
        "abduct",
        "hostage",
        "took him",
        "took her",
        "took them",
        "seized him",
        "seized her",
        "seized them",
        "r seized",
        "t seized",
        "n seized",
        "y seized",
        "l seized",
        "seized ",
        "seizing ",
        "taken from",
        "taken away from",
        "snatched",
        "grabbed",
        "dragged",
        "carried off",
        "took away",
        "led away",
        "led off",
        "disappeared",
        "went missing",
        "vanished",
        "held captive",
        "held prisoner",
        "been held",
    ),
    (
        "loot",
        "pillag",
        "ransack",
        "plunder",
        "torch",
        "set fire",
        "burned down",
        "burnt down",
        "stole",
        "stealing",
        "rustl",
        "made off",
    ),
    (
        "destr",
        "demolish",
        "razed",
        "bulldoz",
        "smash",
        "wreck",
        "tore down",
        "tearing down",
        "pulled down",
        "pulling down",
        "burned",
        "burnt",
        "burning",
    ),
    ("suspen",),
    ("suspen", "banned", "ban on political", "bans", "banning", "outlaw"),
    ("ecowas", "g5", "african union", "economic community", "francophonie", "oif", "bloc"),
    ("blockade",),
    ("collided", "crash", "went down", "collision"),
    ("expel", "expuls", "to leave"),
    ("recall", "diplomatic"),
    ("summon",),
    ("convict", "guilty", "sentenc", "acquit", "verdict"),
    ("releas", "free", "pardon"),
    ("statement", "communiqu"),
    ("removed",),
    ("arrest", "detain", "seiz", "captured", "held", "rounded"),
    ("agreement", "accord", "pact", "treat"),
)


#: Who is fought: a named side, or fighters of some kind (``fought for independence`` is not a clash).
_OPPONENT = (
    r"(?:the\s+|a\s+|an\s+|rival\s+|suspected\s+|armed\s+)*"
    r"(?:(?-i:[A-Z])|(?:army|soldiers|troops|jihadists?|militants|rebels|fighters|gunmen|insurgents|militia\w*"
    r"|separatists|forces|assailants|attackers|mercenaries|terrorists|bandits|group)\b)"
)


#: What a destruction event destroys: buildings and works, not people or armies.
_PROPERTY = (
    r"(?:mausoleums?|shrines?|mosques?|churches|church|monuments?|tombs?|homes|houses|huts|villages?|granar(?:y|ies)"
    r"|schools?|markets?|bridges?|antennas?|telecom(?:munications)?\s+masts?|masts?|pylons?|wells|health\s+cent(?:re|er)s?)\b"
)
#: ``suspended "until further notice" the …``, ``withdrawal "without delay" from``: a short quote
#: between a verb and what it governs.
_QUOTED_ASIDE = r"(?:\s+[\"“][^\"”\n]{1,30}[\"”])?"
_MONTHS = "(?:" + "|".join(m.capitalize() for m in dates_mod.MONTH_NAMES) + ")"
#: right after a month's name (``… on 22 May were released``): one look-behind per month, each of fixed width
_AFTER_A_MONTH = (
    "(?:"
    + "|".join(
        f"(?<=[\\dn] (?-i:{m.capitalize()}) )|(?<=[\\dn] (?-i:{m.capitalize()}) \\d{{4}} )"
        for m in dates_mod.MONTH_NAMES
    )
    + ")"
)
_FOREIGN_FORCE = (
    r"(?:French|France|Barkhane|Serval|Takuba|MINUSMA|Minusma|U\.?N\.?|United Nations|[Pp]eacekeep\w*"
    r"|[Bb]lue [Hh]elmets|German|Germany|Swedish|Sweden|British|Britain|Canadian|Canada|Dutch|Netherlands"
    r"|Belgian|Belgium"
    r"|Danish|Denmark|Estonian|Estonia|Chinese|China|Chadian|Chad|European|EUTM|foreign (?:troops|forces)"
    r"|international forces|Wagner|Russian (?:troops|forces)"
    r"|American troops|U\.?S\.? (?:troops|forces)"
    # "Paris announced the withdrawal of its troops": a capital speaking for a state that has them
    r"|(?:Paris|Berlin|London|Stockholm|Copenhagen|Ottawa|Moscow|Washington)(?=\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?:said|says|announced|announces|decided|ordered|confirmed|began|completed)\b))"
)

#: ``the French ambassador … leave the country``: people of a foreign state, not its forces.
_NOT_A_FORCE = (
    r"(?i:ambassadors?|envoys?|diplomats?|embass\w*|consul\w*|ministers?|president|nationals|citizens"
    r"|journalists?|hostages?|aid\s+workers?|companies|firms?|businesses)\b"
)

#: The words before ``ousted`` that make it describe a leader rather than tell of his fall.
_NOT_AN_ATTRIBUTE = "".join(
    rf"(?<!\b{w}\s)"
    for w in (
        "the", "a", "an", "of", "and", "or", "by", "with", "for", "to", "from", "former", "his", "her",
        "its", "their", "as", "against", "on", "at", "in", "about", "newly", "recently", "now", "since",
    )
) + r"(?<!['’]s\s)"  # fmt: skip
#: ``Malian drones struck Tinzaouaten``: the verb is the trigger (the aircraft name who acted), and
#: is matched first, so that the attack pattern still opens on a word at every branch (``re`` skips
#: ahead by those first characters; a branch opening on a look-behind made it four times slower).
_AIRCRAFT = ("drones", "drone", "aircraft", "warplanes", "jets", "helicopters")
#: ``raid``, ``air raid``, ``commando raid``: what a state's forces are said to have carried out.
_A_RAID = r"(?:(?:air|commando|helicopter|special[\s-]forces|military|army|night|drone)\s+)?raids?\b"
#: ``it claimed to have taken a base at Sirakorola``: a military site taken, a place wherever it is.
_A_BASE_TAKEN_WORDS = (
    r"(?:took|taken|taking)\s+(?:an?|the|its|their|both|two|the\s+two)\s+(?:(?:army|military)\s+)?"
    r"(?:base|camp|garrison|outpost)s?"
)
_STRUCK_FROM_THE_AIR = "|".join(
    rf"\b{verb}\b(?:" + "|".join(rf"(?<={craft}\s{verb})" for craft in _AIRCRAFT) + ")"
    for verb in ("struck", "bombed")
)
#: ``Jeffery Woodke, an American aid worker seized in Niger in 2016``: the person, then the act (the
#: verb matched first, as for the aircraft above).
#: ``held captive …, was released``: a captivity told only as what a release ended.
_NOT_FREED_AFTER = r"(?![^.;]{0,120}?\b(?:released|freed)\b)"
_SEIZED_PERSON = (
    r"\bseized\b(?:"
    + "|".join(
        rf"(?<={noun}\sseized)"
        for noun in (
            "worker",
            "journalist",
            "reporter",
            "missionary",
            "priest",
            "nun",
            "tourist",
            "engineer",
            "national",
            "driver",
            "doctor",
            "nurse",
            "teacher",
            "geologist",
            "contractor",
        )
    )
    + ")"
)
#: What people hold or say, not what they do: ``The protesters oppose a plan``.
_STANCE = (
    r"(?:oppose|opposed|reject|rejected|want|wanted|say|said|accuse|accused|fear|feared|blame|blamed"
    r"|believe|believed|argue|argued|object|objected|demand|demanded|see|saw)\b"
)
#: Clergy and those at worship: a church or mosque attacked is an attack on civilians.
_FAITHFUL = (
    r"priests?|pastors?|imams?|clerics?|catechists?|parishioners|churchgoers|congregants|congregations?"
    r"|worshippers|preachers|marabouts"
)
#: ``the mayor``, ``a village chief``: one whose killing is an assassination.
_OFFICE_HOLDER = casualties.OFFICE_HOLDER
#: People no side fights with: what befalls them is done to civilians.
_UNARMED_PEOPLE = (
    r"(?:journalists?|reporters?|hostages?|aid\s+workers?|civilians|villagers|tourists?|missionar(?:y|ies)"
    rf"|{_FAITHFUL}|nuns?|traders|passengers|(?:tour\s+|safari\s+)?guides?"
    # "his business partner Philippe Verdon were seized"
    r"|(?:business\s+)?partners?|colleagues?|engineers?|geologists?|contractors?|expatriates?|doctors?|nurses?"
    r"|teachers?)\b"
)
#: ``seized about twenty people``, ``snatched 12 passengers``: people taken, not a town
_PEOPLE_TAKEN = (
    r"(?:about\s+|some\s+|around\s+|at\s+least\s+|nearly\s+|more\s+than\s+|over\s+|up\s+to\s+)?"
    r"(?:\d+|a\s+dozen|dozens\s+of|scores\s+of|several|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|sixty|a\s+hundred)(?:-\w+)?)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:people|persons|civilians|villagers|residents|men|women|children|boys|girls|farmers|herders|passengers"
    r"|traders|travell?ers|workers|students|pupils|worshippers|fishermen|drivers)\b"
)
#: ``took Kidal``, ``entered Gao``, ``reached Timbuktu``: a capture only when armed men move in.
_MOVING_IN = (
    r"took|taken|takes?|taking|entered|enters?|entering|reached|reaches|reaching"
    # "the army and its Wagner allies rolled into Kidal"
    r"|(?:rolled|rolling|marched|marching|moved|moving)\s+into"
)

#: ``… rolled into Kidal after the rebels of the CSP withdrew``, ``Wagner forces arrived in Ber after MINUSMA
#: left its camp``: a clause of its own, of another subject.
_OTHER_CLAUSE = (
    rf"\b(?:after|when|while|because|until|whereas)\s+(?:(?:the|a|an|its|their)\s|(?!{_MONTHS}\b)(?-i:[A-Z]))"
)
TRIGGERS: tuple[Trigger, ...] = (
    # coup attempts before coups: "attempted coup" must not read as "coup"
    _t(
        "coup_attempt",
        "alleged plot",
        r"\b(?:alleged|would-be|fake|purported)\s+coup(?:\s+(?:attempt|plot))?s?\b",
        0.8,
    ),
    _t(
        "coup_attempt",
        "failed coup",
        r"\b(?:attempted|failed|foiled|thwarted|aborted)\s+(?:an?\s+)?(?:counter-?)?(?:coup|putsch)s?\b"
        r"|\bcounter-?coups?\b",
        0.85,
    ),
    _t("coup_attempt", "coup attempt", r"\bcoups?\s+(?:attempts?|plots?|bids?)\b|\bputsch\s+attempt\b", 0.85),
    _t(
        "coup_attempt",
        "arrests of alleged plotters",
        r"\b(?:arrests?\s+of|arrest(?:ed|s)|detain(?:ed|s))\s+(?:\w+\s+){0,2}(?:coup\s+)?(?:plotters|conspirators)\b"
        r"|\balleged\s+(?:coup\s+)?(?:plotters|conspirators)\b",
        0.75,
    ),
    _t(
        "coup_attempt",
        "coup attempt",
        r"\bplot(?:ted|ting)?\s+(?:a\s+)?(?:coup|to\s+(?:overthrow|topple|destabili[sz]e))\b|\bfoiled\s+(?:a\s+)?plot\b"
        r"|\battempt(?:ed)?(?:,[^,;]{1,40},)?\s+to\s+(?:overthrow|topple|destabili[sz]e)\b|\bdestabili[sz]ation\s+attempt\b"
        r"|\bplot(?:ted|ting)?\s+against\s+(?:the\s+)?(?:institutions|state|transition|government|president|republic)\b"
        # "two days after soldiers tried to seize power in the capital"
        r"|\b(?:tried|trying|tries|attempted|attempting|sought|seeking)\s+to\s+(?:seize|take|grab)\s+power\b",
        0.8,
    ),
    _t("coup", "military takeover", r"\bcoups?(?:\s+d['’]\s?[ée]tat)?\b|\bputsch(?:es)?\b", 0.75),
    _t(
        "coup",
        "seizure of power",
        r"\b(?:seized|seizes?|seizing|took|taken|takes?|taking|assumed|grabbed|grabs?)\s+power\b"
        # "seized the presidential palace", "took over the state broadcaster": the seats of power
        r"|\b(?:seized|seizes?|seizing|took\s+(?:over|control\s+of)|occupied)\s+(?:the\s+)?(?:presidential\s+palace"
        r"|state\s+(?:television|broadcaster|radio)|national\s+(?:television|broadcaster|radio))\b",
        0.7,
    ),
    _t(
        "coup",
        "overthrow",
        r"\b(?:overthr(?:own|owing)|toppl(?:ed|ing)|ousted|ousting|deposed|deposing)\b"
        r"(?!\s+(?:former\s+)?(?:President|president|leader|Prime|prime|head|government|regime|ruler)\b)"
        r"|\b(?:overthrows|topples|ousts|deposes|overthrew)\b|\boverthrow\s+(?:of\s+)?(?:President|the\s+(?:president|government))\b"
        # "Damiba ousted President Kaboré", "officers who ousted President Keïta": a verb after its
        # subject, not "the ousted President Keïta", "of ousted President Bazoum", "Mali's ousted leader"
        rf"|(?<=\w\s){_NOT_AN_ATTRIBUTE}(?:toppled|ousted|deposed)\b",
        0.75,
    ),
    _t(
        "coup",
        "overthrow",
        r"\bremoval\s+of\s+(?:the\s+)?(?:President|president|Prime\s+Minister|prime\s+minister)\b"
        # "removed President Kaboré", "removed him from power" (not "removed General X as army chief")
        r"|\bremoved\s+(?:President|the\s+(?:president|head\s+of\s+state|junta\s+leader))\b"
        # "then removed the civilian transitional leaders": a second coup within a transition
        r"|\b(?:removed|ousted|deposed|toppled)\s+the\s+(?:civilian\s+)?(?:transitional|interim)\s+"
        r"(?:leaders|president|government|authorities)\b"
        r"|\bremoved\s+(?:[\w’'.-]+\s+){1,5}?from\s+power\b",
        0.7,
    ),
    _t("coup", "mutiny", r"\bmutin(?:y|ies|ied|eers?|ous)\b", 0.8),
    _t(
        "coup",
        "forced resignation",
        r"\bforced\s+(?:\w+\s+){0,3}to\s+resign\b|\bforced\s+resignations?\b",
        0.7,
    ),
    _t(
        "coup",
        "seizure of power",
        r"\bremoving\s+the\s+prerogatives\b|\bstripp(?:ed|ing)\b[^.;]{0,40}\bpowers\b",
        0.6,
    ),
    _t("atrocity", "massacre", r"\bmassacr(?:e|es|ed|ing)\b", 0.85),
    _t(
        "atrocity",
        "summary executions",
        r"\bsummar(?:y|ily)\s+execut\w*|\bextrajudicial(?:ly)?\s+(?:execut\w*|kill\w*)|\bexecut(?:ed|ions?|ing)\b"
        r"|\bexecutes?\s+(?:\w+\s+){0,3}(?:civilians|prisoners|soldiers|men|people|villagers|detainees|suspects)\b"
        # "They took my husband and my brother outside and shot them": captives led away to be killed
        r"|\b(?:took|dragged|led|marched|pulled|lined)\s+(?:[^.;:]{1,60}?\s)?(?:outside|out|away|up|aside)\s+"
        r"and\s+(?:then\s+)?(?:shot|killed|executed)(?:\s+dead)?\s+(?:them|him|her)\b",
        0.8,
    ),
    _t(
        "atrocity",
        "mass grave",
        r"\bmass\s+graves?\b|\bbur(?:ied|ying)\s+(?:the\s+)?bodies\b|\bbodies\s+(?:were\s+)?(?:found|discovered|buried)\b"
        # "They found the bodies of about 22 men in two graves", "found in shallow graves"
        r"|\b(?:found|discovered|unearthed|exhumed)\s+(?:the\s+)?(?:bodies|remains|corpses)\s+of\b"
        # "The next day relatives found their bodies about four kilometres from the village"
        r"|\b(?:found|discovered)\s+(?:their|the\s+men['’]s|the\s+victims['’])\s+(?:bodies|remains|corpses)\b"
        r"|\b(?:found|discovered|buried|dumped)\s+in\s+(?:\w+\s+)?(?:shallow|common|makeshift)\s+graves?\b",
        0.8,
    ),
    _t("atrocity", "atrocity", r"\batrocit(?:y|ies)\b|\bexactions\b|\bwar\s+crimes?\b", 0.7),
    _t(
        "atrocity",
        "killing of civilians",
        # "shot dead 16 Muslim preachers"
        r"\b(?:kill(?:ed|ing|ings|s)?|shot\s+dead|gunned\s+down|murder(?:ed|ing|s)?)\s+(?:of\s+)?(?:\w+\s+){0,3}"
        r"(?:civilians|villagers|residents|herders|women|children"
        rf"|protesters|demonstrators|mourners|journalists|reporters|hostages|aid\s+workers|{_FAITHFUL}"
        # "killed my husband", "shot dead two teachers": people killed for who they were to their own
        rf"|{KIN_AND_CARERS})\b"
        # "Two journalists … were seized by gunmen … and found dead a short time later"
        rf"|\b{_UNARMED_PEOPLE}(?=[^.;]{{0,160}}?\b(?:found|discovered)\s+(?:shot\s+)?dead\b)"
        r"|\b(?:civilians|villagers|residents|protesters|demonstrators)\s+(?:were\s+|are\s+)?(?:killed|slaughtered|shot|murdered"
        r"|massacred)\b"
        # "went from house to house, shooting men": gunmen killing the unarmed where they live
        r"|\b(?:shooting|shot|gunning\s+down|gunned\s+down|killing)\s+(?:dead\s+)?(?:the\s+|any\s+)?"
        r"(?:men|boys|villagers|civilians|residents|anyone|everyone)\b"
        # "troops fired on demonstrators", "opened fire into the crowd": live fire at an unarmed gathering
        r"|\b(?:fired|firing|opened\s+fire|opening\s+fire)\s+(?:live\s+(?:rounds|ammunition|bullets)\s+)?(?:on|at|into)\s+"
        r"(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}?(?:crowds?|protesters|demonstrators|marchers|mourners)\b"
        r"|\bkillings\s+(?:at|in)\s+(?=(?-i:[A-Z]))",  # "the killings at Moura"
        0.75,
    ),
    _t(
        "atrocity",
        "killing of civilians",
        # "the Moura killings", a heading "Moura killings"
        r"(?-i:\b(?!(?:The|These|Those|Such|Many|Some|Similar|Other|Recent|Further|More|Targeted|Reprisal"
        r"|Revenge|Extrajudicial|Mass|Civilian|Ethnic)\b)[A-Z][\w’'-]+\s+killings)\b",
        0.75,
    ),
    _t(
        "base_handover",
        "base transfer",
        r"\b(?:hand(?:ed|s|ing)?\s+over|transferr(?:ed|ing)|returned|ceded|retroceded|turned\s+over|handover\s+of)\b"
        r"[^.;]{0,60}?\b(?:bases?|camps?|barracks)\b"
        r"|\b(?:bases?|camps?|barracks)\b(?:(?!,\s*and\b)[^.;]){0,60}?\b(?:handed\s+over|transferred|returned|ceded|retroceded)\b"
        r"|\bhand(?:ed|s|ing)\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:bases?|camps?|barracks)\b"
        r"|\b(?:Malian|the)\s+(?:troops|army|soldiers|forces)\s+(?:\w+\s+)?t(?:ake|akes|ook|aking)\s+over\s+"
        r"(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?(?:bases?|camps?|barracks)\b",
        0.85,
    ),
    # "asked it to leave without delay", "asked for the withdrawal of the Mission": a demand, not the
    # leaving (read before the withdrawal, whose words it claims)
    _t(
        "other",
        "withdrawal demanded",
        # a finite verb: "asking the mission to leave by 31 December" only spells out another act
        r"\b(?:ask(?:ed|s)?|call(?:ed|s)?\s+on|order(?:ed|s)?|told|tells?|demand(?:ed|s)?"
        r"|urg(?:ed|es))\s+(?:it|them|the\s+(?:mission|force|troops|contingent|peacekeepers)"
        rf"|{_FOREIGN_FORCE}(?:\s+(?:troops|forces|soldiers|mission|force))?)\s+to\s+(?:leave|withdraw|go|depart"
        r"|pull\s+out)\b"
        r"|\b(?:ask(?:ed|s)?\s+for|demand(?:ed|s)?|call(?:ed|s)?\s+for)\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
        r"(?:immediate\s+|swift\s+|speedy\s+)?(?:withdrawal|departure|pull-?out)\b"
        # "demanded in June that all peacekeepers leave"
        # "had told the Security Council that the UN mission should leave 'without delay'"
        r"|\b(?:demand(?:ed|s)?|insist(?:ed|s)?|told\s+(?:the\s+)?(?:UN\s+)?Security\s+Council|asked\s+(?:the\s+)?"
        r"(?:UN\s+)?Security\s+Council)\s+(?:(?:in|on)\s+(?:\w+\s+){1,3})?that\s+(?:all\s+)?(?:the\s+)?"
        r"(?:UN\s+|foreign\s+|French\s+)?(?:peacekeepers|troops|forces|soldiers|mission|force)\s+(?:should\s+|must\s+)?"
        r"(?:leave|withdraw|go|depart|pull\s+out)\b"
        # "asked Copenhagen to withdraw them immediately": a state (or its capital) told to recall its troops
        r"|\b(?:ask(?:ed|s)?|order(?:ed|s)?|told|tells?|urg(?:ed|es)|invit(?:ed|es|ing)|call(?:ed|s)?\s+on)\s+"
        r"(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+to\s+(?:immediately\s+)?(?:withdraw|pull\s+out|recall)\s+"
        r"(?:them\b|(?:its|their|the|these|those)\s+(?:[\w’'-]+\s+){0,2}?"
        r"(?:troops|forces|soldiers|contingents?|battalions?|personnel|units?)\b)",
        0.6,
    ),
    _t(
        "base_handover",
        "mission withdrawal",
        rf"(?:{_FOREIGN_FORCE}|^\W*(?-i:They|It)\b)(?!\s+{_NOT_A_FORCE})(?!['’]s\s+mandate\b)(?:(?:(?!,\s+(?:and|but)\s|{_OTHER_CLAUSE})[^.;]){{0,60}}?|(?:(?!,\s+(?:and|but)\s|{_OTHER_CLAUSE})[^.;]){{0,100}}?\s(?:and|then)\s+)\b(?P<act>withdr(?:ew|awn|awal|aws|aw|awing)|pull(?:ed|ing|s)?\s+(?:(?:its|their|the|all)\s+(?:[\w-]+\s+){{0,3}}?(?:troops|forces|soldiers|contingents?|personnel)\s+)?out|drew\s+down|drawdown|draw(?:s|ing)?\s+down"
        r"|completed\s+(?:its|the)\s+(?:withdrawal|departure)|departure|(?:left|leaving|leaves?|quits?)\s+(?:the\s+|their\s+|its\s+)?"
        r"(?:country|Mali|bases?|camps?|city|town|region|(?-i:[A-Z])[\w’'-]+"
        # "left the temporary operating base at Ogossagou"
        r"|(?-i:[a-z])[\w-]+\s+(?:(?-i:[a-z])[\w-]+\s+)?(?:bases?|camps?))"
        # not "left Gao on Monday, heading north": a column setting out on an offensive (but "left the
        # Aguelhok camp … heading south": a camp left)
        r"(?:(?=\s+(?:camp|base)s?\b)|(?![^.;]{0,40}?\b(?:heading|headed|moving|advancing|driving|pushing)\s+(?:further\s+)?"
        rf"(?:{COMPASS_POINTS})\b))"
        r"|closed\s+(?:its|the|their)\s+(?:bases?|camps?)"
        # "France, whose last troops left in August 2022": left, and when
        rf"|left(?=\s+(?:in|on)\s+(?:early\s+|late\s+|mid-?)?(?:\d{{1,2}}\s+)?(?-i:{_MONTHS})\b)"
        r"|(?:ended|ending|end)\s+(?:its|their)\s+presence"
        # "The last French soldiers in Niger flew out on Friday morning"
        r"|flew\s+(?:out|home)|(?:was|were)\s+flown\s+(?:out|home)"
        # "Denmark said it would bring home the 100 soldiers it had sent": a force called home
        r"|(?:bring|brings|bringing|brought)\s+(?:home|back)\s+(?:(?:the|its|their|all)\s+)?(?:[\w’'-]+\s+){0,3}?"
        r"(?:troops|forces|soldiers|contingents?|personnel)"
        r"|(?:bring|brings|bringing|brought)\s+(?:(?:the|its|their|our|all)\s+)?(?:[\w’'-]+\s+){0,2}?"
        r"(?:troops|forces|soldiers|contingents?|personnel)\s+(?:home|back)"
        # "MINUSMA lowered its flag at its Bamako headquarters": the ceremony that ends a mission's stay
        r"|lowered\s+(?:its|their|the)\s+(?:[\w-]+\s+)?flags?)\b"
        rf"|\b(?:withdr(?:ew|awn|awal)|departure|pull-?out|drawdown)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:\w+\s+){{0,3}}{_FOREIGN_FORCE}",
        0.8,
        0,
    ),
    _t(
        "other",
        "sanctions lifted",
        r"\b(?:lift(?:ed|s|ing)?|rais(?:ed|es|ing))\s+(?:\w+\s+){0,4}?sanctions\b"
        r"|\bsanctions\s+(?:\w+\s+){0,4}?(?:were|was|are|is|been|be)\s+(?:\w+\s+)?lifted\b"
        # "the sanctions regime lapsed", "the regime lapses the next day"
        r"|\b(?:sanctions|regime|embargo)\s+(?:\w+\s+)?(?:lapsed|lapses|expired|expires)\b"
        # "renewed the sanctions regime, which therefore lapsed": the lapse, not the renewal that did not come
        r"|\bwhich(?:(?<=regime, which)|(?<=sanctions, which)|(?<=embargo, which))\s+(?:\w+\s+)?"
        r"(?:lapsed|lapses|expired|expires)\b",
        0.65,
    ),
    _t(
        "other",
        "suspension lifted",
        r"\blift(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?(?:the\s+)?(?:suspension|ban)\s+(?:of|on)\b"
        r"|\b(?:suspension|ban)\s+(?:(?:of|on)\s+(?:\w+\s+){0,4}?)?(?:was|were|has\s+been|had\s+been|is|are)\s+lifted\b",
        0.7,
    ),
    _t(
        "other",
        "sanctions",
        r"\bsanctions?\b(?!\s+(?:regime\s+)?(?:list|committee))|\bembargo(?:es)?\b"
        r"|\b(?:froze|freez(?:es|e|ing)|frozen)\s+(?:\w+\s+){0,3}?assets\b"
        # "OFAC today designated three senior Malian officials": put on a sanctions list
        r"|\b(?:designat(?:ed|es|ing)|blacklist(?:ed|s|ing))\s+(?:[\w’'-]+\s+){0,5}?"
        r"(?:officials?|ministers?|officers?|individuals|persons|entities|companies|firms|leaders?|commanders?|head)\b",
        0.65,
    ),
    _t(
        "other",
        "sanctions",
        # "closed its airspace to flights to and from Mali"
        r"\b(?:closed|closing|closes?(?!\s+(?:to|by)\b)|shut|shutting|shuts)\s+"
        r"(?:(?:[\w’']+\s+){0,3}?borders?\s+with|(?:its|their|(?-i:[A-Z])[\w’'-]+['’]s)\s+(?:own\s+)?airspace)\b"
        # "suspended trade", "halted financial flows": what a bloc does to a member
        r"|\b(?:suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|cut\s+off)\s+(?:all\s+)?(?:trade|financial\s+flows"
        r"|commercial\s+(?:and\s+financial\s+)?(?:exchanges|flows|transactions))\b"
        r"(?!\s+(?:talks|negotiations|deals?|agreements?|fairs?|missions?|delegations?|unions?|ministers?)\b)",
        0.6,  # a border closed to a country: a sanction, but ranked below naming one
    ),
    _t(
        "other",
        "peace agreement",
        r"\bpeace\s+(?:agreement|accord|deal)s?\b|\b(?:signing|signed|signs?)\s+(?:of\s+)?(?:the\s+)?[\w\s-]{0,30}?(?:agreement|accord|deal)s?\b"
        r"|\b[A-Z][\w-]+\s+(?:Agreement|Accords?)\b|\bceasefire\b|\bcease-fire\b|\btruce\b"
        # "signed a declaration of cessation of hostilities in Algiers"
        r"|\bcessation\s+of\s+hostilities\b",
        0.7,
        0,
    ),
    _t(
        "other",
        "pact signed",
        r"\b(?:signing|signed|signs?)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+)?[\w\s-]{0,30}?\b(?:charter|pact|treaty|convention)s?\b",
        0.65,
    ),
    _t(
        "other",
        "transfer of power",
        r"\b(?:hand(?:ed|s|ing)?|transferr?(?:ed|ing|s)?|return(?:ed|ing|s)?)\s+(?:over\s+)?power\s+to\b",
        0.65,
    ),
    _t(
        "other",
        "declaration of independence",
        r"\b(?:declared|proclaimed|declares|proclaims)\s+(?:the\s+)?independence\b"
        r"|\b(?:declaration|proclamation)\s+of\s+(?:the\s+)?independence\b",
        0.7,
    ),
    _t(
        "other",
        "inauguration",
        r"\bsworn\s+in\b|\binaugurated\b|\binauguration\b|\btook\s+(?:the\s+)?oath\s+of\s+office\b",
        0.65,
    ),
    # "postponed the presidential election planned for February 2024": the delay, not the vote
    _t(
        "other",
        "election postponed",
        r"\b(?:postpon(?:ed|es|ing)|delay(?:ed|s|ing)|put\s+off|pushed\s+back)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:elections?|vote|polls?|referendum)\b"
        r"|\b(?:elections?|vote|polls?|referendum)\s+(?:was|were|has\s+been|had\s+been)\s+(?:indefinitely\s+)?"
        r"(?:postponed|delayed|put\s+off|pushed\s+back)\b",
        0.7,
    ),
    _t(
        "other",
        "election",
        r"\b(?:presidential|legislative|parliamentary|general|local|municipal|regional)\s+elections?\b|\bre-?elected\b"
        # not "overthrown the elected president", who holds the office
        r"|(?<!the\s)(?<!\ban\s)(?<!democratically\s)(?<!freely\s)\belected\s+(?:as\s+)?(?:president|for)\b"
        r"|\breferendum\b|\belections?\s+(?:were|was)\s+held\b"
        r"|\b(?:won|wins|winning)\s+(?:the\s+)?(?:presidency|presidential\s+(?:race|vote|poll))\b",
        0.7,
    ),
    _t(
        "other",
        "protests",
        # not "The protesters oppose a plan …": what the people of a protest told want
        rf"\bprotests?\b|\b(?<!the\s)(?<!The\s)protesters\b|\bprotesters\b(?!\s+{_STANCE})"
        r"|\bdemonstrations\b|\bdemonstrators\b|\bmass\s+rall(?:y|ies)\b"
        # "protested on 4 May against …"
        r"|\b(?:protested|demonstrated|rallied|marched)\s+(?:on\s+(?:[\w-]+\s+){1,3}?)?(?:in|at|against|outside|through)\b"
        r"|\btook\s+to\s+the\s+streets\b"
        # "residents opposed to the visit … occupied the runway": a sit-in that blocks the way
        # "hundreds of young people gathered outside the base and threw stones": a riot
        r"|\b(?:threw|throwing|hurled|hurling|pelted|pelting)\s+(?:\w+\s+)?(?:stones|rocks)\b"
        r"|\b(?:residents|inhabitants|youths|crowds?|women|students|people|protesters|demonstrators)\b[^.;]{0,80}?"
        r"\b(?:occupied|blockaded|blocked)\s+"
        r"(?:the\s+)?(?:[\w-]+\s+)?(?:runway|airstrip|tarmac|airport|road|roads|bridge|square|streets)\b",
        0.65,
    ),
    _t(
        "other",
        "operation created",
        r"\b(?:creation|launch(?:ed)?|establish(?:ed|ment)|deploy(?:ed|ment))\s+of\s+(?:the\s+)?(?:Operation|operation|mission|force)\b"
        r"|\bOperation\s+[A-Z]\w+\s+(?:was\s+)?(?:created|launched|began)\b"
        r"|\blaunch(?:ed|es|ing)?\s+(?:the\s+)?(?:[A-Z]\w+\s+)?[Oo]peration\s+[A-Z]\w+",
        0.7,
        0,
    ),
    _t(
        "other",
        "foreign intervention",
        # not "a rapid intervention battalion", a unit named for what it does
        r"\bintervention\b(?!\s+(?:battalions?|brigades?|units?|squads?|teams?|regiments?))"
        r"|\bintervened\b",
        0.55,
    ),
    _t(
        "other",
        "cross-border incursion",
        # "Malian troops and their Russian allies crossed into Mauritanian territory in pursuit of armed men"
        r"\bcross(?:ed|es|ing)\s+(?:the\s+border\s+)?into\s+(?:(?-i:[A-Z])[\w’'-]+\s+)?(?:territory|soil)\b"
        r"|\bincursions?\s+(?:in)?to\s+(?:(?-i:[A-Z])[\w’'-]+\s+|the\s+territory\s+of\s+)",
        0.55,
    ),
    _t(
        "other",
        "assassination",
        # "the assassination of an MSA officer": a killing; not "an assassination attempt"
        r"(?<!attempted\s)(?<!\bto\s)\bassassinat(?:ion|ed|e)\b(?!\s+(?:attempts?|plots?|bids?))"
        # "Gunmen shot dead the mayor of Douentza", "the village chief was killed": an office holder killed
        rf"|\b(?:shot\s+dead|killed|murdered|gunned\s+down)\s+(?:the\s+|a\s+|an\s+|{casualties.CLIPPED})(?:[\w-]+\s+){{0,2}}?"
        rf"{_OFFICE_HOLDER}"
        rf"|\b{_OFFICE_HOLDER}(?:\s+of\s+(?-i:[A-Z])[\w’'-]+)?{casualties.OFFICE_HELD}"
        r"\s+(?:was|has\s+been|had\s+been)\s+(?:shot\s+dead|killed|murdered|gunned\s+down)\b"
        # "Oumarou Dicko, the member of parliament and mayor of Djibo, was killed"
        rf"|{casualties.OFFICE_APPOSED}(?:the|an?)\s+(?:[\w-]+\s+){{0,4}}?{_OFFICE_HOLDER}"
        rf"(?:\s+of\s+(?-i:[A-Z])[\w’'-]+)?{casualties.OFFICE_HELD},"
        r"\s+(?:was|has\s+been|had\s+been)\s+(?:shot\s+dead|killed|murdered|gunned\s+down)\b"
        # "X, the president of the CMA, died on Tuesday after two men on a motorbike shot him"
        rf"|\b(?:{_OFFICE_HOLDER}|president|leader|head|chairman)\s+of\s+[^.;]{{0,100}}?"
        r"\b(?P<hit>(?:shot|gunned\s+down|stabbed|killed|murdered)\s+(?:him|her))\b",
        0.75,
    ),
    _t(
        "other",
        "assassination attempt",
        r"\bassassination\s+(?:attempts?|plots?|bids?)\b|\battempted\s+assassination\b"
        r"|\b(?:tried|attempt(?:ed)?|plot(?:ted)?|sought)\s+to\s+(?:kill|attack|assassinate|stab)\b|\bstabbed\b"
        r"|\bknife\s+attack\b",
        0.75,
    ),
    _t("other", "UN resolution", r"\b(?:Security\s+Council\s+)?[Rr]esolution\s+\d{3,4}\b", 0.7, 0),
    _t(
        "other",
        "transfer of authority",
        r"\b(?:took|takes|take|taking)\s+over\s+from\b|\btransfer\s+of\s+authority\b"
        # "Authority passed from AFISMA to MINUSMA on 1 July 2013"
        r"|\bauthority\s+(?:passed|was\s+(?:transferred|handed\s+over))\s+from\b"
        r"|\b(?:gave|gives|give|giving)\s+way\s+to\s+(?:Operation|the\s+(?:[\w-]+\s+){0,2}(?:mission|force))\b"
        r"|\b(?:was|were)\s+(?:replaced|succeeded)\s+by\s+(?:Operation|the\s+(?:[\w-]+\s+){0,2}(?:mission|force))\b",
        0.65,
    ),
    _t(
        "other",
        "mandate ended",
        r"\b(?:end(?:ed|s|ing)?|terminat(?:e|ed|es|ing)|to\s+end|not\s+to\s+renew)\s+(?:the\s+)?(?:[\w-]+(?:['’]s)?\s+){0,2}mandate\b"
        r"|\bmandate\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:ended|expired|lapsed|ran\s+out|was\s+terminated"
        r"|came\s+to\s+an\s+end)\b"
        # "The Security Council voted on 30 June 2023 to end the MINUSMA mission"
        r"|\b(?:voted|decided|agreed)\s+(?:unanimously\s+)?(?:on\s+[\w\s]{1,20}?\s+)?to\s+(?:end|terminate|close)\s+"
        r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:mission|operation|force)\b",
        0.65,
    ),
    _t(
        "other",
        "transition extended",
        # "extended the transition by two years", "giving himself a renewable five-year presidential term"
        r"\b(?:extend(?:ed|ing|s)?|prolong(?:ed|ing|s)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?transition\b"
        r"|\btransition\s+(?:was|were|has\s+been|had\s+been)\s+(?:extended|prolonged)\b"
        r"|\b(?:giv(?:ing|es|e)|gave|grant(?:ed|ing|s)?)\s+(?:him(?:self)?|(?-i:[A-Z])[\w’'-]+)\s+(?:an?\s+)?"
        r"(?:renewable\s+)?[\w-]+-year\s+(?:presidential\s+)?(?:term|mandate)\b",
        0.65,
    ),
    _t("other", "dissolution", r"\b(?:dissolved|disbanded|dissolution|abolished)\b", 0.6),
    _t(
        "other",
        "charter adopted",
        r"\b(?:charter|constitution|text)\b[^.;]{0,20}?\badopted\b|\badopted\b[^.;]{0,20}?\b(?:charter|constitution)\b",
        0.6,
    ),
    _t(
        "other",
        "capture of a town",
        r"\b(?:took|taken|takes?|taking|seized?|seizes|seizing|gained|regained|regaining|retook|retaken|wrested|assumed)"
        r"\s+(?:back\s+)?(?:full\s+|effective\s+|total\s+)?control\s+of\b"
        r"|\b(?:(?:re)?captur(?:e|ed|es|ing)|retook|retak(?:en|es|ing)|overr(?:an|un|uns)|liberated|(?:re)?capture\s+of|fall\s+of"
        rf"|liberation\s+of|(?:seized|seizes)(?!\s+(?:the\s+)?(?:President|president|Prime|prime|head)\b|\s+{_PEOPLE_TAKEN}|\s+(?:away\s+)?from\b)(?<!worker\sseized)(?<!journalist\sseized)(?<!missionary\sseized)(?<!priest\sseized)(?<!nun\sseized)(?<!tourist\sseized)(?<!engineer\sseized)(?<!national\sseized)|(?:fell|falls)\s+(?:in)?to)\b"
        r"|\b(?:fell|falls)\b(?=\s+(?:on|in|within|after|without|before|the\s+(?:same|next|following)|days|weeks)\b|[,;])"
        # "the northern towns fell one after another: Kidal on the 30th, …"
        r"|\b(?:fell|falls)\s+(?:one\s+after\s+(?:another|the\s+other)|in\s+(?:turn|quick\s+succession))"
        rf"|\b(?:{_MOVING_IN})\b"
        r"(?=\s+(?:the\s+(?:\w+\s+)?(?:town|city|village)\s+of\s+)?(?-i:[A-Z]))"
        # "battled the rebels near Anéfis, … and took it on 7 October": the place just named
        r"|\b(?:took|retook|seized)\s+(?:it|the\s+town|the\s+city|the\s+village)(?:\s+back)?"
        r"(?=\s+(?:on|in|after|within|from|without)\b|\s*[,.;])"
        # "drove the MNLA out of Gao", "the garrison at Aguelhok ran out of ammunition and surrendered"
        r"|\b(?:drove|driven|drives?|driving|pushed|chased|kicked)\s+(?:[\w’'-]+\s+){1,8}?out\s+of"
        r"(?=\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?-i:[A-Z]))"
        r"|\b(?:garrison|camp|base|post|outpost)\s+(?:[\w’'-]+\s+){0,8}?surrendered\b"
        rf"|\b{_A_BASE_TAKEN_WORDS}\b",
        0.6,
    ),
    _t(
        "other",
        "attack",
        # not the kind of aircraft: "a ground-attack aircraft made a forced landing", "attack helicopters"
        r"\b(?<!ground-)attack(?:ed|s)?\b(?!\s+(?:aircraft|helicopters?|planes?|jets?)\b)|\bambush(?:ed|es)?\b|\bclash(?:ed|es)?\b|\bairstrikes?\b|\bair\s+strikes?\b|\bdrone\s+strikes?\b"
        r"|\bbombings?\b|\bshelling\b|\bIEDs?\b|\bimprovised\s+explosive\b|\bsuicide\s+(?:attack|bomb\w*)"
        # "his vehicle hit a roadside bomb", "struck a landmine"
        # "a reconnaissance patrol hit a third device": one more of the devices told of
        r"|\b(?:hit|struck|ran\s+over|drove\s+over)\s+(?:an?\s+|another\s+)?(?:(?:second|third|fourth|fifth)\s+)?"
        r"(?:roadside\s+bomb|(?:land)?mine|(?:explosive\s+)?device)s?\b"
        r"|\broadside\s+bombs?\b"
        # "a homemade bomb hit an army vehicle"
        r"|\b(?:bomb|(?:land)?mine|explosive\s+device|IED)\s+(?:hit|struck)\s+(?:an?|the|their|its)\b"
        r"|\b(?:car|truck|vehicle)[\s-]bombs?\b"
        # "drove two explosive-laden vehicles at the base", "a car packed with explosives"
        r"|\bexplosives?-(?:laden|packed|filled|rigged)\s+(?:vehicles?|cars?|trucks?|lorr(?:y|ies)|motor(?:bike|cycle)s?|boats?)\b"
        r"|\b(?:vehicles?|cars?|trucks?|lorr(?:y|ies)|motor(?:bike|cycle)s?)\s+(?:laden|packed|loaded|rigged|filled|stuffed)\s+"
        r"with\s+explosives\b|\bbooby[\s-]?trapped\s+(?:vehicles?|cars?|trucks?|motor(?:bike|cycle)s?)\b"
        # "sprayed a restaurant … with automatic fire", "raked the market with gunfire"
        r"|\b(?:sprayed|raked|strafed)\s+(?=[^.;]{0,100}?\bwith\s+(?:automatic\s+|heavy\s+|machine-?\s?gun\s+)?"
        r"(?:gun)?(?:fire|bullets)\b)"
        # "after first pounding it with rockets and mortar shells"
        r"|\bpound(?:ed|ing|s)?\s+(?:[\w’'-]+\s+){0,4}?with\s+(?:[\w-]+\s+){0,2}?(?:rockets?|shells?|mortars?|artillery|missiles?"
        r"|shellfire|heavy\s+weapons)\b"
        # "a French raid in northern Mali": a state's forces' raid, told by whose it was
        # (the trigger is the raid, the demonym the actor's name: "French raid" is an alias of France; the
        # lookahead first, so that the demonyms are looked for behind a raid only)
        rf"|\b(?={_A_RAID})(?:(?<=(?-i:French|Malian)\s)|(?<=(?-i:Russian|Chadian)\s)"
        rf"|(?<=(?-i:American|Nigerien)\s)|(?<=(?-i:Burkinab[eè])\s)){_A_RAID}"
        # "fired mortars at the Timbuktu airport"
        r"|\bfired\s+(?:\w+\s+){0,2}?(?:mortars?|rockets?|shells?|mortar\s+rounds|missiles?)\s+(?:at|on|into)\b"
        # "rockets fired at the camp in Kidal killed two peacekeepers"
        r"|\b(?:mortars?|rockets?|shells?|mortar\s+rounds|missiles?)\s+(?:were\s+|was\s+)?fired\s+(?:at|on|into)\b"
        r"|\brouted\b|\bbattles?\s+(?:of|for|near|at|in|on)\b|\bstorm(?:ed|ing)\b"
        # "rebels defeated a FAMa/Wagner column near the Algerian border" (not "defeated the motion")
        r"|\bdefeated\s+(?=(?:an?|the|their|its)\s+(?:[\w/’'-]+\s+){0,2}?(?:columns?|convoys?|army|forces|troops"
        r"|units?|patrols?|garrisons?|soldiers|fighters|militias?|rebels|jihadists)\b)"
        r"|\bassaults?\s+(?:on|against)\b|\bassaulted\b"
        r"|\b(?:came|comes|come|coming)\s+under\s+(?:heavy\s+|sustained\s+)?(?:fire|attack|rocket\s+fire|mortar\s+fire)\b"
        # "villagers who went out to look for the hostages were fired upon"
        r"|\b(?:were|was|been|being)\s+fired\s+(?:up)?on\b"
        # "Jihadists fired on a passenger boat on the Niger River" (not "was fired on Tuesday")
        r"|\bfired\s+(?:(?:rockets?|shells?|mortars?|shots|missiles?|mortar\s+rounds)\s+)?(?:up)?(?:on|at|into)\s+"
        r"(?=(?:an?|the|their|its|his|her|civilians|villagers|worshippers|protesters|crowds?|passengers|anyone|everyone"
        r"|residents|inhabitants|people)\b)"
        r"|\b(?:was|were|been)\s+(?:hit|struck|targeted)\s+by\s+(?:an?\s+)?(?:\w+\s+)?(?:rockets?|shells?|mortars?|missiles?|drones?|IEDs?)\b"
        # "The convoy, escorted by a unit of the 14th regiment, was struck near the village of Gaskindé"
        r"|\b(?:convoy|patrol|column|camp|base|post|outpost|checkpoint|garrison)s?\b[^.;]{0,80}?"
        r"\b(?:was|were|is|are|had\s+been)\s+(?:struck|hit|targeted)\b(?!\s+by\s+(?:a|an|the)?\s*(?:lightning|storm|flood))"
        # "Jihadists hit army base in central Mali": a headline's verb, at a military place only
        r"|\bhit\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,2}?(?:camp|base|post|outpost|checkpoint|convoy|positions?|barracks"
        r"|garrison|patrol)s?\b"
        r"|\bshelled\b"
        # "inflicted heavy losses on", "inflicted the worst defeat on Wagner"
        r"|\binflict(?:ed|ing)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:losses|casualties|defeats?)\s+on\b"
        # "Malian drones struck Tinzaouaten", "shot down a drone"
        rf"|{_STRUCK_FROM_THE_AIR}"
        r"|\bshot\s+down\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w’'-]+\s+){0,2}?"
        r"(?:drones?|aircraft|planes?|helicopters?|jets?)\b"
        r"|\b(?:drones?|aircraft|planes?|helicopters?|jets?)\s+(?:was|were|had\s+been)\s+shot\s+down\b"
        r"|\bstruck\s+(?=(?-i:[A-Z])(?![\w’'-]*['’]s\b))"  # "they had struck Aguelhok and Tessalit"
        # "The attackers struck on Sunday afternoon in Intazayene": the attackers' act, told by its day
        r"|\b(?:attackers|assailants|gunmen|militants|jihadists|fighters|raiders|insurgents)\s+(?:first\s+|again\s+)?"
        r"struck\s+(?=(?:on|at|in|early|late|shortly|overnight|before|just|around|about)\b)"
        # "simultaneous raids on Mondoro and nearby Boulkessi" (not "a raid on Sunday")
        rf"|\braids?\s+on\s+(?!{_MONTHS}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?=(?-i:[A-Z]))"
        r"|\b(?:raid(?:ed|ing|s)?\s+(?:on\s+)?|struck\s+|targeted\s+)(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,2}?(?:camp|base|post|village|town"
        r"|hotel|checkpoint|convoy|positions?|barracks|garrison|school|airport|market|mine|prison|headquarters)s?\b"
        # not "the besieged town of Djibo", a town's state
        r"|\b(?<!the\s)(?<!\ban\s)(?<!\ba\s)(?<!-)besieg(?:ed|ing)\b|\bsieges?\s+(?:of|on)\b"
        r"|\b(?:forced|fought|shot)\s+(?:their|his|its)\s+way\s+(?:into|in|through|past)\b"
        # "the attackers tried to force their way through the entrance"
        r"|\b(?:tried|attempted|sought)\s+to\s+(?:force|fight|shoot)\s+(?:their|his|its)\s+way\s+(?:into|in|through|past)\b"
        r"|\b(?:heavy|fierce|intense|renewed|violent|sporadic)\s+fighting\b|\bfighting\s+(?:broke\s+out|breaks\s+out|erupt(?:ed|s))\b"
        # "the army and Wagner fought JNIM", "battled jihadists": fought someone, not for something
        rf"|\b(?:fought|battled)\s+(?:back\s+|off\s+)?(?:against\s+|with\s+)?(?={_OPPONENT})"
        r"|\bfighting\s+between\b|\bexchanged\s+(?:heavy\s+)?(?:gun)?fire\b|\bgun\s?battles?\b|\bfirefights?\b"
        r"|\bskirmish(?:es|ed)?\b|\bopen(?:ed|s|ing)?\s+fire\s+(?:on|at|into)\b"
        # "entered the weekly market at Dogofry and opened fire": fire opened where they had come
        r"|\bopen(?:ed|ing)\s+fire(?=\s*(?:[.;,]|and\b|killing\b|wounding\b))"
        # "carried out a martyrdom operation against the Kati barracks": a claim's word for an attack
        # ("an assault on" is read above)
        # "the air force carried out a series of strikes on terrorist positions"
        r"|\b(?:carried\s+out|launched|conducted)\s+(?:a\s+(?:series|wave|number)\s+of\s+|several\s+|new\s+)?"
        r"(?:air\s+|aerial\s+|drone\s+)?strikes\s+(?:on|against|targeting)\b"
        r"|\b(?:carried\s+out|launched|mounted|conducted)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?"
        r"(?:operation|offensive|raid|assault)s?\s+(?:against|on|targeting"
        # "launched an assault to retake Kidal": an attack on those who hold it
        r"|to\s+(?:retake|recapture|regain|take|capture|seize|dislodge))\b"
        r"|\bair\s+raids?\b"
        # "A second strike hit a gathering near a well": one more of the strikes told (not a labour strike)
        r"|\b(?:second|third|fourth|another|new|fresh|further|later|separate)\s+strikes?\s+"
        r"(?:hit|struck|targeted|killed|destroyed|wounded)\b"
        # "strikes hit weddings and markets": what only a strike from the air hits (not "strikes hit schools")
        r"|\bstrikes?\s+(?:also\s+)?(?:hit|struck)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:weddings?|markets?"
        r"|funerals?|gatherings?|vehicles?|convoys?|villages?|hideouts?|camps?|bases?|positions?)\b"
        # "the FAMa neutralized several terrorists": the army's word for killing, of a number it does not give
        r"|\bneutrali[sz](?:ed|ing)\s+(?:several|many|some|numerous|a\s+number\s+of|a\s+dozen)\s+(?:[\w-]+\s+)?"
        r"(?:terrorists|jihadists|assailants|attackers|militants|fighters|insurgents|bandits|elements)\b",
        0.6,
    ),
    _t(
        "other",
        "abduction",
        r"\bkidnap(?:ped|ping|s)\b|\babduct(?:ed|ion|ions|s)\b|\btaken\s+hostage\b"
        r"|\b(?:take|takes|took|taking)\s+(?:[\w-]+\s+){0,6}?hostages?\b"
        # "gunmen took her from her parish"
        r"|\b(?:took|seized|snatched|grabbed|dragged)\s+(?:him|her|them)\s+(?:away\s+)?from\b"
        # "The family were seized from their home in Sincina": people taken from where they lived
        # "were seized by seven armed men from their room at a small hotel"
        r"|\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:seized|snatched|grabbed|taken|dragged)\s+"
        r"(?:away\s+)?(?:by\s+(?:[\w-]+\s+){1,4}?)?from\s+(?:their|his|her|the|an?)\s+(?:[\w-]+\s+)?"
        r"(?:homes?|houses?|compound|beds?|vehicles?|cars?|farms?|fields?|rooms?|hotel|offices?)\b"
        rf"|\b(?:seized|seizing|snatched|snatching|grabbed|carried\s+off|took\s+away|led\s+away|led\s+off)\s+{_PEOPLE_TAKEN}"
        # "Jeffery Woodke, an American aid worker seized in Niger in 2016": the person, then the act
        rf"|{_SEIZED_PERSON}"
        # "the French journalist Olivier Dubois, seized in Gao in April 2021", "Ken Elliott, taken from Djibo"
        rf"|(?<=,\s)(?:seized|snatched|taken|grabbed)\s+(?:from|in|near|at|outside)\s+(?:his\s+|her\s+|their\s+)?"
        rf"(?:home\s+in\s+)?(?!(?:{_MONTHS})\b)(?-i:[A-Z])"
        r"|\bhostage-taking\b"
        # "Two journalists have been held since Friday", "held captive by gunmen": people kept by their takers
        rf"|\bheld\s+(?:captive|prisoner)\b{_NOT_FREED_AFTER}"
        rf"|\b(?:{_UNARMED_PEOPLE}|humanitarian\s+workers?|nationals?|captives?)\s+(?:who\s+)?(?:have|has|had)\s+been\s+held\b"
        rf"(?!\s+(?:responsible|accountable|to\s+account|up)\b){_NOT_FREED_AFTER}"
        # "the two French tourists who disappeared on 1 May", in a sentence that tells them freed
        r"|\b(?:disappeared|went\s+missing|vanished)\b",
        0.65,
    ),
    _t(
        "other",
        "looting",
        r"\b(?:looted|pillaged|ransacked|plundered|torched)\b|\bset\s+fire\s+to\b|\b(?:burned|burnt)\s+down\b"
        # "followed on 10 June by the looting of livestock in Anderamboukane"
        r"|\b(?:looting|pillaging|pillage|plundering|plunder|ransacking)\s+of\b"
        # "stole livestock", "made off with 200 head of cattle"
        r"|\b(?:stole|stolen|stealing|rustled|rustling|made\s+off\s+with)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:livestock|cattle|animals|herds?|goats|sheep|camels|donkeys|motorbikes|motorcycles)\b",
        0.55,
    ),
    _t(
        "other",
        "destruction of property",
        rf"\b(?:destroy(?:ed|ing|s)?|demolish(?:ed|ing|es)?|razed|razing|bulldoz(?:ed|ing)|smash(?:ed|ing|es)?"
        rf"|wreck(?:ed|ing)|(?:tore|tearing|pulled|pulling)\s+down)\s+(?:\w+\s+){{0,4}}?{_PROPERTY}"
        rf"|\b(?:destruction|demolition)\s+of\s+(?:\w+\s+){{0,4}}?{_PROPERTY}"
        # "burned the weekly market at Sokolo"; "burned down" is looting's
        # (not "twenty burned to death in their huts": people, in them)
        rf"|\b(?:burned|burnt|burning)\s+(?!down\b|alive\b)(?:(?!in\b|inside\b|to\b|at\b(?!\s+least)|with\b)\w+\s+){{0,4}}?"
        rf"{_PROPERTY}"
        rf"|{_PROPERTY}\s+(?:\w+\s+){{0,3}}?(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?"
        r"(?:destroyed|demolished|razed|bulldozed)\b",
        0.6,
    ),
    _t(
        "other",
        "aid suspended",
        r"\bsuspen(?:ded|ding|ds|sion\s+of)\s+(?:its\s+|their\s+|all\s+)?(?:\w+\s+){0,2}"
        r"(?:assistance|aid|cooperation|co-operation|support|funding|training)\b",
        0.65,
    ),
    _t(
        "other",
        "suspension",
        r"\bsuspen(?:ded|ding|ds|d|sion\s+of)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+|its\s+)?(?:\w+\s+){0,2}?"
        r"(?:bloc|ECOWAS|Ecowas|African\s+Union|AU|Francophonie|organi[sz]ation|community|union|body|bodies"
        r"|institutions|organs|membership|decision-making\s+bodies)\b"
        rf"|\bsuspen(?:ded|ding|ds|sion\s+of){_QUOTED_ASIDE}\s+(?:the\s+|all\s+)?"
        r"(?:activities|broadcasts?|operations|licen[cs]es?)\s+of\b"
        r"|\b(?:suspen(?:ded|ding|ds|sion\s+of)|ban(?:ned|ning|s)?(?:\s+on)?)\s+(?:the\s+|all\s+)?"
        r"political\s+(?:parties|activit(?:y|ies)|associations|rallies|meetings)\b"
        # "banned French-funded NGOs", "outlawed the association"
        r"|\b(?:ban(?:ned|ning|s)|outlaw(?:ed|ing|s))\s+(?:all\s+|the\s+)?(?:activities\s+of\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:NGOs|non-governmental\s+organi[sz]ations|associations?|newspapers?"
        r"|broadcasters?|(?:TV|television|radio)\s+(?:channels?|stations?))\b"
        # "suspended the rotation of all MINUSMA contingents": a mission's troops kept from changing over
        r"|\bsuspen(?:ded|ding|ds|sion\s+of)\s+(?:the\s+|all\s+)?(?:troop\s+)?rotations?\s+of\b",
        0.65,
    ),
    _t(
        "other",
        "withdrawal from a bloc",
        r"\b(?:withdr(?:ew|awn|awal|aws|aw|awing)|exit(?:ed|ing|s)?|left|leaving|leaves?|quit(?:s|ting)?)"
        rf"{_QUOTED_ASIDE}\s+(?:of\s+|from\s+)?(?:the\s+)?(?:regional\s+)?(?:ECOWAS|Ecowas|G5(?:\s+Sahel)?|African\s+Union|"
        r"Economic\s+Community|Francophonie|OIF|bloc)\b",
        0.65,
    ),
    # "announced a blockade on fuel imports", "imposed a blockade on Timbuktu": roads and goods cut off
    _t(
        "other",
        "blockade",
        r"\b(?:impos(?:ed|es|ing)|declar(?:ed|es|ing)|announc(?:ed|es|ing)|enforc(?:ed|es|ing)|began|launched)\s+"
        r"(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?blockade\b|\bblockaded\s+(?-i:[A-Z])",
        0.6,
    ),
    # "two French helicopters collided during a combat operation": forces lost to an accident
    _t(
        "other",
        "military accident",
        r"\b(?:helicopters?|aircraft|planes?|jets?|drones?)\s+(?:\w+\s+){0,2}?(?:collided|crashed|went\s+down)\b"
        r"|\b(?:helicopter|plane|aircraft|drone)\s+crash(?:ed|es)?\b|\bmid-?air\s+collision\b",
        0.55,
    ),
    _t(
        "other",
        "expulsion",
        r"\bexpel(?:led|ling|s)?\b|\bexpulsion\b"
        # "Mr Olivier Salgado … has been invited to leave the national territory within 72 hours"
        r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:invited|ordered|asked|told|given\s+[\w-]+"
        r"(?:\s+\(\d+\))?\s+hours)\s+to\s+leave\s+(?:the\s+)?(?:national\s+territory|country|Mali)\b"
        # "gave the French ambassador 72 hours to leave", "ordered the envoy to leave the country"
        r"|\b(?:gave|give|gives|giving|granted|ordered|orders|asked|told|invited)\s+(?:the\s+|its\s+|their\s+)?"
        r"(?:[\w’'-]+\s+){0,3}?(?:ambassadors?|envoys?|diplomats?|charg[ée]s?\s+d['’]affaires|representatives?)"
        r"\s+(?:(?:[\w-]+|\(\d+\))\s+){0,3}?to\s+leave\b",
        0.6,
    ),
    _t(
        "other",
        "diplomatic rupture",
        # "recalled their ambassadors from Algiers", "broke off diplomatic relations with"
        r"\brecall(?:ed|s|ing)?\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:ambassadors?|envoys?)\b"
        r"|\b(?:sever(?:ed|s|ing)?|broke\s+off|breaks?\s+off|breaking\s+off|cut|cuts|cutting)\s+"
        r"(?:all\s+|its\s+|their\s+)?diplomatic\s+(?:relations|ties)\b",
        0.6,
    ),
    _t(
        "other",
        "diplomatic protest",
        # "summoned the Algerian ambassador", "Mali's envoy was summoned": a formal protest
        r"\bsummon(?:ed|s|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?"
        r"(?:ambassadors?|envoys?|charg[ée]\s+d['’]affaires)\b"
        r"|\b(?:ambassadors?|envoys?)\s+(?:(?:to|in)\s+\w+\s+)?(?:was|were|had\s+been|has\s+been)\s+summoned\b",
        0.6,
    ),
    _t(
        "other",
        "trial verdict",
        # "found Mr Al Hassan Ag Abdoul Aziz guilty": a name of any length
        # (or one set off by an apposition: "found Al Hassan, a former member of the Islamic police, guilty")
        r"\bconvicted\b|\bconviction\s+of\b|\bfound\s+(?:[A-Z][\w’'.-]*\s+){0,10}?"
        r"(?:[A-Z][\w’'.-]*,[^,.;]{3,90},\s+)?(?:\w+\s+){0,2}?(?:not\s+)?guilty\b"
        r"|\bsentenced\b|\bacquitted\b|\bverdict\b",
        0.6,
    ),
    _t(
        "other",
        "release",
        # "Mali releases three women soldiers", "pardons all 49"; not "released a statement"
        r"\b(?<!\bto\s)(?:releas(?:ed|es|e|ing)|free(?:d|s|ing)?)\s+(?:the\s+|all\s+|some\s+)?"
        r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|all|most|several|dozens|many)\s+of\s+"
        r"(?:the\s+|its\s+|their\s+)?)?"
        r"(?:(?!(?:of|on|about|from|showing|with)\b)[\w-]+\s+){0,3}?"
        r"(?:soldiers|hostages|prisoners|detainees|captives|officers|journalists|politicians|women|men|him|her|them)\b"
        r"|\b(?:hostages|prisoners|detainees|captives|soldiers|nationals|citizens|workers|drivers?"
        # "Two German engineers and a Nigerien driver were released"
        rf"|{_UNARMED_PEOPLE})\s+(?:[\w-]+\s+){{0,2}}?(?:were|was|had\s+been|have\s+been)\s+"
        r"(?:released|freed)\b"
        # "freed Sophie Pétronin", "She was released in October 2021", "Dubois was freed"; not a town
        # "freed from jihadist control" nor "released Human Rights Watch's report"
        r"|\b(?:releas(?:ed|es|ing)|free(?:d|s|ing))\s+(?>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))+)(?<!['’]s)"
        # "they are freed by the army four days later": a timeline's present
        r"|\b(?-i:[Tt]hey)\s+(?:are|were|have\s+been|had\s+been)\s+(?:released|freed)\b"
        r"|\b(?:(?-i:[Hh]e|[Ss]he)|(?-i:[A-Z])[\w’'-]+)\s+(?:was|is|had\s+been|has\s+been)\s+(?:released|freed)\b"
        r"(?!\s+from\s+(?:[\w-]+\s+)?(?:control|occupation|rule|siege))"
        # "Rocco Langone, his wife … and their son Giovanni were freed overnight"; not "22 May were released"
        rf"|\b(?!(?-i:{_MONTHS})\b)(?-i:[A-Z])[\w’'-]+\s+(?:were|have\s+been|had\s+been)\s+(?:released|freed)\b"
        # "Two aid workers abducted on 22 May were released on 27 May": freed after the day they were taken
        rf"|{_AFTER_A_MONTH}(?:were|have\s+been|had\s+been)\s+(?:released|freed)\b"
        r"(?!\s+from\s+(?:[\w-]+\s+)?(?:control|occupation|rule|siege))"
        # "An Italian couple … who were kidnapped in May 2022 have been released" (see _taken)
        r"|\b(?:have|has)\s+been\s+(?:released|freed)\b(?!\s+from\s+(?:[\w-]+\s+)?(?:control|occupation|rule|siege))"
        # "Father X, held captive since 2018, was released", "the nuns who had been held … were freed";
        # "The engineer, held for weeks by his kidnappers, was freed", "Dubois, seized in Gao, was released"
        r"|(?:\b(?:held\s+(?:captive|hostage|prisoner)|(?:had|has|have)\s+been\s+held)\b[^.;]{0,80}?\b"
        r"|(?:\b(?:hostages?|prisoners?|detainees?|captives?|soldiers?|nationals?|citizens?|workers?|drivers?"
        rf"|{_UNARMED_PEOPLE})|\b(?-i:[A-Z])[\w’'-]+)\s*,[^,;.]{{1,120}},\s+)"
        r"(?P<hit>(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:finally\s+|eventually\s+)?(?:released|freed))\b"
        r"(?!\s+from\s+(?:[\w-]+\s+)?(?:control|occupation|rule|siege))"
        # "two of whom were kidnapped near Niono on 9 August and released unharmed on 14 August" (see _taken)
        r"|(?<=\band\s)(?:released|freed)\b(?!\s+(?:a|an|the|its|their|his|her)\s)"
        r"|\bpardon(?:ed|s|ing)\b|\bgranted\s+(?:[\w-]+\s+){0,2}?(?:an?\s+)?pardons?\b",
        0.6,
    ),
    _t("other", "statement", r"\b(?:press\s+)?statement\b|\bcommuniqu[ée]\b", 0.45),
    # "removed Lieutenant-Colonel Damiba": a coup when he held power (decided with the document), else nothing
    _t(
        "other",
        "removal",
        r"\bremoved\s+(?:(?:Lieutenant-Colonel|Lt\.?-Col\.?|Colonel|Col\.|Captain|Capt\.|General|Gen\.|Major"
        r"|Lieutenant|Commander)\s+)?(?-i:[A-Z])[\w’'-]+",
        0.4,
    ),
    _t(
        "other",
        "arrests",
        r"\barrest(?:ed|s)?\b(?!\s+warrants?\b)|\bdetain(?:ed|s)\b|(?<!\bto\s)\bdetain\b"
        # "rounded up men at the weekly market"
        r"|\brounded\s+up\s+(?:(?:the|dozens\s+of|some|several|all|\d+|[\w-]+\s+)\s*){0,3}?"
        r"(?:men|people|villagers|civilians|residents|herders|traders|youths?|suspects)\b"
        r"|\b(?:seized|seizes|seizing|captured)\s+(?:the\s+)?(?:President|president|Prime\s+Minister|prime\s+minister|head\s+of\s+state)\b"
        # "burst into the council of ministers … and held Kafando, Prime Minister Isaac Zida and …"
        r"|\bheld\s+(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}\s*,\s+)?(?:the\s+)?"
        r"(?-i:President|Prime\s+Minister|(?:interim|transitional)\s+president)\b",
        0.5,
    ),
    # "ended the military cooperation agreement with Washington", "denounced its defence accords with France"
    _t(
        "other",
        "defence agreement ended",
        r"\b(?:end(?:ed|s|ing)?|terminat(?:ed|es|ing)|scrap(?:ped|s|ping)?|renounc(?:ed|es|ing)|denounc(?:ed|es|ing)"
        r"|revok(?:ed|es|ing)|tore\s+up|cancell?(?:ed|s|ing)?|pull(?:ed|s)?\s+out\s+of|withdr(?:ew|aws?)\s+from)\s+"
        r"(?:(?:its|their|the|a|all)\s+)?(?:[\w-]+\s+){0,2}?(?:military|defen[cs]e|security)\s+"
        r"(?:and\s+\w+\s+)?(?:cooperation\s+)?(?:agreements?|accords?|pacts?|treat(?:y|ies))\b",
        0.6,
    ),
)

TRIGGERS = tuple(replace(t, needles=frozenset(n)) for t, n in zip(TRIGGERS, _NEEDLES, strict=True))
_TRIGGER_NEEDLES = Needles(t.needles for t in TRIGGERS)
# One pass per sentence decides which triggers, figure patterns and date patterns to run.
_FIGURES_AT = len(TRIGGERS)
_DATES_AT = _FIGURES_AT + 2
_SENTENCE_NEEDLES = Needles(
    [
        *(t.needles for t in TRIGGERS),
        casualties.NEEDLES,
        casualties.NUMBER_NEEDLES,
        *dates_mod.PATTERN_NEEDLES,
    ]
)


@dataclass(frozen=True)
class _Gates:
    triggers: list[int]
    figures: bool
    dates: list[int]


def _gates(sentence: str) -> _Gates:
    ids = _SENTENCE_NEEDLES.wanted(dates_mod.needle_text(sentence))
    cut = bisect.bisect_left(ids, _FIGURES_AT)
    dates_cut = bisect.bisect_left(ids, _DATES_AT)
    figures = ids[cut:dates_cut] == [_FIGURES_AT, _FIGURES_AT + 1]
    return _Gates(ids[:cut], figures, [i - _DATES_AT for i in ids[dates_cut:]])


TYPE_PRIORITY = {"coup_attempt": 5, "coup": 4, "atrocity": 3, "base_handover": 2, "other": 1}
#: Within a type, the more telling kind first: ``mutineers overthrew the president`` is an overthrow.
SUB_PRIORITY = {"statement": 0, "arrests": 0, "attack": 1, "foreign intervention": 1, "mutiny": 1}

#: ``is due to``, ``are expected to``: what is still to come.
_DUE_TO = r"\b(?:is|are)\s+(?:due|set|expected|supposed|slated)\s+to\b"
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|should|if|whether|unless|threat|threaten\w*|risk\w*|fear\w*|possib\w+|potential\w*"
    r"|likely|unlikely|avoid\w*|prevent\w*|scheduled|planning|plans?\s+to|hypothetical|imagine|[Rr]umou?r\w*"
    r"|[Ss]peculat\w*)\b|\bmay\b(?!\s+\d)"
    # "the mission is due to hand over its camp at Ber": still to come
    rf"|{_DUE_TO}\s+(?:be\s+|have\s+)?"
    r"(?:leave|withdraw|depart|quit|complete|finish|hand|close|end|pull|exit|transfer|handed|completed|withdrawn)\b",
)
#: ``the U.N. peacekeeping mission, which is due to leave Mali by Dec. 31``: a departure still to come.
_STILL_TO_COME = re.compile(_DUE_TO, re.I)
_WHEN_TOLD = re.compile(r"\bwhen\s+(?=(?:[\w’'-]+\s+){0,3}?(?:\w+ed|struck|stormed|shot|fired)\b)", re.I)
#: ``any military intervention in Niger would be …``: no act in particular.
_ANY_BEFORE = re.compile(r"\b[Aa]ny\s+(?:[\w-]+\s+){0,2}$")
#: What may come before a sentence's opening date: a thread's or list's number (``2/``,
#: ``(3)``), a cable's marking (``(SBU)``), a label (``Background:``) and a linking adverb
#: (``Also on Friday``, ``Meanwhile, on 3 May``).
_LEAD_IN = (
    # "A: Over five days at the end of March 2022, soldiers …": an interview's answer, an act's length
    r"(?:\d{1,3}\s*/\s*(?:\d{1,3}\s+)?|\(\d{1,3}\)\s*)?(?:\([A-Z/]{1,6}\)\s*)?(?:[A-Z](?:[a-z]+(?:\s+[a-z]+)?)?\s*:\s*)?"
    r"(?:(?:over|for|during)\s+(?:a|one|two|three|four|five|six|seven|ten|several|\d{1,2})\s+"
    r"(?:hours|days|nights|weeks|months)\s+)?"
    r"(?:(?:also|meanwhile|separately|elsewhere|later|earlier|again|then|and|but|finally|next)\b,?\s*)?"
    # "In a separate incident on Monday,": another act, on a day of its own
    r"(?:in\s+(?:a|another|one)\s+(?:separate|second|similar|further|related|other)\s+"
    r"(?:incident|attack|development|case|operation)\s+)?"
    # "The following year, on 28 November 2015,": a step in time before the date that fixes it
    r"(?:(?:the\s+(?:following|next|previous)\s+|(?:a|one|two|three|four|five|six)\s+(?:\w+\s+)?)"
    r"(?:years?|months?|weeks?|days?)(?:\s+(?:later|earlier|on))?,\s*"
    # "Hours later, on the night from Tuesday to Wednesday,"
    r"|(?:(?:a\s+few|several|some)\s+)?(?:hours|days|weeks|months)\s+(?:later|earlier),\s*)?"
)
#: The time of day before the date: ``Before dawn on``, ``In the early hours of``, ``On the night of``.
_DAYTIME_PHRASE = (
    r"(?:(?:(?:just|shortly|soon|long|well)\s+)?(?:before|after|around|at|by)\s+"
    r"(?:dawn|daybreak|sunrise|sunset|dusk|nightfall|midnight|noon|midday|first\s+light)\s+"
    r"|(?:(?:in|on|during|over)\s+)?the\s+(?:early\s+|small\s+|late\s+)?(?:hours|morning|afternoon|evening|night"
    r"|weekend)\s+(?:of\s+|$)"
    r"|(?:early|late)\s+in\s+the\s+(?:morning|afternoon|evening|night|day)\s+(?:of\s+)?"
    r"|(?:early|late)\s+(?=on\b)"
    # "At about 12:45 on Thursday 19 August"
    r"|(?:at\s+)?(?:about\s+|around\s+|approximately\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC))?\s+)"
)
#: ``stormed the school … at dawn on Tuesday``: the time of day does not part an event from its date.
_DAYTIME_TAIL = re.compile(rf"\s{_DAYTIME_PHRASE}(?:on\s+)?$", re.I)
_DAYTIME = f"{_DAYTIME_PHRASE}?"
_CLAUSE_OPENING = re.compile(
    # "At their first summit, in Niamey on 6 July 2024, the three leaders signed": where, then when
    rf"(?:^\W{{0,3}}{_LEAD_IN}|\b(?:that|and|but|then|when|while|as|so)\s+"
    r"|[,;:]\s*(?:(?:in|at)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+)?)"
    rf"(?:back\s+)?{_DAYTIME}(?:(?:on|in|by|during|since|from|early|late|around|about|at|between)\s+)?(?:the\s+)?$",
    re.I,
)
#: ``When the movement called a campaign of civil disobedience on 10 July, protesters …``: a time
#: clause opening the sentence, its date set off by the comma that ends it, dates the main clause.
_WHEN_OPENING = re.compile(r"\W*(?:When|As|After|Once)\s+[^,;:]*")
_CONTRAST = re.compile(
    r"\b(?:this\s+time|on\s+this\s+occasion|unlike|whereas|by\s+contrast|in\s+contrast|today|now)\b", re.I
)
_URL = re.compile(r"https?://|www\.", re.I)
#: an en dash between two words joins them ("the Boni–Hombori road", "1–15 October"); spaced, it breaks
_CLAUSE_BREAK = re.compile(rf"[;:—]|(?<!\w)–|–(?!\w)|{CLAUSE_STOP}")
_PARENS = re.compile(r"\([^()]*\)")
_REPORT_AFTER = re.compile(
    r"^\W{0,3}(?:statement|report|story|press|communiqu|article|interview|tweet|post)\b"
    # "Amnesty International on Tuesday called on the authorities to investigate strikes that killed …"
    r"|^\s+(?:called\s+(?:on|for)|urged|demanded|condemned|denounced|accused|warned)\b",
    re.I,
)
#: ``a provisional toll of about 170 people executed``: a count that ends on a verb of the act.
_A_TOLL_OF = re.compile(
    r"\btoll\s+of\s+(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|over|up\s+to)\s+)?"
    r"[\w,-]+\s+(?:[a-z]+\s+){0,2}$"
)
_REPORT_BEFORE = re.compile(
    r"(?:(?:published|posted|released|issued)(?:\s+on)?|dated|(?:statement|communiqu\w*|report|interview|press\s+conference|briefing"
    r"|bulletin|update|newsletter"
    r"|said|says|announced|told\s+[\w.]+|reported|declared"
    # "Moscow denied on Monday that Russian mercenaries had killed …": the day of the denial, not the act
    r"|denied|denies|rejected|refuted|disputed|confirmed|admitted|acknowledged"
    r"|(?:denied|rejected|dismissed|refuted|disputed)\s+(?:the\s+)?(?:claims?|accusations?|allegations?|reports?)"
    # "wrote on Facebook on Saturday that": a post's day
    r"|(?:wrote|posted|said)\s+(?:on|in)\s+(?:Facebook|Twitter|X|Telegram|WhatsApp|social\s+media|(?:a|its|their)\s+"
    r"(?:post|message|blog|website|account|channel)))\s+(?:on|of|dated)(?:\s+\w+day,?)?"
    # "when he announced an investigation on 23 April": the day an inquiry was opened
    r"|(?:announced|opened|launched|ordered)\s+(?:an?|the)\s+(?:investigation|inquiry|probe)\s+on"
    # "when Human Rights Watch first wrote about the footage on 14 March": the day it was written
    r"|(?:wrote|reported|published|posted|commented)\s+(?:about|on)\s+(?:[\w’'-]+\s+){1,3}?on)\s*$",
    re.I,
)
_DEADLINE_BEFORE = re.compile(r"\b(?:until|by|before)\s*$", re.I)
_PLANNED_FOR = re.compile(r"\b(?:planned|scheduled|set|due|slated)\s+(?:for|in|on)\s*$", re.I)
_GIVEN_UNTIL = re.compile(r"\b(?:gave|given|giving|gives?|granted)\s+(?:[\w’'-]+\s+){0,3}?until\s*$", re.I)
_NEGATED_INSIDE = re.compile(r"\b(?:not|never|no\s+longer|yet\s+to)\b|n[’']t\b", re.I)
_SINCE = re.compile(r"\bsince\s*$", re.I)
_IN_A_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the\s+)?[a-z][\w’'-]*(?:\s+[\w’'-]+){0,8}\s+$")
_SINCE_DATE = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4}\b|(?-i:[A-Z])[a-z]+\s+\d{4}\b)", re.I
)
_NEGATION = re.compile(
    r"(?:\b(?:not|never|no\s+longer|yet\s+to|without)|n[’']t)\s+(?:[\w’'-]+\s+){0,3}$", re.I
)
#: ``raised to 26 the number of soldiers killed``: who gives a count, by revising it.
_COUNT_REVISED = (
    r"(?:raised|raises|revised|revises|lowered|lowers)\s+(?:(?:up|down)\s+)?(?:to\s+[\w,-]+\s+)?(?:the|its)\s+"
    r"(?:(?:death\s+)?toll|number\s+of\s+(?:[a-z]+\s+){0,2}?(?:killed|dead|deaths))"
)
_SPEECH = re.compile(
    r"\b(?:said|says|(?<!to )(?<!would )(?<!will )(?<!can )say(?=\s|[.,;]|$)|stated|states"
    # not "with unconfirmed reports of 15 fatalities": reports no one is said to give
    r"|(?<!a )reported|(?<!unconfirmed )(?<!media )(?<!press )(?<!news )reports(?!\s+of\b)"
    # "…, local authorities report.": the present tense closing a sitrep's line
    r"|(?<!a )(?<!the )report(?=\s*[.;]|$)"
    r"|claimed|claims|announced|announces|told|tells|"
    r"revealed|estimated|"
    # not "arrested alleged coup plotters": the adjective names who they were said to be
    r"alleged(?!\s+(?-i:[a-z])[\w-]*(?<!that)\b(?!\s+(?:that|to)\b))"
    r"|accused|asserted|confirmed|denied|according\s+to|statement|investigations?|excerpt|counted|documented|concluded"
    r"|found\s+that"
    r"|puts?\s+the\s+(?:death\s+)?toll"
    # "has raised to 26 the number of soldiers killed"
    rf"|{_COUNT_REVISED}"
    r"|(?:gave|given|giving|gives?)\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:[a-z]+\s+)?(?:death\s+)?toll)\b",
    re.I,
)
_NEAR_REF = re.compile(
    r"\b(?:near|outside|close\s+to|north|south|east|west|northeast|northwest|southeast|southwest|km\s+from|from\s+the\s+capital"
    r"|between(?:\s+(?:the\s+)?[\w’'-]+){1,3}\s+and|(?:road|route|highway|axis)\s+(?:to|linking)"
    r"|(?:road|route|highway|axis)\s+from(?:\s+[\w’'-]+){1,3}\s+to"
    r"|(?:area|areas|vicinity|surroundings|outskirts|environs)(?=\s+of))"
    r"(?:\s+of)?(?:\s+the)?(?:\s+capital)?\s*$"
    r"|\bbetween\s+(?:the\s+)?$",
    re.I,
)
#: ``in the Douentza area``, ``on the Sévaré–Djenné road``: around the town, or on a road out of it.
_AREA_AFTER = re.compile(
    r"\s+(?:area|surroundings|environs|outskirts)\b"
    r"|(?:\s*[–—-]\s*(?-i:[A-Z])[\w’'-]+)?\s+(?:road|route|highway|axis|corridor)\b",
    re.I,
)
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|within|across|throughout|on"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"  # "crashed north of Gao"
    r"(?:\s+the)?(?:\s+(?:town|village|city|commune|camp|region|district|capital|north|south|east|west|centre|center"
    r"|area|vicinity|outskirts)(?:\s+of)?)?(?:\s+(?:central|northern|southern|eastern|western|north-eastern|north-western"
    r"|neighbouring|neighboring))?\s*$"
    # "attacked the villages of X", "in three villages of the Gao region"
    r"|\b(?:town|village|city|commune|camp|base|locality|hamlet)s?\s+of(?:\s+the)?\s*$"
    # "in Mali's Gao region": the area, owned by the country named before it
    r"|\b(?:in|at|near|across|throughout|(?:town|village|commune|locality|hamlet)s?\s+of)\s+"
    r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?['’]s\s+"
    rf"(?:(?:{COMPASS_ADJECTIVE}|far)\s+)?$",
    re.I,
)
_PLACE_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_BASED_IN = re.compile(
    r"\b(?:based|headquartered|(?:with|has|had|have)\s+(?:its|their)\s+(?:headquarters|HQ|seat)|whose\s+"
    r"(?:headquarters|HQ|seat)\s+(?:is|was|are|were))\s+(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
_LEFT_PLACE = re.compile(
    r"\b(?:from|out\s+of|left|leave|leaves|leaving|quit|quits|quitting|exited|exiting)(?:\s+(?:the|its|their))?"
    r"(?:\s+(?:camps?|bases?)\s+(?:in|at))?\s*$",
    re.I,
)
_ADDRESS_GAP = re.compile(r"\s*[,(]\s*(?:the\s+)?")
#: Events whose captives are held where they were taken (``arrested and taken to the Kati camp``).
_HELD_WHERE_TAKEN = frozenset({"coup", "coup_attempt", "arrests", "abduction"})
#: (``a French raid in northern Mali``: a part of the country named by its bearing)
_RIGHT_AFTER = re.compile(rf"\s+(?:in|inside|into)\s+(?:the\s+)?(?:(?:far\s+)?{COMPASS_ADJECTIVE}\s+)?")
#: ``flown to Bamako``, ``flew to Kidal``: where someone travelled, there to act or afterwards.
_TRAVELLED_TO = re.compile(
    r"\b(?:flown|flew|fly|flies|flying|taken|brought|transferred|evacuated|driven|returned|travell?ed|went|came"
    r"|headed)\s+(?:back\s+|home\s+)?to(?:\s+the)?\s*$"
    # "Bamako sent its foreign and defence ministers to Nouakchott"
    r"|\b(?:sent|dispatched|despatched)\s+(?:[\w’'-]+\s+){0,5}?to(?:\s+the)?\s*$"
    # "preachers travelling from Mauritania to a religious gathering in Bamako": where they were going
    r"|\b(?:travell?ing|going|heading|driving|returning)\s+(?:from\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?\s+)?"
    r"to\s+(?:an?|the)\s+(?:[\w-]+\s+){1,3}?(?:in|at)\s+$",
    re.I,
)
#: ``… have been released and landed in Rome``: where they went next (not ``soldiers who had landed at
#: Bamako airport``, arrested where they landed).
_ARRIVED_IN = re.compile(
    r"\b(?:and|then|before)\s+(?:[\w’'-]+\s+){0,2}?(?:landed|arrived|touched\s+down)\s+"
    r"(?:back\s+|home\s+|safely\s+)?(?:in|at)(?:\s+the)?\s*$",
    re.I,
)
_INTO = re.compile(r"\binto(?:\s+the)?\s*$", re.I)
#: ``… into Bamako on 18 August 2020 and arrested him``: what they did where they went
_THEN_ACTED = re.compile(
    r"[^.;,]{0,40}?\band\s+(?:then\s+)?(?:arrested|detained|seized|stormed|attacked|surrounded|besieged|killed"
    r"|captured|overran|occupied)\b"
)
_DIRECTIONAL = re.compile(
    r"\b(?:toward|towards|from|into|against)(?:\s+the)?(?:\s+capital|\s+(?:town|city|village)\s+of)?\s*$"
    # "a supply convoy bound for the besieged northern town of Djibo": where it was going
    r"|(?:\b(?:bound|headed|heading|destined)\s+(?:for|to)|\ben\s+route\s+to|\bon\s+(?:its|their|the)\s+way\s+to)"
    r"(?:\s+the)?(?:\s+(?!(?:in|at|of|near|and|or)\b)[a-z][\w-]+){0,2}?"
    r"(?:\s+capital|\s+(?:town|city|village)\s+of)?\s*$"
    # "the last convoy left the camp for Gao", "flew out for Paris": where it went
    r"|\b(?:left|leaving|leaves?|departed|departing|set\s+(?:off|out)|flew\s+out)\s+"
    r"(?:(?!for\b)[\w’'-]+\s+){0,3}?for(?:\s+the)?(?:\s+capital|\s+(?:town|city|village)\s+of)?\s*$",
    re.I,
)
#: ``from Gao to``: the far end of a road something was on.
_ROUTE_TO = re.compile(r"\bfrom\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+to\s+$")
_TAKEN_FROM = re.compile(
    r"\b(?:taken|seized|snatched|abducted|kidnapped|grabbed)\s+(?:away\s+)?"
    # "abducted 20 men from Dioura", "kidnapped two women from the village of Dioura"
    r"(?:[\w-]+\s+){0,3}?from\s+(?:the\s+(?:village|town|hamlet|camp)\s+of\s+)?(?:(?:his|her|their)\s+home\s+in\s+)?$",
    re.I,
)
#: ``the same day as the``, ``two days after the``: the event another is dated by, named by its place.
_DATED_BY_BEFORE = re.compile(
    r"\b(?:same\s+(?:day|week|month)\s+as|(?:days?|weeks?|months?)\s+(?:after|before))\s+(?:the|that)\s+$",
    re.I,
)


def _places_another(mentions: list[Mention], m: Mention) -> bool:
    """A known place named only to place an unlisted one just before it (``Adab-Dab, a village some 50
    kilometres north-west of Banibangou``): a landmark, not the scene."""
    return any(t.place.placed_by == m.place.place_id and t.end <= m.start for t in mentions)


#: ``relations between Paris and the junta``, ``Bamako said``: a place standing for its government.
_PARTY_BEFORE = re.compile(
    r"\b(?:relations?|ties|tensions?|rift|dispute|talks|cooperation|co-operation|agreements?|accords?|deals?"
    r"|pacts?|treat(?:y|ies))\s+(?:between|with)\s+$"
    r"|\b(?:relations?|ties|tensions?|rift|dispute|talks)\s+between\s+(?-i:[A-Z])[\w’'-]+\s+and\s+(?:the\s+)?$"
    r"|\b(?:government|authorities|junta|regime|administration)\s+in\s+$"
    r"|\b(?:diplomats?|correspondents?|journalists?|reporters?|sources?|analysts?|embassy)\s+(?:based\s+)?in\s+$"
    r"|\bcloser\s+to\s+$",
    re.I,
)
_PARTY_AFTER = re.compile(
    r"\s+(?:and\s+(?:the\s+)?(?:\w+\s+)?(?:junta|government|authorities)\b"
    r"|\s*closer\s+to\b"  # "did not bring Bamako closer to Paris"
    r"|(?:has\s+|have\s+)?(?:said|says|accused|announced|denied|rejected|recalled|demanded|condemned|insisted"
    r"|accepted|agreed|refused|responded|retaliated|warned)\b)"
)
_ACCORDS = frozenset({"peace agreement", "pact signed"})
#: ``… ordered by the Security Council``: a participle with its own doer, whose act the date that
#: follows is of.
_DONE_BY = re.compile(
    r"\b(?:ordered|decided|approved|voted|agreed|requested|demanded|decreed)\s+by\b",
    re.I,
)
#: ``… to leave under the withdrawal ordered by …``: a plan already decided, the frame of what is told.
_UNDER_THE = re.compile(r"\b(?:under|as\s+part\s+of)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?$", re.I)
#: ``patrol together under the 2015 peace agreement``, ``as part of the ceasefire``: an accord in force,
#: the frame of what is told, not its signing.
_UNDER_ACCORD = re.compile(
    r"\b(?:under|per|implement(?:ing|ation\s+of)|in\s+line\s+with|in\s+keeping\s+with|pursuant\s+to"
    # "accused the government of breaking the 2015 peace agreement": an accusation, no new accord
    r"|break(?:ing|s)?|broke|violat(?:ing|ed|es|ion\s+of)|breach(?:ing|ed|\s+of)|flout(?:ing|ed)"
    # "Algeria was the chief mediator of the 2015 peace agreement": who brought it about
    r"|(?:mediators?|brokers?|guarantors?|architects?|sponsors?|signatories|signatory|parties)\s+(?:to|of)"
    r"|as\s+(?:part\s+of|provided\s+(?:for\s+)?by|set\s+out\s+in|agreed\s+in|required\s+by)"
    r"|(?:provisions|terms)\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.I,
)
_WHO_DID = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+|once\s+)?$")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ACCORD_ENDED = re.compile(
    r"\b(?:collapse|end(?:ed|s|ing)?|breakdown|termination|terminat(?:ed|es|ing)|demise|abandonment|abandoned"
    r"|scrapp(?:ed|ing)|renounc(?:ed|ing)|tore\s+up|pulled\s+out\s+of|withdr[ae]w(?:al)?\s+from)\s+(?:of\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.I,
)
_CIVILIAN_VICTIMS = re.compile(
    r"\b(?:civilians?|villagers?|residents?|herders?|farmers?|wom[ae]n|child(?:ren)?|passengers?|(?<!\bour\s)men|people"
    # "killed my husband", "a teacher was shot dead": one of a family, or one whose work is no fighting
    rf"|{KIN_AND_CARERS}"
    rf"|guests|mourners|pilgrims|traders?|merchants?|miners|shepherds?|fishermen|students|pupils|{_FAITHFUL}"
    r"|(?:aid|humanitarian)\s+workers|tourists|diners"
    # "20 Fulani were killed": people named for who they are, not for a side they fight on
    r"|fulanis?|fulbe|peuls?|dogons?|bambaras?|songhais?|mauritanians?|community|communities|famil(?:y|ies)"
    r"|protesters|protestors|demonstrators|marchers)\b",
    re.I,
)
ON_PROTESTERS = "excessive force against protesters"
#: Those killed or wounded while protesting: force used on a protest.
_PROTESTERS = re.compile(r"\b(?:protesters?|protestors?|demonstrators?|marchers?)\b", re.I)
#: How far after an act of force the protesters it was used on may be named (``opened fire on a crowd
#: of protesters``).
PROTESTERS_REACH = 30


def _on_protesters(sentence: str, hit: _Hit, figures: list[Figure]) -> bool:
    """Force used on a protest: the protesters are what it was done to (``fired on protesters``,
    ``opened fire on a crowd of protesters``), or every casualty counted is a protester (``four
    demonstrators were shot dead``)."""
    if _PROTESTERS.search(sentence, hit.start, hit.end + PROTESTERS_REACH):
        return True
    hurt = [f for f in figures if f.kind in {"killed", "executed", "wounded"}]
    return bool(hurt) and all(_PROTESTERS.search(f.victims) for f in hurt)


def _the_protest_fired_on(sentence: str, hits: list[_Hit]) -> list[_Hit]:
    """``Soldiers opened fire on a crowd of protesters``: the protesters are whom the force was used
    on, not a protest told of its own."""
    force = [h for h in hits if h.trigger.event_type == "atrocity"]
    return [
        h
        for h in hits
        if not (
            h.trigger.sub_event_type == "protests"
            and _PROTESTERS.fullmatch(h.text)
            and any(f.end <= h.start <= f.end + PROTESTERS_REACH for f in force)
        )
    ]


_COMBATANTS = re.compile(
    r"\b(?:soldiers|troops|militants|jihadists|terrorists|fighters|rebels|gunmen|assailants)\b", re.I
)
#: ``a passenger boat``, ``pinasses``: what carries people, not fighters.
_CIVILIAN_CRAFT = r"passenger\s+(?:boat|bus|vehicle|ferry|train)s?|boats?|ferry|pinasses?"
_CIVILIAN_TARGET = re.compile(
    r"^\w+\s+(?:\w+\s+){0,2}?(?:on|against)\s+(?:a\s+|the\s+|several\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:village|villages|villagers|civilians|market|mosque|church|wedding|bus|passengers|displaced|hamlet"
    # "fired on anyone who tried to flee", "the attack on La Terrasse, a bar"
    r"|anyone|everyone|residents|inhabitants|worshippers|protesters|crowds?|restaurant|bar|nightclub|caf[eé]"
    # "the attack on the community health centre", not a military hospital
    r"|(?<!military\s)(?<!army\s)(?:health\s+(?:cent(?:re|er)|post|facility)|hospital|clinic|maternity)"
    rf"|{_CIVILIAN_CRAFT})\b"
    # "attacked residents of Barsalogho": people, not a place, were the target; "sprayed a restaurant"
    r"|^(?:attacked|attacking|attacks?|raided|ambushed|sprayed|raked|strafed)\s+"
    r"(?:the\s+|a\s+|several\s+|\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:villagers|civilians|residents|worshippers|passengers|herders|farmers|displaced|traders|pilgrims"
    # "militiamen attacked the hamlet of Sogoba": its people, at home
    r"|villages?|hamlets?"
    r"|restaurants?|bars?|nightclubs?|caf[eé]s?"
    rf"|{_CIVILIAN_CRAFT}"
    # "ambushed five buses carrying workers of the Canadian gold miner Semafo"
    r"|bus(?:es)?(?!\s+(?:carrying|with|full\s+of)\s+(?:\w+\s+)?(?:soldiers|troops|gendarmes|police)))\b",
    re.I,
)
#: ``entered the weekly market at Dogofry and opened fire``: where the unarmed gather, gone into to shoot.
_INTO_A_CIVILIAN_PLACE = re.compile(
    r"\b(?:entered|stormed|burst\s+into|walked\s+into|rode\s+into|drove\s+into|went\s+into)\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:market|mosque|church|wedding|village|hamlet|school|restaurant|bar|hotel|bus\s+station)"
    r"\b[^.;]{0,40}?\band\s+(?:then\s+)?$",
    re.I,
)
#: ``villagers who went out to look for the hostages were fired upon``: civilians the passive's subject
_CIVILIANS_UNDER_FIRE = re.compile(
    r"\b(?:civilians|villagers|residents|worshippers|passengers|herders|farmers|traders|displaced\s+people)\b"
    r"(?:\s+(?:who|that)\b[^,.;:]{0,60})?\s*$",
    re.I,
)
#: ``The village of Ogossagou, in Bankass cercle, was attacked``: a village, the passive's subject.
_VILLAGE_UNDER_FIRE = re.compile(
    r"(?:^|[.;:]\s+|,\s+(?:and|but|while)\s+)\W*(?:the\s+)?(?:[\w-]+\s+)?(?:villages?|hamlets?)"
    r"(?:\s+of\s+(?-i:[A-Z])[\w’'-]+(?:\s+and\s+(?-i:[A-Z])[\w’'-]+)?)?(?:,[^,;:.]{1,60},)?\s*$",
    re.I,
)
_WAS_BEFORE = re.compile(r"\b(?:was|were|(?:has|have|had)\s+been)\s+$", re.I)
_PASSIVE_ATTACK = re.compile(r"(?:were|was|been|being|came|come|comes|coming)\b", re.I)
#: ``the attack on the gendarmerie school``: a security target, whoever the dead are called.
_SECURITY_TARGET = re.compile(
    r"^\w+\s+(?:\w+\s+){0,2}?(?:(?:on|against)\s+)?(?:an?\s+|the\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:camps?|bases?|posts?|outposts?|barracks|garrisons?|checkpoints?|positions?"
    r"|(?:military|army|UN|U\.N\.|MINUSMA|peacekeeping|French|Barkhane)\s+convoys?|patrols?"
    # "attacked a convoy of the UN mission, MINUSMA"
    r"|convoys?\s+of\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|MINUSMA|peacekeep\w*|French|army)"
    r"|(?:gendarmerie|military|police|army|officers['’]?)\s+"
    r"(?:school|academy|college|station|headquarters|training\s+centre))\b"
    # "drove a vehicle packed with explosives into the camp in Gao"
    r"|\b(?:into|inside)\s+(?:an?\s+|the\s+|its\s+|their\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:camps?|bases?|barracks|garrisons?|outposts?)\b",
    re.I,
)
#: ``a camp for displaced people``, ``the refugee camp``: a camp of civilians.
_CIVILIAN_CAMP = re.compile(
    r"\b(?:refugees?|displaced|displacement|IDPs?)\s+(?:[\w-]+\s+)?camps?\b"
    # "two attacks on nomad camps", "the herders' camp": where people live, not a force's
    r"|\b(?:nomad(?:ic)?|herders['’]?|pastoralists['’]?|Fulani|Tuareg|Peul|family|families['’]?)\s+camps?\b"
    r"|\bcamps?\s+(?:for|of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:displaced|refugees|IDPs)\b",
    re.I,
)


def _security_target(sentence: str, hit: _Hit) -> bool:
    """What the words after the trigger attack is a camp, a base or a school of the forces."""
    window = sentence[hit.start : hit.end + 80]
    return bool(_SECURITY_TARGET.search(window)) and not _CIVILIAN_CAMP.search(window)


_QUOTE_CHARS = re.compile(r"[“”«»\"]")
_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"

SPECIFICITY = {
    "camp": 4,
    "landmark": 4,
    "village": 4,
    "town": 4,
    "district": 2,
    "region": 1,
    "country": 0,
    "continent": -1,
}


@dataclass
class EventMention:
    """An event as one sentence reports it, before mentions of the same event are merged."""

    doc_id: str
    sentence_index: int
    paragraph: int
    char_start: int
    char_end: int
    quote: str
    event_type: str
    sub_event_type: str
    trigger: str
    trigger_start: int
    first: dt.date
    last: dt.date
    precision: int
    place: Place | None
    geo_precision: int
    actor1: str = ""
    actor2: str = ""
    claims: list[Claim] = field(default_factory=list)
    confidence: float = 0.5
    date_text: str = ""
    carried: bool = False
    extra_sources: list[tuple[int, int, str]] = field(default_factory=list)
    #: one of the further places of a list (``attacks in Kayes, Niono and Molodo``)
    listed: bool = False
    #: the place named that no table holds, when the event is put on the area around it
    named_place: str = ""

    @property
    def event_date(self) -> dt.date:
        return self.first


@dataclass
class _Doc:
    document: Document
    recognition: Recognition
    gazetteer: Gazetteer
    actor_index: ActorIndex
    line_starts: list[int]
    mentions_by_sentence: dict[int, list[Mention]]
    focus: Place | None
    datelines: list[tuple[int, int]] = field(default_factory=list)
    apparatus: int = 1 << 62  # where a reference list starts (none: past the end)
    sections: list[tuple[int, DateMention]] = field(default_factory=list)  # (heading end, its day)
    year_sections: list[tuple[int, int]] = field(default_factory=list)  # (heading end, its year)
    #: (heading end, the country it names): ``## Niger`` over a digest's section
    country_sections: list[tuple[int, Place | None]] = field(default_factory=list)
    #: (citation start, words start, paragraph end, article day) of a press review's items
    #: and of a story's updates
    items: list[tuple[int, int, int, DateMention]] = field(default_factory=list)
    #: the day a story updated since first came out: what the words outside its updates are read against
    original: dt.date | None = None
    #: ``The collapse of the north, January–April 2012``: the months of one year the title names
    title_period: tuple[dt.date, dt.date] | None = None
    #: ``Reporting period: 1–15 October 2023``: the days a periodic report covers
    reporting_period: DateMention | None = None
    #: (heading end, (its first month, its year or None, its last month)); month 0 ends a section
    month_sections: list[tuple[int, tuple[int, int | None, int]]] = field(default_factory=list)
    unscanned: list[int] = field(default_factory=list)
    held_tolls: list[tuple[int, list[Figure]]] = field(default_factory=list)
    gates: dict[int, _Gates] = field(default_factory=dict)
    _actors: list[ActorMention] | None = None
    _actor_starts: list[int] = field(default_factory=list)
    _spans: dict[tuple[int, int], list[ActorMention]] = field(default_factory=dict)
    found: list[EventMention] = field(default_factory=list)
    dated: list[tuple[int, DateMention]] = field(default_factory=list)  # (sentence index, absolute date)
    told: dict[int, DateMention | None] = field(default_factory=dict)  # a skipped sentence's last date
    #: spans such as "after the coup in Niamey" that name another event to date this one by
    references: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    own_dates: dict[int, list[DateMention]] = field(default_factory=dict)  # a sentence's dates as written
    #: sentences that told an act no place could hold (``JNIM seized Tinkerbat``), in order
    untold: list[int] = field(default_factory=list)
    #: the document's fact boxes and table rows
    boxes: list[FactBox] = field(default_factory=list)
    #: sentences of an event box's ``Description:``, which tell that box's event, and no other
    described: frozenset[int] = frozenset()
    #: a toll's sentence, and the place of the scene a sentence before set (``In late March, soldiers
    #: arrived in Moura. … hundreds of men were executed``)
    scene_places: dict[int, Place] = field(default_factory=dict)
    _rulers: frozenset[str] | None = None
    _live: bool | None = None
    _issuer: str | None = None

    def live_page(self) -> bool:
        """Whether the document is a live page: entries opened by the time they were posted."""
        if self._live is None:
            self._live = len(_LIVE_STAMP.findall(self.document.text)) >= LIVE_STAMPS
        return self._live

    def issuer(self) -> str:
        """Who issued the document, when its head says so (see :func:`_issued_by`); asked for every
        claim no one else makes, so read once."""
        if self._issuer is None:
            self._issuer = _issued_by(self)
        return self._issuer

    def rulers(self) -> frozenset[str]:
        """Names the document gives to someone who ruled: its presidents and heads of regimes."""
        if self._rulers is None:
            self._rulers = _rulers_named(self.document.text)
        return self._rulers

    def actors_in(self, start: int, end: int) -> list[ActorMention]:
        """Actors named in ``text[start:end]``, offsets relative to ``start``.

        The whole document is searched once; spans take their share of the hits.
        """
        if self._actors is None:
            text = self.document.text
            found = self.actor_index.find(text, fold(text))
            found = [a for a in found if not _of_another_nation(text, a, self.gazetteer)]
            found = _national_forces(text, self.recognition, self.actor_index, found)
            found = _capitals_speaking(text, self.actor_index, self.gazetteer, found)
            # "the French journalist Olivier Dubois": a person's nationality, not the state
            found = [
                a for a in found if not (a.actor.kind in _STATE_KINDS and _A_NATIONAL.match(text, a.end))
            ]
            # "MNLA rebels": the group, named with the side it is on
            generic = self.actor_index.generic
            found = [
                a
                for i, a in enumerate(found)
                if not (
                    i
                    and a.actor.name in generic
                    and found[i - 1].actor.name not in generic
                    and found[i - 1].actor.armed
                    and text[found[i - 1].end : a.start] == " "
                )
            ]
            if self.focus is not None:
                # "rebels" in a story of Chad are Chad's, not the side Mali's war calls by that word
                found = [a for a in found if not _a_side_of_another_war(a, self.focus.country_code)]
            found = _named_sides(text, found, self.actor_index.generic)
            if " his " in text or "His " in text or " her " in text or "Her " in text:
                found = sorted(found + _his_group(text, found), key=lambda a: a.start)
            self._actors = found
            self._actor_starts = [a.start for a in self._actors]
        cached = self._spans.get((start, end))
        if cached is None:
            lo = bisect.bisect_left(self._actor_starts, start)
            hi = bisect.bisect_left(self._actor_starts, end)
            cached = self._spans[(start, end)] = [
                replace(a, start=a.start - start, end=a.end - start)
                for a in self._actors[lo:hi]
                if a.end <= end
            ]
        return list(cached)

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self.line_starts, pos) - 1


def _a_side_of_another_war(mention: ActorMention, country_code: str) -> bool:
    """A side of one country's war (``Tuareg rebels``) named only by the common word for it
    (``rebels``, ``separatists``), in a story set in another country."""
    actor = mention.actor
    return (
        actor.actor_id in actors_mod.SIDES
        and bool(actor.country_code)
        and actor.country_code != country_code
        and mention.text.islower()
    )


_WORD_BEFORE = re.compile(r"([A-Z][\w’'-]+)\s+$")
#: ``Tuareg rebels of the MNLA``, ``jihadists (JNIM)``: a side, then the group it is.
_SIDE_NAMED = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?|\s*\(\s*")
_ARMED_KINDS = frozenset({"jihadist", "rebel", "militia", "foreign armed"})


def _named_sides(text: str, actors: list[ActorMention], generic: frozenset[str]) -> list[ActorMention]:
    """Without a side's name that the group named after it says who it is: the group acted."""
    if not actors:
        return actors
    return [
        a
        for a, b in zip(actors, [*actors[1:], None], strict=True)
        if not (
            b is not None
            and a.actor.name in generic
            and b.actor.name not in generic
            and b.actor.kind in _ARMED_KINDS
            and _SIDE_NAMED.fullmatch(text, a.end, b.start)
        )
    ]


#: ``Burkina Faso's army``, ``Burkinabe soldiers``: a country's forces, by its name or its people's.
_FORCES_AFTER = re.compile(
    # "French and European troops": the first people's forces too, told with another's
    r"(?P<and>\s+and\s+(?-i:[A-Z])[\w-]+(?=\s))?"
    r"(?:['’]s)?\s+(?:own\s+)?(?:army|armed\s+forces|military|soldiers?|troops|(?:security|special|armed)\s+forces"
    r"|forces|air\s+force|gendarmes?|gendarmerie)\b",
    re.I,
)


#: ``junta``, ``ruling junta``, ``military rulers``: who rules a country after a coup.
_RULERS = (
    r"(?:ruling\s+|military\s+|new\s+)?(?:junta|military\s+rulers|transitional\s+(?:authorities|government))"
)
_JUNTA_AFTER = re.compile(rf"['’]s\s+{_RULERS}\b", re.I)


#: ``Guinea, which provides most of the troops, had already lost two soldiers``: a country's own dead
_LOST_COUNT = r"lost\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?[\w-]+\s+(?:of\s+its\s+)?"
_LOST_ITS_SOLDIERS = re.compile(
    rf"(?:,[^,;.]{{1,80}},)?\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|now\s+)?{_LOST_COUNT}"
    r"(?P<forces>soldiers|troops|peacekeepers|gendarmes|servicemen)\b"
)
_LOST_COUNT_BEFORE = re.compile(rf"\b{_LOST_COUNT}$", re.I)
_STATE_KINDS = frozenset({"state", "foreign state"})
#: ``French journalist``, ``German priest``: one of a country's people, named by trade.
_A_NATIONAL = re.compile(
    r"\s+(?:(?:aid|humanitarian|charity)\s+)?(?:journalists?|priests?|missionar(?:y|ies)|workers?|doctors?|nuns?"
    r"|tourists?|engineers?|nationals?|citizens?|hostages?|couples?|family|families|researchers?|teachers?"
    r"|businessm[ae]n|reporters?|photographers?|geologists?|contractors?"
    # "the French daily Libération": a newspaper of the country, not its state
    r"|daily|dailies|newspapers?|weekly|magazines?|news\s+agency|broadcaster|(?:news\s+)?outlets?)\b",
    re.I,
)
_OF_A_FORCE = re.compile(r"\s+(?:of|in|with|serving\s+(?:with|in))\s+(?:the\s+)?")


def _national_forces(
    text: str, recognition: Recognition, index: ActorIndex, found: list[ActorMention]
) -> list[ActorMention]:
    """The actors named, with each country's forces the actor list has no words for (it lists
    ``Malian soldiers``, not ``Burkinabe soldiers`` nor ``Burkina Faso's army``)."""
    taken = [(a.start, a.end) for a in found]
    named = [(m.start, m.end, m.place) for m in recognition.mentions if m.place.feature == "country"]
    added = []
    for start, end, place in named + recognition.demonyms:
        forces = _FORCES_AFTER.match(text, end)
        if forces is None or not place.country_code:
            continue
        # told with another people's ("French and European troops"), it stands for its own word only
        stop = end if forces.group("and") else forces.end()
        if any(a < stop and start < b for a, b in taken):
            continue
        of = _OF_A_FORCE.match(text, forces.end())
        if of is not None and any(a == of.end() for a, _ in taken):
            continue  # "The last German soldiers of the UN mission": the mission's, not Germany's army
        name = index.army_of(place.country_code, place.name)
        actor = actors_mod.Actor(
            f"army-{place.country_code.lower()}", name, "state military", place.country_code
        )
        if forces.group("and"):
            # the name its forces have when told alone ("French troops" is France in the actor list)
            alone = text[start:end] + text[forces.end("and") : forces.end()]
            listed = index.find(alone, fold(alone))
            if len(listed) == 1 and (listed[0].start, listed[0].end) == (0, len(alone)):
                actor = listed[0].actor
        added.append(ActorMention(start, stop, text[start:stop], actor))
    for start, end, place in named:
        # "Mali's junta expelled …", "Niger's military rulers": the country's rulers of the day
        junta = _JUNTA_AFTER.match(text, end)
        if junta is None or not place.country_code:
            continue
        # "Niger's military rulers": Niger's, not the rulers of wherever the act took place
        found = [m for m in found if not (m.start < junta.end() and start < m.end)]
        added = [m for m in added if not (m.start < junta.end() and start < m.end)]
        actor = actors_mod.Actor(
            f"junta-{place.country_code.lower()}",
            index.junta_of(place.country_code, place.name),
            "state",
            place.country_code,
        )
        added.append(ActorMention(start, junta.end(), text[start : junta.end()], actor))
    for _start, end, place in named:
        lost = _LOST_ITS_SOLDIERS.match(text, end)
        if lost is None or not place.country_code:
            continue
        # "Guinea, which provides most of the troops in Kidal, had already lost two soldiers": its own
        a, b = lost.span("forces")
        name = index.army_of(place.country_code, place.name)
        actor = actors_mod.Actor(
            f"army-{place.country_code.lower()}", name, "state military", place.country_code
        )
        found = [m for m in found if not (m.start < b and a < m.end)]
        added.append(ActorMention(a, b, text[a:b], actor))
    return sorted(found + added, key=lambda a: a.start) if added else found


#: ``Paris announced``, ``Moscow has denied``: a capital as the subject of a verb of state or speech.
_STATE_VERB_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|then\s+|later\s+|swiftly\s+|quickly\s+)?"
    r"(?:said|says|announced|announces|denied|denies|accused|accuses|condemned|condemns|rejected|rejects|recalled"
    r"|expelled|warned|responded|retaliated|insisted|demanded|decided|ordered|suspended|protested|welcomed"
    r"|summoned|confirmed|declared|ended|broke|severed|closed|imposed|dismissed|blamed|reacted|pulled)\b"
)
#: ``officials in Paris said``: where someone is, not who speaks.
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|to|from|near|via|of|between|and|outside|around)\s+$", re.I)


def _capitals_speaking(
    text: str, index: ActorIndex, gazetteer: Gazetteer, found: list[ActorMention]
) -> list[ActorMention]:
    """``Paris announced the withdrawal of its troops``: a capital that speaks or acts stands for its
    state (the state's own row, else ``Government of <country>``); named as a place, it is none."""
    added = []
    pattern, countries = _capital_names(gazetteer)
    for m in pattern.finditer(text):
        if (
            not _STATE_VERB_AFTER.match(text, m.end())
            or _PLACE_PREPOSITION.search(text, max(0, m.start() - 12), m.start())
            or any(a.start < m.end() and m.start() < a.end for a in found)
        ):
            continue
        code = countries[m.group()]
        states = [a for a in index.actors.values() if a.country_code == code and a.kind in _STATE_KINDS]
        actor = next((a for a in states if a.kind == "foreign state"), None) or next(
            (a for a in states if a.name.startswith(actors_mod.GOVERNMENT_OF)), None
        )
        if actor is None:
            country = gazetteer.places.get(f"country-{code.lower()}")
            if country is None:
                continue
            actor = actors_mod.Actor(
                f"government-{code.lower()}", index.government_of(code, country.name), "state", code
            )
        added.append(ActorMention(m.start(), m.end(), m.group(), actor))
    return sorted(found + added, key=lambda a: a.start) if added else found


@functools.cache
def _capital_names(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    """The capitals' names as written (capitalised), and the country each is the capital of."""
    countries = {
        name: code
        for code, place_id in gazetteer.capitals.items()
        for name in (gazetteer.get(place_id).name, *gazetteer.get(place_id).aliases)
        if name[:1].isupper()
    }
    names = sorted(countries, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"), countries


def _of_another_nation(text: str, actor: ActorMention, gazetteer: Gazetteer) -> bool:
    """``the Nigerien defence ministry``: a national body's generic name qualified by another
    country's adjective than the one the actor list gives it."""
    own = actor.actor.country_code
    word = _WORD_BEFORE.search(text, max(0, actor.start - 30), actor.start)
    if not own or word is None:
        return False
    nations = {p.country_code for p in gazetteer.nations(word.group(1))}
    return bool(nations) and own not in nations


#: ``the leader of the Islamic State in the Greater Sahara``: the group a man heads.
_HEAD_OF = re.compile(r"\b(?:leader|head|emir|commander|founder|chief)\s+of\s+(?:the\s+)?$", re.I)
#: ``His group was behind the ambush``: the group of the man the text is about.
_HIS_GROUP = re.compile(
    r"\b(?:[Hh]is|[Hh]er)\s+(?:own\s+)?(?:group|movement|organi[sz]ation|faction|fighters|men)\b"
)


def _his_group(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """``X, the leader of the Islamic State in the Greater Sahara, … His group was behind the ambush``:
    the armed group the text said a man heads, wherever ``his group`` is told after."""
    head = next(
        (a for a in found if a.actor.armed and _HEAD_OF.search(text, max(0, a.start - 30), a.start)), None
    )
    if head is None:
        return []
    return [
        ActorMention(m.start(), m.end(), m.group(), head.actor) for m in _HIS_GROUP.finditer(text, head.end)
    ]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n", text):
        starts.append(m.end())
    return starts


# --- sentence analysis ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    trigger: Trigger
    start: int
    end: int
    text: str


#: ``… in October and pulled out of Kidal``: a verb coordinated with the one before shares its subject.
_SHARED_SUBJECT = re.compile(r"\b(?:and|then)\s+(?:\w+ly\s+)?$")


def trigger_hits(sentence: str, wanted: list[int] | None = None) -> list[_Hit]:
    """Trigger matches, with more specific types claiming their words first."""
    hits: list[_Hit] = []
    taken: list[tuple[int, int]] = []
    if wanted is None:
        wanted = _TRIGGER_NEEDLES.wanted(dates_mod.needle_text(sentence))
    for index in wanted:
        trigger = TRIGGERS[index]
        for m in trigger.pattern.finditer(sentence):
            # "the president of the CMA, … after two men shot him": the act is the shooting
            hit_group = "hit" in trigger.pattern.groupindex and m.start("hit") >= 0
            start, end = m.span("hit") if hit_group else m.span()
            if any(a < end and start < b for a, b in taken):
                # "MINUSMA handed over its camps … and pulled out of Kidal": the act alone, past the other
                if "act" not in trigger.pattern.groupindex or m.start("act") < 0:
                    continue
                start, end = m.span("act")
                if any(a < end and start < b for a, b in taken) or not _SHARED_SUBJECT.search(
                    sentence, 0, start
                ):
                    continue
            hits.append(_Hit(trigger, start, end, sentence[start:end]))
            taken.append((start, end))
    hits.sort(key=lambda h: h.start)
    return hits


#: ``a draft resolution to renew the UN sanctions regime``: sanctions renewed, extended or ended
#: are not sanctions imposed.
_NOT_IMPOSED = re.compile(
    r"\b(?:renew(?:al)?|extend|extension|lift(?:ing)?|end(?:ing)?|easing|ease)\s+(?:of\s+)?(?:the\s+)?(?:[\w.-]+\s+){0,2}$",
    re.I,
)
#: A sentence told of ``They`` or ``It``, and the foreign forces those may stand for.
_PRONOUN_SUBJECT = re.compile(r"\W*(?:They|It)\b")
_FORCE = re.compile(_FOREIGN_FORCE)
_FORCE_FIRST = re.compile(rf"\W*(?:[Tt]he\s+)?{_FOREIGN_FORCE}")


def _unbound_pronoun(ctx: _Doc, index: int, hit: _Hit) -> bool:
    """``Peacekeepers left Ber … They handed over their camps … and pulled out of Kidal``: a force
    leaving told by a pronoun is that force's only if the sentence before, in its paragraph, opens on it."""
    sentences = ctx.document.sentences
    text = sentences[index].text
    if hit.trigger.sub_event_type != "mission withdrawal" or not _PRONOUN_SUBJECT.match(text):
        return False
    if _FORCE.search(text, 0, hit.end):
        return False
    if index == 0 or ctx.paragraph_of(sentences[index - 1].start) != ctx.paragraph_of(sentences[index].start):
        return True
    return not _FORCE_FIRST.match(sentences[index - 1].text)


def _hypothetical(sentence: str, start: int) -> bool:
    """A modal, conditional or negation (``not to have been handed over``) before the trigger,
    or a clause that is a question."""
    opened = _LAST_CLAUSE_MARK.match(sentence, 0, start)
    # "Up to 600 people may have been killed when jihadists attacked …": the doubt is the toll's
    told = max((m.end() for m in _WHEN_TOLD.finditer(sentence) if m.end() <= start), default=0)
    window = sentence[max(opened.end() if opened else 0, start - 150, told) : start]
    if _HYPOTHETICAL.search(window) or _NEGATION.search(sentence[max(0, start - 40) : start]):
        return True
    if _ANY_BEFORE.search(sentence, max(0, start - 30), start):
        return True  # "any military intervention in Niger would be a declaration of war"
    end = _CLAUSE_END.search(sentence, start)
    return end is not None and end.group() == "?"


#: ``announced that they would leave ECOWAS``: a state's notice that it quits a bloc is the
#: withdrawal, on the day it is given, though the exit takes effect later.
_ANNOUNCED = re.compile(
    r"\b(?:announced|declared|decided|notified\s+[\w\s]{1,30}?|said)\s+(?:that\s+)?(?:(?!(?:if|unless|whether|once|when)\b)[\w’'-]+,?\s+){0,6}?"
    r"(?:would|will)\s+(?:immediately\s+|formally\s+)?$",
    re.I,
)


def _announced_exit(sentence: str, hit: _Hit) -> bool:
    """``announced that they would leave ECOWAS``, ``said on Thursday that it would bring home the
    soldiers``: the notice is the act, dated the day it was given."""
    if hit.trigger.sub_event_type == "mission withdrawal":
        # the trigger opens on the force: the notice is inside it, or just before it ("announced on
        # Sept. 24 that France would withdraw its troops")
        return bool(_ANNOUNCED_IN_ACT.search(sentence, max(0, hit.start - 60), hit.end))
    return hit.trigger.sub_event_type == "withdrawal from a bloc" and bool(
        _ANNOUNCED.search(sentence, max(0, hit.start - 90), hit.start)
    )


_ANNOUNCED_IN_ACT = re.compile(
    r"\b(?:announced|declared|decided|said)\s+(?:[\w’'.-]+\s+){0,4}?(?:that\s+)?(?:it|they|(?-i:[A-Z])[\w’'-]+"
    # "announced on February 17 that French and European troops would leave"
    r"|(?:[\w’'-]+\s+){0,3}?(?:troops|forces|soldiers|contingents?|personnel|peacekeepers))\s+(?:would|will)\s+"
    # "announced on February 17 the withdrawal of French troops": the notice, not a departure before it
    r"|\b(?:announced|decided|ordered)\s+(?:(?!that\b)[\w’'.,-]+\s+){0,4}?(?:the|its|their|a)\s+"
    r"(?:(?:full|complete|total|gradual|phased)\s+)?(?:withdrawal|departure|pull-?out|drawdown)\b",
    re.I,
)


#: ``convicted him of the war crime of …``: a court's or a prosecutor's words for what it judges,
#: dated by the judgment; the trial is the event.
_CHARGED_WITH = re.compile(
    r"\b(?:convicted|guilty|charged|accused|indicted|prosecuted|charges?|counts?|sentenced|acquitted)\b"
    r"(?:\s+[\w’']+){0,6}?\s+(?:of|with|for)\s+(?:[\w’']+\s+){0,3}$",
    re.I,
)


#: ``sentenced him to nine years for``, ``convicted of``: a court's words for what was done.
_CONVICTED_FOR = re.compile(
    r"\b(?:convicted|guilty|indicted|prosecuted|sentenced|acquitted|tried)\b"
    r"(?:\s+[\w’'.-]+){0,8}?\s+(?:of|with|for)\s+(?:[\w’'-]+\s+){0,3}$",
    re.I,
)


def _charged(sentence: str, hit: _Hit) -> bool:
    """What someone is accused or convicted of, not an act of the sentence's day: a crime named in
    general (``war crimes``), or, in a court's words, a deed with no day of its own after it
    (``In 2016 the court sentenced him for destroying mausoleums in Timbuktu``)."""
    if hit.trigger.sub_event_type == "atrocity":
        return bool(_CHARGED_WITH.search(sentence, max(0, hit.start - 90), hit.start))
    return (
        (hit.trigger.event_type == "atrocity" or hit.trigger.sub_event_type == "destruction of property")
        and _CONVICTED_FOR.search(sentence, max(0, hit.start - 90), hit.start) is not None
        and not dates_mod.find_dates(sentence[hit.end :])
    )


#: ``ended an all-night siege of``: the end of an act others began.
_SIEGE_ENDED = re.compile(
    r"\b(?:ended|ending|ends|end|broke|broken|lifted|lifting)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.I
)


#: ``the largest protest since it took power``: a trigger in a since-clause points back at an
#: event; without a date of its own in that clause, the sentence's date is not the event's.
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w’'-]+\s+){0,3}$", re.I)
_SINCE_CLAUSE_END = re.compile(r"[,;:—–()]|\.\s|$")


#: ``the deadliest``, ``the boldest``: a record, measured against what came before.
_SUPERLATIVES = (
    r"deadliest|worst|bloodiest|heaviest|largest|biggest|highest|boldest|costliest|first|most\s+\w+"
)
#: ``the heaviest the army has suffered since the attacks on its camps in late 2019``: the events
#: a record is measured against, named in passing, dated or not.
_RECORD_SINCE = re.compile(
    rf"\b(?:{_SUPERLATIVES})\b[^.;:]{{0,60}}?"
    r"\bsince\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.I,
)

_SERIES = re.compile(r"(?<!s)s$")


_ANY_ANCHOR = dt.date(2049, 12, 31)


def _undated_since(sentence: str, hit: _Hit) -> bool:
    """A trigger in a since-clause names where a state of things began, not news: when the clause
    has no date of its own, or when it is what a record is measured against."""
    opened = _SINCE_CLAUSE.search(sentence, max(0, hit.start - 40), hit.start)
    if opened is None:
        return False
    if _SERIES.search(hit.text) and _RECORD_SINCE.search(sentence, max(0, hit.start - 110), hit.start):
        return True  # a series a record is measured against; one attack told with its place stays news
    stop = _SINCE_CLAUSE_END.search(sentence, hit.end)
    # any day will do as anchor: whether the clause gives a date, not which ("on 30 September")
    return not find_dates(sentence[opened.start() : stop.start() if stop else len(sentence)], _ANY_ANCHOR)


#: ``After the coup in Niamey, ECOWAS imposed sanctions on 30 July``: an event named to date
#: another by; the sentence's date is the other's.
_REFERENCE_BEFORE = re.compile(
    # "separated from the others during the firefight", "a mile from the site of the ambush"
    r"\b(?:after|following|before|amid|despite|during|in\s+the\s+wake\s+of|in\s+response\s+to"
    r"|(?:site|scene|aftermath)\s+of)\s+"
    r"(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){0,2}$",
    re.I,
)
_REFERENCE_TAIL = re.compile(
    r"(?:\s+d['’]\s?[ée]tat)?(?:\s+(?:in|at|of|against|on)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*)?"
    r"\s*,?\s*(?:on|in|of|at)?\s*",
    re.I,
)


#: A trigger ending so is a verb telling the event, not a noun naming it.
_VERB_ENDINGS = ("ed", "ing", "overthrew", "took", "drew", "left", "fell", "struck", "shot", "began", "ran")


def _reference_opening(sentence: str, hit: _Hit) -> re.Match[str] | None:
    """``after the``, ``in the wake of the`` just before a hit that names an event (not ``after the
    military overthrew the president``, a clause that tells it): the event is named to time another."""
    if hit.text.lower().endswith(_VERB_ENDINGS):
        return None
    return _REFERENCE_BEFORE.search(sentence, max(0, hit.start - 60), hit.start)


def _undated_reference(sentence: str, hit: _Hit) -> tuple[int, int] | None:
    """The span of ``after the coup in Niamey`` when the hit is such a reference, with no date."""
    opened = _reference_opening(sentence, hit)
    if opened is None or find_dates(sentence[opened.start() : hit.start]):
        return None  # "after the August 2020 coup" is dated
    tail = _REFERENCE_TAIL.match(sentence, hit.end)
    after = tail.end() if tail else hit.end
    if any(d.start == 0 for d in find_dates(sentence[after : after + 40])):
        return None
    rest = sentence[hit.end : (stop.start() if (stop := _CLAUSE_STOP_AT.search(sentence, hit.end)) else None)]
    own = [d for d in find_dates(rest) if d.relative is None and not _AUXILIARY.search(rest, 0, d.start)]
    if own and _words_between(sentence[: opened.start()]) > 2:
        # "The move came … four months after the government signed … agreements with Moscow in October
        # 2023": a reference closing the sentence, dated in its own words (not "After the coup in
        # Niamey it imposed sanctions on 30 July", where the day is the main clause's)
        return None
    return opened.start(), after


def _named_to_date_by(sentence: str, hit: _Hit) -> tuple[int, int] | None:
    """The span of ``a year after the 2021 coup`` when the hit is an event the sentence names only to
    date another by: only what that phrase names is where it happened."""
    opened = _reference_opening(sentence, hit)
    if opened is None:
        return None
    stop = _CLAUSE_STOP_AT.search(sentence, hit.end)
    return opened.start(), stop.start() if stop is not None else len(sentence)


_CLAUSE_STOP_AT = re.compile(r"[,.;:!?()—–]")
#: ``… during the firefight was recovered two days later``: the main clause's verb, whose day follows.
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|had|has|have|been|be)\b")


_LAST_CLAUSE_MARK = re.compile(r"(?s).*[.;:,—–(]")
_CLAUSE_END = re.compile(r"[.;:!?]")


_TIME_OF_DAY = re.compile(
    r"\b(?:at\s+)?(?:around\s+|about\s+|approximately\s+)?"
    r"(?:\d{1,2}[:.h]\d{2}\b(?:\s*(?:a\.?m\b\.?|p\.?m\b\.?|GMT|UTC|local\s+time))?|\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b))",
    re.I,
)


#: ``signed the charter, establishing the alliance, on 16 September``: a participle or relative
#: clause set off by commas.
_ASIDE_CLAUSE = re.compile(
    r",\s+(?:[a-z]+ing|which|who)\b[^,;:()—–]{0,80},"
    # "took Léré, a town in the Timbuktu region, on 7 October": where the place lies
    r"|,\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|commune|locality|hamlet)\s+"
    # "Kouakourou, a village on the Niger river in the Djenné cercle, at about 7 pm on Wednesday";
    # "Dioura, a remote town in the west of the Mopti region, on Sunday"
    r"(?:(?:on|along)\s+the\s+(?:[A-Z][\w’'-]+\s+)+[Rr]iver\s+)?)?"
    r"(?:in|near|outside)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|centre|center)(?:-?(?:east|west))?\s+of\s+the\s+)?"
    r"[A-Z][^,;:()—–]{0,50}?\b(?:[Rr]egion|[Cc]ircle|[Cc]ercle|[Dd]istrict|[Pp]rovince)"
    r"(?:\s+of\s+(?:(?:central|northern|southern|eastern|western)\s+)?[A-Z][\w’'-]+)?,"
    # "the detachment at Koutougou, in the northern province of Soum, early on Monday"; ", in the north,"
    r"|,\s+in\s+the\s+(?:(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?"
    r"(?:(?:region|province|district|cercle|department)\s+of\s+(?:[A-Z][\w’'-]+\s?){1,3}"
    r"|(?:far\s+)?(?:north|south|east|west|centre|center)(?:-?(?:east|west))?(?:\s+of\s+the\s+country)?),"
    # "overran the post at Inates, near the Malian border, on 10 December": where that is
    r"|,\s+(?:near|along|on|close\s+to|by)\s+the\s+(?:[\w-]+\s+){0,2}?(?:border|frontier)s?"
    r"(?:\s+with\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?,"
    # "signed a defence pact, the Alliance of Sahel States, in Bamako": the name of what was done
    r"|,\s+the\s+[A-Z][\w’'-]*(?:\s+(?:(?:of|for|de|du|des)\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,6},"
    # "attacked the base, at Kati, 15 kilometres from Bamako, early on Friday": where it stands
    # (one aside may follow another, whose comma it shares)
    r"|(?:,|(?<=,))\s+(?:at|in)\s+(?:(?:central|northern|southern|eastern|western)\s+)?"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},"
    r"|(?:,|(?<=,))\s+(?:about\s+|some\s+|around\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+"
    r"(?:(?:[a-z]+-)?(?:north|south|east|west)\w*\s+of|from|outside)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},"
    # "seized from their home in Sincina, on the outskirts of Koutiala in the Sikasso region, on the evening
    # of 19 May": where the place lies
    r"|,\s+(?:on\s+the\s+(?:outskirts|edge|fringes?)\s+of|just\s+outside|not\s+far\s+from)\s+[A-Z][^,;:()—–]{0,60},"
    # "killed 132 people in the village of Solhan, in Burkina Faso's Yagha province near the border with
    # Niger, overnight from Friday to Saturday": the area the place lies in
    r"|,\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:['’]s\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?\s+"
    r"(?:province|region|cercle|circle|district|department|commune)\b[^,;:()—–]{0,50},"
    # "killed at least eight civilians, six of them children, at a market … last month": who the dead were
    # ("…, nearly all of them Fulani, around …": their people)
    r"|,\s+(?:including\s+(?:at\s+least\s+)?[\w-]+|(?:(?:nearly|almost|virtually)\s+)?(?:[\w-]+|most|many|all|some)"
    r"\s+of\s+(?:them|whom))\s+"
    r"(?:(?:[\w-]+\s+)?(?:children|women|minors|civilians|soldiers|herders|farmers|girls|boys)|(?-i:[A-Z])[\w’'-]+)\s*,"
    # "struck Tchoma Bangou and Zaroumdareye, two villages about 120 km north of Niamey, near midday"
    r"|,\s+(?:an?|the|two|three|both)\s+(?:[\w-]+\s+){0,2}?(?:towns?|villages?|cit(?:y|ies)|communes?|hamlets?)\s+"
    r"(?:(?:about|some|around|roughly|nearly)\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+"
    r"(?:(?:[a-z]+-)?(?:north|south|east|west)\w*\s+of|from|outside)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},"
    # "the killing of 28 people in Nouna, the chief town of Kossi province in the north-west, during the
    # night of 30 to 31 December": what the place is the seat of
    r"|,\s+(?:the|its)\s+(?:chief|main|principal|administrative|regional|provincial|largest)?\s*"
    r"(?:town|city|capital|seat)\s+of\s+(?:the\s+)?[A-Z][^,;:()—–]{0,60},"
)
_NAME = r"[A-Z][\w’'-]*(?:[ -](?:(?:du|de|des|la|le|el|al)[ -])?[A-Z][\w’'-]*)*"
#: ``in Kayes, Nioro du Sahel, Diboli and Niono``: the commas of a list of names part no clauses.
_NAME_LIST = re.compile(rf"\b{_NAME}(?:,\s+{_NAME})+,?\s+and\s+{_NAME}")
#: ``took over from the African-led force, AFISMA, on 1 July 2013``: the name of what was just
#: described (read once the lists of names are set aside).
_APPOSITION = re.compile(
    r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},"
    # "quit the G5 Sahel, the regional counter-terrorism force, in May 2022": what it is
    r"|,\s+(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,4}(?:force|mission|group|alliance|bloc|body|organi[sz]ation"
    r"|coalition|operation|movement|party|agreement|accord|pact|treaty),"
)


_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|while)\s")
#: ``… on 30 December and for an attack``: a phrase like the one before, with a day of its own to come.
_PARALLEL_AND = re.compile(
    r"\s*,?\s*\band\s+(?:also\s+)?(?:for|of|in|with|against|over|about|to)\s+(?:an?|the)\s+", re.I
)
#: (and that phrase's head noun, up to the trigger: ``… and for an attack``)
_PARALLEL_BEFORE = re.compile(_PARALLEL_AND.pattern + r"(?:[\w-]+\s+){0,2}$", re.I)
_COORDINATOR_AFTER = re.compile(r"\s*(?:and|but|then|while)\b")


def _aside_gone(aside: re.Match[str]) -> str:
    """``signed the charter, creating the Alliance, and on 28 January …``: the aside's closing
    comma also opened the next clause, and stays."""
    return "," if _COORDINATOR_AFTER.match(aside.string, aside.end()) else " "


def _without_asides(text: str) -> str:
    """What separates a trigger from its date, less what stands aside: brackets, the hour
    (``at around 05:00``), a clause set off by commas and a list of names, which neither
    lengthen the phrase nor end the clause."""
    text = _ASIDE_CLAUSE.sub(_aside_gone, _TIME_OF_DAY.sub(" ", _PARENS.sub(" ", text)))
    return _APPOSITION.sub(" ", _NAME_LIST.sub("Names", text)) if "," in text else text


def _words_between(stripped: str) -> int:
    """Words in text without asides; a name (``in Boni in the Mopti region``) lengthens the
    phrase without moving the date to another clause, so capitalised words are free, and so is
    a name spelt out in lower-case words too (``the Mouvement pour le salut de l'Azawad``)."""
    words = _lower_case_words(stripped)
    if words > 4 and (names := actors_mod.load().spelt_out_names) is not None and names.search(stripped):
        words = _lower_case_words(names.sub("Name", stripped))
    return words


def _lower_case_words(text: str) -> int:
    return sum(1 for w in re.findall(r"[\w’']+", text) if not w[0].isupper())


#: ``held a burial … on Wednesday for ten soldiers killed in an attack``: what was done for the dead of
#: the act, on a day of its own.
_FOR_THE_DEAD_OF = re.compile(
    r"\bfor\s+(?:[\w’'-]+\s+){0,5}?(?:killed|slain|who\s+(?:were\s+killed|died))\s+(?:in|during)\b"
)


#: ``a symbolic burial … for``: a rite for some of the dead, who may be fewer than the toll.
_A_RITE_FOR = re.compile(
    r"\b(?:burial|buried|funerals?|mourning|tribute|ceremony|memorial)\b[^.;]{0,60}?\bfor\s+$", re.I
)


def _without_the_dead_of_a_rite(sentence: str, figures: list[Figure]) -> list[Figure]:
    """``a symbolic burial … for ten soldiers killed in an attack …, where … at least 90 soldiers and
    about 50 civilians died``: the dead a rite was held for are some of those the toll counts, not a
    rival count of them (the only count told, they are the toll)."""
    rites = [f for f in figures if _A_RITE_FOR.search(sentence, max(0, f.start - 90), f.start)]
    if not rites or not any(f.kind in DEATH_KINDS and f not in rites for f in figures):
        return figures
    return [f for f in figures if f not in rites]


def _date_distance(sentence: str, hit: _Hit, date: DateMention, relaxed: bool = False) -> float | None:
    """How well a date fits a trigger (lower is better), or None when it belongs to another clause.

    Strictly, the date sits within a few words of the trigger with no comma before
    it; relaxed (for a trigger no date fits strictly), anywhere in the same clause.
    More precise dates are preferred over vaguer ones close by, and report dates
    (``a May 16 statement``) over event dates never.
    """
    if date.start <= hit.start and date.end >= hit.end:
        return None  # "days before the putsch" is relative to the putsch, not its date
    if (
        date.end <= hit.start
        and hit.trigger.sub_event_type == "release"
        and _PASSIVE_ATTACK.match(hit.text)
        and not sentence[date.end : hit.start].strip()
    ):
        return None  # "abducted on 22 May were released on 27 May": the day the subject was taken
    if date.start >= hit.end and _DAYS_AFTER.match(sentence, date.start):
        return None  # "dissolved all state institutions, a day after soldiers stormed": not the act before
    if (
        hit.trigger.sub_event_type == "statement"
        and date.start >= hit.end
        and _REPORTED_THAT.search(sentence, hit.end, date.start)
    ):
        return None  # "In a statement it said that on 3 January its forces had struck": what was said
    if (
        date.end <= hit.start
        and hit.trigger.sub_event_type == "release"
        and _WHO_WERE_TAKEN.search(sentence, max(0, date.start - 80), date.start)
    ):
        return None  # "who were kidnapped in May 2022 have been released": when they were taken
    if date.end <= hit.start:
        between, limit = sentence[date.end : hit.start], (25 if relaxed else 5)
        if _heads_clause(sentence, date):
            limit = max(limit, 12)  # "On 9 January 2020, the army camp at Chinagodrar was overrun"
        if relaxed and _opens_sentence(sentence, date):
            limit = 40  # a long sentence's opening date dates its last clause too
    elif date.start >= hit.end:
        between, limit = sentence[hit.end : date.start], (25 if relaxed else 9)
        if (daytime := _DAYTIME_TAIL.search(between)) is not None:
            between = between[: daytime.start()]
        if _NOMINAL_ACT.match(hit.text) and "," not in between and not _FINITE_VERB.search(between):
            # "the killing of two jihadist leaders by a special army unit in the same region on Saturday"
            limit = max(limit, 16)
    else:
        return 0.0
    between = without_positions(between)  # "hit a gathering at 19.9480, 2.9307 on Tuesday": one place
    if date.start >= hit.end and _COLON_LIST_HEAD.fullmatch(sentence, hit.end, date.start):
        return 1.0 + 2.5 * (max(date.precision, 1) - 1)  # "fell one after another: Kidal on the 30th, …"
    if (
        date.start >= hit.end
        and hit.text.endswith("s")
        and _WHERE_THEN_WHEN.fullmatch(sentence, hit.end, date.start)
    ):
        return 1.0 + 2.5 * (max(date.precision, 1) - 1)  # "in two attacks, in the Tahoua region on 24 May"
    if (
        date.end <= hit.start
        and (rite := _FOR_THE_DEAD_OF.search(sentence, date.end, hit.end + 12)) is not None
        and rite.start() <= hit.start
    ):
        return None  # "a burial on Wednesday for ten soldiers killed in an attack": the rite's day
    if date.end <= hit.start and _after_its_noun(sentence, date):
        return None  # "the assault on the Kati base (22 July 2022) and the massacre …": the assault's
    if date.end <= hit.start and _heads_entry(sentence, date):
        return 3.0 + 2.5 * (max(date.precision, 1) - 1)
    if date.end <= hit.start and _THE_DAY_WHEN.match(sentence, date.end, hit.start):
        return 1.0 + 2.5 * (max(date.precision, 1) - 1)  # "on 14 December 2021, the day France handed …"
    if date.end <= hit.start and (when := _WHEN_AFTER.match(sentence, date.end)) is not None:
        # "one of their worst defeats in July 2024, when rebels ambushed their convoy"
        clause = _without_asides(sentence[when.end() : hit.start])
        if not _CLAUSE_BREAK.search(clause) and (words := _words_between(clause)) <= 12:
            return 1.0 + words / 4 + 2.5 * (max(date.precision, 1) - 1)
    if date.end <= hit.start and (interrupted := _interrupted_when(sentence, date, hit)) is not None:
        return interrupted + 2.5 * (max(date.precision, 1) - 1)
    if (
        date.end <= hit.start
        and hit.trigger.event_type == "base_handover"
        and (came := _HANDED_OVER_BEFORE.search(between)) is not None
        and not _CLAUSE_BREAK.search(between, 0, came.start("after"))
    ):
        # "On 11 August, the army arrived in Ber after MINUSMA left its camp": the camp left for the
        # army that came the day the clause tells, told no day of its own
        return 2.0 + 2.5 * (max(date.precision, 1) - 1)
    stripped = _without_asides(between)
    if _CLAUSE_BREAK.search(stripped):
        return None
    if date.start >= hit.end and "," in stripped and _NEXT_CLAUSE.search(stripped):
        return None  # "signed the charter in Bamako, and on 28 January 2024 they announced …"
    if date.end <= hit.start and _PARALLEL_AND.fullmatch(stripped):
        return None  # "blamed for the killing … in Nouna on 30 December and for an attack … on 13 February"
    if (
        date.end <= hit.start
        and date.precision == 1
        and _TIME_PHRASE_OBJECT.search(stripped)
        and not (relaxed and _in_a_participle(sentence, hit))
        and not (relaxed and _DIED_ON.search(sentence, max(0, date.start - 40), date.start))
    ):
        return None  # "on 14 November, after capturing Anefis": not that day; "in June after …" may be
    if (
        hit.trigger.sub_event_type == "peace agreement ended"
        and date.end <= hit.start
        and _ATTRIBUTIVE.search(sentence, max(0, date.start - 7), date.start)
        and _NAME_WORDS.fullmatch(between)
    ):
        return None  # "the end of the 2015 Algiers peace agreement": when it was signed
    if _attributive(sentence, date) and not (date.end <= hit.start and _words_between(stripped) <= 3):
        return None  # "handing over its camps, the 2015 peace agreement stopped holding": the accord's year
    words = _words_between(stripped)
    if date.end <= hit.start and _attributive(sentence, date) and _NAME_WORDS_LOWER.fullmatch(between):
        # "the 11 April presidential election": the day that names the act, before any told after it
        return 2.5 * (max(date.precision, 1) - 1)
    if words > limit:
        return None
    if "," in stripped and (date.end <= hit.start or words > 3):
        opening = _opens_sentence(sentence, date) or (
            _set_off(sentence, date)
            and bool(
                _CLAUSE_OPENING.search(sentence[: date.start])
                or _WHEN_OPENING.fullmatch(sentence, 0, date.start)
            )
        )
        if date.end > hit.start and (not relaxed or words > 8) and not _closing_time(sentence, hit, date):
            return None
        # "arrived on the night of 11 June and went from house to house, shooting men": the
        # participle goes on with the subject and the day of the clause it hangs from
        # ("mourning on Wednesday after militants stormed the town, killing 35": the participle hangs
        # from the clause of "after", which the date does not reach)
        participle = (
            relaxed
            and (
                (hit.text.split()[0].lower().endswith("ing") and sentence.endswith(", ", 0, hit.start))
                or _in_a_participle(sentence, hit)
            )
            and not (date.end <= hit.start and _TIME_PHRASE_OBJECT.search(stripped.split(",")[0]))
        )
        if date.end <= hit.start and not opening and not participle:
            return None
    held = _kept_since(hit, date)
    if (
        date.text.lower().startswith("since")
        and not held
        and (relaxed or not _SINCE_DAYS_AGO.match(date.text, len("since")) or _words_between(stripped) > 2)
    ):
        # "deployed since 2013": when a state began, not when this happened; "since Sunday" dates only
        # the act beside it ("killed since Sunday in clashes"), not one a clause on ("a video shared since
        # Sunday claims to show soldiers executing villagers")
        return None
    if _SINCE.search(sentence[: date.start]) and not held:
        return None
    since = _IN_A_SINCE_CLAUSE.search(sentence, max(0, date.start - 80), date.start)
    if since is not None and since.start() >= hit.end:
        return None  # "killed 132 …, the worst attack since jihadist violence spread … six years ago"
    if date.start >= hit.end and _DONE_BY.search(sentence, hit.end, date.start):
        return None  # "to leave under the withdrawal ordered by the Security Council at the end of June"
    if _PLANNED_FOR.search(sentence, max(0, date.start - 30), date.start):
        return None  # "the election planned for February 2024": when it was to be, not what happened
    if _GIVEN_UNTIL.search(sentence, max(0, date.start - 40), date.start):
        return None  # "gave the mission until 31 December to withdraw": a deadline, not the day of the act
    penalty = 20.0 if hit.trigger.sub_event_type != "statement" and _reported_on(sentence, hit, date) else 0.0
    if _DEADLINE_BEFORE.search(sentence[max(0, date.start - 10) : date.start]):
        penalty += 20.0
    return words + penalty + (0.5 if date.end <= hit.start else 0.0) + 2.5 * (max(date.precision, 1) - 1)


#: ``the army arrived in Ber after``: a force come to take over what was left.
_HANDED_OVER_BEFORE = re.compile(
    r"\b(?:arrived|moved|took\s+over|took\s+control|entered|deployed|settled)\b[^.;]{0,40}\b(?P<after>after)\s+$",
    re.I,
)
#: ``the killing of two jihadist leaders``: an act named by its noun, with all its phrases after it.
_NOMINAL_ACT = re.compile(r"(?:killings?|deaths?|murders?|massacres?|executions?)\s+of\b", re.I)


#: ``…, firing into the air before shooting dead six people``: a participle's phrase, up to the toll
#: it ends on.
_PARTICIPLE_PHRASE = re.compile(
    r"[a-z]+ing\s+(?:[\w’'-]+\s+){0,6}?(?:before|after|and|then)\s+[a-z]+ing\s+(?:dead\s+)?"
)


def _in_a_participle(sentence: str, hit: _Hit) -> bool:
    """The toll a participle's phrase goes on to (``…, firing into the air before shooting dead six
    people``) hangs, like the participle, from the clause before the comma."""
    comma = sentence.rfind(", ", 0, hit.start)
    return comma >= 0 and _PARTICIPLE_PHRASE.fullmatch(sentence, comma + 2, hit.start) is not None


#: A verb of a clause of its own between an act and a time told after it.
_FINITE_VERB = re.compile(
    r"\b(?:\w+ed|said|says|was|were|is|are|has|have|had|will|would|took|fell|left|began|came|went|told)\b",
    re.I,
)


#: ``…, last week.``, ``…, also in Tillabéri, on 25 June.``: the comma and preposition before a closing time.
_CLOSING_TIME_OPENS = re.compile(r",\s+(?:on\s+|in\s+)?$")


def _closing_time(sentence: str, hit: _Hit, date: DateMention) -> bool:
    """``… the deaths of 12 men who died in the custody of gendarmes in Tanwalbougou, near the eastern
    town of Fada N'Gourma, last week.``: a time that closes the sentence, after where the act was and
    no clause of its own, is the act's."""
    return (
        date.start >= hit.end
        and _CLOSING_TIME_OPENS.search(sentence, max(hit.end, date.start - 6), date.start) is not None
        and not sentence[date.end :].strip(" .")
        and not _FINITE_VERB.search(sentence, hit.end, date.start)
    )


#: ``…, the defence minister announced``: who told of the act, closing the sentence after it.
_TOLD_BY_CLOSING = re.compile(
    r",\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w’'-]+\s+){0,4}?(?:said|says|announced|announces|confirmed|confirms"
    r"|reported|reports|stated|states)\s+(?:late\s+|early\s+)?$",
    re.I,
)


def _a_death_reported(
    sentence: str, hits: list[_Hit], figures: list[Figure], dates: list[DateMention]
) -> tuple[_Hit, DateMention] | None:
    """``Abu Hamza, the commander of Katiba Macina, has been killed by French forces, the defence
    minister announced on Thursday.``: one death, the news itself (no toll held for an act told
    later), done by the day of the report that closes the sentence."""
    if not figures or any(f.kind in DEATH_KINDS and f.best != 1 for f in figures):
        return None
    for hit in hits:
        for date in dates:
            if (
                date.first is not None
                and date.last is not None
                and date.start >= hit.end
                and not sentence[date.end :].strip(" .")
                and _TOLD_BY_CLOSING.search(sentence, hit.end, date.start) is not None
                and _is_report_date(sentence, date)
            ):
                day = shift(date, date.first - dt.timedelta(days=REPORT_LAG_DAYS), date.last, 2)
                return hit, replace(day, text=f"by {date.text}")
    return None


#: ``fell one after another: Kidal on the 30th``: the first item of a list after a colon.
_COLON_LIST_HEAD = re.compile(
    r"[^:.;]{0,40}:\s*(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+(?:(?:on|in)\s+)?"
)
#: ``two attacks, in the Tahoua region on 24 May``: the first item of a list of where and when.
_WHERE_THEN_WHEN = re.compile(
    r",\s+(?:in|at|near)\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,3}(?:(?:region|area|province|district|department)\s+)?"
    r"(?:on|in)\s+"
)
_COMMA_AFTER = re.compile(r"\)?,")
#: A date in brackets of its own, after a word: it dates what that word ends.
_BRACKETED_AFTER_WORD = re.compile(r"[\w’']\s*\(\s*$")
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _after_its_noun(sentence: str, date: DateMention) -> bool:
    """A date set in brackets after a noun names that thing's day, not the day of an event told
    after it; a weekday before the bracket (``on Tuesday (12 March)``) only says which day."""
    return bool(
        _BRACKET_CLOSES.match(sentence, date.end)
        and _BRACKETED_AFTER_WORD.search(sentence, max(0, date.start - 4), date.start)
        and not _WEEKDAY_WORD.search(sentence, max(0, date.start - 14), date.start)
    )


#: ``on Tuesday (12 March)``: a bracketed date that says which day was meant.
_WEEKDAY_WORD = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\(\s*$", re.I)
#: Words that tell one event's time by another's (``after the collapse of the accord``).
_TIME_WORDS = "after|before|since|until"
#: ``…, when Ansar Dine controlled the city``: the setting of what the sentence told, its own clause.
#: (``…, when the city was under the control of Ansar Eddine``)
_WHEN_ASIDE = re.compile(
    r"(?:,\s+|\s+)(?:when|while|whilst)\s+(?:[\w’'-]+\s+){0,4}"
    r"(?:under\s+the\s+(?:control|rule|sway)\s+of\s+[^,;.]{0,60})?$"
)
#: not a span of time (``a unit heading back after months on the front line was ambushed``): the
#: act is still the main clause's, on its day
_TIME_PHRASE_OBJECT = re.compile(
    rf"\b(?:{_TIME_WORDS}|following)\s+(?!(?:[\w-]+\s+)?(?:hours|days|weeks|months|years)\b)[^,]*$", re.I
)
#: ``died on Tuesday after two men shot him``: the day of a death from the wounds told after it
_DIED_ON = re.compile(
    r"\b(?:died|succumbed)(?:\s+(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries))?\s+$"
)
#: ``the 2015 peace agreement``, a headline's ``over 2012 arms deal``: a year before the noun it dates.
_ATTRIBUTIVE = re.compile(r"\b(?:the|its|their|his|her|over|about|amid)\s+$", re.I)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|to|until|through|when|as|after|before|in|on|at|of|by|for|with|from|that|which)\b)[A-Za-z]"
)
_NAME_WORDS = re.compile(r"(?:\s+[A-Z][\w’'-]*)*\s+")
_NAME_WORDS_LOWER = re.compile(r"(?:\s+[a-z][\w’'-]*){0,2}\s+")


#: ``since jihadist violence spread from Mali a decade ago``: a date in a clause of ``since``.
_SINCE_WHEN = re.compile(r"\bsince\s+(?:[\w’'-]+\s+){0,8}$", re.I)


#: ``, a French aid worker kidnapped in Gao in``, ``who had been abducted … on``: a date in a
#: clause that describes someone by what befell them before.
_DESCRIBED_BEFORE = re.compile(
    r"(?:\b(?:who|which)\s+had\s+(?:been\s+)?\w+|,\s+an?\s+(?:[\w’'-]+\s+){0,4}?\w+ed\s)[^,;:]*$"
)


def _background(sentence: str, date: DateMention) -> bool:
    """A date that tells no time of the story: one that names a thing (``the 2015 Algiers
    agreement``), or a time counted back from the writing that says since when a state of things
    has held (``since jihadist violence spread from Mali a decade ago``)."""
    if _DESCRIBED_BEFORE.search(sentence, max(0, date.start - 100), date.start):
        return True  # "freed Pétronin, a French aid worker kidnapped in Gao in December 2016"
    if date.precision >= 3 and sentence.endswith(("since ", "Since "), 0, date.start):
        return True  # "Kidal, held since 2012 by the former rebels": when a state of things began
    since = _SINCE_WHEN.search(sentence, max(0, date.start - 80), date.start)
    if since is not None and _SUPERLATIVE_BEFORE.search(sentence, max(0, since.start() - 100), since.start()):
        return True  # "the boldest assault the city has seen since French troops retook it in 2013"
    return _attributive(sentence, date) or (date.kind in _WRITER_RELATIVE and since is not None)


def _attributive(sentence: str, date: DateMention) -> bool:
    """``the 2015 peace agreement``: a date that names a thing, and dates only what it names."""
    return bool(
        _ATTRIBUTIVE.search(sentence, max(0, date.start - 7), date.start)
        and _NOUN_AFTER.match(sentence, date.end)
    )


_THE_DAY_WHEN = re.compile(
    r",\s+(?:the|that)\s+(?:very\s+|same\s+)?(?:day|night|morning|evening|week)\s+(?:that\s+|when\s+|on\s+which\s+)?"
    r"(?:[\w’'-]+\s+){0,4}$",
    re.I,
)
#: ``in July 2024, when rebels ambushed``, ``on 6 October, market day, when armed men seized``
_WHEN_AFTER = re.compile(
    r"(?:,\s+(?:an?\s+|the\s+)?(?-i:[a-z])[\w’'-]*(?:\s+(?-i:[a-z])[\w’'-]*){0,3})?,?\s+when\s+", re.I
)
#: ``The convoy was travelling on Wednesday``: something under way on the day, until what broke in on it.
_WAS_UNDER_WAY = re.compile(r"\b(?:was|were)\s+(?:still\s+)?(?-i:[a-z])\w+ing\s+(?:[\w’'-]+\s+){0,3}?$", re.I)
_WHEN_IT_BROKE_IN = re.compile(r"[,\s]when\s+", re.I)


def _interrupted_when(sentence: str, date: DateMention, hit: _Hit) -> float | None:
    """``The convoy was travelling on Wednesday morning on the road to the mine, about 40 km from the
    site, when the lead vehicle struck an explosive device``: the day of the journey is the act's."""
    if not _WAS_UNDER_WAY.search(sentence, max(0, date.start - 40), date.start):
        return None
    when = _WHEN_IT_BROKE_IN.search(sentence, date.end, hit.start)
    if when is None:
        return None
    journey, clause = (
        _without_asides(sentence[date.end : when.start()]),
        _without_asides(sentence[when.end() : hit.start]),
    )
    if _CLAUSE_BREAK.search(journey) or _CLAUSE_BREAK.search(clause):
        return None
    if _words_between(journey) > 16 or (words := _words_between(clause)) > 12:
        return None
    return 1.0 + words / 4


_SENTENCE_OPENING = re.compile(
    rf"\W{{0,3}}{_LEAD_IN}{_DAYTIME}(?:(?:on|in|at|by|early|late|between|from)\s+)?(?:the\s+)?", re.I
)


def _opens_sentence(sentence: str, date: DateMention) -> bool:
    """``BAMAKO, 11 January 2023 — A decade ago today, French jets …``: the story opens past its dateline."""
    dateline = DATELINE.match(sentence, 0, date.start)
    opening = dateline.end() if dateline is not None and len(dateline.group(0)) < 60 else 0
    if not opening and (head := _ENTRY_HEAD.match(sentence, 0, date.start)) is not None:
        opening = head.end()  # "February 2023 – On 20 February, jihadists ambushed": the entry's own day
    return bool(_SENTENCE_OPENING.fullmatch(sentence, opening, date.start))


#: ``February 2023 – ``, ``22 March 2012: ``: a timeline entry's heading, before what it tells.
_ENTRY_HEAD = re.compile(rf"[\W_]*{ONE_DATE}[*_)]*\s*(?::|[—–]|-\s)\s*")


#: ``… killed when jihadists ambushed``: a clause of "when" opened just before the act.
_WHEN_CLAUSE_OPENS = re.compile(r"\bwhen\s+(?:[\w’'-]+\s+){1,3}$")
#: What may stand before the sentence's subject: ``A``, ``Two``, ``Gunmen's``.
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:an?|the|one|two|three|four|several|[Aa]nother)\s+)?", re.I)


def _subject_of_sentence(sentence: str, hit: _Hit) -> bool:
    """``A suicide bomber drove a vehicle … into a camp in Gao on Wednesday morning``: the act that
    opens the sentence as its subject is what the sentence's clause goes on to date."""
    dateline = DATELINE.match(sentence, 0, hit.start)
    opening = dateline.end() if dateline is not None and len(dateline.group(0)) < 60 else 0
    return bool(_SUBJECT_OPENING.fullmatch(sentence, opening, hit.start))


def _heads_clause(sentence: str, date: DateMention) -> bool:
    """A date that opens the sentence (``Three days later the militants …``) or a clause and is
    set off by its comma (``and on 9 January 2020, …``) dates the clause it opens."""
    if _opens_sentence(sentence, date):
        return True
    return _set_off(sentence, date) and bool(
        _CLAUSE_OPENING.fullmatch(sentence, 0, date.start)
        or _REPORTED_OPENING.search(sentence, 0, date.start)
    )


#: ``The General Staff informs the public that on Sunday 1 June 2025, …``: the date opens what is reported.
_REPORTED_OPENING = re.compile(
    r"\b(?:said|says|announced|announces|informs?|informed|stated|states|reported|reports|confirmed|confirms)"
    r"\s+(?:[\w’'-]+\s+){0,6}?that\s+(?:(?:on|in|from|between|early|late)\s+)?(?:the\s+)?$",
    re.I,
)


def _set_off(sentence: str, date: DateMention) -> bool:
    """A date followed by its comma (``On 9 January 2020, …``): it heads the clause that follows."""
    return bool(_COMMA_AFTER.match(sentence, date.end))


#: A bullet or a thread's number (``3/ Tuesday: drone strike …``) before an entry's date.
_ENTRY_BULLET = re.compile(
    r"[\W_]*(?:\d{1,3}\s*/\s*|\(\d{1,3}\)\s*)?"
    # "Monday (6 May): jihadists ambushed …": the weekday before the day it is
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\(?)?"
    # "🔴 Also today: a FAMa patrol was targeted": a post's later item
    r"(?:(?:Also|And|Meanwhile|Earlier|Later)\s+)?"
    # "a. 14 MAR, 1900L: armed men attacked …": a situation report's lettered item
    r"(?:[a-z][.)]\s+|\([a-z]\)\s*)?"
)
#: ``01/04/2024, Ségou region: an IED struck …``: a log's heading may name the place after the date.
_ENTRY_LABEL = r"[A-ZÀ-Ý][^\s,:;.]*(?:\s+[^\s,:;.]+){0,3}"
#: ``14 MAR, 1900L:``, ``3 May, 19:00 GMT –``: the hour of an entry, between its day and what it tells.
_ENTRY_HOUR = r"(?:,?\s+\d{1,2}[:.h]?\d{2}\s*(?:[A-Z]{1,3}\b|hrs\b)?)?"
_ENTRY_DATE_END = re.compile(rf"[*_)]*{_ENTRY_HOUR}\s*(?::|[—–]|-\s|\.\s|,\s*{_ENTRY_LABEL}:)")
_LABEL_AFTER_DATE = re.compile(rf"[*_)]*\s*,\s*(?P<label>{_ENTRY_LABEL}):")


def _entry_label(ctx: _Doc, index: int) -> tuple[int, int] | None:
    """Where a log entry's heading names its area (``05/04/2024, Ménaka region: gunmen attacked …``)."""
    sentence = ctx.document.sentences[index].text
    if ":" not in sentence:
        return None
    if (dates := _own_dates(ctx, index)) and _ENTRY_BULLET.fullmatch(sentence, 0, dates[0].start):
        found = _LABEL_AFTER_DATE.match(sentence, dates[0].end)
        return found.span("label") if found else None
    # "- **Ségou**: The army said it killed 30 terrorists near Macina": a bulleted item's area, undated
    found = _LABEL_OPENS.match(sentence)
    return found.span("label") if found else None


#: ``- **Ségou**: …``: a bulleted item opened by the area it is filed under.
_LABEL_OPENS = re.compile(rf"[-•*–]\s+[*_]*(?P<label>{_ENTRY_LABEL})[*_]*:\s")


def _heads_entry(sentence: str, date: DateMention) -> bool:
    """``- 22 March 2012: soldiers overthrow …``: a timeline entry's heading date dates all of it."""
    return bool(
        _ENTRY_BULLET.fullmatch(sentence, 0, date.start) and _ENTRY_DATE_END.match(sentence, date.end)
    )


@lru_cache(maxsize=4096)
def _is_report_date(sentence: str, date: DateMention) -> bool:
    """``a May 16 statement``, ``said on Tuesday``: when something was said, not when it happened."""
    before = sentence[max(0, date.start - 45) : date.start]
    if date.text.lower().startswith(("on ", "late on ", "early on ", "earlier on ")):
        before += "on "  # "said in a statement late on Monday"
    return bool(_REPORT_AFTER.match(sentence[date.end : date.end + 20]) or _REPORT_BEFORE.search(before))


#: ``officials said Monday``, ``Human Rights Watch said today``: the day it was said, with no "on"
#: (not ``said Saturday's attack``, the attack's day).
_SAID_BARE = re.compile(
    r"\b(?:said|says|announced|reported|stated|declared|confirmed|told\s+(?:[\w.]+\s+){1,2}?)\s*$", re.I
)


def _said_bare(sentence: str, date: DateMention) -> bool:
    """The day a sentence that also dates the act says it was said on (``killed 20 people on Saturday,
    officials said Monday``); alone in its sentence (``the army said Tuesday that it had taken Kidal``)
    it is the news's day, and the act's."""
    return bool(
        _SAID_BARE.search(sentence, max(0, date.start - 45), date.start)
        and not sentence.startswith(("'s", "’s"), date.end)
    )


def _reported_on(sentence: str, hit: _Hit, date: DateMention) -> bool:
    """A report's day, unless the act is the release it names: ``were released on Friday`` is the
    hostages' day, as ``a report released on Friday`` is the report's."""
    if (
        hit.trigger.sub_event_type == "release"
        and date.start >= hit.end
        and sentence[hit.end : date.start].strip().lower() in {"", "on", "in"}
    ):
        return False  # "They were released on 27 May"
    return _is_report_date(sentence, date)


REPORT_LAG_DAYS = 7
#: ``announced on 6 June that it was leaving Mali``: what is under way when said is news of that day.
_UNDER_WAY = re.compile(r"\bthat\s+(?:[\w’'-]+\s+){0,4}?(?:was|were|is|are)\s+(?:now\s+)?\w+ing\b", re.I)


def _in_quote(text: str, line_start: int, pos: int) -> int | None:
    """Offset of the opening quotation mark ``pos`` sits inside, in its paragraph, or None."""
    depth_open: list[int] = []
    straight_open: int | None = None
    for m in _QUOTE_CHARS.finditer(text, line_start, pos):
        ch, i = m.group(0), m.start()
        if ch in _OPEN_QUOTES:
            depth_open.append(i)
        elif ch in _CLOSE_QUOTES and depth_open:
            depth_open.pop()
        elif ch == '"':
            straight_open = None if straight_open is not None else i
    if depth_open:
        return depth_open[-1]
    return straight_open


#: ``The massacre came on the day the results were announced.``: a sentence about the event just told.
_BACK_TO_THE_EVENT = re.compile(
    r"\W*(?:The|This|That)\s+(?P<ref>massacre|attack|killings|ambush|raid|assault|coup|bombing)s?\b"
    r"(?!\s+(?:of|on|in|at|against)\b)"
)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _resolve_relative(ctx: _Doc, date: DateMention, index: int | None = None) -> DateMention | None:
    """``Days after the handover``: counted from the last event the reference word points at.

    An event whose trigger shares the word (``the arrests`` → ``were arrested``)
    is preferred to one of the word's usual type; a bare ``five years later``
    counts from the last date the text gave, unless the sentence before, dating nothing, was
    about the event told (``The massacre came on the day …  The same day, …``).
    """
    n, unit, direction, ref = date.relative  # type: ignore[misc]
    if ref.startswith("@"):
        # "Another attack the same Sunday": the last day told that was a Sunday
        weekday = _WEEKDAYS.index(ref[1:])
        same_day = next(
            (
                d
                for _, d in reversed(ctx.dated)
                if d.precision == 1 and d.first is not None and d.first.weekday() == weekday
            ),
            None,
        )
        return None if same_day is None else shift(date, same_day.first, same_day.first, 1)  # type: ignore[arg-type]
    if not ref and index is not None and (back := _back_to_the_event(ctx, index)):
        ref = back
    stem = ref.rstrip("s’'")[:6]
    base: tuple[dt.date, dt.date, int] | None = None
    if stem:
        by_word = [f for f in ctx.found if stem in f.trigger.lower()]
        word = ref.rstrip("s’'")
        by_type = [
            f
            for f in ctx.found
            if f.event_type in _REF_TYPES.get(word, set())
            and (word not in _REF_SUB_TYPES or f.sub_event_type in _REF_SUB_TYPES[word])
        ]
        if told := by_word or by_type:
            base = (told[-1].first, told[-1].last, told[-1].precision)
    elif (latest := _latest_date(ctx)) is not None:
        base = (latest.first, latest.last, latest.precision)  # type: ignore[assignment]
    if base is None:
        return None
    if unit == "day" and n == 1 and base[2] > 1:
        # "… seized on the night of 23 to 24 November. AQIM claimed it in December. The next day, …": the
        # day told just before; "since December … the next day": a day after no day told
        day = _day_told_lately(ctx, index) if not stem else None
        if day is None or day.first is None or day.last is None:
            return None
        base = (day.first, day.last, 1)
    first, last, precision = offset_window(base[0], base[1], base[2], n, unit, direction)
    return shift(date, first, last, precision)


def _day_told_lately(ctx: _Doc, index: int | None) -> DateMention | None:
    """The last day (not a month or a year) told in the paragraph of ``index`` or the two before."""
    if index is None:
        return None
    for j, date in reversed(ctx.dated):
        if j >= index:
            continue
        if _paragraphs_spanned(ctx, j, index, 3) > 3:
            return None
        if date.precision == 1:
            return date
    return None


def _back_to_the_event(ctx: _Doc, index: int) -> str:
    """The event word (``massacre``) a dateless sentence just before ``index`` opens on, or ``""``."""
    if index == 0:
        return ""
    before = ctx.document.sentences[index - 1].text
    said = _BACK_TO_THE_EVENT.match(before)
    if said is None or any(d.relative is None for d in _own_dates(ctx, index - 1)):
        return ""
    return said["ref"]


_REF_TYPES = {
    "handover": {"base_handover"},
    "transfer": {"base_handover"},
    "withdrawal": {"base_handover"},
    "arrest": {"coup", "coup_attempt", "other"},
    "coup": {"coup"},
    "putsch": {"coup"},
    "massacre": {"atrocity"},
    "killing": {"atrocity"},
    "attack": {"other", "atrocity"},
    "assault": {"other", "atrocity"},
    "raid": {"other", "atrocity"},
    "bombing": {"other", "atrocity"},
    "strike": {"other", "atrocity"},
    "ambush": {"other"},
    "election": {"other"},
    "announcement": {"other"},
}
#: ``two weeks after the election``: a vote, not any other act of that type.
_REF_SUB_TYPES = {"election": {"election"}}


#: ``…, launched after jihadist fighters captured Konna``: a clause telling the time by another event.
_TIME_CLAUSE = rf",\s+(?:[\w-]+\s+){{0,3}}(?:{_TIME_WORDS}|when)\s"  # ", and four months after"
#: Where one clause of a sentence ends and another with its own subject or time begins.
_COORDINATOR = r",\s+(?:and|but|while|whereas)\s+"
_COORDINATE_SPLIT = (
    rf";|\s[—–]\s|{_COORDINATOR}(?:in|on|since|then|later|the|a|an|its|their|that|\d+"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|some|many)\b"
)
_CLAUSE_SPLIT = re.compile(rf"{_COORDINATE_SPLIT}|{_TIME_CLAUSE}")
#: A clause with a subject of its own (a clause of time goes on about the same event).
_OWN_CLAUSE = re.compile(_COORDINATE_SPLIT)
#: ``…, and MINUSMA left``: a coordinating word right before a named subject opens its clause.
_SUBJECT_JOINED = re.compile(rf"{_COORDINATOR}(?:the\s+)?$")
#: A time clause that opens on that event (``when`` often tells the same one, as it goes on).
#: not ``, went after the herders' hamlets``: a pursuit, not a time
_TIME_CLAUSE_OPENED = re.compile(
    rf",\s+(?!(?:[\w-]+\s+)?(?:went|go|goes|going|gone)\s+after\b)(?:[\w-]+\s+){{0,2}}(?:{_TIME_WORDS})\s"
)
#: A time clause with a verb of its own: an event of its own, with its own place.
_TIME_CLAUSE_EVENT = re.compile(
    _TIME_CLAUSE + r"(?:[\w’'-]+\s+){1,4}?(?:\w+ed|took|fell|seized|overran|began|left|came|went)\b"
)


def _other_clause(text: str, a: int, b: int) -> bool:
    return bool(_CLAUSE_SPLIT.search(text, min(a, b), max(a, b)))


def _struck(text: str, sentence_start: int, hit: _Hit, m: Mention) -> bool:
    """``an operation against the Kati barracks``, ``the MNLA attacked Ménaka``: the place an
    attack's preposition or verb governs."""
    return (
        (
            hit.trigger.sub_event_type == "attack"
            and (
                hit.text.lower().endswith(("against", " on", "targeting"))
                or bool(_ATTACK_VERB.search(hit.text))
            )
        )
        # "The fall of Kidal in November 2023 was celebrated in Bamako": the town that fell
        or (hit.trigger.sub_event_type == "capture of a town" and hit.text.lower().endswith(" of"))
    ) and bool(_THE_GAP.fullmatch(text, sentence_start + hit.end, m.start))


_ATTACK_VERB = re.compile(
    r"\b(?:attacked|attacking|raided|raiding|stormed|storming|struck|striking|ambushed|ambushing|overr[au]n"
    r"|overrunning|shelled|shelling|bombed|targeted|targeting)$",
    re.I,
)


_THE_GAP = re.compile(r"\s+(?:the\s+)?")


def _nearer_a_rival(pos: int, hit: _Hit, rivals: list[tuple[int, int]], sentence: str) -> bool:
    """The trigger nearest before the place (offsets in the sentence) is another one, a few
    words off, told to describe someone (``freed Pétronin, an aid worker kidnapped in Gao``): the
    place is that event's."""
    before = [(a, b) for a, b in [*rivals, (hit.start, hit.end)] if b <= pos]
    if not before:
        return False
    a, b = max(before)
    gap = sentence[b:pos]
    if (a, b) == (hit.start, hit.end) or _words_between(gap) > 4 or _CLAUSE_BREAK.search(gap):
        return False
    if _FOLLOWED_BY.search(sentence, max(0, a - 50), a):
        return True  # "The attacks were followed on 10 June by the looting of livestock in Anderamboukane"
    described = _DESCRIBING.search(sentence, max(0, a - 60), a)
    # "Sophie Pétronin, a French aid worker kidnapped": not "On 23 March 2019, a militia attacked"
    return described is not None and not (
        described.group().startswith(",") and _OPENING_PHRASE.fullmatch(sentence, 0, described.start())
    )


#: ``were followed on 10 June by the``, ``was preceded by``: an act told as another's sequel.
_FOLLOWED_BY = re.compile(r"\b(?:followed|preceded)\s+(?:[^,;.]{0,30}?\s)?by\s+(?:the\s+|an?\s+)?$", re.I)


_OPENING_PHRASE = re.compile(
    r"\W*(?:In|On|At|By|From|During|After|Before|Early|Late|Last|That)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+"
)


#: ``, a French aid worker kidnapped``, ``who had been abducted``, ``The nurse, kidnapped``: an act told
#: to describe someone.
_DESCRIBING = re.compile(
    r"(?:,\s+(?:(?:an?|the)\s+(?:[\w’'-]+\s+){0,4}?)?|\b(?:who|which|that)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?"
    r"(?:been\s+)?)$"
)


def _choose_place(
    ctx: _Doc,
    index: int,
    hit: _Hit,
    sentence_start: int,
    event_type: str,
    carried_from: EventMention | None = None,
    rivals: list[tuple[int, int]] | None = None,
) -> tuple[Place | None, int, float]:
    """(place, geo_precision, confidence factor) for an event reported in sentence ``index``.

    Candidates are the sentence's places, scored by how specific they are, whether
    the text puts the event *in* or *at* them (``in Chad``) or only names them as
    an actor (``France’s operation``), a direction (``toward Bamako``) or a
    reference point (``near the capital``). A continuation sentence (its date
    carried from the paragraph) may take the place of the event it continues.
    Failing all that, the document's focus country, at precision 3.
    """
    text = ctx.document.text
    best: tuple[float, Mention, bool] | None = None
    regional = False
    withdrawal = hit.trigger.sub_event_type == "mission withdrawal"
    physical = event_type in {"atrocity", "base_handover"} or hit.trigger.sub_event_type in _PHYSICAL_OTHER
    references = ctx.references.get(index)
    sentence_text = ctx.document.sentences[index].text
    since = (
        _SINCE_CLAUSE.search(sentence_text, max(0, hit.start - 40), hit.start)
        if "since" in sentence_text
        else None
    )
    listed_after: int | None = None
    label = _entry_label(ctx, index)
    named_by = _named_to_date_by(sentence_text, hit)
    for m in ctx.mentions_by_sentence.get(index, []):
        if since is not None and m.start - sentence_start < since.start():
            continue  # "Kidal, held by separatists since the intervention of 2013": not where that happened
        if named_by is not None and not named_by[0] <= m.start - sentence_start < named_by[1]:
            continue  # "killed nine herders in Ber, a year after the 2021 coup": Ber is not the coup's
        if not m.place.has_coordinates or any(a <= m.start < b for a, b in ctx.datelines):
            continue  # "BAMAKO (Reuters) -": where the reporter filed from
        if references and any(a <= m.start < b for a, b in references):
            continue  # "after the coup in Niamey": where the event this one is dated by happened
        before = text[max(0, m.start - 40) : m.start]
        struck = _struck(text, sentence_start, hit, m)
        locative = struck or bool(_LOCATIVE.search(before))
        if listed_after is not None and _PLACE_LIST_GAP.fullmatch(text, listed_after, m.start):
            locative = True  # "the villages of Karou, Ouatagouna and Daoutegeft": each of them
        listed_after = m.end if locative else None
        if m.place.feature in {"region", "district"} and _WITHIN_AREA.search(before):
            locative = True  # "in Amasrakad (Gao region)": the area the place named lies in
        directional = not struck and bool(_DIRECTIONAL.search(before))
        travelled = _TRAVELLED_TO.search(text, max(0, m.start - 70), m.start)
        if (
            travelled
            and hit.start < m.start - sentence_start
            and not _HELD_WHERE_TAKEN.intersection((event_type, hit.trigger.sub_event_type))
        ):
            continue  # "freed on Tuesday and flown to Bamako": where they were taken afterwards
        if hit.start < m.start - sentence_start and _ARRIVED_IN.search(before):
            continue  # "kidnapped in southern Mali … have been released and landed in Rome": the way home
        if _REFUGE_BEFORE.search(before):
            continue  # "attacked the villages …; some 3,200 people fled to Bandiagara": where they fled to
        if (
            directional
            and _INTO.search(before)
            and (
                m.start - sentence_start < hit.start
                or _THEN_ACTED.match(text, m.end)
                # "rolled into Diabaly": the town moved into is the one taken
                or (
                    hit.text.lower().endswith("into") and not text[sentence_start + hit.end : m.start].strip()
                )
            )
        ):
            locative, directional = (
                True,
                False,
            )  # "drove into Bamako … and arrested him": where they went to act
        if withdrawal and _LEFT_PLACE.search(before):
            locative, directional = True, False  # "withdrew from Kidal", "left Mali": where it happened
        if hit.trigger.sub_event_type == "abduction" and _TAKEN_FROM.search(before):
            locative, directional = True, False  # "Ken Elliott, taken from Djibo": where they were seized
        if directional:
            continue  # "toward Bamako", "from Chad": where they went or came from, not where it happened
        if rivals and _nearer_a_rival(m.start - sentence_start, hit, rivals, text[sentence_start : m.end]):
            continue  # "freed Pétronin, an aid worker kidnapped in Gao": the kidnapping's place
        if _BASED_IN.search(before):
            continue  # "Barkhane, a regional mission with its headquarters in N'Djamena": an address
        if _CRAFT_AFTER.match(text, m.end):
            continue  # "an attack on the Timbuktu boat": where it was bound, not where it was struck
        if m.start - sentence_start < hit.start and _FOR_THE_DEAD_OF.search(
            text, m.end, sentence_start + hit.start
        ):
            continue  # "a burial in Niamey … for ten soldiers killed in an attack": where the rite was held
        if _DATED_BY_BEFORE.search(before):
            continue  # "an ambush near Tessit the same day as the Banibangou attack": the other event's place
        near = _near(text, ctx.mentions_by_sentence.get(index, []), m)
        if _ROUTE_TO.search(before):
            near = True  # "a bus carrying passengers from Gao to Ansongo": somewhere on the road there
        if _places_another(ctx.mentions_by_sentence.get(index, []), m):
            continue  # "north of Adab-Dab, a village some 50 kilometres north-west of Banibangou"
        if (
            (party := _PARTY_BEFORE.search(before)) is not None
            and not (party.group().lower().startswith("embassy") and hit.start < m.start - sentence_start)
        ) or _PARTY_AFTER.match(text, m.end):
            # "relations between Paris and the junta": a government, not a scene ("gunmen attacked the
            # French embassy in Ouagadougou": the embassy the act struck is where it happened)
            continue
        if hit.trigger.sub_event_type not in _ACCORDS and NAMES_AN_ACCORD.match(text, m.end):
            continue  # "after the collapse of the Algiers peace agreement": a name, not a scene
        country = m.place.feature in {"country", "continent"}
        # "Mali's army" names an owner; "the mausoleums of Timbuktu's saints", where they stand
        possessive = text[m.end : m.end + 2] in {"’s", "'s"} and (country or not before.endswith(" of "))
        foreign = ctx.focus is not None and m.place.country_code not in {ctx.focus.country_code, ""}
        score = SPECIFICITY.get(m.place.feature, 0) * 10.0
        if (named_area := _area_named(text, m)) is not None:
            # "in Bankass circle": the cercle, not the town; "in the Dosso region" no more than the
            # "Tahoua region" the gazetteer holds
            score = SPECIFICITY[named_area] * 10.0
        if country and _HAD_EVENTS.match(text, m.end):
            locative = True  # "Burkina Faso had two coups in one year"
        national_scene = (
            country
            and event_type in _NATIONAL
            and not _coordinated_apart(text, m, sentence_start, hit)
            and (
                # "Guinea's special forces ousted Alpha Condé": the country whose soldiers took power
                bool(_STATE_OWNER.match(text, m.end))
                # "Mali led the way, when colonels overthrew Keïta": the country the sentence is about
                or (
                    # "In Burkina Faso, Captain Traoré had removed Damiba …, eight months after Damiba himself
                    # had seized power": the country the sentence opens on, in every clause
                    (m.start == sentence_start or _IN_COUNTRY_OPENS.fullmatch(text, sentence_start, m.start))
                    and not possessive
                    and not _PARTY_AFTER.match(text, m.end)
                    and not _COUP_NOUN.search(hit.text)  # "France restored … after the 2012 coup"
                )
            )
        )
        if national_scene:
            locative, possessive, foreign = True, False, False
        score += 6 if locative else 0
        score += 10 if national_scene else 0
        score += 8 if hit.start <= m.start - sentence_start < hit.end else 0  # "handed over the Gossi base"
        if _OFFICE_IN.search(before) and not locative:
            # "the mayor of Djibo was killed": where he served, the scene at best near it; "… in an ambush
            # in the north of the country": not there at all
            near = True
            score -= 30 if _PART_OF_THE_COUNTRY.search(sentence_text) else 0
        score -= 8 if near else 0
        score -= 15 if possessive else 0
        if label is not None and label[0] <= m.start - sentence_start < label[1] <= hit.start:
            # "06/04/2024, Kidal: a drone struck a vehicle near Aguelhok": the area the entry is filed
            # under holds the act, and any place the entry itself names is nearer to it
            locative = True
            score -= 6

        if country and not locative:
            score -= 10
        if foreign and not locative:
            score -= 15
        score -= abs((m.start - sentence_start) - hit.start) / 200
        if m.place.origin == "text":
            score -= 1  # "the villages of Karou, Ouatagouna and …": one the gazetteer places itself first
        # "the killing … in Nouna on 30 December and for an attack … at La Ferme, in Ouahigouya"
        if m.end <= sentence_start + hit.start and _PARALLEL_AND.search(
            text, m.end, sentence_start + hit.start
        ):
            score -= 20
        if _other_clause(text, m.start, sentence_start + hit.start) and not travelled and not national_scene:
            score -= 20  # "kidnapped in the Bamako area, and in September … abducted near Kayes"
            if not (locative or physical):
                score -= 10  # "… Timbuktu on 1 April, and on 6 April the MNLA proclaimed independence"
            if _TIME_CLAUSE_EVENT.search(text, sentence_start + hit.start, m.start):
                score -= 20  # the place of the event that clause dates this one by
        if best is None or score > best[0]:
            best = (score, m, near)
            regional = locative and (
                m.place.feature == "region"
                # "an aid worker seized in Niger in 2016": abroad, where the act itself is put
                or (
                    foreign
                    and country
                    and bool(_RIGHT_AFTER.fullmatch(text, sentence_start + hit.end, m.start))
                )
            )
    # "in the Ménaka region": a region the text puts the event in beats the whole country
    weak = best is None or (best[0] < 18 and not regional)
    if (
        best is not None
        and not weak
        and _other_clause(text, best[1].start, sentence_start + hit.start)
        and _names_unmapped(ctx, index, _LOCATIVE_NAME, actors=True, clause_of=hit.start)
    ):
        # "gunmen killed 35 people in the village of Sobane Da, and in March 2019 … in Ogossagou":
        # the event is in the village its own clause names, never in the next clause's town
        weak = True
    if weak and (acting := _acting_state(ctx, index, hit)) is not None:
        return acting, 3, 0.9  # "Mali closed its own airspace to Algerian aircraft"
    if weak and (capital := _capital_named(ctx, index, hit)) is not None:
        return capital
    elsewhere = weak and (
        _unknown_place_named(ctx, index)
        or _town_pointed(ctx, index, hit) == (None, 0)
        # "Also on Friday, … attacked a convoy … in the north of the country": another act, in no town told
        or bool(_ANOTHER_ACT.match(sentence_text) and _PART_OF_THE_COUNTRY.search(sentence_text))
    )
    if withdrawal and best is not None and best[0] >= 0:
        elsewhere = True  # a force leaving a country left all of it, not a town the passage names
    if weak and not elsewhere and (scene := ctx.scene_places.get(index)) is not None:
        return scene, max(2, scene.geo_precision), 0.85  # "… arrived in Moura. … men were executed"
    # "Kati is a garrison town. … soldiers at the camp there mutinied"
    if weak and not elsewhere and (there := _place_there(ctx, index)) is not None:
        return there, there.geo_precision, 0.9
    if weak and not elsewhere and (asked := _place_asked(ctx, index)) is not None:
        return asked, asked.geo_precision, 0.9  # "Q: What happened in Moura? A: … soldiers executed"
    if weak and not elsewhere and (town := _the_town(ctx, index, hit)) is not None:
        return town  # "Tessit had lost 33 soldiers, when a unit was ambushed near the town"
    if weak and (claimed := _claimed_scene(ctx, index, hit)) is not None:
        return claimed, max(claimed.geo_precision, 1), 0.9  # "… claimed the attack on Monday"
    if weak and not elsewhere and (same := _the_same_place(ctx, index, hit)) is not None:
        return same, same.geo_precision, 0.9  # "The same base came under attack in April last year"
    if weak and not elsewhere and (site := _the_site_described(ctx, index)) is not None:
        return site, site.geo_precision, 0.9  # "The post lies in the Tillabéri region. … attacked it"
    if weak and not elsewhere and (building := _the_facility(ctx, index, hit)) is not None:
        return building, building.geo_precision, 0.9  # "Gunmen attacked the hotel early on Friday"
    inherited = carried_from.place if carried_from is not None and carried_from.geo_precision < 3 else None
    if weak and not elsewhere and inherited is not None:
        return inherited, carried_from.geo_precision, 0.9  # type: ignore[union-attr]
    # a coup is a national event: without a place of its own it stays on the country
    # "France would withdraw its troops by the end of the year": from the country, not a town told next;
    # "The peacekeepers left the camp yesterday": the camp the passage names
    from_the_country = withdrawal and not _A_BASE.search(hit.text)
    if weak and physical and not elsewhere and (told := _the_act_told_before(ctx, index, hit)) is not None:
        # "The French raid the group cited took place on 14 February": where that raid was told
        return told.place, told.geo_precision, 0.9
    if (
        weak
        and physical
        and not elsewhere
        and not from_the_country
        and (nearby := _passage_place(ctx, index))
    ):
        return nearby, max(2, nearby.geo_precision), 0.85
    if weak and physical and not elsewhere and (site := _the_facility(ctx, index, hit, _THE_MILITARY_SITE)):
        return site, site.geo_precision, 0.85  # "a military base at Mansila … had stormed the post"
    if best is None or best[0] < 0 or (weak and best[1].place.feature not in {"country"}):
        if elsewhere and (beyond := _across_the_border(ctx, index)) is not None:
            return beyond, 3, 0.8  # "Nigerien soldiers died at Babrine across the border"
        if elsewhere and (region := _passage_region(ctx, index)) is not None:
            return region, 3, 0.8  # "In the Ménaka region, clashes continued. … attacked Tidermène"
        if elsewhere and (passage_country := _passage_country(ctx, index)) is not None:
            return passage_country, 3, 0.8  # "another camp at Tabatol", in a passage about Niger
        if event_type in _NATIONAL and (scene := _passage_scene(ctx, index)) is not None:
            return scene, 3, 0.85  # "In Mali. On 18 August 2020 soldiers detained the president"
        if (
            best is None
            and _THE_SITE_TOLD.search(sentence_text)
            and (passage_country := _passage_country(ctx, index)) is not None
        ):
            return passage_country, 3, 0.8  # "… in Pendjari National Park in northern Benin. … in the park"
        if (section := _heading_above(ctx.country_sections, sentence_start)) is not None:
            return section, 3, 0.85  # "## Niger" over a digest's section
        if elsewhere and (area := _story_region(ctx, index)) is not None:
            return area, 3, 0.8  # "… in Mali's Ménaka region. … at a site called Awkassa": in that region
        if ctx.focus is None:
            return None, 3, 0.6
        return ctx.focus, 3, 0.85
    _, mention, near = best
    as_area = _as_area(text, mention)
    if (near or as_area or mention.place.feature in {"region", "district"}) and (
        within := _town_within(ctx, index, hit, mention, near)
    ) is not None:
        return within, within.geo_precision, 0.9  # "surrounded the village, near Sangha in the … area"
    place = _event_place(ctx, event_type, mention.place)
    precision = place.geo_precision
    if (near or as_area or _unmapped_village(ctx, index, mention)) and precision == 1:
        precision = 2
    if precision == 1 and (town := _the_town(ctx, index, hit)) is not None and town[0] == place:
        precision = town[1]  # "Tessit had lost 33 soldiers, when a unit was ambushed near the town"
    return place, precision, 1.0


def _town_within(ctx: _Doc, index: int, hit: _Hit, mention: Mention, near: bool) -> Place | None:
    """The town ``the village`` of the event's clause points back to, when the place the sentence names
    only says where that town lies (``the village, near Sangha in the Bandiagara area``)."""
    pointed = _town_pointed(ctx, index, hit)
    if pointed is None or pointed[0] is None:
        return None
    town, area = pointed[0].place, mention.place
    if town.place_id == area.place_id:
        return None
    text = ctx.document.text
    cue = _area_named(text, mention) or ("district" if _AREA_AFTER.match(text, mention.end) else area.feature)
    if cue == "region":
        inside = bool(town.admin1) and town.admin1 == area.admin1
    elif cue == "district":
        inside = bool(town.admin2) and town.admin2 == area.admin2
    else:
        inside = near and (apart := km_between(town, area)) is not None and apart <= NEAR_KM
    return town if inside else None


#: ``Also on Friday``, ``Separately``: a sentence that opens on an act other than the one told.
_ANOTHER_ACT = re.compile(r"\W*(?:Also|Separately|Elsewhere|In\s+(?:a\s+)?(?:separate|another)\s+[a-z]+)\b")
#: ``in the north of the country``: a part of the country, told instead of a place.
_PART_OF_THE_COUNTRY = re.compile(
    r"\bin\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center)(?:-?(?:east|west))?\s+of\s+the\s+country\b",
    re.I,
)


#: ``a bar in the capital``, ``outside the Malian capital``: the capital of the country meant.
_CAPITAL_REF = re.compile(
    r"\b(?P<prep>in|at|near|around|outside|into|across|of)\s+"
    # "in Mali's capital": the country named as its owner
    r"(?:the\s+(?:(?P<demonym>[A-Z][\w’'-]+)\s+)?|(?P<owner>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)['’]s\s+)"
    r"capital(?:['’]s)?\b(?!\s+(?:of|city\s+of)\b)"
)


_AROUND_OF = re.compile(
    r"\b(?:outskirts|suburbs|edge|gates|environs|north|south|east|west|\w+-?(?:east|west)|km|kilometres|kilometers"
    r"|miles)\s+$",
    re.I,
)


def _capital_named(ctx: _Doc, index: int, hit: _Hit) -> tuple[Place, int, float] | None:
    """The capital a sentence puts the event in, of the country its demonym names (``the Nigerien
    capital``) or else the country the passage is about: (place, precision, confidence factor)."""
    sentence = ctx.document.sentences[index].text
    found = [m for m in _CAPITAL_REF.finditer(sentence) if not _other_clause(sentence, m.start(), hit.start)]
    if not found:
        return None
    named = min(found, key=lambda m: abs(m.start() - hit.start))
    country = ctx.focus
    if named.group("demonym"):
        nations = ctx.gazetteer.nations(named.group("demonym"))
        if not nations:
            return None  # "the Ghanaian capital": a country the gazetteer does not hold
        country = nations[0]
    elif named.group("owner"):
        at = ctx.document.sentences[index].start + named.start("owner")
        owner = next((m for m in ctx.mentions_by_sentence.get(index, []) if m.start == at), None)
        if owner is None or owner.place.feature != "country":
            return None  # "in Kidal's capital": no country
        country = owner.place
    elif (elsewhere := _passage_country(ctx, index)) is not None:
        country = elsewhere
    capital = ctx.gazetteer.capital(country.country_code) if country is not None else None
    if capital is None:
        return None
    near = named.group("prep") in {"near", "around", "outside"} or bool(
        _AROUND_OF.search(sentence, 0, named.start("prep"))
    )
    return capital, 2 if near else 1, 0.9


def _as_area(text: str, mention: Mention) -> bool:
    """A town's name used for the district or region around it (``in Bankass circle``) when the
    gazetteer has no entry for that area: the town's position stands for it, at precision 2."""
    return _area_named(text, mention) is not None


def _area_named(text: str, mention: Mention) -> str | None:
    """``district`` or ``region``, for a town's name used as the area around it; else None."""
    if mention.place.feature not in {"town", "village"}:
        return None
    cue = area_cue(text, mention.start, mention.end)
    return cue if cue in {"district", "region"} else None


_NATIONAL = frozenset({"coup", "coup_attempt"})
_IN_COUNTRY_OPENS = re.compile(r"\W*In\s+(?:neighbouring\s+|neighboring\s+)?")
_A_BASE = re.compile(r"\b(?:bases?|camps?|barracks|posts?)\b", re.I)
#: ``Guinea's special forces``, ``Niger's president``: a state's own soldiers or leaders.
_STATE_OWNER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:army|armed\s+forces|military|soldiers|officers|troops|forces|colonels"
    r"|generals|guard|junta|president|leader|head\s+of\s+state|government|prime\s+minister)\b",
    re.I,
)


def _coordinated_apart(text: str, m: Mention, sentence_start: int, hit: _Hit) -> bool:
    """The place is in a clause the trigger's does not continue: ``…, and Burkina Faso's army took
    power`` is not where ``Guinea's special forces ousted Condé``."""
    a, b = sorted((m.start, sentence_start + hit.start))
    return bool(_COORDINATED_CLAUSE.search(text, a, b))


_COUP_NOUN = re.compile(r"\b(?:coups?|putsch(?:es)?|takeovers?|mutin(?:y|ies))\b", re.I)
_COORDINATED_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\s")
#: ``Burkina Faso had two coups``: a country as the scene of what it went through.
_HAD_EVENTS = re.compile(
    r"\s+(?:had|has\s+had|saw|has\s+seen|experienced|has\s+experienced|suffered|witnessed|underwent|went\s+through)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:coups?|putsch(?:es)?|mutin(?:y|ies)|attacks?|massacres?|uprisings?)\b",
    re.I,
)


def _mentions_back(ctx: _Doc, index: int, *, including: bool) -> Iterator[Mention]:
    """The places the paragraph names up to sentence ``index`` (or before it), the latest first."""
    doc = ctx.document
    para = ctx.paragraph_of(doc.sentences[index].start)
    j = index if including else index - 1
    while j >= 0 and ctx.paragraph_of(doc.sentences[j].start) == para:
        yield from reversed(ctx.mentions_by_sentence.get(j, []))
        j -= 1


def _passage_scene(ctx: _Doc, index: int) -> Place | None:
    """The country an earlier sentence of the paragraph put the reader in (``In Mali.``,
    ``In Niger, …``), when it is not the document's own."""
    text = ctx.document.text
    for m in _mentions_back(ctx, index, including=False):
        if m.place.feature == "country" and _LOCATIVE.search(text[max(0, m.start - 40) : m.start]):
            return None if ctx.focus is not None and m.place.place_id == ctx.focus.place_id else m.place
    return None


#: ``Niger's army``, ``France’s government``: a country named as the owner of a force or an office.
_OWNER = re.compile(
    r"['’]s\s+(?:own\s+)?(?:army|armed\s+forces|forces|troops|soldiers|military|air\s+force|gendarmes?|police"
    r"|government|junta|authorities|president|leaders?|ministers?|ambassadors?|embassy|diplomats?"
    r"|(?:[\w-]+\s+)?ministry|spokes(?:man|woman|person))\b"
)


#: ``accusing Algeria of``, ``blamed France``: a country spoken of, not where things happen.
_ADDRESSED_BEFORE = re.compile(
    r"\b(?:accus|blam|condemn|critici[sz]|thank|warn)\w*\s+$"
    # "near the border with Niger", "armed groups crossed from Mali": the countries beyond it
    rf"|{BEYOND_BORDER.pattern}",
    re.I,
)


_ACROSS_THE_BORDER = re.compile(r"\b(?:across|over|beyond)\s+the\s+border\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+")


#: ``near Tabankort, on the Malian side of the border``: the country the words put the place in.
_SIDE_OF_THE_BORDER = re.compile(r"\bon\s+the\s+(?P<people>[A-Z][\w’'-]+)\s+side\s+of\s+the\s+border\b")


def _across_the_border(ctx: _Doc, index: int) -> Place | None:
    """The neighbour a sentence puts a place no table holds in: ``on the Malian side of the
    border``, or ``across the border`` and the only other country whose people it names
    (``Nigerien soldiers``)."""
    sentence = ctx.document.sentences[index].text
    if "side of the border" in sentence and (side := _SIDE_OF_THE_BORDER.search(sentence)):
        named = {p.country_code for p in ctx.gazetteer.nations(side["people"])}
        if len(named) == 1:
            return ctx.gazetteer.places.get(f"country-{named.pop().lower()}")
    if not _ACROSS_THE_BORDER.search(sentence):
        return None
    own = ctx.focus.country_code if ctx.focus is not None else ""
    nations = {
        p.country_code
        for word in _CAPITALISED.findall(sentence)
        for p in ctx.gazetteer.nations(word)
        if p.country_code != own
    }
    if len(nations) != 1:
        return None
    return ctx.gazetteer.places.get(f"country-{nations.pop().lower()}")


#: ``found shot dead in the park``: the site the passage has just named, in the country it named.
_THE_SITE_TOLD = re.compile(
    r"\b(?:in|at|near|inside|outside)\s+the\s+(?:park|reserve|forest|area|village|town|camp|base|mine|zone)\b"
)


#: ``in central Mali``, ``north-eastern Burkina Faso``: a part of a country named by its compass point.
_PART_OF_A_COUNTRY = re.compile(rf"\b{COMPASS_ADJECTIVE}\s+(?-i:[A-Z])", re.I)
#: ``in Mali's Ménaka region``, ``across the Mopti region``: the area a lead sets its story in.
_SET_IN = re.compile(
    r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?(?:[A-Z][\w’'-]+['’]s\s+)?"
    rf"(?:(?:{COMPASS_ADJECTIVE}|remote)\s+)?$"
)


#: ``the heaviest loss since November 2021, when 53 gendarmes were killed … at Inata``: an act
#: of the past, named to measure the story's by, wherever it was.
_WORST_SINCE = re.compile(
    rf"\b(?:{_SUPERLATIVES})\b[^.;]{{0,80}}?\bsince\b",
    re.I,
)


def _story_region(ctx: _Doc, index: int) -> Place | None:
    """The one region of its own country a story is set in, by its lead (``Gunmen … killed more than
    40 Tuareg civilians … in Mali's Ménaka region``) and naming no other: where an act at a place no
    gazetteer holds is drawn, rather than on the whole country; not for a sentence that puts its act
    elsewhere (``a strike in Douna, in central Mali``, ``on Amasrakad, near Gao``)."""
    sentence = ctx.document.sentences[index].text
    if ctx.focus is None or _PART_OF_A_COUNTRY.search(sentence) or _WORST_SINCE.search(sentence):
        return None
    if any(m.place.feature not in {"region", "country"} for m in ctx.mentions_by_sentence.get(index, [])):
        return None
    text = ctx.document.text
    lead_end = _body_start(text) + LEAD_CHARS
    regions = {
        m.place.place_id: m
        for m in ctx.recognition.mentions
        if m.place.feature == "region" and m.place.has_coordinates
    }
    if len(regions) != 1:
        return None
    (m,) = regions.values()
    here = ctx.document.sentences[index].start
    if _ENTRY_HEAD.match(sentence) and ctx.paragraph_of(m.start) != ctx.paragraph_of(here):
        return None  # "April 2023 – … in Karma": an entry is set where it says, not in another entry's region
    capital = ctx.gazetteer.capital(ctx.focus.country_code)
    if any(
        t.place.country_code == m.place.country_code
        and t.place.admin1
        and t.place.admin1 != m.place.admin1
        and t.place != capital
        for t in ctx.recognition.mentions
        if t.place.feature not in BROAD_FEATURES | {"region", "district"}
    ):
        return None  # a digest's "In Ménaka region, …" among towns of other regions sets no story there
    if m.place.country_code != ctx.focus.country_code or not any(
        r.start < lead_end and _SET_IN.search(text, max(0, r.start - 40), r.start)
        for r in ctx.recognition.mentions
        if r.place.place_id == m.place.place_id
    ):
        return None
    return m.place


#: ``In the Ménaka region, …`` opening a sentence: the region the passage is set in.
_SET_IN_REGION = re.compile(r"\W*(?:[Ee]lsewhere\s+)?[Ii]n\s+(?:the\s+)?$")
#: How many sentences back a passage's region may be set.
REGION_SENTENCES = 3


def _passage_region(ctx: _Doc, index: int) -> Place | None:
    """The region an earlier sentence of the paragraph opens on (``In the Ménaka region, clashes
    continued``): a place no table holds, told in that passage, lies in it."""
    sentences = ctx.document.sentences
    para = ctx.paragraph_of(sentences[index].start)
    text = ctx.document.text
    for j in range(index - 1, max(-1, index - 1 - REGION_SENTENCES), -1):
        s = sentences[j]
        if ctx.paragraph_of(s.start) != para:
            break
        for m in ctx.mentions_by_sentence.get(j, []):
            if m.place.feature == "region" and _SET_IN_REGION.fullmatch(text, s.start, m.start):
                return m.place
    return None


def _passage_country(ctx: _Doc, index: int) -> Place | None:
    """The country of the last place the paragraph has named up to this sentence, when it is not
    the document's own: a place the gazetteer lacks is in the country the passage is about."""
    text = ctx.document.text
    for m in _mentions_back(ctx, index, including=True):
        code = m.place.country_code
        if _OWNER.match(text, m.end) or m.matched_text in m.place.demonyms:
            continue  # "a joint operation with Niger's army", "Russian fighters": whose, not where
        if (
            NAMES_AN_ACCORD.match(text, m.end)
            or _ADDRESSED_BEFORE.search(text, max(0, m.start - 50), m.start)
            or _BASED_IN_BEFORE.search(text, max(0, m.start - 30), m.start)
        ):
            continue  # "accusing Algeria of hostile acts", "the border with Niger", "based in Libya"
        if code and m.place.feature != "continent":
            if ctx.focus is not None and code == ctx.focus.country_code:
                return None
            return ctx.gazetteer.places.get(f"country-{code.lower()}")
    return None


#: A site named like a place: ``the Intahaka gold mine``.
_SITE = r"(?:gold\s+)?(?:mine|mining\s+site|gold\s+field)"
#: ``in Sobane Da,``, ``at the village of Yirgou``: a place named with a locative preposition.
_LOCATIVE_NAME = re.compile(
    r"(?:\b(?:[Ii]n|[Aa]t|[Nn]ear|left|leaving|quit|quitting|out\s+of|control\s+of|took|taken|taking)\s+"
    r"(?:the\s+(?:village|town|hamlet|locality|commune|settlement)\s+of\s+)?"
    r"|\b(?:village|town|hamlet|locality|settlement)s?\s+of\s+"  # "the Dogon village of Sobane Da"
    # "at a site called Awkassa"
    r"|\b(?:site|place|camp|village|hamlet|locality|settlement|area)\s+(?:called|named|known\s+as)\s+"
    r"|\b(?:strikes?|attacks?|raids?|assaults?)\s+on\s+"  # "drone strikes on Amasrakad"
    r"|\b(?:attacked|raided|stormed|overran)\s+(?=(?-i:[A-Z]))"  # "the Islamic State attacked Tidermène"
    # "the Intahaka gold mine"
    rf"|\bthe\s+(?=[A-Z][\w’'-]+\s+{_SITE}\b))"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
)
#: ``a town of``, ``a small village in``: an unlisted place described by the area it lies in.
_A_PLACE_IN = r"an?\s+(?:small\s+|remote\s+|desert\s+)?(?:village|town|commune|locality|oasis)\s+(?:of|in)\s+"
#: ``in Amasrakad (Gao region``, ``Anéfis, a town of the Kidal region``: what comes before the area
#: a named place lies in.
_WITHIN_AREA = re.compile(
    _LOCATIVE_NAME.pattern + r"\s*[(,]\s*(?:the\s+)?$" + rf"|[A-Z][\w’'-]+,\s+{_A_PLACE_IN}(?:the\s+)?$"
)
_NOT_PLACES = frozenset(
    {*(m.capitalize() for m in dates_mod.MONTH_NAMES), "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
     "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday",
     "Friday", "Saturday", "Sunday", "The", "This", "That", "Its", "His", "Her", "Their", "A", "An"}
)  # fmt: skip
#: ``in West and Central Africa``: a point of the compass on its own is a part of an area named after it.
_COMPASS_ALONE = frozenset(
    {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"}
)


_VILLAGE_OF = re.compile(
    r"\b(?:village|hamlet|locality|settlement)\s+of\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
)


def _unmapped_village(ctx: _Doc, index: int, area: Mention) -> bool:
    """``a bus bound for the market in Bandiagara, near the village of Songho``, ``killed at Tassia,
    also in Tillabéri``: the sentence names a village the gazetteer lacks (for the latter, lying in
    or near the ``area`` chosen), so a town it does know is only near where it happened."""
    s = ctx.document.sentences[index]
    if "of " in s.text and _names_unmapped(ctx, index, _VILLAGE_OF):
        return True
    return ", " in s.text and bool(_tied_to(ctx, index, [area]))


def _unlisted_name(ctx: _Doc, index: int, hit: _Hit) -> str:
    """The name no table holds that the event's clause puts it in (``in the village of Tadaryat``)."""
    sentence = ctx.document.sentences[index].text
    relative = _WHO_OPENS.search(sentence, 0, hit.start)
    for named in _unmapped_names(ctx, index, _LOCATIVE_NAME, actors=True, clause_of=hit.start):
        # not "raids on Dogon villages": a people's name before the noun it qualifies
        if _QUALIFIED_NOUN.match(named.string, named.end("name")):
            continue
        # "Touré, who … was ousted in a coup in 2012, has died in Istanbul": the main clause's place
        if relative is not None and _MAIN_CLAUSE_RESUMES.search(sentence, hit.end, named.start("name")):
            continue
        return named.group("name")
    if _TOOK_IT.search(hit.text) or _TOOK_IT.match(sentence, hit.end):
        return _advanced_unlisted(ctx, index, hit.start)  # "an offensive towards Anéfis … took the town"
    if " there" in sentence:
        # "Residents of Kobou told me a strike there killed seven people": where its people said it was
        for named in _unmapped_names(ctx, index, _PEOPLE_OF, actors=True):
            if named.end() <= hit.start and _THERE.search(sentence, named.end()):
                return named.group("name")
    return ""


#: ``Touré, who …, has died``: a relative clause set off by commas, and the main clause's verb after it.
_WHO_OPENS = re.compile(r",\s+(?:who|which)\s")
_MAIN_CLAUSE_RESUMES = re.compile(r",\s+(?:has|have|had|was|were|is|are)\s")
#: ``Residents of Kobou``, ``elders from Dinangourou``: a place named by its people.
_PEOPLE_OF = re.compile(
    r"\b(?i:residents|inhabitants|villagers|people|elders|survivors|witnesses)\s+(?:of|from|in)\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
)


#: ``at Tassia, also in Tillabéri``, ``at Ber, west of Timbuktu``: an unlisted place, then the town
#: it lies in, near or off.
_LIES_BY = re.compile(
    r"\s*,\s+(?:also\s+)?(?:(?:in|near|outside)\s+(?:the\s+(?:\w+\s+)?(?:town|city|commune)\s+of\s+)?"
    rf"|(?:(?:about|some)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:{COMPASS_POINTS})\s+of\s+)$"
)
_COMMA_ONLY = re.compile(r"\s*,\s+")
#: ``Bandiagara cercle``: the word that makes a town's name its area's.
_AREA_WORD = re.compile(r"\s(?:cercle|circle|commune|district|department|province|region)\b", re.I)
#: ``in Bandiagara, near the village of Songho``: the town, then the unlisted place near it.
_NEAR_ITS_VILLAGE = re.compile(r",?\s+near\s+the\s+(?:village|hamlet|locality)\s+of\s+$")


def _unlisted_beside(ctx: _Doc, index: int, hit: _Hit, place: Place) -> str:
    """The unlisted place an event drawn near a town was at, when the sentence ties the two
    (``at Tassia, also in Tillabéri``), not one of a list (``at Dioungani and Boulkessi``)."""
    towns = [m for m in ctx.mentions_by_sentence.get(index, []) if m.place.place_id == place.place_id]
    return _tied_to(ctx, index, towns, clause_of=hit.start) if towns else ""


def _tied_to(ctx: _Doc, index: int, towns: list[Mention], clause_of: int | None = None) -> str:
    """The first name no table holds that the sentence ties to one of ``towns`` (``at Tassia, also in
    Tillabéri``, ``at Ber, west of Timbuktu``, ``in Bandiagara, near the village of Songho``)."""
    s = ctx.document.sentences[index]
    for named in _unmapped_names(ctx, index, _LOCATIVE_NAME, actors=True, clause_of=clause_of):
        start, end = named.span("name")
        for town in towns:
            at, to = town.start - s.start, town.end - s.start
            if (
                (at >= end and _LIES_BY.fullmatch(s.text, end, at))
                or (start >= to and _NEAR_ITS_VILLAGE.fullmatch(s.text, to, start))
                # "the village of Tonou, Bandiagara cercle": the area it lies in, set beside it
                or (
                    at >= end
                    and _COMMA_ONLY.fullmatch(s.text, end, at)
                    and _AREA_WORD.search(s.text, at, to + 12)
                )
            ):
                return named.group("name")
    return ""


#: ``Dogon villages``: a name qualifying the noun after it (not a preposition, a verb or a mine's name).
_QUALIFIED_NOUN = re.compile(
    rf"\s+(?!(?:and|or|on|in|at|near|of|to|the|an?|by|for|from|with|after|before|during|since|until|when|while|as"
    rf"|early|late|overnight|yesterday|today|last|this|shortly|soon)\b|{_SITE}\b"
    # "in Kanem province": the area's own name, with the kind of area it is
    r"|(?:region|province|department|district|commune|cercle|circle|prefecture)\b)"
    r"(?-i:[a-z])[\w’'-]*(?<!ed)(?<!ing)\b"
)


def _unknown_place_named(ctx: _Doc, index: int) -> bool:
    """The sentence puts something *in* a place the gazetteer does not know: then the event is
    there, and no other place of the passage may stand in for it (never invent a place)."""
    return _names_unmapped(ctx, index, _LOCATIVE_NAME, actors=True)


def _names_unmapped(
    ctx: _Doc, index: int, pattern: re.Pattern[str], actors: bool = False, clause_of: int | None = None
) -> bool:
    """The sentence has a ``name`` of ``pattern`` that is no place the gazetteer found (nor, with
    ``actors``, an actor's name); with ``clause_of``, one in the clause holding that offset."""
    return any(_unmapped_names(ctx, index, pattern, actors, clause_of))


def _unmapped_names(
    ctx: _Doc, index: int, pattern: re.Pattern[str], actors: bool = False, clause_of: int | None = None
) -> Iterator[re.Match[str]]:
    """The sentence's names of ``pattern`` that no table holds (offsets within the sentence)."""
    s = ctx.document.sentences[index]
    known = [(m.start - s.start, m.end - s.start) for m in ctx.mentions_by_sentence.get(index, [])]
    if actors:
        known += [(a.start, a.end) for a in ctx.actors_in(s.start, s.end)]
    for m in pattern.finditer(s.text):
        if m.group("name").split()[0] in _NOT_PLACES or m.group("name") in _COMPASS_ALONE:
            continue
        start, end = m.span("name")
        if clause_of is not None and _other_clause(s.text, start, clause_of):
            continue
        if not any(a < end and start < b for a, b in known):
            yield m


_FUTURE = re.compile(r"\b(?:will|would|could|should|shall|plans?\s+to|is\s+to\s+be|are\s+to\s+be)\b", re.I)
_PHYSICAL_OTHER = frozenset(
    {
        "attack",
        "abduction",
        "looting",
        "destruction of property",
        "protests",
        "assassination",
        "assassination attempt",
        "arrests",
        "military accident",
        "cross-border incursion",
    }
)


#: A sentence that opens on its own time (``In September,``, ``Two days later``) tells what
#: happened next, not where the sentence before happened.
#: ``Malian troops also entered Douentza``: another act told beside the one before, at its own place.
_ALSO_ELSEWHERE = re.compile(
    r"\balso\s+(?:entered|took|retook|captured|recaptured|seized|attacked|struck|raided|reached|hit)\b"
)
_MOVES_ON = re.compile(
    r"\s*(?:(?:In|On|By|During)\s+(?:(?:early|late|mid)[-\s]+)?(?:\d{1,2}\s+)?"
    rf"(?:{'|'.join(m.capitalize() for m in dates_mod.MONTH_NAMES)})\b"
    r"|(?:Later|Afterwards|Subsequently)\b|(?:[\w-]+\s+){1,2}later\b|The\s+(?:next|following)\s+(?:day|week|month)\b)"
)


#: ``in two Dogon villages``, ``in a small town``, ``an attack on an army base``: where it happened,
#: not yet named.
_UNNAMED_SETTLEMENT = re.compile(
    r"\b(?:in|at|on)\s+(?:an?|two|three|four|five|several)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:villages?|towns?|hamlets?|settlements?|bases?|camps?|posts?|outposts?)\b(?!\s+(?:of|called|named)\b)"
)


def _far_apart(mentions: list[Mention]) -> bool:
    """The towns and villages named lie further apart than one point at precision 2 can stand for
    (``unlisted.NEAR_KM``, how far off a place is still "near")."""
    points = {
        (m.place.latitude, m.place.longitude)
        for m in mentions
        if SPECIFICITY.get(m.place.feature, 0) >= 4
        and m.place.latitude is not None
        and m.place.longitude is not None
    }
    return any(haversine_km(*a, *b) > NEAR_KM for a, b in itertools.combinations(points, 2))


#: ``It came a week after …``: another time than the act's (``before dawn`` is the act's own hour).
_ANOTHER_TIME = re.compile(
    r"\b(?:after(?!\s+(?:dark|nightfall|dusk|sunset|midnight))|before(?!\s+(?:dawn|daybreak|sunrise|first\s+light))"
    r"|earlier|later|since|ago|previous|last)\b",
    re.I,
)


def _passage_place(ctx: _Doc, index: int) -> Place | None:
    """A town, village or camp the next sentences (or else the two before) of the paragraph
    name — ``several attacks killed 160 herders in central Mali. … Two villages, Ogossagou and
    …`` — or failing that the title (``Ogossagou massacre``); with no town in reach, a district
    or region they name (``the fighting moved to the Adrar des Ifoghas``)."""
    area: Place | None = None
    sentences = ctx.document.sentences
    para = ctx.paragraph_of(sentences[index].start)
    title_end = _body_start(ctx.document.text)
    order = [index + 1, index + 2, index - 1, index - 2, 0]
    told_next: set[int] = set()
    if _UNNAMED_SETTLEMENT.search(sentences[index].text):
        # "killed 41 people in two Dogon villages in central Mali. ¶ … men on motorbikes stormed Yoro":
        # the villages the next paragraph names
        later = range(index + 1, len(sentences))
        nxt = next((j for j in later if ctx.paragraph_of(sentences[j].start) != para), None)
        if nxt is not None:
            told_next = {nxt}
            order.insert(2, nxt)
    for j in order:
        if not 0 <= j < len(sentences):
            continue
        if j and ctx.paragraph_of(sentences[j].start) != para and j not in told_next:
            continue
        if j in told_next and (
            _own_dates(ctx, j) or _ANOTHER_TIME.search(sentences[j].text) or _far_apart(_scenes(ctx, j))
        ):
            # "On Tuesday, an army patrol was ambushed near Gao", "It came a week after 35 people were killed
            # in Sobane Da": the next paragraph's own act; towns 150 km apart: no one point for both
            continue
        if j == 0 and index > 2 and sentences[0].end > title_end:
            continue  # no title line: the first sentence is body text, not the passage's
        if j == 0 and area is not None and index > 2:
            break  # "raided army posts in the Diffa region": the paragraph's region, not the title's town
        if _FUTURE.search(sentences[j].text):
            continue  # "A third base, in Timbuktu, will be handed over": another, later place
        if j > index and (_MOVES_ON.match(sentences[j].text) or _ALSO_ELSEWHERE.search(sentences[j].text)):
            # "… resumed in August. In September, a boat near Gao was attacked": another scene; "Malian troops
            # also entered Douentza": an act of its own, at its own place
            continue
        came = _CAME_AFTER.search(sentences[j].text) if j != index else None
        for m in _scenes(ctx, j):
            if came is not None and m.start - sentences[j].start >= came.end():
                continue  # "The attack came three days after soldiers clashed near Djenné": the other act's
            specificity = SPECIFICITY.get(m.place.feature, 0)
            if specificity >= 4:
                return m.place
            if specificity >= 1:
                area = area or m.place
    return area


#: ``came three days after``, ``happened a week before``: the act told, timed by another told after.
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|happened|occurred|took\s+place)\s+(?:[\w-]+\s+){0,4}?(?:after|before)\b", re.I
)


def _scenes(ctx: _Doc, index: int) -> list[Mention]:
    """The places sentence ``index`` names that could be where something happened: mapped, not
    the dateline's, not a direction (``toward Bamako``)."""
    text = ctx.document.text
    return [
        m
        for m in ctx.mentions_by_sentence.get(index, [])
        if m.place.has_coordinates
        and not any(a <= m.start < b for a, b in ctx.datelines)
        and not _DIRECTIONAL.search(text[max(0, m.start - 40) : m.start])
        and not _ROUTE_TO.search(text, max(0, m.start - 60), m.start)  # "a bus from Mopti to Bamako"
        and not _PARTY_BEFORE.search(text[max(0, m.start - 60) : m.start])  # "relations between Paris and"
        and not _REFUGE_BEFORE.search(text[max(0, m.start - 50) : m.start])
        and not _BASED_IN_BEFORE.search(text, max(0, m.start - 30), m.start)
        and not _OFFICE_AFTER.match(text, m.end)
        and not _CRAFT_AFTER.match(text, m.end)
    ]


#: ``the Timbuktu boat``, ``the Gao bus``: a craft named for where it sails or drives to, not a scene.
_CRAFT_AFTER = re.compile(rf"\s+(?:{_CIVILIAN_CRAFT}|ferries|bus(?:es)?|flights?|trains?|barges?)\b", re.I)


#: ``the Mopti public prosecutor``: a town naming whose office, not a scene.
_OFFICE_AFTER = re.compile(
    r"\s+(?:(?:public|regional|district|military|deputy)\s+)?(?:prosecutors?|governors?|mayors?|prefects?"
    r"|courts?|tribunals?|judges?)\b",
    re.I,
)


#: ``a rebel group based in Libya``: where a group keeps its rear, not where it acts.
_BASED_IN_BEFORE = re.compile(r"\b(?:based|headquartered)\s+in\s+(?:neighbouring\s+)?$")


#: ``Survivors who reached Barsalogho on foot``, ``fled to Djibo``: where people escaped to, not
#: where they were attacked.
_REFUGE_BEFORE = re.compile(
    r"\b(?:fled|fleeing|escaped|took\s+refuge|sought\s+refuge|found\s+refuge|sheltered)\s+(?:to|in|at|towards?)\s+"
    # "fled to the neighbouring village of Koundo"
    r"(?:the\s+(?:(?:neighbouring|neighboring|nearby|next)\s+)?(?:town|city|village|settlement)\s+of\s+)?$"
    r"|\b(?:survivors|the\s+displaced|families|those)\s+who\s+(?:had\s+)?(?:reached|made\s+it\s+to|arrived\s+in|got\s+to)\s+$",
    re.I,
)


#: ``the camp there``, ``fighting there``: ``there`` standing for a place, not opening a
#: sentence of being (``there were clashes``) nor a direction (``from there``).
_THERE = re.compile(
    r"\bthere\b(?<!\bfrom\sthere)(?<!\bover\sthere)(?<!\bout\sthere)"
    r"(?!\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might"
    r"|must|should|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|being|been|be|came|comes)\b)",
    re.I,
)


def _place_there(ctx: _Doc, index: int) -> Place | None:
    """The town or village the sentence before names, when this one happens ``there``."""
    sentences = ctx.document.sentences
    if index == 0 or not _THERE.search(sentences[index].text):
        return None
    j = index - 1
    if ctx.paragraph_of(sentences[j].start) != ctx.paragraph_of(sentences[index].start):
        return None
    town = _last_town(ctx, j)
    return town.place if town is not None else None


#: How many sentences an answer may run before the one that tells its act.
ANSWER_SENTENCES = 3


def _place_asked(ctx: _Doc, index: int) -> Place | None:
    """The town the question just before asked about, when this sentence answers it with an act it
    puts nowhere (an interview's ``Q: What happened in Moura?``)."""
    sentences = ctx.document.sentences
    paragraph = ctx.paragraph_of(sentences[index].start)
    for j in range(index - 1, max(-1, index - 1 - ANSWER_SENTENCES), -1):
        if _QUESTION.search(sentences[j].text):
            town = _last_town(ctx, j)
            return town.place if town is not None else None
        if ctx.paragraph_of(sentences[j].start) != paragraph:
            return None
    return None


def _last_town(ctx: _Doc, index: int, before: int | None = None) -> Mention | None:
    """The last town or village sentence ``index`` names as a scene (before offset ``before``),
    not one a place is said to be near, nor a town named for its district (``the village of
    Farabougou, in the Niono cercle``)."""
    text = ctx.document.text
    for m in reversed(_scenes(ctx, index)):
        if (
            (before is None or m.start < before)
            and SPECIFICITY.get(m.place.feature, 0) >= 4
            and not _NEAR_REF.search(text[max(0, m.start - 40) : m.start])
            and not _as_area(text, m)
        ):
            return m
    return None


_RELATIVE = re.compile(r"\b(?:who|whom|which|that|where)\b")
#: How many sentences back, across paragraphs, ``the town`` may point.
TOWN_SENTENCES = 3
#: ``near the town``, ``in the village``, ``had retaken the town``: a place the passage has just named.
_THE_TOWN = re.compile(
    r"\b(?P<prep>in|at|near|outside|around|into|(?:re)?taken|(?:re)?took|(?:re)?captured|regained|seized"
    r"|surrounded|encircled|stormed|entered|raided|overran|attacked)"
    r"\s+the\s+(?:town|village)\b(?!\s+of\b)",
    re.I,
)


def _the_town(ctx: _Doc, index: int, hit: _Hit) -> tuple[Place, int, float] | None:
    """The town or village ``the town`` of the event's clause points back to: the last one named
    before it in the sentence, or else in the few sentences before."""
    pointed = _town_pointed(ctx, index, hit)
    if pointed is None:
        return None
    town, precision = pointed
    return (town.place, precision, 0.9) if town is not None else None


#: ``took the town``, ``entered the town``: a town reached, which may be the one an advance was towards.
_TAKEN_TOWN = re.compile(r"(?:re)?(?:taken|took|captured)|regained|seized|stormed|entered|overran", re.I)
#: ``launched an offensive towards Tessalit``, ``advanced on Léré``: the town an advance made for.
_ADVANCE = (
    r"\b(?:offensive|advance|advanced|advancing|march(?:ed|ing)?|moved|moving|push(?:ed)?|headed|heading|column"
    r"|convoy|operation)\s+(?:\w+\s+){0,2}?(?:toward|towards|on)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
)
_ADVANCE_TOWARDS = re.compile(rf"{_ADVANCE}$", re.I)
#: ``an offensive towards Anéfis``: the name of the town an advance made for.
_ADVANCED_NAME = re.compile(rf"(?i:{_ADVANCE})(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")


def _advanced_unlisted(ctx: _Doc, index: int, before: int) -> str:
    """The town no table holds that an advance told earlier in the sentence made for."""
    return next(
        (
            m.group("name")
            for m in _unmapped_names(ctx, index, _ADVANCED_NAME, actors=True)
            if m.end() <= before
        ),
        "",
    )


def _advanced_on(ctx: _Doc, index: int, before: int) -> Mention | None:
    """The town an advance told earlier in the sentence made for (``launched an offensive towards
    Tessalit, and on 7 October it took the town``)."""
    text = ctx.document.text
    for m in reversed(ctx.mentions_by_sentence.get(index, [])):
        if (
            m.start < before
            and SPECIFICITY.get(m.place.feature, 0) >= 4
            and m.place.has_coordinates
            and _ADVANCE_TOWARDS.search(text, max(0, m.start - 60), m.start)
        ):
            return m
    return None


def _town_pointed(ctx: _Doc, index: int, hit: _Hit) -> tuple[Mention | None, int] | None:
    """What ``the town`` points back to: (the town, its precision), (None, 0) for a place no table
    holds (``the assassination of an officer in Tamalat … clashed … near the town``), or None when
    the clause says no ``the town``."""
    sentence = ctx.document.sentences[index]
    said = [
        m
        for m in _THE_TOWN.finditer(sentence.text)
        if not _other_clause(sentence.text, m.start(), hit.start)
        and not _RELATIVE.search(sentence.text, min(m.start(), hit.end), max(m.start(), hit.start))
    ]
    if not said:
        return None
    phrase = min(said, key=lambda m: abs(m.start() - hit.start))
    near = phrase["prep"].lower() in {"near", "outside", "around"}
    for j in range(index, max(-1, index - 1 - TOWN_SENTENCES), -1):
        bound = sentence.start + phrase.start() if j == index else None
        town = _last_town(ctx, j, bound)
        if town is None and bound is not None and _TAKEN_TOWN.fullmatch(phrase["prep"]):
            town = _advanced_on(ctx, index, bound)
            if town is None and _advanced_unlisted(ctx, index, phrase.start()):
                return None, 0  # "an offensive towards Anéfis, … it took the town": a town no table holds
        at_j = ctx.document.sentences[j].start
        named = [at_j + m.start("name") for m in _unmapped_names(ctx, j, _LOCATIVE_NAME, actors=True)]
        unmapped = [at for at in named if bound is None or at < bound]
        if unmapped and (town is None or max(unmapped) > town.start):
            return None, 0
        if town is not None:
            precision = max(2, town.place.geo_precision) if near or j < index else town.place.geo_precision
            return town, precision
    return None


#: How many sentences before its claim an attack may be told (a wire gives each its paragraph).
CLAIM_SENTENCES = 4


def _claimed_scene(ctx: _Doc, index: int, hit: _Hit) -> Place | None:
    """``Gunmen attacked the base at Aguelhok early Sunday. … Al Qaeda's branch in the Sahel
    claimed the attack on Monday``: the attack claimed is the one told, where it was told."""
    sentence = ctx.document.sentences[index].text
    if not _CLAIM_OF.search(sentence, max(0, hit.start - 60), hit.start):
        return None
    for found in reversed(ctx.found):
        if found.sentence_index < index - CLAIM_SENTENCES:
            break
        if _violent(found.event_type, found.sub_event_type) and found.place is not None:
            return found.place if found.geo_precision < 3 else None
    return None


#: ``The French raid the group cited``: the sentence opens on an act by its noun, as told before.
_THE_ACT_AGAIN = re.compile(r"\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?")


def _the_act_told_before(ctx: _Doc, index: int, hit: _Hit) -> EventMention | None:
    """``… the deaths of its commanders in a French raid in northern Mali last month. … The French raid
    the group cited took place on 14 February``: the act the story told by the same word, with its place."""
    sentence = ctx.document.sentences[index].text
    if not _THE_ACT_AGAIN.fullmatch(sentence, 0, hit.start):
        return None
    word = hit.text.lower().split()[-1].rstrip("s")
    return next(
        (
            found
            for found in reversed(ctx.found)
            if found.sentence_index < index and found.place is not None and word in found.trigger.lower()
        ),
        None,
    )


#: ``The same base came under attack``: the place of an event the story has told.
_THE_SAME = re.compile(
    r"\b[Tt]he\s+same\s+(?:[\w-]+\s+)?(?:base|camp|town|village|garrison|area|locality|district|region|zone)\b"
)


def _the_same_place(ctx: _Doc, index: int, hit: _Hit) -> Place | None:
    """The town, village or camp of the last event told with one, which ``the same base`` of the
    event's clause is."""
    sentence = ctx.document.sentences[index].text
    said = _THE_SAME.search(sentence)
    if said is None or _other_clause(sentence, said.start(), hit.start):
        return None
    area = said.group(0).split()[-1].lower() in {"area", "locality", "district", "region", "zone"}
    for found in reversed(ctx.found):
        if (
            found.place is not None
            and (found.geo_precision < 3 or area)
            # "in the same region": a province the last act was put in is that region
            and (SPECIFICITY.get(found.place.feature, 0) >= 4 or (area and found.place.feature == "region"))
        ):
            # "in the same border area": the region it lay in, not the village
            if not area or found.place.feature == "region":
                return found.place  # a province the last act was put in is the region meant
            return _region_of(ctx, found.place) or _region_told(ctx, found) or found.place
    return None


#: ``The post lies in the Tillabéri region``: a sentence telling where a site the story named lies.
_SITE_LIES = re.compile(
    r"\W*(?:The|This|That)\s+(?:army\s+|military\s+)?(?:post|outpost|camp|base|garrison|barracks|village|town)"
    r"\s+(?:lies|is\s+(?:located|situated)|sits|stands)\s+(?:in|within)\s+(?:the\s+)?"
)


def _the_site_described(ctx: _Doc, index: int) -> Place | None:
    """``89 soldiers were killed when militants overran the army post at Chinagodrar. ¶ The post lies in
    the Tillabéri region … Hundreds of fighters … attacked it``: the sentence before tells where the site
    of the last act told lies, so this one's act is at that site, when it lies in the area named."""
    sentences = ctx.document.sentences
    if index == 0 or not _SITE_LIES.match(sentences[index - 1].text):
        return None
    if ctx.paragraph_of(sentences[index - 1].start) != ctx.paragraph_of(sentences[index].start):
        return None
    areas = {_area_key(a) for m in _scenes(ctx, index - 1) for a in (m.place.admin1, m.place.name) if a}
    for found in reversed(ctx.found):
        if found.sentence_index >= index - 1:
            continue
        if found.place is None or found.geo_precision >= 3 or SPECIFICITY.get(found.place.feature, 0) < 4:
            return None
        return found.place if found.place.admin1 and _area_key(found.place.admin1) in areas else None
    return None


_AREA_NOUN = re.compile(rf"\b(?:{AREA_WORDS})\b")


def _area_key(name: str) -> str:
    """``Tillabéri Region`` and the town ``Tillabéri`` standing for it: one key."""
    return " ".join(_AREA_NOUN.sub(" ", fold(name)).split())


def _region_told(ctx: _Doc, found: EventMention) -> Place | None:
    """A region of the event's country that a sentence telling the event names (``on the outskirts of
    Koutougou, … in the Tillabéri region``)."""
    starts = [s.start for s in ctx.document.sentences]
    sentences = {found.sentence_index} | {_sentence_at(starts, a) for a, _, _ in found.extra_sources}
    return next(
        (
            m.place
            for i in sorted(sentences)
            for m in ctx.mentions_by_sentence.get(i, [])
            if m.place.feature == "region"
            and found.place is not None
            and m.place.country_code == found.place.country_code
        ),
        None,
    )


def _region_of(ctx: _Doc, place: Place) -> Place | None:
    """The gazetteer's region a place is filed under (``admin1``), if it holds one by that name."""
    if not place.admin1:
        return None
    return next(
        (e.place for e in ctx.gazetteer.candidates(fold(place.admin1)) if e.place.feature == "region"), None
    )


#: ``Gunmen attacked the hotel``: a building the story has placed before.
_THE_FACILITY = re.compile(
    r"\b[Tt]he\s+(?P<noun>hotel|market|mosque|church|school|prison|checkpoint|barracks|airport|mine|hospital"
    r"|embassy|consulate|university|stadium)\b"
    r"(?!\s+(?:of|in|at|near)\b)"
)
#: The words one military site goes by; unlike ``_MILITARY_SITE`` (a target's kind, read in a quote) they
#: take in ``post`` and ``detachment``, safe here only because ``the post`` must point back to a site named.
_MILITARY_SITE_WORDS = ("post", "outpost", "base", "camp", "garrison", "detachment", "barracks")
_MILITARY_SITE_NAMED = re.compile(rf"\b(?:{'|'.join(_MILITARY_SITE_WORDS)})\b", re.I)
#: ``stormed the post``: a military site the story named before, in its own words or others.
_THE_MILITARY_SITE = re.compile(
    rf"\b[Tt]he\s+(?P<noun>{'|'.join(_MILITARY_SITE_WORDS)})\b(?!\s+(?:of|in|at|near)\b)"
)
#: How many sentences back ``the hotel`` may point.
FACILITY_SENTENCES = 6


def _the_facility(ctx: _Doc, index: int, hit: _Hit, pattern: re.Pattern[str] = _THE_FACILITY) -> Place | None:
    """The town of the sentence that last named the building ``the hotel`` of the event's clause
    points back to (``The siege of the Hotel Byblos in Sévaré ended … Gunmen attacked the hotel``)."""
    sentence = ctx.document.sentences[index].text
    said = [m for m in pattern.finditer(sentence) if not _other_clause(sentence, m.start(), hit.start)]
    if not said:
        return None
    word = min(said, key=lambda m: abs(m.start() - hit.start))["noun"].lower()
    # "an attack on a military base at Mansila … its fighters had stormed the post": one site, two words
    noun = _MILITARY_SITE_NAMED if word in _MILITARY_SITE_WORDS else re.compile(rf"\b{word}\b", re.I)
    for j in range(index - 1, max(-1, index - 1 - FACILITY_SENTENCES), -1):
        if not noun.search(ctx.document.sentences[j].text):
            continue
        if (town := _last_town(ctx, j)) is not None:
            return town.place
        # "a military base at Mansila, in Burkina Faso's Yagha province": no table holds the town, the
        # province it lies in stands for it
        areas = [m.place for m in _scenes(ctx, j) if m.place.feature in {"region", "district"}]
        if areas:
            return areas[-1]
    return None


def _camp_at(gazetteer: Gazetteer, town: Place) -> Place | None:
    for entry in gazetteer.candidates(fold(town.name)):
        p = entry.place
        if p.feature == "camp" and p.latitude == town.latitude and p.longitude == town.longitude:
            return p
    return None


_AGAINST_VERBS = (
    r"arrest\w*|detain\w*|oust\w*|overthr\w*|depos\w*|topple\w*|remov\w*|kill\w*|execut\w*|"
    r"massacr\w*|abduct\w*|kidnap\w*|target\w*|attack\w*|ambush\w*|forc(?:ed|ing)\b|sanction\w*|expel\w*|"
    r"strikes?\b|struck|raid\w*|assault\w*|shell(?:ed|ing|s)?\b|bomb(?:ed|ing|s)?\b|rout(?:ed|ing)\b|overr[au]n\b"
    r"|storm(?:ed|ing)\b|besieg\w*|wound(?:ed|ing)\b|injur(?:ed|ing)\b|neutrali[sz](?:ed|ing)\b|dissolv(?:ed|ing)\b"
    r"|defeat(?:ed|ing)\b|(?:losses|casualties)\s+on|fought(?:\s+against)?|battled|(?:clash\w*|fire)\s+with"
    # "the rebels' defensive curtain had been broken": what was theirs, broken
    r"|broken\b|breached\b|destroyed\b"
)
#: The passive of the mention's own clause: not one in a clause of its own further on (``Malian drones
#: struck Tinzaouaten, days after the battle in which Malian soldiers were killed``).
_PASSIVE_AFTER = re.compile(
    r"^(?:(?!\b(?:which|whom|where|when|after|before|while|because)\b)[^.;]){0,120}?"
    rf"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+){{0,2}}(?:{_AGAINST_VERBS})\b",
    re.I,
)
_SAID_IN = re.compile(r"\b(?:said|says|told|reported|announced|stated|added|claimed|alleged)\b", re.I)
#: ``handed over the Ber camp to the``: whom a base went to.
_HANDED_TO = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
_OBJECT_BEFORE = re.compile(
    rf"\b(?:{_AGAINST_VERBS}|against|of|seiz(?:ed|ing)|captur(?:ed|ing)"
    # "threw stones at peacekeepers": whom the stones were thrown at
    r"|(?:threw|throw(?:n|ing|s)?|hurl(?:ed|ing|s)?)\s+(?:[\w-]+\s+){1,2}?at"
    # "inflicted the worst defeat on Wagner": on whom
    r"|inflict(?:ed|ing|s)?\s+(?:[\w-]+\s+){1,4}?on"
    rf"|(?:withdr\w*|suspended|expelled){_QUOTED_ASIDE}\s+from"
    rf"|(?:exit\w*|left|leav\w*|quit\w*){_QUOTED_ASIDE}(?:\s+from)?)"
    # not across ", and": "drove the MNLA out of Gao after a day of fighting, and Ansar Dine began"
    # nor across a clause's opening: "soldiers were killed when jihadists ambushed"
    # 'had killed "several terrorists"': the army's word, quoted
    r"\s+[“\"‘]?(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?!(?:when|while|whereas|after|before|because|until|as)\b)[\w’'-]+(?:,(?!\s+(?:and|but|while|whereas)\s))?\s+)"
    r"{0,3}(?:(?<=\s)[“\"‘])?$",
    re.I,
)
#: ``Over the weekend of 7-8 September, jihadists ambushed``: a date set off by its comma, and the
#: clause's subject after it; "of" governed the date, not the actor.
#: ``On the morning of 12 March, suspected JNIM militants``: a date set off, then the sentence's subject.
_DATE_SET_OFF = re.compile(
    rf"\b{_MONTHS}(?:\s+\d{{4}})?,\s+(?:the\s+)?(?:(?:suspected|alleged|presumed|so-called|self-styled|rival|unidentified|heavily|armed)\s+){{0,2}}$"
)
_HOLDER_BEFORE = re.compile(
    r"\b(?:town|city|village|area|territory|stronghold|base|camp|region)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:held|controlled|occupied|run)\s+(?:since\s+\S+\s+)?by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.I,
)
_MEMBER_NOUNS = (
    r"(?:fighters|gunmen|men|militants|combatants|elements|soldiers|troops|forces|insurgents|rebels"
    r"|jihadists|units?|detachments?|columns?|commandos?|squads?|groups?\s+of\s+(?:\w+\s+)?fighters"
    # "a group of Malian soldiers … led away 33 men": who the group is
    r"|group|patrols?|teams?|contingents?|bands?|dozens|hundreds|scores|coalitions?|alliances?"
    # "a Dutch attack helicopter of the UN force fired on": whose aircraft
    r"|(?:attack\s+|combat\s+)?(?:helicopters?|gunships?|aircraft|jets?|warplanes?|drones?)"
    r"|leaders|heads\s+of\s+state|ministers|members|officials)"
)
_MEMBERS_OF = re.compile(
    rf"\b(?:(?!(?:by|of|from|the|and|with|to|a|an)\s)[\w’'-]+\s+)?(?P<members>{_MEMBER_NOUNS})\s+"
    r"(?:of|from|belonging\s+to|loyal\s+to)\s+(?:the\s+)?$",
    re.I,
)
_MEMBERS_END = re.compile(rf"\b{_MEMBER_NOUNS}\s+$", re.I)
_AGENT_BEFORE = re.compile(
    r"\bby\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$"
    # "killed by traditional hunters, known as dozos": the agent, named again
    r"|\bby\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+(?:known|described|identified|referred\s+to)\s+as\s+$"
    # "Witness accounts point to a unit of Burkina Faso's army in the killing": who is blamed
    r"|\bpoint(?:s|ed|ing)?\s+(?:the\s+finger\s+)?(?:to|at)\s+(?:an?\s+(?:unit|battalion|detachment)\s+of\s+"
    r"|elements\s+of\s+|members\s+of\s+)?(?:the\s+)?$",
    re.I,
)
#: ``the army and Wagner suffered one of their worst defeats``: who took the blow.
_SUFFERED_AFTER = re.compile(
    r"^,?\s+(?:and\s+(?:the\s+)?[\w’'-]+\s+)?(?:suffered|sustained|lost\s+(?:\w+\s+){0,2}?(?:men|soldiers|fighters)"
    # "12 Nigerien soldiers died in an attack"; "Colonel Assimi Goïta, survived a knife attack"
    r"|died|perished|lost\s+their\s+lives|(?:narrowly\s+)?(?:survived|escaped))\b",
    re.I,
)


#: ``an army and Wagner convoy moving north came under fire``: the target, named before its blow.
_UNDER_FIRE_AFTER = re.compile(
    r"^\s+(?:[\w’'-]+\s+){0,4}?(?:came|comes|come|coming)\s+under\s+(?:heavy\s+|sustained\s+)?(?:fire|attack)\b"
    # "a Malian army convoy travelling from Douentza to Boni on the RN16 was hit by … a complex attack"
    r"|^\s+(?:[\w’'-]+\s+){0,10}?(?:was|were)\s+(?:hit|struck)\s+by\b",
    re.I,
)
_LIST_GAP = re.compile(r"^\s*(?:,|and|,\s*and)\s+(?:[\w’'-]+,?\s+){0,3}$")


#: A word for whoever carried out the act: dead or not, they are the side that acted.
#: ``shot him``: the act done to one named before, an office holder in an assassination
_SHOT_THE_ONE = re.compile(r"(?:shot|gunned\s+down|stabbed|killed|murdered)\s+(?:him|her)\b", re.I)
#: ``the president of the``: one who holds an office in what is named next
_HEAD_OF_BEFORE = re.compile(
    rf"\b(?:{_OFFICE_HOLDER}|president|leader|head|chairman)\s+of\s+(?:the\s+)?$", re.I
)
_ATTACKER_WORD = re.compile(r"(?:the\s+)?(?:assailants|attackers|raiders)", re.I)
_DIED_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:died|were\s+killed|were\s+shot\s+dead|perished)\b", re.I)


def _acted_upon(mention: ActorMention, sentence: str) -> bool:
    """Grammar, not identity, says who suffered the act: the subject of a passive
    (``N’Daw … were arrested``) or the object of an act (``ousting Prime Minister Diarra``)."""
    before = sentence[max(0, mention.start - 60) : mention.start]
    if (members := _MEMBERS_OF.search(before)) is not None:
        # "fighters of the CSP ambushed": the group's part is the fighters' part in the sentence
        start = mention.start - (len(before) - members.start("members"))
        before = sentence[max(0, start - 60) : start]
    if _HOLDER_BEFORE.search(before):
        return True  # "a town held by the CMA": who held what changed hands lost it
    if _LOST_COUNT_BEFORE.search(before):
        return True  # "had already lost two soldiers in a rocket attack": the dead
    if _AGENT_BEFORE.search(before):
        return False
    # "he had the prime minister, Moctar Ouane, arrested at the Kati camp": had it done to him
    if _DONE_AFTER.match(sentence, mention.end) and _HAD_IT_DONE.search(
        sentence, max(0, mention.start - 120), mention.start
    ):
        return True
    if (
        (obj := _OBJECT_BEFORE.search(before)) is not None
        and not (obj.group().lower().startswith("of") and _MEMBERS_END.search(before, 0, obj.start()))
        and not _DATE_SET_OFF.search(before)
        and not _SAID_IN.search(obj.group())  # "the CMA said the army …": who is reported, not an object
    ):
        return True  # not "fighters of the CSP and jihadists": whose fighters is no object
    after = sentence[mention.end :]
    if _HIT_A_MINE_AFTER.match(after):
        return True  # "A FAMa patrol hit an IED": the subject, and the one struck
    if _ACTIVE_AFTER.match(after) or _BEHIND_AFTER.match(after):
        return False  # "Jihadists overran an army post …, adding that 12 soldiers were killed": the subject
    return bool(_PASSIVE_AFTER.match(after) or _SUFFERED_AFTER.match(after) or _UNDER_FIRE_AFTER.match(after))


#: ``had the president … arrested``: a causative verb, with the one it was done to after it.
_HAD_IT_DONE = re.compile(
    r"\b(?:had|has|have|got|gets)\s+(?!been\b|already\b)(?:the|his|her|their|its|[A-Z])[^.;:!?]*$"
)
#: ``…, arrested at the Kati camp``: a past participle with no object of its own, closing a causative.
_DONE_AFTER = re.compile(
    r",?\s+(?:arrested|detained|removed|executed|killed|deposed|kidnapped|abducted|taken|held|expelled|released"
    r"|freed|jailed|sentenced|dismissed|sacked|replaced)\b(?!\s+(?:(?:the|an?|his|her|their|its)\b|[A-Z]))"
)
#: ``A FAMa patrol hit an IED``, ``their convoy struck a landmine``: who ran onto the charge suffered it.
_HIT_A_MINE_AFTER = re.compile(
    r"(?:\s+(?:[\w-]+\s+)?(?:patrols?|convoys?|vehicles?|trucks?|units?|columns?|buses|bus))?"
    r"\s+(?:hit|struck|ran\s+over|drove\s+over|drove\s+onto|ran\s+onto)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:IEDs?|(?:land)?mines?|explosive\s+devices?|(?:roadside\s+)?bombs?)\b",
    re.I,
)


#: ``JNIM was behind the ambush``, ``His group was responsible for the attack``: who did it.
_BEHIND_AFTER = re.compile(
    r"\s+(?:was|were|is|are)\s+(?:also\s+|reportedly\s+|allegedly\s+|believed\s+to\s+be\s+)?"
    r"(?:behind|responsible\s+for)\b"
)
#: ``overran an army post``, ``attacked the camp``: a verb in the active with its object, right after a name.
_ACTIVE_AFTER = re.compile(
    r"\s+(?:(?-i:[a-z])\w*ly\s+)?(?:(?-i:[a-z])\w+ed|overran|struck|took|shot|fought|drove|hit|blew|threw|stormed)"
    r"\s+(?:an?|the|its|their|his|her|several|dozens|\d+|(?-i:[A-Z]))\b"
)


#: ``the French embassy``, ``French nationals``: a state's premises or people, named after the act.
_ITS_PEOPLE_OR_PREMISES = re.compile(
    r"\s+(?:embass(?:y|ies)|consulates?|institutes?|cultural\s+cent(?:re|er)s?|nationals|citizens|interests"
    r"|ambassadors?|diplomats?)\b",
    re.I,
)
#: ``, a unit of the al-Qaeda-linked``: the group a named one belongs to, told beside it.
_PARENT_BEFORE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:unit|branch|faction|wing|affiliate|arm|offshoot|component"
    r"|katiba|brigade|battalion)\s+(?:of|within)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.I,
)
_MODIFIER_AFTER = re.compile(
    r"(?:['’]s)?[-‐ ](?:linked|affiliated|allied|backed|aligned|inspired|led"
    r"|affiliates?|branch|offshoot|franchise)\b"
    r"(?!\s+(?:by|to|with)\b)",  # "Malian troops backed by Wagner": the troops, whom Wagner backed
    re.I,
)
#: ``the army chief was arrested``: one of its people, not the force
_ONE_OF_ITS_RANKS = re.compile(
    r"(?:['’]s)?\s+(?:chief|commander|spokes(?:man|woman|person)|general|colonel|captain|officer|head)\b(?!s)",
    re.I,
)
#: ``the military government``, ``the army camp``: who rules, or a thing of the army's; not the force
_RULE_OR_THING_AFTER = re.compile(
    r"[-\s]+(?:junta|governments?|regimes?|authorities|rulers?|leaders?|leadership|council|transition|led|backed"
    r"|camps?|bases?|posts?|outposts?|convoys?|patrols?|positions?|vehicles?|trucks?|helicopters?|aircraft|jets?"
    r"|drones?|part|side|zone|area|airport|hospital|court|tribunal|academy|school|sources?|prosecutor"
    r"|columns?|garrison|barracks|checkpoints?|headquarters|intelligence|uniforms?|stations?|chiefs?|commissioner"
    r"|commissariat)\b",
    re.I,
)
_NAMED_ARMED = frozenset({"jihadist", "rebel", "militia", "foreign armed", "state military"})
_AFFILIATION = re.compile(
    r"\s+(?:from|of|belonging\s+to|linked\s+to|affiliated\s+(?:with|to)|loyal\s+to)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}",
    re.I,
)


#: ``MINUSMA strongly condemns the attack``: who reacts to an event took no part in it.
_REACTING_AFTER = re.compile(
    r"[)\]]?(?:\s*\([^()]{1,20}\))?\s*(?:strongly\s+|firmly\s+|has\s+|have\s+)?(?:condemn(?:s|ed)|denounc(?:es|ed)|deplor(?:es|ed)"
    r"|mourn(?:s|ed)|express(?:es|ed)\s+(?:its|his|her|their)\s+(?:condolences|sympathy|outrage|concern))\b",
    re.I,
)


def _standing_for_themselves(mentions: list[ActorMention], sentence: str) -> list[ActorMention]:
    """Actor mentions that name who took part, without the ones that only describe another:
    ``al-Qaeda-linked`` (a description of the group after it) and the ``gunmen`` of ``gunmen from
    the al-Qaeda-linked JNIM`` (the group names them)."""
    out = []
    for i, m in enumerate(mentions):
        if (
            _MODIFIER_AFTER.match(sentence, m.end)
            or _REACTING_AFTER.match(sentence, m.end)
            or (m.actor.kind == "state military" and _ONE_OF_ITS_RANKS.match(sentence, m.end))
            # "army camps", "a police station", "the police chief": what belongs to them, who heads them
            or (
                m.actor.name in {actors_mod.NATIONAL_ARMY, actors_mod.NATIONAL_POLICE}
                and _RULE_OR_THING_AFTER.match(sentence, m.end)
            )
        ):
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            after is not None
            and m.actor.kind == "unidentified armed"
            and after.actor.kind in _NAMED_ARMED
            and _AFFILIATION.fullmatch(sentence[m.end : after.start])
        ):
            continue
        before = mentions[i - 1] if i else None
        if (
            before is not None
            and m.actor.kind == "unidentified armed"
            and before.actor.kind in _NAMED_ARMED
            and _POSSESSED_GAP.fullmatch(sentence, before.end, m.start)
        ):
            continue  # "JNIM gunmen", "the group's fighters"
        if before is not None and _RENAMED_BEFORE.fullmatch(sentence, before.end, m.start):
            continue  # "the former Wagner Group, now known as Africa Corps": one party, twice named
        out.append(m)
    return out


_POSSESSED_GAP = re.compile(r"(?:['’]s)?\s+")
#: ``…, now known as``, ``, renamed``, ``, which has since become the``: the next name is the one before's.
_RENAMED_BEFORE = re.compile(
    r"[^.;]{0,20}?,?\s*(?:(?:now|since|later)\s+)?(?:known\s+as|called|renamed(?:\s+as)?|rebranded\s+as"
    r"|(?:which|that)\s+(?:has\s+)?(?:since\s+|later\s+)?(?:became|become))\s+(?:the\s+)?",
    re.I,
)
#: ``the army``, ``the government``: whose they are depends on where the event happened.
#: ``announced that several attackers had been arrested``: a state telling of arrests told in the passive.
_ANNOUNCED_ARRESTS = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:said|says|announced|announces|confirmed|confirms)\s+"
    r"(?:on\s+\w+\s+)?(?:that\s+)?[^.;]{0,60}?\b(?:had|have|has|were|was)\s+(?:been\s+)?(?:arrested|detained)\b"
)


def _its_own_arrests(sub_event_type: str, sentence: str, m: ActorMention, at: int | None) -> bool:
    """A state that announces arrests told in the passive made them, as its forces did."""
    return (
        sub_event_type == "arrests"
        and at is not None
        and m.end <= at
        and m.actor.kind in {"state", "state military"}
        and _ANNOUNCED_ARRESTS.match(sentence, m.end) is not None
    )


_UNNAMED_STATE = frozenset(
    {actors_mod.NATIONAL_ARMY, actors_mod.NATIONAL_GOVERNMENT, actors_mod.NATIONAL_POLICE}
)


#: What states do to one another: a country named as their subject or object is its government.
_ACTS_OF_STATE = frozenset(
    {
        "aid suspended",
        "expulsion",
        "diplomatic rupture",
        "diplomatic protest",
        "release",
        "sanctions",
        "sanctions lifted",
        "suspension",
        "suspension lifted",
        "withdrawal from a bloc",
        "pact signed",
        "peace agreement ended",
        "defence agreement ended",
    }
)
#: ``announced on 25 January``: the day a state made an act known.
_ANNOUNCED_ON = re.compile(r"\b(?:announced|declared|decided|decreed|ordered)\s+(?:on\s+)?$", re.I)
#: ``Mali, Burkina Faso and Niger announced …``, ``On 15 May, Mali left``: the sentence opens on its subject.
_OPENING_ADVERBIAL = re.compile(r"(?:(?:On|In|By|Then|Later|Finally)\b[^,]{0,30},\s*)?(?:[Tt]he\s+)?")
#: Where a subject may stand: a clause's start (or after a timeline's ``6 April.``), not after a
#: preposition (``the juntas of Mali``).
_CLAUSE_OPENS = re.compile(
    r"(?:^|[,;:(—–.]\s*|\b(?:and|but|when|after|as|while|because|that|before|since|until|then|[Tt]he)\s+)$"
)
#: ``suspended Mali from``, ``imposed sanctions on Mali``, ``suspended its aid to Niger``
_OBJECT_COUNTRY_GAP = re.compile(r"\s+(?:(?:on|against|to|of|with)\s+)?(?:the\s+)?")


def _countries_as_states(
    ctx: _Doc, index: int, hit: _Hit, names: list[ActorMention], actor1: str, actor2: str
) -> tuple[str, str]:
    """``Mali left the G5 Sahel``, ``ECOWAS suspended Mali``: in an act of state, a country named
    as the subject, or right after the act, stands for its government (``Government of Mali``)."""
    s = ctx.document.sentences[index]
    countries = [m for m in ctx.mentions_by_sentence.get(index, []) if m.place.feature == "country"]
    if not countries:
        return actor1, actor2
    # "… to protest against attacks on civilians": no act of state is theirs, nor done to them
    actor1, actor2 = ("" if a == "Civilians" else a for a in (actor1, actor2))
    at, end = s.start + hit.start, s.start + hit.end
    text = ctx.document.text

    def government_of(place: Place) -> str:
        return ctx.actor_index.government_of(place.country_code, place.name)

    def government(m: Mention) -> str:
        return government_of(m.place)

    # "Mali broke off diplomatic relations with Ukraine …, after … Kyiv had helped the rebels": a state acts
    stately = actor1 and ctx.actor_index.of_a_state(actor1)
    first = None if stately else _country_subject(text, s.start, at, countries)
    if first is not None and not any(first.end < s.start + a.end <= at for a in names):
        actor1 = government(first)  # no actor named between the country and the act
    if not actor2:
        after = next(
            (
                m
                for m in countries
                if (at < m.start and m.end <= end)  # "suspended Mali from its institutions"
                or (m.start >= end and _OBJECT_COUNTRY_GAP.fullmatch(text, end, m.start))
            ),
            None,
        )
        if after is not None and government(after) != actor1:
            actor2 = government(after)
        elif (envoy := _ENVOY.search(text, at, end + 40)) is not None:
            # "summoned the Algerian ambassador": the government the envoy speaks for
            nations = ctx.gazetteer.nations(envoy["nation"])
            if nations and government_of(nations[0]) != actor1:
                actor2 = government_of(nations[0])
    return actor1, actor2


#: ``the Algerian ambassador``, ``Mali's envoy``: a country's envoy, in or right after the act.
_ENVOY = re.compile(
    r"\b(?P<nation>[A-Z][\w’'-]+?)(?:['’]s)?\s+(?:ambassadors?|envoys?|diplomats?|consuls?|charg[ée]\s+d['’]affaires)\b"
)


#: Acts of state a government does at home (its envoys, its prisoners, its membership), unlike
#: those felt elsewhere (sanctions, aid cut).
_DONE_AT_HOME = frozenset(
    {
        "diplomatic rupture",
        "diplomatic protest",
        "expulsion",
        "release",
        "withdrawal from a bloc",
        "dissolution",
    }
)


def _acting_state(ctx: _Doc, index: int, hit: _Hit) -> Place | None:
    """The country whose government did an act of state, named just before it as its subject:
    where the act was done when no place is given for it."""
    if hit.trigger.sub_event_type not in _DONE_AT_HOME and "airspace" not in hit.text.lower():
        return None  # not "the United States suspended its aid": where the aid went is the scene
    countries = [m for m in ctx.mentions_by_sentence.get(index, []) if m.place.feature == "country"]
    if not countries:
        return None
    s = ctx.document.sentences[index]
    # not "France’s Operation Barkhane drew down, with the United States suspending its assistance"
    subject = _country_subject(
        ctx.document.text, s.start, s.start + hit.start, countries, opening_counts=False
    )
    return subject.place if subject is not None and subject.place.has_coordinates else None


def _country_subject(
    text: str, start: int, at: int, countries: list[Mention], *, opening_counts: bool = True
) -> Mention | None:
    """The country (the first of a list) that opens the sentence beginning at ``start`` (unless
    not ``opening_counts``), or that opens a clause just before the act at ``at``."""
    dateline = DATELINE.match(text, start)
    if dateline is not None and len(dateline.group(0)) < 60:
        start = dateline.end()  # "BAMAKO - Mali's foreign ministry summoned …"
    if opening_counts:
        opening = _OPENING_ADVERBIAL.match(text, start)
        opens = opening.end() if opening else start
        first = next((m for m in countries if m.start == opens and m.end <= at), None)
        if first is not None:
            return first
    first = next((m for m in countries if m.end <= at and _SUBJECT_GAP.fullmatch(text, m.end, at)), None)
    if first is None:
        return None
    listed = [m for m in countries if m.end <= first.start]
    while listed and _LIST_GAP.match(text[listed[-1].end : first.start]):
        first = listed.pop()
    # not "closed their borders with Mali and suspended it"
    return first if first.start == start or _CLAUSE_OPENS.search(text, start, first.start) else None


#: Who wins a vote or takes an oath: a person or a party, never the troops a later clause names.
_CIVIL_SUB_TYPES = frozenset({"election", "inauguration"})


#: ``…, where MINUSMA has its camp``: a clause that tells the scene, not who acted.
_WHERE_BEFORE = re.compile(
    r",\s+where\b"
    # "into the camp in Gao where soldiers and former rebels were training": who was there
    r"|\b(?:camp|base|town|village|compound|hotel|site|barracks)\s+(?:in|at|of)\s+(?-i:[A-Z])[\w’'-]+\s+where\b"
)
#: ``according to the Nigerien defence ministry``: who says so, not who acted.
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+\s+)?$", re.I)
_WHAT_IT_CALLED = re.compile(r"\bwhat\s+(?:the\s+)?$", re.I)
#: ``Protesters in Niono denounced the killing of five herders``: who spoke out against a killing
#: took no part in it.
_SPOKE_OUT_AGAINST = re.compile(
    r"\b(?:denounc|condemn|protest|mourn|decr(?:y|ied|ies)|deplor|marched|rall(?:y|ied|ies)|demonstrat)\w*\b",
    re.I,
)
#: ``by soldiers``, ``by a group of troops``: unnamed men under arms, named after what they did.
_BY_SOLDIERS = (
    r"\bby\s+(?:(?:the|some|a|group|of|[\w-]+)\s+){0,3}?(?:soldiers|troops|army|gendarmes|military)\b"
)
#: ``Five herders were killed by soldiers``, ``the killing of five herders by troops``: unnamed soldiers
#: who did it, named after the act, in its clause.
_KILLED_BY_SOLDIERS = re.compile(
    r"(?:(?!\b(?:found|discovered|unearthed|exhumed|uncovered|located)\b)[^.;,]){0,60}?"  # who found them
    rf"{_BY_SOLDIERS}",
    re.I,
)
_CALLED_AFTER = re.compile(r"\s+(?:called|described\s+as|termed|calls|describes\s+as)\b", re.I)
#: ``wearing the uniforms of the Malian army``: whom attackers posed as.
_DISGUISE_BEFORE = re.compile(
    r"\b(?:uniforms?|fatigues|insignia)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+)?(?:and\s+of\s+(?:the\s+)?)?$", re.I
)


#: ``said it had discovered a mass grave``: who came upon the grave.
_FOUND_BEFORE = re.compile(
    r"\b(?:discover(?:ed|s|y\s+of)|finds?|found|uncover(?:ed|s)|unearth(?:ed|s)|exhum(?:ed|es)|locat(?:ed|es))\s+"
    r"(?:what\s+(?:it|they)\s+(?:said|says|called)\s+(?:was\s+|were\s+)?)?(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?$",
    re.I,
)
#: ``Soldiers found the bodies of 12 villagers``: the grave's own words tell of finding it.
_FOUND_IN = re.compile(r"\b(?:found|discovered|unearthed|exhumed|uncovered|located)\b", re.I)
#: ``On 11 June they overran a military position``: a pronoun opening the sentence (after its
#: date, if any) is the subject of the act.
_PRONOUN_BEFORE = re.compile(
    r"\W*(?:(?:On|In|By|Later|Then|Days|Weeks|The\s+(?:following|next))\b[\w ,]{0,25}?\s+)?"
    r"(?:[Tt]hey|[Ii]t|[Ii]ts\s+(?:fighters|men|forces|troops)|[Tt]heir\s+(?:fighters|men|forces|troops)"
    # "The following day, the same group abducted six traders"
    r"|[Tt]he\s+same\s+(?:group|fighters|men|militants|attackers|gunmen|assailants|unit|soldiers))"
    r"\s+(?:(?:had|have|has|then|later|also)\s+)?"
    # "It also claimed the attack on the Inates camp": who claimed it did it
    r"(?:claimed\s+(?:responsibility\s+for\s+)?(?:the|an?)\s+(?:[\w-]+\s+)?)?"
)
#: ``…, and on 7 October, it took``: a pronoun opening a later clause of the sentence, the trigger next.
_PRONOUN_IN_A_LATER_CLAUSE = re.compile(
    r",\s+(?:and|but|then)\s+(?:(?:on|in|by)\b[\w ]{0,25}?,?\s+)?(?:they|it)\s+"
    r"(?:(?:had|have|has|then|later|also)\s+)?$"
)
#: ``came under fire``, ``were ambushed``: an act whose subject took it.
_SUFFERED_HIT = re.compile(r"(?:came|come|comes|coming)\s+under\b|(?:was|were|been)\s", re.I)
#: ``They handed over their camps … and pulled out of Kidal``: the pronoun opening the sentence is
#: the subject of a verb coordinated with its own.
_PRONOUN_OPENS = re.compile(r"\W*(?:They|It)\s+(?!(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\b)")


_TOLD_BEFORE = re.compile(r"\b(?:told|asked|urged|addressed|wrote\s+to)\s+(?:the\s+)?$", re.I)
#: ``the group's fighters stormed``, ``an attack the group claimed``: an armed group named before.
_THE_GROUP_DID = re.compile(
    # "Less than a month later, on 17 September, the group struck"
    r"\W*(?:(?:On|In|By|Later|Then|Days|Weeks)\b[\w ,]{0,40}?\s+|(?:[^,.;:]{1,40},\s+){1,2})?"
    r"[Tt]he\s+(?:(?:group|coalition)(?:['’]s\s+(?:fighters|men|militants))?|(?P<rebels>rebels|separatists))"
    r"\s+(?:(?:had|has|then|later|also)\s+)?$"
)
_THE_GROUP_ACTED = re.compile(
    _THE_GROUP_DID.pattern.removesuffix("$")
    + r"(?:struck|stormed|attacked|raided|ambushed|hit)\s+[^.;:]*,\s+$"
)
#: ``The group said on 24 May that it had killed 40 soldiers in an attack``: its own claim.
_THE_GROUP_SAID = re.compile(
    r"\W*(?:(?:On|In|Later)\b[\w ,]{0,30}?\s+)?[Tt]he\s+(?:group|coalition|(?P<rebels>rebels|separatists))\s+"
    r"(?:said|says|claimed|claims|announced|stated)\b"
)
_THE_GROUP_CLAIMED = re.compile(
    r"\s+(?:in\s+)?(?:an?\s+)?(?:attack|ambush|assault|raid|bombing)\s+(?:that\s+|which\s+)?the\s+group\s+"
    r"(?:later\s+)?claimed\b"
)
_ARMED_GROUPS = frozenset({"jihadist", "rebel", "militia", "foreign armed"})
#: How many sentences back ``the group`` may point.
GROUP_SENTENCES = 12


def _group_doer(ctx: _Doc, index: int, sentence: str, hit: _Hit) -> str:
    """Who ``the group`` (or ``the rebels``) is: the armed group (of rebels) that did what was told
    last, or else the one named last, within a few sentences."""
    did = (
        _THE_GROUP_DID.fullmatch(sentence, 0, hit.start)
        or _THE_GROUP_SAID.match(sentence, 0, hit.start)
        # "…, the group struck the Malian capital, Bamako, killing more than 70 people": its act, told on
        or _THE_GROUP_ACTED.match(sentence, 0, hit.start)
    )
    if not (
        did
        or _THE_GROUP_CLAIMED.match(sentence, hit.end)
        or _THE_GROUP_CLAIMED.search(sentence, hit.start, min(len(sentence), hit.end + 60))
    ):
        return ""
    kinds = {"rebel"} if did and did["rebels"] else _ARMED_GROUPS  # "The rebels took … hostage"
    armed = {a.name for a in ctx.actor_index.actors.values() if a.kind in kinds} - ctx.actor_index.generic
    for found in reversed(ctx.found):  # the group the story has been about: who did what it told last
        if found.sentence_index < index - GROUP_SENTENCES:
            break
        if found.actor1 in armed:
            return found.actor1
    sentences = ctx.document.sentences
    for j in range(index - 1, max(-1, index - 1 - GROUP_SENTENCES), -1):
        before = sentences[j]
        named = [
            m
            for m in ctx.actors_in(before.start, before.end)
            if m.actor.kind in kinds and m.actor.name not in ctx.actor_index.generic
        ]
        # "Al-Mourabitoun … claimed the bombing in a statement relayed by AQIM": the group the
        # sentence is about opens it; otherwise the one named last
        for m in named[:1]:
            if _THE_OPENING.fullmatch(before.text, 0, m.start - before.start):
                return m.actor.name
        if named:
            return named[-1].actor.name
    return ""


_THE_OPENING = re.compile(r"\s*(?:the\s+)?", re.I)


def _pronoun_doer(ctx: _Doc, index: int, sentence: str, hit: _Hit) -> str:
    """Who ``they`` are: the first actor the sentence before, in the same paragraph, names as
    acting (``In May, JNIM fighters attacked … On 11 June they overran …``), or, for a pronoun
    opening a later clause, the one the sentence's clauses before it name."""
    if _SUFFERED_HIT.match(hit.text):
        return ""  # "They came under fire": who they are, they did not do it
    adjacent = _PRONOUN_BEFORE.fullmatch(sentence, 0, hit.start)
    coordinated = _PRONOUN_OPENS.match(sentence) and _SHARED_SUBJECT.search(sentence, 0, hit.start)
    if not (adjacent or coordinated) and (later := _PRONOUN_IN_A_LATER_CLAUSE.search(sentence, 0, hit.start)):
        # "the army launched an offensive towards Anéfis, and on 7 October, it took the town": the
        # subject of the clause before, in the same sentence
        s = ctx.document.sentences[index]
        named = [
            m
            for m in ctx.actors_in(s.start, s.start + later.start())
            if m.actor.name not in ctx.actor_index.generic and not _acted_upon(m, sentence)
        ]
        return named[0].actor.name if named else ""
    if not (adjacent or coordinated) or not index:
        return ""
    sentences = ctx.document.sentences
    before = sentences[index - 1]
    if ctx.paragraph_of(before.start) != ctx.paragraph_of(sentences[index].start):
        return _the_group_written_of(ctx, sentence, hit)
    named = ctx.actors_in(before.start, before.end)
    for found in reversed(ctx.found):
        if found.sentence_index < index - 1:
            break
        # "the group's fighters stormed Talataye … They set fire": the doer the sentence before told by
        # a word standing for it, not one it names (the Council that created the mission "It" is)
        if (
            found.sentence_index == index - 1
            and found.actor1
            and found.actor1 not in ctx.actor_index.generic
            and all(m.actor.name != found.actor1 for m in named)
        ):
            return found.actor1
    acting = [m for m in named if not _acted_upon(m, before.text)]
    for m in acting:
        if m.actor.name not in ctx.actor_index.generic:
            return m.actor.name
    # "Men with guns went from house to house. They took my husband outside and shot him": unnamed, but
    # the ones the sentence before tells acting
    if acting and acting[0].actor.name in ctx.actor_index.unnamed:
        return acting[0].actor.name
    return _the_group_written_of(ctx, sentence, hit)


def _the_group_written_of(ctx: _Doc, sentence: str, hit: _Hit) -> str:
    """``Explainer: Who are JNIM …`` over ``- In March 2018 it attacked the French embassy``: an "it"
    that nothing just before stands for is the armed group the title is about."""
    if not _IT_BEFORE.search(sentence, 0, hit.start):
        return ""
    title = ctx.document.sentences[0]
    if title.end >= _body_start(ctx.document.text):
        return ""  # no title line: the first sentence is the story's own
    groups = [m for m in ctx.actors_in(title.start, title.end) if m.actor.kind in _CLAIMING_KINDS]
    return groups[0].actor.name if groups else ""


_IT_BEFORE = re.compile(
    r"\b(?:[Ii]t|[Ii]ts\s+(?:fighters|men|militants|members))\s+(?:(?:had|has|also|then|later)\s+)?"
    r"(?:claimed\s+(?:responsibility\s+for\s+)?(?:the|an?)\s+(?:[\w-]+\s+)?|\w+\s+)?$"
)


#: ``the junta's promises``, ``France's decision``: what a party said or is, no part in an act.
_ITS_WORDS_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:promises?|pledges?|vows?|decisions?|polic(?:y|ies)|handling|rhetoric|narrative"
    r"|propaganda|strategy|partnership|failures?|inability|legitimacy|image|record|reputation|credibility"
    r"|popularity|plans?|rule|grip)\b",
    re.I,
)


_TIMED_BY_ITS_LEAVING = re.compile(
    r"\b(?:after|following|before|since|amid|with)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:withdrawal|departure|exit"
    r"|pull-?out|expulsion|leaving)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


def _actor_roles(
    event_type: str, sub_event_type: str, mentions: list[ActorMention], sentence: str, at: int | None = None
) -> tuple[str, str]:
    """actor1 (who acted) and actor2 (who was acted upon), by event type and grammar; when the
    clause of the trigger at ``at`` names actors, those (``The French intervention, launched after
    jihadist fighters captured Konna``)."""
    doers: list[actors_mod.Actor] = []
    targets: list[actors_mod.Actor] = []
    bystanders: list[actors_mod.Actor] = []
    allies: list[actors_mod.Actor] = []
    subjects: list[actors_mod.Actor] = []  # doers named before the trigger
    armed_states: list[actors_mod.Actor] = []
    peacekeepers: list[actors_mod.Actor] = []
    previous: tuple[ActorMention, bool] | None = None
    antecedent: ActorMention | None = None
    antecedent_suffered = False
    recipients: list[actors_mod.Actor] = []  # "handed over the camp to the Malian army"
    mentions = _standing_for_themselves(mentions, sentence)
    if at is not None:
        mentions = [m for m in mentions if not _before_its_time_clause(sentence, m, at)]
        if (opening := _OPENING_CLAUSE.match(sentence)) is not None and opening.end() <= at:
            # "When the UN mission began handing over its camps, the accord stopped holding"
            mentions = [m for m in mentions if m.start >= opening.end()]
        own_clause = _in_its_clause(mentions, sentence, at)
        # "The junta announced that several attackers had been arrested": who announced them made them
        mentions = [
            m for m in mentions if m in own_clause or _its_own_arrests(sub_event_type, sentence, m, at)
        ]
        if (relative := _RELATIVE_OPENS.search(sentence, 0, at)) is not None:
            # "at the request of the junta, which took power in 2020": the one the clause is of did it,
            # whatever it was to the main clause
            antecedent = next((m for m in mentions if m.end == relative.start()), None)
            antecedent_suffered = _PASSIVE_WORD.search(relative.group()) is not None
            if antecedent is not None:
                mentions = [antecedent] + [m for m in mentions if m.start >= at]
        if event_type != "base_handover":
            # "captured Kidal … after the withdrawal of MINUSMA": whose leaving times the act is no side in it
            mentions = [
                m
                for m in mentions
                if not (
                    m.start > at and _TIMED_BY_ITS_LEAVING.search(sentence, max(at, m.start - 60), m.start)
                )
            ]
        if " of whom " in sentence and (part := _PART_OF_WHOM.search(sentence, 0, at)) is not None:
            # "urged the authorities to protect aid workers, two of whom were kidnapped … and released":
            # the main clause's actors are none of the clause's
            mentions = [m for m in mentions if m.start >= part.end()]
    answer = _WHAT_IT_SET_OFF_BY.search(sentence, at) if at is not None and " by " in sentence else None
    set_off = answer.end() if answer is not None else None
    for m in mentions:
        if at is not None and m.start >= at and _CAUSE_BEFORE.search(sentence, at, m.start):
            continue  # "targeted the army because of its cooperation with Russian mercenaries"
        if at is not None and m.start >= at and _RESTORED_BEFORE.search(sentence, at, m.start):
            continue  # "imposed sanctions and gave the soldiers a week to restore Bazoum": whom it was for
        if set_off is not None and m.start >= set_off:
            continue  # "the murder of four civilians … set off an offensive by the MSA and its ally GATIA"
        if at is not None and m.end <= at and _in_a_relative_aside(sentence, m, at):
            continue  # "Niger's military rulers, who overthrew President Bazoum in July 2023, ended …"
        if _SUSPECTED_LINKS_BEFORE.search(sentence, max(0, m.start - 60), m.start):
            continue  # "detained 25 people … on suspicion of links to jihadist groups": not a party
        if _ITS_WORDS_AFTER.match(sentence, m.end):
            continue  # "an attack …, a reminder that the junta's promises remain unfulfilled": what it said
        if _ACCORDING_TO.search(sentence, max(0, m.start - 40), m.start) or (
            _WHAT_IT_CALLED.search(sentence, max(0, m.start - 10), m.start)
            and _CALLED_AFTER.match(sentence, m.end)
        ):
            continue  # "according to the rebels", "what the defence ministry called …": who says so
        if (
            event_type == "atrocity"
            and at is not None
            and m.end <= at
            and _SPOKE_OUT_AGAINST.search(sentence, m.end, at)
        ):
            continue  # "Protesters in Niono denounced the killing of five herders": who spoke out
        if (
            sub_event_type == "protests"
            and at is not None
            and m.start >= at
            and (cause := _PROTESTED_DEATHS.search(sentence, at, m.start)) is not None
            and (m.actor.kind == "civilians" or _PROTESTED_ACT.search(sentence, cause.end(), m.start))
        ):
            continue  # "marched over the killing of five herders by militiamen": what it was about
        if at is not None and (
            (m.start >= at and _WHERE_BEFORE.search(sentence, at, m.start))
            or _DISGUISE_BEFORE.search(sentence, max(0, m.start - 60), m.start)
        ):
            # "at the airport, where MINUSMA and Barkhane have their camps"; "fighters wearing the
            # uniforms of the Malian army": where the act took place, whom the attackers posed as
            bystanders.append(m.actor)
            continue
        if at is not None and m.start >= at and _TIME_CLAUSE_BEFORE.search(sentence, at, m.start):
            # "The army entered Kidal two weeks after the peacekeepers left": not who acted, nor, in an
            # attack, who was attacked ("killing eight soldiers before French aircraft forced them back")
            # nor, in a killing, who did it ("31 villagers were killed …, weeks after the army left")
            if event_type != "atrocity" and (event_type != "other" or sub_event_type not in _PHYSICAL_OTHER):
                bystanders.append(m.actor)
            continue
        if (
            event_type == "other"
            and sub_event_type not in _PHYSICAL_OTHER
            and at is not None
            and m.start >= at
            and _WHEN_ASIDE.search(sentence, at, m.start)
        ):
            continue  # "convicted him of crimes committed in Timbuktu, when Ansar Dine held the city"
        if m.actor.name in _UNNAMED_STATE and (
            not (
                _beside_the_trigger(sentence, m, at)
                # "The army said on 4 May that it had neutralised 40 terrorists": who speaks did it
                or (at is not None and m.end <= at and _SAID_IT_DID.match(sentence, m.end, at) is not None)
                or _its_own_arrests(sub_event_type, sentence, m, at)
            )
            or sentence.startswith(("’s", "'s"), m.end)
        ):
            continue  # "the army" further off is as likely another country's; "the government's handling"
        if (
            parent := _PARENT_BEFORE.search(sentence, max(0, m.start - 60), m.start)
        ) is not None and re.search(r"[A-Z][\w’'-]*\)?$", sentence[: parent.start()]):
            continue  # "the Katiba Macina, a unit of the al-Qaeda-linked JNIM, attacked": whose unit it is
        if (
            at is not None
            and m.start >= at
            and _ALONGSIDE_BEFORE.search(sentence, max(0, m.start - 50), m.start)
        ):
            continue  # "took control of Gao alongside other armed groups": who acted with the doer
        if _JOINT_WITH_BEFORE.search(sentence, max(0, m.start - 50), m.start):
            # "during a joint operation with Niger's army, Malian troops were ambushed": beside them
            bystanders.append(m.actor)
            continue
        if _WITH_AS_BEFORE.search(sentence, 0, m.start) and _AS_AFTER.match(sentence, m.end):
            # "He was sworn in, with Goïta as his vice-president": named beside the event
            bystanders.append(m.actor)
            continue
        if (
            event_type == "base_handover"
            and at is not None
            and m.start >= at
            and _HANDED_TO.search(sentence, max(0, m.start - 12), m.start)
        ):
            recipients.append(m.actor)
        # "Touré, who was ousted in a coup": the one a passive relative clause tells of
        upon = (m is antecedent and antecedent_suffered) or (
            m is not antecedent
            and (
                _acted_upon(m, sentence)
                or (at is not None and m.start >= at and bool(_ITS_PEOPLE_OR_PREMISES.match(sentence, m.end)))
            )
        )  # "attacks on the army headquarters and the French embassy": France was struck, not striking
        if upon and _its_own_arrests(sub_event_type, sentence, m, at):
            upon = False  # "The junta announces that several attackers have been arrested": its arrests
        if (
            not upon
            and sub_event_type in _ACCORD_ACTS
            and at is not None
            and m.start >= at
            and _WITH_BEFORE.search(sentence, max(0, m.start - 10), m.start)
        ):
            upon = True  # "denounced its defence accords with France": the other party
        if (
            not upon
            and at is not None
            and m.end <= at
            and _SHOT_THE_ONE.match(sentence, at)
            and _HEAD_OF_BEFORE.search(sentence, max(0, m.start - 40), m.start)
        ):
            upon = True  # "X, the president of the CMA, died after two men shot him": whose head was shot
        if previous is not None and previous[0].actor == m.actor and sentence.endswith(" (", 0, m.start):
            upon = previous[1]  # "the Coordination of Azawad Movements (CMA)": the name's role again
        if upon and event_type in {"other", "atrocity"} and _ATTACKER_WORD.fullmatch(m.text):
            # "according to the army, which said 47 assailants died": the attackers' dead, still the attackers
            upon = sub_event_type in {"arrests", "abduction"} and not _DIED_AFTER.match(sentence, m.end)
        if not upon and previous is not None and previous[1]:
            # "arrested N’Daw, his prime minister Ouane": the list goes on
            upon = bool(_LIST_GAP.match(sentence[previous[0].end : m.start]))
        if (
            not upon
            and previous is not None
            and at is not None
            and (
                m.end <= at
                # "had been carried out by Ansar Dine and AQIM fighters": both named as its agents
                or (
                    previous[0].start > at
                    and _AGENT_BEFORE.search(sentence, max(0, previous[0].start - 40), previous[0].start)
                    is not None
                )
            )
            and _ALLIED_GAP.fullmatch(sentence, previous[0].end, m.start)
        ):
            allies.append(m.actor)  # "JNIM and the Islamic State attacked Boni": both did it
        previous = (m, upon)
        bucket = targets if upon else doers
        if m.actor not in bucket:
            bucket.append(m.actor)
        if not upon and (at is None or m.start < at):
            subjects.append(m.actor)
            if m.actor.kind == "international" and _ARMED_MISSION.search(m.text):
                peacekeepers.append(m.actor)  # "peacekeepers fired into the crowd", not "the UN said"
            if _ITS_FORCES.search(sentence, m.start, m.end):
                armed_states.append(m.actor)  # "French jets", not "France condemned the killing"
    if (
        at is not None
        and (own := next((m for m in mentions if m.start < at < m.end), None)) is not None
        and (own.actor.armed or own.actor.kind == "foreign state")
    ):
        # "a French raid", "French air strikes on their vehicles": the act named as the actor's own
        doers = [own.actor, *(a for a in doers if a != own.actor)]
        subjects = [own.actor, *(a for a in subjects if a != own.actor)]
        targets = [a for a in targets if a != own.actor]
    seen = doers + [a for a in targets + bystanders if a not in doers]

    def pick(pool: list[actors_mod.Actor], kinds: set[str], exclude: actors_mod.Actor | None = None):
        return next((a for a in pool if a.kind in kinds and not _same_side(a, exclude)), None)

    military = {"state military", "foreign armed", "jihadist", "rebel", "militia", "unidentified armed"}
    a1: actors_mod.Actor | None
    a2: actors_mod.Actor | None
    if event_type == "coup":
        a1 = pick(doers, {"state military"}) or pick(doers, {"state"}) or pick(doers, {"person"})
        if (
            a1 is not None
            and a1.kind == "state"
            and a1.country_code
            and (_MILITARY_RULE.search(a1.name) or a1.actor_id.startswith("junta-"))
        ):
            # "Mali's military government … seized power in coups in 2020 and 2021": the army did
            country = (
                a1.name.removeprefix(actors_mod.GOVERNMENT_OF)
                if a1.name.startswith(actors_mod.GOVERNMENT_OF)
                else ""
            )
            a1 = replace(a1, name=actors_mod.load().army_of(a1.country_code, country), kind="state military")
        elif a1 is not None and a1.name == actors_mod.NATIONAL_JUNTA:
            a1 = _UNNAMED_ARMY  # "The military rulers who seized power nearly four years ago"
        if (a1 is None and _by_soldiers(sentence, at)) or (
            a1 is not None and a1.kind == "person" and _soldiers_under(sentence, at, mentions, a1)
        ):
            a1 = _UNNAMED_ARMY
        # who led it is not who it overthrew ("Sanogo, who led a faction that deposed the president")
        a2 = pick(targets, {"person", "state"}, a1) or pick(
            [a for a in seen if a not in doers or a1 is None or a1.kind == "person"], {"person", "state"}, a1
        )
    elif event_type == "coup_attempt":
        a1 = pick(doers, {"state military", "foreign state"})
        a2 = pick(targets, {"state", "person"}, a1) or pick(seen, {"state"}, a1)
        if a1 is None and _by_soldiers(sentence, at):
            return actors_mod.NATIONAL_ARMY, (a2.name if a2 else "")
    elif event_type == "atrocity":
        # "A French air strike … killed 19 civilians …, along with three armed men": the state whose
        # forces struck, before armed men named after the act
        a1 = (
            pick(subjects, military)
            or pick(armed_states, {"foreign state"})
            or pick(doers, military)
            or pick(seen, military)
            or pick(peacekeepers, {"international"})
        )
        if (
            a1 is None
            and at is not None
            and (_soldiers_did(sentence, at) or _KILLED_BY_SOLDIERS.match(sentence, at))
        ):
            a1 = _UNNAMED_ARMY  # "Soldiers killed at least 147 civilians", "were killed by soldiers"
        elif a1 is not None and _after_unnamed_soldiers(a1, mentions, sentence, at):
            a1 = _UNNAMED_ARMY
        a2 = pick(seen, {"civilians"})
        if a2 is None and _CIVILIAN_VICTIMS.search(sentence):
            return (a1.name if a1 else "", "Civilians")
    elif event_type == "base_handover" and recipients:
        # "MINUSMA handed over its camp to the Malian army", "the army handed over the camp to the
        # Africa Corps": the one it went to, and the one who gave it
        a2 = recipients[0]
        others = [a for a in seen if a not in recipients]
        a1 = pick(others, {"foreign state", "international", "foreign armed"}) or pick(
            others, {"state military", "state"}, a2
        )
    elif event_type == "base_handover":
        # "American troops left Air Base 101": a state's own troops who leave are the ones who hand over
        a1 = pick(seen, {"foreign state", "international", "foreign armed"}) or (
            pick(doers, {"state military"}) if sub_event_type == "mission withdrawal" else None
        )
        a2 = pick(seen, {"state military", "state"}, a1)
    elif sub_event_type in _CIVIL_SUB_TYPES:
        a1 = pick(doers, {"person", "political"})
        a2 = None
    else:
        # "an IED on the road wounded 2 civilians": civilians suffer violence, they do not do it
        violent = sub_event_type in _PHYSICAL_OTHER and sub_event_type != "protests"
        a1 = next((a for a in doers if not (violent and a.kind == "civilians")), None)
        if (
            a1 is None
            and at is not None
            and (
                (violent and _soldiers_did(sentence, at))
                or (sub_event_type == "arrests" and _ARRESTED_BY_SOLDIERS.match(sentence, at))
            )
        ):
            a1 = _UNNAMED_ARMY  # "Soldiers fought jihadists near Boulkessi", "were arrested by soldiers"
        elif a1 is not None and _after_unnamed_soldiers(a1, mentions, sentence, at):
            allies.insert(0, a1)
            a1 = _UNNAMED_ARMY
        protesters = next((a for a in seen if a.name == actors_mod.PROTESTERS), None)
        if sub_event_type == "protests" and protesters is not None and a1 is not protesters:
            # "Thousands of protesters marched", "Police fired tear gas at protesters": a protest is the
            # protesters', whoever stepped in
            if a1 is not None and not targets:
                targets = [a1]
            a1 = protesters
        if not targets and allies and not (at is not None and _RECIPROCAL.match(sentence, at)):
            seen = [a for a in seen if a not in allies]  # who fought beside the actor is not its target
        # "Niger's military rulers ended the military cooperation agreement": one state, not two sides
        a2 = next(
            (a for a in (targets or seen) if not _same_side(a, a1) and not _one_state(a, a1, sub_event_type)),
            None,
        )
        if sub_event_type == "protests" and a1 is not None and a1.kind == "civilians":
            a1 = replace(a1, name=actors_mod.PROTESTERS)  # "Residents of Tessit protested": as protesters
    return (a1.name if a1 else "", a2.name if a2 else "")


def _one_state(a: actors_mod.Actor, b: actors_mod.Actor | None, sub_event_type: str) -> bool:
    """A state's government and its army, in an act of state (not an arrest or a clash)."""
    return (
        b is not None
        and sub_event_type in _ACCORD_ACTS
        # "the junta" is of no country yet: the one its army is of
        and (not a.country_code or not b.country_code or a.country_code == b.country_code)
        and {a.kind, b.kind} <= {"state", "state military"}
    )


_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
_ACCORD_ACTS = frozenset(
    {"defence agreement ended", "peace agreement ended", "pact signed", "peace agreement"}
)


#: ``, who was ousted``: a relative clause in the passive, told of the name before it.
_PASSIVE_WORD = re.compile(r"\b(?:was|were|been)\b")
#: ``, which took``: a relative clause that opens on the trigger, whose subject is the name before it.
_RELATIVE_OPENS = re.compile(r",\s+(?:who|which)\s+(?:(?-i:[a-z])[\w’'-]*\s+){0,2}$")
#: ``aid workers, two of whom were kidnapped … and released``: a clause about some of those named before.
_PART_OF_WHOM = re.compile(r",\s+(?:[\w-]+\s+){1,2}of\s+whom\b[^;:]*$")


def _in_a_relative_aside(sentence: str, m: ActorMention, at: int) -> bool:
    """The mention sits in a relative clause set off by commas (``, who overthrew President Bazoum in
    July 2023,``) that closes before the trigger: it tells of the subject, not of the act."""
    return bool(_RELATIVE_ASIDE.search(sentence, 0, m.start)) and sentence.find(",", m.end, at) != -1


#: A mission named by its armed men (``peacekeepers``, ``UN troops``), who can do what soldiers do.
_ARMED_MISSION = re.compile(r"peacekeepers|troops|helmets|\bforce\b|soldiers", re.I)
#: A state named by its armed forces (``French jets``, ``a French air strike``), not by its name.
_ITS_FORCES = re.compile(
    r"\b(?:army|forces|military|troops|soldiers|jets|warplanes|aircraft|helicopters|air\s+force|drones?"
    r"|air\s?strikes?|strikes?)\b",
    re.I,
)


#: A government of soldiers: the forces that took power, before they were one.
_MILITARY_RULE = re.compile(r"^Transitional government of\b")


#: ``JNIM and the Islamic State``, ``Malian troops, alongside Russian mercenaries,``: one subject
#: of several actors.
_ALLIED_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as|alongside|together\s+with|backed\s+by|supported\s+by)\s+)"
    r"(?:the\s+|their\s+|its\s+)?(?:[\w’'-]+\s+){0,2}"
    r"(?:of\s+the\s+(?:former\s+)?)?"  # "Malian soldiers and Russian fighters of the former Wagner Group"
)
#: ``… alongside other armed groups``, ``backed by Russian mercenaries``: who acted beside the doer.
_ALONGSIDE_BEFORE = re.compile(
    r"\b(?:alongside|together\s+with|along\s+with|in\s+concert\s+with|(?:backed|supported|assisted|aided"
    r"|helped|accompanied)\s+by)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.I,
)
#: ``clashed``, ``fought``: both sides of the subject are each other's opponents.
_RECIPROCAL = re.compile(r"(?:clash|fought|fight|battl|skirmish|exchang|gun\s?battle|firefight)", re.I)


#: Who speaks of an event; unlike ``_SPEECH``, not ``claimed``: a group claiming an attack made it.
_SPEAKING_AFTER = re.compile(
    # "…, police and the United Nations said": one of two who speak
    r"(?:\s+and\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?=\s+(?:said|says|reported)\b))?"
    r"\s+(?:said|says|reported|reports|told|announced|stated|added"
    # "The army has raised to 26 the number of soldiers killed when militants overran its camp"
    rf"|(?:(?:has|have|had)\s+)?{_COUNT_REVISED})\b"
)
_CLAIMING_AFTER = re.compile(r"\s+(?:later\s+)?claim(?:ed|s)\b")
#: ``the UN mission in Mali``: where a speaker is, between it and its verb
_FROM_WHERE = re.compile(r"\s+(?:in|for)\s+(?-i:[A-Z])[\w’'-]+(?=\s)")


#: What is reported: the clause after ``said … that``, whose own subject did the act.
#: Verbs that report what someone said (not ``claimed``: who claims an attack made it).
_SAYING = r"said|says|announced|reported|stated|alleged|told\s+[\w.]+"
_REPORTED_THAT = re.compile(rf"\b(?:{_SAYING})\s+(?:[\w’'-]+\s+){{0,4}}?that\s", re.I)


#: Between a subject and its verb: nothing, or a word or two (``began``, ``had then``).
_VERB_GAP = re.compile(r"\s*(?:[a-z][\w’'-]*\s+){0,2}")


_NEXT_ACT = re.compile(
    r",?\s+(?:and|but|while|whereas)\s+(?:then\b|later\b|(?:[\w-]+\s+){1,2}(?:later|earlier)\b"
    r"|(?:in|on|by|during)\s+(?-i:[A-Z0-9])|the\s+(?:next|following)\s+)",
    re.I,
)


#: a past verb right after a name: the name is its subject
_ITS_OWN_VERB = re.compile(
    r"\s+(?:then\s+|later\s+|also\s+)?(?:\w+ed|took|burnt|shot|stole|set|struck|hit|fled|left|went|came|seized"
    r"|overran|fought|began)\b"
)
_NEAR_SUBJECT_GAP = re.compile(r"(?:[\w’'-]+\s+){0,3}")
#: ``said on Thursday that the army``: what may stand between a verb of saying and what it reports.
_SAID_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:on|late\s+on|early\s+on|in|last)\s+[\w’'-]+\s+)?(?:that\s+)?"
    # "The army said it killed 30 terrorists": whom the speaker says it acted on, not a new subject
    r"(?!(?:it|they|we)\s)(?:[\w’'-]+\s+){0,3}"
)
#: ``since the rebels … seized``: a clause of time that may have a subject of its own.
_SINCE_OPENS = re.compile(r"\bsince\s+", re.I)


_PRONOUN_PASSIVE = re.compile(r",\s+(?:he|she|they|it)\s+(?:was|were|had\s+been|has\s+been)\s+\w+", re.I)


def _in_its_clause(mentions: list[ActorMention], sentence: str, at: int) -> list[ActorMention]:
    """``It ended its cooperation with France, and the UN mission left the country``: when the
    trigger's own clause names an actor, the clauses before it lend none; after a semicolon, who
    speaks of the event (``…; the defence ministry said``) took no part in it."""
    opened = max((m.start() for m in _OWN_CLAUSE.finditer(sentence, 0, at)), default=-1)
    for m in mentions:
        if (
            m.start <= at
            and (m.end >= at or _VERB_GAP.fullmatch(sentence, m.end, at))
            and _SUBJECT_JOINED.search(sentence, 0, m.start)
        ):
            # "…, and MINUSMA left the country", "…, and Ansar Dine began smashing": a subject opens a clause
            opened = max(opened, m.start)
    for said in _REPORTED_THAT.finditer(sentence, 0, at):
        # "The rebels said that the army had carried out strikes": the reported clause's own subject,
        # not its object ("said that they were in control of Gao after routing the MNLA")
        if any(
            said.end() <= m.start < at and _NEAR_SUBJECT_GAP.fullmatch(sentence, said.end(), m.start)
            for m in mentions
        ):
            opened = max(opened, said.end())
    for tw in _SINCE_OPENS.finditer(sentence, 0, at):
        # "served as the MNLA's headquarters since the rebels … seized the town": the clause of time
        # has a subject of its own, who did what it tells
        if any(
            tw.end() <= m.start < at and _NEAR_SUBJECT_GAP.fullmatch(sentence, tw.end(), m.start)
            for m in mentions
        ):
            opened = max(opened, tw.start())
    for m in mentions:
        speaking = _SPEAKING_AFTER.match(sentence, m.end) if m.end <= at else None
        if speaking is not None and any(
            speaking.end() <= o.start < at and _SAID_SUBJECT_GAP.fullmatch(sentence, speaking.end(), o.start)
            for o in mentions
        ):
            opened = max(opened, speaking.end())  # "The CMA said the army and Wagner attacked its positions"
    # "Fighters attacked the camp at Inates on Tuesday, Niger's defence ministry said": who tells of it, after
    # the act and set off by a comma (a group saying it did the act, as in "…, JNIM said", still did it)
    mentions = [
        m
        for m in mentions
        if not (
            m.start > at
            and m.actor.kind not in _CLAIMING_KINDS
            and "," in sentence[at : m.start]
            # "…, the UN mission in Mali said on Sunday": where the speaker is from
            and _SPEAKING_AFTER.match(
                sentence, (where.end() if (where := _FROM_WHERE.match(sentence, m.end)) else m.end)
            )
        )
    ]
    closed = sentence.find(";", at)
    if closed != -1:  # "…; the defence ministry said 71 soldiers were killed": who speaks of it
        # or claims it ("…; the Islamic State claimed the attack"), credited as its actor later
        mentions = [
            m
            for m in mentions
            if m.start < closed
            or not (_SPEAKING_AFTER.match(sentence, m.end) or _CLAIMING_AFTER.match(sentence, m.end))
        ]
    # "jihadists attacked a passenger boat near Bamba, and five days later the rebels attacked …": a clause
    # of its own time after it is another act's
    after = _NEXT_ACT.search(sentence, at)
    if after is not None:
        mentions = [m for m in mentions if m.start < after.start()]
    # "jihadists attacked the army post at Boni, and militiamen burned 40 homes": a subject of its own
    # after the act opens another's clause
    joined = next(
        (
            m.start
            for m in mentions
            if m.start > at
            and _SUBJECT_JOINED.search(sentence, at, m.start)
            and _ITS_OWN_VERB.match(sentence, m.end)
        ),
        None,
    )
    if joined is not None:
        mentions = [m for m in mentions if m.start < joined]
    # "Elected president in 2002, he was overthrown … by soldiers led by Sanogo": a pronoun's passive
    # clause after the act has its own agent
    if (passive := _PRONOUN_PASSIVE.search(sentence, at)) is not None:
        mentions = [m for m in mentions if m.start < passive.start()]
    if opened < 0 or not any(opened <= m.start for m in mentions):
        return mentions
    return [m for m in mentions if m.start >= opened]


def _before_its_time_clause(sentence: str, m: ActorMention, at: int) -> bool:
    """``The French intervention, launched after jihadist fighters captured Konna``: the trigger
    at ``at`` tells, in a clause of time, an event the actors before it took no part in; so does
    one a time word governs (``declared mourning after two attacks``)."""
    if m.end > at:
        return False
    if _TIME_CLAUSE_OPENED.search(sentence, m.end, at):
        return True
    governed = _GOVERNED_BY_TIME.search(sentence, m.end, at)
    if governed is None:
        return False
    # "Gunmen … fired into the air before shooting dead six people": a gerund after the time word has
    # the main clause's subject (not its object: "hired Wagner … after falling out with France")
    before = sentence[: m.start].split()
    subject = (
        "," not in sentence[: m.start] and len(before) <= 4 and not any(w.endswith("ed") for w in before)
    )
    return not (subject and _GERUND_AFTER_TIME.match(governed.group()))


#: ``before shooting``, ``after falling out``: a time word and a gerund (not ``after fighting``, a noun).
_GERUND_AFTER_TIME = re.compile(r"\w+\s+(?!fighting\b)[a-z]+ing\b")


def _beside_the_trigger(sentence: str, m: ActorMention, at: int | None) -> bool:
    """``The army said it killed``, ``clashed with government troops``: the subject a few words
    before the trigger, or its object in the same clause after it."""
    if at is None:
        return False
    if m.start <= at < m.end and m.actor.kind == "state military":
        return True  # "Military drone strikes hit a wedding": the act is in the army's own words
    if m.end <= at:
        return bool(_SUBJECT_GAP.fullmatch(sentence, m.end, at))
    return bool(_OBJECT_GAP.fullmatch(sentence, at, m.start))


#: A character of one clause: no comma, no stop, no word opening a clause or reporting speech.
_NO_CLAUSE_BREAK = (
    r"(?:(?!\b(?:said|says|told|reported|while|when|after|as|who|which|that|where|before|but|because)\b)"
    r"[^,;!?])"
)
#: ``arrived in the village of Dioura at about 7 a.m. and``: how men came, in the clause before their deed.
_CAME_AND = (
    r"\b(?:arrived|came|drove|rode|entered|surrounded|encircled|stormed|raided|returned|gathered)\b"
    rf"{_NO_CLAUSE_BREAK}{{0,80}}?\s+and\s+(?:then\s+)?"
)
_SUBJECT_GAP = re.compile(
    # "The army, with Wagner fighters, entered Kidal": who came along stands aside
    r"(?:,\s+(?:with|alongside|backed\s+by|supported\s+by|helped\s+by)\s+[^,.;]{1,40},)?"
    r"(?:\s+(?:[\w’'-]+\s+){0,3}|\s*"
    # "Mali's foreign ministry summoned": the country's own office
    r"|['’]s\s+(?:foreign|defence|defense|interior|justice)\s+ministry\s+"
    # "Guinea's junta dissolved the government": its rulers, acting at home
    rf"|['’]s\s+(?:{_RULERS}|government|authorities)\s+"
    # "the army announced that it had retaken Farabougou": its own act, told by itself
    r"|\s+(?:said|says|announced|announces|reported|stated|claimed|confirmed)\s+that\s+(?:it|they)\s+"
    r"(?:had|has|have)\s+(?:[\w’'-]+\s+)?"
    # "soldiers … arrived in the village at about 7 a.m. and rounded up men": who came did it
    rf"|{_NO_CLAUSE_BREAK}{{1,60}}?{_CAME_AND}"
    # "the army and its Wagner allies rolled into Kidal": the army, with those beside it
    r"|\s+and\s+(?:its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:allies|partners|auxiliaries|instructors)\s+)"
)
_OBJECT_GAP = re.compile(r"[\w’'-]+(?:\s+[\w’'-]+){0,6}\s+")


def _by_soldiers(sentence: str, at: int | None) -> bool:
    """``Soldiers mutinied``, ``a military coup``: a coup no army is named for is its country's
    own soldiers' (``arrested several officers`` names the plotters, not who acted)."""
    if at is None:
        return False
    if (soldiers := _SOLDIERS.search(sentence, 0, at)) is not None and not (
        soldiers.group()[0].isupper() and _REPORTED_BY.search(sentence, soldiers.end(), at)
    ):
        return True  # not "the Minister of Security, General Daoud, said … that": who reports it
    if _MUTINOUS_MEN.match(sentence, at):
        return True
    if _BY_OFFICERS.search(sentence, at, at + 90):
        return True  # "was overthrown on 24 January by Lieutenant-Colonel Damiba"
    if _ARMY_DID.search(sentence, 0, at):
        return True  # "Burkina Faso's army took power", "Guinea's special forces ousted Alpha Condé"
    return bool(_MILITARY_COUP.search(sentence))


def _soldiers_under(
    sentence: str, at: int | None, mentions: list[ActorMention], leader: actors_mod.Actor
) -> bool:
    """``Officers of the presidential guard led by General Tiani detained …``, ``soldiers … detained
    President Bazoum, and General Tiani proclaimed himself …``: soldiers told first did it, the
    officer named after them led them or came after."""
    if at is None:
        return False
    return any(m.actor == leader and _SOLDIERS.search(sentence, 0, m.start) is not None for m in mentions)


#: ``soldiers and the``: unnamed soldiers told first, with someone beside them.
_SOLDIERS_AND = re.compile(r"\b(?:[Ss]oldiers|[Tt]roops)\s+and\s+(?:the\s+)?$")


def _after_unnamed_soldiers(
    a1: actors_mod.Actor, mentions: list[ActorMention], sentence: str, at: int | None
) -> bool:
    """``soldiers and dozos arrested some 30 men``: the army named first, unnamed, and the militia or
    foreign fighters beside it; the army is the one who acted."""
    return (
        at is not None
        and a1.kind in {"militia", "foreign armed"}
        and any(
            m.actor == a1 and m.end <= at and _SOLDIERS_AND.search(sentence, max(0, m.start - 20), m.start)
            for m in mentions
        )
    )


#: The side a coup by unnamed soldiers is given; named after the country once the place is known.
_UNNAMED_ARMY = actors_mod.Actor("national-army", actors_mod.NATIONAL_ARMY, "state military")
#: Military ranks before a name: ``Captain Ibrahim Traoré``, ``Lieutenant-Colonel Damiba``.
_RANK_WORD = r"(?-i:Captain|Colonel|Lieutenant-Colonel|Lieutenant|Major|General|Commander|Sergeant)"
_SOLDIERS = re.compile(
    r"\b(?:soldiers|officers|troops|mutineers|mutiny|servicemen|colonels|generals|guardsmen|paratroopers|commandos)\b"
    # "members of the presidential guard": a unit of the army
    r"|\b(?:presidential|republican|national)\s+guard\b"
    # "Captain Ibrahim Traoré, who took power": an officer named by rank
    rf"|\b{_RANK_WORD}\s+(?-i:[A-Z])",
    re.I,
)
_REPORTED_BY = re.compile(r"\b(?:said|says|told|announced|stated|reported|declared)\b")
_SURNAME_SUBJECT = re.compile(
    r"\b(?-i:([A-Z][\w’'-]+))\s+(?:had\s+|has\s+)?(?:himself\s+)?"
    # "Damiba had himself seized power in a coup": the coup he took power in
    r"(?:(?:seized|taken|took)\s+power\s+in\s+a\s+)?$"
)


def _officer_named_before(text: str, sentence_start: int, sentence: str, hit: _Hit) -> bool:
    """A surname opening the act (``Traoré seized power``) that the text gave earlier with a military
    rank (``Captain Ibrahim Traoré``): an officer, so the army's act."""
    subject = _SURNAME_SUBJECT.search(sentence, max(0, hit.start - 40), hit.start)
    if subject is None:
        return False
    rank = rf"\b{_RANK_WORD}\s+(?:[A-Z][\w’'-]+\s+){{0,3}}{re.escape(subject.group(1))}\b"
    return re.search(rank, text[: sentence_start + hit.start]) is not None


_BY_OFFICERS = re.compile(
    # "an attempted coup last week by a small group of army officers"
    r"\bby\s+(?:an?\s+(?:small\s+)?(?:group|handful|faction|clique|band)\s+of\s+)?"
    r"(?:(?:mutinous|rebel|renegade|army|junior|senior|disgruntled)\s+)?(?:soldiers|officers|troops|mutineers|the\s+army|the\s+military"
    rf"|{_RANK_WORD}\s+(?-i:[A-Z]))",
    re.I,
)
#: The force that acted, named right before the act: ``the army took power``, ``special forces ousted``.
_ARMY_DID = re.compile(
    r"\b(?:army|military|special\s+forces|presidential\s+guard|republican\s+guard|putschists)\s+(?:\w+ly\s+)?$",
    re.I,
)
#: ``Soldiers killed``, ``said troops had executed``: unnamed soldiers right before the deed did
#: it (``Chadian soldiers`` are not the army of the place).
_SOLDIERS_DID = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:[Tt]he|[Ss]ome|[Ss]everal|[Uu]niformed|[Gg]overnment|said|that|when|after|where|\d+"
    r"|which|whereupon|and|(?:last|that|this)\s+(?:year|month|week|weekend|night))\s+)"
    r"(?:[Ss]oldiers|[Tt]roops)"
    # "soldiers and foreign personnel killed": the army, with those who fight beside it
    r"(?:\s+and\s+(?:foreign|Russian|allied|white)\s+(?:personnel|fighters|mercenaries|troops|soldiers|men))?"
    # "soldiers at a checkpoint near Diabaly shot dead": where they stood, between them and the deed
    r"(?:\s+(?:at|manning)\s+(?:a|the)\s+(?:checkpoint|roadblock)(?:\s+(?:near|in|at|outside)\s+[A-Z][\w’'-]*)?)?"
    r"\s+(?:(?:had|have|reportedly|allegedly|then)\s+)?$"
)
#: ``Soldiers have also been blamed for the killing of 28 people … and for an attack``: the doers named.
_SOLDIERS_BLAMED = re.compile(
    r"\b(?:[Ss]oldiers|[Tt]roops|[Tt]he\s+army)"
    # "the army and its Russian allies were accused by Human Rights Watch of executing"
    r"(?:\s+and\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:allies|partners|auxiliaries|instructors))?"
    r"\s+(?:have|has|had|were|was|are|is)\s+(?:also\s+)?(?:been\s+)?"
    r"(?:blamed|held\s+responsible|accused)\s+(?:by\s+[^.;,]{1,60}?\s+)?(?:for|of)\b[^.;]*$"
)


#: ``arrested by soldiers``: the men under arms who made an arrest, named after it.
_ARRESTED_BY_SOLDIERS = re.compile(rf"[\w-]+\s+{_BY_SOLDIERS}", re.I)


#: ``soldiers and foreign fighters in several vehicles arrived in the village … and rounded up``.
_SOLDIERS_CAME = re.compile(
    r"\b(?:[Ss]oldiers|[Tt]roops)(?:\s+and\s+(?:[\w-]+\s+){0,2}(?:fighters|mercenaries|militiamen|auxiliaries))?"
    r"(?:\s+(?:in|on|aboard)\s+(?:[\w-]+\s+){0,3}?(?:vehicles|trucks|pick-?ups|motorcycles|motorbikes|helicopters))?"
    rf"\s+{_CAME_AND}$"
)


#: ``soldiers rounded up men in the village of Ouro Guéladio and executed 13 of them``: the soldiers'
#: first deed, then the one told.
_SOLDIERS_DID_FIRST = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:[Tt]he|[Ss]ome|[Ss]everal|[Uu]niformed)\s+)(?:[Ss]oldiers|[Tt]roops)\s+"
    r"(?:\w+ed|took|led|drove|rounded\s+up|went|came|stormed|entered)\b"
    # "near Diafarabé, Mali, took them away": a country named after the place stands aside
    r"(?:(?!\b(?:when|after|before|while|as|who|which|that|and)\b)(?:[^.;,:]|,\s+[A-Z][\w’'-]+(?=,))){0,80}?"
    # "soldiers detained three men at a checkpoint, took them away and shot them": a series of their deeds
    r"(?:\band\s+(?:then\s+)?|,\s+)$"
)
#: the deed that goes on a series (not ``…, executions were reported``)
_NEXT_DEED = re.compile(r"(?:\w+ed|took|led|drove|shot|rounded\s+up)\b")


def _soldiers_did(sentence: str, at: int) -> bool:
    return bool(
        _SOLDIERS_DID.search(sentence, 0, at)
        or _SOLDIERS_BLAMED.search(sentence, 0, at)
        or _SOLDIERS_CAME.search(sentence, 0, at)
        or (
            (first := _SOLDIERS_DID_FIRST.search(sentence, max(0, at - 140), at)) is not None
            and (not first.group().rstrip().endswith(",") or _NEXT_DEED.match(sentence, at) is not None)
        )
    )


#: ``mutinous soldiers of the presidential guard``: the trigger word describes the soldiers.
_MUTINOUS_MEN = re.compile(
    r"(?:mutinous|rebel(?:lious)?|renegade)\s+(?:[\w-]+\s+)?(?:soldiers|officers|troops)\b", re.I
)
_MILITARY_COUP = re.compile(r"\bmilitary\s+(?:coups?|takeovers?|putsch(?:es)?)\b", re.I)
_JOINT_WITH_BEFORE = re.compile(
    r"\b(?:joint\s+(?:[\w-]+\s+)?(?:operations?|patrols?|missions?|offensives?)|in\s+(?:partnership|cooperation))"
    r"\s+with\s+(?:the\s+)?$",
    re.I,
)
_WITH_AS_BEFORE = re.compile(r"\bwith\s+(?:(?:the|his|her|their|its)\s+)?(?:[\w’'.-]+\s+){0,2}$", re.I)
_AS_AFTER = re.compile(r"\s+as\b", re.I)


def _time_word_before(words: int) -> re.Pattern[str]:
    """A time word (``after``, ``until``, ``following``) at most ``words`` words before the end."""
    return re.compile(rf"\b(?:{_TIME_WORDS}|following)\s+(?:[\w’'-]+\s+){{0,{words}}}$", re.I)


#: ``expelled Ngefa days after he spoke at a Security Council meeting``: a time clause the actor is in
_TIME_CLAUSE_BEFORE = _time_word_before(6)
#: A sentence that opens on a clause of time or cause: who acts in it is not the main clause's actor.
_OPENING_CLAUSE = re.compile(
    r"\W{0,3}(?:When|Whenever|As\s+soon\s+as|Once|While|Because|Although|Though)\s[^,;]{3,150},\s"
    # "In January 2013, as French and Malian troops approached, fleeing fighters set fire to …"
    r"|\W{0,3}(?:In|On|By|Early|Late)\s[^,;]{3,40},\s+(?:when|as|while)\s(?!(?:a\s+result|part|well)\b)[^,;]{3,150},\s"
)
#: ``declared mourning after two attacks``: what a time word governs
_GOVERNED_BY_TIME = _time_word_before(3)
#: ``on suspicion of links to jihadist groups``: a group the people acted upon were suspected of
#: belonging to, no party to the act.
_SUSPECTED_LINKS_BEFORE = re.compile(
    r"\b(?:suspicion|suspected|accused|suspect)\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:links?|ties|belonging|complicity"
    r"|collusion|membership|collaborat\w*|colluding|association)\s+(?:to|with|in|of)\s+(?:the\s+|armed\s+)?$",
    re.I,
)
#: ``targeted the army because of its cooperation with Russian mercenaries``: who is named in a
#: cause took no part in the deed.
_CAUSE_BEFORE = re.compile(
    r"\b(?:because\s+of|in\s+(?:response|retaliation|reprisal)\s+(?:to|for)|to\s+(?:punish|avenge))\s+"
    r"(?:[\w’'-]+\s+){0,6}$",
    re.I,
)
#: ``to restore Bazoum``, ``demanding the release of``: whom the act was meant to help, not its target.
_RESTORED_BEFORE = re.compile(
    r"\b(?:to|and)\s+(?:restore|reinstate|free|release|return)\s+(?:(?:the\s+)?(?:[\w’'-]+\s+){0,2})?$"
    r"|\b(?:restoration|reinstatement|release|return)\s+of\s+(?:(?:the\s+)?(?:[\w’'-]+\s+){0,2})?$",
    re.I,
)


#: ``set off an offensive by the``: an act the event brought about, and whose it was.
_WHAT_IT_SET_OFF_BY = re.compile(
    r"\b(?:set\s+off|sets\s+off|triggered|prompted|provoked|sparked|led\s+to|brought\s+on)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:offensive|counter-?offensive|operation|campaign|crackdown|response|reprisals?"
    r"|retaliation|manhunt|sweep)s?\s+(?:led\s+)?by\b",
    re.I,
)


def _same_side(a: actors_mod.Actor, b: actors_mod.Actor | None) -> bool:
    """One actor, or one government or army under two names (``the junta``, ``the Malian
    government``; ``Malian troops`` and ``the army``)."""
    if b is None:
        return False
    if a is b or (a.kind == b.kind == "state" and a.country_code == b.country_code):
        return True
    armies = {a.name, b.name} & {actors_mod.NATIONAL_ARMY}
    return bool(armies) and a.kind == b.kind == "state military"


def _claimant(ctx: _Doc, sentence_index: int, sentence_text: str, sentence_start: int, pos: int) -> str:
    """Who asserts what is said at ``pos``: the source the sentence cites, the quoted source,
    a source cited earlier in the paragraph, or the document."""
    text = ctx.document.text
    # "Dozens … were killed, according to local sources, while JNIM claimed to have killed hundreds":
    # each count's own clause says who gives it
    opens = [0, *(m.end() for m in _CONTRASTED_CLAUSE.finditer(sentence_text))]
    if len(opens) > 1:
        at = bisect.bisect_right(opens, pos) - 1
        a, b = opens[at], (opens[at + 1] if at + 1 < len(opens) else len(sentence_text))
        if source := _cited_source(ctx, sentence_text[a:b], sentence_start + a):
            return source
    if source := _cited_source(ctx, sentence_text, sentence_start):
        return source
    para = ctx.paragraph_of(sentence_start)
    line_start = ctx.line_starts[para]
    quote_open = _in_quote(text, line_start, sentence_start + pos)
    if quote_open is not None:
        speaker = _last_speaker(ctx, max(ctx.line_starts[max(0, para - 1)], quote_open - 400), quote_open)
        if speaker:
            return speaker
    for prev in range(sentence_index - 1, max(-1, sentence_index - 4), -1):
        s = ctx.document.sentences[prev]
        if s.start < line_start:
            break
        if source := _cited_source(ctx, s.text, s.start, reporting=True):
            return source
    return _the_document_s_voice(ctx)


#: ``…, while JNIM claimed …``, ``…; the army said …``: a clause set against the one before it.
_CONTRASTED_CLAUSE = re.compile(r",\s+(?:while|whereas|but)\s+|;\s+")


def _the_document_s_voice(ctx: _Doc) -> str:
    """Who speaks where no one else is cited: the publisher, the author or the issuer, or else the
    document itself by its title."""
    doc = ctx.document
    return doc.publisher or doc.author or ctx.issuer() or f"the document ({doc.title[:60]})"


_ISSUED = r"(?:communiqu[ée]|press\s+release|statement)"
#: ``COMMUNIQUÉ No. 047 OF THE GENERAL STAFF OF THE ARMED FORCES``, ``Press release from the Ministry of
#: Defence``: who issued it, named after it (``Statement on the attack against UN peacekeepers`` names none).
_ISSUED_BY = re.compile(
    rf"\b{_ISSUED}\s+(?:n[o°º]\.?\s*\d+\s+)?(?:issued\s+)?(?:of|from|by)\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}$",
    re.I,
)
#: ``MINUSMA press release``, ``The army's statement``, a letterhead ``GENERAL STAFF OF THE ARMED FORCES``
#: over ``PRESS RELEASE No. 047``: who issued it, named before it.
_ISSUED_AFTER = re.compile(rf"(?:['’]s)?\s+(?:official\s+|press\s+)?{_ISSUED}\b", re.I)
#: ``Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani``, heading briefing
#: notes: whose words they are (a line of its own, not ``…, a spokesman for the army, said``).
_SPOKESPERSON_FOR = re.compile(
    r"^[ \t*_]*spokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?$", re.I | re.M
)


def _issued_by(ctx: _Doc) -> str:
    """Who a communiqué or press release is from, when its title names them (or the spokesperson's
    line under the title of briefing notes): what it says unattributed, they say."""
    text = ctx.document.text
    title_end = _body_start(text)
    titled = next(
        (
            a.actor.name
            for a in ctx.actors_in(0, title_end)
            if a.actor.speaker and (_ISSUED_BY.search(text, 0, a.start) or _ISSUED_AFTER.match(text, a.end))
        ),
        "",
    )
    if titled or "spokes" not in text[:HEAD_CHARS].lower():
        return titled
    return next(
        (
            a.actor.name
            for a in ctx.actors_in(title_end, HEAD_CHARS)
            if a.actor.speaker
            and _SPOKESPERSON_FOR.search(text, max(0, title_end + a.start - 30), title_end + a.start)
        ),
        "",
    )


#: Sources named by what they are (``witnesses said``, ``according to the government``).
_GENERIC_SOURCE = (
    r"(?:(?:the|an?|local|security|military|medical|hospital|government|army|regional|some|other|several|two|three"
    r"|humanitarian|human|rights|elected|senior|civil\s+society)\s+)*"
    r"(?:government|army|military|authorities|officials?|witnesses|survivors|residents|leaders|sources?|police|junta"
    r"|ministry|spokes(?:man|woman|person)|mayor|doctors|villagers|elders|activists|investigators|groups?"
    r"|rebels|separatists|militants|jihadists|insurgents|monitors|diplomats|NGOs?|relatives|families|neighbou?rs"
    r"|locals|prefecture|prefect|governor(?:ate)?"
    # "Health workers at the Niono referral centre told us": who tended the dead and wounded
    r"|health\s+workers|medics|nurses|hospital\s+staff|medical\s+staff)"
)
#: ``according to a document from the local prefecture``: the body the paper came from.
_SOURCE_AFTER = re.compile(
    r"\s+(?:(?:an?|the)\s+(?:\w+\s+)?(?:document|report|note|letter|memo)\s+(?:from|of|by|issued\s+by)\s+)?"
    rf"(?P<source>{_GENERIC_SOURCE})\b",
    re.I,
)
_SOURCE_BEFORE = re.compile(
    rf"\b(?P<source>{_GENERIC_SOURCE})"
    # "An elected official from the area said"
    # "Residents of Léré told": of a place named
    # "Health workers at the Niono referral centre told": where they work
    r"(?:\s+(?:from|in|of|at)\s+(?:the\s+)?(?:area|region|town|village|commune|district|province|(?-i:[A-Z])[\w’'-]+"
    r"|(?:[\w’'-]+\s+){0,2}(?:hospital|cent(?:re|er)|clinic|morgue)))?"
    # "The ministry's statement … spoke of": whose statement
    r"(?:['’]s)?(?:,?\s+(?:which|who))?\s+(?:have\s+|had\s+|also\s+)?$",
    re.I,
)


def _cited_source(ctx: _Doc, sentence_text: str, sentence_start: int, reporting: bool = False) -> str:
    """The source a sentence's speech cue names: a known speaker before ``said`` or after
    ``according to``, else a source named by what it is (``witnesses said``); '' for none.
    With ``reporting``, for the sentences after it, not a thing announced (``France announced 220
    more troops``): that is news, not a report the next sentence goes on with."""
    speakers = [
        a
        for a in ctx.actors_in(sentence_start, sentence_start + len(sentence_text))
        if a.actor.speaker and not _ITS_SITE_AFTER.match(sentence_text, a.end)
    ]
    for cue in _SPEECH.finditer(sentence_text):
        if reporting and _ANNOUNCED_THING.match(sentence_text, cue.start()):
            continue
        if reporting and cue.group(0).lower() == "say":
            continue  # "Local leaders say dialogue is the only way": a view, not a report told on
        according = cue.group(0).lower().startswith("according")
        # "The army was accused by Human Rights Watch of executing …": the accuser, after ``by``
        told_by = (
            _SAID_BY.match(sentence_text, cue.end())
            if _PASSIVE_CUE.search(sentence_text, 0, cue.start())
            else None
        )
        if told_by is not None:
            if reporting:
                continue  # an accusation is of its own sentence's act, not a report the next goes on with
            near = [a for a in speakers if a.start == told_by.end()]
            if not near and (generic := _SOURCE_AFTER.match(sentence_text, told_by.end() - 1)):
                return generic.group("source")
        elif according:
            near = [a for a in speakers if 0 <= a.start - cue.end() <= 40]
        elif cue.group(0)[0] in "gG":
            # "The army first gave a toll of 15", not "It blamed the Islamic State and gave a toll"
            near = [a for a in speakers if _GAVE_AFTER.fullmatch(sentence_text, a.end, cue.start())]
        else:
            # "Wagner personnel arrested 12 men at the market; relatives said": no speaker past a semicolon
            # "gunmen killed 12 civilians in Bankass, officials said": the officials speak, not the gunmen
            near = [
                a
                for a in speakers
                if 0 <= cue.start() - a.end <= 60
                and ";" not in sentence_text[a.end : cue.start()]
                and not _source_between(sentence_text, a.end, cue.start())
            ]
        if near:
            return min(near, key=lambda a: abs(a.start - cue.start())).actor.name
        if according:
            generic = _SOURCE_AFTER.match(sentence_text, cue.end())
        else:
            generic = _SOURCE_BEFORE.search(sentence_text, max(0, cue.start() - 60), cue.start())
        if generic:
            source = generic.group("source")
            head = source.split()[0]
            return source[0].lower() + source[1:] if len(head) == 1 or head[1:].islower() else source
    return ""


def _source_between(sentence_text: str, start: int, cue: int) -> bool:
    """A source named by what it is stands apart between a speaker and the cue: the speaker
    did not speak (``a French army spokesman said`` is France's)."""
    generic = _SOURCE_BEFORE.search(sentence_text, start, cue)
    return generic is not None and bool(sentence_text[start : generic.start()].strip())


#: ``was accused by``, ``were reported by``: a cue told in the passive, its speaker after it.
_PASSIVE_CUE = re.compile(r"\b(?:was|were|been|is|are|being)\s+(?:also\s+|repeatedly\s+)?$", re.I)
_SAID_BY = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
#: ``abandoned the army camp near Gao airport, a local journalist said``: a place named after its
#: owner, who says nothing.
_ITS_SITE_AFTER = re.compile(
    rf"\s+(?:{'|'.join(_MILITARY_SITE_WORDS)}|headquarters|position|convoy|patrol|checkpoint)s?\b"
)
#: What may stand between who gave a toll and ``gave``: ``The army first gave``, ``officials had given``.
_GAVE_AFTER = re.compile(r"\s+(?:(?:had|has|have|also|first|initially|earlier|then|later)\s+)*")
#: ``announced 220 more troops``: a thing announced, not ``announced that …`` or ``announced on Friday``.
_ANNOUNCED_THING = re.compile(
    r"announce[ds]\s+(?!that\b|on\b|in\b|at\b|last\b|this\b)(?:the\s+|an?\s+|its\s+|their\s+)?[\w’'-]", re.I
)


def _last_speaker(ctx: _Doc, start: int, end: int) -> str:
    found = [a for a in ctx.actors_in(start, end) if a.actor.speaker and a.actor.kind != "civilians"]
    return found[-1].actor.name if found else ""


#: ``with another 23 killed later in strikes on their hideouts``: the dead of a later act.
_KILLED_LATER = re.compile(
    r"\s+later\s+(?:in|during|on|by)\s+(?:\w+\s+){0,2}?(?:strikes?|raids?|operations?|air)\b"
)


def _own_figures(sentence: str, hit: _Hit, hits: list[_Hit], figures: list[Figure]) -> list[Figure]:
    """Of a sentence telling several events, the figures this one's: each figure is the event's
    told last before it (``the assault on the Kati base and the massacre at Diallassagou, in which
    132 civilians were killed``), or else the first told after it, within its part of a list set
    off by semicolons when an event is told there. A figure in a ``…, three days after …`` clause
    after the event is the earlier event's (``have taken Bosso, …, three days after the group killed
    32 soldiers there``). A figure whose own words hold a trigger (``160 villagers were massacred``)
    is that trigger's."""
    later = _DAYS_AFTER.search(sentence, hit.end) if " after " in sentence else None
    if later is not None:
        figures = [f for f in figures if f.start < later.start()]
    starts = sorted({h.start for h in hits})
    if len(starts) < 2:
        return figures

    def owner(f: Figure) -> int:
        if within := [a for a in starts if f.start <= a < f.end]:
            return within[0]  # "35 people were killed …, and … 160 villagers were massacred": its own verb
        part = sentence.count(";", 0, f.start)
        own = [a for a in starts if sentence.count(";", 0, a) == part] or starts
        if _WHEN_IT.match(sentence, f.end):
            # "…, and six soldiers died when gunmen on motorbikes attacked the garrison": the act it tells
            told = [a for a in own if f.end < a <= f.end + WHEN_REACH]
            if told:
                return told[0]
        return max((a for a in own if a <= f.start), default=own[0])

    return [f for f in figures if owner(f) == hit.start]


#: ``six soldiers died when gunmen attacked``: the dead of the act the clause goes on to tell.
_WHEN_IT = re.compile(r"\s+(?:when|as|while)\s")
#: How far after the dead that act's word may come.
WHEN_REACH = 60


def _claims(ctx: _Doc, index: int, figures: list[Figure]) -> list[Claim]:
    s = ctx.document.sentences[index]
    out = []
    for f in figures:
        out.append(
            Claim(
                kind=f.kind,
                low=f.low,
                best=f.best,
                high=f.high,
                claimant=_claimant(ctx, index, s.text, s.start, f.start),
                victims=f.victims,
                quote=s.text,
                source=ctx.document.doc_id,
            )
        )
    return out


#: Words that may stand between a capture and the place taken: ``took control of the northern
#: town of Kidal``, ``recaptured the rebel stronghold of Anéfis``.
_TAKEN_PLACE = re.compile(
    r"\s+(?:(?:the|a|town|city|village|camp|base|garrison|military|army|northern|southern|central|eastern"
    r"|western|key|strategic|rebel|rebel-held|jihadist-held|stronghold|regional|capital|desert|of|most|parts?"
    r"|much|all)\s+)*",
    re.I,
)


#: ``Kidal fell on 30 March``: with no ``to``, the town must open its clause, or ``prices in
#: Mopti fell in May`` would be a capture.
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|when|after|before|until|as|once|then|while)\s+)"
    r"(?:the\s+(?:\w+\s+)?(?:town|city|village)\s+of\s+)?\W*$",
    re.I,
)


def _captured_place(ctx: _Doc, index: int, hit: _Hit) -> bool:
    """A capture is an event only when what was taken is a place (``retook Kidal``, ``Konna
    fell to``), never people or weapons (``captured two soldiers``, ``seized weapons``)."""
    text, start = ctx.document.text, ctx.document.sentences[index].start
    trigger_start, trigger_end = start + hit.start, start + hit.end
    pointing_back = _TOOK_IT.search(hit.text) is not None
    places = [
        m for m in ctx.mentions_by_sentence.get(index, []) if m.place.feature not in {"country", "continent"}
    ]
    if _TOOK_IT.match(text, trigger_end):
        if any(m.end <= trigger_start for m in places):
            return True  # "rolled into Diabaly on Monday, retaking the town": the town just named
        if not places:
            # "The army said it had retaken the town on Saturday": the town the passage was at
            pointed = _town_pointed(ctx, index, hit)
            return pointed is not None and pointed[0] is not None
    if pointing_back and not places and _advanced_unlisted(ctx, index, hit.start):
        return True  # "launched an offensive towards Anéfis, and … it took the town": a town no table holds
    for m in places:
        if pointing_back:
            if m.end <= trigger_start:
                return True  # "battled the rebels near Boni and took it": the place just named
            continue
        if hit.text.lower().endswith("surrendered"):
            if trigger_start <= m.start < trigger_end:
                return True  # "the garrison at Aguelhok … surrendered": the place it held
            continue
        if hit.text.lower().startswith(("fell", "falls")):
            if m.start > trigger_end and _COLON_LIST_HEAD.match(text, trigger_end):
                return True  # "the northern towns fell one after another: Kidal on the 30th, …"
            if (
                m.end <= trigger_start
                and not text[m.end : trigger_start].strip()
                and (" " in hit.text or _SUBJECT_BEFORE.search(text[start : m.start]))
            ):
                return True
        elif m.start > trigger_end and _TAKEN_PLACE.fullmatch(text[trigger_end : m.start]):
            return True
        elif (
            m.place.feature in {"region", "district"}
            and m.start > trigger_end
            and _UNKNOWN_TAKEN.fullmatch(text, trigger_end, m.start)
        ):
            return True  # "took Anéfis, in the Kidal region": a town the gazetteer lacks, in its region
    # "took full control of Anefis early on Saturday", "the convoy took Anéfis after a day of fighting":
    # a town no table holds, named as what was taken
    return hit.text.lower().endswith(("control of", "took", "taken", "taking")) and any(
        _TAKEN_UNLISTED.fullmatch(named.string, hit.end, named.start("name"))
        and not _QUALIFIED_NOUN.match(named.string, named.end("name"))
        and not _NOT_A_PLACE_AFTER.match(named.string, named.end("name"))
        for named in _unmapped_names(ctx, index, _LOCATIVE_NAME, actors=True)
    )


#: ``took Anéfis``, ``took the village of Talataye``: what stands between the taking and a name no
#: table holds.
_TAKEN_UNLISTED = re.compile(r"\s+(?:the\s+(?:village|town|hamlet|locality|commune|settlement)\s+of\s+)?")
#: ``took control of Anéfis, a leader in the Kidal Region``: a name then said to be a person's.
_NOT_A_PLACE_AFTER = re.compile(
    r",\s+(?:an?|the|its|their)\s+(?:[a-z][\w’'-]*\s+){0,2}?"
    r"(?:leader|chief|commander|spokes(?:man|woman|person)|member|official|officer|militant|fighter|figure"
    r"|cleric|preacher|imam|emir|deputy|minister|head|founder|lieutenant|notable|mayor)s?\b"
)


#: ``retaking the town``, not ``took the village of Talataye``: the place named just before.
_TOOK_IT = re.compile(r"\s(?:it|the\s+(?:town|city|village))\b(?!\s+of\b)", re.I)
_UNKNOWN_TAKEN = re.compile(
    f"(?i:{_TAKEN_PLACE.pattern})"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*(?:,\s*(?:in\s+)?|\(\s*|\s+in\s+)"
    rf"(?:{_A_PLACE_IN})?(?:the\s+)?"
)


_BARE_TAKING = re.compile(_MOVING_IN, re.I)
_ARMED_BEFORE = re.compile(
    r"\b(?:troops|forces|soldiers|army|fighters|rebels|jihadists|militants|insurgents|separatists|militia\w*"
    r"|mercenaries|gunmen|combatants|convoys?|columns?|units)\b",
    re.I,
)
_POST = r"(?:camps?|bases?|posts?|outposts?|positions?|garrisons?|barracks|detachments?|checkpoints?)\b"
#: ``the camp at Chinagodrar was overrun``, ``overran an army post``: a military position taken.
_POST_BEFORE = re.compile(
    rf"\b{_POST}[^.;,]{{0,40}}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+$",
    re.I,
)
#: ``the military camp in the town fell to the rebels``: a post overrun.
_POST_FELL = re.compile(rf"\b{_POST}(?:\s+(?:in|at|of|near)\s+[^.;,]{{1,30}}?)?\s+$", re.I)
_POST_AFTER = re.compile(rf"\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){{0,2}}?{_POST}", re.I)
_ATTACK_TRIGGER = next(t for t in TRIGGERS if t.sub_event_type == "attack")
_ABDUCTION_TRIGGER = next(t for t in TRIGGERS if t.sub_event_type == "abduction")
_UNLISTED_SITE = re.compile(rf"\s+the\s+(?-i:[A-Z])[\w’'-]+\s+{_SITE}\b", re.I)
#: ``Olivier Dubois, ``: a person named by first name and surname, then what befell them.
_NAMED_PERSON_BEFORE = re.compile(r"\b(?-i:[A-Z][a-zà-ÿ’'-]+\s+[A-Z][a-zà-ÿ’'-]+),\s+$")
#: ``Two journalists of Radio France Internationale were ``: unarmed people, taken.
_PEOPLE_WERE = re.compile(
    rf"\b{_UNARMED_PEOPLE}[^.;,]{{0,80}}?\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+$", re.I
)


#: ``entered Nara and killed``, ``entered Toumour at 7 p.m. and spent three hours shooting residents``:
#: what the men who went in did there.
_THEN_KILLED = re.compile(
    r"(?:[ap]\.m\.|[^.;:]){0,80}?\band\s+(?:then\s+)?(?:spent\s+[^.;:]{0,30}?\s+)?(?:killed|killing|executed|shot"
    r"|shooting|massacred|slaughtered|murdered|opened\s+fire|opening\s+fire|set\s+fire|setting\s+fire|burned"
    r"|burning|torched|torching)\b",
    re.I,
)


_A_BASE_TAKEN = re.compile(_A_BASE_TAKEN_WORDS, re.I)


def _names_an_actor(ctx: _Doc, index: int, span: tuple[int, int]) -> bool:
    """Part of sentence ``index`` (offsets within it) is an actor's name."""
    s = ctx.document.sentences[index]
    return any(a.start < span[1] and span[0] < a.end for a in ctx.actors_in(s.start, s.end))


def _taken(ctx: _Doc, index: int, hit: _Hit) -> _Hit | None:
    """A capture stands only when a place was taken; a military post overrun is an attack on
    it, wherever the post is; people or weapons seized are no event."""
    sentence = ctx.document.sentences[index].text
    if hit.trigger.sub_event_type == "release" and _BARE_RELEASE.fullmatch(hit.text):
        # "… who were kidnapped in May 2022 have been released": people, as the clause before says;
        # not "figures have been released"
        return hit if _CAPTIVES_BEFORE.search(sentence, max(0, hit.start - 120), hit.start) else None
    if hit.trigger.sub_event_type == "capture of a town" and _BARE_TAKING.fullmatch(hit.text):
        # "took Kidal", "troops entered Timbuktu": armed men moving in, not a visit or an arrival
        start = ctx.document.sentences[index].start
        armed = _ARMED_BEFORE.search(sentence, max(0, hit.start - 80), hit.start) or any(
            # "the EIGS took Ansongo": an armed group named
            m.actor.armed
            for m in ctx.actors_in(start + max(0, hit.start - 80), start + hit.start)
        )
        if hit.text.lower().startswith(("enter", "reach")) and _THEN_KILLED.match(sentence, hit.end):
            return None  # "entered the village of Welingara … and killed 13 men": a raid, told by its toll
        return hit if armed and _captured_place(ctx, index, hit) else None
    if hit.trigger.sub_event_type != "capture of a town" or _captured_place(ctx, index, hit):
        return hit
    if _A_BASE_TAKEN.fullmatch(hit.text):
        return hit  # "claimed to have taken a base at Sirakorola": a place, wherever it is
    if _UNLISTED_SITE.match(sentence, hit.end):
        return hit  # "took control of the Intahaka gold mine": a site no table holds
    for m in _ABDUCTION_TRIGGER.pattern.finditer(sentence, max(0, hit.start - 30), hit.end + 120):
        if m.start() <= hit.start < m.end():  # "were seized by armed men from their hotel room"
            return _Hit(_ABDUCTION_TRIGGER, m.start(), m.end(), m.group())
    if _PEOPLE_WERE.search(sentence, max(0, hit.start - 120), hit.start):
        return replace(hit, trigger=_ABDUCTION_TRIGGER)  # "Two journalists … were seized by gunmen in Kidal"
    named = _NAMED_PERSON_BEFORE.search(sentence, max(0, hit.start - 60), hit.start)
    if named is not None and not _names_an_actor(ctx, index, named.span()):
        # "the journalist Olivier Dubois, seized in Gao"; not "the army, supported by the Wagner Group,
        # recaptured Anéfis", a group's name
        return replace(hit, trigger=_ABDUCTION_TRIGGER)
    fell = hit.text.lower().startswith(("fell", "falls"))
    if (
        _POST_FELL.search(sentence, 0, hit.start)
        if fell
        else _POST_BEFORE.search(sentence, 0, hit.start) or _POST_AFTER.match(sentence, hit.end)
    ):
        return replace(hit, trigger=_ATTACK_TRIGGER)
    return None


def _withdrawing(ctx: _Doc, index: int, hit: _Hit, sentence_actors: list[ActorMention], actor1: str) -> str:
    """Who withdraws: not the task force left (``withdraw its special forces from Takuba``), and a
    state that opens the act is its army (``Denmark said … it would bring home the soldiers``)."""
    s = ctx.document.sentences[index]
    named = [m for m in sentence_actors if m.actor.name == actor1]
    if named and all(s.text.endswith("from ", 0, m.start) for m in named):
        actor1 = ""
    if actor1:
        return actor1
    opener = next(
        (
            m
            for m in ctx.mentions_by_sentence.get(index, [])
            if m.place.feature == "country" and m.start == s.start + hit.start
        ),
        None,
    )
    return ctx.actor_index.army_of(opener.place.country_code, opener.place.name) if opener else ""


#: ``who were kidnapped``: the relative clause that says the people released had been captives.
_WHO_WERE_TAKEN_WORDS = (
    r"\b(?:who|which)\s+(?:were|was|had\s+been|have\s+been)\s+(?:kidnapped|abducted|seized|taken\s+hostage"
    r"|held\s+(?:hostage|captive))\b"
)
#: ``… who were kidnapped in May 2022 have been released``: a date inside that clause is the taking's.
_WHO_WERE_TAKEN = re.compile(
    _WHO_WERE_TAKEN_WORDS + r"[^,;]*$"
    # "A German aid worker kidnapped in western Niger in 2018 has been freed"
    r"|\b(?:kidnapped|abducted)\b[^,;]*$",
    re.I,
)
_BARE_RELEASE = re.compile(r"(?:(?:have|has)\s+been\s+)?(?:released|freed)", re.I)
_CAPTIVES_BEFORE = re.compile(
    _WHO_WERE_TAKEN_WORDS + r"|\b(?:hostages?|captives?|detainees|prisoners)\b"
    # "A German aid worker kidnapped in western Niger in 2018 has been freed"
    r"|\b(?:kidnapped|abducted)\b",
    re.I,
)


#: ``Your report of 8 October ("Besieged towns of central Mali", page 12)``: a title cited.
_CITED_TITLE = re.compile(r"\(\s*[“\"][^”\"\n]{3,150}[”\"][^()\n]*\)")


def _inside_a_name(hit: _Hit, names: list[ActorMention]) -> bool:
    """``the National Movement for the Liberation of Azawad``: a group's name reports nothing."""
    return any(a.start <= hit.start and hit.end <= a.end for a in names)


#: ``claimed the attack``, ``claimed responsibility for the raid``, ``said its fighters carried
#: out the ambush``: words that point at an attack, not ones that tell it.
_CLAIM_OF = re.compile(
    r"\b(?:claim(?:ed|s|ing)\s+(?:(?:responsibility|credit)\s+for\s+)?|(?:carried\s+out|(?:was|were)\s+behind)\s+)"
    r"(?:the|this|that|these|both|its)\s+(?:[\w-]+\s+)?$",
    re.I,
)
#: ``It was the deadliest attack on the army this year``: what the event just told was.
_CHARACTERISED = re.compile(
    r"(?:^|[.;:]\s+|,\s+(?:and|but)\s+)(?:it|this|that)\s+(?:was|is|had\s+been|has\s+been|became|marked)\s+"
    r"(?:the|an?)\s+(?:[\w-]+\s+){0,3}$"
    r"|,\s+making\s+it\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}$",  # "…, making it the deadliest attack"
    re.I,
)
#: ``the Macina Liberation Front, which has attacked army posts across central Mali``: what a group
#: is known for, told to say who it is.
_WHO_HAS = re.compile(r"\b(?:which|who|that)\s+(?:has|have)\s+(?:\w+ly\s+|also\s+)?$", re.I)
_MANY_OR_ACROSS = re.compile(
    r"\s+(?:(?:[\w’'-]+\s+){0,3}?(?:across|throughout|all\s+over)\b|(?:[\w’'-]+\s+){0,2}?[a-z]+s\b(?!\s+(?:on|in)\s+\d))"
)


_NOT_HELD = re.compile(
    r"(?:\s+(?:planned|scheduled|set|due|slated)\s+for\b|[^.;]{0,60}?\b(?:would|will|was|were|had\s+been|has\s+been"
    r"|is|are)\s+(?:be\s+)?(?:postponed|delayed|put\s+off|pushed\s+back|cancell?ed|called\s+off))",
    re.I,
)
#: ``to protest against what it called repeated``, ``in protest at the``: what a protest is about.
_PROTESTED = re.compile(
    r"\b(?:protest(?:ed|s|ing)?|in\s+protest|complain(?:ed|s|ing)?|condemn(?:ed|s|ing)?)\s+(?:against|at|about|over)\s+"
    r"(?:what\s+(?:it|they|he|she)\s+(?:called|described\s+as|termed)\s+)?(?:the\s+)?"
    r"(?:repeated|recurring|recurrent|continued|continuing|ongoing|numerous|frequent)\s+$",
    re.I,
)


#: ``intensified``, ``a rise in``: a change in how often acts happen, before the acts it counts.
_TREND_BEFORE = re.compile(
    r"\b(?:intensif(?:ied|ies|y|ying)|stepp(?:ed|ing)\s+up|steps\s+up|escalat(?:ed|es|ing)|increas(?:ed|es|ing)"
    r"|multipl(?:ied|ies|ying)|ramp(?:ed|ing)\s+up|redoubl(?:ed|es|ing)|(?:rise|surge|increase|uptick|spike)\s+in)"
    r"\s+(?:their\s+|its\s+|the\s+)?$",
    re.I,
)
_PLURAL_ACT = re.compile(r"^\w+s\b")


def _a_trend(sentence: str, hit: _Hit) -> bool:
    """``JNIM militants intensified attacks on civilians``: acts told as a trend, not one of them."""
    return bool(
        _PLURAL_ACT.match(hit.text) and _TREND_BEFORE.search(sentence, max(0, hit.start - 40), hit.start)
    )


def _habitual(sentence: str, hit: _Hit) -> bool:
    return bool(
        _WHO_HAS.search(sentence, max(0, hit.start - 30), hit.start)
        and _MANY_OR_ACROSS.match(sentence, hit.end)
    )


_OWN_PLACE = re.compile(
    # "the assault on the beach resort of Grand-Bassam"
    r"\s+(?:on|in|at|against|near)\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?:(?:of|in|at)\s+)?"
    rf"(?!(?:{_MONTHS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
    r"(?-i:[A-Z])"
)


def _names_its_place(sentence: str, hit: _Hit) -> bool:
    """``claimed the attack on Boni``: the act a claim or a reaction names has a place of its own (the
    trigger may end on the preposition: ``assault on``)."""
    held = _PREPOSITION_HELD.search(hit.text)
    return bool(_OWN_PLACE.match(sentence, hit.end if held is None else hit.start + held.start()))


_PREPOSITION_HELD = re.compile(r"\s(?:on|against)$")


#: The kinds of ``other`` event that are violence someone claims or a toll goes on about.
_VIOLENT_OTHER = frozenset({"attack", "abduction", "looting", "assassination", "assassination attempt"})
#: What an accident or nature can do that a trigger would take for an act of conflict.
_HARM = frozenset({"attack", "destruction of property"})


#: ``It ended on Saturday``, ``The siege lasted until 12 May``: when the fighting just told stopped.
_ENDED = re.compile(
    r"\W*(?:It|The\s+(?:fighting|battle|siege|clashes|assault|offensive|attack))\s+(?:only\s+)?"
    r"(?:ended|ceased|stopped|lasted\s+until|went\s+on\s+until|continued\s+until)\b"
)
#: How long after it began fighting may be said to have ended.
FIGHTING_DAYS = 31


def _fighting_ended(ctx: _Doc, index: int) -> bool:
    """``The fighting began on Thursday … It ended on Saturday``: the day it ended closes the
    window of the fight told last, in this paragraph or the one before."""
    if not ctx.found:
        return False
    target = ctx.found[-1]
    if (
        not _violent(target.event_type, target.sub_event_type)
        or target.paragraph < ctx.paragraph_of(ctx.document.sentences[index].start) - 1
    ):
        return False
    ended = next((d for d in _sentence_dates(ctx, index) if d.first is not None and d.last is not None), None)
    if ended is None or ended.first is None or ended.last is None:
        return False
    if not target.first <= ended.first <= target.first + dt.timedelta(days=FIGHTING_DAYS):
        return False
    if ended.last > target.last:
        s = ctx.document.sentences[index]
        target.last = ended.last
        target.extra_sources.append((s.start, s.end, s.text))
    return True


def _violent(event_type: str, sub_event_type: str) -> bool:
    return event_type == "atrocity" or sub_event_type in _VIOLENT_OTHER


def _forceful(found: EventMention) -> bool:
    """An act a later toll may count the dead of: a violent one, or a seizure of power by force
    (``The army said 20 people were killed`` after a raid called a failed coup)."""
    return _violent(found.event_type, found.sub_event_type) or found.event_type in {"coup", "coup_attempt"}


#: ``the massacre was a reprisal for an attack …``: what an act told again was an answer to.
_WAS_AN_ANSWER_TO = re.compile(
    r"\s+(?:was|were|had\s+been|came\s+as|is|are)\s+(?:probably\s+|likely\s+)?(?:an?\s+|in\s+)?"
    r"(?:reprisals?|retaliation|revenge|response)\s+(?:for|to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$"
)


#: ``the massacre``, ``this week's killings``: an act named as one the reader has been told of.
_THE_NOUN_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}?$", re.I)


def _the_act_told_and_its_cause(ctx: _Doc, index: int, hit: _Hit, hits: list[_Hit]) -> bool:
    """``Witnesses believe the massacre was a reprisal for an attack by Islamist fighters earlier that
    day on a camp …``: the massacre is the one told before, and the news of the sentence is the attack
    it answered, which takes the sentence's date and parties."""
    s = ctx.document.sentences[index].text
    if not _THE_NOUN_BEFORE.search(s, max(0, hit.start - 30), hit.start) or hit.text.lower().endswith("ed"):
        return False
    cause = next(
        (h for h in hits if h.start > hit.end and _WAS_AN_ANSWER_TO.fullmatch(s, hit.end, h.start)), None
    )
    if cause is None or not _violent(cause.trigger.event_type, cause.trigger.sub_event_type):
        return False
    return any(f.sentence_index < index and f.event_type == hit.trigger.event_type for f in ctx.found)


def _measured_against(found: EventMention) -> bool:
    """``the boldest assault the city has seen since French troops retook it in 2013``: an act told in
    a since-clause, named in passing, which nothing said next is about."""
    at = found.trigger_start - found.char_start
    return bool(_SINCE_CLAUSE.search(found.quote, max(0, at - 40), at))


#: What parts two acts told in one sentence: a clause of its own, or another act told beside.
_APART = re.compile(
    r";|\b(?:also|separately|meanwhile|elsewhere|later|earlier|before|after)\b|\b(?:days?|weeks?)\b"
)


def _the_killing_of_an_office_holder(sentence: str, hits: list[_Hit]) -> list[_Hit]:
    """An attack told in the clause of an assassination (``was killed in an ambush``, ``ambushed and
    killed the mayor``, ``was shot dead when gunmen attacked the village``) is how it was done: one
    act, whose words run over both (and so reach the day told after the ambush)."""
    killing = next(h for h in hits if h.trigger.sub_event_type == "assassination")
    means = [
        h
        for h in hits
        if (h.trigger.event_type, h.trigger.sub_event_type) == ("other", "attack")
        and not _APART.search(sentence, min(h.end, killing.end), max(h.start, killing.start))
    ]
    if not means:
        return hits
    start, end = min(killing.start, *(h.start for h in means)), max(killing.end, *(h.end for h in means))
    whole = replace(killing, start=start, end=end, text=sentence[start:end])
    return [whole if h is killing else h for h in hits if h not in means]


def _claimed_reference(ctx: _Doc, index: int, hit: _Hit, hits: list[_Hit]) -> bool:
    """``militants struck the post …; the Islamic State claimed the attack the next day``: the
    attack claimed is one just told, and the date is the claim's. One with a place of its own
    (``claimed the attack on Boni``) may be news."""
    s = ctx.document.sentences[index]
    if not _violent(hit.trigger.event_type, hit.trigger.sub_event_type) or not _CLAIM_OF.search(
        s.text, max(0, hit.start - 60), hit.start
    ):
        return False
    if any(h.start < hit.start and _violent(h.trigger.event_type, h.trigger.sub_event_type) for h in hits):
        return True
    if _NO_CLAIM.search(s.text, max(0, hit.start - 60), hit.start):
        return True  # "No group has claimed the attack": no act of its own, whatever was told before
    if _names_its_place(s.text, hit):
        return False
    para = ctx.paragraph_of(s.start)
    # "The group's leader … claimed responsibility for the ambush in January", paragraphs after it
    # (past the arrests or statements told since: "Two suspects have been arrested. … No group has
    # claimed the attack")
    # (and past what a record was measured against: "… since French troops retook it in 2013")
    last = next(
        (
            f
            for f in reversed(ctx.found)
            if f.sub_event_type not in {"arrests", "statement"} and not _measured_against(f)
        ),
        None,
    )
    if last is None or not _violent(last.event_type, last.sub_event_type):
        return False
    # a paragraph or two on, only when it names no other place ("JNIM claimed the Kati attack" is not
    # the Tessit attack told just before)
    return last.paragraph == para or (
        _paragraphs_spanned(ctx, last.sentence_index, index, FINDING_LINES + 1) <= FINDING_LINES + 1
        and _same_scene(ctx, index, last)
    )


#: ``The coup ends a year-long crisis``: the act just told, opening a sentence about what it meant.
_SPOKEN_OF_AGAIN = re.compile(
    r"\W*(?:The|This|That)\s+(?:(?-i:[a-z])[\w-]*\s+)?(?P<ref>coup|putsch|takeover|attack"
    r"|massacre|ambush|assault|raid|killings)s?"
    # "The attack on Nov. 28 came days after …": the day it was told on, named again
    r"(?P<when>\s+(?:on|of)\s+[^,;]{3,25}?)?"
    r"\s+(?P<verb>ends|ended|follows|followed|caps|capped|marks|marked|brings"
    r"|brought|closes|closed|comes|came|is|was|has\s+been|had\s+been)\b"
)


def _spoken_of_again(ctx: _Doc, index: int, hit: _Hit) -> bool:
    """``… seized President Tandja. ¶ The coup ends a year-long crisis over … when his term expired in
    December 2009``: the act told before, spoken of again, and no act of the dates the sentence gives."""
    told = _SPOKEN_OF_AGAIN.match(ctx.document.sentences[index].text)
    if told is None or told.start("ref") != hit.start:
        return False
    types = _REF_TYPES.get(told["ref"].rstrip("s"), {"other", "atrocity"})
    earlier = [f for f in ctx.found if f.event_type in types and f.sentence_index < index]
    if told["when"] is None:
        # "The attack came on the eve of the elections": the act told, given its setting
        return bool(earlier) and told["verb"] not in {"came", "comes"}
    days = [d for d in _own_dates(ctx, index) if d.start < told.end("when") and d.first is not None]
    return bool(days) and any(f.first <= days[0].first <= f.last for f in earlier)  # type: ignore[operator]


#: ``MINUSMA condemned the "barbaric" attacks on Monday``: a reaction to the acts named.
_REACTION_VERBS = ("condemn", "denounc", "deplor", "decri", "decry")
_REACTED_TO = re.compile(
    r"\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|decr(?:ied|ies|ying))\s+"
    r"(?:what\s+(?:it|they|he|she)\s+(?:called|termed|described\s+as)\s+)?(?:[\w\"“”'’-]+\s+){0,4}?$",
    re.I,
)


def _reaction_to_an_act_told(ctx: _Doc, index: int, hit: _Hit) -> bool:
    """``… killed 51 people in three villages. … MINUSMA condemned the "barbaric" attacks on Monday``:
    the acts condemned are the ones told, and the day is the reaction's, not another attack's."""
    s = ctx.document.sentences[index]
    if not _violent(hit.trigger.event_type, hit.trigger.sub_event_type) or _names_its_place(s.text, hit):
        return False
    if not _REACTED_TO.search(s.text, max(0, hit.start - 60), hit.start):
        return False
    last = _last_act(ctx)
    return (
        last is not None
        and _violent(last.event_type, last.sub_event_type)
        and last.paragraph >= ctx.paragraph_of(s.start) - 2 * FINDING_LINES
        and _same_scene(ctx, index, last)
    )


#: ``repelled an attack``, ``foiled a raid``: the act of others, which the subject withstood.
_REPELLED_BEFORE = re.compile(
    r"\b(?:repelled|repulsed|fended\s+off|foiled|thwarted|beat\s+back|pushed\s+back|resisted|withstood)\s+"
    r"(?:an?\s+|the\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: ``said in a statement … that its fighters had stormed``: who speaks tells of its own act.
_SAID_IT_DID = re.compile(
    r"\s*\bsaid\b[^.;]{0,100}?\b(?:that\s+)?(?:it|they|its\s+(?:fighters|men|militants|members|forces|troops))\s+"
    r"(?:(?:had|have|has)\s+(?:\w+\s+)?"
    # "said it had killed about 30 militants in air strikes": the strikes by which it did so
    r"|(?:(?:had|have|has)\s+)?(?:killed|neutrali[sz]ed|destroyed|hit|struck)\s+(?:[\w“”\"‘’'-]+\s+){0,5}?"
    r"(?:in|with|during|using)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    # "The army said it repelled an attack on its camp": what it withstood, told as its own doing
    r"|(?:repelled|repulsed|foiled|thwarted)\s+(?:an?\s+|the\s+)?"
    # "The army said it killed 30 terrorists": the act its own verb
    r"|)$"
)


def _claims_its_act(sentence: str, statement: _Hit, hits: list[_Hit]) -> bool:
    """The statement is a group's word on an act it says it did, told after it in the same sentence
    (``In a statement relayed on Sunday, JNIM said its fighters had stormed the post``)."""
    return any(
        o.start > statement.start
        and (
            _violent(o.trigger.event_type, o.trigger.sub_event_type)
            or o.trigger.sub_event_type == "capture of a town"
        )
        and _SAID_IT_DID.search(sentence, 0, o.start) is not None
        for o in hits
    )


_QUESTION = re.compile(r"\?[”\"’' )]*$")


def _skip_sentence(sentence: str) -> bool:
    """Reference-list lines (they carry links) and questions (rhetorical, in analysis) report no events."""
    if _QUESTION.search(sentence):
        return True
    lowered = sentence.lower()
    return ("http" in lowered or "www." in lowered) and bool(_URL.search(sentence))


#: A heading alone on its line that opens a reference list: what follows cites reports
#: (``HRW (2022) Mali: Massacre by army …, 5 April``), dated when they were published.
_APPARATUS_HEADING = re.compile(
    r"^[ \t#*_]*(?:\d{1,2}\.?\s+)?"
    r"(?:references|bibliography|works\s+cited|sources|further\s+reading|citations|(?:end|foot)?notes"
    r"|notes\s+to\s+editors)[ \t*_:]*$",
    re.I | re.M,
)


def _apparatus_start(text: str) -> int:
    found = _APPARATUS_HEADING.search(text)
    return found.start() if found else len(text)


#: ``it had reached 32``: a sentence that may give the count of the sentence before (and revises it).
_IT_ROSE_WORDS = r"\b(?-i:[Ii]t)\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|increased|jumped|reached|stood)\b"
_IT_ROSE = re.compile(_IT_ROSE_WORDS)


def _told_a_count(ctx: _Doc, index: int) -> bool:
    """The sentence before, in the same paragraph, gave a toll (``The first official count … was 20
    dead``)."""
    if index == 0:
        return False
    before = ctx.document.sentences[index - 1]
    if ctx.paragraph_of(before.start) != ctx.paragraph_of(ctx.document.sentences[index].start):
        return False
    return bool(casualties.TOLL_WORDS.search(before.text)) and bool(find_figures(before.text))


#: ``killed when a gold mine collapsed``, ``floods destroyed 300 homes``: harm from an accident or
#: from nature, which no one did.
_MISHAP = re.compile(
    r"\b(?:(?:flash\s+)?floods?|flooding|(?:heavy|torrential)\s+rains?|rainstorms?|storms?|lightning"
    r"|landslides?|mudslides?|heat\s?waves?|droughts?|cholera|measles|meningitis|epidemics?|stampedes?"
    r"|collapsed|caved\s+in|crashed|collided|collisions?|overturned|capsized|sank|derailed|drowned"
    r"|electrocuted|(?:road|traffic|mining|industrial)?\s*accidents?)\b",
    re.I,
)
#: Harm done by someone, which an accident told beside it does not undo.
_HOSTILE = re.compile(
    r"\b(?:gunm[ae]n|attack\w*|assail\w*|jihad\w*|terror\w*|militants?|insurgents?|armed|shot|shoot\w*"
    r"|gunfire|fired|bomb\w*|explosives?|IEDs?|landmines?|(?:hit|struck)\s+(?:an?\s+)?mines?|drones?"
    r"|air\s*strikes?|strikes?|raid\w*|ambush\w*|fighters|soldiers|troops|army|militia\w*|rebels?"
    r"|massacre\w*|execut\w*|abduct\w*|kidnap\w*|torched|set\s+(?:on\s+)?fire|loot\w*|bandits|clash\w*"
    r"|killed\s+by|stabbed|lynched|beaten)\b",
    re.I,
)


#: What ``_MISHAP`` cannot match without (most sentences have none and skip it).
_MISHAP_WORDS = (
    "flood", "rain", "storm", "lightning", "slide", "heat", "drought", "cholera", "measles", "meningitis",
    "epidemic", "stampede", "collapsed", "caved", "crash", "collid", "collision", "overturned", "capsized",
    "sank", "derailed", "drowned", "electrocuted", "accident",
)  # fmt: skip


def _by_mishap(sentence: str) -> bool:
    """The harm the sentence tells came from an accident or from nature, with no one said to do it."""
    lowered = sentence.lower()
    return (
        any(word in lowered for word in _MISHAP_WORDS)
        and _MISHAP.search(sentence) is not None
        and _HOSTILE.search(sentence) is None
    )


#: ``as fighting broke out``, ``amid clashes``: what went on while the act told happened.
_AS_IT_WENT_ON = re.compile(r"\b(?:as|amid|amidst|while)\s+(?:(?:heavy|new|renewed|fresh)\s+)?$", re.I)


def sentence_events(ctx: _Doc, index: int) -> list[EventMention]:
    """The event mentions one sentence reports."""
    doc = ctx.document
    s = doc.sentences[index]
    if index in ctx.described:
        return []  # a box's "Description:", read with the box
    if s.start >= ctx.apparatus or _skip_sentence(s.text):
        if s.start < ctx.apparatus and _QUESTION.search(s.text):
            ctx.unscanned.append(index)  # "What happened on 2 November?": the day the answer tells of
        return []
    gates = _gates(s.text)
    ctx.gates[index] = gates
    figures = find_figures(s.text, gate=gates.figures)
    if len(figures) > 1 and " for " in s.text:
        figures = _without_the_dead_of_a_rite(s.text, figures)
    if not figures and _IT_ROSE.search(s.text) and _told_a_count(ctx, index):
        figures = casualties.pronoun_toll(s.text)
    if figures and " later " in s.text:
        figures = [f for f in figures if not _KILLED_LATER.match(s.text, f.end)]
    hits = trigger_hits(s.text, gates.triggers)
    if (hits or figures) and _by_mishap(s.text):
        # "70 people were killed when a gold mine collapsed": no act of conflict, and no toll of one
        hits = [
            h for h in hits if h.trigger.event_type != "atrocity" and h.trigger.sub_event_type not in _HARM
        ]
        figures = []
    kept = [
        h
        for h in hits
        if (not _hypothetical(s.text, h.start) or _announced_exit(s.text, h))
        and not _NEGATED_INSIDE.search(h.text)
        and not _STILL_TO_COME.search(h.text)
        and not _charged(s.text, h)
        and not _undated_since(s.text, h)
        and not _unbound_pronoun(ctx, index, h)
        and not _habitual(s.text, h)
        and not _a_trend(s.text, h)
        # people gone missing were taken only where the sentence tells of their captivity
        and not (_VANISHED.match(h.text) and not _CAPTIVITY.search(s.text))
        and not (
            h.trigger.sub_event_type == "sanctions"
            and _NOT_IMPOSED.search(s.text, max(0, h.start - 40), h.start)
        )
        # "protesters marched … to demand the departure of foreign troops": the march's aim; "summoned
        # the ambassador … to protest against unfriendly acts": the summons's
        and not (
            h.trigger.sub_event_type in {"withdrawal demanded", "protests"}
            and s.text.endswith("to ", 0, h.start)
        )
        # "summoned Mali's ambassador to protest against what it called repeated attacks on civilians":
        # what is protested, many acts in one phrase
        and not _PROTESTED.search(s.text, max(0, h.start - 60), h.start)
        # "the presidential election planned for February 2024 would be postponed": no vote held
        and not (h.trigger.sub_event_type == "election" and _NOT_HELD.match(s.text, h.end))
        and not (
            h.trigger.sub_event_type in _ACCORDS
            and (
                _UNDER_ACCORD.search(s.text, max(0, h.start - 60), h.start)
                # "the alliance of armed groups that signed the 2015 peace accord": who they are
                or (_WHO_DID.search(s.text, max(0, h.start - 20), h.start) and _A_YEAR.search(h.text))
            )
        )
        # "the second contingent to leave under the withdrawal ordered by the Security Council": its frame
        and not (
            h.trigger.event_type == "base_handover"
            and _UNDER_THE.search(s.text, max(0, h.start - 30), h.start)
        )
    ]
    claimed = [h for h in kept if _claimed_reference(ctx, index, h, kept) or _spoken_of_again(ctx, index, h)]
    # the statement that condemned them stays, the acts condemned are the ones told
    reacted = (
        [h for h in kept if _reaction_to_an_act_told(ctx, index, h)]
        if any(verb in s.text for verb in _REACTION_VERBS)
        else []
    )
    kept = [
        h
        for h in kept
        if h not in claimed
        and h not in reacted
        # "JNIM claimed the Kati attack in a statement": the statement is the claim, no news of its own
        and not (claimed and h.trigger.sub_event_type == "statement")
        and not _CHARACTERISED.search(s.text, max(0, h.start - 60), h.start)
    ]
    references = [span for h in kept if (span := _undated_reference(s.text, h)) is not None]
    if references:
        ctx.references[index] = [(s.start + a, s.start + b) for a, b in references]
        kept = [h for h in kept if not any(a <= h.start < b for a, b in references)]
    if len(kept) > 1:
        # "Special forces ended an all-night siege of the hotel …, hours after gunmen stormed it": the
        # attack is the storming; who ended the siege did not lay it
        kept = [
            h
            for h in kept
            if not (
                _SIEGE_ENDED.search(s.text, max(0, h.start - 40), h.start)
                and any(o is not h and o.trigger.sub_event_type == h.trigger.sub_event_type for o in kept)
            )
        ]
    if len(kept) > 1:
        kept = [h for h in kept if not _the_act_told_and_its_cause(ctx, index, h, kept)]
    if len(kept) > 1:
        # "reports of deadly attacks on Nondin and Soro, with a provisional toll of about 170 people
        # executed": the toll of the act told, not a second act
        kept = [
            h
            for h in kept
            if not (
                _A_TOLL_OF.search(s.text, max(0, h.start - 70), h.start)
                and any(o.start < h.start and o.trigger.sub_event_type != "statement" for o in kept)
            )
        ]
    if len(kept) > 1:
        # "… struck roadside bombs, the government said in a statement after a cabinet meeting": the report
        kept = [
            h
            for h in kept
            if not (
                h.trigger.sub_event_type == "statement"
                and _SAID_IN_A.search(s.text, max(0, h.start - 40), h.start)
                and any(o.start < h.start and o.trigger.sub_event_type != "statement" for o in kept)
            )
        ]
    if len(kept) > 1:
        # "JNIM said in a statement on Sunday that it had taken the base": the statement is the claim
        kept = [
            h
            for h in kept
            if not (h.trigger.sub_event_type == "statement" and _claims_its_act(s.text, h, kept))
        ]
    if len(kept) > 1 and any(h.trigger.sub_event_type == "protests" for h in kept):
        kept = _the_protest_fired_on(s.text, kept)
    if len(kept) > 1 and any(h.trigger.sub_event_type == "assassination" for h in kept):
        # "the mayor of Kaya was killed in an ambush", "gunmen ambushed and killed the mayor": how he was
        # killed, one act
        kept = _the_killing_of_an_office_holder(s.text, kept)
    if len(kept) > 1:
        kept = [h for h in kept if not _done_in_the_attack(s.text, h, kept)]
    if (
        kept
        and all(h.trigger.sub_event_type == "looting" for h in kept)
        and (went_on := _they_went_on(ctx, index))
    ):
        # "Gunmen attacked Boni on Monday. They set fire to the town's market": the attack's own burning
        went_on.extra_sources.append((s.start, s.end, s.text))
        return []
    second = _tolls_of_a_second_act(ctx, index, kept, figures) if kept and figures else {}
    hits = [_refined(h, s.text, [f for f in figures if f.start not in second]) for h in kept]
    if hits and all(h.trigger.sub_event_type == "statement" for h in hits) and _A_TOLL_CLAIMED.search(s.text):
        hits = []  # "The group first claimed 60 dead in a statement on Monday": a toll of what was told
    hits = [ruled for h in hits if (ruled := _ruler_seized(ctx, s.text, h)) is not None]
    hits = [seized for h in hits if (seized := _country_taken(ctx, index, h)) is not None]
    if any(h.text[0].isupper() for h in hits):  # a trigger in a name is capitalised with it
        names = ctx.actors_in(s.start, s.end)
        hits = [h for h in hits if not _inside_a_name(h, names)]
    if hits and "(" in s.text:
        titles = [m.span() for m in _CITED_TITLE.finditer(s.text)]
        hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in titles)]
    taken = [_taken(ctx, index, h) for h in hits]
    if taken and all(h is None for h in taken) and not figures:
        ctx.untold.append(index)  # "JNIM seized Tinkerbat": an act told that no place holds
    hits = [h for h in taken if h is not None and not _arrests_besides_a_toll(h, figures, s.text)]
    if (
        hits
        and all(
            (h.trigger.sub_event_type in _TOLD_AS_TOTALS and not _a_captivity(h))
            or s.text.endswith(" by ", 0, h.start)
            for h in hits
        )
        and (_cumulative(s.text) or _THIS_WEEK.search(s.text))
    ):
        hits = []  # "in 2019 alone, 450 civilians were killed": a running total
    if hits and figures and all(h.trigger.sub_event_type in _DONE_IN_THE_FIGHTING for h in hits):
        # "gunmen burned several houses in Nampala and killed two men": the killing is an act of its own,
        # not a toll of the burning
        tolls = _tolls_as_hits(s.text, figures)
        hits += [t for t in tolls if not any(h.start <= t.start < h.end for h in hits)]
    if len(hits) > 1 and any(h.trigger.event_type == "base_handover" for h in hits):
        # "Peacekeepers left Agouni on 13 August as fighting broke out nearby": what went on as they left
        hits = [h for h in hits if not _AS_IT_WENT_ON.search(s.text, max(0, h.start - 30), h.start)]
    if not hits and not figures:
        if _ENDED.match(s.text) and _fighting_ended(ctx, index):
            return []
        if any(word in s.text for word in _THE_ACT_WAS_VERBS):
            _days_of_the_act_told(ctx, index)
        ctx.unscanned.append(index)  # its dates are read only if a later "five years later" needs them
        return []
    dates = _sentence_dates(ctx, index)
    if (
        figures
        and hits
        and all(h.trigger.sub_event_type == "statement" for h in hits)
        and _issued_after_the_act(ctx, index, dates)
        and _attach_claims(ctx, index, figures, [], toll_only=True)
    ):
        return []
    if hits and " after " in s.text:
        dates = dates + _days_before(s.text, hits, dates)
    toll_only = not hits
    # "The attacks came a week after 35 people were killed in Sobane Da": an act dated by the news
    came = "came" in s.text or "comes" in s.text
    came_after = _it_comes_after(ctx, index, hits, figures, dates) if came else []
    alone = None
    if came_after and toll_only:
        hits = [hit for hit, _ in came_after]
    elif toll_only:
        if _attach_claims(ctx, index, figures, dates, toll_only=True):
            return []
        # "the number of people killed this week": the week's acts, told after, summed up
        hits = _toll_hits(s.text, figures, dates) if dates and not _THIS_WEEK.search(s.text) else []
        alone = None if dates else _date_told_alone(ctx, index)
        if alone is not None:
            # "1 January, Yirgou. ¶ Gunmen killed six people … in Yirgou": the day the line opens on
            hits = _toll_hits(s.text, figures, [alone])
        elif (
            not dates
            and not _cumulative(s.text)
            and (tolls := _tolls_as_hits(s.text, figures))
            # "Gunmen have killed 20 people in Bamako, officials said", opening the news: just now
            and (news := _lead_date(ctx, index, max(tolls, key=_rank))) is not None
        ):
            hits, alone = tolls, news
        elif (
            not _cumulative(s.text)
            and not _scenes(ctx, index)
            and (tolls := _tolls_as_hits(s.text, figures))
            and (scene_set := _scene_set(ctx, index, dates)) is not None
        ):
            (hits, alone), ctx.scene_places[index] = (tolls, scene_set[0]), scene_set[1]
        if not hits:
            _hold_toll(ctx, index, figures)
            return []
    para = ctx.paragraph_of(s.start)
    source: EventMention | None = None
    chosen = _date_hits(s.text, hits, dates)
    if "eve of" in s.text:
        chosen = _on_the_eve(s.text, chosen)
    if (
        chosen
        and not figures
        and any(word in s.text for word in _THE_ACT_WAS_VERBS)
        and (again := _ITS_DAYS_TOLD.match(s.text)) is not None
    ):
        chosen = _the_act_dated_again(ctx, index, again, chosen)
    if chosen and not figures and _a_detail_of_the_act_told(ctx, index, para, chosen, s.text):
        return []
    for hit, day in came_after:
        chosen[(day.first, day.last, _group(hit))] = (hit, day, 98.0)  # type: ignore[index]
    if not chosen and toll_only and alone is not None and alone.first is not None and alone.last is not None:
        hit = max(hits, key=_rank)
        chosen = {(alone.first, alone.last, _group(hit)): (hit, alone, 98.0)}
    if not chosen and not toll_only and figures and (tolls := _toll_hits(s.text, figures, dates)):
        # "gunmen killed 160 people … on 4 June, the deadliest attack": the toll holds the date,
        # unless it is a figure for an event already told; a sentence that gives or revises a toll
        # ("… on the day of the attack, and the government gave a provisional toll of 23") is about the
        # toll of the violence told last
        if _attach_claims(ctx, index, figures, dates, toll_only=bool(_TOLL_REVISED.search(s.text))):
            return []
        if toll_chosen := _date_hits(s.text, tolls, dates):
            hits, chosen = tolls, toll_chosen
        # else the triggers stay, for the lead to date ("have again taken Bosso, … three days after the
        # group killed 32 soldiers there": the news, not the toll)
    if not chosen and toll_only and (death := _a_death_reported(s.text, hits, figures, dates)) is not None:
        hit, day = death
        chosen = {(day.first, day.last, _group(hit)): (hit, day, 98.0)}  # type: ignore[dict-item]
    if not chosen and toll_only:
        _hold_toll(ctx, index, figures)
        return []
    for hit in hits:  # "He was freed together with Jeffery Woodke, … seized in 2016": the day he came back
        if (
            hit.trigger.sub_event_type == "release"
            and all(c[0] is not hit for c in chosen.values())
            and (freed := _freed_in_the_lead(ctx, index, hit)) is not None
            and freed.first is not None
            and freed.last is not None
        ):
            chosen[(freed.first, freed.last, _group(hit))] = (hit, freed, 98.0)
    if not chosen and (shortly := _shortly_after_the_act(ctx, index, s.text)) is not None:
        hit = max(hits, key=_rank)
        chosen = {(shortly.first, shortly.last, _group(hit)): (hit, shortly, 98.0)}  # type: ignore[dict-item]
    if not chosen and _timed_by_the_untold(ctx, index):
        return []  # "Two weeks before his return, a convoy hit a mine": when, the text does not say
    if not chosen:
        hit = max(hits, key=_rank)
        source = _carry(ctx, index, para, hit, s.text)
        if source is None:
            source = _relief_attacked(ctx, index, para, hit, s.text)
        if source is not None:
            carried_date = DateMention(
                0, 0, source.date_text, "carried", source.first, source.last, source.precision, anchored=True
            )
            chosen = {(source.first, source.last, _group(hit)): (hit, carried_date, 99.0)}
        elif not _RUNNING_BEFORE.search(s.text, 0, hit.start) and (
            heading := _heading_above(ctx.sections, s.start)
            or _month_section_date(ctx, s.start)
            or _reported_by_item(ctx, s.start)
        ):
            chosen = {(heading.first, heading.last, _group(hit)): (hit, heading, 98.0)}  # type: ignore[dict-item]
        elif (alone := _date_told_alone(ctx, index)) is not None:
            chosen = {(alone.first, alone.last, _group(hit)): (hit, alone, 98.0)}  # type: ignore[dict-item]
        elif (after := _day_told_next(ctx, index, hit)) is not None:
            chosen = {(after.first, after.last, _group(hit)): (hit, after, 98.0)}  # type: ignore[dict-item]
        elif (lead := _lead_date(ctx, index, hit)) is not None:
            chosen = {(lead.first, lead.last, _group(hit)): (hit, lead, 98.0)}  # type: ignore[dict-item]
        elif (period := _in_the_period(ctx, index, hit, dates)) is not None:
            chosen = {(period.first, period.last, _group(hit)): (hit, period, 98.0)}  # type: ignore[dict-item]
        elif (
            _violent(hit.trigger.event_type, hit.trigger.sub_event_type)
            and not _scenes(ctx, index)
            and (set_before := _scene_set(ctx, index, dates)) is not None
        ):
            day, ctx.scene_places[index] = set_before
            chosen = {(day.first, day.last, _group(hit)): (hit, day, 98.0)}  # type: ignore[dict-item]
        elif second and (followed := _second_act_in_the_lead(ctx, index, figures, second)) is not None:
            toll, day = followed
            chosen = {(day.first, day.last, _group(toll)): (toll, day, 98.0)}  # type: ignore[dict-item]
        else:
            if figures:
                # "… said in a statement that 13 soldiers were wounded and 46 of the attackers were killed":
                # a toll reported, of the act told last
                reported = all(h.trigger.sub_event_type == "statement" for h in hits)
                _attach_claims(ctx, index, figures, dates, toll_only=reported)
            return []
    if figures and not toll_only:
        chosen.update(_tolls_of_their_own(s.text, chosen, figures, dates, second))
    if len(chosen) > 1 and any(h.trigger.sub_event_type == "protests" for h, _, _ in chosen.values()):
        chosen = _protested_acts(s.text, chosen)
    entries = list(chosen.values())
    scenes = _other_scenes(s.text, hits, entries, dates)
    mentions: list[EventMention] = []
    for hit, date, distance in entries + scenes:
        if (
            hit.trigger.event_type in _NATIONAL
            and date.first is not None
            and date.last is not None
            and (date.last - date.first).days > 366
        ):
            continue  # "soldiers who seized power between 2020 and 2023": several coups summed up
        if distance < 98.0 and (
            (earlier := _reported_finding(ctx, index, hit, date)) is not None
            or (earlier := _said_of_the_fight(ctx, index, hit, date)) is not None
        ):
            # "in May 2023, a UN report concluded that 500 people had been killed": the massacre told before
            source, distance = earlier, 99.0
            date = DateMention(
                0,
                0,
                earlier.date_text,
                "carried",
                earlier.first,
                earlier.last,
                earlier.precision,
                anchored=True,
            )
        if (
            distance < 98.0
            and hit.trigger.sub_event_type != "statement"
            and _reported_on(s.text, hit, date)
            and not _UNDER_WAY.search(s.text, date.end, hit.end)
            and not _announced_exit(s.text, hit)
            and not (
                hit.trigger.sub_event_type in _ACTS_OF_STATE
                and _ANNOUNCED_ON.search(s.text, max(0, date.start - 30), date.start)
            )
        ):
            # what a statement of that day reports happened by then; a notice to quit is the act itself
            date = shift(date, date.first - dt.timedelta(days=REPORT_LAG_DAYS), date.last, 2)  # type: ignore[operator, arg-type]
            date = replace(date, text=f"by {date.text}")
        carried = distance >= 98.0
        event_type, sub = hit.trigger.event_type, hit.trigger.sub_event_type
        place, geo_precision, place_factor = _choose_place(
            ctx,
            index,
            hit,
            s.start,
            event_type,
            source if distance == 99.0 else None,
            rivals=[
                (h.start, h.end)
                for h in hits
                if h is not hit and (h.trigger.event_type != event_type or event_type == "other")
            ],
        )
        if hit.start in second and geo_precision == 3:
            # "jihadists ambushed a patrol near Gao, and militiamen then killed 12 villagers": its scene
            before = [m for m in mentions if m.trigger_start - s.start < second[hit.start]]
            if before and before[-1].geo_precision < 3:
                place, geo_precision = before[-1].place, before[-1].geo_precision
            elif not before and (acts := [h for h in hits if h.end <= second[hit.start]]):
                # the act it followed was told undated, in a clause of its own: that clause's scene
                scene, precision, _ = _choose_place(
                    ctx, index, acts[-1], s.start, acts[-1].trigger.event_type
                )
                if precision < 3:
                    place, geo_precision = scene, precision
        named_place = ""
        if place is not None and geo_precision == 3 and place.feature in {"country", "region"}:
            named_place = _unlisted_name(ctx, index, hit)
        elif place is not None and geo_precision == 2 and place.feature not in {"country", "region"}:
            named_place = _unlisted_beside(ctx, index, hit, place)
        if (
            geo_precision == 3
            and not named_place
            and _violent(event_type, sub)
            and date.first is not None
            and date.last is not None
            and (detailed := _the_act_it_details(ctx, index, date.first, date.last, date.precision))
            is not None
        ):
            # "fled her village of Djiguibombo after an attack in April. ¶ "It was a Friday, the 19th. …
            # shot them"": the witness's account of that attack, where it was
            place, geo_precision = detailed.place, detailed.geo_precision
        sentence_actors = ctx.actors_in(s.start, s.end)
        if second:
            # "jihadists ambushed a patrol, and soldiers then executed 12 villagers": each act's own doers
            a, b = _clause_of_act(hit, second, len(s.text))
            clause_actors = [m for m in sentence_actors if a <= m.start < b]
            actor1, actor2 = _actor_roles(event_type, sub, clause_actors, " " * a + s.text[a:b], hit.start)
        else:
            actor1, actor2 = _actor_roles(event_type, sub, sentence_actors, s.text, hit.start)
        if (
            actor1
            and event_type in {"other", "atrocity"}
            and _REPELLED_BEFORE.search(s.text, max(0, hit.start - 50), hit.start)
        ):
            actor1, actor2 = actor2, actor1  # "it had repelled an attack on its base": its target
        if (
            event_type in _NATIONAL
            and not actor1
            and _officer_named_before(ctx.document.text, s.start, s.text, hit)
        ):
            actor1 = actors_mod.NATIONAL_ARMY  # "Traoré seized power", Captain Ibrahim Traoré told of before
        if (
            sub == "UN resolution"
            and (council := ctx.actor_index.actors.get("unsc"))
            and actor2 == council.name
        ):
            actor1, actor2 = actor2, actor1  # "the mission, created by Security Council resolution 2100"
        if not actor1 and (told := _pronoun_doer(ctx, index, s.text, hit)) and told != actor2:
            actor1 = told
        if sub == "mission withdrawal":
            actor1 = _withdrawing(ctx, index, hit, sentence_actors, actor1)
        if sub == "withdrawal demanded" and any(
            m.actor.name == actor1 and _TOLD_BEFORE.search(s.text, max(0, m.start - 20), m.start)
            for m in sentence_actors
        ):
            actor1, actor2 = "", actor1  # "told the UN Security Council … and asked it to leave": whom asked
        if sub == "withdrawal demanded" and any(
            m.actor.name == actor1 and m.actor.kind in {"international", "foreign armed"}
            for m in sentence_actors
        ):
            actor1, actor2 = "", actor1  # "that the peacekeeping mission had failed and asked it to leave"
        if group := _group_doer(ctx, index, s.text, hit):
            actor1, actor2 = group, ("" if actor2 == group else actor2)
        if (
            sub == "mass grave"
            and actor1
            and (
                _FOUND_BEFORE.search(s.text, max(0, hit.start - 60), hit.start)
                or _FOUND_IN.search(s.text, hit.start, hit.end)
            )
        ):
            actor1 = ""  # "the Malian army said it had discovered a mass grave": who found it, not who dug it
        if sub in _ACTS_OF_STATE and not (actor1 and actor2):
            actor1, actor2 = _countries_as_states(ctx, index, hit, sentence_actors, actor1, actor2)
        if (
            event_type == "coup"
            and not actor2
            and (ruler := _PRESIDENT_TAKEN.match(s.text, hit.end)) is not None
        ):
            actor2 = ruler["full"]  # "seized President Mamadou Tandja", a ruler no table lists
        own = (
            _own_figures(s.text, hit, [h for h, _, _ in entries + scenes], figures)
            if event_type in {"atrocity", "other", "coup", "coup_attempt"}
            else []
        )
        if (
            sub == "protests"
            and own
            and not _PROTESTED_DEATHS.search(s.text, hit.end, own[0].start)
            and (force := _force_on_the_protest(ctx, index, own))
        ):
            # "protesters occupied the assembly; at least 11 people were killed as security forces
            # opened fire": the protest met with force
            event_type, sub, actor1, actor2 = "atrocity", ON_PROTESTERS, force, actors_mod.PROTESTERS
        claims = _claims(ctx, index, own)
        if not actor2 and _violent(event_type, sub):
            actor2 = _who_lost_its_own(ctx, claims, actor1)  # "…; FLA says 3 of its members killed"
        confidence = _confidence(hit.trigger.weight, date, geo_precision, place_factor, carried)
        mention = EventMention(
            doc_id=doc.doc_id,
            sentence_index=index,
            paragraph=para,
            char_start=s.start,
            char_end=s.end,
            quote=s.text,
            event_type=event_type,
            sub_event_type=sub,
            trigger=hit.text,
            trigger_start=s.start + hit.start,
            first=date.first,  # type: ignore[arg-type]
            last=_by_the_writing(doc, date.first, _held_since(hit, date)),  # type: ignore[arg-type]
            precision=date.precision,
            place=place,
            geo_precision=geo_precision,
            actor1=actor1,
            actor2=actor2,
            claims=claims,
            confidence=confidence,
            date_text=date.text,
            carried=carried,
            named_place=named_place,
        )
        mentions.append(mention)
        # a day told alone lists too; so does a region ("in the Gao region on 24 May and in the Mopti …")
        if distance != 99.0 and place is not None and (geo_precision < 3 or place.feature == "region"):
            mentions.extend(_listed(ctx, index, mention, hit, date, dates))
    if scenes:
        mentions = _apart(mentions, {s.start + h.start for h, _, _ in scenes})
    mentions.sort(key=lambda m: m.trigger_start)
    return mentions


def _a_captivity(hit: _Hit) -> bool:
    """``held captive by jihadists``, ``have been held``: people kept, told as the state they are in."""
    return hit.trigger.sub_event_type == "abduction" and "held" in hit.text.lower()


def _kept_since(hit: _Hit, date: DateMention) -> bool:
    """``held captive by jihadists since 2017``: a captivity's since-date is when the captive was taken,
    where any other state's (``deployed since 2013``) is not an act's."""
    return date.start >= hit.end and _a_captivity(hit)


def _held_since(hit: _Hit, date: DateMention) -> dt.date | None:
    """``have been held since Friday``: taken that day, not over the days since."""
    if date.precision == 1 and date.text.lower().startswith("since") and _a_captivity(hit):
        return date.first
    return date.last


def _other_scenes(
    text: str, hits: list[_Hit], entries: list[tuple[_Hit, DateMention, float]], dates: list[DateMention]
) -> list[tuple[_Hit, DateMention, float]]:
    """``a boat was attacked near Bamba, …, and that an army camp at Bourem was attacked on the
    same day``: a second attack in a clause of its own, on the day of the first, is an event of
    its own, which only its own place can make (see ``_apart``)."""
    out = []
    for h in hits:
        if h.trigger.sub_event_type != "attack" or any(e[0].start == h.start for e in entries):
            continue
        for c, date, distance in entries:
            if c.trigger.sub_event_type != "attack" or not _CLAUSE_SPLIT.search(
                text, min(c.end, h.end), max(c.start, h.start)
            ):
                continue
            own = _dates_for(text, h, dates, relaxed=True)[0][0]
            if date.kind == "same_time" or (
                own is not None and (own.first, own.last) == (date.first, date.last)
            ):
                out.append((h, date, distance))
                break
    return out


def _apart(mentions: list[EventMention], scene_starts: set[int]) -> list[EventMention]:
    """A second scene stands only on a place of its own that the text names."""
    kept = [m for m in mentions if m.trigger_start not in scene_starts]
    for m in mentions:
        own_place = m.place is not None and m.geo_precision < 3 and all(k.place != m.place for k in kept)
        if m.trigger_start in scene_starts and own_place:
            kept.append(m)
    return kept


def _by_the_writing(doc: Document, first: dt.date, last: dt.date) -> dt.date:
    """``summary executions in 2022 and 2023``, written in July 2023: what is told happened by
    the day of writing, when that day is known."""
    day = doc.published if doc.published_precision == 1 else None
    return day if day is not None and first <= day < last else last


def _date_hits(
    text: str, hits: list[_Hit], dates: list[DateMention]
) -> dict[tuple[dt.date, dt.date, str], tuple[_Hit, DateMention, float]]:
    """Each trigger with the date its clause gives it, one per (dates, kind of event): the more
    specific trigger wins a date two of them share. A trigger with no date next to it may take
    one further off, unless it is a side remark."""
    chosen: dict[tuple[dt.date, dt.date, str], tuple[_Hit, DateMention, float]] = {}
    undated: list[_Hit] = []
    filed = _filed(text, dates)
    if filed is not None:
        # "AGUELHOK, Mali, Jan. 21 (Sahel Wire) - Gunmen … attacked the base … early Sunday": the day
        # the story was filed dates only what the sentence gives no day of its own
        dates = [d for d in dates if d is not filed]
    for relaxed in (False, True):
        for hit in undated if relaxed else hits:
            usable = dates
            if relaxed and hit.trigger.event_type == "other" and filed is None:
                # side remarks ("sanctions, protests") date only by what sits next to them or by the day
                # the sentence opens on, a violent act also by the day a statement it is reported in was made
                # "On Friday 16 May, several hundred residents …, demonstrated at Kidal airport": the day
                # the sentence opens on dates its main clause
                physical = hit.trigger.sub_event_type in _PHYSICAL_OTHER
                # "soldiers killed when jihadists ambushed a convoy bound for Djibo on 26 September": the
                # act a clause of "when" tells, on the day that clause ends on
                subject = physical and (
                    _subject_of_sentence(text, hit) or bool(_WHEN_CLAUSE_OPENS.search(text, 0, hit.start))
                )
                # "Algeria responded in kind on Thursday, summoning Mali's ambassador": the participle
                # goes on with the main clause, on its day
                participle = hit.text.split()[0].lower().endswith("ing") and text.endswith(", ", 0, hit.start)
                usable = [
                    d
                    for d in dates
                    if (subject and d.start >= hit.end)
                    or (participle and d.end <= hit.start)
                    # "died on Tuesday after two men on a motorbike shot him": the day of the death
                    or (
                        physical
                        and d.end <= hit.start
                        and _DIED_ON.search(text, max(0, d.start - 40), d.start) is not None
                    )
                    # "Mali announced on 25 January 2024 the immediate end of the Algiers agreement": the
                    # day an act of state was announced is its day
                    or (
                        d.end <= hit.start
                        and hit.trigger.sub_event_type in _ACTS_OF_STATE
                        and _ANNOUNCED_ON.search(text, max(0, d.start - 30), d.start) is not None
                        and not _CLAUSE_BREAK.search(text, d.end, hit.start)
                    )
                    or (
                        d.end <= hit.start
                        and (
                            _opens_sentence(text, d)
                            or (
                                physical and (_said_that(text, d) or _OPENS_REPORTED.search(text, 0, d.start))
                            )
                        )
                    )
                ]
            pairs = _dates_for(text, hit, usable, relaxed)
            if pairs[0][0] is None and relaxed and filed is not None:
                pairs = _dates_for(text, hit, [filed], relaxed)
            if pairs[0][0] is None:
                if not relaxed:
                    undated.append(hit)
                continue
            for date, distance in pairs:
                date = _and_the_next_day(text, hits, dates, hit, date)  # type: ignore[arg-type]
                key = (date.first, date.last, _group(hit))
                current = chosen.get(key)  # type: ignore[arg-type]
                if current is None or _rank(hit) > _rank(current[0]):
                    chosen[key] = (hit, date, distance + (10 if relaxed else 0))  # type: ignore[index]
    return chosen


#: ``on a wedding celebration on February 16, 2024, and during a burial on February 17``: a second
#: day the same act goes on to.
#: (with no place named between: ``in the Tahoua region on 24 May and in the Dosso region on 26 May``)
_AND_ANOTHER_DAY = re.compile(
    r",?\s+and\s+(?:(?:during|at|in|on)\s+)?(?:an?\s+|the\s+)?[^,.;:A-Z]{0,40}?\s+on\s+$"
)


def _and_the_next_day(
    text: str, hits: list[_Hit], dates: list[DateMention], hit: _Hit, date: DateMention
) -> DateMention:
    """The days one trigger's phrase gives, from the first to the last: ``Drone strikes on a wedding
    on 16 February, and during a burial on 17 February, killed 14`` is one toll over two days."""
    if date.precision != 1 or date.end <= hit.start or date.last is None:
        return date
    for later in dates:
        if (
            later.start >= date.end
            and later.precision == 1
            and later.first is not None
            and later.last is not None
            and 0 < (later.first - date.last).days <= 3
            and _AND_ANOTHER_DAY.fullmatch(text, date.end, later.start)
            and not any(date.end <= h.start < later.start for h in hits)
        ):
            return replace(date, text=f"{date.text} … {later.text}", end=later.end, last=later.last)
    return date


#: ``Witnesses said that on the morning of 12 May soldiers … arrested``: a date opening what was said.
_OPENS_REPORTED = re.compile(
    rf"\b(?:{_SAYING}|recalled|added|explained|testified)\s+(?:that\s+)?{_DAYTIME}(?:on\s+|in\s+)?$", re.I
)


#: ``went ahead on 29 March 2020, days after the opposition leader … was kidnapped``: what the clause
#: tells came some days (weeks) before the day just given.
_DAYS_AFTER = re.compile(
    r",\s+(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+|just\s+|only\s+|a\s+few\s+"
    r"|several\s+)?(?P<unit>hours?|days?|weeks?|months?|years?)\s+after\s+(?!the\s+\w+\s*[,.;]|(?:this|that)\b)",
    re.I,
)
_BEFORE_SPAN = {"hours": 1, "days": 10, "weeks": 42, "months": 120}
#: How many words may stand between the day given and ``, a day after``: the main clause's verb and object
#: (``said on Friday they had suspended the constitution and dissolved all state institutions, a day after``).
DAYS_AFTER_WORDS = 12


def _days_before(sentence: str, hits: list[_Hit], dates: list[DateMention]) -> list[DateMention]:
    """For a trigger in a ``…, days after …`` clause, the days before the date the clause follows
    (``sworn in on Friday under tight security, two days after soldiers tried to seize power``:
    the Wednesday)."""
    out = []
    for m in _DAYS_AFTER.finditer(sentence):
        unit = m["unit"].lower().rstrip("s") + "s"
        count = casualties.parse_number(m["n"])[0] if m["n"] else None
        if unit == "years" and not count:
            continue  # "years after": too long ago to say when
        day = next(
            (
                d
                for d in reversed(dates)
                if d.end <= m.start()
                # "in October 2014, 27 years after he took power": a year back from a month will do
                and (d.precision == 1 or (unit == "years" and d.precision == 2))
                and d.first is not None
                and not _CLAUSE_BREAK.search(sentence, d.end, m.start())
                and _words_between(sentence[d.end : m.start()]) <= DAYS_AFTER_WORDS
            ),
            None,
        )
        if day is None or day.first is None:
            continue
        # not "three days after the deadliest ambush since Traoré seized power on 30 September": the
        # since-clause's act is measured against, not what came three days before
        inside = [
            h
            for h in hits
            if h.start >= m.end()
            and not _CLAUSE_BREAK.search(sentence, m.end(), h.start)
            and not _SINCE_OPENS.search(sentence, m.end(), h.start)
        ]
        if not inside:
            continue
        if unit == "years" and count:
            first, last, precision = (
                dt.date(day.first.year - count, 1, 1),
                dt.date(day.first.year - count, 12, 31),
                3,
            )
        elif count:
            # "on 30 September 2022, eight months after Damiba had overthrown": a month either way
            back = {"hours": 0, "days": count, "weeks": 7 * count, "months": 30 * count}[unit]
            slack = {"weeks": 3, "months": 15}.get(unit, 0)
            first = day.first - dt.timedelta(days=back + slack)
            last = day.first - dt.timedelta(days=back - slack)
            precision = 2 if slack else 1
        else:
            span = _BEFORE_SPAN[unit]
            last = day.first - dt.timedelta(days=1) if span > 1 else day.first
            first = day.first - dt.timedelta(days=span)
            precision = 2 if span > 1 else 1
        text = f"{m.group(0).strip(', ').removesuffix(' after')} before {day.text.removeprefix('on ')}"
        out.append(DateMention(m.start(), m.end(), text, "relative", first, last, precision, anchored=True))
    return out


def _filed(sentence: str, dates: list[DateMention]) -> DateMention | None:
    """The date of the dateline the sentence opens on, when the sentence gives another date too."""
    if len(dates) < 2 or (dateline := DATELINE.match(sentence)) is None or len(dateline.group(0)) >= 60:
        return None
    return next((d for d in dates if d.end <= dateline.end()), None)


#: ``The rebels said earlier this month that the army had carried out drone strikes``
_SAID_BEFORE = re.compile(rf"\b(?:{_SAYING}|claimed)\s+(?:(?:earlier|on|late|early)\s+)?$", re.I)
_THAT_AFTER = re.compile(r"\s+that\s")


def _said_that(text: str, date: DateMention) -> bool:
    """A date between a verb of saying and the ``that`` of what was said."""
    return bool(
        _THAT_AFTER.match(text, date.end) and _SAID_BEFORE.search(text, max(0, date.start - 40), date.start)
    )


#: What joins the items of a list: ``, `` / `` and `` / ``, and then ``.
_JOINER = r"(?:,\s*(?:and\s+)?|\s+and\s+)"
#: Between two places of a list: a joiner, and names the gazetteer does not hold
#: (``in Kayes, Diboli, Nioro du Sahel``), which stay unmapped but do not end the list.
_LIST_JOIN = re.compile(
    rf"\s*{_JOINER}(?:[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?{_JOINER})*(?:then\s+)?"
    r"(?:(?<=and\s)(?:in|at|near)\s+(?:the\s+)?)?"  # "in the Tahoua region on 24 May and in the Dosso region"
)
#: A place given its own date: ``Gao on 31 March``, ``Ménaka in April``.
_DATED_ITEM = re.compile(r"\s+(?:(?:region|area|province|district|department)\s+)?(?:(?:on|in)\s+)?")
#: ``Kidal fell [to the rebels] on 30 March, Gao on 31 March``: the first item's trigger between
#: it and its date.
_DATED_TAIL = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+(?:on|in)\s+")
#: ``… and, days later, `` / ``, then on 24 January ``: a further item of a list told date first.
_DATE_FIRST = re.compile(r"\s*,?\s*(?:and|then|and\s+then)\s*,?\s*(?:(?:on|in)\s+)?", re.I)
#: ``…, then `` / `` and later ``: the list goes on after its date, each place with a day of its own.
_THEN_PLACES = re.compile(r",?\s+(?:and\s+)?(?:then|later|and\s+later)\s+(?:(?:in|at)\s+)?")
#: ``, the army camps at `` / `` ``: from that date to the item's place.
_DATED_TARGET = re.compile(
    rf",?\s+(?:(?:the|an?|its|their)\s+(?:[\w’'-]+\s+){{0,2}}?{_POST}\s+(?:in|at|of|near)\s+(?:the\s+)?)?",
    re.I,
)
#: Events that happen to each place of a list alike (``handed over its camps in Tessalit and
#: Aguelhok``, ``captured Kidal, Gao and Timbuktu``): a town or base changing hands.
_EACH_PLACE = frozenset({"base transfer", "capture of a town", "mission withdrawal"})
#: Events that strike each place of a list (``attacks on military positions in Kayes, Nioro du
#: Sahel and Niono``, ``attacked the camp in Boulkessi and the army post in Mondoro``).
_EACH_TARGET = frozenset({"attack"})
#: ``on the road between Gao and Ansongo``: two places that make one.
#: ``the road between Ogossagou and Mopti``: two ends of one stretch, not two targets.
_BETWEEN = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*\s+and\s+(?:the\s+)?)?$", re.I
)
#: ``Mondoro was calm``: a place opening a clause of its own ends a list.
_SUBJECT_AFTER = re.compile(r"\s+(?:was|were|is|are|has|have|had|remained|remains|stayed|stays)\b", re.I)
#: ``attacked the camp in Boulkessi and the army post in Mondoro``: a second target named in full.
_NEXT_TARGET = re.compile(
    rf"\s*{_JOINER}(?:the|an?|its|their)\s+(?:[\w’'-]+\s+){{0,2}}?{_POST}\s+(?:in|at|of|near)\s+(?:the\s+)?",
    re.I,
)


def _listed(
    ctx: _Doc, index: int, event: EventMention, hit: _Hit, date: DateMention, dates: list[DateMention]
) -> list[EventMention]:
    """The same kind of event at the other places of a list that goes on from the event's own.

    ``captured Kidal on 30 March, Gao on 31 March and Timbuktu on 1 April``: each further place
    with its own date is an event there and then. ``handed over its camps in Tessalit and
    Aguelhok``: for a town or base changing hands, each coordinated place shares the date.
    Anything else between the items (``Gao has been calm since``) ends the list.
    """
    s = ctx.document.sentences[index]
    text, offset = s.text, s.start
    places = [
        m
        for m in ctx.mentions_by_sentence.get(index, [])
        if m.place.has_coordinates
        and m.place.feature not in {"country", "continent"}
        and not any(a <= m.start < b for a, b in ctx.datelines)
    ]
    own = [m for m in places if _event_place(ctx, event.event_type, m.place) == event.place]
    if not own:
        return []
    anchor = min(own, key=lambda m: abs(m.start - offset - hit.start))

    struck = hit.trigger.sub_event_type in _EACH_TARGET
    # "attacks on", "attacked Boulkessi and Mondoro": each place; "an attack on Kayes and Niono" may be one
    verb = hit.text.split(maxsplit=1)[0].lower()
    each = struck and (hit.text.lower().endswith(("s", "ed")) or verb.endswith("ed") or verb == "struck")

    def next_item(pos: int) -> Mention | None:
        """The next place, if only a list joiner (or, for an attack, a second target) separates
        it from ``pos``."""
        m = next((m for m in places if m.start - offset >= pos), None)
        if m is None:
            return None
        if _SUBJECT_AFTER.match(text, m.end - offset):
            return None  # "attacked Boulkessi, and Mondoro was calm": a clause of its own
        if m.place.feature in {"region", "district"} and _ADDRESS_GAP.fullmatch(text, pos, m.start - offset):
            return None  # "attacked Ansongo, Gao region": where the town lies, not another target
        if (each or not struck) and _LIST_JOIN.fullmatch(text, pos, m.start - offset):
            return m
        return m if struck and _NEXT_TARGET.fullmatch(text, pos, m.start - offset) else None

    def previous_item(pos: int) -> Mention | None:
        m = next((m for m in reversed(places) if m.end - offset <= pos), None)
        joined = m is not None and (each or not struck) and _LIST_JOIN.fullmatch(text, m.end - offset, pos)
        return m if joined else None

    items: list[tuple[Mention, DateMention]] = []
    if date.end > date.start and (
        _DATED_ITEM.fullmatch(text, anchor.end - offset, date.start)
        or (
            anchor.end - offset <= hit.start
            and not text[anchor.end - offset : hit.start].strip()
            and _DATED_TAIL.fullmatch(text, hit.end, date.start)
        )
    ):
        pos = date.end
        while True:
            if (m := next_item(pos)) is not None:
                d = next((d for d in dates if d.start >= m.end - offset), None)
                if d is None or d.first is None or not _DATED_ITEM.fullmatch(text, m.end - offset, d.start):
                    break
                items.append((m, d))
                pos = d.end
                continue
            # "attacked Ménaka on 17 January and, days later, the army camps at Aguelhok and Tessalit"
            d = next((d for d in dates if d.start >= pos), None)
            if d is None or d.first is None or not _DATE_FIRST.fullmatch(text, pos, d.start):
                break
            m = next((m for m in places if m.start - offset >= d.end), None)
            if m is None or not _DATED_TARGET.fullmatch(text, d.end, m.start - offset):
                break
            items.append((m, d))
            pos = m.end - offset
            while (n := next_item(pos)) is not None and not _DATED_ITEM.match(text, n.end - offset):
                items.append((n, d))
                pos = n.end - offset
    elif hit.trigger.sub_event_type in _EACH_PLACE or (
        struck and not _BETWEEN.search(text, 0, anchor.start - offset)
    ):
        pos = anchor.end - offset
        while (m := next_item(pos)) is not None:
            items.append((m, date))
            pos = m.end - offset
        if date.start >= pos and (then := _THEN_PLACES.match(text, date.end)) is not None:
            # "its bases in Kidal, Tessalit and Timbuktu in late 2021, then Gossi on 19 April 2022 and
            # Ménaka on 13 June": places told after with days of their own
            pos = then.end()
            while (m := next((m for m in places if m.start - offset >= pos), None)) is not None and (
                m.start - offset == pos or _LIST_JOIN.fullmatch(text, pos, m.start - offset)
            ):
                d = next((d for d in dates if d.start >= m.end - offset), None)
                if d is None or d.first is None or not _DATED_ITEM.fullmatch(text, m.end - offset, d.start):
                    break
                items.append((m, d))
                pos = d.end
        pos = anchor.start - offset  # the event went to the most specific place, mid-list
        while (m := previous_item(pos)) is not None:
            items.append((m, date))
            pos = m.start - offset
    out = []
    for m, d in items:
        if d.first is None or d.last is None:
            continue
        place = _event_place(ctx, event.event_type, m.place)
        out.append(
            replace(
                event,
                trigger_start=m.start,
                first=d.first,
                last=d.last,
                precision=d.precision,
                place=place,
                geo_precision=max(place.geo_precision, 2)
                if _near(ctx.document.text, places, m) or _as_area(ctx.document.text, m)
                else place.geo_precision,
                claims=[],
                confidence=_confidence(hit.trigger.weight, d, place.geo_precision, 1.0, False),
                date_text=d.text,
                listed=True,
            )
        )
    return out


def _near(text: str, mentions: list[Mention], m: Mention) -> bool:
    """A place named as a reference point (``near Bourem``), alone or in a list the reference
    word opens (``camps near Bourem and Léré``)."""
    if _NEAR_REF.search(text, max(0, m.start - 40), m.start) or _AREA_AFTER.match(text, m.end):
        return True
    before = [p for p in mentions if p.end <= m.start]
    while before and _LIST_JOIN.fullmatch(text, before[-1].end, m.start):
        m = before.pop()
        if _NEAR_REF.search(text, max(0, m.start - 40), m.start):
            return True
    return False


def _event_place(ctx: _Doc, event_type: str, place: Place) -> Place:
    """A base handed over in a town is the town's camp, when the gazetteer has one."""
    if event_type == "base_handover" and place.feature in {"town", "village"}:
        return _camp_at(ctx.gazetteer, place) or place
    return place


def _group(hit: _Hit) -> str:
    """Hits of one group and date in a sentence are one event (``mutinied and arrested the
    president``); a distinct kind of ``other`` event beside them is its own (``the force drew
    down, with the US suspending its aid at the same time``), and so is a base handover beside
    fighting (``Clashes erupt around Ber after MINUSMA hands over its camp``)."""
    t = hit.trigger
    if t.event_type == "other" and SUB_PRIORITY.get(t.sub_event_type, 2) >= 2:
        return f"other:{t.sub_event_type}"
    if t.event_type == "base_handover":
        return "handover"
    return "event"


def _rank(hit: _Hit) -> tuple[int, int, float]:
    return (
        TYPE_PRIORITY[hit.trigger.event_type],
        SUB_PRIORITY.get(hit.trigger.sub_event_type, 2),
        hit.trigger.weight,
    )


def _refined(hit: _Hit, sentence: str, figures: list[Figure]) -> _Hit:
    event_type, sub = _refine(hit, sentence, figures)
    if (event_type, sub) == (hit.trigger.event_type, hit.trigger.sub_event_type):
        return hit
    trigger = replace(hit.trigger, event_type=event_type, sub_event_type=sub)
    return replace(hit, trigger=trigger)


def _refine(hit: _Hit, sentence: str, figures: list[Figure]) -> tuple[str, str]:
    """Adjust type and sub-type with what else the sentence says."""
    event_type, sub = hit.trigger.event_type, hit.trigger.sub_event_type
    if sub == "peace agreement" and _ACCORD_ENDED.search(sentence, max(0, hit.start - 60), hit.start):
        return event_type, "peace agreement ended"  # "the collapse of the Algiers peace agreement"
    if sub == "peace agreement" and _NO_PEACE.search(hit.text):
        return event_type, "pact signed"  # "signed mining cooperation agreements with Moscow"
    if event_type == "other" and sub in {"attack", "arrests"} and _KILLED_IN_CUSTODY.search(sentence):
        return "atrocity", "summary executions"  # "were killed after being detained by a joint patrol"
    # not the dead a clause before counts: "The bodies of 12 men were found …, days after they were arrested"
    own = [
        f for f in figures if not _DAYS_AFTER.search(sentence, min(f.end, hit.start), max(f.start, hit.end))
    ]
    if (
        event_type == "other"
        and sub in {"attack", "arrests", "statement"}
        and _civilian_toll(own, sentence)
        and not _security_target(sentence, hit)
        # "clashes between Dogon and Fulani militias killed 40 people", "Clashes in Ogossagou killed 40
        # people": a fight, whoever died in it
        and not (sub == "attack" and hit.text.lower().startswith(("clash", "fighting", "battle")))
    ):
        return "atrocity", "attack on civilians"
    if sub == "killing of civilians" and any(
        f.kind == "killed" and _FORCES_DEAD.search(f.victims) and _CIVILIAN_VICTIMS.search(f.victims)
        for f in figures
    ):
        return "other", "attack"  # "two attacks … killed 49 civilians and 15 soldiers": a fight
    if event_type == "other" and sub == "attack" and _CALLED_A_COUP_ATTEMPT.search(sentence, hit.end):
        return "coup_attempt", "failed coup"  # "raided a barracks …; the government called it a failed coup"
    on_civilians = (
        _CIVILIAN_TARGET.search(sentence[hit.start : hit.end + 80])
        or (
            _PASSIVE_ATTACK.match(hit.text)
            and _CIVILIANS_UNDER_FIRE.search(sentence, max(0, hit.start - 90), hit.start)
        )
        or (
            (was := _WAS_BEFORE.search(sentence, max(0, hit.start - 16), hit.start)) is not None
            and (
                _CIVILIANS_UNDER_FIRE.search(sentence, max(0, was.start() - 90), was.start())
                or _VILLAGE_UNDER_FIRE.search(sentence, 0, was.start())
            )
        )
        or _INTO_A_CIVILIAN_PLACE.search(sentence, max(0, hit.start - 90), hit.start)
    )
    # not "attacked a passenger boat … and the army camp at Bamba", nor one that killed soldiers too
    if event_type == "other" and sub == "attack" and on_civilians and not _forces_too(sentence, hit):
        return "atrocity", "attack on civilians"
    if (
        event_type == "atrocity"
        and sub in {"killing of civilians", "attack on civilians"}
        and _on_protesters(sentence, hit, own)
    ):
        return event_type, ON_PROTESTERS  # "police shot dead four demonstrators"
    if event_type == "coup_attempt" and re.search(r"\barrest\w*|\bdetain\w*", sentence, re.I):
        return event_type, "arrests of alleged plotters"
    if (
        event_type == "coup"
        and re.search(r"\barrested\b|\bdetained\b", sentence, re.I)
        and re.search(r"\b(?:president|prime minister|ministers?|officials|head of state)\b", sentence, re.I)
    ):
        return event_type, "arrest of leaders"
    if (
        event_type == "other"
        and sub == "arrests"
        and re.search(r"(?<!former\s)\b(?:president|prime minister|head of state)\b", sentence, re.I)
        and _MEN_UNDER_ARMS.search(sentence)
    ):
        return "coup", "arrest of leaders"
    return event_type, sub


_FORCES_TOO = re.compile(
    r"\b(?:army|military)\s+(?:camp|base|post|position)s?\b|\b(?:soldiers|troops|gendarmes)\s+(?:were|had\s+been)\s+killed\b"
    r"|\band\s+\d+\s+soldiers\b"
    # "an attack on a hospital in Gao, killing two soldiers guarding it"
    r"|\b(?:killing|killed)\s+(?:at\s+least\s+)?(?:[\w-]+\s+)?(?:soldiers|troops|gendarmes|policemen|guards)\b",
    re.I,
)


#: ``clashes between …``, ``fighting between …``: two sides fighting each other.
_BETWEEN_SIDES = re.compile(r"\s+between\s+", re.I)


def _forces_too(sentence: str, hit: _Hit) -> bool:
    """The act, in its own clause, also struck an army post or killed soldiers."""
    later = _NEXT_ACT.search(sentence, hit.end)
    return bool(_FORCES_TOO.search(sentence, hit.start, later.start() if later else len(sentence)))


#: ``were killed after being detained``: people put to death once held.
_KILLED_IN_CUSTODY = re.compile(
    r"\b(?:killed|executed|shot(?:\s+dead)?|found\s+dead)\s+(?:after|while)\s+(?:being\s+)?"
    r"(?:in\s+custody|detained|arrested|captured|abducted|taken\s+away|rounded\s+up)\b",
    re.I,
)
#: ``signed mining cooperation agreements``: an accord on something else than peace.
_NO_PEACE = re.compile(
    r"\b(?:mining|cooperation|co-operation|defen[cs]e|military|trade|economic|loan|financing|security|energy"
    r"|nuclear|partnership|investment|gold|oil|transport|railway)\b",
    re.I,
)
#: ``in what the president described as an attempted coup``: an attack named for what it was.
_CALLED_A_COUP_ATTEMPT = re.compile(
    r"\b(?:called|calls|described|describes|termed|terms|branded|labell?ed|characteri[sz]ed)\s+"
    r"(?:(?:it|this|that|them|the\s+(?:attack|assault|raid|attacks|violence|incident))\s+)?(?:as\s+)?(?:an?\s+)?"
    r"(?:(?:failed|attempted|foiled|thwarted|aborted)\s+(?:coup|putsch)\b|(?:coup|putsch)\s+attempt\b)",
    re.I,
)
#: Who, detaining a president, is staging a coup rather than serving a warrant.
_PERSON = r"(?-i:[A-Z][\w’'-]+)"
#: ``President Moussa Traoré``, ``Traoré ruled for 23 years``, ``Keïta's government``: who held power.
_RULER = re.compile(
    rf"(?<!former\s)(?<!Former\s)(?<!ex-)\bPresident\s+(?P<full>(?:{_PERSON}\s+){{0,2}}?(?P<last>{_PERSON}))\b"
    rf"|\b(?P<ruled>{_PERSON})\s+(?:had\s+)?(?:ruled|governed|reigned)\b"
    rf"|\b(?P<owner>{_PERSON})['’]s\s+(?:regime|rule|government|presidency)\b"
    # "eight months after Damiba himself had seized power", "Damiba ousted President Kaboré"
    rf"|\b(?P<seized>{_PERSON})\s+(?:himself\s+)?(?:had\s+)?(?:seized|took|grabbed)\s+power\b"
    rf"|\b(?P<ouster>{_PERSON})\s+(?:had\s+)?(?:ousted|overthrew|toppled|deposed)\b"
)
#: ``seized President Mamadou Tandja``: the head of state a coup's own words name as taken.
_PRESIDENT_TAKEN = re.compile(
    # "seized power …, detaining President Roch Kaboré"
    r"(?:(?<=[Pp]resident)|(?:[^.;:]{0,40}?,\s+(?:detaining|arresting|seizing|capturing|ousting|toppling|deposing"
    r"|overthrowing))?\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+)?President)"
    rf"\s+(?P<full>(?:{_PERSON}\s+){{0,3}}{_PERSON})(?![\w’'-])"
)
#: ``Lieutenant-Colonel Touré arrested Traoré``: an officer's arrest of the man in power.
_ARRESTED_NAME = re.compile(rf"\s+(?P<name>(?:{_PERSON}\s+){{0,2}}?{_PERSON})\b(?!\s+(?:as|for|over)\b)")
_RANK = (
    r"(?:Lieutenant-Colonel|Lt\.?-Col\.?|Colonel|Col\.|Captain|Capt\.|General|Gen\.|Major"
    r"|Lieutenant|Commander)"
)
#: ``removed Lieutenant-Colonel Paul-Henri Damiba``: whom, without the rank.
_REMOVED_NAME = re.compile(rf"removed\s+(?:{_RANK}\s+)?(?P<name>(?:{_PERSON}\s+){{0,2}}{_PERSON})\b")
_OFFICER = re.compile(rf"\b{_RANK}\b|\b(?:Lt|Capt|Col|Gen)\.?(?=\s)|\bSergeant\b")


def _rulers_named(text: str) -> frozenset[str]:
    names: set[str] = set()
    for m in _RULER.finditer(text):
        if m["full"]:
            names.update({m["full"], m["last"]})
        else:
            names.add(m["ruled"] or m["owner"] or m["seized"] or m["ouster"])
    return frozenset(names)


def _ruler_seized(ctx: _Doc, sentence: str, hit: _Hit) -> _Hit | None:
    """``Lieutenant-Colonel Amadou Toumani Touré arrested Traoré``, where the document has told
    that Traoré ruled: men under arms seizing the head of state is a coup, even unnamed as one.
    ``Captain Traoré removed Lieutenant-Colonel Damiba``, who had seized power: so is removing him;
    removing anyone else (``removed General Keita``) tells no event."""
    sub = hit.trigger.sub_event_type
    if sub == "removal":
        named = _REMOVED_NAME.match(sentence, hit.start)
        if named is None or (
            named["name"] not in ctx.rulers() and named["name"].split()[-1] not in ctx.rulers()
        ):
            return None
        return replace(hit, trigger=replace(hit.trigger, event_type="coup", sub_event_type="overthrow"))
    if sub != "arrests" or not hit.text.lower().startswith(("arrest", "detain")):
        return hit
    named = _ARRESTED_NAME.match(sentence, hit.end)
    if named is None or named["name"] not in ctx.rulers():
        return hit
    before = sentence[: hit.start]
    if not (_OFFICER.search(before) or _MEN_UNDER_ARMS.search(before)):
        return hit
    return replace(hit, trigger=replace(hit.trigger, event_type="coup", sub_event_type="arrest of leaders"))


def _country_taken(ctx: _Doc, index: int, hit: _Hit) -> _Hit | None:
    """``A council of generals … took control of Chad``: men under arms taking a whole country (not
    ``Mali's north``) seize power in it. ``… the interim president, … soldiers of the presidential
    guard seized him``: seizing the head of state is a coup; seizing anyone else takes no town."""
    if hit.trigger.sub_event_type != "capture of a town":
        return hit
    sentence = ctx.document.sentences[index]
    if _A_PERSON_AFTER.match(sentence.text, hit.end):
        if _HEAD_OF_STATE.search(sentence.text, 0, hit.start) and _MEN_UNDER_ARMS.search(
            sentence.text, 0, hit.start
        ):
            return replace(
                hit, trigger=replace(hit.trigger, event_type="coup", sub_event_type="arrest of leaders")
            )
        return None
    if "control" not in hit.text:
        return hit
    at = sentence.start + hit.end + 1
    taken = next((m for m in ctx.mentions_by_sentence.get(index, []) if m.start == at), None)
    text = ctx.document.text
    if taken is None or taken.place.feature != "country" or text.startswith(("'s", "’s"), taken.end):
        return hit
    if not (
        _MEN_UNDER_ARMS.search(sentence.text, 0, hit.start) or _GENERALS.search(sentence.text, 0, hit.start)
    ):
        return hit
    return replace(hit, trigger=replace(hit.trigger, event_type="coup", sub_event_type="seizure of power"))


_A_PERSON_AFTER = re.compile(r"\s+(?:him|her)\b")
_HEAD_OF_STATE = re.compile(r"(?<!former\s)\b(?:president|head\s+of\s+state)\b", re.I)
_GENERALS = re.compile(r"\b(?:generals|officers|colonels|military\s+council)\b", re.I)
_MEN_UNDER_ARMS = re.compile(
    r"\b(?:military|army|soldiers|camp|officers|(?:presidential\s+)?guards?|special\s+forces|mutineers|junta|commandos"
    r"|regiment)\b",
    re.I,
)


_AND_THEN = re.compile(r"\W*(?:,\s*)?(?:and\s+)?(?:had\s+|has\s+|have\s+)?")


def _arrests_besides_a_toll(hit: _Hit, figures: list[Figure], sentence: str) -> bool:
    """``the army had killed 203 ‘terrorists’ and arrested 51 more``: the arrests belong to
    the operation whose toll they follow, not an event of their own."""
    return hit.trigger.sub_event_type == "arrests" and any(
        f.kind in {"killed", "executed"}
        and f.end <= hit.start
        and _AND_THEN.fullmatch(sentence, f.end, hit.start)
        for f in figures
    )


def _civilian_toll(figures: list[Figure], sentence: str) -> bool:
    """Civilians among the dead: ``30 people were killed``, unless the sentence goes on to say
    who they were (``…, most of them gendarmerie students``) or counts soldiers' dead beside them
    (``Eight soldiers were killed, and … eight civilians``: a fight)."""
    if any(f.kind == "killed" and _FORCES_DEAD.search(f.victims or "") for f in figures):
        return False
    return any(
        f.kind in {"killed", "executed"}
        and _CIVILIAN_VICTIMS.search(who := _whose(f, sentence))
        and not _COMBATANTS.search(who)
        and not _FORCES_AMONG.match(sentence, f.end)
        for f in figures
    )


def _whose(figure: Figure, sentence: str) -> str:
    """Who a figure counts: its people, or for ``24 members of the village's Fulani community`` and
    ``killed five members of a family``, whose."""
    victims = figure.victims or ""
    if not re.fullmatch(r"members?|persons?|individuals?", victims, re.I):
        return victims
    of = _OF_WHOM.match(sentence, figure.end)
    return figure.text + (of.group() if of else "")


#: ``of a family``, ``of the same family``: whose members a figure counts, told after it.
_OF_WHOM = re.compile(r"\s+of\s+(?:an?|one|the|their|his|her)\s+(?:[\w’'-]+\s+)?\w+")


#: ``soldiers``, ``gendarmerie students``: the dead of a force, or of those training for it.
_FORCES_DEAD = re.compile(
    r"\b(?:soldiers|troops|gendarmes|gendarmerie|policemen|police\s+officers|peacekeepers|cadets|recruits)\b",
    re.I,
)
_FORCES_AMONG = re.compile(
    r"\s*,\s*(?:most|many|all|several|some|mostly|including|among\s+them)\b[^.;]{0,40}?"
    r"\b(?:soldiers|troops|gendarmes?|gendarmerie|police(?:men)?|officers|recruits|cadets|servicemen)\b"
    # "Eight people died: five rangers, a park official, a Beninese soldier and …"
    r"|\s*:\s*[^.;]{0,80}?\b(?:soldiers?|troops|gendarmes?|policem[ae]n|servicem[ae]n)\b",
    re.I,
)


def _confidence(
    weight: float, date: DateMention, geo_precision: int, place_factor: float, carried: bool
) -> float:
    date_factor = {1: 1.0, 2: 0.92, 3: 0.8}.get(date.precision, 0.7)
    if date.anchored:
        date_factor *= 0.95
    if date.approximate:
        date_factor *= 0.9
    geo_factor = {1: 1.0, 2: 0.95, 3: 0.85}[geo_precision]
    value = weight * date_factor * geo_factor * place_factor * (0.8 if carried else 1.0)
    return round(min(0.97, max(0.05, value)), 3)


def _own_dates(ctx: _Doc, index: int) -> list[DateMention]:
    """The sentence's dates as written; relative-to-today ones dropped inside quotations."""
    if (known := ctx.own_dates.get(index)) is None:
        known = ctx.own_dates[index] = _read_own_dates(ctx, index)
    return known


def _read_own_dates(ctx: _Doc, index: int) -> list[DateMention]:
    doc = ctx.document
    s = doc.sentences[index]
    para_start = ctx.line_starts[ctx.paragraph_of(s.start)]
    out = []
    gates = ctx.gates.get(index)
    wanted = gates.dates if gates is not None else None
    anchor, precision = doc.anchor, (doc.published_precision if doc.published else 3)
    if ctx.original is not None:
        anchor, precision = ctx.original, 1  # "early on Friday" in a story updated since: its first Friday
    if (heading := _heading_above(ctx.sections, s.start)) is not None:
        anchor, precision = heading.first, 1  # "on Tuesday" under a feed item's or a diary's day
    item = _cited_item(ctx, s.start)
    if item is not None:
        anchor, precision = item[3].first, 1  # "on Thursday" in an item citing a Friday's article
    for date in find_dates(s.text, anchor, precision, wanted=wanted):
        if item is not None and item[0] <= s.start + date.start < item[1]:
            continue  # "Jeune Afrique (14 August):" dates the article, not what it tells
        inside_quote = _in_quote(doc.text, para_start, s.start + date.start) is not None
        if inside_quote and date.kind in {"pub_relative", "weekday", "this_season"}:
            continue  # "this week" in a quotation is the quoted author's week, not the document's
        out.append(date)
    return out


def _latest_date(ctx: _Doc) -> DateMention | None:
    """The last date the text has given so far, reading skipped sentences only when asked."""
    latest = _latest_dated(ctx)
    return latest[1] if latest else None


def _latest_dated(ctx: _Doc, upto: int | None = None) -> tuple[int, DateMention] | None:
    """(sentence index, date) of the last date the text has given so far, or up to sentence
    ``upto``; a skipped sentence's date is read in the year of the story it continues."""
    dated, unscanned = ctx.dated, ctx.unscanned
    n_dated, n_unscanned = len(dated), len(unscanned)
    if upto is not None:
        n_dated = bisect.bisect_right(dated, upto, key=lambda d: d[0])
        n_unscanned = bisect.bisect_left(unscanned, upto)
    last_index = dated[n_dated - 1][0] if n_dated else -1
    for k in range(n_unscanned - 1, -1, -1):
        j = unscanned[k]
        if j <= last_index:
            break
        if j not in ctx.told:
            sentence = ctx.document.sentences[j].text
            absolute = [d for d in _own_dates(ctx, j) if d.relative is None and not _background(sentence, d)]
            ctx.told[j] = _in_narrative_year(ctx, j, absolute[-1]) if absolute else None
        told = ctx.told[j]
        if told is not None:
            return j, told
    return dated[n_dated - 1] if n_dated else None


_THEN_ITS_DAY = re.compile(r"\s*,?\s*(?:on|in|during)?\s*")


def _sentence_dates(ctx: _Doc, index: int) -> list[DateMention]:
    """The sentence's dates, relative ones resolved."""
    out = []
    sentence = ctx.document.sentences[index].text
    # "then raised the toll to 200 on Thursday": the day a count was given, which a later "the same
    # morning" does not count from
    lowered = sentence.lower()
    counted = ("toll" in lowered or "claim" in lowered) and bool(_A_TOLL_CLAIMED.search(sentence))
    own = _own_dates(ctx, index)
    # "… on 25 February, Human Rights Watch said in a report published on Thursday": the day of the act,
    # not of the report, is the one a later "earlier that day" counts from
    reports: set[int] = set()
    if len(own) > 1:
        reports = {
            d.start
            for d in own
            if d.relative is None and (_is_report_date(sentence, d) or _said_bare(sentence, d))
        }
        # ("BAMAKO, 28 September 2023 — … said on Wednesday that … the day before": the dateline is no act's)
        filed = _filed(sentence, own)
        if all(d.start in reports or d is filed for d in own if d.relative is None):
            reports = set()
    for date in own:
        reported = date.relative is None and date.start in reports
        if date.kind == "same_time" and any(
            d.relative is None and _THEN_ITS_DAY.fullmatch(sentence, date.end, d.start) for d in own
        ):
            continue  # "attacked at the same time on 17 April": at one time as each other, that day
        if date.relative is not None and date.relative[1] == "day_of_month":
            day = _day_of_month(ctx, index, date)
            if day is not None:
                ctx.dated.append((index, day))
                out.append(day)
            continue
        if date.relative is not None:
            resolved = _resolve_relative(ctx, date, index)
            if resolved is None:
                continue
            date = resolved
            if date.precision == 1 and date.relative is not None and not date.relative[3]:
                ctx.dated.append(
                    (index, date)
                )  # "A fortnight later … and 48 hours later": counted on from it
        else:
            date = _in_narrative_year(ctx, index, date)
            if not counted and not _background(sentence, date) and not reported:
                ctx.dated.append((index, date))
        out.append(date)
    return out


def _day_of_month(ctx: _Doc, index: int, date: DateMention) -> DateMention | None:
    """``## September`` … ``On the 7th``: a day of the month the heading above names, or of
    the month of the last date told when that comes after the heading."""
    day = date.relative[0]  # type: ignore[index]
    start = ctx.document.sentences[index].start
    heading = _month_heading_above(ctx, start)
    latest = _latest_dated(ctx)
    month: tuple[int, int] | None = None
    if latest is not None and (heading is None or ctx.document.sentences[latest[0]].start > heading[0]):
        told = latest[1]
        if (
            told.first is not None
            and told.last is not None
            and told.precision <= 2
            and (told.first.year, told.first.month) == (told.last.year, told.last.month)
        ):
            month = (told.first.year, told.first.month)
    if month is None and heading is not None and heading[1][1] == heading[1][2]:
        month = heading[1][:2]  # "In 2023 …" after "## June" leaves June the month
    if month is None:
        return None
    try:
        first = dt.date(month[0], month[1], day)
    except ValueError:  # "the 31st" of a 30-day month
        return None
    anchor = ctx.document.anchor
    if anchor is not None and first > anchor:
        return None
    return replace(shift(date, first, first, 1), relative=None, anchored=True)


def _month_heading_above(ctx: _Doc, pos: int) -> tuple[int, tuple[int, int, int]] | None:
    """(where its entries begin, (year, month, last month)) of the month heading above ``pos``.
    A heading without a year takes the year heading's, or else is the last such month by the
    document's date."""
    i = bisect.bisect_right(ctx.month_sections, pos, key=lambda h: h[0])
    if not i:
        return None
    end, (month, year, through) = ctx.month_sections[i - 1]
    if not month:
        return None  # "## Background": another section
    if year is None:
        year = _heading_above(ctx.year_sections, pos)
    anchor = ctx.document.anchor
    if year is None and anchor is not None:
        year = anchor.year - (1 if month > anchor.month else 0)
    return (end, (year, month, through)) if year is not None else None


def _cited_item(ctx: _Doc, pos: int) -> tuple[int, int, int, DateMention] | None:
    """The press review item whose paragraph holds ``pos``."""
    i = bisect.bisect_right(ctx.items, pos, key=lambda item: item[0])
    return ctx.items[i - 1] if i and pos < ctx.items[i - 1][2] else None


def _reported_by_item(ctx: _Doc, pos: int) -> DateMention | None:
    """``Jeune Afrique (14 August): The army has arrested dozens of soldiers``: what the item
    tells without a date happened by the day of the article, within the week before it."""
    item = _cited_item(ctx, pos)
    if item is None or item[3].first is None:
        return None
    day = item[3].first
    return DateMention(
        0, 0, f"by {day.day} {day:%B %Y} (the article the item cites)", "carried",
        day - dt.timedelta(days=REPORT_LAG_DAYS), day, 2, anchored=True,
    )  # fmt: skip


def _month_section_date(ctx: _Doc, pos: int) -> DateMention | None:
    """``## August`` over ``Fighting broke out around Ber``: an entry without a date of its own
    is told in its heading's month, at precision 2."""
    heading = _month_heading_above(ctx, pos)
    if heading is None:
        return None
    year, month, through = heading[1]
    last_year = year + (through < month)  # "## December and January"
    first = dt.date(year, month, 1)
    last = dt.date(last_year, through, calendar.monthrange(last_year, through)[1])
    if ctx.document.anchor is not None and first > ctx.document.anchor:
        return None
    months = f"{first:%B}" if through == month else f"{first:%B}–{last:%B}"
    text = f"{months} {year} (the heading of its entries)"
    return DateMention(0, 0, text, "month_year", first, last, 2, anchored=True)


#: ``Then in June``, ``later that month``: the story goes on from the last date it gave.
_STORY_GOES_ON = re.compile(
    r"\b(?:[Tt]hen|[Ll]ater|[Aa]fterwards|[Ss]ubsequently|[Tt]he\s+(?:next|following|same)\s+\w+)[\s,]*(?:on|in|by)?\s*$"
)
#: ``The author's best chapters describe the weeks that followed.``: the next sentence goes on.
_WHAT_FOLLOWED = re.compile(
    r"\b(?:days|weeks|months)\s+(?:that\s+)?(?:followed|after(?:wards)?)\s*[.:]?\s*$", re.I
)
_OF_THAT_YEAR = re.compile(r"\s*(?:of\s+)?(?:that|the\s+same|the\s+following)\s+year\b", re.I)
#: Dates that count from the day of writing (``at the end of last year``), not from the story told.
_WRITER_RELATIVE = frozenset({"weekday", "pub_relative", "this_season", "part_year", "this_day", "ago"})


_YEAR_TOLD = re.compile(r"\b(?:last|this|next|previous|past)\s+year\b", re.I)


def _in_narrative_year(ctx: _Doc, index: int, date: DateMention) -> DateMention:
    """``On 23 March 2019, a militia attacked Ogossagou. Then in June, …``: a date without a year
    takes the year of the story being told, rather than the year of writing, when the text
    says so: the story goes on (``Then in June``, ``The next day, 11 January``), the day is in
    the month just told (``in January 2013 … On 10 January``), the year is named just before
    (``the attacks of 2015, when … on 20 November``), or the day cannot be this year's because
    it is still to come. Never later than the document's date."""
    if (
        not date.anchored
        or date.first is None
        or date.last is None
        or date.kind in _WRITER_RELATIVE
        or date.text.lower().startswith(("last", "this"))
        or _YEAR_TOLD.search(date.text)  # "In July last year": the year before the writing's
    ):
        return date
    year = _year_within_sentence(ctx, index, date)
    if year is None:
        year = _year_named_before(ctx, index, date)
    if year is None:
        year = _heading_above(ctx.year_sections, ctx.document.sentences[index].start)
    if year is None:
        year = _year_of_story(ctx, index, date)
    if year is None and ctx.title_period is not None:
        year = _year_of_title(ctx.title_period, date)
    if year is None or year == date.first.year:
        return date
    years = year - date.first.year
    try:
        first, last = date.first.replace(year=year), date.last.replace(year=date.last.year + years)
    except ValueError:  # 29 February
        return date
    anchor = ctx.document.anchor
    if anchor is not None and last > anchor:
        return date
    return shift(date, first, last, date.precision)


#: ``Mali's deadliest days for civilians in 2021``, ``2021 in review``, ``2021: the year …``: a
#: title that says its text tells a year.
_TITLE_YEAR = re.compile(
    r"\b(?:in|of|during|through(?:out)?)\s+(?P<end>(?:19|20)\d\d)[\s.:*_#]*$|^[\s#*_]*(?P<start>(?:19|20)\d\d)"
    r"(?:\s+in\s+review\b|\s*:)",
    re.I,
)


def _year_within_sentence(ctx: _Doc, index: int, date: DateMention) -> int | None:
    """``After the second round on 19 April, the court revised the results on 30 April``: a later
    day of a sentence, weeks after its day before, in the year that day was read in."""
    assert date.first is not None
    earlier = [d for d in _own_dates(ctx, index) if d.relative is None and d.end <= date.start]
    if not earlier or earlier[-1].first is None:
        return None
    before = earlier[-1]
    if before.anchored:
        # as read already, when the sentence's dates were read in order; reading it again would
        # count from the days read since
        read = None
        for i, d in reversed(ctx.dated):
            if i < index:
                break
            if i == index and d.start == before.start:
                read = d
                break
        before = read if read is not None else _in_narrative_year(ctx, index, before)
    if before.first is None or before.precision != 1 or before.first.year == date.first.year:
        return None
    try:
        day = date.first.replace(year=before.first.year)
    except ValueError:
        return None
    return before.first.year if 0 <= (day - before.first).days <= PARAGRAPH_DAYS else None


#: ``Reporting period: 1–15 October 2023``, ``Period covered: 1 to 7 May``, ``Covering 1–15 October``.
_PERIOD_LINE = re.compile(
    r"^[ \t>*_#]*(?:reporting\s+period|period\s+covered|period\s+under\s+review|covering|coverage)\b"
    r"[*_ \t]*:?[*_ \t]*(?P<rest>[^\n]{4,60})$",
    re.I | re.M,
)


def _reporting_period(text: str) -> DateMention | None:
    """The days a periodic report (a situation report, a weekly update) says it covers, near its top."""
    for line in _PERIOD_LINE.finditer(text, 0, HEAD_CHARS):
        for found in dates_mod.find_dates(line.group("rest")):
            if found.first is not None and found.last is not None and found.first < found.last:
                return found
    return None


#: ``have besieged Léré for months``: a state of things older than any period a report covers.
_FOR_MONTHS = re.compile(
    r"\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?(?:(?:several|many|some|a\s+few|two|three|\d+)\s+)?"
    r"(?:weeks|months|years)\b|\bmonths\s+of\b",
    re.I,
)


def _in_the_period(ctx: _Doc, index: int, hit: _Hit, dates: list[DateMention]) -> DateMention | None:
    """``• Fighting … around Ber and Bourem displaced more than 33,000 people``, a highlight of a report
    covering 1–15 October: violence a periodic report tells with no time of its own happened in the
    days it covers (not what has gone on since before them, nor what is to come)."""
    period = ctx.reporting_period
    if period is None or dates:
        return None
    text = ctx.document.sentences[index].text
    event_type, sub = hit.trigger.event_type, hit.trigger.sub_event_type
    if not (event_type in {"atrocity", "base_handover"} or sub in _PHYSICAL_OTHER):
        return None
    if (
        _SINCE_DATE.search(text)
        or _REPEATED.search(text)
        or _RUNNING_BEFORE.search(text, 0, hit.start)
        or _FOR_MONTHS.search(text)
    ):
        return None
    return DateMention(
        0, 0, f"within the reporting period ({period.text})", "carried", period.first, period.last, 2,
        anchored=True,
    )  # fmt: skip


def _title_period(title: str) -> tuple[dt.date, dt.date] | None:
    """The months of one year a title says its text tells (``Lecture 4: The collapse of the north,
    January–April 2012``, ``Mali's deadliest days for civilians in 2021``), not a year alone
    (``ten years after the 2012 coup``) nor a promise (``elections will be held in 2024``)."""
    if (year := _TITLE_YEAR.search(title)) is not None and not _FUTURE.search(title):
        named = int(year.group("end") or year.group("start"))
        return dt.date(named, 1, 1), dt.date(named, 12, 31)
    for found in dates_mod.find_dates(title):
        if (
            found.first
            and found.last
            and not found.anchored
            and found.precision == 2
            and found.first.year == found.last.year
        ):
            return found.first, found.last
    return None


def _year_of_title(period: tuple[dt.date, dt.date], date: DateMention) -> int | None:
    """The title's year, for a day without a year that falls in the months the title names."""
    assert date.first is not None and date.last is not None
    year = period[0].year
    try:
        first = date.first.replace(year=year)
        last = date.last.replace(year=year + date.last.year - date.first.year)
    except ValueError:
        return None
    return year if period[0] <= first and last <= period[1] else None


_YEAR_INTRODUCED = re.compile(r"\b(?:[Ii]n|of|during)\s+$")


def _year_named_before(ctx: _Doc, index: int, date: DateMention) -> int | None:
    """``the attacks of 2015, when gunmen stormed the Radisson Blu on 20 November``."""
    if not ctx.dated or ctx.dated[-1][0] != index:
        return None
    told = ctx.dated[-1][1]
    if told.anchored or told.first is None or told.last is None or told.precision != 3:
        return None
    if told.first.year != told.last.year or told.end > date.start:
        return None
    sentence = ctx.document.sentences[index].text
    if sentence.startswith(",", told.end) and _RELATIVE_ASIDE.search(sentence, 0, told.start):
        return None  # "Déby, who first took power … in 1990, had won the 11 April election": the aside's year
    return told.first.year if _YEAR_INTRODUCED.search(sentence, max(0, told.start - 10), told.start) else None


#: ``, who first took power at the head of an armed rebellion in``: a relative clause set off by commas.
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\s[^,]*$")


#: A day without a year up to this long before the writing is news of the recent past
#: (``on 21 December`` in January); further back, it continues the story being told.
RECENT_PAST_DAYS = 183


def _year_of_story(ctx: _Doc, index: int, date: DateMention) -> int | None:
    """The year of the last date told in this paragraph or the one before, when the text
    shows the new date continues that story: in words (``The next day``), or by a day in the
    month just told or one that cannot be this year's. Across a paragraph break only words
    do, or a story whose dates already run in a year of their own (``On 10 January`` read as
    2013): a background paragraph does not make the next one's ``On 9 December`` old news."""
    assert date.first is not None
    latest = _latest_dated(ctx, index)
    if latest is None or latest[1].first is None:
        return None
    j, told = latest
    assert told.first is not None
    paragraphs = _paragraphs_spanned(ctx, j, index, limit=2, headings=False)
    if paragraphs > 2:
        return None
    sentence = ctx.document.sentences[index].text
    goes_on = bool(
        _STORY_GOES_ON.search(sentence, max(0, date.start - 40), date.start)
        or _OF_THAT_YEAR.match(sentence, date.end)
        or (index and _WHAT_FOLLOWED.search(ctx.document.sentences[index - 1].text))
    )
    anchor = ctx.document.anchor
    # read as last year's, but months before the writing, where news would have given the year
    still_to_come = (
        anchor is not None
        and date.last is not None  # checked by the caller; said again for the type checker
        and date.first.year < anchor.year
        and (anchor - date.last).days > RECENT_PAST_DAYS
    )
    # "… on 17 January 2012." ¶ "The garrison surrendered on 24 January": days on, the same story
    days_on = still_to_come and _days_on(told, date)
    if (
        paragraphs == 1
        and told.first.year < date.first.year
        and _opens_a_step(sentence, date)
        and _days_on(told, date, PARAGRAPH_DAYS)
    ):
        # "On 25 January 2024 the junta ended the accord. … Political life was next: on 10 April the
        # government suspended the parties": the paragraph goes on, months on, in the year it told
        return told.first.year
    if (
        told.first.year < date.first.year
        and _opens_a_step(sentence, date)
        and _inside_the_story(ctx, told, date)
    ):
        # "A year ago today, soldiers … arrested the president [18 August 2020]. … on 30 April …" ¶
        # "On 5 June tens of thousands rallied": a day between two days the story has told
        return told.first.year
    if paragraphs == 2 and not goes_on and not told.anchored and not days_on:
        return None
    if told.precision <= 2 and told.first.month == date.first.month:
        return told.first.year
    if not (goes_on or still_to_come):
        return None  # "In June, …" alone, in news, is this year's June
    year = told.first.year
    if told.precision <= 2 and (date.first.month, date.first.day) < (told.first.month, told.first.day):
        year += 1
    return year


#: A line that only heads the text below it: a short title or question.
_HEADING_OR_QUESTION = re.compile(r"[^.!?]{1,80}\??[*_]*")


def _heading_only(ctx: _Doc, k: int) -> bool:
    """Sentence ``k`` is a line of its own that only heads the text below it."""
    sentences = ctx.document.sentences
    s = sentences[k]
    para = ctx.paragraph_of(s.start)
    return (
        ctx.line_starts[para] == s.start
        and (k + 1 == len(sentences) or ctx.paragraph_of(sentences[k + 1].start) != para)
        and _HEADING_OR_QUESTION.fullmatch(s.text.strip()) is not None
    )


#: How soon after the last date told a day without a year, a paragraph on, still continues its story.
STORY_DAYS = 31
#: The same, in the paragraph that told it.
PARAGRAPH_DAYS = 183


def _inside_the_story(ctx: _Doc, told: DateMention, date: DateMention) -> bool:
    """The day, read in the year of the exact day last told, falls after it and before a day
    the text has already told of that year."""
    assert told.first is not None and date.first is not None
    if told.precision != 1:
        return False
    try:
        day = date.first.replace(year=told.first.year)
    except ValueError:
        return False
    return day > told.first and any(
        d.first is not None and d.precision <= 2 and d.first.year == day.year and d.first > day
        for _, d in ctx.dated
    )


def _opens_a_step(sentence: str, date: DateMention) -> bool:
    """The date opens its sentence or what follows a colon (``In August, …``, ``was next: on 10
    April …``): a step of the story told, not a day reported in passing (``said it killed 36 …
    from November 26 to 27``)."""
    cut = max(sentence.rfind(mark, 0, date.start) for mark in ":;—") + 1
    return bool(
        _SENTENCE_OPENING.fullmatch(sentence, cut, date.start)
        or _WHEN_OPENING.fullmatch(sentence, cut, date.start)
    )


def _days_on(told: DateMention, date: DateMention, within: int = STORY_DAYS) -> bool:
    """The day, read in the year of the date told, falls within ``within`` days after it."""
    assert told.first is not None and date.first is not None
    if told.precision != 1:
        return False  # "protesters marched in August 2016" is background, not a story told day by day
    try:
        day = date.first.replace(year=told.first.year)
    except ValueError:
        return False
    return 0 <= (day - told.first).days <= within


def _paragraphs_spanned(ctx: _Doc, j: int, index: int, limit: int, headings: bool = True) -> int:
    """How many paragraphs sentences j..index lie in, counted up to ``limit + 1``; without
    ``headings``, a line between them that only heads what follows (``How fast did the north
    fall?``) is not one."""
    s = ctx.document.sentences
    seen = {ctx.paragraph_of(s[index].start)}
    for k in range(index - 1, j - 1, -1):
        if not headings and k > j and _heading_only(ctx, k):
            continue
        seen.add(ctx.paragraph_of(s[k].start))
        if len(seen) > limit:
            break
    return len(seen)


def _dates_for(
    sentence: str, hit: _Hit, dates: list[DateMention], relaxed: bool = False
) -> list[tuple[DateMention | None, float]]:
    """The date (or dates, for ``coups in 2020 and 2021``) a trigger takes; [(None, inf)] when none."""
    scored = [(d, dist) for d in dates if (dist := _date_distance(sentence, hit, d, relaxed)) is not None]
    if not scored:
        return [(None, float("inf"))]
    scored.sort(key=lambda x: x[1])
    scored[0] = _finer_within(sentence, scored)
    if scored[0][0].precision > 1 and _heads_entry(sentence, scored[0][0]):
        scored[0] = _entry_day(sentence, hit, dates, scored[0])
    best = [scored[0]]
    plural = bool(re.search(r"s\b", hit.text))
    d0 = scored[0][0]
    for d, dist in scored[1:]:
        gap = sentence[min(d0.end, d.end) : max(d0.start, d.start)]
        if (plural and re.fullmatch(r"\s*(?:,|and|,\s*and|or)\s*", gap)) or _AGAIN.fullmatch(gap):
            best.append((d, dist))
    if _TWICE.match(sentence, hit.end):
        # "took power twice in 2022, in January and again at the end of September": each listed date,
        # within the year that frames them
        chain = [d0]
        for d in sorted(dates, key=lambda d: d.start):
            gap = sentence[chain[-1].end : d.start]
            if d.start > chain[-1].start and (
                re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", gap) or _AGAIN.fullmatch(gap)
            ):
                chain.append(d)
        listed = [(d, scored[0][1]) for d in chain]
        frames = [d for d, _ in best if d is not None and d.precision == 3 and d not in chain]
        best = listed if len(listed) > 1 else best
        if len(listed) > 1 and frames:
            year = frames[0]
            best = [(_within_year(d, year), dist) for d, dist in best]
    return best  # type: ignore[return-value]


def _entry_day(
    sentence: str, hit: _Hit, dates: list[DateMention], heading: tuple[DateMention, float]
) -> tuple[DateMention, float]:
    """``February 2023 – On 20 February, at least 51 soldiers are killed in an ambush``: the day the
    entry opens on, within the month heading it, dates what it tells."""
    month = heading[0]
    for d in dates:
        if (
            d.precision < month.precision
            and d.first is not None
            and month.first is not None
            and month.last is not None
            and month.first <= d.first <= month.last
            and _opens_sentence(sentence, d)
            and (distance := _date_distance(sentence, hit, d, relaxed=True)) is not None
        ):
            return d, distance
    return heading


def _finer_within(sentence: str, scored: list[tuple[DateMention, float]]) -> tuple[DateMention, float]:
    """``signed the 2015 Algiers accord … on 20 June 2015``: a date that names the thing acted on
    gives way to a finer date inside it that fits the act too."""
    d0 = scored[0][0]
    if d0.first is None or d0.last is None or not _attributive(sentence, d0):
        return scored[0]
    for d, dist in scored[1:]:
        if (
            d.precision < d0.precision
            and d.first is not None
            and d.last is not None
            and d0.first <= d.first
            and d.last <= d0.last
        ):
            return d, dist
    return scored[0]


def _within_year(d: DateMention, year: DateMention) -> DateMention:
    """A month told after ``in 2022,`` is of that year."""
    if (
        d.first is None
        or d.last is None
        or year.first is None
        or d.precision > 2
        or d.first.year == year.first.year
    ):
        return d
    try:
        return replace(
            d, first=d.first.replace(year=year.first.year), last=d.last.replace(year=year.first.year)
        )
    except ValueError:
        return d


#: ``seized power in August 2020 and again in May 2021``: the same kind of event twice.
_AGAIN = re.compile(
    r"\s*,?\s*(?:and|then)\s+(?:again|once\s+more|a\s+second\s+time)(?:\s+(?:in|on|at(?:\s+the)?))?\s*", re.I
)
#: ``took power twice in 2022, in January and in September``: one trigger for each date listed.
_TWICE = re.compile(r"\s+(?:[\w-]+\s+)?(?:twice|two\s+times|three\s+times|thrice)\b", re.I)


LEAD_CHARS = 600
_NEWS_TENSE = re.compile(
    # "have again taken the town", "has now been handed over"
    r"\b(?:has|have)\s+(?:(?:\w+ly|again|also|now|already|just|finally|once\s+more)\s+)?(?:been\s+)?\w+(?:ed|en|n|t)\b"
    r"|\b(?:is|are)\s+\w+ing\b",
    re.I,
)
NEWS_LAG_DAYS = 10


#: How long a sentence that only gives a day may be (``The worst came on 24 August.``).
DAY_ALONE_WORDS = 8


#: How many sentences back a scene with no act of its own may set the act told after it.
SCENE_SENTENCES = 3


def _scene_set(ctx: _Doc, index: int, dates: list[DateMention]) -> tuple[DateMention, Place] | None:
    """``In late March, soldiers and foreign fighters arrived in Moura. Over the next five days, hundreds
    of men were executed``: the day and the town a sentence telling no act set, a few sentences
    before an act that names neither (a day it counts from that one is the scene's too), unless an
    act was told between."""
    if any(d.relative is None and d.first is not None for d in dates):
        return None
    sentences = ctx.document.sentences
    para = ctx.paragraph_of(sentences[index].start)
    for j in range(index - 1, max(-1, index - 1 - SCENE_SENTENCES), -1):
        if j not in ctx.unscanned or para - ctx.paragraph_of(sentences[j].start) > 2:
            return None  # an act told since, or another passage
        if any(f.sentence_index >= j for f in ctx.found):
            return None
        places = {
            m.place.place_id: m.place for m in _scenes(ctx, j) if SPECIFICITY.get(m.place.feature, 0) >= 4
        }
        if not places:
            continue
        told = _latest_dated(ctx, j + 1)
        if len(places) != 1 or told is None or told[0] != j:
            return None
        return told[1], next(iter(places.values()))
    return None


def _date_told_alone(ctx: _Doc, index: int) -> DateMention | None:
    """``The worst came on 24 August. Militants attacked residents of Barsalogho …``: a short
    sentence of the paragraph that tells nothing but a day dates the act told next."""
    sentences = ctx.document.sentences
    if not index or not ctx.unscanned or ctx.unscanned[-1] != index - 1:
        return None
    before = sentences[index - 1]
    # "What happened on 2 November? ¶ At around 9.30 in the morning, a group … was ambushed": a question
    # heading the answer that tells what happened that day
    question = bool(_QUESTION.search(before.text)) and ctx.paragraph_of(
        sentences[index].start
    ) - ctx.paragraph_of(before.start) in {1, 2}
    if ctx.paragraph_of(before.start) != ctx.paragraph_of(sentences[index].start) and not question:
        return None
    # "On 15 May soldiers took a group of residents to the place … They found the bodies": a sentence
    # opened on its day, which the next goes on from with a pronoun
    goes_on = _PRONOUN_OPENS.match(sentences[index].text) is not None
    if len(before.text.split()) > DAY_ALONE_WORDS and not goes_on:
        return None
    own = _own_dates(ctx, index - 1)
    if not own and not question:
        return _day_set_before(ctx, index)
    days = [d for d in own if d.relative is None]
    if len(days) != 1 or days[0].precision > 2 or days[0].first is None:
        return None
    if len(before.text.split()) > DAY_ALONE_WORDS and not _opens_sentence(before.text, days[0]):
        return None
    day = _in_narrative_year(ctx, index - 1, days[0])
    return replace(day, start=0, end=0, text=f"{day.text} (the sentence before)", anchored=True)


def _the_act_it_details(
    ctx: _Doc, index: int, first: dt.date, last: dt.date, precision: int
) -> EventMention | None:
    """The one violent act the paragraphs just before told at a town or village over a span that
    holds this act's day: the attack an introduction names (``fled her village of Djiguibombo after an
    attack in April``), whose account then tells the day and the deed but not the place again."""
    para = ctx.paragraph_of(ctx.document.sentences[index].start)
    told = [
        found
        for found in ctx.found
        if para - found.paragraph <= 2
        and _violent(found.event_type, found.sub_event_type)
        and found.place is not None
        and found.geo_precision < 3
        and found.first <= first
        and last <= found.last
        and found.precision > precision
    ]
    if len({found.place.place_id for found in told if found.place is not None}) != 1:
        return None
    return told[-1]


def _day_set_before(ctx: _Doc, index: int) -> DateMention | None:
    """``"It was a Friday, the 19th. We heard motorbikes before the sun was up. Men with guns went from
    house to house. They took my husband … outside and shot them."``: a witness sets the day, then tells
    what came, the act last; the day holds while the sentences between tell no act and no day."""
    sentences = ctx.document.sentences
    para = ctx.paragraph_of(sentences[index].start)
    for back in range(2, SCENE_SENTENCES + 1):
        j = index - back
        if j < 0 or len(ctx.unscanned) < back or ctx.unscanned[-back] != j:
            return None
        if ctx.paragraph_of(sentences[j].start) != para or len(sentences[j].text.split()) > DAY_ALONE_WORDS:
            return None
        own = _own_dates(ctx, j)
        if not own:
            continue
        told: DateMention | None = own[0] if len(own) == 1 else None
        if told is not None and told.relative is not None:
            # "the 19th": of the month told last
            told = _day_of_month(ctx, j, told) if told.relative[1] == "day_of_month" else None
        if told is None or told.precision > 2 or told.first is None:
            return None
        day = _in_narrative_year(ctx, j, told)
        return replace(day, start=0, end=0, text=f"{day.text} (a sentence before)", anchored=True)
    return None


#: ``It comes four months after gunmen stormed the Radisson Blu``: the news told, then an act some time
#: before it.
_IT_COMES_AFTER = re.compile(
    r"\W*(?:It|This|The\s+(?:[a-z]+\s+)?(?P<ref>attack|assault|raid|massacre|killing|ambush|bombing|coup"
    # "The announcement came a day after Mali said it was leaving the G5 Sahel"
    r"|announcement|statement)s?"
    # "The attack in Sofara came three days after": the act named by its place
    r"(?:\s+(?:in|on|at|near)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)?)\s+"
    r"(?:comes|came)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+|barely\s+)?"
    r"(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?"
    r"(?P<unit>days?|weeks?|months?|years?)\s+after\s+"
)
#: ``…, and six days before gunmen massacred about 160 Fulani villagers in Ogossagou``: a second act,
#: that long after the news.
_AND_BEFORE = re.compile(
    r",?\s+and\s+(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+|barely\s+)?"
    r"(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?"
    r"(?P<unit>days?|weeks?|months?|years?)\s+before\s+"
)


def _it_comes_after(
    ctx: _Doc, index: int, hits: list[_Hit], figures: list[Figure], dates: list[DateMention]
) -> list[tuple[_Hit, DateMention]]:
    """The acts of ``It comes four months after gunmen stormed the Radisson Blu``: that long
    before the day of the news the sentence goes on from (the last day told, else the article's).

    The act is the one its clause tells, up to a second ``after`` (``… a week after 35 people were
    killed in Sobane Da, and three months after 160 were massacred in Ogossagou on 23 March``); a
    toll alone (``35 people were killed``) is such an act. A clause ``and six days before gunmen
    massacred … in Ogossagou`` tells one that long after the news, when that day has come."""
    text = ctx.document.sentences[index].text
    said = _IT_COMES_AFTER.match(text)
    if said is None:
        return []
    end = text.find(" after ", said.end())
    end = len(text) if end < 0 else end
    before = _AND_BEFORE.search(text, said.end(), end)
    clauses = [(said, said.end(), before.start() if before else end, "before")]
    if before is not None:
        clauses.append((before, before.end(), end, "after"))
    out = []
    for m, start, stop, direction in clauses:
        if any(start <= d.start < stop for d in dates):
            continue  # "… a week after gunmen killed 35 people in Sobane Da on 10 June": dated already
        inside = [h for h in hits if start <= h.start < stop]
        if not inside and direction == "before" and not _cumulative(text):
            inside = [t for t in _tolls_as_hits(text, figures) if start <= t.start < stop]
        if inside and (day := _the_news_apart(ctx, index, said, m, direction)) is not None:
            out.append((max(inside, key=_rank), day))
    return out


def _the_news_apart(
    ctx: _Doc, index: int, said: re.Match[str], m: re.Match[str], direction: str
) -> DateMention | None:
    """The window ``m``'s count of units ``direction`` of the news ``said`` tells: counted from the
    acts the news names (``The killings came …``), else from the last day told, else the article's;
    a window after the article was written is not yet history."""
    word = (m["n"] or "").lower()
    n = int(word) if word.isdigit() else dates_mod.NUMBER_WORDS.get(word, 1) if word else 0
    unit = m["unit"].lower().rstrip("s")
    told = DateMention(
        0, 0, f"{m.group().strip(', ')} (the news)", "relative", None, None, 0,
        relative=(n, unit, direction, said["ref"] or ""),
    )  # fmt: skip
    doc = ctx.document
    day = _resolve_relative(ctx, told, index)
    if day is None and said["ref"]:
        # "The announcement came a day after …" with no event of the word told: the last day told
        day = _resolve_relative(ctx, replace(told, relative=(n, unit, direction, "")), index)
    if day is None and doc.published is not None:
        first, last, precision = offset_window(
            doc.published, doc.published, doc.published_precision, n, unit, direction
        )
        day = shift(told, first, last, precision)
    if day is None or (doc.published is not None and day.first is not None and day.first > doc.published):
        return None
    return day


#: ``The assault began``, ``the killings took place``: the act just told, told again with when it was.
_THE_ACT_WAS = (
    r"(?P<ref>attack|assault|raid|massacre|killings|ambush|bombing|fighting|siege|violence|coup|putsch"
    r"|executions|abductions|kidnappings)s?(?:\s+itself)?(?:,\s+which)?\s+"
    r"(?P<verb>began|started|took\s+place|happened|occurred|unfolded|came|was\s+(?:launched|carried\s+out))\b"
)
#: The verbs of :data:`_THE_ACT_WAS`, looked for before a pattern built on it is tried.
_THE_ACT_WAS_VERBS = ("began", "started", "took place", "happened", "occurred", "unfolded", "came", "was ")
#: ``The assault began at about 6.30 on Tuesday morning``: a sentence that gives the day of the act
#: just told.
_THE_ACT_BEGAN = re.compile(rf"\W*(?:The|This|That)\s+(?:[a-z][\w-]*\s+)?{_THE_ACT_WAS}")
#: ``Gunmen attacked an army outpost … About sixty assailants … struck the post at around 3 a.m., in the
#: night from Tuesday to Wednesday``: the act told again of the site just named, with its day.
_THE_SITE_STRUCK = re.compile(
    r"[^.;:]{0,100}?\b(?:struck|attacked|stormed|raided|overran|assaulted)\s+the\s+(?P<site>post|outpost|camp|base"
    r"|village|town|convoy|patrol|position|checkpoint|barracks|garrison|market|mosque|church|hotel|school)\b"
)
#: ``on the eve of Sunday's elections``: the day before the day named.
_THE_EVE_OF = re.compile(r"\b(?:on\s+)?the\s+eve\s+of\s+(?:the\s+)?$", re.I)


def _on_the_eve(
    sentence: str, chosen: dict[tuple[dt.date, dt.date, str], tuple[_Hit, DateMention, float]]
) -> dict[tuple[dt.date, dt.date, str], tuple[_Hit, DateMention, float]]:
    """``The attack came on the eve of Sunday's elections``: an act dated by the eve of a day took place
    the day before it (the elections, named after the day, keep it)."""
    out = {}
    for key, (hit, date, distance) in chosen.items():
        eve = _THE_EVE_OF.search(sentence, max(0, date.start - 20), date.start)
        if eve is not None and hit.end <= eve.start() and date.precision == 1 and date.first is not None:
            day = date.first - dt.timedelta(days=1)
            date = replace(
                date, start=eve.start(), text=sentence[eve.start() : date.end], first=day, last=day
            )
            key = (day, day, key[2])
        out[key] = (hit, date, distance)
    return out


#: ``The group said the killings took place on 10 and 11 March``: the act told before, its days
#: given by whoever established them.
_ITS_DAYS_TOLD = re.compile(
    r"(?:[^.;:]{0,80}?\b(?:said|says|found|concluded|established|showed|shows)\s+(?:that\s+)?)?"
    rf"\W*(?i:the|this|that)\s+(?:[a-z][\w-]*\s+)?{_THE_ACT_WAS}"
)
#: How many sentences after an act the sentence giving its days may come.
ITS_DAYS_TOLD_WITHIN = 3


def _the_act_dated_again(
    ctx: _Doc,
    index: int,
    told: re.Match[str],
    chosen: dict[tuple[dt.date, dt.date, str], tuple[_Hit, DateMention, float]],
) -> dict[tuple[dt.date, dt.date, str], tuple[_Hit, DateMention, float]]:
    """``… killed at least 100 civilians around Solenzo in March. ¶ The attack took place on 10 March``,
    ``… entered Toumour on Saturday … ¶ The attack came on the eve of Sunday's elections``: the act the
    sentence opens on is the one told before, dated again; not one more."""
    # "The attack began at about 19:30 on Friday, when …" goes on to tell the act: it stays, unless it
    # gives the day of an act told without one
    coarser = told["verb"] in {"began", "started"}
    sentence = ctx.document.sentences[index].text
    out = {}
    for key, (hit, date, distance) in chosen.items():
        if hit.start == told.start("ref") and _date_the_act_told(
            ctx, index, told["ref"], date, coarser=coarser
        ):
            continue
        # "The assault began at about 6.30 on Tuesday morning, when a car packed with explosives blew up":
        # how the act told began, not one more
        if _WHEN_IT_BEGAN.match(sentence, told.end(), hit.start) and _date_the_act_told(
            ctx, index, told["ref"], date
        ):
            continue
        out[key] = (hit, date, distance)
    return out


#: ``…, when a car packed with``: the clause that tells how the act just named began.
_WHEN_IT_BEGAN = re.compile(r"[^;:]*?\bwhen\s+(?:[\w’'-]+\s+){0,4}$")


def _date_the_act_told(ctx: _Doc, index: int, ref: str, day: DateMention, coarser: bool = False) -> bool:
    """Whether an act of the kind ``ref`` names was told in the sentences just before with a window
    holding ``day`` (``coarser``: wider than the day), which then dates it (and the sentence becomes one
    of its sources)."""
    if day.first is None or day.last is None or day.precision != 1:
        return False
    types = _REF_TYPES.get(ref.lower().rstrip("s"), {"other", "atrocity"})
    # told in the sentences just before, by its own or by a toll given since
    since = ctx.document.sentences[max(0, index - ITS_DAYS_TOLD_WITHIN)].start
    earlier = [
        f
        for f in ctx.found
        if f.sentence_index < index
        and max([f.char_start, *(start for start, _, _ in f.extra_sources)]) >= since
        and f.event_type in types
        and f.first <= day.first
        and day.last <= f.last
        and not (coarser and f.precision <= day.precision)
    ]
    if not earlier:
        return False
    target = earlier[-1]
    _sharpen_date(target, [day])
    s = ctx.document.sentences[index]
    target.extra_sources.append((s.start, s.end, s.text))
    return True


def _days_of_the_act_told(ctx: _Doc, index: int) -> None:
    """``… killed at least 100 civilians around Solenzo in March … ¶ The group said the killings took
    place on 10 and 11 March``: the days, inside the month the act was told with, are its own."""
    sentence = ctx.document.sentences[index].text
    told = _ITS_DAYS_TOLD.match(sentence)
    if told is None:
        return
    days = [d for d in _own_dates(ctx, index) if d.relative is None and d.start >= told.end()]
    if days and not _CLAUSE_BREAK.search(sentence, told.end(), days[0].start):
        _date_the_act_told(ctx, index, told["ref"], days[0])


#: How many sentences after an undated act the sentence giving its day may come.
DAY_TOLD_NEXT = 2


def _site_struck_again(later: str, sentence: str, hit: _Hit) -> re.Match[str] | None:
    """The later sentence strikes "the post" the act's own sentence named after its trigger (``an army
    outpost``)."""
    told = _THE_SITE_STRUCK.match(later)
    if told is None or told["site"] not in sentence[hit.start :].lower():
        return None
    return told


def _day_told_next(ctx: _Doc, index: int, hit: _Hit) -> DateMention | None:
    """``… after militants stormed Arbinda, killing 35 civilians. The assault began at about 6.30 on
    Tuesday morning, when …``: an act told without its day, and then its day told of "the assault"."""
    sentences = ctx.document.sentences
    for later in range(index + 1, min(index + 1 + DAY_TOLD_NEXT, len(sentences))):
        told = _THE_ACT_BEGAN.match(sentences[later].text) or _site_struck_again(
            sentences[later].text, sentences[index].text, hit
        )
        days = [d for d in _own_dates(ctx, later) if d.relative is None and d.first is not None]
        if told is None:
            if days:
                return None  # a day told of something else first
            continue
        types = (
            _REF_TYPES.get(told["ref"].rstrip("s"), {"other", "atrocity"})
            if "ref" in told.re.groupindex
            else {"other", "atrocity"}
        )
        if hit.trigger.event_type not in types or not days or days[0].precision > 1:
            return None
        if _CLAUSE_BREAK.search(sentences[later].text, told.end(), days[0].start):
            return None
        day = days[0]
        return replace(day, start=0, end=0, text=f"{day.text} (the sentence after)", anchored=True)
    return None


#: ``14:30 — A security source tells us …``: an entry of a live page, stamped with the time it was posted.
_LIVE_STAMP = re.compile(
    r"^[ \t*_#]*\d{1,2}[:.h]\d{2}(?:\s*(?:GMT|UTC|local\s+time))?[*_]*\s*(?:[—–-]|:)\s", re.M | re.I
)


#: How many time-stamped entries make a live page.
LIVE_STAMPS = 2


def _live_entry(ctx: _Doc, index: int) -> bool:
    """The sentence is in an entry of a live page, its paragraph opened by the time it was posted."""
    doc = ctx.document
    entry = ctx.line_starts[ctx.paragraph_of(doc.sentences[index].start)]
    return bool(_LIVE_STAMP.match(doc.text, entry)) and ctx.live_page()


def _lead_date(ctx: _Doc, index: int, hit: _Hit) -> DateMention | None:
    """A news report's opening sentences tell the news: an event they give no date reports
    as just happened (``has been detained by mutinying soldiers``), so it is dated to the
    few days up to publication, at precision 2. Only for documents dated to the day, and
    only in the lead: its first sentence, or one told in the perfect (``have left``);
    elsewhere an undated event is more likely background. Every entry of a live page is news
    of the day it was published (a page that heads its days is dated by those headings first)."""
    doc = ctx.document
    if doc.published is None or doc.published_precision != 1:
        return None
    body = _body_start(doc.text)
    sentence = doc.sentences[index]
    live = _live_entry(ctx, index)
    first_sentence = index == 0 or doc.sentences[index - 1].start < body <= sentence.start
    if hit.trigger.event_type == "other" and not (
        (first_sentence or live or _first_prose(doc, index, body)) and _told_as_news(sentence.text, hit)
    ):
        return None  # "… informs … that Mr Salgado has been invited to leave": an act of state as the news
    if not live and (
        sentence.start < body
        or _deck(ctx, index, body)
        or not (first_sentence or (sentence.start - body <= LEAD_CHARS and _told_as_news(sentence.text, hit)))
    ):
        return None
    if _SINCE_DATE.search(sentence.text) or _REPEATED.search(sentence.text):
        # "have killed dozens since December 2023", "have repeatedly killed civilians": a summary
        # of months, not the news
        return None
    if live:
        if _RUNNING_BEFORE.search(sentence.text, 0, hit.start):
            return None  # "where the opposition has held weeks of protests": the story so far
        return DateMention(
            0, 0, f"a live entry of {doc.published.isoformat()}", "lead", doc.published, doc.published, 1,
            anchored=True,
        )  # fmt: skip
    first = doc.published - dt.timedelta(days=NEWS_LAG_DAYS)
    return DateMention(
        0, 0, f"undated in the news lead (published {doc.published.isoformat()})", "lead",
        first, doc.published, 2, anchored=True,
    )  # fmt: skip


#: ``Olivier Dubois walked off a plane in Niamey on Monday … He was freed``: the person's return.
_HOME = re.compile(
    r"\b(?:walked\s+off\s+(?:a|the)\s+plane|stepped\s+off\s+(?:a|the)\s+plane|landed|arrived|flew\s+home"
    r"|was\s+flown|returned\s+home|reunited)\b",
    re.I,
)
LEAD_SENTENCES = 3


def _freed_in_the_lead(ctx: _Doc, index: int, hit: _Hit) -> DateMention | None:
    """``Olivier Dubois walked off a plane in Niamey on Monday, … The French journalist had been
    abducted … He was freed together with …``: a release told of "him" is that day's, the day the
    paragraph's opening sentence tells he came back."""
    if hit.trigger.sub_event_type != "release" or not _PRONOUN_PERSON.match(
        ctx.document.sentences[index].text
    ):
        return None
    sentences = ctx.document.sentences
    para = ctx.paragraph_of(sentences[index].start)
    first = index
    while (
        first > 0 and index - first < LEAD_SENTENCES and ctx.paragraph_of(sentences[first - 1].start) == para
    ):
        first -= 1
    if first == index or not _HOME.search(sentences[first].text):
        return None
    days = [d for d in _own_dates(ctx, first) if d.relative is None and d.precision == 1]
    if len(days) != 1:
        return None
    day = _in_narrative_year(ctx, first, days[0])
    return replace(day, start=0, end=0, text=f"{day.text} (the paragraph's opening)", anchored=True)


_PRONOUN_PERSON = re.compile(
    r"\W*(?:He|She)\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:freed|released)\b"
)


_REPEATED = re.compile(
    r"\b(?:repeatedly|routinely|regularly|frequently|systematically|time\s+and\s+again|again\s+and\s+again)\b",
    re.I,
)
#: ``has held weeks of protests``: something that went on, not the news of the day.
_RUNNING_BEFORE = re.compile(r"\b(?:days|weeks|months|years|decades)\s+of\s+(?:[\w-]+\s+)?$", re.I)


#: A heading alone on its line: ``## Niger``, ``**Burkina Faso**``.
_SECTION_HEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+(?P<hash>[^\n]+?)[ \t#]*|\*\*(?P<bold>[^*\n]+)\*\*[ \t]*)$", re.M
)


def _country_headings(text: str, gazetteer: Gazetteer) -> list[tuple[int, Place | None]]:
    """Where each heading's section begins, with the country the heading is (``## Niger``) or None for
    any other heading, which closes the section before it."""
    out: list[tuple[int, Place | None]] = []
    if "#" not in text and "**" not in text:
        return out
    for m in _SECTION_HEADING.finditer(text):
        name = (m["hash"] or m["bold"] or "").strip().rstrip(".:")
        country = next(
            (
                e.place
                for e in gazetteer.candidates(fold(name))
                if e.place.feature == "country" and not e.demonym
            ),
            None,
        )
        out.append((m.end(), country))
    return out


def _dated_sections(document: Document) -> list[tuple[int, DateMention]]:
    """Entries under a day heading are told on that day, as far as the next heading."""
    return [
        (end, replace(day, start=0, end=0, text=f"{day.text} (the heading of its entries)", anchored=True))
        for end, day in dates_mod.day_headings(document.text, _body_start(document.text), document.anchor)
    ]


_Heading = TypeVar("_Heading")


def _heading_above(headings: list[tuple[int, _Heading]], pos: int) -> _Heading | None:
    """The last heading (given as where its entries begin) before ``pos``."""
    i = bisect.bisect_right(headings, pos, key=lambda h: h[0])
    return headings[i - 1][1] if i else None


def _told_as_news(sentence: str, hit: _Hit) -> bool:
    """The event itself is told in the perfect (``have detained the president``, ``a coup has
    been staged``), not something said about it (``reports of killings have strained relations``)."""
    for m in _NEWS_TENSE.finditer(sentence):
        if m.start() < hit.end and hit.start < m.end():
            return True
        if m.start() >= hit.end and not sentence[hit.end : m.start()].strip():
            return True
        # "the junta says it has foiled another coup attempt": the act the perfect verb is done to
        if (
            m.end() <= hit.start
            and _ITS_OBJECT.fullmatch(sentence, m.end(), hit.start)
            and _DONE_TO_IT.search(m[0])
        ):
            return True
    if _HARMED_IN_IT.search(sentence, max(0, hit.start - 90), hit.start):
        return True
    # "An al-Qaeda-linked group has claimed responsibility for an attack on a military base", "JNIM claims
    # the attack": the news is the claim, of an attack just made
    return bool(_CLAIMED_AS_NEWS.search(sentence, max(0, hit.start - 80), hit.start))


#: The determiners and epithets between a verb and the act it is done to (``foiled another``).
_ITS_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|another|its|their|new|second|third|fresh|latest|further|deadly|major|failed|attempted"
    r"|alleged|suspected|planned)\s+){0,3}",
    re.I,
)
#: ``has foiled``, ``have staged``: a perfect verb that makes, stops or suffers the act it is done to
#: (not ``has portrayed the sanctions as …``, ``has denied the attack``).
_DONE_TO_IT = re.compile(
    r"\b(?:foiled|thwarted|averted|stopped|repelled|repulsed|staged|launched|mounted|perpetrated"
    r"|committed|conducted|survived|suffered|witnessed)$",
    re.I,
)


#: ``Twelve soldiers have been killed in an ambush``, ``Gunmen have killed 12 soldiers in an attack
#: on``: the harm, told in the perfect, done in the act the noun names, in the same clause.
_HARMED_IN_IT = re.compile(
    r"\b(?:has|have)\s+(?:(?:\w+ly|now|just|also)\s+)?(?:been\s+)?"
    r"(?:killed|wounded|injured|died|kidnapped|abducted|captured|massacred|executed|taken\s+hostage)\b"
    r"(?:(?!\b(?:and|or|but|since|before|while|as|when|because|who|which|that|where)\b)[^,;:.!?\n]){0,60}$",
    re.I,
)


_CLAIMED_AS_NEWS = re.compile(
    r"\b(?:(?:has|have)\s+(?:(?:\w+ly|now|also)\s+)?claimed|claims)\s+(?:(?:responsibility|credit)\s+for\s+)?"
    r"(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _datelines(text: str) -> list[tuple[int, int]]:
    """Where datelines stand; ``Farabougou: a village under siege``, a title line of its own, is a
    headline naming its subject, not where the story was filed."""
    title_end = _body_start(text)
    heading = text.startswith("\n", title_end)
    return [
        (m.start(), m.end())
        for m in DATELINE.finditer(text)
        if len(m.group(0)) < 60 and not (heading and m.start() < title_end and m.group("mark") == ":")
    ]


def _deck(ctx: _Doc, index: int, body: int) -> bool:
    """Sentence ``index`` is a second heading under the title (``Witnesses Describe Killings in
    Central Region``), on a line of its own like every line between it and the title: it heads
    the story, as the title does, and the body tells what it names."""
    sentences = ctx.document.sentences
    return all(_heading_only(ctx, k) for k in range(index + 1) if sentences[k].start >= body) and any(
        not _heading_only(ctx, k) for k in range(index + 1, min(len(sentences), index + 4))
    )


def _first_prose(doc: Document, index: int, body: int) -> bool:
    """Sentence ``index`` is the first full sentence of the body, under a letterhead of short
    lines (``REPUBLIC OF MALI`` ¶ ``COMMUNIQUÉ`` ¶ ``(unofficial translation)``)."""
    before = [s for s in doc.sentences[:index] if s.start >= body]
    return len(before) <= 6 and not any(
        len(s.text.split()) >= 8 and s.text.rstrip().endswith(".") for s in before
    )


def _body_start(text: str) -> int:
    """Past the title line."""
    newline = text.find("\n")
    return newline + 1 if newline >= 0 else 0


#: ``Hours after the Kidal attack, gunmen ambushed …``: an act told as following closely on one told before
_SHORTLY_AFTER_THE = re.compile(
    r"\W*(?:(?:only|just|barely|a\s+few)\s+)?(?:hours|minutes|moments|shortly|soon)\s+after\s+(?:the|that|this)\s+",
    re.I,
)


def _shortly_after_the_act(ctx: _Doc, index: int, sentence: str) -> DateMention | None:
    """``Hours after the Kidal attack, gunmen ambushed a patrol``: the day of the act the opening
    refers to, the last one told at the place it names, else the last violent one told."""
    opening = _SHORTLY_AFTER_THE.match(sentence)
    if opening is None:
        return None
    stop = _CLAUSE_STOP_AT.search(sentence, opening.end())
    reference = sentence[opening.end() : stop.start() if stop is not None else len(sentence)]
    if find_dates(reference):
        return None
    told = [f for f in ctx.found if f.sentence_index < index]
    named = [f for f in told if f.place is not None and f.place.name in reference]
    violent = [f for f in told if f.event_type != "other" or f.sub_event_type in _PHYSICAL_OTHER]
    if not (acts := named or violent):
        return None
    act = acts[-1]
    return DateMention(0, 0, act.date_text, "carried", act.first, act.last, act.precision, anchored=True)


def _carry(ctx: _Doc, index: int, paragraph: int, hit: _Hit, sentence: str) -> EventMention | None:
    """The event a dateless trigger continues: one of its type reported just before, in its paragraph.

    Only the last two sentences count, and never across a contrast (``this
    time``, ``on this occasion``), which is how analysis turns to another event.
    """
    # "… attacked and seized the governor's office. … The rebels took some thirty officials hostage.":
    # hostages taken, a place looted or burned in the fighting just told
    in_the_fighting = hit.trigger.sub_event_type in _DONE_IN_THE_FIGHTING
    if _CONTRAST.search(sentence):
        return None
    if hit.trigger.event_type == "other" and not in_the_fighting:
        again = _the_target_again(ctx, index, paragraph, hit, sentence) or _the_doers_again(
            ctx, index, paragraph, hit, sentence
        )
        return again or _also_done(ctx, index, paragraph, hit)
    # "The garrison at Aguelhok surrendered on 24 January. … 82 captured soldiers had been executed
    # there": prisoners killed after the fighting that took them
    after_fighting = hit.trigger.sub_event_type == "summary executions"
    if (
        hit.trigger.event_type == "base_handover"
        and not _sentence_dates(ctx, index)
        and (lead := _the_lead_event(ctx, index, paragraph)) is not None
        and lead.event_type == hit.trigger.event_type
    ):
        # "The last French soldiers … flew out on Friday morning. ¶ At a short ceremony at the Niamey air
        # base, … the base was handed over": the news of the lead, told in detail in the next paragraph
        return lead
    for found in reversed(ctx.found):
        if found.paragraph != paragraph or found.sentence_index < index - 2:
            break
        if in_the_fighting:
            if found.sub_event_type in _FIGHTING or found.sub_event_type == "attack on civilians":
                return found
            continue
        if found.event_type == hit.trigger.event_type:
            return found
        if after_fighting and found.sub_event_type in _FIGHTING and _same_scene(ctx, index, found):
            return found
    return None


def _timed_by_the_untold(ctx: _Doc, index: int) -> bool:
    """The sentence is timed by something the text told no date of (``Two weeks before his return``):
    a time of its own, unknown, and no part of the act told before."""
    return any(d.relative is not None and d.relative[3] for d in _own_dates(ctx, index)) and not any(
        d.first is not None for d in _sentence_dates(ctx, index)
    )


#: ``The convoy, escorted by …, was struck near Gaskindé``: the target of an attack just told, named again.
_THE_TARGET = re.compile(
    r"\W*The\s+(?P<noun>convoy|patrol|column|unit|detachment|camp|base|post|outpost|checkpoint|garrison)\b"
)
#: A force on the move, told by any of these words.
_UNIT_NOUNS = ("unit", "detachment", "patrol", "column", "convoy")


def _the_target_again(ctx: _Doc, index: int, paragraph: int, hit: _Hit, sentence: str) -> EventMention | None:
    """``… jihadists ambushed a supply convoy on 26 September. ¶ The convoy, escorted by a unit of the
    14th regiment, was struck near the village of Gaskindé``: the attack told again, where it happened."""
    if hit.trigger.sub_event_type != "attack" or (named := _THE_TARGET.match(sentence)) is None:
        return None
    # "ambushed an army detachment … ¶ The unit was travelling between Boni and Torodi": one force
    said = named["noun"].lower()
    noun = re.compile(rf"\b(?:{'|'.join(_UNIT_NOUNS if said in _UNIT_NOUNS else (said,))})s?\b", re.I)
    for found in reversed(ctx.found):
        if found.paragraph < paragraph - FINDING_LINES or found.sentence_index < index - 3:
            break
        # "gunmen attacked a convoy carrying mine workers": the same convoy, its passengers the dead
        if found.sub_event_type in {"attack", "attack on civilians"} and noun.search(found.quote):
            return found
    return None


def _a_detail_of_the_act_told(
    ctx: _Doc, index: int, paragraph: int, chosen: dict[tuple, tuple[_Hit, DateMention, float]], sentence: str
) -> bool:
    """``Gunmen attacked a convoy carrying mine workers, the governor said. ¶ The convoy … was travelling
    on Wednesday morning … when the lead vehicle struck an explosive device``: the act just told, now
    given its day; the sentence dates that act rather than telling another."""
    if len(chosen) != 1:
        return False
    ((hit, date, _distance),) = chosen.values()
    if date.first is None or date.last is None:
        return False
    found = _the_target_again(ctx, index, paragraph, hit, sentence)
    if found is None or not _same_scene(ctx, index, found):
        return False
    if not (found.first <= date.first and date.last <= found.last and date.precision < found.precision):
        return False
    found.first, found.last, found.precision, found.date_text = (
        date.first,
        date.last,
        date.precision,
        date.text,
    )
    s = ctx.document.sentences[index]
    found.extra_sources.append((s.start, s.end, s.text))
    return True


#: ``The attackers first struck …``: the doers of the act just told, named again.
_THE_DOERS = re.compile(
    r"\W*The\s+(?:attackers|assailants|gunmen|jihadists|fighters|militants|insurgents|raiders|armed\s+men)\b"
)


def _the_doers_again(ctx: _Doc, index: int, paragraph: int, hit: _Hit, sentence: str) -> EventMention | None:
    """``… jihadists attacked two army positions …, in the night from Sunday to Monday. ¶ The attackers
    first struck the military post at Mondoro at about 1 a.m.``: the lead's attack told in detail."""
    if hit.trigger.sub_event_type != "attack" or _THE_DOERS.match(sentence) is None:
        return None
    text = ctx.document.text
    scenes = sorted(
        (
            m
            for m in _scenes(ctx, index)
            if SPECIFICITY.get(m.place.feature, 0) >= 4 and not _as_area(text, m)
        ),
        key=lambda m: m.start,
    )
    # "struck the post at Mondoro … and then … the camp at Boulkessi": no one scene for both; "struck
    # Karou, Ouatagouna and Daoutegeft, in the Ansongo circle": the villages of one act
    if len({m.place.place_id for m in scenes}) > 1 and not all(
        _PLACE_LIST_GAP.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(scenes)
    ):
        return None
    lead = _the_lead_event(ctx, index, paragraph)
    return lead if lead is not None and _violent(lead.event_type, lead.sub_event_type) else None


#: ``The French Institute in Bobo-Dioulasso was also attacked``: the same was done to another target.
_ALSO_DONE = re.compile(r"\b(?:was|were)\s+also\s+$")


def _also_done(ctx: _Doc, index: int, paragraph: int, hit: _Hit) -> EventMention | None:
    """``On Saturday, protesters set fire to … the French embassy compound in Ouagadougou … The French
    Institute in Bobo-Dioulasso was also attacked``: an act of its own, on the day of the sentence before."""
    sentence = ctx.document.sentences[index].text
    if not _ALSO_DONE.search(sentence, max(0, hit.start - 20), hit.start):
        return None
    before = next((f for f in reversed(ctx.found) if f.sentence_index < index), None)
    if before is None or before.paragraph != paragraph or before.sentence_index != index - 1:
        return None
    return before if before.event_type in {"other", "atrocity"} and before.precision == 1 else None


#: ``A detachment sent to help Gouari was ambushed on the way``: troops going to the scene just
#: told, or after its attackers.
_RELIEF = re.compile(
    r"\b(?:sent|dispatched|deployed|rushed|rushing|heading|despatched)\s+(?:[\w’'-]+\s+){0,3}?to\s+"
    r"(?:help|reinforce|rescue|assist|secure|relieve|support|protect|defend)\b"
    r"|\breinforcements\b|\ba\s+(?:relief|rescue)\s+(?:column|force|convoy|unit|patrol)\b"
    r"|\bon\s+(?:the|its|their)\s+way\b|\ben\s+route\b"
    r"|\b(?:in\s+pursuit\s+of|pursuing|chasing|tracking)\s+the\s+(?:attackers|assailants|gunmen|militants|raiders)\b"
    r"|\bcame\s+to\s+(?:the\s+)?(?:rescue|aid|help)\b",
    re.I,
)


_TROOPS = re.compile(
    r"\b(?:detachment|troops|soldiers|unit|patrol|convoy|column|reinforcements|army|gendarmes|police"
    r"|peacekeepers|forces|militiamen)\b",
    re.I,
)


def _relief_attacked(ctx: _Doc, index: int, paragraph: int, hit: _Hit, sentence: str) -> EventMention | None:
    """The violent event a dateless attack on a relief or pursuit force follows: ``Gunmen attacked
    four villages on Wednesday … A detachment sent to help Gouari was ambushed on the way`` is that
    day's, told in the paragraph or the two before; its toll is the ambush's, not a rival count of
    the villages' dead."""
    if (
        hit.trigger.sub_event_type != "attack"
        or not _RELIEF.search(sentence)
        or not _TROOPS.search(sentence)  # "villagers on their way to market": no force sent anywhere
        or _CONTRAST.search(sentence)
    ):
        return None
    told = [
        found
        for found in reversed(ctx.found)
        if found.paragraph >= paragraph - FINDING_LINES
        and found.sentence_index < index
        and _violent(found.event_type, found.sub_event_type)
    ]
    if not told:
        return None
    # the scene told with a place, when the last telling ("struck Gouari, Djimdo …") had none
    window = (told[0].first, told[0].last)
    return next((f for f in told if f.geo_precision < 3 and (f.first, f.last) == window), told[0])


def _the_lead_event(ctx: _Doc, index: int, paragraph: int) -> EventMention | None:
    """The event of a news story's opening sentence, when sentence ``index`` opens the next
    paragraph and nothing has been told since (a dateline-dated news lead, then its details)."""
    doc = ctx.document
    if not ctx.found or doc.published_precision != 1:
        return None
    lead = ctx.found[0]
    body = _body_start(doc.text)
    first = doc.sentences[lead.sentence_index]
    previous = doc.sentences[index - 1] if index else None
    if (
        any(f.sentence_index != lead.sentence_index for f in ctx.found)
        or first.start - body > LEAD_CHARS
        or previous is None
        or ctx.paragraph_of(previous.start) == paragraph  # not the next paragraph's first sentence
        or ctx.paragraph_of(previous.start) != lead.paragraph
    ):
        return None
    return lead


_FIGHTING = frozenset({"attack", "capture of a town"})
_DONE_IN_THE_FIGHTING = frozenset({"abduction", "looting", "destruction of property"})
_AND_THEN_BEFORE = re.compile(r"\band\s+(?:then\s+)?$")


#: ``They``, ``The attackers also``: the sentence goes on with those who just attacked.
_THEY_WENT_ON = re.compile(
    r"\W*(?:They|The\s+(?:attackers|assailants|gunmen|militants|fighters|raiders))\s+(?:(?:also|then|later)\s+)?"
    r"(?:looted|pillaged|ransacked|plundered|torched|set\s+fire|burned|burnt|stole|made\s+off)\b"
)


def _they_went_on(ctx: _Doc, index: int) -> EventMention | None:
    """The attack the sentence before told, when this one tells its attackers looting or burning
    (``They set fire to the town's market``), on no day of its own."""
    if not ctx.found or not _THEY_WENT_ON.match(ctx.document.sentences[index].text):
        return None
    last = ctx.found[-1]
    if (
        last.sentence_index != index - 1
        or not _violent(last.event_type, last.sub_event_type)
        or last.sub_event_type == "looting"
        or _own_dates(ctx, index)
        or not _same_scene(ctx, index, last)  # "They then burned the market in Hombori": elsewhere
    ):
        return None
    return last


def _done_in_the_attack(sentence: str, hit: _Hit, kept: list[_Hit]) -> bool:
    """``militiamen attacked the hamlet of Sogoba and burned 40 homes``: what the attackers went on to do
    in the attack, part of it (as ACLED codes an attack that also wrecked property), not an act of its
    own; homes burned by others after a semicolon, or by a subject of their own, stay apart."""
    if hit.trigger.sub_event_type not in {"looting", "destruction of property"}:
        return False
    joined = _AND_THEN_BEFORE.search(sentence, max(0, hit.start - 12), hit.start) is not None
    # "burned a granary and stole livestock": one act of looting and burning, as ACLED counts it;
    # "the attack on the health centre, during which armed men looted medicines": the attack's own
    return any(
        o.end <= hit.start
        and ";" not in sentence[o.end : hit.start]
        and (
            (joined and o.trigger.sub_event_type in _FIGHTING | {"looting", "destruction of property"})
            or (o.trigger.sub_event_type in _FIGHTING and _DURING_IT.search(sentence, o.end, hit.start))
        )
        for o in kept
    )


#: ``the attack …, during which``, ``…, in the course of which``: what was done within the act told.
_DURING_IT = re.compile(r"\b(?:during|in\s+the\s+course\s+of|in)\s+which\b", re.I)


def _same_scene(ctx: _Doc, index: int, found: EventMention) -> bool:
    """The sentence names no place but the event's own (or only points back to it: ``there``); a place
    in a group's name (``Al Qaeda's branch in the Sahel``) is none."""
    mentions = ctx.mentions_by_sentence.get(index, [])
    if not mentions:
        return True
    s = ctx.document.sentences[index]
    names = ctx.actors_in(s.start, s.end)
    return all(
        (found.place is not None and m.place.place_id == found.place.place_id)
        or any(a.start <= m.start - s.start and m.end - s.start <= a.end for a in names)
        for m in mentions
    )


_FINDING = re.compile(
    r"\b(?:report|investigation|inquiry|enquiry|probe|study|review|commission|panel|experts?)\b[^.;]{0,80}?"
    r"\b(?:concluded|found|established|determined|confirmed|documented|showed|revealed|said|estimated)\s+that\b",
    re.I,
)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?\w+(?:ed|en|n|t)\b", re.I)


#: How far back (in lines, blank ones included) a finding may refer: its paragraph and the two before.
FINDING_LINES = 4


def _reported_finding(ctx: _Doc, index: int, hit: _Hit, date: DateMention) -> EventMention | None:
    """A finding published later about an event the passage has just told: the date is the
    report's, the trigger (in the past perfect after ``concluded that``) is the earlier event's.

    Only an event of the same type, told in this paragraph or the two before, and at the place the
    finding names if it names one: a finding about somewhere else is news of its own.
    """
    s = ctx.document.sentences[index]
    finding = _FINDING.search(s.text, 0, hit.start)
    if finding is None or date.end > finding.end() or not _PAST_PERFECT.search(s.text, finding.end()):
        return None
    para = ctx.paragraph_of(s.start)
    named = {
        m.place.place_id
        for m in ctx.mentions_by_sentence.get(index, [])
        if m.place.feature not in {"country", "continent"}
    }
    for found in reversed(ctx.found):
        if found.paragraph < para - FINDING_LINES:
            break
        if found.event_type != hit.trigger.event_type or found.last > date.first:  # type: ignore[operator]
            continue
        if not named or (found.place is not None and found.place.place_id in named):
            return found
    return None


def _last_act(ctx: _Doc) -> EventMention | None:
    """The event told last, past any statement about it."""
    return next((f for f in reversed(ctx.found) if f.sub_event_type != "statement"), None)


def _said_of_the_fight(ctx: _Doc, index: int, hit: _Hit, date: DateMention) -> EventMention | None:
    """``The coalition attacked on Sunday afternoon … A spokesman said on Sunday that the CSP had taken
    both camps``: what a side said of the fight told just before, on the day it spoke or days after,
    is part of that fight (its day and place), not an act dated by the words."""
    if hit.trigger.sub_event_type not in _FIGHTING or date.first is None:
        return None
    s = ctx.document.sentences[index]
    if not _is_report_date(s.text, date) or any(
        m.place.feature not in {"country", "continent"} for m in ctx.mentions_by_sentence.get(index, [])
    ):
        return None
    para = ctx.paragraph_of(s.start)
    fight = _last_act(ctx)
    if (
        fight is None
        or fight.paragraph != para
        or fight.sentence_index < index - 2
        or fight.sub_event_type not in _FIGHTING
    ):
        return None
    lag = dt.timedelta(days=REPORT_LAG_DAYS)
    return fight if fight.first <= date.first and date.first - lag <= fight.last else None


#: How long after an act a statement giving its toll may be issued and still be about it.
STATEMENT_LAG_DAYS = 3


def _issued_after_the_act(ctx: _Doc, index: int, dates: list[DateMention]) -> bool:
    """``In a statement on Monday, the general staff said five soldiers had been killed``, after
    Sunday's attack: the day the toll was given, not the day of an act of its own."""
    told = [(d.first, d.last) for d in dates if d.first is not None and d.last is not None]
    if not told:
        return False
    act = _last_act(ctx)
    if act is None or not (_violent(act.event_type, act.sub_event_type) or act.sub_event_type in _FIGHTING):
        return False
    if _paragraphs_spanned(ctx, act.sentence_index, index, 2) > 2:
        return False
    lag = dt.timedelta(days=STATEMENT_LAG_DAYS)
    return all(act.first <= first and last <= act.last + lag for first, last in told)


#: ``put Monday's toll at``: a count given of an act, not an act told.
_A_TOLL = re.compile(r"\btoll\b")


#: ``11 people were killed in the fighting``: the dead of an act told, named again by its noun.
_KILLED_IN_THE_ACT = re.compile(
    r"\b(?:killed|died|dead|wounded|injured)\s+(?:in|during)\s+(?:the|that|this)\s+"
    r"(?:fighting|attack|assault|clashes|violence|raid|ambush|shooting|gunfight|gun\s+battle|exchange\s+of\s+fire)\b",
    re.I,
)


def _an_untold_act_between(ctx: _Doc, found: EventMention, index: int) -> bool:
    """Between an event and a toll with no date, an act of another day was told that no place
    could hold: the toll is that act's, not the event's before it."""
    for j in ctx.untold[bisect.bisect_right(ctx.untold, found.sentence_index) :]:
        if j >= index:
            return False
        days = [(d.first, d.last) for d in _own_dates(ctx, j) if d.relative is None]
        if any(a is not None and b is not None and (b < found.first or a > found.last) for a, b in days):
            return True
    return False


def _attach_claims(
    ctx: _Doc, index: int, figures: list[Figure], dates: list[DateMention], toll_only: bool = False
) -> bool:
    """Figures in a sentence with no event word of its own belong to the event reported nearby
    (False when there is none)."""
    para = ctx.paragraph_of(ctx.document.sentences[index].start)
    # "an inquiry published on 30 March found that 22 people had died": when it was said, not the toll's day
    sentence = ctx.document.sentences[index].text
    # "The army had said on Monday that six soldiers … were killed": of no act after Monday
    said_by = min(
        (d.last for d in dates if d.last is not None and _is_report_date(sentence, d)), default=None
    )
    dates = [d for d in dates if not _is_report_date(sentence, d)]
    if _TOLL_REVISED.search(sentence):
        dates = []  # "On 10 August an official list … raised the toll to 42": the day it was revised
    if (
        toll_only
        and (held := _the_held_counted(ctx, index, sentence)) is not None
        and _died_held(ctx, index, held, figures, dates)
    ):
        return True
    candidates = []
    back = _KILLED_IN_THE_ACT.search(sentence) if toll_only else None
    # "His body was found two days later": the dead found after the act, on a day of the finding
    found_later = toll_only and all(_THE_TAKEN_DEAD.fullmatch(f.victims or "") for f in figures)
    for found in reversed(ctx.found):
        if (
            found.paragraph < para - 1
            # "Jihadists attacked Djibo on 26 November. ¶ Residents said 40 civilians were killed": the act
            # told last, in the paragraph before, past the blank line between, when no day or place is told
            and not (
                found is ctx.found[-1]
                and not toll_only
                and not dates
                and not ctx.mentions_by_sentence.get(index)
                and _violent(found.event_type, found.sub_event_type)
                and _paragraphs_spanned(ctx, found.sentence_index, index, 2) <= 2
            )
            and not (
                # "11 people were killed in the fighting": the fighting told in the paragraph before
                back is not None and _paragraphs_spanned(ctx, found.sentence_index, index, 3) <= 3
            )
            and not (
                # "A first source put Monday's toll at about fifteen": that day's act, in the paragraph before
                toll_only
                and dates
                and _A_TOLL.search(sentence)
                and _paragraphs_spanned(ctx, found.sentence_index, index, 2) <= 2
            )
        ):
            break
        if toll_only and not dates and _an_untold_act_between(ctx, found, index):
            break  # "… near Douentza, killing 11. ¶ On 1 March JNIM seized Tinkerbat. Residents said 9 died"
        if found.event_type not in {"atrocity", "other", "coup", "coup_attempt"}:
            continue
        if toll_only and _counted_elsewhere(ctx, index, found):
            continue
        if found.event_type == "other" and found.sub_event_type not in _TOLL_BEARING_OTHER:
            continue  # "ended the mandate … More than 170 peacekeepers were killed": none died of it
        if dates and not any(
            (d.first <= found.last and found.first <= d.last)  # type: ignore[operator]
            or (found_later and 0 <= (d.first - found.last).days <= FOUND_DEAD_DAYS)  # type: ignore[operator]
            for d in dates
        ):
            continue
        if said_by is not None and found.first > said_by:
            continue
        candidates.append(found)
    # the violent event told last, past any statement about it ("The mission said in a statement …"); for a
    # first count, the last one a higher count was already given for ("Eight people died … On Thursday a
    # patrol hit a third device … African Parks had first reported six dead")
    # a seizure of power only when no violent act was told ("since Captain X seized power …" is background)
    told = list(reversed(ctx.found))
    violent = next((f for f in told if _violent(f.event_type, f.sub_event_type)), None) or next(
        (f for f in told if _forceful(f)), None
    )
    if violent is not None and said_by is not None and violent.first > said_by:
        violent = None
    if toll_only and not candidates and first_count(sentence):
        violent = _counted_higher(ctx, figures, index) or violent
    if toll_only and not candidates and any(_CAPTORS.search(f.victims) for f in figures):
        # "Four of the six kidnappers were killed": in the raid that freed their hostages, not the kidnapping
        freed = next((f for f in reversed(ctx.found) if f.sub_event_type == "release"), None)
        if freed is not None and _paragraphs_spanned(ctx, freed.sentence_index, index, TOLL_PARAGRAPHS) <= (
            TOLL_PARAGRAPHS
        ):
            candidates.append(freed)
    if (
        not candidates
        and toll_only
        and violent is not None
        and _told_last(ctx, violent, index, dates)
        and not _counted_elsewhere(ctx, index, violent)
        and not (not dates and _an_untold_act_between(ctx, violent, index))
    ):
        candidates.append(violent)
    if not candidates:
        return False
    # a toll given without a date updates the latest event nearby, not the background one, and the
    # attack rather than the looting or burning told with it
    target = max(
        candidates, key=lambda f: (f.last, f.sub_event_type not in _DONE_IN_THE_FIGHTING, f.sentence_index)
    )
    if _IN_THAT_FIGHT.search(sentence) and (
        fights := [f for f in candidates if f.trigger.lower().startswith(("clash", "fight", "battle"))]
    ):
        # "… after soldiers clashed with jihadists. The army said it lost two soldiers in that fight"
        target = max(fights, key=lambda f: f.sentence_index)
    if target.listed:  # of a list's events on one day, the one its trigger gave, not a further place
        target = next((f for f in ctx.found if _listed_from(f, target)), target)
    figures = [f for f in figures if not _recounted(sentence, f, target.claims)]
    if target.first == target.last:
        # "There have been 43 deaths in two days": the dead of more than the one day's act
        figures = [f for f in figures if not _OVER_SEVERAL.match(sentence, f.end)]
    if not figures:
        return True
    claims = _claims(ctx, index, figures)
    target.claims.extend(claims)
    if target.sub_event_type == "protests" and (force := _force_on_the_protest(ctx, index, figures)):
        # "Thousands marched in Kayes … Police killed two people": the protest met with force
        target.event_type, target.sub_event_type = "atrocity", ON_PROTESTERS
        target.actor1, target.actor2 = force, actors_mod.PROTESTERS
    if not target.actor2 and _violent(target.event_type, target.sub_event_type):
        target.actor2 = _who_lost_its_own(ctx, claims, target.actor1)
    s = ctx.document.sentences[index]
    target.extra_sources.append((s.start, s.end, s.text))
    if found_later and (later := [d.last for d in dates if d.last is not None and d.last > target.last]):
        target.last = max(later)  # taken on the 15th, found dead on the 17th: killed in between
    _sharpen_date(target, dates)
    _on_civilians(ctx, target, figures, s.text, para)
    return True


#: ``died in hospital in Mopti``, ``buried in Sévaré``: where the hurt and dead were taken, not a scene.
_CARED_FOR_IN = re.compile(
    r"\b(?:hospitals?|clinics?|health\s+cent(?:re|er)s?|morgues?|mortuar(?:y|ies)|treatment|care|buried)"
    r"\s+(?:in|at)\s+(?:the\s+(?:town|city)\s+of\s+)?$",
    re.I,
)


#: ``lost two soldiers in that fight``: the dead of the fight told, not of a later act.
_IN_THAT_FIGHT = re.compile(
    r"\bin\s+(?:that|this|those|these)\s+(?:fight|fighting|clash(?:es)?|battle)\b", re.I
)


def _counted_elsewhere(ctx: _Doc, index: int, found: EventMention) -> bool:
    """``Gunmen attacked Ogossagou … Separately, 20 soldiers were killed near Ménaka``: a toll told
    at towns all further from the act's town than one place "near" another can be is a toll of
    its own, not that act's."""
    if found.place is None or SPECIFICITY.get(found.place.feature, 0) < 4:
        return False
    text = ctx.document.text
    towns = [
        m
        for m in _scenes(ctx, index)
        if SPECIFICITY.get(m.place.feature, 0) >= 4
        and _LOCATIVE.search(text, max(0, m.start - 40), m.start)
        and not _CARED_FOR_IN.search(text, max(0, m.start - 60), m.start)
        and not _TAKEN_TO.search(text, max(0, m.start - 60), m.start)
    ]
    return bool(towns) and all(
        (km := km_between(m.place, found.place)) is not None and km > 2 * NEAR_KM for m in towns
    )


def _force_on_the_protest(ctx: _Doc, index: int, figures: list[Figure]) -> str:
    """The state force a sentence after a protest says killed or wounded people (``Police killed
    two people``), when the hurt are not the forces' own: whom force was used on is the protest."""
    hurt = [f for f in figures if f.kind in {"killed", "wounded"}]
    if not hurt or not all(_CIVILIAN_VICTIMS.search(f.victims) for f in hurt):
        return ""
    s = ctx.document.sentences[index]
    forces = [
        m.actor.name
        for m in _standing_for_themselves(ctx.actors_in(s.start, s.end), s.text)
        if m.actor.kind == "state military"
    ]
    if forces:
        return forces[0]
    return actors_mod.NATIONAL_ARMY if _SOLDIERS_HURT_THEM.search(s.text) else ""  # "killed by soldiers"


#: ``marched in protest at the killing of``, ``rallied after soldiers killed``: deaths a protest is about.
_PROTESTED_DEATHS = re.compile(
    r"\b(?:after|over|against|following|denounc\w*|condemn\w*|mourn\w*|protest(?:ing)?\s+(?:at|against)"
    r"|to\s+protest|in\s+protest|demand\w*|angered\s+by|outraged\s+by)\b",
    re.I,
)
#: ``protested against the killing of five herders by militiamen``: the act a protest was about.
_PROTESTED_ACT = re.compile(
    r"\b(?:killings?|deaths?|murders?|massacres?|executions?|abductions?|kidnappings?|arrests?|detention"
    r"|shot|killed|murdered|massacred|executed|abducted|kidnapped|arrested|detained)\b",
    re.I,
)
_SOLDIERS_HURT_THEM = re.compile(r"\b(?:soldiers|troops|gendarmes)\b", re.I)
#: ``killed five of its fighters``: the dead a group counts as its own.
_ITS_OWN = re.compile(r"(?:of\s+)?(?:its|their)\s+(?:own\s+)?(?:fighters|men|combatants|members)\b", re.I)


def _who_lost_its_own(ctx: _Doc, claims: list[Claim], actor1: str) -> str:
    """``The CMA said the strike killed five of its fighters``: an armed group counting its own dead
    was the side struck."""
    return next(
        (
            c.claimant
            for c in claims
            if c.kind in DEATH_KINDS
            and c.claimant in ctx.actor_index.armed
            and c.claimant != actor1
            and _ITS_OWN.match(c.victims)
        ),
        "",
    )


#: ``two``, ``3``: how many acts or days a sum runs over.
_SEVERAL = r"(?:two|three|four|five|six|seven|[2-9]|\d\d)"
#: The acts a sum may be told over.
_ACTS = r"(?:attacks|raids|assaults|massacres|ambushes)"
#: ``43 deaths in two days``, ``30 killed in three attacks``: a sum over several days or acts.
_OVER_SEVERAL = re.compile(
    rf"\s+(?:in|over|during)\s+(?:the\s+(?:last|past)\s+)?{_SEVERAL}\s+(?:separate\s+)?(?:days|nights|{_ACTS})\b",
    re.I,
)
#: ``Twelve of them were dead by the next morning``: some of the people the sentence before counted.
_SOME_OF_THEM = re.compile(
    r"^\W*(?:[\w-]+\s+){1,3}of\s+them\b"
    # "Three were found dead on the road to Boni two days later": a number alone, of those just told
    r"|^\W*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all)\s+(?:were|had\s+been)\s",
    re.I,
)
#: How the people of an arrest or abduction may come to die: killed, found dead, died.
_HELD_DEAD = frozenset({"killed", "executed", "dead"})


def _the_held_counted(ctx: _Doc, index: int, sentence: str) -> EventMention | None:
    """The arrest or abduction the sentence before told, when this one counts dead ``of them``."""
    if not _SOME_OF_THEM.match(sentence) or not ctx.found:
        return None
    last = ctx.found[-1]
    if last.sentence_index != index - 1 or last.sub_event_type not in {"arrests", "abduction"}:
        return None
    return last


def _died_held(
    ctx: _Doc, index: int, held: EventMention, figures: list[Figure], dates: list[DateMention]
) -> bool:
    """``Security forces detained 25 people … on Monday, 11 May. Twelve of them were dead by the
    next morning``: people who died in the hands of those who held them were killed by them, on
    the days from their taking to the day told (False when none of them is said to have died)."""
    dead = [f for f in figures if f.kind in _HELD_DEAD]
    if not dead:
        return False
    held.claims.extend(_claims(ctx, index, dead))
    s = ctx.document.sentences[index]
    held.extra_sources.append((s.start, s.end, s.text))
    later = [d.last for d in dates if d.last is not None and d.first is not None and d.first >= held.first]
    if later and max(later) > held.last:
        held.last = max(later)
    held.event_type, held.sub_event_type = "atrocity", "summary executions"
    if not held.actor2 or held.actor2 in ctx.actor_index.generic:
        held.actor2 = "Civilians"
    return True


#: ``local officials were among the four civilians who died``: a group of dead already counted, told again.
_AMONG_THE = re.compile(r"\bamong\s+the\s+$", re.I)


def _recounted(sentence: str, figure: Figure, claims: list[Claim]) -> bool:
    """The figure names again some dead a count of the event already holds (``gave a provisional toll
    of 17 soldiers and four civilians … were among the four civilians who died``): who they were, not a
    rival count."""
    if figure.best is None or not _AMONG_THE.search(sentence, max(0, figure.start - 12), figure.start):
        return False
    words = _victim_words(figure.victims)
    return any(
        c.kind == figure.kind
        and c.best is not None
        and c.best >= figure.best
        and words & _victim_words(c.victims)
        for c in claims
    )


def _victim_words(victims: str) -> set[str]:
    """``soldiers and civilians`` → {soldiers, civilians}: the kinds of people a count is of."""
    return set(re.findall(r"[a-z]{3,}", victims.lower())) - {"and", "the", "other", "others"}


_SAID_CIVILIANS = re.compile(r"\b(?:civilians?|villagers|women|children|passengers|worshippers)\b", re.I)


def _on_civilians(ctx: _Doc, target: EventMention, figures: list[Figure], sentence: str, para: int) -> None:
    """An attack whose toll, told apart, is of civilians is an attack on them, unless it was on a post
    or its soldiers' dead are told with it. Men rounded up or taken whose bodies are counted after
    were killed by those who held them."""
    if (
        target.event_type == "other"
        and target.sub_event_type in {"arrests", "abduction"}
        and any(f.kind == "killed" and _THE_TAKEN_DEAD.fullmatch(f.victims or "") for f in figures)
    ):
        target.event_type = "atrocity"
        target.sub_event_type = (
            "summary executions" if target.sub_event_type == "arrests" else "killing of civilians"
        )
        if not target.actor2 or target.actor2 in ctx.actor_index.generic:
            target.actor2 = "Civilians"
        return
    if (
        target.event_type == "other"
        and target.sub_event_type in {"attack", "arrests", "statement"}
        and not _MILITARY_SITE.search(target.quote)
        # "a group of 84 men … was ambushed": an ambush is on a party on the move, armed or not, which
        # a toll of "people" does not say
        and not (target.trigger.lower().startswith("ambush") and not _SAID_CIVILIANS.search(sentence))
        # "routing the Tuareg separatists of the MNLA in heavy fighting … Around twenty people were killed":
        # a fight with an armed group, whose dead a toll of "people" counts too
        and not (target.actor2 in ctx.actor_index.armed and not _SAID_CIVILIANS.search(sentence))
        # "… 27 soldiers killed when jihadists ambushed a convoy. Ten civilians were also killed": a fight
        # (its soldiers' dead told with it, or with the same day's attack it retells)
        and not any(
            c.kind == "killed" and _FORCES_DEAD.search(c.victims)
            for f in ctx.found
            if f is target
            or (
                f.sub_event_type == target.sub_event_type
                and f.first == target.first
                and f.paragraph >= para - FINDING_LINES
            )
            for c in f.claims
        )
        and _civilian_toll(figures, sentence)
    ):
        target.event_type, target.sub_event_type = "atrocity", "attack on civilians"


#: How long after an abduction or an arrest the bodies of those taken may be told found.
FOUND_DEAD_DAYS = 31
#: ``Later we found 14 bodies``, ``residents found the bodies of 14 of them``, ``His body was found``: the
#: dead, counted as those the act took, not named anew.
_THE_TAKEN_DEAD = re.compile(r"bod(?:y|ies)|corpses|of\s+them|of\s+those\s+(?:arrested|detained|taken)", re.I)
_CAPTORS = re.compile(r"\b(?:kidnappers|captors|hostage-takers|abductors)\b", re.I)
_VANISHED = re.compile(r"disappeared|went\s+missing|vanished", re.I)
_CAPTIVITY = re.compile(
    r"\b(?:freed|released|hostages?|kidnap\w*|captors?|captivity|abduct\w*|ransom)\b", re.I
)
#: ``said in a statement``: the statement an act before it is reported in.
_SAID_IN_A = re.compile(
    r"\b(?:said|says|announced|reported|confirmed|added)\s+(?:on\s+\w+\s+)?in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?$"
)
#: ``claimed 60 dead``, ``raised the toll to 200``: a statement that gives a toll.
_A_TOLL_CLAIMED = re.compile(
    r"\bclaim(?:ed|s|ing)\s+(?:that\s+)?(?:it\s+had\s+killed\s+)?(?:about\s+|some\s+|at\s+least\s+)?\d+\s+(?:dead|killed|deaths)"
    r"|\b(?:rais(?:ed|es|ing)|revis(?:ed|es|ing)|put|puts)\s+(?:the\s+|its\s+)?(?:death\s+)?toll\b",
    re.I,
)
#: Kinds of ``other`` event a toll may belong to: acts of violence, fighting for a town, and a
#: statement that reports one.
_TOLL_BEARING_OTHER = _PHYSICAL_OTHER | {"statement", "capture of a town", "foreign intervention", "mutiny"}
_TOLL_REVISED = re.compile(
    r"\b(?:rais(?:ed|es|ing)|revis(?:ed|es|ing)|increas(?:ed|es|ing))\s+(?:the\s+)?(?:death\s+)?toll\b"
    r"|\btoll\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:rose|risen|climbed|raised|revised\s+up)"
    # "The government first put the toll at 50 on Monday; … on Tuesday the count rose to 79"
    r"|\b(?:put|puts|putting|gave|gives|set|sets)\s+(?:the\s+|its\s+|a\s+)?(?:death\s+)?toll\s+at\b"
    # "the government gave a provisional toll of 23 the next day"
    r"|\b(?:gave|gives|giving|issued|issues|published)\s+(?:the\s+|its\s+|an?\s+)"
    r"(?:(?:provisional|preliminary|first|initial|official|new|updated|final)\s+)+(?:death\s+)?toll\s+of\b"
    r"|\b(?:count|tally)\s+(?:rose|climbed|reached|stood)\b"
    # "The first official count … was 20 dead. By Monday evening it had reached 32"
    rf"|{_IT_ROSE_WORDS}",
    re.I,
)


#: ``into the camp … where government soldiers and former rebels were preparing joint patrols``: an
#: attack on forces, whose dead the next sentence may call ``people``.
_MILITARY_SITE = re.compile(
    r"(?<!displacement )(?<!displaced )(?<!refugee )(?<!IDP )\b(?:military\s+)?(?:camp|base|barracks|garrison"
    r"|checkpoint|outpost|headquarters)\b(?![^.;]{0,30}\b(?:for|of)\s+(?:the\s+)?(?:displaced|refugees|IDPs))",
)


def _sharpen_date(target: EventMention, dates: list[DateMention]) -> None:
    """``A month later IS overran Indelimane. The assault, on 1 November 2019, killed 53``: the
    toll's one date, inside the window the event was told with, is the event's day."""
    inside = {
        (d.first, d.last, d.precision): d.text
        for d in dates
        if d.first is not None and d.last is not None and target.first <= d.first and d.last <= target.last
    }
    if len(inside) != 1:
        return
    ((first, last, precision), text), *_ = inside.items()
    if precision < target.precision:
        target.first, target.last, target.precision, target.date_text = first, last, precision, text


#: How many paragraphs on a news story's toll may come (``A security source said more than 70
#: people had been killed``) when nothing else has been told since the attack.
TOLL_PARAGRAPHS = 3


def _listed_from(primary: EventMention, listed: EventMention) -> bool:
    return (
        not primary.listed
        and primary.sentence_index == listed.sentence_index
        and (primary.first, primary.last) == (listed.first, listed.last)
    )


#: ``The regional prosecutor in Ouahigouya``: where one who gives a toll sits.
_OFFICE_IN = re.compile(
    # "the mayor of nearby Bankass"
    r"\b(?:prosecutors?|governor|mayor|prefect|spokes(?:man|woman|person)|officials?)\s+(?:based\s+)?(?:in|of)\s+"
    r"(?:(?:nearby|neighbouring|neighboring)\s+)?$",
    re.I,
)

#: ``a peacekeeper from Burkina Faso``: the country someone serves or comes from.
_CAME_FROM = re.compile(
    r"\b(?:peacekeepers?|soldiers?|troops|officers?|nationals?|citizens?|workers?|contingents?|blue\s+helmets?"
    r"|battalions?|units?|men|women|man|woman)\s+from\s+(?:the\s+)?$",
    re.I,
)
#: ``Seven others were wounded and evacuated to Sévaré``: where the wounded were taken, not another scene.
_TAKEN_TO = re.compile(
    r"\b(?:evacuated|taken|transferred|flown|airlifted|rushed|brought|moved)\s+(?:[\w-]+\s+){0,2}?to\s+"
    r"(?:(?:the|a)\s+)?(?:(?:[\w-]+\s+)?(?:hospital|clinic|health\s+cent(?:re|er))\s+(?:in|at|of)\s+)?$",
    re.I,
)


def _counted_higher(ctx: _Doc, figures: list[Figure], index: int) -> EventMention | None:
    """The latest violent event, a few paragraphs up, already given a higher toll than a first count."""
    first = max((f.best for f in figures if f.kind == "killed" and f.best is not None), default=None)
    if first is None:
        return None
    for found in reversed(ctx.found):
        if _paragraphs_spanned(ctx, found.sentence_index, index, TOLL_PARAGRAPHS + 1) > TOLL_PARAGRAPHS + 1:
            return None
        if _violent(found.event_type, found.sub_event_type) and any(
            c.kind == "killed" and c.best is not None and c.best > first for c in found.claims
        ):
            return found
    return None


def _told_last(ctx: _Doc, found: EventMention, index: int, dates: list[DateMention]) -> bool:
    """The violent event told last, a few paragraphs up, that an undated toll naming no other
    place goes on about."""
    if dates or not _forceful(found):
        return False
    text = ctx.document.text
    if any(
        m.place != found.place
        # "One of the assailants was killed, Mali's internal security minister says": no other scene
        and not (
            m.place.feature == "country"
            and found.place is not None
            and m.place.country_code == found.place.country_code
        )
        # "The regional prosecutor in Ouahigouya had spoken of about 60 dead": where he sits
        and not _PARTY_BEFORE.search(text, max(0, m.start - 40), m.start)
        and not _OFFICE_IN.search(text, max(0, m.start - 40), m.start)
        # "One peacekeeper from Burkina Faso was killed": where the dead came from
        and not _CAME_FROM.search(text, max(0, m.start - 40), m.start)
        and not _TAKEN_TO.search(text, max(0, m.start - 60), m.start)
        and not _OWNER.match(text, m.end)  # "France's defence ministry said": who speaks
        for m in ctx.mentions_by_sentence.get(index, [])
    ):
        return False
    limit = TOLL_PARAGRAPHS + 1
    return _paragraphs_spanned(ctx, found.sentence_index, index, limit) <= limit


#: A dated death toll with no event word and no event nearby to belong to is an event of its
#: own (``35 people were killed on the night of 9-10 June``): civilians killed are an atrocity,
#: anyone else an attack. Weights are low: the type is read from the victims alone.
_TOLL_TRIGGERS = {
    "civilians": Trigger("atrocity", "killing of civilians", casualties.VERBS, 0.55),
    "executed": Trigger("atrocity", "summary executions", casualties.VERBS, 0.55),
    "others": Trigger("other", "attack", casualties.VERBS, 0.45),
}
#: ``the number of people killed this week by improvised explosive devices``: the week's acts summed up.
_THIS_WEEK = re.compile(r"\b(?:killed|dead|died)\s+(?:this|last|in\s+the\s+past)\s+week\b", re.I)
#: Running totals and averages are not events: ``since 2012``, ``in 2019 alone``, ``a year``.
_CUMULATIVE = re.compile(
    r"\b(?:since|so\s+far|to\s+date|in\s+total|a\s+total\s+of|altogether|overall|alone|cumulative\w*|tally"
    r"|over\s+the\s+(?:past|last)|annual\w*|average"
    r"|(?:each|every|per|a)\s+(?:day|week|month|year)(?!\s+(?:earlier|later|before|after|ago|on)\b))\b",
    re.I,
)


#: ``the deadliest massacre the country has known since …``: a record, measured against the past.
_SUPERLATIVE_BEFORE = re.compile(rf"\b(?:{_SUPERLATIVES})\b[^.;:]{{0,80}}$", re.I)


#: Killings and abductions a running total may sum up (``killed at least 107 civilians since December
#: 2021, most of them summarily executed``, ``dozens abducted since the beginning of July``); not a
#: captivity (``held since 2019``: when the captive was taken).
_TOLD_AS_TOTALS = frozenset({"killing of civilians", "summary executions", "abduction"})


#: ``since Sunday``, ``since the weekend``: the days of one outbreak of fighting, not a running total.
_SINCE_DAYS_AGO = re.compile(
    r"\s+(?:(?:early|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+weekend|yesterday|last\s+night)\b"
)


def _cumulative(sentence: str) -> bool:
    """A running total (``since 2012``, ``so far this year``), not a record's ``since`` nor the days of
    one outbreak (``killed since Sunday in clashes``)."""
    return any(
        not (
            m.group(0).lower() == "since"
            and (
                _SUPERLATIVE_BEFORE.search(sentence, 0, m.start()) or _SINCE_DAYS_AGO.match(sentence, m.end())
            )
        )
        for m in _CUMULATIVE.finditer(sentence)
    )


def _tolls_of_their_own(
    sentence: str,
    chosen: dict[tuple[dt.date, dt.date, str], tuple[_Hit, DateMention, float]],
    figures: list[Figure],
    dates: list[DateMention],
    second: dict[int, int],
) -> dict[tuple[dt.date, dt.date, str], tuple[_Hit, DateMention, float]]:
    """``drone strikes killed 13 civilians, and on 23 March a strike in Douna killed 14 people``: a
    toll in a clause of its own, on a day of its own, is a second killing, not a rival count of the
    first; so is one by doers of its own (``a bomb hit a convoy, after which soldiers killed 20
    people``), on the day of the act it followed unless it has a day of its own."""
    told = [h for h, _, _ in chosen.values()]
    out: dict[tuple[dt.date, dt.date, str], tuple[_Hit, DateMention, float]] = {}
    for toll in _toll_hits(sentence, figures, dates):
        if any(h.start < toll.end and toll.start < h.end for h in told):
            continue  # "protested against the killing of five herders": a trigger tells it already
        if toll.start in second:
            before = [(h, d) for h, d, _ in chosen.values() if h.end <= toll.start]
            if not before:
                continue  # the act it followed went undated: nothing to date it by
            then = max(before, key=lambda p: p[0].end)
            own = [d for d in dates if then[0].end <= d.start]
            date, distance = _dates_for(sentence, toll, own, relaxed=True)[0] if own else (None, 98.0)
            date = date if date is not None else then[1]
            if date.first is not None and date.last is not None:
                out[(date.first, date.last, f"{_group(toll)}:then")] = (toll, date, distance)
            continue
        if (cause := _protested_cause(sentence, chosen, toll)) is not None:
            # "Hundreds marched in Ségou on Saturday after soldiers shot dead three people": the deaths
            # are a killing of their own, on their own day or else before the protest (see _protested_acts)
            own = [d for d in dates if d.start >= cause[0]]
            date, distance = _dates_for(sentence, toll, own, relaxed=True)[0] if own else (None, 0.0)
            if date is None:
                date = cause[1]
            elif (
                date.kind == "weekday"
                and date.first
                and date.last
                and cause[1].last
                and date.first > cause[1].last
            ):
                # "marched on Saturday after soldiers shot … on Thursday": the Thursday before
                week = dt.timedelta(days=7)
                date = shift(date, date.first - week, date.last - week, date.precision)
            if date.first is not None and date.last is not None:
                out[(date.first, date.last, _group(toll))] = (toll, date, distance)
            continue
        if all(
            h.end <= toll.start
            # "…, killing 66 people; and on 2 January about 100 villagers died in …"
            and (
                ";" in sentence[h.end : toll.start]
                or _NEXT_CLAUSE.search(_without_asides(sentence[h.end : toll.start]))
            )
            for h in told
        ):
            own = [d for d in dates if d.start > max(h.end for h in told)]
        elif all(toll.end <= h.start and _PARALLEL_BEFORE.search(sentence, toll.end, h.start) for h in told):
            # "blamed for the killing of 28 people in Nouna on 30 December and for an attack on …"
            own = [d for d in dates if toll.end <= d.start and d.end <= min(h.start for h in told)]
        elif (first := min(h.start for h in told)) >= toll.end and (
            # "The bodies of 12 men were found on Monday …, days after they were arrested by soldiers"
            turn := _CLAUSE_TURN.search(sentence, toll.end, first)
            or _DAYS_AFTER.search(sentence, toll.end, first)
        ):
            # "On 24 May it said it had killed 40 soldiers at Dioura, and on Friday it claimed to have
            # taken a base at Sirakorola": the toll's clause, and its day, end where the next begins
            own = [d for d in dates if d.end <= turn.start()]
        else:
            continue
        date, distance = _dates_for(sentence, toll, own, relaxed=True)[0]
        if date is None or date.first is None or date.last is None:
            continue
        if any((date.first, date.last) == (k[0], k[1]) for k in chosen):
            continue
        out[(date.first, date.last, _group(toll))] = (toll, date, distance)
    return out


def _protested_cause(
    sentence: str, chosen: dict[tuple[dt.date, dt.date, str], tuple[_Hit, DateMention, float]], act: _Hit
) -> tuple[int, DateMention] | None:
    """``protested on 4 May against the killing of five herders``: where the act a protest told
    before it was about is told, and the protest's date; None when the act is no protest's cause."""
    for hit, date, _ in chosen.values():
        if hit.trigger.sub_event_type != "protests" or hit.end > act.start:
            continue
        cause = _PROTESTED_DEATHS.search(sentence, hit.start, act.start)  # "protested … against" holds it
        if cause is not None and not _CLAUSE_BREAK.search(sentence, hit.start, cause.start()):
            return cause.end(), date
    return None


def _protested_acts(
    sentence: str, chosen: dict[tuple[dt.date, dt.date, str], tuple[_Hit, DateMention, float]]
) -> dict[tuple[dt.date, dt.date, str], tuple[_Hit, DateMention, float]]:
    """An act a protest is about, dated by the protest (``marched on Saturday after soldiers shot dead
    three people``), happened before it: in the week up to its day, not on it."""
    out = {}
    for key, (hit, date, distance) in chosen.items():
        cause = _protested_cause(sentence, chosen, hit) if hit.trigger.sub_event_type != "protests" else None
        if cause is None or date.start >= cause[0] or date.first is None or date.last is None:
            out[key] = (hit, date, distance)
            continue
        before = replace(
            shift(date, date.first - dt.timedelta(days=REPORT_LAG_DAYS), date.last, max(date.precision, 2)),
            text=f"before {date.text}",
        )
        out[(before.first, before.last, key[2])] = (hit, before, distance)  # type: ignore[index]
    return out


#: Where a clause with its own time opens: ``…; the next day``, ``…, and on Friday``.
_CLAUSE_TURN = re.compile(
    r";|,\s*(?:and|but|while)\s+(?:then\s+|later\s+)?(?:on|in|by|during|the\s+next|a\s+day)\b"
)


#: ``a bomb hit a convoy, after which soldiers killed at least 20 people``, ``and soldiers then executed
#: 12 villagers``: a clause of its own, opened after the act told, with doers of its own before its verb.
_THEN_DOERS = re.compile(
    r"(?:\b(?:after\s+which|whereupon|and\s+then)\s+(?P<doers>(?:[\w’'-]+\s+){1,4})"
    r"|\band\s+(?P<then>(?:[\w’'-]+\s+){1,4})then\s+)$",
    re.I,
)


def _tolls_of_a_second_act(ctx: _Doc, index: int, hits: list[_Hit], figures: list[Figure]) -> dict[int, int]:
    """Killings told by their toll in a clause after the act, by doers the text names: an act of its
    own, not the toll of the one before (where each such toll starts: where its clause opens)."""
    sentence = ctx.document.sentences[index]
    actors = ctx.actors_in(sentence.start, sentence.end)
    found: dict[int, int] = {}
    for f in figures:
        if f.kind not in {"killed", "executed"}:
            continue
        opened = _THEN_DOERS.search(sentence.text, max(0, f.start - 60), f.start)
        if opened is None or not any(h.end <= opened.start() for h in hits):
            continue
        doers = opened.span("doers") if opened.group("doers") else opened.span("then")
        if _COMBATANTS.search(sentence.text, *doers) or any(doers[0] <= a.start < doers[1] for a in actors):
            found[f.start] = opened.start()
    return found


def _second_act_in_the_lead(
    ctx: _Doc, index: int, figures: list[Figure], second: dict[int, int]
) -> tuple[_Hit, DateMention] | None:
    """``A bomb hit a convoy near Léré, after which soldiers killed 20 people``, opening the news
    undated: the killing is the news, of the days before publication."""
    tolls = [t for t in _tolls_as_hits(ctx.document.sentences[index].text, figures) if t.start in second]
    if not tolls:
        return None
    toll = max(tolls, key=_rank)
    lead = _lead_date(ctx, index, toll)
    return (toll, lead) if lead is not None else None


def _clause_of_act(hit: _Hit, second: dict[int, int], length: int) -> tuple[int, int]:
    """The span of the clause an act is told in, in a sentence that goes on to a second act."""
    if hit.start in second:
        opens = second[hit.start]
        return opens, min([o for o in second.values() if o > opens], default=length)
    return max([o for o in second.values() if o <= hit.start], default=0), min(
        [o for o in second.values() if o >= hit.end], default=length
    )


def _toll_hits(sentence: str, figures: list[Figure], dates: list[DateMention]) -> list[_Hit]:
    """Killings a sentence reports by their toll alone, dated to the day or month."""
    if _cumulative(sentence) or not any(d.precision <= 2 for d in dates):
        return []
    return _tolls_as_hits(sentence, figures)


def _tolls_as_hits(sentence: str, figures: list[Figure]) -> list[_Hit]:
    hits = []
    for f in figures:
        if f.kind not in {"killed", "executed"} or _hypothetical(sentence, f.start):
            continue
        if f.victims == "body":
            continue  # "his body was found": the end of one taken, told of the act that took him
        if f.kind == "executed":
            kind = "executed"
        else:
            kind = "civilians" if _civilian_toll([f], sentence) else "others"
        hits.append(_Hit(_TOLL_TRIGGERS[kind], f.start, f.end, f.text))
    return hits


# --- document level ---------------------------------------------------------------------------


def extract_mentions(
    document: Document, recognition: Recognition, gazetteer: Gazetteer, actor_index: ActorIndex | None = None
) -> list[EventMention]:
    """Event mentions sentence by sentence, in document order."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in recognition.mentions:
        by_sentence.setdefault(m.sentence_index, []).append(m)
    focus = (
        gazetteer.places.get(f"country-{recognition.focus_country.lower()}")
        if recognition.focus_country
        else None
    )
    boxes = fact_boxes(document.text)
    ctx = _Doc(
        document=document,
        recognition=recognition,
        gazetteer=gazetteer,
        actor_index=actor_index or actors_mod.load(),
        line_starts=_line_starts(document.text),
        mentions_by_sentence=by_sentence,
        focus=focus,
        datelines=_datelines(document.text),
        apparatus=_apparatus_start(document.text),
        sections=_dated_sections(document),
        year_sections=dates_mod.year_headings(document.text, _body_start(document.text)),
        country_sections=_country_headings(document.text, gazetteer),
        month_sections=dates_mod.month_headings(document.text, _body_start(document.text)),
        items=dates_mod.cited_items(document.text, _body_start(document.text), document.anchor),
        title_period=_title_period(document.title),
        reporting_period=_reporting_period(document.text),
        boxes=boxes,
        described=_described_in_boxes(document, boxes),
    )
    if ctx.items:
        ctx.original = original_publication(document.text)
    for index in range(len(document.sentences)):
        ctx.found.extend(sentence_events(ctx, index))
    if listed := _items_under_a_topic(ctx) + _fact_box_events(ctx) + _followed_suit(ctx):
        ctx.found = sorted(ctx.found + listed, key=lambda m: (m.sentence_index, m.trigger_start))
        ctx.found = _without_a_table_s_caption(ctx)
    if denied := _denied_by_the_next_sentence(ctx):
        ctx.found = [m for m in ctx.found if m.sentence_index not in denied]
    _tolls_told_first(ctx)
    _credit_claims_of_responsibility(ctx)
    _the_army_attacked(ctx)
    _strikers_who_claim(ctx)
    _a_death_told_later(ctx)
    _name_national_states(ctx)
    _attacks_of_a_massacre_told(ctx.found)
    _civilians_attacked(ctx.found)
    _how_long_it_lasted(ctx)
    ctx.found = _without_totals_of_acts_told(ctx.found)
    return ctx.found


_DAYS_COUNT = r"(?:[2-9]|1[0-4]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_DAYS_WORD = re.compile(_DAYS_COUNT, re.I)
#: ``broke out … and lasted three days``, ``The fighting went on for nearly two days``, ``a three-day
#: siege``: how many days the act told went on.
_LASTED = re.compile(
    r"\b(?:lasted|went\s+on|continued|raged|dragged\s+on)\s+(?:for\s+)?(?:about\s+|nearly\s+|almost\s+"
    rf"|some\s+|more\s+than\s+|over\s+)?{_DAYS_COUNT}\s+days\b"
    rf"|\b{_DAYS_COUNT}-day\s+(?:[\w-]+\s+)?(?:battle|siege|assault|offensive|fighting|clashes|attack|operation"
    r"|raid|standoff|stand-off|blockade|hostage\s+crisis)\b",
    re.I,
)
#: ``The fighting lasted three days``: a sentence after the act telling how long "it" went on.
_IT_LASTED = re.compile(
    r"\W*(?:The\s+(?:fighting|clashes|battle|attack|assault|siege|offensive|operation|raid|standoff|violence)"
    r"|Fighting|Clashes|It)\b[^.;]{0,60}?$",
)


def _how_long_it_lasted(ctx: _Doc) -> None:
    """An act told on one day that the text says went on for days (``broke out around Ogossagou on 3
    December and lasted three days``, or the next sentence: ``The fighting lasted three days``) spans
    them, from the day told: its last day is as sure as its first."""
    sentences = ctx.document.sentences
    for event in ctx.found:
        if (
            event.precision != 1
            or event.first != event.last
            or not _violent(event.event_type, event.sub_event_type)
        ):
            continue
        s = sentences[event.sentence_index]
        own = s.text[max(0, event.trigger_start - s.start - 20) :]
        lasted = _LASTED.search(own.split(";", 1)[0])
        if lasted is None and event.sentence_index + 1 < len(sentences):
            after = sentences[event.sentence_index + 1].text
            told = _LASTED.search(after)
            if (
                told is not None
                and _IT_LASTED.match(after[: told.start()])
                and not _own_dates(ctx, event.sentence_index + 1)
            ):
                lasted = told
                later = sentences[event.sentence_index + 1]
                event.extra_sources.append((later.start, later.end, later.text))
        count = _DAYS_WORD.search(lasted.group(0)) if lasted is not None else None
        if count is None:
            continue
        word = count.group(0).lower()
        days = int(word) if word.isdigit() else dates_mod.NUMBER_WORDS.get(word, 1)
        event.last = event.first + dt.timedelta(days=days - 1)


def _civilians_attacked(found: list[EventMention]) -> None:
    """``militiamen attacked the hamlet of Sogoba``, an attack on civilians by what was hit rather than
    by whom the text names: the side attacked is the civilians, as for one told by its victims."""
    for m in found:
        if (m.event_type, m.sub_event_type) == ("atrocity", "attack on civilians") and not m.actor2:
            m.actor2 = "Civilians"


def _without_a_table_s_caption(ctx: _Doc) -> list[EventMention]:
    """``# Attacks on schools in central Mali, 2023`` over a table of them: the rows are the acts, and
    the title that sums them up over the span they fall in is no act of its own."""
    doc = ctx.document
    if not doc.sentences or doc.sentences[0].end > _body_start(doc.text):
        return ctx.found
    tables = [(b.start, b.end) for b in ctx.boxes if b.opens is not None and b.describes_an_event]
    rows = [m for m in ctx.found if any(a <= m.char_start < b for a, b in tables)]
    return [
        m
        for m in ctx.found
        if not (
            m.sentence_index == 0
            and not m.claims
            and m.precision > 1
            and m.trigger.lower().endswith("s")
            and sum(m.first <= r.first and r.last <= m.last for r in rows) >= 2
        )
    ]


def _hold_toll(ctx: _Doc, index: int, figures: list[Figure]) -> None:
    """A lead's toll told before the act it counts (``the government confirmed that 69 people … had
    been killed``), kept for the act told next."""
    s = ctx.document.sentences[index]
    body = _body_start(ctx.document.text)
    # a count, not a headline's "Hundreds killed" nor "killed thousands of terrorists" over years
    if 0 <= s.start - body <= LEAD_CHARS and any(
        f.kind in DEATH_KINDS and f.best is not None for f in figures
    ):
        ctx.held_tolls.append((index, figures))


#: How many sentences after a lead's toll the act it counts may be told.
TOLL_TOLD_FIRST_SENTENCES = 6


def _tolls_told_first(ctx: _Doc) -> None:
    """``Niger mourned after the government confirmed that 69 people … had been killed. … What happened
    on 2 November? ¶ … a group of 84 men … was ambushed``: the toll is the act's, the first violent
    one told after it, if no other toll has been given for it."""
    for index, figures in ctx.held_tolls:
        target = next((m for m in ctx.found if m.sentence_index > index), None)
        if (
            target is None
            or target.sentence_index > index + TOLL_TOLD_FIRST_SENTENCES
            or not _violent(target.event_type, target.sub_event_type)
            or any(c.kind in DEATH_KINDS for c in target.claims)
        ):
            continue  # the next act told is not one that killed, or has a toll of its own
        target.claims.extend(_claims(ctx, index, figures))
        s = ctx.document.sentences[index]
        target.extra_sources.append((s.start, s.end, s.text))
        _on_civilians(ctx, target, figures, s.text, target.paragraph)


#: How many sentences after a massacre's summary the attacks that make it up may be told.
DETAIL_SENTENCES = 3


def _attacks_of_a_massacre_told(found: list[EventMention]) -> None:
    """``Gunmen killed about 100 people in two villages on Saturday. The attackers struck Tchoma Bangou
    and Zaroumdareye … on 2 January``: the attacks, dated as the killing was and placed closer, are
    its parts; each village's attack is an attack on civilians, not a bare attack."""
    for m in found:
        if (m.event_type, m.sub_event_type) != ("other", "attack") or m.actor2 not in {"", "Civilians"}:
            continue  # "a detachment … was ambushed": an attack on forces, whatever came before
        # "… attacked four villages in the Bankass cercle on Wednesday, killing 32. The assailants
        # struck Gouari, Djimdo … at the same time": the same attackers' attack retold, unplaced
        retold = bool(_THE_ATTACKERS.match(m.quote))
        # "drones struck the market of Inadiatafane, a village in the Timbuktu region": a place of its
        # own, though no closer than its region
        placed = m.geo_precision < 3 or (m.place is not None and m.place.origin == "text")
        if not placed and not retold:
            continue
        summary = next(
            (
                a
                for a in found
                if a.event_type == "atrocity"
                and (a.geo_precision == 3 or (retold and (m.geo_precision == 3 or _same_place_id(a, m))))
                and 0 < m.sentence_index - a.sentence_index <= DETAIL_SENTENCES
                # "strikes that killed eight civilians … last month. … drones struck … on 21 October"
                and (
                    (a.first, a.last) == (m.first, m.last)
                    or (a.precision == 2 and a.first <= m.first <= a.last)
                )
                and (a.place is None or m.place is None or a.place.country_code == m.place.country_code)
            ),
            None,
        )
        if summary is not None:
            m.event_type, m.sub_event_type = "atrocity", "attack on civilians"


#: ``killed more than 40 Tuareg civilians in two attacks on nomad camps``: one figure for several acts.
_IN_SEVERAL_ACTS = re.compile(
    rf"\b(?:in|during)\s+(?P<n>{_SEVERAL})\s+(?:separate\s+|distinct\s+|(?:[\w-]+\s+)?)?{_ACTS}\b", re.I
)
#: How many sentences after a total the acts it sums may be told.
PARTS_SENTENCES = 6


def _without_totals_of_acts_told(found: list[EventMention]) -> list[EventMention]:
    """A total over several acts (``killed more than 40 civilians in two attacks``) that the story then
    tells one by one, each on its day with its toll, adds nothing but a figure no single act had: the
    acts stand, the total goes (it would otherwise swell whichever act it merged into). So does a
    toll over more than a month (``executed at least 22 civilians … in January and February``) that
    the story goes on to tell in two or more acts on their days."""
    out = []
    for m in found:
        several = _IN_SEVERAL_ACTS.search(m.quote) if m.claims and " in" in m.quote else None
        over_months = (
            bool(m.claims) and (m.last - m.first).days > 31 and _violent(m.event_type, m.sub_event_type)
        )
        if (several is not None or over_months) and m.first is not None and m.last is not None:
            n, _ = casualties.parse_number(several["n"]) if several is not None else (2, 2)
            parts = [
                a
                for a in found
                if a is not m
                and 0 < a.sentence_index - m.sentence_index <= PARTS_SENTENCES
                and _violent(a.event_type, a.sub_event_type)
                and a.first is not None
                and a.last is not None
                and m.first <= a.first
                and a.last <= m.last
                and a.last - a.first < m.last - m.first
                and (several is not None or a.precision == 1)
            ]
            if n is not None and len({(a.first, a.last) for a in parts}) >= n:
                if several is not None:
                    # "Gunmen … killed … civilians in two attacks": who struck whom in each
                    for a in parts:
                        a.actor1 = a.actor1 or m.actor1
                        a.actor2 = a.actor2 or m.actor2
                continue
        out.append(m)
    return out


def _same_place_id(a: EventMention, b: EventMention) -> bool:
    return a.place is not None and b.place is not None and a.place.place_id == b.place.place_id


#: A sentence opening on the attackers just told: ``The assailants``, ``They``.
_THE_ATTACKERS = re.compile(
    r"\s*(?:(?:The|These|Those)\s+(?:assailants|attackers|gunmen|raiders|militants|jihadists|armed\s+men)\b|They\b)"
)


_STATE_NAME = r"(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?"
#: ``Burkina Faso and Niger followed on 2 December 2023``: others doing what was just told.
_FOLLOWED = re.compile(
    rf"\b(?P<who>{_STATE_NAME}(?:\s*,\s*{_STATE_NAME})*(?:\s*,?\s+and\s+{_STATE_NAME})?)\s+"
    r"(?:later\s+|soon\s+|then\s+)?followed(?:\s+suit)?\b(?!\s+(?:by|the|a|an|his|her|its|their)\b)"
)
#: Acts of states that others follow: leaving a bloc, cutting ties, sanctions, expulsions.
_FOLLOWED_ACTS = frozenset(
    {
        "withdrawal from a bloc",
        "diplomatic rupture",
        "sanctions",
        "expulsion",
        "suspension",
        "sanctions lifted",
    }
)


def _followed_suit(ctx: _Doc) -> list[EventMention]:
    """``Mali had already quit the G5 Sahel in May 2022; Burkina Faso and Niger followed on 2 December
    2023``: each state that followed did the same, on its own day."""
    out: list[EventMention] = []
    sentences = ctx.document.sentences
    for index, s in enumerate(sentences):
        if "followed" not in s.text:
            continue
        for m in _FOLLOWED.finditer(s.text):
            model = next(
                (
                    f
                    for f in reversed(ctx.found)
                    if f.sentence_index in {index, index - 1}
                    and f.sub_event_type in _FOLLOWED_ACTS
                    and f.trigger_start < s.start + m.start()
                ),
                None,
            )
            if model is None:
                continue
            date = next(
                (d for d in _own_dates(ctx, index) if d.start >= m.end() and d.first is not None), None
            )
            if date is None or date.last is None or _words_between(s.text[m.end() : date.start]) > 2:
                continue
            date = _in_narrative_year(ctx, index, date)
            first, last = date.first, date.last
            if first is None or last is None:
                continue
            countries = [
                mention
                for mention in ctx.mentions_by_sentence.get(index, [])
                if mention.place.feature == "country"
                and m.start("who") <= mention.start - s.start < m.end("who")
            ]
            for mention in countries:
                out.append(
                    replace(
                        model,
                        sentence_index=index,
                        paragraph=ctx.paragraph_of(s.start),
                        char_start=s.start,
                        char_end=s.end,
                        quote=s.text,
                        trigger=m.group(0)[m.end("who") - m.start() :].strip(),
                        trigger_start=s.start + m.end("who"),
                        first=first,
                        last=_by_the_writing(ctx.document, first, last),
                        precision=date.precision,
                        place=mention.place,
                        geo_precision=3,
                        actor1=actors_mod.NATIONAL_GOVERNMENT,
                        actor2="",
                        claims=[],
                        date_text=date.text,
                        carried=False,
                        extra_sources=[],
                        listed=True,
                    )
                )
    return out


#: ``attacks on army positions``, ``ambushed a military convoy``: the act's object is the army's.
_ARMY_UNIT = (
    r"(?:(?:army|military|gendarmerie)\s+(?:positions?|posts?|outposts?|camps?|bases?|barracks|garrisons?"
    r"|checkpoints?|convoys?|patrols?|units?|detachments?|brigades?|stations?"
    # "the gendarmerie school and the military airport in Bamako"
    r"|schools?|academ(?:y|ies)|airports?|air\s+bases?|airfields?)"
    # "attack the garrison at Ménaka": soldiers' quarters however unnamed their owner
    r"|garrisons?|barracks)\b"
)
#: ``on a``, ``against two``: what leads from an act to the unit it struck.
_UNIT_OBJECT = r"\s+(?:(?:on|against)\s+)?(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?"
_ARMY_OBJECT = re.compile(rf"{_UNIT_OBJECT}{_ARMY_UNIT}", re.I)
_ARMY_TARGET = re.compile(rf"\b{_ARMY_UNIT}", re.I)
#: ``an army patrol sent to the area was ambushed``: the army's unit told as the passive's subject.
_ARMY_SUBJECT = re.compile(
    rf"\b(?:{_ARMY_UNIT}|soldiers\b|troops\b|gendarmes\b)[^.;:]{{0,40}}?\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+$",
    re.I,
)
_ARMY_WORD_BEFORE = re.compile(r"\b(?:army|military|gendarmerie)\s+$", re.I)
#: ``an ambush … that killed several soldiers``: soldiers among the dead, in no figure.
_KILLED_SOLDIERS = re.compile(
    r"\b(?:kill(?:ed|ing)|wound(?:ed|ing))\s+(?:several|many|some|numerous|a\s+few|a\s+number\s+of"
    r"|dozens\s+of|scores\s+of)\s+(?:soldiers|troops|servicemen|gendarmes)\b",
    re.I,
)
#: The dead or wounded were soldiers, of no force the words name (not ``Chadian soldiers``).
_UNNAMED_SOLDIERS = re.compile(
    r"(?:(?-i:[a-z][\w-]*)\s+)*(?:soldiers?|troops|servicem[ae]n|gendarmes?)", re.I
)


#: ``attacked a police station``, ``ambushed a police patrol``: the act's object is the police's.
_POLICE_UNIT = (
    r"(?:police\s+(?:stations?|posts?|outposts?|checkpoints?|convoys?|patrols?|units?|vehicles?|headquarters)"
    r"|commissariats?)\b"
)
_POLICE_OBJECT = re.compile(rf"{_UNIT_OBJECT}(?:[\w-]+\s+)?{_POLICE_UNIT}", re.I)
#: Dead or wounded who were police: ``two policemen``, ``three police officers``.
_UNNAMED_POLICE = re.compile(
    r"(?:(?-i:[a-z][\w-]*)\s+)*(?:policem[ae]n|police\s+(?:officers?|agents?))", re.I
)

#: ``soldiers and civilians``: each of the peoples a figure counts.
_AND = re.compile(r"\s+and\s+")


def _the_army_attacked(ctx: _Doc) -> None:
    """An attack that names no victim but hits an army post or kills soldiers (``54 soldiers had
    been killed in … attacks on army positions``, ``an army patrol was ambushed``) is on the army of
    the country it happened in; one on a police station, or that kills policemen, on its police."""
    index = ctx.actor_index
    for i, m in enumerate(ctx.found):
        if (m.event_type, m.sub_event_type) != ("other", "attack") or index.of_a_state(m.actor1):
            continue  # "National army" is a state's too
        if m.actor2 not in {"", "Civilians"} and m.actor2 not in index.militias:
            continue  # "killed 63 soldiers and members of the VDP": the army, with its auxiliaries
        # "53 soldiers and a civilian", "civilians and soldiers": soldiers among the dead; "90 soldiers
        # and about 50 civilians died" at a market, not "49 civilians and 15 soldiers" on a passenger
        # boat: soldiers first, where civilians were thought the ones attacked
        parts = [_AND.split(c.victims or "") for c in m.claims if c.kind in {"killed", "wounded"}]
        at = m.trigger_start - m.char_start
        # "the attack against the military camp in Sévaré, in which 10 civilians died": what was hit
        on_a_post = _ARMY_OBJECT.match(m.quote, at + len(m.trigger)) is not None
        if m.actor2 and not on_a_post and not any(_UNNAMED_SOLDIERS.fullmatch(told[0]) for told in parts):
            continue
        soldiers = any(_UNNAMED_SOLDIERS.fullmatch(part) for told in parts for part in told)
        if not soldiers and (
            any(_UNNAMED_POLICE.fullmatch(part) for told in parts for part in told)
            or _POLICE_OBJECT.match(m.quote, at + len(m.trigger))
        ):
            ctx.found[i] = replace(m, actor2=actors_mod.NATIONAL_POLICE)  # "attacked a police station"
        elif (
            soldiers
            or on_a_post
            or _ARMY_TARGET.search(m.trigger)  # "raided a gendarmerie post"
            or _ARMY_SUBJECT.search(m.quote, max(0, at - 60), at)
            # "an army camp in Bamba was hit": the act told from the unit on, its owner just before it
            or (
                (owner := _ARMY_WORD_BEFORE.search(m.quote, max(0, at - 14), at)) is not None
                and _ARMY_TARGET.match(m.quote, owner.start())
            )
            or (not m.actor2 and _KILLED_SOLDIERS.search(m.quote, at + len(m.trigger)))
        ):
            ctx.found[i] = replace(m, actor2=_whose_soldiers(ctx, m) or actors_mod.NATIONAL_ARMY)


#: ``a drone struck a vehicle``, ``an air strike hit a wedding``: a strike from the air.
_FROM_THE_AIR = re.compile(
    r"\b(?:drones?|air\s*strikes?|air\s+raids?|aerial|warplanes?|jets|helicopters?|aircraft)\b", re.I
)


def _strikers_who_claim(ctx: _Doc) -> None:
    """A strike from the air that names no striker (``a drone struck a vehicle near Niono``) is the
    army's that says it ``neutralised`` those it killed: an army tells of its own strikes so. In an
    army's own communiqué, every strike it names no striker for is its own."""
    index = ctx.actor_index
    issuer = ctx.issuer()
    own = issuer if issuer in index.armed and index.of_a_state(issuer) else ""
    for i, m in enumerate(ctx.found):
        if m.actor1 or m.event_type not in {"other", "atrocity"}:
            continue
        at = m.trigger_start - m.char_start
        aerial = _FROM_THE_AIR.search(m.quote, max(0, at - 30), at + len(m.trigger) + 20) is not None
        if not aerial and not _A_STRIKE.search(m.quote, 0, at + len(m.trigger)):
            continue
        armies = {
            c.claimant
            for c in m.claims
            if aerial
            and c.kind == "killed"
            and NEUTRALISED.search(c.quote)
            and c.claimant in index.armed
            and index.of_a_state(c.claimant)
            and c.claimant != m.actor2
        }
        if len(armies) == 1:
            ctx.found[i] = replace(m, actor1=armies.pop())
        elif not armies and aerial and own and m.actor2 != own:
            ctx.found[i] = replace(m, actor1=own)
        elif not armies and (owned := _strike_owned(ctx, m)) is not None:
            # "a strike there killed seven people at a funeral. The army said it had struck a gathering"
            army, said = owned
            ctx.found[i] = replace(
                m, actor1=army, extra_sources=[*m.extra_sources, (said.start, said.end, said.text)]
            )


#: ``a strike there``, ``shelled the village``: an act from afar, whoever made it.
_A_STRIKE = re.compile(r"\b(?:air\s*|drone\s+)?strikes?\b|\bbomb(?:ed|ing|s)?\b|\bshell(?:ed|ing)\b", re.I)
#: ``The army said it had struck "a terrorist gathering"``: a state force owning a strike.
_SAID_IT_STRUCK = re.compile(
    r"\s+(?:said|says|confirmed|acknowledged|admitted|announced|stated)\s+(?:that\s+)?"
    r"(?:it|its\s+(?:forces|aircraft|drones?|air\s+force))\s+(?:had\s+|has\s+)?"
    r"(?:struck|targeted|hit|bombed|carried\s+out\s+(?:an?|the)\s+(?:[\w-]+\s+)?strikes?)\b",
    re.I,
)


def _strike_owned(ctx: _Doc, m: EventMention) -> tuple[str, Sentence] | None:
    """The state force that, in the sentence after a strike with no striker, says it struck."""
    index = ctx.actor_index
    sentences = ctx.document.sentences
    if m.sentence_index + 1 >= len(sentences):
        return None
    after = sentences[m.sentence_index + 1]
    if ctx.paragraph_of(after.start) != m.paragraph or " it" not in after.text:
        return None
    for a in ctx.actors_in(after.start, after.end):
        if (
            a.actor.name in index.armed
            and index.of_a_state(a.actor.name)
            and a.actor.name != m.actor2
            and _SAID_IT_STRUCK.match(after.text, a.end)
        ):
            return a.actor.name, after
    return None


#: ``he died after a drone strike``, ``she was killed in an air strike``: the act a death came from,
#: told of the one who died.
_HIS_DEATH_IN = re.compile(
    r"\b(?:he|she)\s+(?:had\s+)?(?:died|was\s+killed|perished)\s+(?:[\w-]+\s+){0,2}?(?:after|in|during|from)\b",
    re.I,
)
#: How long before its announcement a death's act may have been.
DEATH_TOLD_DAYS = 366


def _a_death_told_later(ctx: _Doc) -> None:
    """``X, the leader of …, has been killed by French forces, Macron announced on Wednesday`` …
    ``he died after a drone strike in August in the Ménaka region``: the death announced and the
    act it came from, told later of the one who died, are one act, on that act's day and at its
    place, by who the news said killed him."""
    found = ctx.found
    for lead in list(found):
        if lead not in found or not _violent(lead.event_type, lead.sub_event_type):
            continue
        if not any(c.kind == "killed" and c.best == 1 for c in lead.claims):
            continue
        for later in found[found.index(lead) + 1 :]:
            s = ctx.document.sentences[later.sentence_index]
            if (
                later.event_type != lead.event_type
                or not _HIS_DEATH_IN.search(s.text, 0, later.trigger_start - s.start)
                or later.first > lead.last
                or (lead.last - later.first).days > DEATH_TOLD_DAYS
                or any(c.kind == "killed" for c in later.claims)
            ):
                continue
            lead.first, lead.last, lead.precision, lead.date_text = (
                later.first,
                min(later.last, lead.last),
                later.precision,
                later.date_text,
            )
            if later.place is not None and (lead.place is None or later.geo_precision <= lead.geo_precision):
                lead.place, lead.geo_precision, lead.named_place = (
                    later.place,
                    later.geo_precision,
                    later.named_place,
                )
            lead.actor1, lead.actor2 = lead.actor1 or later.actor1, lead.actor2 or later.actor2
            lead.extra_sources.append((s.start, s.end, s.text))
            found.remove(later)
            break


#: ``Chad lost 26 soldiers``: whose dead they were.
_LOST = re.compile(r"\s+(?:had\s+|has\s+)?(?:already\s+)?lost\b")


def _whose_soldiers(ctx: _Doc, m: EventMention) -> str:
    """The army of a country the sentence says lost the soldiers, if it names one."""
    for place in ctx.mentions_by_sentence.get(m.sentence_index, []):
        if place.place.feature == "country" and _LOST.match(ctx.document.text, place.end):
            return ctx.actor_index.army_of(place.place.country_code, place.place.name)
    return ""


def _name_national_states(ctx: _Doc) -> None:
    """``The army retook Anefis``, ``the government expelled``: the army or government of the
    country the event happened in, or of the country the piece is about when it has no place."""
    index = ctx.actor_index
    for unnamed, name_of in (
        (actors_mod.NATIONAL_ARMY, index.army_of),
        (actors_mod.NATIONAL_GOVERNMENT, index.government_of),
        (actors_mod.NATIONAL_POLICE, index.police_of),
        # "In Burkina Faso the junta said …": the military rulers there
        (actors_mod.NATIONAL_JUNTA, index.junta_of),
        *((unnamed, index.ministry_of(unnamed)) for unnamed in actors_mod.NATIONAL_MINISTRIES),
    ):
        for i, m in enumerate(ctx.found):
            claimed = any(c.claimant == unnamed for c in m.claims)
            if unnamed not in {m.actor1, m.actor2} and not claimed:
                continue
            country = m.place.country_code if m.place is not None else ""
            country_place = ctx.gazetteer.places.get(f"country-{country.lower()}") if country else ctx.focus
            named = (
                name_of(country_place.country_code, country_place.name) if country_place else name_of("", "")
            )
            actor1 = named if m.actor1 == unnamed else m.actor1
            actor2 = named if m.actor2 == unnamed else m.actor2
            ctx.found[i] = replace(
                m,
                actor1=actor1,
                actor2="" if actor2 == actor1 else actor2,
                claims=[replace(c, claimant=named) if c.claimant == unnamed else c for c in m.claims]
                if claimed
                else m.claims,
            )


#: ``Your correspondent writes that a massacre took place in Boni. I know of no such killing``.
_NO_SUCH = re.compile(
    r"\b(?:(?:know|knows|heard|found|saw|see|is|was|were|been)\s+(?:of\s+)?no\s+such|no\s+such\s+(?:[\w-]+\s+)?"
    r"(?:took\s+place|happened|occurred))\b|\b(?:never|did\s+not|didn['’]t)\s+(?:happen|take\s+place|occur)\b",
    re.I,
)
_NO_SUCH_WORDS = ("such", "never", "not", "n't", "n’t")  # one of them is in every sentence it matches


def _denied_by_the_next_sentence(ctx: _Doc) -> set[int]:
    """Sentences whose events the next sentence of the paragraph says never happened."""
    sentences = ctx.document.sentences
    nexts = {m.sentence_index + 1 for m in ctx.found if m.sentence_index + 1 < len(sentences)}
    return {
        i - 1
        for i in nexts
        if any(word in sentences[i].text for word in _NO_SUCH_WORDS)
        and _NO_SUCH.search(sentences[i].text)
        and ctx.paragraph_of(sentences[i].start) == ctx.paragraph_of(sentences[i - 1].start)
    }


#: ``- Kidal – 13 October 2021``: a list item that holds a place and its date and nothing else.
_ITEM_MARK = re.compile(r"[-*•▪◦‣⁃]\s+|\d{1,3}[.)]\s+")
_ITEM_SEPARATOR = re.compile(r"\s*(?:[–—:|,]|\s-)\s*")
_ITEM_END = re.compile(r"\s*(?:\([^()]*\))?[.;]?\s*")
#: A line that heads a section (``French forces (Barkhane)``): short, and no sentence.
_HEADING_LINE = re.compile(r"[^.!?]{1,60}")


def _items_under_a_topic(ctx: _Doc) -> list[EventMention]:
    """``List of military bases handed over by foreign forces`` … ``- Gossi – 19 April 2022``:
    in a list of places and dates, each item is an event of the kind the title or the sentence
    before the list tells, by the party its section heading names."""
    doc = ctx.document
    out: list[EventMention] = []
    items = {i: item for i in range(len(doc.sentences)) if (item := _place_date_item(ctx, i)) is not None}
    if not items:
        return out
    topic: tuple[int, _Hit] | None = None
    heading: int | None = None
    listing = False
    for index, s in enumerate(doc.sentences):
        item = items.get(index)
        if item is None:
            gates = ctx.gates.get(index)
            hits = [
                h
                for h in trigger_hits(s.text, gates.triggers if gates is not None else None)
                if not _hypothetical(s.text, h.start)
            ]
            if hits and not listing:
                topic, heading = (index, max(hits, key=_rank)), None
            elif (
                _HEADING_LINE.fullmatch(s.text)
                and not _ITEM_MARK.match(s.text)
                and ctx.line_starts[ctx.paragraph_of(s.start)] == s.start
            ):
                heading = index
            elif listing and not _ITEM_MARK.match(s.text):
                topic, heading, listing = None, None, False  # prose after the list ends it
            continue
        if topic is None:
            continue
        listing = True
        place_mention, date = item
        topic_index, hit = topic
        event_type, sub = hit.trigger.event_type, hit.trigger.sub_event_type
        topic_sentence = doc.sentences[topic_index]
        actor1, actor2 = _actor_roles(
            event_type, sub, ctx.actors_in(topic_sentence.start, topic_sentence.end), topic_sentence.text
        )
        if heading is not None:
            h = doc.sentences[heading]
            actor1 = _actor_roles(event_type, sub, ctx.actors_in(h.start, h.end), h.text)[0] or actor1
        place = _event_place(ctx, event_type, place_mention.place)
        out.append(
            EventMention(
                doc_id=doc.doc_id,
                sentence_index=index,
                paragraph=ctx.paragraph_of(s.start),
                char_start=s.start,
                char_end=s.end,
                quote=s.text,
                event_type=event_type,
                sub_event_type=sub,
                trigger=hit.text,
                trigger_start=s.start,
                first=date.first,  # type: ignore[arg-type]
                last=_by_the_writing(doc, date.first, date.last),  # type: ignore[arg-type]
                precision=date.precision,
                place=place,
                geo_precision=place.geo_precision,
                actor1=actor1,
                actor2=actor2 if actor2 != actor1 else "",
                confidence=_confidence(hit.trigger.weight, date, place.geo_precision, 0.8, False),
                date_text=date.text,
                extra_sources=[(topic_sentence.start, topic_sentence.end, topic_sentence.text)],
            )
        )
    return out


def _place_date_item(ctx: _Doc, index: int) -> tuple[Mention, DateMention] | None:
    s = ctx.document.sentences[index]
    mark = _ITEM_MARK.match(s.text)
    if mark is None or not any(ch.isdigit() for ch in s.text[mark.end() :]):
        return None
    places = [m for m in ctx.mentions_by_sentence.get(index, []) if m.start - s.start == mark.end()]
    if not places or not places[0].place.has_coordinates:
        return None
    place = places[0]
    separator = _ITEM_SEPARATOR.match(s.text, place.end - s.start)
    if separator is None:
        return None
    for date in _own_dates(ctx, index):
        if (
            date.start == separator.end()
            and date.first is not None
            and date.relative is None
            and _ITEM_END.fullmatch(s.text, date.end)
        ):
            return place, date
    return None


_FIELD_KINDS = {"killed": "killed", "casualties": "killed", "wounded": "wounded"}
#: a ``Casualties:`` field is a death toll only when it says so (it often counts the wounded and
#: the captured with the dead)
_DEATHS_SAID = re.compile(r"\b(?:killed|dead|deaths?|died|fatalities)\b", re.I)


#: How far below the title (in characters: a dateline, a byline) a box the title heads may start.
BOX_UNDER_TITLE = 120


def _fact_box_events(ctx: _Doc) -> list[EventMention]:
    """``Battle of Tinzaouaten`` over ``Date: 25–27 July 2024`` / ``Location: Tinzaouaten`` /
    ``Result: …``: an event box makes one event of the kind its heading (or its ``Type:``
    field) names, dated and placed by its fields, with the toll and the perpetrator they give."""
    doc = ctx.document
    out: list[EventMention] = []
    starts = [s.start for s in doc.sentences]
    for box in ctx.boxes:
        date_field, place_field = box.first("date"), box.first("place")
        if not box.describes_an_event or date_field is None or place_field is None:
            continue
        heading = _sentence_at(starts, box.start if box.opens is None else box.opens) - 1
        sources = (
            [doc.sentences[heading]]
            if heading >= 0 and _HEADING_LINE.fullmatch(doc.sentences[heading].text)
            else []
        )
        # (the sentence whose actors count, where the text looked in starts, the text)
        named_in = [(s, s.start, s.text) for s in sources]
        # the description's own words first: they name who did it ("abducted by unidentified armed men")
        described = _box_sentences(doc, box, "description")
        named_in += [(doc.sentences[j], doc.sentences[j].start, doc.sentences[j].text) for j in described]
        if (kind := box.first("kind")) is not None:
            named_in.append((doc.sentences[_sentence_at(starts, kind.start)], kind.start, kind.value))
        hits = _box_hits(named_in, box.start)
        if (
            not hits
            and box.opens is not None
            and doc.sentences
            and doc.sentences[0].end < _body_start(doc.text)
        ):
            # "Major attacks on civilians in central Mali, 2019–2020" over a table of them
            title = doc.sentences[0]
            sources, hits = [title], _box_hits([(title, title.start, title.text)], title.start)
        if (
            not hits
            and box.opens is None
            and doc.sentences
            and doc.sentences[0].end < box.start <= doc.sentences[0].end + BOX_UNDER_TITLE
            and _HEADING_LINE.fullmatch(doc.sentences[0].text)
        ):
            # "Drone strike kills 8 at Amasrakad wedding: what we know" over a dateline, then "• Where: …"
            title = doc.sentences[0]
            sources, hits = [title], _box_hits([(title, title.start, title.text)], title.start)
        if not hits:
            continue
        sentence, at, hit = max(hits, key=lambda found: _rank(found[2]))
        index = _sentence_at(starts, date_field.start)
        offset = date_field.start - doc.sentences[index].start
        date = next(
            (
                d
                for d in _own_dates(ctx, index)
                if offset <= d.start < offset + len(date_field.value)
                and d.relative is None
                and d.first is not None
            ),
            None,
        )
        place_index = _sentence_at(starts, place_field.start)
        place_mention = next(
            (
                m
                for m in ctx.mentions_by_sentence.get(place_index, [])
                if place_field.start <= m.start < place_field.end and m.place.has_coordinates
            ),
            None,
        )
        event_type, sub = hit.trigger.event_type, hit.trigger.sub_event_type
        on_civilians = (event_type, sub) == ("other", "attack") and _civilians_killed_in_box(
            doc, box, described
        )
        if on_civilians:
            event_type, sub = "atrocity", "attack on civilians"  # "Four passengers were killed"
        named_place = ""
        if (
            place_mention is None
            and box.opens is not None
            and ctx.focus is not None
            and (event_type in {"atrocity", "base_handover"} or sub in _PHYSICAL_OTHER)
        ):
            # "| Djimdo and Gouari |": a row's villages no table holds, where violence was done, named on
            # the country (a resolution passed in New York was not)
            named_place = place_field.value if place_field.value[:1].isupper() else ""
        if date is None or (place_mention is None and not named_place):
            continue
        date = _in_narrative_year(ctx, index, date)
        actor1, actor2 = _actor_roles(
            event_type, sub, ctx.actors_in(sentence.start, sentence.end), sentence.text
        )
        if (perpetrator := box.first("perpetrator")) is not None:
            named = ctx.actors_in(perpetrator.start, perpetrator.end)
            actor1 = named[0].actor.name if named else actor1
        if (target := box.first("target")) is not None:
            named = ctx.actors_in(target.start, target.end)
            actor2 = named[0].actor.name if named and named[0].actor.name != actor1 else actor2
        if on_civilians and not actor2:
            actor2 = "Civilians"
        if place_mention is not None:
            place = _event_place(ctx, event_type, place_mention.place)
        else:
            assert ctx.focus is not None
            place = replace(ctx.focus, geo_precision=3)
        start, end = box.start, box.end
        if box.opens is not None:
            # a table's row is quoted as the sentences it was read as, which its own acts quote too
            row = [s for s in doc.sentences if box.start <= s.start < box.end and s.text.strip(" |")]
            start, end = (row[0].start, row[-1].end) if row else (start, end)
        box_text = doc.text[start:end].strip()
        out.append(
            EventMention(
                doc_id=doc.doc_id,
                sentence_index=index,
                paragraph=ctx.paragraph_of(start),
                char_start=start,
                char_end=start + len(box_text),
                quote=box_text,
                event_type=event_type,
                sub_event_type=sub,
                trigger=hit.text,
                trigger_start=at + hit.start,
                first=date.first,  # type: ignore[arg-type]
                last=_by_the_writing(doc, date.first, date.last),  # type: ignore[arg-type]
                precision=date.precision,
                place=place,
                geo_precision=place.geo_precision,
                actor1=actor1,
                actor2=actor2 if actor2 != actor1 else "",
                claims=_box_claims(ctx, box, _the_document_s_voice(ctx))
                + [c for j in described for c in _claims(ctx, j, find_figures(doc.sentences[j].text))],
                confidence=_confidence(hit.trigger.weight, date, place.geo_precision, 0.9, False),
                date_text=date.text,
                extra_sources=[(s.start, s.end, s.text) for s in sources],
                named_place=named_place,
            )
        )
    return out


def _civilians_killed_in_box(document: Document, box: FactBox, described: list[int]) -> bool:
    """The box counts civilians among the dead: in a toll field (``Deaths: 11 civilians``) or in its
    description (``A minibus struck a device. Four passengers were killed.``)."""
    if any(f.role == "killed" and _CIVILIAN_VICTIMS.search(f.value) for f in box.fields):
        return not any(f.role == "killed" and _FORCES_DEAD.search(f.value) for f in box.fields)
    texts = [document.sentences[j].text for j in described]
    return any(_civilian_toll(find_figures(text), text) for text in texts)


def _box_sentences(document: Document, box: FactBox, role: str) -> list[int]:
    """The sentences the box's fields of ``role`` were read as."""
    fields = [f for f in box.fields if f.role == role]
    return [
        j
        for j, s in enumerate(document.sentences)
        if any(f.start <= s.start < f.end or s.start <= f.start < s.end for f in fields)
    ]


def _described_in_boxes(document: Document, boxes: list[FactBox]) -> frozenset[int]:
    """The sentences of the ``Description:`` of every box that describes an event."""
    return frozenset(
        j for box in boxes if box.describes_an_event for j in _box_sentences(document, box, "description")
    )


def _box_hits(named_in: list[tuple[Sentence, int, str]], own_from: int) -> list[tuple[Sentence, int, _Hit]]:
    """The acts a box's heading, description or kind (or a table's title) names, typed as the words
    around them say (``attacks on civilians``); where the box's own lines (from ``own_from`` on) name no
    act, the deaths they tell are one (``| A teacher was shot dead in front of pupils |``)."""
    named = [
        (sentence, at, _refined(h, text, []))
        for sentence, at, text in named_in
        for h in trigger_hits(text)
        if not _hypothetical(text, h.start)
    ]
    if any(at >= own_from for _, at, _ in named):
        return named
    return named + [
        (sentence, at, hit)
        for sentence, at, text in named_in
        if at >= own_from
        for hit in _tolls_as_hits(text, find_figures(text))
    ]


def _box_claims(ctx: _Doc, box: FactBox, claimant: str) -> list[Claim]:
    """The tolls a box's ``Deaths:``, ``Injured:`` or ``Casualties: … killed`` fields give, in the
    document's own voice, or in each source's the field names (``Toll: 8 dead according to local
    officials; 13 according to the rebels``)."""
    claims = []
    for f in box.fields:
        if f.role not in _FIELD_KINDS or (f.role == "casualties" and not _DEATHS_SAID.search(f.value)):
            continue
        at = 0
        for part in f.value.split(";"):
            start, at = at, at + len(part) + 1
            if (figure := casualties.field_figure(part.strip(), _FIELD_KINDS[f.role])) is None:
                continue
            source = _cited_source(ctx, part, f.start + start) or claimant
            claims.append(
                Claim(
                    kind=figure.kind,
                    low=figure.low,
                    best=figure.best,
                    high=figure.high,
                    claimant=source,
                    victims=figure.victims,
                    quote=f"{f.label}: {f.value}",
                    source=ctx.document.doc_id,
                )
            )
    return claims


def _sentence_at(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


_ATTACK_NOUNS = (
    r"(?:attacks?|assaults?|bombings?|ambush(?:es)?|killings?|massacres?|kidnappings?|abductions?|raids?)"
)
#: ``The attack was claimed by Al-Mourabitoun``, ``JNIM claimed responsibility``, ``The Panel
#: attributes the attack to the Islamic State``: who the text or a source holds responsible.
_CLAIMED_BY = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+(?:later\s+|widely\s+)?"
    r"(?:claimed\s+by|attributed\s+to|blamed\s+on)\b"
    # "…, killing 20 people, an attack claimed by AQIM and Al-Mourabitoun"
    rf"|,\s+an?\s+(?:[\w-]+\s+)?{_ATTACK_NOUNS}\s+(?:later\s+)?(?:claimed\s+by|attributed\s+to|blamed\s+on)\b"
    rf"|\bclaim(?:ed|s|ing)\s+(?:responsibility|(?:the|that|this|both)\s+(?:[\w’'-]+\s+){{0,2}}?{_ATTACK_NOUNS})\b"
    rf"|\b(?:attribut|blam)(?:es|ed|e|ing)\s+(?:the|this|these|both)\s+(?:\w+\s+)?{_ATTACK_NOUNS}\s+(?:to|on)\b"
    # "It blamed the Islamic State in the Greater Sahara": a group named as the one to blame
    # "blaming fighters of the Islamic State in the Greater Sahara"
    r"|\b(?:blamed|blames|blaming|blame)\s+(?:the\s+)?(?:(?:fighters|militants|members|jihadists|elements)\s+of\s+(?:the\s+)?)?"
    r"(?-i:[A-Z])"
    # "IS Sahel said it carried out the attack", "JNIM was behind both attacks"
    # "told a Mauritanian news agency that the group had carried out the raid"
    r"|\b(?:said|says|announced|stated|declared|told\s+(?:[\w’'-]+\s+){0,5}?)\s*(?:that\s+)?"
    # "said its fighters in the Sahel had carried them out"
    r"(?:it|they|the\s+group|its\s+(?:fighters|men|militants|members)(?:\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+)?)"
    r"\s+(?:had\s+|have\s+)?(?:(?:carried\s+out|conducted|staged|mounted|(?:was|were)\s+behind)"
    rf"\s+(?:the|this|these|both|all|(?-i:[A-Z])[a-z]+['’]s)\s+(?:\w+\s+)?{_ATTACK_NOUNS}\b|carried\s+(?:it|them)\s+out\b)"
    rf"|\b(?:was|were)\s+behind\s+(?:the|this|these|both|all)\s+(?:\w+\s+)?{_ATTACK_NOUNS}\b"
    # "Al-Mourabitoun said it was responsible", "JNIM said the assault was a response to …"
    r"|\b(?:said|says|announced|stated|declared)\s+(?:that\s+)?(?:it|they)\s+(?:was|were)\s+responsible\b"
    # "JNIM claimed it had killed dozens of soldiers": a group that counts the dead as its own kills
    r"|\b(?:said|says|claimed|claims|announced|boasted)\s+(?:that\s+)?(?:it|its\s+(?:fighters|men|militants))"
    r"\s+(?:had\s+|have\s+)?(?:killed|shot\s+dead)\b"
    rf"|\b(?:said|says|announced|stated|declared)\s+(?:that\s+)?(?:the|this|these|both|its)\s+(?:\w+\s+)?{_ATTACK_NOUNS}"
    r"\s+(?:had\s+)?(?:avenged|(?:was|were)\s+(?:an?\s+|in\s+)?(?:revenge|reprisal|retaliation|response)\b)"
    r"|\b(?:took|takes|accepted|admitted)\s+responsibility\b"
    # "accused members of the Volunteers for the Defence of the Homeland (VDP) … of carrying out the killings"
    r"|\baccus(?:ed|es|ing)\s+[^.;]{1,160}?\bof\s+(?:having\s+)?(?:carr(?:ied|ying)\s+out|committ(?:ed|ing)"
    rf"|perpetrat(?:ed|ing)|being\s+behind)\s+(?:the|these|this|both)\s+(?:\w+\s+)?{_ATTACK_NOUNS}\b"
    # "the kidnappers belonged to a faction linked to JNIM", "The assailants, fighters of the Islamic
    # State …,", "the attackers are thought to be members of"
    r"|\b(?:kidnappers|abductors|hostage-takers|attackers|assailants|gunmen|perpetrators|killers)"
    r"(?:\s+(?:belonged|belong|were\s+(?:members|fighters))\s+(?:to|of)\b|(?:\s*,\s*|\s+(?:are|were)\s+"
    r"(?:believed|thought|said|suspected|understood)\s+to\s+(?:be|have\s+been)\s+)(?:fighters|members|militants)\s+of\b"
    # "the assailants were believed to belong to JNIM"
    r"|\s+(?:are|were)\s+(?:believed|thought|said|suspected|understood)\s+to\s+(?:have\s+)?belong(?:ed)?\s+to\b)"
    rf"|\b(?:said|says|stated|declared)\s+(?:that\s+)?(?:the|this|its)\s+(?:\w+\s+)?{_ATTACK_NOUNS}\s+(?:was|were)\s+"
    r"(?:an?\s+)?(?:response|retaliation|revenge|reprisal)\b",
    re.I,
)
_CLAIM_WORDS = (
    "claim",
    "accus",
    "belong",
    "fighters of",
    "members of",
    "attribut",
    "blam",
    "carried",
    "conducted",
    "staged",
    "mounted",
    "behind",
    "responsib",
    "respons",
    "retaliat",
    "revenge",
    "reprisal",
    "aveng",
)
#: ``No group has claimed``, ``has not claimed``, ``nobody claimed``: a claim denied.
_NO_CLAIM = re.compile(
    r"\b(?:no\s+(?:group|one|organi[sz]ation|faction)|nobody|none)\s+(?:\w+\s+){0,2}?(?:has\s+|had\s+)?"
    # "No group has said it carried out the attack"
    r"(?:claim|said\s+(?:it|they)\b|taken\s+responsibility|took\s+responsibility)"
    r"|\b(?:has|had|have|did)\s*(?:not|n[’']t)\s+(?:yet\s+)?claim|\bnot\s+(?:yet\s+)?(?:been\s+)?claimed\b",
    re.I,
)
_CLAIMING_KINDS = frozenset({"jihadist", "rebel", "militia"})
#: one scan of a sentence for any of the claim words, not one per word
_CLAIM_NEEDLE = re.compile("|".join(map(re.escape, _CLAIM_WORDS)), re.I)


_AN_ASIDE = re.compile(r"\W*(?:Another|A\s+second|A\s+separate)\s")


def _credit_claims_of_responsibility(ctx: _Doc) -> None:
    """A group claiming an attack told just before, or held responsible for it, is that attack's
    actor1 when the text left its perpetrator unnamed (``gunmen``): press releases and reports
    name the group only in their last lines."""
    for index, s in enumerate(ctx.document.sentences):
        if not _CLAIM_NEEDLE.search(s.text):
            continue
        named = _standing_for_themselves(ctx.actors_in(s.start, s.end), s.text)
        groups = [a for a in named if a.actor.kind in _CLAIMING_KINDS]
        if not groups:
            continue
        if all(
            _NO_CLAIM.search(s.text, max(0, claim.start() - 40), claim.start() + 12)
            for claim in _CLAIMED_BY.finditer(s.text)
        ):
            continue  # "No group has claimed the attack, but JNIM fighters are active": nobody claimed it
        para = ctx.paragraph_of(s.start)
        credited: int | None = None  # the sentence of the attack credited: all it tells is claimed
        told_since = False  # an event told between the claim and the one looked at
        for i in range(len(ctx.found) - 1, -1, -1):
            event = ctx.found[i]
            claimant = groups[0]
            if event.sentence_index > index:
                continue
            if _AN_ASIDE.match(event.quote) and any(
                _violent(f.event_type, f.sub_event_type) for f in ctx.found[:i]
            ):
                continue  # "Another attack the same Sunday … was repelled": told beside the story's own
            if _measured_against(event):
                continue
            if event.paragraph < para - FINDING_LINES and credited is None and not told_since:
                # "…claimed responsibility on Monday" paragraphs after the attack, nothing told between
                if (
                    _violent(event.event_type, event.sub_event_type)
                    and event.sentence_index < index
                    and (not event.actor1 or event.actor1 in ctx.actor_index.generic)
                ):
                    ctx.found[i] = replace(event, actor1=claimant.actor.name)
                    _cite_the_claim(ctx.found[i], s)
                break
            # (not the arrests or statements that followed it: "Two suspects were arrested later on Saturday")
            told_since = event.sentence_index < index and event.sub_event_type not in {"arrests", "statement"}
            if event.sentence_index == index:
                # "militants struck the post …; the Islamic State claimed the attack": the group
                # named after the attack, in the claim's words
                at = event.trigger_start - s.start
                after = [g for g in groups if g.start > at]
                if not after or not _CLAIMED_BY.search(s.text, at + len(event.trigger)):
                    if _CLAIM_OF.search(s.text, max(0, at - 60), at) and any(
                        g.actor.name == event.actor1 for g in groups if g.start < at
                    ):
                        # "AQIM said it was behind the assault on Grand-Bassam": the claim is of this act
                        credited = event.sentence_index
                    continue
                claimant = after[0]
            if event.paragraph < para - FINDING_LINES or credited not in {None, event.sentence_index}:
                break
            if _violent(event.event_type, event.sub_event_type):
                if not event.actor1 or event.actor1 in ctx.actor_index.generic:
                    ctx.found[i] = replace(event, actor1=claimant.actor.name)
                if ctx.found[i].actor1 == claimant.actor.name:
                    _cite_the_claim(ctx.found[i], s)
                credited = event.sentence_index


def _cite_the_claim(event: EventMention, claim: Sentence) -> None:
    """The sentence that names who claimed an act is a source of the act: it is what says who did it."""
    if event.char_start != claim.start and all(start != claim.start for start, _, _ in event.extra_sources):
        event.extra_sources.append((claim.start, claim.end, claim.text))


def mention_to_event(m: EventMention) -> Event:
    sources = [SourceRef(source=m.doc_id, quote=m.quote, char_start=m.char_start, char_end=m.char_end)]
    for start, end, text in m.extra_sources:
        sources.append(SourceRef(source=m.doc_id, quote=text, char_start=start, char_end=end))
    digest = hashlib.sha1(f"{m.doc_id}|{m.char_start}|{m.trigger_start}|{m.event_type}".encode()).hexdigest()[
        :12
    ]
    return Event(
        event_id=f"x-{digest}",
        event_type=m.event_type,
        sub_event_type=m.sub_event_type,
        event_date=m.first,
        end_date=m.last,
        time_precision=m.precision,
        place=m.place,
        geo_precision=m.geo_precision,
        actor1=m.actor1,
        actor2=m.actor2,
        claims=list(m.claims),
        sources=sources,
        notes=f"machine-extracted from “{m.trigger}” and “{m.date_text}”"
        + (" (date carried from the paragraph)" if m.carried else "")
        + (f"; in {m.named_place}, which no gazetteer lists" if m.named_place else ""),
        confidence=m.confidence,
        reviewed=False,
        named_place=m.named_place,
    )


def extract_events(document: Document, recognition: Recognition, gazetteer: Gazetteer) -> list[Event]:
    """Events in one document, mentions of the same event merged."""
    from geo.merge import merge_events

    mentions = extract_mentions(document, recognition, gazetteer)
    return merge_events([mention_to_event(m) for m in mentions])
