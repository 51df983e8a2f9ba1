"""`newsmon report`: a self-contained page, checked as text and rendered in a real headless Chromium."""

import re

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
    assert page.count('<svg class="chart"') == 2  # killed (cumulative) and injured (incidents)
    assert "Latest figures" in page and "Last run" in page and "completed" in page
    assert "75,000" in page  # the undated displaced figure is shown, as undated


def test_report_without_views_or_database_is_one_line(tmp_path, capsys):
    assert main(["report", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "r.html")]) == 2
    assert "no such database" in capsys.readouterr().err


@pytest.mark.slow
def test_report_renders_in_headless_chromium(report_html, tmp_path):
    binary = chromium_or_skip()
    with Browser(binary) as browser:
        browser.open(report_html.resolve().as_uri())
        page = browser.evaluate(
            """JSON.stringify({
                title: document.title,
                text: document.body.innerText,
                tables: document.querySelectorAll('table').length,
                loaded: performance.getEntriesByType('resource').map(e => e.name),
                charts: [...document.querySelectorAll('svg.chart')].map(svg => {
                    const box = svg.getBoundingClientRect();
                    return {kind: svg.dataset.kind, width: box.width, height: box.height,
                            points: svg.querySelectorAll('circle').length,
                            revisions: svg.querySelectorAll('circle.revision').length,
                            steps: [...svg.querySelectorAll('path.step')].map(p => p.getTotalLength()),
                            bars: svg.querySelectorAll('rect.bar').length};
                }),
            })"""
        )
        png = browser.screenshot()
    import json

    page = json.loads(page)
    assert page["title"] == "newsmon: Libya"
    assert page["loaded"] == []  # nothing fetched: works offline
    assert "Latest figures" in page["text"] and "over 200" in page["text"] and "Last run" in page["text"]
    assert page["tables"] >= 2
    charts = {c["kind"]: c for c in page["charts"]}
    assert set(charts) == {"killed", "injured"}
    killed = charts["killed"]
    assert killed["width"] > 300 and killed["height"] > 100  # laid out, not collapsed
    assert killed["points"] == 11  # every dated cumulative report is a point
    assert killed["revisions"] == 3  # Derna: 900, 950, 950 after 1000
    assert len(killed["steps"]) == 2 and all(length > 100 for length in killed["steps"])  # two series
    assert charts["injured"]["bars"] == 1
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    (tmp_path / "report.png").write_bytes(png)
