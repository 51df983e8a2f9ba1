"""End to end, through the real `ingest` flow against the local site: who an article is credited to, a title
repeated as the first paragraph, and feed links newsmon will not follow."""

import pytest

from flows.ingest import ingest
from tests.conftest import write_feeds
from tests.durability import rows
from tests.localsite import Route

pytestmark = pytest.mark.usefixtures("prefect_harness")

TITLE = "Death toll in Tripoli clashes rises to 47"
LEAD = "The death toll from the clashes in Tripoli has risen to 47, the health ministry said on Tuesday."
MORE = "".join(
    f"<p>Residents of the southern districts described a night of shelling, part {i}, as families left for "
    "the coast and hospitals asked for blood donations.</p>"
    for i in range(4)
)
# The headline in <h1> and again as the first paragraph, an outlet name copied from another outlet.
PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:site_name" content="Reuters"><meta property="article:published_time" content="2024-05-07">
</head><body><article><h1>{TITLE}</h1><p>{TITLE}</p><p>{LEAD}</p>{MORE}</article></body></html>"""

ITEM = "<item><title>{title}</title><link>{link}</link><guid>{guid}</guid><description>Tripoli</description></item>"
LINKS = {
    "page": "{base}/prov/toll.html",
    "javascript": "javascript:alert(document.cookie)",
    "file": "file:///etc/passwd",
    "data": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "ftp": "ftp://files.example.com/libya.txt",
}


@pytest.fixture
def provenance_site(local_env, monkeypatch, tmp_path):
    site = local_env
    items = "".join(
        ITEM.format(title=f"Tripoli {name}", link=link.format(base=site.base), guid=name)
        for name, link in LINKS.items()
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'
    monkeypatch.setitem(
        site.routes, "/prov/feed.xml", Route(200, feed.encode(), {"Content-Type": "application/rss+xml"})
    )
    monkeypatch.setitem(
        site.routes,
        "/prov/toll.html",
        Route(200, PAGE.encode(), {"Content-Type": "text/html; charset=utf-8"}),
    )
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Clashes in Tripoli\n\nFighting resumed in Tripoli on Monday.\n", "utf-8")
    (seeds / "b.txt").write_text(
        "Shelling near Sirte\n\nShelling hit the port of Sirte overnight.\n", "utf-8"
    )
    (seeds / "seeds.toml").write_text(
        '[a]\nsource = "Libya Herald"\n'
        '[b]\nsource = "SIRTE, Libya (Wire) - Shelling hit the port of Sirte overnight, residents said"\n'
        'url = "https://www.libyaobserver.ly/news/sirte"\n',
        "utf-8",
    )
    monkeypatch.setenv("NEWSMON_SEEDS_DIR", str(seeds))
    return site, write_feeds(tmp_path / "feeds.toml", site, [("Tripoli Wire", "/prov/feed.xml")])


def test_outlets_repeated_titles_and_unfollowed_links(provenance_site, db_path):
    site, feeds = provenance_site
    summary = ingest(feeds_file=str(feeds), db=str(db_path))
    assert summary.status == "completed"

    sources = dict(rows(db_path, "SELECT article_id, source FROM articles"))
    page_id = next(a for a in sources if not a.startswith("seed:"))
    # the page is on the feed's own site: the feed's name, not the og:site_name it copied
    assert sources == {page_id: "Tripoli Wire", "seed:a": "Libya Herald", "seed:b": "libyaobserver.ly"}

    # the title repeated as the first paragraph is one mention: one figure, quoted from one sentence
    figures = rows(
        db_path,
        "SELECT kind, value, sentence FROM figures WHERE article_id = ? AND kind = 'killed'",
        [page_id],
    )
    assert figures == [("killed", 47, LEAD)]
    text = rows(db_path, "SELECT text FROM articles WHERE article_id = ?", [page_id])[0][0]
    assert text.startswith(f"{TITLE}\n\n{LEAD}") and text.count(TITLE) == 1
    quotes = rows(db_path, "SELECT value, outlet, quote FROM alerts WHERE article_id = ?", [page_id])
    assert quotes == [(47, "Tripoli Wire", LEAD)]

    # each link that is not http(s) is a failures row of stage feed naming its scheme
    failed = rows(db_path, "SELECT url, reason FROM failures WHERE stage = 'feed' ORDER BY url")
    assert [(url.split(":")[0], reason.split(":")[0]) for url, reason in failed] == [
        ("data", "link with scheme data"),
        ("file", "link with scheme file"),
        ("ftp", "link with scheme ftp"),
        ("javascript", "link with scheme javascript"),
    ]
    assert all("only http and https" in reason for _, reason in failed)
    assert summary.counts["failures"] == 4 and not site.requests_to("/etc/passwd")
    feed_line = next(outcome for name, _, outcome in summary.feeds if name == "Tripoli Wire")
    assert feed_line == "ok: 1 entries; 4 item link(s) not http(s), not followed"
