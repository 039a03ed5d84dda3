"""Shared fixtures: paths to the seeds and to ../shared (gold answers and scorer) when present."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def query_rows(db: Path, sql: str) -> list[tuple]:
    """The rows of one query on a warehouse file, opened read-only and closed again."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared (gold answers and scorer) is not beside this clone")
    return SHARED


@pytest.fixture(scope="session")
def seeds_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse built from seeds/ (migrate, load, dbt build), shared by the end-to-end tests that only read it."""
    from etl import migrate
    from etl.build import dbt_build
    from etl.load import load_paths

    db = tmp_path_factory.mktemp("seeds") / "warehouse.duckdb"
    migrate.upgrade(db)
    load_paths(db, [SEEDS], progress=False)
    dbt_build(db)
    return db


# A small corpus as a crawler hands it over (JSON Lines with outlets, links and dates): one
# investment restated by two outlets, with its participants and milestones; an undated article
# whose title looks like a spreadsheet formula; and a link that is a script, not an address.
PUBLISHED_RECORDS = [
    {
        "title": "광주 AI 집적단지에 4000억 투입",
        "publisher": "광주일보",
        "url": "https://news.example/gwangju-1",
        "published_at": "2019-01-29",
        "text": "광주시는 2024년까지 인공지능 집적단지에 4,000억 원을 투입한다고 밝혔다.\n"
        "광주과학기술원(GIST)과 정보통신산업진흥원이 광주 인공지능 집적단지 조성을 맡는다.\n"
        "광주 인공지능 집적단지는 2020년 착공해 2023년 준공할 예정이다.",
    },
    {
        "title": "광주 집적단지 사업비 4119억으로",
        "publisher": "전남일보",
        "url": "javascript:alert(1)",
        "published_at": "2020-07-01",
        "text": "광주 인공지능 집적단지에는 총 4119억 원이 투입된다고 시는 설명했다.\n"
        "광주 인공지능 집적단지는 2020년 3월 착공식을 열었다.\n"
        "광주시는 2027년 광주 인공지능 집적단지 2단계를 준공할 계획이다.",
    },
    {
        "title": '=HYPERLINK("http://evil.example")',
        "publisher": "부산일보",
        "url": "https://news.example/busan",
        "text": "부산시는 에코델타시티에 3조6000억 원 규모의 데이터센터를 유치했다고 밝혔다.",
    },
]


@pytest.fixture(scope="session")
def published_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse built from PUBLISHED_RECORDS (news.jsonl), for the reports, workbook and page tests."""
    import json

    from etl import migrate
    from etl.build import dbt_build
    from etl.load import load_paths

    root = tmp_path_factory.mktemp("published")
    articles = root / "articles"
    articles.mkdir()
    lines = [json.dumps(record, ensure_ascii=False) for record in PUBLISHED_RECORDS]
    (articles / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = root / "warehouse.duckdb"
    migrate.upgrade(db)
    load_paths(db, [articles], progress=False)
    dbt_build(db)
    return db
