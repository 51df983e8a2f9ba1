"""The `ingest` flow: seeds, feeds, pages, text, dedup, figures, load.

I/O tasks (fetching, the warehouse) are kept apart from the pure extraction in `extractors/`; the flow
only composes them. Work is batched: one task polls every feed concurrently, one fetches the pages,
and extraction runs one task per chunk of pages.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import opaque

from extractors.dedup.verdict import DedupPlan, decide, fingerprints
from extractors.records import Article, Entry, Failure, FeedSpec, Figure
from flows.http.fetch import Request, Response, fetch_many
from flows.langmodel import prime
from flows.notify.delivery import AlertPolicy, Delivery, deliver, smtp_configured, summary_line
from flows.settings import Settings
from flows.stages.commit import (
    WINDOW_COUNTS,
    BatchSpooled,
    feed_updates,
    load_or_spool,
    load_window,
    record_failed_run,
    replay_spool,
)
from flows.stages.dedup import read_stored
from flows.stages.extract import Extracted, collect, extract_one, extract_parallel, pool_size
from flows.stages.lock import run_lock
from flows.stages.pending import Retries, Settled, plan_retries, read_pending, settle, with_retries
from flows.stages.poll import FeedPoll, poll_all, select_entries
from flows.stages.seeds import read_seeds
from flows.stages.spool import Batch
from flows.stages.start import read_start_state, stored_pages
from flows.watch import load_watch
from seeds import DEFAULT_FEEDS, SEEDS_DIR
from warehouse import load, queries
from warehouse.db import DatabaseLocked, limit_memory, open_readonly, open_warehouse

CHUNK = 50  # pages per extraction task (on the default runner's threads, or on Dask)
PAGE_WINDOW = 1000  # pages fetched, extracted, deduplicated and committed at a time: bounds the run's memory
PAGE_BATCH = 500  # pages of a window fetched and extracted at a time: the page bodies held at once
WINDOW_LOCK_WAIT = 10.0  # seconds a window's commit waits for a locked file before carrying the window on

_plain: ContextVar[bool] = ContextVar("newsmon_plain", default=False)


def _call(task_, *args, **kwargs):
    """Call a task, or, in `run_plain`, its undecorated function. Arguments go in `opaque`: Prefect
    still links a task's result passed whole to the task that made it, but does not walk every
    article and page inside (twice per call: over a second a 1,000-article run)."""
    if _plain.get():
        return task_.fn(*args, **kwargs)
    return task_(*map(opaque, args), **{key: opaque(value) for key, value in kwargs.items()})


def run_plain(feeds_file: str | None = None, db: str | None = None, refresh: bool = False) -> RunSummary:
    """The same run with the Prefect decorators taken off: every task's function is called directly.
    Benchmarks compare it with the flow to measure what orchestration costs."""
    token = _plain.set(True)
    try:
        return ingest.fn(feeds_file, db, refresh)
    finally:
        _plain.reset(token)


@dataclass(slots=True)
class RunSummary:
    run_id: str
    db: Path
    status: str = "running"
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    feeds: list[tuple[str, str, str]] = field(default_factory=list)  # (name, url, outcome)
    alerts: str = ""  # one line: new, sent and pending alerts


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:8]


# --- feeds -----------------------------------------------------------------------------------------


@task(name="poll-feeds", cache_policy=NO_CACHE)
def poll_feeds(
    feeds: Sequence[FeedSpec], states: dict[str, queries.FeedState], settings: Settings
) -> list[FeedPoll]:
    """Fetch every due feed concurrently (conditional GET) and parse the ones that changed."""
    return poll_all(feeds, states, settings)


# --- pages -----------------------------------------------------------------------------------------


@task(name="fetch-pages", cache_policy=NO_CACHE)
def fetch_pages(entries: Sequence[tuple[Entry, str]], settings: Settings) -> list[Response]:
    headers = {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}
    return fetch_many([Request(entry.url, headers, robots=True) for entry, _ in entries], settings)


@task(name="extract-articles", cache_policy=NO_CACHE)
def extract_chunk(items: Sequence[tuple[Entry, str, Response]]) -> Extracted:
    """One chunk of pages, in this worker (the default runner's threads, or a Dask worker)."""
    return collect(extract_one(*item) for item in items)


@task(name="extract-articles-pool", cache_policy=NO_CACHE)
def extract_in_processes(items: Sequence[tuple[Entry, str, Response]], workers: int) -> Extracted:
    """A large batch on the default runner: chunks spread over a pool of processes (all cores)."""
    return extract_parallel(items, workers)


def extract_stage(items: list[tuple[Entry, str, Response]], settings: Settings) -> Extracted:
    """Extraction uses every core when the batch is large enough to pay for a process pool; on a Dask
    (or any other) task runner, the chunks are that runner's tasks."""
    if not items:
        return Extracted([], [])
    prime()  # the language model from its unpacked copy, once, for this process (flows/langmodel.py)
    context = FlowRunContext.get()
    on_threads = context is None or isinstance(context.task_runner, ThreadPoolTaskRunner)
    workers = pool_size(len(items), settings.workers)
    if on_threads and workers > 1:
        return _call(extract_in_processes, items, workers)
    if _plain.get():
        chunks = [extract_chunk.fn(chunk) for chunk in _chunks(items, CHUNK)]
    else:
        chunks = [f.result() for f in extract_chunk.map(_chunks(items, CHUNK))]
    return collect(item for chunk in chunks for item in (*chunk.articles, *chunk.failures))


# --- dedup and load --------------------------------------------------------------------------------


@task(name="dedup", cache_policy=NO_CACHE)
def dedup_batch(
    db: Path,
    seeds: Sequence[tuple[Article, list[Figure]]],
    articles: Sequence[tuple[Article, list[Figure]]],
    lock_timeout: float = 0.0,
) -> DedupPlan:
    """Link new articles to the earliest article of their story; reads only, on a read-only connection."""
    seed_articles, new = [s for s, _ in seeds], [a for a, _ in articles]
    prints = fingerprints(new)
    with open_readonly(db, lock_timeout=lock_timeout) as con:
        stored = read_stored(con, seed_articles, new, prints)
    return decide(seed_articles, new, prints, stored)


@task(name="load", cache_policy=NO_CACHE)
def load_batch(
    db: Path,
    run_id: str,
    seeds: Sequence[tuple[Article, list[Figure]]],
    polls: Sequence[FeedPoll],
    articles: Sequence[tuple[Article, list[Figure]]],
    failures: Sequence[Failure],
    alert_policy: AlertPolicy | None = None,
    dedup: DedupPlan | None = None,
    *,
    started_at: datetime | None = None,
    counts: dict[str, int] | None = None,
    lock_timeout: float = 0.0,
    spool_dir: Path | None = None,
    pending: Settled | None = None,
) -> dict[str, int]:
    """Load everything of a run in one transaction: seeds, articles, figures, dedup links and band
    keys, feed state, failures, the run's row, and the alerts for the headline changes they bring.
    Without a `dedup` plan from `dedup_batch`, one is made here. When the database stays locked past
    `lock_timeout` and a `spool_dir` is given, the batch is spooled and BatchSpooled raised. `pending`:
    the pages to fetch again in a later run, and those to take off that list."""
    batch = Batch(
        run_id=run_id,
        started_at=started_at or datetime.now(UTC),
        articles=tuple((a, tuple(f)) for a, f in articles),
        feeds=feed_updates(polls),
        failures=tuple(failures),
        counts=dict(counts or {}),
        pending=pending.pending if pending else (),
        pending_done=pending.done if pending else (),
    )
    return load_or_spool(db, batch, seeds, alert_policy or AlertPolicy(), dedup, lock_timeout, spool_dir)


@task(name="send-alerts", cache_policy=NO_CACHE)
def send_alerts(settings: Settings, run_id: str) -> tuple[Delivery, list[Failure]]:
    """After the commit: deliver pending alerts (and operator incidents) by SMTP. SMTP trouble, or a
    database an analyst holds, is a failure of this step only: the alerts stay pending, never a failed run."""
    try:
        with open_warehouse(settings.db, lock_timeout=min(settings.db_lock_timeout, 30.0)) as con:
            delivery = deliver(con, settings)
            failures = (
                [Failure("alert", f"smtp://{settings.smtp_host}", delivery.error)] if delivery.error else []
            )
            load.load_failures(con, run_id, failures)
    except DatabaseLocked as exc:
        delivery = Delivery(configured=smtp_configured(settings), error=f"alerts stay pending: {exc}")
        failures = [Failure("alert", str(settings.db), delivery.error)]
    return delivery, failures


def _chunks(items: Sequence, size: int) -> list[Sequence]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@flow(name="ingest", log_prints=False)
def ingest(feeds_file: str | None = None, db: str | None = None, refresh: bool = False) -> RunSummary:
    """One ingestion: load the seeds, poll the watch's feeds, fetch new in-scope pages, load into DuckDB.

    One run at a time per database: a second one raises RunLocked before it writes anything, and a
    `running` row found under the lock is a run whose process died: it is marked failed.
    """
    settings = Settings.from_env(db=Path(db) if db else None, feeds=Path(feeds_file) if feeds_file else None)
    with limit_memory(settings.db_memory_limit), run_lock(settings.db):
        return _ingest(settings, refresh)


def _pages(
    window: Sequence[tuple[Entry, str]], settings: Settings, retries: Retries
) -> tuple[list[tuple[Article, list[Figure]]], int, list[Failure], Settled]:
    """Fetch and extract a window PAGE_BATCH pages at a time (one batch's bodies held): its articles (one per id),
    pages fetched, failures, and pages to fetch again (a transient failure waits in `pending_pages`)."""
    articles: dict[str, tuple[Article, list[Figure]]] = {}
    failures, pending, done = [], [], []
    for part in _chunks(window, PAGE_BATCH):
        responses = _call(fetch_pages, part, settings)
        items = [(e, url, r) for (e, url), r in zip(part, responses, strict=True)]
        settled = settle(items, retries.previous, settings, datetime.now(UTC))
        extracted = extract_stage([item for item in items if not item[2].transient], settings)
        del responses, items  # this batch's bodies go before the next batch is fetched
        for article, figures in extracted.articles:
            articles.setdefault(article.article_id, (article, figures))
        failures += [*settled.failures, *extracted.failures]
        pending, done = pending + [*settled.pending], done + [*settled.done]
    return list(articles.values()), len(window), failures, Settled(tuple(pending), tuple(done), ())


@task(name="load-window", cache_policy=NO_CACHE)
def load_page_window(
    db: Path, batch: Batch, seeds, plan: DedupPlan | None, lock_timeout: float
) -> dict | None:
    """Commit one window of a large run's pages in its own transaction (None: not now, carried on)."""
    return load_window(db, batch, seeds, plan, lock_timeout)


def _fetch_windows(
    run_id: str, started_at: datetime, entries: list, settings: Settings, retries: Retries, seeds: list
) -> tuple[list[tuple[Article, list[Figure]]], int, list[Failure], Settled, dict[str, int]]:
    """Fetch, extract and dedup the pages a window at a time; every window but the last is committed
    in its own transaction (memory holds one window), the last goes with the final batch, where the
    feeds' cursors advance. A window the database cannot take yet is carried on. Failures and pending
    pages (small, keyed) all go to the final batch too: committing one twice adds nothing."""
    windows = _chunks(entries, PAGE_WINDOW) or [[]]
    held: dict[str, tuple[Article, list[Figure]]] = {}
    failures, pending, done = list(retries.dropped), [], list(retries.done)
    fetched, totals = 0, dict.fromkeys(WINDOW_COUNTS, 0)
    for number, window in enumerate(windows, 1):
        articles, n, page_failures, settled = _pages(window, settings, retries)
        fetched, failures, pending, done = (
            fetched + n,
            failures + page_failures,
            pending + [*settled.pending],
            done + [*settled.done],
        )
        for article, figures in articles:
            held.setdefault(article.article_id, (article, figures))
        if number == len(windows):
            break
        timeout = min(settings.db_lock_timeout, WINDOW_LOCK_WAIT)
        try:
            plan = _call(dedup_batch, settings.db, seeds, list(held.values()), timeout)
        except DatabaseLocked:
            continue
        batch = Batch(run_id, started_at, tuple((a, tuple(f)) for a, f in held.values()), (), tuple(failures),
                      {}, tuple(pending), tuple(done))  # fmt: skip
        loaded = _call(load_page_window, settings.db, batch, seeds, plan, timeout)
        if loaded is not None:
            held.clear()
            totals = {key: totals[key] + loaded.get(key, 0) for key in totals}
    windowed = {f"windows_{key}": value for key, value in totals.items()}
    return list(held.values()), fetched, failures, Settled(tuple(pending), tuple(done), ()), windowed


def _to_fetch(
    entries: list[tuple[Entry, str]], retries: Retries, settings: Settings, refresh: bool
) -> list[tuple[Entry, str]]:
    """The pages this run fetches: due pending pages in, those still waiting out, and (unless
    --refresh) no page already stored; a redirector link matches its stored url."""
    entries = with_retries(entries, retries)
    if refresh:
        return entries
    stored = stored_pages(settings.db, entries, settings.db_lock_timeout)
    retries.done.extend(url for e, url in retries.due if url in stored or e.url in stored)
    return [(e, url) for e, url in entries if url not in stored and e.url not in stored]


def _deliver(settings: Settings, run_id: str, loaded: dict) -> tuple[Delivery, list[Failure]]:
    """Send the alerts the load queued; nothing to send, or nowhere to send it: no task, no second write."""
    waiting = loaded.get("alerts_waiting", 1) + loaded.get("incidents_waiting", 1)
    if smtp_configured(settings) and waiting:
        return _call(send_alerts, settings, run_id)
    return Delivery(configured=smtp_configured(settings), pending=loaded.get("alerts_waiting", 0)), []


def _complete(summary: RunSummary, counts: dict, delivery: Delivery, failures: list[Failure], polls) -> None:
    summary.counts = counts
    summary.alerts = summary_line(delivery, counts["alerts_new"])
    summary.failures = failures
    summary.feeds = [(p.feed.name, p.feed.url, p.outcome) for p in polls]
    summary.status = "completed"


def _counts(
    polls, seen: int, in_scope: int, fetched: int, pending: int, failures: int, windows: dict
) -> dict:
    skipped = sum(1 for p in polls if p.skipped)
    return {"feeds_polled": len(polls) - skipped, "feeds_skipped": skipped, "entries_seen": seen,
            "entries_in_scope": in_scope, "pages_fetched": fetched, "pages_pending": pending,
            "failures": failures, **windows}  # fmt: skip


def _ingest(settings: Settings, refresh: bool) -> RunSummary:
    """The run. It holds no write lock while it fetches: it reads what it needs read-only, and opens
    the database read-write only to load the spool (if any) and, at the end, its own batch."""
    watch = load_watch(settings.feeds or DEFAULT_FEEDS)
    run_id = new_run_id()
    started_at = datetime.now(UTC)
    summary = RunSummary(run_id=run_id, db=settings.db)
    policy = AlertPolicy.from_settings(settings, watch)
    seeds, failures = read_seeds(settings.seeds_dir or SEEDS_DIR)
    timeout = settings.db_lock_timeout
    try:
        replayed = replay_spool(settings.db, settings.spool_dir, seeds, policy, timeout)
        states = read_start_state(settings.db, timeout)
        retries = plan_retries(read_pending(settings.db, timeout), {f.url for f in watch.feeds}, started_at)
        polls = _call(poll_feeds, watch.feeds, states, settings) if watch.feeds else []
        failures += [f for p in polls for f in p.failures]
        entries, seen = select_entries(polls, watch)
        in_scope = len(entries)
        entries = _to_fetch(entries, retries, settings, refresh)

        articles, fetched, page_failures, pending, windows = _fetch_windows(
            run_id, started_at, entries, settings, retries, seeds
        )
        failures += page_failures

        try:
            plan = _call(dedup_batch, settings.db, seeds, articles, timeout)
        except DatabaseLocked:
            plan = None  # decided inside the load's transaction instead (or when the spool is loaded)
        counts = _counts(polls, seen, in_scope, fetched, len(pending.pending), len(failures), windows)
        loaded = _call(
            load_batch, settings.db, run_id, seeds, polls, articles, failures, policy, dedup=plan,
            started_at=started_at, counts=counts, lock_timeout=timeout, spool_dir=settings.spool_dir,
            pending=pending,
        )  # fmt: skip
        counts.update(loaded)
        delivery, alert_failures = _deliver(settings, run_id, loaded)
        failures += alert_failures
        counts.update(
            failures=len(failures),
            alerts_sent=delivery.sent,
            alerts_pending=delivery.pending,
            spool_batches=replayed.batches,
            spool_articles=replayed.articles_new,
        )
        _complete(summary, counts, delivery, failures, polls)
    except BatchSpooled:
        summary.status = "spooled"
        raise
    except Exception as exc:
        summary.status = "failed"
        record_failed_run(settings.db, run_id, started_at, f"{type(exc).__name__}: {exc}", failures)
        raise
    return summary
