"""Numbers that are no head count, or count only a part: years, dates, times, ages, money, ratios,
"one of the 7 hostages", "people from 2,715 families", and figures a release or a rescue undoes.
"""

from __future__ import annotations

from extractors.figures import lexicon as lx
from extractors.figures.phrases import low, match_back, match_fwd, object_relative, person_like
from extractors.figures.sentences import Tok
from extractors.figures.tolls import superseded

_PART = {"one", "some", "many", "most", "several", "none", "half", "each", "any", "few", "dozens", "scores"}
_QUALIFIER_WORDS = {w for phrase in lx.QUALIFIER_PHRASES for w in phrase}


def _is_year(toks: list[Tok], i: int) -> bool:
    n, nxt = toks[i].num, low(toks, i + 1)
    if not (n.plain4 and 1800 <= n.value <= 2100):
        return False
    counted = nxt in lx.PERSONS or nxt in lx.HOUSEHOLDS or nxt in lx.DWELLINGS
    if nxt in _EVENTS and low(toks, i - 1) in ("the", "of", "since", "in"):
        return True  # "the 1994 killings", "the 2014 kidnappings of the Chibok girls"
    return not counted and match_fwd(toks, i + 1, lx.POST) is None


_EVENTS = {"killings", "kidnappings", "abductions", "deaths", "massacre", "massacres", "arrests", "floods"}


def _month_near(lows: list[str], i: int) -> bool:
    """A month name in the words `_is_date` reads (two before N, one before, one after): tested before the call."""
    return lows[i - 1] in lx.MONTHS or lows[i + 1] in lx.MONTHS or lows[i - 2] in lx.MONTHS


def _is_date(toks: list[Tok], i: int) -> bool:
    """A capitalised month before N ("May 3", "Sept. 3") or after it ("3 March")."""
    return month(toks, i - 2 if i > 1 and toks[i - 1].text == "." else i - 1) or month(toks, i + 1)


def not_a_count(toks: list[Tok], lows: list[str], i: int, text: str) -> bool:
    """Years, dates, times, ages, money, percentages, identifiers; `lows`: the padded lower-cased tokens."""
    t = toks[i]
    n = t.num
    if n.value <= 0:
        return True
    if (
        n.plain4
        and 1800 <= n.value <= 2100
        and _is_year(toks, i)
        or _month_near(lows, i)
        and _is_date(toks, i)
    ):
        return True
    e, s = t.end, t.start
    after = text[e : e + 1]
    if (
        after == "%"
        or after == ":"
        and text[e + 1 : e + 2].isdigit()
        or s >= 2
        and text[s - 1] == ":"
        and text[s - 2].isdigit()
    ):
        return True  # 12%, 09:00
    prev, nxt = lows[i - 1], lows[i + 1]
    if prev in ("of", "at") and superseded(toks, i):
        return True  # "revising an earlier toll of 27": no longer the toll
    if nxt in lx.UNIT_NAMES and not (
        i + 2 < len(toks) and not toks[i + 1].upper and person_like(toks[i + 2])
    ):
        return True  # "the 444 Brigade": a unit's name (not the modifier in "three battalion commanders")
    if (
        prev in lx.NOT_COUNT_BEFORE
        and not (prev == "number" and lows[i - 2] in _NUMBER_AS_VERB)  # "the dead now number 112"
        or prev == "not"
        or (prev == "between" and lows[i - 2] in ("aged", "ages"))
    ):
        return True
    if prev == "for" and lows[i - 2] in ("exchange", "swap"):
        return True  # "prisoners released in exchange for three hostages": a swap, no one taken
    if (nxt in ("in", "out") or prev in ("in", "of")) and _ratio(toks, i):  # (the words _ratio needs)
        return True  # "one in five", "3 out of 10"
    age = prev == "," and i >= 2 and toks[i - 2].upper and toks[i - 2].kind == "w" and t.num.value < 120
    if age and nxt in (",", ")") and not t.num.words:
        return True  # "Omar Salem, 64, who ..."
    if t.low != "one":
        return False  # (the rules below are all about "one")
    if nxt == "of" and (lows[i + 2] in _POSSESSIVE or match_back(toks, i - 1, lx.PRE)):
        return False  # "one of its staff members was abducted", "have killed one of the hostages"
    if nxt == "of" and lows[i + 2] == "the" and _passive_at(toks, i + 4):
        return False  # "one of the engineers was killed in the crossfire"
    return nxt in ("of", "another", "day", "side", "hand")


_POSSESSIVE = {"its", "their", "his", "her", "our"}


# Before "number N", words that make "number" the verb of a toll: "the dead now number 112".
_NUMBER_AS_VERB = lx.TOLL_NOUNS | {"now", "injured", "wounded", "missing", "displaced", "killed", "victims"}
# A trigger phrase that starts with a finite verb has a verb between: "two of the 4 men remain with captors".
_FINITE = {"is", "are", "was", "were", "remain", "remains", "remained", "has", "have", "had"}


def trigger_follows(toks: list[Tok], i: int) -> bool:
    """ "one of 3 climbers killed": a trigger right after the noun phrase of N, no verb between."""
    for j in range(i + 1, min(len(toks), i + 6)):
        m = None if toks[j].low in _FINITE else match_fwd(toks, j, lx.POST | lx.NOUN)
        if m is not None and not (m[1].roles & lx.NOUN and toks[j].low in lx.PERSONS):
            # (a noun like "hostages" is the head, not the trigger); "19,000 of the 20,000 residents
            return not toks[j].low.endswith("ing")  # leaving": the part's participle, not the whole's
        if object_relative(toks, j):
            return True  # "5 of the 12 workers they abducted"
        if toks[j].low in ("who", "that"):  # "half of the 40,000 people who fled"
            return any(match_fwd(toks, jj, lx.POST) for jj in range(j + 1, min(len(toks), j + 4)))
        if toks[j].kind != "w" or toks[j].low in lx.AUX or toks[j].low in lx.STOP:
            return False
    return False


def part_of(toks: list[Tok], qs: int) -> bool:
    """ "two of the 15 hostages were killed": the verb counts the part, the number the whole."""
    j = qs - 1
    if low(toks, j).endswith(("'s", "’s")) and low(toks, j - 1) == "the":
        j -= 1  # "nearly all of the Strip's 2.2 million residents"
    if low(toks, j) in ("the", "those", "these", "their"):
        j -= 1
    if low(toks, j) != "of":
        return False
    w = toks[j - 1] if j >= 1 else None
    most = w is not None and w.low == "all" and low(toks, j - 2) in ("nearly", "almost", "virtually")
    return w is not None and (w.kind == "n" or w.low in _PART or most)


# The word before N (at qs - 1) that `breakdown`, `part_of` (or a word ending in "'s") and `subgroup` need:
# extractors.figures.binding tests it first.
BREAKDOWN_AT = frozenset({"from", "in", ",", "(", "or"})
PART_OF_AT = frozenset({"of", "the", "those", "these", "their"})


def breakdown(toks: list[Tok], qs: int) -> bool:
    """ "12,340 people from 2,715 families", "2,150 people, or 430 families": a restatement."""
    prev = low(toks, qs - 1)
    if prev in ("from", "in") and low(toks, qs + 1) in lx.HOUSEHOLDS:
        j = qs - 2
    elif (
        prev == ","
        and low(toks, qs - 2) in _GENERIC
        and _larger_before(toks, qs - 2, toks[qs].num)
        and match_fwd(toks, past_aux(toks, qs + 1), lx.POST) is None  # not "Blast kills 40 people, 12
        # injured", "killed 679 people, 537 were still missing": a count of its own kind
    ):
        return True  # "holding four people, three schoolteachers and their driver": the parts of the four
    elif prev == "(" or prev == "or" and low(toks, qs - 2) == ",":
        j = qs - 2 if prev == "(" else qs - 3
        if low(toks, qs + 1) not in lx.HOUSEHOLDS | lx.PERSONS:
            return False
    else:
        return False
    counted = toks[j].low in lx.PERSONS or toks[j].low in lx.HOUSEHOLDS if j >= 0 else False
    return counted and any(t.kind == "n" for t in toks[max(0, j - 3) : j])


def past_aux(toks: list[Tok], j: int) -> int:
    """The index after the auxiliaries and adverbs of a verb group at j ("were still", "have since been")."""
    while j < len(toks) and toks[j].low in lx.AUX:
        j += 1
    return j


def month(toks: list[Tok], j: int) -> bool:
    """ "May" in "floods in May killed 12": a month, not the modal verb."""
    return 0 <= j < len(toks) and toks[j].upper and toks[j].low in lx.MONTHS


def _ratio(toks: list[Tok], i: int) -> bool:
    """ "one in five", "3 out of 10": the first number is the smaller."""
    value = toks[i].num.value
    nxt, prev = low(toks, i + 1), low(toks, i - 1)
    if (
        nxt == "in"
        and _number(toks, i + 2, value, True)
        or nxt == "out"
        and _number(toks, i + 3, value, True)
    ):
        return True
    return prev == "in" and _number(toks, i - 2, value, False) or prev == "of" and low(toks, i - 2) == "out"


def _number(toks: list[Tok], j: int, value: int, larger: bool) -> bool:
    """A number token at j, larger (or smaller) than `value`."""
    if not (0 <= j < len(toks) and toks[j].kind == "n"):
        return False
    return toks[j].num.value > value if larger else toks[j].num.value < value


# Words that start another clause, or another subject: a release after them is someone else's ("abducted
# two employees, adding that a third staff member had escaped").
_NEW_CLAUSE = {";", "but", "while", "whereas", "although", "adding", "saying", "another", "others"}


def released(toks: list[Tok], i: int) -> bool:
    """ "freed 5 of the 20 hostages", "two hostages ... were released on Tuesday"."""
    for j in range(max(0, i - 6), i):
        if (
            toks[j].low in lx.RELEASE
            and low(toks, j + 1) not in _CLAUSE_ENDS  # "5 were released and 8 remain": no object of its own
            and all(_filler(t) for t in toks[j + 1 : i])
        ):
            # the release governs the number, not "released a video showing 3 ...", and not the whole
            # of a part it released: "released 5 of the 12 workers they abducted" (12 were abducted)
            return not any(
                t.kind == "n" and low(toks, jj + 1) == "of" for jj, t in enumerate(toks[:i]) if jj > j
            )
    for j in range(i + 1, len(toks)):  # a passive release in the number's own clause
        if (
            toks[j].kind == "n"
            and low(toks, j + 1) not in lx.NON_PERSON
            and not (_is_year(toks, j) or _is_date(toks, j))
        ):
            return False  # "3 were kidnapped, and 2 were released": the release has its own number (a
            # duration, "held for six weeks", or a year, "kidnapped in 2015 raid released", is no count)
        if toks[j].low in _NEW_CLAUSE or toks[j].low in ("whom", "them") and low(toks, j - 2) in lx.SOME_OF:
            return False  # another clause, another subject; "40 villagers, many of whom were freed": a part
        if toks[j].low in lx.RELEASE and (
            low(toks, j - 1) in lx.AUXILIARIES or low(toks, j - 2) in lx.AUXILIARIES or j == len(toks) - 1
        ):  # (last: a headline without its auxiliary, "Two workers kidnapped in raid released")
            return True
    return False


_CLAUSE_ENDS = {"and", ",", ";", "but", "while", "whereas"}


def _filler(t: Tok) -> bool:
    return t.kind == "n" or t.low in lx.STOP or t.low in _QUALIFIER_WORDS or t.low in ("another", "further")


def _released_after(toks: list[Tok], j: int, words: set[str] = lx.NEG_AFTER) -> bool:
    """ "2 engineers kidnapped last week were released", up to the next number or clause."""
    for jj in range(j, min(len(toks), j + 8)):
        w = toks[jj].low
        if w in words:  # unless the release has its own count: "abducted 30 and released 10 of them"
            return not any(t.kind == "n" for t in toks[jj + 1 : jj + 4])
        if toks[jj].kind == "n" or w in (";", "but") or w == "," and low(toks, jj + 1) != "who":
            return False
    return False


def undone(toks: list[Tok], kind: str, j: int) -> bool:
    """A release or a rescue right after the figure undoes it: no kidnapping, arrest or missing."""
    if kind in (lx.KIDNAPPED, lx.ARRESTED):
        return _released_after(toks, j)
    return kind == lx.MISSING and _released_after(toks, j, lx.FOUND_SAFE)


_CAPACITY_VERBS = {"treat", "accommodate", "house", "host", "hold", "shelter", "seat", "receive"}
_CAPACITY_VERBS |= {"take", "serve"}


def capacity(toks: list[Tok], qs: int) -> bool:
    """ "can treat up to 40 injured patients", "able to house 500 displaced families", "a capacity of 300":
    what a place can take, no head count."""
    j = qs - 1
    if low(toks, j) in _CAPACITY_VERBS and (
        low(toks, j - 1) in ("can", "could")
        or low(toks, j - 1) == "to"
        and low(toks, j - 2) in ("able", "designed")
    ):
        return True
    if low(toks, j) == "for" and low(toks, j - 1) in ("room", "space", "places", "beds", "capacity"):
        return True  # "room for 20,000 more refugees"
    return not _CAPACITY_NOUNS.isdisjoint([t.low for t in toks[max(0, qs - 4) : qs]])  # (no generator: run
    # for every number)


_CAPACITY_NOUNS = frozenset({"capacity", "capacities"})
CAPACITY_NOUNS = (
    _CAPACITY_NOUNS  # `capacity` needs one of these in the sentence, or a word of CAPACITY_AT at qs - 1
)
CAPACITY_AT = frozenset(_CAPACITY_VERBS | {"for"})


def persons_restated(toks: list[Tok], j: int) -> int | None:
    """The number of "(about 10,700 individuals)" right after a household count's noun phrase (j: the token
    after it): the figure is the people, not the households."""
    if low(toks, j) == "," and low(toks, j + 1) in ("or", "i.e."):
        j += 1  # "About 900 families, or roughly 4,500 people, fled"
    if low(toks, j) not in ("(", "or", ","):  # (",": "evacuated 3,650 families, around 17,000 people,")
        return None
    for k in range(j + 1, min(len(toks), j + 5)):
        if toks[k].kind == "n":
            closed = low(toks, k + 2) == ")" if low(toks, j) == "(" else True  # "5,237 families or 19,684"
            return k if low(toks, k + 1) in lx.PERSONS and closed else None
        if toks[k].low not in _QUALIFIER_WORDS and toks[k].low not in ("roughly", "approximately"):
            return None
    return None


def mixed_kinds(toks: list[Tok], j: int, kind: str) -> bool:
    """ "died or gone missing", "killed or injured": another kind joined by "or" right after the trigger."""
    if low(toks, j) != "or":
        return False
    if low(toks, j + 1) in ("damaged", "partially"):
        return True  # "1,800 houses destroyed or damaged": damaged homes are no figure
    for k in range(j + 1, min(len(toks), j + 4)):
        m = match_fwd(toks, k, lx.POST)
        if m is not None:
            return m[1].kind != kind
    return False


_RATE_UNITS = {"day", "week", "month", "year", "hour", "daily", "annually"}


RATE_AT = frozenset({"daily", "annually", "a", "per", "each", "every"})  # `rate` needs one of them at j


def rate(toks: list[Tok], j: int) -> bool:
    """ "kills 91 Americans a day", "one child every two days": a rate, no count."""
    w0, w1 = low(toks, j), low(toks, j + 1)
    if w0 == "every" and j + 2 < len(toks) and toks[j + 1].kind == "n":
        w1 = low(toks, j + 2).rstrip("s")  # "one child every two days"
    return w0 in ("daily", "annually") or (w0 in ("a", "per", "each", "every") and w1 in _RATE_UNITS)


def part_named(toks: list[Tok], i: int, np_end: int) -> bool:
    """A part, not a count: "Two children among five killed" (the five is the figure), "the evacuation of 10
    of Goma's 18 neighbourhoods" (the ten are places)."""
    if low(toks, np_end) == "among" and any(
        toks[k].kind == "n" and _verb_trigger(toks, k + 1)
        for k in range(np_end + 1, min(len(toks), np_end + 3))
    ):
        return True  # (not "killed 40 people among 5,000 refugees": no casualty word after the 5,000)
    if low(toks, i + 1) != "of":
        return False
    for k in range(i + 2, min(len(toks), i + 5)):
        if toks[k].kind == "n":
            return low(toks, k + 1) in lx.NON_PERSON
    return False


_STILL = {"still", "remain", "remains", "remained"}  # "12 of them remain in captivity"


def of_them(toks: list[Tok], i: int, kind: str, last_kind: str, last_tok: int) -> bool:
    """ "displaced 49,000 people, with 22,500 of them accommodated": a part of the figure just before, same
    kind, no other count between (not "attacked a bus carrying 20 passengers, killing 8 of them")."""
    if low(toks, i + 1) != "of" or low(toks, i + 2) not in ("them", "whom") or kind != last_kind:
        return False
    if any(t.kind == "n" for t in toks[last_tok + 1 : i]):
        return False
    return _STILL.isdisjoint((low(toks, i + 3), low(toks, i + 4)))  # (not "seven of them are still held")


_GENERIC = {"people", "persons", "individuals", "hostages", "captives", "foreigners"}


def _larger_before(toks: list[Tok], j: int, num) -> bool:
    """A number larger than `num` in the three words before j (the whole a breakdown restates)."""
    return num is not None and any(t.kind == "n" and t.num.value > num.value for t in toks[max(0, j - 3) : j])


_SUBGROUP_PAIRS = {("of", "whom"), ("of", "which"), ("from", "which"), ("among", "them"), ("among", "whom")}
_SUBGROUP_PAIRS |= {("of", "them"), ("of", "these")}
SUBGROUP_AT = frozenset({"the", "including", "include", "includes", "included", "incl", ","})
SUBGROUP_AT |= {b for _, b in _SUBGROUP_PAIRS}


def subgroup(toks: list[Tok], qs: int) -> str | None:
    """ "including five children", "among them 3 soldiers": "part" of a figure named before; "aside" when
    the part stands in a clause of its own ("The suspects, who include four foreign nationals, ...", "The
    group, including 5 minors, ...") and is no figure even without a total; None otherwise."""
    sub = (
        qs - 1 - (low(toks, qs - 1) == "the" and low(toks, qs - 2).startswith("includ"))
    )  # "including the 4"
    if low(toks, sub) in ("including", "include", "includes", "included", "incl"):
        if low(toks, sub - 2) in lx.MIXED_COUNTS and low(toks, sub - 1) in (",", "("):
            return None  # "31 casualties, including nine deaths and 22 injuries": a mixed count's parts
        return "aside" if low(toks, sub - 1) in ("who", "which", "that", ",") else "part"
    if low(toks, qs - 1) == "," and (low(toks, qs - 3), low(toks, qs - 2)) in _SUBGROUP_PAIRS:
        return "part"  # "6,300 people fled; of them, 4,100 found refuge with host families"
    return "part" if (low(toks, qs - 2), low(toks, qs - 1)) in _SUBGROUP_PAIRS else None


def _passive_at(toks: list[Tok], j: int) -> bool:
    """ "was/were (later) <trigger>" at j: "one of the engineers was killed"."""
    if low(toks, j) not in ("was", "were"):
        return False
    j += 1 + (low(toks, j + 1) in ("later", "also", "reportedly", "then"))
    return match_fwd(toks, j, lx.POST) is not None


def _verb_trigger(toks: list[Tok], j: int) -> bool:
    """A casualty word at j that is no noun of its own ("killed", "dead"; not "refugees")."""
    m = match_fwd(toks, j, lx.POST)
    return m is not None and not m[1].roles & lx.NOUN
