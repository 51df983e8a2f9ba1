"""The extraction stage on a Dask cluster (prefect-dask's DaskTaskRunner) loads the same rows."""

import threading

import pytest
from prefect_dask import DaskTaskRunner

import flows.ingest
from flows.ingest import ingest
from tests.conftest import write_feeds
from warehouse.db import connect

pytestmark = pytest.mark.usefixtures("prefect_harness")

TABLES = {
    "articles": "SELECT article_id, canonical_url, title, source, published_at, is_seed, duplicate_of, "
    "cluster_id, content_hash, text, language FROM articles ORDER BY article_id",
    "figures": 'SELECT figure_id, article_id, kind, value, qualifier, unit, start, "end", sentence '
    "FROM figures ORDER BY figure_id",
    "failures": "SELECT stage, url, reason FROM failures ORDER BY stage, url",
}


# Module-level so that Dask pickles the spy by reference and its records land here.
THREADS: list[str] = []
_extract_one = flows.ingest.extract_one


def _spy(*args):
    THREADS.append(threading.current_thread().name)
    return _extract_one(*args)


def snapshot(db) -> dict[str, list[tuple]]:
    con = connect(db, read_only=True)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in TABLES.items()}
    finally:
        con.close()


def test_dask_task_runner_loads_the_same_rows_as_the_default(local_env, tmp_path, monkeypatch):
    feeds = write_feeds(
        tmp_path / "feeds.toml",
        local_env,
        [
            ("Wire RSS", "/feeds/libya.xml"),
            ("Wire Atom", "/feeds/libya.atom"),
            ("Broken", "/feeds/broken.xml"),
        ],
    )
    default_db, dask_db = tmp_path / "default.duckdb", tmp_path / "dask.duckdb"
    assert ingest(feeds_file=str(feeds), db=str(default_db)).status == "completed"

    # One in-process worker keeps the test light; in production the address of a real cluster.
    runner = DaskTaskRunner(
        cluster_kwargs={
            "n_workers": 1,
            "processes": False,
            "threads_per_worker": 2,
            "dashboard_address": None,
        }
    )
    on_dask = ingest.with_options(task_runner=runner)
    monkeypatch.setattr(flows.ingest, "extract_one", _spy)
    assert on_dask(feeds_file=str(feeds), db=str(dask_db)).status == "completed"

    assert THREADS and all("Dask" in name for name in THREADS), THREADS
    expected, got = snapshot(default_db), snapshot(dask_db)
    assert expected["articles"] and expected["figures"]
    assert got == expected
