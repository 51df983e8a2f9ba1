"""The layout's rules, checked on the source: imports point flows -> extractors, warehouse; extractors
import nothing of flows or warehouse; warehouse imports nothing of flows; SQL lives only in warehouse/."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("flows", "extractors", "warehouse", "seeds")
FORBIDDEN = {  # package -> the packages it may never import
    "extractors": {"flows", "warehouse"},
    "warehouse": {"flows"},
    "seeds": {"flows", "warehouse", "extractors"},
}
# A SQL statement in a string literal: a keyword that starts a statement, then what makes it SQL.
SQL = re.compile(
    r"^\s*(SELECT\b.+\bFROM\b|INSERT\s+INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|CREATE\s+(OR\s+REPLACE\s+)?"
    r"(TABLE|VIEW|INDEX|SEQUENCE)\b|ALTER\s+TABLE\b|DROP\s+(TABLE|VIEW)\b|COPY\s+\(?)",
    re.IGNORECASE | re.DOTALL,
)
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60
GENERATED = "# generated or vocabulary list: exempt from the size rules"
# Functions still over the limit, each with the work that removes it. Only ever shrinks.
KNOWN_LONG: set[str] = set()


def _sources(package: str) -> list[Path]:
    return sorted(p for p in (ROOT / package).rglob("*.py") if "__pycache__" not in p.parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_import_direction(package: str) -> None:
    wrong = {
        str(path.relative_to(ROOT)): sorted(_imports(path) & FORBIDDEN[package]) for path in _sources(package)
    }
    assert {k: v for k, v in wrong.items() if v} == {}


def test_nothing_imports_flows_but_flows() -> None:
    for package in ("extractors", "warehouse", "seeds"):
        for path in _sources(package):
            assert "flows" not in _imports(path), path


def _is_sql(text: str) -> bool:
    """Starts like a SQL statement and DuckDB's parser takes it as one."""
    if not SQL.search(text):
        return False
    try:
        return bool(duckdb.extract_statements(text.replace("{", "").replace("}", "")))
    except duckdb.Error:
        return False


def _sql_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _is_sql(node.value):
            out.append((node.lineno, node.value.strip().splitlines()[0][:80]))
    return out


def test_sql_only_in_warehouse() -> None:
    found = {}
    for package in ("flows", "extractors", "seeds"):
        for path in _sources(package):
            if hits := _sql_literals(path):
                found[str(path.relative_to(ROOT))] = hits
    assert found == {}


def test_the_sql_detector_sees_sql() -> None:
    assert SQL.search("SELECT a FROM b WHERE c")
    assert SQL.search("\n  insert into t values (1)")
    assert SQL.search("CREATE OR REPLACE VIEW v AS SELECT 1")
    assert not _is_sql("copy the DuckDB file to DEST while the service runs")
    assert not _is_sql("killed 12 people")
    assert _is_sql("UPDATE runs SET topic = ? WHERE run_id = ?")


def test_sizes() -> None:
    """No file over 400 lines and no function over 60, except files that say they are generated tables
    or vocabulary lists."""
    too_long = []
    for package in (*PACKAGES, "evaluation", "bench"):
        for path in _sources(package):
            text = path.read_text(encoding="utf-8")
            if GENERATED in text[:2000]:
                continue
            lines = text.count("\n")
            if lines > MAX_FILE_LINES:
                too_long.append(f"{path.relative_to(ROOT)}: {lines} lines")
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    length = node.end_lineno - node.lineno + 1
                    known = f"{path.relative_to(ROOT)}:{node.name}" in KNOWN_LONG
                    if length > MAX_FUNCTION_LINES and not known:
                        too_long.append(
                            f"{path.relative_to(ROOT)}:{node.lineno} {node.name}(): {length} lines"
                        )
    assert too_long == []


def test_every_package_says_what_lives_there() -> None:
    inits = [i for p in ("flows", "extractors", "warehouse") for i in (ROOT / p).rglob("__init__.py")]
    missing = [str(i.relative_to(ROOT)) for i in inits if not ast.get_docstring(ast.parse(i.read_text()))]
    assert missing == []
