"""What each report is: the question it answers, its columns, and the marts it reads.

Read from the report queries themselves (each opens with `-- Question:` and `-- Columns:`
comments), so the workbook's first sheet, the briefing page and the dbt exposures check all
describe a report from the one place it is written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from etl.paths import REPORTS_SQL_DIR
from etl.queries import one_row

MART_PREFIXES = ("dim_", "fct_", "bridge_")  # the tables a report may read (dbt marts)
_HEADER_FIELD = re.compile(r"^--\s*(Question|Columns):\s*", re.IGNORECASE)


@dataclass(frozen=True)
class ReportInfo:
    name: str
    question: str
    columns: str
    tables: tuple[str, ...]  # what it reads, as written in the query, sorted
    sql: str


def describe(name: str, sql: str) -> ReportInfo:
    """A report's header comments and the tables it reads."""
    fields: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        if match := _HEADER_FIELD.match(line):
            current = fields.setdefault(match.group(1).lower(), [])
            current.append(line[match.end() :].strip())
        elif current is not None and line.startswith("--  "):
            current.append(line[2:].strip())  # an indented continuation line
        else:
            current = None
    question, columns = (" ".join(fields.get(key, [])) for key in ("question", "columns"))
    return ReportInfo(name, question, columns, tables_read(sql), sql)


def tables_read(sql: str) -> tuple[str, ...]:
    """The tables and views a query reads ('schema.name' when it names a schema), CTEs left out.

    DuckDB's own parser reads the query (json_serialize_sql), so the answer is the one DuckDB
    would act on, comments and string literals included."""
    con = duckdb.connect()
    try:
        tree = json.loads(one_row(con, "select json_serialize_sql(?)", [sql])[0])
    finally:
        con.close()
    if tree.get("error"):
        raise ValueError(f"report query does not parse: {tree.get('error_message')}")
    tables: set[str] = set()
    ctes: set[str] = set()
    _walk(tree, tables, ctes)
    return tuple(sorted(tables - ctes))


def _walk(node: Any, tables: set[str], ctes: set[str]) -> None:
    if isinstance(node, dict):
        if node.get("type") == "BASE_TABLE":
            schema, name = node.get("schema_name") or "", node.get("table_name") or ""
            tables.add(f"{schema}.{name}" if schema else name)
        if isinstance(node.get("cte_map"), dict):
            ctes.update(entry["key"] for entry in node["cte_map"].get("map", []))
        for value in node.values():
            _walk(value, tables, ctes)
    elif isinstance(node, list):
        for value in node:
            _walk(value, tables, ctes)


def is_mart(table: str) -> bool:
    return "." not in table and table.startswith(MART_PREFIXES)


def catalog(sql_dir: Path = REPORTS_SQL_DIR) -> list[ReportInfo]:
    """Every report in `sql_dir`, by name."""
    from etl.reports import report_queries

    return [describe(name, sql) for name, sql in report_queries(sql_dir).items()]
