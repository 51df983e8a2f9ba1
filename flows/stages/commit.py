"""Loading a run's batch: one transaction, a short write window, and the spool when the file is locked.

- `commit_window`: a large run commits its pages a window (about 1,000 articles) at a time, each in
  its own transaction with its figures, links, failures and pending pages: memory holds one window.
- `commit_batch`: in ONE transaction, the seeds, the batch's articles and figures, their dedup links
  and band keys, each feed's new ETag/Last-Modified/body hash, the failures, the pages to fetch again
  (`pending_pages`), the run's row and the alerts its figures bring. A feed's cursor never advances without its data, and a partial batch is
  never visible. Every write is a keyed upsert, so committing the same batch again adds nothing.
- `load_or_spool`: open read-write (waiting up to NEWSMON_DB_LOCK_TIMEOUT while an analyst or another
  process holds the file), commit, CHECKPOINT, close. When the wait runs out, the batch goes to the
  spool and the run ends with `BatchSpooled`, a clear failure naming the holder and the file.
- `replay_spool`: at the start of the next run, each spooled batch is committed, then its file removed.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from extractors.dedup.minhash import SCHEME
from extractors.dedup.verdict import DedupPlan
from extractors.records import Article, Failure, Figure
from flows.notify.delivery import AlertPolicy, queue_alerts
from flows.stages import spool
from flows.stages.dedup import plan_dedup
from flows.stages.poll import FeedPoll
from warehouse import load, pending
from warehouse.db import DatabaseLocked, WarehouseError, checkpoint, open_warehouse, transaction
from warehouse.dedup import save_fingerprints
from warehouse.outbox import count_by_status, pending_incidents
from warehouse.teasers import replace_teasers

log = logging.getLogger("newsmon.load")


class BatchSpooled(WarehouseError):
    """The database stayed locked: the run's batch is in the spool and loads with the next run."""


def feed_updates(polls: Sequence[FeedPoll]) -> tuple[load.FeedUpdate, ...]:
    """What each poll changes in `feeds`; a feed skipped while backing off changes nothing."""
    now = datetime.now(UTC)
    updates = []
    for poll in polls:
        response = poll.response
        if response is None:
            continue
        updates.append(
            load.FeedUpdate(
                feed_url=poll.feed.url, name=poll.feed.name, language=poll.feed.language, status=response.status,
                error=poll.error, fetched_at=now, etag=poll.etag, last_modified=poll.last_modified,
                body_hash=poll.body_hash, entries=len(poll.parsed.entries) if poll.parsed else None,
                next_fetch_at=poll.next_fetch_at, final_url=response.final_url, attempts=response.attempts,
                duration=response.elapsed,
            )
        )  # fmt: skip
    return tuple(updates)


WINDOW_COUNTS = (
    "articles_new",
    "figures_new",
    "seeds_new",
    "seeds_updated",
    "duplicates_new",
    "teasers_replaced",
)


def _load_data(
    con: duckdb.DuckDBPyConnection,
    batch: spool.Batch,
    seeds: Sequence[tuple[Article, Sequence[Figure]]],
    plan: DedupPlan | None,
) -> dict[str, int]:
    """The data of a batch or window, in the caller's transaction: seeds, articles and figures, teasers
    replaced, dedup links and band keys, failures, pending pages."""
    counts = dict.fromkeys(WINDOW_COUNTS, 0)
    articles = list(batch.articles)
    if plan is None:
        plan = plan_dedup(con, [s for s, _ in seeds], [a for a, _ in articles])
    for article, figures in seeds:
        outcome = load.load_seed(con, article, figures, batch.run_id)
        if outcome == "new":
            counts["seeds_new"] += 1
            counts["articles_new"] += 1
            counts["figures_new"] += len(figures)
        elif outcome == "updated":
            counts["seeds_updated"] += 1
    new_articles, new_figures = load.load_articles(
        con, articles, batch.run_id, plan.duplicates, plan.clusters
    )
    counts["teasers_replaced"] = replace_teasers(con, articles, batch.run_id)
    save_fingerprints(con, plan.fingerprints, SCHEME, batch.run_id)
    counts["articles_new"] += new_articles
    counts["figures_new"] += new_figures
    counts["duplicates_new"] = len(plan.duplicates)
    load.load_failures(con, batch.run_id, batch.failures)
    pending.remove(con, batch.pending_done)
    pending.save(con, batch.pending, batch.run_id)
    return counts


def commit_window(
    con: duckdb.DuckDBPyConnection,
    batch: spool.Batch,
    seeds: Sequence[tuple[Article, Sequence[Figure]]],
    plan: DedupPlan | None = None,
) -> dict[str, int]:
    """Commit one window of a large run in its own transaction: its data, and the run's row as
    `running` (a run killed later is marked failed by the next one; its windows stay, each whole).
    Feeds' cursors, the run's completion and the alerts wait for the run's final batch."""
    with transaction(con):
        load.start_run(con, batch.run_id, batch.started_at)
        return _load_data(con, batch, seeds, plan)


def commit_batch(
    con: duckdb.DuckDBPyConnection,
    batch: spool.Batch,
    seeds: Sequence[tuple[Article, Sequence[Figure]]],
    policy: AlertPolicy,
    plan: DedupPlan | None = None,
    spooled: bool = False,
) -> dict[str, int]:
    """Commit one batch in one transaction (see the module's docstring); returns its counts, with those
    of the run's windows committed before (`windows_<count>` in `batch.counts`) added."""
    with transaction(con):
        counts = _load_data(con, batch, seeds, plan)
        for key in WINDOW_COUNTS:
            counts[key] += int(batch.counts.get(f"windows_{key}", 0))
        for update in batch.feeds:
            load.save_feed_state(con, update, batch.run_id)
        load.fail_interrupted_runs(con, batch.run_id)  # under the run lock no other run is in progress
        load.record_run(con, batch.run_id, batch.started_at, {**batch.counts, **counts}, spooled=spooled)
        counts["alerts_new"] = queue_alerts(con, batch.run_id, policy)
        counts["alerts_waiting"] = sum(
            n for status, n in count_by_status(con).items() if status in ("pending", "sending")
        )
        counts["incidents_waiting"] = len(pending_incidents(con))
    return counts


@dataclass(frozen=True, slots=True)
class Replayed:
    batches: int
    articles_new: int
    figures_new: int


def replay_spool(
    db: Path,
    spool_dir: Path,
    seeds: Sequence[tuple[Article, Sequence[Figure]]],
    policy: AlertPolicy,
    lock_timeout: float,
) -> Replayed:
    """Commit every spooled batch, oldest first, each in its own transaction; remove each file after
    its commit. A crash between the two leaves the file, and committing it again adds nothing."""
    files = spool.pending(spool_dir)
    if not files:
        return Replayed(0, 0, 0)
    articles = figures = 0
    with open_warehouse(db, lock_timeout=lock_timeout, on_wait=_waiting) as con:
        for path in files:
            batch = spool.read(path)
            counts = commit_batch(con, batch, seeds, policy, spooled=True)
            articles += counts["articles_new"]
            figures += counts["figures_new"]
            checkpoint(con)
            spool.remove(path)
            log.info("loaded spooled batch %s: %s new articles", path.name, counts["articles_new"])
    return Replayed(len(files), articles, figures)


def _waiting(holder: str, waited: float) -> None:
    """Called once when the wait starts, then every 30 s (warehouse/db.py)."""
    if waited < 1:
        log.warning("database locked by %s; waiting for it (noted again every 30 s)", holder)
    else:
        log.warning("database still locked by %s after %.0f s; waiting", holder, waited)


def load_or_spool(
    db: Path,
    batch: spool.Batch,
    seeds: Sequence[tuple[Article, Sequence[Figure]]],
    policy: AlertPolicy,
    plan: DedupPlan | None,
    lock_timeout: float,
    spool_dir: Path | None,
) -> dict[str, int]:
    """Commit the batch, or spool it when the database stays locked past `lock_timeout` or cannot be
    written (disk full, read-only folder). The transaction rolls back, so the file keeps what it had."""
    try:
        with open_warehouse(db, lock_timeout=lock_timeout, on_wait=_waiting) as con:
            return commit_batch(con, batch, seeds, policy, plan)
    except DatabaseLocked as exc:
        problem = str(exc)
    except (duckdb.IOException, duckdb.FatalException, duckdb.TransactionException, OSError) as exc:
        problem = f"{db}: cannot write the database ({_one_line(exc)}; {folder_permission(db.parent)})"
    except WarehouseError as exc:
        if spool_dir is None or not any(mark in str(exc) for mark in _UNWRITABLE):
            raise
        problem = f"{db}: cannot write the database ({folder_permission(db.parent)}): {_one_line(exc)}"
    if spool_dir is None:
        raise WarehouseError(problem)
    try:
        path = spool.write(spool_dir, batch)
    except spool.SpoolError as exc:
        raise WarehouseError(f"{problem}; the batch could not be spooled either: {exc}") from None
    raise BatchSpooled(f"{problem}; the run's batch is spooled to {path} and loads with the next run")


_UNWRITABLE = ("cannot open for writing", "Permission denied", "Read-only file system")


def folder_permission(folder: Path) -> str:
    """What the folder's permission says, for a message: mode, owner and whether we may write it."""
    try:
        info = folder.stat()
    except OSError as exc:
        return f"folder {folder}: {exc.strerror or exc}"
    writable = "writable" if os.access(folder, os.W_OK) else "not writable"
    return (
        f"folder {folder} is {stat.filemode(info.st_mode)} owned by uid {info.st_uid}, "
        f"{writable} by uid {os.geteuid()}"
    )


def load_window(
    db: Path,
    batch: spool.Batch,
    seeds: Sequence[tuple[Article, Sequence[Figure]]],
    plan: DedupPlan | None,
    lock_timeout: float,
) -> dict[str, int] | None:
    """Commit a window; None when the database is locked or cannot be written: the caller keeps the
    window and hands it to the next one, or to the final batch (which may be spooled)."""
    try:
        with open_warehouse(db, lock_timeout=lock_timeout, on_wait=_waiting) as con:
            return commit_window(con, batch, seeds, plan)
    except (DatabaseLocked, WarehouseError, duckdb.IOException, duckdb.TransactionException, OSError) as exc:
        log.warning(
            "window of run %s not committed yet (%s); it goes with the next commit", batch.run_id, exc
        )
        return None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:500] or type(exc).__name__


def record_failed_run(
    db: Path, run_id: str, started_at: datetime, error: str, failures: Sequence[Failure]
) -> None:
    """Best effort: note a run that could not complete (never raises; the run's own error wins)."""
    try:
        with open_warehouse(db, lock_timeout=5.0) as con, transaction(con):
            load.record_run(con, run_id, started_at, {"failures": len(failures)})
            load.finish_run(con, run_id, "failed", {"failures": len(failures)}, error=error)
            load.load_failures(con, run_id, failures)
    except (WarehouseError, duckdb.Error, OSError) as exc:
        log.warning("could not record the failed run %s: %s", run_id, exc)
