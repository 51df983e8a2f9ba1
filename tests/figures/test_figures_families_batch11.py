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
