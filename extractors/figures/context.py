"""Scope and place of a figure, read from its sentence (regular expressions only); its attribution is read by
extractors.figures.sources."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from extractors.figures.patterns import lower, trie
from extractors.figures.sources import attribution  # noqa: F401  (re-exported: context.attribution)
from extractors.figures.words import Words, anchors, matches_at, word_starts

_WINDOW = 110  # characters either side of the number that scope cues must fall into

_CUMULATIVE = re.compile(
    r"\b(?:so far|to date|in total|in all|a total of|totall?(?:ed|ing)|since|(?:has|have|had) now|thus far"
    r"|death toll|toll|tally|cumulative|altogether|up to now|as of|as at|this year|in recent (?:weeks|months)"
    r"|over the (?:past|last) (?:\w+ )?(?:weeks|months|years)|(?:rose|risen|rises|rising|climbed|climbs|reached"
    r"|reaches|brings|bringing|brought|raising|raised|pushing|pushed) (?:\w+ ){0,4}?to)\b"
    r"|\b(?:war|conflict|violence|fighting|insurgency|epidemic|outbreak|crisis|offensive|campaign|unrest"
    r"|uprising|siege)\b[^.;]{0,60}?\b(?:has|have)\s+(?:now\s+|so far\s+)?(?:killed|left|claimed|displaced"
    r"|forced|uprooted|driven|pushed)"
)
# A piece of every branch of _CUMULATIVE ("in total" and "totalled": "total"; "has now": "now"; "rose ... to":
# "rose"): scope_cues reads _CUMULATIVE only when one of them is in the sentence. Keep it in step.
_CUMULATIVE_WORDS = (
    "so far", "to date", "total", "in all", "since", "now", "thus far", "toll", "tally", "cumulative",
    "altogether", "as of", "as at", "this year", "in recent", "over the", "rose", "risen", "rises", "rising",
    "climb", "reach", "bring", "brought", "rais", "push", "war", "conflict", "violence", "fighting",
    "insurgency", "epidemic", "outbreak", "crisis", "offensive", "campaign", "unrest", "uprising", "siege",
)  # fmt: skip
_CUMULATIVE_GATE = re.compile(trie(_CUMULATIVE_WORDS))
SUPERLATIVE_SINCE = re.compile(
    r"\b(?:deadliest|worst|biggest|largest|heaviest|highest|most \w+)\b[^.;]{0,40}$", re.I
)
_EVENT = (
    r"attack|air ?strikes?|strike|bombings?|bomb|blast|explosion|shelling|crash|ambush|raid|shooting|clash(?:es)?"
    r"|collision|accident|fire|stampede|landslide|earthquake|quake|storm|flood(?:s|ing)?|cyclone|typhoon"
    r"|hurricane|tornado|assault|rocket|mortar|gun ?fight|firefight|battle|derailment|sinking|avalanche"
    r"|eruption|mudslide|collapse|ambush|massacre|shipwreck|incident|fighting"
)


def _branches(alternatives: str) -> list[str]:
    """The top-level branches of a regex alternation."""
    branches, depth, start = [], 0, 0
    for i, c in enumerate(alternatives + "|"):
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            branches.append(alternatives[start:i])
            start = i + 1
    return branches


def _stems(alternatives: str) -> tuple[str, ...]:
    """A literal piece of every top-level branch of `alternatives` (no escapes): "air ?strikes?" -> "air",
    "bombings?" -> "bombing", "flood(?:s|ing)?" -> "flood". A text with none of them matches no branch."""
    stems = []
    for branch in _branches(alternatives):
        cut = min((i for i, c in enumerate(branch) if c in "?*+(){}[].\\"), default=len(branch))
        stems.append(branch[: cut - 1] if branch[cut : cut + 1] in ("?", "*", "{") else branch[:cut])
    assert all(stems), alternatives  # every branch starts with a literal
    return tuple(dict.fromkeys(stems))


_EVENT_STEMS = _stems(_EVENT)  # scope_cues reads _EVENT_CUE only when one of them is in the sentence
_EVENT_GATE = re.compile(trie(_EVENT_STEMS))  # finds one of them: one scan instead of a substring test each
# a single event the figure belongs to: "in a car bomb", "during the raid", "the blast killed"
_EVENT_CUE = re.compile(
    rf"\b(?:in|by|during|after|when|from|as)\s+(?:an?|the|two|three|twin|several|\w+'s)?\s*(?:[\w-]+\s+){{0,2}}(?:{_EVENT})\b"
    rf"|\b(?:{_EVENT})\b[^.;]{{0,40}}\b(?:killed|killing|kills|wounded|wounding|injured|injuring|left)\b"
)
# a single day: "on Tuesday", "yesterday", "on 4 May" (not "since Tuesday": that starts a period)
_DAY = re.compile(
    r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\byesterday\b|\btoday\b"
    r"|\blast night\b|\bthis (?:morning|afternoon|evening)\b|\bovernight\b|\bon \d{1,2}(?:st|nd|rd|th)? \w+"
)
# present perfect, active: "clashes have killed over 500", "the floods have displaced 2,000"
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+|reportedly\s+|also\s+)?(?:killed|left|claimed|displaced"
    r"|forced|uprooted|driven|wounded|injured|maimed|abducted|kidnapped|detained|arrested)\b"
)
_PERFECT_WORDS = ("has", "have")  # scope_cues skips _PERFECT without them
# "since Tuesday" starts a period; "the ministry said on Tuesday" dates a statement, not an event
_NOT_AN_EVENT_DAY = re.compile(
    r"\b(?:since|said|says|told|reported|announced|stated|confirmed|added|published|released|updated)\s+$"
)

# The word gates of scope_cues for a sentence whose words are known: each pattern matches only where one of
# its anchors stands as a whole word. Toll cues: one word of every branch of _CUMULATIVE (keep in step).
_CUMULATIVE_ANCHORS = anchors(
    "far date total all totaled totalled totaling totalling since now toll tally cumulative altogether as year "
    "recent over rose risen rises rising climbed climbs reached reaches brings bringing brought raising raised "
    "pushing pushed war conflict violence fighting insurgency epidemic outbreak crisis offensive campaign unrest "
    "uprising siege"
)
_DAY_ANCHORS = anchors(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today night morning afternoon evening "
    "overnight"
)
_ON_DIGIT = re.compile(r"on \d")  # the day cue "on 4 May" has no anchor word: a digit after "on"
_PERFECT_ANCHORS = anchors(_PERFECT_WORDS)
_STATEMENT_WORDS = tuple(_NOT_AN_EVENT_DAY.pattern.split("(?:")[1].split(")")[0].split("|"))


def _expand(alternative: str) -> list[str]:
    """Every text a branch of _EVENT matches: "air ?strikes?" -> air strike, air strikes, airstrike, ...
    (literals, a character made optional by "?", and "(?:a|b)" groups, optional or not)."""
    out = [""]
    i = 0
    while i < len(alternative):
        if alternative.startswith("(?:", i):
            close = alternative.index(")", i)
            options = alternative[i + 3 : close].split("|")
            i = close + 1
        else:
            options, i = [alternative[i]], i + 1
        if alternative[i : i + 1] == "?":
            options, i = [*options, ""], i + 1
        out = [o + x for o in out for x in options]
    return out


# An event cue starts its word, or is joined to the determiner before it ("in theattack" after "\s*", "the
# army'sattack"): the whole word is one of these prefixes and the first word of the event.
_EVENT_ANCHORS = anchors(
    prefix + text.split()[0]
    for branch in _branches(_EVENT)
    for text in _expand(branch)
    for prefix in ("", "a", "an", "the", "two", "three", "twin", "several", "s")
)
# where a branch of _EVENT_CUE starts: a preposition, or the first word of an event
_EVENT_LEADS = anchors("in by during after when from as") | anchors(
    text.split()[0] for branch in _branches(_EVENT) for text in _expand(branch)
)
# positions of the toll, present perfect, event and day cues, and of the punctuation between clauses
Cues = tuple[list[int], list[int], list[int], list[int], list[int]]
# [,;:()]|\s[-–—]\s, opening on one class (the engine skips in C to the next candidate)
_PUNCTUATION = re.compile(r"[,;:()\s](?:(?<=[,;:()])|(?<=\s)[-–—]\s)")


def scope_cues(sentence: str, low: str | None = None, seen: Words = None) -> Cues:
    """Positions of the scope cues in `sentence`: toll constructions ("the toll rose to", "so far",
    "since"), present perfects ("have killed"), single events ("in a car bomb") and single days.

    `low` is `lower(sentence)` when the caller has it; `seen` its whole words (extractors.figures.words), which
    gate each pattern by its anchor words (None: the substring gates below)."""
    if low is None:
        low = lower(sentence)
    toll = []
    for m in _toll_matches(low, seen):
        if m.group() == "since" and SUPERLATIVE_SINCE.search(low, max(0, m.start() - 60), m.start()):
            continue  # "the deadliest airstrike since 2014" dates nothing
        toll += [m.start(), m.end()]  # "the war ... has now killed": both ends of a long cue
    days = (
        _days(low, seen) if seen is None or not seen.isdisjoint(_DAY_ANCHORS) or _ON_DIGIT.search(low) else []
    )
    has = any(w in low for w in _PERFECT_WORDS) if seen is None else not seen.isdisjoint(_PERFECT_ANCHORS)
    perfect = [m.start() for m in _PERFECT.finditer(low)] if has else []
    events = [m.start() for m in _event_matches(low, seen) if not _PERFECT.search(m.group())]
    # the clause breaks only matter to scope_at beside a toll or perfect cue, to tell which days are in the
    # number's clause (a day cancels a perfect)
    breaks = [m.start() for m in _PUNCTUATION.finditer(low)] if (toll or perfect) and days else []
    return toll, perfect, events, days, breaks


def _toll_matches(low: str, seen: Words) -> Iterable[re.Match[str]]:
    """`_CUMULATIVE.finditer(low)`, gated by its anchors; with the sentence's words, tried only where a branch
    can start: one of its words (_TOLL_LEADS), or a word that needs another ("so" far, "in" total)."""
    if seen is None:
        return _CUMULATIVE.finditer(low) if _CUMULATIVE_GATE.search(low) else ()
    if seen.isdisjoint(_CUMULATIVE_ANCHORS):
        return ()
    leads = seen.intersection(_TOLL_LEADS)
    for lead, needs in _TOLL_LEADS_IF:
        if lead in seen and not seen.isdisjoint(needs):
            leads.add(lead)
    return matches_at(_CUMULATIVE, low, word_starts(low, leads))


# Each branch of _CUMULATIVE starts with a whole word: one of these, or a word that needs another word
_TOLL_LEADS = anchors(
    "totaled totalled totaling totalling since toll tally cumulative altogether rose risen rises rising climbed "
    "climbs reached reaches brings bringing brought raising raised pushing pushed war conflict violence fighting "
    "insurgency epidemic outbreak crisis offensive campaign unrest uprising siege"
)
_TOLL_LEADS_IF = tuple(
    (lead.encode("ascii"), anchors(needs))
    for lead, needs in (
        ("so", "far"), ("thus", "far"), ("to", "date"), ("in", "total all recent"), ("a", "total"),
        ("has", "now"), ("have", "now"), ("had", "now"), ("up", "now"), ("death", "toll"), ("as", "of at"),
        ("this", "year"), ("over", "the"),
    )
)  # fmt: skip


def _event_matches(low: str, seen: Words) -> Iterable[re.Match[str]]:
    """`_EVENT_CUE.finditer(low)`, gated by its anchors; with the sentence's words, tried only at the words
    its branches start with (a preposition, or the first word of an event)."""
    if seen is None:
        return _EVENT_CUE.finditer(low) if _EVENT_GATE.search(low) else ()
    if seen.isdisjoint(_EVENT_ANCHORS):
        return ()
    return matches_at(_EVENT_CUE, low, word_starts(low, seen.intersection(_EVENT_LEADS)))


def _days(low: str, seen: Words) -> list[int]:
    """Starts of the day cues in `low` that follow no statement verb (_after_a_statement), in one loop. With
    the sentence's words, _DAY is tried only where a word of _DAY_LEADS stands (each of its branches starts
    with one), as matches_at does: at each such word at or after the end of the last match."""
    if seen is None:
        return [m.start() for m in _DAY.finditer(low) if not _after_a_statement(low, m.start())]
    out = []
    pos = 0
    match = _DAY.match
    for at in word_starts(low, seen.intersection(_DAY_LEADS)):
        if at >= pos and (m := match(low, at)):
            pos = m.end()
            if not _after_a_statement(low, at):
                out.append(at)
    return out


_DAY_LEADS = _DAY_ANCHORS - anchors("night morning afternoon evening") | anchors("on last this")


def _after_a_statement(low: str, at: int) -> bool:
    """Whether a day cue at `at` follows "said", "since" ... (_NOT_AN_EVENT_DAY), tested by its last word first."""
    window = low[max(0, at - 30) : at]
    return (
        window[-1:].isspace()
        and window.rstrip().endswith(_STATEMENT_WORDS)
        and _NOT_AN_EVENT_DAY.search(low, max(0, at - 30), at) is not None
    )


def sentence_scope(cues: Cues) -> str | None:
    """`scope_at(cues, pos)` for every `pos` when the sentence has no toll or perfect cue, else None."""
    if cues[0] or cues[1]:
        return None
    return "incident" if cues[2] or cues[3] else "unknown"


def scope_at(cues: Cues, pos: int) -> str:
    """The scope of the number at `pos`, by the nearest cue:

    - a toll construction within _WINDOW characters makes it cumulative ("the toll rose to 45 on
      Monday": a day dates a toll), unless a single event is nearer ("three were killed in a car bomb
      ..., as the death toll rose");
    - so does a present perfect ("clashes have killed over 500"), unless its clause names a single day
      ("an airstrike has killed 12 on Tuesday") or a single event is nearer;
    - otherwise a single event or day makes it an incident; no cue at all: 'unknown'.
    """
    scope = sentence_scope(cues)
    if scope is not None:  # no cue can make it cumulative
        return scope
    toll, perfect, events, all_days, breaks = cues
    # a day in another clause ("..., officials said on Tuesday") dates the statement, not the figure
    dated = _day_in_clause(all_days, breaks, pos)
    event = _nearest(events, pos)
    for cue in (_nearest(toll, pos, _WINDOW), None if dated else _nearest(perfect, pos, _WINDOW)):
        if cue is not None and (event is None or cue <= event):
            return "cumulative"
    return "incident" if events or all_days else "unknown"


# The cue lists of `scope_cues` are in text order, so the nearest cue to a number is one of the two beside
# where the number would go (bisect): a figure costs a few steps, not a pass over every cue of its sentence
# (a long line with a cue and a figure every few words: quadratic in the piece).


def _nearest(positions: list[int], pos: int, window: float = float("inf")) -> int | None:
    """The distance from `pos` to the nearest of `positions` (sorted), when within `window`; else None."""
    k = bisect_left(positions, pos)
    near = [abs(positions[j] - pos) for j in (k - 1, k) if 0 <= j < len(positions)]
    return min(near) if near and min(near) <= window else None


def _day_in_clause(days: list[int], breaks: list[int], pos: int) -> bool:
    """Whether a day cue stands in the clause of `pos`: no clause break strictly between them. Only the
    nearest day on each side need be tested: any farther one has every break of the nearer one between."""
    k = bisect_left(days, pos)
    for d in days[max(0, k - 1) : k + 1]:
        lo, hi = (d, pos) if d < pos else (pos, d)
        if bisect_left(breaks, hi) <= bisect_right(breaks, lo):
            return True  # no break b with lo < b < hi
    return False


def scope(sentence: str, pos: int) -> str:
    """'cumulative' ("has now killed", "since April", "the toll rose to" near the number at `pos`),
    'incident' ("in an airstrike on Saturday"), or 'unknown'."""
    return scope_at(scope_cues(sentence), pos)


# Where one clause ends and another begins: a place across such a break belongs to the other clause.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:and|while|whereas|but|as well as)\b", re.IGNORECASE)
Place = tuple[int, int, str, bool]  # (start, end, canonical name, is a town or region of Libya)


def sentence_places(
    found: list[Place], sentence: str, positions: list[int], country: str
) -> list[str | None]:
    """One place decision per sentence: the place of each number at `positions` in `sentence`.

    `found` are the places the sentence names (extractors.figures.gazetteer.places). When it names one
    place (a town beats the `country` it lies in), every figure of the sentence has it. When it names
    several, each figure takes the place of its own clause: the nearest place not separated from the
    number by a clause break ("12 were killed in Sirte and 30 wounded in Misrata"), else the nearest.
    """
    if len(found) <= 1:  # what the lines below give for one place or none
        one = found[0][2] if found and not (found[0][3] and found[0][2] == country) else None
        return [one] * len(positions)
    if any(local for *_, local in found):
        found = [p for p in found if p[2] != country]
    names = list(dict.fromkeys(p[2] for p in found))
    if len(names) <= 1:
        return [names[0] if names else None] * len(positions)

    def cost(place: Place, pos: int) -> tuple[int, float]:
        start, end = place[0], place[1]
        between = sentence[end:pos] if end <= pos else sentence[pos:start]
        distance = start - pos if start >= pos else (pos - end) * 1.5
        return len(_CLAUSE_BREAK.findall(between)), distance

    return [min(found, key=lambda p, pos=pos: cost(p, pos))[2] for pos in positions]
