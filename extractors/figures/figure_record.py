"""`make_figure`: a `Figure` (extractors.records) built without its dataclass `__init__`.

A frozen dataclass sets each field through `object.__setattr__(self, name, value)`, a call that looks the
field up by name (its own `__setattr__` refuses). `make_figure` builds the object as an instance of
`_Unfrozen`, a class with the same slots in the same order and a plain `__init__` (a slot store each), then
makes it a `Figure` (`__class__` assignment, allowed between classes of the same layout): the same object, at
about a third of the cost (17 fields, two figures a sentence). It is only valid while `Figure.__init__` does
nothing else (no `__post_init__`, no field converters), which is checked at import;
tests/figures/test_fast_paths_records.py compares it with `Figure(...)`.
"""

from __future__ import annotations

from dataclasses import fields

from extractors.records import Figure

__all__ = ["make_figure"]

_FIELDS = "kind value qualifier unit start end sentence low high vague term scope attribution location as_of"
if (
    [f.name for f in fields(Figure)] != [*_FIELDS.split(), "text", "period_start"]
    or Figure.__slots__ != (*_FIELDS.split(), "text", "period_start")
    or hasattr(Figure, "__post_init__")
):
    raise ImportError("extractors.records.Figure changed: make_figure sets its fields by position")


class _Unfrozen:
    """Figure's slots, in Figure's order, set by a plain `__init__` (never used as itself: see make_figure)."""

    __slots__ = Figure.__slots__

    def __init__(
        self, kind, value, qualifier, unit, start, end, sentence, low, high, vague, term, scope, attribution,
        location, as_of, text, period_start,
    ) -> None:  # fmt: skip
        self.kind = kind
        self.value = value
        self.qualifier = qualifier
        self.unit = unit
        self.start = start
        self.end = end
        self.sentence = sentence
        self.low = low
        self.high = high
        self.vague = vague
        self.term = term
        self.scope = scope
        self.attribution = attribution
        self.location = location
        self.as_of = as_of
        self.text = text
        self.period_start = period_start


def make_figure(
    kind, value, qualifier, unit, start, end, sentence, low, high, vague, term, scope, attribution, location,
    as_of, text, period_start,
) -> Figure:  # fmt: skip
    """`Figure(...)` with the same arguments, by position."""
    o = _Unfrozen(
        kind, value, qualifier, unit, start, end, sentence, low, high, vague, term, scope, attribution, location,
        as_of, text, period_start,
    )  # fmt: skip
    o.__class__ = Figure  # type: ignore[assignment]
    return o  # type: ignore[return-value]


make_figure(
    "", 0, "", "", 0, 0, "", *[None] * 4, "", *[None] * 5
)  # fails here, not later, if the layouts differ
