"""The shortcuts around the figure records are exact: `make_figure` builds what `Figure(...)` builds, and the
source test before the source pattern accepts what the pattern accepts."""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.figures import extract_figures
from extractors.figures.figure_record import make_figure
from extractors.records import Figure

STRESS = [
    json.loads(line)["text"]
    for line in (Path(__file__).resolve().parents[1] / "data" / "figures_stress.jsonl").open(encoding="utf-8")
    if line.strip()
]


def _values(figure: Figure) -> list[object]:
    return [getattr(figure, f.name) for f in dataclasses.fields(Figure)]


def test_make_figure_builds_what_the_dataclass_builds_for_every_stress_figure():
    found = [f for text in STRESS for f in extract_figures(text, date(2024, 3, 2))]
    assert found
    for figure in found:
        values = _values(figure)
        made, plain = make_figure(*values), Figure(*values)
        assert type(made) is Figure
        assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
        assert _values(made) == _values(plain)


def test_a_made_figure_stays_frozen_and_replaceable():
    made = make_figure("killed", 3, "exact", "people", 0, 1, "3 killed", *[None] * 4, "unknown", *[None] * 5)
    assert made == Figure("killed", 3, "exact", "people", 0, 1, "3 killed")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.value = 4  # type: ignore[misc]
    assert dataclasses.replace(made, value=4).value == 4
    assert dataclasses.asdict(made) == dataclasses.asdict(
        Figure("killed", 3, "exact", "people", 0, 1, "3 killed")
    )


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="aAzZ Uu.-'é1ÉgroupNWHO", max_size=20))
def test_a_source_with_an_ascii_capital_is_accepted_as_by_the_source_pattern(span):
    sources = sys.modules["extractors.figures.sources"]
    assert sources._source_ok(span) == (sources._SOURCE_OK.search(span) is not None)
