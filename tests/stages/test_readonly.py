"""A database folder that turns read-only during a run (issue 19.8): the batch goes to NEWSMON_SPOOL
when that is writable, and the message names the spooled file and the folder's permission."""

from __future__ import annotations

import os
import stat

import pytest

from flows.ingest import load_batch, read_seeds
from flows.notify.delivery import AlertPolicy
from flows.stages import spool
from flows.stages.commit import BatchSpooled, folder_permission
from seeds import SEEDS_DIR
from tests.durability import batch, snapshot

POLICY = AlertPolicy(topic="Libya")


def test_the_permission_is_described(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        text = folder_permission(folder)
    finally:
        folder.chmod(0o755)
    assert text.startswith(f"folder {folder} is dr-xr-xr-x owned by uid {os.geteuid()}, ")
    assert text.endswith(f"by uid {os.geteuid()}")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders: the case cannot happen")
def test_a_read_only_folder_spools_to_newsmon_spool_and_says_why(tmp_path):
    seeds = read_seeds(SEEDS_DIR)[0]
    folder = tmp_path / "data"
    db = folder / "newsmon.duckdb"
    load_batch.fn(db, "run-0", seeds, [], [], [], POLICY)
    before = snapshot(db)
    spool_dir = tmp_path / "spool"
    db.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    folder.chmod(0o555)
    try:
        with pytest.raises(BatchSpooled) as err:
            load_batch.fn(db, "run-1", seeds, [], batch(3), [], POLICY, lock_timeout=1.0, spool_dir=spool_dir)
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    message = str(err.value)
    (spooled,) = spool.pending(spool_dir)
    assert str(spooled) in message and "dr-xr-xr-x" in message and "not writable" in message
    assert snapshot(db) == before
