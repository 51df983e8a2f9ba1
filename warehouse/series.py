"""The `series` table and every figure's `series_id`, written in the transaction of the write that needs them.

A series is (topic, kind, unit, place), all non-null; its id is a hash of those four, so the same series
has the same id in every database. The topic of a figure is its run's topic label (the latest run's when
its run has none), as figure_history has always read it; when a new label moves stored figures to another
topic, `outbox.set_run_topic` calls `assign` for every figure again.

- `load.load_articles` / `load.load_seed`: the figures of the articles written;
- `db.apply_views`, on every read-write open: figures without a series (stored before migration 0009, or
  written around the loads).
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from extractors.figures.place_keys import UNSPECIFIED, place_key

# The key of every figure (restricted by a WHERE appended by the caller); series_id is computed here only.
_KEYED = f"""
keyed AS (
    SELECT
        f.figure_id,
        coalesce(r.topic, (SELECT max_by(topic, started_at) FROM runs WHERE topic IS NOT NULL), '{UNSPECIFIED}')
            AS topic,
        f.kind,
        f.unit,
        coalesce(f.location, '{UNSPECIFIED}') AS place
    FROM figures AS f
    LEFT JOIN runs AS r ON r.run_id = f.run_id
    {{where}}
),
ids AS (
    SELECT *, 's' || left(md5(concat_ws(chr(31), topic, kind, unit, place)), 16) AS series_id FROM keyed
)
"""

_SCOPES = {
    "articles": "WHERE f.article_id IN (SELECT unnest($ids::VARCHAR[]))",
    "unassigned": "WHERE f.series_id IS NULL",
    "all": "",
}


def assign(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str] | None = None, *, which: str = ""
) -> int:
    """Write the series of these articles' figures (or of `which`: 'unassigned' / 'all' figures) and
    their series_id, in the caller's transaction. Returns how many figures changed series."""
    scope = which or "articles"
    params = {"ids": list(article_ids or ())} if scope == "articles" else {}
    if scope == "articles" and not params["ids"]:
        return 0
    ctes = "WITH " + _KEYED.format(where=_SCOPES[scope])
    places = [row[0] for row in con.execute(ctes + "SELECT DISTINCT place FROM ids", params).fetchall()]
    if not places:
        return 0
    keys = [place_key(None if p == UNSPECIFIED else p) for p in places]
    con.execute(
        ctes
        + ", places AS (SELECT unnest($place::VARCHAR[]) AS place, unnest($level::VARCHAR[]) AS place_level, "
        "unnest($iso3::VARCHAR[]) AS country_iso3) "
        "INSERT INTO series SELECT DISTINCT i.series_id, i.topic, i.kind, i.unit, i.place, p.place_level, "
        "p.country_iso3 FROM ids AS i JOIN places AS p ON p.place = i.place ON CONFLICT (series_id) DO NOTHING",
        {**params, "place": places, "level": [k[1] for k in keys], "iso3": [k[2] for k in keys]},
    )
    changed = con.execute(
        ctes + "UPDATE figures SET series_id = ids.series_id FROM ids "
        "WHERE figures.figure_id = ids.figure_id AND figures.series_id IS DISTINCT FROM ids.series_id",
        params,
    ).fetchone()
    if scope == "all":  # figures moved to other topics: drop the series left without figures
        con.execute(
            "DELETE FROM series WHERE series_id NOT IN (SELECT series_id FROM figures WHERE series_id IS NOT NULL)"
        )
    return int(changed[0]) if changed else 0


def ensure_assigned(con: duckdb.DuckDBPyConnection) -> int:
    """Give every figure without a series its series (in a transaction of its own)."""
    if con.execute("SELECT NOT EXISTS (SELECT 1 FROM figures WHERE series_id IS NULL)").fetchone()[0]:
        return 0
    con.execute("BEGIN TRANSACTION")
    try:
        n = assign(con, which="unassigned")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return n
