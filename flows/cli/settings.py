"""`newsmon settings`: every NEWSMON_* setting, or the README's table of them."""

from __future__ import annotations

import argparse
import sys

from flows.cli.common import EXIT_ERROR
from flows.settings import SETTINGS, check_env


def settings_markdown() -> str:
    """The README's settings table, generated from the one settings registry."""
    lines = ["| variable | default | what it does |", "|---|---|---|"]
    for s in SETTINGS:
        default = f"`{s.default}`" if s.default else "(empty)"
        lines.append(f"| `{s.env}` | {default} | {s.help} |")
    return "\n".join(lines)


def cmd_settings(args: argparse.Namespace) -> int:
    import os

    from extractors.text.inert import inert_line

    if args.markdown:
        print(settings_markdown())
        return 0
    problems = check_env()
    if args.check:
        for problem in problems:
            print(f"newsmon settings: error: {inert_line(problem)}", file=sys.stderr)
        if not problems:
            print(f"all {len(SETTINGS)} NEWSMON_* settings are valid")
        return EXIT_ERROR if problems else 0
    for s in SETTINGS:
        current = os.environ.get(s.env)
        if s.secret:
            current = "(set, hidden)" if current else ""
        shown = inert_line(current if current is not None else s.default)
        bad = s.problem(os.environ[s.env]) if s.env in os.environ else None
        note = f"  # INVALID: expected {s.accepts}" if bad else ""
        print(f"{s.env}={shown}\t# {s.help} (default: {s.default!r}){note}")
    return EXIT_ERROR if problems else 0


def register(sub) -> None:
    """Add this module's commands to the `newsmon` parser."""
    p = sub.add_parser("settings", help="list every NEWSMON_* setting with its default and current value")
    p.add_argument("--markdown", action="store_true", help="print the README's settings table")
    p.add_argument(
        "--check",
        action="store_true",
        help="only validate every NEWSMON_* value; exit 2 naming each bad one and what it accepts",
    )
    p.set_defaults(func=cmd_settings, validate_settings=False)
