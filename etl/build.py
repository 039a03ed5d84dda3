"""Build the marts from the staging tables: skip, replay, or run `dbt build`.

dbt runs in a child process: dbt-duckdb keeps its DuckDB connection open for the life of the
process, and DuckDB allows one writer per file, so an in-process build would lock the file
against the reports, the scorer and ad-hoc queries that follow.

A dbt build costs 10–15 s whatever the data (dbt's start-up and per-node work). Its result
depends only on the staging tables and the dbt project, so each successful build records a
fingerprint of both in `staging.builds`. The next build is
- skipped when both are unchanged, every model is still there, and dbt has not run since (by
  hand, or on another warehouse file: the models in this one may then come from other
  versions of the project);
- a replay (etl/replay.py) when only the data changed: the last dbt build's compiled SQL
  refills the marts and re-runs the data tests, in one transaction, in about a second;
- `dbt build` otherwise, with `force`, or when a dbt build was interrupted (killed): dbt
  rebuilds models one by one, so the marts may then be a mix of two builds.

Each warehouse file has its own dbt target and log folders (`dbt_dir`): two warehouses built at
once must not read each other's manifest, the source of the replay plan.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import duckdb

from etl.lock import busy_message, die_with_parent
from etl.paths import DBT_PROJECT_DIR
from etl.queries import one_row
from etl.replay import BuildPlan, DataTestFailure, plan_from_manifest, replay
from etl.staging_tables import ARTICLE_TABLE_NAMES, SCHEMA

# Folders dbt writes into; the rest of the project is what a build is made from.
_GENERATED = {"target", "logs", "dbt_packages"}
# What dbt's profile gives DuckDB (dbt_project/profiles.yml); larger work spills to disk.
REPLAY_MEMORY_LIMIT = "512MB"
# Schemas dbt builds into (dbt_project.yml): seeds, staging views, intermediate views, marts.
_BUILT_SCHEMAS = ("reference", "stg", "intermediate", "main")


class BuildError(Exception):
    """dbt reported failing models or tests, or a replay's data tests failed."""


@dataclass(frozen=True)
class BuildOutcome:
    mode: str  # "skipped", "replay" or "dbt"
    warnings: tuple[DataTestFailure, ...] = ()


# dbt-duckdb reads the warehouse path as a URL, so these cut it short ('a#b.duckdb' is 'a'), and
# dbt quotes the catalog name (the file name up to its first dot) without escaping '"'.
# A quote, a space or anything else is fine (dbt_project/macros/duckdb_catalog_names.sql).
_PATH_CHARS_DBT_CANNOT_USE = "?#;"
_CATALOG_CHARS_DBT_CANNOT_USE = '"'


def check_dbt_can_build(db_path: Path) -> None:
    """Refuse, naming the character, a warehouse file dbt would fail on with a cryptic error."""
    path = str(db_path.resolve())
    catalog = db_path.name.lstrip(".").split(".")[0]
    bad = sorted(
        {ch for ch in path if ch in _PATH_CHARS_DBT_CANNOT_USE} | set(catalog) & set(_CATALOG_CHARS_DBT_CANNOT_USE)
    )
    if bad:
        raise BuildError(
            f"dbt cannot build a warehouse whose path contains {' or '.join(repr(ch) for ch in bad)}: "
            f"rename or move {path}"
        )


def dbt_executable() -> str:
    beside = Path(sys.executable).parent / "dbt"
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


def dbt_dir(db_path: Path) -> Path:
    """dbt's target and log folders for this warehouse file, beside it."""
    return db_path.with_name(db_path.name + ".dbt")


def _interrupted_marker(db_path: Path) -> Path:
    return dbt_dir(db_path) / "build-in-progress"


def build_interrupted(db_path: Path) -> bool:
    """A dbt build of this file started and did not finish: its marts may be a mix of two builds."""
    return _interrupted_marker(db_path).exists()


def dbt_build(
    db_path: Path, quiet: bool = True, extra_args: list[str] | None = None, project_dir: Path = DBT_PROJECT_DIR
) -> None:
    """Seeds, models and their data tests, against `db_path` (passed to the profile as WAREHOUSE_DB).

    dbt's unit tests check model logic on fixed inputs, so, as dbt advises, they run in the
    test suite (tests/test_warehouse.py) rather than on every build of the data. dbt dies with
    this process: killed, it would go on writing the warehouse without holding its lock.
    """
    check_dbt_can_build(db_path)
    env = {**os.environ, "WAREHOUSE_DB": str(db_path.resolve())}
    folder = dbt_dir(db_path.resolve())
    args = [dbt_executable(), "build", "--project-dir", str(project_dir), "--profiles-dir", str(project_dir)]
    args += ["--target-path", str(folder / "target"), "--log-path", str(folder / "logs")]
    args += ["--exclude-resource-type", "unit_test"]
    if quiet:
        args += ["--quiet"]
    parent = os.getpid()
    proc = subprocess.run(
        args + (extra_args or []), env=env, capture_output=quiet, text=True, check=False,
        preexec_fn=lambda: die_with_parent(parent),
    )  # fmt: skip
    if proc.returncode != 0:
        output = (proc.stdout or "") + (proc.stderr or "")
        busy = busy_message(output)
        if busy:
            raise BuildError(busy)
        detail = output[-4000:] if quiet else "see the output above"
        raise BuildError(f"dbt build failed (exit {proc.returncode}):\n{detail}")


def project_fingerprint(project_dir: Path = DBT_PROJECT_DIR) -> str:
    """Every file of the dbt project (models, tests, macros, seeds, settings) and the dbt versions."""
    digest = hashlib.sha256(f"dbt-core {version('dbt-core')}, dbt-duckdb {version('dbt-duckdb')}\n".encode())
    for path in sorted(p for p in project_dir.rglob("*") if p.is_file()):
        relative = path.relative_to(project_dir)
        if relative.parts[0] in _GENERATED or relative.name.startswith("."):
            continue
        digest.update(f"{relative.as_posix()}\n".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def data_fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """Every row of the tables dbt reads: the article tables, and which inputs were skipped and why.

    An order-independent hash per table (the sum of its row hashes, which unlike their xor does
    not cancel out equal rows) with its row count; a skipped input's timestamp is left out, as
    the loader renews it on every run.
    """
    parts = [
        con.execute(f"select count(*), sum(hash(t)) from {SCHEMA}.{table} t").fetchone()
        for table in ARTICLE_TABLE_NAMES
    ]
    parts.append(
        con.execute(
            f"select count(*), sum(hash(source_path, file_name, reason)) from {SCHEMA}.skipped_inputs"
        ).fetchone()
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _expected_relations(project_dir: Path) -> set[str]:
    return {
        p.stem
        for folder in ("models", "seeds")
        for p in (project_dir / folder).rglob("*")
        if p.suffix in {".sql", ".csv"}
    }


def _models_intact(con: duckdb.DuckDBPyConnection, last_built_at: dt.datetime, project_dir: Path) -> bool:
    """Every model and seed is there, as the last build left them: dbt has not run since."""
    run_results = project_dir / "target" / "run_results.json"
    if run_results.exists() and dt.datetime.fromtimestamp(run_results.stat().st_mtime) > last_built_at:
        return False  # dbt has run since (by hand, or on another file): it may have built other models
    schemas = ", ".join(f"'{s}'" for s in _BUILT_SCHEMAS)
    present = {
        name for (name,) in con.execute(
            f"select table_name from information_schema.tables where table_schema in ({schemas})"
        ).fetchall()
    }  # fmt: skip
    return _expected_relations(project_dir) <= present  # a dropped model is rebuilt


def _replay_plan(con: duckdb.DuckDBPyConnection, project: str) -> BuildPlan | None:
    """The plan left by the last dbt build, if it built this very project into this file."""
    last_dbt = con.execute(
        f"select project_fingerprint, replay_plan from {SCHEMA}.builds where mode = 'dbt' "
        "order by built_at desc limit 1"
    ).fetchone()
    if last_dbt is None or last_dbt[0] != project or last_dbt[1] is None:
        return None
    plan = BuildPlan.from_json(last_dbt[1])
    (database,) = one_row(con, "select current_database()")
    return plan if plan.database == database else None


def _record(con: duckdb.DuckDBPyConnection, data: str, project: str, mode: str, plan: BuildPlan | None = None) -> None:
    con.execute(
        f"insert into {SCHEMA}.builds (built_at, data_fingerprint, project_fingerprint, mode, replay_plan) "
        "values (?, ?, ?, ?, ?)",
        [dt.datetime.now(), data, project, mode, plan.to_json() if plan else None],
    )


def _replay_build(db_path: Path, plan: BuildPlan, data: str, project: str) -> BuildOutcome:
    con = duckdb.connect(str(db_path), config={"memory_limit": REPLAY_MEMORY_LIMIT})
    try:
        con.execute("begin transaction")
        try:
            failing = replay(con, plan)
            errors = [f for f in failing if f.severity == "ERROR"]
            if errors:
                raise BuildError(
                    "data tests failed; the marts are left as the last build made them:\n"
                    + "\n".join(f"  {f}" for f in errors)
                )
            _record(con, data, project, "replay")
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    finally:
        con.close()
    return BuildOutcome("replay", tuple(failing))


def build_if_changed(db_path: Path, force: bool = False, project_dir: Path = DBT_PROJECT_DIR) -> BuildOutcome:
    """Skip, replay or run dbt (see the module's docstring); `force` always runs dbt."""
    project = project_fingerprint(project_dir)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        data = data_fingerprint(con)
        last = con.execute(
            f"select built_at, data_fingerprint, project_fingerprint from {SCHEMA}.builds "
            "order by built_at desc limit 1"
        ).fetchone()
        force = force or build_interrupted(db_path)
        intact = last is not None and _models_intact(con, last[0], project_dir)
        if not force and intact and last is not None and last[1:] == (data, project):
            return BuildOutcome("skipped")
        plan = _replay_plan(con, project) if intact and not force else None
    finally:
        con.close()
    if plan is not None:
        return _replay_build(db_path, plan, data, project)
    marker = _interrupted_marker(db_path)
    marker.parent.mkdir(exist_ok=True)
    marker.touch()
    dbt_build(db_path, project_dir=project_dir)
    con = duckdb.connect(str(db_path))
    try:
        _record(con, data, project, "dbt", plan_from_manifest(dbt_dir(db_path.resolve()) / "target" / "manifest.json"))
    finally:
        con.close()
    marker.unlink()
    return BuildOutcome("dbt")
