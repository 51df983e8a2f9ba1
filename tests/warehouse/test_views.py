"""The analyst views (reports, headlines, headline_changes, series_sources, daily) and the series table."""

from datetime import date

import pytest

from tests.history import Fig, report, sample_history, start_run
from tests.warehouse.conftest import rows
from warehouse import outbox
from warehouse.db import open_readonly, open_warehouse

ANALYST_VIEWS = ("reports", "headlines", "headline_changes", "series_sources", "daily")
OLD_VIEWS = ("figure_history", "figure_changes", "latest_figures", "daily_trends", "source_counts")


def test_every_figure_has_a_series_with_non_null_keys(con):
    assert con.execute("SELECT count(*) FROM figures WHERE series_id IS NULL").fetchone()[0] == 0
    series = {r["place"]: r for r in rows(con, "SELECT * FROM series WHERE kind = 'killed'")}
    assert set(series) == {"(unspecified)", "Derna"}
    assert (series["Derna"]["place_level"], series["Derna"]["country_iso3"]) == ("town", "LBY")
    assert (series["(unspecified)"]["place_level"], series["(unspecified)"]["country_iso3"]) == (
        "unspecified",
        "XXX",
    )
    nulls = con.execute(
        "SELECT count(*) FROM series WHERE topic IS NULL OR kind IS NULL OR unit IS NULL OR place IS NULL "
        "OR place_level IS NULL OR country_iso3 IS NULL"
    ).fetchone()[0]
    assert nulls == 0


def test_a_relabelled_topic_moves_figures_to_its_series_and_drops_the_empty_one(db_path):
    with open_warehouse(db_path) as con:
        start_run(con, topic="Libya")
        report(con, "x", "AP", "2024-05-01", Fig("killed", 30, location="Sirte"))
        outbox.set_run_topic(con, "run-1", "Chad")
        assert con.execute("SELECT topic FROM series").fetchall() == [("Chad",)]
        assert con.execute("SELECT count(*) FROM headlines WHERE topic = 'Chad'").fetchone()[0] == 1


def test_series_id_is_stable_across_databases(tmp_path):
    ids = []
    for name in ("one", "two"):
        with open_warehouse(tmp_path / f"{name}.duckdb") as con:
            start_run(con)
            report(con, f"x-{name}", "AP", "2024-05-01", Fig("killed", 30, location="Sirte"))
            ids.append(con.execute("SELECT series_id FROM series").fetchone()[0])
    assert ids[0] == ids[1] and ids[0].startswith("s")


def test_figures_stored_before_the_series_table_are_assigned_on_open(db_path):
    with open_warehouse(db_path) as con:
        sample_history(con)
        con.execute("UPDATE figures SET series_id = NULL")
        con.execute("DELETE FROM series")
    with open_warehouse(db_path) as con:
        assert con.execute("SELECT count(*) FROM figures WHERE series_id IS NULL").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM series").fetchone()[0] > 0


def test_reports_say_where_their_date_came_from(db_path):
    with open_warehouse(db_path) as con:
        start_run(con)
        report(con, "t", "AP", "2024-05-09", Fig("killed", 30, as_of=date(2024, 5, 7)))
        report(con, "p", "AFP", "2024-05-08", Fig("killed", 20))
        report(con, "f", "Blog", None, Fig("killed", 10))
        got = {
            r["outlet"]: (r["report_date_source"], r["report_date"])
            for r in rows(con, "SELECT * FROM reports")
        }
        fetched = con.execute(
            "SELECT CAST(timezone('UTC', fetched_at) AS DATE) FROM articles WHERE article_id = 'f'"
        )
        assert got == {
            "AP": ("text", date(2024, 5, 7)),
            "AFP": ("published", date(2024, 5, 8)),
            "Blog": ("fetched", fetched.fetchone()[0]),
        }
        # a report dated only by its fetch never makes the headline
        head = rows(con, "SELECT value, first_outlet FROM headlines")
        assert head == [{"value": 30, "first_outlet": "AP"}]


def test_headlines_answer_the_toll_question(con):
    head = {
        r["place"]: r for r in rows(con, "SELECT * FROM headlines WHERE kind = 'killed' AND topic = 'Libya'")
    }
    unspecified = head["(unspecified)"]
    assert (unspecified["value"], unspecified["qualifier"], unspecified["as_of"]) == (
        200,
        "more_than",
        date(2024, 5, 3),
    )
    assert (unspecified["sources"], unspecified["first_outlet"]) == (2, "Reuters")
    assert unspecified["latest_report_date"] == date(2024, 5, 3)
    assert head["Derna"]["value"] == 1000 and head["Derna"]["latest_report_date"] == date(2024, 5, 4)
    # a series with only undated reports has no headline, rather than a NULL one
    assert con.execute("SELECT count(*) FROM headlines WHERE value IS NULL").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM headlines WHERE kind = 'displaced'").fetchone()[0] == 0


def test_headline_changes_list_rises_and_revisions_with_both_values(con):
    derna = rows(
        con,
        "SELECT change, value, as_of, previous_value, previous_as_of, outlet FROM headline_changes "
        "WHERE place = 'Derna' AND kind = 'killed' ORDER BY as_of",
    )
    assert [(c["change"], c["previous_value"], c["value"], c["outlet"]) for c in derna] == [
        ("first", None, 1000, "Libya Herald"),
        ("revision", 1000, 900, "Libya Observer"),
        ("revision", 1000, 950, "UN News"),
    ]
    assert all(c["as_of"] > c["previous_as_of"] for c in derna if c["change"] == "revision")


def test_an_unlocated_lower_figure_never_revises_a_located_one(db_path):
    with open_warehouse(db_path) as con:
        start_run(con)
        report(con, "t1", "AP", "2024-05-01", Fig("killed", 653, location="Tripoli"))
        report(con, "u1", "AFP", "2024-05-03", Fig("killed", 12))  # another story, no place named
        changes = rows(con, "SELECT place, change, value FROM headline_changes ORDER BY place")
        assert changes == [
            {"place": "(unspecified)", "change": "first", "value": 12},
            {"place": "Tripoli", "change": "first", "value": 653},
        ]


def test_a_revision_needs_a_later_date(db_path):
    with open_warehouse(db_path) as con:
        start_run(con)
        report(con, "a", "AP", "2024-05-02", Fig("killed", 100, location="Sirte"))
        report(con, "b", "AFP", "2024-05-02", Fig("killed", 90, location="Sirte"))  # same day: disagreement
        report(con, "c", "BBC", "2024-05-01", Fig("killed", 80, location="Sirte"))  # earlier date: history
        listed = "SELECT change, value FROM headline_changes ORDER BY as_of, value"
        assert [tuple(r.values()) for r in rows(con, listed)] == [("first", 80), ("rise", 100)]
        report(con, "d", "UN", "2024-05-05", Fig("killed", 95, location="Sirte"))
        assert [tuple(r.values()) for r in rows(con, listed)] == [
            ("first", 80),
            ("rise", 100),
            ("revision", 95),
        ]


def test_series_sources_is_long_format(con):
    got = {
        r["outlet"]: r
        for r in rows(con, "SELECT * FROM series_sources WHERE place = 'Derna' AND kind = 'killed'")
    }
    assert set(got) == {"Libya Herald", "Libya Observer", "UN News", "Reuters"}
    assert (got["UN News"]["highest_value"], got["UN News"]["first_report_date"]) == (950, date(2024, 5, 3))
    types = {r[0]: r[1] for r in con.execute("DESCRIBE series_sources").fetchall()}
    assert not any(t.endswith("[]") for t in types.values())


def test_daily_matches_its_plain_definition_and_the_old_view(con):
    kept = con.execute(
        "SELECT * FROM daily EXCEPT ALL SELECT d.series_id, s.topic, s.place, s.kind, s.unit, "
        "d.day, d.largest_cumulative, d.incident_sum, d.reports, d.clusters, d.figures "
        "FROM daily_computed AS d JOIN series AS s USING (series_id)"
    ).fetchall()
    assert kept == []
    killed = rows(
        con, "SELECT * FROM daily WHERE place = '(unspecified)' AND kind = 'killed' AND day = '2024-05-03'"
    )
    assert (killed[0]["largest_cumulative"], killed[0]["reports"], killed[0]["clusters"]) == (200, 4, 3)
    assert (
        con.execute("SELECT count(*) FROM daily").fetchone()[0]
        == con.execute("SELECT count(*) FROM daily_trends").fetchone()[0]
    )


def test_analyst_views_are_narrow(con):
    for view in ANALYST_VIEWS:
        columns = con.execute(f"DESCRIBE {view}").fetchall()
        assert len(columns) <= 13, view
        assert not any(c[1].endswith("[]") for c in columns), view


def test_alert_candidates_agree_with_headlines(con):
    candidates = {(c.kind, c.location): (c.value, c.figure_id) for c in outbox.headline_candidates(con)}
    heads = {
        (r["kind"], None if r["place"] == "(unspecified)" else r["place"]): (r["value"], r["first_figure_id"])
        for r in rows(con, "SELECT * FROM headlines")
    }
    assert candidates == heads


@pytest.mark.parametrize("name", ["b", "main", "memory", "system", "temp", "newsmon", "s", "headlines"])
def test_views_do_not_depend_on_the_catalog_name(tmp_path, name):
    path = tmp_path / f"{name}.duckdb"
    with open_warehouse(path) as con:
        sample_history(con)
    with open_warehouse(path) as con:  # a second open re-applies the views to the existing file
        outbox.headline_candidates(con)
    with open_readonly(path) as con:
        for view in ANALYST_VIEWS + OLD_VIEWS:
            assert con.execute(f"SELECT count(*) FROM {view}").fetchone()[0] > 0, view
        assert len(outbox.headline_candidates(con)) > 0
