"""A real HTTP server on 127.0.0.1 for the tests: static fixture files plus programmable routes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "site"

_TYPES = {
    ".xml": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


@dataclass
class Route:
    """What the server answers for one path. `handler` (if set) may write the response itself."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None


class LocalSite:
    def __init__(self, root: Path = FIXTURES):
        self.root = root
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                with site._lock:
                    site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
                if route is None:
                    route = site._static(self.path.split("?")[0])
                if route.handler is not None:
                    route.handler(self)
                    return
                self.send_response(route.status)
                headers = {"Content-Length": str(len(route.body)), **route.headers}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(route.body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _static(self, path: str) -> Route:
        file = (self.root / path.lstrip("/")).resolve()
        if not str(file).startswith(str(self.root.resolve())) or not file.is_file():
            return Route(404, b"not found", {"Content-Type": "text/plain"})
        body = file.read_bytes().replace(b"{BASE}", self.base.encode())
        return Route(200, body, {"Content-Type": _TYPES.get(file.suffix, "application/octet-stream")})

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def requests_to(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.requests if p == path]

    def __enter__(self) -> LocalSite:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def slow_handler(delay: float, body: bytes = b"ok") -> Callable[[BaseHTTPRequestHandler], None]:
    def handle(h: BaseHTTPRequestHandler) -> None:
        time.sleep(delay)
        h.send_response(200)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return handle
