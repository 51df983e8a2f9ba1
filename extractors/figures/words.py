"""The words of a sentence as a set, read once and shared by the context readers as a gate.

A context pattern (a scope cue, a date, a speech verb, a place) can only match where one of its anchor words
stands as a whole word: a run of word characters with no word character on either side. `words(low)` gives
the set of those runs of a lower-cased ASCII sentence, as bytes, in one C pass (translate, then split):
each reader then skips its regular expression with a set test when none of its anchors is in the sentence.
A regex scan of a sentence costs microseconds per pattern (the engine tries every position); the set costs
one scan for all of them. For non-ASCII text `words` returns None and every reader runs its own pattern (a
word character there is not only [A-Za-z0-9_], the rule the translation table below follows).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["Words", "anchors", "words"]

Words = set[bytes] | None
# every byte that is not an ASCII word character ([A-Za-z0-9_], what \w matches in ASCII) becomes a space
_SPACES = bytes(c if chr(c).isascii() and (chr(c).isalnum() or c == 95) else 32 for c in range(256))


def words(low: str) -> Words:
    """The whole words of the lower-cased sentence `low` (bytes), or None when it is not ASCII."""
    return set(low.encode("ascii").translate(_SPACES).split()) if low.isascii() else None


def anchors(items: str | Iterable[str]) -> frozenset[bytes]:
    """A gate set: the given words (or the words of a string separated by spaces), as bytes."""
    return frozenset(w.encode("ascii") for w in (items.split() if isinstance(items, str) else items))
