"""Casualty and arrest figures in a sentence, as low/best/high with who they are about.

``an estimated 300 civilian men`` executed → best 300; ``at least 160 herders
were killed`` → low 160; ``several hundred people`` → 200–900 with no best;
``killed 203 ‘terrorists’ and arrested 51 more`` → two claims. Who *claims* a
figure is decided by the event extractor, which sees the surrounding text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from geo.model import KIN, KIN_AND_CARERS, KIN_WORDS, OFFICE
from geo.phrases import Needles
from geo.text import MONTH_NAME

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
}  # fmt: skip
#: Vague quantities as (low, high).
_VAGUE = {
    "dozens": (24, 99), "scores": (40, 100), "hundreds": (200, 999), "several hundred": (200, 900),
    "a few hundred": (200, 500), "thousands": (2000, 9999), "several thousand": (2000, 9000),
    "several dozen": (24, 99), "a handful": (3, 6), "several": (3, 9), "a few": (2, 5),
}  # fmt: skip

_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_BELOW_A_HUNDRED = (
    rf"(?:{_TENS}(?:[- ]{_ONES})?|{_ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen)"
)
_WORD_NUMBER = (
    # "two dozen", "a hundred", "three thousand": a count of dozens, hundreds or thousands
    rf"(?:(?:an?|{_ONES}|ten|twelve)\s+(?:dozen|thousand|hundred(?:\s+and\s+{_BELOW_A_HUNDRED})?)(?!s)"
    rf"|{_TENS}(?:[- ]{_ONES})?|{_ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|a\s+dozen)"
)
#: What a count of dozens, hundreds or thousands is worth.
_MULTIPLES = {"dozen": 12, "hundred": 100, "thousand": 1000}
_VAGUE_RE = (
    r"(?:several\s+hundred|a\s+few\s+hundred|several\s+thousand|several\s+dozen|dozens|scores|hundreds"
    r"|thousands|a\s+handful)"
)
_EXACT_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUMBER})"
_NUMBER = rf"(?:{_EXACT_NUMBER}|{_VAGUE_RE})"
_QUALIFIER = (
    r"(?:at\s+least|an\s+estimated|estimated|some|about|around|approximately|roughly|nearly|almost|"
    r"no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|"
    r"more\s+than|over|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|at\s+most|close\s+to|a\s+total\s+of"
    r"|a\s+reported|reportedly|an\s+official|officially|another|a\s+further|upwards\s+of)"
)
_QUANTITY = (
    rf"(?P<qual>{_QUALIFIER}\s+)?(?:between\s+(?P<lo>{_NUMBER})\s+and\s+(?P<hi>{_NUMBER})|(?P<num>{_NUMBER}))"
)
#: ``the chief's``, ``the village imam's``: whose, told by a name for someone
_WHOSE = r"the\s+(?:[\w-]+\s+)?[\w-]+[’']s"
#: ``my husband``, ``his younger brother``, ``the chief's son``: one, told by whose he or she was (not
#: ``his sons``).
_POSSESSIVE_ONE = rf"(?:my|his|her|our|your|their|{_WHOSE})(?=\s+(?:[\w-]+\s+)?{KIN}\b)"
#: Who one is by the work they did that day: ``killed its driver``, ``shot the shepherd``.
_ROLES = ("driver", "owner", "pilot", "guide", "shepherd", "herder", "trader", "merchant", "teacher", "nurse",
          "doctor", "passenger")  # fmt: skip
_ROLE_ONE = rf"(?:the|its|their)(?=\s+(?:{'|'.join(_ROLES)})\b(?![’']s))"
#: The words that count one: an article, or a possessive before one of a family (``my husband``) or
#: one by the work they did (``its driver``).
_ONE_WORDS = frozenset({"a", "an", "another", "my", "his", "her", "our", "your", "their", "the", "its"})


def _counts_one(word: str) -> bool:
    return word in _ONE_WORDS or re.fullmatch(_WHOSE, word) is not None


#: ``killing a police officer``, ``killing another employee``: one, said with the article (not ``a number``,
#: ``a dozen``, ``a further``, ``another 20``), or ``killed my husband``: one of a family.
_ONE = (
    r"(?:(?:an?|another)(?!\s+(?:number|few|handful|couple|total|series|group|dozen|score|further|reported|estimated"
    rf"|hundred|thousand|third|quarter|half|lot|majority|minimum|maximum|\d|{_WORD_NUMBER})\b)|{_POSSESSIVE_ONE}"
    rf"|{_ROLE_ONE})"
)
_QUANTITY_OR_ONE = (
    rf"(?P<qual>{_QUALIFIER}\s+)?"
    rf"(?:between\s+(?P<lo>{_NUMBER})\s+and\s+(?P<hi>{_NUMBER})|(?P<num>{_NUMBER}|{_ONE}))"
)
_PEOPLE = (
    r"(?:people|persons?|civilians?|villagers?|residents?|m[ae]n|wom[ae]n|child(?:ren)?|soldiers?|troops|militants?"
    r"|jihadists?|terrorists?|fighters?|assailants?|gunm[ae]n|herders?|farmers?|worshippers?|passengers?"
    r"|peacekeepers?|officers?|gendarmes?|policem[ae]n|rebels?|members?|suspects?|individuals?|bod(?:y|ies)(?!guard)|more"
    r"|corpses?|mercenar(?:y|ies)|contractors?|instructors?|militiam[ae]n|hunters?|recruits?|guards?|rangers?|students?|pupils?"
    r"|attackers?|raiders?|bandits?|kidnappers?"
    r"|journalists?|reporters?|hostages?|workers?|tourists?|traders?|merchants?|nuns?|priests?|missionar(?:y|ies)|employees?"
    # "summarily executed 20 detainees": those held when they were killed
    r"|captives?|prisoners?|detainees?|inmates?|abductees?"
    r"|pastors?|imams?|clerics?|catechists?|parishioners?|churchgoers?|congregants?|preachers?|marabouts?"
    r"|engineers?|drivers?|pilots?|crew(?:\s+members)?|guests?|mourners?|pilgrims?|miners?|shepherds?|fishermen"
    r"|guides?|volunteers?|nationals?|expatriates?|foreigners?|citizens?"
    # "the mayor and three of his escorts": those with the one who was killed
    r"|escorts?|bodyguards?|companions?|aides?|comrades?|colleagues?|relatives?"
    # "killed my husband and my brother", "shot dead two teachers": who they were to their own
    rf"|{KIN_AND_CARERS}|elders"
    # "eight civilians and officials were killed", "killed two village chiefs": those who hold an office
    rf"|officials?|civil\s+servants?|notables?|(?:local\s+|community\s+)?leaders?|{OFFICE}s?"
    r"|protesters?|protestors?|demonstrators?|marchers?"
    # "Seven Mauritanians had been killed", "killed 20 Fulani": who they were by origin
    # (a nationality only in the plural: "Malian soldiers" names soldiers)
    r"|fulanis?|fulbe|peuls?|dogons?|bambaras?|tuaregs?|songhais?|arabs?|dozos?|mauritanians|malians"
    r"|nigeriens|burkinab[eè]s|ivorians|chadians|nigerians|algerians|senegalese|togolese|guineans|ghanaians"
    # "Four Americans and four Nigerien soldiers were killed": foreign troops and nationals
    r"|americans|french(?:men)?|britons|germans|italians|chinese|russians|egyptians|bangladeshis|pakistanis"
    r"|others|of\s+them)"
)
#: Words between a number and its people: never another number or a month (``on 10 August that 42
#: soldiers``: 10 is a day).
_MODIFIER = (
    r"(?!\d|(?:January|February|March|April|May|June|July|August|September|October|November|December"
    # nor a figure's verb or vague count ("2019 killed dozens of soldiers": no people of 2019)
    rf"|{_WORD_NUMBER}|killed|killing|died|dozens|scores|hundreds|thousands)\b)"
)
_MONTH_OR_DAY = rf"(?:{MONTH_NAME}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
_NOUN = (
    rf"(?P<who>(?:[‘'“\"]?{_MODIFIER}[\w-]+[’'”\"]?\s+){{0,3}}?[‘'“\"]?{_PEOPLE}[’'”\"]?"
    # "six French aid workers": the people are the workers, not the French
    rf"(?!\s+(?:(?!(?:and|or|{_WORD_NUMBER})\b)[a-z][\w-]*\s+)?{_PEOPLE}\b))"
)

KINDS = {
    "killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed", "dead": "killed",
    "died": "killed", "dies": "killed", "die": "killed", "slain": "killed", "massacred": "killed",
    "neutralised": "killed", "neutralized": "killed", "neutralising": "killed", "neutralizing": "killed",
    "neutralise": "killed", "neutralize": "killed", "loss": "killed", "losses": "killed",
    "deaths": "killed", "fatalities": "killed",
    "martyrs": "killed",
    # "burned alive in their homes", "beheaded": killed, told by how
    "burned alive": "killed", "burnt alive": "killed", "burned to death": "killed",
    "burnt to death": "killed", "beheaded": "killed", "decapitated": "killed", "hacked to death": "killed",
    "beaten to death": "killed", "stabbed to death": "killed",
    "lost their lives": "killed", "lost": "killed", "shot dead": "killed", "found dead": "killed",
    "executed": "executed", "execute": "executed", "summarily executed": "executed", "executing": "executed",
    "murdered": "killed", "murdering": "killed", "massacring": "killed", "slaughtered": "killed",
    "slaughtering": "killed",
    "wounded": "wounded", "injured": "wounded", "injuring": "wounded", "wounding": "wounded",
    "arrested": "arrested", "detained": "arrested", "captured": "arrested", "apprehended": "arrested",
    "arresting": "arrested", "abducted": "abducted", "kidnapped": "abducted", "displaced": "displaced",
    "kia": "killed", "wia": "wounded",  # a field report's "killed / wounded in action"
    "killings": "killed", "murder": "killed", "murders": "killed", "massacre": "killed",
    "massacres": "killed", "execution": "executed", "executions": "executed",
    "assassination": "killed", "assassinations": "killed",
}  # fmt: skip
_VERB = (
    r"(?P<verb>summarily\s+executed|shot\s+dead|found\s+dead|lost\s+their\s+lives|lost|killed|killing|kills|kill|dead|died|dies|die|slain|massacred|"
    r"burn(?:ed|t)\s+(?:alive|to\s+death)|beheaded|decapitated|(?:hacked|beaten|stabbed)\s+to\s+death|"
    r"neutrali[sz](?:ed|ing|e)|"
    r"executed|executing|execute|murdered|murdering|massacring|slaughtered|slaughtering|wounded|wounding|injured|injuring|arrested|arresting|detained|captured|apprehended|"
    # "21 martyrs including one civilian": the state's word for its dead
    r"abducted|kidnapped|displaced|deaths|fatalities|martyrs|kia|wia)"
)

_ADVERB = r"(?:(?:already|reportedly|also|allegedly|all|since)\s+)?"
_ADVERB_AFTER = r"(?:\s+(?:already|reportedly|also|allegedly|all|later|subsequently))?"
#: ``22 people had died``: the perfect, only of the verbs whose subject is the dead.
#: ``four soldiers also died``: an adverb alone, before those verbs too.
_PERFECT = (
    r"(?:(?:had|have|has)(?:\s+(?:also|already|reportedly|since))?|(?:also|later|subsequently|reportedly|all)(?:\s+(?:had|have|has))?)"
    r"(?=\s+(?:died|lost\s+their\s+lives)\b)"
)
# "300 civilians were killed", "an estimated 300 civilian men ... executed" (verb after the figure),
# "21 civilians, among them children, were killed", "eight civilians, six of them civil servants, were
# killed", "21 civilians, the army said, were killed"
# (who they were, or who says so, set off by commas)
_AFTER = re.compile(
    # 'had spoken of "more than a dozen" soldiers killed': the words quoted
    rf"\b{_QUANTITY}[’”\"]?\s+{_NOUN}"
    # "three residents of Farabougou were killed", "24 members of the village's Fulani community were
    # killed": where they lived, whose they were
    r"(?:\s+(?:of|from)\s+(?:(?-i:[A-Z])[\w’'-]+(?:\s(?-i:[A-Z])[\w’'-]+)?"
    r"|(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:community|communities|village|town|camp|families|family|group|tribe|clan)))?"
    rf"(?:,\s+(?:(?:among\s+(?:them|whom)|including|mostly|(?:\d+|{_WORD_NUMBER}|half|most|many|some|all)\s+of\s+them)"
    r"\b[^,.;:()]{1,50}|(?:[\w’'-]+\s+){1,4}(?:said|says|reported)),)?"
    # "had already been killed", "were reportedly killed"
    # "Up to 600 people may have been killed": an estimate, bounded as told
    rf"\s+(?:who\s+)?(?:(?:were|was|(?:(?:may|might|could)\s+)?have\s+{_ADVERB}been|had\s+{_ADVERB}been|are|been)"
    rf"{_ADVERB_AFTER}|{_PERFECT})?"
    # 'had been "neutralised"': the army's word, quoted
    rf"\s*[“\"]?{_VERB}\b",
    re.I,
)
#: ``four American and four Nigerien soldiers``, ``13 Malian and 2 Burkinabè soldiers``: a number of
#: people whose noun the figure after it gives.
_SHARED_PART = (
    rf"(?P<num0>{_EXACT_NUMBER})\s+(?P<adj0>(?!{_MONTH_OR_DAY}\b)(?-i:[A-Z])[\w’'-]+)\s*,?\s+and\s+"
)
_QUALIFIED_NUMBER = rf"(?:{_EXACT_NUMBER})\s+(?-i:[A-Z])"
_SHARED_NOUN = rf"{_SHARED_PART}(?={_QUALIFIED_NUMBER})"
# "killed 203 ‘terrorists’", "executed an estimated 300 civilian men", "arrested 51 more"
_BEFORE = re.compile(
    rf"\b{_VERB}[”\"’']?\s+(?:in\s+small\s+groups\s+)?(?:{_SHARED_NOUN})?{_QUANTITY_OR_ONE}\s+{_NOUN}", re.I
)
# "300 dead", "at least 20 killed"
_BARE = re.compile(
    # "Three were found dead on the road to Boni two days later"
    rf"\b{_QUANTITY}\s+(?:(?:were|had\s+been|have\s+been)(?:\s+(?:later|also|all|reportedly))?\s+)?{_VERB}\b",
    re.I,
)
# "a death toll of 30", "the toll rose to 40"
_TOLL = re.compile(
    # "the count rose to 79", "the body count reached 30"
    # "the number of dead had risen to 77"
    rf"(?:\b(?:(?:death\s+)?toll|(?:death|body)\s+count|count(?=\s+(?:rose|climbed|reached|stood)\b)"
    rf"|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities)(?=\s+(?:has|had|rose|risen|climbed|reached|stood)\b))\s+"
    rf"(?:(?:even\s+|much\s+|far\s+)?(?:higher|lower)\s*,?\s*)?"
    rf"(?:of|at|(?:(?:has|had)\s+)?(?:(?:rose|risen|climbed|increased|jumped)\s+to|stood\s+at|reached)|is|was)"
    # "an official list … raised the toll to 42 soldiers", "revised the death toll upwards to 42"
    rf"|\b(?:rais(?:ed|es|ing)|revis(?:ed|es|ing)|brought|brings|put|puts|push(?:ed|es))\s+(?:the\s+)?(?:death\s+)?"
    rf"toll\s+(?:up(?:wards?)?\s+)?to"
    # "lowered the death toll from Sunday's massacre in Sobane Da to 35", "revised the toll down to 35"
    rf"|\b(?:rais(?:ed|es|ing)|revis(?:ed|es|ing)|lower(?:ed|s|ing)?|reduc(?:ed|es|ing)|cut(?:s|ting)?)\s+"
    rf"(?:the\s+)?(?:death\s+)?toll\s+(?:(?:from|of|in|for)\s+[^.;:]{{0,90}}?\s+|(?:up|down)(?:wards?)?\s+)?to"
    # "which put the dead at 25 soldiers"
    rf"|\b(?:put|puts|putting|placed|places)\s+the\s+(?:number\s+of\s+)?(?:dead|deaths|fatalities)\s+at)"
    rf"\s+{_QUANTITY}"
    r"(?P<minimum>\s+(?:minimum|at\s+least))?",
    re.I,
)

#: ``killing 20.``, ``killed 12 and wounded 30``: a count after its verb, with no people named.
_BEFORE_ALONE = re.compile(
    rf"\b(?P<verb>killed|killing|kills|wounded|wounding|injured|injuring)\s+{_QUANTITY}"
    r"(?=\s*(?:[,.;:)…—–]|$)|\s+(?:and|in|on|at|near|during|when|after|before|while|overnight|including|among)\b)",
    re.I,
)

#: A sentence may count the dead it saw only when it says it saw them so.
_SEEN_NEEDLES = ("count", "show", "found", "recovered", "buried", "saw", "seen", "identified", "received",
                 "collected", "retrieved")  # fmt: skip

_TOLL_NEEDLES = ("toll", "count", "number of", "dead at", "deaths at", "fatalities at")

#: ``… was 20 dead. By Monday evening it had reached 32``: a count told as ``it``.
_IT_TOLL = re.compile(
    r"\b(?-i:[Ii]t)\s+(?:(?:has|had)\s+)?(?:(?:rose|risen|climbed|increased|jumped)\s+to|reached|stood\s+at)\s+"
    rf"{_QUANTITY}\b(?!\s*(?:%|per\s*cent))",
    re.I,
)
#: What a sentence before must speak of for ``it`` to be its count.
TOLL_WORDS = re.compile(r"\b(?:toll|count|dead|deaths|killed|casualties)\b", re.I)


def pronoun_toll(sentence: str) -> list[Figure]:
    """The toll a sentence gives as ``it`` (``By Monday evening it had reached 32``); only for a caller
    that knows the sentence before told a count."""
    found = []
    for m in _IT_TOLL.finditer(sentence):
        if (bounds := _bounds(m)) is not None:
            found.append(Figure(m.start(), m.end(), "killed", *bounds, "", sentence[m.start() : m.end()]))
    return found


# "They found the bodies of about 22 men": the dead, counted where they lie
_BODIES_OF = re.compile(rf"\bbodies\s+of\s+{_QUANTITY}\s+{_NOUN}", re.I)

#: ``a mass grave with 20 bodies``, ``a well holding the corpses of``: the dead, counted where they lie.
_GRAVE_HOLDING = re.compile(
    rf"\b(?:graves?|pits?|wells?|trench(?:es)?)\s+(?:with|containing|holding)\s+(?:the\s+)?{_QUANTITY}\s+"
    r"(?P<who>bodies|corpses)\b",
    re.I,
)
#: ``12 bodies were found``, ``some 30 corpses had been dumped``: the dead as found.
_BODIES_FOUND = re.compile(
    rf"\b{_QUANTITY}\s+(?P<who>bodies|corpses)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:\w+\s+)?"
    r"(?:found|discovered|recovered|exhumed|unearthed|buried|dumped)\b",
    re.I,
)

#: ``counted 58 people who appeared to be dead or dying``, ``the footage showed 58 bodies``, ``the
#: hospital received eleven bodies``: the dead as seen, counted by whoever looked.
_SEEN_DEAD = re.compile(
    r"\b(?:count(?:ed|s)?|show(?:ed|s|n)?|found|recovered|buried|saw|seen|identified|received|collected"
    rf"|retrieved)\s+{_QUANTITY}\s+{_NOUN}"
    r"(?:(?<=bodies)|(?<=corpses)|\s+(?:who|that)\s+(?:appeared|seemed|looked)\s+to\s+(?:be|have\s+been)\s+"
    r"(?:dead|killed))",
    re.I,
)

# "in the killing of at least 147 villagers", "the massacre of 28 people", "the executions of 12 men";
# "regret the loss of four soldiers": an army's word for its dead
_KILLING_OF = re.compile(
    r"\b(?P<verb>killings?|murders?|massacres?|executions?|deaths|assassinations?|loss(?:es)?)\s+of\s+"
    rf"{_QUANTITY_OR_ONE}\s+{_NOUN}",
    re.I,
)

# "The number of people killed when Boko Haram attacked Toumour last weekend has risen to 34"
_NUMBER_KILLED = re.compile(
    rf"\bnumber\s+of\s+{_NOUN}\s+(?P<verb>killed|dead|who\s+died)\b[^.;]{{0,160}}?\b(?:has|had|have)\s+"
    rf"(?:(?:risen|climbed|increased|jumped|grown)\s+to|reached|now\s+reached)\s+{_QUANTITY}",
    re.I,
)
# 'put the number of "terrorists neutralised" at more than 100'
_NUMBER_PUT = re.compile(
    rf"\b(?:put|puts|putting|placed|places)\s+the\s+number\s+of\s+[“\"]?{_NOUN}\s+{_VERB}[”\"]?\s+at\s+{_QUANTITY}",
    re.I,
)

# "Estimates of the dead run into the hundreds", "the death toll ran into dozens"
_RUNS_INTO = re.compile(
    rf"\b(?:dead|death\s+toll|deaths|toll|fatalities)\s+(?:runs?|ran|running|go(?:es)?|went)\s+in(?:to)?\s+"
    rf"(?:the\s+)?{_QUANTITY}",
    re.I,
)


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    kind: str
    low: int | None
    best: int | None
    high: int | None
    victims: str
    text: str


def parse_number(text: str) -> tuple[int | None, int | None]:
    """``"1,200"`` → (1200, 1200); ``"dozens"`` → (24, 99); ``"forty-two"`` → (42, 42)."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if t in _VAGUE or t.replace(" ", " ") in _VAGUE:
        return _VAGUE[t]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        n = int(t.replace(",", ""))
        return n, n
    if _counts_one(t):
        return 1, 1
    if t in _UNITS:
        return _UNITS[t], _UNITS[t]
    if (hundreds := re.fullmatch(r"(\w+) hundred and (.+)", t)) is not None:
        head, rest = parse_number(f"{hundreds[1]} hundred")[0], parse_number(hundreds[2])[0]
        if head is not None and rest is not None:
            return head + rest, head + rest  # "one hundred and twenty"
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[1] in _MULTIPLES and (parts[0] in {"a", "an"} or parts[0] in _UNITS):
        n = (1 if parts[0] in {"a", "an"} else _UNITS[parts[0]]) * _MULTIPLES[parts[1]]
        return n, n  # "two dozen" is 24, not 2 + 12
    if len(parts) == 2 and parts[0] in _UNITS and parts[1] in _UNITS:
        n = _UNITS[parts[0]] + _UNITS[parts[1]]
        return n, n
    return None, None


def _bounds(m: re.Match[str]) -> tuple[int | None, int | None, int | None] | None:
    groups = m.groupdict()
    qual = re.sub(r"\s+", " ", (groups.get("qual") or "").strip().lower())
    if groups.get("minimum"):
        qual = "at least"  # "a toll of 22 minimum"
    if groups.get("lo") and groups.get("hi"):
        lo, _ = parse_number(m.group("lo"))
        _, hi = parse_number(m.group("hi"))
        return lo, None, hi
    low, high = parse_number(m.group("num") or "")
    if low is None:
        return None
    if low != high:  # vague: a range, no best figure
        return low, None, high
    n = low
    if qual in {"no fewer than", "no less than", "not less than"}:
        qual = "at least"
    if qual == "upwards of":
        qual = "at least"
    if qual in {"at least", "more than", "over"}:
        return n + (1 if qual in {"more than", "over"} else 0), None, None
    if qual in {"up to", "as many as", "at most", "fewer than", "less than", "nearly", "almost", "close to"}:
        return None, None, n - (1 if qual in {"fewer than", "less than"} else 0)
    return n, n, n


def _victims(m: re.Match[str]) -> str:
    try:
        who = m.group("who")
    except IndexError:
        return ""
    return re.sub(r"\s+", " ", who or "").strip()


#: A figure needs one of these verbs (or a toll); most sentences have none and skip the regexes.
NEEDLES = (
    "kill", "dead", "died", " die", "slain", "massacr", "slaughter", "neutrali", "lost", "shot", "execut",
    "wound",
    "injur", "murder", "arrest", "detain", "captur", "apprehend", "abduct", "kidnap", "displac", "toll",
    "deaths", "fatalities", "martyrs", "kia", "wia", "bodies", "corpses", "death count", "body count",
    "count rose", "count climbed", "count reached", "count stood", "burn", "behead", "decapitat",
    "to death", "assassinat", "loss of", "losses of", "body was", "body had", "body has",
)  # fmt: skip


#: The ranks of :data:`_LEADER`, for the needle gates.
_LEADER_WORDS = ("leader", "head of", "emir", "commander", "founder", "second-in-command")
#: The words of :data:`geo.model.OFFICE`, for the needle gates.
_OFFICE_WORDS = ("mayor", "governor", "prefect", "chief", "imam", "judge", "magistrate", "councillor",
                 "councilor", "member of parliament", "lawmaker", "minister")  # fmt: skip
#: ... and a number: digits, number words or a vague quantity (one pass finds both)
NUMBER_NEEDLES = (
    *"0123456789", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen",
    "hundred", "thousand", "scores", "handful", "several", "few",
    # "killing a police officer", "shot dead a gendarme", "a soldier was killed": one, told by its article
    "was killed", "been killed", "was shot dead", "was found dead", "was executed", "was wounded",
    "was injured", "been wounded",
    # "Beatrice Stöckli was murdered": one, told by name (see _NAMED_KILLED)
    "was murdered", "was assassinated", "was beheaded", "been shot", "been executed", "been murdered",
    "been assassinated",
    "killed a", "killing a", "kills a", "kill a", "shot dead a", "executed a", "executing a", "wounded a",
    "wounding a", "injured a", "injuring a", "assassination of a", "murdered a", "murdering a", "loss of a",
    # "killed my husband", "shot dead his brother", "took my father outside and shot him": one of a family
    *(f"{verb} {whose} " for verb in ("killed", "killing", "shot dead", "murdered", "executed", "took",
                                      "dragged") for whose in ("my", "his", "her", "their", "our")),
    *(f"{mark}s {kin}" for mark in "'’" for kin in KIN_WORDS),  # "killed the chief's son"
    *(f"{kin} died" for kin in KIN_WORDS),  # "his elderly mother died"
    # "killed its driver"
    *(f"{verb} {whose} {role}" for verb in ("killed", "killing", "shot dead")
      for whose in ("the", "its", "their") for role in _ROLES),
    "his body", "her body",  # "His body was found two days later"
    *_OFFICE_WORDS,  # "killed the mayor of Kaya": one, told by the office held
    *_LEADER_WORDS,  # "killed the leader of the Katiba Serma": one, told by the rank held
)  # fmt: skip
_NEEDLE_SET = Needles([NEEDLES, NUMBER_NEEDLES])
_BOTH = [0, 1]


#: What comes before a year: its month or day (``12 August 2024``), or a word of time (``in 2024``).
_BEFORE_A_YEAR = re.compile(
    rf"(?:\b{MONTH_NAME},?|\b\d{{1,2}}(?:st|nd|rd|th)?,"
    r"|\b(?:in|on|of|since|during|by|until|till|from|early|late|mid-?|summer|winter|spring|autumn))\s*$",
    re.I,
)


def _a_year(sentence: str, m: re.Match[str]) -> bool:
    """The figure's number is a year told as a date (``in August 2024 killed``)."""
    if "num" not in m.re.groupindex or (num := m.group("num")) is None:
        return False
    return bool(re.fullmatch(r"(?:19|20)\d\d", num)) and bool(
        _BEFORE_A_YEAR.search(sentence, max(0, m.start("num") - 20), m.start("num"))
    )


def find_figures(sentence: str, *, gate: bool | None = None) -> list[Figure]:
    """Every casualty or arrest figure in a sentence, without overlaps, in order.

    ``gate`` is whether the sentence holds both a figure verb and a number, when the
    caller has already looked (see :data:`NEEDLES`, :data:`NUMBER_NEEDLES`).
    """
    if gate is None:
        gate = _NEEDLE_SET.wanted(sentence.lower()) == _BOTH
    if not gate:
        return []
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []
    # verbs and quantity starts are positions only: in ASCII text they are found case-sensitively
    # in the lower-cased sentence, ~3x faster than with re.I (outside ASCII, re.I folds more)
    if sentence.isascii():
        lowered, verbs_re, starts_re = sentence.lower(), _VERBS_LOWER, _QUANTITY_START_LOWER
    else:
        lowered, verbs_re, starts_re = sentence, VERBS, _QUANTITY_START
    folded = lowered if lowered is not sentence else sentence.lower()
    verbs = list(verbs_re.finditer(lowered))
    # quantities are looked for only where a verb-last figure could begin
    reach = max(0, verbs[0].start() - _REACH) if verbs else len(sentence)
    starts = [m.start() for m in starts_re.finditer(lowered, reach)]
    bodies = "bodies" in folded or "corpses" in folded
    for pattern, matches in (
        (
            _TAKEN_THEN_KILLED,
            _TAKEN_THEN_KILLED.finditer(sentence) if any(w in folded for w in _TAKEN_NEEDLES) else (),
        ),
        (_BEFORE, _verb_first(sentence, verbs)),
        (_AFTER, _verb_last(sentence, _AFTER, verbs, starts)),
        (_TOLL, _TOLL.finditer(sentence) if any(w in folded for w in _TOLL_NEEDLES) else ()),
        (_RUNS_INTO, _RUNS_INTO.finditer(sentence) if " in" in sentence else ()),
        (_BODIES_OF, _BODIES_OF.finditer(sentence) if "bodies of" in folded else ()),
        (_SEEN_DEAD, _SEEN_DEAD.finditer(sentence) if any(w in folded for w in _SEEN_NEEDLES) else ()),
        (_GRAVE_HOLDING, _GRAVE_HOLDING.finditer(sentence) if bodies else ()),
        (_BODIES_FOUND, _BODIES_FOUND.finditer(sentence) if bodies else ()),
        (_KILLING_OF, _KILLING_OF.finditer(sentence) if " of " in folded else ()),
        (_NUMBER_KILLED, _NUMBER_KILLED.finditer(sentence) if "number of" in folded else ()),
        (_NUMBER_PUT, _NUMBER_PUT.finditer(sentence) if "number of" in folded else ()),
        (_BARE, _verb_last(sentence, _BARE, verbs, starts)),
        (_BEFORE_ALONE, _BEFORE_ALONE.finditer(sentence) if verbs else ()),
        (_ONE_AFTER, _ONE_AFTER.finditer(sentence) if any(w in folded for w in _ONE_NEEDLES) else ()),
        (_WITH_OTHERS, _WITH_OTHERS.finditer(sentence) if " with " in folded else ()),
        (_KIN_DIED, _KIN_DIED.finditer(sentence) if " died" in folded else ()),
        (_BODY_FOUND, _BODY_FOUND.finditer(sentence) if " body " in folded else ()),
        (_OFFICE_KILLED, _OFFICE_KILLED.finditer(sentence) if _an_office(folded) else ()),
        (_LEADER_KILLED, _LEADER_KILLED.finditer(sentence) if _a_leader(folded) else ()),
        (_NAMED_KILLED, _NAMED_KILLED.finditer(sentence) if any(w in folded for w in _NAMED_NEEDLES) else ()),
    ):
        for m in matches:
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if _a_year(sentence, m):
                continue  # "The attack in August 2024 killed five": the year, not the dead
            named_one = pattern is _OFFICE_KILLED or pattern is _LEADER_KILLED or pattern is _NAMED_KILLED
            bounds = (1, 1, 1) if named_one else _bounds(m)
            if bounds is None:
                continue
            verb = (m.group("verb") if "verb" in pattern.groupindex else "killed") or "killed"
            kind = KINDS.get(re.sub(r"\s+", " ", verb.lower()), "killed")
            if kind not in {"killed", "executed", "wounded"} and _counts_one((m.group("num") or "").lower()):
                continue  # "arrested a journalist": one person taken is no figure to report
            low, best, high = bounds
            if pattern is _NAMED_KILLED:
                victims = m.group("who")
            elif named_one:
                victims = m.group("who") or m.group("who2") or m.group("who3")
            else:
                victims = _victims(m)
            if pattern is _BEFORE and m.group("num0") and best is not None:
                # "killing four American and four Nigerien soldiers": eight
                shared, _ = parse_number(m.group("num0"))
                if shared is not None:
                    low = best = high = best + shared
                    victims = f"{m.group('adj0')} and {victims}"
            if victims.lower() in {"more", "others"}:
                victims = "others"
            start = m.start("verb") if pattern is _NAMED_KILLED else m.start()  # not the name's aside
            end = m.end()
            if pattern is _WITH_OTHERS and best is not None:
                low = best = high = best + 1  # "was killed with three other people": four
            if pattern is _AFTER and best is not None and _AND_ONE_MORE.match(victims):
                low = best = high = best + 1  # "about 20 soldiers and a civilian were killed": 21
            if pattern is _AFTER and best is not None and (joined := _joined_before(sentence, start)):
                start, count, who = joined  # "49 civilians and 15 soldiers were killed": one toll of 64
                low = best = high = best + count
                victims = f"{who} and {victims}"
            elif (
                pattern is _TAKEN_THEN_KILLED
                and best is not None
                and (more := _JOINED_AFTER.match(sentence, m.end("who")))
            ):
                extra, _ = parse_number(more.group("num"))  # "took my husband and my brother outside": 2
                if extra is not None:
                    low = best = high = best + extra
                    victims = f"{victims} and {_victims(more)}"
            elif (
                (pattern is _BEFORE or pattern is _KILLING_OF or pattern is _OFFICE_KILLED)
                and best is not None
                and (more := _JOINED_AFTER.match(sentence, end))
            ):
                extra, _ = parse_number(more.group("num"))  # "killing two soldiers and a civilian": 3
                if extra is not None:
                    low = best = high = best + extra
                    victims = f"{victims} and {_victims(more)}"
                    end = more.end()
            there = (
                _AND_THERE.match(sentence, end) if pattern in (_BEFORE, _AFTER) and best is not None else None
            )
            if there is not None:
                # "killed 44 people, including 20 children, in Nondin and then 179 … in Soro": 223;
                # "20 civilians were killed in Karou and 14 in Ouatagouna": 34
                extra, _ = parse_number(there.group("num"))
                if extra is not None and best is not None:
                    low = best = high = best + extra
                    end = there.end("num")
            if (
                pattern is _AFTER
                and (some := _SOME_OF_THE.search(sentence, max(0, start - 30), start)) is not None
                and (n := parse_number(some.group("num"))[0]) is not None
                and (best is None or n < best)
            ):
                low = best = high = n  # "Four of the six kidnappers were killed": four
                start = some.start()
            if (part := _IN_ONE_ATTACK.match(sentence, end)) is not None:
                # "have killed hundreds of soldiers over the years, including 27 during an attack on
                # Mondoro": the toll of the attack told, not the running total it is part of
                included, _ = parse_number(part.group("num"))
                if included is not None:
                    low = best = high = included
                    start, end = part.start("num"), part.end("num")
                    victims = re.sub(r"^of\s+", "", victims)
            found.append(Figure(start, end, kind, low, best, high, victims, sentence[start:end]))
            taken.append((start, end))
    found.sort(key=lambda f: f.start)
    if len(found) > 1 and (whole := _OF_THE_DEAD.match(sentence)) is not None:
        # "Of the 34 dead now counted, ten were shot, twenty burned to death …": how the 34 died
        found = [f for f in found if f.start < whole.end() or f.kind != "killed"]
    return found


#: ``Of the 34 dead now counted,``: a count whose parts the rest of the sentence tells.
_OF_THE_DEAD = re.compile(
    r"\W*Of\s+(?:the|these|those)\s+[\w,-]+\s+(?:dead|deaths|killed|victims|bodies)\b[^,;.]{0,40},"
)


#: ``Oumarou Dicko … was killed with three other people``: the one the sentence names, and as many more.
_WITH_OTHERS = re.compile(
    r"\b(?:was|is|has\s+been|had\s+been)\s+(?P<verb>killed|shot\s+dead|executed)\s+"
    rf"(?:(?:along|together)\s+)?with\s+(?P<num>{_EXACT_NUMBER})\s+(?P<who>others|other\s+(?:people|persons|civilians"
    r"|soldiers|men|women|passengers|villagers|officials|companions))\b",
    re.I,
)


#: ``detained three men at a checkpoint, took them away and shot them``: the captives told before, then
#: killed.
_TAKEN_THEN_KILLED = re.compile(
    rf"\b(?:detained|arrested|abducted|kidnapped|seized|captured|rounded\s+up|took|dragged|led|marched|pulled)\s+"
    rf"{_QUANTITY_OR_ONE}\s+{_NOUN}"
    r"[^.;]{0,80}?\band\s+(?:then\s+)?(?:later\s+)?(?P<verb>shot|killed|executed|murdered)(?:\s+dead)?"
    # "took my husband and my brother outside and shot them", "took my father outside and shot him"
    r"\s+(?:(?:all\s+of\s+)?them|him|her)\b",
    re.I,
)


#: The pronoun a captive is killed by (``shot them``): a sentence with none skips the pattern.
_TAKEN_NEEDLES = (" them", " him", " her")


#: ``killed village chief``: a digest's clipped style, no article (not ``killed two chiefs``, ``his chief``).
CLIPPED = r"(?!(?:\d+|two|three|four|five|six|several|many|some|his|her|their|its|our|my|your)\b)"
#: not ``the chief's son``, one of the office holder's own
OFFICE_HOLDER = rf"{OFFICE}\b(?![’']s\b)"
#: ``deputy mayor``: the office held; ``of Tessit``: where, which is not who died.
_OFFICE_OF = rf"(?:[\w-]+\s+){{0,2}}?{OFFICE_HOLDER}"
_OF_PLACE = r"(?:\s+of\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)?"
#: ``the mayor of Boni for eleven years``: how long the office was held.
OFFICE_HELD = r"(?:\s+(?:for|since)\s+[\w-]+(?:\s+[\w-]+)?)?"
#: ``Hamadoun Dicko, the mayor of Boni, was shot dead``: the office set beside a name, between commas,
#: before what befell its holder (not ``69 people, among them the mayor of Banibangou, had been killed``).
OFFICE_APPOSED = r"(?<=,\s)"
#: ``killed the mayor of Bourem``, ``the village chief of Kerena was shot dead``: one person, told by the
#: office held, not by a number.
_OFFICE_KILLED = re.compile(
    # "killed a village chief", or in a digest's clipped style "killed village chief"
    rf"\b(?P<verb>killed|killing|shot\s+dead|assassinated|murdered|executed)\s+(?:(?:the|a|an)\s+|{CLIPPED})"
    rf"(?P<who>{_OFFICE_OF})"
    rf"{_OF_PLACE}|(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+(?P<who2>{_OFFICE_OF}){_OF_PLACE}{OFFICE_HELD}"
    r"\s+(?:was|has\s+been|had\s+been)\s+(?:shot\s+dead|killed|assassinated|murdered|executed)\b"
    rf"|{OFFICE_APPOSED}(?:the|a|an)\s+(?P<who3>{_OFFICE_OF}){_OF_PLACE}{OFFICE_HELD},"
    r"\s+(?:was|has\s+been|had\s+been)\s+(?:shot\s+dead|killed|assassinated|murdered|executed)\b"
)


_LEADER = r"(?:leader|head|emir|commander|founder|co-founder|second-in-command|deputy\s+leader)"
#: ``killed the leader of the Islamic State in the Greater Sahara``, ``The group's founder was killed``:
#: one person, an armed group's head, told by the rank held.
_LEADER_KILLED = re.compile(
    rf"\b(?P<verb>killed|killing|shot\s+dead|neutrali[sz]ed)\s+(?:the|its|their)\s+(?:[\w’'-]+\s+)?"
    rf"(?P<who>{_LEADER})\s+of\s+(?:the\s+)?(?-i:[A-Z])"
    rf"|(?<![\w’'-])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+)?(?P<who2>{_LEADER})"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[^,.;()]{1,60}?)?"
    r"\s+(?:was|has\s+been|had\s+been)\s+(?:shot\s+dead|killed|neutrali[sz]ed)\b"
    # "Adnan Abu Walid al-Sahraoui, the leader of the Islamic State …, has been killed": the man named
    rf"|,\s+(?:the|its|their)\s+(?:[\w’'-]+\s+)?(?P<who3>{_LEADER})\s+of\s+(?:the\s+)?(?-i:[A-Z])[^,.;()]{{1,60}},"
    r"\s+(?:was|has\s+been|had\s+been)\s+(?:shot\s+dead|killed|neutrali[sz]ed)\b"
)


_NAME_PART = r"(?:(?-i:[A-Z])[\w’'-]+|al-(?-i:[A-Z])[\w’'-]+|[Aa]g|[Oo]uld|bin|ben|dit)"
_NAMED_NEEDLES = (
    " was shot", " was killed", " was executed", " was murdered", " was assassinated", " was behead",
    " been killed", " been shot", " been executed", " been murdered", " been assassinated",
)  # fmt: skip
#: ``Beatrice Stöckli was killed by her captors``, ``Sophie Dupont, a French aid worker, was shot dead``:
#: one person, named, dead.
_NAMED_KILLED = re.compile(
    r"(?<![\w’'-])(?<!\bthe\s)(?<!\bThe\s)"
    r"(?!(?:The|A|An|In|On|At|By|After|When|Since|This|That|Its|Their|His|Her)\s)"
    rf"(?P<who>(?-i:[A-Z])[\w’'-]+(?:\s+{_NAME_PART}){{1,4}})"
    r"(?:,\s+[^,;()]{1,80},)?"
    r"\s+(?:was|has\s+been|had\s+been)\s+(?:(?:reportedly|later|also)\s+)?"
    r"(?P<verb>shot\s+dead|killed|executed|murdered|assassinated|beheaded)\b"
    r"(?!\s+(?:in\s+absentia|to\s+death|off)\b)"
)


def _a_leader(folded: str) -> bool:
    return any(w in folded for w in _LEADER_WORDS)


def _an_office(folded: str) -> bool:
    return any(w in folded for w in _OFFICE_WORDS)


#: ``a French soldier of Operation Barkhane was killed``: one, told by its article.
_ONE_AFTER = re.compile(
    rf"(?<![\w’'-])(?P<num>{_ONE})\s+{_NOUN}"
    r"(?:\s+of\s+(?-i:[A-Z])[\w’'-]+(?:\s(?-i:[A-Z])[\w’'-]+)?)?"
    rf"\s+(?:was|has\s+been|had\s+been){_ADVERB_AFTER}\s*(?P<verb>killed|shot\s+dead|found\s+dead|executed"
    r"|wounded|injured)\b",
    re.I,
)
#: ``His body was found two days later``: the one taken, found dead.
_BODY_FOUND = re.compile(
    r"(?<![\w’'-])(?P<num>his|her)\s+(?P<who>body)\s+(?:was|had\s+been|has\s+been)\s+(?:later\s+)?"
    r"(?P<verb>found|discovered|recovered)\b",
    re.I,
)
#: ``his elderly mother died in the fire``: one of a family, dead.
_KIN_DIED = re.compile(rf"(?<![\w’'-])(?P<num>{_POSSESSIVE_ONE})\s+{_NOUN}\s+died\b", re.I)
_ONE_NEEDLES = ("was killed", "been killed", "was shot dead", "was found dead", "was executed", "was wounded",
                "was injured", "been wounded")  # fmt: skip


_IN_ONE_ATTACK = re.compile(
    rf"(?:\s+\w+){{0,4}}?\s*,\s*including\s+(?P<num>{_EXACT_NUMBER})\s+(?:during|in|at)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+)?(?:attack|ambush|raid|assault|bombing|massacre)\b",
    re.I,
)


#: ``20 soldiers and a civilian``: one more of other people, told by the article.
_AND_ONE_MORE = re.compile(rf"{_PEOPLE}\s+and\s+(?:an?|one)\s+(?:[\w-]+\s+)?{_PEOPLE}$", re.I)


#: ``Four of the six kidnappers``: how many of a number told.
_SOME_OF_THE = re.compile(rf"\b(?P<num>{_EXACT_NUMBER})\s+of\s+(?:the|its|their)\s+$", re.I)


_JOINED_BEFORE = re.compile(rf"\b(?P<num>{_EXACT_NUMBER})\s+{_NOUN}\s*,?\s+and\s+$", re.I)
_SHARED_BEFORE = re.compile(rf"\b{_SHARED_PART}$", re.I)
_QUALIFIED_FIGURE = re.compile(_QUALIFIED_NUMBER, re.I)


#: ``… and a civilian``, ``…, and three others`` after a verb-first figure: more of its dead, unless a
#: verb of their own follows (``and a civilian was wounded``).
_JOINED_AFTER = re.compile(
    # "killed 19 civilians who had gathered for a wedding, along with three armed men": 22
    r"(?:\s+(?:who|that)\s+[^,.;]{1,60}?)?"
    # "killing 35 civilians, 31 of them women, and seven members of the security forces": 42
    rf"(?:\s*,\s*(?:\d+|{_WORD_NUMBER}|most|many|some|all|half)\s+of\s+them\s+[^,.;]{{1,30}}?(?=\s*,))?"
    r"\s*,?\s+(?:and|along\s+with|as\s+well\s+as|together\s+with)\s+(?:(?:their|its|his|her)\s+(?=\S+\s+\S))?"
    rf"(?P<num>{_EXACT_NUMBER}|an?(?!\s+(?:number|few|handful|couple|total|series|group)\b)|{_POSSESSIVE_ONE})"
    rf"\s+{_NOUN}(?!\s+(?:was|were|had|has|have|is|are)\b)",
    re.I,
)


_ASIDE = r"(?:\s*,\s*(?:including|among\s+them|most\s+of\s+them|all\s+of\s+them)\s+[^,.;()]{1,40}?,)?"
#: ``… in Nondin and then 179, including 36 children, in Soro``: as many more of the same, in another
#: place the figure's own words name.
_AND_THERE = re.compile(
    rf"{_ASIDE}\s+(?:in|at)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s*,?\s+and\s+(?:then\s+)?"
    rf"(?P<num>{_EXACT_NUMBER})(?:\s+(?:more|others))?{_ASIDE}\s+(?:in|at)\s+(?-i:[A-Z])",
    re.I,
)


#: ``A priest and five worshippers were shot dead``, a headline's ``Priest and five …``: one person
#: named before the figure is one more of its dead.
_ONE_JOINED_BEFORE = re.compile(
    rf"(?:(?<![\w’'-])(?:an?|the|one)\s+|^\W*)(?:[\w’'-]+\s+)?(?P<who>{_PEOPLE})\s+and\s+$", re.I
)
_PLURAL = re.compile(r"(?:s|men|people|children|fulbe|crew|more|them)$", re.I)


def _joined_before(sentence: str, start: int) -> tuple[int, int, str] | None:
    """``49 civilians and`` or ``a priest and`` just before a figure: where it starts, its number and
    its people."""
    window = max(0, start - 60)
    if (m := _JOINED_BEFORE.search(sentence, window, start)) is not None:
        count, _ = parse_number(m.group("num"))
        return (m.start(), count, _victims(m)) if count is not None else None
    if _QUALIFIED_FIGURE.match(sentence, start) and (m := _SHARED_BEFORE.search(sentence, window, start)):
        count, _ = parse_number(m.group("num0"))  # "four American and four Nigerien soldiers were killed"
        return (m.start(), count, m.group("adj0")) if count is not None else None
    before = sentence[:start]
    if not before[-8:].rstrip().lower().endswith("and"):
        return None
    one = _ONE_JOINED_BEFORE.search(before, window)
    if one is not None and not _PLURAL.search(who := _victims(one)):
        return one.start(), 1, who
    return None


#: Any figure verb: every figure contains one.
VERBS = re.compile(rf"\b{_VERB}\b", re.I)
#: How far before its verb a figure can start: qualifier, number and up to three words of victims.
_REACH = 100
#: Where a quantity (and so a figure with its verb last) can begin: a superset, checked by the pattern.
_QUANTITY_START = re.compile(rf"\b(?={_QUALIFIER}\s|between\s|{_NUMBER})", re.I)

_VERBS_LOWER = re.compile(VERBS.pattern)
_QUANTITY_START_LOWER = re.compile(_QUANTITY_START.pattern)


def _verb_first(sentence: str, verbs: list[re.Match[str]]) -> list[re.Match[str]]:
    """:data:`_BEFORE`'s matches: each begins at a figure verb, so it is only tried there.

    Scanning whole sentences with the figure patterns is the slow part of figure finding.
    """
    out: list[re.Match[str]] = []
    end_of_last = 0
    for verb in verbs:
        m = _BEFORE.match(sentence, verb.start())
        if m is not None and m.start() >= end_of_last:
            out.append(m)
            end_of_last = m.end()
    return out


def _verb_last(
    sentence: str, pattern: re.Pattern[str], verbs: list[re.Match[str]], starts: list[int]
) -> list[re.Match[str]]:
    """``pattern``'s leftmost match ending at each verb, tried only where a quantity can begin.

    The same matches ``pattern.search`` finds in the ``_REACH`` characters before the
    verb, without trying the pattern at every character.
    """
    out: list[re.Match[str]] = []
    end_of_last = 0
    for verb in verbs:
        lo = max(end_of_last, verb.start() - _REACH)
        for at in starts[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, verb.end())]:
            m = pattern.match(sentence, at, verb.end())
            if m is not None:
                out.append(m)
                end_of_last = m.end()
                break
    return out


#: ``132``, ``at least 40``, ``40–60``, ``300+``, ``dozens of soldiers``: the figure a field opens with.
_FIELD_FIGURE = re.compile(
    rf"\s*(?:(?P<from>\d[\d,]*)\s*[–—-]\s*(?P<to>\d[\d,]*)\b|{_QUANTITY}(?P<plus>\+)?(?!\w|%|[/.,]\d))",
    re.I,
)
_FIELD_VICTIMS = re.compile(rf"\b{_PEOPLE}\b", re.I)
#: ``8 dead according to local officials``: who counts them, not who they were.
_ACCORDING_TO = re.compile(r"\b(?:according\s+to|per|says?|said\s+by|claimed\s+by)\b", re.I)


def field_figure(value: str, kind: str) -> Figure | None:
    """The figure a fact box's field gives (``Deaths: at least 40``, ``Injured: 40–60``), of
    ``kind``; who it is about when the field says (``dozens of soldiers``)."""
    m = _FIELD_FIGURE.match(value)
    if m is None:
        return None
    if m.group("from"):
        low, high = parse_number(m.group("from"))[0], parse_number(m.group("to"))[1]
        if low is None or high is None or low > high:
            return None
        bounds: tuple[int | None, int | None, int | None] | None = (low, None, high)
    else:
        bounds = _bounds(m)
        if bounds is not None and m.group("plus") and bounds[1] is not None:
            bounds = (bounds[0], None, None)  # "300+"
    if bounds is None:
        return None
    said = _ACCORDING_TO.search(value, m.end())
    who = _FIELD_VICTIMS.search(value, m.end(), said.start() if said is not None else len(value))
    victims = (
        who.group(0) if who is not None and who.group(0).lower() not in {"more", "others", "of them"} else ""
    )
    return Figure(m.start(), m.end(), kind, *bounds, victims, value[m.start() : m.end()].strip())
