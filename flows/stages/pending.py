"""Pages that failed for a transient reason are fetched again by later runs, whatever their feed does.

- `read_pending`: the `pending_pages` rows, read-only at the start of a run.
- `plan_retries`: which are due (fetched this run, even when their feed answered 304), which wait
  (not fetched even when their feed lists them again), and which are dropped because their feed left
  the feeds file (a `failures` row each).
- `settle`: after the fetch, a page that failed transiently again gets its attempts and next due time
  (exponential backoff with jitter, capped at 12 h), or, past NEWSMON_PAGE_RETRY_MAX retries, a
  `failures` row with its last reason; any other outcome takes it off the list. 404, 410, the SSRF
  guard, a body too large are not transient: they are failures at once and never retried.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from extractors.records import Entry, Failure
from flows.http.fetch import Response
from flows.http.polite import next_page_retry
from flows.settings import Settings
from warehouse.db import DatabaseLocked, open_readonly
from warehouse.pending import PendingPage, read_all


@dataclass(frozen=True, slots=True)
class Retries:
    due: list[tuple[Entry, str]]  # (entry, canonical URL) to fetch this run
    waiting: frozenset[str]  # canonical URLs not due yet
    dropped: list[Failure]
    done: list[str]  # canonical URLs to take off the list
    previous: Mapping[str, PendingPage] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Settled:
    pending: tuple[PendingPage, ...]  # rows to write
    done: tuple[str, ...]  # canonical URLs to remove
    failures: tuple[Failure, ...]  # pages given up


def read_pending(db: Path, lock_timeout: float) -> list[PendingPage]:
    """The pending pages; none while the file stays locked (they wait for the next run)."""
    try:
        with open_readonly(db, lock_timeout=lock_timeout) as con:
            return read_all(con)
    except DatabaseLocked:
        return []


def _entry(page: PendingPage) -> Entry:
    return Entry(
        page.feed_url or "", page.url, page.title or "", "", page.published_at, page.guid, "", page.via_url
    )


def plan_retries(pages: Sequence[PendingPage], feed_urls: Collection[str], now: datetime) -> Retries:
    due, waiting, dropped, done = [], set(), [], []
    for page in pages:
        if page.feed_url not in feed_urls:
            dropped.append(
                Failure(
                    "page",
                    page.url,
                    f"{page.last_reason}; not retried any more: its feed {page.feed_url} is no longer in "
                    f"the feeds file ({page.attempts} failed attempt(s))",
                )
            )
            done.append(page.canonical_url)
        elif page.next_due_at <= now:
            due.append((_entry(page), page.canonical_url))
        else:
            waiting.add(page.canonical_url)
    previous = {p.canonical_url: p for p in pages}
    return Retries(due, frozenset(waiting), dropped, done, previous)


def settle(
    fetched: Sequence[tuple[Entry, str, Response]],
    previous: Mapping[str, PendingPage],
    settings: Settings,
    now: datetime,
    rng: random.Random | None = None,
) -> Settled:
    """What the fetch outcomes change in `pending_pages` (see the module's docstring)."""
    rng = rng or random.Random()
    pending, done, failures = [], [], []
    for entry, canonical, response in fetched:
        before = previous.get(canonical)
        if not response.transient:
            if before is not None:
                done.append(canonical)
            continue
        attempts = (before.attempts if before else 0) + 1
        reason = response.error or "transient failure"
        if attempts > settings.page_retry_max:
            failures.append(
                Failure("page", entry.url, f"{reason}; gave up after {attempts} failed attempt(s)")
            )
            if before is not None:
                done.append(canonical)
            continue
        due = next_page_retry(
            attempts, settings.page_retry_backoff, now, response.retry_after, rng.uniform(0.8, 1.2)
        )
        pending.append(
            PendingPage(
                canonical, entry.url, entry.feed_url or None, entry.title or None, entry.published_at,
                entry.guid, entry.via_url, attempts, reason, before.first_failed_at if before else now, now, due,
            )
        )  # fmt: skip
    return Settled(tuple(pending), tuple(done), tuple(failures))


def with_retries(entries: Sequence[tuple[Entry, str]], retries: Retries) -> list[tuple[Entry, str]]:
    """The feeds' entries minus the pending pages not due yet, plus the due ones their feeds did not list."""
    chosen = [(e, url) for e, url in entries if url not in retries.waiting]
    listed = {url for _, url in chosen}
    return chosen + [(e, url) for e, url in retries.due if url not in listed]
