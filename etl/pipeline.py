"""The whole pipeline, as `warehouse run` and each scheduled run perform it.

`db` is always the published warehouse (`--db`); loads and builds write its work copy, and a
build that passes is published (etl/publish.py). Reports read the published file, or in a
run, the work copy it was just published from.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb

from etl.lock import to_stderr
from etl.paths import DBT_PROJECT_DIR
from etl.queries import one_row

# 2: the command line names what is not there or not its own (a --db in a missing folder, a
# reports folder of another warehouse, no published warehouse yet); 4: no articles to load (a
# missing or unreadable --articles, or one without article files). Both before anything is written.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SKIPPED, EXIT_NO_ARTICLES = 0, 1, 2, 3, 4
# The marts are the dbt project's models/marts/ folder: dimensions, then bridges, then facts.
MART_TABLES = tuple(
    sorted(
        (p.stem for p in (DBT_PROJECT_DIR / "models" / "marts").glob("*.sql")),
        key=lambda name: (("dim_", "bridge_", "fct_").index(name[: name.index("_") + 1]), name),
    )
)


def load(
    db: Path,
    articles: list[Path],
    echo: Callable[[str], None] = print,
    batch_size: int | None = None,
    verbose: bool = False,
    workers: int | None = None,
    columns: dict[str, str] | None = None,
    wait: bool = False,
    notice: Callable[[str], None] = to_stderr,
    keep_missing: bool = False,
) -> int:
    """Migrate, then load into the work copy; EXIT_SKIPPED when some inputs could not be loaded.

    Nothing is published: the loaded rows reach the published warehouse with the next build.
    With `wait`, a program holding the work copy is waited for, and `notice` told so.
    """
    from etl import migrate
    from etl.load import BATCH_SIZE, load_paths
    from etl.publish import WarehouseFiles, prepare_work

    work = prepare_work(WarehouseFiles(db), wait, echo, notice)
    migrate.upgrade(work)
    committed = 0

    def report_commit(n: int) -> None:
        nonlocal committed
        committed += n
        echo(f"  committed {committed} articles")

    result = load_paths(
        work, articles, progress=sys.stderr.isatty(), batch_size=batch_size or BATCH_SIZE,
        on_commit=report_commit if verbose else None, workers=workers, columns=columns,
        keep_missing=keep_missing,
    )  # fmt: skip
    echo(
        f"articles: {result.loaded} loaded, {result.replaced} replaced, {result.unchanged} unchanged, "
        f"{result.removed} removed (gone from the inputs given), {len(result.skipped)} skipped"
    )
    if result.missing_kept:
        echo(f"  kept {result.missing_kept} articles whose inputs are gone (--keep-missing)")
    for skipped in result.skipped:
        print(f"  skipped {skipped.source_path}: {skipped.reason}", file=sys.stderr)
    return EXIT_SKIPPED if result.skipped else EXIT_OK


def build(
    db: Path,
    echo: Callable[[str], None] = print,
    force: bool = False,
    wait: bool = False,
    notice: Callable[[str], None] = to_stderr,
) -> None:
    """Migrate, build the work copy (skipped if nothing changed, a replay if only the data did, else
    dbt build), then publish it unless the published warehouse already is this build."""
    from etl import migrate
    from etl.build import build_if_changed
    from etl.publish import WarehouseFiles, prepare_work, publish

    files = WarehouseFiles(db)
    work = prepare_work(files, wait, echo, notice)
    migrate.upgrade(work)
    outcome = build_if_changed(work, force=force)
    if outcome.mode == "dbt":
        echo("dbt build: models and tests passed")
    elif outcome.mode == "replay":
        echo(
            "build: only the data changed, so the last dbt build's compiled SQL refilled the marts "
            "and its data tests passed (--force runs dbt)"
        )
    else:
        echo("dbt build: skipped, the data and the dbt project are unchanged since the last build (--force runs it)")
    for warning in outcome.warnings:
        echo(f"  warning: {warning}")
    publish(files, echo)


def report(
    db: Path,
    out: Path,
    as_of: dt.date | None,
    echo: Callable[[str], None] = print,
    force: bool = False,
    wait: bool = False,
    source: Path | None = None,
    notice: Callable[[str], None] = to_stderr,
) -> None:
    """Write the reports of the published warehouse `db`, read from `source` (default: `db` itself);
    kept as they are when today's set was computed from the same inputs."""
    from etl.lock import wait_until_free
    from etl.reports import publish_reports

    source = source or db
    wait_until_free(source, wait, notice, read_only=True)
    published = publish_reports(source, out, as_of=as_of, force=force, warehouse=db)
    folder = published.csv_files[0].parent
    if published.kept:
        echo(
            f"reports: kept the {len(published.csv_files)} CSV files written at {published.generated_at} in {folder} "
            f"and {folder.parent / 'latest'}: the warehouse, the queries and the as-of date are unchanged "
            "(--force rewrites them)"
        )
        return
    echo(
        f"reports: {len(published.csv_files)} CSV files with charts and manifest.json in {folder} and {folder.parent / 'latest'}"
    )
    for path in published.csv_files:
        echo(f"  {path.name}")
    page = folder.parent / "latest" / "index.html"
    echo(f"  reports.xlsx (every report, a sheet each) and index.html (the briefing page: open {page})")


def mart_counts(db: Path) -> list[tuple[str, int]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [(t, one_row(con, f"select count(*) from main.{t}")[0]) for t in MART_TABLES]
    finally:
        con.close()


def run_all(
    db: Path,
    articles: list[Path],
    out: Path,
    as_of: dt.date | None = None,
    echo: Callable[[str], None] = print,
    batch_size: int | None = None,
    verbose: bool = False,
    workers: int | None = None,
    force: bool = False,
    columns: dict[str, str] | None = None,
    wait: bool = False,
    notice: Callable[[str], None] = to_stderr,
    keep_missing: bool = False,
) -> int:
    """Migrate, load, build, publish and report; the load's status (0, or 3 with skipped inputs).

    `force` runs dbt and rewrites the reports even when nothing they depend on changed. The
    reports are read from the work copy, just published: an analyst holding the published
    file open cannot delay them.
    """
    from etl.publish import WarehouseFiles

    work = WarehouseFiles(db).work
    status = load(
        db, articles, echo, batch_size=batch_size, verbose=verbose, workers=workers, columns=columns,
        keep_missing=keep_missing, wait=wait, notice=notice,
    )  # fmt: skip
    build(db, echo, force=force, wait=wait, notice=notice)
    report(db, out, as_of, echo, force=force, source=work, wait=wait, notice=notice)
    echo("rows per mart: " + ", ".join(f"{t} {n}" for t, n in mart_counts(work)))
    return status
