"""Migrations, idempotent loading and an end-to-end build in a temporary folder."""

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl import migrate
from etl.build import dbt_build
from etl.explain import explain_file
from etl.load import load_paths
from etl.reports import write_reports
from etl.schema import metadata

from .conftest import SEEDS


def _count(db: Path, table: str) -> int:
    con = duckdb.connect(str(db))
    try:
        return con.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        con.close()


def test_migrations_upgrade_and_downgrade(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    migrate.upgrade(db)
    assert _count(db, "staging.articles") == 0
    migrate.downgrade(db, "base")
    con = duckdb.connect(str(db))
    tables = {
        r[0]
        for r in con.execute("select table_name from information_schema.tables where table_schema='staging'").fetchall()
    }
    con.close()
    assert tables == {"alembic_version"}
    migrate.upgrade(db)
    assert _count(db, "staging.articles") == 0


def test_the_quick_head_check_names_the_revision_alembic_calls_head(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config(tmp_path / "w.duckdb"))
    assert migrate.head_revision() == script.get_current_head()


def test_a_warehouse_at_the_latest_migration_is_not_migrated_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    db = tmp_path / "w.duckdb"
    assert migrate.current_revision(db) is None
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()

    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("Alembic ran on a warehouse already at head")

    with monkeypatch.context() as patched:
        patched.setattr(command, "upgrade", must_not_run)
        migrate.upgrade(db)  # one query, no Alembic
    migrate.downgrade(db, "0003")
    assert migrate.current_revision(db) == "0003"
    migrate.upgrade(db)  # behind: Alembic brings it to head
    assert migrate.current_revision(db) == migrate.head_revision()


def test_migrated_schema_matches_the_table_definitions(tmp_path: Path) -> None:
    """The migrations and etl/schema.py describe the same tables and columns."""
    db = tmp_path / "w.duckdb"
    migrate.upgrade(db)
    con = duckdb.connect(str(db))
    rows = con.execute(
        "select table_name, column_name from information_schema.columns where table_schema = 'staging'"
    ).fetchall()
    con.close()
    migrated = {(t, c) for t, c in rows if t != "alembic_version"}
    defined = {(t.name, c.name) for t in metadata.sorted_tables for c in t.columns}
    assert migrated == defined


def test_the_build_command_names_the_article_tables_the_schema_defines() -> None:
    from etl.schema import ARTICLE_TABLES
    from etl.staging_tables import ARTICLE_TABLE_NAMES

    assert tuple(t.name for t in ARTICLE_TABLES) == ARTICLE_TABLE_NAMES


def test_building_does_not_import_sqlalchemy() -> None:
    # `warehouse build` runs after every load; SQLAlchemy's import alone cost it ~0.24 s.
    code = "import sys, etl.build, etl.pipeline; sys.exit('sqlalchemy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_loading_twice_adds_nothing_and_a_changed_file_replaces_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    migrate.upgrade(db)
    first = load_paths(db, [articles], progress=False)
    assert (first.loaded, first.unchanged) == (5, 0)
    counts = {t: _count(db, f"staging.{t}") for t in ("articles", "sentences", "amount_mentions")}
    again = load_paths(db, [articles], progress=False)
    assert (again.loaded, again.replaced, again.unchanged) == (0, 0, 5)
    assert counts == {t: _count(db, f"staging.{t}") for t in counts}
    changed = sorted(articles.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8").replace("4116억원", "4200억원"), encoding="utf-8")
    third = load_paths(db, [articles], progress=False)
    assert (third.replaced, third.unchanged) == (1, 4)
    assert _count(db, "staging.articles") == 5
    con = duckdb.connect(str(db))
    amounts = {r[0] for r in con.execute("select amount_krw from staging.amount_mentions").fetchall()}
    con.close()
    assert 420_000_000_000 in amounts and 411_600_000_000 not in amounts


def test_bad_files_are_recorded_and_the_others_still_load(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    (articles / "empty.txt").write_bytes(b"")
    (articles / "junk.txt").write_bytes(b"\x00\xff\x00binary")
    migrate.upgrade(db)
    result = load_paths(db, [articles], progress=False)
    assert result.loaded == 5
    assert {s.file_name for s in result.skipped} == {"empty.txt", "junk.txt"}
    assert _count(db, "staging.skipped_inputs") == 2


@pytest.mark.e2e
def test_end_to_end_build_fills_every_mart(seeds_warehouse: Path) -> None:
    for table in (
        "dim_article",
        "dim_region",
        "dim_institution",
        "dim_initiative",
        "bridge_article_region",
        "bridge_article_institution",
        "fct_funding",
        "fct_milestone",
    ):
        assert _count(seeds_warehouse, f"main.{table}") > 0, table
    assert _count(seeds_warehouse, "main.dim_region where level = 'province'") == 17


@pytest.mark.e2e
def test_reports_are_written_as_csv(seeds_warehouse: Path, tmp_path: Path) -> None:
    written = write_reports(seeds_warehouse, tmp_path)
    names = {p.stem for p in written}
    assert {
        "investment_by_region",
        "milestone_timeline",
        "institutions_by_initiatives",
        "initiatives_by_region",
    } <= names
    text = (tmp_path / "latest" / "investment_by_region.csv").read_text(encoding="utf-8-sig")
    assert "울산광역시,7000000000000,7000000000000,7000000000000,1," in text
    assert "광주광역시,411600000000,411600000000,411600000000,1," in text


def _score(db: Path, gold: Path) -> dict:
    """The scorer's summary for a built warehouse."""
    out = subprocess.run(
        [sys.executable, str(gold.parent.parent / "eval" / "score.py"), "--db", str(db), "--gold", str(gold), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout)["summary"]


@pytest.mark.e2e
def test_seed_articles_meet_the_extraction_targets(seeds_warehouse: Path, shared_dir: Path) -> None:
    summary = _score(seeds_warehouse, shared_dir / "gold" / "seeds.gold.json")
    assert summary["overall"]["f1"] >= 0.90
    assert summary["funding"]["precision"] == 1.0
    assert summary["published_date_accuracy"] == 1.0


@pytest.mark.e2e
def test_cli_run_exits_3_when_an_input_was_skipped(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    (articles / "empty.txt").write_bytes(b"")
    cli = Path(sys.executable).parent / "warehouse"
    proc = subprocess.run(
        [str(cli), "load", "--db", str(tmp_path / "w.duckdb"), "--articles", str(articles)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 3
    assert "empty.txt" in proc.stderr and "empty file" in proc.stderr


@pytest.mark.e2e
def test_development_articles_meet_the_extraction_targets(shared_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "dev.duckdb"
    migrate.upgrade(db)
    load_paths(db, [shared_dir / "dev" / "articles"], progress=False)
    dbt_build(db)
    summary = _score(db, shared_dir / "gold" / "dev.gold.json")
    assert summary["overall"]["f1"] >= 0.88
    assert summary["funding"]["precision"] >= 0.95


@pytest.mark.e2e
def test_required_mart_columns_are_not_null_in_the_tables_themselves(seeds_warehouse: Path) -> None:
    """Contract constraints, enforced by DuckDB as each mart is written (not a test run afterwards)."""
    con = duckdb.connect(str(seeds_warehouse), read_only=True)
    try:
        not_null = set(
            con.execute(
                "select table_name, column_name from information_schema.columns "
                "where table_schema = 'main' and is_nullable = 'NO'"
            ).fetchall()
        )
    finally:
        con.close()
    keys = {
        (t, t.split("_", 1)[1] + "_key") for t in ("dim_article", "dim_region", "dim_institution", "dim_initiative")
    }
    facts = {("fct_funding", "funding_key"), ("fct_milestone", "milestone_key"), ("fct_investment", "investment_key")}
    required = {("fct_funding", "amount_role"), ("fct_milestone", "event_date"), ("fct_investment", "amount_krw")}
    assert keys | facts | required <= not_null


@pytest.mark.e2e
def test_dbt_unit_tests_pass(seeds_warehouse: Path) -> None:
    """Builds leave the unit tests out (their inputs are fixed); they run here."""
    from etl.build import dbt_executable
    from etl.paths import DBT_PROJECT_DIR

    env = {**os.environ, "WAREHOUSE_DB": str(seeds_warehouse)}
    proc = subprocess.run(
        [dbt_executable(), "test", "--select", "test_type:unit", "--project-dir", str(DBT_PROJECT_DIR),
         "--profiles-dir", str(DBT_PROJECT_DIR)],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert re.search(r"PASS=[1-9]", proc.stdout) and "ERROR=0" in proc.stdout


def test_migrations_down_and_up_on_a_populated_warehouse_keep_the_rows(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    migrate.upgrade(db)
    load_paths(db, [SEEDS], progress=False)
    before = {t: _count(db, f"staging.{t}") for t in ("articles", "sentences", "amount_mentions", "date_mentions")}
    migrate.downgrade(db, "0001")  # drops the funding-period columns
    migrate.upgrade(db)
    assert before == {t: _count(db, f"staging.{t}") for t in before}


def _seed_sentences() -> dict[tuple[str, int], str]:
    """(file name, sentence index) → the sentence, as extraction cut it (ids change with the
    key scheme a downgrade goes back to; names do not)."""
    from etl.extract.article import extract_article
    from etl.extract.gazetteer import load_gazetteer
    from etl.sources import read_articles

    gaz, now = load_gazetteer(), dt.datetime(2026, 1, 1)
    return {
        (x.article["file_name"], s["sentence_index"]): s["text"]
        for path in sorted(SEEDS.iterdir())
        for raw in read_articles(path)
        for x in [extract_article(raw, gaz, now)]
        for s in x.sentences
    }


@pytest.mark.e2e
def test_each_milestone_quotes_the_sentence_that_states_it(seeds_warehouse: Path) -> None:
    # Staging keeps a sentence as offsets into the body; the model cuts the text back out.
    con = duckdb.connect(str(seeds_warehouse), read_only=True)
    rows = con.execute(
        "select a.file_name, m.sentence_index, m.event_text from main.fct_milestone m join main.dim_article a using (article_key)"
    ).fetchall()
    con.close()
    sentences = _seed_sentences()
    assert rows
    assert all(text == sentences[(article, index)] for article, index, text in rows)


@pytest.mark.e2e
def test_a_downgrade_puts_back_each_sentences_text_cut_from_its_body(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    migrate.upgrade(db)
    load_paths(db, [SEEDS], progress=False)
    migrate.downgrade(db, "0006")
    con = duckdb.connect(str(db))
    stored = {
        (a, i): t
        for a, i, t in con.execute(
            "select a.file_name, s.sentence_index, s.text from staging.sentences s join staging.articles a using (article_id)"
        ).fetchall()
    }
    nullable = con.execute(
        "select is_nullable from information_schema.columns "
        "where table_schema = 'staging' and table_name = 'sentences' and column_name = 'text'"
    ).fetchone()
    con.close()
    sentences = _seed_sentences()
    assert stored and stored == {key: sentences[key] for key in stored}
    assert nullable == ("NO",)
    migrate.upgrade(db)
    assert _count(db, "staging.sentences") == len(stored)


def test_explain_shows_each_fact_with_its_sentence() -> None:
    cli = Path(sys.executable).parent / "warehouse"
    article = next(p for p in sorted(SEEDS.glob("*.txt")) if "4116억원" in p.read_text(encoding="utf-8"))
    proc = subprocess.run([str(cli), "explain", str(article)], capture_output=True, text=True)
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    i = next(n for n, line in enumerate(lines) if "4116억원 = 411,600,000,000 won [total, 2020–2024]" in line)
    assert "4116억원을 투입해" in lines[i + 1]
    assert "published:  2020-04-28" in proc.stdout


@pytest.mark.e2e
def test_explain_gives_a_reports_strong_links_before_its_weak_ones(seeds_warehouse: Path) -> None:
    """Whatever order the links table is stored in: the settled evidence is read first."""
    blocks: list[list[str]] = []
    for article in sorted(SEEDS.glob("*.txt")):
        lines = list(explain_file(article, warehouse=seeds_warehouse))
        for line in lines[next(n for n, line in enumerate(lines) if line.startswith("across articles")) + 1 :]:
            if " → " in line and not line.startswith("      "):
                blocks.append([])  # a report's initiative; its links follow
            elif " link to the report in " in line:
                blocks[-1].append(line.split()[0])
    assert any(set(block) == {"strong", "weak"} for block in blocks)  # the seeds have both beside each other
    assert all(block == sorted(block) for block in blocks)


@pytest.mark.e2e
def test_one_cluster_written_differently_by_several_articles_is_one_initiative(seeds_warehouse: Path) -> None:
    con = duckdb.connect(str(seeds_warehouse), read_only=True)
    rows = con.execute(
        """select i.article_count, i.name_variants from dim_initiative i
           join dim_region p on p.region_key = i.province_key
           where p.name_ko = '광주광역시' and i.initiative_type = 'cluster'"""
    ).fetchall()
    con.close()
    [(articles, variants)] = rows
    assert articles >= 3 and len(variants) >= 3


@pytest.mark.e2e
def test_warehouse_run_does_everything_and_summarises(tmp_path: Path) -> None:
    """The README's main command, as a user runs it (the CLI, in its own process)."""
    cli = Path(sys.executable).parent / "warehouse"
    out = tmp_path / "reports"
    proc = subprocess.run(
        [str(cli), "run", "--db", str(tmp_path / "w.duckdb"), "--articles", str(SEEDS), "--reports", str(out)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "articles: 5 loaded" in proc.stdout and "dbt build: models and tests passed" in proc.stdout
    assert "rows per mart: dim_article 5" in proc.stdout
    assert (out / "latest" / "investment_by_region.csv").exists()
