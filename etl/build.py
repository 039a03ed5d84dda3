"""Run `dbt build` on the warehouse file, rebuilding per-article marts only for changed articles.

dbt runs in a child process: dbt-duckdb keeps its DuckDB connection open for the life of the
process, and DuckDB allows one writer per file, so an in-process build would lock the file
against the reports, the scorer and ad-hoc queries that follow.

The per-article marts are incremental: each successful build is recorded in
`staging.dbt_builds` with the newest `loaded_at` it covered and a fingerprint of the dbt
project's files. The next build's incremental marts read that time and rebuild only the
articles loaded since then (macros/changed_articles.sql); when the project changed (models,
macros, seeds) or no build is recorded, everything is rebuilt (`--full-refresh`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from etl.paths import DBT_PROJECT_DIR
from etl.schema import SCHEMA

# What decides the marts' contents besides the staging rows.
_PROJECT_PARTS = ("dbt_project.yml", "models", "macros", "seeds")


class BuildError(Exception):
    """dbt reported failing models or tests."""


def dbt_executable() -> str:
    beside = Path(sys.executable).parent / "dbt"
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


def project_fingerprint(project_dir: Path = DBT_PROJECT_DIR) -> str:
    """A hash of every file that shapes the marts: a change to any of them means a full rebuild."""
    digest = hashlib.sha256()
    for part in _PROJECT_PARTS:
        root = project_dir / part
        paths = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root] * root.is_file()
        for path in paths:
            digest.update(str(path.relative_to(project_dir)).encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _build_state(db_path: Path) -> tuple[tuple[str, dt.datetime | None] | None, dt.datetime | None]:
    """The last recorded build (fingerprint, newest load it covered), and the newest load now."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        last = con.execute(
            f"select project_fingerprint, articles_loaded_until from {SCHEMA}.dbt_builds order by built_at desc limit 1"
        ).fetchone()
        return last, con.execute(f"select max(loaded_at) from {SCHEMA}.articles").fetchone()[0]
    finally:
        con.close()


def _record_build(db_path: Path, fingerprint: str, loaded_until: dt.datetime | None, full_refresh: bool) -> None:
    con = duckdb.connect(str(db_path))
    try:
        con.execute(
            f"insert into {SCHEMA}.dbt_builds values (?, ?, ?, ?)",
            [dt.datetime.now().replace(microsecond=0), fingerprint, loaded_until, full_refresh],
        )
    finally:
        con.close()


def dbt_build(db_path: Path, quiet: bool = True, full_refresh: bool = False) -> bool:
    """Seeds, models and their tests against `db_path`; True when it was a full rebuild.

    Per-article marts are rebuilt only for articles loaded since the last recorded build,
    unless `full_refresh`, the project changed, or there is no such build.
    """
    fingerprint = project_fingerprint()
    last, loaded_until = _build_state(db_path)  # read before dbt starts: later loads wait for the lock
    args = build_args(last, fingerprint, full_refresh)
    _run_dbt(db_path, args, quiet)
    full = "--full-refresh" in args
    _record_build(db_path, fingerprint, loaded_until, full)
    return full


def build_args(last: tuple[str, dt.datetime | None] | None, fingerprint: str, full_refresh: bool) -> list[str]:
    """dbt arguments after the last recorded build (its project fingerprint and newest load time).

    An incremental build needs none: the marts read the last build's time from
    staging.dbt_builds themselves (dbt re-parses the whole project when a var changes).
    """
    if full_refresh or last is None or last[0] != fingerprint:
        return ["--full-refresh"]
    return []


def _run_dbt(db_path: Path, args: list[str], quiet: bool) -> None:
    env = {**os.environ, "WAREHOUSE_DB": str(db_path.resolve())}
    command = [dbt_executable(), "build", "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR)]
    if quiet:
        command += ["--quiet"]
    proc = subprocess.run(command + args, env=env, capture_output=quiet, text=True, check=False)
    if proc.returncode != 0:
        detail = (proc.stdout or "")[-4000:] if quiet else "see the output above"
        raise BuildError(f"dbt build failed (exit {proc.returncode}):\n{detail}")
