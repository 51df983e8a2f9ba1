"""Feed parsing: bytes in, entries out (feedparser does the work)."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser

from extractors.records import Entry


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    entries: tuple[Entry, ...]
    title: str | None
    problem: str | None  # why the feed is ill-formed (bozo), even when entries were salvaged
    total_entries: int


def _struct_to_datetime(value) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def parse_feed(
    body: bytes, feed_url: str, headers: Mapping[str, str] | None = None, max_entries: int = 2000
) -> ParsedFeed:
    """Parse a feed document.

    `headers` are the HTTP response headers (feedparser uses Content-Type's charset and Content-Location).
    At most `max_entries` entries are kept, in feed order; entries without a link are dropped.
    """
    response_headers = {k.lower(): v for k, v in (headers or {}).items()}
    response_headers.setdefault("content-location", feed_url)
    parsed = feedparser.parse(
        body, response_headers=response_headers, resolve_relative_uris=True, sanitize_html=True
    )
    problem = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        problem = f"{type(exc).__name__}: {exc}" if exc else "ill-formed feed"
    entries: list[Entry] = []
    seen: set[str] = set()
    for item in parsed.entries:
        link = (item.get("link") or "").strip()
        if not link:
            continue
        key = item.get("id") or link
        if key in seen:
            continue
        seen.add(key)
        entries.append(
            Entry(
                feed_url=feed_url,
                url=link,
                title=(item.get("title") or "").strip(),
                summary=(item.get("summary") or "").strip(),
                published_at=_struct_to_datetime(item.get("published_parsed") or item.get("updated_parsed")),
                guid=item.get("id"),
                content=" ".join(
                    c.get("value", "") for c in item.get("content", []) if isinstance(c, dict)
                ).strip(),
            )
        )
        if len(entries) >= max_entries:
            break
    if not entries and not parsed.entries and not parsed.get("version") and problem is None:
        problem = "not a feed: no RSS or Atom document found"
    title = parsed.feed.get("title") if parsed.get("feed") else None
    return ParsedFeed(entries=tuple(entries), title=title, problem=problem, total_entries=len(parsed.entries))
