"""When two records are one event: the place test, and which cluster a record joins."""

from __future__ import annotations

import datetime as dt

from geo.gazetteer import Gazetteer
from geo.merge import merge_events, same_place
from geo.model import Claim, Event, SourceRef

DAY = dt.date(2024, 6, 11)


def record(gaz: Gazetteer, place_id: str, event_type: str = "other", sub: str = "attack", **kw) -> Event:
    return Event(
        event_id=f"x-{place_id}-{sub}",
        event_type=event_type,
        sub_event_type=sub,
        event_date=kw.pop("first", DAY),
        end_date=kw.pop("last", DAY),
        time_precision=1,
        place=gaz.places[place_id],
        geo_precision=3 if gaz.places[place_id].feature in {"country", "region"} else 1,
        sources=[SourceRef(source="doc", quote=kw.pop("quote", sub), char_start=kw.pop("at", 0))],
        **kw,
    )


def test_a_province_lies_in_its_country_whichever_record_comes_first(gaz):
    province, country = record(gaz, "bf-yagha"), record(gaz, "country-bf")
    assert same_place(province, country) and same_place(country, province)
    assert not same_place(province, record(gaz, "country-ml"))


def test_a_massacre_told_twice_joins_its_own_kind_before_an_attack_at_the_town(gaz):
    attack = record(
        gaz,
        "ml-gao",
        quote="jihadists attacked a militia post",
        at=300,
        actor1="Islamist armed groups",
        actor2="Volunteers for the Defence of the Homeland",
    )
    night = record(
        gaz,
        "ml-gao",
        "atrocity",
        "killing of civilians",
        last=DAY + dt.timedelta(days=1),
        quote="killed",
        at=10,
    )
    told = record(
        gaz,
        "ml-gao",
        "atrocity",
        "attack on civilians",
        first=DAY - dt.timedelta(days=6),
        quote="a spokesman said",
        at=150,
        claims=[Claim(kind="killed", low=28, best=28, high=28, claimant="a spokesman", quote="28 killed")],
    )
    merged = merge_events([attack, night, told])
    assert sorted((e.event_type, len(e.sources)) for e in merged) == [("atrocity", 2), ("other", 1)]


def test_two_doers_at_one_village_on_windows_that_touch_are_two_acts(gaz):
    night = record(
        gaz,
        "bf-yirgou",
        "atrocity",
        "killing of civilians",
        last=DAY + dt.timedelta(days=1),
        actor1="Unidentified armed men",
        quote="gunmen shot dead six people",
        at=10,
    )
    reprisals = record(
        gaz,
        "bf-yirgou",
        "atrocity",
        "killing of civilians",
        first=DAY + dt.timedelta(days=1),
        last=DAY + dt.timedelta(days=2),
        actor1="Koglweogo",
        quote="the militia went after the hamlets",
        at=200,
    )
    assert len(merge_events([night, reprisals])) == 2
    # one doer told twice over the same nights is one act
    again = record(
        gaz,
        "bf-yirgou",
        "atrocity",
        "killing of civilians",
        last=DAY + dt.timedelta(days=1),
        actor1="Koglweogo",
        quote="the killings",
        at=400,
    )
    assert len(merge_events([reprisals, again])) == 1


def test_an_act_at_an_unlisted_village_drawn_near_a_town_is_the_act_told_near_that_town(gaz):
    village = record(gaz, "ml-gao", quote="killed at Tassia, also in Gao", named_place="Tassia", at=10)
    near = record(gaz, "ml-gao", quote="the attack near Gao", at=200)
    elsewhere = record(gaz, "ml-gao", quote="killed at Tassia, also in Gao", named_place="Tassia", at=10)
    town = record(gaz, "ml-timbuktu", quote="the attack in Timbuktu", at=200)
    assert len(merge_events([village, near])) == 1
    # an unlisted village is not another town's act (same day, same document)
    assert len(merge_events([elsewhere, town])) == 2


def test_an_attack_and_the_killings_its_account_tells_are_one_event_unless_two_sides_did_them(gaz):
    june, end = dt.date(2024, 6, 1), dt.date(2024, 6, 30)
    attack = record(gaz, "ml-gao", quote="after an attack in June", first=june, last=end)
    attack.time_precision = 2
    shot = record(
        gaz, "ml-gao", "atrocity", "summary executions", quote="shot them", at=90, actor2="Civilians"
    )
    assert len(merge_events([attack, shot])) == 1
    by_jihadists = record(gaz, "ml-gao", actor1="JNIM", actor2="Civilians", first=june, last=end)
    by_jihadists.time_precision = 2
    by_militia = record(
        gaz,
        "ml-gao",
        "atrocity",
        "killing of civilians",
        actor1="Dan Na Ambassagou",
        actor2="Civilians",
        at=90,
    )
    assert len(merge_events([by_jihadists, by_militia])) == 2
    on_a_post = record(gaz, "ml-gao", actor2="Malian Armed Forces", first=june, last=end)
    on_a_post.time_precision = 2
    assert len(merge_events([on_a_post, shot])) == 2
    captives = record(gaz, "ml-gao", "atrocity", "summary executions", actor2="Malian Armed Forces", at=90)
    assert len(merge_events([attack, captives])) == 2
    same_day = record(gaz, "ml-gao", quote="a bomb hit a convoy")
    assert len(merge_events([same_day, shot])) == 2


def test_an_unlisted_village_s_act_and_a_region_s_act_by_other_named_doers_are_two(gaz):
    def wedding(actor1: str) -> Event:
        return record(
            gaz,
            "country-ml",
            "atrocity",
            "killing of civilians",
            quote="drone strikes on a wedding in Tin Aouker",
            named_place="Tin Aouker",
            actor1=actor1,
            at=10,
        )

    villages = record(
        gaz,
        "ml-region-menaka",
        "atrocity",
        "attack on civilians",
        quote="the Islamic State attacked several villages in the Ménaka region",
        actor1="Islamic State Sahel",
        at=200,
    )
    assert len(merge_events([wedding("Malian Armed Forces"), villages])) == 2
    # gunmen unnamed may be anyone: the village's act may be the one told on its region
    assert len(merge_events([wedding("Unidentified armed men"), villages])) == 1


def test_a_table_cell_s_figure_and_its_row_read_as_a_sentence_are_one_claim(gaz):
    row = "| 04/03/2024 | Djenné | IED strike on a FAMa vehicle | 3 soldiers killed |"

    def claim(quote: str) -> Claim:
        return Claim(kind="killed", low=3, best=3, high=3, claimant="the document", source="doc", quote=quote)

    cell = record(gaz, "ml-gao", claims=[claim("Casualties: 3 soldiers killed")], at=10)
    told = record(gaz, "ml-gao", claims=[claim(row)], at=10)
    (merged,) = merge_events([cell, told])
    assert len(merged.claims) == 1
    # the same figure from other words is a second report of it
    other = record(gaz, "ml-gao", claims=[claim("Three soldiers died, officials said.")], at=90)
    (merged,) = merge_events([cell, other])
    assert len(merged.claims) == 2
