"""Report files: Excel-safe CSV, atomic publishing, the scheduler, and de-duplicated investments."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl import migrate, reports
from etl.build import dbt_build
from etl.load import load_paths
from etl.reports import Report, neutralise, publish, to_csv


def test_csv_starts_with_a_bom_so_excel_reads_korean() -> None:
    data = to_csv(Report("r", ["지역"], [("광주광역시",)]))
    assert data.startswith("\ufeff".encode())
    assert data.decode("utf-8-sig").splitlines()[1] == "광주광역시"


def test_csv_quotes_commas_quotes_and_newlines_as_rfc_4180_says() -> None:
    value = '그는 "AI 수도"라고, 말했다\n둘째 줄'
    data = to_csv(Report("r", ["event"], [(value,)])).decode("utf-8-sig")
    assert data.endswith("\r\n")
    [row] = list(csv.reader(io.StringIO(data)))[1:]
    assert row == [value]


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://x")', "+82-10", "-1+2", "@SUM(A1)", "\tcmd", "\r=1"])
def test_text_that_looks_like_a_formula_is_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


def test_numbers_dates_and_plain_text_are_left_alone() -> None:
    assert neutralise(-5) == -5
    assert neutralise(dt.date(2026, 1, 2)) == "2026-01-02"
    assert neutralise("광주광역시") == "광주광역시"
    assert neutralise(None) == ""
    assert neutralise(["a.txt", "b.txt"]) == "a.txt; b.txt"


def test_publish_replaces_the_folder_as_a_whole(tmp_path: Path) -> None:
    publish(tmp_path, "latest", {"a.csv": b"old", "b.csv": b"old"})
    publish(tmp_path, "latest", {"a.csv": b"new"})
    assert sorted(p.name for p in (tmp_path / "latest").iterdir()) == ["a.csv"]
    assert (tmp_path / "latest" / "a.csv").read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["latest"]  # no temporary folders left


def test_a_run_that_dies_while_writing_leaves_the_old_complete_set(tmp_path: Path, monkeypatch) -> None:
    publish(tmp_path, "latest", {"a.csv": b"old a", "b.csv": b"old b"})
    real_fsync = reports.os.fsync
    calls = []

    def dying_fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError("disk full")
        real_fsync(fd)

    monkeypatch.setattr(reports.os, "fsync", dying_fsync)
    with pytest.raises(OSError, match="disk full"):
        publish(tmp_path, "latest", {"a.csv": b"new a", "b.csv": b"new b"})
    latest = tmp_path / "latest"
    assert {p.name: p.read_bytes() for p in latest.iterdir()} == {"a.csv": b"old a", "b.csv": b"old b"}


@pytest.mark.parametrize("name", ["../escape", "a/b", "..", ""])
def test_output_folders_cannot_escape(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError):
        publish(tmp_path, name, {"a.csv": b"x"})


def test_report_files_cannot_write_outside_their_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        publish(tmp_path, "latest", {"../evil.csv": b"x"})


def test_report_names_must_be_plain_identifiers(tmp_path: Path) -> None:
    (tmp_path / "Bad Name.sql").write_text("select 1", encoding="utf-8")
    with pytest.raises(ValueError, match="report file name"):
        reports.report_queries(tmp_path)


# One investment restated by four outlets over two years, plus an unrelated one.
RESTATED = [
    ("a.txt", "입력 2019-01-29", "광주시는 2024년까지 인공지능 집적단지에 4,000억 원을 투입한다고 밝혔다."),
    ("b.txt", "입력 2019-06-03", "광주 인공지능 집적단지 조성에 모두 4061억원이 투입될 예정이다."),
    ("c.txt", "등록 2020-04-28 13:28", "광주시는 올해부터 2024년까지 5년 간 4116억원을 투입해 집적단지를 조성한다."),
    ("d.txt", "승인 2020-07-01 10:00", "광주 AI 집적단지에는 총 4119억 원이 투입된다고 시는 설명했다."),
    ("e.txt", "입력 2021-03-02", "부산시는 에코델타시티에 3조6000억 원 규모의 데이터센터를 유치했다고 밝혔다."),
]


@pytest.fixture(scope="module")
def restated_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("restated")
    articles = root / "articles"
    articles.mkdir()
    for name, byline, body in RESTATED:
        (articles / name).write_text(f"AI 투자 소식\n{byline}\n{body}\n", encoding="utf-8")
    db = root / "w.duckdb"
    migrate.upgrade(db)
    load_paths(db, [articles], progress=False)
    dbt_build(db)
    return db


@pytest.mark.e2e
def test_one_investment_reported_by_several_articles_counts_once_at_its_latest_figure(
    restated_warehouse: Path, tmp_path: Path
) -> None:
    reports.write_reports(restated_warehouse, tmp_path, as_of=dt.date(2021, 1, 1))
    with (tmp_path / "latest" / "investment_by_region.csv").open(encoding="utf-8-sig") as f:
        rows = {r["province"]: r for r in csv.DictReader(f)}
    gwangju = rows["광주광역시"]
    assert gwangju["investments"] == "1"
    assert gwangju["total_krw"] == "411900000000"  # the most recent figure
    assert (gwangju["low_krw"], gwangju["high_krw"]) == ("400000000000", "411900000000")
    assert rows["부산광역시"]["total_krw"] == "3600000000000"


@pytest.mark.e2e
def test_manifest_lists_every_file_with_rows_and_checksum(restated_warehouse: Path, tmp_path: Path) -> None:
    reports.write_reports(restated_warehouse, tmp_path)
    manifest = json.loads((tmp_path / "latest" / "manifest.json").read_text(encoding="utf-8"))
    files = {f["file"]: f for f in manifest["files"]}
    assert {"investment_by_region.csv", "investment_by_region.png", "milestone_timeline.png"} <= set(files)
    assert files["investment_by_region.csv"]["rows"] == 2
    assert manifest["warehouse"]["articles"] == 5
    dated = sorted(p for p in tmp_path.iterdir() if p.name != "latest")
    assert len(dated) == 1 and (dated[0] / "manifest.json").exists()


@pytest.mark.e2e
def test_reports_stream_in_chunks_and_count_every_row(
    restated_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reports, "FETCH_ROWS", 2)  # several fetches per report
    reports.write_reports(restated_warehouse, tmp_path)
    whole = {r.name: r for r in reports.run_reports(restated_warehouse, dt.date.today())}
    manifest = json.loads((tmp_path / "latest" / "manifest.json").read_text(encoding="utf-8"))
    for entry in (f for f in manifest["files"] if f["file"].endswith(".csv")):
        report = whole[entry["report"]]
        assert entry["rows"] == len(report.rows)
        assert (tmp_path / "latest" / entry["file"]).read_bytes() == reports.to_csv(report)


@pytest.mark.e2e
def test_two_runs_on_the_same_warehouse_write_identical_csv_files(restated_warehouse: Path, tmp_path: Path) -> None:
    day = dt.date(2026, 1, 1)
    reports.write_reports(restated_warehouse, tmp_path / "a", as_of=day, charts=False)
    reports.write_reports(restated_warehouse, tmp_path / "b", as_of=day, charts=False)
    for path in sorted((tmp_path / "a" / "latest").glob("*.csv")):
        assert path.read_bytes() == (tmp_path / "b" / "latest" / path.name).read_bytes(), path.name


@pytest.mark.e2e
def test_charts_leave_no_figure_open(restated_warehouse: Path, tmp_path: Path) -> None:
    from matplotlib import pyplot as plt

    for day in (dt.date(2026, 1, 1), dt.date(2026, 1, 2)):
        reports.write_reports(restated_warehouse, tmp_path, as_of=day, today=day)
    assert plt.get_fignums() == []  # a scheduler writing reports every day for months keeps no figures


def _file_ids(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file's inode and modification time: equal only if the file was left alone."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.iterdir()}


@pytest.mark.e2e
def test_reports_of_an_unchanged_warehouse_are_kept_as_they_are(restated_warehouse: Path, tmp_path: Path) -> None:
    day = dt.date(2026, 1, 1)
    first = reports.publish_reports(restated_warehouse, tmp_path, as_of=day, today=day)
    before = {folder: _file_ids(tmp_path / folder) for folder in ("2026-01-01", "latest")}
    again = reports.publish_reports(restated_warehouse, tmp_path, as_of=day, today=day)
    assert not first.kept and again.kept
    assert again.generated_at == first.generated_at and again.csv_files == first.csv_files
    assert {folder: _file_ids(tmp_path / folder) for folder in before} == before


@pytest.mark.e2e
@pytest.mark.parametrize(
    "change",
    ["force", "another as-of date", "a csv edited by hand", "a chart deleted", "a stray file", "latest replaced"],
)
def test_reports_are_written_again_when_asked_or_when_anything_differs(
    restated_warehouse: Path, tmp_path: Path, change: str
) -> None:
    day = dt.date(2026, 1, 1)
    reports.publish_reports(restated_warehouse, tmp_path, as_of=day, today=day)
    dated, as_of, force = tmp_path / "2026-01-01", day, False
    if change == "force":
        force = True
    elif change == "another as-of date":
        as_of = dt.date(2019, 1, 1)
    elif change == "a csv edited by hand":
        with (dated / "investments.csv").open("a", encoding="utf-8") as f:
            f.write("added by hand\r\n")
    elif change == "a chart deleted":
        (dated / "milestone_timeline.png").unlink()
    elif change == "a stray file":
        (dated / "notes.txt").write_text("mine", encoding="utf-8")
    elif change == "latest replaced":
        reports.write_reports(restated_warehouse, tmp_path, as_of=dt.date(2019, 1, 1), today=dt.date(2025, 1, 1))
    again = reports.publish_reports(restated_warehouse, tmp_path, as_of=as_of, today=day, force=force)
    assert not again.kept
    manifest = json.loads((tmp_path / "latest" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["as_of"] == as_of.isoformat()
    assert {f["file"] for f in manifest["files"]} == {p.name for p in dated.iterdir()} - {"manifest.json"}


@pytest.mark.e2e
def test_the_inputs_fingerprint_follows_the_marts_and_the_queries(restated_warehouse: Path, tmp_path: Path) -> None:
    day = dt.date(2026, 1, 1)
    original = reports.inputs_fingerprint(restated_warehouse, day, charts=True)
    assert reports.inputs_fingerprint(restated_warehouse, day, charts=True) == original
    assert reports.inputs_fingerprint(restated_warehouse, day, charts=False) != original

    queries = tmp_path / "queries"
    queries.mkdir()
    for path in reports.REPORTS_SQL_DIR.glob("*.sql"):
        (queries / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert reports.inputs_fingerprint(restated_warehouse, day, True, queries) == original
    (queries / "investments.sql").write_text("select 1 as one\n", encoding="utf-8")
    assert reports.inputs_fingerprint(restated_warehouse, day, True, queries) != original

    copy = tmp_path / "w.duckdb"
    copy.write_bytes(restated_warehouse.read_bytes())
    assert reports.inputs_fingerprint(copy, day, charts=True) == original
    con = duckdb.connect(str(copy))
    con.execute("update main.fct_funding set amount_krw = amount_krw + 1 where amount_krw = 411900000000")
    con.close()
    assert reports.inputs_fingerprint(copy, day, charts=True) != original


@pytest.mark.e2e
def test_upcoming_milestones_follow_the_as_of_date(restated_warehouse: Path, tmp_path: Path) -> None:
    def upcoming(as_of: dt.date) -> int:
        [report] = [r for r in reports.run_reports(restated_warehouse, as_of) if r.name == "upcoming_milestones"]
        return len(report.rows)

    assert upcoming(dt.date(2019, 1, 1)) > upcoming(dt.date(2030, 1, 1)) == 0


@pytest.mark.e2e
def test_scheduler_once_runs_the_pipeline_and_logs_it(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("\n".join(RESTATED[2][1:]), encoding="utf-8")
    cli = Path(sys.executable).parent / "warehouse"
    log = tmp_path / "schedule.log"
    proc = subprocess.run(
        [str(cli), "schedule", "--once", "--db", str(tmp_path / "w.duckdb"), "--articles", str(articles),
         "--reports", str(tmp_path / "out"), "--log", str(log)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    text = log.read_text(encoding="utf-8")
    assert "run started" in text and "run finished with status 0" in text
    assert (tmp_path / "out" / "latest" / "investment_by_region.csv").exists()


def test_a_failed_scheduled_run_is_logged_and_does_not_raise(tmp_path: Path) -> None:
    from etl.pipeline import EXIT_USAGE
    from etl.schedule import configure_logging, run_job

    log = tmp_path / "schedule.log"
    configure_logging(log)
    not_a_db = tmp_path / "folder.duckdb"
    not_a_db.mkdir()  # a folder where the warehouse file should be
    assert run_job(not_a_db, [tmp_path], tmp_path / "out") == EXIT_USAGE
    assert "run failed" in log.read_text(encoding="utf-8") and "is a folder" in log.read_text(encoding="utf-8")


@pytest.mark.e2e
def test_dbt_docs_generate_works(restated_warehouse: Path) -> None:
    from etl.build import dbt_executable
    from etl.paths import DBT_PROJECT_DIR

    env = {"WAREHOUSE_DB": str(restated_warehouse), "PATH": str(Path(sys.executable).parent)}
    proc = subprocess.run(
        [dbt_executable(), "docs", "generate", "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir",
         str(DBT_PROJECT_DIR), "--target-path", str(restated_warehouse.parent / "docs")],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-2000:]
    catalog = json.loads((restated_warehouse.parent / "docs" / "catalog.json").read_text(encoding="utf-8"))
    assert any(key.endswith("fct_investment") for key in catalog["nodes"])
    duckdb.connect(str(restated_warehouse), read_only=True).close()  # docs released the file
