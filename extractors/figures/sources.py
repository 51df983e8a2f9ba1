"""Who gave a figure: the source named in its sentence ("the UN said", "according to the ministry", "a
spokesman for the LNA"), read with regular expressions."""

from __future__ import annotations

import re

from extractors.figures.patterns import lower
from extractors.figures.words import Words, anchors, word_starts

__all__ = ["attribution"]

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
# every match of _SPEECH starts with a word boundary and one of its words: _SPEECH is tried only there
_SPEECH_WORDS = (
    "said says say told reported reports report announced announces stated confirmed confirms estimated "
    "estimates added noted quoted tweeted wrote warned put"
)  # the first word of each branch of _SPEECH
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
# words each attribution pattern needs (`_attribution` skips a pattern when none is in the sentence)
_ACCORDING_WORDS = ("ccording to",)
_SPOKESMAN_WORDS = ("spokes", "official", "representative", "source")
_INVERTED_WORDS = ("said", "says", "reported", "reports", "told", "according to")
_STOP_BACK = re.compile(r"[,;:\"“”()]|\b(?:that|which|who|while|as|but|after|when|because|if|though)\s")
_STOP_WORD = re.compile(_STOP_BACK.pattern.split("|", 1)[1])  # the clause words of _STOP_BACK
_LAST_PUNCTUATION = re.compile(r".*" + _STOP_BACK.pattern.split("|", 1)[0], re.DOTALL)  # its punctuation
_PRONOUN = re.compile(r"^(?:it|he|she|they|we|i|you|this|that|there)$", re.IGNORECASE)
_SOURCE_OK = re.compile(rf"[A-Z]|\b(?:{_SOURCE_NOUNS})\b")
_LEADING_TIME = re.compile(
    r"\s+(?:on|late|early|last|this)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|yesterday|today|here|earlier|later|now)$",
    re.IGNORECASE,
)


_NONSPACE = re.compile(r"\S+")
_TIME_TAILS = frozenset({"day", "ere", "ier", "ter", "now"})  # how each word _LEADING_TIME ends with ends
_DIGIT = re.compile(r"\d")
_CLAUSE = re.compile(r"\b(?:were|was|are|is|have|has|had|been|will|would)\b|(?<![\w-])[a-z]+ed\b")
_AUXILIARY = re.compile(_CLAUSE.pattern.split("|(?<!")[0])  # its first branch: the auxiliaries


def _last_stop(left: str, words: bool = True) -> int:
    """The end of the last match of _STOP_BACK in `left`, else 0.

    Its matches cannot overlap (a clause word ends in a space, and neither a word boundary nor a punctuation
    mark starts a match inside another), so the last one ends after the last punctuation mark or is a clause
    word after it: those are read in windows from the right (a scan from any offset finds every match that
    starts there or later), each reading on 8 characters past its end, the longest match ("because ")."""
    punct = _LAST_PUNCTUATION.match(left)
    floor = punct.end() if punct else 0
    end = len(left) if words else floor  # `words`: a clause word may be in `left`
    while end > floor:
        start = max(floor, end - 24)
        cut = 0
        for m in _STOP_WORD.finditer(left, start, min(len(left), end + 8)):
            cut = m.end()
        if cut:
            return cut
        end = start
    return floor


def _words_span(left: str, cut: int) -> tuple[int, int] | None:
    """Start of the 7th word from the end of `left[cut:]` (or of its first word) and end of its last word."""
    tail = left[cut:]
    parts = tail.split()[-7:]
    if not parts:
        return None
    last = " ".join(parts)
    end = len(tail.rstrip())
    start = end - len(last)
    if tail.startswith(last, start) and (start == 0 or tail[start - 1].isspace()):
        return cut + start, cut + end  # one space between the words
    words = list(_NONSPACE.finditer(left, cut))[-7:]
    return words[0].start(), words[-1].end()


def _subject_before(sentence: str, verb_start: int, stops: bool = True) -> tuple[int, int] | None:
    """The few words before a speech verb ("police and medical sources" said)."""
    left = sentence[max(0, verb_start - 90) : verb_start]
    base = verb_start - len(left)
    found = _words_span(left, _last_stop(left, stops))
    if found is None:
        return None
    s, e = base + found[0], base + found[1]
    span = sentence[s:e]
    tail = span[-3:]
    t = _LEADING_TIME.search(span) if not tail.isascii() or tail.lower() in _TIME_TAILS else None
    if t:
        e = s + t.start()
        span = sentence[s:e]
    if not span or _pronoun(span) or _DIGIT.search(span) or not _source_ok(span):
        return None
    if (_CLAUSE if "ed" in span else _AUXILIARY).search(span):  # _CLAUSE's second branch needs "ed"
        return None  # a clause, not a name: "Chad on Monday rejected UN"
    return s, e


def _pronoun(span: str) -> bool:
    """Whether _PRONOUN matches `span`: for ASCII, whether it is one of its words whatever the case (`$` also
    matches before a final line break)."""
    if span.isascii():
        return span.lower().removesuffix("\n") in _PRONOUN_WORDS
    return _PRONOUN.match(span) is not None


_PRONOUN_WORDS = frozenset(_PRONOUN.pattern[4:-2].split("|"))


def _source_ok(span: str) -> bool:
    """Whether _SOURCE_OK matches in `span`: at once for an ASCII span with a capital (its first branch)."""
    return span.isascii() and span.lower() != span or _SOURCE_OK.search(span) is not None


def attribution(sentence: str, seen: Words = None, low: str | None = None) -> tuple[int, int] | None:
    """Offsets in `sentence` of who gave the figures ("the WHO", "the UN", "a spokesman for the LNA").

    `seen`: the whole words of `low`, `lower(sentence)` (extractors.figures.words), which gate each pattern."""
    span = _attribution(sentence, seen, low)
    if span is None:
        return None
    s, e = span
    while e > s and (
        sentence[e - 1] in " ,;:" or sentence[e - 1] == "." and not _ABBREV_END.search(sentence, s, e)
    ):
        e -= 1  # the sentence's full stop, not "U.N."
    return (s, e) if e > s else None


_ABBREV_END = re.compile(r"(?:\b\w\.){2,}$")


def _attribution(sentence: str, seen: Words = None, low: str | None = None) -> tuple[int, int] | None:
    # each pattern runs only when a word it needs is in the sentence (a substring or set test is much faster)
    if seen is None:
        according = any(w in sentence for w in _ACCORDING_WORDS)
        spokesman = any(w in sentence for w in _SPOKESMAN_WORDS)
        speech = inverted = True
    else:
        according = b"according" in seen
        spokesman = not seen.isdisjoint(_SPOKESMAN_ANCHORS)
        speech = not seen.isdisjoint(_SPEECH_ANCHORS)
        inverted = not seen.isdisjoint(_INVERTED_ANCHORS)
    m = _ACCORDING.search(sentence) if according else None
    if m:
        return m.span("src")
    m = _SPOKESMAN.search(sentence) if spokesman else None
    if m:
        return m.span()
    span = (
        _speech_subject(sentence, seen, low, seen is None or not seen.isdisjoint(_STOP_ANCHORS))
        if speech
        else None
    )
    if span:
        return span
    m = _INVERTED.search(sentence) if inverted and any(w in sentence for w in _INVERTED_WORDS) else None
    if m and not _pronoun(m.group("src").strip()):
        return m.span("src")
    return None


def _speech_subject(sentence: str, seen: Words, low: str | None, stops: bool) -> tuple[int, int] | None:
    """The subject before the first speech verb (_SPEECH) that has one. With the sentence's words, _SPEECH is
    tried only where one of its words stands in the lower-cased sentence (every match starts at one), as
    matches_at does: at each such word at or after the end of the last match."""
    if seen is None:
        for v in _SPEECH.finditer(sentence):
            span = _subject_before(sentence, v.start(), stops)
            if span:
                return span
        return None
    pos = 0
    match = _SPEECH.match
    for at in word_starts(lower(sentence) if low is None else low, seen.intersection(_SPEECH_ANCHORS)):
        if at >= pos and (v := match(sentence, at)):
            pos = v.end()
            span = _subject_before(sentence, at, stops)
            if span:
                return span
    return None


# The whole words each pattern needs, for a sentence whose words are known (lower-cased: looser than the
# patterns, which read the sentence as written)
_SPOKESMAN_ANCHORS = anchors("spokesman spokeswoman spokesperson official representative source")
_SPEECH_ANCHORS = anchors(_SPEECH_WORDS)
_STOP_ANCHORS = anchors("that which who while as but after when because if though")  # _STOP_WORD's words
_INVERTED_ANCHORS = anchors("said says reported reports told according")
