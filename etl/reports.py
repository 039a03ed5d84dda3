"""Reports: run reports/*.sql against the warehouse and publish them as CSV (and charts).

Excel is the main reader, so files are UTF-8 with a BOM (Korean shows correctly), quoted as
RFC 4180 says, and text cells that a spreadsheet would run as a formula ('=', '+', '-', '@',
tab, CR) are prefixed with an apostrophe. A run is published atomically: everything is
written into a temporary folder that then takes the place of `<out>/<date>/`, and `latest/` is
swapped the same way, so a killed run leaves either the old complete set or the new one.
Rows are streamed from DuckDB to the files in chunks, so a report of millions of rows never
sits in memory whole.
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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import duckdb

from etl.paths import REPORTS_SQL_DIR
from etl.queries import one_row

REPORT_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FETCH_ROWS = 10_000  # rows per fetch while streaming a report to its file
REPORTS_MEMORY_LIMIT = "512MB"  # DuckDB spills larger sorts to disk
# The code that writes a report set is part of what the set is made from.
_OUTPUT_MODULES = tuple(
    Path(__file__).with_name(m)
    for m in ("charts.py", "workbook.py", "briefing.py", "briefing.html.j2", "won.py", "report_catalog.py")
)


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
    con = _connect(db_path, as_of)
    try:
        out = []
        for name, sql in report_queries(sql_dir).items():
            cursor = con.execute(sql)
            out.append(Report(name, [d[0] for d in cursor.description], cursor.fetchall()))
        return out
    finally:
        con.close()


def _connect(db_path: Path, as_of: dt.date) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(db_path), read_only=True, config={"memory_limit": REPORTS_MEMORY_LIMIT})
    con.execute("set variable as_of = ?::date", [as_of])
    return con


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


def write_csv(out: Any, columns: list[str], rows: Iterable[tuple[Any, ...]]) -> int:
    """Write a header and rows to a text file opened with newline=''; the number of rows."""
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    out.write("\ufeff")
    writer.writerow([neutralise(c) for c in columns])
    count = 0
    for row in rows:
        writer.writerow([neutralise(v) for v in row])
        count += 1
    return count


def to_csv(report: Report) -> bytes:
    buffer = io.StringIO(newline="")
    write_csv(buffer, report.columns, report.rows)
    return buffer.getvalue().encode("utf-8")


def _fetch_in_chunks(cursor: duckdb.DuckDBPyConnection) -> Iterable[tuple[Any, ...]]:
    while chunk := cursor.fetchmany(FETCH_ROWS):
        yield from chunk


def _stream_reports(
    db_path: Path, as_of: dt.date, folder: Path, keep: dict[str, tuple[str, ...]], sql_dir: Path
) -> tuple[dict[str, int], dict[str, Report]]:
    """Write each report to `<folder>/<name>.csv`; rows per report, and the columns in `keep` of
    the reports named there (distinct rows only, in first-seen order) for the charts."""
    counts: dict[str, int] = {}
    kept: dict[str, Report] = {}
    con = _connect(db_path, as_of)
    try:
        for name, sql in report_queries(sql_dir).items():
            cursor = con.execute(sql)
            columns = [d[0] for d in cursor.description]
            rows = _fetch_in_chunks(cursor)
            if name in keep:
                wanted = keep[name] or tuple(columns)
                picked: dict[tuple[Any, ...], None] = {}
                rows = _noting(rows, [columns.index(c) for c in wanted], picked)
            with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as f:
                counts[name] = write_csv(f, columns, rows)
            if name in keep:
                kept[name] = Report(name, list(wanted), list(picked))
    finally:
        con.close()
    return counts, kept


def _noting(
    rows: Iterable[tuple[Any, ...]], positions: list[int], picked: dict[tuple[Any, ...], None]
) -> Iterable[tuple[Any, ...]]:
    for row in rows:
        picked[tuple(row[i] for i in positions)] = None
        yield row


def warehouse_state(db_path: Path, warehouse: Path | None = None) -> dict[str, Any]:
    """What the reports were computed from, for the manifest: the published `warehouse` (default:
    `db_path`, the file read), its last build, articles, last load and schema revision."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        articles, last_loaded, versions = one_row(
            con, "select count(*), max(loaded_at), string_agg(distinct parser_version, ',') from staging.articles"
        )
        revision = con.execute("select version_num from staging.alembic_version").fetchone()
        (built_at,) = one_row(con, "select max(built_at) from staging.builds")
    finally:
        con.close()
    return {
        "path": str(warehouse or db_path),
        "built_at": built_at.isoformat() if built_at else None,
        "articles": articles,
        "last_loaded_at": last_loaded.isoformat() if last_loaded else None,
        "parser_versions": versions,
        "schema_revision": revision[0] if revision else None,
    }


def inputs_fingerprint(db_path: Path, as_of: dt.date, charts: bool, sql_dir: Path = REPORTS_SQL_DIR) -> str:
    """Everything a set of reports is computed from, so that an unchanged set need not be written again.

    The marts and seeds row by row (an order-independent hash per table, as for builds), the
    staging rows the stg views read, the dbt project (the views' SQL), the report queries, the
    as-of date, whether charts are drawn, and the code and library versions that write them.
    """
    from etl.build import data_fingerprint, project_fingerprint

    con = duckdb.connect(str(db_path), read_only=True)
    try:
        parts: list[Any] = [data_fingerprint(con)]
        tables = con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_type = 'BASE TABLE' and table_schema in ('main', 'reference') order by all"
        ).fetchall()
        for schema, name in tables:
            rows = one_row(con, f'select count(*), sum(hash(t)) from "{schema}"."{name}" t')
            parts.append((schema, name, *rows))
    finally:
        con.close()
    parts += [project_fingerprint(), sorted(report_queries(sql_dir).items()), as_of.isoformat(), charts]
    parts += [version(library) for library in ("duckdb", "xlsxwriter", "jinja2", "fonttools")]
    parts += [version("matplotlib") if charts else None]
    page_queries = sorted((sql_dir / "briefing").glob("*.sql"))  # the briefing page's own queries
    parts += [
        hashlib.sha256(path.read_bytes()).hexdigest() for path in (Path(__file__), *_OUTPUT_MODULES, *page_queries)
    ]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


@dataclass(frozen=True)
class PublishedReports:
    csv_files: list[Path]  # in `<out>/<today>/`
    generated_at: str
    kept: bool  # the set already published today came from the same inputs, and was left as it was


def publish_reports(
    db_path: Path,
    out_dir: Path,
    as_of: dt.date | None = None,
    today: dt.date | None = None,
    charts: bool = True,
    force: bool = False,
    warehouse: Path | None = None,
) -> PublishedReports:
    """Write the reports, unless today's set and `latest/` already hold them, intact, for the same inputs.

    Re-running the pipeline on an unchanged warehouse then costs a fingerprint, not a rewrite
    of every file; `force` rewrites them anyway. `warehouse` is the published file the manifest
    names, when `db_path` is a copy of it.
    """
    today = today or dt.date.today()
    as_of = as_of or today
    fingerprint = inputs_fingerprint(db_path, as_of, charts)
    out_dir = out_dir.resolve()
    dated = None if force else _intact_manifest(out_dir / today.isoformat(), fingerprint)
    if dated is not None and _intact_manifest(out_dir / "latest", fingerprint) == dated:
        return PublishedReports(sorted((out_dir / today.isoformat()).glob("*.csv")), dated["generated_at"], True)
    written = write_reports(db_path, out_dir, as_of, today, charts, fingerprint=fingerprint, warehouse=warehouse)
    manifest = json.loads((written[0].parent / "manifest.json").read_text(encoding="utf-8"))
    return PublishedReports(written, manifest["generated_at"], False)


def _intact_manifest(folder: Path, fingerprint: str) -> dict[str, Any] | None:
    """The folder's manifest, if it was written from these inputs and its files are exactly those it lists."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        listed = {f["file"]: f["sha256"] for f in manifest["files"]}
        present = {p.name for p in folder.iterdir()} - {"manifest.json"}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if manifest.get("inputs_fingerprint") != fingerprint or set(listed) != present:
        return None
    if any(_sha256(folder / name) != digest for name, digest in listed.items()):
        return None  # a file edited or replaced by hand since
    return manifest


def write_reports(
    db_path: Path,
    out_dir: Path,
    as_of: dt.date | None = None,
    today: dt.date | None = None,
    charts: bool = True,
    fingerprint: str | None = None,
    warehouse: Path | None = None,
) -> list[Path]:
    """Run every report, render the charts, and publish them to `<out>/<today>/` and `<out>/latest/`."""
    today = today or dt.date.today()
    as_of = as_of or today
    state = warehouse_state(db_path, warehouse)
    fingerprint = fingerprint or inputs_fingerprint(db_path, as_of, charts)

    def fill(folder: Path) -> None:
        from etl.briefing import BRIEFING_FILE, write_briefing
        from etl.charts import CHART_COLUMNS, render_charts
        from etl.workbook import WORKBOOK_FILE, workbook_alongside

        run = {
            "generated_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "as_of": as_of.isoformat(),
            "warehouse": state,
            "inputs_fingerprint": fingerprint,
        }
        with workbook_alongside(folder / WORKBOOK_FILE, db_path, as_of, run) as workbook:
            counts, kept = _stream_reports(db_path, as_of, folder, CHART_COLUMNS if charts else {}, REPORTS_SQL_DIR)
            for name, data in (render_charts(kept) if charts else {}).items():
                _write_file(folder / name, data)
            with _connected(db_path, as_of) as con:
                write_briefing(folder / BRIEFING_FILE, con, run, charts_dir=folder)
            workbook.result()
        manifest = {
            **run,
            "files": [
                {
                    "file": path.name,
                    "report": path.stem,
                    "rows": counts.get(path.stem) if path.suffix == ".csv" else None,
                    "sha256": _sha256(path),
                }
                for path in sorted(folder.iterdir())
            ],
        }
        _write_file(folder / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))

    dated = publish_folder(out_dir, today.isoformat(), fill)
    publish_folder(out_dir, "latest", lambda folder: _copy_files(dated, folder))
    return sorted(dated.glob("*.csv"))


@contextmanager
def _connected(db_path: Path, as_of: dt.date) -> Iterator[duckdb.DuckDBPyConnection]:
    con = _connect(db_path, as_of)
    try:
        yield con
    finally:
        con.close()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _write_file(path: Path, data: bytes) -> None:
    with path.open("wb") as f:
        f.write(data)


def _copy_files(source: Path, folder: Path) -> None:
    for path in sorted(source.iterdir()):
        shutil.copyfile(path, folder / path.name)


def publish(out_dir: Path, folder: str, files: dict[str, bytes]) -> Path:
    """Write `files` into `<out_dir>/<folder>/` so that the folder is only ever complete."""

    def fill(staging: Path) -> None:
        for name, data in files.items():
            path = (staging / name).resolve()
            if path.parent != staging.resolve():
                raise ValueError(f"report file {name!r} would be written outside {staging}")
            _write_file(path, data)

    return publish_folder(out_dir, folder, fill)


def publish_folder(out_dir: Path, folder: str, fill: Callable[[Path], None]) -> Path:
    """Let `fill` write a temporary folder, make its files durable, then swap it in as `<out_dir>/<folder>/`."""
    # One path component (a warehouse's marts folder takes its file's name, whatever it is, a
    # hidden '.w-marts' or a backslash included): never empty, '.', '..', or holding '/' or NUL.
    if folder in ("", ".", "..") or "/" in folder or "\0" in folder:
        raise ValueError(f"invalid output folder name {folder!r}")
    out_dir = out_dir.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(out_dir)
    target = out_dir / folder
    staging = out_dir / f".{folder}.{os.getpid()}.{uuid.uuid4().hex}.tmp"
    staging.mkdir()
    try:
        fill(staging)
        for path in staging.iterdir():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _swap_into_place(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # after a swap it holds the previous set
    return target


# A publishing run's temporary folders: `.<folder>.<pid>.<uuid>.tmp` (and `.old` while swapping).
_TEMPORARY = re.compile(r"^\..+?\.(?:(?P<pid>[0-9]+)\.)?[0-9a-f]{32}\.(?:tmp|old)$")


def _remove_leftovers(out_dir: Path) -> None:
    """Remove the temporary folders of publishing runs that were killed: their process is gone."""
    for entry in out_dir.iterdir():
        found = _TEMPORARY.match(entry.name)
        if found and not (found["pid"] and _alive(int(found["pid"]))):
            shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _swap_into_place(new: Path, target: Path) -> None:
    """Make `new` appear at `target` in one step: exchange the two folders where the OS can."""
    if not target.exists():
        os.rename(new, target)
        return
    if _rename_exchange(new, target):
        return
    old = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex}.old")
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
