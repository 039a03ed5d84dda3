"""Rebuild the marts from the last dbt build's compiled SQL, when only the data changed.

A dbt build costs 10–15 s whatever the data: dbt's start-up, parsing and ~40 ms of its own
Python per node, next to which DuckDB's work is small. When the dbt project is exactly the one
the last build ran and only staging rows changed, the seeds and the views are still right;
only the tables (the marts, and the intermediate models read often enough to be stored) need
their compiled SELECTs run again, in dependency order, and the data tests their compiled
queries, counted the way dbt counts them.

That list of statements, the plan, is read from dbt's manifest right after each dbt build and
stored with the build, so it belongs to this warehouse file whatever dbt builds later. A project
using what a replay cannot reproduce (incremental models, snapshots, hooks, stored test
failures) gets no plan and always goes through dbt.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb

# What a replay reproduces: views and ephemeral models are left as dbt made them (the project
# is unchanged), tables are refilled.
_REPLAYABLE_MATERIALIZATIONS = {"view", "ephemeral", "table"}
_UNREPLAYABLE_RESOURCES = {"snapshot", "operation", "sql_operation"}


@dataclass(frozen=True)
class TableStep:
    name: str
    relation: str  # fully qualified, quoted: "database"."schema"."table"
    sql: str  # the model's compiled SELECT


@dataclass(frozen=True)
class DataTestStep:
    name: str
    sql: str  # the test's compiled query: one row per failing record
    severity: str  # ERROR or WARN
    fail_calc: str
    warn_if: str
    error_if: str
    limit: int | None


@dataclass(frozen=True)
class BuildPlan:
    database: str  # DuckDB catalog the relations name; a plan never runs on another file
    tables: tuple[TableStep, ...]
    tests: tuple[DataTestStep, ...]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> BuildPlan:
        raw = json.loads(text)
        return cls(
            database=raw["database"],
            tables=tuple(TableStep(**t) for t in raw["tables"]),
            tests=tuple(DataTestStep(**t) for t in raw["tests"]),
        )


@dataclass(frozen=True)
class DataTestFailure:
    name: str
    failures: int
    severity: str

    def __str__(self) -> str:
        return f"{self.severity} {self.name}: {self.failures} failing rows"


def _has_hooks(config: dict) -> bool:
    return bool(config.get("pre-hook") or config.get("post-hook"))  # the manifest's spelling


def _dependency_order(models: dict[str, dict]) -> list[str]:
    """Model ids with every model after those it reads (depth-first, stable by id)."""
    ordered: list[str] = []
    seen: set[str] = set()

    def visit(node_id: str) -> None:
        if node_id in seen:
            return
        seen.add(node_id)
        for parent in sorted(models[node_id]["depends_on"]["nodes"]):
            if parent in models:
                visit(parent)
        ordered.append(node_id)

    for node_id in sorted(models):
        visit(node_id)
    return ordered


def plan_from_manifest(manifest_path: Path) -> BuildPlan | None:
    """The replay plan of the build that wrote `manifest_path`, or None if the project cannot be replayed."""
    if not manifest_path.exists():
        return None
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if manifest.get("metadata", {}).get("adapter_type") != "duckdb":
        return None
    nodes = manifest["nodes"].values()
    if any(n["resource_type"] in _UNREPLAYABLE_RESOURCES for n in nodes):
        return None
    models = {n["unique_id"]: n for n in nodes if n["resource_type"] == "model"}
    tests = [n for n in nodes if n["resource_type"] == "test"]
    for node in [*models.values(), *tests]:
        if "compiled_code" not in node or _has_hooks(node["config"]):
            return None
    if any(m["config"]["materialized"] not in _REPLAYABLE_MATERIALIZATIONS for m in models.values()):
        return None
    if any(t["config"].get("store_failures") for t in tests):
        return None
    databases = {n["database"] for n in models.values()}
    if len(databases) != 1:
        return None
    tables = tuple(
        TableStep(models[i]["name"], models[i]["relation_name"], models[i]["compiled_code"])
        for i in _dependency_order(models)
        if models[i]["config"]["materialized"] == "table"
    )
    test_steps = tuple(
        DataTestStep(
            name=t["name"],
            sql=t["compiled_code"],
            severity=str(t["config"]["severity"]).upper(),
            fail_calc=t["config"]["fail_calc"],
            warn_if=t["config"]["warn_if"],
            error_if=t["config"]["error_if"],
            limit=t["config"].get("limit"),
        )
        for t in sorted(tests, key=lambda t: t["unique_id"])
    )
    return BuildPlan(databases.pop(), tables, test_steps)


def _subquery(sql: str) -> str:
    """`sql` made safe inside parentheses: no trailing semicolon, and a last line comment closed."""
    return sql.strip().rstrip(";") + "\n"


def _test_query(test: DataTestStep) -> str:
    """dbt's own test wrapper: the failure count and whether it warns or errors."""
    limit = f"\nlimit {int(test.limit)}" if test.limit is not None else ""
    return (
        f"select {test.fail_calc} as failures, {test.fail_calc} {test.warn_if} as should_warn, "
        f"{test.fail_calc} {test.error_if} as should_error "
        f"from ({_subquery(test.sql)}{limit}) dbt_internal_test"
    )


# Tests run side by side, this many to a query: one query of all 127 tests ran 0.8 -> 0.6 s at
# 20k articles, but one of all 183 (with views as heavy as the models) ran out of memory.
TESTS_PER_QUERY = 8


def _test_results(con: duckdb.DuckDBPyConnection, tests: Sequence[DataTestStep]) -> list[tuple]:
    """Each test's (failures, should_warn, should_error), in order, a few tests to a query."""
    first_rows: dict[int, tuple] = {}
    for start in range(0, len(tests), TESTS_PER_QUERY):
        union = "\nunion all\n".join(
            f"select {i} as test_index, * from ({_test_query(tests[i])})"
            for i in range(start, min(start + TESTS_PER_QUERY, len(tests)))
        )
        for index, *result in con.execute(union).fetchall():
            first_rows.setdefault(index, tuple(result))  # a test query yields one row, as dbt reads it
    return [first_rows[i] for i in range(len(tests))]


def replay(con: duckdb.DuckDBPyConnection, plan: BuildPlan) -> list[DataTestFailure]:
    """Refill the tables, then run the tests; inside the caller's transaction.

    Returns every failing test (warnings and errors); the caller commits only without errors.
    """
    for table in plan.tables:
        con.execute(f"delete from {table.relation}")
        con.execute(f"insert into {table.relation} by name select * from ({_subquery(table.sql)}) as model")
    failing = []
    for test, (failures, should_warn, should_error) in zip(plan.tests, _test_results(con, plan.tests), strict=True):
        if test.severity == "ERROR" and should_error:
            failing.append(DataTestFailure(test.name, int(failures), "ERROR"))
        elif should_warn:
            failing.append(DataTestFailure(test.name, int(failures), "WARN"))
    return failing
