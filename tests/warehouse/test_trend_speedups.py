"""The fast trend views return exactly what their first, plain definitions return (tests/reference_trends.sql).

Random histories, loaded through the warehouse's own loads, are built to hit the edge cases: many reports
on the same day and at the same time, repeated values (revisions that repeat, ties for the headline),
copies of earlier articles, undated figures, missing outlets, locations and topics, several runs and
topics (and a run without one), seeds updated in place.
"""

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.history import Fig, article, report, start_run
from warehouse import load
from warehouse import outbox as alerts
from warehouse.db import open_warehouse

VIEWS = ("figure_changes", "latest_figures", "daily_trends", "source_counts")
REFERENCE = Path(__file__).resolve().parents[1] / "reference_trends.sql"


def random_history(con, seed: int, articles: int = 160) -> None:
    rng = random.Random(seed)
    runs = []
    for n, topic in enumerate(("Libya", "Sudan", None, "Libya")):
        run_id = f"run-{n}"
        if topic is None:
            load.start_run(con, run_id)  # no topic: its figures take the latest run's
        else:
            start_run(con, run_id, topic)
        runs.append(run_id)
    loaded: list[str] = []
    rising = seed % 2  # odd seeds: totals grow with the date, so headlines move late and revisions follow
    for i in range(articles):
        day = rng.randint(1, 6)
        figs = [
            Fig(
                rng.choice(("killed", "killed", "injured", "displaced")),
                rng.choice((10, 20, 30, 40, 50, 60, 80, 100, 150)) + rising * 20 * day,
                rng.choice(("exact", "at_least", "more_than", "about")),
                rng.choice(("cumulative", "cumulative", "incident", "unknown")),
                rng.choice((None, None, "Derna", "Tripoli")),
                date(2024, 5, 1) + timedelta(days=rng.randrange(6)) if rng.random() < 0.3 else None,
                "people" if rng.random() < 0.9 else "households",
            )
            for _ in range(rng.randint(1, 3))
        ]
        published = (
            f"2024-05-0{day}T{rng.choice(('00:00', '09:30', '23:45'))}:00" if rng.random() < 0.85 else None
        )
        outlet = rng.choice(("Reuters", "AP", "AFP", "BBC", "Yahoo", None))
        copy_of = rng.choice(loaded) if loaded and rng.random() < 0.2 else None
        article_id = f"a{i}"
        report(con, article_id, outlet, published, *figs, run_id=rng.choice(runs), copy_of=copy_of)
        loaded.append(article_id)
    # seeds, one of them updated in place with other figures and another date
    toll = Fig("killed", 120, scope="cumulative", location="Derna")
    for version, (published, figs) in enumerate(
        (("2024-05-02", (toll,)), ("2024-05-04", (toll, Fig("killed", 90, location="Derna"))))
    ):
        art, figures = article("seed:x", "Seed", published, *figs, title=f"Seed v{version}")
        load.load_seed(con, art, figures, runs[-1])
    if seed % 3 == 0:  # figures already stored change topic: a run relabelled, then a newer label for all
        alerts.set_run_topic(con, "run-1", "Chad")
        start_run(con, "run-9", "Niger")


@pytest.mark.parametrize("seed", range(6))
def test_fast_views_match_their_plain_definitions(db_path, seed):
    with open_warehouse(db_path) as con:
        random_history(con, seed)
        con.execute(REFERENCE.read_text(encoding="utf-8"))
        assert con.execute("SELECT count(*) FROM figure_changes WHERE change = 'revision'").fetchone()[0] > 0
        for view in VIEWS:
            columns = con.execute(f"DESCRIBE {view}").fetchall()
            assert columns == con.execute(f"DESCRIBE reference_{view}").fetchall(), view
            for a, b in ((view, f"reference_{view}"), (f"reference_{view}", view)):
                extra = con.execute(f"SELECT * FROM {a} EXCEPT ALL SELECT * FROM {b}").fetchall()
                assert extra == [], f"{a} has rows {b} has not: {extra[:3]}"


@pytest.mark.parametrize("seed", range(4))
def test_headline_candidates_match_their_plain_definition(db_path, seed):
    with open_warehouse(db_path) as con:
        random_history(con, seed)
        con.execute(REFERENCE.read_text(encoding="utf-8"))
        for min_sources in (1, 2, 3):
            fast = con.execute(alerts._CANDIDATES, {"min_sources": min_sources}).fetchall()
            plain = con.execute("SELECT * FROM reference_headline_candidates(?)", [min_sources]).fetchall()
            assert fast == plain and fast, min_sources


def test_kept_daily_trends_are_rebuilt_when_their_definition_changed(db_path):
    with open_warehouse(db_path) as con:
        random_history(con, 1, articles=40)
        con.execute("DELETE FROM trend_days WHERE kind = 'killed'")  # as if written by other SQL
        con.execute("UPDATE kept_views SET definition = 'older' WHERE name = 'daily_trends'")
    with open_warehouse(db_path) as con:
        con.execute(REFERENCE.read_text(encoding="utf-8"))
        assert con.execute("SELECT count(*) FROM daily_trends WHERE kind = 'killed'").fetchone()[0] > 0
        for a, b in (("daily_trends", "reference_daily_trends"), ("reference_daily_trends", "daily_trends")):
            assert con.execute(f"SELECT * FROM {a} EXCEPT ALL SELECT * FROM {b}").fetchall() == []
