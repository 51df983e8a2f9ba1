"""Families from the tuning half of blind batch 33 and ar/fr batch 11 (issue 13), each with variants and the
near misses that must stay as they are."""

from __future__ import annotations

import pytest

from tests.figures.probes import kv, kv_lang

# --- "still held" in a kidnapping story is a kidnapping --------------------------------------------------


@pytest.mark.parametrize("held", ["12 still held", "12 remain held"])
@pytest.mark.parametrize("story", ["church abduction", "school kidnapping", "abduction of worshippers"])
@pytest.mark.parametrize("freed", ["Nine freed, ", "Nine escape, ", ""])
def test_still_held_after_an_abduction_is_a_kidnapping(held, story, freed):
    assert kv(f"{freed}{held} after Kaduna {story}") == [("kidnapped", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were held after the kidnapping of a police officer.",  # suspects: no "still"
        "Police said 12 were still held after the kidnapping of a police officer.",  # a custodian
        "Police said 12 were still held after the riot.",  # no kidnapping
    ],
)
def test_suspects_held_after_a_kidnapping_stay_arrested(text):
    assert kv(text) == [("arrested", 12)]


# --- a people count set beside the places a displacement took them from ----------------------------------


@pytest.mark.parametrize("verb", ["evacuated", "forced the evacuation of", "ordered the evacuation of"])
@pytest.mark.parametrize("places", ["16 villages", "16 neighbourhoods", "16 districts"])
@pytest.mark.parametrize("people, value", [("some 10,000 residents", 10000), ("about 10,000 people", 10000)])
@pytest.mark.parametrize("tail", [", as the river rose.", ", and damaged a school.", "."])
def test_an_apposed_people_count_is_the_displaced(verb, places, people, value, tail):
    assert kv(f"Authorities {verb} {places}, {people}{tail}") == [("displaced", value)]


@pytest.mark.parametrize(
    "text, figures",
    [
        ("The army shelled 16 villages, killing 3 people.", [("killed", 3)]),
        ("Authorities evacuated 16 villages, home to 10,000 residents.", []),  # who lives there, not who left
        ("Floods damaged 16 villages, some 10,000 residents, officials said.", []),  # no displacement trigger
    ],
)
def test_other_counts_after_places_keep_theirs(text, figures):
    assert kv(text) == figures


# --- Arabic: martyrdom verbs, survivors, a vessel's load -----------------------------------------------------


@pytest.mark.parametrize(
    "text, figures",
    [
        ("استشهد 18 فلسطينيا بينهم 7 أطفال في غارة على مخيم النصيرات.", [("killed", 18)]),
        ("استشهد ثلاثة فلسطينيين في قصف إسرائيلي.", [("killed", 3)]),
        ("ثلاثة فلسطينيين استشهدوا في قصف إسرائيلي.", [("killed", 3)]),
        ("استشهدت 4 نساء في القصف.", [("killed", 4)]),
        ("فقد 61 مهاجرا إثر غرق قارب قبالة سواحل الخمس، ونجا 25 آخرون.", [("missing", 61)]),
        ("غرق قارب قبالة طبرق ونجا 25 مهاجرا.", []),
        ("غرق قارب يقل 60 مهاجرا قبالة طبرق، ولقي 8 منهم حتفهم.", [("killed", 8)]),
        ("انقلاب حافلة تقل 40 راكبا ومقتل 5 منهم.", [("killed", 5)]),
        ("غرق قارب يحمل 60 مهاجرا قبالة زوارة.", []),
    ],
)
def test_arabic_martyrs_survivors_and_loads(text, figures):
    assert kv_lang(text) == figures


# --- French: a part with a verb of its own is the figure -----------------------------------------------------


@pytest.mark.parametrize("verb, kind", [("ont été blessés", "injured"), ("sont morts", "killed"),
                                        ("ont été enlevés", "kidnapped"), ("sont portés disparus", "missing")])  # fmt: skip
@pytest.mark.parametrize(
    "group", ["un groupe de 40 fidèles", "un bateau transportant 40 migrants", "40 passagers"]
)
def test_a_part_with_its_own_verb_is_the_figure(verb, kind, group):
    assert kv_lang(f"L'attaque a visé {group}, dont 12 {verb}.") == [(kind, 12)]


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Au moins 34 morts, dont 12 enfants, ont été recensés.", [("killed", 34)]),
        ("Au moins 20 morts, dont 5 sont des enfants.", [("killed", 20)]),
    ],
)
def test_a_part_without_a_verb_stays_a_part(text, figures):
    assert kv_lang(text) == figures


# --- "along with" after an object count shares its verb ------------------------------------------------------


@pytest.mark.parametrize("verb, kind", [("abducted", "kidnapped"), ("have seized", "kidnapped"),
                                        ("arrested", "arrested"), ("killed", "killed")])  # fmt: skip
@pytest.mark.parametrize("link", ["along with", "together with", ", along with"])
@pytest.mark.parametrize("part", ["four of their relatives", "four colleagues", "four accomplices"])
def test_along_with_after_an_object_count_shares_its_verb(verb, kind, link, part):
    who = "Police" if kind == "arrested" else "Gunmen"
    text = f"{who} {verb} 15 workers{' ' if link[0] != ',' else ''}{link} {part} on Monday."
    assert kv(text) == sorted([(kind, 15), (kind, 4)])


@pytest.mark.parametrize("things", ["four of their cars", "20 tonnes of food", "four vehicles"])
def test_along_with_things_is_no_figure(things):
    assert kv(f"Gunmen abducted 15 workers along with {things}.") == [("kidnapped", 15)]
