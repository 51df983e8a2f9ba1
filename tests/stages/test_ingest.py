"""End to end: the real `ingest` flow under Prefect's test harness, against the local site."""

import html

import pytest

from flows.ingest import ingest
from tests.conftest import write_feeds
from tests.durability import rows
from tests.localsite import Route

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture
def watched_site(local_env, tmp_path):
    site = local_env
    site.routes["/articles/moved.html"] = Route(301, b"", {"Location": "/articles/benghazi-flood.html"})
    latin1 = (site.root / "articles" / "sirte-latin1.html").read_bytes()
    site.routes["/articles/sirte-latin1.html"] = Route(
        200, latin1, {"Content-Type": "text/html; charset=iso-8859-1"}
    )
    feeds = write_feeds(
        tmp_path / "feeds.toml",
        site,
        [
            ("Wire RSS", "/feeds/libya.xml"),
            ("Wire Atom", "/feeds/libya.atom"),
            ("Broken", "/feeds/broken.xml"),
            ("Gone", "/feeds/gone.xml"),
        ],
    )
    return site, feeds


def test_end_to_end_run_loads_articles_figures_and_failures(watched_site, db_path):
    site, feeds = watched_site
    summary = ingest(feeds_file=str(feeds), db=str(db_path))
    assert summary.status == "completed"

    articles = dict(rows(db_path, "SELECT canonical_url, title FROM articles WHERE NOT is_seed"))
    base = "https://127.0.0.1:" + str(site.port)
    assert set(articles) == {
        f"{base}/articles/tripoli-clashes.html",  # listed twice (utm_*, fbclid): loaded once
        f"{base}/articles/misrata-displaced.html",
        f"{base}/articles/sirte-latin1.html",
        f"{base}/articles/moved.html",  # followed the redirect
        f"{base}/articles/derna.html",  # salvaged from the ill-formed feed
    }
    assert rows(db_path, "SELECT count(*) FROM articles WHERE is_seed")[0][0] == 2
    # the bakery item is out of topic scope and never fetched
    assert not site.requests_to("/articles/bakery.html")

    sirte = rows(db_path, "SELECT text, source FROM articles WHERE canonical_url LIKE '%sirte%'")[0]
    assert "café owner René Haddad" in sirte[0] and "régime" in sirte[0]

    figures = rows(
        db_path,
        "SELECT a.canonical_url, f.kind, f.value, f.qualifier FROM figures f JOIN articles a USING (article_id) "
        "WHERE NOT a.is_seed",
    )
    assert (f"{base}/articles/tripoli-clashes.html", "killed", 14, "at_least") in figures
    assert any(kind == "displaced" and "misrata" in url for url, kind, _, _ in figures)

    failures = {
        (stage, url): reason
        for stage, url, reason in rows(db_path, "SELECT stage, url, reason FROM failures")
    }
    assert "HTTP 404" in failures[("feed", site.url("/feeds/gone.xml"))]
    assert "ill-formed feed" in failures[("feed", site.url("/feeds/broken.xml"))]
    assert "HTTP 404" in failures[("page", site.url("/articles/gone.html"))]
    assert "too short" in failures[("extract", site.url("/articles/stub.html"))]

    run = rows(db_path, "SELECT status, articles_new, failures FROM runs WHERE run_id = ?", [summary.run_id])[
        0
    ]
    assert run == ("completed", 7, len(failures))
    assert rows(db_path, "SELECT count(*) FROM articles WHERE run_id IS NULL")[0][0] == 0
    assert rows(db_path, "SELECT count(DISTINCT run_id) FROM figures")[0][0] == 1


def test_second_run_adds_nothing(watched_site, db_path):
    site, feeds = watched_site
    ingest(feeds_file=str(feeds), db=str(db_path))
    counts = rows(db_path, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM figures)")[0]
    page_hits = len(site.requests_to("/articles/misrata-displaced.html"))
    second = ingest(feeds_file=str(feeds), db=str(db_path))
    assert second.status == "completed"
    assert (
        rows(db_path, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM figures)")[0] == counts
    )
    assert second.counts["articles_new"] == 0 and second.counts["figures_new"] == 0
    # stored pages are not fetched again
    assert len(site.requests_to("/articles/misrata-displaced.html")) == page_hits
    assert rows(db_path, "SELECT count(*) FROM runs WHERE status = 'completed'")[0][0] == 2


def _seed_repost_page(stem: str) -> bytes:
    """An outlet's repost of a seed, built at run time from the packaged seed file."""
    from extractors.text.seed import parse_seed
    from seeds import SEEDS_DIR

    doc = parse_seed(stem, (SEEDS_DIR / f"{stem}.txt").read_text(encoding="utf-8"))
    paras = [p for p in doc.text.split("\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in [f"BERLIN (AFP) - {paras[0]}", *paras[1:]])
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fighting continues in Libya</title>'
        '<meta property="article:published_time" content="2024-05-07T09:00:00+00:00"></head>'
        f"<body><article><h1>Fighting continues in Libya</h1>{body}</article></body></html>"
    ).encode()


def test_copies_in_a_later_run_are_linked_to_the_archive_and_the_seeds(local_env, tmp_path, db_path):
    site = local_env
    site.routes["/articles/seed-repost.html"] = Route(
        200, _seed_repost_page("004_5f771e6c34acb0d5"), {"Content-Type": "text/html; charset=utf-8"}
    )
    first = write_feeds(tmp_path / "first.toml", site, [("Wire RSS", "/feeds/libya.xml")])
    both = write_feeds(
        tmp_path / "both.toml", site, [("Wire RSS", "/feeds/libya.xml"), ("Copies", "/feeds/copies.xml")]
    )
    ingest(feeds_file=str(first), db=str(db_path))
    second = ingest(feeds_file=str(both), db=str(db_path))
    assert second.counts["duplicates_new"] == 3

    def links():
        return {
            url.rsplit("/", 1)[-1]: (dup, method)
            for url, dup, method in rows(
                db_path, "SELECT canonical_url, duplicate_of, dup_method FROM articles WHERE NOT is_seed"
            )
        }

    original = rows(
        db_path, "SELECT article_id FROM articles WHERE canonical_url LIKE '%/tripoli-clashes.html'"
    )
    got = links()
    assert got["tripoli-clashes-wire.html"] == (original[0][0], "near")
    assert got["tripoli-clashes-update.html"] == (original[0][0], "near")
    assert got["seed-repost.html"] == ("seed:004_5f771e6c34acb0d5", "near")
    assert got["misrata-displaced.html"] == (None, None)

    # the update's new toll is kept, marked as coming from a duplicate of the same story
    tolls = rows(
        db_path,
        "SELECT f.value, a.duplicate_of IS NOT NULL FROM figures f JOIN articles a USING (article_id) "
        "WHERE f.kind = 'killed' AND a.cluster_id = ?",
        [original[0][0]],
    )
    assert (14, False) in tolls and (23, True) in tolls

    third = ingest(feeds_file=str(both), db=str(db_path), refresh=True)
    assert third.status == "completed" and third.counts["duplicates_new"] == 0
    assert links() == got
