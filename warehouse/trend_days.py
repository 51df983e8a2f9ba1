"""`daily` (and the old `daily_trends`), kept as a table (`trend_days`) that each write brings up to date.

What a row means is the view `daily_computed` (warehouse/views/50_daily.sql): counting the distinct
articles and story clusters of every day over a million figures takes about half a second per query;
reading the kept rows takes milliseconds. The rows of a (series, day) are computed again whenever a
write may change them:

- `load.load_articles` and `load.load_seed`: the days of the figures written (for a seed updated in place,
  also the days of the figures it replaces);
- `outbox.set_run_topic`: all days, when the new label moves figures already stored to another topic
  (their series change);
- `db.apply_views`, on every read-write open: all days, when daily_computed's SQL changed since the rows
  were built, which includes the first open after migrations 0006 and 0009.

A write to figures, articles or runs.topic that goes around these functions leaves the rows behind until
`rebuild`; tests/warehouse/test_trend_speedups.py checks them against the plain aggregate after every kind
of write.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import duckdb

from warehouse import kept

Day = tuple[date, str]  # (day, series_id)

_COLUMNS = "topic, day, kind, unit, location, largest_cumulative, incident_sum, reports, clusters, figures, series_id"
_KEPT, _VIEWS = "daily_trends", ("daily_computed",)  # its name in kept_views, the SQL it keeps
_TOUCHED = "touched AS (SELECT unnest($day::DATE[]) AS day, unnest($series::VARCHAR[]) AS series_id)"


def days_of(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> list[Day]:
    """The (day, series) pairs the dated figures of these articles count in."""
    if not article_ids:
        return []
    rows = con.execute(
        "SELECT DISTINCT coalesce(f.as_of, CAST(timezone('UTC', a.published_at) AS DATE)) AS day, f.series_id "
        "FROM figures AS f JOIN articles AS a ON a.article_id = f.article_id "
        "WHERE f.article_id IN (SELECT unnest(?::VARCHAR[])) AND f.series_id IS NOT NULL "
        "AND (f.as_of IS NOT NULL OR a.published_at IS NOT NULL)",
        [list(article_ids)],
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def refresh(con: duckdb.DuckDBPyConnection, days: Iterable[Day]) -> None:
    """Compute the rows of these (day, series) pairs again, in the caller's transaction."""
    days = sorted(set(days))
    if not days:
        return
    params = {"day": [d for d, _ in days], "series": [s for _, s in days]}
    con.execute(
        f"WITH {_TOUCHED} DELETE FROM trend_days AS k "
        "WHERE EXISTS (SELECT 1 FROM touched AS t WHERE t.day = k.day AND t.series_id = k.series_id)",
        params,
    )
    con.execute(
        f"WITH {_TOUCHED} INSERT INTO trend_days ({_COLUMNS}) SELECT {_COLUMNS} FROM daily_computed "
        # list_contains first: DuckDB pushes it down to the scan of figures (1.4 s -> 0.1 s over a million
        # figures); a semi-join on `touched` alone would aggregate every series and day first
        "WHERE list_contains($series::VARCHAR[], series_id) AND list_contains($day::DATE[], day) "
        "AND (day, series_id) IN (SELECT (day, series_id) FROM touched)",
        params,
    )


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Compute every row again, in the caller's transaction."""
    con.execute("DELETE FROM trend_days")
    con.execute(f"INSERT INTO trend_days ({_COLUMNS}) SELECT {_COLUMNS} FROM daily_computed")
    kept.mark_built(con, _KEPT, _VIEWS)


def ensure_current(con: duckdb.DuckDBPyConnection, force: bool = False) -> bool:
    """Rebuild (in a transaction of its own) when the rows were built by other SQL, or when `force`
    (figures stored around the loads were just given their series); True if it did."""
    return kept.ensure_current(con, _KEPT, _VIEWS, rebuild, force)


def run_topics(con: duckdb.DuckDBPyConnection) -> tuple:
    """The topic each run's figures (and figures of no known run) take: compare two to know whether a
    change to `runs` moved stored figures to another topic."""
    return con.execute(
        "WITH latest AS (SELECT max_by(topic, started_at) AS topic FROM runs WHERE topic IS NOT NULL) "
        "SELECT (SELECT topic FROM latest), "
        "list((run_id, coalesce(runs.topic, (SELECT topic FROM latest))) ORDER BY run_id) FROM runs"
    ).fetchone()
