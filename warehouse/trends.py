"""Reads behind the HTML report: the trend views, the last run and its health."""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

from extractors.records import Chart, ChartKey, Health, Point


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def charts(con: duckdb.DuckDBPyConnection) -> list[Chart]:
    """One chart per (topic, kind, unit) with dated figures: cumulative reports, headline steps, incidents."""
    by_key: dict[ChartKey, Chart] = {}

    def chart(key: ChartKey) -> Chart:
        return by_key.setdefault(key, Chart(key, [], {}, []))

    headline: dict[tuple, tuple[int, date]] = {}  # series -> (highest value so far, its day)
    for r in _rows(
        con,
        "SELECT topic, kind, unit, location, reported_on, value, qualifier, scope, outlet, title, url, "
        "is_duplicate FROM figure_history WHERE reported_on IS NOT NULL AND scope = 'cumulative' "
        "ORDER BY reported_on, coalesce(published_at, fetched_at), article_id, start",
    ):
        series = (r["topic"], r["kind"], r["unit"], r["location"])
        best = headline.get(series)
        # as in figure_changes: lower than the headline, for a later date than the headline's
        revision = best is not None and r["value"] < best[0] and r["reported_on"] > best[1]
        if best is None or r["value"] > best[0]:
            headline[series] = (r["value"], r["reported_on"])
        chart((r["topic"], r["kind"], r["unit"])).points.append(
            Point(
                r["location"],
                r["reported_on"],
                r["value"],
                r["qualifier"],
                r["scope"],
                r["outlet"],
                r["title"],
                r["url"],
                r["is_duplicate"],
                revision,
            )
        )
    for r in _rows(
        con,
        "SELECT topic, kind, unit, location, as_of, value, qualifier FROM figure_changes "
        "WHERE change IN ('first', 'rise') ORDER BY seq",
    ):
        chart((r["topic"], r["kind"], r["unit"])).steps.setdefault(r["location"], []).append(
            (r["as_of"], r["value"], r["qualifier"])
        )
    for r in _rows(
        con,
        "SELECT topic, kind, unit, day, sum(incident_sum) AS incident_sum FROM daily_trends "
        "WHERE incident_sum IS NOT NULL GROUP BY ALL ORDER BY day",
    ):
        chart((r["topic"], r["kind"], r["unit"])).incidents.append((r["day"], int(r["incident_sum"])))
    order = ("killed", "injured", "displaced", "missing", "arrested", "kidnapped")
    return sorted(
        by_key.values(),
        key=lambda c: (
            c.key[0] or "",
            order.index(c.key[1]) if c.key[1] in order else 99,
            c.key[1],
            c.key[2],
        ),
    )


def latest(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    return _rows(con, "SELECT * FROM latest_figures ORDER BY topic, kind, unit, location NULLS FIRST")


def health(con: duckdb.DuckDBPyConnection) -> Health:
    """The last run, what failed in it, feed health, alerts by status, row counts."""
    runs = _rows(con, "SELECT * FROM runs ORDER BY started_at DESC LIMIT 1")
    run = runs[0] if runs else None
    failures = (
        _rows(
            con,
            "SELECT stage, count(*) AS n, min(url) AS example_url, min(reason) AS example_reason FROM failures "
            "WHERE run_id = ? GROUP BY stage ORDER BY n DESC, stage",
            [run["run_id"]],
        )
        if run
        else []
    )
    feeds = _rows(
        con,
        "SELECT name, feed_url, last_status, coalesce(consecutive_failures, 0) AS consecutive_failures, last_error, "
        "last_ok_at FROM feeds ORDER BY consecutive_failures DESC, name",
    )
    alerts = dict(con.execute("SELECT status, count(*) FROM alerts GROUP BY status").fetchall())
    counts = dict(
        con.execute(
            "SELECT 'articles', count(*) FROM articles UNION ALL SELECT 'figures', count(*) FROM figures "
            "UNION ALL SELECT 'story clusters', count(DISTINCT coalesce(cluster_id, article_id)) FROM articles "
            "UNION ALL SELECT 'runs', count(*) FROM runs"
        ).fetchall()
    )
    return Health(run, failures, feeds, alerts, counts)
