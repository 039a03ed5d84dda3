"""Which province each fact belongs to, and which dated events are milestones, article by article.

Each case is a short article in the phrasing real Korean news uses; the extraction runs whole.
"""

import datetime as dt

import pytest

from etl.extract.article import ExtractedArticle, extract_article
from etl.extract.gazetteer import load_gazetteer
from etl.extract.regions import scan_regions
from etl.model import RawArticle

GAZ = load_gazetteer()
PUB = dt.date(2023, 5, 30)


def extract(text: str, pub: dt.date | None = PUB) -> ExtractedArticle:
    raw = RawArticle("x.txt", "x.txt", "x.txt", text, "txt", published_date=pub, content_hash="h")
    return extract_article(raw, GAZ, dt.datetime(2026, 1, 1))


def province(code: str | None) -> str | None:
    return GAZ.regions[GAZ.regions[code].province_code].name_ko if code else None


def subjects(x: ExtractedArticle) -> set[str]:
    return {province(r["province_code"]) for r in x.regions if r["is_subject_province"]}


def money(x: ExtractedArticle) -> set[tuple[str | None, int]]:
    return {(province(a["region_code"]), a["amount_krw"]) for a in x.amounts}


def milestones(x: ExtractedArticle) -> set[tuple[str | None, str]]:
    return {(province(d["region_code"]), str(d["event_date"])) for d in x.dates if d["is_milestone"]}


# --- places named in passing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("데이터센터는 서울에서 멀리 떨어진 남서부 지역에 들어선다.", "서울"),
        ("데이터센터는 서울에서 차로 4시간 떨어진 곳에 들어선다.", "서울"),
        ("서울과 달리 지방은 전력 여유가 있다.", "서울"),
        ("판교와 같은 디지털 허브로 조성한다.", "판교"),
        ("대구에 이어 두 번째로 선정됐다.", "대구"),
        ("전기요금은 서울 대비 30% 저렴하다.", "서울"),
        ("서울 등 수도권에 데이터센터의 70%가 몰려 있다.", "서울"),
        ("태왕디엔디는 대구광역시에 본사를 둔 부동산 개발 기업이다.", "대구광역시"),
        ("협약식은 LG전자 서울 본사에서 열렸다.", "서울"),
        ("단지의 첫 입주사업자인 대표를 서울 역삼동 본사에서 만났다.", "서울"),
        ("회사는 서울 강남구 본사의 인력을 옮긴다.", "서울"),
        ("전남도는 서울 여의도 콘래드호텔에서 KT와 투자협약을 체결했다.", "서울"),
        ("도는 서울에서 열린 AI 포럼에서 사업을 소개했다.", "서울"),
        ("양측은 부산 벡스코에서 열린 ‘데이터센터 서밋’에서 양해각서를 교환했다.", "부산"),
        # a company introduced by its home town
        ("도는 춘천의 AI 기업 세이프링크AI, 강원대학교와 플랫폼 구축 협약을 맺었다.", "춘천"),
        ("시는 판교의 스타트업 루미너스랩과 손잡았다.", "판교"),
    ],
)
def test_places_named_in_passing(sentence: str, surface: str) -> None:
    [found] = [c for c in scan_regions(sentence, GAZ) if c.text == surface]
    assert found.passing


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("협약식은 서울에서 열렸다.", "서울"),
        ("춘천의 AI 기업들이 입주할 센터를 짓는다.", "춘천"),  # the town's firms, no one company named
        ("부산과 대구에 각각 63억원이 지원된다.", "대구"),
        ("대구와 함께 사업을 추진한다.", "대구"),
        ("대구시는 수성알파시티에 데이터센터를 조성한다.", "대구시"),
        ("전남 해남에 데이터센터를 짓는다.", "전남"),
        ("전남도는 서울 여의도 콘래드호텔에서 KT와 투자협약을 체결했다.", "전남도"),
        ("전남도가 서울에서 투자 설명회를 열었다.", "전남도"),
        ("경남 사천시는 10일 경남도청에서 투자협약을 체결했다.", "경남"),
        ("울산시는 울산 남구 데이터센터 건설 현장에서 선포식을 열었다.", "울산"),
        ("광주에서 AI 데이터센터 착공식이 열렸다.", "광주"),
        ("부산에서 데이터센터를 짓는 협약을 맺었다.", "부산"),
        ("대구에서 AI 산업을 육성하기 위한 협약을 체결했다.", "대구"),
    ],
)
def test_places_where_the_story_happens(sentence: str, surface: str) -> None:
    found = [c for c in scan_regions(sentence, GAZ) if c.text == surface]
    assert found and not any(c.passing for c in found)


def test_a_company_seat_in_brackets_is_named_in_passing() -> None:
    sentence = "SK텔레콤(서울)과 협약을 맺었다."
    masked = [(0, sentence.index("("))]
    [seat] = scan_regions(sentence, GAZ, masked)
    assert seat.passing
    [place] = scan_regions("데이터센터(해남)를 짓는다.", GAZ, [])
    assert not place.passing  # a facility's place in brackets is where it is


def test_a_region_compared_with_is_not_a_subject_nor_gets_the_facts() -> None:
    x = extract(
        "LG 창업주 손자, 韓 AI 데이터센터 건설 추진\n"
        "투자 그룹이 한국에 세계 최대 규모의 AI 데이터센터를 건설할 계획이다.\n"
        "해당 센터는 최대 360억달러(약 50조원)의 비용으로 지어진다.\n"
        "데이터센터는 서울에서 멀리 떨어진 남서부 지역으로 추진되고 있다.\n"
        "올해 초 착공에 들어가 오는 2028년 완공이 목표다.\n"
        "투자자들은 전라남도와 협약을 체결했다.\n",
        dt.date(2025, 2, 19),
    )
    assert subjects(x) == {"전라남도"}
    assert {p for p, _ in money(x) | milestones(x)} == {"전라남도"}


def test_the_venue_of_a_signing_is_not_a_subject() -> None:
    x = extract(
        "전남도, KT와 해남 AI 데이터센터 투자협약\n"
        "전남도는 서울 여의도 콘래드호텔에서 KT와 해남 솔라시도 AI 데이터센터 투자협약을 체결했다고 밝혔다.\n"
        "KT는 2027년까지 해남에 1조원을 투자한다.\n"
    )
    assert subjects(x) == {"전라남도"}


def test_a_company_headquarters_is_not_a_subject() -> None:
    x = extract(
        "사천시, 1조5000억 데이터센터 투자협약\n"
        "경남 사천시는 10일 태왕디엔디와 1조 5000억원 규모의 투자협약을 체결했다고 밝혔다.\n"
        "태왕디엔디는 대구광역시에 본사를 둔 부동산 개발 기업으로 사천시에 AI 데이터센터 건립을 추진한다.\n",
        dt.date(2025, 4, 10),
    )
    assert subjects(x) == {"경상남도"}


# --- several provinces in one article ---------------------------------------------------------

NATIONAL = (
    "'디지털 혁신거점 사업'에 부산 센텀시티·대구 수성알파시티 선정\n"
    "과학기술정보통신부는 디지털 혁신거점 조성지원 시범사업을 부산 센텀시티, 대구 수성알파시티에서 실시한다고 30일 밝혔다.\n"
    "이번 시범사업은 각 지자체가 디지털 인프라를 핵심 입지에 집약적으로 구축한다.\n"
)


def test_a_figure_given_per_region_goes_to_each_region_listed_before() -> None:
    x = extract(NATIONAL + "올해부터 3년간 지역 당 63억원의 국비가 지원된다.\n")
    assert money(x) == {("부산광역시", 6_300_000_000), ("대구광역시", 6_300_000_000)}


def test_an_event_of_regions_listed_together_is_each_ones_milestone() -> None:
    assert {("부산광역시", "2023-05-30"), ("대구광역시", "2023-05-30")} <= milestones(extract(NATIONAL))


def test_an_event_dated_before_the_regions_it_lists_is_each_ones_milestone() -> None:
    x = extract(
        "'지역 AX 거점' 4곳 선정\n"
        "과기정통부는 29일 공모 결과 부산, 경북 구미, 충남 천안, 제주 등 4개 지역의 과제를 최종 선정했다고 밝혔다.\n"
    )
    days = {p for p, d in milestones(x) if d == "2023-05-29"}
    assert days == {"부산광역시", "경상북도", "충청남도", "제주특별자치도"}


def test_a_date_before_one_region_of_a_clause_is_not_spread_past_its_clause() -> None:
    x = extract(NATIONAL + "과기정통부는 29일 부산을 선정했고, 대구는 다음 달 발표한다.\n")
    assert ("부산광역시", "2023-05-29") in milestones(x)
    assert ("대구광역시", "2023-05-29") not in milestones(x)


def test_a_figure_named_after_its_region_in_each_clause() -> None:
    x = extract(NATIONAL + "부산에는 63억원, 대구에는 50억원의 국비가 지원된다.\n")
    assert money(x) == {("부산광역시", 6_300_000_000), ("대구광역시", 5_000_000_000)}


@pytest.mark.parametrize("line", ["부산과 대구에 각각 63억원이 지원된다.", "부산·대구에 63억원씩 지원된다."])
def test_each_and_apiece_hand_a_figure_to_every_region_of_the_clause(line: str) -> None:
    x = extract(NATIONAL + line + "\n")
    assert money(x) == {("부산광역시", 6_300_000_000), ("대구광역시", 6_300_000_000)}


def test_a_partner_named_with_the_one_acting_does_not_take_its_figure() -> None:
    x = extract(
        "광주·전남 AI 데이터센터 공동 유치\n"
        "광주시와 전남도가 AI 데이터센터를 공동으로 유치한다.\n"
        "광주시는 AI 집적단지를, 전남도는 데이터센터를 맡는다.\n"
        "전남도는 광주시와 함께 1조원을 투입한다.\n"
    )
    assert money(x) == {("전라남도", 1_000_000_000_000)}


def test_a_shared_total_is_not_counted_in_each_region() -> None:
    x = extract(NATIONAL + "두 곳에는 모두 126억원이 투입된다.\n")
    assert len(money(x)) == 1


def test_a_date_of_one_clause_is_not_spread_to_a_region_of_another() -> None:
    x = extract(NATIONAL + "부산시는 센텀2지구 계획을 세웠고, 대구시는 2025년 착공한다.\n")
    assert ("대구광역시", "2025-01-01") in milestones(x)
    assert ("부산광역시", "2025-01-01") not in milestones(x)


def test_a_sentence_with_no_region_takes_the_one_before() -> None:
    x = extract(
        "대구 수성알파시티에 AI 데이터센터\n"
        "대구시는 4일 SK C&C와 수성알파시티 ABB 산업 생태계 활성화 협약을 맺었다.\n"
        "데이터센터는 2025년 상반기 공사에 들어가 2027년 상반기 공사를 마무리할 계획이다.\n",
        dt.date(2023, 12, 4),
    )
    assert milestones(x) == {("대구광역시", "2023-12-04"), ("대구광역시", "2025-01-01"), ("대구광역시", "2027-01-01")}


# --- which dated events are milestones --------------------------------------------------------

DAEGU = "대구 수성알파시티에 AI 데이터센터 조성\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the source spoke that day about an event that happened, with no time of its own
        ("4일 대구시에 따르면 대구시가 산격청사에서 SK C&C와 AI 데이터센터 투자 협약을 맺었다.", {"2023-12-04"}),
        # the source spoke that day about something else, dated by its own words
        ("4일 대구시에 따르면 시는 지난달 SK C&C와 AI 데이터센터 투자 협약을 맺었다.", {"2023-11-01"}),
        ("4일 대구시에 따르면 시는 최근 SK C&C와 AI 데이터센터 투자 협약을 맺었다.", set()),
        ("4일 대구시에 따르면 시는 AI 데이터센터 산업을 육성한다.", set()),
        # the day before publication
        ("5일 대구시에 따르면 시는 전날 SK C&C와 AI 데이터센터 투자 협약을 체결했다.", {"2023-12-03"}),
    ],
)
def test_the_day_a_source_spoke(line: str, expected: set[str]) -> None:
    x = extract(DAEGU + line + "\n", dt.date(2023, 12, 4))
    assert {day for _, day in milestones(x)} == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the event has its own day: the day the news was given is no second event
        ("대구시는 3일 SK C&C와 AI 데이터센터 투자 협약을 체결했다고 4일 밝혔다.", {"2023-12-03"}),
        ("대구시는 지난 1일 데이터센터 착공식을 열었다고 4일 발표했다.", {"2023-12-01"}),
        ("대구시는 AI 데이터센터 건축허가를 3일 승인했다고 4일 전했다.", {"2023-12-03"}),
        ("시와 입주기업들이 2일부터 AI 안전 플랫폼 시범 운영에 들어갔다고 4일 알렸다.", {"2023-12-02"}),
        # no day of its own: the day it was told dates it
        ("대구시는 SK C&C와 AI 데이터센터 투자 협약을 체결했다고 4일 밝혔다.", {"2023-12-04"}),
        # a plan announced that day, with a deadline: the announcement is an event
        ("대구시는 다음 달 30일까지 AI 데이터센터 입주 기업을 모집한다고 4일 밝혔다.", {"2023-12-04", "2024-01-30"}),
        # the other day is the event's own only when it comes first
        ("대구시는 4일 SK C&C와 맺은 협약에 따라 내년 1월 5일 착공한다고 밝혔다.", {"2023-12-04", "2024-01-05"}),
    ],
)
def test_the_day_the_news_was_given(line: str, expected: set[str]) -> None:
    x = extract(DAEGU + line + "\n", dt.date(2023, 12, 4))
    assert {day for _, day in milestones(x)} == expected


@pytest.mark.parametrize(
    "line",
    [
        "시장조사업체에 따르면 국내 AI 데이터센터 시장 규모는 올해 4조5000억원에서 2030년 12조원으로 커질 전망이다.",
        "한 시장조사업체는 국내 데이터센터 시장 규모가 2027년 10조원을 넘어설 것으로 내다봤다.",
        "SK텔레콤은 2030년까지 AI 인프라에 전국적으로 7조원을 투자하겠다는 로드맵을 지난 6월 발표했다.",
        "대구 지역 벤처투자 규모는 지난해 누적 1조 2,000억원을 넘어섰다.",
        # a forecast of a quantity, no money at all
        "산업부는 국내 데이터센터 전력수요가 2030년 6.2GW까지 늘어날 것으로 전망했다.",
        "업계는 데이터센터 전력 수요가 2029년 5GW 안팎까지 늘어날 것으로 보고 있다.",
        "도는 도내 데이터센터 전력 수요가 2030년 최대 4GW에 이를 것으로 본다.",
    ],
)
def test_a_date_of_a_figure_that_funds_no_project_is_no_milestone(line: str) -> None:
    x = extract(DAEGU + "대구시는 3일 SK C&C와 AI 데이터센터 투자 협약을 맺었다.\n" + line + "\n", dt.date(2023, 12, 4))
    assert {day for _, day in milestones(x)} == {"2023-12-03"}


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # the sentence's own event, beside a nationwide figure
        ("과기정통부는 2024년 대구를 거점으로 선정하고 전국에 4,500억원을 투입한다.", "2024-01-01"),
        # the project's own cost
        ("데이터센터에는 2027년까지 총 4,000억원이 투입된다.", "2027-01-01"),
        # a headline's two halves: the phase's date is not the national figure's
        ("1단계 40MW 2027년 가동 목표 / SKT '2030년까지 AI 인프라에 7조'", "2027-01-01"),
        # a project's own capacity forecast beside its event
        ("센터는 2027년 가동해 용량이 100MW까지 늘어날 것으로 보인다.", "2027-01-01"),
    ],
)
def test_a_date_beside_a_figure_of_the_project_or_an_event_stays(line: str, day: str) -> None:
    x = extract(DAEGU + line + "\n", dt.date(2023, 12, 4))
    assert day in {d for _, d in milestones(x)}


@pytest.mark.parametrize(
    "line",
    [
        "월스트리트저널(WSJ)은 18일(현지시간) 투자 그룹이 대구에 AI 데이터센터를 설립할 계획이라고 보도했다.",
        "외신들은 18일 투자 그룹이 대구에 AI 데이터센터를 설립할 계획이라고 보도했다.",
        "블룸버그통신은 투자 그룹이 대구에 AI 데이터센터를 설립할 계획이라고 18일 보도했다.",
    ],
)
def test_the_day_another_outlet_reported_is_not_an_event(line: str) -> None:
    assert milestones(extract(DAEGU + line + "\n", dt.date(2023, 12, 19))) == set()


def test_an_event_inside_a_media_report_is_still_an_event() -> None:
    x = extract(DAEGU + "WSJ은 데이터센터가 대구에 2028년 완공될 것이라고 보도했다.\n", dt.date(2023, 12, 19))
    assert {day for _, day in milestones(x)} == {"2028-01-01"}


@pytest.mark.parametrize(
    "line",
    [
        "특히 오는 7월 행정통합을 향해 나아가는 상황에서 AI 생태계 구축이 가능할 전망이다.",
        "6월 출범하는 강원특별자치도의 첨단산업 육성을 위한 AI 데이터센터 사업이다.",
        "내년 1월 전북특별자치도로 출범하면서 AI 특례를 받는다.",
        "2024년 통합 대구경북특별시 출범을 앞두고 AI 데이터센터 협의를 시작했다.",
    ],
)
def test_a_provinces_own_reorganisation_is_not_a_milestone(line: str) -> None:
    assert milestones(extract(DAEGU + line + "\n", dt.date(2023, 1, 16))) == set()


def test_an_agreement_dated_by_its_day_alone_is_a_milestone() -> None:
    x = extract(
        "전남도, 장성·강진에 AI데이터센터 구축\n"
        "홍길동 기자\n"
        "2026년 01월 16일(금) 17:02\n"
        "전남도는 16일 장성군·강진군, 민간 참여 기관과 함께 ‘AI 데이터센터 구축을 위한 업무협약’을 했다.\n",
        None,
    )
    assert x.article["published_date"] == dt.date(2026, 1, 16)
    assert milestones(x) == {("전라남도", "2026-01-16")}


# --- foreign figures ---------------------------------------------------------------------------


def test_a_headline_in_dollars_is_the_won_figure_the_body_converts() -> None:
    x = extract(
        "美 메리디안, 보령에 20억달러 AI 데이터센터 짓는다\n\n"
        "충남도에 따르면 메리디안은 보령시 주교면 일대에 AI 데이터센터를 짓기로 하고 20억 달러(약 2조7천억원)를"
        " 투입하는 계획을 도에 제출했다.\n"
    )
    assert {a["amount_krw"] for a in x.amounts} == {2_700_000_000_000}


def test_a_dollar_figure_the_article_never_converts_keeps_no_won_value() -> None:
    x = extract(
        "충남 보령에 AI 데이터센터\n\n"
        "충남도에 따르면 메리디안은 보령시 주교면 일대에 AI 데이터센터를 짓기로 하고 20억 달러(약 2조7천억원)를"
        " 투입한다. 메리디안은 이 가운데 10억 달러를 직접 부담한다.\n"
    )
    assert {a["amount_krw"] for a in x.amounts} == {2_700_000_000_000, None}


# --- a sentence whose subject counts the places selected before it ------------------------------------------

NATIONAL_SELECTION = (
    "지역특화 AI 실증사업에 원주·천안·익산 선정\n"
    "과학기술정보통신부는 30일 지역특화 AI 실증사업 공모 결과 강원 원주, 충남 천안, 전북 익산 3곳을 선정했다고 밝혔다.\n"
    "원주는 디지털헬스 AI 실증 거점을 만든다. 천안은 모빌리티 AI 실증 거점을 만든다. 익산은 푸드테크 AI 실증 거점을 만든다.\n"
    "{last}\n"
)


def test_a_date_of_the_places_counted_as_the_subject_goes_to_each_of_them() -> None:
    x = extract(NATIONAL_SELECTION.format(last="선정된 3곳은 내달부터 사업에 착수한다."))
    assert {p for p, d in milestones(x) if d == "2023-06-01"} == {"강원특별자치도", "충청남도", "전북특별자치도"}


@pytest.mark.parametrize(
    "last",
    [
        "선정된 2곳은 내달부터 사업에 착수한다.",  # a count that is not the places named: no spreading
        "사업은 내달부터 시작한다.",  # no count of places
    ],
)
def test_a_date_with_no_count_of_the_places_named_stays_in_one_place(last: str) -> None:
    x = extract(NATIONAL_SELECTION.format(last=last))
    assert len({p for p, d in milestones(x) if d == "2023-06-01"}) <= 1


# --- figures listed place by place --------------------------------------------------------------
def test_each_place_listed_with_its_own_figure_gets_only_that_figure() -> None:
    x = extract(
        "과기정통부, 지역 AI 실증 사업 6개 시·도 확정\n"
        "과학기술정보통신부는 지역 AI 실증 사업 대상 6개 시·도를 확정했다고 27일 밝혔다.\n"
        "지역별로는 광주광역시 'AI 융합 실증 인프라' 287억원, 대구광역시 'AI 로봇 실증 플랫폼' 96억원, "
        "울산광역시 '조선해양 AI 디지털트윈 실증' 64억원의 국비가 올해 각각 배정됐다.\n"
    )
    assert money(x) == {("광주광역시", 287 * 10**8), ("대구광역시", 96 * 10**8), ("울산광역시", 64 * 10**8)}


def test_one_figure_for_each_of_places_listed_together_goes_to_each() -> None:
    x = extract(
        "부산·대구에 AI 실증센터\n"
        "과학기술정보통신부는 부산과 대구에 AI 실증센터를 짓는다고 밝혔다.\n"
        "과학기술정보통신부는 부산과 대구에 각각 50억원을 지원한다.\n"
    )
    assert money(x) == {("부산광역시", 50 * 10**8), ("대구광역시", 50 * 10**8)}


def test_a_figure_standing_before_the_next_place_as_its_size_does_not_part_the_list() -> None:
    x = extract(
        "광주·대구 AI 사업에 국비 추가 지원\n"
        "정부는 광주 AI 집적단지와 대구 AI 로봇 클러스터에 국비를 추가 지원한다고 10일 밝혔다.\n"
        "총사업비 4,000억원 규모의 광주 집적단지와 2,000억원 규모의 대구 클러스터에는 내년 각각 100억원이 추가로 지원된다.\n"
    )
    assert {("광주광역시", 100 * 10**8), ("대구광역시", 100 * 10**8)} <= money(x)


# --- other places acting in an aside ------------------------------------------------------------
BUSAN_FUND = (
    "부산 AI 펀드 1천억 돌파\n"
    "부산시는 'AI 스케일업 펀드'의 결성 총액이 1,250억원으로 늘었다고 밝혔다.\n"
    "펀드는 부산 AI 스타트업에 투자한다.\n"
    "다른 지역도 뒤따르고 있다.\n"
)


def invested(x: ExtractedArticle) -> set[tuple[str | None, int]]:
    """(province, amount) of the amounts with a role that can be a province's investment."""
    return {
        (province(a["region_code"]), a["amount_krw"])
        for a in x.amounts
        if a["amount_role"] in ("total", "annual", "component")
    }


def test_money_of_another_place_acting_in_an_aside_is_not_the_articles_places() -> None:
    x = extract(
        BUSAN_FUND + "광주시는 2020년 400억원 규모 AI 펀드를 만들었고, 대구시도 300억원 규모의 펀드를 운용 중이다.\n"
    )
    assert ("부산광역시", 400 * 10**8) not in invested(x)
    assert ("부산광역시", 300 * 10**8) not in invested(x)
    assert ("부산광역시", 1250 * 10**8) in invested(x)


def test_money_of_the_articles_place_acting_stays_its_own() -> None:
    x = extract(BUSAN_FUND + "부산시는 내년 펀드에 300억원을 더 넣는다.\n")
    assert ("부산광역시", 300 * 10**8) in invested(x)


def test_another_place_named_only_as_where_a_company_sits_does_not_take_the_money() -> None:
    x = extract(BUSAN_FUND + "서울에 본사를 둔 운용사는 올해 펀드에 200억원을 추가로 모은다.\n")
    assert ("부산광역시", 200 * 10**8) in invested(x)


@pytest.mark.parametrize(
    ("article", "place", "amount"),
    [
        (  # the article's government acts, another place only in a clause of its own
            "부산시, AI 데이터센터 유치 본격화\n부산시는 강서구 에코델타시티에 AI 데이터센터를 유치한다고 밝혔다.\n"
            "데이터센터에는 총 2조원이 투입된다.\n시는 울산시가 도입한 모델을 참고해 데이터센터 전력망 구축에 500억원을 투입한다.\n",
            "부산광역시",
            500,
        ),
        (  # another province as the subject of a clause that describes the project
            "대구시, AI 로봇 클러스터 조성\n대구시는 수성알파시티에 AI 로봇 클러스터를 조성한다고 밝혔다.\n"
            "클러스터 조성에는 총 1천억원이 들어간다.\n경북도가 부지 일부를 제공하는 클러스터에는 국비 600억원이 투입된다.\n",
            "대구광역시",
            600,
        ),
        (  # another province joining the article's project
            "대구시, AI 로봇 클러스터 본격 추진\n대구시는 수성알파시티에 AI 로봇 클러스터를 조성한다고 밝혔다.\n"
            "사업비는 총 1천억원이다.\n경북도는 이 클러스터에 200억원을 분담하기로 했다.\n",
            "대구광역시",
            200,
        ),
    ],
)
def test_the_articles_own_money_stays_its_own_beside_another_place(article: str, place: str, amount: int) -> None:
    assert (place, amount * 10**8) in invested(extract(article))


def test_a_fact_in_a_placeless_sentence_goes_to_the_province_most_sentences_name() -> None:
    """Each sentence counts a province once, however many of its places it names: '전남 나주' twice is two
    sentences, not four, against the three that name 광주."""
    x = extract(
        "국가 NPU 실증·검증센터 문 열어\n"
        "광주 첨단3지구의 '국가 NPU 실증·검증센터'가 문을 열었다.\n"
        "25일 북구 첨단3지구 현장에서 개소식을 열었다.\n"
        "Q. 'NPU 팜'은 무엇인가.\n"
        "A. 국산 NPU를 꽂은 서버를 한 공간에 모아 돌려보는 시험장이다.\n"
        "기업들은 자사 칩을 여기에 올려 성능을 잰다.\n"
        "Q. 사업비는 얼마인가.\n"
        "A. 총사업비는 2,660억원이다.\n"
        "Q. 전남 나주에서도 비슷한 센터를 짓는다던데.\n"
        "A. 전남이 나주에 추진하는 실증단지는 별개 사업이다.\n"
        "광주 센터는 칩 자체의 성능 검증이 중심이다.\n"
    )
    assert ("광주광역시", 266_000_000_000) in money(x)


def test_a_count_of_a_towns_firms_is_no_company_seat() -> None:
    [found] = [
        c for c in scan_regions("울산의 제조 기업 300곳이 AI 자율제조 전환 사업에 참여한다.", GAZ) if c.text == "울산"
    ]
    assert not found.passing


@pytest.mark.parametrize("sentence", ["대전MBC 뉴스데스크", "부산KBS 뉴스9", "광주MBC는 보도했다", "부산 KNN은 전했다"])
def test_a_broadcaster_named_after_its_city_is_no_place(sentence: str) -> None:
    assert scan_regions(sentence, GAZ) == []
