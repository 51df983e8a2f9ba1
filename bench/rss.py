"""Memory of a running process and of every process it started, sampled from /proc every 0.2 s.

What counts as the memory of a run: at each instant, the resident memory of the run's process plus that
of all its descendants (the forkserver and the extraction workers), summed; the peak is the highest such
sum seen. Summing RSS counts the pages that forked processes share once per process, so the proportional
set size (PSS, each shared page split between its sharers) is recorded beside it: PSS is the memory the
run really takes from the machine, RSS summed is an upper bound. The process's own RSS is kept apart,
with its high-water mark (VmHWM), which also holds a spike shorter than the sampling interval.

Linux only (reads /proc); elsewhere the sampler records nothing and says so.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

INTERVAL = 0.2  # seconds between two samples

PROC = Path("/proc")


def _kib(text: str, key: str) -> int:
    for line in text.splitlines():
        if line.startswith(key):
            return int(line.split()[1])
    return 0


def _children(pid: int) -> list[int]:
    """Direct children of `pid` (all threads' children, from /proc/<pid>/task/*/children)."""
    found: list[int] = []
    try:
        tasks = list((PROC / str(pid) / "task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def descendants(pid: int) -> list[int]:
    """`pid` and every process below it."""
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo += _children(current)
    return out


def memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; (0, 0) once it is gone."""
    try:
        rss = _kib((PROC / str(pid) / "status").read_text(), "VmRSS:")
    except OSError:
        return 0, 0
    try:
        pss = _kib((PROC / str(pid) / "smaps_rollup").read_text(), "Pss:")
    except OSError:
        pss = rss
    return rss, pss


def high_water_kib(pid: int) -> int:
    """Peak RSS of the process since it started its program (VmHWM; unlike ru_maxrss it does not carry
    the RSS of the parent it was forked from across exec)."""
    try:
        return _kib((PROC / str(pid) / "status").read_text(), "VmHWM:")
    except OSError:
        return 0


@dataclass(slots=True)
class Sample:
    at: float  # seconds since the sampler started
    own_mb: float
    tree_rss_mb: float
    tree_pss_mb: float
    processes: int
    own_hwm_mb: float  # the process's own high-water mark (VmHWM): catches spikes between samples


@dataclass(slots=True)
class TreeSampler:
    """Samples `pid` and its descendants on a thread until `stop()`; `peak()` sums it up."""

    pid: int
    interval: float = INTERVAL
    samples: list[Sample] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> TreeSampler:
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        started = time.monotonic()
        while not self._stop.is_set() and PROC.is_dir():
            pids = descendants(self.pid)
            sizes = [memory_kib(p) for p in pids]
            own = sizes[0][0]
            if own == 0:  # the process ended
                break
            self.samples.append(
                Sample(
                    at=round(time.monotonic() - started, 2),
                    own_mb=round(own / 1024, 1),
                    tree_rss_mb=round(sum(r for r, _ in sizes) / 1024, 1),
                    tree_pss_mb=round(sum(p for _, p in sizes) / 1024, 1),
                    processes=sum(1 for r, _ in sizes if r),
                    own_hwm_mb=round(high_water_kib(self.pid) / 1024, 1),
                )
            )
            self._stop.wait(self.interval)

    def peak(self) -> dict:
        """Peaks over the run: own RSS, tree RSS (summed) and tree PSS, and when (and over how many
        processes) the tree's PSS peaked."""
        if not self.samples:
            return {"sampled": False, "platform": os.name}
        top = max(self.samples, key=lambda s: s.tree_pss_mb)
        return {
            "sampled": True,
            "samples": len(self.samples),
            "own_rss_mb": max(s.own_mb for s in self.samples),
            "own_hwm_mb": max(s.own_hwm_mb for s in self.samples),
            "tree_rss_mb": max(s.tree_rss_mb for s in self.samples),
            "tree_pss_mb": top.tree_pss_mb,
            "tree_peak_at_s": top.at,
            "tree_peak_processes": top.processes,
        }
