"""Incremental marts: a build after a load rebuilds only changed articles, and gets what a full rebuild gets."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pytest

from etl import migrate
from etl.build import build_args, dbt_build, project_fingerprint
from etl.load import load_paths

from .conftest import SEEDS

INCREMENTAL_MARTS = (
    "dim_article",
    "bridge_article_region",
    "bridge_article_institution",
    "bridge_article_initiative",
    "fct_funding",
    "fct_milestone",
)


def test_first_build_is_a_full_rebuild() -> None:
    assert build_args(None, "abc", full_refresh=False) == ["--full-refresh"]


def test_a_changed_dbt_project_means_a_full_rebuild() -> None:
    assert build_args(("old", dt.datetime(2026, 1, 1)), "new", full_refresh=False) == ["--full-refresh"]


def test_an_unchanged_project_builds_incrementally() -> None:
    assert build_args(("abc", dt.datetime(2026, 1, 2, 3, 4, 5)), "abc", full_refresh=False) == []


def test_asking_for_a_full_rebuild_gets_one() -> None:
    assert build_args(("abc", dt.datetime(2026, 1, 1)), "abc", full_refresh=True) == ["--full-refresh"]


def test_the_fingerprint_follows_the_project_files(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "dbt_project.yml").write_text("name: x\n")
    (tmp_path / "models" / "a.sql").write_text("select 1\n")
    before = project_fingerprint(tmp_path)
    assert project_fingerprint(tmp_path) == before
    (tmp_path / "models" / "a.sql").write_text("select 2\n")
    assert project_fingerprint(tmp_path) != before


def _marts(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(con.execute(f"select * from main.{t}").fetchall(), key=repr) for t in INCREMENTAL_MARTS}
    finally:
        con.close()


@pytest.mark.e2e
def test_an_incremental_build_gets_what_a_full_rebuild_gets(tmp_path: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in seeds[:3]:
        shutil.copy(path, articles / path.name)
    db = tmp_path / "w.duckdb"
    migrate.upgrade(db)
    load_paths(db, [articles], progress=False)
    assert dbt_build(db) is True  # nothing recorded yet
    first_title = _title(db, seeds[0].name)

    for path in seeds[3:]:  # two new articles
        shutil.copy(path, articles / path.name)
    replaced = articles / seeds[0].name  # and one whose text is now another story, with other facts
    replaced.write_text(seeds[4].read_text(encoding="utf-8").replace("울산", "부산"), encoding="utf-8")
    load_paths(db, [articles], progress=False)

    assert dbt_build(db) is False  # only the three changed articles were rebuilt
    incremental = _marts(db)
    assert len(incremental["dim_article"]) == 5
    assert _title(db, seeds[0].name) != first_title
    assert dbt_build(db, full_refresh=True) is True
    assert incremental == _marts(db)


def _title(db: Path, file_name: str) -> str:
    con = duckdb.connect(str(db), read_only=True)
    try:
        [(title,)] = con.execute("select title from main.dim_article where file_name = ?", [file_name]).fetchall()
        return title
    finally:
        con.close()
