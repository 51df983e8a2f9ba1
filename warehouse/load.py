"""Loads: one function per table, each a keyed upsert so that replaying a run adds nothing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from extractors.dedup.fingerprint import stable_id
from extractors.records import Article, Duplicate, Failure, Figure
from warehouse import headline_steps, series, trend_days


def _now() -> datetime:
    return datetime.now(UTC)


def bulk_insert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[tuple],
    conflict: str = "DO NOTHING",
) -> None:
    """Insert many rows with ONE statement: each column travels as a typed list and is unnested.

    DuckDB's executemany runs one statement per row (about 20 ms a row with a primary key), which makes
    a 10,000-article load take minutes; this takes well under a second.
    """
    if not rows:
        return
    names = ", ".join(f'"{name}"' for name, _ in columns)
    selects = ", ".join(f"unnest(?::{sql_type}[])" for _, sql_type in columns)
    target = columns[0][0]
    con.execute(
        f"INSERT INTO {table} ({names}) SELECT {selects} ON CONFLICT ({target}) {conflict}",
        [list(col) for col in zip(*rows, strict=True)],
    )


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, started_at: datetime | None = None) -> None:
    con.execute(
        "INSERT INTO runs (run_id, started_at, status) VALUES (?, ?, 'running') ON CONFLICT (run_id) DO NOTHING",
        [run_id, started_at or _now()],
    )


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    status: str,
    counts: Mapping[str, int],
    error: str | None = None,
) -> None:
    columns = ("feeds_polled", "entries_seen", "entries_in_scope", "articles_new", "figures_new", "failures")
    con.execute(
        "UPDATE runs SET finished_at = ?, status = ?, error = ?, "
        + ", ".join(f"{c} = ?" for c in columns)
        + " WHERE run_id = ?",
        [_now(), status, error, *(int(counts.get(c, 0)) for c in columns), run_id],
    )


def fail_interrupted_runs(con: duckdb.DuckDBPyConnection, by_run_id: str) -> int:
    """Mark every `running` row failed: called under the run lock, when no run can be in progress.

    Such rows belong to runs whose process ended before they finished (SIGTERM, a crash, a kill);
    their data was rolled back. Returns how many rows were marked.
    """
    rows = con.execute(
        "UPDATE runs SET status = 'failed', finished_at = coalesce(finished_at, ?), "
        "error = coalesce(error, ?) WHERE status = 'running' AND run_id <> ? RETURNING run_id",
        [
            _now(),
            f"interrupted: the process ended before the run finished (found by run {by_run_id})",
            by_run_id,
        ],
    ).fetchall()
    return len(rows)


def figure_id(article_id: str, figure: Figure) -> str:
    return stable_id(article_id, figure.kind, figure.start, figure.end)


def _figure_row(article_id: str, f: Figure, run_id: str, language: str | None = None) -> tuple:
    return (
        figure_id(article_id, f),
        article_id,
        f.kind,
        f.value,
        f.qualifier,
        f.unit,
        f.low,
        f.high,
        f.vague,
        f.term,
        f.scope,
        f.attribution,
        f.location,
        f.as_of,
        f.start,
        f.end,
        f.sentence,
        run_id,
        language,
        f.period_start,
    )


FIGURE_COLUMNS = (
    ("figure_id", "VARCHAR"), ("article_id", "VARCHAR"), ("kind", "VARCHAR"), ("value", "BIGINT"),
    ("qualifier", "VARCHAR"), ("unit", "VARCHAR"), ("low", "BIGINT"), ("high", "BIGINT"), ("vague", "VARCHAR"),
    ("term", "VARCHAR"), ("scope", "VARCHAR"), ("attribution", "VARCHAR"), ("location", "VARCHAR"),
    ("as_of", "DATE"), ("start", "INTEGER"), ("end", "INTEGER"), ("sentence", "VARCHAR"), ("run_id", "VARCHAR"),
    ("language", "VARCHAR"),  # the article's (migration 0008)
    ("period_start", "DATE"),
)  # fmt: skip

ARTICLE_COLUMNS = (
    ("article_id", "VARCHAR"), ("url", "VARCHAR"), ("canonical_url", "VARCHAR"), ("title", "VARCHAR"),
    ("source", "VARCHAR"), ("feed_url", "VARCHAR"), ("language", "VARCHAR"), ("published_at", "TIMESTAMPTZ"),
    ("fetched_at", "TIMESTAMPTZ"), ("is_seed", "BOOLEAN"), ("duplicate_of", "VARCHAR"), ("dup_method", "VARCHAR"),
    ("similarity", "DOUBLE"), ("cluster_id", "VARCHAR"), ("content_hash", "VARCHAR"), ("text", "VARCHAR"),
    ("run_id", "VARCHAR"), ("charset", "VARCHAR"), ("charset_source", "VARCHAR"), ("access", "VARCHAR"),
    ("via_url", "VARCHAR"),
)  # fmt: skip


def _article_row(
    a: Article, dup: Duplicate | None, cluster_id: str, fetched_at: datetime, run_id: str
) -> tuple:
    return (
        a.article_id,
        a.url,
        a.canonical_url,
        a.title,
        a.source,
        a.feed_url,
        a.language,
        a.published_at,
        fetched_at,
        a.is_seed,
        dup.duplicate_of if dup else None,
        dup.method if dup else None,
        dup.similarity if dup else None,
        cluster_id,
        a.content_hash,
        a.text,
        run_id,
        a.charset,
        a.charset_source,
        a.access,
        a.via_url,
    )


def load_articles(
    con: duckdb.DuckDBPyConnection,
    articles: Sequence[tuple[Article, Sequence[Figure]]],
    run_id: str,
    duplicates: Mapping[str, Duplicate] | None = None,
    clusters: Mapping[str, str] | None = None,
    fetched_at: datetime | None = None,
) -> tuple[int, int]:
    """Insert new articles and their figures; articles already stored are left as they are.

    Returns (articles inserted, figures inserted).
    """
    if not articles:
        return 0, 0
    duplicates = duplicates or {}
    clusters = clusters or {}
    fetched_at = fetched_at or _now()
    ids = [a.article_id for a, _ in articles]
    existing = {
        row[0]
        for row in con.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
    }
    new = [(a, figs) for a, figs in articles if a.article_id not in existing]
    if not new:
        return 0, 0
    rows = [
        _article_row(
            a, duplicates.get(a.article_id), clusters.get(a.article_id, a.article_id), fetched_at, run_id
        )
        for a, _ in new
    ]
    bulk_insert(con, "articles", ARTICLE_COLUMNS, rows)
    figure_rows = [_figure_row(a.article_id, f, run_id, a.language) for a, figs in new for f in figs]
    bulk_insert(con, "figures", FIGURE_COLUMNS, figure_rows)
    series.assign(con, [a.article_id for a, _ in new])
    trend_days.refresh(con, trend_days.days_of(con, [a.article_id for a, _ in new]))
    headline_steps.refresh(con, headline_steps.series_of(con, [a.article_id for a, _ in new]))
    return len(new), len(figure_rows)


def load_seed(
    con: duckdb.DuckDBPyConnection, article: Article, figures: Sequence[Figure], run_id: str
) -> str:
    """Insert a seed, or replace it (and its figures) when its file changed. Returns new|updated|unchanged."""
    row = con.execute(
        "SELECT content_hash, title, published_at, url, source FROM articles WHERE article_id = ?",
        [article.article_id],
    ).fetchone()
    if row is not None and tuple(row) == (
        article.content_hash,
        article.title,
        article.published_at,
        article.url,
        article.source,
    ):
        return "unchanged"
    if row is not None:
        replaced = trend_days.days_of(con, [article.article_id])
        replaced_series = headline_steps.series_of(con, [article.article_id])
        con.execute("DELETE FROM figures WHERE article_id = ?", [article.article_id])
        con.execute(
            "UPDATE articles SET title = ?, url = ?, canonical_url = ?, source = ?, published_at = ?, text = ?, "
            "content_hash = ?, fetched_at = ?, run_id = ?, language = ? WHERE article_id = ?",
            [
                article.title,
                article.url,
                article.canonical_url,
                article.source,
                article.published_at,
                article.text,
                article.content_hash,
                _now(),
                run_id,
                article.language,
                article.article_id,
            ],
        )
        bulk_insert(
            con,
            "figures",
            FIGURE_COLUMNS,
            [_figure_row(article.article_id, f, run_id, article.language) for f in figures],
        )
        series.assign(con, [article.article_id])
        trend_days.refresh(con, replaced + trend_days.days_of(con, [article.article_id]))
        headline_steps.refresh(con, replaced_series + headline_steps.series_of(con, [article.article_id]))
        return "updated"
    load_articles(con, [(article, figures)], run_id)
    return "new"


def load_failures(con: duckdb.DuckDBPyConnection, run_id: str, failures: Iterable[Failure]) -> int:
    rows = [
        (stable_id(run_id, f.stage, f.url, f.reason), run_id, f.stage, f.url, f.reason[:2000], _now())
        for f in failures
    ]
    bulk_insert(con, "failures", FAILURE_COLUMNS, rows)
    return len(rows)


FAILURE_COLUMNS = (
    ("failure_id", "VARCHAR"),
    ("run_id", "VARCHAR"),
    ("stage", "VARCHAR"),
    ("url", "VARCHAR"),
    ("reason", "VARCHAR"),
    ("at", "TIMESTAMPTZ"),
)


@dataclass(frozen=True, slots=True)
class FeedUpdate:
    """One poll of a feed, as the load records it (and as the spool keeps it while the database is locked)."""

    feed_url: str
    name: str
    language: str | None
    status: int | None
    error: str | None
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    entries: int | None = None
    next_fetch_at: datetime | None = None
    final_url: str | None = None
    attempts: int | None = None
    duration: float | None = None


def save_feed_state(con: duckdb.DuckDBPyConnection, update: FeedUpdate, run_id: str) -> None:
    """Record one poll of a feed. A failed poll keeps the last good ETag/Last-Modified/body hash.

    `next_fetch_at` is the next allowed fetch (backoff after a failure; None once it succeeds).
    Replaying the same run's poll changes nothing (the failure count is not bumped twice).
    """
    u = update
    ok = u.error is None
    con.execute(
        """
        INSERT INTO feeds (feed_url, name, language, etag, last_modified, body_hash, last_status, last_error,
                           last_fetched_at, last_ok_at, consecutive_failures, next_fetch_at, entries_last, run_id,
                           final_url, last_attempts, last_duration)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (feed_url) DO UPDATE SET
            name = excluded.name,
            language = excluded.language,
            etag = CASE WHEN excluded.last_error IS NULL THEN excluded.etag ELSE feeds.etag END,
            last_modified = CASE WHEN excluded.last_error IS NULL THEN excluded.last_modified ELSE feeds.last_modified END,
            body_hash = CASE WHEN excluded.last_error IS NULL THEN coalesce(excluded.body_hash, feeds.body_hash) ELSE feeds.body_hash END,
            last_status = excluded.last_status,
            last_error = excluded.last_error,
            last_fetched_at = excluded.last_fetched_at,
            last_ok_at = coalesce(excluded.last_ok_at, feeds.last_ok_at),
            consecutive_failures = CASE WHEN excluded.last_error IS NULL THEN 0 ELSE feeds.consecutive_failures + 1 END,
            next_fetch_at = excluded.next_fetch_at,
            entries_last = coalesce(excluded.entries_last, feeds.entries_last),
            run_id = excluded.run_id,
            final_url = excluded.final_url,
            last_attempts = excluded.last_attempts,
            last_duration = excluded.last_duration
        WHERE feeds.run_id IS DISTINCT FROM excluded.run_id
        """,
        [
            u.feed_url, u.name, u.language, u.etag, u.last_modified, u.body_hash, u.status, u.error,
            u.fetched_at, u.fetched_at if ok else None, 0 if ok else 1, u.next_fetch_at, u.entries, run_id,
            u.final_url, u.attempts, u.duration,
        ],
    )  # fmt: skip


def record_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    started_at: datetime,
    counts: Mapping[str, int],
    spooled: bool = False,
) -> None:
    """Write the run's row in its load transaction: the run is visible exactly when its data is."""
    columns = ("feeds_polled", "entries_seen", "entries_in_scope", "articles_new", "figures_new", "failures")
    values = [int(counts.get(c, 0)) for c in columns]
    now = _now()
    con.execute(
        f"""
        INSERT INTO runs (run_id, started_at, finished_at, status, {", ".join(columns)}, spooled, loaded_at)
        VALUES (?, ?, ?, 'completed', {", ".join("?" * len(columns))}, ?, ?)
        ON CONFLICT (run_id) DO UPDATE SET status = 'completed', loaded_at = excluded.loaded_at,
            finished_at = coalesce(runs.finished_at, excluded.finished_at),
            {", ".join(f"{c} = excluded.{c}" for c in columns)}
        """,
        [run_id, started_at, now, *values, spooled, now],
    )
