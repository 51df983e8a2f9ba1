"""Faulty feeds and a good one through the real flow: failures rows, backoff, status, then 304s."""

from datetime import UTC, datetime, timedelta

import pytest

from flows.cli import main
from flows.ingest import ingest
from tests.conftest import write_feeds
from tests.durability import rows
from tests.faults import silent_server
from tests.matrix import EXPECTED, install

pytestmark = pytest.mark.usefixtures("prefect_harness")

FAULTY = ["404", "429-long", "silent", "trickle", "gzip-bomb", "metadata", "billion-laughs", "html", "empty"]


@pytest.fixture
def fault_env(local_env, monkeypatch):
    for name, value in {
        "FETCH_DEADLINE": "1.5",
        "READ_TIMEOUT": "1.4",
        "CONNECT_TIMEOUT": "2",
        "RETRY_BACKOFF": "0.05",
        "RETRY_MAX_DELAY": "2",
        "MAX_BYTES": str(1024 * 1024),
        "MAX_DECODED_BYTES": str(2 * 1024 * 1024),
        "PER_HOST": "64",
    }.items():
        monkeypatch.setenv("NEWSMON_" + name, value)
    install(local_env, "/flow")
    return local_env


def test_faulty_feeds_fail_clearly_back_off_and_leave_the_good_feed_alone(
    fault_env, tmp_path, db_path, monkeypatch, capsys
):
    site = fault_env
    with silent_server() as silent_port:
        paths = [("Good wire", "/feeds/libya.xml"), ("Recovers", "/flow/500-twice")]
        paths += [(case, f"/flow/{case}") for case in FAULTY if case != "silent"]
        feeds = write_feeds(tmp_path / "feeds.toml", site, paths)
        silent_url = f"http://127.0.0.1:{silent_port}/feed.xml"
        with feeds.open("a") as f:
            f.write(f'\n[[feeds]]\nname = "silent"\nurl = "{silent_url}"\n')
        first = ingest(feeds_file=str(feeds), db=str(db_path))

    assert first.status == "completed"
    url_of = {case: site.url(f"/flow/{case}") for case in FAULTY} | {"silent": silent_url}
    failures = {
        url: reason
        for stage, url, reason in rows(db_path, "SELECT stage, url, reason FROM failures")
        if stage == "feed"
    }
    for case in FAULTY:
        assert EXPECTED[case] in failures[url_of[case]], case
    assert site.url("/feeds/libya.xml") not in failures and site.url("/flow/500-twice") not in failures

    # the good feed's articles loaded, the salvaged feed's item too
    canonical = {r[0] for r in rows(db_path, "SELECT canonical_url FROM articles WHERE NOT is_seed")}
    assert f"https://127.0.0.1:{site.port}/articles/tripoli-clashes.html" in canonical

    now = datetime.now(UTC)
    health = {
        url: (fails, error, next_at)
        for url, fails, error, next_at in rows(
            db_path, "SELECT feed_url, consecutive_failures, last_error, next_fetch_at FROM feeds"
        )
    }
    for case in FAULTY:
        fails, error, next_at = health[url_of[case]]
        if case == "billion-laughs":  # salvaged: a failures row, but the feed loaded
            assert fails == 0 and next_at is None
            continue
        assert fails == 1 and EXPECTED[case] in error and next_at > now + timedelta(minutes=50), case
    assert health[site.url("/feeds/libya.xml")] == (0, None, None)

    monkeypatch.setenv("COLUMNS", "300")
    assert main(["status", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "backing off" in out and "HTTP 404 Not Found" in out and "next allowed fetch" in out

    # second run: failing feeds are skipped, the unchanged good feed answers 304 to a conditional GET
    second = ingest(feeds_file=str(feeds), db=str(db_path))
    assert second.status == "completed"
    assert second.counts["feeds_skipped"] == len(FAULTY) - 1  # all but the salvaged one
    outcomes = {url: outcome for _, url, outcome in second.feeds}
    assert outcomes[url_of["404"]].startswith("skipped: backing off after 1 failure in a row")
    assert outcomes[site.url("/feeds/libya.xml")] == "unchanged (304)"
    last = site.requests_to("/feeds/libya.xml")[-1]
    assert "if-none-match" in last and "if-modified-since" in last
    assert site.statuses_of("/feeds/libya.xml")[-1] == 304
    assert outcomes[site.url("/flow/500-twice")] == "unchanged (same body)"
