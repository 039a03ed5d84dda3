"""`warehouse`: migrate, load, build, report, run (all four), schedule, explain and sql.

Exit status: 0 when every input loaded, 3 when the run completed but some inputs were
skipped (each named with its reason), 1 on failure, 2 when the command line names what is not
there or not this warehouse's, 4 when --articles gives nothing to load (2 and 4: nothing written).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from etl.paths import DEFAULT_ARTICLES_DIR, PROJECT_ROOT, default_db_path
from etl.pipeline import EXIT_FAILED, EXIT_OK


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _columns(text: str) -> dict[str, str]:
    from etl.readers.tables import parse_columns

    try:
        return parse_columns(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _add_columns_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--columns", type=_columns, default=None, metavar="FIELD=COLUMN,...",
        help="which table columns (.csv/.xlsx) hold title, text, date, publisher and url, for tables "
        "the built-in mappings (BigKinds, crawler CSVs) do not know, e.g. 'title=헤드라인,text=기사 내용'",
    )  # fmt: skip


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", type=Path, default=None,
        help="warehouse file (default: $WAREHOUSE_DB or warehouse.duckdb in the project root)",
    )  # fmt: skip
    common.add_argument(
        "--wait", action="store_true",
        help="if another warehouse process is using the file, wait for it instead of failing at once",
    )  # fmt: skip
    articles = argparse.ArgumentParser(add_help=False)
    articles.add_argument(
        "--articles", type=Path, nargs="+", default=[DEFAULT_ARTICLES_DIR],
        help="folders or files of articles: .txt .html .jsonl .json .rss/.atom/.xml .csv/.tsv .xlsx .warc(.gz) "
        "(default: seeds/)",
    )  # fmt: skip
    articles.add_argument("--batch-size", type=int, default=None, help="articles per transaction (default 1000)")
    articles.add_argument("--verbose", action="store_true", help="print a line as each batch is committed")
    articles.add_argument("--workers", type=int, default=None, help="extraction processes (default: one per core)")
    reports = argparse.ArgumentParser(add_help=False)
    reports.add_argument(
        "--reports", "--out", dest="reports", type=Path, default=None,
        help="report output folder (default: reports/output/ for the project's warehouse.duckdb, "
        "<name>-reports/ beside any other warehouse)",
    )  # fmt: skip
    reports.add_argument("--as-of", type=_date, default=None, help="date for upcoming_milestones (default: today)")

    parser = argparse.ArgumentParser(prog="warehouse", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", parents=[common], help="create or upgrade the staging schema (Alembic)")
    _add_columns_option(
        sub.add_parser("load", parents=[common, articles], help="load articles into the staging tables")
    )
    force = argparse.ArgumentParser(add_help=False)
    force.add_argument(
        "--force", action="store_true",
        help="run dbt build even if the data and the dbt project are unchanged since the last build",
    )  # fmt: skip
    sub.add_parser("build", parents=[common, force], help="run dbt build (seeds, models, data tests)")
    report = sub.add_parser("report", parents=[common, reports], help="write the reports as CSV and charts")
    report.add_argument(
        "--force", action="store_true",
        help="rewrite the reports even if today's set was written from the same warehouse, queries and as-of date",
    )  # fmt: skip
    run = sub.add_parser("run", parents=[common, articles, reports], help="migrate, load, build and report")
    _add_columns_option(run)
    run.add_argument(
        "--force", action="store_true",
        help="run dbt build and rewrite the reports even if nothing they depend on changed",
    )  # fmt: skip
    sched = sub.add_parser("schedule", parents=[common, articles, reports], help="run the pipeline on a cron schedule")
    sched.add_argument("--cron", default="0 6 * * *", help="crontab expression (default: '0 6 * * *', daily 06:00)")
    sched.add_argument("--once", action="store_true", help="run one job now and exit with its status")
    sched.add_argument("--log", type=Path, default=PROJECT_ROOT / "logs" / "schedule.log", help="log file")
    explain = sub.add_parser("explain", help="show what is extracted from one input file, fact by fact")
    explain.add_argument("file", type=Path, help="an input file (any format `load` reads)")
    explain.add_argument(
        "--json", action="store_true",
        help="one JSON object per article: title, publisher, published_date, url, body and facts",
    )  # fmt: skip
    explain.add_argument(
        "--db", type=Path, default=None,
        help="also show, from this built warehouse, the initiative each of the file's initiatives resolved to and why",
    )  # fmt: skip
    _add_columns_option(explain)
    sql = sub.add_parser("sql", parents=[common], help="run a query and print it as a table")
    sql.add_argument("query", help='SQL, e.g. "select * from fct_funding"')
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    db = (getattr(args, "db", None) or default_db_path()).resolve()
    if getattr(args, "reports", False) is None:
        from etl.publish import WarehouseFiles

        args.reports = WarehouseFiles(db).default_reports
    try:
        return _dispatch(args, db)
    except BrokenPipeError:  # output piped into `head`: not a failure
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # the CLI's job is a clear message, not a traceback
        from etl.lock import busy_message
        from etl.preflight import MistakenRun

        if isinstance(exc, MistakenRun):
            print(f"warehouse {args.command}: {exc}", file=sys.stderr)
            return exc.status
        print(f"warehouse {args.command}: failed: {busy_message(str(exc)) or exc}", file=sys.stderr)
        return EXIT_FAILED


WRITING_COMMANDS = {"migrate", "load", "build", "report", "run"}


def _check(args: argparse.Namespace, db: Path) -> None:
    """What each command needs to be there (etl/preflight.py), before it takes the lock or writes."""
    from etl import preflight
    from etl.publish import WarehouseFiles

    if args.command in {"migrate", "load", "build", "run", "schedule"}:
        preflight.check_warehouse_folder(db)
    if args.command in {"load", "run"}:
        preflight.check_articles(args.articles)
    if args.command in {"report", "run", "schedule"}:
        preflight.check_reports_folder(args.reports.resolve(), db, WarehouseFiles(db).default_reports)
    if args.command in {"report", "sql"}:
        preflight.check_published(db)


def _dispatch(args: argparse.Namespace, db: Path) -> int:
    _check(args, db)
    if args.command in WRITING_COMMANDS:
        from etl.lock import command_name, exclusive

        with exclusive(db, wait=args.wait, command=command_name()):
            return _run_command(args, db)
    return _run_command(args, db)


def _run_command(args: argparse.Namespace, db: Path) -> int:
    from etl import migrate, pipeline

    if args.command == "migrate":
        from etl.publish import WarehouseFiles, prepare_work

        work = prepare_work(WarehouseFiles(db), args.wait)
        migrate.upgrade(work)
        print(f"staging schema is up to date in {work}; the next build publishes it to {db}")
        return EXIT_OK
    if args.command == "load":
        return pipeline.load(
            db, args.articles, batch_size=args.batch_size, verbose=args.verbose, workers=args.workers,
            columns=args.columns, wait=args.wait,
        )  # fmt: skip
    if args.command == "build":
        pipeline.build(db, force=args.force, wait=args.wait)
        return EXIT_OK
    if args.command == "report":
        pipeline.report(db, args.reports, args.as_of, force=args.force, wait=args.wait)
        return EXIT_OK
    if args.command == "run":
        return pipeline.run_all(
            db,
            args.articles,
            args.reports,
            args.as_of,
            batch_size=args.batch_size,
            verbose=args.verbose,
            workers=args.workers,
            force=args.force,
            columns=args.columns,
            wait=args.wait,
        )
    if args.command == "schedule":
        from etl.schedule import schedule

        return schedule(args.cron, db, args.articles, args.reports, args.log, once=args.once)
    if args.command == "explain":
        from etl.explain import explain_file, explain_json

        lines = explain_json(args.file, args.columns) if args.json else explain_file(args.file, args.columns, args.db)
        for line in lines:
            print(line)
        return EXIT_OK
    if args.command == "sql":
        from etl.lock import open_duckdb

        con = open_duckdb(db, read_only=True, wait=args.wait)
        try:
            con.sql(args.query).show(max_width=200, max_rows=200)
        finally:
            con.close()
        return EXIT_OK
    raise ValueError(f"unknown command {args.command}")


if __name__ == "__main__":
    sys.exit(main())
