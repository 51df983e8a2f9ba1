"""The SSRF guard: which URLs and addresses newsmon may connect to.

A feed is untrusted input, so any link in it may point at the cloud metadata service
(169.254.169.254), at the host itself or at the private network. The guard refuses every scheme but
http and https, and every address that is not public unicast.

The check is made on the *resolved* address, at connection time, by `GuardedBackend`: the network
backend under httpx's connection pool. It resolves the host name once (getaddrinfo, in a worker
thread), checks every address it got and opens the TCP connection to a checked IP literal, so
nothing is resolved a second time: a DNS-rebinding answer cannot swap the address between the
check and the connect. TLS still uses the URL's host name for SNI and certificate verification
(httpcore passes it to `start_tls`), and the Host header is untouched. Every new connection goes
through it, so every redirect hop is checked too.

`NEWSMON_ALLOWED_HOSTS` lets exactly the named hosts and IPs through: a named host may resolve to
any address, a named IP may be connected to whatever name led to it; nothing else is exempt.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlsplit

import anyio
import httpcore

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_ULA = ipaddress.ip_network("fc00::/7")
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


class Refused(Exception):
    """The guard refused a URL or an address; the message is the reason stored in `failures`."""


def address_problem(ip: IPAddress) -> str | None:
    """Why connecting to `ip` is refused, or None for a public unicast address."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return "an IPv4-mapped IPv6 address"
        if any(ip in net for net in _NAT64):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
            problem = address_problem(embedded)
            return f"a NAT64 address of {embedded}, {problem}" if problem else None
        if ip.sixtofour is not None:
            problem = address_problem(ip.sixtofour)
            return f"a 6to4 address of {ip.sixtofour}, {problem}" if problem else None
        if ip in _ULA:
            return "a unique local address (ULA)"
        if ip.is_site_local:
            return "a site-local address"
    if ip.is_unspecified:
        return "the unspecified address"
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if ip in _CGNAT:
        return "a carrier-grade NAT (100.64.0.0/10) address"
    if ip.is_reserved:
        return "a reserved address"
    if ip.is_private:
        return "a private address"
    if not ip.is_global:
        return "not a public address"
    return None


def _host_key(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()


async def system_resolver(host: str, port: int) -> list[str]:
    """Every address of `host`, from getaddrinfo in a worker thread (abandoned if the fetch is cancelled)."""
    infos = await anyio.to_thread.run_sync(
        partial(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM), abandon_on_cancel=True
    )
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass(frozen=True, slots=True)
class Guard:
    allowed_names: frozenset[str] = frozenset()
    allowed_ips: frozenset[IPAddress] = frozenset()

    @classmethod
    def allowing(cls, hosts: Iterable[str]) -> Guard:
        names: set[str] = set()
        ips: set[IPAddress] = set()
        for entry in hosts:
            key = _host_key(entry)
            try:
                ips.add(ipaddress.ip_address(key))
            except ValueError:
                if key:
                    names.add(key)
        return cls(frozenset(names), frozenset(ips))

    def check_url(self, url: str) -> None:
        """Refuse a URL that is not http(s) or has no host (addresses are checked when connecting)."""
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 (raises ValueError on a bad port)
        except ValueError as exc:
            raise Refused(f"refused URL {url!r}: {exc}") from None
        if parts.scheme.lower() not in ("http", "https"):
            raise Refused(f"refused URL {url!r}: only http and https are fetched")
        if not parts.hostname:
            raise Refused(f"refused URL {url!r}: no host")

    def check_addresses(self, host: str, addresses: Sequence[str]) -> list[str]:
        """The addresses to connect to, or Refused when the host resolves to any non-public one."""
        if not addresses:
            raise Refused(f"refused host {host}: it has no address")
        if _host_key(host) in self.allowed_names:
            return list(addresses)
        for address in addresses:
            try:
                ip = ipaddress.ip_address(address.split("%", 1)[0])
            except ValueError:
                raise Refused(f"refused host {host}: unusable address {address!r}") from None
            if ip in self.allowed_ips:
                continue
            problem = address_problem(ip)
            if problem:
                shown = host if _host_key(host) == str(ip) else f"{host} ({ip})"
                raise Refused(
                    f"refused by the SSRF guard: {shown} is {problem} "
                    "(NEWSMON_ALLOWED_HOSTS lists the hosts that may be)"
                )
        return list(addresses)


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """A network backend that resolves, checks and connects to the checked IP (see the module doc)."""

    def __init__(
        self,
        guard: Guard,
        resolver: Resolver | None = None,
        inner: httpcore.AsyncNetworkBackend | None = None,
    ):
        self.guard = guard
        self.resolver = resolver or system_resolver
        self.inner = inner or httpcore.AnyIOBackend()

    async def _resolve(self, host: str, port: int, timeout: float | None) -> list[str]:
        try:
            with anyio.fail_after(timeout):
                return list(await self.resolver(host, port))
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"DNS lookup of {host} timed out") from None
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"DNS lookup of {host} failed: {exc.strerror or exc}") from None
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"DNS lookup of {host} failed: {exc}") from None

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options=None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = self.guard.check_addresses(host, await self._resolve(host, port, timeout))
        error: Exception | None = None
        for address in addresses:
            try:
                return await self.inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise Refused("refused: unix sockets are never used")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)
