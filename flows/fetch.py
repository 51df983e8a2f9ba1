"""The one HTTP layer, for feeds and pages: timeouts plus a total deadline, byte caps, bounded redirects."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from flows.settings import Settings

MAX_REDIRECTS = 5
_REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(Exception):
    """A fetch failed; the message is the one-line reason stored in `failures`."""


@dataclass(frozen=True, slots=True)
class Request:
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # as requested
    final_url: str  # after redirects
    status: int | None
    headers: Mapping[str, str]
    body: bytes
    error: str | None = None
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304


def user_agent(contact: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("newsmon")
    except PackageNotFoundError:
        ver = "dev"
    return f"newsmon/{ver} (news monitoring; +{contact})" if contact else f"newsmon/{ver} (news monitoring)"


class Fetcher:
    """Fetch many URLs concurrently with global and per-host limits. Use within one event loop."""

    def __init__(self, settings: Settings, transport: httpx.AsyncBaseTransport | None = None):
        self.settings = settings
        timeout = httpx.Timeout(
            connect=settings.connect_timeout,
            read=settings.read_timeout,
            write=settings.read_timeout,
            pool=settings.fetch_deadline,
        )
        self._client = httpx.AsyncClient(
            timeout=timeout,
            follow_redirects=False,
            headers={"User-Agent": user_agent(settings.contact), "Accept-Encoding": "gzip, deflate"},
            limits=httpx.Limits(
                max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency
            ),
            transport=transport,
        )
        self._global = asyncio.Semaphore(settings.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(settings.per_host))
        self._last_request: dict[str, float] = {}
        self._host_locks: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc) -> None:
        await self._client.aclose()

    async def _polite_wait(self, host: str) -> None:
        delay = self.settings.host_delay
        if delay <= 0:
            return
        async with self._host_locks[host]:
            last = self._last_request.get(host)
            now = time.monotonic()
            if last is not None and now - last < delay:
                await asyncio.sleep(delay - (now - last))
            self._last_request[host] = time.monotonic()

    async def _read_capped(self, response: httpx.Response) -> bytes:
        cap, decoded_cap = self.settings.max_bytes, self.settings.max_decoded_bytes
        length = response.headers.get("content-length")
        if length and length.isdigit() and int(length) > cap:
            raise FetchError(f"body too large: Content-Length {int(length)} bytes > cap {cap}")
        chunks: list[bytes] = []
        total = 0
        async for chunk in response.aiter_bytes():
            total += len(chunk)
            if total > decoded_cap or response.num_bytes_downloaded > cap:
                raise FetchError(f"body too large: more than {min(cap, decoded_cap)} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    async def _fetch_hops(self, request: Request) -> Response:
        url = request.url
        started = time.monotonic()
        for _hop in range(MAX_REDIRECTS + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError(f"refused URL {url!r}: only http and https are fetched")
            host = parts.hostname.lower()
            async with self._hosts[host]:
                await self._polite_wait(host)
                req = self._client.build_request("GET", url, headers=dict(request.headers))
                response = await self._client.send(req, stream=True)
                try:
                    if response.status_code in _REDIRECTS and response.headers.get("location"):
                        url = urljoin(url, response.headers["location"])
                        continue
                    body = b"" if response.status_code == 304 else await self._read_capped(response)
                finally:
                    await response.aclose()
            error = None
            if response.status_code >= 400:
                error = f"HTTP {response.status_code} {response.reason_phrase}".strip()
            return Response(
                url=request.url,
                final_url=url,
                status=response.status_code,
                headers=dict(response.headers),
                body=body,
                error=error,
                elapsed=time.monotonic() - started,
            )
        raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")

    async def fetch(self, request: Request) -> Response:
        """Fetch one URL. Never raises: a failure is a Response with `error` set."""
        started = time.monotonic()
        try:
            async with self._global:
                return await asyncio.wait_for(self._fetch_hops(request), timeout=self.settings.fetch_deadline)
        except FetchError as exc:
            error = str(exc)
        except TimeoutError:
            error = f"timed out: no complete response within the {self.settings.fetch_deadline:g} s deadline"
        except httpx.ConnectError as exc:
            error = f"cannot connect: {_describe(exc)}"
        except httpx.TimeoutException as exc:
            error = f"timed out ({type(exc).__name__})"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {_describe(exc)}"
        return Response(
            url=request.url,
            final_url=request.url,
            status=None,
            headers={},
            body=b"",
            error=error,
            elapsed=time.monotonic() - started,
        )

    async def fetch_all(self, requests: Iterable[Request]) -> list[Response]:
        return list(await asyncio.gather(*(self.fetch(r) for r in requests)))


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    if (
        "Name or service not known" in text
        or "Temporary failure in name resolution" in text
        or "No address associated" in text
    ):
        return "DNS lookup failed (host unknown, or no network)"
    if not text and exc.__cause__ is not None:
        text = str(exc.__cause__).strip()
    return text or type(exc).__name__


def fetch_many(requests: Sequence[Request], settings: Settings) -> list[Response]:
    """Synchronous entry point: fetch every request concurrently, results in the same order."""

    async def run() -> list[Response]:
        async with Fetcher(settings) as fetcher:
            return await fetcher.fetch_all(requests)

    return asyncio.run(run())
