"""Article pages: main text and metadata from HTML bytes (trafilatura, with htmldate as fallback)."""

from __future__ import annotations

from datetime import UTC, datetime

import trafilatura
from htmldate import find_date

from extractors.records import Page

MIN_TEXT_CHARS = 200


class Rejected(ValueError):
    """The page is not an article we can use; the message is the reason stored in `failures`."""


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (py3langid), or None for too little text."""
    sample = text[:4000].strip()
    if len(sample) < 20:
        return None
    import py3langid

    lang, _score = py3langid.classify(sample)
    return lang


def extract_page(html: str | bytes, url: str) -> Page:
    """Extract the main text and metadata of an article page, or raise Rejected with the reason."""
    if not html or not (html.strip() if isinstance(html, str) else html.strip()):
        raise Rejected("empty page")
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise Rejected("no article text found in the page")
    if len(text) < MIN_TEXT_CHARS:
        raise Rejected(f"main text too short ({len(text)} chars < {MIN_TEXT_CHARS}): not an article")
    published = _parse_date(doc.date)
    if published is None:
        try:
            published = _parse_date(find_date(html, url=url, original_date=True, extensive_search=False))
        except (ValueError, TypeError):
            published = None
    return Page(
        url=url,
        title=(doc.title or None),
        text=text,
        published_at=published,
        sitename=doc.sitename or doc.hostname or None,
        language=doc.language or detect_language(text),
    )
