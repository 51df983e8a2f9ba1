"""A household count restated in people in a table or a list of labels: the figure is the people
(evaluation/BLIND.md, "Two label conventions"): "Households displaced: 2,340. Individuals displaced: 11,870",
"New arrivals (IDPs): 4,850 individuals / Households: 812". Destroyed homes stay a figure of their own
("Houses destroyed: 325,000 ... People in relief camps: 498,000"), and so do households next to another kind
("households displaced: 487; persons injured: 19")."""

from __future__ import annotations

from extractors.records import Figure

_NEAR = 120  # characters between the two labelled numbers: one record of the table
_SIZES = (2, 10)  # people per household: a restatement, not the count of another group


def drop_restated_households(figures: list[Figure], text: str) -> list[Figure]:
    """`figures` without the labelled household counts that a labelled people count next to them restates."""
    if not any(f.unit == "households" for f in figures):
        return figures
    return [
        f
        for k, f in enumerate(figures)
        if not (
            _household_label(f, text) and any(_restates(g, f, text) for g in figures[max(0, k - 2) : k + 3])
        )
    ]


def _household_label(f: Figure, text: str) -> bool:
    """A labelled count of displaced households ("Households: 812"), not of destroyed homes."""
    return (
        f.kind == "displaced"
        and f.unit == "households"
        and f.term != "destroyed housing"
        and _labelled(text, f)
    )


def _restates(g: Figure, f: Figure, text: str) -> bool:
    """`g` is a labelled count of displaced people near `f`, 2 to 10 people for each of its households."""
    return (
        g.kind == "displaced"
        and g.unit == "people"
        and abs(g.start - f.start) <= _NEAR
        and _SIZES[0] * f.value <= g.value <= _SIZES[1] * f.value
        and _labelled(text, g)
    )


def _labelled(text: str, f: Figure) -> bool:
    """The number stands after a label's colon or dash: "Households: 812", "people displaced - 3,000"."""
    before = text[max(0, f.start - 4) : f.start].rstrip()
    return before.endswith((":", "-", "–", "="))
