"""`newsmon settings`: every NEWSMON_* setting, or the README's table of them."""

from __future__ import annotations

import argparse

from flows.settings import SETTINGS


def settings_markdown() -> str:
    """The README's settings table, generated from the one settings registry."""
    lines = ["| variable | default | what it does |", "|---|---|---|"]
    for s in SETTINGS:
        default = f"`{s.default}`" if s.default else "(empty)"
        lines.append(f"| `{s.env}` | {default} | {s.help} |")
    return "\n".join(lines)


def cmd_settings(args: argparse.Namespace) -> int:
    import os

    if args.markdown:
        print(settings_markdown())
        return 0
    for s in SETTINGS:
        current = os.environ.get(s.env)
        if s.secret:
            current = "(set, hidden)" if current else ""
        print(f"{s.env}={current if current is not None else s.default}\t# {s.help} (default: {s.default!r})")
    return 0


def register(sub) -> None:
    """Add this module's commands to the `newsmon` parser."""
    p = sub.add_parser("settings", help="list every NEWSMON_* setting with its default and current value")
    p.add_argument("--markdown", action="store_true", help="print the README's settings table")
    p.set_defaults(func=cmd_settings)
