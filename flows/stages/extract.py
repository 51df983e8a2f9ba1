"""Extraction of fetched pages: text, metadata and figures, one page at a time or over a process pool.

This module does not import Prefect, so the pool's worker processes start light: they import the
extractors (trafilatura, the figure rules) once, then take chunks of pages.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from extractors.dedup.fingerprint import content_hash, stable_id
from extractors.records import Article, Entry, Failure, Figure
from extractors.text.article import Rejected, extract_page, page_figures
from extractors.text.language import detect
from extractors.text.outlet import outlet_name
from extractors.text.urls import article_canonical, is_redirector
from flows.http.fetch import Response
from flows.lifeline import die_with_parent

POOL_MIN_PAGES = 64  # below this, starting a pool costs more than it saves
POOL_CHUNK = 16


@dataclass(frozen=True, slots=True)
class Extracted:
    articles: list[tuple[Article, list[Figure]]]
    failures: list[Failure]


def extract_one(entry: Entry, canonical: str, response: Response) -> tuple[Article, list[Figure]] | Failure:
    """Turn one fetched page into an article with its figures, or a failure with the reason.

    A redirector link (Google News, feedproxy) gets the canonical URL of the page it led to.
    """
    if response.error is not None:
        return Failure("page", entry.url, response.error)
    url, via_url = entry.url, entry.via_url
    if is_redirector(entry.url):  # an aggregator link we could not decode: its redirects were followed
        if is_redirector(response.final_url):
            return Failure("page", entry.url, f"aggregator link not resolved: it led to {response.final_url}")
        url, via_url = response.final_url, entry.url
    canonical = article_canonical(entry.url, response.final_url) or canonical
    content_type = response.headers.get("content-type", "")
    if content_type and not any(t in content_type.lower() for t in ("html", "xml", "text/plain")):
        return Failure("page", entry.url, f"not an HTML page (Content-Type {content_type})")
    try:
        page = extract_page(response.body, response.final_url, content_type)
    except Rejected as exc:
        return Failure("extract", entry.url, str(exc))
    published = page.published_at or entry.published_at
    language = detect(page.text, entry.language or page.language)
    article = Article(
        article_id=stable_id(canonical),
        url=url,
        canonical_url=canonical,
        title=page.title or entry.title or None,
        source=outlet_name(
            response.final_url, page.sitename, entry.feed_name, entry.feed_url, page.title or entry.title
        ),
        published_at=published,
        text=page.text,
        content_hash=content_hash(page.text),
        feed_url=entry.feed_url,
        language=language,
        charset=page.charset,
        charset_source=page.charset_source,
        access=page.access,
        via_url=via_url,
    )
    return article, page_figures(page, published.date() if published else None, language)


def collect(results: Iterable[tuple[Article, list[Figure]] | Failure]) -> Extracted:
    """Articles (once per article id: two redirector links may lead to one page) and failures."""
    articles: dict[str, tuple[Article, list[Figure]]] = {}
    failures: list[Failure] = []
    for result in results:
        if isinstance(result, Failure):
            failures.append(result)
        else:
            articles.setdefault(result[0].article_id, result)
    return Extracted(list(articles.values()), failures)


def pool_size(pages: int, workers: int) -> int:
    """Processes for a batch: NEWSMON_WORKERS when set, else every core once the batch is large enough."""
    if workers > 0:
        return workers
    if pages < POOL_MIN_PAGES:
        return 1
    return max(1, min(os.cpu_count() or 1, 8, pages // POOL_CHUNK))


def _extract_many(
    items: Sequence[tuple[Entry, str, Response]],
) -> list[tuple[Article, list[Figure]] | Failure]:
    return [extract_one(*item) for item in items]


# What the pool's forkserver imports before it forks a worker: the extractors, the lifeline (the forkserver and
# the workers die with the run, even after a SIGKILL of it: flows/lifeline.py), and the language model.
PRELOAD = ["flows.stages.extract", "flows.lifeline_preload", "flows.langmodel_preload"]


def extract_parallel(items: Sequence[tuple[Entry, str, Response]], workers: int) -> Extracted:
    """Extract over `workers` processes: this one and a pool of `workers - 1` (forkserver: no fork of a
    threaded parent). This process already holds the extractors' models, so it works too rather than
    waiting with them idle (one process fewer in memory). The pool takes chunks from the front, always
    one queued ahead per process; this process takes them from the back. Results keep the items' order."""
    if workers < 2:
        return collect(extract_one(*item) for item in items)
    size = max(1, min(POOL_CHUNK, -(-len(items) // workers)))  # a small batch still reaches the pool
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    results: list[list[tuple[Article, list[Figure]] | Failure]] = [[] for _ in chunks]
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    with ProcessPoolExecutor(
        max_workers=workers - 1, mp_context=context, initializer=die_with_parent
    ) as pool:
        queued: dict[int, Future] = {}
        front, back = 0, len(chunks)
        while front < back:
            while front < back and sum(not f.done() for f in queued.values()) < 2 * (workers - 1):
                queued[front] = pool.submit(_extract_many, chunks[front])
                front += 1
            if front < back:
                back -= 1
                results[back] = _extract_many(chunks[back])
        for index, future in queued.items():
            results[index] = future.result()
    return collect(result for chunk in results for result in chunk)
