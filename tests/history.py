"""Hand-built figure histories for the trend and alert tests, loaded through the warehouse's own loads.

They do not go through the figure extractor, so they do not depend on its details.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import duckdb

from extractors.dedup.fingerprint import content_hash
from extractors.records import Article, Duplicate, Figure
from warehouse import load
from warehouse import outbox as alerts

_WORDS = {
    "killed": "people were killed",
    "injured": "people were injured",
    "displaced": "people were displaced",
}


@dataclass(frozen=True)
class Fig:
    kind: str
    value: int
    qualifier: str = "exact"
    scope: str = "cumulative"
    location: str | None = None
    as_of: date | None = None
    unit: str = "people"


def day(d: str | None) -> datetime | None:
    return datetime.fromisoformat(d).replace(tzinfo=UTC) if d else None


def article(
    article_id: str,
    outlet: str,
    published: str | None,
    *figs: Fig,
    title: str | None = None,
) -> tuple[Article, list[Figure]]:
    """An article reporting `figs`, one sentence each, with the figures' offsets into its text."""
    sentences, figures, offset = [], [], 0
    for f in figs:
        sentence = f"In the latest count, {f.value} {_WORDS.get(f.kind, f.kind)} according to {outlet}."
        start = offset + sentence.index(str(f.value))
        figures.append(
            Figure(
                kind=f.kind,
                value=f.value,
                qualifier=f.qualifier,
                unit=f.unit,
                start=start,
                end=start + len(str(f.value)),
                sentence=sentence,
                scope=f.scope,
                location=f.location,
                as_of=f.as_of,
            )
        )
        sentences.append(sentence)
        offset += len(sentence) + 1
    body = " ".join(sentences) + f" ({article_id})"
    art = Article(
        article_id=article_id,
        url=f"https://news.example/{article_id}",
        canonical_url=f"https://news.example/{article_id}",
        title=title or f"Report {article_id}",
        source=outlet,
        published_at=day(published),
        text=body,
        content_hash=content_hash(body),
    )
    return art, figures


def report(
    con: duckdb.DuckDBPyConnection,
    article_id: str,
    outlet: str,
    published: str | None,
    *figs: Fig,
    run_id: str = "run-1",
    copy_of: str | None = None,
) -> Article:
    """Load one article reporting `figs`. `copy_of` makes it a duplicate in that article's cluster."""
    art, figures = article(article_id, outlet, published, *figs)
    duplicates = {article_id: Duplicate(article_id, copy_of, "near", 0.95)} if copy_of else {}
    load.load_articles(con, [(art, figures)], run_id, duplicates, {article_id: copy_of or article_id})
    return art


def start_run(con: duckdb.DuckDBPyConnection, run_id: str = "run-1", topic: str = "Libya") -> None:
    load.start_run(con, run_id)
    alerts.set_run_topic(con, run_id, topic)


def sample_history(con: duckdb.DuckDBPyConnection) -> None:
    """Rises, same-day disagreement, a syndicated copy, revisions, undated figures and incidents."""
    start_run(con)
    # killed, no location: 100 -> 150 -> 200, with same-day disagreement and a syndicated copy
    report(con, "a1", "Reuters", "2024-05-01", Fig("killed", 100, "at_least"))
    report(con, "a2", "AP", "2024-05-02", Fig("killed", 150))
    report(con, "a3", "AFP", "2024-05-02", Fig("killed", 140))  # same day, lower: not a revision
    report(con, "a4", "Reuters", "2024-05-03", Fig("killed", 200, "more_than"))
    report(con, "a5", "Yahoo", "2024-05-03", Fig("killed", 200, "more_than"), copy_of="a4")
    report(con, "a6", "Al Jazeera", "2024-05-03", Fig("killed", 180))
    report(con, "a7", "BBC", "2024-05-03", Fig("killed", 200))
    report(con, "u1", "Blog", None, Fig("killed", 5000))  # undated and higher: never the headline
    # killed in Derna: 1000, then lower totals on later days -> revisions
    report(con, "d1", "Libya Herald", "2024-05-01", Fig("killed", 1000, location="Derna"))
    report(con, "d2", "Libya Observer", "2024-05-02", Fig("killed", 900, location="Derna"))
    report(con, "d3", "UN News", "2024-05-03", Fig("killed", 950, location="Derna"))
    report(con, "d4", "Reuters", "2024-05-04", Fig("killed", 950, location="Derna"))
    # displaced: only undated
    report(con, "u2", "Seed", None, Fig("displaced", 75000))
    # injured in incidents on 2024-05-01: 10 (and a copy of it) and 5
    report(con, "i1", "Reuters", "2024-05-01", Fig("injured", 10, scope="incident"))
    report(con, "i2", "Yahoo", "2024-05-01", Fig("injured", 10, scope="incident"), copy_of="i1")
    report(con, "i3", "AP", "2024-05-01", Fig("injured", 5, scope="incident"))
