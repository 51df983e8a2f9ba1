"""The fault matrix: every case served by a real server on 127.0.0.1, all polled in one run with a good feed.

For each case: a clear `failures` row (stage, URL, reason) where it is a failure, no hang (the
deadline holds), and the good feed of the same run unaffected. Memory is checked for the big bodies.
"""

import asyncio
import time
import tracemalloc
from datetime import UTC, datetime, timedelta

import pytest

from extractors.records import FeedSpec
from flows.fetch import Fetcher, Request
from flows.ingest import select_entries
from flows.poll import poll_all
from tests.faults import (
    fast_settings,
    flaky,
    gzip_bomb,
    huge,
    redirect_to,
    refused_port,
    rss,
    silent_server,
    trickle,
)
from tests.localsite import Route
from tests.test_feed_parsing import BILLION_LAUGHS, RUSSIAN

SIXTY_MB = 60 * 1000 * 1000
XML = {"Content-Type": "application/rss+xml; charset=utf-8"}


def good_rss(site, slug: str) -> bytes:
    return rss([(f"Libya: {slug} story", site.url(f"/articles/{slug}.html"))]).encode()


def install(site, prefix: str = "/fault") -> None:
    """Register every case's route on the local site under `prefix` (stateful handlers start afresh)."""
    r = _Prefixed(site.routes, prefix)
    r["/fault/500-twice"] = Route(handler=flaky(2, 500, good_rss(site, "after-500")))
    r["/fault/429-short"] = Route(handler=flaky(1, 429, good_rss(site, "after-429"), {"Retry-After": "1"}))
    r["/fault/429-long"] = Route(handler=flaky(9, 429, b"", {"Retry-After": "3600"}))
    r["/fault/404"] = Route(404, b"not here", {"Content-Type": "text/plain"})
    r["/fault/410"] = Route(410, b"gone", {"Content-Type": "text/plain"})
    r["/fault/trickle"] = Route(handler=trickle(total=500, every=1.0))
    r["/fault/60mb-length"] = Route(handler=huge(SIXTY_MB, with_length=True))
    r["/fault/60mb-stream"] = Route(handler=huge(SIXTY_MB, with_length=False))
    bomb = gzip_bomb(64 * 1024 * 1024)
    r["/fault/gzip-bomb"] = Route(200, bomb, {**XML, "Content-Encoding": "gzip"})
    r["/fault/gzip-gzip-bomb"] = Route(
        200, gzip_bomb(64 * 1024 * 1024, 2), {**XML, "Content-Encoding": "gzip, gzip"}
    )
    r["/fault/loop"] = Route(handler=redirect_to(f"{prefix}/loop-back"))
    r["/fault/loop-back"] = Route(handler=redirect_to(f"{prefix}/loop"))
    r["/fault/metadata"] = Route(handler=redirect_to("http://169.254.169.254/latest/meta-data/"))
    malformed = good_rss(site, "malformed").replace(b"</channel></rss>", b"<item><title>Libya & co</title>")
    r["/fault/malformed"] = Route(200, malformed, XML)
    r["/fault/billion-laughs"] = Route(200, BILLION_LAUGHS.encode(), XML)
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<rss version="2.0"><channel><title>x</title><item><title>Libya &xxe;</title>'
        f"<link>{site.url('/articles/xxe.html')}</link></item></channel></rss>"
    )
    r["/fault/xxe"] = Route(200, xxe.encode(), XML)
    lying = rss([(RUSSIAN, site.url("/articles/ru.html"))], encoding="windows-1251").encode("windows-1251")
    r["/fault/charset-lies"] = Route(200, lying, XML)  # says utf-8 in the header
    dupes = rss(
        [
            ("Libya one", site.url("/articles/one.html#guid=g1")),
            ("Libya one again", site.url("/articles/one-again.html#guid=g1")),
            ("Libya two", site.url("/articles/two.html?utm_source=rss&utm_medium=feed")),
            ("Libya two, plain", site.url("/articles/two.html")),
        ]
    ).encode()
    r["/fault/duplicates"] = Route(200, dupes, XML)
    html = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>"
    r["/fault/html"] = Route(200, html, {"Content-Type": "text/html; charset=utf-8"})
    r["/fault/empty"] = Route(200, b"", XML)


class _Prefixed(dict):
    def __init__(self, routes: dict, prefix: str):
        super().__init__()
        self.routes, self.prefix = routes, prefix

    def __setitem__(self, path: str, route: Route) -> None:
        self.routes[path.replace("/fault", self.prefix, 1)] = route


# case -> expected failure reason fragment (None: the case must load without a failure row)
EXPECTED = {
    "500-twice": None,
    "429-short": None,
    "429-long": "HTTP 429 Too Many Requests; not retried: Retry-After 3600 s",
    "404": "HTTP 404 Not Found",
    "410": "HTTP 410 Gone",
    "refused": "cannot connect",
    "silent": "timed out (no data) (after 3 attempts)",  # the read timeout, retried
    "trickle": "timed out: no complete response within the 1.5 s deadline",  # each read is in time
    "60mb-length": "body too large: Content-Length 60000000 bytes > cap 1048576",
    "60mb-stream": "body too large: more than 1048576 bytes",
    "gzip-bomb": "body too large once decoded: more than 2097152 bytes (a compression bomb?)",
    "gzip-gzip-bomb": "body too large once decoded: more than 2097152 bytes (a compression bomb?)",
    "loop": "redirect loop",
    "metadata": "refused by the SSRF guard: 169.254.169.254 is a link-local address",
    "malformed": "ill-formed feed: SAXParseException",
    "billion-laughs": "ill-formed feed: DOCTYPE with entity declarations removed",
    "xxe": "ill-formed feed: DOCTYPE with entity declarations removed",
    "charset-lies": "ill-formed feed: charset lies: Content-Type says utf-8; decoded as cp1251",
    "duplicates": None,
    "html": "not a feed: the server sent an HTML page (text/html)",
    "empty": "empty body",
    "good": None,
}


@pytest.fixture(scope="module")
def matrix(site):
    install(site)
    with silent_server() as silent_port:
        urls = {case: site.url(f"/fault/{case}") for case in EXPECTED}
        urls["good"] = site.url("/feeds/libya.xml")
        urls["refused"] = f"http://127.0.0.1:{refused_port()}/feed.xml"
        urls["silent"] = f"http://127.0.0.1:{silent_port}/feed.xml"
        feeds = [FeedSpec(case, url) for case, url in urls.items()]
        started = time.monotonic()
        # a byte a second passes a 1.4 s read timeout: only the total deadline stops the trickle
        polls = poll_all(feeds, {}, fast_settings(read_timeout=1.4))
        wall = time.monotonic() - started
    return {p.feed.name: p for p in polls}, wall


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_each_fault_has_a_clear_outcome_and_no_hang(matrix, case):
    polls, _ = matrix
    poll = polls[case]
    expected = EXPECTED[case]
    if expected is None:
        assert poll.failure is None and poll.error is None, poll.failure
    else:
        assert poll.failure is not None, poll.outcome
        assert (poll.failure.stage, poll.failure.url) == ("feed", poll.feed.url)
        assert expected in poll.failure.reason
    # the deadline holds: at most 3 attempts of 1.5 s each, plus short backoffs
    assert poll.response.elapsed < 7


def test_the_run_is_bounded_and_the_good_feed_is_unaffected(matrix, site):
    polls, wall = matrix
    assert wall < 15
    good = polls["good"]
    assert good.parsed is not None and len(good.parsed.entries) >= 5 and good.failure is None
    assert polls["500-twice"].response.attempts == 3 and polls["429-short"].response.attempts == 2


def test_failed_polls_back_off_and_salvaged_ones_do_not(matrix):
    polls, _ = matrix
    now = datetime.now(UTC)
    for case in ("404", "refused", "trickle", "html", "empty", "metadata"):
        assert polls[case].error is not None
        assert now + timedelta(minutes=55) < polls[case].next_fetch_at <= now + timedelta(hours=1, minutes=1)
    assert polls["429-long"].next_fetch_at >= now + timedelta(seconds=3590)  # Retry-After wins
    for case in ("malformed", "billion-laughs", "xxe", "charset-lies"):
        assert polls[case].error is None and polls[case].parsed.entries, case


def test_salvaged_content_is_right(matrix, site):
    polls, _ = matrix
    assert [e.title for e in polls["charset-lies"].parsed.entries] == [RUSSIAN]
    for case in ("billion-laughs", "xxe"):
        text = repr(polls[case].parsed)
        assert "lollol" not in text and "root:" not in text
    assert [e.url for e in polls["malformed"].parsed.entries] == [site.url("/articles/malformed.html")]


def test_duplicate_guids_and_utm_parameters_collapse(matrix, site):
    polls, _ = matrix
    dupes = polls["duplicates"]
    assert [e.title for e in dupes.parsed.entries] == ["Libya one", "Libya two", "Libya two, plain"]

    class Topic:
        keywords = ("Libya",)

    class Watch:
        topic = Topic()

    entries, seen = select_entries([dupes], Watch())
    assert seen == 3
    base = f"https://127.0.0.1:{site.port}"
    assert [url for _, url in entries] == [f"{base}/articles/one.html", f"{base}/articles/two.html"]


@pytest.mark.parametrize("case", ["60mb-stream", "60mb-length", "gzip-bomb", "gzip-gzip-bomb"])
def test_big_bodies_use_bounded_memory(site, matrix, case):
    async def run():
        async with Fetcher(fast_settings(retries=0)) as fetcher:
            return await fetcher.fetch(Request(site.url(f"/fault/{case}")))

    tracemalloc.start()
    try:
        response = asyncio.run(run())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.error and "too large" in response.error
    assert peak < 12 * 1024 * 1024  # caps are 1 MiB raw, 2 MiB decoded; the bodies are 60 MB
