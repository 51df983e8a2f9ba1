"""Outlet names: the feed's name on its own domain, else the page's registered domain, a page's own name only
when it matches that domain (or next to it); never a line of text, never `host:port`, never over 80 chars."""

import asyncio

import pytest

from extractors.records import Entry
from extractors.text.outlet import (
    MAX_OUTLET,
    clean_name,
    outlet_name,
    registered_domain,
    seed_outlet,
)
from flows.http.fetch import Fetcher, Request
from flows.stages.extract import extract_one
from tests.faults import fast_settings
from tests.localsite import Route

DATELINE = "LONDON (Wire) - In a joint statement on Tuesday, the ministers called for calm"


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://news.bbc.co.uk:8080/world", "bbc.co.uk"),
        ("https://www.libyaobserver.ly/news/x", "libyaobserver.ly"),
        ("https://someone.blogspot.com/2024/05/x.html", "someone.blogspot.com"),  # a private suffix
        ("http://127.0.0.1:5000/a", None),
        ("http://intranet.invalid-suffix-zz/a", None),
        ("not a url", None),
    ],
)
def test_registered_domain(url, domain):
    assert registered_domain(url) == domain


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("Libya Observer", "Libya Observer"),
        ("  The\nGuardian ", "The Guardian"),
        ("@AJEnglish", "AJEnglish"),
        (DATELINE, None),  # a text line
        ("LONDON (Wire)", None),  # a dateline
        ("TRIPOLI, Libya", None),
        ("Clashes resume. Ministers call for calm", None),  # a sentence
        ("127.0.0.1:8123", None),  # host:port
        ("news.example.com:8080", None),
        ("https://reuters.com", None),
        ("Home | Libya Herald", None),  # a title with its separator
        ("A" * 61, None),
        ("2024", None),
        ("", None),
        (None, None),
    ],
)
def test_what_can_be_a_name(name, clean):
    assert clean_name(name) == clean


@pytest.mark.parametrize(
    ("page", "site_name", "feed_name", "feed_url", "outlet"),
    [
        # the feed's own domain: the feed's configured name, whatever the page says
        ("https://www.libyaobserver.ly/n/1", "Reuters", "Libya Observer", "https://libyaobserver.ly/feed", "Libya Observer"),
        ("https://news.wire.example.com/a", DATELINE, "Wire", "https://feeds.wire.example.com/rss", "Wire"),
        ("http://127.0.0.1:8123/a", "127.0.0.1:8123", "Local wire", "http://127.0.0.1:8123/feed.xml", "Local wire"),
        # elsewhere: the page's name when it is the domain's own name
        ("https://www.theguardian.com/world/x", "The Guardian", "Aggregator", "https://agg.example.net/f", "The Guardian"),
        ("https://news.bbc.co.uk/x", "BBC News", None, None, "BBC News"),
        ("https://www.afp.com/en/x", "Agence France-Presse", None, None, "Agence France-Presse"),
        ("https://english.alarabiya.net/x", "Al Arabiya English", None, None, "Al Arabiya English"),
        # a feed hosted elsewhere (FeedBurner) named after the page's site
        ("https://www.libyaobserver.ly/n/1", None, "Libya Observer", "https://feeds.feedburner.com/lo", "Libya Observer"),
        # a name the domain does not bear is shown next to it
        ("https://example-mirror.net/x", "Reuters", None, None, "Reuters (via example-mirror.net)"),
        ("https://reuters-news.net/x", "Reuters", None, None, "Reuters (via reuters-news.net)"),
        # no name, a text line, a host or the title: the registered domain
        ("https://example-mirror.net/x", None, None, None, "example-mirror.net"),
        ("https://www.example-mirror.net/x", DATELINE, None, None, "example-mirror.net"),
        ("https://example-mirror.net/x", "reuters.com", None, None, "example-mirror.net"),
        ("https://example-mirror.net:8443/x", "example-mirror.net:8443", None, None, "example-mirror.net"),
        # no registered domain: the bare host, never host:port
        ("http://127.0.0.1:8123/a", "127.0.0.1:8123", "Other", "http://10.1.2.3/feed", "127.0.0.1"),
        ("http://localhost:8000/a", None, None, None, "localhost"),
        ("", "Reuters", None, None, None),
    ],
)  # fmt: skip
def test_outlet_rule(page, site_name, feed_name, feed_url, outlet):
    assert outlet_name(page, site_name, feed_name, feed_url) == outlet


def test_the_pages_title_is_not_its_outlet():
    title = "Tripoli clashes"
    assert outlet_name("https://a.example.com/x", title, title=title) == "example.com"
    # a home page whose title is the site's name keeps it
    assert outlet_name("https://libyaherald.com/", "Libya Herald", title="Libya Herald") == "Libya Herald"


def test_no_outlet_is_over_80_characters():
    long_name = "Libyan " * 5 + "News"  # 39 chars: a name, but not next to a long domain
    host = "a" * 60 + ".com"
    shown = outlet_name(f"https://{host}/x", long_name)
    assert shown == host and len(shown) <= MAX_OUTLET
    feed = outlet_name("https://x.example.com/a", None, "F" * 59, "https://example.com/f")
    assert feed == "F" * 59
    assert len(outlet_name(f"https://{'b' * 63}.{'c' * 63}.com/x") or "") <= MAX_OUTLET


def test_seed_outlets():
    assert seed_outlet("Libya Herald", None) == "Libya Herald"
    title = "Heavy Fighting Rips Through Tripoli As Libya's Gen. Haftar Renews Offensive"
    assert seed_outlet(title, None) == "seed corpus"  # a title is not an outlet
    assert seed_outlet("Tripoli clashes", None, title="Tripoli clashes") == "seed corpus"
    assert seed_outlet(DATELINE, "https://www.libyaherald.com/2019/x") == "libyaherald.com"
    assert seed_outlet(None, "http://127.0.0.1:9/x") == "127.0.0.1"
    assert seed_outlet(None, None) == "seed corpus"


# --- page shapes served by the local site, fetched under host names that resolve to it -----------------

BODY = "".join(
    f"<p>Fighting continued on the southern outskirts of the capital on day {i}, residents said, as "
    "families fled the area and hospitals asked for blood donations from the public.</p>"
    for i in range(4)
)


def _page(head: str) -> bytes:
    html = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head>"
        f"<body><article><h1>Fighting near the capital</h1>{BODY}</article></body></html>"
    )
    return html.encode()


SHAPES = {
    # path: (head, host the page is served under, feed name, feed host, outlet)
    "/shape/own-feed": (
        "<title>Fighting near the capital</title><meta property='og:site_name' content='Reuters'>",
        "www.libyaobserver.ly", "Libya Observer", "libyaobserver.ly", "Libya Observer",
    ),
    "/shape/matching-name": (
        "<title>Fighting near the capital</title><meta property='og:site_name' content='Libya Herald'>",
        "www.libyaherald.com", "Aggregator", "agg.example.net", "Libya Herald",
    ),
    "/shape/spoofed-name": (
        "<title>Fighting near the capital</title><meta property='og:site_name' content='Reuters'>",
        "example-mirror.net", "Aggregator", "agg.example.net", "Reuters (via example-mirror.net)",
    ),
    "/shape/json-ld-publisher": (
        "<title>Fighting near the capital</title><script type='application/ld+json'>"
        '{"@context": "https://schema.org", "@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Desert Times"}}</script>',
        "www.deserttimes.com", "Aggregator", "agg.example.net", "Desert Times",
    ),
    "/shape/dateline-title": (
        f"<title>{DATELINE}</title>",
        "news.example-mirror.net", "Aggregator", "agg.example.net", "example-mirror.net",
    ),
    "/shape/title-with-domain": (
        "<title>Fighting near the capital | Reuters.com</title>",
        "example-mirror.net", "Aggregator", "agg.example.net", "example-mirror.net",
    ),
    "/shape/og-url-elsewhere": (
        "<title>Fighting near the capital</title><meta property='og:url' content='https://www.reuters.com/x'>",
        "example-mirror.net", "Aggregator", "agg.example.net", "example-mirror.net",
    ),
    "/shape/no-metadata": ("", "news.example-mirror.net", "Aggregator", "agg.example.net", "example-mirror.net"),
}  # fmt: skip


def _fetch(url: str):
    async def resolver(host, port):
        return ["127.0.0.1"]

    async def run():
        async with Fetcher(fast_settings(), resolver) as fetcher:
            return await fetcher.fetch(Request(url, robots=True))

    return asyncio.run(run())


@pytest.mark.parametrize("path", sorted(SHAPES))
def test_page_shapes_get_the_outlet_of_their_domain(site, path):
    head, host, feed_name, feed_host, outlet = SHAPES[path]
    site.routes[path] = Route(200, _page(head), {"Content-Type": "text/html; charset=utf-8"})
    url = f"http://{host}:{site.port}{path}"
    response = _fetch(url)
    assert response.ok, response.error
    entry = Entry(
        feed_url=f"http://{feed_host}:{site.port}/feed.xml",
        url=url,
        title="Fighting near the capital",
        summary="",
        published_at=None,
        feed_name=feed_name,
    )
    article, _ = extract_one(entry, url, response)
    assert article.source == outlet
    assert ":" not in article.source.replace(" (via ", "")
