"""The SSRF guard: address classes, schemes, NEWSMON_ALLOWED_HOSTS, and connecting to the checked IP."""

import asyncio
import ipaddress

import httpcore
import pytest

from flows.http.fetch import Fetcher, Request
from flows.http.guard import Guard, GuardedBackend, Refused, address_problem
from flows.settings import Settings


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("169.254.169.254", "link-local"),
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fe80::1", "link-local"),
        ("fc00::1", "unique local"),
        ("fd12:3456::1", "unique local"),
        ("fec0::1", "site-local"),
        ("ff02::1", "multicast"),
        ("::ffff:127.0.0.1", "IPv4-mapped"),
        ("::ffff:8.8.8.8", "IPv4-mapped"),
        ("64:ff9b::a9fe:a9fe", "NAT64 address of 169.254.169.254"),
        ("2002:a9fe:a9fe::1", "6to4 address of 169.254.169.254"),
    ],
)
def test_non_public_addresses_are_refused(address, problem):
    assert problem in (address_problem(ipaddress.ip_address(address)) or "")


@pytest.mark.parametrize("address", ["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111", "2002:808:808::1"])
def test_public_addresses_pass(address):
    assert address_problem(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    "url",
    ["ftp://example.org/feed", "file:///etc/passwd", "gopher://x/", "http:///nohost", "http://x:99999/"],
)
def test_only_http_and_https_urls(url):
    with pytest.raises(Refused):
        Guard().check_url(url)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://0x7f.1/", "0x7f.1 (127.0.0.1) is a loopback address"),
        ("http://2130706433/", "2130706433 (127.0.0.1) is a loopback address"),
        ("http://[::ffff:169.254.169.254]/", "IPv4-mapped"),
        ("http://xn--/", "refused URL"),
        ("http://\x00.example/", "refused URL"),
        ("http://[::1/", "refused URL"),
    ],
)
def test_odd_spellings_of_internal_addresses_and_broken_urls_are_refused(url, reason):
    response = fetch_one(Settings.from_env({"NEWSMON_RETRIES": "0"}), url)
    assert response.status is None and reason in response.error


def test_allowed_hosts_let_exactly_the_named_hosts_through():
    guard = Guard.allowing(["127.0.0.1", "Intranet.Example.", "[::1]"])
    assert guard.check_addresses("127.0.0.1", ["127.0.0.1"]) == ["127.0.0.1"]
    assert guard.check_addresses("localhost", ["127.0.0.1"]) == ["127.0.0.1"]  # the IP is named
    assert guard.check_addresses("intranet.example", ["10.0.0.5"]) == ["10.0.0.5"]  # the name is named
    assert guard.check_addresses("::1", ["::1"]) == ["::1"]
    for host, addresses in [
        ("127.0.0.2", ["127.0.0.2"]),
        ("other.example", ["10.0.0.5"]),
        ("meta", ["169.254.169.254"]),
        ("mixed.example", ["93.184.216.34", "127.0.0.2"]),  # one bad address refuses the host
    ]:
        with pytest.raises(Refused, match="SSRF guard"):
            guard.check_addresses(host, addresses)


class RecordingBackend(httpcore.AsyncNetworkBackend):
    """Records where it is asked to connect, and connects nowhere."""

    def __init__(self):
        self.hosts = []

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.hosts.append(host)
        raise httpcore.ConnectError("recorded, not connected")


def test_backend_connects_to_the_address_it_checked_and_resolves_once():
    """DNS rebinding: a second lookup could answer 127.0.0.1, so there must be no second lookup."""
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])
    calls = []

    async def rebinding_resolver(host, port):
        calls.append(host)
        return next(answers)

    inner = RecordingBackend()
    backend = GuardedBackend(Guard(), rebinding_resolver, inner)
    with pytest.raises(httpcore.ConnectError):
        asyncio.run(backend.connect_tcp("rebind.example", 80, timeout=1))
    assert calls == ["rebind.example"]
    assert inner.hosts == ["93.184.216.34"]  # the IP literal, never the name


def test_backend_refuses_before_connecting():
    async def resolver(host, port):
        return ["169.254.169.254"]

    inner = RecordingBackend()
    with pytest.raises(Refused, match="link-local"):
        asyncio.run(GuardedBackend(Guard(), resolver, inner).connect_tcp("metadata.example", 80, timeout=1))
    assert inner.hosts == []


def fetch_one(settings, url, resolver=None, robots=False):
    async def run():
        async with Fetcher(settings, resolver) as fetcher:
            return await fetcher.fetch(Request(url, robots=robots))

    return asyncio.run(run())


def test_loopback_is_refused_unless_allowed(site):
    before = len(site.requests)
    refused = fetch_one(Settings.from_env({}), site.url("/feeds/libya.xml"))
    assert refused.status is None and "loopback" in refused.error and "SSRF guard" in refused.error
    page = fetch_one(Settings.from_env({}), site.url("/articles/derna.html"), robots=True)
    assert page.error.startswith("refused by the SSRF guard: 127.0.0.1 is a loopback address")
    assert len(site.requests) == before  # nothing reached the server, robots.txt included
    allowed = fetch_one(
        Settings.from_env({"NEWSMON_ALLOWED_HOSTS": "127.0.0.1"}), site.url("/feeds/libya.xml")
    )
    assert allowed.ok


def test_a_named_host_is_fetched_by_its_name_through_the_checked_address(site):
    async def resolver(host, port):
        return {"wire.example": ["127.0.0.1"]}[host]

    url = f"http://wire.example:{site.port}/feeds/libya.xml"
    by_name = fetch_one(Settings.from_env({"NEWSMON_ALLOWED_HOSTS": "wire.example"}), url, resolver)
    assert by_name.ok
    assert site.requests_to("/feeds/libya.xml")[-1]["host"] == f"wire.example:{site.port}"
    other = fetch_one(Settings.from_env({"NEWSMON_ALLOWED_HOSTS": "news.example"}), url, resolver)
    assert "loopback" in other.error
