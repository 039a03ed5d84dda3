"""Publisher: from every place a page states it, and never from a photo credit or a story it quotes."""

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.extract.article import extract_article
from etl.extract.gazetteer import load_gazetteer
from etl.extract.publisher import load_directory, publisher_from_text
from etl.model import RawArticle
from tests.conftest import SEEDS

BODY = "광주시는 27일 시청에서 인공지능 집적단지 조성 계획을 발표했다. 시는 올해 예산을 확정할 계획이다."


def _publisher(page: str) -> str | None:
    raw = RawArticle("p.txt", "p.txt", "p.txt", page, "txt")
    return extract_article(raw, load_gazetteer(), dt.datetime(2026, 1, 1)).article["publisher"]


@pytest.mark.parametrize(
    ("page", "publisher"),
    [
        (f"{BODY}\nⓒ연합뉴스TV, 무단 전재-재배포, AI 학습 및 활용 금지", "연합뉴스TV"),
        (f"{BODY}\nCopyright ⓒ 서울신문. All rights reserved. 무단 전재 및 재배포 금지.", "서울신문"),
        (f"{BODY}\n<저작권자 © 광주일보, 무단 전재 및 재배포 금지>", "광주일보"),
        (f"{BODY}\n중도일보(www.joongdo.co.kr), 무단전재 및 수집, 재배포 금지", "중도일보"),
        (f"{BODY}\n[ⓒ KPI뉴스. 무단전재-재배포 금지]", "KPI뉴스"),
        (f"{BODY}\nⓒ중앙일보(https://joongang.co.kr), 무단 전재 및 재배포 금지", "중앙일보"),
        # an outlet the reference does not list, read by its name's ending
        (f"{BODY}\nⓒ 새전남일보, 무단 전재 및 재배포 금지", "새전남일보"),
    ],
)
def test_the_copyright_line_names_the_publisher(page: str, publisher: str) -> None:
    assert _publisher(page) == publisher


@pytest.mark.parametrize(
    ("page", "publisher"),
    [
        (f"[안동=뉴시스] 류상현 기자 = {BODY}", "뉴시스"),
        (f"【파이낸셜뉴스 전주=강인 기자】 {BODY}", "파이낸셜뉴스"),
        (f"[헤럴드경제(울산)=박동순 기자] {BODY}", "헤럴드경제"),
        (f"[중부매일 황진현 기자] {BODY}", "중부매일"),
        (f"{BODY}\nKPI뉴스 / 박상준 기자 psj@kpinews.kr", "KPI뉴스"),
        (f"(서울=연합뉴스) 김철수 기자 = {BODY}", "연합뉴스"),
        # an outlet no list knows, named where a dateline names it: before its reporter
        (f"[뉴스사천=강무성 기자] {BODY}", "뉴스사천"),
    ],
)
def test_a_dateline_or_byline_names_the_publisher(page: str, publisher: str) -> None:
    assert _publisher(page) == publisher


@pytest.mark.parametrize(
    ("page", "publisher"),
    [
        (f"{BODY}\n수원=윤상연 기자 syyoon1111@hankyung.com", "한국경제"),
        (f"{BODY}\n/박진표 기자 lucky@kwangju.co.kr", "광주일보"),
        (f"{BODY}\n대전=양승민기자 sm104y@etnews.com", "전자신문"),
        (f"{BODY}\nURL 복사\nhttps://m.mdilbo.com/newsroom/5581722", "무등일보"),  # a share widget's own address
    ],
)
def test_the_reporters_address_or_the_pages_own_names_the_publisher(page: str, publisher: str) -> None:
    assert _publisher(page) == publisher


@pytest.mark.parametrize(
    ("page", "publisher"),
    [
        (f"{BODY}\n지금까지 KBS 뉴스 최보규입니다.", "KBS"),
        (f"{BODY}\nMBC뉴스 홍길동입니다.", "MBC"),
        (f"5일 경기일보 취재를 종합하면 도는 내년에 총 39억원의 예산을 투입한다. {BODY}", "경기일보"),
    ],
)
def test_an_outlet_naming_itself_is_the_publisher(page: str, publisher: str) -> None:
    assert _publisher(page) == publisher


def test_the_site_lists_its_own_stories_under_the_article() -> None:
    page = (
        f"{BODY}\n많이 본 뉴스\n"
        "1. 중구, 안전보건교육 실시 (새울일보/노유림기자)=울산 중구가 교육을 실시했다.\n"
        "2. 동구, 환경정화 봉사 [새울일보=임정훈] 슬도환경지킴이는 봉사활동을 했다."
    )
    assert _publisher(page) == "새울일보"


@pytest.mark.parametrize(
    "page",
    [
        f"{BODY}\n허성곤 시장이 공장을 둘러보고 있다. ⓒ 김해시",  # a photo credit, not a publisher
        f"{BODY}\n(사진=연합뉴스)",  # a photo's source
        f"조선일보 기자 출신인 김모 씨는 이날 발표를 맡았다. {BODY}",  # a story about a reporter
        f"{BODY}\n김태인 기자 | kti@example.co.kr | 2020.09.11 13:02:01",  # an address no map knows
        f"{BODY}\n광주 홍행기 기자",  # a byline without an outlet
        f"[안동=류상현 기자] {BODY}",  # a place, then the reporter
        f"[김해시=홍길동 기자] {BODY}",
        f"[인터뷰=홍길동 기자] {BODY}",  # what the piece is, not who published it
        f"{BODY}\n관련기사\n[서울=연합뉴스] 다른 기사\n[세종=뉴스1] 또 다른 기사",  # lists that disagree
        f"{BODY}\n문의: press@naver.com",  # a portal's mail is nobody's byline
    ],
)
def test_no_publisher_where_the_page_does_not_name_one(page: str) -> None:
    assert _publisher(page) is None


def test_metadata_wins_over_the_text() -> None:
    raw = RawArticle("p.txt", "p.txt", "p.txt", f"{BODY}\nⓒ 서울신문", "txt", publisher="세계일보")
    assert extract_article(raw, load_gazetteer(), dt.datetime(2026, 1, 1)).article["publisher"] == "세계일보"


def test_names_are_read_as_the_reference_writes_them() -> None:
    d = load_directory()
    assert d.outlet("헤럴드경제(울산)") == "헤럴드경제"
    assert d.outlet("뉴스21일간") == "뉴스21"  # a known outlet with 'daily' added
    assert d.outlet("kpi 뉴스") == "KPI뉴스"
    assert d.outlet("김해시") is None and d.outlet("뉴스") is None and d.outlet("홍길동 기자") is None
    assert d.for_domain("https://m.mdilbo.com/newsroom/1") == "무등일보"
    assert d.for_domain("en.yna.co.kr") == "Yonhap News Agency" and d.for_domain("www.yna.co.kr") == "연합뉴스"
    assert d.for_domain("https://n.news.naver.com/article/025/1") is None  # a portal carries others' stories
    assert d.is_portal("네이버 뉴스") and d.is_portal(url="https://news.naver.com/x")
    assert d.for_domain("example.co.kr") is None and d.for_domain("co.kr") is None


def test_text_rules_see_only_what_they_are_given() -> None:
    d = load_directory()
    assert publisher_from_text([], [], [], "", d) is None
    assert publisher_from_text(["ⓒ 한라일보"], [], [], "", d) == "한라일보"


# What each seed article says about its publisher: a copyright line (000, 002), the datelines of
# the site's list of its own stories (001), a reporter's address (003, 004).
SEED_PUBLISHERS = {
    "000_e4495111236148da.txt": "연합뉴스TV",
    "001_136ac473d7bd88f8.txt": "뉴스21",
    "002_1ef9702df256c4c7.txt": "중도일보",
    "003_bddb500d02ad9e88.txt": "광주일보",
    "004_fb47bee702574e82.txt": "한국경제",
}


@pytest.mark.parametrize(("name", "publisher"), SEED_PUBLISHERS.items())
def test_every_seed_articles_publisher_is_found(name: str, publisher: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    raw = RawArticle(str(SEEDS / name), name, name, text, "txt")
    assert extract_article(raw, load_gazetteer(), dt.datetime(2026, 1, 1)).article["publisher"] == publisher


# The development articles whose text names their outlet (a dateline, byline, address or the
# outlet's own words); the others name none and must get none.
DEV_PUBLISHERS = {
    "d01": "뉴시스", "d02": "뉴시스", "d08": "KPI뉴스", "d10": "중부매일", "d11": "파이낸셜뉴스",
    "d13": "헤럴드경제", "d14": "경기일보", "d16": "전자신문",
}  # fmt: skip


def test_development_articles_publishers(shared_dir: Path) -> None:
    found = {}
    for path in sorted((shared_dir / "dev" / "articles").glob("*.txt")):
        raw = RawArticle(str(path), path.name, path.name, path.read_text(encoding="utf-8"), "txt")
        found[path.name[:3]] = extract_article(raw, load_gazetteer(), dt.datetime(2026, 1, 1)).article["publisher"]
    assert {k: v for k, v in found.items() if v} == DEV_PUBLISHERS, json.dumps(found, ensure_ascii=False)


_LINE_PIECES = st.sampled_from(
    [
        "ⓒ 경남일보",
        "Copyright",
        "(c)",
        "무단 전재",
        "재배포 금지",
        "저작권자",
        "광주시는",
        "AI",
        " ",
        "[",
        "=",
        "기자",
        "x" * 90,
    ]
)


@given(st.lists(st.lists(_LINE_PIECES, max_size=6).map("".join), max_size=8).map("\n".join))
def test_the_page_scan_for_copyright_lines_finds_what_a_line_by_line_scan_finds(page: str) -> None:
    from etl.extract.publisher import _COPYRIGHT_MARK, _copyright_lines

    expected = [line for line in page.split("\n") if len(line) < 160 and _COPYRIGHT_MARK.search(line)]
    assert list(_copyright_lines(page)) == expected
