"""Polling speed: 200 feeds on a server with 200 ms latency, under the default politeness limits.

The feeds are spread over 50 host names that all resolve to one local server (a resolver passed to
the fetcher; the SSRF guard still checks the address), so per-host limits apply as they would on
the internet. The server (bench/server.py, asyncio, as the page-fetching bench uses) records, per Host
header, how many requests were in flight at once and the shortest gap between two request arrivals.
Target: under 10 s with the limits holding: at most NEWSMON_PER_HOST in flight, arrivals at least 90% of
NEWSMON_HOST_DELAY apart. (A thread-per-connection server, used here before, read its clock behind the
GIL among 200 threads: it saw arrivals 0.13-0.33 s apart where the fetcher had spaced them 0.5 s.)

    python -m bench.fetch_speed
"""

from __future__ import annotations

import json
import time
from functools import partial

from bench.server import LatencyServer

FEEDS = 200
HOSTS = 50
LATENCY = 0.2
TARGET_SECONDS = 10.0

_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Bench feed {n}</title>
{items}
</channel></rss>"""
_ITEM = "<item><title>Libya item {n}.{i}</title><link>https://news.example/{n}/{i}</link><guid>{n}-{i}</guid></item>"


def measure() -> dict:
    """Poll FEEDS feeds over HOSTS host names with LATENCY per request; timings and limits held."""
    from extractors.records import FeedSpec
    from flows.http.fetch import fetch_many
    from flows.settings import Settings
    from flows.stages.poll import poll_all

    routes = {
        f"/{n}.xml": _FEED.format(n=n, items="\n".join(_ITEM.format(n=n, i=i) for i in range(20))).encode()
        for n in range(FEEDS)
    }

    async def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    settings = Settings.from_env({"NEWSMON_ALLOWED_HOSTS": "127.0.0.1"})  # defaults otherwise
    with LatencyServer(routes, latency=LATENCY) as server:
        port = server.ports["127.0.0.1"]
        feeds = [
            FeedSpec(f"feed {n}", f"http://host{n % HOSTS}.bench.test:{port}/{n}.xml") for n in range(FEEDS)
        ]
        started = time.monotonic()
        polls = poll_all(feeds, {}, settings, fetch=partial(fetch_many, resolver=resolver))
        seconds = time.monotonic() - started
        in_flight, gaps = dict(server.max_in_flight), list(server.min_gap.values())
    max_in_flight = max(in_flight.values(), default=0)
    failed = [p.outcome for p in polls if p.error is not None]
    return {
        "feeds": FEEDS,
        "hosts": HOSTS,
        "latency_s": LATENCY,
        "seconds": round(seconds, 2),
        "target_s": TARGET_SECONDS,
        "feeds_per_s": round(FEEDS / seconds, 1),
        "entries": sum(len(p.parsed.entries) for p in polls if p.parsed),
        "failed": len(failed),
        "per_host_limit": settings.per_host,
        "max_in_flight_per_host": max_in_flight,
        "host_delay_s": settings.host_delay,
        "min_gap_per_host_s": round(min(gaps), 3) if gaps else None,
        "ok": seconds < TARGET_SECONDS
        and not failed
        and max_in_flight <= settings.per_host
        and (not gaps or min(gaps) >= settings.host_delay * 0.9),
    }


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
