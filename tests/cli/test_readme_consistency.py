"""The README's Commands, Tables, Layout and Settings sections name each item exactly once and match the
code: the parser's commands, the tables the migrations create, the top-level folders, the settings
registry. Everything is read from the code, so a new command, table, folder or setting fails here
until the README lists it (once)."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from flows.cli import build_parser
from flows.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.S | re.M)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def first_cells(text: str) -> list[str]:
    """The first cell of every table row, without its backticks (header and rule rows skipped)."""
    cells = []
    for line in text.splitlines():
        match = re.match(r"^\|\s*`([^`]+)`", line)
        if match:
            cells.append(match.group(1))
    return cells


def once(items: list[str], what: str) -> set[str]:
    twice = sorted(k for k, n in Counter(items).items() if n > 1)
    assert not twice, f"listed more than once in the README's {what}: {twice}"
    return set(items)


def test_commands_match_the_parser():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    names = [cell.split()[1] for cell in first_cells(section("Commands")) if cell.startswith("newsmon ")]
    assert once(names, "Commands") == set(sub.choices)


def migration_tables() -> set[str]:
    """The tables the migrations leave (plus the bookkeeping table warehouse/db.py creates)."""
    tables: set[str] = set()
    paths = [ROOT / "warehouse" / "db.py", *sorted((ROOT / "warehouse" / "migrations").glob("*.sql"))]
    for path in paths:
        sql = re.sub(r"--[^\n]*", "", path.read_text(encoding="utf-8"))
        for verb, name in re.findall(
            r"\b(CREATE|DROP)\s+TABLE\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?\"?(\w+)", sql, re.I
        ):
            (tables.add if verb.upper() == "CREATE" else tables.discard)(name.lower())
        for old, new in re.findall(r"ALTER\s+TABLE\s+\"?(\w+)\"?\s+RENAME\s+TO\s+\"?(\w+)", sql, re.I):
            tables.discard(old.lower())
            tables.add(new.lower())
    return tables


def test_tables_match_the_migrations():
    documented = once(first_cells(section("Tables")), "Tables")
    assert migration_tables() - documented == set(), "tables missing from the README's Tables"
    assert documented - migration_tables() == set(), "the README lists a table no migration creates"


def top_level_folders() -> set[str]:
    try:
        files = subprocess.run(
            ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: the tracked folders are unknown")
    return {f.split("/")[0] for f in files if "/" in f and not f.startswith(".")}


def test_layout_names_every_folder_once():
    rows = first_cells(section("Layout"))
    once(rows, "Layout")
    folders = top_level_folders()
    covered = {row.split("/")[0] for row in rows}
    assert folders - covered == set(), "top-level folders missing from the README's Layout"
    assert covered - folders == set(), "the README's Layout names a folder that does not exist"
    for row in rows:
        assert (ROOT / row.rstrip("/")).exists(), f"Layout names {row}, which does not exist"


def test_settings_listed_once_and_match_the_registry():
    block = re.search(r"<!-- settings:begin -->\n(.*?)\n<!-- settings:end -->", README, re.S)
    assert block, "README lacks the settings block"
    assert once(first_cells(block.group(1)), "Settings") == {s.env for s in SETTINGS}
