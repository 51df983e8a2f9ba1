"""Views kept as tables, and the hash of the SQL each was built with (`kept_views`).

`trend_days` keeps the rows behind `daily`, `headline_step_rows` those behind `headline_changes`. Each
module refreshes its rows in the transaction of every write that touches them; this one decides, on a
read-write open, whether the rows were built by other SQL (a new release, the first open after a
migration) and must be rebuilt.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import duckdb


def definition(con: duckdb.DuckDBPyConnection, views: Sequence[str]) -> str:
    """A hash of the SQL of these views, as the database has them."""
    rows = con.execute(
        "SELECT view_name, sql FROM duckdb_views() WHERE view_name IN (SELECT unnest(?::VARCHAR[])) "
        "ORDER BY view_name",
        [list(views)],
    ).fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def mark_built(con: duckdb.DuckDBPyConnection, name: str, views: Sequence[str]) -> None:
    """Record that `name`'s rows were just built from the current SQL of `views` (caller's transaction)."""
    con.execute(
        "INSERT INTO kept_views VALUES (?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, built_at = excluded.built_at",
        [name, definition(con, views), datetime.now(UTC)],
    )


def ensure_current(
    con: duckdb.DuckDBPyConnection,
    name: str,
    views: Sequence[str],
    rebuild: Callable[[duckdb.DuckDBPyConnection], None],
    force: bool = False,
) -> bool:
    """Run `rebuild` (which calls mark_built) in a transaction of its own when the rows were built by other
    SQL, or when `force`; True if it did."""
    built = con.execute("SELECT definition FROM kept_views WHERE name = ?", [name]).fetchone()
    if not force and built is not None and built[0] == definition(con, views):
        return False
    con.execute("BEGIN TRANSACTION")
    try:
        rebuild(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return True
