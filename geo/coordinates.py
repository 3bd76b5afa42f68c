"""Positions a text states outright: ``geolocated to 14.3521, -3.6107``, ``at 14°21′N 3°36′W``.

Open-source investigators give the coordinates of what they geolocate, and no gazetteer names
a burnt-out checkpoint or a stretch of road. A stated position is the best place an event can
have: it is kept as the text gives it, named by its own words, and its precision follows the
figures (two decimals or whole minutes place it within a kilometre or two, precision 1; a tenth
of a degree only within some ten kilometres, precision 2). A bare decimal pair needs four
decimals, so that ``1.25, 2.50`` or ``1.250, 2.500`` (money, ratios, thousands written the French
way) is never read as a place.
"""

from __future__ import annotations

import bisect
import re

from geo.gazetteer import Gazetteer
from geo.model import Mention, Place, Sentence

PLACE_ID_PREFIX = "text-point@"
#: How near the nearest listed town or village must be for the point to take its country.
COUNTRY_KM = 150.0

_DEGREE = r"\s*(?:°|º|deg(?:rees?)?\b)?"
_DECIMAL_LAT = rf"(?P<lat>[-−]?\d{{1,2}}\.(?P<latd>\d{{1,7}})){_DEGREE}\s*(?P<ns>[NS]\b)?"
_DECIMAL_LON = rf"(?P<lon>[-−]?\d{{1,3}}\.(?P<lond>\d{{1,7}})){_DEGREE}\s*(?P<ew>[EW]\b)?"
#: ``14.3521, -3.6107``, ``14.3521°N, 3.6107°W``, ``(14.35 N 3.61 W)``
_DECIMAL = re.compile(rf"(?<![\w.,-]){_DECIMAL_LAT}\s*[,;/]?\s*{_DECIMAL_LON}(?!\w|[.,]\d)")
_MINUTES = r"\s*[′'’]\s*"
_SECONDS = r"\s*(?:″|\"|”|[′'’]{2})\s*"
_DMS_PART = (
    r"(?P<{0}deg>\d{{1,3}})\s*[°º]\s*(?P<{0}min>\d{{1,2}}(?:\.\d+)?){minutes}"
    r"(?:(?P<{0}sec>\d{{1,2}}(?:\.\d+)?){seconds})?(?P<{0}hem>[{1}])\b"
)
#: ``14°21′07″N 3°36′38″W``, ``14° 21' N, 3° 36' W``
_DMS = re.compile(
    _DMS_PART.format("lat", "NS", minutes=_MINUTES, seconds=_SECONDS)
    + r"\s*[,;/]?\s*"
    + _DMS_PART.format("lon", "EW", minutes=_MINUTES, seconds=_SECONDS)
)
#: A cheap sign a text may state a position at all.
_SIGN = re.compile(r"°|º|\.\d{4}|\.\d+\s*[NS]\b")  # literals first: five times faster than digits first


def _signed(value: str, hemisphere: str | None, negative: str) -> float:
    number = float(value.replace("−", "-"))
    if hemisphere == negative:
        number = -abs(number)
    return number


def _decimal(m: re.Match[str]) -> tuple[float, float, int] | None:
    marked = bool(m.group("ns") or m.group("ew")) or "°" in m.group(0) or "º" in m.group(0)
    decimals = min(len(m.group("latd")), len(m.group("lond")))
    if decimals < (1 if marked else 4):
        return None
    lat = _signed(m.group("lat"), m.group("ns"), "S")
    lon = _signed(m.group("lon"), m.group("ew"), "W")
    return lat, lon, 1 if decimals >= 2 else 2


def _dms(m: re.Match[str]) -> tuple[float, float, int]:
    def degrees(part: str) -> float:
        value = int(m.group(f"{part}deg")) + float(m.group(f"{part}min")) / 60
        return value + float(m.group(f"{part}sec") or 0) / 3600

    lat = degrees("lat") * (-1 if m.group("lathem") == "S" else 1)
    lon = degrees("lon") * (-1 if m.group("lonhem") == "W" else 1)
    return lat, lon, 1


def find_coordinates(text: str) -> list[tuple[int, int, float, float, int]]:
    """(start, end, latitude, longitude, precision) of every position the text states."""
    if not _SIGN.search(text):
        return []
    found: list[tuple[int, int, float, float, int]] = []
    taken: list[tuple[int, int]] = []
    for m in _DMS.finditer(text):
        found.append((m.start(), m.end(), *_dms(m)))
        taken.append(m.span())
    for m in _DECIMAL.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken) or (point := _decimal(m)) is None:
            continue
        found.append((m.start(), m.end(), *point))
    return sorted(p for p in found if -90 <= p[2] <= 90 and -180 <= p[3] <= 180)


def without_positions(text: str) -> str:
    """``text`` with each position it states read as one word (``at 19.9480, 2.9307 on Tuesday``
    is no clause broken by a comma)."""
    found = find_coordinates(text)
    for start, end, *_ in reversed(found):
        text = f"{text[:start]}there{text[end:]}"
    return text


def coordinate_mentions(
    text: str, sentences: list[Sentence], gazetteer: Gazetteer, doc_id: str = ""
) -> list[Mention]:
    """A mention of a place of its own for each position the text states."""
    starts = [s.start for s in sentences]
    mentions = []
    for start, end, lat, lon, precision in find_coordinates(text):
        nearest, km = gazetteer.nearest(lat, lon)
        country = nearest.country_code if km <= COUNTRY_KM else ""
        surface = text[start:end]
        sent = bisect.bisect_right(starts, start) - 1
        place = Place(
            place_id=f"{PLACE_ID_PREFIX}{lat:.5f},{lon:.5f}",
            name=surface,
            feature="landmark",
            latitude=round(lat, 6),
            longitude=round(lon, 6),
            country_code=country,
            geo_precision=precision,
            source=f"the position the text states: “{surface}” ({km:.0f} km from {nearest.name})",
            origin="text",
        )
        mentions.append(
            Mention(
                doc_id=doc_id,
                start=start,
                end=end,
                matched_text=surface,
                place=place,
                score=1.0,
                sentence_index=sent if sent >= 0 and sentences[sent].end > start else -1,
            )
        )
    return mentions
