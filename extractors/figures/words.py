"""The words of a sentence as a set, read once and shared by the context readers as a gate.

A context pattern (a scope cue, a date, a speech verb, a place) can only match where one of its anchor words
stands as a whole word: a run of word characters with no word character on either side. `words(low)` gives
the set of those runs of a lower-cased ASCII sentence, as bytes, in one C pass (translate, then split):
each reader then skips its regular expression with a set test when none of its anchors is in the sentence.
A regex scan of a sentence costs microseconds per pattern (the engine tries every position); the set costs
one scan for all of them. For non-ASCII text `words` returns None and every reader runs its own pattern (a
word character there is not only [A-Za-z0-9_], the rule the translation table below follows).

When a pattern does run, `word_starts` and `matches_at` give what `pattern.finditer` gives while trying the
pattern only where one of the words its branches start with stands (found with str.find), and
`matches_at_word_starts` tries it only after the non-word characters a cheap lead pattern finds.
tests/figures/test_fast_paths_words.py checks every reader with and without these shortcuts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = [
    "Words",
    "anchors",
    "by_first_letter",
    "gap_before",
    "matches_at",
    "matches_at_word_starts",
    "word_starts",
    "words",
]

Words = set[bytes] | None
# every byte that is not an ASCII word character ([A-Za-z0-9_], what \w matches in ASCII) becomes a space
_SPACES = bytes(c if chr(c).isascii() and (chr(c).isalnum() or c == 95) else 32 for c in range(256))


def words(low: str) -> Words:
    """The whole words of the lower-cased sentence `low` (bytes), or None when it is not ASCII."""
    return set(low.encode("ascii").translate(_SPACES).split()) if low.isascii() else None


def anchors(items: str | Iterable[str]) -> frozenset[bytes]:
    """A gate set: the given words (or the words of a string separated by spaces), as bytes."""
    return frozenset(w.encode("ascii") for w in (items.split() if isinstance(items, str) else items))


def by_first_letter(leads: Iterable[str]) -> str:
    """One alternation of the regexes `leads`, grouped by their first character ("\\d" counts as one): the
    engine then tries one group at a position, not every branch."""
    groups: dict[str, list[str]] = {}
    for lead in leads:
        n = 2 if lead.startswith("\\") else 1
        groups.setdefault(lead[:n], []).append(lead[n:])
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"


def gap_before(lead: str) -> re.Pattern[str]:
    """A pattern matching a character that is no word character where `lead` follows it."""
    return re.compile(rf"\W(?={lead})")


def matches_at_word_starts(
    pattern: re.Pattern[str], lead: re.Pattern[str], gap: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match starts at a word boundary before a word
    character, where `lead` matches (`gap` is `gap_before(lead.pattern)`): `pattern` is tried only at the
    start of the text and after the non-word characters `gap` finds, in one scan (a scan with a leading word
    boundary tries every position, and each try costs more than the test of one character)."""
    pos = 0
    if lead.match(text):
        m = pattern.match(text)
        if m:
            yield m
            pos = m.end()
    for g in gap.finditer(text):
        at = g.end()
        if at >= pos:
            m = pattern.match(text, at)
            if m:
                yield m
                pos = m.end()


def word_starts(low: str, present: Iterable[bytes]) -> list[int]:
    """Offsets in the ASCII text `low` where one of the words `present` stands as a whole word, in order."""
    out = []
    size = len(low)
    for run in present:
        word, n = run.decode("ascii"), len(run)
        at = low.find(word)
        while at >= 0:
            if (at == 0 or low[at - 1] not in _WORD_CHARS) and (
                at + n == size or low[at + n] not in _WORD_CHARS
            ):
                out.append(at)
            at = low.find(word, at + n)
    out.sort()
    return out


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` when every match starts at one of the offsets `starts` (in order)."""
    pos = 0
    for at in starts:
        if at >= pos:
            m = pattern.match(text, at)
            if m:
                yield m
                pos = m.end()
