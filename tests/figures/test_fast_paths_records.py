"""The shortcuts around the figure records are exact: the source test before the source pattern accepts what
the pattern accepts, and the trigger scan of ASCII text finds what TRIGGER_STEMS finds."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.figures.patterns import lower

STRESS = [
    json.loads(line)["text"]
    for line in (Path(__file__).resolve().parents[1] / "data" / "figures_stress.jsonl").open(encoding="utf-8")
    if line.strip()
]


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="aAzZ Uu.-'é1ÉgroupNWHO", max_size=20))
def test_a_source_with_an_ascii_capital_is_accepted_as_by_the_source_pattern(span):
    sources = sys.modules["extractors.figures.sources"]
    assert sources._source_ok(span) == (sources._SOURCE_OK.search(span) is not None)


def test_the_bytes_twin_of_the_trigger_scan_reads_ascii_as_the_str_pattern_does():
    figures = sys.modules["extractors.figures"]
    pattern = figures.TRIGGER_STEMS.pattern
    assert set(re.findall(r"\\.", pattern)) <= {r"\b", r"\s", r"\-"}  # no other escape to read twice
    ascii_spaces = [chr(c) for c in range(128) if re.match(r"\s", chr(c))]
    assert ascii_spaces == [chr(c) for c in range(128) if re.match(figures._ASCII_SPACE, chr(c))]


_TRIGGER_TEXT = [
    "killed", "kill", "wounded", "dead", "left their", "left", "their", "homes", "moved", "hold", "holds", "people",
    "diesel", "x", "12", "_", "évacués",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(_TRIGGER_TEXT), max_size=12),
    st.sampled_from([" ", "  ", "\n", "\t", "\x1c", "-", ""]),
)
def test_trigger_starts_are_where_the_trigger_pattern_matches(words, sep):
    figures = sys.modules["extractors.figures"]
    low = sep.join(words)
    assert figures._trigger_starts(low) == [m.start() for m in figures.TRIGGER_STEMS.finditer(low)], low


def test_trigger_starts_on_the_stress_sentences():
    figures = sys.modules["extractors.figures"]
    for text in STRESS:
        low = lower(text)
        assert figures._trigger_starts(low) == [m.start() for m in figures.TRIGGER_STEMS.finditer(low)]


_SUBJECT_WORDS = ["it", "It", "IT", "he", "she", "they", "We", "i", "you", "this", "that", "there", "the", "UN",
                  "were", "was", "is", "has", "been", "will", "would", "killed", "shed", "ed", "Ed", "reported",
                  "-ed", "x", "İt", "ſhe", "\n", "  ", "12"]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_SUBJECT_WORDS), max_size=4), st.sampled_from([" ", "", "\n", "-"]))
def test_the_subject_tests_before_the_pronoun_and_clause_patterns_change_nothing(words, sep):
    sources = sys.modules["extractors.figures.sources"]
    span = sep.join(words)
    assert sources._pronoun(span) == (sources._PRONOUN.match(span) is not None), span
    gated = (sources._CLAUSE if "ed" in span else sources._AUXILIARY).search(span)
    assert (gated is None) == (sources._CLAUSE.search(span) is None), span
