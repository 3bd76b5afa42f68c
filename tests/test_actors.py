"""Which words name which actor: the table's names and aliases, and the ones that only look alike."""

from __future__ import annotations

import pytest

from geo import actors
from geo.text import fold


def names(text: str) -> list[str]:
    return [m.actor.name for m in actors.load().find(text, fold(text))]


def test_a_country_s_own_council_is_no_un_council():
    assert names("The UN Security Council met on Friday.") == ["UN Security Council"]
    assert names("After a meeting of the National Security Council, the spokesman spoke.") == []


@pytest.mark.parametrize(
    "text", ["An al-Qaeda-linked group claimed the attack.", "An al-Qaeda affiliate claimed the attack."]
)
def test_a_group_described_by_the_one_it_is_tied_to_is_not_that_one(text):
    assert names(text) == []
    assert names("al-Qaeda's fighters") == ["AQIM"]  # the group itself still is


def test_the_homeland_volunteers_are_a_militia_of_burkina_faso():
    (vdp,) = [m.actor for m in actors.load().find("VDP fighters", fold("VDP fighters"))]
    assert (vdp.name, vdp.kind, vdp.country_code) == (
        "Volunteers for the Defence of the Homeland",
        "militia",
        "BF",
    )


def test_the_koglweogo_are_a_militia_of_burkina_faso_and_jnim_has_its_wire_name():
    (kogl,) = [m.actor for m in actors.load().find("Koglwéogo members", fold("Koglwéogo members"))]
    assert (kogl.name, kogl.kind, kogl.country_code) == ("Koglweogo", "militia", "BF")
    assert names("The Group to Support Islam and Muslims claimed it.") == ["JNIM"]


def test_security_forces_are_the_national_army_of_where_they_act():
    assert names("Security forces detained 25 people.") == ["National army"]
    assert names("the defence and security forces") == ["National army"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dogon and Fulani militias clashed.", ["Dogon ethnic militia", "Fulani ethnic militia"]),
        ("Dogon, Fulani militias and others.", ["Dogon ethnic militia", "Fulani ethnic militia"]),
        ("Soldiers and Fulani militias clashed.", ["Fulani ethnic militia"]),  # no "Soldiers militias"
        ("Dogon and Fulani herders clashed.", ["Civilians"]),  # no "Dogon herders" row
    ],
)
def test_groups_listed_before_a_name_share_its_noun(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("armed men believed to belong to JNIM attacked", ["JNIM"]),
        (
            "gunmen, suspected of being members of the Islamic State Sahel Province, attacked",
            ["Islamic State Sahel"],
        ),
        ("gunmen and JNIM fighters attacked", ["Unidentified armed men", "JNIM"]),
        ("gunmen believed to be jihadists attacked", ["Unidentified armed men", "Islamist armed groups"]),
    ],
)
def test_unnamed_men_put_in_a_named_group_are_that_group(text, expected):
    assert names(text) == expected


def test_militiamen_no_text_names_are_an_unidentified_militia():
    assert names("militiamen attacked") == ["Unidentified communal militia"]
    # the hunters' militias of the centre and south, not the one Dogon group among them
    assert names("Dozo militiamen attacked") == ["Dozo militias"]
    assert names("Dan Na Ambassagou attacked") == ["Dan Na Ambassagou"]
    assert names("the Malian Defence and Security Forces") == ["Malian Armed Forces"]


def test_russia_s_africa_corps_and_the_azawad_liberation_front_are_parties_of_their_own():
    assert names("Wagner mercenaries left; Russia's Africa Corps stayed.") == ["Wagner Group", "Africa Corps"]
    assert names("The FLA said the Azawad Liberation Front lost three men.") == [
        "Azawad Liberation Front",
        "Azawad Liberation Front",
    ]
    assert names("The flag was raised.") == []  # the acronym in capitals only
