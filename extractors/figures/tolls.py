"""Figures named by a count word rather than a verb: tolls, tallies, running totals, table labels.

- toll: "the death toll rose to 45", "the number of displaced families is 530", "toll tops 1,000";
- running total: "bringing the total to 64", "bringing to 1,105 the number of soldiers killed",
  "revised the figure to 23" take the kind of the figure the sentence gave before;
- label: a table cell, "IDPs total 4 310", "Destroyed housing: 212";
- lists and searches: "the dead included 23", "rescuers were searching for 15 others".
Who holds whom (kidnapping or arrest) is extractors.figures.captivity.
"""

from __future__ import annotations

from operator import attrgetter

from extractors.figures import lexicon as lx
from extractors.figures.phrases import low, match_back, match_fwd, unrealised
from extractors.figures.sentences import Tok

# Verbs that carry a running total forward: "bringing the total to 64", "revised the figure to 23".
_RUNNING = {
    "bringing",
    "brings",
    "brought",
    "bring",
    "raising",
    "raises",
    "raised",
    "taking",
    "takes",
    "took",
}
_RUNNING |= {"pushing", "pushes", "pushed", "putting", "puts", "put", "revised", "revising", "lifting"}
_RUNNING |= {"lifted", "sending", "sent", "increasing", "increased"}
_RUN_INTO = {"number", "numbered", "numbers", "run", "runs", "ran", "running"}
_FALLS = {
    "fell",
    "fallen",
    "falls",
    "dropped",
    "drops",
    "declined",
    "decreased",
    "dipped",
}  # "... fell below N"


# The words `toll` needs at k (its connector): `binding` tests them before the call.
TOLL_AT = frozenset({"in", "into", "the", "toll", "tally", "to", "at"} | lx.TOLL_CONNECTORS | _FALLS)


# Every word the loop of `toll` binds on: "toll", "tally", a toll noun or word, and after a connector that
# counts ("displaced residents, numbering"), any count word (kind_word).
_COUNTED = ("numbering", "numbered", "totalling", "totaling")
_NAMES_A_TOLL = frozenset({"toll", "tally"} | lx.TOLL_NOUNS | lx.TOLL_WORDS)
_NAMES_A_COUNT = _NAMES_A_TOLL | lx.TOLL_KIND_WORDS.keys()
_LOW = attrgetter("low")


def toll(toks: list[Tok], i: int, k: int, prev: str | None) -> tuple[str, str | None, str] | None:
    """(kind, term, connector) for "death toll ... to N", "number of displaced families ... N".

    `prev` is the kind of the sentence's last figure before N, for a total that names no kind.
    """
    found = _connector(toks, k)
    return None if found is None else _toll_words(toks, i, found[1], found[0], prev)


def _connector(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """(connector, index where the toll's words end) for the word at k before N ("rose to", "stood at",
    "toll", "run into the hundreds"), or None: no toll, or one not yet reached ("could climb to 1,000")."""
    conn = low(toks, k)
    if conn == "to" and toks[k - 1].kind == "n" and low(toks, k - 2) == "from":
        k -= 2  # "raising the toll from 14 to 18": the toll is read before the old value
        conn = "to"
    if conn in ("in", "into", "the") and low(toks, k - (2 if conn == "the" else 1)) in _RUN_INTO:
        end = k - (3 if conn == "the" else 2)  # "missing still number in thousands", "run into the hundreds"
        conn = "number"
    elif conn in ("toll", "tally"):
        end = k
    elif conn in ("to", "at") and (verb := _toll_verb(toks, k - 1)) is not None:
        if unrealised(toks, verb):
            return None  # "the toll is expected to climb to 500", "could climb to 1,000": no figure yet
        conn, end = low(toks, verb), verb - 1  # "deaths rose to", "stood at", "rose overnight to 20"
        while end >= 0 and toks[end].low in lx.AUXILIARIES:
            end -= 1  # "had climbed to", "has risen to"
    elif conn in lx.TOLL_CONNECTORS or conn in _FALLS and low(toks, k + 1) in ("below", "under"):
        if conn != "be" and (low(toks, k - 1) == "to" or low(toks, k - 1) in lx.MODAL_VERBS):
            return None  # "was likely to exceed 3,000", "could top 500": no figure yet
        if conn == "to" and unrealised(toks, k - 1):
            return None  # "is expected to rise to 500"
        end = k - 1
    else:
        return None
    return conn, end


def _toll_words(toks: list[Tok], i: int, end: int, conn: str, prev: str | None):
    """What `toll` finds in the words before `end` (the toll, the count noun, "number of ..."), back to the
    last count or clause break; `conn` is the connector."""
    names = _NAMES_A_COUNT if conn in _COUNTED else _NAMES_A_TOLL
    if names.isdisjoint(map(_LOW, toks[max(0, end - 19) : end + 1])):
        return None  # no word the loop below binds on is in reach: it would end with None (one pass in C)
    for j in range(end, max(-1, end - 20), -1):
        t = toks[j]
        if t.kind == "n" and not _measure(toks, j) and not superseded(toks, j) or t.text in (";", "(", ")"):
            return None  # another count; a date, a magnitude or an earlier toll may stand in the noun phrase
        if t.low in ("toll", "tally") and low(toks, j + 1) != "of" or t.low == "toll":
            kind = lx.INJURED if low(toks, j - 1) in ("injury", "injuries", "wounded") else lx.KILLED
            return kind, None, conn
        # "the dead from Sunday's barrage ... now number 86"
        near = end - j < 6 or conn in ("number", "numbered")
        counted = conn in _COUNTED and end - j < 4
        if counted and (kw := kind_word(toks, j)):
            return kw, lx.DISPLACED_TERMS.get(t.low), conn  # "displaced residents, numbering"
        if (
            t.low in lx.TOLL_NOUNS
            and near
            and conn not in ("of", "to", "at", ":", "-", "–")
            and (kind := kind_word(toks, j, lx.KILLED))
        ):
            return kind, lx.DISPLACED_TERMS.get(t.low), conn  # "troop deaths in Iraq reach 1,000"
        if t.low in lx.TOLL_WORDS and any(w.low in lx.RELEASE for w in toks[j : end + 1]):
            return None  # "bringing the number freed so far to 60": the released are no figure
        if t.low in lx.TOLL_WORDS:
            for jj in (*range(j + 1, min(j + 5, i)), j - 1):  # "number of displaced", "displaced population"
                kind = kind_word(toks, jj)
                if kind:
                    return kind, lx.DISPLACED_TERMS.get(low(toks, jj)), conn
            place = _sheltered(toks, j + 1, i)
            if place is not None:
                return lx.DISPLACED, place, conn  # "the number of people in temporary shelters"
            casualty = _casualty_np(toks, j + 1, end)
            if casualty is not None:
                return casualty.kind, casualty.term, conn  # "the number of people forced from their homes"
            if prev and conn in ("to", "at") and _running(toks, j):
                return prev, None, conn  # "2 more were kidnapped, bringing the number held to 9"
    return None


def _toll_verb(toks: list[Tok], j: int) -> int | None:
    """The index of a toll verb at j ("rose to"), or at j - 1 after an adverb ("rose overnight to")."""
    if low(toks, j) in lx.TOLL_VERBS:
        return j
    return j - 1 if _adverb(low(toks, j)) and low(toks, j - 1) in lx.TOLL_VERBS else None


def kind_word(toks: list[Tok], j: int, default: str | None = None) -> str | None:
    """The kind a count word at j names ("deaths", "displaced", "hostages"), else `default`. "arrivals" names
    displacement only after "refugee": "tourist arrivals", "migrant arrivals" name none."""
    w = low(toks, j)
    if w == "arrivals" and low(toks, j - 1) not in ("refugee", "refugees", "idp"):
        return None
    if w in ("refugee", "idp") and low(toks, j + 1) not in lx.TOLL_WORDS:
        return None  # "refugee numbers", "the IDP population" (not "the number of refugee camps")
    return lx.TOLL_KIND_WORDS.get(w, default)


def _adverb(w: str) -> bool:
    return w.endswith("ly") or w in ("overnight", "again", "further", "now", "since")


_MEASURE_BEFORE = lx.MONTHS | {"magnitude"}
_MEASURE_AFTER = lx.MONTHS | lx.NON_PERSON | {"-", "magnitude"}


def _measure(toks: list[Tok], j: int) -> bool:
    """A number that measures or dates something in a toll's noun phrase: "the 6.8-magnitude quake",
    "magnitude 7.7", "the 3 May attack", "since 2020"."""
    if (
        low(toks, j - 1) in ("since", "in", "during")
        and toks[j].num.plain4
        and 1900 <= toks[j].num.value <= 2100
    ):
        return True  # a year: "the number of bodies retrieved in the town since 2020"
    return low(toks, j - 1) in _MEASURE_BEFORE or low(toks, j + 1) in _MEASURE_AFTER


def _sheltered(toks: list[Tok], j: int, i: int) -> str | None:
    """The term for "of people in (relief) camps / shelters / evacuation centres" after a count word."""
    if low(toks, j) != "of" or low(toks, j + 1) not in lx.PERSONS or low(toks, j + 2) not in ("in", "at"):
        return None
    for jj in range(j + 3, min(i, j + 7)):
        m = match_fwd(toks, jj, lx.PLACE)
        if m is not None:
            return m[1].term
    return None


def _casualty_np(toks: list[Tok], j: int, end: int) -> lx.Trigger | None:
    """The trigger of "of <people> <casualty phrase>" after a count word: "number of people slain in ..."."""
    if low(toks, j) != "of":
        return None
    k = j + 1
    if low(toks, k) in ("the", "those", "all"):
        k += 1
    if low(toks, k - 1) != "those":  # "of those killed"; else a noun phrase of people: "of US troops"
        k = next((jj + 1 for jj in range(k, min(end, k + 3)) if low(toks, jj) in lx.PERSONS), -1)
        if k < 0:
            return None
    for jj in range(k, min(end + 1, k + 4)):
        m = match_fwd(toks, jj, lx.POST)
        if m is not None:
            return m[1]
    return None


def _running(toks: list[Tok], j: int) -> bool:
    """A running-total verb before the count word at j: "bringing the total", "revised the figure"."""
    return any(low(toks, jj) in _RUNNING for jj in range(j - 3, j))


def total_after(toks: list[Tok], i: int, k: int, prev: str | None) -> tuple[str, str | None] | None:
    """(kind, term) for "bringing to N the number of soldiers killed", "raising to N the toll"."""
    if low(toks, k) != "to" or low(toks, k - 1) not in _RUNNING or low(toks, i + 1) != "the":
        return None
    if low(toks, i + 2) not in lx.TOLL_WORDS and low(toks, i + 3) not in lx.TOLL_WORDS | {"toll", "tally"}:
        return None
    for j in range(i + 2, min(len(toks), i + 12)):
        t = toks[j]
        if t.kind in "nd" or t.text in (";", "(", ")", ","):
            break
        if t.low in ("toll", "tally", "death"):
            return lx.KILLED, None
        if (
            t.low == "held"
        ):  # "bringing to 15 the number held": the held of the story, arrests unless hostages
            return (prev if prev == lx.KIDNAPPED else lx.ARRESTED), None
        kind = kind_word(toks, j)
        if kind:
            return kind, lx.DISPLACED_TERMS.get(t.low)
        m = match_fwd(toks, j, lx.POST)
        if m is not None:
            return m[1].kind, m[1].term
    return (prev, None) if prev else None


# The words `label` needs at k: a colon, a filler it steps over, or the last word of a LABEL phrase.
LABEL_AT = frozenset(
    {":", *lx.LABEL_FILLERS}
    | {phrase[-1] for phrase, trigs in lx.TRIGGERS.items() if any(t.roles & lx.LABEL for t in trigs)}
)


def label(toks: list[Tok], i: int, k: int, text: str) -> lx.Trigger | None:
    """A table label before N: "IDPs total 4 310", "Destroyed housing: 212"."""
    j, filler = k, 0
    while j >= 0 and toks[j].low in lx.LABEL_FILLERS and filler < 4:
        j, filler = j - 1, filler + 1
    m = match_back(toks, j, lx.LABEL)
    if m is None and low(toks, k) == ":":  # "Households displaced by the floods (Kalehe territory): 2,615",
        for jj in range(j - 1, max(-1, j - 9), -1):  # "IDPs (individuals): 48,320", "... as of 6 PM: 18,205"
            if toks[jj].kind == "n" and not _measure(toks, jj) and low(toks, jj + 1) not in ("pm", "am"):
                break
            m = match_back(toks, jj, lx.LABEL)
            if m is not None:
                break
    if m is None and low(toks, k) == ":" and _people_in_place(toks, j):
        m = (j, lx.Trigger(lx.DISPLACED, "sheltered", lx.LABEL))  # "People in relief camps: 498,000"
    if m is None or _place_label(toks, k) or any(t.low == "damaged" for t in toks[max(0, j - 3) : k]):
        return None  # (not "Houses damaged: 733,000": damaged homes are no figure)
    after = text[toks[i].end : toks[i].end + 40].lstrip(" \t")
    nxt = low(toks, i + 1)
    if (
        after
        and after[0] not in ",.;:)(|/\n\r"
        and nxt not in lx.PERSONS
        and nxt not in lx.HOUSEHOLDS
        and not _next_label(toks, i + 1)
    ):
        return None
    return m[1]


_PLACE_NOUNS = {"centres", "centers", "camps", "sites", "shelters", "schools", "tents", "facilities"}


_PEOPLE = frozenset(lx.PERSONS | lx.HOUSEHOLDS)
_PEOPLE_LABELS = _PEOPLE | {"idps", "evacuees"}


def _place_label(toks: list[Tok], k: int) -> bool:
    """ "Evacuation centres open: 36", "Evacuation centres: 36": the label counts places, not people."""
    while low(toks, k) in (":", "open", "opened", "operational", "active", "functioning"):
        k -= 1
    label = {t.low for t in toks[max(0, k - 4) : k]}
    return low(toks, k) in _PLACE_NOUNS and not label & _PEOPLE_LABELS


def _people_in_place(toks: list[Tok], j: int) -> bool:
    """A label "People in relief camps" ending at j: people, then "in" and a shelter or camp."""
    for s in range(max(0, j - 3), j):
        if low(toks, s) in ("in", "at") and low(toks, s - 1) in _PEOPLE:
            m = match_fwd(toks, s + 1, lx.PLACE)
            return m is not None and m[0] == j + 1
    return False


def _next_label(toks: list[Tok], j: int) -> bool:
    """Words and a colon at j: the next cell of a table on one line ("Deaths: 58 Missing: 14")."""
    for d in range(3):
        if low(toks, j + d) in (":", "|"):
            return d > 0
        if j + d >= len(toks) or toks[j + d].kind != "w" or not toks[j].upper:
            return False
    return False


_STAYING = {"staying", "living", "sheltering", "sheltered", "housed", "accommodated", "camped", "camping"}


def shelter_where(toks: list[Tok], i: int, k: int) -> bool:
    """ "set up 14 relief camps, where 4,500 people are now staying": the people of a shelter named just
    before "where" (k), with a verb of staying after their noun phrase."""
    if low(toks, k) != "where" or not any(
        match_back(toks, c, lx.PLACE) is not None for c in range(max(0, k - 3), k)
    ):
        return False
    return any(t.low in _STAYING for t in toks[i + 1 : i + 6])


def has_household(toks: list[Tok], k: int, i: int) -> bool:
    """A household word among the ten words before the number: "the number of displaced families ... 530" (not
    the next cell's label: "individuals: 4,312 | Households: 986")."""
    lo = max(0, k - 10)
    return not lx.HOUSEHOLDS.isdisjoint(map(_LOW, toks[lo:i]))


def label_unit(trig: lx.Trigger, head: Tok | None) -> str:
    if trig.term == "destroyed housing" or (head is not None and head.low in lx.HOUSEHOLDS):
        return "households"
    return "people"


_LISTED = {"included", "include", "includes", "including", "were", "was"}
LISTED = frozenset(_LISTED)  # the words `listed_among` needs at k


def listed_among(toks: list[Tok], k: int, prev: str | None) -> str | None:
    """The kind of "the dead included 23 security personnel", "Among the dead were 15 prison guards": a
    casualty word names who the count is, when no figure of that kind came before (else it is a part)."""
    if low(toks, k) not in _LISTED:
        return None
    j = k - 1
    kind = kind_word(toks, j)
    if kind is None or low(toks, j - 1) not in ("the", "those"):
        return None
    if low(toks, k) in ("were", "was") and low(toks, j - 2) != "among":
        return None
    return kind if kind != prev else None


_SEARCHING = {"searching", "search", "searched", "searches", "looking", "hunting", "combing"}
_RESCUERS = {"rescuers", "rescue", "search", "divers", "searchers", "firefighters", "lifeboats"}
_GOES_ON = {"continued", "continues", "continuing", "resumed", "resumes", "on"}  # "the search goes on"


def searched_for(toks: list[Tok], k: int) -> bool:
    """ "Rescuers were still searching for 15 others": people that rescuers look for are missing (not
    "police are searching for 3 suspects")."""
    if low(toks, k) != "for":
        return False
    goes_on = low(toks, k - 1) in _GOES_ON and "search" in (
        low(toks, k - 2),
        low(toks, k - 3),
        low(toks, k - 4),
    )
    if not goes_on and low(toks, k - 1) not in _SEARCHING:
        return False  # ("the search continued for 30 others", "the search is continuing for 12": goes on)
    if low(toks, k + 2) in lx.NOT_DISPLACED or low(toks, k + 3) in lx.NOT_DISPLACED:
        return False  # "searching for 2 escaped prisoners", "3 suspects"
    return goes_on or any(t.low in _RESCUERS for t in toks[max(0, k - 8) : k - 1])


_TOLL_NOUNS = {"toll", "tally", "figure", "count", "estimate", "total"}
_SUPERSEDED = {"earlier", "previous", "initial", "prior", "original", "old", "former"}


def superseded(toks: list[Tok], i: int) -> bool:
    """N after "of" or "at" closes a toll that is no longer the toll: "revising an earlier toll of 27", "from a
    previous death toll of 27", "The toll, previously put at 27, rose to 45"."""
    if low(toks, i - 1) == "at":
        return low(toks, i - 2) in _PUT and low(toks, i - 3) in _BEFORE_NOW
    return (
        low(toks, i - 1) == "of"
        and low(toks, i - 2) in _TOLL_NOUNS
        and any(low(toks, k) in _SUPERSEDED for k in range(i - 5, i - 2))
    )


_PUT = {"put", "given", "set", "estimated", "reported", "stood", "placed"}
_BEFORE_NOW = {"previously", "earlier", "initially", "originally", "first"}
