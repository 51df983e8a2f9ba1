"""No orphans (issue 19): a SIGKILLed `newsmon run` leaves no live process behind (its temporary Prefect
server and its extraction pool die with it), and a run stops what an earlier killed run left."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest

from flows.stages.lock import claim_for_run, lock_path
from tests.conftest import write_feeds
from tests.procs import clean_env, group_members
from tests.stages.test_kill import wait_group_empty


def _start(env, cwd) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "run"], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip


def _wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def _kill_and_check(proc: subprocess.Popen) -> list[str]:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    left = wait_group_empty(proc.pid)
    if left:
        os.killpg(proc.pid, signal.SIGKILL)
    return left


@pytest.mark.slow
def test_a_killed_run_takes_its_temporary_prefect_server_with_it(tmp_path):
    db = tmp_path / "newsmon.duckdb"
    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[topic]\nkeywords = ["Libya"]\n', encoding="utf-8")
    env = clean_env(
        NEWSMON_DB=str(db), NEWSMON_FEEDS=str(feeds), PREFECT_HOME=str(tmp_path / "prefect"),
        PREFECT_LOGGING_LEVEL="WARNING",
    )  # fmt: skip
    proc = _start(env, tmp_path)
    lock = lock_path(db)
    started = _wait_for(lambda: lock.exists() and "helper " in lock.read_text(), 120)
    assert started, "the temporary server never started"
    assert any("prefect.server.api.server" in m for m in group_members(proc.pid))
    assert _kill_and_check(proc) == []


@pytest.mark.slow
def test_a_run_killed_during_extraction_takes_its_pool_with_it(prefect_server, local_env, tmp_path):
    site = local_env
    feeds = write_feeds(tmp_path / "feeds.toml", site, [("Wire", "/feeds/libya.xml")])
    env = clean_env(
        PREFECT_API_URL=prefect_server, PREFECT_HOME=str(tmp_path / "prefect-client"),
        PREFECT_LOGGING_LEVEL="WARNING", NEWSMON_ALLOWED_HOSTS="127.0.0.1", NEWSMON_HOST_DELAY="0",
        NEWSMON_DB=str(tmp_path / "newsmon.duckdb"), NEWSMON_FEEDS=str(feeds), NEWSMON_WORKERS="2",
    )  # fmt: skip
    proc = _start(env, tmp_path)
    pooled = _wait_for(lambda: any("forkserver" in m for m in group_members(proc.pid)), 120)
    if proc.poll() is not None:
        pytest.fail("the run ended before its extraction pool started")
    assert pooled
    assert _kill_and_check(proc) == []


def test_a_run_stops_the_helpers_an_earlier_killed_run_recorded(db_path):
    # a stand-in for a helper an earlier run left: its command line names one of our helpers
    leftover = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(120)", "multiprocessing.forkserver"]
    )
    stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        since = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        lock_path(db_path).write_text(
            f"pid 999999 on {socket.gethostname()}, since {since}\nhelper {leftover.pid}\nhelper {stranger.pid}\n",
            encoding="utf-8",
        )
        with claim_for_run(db_path):
            assert leftover.wait(timeout=10) == -signal.SIGKILL
            assert stranger.poll() is None  # not one of ours: left alone
        assert "helper" not in lock_path(db_path).read_text()
    finally:
        for p in (leftover, stranger):
            if p.poll() is None:
                p.kill()
                p.wait()
