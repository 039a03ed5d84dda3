"""Typed reads of DuckDB results that always have a row.

An aggregate (`count(*)`, `max(...)`) or a one-row table returns exactly one row, but DuckDB's
`fetchone()` is typed as possibly `None`. `one_row` says so once, and fails loudly, naming the
query, if a table meant to hold one row is empty.
"""

from __future__ import annotations

from typing import Any

import duckdb


def one_row(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> tuple[Any, ...]:
    """The single row `sql` returns."""
    row = con.execute(sql, params).fetchone() if params is not None else con.execute(sql).fetchone()
    if row is None:
        raise LookupError(f"no row from: {sql}")
    return row
