"""Extraction over a process pool gives exactly what one process gives, in the flow and on its own."""

import pytest

from extractors.records import Entry
from flows.http.fetch import Response
from flows.ingest import ingest
from flows.stages.extract import collect, extract_one, extract_parallel, pool_size
from tests.conftest import write_feeds
from tests.durability import snapshot
from tests.localsite import FIXTURES


def test_pool_size_is_one_for_small_batches_and_the_setting_wins():
    assert pool_size(10, 0) == 1
    assert pool_size(1000, 0) >= 1
    assert pool_size(10, 3) == 3


def test_parallel_extraction_equals_sequential():
    pages = [
        "tripoli-clashes.html",
        "misrata-displaced.html",
        "benghazi-flood.html",
        "stub.html",
        "derna.html",
    ]
    items = []
    for n in range(40):
        name = pages[n % len(pages)]
        url = f"https://wire.example/{n}/{name}"
        body = (FIXTURES / "articles" / name).read_bytes()
        response = Response(url, url, 200, {"content-type": "text/html; charset=utf-8"}, body)
        items.append((Entry("https://wire.example/feed", url, f"Libya {n}", "", None), url, response))
    sequential = collect(extract_one(*item) for item in items)
    parallel = extract_parallel(items, 2)
    assert parallel == sequential
    assert len(parallel.articles) == 32 and len(parallel.failures) == 8


@pytest.mark.usefixtures("prefect_harness")
def test_the_flow_with_a_process_pool_loads_the_same_rows(local_env, tmp_path, monkeypatch):
    feeds = write_feeds(
        tmp_path / "feeds.toml", local_env, [("Wire RSS", "/feeds/libya.xml"), ("Atom", "/feeds/libya.atom")]
    )
    ingest(feeds_file=str(feeds), db=str(tmp_path / "one.duckdb"))
    monkeypatch.setenv("NEWSMON_WORKERS", "2")
    ingest(feeds_file=str(feeds), db=str(tmp_path / "pool.duckdb"))
    assert snapshot(tmp_path / "pool.duckdb") == snapshot(tmp_path / "one.duckdb")


def _model_loaded() -> bool:
    from py3langid import langid

    return langid.IDENTIFIER is not None  # (before any text was classified in this worker)


def test_pool_workers_start_with_the_language_model_loaded():
    """The forkserver imports flows.langmodel_preload: each worker has py3langid's model from the unpacked copy,
    without unpacking the library's own file in every process."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from flows.stages.extract import PRELOAD

    assert "flows.langmodel_preload" in PRELOAD
    # (the forkserver lives as long as this process: an earlier test may have started it, with the same list)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        assert pool.submit(_model_loaded).result(timeout=120)
