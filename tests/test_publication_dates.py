"""The publication date: which stamp on a saved page says when the article first appeared."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.cleaning import clean_page
from etl.extract.dates import BYLINE_STAMP_LINE, byline_stamps, publication_date

DAY = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    "line",
    [
        "입력 2024.03.05 14:22",
        "기사입력 2024-03-05",
        "기사입력 2024.03.05. 오후 2:22",
        "승인 2024.03.05",
        "승인 : 2024. 03. 05. 17:40",
        "등록 2024.03.05 오후 2:22",
        "등록일 2024-03-05 14:22:08",
        "최초 입력 2024.03.05 09:00",
        "송고시간 | 2024-03-05 14:22",
        "게재 일자 : 2024년 03월 05일",
        "발행일 2024/03/05",
        "작성 2024.3.5",
        "Posted : 2024-03-05 14:22",
        "published 2024-03-05T14:22:00+09:00",
        "기사입력 : 2024년 03월 05일 14:22 | 최종수정 : 2024년 03월 06일 09:00",
        "2024-03-05 14:22 송고",
        "2024.03.07 09:00 수정 | 2024.03.05 14:22 입력",
        "기사입력 2024/03/05 [14:22]",
    ],
)
def test_a_keyed_byline_gives_the_publication_date(line: str) -> None:
    assert publication_date([line], [], []) == DAY


@pytest.mark.parametrize(
    "line",
    [
        "2024년 3월 5일 (화)",
        "2024년 03월 05일(화) 14:22",
        "2024.03.05 14:22",
        "2024-03-05 오후 2:22",
        "홍길동 기자 2024.03.05 14:22",
        "머니투데이 홍길동 기자 | 2024.03.05",
    ],
)
def test_a_bare_stamp_alone_or_beside_the_reporter_gives_it(line: str) -> None:
    assert publication_date([line], [], []) == DAY


@pytest.mark.parametrize(
    "lines",
    [
        ["입력 2024.03.05 14:22 | 수정 2024.03.07 09:00"],
        ["수정 2024.03.07 09:00 입력 2024.03.05 14:22"],
        ["최종수정 2024.03.07", "입력 2024.03.05"],
        ["업데이트 2024-03-07 10:00", "기사입력 2024-03-05 10:00"],
        ["Updated 2024-03-07", "Posted 2024-03-05"],
    ],
)
def test_the_first_publication_beats_an_update_in_any_order(lines: list[str]) -> None:
    assert publication_date(lines, [], []) == DAY


def test_an_update_is_used_when_nothing_else_dates_the_page() -> None:
    assert publication_date(["최종수정 2024.03.07 09:00"], [], []) == dt.date(2024, 3, 7)


def test_a_keyed_stamp_beats_a_bare_one_before_it() -> None:
    # A site's header shows the day the page was saved; the byline says when the story ran.
    assert publication_date(["2024년 3월 9일 토요일", "입력 2024.03.05"], [], []) == DAY


def test_a_date_beside_other_page_noise_yields_to_a_photo_stamp() -> None:
    caption = "협약식에서 참석자들이 기념촬영을 하고 있다. 2024.03.05 |"
    assert publication_date(["2024.03.01 Cartoon"], [caption], []) == DAY
    assert publication_date(["2024.03.01 Cartoon"], [], []) == dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    "caption",
    [
        "협약식 2024.03.05 |",
        "협약식 2024.03.05",
        "협약식 2024.03.05. photo@newsis.com",
        "협약식 2024. 3. 5.",
    ],
)
def test_a_photo_stamp_ending_a_caption_gives_it(caption: str) -> None:
    assert publication_date([], [caption], []) == DAY


def test_an_archive_photo_date_is_not_the_publication_date() -> None:
    assert publication_date([], ["데이터센터 전경. 자료사진 2019.05.01"], []) is None
    assert publication_date([], ["데이터센터 전경. 뉴스핌DB 2019.05.01"], []) is None


@pytest.mark.parametrize(
    "header",
    [
        "배포일시 : 2025. 3. 27.(목) 09:00 보도시점 : 즉시 보도",
        "보도일시: 2025. 3. 27. 09:00",
        "보도일시 2025. 3. 27.(목) 조간",
        "엠바고 : 2025. 3. 27. 06:00",
    ],
)
def test_a_press_releases_header_is_metadata_and_dates_it(header: str) -> None:
    page = clean_page("충남도, AI 실증센터 유치\n" + header + "\n충남도는 천안에 AI 실증센터를 짓는다고 27일 밝혔다.\n")
    assert header in page.meta_lines and all(header not in s.text for s in page.sentences)
    assert publication_date(page.meta_lines, [], []) == dt.date(2025, 3, 27)


def test_a_press_releases_contacts_are_metadata_not_its_headline() -> None:
    page = clean_page(
        "배포일시 : 2025. 3. 27.(목) 09:00\n담당부서 : 디지털산업과\n충남도, AI 실증센터 유치\n"
        "충남도는 천안에 AI 실증센터를 짓는다고 27일 밝혔다.\n"
    )
    assert page.title == "충남도, AI 실증센터 유치" and "담당부서 : 디지털산업과" in page.meta_lines


def test_dates_in_the_story_itself_are_not_a_byline() -> None:
    body = ["시는 2024년 3월 5일 협약을 체결했다.", "2025년 준공 예정이다."]
    assert publication_date([], [], body) is None


def test_impossible_dates_are_ignored() -> None:
    assert publication_date(["입력 2024.13.45", "수정 2024.03.05"], [], []) == DAY


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("입력 2024.03.05 | 수정 2024.03.07", ["published", "updated"]),
        ("2024.03.05 입력 2024.03.07 수정", ["published", "updated"]),
        ("2024.03.05 14:22", ["bare"]),
        ("홍길동 기자 2024.03.05", ["bare"]),
        ("2024.03.05 Cartoon", ["other"]),
        ("ⓒ 2024.03.05 무단전재 금지", ["other"]),
    ],
)
def test_what_each_stamp_is(line: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in byline_stamps(line)] == kinds


@pytest.mark.parametrize(
    "line",
    [
        "2026년 01월 16일(금) 17:02",
        "입력 2024.03.05 14:22 | 수정 2024.03.06 09:00",
        "[2024.03.05 (화)]",
        "2024-03-05T14:22:00+09:00",
        "등록 2024년 03월 05일 14시 22분",
        "2024-03-05 14:22 송고",
    ],
)
def test_lines_of_stamps_alone(line: str) -> None:
    assert BYLINE_STAMP_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    ["2024년 3월 5일 협약을 체결했다.", "2024.03.05 Cartoon", "2024년 상반기 착공", "지난 2024.03.05 발표"],
)
def test_lines_with_more_than_stamps(line: str) -> None:
    assert not BYLINE_STAMP_LINE.fullmatch(line)


KEYS = st.sampled_from(["입력", "기사입력", "등록", "승인", "최초 입력", "송고", "Posted", ""])
SEPARATORS = st.sampled_from([" ", " : ", " | ", ":"])


@st.composite
def byline(draw: st.DrawFn, day: dt.date) -> str:
    form = draw(st.sampled_from(["{y}.{m:02}.{d:02}", "{y}-{m:02}-{d:02}", "{y}년 {m}월 {d}일", "{y}. {m}. {d}."]))
    clock = draw(st.sampled_from(["", " 14:22", " 오후 2:22", " 09:05:33"]))
    key = draw(KEYS)
    return (key + draw(SEPARATORS) if key else "") + form.format(y=day.year, m=day.month, d=day.day) + clock


@given(st.data(), st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)))
def test_any_byline_form_round_trips(data: st.DataObject, day: dt.date) -> None:
    line = data.draw(byline(day))
    assert publication_date([line], [], []) == day
    assert BYLINE_STAMP_LINE.fullmatch(line)


@given(st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)), st.integers(1, 30), st.booleans())
def test_an_update_never_beats_the_publication(day: dt.date, later: int, update_first: bool) -> None:
    stamps = [f"입력 {day:%Y.%m.%d}", f"수정 {day + dt.timedelta(days=later):%Y.%m.%d}"]
    assert publication_date(stamps[::-1] if update_first else stamps, [], []) == day


def test_a_stamp_line_on_its_own_is_metadata_not_a_headline() -> None:
    page = clean_page(
        "전남도, AI데이터센터 구축\n홍길동 기자\n2026년 01월 16일(금) 17:02\n전남도는 16일 협약을 했다고 밝혔다."
    )
    assert "2026년 01월 16일(금) 17:02" in page.meta_lines
    assert all("17:02" not in s.text for s in page.sentences)


def test_a_byline_after_the_sites_menu_header_is_kept() -> None:
    page = clean_page(
        "랭킹뉴스\n언론사 편집판 바로가기\n곱창 속 곱 정체\n기사입력 2021.10.04. 오후 4:26\n기사원문\n"
        "곱창 속 곱은 소의 배설물이 아니라 소화액인 것으로 알려졌다. 전문가들은 이를 먹어도 된다고 말했다."
    )
    assert publication_date(page.meta_lines, [], []) == dt.date(2021, 10, 4)


def test_a_photo_credit_closing_a_line_marks_a_caption() -> None:
    page = clean_page(
        "사천시, 투자협약 체결\n"
        "시는 10일 경남도청에서 데이터센터 투자협약을 체결했다고 밝혔다.\n"
        "시장이 협약을 체결한 뒤 기념촬영을 하고 있다.[사진=사천시]2025.04.10 |\n"
    )
    captions = [s.text for s in page.sentences if s.zone == "caption"]
    assert captions and publication_date(page.meta_lines, captions, []) == dt.date(2025, 4, 10)


@pytest.mark.parametrize(
    "header",
    [
        "[서초투데이] 승인 2024.03.05 16:25",
        "[뉴스데스크] 2024년 03월 05일(화)",
        "[JBN 모닝와이드 뉴스] 2024.03.05 (화) 07:00",
        "새만금일보 | 기사입력 2024/03/05 [07:30]",
    ],
)
def test_a_stamp_after_the_outlets_or_programmes_label_dates_the_page(header: str) -> None:
    page = clean_page(f"뉴스\n{header}\n\n광주시, AI 데이터센터 착공\n광주시는 4일 데이터센터를 착공했다고 밝혔다.\n")
    assert publication_date(page.meta_lines, [], []) == DAY


def test_a_labelled_headline_with_a_year_is_no_stamp() -> None:
    page = clean_page("[속보] 2026년 착공한다\n광주시는 4일 데이터센터를 착공했다고 밝혔다.\n")
    assert page.title == "[속보] 2026년 착공한다"


def test_a_press_releases_header_drawn_as_a_box_is_metadata_and_dates_it() -> None:
    page = clean_page(
        "전 라 남 도   보 도 자 료\n"
        "┌──────────────────────────────┐\n"
        "│ 보도일시 │ 2025. 4. 8.(화) 11:00 이후, 4. 9.(수) 조간 │\n"
        "│ 담당부서 │ 전략산업국 AI산업과 │\n"
        "│ 과    장 │ 오세진  ☎ 061-286-3810 │\n"
        "└──────────────────────────────┘\n"
        "전남도, 국가 AI컴퓨팅센터 유치 도전장\n"
        "전라남도는 유치제안서를 8일 제출했다고 밝혔다.\n"
    )
    assert page.title == "전남도, 국가 AI컴퓨팅센터 유치 도전장"
    assert "담당부서 : 전략산업국 AI산업과" in page.meta_lines
    assert all("│" not in s.text and "061" not in s.text for s in page.sentences)
    assert publication_date(page.meta_lines, [], []) == dt.date(2025, 4, 8)


@pytest.mark.parametrize(
    "masthead",
    ["[영서일보] 2025년 11월 19일 수요일 3면 (의정)", "2025년 11월 19일 수요일 A12면", "[한빛신문] 2025.11.19 제3면"],
)
def test_a_print_editions_masthead_with_its_page_is_metadata_and_dates_it(masthead: str) -> None:
    page = clean_page(
        masthead + "\n\n도의회, AI 데이터센터 지연 질타\n\n도의회는 18일 행정사무감사에서 지연 문제를 따졌다.\n"
    )
    assert page.title == "도의회, AI 데이터센터 지연 질타" and masthead in page.meta_lines
    assert publication_date(page.meta_lines, [], []) == dt.date(2025, 11, 19)


def test_a_sentence_about_a_page_is_no_masthead() -> None:
    page = clean_page("도의회, AI 데이터센터 지연 질타\n2025년 11월 19일 3면 톱기사는 AI 데이터센터 지연이었다.\n")
    assert any("3면 톱기사" in s.text for s in page.sentences)


def test_a_caption_line_that_opens_with_photo_is_no_release_header() -> None:
    page = clean_page(
        "울산 AI 데이터센터 착공\n사진 : 울산 AI 데이터센터 조감도. 총사업비 7조원 규모다.\n울산시는 5일 착공식을 열었다.\n"
    )
    assert "사진 : 울산 AI 데이터센터 조감도. 총사업비 7조원 규모다." not in page.meta_lines
