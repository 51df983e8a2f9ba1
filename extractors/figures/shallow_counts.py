"""Quantities that count no one in the shared Arabic and French grammar (extractors.figures.shallow): years,
money, ages, places, seats and dates by the word before or after them, and subgroups ("dont 12 enfants",
"بينهم 7 أطفال") unless a verb of their own follows; person duals ("طبيبين") name what they count."""

from __future__ import annotations

from extractors.figures.lang import Vocab
from extractors.figures.quantities import Qty


def person_dual(word: str, v: Vocab) -> bool:
    """A dual of a person noun that counts two ("طبيبين"), not one of a kind word ("قتيلين")."""
    dual = v.find(v.duals, word)
    return dual is not None and dual[0] == 2 and dual[1] is None


def blocked(words: list[str], q: Qty, v: Vocab) -> bool:
    """Years, money, ages, seats, dates, subgroups: not a figure."""
    after = words[q.j] if q.j < len(words) else ""
    before = words[q.i - 1] if q.i > 0 else ""
    if v.find(v.blockers_before, before, article=False):
        return True
    if not person_dual(words[q.j - 1], v):  # a person dual names what it counts: "طبيبين من مستشفى"
        if v.find(v.blockers_after, after):
            return True
        if len(after) <= 2 and q.j + 1 < len(words) and v.find(v.blockers_after, words[q.j + 1]):
            return True  # "2 milliards de dinars"
    if (
        any(v.find(v.subgroup, w) for w in words[max(0, q.i - 2) : q.i])
        and after not in v.auxiliaries
        and not (after and v.role(after).trigger)  # (a part named by a casualty word: "dont 35 blessés")
    ):
        return True  # (a part with a verb of its own is the figure: "40 fidèles, dont 12 ont été blessés")
    if q.plain4 and 1900 <= q.value <= 2100:
        return not (v.find(v.persons, after) or v.find(v.triggers, after) or v.find(v.households, after))
    return False
