"""A local HTTP/1.1 server for benchmarks: serves an in-memory site with a configurable latency.

asyncio-based, so a thousand slow requests in flight cost one thread. It also records, per host, the
largest number of requests in flight at once, so a benchmark can check that per-host limits held.
"""

from __future__ import annotations

import asyncio
import threading
from collections import defaultdict


class LatencyServer:
    def __init__(self, routes: dict[str, bytes], latency: float = 0.1, host: str = "127.0.0.1"):
        self.routes = routes
        self.latency = latency
        self.host = host
        self.port = 0
        self.in_flight: dict[str, int] = defaultdict(int)
        self.max_in_flight: dict[str, int] = defaultdict(int)
        self.requests = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        local = writer.get_extra_info("sockname")[0]
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].decode("latin-1").split("?")[0]
                self.requests += 1
                self.in_flight[local] += 1
                self.max_in_flight[local] = max(self.max_in_flight[local], self.in_flight[local])
                try:
                    await asyncio.sleep(self.latency)
                finally:
                    self.in_flight[local] -= 1
                body = self.routes.get(path)
                status = b"200 OK" if body is not None else b"404 Not Found"
                body = body if body is not None else b"not found"
                ctype = b"application/rss+xml" if path.endswith(".xml") else b"text/html; charset=utf-8"
                writer.write(
                    b"HTTP/1.1 "
                    + status
                    + b"\r\nContent-Type: "
                    + ctype
                    + b"\r\nContent-Length: "
                    + str(len(body)).encode()
                    + b"\r\n\r\n"
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, IndexError):
            pass
        finally:
            writer.close()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._handle, self.host, 0, backlog=2048))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> LatencyServer:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
