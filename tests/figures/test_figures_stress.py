"""A regression gate: the figure extractor on a stress set written for this project.

tests/data/figures_stress.jsonl holds realistic sentences and snippets written for these tests (wire
copy with AG-News-style escape debris, headlines, web paragraphs, IDMC-style displacement reports and
tricky non-figures), each labelled with every figure as in the labelling rules of shared/README.md.
It is scored like the dev gold set: (kind, value) per snippet, qualifier accuracy on the matches.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.figures import KINDS, Scores, score_figures

STRESS = Path(__file__).resolve().parents[1] / "data" / "figures_stress.jsonl"


@pytest.fixture(scope="module")
def scores() -> Scores:
    rows = [json.loads(line) for line in STRESS.read_text(encoding="utf-8").splitlines() if line.strip()]
    s = Scores()
    score_figures(rows, s)
    return s


def test_the_stress_set_is_large_and_covers_every_kind():
    rows = [json.loads(line) for line in STRESS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 250
    assert len({r["id"] for r in rows}) == len(rows)
    kinds = {f["kind"] for r in rows for f in r["figures"]}
    assert kinds == set(KINDS)
    assert sum(not r["figures"] for r in rows) >= 50  # negatives


def test_overall_f1(scores):
    p, r, f1 = scores.prf()
    assert f1 >= 0.95, (p, r, f1, "\n".join(scores.notes))


def test_f1_per_kind(scores):
    low = {k: round(scores.prf(k)[2], 3) for k in KINDS if scores.prf(k)[2] < 0.85}
    assert not low, low


def test_qualifier_accuracy(scores):
    assert scores.qual_n and scores.qual_ok / scores.qual_n >= 0.95, [n for n in scores.notes if "QUAL" in n]
