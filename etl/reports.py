"""Run the report queries in reports/*.sql and write one CSV each."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
from pathlib import Path

import duckdb

from etl.paths import REPORTS_SQL_DIR


def report_queries(sql_dir: Path = REPORTS_SQL_DIR) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(sql_dir.glob("*.sql"))}


def write_reports(db_path: Path, out_dir: Path, today: dt.date | None = None) -> list[Path]:
    """Write `<out>/<date>/<report>.csv` and refresh `<out>/latest/` with the same files."""
    today = today or dt.date.today()
    dated = out_dir / today.isoformat()
    dated.mkdir(parents=True, exist_ok=True)
    written = []
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        for name, sql in report_queries().items():
            cursor = con.execute(sql)
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            target = dated / f"{name}.csv"
            tmp = target.with_suffix(".csv.tmp")
            with tmp.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(columns)
                writer.writerows(rows)
            os.replace(tmp, target)
            written.append(target)
    finally:
        con.close()
    latest = out_dir / "latest"
    staging = out_dir / ".latest.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(dated, staging)
    old = out_dir / ".latest.old"
    shutil.rmtree(old, ignore_errors=True)
    if latest.exists():
        latest.rename(old)
    staging.rename(latest)
    shutil.rmtree(old, ignore_errors=True)
    return written
