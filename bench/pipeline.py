"""End to end: the real flow against a local site of N generated pages, in a child process.

Measures, on one machine in one go:
- throughput of a 1,000- and a 10,000-article run, and how the time per article grows (close to linear);
- Prefect's share of wall time: the same 1,000-article run with and without the decorators (the flow
  against a running Prefect server, versus `run_plain`), three runs of each, alternating, each into a
  new database: medians compared (one run of each swung 11-24 % on this shared machine). The first
  flow run is the server's first, as after any server restart, and counts like the others. Each flow
  run also times Prefect's part directly (bench/pipeline_child.py: the run's seconds outside the flow's
  body, and each task call outside the task's code), reported beside the judged comparison;
- peak memory of the 10,000-article run, sampled every 0.2 s (bench/rss.py) over the run's process
  and every process it started (the extraction pool's forkserver and workers), summed at each instant:
  as PSS (each shared page counted once, split between the processes sharing it: the memory the run
  takes from the machine; the target applies to it) and as RSS (shared pages counted in every process,
  an upper bound), with the run's own process apart. A spike between two samples still shows in the
  process's own high-water mark (VmHWM): the judged peak is the larger of the two. (`ru_maxrss` is
  not used: across exec it keeps the RSS of the parent it was forked from, here the bench holding
  the whole corpus, which is where an earlier "842 MB" came from.) The Prefect API server is a separate, long-lived
  process here (as with `PREFECT_API_URL`) and is not counted.

Pages are served with no latency and no per-host delay here: fetching has its own benchmark.

    python -m bench.pipeline
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from bench.corpus import build
from bench.rss import TreeSampler
from bench.server import LatencyServer

ROOT = Path(__file__).resolve().parents[1]
HOSTS = tuple(f"127.0.0.{n}" for n in range(2, 22))  # 20 "sites" on loopback addresses
PREFECT_SHARE_TARGET = 0.10
MEMORY_TARGET_MB = 600
REPEATS = 3  # 1,000-article runs per mode, alternating plain and flow: the share compares the medians
GROWTH_TARGET = 1.35  # time per article at 10k over time per article at 1k


@contextmanager
def site(pages: int):
    """A feeds file listing `pages` generated pages, served from HOSTS."""
    with LatencyServer({}, latency=0.0, hosts=HOSTS) as server:
        corpus = build(pages, [server.base(h) for h in HOSTS])
        server.routes.update(corpus.pages)
        server.routes.update(corpus.feeds)
        with tempfile.TemporaryDirectory() as tmp:
            feeds = Path(tmp) / "feeds.toml"
            lines = ['[topic]\nkeywords = ["Libya"]\n']
            for i, path in enumerate(corpus.feed_paths):
                lines.append(
                    f'[[feeds]]\nname = "bench {i}"\nurl = "{server.base(HOSTS[i % len(HOSTS)])}{path}"\n'
                )
            feeds.write_text("\n".join(lines))
            yield Path(tmp), feeds


def child(mode: str, feeds: Path, db: Path, env: dict[str, str]) -> dict:
    """One run in its own process, its memory (and that of the processes it starts) sampled throughout."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.pipeline_child", "--mode", mode, "--feeds", str(feeds), "--db", str(db)],
            cwd=ROOT, env=env, stdout=out, stderr=err, text=True,
        )  # fmt: skip
        sampler = TreeSampler(proc.pid).start()
        try:
            code = proc.wait(timeout=1800)
        finally:
            sampler.stop()
            if proc.poll() is None:
                proc.kill()
        out.seek(0)
        err.seek(0)
        if code != 0:
            raise RuntimeError(f"{mode} run failed: {err.read()[-2000:]}")
        result = json.loads(out.read().strip().splitlines()[-1])
    result["memory"] = sampler.peak()
    return result


def environment(prefect_api: str | None, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSMON_", "PREFECT_"))}
    env.update(
        PYTHONPATH=str(ROOT), DO_NOT_TRACK="1", PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_LOGGING_LEVEL="WARNING", PREFECT_HOME=str(home / "prefect"),
        NEWSMON_ALLOWED_HOSTS=",".join(HOSTS), NEWSMON_HOST_DELAY="0", NEWSMON_PER_HOST="8",
        NEWSMON_CONCURRENCY="32", NEWSMON_FEED_BACKOFF="1",
    )  # fmt: skip
    if prefect_api:
        env["PREFECT_API_URL"] = prefect_api
    return env


def _median(runs: list[dict]) -> dict:
    """The run of median seconds (an odd number of runs)."""
    assert len(runs) % 2, "the median of an even number of runs is no run"
    return sorted(runs, key=lambda run: run["seconds"])[len(runs) // 2]


def measure(small: int = 1000, large: int = 10_000) -> dict:
    from tests.procs import start_prefect_server, stop_group

    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        (home / "server").mkdir()
        server, api, log = start_prefect_server(home / "server")
        try:
            env = environment(api, home)
            with site(small) as (folder, feeds):
                pairs = []
                for i in range(REPEATS):  # which mode runs first alternates: no order effect on one side
                    order = ("plain", "flow") if i % 2 == 0 else ("flow", "plain")
                    runs = {mode: child(mode, feeds, folder / f"{mode}{i}.duckdb", env) for mode in order}
                    pairs.append((runs["plain"], runs["flow"]))
            with site(large) as (folder, feeds):
                big = child("flow", feeds, folder / "big.duckdb", env)
        finally:
            stop_group(server)
            log.close()
    plain, flow = (_median([pair[k] for pair in pairs]) for k in (0, 1))
    share = max(0.0, (flow["seconds"] - plain["seconds"]) / flow["seconds"])
    per_small = flow["seconds"] / max(1, flow["pages_fetched"])
    per_large = big["seconds"] / max(1, big["pages_fetched"])
    # a spike shorter than the 0.2 s between samples still shows in the process's own high-water mark
    memory = max(big["memory"].get("tree_pss_mb", float("inf")), big["memory"].get("own_hwm_mb", 0.0))
    results.update(
        run_1k=flow, run_1k_plain=plain, run_10k=big,
        articles_per_s_1k=round(flow["pages_fetched"] / flow["seconds"], 1),
        articles_per_s_10k=round(big["pages_fetched"] / big["seconds"], 1),
        runs_1k_plain_s=[p["seconds"] for p, _ in pairs], runs_1k_flow_s=[f["seconds"] for _, f in pairs],
        prefect_attributed_s=[round(f["prefect_engine_s"] + f["prefect_task_runs_s"], 2) for _, f in pairs],
        prefect_share=round(share, 3), growth=round(per_large / per_small, 2), peak_memory_mb=round(memory, 1),
        memory_target_mb=MEMORY_TARGET_MB,
    )  # fmt: skip
    results["ok"] = (
        share < PREFECT_SHARE_TARGET and memory < MEMORY_TARGET_MB and per_large / per_small < GROWTH_TARGET
    )
    return results


if __name__ == "__main__":
    started = time.perf_counter()
    out = measure(
        int(sys.argv[1]) if len(sys.argv) > 1 else 1000, int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    )
    out["bench_seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(out, indent=2))
