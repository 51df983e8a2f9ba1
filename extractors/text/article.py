"""Article pages: main text and metadata from HTML bytes (trafilatura, with htmldate as fallback)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime

import trafilatura
from htmldate import find_date

from extractors.figures import extract_figures
from extractors.records import Figure, Page
from extractors.text.charset import Undecodable, decode_html
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


def _check(text: str, html: str | bytes, doc=None) -> tuple[str, str]:
    """The article's text and its access ('full', or 'teaser' for a paywalled page's title, standfirst and
    lead), or raise Rejected when the text is no article: empty, too short, a cookie wall, or a paywall
    stub with neither lead nor standfirst."""
    wall = wall_reason(text, html)
    if wall == "paywall stub":  # kept as a teaser: its headline and lead often carry the figure
        teaser = teaser_text(doc.title if doc else None, doc.description if doc else None, text)
        if not teaser:
            raise Rejected("paywall stub: no article text in the page (no lead, no standfirst)")
        return teaser, "teaser"
    if not text:
        raise Rejected(
            f"{wall}: no article text in the page" if wall else "no article text found in the page"
        )
    if len(text) < MIN_TEXT_CHARS:
        what = wall or "not an article"
        raise Rejected(f"{what}: main text too short ({len(text)} chars < {MIN_TEXT_CHARS})")
    if wall:
        raise Rejected(f"{wall}: only {len(text)} chars of text and a prompt to {_PROMPT[wall]}")
    return text, "full"


def _bare(html: str, url: str, precision: bool):
    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=precision,
        favor_recall=not precision,
    )


def plain_page(text: str, url: str) -> Page:
    """An article served as text/plain: a short first line followed by a blank line is its title."""
    doc = parse_seed("", text)
    body, access = _check(doc.text.strip(), doc.text)
    body, title_end = separate_title(body, doc.title)
    return Page(url, doc.title, body, doc.published_at, None, detect_language(body), title_end, access=access)


def _decode(html: str | bytes, content_type: str | None) -> tuple[str, str | None, str | None]:
    """The page as text, with the charset used and where it came from (declared, detected, fallback)."""
    if isinstance(html, str):
        return html, None, None
    try:
        decoded = decode_html(html, content_type)
    except Undecodable as exc:
        raise Rejected(str(exc)) from None
    return decoded.text, decoded.charset, decoded.source


def extract_page(html: str | bytes, url: str, content_type: str | None = None) -> Page:
    """Extract the main text and metadata of an article page, or raise Rejected with the reason.

    Bytes are decoded here (extractors/text/charset.py: declared, else detected, else undecodable). A
    text/plain page is taken as text. When the precise extraction finds no text at all (an article laid
    out in a table, say), a second one that favours recall is tried before the page is rejected."""
    if not html or not (html.strip() if isinstance(html, str) else html.strip()):
        raise Rejected("empty page")
    html, charset, source = _decode(html, content_type)
    if "text/plain" in (content_type or "").lower() and not _MARKUP.search(html[:2000]):
        return replace(plain_page(html, url), charset=charset, charset_source=source)
    doc = _bare(html, url, precision=True)
    if doc is None or not (doc.text or "").strip():
        doc = _bare(html, url, precision=False) or doc
    text, access = _check((doc.text or "").strip() if doc is not None else "", html, doc)
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
        charset=charset,
        charset_source=source,
        access=access,
    )
