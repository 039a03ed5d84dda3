"""Publication dates from bylines, event dates absolute and relative, planned or happened."""

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.extract.dates import _DATE, _DATE_FORMS, find_dates, publication_date

PUB = dt.date(2020, 4, 28)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("등록 2020-04-28 13:28:08", dt.date(2020, 4, 28)),
        ("승인 2025-04-10 17:37", dt.date(2025, 4, 10)),
        ("입력 2025.04.10", dt.date(2025, 4, 10)),
        ("기사입력 2025년 04월 10일", dt.date(2025, 4, 10)),
        ("입력 | 2024-02-14 03:00:00", dt.date(2024, 2, 14)),
        ("date 2025-08-19", dt.date(2025, 8, 19)),
    ],
)
def test_publication_date_from_bylines(line: str, expected: dt.date) -> None:
    assert publication_date([line], [], []) == expected


def test_a_modified_stamp_does_not_beat_the_registered_one() -> None:
    assert publication_date(["수정 2025-04-12 09:00", "입력 2025-04-10 17:37"], [], []) == dt.date(2025, 4, 10)


def test_today_marker_takes_month_and_year_from_a_nearby_full_date() -> None:
    body = ["시장은 오늘(2일) 결재했습니다.", "2026년 1월 1일 자로 본부를 출범시켰습니다."]
    assert publication_date([], [], body) == dt.date(2026, 1, 2)


def test_no_byline_means_no_publication_date() -> None:
    assert publication_date([], [], ["23일 협약을 체결했다고 발표했다."]) is None


def _one(sentence: str, pub: dt.date | None = PUB):
    [d] = find_dates(sentence, pub)
    return str(d.day) if d.day else None, d.precision, d.is_planned


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2019년 12월 1일 자로 본부를 출범시켰다.", ("2019-12-01", "day", False)),
        ("2019년 1월 집적단지 조성사업을 유치했다.", ("2019-01-01", "month", False)),
        ("'22년 준공 예정이다.", ("2022-01-01", "year", True)),
        ("2023년 상반기 착공할 예정이다.", ("2023-01-01", "year", True)),
        ("지난해 9월 추진위원회를 구성했다.", ("2019-09-01", "month", False)),
        ("오는 12월 착공을 목표로 한다.", ("2020-12-01", "month", True)),
        ("내년부터 5년간 추진될 예정이다.", ("2021-01-01", "year", True)),
        ("광주시는 27일 회의를 개최했다.", ("2020-04-27", "day", False)),
        ("시장은 오늘(28일) 협약에 서명했다.", ("2020-04-28", "day", False)),
        ("2024년까지 집적단지를 조성한다.", ("2024-01-01", "year", True)),
        ("연내 조성 방안을 마련할 계획이다.", ("2020-01-01", "year", True)),
    ],
)
def test_event_dates(sentence: str, expected: tuple) -> None:
    assert _one(sentence) == expected


def test_relative_dates_without_a_publication_date_stay_unresolved() -> None:
    day, precision, _ = _one("지난 3월 선정됐다.", None)
    assert day is None and precision == "month"


def test_a_year_range_gives_both_years() -> None:
    days = [str(d.day) for d in find_dates("2025~2026년 공사를 진행한다.", None)]
    assert days == ["2025-01-01", "2026-01-01"]


def test_a_month_inherits_the_year_of_an_earlier_clause() -> None:
    days = [str(d.day) for d in find_dates("지난해 6월 유치했고 이어 8월 위원회를 출범시켰다.", dt.date(2026, 1, 2))]
    assert days == ["2025-06-01", "2025-08-01"]


@pytest.mark.parametrize(
    "sentence", ["2년 9개월 만에", "10여 년간 성장했다", "지방자치 30년", "5년 동안", "2035 탄소중립"]
)
def test_durations_and_bare_numbers_are_not_dates(sentence: str) -> None:
    assert find_dates(sentence, PUB) == []


@given(st.text(max_size=200), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_date_finder_never_raises(text: str, pub: dt.date) -> None:
    find_dates(text, pub)


def test_a_reporting_date_is_not_an_event() -> None:
    from etl.extract.article import _is_attribution

    sentence = "21일 충북도에 따르면 영재학교는 2027년 3월 개교한다."
    [reported, opening] = find_dates(sentence, dt.date(2025, 3, 21))
    assert _is_attribution(sentence, reported.end) and not _is_attribution(sentence, opening.end)


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        ("청주 오송 바이오 AI 센터 2029년 착공", True),  # a headline's bare event noun is a plan
        ("데이터센터는 2019년 착공했다.", False),
        ("2024년 설계, 2025년 공사 착공 등 운영 방안을 순차적으로 준비키로 했다.", True),  # the sentence's verb decides
        ("2021년 설계, 2022년 착공을 거쳐 지난해 문을 열었다.", False),
    ],
)
def test_plans_and_past_events_without_a_publication_date(sentence: str, planned: bool) -> None:
    assert all(d.is_planned == planned for d in find_dates(sentence, None) if d.day and d.day.year < 2030)


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        ("2024년까지 집적단지를 조성하는 사업을 추진하고 있다.", True),  # 있다 is not past
        ("2026년까지 완공하겠다고 밝혔다.", True),  # 겠 is a plan
        ("시는 ‘2027 추진 계획’을 2025년 7월 발표했다.", False),  # 계획 inside a quoted name is no plan
        ("지난 6월 데이터센터를 유치하면서 거점으로 도약하고 있다.", False),
        ("정부안이 국무회의를 통과했다고 18일 밝혔다.", False),
    ],
)
def test_tense_of_the_clause(sentence: str, planned: bool) -> None:
    [d] = [d for d in find_dates(sentence, dt.date(2025, 8, 19)) if d.day]
    assert d.is_planned == planned


# Pieces of every date form, glued in any order with anything else between them.
DATE_PIECES = (
    "2025", "'22", "년", " 3월", "12월", " 9일", "27일", "도", "~2026", ".12.18", "-05-01", "상반기", "하반기",
    "1분기", "재작년", "지난해", "작년", "전년", "올해", "금년", "올 ", "연내", "내년", "명년", "내후년", "지난 ",
    "오는 ", "이번 ", "이달", "이달 말", "오늘(", "어제 (", "내일", ")", "간", "째", " ", "기업", "의",
)  # fmt: skip
DATE_TEXT = st.lists(st.one_of(st.sampled_from(DATE_PIECES), st.characters()), max_size=30).map("".join)


@given(DATE_TEXT)
def test_the_first_character_guard_finds_exactly_what_the_date_forms_find(text: str) -> None:
    # The guard only skips positions where no form can start; every match must be the same.
    bare = re.compile(_DATE_FORMS)
    assert [(m.span(), m.groupdict()) for m in _DATE.finditer(text)] == [
        (m.span(), m.groupdict()) for m in bare.finditer(text)
    ]
