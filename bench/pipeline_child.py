"""One pipeline run in its own process, for bench/pipeline.py: prints its timings and own peak RSS.

python -m bench.pipeline_child --mode flow|plain --feeds FILE --db FILE
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import time


def _timed(fn, spent: dict, key: str):
    @functools.wraps(fn)
    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[key] += time.perf_counter() - started

    return timed


def _attribute(ingest_module) -> dict[str, float]:
    """Time the flow's body, every task call the flow makes (`_call`) and the code of every task, so
    that what Prefect costs is also read directly, apart from the noise between two runs: the run's
    seconds outside the body (the flow run's start and end) and each task call outside its code."""
    from prefect import Task

    spent = {"body": 0.0, "calls": 0.0, "fns": 0.0}
    for value in list(vars(ingest_module).values()):
        if isinstance(value, Task):
            value.fn = _timed(value.fn, spent, "fns")
    ingest_module._call = _timed(ingest_module._call, spent, "calls")
    ingest_module.ingest.fn = _timed(ingest_module.ingest.fn, spent, "body")
    return spent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=("flow", "plain"), required=True)
    parser.add_argument("--feeds", required=True)
    parser.add_argument("--db", required=True)
    args = parser.parse_args()

    import flows.ingest

    spent = _attribute(flows.ingest) if args.mode == "flow" else {}
    started = time.perf_counter()
    run = flows.ingest.ingest if args.mode == "flow" else flows.ingest.run_plain
    summary = run(feeds_file=args.feeds, db=args.db)
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "mode": args.mode,
                "status": summary.status,
                "seconds": round(seconds, 2),
                "articles_new": summary.counts.get("articles_new", 0),
                "duplicates_new": summary.counts.get("duplicates_new", 0),
                "figures_new": summary.counts.get("figures_new", 0),
                "pages_fetched": summary.counts.get("pages_fetched", 0),
                "failures": summary.counts.get("failures", 0),
                # ru_maxrss: includes the parent's RSS at fork (kept across exec); bench/rss.py reads VmHWM
                "peak_rss_mb": round(own, 1),
                # flow mode: seconds spent in Prefect's engine, outside the flow's and the tasks' own code
                **(
                    {
                        "prefect_engine_s": round(seconds - spent["body"], 3),
                        "prefect_task_runs_s": round(spent["calls"] - spent["fns"], 3),
                    }
                    if spent
                    else {}
                ),
            }
        )
    )


if __name__ == "__main__":
    main()
