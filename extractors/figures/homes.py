"""What happened to people's homes and where they went: "800 people whose homes were washed away" (displaced),
", the majority fleeing attacks" (displaced), "IDPs have returned" (no longer displaced)."""

from __future__ import annotations

from extractors.figures import lemmas as lm
from extractors.figures import lexicon as lx
from extractors.figures.phrases import low, match_fwd
from extractors.figures.sentences import Tok

HOMES_AT = frozenset({"had", "have", "has", "whose"})  # the words `homes_lost` needs at j: tested first


def homes_lost(toks: list[Tok], j: int) -> bool:
    """ "whose homes were swept away" right after the noun phrase at j: the people or families lost their
    homes, so they are displaced ("800 people whose homes were washed away are housed in tents")."""
    start = j + 2
    if low(toks, j) in ("have", "has") and low(toks, j + 1) == "had":
        j += 1  # "300 people have had their houses destroyed"
    if low(toks, j) in ("had", "have", "has") and low(toks, j + 1) in ("their", "its"):
        start = j + 3  # "Around 30 families had their homes washed away"
    elif low(toks, j) != "whose":
        return False
    if low(toks, start - 1) not in lx.DWELLINGS:
        return False
    for k in range(start, min(len(toks), start + 4)):
        m = match_fwd(toks, k, lx.POST)
        if m is not None:
            return bool(m[1].roles & lx.DWELL)
        if toks[k].low in _UNLIVABLE or toks[k].low == "no" and low(toks, k + 1) == "longer":
            return low(toks, k + 1) != "longer" or low(toks, k + 2) in _UNLIVABLE | {"safe", "habitable"}
        if toks[k].low not in lx.AUX and toks[k].low not in ("declared", "deemed", "considered"):
            return False
    return False


# Homes left unfit to live in: "whose homes were (declared) uninhabitable", "no longer safe to live in".
_UNLIVABLE = {"uninhabitable", "unsafe", "unlivable", "unfit", "condemned"}


def fleeing_later(toks: list[Tok], j: int) -> bool:
    """ ", (the majority) fleeing ..." later in the clause of a count that has no trigger of its own:
    "18,000 Rohingya have entered Cox's Bazar since January, fleeing the fighting"."""
    for k in range(j, min(len(toks), j + 20)):
        if toks[k].kind == "n" and low(toks, k + 1) not in lx.NON_PERSON or toks[k].text in (";", ":"):
            return False  # (not a duration: "in the past two weeks")
        if toks[k].low == "fleeing":
            if low(toks, k - 1) == "after":  # "7,000 people arrived in Monguno in the past two weeks after
                return any(t.low in _ARRIVED for t in toks[j:k])  # fleeing attacks"
            return low(toks, k - 1) in (",", "majority", "most", "many", "all", "mostly")
    return False


_ARRIVED = lx.forms(lm.ARRIVE)


_GO = {"went", "go", "goes", "gone", "going", "came", "come", "comes", "coming", "headed", "moved", "moving"}


def returned(toks: list[Tok], j: int) -> bool:
    """A return within 5 words after the noun phrase ending at j: "IDPs have returned", "6,500 IDPs went
    back to their areas of origin", "came home": the count is of people no longer displaced."""
    for k in range(j, min(len(toks), j + 5)):
        w = toks[k].low
        if w in lx.RETURN or w in _GO and low(toks, k + 1) in ("back", "home"):
            return True
    return False
