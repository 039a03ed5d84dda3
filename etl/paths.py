"""Where the project's parts live, so the CLI works from any working directory."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
REFERENCE_DIR = DBT_PROJECT_DIR / "seeds"
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
REPORTS_SQL_DIR = PROJECT_ROOT / "reports"

DEFAULT_ARTICLES_DIR = PROJECT_ROOT / "seeds"
DEFAULT_REPORTS_OUT = PROJECT_ROOT / "reports" / "output"


def default_db_path() -> Path:
    """The warehouse file: `WAREHOUSE_DB` if set, else `warehouse.duckdb` in the project root."""
    return Path(os.environ.get("WAREHOUSE_DB") or PROJECT_ROOT / "warehouse.duckdb")
