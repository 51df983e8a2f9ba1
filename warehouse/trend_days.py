"""daily_trends, kept as a table (`trend_days`) that each write brings up to date in its own transaction.

Counting the distinct articles and story clusters of every day over a million figures takes about half a
second per query; reading the kept rows takes milliseconds. The rows of a day (day, kind, unit, location)
are computed again from `figure_history`, for every topic, whenever a write may change them:

- `load.load_articles` and `load.load_seed`: the days of the figures written (for a seed updated in place,
  also the days of the figures it replaces);
- `alerts.set_run_topic`: all days, when the new label changes the topic of figures already stored (the
  first run of a database, or a watch given a new label);
- `db.apply_views`, on every read-write open: all days, when the aggregate below or figure_history's SQL
  changed since the rows were built, which includes the first open after migration 0006.

A write to figures, articles or runs.topic that goes around these functions leaves the rows behind until
`rebuild`; tests/test_trend_speedups.py checks them against the plain aggregate after every kind of write.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime

import duckdb

Day = tuple[date, str, str, str | None]  # (day, kind, unit, location)

# What daily_trends means (its columns are described in warehouse/views/40_daily_trends.sql).
_AGGREGATE = """
SELECT
    topic,
    reported_on AS day,
    kind,
    unit,
    location,
    max(value) FILTER (WHERE scope = 'cumulative') AS largest_cumulative,
    sum(value) FILTER (WHERE scope = 'incident' AND NOT is_duplicate) AS incident_sum,
    count(DISTINCT article_id) AS reports,
    count(DISTINCT cluster_id) AS clusters,
    count(*) AS figures
FROM figure_history AS h
WHERE reported_on IS NOT NULL
"""

_TOUCHED = """
touched AS (
    SELECT unnest($day::DATE[]) AS day, unnest($kind::VARCHAR[]) AS kind, unnest($unit::VARCHAR[]) AS unit,
        unnest($location::VARCHAR[]) AS location
)
"""


def days_of(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> list[Day]:
    """The days the dated figures of these articles count in."""
    if not article_ids:
        return []
    rows = con.execute(
        "SELECT DISTINCT reported_on, kind, unit, location FROM figure_history "
        "WHERE reported_on IS NOT NULL AND article_id IN (SELECT unnest(?::VARCHAR[]))",
        [list(article_ids)],
    ).fetchall()
    return [tuple(r) for r in rows]


def refresh(con: duckdb.DuckDBPyConnection, days: Iterable[Day]) -> None:
    """Compute the rows of these days again (every topic), in the caller's transaction."""
    days = sorted(set(days), key=lambda d: (d[0], d[1], d[2], d[3] or ""))
    if not days:
        return
    params = dict(zip(("day", "kind", "unit", "location"), map(list, zip(*days, strict=True)), strict=True))
    con.execute(
        f"WITH {_TOUCHED} DELETE FROM trend_days AS k WHERE EXISTS (SELECT 1 FROM touched AS t WHERE t.day = k.day "
        "AND t.kind = k.kind AND t.unit = k.unit AND t.location IS NOT DISTINCT FROM k.location)",
        params,
    )
    con.execute(
        f"WITH {_TOUCHED} INSERT INTO trend_days {_AGGREGATE} AND EXISTS (SELECT 1 FROM touched AS t "
        "WHERE t.day = h.reported_on AND t.kind = h.kind AND t.unit = h.unit "
        "AND t.location IS NOT DISTINCT FROM h.location) GROUP BY ALL",
        params,
    )


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Compute every row again, in the caller's transaction."""
    con.execute("DELETE FROM trend_days")
    con.execute(f"INSERT INTO trend_days {_AGGREGATE} GROUP BY ALL")
    con.execute(
        "INSERT INTO kept_views VALUES ('daily_trends', ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, built_at = excluded.built_at",
        [_definition(con), datetime.now(UTC)],
    )


def ensure_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Rebuild (in a transaction of its own) when the rows were built by other SQL; True if it did."""
    built = con.execute("SELECT definition FROM kept_views WHERE name = 'daily_trends'").fetchone()
    if built is not None and built[0] == _definition(con):
        return False
    con.execute("BEGIN TRANSACTION")
    try:
        rebuild(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return True


def run_topics(con: duckdb.DuckDBPyConnection) -> tuple:
    """The topic figure_history gives each run's figures (and figures of no known run): compare two to
    know whether a change to `runs` moved stored figures to another topic."""
    return con.execute(
        "WITH latest AS (SELECT max_by(topic, started_at) AS topic FROM runs WHERE topic IS NOT NULL) "
        "SELECT (SELECT topic FROM latest), "
        "list((run_id, coalesce(runs.topic, (SELECT topic FROM latest))) ORDER BY run_id) FROM runs"
    ).fetchone()


def _definition(con: duckdb.DuckDBPyConnection) -> str:
    """A hash of the SQL the rows come from: the aggregate and figure_history as the database has it."""
    history = con.execute("SELECT sql FROM duckdb_views() WHERE view_name = 'figure_history'").fetchone()
    text = _AGGREGATE + "\n" + (history[0] if history else "")
    return hashlib.sha256(text.encode()).hexdigest()
