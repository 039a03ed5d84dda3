"""Report files: Excel-safe CSV, atomic publishing, the scheduler, and de-duplicated investments."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl import migrate, reports
from etl.briefing import BRIEFING_SQL_DIR
from etl.build import dbt_build
from etl.load import load_paths
from etl.paths import REPORTS_SQL_DIR
from etl.report_catalog import catalog, is_mart, tables_read
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


@pytest.mark.parametrize("name", [".w-marts", "a\\b-marts", "공유 폴더 (1)", "it's-marts"])
def test_any_single_folder_name_publishes_inside_its_folder(tmp_path: Path, name: str) -> None:
    # a warehouse's marts folder takes its file's name: '.w.duckdb' gives '.w-marts'
    folder = publish(tmp_path, name, {"a.csv": b"x"})
    assert folder == tmp_path.resolve() / name and (folder / "a.csv").read_bytes() == b"x"
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary folder left beside it


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


def built_warehouse(root: Path, articles: dict[str, str]) -> Path:
    """A warehouse in `root` built from text articles given as file name → text."""
    folder = root / "articles"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = root / "w.duckdb"
    migrate.upgrade(db)
    load_paths(db, [folder], progress=False)
    dbt_build(db)
    return db


@pytest.fixture(scope="module")
def restated_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("restated")
    return built_warehouse(root, {name: f"AI 투자 소식\n{byline}\n{body}\n" for name, byline, body in RESTATED})


@pytest.mark.e2e
def test_one_investment_reported_by_several_articles_counts_once_at_its_latest_figure(
    restated_warehouse: Path, tmp_path: Path
) -> None:
    reports.write_reports(restated_warehouse, tmp_path, as_of=dt.date(2021, 1, 1))
    with (tmp_path / "latest" / "investment_by_region.csv").open(encoding="utf-8-sig") as f:
        rows = {r["province"]: r for r in csv.DictReader(f)}
    gwangju = rows["광주광역시"]
    assert gwangju["investment_count"] == "1"
    assert gwangju["total_krw"] == "411900000000"  # the most recent figure
    assert (gwangju["min_total_krw"], gwangju["max_total_krw"]) == ("400000000000", "411900000000")
    assert rows["부산광역시"]["total_krw"] == "3600000000000"


@pytest.mark.e2e
def test_manifest_lists_every_file_with_rows_and_checksum(restated_warehouse: Path, tmp_path: Path) -> None:
    reports.write_reports(restated_warehouse, tmp_path)
    manifest = json.loads((tmp_path / "latest" / "manifest.json").read_text(encoding="utf-8"))
    files = {f["file"]: f for f in manifest["files"]}
    assert {
        "investment_by_region.csv",
        "investment_by_region.png",
        "milestone_timeline.png",
        "reports.xlsx",
        "index.html",
    } <= set(files)
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
    shutil.copytree(reports.REPORTS_SQL_DIR, queries, ignore=shutil.ignore_patterns("output"))
    assert reports.inputs_fingerprint(restated_warehouse, day, True, queries) == original
    (queries / "investments.sql").write_text("select 1 as one\n", encoding="utf-8")
    edited = reports.inputs_fingerprint(restated_warehouse, day, True, queries)
    assert edited != original
    (queries / "briefing" / "initiatives.sql").write_text("select 1 as one\n", encoding="utf-8")
    assert reports.inputs_fingerprint(restated_warehouse, day, True, queries) not in (original, edited)

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


# --- Reports in the lineage: they read only marts, and dbt knows them as exposures -------------

ALL_QUERIES = sorted([*REPORTS_SQL_DIR.glob("*.sql"), *BRIEFING_SQL_DIR.glob("*.sql")])


@pytest.mark.parametrize("query", ALL_QUERIES, ids=lambda p: p.relative_to(REPORTS_SQL_DIR).as_posix())
def test_report_queries_read_only_marts(query: Path) -> None:
    tables = tables_read(query.read_text(encoding="utf-8"))
    assert tables and all(is_mart(t) for t in tables), tables


def test_the_lineage_check_sees_staging_reads_and_leaves_ctes_out() -> None:
    sql = "with marts as (select * from fct_funding) select * from marts join stg.stg_articles using (x)"
    assert tables_read(sql) == ("fct_funding", "stg.stg_articles")
    assert not is_mart("stg.stg_articles") and not is_mart("int_funding") and is_mart("dim_region")


@pytest.mark.e2e
def test_every_report_runs_where_only_the_marts_exist(published_warehouse: Path) -> None:
    """The marts alone, as views in an empty database: a query reading anything else fails here."""
    con = duckdb.connect()
    con.execute(f"attach '{published_warehouse}' as w (read_only)")
    marts = con.execute(
        "select table_name from information_schema.tables where table_catalog = 'w' and table_schema = 'main'"
    ).fetchall()
    for (name,) in marts:
        if is_mart(name):
            con.execute(f'create view "{name}" as select * from w.main."{name}"')
    con.execute("set variable as_of = date '2020-01-01'")
    for query in ALL_QUERIES:
        con.execute(query.read_text(encoding="utf-8")).fetchall()
    con.close()


def _exposures() -> dict[str, set[str]]:
    import yaml

    from etl.paths import DBT_PROJECT_DIR

    data = yaml.safe_load((DBT_PROJECT_DIR / "models" / "_exposures.yml").read_text(encoding="utf-8"))
    return {e["name"]: {d.removeprefix("ref('").removesuffix("')") for d in e["depends_on"]} for e in data["exposures"]}


def test_each_report_is_a_dbt_exposure_of_exactly_the_marts_it_reads() -> None:
    exposures = _exposures()
    reports_read = {r.name: set(r.tables) for r in catalog()}
    for name, tables in reports_read.items():
        assert exposures.get(name) == tables, name
    assert exposures["reports_workbook"] == set().union(*reports_read.values())
    page_reads = set(tables_read((BRIEFING_SQL_DIR / "initiatives.sql").read_text(encoding="utf-8")))
    for name in ("investment_by_region", "investments", "upcoming_milestones", "data_quality"):
        page_reads |= reports_read[name]
    assert exposures["briefing_page"] == page_reads
    assert set(exposures) == set(reports_read) | {"reports_workbook", "briefing_page"}


def _dbt(*args: str, db: Path, target: Path) -> subprocess.CompletedProcess[str]:
    from etl.build import dbt_executable
    from etl.paths import DBT_PROJECT_DIR

    env = {"WAREHOUSE_DB": str(db), "PATH": str(Path(sys.executable).parent)}
    return subprocess.run(
        [dbt_executable(), *args, "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
         "--target-path", str(target)],
        capture_output=True, text=True, env=env,
    )  # fmt: skip


@pytest.mark.e2e
def test_sources_freshness_follows_the_last_load(published_warehouse: Path, tmp_path: Path) -> None:
    copy = tmp_path / "w.duckdb"
    copy.write_bytes(published_warehouse.read_bytes())

    def articles_freshness() -> str:
        proc = _dbt("source", "freshness", db=copy, target=tmp_path / "target")
        results = json.loads((tmp_path / "target" / "sources.json").read_text(encoding="utf-8"))["results"]
        [articles] = [r for r in results if r["unique_id"].endswith("staging.articles")]
        assert (proc.returncode == 0) == (articles["status"] != "error"), proc.stdout[-2000:]
        return articles["status"]

    assert articles_freshness() == "pass"  # loaded just now
    con = duckdb.connect(str(copy))
    con.execute("update staging.articles set loaded_at = loaded_at - interval 10 day")
    con.close()
    assert articles_freshness() == "error"  # no load for more than a week


@pytest.mark.e2e
def test_the_metric_total_per_province_is_the_reports_total(published_warehouse: Path, tmp_path: Path) -> None:
    """MetricFlow's `total_announced_investment_krw` by province equals investment_by_region."""
    from etl.paths import DBT_PROJECT_DIR

    env = {"WAREHOUSE_DB": str(published_warehouse), "PATH": str(Path(sys.executable).parent)}
    parse = subprocess.run(
        [str(Path(sys.executable).parent / "dbt"), "parse", "--profiles-dir", "."],
        cwd=DBT_PROJECT_DIR, capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert parse.returncode == 0, parse.stdout[-2000:]
    out = tmp_path / "metric.csv"
    query = subprocess.run(
        [str(Path(sys.executable).parent / "mf"), "query", "--metrics", "total_announced_investment_krw",
         "--group-by", "province__name_ko", "--csv", str(out)],
        cwd=DBT_PROJECT_DIR, capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert query.returncode == 0, query.stdout[-2000:] + query.stderr[-2000:]
    with out.open(encoding="utf-8") as f:
        metric = {r["province__name_ko"]: int(float(r["total_announced_investment_krw"])) for r in csv.DictReader(f)}
    [report] = [
        r for r in reports.run_reports(published_warehouse, dt.date(2020, 1, 1)) if r.name == "investment_by_region"
    ]
    assert metric == {row[0]: row[1] for row in report.rows}
    assert len(metric) == 2


# --- The same words everywhere ------------------------------------------------------------------

# A column's name says what it holds, in every report: counts end in _count, won in _krw, dates in
# _date, years in _year; a list has a plural name; and one name has one type everywhere.
NAME_SUFFIX_TYPES = {"_count": "BIGINT", "_krw": "BIGINT", "_date": "DATE", "_year": "INTEGER"}
INTEGER_TYPES = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT"}


@pytest.mark.e2e
def test_one_column_name_means_one_thing_with_one_type_in_every_report(published_warehouse: Path) -> None:
    con = duckdb.connect(str(published_warehouse), read_only=True)
    con.execute("set variable as_of = date '2020-01-01'")
    types: dict[str, set[str]] = {}
    for report in catalog():
        for name, type_code, *_ in con.execute(report.sql).description:
            types.setdefault(name, set()).add(str(type_code))
    con.close()
    for name, found in types.items():
        assert len(found) == 1, f"{name} has types {found}"
        [type_name] = found
        for suffix, expected in NAME_SUFFIX_TYPES.items():
            if name.endswith(suffix):
                assert type_name == expected, name
        if type_name in INTEGER_TYPES:
            assert name.endswith(("_count", "_krw", "_year")), f"{name}: a number needs a unit in its name"
        if type_name.endswith("[]"):
            assert name.endswith("s") and not name.endswith("_count"), f"{name}: a list has a plural name"
    assert "articles" not in types and "year" not in types  # once a count in one report and a list in another


# --- Reports that show their work (issue 15) ----------------------------------------------------


def _report_rows(db: Path, name: str) -> list[dict[str, object]]:
    [report] = [r for r in reports.run_reports(db, dt.date(2020, 1, 1)) if r.name == name]
    return [dict(zip(report.columns, row, strict=True)) for row in report.rows]


@pytest.mark.e2e
def test_a_province_total_lists_the_investments_and_initiatives_it_is_made_of(published_warehouse: Path) -> None:
    con = duckdb.connect(str(published_warehouse), read_only=True)
    facts = con.execute(
        "select p.name_ko, f.amount_krw, coalesce(i.name_ko, '(사업명 미상)') || ': ' || f.latest_amount_text, i.name_ko "
        "from fct_investment f join dim_region p on p.region_key = f.province_key "
        "left join dim_initiative i on i.initiative_key = f.initiative_key"
    ).fetchall()
    con.close()
    rows = {r["province"]: r for r in _report_rows(published_warehouse, "investment_by_region")}
    assert set(rows) == {province for province, *_ in facts} == {"광주광역시", "부산광역시"}
    for province, row in rows.items():
        own = [f for f in facts if f[0] == province]
        assert row["total_krw"] == sum(f[1] for f in own)
        assert row["investment_count"] == len(row["investments"]) == len(own)
        assert sorted(row["investments"]) == sorted(f[2] for f in own)
        assert row["initiatives"] == sorted({f[3] for f in own if f[3]})
    gwangju = rows["광주광역시"]
    assert gwangju["source_articles"] == ["news.jsonl#1", "news.jsonl#2"]  # restated by two outlets, counted once


@pytest.mark.e2e
@pytest.mark.parametrize("report", ["investments", "initiatives_by_region"])
def test_investments_and_initiatives_name_their_sources_and_participants(
    published_warehouse: Path, report: str
) -> None:
    [gwangju] = [r for r in _report_rows(published_warehouse, report) if r["province"] == "광주광역시"]
    assert gwangju["source_titles"] == ["광주 AI 집적단지에 4000억 투입", "광주 집적단지 사업비 4119억으로"]
    assert gwangju["source_articles"] == ["news.jsonl#1", "news.jsonl#2"]
    assert {"광주과학기술원 (participant)", "정보통신산업진흥원 (participant)"} <= set(gwangju["participants"])


# --- What a milestone is ----------------------------------------------------------------------

# (sentence, {date as written: what the milestone table calls the event}).
MILESTONE_KINDS = {
    "two_events_one_sentence": (
        "광주시는 인공지능 집적단지를 2025년 착공해 2027년 준공할 예정이라고 밝혔다.",
        {"2025년": "착공", "2027년": "준공"},
    ),
    "event_before_its_date": (
        "대구시는 수성알파시티 데이터센터 착공식을 2025년 3월에 연다고 밝혔다.",
        {"2025년 3월": "착공"},
    ),
    "agreement": (
        "전남도는 지난해 12월 해남 데이터센터 건립을 위한 업무협약(MOU)을 체결했다.",
        {"지난해 12월": "협약"},
    ),
    "opening": ("울산시는 2024년 4월 울산 AI 혁신센터 문을 열었다.", {"2024년 4월": "개소"}),
    "designation": (
        "부산시는 에코델타시티가 2025년 상반기 기회발전특구로 지정될 예정이라고 밝혔다.",
        {"2025년 상반기": "선정"},
    ),
    "a_company_named_공사_is_no_construction": (
        "부산시는 2021년 수자원공사와 함께 에코델타시티 데이터센터 부지를 확보했다.",
        {"2021년": "기타"},
    ),
    "completion_in_the_same_clause": (
        "1단계 사업은 2026년 상반기에 착공해 2028년까지 완료할 예정이다. 울산시가 밝혔다.",
        {"2026년 상반기": "착공", "2028년": "준공"},
    ),
}


@pytest.fixture(scope="module")
def milestone_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("milestones")
    cases = {
        f"{name}.txt": f"AI 소식\n입력 2024-05-02\n{sentence}\n" for name, (sentence, _) in MILESTONE_KINDS.items()
    }
    return built_warehouse(root, cases)


@pytest.mark.e2e
@pytest.mark.parametrize("case", MILESTONE_KINDS)
def test_a_milestone_says_what_happened_or_is_planned(milestone_warehouse: Path, case: str) -> None:
    rows = _report_rows(milestone_warehouse, "milestone_timeline")
    con = duckdb.connect(str(milestone_warehouse), read_only=True)
    dated = dict(
        con.execute(
            "select m.date_text, k.label_ko from fct_milestone m join dim_article a using (article_key) "
            "join dim_milestone_kind k using (event_kind) where a.file_name = ?",
            [f"{case}.txt"],
        ).fetchall()
    )
    con.close()
    assert dated == MILESTONE_KINDS[case][1]
    assert {r["event"] for r in rows if r["source_article"] == f"{case}.txt"} == set(dated.values())
