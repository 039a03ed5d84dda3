"""Saved web pages: the article's own text and metadata, not the page around it."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from etl.extract.article import extract_article
from etl.extract.gazetteer import load_gazetteer
from etl.readers.html import page_article
from etl.sources import InputError, read_articles
from tests.conftest import ROOT

PARAGRAPHS = [
    "광주광역시가 인공지능 중심도시 조성을 위한 기업 유치에 박차를 가한다. 광주시는 27일 오후 시청 중회의실에서 추진위원회 제3차 회의를 개최했다.",
    "이날 회의는 인공지능 전담부서 신설과 비전선포식 개최, 인공지능 산업융합사업단 출범 등을 논의하기 위해 마련됐다.",
    "광주시는 올해부터 2024년까지 5년 간 4116억원을 투입해 첨단 3지구에 집적단지를 조성하고 컴퓨팅파워와 데이터를 제공할 계획이다.",
    "이용섭 시장은 “인공지능 중심도시 광주를 실현해 4차 산업혁명시대에 대한민국을 이끌겠다”고 말했다.",
]
OTHER_STORIES = [f"부산시, 해양관광 활성화 대책 발표 {i}" for i in range(8)]


def _page(head: str = "", body_extra: str = "", paragraphs: list[str] = PARAGRAPHS) -> str:
    related = "".join(f"<li><a href='/news/{i}'>{t}</a></li>" for i, t in enumerate(OTHER_STORIES))
    return (
        f"<html><head><meta charset='utf-8'><title>광주시, 인공지능 기업 유치 속도 낸다 - 빛고을일보</title>{head}</head>"
        "<body><nav><ul><li><a href='/'>홈</a></li><li><a href='/p'>정치</a></li><li><a href='/e'>경제</a></li></ul></nav>"
        "<div class='weather'>광주 8.3℃</div><article><h1>광주시, 인공지능 기업 유치 속도 낸다</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + f"{body_extra}</article><aside><h3>많이 본 뉴스</h3><ul>{related}</ul></aside>"
        "<footer>Copyright ⓒ 빛고을일보. All rights reserved.</footer></body></html>"
    )


def _read(tmp_path: Path, markup: str, name: str = "page.html", encoding: str = "utf-8"):
    """The articles of a saved page: read (the markup), then found in it as extraction does."""
    path = tmp_path / name
    path.write_bytes(markup.encode(encoding))
    pages = list(read_articles(path))
    assert all(p.is_page and p.text.startswith("<html") for p in pages)
    return [page_article(p) for p in pages]


def test_the_article_text_without_menus_widgets_or_other_stories(tmp_path: Path) -> None:
    head = (
        "<meta property='og:title' content='광주시, 인공지능 기업 유치 속도 낸다'>"
        "<meta property='og:site_name' content='빛고을일보'><meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2020-04-28T13:28:08+09:00'>"
        "<meta property='og:url' content='https://www.bitgoeul.example/news/1'>"
    )
    [article] = _read(tmp_path, _page(head))
    assert article.title == "광주시, 인공지능 기업 유치 속도 낸다"
    assert article.published_date == dt.date(2020, 4, 28)
    assert article.publisher == "빛고을일보"
    assert article.url == "https://www.bitgoeul.example/news/1"
    assert article.is_main_text and not article.is_summary
    assert "4116억원" in article.text
    assert "해양관광" not in article.text and "정치" not in article.text and "8.3℃" not in article.text


def _table_page(data_table: str = "") -> str:
    """An old-style page laid out in tables: menus, the article and its byline in cells."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<html><head><meta charset='utf-8'><title>광주시, 인공지능 기업 유치 속도 낸다</title></head><body>"
        "<table width='100%'><tr><td><table><tr><td><a href='/'>홈</a> | <a href='/e'>과학·경제</a></td></tr></table>"
        "<table><tr><td class='view'><div class='location'>홈 &gt; 과학·경제</div>"
        "<font class='title'>광주시, 인공지능 기업 유치 속도 낸다</font> 기사입력 2020-04-28 13:28 "
        f"<div class='body'>{body}{data_table}</div></td></tr></table></td></tr></table></body></html>"
    )


def test_a_page_laid_out_in_tables_keeps_its_paragraphs_apart(tmp_path: Path) -> None:
    [article] = _read(tmp_path, _table_page())
    lines = [line.strip() for line in article.text.splitlines() if line.strip()]
    assert any(line.startswith("광주광역시가 인공지능 중심도시") for line in lines)
    assert any(line.startswith("광주시는 올해부터 2024년까지") for line in lines)
    assert not any("과학·경제" in line and "광주광역시가" in line for line in lines)  # no menu glued to the text


def test_a_table_of_data_in_an_article_stays_a_table(tmp_path: Path) -> None:
    table = "<table><tr><th>지역</th><th>총사업비</th></tr><tr><td>대구</td><td>380억원</td></tr></table>"
    [article] = _read(tmp_path, _table_page(table))
    assert any(line.count("|") >= 3 and "380억원" in line for line in article.text.splitlines())


def test_the_sites_name_is_cut_from_the_title(tmp_path: Path) -> None:
    head = "<meta property='og:site_name' content='빛고을일보'>"
    [article] = _read(tmp_path, _page(head))
    assert article.title == "광주시, 인공지능 기업 유치 속도 낸다"


def test_a_page_in_cp949_with_its_date_only_in_the_byline(tmp_path: Path) -> None:
    byline = "<p class='byline'>입력 2021.10.04 14:05</p>"
    [article] = _read(tmp_path, _page(body_extra=byline).replace("utf-8", "euc-kr"), encoding="cp949")
    assert "4116억원" in article.text
    assert article.published_date == dt.date(2021, 10, 4)


def test_a_portal_copy_is_published_by_the_outlet_it_names(tmp_path: Path) -> None:
    head = (
        "<meta property='og:site_name' content='네이버 뉴스'><meta property='og:type' content='article'>"
        "<meta property='og:article:author' content='광주일보 | 네이버'>"
        "<meta property='og:url' content='https://n.news.naver.com/article/001/1'>"
    )
    [article] = _read(tmp_path, _page(head))
    assert article.publisher == "광주일보"


def test_without_metadata_the_address_names_the_outlet(tmp_path: Path) -> None:
    head = "<link rel='canonical' href='https://www.kwangju.co.kr/article.php?aid=1'>"
    [article] = _read(tmp_path, _page(head).replace(" - 빛고을일보", "").replace("빛고을일보", "-"))
    assert article.publisher == "광주일보"


def test_a_front_page_listing_stories_is_not_an_article(tmp_path: Path) -> None:
    items = "".join(
        f"<li><a href='/n/{i}'>{t} 속보 {i}번째 기사 제목입니다</a> 뉴시스</li>"
        for i, t in enumerate(OTHER_STORIES * 3)
    )
    page = (
        "<html><head><meta property='og:type' content='website'><title>뉴스 홈</title></head>"
        f"<body><h2>헤드라인 뉴스</h2><ul>{items}</ul></body></html>"
    )
    with pytest.raises(InputError, match="not an article"):
        _read(tmp_path, page)


def test_a_short_brief_on_a_site_that_calls_every_page_a_website_is_read(tmp_path: Path) -> None:
    head = "<meta property='og:type' content='website'><meta property='og:site_name' content='빛고을일보'>"
    [raw] = _read(tmp_path, _page(head, paragraphs=PARAGRAPHS[:1]))
    article = extract_article(raw, load_gazetteer(), dt.datetime(2026, 1, 1))
    # the headline the extractor kept above the text is the headline, not a sentence of the body
    assert [s["zone"] for s in article.sentences] == ["headline", "body", "body"]
    assert article.article["title"] == "광주시, 인공지능 기업 유치 속도 낸다"


def test_a_page_without_text_is_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no text"):
        _read(tmp_path, "<html><head><title>x</title></head><body><script>var a=1;</script></body></html>")


def test_the_cleaned_body_is_all_body_for_an_extracted_page(tmp_path: Path) -> None:
    """No headline is guessed inside an extractor's main text: English prose is body too."""
    english = [
        "SEOUL, Aug. 20 (Yonhap) -- North Korea's official newspaper blasted South Korea on Tuesday for a joint drill.",
        "The Rodong Sinmun said the drill was a grave provocation and warned of consequences for the South.",
        "The allies began the exercise on Aug. 11, and it is scheduled to run through Tuesday, officials said.",
    ]
    [raw] = _read(tmp_path, _page(paragraphs=english * 2))
    article = extract_article(raw, load_gazetteer(), dt.datetime(2026, 1, 1))
    zones = [s["zone"] for s in article.sentences]
    assert zones[1:] == ["body"] * (len(zones) - 1) and zones[0] in ("headline", "body")
    assert "grave provocation" in article.article["body"]


def test_explain_json_gives_one_object_per_article(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page("<meta property='og:site_name' content='빛고을일보'>"), encoding="utf-8")
    out = subprocess.run(
        [str(Path(sys.executable).parent / "warehouse"), "explain", str(path), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    [obj] = [json.loads(line) for line in out.stdout.splitlines()]
    assert obj["publisher"] == "빛고을일보" and obj["title"].startswith("광주시")
    assert "4116억원" in obj["body"] and "해양관광" not in obj["body"]
    assert any(a["amount_krw"] == 411_600_000_000 for a in obj["facts"]["amounts"])
    assert {"regions", "organisations", "amounts", "dates", "initiatives"} <= obj["facts"].keys()


def test_saved_news_pages_meet_the_reading_targets(shared_dir: Path) -> None:
    """Body word F1 >= 0.90 on each article page, its date and publisher right; the front page gives no facts."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "score_html.py"), "--pages", str(shared_dir / "html"), "--check"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
