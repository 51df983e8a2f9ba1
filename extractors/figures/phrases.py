"""Token-level matching for the binding rules: triggers, qualifiers, noun phrases, and the walk from
a number to the trigger after it ("17 people have been killed", "6 000 homeless villagers").
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.figures import lexicon as lx
from extractors.figures.sentences import Tok

_AUX_VERBS = {"were", "was", "are", "is", "be", "been", "have", "has", "had", "will", "would", "remain"}
_AUX_VERBS |= {"remained", "remains", "fueron", "han", "sont", "ont", "foram"}
_MODAL = {"would", "could", "might", "may", "will", "shall", "must"}
# Triggers that also stand before a noun: "6 000 homeless villagers", "12 displaced families".
_ATTRIBUTIVE = {"homeless", "displaced", "injured", "wounded", "missing", "dead", "evacuated", "relocated"}
_ATTRIBUTIVE |= {"abducted", "kidnapped", "detained", "arrested"}
_SKIP_BACK = {"the", "all", "another", "further", "additional", "only", "just", "a", "an", "some", "its"}
_SKIP_BACK |= {"their", "his", "her", "our"}
_COLLECTIVE = {"crew", "family", "group", "team", "party", "delegation", "band", "contingent"}
_ASIDE_NUMBERS = {"including", "among", "mostly", "mainly", "many", "aged", "or"}  # ", or 430 families,"
_NP_EXTRA_STOP = {"out", "away", "back", "up", "down", "off", "alive", "yesterday", "overnight", "morning"}
_NP_EXTRA_STOP |= {"evening", "afternoon", "night", "recently", "annually", "per", "every", "late", "early"}


def low(toks: list[Tok], j: int) -> str:
    """The lower-cased token j, or "" out of range."""
    return toks[j].low if 0 <= j < len(toks) else ""


def adverb(w: str) -> bool:
    return len(w) > 4 and w.endswith("ly") and w not in lx.ADVERB_NOT


def np_word(t: Tok) -> bool:
    w = t.low
    return (
        t.kind == "w"
        and w not in lx.STOP
        and w not in lx.AUX
        and w not in _NP_EXTRA_STOP
        and not adverb(w)
        and w not in lx.WEEKDAYS
        and not (t.upper and w in lx.MONTHS)
    )


def match_fwd(toks: list[Tok], j: int, roles: int) -> tuple[int, lx.Trigger] | None:
    """The longest trigger phrase with one of `roles` starting at token j: (index after it, trigger)."""
    if not 0 <= j < len(toks) or toks[j].kind != "w":
        return None
    for phrase in lx.FIRST_WORDS.get(toks[j].low, ()):
        if all(low(toks, j + k) == w and toks[j + k].kind == "w" for k, w in enumerate(phrase)):
            for trig in lx.TRIGGERS[phrase]:
                if trig.roles & roles:
                    return j + len(phrase), trig
    return None


def match_back(toks: list[Tok], k: int, roles: int) -> tuple[int, lx.Trigger] | None:
    """The longest trigger phrase with one of `roles` ending at token k: (its first index, trigger)."""
    if not 0 <= k < len(toks) or toks[k].kind != "w":
        return None
    for phrase in lx.LAST_WORDS.get(toks[k].low, ()):
        s = k - len(phrase) + 1
        if s >= 0 and all(low(toks, s + n) == w and toks[s + n].kind == "w" for n, w in enumerate(phrase)):
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


def qualifier_at(toks: list[Tok], j: int) -> bool:
    return any(tuple(low(toks, j + k) for k in range(n)) in lx.QUALIFIER_PHRASES for n in (1, 2, 3))


def skip_back(toks: list[Tok], k: int) -> int:
    """Step back over "the", "all", "another", "a further", "a total of" and one ", ... ," aside."""
    paren = False
    while k >= 0:
        w = toks[k].low
        if w in _SKIP_BACK:
            k -= 1
        elif w == "of" and low(toks, k - 1) == "total":
            k -= 3 if low(toks, k - 2) in ("a", "the") else 2
        elif w == "of" and low(toks, k - 1) in _COLLECTIVE:
            k -= 2  # "killing its crew of 4", "the family of 6"
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


def noun_phrase(toks: list[Tok], j: int) -> tuple[list[int], int]:
    """Indices of the noun phrase starting at j ("Turkish truck drivers") and the index after it."""
    if low(toks, j) == "-" and low(toks, j + 1) in ("plus", "odd"):
        j += 2
    if low(toks, j) == "of" and low(toks, j + 1) not in ("them", "whom", "which"):
        j += 2 if low(toks, j + 1) in ("the", "those", "these", "their") else 1
    np: list[int] = []
    while j < len(toks) and len(np) < 5 and np_word(toks[j]) and not np_done(toks, np, toks[j]):
        if np and toks[j].low in _ATTRIBUTIVE and match_fwd(toks, j, lx.POST):
            break  # "a soldier dead": the trigger after the noun is no part of it
        np.append(j)
        j += 1
    return np, j


def np_done(toks: list[Tok], np: list[int], t: Tok) -> bool:
    """After a head noun ("migrants"), a lower-case word that counts nothing starts the verb phrase."""
    if not np or t.upper or t.low in lx.PERSONS or t.low in lx.HOUSEHOLDS or t.low in lx.DWELLINGS:
        return False
    last = toks[np[-1]].low
    if last in ("more", "other"):
        return False  # "three more aid workers", "two other journalists"
    return last in lx.PERSONS or last in lx.HOUSEHOLDS or last in lx.DWELLINGS


def person_like(t: Tok) -> bool:
    """A word that counts people: a known noun, a person suffix ("-ers", "-ians"), or a capital."""
    w = t.low
    if w in lx.NON_PERSON:
        return False
    return w in lx.PERSONS or w.endswith(lx.PERSON_SUFFIXES) or t.upper


@dataclass(slots=True)
class PostMatch:
    """A trigger found after a number, with the head noun of the number's noun phrase."""

    trig: lx.Trigger
    start: int  # first token of the trigger
    end: int
    head: int | None
    passive: bool
    np_end: int
    direct: bool  # nothing but adverbs between the number and the trigger
    future: bool = False  # "could be displaced", "may need to be evacuated"


def skip_aside(toks: list[Tok], j: int, np: list[int]) -> int | None:
    """Index after "( ... )" or ", ... ," starting at j, or None when there is no such aside."""
    opener = toks[j].text
    closer = ")" if opener == "(" else ","
    limit = min(len(toks), j + (14 if opener == "(" else 10))
    numbers_ok = opener == "(" or low(toks, j + 1) in _ASIDE_NUMBERS
    numbers_ok = (
        numbers_ok or low(toks, j + 2) == "of" and low(toks, j + 3) in ("them", "whom")
    )  # ", 3 of them"
    for k in range(j + 1, limit):
        t = toks[k]
        if t.text == closer and not (numbers_ok and closer == "," and _list_goes_on(toks, k + 1)):
            return k + 1 if np or opener == "(" else None
        if t.kind in "nd" and not numbers_ok or match_fwd(toks, k, lx.POST) and opener == ",":
            return None
    return None


def _list_goes_on(toks: list[Tok], j: int) -> bool:
    """ ", aged 14, 16 and 19,": after the comma, a number or "and" continues the aside."""
    return j < len(toks) and (toks[j].kind == "n" or toks[j].low == "and")


def _sheltered_after(toks: list[Tok], j: int) -> bool:
    """ "rescued and taken to shelters": a rescue that ends in a shelter or a hospital."""
    for k in range(j, min(len(toks), j + 4)):
        m = match_fwd(toks, k, lx.POST)
        if m is not None:
            return m[1].kind in (lx.DISPLACED, lx.INJURED)
    return False


def _participle(toks: list[Tok], j: int) -> bool:
    """ "working" in "2 women working for a charity were kidnapped" (no trigger such as "killing")."""
    w = toks[j].low
    return len(w) > 5 and w.endswith("ing") and not toks[j].upper and match_fwd(toks, j, lx.PRE) is None


def _thing_after(toks: list[Tok], j: int) -> bool:
    t = toks[j] if j < len(toks) else None
    return t is not None and np_word(t) and not person_like(t) and t.low not in lx.HOUSEHOLDS


def scan(toks: list[Tok], j: int, np: list[int], state: str, conj_num: bool = True) -> PostMatch | None:
    """From j, walk noun phrase, asides, relative pronoun, verb group up to the first trigger."""
    used: set[str] = set() if conj_num else {"conj-num"}
    passive = future = False
    direct = not np and state == "np"
    n = len(toks)
    for _ in range(30):
        if j >= n:
            return None
        m = match_fwd(toks, j, lx.POST | lx.NOUN)
        if m and low(toks, m[0]) == "to" and low(toks, m[0] + 1) == "death":
            m = None  # "burned to death": the death, not the burning
        if (
            m
            and "pp" in used
            and state != "aux"
            and low(toks, m[0] - 1) in _ATTRIBUTIVE
            and _thing_after(toks, m[0])
        ):
            m = None  # "placed 4 players on the injured reserve list"
        if m:
            head = np[-1] if np else None
            return PostMatch(m[1], j, m[0], head, passive, np[-1] + 1 if np else j, direct and not np, future)
        t = toks[j]
        if t.kind in "nd":
            if state == "after" and not used & {"conj-num", "pp"} and np and low(toks, j - 1) in ("and", ","):
                used.add("conj-num")  # "three soldiers and two civilians were killed"
                _, j = noun_phrase(toks, j + 1)
                state = "after"
                continue
            return None
        if t.kind == "p":
            if t.text in "(," and "aside" not in used:
                after = skip_aside(toks, j, np)
                if after is not None:
                    used.add("aside")
                    direct = False
                    j = after
                    continue
            if t.text == "," and np and "conj-num" not in used and low(toks, j + 1) == "and":
                j += 1
                continue
            if t.text == "," and np and "rel" not in used and low(toks, j + 1) in ("who", "which"):
                j += 1  # "the 3 men, who were arrested in May, ..."
                continue
            return None
        w = t.low
        if state == "np" and len(np) < 5 and np_word(t) and not np_done(toks, np, t):
            np.append(j)
            j += 1
            continue
        state = "after" if state == "np" else state
        if w in ("who", "that") and np and "rel" not in used:
            used.add("rel")
            state = "aux"
            j += 1
        elif w == "of" and low(toks, j + 1) in ("which", "whom", "them") and "rel" not in used:
            used.add("rel")
            state = "aux"
            j += 2
        elif (
            w in ("and", "or") and np and toks[np[-1]].low.endswith("ed") and match_fwd(toks, j + 1, lx.POST)
        ):
            np.pop()  # "scores trapped and missing"
            j += 1
        elif w.endswith("ed") and low(toks, j + 1) == "to" and low(toks, j + 2) == "death":
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
            if low(toks, j) in ("a", "an", "the", "other"):
                j += 1
            more, j = noun_phrase(toks, j)
            if not more:
                return None
        elif w == "and" and np and state == "after" and toks[min(j + 1, n - 1)].kind == "n":
            j += 1
        elif (
            (
                w in lx.PREPOSITIONS
                or _participle(toks, j)
                and state == "after"
                and "pp" not in used
                and person_like(toks[np[-1]] if np else t)
            )
            and "pp2" not in used
            and np
        ):
            used.add("pp2" if "pp" in used else "pp")  # "residents living in sheds in low-lying areas"
            j += 1
            for _ in range(6):
                if (
                    j < n
                    and toks[j].kind == "n"
                    and (_thing_after(toks, j + 1) or low(toks, j + 1) in lx.HOUSEHOLDS)
                ):
                    j += 1  # "10,000 people in 23 villages were displaced", "people from 2,715 families"
                    continue
                if j >= n or toks[j].kind != "w" or toks[j].low in _AUX_VERBS or match_fwd(toks, j, lx.POST):
                    break
                j += 1
        elif w in lx.AUX or adverb(w):
            passive = passive or w in lx.PASSIVE
            future = future or (w in _MODAL and (low(toks, j + 1) == "be" or low(toks, j + 2) == "to"))
            direct = direct and adverb(w)
            state = "aux"
            j += 1
        elif w == "treated" and low(toks, j + 1) == "for" and low(toks, j + 3) in lx.INJURY_FORMS:
            state, j = "aux", j + 2  # "treated for moderate injuries"
        elif (
            state == "aux"
            and np_word(t)
            and low(toks, j + 1) in lx.INJURY_FORMS
            and match_fwd(toks, j + 1, lx.POST)
        ):
            j += 1  # any adjective before "injuries": "suffered moderate injuries"
        elif (
            (w.endswith("ed") or w in lx.HARM_PARTICIPLES)
            and low(toks, j + 1) in ("and", "or")
            and state == "aux"
            and (w not in lx.NEG_BEFORE or _sheltered_after(toks, j + 2))
        ):
            j += 2
        else:
            return None
    return None


def post_trigger(toks: list[Tok], i: int) -> PostMatch | None:
    """N [noun phrase] [verb group] TRIGGER, with attributive triggers ("6 000 homeless villagers")."""
    j = i + 1
    if low(toks, j) == "or" and low(toks, j + 1) in ("more", "so"):
        j += 2
    elif low(toks, j) == "+":
        j += 1
    elif low(toks, j) == "-" and low(toks, j + 1) in ("plus", "odd"):
        j += 2
    state = "np"
    if low(toks, j) == "of":
        if low(toks, j + 1) in ("which", "whom", "them"):
            j, state = j + 2, "aux"
        elif toks[i].num.vague or toks[i].num.approx:
            j += 2 if low(toks, j + 1) in ("the", "those") else 1
        elif (
            low(toks, j + 1) in ("the", "those", "these", "their")
            and low(toks, j + 2)
            and toks[j + 2].kind == "n"
        ):
            j += 3  # "two of the 30 passengers were killed": the verb counts the two
        elif low(toks, j + 1) in ("its", "their", "his", "her", "our"):
            j += 2  # "6 of its staff were abducted"
        else:
            return None
    first = scan(toks, j, [], state)
    if first is None:
        return None
    if first.trig.roles & lx.NOUN:
        head = first.end - 1
        if toks[head].low not in lx.PERSONS:
            return first  # "584 deaths", "two fatalities": the noun is the figure
    elif first.direct and low(toks, first.end - 1) in _ATTRIBUTIVE:
        np, _ = noun_phrase(toks, first.end)
        if not np or toks[np[0]].low.endswith("ed"):
            return first  # "the 10 dead included ..."
        if not (person_like(toks[np[-1]]) or toks[np[-1]].low in lx.HOUSEHOLDS):
            return None  # "3 dead batteries"
        head = np[-1]
    else:
        return first
    later = scan(toks, head + 1, [head], "after", conj_num=False)
    if later is not None and later.start < head + 9 and not later.trig.roles & lx.NOUN:
        later.head = head
        return later
    first.head, first.np_end = head, head + 1
    return first
