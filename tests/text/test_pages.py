"""Article pages: walls are failures, paywall teasers are kept as teasers, redirector links get the final URL as canonical."""

import asyncio

import pytest

from extractors.records import Entry, Failure
from extractors.text.article import Rejected, extract_page
from extractors.text.urls import article_canonical, is_redirector
from flows.http.fetch import Fetcher, Request, Response
from flows.ingest import extract_one
from tests.faults import fast_settings, redirect_to
from tests.localsite import Route

STORY = (
    "Flood waters swept through the eastern Libyan city overnight, officials said on Tuesday, "
    "forcing families from their homes as rescue teams searched the damaged districts near the port. "
)


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>News</title>{head}</head><body>{body}</body></html>"


def test_a_cookie_wall_is_rejected_with_its_reason():
    html = page(
        "<div><p>We use cookies to improve your experience. Please accept all cookies to continue.</p></div>"
    )
    with pytest.raises(Rejected, match="^cookie wall"):
        extract_page(html, "https://news.example/a")


def test_a_paywall_teaser_is_kept_with_its_visible_text_and_no_prompt():
    teaser = (
        f"<article><h1>Libya floods kill 230</h1><p>{STORY}{STORY}</p>"
        "<p>Subscribe to continue reading.</p></article>"
    )
    head = '<meta name="description" content="Rescue teams are still searching the port districts.">'
    result = extract_page(page(teaser, head), "https://news.example/a")
    assert result.access == "teaser"
    assert result.text.startswith(
        "Libya floods kill 230\n\nRescue teams are still searching the port districts.\n\nFlood waters"
    )
    assert "Subscribe" not in result.text


def test_a_page_marked_not_free_with_little_text_is_a_teaser():
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": "False"}</script>'
    )
    result = extract_page(page(f"<article><p>{STORY}{STORY}</p></article>", ld), "https://news.example/a")
    assert result.access == "teaser" and "Flood waters swept" in result.text


def test_a_teaser_with_no_text_at_all_is_a_failure():
    with pytest.raises(Rejected, match="^paywall stub: no article text in the page"):
        extract_page(
            page("<article><p>Subscribe to continue reading.</p></article>"), "https://news.example/a"
        )


def test_a_full_article_passes():
    body = "".join(f"<p>{STORY} Paragraph {i} adds more detail on the response.</p>" for i in range(12))
    result = extract_page(page(f"<article><h1>Libya floods</h1>{body}</article>"), "https://news.example/a")
    assert "Flood waters" in result.text and result.language == "en"


def entry(url: str) -> Entry:
    return Entry(feed_url="https://news.example/feed", url=url, title="Libya", summary="", published_at=None)


@pytest.mark.parametrize(("status", "reason"), [(403, "HTTP 403 Forbidden"), (401, "HTTP 401 Unauthorized")])
def test_forbidden_pages_are_failures_not_articles(status, reason):
    response = Response("https://news.example/a", "https://news.example/a", status, {}, b"<p>no</p>", reason)
    assert extract_one(entry("https://news.example/a"), "https://news.example/a", response) == Failure(
        "page", "https://news.example/a", reason
    )


def test_redirector_links():
    google = "https://news.google.com/rss/articles/CBMiWWh0dHBz?oc=5"
    assert is_redirector(google) and is_redirector("http://feedproxy.google.com/~r/wire/~3/abc/story")
    assert not is_redirector("https://news.example/articles/x")
    assert article_canonical(google, "https://news.example/a?utm_source=gn") == "https://news.example/a"
    assert (
        article_canonical("https://news.example/old", "https://news.example/new")
        == "https://news.example/old"
    )


def test_a_google_news_link_is_followed_and_the_final_url_is_canonical(site):
    """news.google.com is resolved to the local site here, so the real redirect code path runs."""
    site.routes["/rss/articles/CBMi-derna"] = Route(handler=redirect_to(site.url("/articles/derna.html")))
    link = f"http://news.google.com:{site.port}/rss/articles/CBMi-derna?oc=5"

    async def resolver(host, port):
        assert host in ("news.google.com", "127.0.0.1")
        return ["127.0.0.1"]

    async def run():
        async with Fetcher(fast_settings(), resolver) as fetcher:
            return await fetcher.fetch(Request(link, robots=True))

    response = asyncio.run(run())
    assert response.ok and response.final_url == site.url("/articles/derna.html")
    article, _ = extract_one(entry(link), "https://news.google.com/rss/articles/CBMi-derna?oc=5", response)
    assert article.url == site.url("/articles/derna.html") and article.via_url == link
    assert article.canonical_url == f"https://127.0.0.1:{site.port}/articles/derna.html"
