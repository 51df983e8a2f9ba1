"""What every command shares: the one-line error, the --db option, value formatting."""

from __future__ import annotations

import argparse
from pathlib import Path

EXIT_ERROR = 2
READ_WAIT = 15.0  # seconds a read-only command waits while the pipeline writes (its window is short)


class CliError(Exception):
    """A one-line error for the user."""


def db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", type=Path, default=None, help="DuckDB file (default: $NEWSMON_DB or data/newsmon.duckdb)"
    )
