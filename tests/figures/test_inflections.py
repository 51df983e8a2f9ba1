"""extractors/figures/inflections.py is generated from extractors/figures/lemmas.py by lemminflect
(scripts/gen_inflections.py); this fails when a lemma was added without regenerating the table."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from extractors.figures import inflections, lemmas
from extractors.figures.lexicon import forms

pytest.importorskip("lemminflect")

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "gen_inflections.py"


def _generator():
    spec = importlib.util.spec_from_file_location("gen_inflections", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_table_is_up_to_date():
    gen = _generator()
    assert set(inflections.VERBS) == set(lemmas.VERB_LEMMAS)
    assert set(inflections.NOUNS) == set(lemmas.NOUN_LEMMAS)
    for lemma in lemmas.VERB_LEMMAS:
        assert inflections.VERBS[lemma] == gen.verb_forms(lemma), lemma
    for lemma in lemmas.NOUN_LEMMAS:
        assert inflections.NOUNS[lemma] == gen.noun_forms(lemma), lemma


def test_irregular_forms_come_from_the_lemma():
    assert {"fled", "fleeing", "flees", "flee"} <= forms(["flee"])
    assert {"was", "were", "been", "being", "is"} <= forms(lemmas.BE)
    assert {"shot", "beaten", "struck"} <= forms(lemmas.HARM, "VBN")
    assert forms(["injury"]) == {"injury", "injuries"}
