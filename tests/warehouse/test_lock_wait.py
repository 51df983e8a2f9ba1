"""A writer waiting for a locked DuckDB file notes it once at the start, then every 30 s (issue 18)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from warehouse import db as warehouse_db
from warehouse.db import DatabaseLocked, connect


def test_lock_wait_is_noted_once_then_every_interval(db_path, monkeypatch):
    connect(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db_path)!r}); print(1, flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == b"1"
        monkeypatch.setattr(warehouse_db, "WAIT_NOTE_EVERY", 1.0)
        notes: list[float] = []
        started = time.monotonic()
        with pytest.raises(DatabaseLocked):
            connect(db_path, lock_timeout=3.5, on_wait=lambda holder, waited: notes.append(waited))
        assert time.monotonic() - started >= 3.5
        assert notes[0] < 0.5  # at once
        assert 3 <= len(notes) <= 4, notes  # then about once a second (the interval), not on every retry
        assert all(b - a >= 0.5 for a, b in zip(notes, notes[1:], strict=False)), notes
    finally:
        holder.kill()
        holder.wait()
