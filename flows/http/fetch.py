"""The one HTTP layer, for feeds, pages and robots.txt.

Every fetch goes through `Fetcher.fetch`, which never raises: a failure is a `Response` whose `error`
is the one-line reason stored in `failures`. Per attempt: the SSRF guard (flows/http/guard.py) on every
hop, robots.txt for pages (flows/http/robots.py), a per-host slot and spacing (flows/http/polite.py), connect
and read timeouts plus a total deadline for the network time of all hops, byte caps on the raw and
the decoded body (flows/http/body.py), at most 5 redirects. Transient failures (429, 5xx, timeouts,
connection errors) are retried a bounded number of times, honouring Retry-After.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from extractors.text.inert import inert_reason
from flows.http.body import BodyError, read_body
from flows.http.guard import Guard, GuardedBackend, Refused, Resolver
from flows.http.polite import TRANSIENT_STATUSES, HostGate, parse_retry_after, retry_delay
from flows.http.robots import RobotsCache
from flows.settings import Settings

MAX_REDIRECTS = 5
_REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(Exception):
    """A fetch failed for good; the message is the one-line reason stored in `failures`."""


@dataclass(frozen=True, slots=True)
class Request:
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)
    robots: bool = False  # obey robots.txt (article pages)


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # as requested
    final_url: str  # after redirects
    status: int | None
    headers: Mapping[str, str]
    body: bytes
    error: str | None = None
    elapsed: float = 0.0
    attempts: int = 1
    retry_after: float | None = None  # seconds the server asked to wait (429/503 Retry-After)
    transient: bool = False  # the failure may pass (429, 5xx, timeout, connection): worth a later try

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


def guarded_transport(
    guard: Guard, settings: Settings, resolver: Resolver | None = None
) -> httpx.AsyncHTTPTransport:
    """httpx's own transport, with its connection pool opening connections through the guard."""
    transport = httpx.AsyncHTTPTransport(trust_env=False)
    # httpx has no parameter for the network backend: swap in the same pool, built with ours.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=settings.concurrency,
        max_keepalive_connections=settings.concurrency,
        network_backend=GuardedBackend(guard, resolver),
    )
    return transport


class Fetcher:
    """Fetch many URLs concurrently within global and per-host limits. Use within one event loop."""

    def __init__(self, settings: Settings, resolver: Resolver | None = None):
        self.settings = settings
        self.guard = Guard.allowing(settings.allowed_hosts)
        timeout = httpx.Timeout(
            connect=settings.connect_timeout,
            read=settings.read_timeout,
            write=settings.read_timeout,
            pool=settings.fetch_deadline,
        )
        self._client = httpx.AsyncClient(
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,  # no proxy from the environment: it would bypass the guard
            headers={"User-Agent": user_agent(settings.contact), "Accept-Encoding": "gzip, deflate"},
            transport=guarded_transport(self.guard, settings, resolver),
        )
        self.gate = HostGate(settings.per_host, settings.host_delay)
        self._global = asyncio.Semaphore(settings.concurrency)
        self.robots = RobotsCache(self._fetch_robots, self.gate.set_delay)

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc) -> None:
        await self._client.aclose()

    async def _fetch_robots(self, url: str) -> Response:
        return await self.fetch(Request(url, {"Accept": "text/plain"}))

    async def _hop(self, url: str, headers: Mapping[str, str], budget: float) -> tuple[httpx.Response, bytes]:
        """One request within `budget` seconds of network time; the body is read unless it redirects."""
        async with asyncio.timeout(budget):
            response = await self._client.send(
                self._client.build_request("GET", url, headers=dict(headers)), stream=True
            )
            try:
                if response.status_code in _REDIRECTS and response.headers.get("location"):
                    return response, b""
                if response.status_code == 304:
                    return response, b""
                return response, await read_body(
                    response, self.settings.max_bytes, self.settings.max_decoded_bytes
                )
            finally:
                await response.aclose()

    async def _attempt(self, request: Request) -> Response:
        """Follow the redirects of one attempt. Raises FetchError, Refused, BodyError or an httpx error."""
        url, seen = request.url, [request.url]
        budget = self.settings.fetch_deadline
        for _hop in range(MAX_REDIRECTS + 1):
            self.guard.check_url(url)
            if request.robots:
                refusal = await self.robots.refusal(url)
                if refusal:
                    raise FetchError(refusal)
            host = (urlsplit(url).hostname or "").lower()
            async with self.gate.slot(host, self._global):
                started = time.monotonic()
                try:
                    response, body = await self._hop(url, request.headers, budget)
                except TimeoutError:
                    raise FetchError(
                        f"timed out: no complete response within the {self.settings.fetch_deadline:g} s "
                        "deadline (NEWSMON_FETCH_DEADLINE)"
                    ) from None
                finally:
                    budget -= time.monotonic() - started
            status = response.status_code
            if status in _REDIRECTS and response.headers.get("location"):
                target = urljoin(url, response.headers["location"].strip())
                if target in seen:
                    raise FetchError(f"redirect loop: {url} redirects back to {target}")
                seen.append(target)
                url = target
                continue
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if (
                retry_after is not None
                and status in TRANSIENT_STATUSES
                and retry_after <= self.settings.retry_max_delay
            ):
                self.gate.hold_off(host, retry_after)  # the whole host waits, not only this URL
            error = f"HTTP {status} {response.reason_phrase}".strip() if status >= 400 else None
            return Response(
                url=request.url,
                final_url=url,
                status=status,
                headers=dict(response.headers),
                body=body,
                error=error,
                retry_after=retry_after,
            )
        raise FetchError(f"too many redirects (more than {MAX_REDIRECTS}), last to {url}")

    async def _try(self, request: Request) -> tuple[Response, bool]:
        """One attempt as (response, worth retrying)."""
        error: str
        transient = False
        try:
            response = await self._attempt(request)
            return response, response.status in TRANSIENT_STATUSES
        except (FetchError, Refused, BodyError) as exc:
            error = str(exc)
        except (httpx.InvalidURL, UnicodeError) as exc:  # a URL httpx or IDNA cannot encode
            error = f"refused URL {request.url!r}: {exc}"
        except httpx.TimeoutException as exc:
            error, transient = f"timed out ({_timeout_kind(exc)})", True
        except httpx.ConnectError as exc:
            error, transient = f"cannot connect: {_describe(exc)}", "DNS lookup" not in str(exc)
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            error, transient = f"connection broken: {_describe(exc)}", True
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {_describe(exc)}"
        failed = Response(
            url=request.url, final_url=request.url, status=None, headers={}, body=b"", error=error
        )
        return failed, transient

    async def fetch(self, request: Request) -> Response:
        """Fetch one URL, retrying transient failures. Never raises: a failure has `error` set."""
        started = time.monotonic()
        attempt = 1
        while True:
            response, transient = await self._try(request)
            if not transient or attempt > self.settings.retries:
                break
            delay = retry_delay(attempt, self.settings.retry_backoff, response.retry_after)
            if delay > self.settings.retry_max_delay:
                response = replace(
                    response,
                    error=f"{response.error}; not retried: Retry-After {delay:g} s is longer than "
                    f"NEWSMON_RETRY_MAX_DELAY ({self.settings.retry_max_delay:g} s)",
                )
                break
            await asyncio.sleep(delay)
            attempt += 1
        error = response.error
        if error is not None and attempt > 1:
            error = f"{error} (after {attempt} attempts)"
        if error is not None:  # a status line or message from the web: stored and printed, never acted on
            error = inert_reason(error)
        return replace(
            response,
            error=error,
            attempts=attempt,
            elapsed=time.monotonic() - started,
            transient=transient and error is not None,
        )

    async def fetch_all(self, requests: Iterable[Request]) -> list[Response]:
        return list(await asyncio.gather(*(self.fetch(r) for r in requests)))


def _timeout_kind(exc: httpx.TimeoutException) -> str:
    return {
        "ConnectTimeout": "no connection",
        "ReadTimeout": "no data",
        "WriteTimeout": "cannot send",
        "PoolTimeout": "no free connection",
    }.get(type(exc).__name__, type(exc).__name__)


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    if not text and exc.__cause__ is not None:
        text = str(exc.__cause__).strip()
    return text or type(exc).__name__


def fetch_many(
    requests: Sequence[Request], settings: Settings, resolver: Resolver | None = None
) -> list[Response]:
    """Synchronous entry point: fetch every request concurrently, results in the same order."""

    async def run() -> list[Response]:
        async with Fetcher(settings, resolver) as fetcher:
            return await fetcher.fetch_all(requests)

    return asyncio.run(run())
