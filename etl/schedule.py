"""`warehouse schedule`: run the pipeline on a cron schedule (APScheduler), logging every run.

A failed run is logged with its traceback and the schedule goes on; `--once` runs one job now
and exits with its status (for testing, or for a crontab / systemd timer that owns the timing).
"""

from __future__ import annotations

import datetime as dt
import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from etl.lock import exclusive
from etl.pipeline import EXIT_FAILED, run_all

log = logging.getLogger("warehouse.schedule")


def configure_logging(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
    file_handler = RotatingFileHandler(log_file, maxBytes=5_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(formatter)
    console = logging.StreamHandler()
    console.setFormatter(formatter)
    log.handlers[:] = [file_handler, console]
    log.setLevel(logging.INFO)
    log.propagate = False


def run_job(db: Path, articles: list[Path], out: Path, as_of: dt.date | None = None) -> int:
    """One scheduled run; never raises, so the scheduler keeps going after a failure."""
    from etl.preflight import MistakenRun, check_articles, check_warehouse_folder

    log.info("run started: db=%s articles=%s", db, ", ".join(map(str, articles)))
    try:
        check_warehouse_folder(db)
        check_articles(articles)  # a folder that went missing since the last run changes nothing
        with exclusive(db, wait=True, echo=log.info, command="warehouse schedule"):  # a manual run delays this one
            status = run_all(db, articles, out, as_of, echo=log.info, wait=True, notice=log.info)
    except MistakenRun as exc:
        log.error("run failed: %s", exc)
        return exc.status
    except Exception:
        log.exception("run failed")
        return EXIT_FAILED
    log.info("run finished with status %d", status)
    return status


def schedule(cron: str, db: Path, articles: list[Path], out: Path, log_file: Path, once: bool = False) -> int:
    from apscheduler.schedulers.blocking import BlockingScheduler
    from apscheduler.triggers.cron import CronTrigger

    configure_logging(log_file)
    trigger = CronTrigger.from_crontab(cron)  # validates the expression before anything runs
    if once:
        return run_job(db, articles, out)
    scheduler = BlockingScheduler()
    scheduler.add_job(
        run_job,
        trigger,
        args=[db, articles, out],
        max_instances=1,
        coalesce=True,
        misfire_grace_time=3600,
        id="warehouse-run",
    )
    log.info("scheduled '%s'; next run at %s", cron, trigger.get_next_fire_time(None, dt.datetime.now().astimezone()))
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        log.info("scheduler stopped")
    return 0
