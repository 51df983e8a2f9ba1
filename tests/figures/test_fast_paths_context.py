"""The context shortcuts of the figure extractor (scope, attribution, places) are exact: each gives what the
plain code gives, on the stress sentences and on generated text (see test_fast_paths for the scans)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.figures.patterns import lower
from tests.figures.test_fast_paths import SENTENCES, _words

sources = sys.modules["extractors.figures.sources"]
context = sys.modules["extractors.figures.context"]
gazetteer = sys.modules["extractors.figures.gazetteer"]


def test_the_event_gate_finds_a_stem_exactly_when_one_is_in_the_text():
    for text in [*SENTENCES, "a car bomb", "airstrikes", "the flooding", "xfirex", "nothing here"]:
        low_text = lower(text)
        found = context._EVENT_GATE.search(low_text) is not None
        assert found == any(w in low_text for w in context._EVENT_STEMS), text


def _plain_last_stop(left: str) -> int:
    cut = 0
    for m in sources._STOP_BACK.finditer(left):
        cut = m.end()
    return cut


_STOP_WORDS = _words('that which who while as but after when because if though was , ; " x police 12 killed')
_STOP_WORDS += ["xxxxxxxxxxx", "yyyyyyy", "zz"] * 4


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_STOP_WORDS), max_size=30), st.sampled_from([" ", "", "  ", "\n"]))
def test_the_last_clause_stop_is_found_from_the_right_as_from_the_left(words, sep):
    left = sep.join(words)
    assert sources._last_stop(left) == _plain_last_stop(left)
    assert sources._last_stop(left[:-1]) == _plain_last_stop(left[:-1])


@pytest.mark.parametrize("before", range(20, 40))
def test_a_clause_stop_across_the_edge_of_a_window(before):
    left = "x" * before + " because " + "y" * 20
    assert sources._last_stop(left) == _plain_last_stop(left) == before + 9


def _plain_scope_at(cues, pos: int) -> str:
    toll, perfect, events, all_days, breaks = cues
    days = [d for d in all_days if not any(min(d, pos) < b < max(d, pos) for b in breaks)]

    def nearest(positions, window=float("inf")):
        distances = [abs(p - pos) for p in positions if abs(p - pos) <= window]
        return min(distances) if distances else None

    event = nearest(events)
    for cue in (nearest(toll, context._WINDOW), None if days else nearest(perfect, context._WINDOW)):
        if cue is not None and (event is None or cue <= event):
            return "cumulative"
    return "incident" if events or all_days else "unknown"


def _plain_sentence_places(found, sentence, positions, country):
    if any(local for *_, local in found):
        found = [p for p in found if p[2] != country]
    names = list(dict.fromkeys(p[2] for p in found))
    if len(names) <= 1:
        return [names[0] if names else None] * len(positions)
    return context.sentence_places(found, sentence, positions, country)


def _all_breaks(cues, sentence: str):
    """The cues with every clause break (scope_cues leaves them out when no toll or perfect cue needs them)."""
    return (*cues[:4], [m.start() for m in context._PUNCTUATION.finditer(lower(sentence))])


def test_scope_and_place_shortcuts_give_what_the_plain_rules_give():
    for sentence in SENTENCES:
        cues = _all_breaks(context.scope_cues(sentence), sentence)
        named = gazetteer.places(sentence)
        positions = [m.start() for m in re.finditer(r"\d+", sentence)] + [0, len(sentence)]
        for pos in positions:
            assert context.scope_at(cues, pos) == _plain_scope_at(cues, pos), sentence
            assert context.scope_at(context.scope_cues(sentence), pos) == _plain_scope_at(cues, pos), sentence
        for found in (named, named[:1], []):
            for country in (gazetteer.LIBYA, "Sirte", "Tripoli"):
                expect = _plain_sentence_places(found, sentence, positions, country)
                assert context.sentence_places(found, sentence, positions, country) == expect
    local = [(0, 5, "Sirte", True)]
    assert context.sentence_places(local, "Sirte", [1], "Sirte") == _plain_sentence_places(
        local, "Sirte", [1], "Sirte"
    )


_SCOPE_WORDS = sorted(set(re.findall(r"[a-z]+", context._CUMULATIVE.pattern + context._PERFECT.pattern)))
_SCOPE_WORDS += _words("12 , ; . the deadliest attack on saturday in a car bomb killed people")


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_SCOPE_WORDS), max_size=16))
def test_toll_cues_are_read_only_where_the_gate_finds_one_of_their_words(words):
    text = " ".join(words)
    fast = context.scope_cues(text)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(context, "_CUMULATIVE_GATE", re.compile(""))  # the empty pattern is found everywhere
        assert fast == context.scope_cues(text)
    cues = _all_breaks(fast, text)
    for pos in range(0, len(text) + 1, 7):
        assert context.scope_at(fast, pos) == _plain_scope_at(cues, pos)


def test_the_toll_cue_gate_on_the_stress_sentences(monkeypatch):
    fast = [context.scope_cues(s) for s in SENTENCES]
    monkeypatch.setattr(context, "_CUMULATIVE_GATE", re.compile(""))
    assert fast == [context.scope_cues(s) for s in SENTENCES]


_TOLL_CUES = [
    "so far", "to date", "in total", "in all", "a total of", "totalled", "totaling", "since", "has now",
    "have now", "had now", "thus far", "death toll", "toll", "tally", "cumulative", "altogether", "up to now",
    "as of", "as at", "this year", "in recent weeks", "in recent months", "over the past weeks",
    "over the last six months", "rose to", "risen sharply to", "rises to", "rising to", "climbed to",
    "climbs to", "reached to", "reaches to", "brings to", "bringing the number to", "brought to",
    "raising to", "raised to", "pushing to", "pushed to",
    *(f"{noun} in the north has killed" for noun in _words(
        "war conflict violence fighting insurgency epidemic outbreak crisis offensive campaign unrest uprising "
        "siege"
    )),
]  # fmt: skip


@pytest.mark.parametrize("cue", _TOLL_CUES)
def test_every_branch_of_the_toll_cues_holds_a_gate_word(cue):
    """One example of each branch of _CUMULATIVE: a branch added there needs its word in _CUMULATIVE_WORDS."""
    text = f"12 people {cue} 40"
    assert context._CUMULATIVE.search(text), cue
    assert context._CUMULATIVE_GATE.search(text), cue


_PLAIN_CANDIDATE = re.compile(r"(?<![\w'’.-])(?:(?:[Aa]l|[Ee]l|[Aa][zsdrt])[-\s])?[A-ZÀ-ÖØ-Þ]")


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="AaEeLlZzSsdDrtTxX -\n\t'’._1ÀÞØ÷", max_size=14), st.data())
def test_place_starts_are_found_where_the_plain_pattern_finds_them(text, data):
    pos = data.draw(st.integers(0, len(text)))
    fast, plain = gazetteer._CANDIDATE.search(text, pos), _PLAIN_CANDIDATE.search(text, pos)
    assert (fast and fast.span()) == (plain and plain.span())


@pytest.mark.parametrize(
    "text",
    [
        "xx.Az\nÞEr",
        "tÀstzAt\nAÀsÞ",
        "AÀT'_el\nÀ",
        "XXat\nEzszÀ’",
        "a-al\tB",
        "’El Z",
        "Al-Zawiya",
        "al Bayda",
    ],
)
def test_place_starts_after_an_article_and_a_line_break(text):
    for pos in range(len(text) + 1):
        fast, plain = gazetteer._CANDIDATE.search(text, pos), _PLAIN_CANDIDATE.search(text, pos)
        assert (fast and fast.span()) == (plain and plain.span())


def test_place_starts_on_the_stress_sentences():
    for sentence in SENTENCES:
        fast = [m.span() for m in gazetteer._CANDIDATE.finditer(sentence)]
        assert fast == [m.span() for m in _PLAIN_CANDIDATE.finditer(sentence)], sentence


_POSITIONS = st.lists(st.integers(0, 300), max_size=3)


@settings(max_examples=1500, deadline=None)
@given(_POSITIONS, _POSITIONS, _POSITIONS, _POSITIONS, _POSITIONS, st.integers(0, 300))
def test_a_sentence_without_toll_or_perfect_cues_has_one_scope_for_every_number(
    toll, perfect, events, days, breaks, pos
):
    cues = (toll, perfect, events, days, breaks)
    scope = context.sentence_scope(cues)
    assert (scope is None) == bool(toll or perfect)
    if scope is not None:
        assert scope == context.scope_at(cues, pos)
