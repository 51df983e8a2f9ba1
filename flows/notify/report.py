"""The HTML report file: reads the trend views and writes the page composed by extractors.notify.report."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb

from extractors.notify.report import page
from warehouse import trends


def render(con: duckdb.DuckDBPyConnection, now: datetime | None = None) -> str:
    """The whole report page for the database behind `con`."""
    return page(
        trends.charts(con),
        trends.latest(con),
        trends.changes(con),
        trends.health(con),
        now or datetime.now(UTC),
    )


def write_report(con: duckdb.DuckDBPyConnection, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(render(con), encoding="utf-8")
    tmp.replace(out)
    return out
