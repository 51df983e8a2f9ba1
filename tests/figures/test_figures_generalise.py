"""extractors.figures: rule families added after the stress set (tests/data/figures_stress.jsonl)
showed where the extractor did not generalise; one family per test, on sentences written here."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def kvq(text: str) -> list[tuple[str, int, str]]:
    return [(f.kind, f.value, f.qualifier) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two guards were gunned down outside the bank.", ("killed", 2, "exact")),
        ("Nine workers were electrocuted when a cable snapped.", ("killed", 9, "exact")),
        ("A video showed the execution of four soldiers.", ("killed", 4, "exact")),
        ("Eight people were taken to hospital after the gas leak.", ("injured", 8, "exact")),
        ("Thirteen pupils were treated for injuries at the scene.", ("injured", 13, "exact")),
        ("Four divers went missing off the reef.", ("missing", 4, "exact")),
        ("About 60 people are listed as missing.", ("missing", 60, "about")),
        ("Police took 11 fans into custody.", ("arrested", 11, "exact")),
        ("Five men were held for questioning.", ("arrested", 5, "exact")),
        ("Bandits seize 7 tourists near the border", ("kidnapped", 7, "exact")),
        (
            "The landslide destroyed 40 houses and 90 people were moved to a safer area.",
            ("displaced", 90, "exact"),
        ),
    ],
)
def test_more_trigger_phrases(text, expected):
    assert expected in kvq(text)


def test_a_month_is_not_the_modal_may():
    assert kvq("Storms in May killed 31 people.") == [("killed", 31, "exact")]
    assert kvq("Clashes on 4 May left 6 dead.") == [("killed", 6, "exact")]
    assert kvq("The storm may kill 30 people.") == []


def test_a_ratio_needs_a_smaller_first_number():
    assert kvq("Officials counted 1,900 evacuees in 14 schools.") == [("displaced", 1900, "exact")]
    assert kvq("One in four children were injured.") == []


def test_a_range_after_between_binds_to_the_verb_before_it():
    assert kvq("The raid killed between 12 and 20 people.") == [("killed", 12, "at_least")]
    assert kvq("Floods left from 300 to 500 people homeless.") == [("displaced", 300, "at_least")]
    assert kvq("There were 6 deaths between 2015 and 2019.") == [("killed", 6, "exact")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The toll climbed past 800 on Friday.", [("killed", 800, "more_than")]),
        ("Cholera deaths soared past 2,000.", [("killed", 2000, "more_than")]),
        ("The number of wounded stood at 54 early on Monday.", [("injured", 54, "exact")]),
        (
            "Four more people died, bringing the total so far to 31.",
            [("killed", 4, "exact"), ("killed", 31, "exact")],
        ),
        (
            "Three more aid workers were abducted, bringing to 17 the number of foreigners held.",
            [("kidnapped", 3, "exact"), ("kidnapped", 17, "exact")],
        ),
        (
            "A soldier died on Monday, bringing to 212 the number of troops killed in the province.",
            [("killed", 212, "exact")],
        ),
        (
            "Police first reported 9 arrests but later revised the figure to 15.",
            [("arrested", 9, "exact"), ("arrested", 15, "exact")],
        ),
    ],
)
def test_running_totals_take_the_kind_of_the_figure_before(text, expected):
    assert kvq(text) == expected


def test_a_total_with_no_kind_and_no_figure_before_is_no_figure():
    assert kvq("The total rose to 31.") == []


def test_holding_people_in_a_kidnapping_story():
    assert kvq("The kidnappers are still holding 4 engineers.") == [("kidnapped", 4, "exact")]
    # the police hold suspects in custody: an arrest, as in the tuning set ("Police in Benghazi said they were
    # holding four men suspected of ...") and batch 25 (test_figures_families_batch25.py)
    assert kvq("Police are holding 4 suspects after the kidnapping.") == [("arrested", 4, "exact")]
    assert kvq("The stadium was holding 40,000 fans.") == []


def test_the_whole_after_one_of_is_no_figure():
    assert kvq("One of the nine hostages was shot dead.") == []
    assert kvq("Two of the 30 passengers were killed.") == [("killed", 2, "exact")]
    assert kvq("All of the 54 passengers were killed.") == [("killed", 54, "exact")]


def test_a_part_among_the_dead_is_no_separate_figure():
    assert kvq("The toll reached 90, with at least 40 women among the dead.") == [("killed", 90, "exact")]


def test_a_release_undoes_only_its_own_clause():
    assert kvq("Police arrested 6, searched 3 houses and released 2.") == [("arrested", 6, "exact")]
    assert kvq("Troops detained 20 men, but 5 were later released.") == [("arrested", 20, "exact")]
    assert kvq("Gunmen abducted 3 engineers who were released on Friday.") == []


def test_the_missing_who_were_found_are_no_figure():
    assert kvq("The 6 missing hikers were found alive on Sunday.") == []
    assert kvq("Seven fishermen are missing.") == [("missing", 7, "exact")]


def test_survivors_are_no_casualty_figure():
    assert kvq("The 21 survivors were rushed to hospital.") == []


def test_noun_phrases_with_ages_participles_and_places():
    assert kvq("Three brothers, aged 14, 16 and 19, were arrested.") == [("arrested", 3, "exact")]
    assert kvq("Five nurses working at the clinic were abducted.") == [("kidnapped", 5, "exact")]
    assert kvq("Some 3,000 people in 12 villages were evacuated.") == [("displaced", 3000, "about")]
    assert kvq("About 800 families living in 9 camps have been relocated.") == [("displaced", 800, "about")]


def test_no_coordination_across_a_place_and_a_new_clause():
    text = "The storm hit 4,000 families in the delta, and 700 families were evacuated."
    assert kvq(text) == [("displaced", 700, "exact")]


def test_a_second_conjunct_after_a_possessive():
    assert kvq("A sniper killed the mayor and his 3 bodyguards.") == [("killed", 3, "exact")]
    assert kvq("The raid killed a local commander and four aides.") == [("killed", 4, "exact")]


def test_militants_holding_people():
    assert kvq("Insurgents holding 5 Turkish drivers issued a new video.") == [("kidnapped", 5, "exact")]


def test_a_long_toll_phrase():
    text = "The number of confirmed deaths from the outbreak in the capital now stands at 37."
    assert kvq(text) == [("killed", 37, "exact")]


def test_a_part_of_a_possessive_group():
    assert kvq("Gunmen said 4 of their captives had been beheaded.") == [("killed", 4, "exact")]


def test_stabbing_injures_unless_to_death():
    assert kvq("A man stabbed 4 commuters at the station.") == [("injured", 4, "exact")]
    assert kvq("A man stabbed 4 commuters to death.") == [("killed", 4, "exact")]
    assert kvq("Twenty people were treated in hospital after the crush.") == [("injured", 20, "exact")]


def test_households_restating_people_are_no_separate_figure():
    text = "In all, 5,120 people from 1,030 households were evacuated."
    assert kvq(text) == [("displaced", 5120, "exact")]


def test_destroyed_without_a_noun_counts_the_homes_named_before():
    f = extract_figures("The storm damaged 900 houses and destroyed 210 in the valley.")
    assert [(x.kind, x.value, x.unit) for x in f] == [("displaced", 210, "households")]


def test_a_release_must_govern_the_number():
    text = "Militants released a video showing 4 Polish engineers kidnapped last week."
    assert kvq(text) == [("kidnapped", 4, "exact")]
    assert kvq("Rebels freed 4 of the 11 captives.") == []


def test_hostages_still_held_in_a_kidnapping_story():
    text = "One hostage was freed on Monday, and 6 others are still being held, the embassy said."
    assert kvq(text) == [("kidnapped", 6, "exact")]
    # suspects held by the police are detained, not hostages ("Police Hold 40 After Riot", batches 13, 14, 18)
    assert kvq("Police said 5 suspects were being held after the kidnapping.") == [("arrested", 5, "exact")]
    assert kvq("Pirates who hijacked a freighter are holding its 19 crew members.") == [
        ("kidnapped", 19, "exact")
    ]


def test_sent_or_left_in_hospital():
    assert kvq("The blast sent 15 people to hospital.") == [("injured", 15, "exact")]
    assert kvq("The crash left 4 passengers in hospital.") == [("injured", 4, "exact")]
    assert kvq("Blast kills 3, hurts 9") == [("killed", 3, "exact"), ("injured", 9, "exact")]


def test_ordered_to_leave_and_rescued_to_shelters():
    assert kvq("About 3,000 residents were ordered to leave their homes.") == [("displaced", 3000, "about")]
    assert kvq("Some 900 people were rescued and taken to shelters.") == [("displaced", 900, "about")]


def test_a_long_first_conjunct():
    text = "Gunmen shot dead the police chief of Basra province and 3 of his guards."
    assert kvq(text) == [("killed", 3, "exact")]
    assert kvq("Rebels abducted the wife of a local official and 2 of her children.") == [
        ("kidnapped", 2, "exact")
    ]


def test_a_trigger_after_a_second_noun_phrase():
    assert kvq("The raid left 8 militants and a policeman dead.") == [("killed", 8, "exact")]


def test_a_subgroup_never_takes_a_later_kind():
    text = "The blast left 20 dead, including two children, and 45 wounded."
    assert kvq(text) == [("killed", 20, "exact"), ("injured", 45, "exact")]


def test_french_and_spanish_reports():
    assert kvq("Les inondations ont détruit 140 maisons et fait 9 morts.") == [
        ("displaced", 140, "exact"),
        ("killed", 9, "exact"),
    ]
    assert kvq("El sismo dejó 14 muertos y 80 heridos.") == [
        ("killed", 14, "exact"),
        ("injured", 80, "exact"),
    ]


def test_shifted_to_camps_or_safety():
    assert kvq("Officials said 6,500 people had been shifted to relief camps.") == [
        ("displaced", 6500, "exact")
    ]
    assert kvq("Some 900 villagers were shifted to safer places.") == [("displaced", 900, "about")]


def test_one_of_n_killed_counts_the_n_when_the_trigger_follows_the_noun():
    assert kvq("She was one of 12 miners killed in the blast.") == [("killed", 12, "exact")]
    assert kvq("Most of the 40 injured were students.") == [("injured", 40, "exact")]


def test_a_crew_of_n():
    assert kvq("The crash killed its crew of 5.") == [("killed", 5, "exact")]


def test_asides_with_numbers_and_relative_clauses():
    assert kvq("At least 9 people, 4 of them children, were hurt.") == [("injured", 9, "at_least")]
    assert kvq("The 2 men, who were detained on Monday, deny the charges.") == [("arrested", 2, "exact")]
    text = "Some 3,400 people, or 700 families, are staying in evacuation centres."
    assert kvq(text) == [("displaced", 3400, "about")]


def test_had_to_leave_their_homes():
    assert kvq("About 5,000 villagers had to leave their homes.") == [("displaced", 5000, "about")]


def test_the_number_of_people_in_shelters():
    text = "The number of people in evacuation centres rose to 8,200."
    assert kvq(text) == [("displaced", 8200, "exact")]
    assert kvq("The number of camps rose to 12.") == []


def test_forced_to_take_refuge():
    f = extract_figures("The floods forced 310 families to take refuge in a school.")
    assert [(x.kind, x.value, x.unit, x.term) for x in f] == [("displaced", 310, "households", "sheltered")]
