"""`headline_changes` (and every view on `headline_steps`), kept as a table (`headline_step_rows`) that each
write brings up to date.

What a row means is the view `headline_steps_computed` (warehouse/views/30_headline_changes.sql), over
the headline rule `headline_reports`: it sorts every dated cumulative report of a series and runs two
windows over them, about half a second per query over a million figures; reading the kept rows takes
milliseconds. The rows of a series are computed again whenever a write may change them:

- `load.load_articles` and `load.load_seed`: the series of the figures written (for a seed updated in
  place, also the series of the figures it replaces);
- `teasers.replace_teasers`: the series of the teaser's figures and of the full text's;
- `outbox.set_run_topic`: all series, when the new label moves figures already stored to another topic;
- `db.apply_views`, on every read-write open: all series, when the SQL of headline_reports or
  headline_steps_computed changed since the rows were built (which includes the first open after
  migration 0010), or when figures stored around the loads were given their series.

A write to figures or articles that goes around these functions leaves the rows behind until `rebuild`;
the data check warehouse/checks/headline_steps_current.sql finds that, and
tests/warehouse/test_headline_steps.py checks the rows against the computed view after every kind of write.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import duckdb

from warehouse import kept

_COLUMNS = (
    "series_id, topic, place, kind, unit, seq, change, value, qualifier, as_of, previous_value, "
    "previous_qualifier, previous_as_of, headline_value, figure_id, outlet"
)
_KEPT = "headline_steps"  # its name in kept_views
_RULE_VIEWS = ("headline_reports", "headline_steps_computed")


def series_of(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> list[str]:
    """The series the figures of these articles belong to."""
    if not article_ids:
        return []
    rows = con.execute(
        "SELECT DISTINCT series_id FROM figures "
        "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) AND series_id IS NOT NULL",
        [list(article_ids)],
    ).fetchall()
    return [r[0] for r in rows]


def refresh(con: duckdb.DuckDBPyConnection, series_ids: Iterable[str]) -> None:
    """Compute the rows of these series again, in the caller's transaction."""
    ids = sorted(set(series_ids))
    if not ids:
        return
    con.execute("DELETE FROM headline_step_rows WHERE series_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    con.execute(
        f"INSERT INTO headline_step_rows ({_COLUMNS}) SELECT {_COLUMNS} FROM headline_steps_computed "
        # list_contains, not IN (SELECT unnest(...)): DuckDB pushes it through the windows to the scan of
        # figures, so a few series cost a few series (a semi-join would compute every series first)
        "WHERE list_contains(?::VARCHAR[], series_id) ORDER BY series_id, seq",
        [ids],
    )


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Compute every row again, in the caller's transaction."""
    con.execute("DELETE FROM headline_step_rows")
    con.execute(
        f"INSERT INTO headline_step_rows ({_COLUMNS}) SELECT {_COLUMNS} FROM headline_steps_computed "
        "ORDER BY series_id, seq"
    )
    kept.mark_built(con, _KEPT, _RULE_VIEWS)


def ensure_current(con: duckdb.DuckDBPyConnection, force: bool = False) -> bool:
    """Rebuild (in a transaction of its own) when the rows were built by other SQL, or when `force`
    (figures changed around the loads); True if it did."""
    return kept.ensure_current(con, _KEPT, _RULE_VIEWS, rebuild, force)
