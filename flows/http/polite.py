"""Politeness: per-host concurrency and spacing, Retry-After, and backoff within and across runs."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

# Statuses worth another try within a run; 501 (not implemented) and 505 (version) never change.
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504, 507, 509, 520, 521, 522, 523, 524})


class HostGate:
    """At most `per_host` requests in flight to one host, starting at least `delay` seconds apart,
    and none before the time a Retry-After from that host asked for.

    A start is claimed only once the shared (global) slot is held too, so time spent queueing for
    the global limit can never bunch two starts to one host together.
    """

    def __init__(self, per_host: int, delay: float):
        self.delay = delay
        self._slots: dict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(per_host))
        self._last_start: dict[str, float] = {}
        self._not_before: dict[str, float] = {}
        self._delays: dict[str, float] = {}

    def set_delay(self, host: str, seconds: float) -> None:
        """A longer spacing for one host (robots.txt Crawl-delay)."""
        self._delays[host] = max(seconds, self.delay)

    def hold_off(self, host: str, seconds: float) -> None:
        """No new request to `host` for `seconds` (Retry-After)."""
        until = time.monotonic() + seconds
        self._not_before[host] = max(self._not_before.get(host, 0.0), until)

    def _due(self, host: str) -> float:
        last = self._last_start.get(host)
        spaced = last + self._delays.get(host, self.delay) if last is not None else 0.0
        return max(spaced, self._not_before.get(host, 0.0))

    @asynccontextmanager
    async def slot(self, host: str, shared: asyncio.Semaphore) -> AsyncIterator[None]:
        """Hold one of the host's slots and one `shared` slot, starting when the host is due."""
        async with self._slots[host]:
            while True:
                wait = self._due(host) - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                await shared.acquire()
                if self._due(host) <= time.monotonic():  # claim the start (no await in between)
                    self._last_start[host] = time.monotonic()
                    break
                shared.release()  # another request to this host started meanwhile: wait again
            try:
                yield
            finally:
                shared.release()


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks to wait (delta-seconds or an HTTP date); None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def retry_delay(attempt: int, base: float, retry_after: float | None) -> float:
    """Seconds before retry number `attempt` (1-based): Retry-After when given, else exponential."""
    if retry_after is not None:
        return retry_after
    return base * (2 ** (attempt - 1))


def next_feed_fetch(
    failures_in_row: int,
    step: float,
    cap: float,
    retry_after: float | None = None,
    now: datetime | None = None,
) -> datetime | None:
    """When a feed may be fetched again: None after a success, else linear backoff capped at `cap`.

    A Retry-After longer than the backoff wins (within the same cap).
    """
    if failures_in_row <= 0:
        return None
    seconds = min(step * failures_in_row, cap)
    if retry_after is not None:
        seconds = max(seconds, min(retry_after, cap))
    return (now or datetime.now(UTC)) + timedelta(seconds=seconds)


PAGE_RETRY_CAP = 12 * 3600.0  # longest wait before a pending page is fetched again


def next_page_retry(
    attempts: int,
    base: float,
    now: datetime,
    retry_after: float | None = None,
    jitter: float = 1.0,
) -> datetime:
    """When a page that failed transiently `attempts` times is due again: `base` seconds doubled per
    attempt, times `jitter` (0.8-1.2, so pages that failed together do not come back together), capped
    at 12 h; a longer Retry-After wins within the cap. A base of 0 makes it due at once (the next run)."""
    seconds = base * (2 ** max(attempts - 1, 0)) * jitter
    if retry_after is not None and base > 0:
        seconds = max(seconds, retry_after)
    return now + timedelta(seconds=min(seconds, PAGE_RETRY_CAP))


def header(headers: Mapping[str, str], name: str) -> str | None:
    """A header by case-insensitive name."""
    name = name.lower()
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None
