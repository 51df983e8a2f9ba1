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
_DATE_WORDS = _words(
    "as of on at in since during of the early mid late beginning start middle end may May March march Jan. "
    "january 4 12th 2019 1999 05 2024-05-01 3.4.2020 monday Sunday yesterday today tonight this morning last "
    "night past week month year earlier weekend a an one two three days ago day weeks , . - x killed began "
    "erupted broke out launched deadliest before the day before yesterday"
)


def _same_dates(text: str) -> None:
    low = lower(text)
    for published in _PUBLISHED:
        assert dates.date_cues(text, published, low, words(low)) == dates.date_cues(text, published), text


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=14), st.sampled_from([" ", "  ", "", "-", "."]))
def test_date_cues_with_the_word_gates_are_the_date_cues_without(words_, sep):
    _same_dates(sep.join(words_))


def test_date_cues_with_the_word_gates_on_the_stress_sentences():
    for sentence in SENTENCES + [
        "since the offensive began on 4 April",
        "12 died 3 days ago",
        "on 2024-05-01",
    ]:
        _same_dates(sentence)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="0123456789 -.,'’éé_xmayonsatrdiu", max_size=24))
def test_dates_are_tried_after_every_word_boundary(text):
    """date_matches tries _DATE at the start of the text and after each non-word character: every place a
    word boundary before a word character allows, whatever the characters around it."""
    assert [m.span() for m in dates.date_matches(text)] == [m.span() for m in dates._DATE.finditer(text)]


sources = sys.modules["extractors.figures.sources"]
_SOURCE_WORDS = sorted(
    set(
        re.findall(
            r"[a-z]+", sources._SPEECH.pattern + sources._SPOKESMAN.pattern + sources._INVERTED.pattern
        )
    )
)
_SOURCE_WORDS += _words('12 , ; . " ( the UN WHO Police police According according to it they on Monday Said')


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SOURCE_WORDS), max_size=16), st.sampled_from([" ", "  ", ", ", "\n"]))
def test_attribution_with_the_word_gates_is_the_attribution_without(words_, sep):
    text = sep.join(words_)
    assert sources.attribution(text, words(lower(text))) == sources.attribution(text), text


def test_attribution_with_the_word_gates_on_the_stress_sentences():
    for sentence in SENTENCES:
        assert sources.attribution(sentence, words(lower(sentence))) == sources.attribution(sentence)


def _plain_words_span(left: str, cut: int):
    found = list(sources._NONSPACE.finditer(left, cut))[-7:]
    return (found[0].start(), found[-1].end()) if found else None


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "bb", "the UN", "x.", " ", "  ", "\n", "\u00a0"]), max_size=14), st.data()
)
def test_the_last_seven_words_are_found_by_a_split_as_by_the_scan(parts, data):
    left = "".join(parts)
    cut = data.draw(st.integers(0, len(left)))
    assert sources._words_span(left, cut) == _plain_words_span(left, cut)


_PLACE_WORDS = _words(
    "al Al AL El el- Az- at At As An an- ash- Ash-Shati Zawiya Sirte Sirte. Tripoli Libya Libyan capital Misrata "
    "Saturday UN U.K. UK Ajdabiya Bani Walid Waleed Al-Bayda Bayda Kufra Benghazi Derna The Red Sea New York "
    "Syria Guinea Guinea-Bissau Papua New DR Congo DRC Sirte's xSirte Sirte2 SIRTE Ras Lanuf least Jufrah "
    "Salvador Zintan Az AZ ZINTAN El-Marj 12"
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_WORDS), max_size=10), st.sampled_from([" ", "  ", ", ", "-", "."]))
def test_places_with_the_word_gates_are_the_places_without(words_, sep):
    text = sep.join(words_)
    low = lower(text)
    assert gazetteer.places(text, low, words(low)) == gazetteer.places(text), text


def test_places_with_the_word_gates_on_the_stress_sentences():
    for sentence in SENTENCES:
        low = lower(sentence)
        assert gazetteer.places(sentence, low, words(low)) == gazetteer.places(sentence), sentence


def test_places_of_one_word_read_without_the_lookup(monkeypatch):
    """The shortcut for a word that only starts one-word spellings gives what the lookup gives."""
    fast = [gazetteer.places(s) for s in SENTENCES + [" ".join(_PLACE_WORDS)]]
    monkeypatch.setattr(gazetteer, "_ONE_WORD", {})
    assert fast == [gazetteer.places(s) for s in SENTENCES + [" ".join(_PLACE_WORDS)]]


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=",;:() \n\t-–—ax\u00a0", max_size=20))
def test_clause_breaks_open_on_one_class_and_are_the_plain_breaks(text):
    plain = re.compile(r"[,;:()]|\s[-–—]\s")
    assert [m.start() for m in context._PUNCTUATION.finditer(text)] == [
        m.start() for m in plain.finditer(text)
    ]


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="onx _-.1O", max_size=24), st.sets(st.sampled_from(["on", "x", "onx", "1", "o"])))
def test_word_starts_are_where_the_words_stand_whole(text, present):
    from extractors.figures.words import word_starts

    expect = sorted(m.start() for w in present for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text))
    assert word_starts(text, [w.encode() for w in present]) == expect
