"""Care after harm before a count's own words: the people sent to hospital or treated for their wounds are
injured ("sent 12 people to hospital", "treated 29 people for gunshot wounds"). Read by
extractors.figures.binding when the word before the count is a verb of sending or treating."""

from __future__ import annotations

from extractors.figures import lexicon as lx

_TREAT = {"treated", "treating", "treat", "treats"}


def cared_for(lows: list[str], k: int, j: int) -> bool:
    """The verb at k sends the people whose noun phrase ends at j to hospital, or treats them for an injury;
    `lows` is the padded list of lower-cased tokens."""
    if lows[k] in lx.HOSPITAL_VERBS:
        return _to_hospital(lows, j)
    return lows[k] in _TREAT and _for_injuries(lows, j)


def _to_hospital(lows: list[str], j: int) -> bool:
    """ "to hospital", "to a nearby hospital", "into the local hospitals" at j."""
    if lows[j] not in ("to", "in", "into"):
        return False
    return any(lows[j + d] in lx.HOSPITALS for d in (1, 2, 3) if lows[j + d - 1] not in ("and", ","))


def _for_injuries(lows: list[str], j: int) -> bool:
    """ "for wounds", "for gunshot wounds", "for serious burn injuries" at j (up to two words before the injury
    noun, none of them "and" or a comma)."""
    if lows[j] != "for":
        return False
    for d in (1, 2, 3):
        if lows[j + d] in lx.INJURY_FORMS:
            return True
        if lows[j + d] in ("and", ",", "") or lows[j + d] in lx.PREPOSITIONS:
            return False
    return False
