"""`make_figure`: a `Figure` (extractors.records) built without its dataclass `__init__`.

A frozen dataclass sets each field through `object.__setattr__(self, name, value)`, a call that looks the
field up by name; `make_figure` allocates the object and sets each slot through the slot's own descriptor,
which is what that call ends in: the same object, about half the cost (17 fields, two figures a sentence).
It is only valid while `Figure.__init__` does nothing else (no `__post_init__`, no field converters), which
is checked at import; tests/figures/test_fast_paths.py compares it with `Figure(...)`.
"""

from __future__ import annotations

from dataclasses import fields

from extractors.records import Figure

__all__ = ["make_figure"]

_FIELDS = "kind value qualifier unit start end sentence low high vague term scope attribution location as_of"
if [f.name for f in fields(Figure)] != [*_FIELDS.split(), "text", "period_start"] or hasattr(
    Figure, "__post_init__"
):
    raise ImportError("extractors.records.Figure changed: make_figure sets its fields by position")


def _maker():
    new = object.__new__
    (
        s_kind, s_value, s_qualifier, s_unit, s_start, s_end, s_sentence, s_low, s_high, s_vague, s_term,
        s_scope, s_attribution, s_location, s_as_of, s_text, s_period_start,
    ) = [getattr(Figure, f.name).__set__ for f in fields(Figure)]  # fmt: skip

    def make_figure(
        kind, value, qualifier, unit, start, end, sentence, low, high, vague, term, scope, attribution, location,
        as_of, text, period_start,
    ) -> Figure:  # fmt: skip
        """`Figure(...)` with the same arguments, by position."""
        o = new(Figure)
        s_kind(o, kind)
        s_value(o, value)
        s_qualifier(o, qualifier)
        s_unit(o, unit)
        s_start(o, start)
        s_end(o, end)
        s_sentence(o, sentence)
        s_low(o, low)
        s_high(o, high)
        s_vague(o, vague)
        s_term(o, term)
        s_scope(o, scope)
        s_attribution(o, attribution)
        s_location(o, location)
        s_as_of(o, as_of)
        s_text(o, text)
        s_period_start(o, period_start)
        return o

    return make_figure


make_figure = _maker()
