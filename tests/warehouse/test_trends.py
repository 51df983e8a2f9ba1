"""The trend views on a hand-built history: headlines, revisions, conservative vs highest, clusters."""

import re
from datetime import date
from pathlib import Path

from tests.history import Fig, report, start_run
from tests.warehouse.conftest import rows
from warehouse.db import open_warehouse


def test_figure_history_has_every_figure_with_its_article(con):
    history = rows(con, "SELECT * FROM figure_history ORDER BY article_id")
    assert len(history) == 16
    a5 = next(r for r in history if r["article_id"] == "a5")
    assert a5["topic"] == "Libya" and a5["outlet"] == "Yahoo" and a5["is_duplicate"]
    assert a5["cluster_id"] == "a4" and a5["reported_on"] == date(2024, 5, 3)
    assert a5["url"] == "https://news.example/a5" and "200" in a5["sentence"]
    u1 = next(r for r in history if r["article_id"] == "u1")
    assert u1["reported_on"] is None and not u1["is_duplicate"]


def test_as_of_date_wins_over_publication_date(db_path):
    with open_warehouse(db_path) as con:
        start_run(con)
        report(con, "x", "AP", "2024-05-09", Fig("killed", 30, as_of=date(2024, 5, 7)))
        assert con.execute("SELECT reported_on FROM figure_history").fetchone()[0] == date(2024, 5, 7)


def test_figure_changes_rises_and_revisions(con):
    changes = rows(
        con,
        "SELECT location, change, previous_value, value, headline_value, article_id FROM figure_changes "
        "WHERE kind = 'killed' ORDER BY location NULLS FIRST, seq",
    )
    assert [
        (c["change"], c["previous_value"], c["value"], c["article_id"]) for c in changes if not c["location"]
    ] == [
        ("first", None, 100, "a1"),
        ("rise", 100, 150, "a2"),
        ("rise", 150, 200, "a4"),  # the first article that reported 200
    ]
    derna = [
        (c["change"], c["previous_value"], c["value"], c["headline_value"], c["article_id"])
        for c in changes
        if c["location"]
    ]
    assert derna == [
        ("first", None, 1000, 1000, "d1"),
        ("revision", 1000, 900, 1000, "d2"),
        ("revision", 1000, 950, 1000, "d3"),  # d4 repeats 950: no second row
    ]


def test_latest_figures_headline_conservative_highest_and_sources(con):
    latest = {(r["kind"], r["location"]): r for r in rows(con, "SELECT * FROM latest_figures")}
    killed = latest[("killed", None)]
    assert (killed["value"], killed["qualifier"], killed["as_of"]) == (200, "more_than", date(2024, 5, 3))
    assert killed["first_article_id"] == "a4" and killed["first_outlet"] == "Reuters"
    assert killed["sources"] == 2  # a4 and its copy a5 are one cluster; a7 is another
    assert killed["outlets"] == ["BBC", "Reuters", "Yahoo"]
    assert (killed["range_as_of"], killed["conservative_value"], killed["highest_value"]) == (
        date(2024, 5, 3),
        180,
        200,
    )
    assert killed["range_sources"] == 3
    assert killed["revised_to"] is None
    assert killed["undated_value"] == 5000  # shown, never the headline
    assert (killed["previous_value"], killed["previous_qualifier"]) == (150, "exact")

    derna = latest[("killed", "Derna")]
    assert derna["value"] == 1000  # a lower later total never becomes the headline ...
    assert (derna["revised_to"], derna["revised_on"]) == (950, date(2024, 5, 3))  # ... but it is not silent
    assert (derna["conservative_value"], derna["highest_value"]) == (950, 950)

    displaced = latest[("displaced", None)]
    assert displaced["value"] is None and displaced["undated_value"] == 75000


def test_undated_figure_never_becomes_the_headline_over_a_dated_one(db_path):
    with open_warehouse(db_path) as con:
        start_run(con)
        report(con, "dated", "AP", "2024-05-01", Fig("killed", 21, "at_least"))
        report(con, "undated", "Blog", None, Fig("killed", 500, "more_than"))
        head = con.execute("SELECT value, first_article_id, undated_value FROM latest_figures").fetchall()
        assert head == [(21, "dated", 500)]
        assert (
            con.execute("SELECT count(*) FROM figure_changes WHERE article_id = 'undated'").fetchone()[0] == 0
        )


def test_daily_trends_counts_reports_and_independent_clusters(con):
    daily = {(r["day"], r["kind"], r["location"]): r for r in rows(con, "SELECT * FROM daily_trends")}
    killed = daily[(date(2024, 5, 3), "killed", None)]
    assert killed["largest_cumulative"] == 200
    assert (killed["reports"], killed["clusters"]) == (4, 3)  # a4, a5 (copy of a4), a6, a7
    assert daily[(date(2024, 5, 3), "killed", "Derna")]["largest_cumulative"] == 950
    injured = daily[(date(2024, 5, 1), "injured", None)]
    assert injured["incident_sum"] == 15  # the copy of the 10 is not counted again
    assert (injured["reports"], injured["clusters"], injured["largest_cumulative"]) == (3, 2, None)
    assert all(day is not None for day, _, _ in daily)  # undated figures have no day


def test_source_counts_names_the_outlets_behind_each_figure(con):
    counts = {(r["kind"], r["location"], r["value"]): r for r in rows(con, "SELECT * FROM source_counts")}
    two_hundred = counts[("killed", None, 200)]
    assert two_hundred["outlets"] == ["BBC", "Reuters", "Yahoo"]
    assert (two_hundred["sources"], two_hundred["reports"]) == (2, 3)
    assert two_hundred["first_article_id"] == "a4" and two_hundred["qualifiers"] == ["exact", "more_than"]
    derna = counts[("killed", "Derna", 950)]
    assert derna["outlets"] == ["Reuters", "UN News"] and derna["first_reported_on"] == date(2024, 5, 3)


def test_the_documented_toll_query(con):
    """README: 'what is the toll now, and who says so?'"""
    answer = con.execute(
        "SELECT topic, kind, location, value, qualifier, as_of, sources, outlets, first_url "
        "FROM latest_figures WHERE kind = 'killed' ORDER BY location NULLS FIRST"
    ).fetchall()
    assert answer[0] == (
        "Libya",
        "killed",
        None,
        200,
        "more_than",
        date(2024, 5, 3),
        2,
        ["BBC", "Reuters", "Yahoo"],
        "https://news.example/a4",
    )


def test_the_readme_queries_run(con):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Trend views", 1)[1].split("\n## ", 1)[0]
    statements = [
        s.strip()
        for block in re.findall(r"```sql\n(.*?)```", section, re.S)
        for s in block.split(";")
        if s.strip().strip("-").strip()
    ]
    assert len(statements) >= 5
    for sql in statements:
        con.execute(sql).fetchall()
    toll = [(r["topic"], r["place"], r["value"]) for r in rows(con, statements[0])]
    assert ("Libya", "(unspecified)", 200) in toll and ("Libya", "Derna", 1000) in toll
