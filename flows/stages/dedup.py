"""The dedup stage's I/O: every read a batch's verdicts depend on (`read_stored`), on a short
connection, then the pure verdicts of `extractors.dedup.verdict`. Feed items with one canonical URL
became one article before fetching (`select_entries` and the stored-URL check).
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from extractors.dedup.minhash import MAX_CANDIDATES, SCHEME, Fingerprint
from extractors.dedup.verdict import DedupPlan, Reads, decide, fingerprints
from extractors.records import Article
from warehouse import dedup as store

BACKFILL = 5000  # stored articles without a current fingerprint indexed per run, oldest first


def read_stored(
    con: duckdb.DuckDBPyConnection,
    seeds: Sequence[Article],
    articles: Sequence[Article],
    prints: dict[str, Fingerprint],
) -> Reads:
    """Every read of the stage, so the connection can close before the verdicts are worked out."""
    existing = store.stored_ids(con, [a.article_id for a in articles])
    new = [a for a in articles if a.article_id not in existing]
    candidates = store.candidates(
        con,
        {a.article_id: prints[a.article_id].keys for a in new if not prints[a.article_id].short},
        MAX_CANDIDATES,
    )
    return Reads(
        seed_hashes=store.stored_hashes(con, [seed.article_id for seed in seeds]),
        unindexed=store.unindexed(con, SCHEME, BACKFILL),
        existing=existing,
        same_text=store.by_hash(con, [a.content_hash for a in new if prints[a.article_id].tokens]),
        candidates=candidates,
        texts={
            s.article_id: s for s in store.with_texts(con, {c for ids in candidates.values() for c in ids})
        },
    )


def plan_dedup(
    con: duckdb.DuckDBPyConnection, seeds: Sequence[Article], articles: Sequence[Article]
) -> DedupPlan:
    """Fingerprint, read and decide in one go (`load_batch` without a plan from the dedup task)."""
    prints = fingerprints(articles)
    return decide(seeds, articles, prints, read_stored(con, seeds, articles, prints))
