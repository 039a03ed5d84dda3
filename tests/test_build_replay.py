"""When only the data changed, `warehouse build` replays the last dbt build's compiled SQL.

The replay must give exactly the marts dbt gives, run the same data tests, leave the marts
untouched when a test fails, and step aside for dbt whenever it cannot be sure (changed
project, another warehouse file, --force, a project it cannot reproduce).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest

import etl.build
import etl.replay
from etl import migrate
from etl.build import BuildError, build_if_changed
from etl.load import load_paths
from etl.paths import DBT_PROJECT_DIR
from etl.pipeline import MART_TABLES
from etl.replay import BuildPlan, DataTestStep, plan_from_manifest, replay

from .conftest import SEEDS


def _copy_project(target: Path) -> Path:
    shutil.copytree(DBT_PROJECT_DIR, target, ignore=shutil.ignore_patterns("target", "logs"))
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A seeds warehouse built once by dbt through `build_if_changed`, with its own copy of the project."""
    root = tmp_path_factory.mktemp("replay")
    project = _copy_project(root / "dbt_project")
    db = root / "built" / "warehouse.duckdb"
    db.parent.mkdir()
    migrate.upgrade(db)
    load_paths(db, [SEEDS], progress=False, workers=1)
    assert build_if_changed(db, project_dir=project).mode == "dbt"
    return db, project


@pytest.fixture
def warehouse(built: tuple[Path, Path], tmp_path: Path) -> Path:
    """A copy of the built warehouse under the same file name (the name is its DuckDB catalog)."""
    db = tmp_path / "copy" / "warehouse.duckdb"
    db.parent.mkdir()
    shutil.copy(built[0], db)
    return db


@pytest.fixture
def no_dbt(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    monkeypatch.setattr(etl.build, "dbt_build", lambda path, project_dir: calls.append(path))
    return calls


def _reload_with_one_article_changed(db: Path, tmp_path: Path) -> None:
    """Every amount in one article gets a digit more (4116억원 becomes 41161억원)."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    article = next(p for p in sorted(folder.glob("*.txt")) if "억" in p.read_text(encoding="utf-8"))
    article.write_text(re.sub(r"(\d)억", r"\g<1>1억", article.read_text(encoding="utf-8")), encoding="utf-8")
    load_paths(db, [folder], progress=False, workers=1)


def _marts(db: Path, with_intermediate_tables: bool = False) -> dict[str, list[tuple]]:
    """Each mart's rows (and, if asked, each intermediate model stored as a table), in a fixed order."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [f"main.{t}" for t in MART_TABLES]
        if with_intermediate_tables:
            tables += [
                f"intermediate.{name}" for (name,) in con.execute(
                    "select table_name from information_schema.tables "
                    "where table_schema = 'intermediate' and table_type = 'BASE TABLE'"
                ).fetchall()
            ]  # fmt: skip
        return {t: sorted(con.execute(f"select * from {t}").fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def test_a_dbt_build_leaves_a_plan_naming_every_mart_and_data_test(built: tuple[Path, Path]) -> None:
    con = duckdb.connect(str(built[0]), read_only=True)
    try:
        (text,) = con.execute("select replay_plan from staging.builds where mode = 'dbt'").fetchone()
    finally:
        con.close()
    plan = BuildPlan.from_json(text)
    manifest = json.loads((etl.build.dbt_dir(built[0]) / "target" / "manifest.json").read_text(encoding="utf-8"))
    data_tests = [n for n in manifest["nodes"].values() if n["resource_type"] == "test"]
    assert plan.database == "warehouse"
    table_models = [
        n["name"] for n in manifest["nodes"].values()
        if n["resource_type"] == "model" and n["config"]["materialized"] == "table"
    ]  # fmt: skip
    assert sorted(t.name for t in plan.tables) == sorted(table_models)
    assert set(MART_TABLES) <= set(table_models)
    assert len(plan.tests) == len(data_tests) > 100


def test_changed_data_is_replayed_and_gives_the_marts_dbt_gives(warehouse: Path, tmp_path: Path) -> None:
    before = _marts(warehouse)
    _reload_with_one_article_changed(warehouse, tmp_path)
    assert build_if_changed(warehouse, project_dir=_copy_project(tmp_path / "project_a")).mode == "replay"
    replayed = _marts(warehouse, with_intermediate_tables=True)
    assert replayed["main.fct_funding"] != before["main.fct_funding"]  # the changed amounts are in
    assert "intermediate.int_initiative_links" in replayed  # refilled too: the resolution reads it

    by_dbt = tmp_path / "by_dbt" / "warehouse.duckdb"
    by_dbt.parent.mkdir()
    shutil.copy(warehouse, by_dbt)
    assert build_if_changed(by_dbt, force=True, project_dir=_copy_project(tmp_path / "project_b")).mode == "dbt"
    assert _marts(by_dbt, with_intermediate_tables=True) == replayed


def test_an_unchanged_reload_after_a_replay_is_skipped(warehouse: Path, tmp_path: Path, no_dbt: list[Path]) -> None:
    project = _copy_project(tmp_path / "project")
    _reload_with_one_article_changed(warehouse, tmp_path)
    assert build_if_changed(warehouse, project_dir=project).mode == "replay"
    assert build_if_changed(warehouse, project_dir=project).mode == "skipped"
    assert no_dbt == []


def test_a_failing_data_test_leaves_the_marts_as_they_were(warehouse: Path, tmp_path: Path) -> None:
    before = _marts(warehouse)
    con = duckdb.connect(str(warehouse))
    con.execute("delete from staging.amount_mentions")  # would empty fct_funding
    con.execute("insert into staging.region_mentions select * from staging.region_mentions limit 1")  # a duplicate
    con.close()
    with pytest.raises(BuildError, match=r"unique_combination.*region_mentions|region_mentions.*unique"):
        build_if_changed(warehouse, project_dir=_copy_project(tmp_path / "project"))
    assert _marts(warehouse) == before
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("select count(*) from staging.builds").fetchone() == (1,)
    con.close()


def test_a_changed_project_goes_through_dbt(warehouse: Path, tmp_path: Path, no_dbt: list[Path]) -> None:
    project = _copy_project(tmp_path / "project")
    model = project / "models" / "marts" / "fct_funding.sql"
    model.write_text(model.read_text(encoding="utf-8") + "\n-- changed\n", encoding="utf-8")
    _reload_with_one_article_changed(warehouse, tmp_path)
    assert build_if_changed(warehouse, project_dir=project).mode == "dbt"
    assert no_dbt == [warehouse]


def test_force_goes_through_dbt(warehouse: Path, tmp_path: Path, no_dbt: list[Path]) -> None:
    _reload_with_one_article_changed(warehouse, tmp_path)
    assert build_if_changed(warehouse, force=True, project_dir=_copy_project(tmp_path / "project")).mode == "dbt"
    assert no_dbt == [warehouse]


def test_a_copy_under_another_file_name_goes_through_dbt(warehouse: Path, tmp_path: Path, no_dbt: list[Path]) -> None:
    renamed = warehouse.with_name("other.duckdb")  # its catalog is "other": the plan names "warehouse"
    warehouse.rename(renamed)
    _reload_with_one_article_changed(renamed, tmp_path)
    assert build_if_changed(renamed, project_dir=_copy_project(tmp_path / "project")).mode == "dbt"


# The plan read from a manifest: only what a replay reproduces exactly.


def _node(unique_id: str, resource_type: str = "model", depends_on: tuple[str, ...] = (), **config: object) -> dict:
    name = unique_id.rsplit(".", 1)[-1]
    return {
        "unique_id": unique_id,
        "name": name,
        "resource_type": resource_type,
        "database": "w",
        "relation_name": f'"w"."main"."{name}"',
        "compiled_code": f"select 1 as {name}_id",
        "depends_on": {"nodes": list(depends_on)},
        "config": {"materialized": "table", "fail_calc": "count(*)", "warn_if": "!= 0", "error_if": "!= 0",
                   "severity": "ERROR", **config},
    }  # fmt: skip


def _manifest(tmp_path: Path, *nodes: dict) -> Path:
    path = tmp_path / "manifest.json"
    path.write_text(
        json.dumps({"metadata": {"adapter_type": "duckdb"}, "nodes": {n["unique_id"]: n for n in nodes}}),
        encoding="utf-8",
    )
    return path


def test_tables_are_replayed_after_the_models_they_read(tmp_path: Path) -> None:
    plan = plan_from_manifest(
        _manifest(
            tmp_path,
            _node("model.p.a_fact", depends_on=("model.p.m_view",)),
            _node("model.p.m_view", depends_on=("model.p.z_dim",), materialized="view"),
            _node("model.p.z_dim"),
        )
    )
    assert plan is not None
    assert [t.name for t in plan.tables] == ["z_dim", "a_fact"]


@pytest.mark.parametrize(
    "odd_node",
    [
        _node("model.p.events", materialized="incremental"),
        _node("model.p.events", **{"post-hook": "create index i on events (x)"}),
        _node("test.p.unique_events_id", resource_type="test", store_failures=True),
        _node("snapshot.p.events_history", resource_type="snapshot"),
    ],
    ids=["incremental model", "hook", "stored test failures", "snapshot"],
)
def test_a_project_a_replay_cannot_reproduce_gets_no_plan(tmp_path: Path, odd_node: dict) -> None:
    assert plan_from_manifest(_manifest(tmp_path, _node("model.p.dim"), odd_node)) is None


def test_no_manifest_means_no_plan(tmp_path: Path) -> None:
    assert plan_from_manifest(tmp_path / "missing.json") is None


def _test(sql: str, severity: str = "ERROR") -> DataTestStep:
    return DataTestStep(
        name="t", sql=sql, severity=severity, fail_calc="count(*)", warn_if="!= 0", error_if="> 1", limit=None
    )


def test_data_tests_are_counted_the_way_dbt_counts_them() -> None:
    con = duckdb.connect()
    con.execute("create table t as select * from range(3) r(x)")
    plan = BuildPlan(
        database="memory",
        tables=(),
        tests=(
            _test("select x from t where x > 0\n-- two failing rows, and a closing comment;"),
            _test("select x from t where x = 0;"),  # one row: warns (!= 0) but is under error_if (> 1)
            _test("select x from t", severity="WARN"),  # a warn-severity test never errors
            _test("select x from t where x > 5"),
        ),
    )
    assert [(f.severity, f.failures) for f in replay(con, plan)] == [("ERROR", 2), ("WARN", 1), ("WARN", 3)]


@pytest.mark.parametrize("per_query", [1, 2, 3, 100])
def test_tests_run_a_few_to_a_query_keep_their_order_and_counts(
    monkeypatch: pytest.MonkeyPatch, per_query: int
) -> None:
    # One query of every test ran out of memory at 20k articles: they run a few to a query.
    monkeypatch.setattr(etl.replay, "TESTS_PER_QUERY", per_query)
    con = duckdb.connect()
    con.execute("create table t as select * from range(10) r(x)")
    tests = tuple(_test(f"select x from t where x < {n}") for n in range(7))  # n failing rows
    plan = BuildPlan(database="memory", tables=(), tests=tests)
    assert [(f.severity, f.failures) for f in replay(con, plan)] == [("WARN", 1)] + [("ERROR", n) for n in range(2, 7)]
