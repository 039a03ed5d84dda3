"""`one_row`: the single row of an aggregate or a one-row table, or an error naming the query."""

from __future__ import annotations

import duckdb
import pytest

from etl.queries import one_row


def test_an_aggregate_gives_its_row() -> None:
    con = duckdb.connect()
    assert one_row(con, "select count(*), max(x) from range(5) t(x)") == (5, 4)


def test_parameters_are_bound() -> None:
    con = duckdb.connect()
    assert one_row(con, "select ? + 1", [41]) == (42,)


def test_an_empty_result_names_the_query() -> None:
    con = duckdb.connect()
    con.execute("create table builds (built_at timestamp)")
    with pytest.raises(LookupError, match="select built_at from builds"):
        one_row(con, "select built_at from builds")
