"""Helpers for the durability tests: processes that hold the DuckDB file, row snapshots, small batches."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from extractors.dedup.fingerprint import content_hash, stable_id
from extractors.figures import extract_figures
from extractors.records import Article, Figure
from tests.procs import clean_env
from warehouse.db import connect

HOLDER = textwrap.dedent(
    """
    import os, sys, time, duckdb
    db, mode, go, hold = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    while go and not os.path.exists(go):
        time.sleep(0.02)
    con = duckdb.connect(db, read_only=(mode == "read_only"))
    print("held", flush=True)
    time.sleep(hold)
    con.close()
    """
)


def hold_database(db: Path, mode: str, hold: float = 30.0, go: Path | None = None) -> subprocess.Popen:
    """An analyst's process holding `db` (read_only or read_write), after `go` appears if given."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), mode, str(go or ""), str(hold)],
        stdout=subprocess.PIPE,
        text=True,
        env=clean_env(),
    )
    if go is None:
        assert proc.stdout.readline().strip() == "held"
    return proc


def rows(db_path, sql: str, params=None) -> list[tuple]:
    """The rows of a read-only query on the file."""
    con = connect(db_path, read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """The rows that must equal those of an uninterrupted run (runs and failures are per run)."""
    con = connect(db, read_only=True)
    try:
        return {
            "articles": con.execute(
                "SELECT article_id, canonical_url, duplicate_of, cluster_id, content_hash, is_seed FROM articles ORDER BY 1"
            ).fetchall(),
            "figures": con.execute(
                "SELECT figure_id, article_id, kind, value FROM figures ORDER BY 1"
            ).fetchall(),
            "alerts": con.execute("SELECT alert_id, value, status FROM alerts ORDER BY 1").fetchall(),
            "feeds": con.execute("SELECT feed_url, etag, body_hash FROM feeds ORDER BY 1").fetchall(),
            "bands": con.execute("SELECT count(*), count(DISTINCT article_id) FROM dedup_bands").fetchall(),
        }
    finally:
        con.close()


STORIES = (
    "Fighting near the airport road in Tripoli killed at least {n} people on Sunday, the health ministry said. "
    "Residents described hours of shelling and said ambulances could not reach the wounded until dawn.",
    "More than {n} families were forced to flee their homes in Tarhuna after clashes on Monday, the IOM said. "
    "Aid groups said schools were being used as shelters and that water was running short across the town.",
    "The death toll from the floods in Derna rose to {n}, officials said on Tuesday, as rescue teams searched "
    "the river bed. Thousands of residents remain in temporary housing on the edge of the devastated city.",
)


def batch(count: int, tag: str = "b") -> list[tuple[Article, list[Figure]]]:
    """`count` distinct articles with figures, written for these tests."""
    out = []
    for i in range(count):
        text = (
            STORIES[i % len(STORIES)].format(n=10 + i)
            + f" Report {tag}-{i} ends here with its own closing line."
        )
        url = f"https://wire.example/{tag}/{i}"
        article = Article(
            article_id=stable_id(url), url=url, canonical_url=url, title=f"Report {tag} {i}", source="Wire",
            published_at=None, text=text, content_hash=content_hash(text),
        )  # fmt: skip
        out.append((article, extract_figures(text)))
    return out
