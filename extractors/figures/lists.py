"""Lists that follow a figure and only break it down: "seven truck drivers - three Indians, three Kenyans and
an Egyptian -", "At least 100 people, including 20 children and nine aid workers, were killed". Their numbers
are parts of the figure, not figures of their own."""

from __future__ import annotations

from extractors.figures import lexicon as lx
from extractors.figures.asides import spaced
from extractors.figures.phrases import low, match_fwd
from extractors.figures.sentences import Tok
from extractors.figures.units import parts_aside

LIST_OPENERS = frozenset({"-", "(", ","})  # (every dash is "-" after normalising)


def listed_parts(toks: list[Tok], qs: int, o: int, whole: int | None = None) -> bool:
    """N (from qs) is an item of a list in dashes or brackets opened at o, right after the previous figure's
    noun phrase: "seven truck drivers - three Indians, three Kenyans and an Egyptian -", "5,000 people (3,000
    in Tana River and 2,000 in Garissa)". The list closes within a few words and names no casualty itself
    ("12 militants - 5 soldiers were also killed -" is a figure of its own). After a comma, the list is a
    breakdown when the count's verb follows it, or when its items add up to the previous figure, `whole`."""
    if not o < qs <= o + 12:
        return False
    opener = toks[o].text
    if opener == ",":  # ", two Italians and a Canadian, were seized"
        close = parts_aside(toks, o, o + 10)
        if close is None and whole is not None and low(toks, o - 1) in _GENERIC:
            close = _adds_up(toks, o, whole)  # "arrested three men, two Italians and a Canadian, in the raid"
        return close is not None and qs < close
    if opener != "(" and not spaced(toks, o):
        return False  # a hyphen ("5,000 people-3,000"), not a dash in spaces
    closer = ")" if opener == "(" else opener
    for j in range(o + 1, min(len(toks), o + 24)):
        t = toks[j]
        if t.text == closer:
            return j > qs
        if t.kind == "p" and t.text not in (",", ";") or match_fwd(toks, j, lx.POST | lx.NOUN) is not None:
            return False
    return False


def listed_after_including(toks: list[Tok], qs: int, np_end: int) -> bool:
    """N (from qs) after "and" or "," continues an "including ..." list that closes after it: "At least 100
    people, including 20 children and nine aid workers, were killed" (the nine are a part too). Not when the
    list closed before N ("including 3 children, and 50 others were wounded")."""
    if low(toks, np_end) not in (",", ")", ";", "."):
        return False
    if any(match_fwd(toks, j, lx.POST | lx.NOUN) for j in range(qs, np_end + 1)):
        return False  # an item with its own casualty word: "including two children, and 45 wounded"
    for j in range(qs - 2, max(-1, qs - 10), -1):
        w = low(toks, j)
        if w in ("including", "incl"):
            return any(t.kind == "n" for t in toks[j + 1 : qs - 1])
        if toks[j].kind == "p" and toks[j].text != "," or w in lx.AUX or match_fwd(toks, j, lx.POST):
            return False
    return False


# Heads a breakdown after an object count may split by nationality, sex or age: "arrested five people, three
# Tunisians and two Egyptians, on Monday" (not "killed 6 soldiers, 4 policemen and 2 civilians": a list).
_GENERIC = frozenset(
    {"people", "persons", "men", "women", "individuals", "suspects", "migrants", "foreigners", "nationals"}
    | {"workers", "hostages", "captives", "detainees", "prisoners", "passengers", "tourists"}
)
_ONE = frozenset({"a", "an", "one"})


def _adds_up(toks: list[Tok], o: int, whole: int) -> int | None:
    """The closing comma of ", two Italians and a Canadian," opened at o when its items ("N noun" or "a noun",
    joined by commas and a last "and") add up to `whole`; None otherwise."""
    total, last, j = 0, False, o + 1
    while j < min(len(toks), o + 16):
        t = toks[j]
        if t.kind == "n" and t.num.value is not None:
            total += t.num.value
        elif t.low in _ONE:
            total += 1
        else:
            return None
        j += 1
        words = 0
        while j < len(toks) and toks[j].kind == "w" and toks[j].low != "and" and words < 3:
            j, words = j + 1, words + 1
        if not words or j >= len(toks):
            return None
        if toks[j].low == "and":
            last, j = True, j + 1
        elif toks[j].text == "," and last:
            return j if total == whole else None
        elif toks[j].text == ",":
            j += 1
        else:
            return None
    return None
