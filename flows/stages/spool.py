"""The spool: a run's batch, kept on disk while the database is locked, loaded by the next run.

One JSON Lines file per batch, `<spool>/<run_id>.batch.jsonl`: a header line, then one line per
article (with its figures), feed poll and failure. A file is written to a temporary name, fsynced and
renamed, so a batch in the spool is always whole. Loading is a keyed upsert, so a batch loaded twice
(a crash between its commit and the removal of its file) adds nothing the second time.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from extractors.records import Article, Failure, Figure
from warehouse.load import FeedUpdate
from warehouse.pending import PendingPage

VERSION = 1
SUFFIX = ".batch.jsonl"


class SpoolError(RuntimeError):
    """A spool file cannot be written or read; the message names the file."""


@dataclass(frozen=True, slots=True)
class Batch:
    """Everything one run loads, apart from the seeds (which every run reads again)."""

    run_id: str
    started_at: datetime
    articles: tuple[tuple[Article, tuple[Figure, ...]], ...] = ()
    feeds: tuple[FeedUpdate, ...] = ()
    failures: tuple[Failure, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    pending: tuple[PendingPage, ...] = ()  # pages to fetch again in a later run
    pending_done: tuple[str, ...] = ()  # canonical URLs of pending pages fetched or given up


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _record(obj) -> dict:
    return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _pending(p: dict) -> PendingPage:
    for key in ("published_at", "first_failed_at", "last_failed_at", "next_due_at"):
        p[key] = _datetime(p[key])
    return PendingPage(**p)


def encode(batch: Batch) -> Iterator[str]:
    header = {"type": "batch", "version": VERSION, "run_id": batch.run_id, "started_at": batch.started_at.isoformat(),
              "counts": batch.counts}  # fmt: skip
    yield json.dumps(header)
    for article, figures in batch.articles:
        yield json.dumps(
            {"type": "article", "article": _record(article), "figures": [_record(f) for f in figures]}
        )
    for feed in batch.feeds:
        yield json.dumps({"type": "feed", "feed": _record(feed)})
    for failure in batch.failures:
        yield json.dumps({"type": "failure", "failure": _record(failure)})
    for page in batch.pending:
        yield json.dumps({"type": "pending", "pending": _record(page)})
    if batch.pending_done:
        yield json.dumps({"type": "pending_done", "urls": list(batch.pending_done)})


def decode(lines: list[str], name: str = "batch") -> Batch:
    try:
        header = json.loads(lines[0])
        if header.get("type") != "batch" or header.get("version") != VERSION:
            raise SpoolError(f"{name}: not a newsmon batch of version {VERSION}")
        articles, feeds, failures, pending, done = [], [], [], [], []
        for line in lines[1:]:
            item = json.loads(line)
            if item["type"] == "article":
                a = item["article"]
                a["published_at"] = _datetime(a["published_at"])
                figures = []
                for f in item["figures"]:
                    f["as_of"] = _date(f["as_of"])
                    figures.append(Figure(**f))
                articles.append((Article(**a), tuple(figures)))
            elif item["type"] == "feed":
                f = item["feed"]
                f["fetched_at"] = _datetime(f["fetched_at"])
                f["next_fetch_at"] = _datetime(f["next_fetch_at"])
                feeds.append(FeedUpdate(**f))
            elif item["type"] == "failure":
                failures.append(Failure(**item["failure"]))
            elif item["type"] == "pending":
                pending.append(_pending(item["pending"]))
            elif item["type"] == "pending_done":
                done += item["urls"]
        return Batch(header["run_id"], _datetime(header["started_at"]), tuple(articles), tuple(feeds),
                     tuple(failures), dict(header.get("counts") or {}), tuple(pending), tuple(done))  # fmt: skip
    except (IndexError, KeyError, TypeError, ValueError) as exc:
        raise SpoolError(f"{name}: unreadable batch ({type(exc).__name__}: {exc})") from None


def write(spool: Path, batch: Batch) -> Path:
    """Write the batch atomically; returns its file."""
    try:
        spool.mkdir(parents=True, exist_ok=True)
        final = spool / f"{batch.run_id}{SUFFIX}"
        tmp = spool / f".{batch.run_id}{SUFFIX}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            for line in encode(batch):
                fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        dir_fd = os.open(spool, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as exc:
        raise SpoolError(
            f"{spool}: cannot spool the batch of run {batch.run_id}: {exc.strerror or exc}"
        ) from None
    return final


def pending(spool: Path) -> list[Path]:
    """Spooled batches, oldest run first (run ids start with their UTC start time)."""
    if not spool.is_dir():
        return []
    return sorted(p for p in spool.iterdir() if p.name.endswith(SUFFIX) and not p.name.startswith("."))


def read(path: Path) -> Batch:
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError) as exc:
        raise SpoolError(f"{path}: cannot read spooled batch: {exc}") from None
    return decode(lines, str(path))


def remove(path: Path) -> None:
    path.unlink(missing_ok=True)
