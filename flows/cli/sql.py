"""`newsmon sql`: a read-only query, printed as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence

from flows.cli import common
from flows.settings import Settings


def _print_rows(columns: Sequence[str], rows: Sequence[tuple], fmt: str) -> None:
    if fmt == "json":
        json.dump(
            [dict(zip(columns, row, strict=True)) for row in rows],
            sys.stdout,
            default=common.json_default,
            ensure_ascii=False,
        )
        sys.stdout.write("\n")
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(
                [
                    "" if v is None else common.json_default(v) if not isinstance(v, int | float | str) else v
                    for v in row
                ]
            )
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console().print(table)


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    from warehouse.db import connect
    from warehouse.queries import run_query

    settings = Settings.from_env(db=args.db)
    con = connect(settings.db, read_only=True, lock_timeout=common.READ_WAIT)
    try:
        try:
            columns, rows = run_query(con, args.query)
        except duckdb.Error as exc:
            raise common.CliError(f"query failed: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()
    _print_rows(columns, rows, args.format)
    return 0


def register(sub) -> None:
    """Add this module's commands to the `newsmon` parser."""
    p = sub.add_parser("sql", help="run a read-only SQL query against the DuckDB file")
    common.db_option(p)
    p.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="output format (json: an array of objects)",
    )
    p.add_argument("query", help="the SQL query")
    p.set_defaults(func=cmd_sql)
