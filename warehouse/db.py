"""Connecting to the DuckDB file, migrating its schema and applying its views."""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import duckdb

from warehouse import headline_steps, series, trend_days

# Files written by DuckDB 2.x in its default storage format cannot be opened by the 1.x CLI that
# analysts install; this keeps the file readable by DuckDB >= 1.4 (checked against the 1.5.6 CLI).
STORAGE_COMPATIBILITY = "v1.4.0"
log = logging.getLogger("newsmon.warehouse")
WAIT_NOTE_EVERY = 30.0  # seconds between two "still locked" notes while waiting for a writer

_MIGRATION_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


class WarehouseError(RuntimeError):
    """The database cannot be opened, migrated or written; the message says which file and why."""


def sql_files(folder: str) -> list[tuple[str, str]]:
    root = resources.files("warehouse").joinpath(folder)
    if not root.is_dir():
        return []
    files = sorted(
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in root.iterdir()
        if entry.name.endswith(".sql")
    )
    return files


class WalDamaged(WarehouseError):
    """The WAL beside the file will not replay; a read-write open quarantines it (see quarantine_wal)."""


class DatabaseLocked(WarehouseError):
    """Another process holds the DuckDB file; the message names it (DuckDB reports the holder's PID)."""


_LOCK_MARK = "Could not set lock on file"
_WAL_MARK = "replaying WAL"


def _lock_holder(message: str) -> str:
    match = re.search(r"Conflicting lock is held in (.+?) \(PID (\d+)\)", message)
    if match:
        return f"{match.group(1).strip()} (PID {match.group(2)})"
    match = re.search(r"Conflicting lock is held in (\S+)", message)
    return match.group(1) if match else "another process"


def quarantine_wal(path: Path) -> Path | None:
    """Move a WAL that will not replay aside (never delete it); returns its new name."""
    wal = path.with_name(path.name + ".wal")
    if not wal.exists():
        return None
    target = path.with_name(f"{path.name}.wal.quarantined-{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}")
    wal.rename(target)
    return target


# DuckDB options every connection of this process gets (see limit_memory); none: DuckDB's defaults
_limits: dict[str, str] = {}


@contextmanager
def limit_memory(memory_limit: str) -> Iterator[None]:
    """Bound DuckDB's memory (buffer pool, caches, operators; they spill to disk past it) in every
    connection this process opens inside the block (a run). Its default is 80% of the machine's RAM,
    which a long run's process keeps holding. An empty value keeps that default."""
    before = dict(_limits)
    _limits.clear()
    if memory_limit:
        _limits["memory_limit"] = memory_limit
    try:
        yield
    finally:
        _limits.clear()
        _limits.update(before)


def _open(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    if read_only:
        con = duckdb.connect(str(path), read_only=True)
    else:
        con = duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
    if "memory_limit" in _limits:  # a SET, not a config: another open connection to the file may differ
        con.execute("SET memory_limit = ?", [_limits["memory_limit"]])
    return con


def connect(
    path: Path | str,
    read_only: bool = False,
    lock_timeout: float = 0.0,
    on_wait: Callable[[str, float], None] | None = None,
    on_quarantine: Callable[[Path], None] | None = None,
) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file. Read-write opens create the parent folder and the file if needed.

    - While another process holds the file, retry with backoff for up to `lock_timeout` seconds
      (calling `on_wait(holder, waited)`), then raise DatabaseLocked naming the holder.
    - A read-write open whose WAL will not replay moves the WAL aside (see quarantine_wal), calls
      `on_quarantine(new_path)` and opens from the last checkpoint.
    """
    path = Path(path)
    mode = "read-only" if read_only else "for writing"
    if read_only and not path.exists():
        raise WarehouseError(f"{path}: no such database (run `newsmon run` first)")
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(
                f"{path}: cannot create folder {path.parent}: {exc.strerror or exc}"
            ) from None
    started = time.monotonic()
    delay = 0.05
    next_note = 0.0
    quarantined = False
    while True:
        try:
            return _open(path, read_only)
        except duckdb.Error as exc:
            message = " ".join(str(exc).split())
            if _LOCK_MARK in message:
                waited = time.monotonic() - started
                holder = _lock_holder(message)
                if waited >= lock_timeout:
                    raise DatabaseLocked(
                        f"{path}: locked by {holder}; gave up opening {mode} after {waited:.1f} s"
                    ) from None
                if on_wait is not None and waited >= next_note:  # once at the start, then every 30 s
                    on_wait(holder, waited)
                    next_note = (waited // WAIT_NOTE_EVERY + 1) * WAIT_NOTE_EVERY
                time.sleep(min(delay, max(0.0, lock_timeout - waited)))
                delay = min(delay * 2, 5.0)
                continue
            if _WAL_MARK in message and not read_only and not quarantined:
                moved = quarantine_wal(path)
                if moved is not None:
                    quarantined = True
                    if on_quarantine is not None:
                        on_quarantine(moved)
                    continue
            if _WAL_MARK in message:
                raise WalDamaged(f"{path}: cannot open {mode}: {message}") from None
            raise WarehouseError(f"{path}: cannot open {mode}: {message}") from None


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply pending numbered migrations, each in a transaction with its schema_migrations row."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version VARCHAR PRIMARY KEY, name VARCHAR, applied_at TIMESTAMPTZ)"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied: list[str] = []
    for name, sql in sql_files("migrations"):
        match = _MIGRATION_NAME.match(name)
        if not match:
            raise WarehouseError(f"migration file {name!r} is not named NNNN_name.sql")
        version = match.group(1)
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, datetime.now(UTC)])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise WarehouseError(f"migration {name} failed: {exc}") from None
        applied.append(name)
    return applied


def apply_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create every view from warehouse/views/*.sql, in file-name order; rebuild the kept ones if needed."""
    for name, sql in sql_files("views"):
        try:
            con.execute(sql)
        except duckdb.Error as exc:
            raise WarehouseError(f"view file {name} failed: {exc}") from None
    try:
        assigned = series.ensure_assigned(con)
    except duckdb.Error as exc:
        raise WarehouseError(f"assigning figures to their series failed: {exc}") from None
    try:
        trend_days.ensure_current(con, force=assigned > 0)
    except duckdb.Error as exc:
        raise WarehouseError(f"rebuilding the rows of daily_trends (trend_days) failed: {exc}") from None
    try:
        headline_steps.ensure_current(con, force=assigned > 0)
    except duckdb.Error as exc:
        raise WarehouseError(
            f"rebuilding the rows of headline_changes (headline_step_rows) failed: {exc}"
        ) from None


def pending_migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Migration files not yet applied to the database behind `con` (which may be read-only)."""
    try:
        done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    except duckdb.CatalogException:
        done = set()
    return [name for name, _ in sql_files("migrations") if name[:4] not in done]


def _note_quarantine(con: duckdb.DuckDBPyConnection, moved: list[Path]) -> None:
    for wal in moved:
        detail = (
            f"the write-ahead log of {wal.name.split('.wal.')[0]} would not replay; it was moved aside to "
            f"{wal} (never deleted) and the database was opened from its last checkpoint. Rows written "
            "since that checkpoint are not in the database; the next runs fetch them again."
        )
        con.execute(
            'INSERT INTO incidents (incident_id, "at", kind, detail) VALUES (?, ?, ?, ?) '
            "ON CONFLICT (incident_id) DO NOTHING",
            [wal.name, datetime.now(UTC), "wal_quarantined", detail],
        )


@contextmanager
def open_warehouse(
    path: Path | str, lock_timeout: float = 0.0, on_wait: Callable[[str, float], None] | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open read-write, migrate, apply views; on exit CHECKPOINT and close so no WAL is left behind.

    Waits up to `lock_timeout` seconds for a file another process holds (see `connect`). A WAL that
    would not replay is quarantined and recorded in `incidents`, for the operator to be told.
    """
    moved: list[Path] = []
    con = connect(path, lock_timeout=lock_timeout, on_wait=on_wait, on_quarantine=moved.append)
    try:
        migrate(con)
        apply_views(con)
        _note_quarantine(con, moved)
        yield con
        try:
            con.execute("CHECKPOINT")
        except duckdb.Error as exc:  # e.g. a full disk: the commit is in the WAL, replayed on the next open
            log.warning("%s: CHECKPOINT failed, the WAL stays until the next open: %s", path, exc)
    finally:
        con.close()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN, then COMMIT, or ROLLBACK on any exception (which is re-raised). A database that a
    failed write invalidated has nothing to roll back: the file kept its state."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        with contextlib.suppress(duckdb.Error):
            con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def checkpoint(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CHECKPOINT")


@contextmanager
def open_readonly(path: Path | str, lock_timeout: float = 0.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection, waiting up to `lock_timeout` seconds while a writer holds the file."""
    con = connect(path, read_only=True, lock_timeout=lock_timeout)
    try:
        yield con
    finally:
        con.close()
