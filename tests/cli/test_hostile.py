"""Hostile text from one outlet's site (issue 19): Rich markup, terminal escapes, bidi overrides and
spreadsheet formulas in feed links, status lines, titles and stored errors reach the terminal and CSV
as inert text. Every check is on the exact bytes a command writes."""

from __future__ import annotations

import json

import duckdb
import pytest

from flows.cli import main
from tests.conftest import write_feeds
from tests.localsite import Route

ESCAPES = "\x1b]0;PWNED\x07\x1b[2J\x1b[31mRED"
STATUS_LINE = f"HTTP/1.1 404 Not [/red]Found{ESCAPES}\r\n"


def _hostile_status(h) -> None:
    h.wfile.write(STATUS_LINE.encode("latin-1"))
    h.wfile.write(b"Content-Length: 0\r\nConnection: close\r\n\r\n")
    h.close_connection = True


def _feed(base: str) -> bytes:
    items = [
        ("Toll rises [update] in Sirte, Libya", f"{base}/hostile/missing[/bold]x"),
        ("Libya \x1b[31mred\x1b[0m \u202eevil", f"{base}/hostile/status"),
    ]
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><description>Libya news</description></item>"
        for t, link in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Hostile</title>'
        f"<link>{base}/</link>{body}</channel></rss>"
    ).encode()


@pytest.fixture
def hostile(local_env, tmp_path):
    site = local_env
    site.routes["/hostile/feed.xml"] = Route(200, _feed(site.base), {"Content-Type": "application/rss+xml"})
    site.routes["/hostile/status"] = Route(handler=_hostile_status)
    site.routes["/hostile/badfeed"] = Route(handler=_hostile_status)
    feeds = write_feeds(
        tmp_path / "feeds.toml",
        site,
        [("Hostile [b]wire[/b]", "/hostile/feed.xml"), ("Down", "/hostile/badfeed")],
    )
    return site, feeds


def _assert_inert(out: str) -> None:
    for byte in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert byte not in out


@pytest.mark.usefixtures("prefect_harness")
def test_hostile_run_status_and_stored_reasons(hostile, db_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")  # no folding inside the status table's cells
    site, feeds = hostile
    assert main(["run", "--feeds", str(feeds), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    _assert_inert(out)
    assert f"{site.base}/hostile/missing[/bold]x" in out  # the feed link, brackets shown as sent
    assert "Hostile [b]wire[/b]" in out
    assert "HTTP 404 Not [/red]Found]0;PWNED[2J[31mRED [sanitised; raw sha256 " in out

    con = duckdb.connect(str(db_path), read_only=True)
    reasons = [r[0] for r in con.execute("SELECT reason FROM failures").fetchall()]
    errors = [
        r[0] for r in con.execute("SELECT last_error FROM feeds WHERE last_error IS NOT NULL").fetchall()
    ]
    con.close()
    assert errors and all("\x1b" not in e and "\x07" not in e and "raw sha256" in e for e in errors)
    assert all("\x1b" not in r and "\x07" not in r for r in reasons)

    assert main(["status", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    _assert_inert(out)
    assert "[/red]Found" in out
    assert main(["status", "--db", str(db_path), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    down = next(f for f in status["feeds"] if f["name"] == "Down")
    assert down["last_error"].startswith("HTTP 404 Not [/red]Found]0;PWNED[2J[31mRED")
    assert down["last_fetched"].endswith("Z") and len(down["last_fetched"]) == 20
    assert status["runs"][0]["status"] == "completed"


def _sql(capsys, db, *args) -> tuple[int, str]:
    code = main(["sql", "--db", str(db), "--max-width", "80", *args])
    return code, capsys.readouterr().out


@pytest.fixture
def empty_db(db_path):
    duckdb.connect(str(db_path)).close()
    return db_path


def test_markup_is_shown_as_sent(empty_db, capsys):
    code, out = _sql(capsys, empty_db, "select 'x [/red] y' t")
    assert code == 0
    assert out == (
        "┌────────────┐\n│     t      │\n│  varchar   │\n├────────────┤\n│ x [/red] y │\n└────────────┘\n\n"
    )
    code, out = _sql(capsys, empty_db, "select 'Toll rises [update] in Sirte' t")
    assert code == 0 and "│ Toll rises [update] in Sirte │\n" in out


def test_terminal_escapes_never_reach_the_terminal(empty_db, capsys):
    query = "select chr(27) || '[31mRED' a, chr(8238) || 'bidi' b, chr(155) || 'c1' c, chr(7) || 'bel' d"
    code, out = _sql(capsys, empty_db, query)
    assert code == 0
    _assert_inert(out)
    assert "RED" in out and "bidi" in out
    code, out = _sql(capsys, empty_db, "--format", "csv", query)
    assert code == 0
    assert out == "a,b,c,d\n[31mRED,bidi,c1,bel\n"


def test_csv_formulas_are_neutralised_numbers_stay(empty_db, capsys):
    query = (
        "select '=HYPERLINK(1)' a, '+cmd|'' /C calc''!A0' b, '-x' c, '@sum' d, chr(9) || 't' e, -5 n, "
        "1.5 f, ['x', '=y'] l"
    )
    code, out = _sql(capsys, empty_db, "--format", "csv", query)
    assert code == 0
    assert out == "a,b,c,d,e,n,f,l\n'=HYPERLINK(1),'+cmd|' /C calc'!A0,'-x,'@sum,'\tt,-5,1.5,\"x, =y\"\n"
    code, out = _sql(capsys, empty_db, "--format", "csv", "--csv-raw", "select '=HYPERLINK(1)' a")
    assert out == "a\n=HYPERLINK(1)\n"
    code, out = _sql(capsys, empty_db, "--format", "json", "select ['x', '=y'] l, 2 n")
    assert json.loads(out) == [{"l": ["x", "=y"], "n": 2}]


@pytest.mark.parametrize(
    "item",
    [
        {"text": "5 killed"},
        {"id": None, "text": "5 killed"},
        {"id": ["a"], "text": "x"},
        {"id": "", "text": "x"},
        {"id": True, "text": "x"},
        {"id": 1.5, "text": "x"},
    ],
)
def test_a_line_without_a_usable_id_is_an_error_in_both_contracts(item, monkeypatch, capsys):
    import io

    for command in ("figures", "dedup"):
        lines = (
            json.dumps(item)
            + "\n"
            + json.dumps({"id": "ok", "text": "Floods displaced 4,500 people."})
            + "\n"
        )
        monkeypatch.setattr("sys.stdin", io.StringIO(lines))
        assert main([command]) == 0
        first, second = (json.loads(x) for x in capsys.readouterr().out.splitlines())
        assert "id" in first and "error" in first and "'id'" in first["error"], command
        assert second["id"] == "ok" and "error" not in second, command
