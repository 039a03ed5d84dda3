"""Shared fixtures: paths to the seeds and to ../shared (gold answers and scorer) when present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared (gold answers and scorer) is not beside this clone")
    return SHARED


@pytest.fixture(scope="session")
def seeds_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse built from seeds/ (migrate, load, dbt build), shared by the end-to-end tests that only read it."""
    from etl import migrate
    from etl.build import dbt_build
    from etl.load import load_paths

    db = tmp_path_factory.mktemp("seeds") / "warehouse.duckdb"
    migrate.upgrade(db)
    load_paths(db, [SEEDS], progress=False)
    dbt_build(db)
    return db
