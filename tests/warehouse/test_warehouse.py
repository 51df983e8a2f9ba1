import duckdb
import pytest

from warehouse.db import STORAGE_COMPATIBILITY, WarehouseError, connect, migrate, open_warehouse

TABLES = {"runs", "feeds", "articles", "figures", "failures", "schema_migrations"}


def test_migrations_apply_once(db_path):
    with open_warehouse(db_path) as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert tables >= TABLES
        versions = con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
        assert versions and versions[0][0] == "0001"
        assert migrate(con) == []  # nothing pending the second time


def test_file_is_readable_by_older_duckdb(db_path):
    with open_warehouse(db_path):
        pass
    assert not db_path.with_name(db_path.name + ".wal").exists(), "a CHECKPOINT leaves no WAL between runs"
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        tags = con.execute("SELECT tags FROM duckdb_databases() WHERE path = ?", [str(db_path)]).fetchone()[0]
    finally:
        con.close()
    assert tags.get("storage_version", "").startswith(STORAGE_COMPATIBILITY)


def test_read_only_open_of_missing_file(tmp_path):
    with pytest.raises(WarehouseError, match="no such database"):
        connect(tmp_path / "missing.duckdb", read_only=True)


def test_unwritable_location(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(WarehouseError, match="cannot create folder"):
        connect(blocker / "sub" / "db.duckdb")


def test_limit_memory_bounds_the_connections_opened_inside_it(tmp_path):
    from warehouse.db import limit_memory, open_readonly

    def limit(con) -> str:
        return con.execute("SELECT current_setting('memory_limit')").fetchone()[0]

    db = tmp_path / "w.duckdb"
    with limit_memory("300MB"):
        with open_warehouse(db) as con:
            assert limit(con) == "286.1 MiB"  # DuckDB shows 300 MB (10^6 bytes) in MiB
        with open_readonly(db) as con:
            assert limit(con) == "286.1 MiB"
    with open_warehouse(db) as con:
        assert limit(con) != "286.1 MiB"  # after the block: DuckDB's default (80% of RAM)
