"""Nothing lost, nothing duplicated: lock handling, the spool, overlapping runs, a torn WAL, a full disk,
replays. Real processes and real DuckDB files (the kill test is in test_kill.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime

import pytest

from flows.ingest import ingest, load_batch, read_seeds
from flows.notify.delivery import AlertPolicy
from flows.stages import spool
from flows.stages.commit import BatchSpooled, replay_spool
from flows.stages.lock import RunLocked, run_lock
from seeds import SEEDS_DIR
from tests.conftest import write_feeds
from tests.durability import batch, hold_database, snapshot
from tests.localsite import Route
from tests.procs import ROOT, clean_env
from warehouse.db import connect, open_warehouse

POLICY = AlertPolicy(topic="Libya")


@pytest.fixture
def seeds():
    return read_seeds(SEEDS_DIR)[0]


def count(db, table: str) -> int:
    con = connect(db, read_only=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("mode", ["read_only", "read_write"])
def test_a_held_file_makes_the_load_wait_then_spool_and_the_next_run_loads_it_once(
    db_path, tmp_path, seeds, mode
):
    load_batch.fn(db_path, "run-0", seeds, [], [], [], POLICY)
    before = snapshot(db_path)
    spool_dir = tmp_path / "spool"
    analyst = hold_database(db_path, mode)
    try:
        started = time.monotonic()
        with pytest.raises(BatchSpooled) as err:
            load_batch.fn(
                db_path, "run-1", seeds, [], batch(5), [], POLICY, lock_timeout=1.0, spool_dir=spool_dir
            )
        waited = time.monotonic() - started
    finally:
        analyst.kill()
        analyst.wait()
    message = str(err.value)
    assert waited >= 1.0
    assert f"PID {analyst.pid}" in message and str(spool_dir) in message and "\n" not in message
    assert [p.name for p in spool.pending(spool_dir)] == [f"run-1{spool.SUFFIX}"]
    assert snapshot(db_path) == before  # nothing of the batch is visible

    replayed = replay_spool(db_path, spool_dir, seeds, POLICY, lock_timeout=5)
    assert (replayed.batches, replayed.articles_new) == (1, 5)
    assert spool.pending(spool_dir) == []
    loaded = snapshot(db_path)
    assert replay_spool(db_path, spool_dir, seeds, POLICY, lock_timeout=5).batches == 0
    con = connect(db_path, read_only=True)
    try:
        assert con.execute("SELECT status, spooled FROM runs WHERE run_id = 'run-1'").fetchone() == (
            "completed",
            True,
        )
    finally:
        con.close()
    assert snapshot(db_path) == loaded


def test_a_batch_loaded_twice_adds_nothing(db_path, tmp_path, seeds):
    """A crash between a spooled batch's commit and the removal of its file: it is loaded again."""
    spool_dir = tmp_path / "spool"
    load_batch.fn(db_path, "run-0", seeds, [], [], [], POLICY)
    the_batch = spool.Batch(
        "20260101T000000Z-spooled", datetime.now(UTC), tuple((a, tuple(f)) for a, f in batch(4))
    )
    spool.write(spool_dir, the_batch)
    assert replay_spool(db_path, spool_dir, seeds, POLICY, 5).articles_new == 4
    once = snapshot(db_path)
    spool.write(spool_dir, the_batch)
    again = replay_spool(db_path, spool_dir, seeds, POLICY, 5)
    assert (again.batches, again.articles_new, again.figures_new) == (1, 0, 0)
    assert snapshot(db_path) == once


def test_replaying_a_whole_run_adds_nothing(db_path, seeds):
    articles = batch(6)
    first = load_batch.fn(db_path, "run-1", seeds, [], articles, [], POLICY)
    assert first["articles_new"] == 8 and first["alerts_new"] >= 1
    once = snapshot(db_path)
    again = load_batch.fn(db_path, "run-1", seeds, [], articles, [], POLICY)
    assert (again["articles_new"], again["figures_new"], again["alerts_new"]) == (0, 0, 0)
    assert snapshot(db_path) == once


def test_a_second_run_does_not_start_while_one_holds_the_run_lock(local_env, tmp_path, db_path):
    feeds = write_feeds(tmp_path / "feeds.toml", local_env, [])
    with run_lock(db_path), pytest.raises(RunLocked, match="another ingestion is running"):
        ingest.fn(feeds_file=str(feeds), db=str(db_path))


@pytest.mark.slow
def test_two_runs_started_at_once_never_collide(prefect_server, local_env, tmp_path, db_path):
    feeds = write_feeds(tmp_path / "feeds.toml", local_env, [("Wire RSS", "/feeds/libya.xml")])
    env = clean_env(
        PREFECT_API_URL=prefect_server, PREFECT_HOME=str(tmp_path / "prefect"), NEWSMON_ALLOWED_HOSTS="127.0.0.1",
        NEWSMON_HOST_DELAY="0", NEWSMON_DB=str(db_path), NEWSMON_FEEDS=str(feeds),
    )  # fmt: skip
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "run"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for _ in range(2)
    ]
    results = [(p.wait(timeout=180), p.stderr.read()) for p in procs]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 2]), results
    for code, err in results:
        if code == 2:
            assert "another ingestion is running" in err and err.strip().count("\n") == 0
    rows = snapshot(db_path)
    ids = [r[0] for r in rows["articles"]]
    assert len(ids) == len(set(ids)) and len(ids) >= 4  # seeds + the feed's articles, once each


def _leave_a_wal(db_path):
    """A writer killed with SIGKILL before any checkpoint: its WAL stays beside the file."""
    code = textwrap.dedent(
        """
        import os, signal, sys, duckdb
        con = duckdb.connect(sys.argv[1], config={"storage_compatibility_version": "v1.4.0"})
        con.execute("PRAGMA disable_checkpoint_on_shutdown")
        con.execute("SET checkpoint_threshold = '1GB'")
        con.execute("INSERT INTO failures SELECT 'f' || range, 'wal-test', 'load', NULL, repeat('x', 200), now() FROM range(20000)")
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    subprocess.run([sys.executable, "-c", code, str(db_path)], env=clean_env(), check=False)
    wal = db_path.with_name(db_path.name + ".wal")
    assert wal.exists() and wal.stat().st_size > 10_000
    return wal


@pytest.mark.usefixtures("prefect_harness")
def test_a_garbled_wal_is_quarantined_recorded_and_mailed_and_the_run_recovers(
    local_env, tmp_path, db_path, smtp, monkeypatch
):
    feeds = write_feeds(tmp_path / "feeds.toml", local_env, [("Wire RSS", "/feeds/libya.xml")])
    ingest(feeds_file=str(feeds), db=str(db_path))
    wal = _leave_a_wal(db_path)
    data = bytearray(wal.read_bytes())
    data[200:4000] = bytes(reversed(data[200:4000]))
    wal.write_bytes(bytes(data))
    monkeypatch.setenv("NEWSMON_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("NEWSMON_SMTP_PORT", str(smtp.port))
    monkeypatch.setenv("NEWSMON_SMTP_TLS", "none")
    monkeypatch.setenv("NEWSMON_ALERT_TO", "duty@example.org")

    summary = ingest(feeds_file=str(feeds), db=str(db_path))
    assert summary.status == "completed"
    quarantined = list(tmp_path.glob(db_path.name + ".wal.quarantined-*"))
    assert len(quarantined) == 1 and quarantined[0].read_bytes() == bytes(data)  # moved aside, never deleted
    con = connect(db_path, read_only=True)
    try:
        assert con.execute("SELECT kind, status FROM incidents").fetchall() == [("wal_quarantined", "sent")]
        assert con.execute("SELECT count(*) FROM failures WHERE run_id = 'wal-test'").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM articles WHERE is_seed").fetchone()[0] == 2
    finally:
        con.close()
    subjects = [m.message["Subject"] for m in smtp.inbox]
    assert "newsmon: database incident (wal_quarantined)" in subjects


def test_a_truncated_wal_replays_what_it_can_and_the_file_opens(db_path, seeds):
    load_batch.fn(db_path, "run-0", seeds, [], batch(3), [], POLICY)
    wal = _leave_a_wal(db_path)
    wal.write_bytes(wal.read_bytes()[: wal.stat().st_size // 2])
    counts = load_batch.fn(db_path, "run-1", seeds, [], batch(3) + batch(2, "c"), [], POLICY)
    assert counts["articles_new"] == 2
    assert count(db_path, "articles") == 7


FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from flows.notify.delivery import AlertPolicy
    from flows.ingest import load_batch, read_seeds
    from seeds import SEEDS_DIR
    from tests.durability import batch
    from warehouse.db import WarehouseError

    db = Path(sys.argv[1])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    # No write may reach past 256 KiB in any file: the WAL cannot take the batch, as on a full disk.
    limit = 256 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    articles = [(a.__class__(**{**{f: getattr(a, f) for f in a.__slots__}, "text": a.text * 400}), f) for a, f in batch(40, "big")]
    try:
        load_batch.fn(db, "run-full", read_seeds(SEEDS_DIR)[0], [], articles, [], AlertPolicy())
    except WarehouseError as exc:
        print(exc)
        sys.exit(3)
    """
)


def test_a_full_disk_gives_a_clear_error_and_the_database_stays_intact(db_path, seeds):
    load_batch.fn(db_path, "run-0", seeds, [], batch(3), [], POLICY)
    before = snapshot(db_path)
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(db_path)], cwd=ROOT, env=clean_env(), capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 3, result.stdout + result.stderr
    assert "cannot write the database" in result.stdout and result.stdout.strip().count("\n") == 0
    assert snapshot(db_path) == before
    assert load_batch.fn(db_path, "run-2", seeds, [], batch(2, "after"), [], POLICY)["articles_new"] == 2


@pytest.mark.usefixtures("prefect_harness")
def test_the_flow_waits_then_spools_and_the_next_run_loads_the_spool_once(
    local_env, tmp_path, db_path, monkeypatch
):
    """An analyst opens the file read-write while the run fetches pages; the run waits, spools and
    fails clearly; the next run loads the spool first, and the rows equal those of an undisturbed run."""
    site = local_env
    feeds = write_feeds(tmp_path / "feeds.toml", site, [("Wire RSS", "/feeds/libya.xml")])
    control = tmp_path / "control.duckdb"
    ingest(feeds_file=str(feeds), db=str(control))
    expected = snapshot(control)

    go = tmp_path / "go"
    page = (site.root / "articles" / "misrata-displaced.html").read_bytes()

    def grab_then_serve(handler):
        go.touch()
        time.sleep(1.0)  # the analyst has the file before the run goes on
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(page)))
        handler.end_headers()
        handler.wfile.write(page)

    ingest(feeds_file=str(write_feeds(tmp_path / "none.toml", site, [])), db=str(db_path))  # the file exists
    monkeypatch.setitem(site.routes, "/articles/misrata-displaced.html", Route(handler=grab_then_serve))
    monkeypatch.setenv("NEWSMON_DB_LOCK_TIMEOUT", "1.5")
    analyst = hold_database(db_path, "read_write", hold=8.0, go=go)
    try:
        with pytest.raises(BatchSpooled):
            ingest(feeds_file=str(feeds), db=str(db_path))
    finally:
        analyst.wait(timeout=30)
    assert len(spool.pending(db_path.parent / "spool")) == 1
    monkeypatch.delitem(site.routes, "/articles/misrata-displaced.html")
    # the spool is loaded first; the pages are then stored, so this run fetches none of them again
    summary = ingest(feeds_file=str(feeds), db=str(db_path))
    assert summary.counts["spool_batches"] == 1 and summary.counts["pages_fetched"] == 0
    assert spool.pending(db_path.parent / "spool") == []
    got = snapshot(db_path)
    assert got["articles"] == expected["articles"] and got["figures"] == expected["figures"]
    assert got["alerts"] == expected["alerts"]


def test_read_only_commands_wait_briefly_for_the_writer(db_path, seeds, capsys):
    from flows.cli import main

    load_batch.fn(db_path, "run-0", seeds, [], [], [], POLICY)
    writer = hold_database(db_path, "read_write", hold=1.5)
    try:
        started = time.monotonic()
        assert main(["sql", "--db", str(db_path), "--format", "csv", "select count(*) from articles"]) == 0
    finally:
        writer.wait(timeout=30)
    assert time.monotonic() - started >= 1.0
    assert capsys.readouterr().out.splitlines()[-1] == "2"


def test_the_database_opens_after_every_run_with_no_wal_left(db_path, seeds):
    load_batch.fn(db_path, "run-0", seeds, [], batch(2), [], POLICY)
    assert not db_path.with_name(db_path.name + ".wal").exists()
    with open_warehouse(db_path) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    assert os.path.getsize(db_path) > 0
