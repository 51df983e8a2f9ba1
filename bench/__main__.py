"""`make bench`: every benchmark, each in its own process, then one table: figure, target, pass/fail.

python -m bench                      # run all, print the table
python -m bench --record BENCHMARKS.md   # also write the table and the machine into that file
python -m bench offline pages_speed  # only some
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench.warehouse_bench import JUDGED_LISTINGS, LISTINGS, PAGE_ROWS

ROOT = Path(__file__).resolve().parents[1]


def _views(r: dict, listings: bool) -> dict[str, float]:
    return {k: v for k, v in r["views_ms"].items() if (k in LISTINGS) == listings}


def _show_views(r: dict, listings: bool, judged: bool = False) -> str:
    views = _views(r, listings)
    if listings:
        views = {k: v for k, v in views.items() if (k in JUDGED_LISTINGS) == judged}
    rows, inside, paged = r.get("view_rows", {}), r.get("views_in_duckdb_ms", {}), r.get("views_paged_ms", {})

    def one(k: str, v: float) -> str:
        if not listings:
            return f"{k} {v:.0f} ms"
        return (
            f"{k}: {inside.get(k, 0):.0f} ms inside DuckDB, first {PAGE_ROWS:,} rows {paged.get(k, 0):.0f} ms "
            f"({v:.0f} ms for all {rows.get(k, 0):,} rows fetched into Python)"
        )

    return "; ".join(one(k, v) for k, v in views.items()) + f" (over {r['figures']:,} figures)"


def _listings_ok(r: dict) -> bool:
    inside, paged = r.get("views_in_duckdb_ms", {}), r.get("views_paged_ms", {})
    return all(max(inside.get(k, 1e9), paged.get(k, 1e9)) < 300 for k in JUDGED_LISTINGS)


def _show_memory(r: dict) -> str:
    m = r["run_10k"]["memory"]
    if not m.get("sampled"):
        return "not sampled (needs Linux /proc)"
    return (f"{r['peak_memory_mb']:.0f} MB (sampled: PSS {m['tree_pss_mb']:.0f} MB, RSS summed over its "
            f"{m['tree_peak_processes']} processes {m['tree_rss_mb']:.0f} MB; the run's process alone "
            f"{m['own_rss_mb']:.0f} MB, its high-water mark {m['own_hwm_mb']:.0f} MB)")  # fmt: skip


# module -> rows of (figure, target, how to read the measured value, pass test)
Row = tuple[str, str, Callable[[dict], str], Callable[[dict], bool]]
BENCHES: dict[str, list[Row]] = {
    "offline": [
        ("Offline stage (extract, figures, dedup, load) vs trafilatura alone", "<= 1.25x, both cores",
         lambda r: f"{r['ratio']}x ({r['articles_per_s']} articles/s, {r['workers']} processes; "
                   f"one process {r['one_process_s']} s vs trafilatura {r['trafilatura_alone_s']} s)",
         lambda r: r["ok"]),
    ],
    "figures_speed": [
        ("Figure extraction", ">= 2 MB/s per core",
         lambda r: f"{r['mb_per_cpu_s']} MB/CPU s, {r['mb_per_s']} MB/s wall (figure-dense text "
                   f"{r['dense_mb_per_cpu_s']} MB/CPU s; 5 MB trigger-dense line {r['dense_line_5mb_cpu_s']} CPU s, "
                   f"{r['dense_line_5mb_s']} s wall)", lambda r: r["ok"]),
        ("Figure extraction, figure-dense text (two figures in every sentence)", ">= 1 MB/s per core",
         lambda r: f"{r['dense_mb_per_cpu_s']} MB/CPU s", lambda r: r["dense_mb_per_cpu_s"] >= 1.0),
        ("Figure extraction, one 5 MB line dense with trigger words", "< 2 s on one core",
         lambda r: f"{r['dense_line_5mb_cpu_s']} CPU s", lambda r: r["dense_line_5mb_cpu_s"] < 2.0),
        ("Figure extraction, one 5 MB line where every number is a figure", "< 2 s on one core",
         lambda r: f"{r['binding_line_5mb_cpu_s']} CPU s ({r['binding_line_figures']} figures)",
         lambda r: r["binding_line_5mb_cpu_s"] < 2.0),
        ("Arabic and French figure extraction (dev-set sentences)", ">= 1 MB/s per core",
         lambda r: f"ar {r['ar_mb_per_s']} MB/s, fr {r['fr_mb_per_s']} MB/s (UTF-8)", lambda r: r["lang_ok"]),
    ],
    "dedup_scaling": [
        ("Dedup cost per article, 200k vs 10k stored", "<= 1.5x; signature+lookup < 5 ms",
         lambda r: f"{r['ratio']}x ({r['ms_per_article_10000']} -> {r['ms_per_article_200000']} ms; "
                   f"signature+lookup {r['signature_and_lookup_ms_200000']} ms)",
         lambda r: r["ok"]),
    ],
    "dedup_speed": [
        ("Dedup per article, 20,000-article stream: newsmon vs datasketch MinHashLSH, same run",
         "newsmon <= datasketch",
         lambda r: f"{r['newsmon_ms_per_article']} vs {r['datasketch_ms_per_article']} ms "
                   f"(CPU {r['newsmon_cpu_ms_per_article']} vs {r['datasketch_cpu_ms_per_article']} ms; "
                   f"F1 {r['newsmon_f1']} vs {r['datasketch_f1']})",
         lambda r: r["ok"]),
    ],
    "cli_startup": [
        ("Start-up of `newsmon figures`: one input line, process start to output (median of 7)", "< 0.5 s",
         lambda r: f"{r['median_s']} s ({r['median_cpu_s']} CPU s; first call, unpacking the language model: "
                   f"{r['first_call_s']} s)", lambda r: r["ok"]),
    ],
    "pages_speed": [
        ("Fetching 1,000 pages at 100 ms latency", "<= 15 s, per-host limits held",
         lambda r: f"{r['seconds']} s (max {r['max_in_flight_per_host']} in flight/host of "
                   f"{r['per_host_limit']}; min gap {r['min_gap_per_host_s']} s)",
         lambda r: r["ok"]),
    ],
    "fetch_speed": [
        ("Polling 200 feeds at 200 ms latency", "< 10 s, per-host limits held",
         lambda r: f"{r['seconds']} s (max {r['max_in_flight_per_host']} in flight/host; "
                   f"min gap {r['min_gap_per_host_s']} s)", lambda r: r["ok"]),
    ],
    "warehouse_bench": [
        ("Warehouse: load 10,000 articles with figures", "< 5 s", lambda r: f"{r['load_10k_s']} s",
         lambda r: r["load_10k_s"] < 5),
        ("Trend views over 1M figures: headlines, daily, one series, old aliases", "< 300 ms each",
         lambda r: _show_views(r, False), lambda r: all(v < 300 for v in _views(r, False).values())),
        ("headline_changes over 1M figures: inside DuckDB, and its first page as `newsmon sql` fetches it",
         "< 300 ms each", lambda r: _show_views(r, True, judged=True), _listings_ok),
        ("Other whole-history listings over 1M figures (series_sources aggregates every figure; "
         "figure_changes, source_counts are deprecated)", "report",
         lambda r: _show_views(r, True), lambda r: True),
    ],
    "pipeline": [
        ("End-to-end throughput (flow, 10,000 articles)", "report", lambda r: f"{r['articles_per_s_10k']} articles/s",
         lambda r: True),
        ("Orchestration: Prefect's share of a 1,000-article run", "< 10%",
         lambda r: f"{100 * r['prefect_share']:.1f}% (medians of 3 alternating runs: flow {r['run_1k']['seconds']} s, "
                   f"no decorators {r['run_1k_plain']['seconds']} s; every run, in order: flow "
                   f"{', '.join(map(str, r['runs_1k_flow_s']))} s, no decorators "
                   f"{', '.join(map(str, r['runs_1k_plain_s']))} s; timed inside each flow run: "
                   f"{', '.join(map(str, r.get('prefect_attributed_s', [])))} s in Prefect)",
         lambda r: r["prefect_share"] < 0.10),
        ("Memory: peak of a 10,000-article run (its process, forkserver and workers: summed PSS sampled "
         "every 0.2 s, or the process's own high-water mark if higher)", "< 600 MB", _show_memory, lambda r: r["peak_memory_mb"] < r["memory_target_mb"]),
        ("Growth: time per article, 10k vs 1k run", "close to linear (< 1.35x)", lambda r: f"{r['growth']}x",
         lambda r: r["growth"] < 1.35),
    ],
}  # fmt: skip


def run_module(name: str, timeout: float = 900) -> tuple[dict | None, str, float]:
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        proc = subprocess.run([sys.executable, "-m", f"bench.{name}"], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=timeout)  # fmt: skip
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:.0f} s", time.perf_counter() - started
    seconds = time.perf_counter() - started
    out = proc.stdout
    if proc.returncode != 0 or "{" not in out:
        return (
            None,
            (proc.stderr or out).strip().splitlines()[-1][:300] if (proc.stderr or out) else "no output",
            seconds,
        )
    return json.loads(out[out.index("{") :]), "", seconds


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal"))
        memory = f"{int(mem.split()[1]) / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        memory = "unknown memory"
    import duckdb

    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), {memory}, "
            f"Python {platform.python_version()}, DuckDB {duckdb.__version__}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("only", nargs="*", help="benchmark modules to run (default: all)")
    parser.add_argument("--record", type=Path, help="write the table and the machine into this markdown file")
    args = parser.parse_args(argv)
    names = args.only or list(BENCHES)
    rows: list[tuple[str, str, str, str]] = []
    raw: dict[str, dict] = {}
    total = time.perf_counter()
    for name in names:
        print(f"running bench.{name} ...", file=sys.stderr, flush=True)
        result, error, seconds = run_module(name)
        print(f"  {seconds:.0f} s", file=sys.stderr, flush=True)
        for figure, target, show, passed in BENCHES[name]:
            if result is None:
                rows.append((figure, f"error: {error}", target, "FAIL"))
            else:
                rows.append((figure, show(result), target, "pass" if passed(result) else "FAIL"))
        if result is not None:
            raw[name] = result
    elapsed = time.perf_counter() - total
    table = ["| figure | measured | target | result |", "|---|---|---|---|"]
    table += [f"| {f} | {m} | {t} | {r} |" for f, m, t, r in rows]
    print("\n".join(table))
    print(f"\n{sum(r[3] == 'pass' for r in rows)}/{len(rows)} pass in {elapsed:.0f} s on {machine()}")
    if args.record:
        record(args.record, table, elapsed, raw)
    return 0 if all(r[3] == "pass" for r in rows) else 1


def record(path: Path, table: list[str], elapsed: float, raw: dict[str, dict]) -> None:
    """Replace the results block of `path` (between the bench markers) with this run's table."""
    block = "\n".join([
        "<!-- bench:begin -->",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}; `make bench` took {elapsed:.0f} s.",
        "",
        *table,
        "",
        "<details><summary>raw numbers</summary>",
        "",
        "```json",
        json.dumps(raw, indent=1, default=str),
        "```",
        "</details>",
        "<!-- bench:end -->",
    ])  # fmt: skip
    text = (
        path.read_text(encoding="utf-8")
        if path.exists()
        else "# Benchmarks\n\n<!-- bench:begin -->\n<!-- bench:end -->\n"
    )
    start, end = (
        text.index("<!-- bench:begin -->"),
        text.index("<!-- bench:end -->") + len("<!-- bench:end -->"),
    )
    path.write_text(text[:start] + block + text[end:], encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
