"""A Google News style feed: links that carry the publisher's URL are decoded offline (no request to the
aggregator), the others are fetched and their redirects followed; either way the article is stored
under the publisher's URL with the aggregator link in `via_url`. Loops and non-http(s) hops are refused."""

from __future__ import annotations

import base64

import pytest

import flows.http.guard as guard
from extractors.text.aggregator import decode_google_news
from flows.ingest import ingest
from tests.conftest import write_feeds
from tests.durability import rows
from tests.faults import redirect_to
from tests.localsite import Route

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _varint(n: int) -> bytes:
    out = b""
    while True:
        low, n = n & 0x7F, n >> 7
        out += bytes([low | 0x80]) if n else bytes([low])
        if not n:
            return out


def google_id(payload: str, amp: str | None = None) -> str:
    """An article id of the shape Google News uses: base64 of a protobuf whose field 4 is the URL
    (older links) or an opaque token (newer ones), with an optional AMP URL in field 26."""
    msg = b"\x08\x13\x22" + _varint(len(payload)) + payload.encode()
    if amp:
        msg += b"\xd2\x01" + _varint(len(amp)) + amp.encode()
    return base64.urlsafe_b64encode(msg).decode().rstrip("=")


def test_decoding_offline_the_old_shape_but_not_the_token_shape():
    url = "https://www.example-wire.com/world/libya-clashes-2024-05-06/"
    link = f"https://news.google.com/rss/articles/{google_id(url, url + 'amp/')}?oc=5"
    assert decode_google_news(link) == url
    assert (
        decode_google_news(f"https://news.google.com/rss/articles/{google_id('AU_yqLOPq1x2')}?oc=5") is None
    )
    assert decode_google_news("https://news.google.com/rss/articles/!!notbase64") is None
    assert decode_google_news(f"https://example.com/rss/articles/{google_id(url)}") is None


def test_a_google_news_feed_stores_publisher_urls_with_via_url(local_env, tmp_path, db_path, monkeypatch):
    site = local_env
    gnews = f"http://news.google.com:{site.port}"
    real = guard.system_resolver

    async def resolver(host, port):  # the aggregator's host is served by the local site
        return ["127.0.0.1"] if host == "news.google.com" else await real(host, port)

    monkeypatch.setattr(guard, "system_resolver", resolver)
    decoded = google_id(site.url("/articles/derna.html"))
    token, loop, ftp, script = (google_id(f"AU_yqL{name}") for name in ("redirect", "loop", "ftp", "script"))
    site.routes[f"/rss/articles/{token}"] = Route(
        handler=redirect_to(site.url("/articles/benghazi-flood.html"))
    )
    site.routes[f"/rss/articles/{loop}"] = Route(handler=redirect_to(f"{gnews}/rss/articles/{loop}?oc=5"))
    site.routes[f"/rss/articles/{ftp}"] = Route(handler=redirect_to("ftp://files.example/libya.html"))
    site.routes[f"/rss/articles/{script}"] = Route(
        200, b"<html><script>location='x'</script></html>", {"Content-Type": "text/html"}
    )
    items = "".join(
        f"<item><title>Libya story {i}</title><link>{gnews}/rss/articles/{gid}?oc=5</link></item>"
        for i, gid in enumerate((decoded, token, loop, ftp, script))
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>g</title>{items}</channel></rss>'
    site.routes["/gnews/rss.xml"] = Route(200, feed.encode(), {"Content-Type": "application/rss+xml"})
    feeds = write_feeds(tmp_path / "feeds.toml", site, [("Google News", "/gnews/rss.xml")])

    assert ingest(feeds_file=str(feeds), db=str(db_path)).status == "completed"
    stored = dict(rows(db_path, "SELECT url, via_url FROM articles WHERE NOT is_seed"))
    assert stored == {
        site.url("/articles/derna.html"): f"{gnews}/rss/articles/{decoded}?oc=5",
        site.url("/articles/benghazi-flood.html"): f"{gnews}/rss/articles/{token}?oc=5",
    }
    assert not site.requests_to(f"/rss/articles/{decoded}?oc=5")  # decoded offline: never fetched
    failures = dict(rows(db_path, "SELECT url, reason FROM failures WHERE stage IN ('page', 'extract')"))
    assert failures[f"{gnews}/rss/articles/{loop}?oc=5"].startswith("redirect loop")
    assert "only http and https are fetched" in failures[f"{gnews}/rss/articles/{ftp}?oc=5"]
    assert failures[f"{gnews}/rss/articles/{script}?oc=5"].startswith("aggregator link not resolved")

    # the feed changes: its stored items (by publisher URL or by link) are not fetched again
    changed = feed.replace("<title>g</title>", "<title>g, again</title>").encode()
    site.routes["/gnews/rss.xml"] = Route(200, changed, {"Content-Type": "application/rss+xml"})
    ingest(feeds_file=str(feeds), db=str(db_path))
    assert len(site.requests_to(f"/rss/articles/{token}?oc=5")) == 1
