"""Fast regular expressions for word lists, and a length-preserving lower-case.

Python's `re` tries every branch of an alternation at every position; a list of words compiled as a
trie ("k(?:ill|idnap)") tries one branch per first letter instead, which is several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def trie(words: Iterable[str]) -> str:
    """A regular expression (no group) matching any of `words`, longest first, built as a trie."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items(), reverse=True) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return emit(root)


def lower(text: str) -> str:
    """`text.lower()` with the same length (only U+0130 'İ' lower-cases to two characters)."""
    return text.replace("\u0130", "I").lower() if "\u0130" in text else text.lower()


def finditer_at(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos, endpos)`, trying `pattern` only where `starts` matches.

    `starts` must match wherever a match of `pattern` can begin (a necessary condition, such as its
    possible first characters), and `pattern` must never match the empty string: then the matches are the
    same, found without trying every branch of `pattern` at every character.
    """
    search, match = starts.search, pattern.match
    end = len(text) if endpos is None else endpos
    while pos <= end:
        c = search(text, pos, end)
        if c is None:
            return
        at = c.start()
        m = match(text, at, end)
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = m.end()
