"""`extractors.figures._near` skips the per-number test on a long sentence where every offset is within
REACH of a trigger word: it must say None exactly when the test would pass everywhere, and otherwise test
as the plain distance to the nearest trigger word."""

from __future__ import annotations

from bisect import bisect_left

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extractors.figures as figures
from extractors.figures import REACH, _near


def _plain_near(mine: list[int], offset: int) -> bool:
    return any(abs(t - offset) <= REACH for t in mine)


@settings(max_examples=1500, deadline=None)
@given(
    st.integers(0, 300),
    st.integers(2 * REACH + 1, 4 * REACH),
    st.lists(st.integers(0, 4 * REACH), min_size=1, max_size=8),
    st.lists(st.integers(0, 6 * REACH), max_size=6),
)
def test_near_is_none_only_where_every_offset_is_near(start, length, inside, outside):
    end = start + length
    mine = sorted({start + i % length for i in inside})
    triggers = sorted({*mine, *(o for o in outside if not start <= o < end)})
    first = triggers.index(mine[0])
    near = _near(triggers, first, start, end)
    everywhere = all(_plain_near(mine, o) for o in range(start, end))
    assert (near is None) == everywhere
    if near is not None:
        assert [near(o) for o in range(start, end)] == [_plain_near(mine, o) for o in range(start, end)]


@pytest.mark.parametrize(
    "mine, start, end",
    [
        ([REACH, 3 * REACH + 1], 0, 4 * REACH + 2),  # a gap of 2 * REACH + 1, ends at REACH: near everywhere
        ([REACH, 3 * REACH + 2], 0, 4 * REACH + 3),  # one more: the middle offset is too far
        ([REACH + 1, 2 * REACH], 0, 3 * REACH),  # the first offset is too far
        ([REACH], 0, 2 * REACH + 2),  # the last offset is too far
        ([REACH], 0, 2 * REACH + 1),
    ],
)
def test_near_at_the_edges_of_its_reach(mine, start, end):
    near = _near(mine, 0, start, end)
    assert (near is None) == all(_plain_near(mine, o) for o in range(start, end))


def test_a_line_dense_with_trigger_words_gives_the_figures_of_the_tested_numbers(monkeypatch):
    line = "Markets rose 12 points as 40 people were killed and 4,500 injured in clashes on 3 March " * 40
    line += "and then " + "calm, " * 200 + "2 were killed. "
    calls = []
    real = figures._near

    def counting(*args):
        calls.append(real(*args))
        return calls[-1]

    monkeypatch.setattr(figures, "_near", counting)
    found = figures.extract_figures(line)
    assert None in calls and any(near is not None for near in calls)

    def always_tested(triggers, first, start, end):
        mine = triggers[first : bisect_left(triggers, end, first)]
        return lambda offset: _plain_near(mine, offset)

    monkeypatch.setattr(figures, "_near", always_tested)
    assert found == figures.extract_figures(line) and len(found) >= 40
