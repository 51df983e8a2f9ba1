"""A paywalled original is stored as a teaser with its figures, its wire copy links to it, and a later
fetch of the full text replaces the teaser in place (same article_id), recorded in `article_changes`."""

from __future__ import annotations

import pytest

from flows.ingest import ingest
from tests.conftest import write_feeds
from tests.durability import rows
from tests.localsite import Route

pytestmark = pytest.mark.usefixtures("prefect_harness")

LEAD = (
    "Fighting between rival armed groups in the southern districts of Tripoli killed at least 27 people "
    "on Sunday, the health ministry said, as families sheltered in basements and hospitals called for "
    "blood donations. The clashes broke out near the old airport road before dawn and spread north."
)
MORE = [
    f"Witnesses described heavy gunfire around the {place} for several hours, with columns of smoke "
    f"visible across the city and roads to the {place} closed by checkpoints. Residents said shops stayed "
    "shut and schools sent pupils home early while the fighting continued."
    for place in ("Abu Salim district", "Salah al-Din road", "Ain Zara junction", "Wadi al-Rabie bridge")
]
PAYWALL = "<p>Subscribe to continue reading. Already a subscriber? Log in.</p>"


def _html(title: str, paragraphs: list[str], extra: str = "", published: str = "2024-05-06") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{published}T08:00:00+00:00">'
        '<meta name="description" content="Hospitals call for blood donations as fighting spreads.">'
        f"</head><body><article><h1>{title}</h1>{body}{extra}</article></body></html>"
    ).encode()


def _feed(site, items: list[str]) -> bytes:
    entries = "".join(
        f"<item><title>Libya: {name}</title><link>{site.base}/teaser/{name}.html</link><guid>{name}</guid></item>"
        for name in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{entries}</channel></rss>'.encode()
    )


def test_teaser_is_stored_its_wire_copy_links_to_it_and_the_full_text_replaces_it(
    local_env, tmp_path, db_path
):
    site = local_env
    html = {"Content-Type": "text/html; charset=utf-8"}
    site.routes["/teaser/original.html"] = Route(200, _html("Tripoli clashes kill 27", [LEAD], PAYWALL), html)
    wire = _html("Tripoli clashes kill 27", ["TRIPOLI (Wire) - " + LEAD, *MORE], published="2024-05-07")
    site.routes["/teaser/wire.html"] = Route(200, wire, html)
    site.routes["/teaser/feed.xml"] = Route(
        200, _feed(site, ["original", "wire"]), {"Content-Type": "application/rss+xml"}
    )
    feeds = write_feeds(tmp_path / "feeds.toml", site, [("Teasers", "/teaser/feed.xml")])

    ingest(feeds_file=str(feeds), db=str(db_path))
    stored = {
        url.rsplit("/", 1)[1]: rest
        for url, *rest in rows(
            db_path,
            "SELECT canonical_url, article_id, access, text, duplicate_of, cluster_id FROM articles WHERE NOT is_seed",
        )
    }
    original_id, access, text, dup, cluster = stored["original.html"]
    assert access == "teaser" and dup is None and cluster == original_id
    assert text.startswith("Tripoli clashes kill 27") and "Subscribe" not in text and LEAD in text
    assert stored["wire.html"][1] == "full"
    assert stored["wire.html"][3:] == [original_id, original_id]  # the copy points at the teaser
    killed = rows(
        db_path, f"SELECT value FROM figures WHERE article_id = '{original_id}' AND kind = 'killed'"
    )
    assert (27,) in killed

    # the paywall lifts; the feed changes, so the teaser's page is fetched again and replaces it in place
    site.routes["/teaser/original.html"] = Route(200, _html("Tripoli clashes kill 27", [LEAD, *MORE]), html)
    site.routes["/teaser/feed.xml"] = Route(
        200, _feed(site, ["original", "wire", "other"]), {"Content-Type": "application/rss+xml"}
    )
    ingest(feeds_file=str(feeds), db=str(db_path))
    (row,) = rows(
        db_path, f"SELECT access, text, cluster_id FROM articles WHERE article_id = '{original_id}'"
    )
    assert row[0] == "full" and MORE[-1] in row[1] and row[2] == original_id
    changes = rows(db_path, "SELECT article_id, change, new_chars > old_chars FROM article_changes")
    assert changes == [(original_id, "teaser_to_full", True)]
    assert rows(db_path, "SELECT count(*) FROM articles WHERE canonical_url LIKE '%/teaser/original%'") == [
        (1,)
    ]
    assert (27,) in rows(
        db_path, f"SELECT value FROM figures WHERE article_id = '{original_id}' AND kind = 'killed'"
    )
