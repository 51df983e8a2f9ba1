"""Families from blind batch 13 (evaluation/BLIND.md), each tested with wordings written for it and with
the near misses that must stay no figure."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def kv(text: str) -> list[tuple[str, int]]:
    return sorted((f.kind, f.value) for f in extract_figures(text))


@pytest.mark.parametrize(
    "group", ["the soldiers", "the group's staff", "the company's employees", "the passengers"]
)
@pytest.mark.parametrize(
    "verb, kind", [("were killed", "killed"), ("were abducted", "kidnapped"), ("went missing", "missing")]
)
def test_a_part_of_a_group_without_a_count_is_the_figure(group, verb, kind):
    assert kv(f"Four of {group} {verb} on Sunday.") == [(kind, 4)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Twelve people were killed; four of the dead were children.", [("killed", 12)]),
        ("Two of the soldiers wounded in the attack later died.", [("killed", 2)]),
    ],
)
def test_a_part_of_a_figure_stays_a_part(text, expected):
    assert kv(text) == expected


@pytest.mark.parametrize(
    "modifier",
    ["employed by Save the Children", "based in Juba", "hired by the UN", "contracted by a Turkish firm"],
)
def test_a_passive_participle_on_the_noun_does_not_hide_the_verb(modifier):
    assert kv(f"Two aid workers {modifier} were abducted on Sunday.") == [("kidnapped", 2)]


@pytest.mark.parametrize("modal", ["would", "will", "could", "might", "may"])
@pytest.mark.parametrize("verb", ["leave their homes", "flee", "die", "go missing"])
def test_a_modal_before_the_verb_is_no_event_yet(modal, verb):
    assert kv(f"Under the plan some 8,000 settlers {modal} {verb} next year.") == []


def test_the_past_of_a_planned_verb_is_an_event():
    assert kv("Some 8,000 settlers left their homes last year.") == [("displaced", 8000)]


@pytest.mark.parametrize(
    "text",
    [
        "The clashes prompted some 3,000 villagers to seek refuge in schools.",
        "Some 3,000 villagers sought refuge in schools and temples.",
        "Some 3,000 villagers have taken temporary shelter in mosques.",
        "Some 3,000 villagers found refuge with relatives.",
        "Some 3,000 villagers are seeking shelter in a stadium.",
    ],
)
def test_seeking_refuge_is_displacement(text):
    assert kv(text) == [("displaced", 3000)]


@pytest.mark.parametrize(
    "verb", ["were taken to", "were transferred to", "have been moved to", "were returned to"]
)
@pytest.mark.parametrize(
    "place", ["the Tariq al-Sikka detention centre", "a detention centre", "prison", "Mitiga prison"]
)
def test_people_taken_to_detention_are_detained(verb, place):
    text = f"More than 500 migrants intercepted at sea by the coast guard on Saturday {verb} {place}."
    assert kv(text) == [("arrested", 500)]


@pytest.mark.parametrize(
    "text",
    ["The 3 boats were taken to the port.", "The 30 patients were taken to hospital for checks on Monday."],
)
def test_things_or_patients_taken_elsewhere_are_not_detained(text):
    assert ("arrested", 3) not in kv(text) and ("arrested", 30) not in kv(text)


@pytest.mark.parametrize(
    "text",
    [
        "Benghazi court sentences nine to death over 2012 attacks",
        "A military court sentenced nine men to death.",
        "The tribunal condemned nine defendants to death.",
    ],
)
def test_a_death_sentence_is_no_killing(text):
    assert kv(text) == []


@pytest.mark.parametrize("verb", ["abduct", "abducted", "kidnap", "seize"])
def test_a_participle_adjective_does_not_govern_the_next_conjunct(verb):
    assert kv(f"Gunmen storm hospital, {verb} wounded fighter and two nurses") == [("kidnapped", 2)]


@pytest.mark.parametrize(
    "stay",
    [
        "are staying with host families",
        "are living with host communities",
        "are sheltering with relatives",
        "are living with relatives and friends",
    ],
)
def test_people_staying_with_hosts_are_displaced(stay):
    assert kv(f"A further 40,000 {stay}.") == [("displaced", 40000)]


def test_a_visit_to_friends_is_no_displacement():
    assert kv("The 12 students stayed with friends over the holiday.") == []


@pytest.mark.parametrize(
    "back", ["went back to their areas of origin", "have gone home", "came back", "returned"]
)
def test_displaced_people_who_went_back_are_no_figure(back):
    assert kv(f"Around 6,500 IDPs {back} during the reporting period.") == []


@pytest.mark.parametrize(
    "word", ["remain untraced", "are still untraced", "remain missing", "are unaccounted for"]
)
def test_untraced_people_are_missing(word):
    assert kv(f"13 people drowned and 28 {word}.") == [("killed", 13), ("missing", 28)]
