"""Token-level matching for the binding rules: trigger phrases (with a gap for a determiner or an
adjective), qualifiers and noun phrases. The walk from a number to its trigger is in extractors.figures.walk.
"""

from __future__ import annotations

from extractors.figures import lemmas as lm
from extractors.figures import lexicon as lx
from extractors.figures.sentences import Tok

# Triggers that also stand before a noun: "6 000 homeless villagers", "12 displaced families".
ATTRIBUTIVE = {"homeless", "displaced", "injured", "wounded", "missing", "dead", "evacuated", "relocated"}
ATTRIBUTIVE |= {"abducted", "kidnapped", "detained", "arrested"}
_SKIP_BACK = {"the", "all", "another", "further", "additional", "only", "just", "a", "an", "some", "its"}
_SKIP_BACK |= {"their", "his", "her", "our"}
_DETS = {"a", "an", "the", "his", "her", "their", "its", "our"}
_NP_EXTRA_STOP = {"out", "away", "back", "up", "down", "off", "alive", "yesterday", "overnight", "morning"}
_QUALIFIER_LAST = {phrase[-1] for phrase in lx.QUALIFIER_PHRASES}
QUALIFIER_FIRST = frozenset(phrase[0] for phrase in lx.QUALIFIER_PHRASES)  # (qualifier_at needs one)
_QUALIFIER_LENGTHS = {  # last word -> the lengths of the qualifier phrases ending with it, longest first
    last: sorted({len(p) for p in lx.QUALIFIER_PHRASES if p[-1] == last}, reverse=True)
    for last in _QUALIFIER_LAST
}
_NP_EXTRA_STOP |= {"evening", "afternoon", "night", "recently", "annually", "per", "every", "late", "early"}


def low(toks: list[Tok], j: int) -> str:
    """The lower-cased token j, or "" out of range."""
    if j < 0:
        return ""
    try:
        return toks[j].low
    except IndexError:
        return ""


def adverb(w: str) -> bool:
    return len(w) > 4 and w.endswith("ly") and w not in lx.ADVERB_NOT


_ACRONYMS = {"IS", "US"}  # names spelled like a stop word: "40 suspected IS militants", "two US soldiers"


def np_word(t: Tok) -> bool:
    """A word that may stand in a noun phrase: no stop word, auxiliary, adverb, weekday or capitalised month."""
    w = t.low
    if t.text in _ACRONYMS:
        return True
    if t.kind != "w" or w in _NOT_NP:
        return False
    if len(w) > 4 and w.endswith("ly") and w not in lx.ADVERB_NOT:
        return False  # adverb(w), inline: np_word runs for nearly every word after a number
    return not (t.upper and w in lx.MONTHS)


# the words np_word rejects, in one set (built once the lexicon is loaded)
_NOT_NP = frozenset(lx.STOP | lx.AUX | _NP_EXTRA_STOP | lx.WEEKDAYS)


def _phrase_end(toks: list[Tok], j: int, phrase: tuple[str, ...]) -> int:
    """The index after `phrase` matched at token j, or -1; lx.GAP takes up to two left-edge words."""
    for n, w in enumerate(phrase):
        if w == lx.GAP:
            rest = phrase[n + 1 :]
            after = rest[0] if rest and rest[0] != lx.GAP else None  # the word the gap must end at
            for skip in range(3):
                if skip and not _gap_word(toks, j + skip - 1):
                    break
                if after is not None and low(toks, j + skip) != after:
                    continue  # (what the call below finds at its first word)
                end = _phrase_end(toks, j + skip, rest)
                if end >= 0:
                    return end
            return -1
        if low(toks, j) != w or toks[j].kind != "w":
            return -1
        j += 1
    return j


def _gap_word(toks: list[Tok], j: int) -> bool:
    """A determiner or a modifier that may open a noun phrase ("a", "the", "nearby", "regional")."""
    w = low(toks, j)
    return bool(w) and toks[j].kind == "w" and w not in lx.PREPOSITIONS and w not in ("and", "or", "but", ",")


def _by_word(phrases: list[tuple[str, ...]], at: int) -> dict[str | None, list[tuple[str, ...]]]:
    """The phrases (longest first, as given) that can match when the word at position `at` of a phrase (1: the
    second, -2: the one before the last) is a given word: those with that word there, with lx.GAP there, or of
    one word. Under None: those for any other word (a gap or one word)."""
    words = {p[at] for p in phrases if len(p) > 1 and p[at] != lx.GAP}
    table: dict[str | None, list[tuple[str, ...]]] = {
        w: [p for p in phrases if len(p) == 1 or p[at] in (w, lx.GAP)] for w in words
    }
    table[None] = [p for p in phrases if len(p) == 1 or p[at] == lx.GAP]
    return table


# The trigger phrases by first word, then by second word ("fled" starts 73 phrases; after "fled", "their"
# leaves the ones that go on with "their", a gap or nothing): match_fwd tries only phrases that can match.
# The same by last word and the word before it, for match_back.
_BY_SECOND = {w: _by_word(phrases, 1) for w, phrases in lx.FIRST_WORDS.items()}
_BY_BEFORE_LAST = {w: _by_word(phrases, -2) for w, phrases in lx.LAST_WORDS.items()}


def match_fwd(toks: list[Tok], j: int, roles: int) -> tuple[int, lx.Trigger] | None:
    """The longest trigger phrase with one of `roles` starting at token j: (index after it, trigger)."""
    n = len(toks)
    if not 0 <= j < n or toks[j].kind != "w":
        return None
    by_second = _BY_SECOND.get(toks[j].low)
    if by_second is None:
        return None
    third = toks[j + 2].low if j + 2 < n else ""
    for phrase in by_second.get(toks[j + 1].low if j + 1 < n else "", by_second[None]):
        if len(phrase) == 1:
            end = j + 1
        elif len(phrase) > 2 and phrase[2] != third and lx.GAP not in phrase[1:3]:
            continue  # (a fixed third word that is not there: what _phrase_end finds, without the call)
        else:
            end = _phrase_end(toks, j, phrase)
        if end >= 0:
            for trig in lx.TRIGGERS[phrase]:
                if trig.roles & roles:
                    return end, trig
    return None


def match_back(toks: list[Tok], k: int, roles: int) -> tuple[int, lx.Trigger] | None:
    """The longest trigger phrase with one of `roles` ending at token k: (its first index, trigger)."""
    if not 0 <= k < len(toks) or toks[k].kind != "w":
        return None
    by_before = _BY_BEFORE_LAST.get(toks[k].low)
    if by_before is None:
        return None
    for phrase in by_before.get(low(toks, k - 1), by_before[None]):
        extra = 2 if lx.GAP in phrase else 0
        for s in range(k - len(phrase) + 1 + (1 if extra else 0), k - len(phrase) - extra, -1):
            if s >= 0 and _phrase_end(toks, s, phrase) == k + 1:
                for trig in lx.TRIGGERS[phrase]:
                    if trig.roles & roles:
                        return s, trig
    return None


def qualifier_before(toks: list[Tok], i: int) -> tuple[str, int]:
    """The qualifier directly before token i and the index where it starts ("exact", i) if none."""
    lengths = _QUALIFIER_LENGTHS.get(toks[i - 1].low) if i >= 1 else None
    if lengths is None:
        return "exact", i  # no qualifier phrase ends with the word before N
    for n in lengths:  # (only the lengths of the phrases that end with that word: "at least" is 2)
        s = i - n
        if s >= 0:
            seg = toks[s:i]
            q = lx.QUALIFIER_PHRASES.get(tuple([t.low for t in seg]))
            if q and all([t.kind == "w" for t in seg]):
                return q, s
    return "exact", i


def qualifier_at(toks: list[Tok], j: int) -> bool:
    w0 = low(toks, j)
    if w0 not in QUALIFIER_FIRST:
        return False  # no qualifier phrase starts with this word
    w1, phrases = low(toks, j + 1), lx.QUALIFIER_PHRASES  # the phrases of 1, 2 and 3 words at j
    return (w0,) in phrases or (w0, w1) in phrases or (w0, w1, low(toks, j + 2)) in phrases


def skip_back(toks: list[Tok], k: int) -> int:
    """Step back over "the", "all", "another", "a further", "a total of" and one ", ... ," aside."""
    paren = False
    while k >= 0:
        w = toks[k].low
        if w in _SKIP_BACK:
            k -= 1
        elif w == "of" and low(toks, k - 1) == "total":
            k -= 3 if low(toks, k - 2) in ("a", "the") else 2
        elif w == "of" and low(toks, k - 1) in lx.GROUP_NOUNS:
            k -= 2  # "killing its crew of 4", "the family of 6"
        elif w.endswith(("'s", "’s")) and (d := next((d for d in (1, 2) if low(toks, k - d) in _DETS), 0)):
            k -= d  # a possessor: "the kidnapping of a businessman's two sons", "seized the chief's 3 wives"
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


_HELD_AS = {"hostage", "captive", "prisoner"}


def noun_phrase(toks: list[Tok], j: int) -> tuple[list[int], int]:
    """Indices of the noun phrase starting at j ("Turkish truck drivers") and the index after it."""
    w = low(toks, j)
    if w == "-" and low(toks, j + 1) in ("plus", "odd"):
        j += 2
        w = low(toks, j)
    if w == "of":
        after = low(toks, j + 1)
        if after not in ("them", "whom", "which"):
            j += 2 if after in ("the", "those", "these", "their") else 1
    np: list[int] = []
    n = len(toks)
    while j < n and len(np) < 5:
        t = toks[j]
        w = t.low
        if t.text not in _ACRONYMS and (  # not np_word(t), inline: this loop runs for every number
            t.kind != "w"
            or w in _NOT_NP
            or len(w) > 4
            and w.endswith("ly")
            and w not in lx.ADVERB_NOT
            or t.upper
            and w in lx.MONTHS
        ):
            break
        if np and (np_done(toks, np, t) or w in ATTRIBUTIVE and match_fwd(toks, j, lx.POST) or w in _HELD_AS):
            break  # "a soldier dead", "holding two Kurds hostage": the trigger after the noun is no part of it
        np.append(j)
        j += 1
    return np, j


_MODIFIER_NOUNS = {
    "suspect",
    "guard",
    "refugee",
    "patient",
    "member",
    "police",
    "security",
    "hostage",
    "child",
}


def np_done(toks: list[Tok], np: list[int], t: Tok) -> bool:
    """After a head noun ("migrants"), a lower-case word that counts nothing starts the verb phrase."""
    if not np or t.upper or t.low in lx.PERSONS or t.low in lx.HOUSEHOLDS or t.low in lx.DWELLINGS:
        return False
    last = toks[np[-1]].low
    if last in ("more", "other") or last in _MODIFIER_NOUNS:
        return (
            False  # "three more aid workers", "two other journalists", "3 suspect packages", "4 guard posts"
        )
    if len(t.low) > 5 and t.low.endswith("ing") and person_like(toks[np[-1]]):
        return True  # a participle after a head of people: "200 Syrians coming from ..."
    return last in lx.PERSONS or last in lx.HOUSEHOLDS or last in lx.DWELLINGS


def person_like(t: Tok) -> bool:
    """A word that counts people: a known noun, a person suffix ("-ers", "-ians"), or a capital."""
    w = t.low
    if w in lx.NON_PERSON:
        return False
    if w in lx.PERSONS or w in lx.SINGULAR_PERSONS:
        return True  # (before the endings: "penitents")
    return not w.endswith(lx.NOT_PERSON_ENDINGS) and (w.endswith(lx.PERSON_SUFFIXES) or t.upper)


_REL_SUBJECTS = {"they", "he", "she", "we", "it", "militants", "gunmen", "kidnappers", "abductors", "captors"}
_REL_SUBJECTS |= {
    "rebels",
    "pirates",
    "insurgents",
    "jihadists",
    "bandits",
    "militias",
    "militiamen",
    "police",
}
_REL_SUBJECTS |= {"troops", "forces", "soldiers", "authorities", "attackers", "assailants", "group"}


# The words `object_relative` needs at j (a relative pronoun, "the" or a subject): callers test them first.
OBJECT_RELATIVE_AT = frozenset({"that", "whom", "which", "the"} | _REL_SUBJECTS)


def object_relative(toks: list[Tok], j: int) -> int:
    """The index of the verb in an object relative clause starting at j, "(that) (the) militants (had)
    seized", when that verb is a trigger taking an object; else 0."""
    k = j + 1 if low(toks, j) in ("that", "whom", "which") else j
    k += low(toks, k) == "the"
    if low(toks, k) not in _REL_SUBJECTS:
        return 0
    k += 1
    k += low(toks, k) in ("had", "have", "has")
    m = match_fwd(toks, k, lx.POST)
    if m is not None and m[1].kind == lx.KIDNAPPED and toks[k].low in ("taken", "held", "took"):
        return k  # "three drivers it has taken hostage", "the 5 men they held captive"
    return k if m is not None and m[1].roles & lx.TRANS else 0


_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "one", "himself", "herself", "themselves"}


def first_conjunct(toks: list[Tok], k: int) -> int:
    """For "injured the driver and 6 passengers" with k at "and": the index before "the driver"."""
    if low(toks, k) != "and":
        return k
    j = k - 1
    for _ in range(2):  # "the son of a provincial governor and 3 of his companions"
        lo = j - 5
        while j > lo and j >= 0 and toks[j].low not in _DETERMINERS:
            if j == k - 2 and _bare_person(toks[k - 1]) and match_back(toks, j, lx.PRE) is not None:
                if match_back(toks, j - 1, lx.PRE) is not None:
                    return j - 1  # "abduct wounded fighter and two nurses": the participle is an adjective
                return j  # a bare noun right after the verb: "armed men kidnap pharmacist and two relatives"
            if (
                j == k - 3
                and not toks[k - 1].low.endswith("s")
                and _bare_person(toks[k - 1])
                and np_word(toks[k - 2])
                and match_back(toks, j, lx.PRE) is not None
            ):  # (the cheap tests first: most words before "and" are no bare person)
                return j  # with a modifier: "jihadists kidnap village chief and 12 others"
            if toks[j].kind == "w":
                j -= 1
            elif toks[j].text == "-" and j > 0 and toks[j - 1].kind in "nd":
                j -= 2  # a compound modifier with a number: "a 34-year-old man and two teenagers"
            else:
                break
        if low(toks, j) not in _DETERMINERS:
            return k
        if low(toks, j - 1) != "of":
            return j - 1
        j -= 2
    return k


def along_with(toks: list[Tok], qs: int) -> lx.Trigger | None:
    """The trigger of "the cameraman was seized on Tuesday along with two colleagues": a passive verb of
    the clause before "along with" / "together with" N."""
    if low(toks, qs - 1) != "with" or low(toks, qs - 2) not in ("along", "together"):
        return None
    for k in range(qs - 3, max(-1, qs - 12), -1):
        if toks[k].kind == "n" or toks[k].text in (";", ":"):
            return None
        m = match_fwd(toks, k, lx.POST)
        if m is not None and low(toks, k - 1) in lx.PASSIVE:
            return m[1]
    return None


def _bare_person(t: Tok) -> bool:
    """A noun without a determiner that can be one person: "kidnap pharmacist and two relatives" (not the
    plural "killed deals and 4,500 ...")."""
    return person_like(t) or np_word(t) and not t.low.endswith("s") and t.low not in lx.NON_PERSON


_BEGIN = {"begin", "begins", "start", "starts", "beginning", "starting"}


def unrealised(toks: list[Tok], v: int) -> bool:
    """No event yet for the verb at v: "would kill", "plan to move", "is expected to rise", "threatens to
    displace", "would begin moving" (but "began moving", "began to move", "likely killed")."""
    before, to = low(toks, v - 1), False
    if before == "to":
        v, to = v - 1, True
        before = low(toks, v - 1)
    if before in _BEGIN:
        v -= 1
        before = low(toks, v - 1)
        if before == "to":
            before, to = low(toks, v - 2), True
    return before in lx.MODALS or to and before in lx.FORECASTS


def base_trigger(toks: list[Tok], j: int) -> bool:
    """A trigger in its base form at j ("leave their homes", "flee", "die"), after a modal."""
    return low(toks, j) in BASE_FORMS and match_fwd(toks, j, lx.POST) is not None


def people_ahead(toks: list[Tok], j: int) -> bool:
    """A noun phrase of people at j that is no casualty word itself ("the soldiers", "the group's staff",
    not "the dead", "the wounded": "four of the dead were children" names a part of a figure)."""
    for k in range(j, min(len(toks), j + 4)):
        t = toks[k]
        if t.kind != "w" or match_fwd(toks, k, lx.POST) is not None:
            return False
        if person_like(t) and not t.upper and low(toks, k + 1) not in ("of", "'s"):
            return True
    return False


def nights_in(toks: list[Tok], j: int) -> int:
    """The index of "in"/"at" after "(a third | the | two) night(s)" at j, else 0."""
    for k in range(j, min(len(toks), j + 4)):
        if toks[k].low in ("night", "nights"):
            return k + 1 if low(toks, k + 1) in ("in", "at") else 0
    return 0


BASE_FORMS = lx.forms(lm.SELF_DISPLACE, "VB") | {"leave", "flee", "die", "perish", "drown", "go"}
