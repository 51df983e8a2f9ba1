"""The run lock: one ingestion at a time per database, across processes, never stale after a crash."""

import os
import subprocess
import sys

import pytest

from flows.cli import main
from flows.stages.lock import RunLocked, lock_path, run_lock
from tests.conftest import write_feeds
from warehouse.db import connect


def test_second_holder_is_refused_with_who_holds_it(db_path):
    with run_lock(db_path):
        with pytest.raises(RunLocked) as err, run_lock(db_path):
            pass
        message = str(err.value)
        assert f"another ingestion is running on {db_path}" in message
        assert f"pid {os.getpid()}" in message and "this run did not start" in message
    with run_lock(db_path):  # released on exit
        pass


def test_lock_held_by_another_process_and_released_when_it_dies(db_path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from flows.stages.lock import run_lock\n"
            "with run_lock(Path(sys.argv[1])):\n"
            "    print('locked', flush=True)\n"
            "    time.sleep(60)\n",
            str(db_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(RunLocked, match=f"pid {holder.pid} "), run_lock(db_path):
            pass
    finally:
        holder.kill()  # SIGKILL: no clean-up code runs, the kernel drops the lock
        holder.wait()
    with run_lock(db_path):
        assert lock_path(db_path).exists()


@pytest.mark.usefixtures("prefect_harness")
def test_newsmon_run_refuses_while_another_run_holds_the_lock(local_env, tmp_path, db_path, capsys):
    feeds = write_feeds(tmp_path / "feeds.toml", local_env, [])
    with run_lock(db_path):
        assert main(["run", "--feeds", str(feeds), "--db", str(db_path)]) == 2
    # Prefect logs the failed flow run above; the CLI's own verdict is one line, last.
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("newsmon run: error: another ingestion is running on")
    con = connect(db_path, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 0, "a refused run writes nothing"
    finally:
        con.close()


@pytest.mark.usefixtures("prefect_harness")
def test_a_run_marks_runs_left_running_by_a_dead_process_as_failed(local_env, tmp_path, db_path):
    from flows.ingest import ingest
    from warehouse import load
    from warehouse.db import open_warehouse

    with open_warehouse(db_path) as con:
        load.start_run(con, "20260101T000000Z-killed00")  # a run whose process was killed
    summary = ingest(feeds_file=str(write_feeds(tmp_path / "feeds.toml", local_env, [])), db=str(db_path))
    con = connect(db_path, read_only=True)
    try:
        rows = dict(con.execute("SELECT run_id, status FROM runs").fetchall())
        error = con.execute("SELECT error FROM runs WHERE run_id = '20260101T000000Z-killed00'").fetchone()[0]
    finally:
        con.close()
    assert rows == {"20260101T000000Z-killed00": "failed", summary.run_id: "completed"}
    assert error == f"interrupted: the process ended before the run finished (found by run {summary.run_id})"
