"""Scope and attribution of a figure, read from its sentence (regular expressions only)."""

from __future__ import annotations

import re

from extractors.figures.patterns import lower

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
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:deadliest|worst|biggest|largest|heaviest|highest|most \w+)\b[^.;]{0,40}$", re.I
)
_EVENT = (
    r"attack|air ?strikes?|strike|bombings?|bomb|blast|explosion|shelling|crash|ambush|raid|shooting|clash(?:es)?"
    r"|collision|accident|fire|stampede|landslide|earthquake|quake|storm|flood(?:s|ing)?|cyclone|typhoon"
    r"|hurricane|tornado|assault|rocket|mortar|gun ?fight|firefight|battle|derailment|sinking|avalanche"
    r"|eruption|mudslide|collapse|ambush|massacre|shipwreck|incident|fighting"
)
_INCIDENT = re.compile(
    rf"\b(?:in|by|during|after|when|from|as)\s+(?:an?|the|two|three|twin|several|\w+'s)?\s*(?:[\w-]+\s+){{0,2}}(?:{_EVENT})\b"
    rf"|\b(?:{_EVENT})\b[^.;]{{0,40}}\b(?:killed|killing|kills|wounded|wounding|injured|injuring|left)\b"
    r"|\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\byesterday\b|\btoday\b"
    r"|\blast night\b|\bthis (?:morning|afternoon|evening)\b|\bovernight\b|\bon \d{1,2}(?:st|nd|rd|th)? \w+"
)


def scope_cues(sentence: str) -> tuple[list[int], list[int]]:
    """Positions of cumulative and of incident cues in `sentence`."""
    low = lower(sentence)
    cumulative = []
    for m in _CUMULATIVE.finditer(low):
        if m.group() == "since" and _SUPERLATIVE_SINCE.search(low, max(0, m.start() - 60), m.start()):
            continue  # "the deadliest airstrike since 2014" dates nothing
        cumulative.append(m.start())
    return cumulative, [m.start() for m in _INCIDENT.finditer(low)]


def scope_at(cues: tuple[list[int], list[int]], pos: int) -> str:
    """'cumulative' when a cumulative cue is near `pos`, else 'incident' when the sentence names an
    event or a day, else 'unknown'."""
    cumulative, incident = cues
    if any(abs(c - pos) <= _WINDOW for c in cumulative):
        return "cumulative"
    return "incident" if incident else "unknown"


def scope(sentence: str, pos: int) -> str:
    """'cumulative' ("has now killed", "since April", "the toll rose to" near the number at `pos`),
    'incident' ("in an airstrike on Saturday"), or 'unknown'."""
    return scope_at(scope_cues(sentence), pos)


_SOURCE_NOUNS = (
    r"(?:police|official|officer|witness|resident|doctor|medic|authorit(?:y|ies)|source|government|ministr(?:y|ies)"
    r"|army|military|spokes(?:man|woman|person)|agenc(?:y|ies)|media|report|statement|organi[sz]ation|hospital"
    r"|rescuer|commander|governor|mayor|minister|council|committee|office|mission|force|radio|television|tv"
    r"|newspaper|group|coalition|monitor|observatory|charity|department|service|team|command|centre|center"
    r"|UN|WHO|UNHCR|IOM|OCHA|ICRC)(?:e?s)?"
)
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|reported|reports|report|announced|announces|stated|confirmed|confirms|estimated"
    r"|estimates|added|noted|quoted|tweeted|wrote|warned|put the (?:death )?toll at)\b"
)
_ACCORDING = re.compile(
    r"\b[Aa]ccording to\s+(?P<src>(?:the\s+)?[^,.;:()\"“”]{2,80}?)"
    r"(?=\s*(?:[,.;:()\"“”]|$)|\s+(?:on|in|at|as|which|who|that|and|released|published|quoted|cited)\b)"
)
_SPOKESMAN = re.compile(
    r"\b(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official|representative|source)"
    r"\s+(?:for|of|from|with|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+|for\s+|and\s+)?[A-Z][\w'’.-]*)*"
    r"(?:\s*\([A-Z][\w.-]+\))?"
)
_INVERTED = re.compile(
    r"[,\"”]\s*(?:said|says|reported|reports|told|according to)\s+(?P<src>(?:an?\s+|the\s+)?(?:[\w'’.()-]+\s*){1,9}?)"
    r"(?=\s*(?:[,.;:\"“”]|$)|\s+(?:on|in|at|as|who|that|told|said)\b)"
)
_STOP_BACK = re.compile(r"[,;:\"“”()]|\b(?:that|which|who|while|as|but|after|when|because|if|though)\s")
_PRONOUN = re.compile(r"^(?:it|he|she|they|we|i|you|this|that|there)$", re.IGNORECASE)
_SOURCE_OK = re.compile(rf"[A-Z]|\b(?:{_SOURCE_NOUNS})\b")
_LEADING_TIME = re.compile(
    r"\s+(?:on|late|early|last|this)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|yesterday|today|here|earlier|later|now)$",
    re.IGNORECASE,
)


_NONSPACE = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_CLAUSE = re.compile(r"\b(?:were|was|are|is|have|has|had|been|will|would)\b|(?<![\w-])[a-z]+ed\b")


def _subject_before(sentence: str, verb_start: int) -> tuple[int, int] | None:
    """The few words before a speech verb ("police and medical sources" said)."""
    left = sentence[max(0, verb_start - 90) : verb_start]
    base = verb_start - len(left)
    cut = 0
    for m in _STOP_BACK.finditer(left):
        cut = m.end()
    words = list(_NONSPACE.finditer(left, cut))[-7:]
    if not words:
        return None
    s, e = base + words[0].start(), base + words[-1].end()
    span = sentence[s:e]
    t = _LEADING_TIME.search(span)
    if t:
        e = s + t.start()
        span = sentence[s:e]
    if not span or _PRONOUN.match(span) or _DIGIT.search(span) or not _SOURCE_OK.search(span):
        return None
    if _CLAUSE.search(span):
        return None  # a clause, not a name: "Chad on Monday rejected UN"
    return s, e


def attribution(sentence: str) -> tuple[int, int] | None:
    """Offsets in `sentence` of who gave the figures ("the WHO", "the UN", "a spokesman for the LNA")."""
    span = _attribution(sentence)
    if span is None:
        return None
    s, e = span
    while e > s and (
        sentence[e - 1] in " ,;:" or sentence[e - 1] == "." and not _ABBREV_END.search(sentence, s, e)
    ):
        e -= 1  # the sentence's full stop, not "U.N."
    return (s, e) if e > s else None


_ABBREV_END = re.compile(r"(?:\b\w\.){2,}$")


def _attribution(sentence: str) -> tuple[int, int] | None:
    m = _ACCORDING.search(sentence)
    if m:
        return m.span("src")
    m = _SPOKESMAN.search(sentence)
    if m:
        return m.span()
    for v in _SPEECH.finditer(sentence):
        span = _subject_before(sentence, v.start())
        if span:
            return span
    m = _INVERTED.search(sentence)
    if m and not _PRONOUN.match(m.group("src").strip()):
        return m.span("src")
    return None
