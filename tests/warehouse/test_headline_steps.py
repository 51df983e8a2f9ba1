"""The kept rows of headline_changes (headline_step_rows) are what headline_steps_computed computes, after
every kind of write: loads, seeds updated in place, teasers replaced by their full text, relabelled runs,
figures stored around the loads, and a changed headline rule."""

import dataclasses
from datetime import date

import pytest

from tests.history import Fig, article, report, start_run
from tests.warehouse.test_trend_speedups import random_history
from warehouse import load
from warehouse.db import open_warehouse
from warehouse.queries import data_checks
from warehouse.teasers import replace_teasers

CHECK = "headline_steps_current.sql"


def drift(con) -> list[tuple]:
    """Rows kept but not computed, and computed but not kept."""
    return data_checks(con).get(CHECK, [])


def changes(con) -> list[tuple]:
    return con.execute("SELECT * FROM headline_changes ORDER BY ALL").fetchall()


@pytest.mark.parametrize("seed", range(4))
def test_kept_rows_are_the_computed_rows_after_random_histories(db_path, seed):
    with open_warehouse(db_path) as con:
        random_history(con, seed, articles=80)
        assert con.execute("SELECT count(*) FROM headline_step_rows").fetchone()[0] > 0
        assert drift(con) == []


def test_a_seed_updated_in_place_moves_its_steps(db_path):
    with open_warehouse(db_path) as con:
        start_run(con)
        report(con, "a1", "Reuters", "2024-05-01", Fig("killed", 40, location="Derna"))
        seed, figs = article("seed:s", "Seed", "2024-05-02", Fig("killed", 90, location="Derna"))
        load.load_seed(con, seed, figs, "run-1")
        assert [r[3] for r in changes(con) if r[1] == "killed"] == [40, 90]
        seed, figs = article("seed:s", "Seed", "2024-05-03", Fig("injured", 7, location="Derna"), title="v2")
        assert load.load_seed(con, seed, figs, "run-1") == "updated"
        assert [(r[1], r[3]) for r in changes(con)] == [("injured", 7), ("killed", 40)]
        assert drift(con) == []


def test_a_teaser_replaced_by_its_full_text_moves_its_steps(db_path):
    with open_warehouse(db_path) as con:
        start_run(con)
        teaser, figs = article("t1", "Wire", "2024-05-01", Fig("killed", 12, location="Sirte"))
        load.load_articles(con, [(dataclasses.replace(teaser, access="teaser"), figs)], "run-1")
        full, figs = article(
            "t1", "Wire", "2024-05-01", Fig("killed", 12, location="Sirte"), Fig("injured", 30)
        )
        assert replace_teasers(con, [(full, figs)], "run-1") == 1
        assert con.execute("SELECT count(*) FROM figures WHERE series_id IS NULL").fetchone()[0] == 0
        assert sorted((r[1], r[3]) for r in changes(con)) == [("injured", 30), ("killed", 12)]
        assert drift(con) == []


def test_figures_stored_around_the_loads_are_kept_on_the_next_open(db_path):
    with open_warehouse(db_path) as con:
        random_history(con, 2, articles=40)
        before = changes(con)
        con.execute("UPDATE figures SET series_id = NULL")
        con.execute("DELETE FROM series")
        con.execute("DELETE FROM headline_step_rows")
    with open_warehouse(db_path) as con:
        assert changes(con) == before
        assert drift(con) == []


def test_kept_rows_are_rebuilt_when_the_rule_changed(db_path):
    with open_warehouse(db_path) as con:
        random_history(con, 1, articles=40)
        before = changes(con)
        con.execute("DELETE FROM headline_step_rows WHERE kind = 'killed'")  # as if written by other SQL
        assert drift(con) != []
        con.execute("UPDATE kept_views SET definition = 'older' WHERE name = 'headline_steps'")
    with open_warehouse(db_path) as con:
        assert changes(con) == before
        assert drift(con) == []


def test_the_check_finds_a_write_around_the_loads(db_path):
    with open_warehouse(db_path) as con:
        start_run(con)
        report(
            con, "a1", "Reuters", "2024-05-01", Fig("killed", 40, location="Derna", as_of=date(2024, 5, 1))
        )
        report(con, "a2", "AP", "2024-05-02", Fig("killed", 50, location="Derna", as_of=date(2024, 5, 2)))
        assert drift(con) == []
        con.execute("UPDATE figures SET value = 45 WHERE article_id = 'a2'")
        rows = drift(con)
        assert {r[0] for r in rows} == {"kept, not computed", "computed, not kept"}
