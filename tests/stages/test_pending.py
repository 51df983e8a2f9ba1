"""Pages that fail transiently wait in `pending_pages` and are fetched again by later runs, even when
their feed answers 304; permanent failures are never retried; a page whose feed left the watch is dropped."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta

import pytest

from extractors.records import Entry
from flows.cli import main
from flows.http.fetch import Response
from flows.http.polite import PAGE_RETRY_CAP, next_page_retry
from flows.ingest import ingest
from flows.settings import Settings
from flows.stages.pending import plan_retries, settle
from tests.conftest import write_feeds
from tests.durability import rows
from tests.localsite import FIXTURES, Route

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Flaky wire</title><link>{base}/</link><description>d</description>
<item><title>Libya: clashes in Tripoli</title><link>{base}{page}</link><guid>{page}</guid>
<pubDate>Mon, 06 May 2024 09:30:00 GMT</pubDate><description>Libya</description></item>
</channel></rss>"""


def _flaky(statuses):
    """A route handler answering the given statuses in turn, then 200 with a real article page."""
    body = (FIXTURES / "articles" / "tripoli-clashes.html").read_bytes()
    answers = itertools.chain(statuses, itertools.repeat(200))

    def handler(request):
        status = next(answers)
        payload = body if status == 200 else b"busy"
        request.send_response(status)
        request.send_header("Content-Type", "text/html; charset=utf-8" if status == 200 else "text/plain")
        request.send_header("Content-Length", str(len(payload)))
        request.end_headers()
        request.wfile.write(payload)

    return handler


def _feed(site, name: str, page: str) -> str:
    body = FEED.format(base=site.base, page=page).encode()
    site.routes[f"/pending/{name}.xml"] = Route(
        200, body, {"Content-Type": "application/rss+xml", "ETag": f'"{name}-1"'}
    )
    return f"/pending/{name}.xml"


def _status(capsys, db_path) -> str:
    capsys.readouterr()
    assert main(["status", "--db", str(db_path)]) == 0
    return capsys.readouterr().out


@pytest.mark.usefixtures("prefect_harness")
def test_a_page_503_twice_behind_a_304_feed_is_stored_by_the_third_run(
    local_env, tmp_path, db_path, monkeypatch, capsys
):
    site = local_env
    monkeypatch.setenv("NEWSMON_RETRIES", "0")
    monkeypatch.setenv("NEWSMON_PAGE_RETRY_BACKOFF", "0")
    monkeypatch.setenv("COLUMNS", "300")
    page = "/pending/flaky-story.html"
    site.routes[page] = Route(handler=_flaky([503, 503]))
    feeds = write_feeds(tmp_path / "feeds.toml", site, [("Flaky wire", _feed(site, "flaky", page))])
    stored = "SELECT count(*) FROM articles WHERE canonical_url LIKE '%flaky-story%'"

    first = ingest(feeds_file=str(feeds), db=str(db_path))
    assert first.counts["pages_pending"] == 1
    assert rows(db_path, stored) == [(0,)]
    assert rows(db_path, "SELECT attempts, last_reason FROM pending_pages") == [
        (1, "HTTP 503 Service Unavailable")
    ]
    assert not [r for r in rows(db_path, "SELECT url FROM failures") if "flaky-story" in (r[0] or "")]
    assert "pages pending retry: 1" in _status(capsys, db_path)

    second = ingest(feeds_file=str(feeds), db=str(db_path))
    assert second.feeds[0][2] == "unchanged (304)"  # the feed did not change: the page is retried anyway
    assert rows(db_path, "SELECT attempts FROM pending_pages") == [(2,)]
    assert "pages pending retry: 1" in _status(capsys, db_path)

    third = ingest(feeds_file=str(feeds), db=str(db_path))
    assert third.feeds[0][2] == "unchanged (304)"
    assert rows(db_path, stored) == [(1,)]
    assert rows(db_path, "SELECT count(*) FROM pending_pages") == [(0,)]
    assert site.statuses_of(page) == [503, 503, 200]
    assert "pages pending retry" not in _status(capsys, db_path)


@pytest.mark.usefixtures("prefect_harness")
def test_permanent_failures_are_not_retried_and_a_page_of_a_removed_feed_is_dropped(
    local_env, tmp_path, db_path, monkeypatch
):
    site = local_env
    monkeypatch.setenv("NEWSMON_RETRIES", "0")
    monkeypatch.setenv("NEWSMON_PAGE_RETRY_BACKOFF", "0")
    site.routes["/pending/gone.html"] = Route(404, b"gone", {"Content-Type": "text/plain"})
    site.routes["/pending/down.html"] = Route(handler=_flaky([502] * 10))
    feeds = write_feeds(
        tmp_path / "feeds.toml",
        site,
        [
            ("Gone", _feed(site, "gone", "/pending/gone.html")),
            ("Down", _feed(site, "down", "/pending/down.html")),
        ],
    )
    ingest(feeds_file=str(feeds), db=str(db_path))
    ingest(feeds_file=str(feeds), db=str(db_path))
    assert site.statuses_of("/pending/gone.html") == [404]  # a 404 is a failure at once, never retried
    assert rows(db_path, "SELECT url, attempts FROM pending_pages") == [(site.url("/pending/down.html"), 2)]

    only_gone = write_feeds(tmp_path / "gone.toml", site, [("Gone", "/pending/gone.xml")])
    ingest(feeds_file=str(only_gone), db=str(db_path))
    assert rows(db_path, "SELECT count(*) FROM pending_pages") == [(0,)]
    assert site.statuses_of("/pending/down.html") == [502, 502]
    (reason,) = [r for u, r in rows(db_path, "SELECT url, reason FROM failures") if u.endswith("/down.html")]
    assert "HTTP 502 Bad Gateway" in reason and "no longer in the feeds file" in reason


def _response(status: int, transient: bool) -> Response:
    return Response("u", "u", status, {}, b"", error=f"HTTP {status}", transient=transient)


def test_backoff_doubles_with_jitter_is_capped_and_gives_up_after_the_last_retry():
    now = datetime(2024, 5, 6, tzinfo=UTC)
    assert next_page_retry(1, 300, now) == now + timedelta(seconds=300)
    assert next_page_retry(3, 300, now) == now + timedelta(seconds=1200)
    assert next_page_retry(30, 300, now) == now + timedelta(seconds=PAGE_RETRY_CAP)
    assert next_page_retry(4, 0, now, retry_after=120) == now  # 0: due at the next run
    assert next_page_retry(1, 300, now, retry_after=900) == now + timedelta(seconds=900)

    settings = Settings.from_env({"NEWSMON_PAGE_RETRY_MAX": "2", "NEWSMON_PAGE_RETRY_BACKOFF": "300"})
    entry = Entry("feed", "https://x.test/a", "t", "", None)
    previous = {}
    rng = random.Random(7)
    for attempt in (1, 2):
        settled = settle([(entry, "https://x.test/a", _response(503, True))], previous, settings, now, rng)
        (page,) = settled.pending
        assert page.attempts == attempt and not settled.failures
        waited = (page.next_due_at - now).total_seconds()
        assert 0.8 * 300 * 2 ** (attempt - 1) <= waited <= 1.2 * 300 * 2 ** (attempt - 1)
        previous = {page.canonical_url: page}
    settled = settle([(entry, "https://x.test/a", _response(503, True))], previous, settings, now, rng)
    assert not settled.pending and settled.done == ("https://x.test/a",)
    assert "gave up after 3 failed attempt(s)" in settled.failures[0].reason

    settled = settle([(entry, "https://x.test/a", _response(404, False))], previous, settings, now, rng)
    assert settled.done == ("https://x.test/a",) and not settled.pending and not settled.failures

    retries = plan_retries(list(previous.values()), {"feed"}, now)
    assert not retries.due and retries.waiting == {"https://x.test/a"}
