"""Feed parsing: bytes in, entries out (feedparser does the work).

Before feedparser sees a document, the bytes are decoded with `extractors.text.charset` (which copes with
charsets that lie) and any DOCTYPE internal subset is cut out, so no entity is ever declared and
none can be expanded (billion laughs, XXE). feedparser then gets UTF-8 and a matching Content-Type.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import feedparser

from extractors.records import Entry
from extractors.text.charset import decode_xml
from extractors.text.urls import canonical_url

_XML_DECL = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""")
_DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html)", re.IGNORECASE | re.DOTALL)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
MAX_LINK_SHOWN = 200  # a rejected link (a data: URL can be megabytes) is kept this long


@dataclass(frozen=True, slots=True)
class RejectedLink:
    """A feed item whose link newsmon will not follow (only http and https are fetched)."""

    link: str  # cut to MAX_LINK_SHOWN characters
    scheme: str
    valid: bool = True  # False: an http(s) link that is no URL (no host, a broken address)

    @property
    def reason(self) -> str:
        if not self.valid:
            return "not a valid URL: not followed"
        return f"link with scheme {self.scheme}: not followed (only http and https are fetched)"


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    entries: tuple[Entry, ...]
    title: str | None
    problem: str | None  # why the feed is ill-formed (bozo), even when entries were salvaged
    total_entries: int
    rejected: tuple[RejectedLink, ...] = ()  # items whose link is not http(s): javascript:, file:, data:...


def _struct_to_datetime(value) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _doctype_end(text: str, start: int) -> int:
    """Index just past the DOCTYPE starting at `start`, internal subset and quoted strings included."""
    depth, quote, i = 0, "", start
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == ">" and depth == 0:
            return i + 1
        i += 1
    return len(text)


def strip_doctype(text: str) -> tuple[str, str | None]:
    """Remove a DOCTYPE that has an internal subset. Returns (text, problem naming what was removed)."""
    first_element = re.search(r"<[A-Za-z_]", text)
    head_end = first_element.start() if first_element else len(text)
    match = _DOCTYPE.search(text, 0, head_end)
    if match is None:
        return text, None
    end = _doctype_end(text, match.start())
    doctype = text[match.start() : end]
    if "[" not in doctype:
        return text, None  # an external DTD only: never fetched (feedparser turns external entities off)
    problem = None
    if "<!ENTITY" in doctype.upper():
        problem = "DOCTYPE with entity declarations removed: entities are never expanded"
    return text[: match.start()] + text[end:], problem


def link_scheme(link: str) -> str:
    """The lower-case scheme of a feed item's link ('' when it has none)."""
    try:
        scheme = urlsplit(link).scheme
    except ValueError:
        match = _SCHEME.match(link)
        scheme = match.group(1) if match else ""
    return scheme.lower()


def looks_like_html(text: str, content_type: str) -> bool:
    return "html" in content_type.lower() or bool(_HTML_START.match(text[:2000]))


def _entry(item, feed_url: str, link: str, feed_name: str | None, language: str | None) -> Entry:
    return Entry(
        feed_url=feed_url,
        url=link,
        title=(item.get("title") or "").strip(),
        summary=(item.get("summary") or "").strip(),
        published_at=_struct_to_datetime(item.get("published_parsed") or item.get("updated_parsed")),
        guid=item.get("id"),
        content=" ".join(c.get("value", "") for c in item.get("content", []) if isinstance(c, dict)).strip(),
        feed_name=feed_name,
        language=language,
    )


def _entries(
    items, feed_url: str, max_entries: int, feed_name: str | None, language: str | None = None
) -> tuple[list[Entry], list[RejectedLink]]:
    """feedparser's items as entries (once per GUID, at most `max_entries`), and the links not followed."""
    entries: list[Entry] = []
    rejected: list[RejectedLink] = []
    seen: set[str] = set()
    for item in items:
        link = (item.get("link") or "").strip()
        key = item.get("id") or link
        if not link or key in seen:
            continue
        seen.add(key)
        scheme = link_scheme(link)
        web = scheme in ("http", "https")
        if not web or canonical_url(link) is None:
            if len(rejected) < max_entries:
                rejected.append(RejectedLink(link[:MAX_LINK_SHOWN], scheme or "(none)", valid=not web))
            continue
        entries.append(_entry(item, feed_url, link, feed_name, language))
        if len(entries) >= max_entries:
            break
    return entries, rejected


def parse_feed(
    body: bytes,
    feed_url: str,
    headers: Mapping[str, str] | None = None,
    max_entries: int = 2000,
    feed_name: str | None = None,
) -> ParsedFeed:
    """Parse a feed document.

    `headers` are the HTTP response headers (feedparser uses Content-Type's charset and Content-Location).
    At most `max_entries` entries are kept, in feed order; entries without a link are dropped, entries
    whose link is not http(s) are returned in `rejected` (at most `max_entries` of them too). Each entry
    carries `feed_name`, the feed's name in the watch.
    """
    response_headers = {k.lower(): v for k, v in (headers or {}).items()}
    response_headers.setdefault("content-location", feed_url)
    content_type = response_headers.get("content-type", "")
    decoded = decode_xml(body, content_type)
    text, doctype_problem = strip_doctype(decoded.text)
    text = _XML_DECL.sub(r"\1\2utf-8\2", text, count=1)
    media_type = content_type.split(";", 1)[0].strip() or "application/xml"
    response_headers["content-type"] = f"{media_type}; charset=utf-8"
    parsed = feedparser.parse(
        text.encode("utf-8"),
        response_headers=response_headers,
        resolve_relative_uris=True,
        sanitize_html=True,
    )
    problems = [p for p in (decoded.problem, doctype_problem) if p]
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        problems.append(f"{type(exc).__name__}: {exc}" if exc else "ill-formed feed")
    language = (parsed.feed.get("language") or None) if parsed.get("feed") else None
    entries, rejected = _entries(parsed.entries, feed_url, max_entries, feed_name, language)
    if not entries and not parsed.entries and looks_like_html(text, content_type):
        shown = media_type if content_type else "no Content-Type"
        problems = [f"not a feed: the server sent an HTML page ({shown})"]
    elif not entries and not parsed.entries and not parsed.get("version") and not problems:
        problems = ["not a feed: no RSS or Atom document found"]
    problem = "; ".join(problems) or None
    title = parsed.feed.get("title") if parsed.get("feed") else None
    return ParsedFeed(tuple(entries), title, problem, len(parsed.entries), tuple(rejected))
