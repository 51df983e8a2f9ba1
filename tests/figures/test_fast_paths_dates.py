"""The date resolver reads the groups of the branch that matched (m.lastgroup), not a dict of all groups:
it gives what the plain resolver over m.groupdict() gives (see test_fast_paths for the other shortcuts)."""

from __future__ import annotations

import re
import sys
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.figures.patterns import lower
from extractors.figures.words import words as words_of
from tests.figures.test_fast_paths import _DATE_WORDS, SENTENCES

dates = sys.modules["extractors.figures.dates"]


def _plain_resolve(m, sentence, published):  # the resolver that read m.groupdict()
    g = m.groupdict()
    for group in ("month", "month2", "month3"):
        if g[group] and not sentence[m.start(group)].isupper():
            return None  # "may", "march" as words
    if g["iso"]:
        return dates._safe(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g["dotted"]:
        return dates._safe(int(g["dy"]), int(g["dm"]), int(g["dd"]))
    if g["dmy"]:
        return dates._with_year(dates._MONTHS[g["month"].lower()], int(g["d1"]), g["y1"], published)
    if g["mdy"]:
        return dates._with_year(dates._MONTHS[g["month2"].lower()], int(g["d2"]), g["y2"], published)
    if g["period"]:
        if (
            g["month3"] == "May"
            and not (g["part"] or g["y3"])
            and not re.search(
                r"\b(?:in|since|early|late|of|until|by|from|through)\s+$",
                m.string[max(0, m.start() - 8) : m.start()],
            )
        ):
            return None  # "May" the verb
        part = (g["part"] or "").lower().removeprefix("the ")
        return dates._with_year(
            dates._MONTHS[g["month3"].lower()], dates._PART.get(part, 1), g["y3"], published
        )
    if g["year"]:
        return date(int(g["year"]), 1, 1)
    if published is None:
        return None
    if g["weekday"]:
        back = (published.weekday() - dates._WEEKDAYS.index(g["weekday"].lower())) % 7
        return published - timedelta(days=back)
    if g["rel"]:
        return dates._relative(g["rel"], published)
    if g["ago"]:
        n = {"a": 1, "an": 1}.get(g["n"].lower()) or dates.parse_number(g["n"]) or 0
        unit = g["unit"].lower()
        if unit == "day":
            return published - timedelta(days=n)
        if unit == "week":
            return published - timedelta(weeks=n)
        if unit == "month":
            return dates._months_back(published, n)
        return dates._safe(published.year - n, published.month, min(published.day, 28))
    return None


_PUBLISHED = [None, date(2024, 5, 4), date(2023, 1, 1)]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=10), st.sampled_from([" ", "  ", "-"]))
def test_dates_resolve_by_their_branch_as_by_the_groupdict(words, sep):
    text = sep.join(words)
    for m in dates._DATE.finditer(lower(text)):
        for published in _PUBLISHED:
            assert dates._resolve(m, text, published) == _plain_resolve(m, text, published), text


def test_dates_resolve_by_their_branch_on_the_stress_sentences():
    for sentence in SENTENCES + [
        "3 weeks ago",
        "an hour ago",
        "two days ago",
        "2024-05-01",
        "in 2019",
        "May 4",
    ]:
        for m in dates._DATE.finditer(lower(sentence)):
            for published in _PUBLISHED:
                assert dates._resolve(m, sentence, published) == _plain_resolve(m, sentence, published)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_DATE_WORDS, "2024", "1999", "2024-05-01", "4.5.2023", "٢٠٢٤", "café"]), max_size=10
    )
)
def test_without_a_publication_date_only_a_sentence_with_four_digits_is_read_for_dates(words):
    text = " ".join(words)
    for seen in (None, words_of(lower(text))):
        full = dates._found(text, None, lower(text), seen)
        expected = (
            [(s, e, d, asof) for s, e, d, asof, since in full if since is None],
            [(s, e, d, False) for s, e, d, _, since in full if since == "start"],
        )
        assert dates.date_cues(text, None, lower(text), seen) == expected, text
        if not re.search(r"\d{4}", text):
            assert full == [], text  # what date_cues returns at once


def test_without_a_publication_date_the_stress_sentences_date_as_before():
    for sentence in SENTENCES:
        full = dates._found(sentence, None)
        assert dates.date_cues(sentence, None) == (
            [(s, e, d, asof) for s, e, d, asof, since in full if since is None],
            [(s, e, d, False) for s, e, d, _, since in full if since == "start"],
        )
