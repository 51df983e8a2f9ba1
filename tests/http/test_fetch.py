"""The HTTP layer against real servers on 127.0.0.1: redirects, retries, Retry-After, politeness, robots."""

import asyncio
import threading
import time

import pytest

from flows.http.fetch import Fetcher, Request
from flows.http.polite import next_feed_fetch, parse_retry_after
from tests.faults import fast_settings, flaky, redirect_to, trickle
from tests.localsite import LocalSite, Route


def fetch(settings, *requests):
    async def run():
        async with Fetcher(settings) as fetcher:
            return await fetcher.fetch_all(requests)

    return asyncio.run(run())


def test_user_agent_names_newsmon_and_the_contact(site):
    fetch(fast_settings(contact="ops@example.org"), Request(site.url("/feeds/libya.xml?ua")))
    agent = site.requests_to("/feeds/libya.xml?ua")[-1]["user-agent"]
    assert agent.startswith("newsmon/") and "+ops@example.org" in agent


def test_five_redirects_are_followed_and_a_sixth_is_not(site):
    for i in range(1, 7):
        site.routes[f"/hop/{i}"] = Route(
            handler=redirect_to(f"/hop/{i + 1}" if i < 6 else "/feeds/libya.xml")
        )
    (five,) = fetch(fast_settings(), Request(site.url("/hop/2")))
    assert five.ok and five.final_url == site.url("/feeds/libya.xml")
    (six,) = fetch(fast_settings(), Request(site.url("/hop/1")))
    assert six.status is None and "too many redirects (more than 5)" in six.error


def test_redirect_loop_and_redirect_to_another_scheme(site):
    site.routes["/loop/a"] = Route(handler=redirect_to("/loop/b"))
    site.routes["/loop/b"] = Route(handler=redirect_to("/loop/a"))
    site.routes["/to-file"] = Route(handler=redirect_to("file:///etc/passwd"))
    loop, file = fetch(fast_settings(), Request(site.url("/loop/a")), Request(site.url("/to-file")))
    assert "redirect loop" in loop.error
    assert "only http and https" in file.error


def test_transient_errors_are_retried_with_backoff(site):
    site.routes["/flaky/500"] = Route(handler=flaky(2, 500, b"<rss version='2.0'><channel/></rss>"))
    (response,) = fetch(fast_settings(), Request(site.url("/flaky/500")))
    assert response.ok and response.attempts == 3
    assert site.statuses_of("/flaky/500") == [500, 500, 200]


def test_retries_are_bounded(site):
    site.routes["/flaky/503"] = Route(handler=flaky(10, 503, b""))
    (response,) = fetch(fast_settings(retries=1), Request(site.url("/flaky/503")))
    assert response.error == "HTTP 503 Service Unavailable (after 2 attempts)"
    assert len(site.requests_to("/flaky/503")) == 2


@pytest.mark.parametrize(("status", "reason"), [(404, "HTTP 404 Not Found"), (410, "HTTP 410 Gone")])
def test_client_errors_are_not_retried(site, status, reason):
    path = f"/gone/{status}"
    site.routes[path] = Route(status, b"no", {"Content-Type": "text/plain"})
    (response,) = fetch(fast_settings(), Request(site.url(path)))
    assert response.error == reason and response.attempts == 1
    assert len(site.requests_to(path)) == 1


def test_retry_after_is_honoured(site):
    handler = flaky(1, 429, b"<rss version='2.0'><channel/></rss>", {"Retry-After": "1"})
    site.routes["/flaky/429"] = Route(handler=handler)
    (response,) = fetch(fast_settings(), Request(site.url("/flaky/429")))
    assert response.ok and response.attempts == 2
    assert handler.times[1] - handler.times[0] >= 0.95


def test_a_retry_after_beyond_the_cap_is_not_waited_for(site):
    site.routes["/flaky/429-long"] = Route(handler=flaky(5, 429, b"", {"Retry-After": "3600"}))
    (response,) = fetch(fast_settings(), Request(site.url("/flaky/429-long")))
    assert response.status == 429 and response.attempts == 1 and response.retry_after == 3600
    assert "not retried: Retry-After 3600 s is longer than NEWSMON_RETRY_MAX_DELAY" in response.error


def test_retry_after_parsing_and_feed_backoff():
    assert parse_retry_after("120") == 120
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    from datetime import UTC, datetime, timedelta

    now = datetime(2024, 1, 1, tzinfo=UTC)
    assert next_feed_fetch(0, 3600, 86400, now=now) is None
    assert next_feed_fetch(3, 3600, 86400, now=now) == now + timedelta(hours=3)
    assert next_feed_fetch(40, 3600, 86400, now=now) == now + timedelta(hours=24)  # linear, capped
    assert next_feed_fetch(1, 3600, 86400, retry_after=7200, now=now) == now + timedelta(hours=2)
    assert next_feed_fetch(1, 3600, 86400, retry_after=10**9, now=now) == now + timedelta(hours=24)


def test_per_host_concurrency_and_spacing_hold(site):
    lock = threading.Lock()
    state = {"now": 0, "max": 0, "starts": []}

    def counting(h):
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
            state["starts"].append(time.monotonic())
        time.sleep(0.5)
        with lock:
            state["now"] -= 1
        h.send_response(200)
        h.send_header("Content-Length", "2")
        h.end_headers()
        h.wfile.write(b"ok")

    site.routes["/polite"] = Route(handler=counting)
    settings = fast_settings(per_host=2, host_delay=0.2, fetch_deadline=5, read_timeout=5)
    responses = fetch(settings, *(Request(site.url(f"/polite?{i}")) for i in range(6)))
    assert all(r.ok for r in responses)
    assert state["max"] == 2
    starts = sorted(state["starts"])
    # spaced by the host delay (0.2 s), less the jitter of connecting vs. reusing a connection
    assert min(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 0.12


def test_the_total_deadline_stops_a_trickling_body(site):
    site.routes["/trickle"] = Route(handler=trickle(total=100, every=0.2))
    (response,) = fetch(fast_settings(fetch_deadline=1, read_timeout=5), Request(site.url("/trickle")))
    assert "deadline" in response.error and response.attempts == 1
    assert response.elapsed < 3


def test_not_modified_has_no_body(site):
    (first,) = fetch(fast_settings(), Request(site.url("/feeds/libya.atom")))
    etag = first.headers["etag"]
    (second,) = fetch(fast_settings(), Request(site.url("/feeds/libya.atom"), {"If-None-Match": etag}))
    assert second.not_modified and second.body == b"" and second.error is None


@pytest.fixture
def robots_site():
    with LocalSite() as s:
        s.routes["/robots.txt"] = Route(
            200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"}
        )
        s.routes["/private/a.html"] = Route(200, b"<p>secret</p>", {"Content-Type": "text/html"})
        yield s


def test_robots_txt_is_obeyed_for_pages_and_fetched_once_per_host(robots_site):
    s = robots_site
    pages = [Request(s.url(p), robots=True) for p in ("/articles/derna.html", "/private/a.html")]
    allowed, refused = fetch(fast_settings(), *pages, Request(s.url("/articles/stub.html"), robots=True))[:2]
    assert allowed.ok
    assert refused.error == f"disallowed by {s.base}/robots.txt for newsmon"
    assert not s.requests_to("/private/a.html")
    assert len(s.requests_to("/robots.txt")) == 1
    (feed,) = fetch(fast_settings(), Request(s.url("/private/a.html")))  # feeds do not consult robots
    assert feed.ok


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (403, True), (503, False)])
def test_robots_txt_status_rules(robots_site, status, allowed):
    robots_site.routes["/robots.txt"] = Route(status, b"", {"Content-Type": "text/plain"})
    (page,) = fetch(fast_settings(retries=0), Request(robots_site.url("/articles/derna.html"), robots=True))
    assert page.ok is allowed
    if not allowed:
        assert "robots.txt unreachable (HTTP 503" in page.error
