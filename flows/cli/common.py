"""What every command shares: the one-line error, the --db option, value formatting."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

EXIT_ERROR = 2
READ_WAIT = 15.0  # seconds a read-only command waits while the pipeline writes (its window is short)


class CliError(Exception):
    """A one-line error for the user."""


def db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", type=Path, default=None, help="DuckDB file (default: $NEWSMON_DB or data/newsmon.duckdb)"
    )


def json_default(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, Path):
        return str(value)
    return str(value)


def when(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if value is not None else ""
