"""Feed state across runs: migration 0003 on an existing file, validators kept on a 304, backoff rows."""

from datetime import UTC, datetime, timedelta
from importlib import resources

from extractors.records import FeedSpec
from flows.cli import main
from flows.http.fetch import Response
from flows.stages.commit import feed_updates
from flows.stages.poll import conditional_headers, is_due, judge
from tests.faults import fast_settings
from warehouse import load, queries
from warehouse.db import connect, open_warehouse

URL = "https://wire.example/feed.xml"
FEED = FeedSpec("Wire", URL)


def test_migration_0003_upgrades_a_file_with_feeds(db_path):
    con = connect(db_path)
    sql = resources.files("warehouse").joinpath("migrations/0001_init.sql").read_text(encoding="utf-8")
    con.execute(sql)
    con.execute(
        "CREATE TABLE schema_migrations (version VARCHAR PRIMARY KEY, name VARCHAR, applied_at TIMESTAMPTZ)"
    )
    con.execute("INSERT INTO schema_migrations VALUES ('0001', '0001_init.sql', now())")
    con.execute("INSERT INTO feeds (feed_url, name, etag) VALUES (?, 'Wire', '\"v1\"')", [URL])
    con.close()
    assert main(["status", "--db", str(db_path)]) == 0  # read-only, before the migration ran
    with open_warehouse(db_path) as con:
        row = con.execute("SELECT etag, final_url, last_attempts, last_duration FROM feeds").fetchone()
        assert row == ('"v1"', None, None, None)
        assert ("0003",) in con.execute("SELECT version FROM schema_migrations").fetchall()


_runs = iter(range(10**6))


def save(con, poll):
    """Record the poll as its own run did (each poll is a new run; replaying one run changes nothing)."""
    (update,) = feed_updates([poll])
    load.save_feed_state(con, update, f"run-{next(_runs)}")


def test_replaying_a_runs_poll_changes_nothing(db_path):
    settings = fast_settings()
    now = datetime.now(UTC)
    failed = Response(URL, URL, 503, {}, b"", "HTTP 503 Service Unavailable", attempts=1)
    (update,) = feed_updates([judge(FEED, failed, None, settings, now)])
    with open_warehouse(db_path) as con:
        for _ in range(3):
            load.save_feed_state(con, update, "the-same-run")
        assert queries.feed_states(con)[URL].consecutive_failures == 1


def test_validators_survive_a_304_and_failures_back_off_then_recover(db_path):
    settings = fast_settings()
    now = datetime.now(UTC)
    body = b'<rss version="2.0"><channel><title>t</title></channel></rss>'
    ok = Response(URL, URL, 200, {"etag": '"v1"', "last-modified": "Mon, 06 May 2024 09:30:00 GMT"}, body)
    with open_warehouse(db_path) as con:
        save(con, judge(FEED, ok, None, settings, now))
        state = queries.feed_states(con)[URL]
        assert conditional_headers(state)["If-None-Match"] == '"v1"'

        not_modified = Response(URL, URL, 304, {}, b"")  # a 304 need not repeat the validators
        poll = judge(FEED, not_modified, state, settings, now)
        assert poll.unchanged and poll.etag == '"v1"'
        save(con, poll)
        state = queries.feed_states(con)[URL]
        assert (state.etag, state.last_modified) == ('"v1"', "Mon, 06 May 2024 09:30:00 GMT")

        for n in (1, 2):
            failed = Response(
                URL, URL, 503, {}, b"", "HTTP 503 Service Unavailable (after 3 attempts)", attempts=3
            )
            poll = judge(FEED, failed, state, settings, now)
            assert poll.failure.reason.startswith("HTTP 503") and poll.failures_in_row == n
            save(con, poll)
            state = queries.feed_states(con)[URL]
            assert state.consecutive_failures == n
            assert state.next_fetch_at.astimezone(UTC) == now + timedelta(hours=n)
            assert not is_due(state, now) and is_due(state, now + timedelta(hours=n))
        assert state.etag == '"v1"'  # a failed poll keeps the last good validators

        save(con, judge(FEED, ok, state, settings, now + timedelta(hours=3)))
        state = queries.feed_states(con)[URL]
        assert (state.consecutive_failures, state.next_fetch_at) == (0, None)
