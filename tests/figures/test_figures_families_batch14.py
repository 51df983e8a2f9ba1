"""Families from blind batch 14 (evaluation/BLIND.md), each tested with wordings written for it and with
the near misses that must stay no figure."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def kv(text: str) -> list[tuple[str, int]]:
    return sorted((f.kind, f.value) for f in extract_figures(text))


def kvq(text: str) -> list[tuple[str, int, str]]:
    return sorted((f.kind, f.value, f.qualifier) for f in extract_figures(text))


@pytest.mark.parametrize("verb", ["holding", "still holding", "are holding", "held"])
@pytest.mark.parametrize("role", ["hostage", "captive"])
@pytest.mark.parametrize("people", ["two Kurds", "two other Kurds", "two foreign engineers"])
def test_people_held_hostage_after_their_count(verb, role, people):
    assert kv(f"The militants were {verb} {people} {role}.".replace("were are", "are")) == [("kidnapped", 2)]


@pytest.mark.parametrize("noun", ["negotiators", "talks", "video", "crisis", "takers"])
def test_hostage_as_a_modifier_is_no_kidnapping(noun):
    assert kv(f"Two hostage {noun} were reported.") == []


@pytest.mark.parametrize("verb", ["Nears", "nears", "neared", "is approaching", "approached"])
def test_a_toll_that_nears_a_number_is_about_it(verb):
    assert kvq(f"Sri Lanka tsunami toll {verb} 31,000") == [("killed", 31000, "about")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Derna flood missing still number in thousands", ("missing", 2000)),
        ("The missing number in the thousands.", ("missing", 2000)),
        ("The missing now number 3,000.", ("missing", 3000)),
        ("The dead number in the hundreds.", ("killed", 200)),
        ("Deaths run into the thousands.", ("killed", 2000)),
    ],
)
def test_a_toll_that_numbers_in_the_thousands(text, expected):
    assert kv(text) == [expected]


def test_a_crowd_that_numbers_in_the_thousands_is_no_figure():
    assert kv("Protesters number in the thousands.") == []


@pytest.mark.parametrize("determiner", ["their", "a", "the", "his"])
def test_a_count_coordinated_with_a_noun_shares_its_verb(determiner):
    text = f"The two Americans and {determiner} Haitian colleague were shot dead on Thursday."
    assert kv(text) == [("killed", 2)]


@pytest.mark.parametrize(
    "part", ["nearly all of the Strip's", "almost all of the", "half of the city's", "most of the"]
)
def test_a_share_of_a_count_is_no_figure(part):
    assert kv(f"The agency said {part} 2.2 million residents have been forced from their homes.") == []


def test_all_of_a_count_is_the_count():
    assert kv("All of the 12 passengers were killed.") == [("killed", 12)]
