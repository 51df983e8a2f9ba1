"""extractors.figures.numbers: digits, separators, words, scale words, vague plurals, ranges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.figures.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("7", 7),
        ("1500", 1500),
        ("75,000", 75_000),
        ("75 000", 75_000),
        ("75\u00a0000", 75_000),
        ("75.000", 75_000),
        ("1.250.000", 1_250_000),
        ("2,14,000", 214_000),
        ("61, 000", 61_000),
        ("١٢", 12),
        ("٧٥٬٠٠٠", 75_000),
        ("۳۰۰", 300),
    ],
)
def test_digits_with_separators(phrase, value):
    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("1.2 million", 1_200_000),
        ("3.5m", 3_500_000),
        ("2 million", 2_000_000),
        ("1.5bn", 1_500_000_000),
        ("4 thousand", 4_000),
        ("2.14 lakh", 214_000),
        ("1.200 million", 1_200_000),
        ("3 Million", 3_000_000),
    ],
)
def test_decimals_with_scale_words(phrase, value):
    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("one", 1),
        ("Twelve", 12),
        ("twenty-one", 21),
        ("ninety nine", 99),
        ("two hundred", 200),
        ("a hundred", 100),
        ("three hundred and forty-five", 345),
        ("a thousand", 1000),
        ("five hundred thousand", 500_000),
        ("one million", 1_000_000),
        ("half a million", 500_000),
        ("two million three hundred thousand", 2_300_000),
        ("a dozen", 12),
        ("two dozen", 24),
    ],
)
def test_number_words(phrase, value):
    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("dozens", 24),
        ("scores", 40),
        ("hundreds", 200),
        ("thousands", 2_000),
        ("millions", 2_000_000),
        ("tens of thousands", 20_000),
        ("hundreds of thousands", 200_000),
        ("several hundred", 200),
    ],
)
def test_vague_plurals_take_their_lower_bound(phrase, value):
    (span,) = find_numbers(phrase)
    assert span.value == value and span.vague == phrase


def test_a_dozen_is_approximate_and_spelled_numbers_are_marked():
    (dozen,) = find_numbers("a dozen")
    (words,) = find_numbers("seventeen")
    assert dozen.approx and words.words and not words.approx


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("between 20 and 30 people", 20, 30),
        ("20 to 30 people", 20, 30),
        ("20-30 people", 20, 30),
        ("20 – 30 people", 20, 30),
        ("30,000 to 45,000 people", 30_000, 45_000),
        ("1 to 2 million people", 1_000_000, 2_000_000),
    ],
)
def test_ranges_give_low_and_high(text, low, high):
    (span,) = find_numbers(text)
    assert (span.value, span.low, span.high) == (low, low, high)


def test_offsets_cover_the_number_in_the_original_text():
    text = "Officials said 75 000 people and twenty-one others."
    spans = find_numbers(text)
    assert [text[s.start : s.end] for s in spans] == ["75 000", "twenty-one"]


@pytest.mark.parametrize(
    "text",
    [
        "a 9-year-old boy",
        "a three-day deadline",
        "F-16 jets",
        "COVID-19 cases",
        "the 1990s",
        "won 6-3",
        "the 21st century",
        "at 6.30pm",
        "a 2.5 rating",
        "#39;s",
    ],
)
def test_things_that_are_no_cardinal(text):
    assert find_numbers(text) == []


def test_and_joins_two_numbers_only_after_between():
    assert [s.value for s in find_numbers("killed 20 and wounded 30")] == [20, 30]
    assert [s.value for s in find_numbers("rose from 20 to 30")] == [20, 30]


def test_words_split_into_separate_numbers():
    assert [s.value for s in find_numbers("one two twenty one")] == [1, 2, 21]


# --- properties ------------------------------------------------------------------------------------

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
]
_ONES += ["sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words_below_1000(n: int, hyphen: bool, use_and: bool) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} hundred")
        n %= 100
        if n and use_and:
            parts.append("and")
    if n >= 20:
        parts.append(_TENS[n // 10] + (("-" if hyphen else " ") + _ONES[n % 10] if n % 10 else ""))
    elif n:
        parts.append(_ONES[n])
    return " ".join(parts)


def to_words(n: int, hyphen: bool = True, use_and: bool = False) -> str:
    """English words for 1 <= n < 10**12 ("two million three hundred and five")."""
    parts = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            parts.append(f"{_words_below_1000(n // scale, hyphen, use_and)} {name}")
            n %= scale
    if n:
        parts.append(_words_below_1000(n, hyphen, use_and))
    return " ".join(parts)


def _digits(n: int, style: str) -> str:
    if style == "comma":
        return f"{n:,}"
    if style == "space":
        return f"{n:,}".replace(",", " ")
    if style == "dot":
        return f"{n:,}".replace(",", ".")
    if style == "arabic":
        return str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    return str(n)


@given(st.integers(1, 999_999_999), st.booleans(), st.booleans())
def test_words_parse_back(n, hyphen, use_and):
    assert parse_number(to_words(n, hyphen, use_and)) == n


@given(st.integers(1, 10**10), st.sampled_from(["plain", "comma", "space", "dot", "arabic"]))
def test_digits_parse_back(n, style):
    assert parse_number(_digits(n, style)) == n


@given(st.text(max_size=300))
def test_find_numbers_never_crashes_and_spans_are_ordered(text):
    spans = find_numbers(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
