"""Polling speed: 200 feeds on a server with 200 ms latency, under the default politeness limits.

The feeds are spread over 50 host names that all resolve to one local server (a resolver passed to
the fetcher; the SSRF guard still checks the address), so per-host limits apply as they would on
the internet. The server records, per Host header, how many requests were in flight at once and the
shortest gap between two request starts. Target: under 10 s with the limits holding.

    python -m bench.fetch_speed
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FEEDS = 200
HOSTS = 50
LATENCY = 0.2
TARGET_SECONDS = 10.0

_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Bench feed {n}</title>
{items}
</channel></rss>"""
_ITEM = "<item><title>Libya item {n}.{i}</title><link>https://news.example/{n}/{i}</link><guid>{n}-{i}</guid></item>"


class _Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.in_flight: dict[str, int] = defaultdict(int)
        self.max_in_flight: dict[str, int] = defaultdict(int)
        self.starts: dict[str, list[float]] = defaultdict(list)


def _server(stats: _Stats) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            host = (self.headers.get("Host") or "").split(":")[0]
            with stats.lock:
                stats.in_flight[host] += 1
                stats.max_in_flight[host] = max(stats.max_in_flight[host], stats.in_flight[host])
                stats.starts[host].append(time.monotonic())
            time.sleep(LATENCY)
            n = self.path.strip("/").split(".")[0]
            body = _FEED.format(n=n, items="\n".join(_ITEM.format(n=n, i=i) for i in range(20))).encode()
            with stats.lock:
                stats.in_flight[host] -= 1
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    return server


def measure() -> dict:
    """Poll FEEDS feeds over HOSTS host names with LATENCY per request; timings and limits held."""
    from extractors.records import FeedSpec
    from flows.http.fetch import fetch_many
    from flows.settings import Settings
    from flows.stages.poll import poll_all

    stats = _Stats()
    server = _server(stats)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]

    async def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    settings = Settings.from_env({"NEWSMON_ALLOWED_HOSTS": "127.0.0.1"})  # defaults otherwise
    feeds = [FeedSpec(f"feed {n}", f"http://host{n % HOSTS}.bench.test:{port}/{n}.xml") for n in range(FEEDS)]
    try:
        started = time.monotonic()
        polls = poll_all(feeds, {}, settings, fetch=partial(fetch_many, resolver=resolver))
        seconds = time.monotonic() - started
    finally:
        server.shutdown()
        server.server_close()
    gaps = [
        b - a
        for starts in stats.starts.values()
        for a, b in zip(sorted(starts), sorted(starts)[1:], strict=False)
    ]
    max_in_flight = max(stats.max_in_flight.values(), default=0)
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
