"""Villages no gazetteer holds, placed where the text says they lie (invented names throughout)."""

from __future__ import annotations

import pytest
from pyproj import Geod

from geo.gazetteer import Gazetteer
from geo.model import Mention
from geo.toponyms import recognise


def unlisted(text: str, gaz: Gazetteer) -> list[Mention]:
    return [m for m in recognise(text, gaz).mentions if m.place.origin == "text"]


def test_a_village_in_a_cercle_takes_the_cercle_towns_point_at_precision_2(gaz):
    text = (
        "The village of Dagabéré, in the Niono cercle, was cut off for weeks. "
        "Food reached Dagabéré only by air."
    )
    found = unlisted(text, gaz)
    assert [m.matched_text for m in found] == ["Dagabéré", "Dagabéré"]  # every later mention too
    place = found[0].place
    niono = gaz.get("ml-niono")
    assert (place.name, place.feature, place.geo_precision) == ("Dagabéré", "village", 2)
    assert (place.latitude, place.longitude) == (niono.latitude, niono.longitude)
    assert (place.country_code, place.admin1, place.admin2) == ("ML", "Ségou Region", "Niono Cercle")
    assert place.place_id == f"text-dagabere@{niono.latitude:.3f},{niono.longitude:.3f}"
    # where the coordinate comes from, in the text's own words
    assert "ml-niono" in place.source and "“village of Dagabéré, in the Niono cercle”" in place.source


def test_a_distance_and_a_bearing_move_the_point(gaz):
    (found,) = unlisted("Gunmen raided Tinfadimata, a village 40 km east of Ménaka, on Sunday.", gaz)
    menaka = gaz.get("ml-menaka")
    _, _, metres = Geod(ellps="WGS84").inv(
        menaka.longitude, menaka.latitude, found.place.longitude, found.place.latitude
    )
    assert metres == pytest.approx(40_000, rel=0.01)
    assert found.place.longitude > menaka.longitude and found.place.latitude == pytest.approx(
        menaka.latitude, abs=0.01
    )
    assert found.place.geo_precision == 2
    (miles,) = unlisted("Kérékoussé, some 25 miles (40 km) north-west of Gao, was shelled.", gaz)
    assert (
        miles.place.latitude > gaz.get("ml-gao").latitude
        and miles.place.longitude < gaz.get("ml-gao").longitude
    )


def test_a_distance_given_as_more_than_a_figure_still_places_the_name(gaz):
    (far,) = unlisted("The convoy came under fire at Tabankort, more than 200 kilometres north of Gao.", gaz)
    gao = gaz.get("ml-gao")
    _, _, metres = Geod(ellps="WGS84").inv(
        gao.longitude, gao.latitude, far.place.longitude, far.place.latitude
    )
    assert metres == pytest.approx(200_000, rel=0.01)
    assert far.place.geo_precision == 3  # past 150 km a rounded figure says only the area


def test_a_village_near_the_eastern_town_of_a_known_one_is_near_it(gaz):
    (found,) = unlisted(
        "Twelve men died in Tanwalbougou, near the eastern town of Fada N'Gourma, last week.", gaz
    )
    assert (found.place.name, found.place.geo_precision) == ("Tanwalbougou", 2)
    assert (found.place.latitude, found.place.longitude) == (12.05, 0.36694)


def test_a_distance_without_a_bearing_is_not_near(gaz):
    (far,) = unlisted("Fighters stormed Intibalé, a town about 150 km from Gao.", gaz)
    assert (far.place.latitude, far.place.geo_precision) == (gaz.get("ml-gao").latitude, 3)
    (close,) = unlisted("Fighters stormed Intibalé, a town about 12 km from Gao.", gaz)
    assert close.place.geo_precision == 2


def test_a_village_in_a_region_keeps_the_regions_precision(gaz):
    for text in (
        "Troops took Inabaradjé, in the Kidal region, on Monday.",
        "Troops took Inabaradjé, a village of the Kidal region, on Monday.",
        "Troops entered the village of Inabaradjé in the Kidal region on Monday.",
    ):
        (found,) = unlisted(text, gaz)
        assert (found.place.name, found.place.geo_precision, found.place.admin1) == (
            "Inabaradjé",
            3,
            "Kidal Region",
        ), text


def test_a_list_of_villages_each_placed_and_the_known_one_left_to_the_gazetteer(gaz):
    text = "Armed men attacked the villages of Dagabéré, Ouatagouna and Zambakoro in the Ansongo cercle."
    mentions = recognise(text, gaz).mentions
    got = [(m.matched_text, m.place.origin, m.place.geo_precision) for m in mentions]
    assert got == [
        ("Dagabéré", "text", 2),
        ("Ouatagouna", "curated", 1),
        ("Zambakoro", "text", 2),
        ("Ansongo", "curated", 1),
    ]


def test_the_nearby_village_is_near_the_town_the_story_is_at(gaz):
    text = (
        "The army entered the village of Dagabéré, in the Niono cercle, on 22 October. "
        "The same day, fighters attacked the nearby village of Zambakoro Koubé."
    )
    by_name = {m.matched_text: m.place for m in unlisted(text, gaz)}
    assert set(by_name) == {"Dagabéré", "Zambakoro Koubé"}
    assert (by_name["Zambakoro Koubé"].latitude, by_name["Zambakoro Koubé"].geo_precision) == (
        by_name["Dagabéré"].latitude,
        2,
    )
    assert "Dagabéré … nearby village of Zambakoro Koubé" in by_name["Zambakoro Koubé"].source
    assert (
        unlisted("Fighters attacked the nearby village of Zambakoro Koubé.", gaz) == []
    )  # near nothing named


@pytest.mark.parametrize(
    "text",
    [
        "Fighting spread to Dagabéré, near the Mopti region.",  # near a region says too little
        "Troops arrested Dagabéré, a leader in the Kidal Region.",  # a person, not a place
        "Several, in the Mopti region, fled.",  # an everyday word
        "The village of Dagabéré was attacked.",  # nothing to place it by
        "The village of Dagabéré, in Mali, was attacked.",  # a country is no position for a village
        "Residents of Kidal, in the Kidal region, fled.",  # a known place is the gazetteer's
    ],
)
def test_nothing_is_placed_without_a_known_place_close_enough(text, gaz):
    assert unlisted(text, gaz) == []


def test_villages_counted_in_a_pair_and_placed_far_off_by_a_bearing(gaz):
    found = unlisted(
        "The attackers struck Tchomakoye and Zaroumkoye, two villages about 120 km north of Niamey.", gaz
    )
    assert [(m.matched_text, m.place.geo_precision) for m in found] == [("Tchomakoye", 2), ("Zaroumkoye", 2)]
    place = found[0].place
    assert (
        place.latitude > gaz.get("cap-niamey").latitude + 1.0 and place.admin1 == ""
    )  # far: its area unknown
    assert "placed 120 km north of Niamey" in place.source
    (far,) = unlisted("Gunmen struck Tchomakoye, a village 300 km north of Niamey.", gaz)
    assert far.place.geo_precision == 3


def test_an_incident_logs_area_in_brackets_places_the_village_in_it(gaz):
    (found,) = unlisted(
        "* 17/02: Drone strike on a wedding in Inabaradjé (Gao region), 6 civilians killed.", gaz
    )
    assert (found.place.name, found.place.geo_precision, found.place.admin1) == (
        "Inabaradjé",
        3,
        "Gao Region",
    )
    assert unlisted("Dagabéré (Bamako) spoke to reporters.", gaz) == []  # a town in brackets is an address


@pytest.mark.parametrize(
    "text",
    [
        "JNIM (Mopti region) claimed the attack.",  # an acronym
        "Men of the Wagner Group, in the Mopti region, denied it.",  # a group's name
        "Radio Kledu, in the Bamako district, reported it.",  # a station, whose "Radio" stays
    ],
)
def test_a_group_or_a_station_is_never_placed_as_a_village(text, gaz):
    assert unlisted(text, gaz) == []


def test_a_word_that_opens_the_sentence_is_not_part_of_the_name(gaz):
    (found,) = unlisted("In Dagabéré, a village in the Niono cercle, gunmen killed three farmers.", gaz)
    assert found.matched_text == "Dagabéré"


def test_one_name_placed_apart_by_two_texts_is_two_places(gaz):
    (near_nara,) = unlisted("Soldiers entered Dagabéré, a village near Nara, on Monday.", gaz)
    (near_gao,) = unlisted("Soldiers entered Dagabéré, a village near Gao, on Monday.", gaz)
    assert near_nara.place.place_id != near_gao.place.place_id  # never merged as one place


def test_a_name_set_off_by_near_and_a_known_town_is_placed_by_it(gaz):
    (found,) = unlisted("The mission left its camp at Zambakoro, near Timbuktu, on Sunday.", gaz)
    timbuktu = gaz.get("ml-timbuktu")
    assert (found.place.name, found.place.geo_precision) == ("Zambakoro", 2)
    assert (found.place.latitude, found.place.longitude) == (timbuktu.latitude, timbuktu.longitude)
    # an airport code in capitals ("NBO", Nairobi's) is no name written "Nbo"
    (nbo,) = unlisted("The mission left its camp at Nbo, near Timbuktu, on Sunday.", gaz)
    assert nbo.place.name == "Nbo"


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Gunmen killed six people in Koumbédogo, a town in the province of Sanmatenga.", "bf-sanmatenga"),
        ("Gunmen stormed an army outpost at Koumbédogo, in the northern province of Soum.", "bf-soum"),
        ("Gunmen stormed an army outpost at Koumbédogo, in the province of Soum, on Friday.", "bf-soum"),
    ],
)
def test_a_village_in_the_province_of_a_name_is_placed_in_that_province(text, province, gaz):
    (found,) = unlisted(text, gaz)
    assert (found.place.name, found.place.placed_by, found.place.geo_precision) == ("Koumbédogo", province, 3)


def test_a_village_set_off_by_a_comma_and_its_province_without_an_article(gaz):
    (found,) = unlisted("Gunmen killed six worshippers in Koumbédogo, in Soum province, on 28 April.", gaz)
    assert (found.place.name, found.place.placed_by) == ("Koumbédogo", "bf-soum")
    assert found.place.geo_precision == 3
    assert unlisted("Gunmen killed six worshippers in Koumbédogo, in Burkina Faso, on 28 April.", gaz) == []


def test_both_villages_said_to_lie_in_a_cercle_are_the_two_the_sentence_before_named(gaz):
    text = (
        "Gunmen on motorbikes stormed Tinkoro and fired on residents, then rode on to Dambéré 2, "
        "said Amadou Kassogué, the mayor of Tinkoro. Both villages lie in the Bankass cercle."
    )
    found = unlisted(text, gaz)
    assert [m.matched_text for m in found] == ["Tinkoro", "Dambéré 2", "Tinkoro"]  # not the mayor
    bankass = gaz.get("ml-bankass")
    for m in found:
        assert (m.place.latitude, m.place.longitude, m.place.geo_precision) == (
            bankass.latitude,
            bankass.longitude,
            2,
        )
    assert "“Both villages lie in the Bankass cercle”" in found[0].place.source


@pytest.mark.parametrize(
    "text",
    [
        # three names for "both": which two is not said
        "Gunmen stormed Tinkoro, then rode on to Dambéré and to Kanikombolé. "
        "Both villages lie in the Bankass cercle.",
        # one village said, two named
        "Gunmen stormed Tinkoro, then rode on to Dambéré. The village lies in the Bankass cercle.",
        # how many is not said
        "Gunmen stormed Tinkoro, then rode on to Dambéré. The villages lie in the Bankass cercle.",
        # "lie in" the sentence's own subject, not the places before
        "Gunmen stormed Tinkoro. Both villages were attacked in the Bankass cercle.",
    ],
)
def test_places_said_to_lie_in_an_area_are_placed_only_when_the_count_is_right(text, gaz):
    assert unlisted(text, gaz) == []


def test_the_one_village_said_to_lie_in_a_region(gaz):
    (found,) = unlisted(
        "Fighters burned Tinkoro on Sunday. The village lies in the Ménaka region, near the border.", gaz
    )
    assert found.matched_text == "Tinkoro"
    assert found.place.geo_precision == 3 and found.place.country_code == "ML"
