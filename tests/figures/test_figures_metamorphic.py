"""Metamorphic gate (evaluation/metamorphic.py): rewrites of every labelled sentence of our own sets
(determiner, tense/voice, synonym, adjective, typography noise, number spelling) keep their figures."""

from __future__ import annotations

import pytest

from evaluation import metamorphic

FAMILIES = {"determiner", "tense", "synonym", "adjective", "noise", "number"}


def test_every_family_rewrites_a_sentence():
    row = {
        "id": "t1",
        "text": 'Police said 1,970 people were wounded and 12 "suffered" injuries, then were taken to hospital.',
        "figures": [{"kind": "injured", "value": 1970}, {"kind": "injured", "value": 12}],
    }
    made = metamorphic.variants(row)
    assert {family for family, _ in made} == FAMILIES
    numbers = [text for family, text in made if family == "number"]
    assert any("1 970" in t for t in numbers) and any("1.970" in t for t in numbers)
    assert any("twelve" in t for t in numbers) and any("\u0661\u0662" in t for t in numbers)
    assert all(text != row["text"] for _, text in made)


def test_variants_are_deterministic():
    row = {"id": "t2", "text": "Eleven residents were evacuated from the flooded district.", "figures": []}
    assert metamorphic.variants(row) == metamorphic.variants(row)


@pytest.fixture(scope="module")
def result():
    return metamorphic.invariance(metamorphic.rows())


def test_the_sets_give_thousands_of_variants(result):
    total, _, _ = result
    assert set(total) == FAMILIES
    assert sum(total.values()) >= 5_000


def test_invariance_rate_is_at_least_098(result):
    total, kept, notes = result
    rate = sum(kept.values()) / sum(total.values())
    assert rate >= 0.98, (rate, notes[:40])
