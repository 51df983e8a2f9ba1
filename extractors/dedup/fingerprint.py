"""Text fingerprints for exact deduplication and stable ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
# ASCII: word characters (letters, digits, underscore) lower-cased, any other byte a space.
ASCII_WORDS = (
    bytes((c | 0x20 if 65 <= c <= 90 else c) if chr(c).isalnum() or c == 95 else 32 for c in range(128))
    + b" " * 128
)


def normalize_text(text: str) -> str:
    """Case-folded NFKC text with punctuation and runs of white space collapsed to single spaces."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return _NON_WORD.sub(" ", text).strip()


def content_hash(text: str) -> str:
    """A hash of the normalised text: equal for copies that differ only in case, spacing or punctuation.
    An ASCII text is normalised by one byte translation (the same result as `normalize_text`)."""
    if text and text.isascii():
        normalized = b" ".join(text.encode("ascii").translate(ASCII_WORDS).split())
    else:
        normalized = normalize_text(text).encode("utf-8")
    return hashlib.sha256(normalized).hexdigest()[:32]


def stable_id(*parts: object) -> str:
    """A short deterministic id from its parts (used for article and figure ids)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]
