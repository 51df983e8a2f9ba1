"""`sentences.tokenize` reads whitespace-separated chunks and takes a chunk of letters as one word without a
regular expression: its tokens must be those of one `_TOKEN` scan between the numbers (quotes dropped)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.figures.numbers import NumberSpan, find_numbers
from extractors.figures.sentences import (
    _TOKEN,
    _TOKEN_ASCII,
    _before_capital,
    clean,
    sentence_spans,
    tokenize,
)

_QUOTES = ("'", '"', "“", "”", "«", "»", "‘", "’", "„", "‹", "›")
_STRESS = Path(__file__).resolve().parents[1] / "data" / "figures_stress.jsonl"


def _plain_tokens(text: str, numbers) -> list[tuple]:
    out, pos = [], 0
    pattern = _TOKEN_ASCII if text.isascii() else _TOKEN
    for b, n in [*((n.start, n) for n in numbers), (len(text), None)]:
        for m in pattern.finditer(text, pos, b):
            t, c = m.group(), m.group()[0]
            kind = "d" if c.isdigit() else "w" if c.isalpha() or c == "\ufffd" else "p"
            if kind != "p" or t not in _QUOTES:
                out.append((kind, t, t.lower(), *m.span(), None, c.isupper()))
        if n is not None:
            raw = text[n.start : n.end]
            out.append(("n", raw, raw.lower(), n.start, n.end, n, raw[:1].isupper()))
            pos = n.end
    return out


def _tokens(text: str) -> list[tuple]:
    return [tuple(t) for t in tokenize(text, 0, len(text), find_numbers(text))]


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="abXY09 .,;:!?-'’\"«»()_#\u00a0\u3000\ufffd\u200béⅣ²\t\n\x1c", max_size=40))
def test_chunked_tokens_are_the_tokens_of_one_scan(text):
    assert _tokens(text) == _plain_tokens(text, find_numbers(text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "twenty-one",
                "4,500",
                "U.S.",
                "don't",
                "(UN)",
                "killed,",
                "1.2m",
                " ",
                "said.",
                "Sirte)",
                "é;",
                "a.",
                "U.S.,",
            ]
        ),
        max_size=12,
    )
)
def test_chunked_tokens_around_numbers_and_abbreviations(words):
    text = " ".join(words)
    assert _tokens(text) == _plain_tokens(text, find_numbers(text))


def test_chunked_tokens_on_the_stress_sentences():
    texts = [json.loads(line)["text"] for line in _STRESS.open(encoding="utf-8") if line.strip()]
    checked = 0
    for text in texts + ["« twenty-one » people, 4,500 U.S. soldiers don't (UN) said."]:
        work = clean(text)
        for s, e in sentence_spans(work):
            sentence = work[s:e]
            assert _tokens(sentence) == _plain_tokens(sentence, find_numbers(sentence)), sentence
            checked += 1
    assert checked > 100


_PIECES = [
    "twenty",
    "one",
    "75",
    "000",
    "20",
    "to",
    "30",
    "10:30",
    "ΟΔΟΣ,",
    "İstanbul",
    "(UN)",
    "said.",
    "",
    "«",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from([" ", "  ", " \u00a0"]), st.data())
def test_numbers_over_several_chunks_and_inside_one(pieces, sep, data):
    """`tokenize` splits the span once and walks its chunks beside the numbers: a number may cover several
    chunks ("twenty one", "75 000", "20 to 30"), share one with another ("10:30") or start after a space."""
    text = sep.join(pieces)
    start = data.draw(st.integers(0, len(text)))
    numbers = [n for n in find_numbers(text) if n.start >= start]
    assert [tuple(t) for t in tokenize(text, start, len(text), numbers)] == _plain_tokens_from(
        text, start, numbers
    )


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet='ab Σ09,.:(_#\x27"«\u00a0', max_size=30), st.data())
def test_any_spans_as_numbers(text, data):
    """Spans that no number scan gives (starting or ending at a space, next to each other) read the same."""
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))
    pairs = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    numbers = [NumberSpan(a, b, 1) for a, b in pairs]
    assert [tuple(t) for t in tokenize(text, 0, len(text), numbers)] == _plain_tokens_from(text, 0, numbers)


def _plain_tokens_from(text: str, start: int, numbers) -> list[tuple]:
    """`_plain_tokens` of `text[start:]`, with offsets into `text`."""
    shifted = [n._replace(start=n.start - start, end=n.end - start) for n in numbers]
    out = []
    for kind, t, low, s, e, num, upper in _plain_tokens(text[start:], shifted):
        num = numbers[shifted.index(num)] if num is not None else None
        out.append((kind, t, low, s + start, e + start, num, upper))
    return out


def _check_cut(text: str, lo: int, hi: int) -> None:
    spaces = [m.start() for m in re.finditer(r" (?=[A-Z])", text[:hi]) if m.start() >= lo]
    assert _before_capital(text, lo, hi) == (spaces[-1] if spaces else text.rfind(" ", lo, hi))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZ .\n", max_size=60), st.data())
def test_a_long_sentence_is_cut_at_the_last_space_before_a_capital(text, data):
    lo = data.draw(st.integers(0, len(text)))
    _check_cut(text, lo, data.draw(st.integers(lo, len(text))))


@pytest.mark.parametrize(
    "text, lo, hi", [("a\n Z a", 0, 6), ("Za Z\naa a", 1, 9), ("a Z", 0, 2), (" Z", 1, 2)]
)
def test_the_cut_before_a_capital_across_a_line_break_and_the_window_end(text, lo, hi):
    _check_cut(text, lo, hi)
