"""Aggregator links (Google News) resolved to the publisher's URL without a request, when the link says it.

A Google News item link is `https://news.google.com/rss/articles/<id>?oc=5`. The id is URL-safe base64
of a small protobuf message. In the older shape (`CBMi...`) a length-delimited field of that message is
the publisher's URL itself, so it decodes offline. The newer shape carries an opaque token (`AU_yqL...`)
in that field: such a link is fetched and its redirects followed (flows/http/fetch.py). Either way the
article is stored under the publisher's URL, with the aggregator link in `articles.via_url`.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
from urllib.parse import urlsplit

from extractors.records import Entry

_GOOGLE_HOSTS = {"news.google.com"}
_PREFIXES = ("/rss/articles/", "/articles/", "/__i/rss/rd/articles/")


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[pos]
        value |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            return value, pos
        shift += 7


def _strings(data: bytes) -> list[bytes]:
    """The length-delimited fields of a protobuf message, in order (nested messages not opened); what
    precedes a truncated or unknown field is kept (some ids carry trailing bytes)."""
    found, pos = [], 0
    try:
        while pos < len(data):
            key, pos = _varint(data, pos)
            wire = key & 7
            if wire == 0:
                _, pos = _varint(data, pos)
            elif wire in (1, 5):
                pos += 8 if wire == 1 else 4
            elif wire == 2:
                size, pos = _varint(data, pos)
                if pos + size > len(data):
                    break
                found.append(data[pos : pos + size])
                pos += size
            else:
                break
    except ValueError:
        pass
    return found


def google_news_id(url: str) -> str | None:
    """The article id of a Google News item link, or None for any other URL."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if (parts.hostname or "").lower().rstrip(".") not in _GOOGLE_HOSTS:
        return None
    for prefix in _PREFIXES:
        if parts.path.startswith(prefix):
            return parts.path[len(prefix) :].split("/", 1)[0] or None
    return None


def decode_google_news(url: str) -> str | None:
    """The publisher URL a Google News link carries, when it carries one (the older id shape); None
    when it must be fetched to be resolved, or is not a Google News link."""
    article_id = google_news_id(url)
    if not article_id:
        return None
    try:
        raw = base64.urlsafe_b64decode(article_id + "=" * (-len(article_id) % 4))
        fields = _strings(raw)
    except (ValueError, binascii.Error):  # not base64
        return None
    for value in fields:
        try:
            text = value.decode("ascii")
        except UnicodeDecodeError:
            continue
        scheme = urlsplit(text).scheme.lower() if text.isprintable() else ""
        if scheme in ("http", "https") and google_news_id(text) is None:
            return text
    return None


def resolve_offline(entry: Entry) -> Entry:
    """The entry pointing at the publisher's URL when its link decodes offline (the link kept as via_url)."""
    target = decode_google_news(entry.url)
    if target is None:
        return entry
    return dataclasses.replace(entry, url=target, via_url=entry.url)
