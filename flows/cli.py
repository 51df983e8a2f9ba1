"""`newsmon`: the command line. Project errors become one clean line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from flows.config import ConfigError
from flows.settings import SETTINGS, Settings, SettingsError
from warehouse.db import WarehouseError

EXIT_ERROR = 2


class CliError(Exception):
    """A one-line error for the user."""


def _json_default(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, Path):
        return str(value)
    return str(value)


# --- run -------------------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from flows.ingest import ingest

    settings = Settings.from_env(db=args.db, feeds=args.feeds)  # validate before starting Prefect
    console = Console(stderr=False)
    with console.status("ingesting: seeds, feeds, pages, figures ..."):
        summary = ingest(
            feeds_file=str(settings.feeds) if settings.feeds else None,
            db=str(settings.db),
            refresh=args.refresh,
        )
    table = Table(title=f"run {summary.run_id}: {summary.status}", show_lines=False)
    table.add_column("feed")
    table.add_column("outcome")
    for name, url, outcome in summary.feeds:
        style = "red" if outcome.startswith("failed") else ("yellow" if "ill-formed" in outcome else "green")
        table.add_row(f"{name}\n[dim]{url}[/dim]", f"[{style}]{outcome}[/{style}]")
    if summary.feeds:
        console.print(table)
    c = summary.counts
    console.print(
        f"articles new: {c.get('articles_new', 0)} (seeds new: {c.get('seeds_new', 0)}, updated: {c.get('seeds_updated', 0)}), "
        f"figures new: {c.get('figures_new', 0)}, entries seen: {c.get('entries_seen', 0)}, "
        f"pages fetched: {c.get('pages_fetched', 0)}, failures: {c.get('failures', 0)}"
    )
    other = [f for f in summary.failures if f.stage != "feed"]
    for failure in other[:20]:
        console.print(
            f"[yellow]{failure.stage}[/yellow] {failure.url}: {failure.reason}", markup=True, highlight=False
        )
    if len(other) > 20:
        console.print(
            f"... and {len(other) - 20} more failures: newsmon sql \"select * from failures where run_id = '{summary.run_id}'\""
        )
    console.print(f"database: {summary.db}")
    return 0


# --- sql -------------------------------------------------------------------------------------------


def _print_rows(columns: Sequence[str], rows: Sequence[tuple], fmt: str) -> None:
    if fmt == "json":
        json.dump(
            [dict(zip(columns, row, strict=True)) for row in rows],
            sys.stdout,
            default=_json_default,
            ensure_ascii=False,
        )
        sys.stdout.write("\n")
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(
                [
                    "" if v is None else _json_default(v) if not isinstance(v, int | float | str) else v
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
    con = connect(settings.db, read_only=True)
    try:
        try:
            columns, rows = run_query(con, args.query)
        except duckdb.Error as exc:
            raise CliError(f"query failed: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()
    _print_rows(columns, rows, args.format)
    return 0


# --- status ----------------------------------------------------------------------------------------


def cmd_status(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from warehouse.db import connect
    from warehouse.queries import status

    settings = Settings.from_env(db=args.db)
    con = connect(settings.db, read_only=True)
    try:
        info = status(con)
    finally:
        con.close()
    console = Console()
    runs = Table(title="last runs")
    for col in (
        "run_id",
        "started",
        "finished",
        "status",
        "feeds",
        "articles new",
        "figures new",
        "failures",
    ):
        runs.add_column(col)
    for row in info["runs"]:
        runs.add_row(*("" if v is None else str(v) for v in row))
    console.print(runs)
    feeds = Table(title="feed health")
    for col in (
        "feed",
        "last status",
        "failures in a row",
        "last error",
        "last fetched",
        "last ok",
        "next fetch",
    ):
        feeds.add_column(col, overflow="fold")
    for name, url, last_status, fails, error, fetched, ok_at, next_at in info["feeds"]:
        style = "red" if fails else "green"
        feeds.add_row(
            f"{name}\n[dim]{url}[/dim]",
            str(last_status or "-"),
            f"[{style}]{fails}[/{style}]",
            error or "",
            str(fetched or ""),
            str(ok_at or ""),
            str(next_at or ""),
        )
    console.print(feeds)
    console.print("rows: " + ", ".join(f"{name} {count}" for name, count in info["counts"]))
    return 0


# --- figures ---------------------------------------------------------------------------------------


def figure_to_json(figure) -> dict:
    return {
        "kind": figure.kind,
        "value": figure.value,
        "qualifier": figure.qualifier,
        "unit": figure.unit,
        "start": figure.start,
        "end": figure.end,
        "text": figure.text,
        "low": figure.low,
        "high": figure.high,
        "vague": figure.vague,
        "term": figure.term,
        "scope": figure.scope,
        "attribution": figure.attribution,
        "location": figure.location,
        "as_of": figure.as_of.isoformat() if figure.as_of else None,
        "sentence": figure.sentence,
    }


def _parse_published(value) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError("'published' must be an ISO date string")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return date.fromisoformat(value[:10])


def figures_line(line: str) -> dict:
    """One output object for one input line of `newsmon figures`; never raises."""
    from extractors.figures import extract_figures

    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "figures": [], "error": f"invalid JSON: {exc.msg} at column {exc.colno}"}
    if not isinstance(item, dict):
        return {"id": None, "figures": [], "error": "each line must be a JSON object with 'id' and 'text'"}
    out: dict = {"id": item.get("id"), "figures": []}
    text = item.get("text")
    if not isinstance(text, str):
        out["error"] = "missing or non-string 'text'"
        return out
    try:
        published = _parse_published(item.get("published"))
    except ValueError as exc:
        out["error"] = f"bad 'published': {exc}"
        published = None
    out["figures"] = [figure_to_json(f) for f in extract_figures(text, published)]
    return out


def cmd_figures(args: argparse.Namespace) -> int:
    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
    for raw in stdin:
        line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        if not line.strip():
            continue
        result = figures_line(line)
        out = json.dumps(result, ensure_ascii=False)
        try:  # a lone surrogate ("\udcff" in the input JSON) or a non-UTF-8 stdout cannot take it raw
            out.encode(sys.stdout.encoding or "utf-8")
        except (UnicodeEncodeError, LookupError):
            out = json.dumps(result)
        sys.stdout.write(out + "\n")
        sys.stdout.flush()
    return 0


# --- parser ----------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmon",
        description="News-monitoring ingestion: feeds -> dedup -> casualty/displacement figures -> DuckDB.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def db_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--db", type=Path, default=None, help="DuckDB file (default: $NEWSMON_DB or data/newsmon.duckdb)"
        )

    p = sub.add_parser("run", help="run one ingestion (Prefect embedded mode) into the DuckDB file")
    p.add_argument(
        "--feeds", type=Path, default=None, help="feeds file (default: $NEWSMON_FEEDS or seeds/feeds.toml)"
    )
    db_option(p)
    p.add_argument(
        "--refresh", action="store_true", help="fetch article pages again even when already stored"
    )
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("sql", help="run a read-only SQL query against the DuckDB file")
    db_option(p)
    p.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="output format (json: an array of objects)",
    )
    p.add_argument("query", help="the SQL query")
    p.set_defaults(func=cmd_sql)

    p = sub.add_parser("status", help="show the last runs, feed health and row counts")
    db_option(p)
    p.set_defaults(func=cmd_status)

    p = sub.add_parser(
        "figures",
        help="extract figures from JSON Lines on stdin ({id, text, published?}), one line out per line in",
    )
    p.set_defaults(func=cmd_figures)

    p = sub.add_parser("settings", help="list every NEWSMON_* setting with its default and current value")
    p.set_defaults(func=cmd_settings)
    return parser


def cmd_settings(args: argparse.Namespace) -> int:
    import os

    for s in SETTINGS:
        current = os.environ.get(s.env)
        print(f"{s.env}={current if current is not None else s.default}\t# {s.help} (default: {s.default!r})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (CliError, ConfigError, SettingsError, WarehouseError) as exc:
        print(f"newsmon {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"newsmon {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
