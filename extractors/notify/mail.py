"""Composing an alert e-mail: subject, plain-text and HTML parts. Pure: no I/O, no settings lookups.

Everything that comes from an article (title, sentence, outlet, location) is untrusted: it is stripped of
control characters before it goes near a header, escaped in HTML, and never decides a recipient.
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import UTC, datetime, time
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from extractors.records import Alert

_QUALIFIER_WORDS = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "over ",
    "about": "about ",
    "up_to": "up to ",
    "fewer_than": "fewer than ",
}
_NOUNS = {
    "killed": "deaths",
    "injured": "injuries",
    "displaced": "displaced people",
    "missing": "missing people",
    "arrested": "arrests",
    "kidnapped": "kidnappings",
}
_HTTP_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
MAX_SUBJECT = 200


def _blank_controls(text: str) -> str:
    """Each control, format or line/paragraph-separator character replaced by one space (offsets kept)."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text)


def one_line(text: str | None, limit: int | None = None) -> str:
    """`text` with control characters and line breaks made spaces, runs of spaces collapsed, maybe cut."""
    cleaned = " ".join(_blank_controls(text or "").split())
    if limit is not None and len(cleaned) > limit:
        cleaned = cleaned[: limit - 1].rstrip() + "…"
    return cleaned


def figure_text(value: int | None, qualifier: str | None) -> str:
    """'over 500', '653', 'at least 2,300'."""
    if value is None:
        return "none"
    return f"{_QUALIFIER_WORDS.get(qualifier or 'exact', '')}{value:,}"


def what(alert: Alert) -> str:
    """'reported deaths', 'reported displaced households'."""
    noun = _NOUNS.get(alert.kind, alert.kind)
    if alert.unit == "households":
        noun = f"{alert.kind} households"
    return f"reported {noun}"


def subject(alert: Alert) -> str:
    """'Libya: reported deaths rose to 653 (was over 500)'."""
    where = ", ".join(p for p in (one_line(alert.topic), one_line(alert.location)) if p)
    new = figure_text(alert.value, alert.qualifier)
    if alert.previous_value is None:
        text = f"{what(alert)}: {new} (first figure)"
    else:
        text = (
            f"{what(alert)} rose to {new} (was {figure_text(alert.previous_value, alert.previous_qualifier)})"
        )
    return one_line(f"{where}: {text}" if where else text, MAX_SUBJECT)


def quote_span(text: str, sentence: str | None, start: int, end: int) -> tuple[str, int | None, int | None]:
    """The sentence that reports a figure, and the number's offsets in it (None when it cannot be found)."""
    number = text[start:end] if 0 <= start < end <= len(text) else ""
    quote = sentence or number
    if not quote:
        return "", None, None
    at = text.rfind(quote, 0, end) if number else -1
    if at != -1 and at <= start and end <= at + len(quote):
        return quote, start - at, end - at
    found = quote.find(number) if number else -1
    return (quote, found, found + len(number)) if found != -1 else (quote, None, None)


def _shell_quoted(sql: str) -> str:
    return '"' + re.sub(r'(["\\$`])', r"\\\1", sql) + '"'


def _date(alert: Alert) -> str:
    """The article's publication time (just the date when no time of day is known), else the as-of date."""
    if alert.published_at is not None:
        published = alert.published_at.astimezone(UTC)
        return published.strftime("%Y-%m-%d" if published.time() == time() else "%Y-%m-%d %H:%M UTC")
    return alert.as_of.isoformat() if alert.as_of else "unknown"


def _quote_parts(alert: Alert) -> tuple[str, str, str]:
    """The quote split around the number: (before, number, after); the number is '' when not located."""
    raw = _blank_controls(alert.quote or "")
    s, e = alert.quote_start, alert.quote_end
    if s is None or e is None or not 0 <= s < e <= len(raw):
        return raw, "", ""
    return raw[:s], raw[s:e], raw[e:]


def _quoted_plain(alert: Alert) -> str:
    before, number, after = _quote_parts(alert)
    marked = f"{before}**{number}**{after}" if number else before
    return '"' + " ".join(marked.split()) + '"'


def plain_body(alert: Alert, explore: str) -> str:
    """The plain-text body; `explore` is the query quoted under 'Explore it'."""
    others = [o for o in alert.other_outlets if o != alert.outlet]
    lines = [
        subject(alert),
        "",
        f"New figure:       {figure_text(alert.value, alert.qualifier)} (as of {alert.as_of or 'unknown'})",
        "Previous figure:  "
        + (
            f"{figure_text(alert.previous_value, alert.previous_qualifier)} (as of {alert.previous_as_of or 'unknown'})"
            if alert.previous_value is not None
            else "none (first figure of this series)"
        ),
        f"Independent sources reporting at least {alert.value:,}: {alert.sources}",
        "",
        _quoted_plain(alert),
        f"Language:         {alert.language or 'unknown'} (the sentence is quoted as published)",
        "",
        f"Source:  {one_line(alert.outlet) or 'unknown outlet'}: {one_line(alert.title) or '(untitled)'}",
        f"Link:    {one_line(alert.url) or '(no link)'}",
        f"Date:    {_date(alert)}",
        f"Other outlets reporting it: {', '.join(one_line(o) for o in others) or 'none yet'}",
        "",
        "Explore it:",
        f"  newsmon sql {_shell_quoted(explore)}",
        "",
        f"-- newsmon alert {alert.alert_id}",
    ]
    return "\n".join(lines) + "\n"


def _quoted_html(alert: Alert) -> str:
    before, number, after = _quote_parts(alert)
    marked = html.escape(before)
    if number:
        marked += f"<mark><strong>{html.escape(number)}</strong></mark>{html.escape(after)}"
    return " ".join(marked.split())


def _lang_attr(alert: Alert) -> str:
    """A lang attribute for the quote when the language is a plain code ("ar", "fr")."""
    code = (alert.language or "").strip()
    return f' lang="{code}"' if code.isascii() and code.replace("-", "").isalpha() and len(code) <= 8 else ""


def html_body(alert: Alert, explore: str) -> str:
    esc = html.escape
    others = [o for o in alert.other_outlets if o != alert.outlet]
    url = one_line(alert.url)
    link = f'<a href="{esc(url)}">{esc(url)}</a>' if _HTTP_URL.match(url) else esc(url or "(no link)")
    previous = (
        f"{esc(figure_text(alert.previous_value, alert.previous_qualifier))} (as of {esc(str(alert.previous_as_of or 'unknown'))})"
        if alert.previous_value is not None
        else "none (first figure of this series)"
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(subject(alert))}</title></head>
<body style="font-family: sans-serif; max-width: 42em">
<h2 style="font-size: 1.2em">{esc(subject(alert))}</h2>
<table>
<tr><th align="left">New figure</th><td><strong>{esc(figure_text(alert.value, alert.qualifier))}</strong> (as of {esc(str(alert.as_of or "unknown"))})</td></tr>
<tr><th align="left">Previous figure</th><td>{previous}</td></tr>
<tr><th align="left">Independent sources</th><td>{alert.sources} reporting at least {alert.value:,}</td></tr>
</table>
<blockquote dir="auto"{_lang_attr(alert)} style="border-left: 3px solid #999; margin-left: 0; padding-left: 1em; padding-right: 1em">{_quoted_html(alert)}</blockquote>
<p>Language: {esc(alert.language or "unknown")} (the sentence is quoted as published)<br>
Source: <bdi>{esc(one_line(alert.outlet) or "unknown outlet")}</bdi>: <em dir="auto">{esc(one_line(alert.title) or "(untitled)")}</em><br>
Link: {link}<br>
Date: {esc(_date(alert))}<br>
Other outlets reporting it: {esc(", ".join(one_line(o) for o in others) or "none yet")}</p>
<p>Explore it:</p>
<pre style="white-space: pre-wrap">newsmon sql {esc(_shell_quoted(explore))}</pre>
<p style="color: #666; font-size: 0.8em">newsmon alert {esc(alert.alert_id)}</p>
</body></html>
"""


def message_id(alert: Alert, sender: str) -> str:
    """Deterministic, so a mail system can drop a copy if one is ever delivered twice."""
    domain = re.sub(r"[^A-Za-z0-9.-]", "", sender.rpartition("@")[2]) or "newsmon.invalid"
    return f"<newsmon.{alert.alert_id}@{domain}>"


def compose(
    alert: Alert, sender: str, recipients: tuple[str, ...], explore: str, now: datetime | None = None
) -> EmailMessage:
    """The e-mail for one alert: plain text first, HTML as the alternative; `explore` is its query."""
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = subject(alert)
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Date"] = format_datetime(now or datetime.now(UTC))
    msg["Message-ID"] = message_id(alert, sender)
    msg["X-Newsmon-Alert"] = alert.alert_id
    msg.set_content(plain_body(alert, explore))
    msg.add_alternative(html_body(alert, explore), subtype="html")
    return msg
