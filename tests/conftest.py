"""Shared fixtures: a local HTTP site on 127.0.0.1, a DuckDB file in tmp_path, a clean NEWSMON_* env."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.localsite import LocalSite

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    """No NEWSMON_* variable of the developer's shell leaks into a test."""
    for key in list(os.environ):
        if key.startswith("NEWSMON_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("NEWSMON_HOST_DELAY", "0")


@pytest.fixture(autouse=True, scope="session")
def loopback_only():
    """A safety net under the SSRF guard: whatever it decides, no test connects beyond 127.0.0.1 and ::1.

    Session-scoped so that it is in place before any other fixture fetches.
    """
    import httpcore

    original = httpcore.AnyIOBackend.connect_tcp

    async def connect_tcp(self, host, port, *args, **kwargs):
        if host not in ("127.0.0.1", "::1"):
            raise AssertionError(f"a test tried to connect to {host}:{port}")
        return await original(self, host, port, *args, **kwargs)

    httpcore.AnyIOBackend.connect_tcp = connect_tcp
    yield
    httpcore.AnyIOBackend.connect_tcp = original


@pytest.fixture(scope="session")
def site():
    with LocalSite() as s:
        yield s


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "newsmon.duckdb"


@pytest.fixture
def local_env(monkeypatch, site, db_path):
    """Settings that let the pipeline reach the local site and write to the tmp database."""
    monkeypatch.setenv("NEWSMON_ALLOWED_HOSTS", "127.0.0.1")
    monkeypatch.setenv("NEWSMON_DB", str(db_path))
    monkeypatch.setenv("NEWSMON_FETCH_DEADLINE", "10")
    return site


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test server for the whole session (starting one costs seconds)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


def write_feeds(
    path: Path, site: LocalSite, feeds: list[tuple[str, str]], keywords: list[str] | None = None
) -> Path:
    """Write a feeds file pointing at the local site: feeds is [(name, path)]."""
    kw = keywords if keywords is not None else ["Libya", "Tripoli"]
    lines = ["[topic]", f"keywords = [{', '.join(repr(k).replace(chr(39), chr(34)) for k in kw)}]", ""]
    for name, feed_path in feeds:
        lines += ["[[feeds]]", f'name = "{name}"', f'url = "{site.url(feed_path)}"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def smtp(monkeypatch):
    """A real SMTP server on 127.0.0.1 and the NEWSMON_* settings pointing at it."""
    from tests.localsmtp import LocalSMTP

    server = LocalSMTP()
    for key, value in server.env().items():
        monkeypatch.setenv(key, value)
    with server:
        yield server


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    """A real Prefect server (API, scheduler, UI) on a free loopback port, with its own PREFECT_HOME;
    one for the session, shared by the tests that start `newsmon` processes."""
    from tests.procs import start_prefect_server, stop_group

    proc, url, log = start_prefect_server(tmp_path_factory.mktemp("prefect-server"))
    yield url
    stop_group(proc)
    log.close()
