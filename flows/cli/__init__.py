"""`newsmon`: the command line, one module per command group. Project errors become one clean line on
stderr and a non-zero exit.

- `run`: `newsmon run`, `newsmon serve`;
- `sql`: `newsmon sql`;
- `status`: `newsmon status`, `newsmon backup`;
- `alerts`: `newsmon alerts`, `newsmon report`;
- `contracts`: `newsmon figures`, `newsmon dedup` (JSON Lines);
- `settings`: `newsmon settings`;
- `common`: the one-line error and shared options.

May import anything in the project; nothing imports it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from flows.cli import alerts, contracts, run, settings, sql, status
from flows.cli.common import EXIT_ERROR, CliError
from flows.cli.settings import settings_markdown
from flows.serve import ServeError
from flows.settings import SettingsError
from flows.watch import ConfigError
from warehouse.db import WarehouseError

__all__ = ["build_parser", "main", "settings_markdown"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmon",
        description="News-monitoring ingestion: feeds -> dedup -> casualty/displacement figures -> DuckDB.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (run, sql, status, contracts, alerts, settings):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (CliError, ConfigError, ServeError, SettingsError, WarehouseError) as exc:
        message = " ".join(line.strip() for line in str(exc).splitlines() if line.strip())
        print(f"newsmon {args.command}: error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"newsmon {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
