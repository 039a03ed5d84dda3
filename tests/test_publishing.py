"""The published warehouse: readers and runs never block each other, a killed or mistaken run
changes nothing analysts see, and the file opens in the DuckDB CLI analysts install.

Every case runs the `warehouse` command in its own process, with readers in processes of their own.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from etl.build import data_fingerprint, dbt_dir
from etl.lock import busy_message, lock_path
from etl.paths import DBT_PROJECT_DIR
from etl.preflight import article_problem
from etl.publish import STORAGE_VERSION, WarehouseFiles
from etl.reports import publish_folder

from .conftest import SEEDS

CLI = str(Path(sys.executable).parent / "warehouse")
DUCKDB_CLI = (
    Path(sys.executable).parent / "duckdb"
)  # the dev dependency duckdb-cli: what `pip install duckdb-cli` gives
SEED_FILES = sorted(SEEDS.glob("*.txt"))
STORAGE_FORMAT_NUMBERS = {"v1.0.0": 64}  # the number DuckDB writes in a file's header for each format


def _cli(*args: object, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def _tree(root: Path) -> dict[str, str]:
    """Every file under `root` with its sha256: what a command must leave byte-identical."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _new_warehouse(root: Path, articles: int = 3) -> tuple[Path, Path]:
    """A warehouse built by `warehouse run` from the first seed articles, and its articles folder."""
    folder = root / "articles"
    folder.mkdir(parents=True)
    for path in SEED_FILES[:articles]:
        shutil.copy(path, folder)
    db = root / "w.duckdb"
    proc = _cli("run", "--db", db, "--articles", folder)
    assert proc.returncode == 0, proc.stderr
    return db, folder


def _add_articles(folder: Path) -> None:
    for path in SEED_FILES[3:]:
        shutil.copy(path, folder)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One warehouse, published with its marts and reports, for the cases that must change nothing."""
    return _new_warehouse(tmp_path_factory.mktemp("published"))


# A reader in its own process: one connection held open, queried on each line read from stdin
# ("reconnect" closes it and opens a new one first).
READER = """
import sys, duckdb
path = sys.argv[1]
con = duckdb.connect(path, read_only=True)
def state():
    return con.execute(
        "select (select count(*) from main.dim_article), (select count(*) from staging.articles), "
        "(select max(built_at)::varchar from staging.builds)"
    ).fetchone()
print(repr(state()), flush=True)
for line in sys.stdin:
    if line.strip() == "reconnect":
        con.close()
        con = duckdb.connect(path, read_only=True)
    print(repr(state()), flush=True)
"""

# Opens the warehouse afresh again and again until stopped, printing what it sees or its error.
OPENER = """
import sys, time, duckdb
while True:
    try:
        con = duckdb.connect(sys.argv[1], read_only=True)
        print(con.execute("select count(*) from main.dim_article").fetchone()[0], flush=True)
        con.close()
    except Exception as exc:
        print("ERROR", exc, flush=True)
    time.sleep(0.05)
"""


class Reader:
    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", READER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.first = self.proc.stdout.readline().strip()

    def state(self, command: str = "") -> str:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _published_is_consistent(db: Path) -> bool:
    """The published file's marts come from its own staging rows: its last build recorded exactly them."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        (recorded,) = con.execute(
            "select data_fingerprint from staging.builds order by built_at desc limit 1"
        ).fetchone()
        articles = con.execute(
            "select (select count(*) from main.dim_article), (select count(*) from staging.articles)"
        )
        marts, staged = articles.fetchone()
        return recorded == data_fingerprint(con) and marts == staged
    finally:
        con.close()


@pytest.mark.e2e
def test_a_reader_keeps_its_view_through_a_run_and_sees_the_new_data_after_reconnecting(tmp_path: Path) -> None:
    db, folder = _new_warehouse(tmp_path)
    reader = Reader(db)
    opener = subprocess.Popen([sys.executable, "-c", OPENER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        before = reader.first
        assert before.startswith("(3, 3, ")
        _add_articles(folder)
        started = time.monotonic()
        run = _cli("run", "--db", db, "--articles", folder)  # no --wait: a reader must not make it wait
        assert run.returncode == 0, run.stderr
        assert "waiting" not in run.stderr and time.monotonic() - started < 300
        assert reader.state() == before  # its connection still sees the warehouse it opened
        after = reader.state("reconnect")
        assert after.startswith(f"({len(SEED_FILES)}, {len(SEED_FILES)}, ") and after != before
    finally:
        reader.close()
        opener.kill()
    seen = opener.communicate()[0].split()
    assert "ERROR" not in seen  # the run never kept a reader out
    assert set(seen) <= {"3", str(len(SEED_FILES))}  # each fresh connection saw one whole warehouse
    assert _published_is_consistent(db)


def _children(pid: int) -> list[int]:
    """Live processes whose parent is `pid` (zombies, already dead, aside)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _gone_within(pids: list[int], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while any(map(_alive, pids)):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def _lock_is_free(db: Path) -> bool:
    fd = os.open(lock_path(db), os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)


def _start_run(db: Path, folder: Path) -> subprocess.Popen[str]:
    """A forced run (dbt, not a replay, so that there is a build to kill) in its own process group."""
    return subprocess.Popen(
        [CLI, "run", "--force", "--verbose", "--batch-size", "1", "--db", str(db), "--articles", str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True,
    )  # fmt: skip


def _read_until(proc: subprocess.Popen[str], text: str) -> None:
    for line in proc.stdout:
        if text in line:
            return
    raise AssertionError(f"the run ended before printing {text!r}")


def _dbt_child(proc: subprocess.Popen[str]) -> int:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        for child in _children(proc.pid):
            program = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")
            if any(arg.endswith(b"/dbt") for arg in program[:2]):
                return child
        time.sleep(0.1)
    raise AssertionError("dbt never started")


@pytest.mark.e2e
def test_kill_9_of_a_run_at_any_point_leaves_the_published_warehouse_and_its_readers_as_they_were(
    tmp_path: Path,
) -> None:
    db, folder = _new_warehouse(tmp_path)
    files = WarehouseFiles(db)
    published = {path: _sha256(path) for path in [db, *sorted(files.marts_dir.iterdir())]}
    reports = _tree(files.default_reports)
    reader = Reader(db)
    _add_articles(folder)

    def killed(proc: subprocess.Popen[str], whole_group: bool) -> None:
        if whole_group:
            os.killpg(proc.pid, signal.SIGKILL)  # the run, its workers and dbt at once
        else:
            proc.send_signal(signal.SIGKILL)  # the run alone: what it started must not outlive it
        proc.wait()
        assert {path: _sha256(path) for path in published} == published
        assert _tree(files.default_reports) == reports
        assert reader.state() == reader.first
        assert _lock_is_free(db)  # the next command runs at once

    proc = _start_run(db, folder)
    _read_until(proc, "committed 1 articles")  # during the load
    killed(proc, whole_group=False)

    proc = _start_run(db, folder)
    _read_until(proc, "articles:")  # between the load and the build
    killed(proc, whole_group=False)

    proc = _start_run(db, folder)
    dbt = _dbt_child(proc)
    time.sleep(2)  # dbt is rebuilding models one by one
    killed(proc, whole_group=False)
    assert _gone_within([dbt], 5), "dbt outlived the build that started it"

    proc = _start_run(db, folder)
    _dbt_child(proc)
    time.sleep(4)
    killed(proc, whole_group=True)  # a mix of old and new marts in the work copy: never published

    report = _cli("report", "--db", db)  # reports the published warehouse: the old one, unchanged
    assert report.returncode == 0, report.stderr
    assert _tree(files.default_reports) == reports

    proc = _start_run(db, folder)
    _read_until(proc, "published")  # killed while it writes the reports of the new warehouse
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _published_is_consistent(db) and reader.state() == reader.first

    finished = _cli("run", "--db", db, "--articles", folder)
    assert finished.returncode == 0, finished.stderr
    assert reader.state() == reader.first
    assert reader.state("reconnect").startswith(f"({len(SEED_FILES)}, {len(SEED_FILES)}, ")
    reader.close()
    assert _published_is_consistent(db)
    manifest = json.loads((files.default_reports / "latest" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["warehouse"]["path"] == str(db) and manifest["warehouse"]["articles"] == len(SEED_FILES)
    assert [
        p.name for p in files.default_reports.iterdir() if p.name.startswith(".")
    ] == []  # no killed run's leftovers
    assert not files.incoming.exists()


@pytest.mark.e2e
def test_kill_9_of_a_load_leaves_no_worker_holding_the_lock(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(400):
        text = SEED_FILES[i % len(SEED_FILES)].read_text(encoding="utf-8")
        (folder / f"a{i:03d}.txt").write_text(f"{text}\n추가 문단 {i}번째 기사입니다.", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    proc = subprocess.Popen(
        [CLI, "load", "--db", str(db), "--articles", str(folder), "--batch-size", "100", "--workers", "2", "--verbose"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert "committed 100 articles" in proc.stdout.readline()
    workers = _children(proc.pid)
    assert len(workers) >= 2  # extraction runs in forked worker processes
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _gone_within(workers, 5), "the load's workers outlived it"
    started = time.monotonic()
    again = _cli("load", "--db", db, "--articles", folder)  # no --wait: nothing may hold the lock
    assert again.returncode == 0, again.stderr
    assert time.monotonic() - started < 120


@pytest.mark.e2e
def test_the_published_warehouse_opens_in_the_duckdb_cli_analysts_install(published: tuple[Path, Path]) -> None:
    db, _ = published
    version = subprocess.run([DUCKDB_CLI, "--version"], capture_output=True, text=True, check=True).stdout
    assert version.startswith("v1.5."), version  # what `pip install duckdb-cli` gives, older than the pipeline's
    with db.open("rb") as f:
        header = f.read(20)
    assert (
        header[8:12] == b"DUCK" and int.from_bytes(header[12:20], "little") == STORAGE_FORMAT_NUMBERS[STORAGE_VERSION]
    )
    con = duckdb.connect(str(db), read_only=True)
    relations = con.execute(
        "select schema_name, table_name from duckdb_tables() union all "
        "select schema_name, view_name from duckdb_views() where not internal order by all"
    ).fetchall()
    expected = {f"{s}.{t}": con.execute(f'select count(*) from "{s}"."{t}"').fetchone()[0] for s, t in relations}
    con.close()
    assert {"main.fct_funding", "intermediate.int_funding", "stg.stg_articles", "staging.articles"} <= set(expected)
    query = " union all ".join(f'select \'{s}.{t}\' as relation, count(*) as n from "{s}"."{t}"' for s, t in relations)
    cli = subprocess.run(
        [DUCKDB_CLI, "-readonly", "-csv", "-noheader", str(db), "-c", query], capture_output=True, text=True
    )
    assert cli.returncode == 0, cli.stderr
    counted = dict(line.split(",") for line in cli.stdout.split())
    assert {name: int(n) for name, n in counted.items()} == expected


@pytest.mark.e2e
def test_the_marts_are_published_as_parquet_with_every_row(published: tuple[Path, Path]) -> None:
    db, _ = published
    files = WarehouseFiles(db)
    con = duckdb.connect(str(db), read_only=True)
    marts = [t for (t,) in con.execute("select table_name from duckdb_tables() where schema_name = 'main'").fetchall()]
    assert sorted(p.stem for p in files.marts_dir.glob("*.parquet")) == sorted(marts)
    for mart in marts:
        parquet = files.marts_dir / f"{mart}.parquet"
        table = pq.read_table(parquet)  # pyarrow: what pandas reads Parquet with
        assert table.num_rows == con.execute(f"select count(*) from main.{mart}").fetchone()[0]
        assert table.column_names == [d[0] for d in con.execute(f"select * from main.{mart} limit 0").description]
        differing = con.execute(
            f"select count(*) from ((select * from main.{mart} except all select * from read_parquet(?)) "
            f"union all (select * from read_parquet(?) except all select * from main.{mart}))",
            [str(parquet), str(parquet)],
        ).fetchone()[0]
        assert differing == 0, mart
        floating = {
            name for name, kind, *_ in con.execute(f"describe main.{mart}").fetchall() if kind in ("FLOAT", "DOUBLE")
        }
        rounded = {f.name for f in table.schema if str(f.type) in ("float", "double")} - floating
        assert rounded == set(), (mart, rounded)  # no count or amount written as a float
    con.close()
    manifest = json.loads((files.marts_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["warehouse"] == str(db) and {m["mart"] for m in manifest["files"]} == set(marts)


@pytest.mark.e2e
def test_mistaken_runs_change_nothing_and_say_why(published: tuple[Path, Path], tmp_path: Path) -> None:
    db, folder = published
    root = db.parent
    empty, pdfs = tmp_path / "empty", tmp_path / "pdfs"
    empty.mkdir()
    pdfs.mkdir()
    (pdfs / "report.pdf").write_bytes(b"%PDF-1.4")
    (empty / ".hidden.txt").write_text("a hidden file is not an article", encoding="utf-8")
    other = root / "other.duckdb"
    cases = [
        (["run", "--db", db, "--articles", tmp_path / "missing"], 4, "no such file or folder"),
        (["run", "--db", db, "--articles", empty], 4, "no article files"),
        (["load", "--db", db, "--articles", pdfs], 4, "no article files"),
        (["run", "--db", db, "--articles", folder, tmp_path / "missing"], 4, "missing: no such file"),
        (["run", "--db", other, "--articles", folder, "--reports", WarehouseFiles(db).default_reports], 2,
         f"holds the reports of {db}"),
        (["run", "--db", root / "nope" / "w.duckdb", "--articles", folder], 2, "there is no folder"),
        (["report", "--db", other], 2, "no published warehouse"),
    ]  # fmt: skip
    before = _tree(root)
    for args, status, reason in cases:
        proc = _cli(*args)
        assert proc.returncode == status, (args, proc.stderr)
        assert reason in proc.stderr and len(proc.stderr.splitlines()) == 1, proc.stderr  # one line, no traceback
        assert _tree(root) == before, args
    assert not (root / "nope").exists()


def test_an_unreadable_articles_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "scandir", refuse)  # as root, permissions cannot make a folder unreadable
    assert article_problem(tmp_path) == f"{tmp_path}: cannot read the folder: Permission denied"


def test_reports_go_beside_any_warehouse_but_the_projects_own(tmp_path: Path) -> None:
    from etl.paths import DEFAULT_REPORTS_OUT, PROJECT_ROOT

    assert WarehouseFiles((PROJECT_ROOT / "warehouse.duckdb").resolve()).default_reports == DEFAULT_REPORTS_OUT
    assert WarehouseFiles(tmp_path / "ai.duckdb").default_reports == tmp_path / "ai-reports"


@pytest.mark.e2e
def test_another_warehouse_writes_its_reports_beside_itself(published: tuple[Path, Path], tmp_path: Path) -> None:
    db, folder = published
    before = _tree(db.parent)
    other = tmp_path / "other.duckdb"
    proc = _cli("run", "--db", other, "--articles", folder)
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((tmp_path / "other-reports" / "latest" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["warehouse"]["path"] == str(other)
    assert _tree(db.parent) == before


HOLDER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])  # read-write, as the DuckDB CLI opens a file by default
if len(sys.argv) > 2:
    con.execute(sys.argv[2])  # an analyst writing into it: DuckDB keeps a write-ahead log beside it
print("open", flush=True)
sys.stdin.readline()
con.close()
"""


class Holder:
    """Another program with a warehouse file open read-write, until `release`."""

    def __init__(self, path: Path, *sql: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path), *sql], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout.readline().strip() == "open"

    def release(self) -> None:
        self.proc.stdin.write("\n")
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _waits_then_finishes(args: list[object], holder: Holder) -> subprocess.CompletedProcess[str]:
    proc = subprocess.Popen([CLI, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()
    assert "waiting for" in line and f"(PID {holder.proc.pid})" in line, line
    time.sleep(1)
    assert proc.poll() is None  # still waiting
    holder.release()
    out, err = proc.communicate(timeout=600)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, line + err)


@pytest.mark.e2e
def test_a_program_holding_a_file_is_named_in_one_line_or_waited_for(tmp_path: Path) -> None:
    db, folder = _new_warehouse(tmp_path)
    files = WarehouseFiles(db)

    holder = Holder(db)  # an analyst's DuckDB shell on the published file
    report = _cli("report", "--force", "--db", db)  # reads the published file: the holder is named
    assert report.returncode == 1
    assert len(report.stderr.splitlines()) == 1 and f"(PID {holder.proc.pid})" in report.stderr
    assert "--wait" in report.stderr
    waited = _waits_then_finishes(["report", "--force", "--wait", "--db", db], holder)
    assert waited.returncode == 0, waited.stderr

    holder = Holder(db, "create table main.scratch as select 1 as x")
    assert db.with_name(db.name + ".wal").exists()
    _add_articles(folder)
    run = _cli("run", "--db", db, "--articles", folder)  # never opens the published file: not blocked
    assert run.returncode == 0, run.stderr
    assert _published_is_consistent(db)  # the holder keeps the file it opened; the new one is free
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from duckdb_tables() where table_name = 'scratch'").fetchone() == (0,)
    con.close()  # the holder's log, beside the new file, was not replayed on top of it
    holder.release()

    holder = Holder(files.work)  # someone opened the pipeline's own work copy
    load = _cli("load", "--db", db, "--articles", folder)
    assert load.returncode == 1 and len(load.stderr.splitlines()) == 1, load.stderr
    assert f"{files.work} is open in" in load.stderr and f"(PID {holder.proc.pid})" in load.stderr
    waited = _waits_then_finishes(["load", "--wait", "--db", db, "--articles", folder], holder)
    assert waited.returncode == 0, waited.stderr


def test_duckdbs_lock_error_becomes_one_line_naming_the_holder() -> None:
    error = (
        'IO Error: Could not set lock on file "/data/w.duckdb": Conflicting lock is held in '
        "/usr/bin/python3.11 (PID 4242). See also https://duckdb.org/docs/current/connect/concurrency"
    )
    assert busy_message(error).startswith(
        "/data/w.duckdb is open in /usr/bin/python3.11 (PID 4242); nothing was changed."
    )
    assert busy_message('IO Error: Could not set lock on file "/w.duckdb": Resource busy').startswith(
        "/w.duckdb is open in another program;"
    )
    assert busy_message("Binder Error: column x not found") is None


@pytest.mark.e2e
def test_two_warehouses_built_at_once_keep_their_own_replay_plans(tmp_path: Path) -> None:
    run_results = DBT_PROJECT_DIR / "target" / "run_results.json"
    before = run_results.stat().st_mtime_ns if run_results.exists() else None
    dbs = [tmp_path / "alpha.duckdb", tmp_path / "beta.duckdb"]
    for db in dbs:
        assert _cli("load", "--db", db, "--articles", SEED_FILES[0]).returncode == 0
    builds = [subprocess.Popen([CLI, "build", "--db", str(db)], stdout=subprocess.DEVNULL) for db in dbs]
    assert [b.wait(timeout=600) for b in builds] == [0, 0]
    for db in dbs:
        work = WarehouseFiles(db).work
        con = duckdb.connect(str(db), read_only=True)
        (plan,) = con.execute("select replay_plan from staging.builds where mode = 'dbt'").fetchone()
        con.close()
        assert json.loads(plan)["database"] == db.stem  # the plan of its own build
        assert (dbt_dir(work) / "target" / "manifest.json").exists()
    assert (run_results.stat().st_mtime_ns if run_results.exists() else None) == before  # dbt by hand's folder


def test_a_killed_publishers_temporary_folders_are_removed_and_a_live_ones_kept(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".latest.{dead.pid}.{'a' * 32}.tmp"
    live = tmp_path / f".latest.{os.getppid()}.{'b' * 32}.tmp"
    for folder in (stale, live):
        folder.mkdir()
    publish_folder(tmp_path, "latest", lambda folder: (folder / "x.csv").write_text("x", encoding="utf-8"))
    assert not stale.exists() and live.exists()
    assert (tmp_path / "latest" / "x.csv").read_text(encoding="utf-8") == "x"


@pytest.mark.e2e
def test_a_warehouse_from_before_work_copies_is_published_readable_without_reloading(
    seeds_warehouse: Path, tmp_path: Path
) -> None:
    db = tmp_path / "warehouse.duckdb"
    shutil.copy(seeds_warehouse, db)  # written in the pipeline DuckDB's newest format, with no work copy
    proc = _cli("run", "--db", db, "--articles", SEEDS)
    assert proc.returncode == 0, proc.stderr
    assert "making the work copy" in proc.stdout and "0 loaded, 0 replaced, 5 unchanged" in proc.stdout
    cli = subprocess.run([DUCKDB_CLI, "-readonly", "-csv", str(db), "-c", "select count(*) from dim_article"],
                         capture_output=True, text=True)  # fmt: skip
    assert cli.returncode == 0 and cli.stdout.split()[-1] == "5", cli.stderr
