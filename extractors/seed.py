"""Seed documents: `*.txt` files with a title line, or starting with ` date YYYY-MM-DD`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
_MAX_TITLE = 300


@dataclass(frozen=True, slots=True)
class SeedDoc:
    stem: str
    title: str | None
    published_at: datetime | None
    text: str


def parse_seed(stem: str, raw: str) -> SeedDoc:
    """Split a seed file into title, date and body.

    - A text that starts with ` date YYYY-MM-DD` has that publication date and no title line.
    - Otherwise a short first line followed by a blank line is the title.
    - Otherwise the whole file is the body.
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    match = _DATE_PREFIX.match(raw)
    if match:
        try:
            published = datetime.strptime(match.group(1), "%Y-%m-%d").replace(tzinfo=UTC)
        except ValueError:
            published = None
        return SeedDoc(stem=stem, title=None, published_at=published, text=raw[match.end() :].strip())
    first, sep, rest = raw.strip().partition("\n")
    if (
        sep
        and first.strip()
        and len(first) <= _MAX_TITLE
        and rest.startswith("\n")
        and not first.rstrip().endswith((".", ","))
    ):
        return SeedDoc(stem=stem, title=first.strip(), published_at=None, text=rest.strip())
    return SeedDoc(stem=stem, title=None, published_at=None, text=raw.strip())
