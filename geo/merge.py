"""Deciding when two event records are the same event, and merging them.

Two records are one event when they have the same type (or, in one document, are an
attack and an attack on civilians at one town: one assault told by its target and by
its victims), their date windows overlap (allowing two days between day-precise
dates, as reports of one coup
may date it by its first or its second day, and six weeks between coups dated
to the month or day, as sources disagree on a coup's month but coups in one
country are never that close), and their places are compatible:
the same place or within 25 km, or one of them placed only at the level of the
country (or region) the other lies in.

Merging is not transitive chaining: precise records are placed first, and a vague
one (``the 2012 coup``) joins the best matching precise event instead of gluing
two different events of that year together. The merged event keeps every
source sentence, every claim, and each distinct date a source gives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from geo import actors as actors_mod
from geo.gazetteer import km_between
from geo.model import Claim, Event, SourceRef
from geo.text import fold

SAME_PLACE_KM = 25.0
DAY_TOLERANCE = 2
#: Successful coups in one country are months or years apart; two coup reports a few weeks
#: apart (``the March 2012 coup``, ``back in April 2012 ... overthrew``) disagree on one coup's date.
COUP_GAP_DAYS = 45
BROAD = frozenset({"country", "continent", "macro-region", "region"})
_BREADTH = {"continent": 4, "macro-region": 3, "country": 2, "region": 1}


def same_place(a: Event, b: Event, *, km: float = SAME_PLACE_KM) -> bool:
    if a.place is None or b.place is None:
        return False
    if a.place.place_id == b.place.place_id:
        return True
    if a.place.feature in BROAD or b.place.feature in BROAD:
        # "the post" placed in its province, "the army detachment" only in the country: the country is coarser
        coarse, fine = sorted((a.place, b.place), key=lambda p: _BREADTH.get(p.feature, 0), reverse=True)
        if coarse.feature == "country":
            return coarse.country_code == fine.country_code
        if coarse.feature == "region":
            return fine.admin1 == coarse.admin1
        return False
    apart = km_between(a.place, b.place)
    return apart is not None and apart <= km


def windows(event: Event) -> list[tuple[dt.date, dt.date, int]]:
    """The event's own window and every window its date claims give."""
    out = [(event.event_date, event.end_date, event.time_precision)]
    for claim in event.date_claims:
        out.extend(claim_windows(claim.get("date", "")))
    return out


def claim_windows(value: str) -> list[tuple[dt.date, dt.date, int]]:
    from geo.dates import find_dates

    found = []
    for d in find_dates(value.replace("/", " to "), None):
        if d.first is not None and d.last is not None:
            found.append((d.first, d.last, d.precision))
    return found


def _overlap(a: tuple[dt.date, dt.date, int], b: tuple[dt.date, dt.date, int], gap_days: int = 0) -> bool:
    """Windows overlap, or (``gap_days``, for dates given to the month or day) lie that close."""
    gap = gap_days if a[2] <= 2 and b[2] <= 2 else 0
    tolerance = dt.timedelta(days=max(gap, DAY_TOLERANCE if a[2] == 1 and b[2] == 1 else 0))
    return a[0] <= b[1] + tolerance and b[0] <= a[1] + tolerance


def _gap_days(a: Event, b: Event) -> int:
    return COUP_GAP_DAYS if a.event_type == b.event_type == "coup" else 0


def dates_overlap(a: Event, b: Event) -> bool:
    gap = _gap_days(a, b)
    return any(_overlap(x, y, gap) for x in windows(a) for y in windows(b))


_STOP = frozenset({"of", "the", "and", "by", "in", "on", "to", "for", "with", "after", "from", "a", "an"})


def _stems(label: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", label.lower()) if w not in _STOP and len(w) > 2}


def same_kind(a: Event, b: Event) -> bool:
    """Same type, and for ``other`` (a bag of unlike things) a sub-type sharing a word stem:
    a statement and a dissolution in the same month are two events, not one."""
    if a.event_type != b.event_type:
        return False
    return a.event_type != "other" or bool(_stems(a.sub_event_type) & _stems(b.sub_event_type))


def same_event(a: Event, b: Event) -> bool:
    return same_kind(a, b) and dates_overlap(a, b) and same_place(a, b)


def _joins(head: Event, event: Event) -> bool:
    """Clustering compares each record's own window only: a merged record's other windows
    (``2012`` beside ``December 2012``) would otherwise chain distinct events together."""
    own = (head.event_date, head.end_date, head.time_precision)
    other = (event.event_date, event.end_date, event.time_precision)
    return (
        (same_kind(head, event) or _one_assault(head, event))
        and _overlap(own, other, _gap_days(head, event))
        and same_place(head, event)
        and not _told_apart(head, event)
        and not _acts_of_two_states(head, event)
        and not _in_sequence(head, event)
        and not _blows_both_ways(head, event)
        and not _tolls_apart(head, event)
        and not _days_apart(head, event)
        and not _protests_of_two_days(head, event)
        and not _named_apart(head, event)
    )


def _shared_document(a: Event, b: Event) -> bool:
    """Some document tells both records."""
    return bool({s.source for s in a.sources} & {s.source for s in b.sources})


def _one_document(a: Event, b: Event) -> bool:
    """Both records come from one and the same document, and from no other."""
    told = {s.source for s in a.sources}
    return len(told) == 1 and told == {s.source for s in b.sources}


def _shared_sentence(a: Event, b: Event) -> bool:
    """Some sentence of a document is a source of both records."""
    return bool({(s.source, s.char_start) for s in a.sources} & {(s.source, s.char_start) for s in b.sources})


def _one_assault(a: Event, b: Event) -> bool:
    """``Special forces ended an all-night siege of the Splendid Hotel …, hours after gunmen stormed
    it. ¶ The attack began at about 19:30 on Friday, when … opened fire on the terrace of the café``:
    in one document, an attack and an attack on civilians at the same town are one assault, told
    once by its target and once by its victims; so are an attack a witness is introduced by and her
    account of the killings in it (``fled her village after an attack in April. ¶ "… They took my
    husband outside and shot them."``)."""
    kinds = {(a.event_type, a.sub_event_type), (b.event_type, b.sub_event_type)}
    if ("other", "attack") not in kinds or not kinds & _ON_CIVILIANS or len(kinds) != 2:
        return False
    if a.place is None or b.place is None or a.place.place_id != b.place.place_id or a.place.feature in BROAD:
        return False
    if not _one_document(a, b):
        return False
    # "A detachment of the army sent to help Gouari was ambushed …; seven soldiers were killed": the
    # relief force's own fight, with its own toll, beside the massacre
    attack = a if a.event_type == "other" else b
    if attack.actor2 and actors_mod.load().of_a_state(attack.actor2):
        return False
    if kinds & _KILLINGS and not _an_account_of_the_attack(a, b):
        return False  # "jihadists attacked a VDP post …; … accused the VDP of killing 28": two sides' deeds
    return a.fatality_bounds()[1] is None or b.fatality_bounds()[1] is None


#: Killings an attack's account may tell, where the attack was told by its victims only.
_KILLINGS = frozenset({("atrocity", "killing of civilians"), ("atrocity", "summary executions")})


def _an_account_of_the_attack(a: Event, b: Event) -> bool:
    """The killing is told as what happened in the attack, told less exactly before it: its victims
    civilians, the attack on no one armed, and no one named as its doers who differs from those named
    for the other (unnamed gunmen may be anyone)."""
    attack, killing = (a, b) if a.event_type == "other" else (b, a)
    if attack.actor2 and attack.actor2 != "Civilians":
        return False
    if killing.actor2 != "Civilians":
        return False  # "82 captured soldiers had been executed there": the fall of a camp, then its captives
    # "a bomb hit a convoy, after which soldiers killed 20 people": one sentence's two acts in turn; an
    # account retells an attack told less exactly before it
    if _shared_sentence(a, b) or attack.time_precision <= killing.time_precision:
        return False
    generic = actors_mod.load().generic
    doers = {e.actor1 for e in (a, b) if e.actor1 and e.actor1 not in generic}
    return len(doers) <= 1


#: What an assault did to civilians, told beside the assault itself.
_ON_CIVILIANS = frozenset(
    {
        ("atrocity", "attack on civilians"),
        ("atrocity", "killing of civilians"),
        ("atrocity", "summary executions"),
    }
)


def _protests_of_two_days(a: Event, b: Event) -> bool:
    """``On Saturday, protesters set fire to … the embassy … On Sunday police fired tear gas at protesters
    who threw stones at the embassy``: one document's crowds on two days are two protests, as ACLED
    counts a protest a day."""
    if a.sub_event_type != "protests" or b.sub_event_type != "protests":
        return False
    if _width(a) or _width(b) or a.event_date == b.event_date or max(a.time_precision, b.time_precision) > 1:
        return False
    if not _shared_document(a, b):
        return False
    return not _shared_sentence(a, b)


def _named_apart(a: Event, b: Event) -> bool:
    """``gunmen killed 14 people in the village of Tadaryat``, put on the country as no table holds
    it, is not the massacre in Solhan the same document tells, nor one in another unlisted village."""
    if not (a.named_place or b.named_place):
        return False
    if not _shared_document(a, b):
        return False
    if a.named_place and b.named_place:
        return fold(a.named_place) != fold(b.named_place)
    named, other = (a, b) if a.named_place else (b, a)
    if named.place is None or other.place is None or named.place.place_id == other.place.place_id:
        return False
    if other.place.feature not in BROAD:
        return True
    # "at Tassia, also in Tillabéri" and "near Tillabéri" may tell one act drawn on one town, unless
    # each names doers of its own ("drone strikes on a wedding in Tin Aouker" by the army, and the
    # Islamic State's attacks on villages in the Ménaka region)
    generic = actors_mod.load().generic
    return bool(
        a.actor1 and b.actor1 and a.actor1 != b.actor1 and a.actor1 not in generic and b.actor1 not in generic
    )


def _tolls_apart(a: Event, b: Event) -> bool:
    """``Gunmen attacked the post at Indelimane on Friday, killing 53 soldiers … On Saturday a
    French soldier was killed when his vehicle hit a roadside bomb near Indelimane``: in one
    document, acts told on two days, each with a toll of its own, are two (as ACLED counts a day)."""
    if a.event_type in {"coup", "coup_attempt"} or a.place is None or b.place is None:
        return False
    if _width(a) or _width(b) or a.event_date == b.event_date:
        return False
    if not _shared_document(a, b):
        return False
    if _shared_sentence(a, b):
        return False
    x, y = a.fatality_bounds()[1], b.fatality_bounds()[1]
    return x is not None and y is not None and x != y


def _days_apart(a: Event, b: Event) -> bool:
    """``JNIM … the attack began at about 10 a.m. on Friday, 2 March … Late on Saturday, three armed men
    tried to force their way through a checkpoint``: one document telling acts of two doers on two
    days, each to the day, tells two acts (ACLED counts a day); the day's tolerance is for reports
    that date one act apart (``Gunmen attacked the base … JNIM claimed the attack on Monday``, once
    the claim has named the gunmen)."""
    if a.event_type in {"coup", "coup_attempt"} or max(a.time_precision, b.time_precision) > 1:
        return False
    if not (a.actor1 and b.actor1) or a.actor1 == b.actor1:
        return False
    if any(actors_mod.load().of_a_state(e.actor1) for e in (a, b)):
        return False  # "The siege ended on Saturday when special forces stormed the building": its end
    if _width(a) or _width(b) or a.event_date == b.event_date:
        return False
    return _one_document(a, b) and not _shared_sentence(a, b)


def _blows_both_ways(a: Event, b: Event) -> bool:
    """``an army convoy was hit by a complex attack`` on Thursday, and on Saturday ``the air force
    carried out strikes`` there: the side only struck in one record only strikes in the other, so
    they are two acts, not two reports of one (merged, the army would be attacker and target)."""
    return any(
        x.actor2 and x.actor2 == y.actor1 and not x.actor1 and not y.actor2 for x, y in ((a, b), (b, a))
    )


def _in_sequence(a: Event, b: Event) -> bool:
    """``In mid-September, gunmen attacked the village of Tassiga … Between 20 and 23 September the
    army clashed with rebels around Tessit``: in one document, an event placed only on the country
    (or done by another named doer) whose window merely touches another's is an event of its own,
    told before or after it."""
    if a.event_type in {"coup", "coup_attempt"} or a.place is None or b.place is None:
        return False  # a coup runs over days that reports date differently
    # "gunmen … during the night of 31 December to 1 January …; the Koglweogo … on Tuesday and
    # Wednesday": at one village, two doers named on windows that touch are two acts told in turn
    doers_apart = bool(a.actor1 and b.actor1 and a.actor1 != b.actor1)
    if not ({a.place.feature, b.place.feature} & BROAD) and not doers_apart:
        return False
    if not _shared_document(a, b):
        return False
    shared = (min(a.end_date, b.end_date) - max(a.event_date, b.event_date)).days + 1
    inside = (a.event_date <= b.event_date and b.end_date <= a.end_date) or (
        b.event_date <= a.event_date and a.end_date <= b.end_date
    )
    # windows of several days each that share one day; days a report may date apart are left alone
    return shared == 1 and not inside and _width(a) > 0 and _width(b) > 0


def _acts_of_two_states(a: Event, b: Event) -> bool:
    """``Algeria closed its airspace to Mali; Mali closed its own the same day``: what two
    governments each did is two acts, however alike; so are two named forces' withdrawals
    (``Denmark would bring its soldiers home; Sweden would withdraw by March``), and a town taken by
    one side and retaken by the other (``the army had retaken Bosso … Boko Haram took it again``)."""
    if a.actor1 == b.actor1:
        return False
    if a.sub_event_type == b.sub_event_type == "capture of a town" and a.actor1 and b.actor1:
        return True
    if (
        a.sub_event_type == b.sub_event_type == "mission withdrawal"
        and a.actor1
        and b.actor1
        and any(e.actor1.startswith(actors_mod.MILITARY_FORCES_OF) for e in (a, b))
    ):
        return True
    return all(e.actor1.startswith(actors_mod.GOVERNMENT_OF) for e in (a, b))


def _told_apart(a: Event, b: Event) -> bool:
    """One sentence naming two places for one kind of event (``attacks in Niono and Molodo``)
    reports an event at each, however close they lie."""
    if a.place is None or b.place is None or a.place.place_id == b.place.place_id:
        return False
    if a.place.feature == "country" or b.place.feature == "country":
        return False  # "The attack began …, when gunmen opened fire on diners in Bamako": one place named
    told = {(s.source, s.char_start) for s in a.sources if s.char_start is not None}
    return any((s.source, s.char_start) in told for s in b.sources)


def drop_known(extracted: list[Event], curated: list[Event]) -> list[Event]:
    """Extracted events the catalogue does not already hold."""
    return [e for e in extracted if not any(same_event(e, c) for c in curated)]


def _width(e: Event) -> int:
    return (e.end_date - e.event_date).days


def _specificity(e: Event) -> int:
    return 0 if e.place is None else (3 - e.geo_precision)


def _date_claim(e: Event) -> dict[str, str]:
    src = e.sources[0]
    return {
        "claimant": src.source,
        "date": e.event_date.isoformat()
        if e.event_date == e.end_date
        else f"{e.event_date.isoformat()}/{e.end_date.isoformat()}",
        "source": src.source,
        "quote": src.quote,
    }


def merge_events(events: list[Event]) -> list[Event]:
    """Cluster records of the same event and merge each cluster (see module docstring)."""
    order = sorted(
        events, key=lambda e: (e.time_precision, _width(e), e.event_date, -e.confidence, -_specificity(e))
    )
    clusters: list[list[Event]] = []
    for event in order:
        matches = [c for c in clusters if _joins(c[0], event)]
        if matches:
            # "the 2012 coup" beside two 2012 coups: the first is the one a bare year usually means
            best = max(matches, key=lambda c: (_affinity(c[0], event), -c[0].event_date.toordinal()))
            best.append(event)
        else:
            clusters.append([event])
    merged = [_combine(c) for c in clusters]
    merged.sort(key=lambda e: (e.event_date, e.event_type, e.event_id))
    return merged


def _affinity(head: Event, event: Event) -> float:
    score = 0.0
    if head.event_type == event.event_type:
        score += 0.5  # one assault told as an attack and as a massacre joins its own kind first
    if head.sub_event_type == event.sub_event_type:
        score += 1
    if head.actor1 and head.actor1 == event.actor1:
        score += 0.5
    if head.place and event.place and head.place.place_id == event.place.place_id:
        score += 1
    return score


def _combine(cluster: list[Event]) -> Event:
    head = cluster[0]  # the most precise record
    if len(cluster) == 1:
        return head
    # the sentence that dates the event best usually says where it happened; others may only name the capital
    place_owner = (
        head if head.geo_precision < 3 else max(cluster, key=lambda e: (_specificity(e), e.confidence))
    )
    sources: list[SourceRef] = []
    seen: set[tuple[str, int | None, str]] = set()
    for e in cluster:
        for s in e.sources:
            key = (s.source, s.char_start, s.quote)
            if key not in seen:
                seen.add(key)
                sources.append(s)
    claims: list[Claim] = []
    for e in cluster:
        for c in e.claims:
            if not any(_one_claim(c, k) for k in claims):
                claims.append(c)
    date_claims = list(head.date_claims)
    windows_seen = {(head.event_date, head.end_date)}
    for e in cluster[1:]:
        if (e.event_date, e.end_date) not in windows_seen and e.sources:
            windows_seen.add((e.event_date, e.end_date))
            date_claims.append(_date_claim(e))
    if date_claims and not head.date_claims:
        date_claims.insert(0, _date_claim(head))
    actors1 = Counter(e.actor1 for e in cluster if e.actor1)
    actors2 = Counter(e.actor2 for e in cluster if e.actor2)
    # "gunmen" in the sentence that dates the attack, "JNIM claimed the Kati attack" in another
    index = actors_mod.load()
    generic = index.generic
    named = Counter(e.actor1 for e in cluster if e.actor1 and e.actor1 not in generic)
    if head.actor1 in index.unnamed:
        # "Gunmen attacked the hotel … Malian special forces stormed the building": gunmen are no state's
        named = Counter({a: n for a, n in named.items() if not index.of_a_state(a)})
    if head.actor1 and (head.actor1 not in generic or not named):
        actor1 = head.actor1
    else:
        actor1 = (named or actors1).most_common(1)[0][0] if actors1 else ""
    survival = 1.0
    for e in cluster:
        survival *= 1 - e.confidence
    docs = {s.source for s in sources}
    named_place = _unlisted_village(cluster, place_owner)
    notes = head.notes
    if named_place and named_place not in notes:
        notes += f"; in {named_place}, which no gazetteer lists"
    return Event(
        event_id=head.event_id,
        event_type=head.event_type,
        sub_event_type=head.sub_event_type,
        event_date=head.event_date,
        end_date=head.end_date,
        time_precision=head.time_precision,
        place=place_owner.place,
        geo_precision=place_owner.geo_precision,
        actor1=actor1,
        actor2=head.actor2 or next((a for a, _ in actors2.most_common() if a != actor1), ""),
        claims=claims,
        sources=sources,
        notes=f"{notes}; merged from {len(cluster)} mentions in {len(docs)} "
        f"document{'s' if len(docs) > 1 else ''}",
        confidence=round(min(0.98, 1 - survival), 3),
        reviewed=head.reviewed,
        date_claims=date_claims if len(windows_seen) > 1 else [],
        named_place=named_place,
    )


def _one_claim(a: Claim, b: Claim) -> bool:
    """The same figure from the same words: a table row's ``Casualties: 3 soldiers killed`` cell and the
    row read as a sentence, ``| 04/03/2024 | Djenné | IED strike … | 3 soldiers killed |``."""
    if _figure(a) != _figure(b):
        return False
    told_a, told_b = (c.quote.partition(": ")[2] or c.quote for c in (a, b))
    return told_a in b.quote or told_b in a.quote


def _figure(c: Claim) -> tuple[str, str, int | None, int | None, int | None, str]:
    return c.claimant, c.kind, c.low, c.best, c.high, c.source


def _unlisted_village(cluster: list[Event], place_owner: Event) -> str:
    """The village no gazetteer holds that one of the merged mentions names (``gunmen attacked an army
    outpost at Kpinkankandi``), while the event stays on the area around it."""
    if place_owner.place is not None and place_owner.place.feature not in BROAD:
        return ""
    return place_owner.named_place or next((e.named_place for e in cluster if e.named_place), "")
