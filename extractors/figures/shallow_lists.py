"""Counts in a list in the shared Arabic and French grammar (extractors.figures.shallow): a count joined by a
conjunction to a bound count beside it shares that count's trigger ("ont blessé sept policiers et trois
civils", "Sept policiers et trois civils ont été blessés", "أصيب 7 شرطيين و3 مدنيين"); a household count
restated in people gives the people ("250 ménages, soit environ 1 400 personnes, ont été déplacés")."""

from __future__ import annotations

from extractors.figures.lang import Vocab
from extractors.figures.quantities import Qty


def share_coordinated(words: list[str], qs: list[Qty], bounds: list, v: Vocab) -> None:
    """A count joined by a conjunction to a bound count beside it shares that count's trigger, when both count
    people: "ont blessé sept policiers et trois civils", "Sept policiers et trois civils ont été blessés",
    "أصيب 7 شرطيين و3 مدنيين". `bounds` ((kind, trigger index) or None, one per count) is filled in place."""
    pairs = list(zip(range(len(qs) - 1), range(1, len(qs)), strict=True))
    for a, b in pairs + pairs[::-1]:
        if (bounds[a] is None) == (bounds[b] is None):
            continue
        gap = words[qs[a].j : qs[b].i]
        if not 2 <= len(gap) <= 5 or gap[-1] not in v.conjunctions and gap[-1] != ",":
            continue
        if any(v.role(w).trigger for w in gap) or not (_people(words, qs[a], v) and _people(words, qs[b], v)):
            continue
        if bounds[a] is not None and 0 <= bounds[a][1] < qs[a].i:
            if any(
                len(w) > 1 and w in v.auxiliaries or v.role(w).trigger for w in words[qs[b].j : qs[b].j + 3]
            ):
                continue  # the second has a verb of its own: "a blessé 7 policiers et 2 000 manifestants ont défilé"
            bounds[b] = bounds[a]  # the verb before the first: "ont blessé sept policiers et trois civils"
        elif bounds[b] is not None and bounds[b][1] >= qs[b].j:
            bounds[a] = bounds[b]  # the verb after the last: "Sept policiers et trois civils ont été blessés"


def _people(words: list[str], q: Qty, v: Vocab) -> bool:
    """One of the three words after `q` is a person or household noun ("7 من عناصر الشرطة", "sept policiers")."""
    return any(v.find(v.persons, w) or v.find(v.households, w) for w in words[q.j : q.j + 3])


RESTATE = frozenset({"soit", "أي", "اي"})  # "that is": a restatement aside, ", soit 1 400 personnes,"


def restated_people(words: list[str], qs: list[Qty], bounds: list, v: Vocab) -> None:
    """A bound household count followed by ", soit N personnes," / "، أي N شخص،" gives its figure to the
    people instead (the sets' convention, evaluation/BLIND.md): `bounds` is changed in place."""
    for a in range(len(qs) - 1):
        j = qs[a].j
        if bounds[a] is None or j + 2 >= len(words):
            continue
        restated = v.find(v.households, words[j]) and words[j + 1] == "," and words[j + 2] in RESTATE
        if not restated or v.find(v.households, words[qs[a + 1].j]):
            continue
        if bounds[a + 1] is None and _people(words, qs[a + 1], v):
            bounds[a + 1], bounds[a] = bounds[a], None
        elif bounds[a + 1] is not None and bounds[a + 1][0] == bounds[a][0]:
            bounds[a] = None  # "نزحت 500 أسرة، أي نحو 3000 نازح": the restated count has the trigger noun
    for b in range(1, len(qs)):  # the restatement after the clause: "320 عائلة نزحت من ...، أي نحو 1600 نازح"
        a, t = b - 1, next((t for t in range(qs[b].i - 1, max(0, qs[b].i - 4), -1) if words[t] in RESTATE), 0)
        if not t or words[t - 1] != "," or bounds[a] is None or not v.find(v.households, words[qs[a].j]):
            continue
        if (
            bounds[b] is None
            and _people(words, qs[b], v)
            or bounds[b] is not None
            and bounds[b][0] == bounds[a][0]
        ):
            bounds[b], bounds[a] = bounds[b] or bounds[a], None


def same_kind_parts(words: list[str], qs: list[Qty], bounds: list, v: Vocab) -> None:
    """A part with a verb of its own ("dont quatre sont toujours détenues") is a figure only of another kind
    than the figure it is part of: "12 personnes ont été arrêtées ..., dont quatre sont toujours détenues" is
    one figure, 12 (but "40 fidèles, dont 12 ont été blessés" gives the 12). `bounds` is changed in place."""
    for b in range(1, len(qs)):
        around = words[max(0, qs[b].i - 2) : qs[b].i + 1 + (qs[b].j - qs[b].i)]  # "dont quatre", "اثنين منهم"
        if bounds[b] is None or not any(v.find(v.subgroup, w) for w in around):
            continue
        if any(bounds[a] is not None and bounds[a][0] == bounds[b][0] for a in range(b)):
            bounds[b] = None  # (any whole before it: "112 شهيدا و340 مصابا، بينهم 19 شهيدا")
