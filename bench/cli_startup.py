"""Start-up of `newsmon figures`: the wall time of one call with one input line, from process start to
its output, as a caller that spawns it per batch sees it (issue 13: under 0.5 s).

The first call unpacks the language model into the user's cache (flows/langmodel.py) and is reported
apart; the judged figure is the median of the calls after it. CPU seconds (user + system, of the child)
are reported beside the wall time, since the machine may be shared.

    python -m bench.cli_startup
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 0.5
RUNS = 7
LINE = json.dumps({"id": 1, "text": "At least 21 people were killed and 37 wounded in Sirte on Saturday."})


def _one(env: dict[str, str]) -> tuple[float, float]:
    """(wall s, child CPU s) of one `newsmon figures` call."""
    before = os.times()
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "flows.cli", "figures"], input=LINE, env=env, cwd=ROOT, capture_output=True,
        text=True, check=True,
    )  # fmt: skip
    wall = time.perf_counter() - started
    after = os.times()
    if '"killed"' not in out.stdout:
        raise RuntimeError(f"newsmon figures gave no figure: {out.stdout[:200]} {out.stderr[-300:]}")
    return wall, (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )


def measure() -> dict:
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache, "PYTHONPATH": str(ROOT)}  # this tree's code
        first_wall, first_cpu = _one(env)  # unpacks the language model into the (empty) cache
        runs = [_one(env) for _ in range(RUNS)]
    wall = statistics.median(w for w, _ in runs)
    return {
        "first_call_s": round(first_wall, 3),
        "first_call_cpu_s": round(first_cpu, 3),
        "median_s": round(wall, 3),
        "median_cpu_s": round(statistics.median(c for _, c in runs), 3),
        "runs": RUNS,
        "target_s": TARGET_S,
        "ok": wall < TARGET_S,
    }


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
