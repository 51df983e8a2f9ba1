"""The offline stage (text extraction, figures, dedup, load) against trafilatura alone, same pages.

trafilatura's extraction is the floor: everything else newsmon does on a fetched page (metadata and
date fallback, language, figures, content hash, MinHash signature and candidate lookup, the load)
should add little on top. Target: the whole offline stage, using both cores, takes at most 1.25x the
time trafilatura alone takes on one core.

    python -m bench.offline
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import trafilatura

from bench.corpus import build

PAGES = 1000
TARGET_RATIO = 1.25


def _items(n: int):
    from extractors.records import Entry
    from flows.http.fetch import Response

    corpus = build(n, "https://bench.example")
    items = []
    for path, body in corpus.pages.items():
        url = "https://bench.example" + path
        response = Response(url, url, 200, {"content-type": "text/html; charset=utf-8"}, body)
        items.append((Entry("https://bench.example/feed.xml", url, "Libya", "", None), url, response))
    return items


def _offline(items, workers: int, db: Path) -> tuple[float, int]:
    from extractors.dedup.verdict import decide, fingerprints
    from flows.notify.delivery import AlertPolicy
    from flows.stages.commit import commit_batch
    from flows.stages.dedup import read_stored
    from flows.stages.extract import collect, extract_one, extract_parallel
    from flows.stages.spool import Batch
    from warehouse.db import open_readonly, open_warehouse

    started = time.perf_counter()
    extracted = extract_parallel(items, workers) if workers > 1 else collect(extract_one(*i) for i in items)
    new = [a for a, _ in extracted.articles]
    prints = fingerprints(new)
    with open_readonly(db) as con:
        plan = decide([], new, prints, read_stored(con, [], new, prints))
    batch = Batch("bench-offline", __import__("datetime").datetime.now().astimezone(),
                  tuple((a, tuple(f)) for a, f in extracted.articles))  # fmt: skip
    with open_warehouse(db) as con:
        commit_batch(con, batch, [], AlertPolicy(), plan)
    return time.perf_counter() - started, len(extracted.articles)


def measure(pages: int = PAGES) -> dict:
    from flows.stages.extract import pool_size
    from warehouse.db import open_warehouse

    items = _items(pages)
    bodies = [(r.final_url, r.body) for _, _, r in items]
    for url, body in bodies[:5]:  # warm imports and caches
        trafilatura.bare_extraction(body, url=url, with_metadata=True)
    started = time.perf_counter()
    for url, body in bodies:
        trafilatura.bare_extraction(
            body,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    floor = time.perf_counter() - started
    results = {"pages": pages, "trafilatura_alone_s": round(floor, 2), "page_kb": round(
        sum(len(b) for _, b in bodies) / len(bodies) / 1024, 1)}  # fmt: skip
    workers = pool_size(pages, 0)
    with tempfile.TemporaryDirectory() as tmp:
        for name, n in (("one_process", 1), ("pool", workers)):
            db = Path(tmp) / f"{name}.duckdb"
            with open_warehouse(db):
                pass
            seconds, articles = _offline(items, n, db)
            results[f"{name}_s"] = round(seconds, 2)
            results[f"{name}_articles"] = articles
    results["workers"] = workers
    results["articles_per_s"] = round(pages / results["pool_s"], 1)
    results["cpu_overhead"] = round(results["one_process_s"] / floor - 1, 3)
    results["ratio"] = round(results["pool_s"] / floor, 3)
    results["target_ratio"] = TARGET_RATIO
    results["ok"] = results["ratio"] <= TARGET_RATIO
    return results


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
