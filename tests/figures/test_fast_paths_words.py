"""The word gates of the context readers are exact: with the sentence's words (extractors.figures.words) each
reader gives what it gives without them, on the stress sentences and on generated text built from the
anchor words, their neighbours and the punctuation that splits or joins words."""

from __future__ import annotations

import re
import sys
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.figures.patterns import lower
from extractors.figures.words import words
from tests.figures.test_fast_paths import SENTENCES, _words

context = sys.modules["extractors.figures.context"]
dates = sys.modules["extractors.figures.dates"]
gazetteer = sys.modules["extractors.figures.gazetteer"]

_SCOPE_WORDS = sorted(
    set(re.findall(r"[a-z]+", context._CUMULATIVE.pattern + context._PERFECT.pattern + context._EVENT))
    | set(re.findall(r"[a-z]+", context._DAY.pattern + context._NOT_AN_EVENT_DAY.pattern))
)
_SCOPE_WORDS += _words("12 4 , ; . - ' 's the a theattack army'sattack airstrike sattack xfirex killed on")


def _same_scope(text: str) -> None:
    low = lower(text)
    assert context.scope_cues(text, low, words(low)) == context.scope_cues(text), text


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SCOPE_WORDS), max_size=16), st.sampled_from([" ", "  ", "", "-", "'"]))
def test_scope_cues_with_the_word_gates_are_the_scope_cues_without(words_, sep):
    _same_scope(sep.join(words_))


def test_scope_cues_with_the_word_gates_on_the_stress_sentences():
    for sentence in SENTENCES + ["in theattack 12 died", "the army'sattack killed 3", "on 4 May 3 died"]:
        _same_scope(sentence)


def test_the_words_are_the_runs_of_word_characters():
    text = "at least 21 people, the u.s.-led army's x_y said: 2024-05-01 café"
    assert words(lower(text)) is None  # not ASCII: no gate
    ascii_text = text.replace("é", "e")
    assert words(ascii_text) == {w.encode() for w in re.findall(r"\w+", ascii_text)}


_PUBLISHED = [None, date(2024, 5, 4)]
