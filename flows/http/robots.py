"""robots.txt for article pages: fetched once per origin and run, through the same HTTP layer.

The rules follow RFC 9309: a robots.txt that is missing or refused (4xx) allows everything; one that
cannot be reached (5xx, timeout, connection error, guard refusal) disallows everything for this run.
Only the first 500 KiB are parsed. A Crawl-delay (up to `MAX_CRAWL_DELAY`) widens the host's spacing.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from protego import Protego

if TYPE_CHECKING:
    from flows.http.fetch import Response

AGENT = "newsmon"
MAX_ROBOTS_BYTES = 500 * 1024
MAX_CRAWL_DELAY = 10.0


@dataclass(frozen=True, slots=True)
class Rules:
    parser: Protego | None  # None: allow all or disallow all, as `allow_all` says
    allow_all: bool
    note: str = ""
    refused: bool = False  # the site itself is refused (SSRF guard): `note` is the guard's reason

    def allows(self, url: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return self.parser.can_fetch(url, AGENT)

    def crawl_delay(self) -> float | None:
        return self.parser.crawl_delay(AGENT) if self.parser is not None else None


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def rules_from(response: Response) -> Rules:
    """The rules a robots.txt response sets, per RFC 9309."""
    if response.ok:
        text = response.body[:MAX_ROBOTS_BYTES].decode("utf-8", "replace")
        try:
            return Rules(Protego.parse(text), True)
        except Exception as exc:  # protego raises plain errors on odd input; treat as no rules
            return Rules(None, True, f"unparsable robots.txt ignored ({type(exc).__name__})")
    if response.status is not None and 400 <= response.status < 500:
        return Rules(None, True, f"no robots.txt (HTTP {response.status})")
    if response.error and response.error.startswith("refused"):  # the guard: say so, not robots
        return Rules(None, False, response.error, refused=True)
    return Rules(None, False, f"robots.txt unreachable ({response.error or response.status})")


class RobotsCache:
    """Per-origin robots.txt rules, each origin fetched once (concurrent callers wait for it)."""

    def __init__(
        self,
        fetch: Callable[[str], Awaitable[Response]],
        on_crawl_delay: Callable[[str, float], None] | None = None,
    ):
        self._fetch = fetch
        self._on_crawl_delay = on_crawl_delay
        self._rules: dict[str, Rules] = {}
        self._locks: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def rules(self, url: str) -> Rules:
        key = origin(url)
        async with self._locks[key]:
            if key not in self._rules:
                rules = rules_from(await self._fetch(key + "/robots.txt"))
                delay = rules.crawl_delay()
                if delay and self._on_crawl_delay is not None:
                    self._on_crawl_delay(urlsplit(url).hostname or "", min(float(delay), MAX_CRAWL_DELAY))
                self._rules[key] = rules
            return self._rules[key]

    async def refusal(self, url: str) -> str | None:
        """Why robots.txt forbids fetching `url`, or None when it may be fetched."""
        rules = await self.rules(url)
        if rules.allows(url):
            return None
        if rules.refused:
            return rules.note
        if rules.parser is None:
            return f"not fetched: {rules.note}, so the site is treated as disallowed (RFC 9309)"
        return f"disallowed by {origin(url)}/robots.txt for {AGENT}"
