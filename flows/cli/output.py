"""The one output layer of every `newsmon` command.

Data never goes through Rich markup: every value from the web or the database becomes a `Text` after
the pure sanitiser (extractors/text/inert.py) has dropped control and bidi characters and truncated it,
so a title such as "Toll rises [update] in Sirte" shows its brackets and an ESC byte never reaches the
terminal. Styles are ours, applied as `Text` styles. Times are ISO 8601 UTC to the second; lists are
comma-separated text; counts are pluralised.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.text.inert import csv_cell, inert, inert_line

if TYPE_CHECKING:  # Rich is imported by the commands that print through it: `newsmon figures` starts without
    from rich.console import Console
    from rich.text import Text


def console(stderr: bool = False) -> Console:
    """A Rich console that renders no markup, highlights nothing and replaces no emoji codes."""
    from rich.console import Console

    return Console(stderr=stderr, markup=False, highlight=False, emoji=False, soft_wrap=True)


def when(value: datetime | date | None) -> str:
    """The one timestamp format the CLI prints: ISO 8601, UTC, to the second (2024-05-01T12:00:00Z)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def plain(value: object) -> str:
    """A value as text: None empty, lists comma-separated, times in the one format; not yet sanitised."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(plain(v) for v in value)
    if isinstance(value, datetime | date):
        return when(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def cell(value: object, style: str = "", one_line: bool = False) -> Text:
    """A value as a sanitised Rich `Text` (no markup is ever parsed in it)."""
    text = plain(value)
    from rich.text import Text

    return Text(inert_line(text) if one_line else inert(text), style=style)


def line(*parts: object) -> Text:
    """One printed line from parts: `(text, style)` pairs are styled, anything else is data."""
    from rich.text import Text

    out = Text()
    for part in parts:
        if isinstance(part, tuple):
            out.append(inert_line(plain(part[0])), style=part[1])
        else:
            out.append(inert_line(plain(part)))
    return out


def plural(n: int, word: str, many: str | None = None) -> str:
    """`1 run`, `2 runs`, `0 batches` (with `many`)."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def csv_value(value: object, raw: bool = False) -> object:
    """A CSV cell: numbers stay numbers, times stay full ISO 8601 (data, not display), lists are
    comma-separated; unless `raw`, strings are sanitised and formula-looking ones get a leading '."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float | Decimal):
        return value
    text = value.isoformat() if isinstance(value, datetime | date) else plain(value)
    return text if raw else csv_cell(inert(text, limit=sys.maxsize))


def json_default(value):
    """What `json.dumps` cannot encode itself (the `sql --format json` contract)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, Path):
        return str(value)
    return str(value)


def print_lines(out: Console, lines: Iterable[Text]) -> None:
    for text in lines:
        out.print(text)
