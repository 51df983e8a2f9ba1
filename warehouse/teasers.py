"""Paywall teasers replaced in place: when a later fetch of a page stored as a teaser gets its full text,
the article keeps its id and its dedup links, and takes the full text, its figures and its metadata; the
change is a row of `article_changes`. Replaying the same batch changes nothing (the row is full by then)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import duckdb

from extractors.records import Article, Figure
from warehouse import headline_steps, series, trend_days
from warehouse.load import FIGURE_COLUMNS, _figure_row, bulk_insert


def replace_teasers(
    con: duckdb.DuckDBPyConnection, articles: Sequence[tuple[Article, Sequence[Figure]]], run_id: str
) -> int:
    """Replace the stored teasers among `articles` by their full text (inside the caller's transaction);
    returns how many were replaced. Their band keys are dropped, so the next run indexes the full text."""
    full = {a.article_id: (a, figs) for a, figs in articles if a.access == "full" and not a.is_seed}
    if not full:
        return 0
    rows = con.execute(
        "SELECT article_id, content_hash, length(text) FROM articles "
        "WHERE access = 'teaser' AND article_id IN (SELECT unnest(?::VARCHAR[]))",
        [sorted(full)],
    ).fetchall()
    if not rows:
        return 0
    ids = [r[0] for r in rows]
    days = trend_days.days_of(con, ids)
    replaced_series = headline_steps.series_of(con, ids)
    con.execute("DELETE FROM figures WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    now = datetime.now(UTC)
    for article_id, old_hash, old_chars in rows:
        a, _ = full[article_id]
        con.execute(
            "UPDATE articles SET title = coalesce(?, title), text = ?, content_hash = ?, access = 'full', "
            "charset = ?, charset_source = ?, language = coalesce(?, language), "
            "published_at = coalesce(published_at, ?), fetched_at = ?, run_id = ? WHERE article_id = ?",
            [a.title, a.text, a.content_hash, a.charset, a.charset_source, a.language, a.published_at, now,
             run_id, article_id],
        )  # fmt: skip
        con.execute(
            "INSERT INTO article_changes VALUES (?, ?, 'teaser_to_full', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [article_id, now, old_hash, a.content_hash, old_chars, len(a.text), run_id],
        )
    bulk_insert(
        con,
        "figures",
        FIGURE_COLUMNS,
        [_figure_row(i, f, run_id, full[i][0].language) for i in ids for f in full[i][1]],
    )
    series.assign(con, ids)
    con.execute("DELETE FROM dedup_bands WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    con.execute("DELETE FROM dedup_fingerprints WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    trend_days.refresh(con, days + trend_days.days_of(con, ids))
    headline_steps.refresh(con, replaced_series + headline_steps.series_of(con, ids))
    return len(rows)
