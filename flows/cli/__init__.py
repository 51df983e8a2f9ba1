"""`newsmon`: the command line, one module per command group. Project errors become one clean line on
stderr and a non-zero exit.

- `run`: `newsmon run`, `newsmon serve`;
- `sql`: `newsmon sql`, `newsmon export`;
- `status`: `newsmon status`, `newsmon backup`;
- `alerts`: `newsmon alerts`, `newsmon report`;
- `contracts`: `newsmon figures`, `newsmon dedup` (JSON Lines);
- `settings`: `newsmon settings`;
- `common`: the one-line error and shared options;
- `output`: the one output layer (no markup in data, sanitised text, one time format, CSV cells).

Every command first validates all NEWSMON_* settings and exits 2 naming each bad one.

May import anything in the project; nothing imports it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from extractors.text.inert import inert_line
from flows.cli import alerts, contracts, run, settings, sql, status
from flows.cli.common import EXIT_ERROR, CliError
from flows.cli.settings import settings_markdown
from flows.settings import SettingsError, check_env

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
    if getattr(args, "validate_settings", True):
        # Before any network or database access: every bad NEWSMON_* value, one line each.
        problems = check_env()
        for problem in problems:
            print(f"newsmon {args.command}: error: {inert_line(problem)}", file=sys.stderr)
        if problems:
            return EXIT_ERROR
    try:
        return args.func(args)
    except (CliError, SettingsError, *_lazy_errors()) as exc:
        message = inert_line(" ".join(line.strip() for line in str(exc).splitlines() if line.strip()))
        print(f"newsmon {args.command}: error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"newsmon {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _lazy_errors() -> tuple[type[Exception], ...]:
    """The project errors of modules a command imports only when it needs them (the warehouse and
    DuckDB, the server, the feeds file): `newsmon figures` starts without them. Taken only from modules
    already imported: an error of a module never imported cannot have been raised, and Ctrl-C or a closed
    pipe must not import DuckDB on its way out."""
    found = []
    for module, name in (
        ("flows.watch", "ConfigError"),
        ("flows.serve", "ServeError"),
        ("warehouse.db", "WarehouseError"),
    ):
        if module in sys.modules:
            found.append(getattr(sys.modules[module], name))
    return tuple(found)
