"""`newsmon run` (one ingestion, with its summary) and `newsmon serve` (the scheduled service)."""

from __future__ import annotations

import argparse
from pathlib import Path

from flows.cli import common
from flows.settings import Settings


def cmd_run(args: argparse.Namespace) -> int:
    from flows.cli import output
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
    console = output.console()
    with claim_for_run(settings.db), console.status("ingesting: seeds, feeds, pages, figures ..."):
        _temporary_api(settings)
        summary = configured_ingest(settings)(
            feeds_file=str(settings.feeds) if settings.feeds else None,
            db=str(settings.db),
            refresh=args.refresh,
        )
    print_summary(console, summary)
    return 0


def _temporary_api(settings: Settings) -> None:
    """Without PREFECT_API_URL, start Prefect's temporary API server ourselves: its process dies with
    this one (even on SIGKILL), its PID is in the run lock, and its notice is this one line."""
    import logging
    import sys

    from flows.lifeline import temporary_server
    from flows.serve import api_url
    from flows.stages.lock import note_helper

    if api_url():
        return
    from prefect.server.api.server import subprocess_server_logger

    subprocess_server_logger.addFilter(lambda record: "temporary server" not in record.getMessage())
    logging.getLogger("prefect.server").setLevel(logging.WARNING)
    server = temporary_server()
    server.start()
    if server.server_process is not None:
        note_helper(settings.db, server.server_process.pid)
    print(
        f"newsmon run: Prefect API: a temporary server for this run on {server.address} "
        "(PREFECT_API_URL=... uses a running one; see README, Operations)",
        file=sys.stderr,
        flush=True,
    )


def print_summary(console, summary) -> None:
    """What `newsmon run` prints after a run (the lines a scheduled run logs), data never as markup."""
    from flows.cli import output
    from flows.serve import summary_lines

    for parts in summary_lines(summary):
        console.print(output.line(*parts))


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
