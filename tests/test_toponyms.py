"""Rules of the geoparser, on invented sentences (none of them from the seeds)."""

from __future__ import annotations

import pytest

from geo.toponyms import recognise


def places(text, gaz):
    return [(m.matched_text, m.place.place_id) for m in recognise(text, gaz).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen attacked Ténenkou and later Youwarou.",
            [("Ténenkou", "ml-tenenkou"), ("Youwarou", "ml-youwarou")],
        ),
        (
            "Aid reached Tombouctou and Timbuktu airport.",
            [("Tombouctou", "ml-timbuktu"), ("Timbuktu", "ml-timbuktu")],
        ),
        ("Convoys left Segou for Menaka.", [("Segou", "ml-segou"), ("Menaka", "ml-menaka")]),
        (
            "Refugees crossed into Burkina Faso and Côte d’Ivoire.",
            [("Burkina Faso", "country-bf"), ("Côte d’Ivoire", "country-ci")],
        ),
    ],
    ids=["accented", "french-english", "unaccented", "multiword-and-curly-apostrophe"],
)
def test_finds_places_in_any_spelling(text, expected, gaz):
    assert places(text, gaz) == expected


def test_longest_match_first(gaz):
    assert places("The army returned to Gourma-Rharous.", gaz) == [("Gourma-Rharous", "ml-gourma-rharous")]


def test_offsets_point_at_the_text(gaz):
    text = "Residents of Niafunké fled to Goundam."
    for m in recognise(text, gaz).mentions:
        assert text[m.start : m.end] == m.matched_text


@pytest.mark.parametrize(
    "text",
    [
        "The former president Amadou Toumani Touré spoke.",
        "Prime Minister Moctar Ouane resigned; Ouane left.",
        "Ibrahim Boubacar Keïta lost power. Keïta’s supporters wept.",
        "Colonel Sadio Camara met the envoy.",
    ],
    ids=["given-names", "title", "surname-later", "colonel"],
)
def test_parts_of_person_names_are_not_places(text, gaz):
    assert places(text, gaz) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Washington Post reported it first.",
        "Signatories of the Algiers Accord met again.",
        "The Alliance of Sahel States expelled the envoy.",
        "Troops of the G5 Sahel Joint Force withdrew.",
        "Radio France Internationale was suspended.",
    ],
)
def test_places_inside_organisation_names_are_not_mentions(text, gaz):
    assert places(text, gaz) == []


def test_demonyms_point_at_the_country_but_are_not_mentions(gaz):
    result = recognise("Malian soldiers and French advisers met Burkinabe officials.", gaz)
    assert result.mentions == []
    assert {p.place_id for _, _, p in result.demonyms} == {"country-ml", "country-fr", "country-bf"}
    assert result.focus_country == "ML"


@pytest.mark.parametrize(
    "text",
    [
        "It was a Sahel-wide failure.",
        "A Kremlin-aligned outlet repeated it.",
        "Read more at https://example.org/mali/gao-report and www.example.com/Kidal",
        "Let us go.",
        "Such dire warnings went unheeded.",
        "San is a common prefix.",
    ],
    ids=[
        "adjective",
        "not-in-gazetteer",
        "urls",
        "pronoun-us",
        "lowercase-dire",
        "sentence-initial-common-word",
    ],
)
def test_rejections(text, gaz):
    assert places(text, gaz) == []


def test_ordinary_word_names_need_place_context_or_accent(gaz):
    assert places("Fighting resumed in San on Tuesday.", gaz) == [("San", "ml-san")]
    assert places("Diré was attacked.", gaz) == [("Diré", "ml-dire")]


def test_a_name_taken_for_a_place_keeps_that_sense_at_a_sentence_start(gaz):
    """A GeoNames-only name opening a sentence needs context, unless the document has placed it."""
    assert places("Tessit had lost 33 soldiers.", gaz) == []
    assert places("Soldiers were attacked near Tessit. Tessit had lost 33 soldiers.", gaz) == [
        ("Tessit", "gn-10343856"),
        ("Tessit", "gn-10343856"),
    ]


def test_acronym_must_be_in_capitals(gaz):
    assert places("A US drone and a U.S. envoy.", gaz) == [("US", "country-us"), ("U.S.", "country-us")]


def test_a_sentence_of_titles_and_dates_is_no_headline(gaz):
    """A president's title and a month are capitalised in prose too: the surname stays a person."""
    text = "Mutineers led by Captain Amadou Sanogo overthrew President Amadou Touré on 22 March 2012."
    assert places(text, gaz) == []


def test_headlines_keep_place_names(gaz):
    assert places("Mali Junta Expels Envoy After Attack Near Gao", gaz) == [
        ("Mali", "country-ml"),
        ("Gao", "ml-gao"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers were held at the Kati military camp.", "ml-kati-camp"),
        ("Shops in Kati reopened.", "ml-kati"),
        ("Violence spread in the Djenné district.", "ml-cercle-djenne"),
        ("The mosque of Djenné was restored.", "ml-djenne"),
        ("Elections were cancelled in the Mopti Region.", "ml-region-mopti"),
        ("Fuel reached Mopti.", "ml-mopti"),
        ("Bodies were found near the Gossi base.", "ml-gossi-base"),
    ],
)
def test_place_type_words_choose_the_entity(text, expected, gaz):
    assert [pid for _, pid in places(text, gaz)] == [expected]


def test_a_plural_place_type_word_covers_every_name_of_its_list(gaz):
    text = "Attacks hit the Kayes, Koulikoro and Sikasso regions; the Mopti and Ségou regions were calm."
    assert [pid for _, pid in places(text, gaz)] == [
        "ml-region-kayes",
        "ml-region-koulikoro",
        "ml-region-sikasso",
        "ml-region-mopti",
        "ml-region-segou",
    ]
    towns = places("Fuel reached Mopti and Ségou by road.", gaz)
    assert [pid for _, pid in towns] == ["ml-mopti", "ml-segou"]


def test_a_name_in_brackets_after_another_is_its_region(gaz):
    found = places("2022-07-27 | Sokolo (Ségou) | Attack on an army post", gaz)
    assert [pid for _, pid in found][-1] == "ml-region-segou"
    assert [pid for _, pid in places("Troops left (Ségou) at dawn.", gaz)] == ["ml-segou"]


def test_a_line_in_capitals_names_no_person(gaz):
    text = "INFO AMEMBASSY ALGIERS\n\nThe accord was signed in Algiers on 4 July."
    assert [pid for _, pid in places(text, gaz)] == ["cap-algiers"]
    # a surname in running text still hides the town of that name later on
    assert places("Moussa Douentza spoke on the radio. Troops later left Douentza.", gaz) == []
    assert places("MOUSSA DOUENTZA\n\nTroops later left Douentza.", gaz) == [("Douentza", "ml-douentza")]


def test_document_focus_prefers_the_right_country(gaz):
    # "Kati" is also a village in Côte d'Ivoire in GeoNames; a Malian text means the Malian town.
    result = recognise("In Mali, mutineers seized Kati.", gaz)
    assert [m.place.place_id for m in result.mentions] == ["country-ml", "ml-kati"]


def test_fallback_geonames_place_found_with_context(gaz):
    found = places("Jihadists attacked Sokolo overnight.", gaz)
    assert found and found[0][1].startswith("gn-")


def test_between_homonyms_a_text_naming_no_country_means_the_largest(gaz):
    # GeoNames has a Sokolo of 4,374 people in Mali and two hamlets of that name in Côte d'Ivoire
    found = places("Gunmen attacked the army camp in Sokolo on Tuesday.", gaz)
    sokolo = gaz.get(found[0][1])
    assert (sokolo.country_code, sokolo.population) == ("ML", 4374)


def test_a_town_named_by_an_everyday_word_is_found_after_a_locative_only(gaz):
    found = recognise("In Niger, attackers struck a gendarmerie post at Say on Monday.", gaz).mentions
    assert [(m.place.name, m.place.country_code) for m in found] == [("Niger", "NE"), ("Say", "NE")]
    found = recognise("Say what you will: officials in Niamey say little.", gaz).mentions
    assert [m.place.name for m in found] == ["Niamey"]


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Gunmen attacked a police post near Banikoara on Sunday.", "Banikoara", "BJ"),
        ("Soldiers were killed in an ambush outside Dapaong.", "Dapaong", "TG"),
    ],
)
def test_the_coastal_states_the_war_has_reached_have_their_towns(text, town, country, gaz):
    found = recognise(text, gaz).mentions
    assert [(m.place.name, m.place.country_code) for m in found] == [(town, country)]


def test_unicode_never_crashes(gaz):
    for text in ["", "\u0000\u200b", "🙂 Gao 🙂", "‘Mali’", "MALI", "mali-niger", "Ségou\u0301"]:
        recognise(text, gaz)


def test_the_town_with_an_article_is_something_named_after_it(gaz):
    assert places("Gunmen attacked the Tombouctou, the boat that links the river towns.", gaz) == []
    # the craft told first, its name in apposition
    assert [pid for _, pid in places("A ferry on the river, the Tombouctou, was shelled near Gao.", gaz)] == [
        "ml-gao"
    ]
    assert [pid for _, pid in places("Gunmen attacked the Timbuktu camp and then Gao.", gaz)] == [
        "ml-timbuktu",
        "ml-gao",
    ]


@pytest.mark.parametrize(
    "text", ["Colonels overthrew Keïta in August 2020.", "The junta deposed Keita, then appointed Keita."]
)
def test_whom_soldiers_overthrew_is_a_person_not_a_town(text, gaz):
    assert [p for _, p in places(text, gaz) if not p.startswith("country-")] == []


def test_a_town_soldiers_attacked_after_the_same_verb_form_is_still_a_town(gaz):
    assert [p for _, p in places("Colonels attacked Keita in August.", gaz)] != []


def test_a_place_the_text_puts_in_another_country_is_not_that_geonames_place(gaz):
    found = places("On 23 March a strike in Douna, in central Mali, killed 14 people.", gaz)
    assert [p for _, p in found if not p.startswith("country-")] == []
    assert [
        p for _, p in places("A strike in Douna, in Côte d'Ivoire, killed two.", gaz) if p.startswith("gn-")
    ]


def test_a_name_said_twice_is_no_place_named_once(gaz):
    found = places(
        "Fighters ambushed a patrol near the village of Tongo Tongo, in the Tillabéri region.", gaz
    )
    assert [p for _, p in found if p == "gn-2280448"] == []  # not Tonho, "Tongo", in Côte d'Ivoire


def test_a_town_and_the_area_named_after_it_are_not_one_name_said_twice(gaz):
    assert [p for _, p in places("Fighters attacked Ansongo, Ansongo cercle, on Monday.", gaz)] == [
        "ml-ansongo",
        "ml-ansongo",
    ]


def test_between_two_countries_named_as_often_the_story_is_in_the_one_whose_towns_it_names(gaz):
    from geo.toponyms import recognise

    text = (
        "Russian fighters and Malian troops take over a mine\n\nMalian soldiers and Russian fighters took "
        "the mine about 80 km from Gao. Russia's minister had visited Mali."
    )
    assert recognise(text, gaz).focus_country == "ML"


def test_a_country_over_the_border_does_not_make_the_focus(gaz):
    text = "In Burkina Faso, militants stormed Djibo, near the border with Mali. Groups crossed from Mali."
    assert recognise(text, gaz).focus_country == "BF"


@pytest.mark.parametrize(
    "text",
    [
        "In Burkina Faso, 11 soldiers were killed near Djibo, in Kanel province.",
        # the word for the area before its name
        "In Burkina Faso, 11 soldiers were killed near Djibo, in the northern province of Kanel.",
        "In Burkina Faso, 11 soldiers were killed near Djibo, in the north-eastern province of Kanel.",
    ],
)
def test_an_area_named_like_a_town_of_a_country_the_story_never_names(text, gaz):
    # GeoNames' only Kanel is a town in Senegal; a province of that name in a story in Burkina Faso is not it
    assert "Kanel" not in [m.matched_text for m in recognise(text, gaz).mentions]


def test_a_province_of_the_table_beats_a_town_abroad_of_the_same_name(gaz):
    for text in (
        "In Burkina Faso, 11 soldiers were killed near Djibo, in Soum province.",
        "Gunmen stormed an army outpost at Nassoumbou, in the northern province of Soum, in Burkina Faso.",
    ):
        (soum,) = [m for m in recognise(text, gaz).mentions if m.matched_text.startswith("Soum")]
        assert soum.place.place_id == "bf-soum"  # not GeoNames' town of Soum in Senegal


def test_a_region_named_after_its_capital_is_found_though_the_story_names_another_country(gaz):
    text = "In Mali, soldiers were killed in the Tahoua region."
    found = [m.place.place_id for m in recognise(text, gaz).mentions if "Tahoua" in m.matched_text]
    assert found == ["ne-region-tahoua"]


def test_a_neighbour_s_region_is_the_region_not_its_capital(gaz):
    text = (
        "Gunmen attacked a village in the western Tillabéri region of Niger, far from the town of Tillabéri."
    )
    found = [
        (m.matched_text, m.place.place_id) for m in recognise(text, gaz).mentions if "Till" in m.matched_text
    ]
    assert found == [("Tillabéri region", "ne-region-tillaberi"), ("Tillabéri", "gn-2438678")]


def test_a_two_word_name_run_together_is_found(gaz):
    # GeoNames writes "Bani Bangou"; the press often writes one word
    found = recognise("Gunmen attacked villagers near Banibangou in Niger.", gaz).mentions
    assert [m.place.name for m in found if m.matched_text == "Banibangou"] == ["Bani Bangou"]


def test_a_country_only_named_is_who_the_story_is_about_not_where(gaz):
    text = (
        "Burkina's ousted leader flies out\n\nOUAGADOUGOU - Protesters set fire to the French embassy in "
        "Ouagadougou after the junta accused France of sheltering its rival, which France denied. The French "
        "Institute was attacked, and the new leader told people in Ouagadougou to spare France."
    )
    assert recognise(text, gaz).focus_country == "BF"  # France named more often, and none of its towns


def test_a_place_after_a_country_s_possessive_is_no_part_of_a_longer_name(gaz):
    text = "Gunmen attacked a base at Mansila, in Burkina Faso's Yagha province near the border."
    assert [m.place.place_id for m in recognise(text, gaz).mentions] == ["country-bf", "bf-yagha"]


def test_a_small_place_abroad_far_from_the_story_is_a_namesake(gaz):
    """``Soro`` in a story set around Ouahigouya is a village of Yatenga, not the Ivorian town 700 km south
    (the fallback's only Soro); named with its country, or alone, the town is meant."""
    result = recognise("Burkina Faso: soldiers raided Soro, a village 30 km from Ouahigouya, on Monday.", gaz)
    assert [m.place.country_code for m in result.mentions if m.matched_text == "Soro"] == []
    assert any(why.startswith("a small place abroad") for *_, why in result.rejected)
    kept = recognise("Côte d'Ivoire: gunmen raided Soro, 30 km from Ouahigouya across the border.", gaz)
    assert [m.place.country_code for m in kept.mentions if m.matched_text == "Soro"] == ["CI"]


@pytest.mark.parametrize("region", ["Dosso", "Maradi", "Zinder", "Diffa", "Agadez"])
def test_each_region_of_niger_named_after_its_capital_is_the_region(gaz, region):
    text = f"Soldiers were killed in the {region} region of Niger on Sunday."
    found = [m.place for m in recognise(text, gaz).mentions if m.matched_text.startswith(region)]
    assert [(p.place_id, p.feature) for p in found] == [(f"ne-region-{region.lower()}", "region")]
