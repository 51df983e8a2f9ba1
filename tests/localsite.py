"""A real HTTP server on 127.0.0.1 for the tests: static fixture files plus programmable routes.

Static files carry an ETag and a Last-Modified and answer a matching conditional request with 304;
so does a route whose headers have an ETag. Every request and every status sent is recorded.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
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


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # socketserver's 5 drops connections when a test opens dozens at once


class LocalSite:
    def __init__(self, root: Path = FIXTURES):
        self.root = root
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.statuses: list[tuple[str, int]] = []  # (path, status) of every response sent
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                pass

            def log_request(self, code="-", size="-"):  # called by send_response: record the status
                with site._lock:
                    site.statuses.append((self.path, int(code)))

            def do_GET(self):
                with site._lock:
                    site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
                if route is None:
                    route = site._static(self.path.split("?")[0])
                if route.handler is not None:
                    route.handler(self)
                    return
                if route.status == 200 and _not_modified(route.headers, self.headers):
                    self.send_response(304)
                    for key in ("ETag", "Last-Modified"):
                        if key in route.headers:
                            self.send_header(key, route.headers[key])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(route.status)
                headers = {"Content-Length": str(len(route.body)), **route.headers}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(route.body)

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _static(self, path: str) -> Route:
        file = (self.root / path.lstrip("/")).resolve()
        if not str(file).startswith(str(self.root.resolve())) or not file.is_file():
            return Route(404, b"not found", {"Content-Type": "text/plain"})
        body = file.read_bytes().replace(b"{BASE}", self.base.encode())
        headers = {
            "Content-Type": _TYPES.get(file.suffix, "application/octet-stream"),
            "ETag": '"' + hashlib.sha1(body).hexdigest()[:16] + '"',
            "Last-Modified": formatdate(file.stat().st_mtime, usegmt=True),
        }
        return Route(200, body, headers)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def requests_to(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.requests if p == path]

    def statuses_of(self, path: str) -> list[int]:
        return [status for p, status in self.statuses if p == path]

    def __enter__(self) -> LocalSite:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def _not_modified(headers: dict[str, str], request_headers) -> bool:
    """Whether a conditional request matches: If-None-Match first, else If-Modified-Since (exact)."""
    etag = headers.get("ETag")
    if_none_match = request_headers.get("If-None-Match")
    if if_none_match is not None:
        return etag is not None and etag in [t.strip() for t in if_none_match.split(",")]
    since = request_headers.get("If-Modified-Since")
    return since is not None and since == headers.get("Last-Modified")


def slow_handler(delay: float, body: bytes = b"ok") -> Callable[[BaseHTTPRequestHandler], None]:
    def handle(h: BaseHTTPRequestHandler) -> None:
        time.sleep(delay)
        h.send_response(200)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return handle
