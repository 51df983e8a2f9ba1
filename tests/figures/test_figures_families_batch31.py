"""Families found by the tuning half of blind batch 31 (Libya coverage in English; evaluation/BLIND.md), each
tested with variants written here and with near misses that must keep or give no figure."""

import pytest

from extractors.figures import extract_figures


def got(text):
    return [(f.kind, f.value) for f in extract_figures(text)]


# 1. Treated for an injury: the people a verb of treating takes, "for" an injury noun, are injured.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Doctors treated 29 people for gunshot wounds.", [("injured", 29)]),
        ("MSF said its teams had treated 40 migrants for burns after the fire.", [("injured", 40)]),
        ("Medics are treating 8 children for serious burn injuries.", [("injured", 8)]),
        ("Rescuers treated 12 people for burns and smoke inhalation.", [("injured", 12)]),
        ("The hospital treats dozens of protesters for wounds.", [("injured", 24)]),
        (
            "Its teams treated 29 people for gunshot wounds at the detention centre; 2 of them later died.",
            [("injured", 29), ("killed", 2)],
        ),
    ],
)
def test_treated_for_an_injury(text, want):
    assert got(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The clinic treats 300 patients for malaria every week.",
        "Medics treated 40 protesters for tear gas inhalation.",
        "The charity treated 500 children for malnutrition in Kufra.",
    ],
)
def test_treated_for_an_illness_is_no_injury(text):
    assert got(text) == []


# 2. The parts of a mixed count ("casualties") are figures of their own kinds.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "UNSMIL documented 31 civilian casualties, including nine deaths and 22 injuries.",
            [("killed", 9), ("injured", 22)],
        ),
        ("The attack caused 40 casualties (including 12 deaths).", [("killed", 12)]),
        (
            "The mission recorded 17 casualties, including 5 deaths and 12 injuries, in March.",
            [("killed", 5), ("injured", 12)],
        ),
    ],
)
def test_parts_of_a_mixed_count(text, want):
    assert got(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Clashes killed 12 people, including four children.", [("killed", 12)]),
        ("The group, including 5 minors, was detained.", []),
    ],
)
def test_parts_of_a_one_kind_count_stay_parts(text, want):
    assert got(text) == want


# 3. Bodies are the dead, even after a trigger of another kind: "received 16 wounded fighters and three bodies".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The hospital received 16 wounded fighters and three bodies after clashes.",
            [("injured", 16), ("killed", 3)],
        ),
        ("Rescuers recovered 12 bodies from the rubble.", [("killed", 12)]),
        ("The morgue received 20 bodies, officials said.", [("killed", 20)]),
        ("Divers retrieved the bodies of 7 migrants.", [("killed", 7)]),
    ],
)
def test_bodies_are_the_dead(text, want):
    assert got(text) == want
