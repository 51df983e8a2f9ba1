"""A run's helper processes die with it, and what a killed run left behind is stopped by the next one.

- `die_with_parent()`: asks Linux to SIGKILL the calling process when its parent thread dies
  (`prctl(PR_SET_PDEATHSIG)`); a no-op elsewhere. The extraction pool's workers call it as their
  initializer; the forkserver runs it through `flows.lifeline_preload`; the temporary Prefect server
  through `TemporaryServer`.
- `TemporaryServer`: Prefect's own per-run temporary API server (`SubprocessASGIServer`), started by
  `newsmon run` itself, so the child gets the parent-death signal, its notice is one line of ours and
  its PID goes into the run lock.
- `stop_leftovers(pids)`: kills the PIDs an earlier run recorded in the run lock if they still run one
  of our helpers (checked on /proc, so a reused PID of another program is left alone).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from pathlib import Path

PR_SET_PDEATHSIG = 1
HELPER_MARKS = ("prefect.server.api.server", "multiprocessing.forkserver", "multiprocessing.resource_tracker")


def die_with_parent(sig: int = signal.SIGKILL) -> None:
    """Have the kernel send `sig` to this process when the thread that started it exits."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the signal was armed
        os._exit(1)


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def stop_leftovers(pids: list[int]) -> list[int]:
    """SIGKILL each recorded PID still running one of our helpers; returns the PIDs stopped."""
    stopped = []
    for pid in pids:
        if pid in (os.getpid(), os.getppid()) or pid <= 1:
            continue
        if any(mark in _cmdline(pid) for mark in HELPER_MARKS):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                continue
            stopped.append(pid)
    return stopped


def temporary_server():
    """Prefect's temporary API server for this process, as a subclass whose child dies with us.

    Prefect's clients all ask `SubprocessASGIServer()` for the one instance of this process; creating
    ours first makes them use it."""
    import subprocess

    from prefect.server.api.server import SubprocessASGIServer

    class TemporaryServer(SubprocessASGIServer):
        def _run_uvicorn_command(self) -> subprocess.Popen:
            original = subprocess.Popen

            def popen(*args, **kwargs):
                return original(*args, preexec_fn=die_with_parent, **kwargs)

            subprocess.Popen = popen  # only for Prefect's one Popen call below
            try:
                return super()._run_uvicorn_command()
            finally:
                subprocess.Popen = original

    return TemporaryServer()
