"""Departure rules that need more than a phrase (the words are in extractors/figures/departure_words.py):

- leave + a named place after a residents' noun: "About 800,000 people have left Rafah" (`left_named`);
- the part, not the whole, in "19,000 of the city's 20,000 residents leaving" (`whole_at`);
- an appositive count before "has": "The population of Tawergha, some 30,000 people, has fled" (`apposed`);
- cross into a named country, not any place: "crossed into Chad", not "into the stadium" (`unnamed_crossing`).

Helpers of the walk (extractors.figures.walk) and the binding for the same tuning round: a participle after
households (`counts_people`), the verb group after "whose homes were damaged" (`relative_end`), a count inside
a prepositional phrase on the noun (`count_in_phrase`), a part of the homes counted before it
(`dwellings_before`), arrivals in a camp (`CAMP_WORDS`).
"""

from __future__ import annotations

from extractors.figures import departure_words as dw
from extractors.figures import lexicon as lx
from extractors.figures.counts import past_aux
from extractors.figures.phrases import low, np_word, person_like
from extractors.figures.sentences import Tok

# Words of a sentence that puts "N (new) arrivals" in a camp: the arrivals are displaced ("where 3,400 new
# arrivals were registered", in the Anka IDP camp), not tourists or migrants landing ("Lampedusa registered 3,400").
# (A bare "site" is no camp: "3,400 arrivals at the festival site"; "IDP sites", "transit site" are.)
CAMP_WORDS = frozenset({"camp", "camps", "idp", "idps", "displaced", "settlement", "settlements"})
CAMP_WORDS |= {"shelter", "shelters", "transit", "displacement", "refugee", "refugees", "evacuation"}
_ADVERBS = {"already", "since", "now", "reportedly", "so", "far", "also", "all", "recently", "just"}
_AUX = {"have", "has", "had", "having", "been"} | _ADVERBS
_AFTER_NAME = {"", ",", ".", ";", ":", "since", "for", "after", "in", "over", "amid", "as", "during", "and"}
_AFTER_NAME |= {"following", "to", "toward", "towards", "into", "by", "on", "before", "ahead", "with", "-"}
_TRIP_DETS = {"the", "a", "an", "their", "his", "her"}  # "for (the) holidays"
_BACK = {"return", "returned", "returning", "back", "home"}
_NOT_NAMES = {"the", "a", "an", "their", "his", "her", "its", "i"} | lx.WEEKDAYS | lx.MONTHS


def left_named(toks: list[Tok], head: Tok, j: int) -> bool:
    """ "800,000 people have left Rafah since ...": the noun phrase (head `head`) ending before j is the
    subject of leave, whose object is a name (capitalised words) that ends the clause."""
    if head.low not in dw.RESIDENTS:
        return False
    n = len(toks)
    while j < n and toks[j].low in _AUX:
        j += 1
    if j >= n or toks[j].low not in dw.LEAVE:
        return False
    k = j + 1
    while k < n and toks[k].kind == "w" and toks[k].upper and toks[k].low not in _NOT_NAMES and k < j + 4:
        k += 1
    if k == j + 1 or k < n and toks[k].low not in _AFTER_NAME or toks[j + 1].low in dw.NOT_PLACES:
        return False  # (not "300 people left Twitter": a platform or a bloc one leaves as a member)
    if trip_after(toks, k):
        return False  # "500 residents left Paris for the holidays": a trip, not a flight
    return not any(t.low in _BACK for t in toks[k : k + 5])  # not "left Rafah to return home to Khan Younis"


def trip_after(toks: list[Tok], k: int) -> bool:
    """A trip's purpose in the clause from k on: "(left Paris | the capital by road) for the holidays", "for a
    weekend break", "for Christmas"."""
    for j in range(k, min(len(toks), k + 6)):
        if toks[j].kind == "p":
            return False
        if toks[j].low == "for" and low(toks, j + 1 + (low(toks, j + 1) in _TRIP_DETS)) in dw.LEISURE:
            return True
    return False


def whole_at(toks: list[Tok], j: int) -> int:
    """The index of the whole's number in a partitive after "of the" at j: "(two of the) 30 (passengers)",
    "(19,000 of the) city's 20,000 (residents)"; 0 when there is none."""
    if j < len(toks) and toks[j].low.endswith(("'s", "’s")) and toks[j].kind == "w":
        j += 1
    return j if j < len(toks) and toks[j].kind == "n" else 0


_HAVE = {"has", "have", "had"}


def apposed(w: str, used: set[str]) -> bool:
    """The verb group after an appositive count: "Residents of 12 villages, around 40,000 people, were told to
    leave", "The population of Tawergha, some 30,000 people, has fled" (not after a list of parts: "three of
    its nationals, two aid workers and a journalist, had been taken": the parts are no figure)."""
    return w in lx.PASSIVE or w in _HAVE and "conj" not in used


def counts_people(head: Tok) -> bool:
    """A head that counts people or households, whose participle may follow ("1,800 households arriving in Bor
    and sheltering with host communities", "300 families displaced by the floods")."""
    return person_like(head) or head.low in lx.HOUSEHOLDS


def relative_end(toks: list[Tok], j: int, w: str, np: bool) -> int:
    """Where the verb group of a relative clause at j starts, 0 when there is none: "(people) who | that
    (fled)", "of which | whom | them (2,140 are hosted)", "(86 families) whose houses were damaged by the tremor
    (are staying with relatives)": the main verb group after the clause on their homes."""
    if w in ("who", "that") and np:
        return j + 1
    if w == "of":
        return j + 2 if low(toks, j + 1) in ("which", "whom", "them") else 0
    if w != "whose" or not np or low(toks, j + 1) not in lx.DWELLINGS:
        return 0
    k = past_aux(toks, j + 2)  # "whose houses were (partially) damaged", "whose homes had been flooded"
    if k == j + 2 or not low(toks, k).endswith("ed"):
        return 0
    for m in range(k + 1, min(len(toks), k + 8)):
        if toks[m].low in _MAIN_AUX:
            return m  # the main verb group: "are (temporarily) staying with relatives"
        if toks[m].kind == "p" and toks[m].text != "-":
            return 0
    return 0


_MAIN_AUX = {"are", "were", "have", "had", "remain", "remained", "now", "still", "is", "has"}


def count_in_phrase(toks: list[Tok], j: int) -> int:
    """How many tokens a count or measure at j takes inside a prepositional phrase on the noun (0: none):
    "in 23 villages", "from 2,715 families" (1), "inside the 6-km danger zone" (3)."""
    t = toks[j]
    if t.kind == "n" and j + 1 < len(toks):
        after = toks[j + 1]
        return int(np_word(after) and not person_like(after) or after.low in lx.HOUSEHOLDS | lx.UNIT_NAMES)
    if t.kind in "nd" and low(toks, j + 1) == "-" and low(toks, j + 2) in _MEASURES:
        return 3 if toks[j].end == toks[j + 1].start else 0  # a hyphen, not a spaced dash
    return 0


_MEASURES = {"km", "kilometre", "kilometer", "mile", "metre", "meter", "m", "mi", "hectare", "acre", "foot"}


def dwellings_before(toks: list[Tok], i: int) -> bool:
    """A count of homes earlier in the clause of the headless number at i, whose part it is: "680 houses were
    damaged, 120 of which were destroyed", "Of the 680 homes hit, 120 were destroyed"."""
    for k in range(i - 1, max(0, i - 10), -1):
        if toks[k].text in (".", ";", ":") or toks[k].low in ("people", "persons", "families", "households"):
            return False
        if toks[k].kind == "n" and low(toks, k + 1) in lx.DWELLINGS:
            return True
    return False


def unnamed_crossing(toks: list[Tok], trig: lx.Trigger, j: int) -> bool:
    """A trigger of the cross-into family (term "refugees", ending in "into" before j) with no place named
    after it, past "the" and a side: true for "crossed into the stadium", false for "into Chad", "into
    neighbouring Niger", "into eastern Chad", "into the Democratic Republic of Congo"."""
    if trig.term != "refugees" or low(toks, j - 1) != "into":
        return False
    for k in range(j, min(len(toks), j + 3)):
        if toks[k].kind == "w" and toks[k].upper:
            return False
        if toks[k].low not in _BEFORE_NAME:
            return True
    return True


_BEFORE_NAME = {"the", "neighbouring", "neighboring", "nearby", "eastern", "western", "northern", "southern"}
_BEFORE_NAME |= {"north", "south", "east", "west", "central", "northeastern", "northwestern", "southeastern"}
_BEFORE_NAME |= {"southwestern", "north-eastern", "north-western", "south-eastern", "south-western"}
