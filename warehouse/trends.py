"""Reads behind the HTML report: one chart per series, the headlines, what changed, the last run's health."""

from __future__ import annotations

from typing import Any

import duckdb

from extractors.records import Chart, Health, Point

KIND_ORDER = ("killed", "injured", "displaced", "missing", "arrested", "kidnapped")


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _series_order(kind: str, place: str, topic: str) -> tuple:
    rank = KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
    return rank, kind, place == "(unspecified)", place, topic


# Each dated cumulative report (headline_reports), marked as a revision when headline_changes lists its
# value as a revision of the headline and it is dated after that headline.
_POINTS = """
WITH revisions AS (
    SELECT series_id, value, min(previous_as_of) AS after
    FROM headline_steps WHERE change = 'revision' GROUP BY ALL
)
SELECT
    r.series_id, r.report_date AS day, r.value, r.qualifier, a.source AS outlet, a.title, a.url, f.sentence,
    a.duplicate_of IS NOT NULL AS is_duplicate, coalesce(r.report_date > v.after, false) AS is_revision
FROM headline_reports AS r
JOIN figures AS f ON f.figure_id = r.figure_id
JOIN articles AS a ON a.article_id = f.article_id
LEFT JOIN revisions AS v ON v.series_id = r.series_id AND v.value = r.value
ORDER BY r.series_id, r.read_order
"""


def charts(con: duckdb.DuckDBPyConnection) -> list[Chart]:
    """One chart per series with dated figures: its reports, its headline steps and its incident sums."""
    by_id: dict[str, Chart] = {
        r["series_id"]: Chart(r["series_id"], r["topic"], r["place"], r["kind"], r["unit"], [], [], [])
        for r in _rows(con, "SELECT series_id, topic, place, kind, unit FROM series")
    }
    for r in _rows(con, _POINTS):
        by_id[r.pop("series_id")].points.append(Point(**r))
    for series_id, day, value, qualifier in con.execute(
        "SELECT series_id, as_of, value, qualifier FROM headline_steps WHERE change <> 'revision' "
        "ORDER BY series_id, seq"
    ).fetchall():
        by_id[series_id].steps.append((day, value, qualifier))
    for series_id, day, total in con.execute(
        "SELECT series_id, day, incident_sum FROM daily WHERE incident_sum IS NOT NULL ORDER BY day"
    ).fetchall():
        by_id[series_id].incidents.append((day, int(total)))
    drawn = [c for c in by_id.values() if c.points or c.incidents]
    return sorted(drawn, key=lambda c: _series_order(c.kind, c.place, c.topic))


_LATEST = """
WITH revised AS (  -- the latest revision of the current headline
    SELECT c.series_id, arg_max(c.value, c.seq) AS revised_to, arg_max(c.as_of, c.seq) AS revised_on
    FROM headline_steps AS c JOIN headlines AS h ON h.series_id = c.series_id AND c.headline_value = h.value
    WHERE c.change = 'revision'
    GROUP BY ALL
),
undated AS (
    SELECT series_id, max(value) AS undated_value FROM reports
    WHERE scope = 'cumulative' AND report_date_source = 'fetched' GROUP BY ALL
)
SELECT
    s.series_id, s.topic, s.place, s.kind, s.unit, h.value, h.qualifier, h.as_of, h.sources, h.first_outlet,
    a.url AS first_url, a.title AS first_title, h.latest_report_date, v.revised_to, v.revised_on, u.undated_value
FROM series AS s
LEFT JOIN headlines AS h ON h.series_id = s.series_id
LEFT JOIN figures AS f ON f.figure_id = h.first_figure_id
LEFT JOIN articles AS a ON a.article_id = f.article_id
LEFT JOIN revised AS v ON v.series_id = s.series_id
LEFT JOIN undated AS u ON u.series_id = s.series_id
WHERE h.value IS NOT NULL OR u.undated_value IS NOT NULL
"""


def latest(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The headline of each series (and series with undated reports only), killed first."""
    return sorted(_rows(con, _LATEST), key=lambda r: _series_order(r["kind"], r["place"], r["topic"]))


def changes(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Headline changes whose first report the latest completed run loaded (new headlines, rises,
    revisions since the previous run), the latest first."""
    return _rows(
        con,
        "SELECT c.topic, c.place, c.kind, c.change, c.value, c.qualifier, c.as_of, c.previous_value, "
        "c.previous_qualifier, c.previous_as_of, c.outlet FROM headline_changes AS c "
        "JOIN figures AS f ON f.figure_id = c.figure_id "
        "WHERE f.run_id = (SELECT run_id FROM runs ORDER BY status = 'completed' DESC, started_at DESC LIMIT 1) "
        "ORDER BY c.as_of DESC, c.kind, c.place",
    )


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
