"""bench/rss.py: the memory of a process tree, sampled from /proc (Linux)."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.rss import TreeSampler, descendants

pytestmark = pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="needs Linux /proc")

# a parent that holds 60 MB and starts a child holding 120 MB; both touch every page
PROGRAM = """
import subprocess, sys, time
block = bytearray(60 << 20)
child = subprocess.Popen([sys.executable, "-c",
    "import time; b = bytearray(120 << 20); print('ready', flush=True); time.sleep(3)"],
    stdout=subprocess.PIPE, text=True)
child.stdout.readline()
print("ready", flush=True)
child.wait()
"""


def test_the_tree_peak_counts_the_child_and_the_own_peak_does_not():
    proc = subprocess.Popen([sys.executable, "-c", PROGRAM], stdout=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid, interval=0.05).start()
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(0.5)
    assert len(descendants(proc.pid)) == 2
    proc.wait(timeout=30)
    sampler.stop()
    peak = sampler.peak()
    assert peak["sampled"] and peak["tree_peak_processes"] == 2
    assert 60 <= peak["own_rss_mb"] <= peak["own_hwm_mb"] < 120
    assert peak["tree_rss_mb"] >= 180 and peak["tree_pss_mb"] >= 175
    assert peak["tree_pss_mb"] <= peak["tree_rss_mb"] + 1


def test_a_process_that_is_gone_gives_no_samples():
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    sampler = TreeSampler(proc.pid).start()
    sampler.stop()
    assert sampler.peak()["sampled"] is False
