"""Kidnapping and detention wordings written for this session (not from any labelled set), each with its
near misses: grabbing people (kidnapping by captors, arrest by custodians), held for ransom, kept in
captivity, in the hands of captors, picked up in raids or by police."""

from __future__ import annotations

import pytest

from extractors.figures import extract_figures


def kv(text: str) -> list[tuple[str, int]]:
    return sorted((f.kind, f.value) for f in extract_figures(text))


@pytest.mark.parametrize("number, value", [("9", 9), ("nine", 9), ("more than 20", 20)])
@pytest.mark.parametrize(
    "frame, kind",
    [
        ("Gunmen grabbed {n} farmers from their fields near Katsina.", "kidnapped"),
        ("Bandits were grabbing {n} villagers when the army arrived.", "kidnapped"),
        ("Police grabbed {n} suspects at the checkpoint.", "arrested"),
        ("Some {n} migrants are being held for ransom in a warehouse in Kufra.", "kidnapped"),
        ("About {n} migrants were kept in captivity for months.", "kidnapped"),
        ("The armed group is holding {n} oil workers for ransom.", "kidnapped"),
        ("Some {n} oil workers remain in the hands of the kidnappers.", "kidnapped"),
        ("Some {n} migrants were picked up in raids across Tripoli.", "arrested"),
        ("Some {n} men were picked up by police after the clashes.", "arrested"),
    ],
)
def test_taking_and_holding_people(frame, kind, number, value):
    assert kv(frame.format(n=number)) == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The protesters grabbed 12 seats in parliament.",
        "The 30 migrants were picked up by the coastguard at sea.",
        "The airline kept 200 passengers waiting for hours.",
        "The museum keeps 40 statues in the hands of private collectors.",
        "Libyan forces free 19 kidnapped Egyptians\n\nThe 19 workers had been held for ransom for two weeks by a gang.",
    ],
)
def test_things_and_rescues_are_no_figure(text):
    assert kv(text) == []


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Rights groups say the authorities are holding some 60,000 political prisoners.",
            [("arrested", 60000)],
        ),
        ("Police are holding three young men over the attack.", [("arrested", 3)]),
        ("More than 800 political prisoners are still behind bars, the NGO says.", [("arrested", 800)]),
        (
            "Foro Penal said it had counted 1,905 political detentions since the election.",
            [("arrested", 1905)],
        ),
        ("The authorities are holding 3 days of mourning.", []),
        ("He served 12 years behind bars.", []),
    ],
)
def test_prisoners_held_and_detentions_counted(text, want):
    assert kv(text) == want


@pytest.mark.parametrize("taken", ["detained", "arrested", "abducted", "wounded"])
@pytest.mark.parametrize("died", ["had died in custody", "later died", "have since died"])
def test_people_taken_who_later_died_are_killed(taken, died):
    assert kv(f"At least 11 people {taken} after the June protests {died}, the group said.") == [
        ("killed", 11)
    ]


def test_people_taken_who_were_later_released_are_no_figure():
    assert kv("At least 20 people arrested after the riots were released on bail.") == []


@pytest.mark.parametrize("verb", ["kidnap", "abducted", "seized"])
@pytest.mark.parametrize("first", ["village chief", "local councillor", "district official"])
def test_a_named_first_conjunct_with_a_modifier(verb, first):
    assert kv(f"Jihadists {verb} {first} and 12 others in Niger") == [("kidnapped", 12)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Gunmen on motorbikes stormed the school and took away 39 pupils.", [("kidnapped", 39)]),
        ("Bandits took away 12 women and killed 3 men.", [("kidnapped", 12), ("killed", 3)]),
        ("Police raided the house and took away 4 suspects.", [("arrested", 4)]),
        ("The flood took away 30 homes in the valley.", []),
        ("The new rules take away 200 jobs.", []),
    ],
)
def test_taking_away_needs_a_captor_or_a_custodian(text, want):
    assert kv(text) == want
