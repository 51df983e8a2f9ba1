"""Bind each number of one sentence to a figure kind by the words around it.

Rules, tried in order for a number N (after its qualifier, "at least N"):
- pre: a trigger right before N ("killing 21", "the evacuation of 300", "forced 75,000 out of ...");
  toll ("the death toll rose to 45"); label ("IDPs total 1 200", "Number of evacuated: 871").
- post: N, a noun phrase, a verb group, then a trigger ("17 people have been killed", "43 missing").
- coordination: "killing 12 soldiers and four civilians" gives the second number the first one's kind.
A number is dropped when it is no head count (year, date, age, money, time) or a subgroup.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors import lexicon as lx
from extractors.sentences import Tok

_SUBGROUP_PAIRS = {("of", "whom"), ("of", "which"), ("from", "which"), ("among", "them"), ("among", "whom")}
_OBJECT_START = {"a", "an", "the", "his", "her", "their", "its", "this", "these", "those", "him", "them"}
_OBJECT_START |= {"himself", "herself", "themselves", "us", "me", "another", "all", "both", "several"}
_AUX_VERBS = {"were", "was", "are", "is", "be", "been", "have", "has", "had", "will", "would", "remain"}
_AUX_VERBS |= {"remained", "remains", "fueron", "han", "sont", "ont", "foram"}
_NP_EXTRA_STOP = {"out", "away", "back", "up", "down", "off", "alive", "yesterday", "overnight", "morning"}
_NP_EXTRA_STOP |= {"evening", "afternoon", "night", "recently", "annually", "per", "every"}
_RATE = {"day", "week", "month", "year", "daily", "annually"}
_PLACES_OUT = {"villages", "village", "area", "areas", "city", "cities", "town", "towns", "region", "land"}
_PLACES_OUT |= {"lands", "district", "districts", "neighbourhoods", "neighborhoods", "country", "camps"}
_INTO = {"in", "into", "at", "to", "inside", "en", "dans"}
_HOSTAGE_NOT = {"takers", "taker", "taking", "crisis", "situation", "drama", "siege", "-"}


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


def _low(toks: list[Tok], j: int) -> str:
    return toks[j].low if 0 <= j < len(toks) else ""


def _adverb(w: str) -> bool:
    return len(w) > 4 and w.endswith("ly") and w not in lx.ADVERB_NOT


def _np_word(t: Tok) -> bool:
    w = t.low
    return (
        t.kind == "w"
        and w not in lx.STOP
        and w not in lx.AUX
        and w not in _NP_EXTRA_STOP
        and not _adverb(w)
        and w not in lx.WEEKDAYS
        and not (t.upper and w in lx.MONTHS)
    )


def _match_fwd(toks: list[Tok], j: int, roles: int) -> tuple[int, lx.Trigger] | None:
    if not 0 <= j < len(toks) or toks[j].kind != "w":
        return None
    for phrase in lx.FIRST_WORDS.get(toks[j].low, ()):
        if all(_low(toks, j + k) == w and toks[j + k].kind == "w" for k, w in enumerate(phrase)):
            for trig in lx.TRIGGERS[phrase]:
                if trig.roles & roles:
                    return j + len(phrase), trig
    return None


def _match_back(toks: list[Tok], k: int, roles: int) -> tuple[int, lx.Trigger] | None:
    if not 0 <= k < len(toks) or toks[k].kind != "w":
        return None
    for phrase in lx.LAST_WORDS.get(toks[k].low, ()):
        s = k - len(phrase) + 1
        if s >= 0 and all(_low(toks, s + n) == w and toks[s + n].kind == "w" for n, w in enumerate(phrase)):
            for trig in lx.TRIGGERS[phrase]:
                if trig.roles & roles:
                    return s, trig
    return None


def qualifier_before(toks: list[Tok], i: int) -> tuple[str, int]:
    """The qualifier directly before token i and the index where it starts ("exact", i) if none."""
    for n in (4, 3, 2, 1):
        s = i - n
        if s >= 0 and all(t.kind == "w" for t in toks[s:i]):
            q = lx.QUALIFIER_PHRASES.get(tuple(t.low for t in toks[s:i]))
            if q:
                return q, s
    return "exact", i


def _qualifier_at(toks: list[Tok], j: int) -> bool:
    return any(tuple(_low(toks, j + k) for k in range(n)) in lx.QUALIFIER_PHRASES for n in (1, 2, 3))


def _skip_back(toks: list[Tok], k: int) -> int:
    """Step back over "the", "all", "another", "a further", "a total of" and one ", ... ," aside."""
    paren = False
    while k >= 0:
        w = toks[k].low
        if w in ("the", "all", "another", "further", "additional", "only", "just", "a", "an", "some"):
            k -= 1
        elif w == "of" and _low(toks, k - 1) == "total":
            k -= 3 if _low(toks, k - 2) in ("a", "the") else 2
        elif w == "," and not paren:
            j = k - 1
            while j >= max(0, k - 10) and toks[j].text != "," and toks[j].kind not in "nd":
                j -= 1
            if j < max(0, k - 10) or toks[j].text != ",":
                return k
            k, paren = j - 1, True
        else:
            return k
    return k


def _is_year(toks: list[Tok], i: int) -> bool:
    n, nxt = toks[i].num, _low(toks, i + 1)
    if not (n.plain4 and 1800 <= n.value <= 2100):
        return False
    counted = nxt in lx.PERSONS or nxt in lx.HOUSEHOLDS or nxt in lx.DWELLINGS
    return not counted and _match_fwd(toks, i + 1, lx.POST) is None


def _is_date(toks: list[Tok], i: int) -> bool:
    prev = toks[i - 2] if i > 1 and toks[i - 1].text == "." else (toks[i - 1] if i > 0 else None)
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return any(t is not None and t.upper and t.low in lx.MONTHS for t in (prev, nxt))


def _not_a_count(toks: list[Tok], i: int, text: str) -> bool:
    """Years, dates, times, ages, money, percentages, identifiers."""
    t = toks[i]
    prev, nxt = _low(toks, i - 1), _low(toks, i + 1)
    after, before = text[t.end : t.end + 2], text[max(0, t.start - 2) : t.start]
    if _is_year(toks, i) or _is_date(toks, i):
        return True
    if (
        after[:1] == "%"
        or (after[:1] == ":" and after[1:2].isdigit())
        or (before[1:] == ":" and before[:1].isdigit())
    ):
        return True  # 12%, 09:00
    if prev in lx.NOT_COUNT_BEFORE or (prev == "between" and _low(toks, i - 2) in ("aged", "ages")):
        return True
    age = prev == "," and i >= 2 and toks[i - 2].upper and toks[i - 2].kind == "w" and t.num.value < 120
    if age and nxt in (",", ")") and not t.num.words:
        return True  # "Omar Salem, 64, who ..."
    return t.low == "one" and nxt in ("of", "another", "day", "side", "hand")


def _np(toks: list[Tok], j: int) -> tuple[list[int], int]:
    """Indices of the noun phrase starting at j ("Turkish truck drivers") and the index after it."""
    if _low(toks, j) == "of" and _low(toks, j + 1) not in ("them", "whom", "which"):
        j += 2 if _low(toks, j + 1) in ("the", "those", "these", "their") else 1
    np: list[int] = []
    while j < len(toks) and len(np) < 5 and _np_word(toks[j]) and not _np_done(toks, np, toks[j]):
        np.append(j)
        j += 1
    return np, j


def _np_done(toks: list[Tok], np: list[int], t: Tok) -> bool:
    """After a head noun ("migrants"), a lower-case word that counts nothing starts the verb phrase."""
    if not np or t.upper or t.low in lx.PERSONS or t.low in lx.HOUSEHOLDS or t.low in lx.DWELLINGS:
        return False
    last = toks[np[-1]].low
    return last in lx.PERSONS or last in lx.HOUSEHOLDS or last in lx.DWELLINGS


def _person_like(t: Tok) -> bool:
    w = t.low
    if w in lx.NON_PERSON:
        return False
    return w in lx.PERSONS or w.endswith(lx.PERSON_SUFFIXES) or t.upper


def _unit(head: Tok | None, trig: lx.Trigger, mode: str) -> str | None:
    """'people' or 'households' when the head fits the trigger, None when it is no figure."""
    h = head.low if head is not None else None
    if trig.roles & lx.DWELL:
        return "households" if h in lx.DWELLINGS else None
    if trig.term == "destroyed housing":
        return "households"
    if h is None:
        return "people"
    if h in lx.HOUSEHOLDS:
        return "households" if trig.kind == lx.DISPLACED else None
    if h in lx.DWELLINGS:
        return "households" if trig.term in ("evacuated", "sheltered") else None
    if h in lx.NON_PERSON:
        return None
    if _person_like(head) or (trig.kind == lx.DISPLACED and mode == "post"):
        return "people"
    return None


def _force_continuation(toks: list[Tok], j: int) -> str | None:
    """The displacement term after "forced N [people]": "out of their homes", "to flee", "into camps"."""
    w = _low(toks, j)
    if w in ("out", "from"):
        k = j + 1 if w == "from" else (j + 2 if _low(toks, j + 1) == "of" else -1)
        if k < 0:
            return None
        if _low(toks, k) in ("their", "the", "his", "her", "its"):
            k += 1
        return "forced to flee" if _low(toks, k) in lx.DWELLINGS | _PLACES_OUT else None
    if w == "to":
        v = _low(toks, j + 1)
        if v in ("flee", "leave", "abandon", "move", "relocate", "seek", "escape"):
            return "forced to flee"
        if v == "evacuate" or (v == "be" and _low(toks, j + 2) == "evacuated"):
            return "evacuated"
        if v == "be" and _low(toks, j + 2) in ("relocated", "displaced"):
            return {"relocated": "relocated", "displaced": "displaced"}[_low(toks, j + 2)]
    if w == "into" and _low(toks, j + 1) in (
        "shelters",
        "camps",
        "exile",
        "hiding",
        "temporary",
        "emergency",
    ):
        return "sheltered" if _low(toks, j + 1) != "exile" else "forced to flee"
    return None


def _toll(toks: list[Tok], i: int, k: int) -> tuple[str, str | None, str] | None:
    """(kind, term, connector) for "death toll ... to N", "number of displaced families ... N"."""
    conn = _low(toks, k)
    if conn in ("toll", "tally"):
        end = k
    elif conn in lx.TOLL_CONNECTORS:
        end = k - 1
    else:
        return None
    for j in range(end, max(-1, end - 10), -1):
        t = toks[j]
        if t.kind in "nd" or t.text in (";", "(", ")"):
            return None
        if t.low in ("toll", "tally") and _low(toks, j + 1) != "of" or t.low == "toll":
            kind = lx.INJURED if _low(toks, j - 1) in ("injury", "injuries", "wounded") else lx.KILLED
            return kind, None, conn
        if t.low in lx.TOLL_NOUNS and conn not in ("of", "to", "at", ":", "-", "–") and end - j < 6:
            kind = lx.TOLL_KIND_WORDS.get(t.low, lx.KILLED)
            return kind, lx.DISPLACED_TERMS.get(t.low), conn  # "troop deaths in Iraq reach 1,000"
        if t.low in lx.TOLL_WORDS:
            for jj in range(j + 1, min(j + 5, i)):
                kind = lx.TOLL_KIND_WORDS.get(_low(toks, jj))
                if kind:
                    return kind, lx.DISPLACED_TERMS.get(_low(toks, jj)), conn
    return None


def _label(toks: list[Tok], i: int, k: int, text: str) -> lx.Trigger | None:
    """A table label before N: "IDPs total 4 310", "Destroyed housing: 212"."""
    j, filler = k, 0
    while j >= 0 and toks[j].low in lx.LABEL_FILLERS and filler < 4:
        j, filler = j - 1, filler + 1
    m = _match_back(toks, j, lx.LABEL)
    if m is None:
        return None
    after = text[toks[i].end : toks[i].end + 40].lstrip(" \t")
    nxt = _low(toks, i + 1)
    if after and after[0] not in ",.;:)(\n\r" and nxt not in lx.PERSONS and nxt not in lx.HOUSEHOLDS:
        return None
    return m[1]


@dataclass(slots=True)
class _Post:
    trig: lx.Trigger
    start: int  # first token of the trigger
    end: int
    head: int | None
    passive: bool
    np_end: int
    direct: bool  # nothing but adverbs between the number and the trigger


def _skip_aside(toks: list[Tok], j: int, np: list[int]) -> int | None:
    """Index after "( ... )" or ", ... ," starting at j, or None when there is no such aside."""
    opener = toks[j].text
    closer = ")" if opener == "(" else ","
    limit = min(len(toks), j + (14 if opener == "(" else 10))
    numbers_ok = opener == "(" or _low(toks, j + 1) in ("including", "among", "mostly", "mainly", "many")
    for k in range(j + 1, limit):
        t = toks[k]
        if t.text == closer:
            return k + 1 if np or opener == "(" else None
        if t.kind in "nd" and not numbers_ok or _match_fwd(toks, k, lx.POST) and opener == ",":
            return None
    return None


def _scan(toks: list[Tok], j: int, np: list[int], state: str, conj_num: bool = True) -> _Post | None:
    """From j, walk noun phrase, asides, relative pronoun, verb group up to the first trigger."""
    used: set[str] = set() if conj_num else {"conj-num"}
    passive = direct = False
    direct = not np and state == "np"
    n = len(toks)
    for _ in range(30):
        if j >= n:
            return None
        m = _match_fwd(toks, j, lx.POST | lx.NOUN)
        if m:
            head = np[-1] if np else None
            return _Post(m[1], j, m[0], head, passive, np[-1] + 1 if np else j, direct and not np)
        t = toks[j]
        if t.kind in "nd":
            if state == "after" and "conj-num" not in used and np and _low(toks, j - 1) in ("and", ","):
                used.add("conj-num")  # "three soldiers and two civilians were killed"
                more, j = _np(toks, j + 1)
                state = "after"
                continue
            return None
        if t.kind == "p":
            if t.text in "(," and "aside" not in used:
                after = _skip_aside(toks, j, np)
                if after is not None:
                    used.add("aside")
                    direct = False
                    j = after
                    continue
            if t.text == "," and np and "conj-num" not in used and _low(toks, j + 1) == "and":
                j += 1
                continue
            return None
        w = t.low
        if state == "np" and len(np) < 5 and _np_word(t) and not _np_done(toks, np, t):
            np.append(j)
            j += 1
            continue
        state = "after" if state == "np" else state
        if w in ("who", "that") and np and "rel" not in used:
            used.add("rel")
            state = "aux"
            j += 1
        elif w == "of" and _low(toks, j + 1) in ("which", "whom", "them") and "rel" not in used:
            used.add("rel")
            state = "aux"
            j += 2
        elif (
            w in ("and", "or") and np and toks[np[-1]].low.endswith("ed") and _match_fwd(toks, j + 1, lx.POST)
        ):
            np.pop()  # "scores trapped and missing"
            j += 1
        elif w.endswith("ed") and _low(toks, j + 1) == "to" and _low(toks, j + 2) == "death":
            j += 1  # "gored to death"
        elif (
            w == "and"
            and np
            and "conj" not in used
            and state == "after"
            and toks[min(j + 1, n - 1)].kind == "w"
        ):
            used.add("conj")
            j += 1
            if _low(toks, j) in ("a", "an", "the", "other"):
                j += 1
            more, j = _np(toks, j)
            if not more:
                return None
        elif w == "and" and np and state == "after" and toks[min(j + 1, n - 1)].kind == "n":
            j += 1
        elif w in lx.PREPOSITIONS and "pp" not in used and np:
            used.add("pp")
            j += 1
            for _ in range(6):
                if j >= n or toks[j].kind != "w" or toks[j].low in _AUX_VERBS or _match_fwd(toks, j, lx.POST):
                    break
                j += 1
        elif w in lx.AUX or _adverb(w):
            passive = passive or w in lx.PASSIVE
            direct = direct and _adverb(w)
            state = "aux"
            j += 1
        elif (
            w.endswith("ed")
            and _low(toks, j + 1) in ("and", "or")
            and state == "aux"
            and w not in lx.NEG_BEFORE
        ):
            j += 2
        else:
            return None
    return None


_ATTRIBUTIVE = {"homeless", "displaced", "injured", "wounded", "missing", "dead", "evacuated", "relocated"}
_ATTRIBUTIVE |= {"abducted", "kidnapped", "detained", "arrested"}


def _post(toks: list[Tok], i: int) -> _Post | None:
    """N [noun phrase] [verb group] TRIGGER, with attributive triggers ("6 000 homeless villagers")."""
    j = i + 1
    if _low(toks, j) == "or" and _low(toks, j + 1) in ("more", "so"):
        j += 2
    state = "np"
    if _low(toks, j) == "of":
        if _low(toks, j + 1) in ("which", "whom", "them"):
            j, state = j + 2, "aux"
        elif toks[i].num.vague or toks[i].num.approx:
            j += 2 if _low(toks, j + 1) in ("the", "those") else 1
        else:
            return None
    first = _scan(toks, j, [], state)
    if first is None:
        return None
    if first.trig.roles & lx.NOUN:
        head = first.end - 1
        if toks[head].low not in lx.PERSONS:
            return first  # "584 deaths", "two fatalities": the noun is the figure
    elif first.direct and _low(toks, first.end - 1) in _ATTRIBUTIVE:
        np, _ = _np(toks, first.end)
        if not np:
            return first
        if not (_person_like(toks[np[-1]]) or toks[np[-1]].low in lx.HOUSEHOLDS):
            return None  # "3 dead batteries"
        head = np[-1]
    else:
        return first
    later = _scan(toks, head + 1, [head], "after", conj_num=False)
    if later is not None and later.start < head + 9 and not later.trig.roles & lx.NOUN:
        later.head = head
        return later
    first.head, first.np_end = head, head + 1
    return first


_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "one", "himself", "herself", "themselves"}


def _first_conjunct(toks: list[Tok], k: int) -> int:
    """For "injured the driver and 6 passengers" with k at "and": the index before "the driver"."""
    if _low(toks, k) != "and":
        return k
    j = k - 1
    while j > k - 5 and j >= 0 and toks[j].kind == "w" and toks[j].low not in _DETERMINERS:
        j -= 1
    return j - 1 if _low(toks, j) in _DETERMINERS else k


def _pre(toks: list[Tok], i: int, k: int, text: str) -> tuple[str, lx.Trigger, str] | None:
    """(mode, trigger, connector) for a trigger before the number at i; k is the token before it."""
    m = _match_back(toks, k, lx.PRE) or _match_back(toks, _first_conjunct(toks, k), lx.PRE | lx.TRANS)
    if m is not None:
        s, trig = m
        before = _low(toks, s - 1)
        if trig.kind != lx.DISPLACED and (
            before in lx.MODALS or before == "to" and _low(toks, s - 2) in lx.MODALS
        ):
            return None
        return "pre", trig, ""
    toll = _toll(toks, i, k)
    if toll is not None:
        kind, term, conn = toll
        return "toll", lx.Trigger(kind, term, lx.PRE), conn
    label = _label(toks, i, k, text)
    if label is not None:
        return "label", label, ""
    return None


def _bind_one(toks: list[Tok], i: int, text: str, done: list[Bound]) -> Bound | None:
    if _not_a_count(toks, i, text):
        return None
    qual, qs = qualifier_before(toks, i)
    k = _skip_back(toks, qs - 1)
    if _low(toks, k) in lx.NEG_BEFORE:
        return None
    subgroup = _low(toks, qs - 1) in ("including", "includes", "included", "incl") or (
        (_low(toks, qs - 2), _low(toks, qs - 1)) in _SUBGROUP_PAIRS
    )
    np, np_end = _np(toks, i + 1)
    head = toks[np[-1]] if np else None
    found: tuple[str, lx.Trigger, str] | None = None
    if head is not None and head.low == "lives":
        after = [_low(toks, np_end + d) for d in range(3)]
        if _low(toks, k) in lx.LIVES_VERBS or "lost" in after:
            found = ("pre", lx.Trigger(lx.KILLED, None, lx.PRE), "")
            head = None
    elif _low(toks, k) in lx.FORCE_VERBS:
        term = _force_continuation(toks, np_end)
        if term is not None:
            found = ("pre", lx.Trigger(lx.DISPLACED, term, lx.PRE), "")
    if found is None:
        found = _pre(toks, i, k, text)
    if found is not None:
        mode, trig, conn = found
        unit = "households" if mode != "pre" and _has_household(toks, k, i) else None
        unit = unit or (_unit(head, trig, "pre") if mode != "label" else _label_unit(trig, head))
        if unit is None:
            return None
        if mode == "toll" and qual == "exact" and conn in lx.TOLL_MORE_THAN:
            qual = "more_than"
        if trig.kind in (lx.KIDNAPPED, lx.ARRESTED) and _released_after(toks, np_end):
            return None
        return _finish(toks, i, trig, unit, qual, mode, np_end, subgroup, done)
    post = _post(toks, i)
    if post is not None:
        trig = post.trig
        attributive = post.head is not None and post.head >= post.end
        if trig.roles & lx.TRANS and not post.passive and not attributive and _active(toks, post.end):
            return None
        if _low(toks, post.start) == "hostage" and _low(toks, post.end) in _HOSTAGE_NOT:
            return None
        if trig.roles & lx.PLACE and not any(
            t.low in _INTO for t in toks[max(i, post.start - 4) : post.start]
        ):
            return None  # "13 temporary shelters" counts shelters, "staying in shelters" people
        if trig.kind in (lx.KIDNAPPED, lx.ARRESTED) and _released_after(toks, post.end):
            return None
        if trig.kind == lx.DISPLACED and any(t.low in lx.RETURN for t in toks[post.end : post.end + 5]):
            return None  # "3,000 IDPs have returned"
        head_tok = toks[post.head] if post.head is not None else None
        if trig.roles & lx.NOUN and post.head == post.end - 1:
            head_tok = None
        unit = _unit(head_tok, trig, "post")
        if unit is None:
            return None
        return _finish(toks, i, trig, unit, qual, "post", post.np_end, subgroup, done)
    return _coordinated(toks, i, qs, np, done, subgroup)


def _finish(toks, i, trig, unit, qual, mode, np_end, subgroup, done) -> Bound | None:
    if subgroup and any(b.kind == trig.kind for b in done):
        return None
    if _rate(toks, np_end if np_end > i else i + 1):
        return None  # "kills 91 Americans a day"
    if trig.kind == lx.KIDNAPPED and _released(toks, i):
        return None  # a release story: released hostages are no figure
    num = toks[i].num
    if qual == "exact" and _low(toks, i + 1) == "or" and _low(toks, i + 2) in ("more", "so"):
        qual = "at_least" if _low(toks, i + 2) == "more" else "about"
    if qual == "exact":
        qual = "at_least" if num.vague or num.low is not None else ("about" if num.approx else "exact")
    kind = trig.kind
    return Bound(i, kind, trig.term if kind == lx.DISPLACED else None, unit, qual, mode, np_end)


def _rate(toks: list[Tok], j: int) -> bool:
    w0, w1 = _low(toks, j), _low(toks, j + 1)
    return w0 in ("daily", "annually") or (w0 in ("a", "per", "each", "every") and w1 in _RATE)


def _released(toks: list[Tok], i: int) -> bool:
    """ "freed 5 of the 20 hostages", "two hostages ... were released on Tuesday"."""
    if any(t.low in lx.RELEASE for t in toks[max(0, i - 6) : i]):
        return True
    be = {"were", "was", "been", "be", "being", "are", "is", "get", "got"}
    return any(
        toks[j].low in lx.RELEASE and (_low(toks, j - 1) in be or _low(toks, j - 2) in be)
        for j in range(i + 1, len(toks))
    )


def _has_household(toks: list[Tok], k: int, i: int) -> bool:
    lo = max(0, k - 10)
    return any(t.low in lx.HOUSEHOLDS for t in toks[lo : i + 3])


def _label_unit(trig: lx.Trigger, head: Tok | None) -> str:
    if trig.term == "destroyed housing" or (head is not None and head.low in lx.HOUSEHOLDS):
        return "households"
    return "people"


def _active(toks: list[Tok], j: int) -> bool:
    """After a transitive trigger: an object follows ("3 gunmen killed 5 people")."""
    t = toks[j] if j < len(toks) else None
    if t is None:
        return False
    return (
        t.kind == "n"
        or t.low in _OBJECT_START
        or (t.kind == "w" and t.low in lx.PERSONS)
        or _qualifier_at(toks, j)
    )


def _released_after(toks: list[Tok], j: int) -> bool:
    return any(t.low in lx.NEG_AFTER for t in toks[j : j + 8])


def _coordinated(toks, i, qs, np, done, subgroup) -> Bound | None:
    """ "killing 12 soldiers and four civilians": the second number takes the first one's kind."""
    if subgroup or not done or not np:
        return None
    prev = done[-1]
    if prev.mode not in ("pre", "toll", "coord"):
        return None
    between = [t.low for t in toks[prev.np_end : qs]]
    if between not in (["and"], [","], [",", "and"]):
        return None
    head = toks[np[-1]]
    if head.low in lx.NON_PERSON or not (_person_like(head) or head.low in lx.HOUSEHOLDS):
        return None
    trig = lx.Trigger(prev.kind, prev.term, lx.PRE)
    unit = _unit(head, trig, "pre")
    if unit is None:
        return None
    qual, _ = qualifier_before(toks, i)
    return _finish(toks, i, trig, unit, qual, "coord", np[-1] + 1, False, done)


def bind(toks: list[Tok], text: str) -> list[Bound]:
    """Every number token of one sentence that is a figure, in order."""
    done: list[Bound] = []
    for i, t in enumerate(toks):
        if t.kind == "n":
            b = _bind_one(toks, i, text, done)
            if b is not None:
                done.append(b)
    return done
