"""`newsmon sql` (a read-only query as a table, CSV, JSON or Parquet) and `newsmon export` (a Parquet
snapshot of every table and view)."""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
from pathlib import Path

from flows.cli import common, output
from flows.settings import Settings

TABLE_ROWS = 40  # rows a table shows unless --max-rows says otherwise (DuckDB's CLI shows 40 too)
MAX_COL_WIDTH = 40  # widest column of a table before its values are cut with an ellipsis


def _write_json(columns: list[str], rows) -> None:
    out = sys.stdout
    out.write("[")
    for n, row in enumerate(rows):
        if n:
            out.write(", ")
        item = dict(zip(columns, row, strict=True))
        out.write(json.dumps(item, default=output.json_default, ensure_ascii=False))
    out.write("]\n")


def _write_csv(columns: list[str], rows, raw: bool) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow([output.csv_value(c, raw) for c in columns])
    for row in rows:
        writer.writerow([output.csv_value(v, raw) for v in row])


def _table(rel, args: argparse.Namespace) -> None:
    from extractors.text.inert import inert
    from warehouse.export import render

    width = args.max_width or shutil.get_terminal_size((120, 40)).columns
    max_rows = TABLE_ROWS if args.max_rows is None else args.max_rows
    text = render(rel, max_width=max(width, 20), max_rows=max_rows, max_col_width=MAX_COL_WIDTH)
    sys.stdout.write(inert(text, limit=sys.maxsize))


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    from warehouse import export
    from warehouse.db import connect

    if args.format == "parquet" and args.out is None:
        raise common.CliError("--format parquet needs --out FILE")
    settings = Settings.from_env(db=args.db)
    con = connect(settings.db, read_only=True, lock_timeout=common.READ_WAIT)
    try:
        export.quiet(con)
        try:
            if args.format == "parquet":
                n = export.copy_parquet(con, args.query, args.out)
                print(f"{output.plural(n, 'row')} written to {args.out}")
                return 0
            rel = export.relation(con, args.query)
            if rel is None:
                return 0
            if args.format == "table":
                _table(rel, args)
            elif args.format == "json":
                _write_json(list(rel.columns), export.rows(rel, args.max_rows))
            else:
                _write_csv(list(rel.columns), export.rows(rel, args.max_rows), args.csv_raw)
        except duckdb.Error as exc:
            raise common.CliError(f"query failed: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    import duckdb

    from warehouse import export
    from warehouse.db import connect

    settings = Settings.from_env(db=args.db)
    con = connect(settings.db, read_only=True, lock_timeout=common.READ_WAIT)
    try:
        export.quiet(con)
        done = export.export_all(con, args.dir)
    except duckdb.Error as exc:
        raise common.CliError(f"export failed: {str(exc).splitlines()[0]}") from None
    except OSError as exc:
        raise common.CliError(f"cannot write {args.dir}: {exc.strerror or exc}") from None
    finally:
        con.close()
    out = output.console()
    for item in done:
        out.print(output.line(f"{item.kind} {item.name}: {output.plural(item.rows, 'row')} -> {item.path}"))
    tables = sum(1 for d in done if d.kind == "table")
    out.print(
        output.line(
            f"exported {output.plural(tables, 'table')} and {output.plural(len(done) - tables, 'view')} "
            f"to {args.dir}"
        )
    )
    return 0


def _positive(raw: str) -> int:
    value = int(raw)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive integer")
    return value


def register(sub) -> None:
    """Add this module's commands to the `newsmon` parser."""
    p = sub.add_parser("sql", help="run a read-only SQL query against the DuckDB file")
    common.db_option(p)
    p.add_argument(
        "--format",
        choices=("table", "csv", "json", "parquet"),
        default="table",
        help="output format (json: an array of objects; parquet: a file, needs --out)",
    )
    p.add_argument("--out", type=Path, default=None, help="the Parquet file --format parquet writes")
    p.add_argument(
        "--max-width",
        type=_positive,
        default=None,
        help="table width in characters (default: the terminal's)",
    )
    p.add_argument(
        "--max-rows",
        type=_positive,
        default=None,
        help=f"most rows printed (default: {TABLE_ROWS} for a table, all for csv/json)",
    )
    p.add_argument(
        "--csv-raw",
        action="store_true",
        help="CSV cells exactly as stored (no ' before =, +, -, @; control characters kept)",
    )
    p.add_argument("query", help="the SQL query")
    p.set_defaults(func=cmd_sql)
    p = sub.add_parser(
        "export", help="write every table and view to DIR/<name>.parquet (read-only; works while serving)"
    )
    common.db_option(p)
    p.add_argument("dir", type=Path, help="the folder the Parquet files go to (created if missing)")
    p.set_defaults(func=cmd_export)
