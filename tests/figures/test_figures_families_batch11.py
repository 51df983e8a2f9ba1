"""Families from the session that scored blind batch 11 (evaluation/BLIND.md), each tested with wordings
written for it and with the near misses that must stay no figure."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def kv(text: str) -> list[tuple[str, int]]:
    return sorted((f.kind, f.value) for f in extract_figures(text))


@pytest.mark.parametrize(
    "adjective", ["moderate", "life-threatening", "serious", "minor head", "gunshot", "new"]
)
@pytest.mark.parametrize(
    "template, kind",
    [
        ("There were 12 {} injuries.", "injured"),
        ("Preliminary reports indicate 5 deaths, 12 {} injuries and 40 people displaced.", "injured"),
        ("The clinic treated 12 {} injuries overnight.", "injured"),
        ("Officials recorded 12 {} deaths on Monday.", "killed"),
    ],
)
def test_a_casualty_noun_heads_its_count_whatever_modifies_it(template, adjective, kind):
    """ "28 moderate injuries", "12 road deaths": the casualty noun is the head of the count's noun phrase."""
    assert (kind, 12) in kv(template.format(adjective))


@pytest.mark.parametrize(
    "text",
    [
        "There were 14 livestock deaths after the drought.",
        "The vet recorded 14 cattle deaths.",
        "He suffered 14 stab wounds.",
    ],
)
def test_a_count_of_animals_or_things_is_no_casualty(text):
    assert kv(text) == []


@pytest.mark.parametrize("verb", ["seized", "hijacked", "captured", "commandeered", "have seized", "seize"])
@pytest.mark.parametrize(
    "craft, link, people",
    [
        ("a tanker", "with", "25 crew"),
        ("a Liberian-flagged oil tanker", "with", "25 crew members aboard"),
        ("a bus", "carrying", "25 passengers"),
        ("a UN helicopter", "with", "25 aid workers"),
        ("the ship and its", "", "25 sailors"),
    ],
)
def test_people_aboard_a_seized_craft_are_taken_with_it(verb, craft, link, people):
    text = " ".join(w for w in ("Pirates", verb, craft, link, people, "off the coast.") if w)
    assert kv(text) == [("kidnapped", 25)]


@pytest.mark.parametrize(
    "text",
    [
        "Police seized a truck with 40 migrants inside.",
        "The coast guard seized a boat carrying 120 migrants.",
        "Customs seized a truck with 40 tonnes of fuel.",
        "The ship, with 25 crew, sank near the port.",
        "Pirates released the tanker with 25 crew.",
        "The tanker with 25 crew docked in Tripoli.",
    ],
)
def test_a_craft_seized_by_custodians_or_not_seized_holds_no_hostages(text):
    assert kv(text) == []


@pytest.mark.parametrize("verb", ["seized", "captured", "snatched", "have captured", "seize"])
@pytest.mark.parametrize(
    "subject, kind",
    [
        ("Police", "arrested"),
        ("Security forces in Tripoli", "arrested"),
        ("The authorities", "arrested"),
        ("Gunmen", "kidnapped"),
        ("Armed militants", "kidnapped"),
        ("Pirates", "kidnapped"),
        ("Kidnappers", "kidnapped"),
    ],
)
def test_who_takes_people_decides_arrest_or_kidnapping(subject, verb, kind):
    assert kv(f"{subject} {verb} 7 foreign workers near Ghadames.") == [(kind, 7)]
