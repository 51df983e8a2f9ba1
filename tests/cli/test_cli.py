import json
import subprocess
import sys

import pytest

from flows.cli import main
from flows.ingest import load_batch, read_seeds
from seeds import SEEDS_DIR


@pytest.fixture
def seeded_db(db_path):
    seeds, _ = read_seeds(SEEDS_DIR)
    load_batch.fn(db_path, "run-seed", seeds, [], [], [])
    return db_path


def test_sql_csv_counts_seeds(seeded_db, capsys):
    assert (
        main(
            ["sql", "--db", str(seeded_db), "--format", "csv", "select count(*) from articles where is_seed"]
        )
        == 0
    )
    assert capsys.readouterr().out.splitlines()[-1] == "2"


def test_sql_json_is_an_array_of_objects(seeded_db, capsys):
    assert (
        main(
            [
                "sql",
                "--db",
                str(seeded_db),
                "--format",
                "json",
                "select article_id, published_at from articles order by 1",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data[0] == {"article_id": "seed:000_c5e94d6caf5d1f55", "published_at": None}
    assert data[1]["published_at"].startswith("2019-04-05")


def test_sql_is_read_only(seeded_db, capsys):
    assert main(["sql", "--db", str(seeded_db), "delete from articles"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsmon sql: error:") and err.count("\n") == 1
    assert main(["sql", "--db", str(seeded_db), "--format", "csv", "select count(*) from articles"]) == 0


def test_sql_bad_query_and_missing_db(seeded_db, tmp_path, capsys):
    assert main(["sql", "--db", str(seeded_db), "selec 1"]) == 2
    assert "query failed" in capsys.readouterr().err
    assert main(["sql", "--db", str(tmp_path / "none.duckdb"), "select 1"]) == 2
    assert "no such database" in capsys.readouterr().err


def test_status(seeded_db, capsys):
    assert main(["status", "--db", str(seeded_db)]) == 0
    out = capsys.readouterr().out
    assert "last runs" in out and "feed health" in out and "seeds 2" in out


def test_run_with_bad_feeds_file_is_one_line(tmp_path, db_path):
    bad = tmp_path / "feeds.toml"
    bad.write_text('[[feeds]]\nname = "X"\n')
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--feeds", str(bad), "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert str(bad) in proc.stderr and "missing or empty 'url'" in proc.stderr
    assert not db_path.exists()


def test_run_with_unwritable_db_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--db", str(blocker / "db.duckdb")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "cannot create folder" in proc.stderr


def test_bad_setting_is_one_line(db_path):
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "sql", "--db", str(db_path), "select 1"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"NEWSMON_MAX_BYTES": "many", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 2 and "NEWSMON_MAX_BYTES" in proc.stderr


def test_figures_contract_one_line_per_input(monkeypatch, capsys):
    import io

    lines = [
        json.dumps({"id": "a", "text": "At least 21 people have been killed.", "published": "2019-04-05"}),
        "not json",
        json.dumps({"id": "b", "text": ""}),
    ]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("\n".join(lines) + "\n").encode())))
    assert main(["figures"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "b"]
    fig = out[0]["figures"][0]
    assert (fig["kind"], fig["value"], fig["qualifier"], fig["unit"]) == ("killed", 21, "at_least", "people")
    text = "At least 21 people have been killed."
    assert text[fig["start"] : fig["end"]] == "21"
    assert "error" in out[1] and out[2]["figures"] == []


def test_backup_copies_a_database_that_opens(seeded_db, tmp_path, capsys):
    dest = tmp_path / "backups" / "newsmon-1.duckdb"
    assert main(["backup", "--db", str(seeded_db), str(dest)]) == 0
    assert capsys.readouterr().out.startswith(f"backed up {seeded_db} to {dest} (")
    assert main(["sql", "--db", str(dest), "--format", "csv", "select count(*) from articles"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2"
    # never overwrites
    assert main(["backup", "--db", str(seeded_db), str(dest)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_backup_while_a_run_writes_is_refused_in_one_line(seeded_db, tmp_path, capsys):
    from warehouse.db import connect

    writer = connect(seeded_db)  # as a run holds it between its start and its load
    try:
        assert main(["backup", "--db", str(seeded_db), str(tmp_path / "b.duckdb")]) == 2
    finally:
        writer.close()
    err = capsys.readouterr().err
    assert err.startswith("newsmon backup: error:") and err.count("\n") == 1
    assert not (tmp_path / "b.duckdb").exists()
