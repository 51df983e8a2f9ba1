"""Connecting to the DuckDB file, migrating its schema and applying its views."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import duckdb

# Files written by DuckDB 2.x in its default storage format cannot be opened by the 1.x CLI that
# analysts install; this keeps the file readable by DuckDB >= 1.4 (checked against the 1.5.6 CLI).
STORAGE_COMPATIBILITY = "v1.4.0"

_MIGRATION_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


class WarehouseError(RuntimeError):
    """The database cannot be opened, migrated or written; the message says which file and why."""


def _sql_files(folder: str) -> list[tuple[str, str]]:
    root = resources.files("warehouse").joinpath(folder)
    if not root.is_dir():
        return []
    files = sorted(
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in root.iterdir()
        if entry.name.endswith(".sql")
    )
    return files


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file. Read-write opens create the parent folder and the file if needed."""
    path = Path(path)
    if read_only:
        if not path.exists():
            raise WarehouseError(f"{path}: no such database (run `newsmon run` first)")
        try:
            return duckdb.connect(str(path), read_only=True)
        except duckdb.Error as exc:
            raise WarehouseError(f"{path}: cannot open read-only: {exc}") from None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WarehouseError(f"{path}: cannot create folder {path.parent}: {exc.strerror or exc}") from None
    try:
        return duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
    except duckdb.Error as exc:
        raise WarehouseError(f"{path}: cannot open for writing: {exc}") from None


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply pending numbered migrations, each in a transaction with its schema_migrations row."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version VARCHAR PRIMARY KEY, name VARCHAR, applied_at TIMESTAMPTZ)"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied: list[str] = []
    for name, sql in _sql_files("migrations"):
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
    """(Re)create every view from warehouse/views/*.sql, in file-name order."""
    for name, sql in _sql_files("views"):
        try:
            con.execute(sql)
        except duckdb.Error as exc:
            raise WarehouseError(f"view file {name} failed: {exc}") from None


@contextmanager
def open_warehouse(path: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open read-write, migrate, apply views; on exit CHECKPOINT and close so no WAL is left behind."""
    con = connect(path)
    try:
        migrate(con)
        apply_views(con)
        yield con
        con.execute("CHECKPOINT")
    finally:
        con.close()
