"""The published warehouse: the file analysts open changes only by one rename, after a build passed.

Every load and build writes a private work copy; a build that passes is then copied beside the
published file and renamed over it. So a reader never blocks a run (the run never opens the
published file), a run never blocks a reader, and a reader that opened the file before keeps
its view (the old file lives on, unnamed, while it is open) until it reconnects and sees the new
one. A run that fails or is killed leaves the published file as it was: its work stays in the
work copy, which the next run continues.

Beside the warehouse `<dir>/<name>.duckdb` (`--db`):
  <name>.duckdb                    published: what analysts open, read-only
  <name>.duckdb.lock               one warehouse command at a time (etl/lock.py)
  <name>-work/<name>.duckdb        the work copy, private to the pipeline; dbt's files beside it
  <name>-marts/<mart>.parquet      the marts as Parquet, published with the warehouse
The published file is written in an older DuckDB storage format (STORAGE_VERSION) so that the
DuckDB tools analysts have, which may be older than the pipeline's DuckDB, can open it.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from etl.lock import open_duckdb, to_stderr, wait_until_free
from etl.paths import DEFAULT_REPORTS_OUT, PROJECT_ROOT
from etl.queries import one_row

# DuckDB storage format 64, read by every DuckDB from 0.10 (February 2024) to today, where the
# pipeline's DuckDB would write its own newest (the DuckDB CLI 1.5 on PyPI cannot read 2.0's).
# A file keeps the format it was created with, whoever writes it later.
STORAGE_VERSION = "v1.0.0"
PROJECT_WAREHOUSE = PROJECT_ROOT / "warehouse.duckdb"  # its reports go to reports/output/
_COPY_CHUNK = 64 << 20


@dataclass(frozen=True)
class WarehouseFiles:
    """The files of one warehouse, all named after the published file (`--db`)."""

    published: Path

    @property
    def work_dir(self) -> Path:
        return self.published.with_name(f"{self.published.stem}-work")

    @property
    def work(self) -> Path:
        """Named as the published file: DuckDB names a file's catalog after it, and dbt's SQL names the catalog."""
        return self.work_dir / self.published.name

    @property
    def marts_dir(self) -> Path:
        return self.published.with_name(f"{self.published.stem}-marts")

    @property
    def incoming(self) -> Path:
        """The next published file while it is copied (same folder, so the rename is atomic)."""
        return self.published.with_name(self.published.name + ".incoming")

    @property
    def record(self) -> Path:
        """What was last published: the build it came from, and the published file's identity."""
        return self.work_dir / "published.json"

    @property
    def default_reports(self) -> Path:
        """reports/output/ for the project's own warehouse; `<name>-reports/` beside any other."""
        if self.published == PROJECT_WAREHOUSE.resolve():
            return DEFAULT_REPORTS_OUT
        return self.published.with_name(f"{self.published.stem}-reports")


def _quiet(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """No progress bar: DuckDB draws one on the terminal for long copies, noise in logs."""
    con.execute("set enable_progress_bar = false")
    return con


def _remove_file(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".wal")):
        leftover.unlink(missing_ok=True)


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def prepare_work(
    files: WarehouseFiles,
    wait: bool = False,
    echo: Callable[[str], None] = print,
    notice: Callable[[str], None] = to_stderr,
) -> Path:
    """The work copy, ready to write: created in STORAGE_VERSION, from the published file if there is one.

    The published file holds everything (staging tables too), so a missing work copy (first run
    after an upgrade, or deleted) is made again from it: nothing is reloaded. Also removes
    what a killed publish left, and waits for (or names) a program holding the work copy; what
    it waits for is told to `notice`.
    """
    _remove_file(files.incoming)
    if files.work.exists():
        wait_until_free(files.work, wait, notice)
        return files.work
    files.work_dir.mkdir(exist_ok=True)
    seeding = files.work.with_name(files.work.name + ".seeding")
    _remove_file(seeding)
    con = _quiet(duckdb.connect())
    try:
        con.execute(f"attach {_sql_text(str(seeding))} as work (storage_version '{STORAGE_VERSION}')")
        if files.published.exists():
            wait_until_free(files.published, wait, notice, read_only=True)
            echo(f"making the work copy {files.work} from {files.published} (once; runs write the work copy)")
            con.execute(f"attach {_sql_text(str(files.published))} as published (read_only)")
            con.execute("copy from database published to work")
        con.execute("detach work")
    finally:
        con.close()
    os.replace(seeding, files.work)
    return files.work


_STATE_FIELDS = ("built_at", "mode", "data_fingerprint", "project_fingerprint", "schema_revision")


def _work_state(work: Path) -> dict[str, str] | None:
    """The last build recorded in the work copy, and its schema revision; None before any build."""
    con = duckdb.connect(str(work), read_only=True)
    try:
        row = con.execute(
            "select b.built_at, b.mode, b.data_fingerprint, b.project_fingerprint, v.version_num "
            "from staging.builds b, staging.alembic_version v order by b.built_at desc limit 1"
        ).fetchone()
    except duckdb.CatalogException:
        return None
    finally:
        con.close()
    return None if row is None else dict(zip(_STATE_FIELDS, map(str, row), strict=True))


def _identity(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_ino, stat.st_size, stat.st_mtime_ns]


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_published(files: WarehouseFiles, state: dict[str, str]) -> bool:
    """The published file and the Parquet marts are those of this build, untouched since."""
    record = _read_json(files.record) or {}
    marts = _read_json(files.marts_dir / "manifest.json") or {}
    try:
        same_file = record.get("file") == _identity(files.published)
    except OSError:
        return False
    return same_file and record.get("build") == state and marts.get("build") == state


def _copy_durably(source: Path, target: Path) -> None:
    """Copy a file and flush it to disk; in the kernel (copy_file_range: a reflink where the file system can)."""
    with source.open("rb") as src, target.open("wb") as dst:
        size = os.fstat(src.fileno()).st_size
        copied = 0
        try:
            while copied < size:
                n = os.copy_file_range(src.fileno(), dst.fileno(), min(_COPY_CHUNK, size - copied))
                if n == 0:
                    break
                copied += n
        except OSError as exc:
            if exc.errno not in (errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL):
                raise
            src.seek(copied)
            dst.seek(copied)
            shutil.copyfileobj(src, dst, _COPY_CHUNK)
        os.fsync(dst.fileno())


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _parquet_select(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """The mart's columns, with 128-bit integers as DECIMAL(38,0): Parquet has no such integer,
    and DuckDB would write them as doubles, losing digits."""
    columns = con.execute(
        "select column_name, data_type from information_schema.columns "
        "where table_schema = 'main' and table_name = ? order by ordinal_position",
        [table],
    ).fetchall()
    parts = [
        f'cast("{name}" as decimal(38, 0)) as "{name}"' if kind in ("HUGEINT", "UHUGEINT") else f'"{name}"'
        for name, kind in columns
    ]
    return f'select {", ".join(parts)} from main."{table}"'


def export_marts(files: WarehouseFiles, folder: Path, state: dict[str, str]) -> None:
    """Every table of the work copy's `main` schema (the marts) as `<folder>/<table>.parquet`, with a
    manifest naming the published warehouse and the build they came from."""
    con = _quiet(duckdb.connect(str(files.work), read_only=True))
    try:
        tables = [
            name
            for (name,) in con.execute(
                "select table_name from information_schema.tables "
                "where table_schema = 'main' and table_type = 'BASE TABLE' order by table_name"
            ).fetchall()
        ]
        marts = []
        for table in tables:
            target = folder / f"{table}.parquet"
            con.execute(f"copy ({_parquet_select(con, table)}) to {_sql_text(str(target))} (format parquet)")
            (rows,) = one_row(con, f'select count(*) from main."{table}"')
            marts.append({"file": target.name, "mart": table, "rows": rows})
    finally:
        con.close()
    manifest = {"warehouse": str(files.published), "build": state, "files": marts}
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")


def publish(files: WarehouseFiles, echo: Callable[[str], None] = print) -> bool:
    """Publish the work copy's last build, unless it is published already; whether it was.

    Only called after a build passed (the work copy's marts are then those of its staging rows).
    The published file is replaced by one rename; the Parquet marts folder by one swap after it.
    """
    from etl.build import build_interrupted
    from etl.reports import publish_folder

    state = _work_state(files.work)
    if state is None or build_interrupted(files.work) or is_published(files, state):
        return False
    con = open_duckdb(files.work, read_only=False)
    try:
        con.execute("checkpoint")  # the file alone then holds every committed change
    finally:
        con.close()
    _copy_durably(files.work, files.incoming)
    os.replace(files.incoming, files.published)
    # A write-ahead log beside it belongs to the file just replaced (a read-write session, or a
    # killed writer of an older version): a reader opening the new file would replay it on top.
    files.published.with_name(files.published.name + ".wal").unlink(missing_ok=True)
    _fsync_folder(files.published.parent)
    publish_folder(files.marts_dir.parent, files.marts_dir.name, lambda folder: export_marts(files, folder, state))
    files.record.write_text(json.dumps({"build": state, "file": _identity(files.published)}), encoding="utf-8")
    echo(f"published {files.published} (and its marts as Parquet in {files.marts_dir})")
    return True
