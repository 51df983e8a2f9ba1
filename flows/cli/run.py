"""`newsmon run` (one ingestion, with its summary) and `newsmon serve` (the scheduled service)."""

from __future__ import annotations

import argparse
from pathlib import Path

from flows.cli import common
from flows.settings import Settings


def cmd_run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from flows.serve import configured_ingest
    from flows.stages.lock import claim_for_run
    from flows.watch import load_watch
    from seeds import DEFAULT_FEEDS
    from warehouse.db import DatabaseLocked, open_warehouse

    # Validate everything that can make the run impossible before Prefect starts: one clean line.
    settings = Settings.from_env(db=args.db, feeds=args.feeds)
    load_watch(settings.feeds or DEFAULT_FEEDS)
    try:
        with open_warehouse(settings.db):
            pass
    except DatabaseLocked:
        pass  # an analyst or another run holds it: the run itself waits, then spools its batch
    console = Console(stderr=False)
    with claim_for_run(settings.db), console.status("ingesting: seeds, feeds, pages, figures ..."):
        summary = configured_ingest(settings)(
            feeds_file=str(settings.feeds) if settings.feeds else None,
            db=str(settings.db),
            refresh=args.refresh,
        )
    print_summary(console, summary)
    return 0


def print_summary(console, summary) -> None:
    """What `newsmon run` prints after a run: each feed's outcome, the counts, the page failures."""
    from rich.table import Table

    table = Table(title=f"run {summary.run_id}: {summary.status}", show_lines=False)
    table.add_column("feed")
    table.add_column("outcome")
    for name, url, outcome in summary.feeds:
        style = (
            "red"
            if outcome.startswith("failed")
            else ("yellow" if "ill-formed" in outcome or outcome.startswith("skipped") else "green")
        )
        table.add_row(f"{name}\n[dim]{url}[/dim]", f"[{style}]{outcome}[/{style}]")
    if summary.feeds:
        console.print(table)
    c = summary.counts
    console.print(
        f"articles new: {c.get('articles_new', 0)} (seeds new: {c.get('seeds_new', 0)}, updated: {c.get('seeds_updated', 0)}), "
        f"duplicates new: {c.get('duplicates_new', 0)}, "
        f"figures new: {c.get('figures_new', 0)}, entries seen: {c.get('entries_seen', 0)}, "
        f"pages fetched: {c.get('pages_fetched', 0)}, failures: {c.get('failures', 0)}"
    )
    if c.get("feeds_skipped"):
        console.print(
            f"[yellow]feeds skipped while backing off after failures: {c['feeds_skipped']}[/yellow] "
            "(see the table; `newsmon status` shows when each may be fetched again)"
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
    if summary.alerts:
        console.print(summary.alerts, markup=False, highlight=False)
    console.print(f"database: {summary.db}")


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.serve import serve

    serve(Settings.from_env(db=args.db, feeds=args.feeds))
    return 0


def register(sub) -> None:
    """Add this module's commands to the `newsmon` parser."""
    p = sub.add_parser("run", help="run one ingestion (Prefect embedded mode) into the DuckDB file")
    p.add_argument(
        "--feeds", type=Path, default=None, help="feeds file (default: $NEWSMON_FEEDS or seeds/feeds.toml)"
    )
    common.db_option(p)
    p.add_argument(
        "--refresh", action="store_true", help="fetch article pages again even when already stored"
    )
    p.set_defaults(func=cmd_run)
    p = sub.add_parser(
        "serve",
        help="run the ingestion on the NEWSMON_SCHEDULE cron against the Prefect server at PREFECT_API_URL",
    )
    p.add_argument(
        "--feeds", type=Path, default=None, help="feeds file (default: $NEWSMON_FEEDS or seeds/feeds.toml)"
    )
    common.db_option(p)
    p.set_defaults(func=cmd_serve)
