"""`newsmon status` (runs, feed health, row counts) and `newsmon backup`."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from flows.cli import common
from flows.settings import Settings


def cmd_status(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from warehouse.db import connect
    from warehouse.queries import status

    settings = Settings.from_env(db=args.db)
    con = connect(settings.db, read_only=True, lock_timeout=common.READ_WAIT)
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
    feeds = _feeds_table(info["feeds"])
    console.print(feeds)
    console.print("rows: " + ", ".join(f"{name} {count}" for name, count in info["counts"]))
    waiting, since, oldest, tries = info["pending"]
    if waiting:
        console.print(
            f"pages pending retry: {waiting}, oldest {oldest} failing since {common.when(since)} ({tries} attempt(s))",
            markup=False,
            highlight=False,
        )
    for at, kind, state, detail in info["incidents"]:
        console.print(f"[red]incident[/red] {common.when(at)} {kind} ({state}): {detail}", highlight=False)
    from flows.stages.spool import pending

    waiting = pending(settings.spool_dir)
    if waiting:
        console.print(
            f"[yellow]spool[/yellow]: {len(waiting)} batch(es) wait in {settings.spool_dir} and load with the next run",
            highlight=False,
        )
    return 0


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
        where = f"{name}\n[dim]{url}[/dim]"
        if final_url and final_url != url:
            where += f"\n[dim]moved to {final_url}[/dim]"
        if not fails:
            health = "[green]ok[/green]"
        elif next_at is not None and next_at > now:
            health = "[red]backing off[/red]"
        else:
            health = "[red]failing[/red]"
        status_text = str(last_status or "-") + (f" ({attempts} tries)" if attempts and attempts > 1 else "")
        feeds.add_row(
            where,
            health,
            status_text,
            f"[{'red' if fails else 'green'}]{fails}[/]",
            error or "",
            common.when(fetched),
            common.when(ok_at),
            common.when(next_at) if next_at is not None and next_at > now else "now",
        )
    return feeds


def cmd_backup(args: argparse.Namespace) -> int:
    from warehouse.backup import backup

    settings = Settings.from_env(db=args.db)
    done = backup(settings.db, args.dest)
    print(
        f"backed up {settings.db} to {done.path} ({done.bytes / 1e6:.1f} MB, "
        f"{done.runs} runs, {done.articles} articles)"
    )
    return 0


def register(sub) -> None:
    """Add this module's commands to the `newsmon` parser."""
    p = sub.add_parser("status", help="show the last runs, feed health and row counts")
    common.db_option(p)
    p.set_defaults(func=cmd_status)
    p = sub.add_parser(
        "backup", help="copy the DuckDB file to DEST while the service runs (no run writes meanwhile)"
    )
    common.db_option(p)
    p.add_argument("dest", type=Path, help="the new file (must not exist)")
    p.set_defaults(func=cmd_backup)
