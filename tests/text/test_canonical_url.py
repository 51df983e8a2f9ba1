"""Exact dedup by URL: one canonical spelling per article (extractors/text/urls.py)."""

import pytest

from extractors.text.urls import canonical_url

STORY = "https://news.example.org/world/2024/05/tripoli-clashes"


@pytest.mark.parametrize(
    "url",
    [
        STORY,
        STORY + "?utm_source=rss&utm_medium=feed&utm_campaign=world",
        STORY + "?fbclid=IwAR0abc&gclid=xyz",
        STORY + "#comments",
        STORY + "/",
        "HTTP://NEWS.Example.ORG/world/2024/05/tripoli-clashes",
        "http://news.example.org:80/world/2024/05/tripoli-clashes",
        "https://news.example.org:443/world/2024/05/tripoli-clashes",
        STORY + "/amp",
        STORY + "/amp/",
        STORY + "?amp=1",
        "https://news.example.org/amp/world/2024/05/tripoli-clashes",
        "https://amp.news.example.org/world/2024/05/tripoli-clashes",
        STORY + ".amp",
    ],
)
def test_tracking_fragments_case_ports_and_amp_variants_give_one_url(url):
    assert canonical_url(url) == STORY


def test_meaningful_query_and_path_case_are_kept():
    assert canonical_url(STORY + "?page=2&utm_source=x") == STORY + "?page=2"
    assert canonical_url("https://news.example.org/a?b=2&a=1") == "https://news.example.org/a?a=1&b=2"
    assert canonical_url("https://news.example.org/World/Story") != canonical_url(
        "https://news.example.org/world/story"
    )


@pytest.mark.parametrize(
    "url", ["", "not a url", "ftp://news.example.org/file", "mailto:desk@example.org", None]
)
def test_non_http_urls_have_no_canonical_form(url):
    assert canonical_url(url) is None
