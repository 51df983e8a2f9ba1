"""Findings of the review of the day's rule families (issue 13): each probe the review wrote, with variants,
and the figure of the family that must stay."""

from __future__ import annotations

import pytest

from tests.figures.probes import kv, kv_lang

# --- French "dont N" with a verb: a part of the same kind is no figure of its own ----------------------------


@pytest.mark.parametrize(
    "text, figures",
    [
        ("La police a interpellé 14 personnes, dont 6 ont été placées en garde à vue.", [("arrested", 14)]),
        ("Les crues ont déplacé 3 000 personnes, dont 1 200 ont été évacuées.", [("displaced", 3000)]),
        (
            "Au moins 30 personnes ont été blessées, dont 4 sont mortes à l'hôpital.",
            [("injured", 30), ("killed", 4)],
        ),
    ],
)
def test_a_dont_part_counts_only_when_its_kind_differs(text, figures):
    assert kv_lang(text) == figures


# --- Arabic carrying verbs: the load is no death toll, but a casualty noun or a lost boat counts ----------


@pytest.mark.parametrize(
    "text, figures",
    [
        ("سيارات إسعاف تحمل 12 جريحا وصلت إلى المستشفى.", [("injured", 12)]),
        ("وصلت حافلة تقل 25 نازحا إلى المدينة.", [("displaced", 25)]),
        ("فقد الاتصال بقارب يقل 45 مهاجرا قبالة زوارة.", [("missing", 45)]),
        ("غرق قارب يقل 60 مهاجرا قبالة طبرق، ولقي 8 منهم حتفهم.", [("killed", 8)]),
        ("غرق قارب يقل نحو 60 مهاجرا قبالة طبرق.", []),
        ("أسفرت المواجهات عن مقتل ما لا يقل عن 27 شخصا.", [("killed", 27)]),  # "لا يقل عن": a qualifier
    ],
)
def test_arabic_carrying_verbs(text, figures):
    assert kv_lang(text) == figures


# --- an ordered arrest is a warrant; an adjective does not hide a request -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A court in Tripoli ordered the arrest of 12 former officials.",
        "The ICC has issued warrants for the arrest of 6 Libyan suspects.",
        "Doctors urged the immediate evacuation of 300 patients.",
        "The prosecutor requested the pretrial detention of 9 suspects.",
    ],
)
def test_asked_for_or_ordered_arrests_are_no_figure(text):
    assert kv(text) == []


@pytest.mark.parametrize(
    "text, figures",
    [
        ("The prosecutor ordered the detention of 16 officials.", [("arrested", 16)]),
        ("Authorities ordered the immediate evacuation of 5,000 residents.", [("displaced", 5000)]),
    ],
)
def test_ordered_detention_and_evacuation_stay(text, figures):
    assert kv(text) == figures


# --- returnees: not displaced beside the displaced, displaced when displaced again -------------------------


@pytest.mark.parametrize(
    "text, figures",
    [
        (
            "IOM identified 125,802 internally displaced persons and 705,746 returnees.",
            [("displaced", 125802)],
        ),
        ("Some 10,000 returnees were displaced again by renewed fighting.", [("displaced", 10000)]),
        ("Clashes forced 3,000 returnees to flee their homes once more.", [("displaced", 3000)]),
    ],
)
def test_returnees(text, figures):
    assert kv(text) == figures


# --- an apposed people count after evacuated places: only people, only without a verb of its own -----------


@pytest.mark.parametrize(
    "text, figures",
    [
        ("The army evacuated 12 villages, 40 people were killed in the fighting.", [("killed", 40)]),
        ("Authorities evacuated 30 towns, 12 in the north and 18 in the south.", []),
        ("Floods forced the evacuation of 5 camps, 3 of them in Darfur.", []),
        (
            "Authorities evacuated 16 villages, some 10,000 residents, as the river rose.",
            [("displaced", 10000)],
        ),
    ],
)
def test_apposed_counts_after_places(text, figures):
    assert kv(text) == figures


# --- suspects still held are arrested; a list that adds up by chance is a list -------------------------------


@pytest.mark.parametrize("who", ["Five suspects", "Five gunmen", "Five kidnappers"])
def test_suspects_still_held_over_a_kidnapping_are_arrested(who):
    assert kv(f"{who} still held over Kaduna school kidnapping") == [("arrested", 5)]


def test_a_list_of_roles_that_adds_up_is_still_a_list():
    text = "Militants killed 10 civilians, six soldiers and four policemen, in the attack."
    assert kv(text) == [("killed", 4), ("killed", 6), ("killed", 10)]


def test_a_superseded_toll_further_back_is_no_figure():
    assert kv("The toll rose to 45 from a previous official death toll of 27.") == [("killed", 45)]


# --- French: a second count with a verb of its own does not share the first one's ---------------------------


@pytest.mark.parametrize(
    "text, figures",
    [
        (
            "L'attaque a blessé 7 policiers et 2 000 manifestants ont défilé dans la capitale.",
            [("injured", 7)],
        ),
        ("La police a arrêté 12 suspects et 40 migrants ont été secourus en mer.", [("arrested", 12)]),
        ("12 civils et 200 combattants ont participé aux combats, dont 3 ont été tués.", [("killed", 3)]),
    ],
)
def test_a_count_with_its_own_verb_keeps_it(text, figures):
    assert kv_lang(text) == figures


# --- people the lexicons lacked where the new rules decide -------------------------------------------------


@pytest.mark.parametrize("who", ["passersby", "orphans", "widows", "stowaways", "penitents", "farmhands"])
def test_more_people_nouns(who):
    assert kv(f"Gunmen killed 5 worshippers and 3 {who} at the shrine.") == [("killed", 3), ("killed", 5)]


@pytest.mark.parametrize(
    "text, figures",
    [
        ("L'explosion a blessé sept policiers et trois passants à Bamako.", [("injured", 3), ("injured", 7)]),
        (
            "Deux enseignants et 40 élèves ont été enlevés par des hommes armés.",
            [("kidnapped", 2), ("kidnapped", 40)],
        ),
        ("قتل 12 مسلحا و4 جنود في الاشتباكات.", [("killed", 4), ("killed", 12)]),
        ("نزحت 500 أسرة، أي نحو 3000 نازح، من المدينة.", [("displaced", 3000)]),
    ],
)
def test_more_people_nouns_and_restatements_ar_fr(text, figures):
    assert kv_lang(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        (
            "Authorities evacuated 3,650 families, around 17,000 people, ahead of the typhoon.",
            [("displaced", 17000)],
        ),
        (
            "Authorities evacuated 3,650 families, or about 17,000 people, ahead of the typhoon.",
            [("displaced", 17000)],
        ),
        ("Authorities evacuated 3,650 families, officials said.", [("displaced", 3650)]),
    ],
)
def test_households_restated_in_people_after_a_comma(text, figures):
    assert kv(text) == figures


@pytest.mark.parametrize("noun", ["The toll", "The death toll", "The number of dead"])
@pytest.mark.parametrize(
    "earlier", ["previously put at 27", "initially given at 27", "which had earlier stood at 27"]
)
@pytest.mark.parametrize("rose", ["rose to 45", "has climbed to 45", "reached 45"])
def test_an_earlier_toll_in_an_aside_gives_way_to_the_new_one(noun, earlier, rose):
    assert kv(f"{noun}, {earlier}, {rose} on Tuesday.") == [("killed", 45)]


@pytest.mark.parametrize(
    "text, figures",
    [
        ("The toll stood at 27 on Monday.", [("killed", 27)]),
        ("Police put the number of arrested at 27.", [("arrested", 27)]),
    ],
)
def test_a_toll_put_at_n_without_earlier_stays(text, figures):
    assert kv(text) == figures
