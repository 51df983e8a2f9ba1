"""extractors.figures: the families blind batch 4 (evaluation/data/blind, BLIND.md) found missing, each tried
with wordings written here (determiners, tense, synonyms, number forms), and the near misses that must stay
what they are."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def kv(text: str) -> list[tuple[str, int]]:
    return [(f.kind, f.value) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The number of bodies recovered in the port climbed to 412 on Monday.",
        "The number of bodies found in the rubble has risen to 412, officials said.",
        "The tally of corpses pulled from the river reached 412.",
        "The number of bodies retrieved stood at 412 by nightfall.",
    ],
)
def test_a_toll_of_bodies_counts_the_dead(text):
    assert kv(text) == [("killed", 412)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The blast killed two and left more than 20 others with gunshot wounds.", 20),
        ("Police fired on the crowd, leaving 20 people with serious injuries.", 20),
        ("Medics treated 20 residents with burns after the fire.", 20),
        ("The attack left dozens with shrapnel wounds.", 24),
        ("About twenty people with injuries were admitted overnight.", 20),
    ],
)
def test_people_with_wounds_are_injured(text, value):
    assert ("injured", value) in kv(text)


@pytest.mark.parametrize(
    "text",
    [
        "The charity supports 200 people with disabilities.",
        "He faces 3 counts of assault with injuries.",
        "The side played 2 matches with injuries to key players.",
    ],
)
def test_with_and_a_non_wound_or_no_person_is_no_figure(text):
    assert kv(text) == []


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Officers arrested a 34-year-old man and two teenagers.", "arrested"),
        ("Police detained a 19-year-old woman and two men on Friday.", "arrested"),
        ("The blast killed a 10-year-old boy and two adults.", "killed"),
        ("Gunmen abducted a 60-year-old trader and his two sons.", "kidnapped"),
    ],
)
def test_a_number_coordinated_after_an_aged_person_takes_the_verb(text, kind):
    assert kv(text) == [(kind, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 8 of the 30 people wounded in the bombing later died of their injuries.",
        "Eight of the 30 people injured in the crash have since died.",
        "8 of the 30 passengers hurt in the collision died in hospital.",
        "Eight of the thirty people wounded on Friday subsequently died.",
    ],
)
def test_a_part_of_the_wounded_who_died_is_killed(text):
    assert sorted(kv(text)) == [("injured", 30), ("killed", 8)]


def test_a_partitive_with_its_own_verb_is_unchanged():
    assert kv("Two of the 30 passengers were killed.") == [("killed", 2)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Militants released 5 of the 12 workers they abducted in March.", 12),
        ("The army rescued 30 of the 110 girls that the militants kidnapped in 2018.", 110),
        ("Rebels freed 4 of the 19 engineers they had seized.", 19),
        ("Police said the 3 engineers the gunmen seized on Monday were still missing.", 3),
    ],
)
def test_a_kidnapping_in_an_object_relative_clause_stands_beside_a_release(text, value):
    assert kv(text) == [("kidnapped", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Nine of the 15 hostages were freed.",
        "Rebels released 5 of the 12 hostages on Sunday.",
        "The kidnappers freed three of the hostages.",
    ],
)
def test_a_release_without_its_own_kidnapping_is_no_figure(text):
    assert kv(text) == []
