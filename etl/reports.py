"""Reports: run reports/*.sql against the warehouse and publish them as CSV (and charts).

Excel is the main reader, so files are UTF-8 with a BOM (Korean shows correctly), quoted as
RFC 4180 says, and text cells that a spreadsheet would run as a formula ('=', '+', '-', '@',
tab, CR) are prefixed with an apostrophe. A run is published atomically: everything is
written into a temporary folder that then takes the place of `<out>/<date>/`, and `latest/` is
swapped the same way, so a killed run leaves either the old complete set or the new one.
"""

from __future__ import annotations

import csv
import ctypes
import ctypes.util
import datetime as dt
import decimal
import hashlib
import io
import json
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from etl.paths import REPORTS_SQL_DIR

REPORT_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Report:
    name: str
    columns: list[str]
    rows: list[tuple[Any, ...]]


def report_queries(sql_dir: Path = REPORTS_SQL_DIR) -> dict[str, str]:
    """Report name → SQL. Names are plain identifiers, so no report can write outside its folder."""
    queries = {}
    for path in sorted(sql_dir.glob("*.sql")):
        if not REPORT_NAME.match(path.stem):
            raise ValueError(f"report file name {path.name!r} must be lower-case letters, digits and '_'")
        queries[path.stem] = path.read_text(encoding="utf-8")
    return queries


def run_reports(db_path: Path, as_of: dt.date, sql_dir: Path = REPORTS_SQL_DIR) -> list[Report]:
    """Every report's rows, read in one read-only connection (the as-of date is the SQL variable `as_of`)."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        con.execute("set variable as_of = ?::date", [as_of])
        out = []
        for name, sql in report_queries(sql_dir).items():
            cursor = con.execute(sql)
            out.append(Report(name, [d[0] for d in cursor.description], cursor.fetchall()))
        return out
    finally:
        con.close()


def neutralise(value: Any) -> Any:
    """A cell as written to CSV: text that starts like a formula is made inert."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def to_csv(report: Report) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([neutralise(c) for c in report.columns])
    for row in report.rows:
        writer.writerow([neutralise(v) for v in row])
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def warehouse_state(db_path: Path) -> dict[str, Any]:
    """What the reports were computed from, for the manifest."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        articles, last_loaded, versions = con.execute(
            "select count(*), max(loaded_at), string_agg(distinct parser_version, ',') from staging.articles"
        ).fetchone()
        revision = con.execute("select version_num from staging.alembic_version").fetchone()
    finally:
        con.close()
    return {
        "path": str(db_path),
        "articles": articles,
        "last_loaded_at": last_loaded.isoformat() if last_loaded else None,
        "parser_versions": versions,
        "schema_revision": revision[0] if revision else None,
    }


def write_reports(
    db_path: Path, out_dir: Path, as_of: dt.date | None = None, today: dt.date | None = None, charts: bool = True
) -> list[Path]:
    """Run every report, render the charts, and publish them to `<out>/<today>/` and `<out>/latest/`."""
    today = today or dt.date.today()
    as_of = as_of or today
    reports = run_reports(db_path, as_of)
    files = {f"{r.name}.csv": to_csv(r) for r in reports}
    if charts:
        from etl.charts import render_charts

        files.update(render_charts({r.name: r for r in reports}))
    manifest = {
        "generated_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "as_of": as_of.isoformat(),
        "warehouse": warehouse_state(db_path),
        "files": [
            {
                "file": name,
                "report": name.rsplit(".", 1)[0],
                "rows": next((len(r.rows) for r in reports if f"{r.name}.csv" == name), None),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
            for name, data in sorted(files.items())
        ],
    }
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    dated = publish(out_dir, today.isoformat(), files)
    publish(out_dir, "latest", files)
    return [dated / name for name in sorted(files) if name.endswith(".csv")]


def publish(out_dir: Path, folder: str, files: dict[str, bytes]) -> Path:
    """Write `files` into `<out_dir>/<folder>/` so that the folder is only ever complete."""
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", folder) or folder in (".", ".."):
        raise ValueError(f"invalid output folder name {folder!r}")
    out_dir = out_dir.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / folder
    staging = out_dir / f".{folder}.{uuid.uuid4().hex}.tmp"
    staging.mkdir()
    try:
        for name, data in files.items():
            path = (staging / name).resolve()
            if path.parent != staging.resolve():
                raise ValueError(f"report file {name!r} would be written outside {staging}")
            with path.open("wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        _swap_into_place(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # after a swap it holds the previous set
    return target


def _swap_into_place(new: Path, target: Path) -> None:
    """Make `new` appear at `target` in one step: exchange the two folders where the OS can."""
    if not target.exists():
        os.rename(new, target)
        return
    if _rename_exchange(new, target):
        return
    old = target.with_name(f".{target.name}.{uuid.uuid4().hex}.old")
    os.rename(target, old)  # fallback: a moment without `target`, never a half-written one
    os.rename(new, target)
    os.rename(old, new)


def _rename_exchange(a: Path, b: Path) -> bool:
    """Linux renameat2(RENAME_EXCHANGE): swap two paths atomically."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0
