"""Answers across articles, on a real warehouse built from articles written for these tests: each
initiative once however many outlets report it, each investment counted once, right totals."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from etl import migrate
from etl.build import dbt_build
from etl.load import load_paths

from .conftest import query_rows

# One project (a data centre in 진주) reported by three outlets at three stages with three figures,
# a second data centre in the same province (창원), a cluster in another province reported twice,
# a project called off, and a national article giving two regions a share each.
ARTICLES = {
    "a1_mou.txt": (
        "경남도, 진주에 AI 데이터센터 유치…1조원 규모",
        "입력 2024-03-04 10:00",
        "경남도와 진주시는 4일 도청에서 한빛디앤씨와 총 1조원 규모의 투자협약을 맺었다고 밝혔다.",
        "한빛디앤씨는 진주시 정촌산업단지에 2027년까지 AI 데이터센터를 짓는다.",
    ),
    "a2_start.txt": (
        "'진주 하늘빛 AI 데이터센터' 첫 삽",
        "입력 2025-05-20 09:00",
        "진주시 정촌산업단지 내 '진주 하늘빛 AI 데이터센터'가 20일 착공했다.",
        "총사업비 1조 240억 원이 들어가며 2027년 준공이 목표다.",
        "시행사는 한빛디앤씨다.",
    ),
    "a3_revision.txt": (
        "진주 AI 데이터센터 사업비 늘어",
        "입력 2026-01-10 11:00",
        "진주시 정촌산업단지 AI 데이터센터 사업비가 1조 240억원에서 1조 1500억원으로 증가했다.",
        "한빛디앤씨는 자재값 상승을 이유로 들었다.",
    ),
    "b1_changwon.txt": (
        "창원에 두 번째 AI 데이터센터",
        "입력 2025-06-01 10:00",
        "창원시는 1일 의창구에 3000억원을 들여 AI 데이터센터를 짓는 협약을 맺었다고 밝혔다.",
        "창원 AI 데이터센터는 2028년 가동할 예정이다.",
    ),
    "c1_cluster.txt": (
        "충북 오송 바이오 AI 클러스터 조성 확정",
        "입력 2024-02-01 10:00",
        "충북도는 오송에 '오송 바이오 AI 클러스터'를 조성한다고 1일 밝혔다.",
        "도는 2028년까지 총 2800억원을 투입한다.",
    ),
    "c2_cluster.txt": (
        "오송 바이오 AI 클러스터 기공식",
        "입력 2025-04-01 10:00",
        "오송 바이오 AI 클러스터 기공식이 1일 열렸다.",
        "오송 바이오 AI 클러스터에는 2800억원이 투입돼 2028년 완공된다.",
    ),
    "d1_cancelled.txt": (
        "울산 중구 데이터센터 건립 무산",
        "입력 2025-07-01 10:00",
        "울산시 중구에 추진하던 데이터센터 건설사업은 무산됐다.",
        "사업자는 당초 2000억원을 들여 데이터센터를 지을 계획이었지만 사업을 포기했다.",
    ),
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("resolution")
    folder = root / "articles"
    folder.mkdir()
    for name, lines in ARTICLES.items():
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = root / "w.duckdb"
    migrate.upgrade(db)
    load_paths(db, [folder], progress=False)
    dbt_build(db)
    return db


def _initiatives_of(db: Path, file_name: str) -> set[str]:
    return {
        key for (key,) in query_rows(db, f"""
            select b.initiative_key from bridge_article_initiative b
            join dim_article a on a.article_key = b.article_key where a.file_name = '{file_name}'""")
    }  # fmt: skip


@pytest.mark.e2e
def test_three_reports_of_one_project_are_one_initiative(warehouse: Path) -> None:
    keys = [_initiatives_of(warehouse, f) for f in ("a1_mou.txt", "a2_start.txt", "a3_revision.txt")]
    assert all(len(k) == 1 for k in keys) and keys[0] == keys[1] == keys[2]
    [(name,)] = query_rows(
        warehouse, f"select name_ko from dim_initiative where initiative_key = '{next(iter(keys[0]))}'"
    )
    assert name == "진주 하늘빛 AI 데이터센터"  # the fullest name any report gives


@pytest.mark.e2e
def test_the_project_counts_once_at_its_latest_exact_figure_with_the_range_reported(warehouse: Path) -> None:
    [key] = _initiatives_of(warehouse, "a2_start.txt")
    [(amount, low, high, sources)] = query_rows(
        warehouse,
        f"select amount_krw, min_amount_krw, max_amount_krw, source_articles from fct_investment where initiative_key = '{key}'",
    )
    assert amount == 1_150_000_000_000  # the revision's new figure, not the superseded 1조240억
    assert (low, high) == (1_000_000_000_000, 1_150_000_000_000)
    assert sources == ["a1_mou.txt", "a2_start.txt", "a3_revision.txt"]


@pytest.mark.e2e
def test_two_data_centres_in_one_province_stay_two(warehouse: Path) -> None:
    assert _initiatives_of(warehouse, "b1_changwon.txt").isdisjoint(_initiatives_of(warehouse, "a1_mou.txt"))
    [(total,)] = query_rows(warehouse, """
        select sum(v.amount_krw) from fct_investment v join dim_region p on p.region_key = v.province_key
        where p.name_ko = '경상남도'""")  # fmt: skip
    assert total == 1_150_000_000_000 + 300_000_000_000


@pytest.mark.e2e
def test_a_cluster_reported_twice_is_one_investment(warehouse: Path) -> None:
    assert _initiatives_of(warehouse, "c1_cluster.txt") == _initiatives_of(warehouse, "c2_cluster.txt")
    [(count, total)] = query_rows(warehouse, """
        select count(*), sum(v.amount_krw) from fct_investment v join dim_region p on p.region_key = v.province_key
        where p.name_ko = '충청북도'""")  # fmt: skip
    assert (count, total) == (1, 280_000_000_000)


@pytest.mark.e2e
def test_a_project_called_off_is_not_counted(warehouse: Path) -> None:
    [key] = _initiatives_of(warehouse, "d1_cancelled.txt")
    assert query_rows(warehouse, f"select status from dim_initiative where initiative_key = '{key}'") == [
        ("cancelled",)
    ]
    assert query_rows(warehouse, f"select count(*) from fct_investment where initiative_key = '{key}'") == [(0,)]


@pytest.mark.e2e
def test_a_second_build_of_the_same_data_gives_the_same_answers(warehouse: Path) -> None:
    query = """select (select list(t order by t) from (select concat_ws('|', initiative_key, name_ko, initiative_type,
                      region_key, status) as t from dim_initiative)),
                      (select list(t order by t) from (select concat_ws('|', investment_key, amount_krw) as t from fct_investment))"""
    before = query_rows(warehouse, query)
    dbt_build(warehouse)
    assert query_rows(warehouse, query) == before


@pytest.mark.e2e
@pytest.mark.parametrize("relative", [False, True])
def test_explain_shows_the_initiative_a_report_resolved_to_and_why(warehouse: Path, relative: bool) -> None:
    """However the file is named (a path relative to the working folder, too), it is the article loaded."""
    article = warehouse.parent / "articles" / "a3_revision.txt"
    cli = Path(sys.executable).parent / "warehouse"
    proc = subprocess.run(
        [str(cli), "explain", "articles/a3_revision.txt" if relative else str(article), "--db", str(warehouse)],
        capture_output=True, text=True, cwd=warehouse.parent,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    across = proc.stdout.split("across articles", 1)[1]
    assert "진주 하늘빛 AI 데이터센터" in across and "a1_mou.txt" in across and "a2_start.txt" in across
