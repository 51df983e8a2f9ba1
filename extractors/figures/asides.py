"""Asides between a count and what it counts: "( ... )", ", ... ,", a spaced dash ("residents - nearly a
third of them - have"). `skip_aside` says where the walk (extractors.figures.walk) and the forcing rule
(extractors.figures.binding) go on after one.
"""

from __future__ import annotations

from extractors.figures import lexicon as lx
from extractors.figures.phrases import low, match_fwd
from extractors.figures.sentences import Tok
from extractors.figures.units import parts_aside

_ASIDE_NUMBERS = {"including", "among", "mostly", "mainly", "many", "aged", "or"}  # ", or 430 families,"


def skip_aside(toks: list[Tok], j: int, np: list[int]) -> int | None:
    """Index after "( ... )" or ", ... ," starting at j, or None when there is no such aside."""
    opener = toks[j].text
    closer = (
        ")" if opener == "(" else opener
    )  # "," or a spaced dash: "residents - nearly a third of them - have"
    limit = min(len(toks), j + (14 if opener == "(" else 10))
    numbers_ok = opener == "(" or low(toks, j + 1) in _ASIDE_NUMBERS
    numbers_ok = (
        numbers_ok
        or low(toks, j + 2) == "of"
        and low(toks, j + 3) in ("them", "whom")
        or _share(toks, j, limit)
        or parts_aside(toks, j, limit) is not None
    )  # ", 3 of them", ", about nine in ten of the population,", ", two Italians and a Canadian,"
    for k in range(j + 1, limit):
        t = toks[k]
        if t.text == closer and not (numbers_ok and closer == "," and _list_goes_on(toks, k + 1)):
            return k + 1 if np or opener == "(" else None
        if t.kind in "nd" and not numbers_ok or match_fwd(toks, k, lx.POST) and opener != "(":
            return None
    return None


def spaced(toks: list[Tok], j: int) -> bool:
    """A dash with a space on each side (a dash of any kind is "-" after normalising): an aside, not a hyphen."""
    return 0 < j < len(toks) - 1 and toks[j - 1].end < toks[j].start and toks[j].end < toks[j + 1].start


def _share(toks: list[Tok], j: int, limit: int) -> bool:
    """An aside that gives a share, not a count: ", nine in ten of the population,", ", 80 percent of them,"."""
    words = [t.low for t in toks[j + 1 : limit]]
    return any(w in ("percent", "%", "population", "proportion") for w in words) or any(
        toks[k].kind == "n"
        and low(toks, k + 1) in ("in", "out")
        and toks[k + 2 + (low(toks, k + 1) == "out")].kind == "n"
        for k in range(j + 1, limit - 3)
    )


def _list_goes_on(toks: list[Tok], j: int) -> bool:
    """ ", aged 14, 16 and 19,": after the comma, a number or "and" continues the aside."""
    return j < len(toks) and (toks[j].kind == "n" or toks[j].low == "and")


_PART_ASIDE = _ASIDE_NUMBERS - {"aged", "or"} | {"most"}  # (words only: ", including Rohingya refugees,")


def past_aside(toks: list[Tok], lows: list[str], np: list[int], j: int) -> int:
    """The index after an aside at j on the noun phrase `np` ("( ... )", ", ... ,", or ", including / mostly
    ... ," even with a casualty word in it: "moved 190,000 people, including Rohingya refugees, into
    shelters"), else j."""
    if not np or lows[j] not in (",", "("):
        return j
    if lows[j] == "," and lows[j + 1] in _PART_ASIDE:
        close = next((c for c in range(j + 2, min(len(toks), j + 10)) if lows[c] in (",", ";")), None)
        if close is not None and lows[close] == "," and all(t.kind == "w" for t in toks[j + 2 : close]):
            return close + 1
    after = skip_aside(toks, j, np)
    return j if after is None else after
