"""Bad input, crashes, concurrent runs and hostile content lose nothing."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from etl import migrate
from etl.build import dbt_build
from etl.load import load_paths
from etl.publish import WarehouseFiles
from etl.reports import write_reports

from .conftest import SEEDS

CLI = str(Path(sys.executable).parent / "warehouse")
ARTICLE = "광주시 AI 집적단지 조성\n등록 2020-04-28 13:28\n광주시는 올해부터 2024년까지 4116억원을 투입해 인공지능 집적단지를 조성한다고 밝혔다.\n"


def _pairs(db: Path, sql: str) -> dict[str, str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute(sql).fetchall())
    finally:
        con.close()


def _loaded(db: Path) -> dict[str, str]:
    """Each article's title, by its file's name, plus '#n' for a line of a .jsonl file."""
    return _pairs(
        db,
        "select file_name || coalesce('#' || nullif(split_part(source_key, '#', -1), source_key), ''), title "
        "from staging.articles",
    )


def _skipped(db: Path) -> dict[str, str]:
    return _pairs(db, "select file_name, reason from staging.skipped_inputs")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text(ARTICLE, encoding="utf-8")
    return articles


def _load(tmp_path: Path, folder: Path):
    db = tmp_path / "w.duckdb"
    migrate.upgrade(db)
    return db, load_paths(db, [folder], progress=False)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("nul.txt", b"\x00\x01\x02\x03" * 100, "binary"),
        ("junk.txt", bytes(random.Random(7).randrange(128, 256) for _ in range(4000)), "binary"),
        (
            "noise.txt",
            "기사 스크랩\n공유\n프린트\n• 서울 3.2℃\n많이 본 뉴스\n1. 다른 기사\n".encode(),
            "only page noise",
        ),
        ("broken.html", b"<html><head><title>x</title></head><body><script>1</script></body>", "no text"),
    ],
)
def test_a_bad_file_is_skipped_with_its_reason_and_the_rest_loads(
    tmp_path: Path, folder: Path, name: str, content: bytes, reason: str
) -> None:
    (folder / name).write_bytes(content)
    db, result = _load(tmp_path, folder)
    assert list(_loaded(db)) == ["good.txt"]
    assert [s.file_name for s in result.skipped] == [name]
    assert reason in _skipped(db)[name]


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr", "utf-16", "utf-8-sig"])
def test_korean_archives_in_other_encodings_load_without_mojibake(tmp_path: Path, folder: Path, encoding: str) -> None:
    (folder / "old.txt").write_bytes(ARTICLE.replace("광주시 AI", "예전 광주시 AI").encode(encoding))
    db, result = _load(tmp_path, folder)
    assert result.skipped == []
    assert _loaded(db)["old.txt"] == "예전 광주시 AI 집적단지 조성"


def test_a_50_mb_file_is_refused_by_size_and_the_rest_loads(tmp_path: Path, folder: Path) -> None:
    with (folder / "huge.txt").open("wb") as f:
        f.seek(50 * 1024 * 1024)
        f.write(b"x")
    db, _result = _load(tmp_path, folder)
    assert list(_loaded(db)) == ["good.txt"]
    assert "50 MB" in _skipped(db)["huge.txt"]


def test_a_malformed_jsonl_line_is_skipped_alone(tmp_path: Path, folder: Path) -> None:
    good = json.dumps({"url": "u", "title": "제목", "published_at": "2025-04-10", "text": ARTICLE}, ensure_ascii=False)
    (folder / "dump.jsonl").write_text(f'{good}\n{{"text": "unterminated\n{good}\n', encoding="utf-8")
    db, _result = _load(tmp_path, folder)
    assert sorted(_loaded(db)) == ["dump.jsonl#1", "dump.jsonl#3", "good.txt"]
    assert "line 2: invalid JSON" in _skipped(db)["dump.jsonl"]


def test_truncated_html_keeps_what_is_there(tmp_path: Path, folder: Path) -> None:
    page = f"<html><head><title>광주 AI</title></head><body><article><p>{ARTICLE * 3}</p><p>잘린 문"
    (folder / "cut.html").write_text(page, encoding="utf-8")
    db, result = _load(tmp_path, folder)
    assert result.skipped == [] and "cut.html" in _loaded(db)


def test_an_unreadable_file_is_skipped(tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import etl.sources

    locked = folder / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    real = etl.sources._open_input

    def open_input(path: Path):
        if path.name == "locked.txt":  # the suite may run as root, where chmod 000 still reads
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(etl.sources, "_open_input", open_input)
    db, _ = _load(tmp_path, folder)
    assert list(_loaded(db)) == ["good.txt"]
    assert "Permission denied" in _skipped(db)["locked.txt"]


def test_a_file_that_disappears_during_the_run_is_skipped(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import etl.load

    gone = folder / "gone.txt"
    gone.write_text(ARTICLE, encoding="utf-8")
    real_discover = etl.load.discover

    def discover_then_delete(paths):
        found = real_discover(paths)
        gone.unlink()
        return found

    monkeypatch.setattr(etl.load, "discover", discover_then_delete)
    db, _ = _load(tmp_path, folder)
    assert list(_loaded(db)) == ["good.txt"]
    assert "No such file" in _skipped(db)["gone.txt"]


def test_symlink_loops_do_not_trap_the_walk(tmp_path: Path, folder: Path) -> None:
    os.symlink("loop.txt", folder / "loop.txt")  # a link to itself
    os.symlink(folder, folder / "again")  # a folder linking to its parent
    db, _ = _load(tmp_path, folder)
    assert list(_loaded(db)) == ["good.txt"]
    skipped = _skipped(db)
    assert "loops or points nowhere" in skipped["loop.txt"] and "not followed" in skipped["again"]


def test_a_fixed_file_clears_its_skipped_record(tmp_path: Path, folder: Path) -> None:
    (folder / "later.txt").write_bytes(b"")
    db, _ = _load(tmp_path, folder)
    assert "later.txt" in _skipped(db)
    (folder / "later.txt").write_text(ARTICLE, encoding="utf-8")
    load_paths(db, [folder], progress=False)
    assert "later.txt" not in _skipped(db) and "later.txt" in _loaded(db)


def _make_corpus(folder: Path, n: int) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (folder / f"a{i:04d}.txt").write_text(f"{text}\n추가 문단 {i}번째 기사입니다.", encoding="utf-8")


def _table_digest(db: Path) -> dict[str, tuple[int, str]]:
    """Row count and an order-free checksum of every staging table (load times aside)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for (table,) in con.execute(
            "select table_name from information_schema.tables where table_schema = 'staging' "
            "and table_name not in ('alembic_version', 'skipped_inputs')"
        ).fetchall():
            cols = [
                c for (c,) in con.execute(
                    "select column_name from information_schema.columns where table_schema = 'staging' "
                    "and table_name = ? and column_name not in ('loaded_at', 'source_path')", [table]
                ).fetchall()
            ]  # fmt: skip
            rows = con.execute(f"select {', '.join(cols)} from staging.{table}").fetchall()
            out[table] = (len(rows), hashlib.sha256("".join(sorted(map(repr, rows))).encode()).hexdigest())
        return out
    finally:
        con.close()


@pytest.mark.e2e
def test_kill_9_during_a_load_then_a_rerun_gives_exactly_an_uninterrupted_load(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    _make_corpus(articles, 240)
    killed_db, clean_db = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    proc = subprocess.Popen(
        [CLI, "load", "--db", str(killed_db), "--articles", str(articles), "--batch-size", "40", "--verbose"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert "committed 40 articles" in proc.stdout.readline()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_work, clean_work = WarehouseFiles(killed_db).work, WarehouseFiles(clean_db).work  # what a load writes
    partial = len(_loaded(killed_work))
    assert 40 <= partial < 240  # killed after a commit, before the end
    assert subprocess.run([CLI, "load", "--db", str(killed_db), "--articles", str(articles)]).returncode == 0
    assert subprocess.run([CLI, "load", "--db", str(clean_db), "--articles", str(articles)]).returncode == 0
    assert _table_digest(killed_work) == _table_digest(clean_work)


def _latest_is_complete(out: Path) -> bool:
    latest = out / "latest"
    manifest = json.loads((latest / "manifest.json").read_text(encoding="utf-8"))
    listed = {f["file"]: f["sha256"] for f in manifest["files"]}
    present = {p.name for p in latest.iterdir()} - {"manifest.json"}
    return present == set(listed) and all(
        hashlib.sha256((latest / name).read_bytes()).hexdigest() == digest for name, digest in listed.items()
    )


@pytest.mark.e2e
def test_kill_9_while_writing_reports_leaves_a_complete_latest(seeds_warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_reports(seeds_warehouse, out)
    rng = random.Random(3)
    for _ in range(4):
        # --force: the set is up to date, and only a rewrite can be killed half-way
        proc = subprocess.Popen([CLI, "report", "--force", "--db", str(seeds_warehouse), "--reports", str(out)])
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert _latest_is_complete(out)


@pytest.mark.e2e
def test_a_second_run_on_a_busy_warehouse_fails_at_once_or_waits(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    _make_corpus(articles, 150)
    db = tmp_path / "w.duckdb"
    first = subprocess.Popen(
        [CLI, "load", "--db", str(db), "--articles", str(articles), "--batch-size", "30", "--verbose"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    first.stdout.readline()  # the first one is under way
    started = time.monotonic()
    second = subprocess.run([CLI, "run", "--db", str(db), "--articles", str(articles)], capture_output=True, text=True)
    assert second.returncode == 1 and time.monotonic() - started < 10
    assert "another warehouse process" in second.stderr and "--wait" in second.stderr
    waiting = subprocess.run([CLI, "load", "--wait", "--db", str(db), "--articles", str(articles)],
                             capture_output=True, text=True)  # fmt: skip
    assert first.wait() == 0 and waiting.returncode == 0
    assert f"waiting for another warehouse process (pid {first.pid}, warehouse load)" in waiting.stderr
    assert "0 loaded, 0 replaced, 150 unchanged" in waiting.stdout
    assert len(_loaded(WarehouseFiles(db).work)) == 150


HOSTILE = "광주 AI '집적단지'; drop table staging.articles; -- {{ var('x') }} {% if true %}x{% endif %} $$ $tag$ \"q\""


@pytest.mark.e2e
def test_hostile_text_passes_through_load_dbt_and_reports_unharmed(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    sentence = f"광주시는 {HOSTILE} 사업에 2024년까지 4116억원을 투입한다고 밝혔다."
    body = f"{HOSTILE}\n등록 2020-04-28 13:28\n{sentence}\n"
    (articles / "hostile.txt").write_text(body, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    migrate.upgrade(db)
    load_paths(db, [articles], progress=False)
    dbt_build(db)
    con = duckdb.connect(str(db), read_only=True)
    title = con.execute("select title from dim_article").fetchone()[0]
    con.close()
    assert title == HOSTILE
    write_reports(db, tmp_path / "out")
    with (tmp_path / "out" / "latest" / "milestone_timeline.csv").open(encoding="utf-8-sig") as f:
        events = [row["sentence"] for row in csv.DictReader(f)]
    assert events == [sentence]


def test_a_reload_of_unchanged_files_does_not_read_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import etl.load

    db = tmp_path / "w.duckdb"
    migrate.upgrade(db)
    load_paths(db, [SEEDS], progress=False)

    def no_reading(path: Path):
        raise AssertionError(f"{path} was read again")

    monkeypatch.setattr(etl.load, "read_articles", no_reading)
    again = load_paths(db, [SEEDS], progress=False)
    assert (again.loaded, again.replaced, again.unchanged, again.skipped) == (0, 0, 5, [])


def test_a_touched_but_unchanged_file_is_read_and_found_unchanged(tmp_path: Path, folder: Path) -> None:
    db, _ = _load(tmp_path, folder)
    good = folder / "good.txt"
    os.utime(good, ns=(good.stat().st_atime_ns, good.stat().st_mtime_ns + 10**9))
    again = load_paths(db, [folder], progress=False)
    assert (again.loaded, again.replaced, again.unchanged) == (0, 0, 1)


@pytest.mark.e2e
def test_extraction_on_every_core_gives_exactly_the_serial_result(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    _make_corpus(articles, 200)
    serial, parallel = tmp_path / "serial.duckdb", tmp_path / "parallel.duckdb"
    for db, workers in ((serial, 1), (parallel, 2)):
        migrate.upgrade(db)
        load_paths(db, [articles], progress=False, workers=workers, batch_size=100)
    assert _table_digest(serial) == _table_digest(parallel)


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_that_breaks_an_extractor_is_skipped_with_its_reason_and_the_rest_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    import etl.load

    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(80):  # enough for the worker processes to be used
        (articles / f"a{i:02d}.txt").write_text(ARTICLE.replace("광주시는", f"광주시는 {i}일"), encoding="utf-8")
    real = etl.load.extract_article

    def breaks_on_one(raw, gaz, loaded_at):
        if raw.file_name == "a07.txt":
            raise ValueError("unforeseen input")
        return real(raw, gaz, loaded_at)

    monkeypatch.setattr(etl.load, "extract_article", breaks_on_one)  # workers are forked: they see it too
    db = tmp_path / "w.duckdb"
    migrate.upgrade(db)
    result = load_paths(db, [articles], progress=False, workers=workers, batch_size=50)
    assert result.loaded == 79
    assert _skipped(db) == {"a07.txt": "extraction failed: ValueError: unforeseen input"}
    assert "a07.txt" not in _loaded(db) and len(_loaded(db)) == 79
