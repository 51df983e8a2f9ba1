"""`newsmon report`: a self-contained page, checked as text and rendered in a real headless Chromium."""

import re
from pathlib import Path

import pytest

from flows.cli import main
from tests.browser import Browser, chromium_or_skip
from tests.history import sample_history
from warehouse import load
from warehouse.db import open_warehouse


@pytest.fixture
def sample_db(db_path):
    with open_warehouse(db_path) as con:
        sample_history(con)
        load.load_failures(con, "run-1", [])
        load.finish_run(con, "run-1", "completed", {"articles_new": 16, "figures_new": 16})
    return db_path


@pytest.fixture
def report_html(sample_db, tmp_path, capsys):
    out = tmp_path / "out" / "report.html"
    assert main(["report", "--db", str(sample_db), "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    return out


def test_report_is_self_contained(report_html):
    page = report_html.read_text(encoding="utf-8")
    assert "<script" not in page and "<link" not in page and "@import" not in page and "url(" not in page
    assert not re.search(r"\ssrc=", page)
    # the only links are to the articles themselves, never to a resource the page needs
    assert set(re.findall(r'href="([^"]+)"', page)) <= {f"https://news.example/{a}" for a in ("a4", "d1")}
    # one chart per series: killed (no place named), killed in Derna, injured (incidents)
    assert page.count('<svg class="chart"') == 3
    assert "Latest figures" in page and "Last run" in page and "completed" in page
    assert "75,000" in page  # the undated displaced figure is shown, as undated
    # "what changed" comes first, then the kinds in their order: killed before injured
    assert page.index("What changed") < page.index("Latest figures") < page.index("Trends")
    assert page.index('<section data-kind="killed"') < page.index('<section data-kind="injured"')
    # round date ticks, labelled by day; units on each chart's own axis
    ticks = set(re.findall(r'<text class="date"[^>]*>([^<]+)</text>', page))
    assert ticks and ticks <= {"1 May", "2 May", "3 May", "4 May", "5 May", "30 Apr"}
    assert page.count('<text class="unit"') == 3
    # each report's tooltip names the outlet and quotes the sentence
    assert "UN News" in page and "“In the latest count, 950 people were killed according to UN News.”" in page


def test_report_without_views_or_database_is_one_line(tmp_path, capsys):
    assert main(["report", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "r.html")]) == 2
    assert "no such database" in capsys.readouterr().err


_CHARTS_JS = """JSON.stringify({
    title: document.title,
    text: document.body.innerText,
    tables: document.querySelectorAll('table').length,
    loaded: performance.getEntriesByType('resource').map(e => e.name),
    overflow: [...document.querySelectorAll('table')].some(t => t.scrollWidth > t.parentElement.clientWidth + 1),
    pageWidth: document.documentElement.scrollWidth,
    charts: [...document.querySelectorAll('svg.chart')].filter(svg => svg.getBoundingClientRect().width > 0)
        .map(svg => {
            const box = svg.getBoundingClientRect();
            return {kind: svg.dataset.kind, place: svg.dataset.place, width: box.width, height: box.height,
                    points: svg.querySelectorAll('circle').length,
                    revisions: svg.querySelectorAll('circle.revision').length,
                    tips: [...svg.querySelectorAll('circle title')].map(t => t.textContent),
                    steps: [...svg.querySelectorAll('path.step')].map(p => p.getTotalLength()),
                    yLabels: [...svg.querySelectorAll('text.value')].map(t => t.textContent),
                    bars: svg.querySelectorAll('rect.bar').length};
        }),
    rows: [...document.querySelectorAll('tr[data-place]')].filter(r => r.offsetParent !== null).length,
})"""


def _charts(browser) -> dict:
    import json

    page = json.loads(browser.evaluate(_CHARTS_JS))
    page["by_series"] = {(c["kind"], c["place"]): c for c in page["charts"]}
    return page


@pytest.mark.slow
def test_report_renders_in_headless_chromium(report_html, tmp_path):
    binary = chromium_or_skip()
    with Browser(binary) as browser:
        browser.open(report_html.resolve().as_uri(), width=1280)
        page = _charts(browser)
        png = browser.screenshot()
        # the filter: plain HTML and CSS radio buttons, no script
        browser.evaluate("document.getElementById('place-0').click()")  # the first place: Derna
        derna_only = _charts(browser)
        browser.evaluate(
            "document.getElementById('place-all').click(); document.getElementById('kind-1').click()"
        )
        injured_only = _charts(browser)
    assert page["title"] == "newsmon: Libya"
    assert page["loaded"] == []  # nothing fetched: works offline
    assert "Latest figures" in page["text"] and "over 200" in page["text"] and "Last run" in page["text"]
    assert page["tables"] >= 3
    assert not page["overflow"] and page["pageWidth"] <= 1280  # the tables fit a 1280 px window
    charts = page["by_series"]
    assert set(charts) == {("killed", "(unspecified)"), ("killed", "Derna"), ("injured", "(unspecified)")}
    for chart in charts.values():
        assert chart["width"] > 300 and chart["height"] > 100  # laid out, not collapsed
    killed, derna = charts[("killed", "(unspecified)")], charts[("killed", "Derna")]
    assert killed["points"] + derna["points"] == 11  # every dated cumulative report is a point
    assert derna["revisions"] == 3 and killed["revisions"] == 0  # Derna: 900, 950, 950 after 1000
    assert len(killed["steps"]) == 1 and len(derna["steps"]) == 1 and killed["steps"][0] > 100
    # each chart has its own y-axis: Derna's reaches 1,000, the other stops at 200
    assert "1,000" in derna["yLabels"] and "1,000" not in killed["yLabels"] and "200" in killed["yLabels"]
    assert any("Reuters" in t and "“In the latest count" in t for t in killed["tips"])
    assert charts[("injured", "(unspecified)")]["bars"] == 1
    assert set(derna_only["by_series"]) == {("killed", "Derna")} and derna_only["rows"] >= 1
    assert set(injured_only["by_series"]) == {("injured", "(unspecified)")}
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    (tmp_path / "report.png").write_bytes(png)


def test_a_single_report_is_a_point_not_a_line(db_path, tmp_path):
    from tests.history import Fig, report, start_run

    with open_warehouse(db_path) as con:
        start_run(con)
        report(con, "one", "AP", "2024-05-02", Fig("killed", 12, location="Sirte"))
    out = tmp_path / "one.html"
    assert main(["report", "--db", str(db_path), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("<circle") == 1 and 'class="step"' not in page


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_report_of_the_test_site_in_chromium(local_env, tmp_path, db_path):
    """Two runs against the local test site, then the report at 1280 px: it fits, the data checks pass.
    With SAVE_REPORT_SCREENSHOT=docs/report.png it also writes the README's screenshot."""
    import json
    import os

    from flows.ingest import ingest
    from tests.conftest import write_feeds
    from warehouse.db import open_readonly
    from warehouse.queries import data_checks

    site = local_env
    first = write_feeds(tmp_path / "first.toml", site, [("Wire RSS", "/feeds/libya.xml")])
    both = write_feeds(
        tmp_path / "both.toml", site, [("Wire RSS", "/feeds/libya.xml"), ("Copies", "/feeds/copies.xml")]
    )
    ingest(feeds_file=str(first), db=str(db_path))
    ingest(feeds_file=str(both), db=str(db_path))
    with open_readonly(db_path) as con:
        assert data_checks(con) == {}
        places = {row[0] for row in con.execute("SELECT place FROM headlines").fetchall()}
    assert "Tripoli" in places
    out = tmp_path / "site.html"
    assert main(["report", "--db", str(db_path), "--out", str(out)]) == 0
    with Browser(chromium_or_skip()) as browser:
        browser.open(out.resolve().as_uri(), width=1280)
        page = json.loads(browser.evaluate(_CHARTS_JS))
        png = browser.screenshot()
    assert page["loaded"] == [] and not page["overflow"] and page["pageWidth"] <= 1280
    assert page["charts"] and all(c["width"] > 300 for c in page["charts"])
    assert any(c["place"] == "Tripoli" for c in page["charts"])
    assert png.startswith(b"\x89PNG")
    target = os.environ.get("SAVE_REPORT_SCREENSHOT")
    if target:
        Path(target).write_bytes(png)
