"""The alerts outbox: headline candidates read from the trend views, alert rows, and their delivery state.

An alert's life: `pending` (written in the load's transaction) -> `sending` (claimed, committed before
the SMTP conversation) -> `sent`. A failed delivery puts it back to `pending`; a crash in the middle of
a conversation leaves it `sending` (delivery in doubt), and only `requeue` sends it again. A pending
alert outdated by a higher one of its series before it could be sent becomes `superseded`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, date, datetime

import duckdb

from extractors.dedup.fingerprint import stable_id
from extractors.notify.mail import one_line
from extractors.records import Alert, Series
from warehouse import headline_steps, series, trend_days


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Candidate:
    """The headline a series would be alerted at: the highest value `min_sources` clusters stand behind."""

    topic: str | None
    kind: str
    unit: str
    location: str | None
    value: int
    qualifier: str
    as_of: date | None
    sources: int  # independent story clusters reporting at least `value`
    figure_id: str  # the first report of `value`
    article_id: str
    title: str | None
    url: str | None
    outlet: str | None
    published_at: datetime | None
    sentence: str | None
    start: int
    end: int
    text: str  # the article's text (for quoting the number)
    outlets: tuple[str, ...]  # every outlet reporting `value`
    previous_value: int | None  # the headline before `value` in the history, if any
    previous_qualifier: str | None
    previous_as_of: date | None
    language: str | None = None  # of the article the figure was read in

    @property
    def series(self) -> Series:
        return (self.topic, self.kind, self.unit, self.location)


_ALERT_COLUMNS = tuple(f.name for f in fields(Alert))


def alert_id(topic: str | None, kind: str, unit: str, location: str | None, value: int) -> str:
    """The dedupe key: one alert per series and value, ever."""
    return stable_id("alert", topic, kind, unit, location, value)


def _sql_literal(value: str | None) -> str:
    return "NULL" if value is None else "'" + one_line(value).replace("'", "''") + "'"


def explore_sql(alert: Alert) -> str:
    """A ready-to-run query over figure_history for the alert's series (quoted in its e-mail)."""
    location = "location IS NULL" if alert.location is None else f"location = {_sql_literal(alert.location)}"
    topic = "topic IS NULL" if alert.topic is None else f"topic = {_sql_literal(alert.topic)}"
    return (
        "SELECT reported_on, value, qualifier, outlet, url, is_duplicate, sentence FROM figure_history "
        f"WHERE {topic} AND kind = {_sql_literal(alert.kind)} AND unit = {_sql_literal(alert.unit)} "
        f"AND {location} AND scope = 'cumulative' ORDER BY reported_on, published_at"
    )


def set_run_topic(con: duckdb.DuckDBPyConnection, run_id: str, topic: str) -> None:
    before = trend_days.run_topics(con)
    con.execute("UPDATE runs SET topic = ? WHERE run_id = ?", [topic, run_id])
    if trend_days.run_topics(con) != before:  # stored figures moved to another topic
        series.assign(con, which="all")
        trend_days.rebuild(con)
        headline_steps.rebuild(con)


# The headline rule is the view headline_reports (warehouse/views/15_headline_reports.sql): which reports
# can make a headline and in what order they are read. With min_sources = 1 the candidate is the headline
# of `headlines`. Aggregates only, no sort (it runs in the load's transaction): the previous headline is
# the highest total read before the first report that reaches the candidate value.
_CANDIDATES = """
WITH per_cluster AS (
    SELECT series_id, cluster_id, max(value) AS value FROM headline_reports GROUP BY ALL
),
threshold AS (  -- the N-th highest of the clusters' own highest totals
    SELECT series_id, max(value, $min_sources)[$min_sources] AS value
    FROM per_cluster
    GROUP BY ALL
    HAVING count(*) >= $min_sources
),
candidate AS (
    SELECT t.series_id, t.value, count(*) AS sources
    FROM threshold AS t JOIN per_cluster AS p ON p.series_id = t.series_id AND p.value >= t.value
    GROUP BY ALL
),
reached AS (  -- per series: the first report of the candidate value, every outlet reporting it, and the
              -- first report of a value at least as high (what was read before it is the history before it)
    SELECT
        c.series_id, c.value, c.sources,
        arg_min(d.figure_id, d.read_order) FILTER (WHERE d.value = c.value) AS figure_id,
        list_sort(list(DISTINCT d.outlet) FILTER (WHERE d.value = c.value AND d.outlet IS NOT NULL)) AS outlets,
        min(d.read_order) AS reached
    FROM headline_reports AS d JOIN candidate AS c ON d.series_id = c.series_id AND d.value >= c.value
    GROUP BY ALL
),
previous AS (  -- the headline before it: the highest total read before it, at its first report
    SELECT r.series_id, arg_min(d.figure_id, {'value': -d.value, 'order': d.read_order}) AS figure_id
    FROM headline_reports AS d JOIN reached AS r ON d.series_id = r.series_id AND d.read_order < r.reached
    GROUP BY ALL
),
quoted AS (
    SELECT figure_id, value, qualifier, reported_on, article_id, title, url, outlet, published_at, sentence, start, "end",
        language
    FROM figure_history
    WHERE figure_id IN (SELECT figure_id FROM reached UNION ALL SELECT figure_id FROM previous)
)
SELECT
    nullif(s.topic, '(unspecified)') AS topic, s.kind, s.unit, nullif(s.place, '(unspecified)') AS location,
    r.value, f.qualifier, f.reported_on, r.sources,
    f.figure_id, f.article_id, f.title, f.url, f.outlet, f.published_at, f.sentence, f.start, f."end",
    a.text, r.outlets, q.value, q.qualifier, q.reported_on, f.language
FROM reached AS r
JOIN series AS s ON s.series_id = r.series_id
JOIN quoted AS f ON f.figure_id = r.figure_id
JOIN articles AS a ON a.article_id = f.article_id
LEFT JOIN previous AS p ON p.series_id = r.series_id
LEFT JOIN quoted AS q ON q.figure_id = p.figure_id
ORDER BY topic, s.kind, s.unit, location
"""


def headline_candidates(con: duckdb.DuckDBPyConnection, min_sources: int = 1) -> list[Candidate]:
    """Per series, the value that at least `min_sources` independent story clusters report (or exceed).

    With 1 it is the headline of `latest_figures`; with N it is the N-th highest of the clusters' own
    highest totals. Series with fewer clusters than that have no candidate.
    """
    rows = con.execute(_CANDIDATES, {"min_sources": min_sources}).fetchall()
    return [
        Candidate(
            *row[:18],
            outlets=tuple(row[18] or ()),
            previous_value=row[19],
            previous_qualifier=row[20],
            previous_as_of=row[21],
            language=row[22],
        )
        for row in rows
    ]


def last_alerted(
    con: duckdb.DuckDBPyConnection, statuses: tuple[str, ...] = ("pending", "sending", "sent", "superseded")
) -> dict[Series, Alert]:
    """The highest alert of each series among `statuses`: by default, the baseline of the next alert."""
    cursor = con.execute(
        f"SELECT {', '.join(_ALERT_COLUMNS)} FROM alerts WHERE status IN (SELECT unnest(?)) "
        "QUALIFY row_number() OVER (PARTITION BY topic, kind, unit, location ORDER BY value DESC) = 1",
        [list(statuses)],
    )
    alerts = [_alert(row) for row in cursor.fetchall()]
    return {a.series: a for a in alerts}


def supersede(con: duckdb.DuckDBPyConnection, alert: Alert) -> int:
    """Retire the pending alerts of `alert`'s series that it outdates: one e-mail, about the latest figure."""
    rows = con.execute(
        "UPDATE alerts SET status = 'superseded', last_error = ? WHERE status = 'pending' "
        "AND topic IS NOT DISTINCT FROM ? AND kind = ? AND unit = ? AND location IS NOT DISTINCT FROM ? "
        "AND value < ? RETURNING alert_id",
        [f"superseded by {alert.alert_id} before it was sent", *alert.series, alert.value],
    ).fetchall()
    return len(rows)


def insert_alert(con: duckdb.DuckDBPyConnection, alert: Alert) -> int:
    """Write an alert unless one with its key exists; returns how many rows were written (0 or 1)."""
    values = [getattr(alert, c) for c in _ALERT_COLUMNS]
    values[_ALERT_COLUMNS.index("other_outlets")] = list(alert.other_outlets)
    values[_ALERT_COLUMNS.index("created_at")] = alert.created_at or _now()
    inserted = con.execute(
        f"INSERT INTO alerts ({', '.join(_ALERT_COLUMNS)}) VALUES ({', '.join('?' * len(_ALERT_COLUMNS))}) "
        "ON CONFLICT (alert_id) DO NOTHING RETURNING alert_id",
        values,
    ).fetchall()
    return len(inserted)


def _alert(row: tuple) -> Alert:
    values = dict(zip(_ALERT_COLUMNS, row, strict=True))
    values["other_outlets"] = tuple(values["other_outlets"] or ())
    return Alert(**values)


def list_alerts(
    con: duckdb.DuckDBPyConnection,
    statuses: tuple[str, ...] = ("pending", "sending", "sent"),
    limit: int = 100,
) -> list[Alert]:
    """Alerts with one of `statuses`, oldest first for pending ones, newest first for the rest."""
    rows = con.execute(
        f"SELECT {', '.join(_ALERT_COLUMNS)} FROM alerts WHERE status IN (SELECT unnest(?)) "
        "ORDER BY status = 'sent', CASE WHEN status = 'sent' THEN epoch(sent_at) * -1 ELSE epoch(created_at) END, "
        "alert_id LIMIT ?",
        [list(statuses), limit],
    ).fetchall()
    return [_alert(row) for row in rows]


def count_by_status(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return dict(con.execute("SELECT status, count(*) FROM alerts GROUP BY status").fetchall())


def claim(con: duckdb.DuckDBPyConnection, alert_id: str) -> bool:
    """Mark a pending alert `sending` (committed before any SMTP traffic); False if it was not pending."""
    rows = con.execute(
        "UPDATE alerts SET status = 'sending', attempts = attempts + 1, last_attempt_at = ? "
        "WHERE alert_id = ? AND status = 'pending' RETURNING alert_id",
        [_now(), alert_id],
    ).fetchall()
    return bool(rows)


def mark_sent(
    con: duckdb.DuckDBPyConnection, alert_id: str, message_id: str, note: str | None = None
) -> None:
    con.execute(
        "UPDATE alerts SET status = 'sent', sent_at = ?, message_id = ?, last_error = ? WHERE alert_id = ?",
        [_now(), message_id, note, alert_id],
    )


def release(con: duckdb.DuckDBPyConnection, alert_id: str, error: str) -> None:
    """The server did not take the alert: back to pending, to be retried on the next run."""
    con.execute(
        "UPDATE alerts SET status = 'pending', last_error = ? WHERE alert_id = ? AND status = 'sending'",
        [error[:2000], alert_id],
    )


def note_in_doubt(con: duckdb.DuckDBPyConnection, alert_id: str, error: str) -> None:
    """The conversation broke after the message went out: keep `sending`, record why."""
    con.execute("UPDATE alerts SET last_error = ? WHERE alert_id = ?", [error[:2000], alert_id])


def requeue(con: duckdb.DuckDBPyConnection, alert_id: str) -> bool:
    """Put an alert whose delivery is in doubt (`sending`) back to pending; False if there is none."""
    rows = con.execute(
        "UPDATE alerts SET status = 'pending' WHERE alert_id = ? AND status = 'sending' RETURNING alert_id",
        [alert_id],
    ).fetchall()
    return bool(rows)


def requeue_in_doubt(con: duckdb.DuckDBPyConnection) -> int:
    """At-least-once: every alert left `sending` by an interrupted delivery goes back to pending. It is
    sent again with the same Message-ID, the key by which a mail system recognises a repeat."""
    rows = con.execute(
        "UPDATE alerts SET status = 'pending', last_error = coalesce(last_error, '') || "
        "CASE WHEN coalesce(last_error, '') = '' THEN '' ELSE '; ' END || "
        "'resent after an interrupted delivery (same Message-ID)' WHERE status = 'sending' RETURNING alert_id"
    ).fetchall()
    return len(rows)


def pending_incidents(con: duckdb.DuckDBPyConnection) -> list[tuple[str, datetime, str, str]]:
    """(incident_id, at, kind, detail) of incidents the operator has not been e-mailed about."""
    return con.execute(
        'SELECT incident_id, "at", kind, detail FROM incidents WHERE status = \'pending\' ORDER BY "at"'
    ).fetchall()


def mark_incident_sent(con: duckdb.DuckDBPyConnection, incident_id: str) -> None:
    con.execute(
        "UPDATE incidents SET status = 'sent', sent_at = ? WHERE incident_id = ?", [_now(), incident_id]
    )
