"""Large runs commit their pages a window at a time: the rows equal a one-window run's, and a run that
dies after a window leaves whole articles only, with the feeds' cursors not advanced."""

from __future__ import annotations

import pytest

import flows.ingest as ingest_module
from flows.ingest import run_plain
from tests.conftest import write_feeds
from tests.durability import rows, snapshot


@pytest.fixture
def feeds(local_env, tmp_path):
    return write_feeds(
        tmp_path / "feeds.toml", local_env, [("Wire RSS", "/feeds/libya.xml"), ("Atom", "/feeds/libya.atom")]
    )


def test_windows_of_two_pages_load_what_one_window_loads(feeds, tmp_path, monkeypatch):
    whole = run_plain(feeds_file=str(feeds), db=str(tmp_path / "whole.duckdb"))
    monkeypatch.setattr(ingest_module, "PAGE_WINDOW", 2)
    windowed = run_plain(feeds_file=str(feeds), db=str(tmp_path / "windowed.duckdb"))
    assert windowed.status == whole.status == "completed"
    assert windowed.counts["pages_fetched"] == whole.counts["pages_fetched"] > 4
    assert windowed.counts["articles_new"] == whole.counts["articles_new"]
    assert windowed.counts["figures_new"] == whole.counts["figures_new"]
    assert windowed.counts["windows_articles_new"] > 0  # some articles were committed before the end
    got, expected = snapshot(tmp_path / "windowed.duckdb"), snapshot(tmp_path / "whole.duckdb")
    assert {r[:2] for r in got["articles"]} == {r[:2] for r in expected["articles"]}
    assert got["figures"] == expected["figures"] and got["feeds"] == expected["feeds"]
    (run,) = rows(tmp_path / "windowed.duckdb", "SELECT status, articles_new FROM runs")
    assert run == ("completed", whole.counts["articles_new"])


def test_a_run_dying_after_its_first_window_advances_no_feed_cursor(feeds, tmp_path, monkeypatch):
    db = tmp_path / "newsmon.duckdb"
    monkeypatch.setattr(ingest_module, "PAGE_WINDOW", 2)

    def die(*args, **kwargs):
        raise RuntimeError("killed before the final batch")

    with monkeypatch.context() as patch:
        patch.setattr(ingest_module, "load_or_spool", die)
        with pytest.raises(RuntimeError):
            run_plain(feeds_file=str(feeds), db=str(db))
    early = rows(db, "SELECT article_id FROM articles WHERE NOT is_seed")
    assert early  # the first windows were committed, each whole: every article has its figures row set
    assert rows(db, "SELECT count(*) FROM feeds WHERE etag IS NOT NULL OR body_hash IS NOT NULL") == [(0,)]
    assert rows(db, "SELECT status FROM runs") == [("failed",)]

    again = run_plain(feeds_file=str(feeds), db=str(db))
    assert again.status == "completed"
    ids = [r[0] for r in rows(db, "SELECT article_id FROM articles")]
    assert len(ids) == len(set(ids))
    assert rows(db, "SELECT count(*) FROM feeds WHERE body_hash IS NOT NULL") == [(2,)]
    whole = tmp_path / "whole.duckdb"
    monkeypatch.setattr(ingest_module, "PAGE_WINDOW", 1000)
    run_plain(feeds_file=str(feeds), db=str(whole))
    assert {r[1] for r in snapshot(db)["articles"]} == {r[1] for r in snapshot(whole)["articles"]}
    assert snapshot(db)["figures"] == snapshot(whole)["figures"]


def test_a_window_fetched_in_batches_of_page_batch_pages_loads_the_same_rows(feeds, tmp_path, monkeypatch):
    whole = run_plain(feeds_file=str(feeds), db=str(tmp_path / "whole.duckdb"))
    monkeypatch.setattr(ingest_module, "PAGE_BATCH", 2)
    fetched: list[int] = []
    fetch = ingest_module.fetch_pages.fn

    def counting(entries, settings):
        fetched.append(len(entries))
        return fetch(entries, settings)

    monkeypatch.setattr(ingest_module.fetch_pages, "fn", counting)
    batched = run_plain(feeds_file=str(feeds), db=str(tmp_path / "batched.duckdb"))
    assert batched.status == "completed" and batched.counts["pages_fetched"] == whole.counts["pages_fetched"]
    assert max(fetched) == 2 and sum(fetched) == whole.counts["pages_fetched"]
    got, expected = snapshot(tmp_path / "batched.duckdb"), snapshot(tmp_path / "whole.duckdb")
    assert {r[:2] for r in got["articles"]} == {r[:2] for r in expected["articles"]}
    assert got["figures"] == expected["figures"] and got["feeds"] == expected["feeds"]
