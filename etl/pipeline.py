"""The whole pipeline, as `warehouse run` and each scheduled run perform it."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb

from etl.paths import DBT_PROJECT_DIR

EXIT_OK, EXIT_FAILED, EXIT_SKIPPED = 0, 1, 3
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
) -> int:
    """Migrate, then load; EXIT_SKIPPED when some inputs could not be loaded."""
    from etl import migrate
    from etl.load import BATCH_SIZE, load_paths

    migrate.upgrade(db)
    committed = 0

    def report_commit(n: int) -> None:
        nonlocal committed
        committed += n
        echo(f"  committed {committed} articles")

    result = load_paths(
        db, articles, progress=sys.stderr.isatty(), batch_size=batch_size or BATCH_SIZE,
        on_commit=report_commit if verbose else None, workers=workers, columns=columns,
    )  # fmt: skip
    echo(
        f"articles: {result.loaded} loaded, {result.replaced} replaced, {result.unchanged} unchanged, "
        f"{len(result.skipped)} skipped"
    )
    for skipped in result.skipped:
        print(f"  skipped {skipped.source_path}: {skipped.reason}", file=sys.stderr)
    return EXIT_SKIPPED if result.skipped else EXIT_OK


def build(db: Path, echo: Callable[[str], None] = print, force: bool = False) -> None:
    """Migrate, then build: skipped if nothing changed, a replay if only the data did, else dbt build."""
    from etl import migrate
    from etl.build import build_if_changed

    migrate.upgrade(db)
    outcome = build_if_changed(db, force=force)
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


def report(
    db: Path, out: Path, as_of: dt.date | None, echo: Callable[[str], None] = print, force: bool = False
) -> None:
    """Write the reports; kept as they are when today's set was computed from the same inputs."""
    from etl.reports import publish_reports

    published = publish_reports(db, out, as_of=as_of, force=force)
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
        return [(t, con.execute(f"select count(*) from main.{t}").fetchone()[0]) for t in MART_TABLES]
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
) -> int:
    """Migrate, load, build and report; the load's status (0, or 3 with skipped inputs).

    `force` runs dbt and rewrites the reports even when nothing they depend on changed.
    """
    status = load(db, articles, echo, batch_size=batch_size, verbose=verbose, workers=workers, columns=columns)
    build(db, echo, force=force)
    report(db, out, as_of, echo, force=force)
    echo("rows per mart: " + ", ".join(f"{t} {n}" for t, n in mart_counts(db)))
    return status
