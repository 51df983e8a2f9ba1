"""Near-duplicate fingerprints: word shingles, MinHash signatures, LSH band keys and the verdict.

Pure functions on text. The warehouse stores the band keys (`dedup_bands`), so a run computes a
signature only for new articles and finds candidates with a join; `verify` then decides on exact
shingle sets, never on the estimate alone.

- Tokens are NFKC case-folded words; scripts written without spaces (Chinese, Japanese, Thai, ...)
  count one token per character. A text is cut at `MAX_TOKENS` tokens, so a 5 MB text costs what a
  long article costs.
- Shingles are `SHINGLE` consecutive tokens, hashed to 64 bits.
- A MinHash signature of `NUM_PERM` values (multiply-shift hashing, constants derived from sha256 so
  they never change with a library version) is cut into `BANDS` bands of `ROWS` rows: two texts with
  Jaccard similarity s share at least one band with probability 1 - (1 - s^ROWS)^BANDS.
- "Lead" signatures over `LEAD_TOKENS` tokens from each of `LEAD_OFFSETS` give `LEAD_BANDS` more keys
  each, so an excerpt (the first paragraphs and "Read more") meets its original although their
  Jaccard similarity is small, also when an intro line shifts its start.
- Texts under `MIN_TOKENS` tokens get no keys: they are matched by the exact hash only.
- `verify` accepts a pair when the Jaccard similarity of the shingle sets reaches `JACCARD`, or when
  the smaller text is, give or take `EDGE` shingles at its edges, the start of the larger one.

A `Fingerprint` holds about 16 bytes per token (`MAX_TOKENS` at most), so `MemoryIndex` suits a batch
or an evaluation stream; the archive is searched through the warehouse.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

# Bump SCHEME whenever a parameter or function that shapes the band keys changes: stored articles
# fingerprinted under another scheme are then indexed again (flows/stages/dedup.py).
SCHEME = 1
SHINGLE = 3
NUM_PERM = 128
BANDS, ROWS = 32, 4
LEAD_TOKENS = 40
LEAD_OFFSETS = (0, 20)
LEAD_BANDS = 16
MIN_TOKENS = 25
MAX_TOKENS = 20_000

# The verdict on a candidate pair (see `verify`).
JACCARD = 0.5
CONTAINMENT = 0.8
MIN_CONTAINED = 20  # shingles of the smaller text that must lead the larger one
EDGE = 25  # shingles an added intro line, a dateline or a "Read more" may take at either edge
MAX_CANDIDATES = 20  # candidates verified per text, most shared band keys first

# Characters of scripts written without spaces between words: one token each.
_UNSPACED = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff"  # CJK, kana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
)
_TOKEN = re.compile(rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+")


def _constants(label: str, count: int) -> np.ndarray:
    """`count` odd 64-bit constants from sha256(label, i): fixed forever, whatever numpy does."""
    values = [
        int.from_bytes(hashlib.sha256(f"newsmon-dedup-{label}-{i}".encode()).digest()[:8], "little") | 1
        for i in range(count)
    ]
    return np.array(values, dtype=np.uint64)


_PERM_A = _constants("a", NUM_PERM)
_PERM_B = _constants("b", NUM_PERM)
_BAND_SALT = _constants("band", BANDS + LEAD_BANDS)
_MIX = np.uint64(0x9E3779B97F4A7C15)


def _finalize(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads the bits of each uint64."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def tokenize(text: str, limit: int = MAX_TOKENS) -> list[str]:
    """The first `limit` tokens of the NFKC case-folded text."""
    if not text:
        return []
    # Normalise a slice, not the whole of a huge text: 40 characters per token is plenty.
    folded = unicodedata.normalize("NFKC", text[: limit * 40]).casefold()
    return _TOKEN.findall(folded)[:limit]


def shingle_hashes(tokens: list[str]) -> np.ndarray:
    """64-bit hashes of the `SHINGLE`-token windows, in text order (a shorter text is one shingle)."""
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    hashed = np.fromiter(map(zlib.crc32, map(str.encode, tokens)), dtype=np.uint64, count=len(tokens))
    width = min(SHINGLE, len(tokens))
    windows = len(tokens) - width + 1
    with np.errstate(over="ignore"):
        acc = np.zeros(windows, dtype=np.uint64)
        for offset in range(width):
            acc = acc * _MIX + hashed[offset : offset + windows] + np.uint64(offset + 1)
        return _finalize(acc)


def minhash(shingles: np.ndarray, num_perm: int = NUM_PERM) -> np.ndarray:
    """MinHash signature (uint32[num_perm]) of the shingle hashes (repeats change nothing): for each
    hash function (a * x + b) mod 2^64, top 32 bits, the minimum. All-ones for no shingles."""
    best = np.full(num_perm, 0xFFFFFFFF, dtype=np.uint64)
    step = max(1, 262_144 // num_perm)  # bounded memory for long texts
    with np.errstate(over="ignore"):
        for start in range(0, shingles.size, step):
            chunk = shingles[start : start + step, None]
            values = (chunk * _PERM_A[None, :num_perm] + _PERM_B[None, :num_perm]) >> np.uint64(32)
            best = np.minimum(best, values.min(axis=0))
    return best.astype(np.uint32)


def band_keys(signature: np.ndarray, first_band: int = 0) -> list[int]:
    """Signed 64-bit keys of the signature's bands of `ROWS` rows, numbered from `first_band`.

    Each key folds in its band number, so a band only ever meets the same band of another text.
    """
    rows = signature.astype(np.uint64).reshape(-1, ROWS)
    with np.errstate(over="ignore"):
        acc = _BAND_SALT[first_band : first_band + rows.shape[0]].copy()
        for column in range(ROWS):
            acc = _finalize(acc * _MIX + rows[:, column])
    return acc.view(np.int64).tolist()


def lead_windows(ordered: np.ndarray, tokens: int) -> list[np.ndarray]:
    """The shingles of the lead windows: `LEAD_TOKENS` tokens from each offset in `LEAD_OFFSETS`
    (an offset is skipped when fewer than half a window of text is left after it)."""
    width = LEAD_TOKENS - SHINGLE + 1
    return [
        ordered[offset : offset + width]
        for offset in LEAD_OFFSETS
        if offset == 0 or tokens - offset >= LEAD_TOKENS // 2
    ]


def text_keys(ordered: np.ndarray, shingles: np.ndarray, tokens: int) -> list[int]:
    """`BANDS` keys of the whole text, then `LEAD_BANDS` keys per lead window (all windows share one
    numbering, so a copy whose lead is shifted by an intro line meets its original's first window)."""
    keys = band_keys(minhash(shingles))
    for window in lead_windows(ordered, tokens):
        keys += band_keys(minhash(window, LEAD_BANDS * ROWS), BANDS)
    return list(dict.fromkeys(keys))


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What dedup needs of one text: token count, shingles (in order and as a set) and LSH band keys."""

    tokens: int
    ordered: np.ndarray  # shingle hashes in text order
    shingles: np.ndarray  # sorted unique
    keys: tuple[int, ...]  # empty for a short text: exact hash only

    @property
    def short(self) -> bool:
        return not self.keys


def fingerprint(text: str) -> Fingerprint:
    tokens = tokenize(text)
    ordered = shingle_hashes(tokens)
    shingles = np.unique(ordered)
    if len(tokens) < MIN_TOKENS or shingles.size < MIN_CONTAINED:  # too little distinct text
        return Fingerprint(len(tokens), ordered, shingles, ())
    return Fingerprint(len(tokens), ordered, shingles, tuple(text_keys(ordered, shingles, len(tokens))))


@dataclass(frozen=True, slots=True)
class Match:
    """Exact measures of a pair of shingle sets.

    - jaccard: shared / union.
    - containment: shared / the smaller set.
    - leading: how much of the smaller text sits at the start of the larger one. The smaller text's
      shingles found in the larger are located; the span from the first to the last of them must begin
      within `EDGE` shingles of the start of both texts and end within `EDGE` of the smaller one's end
      (room for an added intro line, a dateline, "Read more" or credits), and `leading` is the share of
      that span found in the larger text (0 when the span does not qualify).
    """

    jaccard: float
    containment: float
    leading: float
    span: int  # length of the qualifying span, in shingles

    @property
    def similarity(self) -> float:
        return round(max(self.jaccard, self.containment, self.leading), 4)


def compare(a: Fingerprint, b: Fingerprint) -> Match:
    if a.shingles.size == 0 or b.shingles.size == 0:
        return Match(0.0, 0.0, 0.0, 0)
    common = np.intersect1d(a.shingles, b.shingles, assume_unique=True).size
    if common == 0:
        return Match(0.0, 0.0, 0.0, 0)
    small, large = (a, b) if a.ordered.size <= b.ordered.size else (b, a)
    jaccard = common / (a.shingles.size + b.shingles.size - common)
    containment = common / small.shingles.size
    found = np.flatnonzero(np.isin(small.ordered, large.shingles))
    head, tail = int(found[0]), int(small.ordered.size - 1 - found[-1])
    starts_early = np.isin(large.ordered[: EDGE + 1], small.shingles).any()
    leading, span = 0.0, 0
    if head <= EDGE and tail <= EDGE and starts_early:
        span = int(found[-1] - found[0] + 1)
        leading = found.size / span
    return Match(jaccard, containment, leading, span)


def verify(match: Match) -> bool:
    """Duplicate when the shingle sets mostly agree (a copy, a light edit, an update), or when the
    smaller text is, give or take its edges, the start of the larger one (an excerpt, a truncated copy,
    an original that a copy dressed with an intro line)."""
    if match.jaccard >= JACCARD:
        return True
    return match.span >= MIN_CONTAINED and match.leading >= CONTAINMENT


# --- the verdict -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Known:
    """An earlier text: its id, the root (earliest article) of its story cluster, when that root was
    first seen (smaller is earlier: seeds, then the archive, then the batch) and its fingerprint."""

    article_id: str
    root: str
    since: tuple[int, float]  # (0 seed | 1 archive | 2 batch or stream, time or arrival order)
    fingerprint: Fingerprint


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a text copies an earlier one. `duplicate_of` is the root of the matched cluster;
    `similarity` is the best similarity met, also when it was too low to make a duplicate."""

    duplicate_of: str | None = None
    method: str | None = None  # url | hash | near
    similarity: float = 0.0


def judge(fp: Fingerprint, candidates: Iterable[Known]) -> Verdict:
    """Verify candidates on exact shingle sets, in the order given: earliest cluster first (then the
    most promising). The first that verifies decides, so a candidate's fingerprint is only needed when
    it is reached; otherwise `similarity` is the best one met."""
    best = 0.0
    for known in candidates:
        match = compare(fp, known.fingerprint)
        if verify(match):
            return Verdict(known.root, "near", match.similarity)
        best = max(best, match.similarity)
    return Verdict(similarity=best)


class MemoryIndex:
    """Earlier texts held in memory: the `newsmon dedup` stream and the articles of one batch."""

    def __init__(self) -> None:
        self._by_key: dict[int, list[str]] = defaultdict(list)
        self._by_hash: dict[str, str] = {}
        self._known: dict[str, Known] = {}
        self._since: dict[str, tuple[int, float]] = {}  # root -> when it was first seen

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._known

    def add(
        self,
        article_id: str,
        fp: Fingerprint,
        content_hash: str | None,
        root: str | None = None,
        since: tuple[int, float] | None = None,
        seed: bool = False,
    ) -> None:
        """Remember a text. `root` is the root of its cluster when it is a duplicate; `since` when
        that root was first seen, if it is not in this index (a stored article)."""
        if article_id in self._known:
            return
        root = root or article_id
        if root not in self._since:
            self._since[root] = since or (0 if seed else 2, float(len(self._since)))
        self._known[article_id] = Known(article_id, root, self._since[root], fp)
        if content_hash and fp.tokens:
            self._by_hash.setdefault(content_hash, article_id)
        for key in fp.keys:
            self._by_key[key].append(article_id)

    def get(self, article_id: str) -> Known | None:
        return self._known.get(article_id)

    def by_hash(self, content_hash: str) -> Known | None:
        article_id = self._by_hash.get(content_hash)
        return None if article_id is None else self._known[article_id]

    def candidates(self, fp: Fingerprint, limit: int = MAX_CANDIDATES) -> list[Known]:
        """The `limit` earlier texts sharing most band keys with `fp`, in `judge` order: earliest
        cluster first, then most shared keys."""
        shared: Counter[str] = Counter()
        for key in fp.keys:
            shared.update(self._by_key.get(key, ()))
        top = sorted(shared.items(), key=lambda item: -item[1])[:limit]
        return sorted((self._known[article_id] for article_id, _ in top), key=lambda k: k.since)
