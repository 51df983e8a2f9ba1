"""What happened to people's homes and where they went: "800 people whose homes were washed away" (displaced),
", the majority fleeing attacks" (displaced), "IDPs have returned" (no longer displaced), "forced / moved N
people out of their homes, to safety, into shelters" (displaced, unless it has not happened yet)."""

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


def returned(toks: list[Tok], j: int, relative: bool = False) -> bool:
    """A return within 5 words after the noun phrase ending at j: "IDPs have returned", "6,500 IDPs went back to
    their areas of origin", "came home": the count is of people no longer displaced. `relative`: the trigger is a
    relative clause's ("people who had fled the fighting in Tal Afar have returned"), so the main verb may come
    up to 11 words later, in the same clause."""
    for k in range(j, min(len(toks), j + (11 if relative else 5))):
        w = toks[k].low
        if w in lx.RETURN or w in _GO and low(toks, k + 1) in ("back", "home"):
            return True
        if k >= j + 4 and (toks[k].kind != "w" or w in ("and", "but", "while", "or")):
            return False  # further on, only in the same clause: "people who had fled the fighting in Tal Afar
    return False  # have returned" (but not "... fled the fighting, and 2,000 others returned")


_PLACES_OUT = {"villages", "village", "area", "areas", "city", "cities", "town", "towns", "region", "land"}
_PLACES_OUT |= {"lands", "district", "districts", "neighbourhoods", "neighborhoods", "country", "camps"}
# where people stay away from home too: "moved more than 19,000 people from hotels and villages"
_PLACES_OUT |= {
    "hotels",
    "hotel",
    "resorts",
    "resort",
    "neighbourhood",
    "neighborhood",
    "settlements",
    "suburbs",
}
_PLACES_OUT |= {"island", "islands", "coast", "coastline", "valley", "zone", "zones", "quarter", "quarters"}


def force_continuation(toks: list[Tok], j: int) -> str | None:
    """The displacement term after "forced N [people]": "out of their homes", "to flee", "into camps"."""
    if low(toks, j) in ("of", "in"):  # "ordered 27,000 residents of the northern suburbs to leave", "moved
        # 190,000 people in Cox's Bazar and Chattogram to 576 cyclone shelters"
        j = next(
            (k for k in range(j + 1, min(len(toks), j + 8)) if low(toks, k) in ("to", "out", "from", "into")),
            j,
        )
    w = low(toks, j)
    if w in ("out", "from"):
        k = j + 1 if w == "from" else (j + 2 if low(toks, j + 1) == "of" else -1)
        if k < 0:
            return None
        if low(toks, k) in ("their", "the", "his", "her", "its"):
            k += 1
        name = k
        while k < len(toks) and toks[k].upper and low(toks, k) not in _PLACES_OUT and k < j + 4:
            k += 1  # a name before the place noun: "from the Al-Harsha area", "from Marawi City"
        if low(toks, k) in lx.DWELLINGS | _PLACES_OUT:
            return "forced to flee"
        named = k > name and low(toks, name - 1) != "the" and low(toks, k) in ("", ",", ".", "and", "in", ";")
        return "forced to flee" if named else None  # a bare place name: "forced 350,000 people from Marawi"
    if w == "to":
        v = low(toks, j + 1)
        if v in ("flee", "leave", "abandon", "move", "relocate", "seek", "escape"):
            return "forced to flee"
        if v in ("take", "find") and low(toks, j + 2) in ("refuge", "shelter"):
            return "sheltered"  # "forced 230 families to take refuge in a school"
        if v == "evacuate" or (v == "be" and low(toks, j + 2) == "evacuated"):
            return "evacuated"
        if v == "be" and low(toks, j + 2) in ("relocated", "displaced"):
            return low(toks, j + 2)  # "relocated" or "displaced"
    if w in ("into", "to"):  # "into camps", "into (concrete cyclone) shelters", "to 576 cyclone shelters"
        words = {"into": _INTO_SHELTER, "to": _TO_SHELTER}[w]
        into = next((low(toks, k) for k in range(j + 1, j + 5) if low(toks, k) in words), None)
        if into in _SAFETY:
            return "relocated"  # "moved 4,500 people to safety / to higher ground"
        if into is not None:
            return "sheltered" if into != "exile" else "forced to flee"
    return None


_INTO_SHELTER = {"shelters", "camps", "exile", "hiding", "temporary", "emergency"}
_INTO_SHELTER |= {"shelter", "evacuation", "collective", "relief"}  # "into 1,300 shelter centres"
_TO_SHELTER = {"shelters", "camps", "schools", "centres", "centers", "relatives"}
_SAFETY = {"safety", "safer", "higher"}  # "moved 4,500 people to safety / to safer areas / to higher ground"
_TO_SHELTER |= _SAFETY
