"""Polling feeds: conditional GET, body hash, backoff across runs, and what each poll means.

`poll_all` fetches every feed that is due concurrently and judges each response:
- a feed whose next allowed fetch (`feeds.next_fetch_at`) is in the future is skipped;
- a 304, or a body whose hash equals the stored one, is unchanged: nothing is re-processed;
- a fetch error, an empty body or a document with no entries and a problem is a failed poll: a
  `failures` row, and the feed backs off linearly (capped; a Retry-After can only lengthen it);
- an ill-formed feed with salvaged entries loads them and still gets a `failures` row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from extractors.records import Entry, Failure, FeedSpec
from extractors.text.aggregator import resolve_offline
from extractors.text.feed import ParsedFeed, parse_feed
from extractors.text.scope import in_scope
from extractors.text.urls import canonical_url
from flows.http.fetch import Request, Response, fetch_many
from flows.http.polite import next_feed_fetch
from flows.settings import Settings
from flows.watch import Watch
from warehouse.queries import FeedState

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"

Fetch = Callable[[Sequence[Request], Settings], list[Response]]


@dataclass(frozen=True, slots=True)
class FeedPoll:
    feed: FeedSpec
    response: Response | None  # None: not fetched, the feed is backing off
    parsed: ParsedFeed | None
    body_hash: str | None
    unchanged: bool
    failure: Failure | None
    error: str | None = None  # why the poll failed (feeds.last_error); None when it loaded or was unchanged
    etag: str | None = None
    last_modified: str | None = None
    next_fetch_at: datetime | None = None  # the next allowed fetch after a failure
    skipped_until: datetime | None = None
    failures_in_row: int = 0
    rejected: tuple[Failure, ...] = ()  # item links that are not http(s), one `failures` row each

    @property
    def failures(self) -> tuple[Failure, ...]:
        """Every `failures` row of this poll: the poll's own, then one per rejected item link."""
        return ((self.failure,) if self.failure else ()) + self.rejected

    @property
    def skipped(self) -> bool:
        return self.response is None

    @property
    def outcome(self) -> str:
        """One line for the run summary."""
        if self.skipped:
            n = self.failures_in_row
            return (
                f"skipped: backing off after {n} failure{'' if n == 1 else 's'} in a row, "
                f"next fetch allowed at {self.skipped_until.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"
            )
        if self.error is not None:
            return f"failed: {self.error}"
        if self.unchanged:
            return "unchanged (304)" if self.response.not_modified else "unchanged (same body)"
        n = len(self.parsed.entries) if self.parsed else 0
        links = f"; {len(self.rejected)} item link(s) not http(s), not followed" if self.rejected else ""
        return f"ok: {n} entries" + (f"; {self.failure.reason}" if self.failure else "") + links


def conditional_headers(state: FeedState | None) -> dict[str, str]:
    headers = {"Accept": FEED_ACCEPT}
    if state is not None:
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
    return headers


def is_due(state: FeedState | None, now: datetime) -> bool:
    return state is None or state.next_fetch_at is None or state.next_fetch_at <= now


def judge(
    feed: FeedSpec, response: Response, state: FeedState | None, settings: Settings, now: datetime
) -> FeedPoll:
    """What one feed response means (pure apart from parsing)."""
    failures_before = state.consecutive_failures if state else 0

    def failed(reason: str) -> FeedPoll:
        return FeedPoll(
            feed,
            response,
            None,
            None,
            False,
            Failure("feed", feed.url, reason),
            error=reason,
            next_fetch_at=next_feed_fetch(
                failures_before + 1,
                settings.feed_backoff,
                settings.feed_backoff_max,
                response.retry_after,
                now,
            ),
            failures_in_row=failures_before + 1,
        )

    if response.error is not None:
        return failed(response.error)
    etag = response.headers.get("etag") or None
    last_modified = response.headers.get("last-modified") or None
    if response.not_modified:
        return FeedPoll(
            feed,
            response,
            None,
            None,
            True,
            None,
            etag=etag or (state.etag if state else None),
            last_modified=last_modified or (state.last_modified if state else None),
        )
    body_hash = hashlib.sha256(response.body).hexdigest()
    if state is not None and state.body_hash == body_hash:
        return FeedPoll(feed, response, None, body_hash, True, None, etag=etag, last_modified=last_modified)
    if not response.body.strip():
        return failed("empty body")
    parsed = parse_feed(response.body, response.final_url, response.headers, settings.max_entries, feed.name)
    if parsed.problem and not parsed.entries:
        problem = parsed.problem
        return failed(problem if problem.startswith("not a feed") else f"ill-formed feed: {problem}")
    if feed.language:  # the feeds file's language is the hint for every entry
        parsed = replace(parsed, entries=tuple(replace(e, language=feed.language) for e in parsed.entries))
    failure = None
    if parsed.problem:
        failure = Failure(
            "feed", feed.url, f"ill-formed feed: {parsed.problem} ({len(parsed.entries)} entries salvaged)"
        )
    rejected = tuple(Failure("feed", r.link, r.reason) for r in parsed.rejected)
    poll = FeedPoll(feed, response, parsed, body_hash, False, failure, etag=etag, last_modified=last_modified)
    return replace(poll, rejected=rejected)


def poll_all(
    feeds: Sequence[FeedSpec],
    states: Mapping[str, FeedState],
    settings: Settings,
    fetch: Fetch = fetch_many,
    now: datetime | None = None,
) -> list[FeedPoll]:
    """Poll every due feed concurrently (conditional GET); feeds that are backing off are skipped."""
    now = now or datetime.now(UTC)
    due = [f for f in feeds if is_due(states.get(f.url), now)]
    responses = fetch([Request(f.url, conditional_headers(states.get(f.url))) for f in due], settings)
    judged = {
        feed.url: judge(feed, response, states.get(feed.url), settings, now)
        for feed, response in zip(due, responses, strict=True)
    }
    polls = []
    for feed in feeds:
        if feed.url in judged:
            polls.append(judged[feed.url])
            continue
        state = states[feed.url]
        polls.append(
            FeedPoll(
                feed,
                None,
                None,
                None,
                False,
                None,
                skipped_until=state.next_fetch_at,
                failures_in_row=state.consecutive_failures,
            )
        )
    return polls


def select_entries(polls: Sequence[FeedPoll], watch: Watch) -> tuple[list[tuple[Entry, str]], int]:
    """Entries in topic scope, one per canonical URL, with that URL. Also returns how many were seen."""
    chosen: dict[str, Entry] = {}
    seen = 0
    for poll in polls:
        if poll.parsed is None:
            continue
        for entry in poll.parsed.entries:
            seen += 1
            entry = resolve_offline(entry)  # a Google News link that carries the publisher's URL
            url = canonical_url(entry.url)
            if url is None or url in chosen:
                continue
            if in_scope(watch.topic.keywords, entry.title, entry.summary, entry.content):
                chosen[url] = entry
    return [(entry, url) for url, entry in chosen.items()], seen
