"""`newsmon serve` against a real `prefect server start` on 127.0.0.1: the cron fires, rows land in
DuckDB, SIGTERM stops everything. Also the one-line refusals when there is no server to talk to."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from flows.serve import DEPLOYMENT, deployment_options, task_runner
from flows.settings import Settings
from tests.conftest import write_feeds
from tests.procs import clean_env, free_port, group_members, stop_group
from warehouse.db import connect

RUN_TIMEOUT = 150  # the every-minute cron fires within 60 s; the run itself takes seconds


def newsmon_serve(tmp_path: Path, **env: str) -> tuple[subprocess.Popen, Path]:
    log = tmp_path / "serve.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "serve"],
        cwd=tmp_path,
        env=clean_env(PREFECT_HOME=str(tmp_path / "prefect-client"), **env),
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: whatever it starts can be found afterwards
    )
    return proc, log


def flow_runs(api: str) -> list[dict]:
    response = httpx.post(
        api + "/flow_runs/filter",
        json={"deployments": {"name": {"any_": [DEPLOYMENT]}}, "sort": "EXPECTED_START_TIME_ASC"},
        timeout=10,
    )
    response.raise_for_status()
    return response.json()


@pytest.mark.slow
def test_serve_runs_on_the_cron_and_sigterm_stops_everything(prefect_server, local_env, tmp_path, db_path):
    site = local_env
    feeds = write_feeds(tmp_path / "feeds.toml", site, [("Wire RSS", "/feeds/libya.xml")])
    proc, log = newsmon_serve(
        tmp_path,
        PREFECT_API_URL=prefect_server,
        NEWSMON_SCHEDULE="* * * * *",
        NEWSMON_DB=str(db_path),
        NEWSMON_FEEDS=str(feeds),
        NEWSMON_ALLOWED_HOSTS="127.0.0.1",
        NEWSMON_HOST_DELAY="0",
        NEWSMON_FETCH_DEADLINE="10",
    )
    try:
        deadline = time.monotonic() + RUN_TIMEOUT
        completed = []
        while not completed:
            assert proc.poll() is None, "newsmon serve exited:\n" + log.read_text()[-3000:]
            assert time.monotonic() < deadline, "no completed run in time:\n" + log.read_text()[-3000:]
            time.sleep(2)
            completed = [r for r in flow_runs(prefect_server) if r["state_type"] == "COMPLETED"]
        run = completed[0]
        assert run["parameters"] == {"db": str(db_path), "feeds_file": str(feeds)}
        # Started by the schedule (not by hand), on a minute boundary.
        assert run["auto_scheduled"] is True
        assert run["expected_start_time"].endswith(":00Z")

        con = connect(db_path, read_only=True)
        try:
            runs = con.execute("SELECT status, articles_new FROM runs").fetchall()
            fetched = [
                u for (u,) in con.execute("SELECT canonical_url FROM articles WHERE NOT is_seed").fetchall()
            ]
        finally:
            con.close()
        assert ("completed", runs[0][1]) == runs[0] and runs[0][1] > 0
        assert any(url.endswith("/articles/tripoli-clashes.html") for url in fetched), fetched
        assert site.requests_to("/feeds/libya.xml")
    finally:
        code = stop_group(proc)

    output = log.read_text()
    assert code == 0, output[-3000:]
    assert output.rstrip().endswith("newsmon serve: stopped")
    # Nothing it started survives it: no flow-run process, no resource tracker.
    deadline = time.monotonic() + 10
    while (left := group_members(proc.pid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, f"orphan processes: {left}"
    # The schedule is paused while nothing serves it.
    deployment = httpx.get(f"{prefect_server}/deployments/name/ingest/{DEPLOYMENT}", timeout=10).json()
    assert deployment["paused"] is True
    assert deployment["global_concurrency_limit"]["limit"] == 1
    assert deployment["concurrency_options"]["collision_strategy"] == "CANCEL_NEW"


def run_serve(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", "serve"],
        cwd=tmp_path,
        env=clean_env(PREFECT_HOME=str(tmp_path / "prefect-home"), **env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_serve_refuses_without_prefect_api_url(tmp_path):
    result = run_serve(tmp_path, NEWSMON_DB=str(tmp_path / "n.duckdb"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("newsmon serve: error: PREFECT_API_URL is not set")
    assert not (tmp_path / "n.duckdb").exists()


def test_serve_refuses_when_the_prefect_server_is_unreachable(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/api"
    result = run_serve(tmp_path, PREFECT_API_URL=url, NEWSMON_DB=str(tmp_path / "n.duckdb"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"newsmon serve: error: cannot reach the Prefect server at {url}")


@pytest.mark.slow
def test_serve_refuses_a_url_that_is_not_the_api(prefect_server, tmp_path):
    root = prefect_server.removesuffix("/api")
    result = run_serve(tmp_path, PREFECT_API_URL=root, NEWSMON_DB=str(tmp_path / "n.duckdb"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "PREFECT_API_URL should end in /api" in result.stderr


def test_deployment_is_the_cron_with_one_run_at_a_time():
    settings = Settings.from_env(
        {"NEWSMON_SCHEDULE": "0 6 * * *", "NEWSMON_SCHEDULE_TIMEZONE": "Africa/Tripoli"}
    )
    options = deployment_options(settings)
    assert options["name"] == DEPLOYMENT
    assert options["schedule"].cron == "0 6 * * *"
    assert options["schedule"].timezone == "Africa/Tripoli"
    assert options["concurrency_limit"].limit == 1
    assert options["concurrency_limit"].collision_strategy.value == "CANCEL_NEW"
    assert options["parameters"] == {"db": str(settings.db), "feeds_file": None}


def test_task_runner_setting():
    from prefect_dask import DaskTaskRunner

    assert task_runner(Settings.from_env({})) is None
    local = task_runner(Settings.from_env({"NEWSMON_TASK_RUNNER": "dask"}))
    assert isinstance(local, DaskTaskRunner) and local.address is None
    remote = task_runner(
        Settings.from_env({"NEWSMON_TASK_RUNNER": "dask", "NEWSMON_DASK_ADDRESS": "tcp://10.0.0.5:8786"})
    )
    assert remote.address == "tcp://10.0.0.5:8786"


@pytest.mark.slow
def test_sigterm_mid_run_logs_one_info_line_and_writes_nothing(prefect_server, local_env, tmp_path, db_path):
    from tests.localsite import Route, slow_handler

    site = local_env
    feed = (site.root / "feeds" / "libya.xml").read_bytes().replace(b"{BASE}", site.base.encode())
    feed = feed.replace(b"/articles/tripoli-clashes.html", b"/slow/tripoli-clashes.html")
    site.routes["/slow/feed.xml"] = Route(200, feed, {"Content-Type": "application/rss+xml"})
    site.routes["/slow/tripoli-clashes.html"] = Route(handler=slow_handler(60))
    feeds = write_feeds(tmp_path / "feeds.toml", site, [("Slow wire", "/slow/feed.xml")])
    proc, log = newsmon_serve(
        tmp_path,
        PREFECT_API_URL=prefect_server,
        NEWSMON_SCHEDULE="* * * * *",
        NEWSMON_DB=str(db_path),
        NEWSMON_FEEDS=str(feeds),
        NEWSMON_ALLOWED_HOSTS="127.0.0.1",
        NEWSMON_HOST_DELAY="0",
        NEWSMON_FETCH_DEADLINE="90",
        NEWSMON_READ_TIMEOUT="90",
    )
    try:
        deadline = time.monotonic() + RUN_TIMEOUT
        while not any(p.startswith("/slow/tripoli-clashes.html") for p, _ in site.requests):
            assert proc.poll() is None, "newsmon serve exited:\n" + log.read_text()[-3000:]
            assert time.monotonic() < deadline, (
                "the run never reached the slow page:\n" + log.read_text()[-3000:]
            )
            time.sleep(0.5)
    finally:
        code = stop_group(proc)
    output = log.read_text()
    assert code == 0, output[-3000:]
    assert "Crash detected" not in output, output[-3000:]
    assert "| ERROR" not in output, output[-3000:]
    assert output.count("cancelled by SIGTERM; nothing written") == 1, output[-3000:]
    line = next(x for x in output.splitlines() if "cancelled by SIGTERM; nothing written" in x)
    assert "| INFO" in line
    runs = [r for r in flow_runs(prefect_server) if r["state_type"] in ("CANCELLED", "CANCELLING")]
    assert runs, [r["state_type"] for r in flow_runs(prefect_server)]
    con = connect(db_path, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM runs WHERE status = 'completed'").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM articles WHERE NOT is_seed").fetchone()[0] == 0
    finally:
        con.close()
