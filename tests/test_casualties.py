"""Casualty and arrest figures: each claim pattern, read as low / best / high."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.casualties import find_figures, parse_number, pronoun_toll


def figures(sentence: str) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(f.kind, f.low, f.best, f.high) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Soldiers executed an estimated 300 civilian men in the town.", [("executed", 300, 300, 300)]),
        ("The army had killed 203 ‘terrorists’ and arrested 51 more.", [
            ("killed", 203, 203, 203), ("arrested", 51, 51, 51)]),
        ("At least 160 herders were killed in the raid.", [("killed", 160, None, None)]),
        ("Gunmen killed more than 150 civilians.", [("killed", 151, None, None)]),
        ("Up to 40 villagers were abducted.", [("abducted", None, None, 40)]),
        ("Troops executed several hundred people.", [("executed", 200, None, 900)]),
        ("Between 30 and 45 people were killed.", [("killed", 30, None, 45)]),
        ("Dozens of residents were wounded.", [("wounded", 24, None, 99)]),
        ("Forty-two soldiers were killed.", [("killed", 42, 42, 42)]),
        ("The death toll rose to 1,200.", [("killed", 1200, 1200, 1200)]),
        ("The death toll had risen to 77, officials said.", [("killed", 77, 77, 77)]),
        ("A spokesman said the number of dead had risen to 77.", [("killed", 77, 77, 77)]),
        ("The number of dead is not known.", []),
        ("Two hostages were found dead near the town.", [("killed", 2, 2, 2)]),
        ("Gunmen killed three aid workers.", [("killed", 3, 3, 3)]),
        ("Attackers killed a reported 160 Fulani herders.", [("killed", 160, 160, 160)]),
        ("Officials said 12 people died.", [("killed", 12, 12, 12)]),
        ("Four soldiers and three gendarmes also died in the fighting.", [("killed", 7, 7, 7)]),
        ("Five people have also died.", [("killed", 5, 5, 5)]),
        ("The UN put the toll at no fewer than 200.", [("killed", 200, None, None)]),
        ("Up to 600 people may have been killed.", [("killed", None, None, 600)]),
        ("Witnesses point to the army in the killing of 147 villagers.", [("killed", 147, 147, 147)]),
        ("They were blamed for the executions of 12 men.", [("executed", 12, 12, 12)]),
        ("Gunmen killed 35 civilians, 31 of them women, and seven soldiers.", [("killed", 42, 42, 42)]),
        ("Two soldiers later died of their wounds.", [("killed", 2, 2, 2)]),
        ("He put the death toll at 22 minimum.", [("killed", 22, None, None)]),
        ("The army said it had “neutralised” 203 militants.", [("killed", 203, 203, 203)]),
        ("At least 12 jihadists were neutralized.", [("killed", 12, None, None)]),
        ("Residents reported at least 15 deaths.", [("killed", 15, None, None)]),
        ("Local leaders put the toll higher, at 150.", [("killed", 150, 150, 150)]),
        ("It said on 10 August that 42 soldiers were killed.", [("killed", 42, 42, 42)]),  # 10 is a day
        ("On 3 May gunmen killed 12 villagers.", [("killed", 12, 12, 12)]),
        ("Three residents of Dagabéré were killed on their way to the fields.", [("killed", 3, 3, 3)]),
        ("About 30 gunmen attacked the town, killing a police officer.", [("killed", 1, 1, 1)]),
        ("They shot dead a gendarme and a civilian.", [("killed", 2, 2, 2)]),
        ("Gunmen killed a number of soldiers near 3 camps.", []),  # not one
        ("Troops arrested a journalist and 3 others.", []),  # one person taken is no figure
        ("Seven Mauritanians had already been killed there.", [("killed", 7, 7, 7)]),  # by origin, adverb
        ("Gunmen killed 20 Fulani in the village.", [("killed", 20, 20, 20)]),
        ("Twelve villagers were reportedly killed.", [("killed", 12, 12, 12)]),
        ("On Tuesday the count rose to 79.", [("killed", 79, 79, 79)]),
        ("At least 24 members of the village's Fulani community were killed.", [("killed", 24, None, None)]),
        ("It said 49 civilians and 15 soldiers were killed.", [("killed", 64, 64, 64)]),  # one toll
        ("Three soldiers and two civilians died.", [("killed", 5, 5, 5)]),
        ("A car bomb exploded, killing two soldiers and a civilian.", [("killed", 3, 3, 3)]),  # one toll
        ("The assault killed 53 soldiers and one civilian.", [("killed", 54, 54, 54)]),
        # the civilian lived: wounded, not among the dead
        ("It killed two soldiers and a civilian was wounded.", [("killed", 2, 2, 2), ("wounded", 1, 1, 1)]),
        ("A French soldier of Operation Barkhane was killed.", [("killed", 1, 1, 1)]),
        ("A group of soldiers was killed.", []),
        ("It killed 19 civilians who had gathered for a wedding, along with three armed men.", [
            ("killed", 22, 22, 22)]),
        ("It killed two soldiers and a number of civilians.", [("killed", 2, 2, 2)]),
        ("Officials said 21 civilians, among them children, were killed.", [("killed", 21, 21, 21)]),
        ("21 civilians, including 11 children, were killed.", [("killed", 21, 21, 21)]),
        ("21 civilians, the army said, were killed.", [("killed", 21, 21, 21)]),
        ("21 civilians, and then the soldiers, were killed.", []),
        ("An inquiry found that 22 people had died.", [("killed", 22, 22, 22)]),
        ("Five soldiers have lost their lives.", [("killed", 5, 5, 5)]),
        ("Thirty gunmen had killed the villagers.", []),  # the killers, not the dead
        ("Estimates of the dead run into the hundreds.", [("killed", 200, None, 999)]),
        ("The death toll ran into dozens.", [("killed", 24, None, 99)]),
        ("The talks ran into trouble in 2020.", []),
        ("An official list raised the toll to 42 soldiers.", [("killed", 42, 42, 42)]),
        ("They found the bodies of about 22 men in two graves.", [("killed", 22, 22, 22)]),
        ("They found the bodies of the victims.", []),
        ("Eight civilians, six of them civil servants, were killed.", [("killed", 8, 8, 8)]),
        ("The army revised the death toll upwards to 42.", [("killed", 42, 42, 42)]),
        (
            "Camp overrun; at least 30 soldiers KIA, 2 civilians WIA.",
            [("killed", 30, None, None), ("wounded", 2, 2, 2)],
        ),
        # how many of a number told, and one or more besides those told before
        ("Four of the six kidnappers were killed, the minister said.", [("killed", 4, 4, 4)]),
        ("A patrol hit a third device, killing another employee.", [("killed", 1, 1, 1)]),
        ("Gunmen killed another 20 people on Friday.", [("killed", 20, 20, 20)]),
        ("A further twelve rangers were killed.", [("killed", 12, 12, 12)]),
        ("It was another attack that killed people.", []),
        ("Police arrested another journalist.", []),
    ],
)  # fmt: skip
def test_claim_patterns(sentence, expected):
    assert figures(sentence) == expected


def test_victims_are_kept_with_the_figure():
    (f,) = find_figures("Soldiers executed an estimated 300 civilian men in the town.")
    assert "civilian men" in f.victims


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,200", (1200, 1200)),
        ("dozens", (24, 99)),
        ("forty-two", (42, 42)),
        ("a dozen", (12, 12)),
        ("two dozen", (24, 24)),  # twice twelve, not two and twelve
        ("a hundred", (100, 100)),
        ("three thousand", (3000, 3000)),
        ("one hundred and twenty", (120, 120)),
        ("two hundred and thirty-five", (235, 235)),
    ],
)
def test_numbers(text, value):
    assert parse_number(text) == value


def test_years_and_resolutions_are_not_casualties():
    assert figures("In 2013 Resolution 2100 created a mission of 12,640 personnel.") == []


@given(st.text(max_size=300))
def test_never_crashes(text):
    for f in find_figures(text):
        assert f.low is None or f.high is None or f.low <= f.high


_WORDS = st.sampled_from(
    "at least an estimated some between and more than up to 12 1,200 forty-two dozens several hundred "
    "a dozen civilian men people soldiers were was killed executed arrested wounded dead died the in , . ‘ ’"
    .split()
)  # fmt: skip


@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_verb_last_figures_are_the_leftmost_search_matches(sentence):
    """Trying the verb-last patterns only where a quantity can begin finds what a scan would."""
    from geo import casualties as c

    verbs = list(c.VERBS.finditer(sentence))
    starts = [m.start() for m in c._QUANTITY_START.finditer(sentence)]
    for pattern in (c._AFTER, c._BARE):
        scanned, end_of_last = [], 0
        for verb in verbs:
            m = pattern.search(sentence, max(end_of_last, verb.start() - c._REACH), verb.end())
            if m is not None and m.start() >= end_of_last:
                scanned.append(m.span())
                end_of_last = m.end()
        assert [m.span() for m in c._verb_last(sentence, pattern, verbs, starts)] == scanned


_CASED = st.sampled_from(
    "At least AN ESTIMATED Some Between And More than 12 Forty-Two DOZENS Several Hundred "
    "Civilian MEN People were Killed EXECUTED Arrested Wounded DEAD in , .".split()
)  # fmt: skip


@given(st.lists(_CASED, max_size=30).map(" ".join))
def test_ascii_fast_path_finds_the_same_figures(sentence):
    """ASCII sentences take the lower-cased, case-sensitive path; a non-ASCII character sends the
    same words through the re.I patterns, and the figures must not differ."""
    fast = find_figures(sentence)
    slow = find_figures(sentence + " \u2026")
    assert [(f.start, f.end, f.kind, f.low, f.best, f.high, f.victims) for f in fast] == [
        (f.start, f.end, f.kind, f.low, f.best, f.high, f.victims) for f in slow
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("132", (132, 132, 132, "")),
        ("about 160", (160, 160, 160, "")),
        ("at least 500", (500, None, None, "")),
        ("300+", (300, None, None, "")),
        ("40–60", (40, None, 60, "")),
        ("between 30 and 40 civilians", (30, None, 40, "civilians")),
        ("dozens of Malian soldiers and Wagner fighters killed", (24, None, 99, "soldiers")),
        ("42 soldiers (official figure)", (42, 42, 42, "soldiers")),
    ],
)
def test_a_fact_box_field_opens_with_its_figure(value, expected):
    from geo.casualties import field_figure

    figure = field_figure(value, "killed")
    assert figure is not None and (figure.low, figure.best, figure.high, figure.victims) == expected


@pytest.mark.parametrize("value", ["Unknown", "12/3", "3.5 million", "40%", "60–40", "none reported"])
def test_a_field_without_a_count_gives_no_figure(value):
    from geo.casualties import field_figure

    assert field_figure(value, "killed") is None


def test_foreign_soldiers_and_their_allies_killed_together_are_one_toll():
    (killed,) = find_figures("Four Americans and four Nigerien soldiers were killed in the ambush.")
    assert (killed.kind, killed.best) == ("killed", 8)


@pytest.mark.parametrize(
    "sentence",
    [
        "an ambush in which three Chadian and five Nigerien soldiers were killed",
        "the raid, killing three Chadian and 5 Nigerien soldiers, was claimed",
    ],
)
def test_people_of_two_nations_told_with_one_noun_are_one_toll(sentence):
    (killed,) = find_figures(sentence)
    assert (killed.kind, killed.best, killed.victims) == ("killed", 8, "Chadian and Nigerien soldiers")
    # a day told before the dead is none of them
    assert [f.best for f in find_figures("Between 3 May and 4 Malian soldiers were killed")] == [4]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leader of the Katiba Serma has been killed by soldiers near the border.",
        "Soldiers killed the second-in-command of the Katiba Serma near the border.",
        "Hamadou Kallo, the commander of the Katiba Serma, was killed in a raid.",
        "The group said its emir had been killed in a clash.",
    ],
)
def test_an_armed_group_s_head_killed_is_one_dead(sentence):
    (killed,) = find_figures(sentence)
    assert (killed.kind, killed.best) == ("killed", 1)


def test_a_leader_of_no_named_body_or_a_head_of_state_is_no_dead_of_a_group():
    assert find_figures("He said the head of state was killed only in rumours.") == []
    assert find_figures("The leader of the opposition was killed, the rumour went.") == []


def test_a_part_of_a_running_total_told_with_its_attack_is_that_attack_s_toll():
    (part,) = find_figures(
        "They have killed hundreds of soldiers over the years, including 27 during an attack on Mondoro."
    )
    assert (part.kind, part.best, part.victims) == ("killed", 27, "soldiers")
    (whole,) = find_figures("Gunmen killed 20 people, including five children.")
    assert whole.best == 20  # a part of the victims, not of a total


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By Monday evening it had reached 32.", [(32, 32, 32)]),
        ("It rose to more than 40 on Tuesday.", [(41, None, None)]),
        ("By then it had climbed to dozens.", [(24, None, 99)]),
        ("By Monday it had reached the town centre.", []),
        ("It reached 40 per cent in the north.", []),
        ("Inflation rose to 12.", []),
    ],
)
def test_a_toll_told_as_it(sentence, expected):
    assert [(f.low, f.best, f.high) for f in pronoun_toll(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "best"),
    [
        ("A priest and five worshippers were shot dead during Mass.", 6),
        ("Priest and five worshippers shot dead during Sunday Mass in northern Burkina Faso", 6),
        ("A gendarme and two civilians were killed in the attack.", 3),
        # plural before the figure: how many is not told
        ("The soldiers and five civilians were killed on Sunday.", 5),
    ],
)
def test_one_person_named_before_a_figure_is_one_more_of_its_dead(sentence, best):
    assert [f.best for f in find_figures(sentence) if f.kind == "killed"] == [best]


@pytest.mark.parametrize(
    ("sentence", "bounds", "victims"),
    [
        (
            "The number of people killed when Boko Haram fighters attacked the town of Toumour last "
            "weekend has risen to 34, the commission said.",
            (34, 34, 34),
            "people",
        ),
        ("The number of soldiers killed in the ambush had reached 42.", (42, 42, 42), "soldiers"),
        ("The number of people who died has risen to at least 50.", (50, None, None), "people"),
    ],
)
def test_the_number_of_people_killed_risen_to_a_figure(sentence, bounds, victims):
    (figure,) = find_figures(sentence)
    assert ((figure.low, figure.best, figure.high), figure.victims) == (bounds, victims)


@pytest.mark.parametrize(
    ("sentence", "best", "victims"),
    [
        # a nationality before the people: the people are the workers
        ("Gunmen killed six French aid workers and two Nigeriens.", 8, "French aid workers and Nigeriens"),
        ("Gunmen killed six French nationals and two Nigeriens.", 8, "French nationals and Nigeriens"),
        ("Gunmen killed six aid workers and their two guides.", 8, "aid workers and guides"),
        ("The group claimed the killing of six soldiers and two civilians.", 8, "soldiers and civilians"),
        ("The attack killed 20 Malian soldiers.", 20, "Malian soldiers"),
    ],
)
def test_the_people_of_a_figure_are_its_last_noun_and_the_figures_joined_add_up(sentence, best, victims):
    (figure,) = find_figures(sentence)
    assert (figure.best, figure.victims) == (best, victims)


def test_a_quoted_quantity_still_counts_its_people():
    (figure,) = find_figures('The general staff had spoken of "more than a dozen" soldiers killed.')
    assert (figure.low, figure.best, figure.victims) == (13, None, "soldiers")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The ministry put the dead at 25 soldiers that evening.", 25),
        ('It said 63 attackers had been "neutralised" with air support.', 63),
    ],
)
def test_a_toll_put_at_a_number_and_a_quoted_verb(sentence, figure):
    (found,) = find_figures(sentence)
    assert (found.kind, found.best) == ("killed", figure)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It counted 58 people who appeared to be dead or dying.", [("killed", 58, 58, 58)]),
        ("The footage showed 58 bodies, many with their hands bound.", [("killed", 58, 58, 58)]),
        ("Rescuers recovered 12 corpses from the river.", [("killed", 12, 12, 12)]),
        ("The video showed 20 people who appeared to be walking.", []),
        ("The army showed 20 prisoners to the press.", []),
        ("Gendarmes discovered a mass grave with 14 bodies near the river.", [("killed", 14, 14, 14)]),
        ("A well containing at least 30 corpses was found.", [("killed", 30, None, None)]),
        ("Some 17 bodies had been dumped outside the village.", [("killed", 17, 17, 17)]),
        ("Nine bodies were later exhumed.", [("killed", 9, 9, 9)]),
        ("The grave with two entrances was found.", []),
    ],
)  # fmt: skip
def test_the_dead_as_seen_and_counted(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # as many more, in another place the figure's own words name
        ("Troops killed 12 men, including two boys, in Bara and then 30, including nine women, in Kona.", 42),
        ("Gunmen killed 7 people at Tiba and 5 others at Dori.", 12),
        # other people, or no second place: a figure of its own or none
        ("Gunmen killed 7 people at Tiba and 5 soldiers at Dori.", 7),
        ("Gunmen killed 7 people in Tiba and on 3 May in Dori.", 7),
        # the count told first, then the verb, then the places
        ("He said 20 civilians were killed in Tiba and 14 in Kona, and others in Dori.", 34),
        ("Ten soldiers were killed in Tiba and two were wounded in Kona.", 10),
    ],
)
def test_a_count_goes_on_in_a_second_place(sentence, expected):
    assert find_figures(sentence)[0].best == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year, a verb or a vague count is no word of the people counted
        (
            "Raids on Tiba in late September 2019 killed dozens of soldiers, and six soldiers died when "
            "gunmen attacked the post on 1 March 2020.",
            [(24, None, 99), (6, 6, 6)],
        ),
        (
            "Clashes in June 2021 killed dozens of fighters, and 3 civilians died in crossfire.",
            [(24, None, 99), (3, 3, 3)],
        ),
        ("Gunmen killed 12 soldiers and three civilians.", [(15, 15, 15)]),
    ],
)
def test_a_year_before_a_toll_is_no_count_of_its_own(sentence, expected):
    assert [(f.low, f.best, f.high) for f in find_figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 20 soldiers and a civilian were killed at Tassia.", 21),
        ("Thirty people and a child were wounded.", 31),
        ("Twenty soldiers and many civilians were killed.", 20),
    ],
)
def test_one_more_told_by_the_article_is_one_more(sentence, expected):
    assert find_figures(sentence)[0].best == expected


def test_the_number_of_fighters_the_army_puts_at_a_figure_is_a_toll():
    (figure,) = find_figures('The ministry put the number of "terrorists neutralised" at more than 100.')
    assert (figure.kind, figure.low, figure.victims) == ("killed", 101, "terrorists")
    (held,) = find_figures("Police put the number of people arrested at 40.")
    assert (held.kind, held.best) == ("arrested", 40)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen attacked the post on Tuesday, killing 20.", [("killed", 20, 20, 20)]),
        ("The blast killed 12 and wounded 30.", [("killed", 12, 12, 12), ("wounded", 30, 30, 30)]),
        ("The strike killed at least 14 in Ménaka, officials said.", [("killed", 14, None, None)]),
        # a day after the number is no count of people: "killed 12 June protesters" names none
        ("Police killed 12 June protesters, the group said.", []),
        ("The raid killed 2 soldiers on 12 May.", [("killed", 2, 2, 2)]),
    ],
)
def test_a_count_after_its_verb_may_name_no_people(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nine villagers, among them two women, were burned alive in their huts in Kobou.", 9),
        ("Militants beheaded four traders on the road to Ansongo.", 4),
        ("Seven herders were hacked to death near the well.", 7),
        ("Two guards were burnt to death when the depot was set alight.", 2),
    ],
)
def test_the_dead_told_by_how_they_were_killed(sentence, expected):
    (figure,) = find_figures(sentence)
    assert (figure.kind, figure.best) == ("killed", expected)


def test_the_parts_of_a_count_told_first_are_not_counts_of_their_own():
    figures = find_figures("Of the 40 dead counted so far, twelve were shot and 28 villagers died in a fire.")
    assert [(f.kind, f.best) for f in figures] == [("killed", 40)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The deputy mayor of Kaya was killed with three other people in an ambush.", (4, 4, 4)),
        ("The imam was shot dead along with two others on Friday.", (3, 3, 3)),
        # a year in review's present tense
        ("April: the mayor of Nara is killed with two others in an ambush.", (3, 3, 3)),
        # one dead, told by his rank; a rifle is no second person
        ("The commander was killed with a rifle taken from the armoury.", (1, 1, 1)),
        # or by the work he did that day
        ("The trader was killed with a rifle taken from the armoury.", (1, 1, 1)),
        ("Traders were killed with a rifle taken from the armoury.", None),
    ],
)
def test_one_named_and_killed_with_others_is_one_more_than_the_others(sentence, expected):
    figures = find_figures(sentence)
    assert (figures[0].low, figures[0].best, figures[0].high) == expected if expected else figures == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen killed the mayor of Tessit on Tuesday.", (1, "mayor")),
        ("The village chief of Sama was shot dead near his home.", (1, "village chief")),
        ("Unknown men assassinated a councillor in Bla.", (1, "councillor")),
        ("Gunmen killed the prefect of Nara and two of his escorts.", (3, "prefect and of his escorts")),
        ("The judge was killed along with two of his bodyguards.", (3, "judge and of his bodyguards")),
        ("The assassination of an army officer in Kati shocked the town.", (1, "army officer")),
    ],
)
def test_one_killed_is_told_by_the_office_held(sentence, expected):
    (figure,) = find_figures(sentence)
    count, victims = expected
    assert (figure.kind, figure.low, figure.best, figure.high, figure.victims) == (
        "killed",
        count,
        count,
        count,
        victims,
    )


def test_an_office_named_without_a_killing_is_no_figure():
    assert find_figures("The chief of staff and the mayor of Sévaré met on Monday.") == []
    assert find_figures("The minister said the mayor had been warned twice.") == []


def test_those_with_the_dead_are_counted_with_them():
    (figure,) = find_figures("Bandits killed a trader and three of his companions near the well.")
    assert figure.best == 4


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen murdered 12 villagers near the well.", [("killed", 12, 12, 12)]),
        ("Twelve villagers were murdered near the well.", [("killed", 12, 12, 12)]),
        ("Militiamen slaughtered 12 herders.", [("killed", 12, 12, 12)]),
        ("The unit was accused of executing at least 32 men.", [("executed", 32, None, None)]),
        ("They were accused of massacring 12 villagers.", [("killed", 12, 12, 12)]),
    ],
)
def test_murder_and_slaughter_are_counted_like_killing(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack in August 2024 killed five soldiers.",
        "An air strike near Kidal on 12 August 2024 killed several fighters.",
        "In September 2025 several foreign workers were abducted near Kayes.",
    ],
)
def test_a_year_told_as_a_date_is_no_count(sentence):
    assert all(f.best != 2024 and f.best != 2025 for f in find_figures(sentence))
    assert all(f.low not in {2024, 2025} for f in find_figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen killed some two dozen villagers.", (24, 24, 24, "villagers")),
        ("Gunmen killed nearly a hundred villagers.", (None, None, 100, "villagers")),
        ("Gunmen killed upwards of 40 villagers.", (40, None, None, "villagers")),
        ("Gunmen killed one hundred and twenty people.", (120, 120, 120, "people")),
    ],
)
def test_counts_of_dozens_and_hundreds_in_words(sentence, expected):
    (figure,) = find_figures(sentence)
    assert (figure.low, figure.best, figure.high, figure.victims) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They killed my husband and my brother.", (2, "husband and brother")),
        ("Gunmen killed a trader and his son near the market.", (2, "trader and son")),
        ("Gunmen shot dead two teachers at the school.", (2, "teachers")),
        ("Her younger sister was killed in the raid.", (1, "younger sister")),
        ("Gunmen killed the chief's son and two nurses.", (3, "son and nurses")),
        ("The village imam’s brother was killed on Tuesday.", (1, "brother")),
        ("A herder said his elderly mother died in the fire.", (1, "elderly mother")),
    ],
)
def test_the_dead_named_by_whose_kin_they_were_or_their_work_are_counted(sentence, expected):
    (figure,) = find_figures(sentence)
    assert (figure.kind, figure.best, figure.victims) == ("killed", *expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers arrested my husband at the market.",
        "Soldiers arrested the mayor's son at the market.",
        "Gunmen killed his sons and burned the granary.",
        "His sons died in the attack.",
    ],
)
def test_one_of_a_family_taken_or_kin_told_with_no_number_is_no_figure(sentence):
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The response of our forces made it possible to neutralise 18 terrorists.", (18, "terrorists")),
        ("Our forces regret the loss of four soldiers.", (4, "soldiers")),
        ("The army deplores the loss of a soldier.", (1, "soldier")),
    ],
)
def test_an_army_s_words_for_the_dead_it_caused_and_the_dead_it_lost(sentence, expected):
    (figure,) = find_figures(sentence)
    assert (figure.kind, figure.best, figure.victims) == ("killed", *expected)


def test_the_loss_of_things_or_places_is_no_toll():
    assert find_figures("The loss of 30 vehicles was a blow, as was the loss of one of its towns.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Soldiers detained three men at a checkpoint, took them away and shot them.", ("killed", 3, "men")),
        ("Gunmen abducted five traders on the road and later executed them.", ("executed", 5, "traders")),
        ("They took my father outside and shot him.", ("killed", 1, "father")),
        ("They took my husband and my brother outside and shot them.", ("killed", 2, "husband and brother")),
    ],
)
def test_captives_counted_when_taken_are_the_dead_when_then_killed(sentence, expected):
    (figure,) = find_figures(sentence)
    assert (figure.kind, figure.best, figure.victims) == expected


def test_captives_then_freed_stay_captives():
    (figure,) = find_figures("Soldiers arrested 12 men and released them.")
    assert (figure.kind, figure.best) == ("arrested", 12)


def test_bodies_a_clinic_received_are_the_dead():
    (dead, hurt) = find_figures("They told us they received eleven bodies and fourteen wounded.")
    assert (dead.kind, dead.best, hurt.kind, hurt.best) == ("killed", 11, "wounded", 14)


@pytest.mark.parametrize(
    "sentence", ["His body was found two days later.", "Her body has been recovered from the river."]
)
def test_a_body_found_is_one_dead(sentence):
    (figure,) = find_figures(sentence)
    assert (figure.kind, figure.best, figure.victims) == ("killed", 1, "body")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fighters stopped a truck, burned it and killed its driver.", (1, "driver")),
        ("Gunmen shot dead the shepherd near the well.", (1, "shepherd")),
    ],
)
def test_one_told_by_the_work_they_did_is_one_dead(sentence, expected):
    (figure,) = find_figures(sentence)
    assert (figure.best, figure.victims) == expected


def test_one_told_by_the_work_they_did_and_taken_is_no_figure():
    assert find_figures("Soldiers arrested the driver at the checkpoint.") == []


@pytest.mark.parametrize(
    ("sentence", "kind", "count"),
    [
        ("Three were found dead on the road to Boni two days later.", "killed", 3),
        ("Thirty soldiers died and 67 were wounded.", "wounded", 67),
    ],
)
def test_a_number_alone_as_the_subject_of_a_passive_is_counted(sentence, kind, count):
    assert any(f.kind == kind and f.best == count for f in find_figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "victims"),
    [
        ("Beatrice Stöckli was killed by her captors in September 2020.", "Beatrice Stöckli"),
        ("Colonel Bouna Ag Tahib, a former army officer, was killed.", "Colonel Bouna Ag Tahib"),
        ("The Prime Minister was killed.", None),  # no name: an office, told by the rules for offices
        ("Ansar Dine was killed off as a movement.", None),
    ],
)
def test_one_person_named_and_killed_is_one_dead(sentence, victims):
    named = [f for f in find_figures(sentence) if f.victims == victims]
    assert bool(named) == (victims is not None)
    assert all(f.best == 1 and f.text.startswith(("killed", "shot")) for f in named)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Unidentified gunmen 26 Nov killed village chief in Niono cercle.", 1),  # a digest's clipped style
        ("Gunmen killed two village chiefs.", 2),  # counted as any people are
        ("Gunmen killed his chief of staff.", None),
    ],
)
def test_an_office_holder_killed_without_an_article_is_one(sentence, count):
    assert next((f.best for f in find_figures(sentence) if f.kind == "killed"), None) == count


@pytest.mark.parametrize(
    ("sentence", "count", "victims"),
    [
        ("Soldiers summarily executed 20 detainees near the camp.", 20, "detainees"),
        ("The militia shot dead three prisoners.", 3, "prisoners"),
        ("Eight civilians and officials were killed.", 8, "civilians and officials"),
        ("Gunmen killed two village chiefs.", 2, "village chiefs"),
        ("Gunmen killed three local councillors.", 3, "local councillors"),
    ],
)
def test_captives_and_office_holders_are_counted_among_the_dead(sentence, count, victims):
    (figure,) = find_figures(sentence)
    assert (figure.best, figure.victims) == (count, victims)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [("32 civilians die in coordinated attacks.", 32), ("Three soldiers die in ambush near Boni", 3)],
)
def test_the_present_tense_of_die_counts_the_dead(sentence, count):
    (figure,) = find_figures(sentence)
    assert (figure.kind, figure.best) == ("killed", count)
