"""Find the places a text names and decide which place each name means.

Recognition is an Aho–Corasick scan (``pyahocorasick``) of the accent- and
case-folded text for every gazetteer name, keeping the longest match on word
boundaries. Each match then passes a set of rules a reviewer can read:

* **case** — a place name is capitalised; acronyms (``US``) must be in capitals;
* **links and compounds** — nothing inside a URL; ``Sahel-wide`` or
  ``Kremlin-aligned`` are adjectives, not places;
* **names of people** — a place-like word after a title (``President Keïta``)
  or next to other capitalised words (``Amadou Touré``) is part of a person's
  name, and once a word is known to be a surname in a document it stays one
  (``Keïta’s departure``);
* **names of organisations and documents** — ``Washington Post``,
  ``Algiers Accord``, ``Alliance of Sahel States``, ``G5 Sahel`` are not places;
* **demonyms** — ``Malian`` points at Mali for the document's focus but is not a
  place mention;
* **ordinary words** — names that are also common English words (``San``,
  ``Dire``) need a preposition of place before them or their accent.

Resolution scores every candidate: trusted tables first, the document's focus
country, the place type the text asks for (``Djenné district``, ``Kati military
camp``, ``Mopti Region``), other places named in the same sentence
(``Moura (Djenné district, Mopti Region)``) and size.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from geo.coordinates import coordinate_mentions
from geo.gazetteer import Gazetteer, NameEntry, haversine_km
from geo.model import Mention, Place, Sentence
from geo.phrases import PhraseHit, PhraseIndex
from geo.text import COMPASS_ADJECTIVE, english_zipf, fold, function_word, split_sentences, strip_accents
from geo.unlisted import merged, place_unlisted

#: Titles and roles that precede a person's name (``President Keïta``, ``Col. Goïta``).
TITLES = frozenset(
    """president vice-president prime minister colonel col captain capt general gen lieutenant lt major
    maj sergeant sgt commander cmdr corporal private marshal admiral brigadier imam sheikh cheick
    emir sultan king queen prince mr mrs ms dr prof governor mayor senator ambassador spokesman
    spokeswoman spokesperson judge chief secretary deputy envoy""".split()
)

#: Verbs whose object is a person, never a place (``colonels overthrew Keïta``, not the town in Niger).
PERSON_OBJECT_VERBS = frozenset(
    """overthrew overthrown ousted deposed toppled impeached pardoned sacked dismissed appointed
    reappointed succeeded interviewed""".split()
)

#: Capitalised words that end a proper name which is not a place (``Washington Post``).
NAME_HEADS = frozenset(
    """accord accords agreement agreements alliance assembly association authority bank brigade
    charter coalition command commission committee community company conference convention corporation
    council court declaration federation force forces foundation front fund group initiative
    institute journal mission movement movements network news office operation organisation
    organization partnership party post process programme program radio rally state states
    television times tribune union university watch herald review""".split()
)

MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)

#: Capitalised words that may follow a place name without making it part of another name.
POST_NAME_OK = TITLES | MONTHS_AND_DAYS | {"government", "region", "cercle", "district"}

#: Craft named after places (``the passenger boat Tombouctou``): the name is the craft's.
VESSELS = frozenset(
    {"boat", "ship", "vessel", "ferry", "barge", "steamer", "pinasse", "plane", "aircraft", "airliner"}
)

#: Features whose names are never anybody's surname.
BROAD_FEATURES = frozenset({"country", "continent", "macro-region"})

#: Words before a name that make it a location.
LOCATIVES = frozenset(
    """in at near from to of around outside inside towards toward between across into through
    via within beyond north south east west northeast northwest southeast southwest""".split()
)

#: Capitalised words that qualify a place rather than forming a name with it.
QUALIFIERS = frozenset({"northern", "southern", "eastern", "western", "central", "greater", "upper", "lower"})

_NAME = r"[A-Z][\w’'-]+"
_MORE_NAMES = rf"(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|or)\s+{_NAME}"

#: Place-type words after a name that say which kind of place is meant.
SUFFIX_FEATURES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\s+(?:military\s+|army\s+)?(?:camp|base|barracks|garrison)\b", re.I), "camp"),
    (re.compile(r"^\s+(?:district|cercle|circle|department|d[ée]partement|commune)s?\b", re.I), "district"),
    (re.compile(r"^\s+(?:region|province)s?\b", re.I), "region"),
    # "the Mopti and Ségou regions": each name of the list is one
    (re.compile(rf"^{_MORE_NAMES}\s+[Rr]egions\b"), "region"),
    (re.compile(rf"^{_MORE_NAMES}\s+(?:[Cc]ercles|[Cc]ircles|[Dd]istricts)\b"), "district"),
)

_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.I)
# Looking back from a name is done on the reversed window, as an anchored match: a
# right-anchored search would retry at every position of the window.
_WORD_BEFORE_REVERSED = [re.compile(rf"\W{{{k}}}([\w.&’'\-]+)") for k in range(4)]
_WORD_AFTER = re.compile(r"^[\s,]{0,2}([\w.&’'\-]+)")
_POSSESSIVE = re.compile(r"^[’']s\b")
_ORG_OF_REVERSED = re.compile(r"\s+(?:eht\s+)?(?:fo|rof)\s+([\w-]+[A-Z])(?!\w)")  # "Committee for the "


@dataclass
class Recognition:
    """What a document's scan produced: place mentions, demonyms and rejections."""

    mentions: list[Mention] = field(default_factory=list)
    demonyms: list[tuple[int, int, Place]] = field(default_factory=list)
    rejected: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, text, why
    focus_country: str = ""


class Matcher(PhraseIndex[NameEntry]):
    """An Aho–Corasick automaton over every folded name in a gazetteer."""

    def __init__(self, gazetteer: Gazetteer):
        super().__init__((key, entry) for key, entries in gazetteer.by_name.items() for entry in entries)
        self.gazetteer = gazetteer


@lru_cache(maxsize=8)
def matcher_for(gazetteer: Gazetteer) -> Matcher:
    return Matcher(gazetteer)


# --- context helpers -------------------------------------------------------------------


def _word_before(text: str, start: int) -> str:
    """The word before ``start`` (at most three non-word characters between), as long as it runs."""
    reversed_window = text[max(0, start - 60) : start][::-1]
    best: tuple[int, int, str] | None = None
    for gap, pattern in enumerate(_WORD_BEFORE_REVERSED):
        m = pattern.match(reversed_window)
        if m and (best is None or (gap + len(m.group(1)), len(m.group(1))) > best[:2]):
            best = (gap + len(m.group(1)), len(m.group(1)), m.group(1))
    return best[2][::-1] if best else ""


def _organisation_before(text: str, start: int) -> str:
    """``Committee`` in ``the National Committee for the Salvation …``: the head of a name that ends here."""
    m = _ORG_OF_REVERSED.match(text[max(0, start - 60) : start][::-1])
    return m.group(1)[::-1] if m else ""


def _joined_by_space(text: str, word: str, start: int) -> bool:
    """Whether ``word`` sits right before ``start`` with a single space between."""
    return bool(word) and text[start - len(word) - 1 : start] == word + " "


def _word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text[end : end + 60])
    return m.group(1) if m else ""


def _is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


#: Words prose capitalises too (``President``, ``March``): they tell no headline. (``May`` is
#: too short to be counted at all.)
_ALWAYS_CAPITALISED = TITLES | frozenset(
    """january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


def _is_title_case(sentence: str) -> bool:
    """Headlines and reference titles capitalise their ordinary words; name rules do not apply there.

    Only everyday words are counted, so a sentence listing countries, or giving a president
    his title and a date its month, is not mistaken for a headline.
    """
    # The first word is capitalised in any sentence, so it says nothing.
    tokens = re.findall(r"[A-Za-zÀ-ÿ’']+", _URL_RE.sub(" ", sentence))[1:]
    words = [
        w for w in tokens if len(w) >= 4 and english_zipf(w) >= 3.5 and w.lower() not in _ALWAYS_CAPITALISED
    ]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.7


def _common_word(word: str) -> bool:
    """An everyday English word (``Five``, ``Radio``), not a given name or a code like ``G-5``."""
    return english_zipf(word) >= 4.5


def _sentence_at(sentences: list[Sentence], starts: list[int], pos: int) -> int:
    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 and sentences[i].end > pos else -1


# --- rules -----------------------------------------------------------------------------


@dataclass
class _Context:
    text: str
    sentences: list[Sentence]
    starts: list[int]
    urls: list[tuple[int, int]]
    surnames: set[str]
    place_keys: dict[str, list[NameEntry]]
    headlines: dict[int, bool] = field(default_factory=dict)
    #: names already taken for places in the document: one name keeps one sense
    placed: set[str] = field(default_factory=set)

    def headline(self, sentence: int) -> bool:
        """Whether sentence ``sentence`` is set in title case (worked out once, when first asked)."""
        if sentence < 0:
            return False
        if sentence not in self.headlines:
            self.headlines[sentence] = _is_title_case(self.sentences[sentence].text)
        return self.headlines[sentence]


def _said_twice(text: str, start: int, end: int) -> bool:
    """The name is said again right after or right before it, a space between (``Tongo Tongo``);
    not ``Ansongo, Ansongo cercle``, a town and the area named after it."""
    surface = text[start:end]
    after = text.startswith(" " + surface, end) and not text[end + 1 + len(surface) :][:1].isalnum()
    lead = start - len(surface) - 1
    before = (
        lead >= 0 and text.startswith(surface + " ", lead) and not text[max(0, lead - 1) : lead].isalnum()
    )
    return after or before


#: ``Douna, in central Mali``: the country a place is said to lie in, right after it.
_IN_COUNTRY_AFTER = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|north|south|east|west"
    r"|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern"
    r"|southwestern)\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


def _country_said_after(text: str, end: int, ctx: _Context, own: str) -> str:
    """The country, region or town the text puts a GeoNames place in, when the table holds it only in
    other countries than the place's own (``a strike in Douna, in central Mali`` is no Douna of Côte
    d'Ivoire); else ""."""
    said = _IN_COUNTRY_AFTER.match(text, end)
    if said is None:
        return ""
    entries = ctx.place_keys.get(fold(said.group("name")), [])
    if feature_cue(text, said.end("name")) in {"region", "district"} and all(
        e.place.feature in {"town", "village"} and e.place.population < AREA_TOWN_POPULATION for e in entries
    ):
        return ""  # "Djibo in Soum province": an area no table holds, named like a small town abroad
    # "Tongo Tongo, in the Tillabéri region": a country, region or town of the table, none in its own country
    countries = {e.place.country_code for e in entries if e.place.country_code}
    return said.group("name") if countries and own not in countries else ""


def _is_place_word(word: str, ctx: _Context) -> bool:
    """A qualifier (``Northern``) or another place name or demonym (``Malian``, ``Bamako``)."""
    key = fold(word.strip(".,’'"))
    return key in QUALIFIERS or key in ctx.place_keys


def _reject_reason(hit: PhraseHit[NameEntry], entry: NameEntry, ctx: _Context) -> str:
    text = ctx.text
    surface = text[hit.start : hit.end]
    if entry.case_sensitive:
        if surface.replace(".", "") != surface.replace(".", "").upper():
            return "lower-case acronym"
    elif not surface[:1].isupper():
        return "not capitalised"
    if any(a <= hit.start < b for a, b in ctx.urls):
        return "inside a URL"
    after = text[hit.end : hit.end + 2]
    if len(after) == 2 and after[0] == "-" and after[1].islower():
        return "adjective compound"
    if entry.demonym:
        return ""
    before = _word_before(text, hit.start)
    next_word = _word_after(text, hit.end)
    possessive = bool(_POSSESSIVE.match(text[hit.end : hit.end + 3]))
    sent = _sentence_at(ctx.sentences, ctx.starts, hit.start)
    sentence_initial = sent >= 0 and ctx.sentences[sent].start == hit.start
    if next_word.lower().strip(".,") in NAME_HEADS and _is_capitalised(next_word) and not possessive:
        return f"part of a name ({surface} {next_word})"
    org = _organisation_before(text, hit.start)
    if org and org.lower() in NAME_HEADS:
        return f"part of a name ({org} … {surface})"
    if before.lower() in VESSELS:
        return f"name of a craft ({before} {surface})"
    if (
        before == "the"
        and (
            _APPOSITION.match(text, hit.end) or _CRAFT_APPOSED.search(text, max(0, hit.start - 60), hit.start)
        )
        and _named_after_a_town(hit.key, ctx)
    ):
        return f"named after the town (the {surface})"  # "attacked the Tombouctou, the boat that …"
    if before.lower().rstrip(".") in TITLES and _is_capitalised(before):
        ctx.surnames.add(hit.key)
        return f"person's name ({before} {surface})"
    if entry.place.feature not in BROAD_FEATURES and hit.key in ctx.surnames:
        return "surname in this document"
    if entry.place.feature not in BROAD_FEATURES and _said_twice(text, hit.start, hit.end):
        return f"a name said twice is a name of its own ({surface} {surface})"  # "the village of Tongo Tongo"
    if before.lower() in PERSON_OBJECT_VERBS and entry.place.feature not in BROAD_FEATURES:
        ctx.surnames.add(hit.key)
        return f"person's name ({before} {surface})"
    left_name = (
        _is_capitalised(before)
        and not sentence_initial
        and not before.endswith(("'s", "’s"))  # "in Burkina Faso's Yagha province": whose the place is
        and _joined_by_space(text, before, hit.start)
        and (not _common_word(before) or before.lower() in NAME_HEADS)
        and not _is_place_word(before, ctx)
    )
    right_name = (
        _is_capitalised(next_word)
        and not possessive
        and text[hit.end : hit.end + 1] == " "
        and next_word.lower().strip(".,") not in POST_NAME_OK
        and not function_word(next_word)
        and not _is_place_word(next_word, ctx)
    )
    # whether the sentence is a headline is asked last: it is the costly question
    if (left_name or right_name) and not ctx.headline(sent):
        if entry.place.feature not in BROAD_FEATURES and not surface.isupper():
            ctx.surnames.add(hit.key)  # a line in capitals ("INFO AMEMBASSY ALGIERS") names no person
        return "part of a longer proper name"
    if entry.place.origin == "geonames" and (
        other := _country_said_after(text, hit.end, ctx, entry.place.country_code)
    ):
        return f"in another country than the one named after it ({surface}, in … {other})"
    locative = before.lower() in LOCATIVES
    if entry.weak and not locative and strip_accents(surface) == surface:
        return "ordinary word without place context"
    if entry.place.origin == "geonames" and sentence_initial and not locative and hit.key not in ctx.placed:
        return "sentence-initial GeoNames name without place context"
    return ""


#: ``the Tombouctou, the boat that …``: a comma and a common noun phrase say what it is; a list of
#: names (``the Kayes, Koulikoro and Sikasso regions``) goes on with a capital.
_APPOSITION = re.compile(r"[*_]*,\s+(?:the|a|an|its|our|their)\s")


#: ``A boat on the Niger river, the Tombouctou, …``: the craft told first, its name in apposition.
_CRAFT_APPOSED = re.compile(rf"\b(?:{'|'.join(sorted(VESSELS))})\b[^,.;:]{{0,40}},\s+the\s+$", re.I)


def _named_after_a_town(key: str, ctx: _Context) -> bool:
    """A town's name (or a region's that is a town's too) never takes "the" on its own."""
    return any(e.place.feature in {"town", "village"} for e in ctx.place_keys.get(key, []))


def feature_cue(text: str, end: int) -> str:
    """The kind of place a word after the name says it is (``Bankass circle``: a district), or ``""``."""
    window = text[end : end + 40]
    for pattern, feature in SUFFIX_FEATURES:
        if pattern.match(window):
            return feature
    return ""


#: ``the northern province of Soum``, ``the commune of Sangha``: the kind of place said before the name.
#: (``the Faladié district of Bamako`` names a district of the town, not the town as one)
_AREA_OF_BEFORE = re.compile(
    rf"\bthe\s+(?:{COMPASS_ADJECTIVE}\s+)?(?:(?P<region>region|province)"
    r"|(?P<district>district|cercle|circle|department|d[ée]partement|commune))\s+of\s+$",
    re.I,
)


def area_cue(text: str, start: int, end: int) -> str:
    """The kind of place the words around a name say it is: after it (``Soum province``), before it
    (``the province of Soum``), or a region in brackets after a town (``Tessit (Gao)``); else ``""``."""
    if cue := feature_cue(text, end):
        return cue
    before = _AREA_OF_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        return "region" if before.group("region") else "district"
    return "region" if _bracketed_region(text, start, end) else ""


#: ``Sokolo (Ségou)``, ``Tessit (Gao)``: a name in brackets right after another names the region
#: it lies in, as incident logs and wire copy write it.
_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?\s*\($")


def _bracketed_region(text: str, start: int, end: int) -> bool:
    return text[end : end + 1] == ")" and bool(_NAME_BEFORE_BRACKET.search(text, max(0, start - 40), start))


# --- resolution ------------------------------------------------------------------------

ORIGIN_PRIOR = {"curated": 0.6, "local": 0.45, "geonames": 0.3}
FEATURE_PRIOR = {
    "country": 0.12,
    "continent": 0.1,
    "macro-region": 0.08,
    "region": 0.05,
    "town": 0.1,
    "village": 0.02,
    "landmark": 0.05,
    "district": -0.1,
    "camp": -0.2,
}


def _score(entry: NameEntry, focus: str, cue: str, admin_context: set[str]) -> float:
    place = entry.place
    score = ORIGIN_PRIOR[place.origin] + FEATURE_PRIOR.get(place.feature, 0.0)
    if focus and place.country_code == focus:
        score += 0.2
    if place.population >= 100_000:
        score += 0.05
    if cue:
        score += 0.5 if place.feature == cue else -0.3
    if admin_context and ({place.admin1, place.admin2} & admin_context):
        score += 0.15
    return score


#: ``the Algiers peace agreement``, ``the Lomé talks``: a place that names an accord.
NAMES_AN_ACCORD = re.compile(
    r"\s+(?:peace\s+|political\s+)?(?:agreement|accords?|process|talks|declaration|charter|roadmap)\b", re.I
)


#: How many people a town must have for an area named like it to be taken as the area around it, in a
#: country the story does not name: regions are named after their capitals, not after hamlets abroad.
AREA_TOWN_POPULATION = 20_000
#: ``near the border with Mali``, ``armed groups crossed from Mali``: a country named as what lies
#: over the border, not where the story is.
#: (``the borders with Mali and Burkina Faso``: each country listed)
BEYOND_BORDER = re.compile(
    r"\b(?:borders?\s+with|frontier\s+with|crossed\s+(?:over\s+)?from|spilled\s+over\s+from|spread\s+from)\s+"
    r"(?:neighbou?ring\s+)?(?:the\s+)?(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:,\s+|\s+and\s+))?$",
    re.I,
)


#: ``two German engineers``, ``the French ambassador``: people who are abroad where the story happens, so
#: their nationality says nothing of where that is.
_ABROAD_AFTER = re.compile(
    r"\s+(?:(?:aid|oil|mine|mining|humanitarian|construction|road)\s+)?(?:engineers?|workers?|tourists?"
    r"|nationals?|citizens?|hostages?|journalists?|reporters?|missionar(?:y|ies)|priests?|nuns?|doctors?"
    r"|nurses?|volunteers?|expatriates?|businessm[ae]n|geologists?|contractors?|diplomats?|ambassadors?"
    r"|envoys?|embass(?:y|ies))\b",
    re.I,
)


def _focus_country(counts: Counter[str], scenes: Counter[str]) -> str:
    """The country the document is about: most votes from country names, demonyms and curated places;
    between equals, the one whose towns it names (``Malian soldiers and Russian fighters`` took a
    mine ``about 80 km from Gao``)."""
    if not counts:
        return ""
    top = max(counts.values())
    tied = [code for code, n in counts.items() if n == top]
    best = max(tied, key=lambda code: scenes[code])
    if not scenes[best]:
        # "protesters set fire to the French embassy in Ouagadougou … accused France": a country named
        # often and none of its towns is who the story is about; the one whose towns it names is where
        placed = [code for code, n in counts.items() if scenes[code] >= 2 and 2 * n >= top]
        if placed:
            return max(placed, key=lambda code: (counts[code], scenes[code]))
    return best


def _may_hold_links(text: str) -> bool:
    lowered = text.lower()
    return "http" in lowered or "www." in lowered


def recognise(
    text: str,
    gazetteer: Gazetteer,
    *,
    doc_id: str = "",
    sentences: list[Sentence] | None = None,
    matcher: Matcher | None = None,
) -> Recognition:
    """Find and resolve every place name in ``text``."""
    matcher = matcher or matcher_for(gazetteer)
    sentences = sentences if sentences is not None else split_sentences(text)
    folded = fold(text)
    ctx = _Context(
        text=text,
        sentences=sentences,
        starts=[s.start for s in sentences],
        urls=[m.span() for m in _URL_RE.finditer(text)] if _may_hold_links(text) else [],
        surnames=set(),
        place_keys=gazetteer.by_name,
    )
    result = Recognition()
    accepted: list[tuple[PhraseHit[NameEntry], list[NameEntry]]] = []
    country_votes: Counter[str] = Counter()
    scene_votes: Counter[str] = Counter()
    for hit in matcher.find(folded):
        keep: list[NameEntry] = []
        reasons: list[str] = []
        for entry in hit.values:
            why = _reject_reason(hit, entry, ctx)
            if why:
                reasons.append(why)
            else:
                keep.append(entry)
        if not keep:
            result.rejected.append((hit.start, hit.end, text[hit.start : hit.end], reasons[0]))
            continue
        demonyms = [e for e in keep if e.demonym]
        places = [e for e in keep if not e.demonym]
        if demonyms and not places:
            result.demonyms.append((hit.start, hit.end, demonyms[0].place))
            if demonyms[0].place.country_code and not _ABROAD_AFTER.match(text, hit.end):
                country_votes[demonyms[0].place.country_code] += 1
            continue
        accepted.append((hit, places))
        ctx.placed.add(hit.key)  # "… near Tessit. … Tessit had already lost 33 soldiers"
        curated = [e.place for e in places if e.place.origin == "curated"]
        if NAMES_AN_ACCORD.match(text, hit.end):
            continue  # "the Algiers peace agreement" is about Mali, not Algeria
        if BEYOND_BORDER.search(text, max(0, hit.start - 60), hit.start):
            continue  # "Arbinda, near the border with Mali": the story is on this side of it
        if len({p.country_code for p in curated}) == 1 and curated[0].country_code:
            weight = 2 if curated[0].feature == "country" else 1
            country_votes[curated[0].country_code] += weight
            if weight == 1:
                scene_votes[curated[0].country_code] += 1
    result.focus_country = _focus_country(country_votes, scene_votes)
    admin_by_sentence: dict[int, set[str]] = {}
    for hit, places in accepted:
        sent = _sentence_at(sentences, ctx.starts, hit.start)
        for entry in places:
            if entry.place.feature in {"region", "district"} and entry.place.origin == "curated":
                admin_by_sentence.setdefault(sent, set()).add(entry.place.admin1 or entry.place.name)
                if entry.place.feature == "district":
                    admin_by_sentence[sent].add(entry.place.name)
    for hit, places in accepted:
        sent = _sentence_at(sentences, ctx.starts, hit.start)
        cue = area_cue(text, hit.start, hit.end)
        context = admin_by_sentence.get(sent, set())
        scored = sorted(
            ((_score(e, result.focus_country, cue, context), e) for e in places),
            # between equals, the most populous: Mali's Sokolo of 4,374, not a hamlet abroad first by id
            key=lambda se: (-se[0], -se[1].place.population, se[1].place.place_id),
        )
        best_score, best = scored[0]
        if (
            cue in {"region", "district"}
            and best.place.feature in {"town", "village"}
            and result.focus_country
            and best.place.country_code not in {result.focus_country, ""}
            and not country_votes[best.place.country_code]
            and best.place.population < AREA_TOWN_POPULATION
        ):
            # "in Soum province" of a story in Burkina Faso: not the small town of Soum in Senegal, a
            # country the story never names ("in the Tahoua region" is the city's, wherever the story is)
            why = "an area named like a foreign town"
            result.rejected.append((hit.start, hit.end, text[hit.start : hit.end], why))
            continue
        margin = best_score - scored[1][0] if len(scored) > 1 else 0.5
        confidence = max(0.05, min(1.0, best_score + min(margin, 0.5) / 2))
        result.mentions.append(
            Mention(
                doc_id=doc_id,
                start=hit.start,
                end=hit.end,
                matched_text=text[hit.start : hit.end],
                place=best.place,
                score=round(confidence, 3),
                sentence_index=sent,
            )
        )
    result.mentions = _drop_later_surnames(result, ctx)
    result.mentions = _drop_far_foreign_hamlets(result, country_votes)
    found = place_unlisted(text, sentences, result.mentions, gazetteer.by_name, doc_id)
    result.mentions = merged(result.mentions, found)
    result.mentions = merged(result.mentions, coordinate_mentions(text, sentences, gazetteer, doc_id))
    return result


#: How far a GeoNames hamlet of a country the story never names must lie from every place it does name
#: to be taken for a namesake abroad.
FOREIGN_HAMLET_KM = 300.0


def _drop_far_foreign_hamlets(result: Recognition, country_votes: Counter[str]) -> list[Mention]:
    """A small GeoNames place in a country the story never names, far from every place it does name, is
    a namesake abroad: ``Soro``, a village of Yatenga five kilometres from Nondin in a story set around
    Ouahigouya, is not the town of Soro in Côte d'Ivoire 700 km south. The village then goes unplaced,
    which the unlisted-place reader may still anchor, rather than plotted in the wrong country."""
    focus = result.focus_country
    if not focus:
        return result.mentions
    located = {
        m.place.place_id: point
        for m in result.mentions
        if m.place.feature not in BROAD_FEATURES and (point := _point(m.place))
    }
    kept = []
    for mention in result.mentions:
        place = mention.place
        here = _point(place)
        if (
            here
            and place.origin == "geonames"
            and place.feature in {"town", "village"}
            and place.population < AREA_TOWN_POPULATION
            and place.country_code not in {focus, ""}
            and not country_votes[place.country_code]
        ):
            others = [point for pid, point in located.items() if pid != place.place_id]
            if others and all(haversine_km(*here, *point) > FOREIGN_HAMLET_KM for point in others):
                why = "a small place abroad, far from every place the story names"
                result.rejected.append((mention.start, mention.end, mention.matched_text, why))
                continue
        kept.append(mention)
    return kept


def _point(place: Place) -> tuple[float, float] | None:
    return None if place.latitude is None or place.longitude is None else (place.latitude, place.longitude)


def _drop_later_surnames(result: Recognition, ctx: _Context) -> list[Mention]:
    """A word found to be a surname anywhere in the document is not a place before it either."""
    kept = []
    for mention in result.mentions:
        key = fold(mention.matched_text)
        if key in ctx.surnames and mention.place.feature not in BROAD_FEATURES:
            result.rejected.append(
                (mention.start, mention.end, mention.matched_text, "surname in this document")
            )
            continue
        kept.append(mention)
    return kept
