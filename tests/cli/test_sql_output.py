"""`newsmon sql` output an analyst can read at any width (DuckDB's renderer, --max-width, --max-rows),
Parquet through COPY, and `newsmon export` (every table and view, read-only)."""

from __future__ import annotations

import json

import duckdb
import pytest

from flows.cli import main
from flows.ingest import load_batch, read_seeds
from flows.notify.delivery import AlertPolicy
from seeds import SEEDS_DIR


@pytest.fixture
def loaded_db(db_path):
    load_batch.fn(db_path, "run-0", read_seeds(SEEDS_DIR)[0], [], [], [], AlertPolicy(topic="Libya"))
    return db_path


def _out(capsys, *argv) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_a_wide_view_stays_readable_in_80_columns(loaded_db, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = _out(capsys, "sql", "--db", str(loaded_db), "select * from latest_figures")
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert " topic " in lines[1] and " kind " in lines[1] and "│ … │" in lines[1]  # middle columns elided
    assert "Libya" in out
    assert "columns (" in out and "shown)" in out


def test_max_width_and_max_rows(loaded_db, capsys):
    db = str(loaded_db)
    out = _out(capsys, "sql", "--db", db, "--max-width", "60", "select * from range(1000) t(i)")
    assert max(len(line) for line in out.splitlines()) <= 60
    assert "·" in out and "1000 rows" in out and "40 shown" in out
    out = _out(capsys, "sql", "--db", db, "--max-rows", "5", "select i, [i, i + 1] l from range(1000) t(i)")
    assert "5 shown" in out and "│ 0, 1 " in out  # lists as comma-separated text
    out = _out(
        capsys, "sql", "--db", db, "--format", "csv", "--max-rows", "3", "select * from range(800000) t(i)"
    )
    assert out == "i\n0\n1\n2\n"
    out = _out(
        capsys, "sql", "--db", db, "--format", "json", "--max-rows", "2", "select * from range(800000) t(i)"
    )
    assert json.loads(out) == [{"i": 0}, {"i": 1}]


def test_times_are_iso_utc_seconds_in_a_table(loaded_db, capsys):
    out = _out(capsys, "sql", "--db", str(loaded_db), "select timestamptz '2024-05-01 14:00:00.123+02' t")
    assert "│ 2024-05-01T12:00:00Z │" in out


def test_parquet_through_copy(loaded_db, tmp_path, capsys):
    target = tmp_path / "articles.parquet"
    out = _out(
        capsys,
        "sql",
        "--db",
        str(loaded_db),
        "--format",
        "parquet",
        "--out",
        str(target),
        "select * from articles;",
    )
    assert out == f"2 rows written to {target}\n"
    assert duckdb.sql(f"select count(*) from '{target}'").fetchall()[0][0] == 2
    assert main(["sql", "--db", str(loaded_db), "--format", "parquet", "select 1"]) == 2


def test_export_writes_every_table_and_view(loaded_db, tmp_path, capsys):
    folder = tmp_path / "snapshot"
    con = duckdb.connect(str(loaded_db), read_only=True)  # an analyst reading meanwhile
    try:
        names = {
            r[0]
            for r in con.execute(
                "select table_name from duckdb_tables() union select view_name from duckdb_views() where not internal"
            ).fetchall()
        }
        counts = {n: con.execute(f'select count(*) from "{n}"').fetchone()[0] for n in names}
        out = _out(capsys, "export", "--db", str(loaded_db), str(folder))
    finally:
        con.close()
    assert {p.stem for p in folder.glob("*.parquet")} == names
    for name, n in counts.items():
        assert duckdb.sql(f"select count(*) from '{folder / (name + '.parquet')}'").fetchall()[0][0] == n
    assert "exported " in out and "latest_figures" in out
