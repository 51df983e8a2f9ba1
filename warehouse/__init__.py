"""The DuckDB warehouse: schema migrations, loads, queries and views. Every SQL statement lives here."""

from warehouse.db import WarehouseError, connect, open_warehouse

__all__ = ["WarehouseError", "connect", "open_warehouse"]
