"""`warehouse`: migrate, load, build, report, run (all four), explain and sql.

Exit status: 0 when every input loaded, 3 when the run completed but some inputs were
skipped (each named with its reason), 1 on failure.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

from etl.paths import DEFAULT_ARTICLES_DIR, DEFAULT_REPORTS_OUT, default_db_path

EXIT_OK, EXIT_FAILED, EXIT_SKIPPED = 0, 1, 3
MART_TABLES = (
    "dim_article",
    "dim_region",
    "dim_institution",
    "dim_initiative",
    "bridge_article_region",
    "bridge_article_institution",
    "bridge_initiative_institution",
    "fct_funding",
    "fct_milestone",
)


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=None,
        help="warehouse file (default: $WAREHOUSE_DB or warehouse.duckdb in the project root)",
    )
    parser = argparse.ArgumentParser(prog="warehouse", description=__doc__.splitlines()[0], parents=[common])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", parents=[common], help="create or upgrade the staging schema (Alembic)")
    load = sub.add_parser("load", parents=[common], help="load articles into the staging tables")
    load.add_argument(
        "--articles",
        type=Path,
        nargs="+",
        default=[DEFAULT_ARTICLES_DIR],
        help="folders or files of .txt/.html/.jsonl articles (default: seeds/)",
    )
    sub.add_parser("build", parents=[common], help="run dbt build (seeds, models, tests)")
    report = sub.add_parser("report", parents=[common], help="write the reports as CSV")
    report.add_argument(
        "--reports",
        "--out",
        dest="reports",
        type=Path,
        default=DEFAULT_REPORTS_OUT,
        help="output folder (default: reports/output/)",
    )
    run = sub.add_parser("run", parents=[common], help="migrate, load, build and report")
    run.add_argument("--articles", type=Path, nargs="+", default=[DEFAULT_ARTICLES_DIR])
    run.add_argument("--reports", type=Path, default=DEFAULT_REPORTS_OUT)
    explain = sub.add_parser("explain", help="show what is extracted from one input file, fact by fact")
    explain.add_argument("file", type=Path, help="a .txt, .html or .jsonl input")
    sql = sub.add_parser("sql", parents=[common], help="run a query and print it as a table")
    sql.add_argument("query", help='SQL, e.g. "select * from fct_funding"')
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    db = (args.db or default_db_path()).resolve()
    try:
        return _dispatch(args, db)
    except BrokenPipeError:  # output piped into `head`: not a failure
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # the CLI's job is a clear message, not a traceback
        print(f"warehouse {args.command}: failed: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _dispatch(args: argparse.Namespace, db: Path) -> int:
    from etl import migrate

    if args.command == "migrate":
        migrate.upgrade(db)
        print(f"staging schema is up to date in {db}")
        return EXIT_OK
    if args.command == "load":
        migrate.upgrade(db)
        return _load(db, args.articles)
    if args.command == "build":
        _build(db)
        return EXIT_OK
    if args.command == "report":
        _report(db, args.reports)
        return EXIT_OK
    if args.command == "run":
        migrate.upgrade(db)
        status = _load(db, args.articles)
        _build(db)
        _report(db, args.reports)
        _summarise_marts(db)
        return status
    if args.command == "explain":
        from etl.explain import explain_file

        for line in explain_file(args.file):
            print(line)
        return EXIT_OK
    if args.command == "sql":
        con = duckdb.connect(str(db), read_only=True)
        try:
            con.sql(args.query).show(max_width=200, max_rows=200)
        finally:
            con.close()
        return EXIT_OK
    raise ValueError(f"unknown command {args.command}")


def _load(db: Path, articles: list[Path]) -> int:
    from etl.load import load_paths

    result = load_paths(db, articles, progress=sys.stderr.isatty())
    print(
        f"articles: {result.loaded} loaded, {result.replaced} replaced, {result.unchanged} unchanged, "
        f"{len(result.skipped)} skipped"
    )
    for skipped in result.skipped:
        print(f"  skipped {skipped.source_path}: {skipped.reason}", file=sys.stderr)
    return EXIT_SKIPPED if result.skipped else EXIT_OK


def _build(db: Path) -> None:
    from etl.build import dbt_build

    dbt_build(db)
    print("dbt build: models and tests passed")


def _report(db: Path, out: Path) -> None:
    from etl.reports import write_reports

    written = write_reports(db, out)
    print(f"reports: {len(written)} written to {written[0].parent if written else out} (and {out / 'latest'})")
    for path in written:
        print(f"  {path.name}")


def _summarise_marts(db: Path) -> None:
    con = duckdb.connect(str(db))
    try:
        counts = [(t, con.execute(f"select count(*) from main.{t}").fetchone()[0]) for t in MART_TABLES]
    finally:
        con.close()
    print("rows per mart: " + ", ".join(f"{t} {n}" for t, n in counts))


if __name__ == "__main__":
    sys.exit(main())
