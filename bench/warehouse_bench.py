"""Warehouse: load 10,000 articles with their figures, and query the trend views over 1M figures.

Targets: the 10k load (articles + figures, one transaction) under 5 s; each trend view answers over
more than a million figures in under 300 ms; a whole-history listing (headline_changes) runs inside DuckDB
and gives its first page in under 300 ms (`newsmon sql` pages listings; fetching 331k rows into Python
tuples takes about a second whatever the SQL).

    python -m bench.warehouse_bench

To iterate on the views, build the 1M-figure database once and time the views against it:

    NEWSMON_BENCH_DB=/tmp/bench.duckdb python -m bench.warehouse_bench   # builds it if missing
    NEWSMON_BENCH_DB=/tmp/bench.duckdb python -m bench.warehouse_bench   # then only re-times the views

A reused database is opened read-write first, so it gets the current migrations and views.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

KINDS = ("killed", "injured", "displaced", "missing", "arrested", "kidnapped")
PLACES = ("Tripoli", "Misrata", "Benghazi", "Sirte", "Derna", "Sabha", "Zawiya", "Gharyan", "Tarhuna", None)
SCOPES = ("cumulative", "incident", "unknown")
VIEW_QUERIES = {
    "headlines": "SELECT * FROM headlines",
    "headline_changes": "SELECT * FROM headline_changes",
    "daily": "SELECT * FROM daily",
    "series_sources": "SELECT * FROM series_sources",
    "reports (one series)": "SELECT * FROM reports WHERE kind = 'killed' AND place = 'Tripoli' "
    "ORDER BY report_date DESC LIMIT 100",
    "latest_figures": "SELECT * FROM latest_figures",
    "daily_trends": "SELECT * FROM daily_trends",
    "figure_changes": "SELECT * FROM figure_changes",
    "source_counts": "SELECT * FROM source_counts",
    "figure_history (one series)": "SELECT * FROM figure_history WHERE kind = 'killed' AND location = 'Tripoli' "
    "ORDER BY reported_on DESC LIMIT 100",
    "figure_changes (one series)": "SELECT * FROM figure_changes WHERE kind = 'killed' AND location = 'Tripoli'",
    "source_counts (one series)": "SELECT * FROM source_counts WHERE kind = 'killed' AND location = 'Tripoli' "
    "ORDER BY sources DESC, value DESC LIMIT 50",
}
# Whole-history listings: every change / every reported value (hundreds of thousands of rows), or an
# aggregate over every figure. `newsmon sql` pages them (--max-rows): they are timed inside DuckDB, as the
# first page of PAGE_ROWS rows fetched, and fetched in full (reported, not a target).
LISTINGS = ("headline_changes", "series_sources", "figure_changes", "source_counts")
# The listings with a target (issue 17): inside DuckDB and as a page, under VIEW_TARGET_MS.
JUDGED_LISTINGS = ("headline_changes",)
PAGE_ROWS = 1000
LOAD_TARGET_S = 5.0
VIEW_TARGET_MS = 300.0


def synthetic_articles(n: int, figures_per_article: int, seed: int = 3, prefix: str = "a"):
    from extractors.dedup.fingerprint import content_hash
    from extractors.records import Article, Figure

    rng = random.Random(seed)
    start = datetime(2023, 1, 1, tzinfo=UTC)
    out = []
    for i in range(n):
        text = f"Report {prefix}{i}. " + " ".join(
            rng.choice(("fighting", "clashes", "aid", "Tripoli")) for _ in range(300)
        )
        published = start + timedelta(minutes=53 * i)
        article = Article(
            article_id=f"{prefix}{i}",
            url=f"https://outlet{i % 40}.example/{prefix}/{i}",
            canonical_url=f"https://outlet{i % 40}.example/{prefix}/{i}",
            title=f"Report {i}",
            source=f"Outlet {i % 40}",
            published_at=published,
            text=text,
            content_hash=content_hash(text),
        )
        figures = [
            Figure(
                kind=rng.choice(KINDS),
                value=rng.randint(1, 50_000),
                qualifier=rng.choice(("exact", "at_least")),
                unit="people",
                start=j * 10,
                end=j * 10 + 3,
                sentence="A sentence with a figure.",
                scope=rng.choice(SCOPES),
                location=rng.choice(PLACES),
                as_of=(published.date() - timedelta(days=rng.randint(0, 3))) if rng.random() < 0.7 else None,
            )
            for j in range(figures_per_article)
        ]
        out.append((article, figures))
    return out


def build(db: Path) -> float:
    """Load the 10k batch (timed, in seconds), then grow the file to over a million figures."""
    from warehouse import load
    from warehouse.db import open_warehouse

    batch = synthetic_articles(10_000, 3)
    with open_warehouse(db) as con:
        load.start_run(con, "bench-load")
        started = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        load.load_articles(con, batch, "bench-load")
        con.execute("COMMIT")
        elapsed = time.perf_counter() - started
    # grow to over a million figures: 200,000 articles with 5 figures each (plus the 30k above)
    with open_warehouse(db) as con:
        for part in range(10):
            con.execute("BEGIN TRANSACTION")
            load.load_articles(
                con, synthetic_articles(20_000, 5, seed=part, prefix=f"p{part}-"), "bench-grow"
            )
            con.execute("COMMIT")
    return elapsed


def time_views(db: Path) -> dict:
    """Each view query, best of 3 after a warm-up run:

    - views_ms: the query and its rows fetched into Python tuples (what `newsmon sql` does), the target;
    - views_in_duckdb_ms: the same query run to completion inside DuckDB (its result kept in a temporary
      table), without building Python objects: with 10^5-10^6 result rows, fetchall() alone takes seconds;
    - alert_candidates_ms: the headline candidates that every load computes in its transaction.
    """
    from warehouse.db import connect
    from warehouse.outbox import headline_candidates

    con = connect(db, read_only=True)
    try:
        figures = con.execute("SELECT count(*) FROM figures").fetchone()[0]
        views, in_duckdb, paged, rows = {}, {}, {}, {}
        for name, sql in VIEW_QUERIES.items():
            rows[name] = len(
                con.execute(sql).fetchall()
            )  # warm the buffer cache, as an analyst's second query would
            views[name] = round(min(_timed(con, sql) for _ in range(3)) * 1000, 1)
            kept = f"CREATE OR REPLACE TEMP TABLE bench_result AS {sql}"
            in_duckdb[name] = round(min(_timed(con, kept) for _ in range(3)) * 1000, 1)
            if name in LISTINGS:  # what `newsmon sql --max-rows PAGE_ROWS` fetches (warehouse/export.rows)
                page = f"SELECT * FROM ({sql}) LIMIT {PAGE_ROWS}"
                paged[name] = round(min(_timed(con, page) for _ in range(3)) * 1000, 1)
        con.execute("DROP TABLE IF EXISTS bench_result")
        headline_candidates(con)
        candidates = min(_timed_call(lambda: headline_candidates(con)) for _ in range(3))
    finally:
        con.close()
    return {
        "figures": figures,
        "views_ms": views,
        "views_in_duckdb_ms": in_duckdb,
        "views_paged_ms": paged,
        "view_rows": rows,
        "alert_candidates_ms": round(candidates * 1000, 1),
    }


def measure(reuse: Path | None = None) -> dict:
    """Build a fresh database in a temporary folder and time it; with `reuse`, build it there only once."""
    from warehouse.db import open_warehouse

    results: dict = {}
    if reuse is not None:
        if reuse.exists():
            with open_warehouse(reuse):  # bring its schema and views up to date
                pass
        else:
            results["load_10k_s"] = round(build(reuse), 2)
        results.update(time_views(reuse))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.duckdb"
            results["load_10k_s"] = round(build(db), 2)
            results.update(time_views(db))
    results["ok"] = results.get("load_10k_s", 0.0) < LOAD_TARGET_S and judged_ok(results)
    return results


def judged_ok(r: dict) -> bool:
    """Every view that is not a listing, fetched in full, and each judged listing inside DuckDB and as a
    page, under VIEW_TARGET_MS."""
    views = all(v < VIEW_TARGET_MS for k, v in r["views_ms"].items() if k not in LISTINGS)
    listings = all(
        max(r["views_in_duckdb_ms"][k], r["views_paged_ms"][k]) < VIEW_TARGET_MS for k in JUDGED_LISTINGS
    )
    return views and listings


def _timed(con, sql: str) -> float:
    return _timed_call(lambda: con.execute(sql).fetchall())


def _timed_call(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


if __name__ == "__main__":
    reuse = os.environ.get("NEWSMON_BENCH_DB")
    print(json.dumps(measure(Path(reuse) if reuse else None), indent=2, default=str))
