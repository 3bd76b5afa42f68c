"""Places no gazetteer lists, put where the text itself says they lie.

Reports name villages that no offline table holds (``the village of Farabougou, in the Niono
cercle``; ``Tamalat, a village east of Ménaka``). Dropping them loses the event's place; guessing
loses the truth. The text's own words are a sourced position: the village gets the point of the
known place it is said to lie in or near, at precision 2 (near / district), or 3 when that place
is a region. Where the text gives a distance and a bearing (``40 km north of Gao``), the point is
moved by them; such figures are rounded, so the precision is 2 up to 150 km and 3 beyond, and a
distance with no bearing past 25 km (``about 150 km from Gao``) says only the area (3). The
place's ``source`` quotes the words it was placed by, so every coordinate stays traceable.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import replace

from pyproj import Geod

from geo import actors as actors_mod
from geo.model import Mention, Place, Sentence
from geo.text import AREA_WORDS, COMPASS_ADJECTIVE, COMPASS_POINTS, english_zipf, fold, function_word

#: How the ids of the places this module makes begin (no gazetteer id does).
PLACE_ID_PREFIX = "text-"
#: One capitalised word of a village's name; ``Sobane Da``, ``Koulogon-Peul``, ``Kourouma Koubé``.
_WORD = r"(?-i:[A-Z][\w’'-]*\w)"
_NAME = rf"{_WORD}(?:\s{_WORD}){{0,2}}"
_NAMES = rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+and\s+{_NAME})?)"
#: The words for what a place is (``village``), and for the area it lies in (``cercle``): the
#: patterns and the cheap signs below share them, so a sign never misses what a pattern reads.
_KIND_WORDS = r"villages?|hamlets?|towns?|localit(?:y|ies)|settlements?|oasis|communes?"
_KIND = rf"(?P<kind>{_KIND_WORDS})"
#: ``about 40 km``, ``more than 200 kilometres``: how a distance is hedged.
_QUALIFIER = (
    r"(?:about|some|around|roughly|nearly|almost|only|just|barely|more\s+than|over|less\s+than|under)"
)
_DISTANCE = (
    rf"(?:{_QUALIFIER}\s+)?(?P<distance>\d{{1,4}}(?:[.,]\d+)?)"
    r"\s*(?P<unit>km|kms|kilomet(?:er|re)s?|miles?)\b(?:\s*\([^)]{0,30}\))?"
    rf"\s+(?:(?:to\s+the\s+)?(?P<bearing>{COMPASS_POINTS})\s+of|from|outside)"
)
#: ``the northern province of Soum``: an area named after the word for it.
_AREA_OF = rf"(?:{COMPASS_ADJECTIVE}\s+)?(?:{AREA_WORDS})\s+of\s+"
#: ``in the town of Gao``, ``in the northern province of Sanmatenga``: the words before the known place
_THE_PLACE = rf"\s+(?:the\s+)?(?:(?:{COMPASS_ADJECTIVE}\s+)?(?:town|city|village)\s+of\s+|{_AREA_OF})?"
#: Where the name lies with respect to a known place, up to that place's name.
_WHERE = (
    rf"(?:{_DISTANCE}|(?P<inside>in|inside|within)"
    r"|(?:just\s+)?(?:near|outside|close\s+to|not\s+far\s+from|(?:on\s+)?the\s+outskirts\s+of)"
    rf"|(?:to\s+the\s+)?(?:{COMPASS_POINTS})\s+of){_THE_PLACE}"
)
#: ``Tamalat, a village …``, ``Tchoma Bangou and Zaroumdareye, two villages …``
_ARTICLE = r"(?:a|an|the|two|three|four|five|both)"
#: ``the village of Farabougou, in the Niono cercle``, ``the villages of A, B and C in the Ansongo cercle``
_KIND_FIRST = re.compile(rf"\b{_KIND}\s+of\s+{_NAMES}(?:\s*,)?\s+{_WHERE}", re.I)
#: ``Tamalat, a village east of Ménaka``, ``Welingara, a Fulani village of some 300 people near Nara``
_KIND_AFTER = re.compile(
    rf"(?<![\w-]){_NAMES},\s+{_ARTICLE}\s+(?:[\w’'-]+\s+){{0,2}}?{_KIND}\b(?:\s+of\s+[^,.;()]{{1,40}}?)?"
    # "Kouakourou, a village on the Niger river in the Djenné cercle"
    r"(?:\s+(?:on|along)\s+the\s+(?:[A-Z][\w’'-]+\s+)+[Rr]iver)?"
    rf"(?:\s*,)?\s+{_WHERE}",
    re.I,
)
#: ``Anéfis, a town of the Kidal region``
_KIND_OF_AREA = re.compile(
    rf"(?<![\w-]){_NAMES},\s+{_ARTICLE}\s+(?:[\w’'-]+\s+){{0,2}}?{_KIND}\s+(?P<inside>of)\s+(?:the\s+)?",
    re.I,
)
#: ``Farabougou, in the Niono cercle``, ``Intahaka, 40 km west of Gao``: a name and its admin area or
#: distance, set off by a comma, with no word for what it is.
_PLACED_APART = re.compile(
    # "Silgadji, in Soum province", "Nassoumbou, in the northern province of Soum"
    rf"(?<![\w-]){_NAMES},\s+(?:(?P<area>in)\s+(?:the\s+(?:{_AREA_OF}|(?=\S+(?:\s\S+)?\s+(?:{AREA_WORDS})\b))"
    rf"|(?=(?-i:[A-Z])\S+(?:\s\S+)?\s+(?:{AREA_WORDS})\b))"
    # "its camp at Ber, near Timbuktu"
    rf"|{_DISTANCE}{_THE_PLACE}|(?:just\s+)?(?:near|outside|close\s+to|not\s+far\s+from){_THE_PLACE})",
    re.I,
)
#: ``Amasrakad (Gao region)``, ``Intahaka (Gao)``: an incident log's area in brackets after the name.
_BRACKETED = re.compile(rf"(?<![\w-])(?P<names>{_NAME})\s*(?P<area>\()\s*(?:the\s+)?", re.I)
#: ``the nearby village of Kourouma Koubé``: a village near the town the story was last at.
_NEARBY = re.compile(rf"\b(?:nearby|neighbouring|neighboring|adjacent)\s+{_KIND}\s+of\s+{_NAMES}", re.I)
#: ``Both villages lie in the Koro cercle``: the places the sentence before named, put in an area.
_LIE_IN = re.compile(
    rf"(?P<kind>{_KIND_WORDS})\s+(?:both\s+|all\s+)?(?:lie|lies|are|is|sit|sits|stand|stands)\s+"
    r"(?:(?:located|situated)\s+)?(?P<inside>in|within)\s+(?:the\s+)?",
    re.I,
)
#: The words before ``villages lie in`` that say how many places are meant.
_HOW_MANY = re.compile(r"\b(?:(?P<both>both)|the\s+(?P<n>two|three|four)|(?P<one>the|this))\s+$", re.I)
_COUNTS = {"two": 2, "three": 3, "four": 4}
#: A name the sentence puts something in, at or to (``stormed Yoro``, ``rode on to Gangafani 2``, ``the
#: mayor of Yoro``): a place, not a person (``said Issiaka Ganamé``).
_NAMED_AS_PLACE = re.compile(
    r"\b(?:in|at|to|near|into|stormed|attacked|raided|entered|struck|hit|overran|torched|burned|burnt"
    r"|(?:mayor|chief|residents?|inhabitants|villagers|people)\s+of)\s+"
    rf"(?:the\s+(?:{_KIND_WORDS})\s+of\s+)?(?P<name>{_NAME}(?:\s\d{{1,2}}\b)?)"
)
_AREA_WORD = re.compile(rf"\s+(?:{AREA_WORDS})s?\b", re.I)
#: How far back (in characters) that town may be named.
NEARBY_CHARS = 600
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s*,?\s+and\s+")

BEARINGS = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
    "south": 180.0, "southwest": 225.0, "west": 270.0, "northwest": 315.0,
}  # fmt: skip
#: Known places an unlisted village may be placed at, and the precision it then gets.
CONTAINER_PRECISION = {"town": 2, "village": 2, "camp": 2, "landmark": 2, "district": 2, "region": 3}
_GEOD = Geod(ellps="WGS84")
_KM_PER_MILE = 1.609344


def _everyday(word: str) -> bool:
    """``Several``, ``Many``, ``Residents``: an English word, not a village's name."""
    return english_zipf(word) >= 4.0


def _known(name: str, known: dict) -> bool:
    """A name the gazetteer holds as written: ``Ber`` is no ``BER``, Berlin's airport code."""
    return any(not e.case_sensitive or e.surface == name for e in known.get(fold(name), ()))


def _plausible_name(name: str, known: dict) -> bool:
    words = name.split()
    if _known(name, known) or any(_known(w, known) for w in words):
        return False  # a gazetteer name, or a known place with a qualifier the recogniser turned down
    if name.isupper() or fold(name) in actors_mod.load().folded_names:
        return False  # "JNIM (Mopti region)", "Ansar Dine, in the Kidal region": a group, not a village
    return not _everyday(words[0])


def _names(listed: str) -> list[str]:
    """Each name of a list, less a function word that opens the sentence (``In Dagabéré, a village
    …``, ``The Wagner Group, …``); ``Radio Kledu`` keeps its ``Radio``, and is then no village."""
    out = []
    for name in _LIST_SPLIT.split(listed):
        words = name.split()
        while len(words) > 1 and function_word(words[0]):
            words.pop(0)
        if words:
            out.append(" ".join(words))
    return out


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _km(groups: dict[str, str | None]) -> float | None:
    distance, unit = groups.get("distance"), groups.get("unit")
    if not distance or not unit:
        return None
    return float(distance.replace(",", ".")) * (_KM_PER_MILE if unit.lower().startswith("mile") else 1.0)


def _point(container: Place, km: float | None, bearing: str | None) -> tuple[float, float]:
    assert container.latitude is not None and container.longitude is not None
    if km is None or not bearing:
        return container.latitude, container.longitude
    azimuth = BEARINGS[bearing.lower().replace("-", "")]
    lon, lat, _ = _GEOD.fwd(container.longitude, container.latitude, azimuth, km * 1000.0)
    return round(lat, 5), round(lon, 5)


#: A distance with no bearing beyond which the known place is no longer "near" (precision 2) …
NEAR_KM = 25.0
#: … and with a bearing (``north`` is good to 22.5° either way: within about 60 km, a district's
#: size, at 150 km).
FAR_KM = 150.0


def _place(name: str, kind: str, container: Place, quote: str, match: re.Match[str]) -> Place:
    groups = match.groupdict()
    km, bearing = _km(groups), groups.get("bearing")
    lat, lon = _point(container, km, bearing)
    precision = CONTAINER_PRECISION[container.feature]
    if km is not None and km > (FAR_KM if bearing else NEAR_KM):
        precision = 3  # "about 150 km from Gao", "about 120 km north of Niamey": the area, no nearer
    far = km is not None and km > NEAR_KM
    area = container.feature in {"region", "district"}
    where = f"{km:g} km {bearing.lower()} of" if km is not None and bearing else ("in" if area else "at")
    return Place(
        # the point is part of the id: one name placed apart by two texts is two places, not one
        place_id=f"{PLACE_ID_PREFIX}{_slug(name)}@{lat:.3f},{lon:.3f}",
        name=name,
        feature="town" if kind.lower().startswith(("town", "commune", "oasis")) else "village",
        latitude=lat,
        longitude=lon,
        country_code=container.country_code,
        admin1="" if far else container.admin1 or (container.name if container.feature == "region" else ""),
        admin2="" if far else container.admin2 or (container.name if container.feature == "district" else ""),
        geo_precision=precision,
        source=(
            f"not in the gazetteer; placed {where} {container.name} ({container.place_id}), "
            f"as the text puts it: “{quote}”"
        ),
        origin="text",
        placed_by=container.place_id,
    )


def _container(match: re.Match[str], by_start: dict[int, Mention]) -> Mention | None:
    found = by_start.get(match.end())
    if found is None or not found.place.has_coordinates:
        return None
    return found if found.place.feature in CONTAINER_PRECISION else None


#: Cheap signs (each led by a literal) of where the patterns above can match: a scan of the whole
#: text with each pattern would cost as much as finding the gazetteer's names.
_OF_A_NAME = re.compile(r" of (?=[A-Z])")
_KIND_ENDS = re.compile(rf"(?:{_KIND_WORDS})$", re.I)
_COMMA_KIND = re.compile(rf",\s+{_ARTICLE}\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_KIND_WORDS})\b", re.I)
_COMMA_PLACED = re.compile(
    rf",\s+(?:in\s+(?:the\s+)?(?:\S+(?:\s\S+)?\s+(?:{AREA_WORDS})\b|(?:\S+\s+)?(?:{AREA_WORDS})\s+of\s)"
    rf"|(?:{_QUALIFIER}\s+)?\d"
    r"|(?:just\s+)?(?:near|outside|close\s+to|not\s+far\s+from)\s)",
    re.I,
)
_OPEN_BRACKET = re.compile(r"\((?=[A-Z])")
_NEARBY_WORDS = ("nearby ", "neighbouring ", "neighboring ", "adjacent ")
#: How far a match may begin before its sign (a list of names) and end after it.
_BEFORE_SIGN, _AFTER_SIGN = 240, 320


def _anchors(sign: re.Pattern[str], text: str) -> list[int]:
    return [m.start() for m in sign.finditer(text)]


def _word_anchors(text: str, words: tuple[str, ...]) -> list[int]:
    """Where any of ``words`` occurs (``str.find``: an alternation with re.I tries every position)."""
    lowered = text.lower() if not text.islower() else text
    found = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            found.append(at)
            at = lowered.find(word, at + 1)
    return sorted(found)


def _around(
    pattern: re.Pattern[str], text: str, anchors: list[int], before: int = _BEFORE_SIGN
) -> list[re.Match[str]]:
    """``pattern``'s matches that contain one of ``anchors`` (and begin at most ``before``
    characters ahead of it), in text order, each once."""
    found: dict[tuple[int, int], re.Match[str]] = {}
    for a in anchors:
        for m in pattern.finditer(text, max(0, a - before), min(len(text), a + _AFTER_SIGN)):
            if m.start() <= a < m.end():
                found.setdefault(m.span(), m)
    return [found[k] for k in sorted(found)]


def _described(text: str, mentions: list[Mention], known: dict) -> dict[str, Place]:
    """The names the text places by a known place it names with them."""
    by_start = {m.start: m for m in mentions}
    placed: dict[str, Place] = {}
    kind_first = [a + 1 for a in _anchors(_OF_A_NAME, text) if _KIND_ENDS.search(text, max(0, a - 14), a)]
    commas = _anchors(_COMMA_KIND, text)
    for pattern, anchors, before in (
        (_KIND_FIRST, kind_first, 16),  # "villages of": the kind word just before
        (_KIND_AFTER, commas, _BEFORE_SIGN),  # "Karou, Ouatagouna and Daoutegeft, three villages": names
        (_KIND_OF_AREA, commas, _BEFORE_SIGN),
        (_PLACED_APART, _anchors(_COMMA_PLACED, text), _BEFORE_SIGN),
        (_BRACKETED, _anchors(_OPEN_BRACKET, text), 60),
    ):
        for match in _around(pattern, text, anchors, before):
            found = _container(match, by_start)
            groups = match.groupdict()
            if found is None or (
                not groups.get("inside") and not groups.get("area") and found.place.feature == "region"
            ):
                continue  # "near the Mopti region" says too little
            if pattern is _BRACKETED and found.place.feature not in {"region", "district"}:
                continue  # "Goïta (Bamako)": a bracketed town is an address; a log writes the area
            area = _AREA_WORD.match(text, found.end)
            quote = text[match.start() : area.end() if area else found.end]  # "… in the Niono cercle"
            for name in _names(match["names"]):
                if name not in placed and _plausible_name(name, known):
                    placed[name] = _place(name, groups.get("kind") or "village", found.place, quote, match)
    return placed


def _lying_in(
    text: str, sentences: list[Sentence], mentions: list[Mention], known: dict, placed: dict[str, Place]
) -> dict[str, Place]:
    """``… stormed Yoro …, then rode on to Gangafani 2 … Both villages lie in the Koro cercle``: the
    places the sentence before named, when there are as many of them as the words say."""
    by_start = {m.start: m for m in mentions}
    starts = [s.start for s in sentences]
    more: dict[str, Place] = {}
    for at in _word_anchors(text, ("village", "town", "hamlet", "localit", "settlement", "commune")):
        match = _LIE_IN.match(text, at)
        how_many = _HOW_MANY.search(text, max(0, at - 12), at) if match else None
        if match is None or how_many is None or (found := _container(match, by_start)) is None:
            continue
        plural = match["kind"].lower().endswith(("s", "ies"))
        wanted = 2 if how_many["both"] else _COUNTS[how_many["n"].lower()] if how_many["n"] else 1
        if plural != (wanted > 1):
            continue  # "the villages lie in …": how many is not said
        index = bisect.bisect_right(starts, at) - 1
        if index < 1:
            continue
        before = sentences[index - 1]
        names = list(
            dict.fromkeys(
                n
                for m in _NAMED_AS_PLACE.finditer(before.text)
                if (n := m["name"]) not in placed and _plausible_name(n, known)
            )
        )
        if len(names) != wanted:
            continue  # never guess which of the names the sentence means
        area = _AREA_WORD.match(text, found.end)
        quote = text[how_many.start() : area.end() if area else found.end]
        for name in names:
            more[name] = _place(name, match["kind"].rstrip("s"), found.place, quote, match)
    return more


def _nearby(text: str, mentions: list[Mention], known: dict, placed: dict[str, Place]) -> dict[str, Place]:
    """``jihadists attacked the nearby village of Kourouma Koubé``: near the town the story was at."""
    more: dict[str, Place] = {}
    for match in _around(_NEARBY, text, _word_anchors(text, _NEARBY_WORDS), before=0):
        town = next(
            (
                m
                for m in reversed(mentions)
                if m.end <= match.start()
                and match.start() - m.end <= NEARBY_CHARS
                and m.place.has_coordinates
                and m.place.feature in {"town", "village", "camp"}
                and not _AREA_WORD.match(text, m.end)  # "in the Niono cercle": the district, not the town
            ),
            None,
        )
        if town is None:
            continue
        quote = f"{town.matched_text} … {match.group(0)}"
        for name in _names(match["names"]):
            if name not in placed and name not in more and _plausible_name(name, known):
                place = _place(name, match["kind"], town.place, quote, match)
                more[name] = replace(place, geo_precision=max(2, town.place.geo_precision))
    return more


def _occurrences(
    text: str, placed: dict[str, Place], taken: list[Mention], sentences: list[Sentence], doc_id: str
) -> list[Mention]:
    """Every mention of the placed names that no other mention covers."""
    spans = sorted((m.start, m.end) for m in taken)
    starts = [s.start for s in sentences]
    names = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(n) for n in sorted(placed, key=len, reverse=True))
        + r")(?![\w-])"
    )
    found: list[Mention] = []
    for m in names.finditer(text):
        i = bisect.bisect_left(spans, (m.end(), -1))
        if i > 0 and spans[i - 1][1] > m.start():
            continue
        sent = bisect.bisect_right(starts, m.start()) - 1
        found.append(
            Mention(
                doc_id=doc_id,
                start=m.start(),
                end=m.end(),
                matched_text=m.group(),
                place=placed[m.group()],
                score=0.6,
                sentence_index=sent if sent >= 0 and sentences[sent].end > m.start() else -1,
            )
        )
    return found


def place_unlisted(
    text: str, sentences: list[Sentence], mentions: list[Mention], known: dict, doc_id: str = ""
) -> list[Mention]:
    """Mentions of the names ``text`` places by a known place, each of them, in document order.

    ``mentions`` are the gazetteer's; ``known`` maps folded gazetteer names, which are never
    placed here. A name keeps the place it was first given throughout the document."""
    placed = _described(text, mentions, known)
    if " lie" in text or " are " in text or " is " in text or " sit" in text or " stand" in text:
        placed.update(_lying_in(text, sentences, mentions, known, placed))
    found = _occurrences(text, placed, mentions, sentences, doc_id) if placed else []
    if "earby" in text or "eighbo" in text or "djacent" in text:
        everything = merged(mentions, found)
        if more := _nearby(text, everything, known, placed):
            found = merged(found, _occurrences(text, more, everything, sentences, doc_id))
    return found


def merged(mentions: list[Mention], unlisted: list[Mention]) -> list[Mention]:
    """The gazetteer's mentions and the unlisted ones, in document order."""
    return sorted([*mentions, *unlisted], key=lambda m: m.start) if unlisted else mentions
