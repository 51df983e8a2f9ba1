"""The speed-ups of the figure extractor are exact: each fast path gives what the plain code gives.

Every shortcut (a scan that tries a pattern only where it can start, a substring test before a regular
expression, an early return) is compared with the plain computation it replaces, on the stress sentences
and on generated text built to hit the edges (separators, articles, capitals, dates).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extractors.figures  # noqa: F401  (loads the package; the submodules are read from sys.modules)
from extractors.figures import lexicon as lx
from extractors.figures.numbers import _DIGITS, NumberSpan, _digit_matches, find_numbers
from extractors.figures.patterns import lower
from extractors.figures.phrases import low, qualifier_at, qualifier_before
from extractors.figures.sentences import _TOKEN, _TOKEN_ASCII, clean, sentence_spans, tokenize
from extractors.text.normalise import normalise

sources = sys.modules["extractors.figures.sources"]
context = sys.modules["extractors.figures.context"]
dates = sys.modules["extractors.figures.dates"]
gazetteer = sys.modules["extractors.figures.gazetteer"]
numbers = sys.modules["extractors.figures.numbers"]
phrases = sys.modules["extractors.figures.phrases"]

STRESS = [
    json.loads(line)["text"]
    for line in (Path(__file__).resolve().parents[1] / "data" / "figures_stress.jsonl").open(encoding="utf-8")
    if line.strip()
]


def _sentences() -> list[str]:
    out = []
    for text in STRESS:
        work = clean(text)
        out += [work[s:e] for s, e in sentence_spans(work)]
    return out


SENTENCES = _sentences() + [
    "Twelve were killed in Sirte, an official from the Ministry of Health posted on Facebook.",
    "A spokesman for the Libyan Red Crescent said 4 died.",
    "According to the ministry, 30 people were killed.",
    "The clashes have killed 12, a representative of the Government of National Accord told reporters.",
    '"Five people died," said a source at Tripoli Central Hospital.',
    "Since the war began in 2014 fighting has displaced 200,000 people.",
]


def _plain_digit_matches(text: str, start: int, end: int) -> list[tuple[int, tuple[int, int]]]:
    out = []
    for m in _DIGITS.finditer(text, start, end):
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isalnum() or before in "_#"):
            out.append((m.start(), m.span()))
    return out


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789,. \u00a0\u202f\u066b\u066c١٢abkm%#_-s", max_size=40), st.data())
def test_the_digit_scan_finds_what_finditer_finds(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    fast = [(at, m.span()) for at, m in _digit_matches(text, start, end)]
    assert fast == _plain_digit_matches(text, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "1234567890123,456 killed",
        "a1 234",
        "x12345 678",
        "1234567890123 456",
        "12,3456",
        "#12 and 1,2345,678",
    ],
)
def test_the_digit_scan_where_a_failed_run_hides_a_number(text):
    """Where no match starts at a run's first digit, finditer tries the next digits of the run, and a match
    there may swallow the number after a separator: the scan must try them too."""
    assert [(at, m.span()) for at, m in _digit_matches(text, 0, len(text))] == _plain_digit_matches(
        text, 0, len(text)
    )


def test_the_digit_scan_on_the_stress_sentences():
    for text in STRESS:
        low_text = lower(text)
        fast = [(at, m.span()) for at, m in _digit_matches(low_text, 0, len(low_text))]
        assert fast == _plain_digit_matches(low_text, 0, len(low_text)), text


def test_a_plain_number_is_the_span_the_constructor_builds():
    assert find_numbers("killed 21 and 1500 more") == [
        NumberSpan(7, 9, 21),
        NumberSpan(14, 18, 1500, plain4=True),
    ]
    assert find_numbers("500-plus")[0].plus and find_numbers("1,500")[0] == NumberSpan(0, 5, 1500)


def _words(text: str) -> list[str]:
    return text.split()


_DATE_WORDS = _words(
    "as of on at in since during of the early mid late beginning start middle end may May March march "
    "Jan. january 4 12th 2019 1999 05 2024-05-01 3.4.2020 monday Sunday yesterday today tonight this "
    "morning last night past week month year earlier weekend a an one two twelve three days ago day "
    "weeks , . - x killed"
)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=14), st.sampled_from([" ", "  ", "-", ""]))
def test_dates_are_tried_wherever_one_can_start(words, sep):
    text = lower(sep.join(words))
    fast = [m.span() for m in dates.date_matches(text)]
    assert fast == [m.span() for m in dates._DATE.finditer(text)]


def test_dates_on_the_stress_sentences():
    for sentence in SENTENCES:
        text = lower(sentence)
        fast = [m.span() for m in dates.date_matches(text)]
        assert fast == [m.span() for m in dates._DATE.finditer(text)], sentence


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcXYZ09-'.,; \t\n_\x1c\"", max_size=30))
def test_ascii_tokens_are_the_unicode_tokens(text):
    assert [m.span() for m in _TOKEN_ASCII.finditer(text)] == [m.span() for m in _TOKEN.finditer(text)]


def test_tokens_are_named_tuples_with_the_fields_of_a_token():
    work = "Some 21 people were killed."
    toks = tokenize(work, 0, len(work), find_numbers(work))
    assert [(t.kind, t.text, t.low, t.upper) for t in toks] == [
        ("w", "Some", "some", True),
        ("n", "21", "21", False),
        ("w", "people", "people", False),
        ("w", "were", "were", False),
        ("w", "killed", "killed", False),
        ("p", ".", ".", False),
    ]
    assert toks[1].num.value == 21 and (toks[1].start, toks[1].end) == (5, 7)


_PLACE_WORDS = _words(
    "al Al El el- Az- at At As An an- ash- Zawiya Sirte Tripoli Libya Misrata Saturday UN U.K. Sirte. "
    "Ajdabiya Gharyan Kufra Benghazi Derna The Red Sea New York City Syria"
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_WORDS), max_size=8), st.sampled_from([" ", "  ", ", ", "-"]))
def test_places_skip_only_capitals_no_place_starts_with(words, sep):
    text = sep.join(words)
    fast = gazetteer.places(text)
    plain_may_start = gazetteer._may_start
    try:
        gazetteer._may_start = lambda sentence, first: True  # read every capital as before
        assert fast == gazetteer.places(text)
    finally:
        gazetteer._may_start = plain_may_start


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            _PLACE_WORDS + ["Bani", "Walid", "Al‑Bayda", "Al", "Khums", "al-Bani", "El-Bani", "Waleed"]
        ),
        max_size=8,
    )
)
def test_places_read_only_the_words_a_spelling_can_compare(words):
    for sep in (" ", "-", ", "):
        text = sep.join(words)
        fast = gazetteer.places(text)
        with pytest.MonkeyPatch.context() as m:
            m.setattr(gazetteer, "_need", lambda word: gazetteer._MAX_WORDS)  # read every word as before
            m.setattr(gazetteer, "_strip", lambda word: gazetteer._ARTICLE.sub("", word))
            assert fast == gazetteer.places(text)


def test_places_on_the_stress_sentences(monkeypatch):
    fast = [gazetteer.places(s) for s in SENTENCES]
    monkeypatch.setattr(gazetteer, "_may_start", lambda sentence, first: True)
    assert fast == [gazetteer.places(s) for s in SENTENCES]


@pytest.mark.parametrize(
    "name", ["_ACCORDING_WORDS", "_SPOKESMAN_WORDS", "_INVERTED_WORDS", "_PERFECT_WORDS", "_EVENT_GATE"]
)
def test_the_substring_tests_before_the_context_patterns_change_nothing(monkeypatch, name):
    fast = [(context.attribution(s), context.scope_cues(s)) for s in SENTENCES]
    # "" is in every sentence, and the empty pattern matches in every one: the pattern always runs
    module = context if name in ("_PERFECT_WORDS", "_EVENT_GATE") else sources
    monkeypatch.setattr(module, name, re.compile("") if name == "_EVENT_GATE" else ("",))
    assert fast == [(context.attribution(s), context.scope_cues(s)) for s in SENTENCES]


def _plain_qualifier_before(toks, i):
    for n in (4, 3, 2, 1):
        s = i - n
        if s >= 0 and all(t.kind == "w" for t in toks[s:i]):
            q = lx.QUALIFIER_PHRASES.get(tuple(t.low for t in toks[s:i]))
            if q:
                return q, s
    return "exact", i


def _plain_np_word(t) -> bool:
    w = t.low
    return t.text in ("IS", "US") or (
        t.kind == "w"
        and w not in lx.STOP
        and w not in lx.AUX
        and w not in phrases._NP_EXTRA_STOP
        and not phrases.adverb(w)
        and w not in lx.WEEKDAYS
        and not (t.upper and w in lx.MONTHS)
    )


def _plain_noun_phrase(toks, j):
    if low(toks, j) == "-" and low(toks, j + 1) in ("plus", "odd"):
        j += 2
    if low(toks, j) == "of" and low(toks, j + 1) not in ("them", "whom", "which"):
        j += 2 if low(toks, j + 1) in ("the", "those", "these", "their") else 1
    np = []
    while (
        j < len(toks) and len(np) < 5 and _plain_np_word(toks[j]) and not phrases.np_done(toks, np, toks[j])
    ):
        if np and toks[j].low in phrases.ATTRIBUTIVE and phrases.match_fwd(toks, j, lx.POST):
            break
        if np and toks[j].low in ("hostage", "captive", "prisoner"):
            break  # "holding two Kurds hostage"
        np.append(j)
        j += 1
    return np, j


def test_noun_phrases_are_read_as_by_the_plain_loops():
    extra = [
        "Some 500-plus of the families in May were displaced",
        "the 4 of them - odd Fridays early quietly",
    ]
    for sentence in SENTENCES + extra:
        toks = tokenize(sentence, 0, len(sentence), find_numbers(sentence))
        for j in range(len(toks) + 1):
            assert phrases.noun_phrase(toks, j) == _plain_noun_phrase(toks, j), sentence
            if j < len(toks):
                assert phrases.np_word(toks[j]) == _plain_np_word(toks[j])


def test_qualifiers_are_found_as_by_the_plain_loops():
    for sentence in SENTENCES:
        toks = tokenize(sentence, 0, len(sentence), find_numbers(sentence))
        for i in range(len(toks) + 1):
            assert qualifier_before(toks, i) == _plain_qualifier_before(toks, i)
            plain = any(tuple(low(toks, i + k) for k in range(n)) in lx.QUALIFIER_PHRASES for n in (1, 2, 3))
            assert qualifier_at(toks, i) == plain


def test_stems_are_a_literal_piece_of_each_branch():
    assert context._stems("air ?strikes?|bombings?|flood(?:s|ing)?|gun ?fight|clash(?:es)?|fire") == (
        "air",
        "bombing",
        "flood",
        "gun",
        "clash",
        "fire",
    )


def _plain_compound(text: str, span: NumberSpan) -> bool:
    after = text[span.end : span.end + 2]
    before = text[max(0, span.start - 2) : span.start]
    return (len(after) == 2 and after[0] == "-" and after[1].isalpha()) or (
        len(before) == 2 and before[1] == "-" and before[0].isalpha()
    )


def _plain_digit_spans(low_text: str, start: int, end: int) -> list[NumberSpan]:
    """The loop of find_numbers over the digit matches, through `_one`, as before the fused scan."""
    spans = []
    for _, m in _digit_matches(low_text, start, end):
        for sp in numbers._one(m):
            if low_text.startswith(("-plus", "-odd"), sp.end):
                spans.append(sp._replace(plus=True))
            elif not _plain_compound(low_text, sp):
                spans.append(sp)
    return spans


def _plain_one_digits(m) -> list[NumberSpan]:
    """`_one_digits` through `_digits_value` only (no shortcut for "4,500")."""
    s, e = m.span()
    scale_word = (m.group("scale") or m.group("scale_attached") or "").lower()
    if m.group("plural"):
        return numbers._one_digits(m)
    scale = numbers._SCALE_WORDS.get(scale_word)
    value = numbers._digits_value(m.group("dig"), scale)
    if value is None:
        return []
    plain4 = not scale_word and len(m.group("dig")) == 4 and m.group("dig").isdigit()
    return [NumberSpan(s, e, value, plain4=plain4, scale=scale or 1)]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="0123456789,.- \u00a0\u066bab-kmsx#_%ptl\t٣:;)(²é", max_size=40), st.data())
def test_the_fused_digit_scan_gives_the_spans_of_the_plain_loop(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert numbers._digit_spans(text, start, end) == _plain_digit_spans(text, start, end)
    for _, m in _digit_matches(text, start, end):
        assert numbers._one_digits(m) == _plain_one_digits(m)
        for sp in numbers._one_digits(m):
            assert numbers._compound(text, sp) == _plain_compound(text, sp)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "21",
                "4,500",
                " ",
                "march",
                "million",
                "mln",
                "bn",
                "lakhs",
                "men",
                "t",
                "-",
                ":",
                ")",
                ";",
                "é",
            ]
        ),
        max_size=8,
    )
)
def test_the_plain_number_shortcut_around_scale_words(words):
    text = "".join(words)
    assert numbers._digit_spans(text, 0, len(text)) == _plain_digit_spans(text, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "at 10:30 ",
        "(21) men",
        "a10:30 x",
        "x-10:30;",
        "4,5004,500 men",
        "é21 men",
        "²21 men",
        "_7; #8) 9:",
        "1,500:",
    ],
)
def test_the_digit_scan_where_a_number_is_glued_or_followed_by_a_colon(text):
    """`_SCAN` takes "10:30", "(21)" as the plain shape and leaves a number glued to a word to `_DIGITS`."""
    for start in range(len(text)):
        assert numbers._digit_spans(text, start, len(text)) == _plain_digit_spans(text, start, len(text))


_RANGE_WORDS = [
    "20",
    "30",
    " ",
    "-",
    "to",
    "and",
    "between",
    "rose from",
    "1",
    "million",
    "dozens",
    "de",
    "a",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_RANGE_WORDS), max_size=10), st.sampled_from([" ", "", "  "]))
def test_ranges_are_merged_as_by_the_pair_by_pair_loop(words, sep):
    text = sep.join(words)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(numbers, "_merge_ranges", lambda _, spans: spans)
        found = find_numbers(text)  # (number words too) before the merge
    assert numbers._merge_ranges(text, found) == numbers._merge_loop(text, found)
    assert find_numbers(text) == numbers._merge_loop(text, found)


def test_the_fused_digit_scan_on_the_stress_sentences():
    for text in STRESS:
        low_text = lower(text)
        assert numbers._digit_spans(low_text, 0, len(low_text)) == _plain_digit_spans(
            low_text, 0, len(low_text)
        )


_NUMBER_WORDS = _words(
    "a an and half one two twelve twenty-one hundred thousand million dozen dozens tens of thousands several "
    "few many scores un une centenar dizaine miles de personas deux 12 1,500 killed people - the"
)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_WORDS), max_size=12), st.sampled_from([" ", "  ", "-", "\n"]))
def test_number_words_are_read_only_where_the_gate_finds_one_of_them(words, sep):
    text = sep.join(words)
    fast = find_numbers(text)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(numbers, "_may_hold_number_words", lambda *_: True)
        assert fast == find_numbers(text)


def test_the_number_word_gate_on_the_stress_sentences(monkeypatch):
    fast = [find_numbers(s) for s in SENTENCES]
    monkeypatch.setattr(numbers, "_may_hold_number_words", lambda *_: True)
    assert fast == [find_numbers(s) for s in SENTENCES]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from([*_NUMBER_WORDS, "5", "_", "é", "twenty_one", "x", "ones", "-"]), max_size=10),
    st.sampled_from([" ", "  ", "-", "\n", "", "\u00a0"]),
    st.data(),
)
def test_the_number_word_gate_is_false_only_where_no_number_word_matches(words, sep, data):
    """On ASCII text the gate reads whole words: it may say no only where _WORDY finds nothing."""
    text = sep.join(words)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if not numbers._may_hold_number_words(text, start, end):
        assert numbers._WORDY.search(text, start, end) is None


def test_a_span_of_a_text_that_kept_its_length_maps_to_itself():
    for text in [
        "plain ascii",
        "tab\there",
        "\u2013 dash – and ‘quotes’",
        "digits ١٢",
        "a\nb",
        "soft\u00adhyphen ﬁve",
    ]:
        norm = normalise(text)
        for start in range(len(norm.text) + 2):
            for end in range(start + 1, len(norm.text) + 2):
                plain = (norm._char(start)[0], norm._char(end - 1)[1])
                assert norm.span(start, end) == plain, (text, start, end)
