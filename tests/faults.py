"""Misbehaving servers for the fault matrix, all on 127.0.0.1.

Handlers plug into `tests.localsite.Route(handler=...)`; the two socket helpers stand for a port where
nothing listens and a server that accepts connections and never answers.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from xml.sax.saxutils import escape

Handler = Callable[[BaseHTTPRequestHandler], None]


def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    for key, value in {"Content-Length": str(len(body)), **(headers or {})}.items():
        h.send_header(key, value)
    h.end_headers()
    h.wfile.write(body)


def flaky(failures: int, status: int, body: bytes, headers: dict[str, str] | None = None) -> Handler:
    """Answer `status` (e.g. 500) to the first `failures` requests, then 200 with `body`.

    The handler's `times` list holds the monotonic arrival time of every request.
    """
    count = {"n": 0}
    lock = threading.Lock()

    def handle(h: BaseHTTPRequestHandler) -> None:
        with lock:
            count["n"] += 1
            n = count["n"]
            handle.times.append(time.monotonic())
        if n <= failures:
            _send(h, status, b"try again later", {"Content-Type": "text/plain", **(headers or {})})
        else:
            _send(h, 200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})

    handle.times = []
    return handle


def trickle(total: int = 200, every: float = 1.0) -> Handler:
    """Promise `total` bytes and send one byte every `every` seconds until the client gives up."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", str(total))
        h.end_headers()
        try:
            for _ in range(total):
                h.wfile.write(b" ")
                h.wfile.flush()
                time.sleep(every)
        except OSError:
            pass
        h.close_connection = True

    return handle


def huge(total: int, with_length: bool, chunk: int = 64 * 1024) -> Handler:
    """Stream `total` bytes (never held in memory), with or without a Content-Length."""
    block = b"<!-- padding -->" * (chunk // 16)

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        if with_length:
            h.send_header("Content-Length", str(total))
        else:
            h.send_header("Connection", "close")
        h.end_headers()
        sent = 0
        try:
            while sent < total:
                h.wfile.write(block)
                sent += len(block)
        except OSError:
            pass
        h.close_connection = True

    return handle


def gzip_bomb(decoded: int = 200 * 1024 * 1024, layers: int = 1) -> bytes:
    """A gzip body (compressed `layers` times) that expands to `decoded` zero bytes, built in chunks."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"\0" * (1024 * 1024)
    parts = [compressor.compress(zeros) for _ in range(decoded // len(zeros))]
    body = b"".join(parts) + compressor.flush()
    for _ in range(layers - 1):
        body = gzip.compress(body)
    return body


def redirect_to(location: str, status: int = 302) -> Handler:
    def handle(h: BaseHTTPRequestHandler) -> None:
        _send(h, status, b"", {"Location": location})

    return handle


@contextmanager
def silent_server() -> Iterator[int]:
    """A port that accepts TCP connections (the kernel completes the handshake) and never answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    try:
        yield sock.getsockname()[1]
    finally:
        sock.close()


def refused_port() -> int:
    """A port on 127.0.0.1 where nothing listens (connecting is refused)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def fast_settings(**overrides):
    """Settings for fault tests: 127.0.0.1 allowed, small timeouts, deadline, caps and backoff."""
    from flows.settings import Settings

    env = {
        "NEWSMON_ALLOWED_HOSTS": "127.0.0.1",
        "NEWSMON_HOST_DELAY": "0",
        "NEWSMON_CONNECT_TIMEOUT": "2",  # loopback connects at once; a loaded CI machine may not
        "NEWSMON_READ_TIMEOUT": "0.5",
        "NEWSMON_FETCH_DEADLINE": "1.5",
        "NEWSMON_MAX_BYTES": str(1024 * 1024),
        "NEWSMON_MAX_DECODED_BYTES": str(2 * 1024 * 1024),
        "NEWSMON_RETRIES": "2",
        "NEWSMON_RETRY_BACKOFF": "0.05",
        "NEWSMON_RETRY_MAX_DELAY": "2",
        "NEWSMON_PER_HOST": "64",
        "NEWSMON_CONCURRENCY": "64",
    }
    env.update({"NEWSMON_" + k.upper(): str(v) for k, v in overrides.items()})
    return Settings.from_env(env)


def rss(items: list[tuple[str, str]], title: str = "Fixture feed", encoding: str | None = "utf-8") -> str:
    """An RSS 2.0 document with (title, link) items; guid = link unless the link has a '#guid=' part."""
    decl = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding else '<?xml version="1.0"?>'
    parts = [decl, '<rss version="2.0"><channel>', f"<title>{escape(title)}</title>"]
    for item_title, link in items:
        link, _, guid = link.partition("#guid=")
        link, guid = escape(link), escape(guid or link)
        parts.append(
            f"<item><title>{escape(item_title)}</title><link>{link}</link><guid>{guid}</guid>"
            "<description>Libya news item written for the test suite.</description></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts)
