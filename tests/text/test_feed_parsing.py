"""Feed parsing on hostile and mislabelled input: charsets, entities, duplicates, HTML, limits."""

import time

import pytest

from extractors.text.charset import decode_xml
from extractors.text.feed import parse_feed, strip_doctype
from tests.faults import rss
from tests.matrix import ARABIC, BILLION_LAUGHS, PORTUGUESE, RUSSIAN


def titles(parsed):
    return [e.title for e in parsed.entries]


@pytest.mark.parametrize(
    ("text", "charset"), [(ARABIC, "windows-1256"), (RUSSIAN, "windows-1251"), (PORTUGUESE, "ISO-8859-1")]
)
@pytest.mark.parametrize(
    "declared_by",
    ["xml declaration", "content-type", "both", "text/xml without charset"],
)
def test_legacy_charsets_decode_correctly(text, charset, declared_by):
    xml_charset = charset if declared_by in ("xml declaration", "both", "text/xml without charset") else None
    body = rss([(text, "https://news.example/a")], encoding=xml_charset).encode(charset)
    content_type = {
        "xml declaration": "application/rss+xml",
        "content-type": f"application/rss+xml; charset={charset}",
        "both": f"application/rss+xml; charset={charset}",
        "text/xml without charset": "text/xml",
    }[declared_by]
    parsed = parse_feed(body, "https://news.example/feed", {"Content-Type": content_type})
    assert titles(parsed) == [text]
    assert parsed.problem is None


def test_a_utf8_body_behind_a_lying_header_is_read_as_utf8():
    body = rss([(ARABIC, "https://news.example/a")]).encode("utf-8")
    parsed = parse_feed(body, "https://news.example/feed", {"Content-Type": "text/xml; charset=ISO-8859-1"})
    assert titles(parsed) == [ARABIC]
    assert "charset lies: Content-Type says ISO-8859-1, but the body is UTF-8" in parsed.problem


def test_a_lying_utf8_header_yields_to_the_declaration_that_fits():
    body = rss([(RUSSIAN, "https://news.example/a")], encoding="windows-1251").encode("windows-1251")
    parsed = parse_feed(body, "https://news.example/feed", {"Content-Type": "application/xml; charset=utf-8"})
    assert titles(parsed) == [RUSSIAN]
    assert "Content-Type says utf-8; decoded as cp1251" in parsed.problem


def test_undeclared_legacy_bytes_are_guessed_and_reported():
    text = " ".join([RUSSIAN] * 6)
    decoded = decode_xml(rss([(text, "https://news.example/a")], encoding=None).encode("windows-1251"))
    assert RUSSIAN in decoded.text and "no charset declared" in decoded.problem


def test_billion_laughs_expands_nothing():
    started = time.monotonic()
    parsed = parse_feed(BILLION_LAUGHS.encode(), "https://news.example/feed")
    assert time.monotonic() - started < 5
    assert all("lollol" not in t for t in titles(parsed)) and "lollol" not in (parsed.title or "")
    assert [e.url for e in parsed.entries] == ["https://news.example/laughs"]  # salvaged
    assert "DOCTYPE with entity declarations removed" in parsed.problem


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "file://{path}">\n]>',
        '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{path}">]>',  # on one line, with a '>' inside
        '<!DOCTYPE rss [<!ENTITY % p SYSTEM "file://{path}"> %p; <!ENTITY xxe "x">]>',
        '<!DOCTYPE rss SYSTEM "file://{path}" [<!ENTITY xxe SYSTEM "file://{path}">]>',
    ],
)
def test_external_entities_are_never_read(tmp_path, doctype):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    body = (
        '<?xml version="1.0"?>\n'
        + doctype.format(path=secret)
        + '\n<rss version="2.0"><channel><title>t</title>'
        "<item><title>Libya &xxe;</title><description>&xxe;</description>"
        "<link>https://news.example/xxe</link></item></channel></rss>"
    )
    parsed = parse_feed(body.encode(), "https://news.example/feed")
    assert "TOP-SECRET" not in repr(parsed)
    assert [e.url for e in parsed.entries] == ["https://news.example/xxe"]
    assert "entity declarations removed" in parsed.problem


def test_strip_doctype_keeps_an_external_only_doctype_and_the_document():
    netscape = '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://x/rss.dtd">'
    assert strip_doctype(netscape + "<rss/>") == (netscape + "<rss/>", None)
    text, problem = strip_doctype('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "]>">]><rss>&a;</rss>')
    assert text == '<?xml version="1.0"?><rss>&a;</rss>' and "entity" in problem


def test_duplicate_guids_keep_the_first_item():
    body = rss(
        [
            ("First", "https://news.example/a#guid=same"),
            ("Second with the same guid", "https://news.example/b#guid=same"),
            ("Third", "https://news.example/c"),
        ]
    ).encode()
    parsed = parse_feed(body, "https://news.example/feed")
    assert titles(parsed) == ["First", "Third"]
    assert parsed.problem is None


def test_at_most_max_entries_are_kept():
    body = rss([(f"Item {i}", f"https://news.example/{i}") for i in range(2100)]).encode()
    parsed = parse_feed(body, "https://news.example/feed", max_entries=2000)
    assert len(parsed.entries) == 2000 and parsed.total_entries == 2100
    assert parsed.entries[-1].title == "Item 1999"


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", ""])
def test_html_served_as_a_feed_is_not_a_feed(content_type):
    body = b"<!DOCTYPE html><html><head><title>News</title></head><body><p>Hello</p></body></html>"
    parsed = parse_feed(
        body, "https://news.example/feed", {"Content-Type": content_type} if content_type else {}
    )
    assert parsed.entries == ()
    assert parsed.problem.startswith("not a feed: the server sent an HTML page")


def test_malformed_xml_salvages_entries():
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title>'
        b"<item><title>Libya one</title><link>https://news.example/1</link></item>"
        b"<item><title>Libya two & more</title><link>https://news.example/2</link></item>"
        b"</channel>"
    )
    parsed = parse_feed(body, "https://news.example/feed")
    assert [e.url for e in parsed.entries] == ["https://news.example/1", "https://news.example/2"]
    assert "SAXParseException" in parsed.problem
