"""Article pages: main text and metadata from HTML bytes (trafilatura, with htmldate as fallback)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import trafilatura
from htmldate import find_date

from extractors.figures import extract_figures
from extractors.records import Figure, Page
from extractors.text.charset import decode_xml
from extractors.text.seed import parse_seed

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
_MARKUP = re.compile(r"<(!doctype|html|head|body|p|div|article|br)\b", re.IGNORECASE)
_TITLE_SITE = re.compile(r"\s+[-–—|:]\s+")  # "Headline - Outlet", "Outlet | Headline"
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


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


def _title_key(line: str) -> str:
    return _EDGE_PUNCT.sub("", " ".join(line.casefold().split()))


def _is_title(line: str, title: str) -> bool:
    """Whether a line of text is the page's title (case, spacing, edge punctuation and an outlet's name
    before or after a separator aside)."""
    key = _title_key(line)
    if not key:
        return False
    return key == _title_key(title) or key in {_title_key(p) for p in _TITLE_SITE.split(title) if p}


def separate_title(text: str, title: str | None) -> tuple[str, int]:
    """The text with its leading title line made a paragraph of its own (so that no sentence runs from
    the title into the first paragraph) and repeats of it dropped ("Title\nTitle\nBody" is one title).
    Returns the text and the length of that title paragraph (0 when the text does not start with it)."""
    if not title:
        return text, 0
    lines = text.split("\n")
    if not _is_title(lines[0], title):
        return text, 0
    rest = lines[1:]
    while rest and (not rest[0].strip() or _is_title(rest[0], title)):
        rest = rest[1:]
    head = lines[0].strip()
    if not rest:
        return head, len(head)
    return f"{head}\n\n" + "\n".join(rest), len(head)


def page_figures(page: Page, as_of: date | None, language: str | None = None) -> list[Figure]:
    """The page's figures, read in `language`. A figure in its title paragraph that the body reports too
    (same kind, value and unit) is one mention: the body's, whose sentence says more."""
    figures = extract_figures(page.text, as_of, language=language)
    if not page.title_end:
        return figures
    body = {(f.kind, f.value, f.unit) for f in figures if f.start >= page.title_end}
    return [f for f in figures if f.start >= page.title_end or (f.kind, f.value, f.unit) not in body]


def _check(text: str, html: str | bytes) -> None:
    """Raise Rejected when the text is no article: empty, too short, or a cookie wall or paywall stub."""
    wall = wall_reason(text, html)
    if not text:
        raise Rejected(
            f"{wall}: no article text in the page" if wall else "no article text found in the page"
        )
    if len(text) < MIN_TEXT_CHARS:
        what = wall or "not an article"
        raise Rejected(f"{what}: main text too short ({len(text)} chars < {MIN_TEXT_CHARS})")
    if wall:
        raise Rejected(f"{wall}: only {len(text)} chars of text and a prompt to {_PROMPT[wall]}")


def _bare(html: str | bytes, url: str, precision: bool):
    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=precision,
        favor_recall=not precision,
    )


def plain_page(body: str | bytes, url: str, content_type: str = "") -> Page:
    """An article served as text/plain: a short first line followed by a blank line is its title."""
    raw = body if isinstance(body, str) else decode_xml(body, content_type).text
    doc = parse_seed("", raw)
    text = doc.text.strip()
    _check(text, text)
    text, title_end = separate_title(text, doc.title)
    return Page(url, doc.title, text, doc.published_at, None, detect_language(text), title_end)


def extract_page(html: str | bytes, url: str, content_type: str = "") -> Page:
    """Extract the main text and metadata of an article page, or raise Rejected with the reason.

    A text/plain page is taken as text. When the precise extraction finds no text at all (an article
    laid out in a table, say), a second one that favours recall is tried before the page is rejected."""
    if not html or not (html.strip() if isinstance(html, str) else html.strip()):
        raise Rejected("empty page")
    head = html[:2000] if isinstance(html, str) else html[:2000].decode("latin-1")
    if "text/plain" in content_type.lower() and not _MARKUP.search(head):
        return plain_page(html, url, content_type)
    doc = _bare(html, url, precision=True)
    if doc is None or not (doc.text or "").strip():
        doc = _bare(html, url, precision=False) or doc
    text = (doc.text or "").strip() if doc is not None else ""
    _check(text, html)
    published = _parse_date(doc.date)
    if published is None:
        try:
            published = _parse_date(find_date(html, url=url, original_date=True, extensive_search=False))
        except (ValueError, TypeError):
            published = None
    title = doc.title or None
    text, title_end = separate_title(text, title)
    return Page(
        url=url,
        title=title,
        text=text,
        published_at=published,
        sitename=doc.sitename or None,  # og:site_name or publisher; extractors.text.outlet decides the outlet
        language=doc.language or detect_language(text),
        title_end=title_end,
    )
