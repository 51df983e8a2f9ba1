"""Shared by the warehouse tests: a database holding the hand-built sample history, and rows as dicts."""

import pytest

from tests.history import sample_history
from warehouse.db import open_warehouse


def rows(con, sql, params=None):
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


@pytest.fixture
def con(db_path):
    with open_warehouse(db_path) as con:
        sample_history(con)
        yield con
