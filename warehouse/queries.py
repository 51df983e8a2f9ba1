"""Reads the pipeline and the CLI need."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import duckdb

from warehouse.db import sql_files
from warehouse.pending import summary as pending_summary


@dataclass(frozen=True, slots=True)
class FeedState:
    feed_url: str
    etag: str | None
    last_modified: str | None
    body_hash: str | None
    consecutive_failures: int
    next_fetch_at: datetime | None


def feed_states(con: duckdb.DuckDBPyConnection) -> dict[str, FeedState]:
    rows = con.execute(
        "SELECT feed_url, etag, last_modified, body_hash, coalesce(consecutive_failures, 0), next_fetch_at FROM feeds"
    ).fetchall()
    return {r[0]: FeedState(*r) for r in rows}


def stored_page_urls(con: duckdb.DuckDBPyConnection, urls: Iterable[str]) -> set[str]:
    """The URLs among `urls` that a stored article has as its canonical_url, its url or its via_url. A teaser
    (paywalled page) does not count: it is fetched again, and its full text replaces it when it comes."""
    urls = sorted({u for u in urls if u})
    if not urls:
        return set()
    rows = con.execute(
        "SELECT canonical_url FROM articles WHERE canonical_url IN (SELECT unnest(?)) AND access IS DISTINCT FROM 'teaser' "
        "UNION SELECT url FROM articles WHERE url IN (SELECT unnest(?)) AND access IS DISTINCT FROM 'teaser' "
        "UNION SELECT via_url FROM articles WHERE via_url IN (SELECT unnest(?)) AND access IS DISTINCT FROM 'teaser'",
        [urls, urls, urls],
    ).fetchall()
    return {r[0] for r in rows}


def run_query(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple]]:
    """Run an analyst's query; returns (column names, rows)."""
    cursor = con.execute(sql)
    columns = [d[0] for d in cursor.description] if cursor.description else []
    rows = cursor.fetchall() if cursor.description else []
    return columns, rows


def status(con: duckdb.DuckDBPyConnection, last_runs: int = 5) -> dict[str, list[tuple] | list[str]]:
    """The last runs, feed health and row counts, for `newsmon status`."""
    runs = con.execute(
        "SELECT run_id, started_at, finished_at, status, feeds_polled, articles_new, figures_new, failures "
        "FROM runs ORDER BY started_at DESC LIMIT ?",
        [last_runs],
    ).fetchall()
    # status opens the file read-only, unmigrated: a file from before 0003_fetch lacks these columns
    have = {
        r[0]
        for r in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = 'feeds'").fetchall()
    }
    newer = ", ".join(c if c in have else f"NULL AS {c}" for c in ("final_url", "last_attempts"))
    feeds = con.execute(
        "SELECT name, feed_url, last_status, coalesce(consecutive_failures, 0), last_error, last_fetched_at, "
        f"last_ok_at, next_fetch_at, {newer} FROM feeds ORDER BY consecutive_failures DESC, name"
    ).fetchall()
    counts = con.execute(
        "SELECT 'articles', count(*) FROM articles UNION ALL SELECT 'seeds', count(*) FROM articles WHERE is_seed "
        "UNION ALL SELECT 'duplicates', count(*) FROM articles WHERE duplicate_of IS NOT NULL "
        "UNION ALL SELECT 'figures', count(*) FROM figures UNION ALL SELECT 'failures', count(*) FROM failures "
        "UNION ALL SELECT 'runs', count(*) FROM runs"
    ).fetchall()
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    incidents = (
        con.execute('SELECT "at", kind, status, detail FROM incidents ORDER BY "at" DESC LIMIT 5').fetchall()
        if "incidents" in tables
        else []
    )
    pending = pending_summary(con)
    return {"runs": runs, "feeds": feeds, "counts": counts, "incidents": incidents, "pending": pending}


def data_checks(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Run every warehouse/checks/*.sql (queries that must return zero rows); the failing ones, by file name."""
    failing = {}
    for name, sql in sql_files("checks"):
        rows = con.execute(sql).fetchmany(5)
        if rows:
            failing[name] = rows
    return failing
