"""Run `dbt build` on the warehouse file.

dbt runs in a child process: dbt-duckdb keeps its DuckDB connection open for the life of the
process, and DuckDB allows one writer per file, so an in-process build would lock the file
against the reports, the scorer and ad-hoc queries that follow.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from etl.paths import DBT_PROJECT_DIR


class BuildError(Exception):
    """dbt reported failing models or tests."""


def dbt_executable() -> str:
    beside = Path(sys.executable).parent / "dbt"
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


def dbt_build(db_path: Path, quiet: bool = True, extra_args: list[str] | None = None) -> None:
    """Seeds, models and their data tests, against `db_path` (passed to the profile as WAREHOUSE_DB).

    dbt's unit tests check model logic on fixed inputs, so, as dbt advises, they run in the
    test suite (tests/test_warehouse.py) rather than on every build of the data.
    """
    env = {**os.environ, "WAREHOUSE_DB": str(db_path.resolve())}
    args = [dbt_executable(), "build", "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR)]
    args += ["--exclude-resource-type", "unit_test"]
    if quiet:
        args += ["--quiet"]
    proc = subprocess.run(args + (extra_args or []), env=env, capture_output=quiet, text=True, check=False)
    if proc.returncode != 0:
        detail = (proc.stdout or "")[-4000:] if quiet else "see the output above"
        raise BuildError(f"dbt build failed (exit {proc.returncode}):\n{detail}")
