"""Real articles that used to be lost at extraction, served by the local site through the real client: an
article laid out in a table, one served as text/plain, one whose <title> is empty; and feed links that
are no URL at all."""

import asyncio

import pytest

from extractors.records import Entry, Failure
from extractors.text.feed import parse_feed
from flows.http.fetch import Fetcher, Request
from flows.stages.extract import extract_one
from tests.faults import fast_settings
from tests.localsite import Route

LEAD = "The death toll from the clashes in Tripoli has risen to 47, the health ministry said on Tuesday."
MORE = (
    "Residents of the southern districts described a night of shelling as families left for the coast "
    "and hospitals asked for blood donations from the public."
)
TABLE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Tripoli toll rises</title></head><body>"
    "<table><tr><td><a href='/'>Home</a></td></tr><tr><td>"
    f"<p>{LEAD}</p>"
    + "".join(f"<p>{MORE} Part {i}.</p>" for i in range(3))
    + "</td></tr></table></body></html>"
)
EMPTY_TITLE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title></title></head><body><article>"
    f"<p>{LEAD}</p>" + "".join(f"<p>{MORE} Part {i}.</p>" for i in range(3)) + "</article></body></html>"
)
PLAIN = f"Tripoli toll rises\n\n{LEAD}\n\n" + "\n\n".join(f"{MORE} Part {i}." for i in range(3)) + "\n"

SHAPES = {
    "/lost/table.html": (TABLE.encode(), "text/html; charset=utf-8", "Tripoli toll rises"),
    "/lost/empty-title.html": (EMPTY_TITLE.encode(), "text/html; charset=utf-8", "Feed item title"),
    "/lost/plain.txt": (PLAIN.encode(), "text/plain; charset=utf-8", "Tripoli toll rises"),
    "/lost/plain-cp1252.txt": (PLAIN.replace("Tuesday", "Tuesday (café)").encode("cp1252"), "text/plain",
                               "Tripoli toll rises"),
}  # fmt: skip


def fetch(url: str):
    async def run():
        async with Fetcher(fast_settings()) as fetcher:
            return await fetcher.fetch(Request(url, robots=True))

    return asyncio.run(run())


@pytest.mark.parametrize("path", sorted(SHAPES))
def test_real_articles_are_not_lost(site, path):
    body, content_type, title = SHAPES[path]
    site.routes[path] = Route(200, body, {"Content-Type": content_type})
    url = site.url(path)
    response = fetch(url)
    entry = Entry(site.url("/lost/feed.xml"), url, "Feed item title", "", None, feed_name="Local wire")
    result = extract_one(entry, url, response)
    assert not isinstance(result, Failure), result
    article, figures = result
    assert article.title == title and article.source == "Local wire"
    assert LEAD.split(",")[0] in article.text and "Home" not in article.text.split("\n")[0]
    assert [(f.kind, f.value) for f in figures if f.kind == "killed"] == [("killed", 47)]
    if "cp1252" in path:
        assert "(café)" in article.text


def test_a_short_text_file_is_still_refused():
    response_body = b"Tripoli toll rises\n\nToo short to be an article."
    from flows.http.fetch import Response

    url = "https://news.example.com/a.txt"
    response = Response(url, url, 200, {"content-type": "text/plain"}, response_body, None)
    entry = Entry("https://news.example.com/feed", url, "t", "", None)
    result = extract_one(entry, url, response)
    assert isinstance(result, Failure) and result.stage == "extract" and "too short" in result.reason


def test_links_that_are_no_url_are_rejected_with_the_reason():
    items = "".join(
        f"<item><title>t{i}</title><link>{link}</link></item>"
        for i, link in enumerate(["https://news.example.com/a", "http://", "http://:80/x"])
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}</channel></rss>'
    parsed = parse_feed(body.encode(), "https://news.example.com/feed")
    assert [e.url for e in parsed.entries] == ["https://news.example.com/a"]
    assert [r.reason for r in parsed.rejected] == ["not a valid URL: not followed"] * 2
