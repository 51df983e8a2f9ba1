"""`newsmon status` (runs, feed health, row counts) and `newsmon backup`."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path

from flows.cli import common, output
from flows.settings import Settings


def cmd_status(args: argparse.Namespace) -> int:
    from flows.stages.spool import pending
    from warehouse.db import connect
    from warehouse.queries import status

    settings = Settings.from_env(db=args.db)
    con = connect(settings.db, read_only=True, lock_timeout=common.READ_WAIT)
    try:
        info = status(con)
    finally:
        con.close()
    waiting = pending(settings.spool_dir)
    if args.json:
        print(json.dumps(_status_json(info, waiting, settings), ensure_ascii=False))
        return 0
    console = output.console()
    console.print(_runs_table(info["runs"]))
    console.print(_feeds_table(info["feeds"]))
    console.print(output.line("rows: " + ", ".join(f"{name} {count}" for name, count in info["counts"])))
    pages, since, oldest, tries = info["pending"]
    if pages:
        console.print(
            output.line(
                ("pages pending retry", "yellow"),
                f": {pages}, oldest {oldest} failing since {output.when(since)} "
                f"({output.plural(tries, 'attempt', 'attempts')})",
            )
        )
    for at, kind, state, detail in info["incidents"]:
        console.print(output.line(("incident", "red"), f" {output.when(at)} {kind} ({state}): {detail}"))
    if waiting:
        console.print(
            output.line(
                ("spool", "yellow"),
                f": {output.plural(len(waiting), 'batch', 'batches')} wait in {settings.spool_dir} "
                "and load with the next run",
            )
        )
    return 0


RUN_COLUMNS = ("run_id", "started", "finished", "status", "feeds", "articles_new", "figures_new", "failures")
FEED_COLUMNS = (
    "name",
    "url",
    "last_status",
    "failures_in_row",
    "last_error",
    "last_fetched",
    "last_ok",
    "next_fetch",
    "final_url",
    "last_attempts",
)


def _status_json(info, waiting, settings) -> dict:
    """`newsmon status --json`: the same facts for monitoring, times in ISO 8601 UTC."""

    def value(v):
        return output.when(v) if isinstance(v, datetime) else v

    def rows(columns, data):
        return [{c: value(v) for c, v in zip(columns, row, strict=True)} for row in data]

    return {
        "db": str(settings.db),
        "runs": rows(RUN_COLUMNS, info["runs"]),
        "feeds": rows(FEED_COLUMNS, info["feeds"]),
        "counts": dict(info["counts"]),
        "incidents": rows(("at", "kind", "status", "detail"), info["incidents"]),
        "spooled_batches": len(waiting),
        "pending_pages": dict(
            zip(("count", "oldest_since", "oldest_url", "attempts"), map(value, info["pending"]), strict=True)
        ),
    }


def _runs_table(rows):
    from rich.table import Table

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
    for row in rows:
        runs.add_row(*(output.cell(v) for v in row))
    return runs


def _feeds_table(rows):
    """The feed-health table of `newsmon status`."""
    from rich.table import Table

    feeds = Table(title="feed health")
    for col in (
        "feed",
        "health",
        "last status",
        "failures in a row",
        "last error",
        "last fetched",
        "last ok",
        "next allowed fetch",
    ):
        feeds.add_column(col, overflow="fold")
    now = datetime.now(UTC)
    for name, url, last_status, fails, error, fetched, ok_at, next_at, final_url, attempts in rows:
        where = output.cell(name, one_line=True)
        where.append("\n")
        where.append(output.cell(url, "dim", one_line=True))
        if final_url and final_url != url:
            where.append("\n")
            where.append(output.cell(f"moved to {final_url}", "dim", one_line=True))
        if not fails:
            health = output.cell("ok", "green")
        elif next_at is not None and next_at > now:
            health = output.cell("backing off", "red")
        else:
            health = output.cell("failing", "red")
        status_text = str(last_status or "-") + (f" ({attempts} tries)" if attempts and attempts > 1 else "")
        feeds.add_row(
            where,
            health,
            output.cell(status_text),
            output.cell(fails, "red" if fails else "green"),
            output.cell(error, one_line=True),
            output.cell(fetched),
            output.cell(ok_at),
            output.cell(next_at) if next_at is not None and next_at > now else output.cell("now"),
        )
    return feeds


def cmd_backup(args: argparse.Namespace) -> int:
    from warehouse.backup import backup

    settings = Settings.from_env(db=args.db)
    done = backup(settings.db, args.dest)
    print(
        f"backed up {settings.db} to {done.path} ({done.bytes / 1e6:.1f} MB, "
        f"{output.plural(done.runs, 'run')}, {output.plural(done.articles, 'article')})"
    )
    return 0


def register(sub) -> None:
    """Add this module's commands to the `newsmon` parser."""
    p = sub.add_parser("status", help="show the last runs, feed health and row counts")
    common.db_option(p)
    p.add_argument("--json", action="store_true", help="print the status as one JSON object (for monitoring)")
    p.set_defaults(func=cmd_status)
    p = sub.add_parser(
        "backup", help="copy the DuckDB file to DEST while the service runs (no run writes meanwhile)"
    )
    common.db_option(p)
    p.add_argument("dest", type=Path, help="the new file (must not exist)")
    p.set_defaults(func=cmd_backup)
