"""Dedup verdicts, pure: each new article is linked to the earliest article of its story, by normalised
text hash or near-duplicate text, against the seeds, what the archive holds and the earlier articles.

- `fingerprints` and `decide` make a batch's `DedupPlan` from what the warehouse read (`Reads`);
- `verdict_for` is one article's verdict; `StreamDedup` is `newsmon dedup` on a stream, in memory.

The reads themselves are in `flows/stages/dedup.py` (`read_stored`), the SQL in `warehouse/dedup.py`.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from extractors.dedup.fingerprint import content_hash
from extractors.dedup.minhash import (
    Fingerprint,
    Known,
    MemoryIndex,
    Verdict,
    fingerprint,
    judge,
)
from extractors.records import Article, Duplicate


@dataclass(frozen=True, slots=True)
class Stored:
    """A stored article as dedup sees it: the root (earliest article) of its cluster and when that
    root was first stored; `text` is filled only when asked for."""

    article_id: str
    root: str
    root_is_seed: bool
    root_seen: float  # epoch seconds of the root's fetched_at
    text: str | None = None


@dataclass(frozen=True, slots=True)
class FingerprintRow:
    article_id: str
    tokens: int
    keys: tuple[int, ...]
    replace: bool = False  # the article may have keys of an older text or scheme: drop them first


# --- the pipeline stage ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DedupPlan:
    """What `load_batch` writes: each new article's link and cluster, and the band keys to index."""

    duplicates: dict[str, Duplicate] = field(default_factory=dict)
    clusters: dict[str, str] = field(default_factory=dict)  # article_id -> cluster_id (its root)
    fingerprints: list[FingerprintRow] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Reads:
    """What the warehouse holds that a batch's verdicts depend on (see `read_stored`)."""

    seed_hashes: dict[str, str]  # seed id -> content_hash, for the seeds already stored
    unindexed: list[tuple[str, str, bool]]  # (article_id, text, has older keys)
    existing: set[str]  # ids of the batch already stored (a --refresh): not decided again
    same_text: dict[str, Stored]  # content_hash -> earliest stored article with that text
    candidates: dict[str, list[str]]  # article_id -> stored articles sharing band keys, best first
    texts: dict[str, Stored]  # the candidates, with their text and root


def fingerprints(articles: Sequence[Article]) -> dict[str, Fingerprint]:
    return {a.article_id: fingerprint(a.text) for a in articles}


def _arrival(article: Article, position: int) -> tuple:
    """Batch order: by publication time (undated last), then feed order. Earlier becomes the root."""
    published = article.published_at
    return (published is None, published.timestamp() if published else 0.0, position)


def _since(stored: Stored) -> tuple[int, float]:
    return (0 if stored.root_is_seed else 1, stored.root_seen)


def decide(
    seeds: Sequence[Article], articles: Sequence[Article], prints: dict[str, Fingerprint], stored: Reads
) -> DedupPlan:
    """The verdict on every new article of a batch, against the seeds, the archive and the earlier
    articles of the batch: the same normalised text (hash), else a near-duplicate text (near)."""
    plan = DedupPlan()
    memory = MemoryIndex()
    for seed in seeds:
        fp = fingerprint(seed.text)
        memory.add(seed.article_id, fp, seed.content_hash, seed=True)
        if stored.seed_hashes.get(seed.article_id) != seed.content_hash:
            replace = seed.article_id in stored.seed_hashes
            plan.fingerprints.append(FingerprintRow(seed.article_id, fp.tokens, fp.keys, replace))
    planned = {row.article_id for row in plan.fingerprints}
    for article_id, text, replace in stored.unindexed:
        if article_id not in planned:
            fp = fingerprint(text)
            plan.fingerprints.append(FingerprintRow(article_id, fp.tokens, fp.keys, replace))

    archive_prints: dict[str, Fingerprint] = {}

    def archived(article_id: str) -> Known:
        row = stored.texts[article_id]
        if article_id not in archive_prints:
            archive_prints[article_id] = fingerprint(row.text or "")
        return Known(article_id, row.root, _since(row), archive_prints[article_id])

    root_since = {s.root: _since(s) for s in [*stored.texts.values(), *stored.same_text.values()]}
    new = [(a, i) for i, a in enumerate(articles) if a.article_id not in stored.existing]
    for article, _ in sorted(new, key=lambda pair: _arrival(*pair)):
        fp = prints[article.article_id]
        in_archive = [c for c in stored.candidates.get(article.article_id, ()) if c in stored.texts]
        in_archive.sort(key=lambda c: _since(stored.texts[c]))  # stable: best first within a cluster
        verdict = verdict_for(
            article.article_id,
            article.content_hash,
            fp,
            memory,
            stored.same_text.get(article.content_hash),
            (archived(c) for c in in_archive),
        )
        root = verdict.duplicate_of
        if root is not None:
            plan.duplicates[article.article_id] = Duplicate(
                article.article_id, root, verdict.method or "near", verdict.similarity
            )
        plan.clusters[article.article_id] = root or article.article_id
        memory.add(article.article_id, fp, article.content_hash, root, root_since.get(root or ""))
        plan.fingerprints.append(FingerprintRow(article.article_id, fp.tokens, fp.keys))
    return plan


def verdict_for(
    article_id: str,
    digest: str,
    fp: Fingerprint,
    memory: MemoryIndex,
    stored_same_text: Stored | None = None,
    archive: Iterable[Known] = (),
) -> Verdict:
    """An article's verdict: the earliest earlier text with the same normalised text (hash), else the
    first near-duplicate that verifies, earliest cluster first, from the archive (`archive`, in that
    order, fingerprinted only when reached) and from `memory` (the seeds, the batch or the stream).
    A text with no tokens matches nothing."""
    if not fp.tokens:
        return Verdict()
    same = []
    if stored_same_text is not None and stored_same_text.article_id != article_id:
        same.append((_since(stored_same_text), stored_same_text.root))
    earlier = memory.by_hash(digest)
    if earlier is not None and earlier.article_id != article_id:
        same.append((earlier.since, earlier.root))
    if same:
        return Verdict(min(same)[1], "hash", 1.0)
    if fp.short:
        return Verdict()
    own = [k for k in memory.candidates(fp) if k.article_id != article_id]
    others = (k for k in archive if k.article_id != article_id)
    return judge(fp, heapq.merge(own, others, key=lambda k: k.since))


# --- newsmon dedup ---------------------------------------------------------------------------------


def _error(message: str, item_id=None) -> dict:
    return {"id": item_id, "duplicate_of": None, "similarity": 0.0, "error": message}


class StreamDedup:
    """`newsmon dedup`: verdicts on a stream, against the seed corpus and the earlier items, in memory."""

    def __init__(self, seeds: Sequence[Article]) -> None:
        self.index = MemoryIndex()
        self._ids: dict[str, str | int] = {}  # index key -> the id as the input spelled it
        for seed in seeds:
            self.index.add(seed.article_id, fingerprint(seed.text), seed.content_hash, seed=True)
            self._ids[seed.article_id] = seed.article_id

    def verdict(self, key: str, text: str) -> tuple[Verdict, Fingerprint, str]:
        fp = fingerprint(text)
        digest = content_hash(text)
        return verdict_for(key, digest, fp, self.index), fp, digest

    def line(self, line: str) -> dict:
        """One output object for one input line; never raises on bad input."""
        if not line.strip():
            return _error("empty line")
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            return _error(f"invalid JSON: {exc.msg} at column {exc.colno}")
        if not isinstance(item, dict):
            return _error("each line must be a JSON object with 'id' and 'text'")
        item_id = item.get("id")
        if isinstance(item_id, bool) or not isinstance(item_id, str | int) or item_id == "":
            return _error("missing or invalid 'id' (a non-empty string or an integer)", _jsonable(item_id))
        text = item.get("text")
        if not isinstance(text, str):
            return _error("missing or non-string 'text'", item_id)
        key = str(item_id)
        verdict, fp, digest = self.verdict(key, text)
        self.index.add(key, fp, digest, verdict.duplicate_of)
        self._ids.setdefault(key, item_id)
        root = self._ids[verdict.duplicate_of] if verdict.duplicate_of else None
        return {"id": item_id, "duplicate_of": root, "similarity": verdict.similarity}


def _jsonable(value):
    return value if isinstance(value, str | int | float | bool) or value is None else None


def dedup_lines(lines: Iterable[str], seeds: Sequence[Article]) -> Iterator[dict]:
    """One verdict per input line, in order."""
    stream = StreamDedup(seeds)
    for line in lines:
        yield stream.line(line)
