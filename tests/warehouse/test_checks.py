"""Zero-row data checks (warehouse/checks/*.sql) on the test databases, and proof that each can fail."""

from datetime import date

import pytest

from tests.history import Fig, report, sample_history, start_run
from tests.warehouse.test_trend_speedups import random_history
from warehouse.db import open_warehouse, sql_files
from warehouse.queries import data_checks


def test_there_are_checks():
    names = {name for name, _ in sql_files("checks")}
    assert {
        "figures_without_series.sql",
        "headline_above_highest_report.sql",
        "headline_steps_current.sql",
        "as_of_before_period_start.sql",
        "long_outlet_names.sql",
    } <= names


def test_checks_pass_on_the_sample_history(db_path):
    with open_warehouse(db_path) as con:
        sample_history(con)
        assert data_checks(con) == {}


@pytest.mark.parametrize("seed", [0, 3])
def test_checks_pass_on_random_histories(db_path, seed):
    with open_warehouse(db_path) as con:
        random_history(con, seed, articles=60)
        assert data_checks(con) == {}


def test_each_check_catches_its_fault(db_path):
    with open_warehouse(db_path) as con:
        start_run(con)
        report(con, "x", "A" * 81, "2024-05-02", Fig("killed", 10, as_of=date(2024, 5, 2)))
        con.execute("UPDATE figures SET period_start = DATE '2024-06-01'")
        con.execute(
            'INSERT INTO figures (figure_id, article_id, kind, value, qualifier, unit, start, "end", run_id) '
            "VALUES ('orphan', 'x', 'killed', 5, 'exact', 'people', 0, 1, 'run-1')"
        )
        failing = data_checks(con)
        assert set(failing) == {
            "long_outlet_names.sql",
            "as_of_before_period_start.sql",
            "figures_without_series.sql",
        }
