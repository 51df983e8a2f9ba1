"""The SQL of deduplication: stored matches for a batch, candidate lookup by band key, index writes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import duckdb

from extractors.dedup.verdict import FingerprintRow, Stored

# Keys per lookup query. A join pushes the batch's keys into the scan of the indexed table as an IN
# filter, which DuckDB answers from the ART index (an index scan, not a table scan) only up to
# `dynamic_or_filter_threshold` keys; lookups raise that limit to this size for their own queries.
KEYS_PER_QUERY = 4096


_STORED = """
    SELECT a.article_id, r.article_id, r.is_seed, epoch(coalesce(r.fetched_at, a.fetched_at)) {text}
    FROM articles a
    LEFT JOIN articles r ON r.article_id = coalesce(a.cluster_id, a.article_id)
"""


def _stored(rows: Iterable[tuple]) -> list[Stored]:
    return [
        Stored(
            article_id=row[0],
            root=row[1] or row[0],
            root_is_seed=bool(row[2]),
            root_seen=float(row[3] or 0.0),
            text=row[4] if len(row) > 4 else None,
        )
        for row in rows
    ]


def stored_ids(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    ids = sorted(set(ids))
    if not ids:
        return set()
    rows = _indexed(con, "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [ids])
    return {row[0] for row in rows}


def stored_hashes(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> dict[str, str]:
    """article_id -> content_hash for the given ids that are stored."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    rows = _indexed(
        con, "SELECT article_id, content_hash FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
    )
    return dict(rows)


def by_hash(con: duckdb.DuckDBPyConnection, hashes: Iterable[str]) -> dict[str, Stored]:
    """content_hash -> the earliest stored article with that normalised text (seeds first)."""
    hashes = sorted({h for h in hashes if h})
    if not hashes:
        return {}
    rows = _indexed(
        con,
        _STORED.format(text=", a.content_hash")
        + " WHERE a.content_hash IN (SELECT unnest(?)) ORDER BY NOT a.is_seed, a.fetched_at, a.article_id",
        [hashes],
    )
    found: dict[str, Stored] = {}
    for stored, row in zip(_stored(row[:4] for row in rows), rows, strict=True):
        found.setdefault(row[4], stored)
    return found


def candidates(
    con: duckdb.DuckDBPyConnection, keys: Mapping[str, Sequence[int]], limit: int
) -> dict[str, list[str]]:
    """For each query id, the stored articles sharing band keys with it: at most `limit`, most
    shared keys first. `keys` maps a query id (the new article) to its band keys."""
    pairs = [(query, key) for query, query_keys in keys.items() for key in query_keys]
    found: dict[str, list[str]] = {}
    for start in range(0, len(pairs), KEYS_PER_QUERY):
        chunk = pairs[start : start + KEYS_PER_QUERY]
        rows = _indexed(
            con,
            """
            SELECT q.query_id, b.article_id
            FROM (SELECT unnest(?::VARCHAR[]) AS query_id, unnest(?::BIGINT[]) AS band_key) q
            JOIN dedup_bands b USING (band_key)
            GROUP BY q.query_id, b.article_id
            QUALIFY row_number() OVER (PARTITION BY q.query_id ORDER BY count(*) DESC, b.article_id) <= ?
            ORDER BY q.query_id, count(*) DESC, b.article_id
            """,
            [[q for q, _ in chunk], [k for _, k in chunk], limit],
        )
        for query, article_id in rows:
            found.setdefault(query, []).append(article_id)
    return found


def _indexed(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[tuple]:
    """Run a lookup whose join or IN (SELECT unnest(?)) probes an indexed column, so that it is
    answered from the index: the cost then follows the batch, not the size of the table."""
    try:
        con.execute(f"SET dynamic_or_filter_threshold = {KEYS_PER_QUERY + 1}")
    except duckdb.Error:  # an engine without the setting still answers, by a table scan
        return con.execute(sql, params).fetchall()
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.execute("RESET dynamic_or_filter_threshold")


def with_texts(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> list[Stored]:
    """The stored articles with these ids, with their text and their cluster's root."""
    ids = sorted(set(ids))
    if not ids:
        return []
    rows = _indexed(con, _STORED.format(text=", a.text") + " WHERE a.article_id IN (SELECT unnest(?))", [ids])
    return _stored(rows)


def unindexed(con: duckdb.DuckDBPyConnection, scheme: int, limit: int) -> list[tuple[str, str, bool]]:
    """(article_id, text, has older keys) of stored articles with no fingerprint of the current scheme,
    oldest first."""
    indexed, total = con.execute(
        "SELECT (SELECT count(*) FROM dedup_fingerprints WHERE scheme = ?), (SELECT count(*) FROM articles)",
        [scheme],
    ).fetchone()
    if indexed >= total:
        return []
    return con.execute(
        """
        SELECT a.article_id, a.text, f.article_id IS NOT NULL FROM articles a
        LEFT JOIN dedup_fingerprints f ON f.article_id = a.article_id
        WHERE f.scheme IS DISTINCT FROM ?
        ORDER BY NOT a.is_seed, a.fetched_at, a.article_id
        LIMIT ?
        """,
        [scheme, limit],
    ).fetchall()


def save_fingerprints(
    con: duckdb.DuckDBPyConnection, rows: Sequence[FingerprintRow], scheme: int, run_id: str
) -> int:
    """Write articles' band keys and fingerprint rows (inside the caller's transaction)."""
    if not rows:
        return 0
    stale = [r.article_id for r in rows if r.replace]
    if stale:
        con.execute("DELETE FROM dedup_bands WHERE article_id IN (SELECT unnest(?))", [stale])
    con.execute(
        """
        INSERT INTO dedup_fingerprints (article_id, scheme, tokens, band_keys, run_id)
        SELECT unnest(?::VARCHAR[]), ?, unnest(?::INTEGER[]), unnest(?::INTEGER[]), ?
        ON CONFLICT (article_id) DO UPDATE SET
            scheme = excluded.scheme, tokens = excluded.tokens, band_keys = excluded.band_keys,
            run_id = excluded.run_id
        """,
        [[r.article_id for r in rows], scheme, [r.tokens for r in rows], [len(r.keys) for r in rows], run_id],
    )
    ids = [r.article_id for r in rows for _ in r.keys]
    if ids:
        con.execute(
            "INSERT INTO dedup_bands (band_key, article_id) SELECT unnest(?::BIGINT[]), unnest(?::VARCHAR[])",
            [[k for r in rows for k in r.keys], ids],
        )
    return len(rows)
