"""Article pages: main text and metadata from HTML bytes (trafilatura, with htmldate as fallback)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import trafilatura
from htmldate import find_date

from extractors.records import Page
from extractors.text.charset import Undecodable, decode_html

MIN_TEXT_CHARS = 200
# A page this short that also asks for consent or a subscription is a wall or a stub, not an article.
WALL_TEXT_CHARS = 1500

_COOKIE_WALL = re.compile(
    r"\b(accept|agree to|consent to|allow|enable) (all |the use of |our )?cookies\b|"
    r"\bcookie (settings|preferences|consent|policy)\b|\bwe (and our partners )?use cookies\b|"
    r"\bthis (web)?site uses cookies\b|\bcookies akzeptieren\b|\baccepter les cookies\b",
    re.IGNORECASE,
)
_PAYWALL = re.compile(
    r"\b(subscribe|log ?in|sign ?in|register)( now| today)? to (continue|keep) reading\b|"
    r"\b(for|only for|exclusive to) subscribers\b|\bsubscribers only\b|\balready a subscriber\b|"
    r"\bthis (article|story|content) is (only )?(available|reserved) (to|for) (subscribers|members)\b|"
    r"\b(create|register for) a free account to (continue|read)\b|\bsubscription required\b|"
    r"\bpremium (article|content)\b",
    re.IGNORECASE,
)
_NOT_FREE = re.compile(r"""["']isAccessibleForFree["']\s*:\s*["']?false""", re.IGNORECASE)
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)


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


_PROMPT = {"paywall stub": "subscribe", "cookie wall": "accept cookies"}


def wall_reason(text: str, html: str | bytes) -> str | None:
    """'cookie wall' or 'paywall stub' when a short page asks for consent or a subscription."""
    if len(text) >= WALL_TEXT_CHARS:
        return None
    markup = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    visible = text or _TAGS.sub(" ", markup[:50_000])
    if _PAYWALL.search(visible) or _NOT_FREE.search(markup):
        return "paywall stub"
    if _COOKIE_WALL.search(visible):
        return "cookie wall"
    return None


def teaser_text(title: str | None, standfirst: str | None, text: str) -> str:
    """The visible part of a paywalled page: title, standfirst and lead, without the prompts to
    subscribe. Empty when there is neither a lead nor a standfirst (a title alone is no text)."""
    lead = [line.strip() for line in text.splitlines() if line.strip() and not _PAYWALL.search(line)]
    lead = [line for line in lead if not _COOKIE_WALL.search(line)]
    stand = (standfirst or "").strip()
    if stand and (_PAYWALL.search(stand) or any(stand in line for line in lead)):
        stand = ""
    if not lead and not stand:
        return ""
    parts = [(title or "").strip(), stand, *lead]
    kept: list[str] = []
    for part in parts:
        if part and not any(part in other for other in kept):
            kept.append(part)
    return "\n\n".join(kept)


def extract_page(html: str | bytes, url: str, content_type: str | None = None) -> Page:
    """Extract the main text and metadata of an article page, or raise Rejected with the reason.
    Bytes are decoded here (extractors/text/charset.py: declared, else detected, else undecodable)."""
    if not html or not (html.strip() if isinstance(html, str) else html.strip()):
        raise Rejected("empty page")
    charset = source = None
    if isinstance(html, bytes):
        try:
            decoded = decode_html(html, content_type)
        except Undecodable as exc:
            raise Rejected(str(exc)) from None
        html, charset, source = decoded.text, decoded.charset, decoded.source
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = (doc.text or "").strip() if doc is not None else ""
    wall, access = wall_reason(text, html), "full"
    if wall == "paywall stub":  # kept as a teaser: its headline and lead often carry the figure
        text, access = (
            teaser_text(doc.title if doc else None, doc.description if doc else None, text),
            "teaser",
        )
        if not text:
            raise Rejected("paywall stub: no article text in the page (no lead, no standfirst)")
    elif not text:
        raise Rejected(
            f"{wall}: no article text in the page" if wall else "no article text found in the page"
        )
    elif len(text) < MIN_TEXT_CHARS:
        what = wall or "not an article"
        raise Rejected(f"{what}: main text too short ({len(text)} chars < {MIN_TEXT_CHARS})")
    elif wall:
        raise Rejected(f"{wall}: only {len(text)} chars of text and a prompt to {_PROMPT[wall]}")
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
        charset=charset,
        charset_source=source,
        access=access,
    )
