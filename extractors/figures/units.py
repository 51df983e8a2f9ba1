"""Which unit a bound number counts: "people", "households", or none at all ("3 dead batteries", "the
gunmen fled", "three injured defenders"), from the head of its noun phrase and the trigger that bound it."""

from __future__ import annotations

from extractors.figures import departure_words, departures
from extractors.figures import lexicon as lx
from extractors.figures.phrases import ATTRIBUTIVE, low, match_fwd, person_like
from extractors.figures.sentences import Tok


def unit_of(head: Tok | None, trig: lx.Trigger, mode: str) -> str | None:
    """'people' or 'households' when the head fits the trigger, None when it is no figure."""
    h = head.low if head is not None else None
    if trig.roles & lx.DWELL:
        return "households" if h in lx.DWELLINGS else None
    if trig.term == "destroyed housing":
        return "households"
    if h is None:
        return None if trig.roles & lx.HOST else "people"
    if trig.kind == lx.DISPLACED and not_displaced(h, trig):
        return None
    if h in lx.BODIES:
        return "people" if trig.kind == lx.KILLED else None  # "three bodies": the dead
    if h == "survivors" and trig.kind not in (lx.DISPLACED, lx.ARRESTED):
        return None  # "16 survivors were taken to hospital": survivors are no casualty figure (but detained)
    if h in lx.SPORT and trig.kind == lx.INJURED:
        return None  # "three injured defenders": a squad's injury list
    if h in lx.HOUSEHOLDS:
        return "households" if trig.kind == lx.DISPLACED else None
    if h in lx.DWELLINGS:
        return "households" if trig.term in ("evacuated", "sheltered") else None
    if h in lx.NON_PERSON:
        return None
    if person_like(head) or (trig.kind == lx.DISPLACED and mode == "post"):
        return "people"
    if (
        mode == "post"
        and trig.kind in (lx.KILLED, lx.INJURED, lx.MISSING)
        and h.endswith("s")
        and not trig.roles & lx.NOUN
    ):
        return "people"  # "7 astronauts died": an unknown plural that dies is a person
    return None


def not_displaced(h: str, trig: lx.Trigger) -> bool:
    """ "the gunmen fled", "hosting 50,000 fans", "relocated 200 employees"."""
    if h in lx.NOT_DISPLACED:
        return True
    if trig.term == "refugees" and h in departure_words.CROSSERS_NOT:
        return True  # "200 migrants crossed into Spain": no flight
    if h in lx.LEAVERS:  # "200 pilgrims left", but "300 students were evacuated"
        return trig.term not in ("evacuated", "relocated", "sheltered")
    if trig.roles & lx.HOST and h not in lx.DISPLACED_HEADS:
        return True
    return trig.term == "relocated" and h in lx.MOVED_STAFF


def apart(toks: list[Tok], trig: lx.Trigger, np_end: int, start: int, end: int) -> bool:
    """The trigger at start..end after N's noun phrase (ending at np_end) says nothing of what N counts: a noun
    apart from it ("deploy 3,000 troops to deter kidnappings"), a crossing into no named country ("300 people
    crossed into the stadium"), a departure for a holiday."""
    if trig.term == "forced to flee" and departures.trip_after(toks, end):
        return True  # "50,000 people left the capital by road for the holidays": a trip
    return noun_apart(toks, trig, np_end, start) or departures.unnamed_crossing(toks, trig, end)


# The trigger found after N's noun phrase may belong to another noun phrase than N's: two checks of that,
# one for each kind of head N has. N counts things (`things_for`): "200 tonnes of food for Sudanese refugees",
# "delivered 5,000 blankets to displaced families". N counts people, and the noun trigger names people of its
# own (`noun_apart`): "deploy 3,000 troops to deter kidnappings".


def things_for(toks: list[Tok], lows: list[str], h: int | None, start: int, trig: lx.Trigger) -> bool:
    """N's own head (at h) is a thing ("tonnes", "kits", "tents"), and a preposition stands between it and the
    trigger at `start` that the walk reached: a noun trigger after any preposition ("200 tonnes of food for
    Sudanese refugees", "5,000 kits to refugees"), another trigger after one that gives to people ("delivered
    5,000 blankets to displaced families", "to families displaced by the floods", "to the wounded"). Homes are
    no things here: "5,000 homes in the area were destroyed"."""
    if h is None or person_like(toks[h]) or lows[h] in lx.HOUSEHOLDS:
        return False
    if trig.roles & lx.NOUN:
        return any(lows[k] in lx.PREPOSITIONS for k in range(h + 1, start))
    if lows[h] in lx.DWELLINGS or not (
        lows[h].endswith("s") and lows[h][-2:] != "ss" or lows[h] in lx.NON_PERSON
    ):
        return False  # (a headline's verb is no head: "Hundreds cross from Lebanon into Syria to flee")
    return any(lows[k] in _GIVEN_TO for k in range(h + 1, start))


_GIVEN_TO = frozenset({"to", "for", "among", "amongst", "between"})  # the people things go to


def noun_apart(toks: list[Tok], trig: lx.Trigger, np_end: int, start: int) -> bool:
    """A noun trigger ("kidnappings", "arrests") found past the end of N's own noun phrase, which names people
    of its own: "deploy 3,000 troops to the area to deter kidnappings", "sent 500 officers after a spate of
    abductions". The noun is N's count only right after it ("438 kidnappings", "12 road deaths"); injuries
    describe the people who bear them ("treated 64 patients with blast injuries")."""
    if not trig.roles & lx.NOUN or trig.kind == lx.INJURED or np_end >= start or np_end < 1:
        return False
    head = toks[np_end - 1]
    return person_like(head) and toks[start].low not in lx.PERSONS


def parts_aside(toks: list[Tok], j: int, limit: int) -> int | None:
    """The closing mark of an aside opened at j (a comma or a dash) that breaks the count before it into its
    parts and is followed by the count's verb: "The three men, two Italians and a Canadian, were seized",
    "Five foreigners - three Britons and two Germans - were kidnapped"; None for any other aside ("killed 12
    soldiers, 4 policemen and 3 civilians, officials said": a list of figures)."""
    closer = toks[j].text
    if j + 1 >= len(toks) or toks[j + 1].kind != "n" or closer not in (",", "-"):
        return None
    parts = False
    for k in range(j + 2, min(limit, len(toks))):
        t = toks[k]
        if t.low == "and":
            parts = True
        elif (
            t.text == closer and low(toks, k + 1) != "and" and (k + 1 == len(toks) or toks[k + 1].kind != "n")
        ):
            verb = low(toks, k + 1) in lx.AUX or match_fwd(toks, k + 1, lx.POST) is not None
            return k if parts and verb else None
        elif t.kind == "p" and t.text != "," or t.kind == "d":
            return None
    return None


def counts_things(lows: list[str], np: list[int], np_end: int) -> bool:
    """N's noun phrase (`np`, ending at `np_end`) counts things: its head is one of lx.THING_HEADS ("rose 12
    points"), or an attributive trigger stands before one ("4,500 injured shares", "3 dead batteries"). No
    rule gives such a count a unit, so the binding ends here (tests/figures/test_rule_gates.py)."""
    head = lows[np[-1]]
    if (
        head in lx.THING_HEADS
    ):  # (unless a trigger starts inside the phrase: "two hostages UN-mediated talks")
        return len(np) == 1 or not any(lows[j] in lx.FIRST_WORDS for j in np[:-1])
    return head in ATTRIBUTIVE and lows[np_end] in lx.THING_HEADS
