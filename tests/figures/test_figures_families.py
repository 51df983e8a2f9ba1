"""extractors.figures: one rule per family of phrasings (issue 13); each family is tried with several
wordings written here, none of them taken from the labelled sets."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def kv(text: str) -> list[tuple[str, int]]:
    return [(f.kind, f.value) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "About 800 people evacuated their homes near the dam.",
        "Some 800 villagers are abandoning their houses.",
        "800 families have deserted their farms since the drought began.",
        "Nearly 800 residents left their neighbourhoods overnight.",
        "800 people were fleeing their villages on Monday.",
    ],
)
def test_people_who_leave_their_own_homes_are_displaced(text):
    assert kv(text) == [("displaced", 800)]


@pytest.mark.parametrize(
    "text",
    [
        "Five people were taken to hospital.",
        "Five people were taken to a hospital.",
        "Five people were rushed to the nearest hospital.",
        "Five people were flown to a military hospital.",
        "Five people were being treated at the district hospital.",
        "The blast sent five people to a local hospital.",
    ],
)
def test_to_any_hospital_is_injured(text):
    assert kv(text) == [("injured", 5)]


@pytest.mark.parametrize("adjective", ["minor", "moderate", "life-threatening", "non-fatal", "horrific"])
def test_any_adjective_before_injuries(adjective):
    assert kv(f"Seven workers suffered {adjective} injuries in the fall.") == [("injured", 7)]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Deaths from the outbreak rose to 640.", "killed"),
        ("Fatalities have climbed to 640.", "killed"),
        ("The number of people killed in the floods jumped to 640.", "killed"),
        ("The number of people forced from their homes had climbed to 640.", "displaced"),
        ("The tally of those abducted stood at 640 on Friday.", "kidnapped"),
        ("The number of Syrian refugees in the camp rose to 640.", "displaced"),
    ],
)
def test_toll_construction(text, kind):
    assert kv(text) == [(kind, 640)]


def test_a_harm_before_the_fatal_verb():
    assert kv("Two guards were shot and killed.") == [("killed", 2)]
    assert kv("Two guards were beaten and wounded.") == [("injured", 2)]


def test_detention_family():
    assert kv("Police captured 6 suspects.") == [("arrested", 6)]
    assert kv("Six suspects were captured after the robbery.") == [("arrested", 6)]
    assert kv("Officials placed 6 journalists into detention.") == [("arrested", 6)]
    assert kv("The army captured 6 villages.") == []
    assert kv("The rebels captured 6 soldiers.") == []


def test_kidnapping_family_and_releases_in_their_own_clause():
    assert kv("Gunmen took 9 engineers captive.") == [("kidnapped", 9)]
    assert kv("Militants threatened to kill 9 hostages.") == [("kidnapped", 9)]
    assert kv("The gang freed 4 hostages.") == []
    assert kv("Bandits abducted 30 farmers and later released 10 of them.") == [("kidnapped", 30)]


@pytest.mark.parametrize(
    "text", ["The party won 52 seats.", "Troops numbered 4,000.", "He was 52.", "It cost $52m."]
)
def test_non_figures(text):
    assert kv(text) == []
