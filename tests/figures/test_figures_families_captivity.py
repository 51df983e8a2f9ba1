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
