"""extractors.figures: one family of rules at a time, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.figures import extract_figures


def kvq(text: str, published: date | None = None) -> list[tuple[str, int, str]]:
    return [(f.kind, f.value, f.qualifier) for f in extract_figures(text, published)]


def one(text: str, published: date | None = None):
    figures = extract_figures(text, published)
    assert len(figures) == 1, figures
    return figures[0]


# --- kinds -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Gunmen killed five people at a checkpoint near Sabha.", "killed", 5),
        ("Twelve people died when the ferry sank.", "killed", 12),
        ("The blast left 14 dead.", "killed", 14),
        ("Rescuers pulled 9 bodies from the rubble.", "killed", 9),
        ("The bodies of 31 migrants were recovered near Zuwara.", "killed", 31),
        ("The floods claimed 48 lives.", "killed", 48),
        ("Seven fishermen lost their lives at sea.", "killed", 7),
        ("Soldiers shot dead three protesters.", "killed", 3),
        ("The death toll rose to 45.", "killed", 45),
        ("Storm kills 6 in coastal towns", "killed", 6),
        ("Shelling wounded 23 civilians in Ain Zara.", "injured", 23),
        ("Eleven people were hurt in the crash.", "injured", 11),
        ("Nine workers sustained minor injuries.", "injured", 9),
        ("Seventeen climbers are missing after the avalanche.", "missing", 17),
        ("Police arrested 40 demonstrators overnight.", "arrested", 40),
        ("Security forces detained 18 suspects in Zliten.", "arrested", 18),
        ("The coast guard made 12 arrests.", "arrested", 12),
        ("Militants abducted six aid workers.", "kidnapped", 6),
        ("The gang is holding 4 engineers hostage.", "kidnapped", 4),
        ("Gunmen seized two foreign nurses.", "kidnapped", 2),
        ("Some 3,000 residents fled the fighting.", "displaced", 3000),
        ("Authorities evacuated 2,400 villagers.", "displaced", 2400),
        ("The clashes have displaced 120,000 people.", "displaced", 120_000),
        ("The UN counts 8,900 IDPs in the south.", "displaced", 8900),
        ("Seven astronauts died in the disaster.", "killed", 7),
        ("The blast killed its 2 occupants.", "killed", 2),
        ("The crash injured the driver and 6 passengers.", "injured", 6),
    ],
)
def test_kinds(text, kind, value):
    f = one(text)
    assert (f.kind, f.value) == (kind, value)


def test_passive_and_active_voice():
    assert kvq("Two policemen were killed by a sniper.") == [("killed", 2, "exact")]
    assert kvq("Three gunmen killed two policemen.") == [("killed", 2, "exact")]


def test_several_figures_in_one_sentence():
    text = "The attack killed 7 people, wounded 19 and left 3 missing, while 40 were arrested."
    assert kvq(text) == [
        ("killed", 7, "exact"),
        ("injured", 19, "exact"),
        ("missing", 3, "exact"),
        ("arrested", 40, "exact"),
    ]


def test_coordinated_numbers_share_the_kind():
    assert kvq("Troops killed 12 rebels and four civilians.") == [
        ("killed", 12, "exact"),
        ("killed", 4, "exact"),
    ]
    assert kvq("Six soldiers and two medics were wounded.") == [
        ("injured", 6, "exact"),
        ("injured", 2, "exact"),
    ]


def test_a_left_out_verb_repeats_the_previous_kind():
    assert kvq("Four people were killed in Sirte and 9 in Derna.") == [
        ("killed", 4, "exact"),
        ("killed", 9, "exact"),
    ]


def test_a_number_heading_a_line():
    assert kvq("12,000 \u2013 the number of people displaced by the floods") == [
        ("displaced", 12_000, "exact")
    ]


def test_bodies_found_count_as_killed_and_a_rising_toll_is_exact():
    assert kvq("Divers found 8 bodies in the river.") == [("killed", 8, "exact")]
    assert kvq("The toll has risen to 212.") == [("killed", 212, "exact")]


# --- qualifiers and ranges ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("At least 30 people were killed.", "at_least"),
        ("No fewer than 30 people were killed.", "at_least"),
        ("More than 30 people were killed.", "more_than"),
        ("Over 30 people were killed.", "more_than"),
        ("About 30 people were killed.", "about"),
        ("Nearly 30 people were killed.", "about"),
        ("An estimated 30 people were killed.", "about"),
        ("Up to 30 people were killed.", "up_to"),
        ("As many as 30 people were killed.", "up_to"),
        ("Fewer than 30 people were killed.", "fewer_than"),
        ("Thirty people were killed.", "exact"),
        ("30 or more people were killed.", "at_least"),
    ],
)
def test_qualifiers(text, qualifier):
    f = one(text)
    assert (f.value, f.qualifier) == (30, qualifier)


def test_plus_suffixes_mean_more_than():
    assert kvq("The 500-plus people killed in the quake were buried.") == [("killed", 500, "more_than")]
    assert kvq("500+ people were killed.") == [("killed", 500, "more_than")]


def test_future_or_planned_harm_is_no_figure():
    assert kvq("Another 10,000 people could be displaced if the dam fails.") == []
    assert kvq("Engineers say the dam would displace 80,000 villagers.") == []
    assert kvq("Up to 20 people may have been killed.") == [("killed", 20, "up_to")]


def test_a_qualifier_binds_only_to_the_number_it_precedes():
    assert kvq("At least 12 killed and 40 wounded in Sirte clashes") == [
        ("killed", 12, "at_least"),
        ("injured", 40, "exact"),
    ]


def test_vague_plurals_are_lower_bounds():
    f = one("Dozens of people were injured.")
    assert (f.value, f.qualifier, f.vague) == (24, "at_least", "dozens")
    f = one("Tens of thousands have fled the city.")
    assert (f.kind, f.value, f.vague) == ("displaced", 20_000, "tens of thousands")
    assert kvq("A dozen people were hurt.") == [("injured", 12, "about")]


def test_toll_verbs_of_passing_mean_more_than():
    assert kvq("Quake death toll tops 2,000") == [("killed", 2000, "more_than")]


@pytest.mark.parametrize("text", ["Between 20 and 30 people were injured.", "20 to 30 people were injured."])
def test_ranges(text):
    f = one(text)
    assert (f.kind, f.value, f.low, f.high, f.qualifier) == ("injured", 20, 20, 30, "at_least")


# --- numbers in every shape ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("The war has displaced 75,000 people.", 75_000),
        ("The war has displaced 75 000 people.", 75_000),
        ("La guerra ha desplazado 75.000 personas; 75.000 personas fueron evacuadas.", 75_000),
        ("The war has displaced 1.2 million people.", 1_200_000),
        ("The war has displaced 3.5m people.", 3_500_000),
        ("The war has displaced two hundred people.", 200),
        ("The war has displaced ٧٥٬٠٠٠ people.", 75_000),
    ],
)
def test_number_shapes(text, value):
    assert {f.value for f in extract_figures(text)} == {value}


def test_offsets_point_at_the_number_in_the_original_text():
    text = "Officials said \u00ab twenty-one \u00bb people were killed, and 1,300 quot; were displaced."
    for f in extract_figures(text):
        assert text[f.start : f.end] == f.text
        assert f.text in f.sentence
    assert [f.text for f in extract_figures(text)] == ["twenty-one", "1,300"]


# --- units and displacement terms ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, unit, term",
    [
        ("The offensive pushed 75,000 people out of their homes.", 75_000, "people", "forced to flee"),
        ("Some 400 families have fled their homes.", 400, "households", "forced to flee"),
        ("Floods forced 2,000 households to leave.", 2000, "households", "forced to flee"),
        ("More than 500 homes were destroyed.", 500, "households", "destroyed housing"),
        ("The fire razed 60 houses.", 60, "households", "destroyed housing"),
        ("About 900 residents were evacuated.", 900, "people", "evacuated"),
        ("The storm left 1,200 people homeless.", 1200, "people", "homeless"),
        ("Some 7,000 people were relocated to safer areas.", 7000, "people", "relocated"),
        ("Around 650 people are staying in emergency shelters.", 650, "people", "sheltered"),
        ("Half a million people are living in relief camps.", 500_000, "people", "in relief camp"),
        ("Over 2.3 million refugees have crossed the border.", 2_300_000, "people", "refugees"),
        ("The clashes displaced 3,000 people.", 3000, "people", "displaced"),
    ],
)
def test_units_and_terms(text, value, unit, term):
    f = one(text)
    assert (f.kind, f.value, f.unit, f.term) == ("displaced", value, unit, term)


def test_terms_are_set_for_displacement_only():
    assert one("Twenty people were killed.").term is None


# --- not figures -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He was killed in 2011.",
        "The bombing of 5 May killed nobody.",
        "A 42-year-old man was killed.",
        "The victim, 42, was killed on the spot.",
        "Aged 30, he died in the crash.",
        "The war has lasted 8 years.",
        "Damage is put at $40 million.",
        "Nearly 40 percent of homes were damaged.",
        "Unemployment rose 3% and 200 jobs were cut.",
        "The ministry deployed 4,000 troops.",
        "The bill passed by 220 votes.",
        "United beat City 3-1.",
        "Four men were charged over the killings.",
        "A court jailed 11 smugglers.",
        "All 20 hostages were released on Friday.",
        "The 16 survivors were taken to hospital.",
        "The flood drowned 300 cattle.",
        "Two bombs killed a soldier.",
        "A man was killed and his son injured.",
        "Several people were injured.",
        "No one was hurt.",
        "The blast killed 5 percent of the herd.",
        "At 10:30 the militia attacked.",
        "Flight 370 disappeared in 2014.",
        "The drug kills 99% of germs.",
        "The epidemic kills 90 people a day.",
        "The company killed two products this year.",
        "Ten years ago, the uprising began.",
        "The rebels threatened to kill 3 soldiers.",
        "Two gunmen fled on a motorcycle after the attack.",
        "The company relocated 200 employees to Texas.",
        "The stadium is hosting 50,000 fans.",
        "Relief agencies set up 13 temporary shelters.",
        "The Giants placed 4 players on the injured reserve list.",
        "Vijay Singh shot a 5-under 67 to take a 2-stroke lead.",
        "The recall covers 1.2 million vehicles that could catch fire.",
        "Fire crews rescued 12 people from the burning building.",
        "Not one was hurt in the blast.",
        "One in five residents were displaced by the war.",
    ],
)
def test_not_figures(text):
    assert extract_figures(text) == []


def test_a_threat_is_no_figure_but_the_hostages_held_are():
    assert kvq("The rebels threatened to kill 3 hostages.") == [("kidnapped", 3, "exact")]


def test_subgroups_are_not_separate_figures():
    assert kvq("The airstrike killed 21 people, including eight children.") == [("killed", 21, "exact")]
    assert kvq("Some 1,400 villagers were evacuated, of whom 300 were moved to camps.") == [
        ("displaced", 1400, "about")
    ]


def test_escape_debris_does_not_break_sentences():
    text = "Militants #39; attack quot;killed 14 quot; people\\in Derna."
    assert kvq(text) == [("killed", 14, "exact")]
