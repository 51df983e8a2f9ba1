"""Fetching article pages: 1,000 pages at 100 ms latency, robots.txt obeyed, per-host limits held.

The pages are spread over 50 host names that all resolve to one local server (a resolver passed to
the fetcher; the SSRF guard still checks the address), as a run's pages come from many outlets.
Target: under 15 s, with at most NEWSMON_PER_HOST requests in flight per host and at least
NEWSMON_HOST_DELAY between two starts to one host.

    python -m bench.pages_speed
"""

from __future__ import annotations

import json
import time

from bench.server import LatencyServer

PAGES = 1000
HOSTS = 50
LATENCY = 0.1
TARGET_SECONDS = 15.0
# The fetcher spaces request *starts* NEWSMON_HOST_DELAY apart; the server sees arrivals, and the first
# request to a host also pays for its connection, so an arrival gap can come out a little shorter.
GAP_TOLERANCE = 0.75


def measure() -> dict:
    from flows.http.fetch import Request, fetch_many
    from flows.settings import Settings

    body = b"<html><body>" + b"<p>Libya coverage paragraph.</p>" * 300 + b"</body></html>"
    routes = {f"/news/{i}.html": body for i in range(PAGES)}

    async def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    settings = Settings.from_env({"NEWSMON_ALLOWED_HOSTS": "127.0.0.1"})  # the defaults otherwise
    with LatencyServer(routes, latency=LATENCY) as server:
        port = server.ports["127.0.0.1"]
        requests = [
            Request(f"http://site{i % HOSTS}.bench.test:{port}/news/{i}.html", robots=True)
            for i in range(PAGES)
        ]
        started = time.monotonic()
        responses = fetch_many(requests, settings, resolver=resolver)
        seconds = time.monotonic() - started
        max_in_flight = max(server.max_in_flight.values())
        min_gap = min(server.min_gap.values())
        served = server.requests
    failed = [r.error for r in responses if r.error]
    return {
        "pages": PAGES,
        "hosts": HOSTS,
        "latency_s": LATENCY,
        "seconds": round(seconds, 2),
        "target_s": TARGET_SECONDS,
        "requests_served": served,  # pages plus one robots.txt per host
        "failed": len(failed),
        "per_host_limit": settings.per_host,
        "max_in_flight_per_host": max_in_flight,
        "host_delay_s": settings.host_delay,
        "min_gap_per_host_s": round(min_gap, 3),
        "ok": seconds <= TARGET_SECONDS
        and not failed
        and max_in_flight <= settings.per_host
        and min_gap >= settings.host_delay * GAP_TOLERANCE,
    }


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
