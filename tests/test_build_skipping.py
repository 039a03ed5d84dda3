"""`warehouse build` skips dbt when neither the data nor the dbt project changed since the last build.

Replays (only the data changed) are specified in test_build_replay.py; here dbt leaves no plan.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

import etl.build
from etl.build import build_if_changed, data_fingerprint, project_fingerprint
from etl.load import load_paths

from .conftest import SEEDS


@pytest.fixture
def warehouse(tmp_path: Path, seeds_warehouse: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[Path]]:
    """A copy of the built seeds warehouse, with dbt replaced by a call counter (its relations exist already)."""
    db = tmp_path / "w.duckdb"
    shutil.copy(seeds_warehouse, db)
    calls: list[Path] = []
    monkeypatch.setattr(etl.build, "dbt_build", lambda path, project_dir: calls.append(path))
    monkeypatch.setattr(etl.build, "plan_from_manifest", lambda path: None)  # no dbt ran: nothing to replay
    return db, calls


def _copy_of_seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


def test_the_first_build_runs_and_an_identical_second_one_is_skipped(warehouse: tuple[Path, list[Path]]) -> None:
    db, calls = warehouse
    assert build_if_changed(db).mode == "dbt"
    assert build_if_changed(db).mode == "skipped"
    assert len(calls) == 1


def test_force_builds_even_when_nothing_changed(warehouse: tuple[Path, list[Path]]) -> None:
    db, calls = warehouse
    build_if_changed(db)
    assert build_if_changed(db, force=True).mode == "dbt"
    assert len(calls) == 2


def test_a_changed_article_is_built(warehouse: tuple[Path, list[Path]], tmp_path: Path) -> None:
    db, calls = warehouse
    build_if_changed(db)
    folder = _copy_of_seeds(tmp_path)
    first = sorted(folder.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n추가 투자 500억원이 확정됐다.\n", encoding="utf-8")
    load_paths(db, [folder], progress=False, workers=1)
    assert build_if_changed(db).mode == "dbt"
    assert len(calls) == 2


def test_a_reload_of_unchanged_files_keeps_the_build(warehouse: tuple[Path, list[Path]], tmp_path: Path) -> None:
    db, calls = warehouse
    build_if_changed(db)
    folder = _copy_of_seeds(tmp_path)
    (folder / "empty.txt").write_text("", encoding="utf-8")  # skipped again, with a new timestamp, every run
    load_paths(db, [folder], progress=False, workers=1)
    build_if_changed(db)  # the new skipped input is a change
    load_paths(db, [folder], progress=False, workers=1)
    assert build_if_changed(db).mode == "skipped"
    assert len(calls) == 2


def test_a_dropped_model_is_built_again(warehouse: tuple[Path, list[Path]]) -> None:
    db, calls = warehouse
    build_if_changed(db)
    con = duckdb.connect(str(db))
    con.execute("drop table main.fct_funding")
    con.close()
    assert build_if_changed(db).mode == "dbt"
    assert len(calls) == 2


def test_a_dbt_run_by_hand_since_the_last_build_means_building_again(
    warehouse: tuple[Path, list[Path]], tmp_path: Path
) -> None:
    db, calls = warehouse
    project = tmp_path / "dbt_project"
    shutil.copytree(etl.build.DBT_PROJECT_DIR, project, ignore=shutil.ignore_patterns("target", "logs"))
    build_if_changed(db, project_dir=project)
    assert build_if_changed(db, project_dir=project).mode == "skipped"
    (project / "target").mkdir()
    (project / "target" / "run_results.json").write_text("{}", encoding="utf-8")  # what `dbt build` leaves
    assert build_if_changed(db, project_dir=project).mode == "dbt"
    assert len(calls) == 2


def test_the_data_fingerprint_ignores_row_order_and_sees_any_changed_value(
    seeds_warehouse: Path, tmp_path: Path
) -> None:
    db = tmp_path / "w.duckdb"
    shutil.copy(seeds_warehouse, db)
    con = duckdb.connect(str(db))
    try:
        before = data_fingerprint(con)
        con.execute("create temp table shuffled as select * from staging.sentences order by random()")
        con.execute("delete from staging.sentences")
        con.execute("insert into staging.sentences select * from shuffled order by random()")
        assert data_fingerprint(con) == before
        con.execute("update staging.amount_mentions set amount_krw = amount_krw + 1 where mention_index = 0")
        assert data_fingerprint(con) != before
    finally:
        con.close()


def test_the_project_fingerprint_follows_the_project_files_and_not_what_dbt_writes(tmp_path: Path) -> None:
    project = tmp_path / "dbt_project"
    (project / "models").mkdir(parents=True)
    (project / "target").mkdir()
    model = project / "models" / "fct_x.sql"
    model.write_text("select 1 as x\n", encoding="utf-8")
    first = project_fingerprint(project)
    (project / "target" / "run_results.json").write_text("{}", encoding="utf-8")
    assert project_fingerprint(project) == first
    model.write_text("select 2 as x\n", encoding="utf-8")
    assert project_fingerprint(project) != first
