"""Typed, frozen records passed between the stages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from extractors.text.inert import inert_reason


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """One feed of the watch, as written in the feeds file."""

    name: str
    url: str
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Topic:
    """Keywords that put an entry in scope; an empty tuple puts every entry in scope."""

    keywords: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a parsed feed."""

    feed_url: str
    url: str
    title: str
    summary: str
    published_at: datetime | None
    guid: str | None = None
    content: str = ""  # full content when the feed carries it (content:encoded, atom:content)
    feed_name: str | None = None  # the feed's name in the watch (the outlet of pages on its own domain)
    language: str | None = None  # the feed's language (feeds file, else the feed's own <language>): a hint
    via_url: str | None = None  # the aggregator link (Google News) this entry's URL was decoded from


@dataclass(frozen=True, slots=True)
class Page:
    """Text and metadata extracted from an article page."""

    url: str
    title: str | None
    text: str
    published_at: datetime | None
    sitename: str | None
    language: str | None
    title_end: int = 0  # the text starts with its title as a paragraph of its own, this long (0: it does not)
    charset: str | None = None  # codec the page's bytes were decoded with
    charset_source: str | None = None  # declared | detected | fallback
    access: str = "full"  # full | teaser (a paywalled page: title, standfirst and lead only)


@dataclass(frozen=True, slots=True)
class Article:
    article_id: str
    url: str | None
    canonical_url: str | None
    title: str | None
    source: str | None
    published_at: datetime | None
    text: str
    content_hash: str
    is_seed: bool = False
    feed_url: str | None = None
    language: str | None = None
    charset: str | None = None
    charset_source: str | None = None
    access: str = "full"  # full | teaser (a paywalled page's visible text)
    via_url: str | None = None  # the aggregator link that led to the page


@dataclass(frozen=True, slots=True)
class Figure:
    """A casualty or displacement figure, traceable to its words by offsets into the article text."""

    kind: str
    value: int
    qualifier: str
    unit: str
    start: int
    end: int
    sentence: str
    low: int | None = None
    high: int | None = None
    vague: str | None = None
    term: str | None = None
    scope: str = "unknown"
    attribution: str | None = None
    location: str | None = None
    as_of: date | None = None
    text: str | None = None  # the verbatim span from start to end
    period_start: date | None = None  # start of the counting period ("since April"); never the as-of date


@dataclass(frozen=True, slots=True)
class Failure:
    """A rejected input: it becomes a `failures` row, never just a log line."""

    stage: str
    url: str | None
    reason: str

    def __post_init__(self) -> None:
        # Reasons quote the web (status lines, parser messages): stored one-line, without control or
        # bidi characters, with a hash of the raw text when anything was dropped.
        object.__setattr__(self, "reason", inert_reason(self.reason))


@dataclass(frozen=True, slots=True)
class Duplicate:
    """How an article relates to an earlier one."""

    article_id: str
    duplicate_of: str
    method: str  # url | hash | near
    similarity: float


Series = tuple[str | None, str, str, str | None]  # (topic, kind, unit, location)


@dataclass(frozen=True, slots=True)
class Alert:
    """One row of the `alerts` table."""

    alert_id: str
    topic: str | None
    kind: str
    unit: str
    location: str | None
    change: str  # first | rise
    value: int
    qualifier: str
    as_of: date | None
    previous_value: int | None
    previous_qualifier: str | None
    previous_as_of: date | None
    sources: int
    figure_id: str
    article_id: str
    title: str | None
    url: str | None
    outlet: str | None
    published_at: datetime | None
    quote: str | None
    quote_start: int | None
    quote_end: int | None
    other_outlets: tuple[str, ...]
    status: str = "pending"
    attempts: int = 0
    last_error: str | None = None
    created_at: datetime | None = None
    last_attempt_at: datetime | None = None
    sent_at: datetime | None = None
    message_id: str | None = None
    run_id: str = ""
    language: str | None = None  # of the reported figure's article (ISO 639-1)

    @property
    def series(self) -> Series:
        return (self.topic, self.kind, self.unit, self.location)


@dataclass(frozen=True, slots=True)
class Point:
    """One dated cumulative report of a series, as drawn on its chart."""

    day: date
    value: int
    qualifier: str
    outlet: str | None
    title: str | None
    url: str | None
    sentence: str | None
    is_duplicate: bool
    is_revision: bool  # lower than the headline, for a later date (headline_changes' 'revision')


@dataclass(slots=True)
class Chart:
    """One series (topic, place, kind, unit) as one small chart with its own y-axis."""

    series_id: str
    topic: str
    place: str
    kind: str
    unit: str
    points: list[Point]  # dated cumulative reports, in read order
    steps: list[tuple[date, int, str]]  # the headline's first and rises: (day, value, qualifier)
    incidents: list[tuple[date, int]]  # (day, sum of incident figures)


@dataclass(slots=True)
class Health:
    run: dict[str, Any] | None
    failures: list[dict[str, Any]]  # stage, count, example url, example reason
    feeds: list[dict[str, Any]]
    alerts: dict[str, int]
    counts: dict[str, int]
