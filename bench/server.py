"""A local HTTP/1.1 server for benchmarks: serves an in-memory site with a configurable latency.

asyncio-based, so a thousand slow requests in flight cost one thread. It listens on one or more
loopback addresses (127.0.0.0/8 is all loopback on Linux, so each address is a distinct "host" to the
client) and records, per Host header, the most requests in flight at once and the shortest gap
between two request starts, so a benchmark can check that per-host limits held.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import defaultdict


class LatencyServer:
    def __init__(
        self, routes: dict[str, bytes], latency: float = 0.1, hosts: tuple[str, ...] = ("127.0.0.1",)
    ):
        self.routes = routes
        self.latency = latency
        self.hosts = hosts
        self.ports: dict[str, int] = {}
        self.in_flight: dict[str, int] = defaultdict(int)
        self.max_in_flight: dict[str, int] = defaultdict(int)
        self.last_start: dict[str, float] = {}
        self.min_gap: dict[str, float] = {}
        self.requests = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ", 2)[1].split("?")[0]
                host = next(
                    (ln.split(":", 1)[1].strip() for ln in lines[1:] if ln.lower().startswith("host:")), ""
                )
                now = time.monotonic()
                if host in self.last_start:
                    gap = now - self.last_start[host]
                    self.min_gap[host] = min(self.min_gap.get(host, gap), gap)
                self.last_start[host] = now
                self.requests += 1
                self.in_flight[host] += 1
                self.max_in_flight[host] = max(self.max_in_flight[host], self.in_flight[host])
                try:
                    await asyncio.sleep(self.latency)
                finally:
                    self.in_flight[host] -= 1
                body = self.routes.get(path)
                status = b"200 OK" if body is not None else b"404 Not Found"
                body = body if body is not None else b"not found"
                ctype = b"application/rss+xml" if path.endswith(".xml") else b"text/html; charset=utf-8"
                writer.write(
                    b"HTTP/1.1 " + status + b"\r\nContent-Type: " + ctype
                    + b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
                )  # fmt: skip
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, IndexError):
            pass
        finally:
            writer.close()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        servers = []
        for host in self.hosts:
            server = self._loop.run_until_complete(asyncio.start_server(self._handle, host, 0, backlog=4096))
            self.ports[host] = server.sockets[0].getsockname()[1]
            servers.append(server)
        self._ready.set()
        self._loop.run_forever()
        for server in servers:
            server.close()
        pending = [t for t in asyncio.all_tasks(self._loop) if not t.done()]
        for task in pending:
            task.cancel()
        self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self._loop.close()

    def base(self, host: str | None = None) -> str:
        host = host or self.hosts[0]
        return f"http://{host}:{self.ports[host]}"

    def __enter__(self) -> LatencyServer:
        self._thread.start()
        self._ready.wait(30)
        return self

    def __exit__(self, *exc) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
