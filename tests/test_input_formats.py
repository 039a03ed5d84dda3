"""Feeds, JSON, tables and web archives: every row or record an article with a stable key;
a bad one skipped and named (file, row, reason) while the others load."""

import datetime as dt
import io
import json
from pathlib import Path

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl import migrate
from etl.load import load_paths
from etl.model import RawArticle, SkippedInput, article_key, record_number
from etl.readers.fields import date_from, strip_tags
from etl.readers.html import page_article
from etl.readers.tables import parse_columns
from etl.sources import InputError, discover, read_articles

BODY = "울산시는 2일 시청에서 울산형 소버린 인공지능 집적단지 조성 계획을 발표했다. 시는 2030년까지 1조원을 투입할 계획이다."
BODY2 = "경북도와 구미시는 18일 퀀텀일레븐 컨소시엄과 4조5000억원 규모의 AI 데이터센터 업무협약을 체결했다."


def _items(path: Path, columns: dict[str, str] | None = None) -> tuple[list[RawArticle], list[SkippedInput]]:
    items = list(read_articles(path, columns))
    return [i for i in items if isinstance(i, RawArticle)], [i for i in items if isinstance(i, SkippedInput)]


def _name(source_key: str) -> str:
    """The file name and record number of a key (keys hold the file's full path)."""
    return source_key.rsplit("/", 1)[-1]


# --- RSS and Atom ---------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>울산매일 : 전체기사</title><link>https://www.iusm.co.kr</link>
<item><title>울산, AI 집적단지 추진</title><link>https://www.iusm.co.kr/news/1</link>
  <pubDate>Fri, 02 Jan 2026 23:30:00 +0900</pubDate>
  <description>{BODY[:30]}…</description>
  <content:encoded><![CDATA[<p>{BODY}</p><p>{BODY2}</p>]]></content:encoded></item>
<item><title>구미 AI 데이터센터</title><link>https://www.iusm.co.kr/news/2</link>
  <pubDate>Thu, 18 Dec 2025 09:00:00 +0900</pubDate>
  <description>&lt;b&gt;경북도와&lt;/b&gt; 구미시는 18일 AI 데이터센터 업무협약을 체결했다.</description></item>
<item><link>https://www.iusm.co.kr/news/3</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>AI 뉴스</title>
<entry><title>울산 소버린 AI</title><link href="https://www.yna.co.kr/view/AKR1"/><id>tag:1</id>
  <updated>2026-01-02T23:30:00+09:00</updated><content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry>
</feed>"""


@pytest.mark.parametrize(
    ("description", "first_line"),
    [
        ("울산형 AI 집적단지에 1조원…2030년 완공 목표", "울산형 AI 집적단지에 1조원…2030년 완공 목표"),  # a deck
        (BODY[:40] + "…", BODY.split(".")[0] + "."),  # an excerpt, cut short
        (BODY[:25], BODY.split(".")[0] + "."),  # cut mid-word, no mark
    ],
)
def test_an_rss_description_that_is_no_excerpt_of_the_full_text_is_its_deck(
    tmp_path: Path, description: str, first_line: str
) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">'
        "<channel><title>울산매일</title><item><title>울산 AI</title>"
        '<media:content url="https://x/1.jpg" medium="image"><media:description>사진 설명</media:description>'
        f"</media:content><description><![CDATA[{description}]]></description>"
        f"<content:encoded><![CDATA[<p>{BODY}</p>]]></content:encoded></item></channel></rss>",
        encoding="utf-8",
    )
    [item], _ = _items(path)
    assert item.text.split("\n")[0].startswith(first_line) and "사진 설명" not in item.text


def test_an_rss_item_gives_full_text_from_content_encoded_else_its_summary(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    (full, summary), [bad] = _items(path)
    assert full.text.startswith("울산시는 2일") and "4조5000억원" in full.text and not full.is_summary
    # the date as written in its zone: 23:30 KST on the 2nd is the 2nd, not the 1st in UTC
    assert full.published_date == dt.date(2026, 1, 2)
    assert (full.title, full.url, full.publisher) == (
        "울산, AI 집적단지 추진",
        "https://www.iusm.co.kr/news/1",
        "울산매일",
    )
    assert summary.is_summary and summary.text.startswith("경북도와 구미시는") and "<b>" not in summary.text
    assert [_name(full.source_key), _name(summary.source_key)] == ["feed.rss#1", "feed.rss#2"]
    assert bad.source_path.endswith("feed.rss#3") and "item 3" in bad.reason and "no text" in bad.reason


def test_an_atom_entry_is_an_article(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    [entry], [] = _items(path)
    assert entry.text == BODY and entry.published_date == dt.date(2026, 1, 2)
    assert entry.publisher == "연합뉴스" and entry.fmt == "feed"


def test_xml_that_is_not_a_feed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text("<?xml version='1.0'?><urlset><url><loc>https://a.kr/</loc></url></urlset>", encoding="utf-8")
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        _items(path)


# --- JSON -----------------------------------------------------------------------------------

NAVER = {
    "lastBuildDate": "Mon, 05 Jan 2026 10:00:00 +0900", "total": 2, "start": 1, "display": 2,
    "items": [
        {"title": "울산, &quot;<b>AI</b> 수도&quot; 선언", "originallink": "https://www.ksilbo.co.kr/news/1",
         "link": "https://n.news.naver.com/mnews/article/1", "description": f"<b>울산시</b>는 2일 {BODY[5:]}",
         "pubDate": "Fri, 02 Jan 2026 23:30:00 +0900"},
        {"title": "설명 없는 기사", "originallink": "", "link": "https://n.news.naver.com/2", "description": "",
         "pubDate": "Fri, 02 Jan 2026 10:00:00 +0900"},
    ],
}  # fmt: skip


def test_a_naver_search_result_gives_summaries_without_tags(tmp_path: Path) -> None:
    path = tmp_path / "naver.json"
    path.write_text(json.dumps(NAVER, ensure_ascii=False), encoding="utf-8")
    [item], [bad] = _items(path)
    assert item.title == '울산, "AI 수도" 선언' and item.text.startswith("울산시는 2일") and "<b>" not in item.text
    assert item.is_summary and item.url == "https://www.ksilbo.co.kr/news/1" and item.publisher == "경상일보"
    assert item.published_date == dt.date(2026, 1, 2) and _name(item.source_key) == "naver.json#1"
    assert "item 2" in bad.reason and "no description" in bad.reason


def test_trafilatura_json_keeps_its_date_site_and_url(tmp_path: Path) -> None:
    doc = {
        "title": "울산 소버린 AI", "author": "이상현", "hostname": "yna.co.kr", "date": "2026-01-02",
        "source": "https://www.yna.co.kr/view/AKR1", "source-hostname": "연합뉴스", "text": BODY, "raw_text": BODY,
    }  # fmt: skip
    path = tmp_path / "page.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    [a], [] = _items(path)
    assert (a.title, a.published_date, a.publisher, a.url) == (
        "울산 소버린 AI", dt.date(2026, 1, 2), "연합뉴스", "https://www.yna.co.kr/view/AKR1",
    )  # fmt: skip
    assert a.text == BODY and not a.is_summary


def test_a_json_array_of_articles_skips_the_bad_ones_by_position(tmp_path: Path) -> None:
    docs = [
        {"headline": "구미 AI", "published_at": "2025-12-18T10:00:00+09:00", "press": "뉴시스", "body": BODY2,
         "url": "https://www.newsis.com/view/1"},
        {"title": "본문 없음", "url": "https://x.kr/2"},
        "not an object",
        {"title": "네이버에서", "sitename": "네이버 뉴스", "content": BODY, "link": "https://www.hankyung.com/article/3"},
    ]  # fmt: skip
    path = tmp_path / "dump.json"
    path.write_text(json.dumps({"articles": docs}, ensure_ascii=False), encoding="utf-8")
    (first, last), (no_text, not_object) = _items(path)
    assert (first.title, first.publisher, first.published_date) == ("구미 AI", "뉴시스", dt.date(2025, 12, 18))
    assert last.publisher == "한국경제" and _name(last.source_key) == "dump.json#4"  # a portal is not the publisher
    assert "item 2" in no_text.reason and "item 3" in not_object.reason


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # the exporters' own names for the fields, in English and Korean
        ({"headline": "구미 AI", "pub_date": "2025-12-18 15:20", "media": "뉴시스", "article_body": BODY},
         ("구미 AI", dt.date(2025, 12, 18), "뉴시스")),
        ({"subject": "구미 AI", "regdate": "20251218 11:02", "press": "뉴시스", "contents": f"<p>{BODY}</p>"},
         ("구미 AI", dt.date(2025, 12, 18), "뉴시스")),
        ({"title": "구미 AI", "date": "2025-12-18T10:12:00+09:00", "agency": "뉴시스", "content": BODY},
         ("구미 AI", dt.date(2025, 12, 18), "뉴시스")),
        ({"제목": "구미 AI", "송고일": "2025.12.18", "통신사": "뉴시스", "기사본문": BODY},
         ("구미 AI", dt.date(2025, 12, 18), "뉴시스")),
        ({"title": "구미 AI", "published": "2025-12-18 16:48:10", "provider": "뉴시스", "text": BODY},
         ("구미 AI", dt.date(2025, 12, 18), "뉴시스")),
        # 'source' names the outlet when it is no address
        ({"title": "구미 AI", "date": "2025-12-18", "source": "강원비즈", "content": BODY},
         ("구미 AI", dt.date(2025, 12, 18), "강원비즈")),
        ({"title": "구미 AI", "date": "2025-12-18", "source": "https://x.kr/1", "content": BODY},
         ("구미 AI", dt.date(2025, 12, 18), None)),
        # text under a name no list knows: the longest string, an article's length
        ({"title": "구미 AI", "published_at": "2025-12-18", "story": BODY * 3, "tags": "AI, 구미"},
         ("구미 AI", dt.date(2025, 12, 18), None)),
    ],
)  # fmt: skip
def test_a_jsonl_line_is_read_under_the_names_exporters_give_its_fields(
    tmp_path: Path, record: dict, expected: tuple
) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [a], [] = _items(path)
    assert (a.title, a.published_date, a.publisher) == expected
    assert a.text.startswith(BODY) and "<p>" not in a.text and a.fmt == "jsonl"


def test_a_deck_goes_before_the_text_unless_the_text_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        {"title": "구미 AI", "subtitle": "국비 240억 등 480억…2027년 개소", "text": BODY},
        {"title": "구미 AI", "lead": BODY.split(".")[0] + ".", "text": BODY},  # a lead the text repeats
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    [deck, lead], [] = _items(path)
    assert deck.text == "국비 240억 등 480억…2027년 개소\n" + BODY
    assert lead.text == BODY


@pytest.mark.parametrize(
    "lead",
    [BODY[:30] + "…", BODY[:30] + "...", BODY[:30] + " 더보기", BODY.split(".")[0] + ". (사진=울산시 제공)"],
)
def test_a_lead_cut_short_or_credited_is_an_excerpt_not_a_deck(tmp_path: Path, lead: str) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"title": "울산 AI", "lead": lead, "text": BODY}, ensure_ascii=False), encoding="utf-8")
    [a], [] = _items(path)
    assert a.text == BODY


@pytest.mark.parametrize(
    "record",
    [{"title": "짧은 글", "memo": "본문이 아닌 짧은 메모"}, ["a list", "not an object"], {"title": "제목만"}],
)
def test_a_jsonl_line_without_an_articles_text_is_skipped_by_line(tmp_path: Path, record: object) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"text": BODY}) + "\n" + json.dumps(record, ensure_ascii=False), encoding="utf-8")
    [_], [bad] = _items(path)
    assert bad.reason.startswith("line 2: ")


@pytest.mark.parametrize(("data", "reason"), [(b"{not json", "invalid JSON"), (b'{"a": 1}', "holds no articles")])
def test_json_that_holds_no_articles_is_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(data)
    with pytest.raises(InputError, match=reason):
        _items(path)


# --- tables ---------------------------------------------------------------------------------

BIGKINDS_HEADER = [
    "뉴스 식별자",
    "일자",
    "언론사",
    "기고자",
    "제목",
    "통합 분류1",
    "인물",
    "위치",
    "키워드",
    "본문",
    "URL",
]


def _bigkinds_rows() -> list[list[str]]:
    return [
        BIGKINDS_HEADER,
        ["01100611.20260102", "20260102", "경상일보", "이상현", "울산 AI 집적단지", "IT_과학", "", "울산", "AI", BODY,
         "https://www.ksilbo.co.kr/news/1"],
        ["01100611.20260103", "20260103", "경상일보", "", "본문이 빈 기사", "IT_과학", "", "", "", "", ""],
        ["02100101.20251218", "20251218", "뉴시스", "류상현", "구미 AI 데이터센터", "IT_과학", "", "구미", "AI", BODY2, ""],
    ]  # fmt: skip


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    import csv

    csv.writer(out).writerows(rows)
    return out.getvalue()


def test_a_bigkinds_csv_export_in_cp949(tmp_path: Path) -> None:
    path = tmp_path / "NewsResult_20260101-20260105.csv"
    path.write_bytes(_csv(_bigkinds_rows()).encode("cp949"))
    (ulsan, gumi), [empty] = _items(path)
    assert (ulsan.title, ulsan.publisher, ulsan.published_date, ulsan.url) == (
        "울산 AI 집적단지", "경상일보", dt.date(2026, 1, 2), "https://www.ksilbo.co.kr/news/1",
    )  # fmt: skip
    assert ulsan.source_key.endswith(".csv#2") and gumi.source_key.endswith(".csv#4") and gumi.url is None
    assert empty.source_path.endswith(".csv#3") and empty.reason == "row 3: no article text"


def test_a_bigkinds_xlsx_export(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    for row in _bigkinds_rows():
        book.active.append(row)
    book.active.append([None] * len(BIGKINDS_HEADER))  # Excel's trailing empty row
    path = tmp_path / "NewsResult.xlsx"
    book.save(path)
    (ulsan, gumi), [empty] = _items(path)
    assert ulsan.fmt == "xlsx" and ulsan.publisher == "경상일보" and gumi.published_date == dt.date(2025, 12, 18)
    assert "row 3" in empty.reason


def test_a_crawler_csv_with_english_column_names(tmp_path: Path) -> None:
    rows = [
        ["Title", "Press", "Published_At", "Content", "Link"],
        ["구미 AI", "뉴시스", "2025-12-18 10:00", f"<p>{BODY2}</p>", "https://www.newsis.com/view/1"],
    ]
    path = tmp_path / "crawl.csv"
    path.write_text(_csv(rows), encoding="utf-8-sig")
    [a], [] = _items(path)
    assert (a.title, a.publisher, a.published_date, a.text) == ("구미 AI", "뉴시스", dt.date(2025, 12, 18), BODY2)


def test_a_tables_deck_column_goes_before_the_text_and_an_address_is_no_publisher(tmp_path: Path) -> None:
    rows = [
        ["제목", "부제", "source", "일자", "본문"],
        ["구미 AI", "국비 240억 등 480억…2027년 개소", "https://www.newsis.com/view/1", "2025-12-18", BODY2],
    ]
    path = tmp_path / "crawl.csv"
    path.write_text(_csv(rows), encoding="utf-8-sig")
    [a], [] = _items(path)
    assert (a.publisher, a.text) == (None, "국비 240억 등 480억…2027년 개소\n" + BODY2)


def test_columns_name_what_no_builtin_mapping_knows(tmp_path: Path) -> None:
    path = tmp_path / "custom.tsv"
    path.write_text("헤드라인\t기사 전문\t작성 시각\n구미 AI\t" + BODY2 + "\t2025/12/18\n", encoding="utf-8")
    with pytest.raises(InputError, match="no article text column"):
        _items(path)
    [a], [] = _items(path, parse_columns("title=헤드라인, text=기사 전문, date=작성 시각"))
    assert (a.title, a.published_date) == ("구미 AI", dt.date(2025, 12, 18))
    with pytest.raises(InputError, match="no column '본문'"):
        _items(path, {"text": "본문"})


@pytest.mark.parametrize(("spec", "problem"), [("title", "FIELD=COLUMN"), ("author=기자", "unknown field"), ("", "no")])
def test_a_wrong_columns_option_says_what_is_wrong(spec: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_columns(spec)


def test_a_short_row_is_skipped_alone_and_a_quoted_text_may_span_lines(tmp_path: Path) -> None:
    path = tmp_path / "crawl.csv"
    path.write_text(
        f'title,date,text\n"첫 기사",2026-01-02,"{BODY}\n{BODY2}"\n짧은 줄\n셋째,2026-01-03,{BODY2}\n', encoding="utf-8"
    )
    (first, third), [short] = _items(path)
    assert first.text == f"{BODY}\n{BODY2}" and _name(first.source_key) == "crawl.csv#2"
    assert _name(third.source_key) == "crawl.csv#4" and short.reason == "row 3: no article text"


# --- WARC -----------------------------------------------------------------------------------


def _page(title: str, paragraphs: list[str], site: str = "경상일보", og_type: str = "article") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><meta property='og:type' content='{og_type}'><title>{title}</title>"
        f"<meta property='og:site_name' content='{site}'></head><body><nav><a href='/'>홈</a></nav><article>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    ).encode("utf-8")


def _warc(path: Path, records: list[tuple[str, str, bytes, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=path.name.endswith(".gz"))
        for kind, uri, payload, mime in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", mime)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, kind, payload=io.BytesIO(payload), http_headers=http if kind == "response" else None,
                warc_headers_dict={"WARC-Date": "2026-01-03T01:02:03Z"},
            )  # fmt: skip
            writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses_become_articles_with_their_uri_and_date(tmp_path: Path, name: str) -> None:
    listing = [f"- 다른 기사 {i}번 제목" for i in range(12)]
    path = tmp_path / name
    _warc(path, [
        ("response", "https://www.ksilbo.co.kr/news/1", _page("울산 AI", [BODY, BODY2, BODY + " 추가"]), "text/html; charset=utf-8"),
        ("response", "https://www.ksilbo.co.kr/logo.png", b"\x89PNG....", "image/png"),
        ("response", "https://www.ksilbo.co.kr/", _page("홈", listing, og_type="website"), "text/html"),
    ])  # fmt: skip
    records, [] = _items(path)  # the image is no article and no problem either
    assert [_name(r.source_key) for r in records] == [f"{name}#1", f"{name}#3"] and all(r.is_page for r in records)
    page = page_article(records[0])
    assert page.url == "https://www.ksilbo.co.kr/news/1" and page.publisher == "경상일보"
    assert page.published_date == dt.date(2026, 1, 3)  # the record's date: the page states none
    assert page.fmt == "warc" and "1조원" in page.text and not page.is_page
    with pytest.raises(InputError, match=r"record 3: https://www\.ksilbo\.co\.kr/: not an article"):
        page_article(records[1])


def test_a_file_that_is_not_a_warc_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.warc.gz"
    path.write_bytes(b"this is not a web archive at all\n" * 10)
    with pytest.raises(InputError, match="not a WARC"):
        _items(path)


# --- parsers --------------------------------------------------------------------------------


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)), st.integers(-12, 14))
def test_dates_read_the_same_in_every_form_exports_write(day: dt.date, zone: int) -> None:
    stamp = dt.datetime(day.year, day.month, day.day, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=zone)))
    for form in (
        stamp.strftime("%a, %d %b %Y %H:%M:%S %z"), stamp.isoformat(), day.strftime("%Y%m%d"),
        day.strftime("%Y.%m.%d"), f"{day.year}년 {day.month}월 {day.day}일", stamp, day,
    ):  # fmt: skip
        assert date_from(form) == day, form


def test_feed_content_loses_its_scripts_and_styles() -> None:
    html = (
        "<p>본문 첫 줄</p><script type='text/javascript'>var ad = 1;</script><STYLE>p{color:red}</STYLE><p>둘째 줄</p>"
    )
    assert strip_tags(html) == "본문 첫 줄\n둘째 줄"


@given(st.text(alphabet=st.characters(blacklist_characters="<>&", blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"))))
def test_strip_tags_keeps_the_text_and_drops_every_tag(words: str) -> None:
    assert strip_tags(f"<b>{words}</b>") == words.strip()
    assert "<" not in strip_tags(f"<p class='x'>{words}<br/>{words}</p>")


# --- end to end -----------------------------------------------------------------------------


def test_every_format_loads_into_the_warehouse_and_reloads_idempotently(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "feed.rss").write_text(RSS, encoding="utf-8")
    (inputs / "naver.json").write_text(json.dumps(NAVER, ensure_ascii=False), encoding="utf-8")
    (inputs / "bigkinds.csv").write_bytes(_csv(_bigkinds_rows()).encode("cp949"))
    listing = [f"- 다른 기사 {i}번 제목" for i in range(12)]
    _warc(inputs / "crawl.warc.gz", [
        ("response", "https://www.ksilbo.co.kr/news/1", _page("울산 AI", [BODY, BODY2]), "text/html"),
        ("response", "https://www.ksilbo.co.kr/", _page("홈", listing, og_type="website"), "text/html"),
    ])  # fmt: skip
    assert [p.name for p in discover([inputs])[0]] == ["bigkinds.csv", "crawl.warc.gz", "feed.rss", "naver.json"]
    db = tmp_path / "w.duckdb"
    migrate.upgrade(db)
    first = load_paths(db, [inputs], progress=False, workers=1)
    skipped = sorted(s.source_path.rsplit("/", 1)[1] for s in first.skipped)
    assert skipped == ["bigkinds.csv#3", "crawl.warc.gz#2", "feed.rss#3", "naver.json#2"]
    assert any("record 2: https://www.ksilbo.co.kr/: not an article" in s.reason for s in first.skipped)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(
        "select source_key, source_format, title, publisher, published_date, url, is_summary "
        "from staging.articles order by source_key"
    ).fetchall()
    con.close()
    assert [(_name(r[0]), r[1]) for r in rows] == [
        ("bigkinds.csv#2", "csv"), ("bigkinds.csv#4", "csv"), ("crawl.warc.gz#1", "warc"),
        ("feed.rss#1", "feed"), ("feed.rss#2", "feed"), ("naver.json#1", "json"),
    ]  # fmt: skip
    assert rows[0][2:6] == ("울산 AI 집적단지", "경상일보", dt.date(2026, 1, 2), "https://www.ksilbo.co.kr/news/1")
    assert [r[6] for r in rows] == [False, False, False, False, True, True]
    again = load_paths(db, [inputs], progress=False, workers=1)
    # the archive is not read again (its page that is no article counts as unchanged: its skip stays
    # recorded); the other files had a bad row, so they are read again, and their articles are unchanged
    assert (again.loaded, again.replaced, again.unchanged) == (0, 0, 7)
    con = duckdb.connect(str(db), read_only=True)
    recorded = con.execute("select source_path from staging.skipped_inputs order by 1").fetchall()
    con.close()
    assert [r[0].rsplit("/", 1)[1] for r in recorded] == skipped


def test_the_source_formats_dbt_accepts_are_the_readers() -> None:
    import yaml

    from etl.model import SOURCE_FORMATS
    from tests.conftest import ROOT

    staging = yaml.safe_load((ROOT / "dbt_project" / "models" / "staging" / "_staging.yml").read_text(encoding="utf-8"))
    [articles] = [m for m in staging["models"] if m["name"] == "stg_articles"]
    [column] = [c for c in articles["columns"] if c["name"] == "source_format"]
    [test] = column["data_tests"]
    assert tuple(test["accepted_values"]["arguments"]["values"]) == SOURCE_FORMATS


def test_the_columns_option_reaches_the_reader_from_the_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    table = tmp_path / "export.csv"
    table.write_text(f"헤드라인,기사 전문,작성 시각\n구미 AI,{BODY2},2025-12-18\n", encoding="utf-8")
    cli = [str(Path(sys.executable).parent / "warehouse"), "load", "--db", str(tmp_path / "w.duckdb")]
    refused = subprocess.run([*cli, "--articles", str(table)], capture_output=True, text=True)
    assert refused.returncode == 3 and "no article text column" in refused.stderr
    loaded = subprocess.run(
        [*cli, "--articles", str(table), "--columns", "title=헤드라인,text=기사 전문,date=작성 시각"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert loaded.returncode == 0, loaded.stderr
    from etl.publish import WarehouseFiles

    con = duckdb.connect(
        str(WarehouseFiles(tmp_path / "w.duckdb").work), read_only=True
    )  # a load alone publishes nothing
    assert con.execute("select title, published_date from staging.articles").fetchall() == [
        ("구미 AI", dt.date(2025, 12, 18))
    ]
    con.close()
    wrong = subprocess.run([*cli, "--articles", str(table), "--columns", "author=기자"], capture_output=True, text=True)
    assert wrong.returncode == 2 and "unknown field 'author'" in wrong.stderr


def test_a_record_number_is_read_past_the_path_whose_folders_may_hold_a_hash() -> None:
    assert record_number("/d/C#/x.html", "/d/C#/x.html") is None
    assert record_number("/d/C#/news.jsonl#3", "/d/C#/news.jsonl") == "3"
    assert record_number(article_key("/d/a#1/crawl.warc", 12), "/d/a#1/crawl.warc") == "12"
