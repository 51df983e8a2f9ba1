"""Through the real flow: each stored page records its charset and where it came from, and a page no
charset decodes cleanly is a `failures` row (`undecodable`), not a stored article."""

from __future__ import annotations

import random

import pytest

from flows.ingest import ingest
from tests.conftest import write_feeds
from tests.durability import rows
from tests.localsite import Route
from tests.text.test_html_charset import ARABIC, FRENCH, _page

pytestmark = pytest.mark.usefixtures("prefect_harness")

ITEM = "<item><title>Libya {n}</title><link>{base}/charset/{n}.html</link><guid>{n}</guid></item>"


def test_charsets_are_recorded_and_an_undecodable_page_is_a_failure(local_env, tmp_path, db_path):
    site = local_env
    rng = random.Random(2)
    noise = bytes(rng.randrange(128, 256) for _ in range(3000))
    pages = {
        "cafe": _page("Syrte", FRENCH).encode().replace(b"deux fois.", b"deux fois \xff.", 1),
        "arabic": _page("Libya", ARABIC).encode("cp1256"),
        "noise": b'<html><head><meta charset="utf-8"></head><body><p>' + noise + b"</p></body></html>",
    }
    for name, body in pages.items():
        site.routes[f"/charset/{name}.html"] = Route(200, body, {"Content-Type": "text/html; charset=utf-8"})
    items = "".join(ITEM.format(n=name, base=site.base) for name in pages)
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>c</title>{items}</channel></rss>'
    site.routes["/charset/feed.xml"] = Route(200, feed.encode(), {"Content-Type": "application/rss+xml"})
    feeds = write_feeds(tmp_path / "feeds.toml", site, [("Charsets", "/charset/feed.xml")])

    assert ingest(feeds_file=str(feeds), db=str(db_path)).status == "completed"
    stored = {
        url.rsplit("/", 1)[1]: (charset, source, text)
        for url, charset, source, text in rows(
            db_path, "SELECT canonical_url, charset, charset_source, text FROM articles WHERE NOT is_seed"
        )
    }
    assert set(stored) == {"cafe.html", "arabic.html"}
    assert stored["cafe.html"][:2] == ("utf-8", "declared") and "café, René" in stored["cafe.html"][2]
    assert stored["arabic.html"][:2] == ("cp1256", "detected")
    assert "أسفرت عن مقتل عشرين شخصا" in stored["arabic.html"][2]
    (reason,) = [r for u, r in rows(db_path, "SELECT url, reason FROM failures") if u.endswith("/noise.html")]
    assert reason.startswith("undecodable: declared utf-8")
