"""The rules that bind a number to a trigger before it ("killing 21", "the death toll rose to 45", "kidnappers
holding 3", "IDPs total 4 310"): `pre_rule` finds the trigger, `bound_before` (called by
extractors.figures.binding for every number) decides the figure's unit, or that the number is none.

Most rules need one of a few words right before the number (k): `pre_rule` tests that word against each
rule's own set (`tolls.TOLL_AT`, `captivity.HOLDING_AT`, ...) before calling it, so a number with no such
word costs a set lookup per rule, not a call.
"""

from __future__ import annotations

from itertools import repeat

from extractors.figures import captivity, care, counts, homes, tolls
from extractors.figures import lexicon as lx
from extractors.figures.asides import past_aside
from extractors.figures.phrases import first_conjunct, low, match_back, unrealised
from extractors.figures.sentences import Tok
from extractors.figures.units import unit_of

# Asked for, not done: "sought the detention of 9", "called for the evacuation of 5,000". An order is done
# ("the prosecutor ordered the detention of 16 officials", "ordered the evacuation of 50,000 residents").
_ASKED_FOR = frozenset(
    {"sought", "seeks", "seeking", "demanded", "demands", "demanding", "requested", "urged"}
)
_RESIDENCES = frozenset(
    {"building", "block", "apartment", "apartments", "tower", "flat", "flats", "dormitory"}
)
_RETURNEES = frozenset({"returnees", "returnee"})
_ORDERED = frozenset({"ordered", "orders", "ordering", "order"})
_CALLED = frozenset({"called", "calls", "calling", "appealed", "appeals", "pressed", "pushed", "pushing"})
_CALLED |= {"warrant", "warrants"}  # "issued warrants for the arrest of 6 suspects"


def _apposed(toks: list[Tok], i: int, k: int) -> tuple[str, lx.Trigger, str] | None:
    """N (at i) set by a comma at k beside a count of places that a displacement trigger took people from:
    "forced the evacuation of 16 villages, some 10,000 residents", "evacuated 16 villages, some 10,000
    residents". N counts people, with no verb of its own ("evacuated 12 villages, 40 people were killed")."""
    if low(toks, k - 1) not in _PLACES or toks[k - 2].kind != "n":
        return None
    if low(toks, i + 1) not in lx.departure_words.RESIDENTS or low(toks, i + 2) in lx.AUX_VERBS:
        return None
    m = match_back(toks, k - 3, lx.PRE)
    return ("pre", m[1], "") if m is not None and m[1].kind == lx.DISPLACED else None


_PLACES = lx.departure_words.PLACE_UNITS | {
    "villages",
    "towns",
    "neighbourhoods",
    "neighborhoods",
    "districts",
}
_PLACES |= {"communities", "settlements", "areas", "localities", "hamlets", "islands", "camps", "streets"}


def _no_event(toks: list[Tok], s: int, trig: lx.Trigger) -> bool:
    """The trigger at s tells of no event yet ("would kill", "plans to evacuate", "sought the detention of 9"),
    or of no casualty ("the building housed about 40 people": its residents, no shelter)."""
    before = low(toks, s - 1) if not counts.month(toks, s - 1) else ""
    if (
        before in lx.MODALS
        or before == "to"
        and (low(toks, s - 2) in lx.MODALS or low(toks, s - 2) in lx.FORECASTS)
        and not counts.month(toks, s - 2)
        or before == "the"
        and _asked_for(toks, s - 2, s)
        or low(toks, s - 2) == "the"  # one adjective: "urged the immediate evacuation of 300 patients"
        and toks[s - 1].kind == "w"
        and _asked_for(toks, s - 3, s)
    ):
        return True
    return trig.term == "sheltered" and not _RESIDENCES.isdisjoint(map(low, repeat(toks), range(s - 3, s)))


def _asked_for(toks: list[Tok], j: int, s: int) -> bool:
    """The words before "the <trigger noun> of N" (the noun at s), ending at j, ask for it: "sought", "called
    for", "warrants for"; an ordered arrest is a warrant too ("ordered the arrest of 12 former officials")."""
    if low(toks, j) in _ASKED_FOR or low(toks, j) == "for" and low(toks, j - 1) in _CALLED:
        return True
    return low(toks, j) in _ORDERED and low(toks, s) == "arrest"


def pre_rule(
    toks: list[Tok], i: int, k: int, text: str, prev: str | None
) -> tuple[str, lx.Trigger, str] | None:
    """(mode, trigger, connector) for a trigger before the number at i; k is the token before it;
    `prev` is the kind of the sentence's last figure."""
    if low(toks, k) not in PRE_AT:
        return None  # no rule below can bind: none has its word at k
    if low(toks, k) == "," and (apposed := _apposed(toks, i, k)) is not None:
        return apposed  # "evacuated 16 villages, some 10,000 residents"
    if low(toks, k) in captivity.FRONTED_AT and (fronted := captivity.fronted(toks, k)):
        return "pre", lx.Trigger(fronted, None, lx.PRE), ""  # "Still in the hands of militants are 3 ..."
    m = match_back(toks, k, lx.PRE)
    if m is None:
        c = first_conjunct(toks, k)  # (at k itself, only a phrase with a TRANS trigger can still match)
        m = match_back(toks, c, lx.PRE | lx.TRANS) if c != k or toks[k].low in _TRANS_LAST else None
    if m is not None:
        s, trig = m
        if _no_event(toks, s, trig):
            return None  # "would kill", "plans to evacuate", "sought the detention of 9", "the building housed 40"
        taken = captivity.taker_kind(toks, s)
        if taken is None and low(toks, s + 1) == "away" and toks[s].low in _TAKE:
            return (
                None  # "took away 39 pupils" needs a captor or a custodian ("the flood took away 30 homes")
            )
        if taken is not None and taken != trig.kind and trig.kind in (lx.ARRESTED, lx.KIDNAPPED):
            trig = lx.Trigger(taken, None, trig.roles)  # "police seized 3", "gunmen captured 5 workers"
        return "pre", trig, ""
    w = low(toks, k)  # each rule below needs one of a few words at k: tested here, before the call
    found = tolls.toll(toks, i, k, prev) if w in tolls.TOLL_AT else None
    if found is not None:
        kind, term, conn = found
        return "toll", lx.Trigger(kind, term, lx.PRE), conn
    after = tolls.total_after(toks, i, k, prev) if w == "to" else None
    if after is not None:
        return "toll", lx.Trigger(after[0], after[1], lx.PRE), "to"
    if (
        w in captivity.HOLDING_AT
        and captivity.holding(toks, k)
        or w in captivity.ABOARD_AT
        and captivity.aboard(toks, k)
    ):
        return "pre", lx.Trigger(lx.KIDNAPPED, None, lx.PRE), ""
    if w in tolls.LISTED and (listed := tolls.listed_among(toks, k, prev)):
        return "pre", lx.Trigger(listed, None, lx.PRE), ""  # "the dead included 23", "among the dead were 15"
    if w == "for" and tolls.searched_for(toks, k):
        return "pre", lx.Trigger(lx.MISSING, None, lx.PRE), ""  # "rescuers were searching for 15 others"
    if w in captivity.CUSTODY_AT and captivity.custody_hold(toks, k, i):
        return "pre", lx.Trigger(lx.ARRESTED, None, lx.PRE), ""  # "Police Hold 40 After Riot"
    if w == "where" and tolls.shelter_where(toks, i, k):
        return "pre", lx.Trigger(lx.DISPLACED, "sheltered", lx.PRE), ""  # "14 camps, where 4,500 are staying"
    label = tolls.label(toks, i, k, text) if w in tolls.LABEL_AT else None
    if label is not None:
        return "label", label, ""
    return None


# The last words of the phrases with a TRANS trigger.
_TRANS_LAST = frozenset(p[-1] for p, trigs in lx.TRIGGERS.items() if any(t.roles & lx.TRANS for t in trigs))
# Every word at k that some rule of `pre_rule` needs: the last word of a trigger phrase (match_back), "and"
# (first_conjunct), and the words each later rule tests before its call.
PRE_AT = frozenset(
    {*lx.LAST_WORDS, "and", "to", "for", "where"}
    | tolls.TOLL_AT
    | captivity.HOLDING_AT
    | captivity.ABOARD_AT
    | tolls.LISTED
    | captivity.CUSTODY_AT
    | captivity.FRONTED_AT
    | tolls.LABEL_AT
)
_TAKE = {"took", "take", "takes", "taking"}  # "took away 39 pupils" needs a captor or a custodian


def bound_before(
    toks: list[Tok], lows: list[str], i: int, k: int, np: list[int], np_end: int, text: str, prev: str | None
):
    """(trigger, unit, mode, connector) when a trigger before the number binds it; False when one
    does but the number is no figure; None when no trigger precedes. k is the token before N."""
    head = toks[np[-1]] if np else None
    found: tuple[str, lx.Trigger, str] | None = None
    if head is not None and head.low == "lives":  # "claimed 180 lives", "30 lives were lost"
        if lows[k] in lx.LIVES_VERBS or "lost" in [lows[np_end + d] for d in range(3)]:
            found, head = ("pre", lx.Trigger(lx.KILLED, None, lx.PRE), ""), None
    elif care.cared_for(
        lows, k, np_end
    ):  # "sent 12 people to hospital", "treated 29 people for gunshot wounds"
        found = ("pre", lx.Trigger(lx.INJURED, None, lx.PRE), "")
    elif lows[k] in lx.FORCE_VERBS:  # "pushed 75,000 out of their homes"
        term = homes.force_continuation(toks, past_aside(toks, lows, np, np_end))
        if term is not None and unrealised(toks, k):
            return False  # "could force 10,000 people from their homes": no event yet
        if term is not None:
            found = ("pre", lx.Trigger(lx.DISPLACED, term, lx.PRE), "")
    found = found or pre_rule(toks, i, k, text, prev)
    if found is None:
        return None
    mode, trig, conn = found
    if lows[k] in lx.CAPTURE_FORMS and head is not None and head.low in lx.MILITARY:
        return False  # prisoners of war
    if lows[k] in ("and", ",") and head is not None and head.low in _RETURNEES:
        return False  # "125,802 internally displaced persons and 705,746 returnees": returns apart
    if (
        trig.kind == lx.INJURED
        and lows[np_end] == "to"
        and lows[np_end + 1] == "death"
        or trig.kind != lx.KILLED
        and head is not None
        and head.low in lx.BODIES
    ):  # "stabbed 2 women to death"; "received 16 wounded fighters and three bodies": the bodies are the dead
        trig = lx.Trigger(lx.KILLED, None, lx.PRE)
    if mode != "pre" and tolls.has_household(toks, k, i):  # "the number of displaced families ... 530"
        unit = "households"
    elif (
        trig.roles & lx.DWELL and head is None and any(t.low in lx.DWELLINGS for t in toks[max(0, k - 8) : k])
    ):
        unit = "households"  # "damaged 7,000 homes and destroyed 1,300"
    else:
        unit = tolls.label_unit(trig, head) if mode == "label" else unit_of(head, trig, "pre")
    if unit is None and trig.roles & lx.HOST:
        return None  # a host verb binds only displaced heads; the count's own words may still: "was
        # housing about 6,000 displaced Palestinians", "hosts 60,000 internally displaced persons"
    if unit is None or counts.undone(toks, trig.kind, np_end):
        return False
    return trig, unit, mode, conn
