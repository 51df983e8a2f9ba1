"""What a run reads before it fetches: the feeds' conditional-GET state, and which pages are stored."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from extractors.records import Entry
from warehouse import queries
from warehouse.db import DatabaseLocked, WalDamaged, open_readonly, open_warehouse, pending_migrations


def stored_pages(db: Path, entries: Sequence[tuple[Entry, str]], lock_timeout: float) -> set[str]:
    """Which entries' pages are stored already. While the file stays locked, none are taken as stored:
    fetching a page again costs a request, and loading it again adds nothing."""
    try:
        with open_readonly(db, lock_timeout=lock_timeout) as con:
            return queries.stored_page_urls(con, [u for e, url in entries for u in (url, e.url)])
    except DatabaseLocked:
        return set()


def read_start_state(db: Path, lock_timeout: float) -> dict[str, queries.FeedState]:
    """What conditional GET needs, read-only. A new database, or one a migration is pending for, is
    opened read-write once, briefly, to create or migrate it."""
    if db.exists():
        try:
            with open_readonly(db, lock_timeout=lock_timeout) as con:
                if not pending_migrations(con):
                    return queries.feed_states(con)
        except WalDamaged:
            pass  # the read-write open below quarantines the WAL and records the incident
    with open_warehouse(db, lock_timeout=lock_timeout) as con:
        return queries.feed_states(con)
