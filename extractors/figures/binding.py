"""Bind each number of one sentence to a figure kind by the words around it.

Rules, tried in order for a number N (after its qualifier, "at least N"):
- pre: a trigger right before N ("killing 21", "the evacuation of 300", "forced 75,000 out of ...");
  toll ("the death toll rose to 45", "bringing the total to 64"), label ("IDPs total 4 310") and
  "kidnappers holding 3": extractors.figures.tolls.
- post: N, a noun phrase, a verb group, then a trigger ("17 people have been killed", "43 missing").
- coordination: "killing 12 soldiers and four civilians" gives the second number the first one's kind;
  ellipsis: "5 were killed in Sirte and 3 in Derna"; headline: "12,000 - people displaced".
A number is dropped when it is no head count (year, date, age, money, time), a subgroup or a part
("one of the 7 hostages"), or undone by a release (extractors.figures.counts); a trigger is ignored when the
number is its agent ("3 gunmen killed 5"), or when the harm is planned.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.figures import captivity, counts, departures, homes, lists, units
from extractors.figures import lexicon as lx
from extractors.figures.phrases import (
    QUALIFIER_FIRST,
    along_with,
    match_fwd,
    noun_phrase,
    person_like,
    qualifier_at,
    qualifier_before,
    skip_back,
    unrealised,
)
from extractors.figures.pre_rules import bound_before
from extractors.figures.sentences import Tok
from extractors.figures.units import unit_of
from extractors.figures.walk import post_trigger

_OBJECT_START = {"a", "an", "the", "his", "her", "their", "its", "this", "these", "those", "him", "them"}
_OBJECT_START |= {"himself", "herself", "themselves", "us", "me", "another", "all", "both", "several"}
_INTO = {"in", "into", "at", "to", "inside", "en", "dans"}
_UNDONE_KINDS = (lx.KIDNAPPED, lx.ARRESTED, lx.MISSING)  # the kinds counts.undone can undo
_PAD = [""] * 8  # after the lower-cased tokens: an index past the end, or down to -8, reads ""


@dataclass(slots=True)
class Bound:
    """A number bound to a kind; `np_end` is the token after its noun phrase (for coordination)."""

    tok: int
    kind: str
    term: str | None
    unit: str
    qualifier: str
    mode: str
    np_end: int


_WHO = {"who", "that", "which"}  # a relative clause's trigger: "people who (had) fled ... have returned"


def _after(toks: list[Tok], lows: list[str], i: int, whole: bool = False):
    """(trigger, unit, end of the noun phrase) when a trigger after the number binds it; False when
    one does but the number is no figure; None when no trigger follows. `whole`: N is the whole of a
    part ("half of the 40,000 who fled had returned"), so a later return is the part's."""
    post = post_trigger(toks, lows, i)
    if post is None or lows[post.end] == ":" and lows[i - 1] == ":":
        return None  # "Houses damaged: 733,000 People in relief camps: 498,000": the next cell's label
    trig = captivity.still_held_kind(toks, post.start, post.trig, post.head)  # "12 still held after ..."
    attributive = post.head is not None and post.head >= post.end
    if (
        post.future  # "10,000 people could be displaced"
        or trig.roles & lx.TRANS
        and not post.passive
        and not attributive
        and _active(toks, lows, post.end)
        or lows[post.start] == "hostage"
        and lows[post.end] in lx.HOSTAGE_NOT
        or lows[post.start] == "captive"  # "took 15 sailors captive", not "would kill one captive"
        and not any(t.low in lx.TAKE_HOLD for t in toks[max(0, i - 4) : i])
        or trig.roles & lx.PLACE
        and (
            not any(t.low in _INTO for t in toks[max(i, post.start - 4) : post.start])
            or unrealised(
                toks, qualifier_before(toks, i)[1] - 1
            )  # "would begin moving 800,000 into shelters"
        )
        or trig.kind == lx.ARRESTED  # "services for 30 victims were held", "vigils attended by 300 people
        and (  # were held after": events are held too (not "the raid ended with 15 suspects detained")
            "for" in (lows[i - 1], lows[i - 2])
            or lows[post.start] == "held"
            and not lx.EVENT_PEOPLE_LINKS.isdisjoint((lows[i - 1], lows[i - 2]))
        )
        or not whole
        and trig.kind in _UNDONE_KINDS
        and counts.undone(toks, trig.kind, post.end)
        or trig.kind == lx.DISPLACED
        and not whole
        and homes.returned(toks, post.end, lows[post.start - 1] in _WHO or lows[post.start - 2] in _WHO)
    ):
        return False  # an agent, a hostage-taker, "13 temporary shelters", "IDPs have returned"
    if trig.kind in _UNDONE_KINDS and captivity.released_described(lows, i, post.start, post.passive):
        return False  # "the 5 freed hostages", "three rescued captives": released people are no figure
    if units.apart(toks, trig, post.np_end, post.start, post.end):
        return False  # "deploy 3,000 troops to deter kidnappings", "300 people crossed into the stadium"
    if lows[post.start - 1] in ("the", "those") and lows[post.start - 2] == "among":
        return False  # "180 children among the dead": a part of a figure
    if lows[post.end] == "or" and counts.mixed_kinds(toks, post.end, trig.kind):
        return False  # "3,600 migrants have died or gone missing": one count of two kinds is no figure
    head = toks[post.head] if post.head is not None else None
    if head is not None and head.low.endswith("ing") and lows[post.head - 1] in lx.NON_PERSON:
        return False  # "4 municipalities hosting displaced families": the noun before the participle
    if trig.roles & lx.NOUN and (
        post.head == post.end - 1 or post.head == post.start - 1 and head.low not in lx.NON_PERSON
    ):
        head = None  # "584 deaths", "28 moderate injuries", "12 road deaths": the trigger is the head
    unit = unit_of(head, trig, "post")
    if unit is None and head is None and trig.roles & lx.DWELL and departures.dwellings_before(toks, i):
        unit = "households"  # "680 houses were damaged, 120 of which were destroyed": the part of the homes
    return (trig, unit, post.np_end) if unit is not None else False


def _bind_one(
    toks: list[Tok], lows: list[str], i: int, text: str, done: list[Bound], words: set[str], capacity: bool
) -> Bound | None:
    """The figure of the number at i, or None; `words`: the sentence's lower-cased tokens; `capacity`: one
    of them is a capacity noun (counts.CAPACITY_NOUNS)."""
    if counts.not_a_count(toks, lows, i, text):
        return None
    qual, qs = qualifier_before(toks, i)
    if qs == i and toks[i].num.low is not None and lows[i - 1] in ("between", "from", "entre"):
        qs = i - 1  # "killing between 10 and 15 people"
    k = skip_back(toks, qs - 1)
    w = lows[qs - 1]  # most rules below need one of a few words here: tested before the call
    if (
        lows[k] in lx.NEG_BEFORE
        or w in counts.BREAKDOWN_AT
        and counts.breakdown(toks, qs)
        or (w in counts.CAPACITY_AT or capacity)
        and counts.capacity(toks, qs)
    ):
        return None  # "freed three of the hostages", "12,340 people from 2,715 families", "can house 40"
    if (
        done
        and lows[done[-1].np_end] in lists.LIST_OPENERS
        and lists.listed_parts(toks, qs, done[-1].np_end, toks[done[-1].tok].num.value)
    ):
        return None  # "seized seven drivers - three Indians, three Kenyans and an Egyptian -": its parts
    if (w in counts.PART_OF_AT or w.endswith(("'s", "’s"))) and counts.part_of(toks, qs):
        # "one of the 7 hostages was killed" (but "one of 3 climbers killed")
        after = _after(toks, lows, i, whole=True) if counts.trigger_follows(toks, i) else None
        if not after and (held := captivity.held_whole(toks, i)):
            after = (
                lx.Trigger(lx.KIDNAPPED, None, lx.POST),
                "people",
                held,
            )  # "19 of the 40 hostages they held"
        if not after:
            return None
        return _finish(toks, lows, i, after[0], after[1], qual, "whole", after[2], False, done)
    subgroup = counts.subgroup(toks, qs) if w in counts.SUBGROUP_AT else None
    if subgroup == "aside":
        return (
            None  # "The suspects, who include four foreign nationals, ...", "The group, including 5 minors,"
        )
    np, np_end = noun_phrase(toks, i + 1)
    if np and units.counts_things(lows, np, np_end):
        return None  # "rose 12 points", "4,500 injured shares": a count of things (no rule gives it a unit)
    w_end = lows[np_end]
    if w in ("and", ",") and lists.listed_after_including(toks, qs, np_end):
        return None  # "including 20 children and nine aid workers, were killed": a part of the figure
    if (w_end == "among" or lows[i + 1] == "of") and counts.part_named(toks, i, np_end):
        return None
    before = bound_before(toks, lows, i, k, np, np_end, text, done[-1].kind if done else None)
    if before is not None:
        if not before:
            return None
        trig, unit, mode, conn = before
        if mode == "toll" and qual == "exact" and conn in lx.TOLL_QUALIFIER:
            qual = lx.TOLL_QUALIFIER[conn]  # "the toll tops 1,000", "has fallen below 1.2 million"
        return _finish(toks, lows, i, trig, unit, qual, mode, np_end, subgroup, done)
    return _no_trigger_before(toks, lows, i, qs, qual, np, np_end, subgroup, done, words, w_end)


def _no_trigger_before(toks, lows, i, qs, qual, np, np_end, subgroup, done, words, w_end) -> Bound | None:
    """The rules for a number with no trigger before it: a trigger after it, then the rules without a
    trigger word (homes lost, fleeing, still held, "along with", coordination, ellipsis, headline).
    `words`: the sentence's lower-cased tokens; `w_end` is the word after the noun phrase."""
    if (
        w_end in homes.HOMES_AT
        and homes.homes_lost(toks, np_end)
        and np
        and (person_like(toks[np[-1]]) or toks[np[-1]].low in lx.HOUSEHOLDS)
        and toks[np[-1]].low not in lx.NOT_DISPLACED  # (not "12 suspects whose homes were demolished")
    ):
        lost = lx.Trigger(lx.DISPLACED, "homeless", lx.POST)  # "800 people whose homes were washed away"
        unit = "households" if toks[np[-1]].low in lx.HOUSEHOLDS else "people"
        return _finish(toks, lows, i, lost, unit, qual, "post", np_end, subgroup, done)
    after = _after(toks, lows, i)
    if after is not None:
        return (
            _finish(toks, lows, i, after[0], after[1], qual, "post", after[2], subgroup, done)
            if after
            else None
        )
    them = captivity.taken_as_them(toks, i, np_end) if np and "them" in words else None
    if them is not None and (unit := unit_of(toks[np[-1]], them, "post")):  # "stopped 30 men and seized them"
        return _finish(toks, lows, i, them, unit, qual, "post", np_end, subgroup, done)
    if np and departures.left_named(toks, toks[np[-1]], np_end):  # "800,000 people have left Rafah"
        unit = "households" if toks[np[-1]].low in lx.HOUSEHOLDS else "people"
        left = lx.Trigger(lx.DISPLACED, "forced to flee", lx.POST)
        return _finish(toks, lows, i, left, unit, qual, "post", np_end, subgroup, done)
    if (
        np
        and (person_like(toks[np[-1]]) or toks[np[-1]].low == "arrivals")
        and "fleeing" in words
        and homes.fleeing_later(toks, np_end)
    ):
        fled = lx.Trigger(lx.DISPLACED, "forced to flee", lx.POST)  # "..., the majority fleeing attacks"
        return _finish(toks, lows, i, fled, "people", qual, "post", np_end, subgroup, done)
    if np and toks[np[-1]].low == "arrivals" and departures.CAMP_WORDS & words:  # "3,400 new arrivals were
        came = lx.Trigger(lx.DISPLACED, "refugees", lx.POST)  # registered in July" (in the IDP camp)
        return _finish(toks, lows, i, came, "people", qual, "post", np_end, subgroup, done)
    captive = not np or person_like(toks[np[-1]]) and toks[np[-1]].low not in lx.NOT_DISPLACED
    at = np_end + 2 if not np and lows[np_end] == "of" and lows[np_end + 1] in ("them", "whom") else np_end
    if captive and lows[at] in captivity.HELD_AT and (held_as := captivity.held_after(toks, at)):
        held = lx.Trigger(held_as, None, lx.POST)  # "5 others were still being held"
        return _finish(toks, lows, i, held, "people", qual, "post", np_end, subgroup, done)
    along = along_with(toks, qs) if lows[qs - 1] == "with" else None  # "was seized along with two colleagues"
    if along is None and lows[qs - 2] in ("along", "together") and done and done[-1].mode == "pre":
        along = lx.Trigger(done[-1].kind, done[-1].term, lx.PRE)  # "seized 15 workers along with four of ..."
    if along is not None and np and person_like(toks[np[-1]]):
        return _finish(toks, lows, i, along, "people", qual, "coord", np_end, subgroup, done)
    if done and not subgroup:
        return _coordinated(toks, lows, i, qs, np, done) or _elliptical(toks, lows, i, qs, np, np_end, done)
    return _headline(toks, lows, i)


def _finish(toks, lows, i, trig, unit, qual, mode, np_end, subgroup, done) -> Bound | None:
    if (
        subgroup
        and done
        and (trig.kind == done[-1].kind or toks[i].num.value <= toks[done[-1].tok].num.value)
        or done
        and lows[i + 1] == "of"
        and counts.of_them(toks, i, trig.kind, done[-1].kind, done[-1].tok)
    ):  # "34 dead, including one soldier, and 193 injured", "displaced 49,000, with 22,500 of them
        return None  # accommodated": a part of a figure (not "12 deaths and ..., of which 2,140 are hosted")
    people = counts.persons_restated(toks, np_end) if unit == "households" else None
    if people is not None:  # "2,150 households (about 10,700 individuals) displaced": the people
        i, unit, qual = people, "people", qualifier_before(toks, people)[0]
    j = np_end if np_end > i else i + 1
    if lows[j] in counts.RATE_AT and counts.rate(toks, j):
        return None  # "kills 91 Americans a day"
    if trig.kind == lx.KIDNAPPED and mode != "whole" and counts.released(toks, i):  # (the part escaped)
        return None  # a release story: released hostages are no figure
    num = toks[i].num
    if qual == "exact" and lows[i + 1] == "or" and lows[i + 2] in ("more", "so"):
        qual = "at_least" if lows[i + 2] == "more" else "about"
    elif qual == "exact" and (lows[i + 1] == "+" or num.plus):
        qual = "more_than"  # "500+", "500-plus"
    if qual == "exact":
        qual = "at_least" if num.vague or num.low is not None else ("about" if num.approx else "exact")
    kind = trig.kind
    return Bound(i, kind, trig.term if kind == lx.DISPLACED else None, unit, qual, mode, np_end)


def _active(toks: list[Tok], lows: list[str], j: int) -> bool:
    """After a transitive trigger: an object follows ("3 gunmen killed 5 people")."""
    t = toks[j] if j < len(toks) else None
    if t is None:
        return False
    if t.low in ("the", "this", "that", "last") and lx.NON_PERSON & {lows[j + 1], lows[j + 2]}:
        return False  # a time, not an object: "2 drivers abducted the same week", "killed that day"
    return (
        t.kind == "n"
        or t.low in _OBJECT_START
        or (t.kind == "w" and t.low in lx.PERSONS)
        or t.low in QUALIFIER_FIRST
        and qualifier_at(toks, j)
        and any(t.kind == "n" for t in toks[j + 1 : j + 4])  # "over 500", not "arrested over smuggling"
    )


def _elliptical(toks, lows, i, qs, np, np_end, done) -> Bound | None:
    """ "4,200 people displaced in Sirte and 900 in Derna": the verb is left out."""
    prev = done[-1]
    if lows[qs - 1] not in ("and", ",") or lows[np_end] not in ("in", "at", "across", "inside"):
        return None
    if np and not (person_like(toks[np[-1]]) or toks[np[-1]].low in lx.HOUSEHOLDS | lx.DWELLINGS):
        return None  # (not "6,400 damaged in the camps": damaged homes are no figure)
    if any(t.kind == "p" and t.text in ";:" for t in toks[prev.tok : i]):
        return None
    if prev.kind != lx.DISPLACED and any(match_fwd(toks, k, lx.PLACE) for k in range(np_end + 1, np_end + 4)):
        prev = Bound(prev.tok, lx.DISPLACED, "sheltered", "people", "", "", 0)  # "... missing and 13,000 in
        # evacuation centres": the place says what the count is
    unit = prev.unit if not np else unit_of(toks[np[-1]], lx.Trigger(prev.kind, prev.term, lx.PRE), "pre")
    if unit is None:
        return None
    qual, _ = qualifier_before(toks, i)
    return _finish(
        toks, lows, i, lx.Trigger(prev.kind, prev.term, lx.PRE), unit, qual, "ellipsis", np_end, False, done
    )


def _headline(toks, lows, i) -> Bound | None:
    """A number heading a line, then a dash or colon and what it counts: "12,000 – people displaced"."""
    if i != 0 or lows[1] not in ("-", "–", "—", ":", "\ufffd"):  # U+FFFD: a mis-decoded dash
        return None
    for j in range(2, min(len(toks), 16)):
        if toks[j].kind in "nd":
            return None
        m = match_fwd(toks, j, lx.POST)
        if m is not None:
            trig = m[1]
            if trig.roles & lx.DWELL or trig.roles & lx.TRANS and lows[m[0]] in _OBJECT_START:
                return None
            qual, _ = qualifier_before(toks, i)
            return _finish(toks, lows, i, trig, "people", qual, "headline", 1, False, [])
    return None


def _coordinated(toks, lows, i, qs, np, done) -> Bound | None:
    """ "killing 12 soldiers and four civilians": the second number takes the first one's kind."""
    if not np:
        return None
    prev = done[-1]
    if prev.mode not in ("pre", "toll", "coord"):
        return None
    between = [t.low for t in toks[prev.np_end : qs]]
    if between not in (["and"], [","], [",", "and"]):
        return None
    head = toks[np[-1]]
    if head.low in lx.NON_PERSON or not (person_like(head) or head.low in lx.HOUSEHOLDS):
        return None
    trig = lx.Trigger(prev.kind, prev.term, lx.PRE)
    unit = unit_of(head, trig, "pre")
    if unit is None:
        return None
    qual, _ = qualifier_before(toks, i)
    return _finish(toks, lows, i, trig, unit, qual, "coord", np[-1] + 1, False, done)


def bind(toks: list[Tok], text: str, near=None) -> list[Bound]:
    """Every number token of one sentence that is a figure, in order; `near(offset)`, when given, says
    whether a number is close enough to a trigger word to be worth binding."""
    done: list[Bound] = []
    lows = [t.low for t in toks]  # lows[j] is low(toks, j): no call, no bounds check (padded: j in -8..n+7)
    words = set(lows)  # some rules need a word anywhere in the sentence: tested before the call
    lows += _PAD
    capacity = not words.isdisjoint(counts.CAPACITY_NOUNS)  # (for every number: tested once)
    for i, t in enumerate(toks):
        if t.kind == "n" and (near is None or near(t.start)) and not (done and done[-1].tok == i):
            b = _bind_one(toks, lows, i, text, done, words, capacity)
            if b is not None:
                done.append(b)
    return done
