"""One ingestion at a time per database: an exclusive lock on `<db>.lock` held for the whole run.

The Prefect deployment already refuses a second concurrent run of `newsmon serve`'s schedule; this
lock also covers a `newsmon run` started by hand (or a second `newsmon serve`) against the same file.
It is an OS advisory lock (`flock`): the kernel releases it when the holding process exits, even
after SIGKILL, so a crashed run never leaves a stale lock behind. The file itself stays; its content
only says who holds or last held the lock.
"""

from __future__ import annotations

import fcntl
import logging
import os
import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from flows.lifeline import stop_leftovers
from warehouse.db import WarehouseError

log = logging.getLogger("newsmon.lock")


class RunLocked(WarehouseError):
    """Another ingestion holds the database's run lock; this run did not start."""


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return "unknown holder"
    return text or "unknown holder"


_claimed: set[Path] = set()  # run locks `newsmon run` took for the flow it is about to start
_claimed_guard = threading.Lock()


@contextmanager
def run_lock(db: Path) -> Iterator[Path]:
    """Hold the run lock of `db` for the duration of the block, or raise RunLocked at once.

    When `newsmon run` has claimed the lock for this process (see `claim_for_run`), the flow it
    starts runs under that claim.
    """
    path = lock_path(Path(db)).resolve()
    with _claimed_guard:
        claimed = path in _claimed
    if claimed:
        yield path
        return
    with _exclusive(Path(db), path):
        yield path


@contextmanager
def claim_for_run(db: Path) -> Iterator[Path]:
    """Take the run lock before Prefect starts, so a second `newsmon run` exits with one line before any
    flow run exists; the flow's own `run_lock` then runs under this claim."""
    path = lock_path(Path(db)).resolve()
    with _exclusive(Path(db), path):
        with _claimed_guard:
            _claimed.add(path)
        try:
            yield path
        finally:
            with _claimed_guard:
                _claimed.discard(path)


def _recorded_helpers(fd: int) -> list[int]:
    """The helper PIDs the lock's last holder recorded (`helper PID` lines), on this host only."""
    text = os.pread(fd, 65536, 0).decode("utf-8", "replace")
    if f" on {socket.gethostname()}," not in text.split("\n", 1)[0]:
        return []
    return [int(m) for m in re.findall(r"^helper (\d+)$", text, re.M)]


def note_helper(db: Path, pid: int) -> None:
    """Record a helper process of this run (the temporary Prefect server) in the run lock, so that the
    next run stops it if this one is killed before it could."""
    try:
        with lock_path(Path(db)).resolve().open("a", encoding="utf-8") as f:
            f.write(f"helper {pid}\n")
    except OSError:
        pass  # the record is a safety net; the parent-death signal is the first line


@contextmanager
def _exclusive(db: Path, path: Path) -> Iterator[Path]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise WarehouseError(f"{path}: cannot open the run lock: {exc.strerror or exc}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RunLocked(
                f"another ingestion is running on {db} ({_holder(path)}); this run did not start"
            ) from None
        stopped = stop_leftovers(_recorded_helpers(fd))
        if stopped:
            log.warning(
                "stopped %d helper process(es) an earlier killed run of %s left behind: pid %s",
                len(stopped),
                db,
                ", ".join(map(str, stopped)),
            )
        started = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}, since {started}\n".encode(), 0)
        yield path
    finally:
        os.close(fd)  # closing the descriptor releases the flock
