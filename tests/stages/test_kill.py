"""The kill test: `newsmon run` processes killed with SIGKILL at random points, then a clean run.

After each trial the clean run must leave exactly the rows of an uninterrupted control run: no
duplicate, no missing article, no repeated alert. Only the run's own process is killed (not its
group), and no process of its group may outlive it by more than 15 s. At least 20 trials; the seed is printed so a failure
can be replayed with NEWSMON_KILL_SEED. Trials run two at a time (one per core), each on its own file.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import write_feeds
from tests.durability import snapshot
from tests.localsite import Route
from tests.procs import clean_env, group_members
from warehouse.db import connect

TRIALS = 20

pytestmark = pytest.mark.slow


def _run(env: dict[str, str], cwd: Path, kill_after: float | None = None) -> tuple[int | None, float]:
    """Start `newsmon run`; SIGKILL its process group after `kill_after` seconds. Returns (exit code or
    None when killed, seconds)."""
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "run"], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    if kill_after is None:
        return proc.wait(timeout=300), time.monotonic() - started
    try:
        code = proc.wait(timeout=kill_after)
        return code, time.monotonic() - started  # it finished before the kill
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)  # the run only, as the OOM killer would: not its group
        proc.wait()
        elapsed = time.monotonic() - started
        left = wait_group_empty(proc.pid)
        if left:
            os.killpg(proc.pid, signal.SIGKILL)
            raise AssertionError(f"the killed run left live processes behind: {left}") from None
        return None, elapsed


def wait_group_empty(pgid: int, timeout: float = 15.0) -> list[str]:
    """The processes of group `pgid` still alive after `timeout` seconds (none, when all died)."""
    deadline = time.monotonic() + timeout
    while (left := group_members(pgid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


def _articles(db: Path) -> int:
    """Articles a killed run left (after its WAL replays); -1 when it never created the file."""
    if not db.exists():
        return -1
    con = connect(db, read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except Exception:  # killed before its first migration committed: no tables yet
        return -1
    finally:
        con.close()


def test_runs_killed_at_random_points_leave_exactly_the_rows_of_an_uninterrupted_run(
    prefect_server, local_env, tmp_path
):
    site = local_env
    latin1 = (site.root / "articles" / "sirte-latin1.html").read_bytes()
    site.routes["/articles/sirte-latin1.html"] = Route(
        200, latin1, {"Content-Type": "text/html; charset=iso-8859-1"}
    )
    site.routes["/articles/moved.html"] = Route(301, b"", {"Location": "/articles/benghazi-flood.html"})
    feeds = write_feeds(
        tmp_path / "feeds.toml", site,
        [("Wire RSS", "/feeds/libya.xml"), ("Wire Atom", "/feeds/libya.atom"), ("Broken", "/feeds/broken.xml")],
    )  # fmt: skip

    def env_for(db: Path) -> dict[str, str]:
        return clean_env(
            PREFECT_API_URL=prefect_server, PREFECT_HOME=str(tmp_path / "prefect-client"),
            PREFECT_LOGGING_LEVEL="WARNING", NEWSMON_ALLOWED_HOSTS="127.0.0.1", NEWSMON_HOST_DELAY="0",
            NEWSMON_DB=str(db), NEWSMON_FEEDS=str(feeds), NEWSMON_DB_LOCK_TIMEOUT="30",
        )  # fmt: skip

    control_db = tmp_path / "control" / "newsmon.duckdb"
    code, control_seconds = _run(env_for(control_db), tmp_path)
    assert code == 0
    expected = snapshot(control_db)
    assert len(expected["articles"]) >= 7 and expected["figures"] and expected["alerts"]

    seed = int(os.environ.get("NEWSMON_KILL_SEED", random.randrange(2**32)))
    print(
        f"kill test seed: {seed} (replay with NEWSMON_KILL_SEED={seed}); control run {control_seconds:.1f} s"
    )
    rng = random.Random(seed)
    delays = [rng.uniform(0.15, 1.05) * control_seconds for _ in range(TRIALS)]

    def trial(n: int) -> str:
        db = tmp_path / f"trial-{n}" / "newsmon.duckdb"
        killed_code, _ = _run(env_for(db), tmp_path, kill_after=delays[n])
        loaded = _articles(db)
        code, _ = _run(env_for(db), tmp_path)
        assert code == 0, f"trial {n} (kill after {delays[n]:.2f} s): the clean run failed"
        got = snapshot(db)
        for table, rows in expected.items():
            assert got[table] == rows, (
                f"trial {n} (kill after {delays[n]:.2f} s, seed {seed}): {table} differ"
            )
        con = connect(db, read_only=True)
        try:
            dup_alerts = con.execute("SELECT count(*) - count(DISTINCT alert_id) FROM alerts").fetchone()[0]
        finally:
            con.close()
        assert dup_alerts == 0
        if killed_code is not None:
            return "finished"
        return f"killed at {delays[n]:.2f} s ({loaded} articles were in)"

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(trial, range(TRIALS)))
    print("trials:", "; ".join(outcomes))
    assert sum(o.startswith("killed") for o in outcomes) >= TRIALS // 2
