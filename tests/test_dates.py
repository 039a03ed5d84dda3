"""Publication dates from bylines, event dates absolute and relative, planned or happened."""

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.extract.dates import _DATE, _DATE_FORMS, find_dates, issue_date, publication_date
from etl.sentences import MAX_MENTIONS_PER_SENTENCE

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


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["보도일시 : 2021. 9. 16.(목) 12:00 이후        배포일시 : 2021. 9. 15.(수)"], dt.date(2021, 9, 16)),
        (["배포일시 : 2022. 1. 24.(월)", "보도일시 : 2022. 1. 25.(화) 조간"], dt.date(2022, 1, 25)),
        (["배포일시 : 2025. 3. 27.(목) 09:00 보도시점 : 즉시 보도"], dt.date(2025, 3, 27)),
    ],
)
def test_a_press_releases_release_date_comes_before_the_day_it_went_out(lines: list[str], expected: dt.date) -> None:
    assert publication_date(lines, [], []) == expected


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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2016년 설립된 가온클라우드는 데이터센터 2곳을 운영하고 있다.", []),
        ("2015년 창업한 스타트업 에이랩은 이번 협약에 참여했다.", []),
        ("지난 2012년에 설립된 진흥원은 2027년 센터를 연다.", ["2027-01-01"]),
        ("1998년 창립한 이 회사는 지난해 6월 착공했다.", ["2019-06-01"]),
        # negatives: founding what the article reports, or founding yet to come, is an event
        ("2027년 AI 연구원을 설립할 예정이다.", ["2027-01-01"]),
        ("재단은 지난해 3월 설립돼 활동을 시작했다.", ["2019-03-01"]),
        ("2021년 7월 설립 이후 센터는 성장했다.", ["2021-07-01"]),
        ("두 회사가 출자해 지난달 설립한 특수목적법인은 부지를 샀다.", ["2020-03-01"]),
        ("지난해 설립된 합작법인이 센터를 운영한다.", ["2019-01-01"]),
        ("가온클라우드(2015년 설립)는 데이터센터를 운영한다.", []),
        ("2015년 설립돼 클라우드 사업을 해 온 회사다.", []),
        ("2015년 창업해 성장한 기업이다.", []),
        ("사업 시행을 위해 2017년 설립된 특수목적법인(SPC)은 부지를 샀다.", ["2017-01-01"]),
        ("광주시가 2017년 설립한 인공지능산업융합사업단은 센터를 운영한다.", ["2017-01-01"]),
        # spun off or merged years before: the company's history too
        ("2015년 한빛통신에서 분사한 한빛클라우드는 서버 운영을 맡는다.", []),
        ("2010년 설립된 누리소프트는 2014년 가온넷과 합병하면서 본사를 옮겼다.", []),
        ("두 회사는 2027년 합병한다.", ["2027-01-01"]),  # to come: an event
        # a year a track record runs from, years back: history too
        ("회사는 2015년 이후 데이터센터 3곳을 지으며 누적 1조원을 투자했다.", []),
        ("2012년 이래 이 회사는 서버 사업을 해 왔다.", []),
        ("센터는 2027년 이후 가동된다.", ["2027-01-01"]),  # after a year to come: when it happens
        ("센터는 2017년 6월 이후 가동이 중단된 상태다.", ["2017-06-01"]),  # an event since then, no record
    ],
)
def test_the_year_an_organisation_was_founded_is_its_history_not_an_event(sentence: str, expected: list[str]) -> None:
    assert [str(d.day) for d in find_dates(sentence, PUB)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("충남은 천안 제5일반산업단지에 테스트베드를 짓는다.", []),  # '일반': general, an estate's kind
        ("센터는 3일반산단 부지에 들어선다.", []),
        ("센터는 5일 착공했다.", ["5일"]),
        ("제2차 회의는 5일 열렸다.", ["5일"]),
    ],
)
def test_a_general_industrial_estate_is_no_day(sentence: str, expected: list[str]) -> None:
    assert [d.text for d in find_dates(sentence, PUB)] == expected


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
    "‘", "’", "`", "27", "착공", "준공", "4.17", ".5", "(", "통과(", "다음 달 ", "다음달", "내달", "지난달",
    "전월", "익월", "이번 달", "전날", "시는 ", "가 ", ", ", "다", "익", "중순", "연말", "연초", "정산",
)  # fmt: skip
DATE_TEXT = st.lists(st.one_of(st.sampled_from(DATE_PIECES), st.characters()), max_size=30).map("".join)


@given(DATE_TEXT)
def test_the_first_character_guard_finds_exactly_what_the_date_forms_find(text: str) -> None:
    # The guard only skips positions where no form can start; every match must be the same.
    bare = re.compile(_DATE_FORMS)
    assert [(m.span(), m.groupdict()) for m in _DATE.finditer(text)] == [
        (m.span(), m.groupdict()) for m in bare.finditer(text)
    ]


# --- forms of event dates beyond the plain ones ---------------------------------------------

PUB_2023 = dt.date(2023, 7, 19)


def _dates(sentence: str, pub: dt.date | None = PUB_2023) -> list[tuple]:
    return [(d.text, str(d.day) if d.day else None, d.precision, d.is_planned) for d in find_dates(sentence, pub)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("‘17년 8월 투자선도지구 공모에 선정됐다.", ("2017-08-01", "month")),
        ("’22년 준공 예정이다.", ("2022-01-01", "year")),
        ("`25년 하반기 착공한다.", ("2025-01-01", "year")),
        ("'98년 개소한 연구소다.", ("1998-01-01", "year")),
        ("7월 착공예정, 27년 준공 목표", ("2027-01-01", "year")),
        ("26년 상반기 개소를 목표로 한다.", ("2026-01-01", "year")),
        ("28년 3월 완공한다.", ("2028-03-01", "month")),
    ],
)
def test_two_digit_years(sentence: str, expected: tuple) -> None:
    assert expected in [(day, precision) for _, day, precision, _ in _dates(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "27년 만에 준공됐다.",
        "지방자치 30년 동안 성장했다.",
        "설립 20년을 맞았다.",
        "40년 가동된 화력발전소를 대체한다.",
        "1,027년 전 일이다.",
    ],
)
def test_bare_two_digit_numbers_of_years_are_durations(sentence: str) -> None:
    assert all(precision != "year" for _, _, precision, _ in _dates(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("실시계획이 4.17일 위원회 심의를 통과했다.", "2023-04-17"),
        ("위원회 심의 통과(4.17), 7월 착공 예정", "2023-04-17"),
        ("'23.4.17. 심의를 통과했다.", "2023-04-17"),
        ("‘22.12.5 협약을 체결했다.", "2022-12-05"),
    ],
)
def test_dotted_month_and_day(sentence: str, expected: str) -> None:
    assert expected in [day for _, day, _, _ in _dates(sentence)]


@pytest.mark.parametrize(
    "sentence", ["처리에 평균 1.5일 소요된다.", "3.1절 기념식이 열렸다.", "점유율은 4.17%다.", "버전 2.10을 배포했다."]
)
def test_decimals_are_not_dotted_dates(sentence: str) -> None:
    assert _dates(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("다음 달 30일까지 입주 기업을 모집한다.", ("2023-08-30", "day", True)),
        ("다음달 말 공고한다.", ("2023-08-01", "month", True)),
        ("내달 5일 착공식을 연다.", ("2023-08-05", "day", True)),
        ("지난달 11일 선언을 발표했다.", ("2023-06-11", "day", False)),
        ("지난 달 3일 협약을 맺었다.", ("2023-06-03", "day", False)),
        ("이달 말 착공한다.", ("2023-07-01", "month", True)),
        ("이번 달 25일 개소한다.", ("2023-07-25", "day", True)),
        ("익월 1일부터 운영한다.", ("2023-08-01", "day", True)),
    ],
)
def test_months_counted_from_the_publication(sentence: str, expected: tuple) -> None:
    assert [(day, precision, planned) for _, day, precision, planned in _dates(sentence)] == [expected]


def test_month_words_at_a_year_end_roll_the_year() -> None:
    assert _dates("다음 달 5일 착공한다.", dt.date(2023, 12, 20))[0][1] == "2024-01-05"
    assert _dates("지난달 5일 착공했다.", dt.date(2024, 1, 20))[0][1] == "2023-12-05"


def test_month_words_without_a_publication_date_stay_unresolved() -> None:
    assert _dates("다음 달 30일까지 모집한다.", None) == [("다음 달 30일", None, "day", True)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("연말까지 실시설계를 마칠 계획이다.", ("2023-01-01", "year", True)),
        ("연초 착공식을 열었다.", ("2023-01-01", "year", False)),
        ("올해 연말 준공 예정이다.", ("2023-01-01", "year", True)),
    ],
)
def test_the_years_end_and_start(sentence: str, expected: tuple) -> None:
    assert [(day, precision, planned) for _, day, precision, planned in _dates(sentence)] == [expected]


@pytest.mark.parametrize("sentence", ["연말정산 서류를 제출했다.", "연말 연시 행사가 열렸다."])
def test_year_end_words_that_are_no_date(sentence: str) -> None:
    assert _dates(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("대구시는 전날 SK와 협약을 체결했다.", "2023-07-18"),
        ("시가 어제 협약을 체결했다.", "2023-07-18"),
        ("전날 열린 회의에서 결정됐다.", "2023-07-18"),
    ],
)
def test_the_day_before_publication(sentence: str, expected: str) -> None:
    assert [day for _, day, _, _ in _dates(sentence)] == [expected]


@pytest.mark.parametrize("sentence", ["착공식 전날 행사가 열렸다.", "개소 전날에도 점검했다.", "어제오늘 일이 아니다."])
def test_the_day_before_something_else_is_not_a_date(sentence: str) -> None:
    assert _dates(sentence) == []


def test_a_part_of_a_year_is_that_year_at_year_precision() -> None:
    # The first day of the period the precision states: '하반기' and '연말' stay in the year.
    for part in ("상반기", "하반기", "연말", "3분기", "초"):
        assert _dates(f"2026년 {part} 완공 예정이다.") == [(f"2026년 {part}", "2026-01-01", "year", True)]


@pytest.mark.parametrize(
    ("sentence", "moved"),
    [
        ("사업 기간은 당초 2027년 준공에서 1년이 늦춰졌다.", "2028-01-01"),
        ("완공이 2026년보다 2년 연기됐다.", "2028-01-01"),
        ("개교를 2027년 3월에서 6개월 미뤘다.", None),  # '미뤘다' is not one of the forms: no guess
        ("완공 시기를 2026년 6월보다 3개월 앞당겨 추진한다.", "2026-03-01"),
        ("당초 2025년 12월 준공에서 2개월 지연됐다.", "2026-02-01"),
    ],
)
def test_a_plan_moved_by_a_span(sentence: str, moved: str | None) -> None:
    days = [day for _, day, _, _ in _dates(sentence)]
    if moved is None:
        assert len(days) == 1
    else:
        assert days[-1] == moved and len(days) == 2
        assert _dates(sentence)[-1][3] is True


def test_months_off_a_bare_year_are_not_guessed() -> None:
    assert len(_dates("당초 2027년 준공에서 6개월 늦춰졌다.")) == 1


# --- plan or past --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        # reported speech: the verb before '다고' is the event's, not the verb of saying
        ("부산시는 오늘(19일) 오전 투자양해각서를 체결한다고 밝혔다.", True),
        ("부산시는 19일 투자양해각서를 체결했다고 밝혔다.", False),
        ("시는 다음 달 30일까지 입주 기업을 공개 모집한다고 19일 밝혔다.", True),
        ("협약식은 19일 열릴 것이라고 전했다.", True),
        # a date after publication written as done (an embargoed release) stays as written
        ("통합고시는 7월 25일 자로 이뤄졌다.", False),
        # a date before publication is a plan only when its own clause says so
        ("이어 3월 위원회를 출범시키고, 5월에는 혁신관을 지정하는 등 기반 확충에 나서고 있다.", False),
        ("당초 2022년 완공할 계획이었다.", True),
        ("연내 착공할 방침이다.", True),
        # a date a plan was moved to is a target
        ("준공은 2028년으로 연기됐다.", True),
        ("개소 시기가 2024년 3월로 확정됐다.", True),
        ("2027년부터 데이터센터가 가동될 수 있도록 추진하고 있다.", True),
        ("2021년부터 사업을 추진해 왔다.", False),
        ("2025년까지 사업을 마쳤다.", False),
        # a year's budget is spent in that year: planned while it is ahead
        ("2024년도 본 예산안에 착공비 10억 원이 담겼다.", True),
        ("2022년 정부 예산으로 설계를 마쳤다.", False),
    ],
)
def test_plan_or_past(sentence: str, planned: bool) -> None:
    resolved = [d for d in find_dates(sentence, PUB_2023) if d.day]
    assert resolved and all(d.is_planned == planned for d in resolved[:1])


DAYS = st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31))


@given(DAYS, DAYS)
def test_absolute_dates_resolve_to_themselves_whatever_the_publication(day: dt.date, pub: dt.date) -> None:
    for text, precision in [
        (f"{day.year}년 {day.month}월 {day.day}일", "day"),
        (f"{day.year}.{day.month:02}.{day.day:02}", "day"),
        (f"‘{day:%y}.{day.month}.{day.day}." if day.year < 2070 else f"{day:%Y.%m.%d}", "day"),
        (f"{day.year}년 {day.month}월", "month"),
    ]:
        [found] = find_dates(f"시는 {text} 협약을 체결했다.", pub)
        expected = day if precision == "day" else day.replace(day=1)
        assert (found.day, found.precision) == (expected, precision)


@given(DAYS, st.integers(-1, 1), st.integers(1, 28))
def test_month_words_land_in_the_month_they_name(pub: dt.date, offset: int, day_no: int) -> None:
    word = {-1: "지난달", 0: "이달", 1: "다음 달"}[offset]
    [found] = find_dates(f"시는 {word} {day_no}일 협약을 맺는다.", pub)
    months = (found.day.year - pub.year) * 12 + found.day.month - pub.month
    assert (months, found.day.day, found.precision) == (offset, day_no, "day")


@given(DAYS, st.one_of(st.none(), DAYS))
def test_a_dates_own_verb_decides_plan_or_past_whatever_the_publication(day: dt.date, pub: dt.date | None) -> None:
    # '…체결했다' after the publication is an embargoed release; '…할 예정이었다' before it, a plan.
    [found] = find_dates(f"{day.year}년 {day.month}월 {day.day}일 협약을 체결했다.", pub)
    assert found.is_planned is False
    [found] = find_dates(f"{day.year}년 {day.month}월 {day.day}일 협약을 체결할 예정이다.", pub)
    assert found.is_planned is True


@given(DAYS, DAYS)
def test_with_no_verb_of_its_own_a_date_is_planned_when_it_is_ahead(day: dt.date, pub: dt.date) -> None:
    [found] = find_dates(f"데이터센터 {day.year}년 {day.month}월 {day.day}일 착공", pub)
    assert found.is_planned is (day >= pub)


def test_a_flattened_table_of_dates_is_read_up_to_the_sentence_limit() -> None:
    row = "{}년 착공, "
    table = "".join(row.format(2000 + i % 50) for i in range(5000))
    found = find_dates(table, PUB)
    assert len(found) == MAX_MENTIONS_PER_SENTENCE
    assert [d.day.year for d in found] == [2000 + i for i in range(MAX_MENTIONS_PER_SENTENCE)]  # the first ones


def test_a_sentence_of_a_few_dates_keeps_them_all() -> None:
    sentence = "1단계는 2024년 3월 착공해 2025년 준공했고, 2단계는 2026년 착공해 2027년, 3단계는 2029년 준공한다."
    assert [d.day.year for d in find_dates(sentence, PUB)] == [2024, 2025, 2026, 2027, 2029]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("방송일시 : 2021년 11월 18일(목) 07:30 ~ 08:00  FM 99.3MHz", dt.date(2021, 11, 18)),
        ("방송일 2024.05.02", dt.date(2024, 5, 2)),
        ("방영일시: 2023-09-14 22:00", dt.date(2023, 9, 14)),
    ],
)
def test_a_transcripts_air_date_is_its_publication(line: str, expected: dt.date) -> None:
    assert publication_date([line], [], []) == expected


def test_a_story_announcing_a_broadcast_keeps_its_own_byline_date() -> None:
    lines = ["방송일시 : 2025년 3월 14일(금) 오후 10시 KNN", "입력 2025.03.05 14:22"]
    assert publication_date(lines, [], []) == dt.date(2025, 3, 5)


@pytest.mark.parametrize(
    ("headlines", "expected"),
    [
        (["[굿모닝 대전] 2025년 10월 23일(목) 아침 브리핑"], dt.date(2025, 10, 23)),
        (["뉴스레터 2024.03.05(화)"], dt.date(2024, 3, 5)),
        # a date without its weekday is what a headline reports, no issue date
        (["2026년 12월 준공 목표…1조원 투입"], None),
    ],
)
def test_a_briefings_title_dates_its_issue(headlines: list[str], expected: dt.date | None) -> None:
    assert issue_date(headlines) == expected
