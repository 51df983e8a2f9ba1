"""A consistent copy of the DuckDB file while the service keeps running.

DuckDB lets one process write, or any number read. Holding a read-only connection during the copy
keeps every writer out (a run that tries to write meanwhile fails and the next scheduled one goes
on), and every newsmon write ends with a CHECKPOINT, so the file alone holds all committed data.
A write-ahead log left by a crash is copied too; DuckDB replays it when the copy is opened.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.db import WarehouseError, connect


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    bytes: int
    runs: int
    articles: int


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def backup(db: Path, dest: Path) -> Backup:
    """Copy `db` to `dest` (which must not exist) and check that the copy opens."""
    db, dest = Path(db), Path(dest)
    if dest.exists():
        raise WarehouseError(f"{dest}: already exists; choose a new name for the backup")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WarehouseError(f"{dest.parent}: cannot create folder: {exc.strerror or exc}") from None
    partial = dest.with_name(dest.name + ".partial")
    con = connect(db, read_only=True)  # a shared lock: nobody writes while we copy
    try:
        shutil.copyfile(db, partial)
        if _wal(db).exists():
            shutil.copyfile(_wal(db), _wal(dest))
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise WarehouseError(f"{dest}: cannot write the backup: {exc.strerror or exc}") from None
    finally:
        con.close()
    os.replace(partial, dest)
    try:
        check = duckdb.connect(str(dest), read_only=True)
    except duckdb.Error as exc:
        raise WarehouseError(f"{dest}: the copy does not open: {exc}") from None
    try:
        runs = check.execute("SELECT count(*) FROM runs").fetchone()[0]
        articles = check.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        check.close()
    return Backup(dest, dest.stat().st_size, runs, articles)
