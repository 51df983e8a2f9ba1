"""Tokens and their hashes for near-duplicate fingerprints, vectorised with numpy.

- Tokens are NFKC case-folded words; scripts written without spaces (Chinese, Japanese, Thai, ...)
  count one token per character. A text is cut at `MAX_TOKENS` tokens (and its first
  `MAX_TOKENS * 40` characters), so a 5 MB text costs what a long article costs.
- `token_bytes` writes the tokens as one space-separated byte string: for an ASCII text with one
  byte translation (no regular expression, no Python string per token), otherwise from `tokenize`.
- `token_hashes` hashes every token of that string at once: a polynomial hash of its bytes from one
  prefix sum over the string, then splitmix64's finaliser. No loop per token or per shingle.
- `shingle_hashes` folds `SHINGLE` consecutive token hashes into one; `bag_hashes` are the word
  unigrams and bigrams, the order-free view of a text used to recognise rewritten copies.

All constants derive from sha256, so hashes never change with a library version.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

from extractors.dedup.fingerprint import ASCII_WORDS

SHINGLE = 3
MAX_TOKENS = 20_000
_CHARS_PER_TOKEN = 40  # a huge text is normalised only as far as MAX_TOKENS tokens can reach

# Characters of scripts written without spaces between words: one token each.
_UNSPACED = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff"  # CJK, kana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
)
_TOKEN = re.compile(rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+")


def constants(label: str, count: int) -> np.ndarray:
    """`count` odd 64-bit constants from sha256(label, i): fixed forever, whatever numpy does."""
    values = [
        int.from_bytes(hashlib.sha256(f"newsmon-dedup-{label}-{i}".encode()).digest()[:8], "little") | 1
        for i in range(count)
    ]
    return np.array(values, dtype=np.uint64)


MIX = np.uint64(0x9E3779B97F4A7C15)
_UNIGRAM, _BIGRAM = constants("bag", 2)


def finalize(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads the bits of each uint64 (arrays wrap silently on overflow)."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def tokenize(text: str, limit: int = MAX_TOKENS) -> list[str]:
    """The first `limit` tokens of the NFKC case-folded text."""
    if not text:
        return []
    folded = unicodedata.normalize("NFKC", text[: limit * _CHARS_PER_TOKEN]).casefold()
    return _TOKEN.findall(folded)[:limit]


def token_bytes(text: str) -> bytes:
    """The text's tokens (at most `MAX_TOKENS` of them, counted by `token_hashes`), separated by
    spaces, UTF-8. An ASCII text takes one `bytes.translate`; any other goes through `tokenize`."""
    head = text[: MAX_TOKENS * _CHARS_PER_TOKEN]
    if head.isascii():
        return head.encode("ascii").translate(ASCII_WORDS)
    return " ".join(tokenize(head)).encode("utf-8")


_BASE = int(constants("byte", 1)[0])
_POWERS = [np.ones(0, dtype=np.uint64), np.ones(0, dtype=np.uint64)]  # BASE^i and BASE^-i mod 2^64


def _powers(size: int) -> tuple[np.ndarray, np.ndarray]:
    """BASE^i and its inverse BASE^-i (mod 2^64, BASE odd) for i < size, grown on demand."""
    if _POWERS[0].size < size:
        size = max(size, 2 * _POWERS[0].size, 4096)
        for n, base in enumerate((_BASE, pow(_BASE, -1, 1 << 64))):
            steps = np.full(size, base, dtype=np.uint64)
            steps[0] = 1
            _POWERS[n] = np.cumprod(steps, dtype=np.uint64)
    return _POWERS[0][:size], _POWERS[1][:size]


def token_hashes(buffer: bytes) -> np.ndarray:
    """64-bit hashes of the space-separated tokens of `buffer` (the first `MAX_TOKENS`), in order.

    A polynomial hash from prefix sums: with P[i] = sum of byte_j * BASE^j for j < i, the token in
    [s, e) hashes to (P[e] - P[s]) * BASE^-s, the same wherever it stands; then its length is mixed in
    and the result finalised."""
    data = np.frombuffer(buffer, dtype=np.uint8)
    word = data != 32
    edges = np.diff(word.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts = np.flatnonzero(edges == 1)[:MAX_TOKENS]
    if not starts.size:
        return np.zeros(0, dtype=np.uint64)
    ends = np.flatnonzero(edges == -1)[:MAX_TOKENS]
    up, down = _powers(data.size)
    prefix = np.zeros(data.size + 1, dtype=np.uint64)
    np.cumsum(data * up[: data.size], out=prefix[1:])
    lengths = (ends - starts).astype(np.uint64)
    return finalize((prefix[ends] - prefix[starts]) * down[starts] + lengths * MIX)


def shingle_hashes(tokens: np.ndarray) -> np.ndarray:
    """64-bit hashes of the `SHINGLE`-token windows, in text order (a shorter text is one shingle)."""
    if not tokens.size:
        return np.zeros(0, dtype=np.uint64)
    width = min(SHINGLE, tokens.size)
    windows = tokens.size - width + 1
    acc = np.zeros(windows, dtype=np.uint64)
    for offset in range(width):  # SHINGLE vector steps, not a loop over shingles
        acc = acc * MIX + tokens[offset : offset + windows] + np.uint64(offset + 1)
    return finalize(acc)


def bag_hashes(tokens: np.ndarray) -> np.ndarray:
    """64-bit hashes of the word unigrams and bigrams (with repeats; order-free once as a set)."""
    unigrams = finalize(tokens ^ _UNIGRAM)
    bigrams = finalize(tokens[:-1] * MIX + tokens[1:] + _BIGRAM)
    return np.concatenate([unigrams, bigrams])


def unique_sorted(values: np.ndarray) -> np.ndarray:
    """Sorted unique values: a sort and a mask (np.unique also builds a hash table first)."""
    ordered = np.sort(values)
    if ordered.size < 2:
        return ordered
    keep = np.empty(ordered.size, dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]
