"""What `newsmon sql` and `newsmon export` run: an analyst's query as a relation, rendered by DuckDB's
own box renderer, streamed in batches, or copied to Parquet; and a Parquet snapshot of every table and
view.

The query is the analyst's own text, run on a read-only connection; nothing here pulls a whole result
into Python: the table is rendered by DuckDB (which reads only the rows it shows), CSV and JSON are
read a batch at a time, Parquet is written by DuckDB's `COPY`.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

_ISO_UTC = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True, slots=True)
class Exported:
    name: str
    kind: str  # table | view
    path: Path
    rows: int


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def quiet(con: duckdb.DuckDBPyConnection) -> None:
    """No progress bar on stdout (it would mix with the output) and times read in UTC."""
    con.execute("SET enable_progress_bar = false")
    con.execute("SET TimeZone = 'UTC'")


def relation(con: duckdb.DuckDBPyConnection, sql: str) -> duckdb.DuckDBPyRelation | None:
    """The query as a relation; None for a statement that returns no rows."""
    return con.sql(sql.strip().rstrip(";"))


def for_display(rel: duckdb.DuckDBPyRelation) -> duckdb.DuckDBPyRelation:
    """The same rows with lists as comma-separated text and times as ISO 8601 UTC seconds."""
    exprs, changed = [], False
    for name, dtype in zip(rel.columns, rel.types, strict=True):
        kind = str(dtype).upper()
        col = _quote(name)
        if kind.endswith("[]"):
            exprs.append(f"array_to_string({col}, ', ') AS {col}")
        elif kind == "TIMESTAMP WITH TIME ZONE":
            exprs.append(f"strftime({col} AT TIME ZONE 'UTC', '{_ISO_UTC}') AS {col}")
        elif kind in ("TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS"):
            exprs.append(f"strftime({col}::TIMESTAMP, '{_ISO_UTC}') AS {col}")
        else:
            exprs.append(col)
            continue
        changed = True
    if not changed or len(set(rel.columns)) != len(rel.columns):
        return rel
    return rel.project(", ".join(exprs))


def render(rel: duckdb.DuckDBPyRelation, max_width: int, max_rows: int, max_col_width: int) -> str:
    """DuckDB's box rendering of `rel`: columns elided to fit `max_width`, at most `max_rows` rows."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for_display(rel).show(max_width=max_width, max_rows=max_rows, max_col_width=max_col_width)
    return out.getvalue()


def rows(rel: duckdb.DuckDBPyRelation, max_rows: int | None, batch: int = 1000) -> Iterator[tuple]:
    """The rows of `rel`, a batch at a time, stopping after `max_rows` (None: all)."""
    if max_rows is not None:
        rel = rel.limit(max_rows)
    yield from rel.iter_rows(batch_size=batch)


def copy_parquet(con: duckdb.DuckDBPyConnection, sql: str, out: Path) -> int:
    """Write the query's result to `out` as Parquet through DuckDB's COPY; returns the row count."""
    query = sql.strip().rstrip(";")
    con.execute(f"COPY ({query}) TO {_literal(str(out))} (FORMAT parquet)")
    return con.execute(f"SELECT count(*) FROM read_parquet({_literal(str(out))})").fetchone()[0]


def relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """Every table and view of the main schema as (name, kind), tables first."""
    tables = con.execute(
        "SELECT table_name, 'table' FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary "
        "AND database_name = current_database() ORDER BY table_name"
    ).fetchall()
    views = con.execute(
        "SELECT view_name, 'view' FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal "
        "AND NOT temporary AND database_name = current_database() ORDER BY view_name"
    ).fetchall()
    return tables + views


def export_all(con: duckdb.DuckDBPyConnection, folder: Path) -> list[Exported]:
    """Every table and view to `folder/<name>.parquet` (a snapshot: one read transaction)."""
    folder.mkdir(parents=True, exist_ok=True)
    done = []
    con.execute("BEGIN TRANSACTION")
    try:
        for name, kind in relations(con):
            path = folder / f"{name}.parquet"
            con.execute(f"COPY (SELECT * FROM {_quote(name)}) TO {_literal(str(path))} (FORMAT parquet)")
            count = con.execute(f"SELECT count(*) FROM read_parquet({_literal(str(path))})").fetchone()[0]
            done.append(Exported(name, kind, path, count))
    finally:
        con.execute("ROLLBACK")
    return done
