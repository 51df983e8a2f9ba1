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
from flows.http.fetch import Fetcher, Request
from flows.ingest import select_entries
from flows.stages.poll import poll_all
from tests.faults import fast_settings, refused_port, silent_server
from tests.matrix import EXPECTED, RUSSIAN, install


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
