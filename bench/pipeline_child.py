"""One pipeline run in its own process, for bench/pipeline.py: prints its timings and own peak RSS.

python -m bench.pipeline_child --mode flow|plain --feeds FILE --db FILE
"""

from __future__ import annotations

import argparse
import json
import resource
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=("flow", "plain"), required=True)
    parser.add_argument("--feeds", required=True)
    parser.add_argument("--db", required=True)
    args = parser.parse_args()

    from flows.ingest import ingest, run_plain

    started = time.perf_counter()
    run = ingest if args.mode == "flow" else run_plain
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
            }
        )
    )


if __name__ == "__main__":
    main()
