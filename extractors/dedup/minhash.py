"""Near-duplicate fingerprints: word shingles and bags, MinHash signatures, LSH band keys, verdicts.

Pure functions on text. The warehouse stores the band keys (`dedup_bands`), so a run computes a
signature only for new articles and finds candidates with a join; `verify` then decides on exact
shingle and bag sets, never on the estimate alone.

- Tokens, shingles (`SHINGLE` consecutive tokens) and bags (word unigrams and bigrams) are hashed to
  64 bits in `extractors.dedup.tokens`, vectorised. Texts are cut at `MAX_TOKENS` tokens.
- A MinHash signature (multiply-shift hashing with constants derived from sha256, so they never
  change with a library version) is cut into bands of rows: two sets with Jaccard similarity s share
  at least one band with probability 1 - (1 - s^rows)^bands.
- Whole-text keys: `BAG_BANDS` bands of `BAG_ROWS` rows of a one-permutation MinHash of the bag. A bag is order-free and
  forgiving: a copy, an edit or an update keeps most of it (bag Jaccard >= 0.6, found with
  probability > 0.99), and so does a rewrite, with one word in five replaced and the paragraphs
  shuffled (0.43-0.6 on the development stream: 0.94-0.997).
- "Lead" keys: a signature over `LEAD_TOKENS` tokens from each of `LEAD_OFFSETS`, `LEAD_BANDS` bands
  of `ROWS` rows each, so an excerpt (the first paragraphs and "Read more") meets its original
  although their Jaccard similarity is small, also when an intro line shifts its start.
- Texts under `MIN_TOKENS` tokens get no keys: they are matched by the exact hash only.
- `verify` accepts a pair (method "near") when the Jaccard similarity of the shingle sets reaches
  `JACCARD`, or when the smaller text is, give or take `EDGE` shingles at its edges, the start of the
  larger one; else (method "rewrite") when the bags' Jaccard similarity reaches `BAG_JACCARD` and
  shared shingles are spread over both texts (`COVERAGE`): what a rewrite keeps of its original is
  everywhere, what two stories sharing a background paragraph or one event have in common is not.

A `Fingerprint` holds about 32 bytes per token (`MAX_TOKENS` at most), so `MemoryIndex` suits a batch
or an evaluation stream; the archive is searched through the warehouse.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain

import numpy as np

from extractors.dedup.tokens import (
    MAX_TOKENS,
    SHINGLE,
    bag_hashes,
    constants,
    finalize,
    shingle_hashes,
    token_bytes,
    token_hashes,
    tokenize,
    unique_sorted,
)

__all__ = ["MAX_TOKENS", "SHINGLE", "tokenize"]  # re-exported: the token rules live in tokens.py

# Bump SCHEME whenever a parameter or function that shapes the band keys changes: stored articles
# fingerprinted under another scheme are then indexed again (flows/stages/dedup.py).
SCHEME = 2
BAG_BANDS, BAG_ROWS = 32, 3
ROWS = 4
LEAD_TOKENS = 40
LEAD_OFFSETS = (0, 20)
LEAD_BANDS = 16
MIN_TOKENS = 25

# The verdict on a candidate pair (see `verify`).
JACCARD = 0.5
CONTAINMENT = 0.8
MIN_CONTAINED = 20  # shingles of the smaller text that must lead the larger one
EDGE = 25  # shingles an added intro line, a dateline or a "Read more" may take at either edge
MAX_CANDIDATES = 20  # candidates verified per text, most shared band keys first
# Rewrites (measured in BENCHMARKS.md, "Dedup: the rewrite signal"): rewrites of the development
# stream have bag Jaccard >= 0.43 and coverage 1.0; two different stories at most 0.32 and 0.67.
BAG_JACCARD = 0.37
COVERAGE = 0.85
WINDOW = 16  # shingles per window of `coverage`
MIN_WINDOWS = 3  # shorter texts are never judged rewrites

_PERM = constants("a", max(BAG_BANDS * BAG_ROWS, LEAD_BANDS * ROWS))
_BAND_SALT = constants("band", BAG_BANDS + LEAD_BANDS)
_ROW_MIX = constants("row", max(BAG_ROWS, ROWS))


def minhash(hashes: np.ndarray, num_perm: int, starts: np.ndarray | None = None) -> np.ndarray:
    """MinHash signature (uint32[num_perm]) of 64-bit element hashes (repeats change nothing): for each
    hash function a * x mod 2^64, top 32 bits, the minimum. All-ones for no elements. With `starts`
    (offsets of consecutive groups of `hashes`), one signature per group, as rows."""
    if not hashes.size:
        return np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)
    if starts is not None:  # a few short windows: one product, one reduction per window
        best = np.minimum.reduceat(np.multiply.outer(hashes, _PERM[:num_perm]), starts, axis=0)
        return (best >> np.uint64(32)).astype(np.uint32)
    step = max(1, 262_144 // num_perm)  # bounded memory for long texts
    best = np.multiply.outer(hashes[:step], _PERM[:num_perm]).min(axis=0)
    for start in range(step, hashes.size, step):
        best = np.minimum(best, np.multiply.outer(hashes[start : start + step], _PERM[:num_perm]).min(axis=0))
    return (best >> np.uint64(32)).astype(np.uint32)


_EMPTY = np.uint64(1 << 32)


def one_permutation(hashes: np.ndarray, buckets: int) -> np.ndarray:
    """One-permutation MinHash (uint32[buckets]) of 64-bit element hashes: the high half of a hash
    picks its bucket, the low half competes for that bucket's minimum; one pass over the elements
    instead of one per hash function. An empty bucket borrows the value of the next filled bucket
    (circularly), mixed with its distance ("rotation" densification), so equal sets always agree and
    the share of agreeing buckets still estimates the Jaccard similarity. All-ones for no elements."""
    if not hashes.size:
        return np.full(buckets, 0xFFFFFFFF, dtype=np.uint32)
    bucket = (((hashes >> np.uint64(32)) * np.uint64(buckets)) >> np.uint64(32)).astype(np.intp)
    signature = np.full(buckets, _EMPTY, dtype=np.uint64)
    np.minimum.at(signature, bucket, hashes & np.uint64(0xFFFFFFFF))
    empty = signature == _EMPTY
    if empty.any():
        filled = np.flatnonzero(~empty)
        index = np.arange(buckets)
        donor = filled[np.searchsorted(filled, index) % filled.size]
        distance = ((donor - index) % buckets).astype(np.uint64)
        borrowed = finalize(signature[donor] + distance * _ROW_MIX[0]) >> np.uint64(32)
        signature = np.where(empty, borrowed, signature)
    return signature.astype(np.uint32)


def band_keys(signature: np.ndarray, rows: int, first_band: int = 0) -> np.ndarray:
    """Signed 64-bit keys of the signature's bands of `rows` rows, numbered from `first_band`.

    Each key folds in its band number, so a band only ever meets the same band of another text.
    """
    matrix = signature.astype(np.uint64).reshape(-1, rows) * _ROW_MIX[:rows]
    salt = _BAND_SALT[first_band : first_band + matrix.shape[0]]
    return finalize(matrix.sum(axis=1, dtype=np.uint64) + salt).view(np.int64)


def lead_windows(ordered: np.ndarray, tokens: int) -> list[np.ndarray]:
    """The shingles of the lead windows: `LEAD_TOKENS` tokens from each offset in `LEAD_OFFSETS`
    (an offset is skipped when fewer than half a window of text is left after it)."""
    width = LEAD_TOKENS - SHINGLE + 1
    return [
        ordered[offset : offset + width]
        for offset in LEAD_OFFSETS
        if offset == 0 or tokens - offset >= LEAD_TOKENS // 2
    ]


def text_keys(ordered: np.ndarray, sketch: np.ndarray, tokens: int) -> tuple[int, ...]:
    """`BAG_BANDS` keys of the whole text's bag, then `LEAD_BANDS` keys per lead window (all windows
    share one numbering, so a copy whose lead is shifted by an intro line meets its original's first
    window)."""
    windows = lead_windows(ordered, tokens)
    starts = np.cumsum([0] + [w.size for w in windows[:-1]])
    leads = minhash(np.concatenate(windows), LEAD_BANDS * ROWS, starts)
    keys = np.concatenate(
        [
            band_keys(sketch, BAG_ROWS),
            *(band_keys(signature, ROWS, BAG_BANDS) for signature in leads),
        ]
    )
    return tuple(dict.fromkeys(keys.tolist()))


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What dedup needs of one text: token count, shingles (in order and as a set), the bag (word
    unigram and bigram hashes, with repeats; empty for a short text) and the LSH band keys."""

    tokens: int
    ordered: np.ndarray  # shingle hashes in text order
    shingles: np.ndarray  # sorted unique
    bag: np.ndarray
    sketch: np.ndarray  # one-permutation MinHash of the bag (uint32[BAG_BANDS * BAG_ROWS])
    keys: tuple[int, ...]  # empty for a short text: exact hash only; the first BAG_BANDS: the bag's

    @property
    def short(self) -> bool:
        return not self.keys


_NOTHING = np.zeros(0, dtype=np.uint64)


def fingerprint(text: str) -> Fingerprint:
    hashes = token_hashes(token_bytes(text))
    ordered = shingle_hashes(hashes)
    shingles = unique_sorted(ordered)
    tokens = int(hashes.size)
    if tokens < MIN_TOKENS or shingles.size < MIN_CONTAINED:  # too little distinct text
        return Fingerprint(tokens, ordered, shingles, _NOTHING, _NOTHING, ())
    bag = bag_hashes(hashes)
    sketch = one_permutation(bag, BAG_BANDS * BAG_ROWS)
    return Fingerprint(tokens, ordered, shingles, bag, sketch, text_keys(ordered, sketch, tokens))


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


def member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """For each value, whether it is in `sorted_set` (sorted, unique, not empty): a binary search,
    with no sort of `values` (np.isin sorts both)."""
    at = np.searchsorted(sorted_set, values)
    np.minimum(at, sorted_set.size - 1, out=at)
    return sorted_set[at] == values


def compare(a: Fingerprint, b: Fingerprint) -> Match:
    if a.shingles.size == 0 or b.shingles.size == 0:
        return Match(0.0, 0.0, 0.0, 0)
    few, many = (a, b) if a.shingles.size <= b.shingles.size else (b, a)
    common = int(np.count_nonzero(member(few.shingles, many.shingles)))
    if common == 0:
        return Match(0.0, 0.0, 0.0, 0)
    small, large = (a, b) if a.ordered.size <= b.ordered.size else (b, a)
    jaccard = common / (a.shingles.size + b.shingles.size - common)
    containment = common / small.shingles.size
    found = np.flatnonzero(member(small.ordered, large.shingles))
    head, tail = int(found[0]), int(small.ordered.size - 1 - found[-1])
    starts_early = member(large.ordered[: EDGE + 1], small.shingles).any()
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


MIN_SHARED = 0.1  # shingle Jaccard below which a pair is not looked at as a rewrite (rewrites: ~0.3)


def coverage(a: Fingerprint, b: Fingerprint) -> float:
    """How evenly the shared shingles spread over both texts: each text is cut into windows of
    `WINDOW` shingles (its first and last windows, where an intro or a kicker line goes, left out from
    four windows up) and the share of windows holding a shared shingle is taken; the smaller share
    of the two texts. 0 when a text has fewer than `MIN_WINDOWS` windows."""
    shares = []
    for x, y in ((a, b), (b, a)):
        windows = x.ordered.size // WINDOW
        if windows < MIN_WINDOWS:
            return 0.0
        hit = member(x.ordered[: windows * WINDOW], y.shingles).reshape(windows, WINDOW).any(axis=1)
        shares.append(float(hit[1:-1].mean() if windows >= 4 else hit.mean()))
    return min(shares)


def bag_jaccard(a: Fingerprint, b: Fingerprint) -> float:
    """Jaccard similarity of the two texts' bags of word unigrams and bigrams."""
    if not a.bag.size or not b.bag.size:
        return 0.0
    x, y = unique_sorted(a.bag), unique_sorted(b.bag)
    common = int(np.count_nonzero(member(x, y)))
    return common / (x.size + y.size - common)


def rewrite_similarity(a: Fingerprint, b: Fingerprint, match: Match) -> float:
    """The bag Jaccard of a pair that `verify` rejected, when it may be a rewrite (some shingles in
    common, spread over both texts); else 0. A rewrite when it reaches `BAG_JACCARD`."""
    if match.jaccard < MIN_SHARED or coverage(a, b) < COVERAGE:
        return 0.0
    return bag_jaccard(a, b)


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
    method: str | None = None  # url | hash | near | rewrite
    similarity: float = 0.0


def judge(fp: Fingerprint, candidates: Iterable[Known]) -> Verdict:
    """Verify candidates on exact shingle and bag sets, in the order given: earliest cluster first
    (then the most promising). The first that verifies decides ("near", else "rewrite"), so a
    candidate's fingerprint is only needed when it is reached; otherwise `similarity` is the best
    shingle similarity met."""
    best = 0.0
    for known in candidates:
        match = compare(fp, known.fingerprint)
        if verify(match):
            return Verdict(known.root, "near", match.similarity)
        rewrite = rewrite_similarity(fp, known.fingerprint, match)
        if rewrite >= BAG_JACCARD:
            return Verdict(known.root, "rewrite", round(max(rewrite, match.similarity), 4))
        best = max(best, match.similarity)
    return Verdict(similarity=best)


class MemoryIndex:
    """Earlier texts held in memory: the `newsmon dedup` stream and the articles of one batch."""

    def __init__(self) -> None:
        self._by_key: dict[int, list[str]] = defaultdict(list)
        self._by_hash: dict[str, str] = {}
        self._known: dict[str, Known] = {}
        self._since: dict[str, tuple[int, float]] = {}  # root -> when it was first seen
        self._row: dict[str, int] = {}  # article_id -> its row of bag sketches
        self._sketches = np.zeros((64, BAG_BANDS * BAG_ROWS), dtype=np.uint32)

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
        if fp.keys:
            row = self._row[article_id] = len(self._row)
            if row == len(self._sketches):  # grown by doubling
                self._sketches = np.concatenate([self._sketches, np.zeros_like(self._sketches)])
            self._sketches[row] = fp.sketch

    def get(self, article_id: str) -> Known | None:
        return self._known.get(article_id)

    def by_hash(self, content_hash: str) -> Known | None:
        article_id = self._by_hash.get(content_hash)
        return None if article_id is None else self._known[article_id]

    def candidates(self, fp: Fingerprint, limit: int = MAX_CANDIDATES) -> list[Known]:
        """The `limit` earlier texts sharing most band keys with `fp`, in `judge` order: earliest
        cluster first, then most shared keys. A text sharing a single bag key and no lead key (what
        an unrelated text does now and then, more often as the index grows) is kept only when the
        sketches of the two bags agree on `SKETCH_FLOOR` of their values: a cheap estimate of the
        bag Jaccard similarity, which for a copy or a rewrite is far above it."""
        by_key = self._by_key
        bag = Counter(chain.from_iterable(by_key[k] for k in fp.keys[:BAG_BANDS] if k in by_key))
        lead = Counter(chain.from_iterable(by_key[k] for k in fp.keys[BAG_BANDS:] if k in by_key))
        single = [a for a, n in bag.items() if n == 1 and a not in lead]
        if single:  # all their sketches compared at once
            rows = self._sketches[[self._row[a] for a in single]]
            agree = np.count_nonzero(rows == fp.sketch, axis=1) >= SKETCH_FLOOR * fp.sketch.size
            unlike = {a for a, ok in zip(single, agree.tolist(), strict=True) if not ok}
            for article_id in unlike:
                del bag[article_id]
        top = (bag + lead).most_common(limit)
        return sorted((self._known[article_id] for article_id, _ in top), key=lambda k: k.since)


SKETCH_FLOOR = 0.2  # rewrites: bag Jaccard >= 0.43, unrelated texts: < 0.1
