"""`pending_pages`: pages that failed for a transient reason and wait for a later run to fetch them again."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import duckdb

from warehouse.load import bulk_insert


@dataclass(frozen=True, slots=True)
class PendingPage:
    """One row of `pending_pages` (also what the spool keeps of it)."""

    canonical_url: str
    url: str
    feed_url: str | None
    title: str | None
    published_at: datetime | None
    guid: str | None
    via_url: str | None
    attempts: int
    last_reason: str
    first_failed_at: datetime
    last_failed_at: datetime
    next_due_at: datetime


COLUMNS = (
    ("canonical_url", "VARCHAR"), ("url", "VARCHAR"), ("feed_url", "VARCHAR"), ("title", "VARCHAR"),
    ("published_at", "TIMESTAMPTZ"), ("guid", "VARCHAR"), ("via_url", "VARCHAR"), ("attempts", "INTEGER"), ("last_reason", "VARCHAR"),
    ("first_failed_at", "TIMESTAMPTZ"), ("last_failed_at", "TIMESTAMPTZ"), ("next_due_at", "TIMESTAMPTZ"),
    ("run_id", "VARCHAR"),
)  # fmt: skip

_UPDATE = ", ".join(f"{name} = excluded.{name}" for name, _ in COLUMNS[1:])


def read_all(con: duckdb.DuckDBPyConnection) -> list[PendingPage]:
    """Every pending page, oldest first."""
    rows = con.execute(
        f"SELECT {', '.join(name for name, _ in COLUMNS[:-1])} FROM pending_pages ORDER BY first_failed_at"
    ).fetchall()
    return [PendingPage(*row) for row in rows]


def save(con: duckdb.DuckDBPyConnection, pages: Sequence[PendingPage], run_id: str) -> None:
    """Insert or update pending pages (keyed by canonical URL: saving the same run again changes nothing)."""
    rows = [
        (p.canonical_url, p.url, p.feed_url, p.title, p.published_at, p.guid, p.via_url, p.attempts, p.last_reason[:2000],
         p.first_failed_at, p.last_failed_at, p.next_due_at, run_id)
        for p in pages
    ]  # fmt: skip
    bulk_insert(con, "pending_pages", COLUMNS, rows, conflict=f"DO UPDATE SET {_UPDATE}")


def remove(con: duckdb.DuckDBPyConnection, canonical_urls: Iterable[str]) -> None:
    """Forget pages that were fetched (stored or failed for good) or given up."""
    urls = sorted(set(canonical_urls))
    if urls:
        con.execute("DELETE FROM pending_pages WHERE canonical_url IN (SELECT unnest(?::VARCHAR[]))", [urls])


def summary(con: duckdb.DuckDBPyConnection) -> tuple[int, datetime | None, str | None, int | None]:
    """For `newsmon status`: how many pages wait, and the oldest one's first failure, URL and attempts.
    A file from before migration 0007 has none."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "pending_pages" not in tables:
        return 0, None, None, None
    count = con.execute("SELECT count(*) FROM pending_pages").fetchone()[0]
    oldest = con.execute(
        "SELECT first_failed_at, url, attempts FROM pending_pages ORDER BY first_failed_at, url LIMIT 1"
    ).fetchone()
    return (count, *oldest) if oldest else (0, None, None, None)
