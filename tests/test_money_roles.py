"""Roles of money beyond total and part: forecasts, market sizes, sums over several projects or
parties, shares of a joint total, nationwide budgets, revised figures and itemised breakdowns.
Only a total is an investment; the rest must never be added to a region's total."""

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.extract.amounts import find_money
from etl.extract.money_roles import cumulative_sums, refine_roles
from etl.model import Sentence
from etl.vocabulary import AMOUNT_ROLES


def roles(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.role) for m in find_money(sentence)]


def article_roles(*sentences: str, regions: dict[int, int] | None = None) -> list[tuple[str, str]]:
    sents = [Sentence(i, 0, len(t), t, "body") for i, t in enumerate(sentences)]
    refined = refine_roles(sents, {s.index: find_money(s.text) for s in sents}, regions or {})
    return [(m.text, m.role) for s in sents for m in refined[s.index]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("투자 규모는 앞으로 8조원까지 늘어날 것으로 예상된다.", [("8조원", "forecast")]),
        ("후속 투자를 거쳐 최대 300억 달러(40조원)에 이를 가능성이 있다.", [("최대 300억 달러(40조원)", "forecast")]),
        ("최대 20조원 투자 가능성", [("최대 20조원", "forecast")]),
        ("여수와 순천에서는 2조원대 데이터센터 건립 이야기가 나오다가 잠잠해졌다.", [("2조원대", "forecast")]),
        ("도는 2030년까지 1조원을 투입해 데이터센터를 짓는다.", [("1조원", "total")]),  # a plan, not a forecast
        ("업계는 국내 AI 투자가 내년 10조원을 넘어설 것으로 보고 있다.", [("10조원", "forecast")]),
        ("투자액은 3조원을 웃돌 전망이다.", [("3조원", "forecast")]),
        # the project's own cost estimated by its owner is its total; what it may reach is a forecast
        ("사업비는 1조원 이상으로 추산된다.", [("1조원 이상", "total")]),
        ("총사업비가 약 4천억원으로 추정된다.", [("약 4천억원", "total")]),
        ("업계에 따르면 사업비는 2조원에 이를 것으로 추산된다.", [("2조원", "forecast")]),
        ("삼성전자의 투자 규모는 20조원을 넘어설 것으로 예상된다.", [("20조원", "forecast")]),
        ("투자 규모는 최대 10조원에 달할 것으로 예상된다.", [("최대 10조원", "forecast")]),
        ("사업비 1조원을 넘는 대형 사업이다.", [("1조원", "total")]),  # a size now, not a guess
    ],
)
def test_a_speculative_or_projected_figure_is_a_forecast(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert roles(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "국내 AI 데이터센터 시장 규모는 2030년 12조원에 이를 전망이다.",
        "클라우드 시장은 5조원 규모다.",
        "20조원 규모의 시장이 열린다.",
    ],
)
def test_the_size_of_a_market_is_never_an_investment(sentence: str) -> None:
    assert [r for _, r in roles(sentence)] == ["market"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("두 사업에 각각 60억원의 국비가 지원된다.", "component"),
        ("도는 30억원 규모의 실시설계에 들어갔다.", "component"),
        ("정부가 3년간 80억원을 지원하는 사업이다.", "component"),
    ],
)
def test_a_subsidy_or_a_design_cost_is_a_part_of_the_project(sentence: str, expected: str) -> None:
    assert [r for _, r in roles(sentence)] == [expected]


def test_both_ends_of_a_range_take_the_role_of_the_whole() -> None:
    assert roles("원주에 4천억∼5천억원 규모의 데이터센터가 들어선다.") == [
        ("4천억", "total"),
        ("5천억원 규모", "total"),
    ]


def test_a_sum_two_parties_then_divide_between_them_is_their_joint_total() -> None:
    roles = article_roles(
        "협약에 따르면 두 회사는 새만금 국가산단에 총 5조원을 투자해 데이터센터 캠퍼스를 짓는다.",
        "이 중 퍼시픽게이트가 2조원을 부담하고, 나머지 3조원은 그린웨이브에너지가 마련한다.",
    )
    assert roles[0] == ("총 5조원", "total") and "total" not in [r for _, r in roles[1:]]


def test_a_sum_over_several_parties_is_cumulative_when_one_party_is_then_singled_out() -> None:
    assert article_roles(
        "도는 신산업 4개사와 2조3000억원 규모 투자협약을 맺었다.",
        "이들 가운데 한빛디앤씨는 진주시에 2조원을 투자해 데이터센터를 짓는다.",
    ) == [("2조3000억원 규모", "cumulative"), ("2조원", "total")]


def test_several_firms_investing_in_one_complex_is_that_complex_total() -> None:
    assert article_roles("시는 데이터센터 기업 4곳과 2조 원 규모의 투자양해각서를 맺었다.") == [
        ("2조 원 규모", "total")
    ]


@pytest.mark.parametrize(
    "parts",
    [
        "국내 개발사 동해클라우드가 3,200억원, 투자사 노던스카이가 4,800억원을 각각 분담한다.",
        "두 회사가 4,800억원과 3,200억원을 나눠 낸다.",
        "한빛은 4,800억원을 부담하고 나머지는 누리가 나눠 댄다.",
        "민간 투자분 가운데 그린스톤데이터가 5,100억원을, 나머지 2,900억원은 재무적투자자가 댄다.",
    ],
)
def test_parties_dividing_a_total_stated_before_hold_shares(parts: str) -> None:
    roles = article_roles("사업비는 8,000억원으로 늘었다.", parts)
    assert roles[0] == ("8,000억원", "total") and "total" not in [r for _, r in roles[1:]]


def test_a_part_of_a_joint_total_is_a_share() -> None:
    assert article_roles(
        "두 회사는 모두 6조원을 공동 투자해 데이터센터를 짓는다.",
        "이 중 한빛통신이 2조원을 투자한다.",
    ) == [("모두 6조원", "total"), ("2조원", "share")]


@pytest.mark.parametrize(
    "sentence",
    [
        "투자 유치 누적 3조원을 넘어섰다.",
        "투자금 5억 달러 유치 현황을 설명했다.",
        "경제자유구역청에 따르면 송도의 누적 외국인직접투자(FDI) 도착액은 지난해 말 기준 120억달러에 이른다.",
        "도의 누적 투자 유치액은 올해 상반기 현재 5조원이다.",
    ],
)
def test_money_raised_so_far_across_deals_is_cumulative(sentence: str) -> None:
    assert [r for _, r in article_roles(sentence)] == ["cumulative"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("1·2센터를 합친 국가AI컴퓨팅센터 사업 전체 규모는 3조원을 넘는다.", "cumulative"),
        ("1·2호기를 합쳐 투자액은 5조원이다.", "cumulative"),
        ("1, 2공장을 더하면 투자 규모는 2조원에 이른다.", "cumulative"),
        # one project's phases summed are its whole
        ("1·2단계를 합친 전체 사업비는 3547억 원이다.", "total"),
        ("2센터를 짓는 데 1조원이 든다.", "total"),
    ],
)
def test_numbered_sites_summed_are_several_projects(sentence: str, expected: str) -> None:
    assert [r for _, r in article_roles(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("앞서 지난 2년간 222억원이 투입돼 69개사가 AI 품질검사 시스템을 도입했다.", "cumulative"),
        ("지난 3년 동안 국비 100억원이 집행됐다.", "cumulative"),
        # a whole spent over the past years, or a span of years to come, is no running sum
        ("지난 3년간 총사업비 300억원을 들여 센터를 완공했다.", "total"),
        ("앞으로 2년간 222억원이 투입된다.", "total"),
        ("센터는 지난 3년간 총 300억원이 투입돼 지난달 완공됐다.", "total"),  # what the years built, finished
        ("지난 3년간 총사업비 300억원이 투입돼 센터를 완공했다.", "total"),
        ("센터 건립에는 지난 4년간 1,200억원이 들어갔다.", "total"),  # what building it took
        ("지난 2년간 222억원을 투입해 69개사를 지원했다.", "cumulative"),
        ("최근 3년간 222억원이 투입됐다.", "cumulative"),
    ],
)
def test_what_the_past_years_of_a_programme_spent_is_a_running_sum(sentence: str, role: str) -> None:
    assert [r for _, r in article_roles(sentence)] == [role]


@pytest.mark.parametrize(
    "sentence",
    [
        "정부는 전국에 AI 컴퓨팅센터를 짓는 데 2조원을 투입한다.",
        "한빛그룹은 2030년까지 AI에 10조원을 투자한다고 밝혔다.",
        "한결AI는 올해 국내 AI 인프라 전반에 5,000억원을 투자한다고 밝혔다.",
        # a company's plan for a line of business over years
        "회사는 2030년까지 AI 데이터센터용 전력 설비 사업에 총 5조 원을 투자하겠다고 밝힌 바 있다.",
        "두산에너빌리티는 향후 5년간 SMR 분야에 3조원을 쏟는다.",
        # a company's whole budget
        "씨마인드는 센터에 연구소를 옮기고 올해 전사 연구개발비로 150억원을 책정했다.",
        "회사의 올해 전사적 투자 규모는 3000억원이다.",
        # a company's spending on kinds of equipment
        "네이버클라우드는 올해 데이터센터와 GPU 설비에 1조원 안팎을 투입할 계획이다.",
        # the government's money for a programme of its own
        "청주 거점은 정부가 2029년까지 총 2조 1,000억원을 투입하는 '지역 AX 혁신 프로그램'의 첫 사업이다.",
        "과기정통부가 5년간 1조원을 투자하는 AI 반도체 사업에 충북도 참여한다.",
        # a company's money for the country as a whole
        '이 회사 대표는 "앞으로 5년간 한국에 10억달러(약 1조3800억원) 이상을 투자하겠다"고 말했다.',
        "한빛그룹이 2030년까지 국내에 80조원을 투자한다.",
    ],
)
def test_a_nationwide_budget_names_no_region_and_is_national(sentence: str) -> None:
    assert [r for _, r in article_roles(sentence, regions={0: 0})] == ["national"]


@pytest.mark.parametrize(
    "sentence",
    [
        "전사 300명이 참여했고 센터에는 500억원이 들어간다.",
        "회사는 전사 차원에서 센터 구축에 1000억원을 투자한다.",
        "센터 건립에 500억원을 투입하고 전사 차원의 AI 전환도 추진한다.",
        "음성 전사 비서 서비스 센터 구축에 50억원을 들인다.",
        # a region's own spending on its programme
        "충북도는 2029년까지 총 2100억원을 투입하는 'AX 혁신 사업'을 추진한다.",
        # a company's project, over years
        "회사는 2030년까지 1조원을 들여 센터를 짓는다.",
        "회사는 국내 첫 AI 데이터센터에 3000억원을 투자한다.",
        "회사는 2028년까지 이 사업에 1,200억원을 투입한다.",
    ],
)
def test_company_wide_words_away_from_the_figure_keep_its_total(sentence: str) -> None:
    assert [r for _, r in article_roles(sentence)] == ["total"]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            (
                "한빛그룹이 2030년까지 5년간 국내에 80조원을 투자한다.",
                "전체 투자액 80조원 중 절반은 반도체 설비에 쓰이며, AI 분야 20조원은 데이터센터 확충 등에 투입된다.",
            ),
            ["national", "national", "national"],
        ),
        # a place's project's whole keeps its parts
        (("도는 총사업비 3000억원 중 국비 1000억원을 확보했다.",), ["total", "component"]),
    ],
)
def test_a_part_a_sentence_takes_of_a_national_whole_is_national(
    sentences: tuple[str, ...], expected: list[str]
) -> None:
    assert [r for _, r in article_roles(*sentences)] == expected


def test_equipment_spending_read_as_a_part_is_national_too() -> None:
    sentence = (
        "KT는 2028년까지 전국 AI 인프라에 3조원을 투자하겠다고 밝혔고, "
        "네이버클라우드는 올해 데이터센터와 GPU 설비에 1조원 안팎을 투입할 계획이다."
    )
    assert [r for _, r in article_roles(sentence)] == ["national", "national"]


def test_equipment_of_a_project_at_a_place_is_its_total() -> None:
    sentence = "회사는 춘천에 짓는 센터의 데이터센터와 GPU 설비에 1조원을 투입한다."
    assert [r for _, r in article_roles(sentence, regions={0: 1})] == ["total"]


@pytest.mark.parametrize(
    ("sentence", "named_regions", "expected"),
    [
        ("과학기술정보통신부가 추진하는 국가 AI 컴퓨팅센터는 총 2조5000억원이 투입되는 대형 사업이다.", 0, "national"),
        ("산업통상자원부가 주관하는 AI 자율제조 프로젝트에는 총 500억원이 들어간다.", 0, "national"),
        ("정부가 공모하는 AI 거점 사업에 국비 2500억원이 투입된다.", 0, "component"),
        # a region's own programme, or a ministry's programme in a region the sentence names
        ("광주시가 추진하는 집적단지에는 총 4116억원이 투입된다.", 0, "total"),
        ("시는 산업통상자원부가 공모한 이 사업으로 2028년까지 총 300억원을 확보했다.", 0, "total"),
        ("SK텔레콤 AI사업부가 추진하는 데이터센터에 총 1조원이 들어간다.", 0, "total"),
        ("AI 추진본부가 추진하는 사업에 총 300억원이 들어간다.", 0, "total"),
        ("과기정통부가 추진하는 광주 AI 집적단지에 4116억원이 투입된다.", 1, "total"),
    ],
)
def test_a_ministry_programme_named_without_a_region_is_national(
    sentence: str, named_regions: int, expected: str
) -> None:
    assert [r for _, r in article_roles(sentence, regions={0: named_regions})] == [expected]


@pytest.mark.parametrize(
    ("sentence", "named_regions", "expected"),
    [
        ("정부도 중소벤처기업부가 1조원 규모의 ‘AI 혁신 펀드’를 별도로 조성하고 있다.", 0, "national"),
        ("금융위원회는 2조원 규모 정책펀드를 만든다.", 0, "total"),  # 위원회 is no ministry by its name
        ("서울시가 3,000억원 규모의 ‘서울 AI 스케일업 펀드’를 조성한다.", 1, "total"),
        ("산업부가 500억원을 들여 AI 실증센터를 짓는다.", 0, "total"),  # a ministry's money, but no fund
        ("정부는 200억원을 투입하고 민간 펀드와 매칭한다.", 0, "total"),
        ("중소벤처기업부는 올해 300억원 규모로 이 펀드를 함께 조성한다.", 0, "total"),
        # the fund named first, the object whose size the government sets
        ("중소벤처기업부는 ‘지역 AI 혁신펀드’를 내년 5000억원 규모로 결성한다.", 0, "national"),
        ("정부는 지방 AI 스타트업에 투자하는 ‘지역균형 AI 펀드’를 2000억원 규모로 만들기로 했다.", 0, "national"),
        ("정부도 '모두의 AI 펀드'를 올해 총 1조원으로 조성한다.", 0, "national"),
        ("경남도는 ‘경남 AI 펀드’를 올해 500억원 규모로 조성한다.", 1, "total"),  # a province's own
        ("정부는 이 펀드를 300억원 규모로 키운다.", 0, "total"),  # the article's fund, referred back to
        ("정부는 ‘AI 펀드’를 통해 300억원을 투자한다.", 0, "total"),  # money through it, not its size
    ],
)
def test_a_ministrys_own_fund_is_national(sentence: str, named_regions: int, expected: str) -> None:
    assert [r for _, r in article_roles(sentence, regions={0: named_regions})] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("시가 600억원을 출자하고 민간에서 2,400억원을 매칭하는 구조다.", ["component", "component"]),
        ("시 출자금 600억원에 연기금과 금융사가 참여했다.", ["component"]),
        ("운용사들은 1,250억원 규모로 1차 클로징했다.", ["component"]),
        (
            "시비와 모태펀드 출자로 620억원을 모아 1차 클로징한 뒤 430억원을 추가로 출자했다.",
            ["component", "component"],
        ),
        ("1차 결성액은 1,250억원이다.", ["component"]),
        # backers' money listed and added together, no sum stated: each a part, the largest too
        (
            "펀드는 도비 40억원과 시비 20억원에 모태펀드 300억원, 민간 출자 140억원을 더해 조성한다.",
            ["component", "component", "component", "component"],
        ),
        ("군비 30억원에 기업 출자 90억원을 합쳐 펀드를 만든다.", ["component", "component"]),
        ("펀드 규모의 절반인 모태펀드 250억원 매칭에 실패하면 펀드가 줄어든다.", ["component"]),
        # where the money comes from, as the topic: each source a part, the largest too
        (
            "재원은 중기부 모태펀드(한국벤처투자 운용) 300억원, 도비 80억원, 민간 출자 120억원으로 짠다.",
            ["component", "component", "component"],
        ),
        ("최종 출자 구성은 모태펀드 500억 원, 도 150억 원, 민간 출자자 350억 원입니다.", ["component"] * 3),
        ("1차 결성에는 모태펀드 160억원, 도비 60억원, 민간 출자 100억원이 들어갔다.", ["component"] * 3),
        ("재원은 총 1,000억원으로, 국비 600억원과 시비 400억원이다.", ["total", "component", "component"]),
        # …but not a figure of a clause after the sources' topic has moved on
        ("재원은 아직 정해지지 않았지만 시는 2030년까지 AI 클러스터에 3조원을 투입한다는 계획이다.", ["total"]),
        ("운영 재원은 자체 조달하고 시는 센터 건립에 500억원을 투입한다.", ["total"]),
        ("2차 결성은 내년에 추진하고, 펀드 규모를 1,000억원으로 키운다.", ["total"]),
        # a first close, however called
        ("도는 결성총회를 열고 펀드를 320억원 규모로 우선 출범시켰다.", ["component"]),
        # a backer's contribution revised, and the increase of the whole as a figure of its own
        ("시 출자금도 1,000억원에서 1,400억원으로 확대한다.", ["component", "component"]),
        ("새로 늘어난 2,000억원은 피지컬 AI 펀드로 따로 만든다.", ["component"]),
        ("총사업비가 늘어난 1조원으로 확정됐다.", ["total"]),
        # a year's cost with the project named between
        (
            "대전시는 올해 클러스터 사업비로 186억원(국비 150억원, 시비 36억원)을 확보했다.",
            ["annual", "component", "component"],
        ),
        ("펀드는 당초 계획한 1천억원보다 늘어난 1천200억원 규모로 결성을 추진한다.", ["component", "total"]),
        # …but a sum stated after them is the whole; a matching fund is a fund
        ("국비 100억원과 시비 50억원을 더해 총 150억원을 투입한다.", ["component", "component", "total"]),
        ("시는 1조원을 투입해 센터를 짓고, 기업 투자 3천억원을 합쳐 단지를 완성한다.", ["total", "component"]),
        ("도는 500억원 매칭펀드를 만든다.", ["total"]),
        ("도는 1000억원 매칭형 펀드를 조성한다.", ["total"]),
        ("시는 300억원 매칭 투자 방식으로 창업기업을 지원한다.", ["total"]),
        # what is first formed or built at a size is a part (a close, a first phase); with no whole stated the
        # parts stand for it
        ("도는 AI 펀드를 300억원 규모로 우선 조성하고 내년 1000억원으로 키운다.", ["component", "total"]),
        ("데이터센터는 5천억원 규모로 우선 조성한 뒤 수요에 따라 증설한다.", ["component"]),
        ("시는 1조원 규모의 AI 캠퍼스를 2천억원 규모로 우선 조성한다.", ["total", "component"]),
        ("남은 1,750억원은 연말까지 추가 모집한다.", ["component"]),
        ("펀드는 3,150억원 규모로 최종 결성됐다.", ["total"]),
        ("펀드의 목표액은 3,000억원이다.", ["total"]),
        ("펀드가 5000억원 규모로 첫 결성됐다.", ["total"]),  # first ever, not a first close
        ("2차 결성에서 3000억원 규모로 최종 결성됐다.", ["total"]),
    ],
)
def test_a_funds_backers_shares_closes_and_remainder_are_parts(sentence: str, expected: list[str]) -> None:
    assert [r for _, r in article_roles(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "서울시는 2030년까지 AI 정책펀드 규모를 1조원까지 늘릴 계획이다.",
        "서울시는 2030년까지 AI 정책펀드 규모를 1조원까지 늘린다는 계획이다.",  # the same plan, another verb form
        "시는 펀드 규모를 1조원까지 확대할 방침이다.",
        "도는 투자 규모를 1조원까지 늘리겠다는 구상이다.",
    ],
)
def test_a_size_the_owner_plans_to_grow_to_is_its_total_in_any_verb_form(sentence: str) -> None:
    assert article_roles(sentence) == [("1조원", "total")]


@pytest.mark.parametrize(
    "sentence",
    [
        "서울시는 2030년까지 AI 정책펀드 규모를 1조원까지 늘릴 목표다.",
        "도는 투자 규모를 1조원 이상으로 늘려간다는 목표다.",
        "시는 특구 투자를 1조원으로 끌어올린다는 목표다.",
        "시는 투자 유치 규모를 1조원으로 확대하는 것이 목표다.",
        "도는 민간 투자를 1조원까지 높이겠다는 목표를 세웠다.",
    ],
)
def test_a_size_set_as_a_goal_to_grow_to_is_a_forecast_in_any_verb_form(sentence: str) -> None:
    assert [role for _, role in article_roles(sentence)] == ["forecast"]


@pytest.mark.parametrize(
    "sentence",
    [
        "SK는 투자 규모를 5조원까지 늘린다.",  # a decision, not a target
        "회사는 투자액을 3조원까지 확대한다고 밝혔다.",
        "SK는 울산 AI 데이터센터 투자를 당초 7조원에서 21조원까지 늘릴 계획이다.",  # a revision
    ],
)
def test_a_decided_or_revised_figure_raised_to_is_the_total(sentence: str) -> None:
    assert article_roles(sentence)[-1][1] == "total"


@pytest.mark.parametrize(
    "sentence",
    [
        "회사는 2030년까지 한국·일본·호주 등 아시아태평양 지역에 총 120억 달러를 투자할 계획이며, 울산 센터가 그 첫 거점이다.",
        "회사는 해외에 5조원을 투자하고 국내 거점은 울산에 둔다.",
    ],
)
def test_money_into_a_region_abroad_is_no_region_investment_beside_a_named_city(sentence: str) -> None:
    assert [r for _, r in article_roles(sentence, regions={0: 1})] == ["national"]


def test_a_neighbourhood_named_like_a_region_abroad_is_no_place_abroad() -> None:
    sentence = "경기 부천시는 원미구 중동에 1000억원 규모의 AI 데이터센터가 들어선다고 밝혔다."
    assert [r for _, r in article_roles(sentence, regions={0: 2})] == ["total"]


def test_a_company_plan_abroad_is_not_a_region_investment() -> None:
    sentence = "회사는 2030년까지 아시아·태평양 지역 데이터센터에 총 60억 달러(약 8조7000억원)를 투자한다."
    assert {r for _, r in article_roles(sentence, regions={0: 0})} == {"national"}


@pytest.mark.parametrize(
    "sentence",
    [
        "회사는 해외 투자자와 손잡고 총 2조원을 들여 데이터센터를 짓는다.",
        "전 세계적으로 AI 수요가 늘자 회사는 1조원을 투자하기로 했다.",
    ],
)
def test_a_word_about_abroad_does_not_take_a_project_abroad(sentence: str) -> None:
    assert [r for _, r in article_roles(sentence, regions={0: 0})] == ["total"]


def test_a_headline_figure_takes_the_role_the_body_gives_it() -> None:
    sents = [
        Sentence(0, 0, 20, '"2030년까지 AI 인프라에 7조"', "headline"),
        Sentence(1, 21, 60, "SKT는 2030년까지 AI 인프라에 전국적으로 7조원을 투자한다.", "body"),
        Sentence(2, 61, 90, "기장 캠퍼스에는 1조1270억원이 들어간다.", "body"),
    ]
    refined = refine_roles(sents, {s.index: find_money(s.text) for s in sents}, {0: 0, 1: 0, 2: 1})
    assert [m.role for s in sents for m in refined[s.index]] == ["national", "national", "total"]


def test_a_nationwide_word_beside_a_named_region_is_that_region_investment() -> None:
    assert [r for _, r in article_roles("전국 최대 규모로 광주에 5000억원을 투입한다.", regions={0: 1})] == ["total"]


@pytest.mark.parametrize(
    "sentence",
    [
        "동해클라우드는 강릉을 포함해 2030년까지 전국 5곳에 데이터센터를 세우는 데 모두 3조원을 투자한다.",
        "회사는 춘천 등 전국 여러 곳에 거점을 짓는 데 총 1조원을 쓴다.",
        "KT는 부산을 비롯해 전국 3개 지역에 AI 데이터센터를 열며 2조원을 들인다.",
    ],
)
def test_money_spread_over_sites_across_the_country_is_national_beside_a_named_one(sentence: str) -> None:
    assert [r for _, r in article_roles(sentence, regions={0: 1})] == ["national"]


@pytest.mark.parametrize(
    "sentence",
    [
        "강릉 데이터센터는 전국 최대 규모로 3조원이 투입된다.",
        "시는 전국 5곳 가운데 가장 큰 3조원 규모 데이터센터를 유치했다.",
        "전국 3곳에서 데이터센터를 운영 중인 LG유플러스는 파주 AI 데이터센터에 6,000억원을 투입한다.",
        "전국 5곳에 짓는 데이터센터 가운데 강릉 센터에만 1조원이 투입된다.",
    ],
)
def test_a_named_site_compared_with_the_country_keeps_its_own_total(sentence: str) -> None:
    assert [r for _, r in article_roles(sentence, regions={0: 1})] == ["total"]


@pytest.mark.parametrize(
    "sentence",
    [
        "사업비도 2,500억원에서 2,870억원으로 증가했다.",
        "공모 당시 1200억원이던 총사업비는 민간 투자가 더해지면서 1486억원으로 늘었다.",
        "당초 500억원이었던 예산이 증액돼 650억원으로 확정됐다.",
        "특구 총사업비는 지난해 7,124억원까지 늘었다가 올해 6,416억원으로 줄었다.",  # reached, then left
        # a headline's arrow, its particles dropped
        "국가 AI 컴퓨팅센터 예타서 총사업비 4천600억→4418억…가동 늦춰져",
        "AI 캠퍼스 사업비 1,200억 → 1,450억원으로 증액",
        "데이터센터 총사업비 2조->2조5천억",
        "부산 '오션 AI 밸리' 반토막…1조2천억→4116억, 시의회 질타",  # no cost named: the project's, by its arrow
    ],
)
def test_the_old_figure_of_a_revision_is_superseded(sentence: str) -> None:
    [old, new] = refine_roles([Sentence(0, 0, len(sentence), sentence, "body")], {0: find_money(sentence)}, {})[0]
    assert old.is_superseded and not new.is_superseded


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("국비 300억→400억, 시비 200억", ["component", "component", "component"]),  # a part's revision stays a part
        ("지난해 투자협약 때 밝힌 2조 1,350억원보다 3,250억원 많다.", ["total", "other"]),  # the difference
        ("사업비는 앞서 발표한 900억원보다 120억원 적다.", ["total", "other"]),
    ],
)
def test_a_revised_part_stays_a_part_and_a_difference_is_no_cost(sentence: str, expected: list[str]) -> None:
    assert [r for _, r in article_roles(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "국비 2,800억원에 도와 나주시가 600억원을 보태고, 민간에서 1,200억원을 끌어와 총 4,600억원으로 짓겠다는 계획이다.",
            ["component", "component", "component", "total"],
        ),
        ("국비 300억원과 시비 200억원 등 총 500억원이 든다.", ["component", "component", "total"]),
        ("국비 300억원과 시비 200억원, 총 500억원.", ["component", "component", "total"]),
        # unmarked, the largest figure is no sum
        ("국비 300억원과 시비 200억원이 500억원짜리 센터에 들어간다.", ["component", "component", "total"]),
    ],
)
def test_a_figure_marked_as_the_total_of_the_parts_before_it_is_the_whole(sentence: str, expected: list[str]) -> None:
    assert [r for _, r in article_roles(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "이 때문에 1단계 사업비는 9,200억원에서 1조 300억원으로 불었다.",
        "증설 용량을 150MW에서 200MW로 키우면서 2단계 사업비는 1조 4,300억원으로 잡혔다.",
        "설계가 바뀌며 2단계 건립비는 800억원이 됐다.",
    ],
)
def test_a_phases_cost_after_another_clause_is_a_part(sentence: str) -> None:
    assert {r for _, r in article_roles(sentence)} == {"component"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # money spent on a phase named after it
        ("도는 2028년까지 1200억 원을 추가로 들여 2단계 사업을 추진한다.", "component"),
        ("회사는 500억원을 들여 2차 증설에 나선다.", "component"),
        ("시는 300억원을 투입해 1단계 구축을 마친다.", "component"),
        # …unless marked as the whole, or the phases are only how the whole is built
        ("시는 총 3000억원을 들여 1단계 사업을 마친다.", "total"),
        ("도는 500억원을 들여 2단계로 나눠 짓는다.", "total"),
        # phases summed are the whole
        ("1·2단계 합쳐 3547억 원 규모", "total"),
        ("1·2단계를 합친 전체 사업비는 3547억 원이다.", "total"),
        ("1단계와 2단계를 더해 모두 2,400억원이 든다.", "total"),
    ],
)
def test_money_spent_on_a_phase_named_after_it_is_a_part(sentence: str, expected: str) -> None:
    assert [r for _, r in article_roles(sentence)] == [expected]


def test_two_figures_of_one_time_are_no_revision() -> None:
    sentence = "국비 300억원에서 지방비 200억원까지 모두 500억원이 들어간다."
    refined = refine_roles([Sentence(0, 0, len(sentence), sentence, "body")], {0: find_money(sentence)}, {})[0]
    assert not refined[-1].is_superseded


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "민간 투자가 당초 180억원에서 330억원으로 늘어 총사업비는 1,050억원이 됐다.",
            [("180억원", "component"), ("330억원", "component"), ("1,050억원", "total")],
        ),
        ("국비는 약 300억원이고 총사업비는 500억원이다.", [("약 300억원", "component"), ("500억원", "total")]),
        ("참여기업 늘며 민간 투자 180억→330억", [("180억", "component"), ("330억", "component")]),
        ("올해 국비는 21억원이다.", [("21억원", "annual")]),  # a year's part is the annual budget
        # negative: a project as the subject
        ("사업비가 당초 180억원에서 330억원으로 늘었다.", [("180억원", "total"), ("330억원", "total")]),
    ],
)
def test_a_part_as_the_subject_of_its_figure_is_a_component(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert article_roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "1단계로 7000억원을 들여 센터를 짓고, 2단계로 1조4000억원을 추가 투입해 증설한다.",
            [("7000억원", "component"), ("1조4000억원", "component")],
        ),
        ("2단계 200MW(1조4천억원)는 2029년 착공한다.", [("1조4천억원", "component")]),
        # a list of phases, each with its period and capacity
        ("▲1단계(2025~2027년) 200MW · 1조3000억원", [("1조3000억원", "component")]),
        ("2단계(2028~2029년) 100MW · 1조1500억원", [("1조1500억원", "component")]),
        ("- 1단계: 1,405억원", [("1,405억원", "component")]),
        ("1단계(2026년) · 700억원", [("700억원", "component")]),
        (
            "총사업비 2조1천억원 가운데 1단계에 7천억원이 먼저 투입된다.",
            [("2조1천억원", "total"), ("7천억원", "component")],
        ),
        ("2단계 사업비는 2,920억원이다.", [("2,920억원", "component")]),
        # a phase's cost after a clause that gives the reason
        (
            "서버 가격이 1년 새 크게 올라 2단계 사업비 980억원으로는 장비를 다 들이기 어렵다.",
            [("980억원", "component")],
        ),
        (
            "과기정통부는 지난달 2단계 사업비를 980억원에서 1,460억원으로 올렸다.",
            [("980억원", "component"), ("1,460억원", "component")],
        ),
        # a phase's cost revised, the phase its object after a date
        (
            "과기정통부는 지난 5일 2단계 사업비를 980억원에서 1,460억원으로 올렸다.",
            [("980억원", "component"), ("1,460억원", "component")],
        ),
        ("사업단은 1단계로 GPU 클러스터 구축에 640억원을 우선 투입한다.", [("640억원", "component")]),
        ("2단계 총사업비는 2,920억원이다.", [("2,920억원", "component")]),
        ("이 중 1단계 사업비는 1,950억원이다.", [("1,950억원", "component")]),
        ("컨소시엄은 1단계 사업비 1조2천억원의 PF 약정을 연내 마무리한다.", [("1조2천억원", "component")]),
        (
            "2단계에는 국비 420억원을 포함해 840억원이 추가로 투입되며, 이에 따라 총사업비는 1단계 1천260억원을 더해"
            " 2천100억원으로 늘어난다.",
            [("420억원", "component"), ("840억원", "component"), ("1천260억원", "component"), ("2천100억원", "total")],
        ),
        (
            "2단계에 국비 300억원과 도비 200억원이 더해져 국비는 모두 800억원으로 늘었다.",
            [("300억원", "component"), ("200억원", "component"), ("모두 800억원", "component")],
        ),
        (
            "총 1조1,240억원을 들이는 캠퍼스 가운데 이번에 착공한 1단계(40MW)에는 4,600억원이 투입된다.",
            [("총 1조1,240억원", "total"), ("4,600억원", "component")],
        ),
        (
            "총 3천억원이 드는 사업 중 1단계에 1천억원을 쓴다.",
            [("총 3천억원", "total"), ("1천억원", "component")],
        ),
        (
            "지구에는 1단계(2025∼2027년)로 국비 630억원, 시비 480억원, 구비 150억원 등 1천260억원이 투입된다.",
            [("630억원", "component"), ("480억원", "component"), ("150억원", "component"), ("1천260억원", "component")],
        ),
        (
            "1단계에는 국비 300억원과 도비 200억원 등 총 500억원이 들어간다.",
            [("300억원", "component"), ("200억원", "component"), ("총 500억원", "component")],
        ),
        ("시는 2단계 사업비 3,778억원을 국비로 확보했다.", [("3,778억원", "component")]),
        ("1단계 사업에는 5,600억원이 투입된다.", [("5,600억원", "component")]),  # no name before: the story's phase
        # a phase's cost revised is a part still, beside the whole it changes
        (
            "2단계 사업비가 6,800억원에서 7,350억원으로 늘어 총사업비는 1조 2950억원이 됐다.",
            [("6,800억원", "component"), ("7,350억원", "component"), ("1조 2950억원", "total")],
        ),
        # a clause a phase opens, its money after what the phase builds
        (
            "1단계로 실증온실 4.5ha와 데이터허브를 짓는 데 230억원이 들어간다.",
            [("230억원", "component")],
        ),
        ("2단계는 노지 실증포장과 교육센터를 만드는 사업으로 280억원 규모다.", [("280억원 규모", "component")]),
        ("이 중 1단계는 GPU 1,024장을 갖춘 센터를 짓는 데 300억원이 든다.", [("300억원", "component")]),
        ("2단계에서는 청년 창업공간을 추가로 조성하며 95억원을 들인다.", [("95억원", "component")]),
        ("이번에 착공한 1단계는 40MW 규모로, 8,300억원이 투입된다.", [("8,300억원", "component")]),
        # a figure the phase follows, as headlines write it
        ("‘AI 캠퍼스’ 첫 삽…8300억 1단계 착공", [("8300억", "component")]),
        ("700억원 규모 2단계 착공", [("700억원 규모", "component")]),
        ("시는 지난 5년간 4300억원 규모 1단계 사업을 마쳤다.", [("4300억원 규모", "total")]),  # a project of its own
        # …and a plan in phases is the whole
        ("대구시, 5천억 3단계 로드맵 발표", [("5천억", "total")]),
        ("시는 1조원 3단계 추진 계획을 내놨다.", [("1조원", "total")]),
        ("도, 2천억 2단계 구상 공개", [("2천억", "total")]),
        ("2029년 가동할 2단계까지 합친 전체 사업비는 약 2조원이다.", [("약 2조원", "total")]),
        # a revision's change given as a share: the new figure is the total
        (
            "총사업비는 당초 제시한 4천800억원에서 14.3% 줄어든 4116억원으로 확정됐다.",
            [("4천800억원", "total"), ("4116억원", "total")],
        ),
        # …not a clause naming the whole, nor money spread over the phases
        ("2단계는 2030년까지 총 5천억원을 들여 완성한다.", [("총 5천억원", "total")]),
        ("군은 3단계로 나눠 실증단지를 만들며 1천억원을 투입한다.", [("1천억원", "total")]),
        # …nor money of a new topic after the phase's clause ends
        ("1단계는 내년 완공되며 군은 별도로 고창 AI 축산 데이터센터에 120억원을 들인다.", [("120억원", "total")]),
        # money spread over phases, or over a list of them, is the whole
        (
            "시는 2단계에 걸쳐 국비 3천억원, 시비 1천억원 등 총 4천억원을 투입한다.",
            [("3천억원", "component"), ("1천억원", "component"), ("총 4천억원", "total")],
        ),
        (
            "1·2단계에 국비 2천억원, 시비 1천400억원 등 총 3,400억원이 들어간다.",
            [("2천억원", "component"), ("1천400억원", "component"), ("총 3,400억원", "total")],
        ),
        ("2단계 사업비는 2170억원으로, 2027년 상반기 완공이 목표다.", [("2170억원", "component")]),
        (
            "1단계 사업비는 1280억원으로, 전체 사업비 3450억원의 약 37% 수준이다.",
            [("1280억원", "component"), ("3450억원", "total")],
        ),
        # a phase that is itself the project, with its own total; a whole spread over phases
        ("AI 2단계 사업에 총 6000억원이 투입된다.", [("총 6000억원", "total")]),
        ("인공지능 집적단지 2단계 사업에 6000억원이 들어간다.", [("6000억원", "total")]),
        ("회사는 3단계에 걸쳐 5000억원을 투입한다.", [("5000억원", "total")]),
        ("3단계로 나눠 1조원을 투자한다.", [("1조원", "total")]),
        ("광주시는 총 6000억원 규모의 2단계 사업을 추진한다.", [("총 6000억원 규모", "total")]),
        ("광주 AI 2단계 사업비 6000억원이 예타를 통과했다.", [("6000억원", "total")]),
        ("1~3단계 사업비는 1조원이다.", [("1조원", "total")]),
        ("1·2단계 사업비는 5,000억원이다.", [("5,000억원", "total")]),
        # parts summed outside a phase's clause, or with the whole cost named
        (
            "국비 630억원, 시비 480억원, 구비 150억원 등 1천260억원이 투입된다.",
            [("630억원", "component"), ("480억원", "component"), ("150억원", "component"), ("1천260억원", "total")],
        ),
        (
            "1단계로 부지를 사들이고, 총사업비는 국비 600억원과 시비 400억원 등 1천억원이다.",
            [("600억원", "component"), ("400억원", "component"), ("1천억원", "total")],
        ),
    ],
)
def test_a_phase_figure_is_a_part_of_the_whole(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert article_roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "도비 200억원과 시비 100억원, 모태펀드 400억원은 계획대로 출자됐다.",
            [("200억원", "component"), ("100억원", "component"), ("400억원", "component")],
        ),
        ("한국성장금융이 펀드에 300억원을 출자한다.", [("300억원", "component")]),
        ("펀드는 1050억원 규모로 결성됐다.", [("1050억원 규모", "total")]),
        # a company's own investment through a vehicle, or a fund raised with backers
        ("SK는 총 2조원을 출자해 합작법인을 세운다.", [("총 2조원", "total")]),
        ("회사는 특수목적법인에 1조원을 출자해 데이터센터를 짓는다.", [("1조원", "total")]),
        ("5000억원 규모의 펀드를 출자자들과 함께 조성한다.", [("5000억원 규모", "total")]),
    ],
)
def test_a_backer_contribution_to_a_fund_is_a_part_of_it(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert article_roles(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "도는 이번 펀드를 포함해 올해 모두 7개, 총 5200억원 규모의 정책펀드를 조성했다.",
        "이 데이터센터를 포함하면 새만금 투자유치액은 16조원에 이른다.",
    ],
)
def test_a_sum_including_this_project_is_cumulative(sentence: str) -> None:
    assert [r for _, r in article_roles(sentence)] == ["cumulative"]


@pytest.mark.parametrize(
    "sentence",
    ["부지 매입비를 포함해 총 3000억원이 투입된다.", "데이터센터 건립비용이 부지비를 포함해 총 3000억원에 이른다."],
)
def test_a_cost_including_its_parts_is_the_total(sentence: str) -> None:
    assert [r for _, r in article_roles(sentence)] == ["total"]


def test_amounts_in_brackets_after_items_are_itemised() -> None:
    sentence = "기금은 ▲창업 캠퍼스 조성(20억원) ▲로봇 공간 조성(5억원) 등에 쓰인다."
    refined = refine_roles([Sentence(0, 0, len(sentence), sentence, "body")], {0: find_money(sentence)}, {})[0]
    assert all(m.is_itemised for m in refined)


@pytest.mark.parametrize(
    ("totals", "sums"),
    [
        ([(0, 55, None), (1, 22, 0), (2, 33, 1)], {0}),  # 22 + 33 of two projects
        ([(0, 55, 0), (1, 22, 0), (2, 33, 0)], set()),  # one project's parts are not another's sum
        ([(0, 40, None), (1, 22, 0), (2, 33, 1)], set()),  # no subset adds up
        ([(0, 100, None), (1, 45, 0), (2, 35, 1), (3, 20, 2)], {0}),
    ],
)
def test_a_figure_that_adds_up_other_projects_totals_is_their_sum(
    totals: list[tuple[int, int, int | None]], sums: set[int]
) -> None:
    assert cumulative_sums(totals) == sums


def _sums_by_brute_force(totals: list[tuple[int, int, int | None]], summing: set[int]) -> set[int]:
    """The definition, read literally: the largest smaller totals of two or more other initiatives (of the
    twelve with the largest); at a summing position, one of the three largest smaller totals of each, unless
    those choices are too many. A figure stated twice or more, all for one initiative with no smaller total of its
    own, at no summing position, is that initiative's own."""
    out = set()
    for pos, amount, _ in totals:
        stated = [(p, ini) for p, a, ini in totals if a == amount]
        own = len(stated) >= 2 and len({ini for _, ini in stated}) == 1 and stated[0][1] is not None
        own = own and not any(a < amount and ini == stated[0][1] for _, a, ini in totals)
        if own and not {p for p, _ in stated} & summing:
            continue
        smaller: dict[int, set[int]] = {}
        for _, a, ini in totals:
            if a < amount and ini is not None:
                smaller.setdefault(ini, set()).add(a)
        options = sorted((sorted(v)[-3:] for v in smaller.values()), key=lambda v: v[-1], reverse=True)[:12]
        same_amount = {p for p, a, _ in totals if a == amount}
        if not (same_amount & summing) or math.prod(len(v) + 1 for v in options) > 4096:
            options = [v[-1:] for v in options]
        choices = itertools.product(*[[None, *v] for v in options])
        if any(
            len(chosen := [c for c in choice if c is not None]) >= 2 and abs(sum(chosen) - amount) <= amount * 0.005
            for choice in choices
        ):
            out.add(pos)
    return out


@given(
    st.lists(
        st.tuples(st.sampled_from([10, 20, 22, 30, 33, 45, 52, 55, 75, 100, 1000]), st.none() | st.integers(0, 4)),
        max_size=10,
    ),
    st.sets(st.integers(0, 9)),
)
def test_cumulative_sums_are_what_the_definition_says(amounts: list[tuple[int, int | None]], summing: set[int]) -> None:
    totals = [(pos, amount, initiative) for pos, (amount, initiative) in enumerate(amounts)]
    assert cumulative_sums(totals, summing) == _sums_by_brute_force(totals, summing)


def test_every_role_the_extractors_give_is_in_the_vocabulary() -> None:
    sentences = [
        "투자 규모가 8조원까지 늘어날 것으로 보인다.",
        "시장 규모는 3조원이다.",
        "생산유발 9000억원 효과가 기대된다.",
        "국비 30억원을 확보했다.",
        "내년 예산 20억원을 편성했다.",
        "총 5000억원을 투입한다.",
    ]
    assert {r for s in sentences for _, r in roles(s)} <= set(AMOUNT_ROLES)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "'양재 AI 특구'의 총사업비는 입주 기업들의 계획이 구체화하면서 당초 1조 2,340억원에서 1조 4,120억원으로 늘었다.",
            [("1조 2,340억원", "total"), ("1조 4,120억원", "total")],
        ),
        ("사업비는 기존 5000억원에서 8000억원으로 늘었다.", [("5000억원", "total"), ("8000억원", "total")]),
        ("늘어난 몫은 대부분 민간 투자로, 민간 부담분은 1조 780억원이 됐다.", [("1조 780억원", "component")]),
        ("한빛의 분담액은 300억원이다.", [("300억원", "component")]),
        ("증액분 266억 원은 전액 민간 컨소시엄이 부담한다.", [("266억 원", "component")]),
    ],
)
def test_a_revised_whole_cost_is_a_total_and_a_partys_portion_a_part(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert article_roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("사업비는 그대로지만 운영비가 연 100억원에서 150억원으로 늘었다.", ["component", "other"]),
        ("투자 규모를 밝히지 않았으나 부지 매입비는 300억원에서 450억원으로 올랐다.", ["component", "other"]),
        (
            "총사업비 1조원 가운데 기업 투자는 당초 6,000억원에서 7,000억원으로 늘었다.",
            ["total", "component", "component"],
        ),
    ],
)
def test_a_revision_of_another_cost_beside_the_whole_is_no_total(sentence: str, expected: list[str]) -> None:
    assert [r for _, r in article_roles(sentence)] == expected


def test_a_division_in_the_next_clause_leaves_another_projects_total() -> None:
    roles = article_roles(
        "천안 데이터센터에는 1조원이 투입된다.",
        "아산에는 3,000억원을 들여 AI 실증센터를 짓고, 운영비는 도와 시가 분담한다.",
    )
    assert roles == [("1조원", "total"), ("3,000억원", "total")]


def test_a_payer_bearing_its_own_project_after_another_total_keeps_it() -> None:
    roles = article_roles(
        "광주 데이터센터에는 1조원이 투입된다.",
        "한빛은 300억원을 부담해 나주에 AI 센터를 짓는다.",
    )
    assert roles == [("1조원", "total"), ("300억원", "total")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a ministry's own budget line, in a sentence that names no place
        ("과학기술정보통신부는 올해 AI 컴퓨팅 인프라 확충 예산으로 2조1천억원을 편성했다.", "national"),
        ("정부는 내년 AI 반도체 지원 예산으로 3,000억원을 책정했다.", "national"),
        # a ministry's programme by its quoted name
        ("산업부는 '자율제조 선도 프로젝트'에 2028년까지 국비 총 2,500억원을 투입할 계획이다.", "national"),
        # the article's own project's budget, said by a ministry
        ("과기정통부는 올해 이 사업 예산으로 300억원을 편성했다.", "annual"),
        ("과기정통부는 이 센터에 국비 300억원을 지원한다.", "component"),
        # a city's budget
        ("시는 내년도 예산으로 30억원을 편성했다.", "annual"),
        # a facility the sentence names: the article's project's line, not the ministry's own
        ("과기정통부는 올해 국가 AI 컴퓨팅센터 구축 예산으로 500억원을 편성했다.", "annual"),
        ("과기정통부는 ‘AI 융합 거점 사업’에 국비 200억원을 지원한다.", "component"),
    ],
)
def test_a_ministrys_own_budget_line_is_national(sentence: str, expected: str) -> None:
    assert [role for _, role in article_roles(sentence)] == [expected]


def test_a_ministrys_budget_for_a_named_place_stays_that_places() -> None:
    sentence = "과기정통부는 올해 광주 AI 집적단지 예산으로 500억원을 편성했다."
    assert [role for _, role in article_roles(sentence, regions={0: 1})] == ["annual"]


@pytest.mark.parametrize(
    "sentence",
    [
        "시는 앞서 지난해 12월 400억원 규모의 우주산업 펀드를 결성한 바 있다.",
        "도는 이와 함께 김해 의생명산업 클러스터에 2024년까지 1,400억원을 투입한다.",
        "대덕 일대에 들어설 나노·반도체 국가산단(총사업비 약 1조6천억원 추산)과도 연계한다.",
        "도는 수소 발전소에 800억원을 들인다.",
        "회사는 이차전지 공장(사업비 3,000억원)을 짓고 AI 데이터센터도 함께 운영한다.",
        "시는 스마트팜 혁신밸리에 500억원을 투입한다.",
        "군은 1,200억원 규모의 '해양바이오 특화단지'를 조성한다.",
    ],
)
def test_the_cost_of_a_project_of_another_industry_is_no_ai_investment(sentence: str) -> None:
    assert [role for _, role in article_roles(sentence)] == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "시는 500억원 규모의 'AI 반도체 펀드'를 만든다.",  # the project says AI
        "도는 AI 반도체 클러스터에 3,000억원을 투입한다.",
        "시는 2,000억원 규모의 바이오 데이터센터를 짓는다.",  # a data centre is AI's whatever it serves
        "시는 1조원을 들여 반도체 클러스터에 AI 데이터센터를 짓는다.",  # the money builds the data centre
        "반도체 클러스터와 연계한 AI 데이터센터에 2조원이 투입된다.",
        "도는 반도체 인재 양성에 300억원을 투입한다.",  # no project named at the money
    ],
)
def test_money_beside_another_industry_that_funds_an_ai_project_keeps_its_role(sentence: str) -> None:
    assert "other" not in [role for _, role in article_roles(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "150조원 규모로 조성되는 국민성장펀드도 AI 인프라를 주요 투자처로 꼽았다.",
        "정부는 150조원 규모의 국민성장펀드 가운데 일부를 부산에 배분하기로 했다.",
        "국민성장펀드(150조원)의 첫해 출자분을 AI 인프라에 우선 배분한다.",
        "시는 20조원 규모의 한국판 뉴딜펀드 자금을 유치하겠다고 밝혔다.",
    ],
)
def test_the_size_of_a_fund_named_for_the_nation_is_national(sentence: str) -> None:
    assert [role for _, role in article_roles(sentence, regions={0: 1})] == ["national"]


@pytest.mark.parametrize(
    "sentence",
    [
        "부산시는 1,000억원 규모의 '부산 AI 혁신성장펀드'를 결성했다.",
        "국민연금은 부산 AI 데이터센터에 2,000억원을 투자한다.",  # a national investor, a regional project
    ],
)
def test_a_regional_fund_or_a_national_investor_in_a_regional_project_stays_regional(sentence: str) -> None:
    assert "national" not in [role for _, role in article_roles(sentence, regions={0: 1})]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a company is worth or earns, and a cap per company: no project's money
        ("5년 안에 기업가치 1,000억 원이 넘는 지역 AI 기업 3곳을 키우겠다.", "other"),
        ("이 회사는 운용자산(AUM) 4,200억 원 규모의 벤처캐피털이다.", "other"),
        ("한 기업당 최대 50억 원까지 넣을 수 있다.", "other"),
        ("과제당 10억원씩 지원한다.", "other"),
        # what an industry or a place produces or sells: no project's money
        ("도내 제조업 생산액(연 150조원)의 AI 활용 비중을 끌어올린다는 목표다.", "other"),
        ("지난해 반도체 수출액은 1,300억 달러로 집계됐다.", "other"),
        ("울산의 지역내총생산(GRDP)은 약 80조원이다.", "other"),
        ("플랫폼의 연간 거래액은 2조원을 넘었다.", "other"),
        # a figure under discussion is no decision
        ("시는 2호 펀드를 최대 1,500억 원 규모로 조성하는 방안을 중기부와 협의하고 있다.", "forecast"),
        ("도는 3,000억원을 추가로 투입하는 방안도 검토 중이다.", "forecast"),
        ("도와 1,000억원 규모로 2호 펀드를 만드는 방안을 협의하고 있다.", "forecast"),
        ("시는 2천억원 규모로 제2센터를 세울 방안을 논의하고 있다.", "forecast"),
        ("군은 500억원으로 실증단지를 조성할 방안을 검토 중이다.", "forecast"),
        ("시는 1조원을 들여 센터를 짓는 방안을 확정했다.", "total"),  # decided
        # a plan about something else beside a decided figure: the figure stays the project's
        ("시는 AI 데이터센터에 1조원을 투자하고 전력 문제 해결 방안을 협의했다.", "total"),
        ("양측은 2조원을 투자해 전력망 연결 방안도 논의하기로 했다.", "total"),
        ("1조원 규모의 센터 건립을 위한 협력 방안을 논의했다.", "total"),  # the centre's money
        # a share of a whole, by its percentage
        ("약정 총액의 60%인 720억 원을 AI 전용 계정으로 묶었다.", "component"),
        # a fund's size in brackets after its name
        ("대구 AX 혁신펀드(1,200억 원)가 지역 스타트업 12곳에 투자했다.", "total"),
        # a scale stated after a comparison is the whole's
        ("당초 목표보다 200억 원 많은 1,200억 원 규모다.", "total"),
    ],
)
def test_worth_caps_proposals_percent_shares_and_fund_sizes(sentence: str, expected: str) -> None:
    assert [role for _, role in roles(sentence)][-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("시는 1,000억원을 투입하는 방안을 확정했다.", "total"),  # decided
        ("센터(사업비 500억원)는 내년 문을 연다.", "total"),  # a cost in brackets, not a fund's
        ("기업 100곳에 모두 300억원을 지원한다.", "component"),  # a total given out, not per company
        ("과기부는 센터 구축에 300억원을 투입한다.", "total"),  # '과기부', '중기부': ministries, no donation
        ("시는 생산시설 구축에 1,200억원을 투입한다.", "total"),  # a production plant, not an output
        ("수출 기업 지원센터 건립에 400억원을 들인다.", "total"),  # an exporters' centre, not exports
        ("시는 중기부와 함께 센터에 300억원을 투입한다.", "total"),
    ],
)
def test_decided_figures_and_costs_in_brackets_keep_their_roles(sentence: str, expected: str) -> None:
    assert [role for _, role in roles(sentence)][-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("데이터센터가 가동하면 시가 거두는 지방세도 연 80억원가량 늘어날 것으로 추산했다.", "effect"),
        ("센터가 들어서면 세수가 매년 30억원 늘어난다.", "effect"),
        # a ministry's programme by its quoted name, in a sentence naming no place
        ("산업부는 'AI 자율제조 선도 프로젝트'에 2030년까지 민관 합동으로 1조2천억원을 투입할 계획이다.", "national"),
        # a programme's part summed over sites across the country
        ("과기정통부도 내년부터 전국 10곳에 지역 AX 지원센터를 지정해 국비 총 300억원을 지원할 예정이다.", "national"),
    ],
)
def test_taxes_and_programmes_across_the_country_are_no_regions_investment(sentence: str, expected: str) -> None:
    assert [role for _, role in article_roles(sentence, regions={0: 0})] == [expected]


def test_a_ministrys_quoted_programme_at_a_named_place_stays_that_places() -> None:
    sentence = "산업부는 '울산 AI 자율제조 거점'에 2030년까지 1,200억원을 투입한다."
    assert [role for _, role in article_roles(sentence, regions={0: 1})] == ["total"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the whole cost as the sum of the parts listed before it
        ("총사업비는 국비 250억원, 도비 110억원, 민간 40억원 등 400억원으로 늘었다.",
         ["component", "component", "component", "total"]),
        ("사업비는 국비 300억원과 시비 100억원 등 총 400억원이다.", ["component", "component", "total"]),
        # another cost as the subject is no sum of the whole
        ("사업비는 그대로지만 운영비는 장비 20억원, 인건비 30억원 등 50억원이다.",
         ["component", "component", "other"]),
        # a party bearing its part, not the whole nor the means of its own project
        ("카카오는 이동 데이터를 연계하고 사업비 40억원을 부담한다.", ["component"]),
        ("시는 운영비 가운데 20억원을 분담하기로 했다.", ["component"]),
        ("도가 사업비 전액 500억원을 부담한다.", ["total"]),
    ],
)  # fmt: skip
def test_sums_of_listed_parts_and_parts_a_party_bears(sentence: str, expected: list[str]) -> None:
    assert [role for _, role in roles(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a project's cost items are parts of its total
        ("장비비 2천180억·건축비 1천640억…2027년 상반기 착공", ["component", "component"]),
        ("센터의 설계비는 85억원이다.", ["component"]),
        # money a budget puts in is that year's
        ("센터는 설계비 85억원이 정부안대로 반영됐다.", ["annual"]),
        ("센터 예산 300억원이 반영됐다.", ["annual"]),
        # …wherever the article names the budget: the money the subject of '반영'/'편성'
        ("센터별로는 부경대 해양 AI 센터에 35억 원이 반영되는 등 차등 지원된다.", ["annual"]),
        ("구축 마무리를 위한 국비 210억 원이 반영됐다.", ["annual"]),
        ("실시설계비 18억원이 편성돼 내년 착공이 가능해졌다.", ["annual"]),
        # …but a whole a plan or an appraisal takes in stays the whole
        ("사업비 3천억원이 예타 결과에 반영돼 사업이 확정됐다.", ["total"]),
        ("AI 반도체 클러스터 조성비 1조2천억원이 국가계획에 반영됐다.", ["total"]),
        ("센터 건립비 900억원이 제4차 국토종합계획에 반영됐다.", ["total"]),
        ("총 투자액 2조원이 타당성 조사에 그대로 반영됐다.", ["total"]),
        ("사업비 50억원이 내년 정부 예산에 반영됐다.", ["annual"]),  # a budget named: that year's
        # investment a place hopes to draw is no announced figure
        ("시는 특구로 지정되면 2030년까지 최대 3조원의 민간 투자가 유치될 것으로 기대하고 있다.", ["forecast"]),
    ],
)
def test_cost_items_budgeted_lines_and_hoped_for_investment(sentence: str, expected: list[str]) -> None:
    assert [role for _, role in roles(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a proposal or a hope about something else: the amount stays the project's
        "양측은 5,000억원 규모의 AI 데이터센터 건립을 위한 협력 방안을 논의했다.",
        "도는 900억원을 투입해 센터를 짓기로 하고 세부 운영 방안을 논의했다.",
        "시는 300억원을 투입하면 일자리 200개가 창출될 것으로 기대했다.",
        # a company's project over years is no line of business
        "회사는 2027년까지 AI 데이터센터 구축 사업에 총 8,000억원을 투자한다.",
        "컨소시엄은 2028년까지 데이터센터 사업에 총 1조원을 투입한다.",
        # taxes or worth named away from the figure
        "시는 세수 확보를 위해 2,000억원 규모의 데이터센터 유치에 나섰다.",
        "도는 중소기업 가치 창출을 위해 200억원을 투입한다.",
        # a plan, not a budget: '반영' alone says no year
        "총사업비 3,100억원이 확정돼 기본계획에 반영됐다.",
    ],
)
def test_figures_beside_proposals_hopes_plans_and_taxes_stay_totals(sentence: str) -> None:
    assert [role for _, role in article_roles(sentence, regions={0: 1})] == ["total"]


@pytest.mark.parametrize(
    "sentence",
    ["설계비 12억원이 내년도 국비 예산에 반영됐다.", "기본설계비 15억원이 올해 정부 예산에 반영됐다."],
)
def test_a_cost_item_a_budget_puts_in_is_that_years(sentence: str) -> None:
    assert [role for _, role in roles(sentence)] == ["annual"]


@pytest.mark.parametrize(
    ("sentence", "superseded"),
    [
        ("예타를 통과하면서 당초 요구액 5,100억원보다 줄었다.", [True]),
        ("사업비는 애초 계획한 900억원보다 150억원 늘었다.", [True, False]),
        ("총사업비는 4,350억원으로 투자협약 당시 4,600억원보다 250억원 줄었다.", [False, True, False]),
        ("사업비는 지난해 900억원보다 늘어난 1,050억원이다.", [False, False]),  # no original named: a comparison
        # the figure stated before, at an earlier event
        ("지난해 투자협약 때 밝힌 2조 1,350억원보다 3,250억원 많다.", [True, False]),
        ("사업비는 앞서 발표한 900억원보다 120억원 적다.", [True, False]),
        # the original figure said to have been, the sentence ending on it
        ("지난해 11월 협약 당시 사업비는 3조2000억원이었다.", [True]),
        ("당초 계획은 500억원이었다.", [True]),
        ("사업비는 500억원이었다.", [False]),  # no original named: the figure as it stood
    ],
)
def test_the_original_figure_a_change_is_measured_from_is_superseded(sentence: str, superseded: list[bool]) -> None:
    sents = [Sentence(0, 0, len(sentence), sentence, "body")]
    refined = refine_roles(sents, {0: find_money(sentence)}, {})
    assert [m.is_superseded for m in refined[0]] == superseded


@pytest.mark.parametrize(
    ("sentences", "regions", "expected"),
    [
        # a part of a national budget stated just before is national too
        (
            (
                "정부는 내년 AI 분야 전체 예산을 10조1천억원으로 편성했다.",
                "이 가운데 '지역 AX 대전환' 사업 예산은 1조2천억원이다.",
            ),
            {},
            "national",
        ),
        (("과기정통부는 AI 예산을 5조원으로 늘렸다.", "이 중 인프라 예산은 2조원이다."), {}, "national"),
        # the country's plan the figure is of
        (("2035년까지 양자 분야에 3조원을 넣겠다는 국가 전략이 뒷받침돼야 한다.",), {}, "national"),
        (("시는 2030년까지 3조원을 넣겠다는 계획이다.",), {0: 1}, "total"),
        # …and a field of a government's whole budget
        (
            (
                "과학기술정보통신부의 내년 예산이 21조2천억 원으로 편성됐다.",
                "이 가운데 AI 분야에만 4조1천억 원이 배정됐다.",
            ),
            {},
            "national",
        ),
        # …and its year's budget, stated alone in the next sentence
        (
            (
                "이 사업에는 2027년까지 국비와 지방비를 합쳐 전국에 총 2,000억원이 투입된다.",
                "올해 국비 예산은 120억원이다.",
            ),
            {},
            "national",
        ),
        (("시는 AI 허브에 총 2,000억원을 투입한다.", "올해 국비 예산은 120억원이다."), {0: 1}, "annual"),
        # a place's part of it is that place's
        (
            (
                "정부는 내년 AI 분야 전체 예산을 10조1천억원으로 편성했다.",
                "이 가운데 광주 집적단지 예산은 1,200억원이다.",
            ),
            {1: 1},
            "annual",
        ),
        # a part of a project's total stays a part
        (("시는 센터 건립에 총 2,000억원을 투입한다.", "이 가운데 국비는 1,200억원이다."), {0: 1}, "component"),
    ],
)
def test_a_part_of_a_national_figure_is_national(
    sentences: tuple[str, str], regions: dict[int, int], expected: str
) -> None:
    assert article_roles(*sentences, regions=regions)[-1][1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the government's programme of every region, a ministry's budget, a sum over provinces counted
        ("정부가 올해 지역 인공지능 전환(AX) 사업에 1조 2,400억원을 투입한다.", "national"),
        ("산업부는 올해 AI 자율제조 선도 프로젝트에 10개 과제, 총 1,300억원을 투입한다.", "national"),
        ("과기정통부의 올해 AI 예산은 1조 8,000억원이지만, 집행률은 38%에 그쳤다.", "national"),
        ("이 밖에 대구·부산·충북 등 9개 시·도의 AX 거점 사업에 모두 3,760억원이 나뉘어 배정됐다.", "national"),
        # negatives: a project the sentence names, a place's claim, one place's money
        ("정부가 올해 AI 데이터센터 구축 사업에 500억원을 투입한다.", "total"),
        ("도는 정부가 공모한 실증 사업에 300억원을 확보했다.", "total"),
        ("9개 시·도 가운데 광주 거점 사업에만 500억원이 배정됐다.", "total"),
    ],
)
def test_a_programme_of_every_region_and_a_sum_over_provinces_are_national(sentence: str, expected: str) -> None:
    assert [role for _, role in article_roles(sentence)][-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("세 사업의 총사업비는 1조 690억원이다.", "cumulative"),
        ("두 센터를 합친 투자 규모는 5,000억원이다.", "cumulative"),
        ("3개 사업의 예산은 모두 900억원이다.", "cumulative"),
        ("이 사업의 총사업비는 1,370억원이다.", "total"),  # negative: one project
        ("세 번째 사업의 총사업비는 400억원이다.", "total"),  # negative: an ordinal, not a count
    ],
)
def test_the_figure_of_several_projects_counted_together_is_cumulative(sentence: str, expected: str) -> None:
    assert [role for _, role in article_roles(sentence)][-1] == expected


@pytest.mark.parametrize(
    "sentences",
    [
        # a province's own cities counted, a province's claim on a part, a province's own programme
        ("도는 22개 시·군에 AI 교육센터를 만드는 데 모두 300억원을 투입한다.",),
        ("정부는 올해 지역 AX 실증 사업에 1조원을 투입한다.", "이 중 도가 확보한 국비는 300억원이다."),
        ("산업부는 도의 자율제조 실증 사업에 총 450억원을 투입한다.",),
        # two facilities of one project
        ("데이터센터와 연구동 두 시설의 총사업비는 5천억원이다.",),
    ],
)
def test_a_provinces_own_money_is_not_national_nor_cumulative(sentences: tuple[str, ...]) -> None:
    assert article_roles(*sentences)[-1][1] not in ("national", "cumulative")


# --- a programme's places counted, a cap per place, a company's AI infrastructure -------------


@pytest.mark.parametrize(
    ("sentences", "amount"),
    [
        (("3곳에는 2028년까지 국비 540억원을 포함해 총 900억원이 투입된다.",), "총 900억원"),
        (("3곳에는 2028년까지 국비 540억원을 포함해 총 900억원이 투입된다.",), "540억원"),
        (("이 사업은 5개 거점에 국비와 지방비를 더해 모두 1200억원이 들어간다.",), "모두 1200억원"),
        (("올해는 4곳에 국비 150억원이 우선 지원된다.",), "150억원"),
        (("선정된 세 곳에는 3년간 총 450억원이 지원된다.",), "총 450억원"),
    ],
)
def test_the_sum_over_a_programmes_counted_places_is_no_place_of_its_own(sentences: tuple, amount: str) -> None:
    assert dict(article_roles(*sentences))[amount] == "national"


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("두 곳에는 각각 450억원, 380억원이 투입된다.", "450억원", "total"),  # one figure to each place
        ("3곳에 곳당 100억원씩 지원한다.", "100억원", "other"),  # a figure per unit
        ("회사는 데이터센터 2곳을 짓는 데 1조원을 들인다.", "1조원", "total"),  # two sites to build, no selection
    ],
)
def test_money_given_to_each_counted_place_stays_that_places(sentence: str, amount: str, role: str) -> None:
    assert dict(article_roles(sentence))[amount] == role


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("거점별 국비는 최대 200억원이다.", "최대 200억원", "national"),
        ("과제당 최대 30억원까지 지원한다.", "최대 30억원", "national"),
        ("구미·광주·천안·원주…거점별 국비 최대 200억", "최대 200억", "national"),
        ("센터 건립에는 최대 500억원이 들어간다.", "최대 500억원", "total"),  # one project's ceiling
    ],
)
def test_a_cap_on_what_each_place_gets_is_the_programmes_rule(sentence: str, amount: str, role: str) -> None:
    assert dict(article_roles(sentence))[amount] == role


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("한빛클라우드가 2028년까지 3년간 AI 인프라에 6조원을 투자한다.", "6조원", "national"),
        ("회사는 2030년까지 인공지능(AI) 인프라에 총 7조원을 투자한다.", "총 7조원", "national"),
        ("데이터센터와 GPU, 자체 AI 모델 등 AI 인프라 전반에 총 9조 원을 투입한다.", "총 9조 원", "national"),
        ("시는 올해 AI 인프라에 300억원을 투입한다.", "300억원", "total"),  # the city's own
        ("이 사업의 AI 인프라에 1200억원이 들어간다.", "1200억원", "total"),  # one project's part
    ],
)
def test_a_companys_spending_on_ai_infrastructure_as_a_whole_is_national(sentence: str, amount: str, role: str) -> None:
    assert dict(article_roles(sentence))[amount] == role


def test_a_breakdown_of_a_national_figure_is_national_too() -> None:
    found = article_roles(
        "한빛클라우드가 2028년까지 3년간 AI 인프라에 6조원을 투자한다.",
        "회사는 GPU 5만장을 확보할 계획이다.",
        "연도별로는 올해 1조 5000억원, 내년 2조원, 2028년 2조 5000억원을 집행한다.",
        "연평균 2조원 규모다.",
    )
    assert {role for _, role in found} == {"national"}


@pytest.mark.parametrize(
    "breakdown",
    [
        "투자 계획을 보면 데이터센터 증설에 2조원, AI 반도체 개발에 1조8천억원, 인재 양성에 3천억원을 쓴다.",
        "세부적으로는 데이터센터 증설에 2조원, 인재 양성에 3천억원을 쓴다.",
        "구체적으로 데이터센터에 2조원, AI 반도체에 1조8천억원을 배정했다.",
        "투자 내역을 보면 데이터센터 2조원, 플랫폼 1조8천억원이다.",
    ],
)
def test_the_breakdown_of_a_companys_nationwide_plan_is_national_too(breakdown: str) -> None:
    found = article_roles(
        "한빛텔레콤이 2026년까지 5년간 인공지능(AI) 분야에 5조원 이상을 투자한다고 12일 밝혔다.",
        breakdown,
    )
    assert not {role for _, role in found} & {"total", "annual", "component"}  # no province's investment


@pytest.mark.parametrize(
    ("lines", "amount"),
    [
        (  # a project between the plan and the breakdown: the project's money
            (
                "SK그룹은 2028년까지 국내 AI 인프라에 총 10조원을 투자한다고 밝혔다.",
                "그룹은 울산 미포산단에 AI 데이터센터를 짓는다.",
                "투자 계획을 보면 데이터센터 건립에 7조원, 인재 양성에 1조원을 쓴다.",
            ),
            "7조원",
        ),
        (  # a government acting: its own money
            (
                "KT는 향후 5년간 AI 인프라에 총 5조원을 투자한다고 밝혔다.",
                "구체적으로 시는 2028년까지 센터 부지 조성에 300억원을 투입한다.",
            ),
            "300억원",
        ),
        (  # the breakdown of the project's figure just before
            (
                "네이버는 2027년까지 5년간 AI 분야에 총 3조원을 투자한다고 12일 밝혔다.",
                "이 가운데 강원 춘천 제2 데이터센터 건립에는 1조원이 들어간다.",
                "세부적으로 서버 구축에 6천억원, 건물 공사에 4천억원이 쓰인다.",
            ),
            "4천억원",
        ),
    ],
)
def test_a_breakdown_not_right_after_a_nationwide_plan_is_not_its_breakdown(
    lines: tuple[str, ...], amount: str
) -> None:
    places = {i: 1 for i, line in enumerate(lines) if any(p in line for p in ("울산", "춘천"))}  # the places named
    assert dict(article_roles(*lines, regions=places))[amount] != "national"


def test_a_breakdown_of_a_projects_total_keeps_its_parts() -> None:
    found = dict(
        article_roles(
            "시는 수성알파시티에 1조원을 들여 AI 데이터센터를 짓는다.",
            "투자 계획을 보면 서버동에 6천억원, 냉각동에 4천억원을 쓴다.",
        )
    )
    assert found["4천억원"] == "component" and found["6천억원"] != "national"


def test_a_breakdown_larger_than_the_national_figure_is_not_its_breakdown() -> None:
    found = dict(
        article_roles(
            "회사는 2030년까지 AI 인프라에 1조원을 투자한다.",
            "연도별로는 올해 8000억원, 내년 7000억원을 들인다.",
        )
    )
    assert found["8000억원"] != "national"


def test_a_part_of_the_money_before_is_national_when_that_money_is() -> None:
    found = dict(
        article_roles(
            "한결텔레콤이 2030년까지 인공지능(AI) 인프라에 총 7조원을 투자한다.",
            "한결텔레콤은 11일 기자간담회를 열고 이 같은 전략을 발표했다.",
            "투자금 가운데 가장 큰 몫은 GPU 확보(3조원)와 기존 데이터센터 증설(2조4,000억원)에 쓰인다.",
        )
    )
    assert found["3조원"] == found["2조4,000억원"] == "national"


def test_a_region_that_secured_the_part_keeps_it() -> None:
    found = dict(
        article_roles(
            "정부는 올해 AI 예산을 10조원으로 편성했다.",
            "이 중 도가 확보한 국비는 300억원이다.",
        )
    )
    assert found["300억원"] != "national"


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("두 센터에는 각 5000억원씩 모두 1조원이 투입된다.", "모두 1조원", "cumulative"),
        ("충청권 4개 시·도는 2030년까지 총 2조원을 공동 투자한다.", "총 2조원", "national"),
        ("이 센터에는 모두 1조원이 투입된다.", "모두 1조원", "total"),  # one project's
    ],
)
def test_several_projects_or_provinces_summed_are_no_ones_investment(sentence: str, amount: str, role: str) -> None:
    assert dict(article_roles(sentence))[amount] == role


def test_a_headline_figure_the_body_calls_a_phase_is_a_phase() -> None:
    sents = [
        Sentence(0, 0, 30, "울산 AI 데이터센터 착공…SK 3조", "headline"),
        Sentence(1, 0, 30, "1단계 투자비는 3조원이다.", "body"),
    ]
    refined = refine_roles(sents, {s.index: find_money(s.text) for s in sents}, {})
    assert [m.role for m in refined[0]] == [m.role for m in refined[1]] == ["component"]


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("올해는 국비와 시비 326억 원으로 실증동 기초공사를 진행한다.", "326억 원", "annual"),
        ("올해 도 출자분은 60억원이고 이미 집행됐다.", "60억원", "annual"),
        ("올해 정부 예산에는 기본설계비로 국비 48억원이 이미 반영돼 있다.", "48억원", "annual"),
        ("내년 국비 120억원을 확보했다.", "120억원", "annual"),
        ("올해 편성된 시비 120억원 가운데 집행된 돈은 31%에 그친다.", "120억원", "annual"),  # a participle between
        ("첫 출자금 50억원은 내년 본예산에 편성됐다.", "50억원", "annual"),
        ("올해 예타를 통과한 이 사업에는 3,187억원이 들어간다.", "3,187억원", "total"),  # the year says when, not whose
        ("도비 200억원을 출자한다.", "200억원", "component"),  # no year: a part
    ],
)
def test_this_years_share_is_a_years_budget_whoever_pays_it(sentence: str, amount: str, role: str) -> None:
    assert dict(roles(sentence))[amount] == role


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("500억원대 예산이 들어가는 이 사업을 두고 지역의 기대는 크다.", "500억원대", "total"),
        ("300억원의 예산이 투입되는 센터다.", "300억원", "total"),
        ("내년 예산 50억원이 편성됐다.", "50억원", "annual"),
    ],
)
def test_a_budget_spent_on_the_project_is_its_cost(sentence: str, amount: str, role: str) -> None:
    assert dict(roles(sentence))[amount] == role


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("허브의 사업비가 250억원 줄었다.", "250억원", "other"),
        ("로봇 클러스터 사업비 265억 불어나…", "265억", "other"),
        ("당초 계획한 1천억원보다 200억원 커졌다.", "200억원", "other"),
        ("지난해 협약 당시 1천200억원보다 50억원 늘어난 것으로", "50억원", "other"),
        ("민간 투자 250억 빠져", "250억", "other"),
        ("허브의 사업비가 2천180억원으로 줄었다.", "2천180억원", "total"),  # the new figure, not the change
        # the owner's change, said as a decision
        ("서울시가 펀드의 규모를 당초 계획보다 1천억 원 늘리기로 했습니다.", "1천억 원", "other"),
        ("도는 예산을 300억원 증액하기로 했다.", "300억원", "other"),
        ("시는 사업비를 1천억원으로 늘리기로 했다.", "1천억원", "total"),  # the new figure
    ],
)
def test_a_change_stated_on_its_own_is_no_cost(sentence: str, amount: str, role: str) -> None:
    assert dict(roles(sentence))[amount] == role


def test_a_whole_cost_revised_as_an_object_is_the_whole_both_times() -> None:
    assert roles("경기도는 허브의 총사업비를 2천430억원에서 2천180억원으로 줄인 변경 계획을 확정했다.") == [
        ("2천430억원", "total"),
        ("2천180억원", "total"),
    ]


def test_a_funders_share_revised_stays_a_share() -> None:
    assert roles("이 가운데 시비 부담은 775억원에서 861억원으로 늘었다.") == [
        ("775억원", "component"),
        ("861억원", "component"),
    ]


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("AI 반도체 자펀드가 350억원으로 가장 크고, 나머지 자펀드가 각 300억원이다.", "350억원"),
        ("AI 반도체 자펀드가 350억원으로 가장 크고, 나머지 자펀드가 각 300억원이다.", "300억원"),
    ],
)
def test_a_sub_fund_of_a_fund_of_funds_is_a_part(sentence: str, amount: str) -> None:
    assert dict(roles(sentence))[amount] == "component"


def test_parties_listed_each_with_its_money_are_shares() -> None:
    found = roles(
        "정부 모태펀드(한국벤처투자)가 600억원, 충북도가 240억원, 청주시가 120억원, NH농협은행이 100억원을 내고, "
        "나머지 140억원은 민간 출자자를 모집해 채운다."
    )
    assert [r for _, r in found] == ["component"] * 5


def test_a_whole_cost_listed_first_with_a_funder_stays_the_whole() -> None:
    assert dict(roles("총사업비가 1조원, 국비가 3천억원이다."))["1조원"] == "total"


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        (
            "노스웨이브가 6억 달러(약 8천억원)를 직접 투자하고, 나머지 3천870억원은 PF로 조달한다.",
            "6억 달러(약 8천억원)",
            "component",
        ),
        ("연간 지방세 수입이 60억원가량 늘 것으로 기대했다.", "60억원가량", "effect"),
        ("1단계(실증동·테스트베드·AI 학습데이터센터)에 1,940억 원을 들여 2027년 준공한다.", "1,940억 원", "component"),
    ],
)
def test_a_partys_share_a_tax_gain_and_a_phase_with_its_facilities(sentence: str, amount: str, role: str) -> None:
    assert dict(roles(sentence))[amount] == role


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("예결위는 16조2천억원 규모의 내년도 인천시 예산안을 의결했다.", "16조2천억원 규모", "other"),
        ("인천시의회 예결위, 내년 예산 16조 의결", "16조", "other"),
        ("경기도는 2026년도 본예산 38조원을 편성했다.", "38조원", "other"),
        ("내년 예산 50억원이 편성됐다.", "50억원", "annual"),  # a project's year
        ("센터 건립에 1조원 규모의 내년도 국비 예산이 반영됐다.", "1조원 규모", "annual"),  # the centre's share of it
        # a province's share of the state's budget
        ("전라북도가 2020년 정부예산에 7조6천억원 규모의 국가예산을 반영했다.", "7조6천억원 규모", "other"),
        ("전북도, 내년 국가예산 7조6천억 확보", "7조6천억", "other"),
        ("센터 건립에 국가예산 300억원을 확보했다.", "300억원", "annual"),  # below a whole budget's size
        # one project's own state money, however large
        ("전남 해남에 들어설 국가 AI 컴퓨팅센터에는 2조원의 국가예산이 투입된다.", "2조원", "total"),
        ("울산시는 울산 AI 데이터센터 구축 사업에 국가예산 1조원을 반영했다고 밝혔다.", "1조원", "annual"),
    ],
)
def test_a_governments_whole_budget_for_a_year_is_no_investment(sentence: str, amount: str, role: str) -> None:
    assert dict(roles(sentence))[amount] == role


def test_a_funds_size_raised_over_the_plan_is_its_new_whole() -> None:
    assert roles("운용사는 목표 결성액을 당초 계획한 1,000억원보다 200억원 많은 1,200억원으로 제시했다.") == [
        ("1,000억원", "total"),
        ("200억원", "other"),
        ("1,200억원", "total"),
    ]


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("시는 3000억원 규모의 2호 펀드 조성도 검토하고 있다고 한다.", "3000억원 규모", "forecast"),
        ("회사는 1조원 투자를 검토 중이다.", "1조원", "forecast"),
        ("도는 500억원 규모의 펀드 조성을 검토하기로 했다.", "500억원 규모", "forecast"),
        ("기재부는 총사업비 3,187억원을 검토해 확정했다.", "3,187억원", "total"),  # weighed and decided
    ],
)
def test_money_for_a_plan_still_being_weighed_is_no_commitment(sentence: str, amount: str, role: str) -> None:
    assert dict(roles(sentence))[amount] == role


def test_the_sum_over_a_programmes_counted_projects_is_no_provinces() -> None:
    found = dict(
        article_roles(
            "지역별로는 △인천 '항만물류 AX 실증'에 국비 280억원 △충북 '바이오헬스 AX 플랫폼'에 국비 220억원이 지원된다.",
            "4개 사업의 국비는 모두 1050억원이며, 지방비와 민간 부담금을 더한 전체 사업 규모는 1900억원 수준이다.",
        )
    )
    # several projects summed (cumulative) or the programme's (national): either way no province's investment
    assert found["모두 1050억원"] in ("national", "cumulative")
    assert found["1900억원 수준"] in ("national", "cumulative")
    assert found["220억원"] == "component"


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("과기정통부는 내년 정부 예산안에 1차 연도 국비 262억원을 반영할 계획이다.", "262억원", "national"),
        ("과기정통부는 내년 정부 예산안에 이 사업 국비 62억원을 반영했다.", "62억원", "annual"),  # this project's year
        (
            "과학기술정보통신부는 2026년도 예산안 가운데 지역 인공지능(AI) 거점 확충 분야에 8,420억원을 편성했다.",
            "8,420억원",
            "national",
        ),
        ("과기정통부는 내년 예산안 중 AI 컴퓨팅 부문에 1조원을 편성했다.", "1조원", "national"),
    ],
)
def test_a_line_of_a_ministrys_budget_bill_is_the_programmes(sentence: str, amount: str, role: str) -> None:
    assert dict(article_roles(sentence))[amount] == role


def test_the_projects_a_budget_bill_lists_get_a_years_money() -> None:
    found = dict(
        article_roles(
            "과기정통부는 2026년도 예산안을 발표했다.",
            "올해보다 31% 늘어난 규모다.",
            "신규 사업으로는 ▲세종 공공 AI 컴퓨팅센터 312억원 ▲대덕특구 AI 융합연구 클러스터 86억원 ▲포항 AI 소재 연구거점 75억원이 반영됐다.",
            "기존 AI 집적단지와 지역 디지털 혁신거점 등 계속사업에는 5,870억원이 배정됐다.",
        )
    )
    assert (found["312억원"], found["86억원"], found["75억원"]) == ("annual", "annual", "annual")
    assert found["5,870억원"] == "other"  # every continuing project's share, no one project's


def test_a_whole_cost_a_budget_bill_takes_in_stays_the_whole() -> None:
    found = dict(
        article_roles(
            "정부 예산안에 지역 현안 사업이 대거 포함됐다.",
            "수성알파시티 AI 클러스터 조성 사업은 총사업비 4천억원 규모로 신규 반영됐다.",
            "신규 사업으로는 ▲해남 AI 데이터센터 기반 구축(총사업비 3천억원) ▲여수 AI 센터(총사업비 450억원)이 반영됐다.",
        )
    )
    assert (found["4천억원 규모"], found["3천억원"], found["450억원"]) == ("total", "total", "total")


def test_a_list_of_projects_with_no_budget_around_keeps_its_figures_whole() -> None:
    found = dict(
        article_roles(
            "도는 AI 산업 육성 계획을 발표했다.",
            "주요 사업으로는 ▲AI 데이터센터 3,000억원 ▲AI 실증단지 500억원이 포함됐다.",
        )
    )
    assert found["500억원"] != "annual" and found["3,000억원"] != "annual"


def test_a_line_of_a_ministrys_budget_bill_for_a_named_place_is_that_places() -> None:
    sentence = "과기정통부는 내년 정부 예산안에 충북 사업 국비 62억원을 반영했다."
    assert (
        dict(article_roles(sentence, regions={0: 1}))["62억원"] == "annual"
    )  # a year of that place's project, not the programme's


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("재원은 국비 450억원, 도·시비 330억원, 민간 1,500억원으로 짜였다.", "1,500억원", "component"),
        ("민간 투자분이 1,266억원으로 조정됐다.", "1,266억원", "component"),
        ("센터는 올해 210억원을 투입해 기업 60곳을 지원한다.", "210억원", "annual"),
        ("원주에 센터 문 열어…올해 210억 들여 기업 60곳 지원", "210억", "annual"),
        ("첫해인 2026년에는 240억원이 들어간다.", "240억원", "annual"),
        ("올해 3조원 규모 데이터센터를 착공한다.", "3조원 규모", "total"),  # a project's size, not the year's
        ("기업당 평균 2억원 안팎의 지원이 돌아간다.", "2억원 안팎", "other"),
        # others' guess at a figure the owner keeps to itself; a report of the owner's figure; a mayor's word
        ("업계에서는 투자비가 1조원에 이를 것으로 내다봤다.", "1조원", "forecast"),
        ('이장우 대전시장은 "센터 건립에 총 2천억원이 투입될 것으로 본다"고 말했다.', "총 2천억원", "total"),
        ("업계에서는 구로 센터에 약 6천억원이 투입될 것으로 보고 있다.", "약 6천억원", "forecast"),
        ("업계에서는 장비까지 갖추려면 1,300억 원은 들 거라고 한다.", "1,300억 원", "forecast"),  # hearsay
        ("업계에서는 최소 2,000억원이 필요할 것이라고 입을 모은다.", "최소 2,000억원", "forecast"),
        ('시장은 "총사업비는 1,096억원"이라고 말했다.', "1,096억원", "total"),  # the owner's own word
        # a figure spoken of as a number, disputed; not the project's own cost said the same way
        ("1,300억 원은 시가 검토한 적이 없는 숫자다.", "1,300억 원", "other"),
        ("2조원은 근거 없는 수치에 불과하다.", "2조원", "other"),
        ("1,300억원이라는 숫자는 업계 추정일 뿐이다.", "1,300억원", "other"),
        # a figure praised or weighed is still the money it is
        ("이번에 확보한 국비 1,200억원은 지역 AI 사업 가운데 역대 최대 수치다.", "1,200억원", "component"),
        ("시가 이번 사업에 투입하는 50억원은 결코 적은 돈이 아니다.", "50억원", "total"),
        ("1,000억원이라는 숫자가 말해주듯 시의 의지가 크다.", "1,000억원", "total"),
        ("총 1,000억원이라는 숫자는 근거가 없다는 지적도 있지만 시는 그대로 추진한다.", "총 1,000억원", "total"),
        # hearsay of what it takes, not a figure cited in passing
        ("전문가들은 이 사업에 총 500억원이 투입된다는 점에서 도움이 될 거라고 말했다.", "총 500억원", "total"),
        ("사업비 1,096억 원은 기재부 검토를 거친 수치다.", "1,096억 원", "total"),
        # a part a year's budget puts in
        ("올해 정부 예산에 클러스터 조성사업 국비 86억원이 반영됐다.", "86억원", "annual"),
        ("시는 본예산에 시비 24억원을 편성했다.", "24억원", "annual"),
        ("2027년도 예산안에 국비 40억원이 반영됐다.", "40억원", "annual"),
        ("총사업비는 국비 300억원이 반영된 1천억원이다.", "300억원", "component"),
        # a funder's part as the topic, a comparison between it and its figure
        ("시비는 협약 때와 같은 120억 원이다.", "120억 원", "component"),
        ("민간 투자와 같은 1,000억원 규모의 펀드를 조성한다.", "1,000억원 규모", "total"),  # compared with a part
        ("도비는 지난해와 같은 50억원이다.", "50억원", "component"),
        ("국비는 당초 계획대로 300억원이다.", "300억원", "component"),
        ("사업비는 협약 때와 같은 1,096억원이다.", "1,096억원", "total"),  # the whole, compared the same way
        ("국비는 확보하지 못했지만 총사업비 1,000억원은 그대로다.", "1,000억원", "total"),
        # a change stated on its own
        ("애초 기획한 규모보다 1천억원 넘게 감액된 상태다.", "1천억원", "other"),
        ("사업비가 300억원 삭감된 채 확정됐다.", "300억원", "other"),
        ("증권가는 투자비를 1조원 안팎으로 추정한다.", "1조원 안팎", "forecast"),
        ("업계에 따르면 회사는 구로 센터에 6천억원을 투입한다.", "6천억원", "total"),
        ("시는 센터에 500억원이 투입될 것으로 보고 있다.", "500억원", "total"),
        ("추가 고객이 확정되면 전체 투자가 3조 이상으로 늘 수도 있다.", "3조 이상", "forecast"),
    ],
)
def test_private_shares_this_years_spending_and_a_possible_growth(sentence: str, amount: str, role: str) -> None:
    assert dict(roles(sentence))[amount] == role


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        # a company's spending for a year, all of it
        ("올해 설비투자(CAPEX) 가이던스는 2조1천억원으로 제시했다.", "2조1천억원", "national"),
        ("회사는 올해 CAPEX를 1조5천억원으로 잡았다.", "1조5천억원", "national"),
        # counted projects summed, with a word before the kind; a project counted in order is one
        ("12개 신규 사업의 사업비는 모두 합쳐 2조3천억원으로 추산됐다.", "2조3천억원", "cumulative"),
        ("세 번째 사업의 총사업비는 400억원이다.", "400억원", "total"),
        ("지상 5층 2개 동 센터의 총사업비는 1천200억원이다.", "1천200억원", "total"),  # one centre's two buildings
        ("카카오는 이 데이터센터에 대한 설비투자 규모를 4천600억원으로 책정했다.", "4천600억원", "total"),
        # a ministry's own programme; the article's project, which a ministry runs
        (
            "과학기술정보통신부가 추진하는 국가 AI 컴퓨팅센터는 총 2조5000억원 규모다.",
            "총 2조5000억원 규모",
            "national",
        ),
        ("과학기술정보통신부가 주관하는 이 사업의 확정 총사업비는 4천870억원이다.", "4천870억원", "total"),
    ],
)
def test_a_companys_years_spending_and_counted_projects_summed_are_no_projects(
    sentence: str, amount: str, role: str
) -> None:
    assert dict(article_roles(sentence))[amount] == role


def test_a_companys_spending_restated_and_broken_down_stays_national() -> None:
    found = article_roles(
        "한울그룹이 앞으로 5년간 인공지능(AI)에 7조원을 쏟아붓는다.",
        "한울그룹은 17일 서울 중구 본사에서 발표회를 열고 2029년까지 AI 인프라와 인재에 모두 7조원을 투자한다고 밝혔다.",
        "데이터센터와 GPU 등 인프라에 4조2천억원, 인재 양성에 1조원, R&D에 1조8천억원을 배정했다.",
        regions={1: 1},
    )
    assert all(role == "national" for _, role in found)


def test_figures_that_do_not_add_up_to_the_national_one_are_not_its_parts() -> None:
    found = dict(
        article_roles(
            "한울그룹이 앞으로 5년간 인공지능(AI)에 7조원을 쏟아붓는다.",
            "국비 200억원, 시비 100억원이 들어간다.",
        )
    )
    assert found["200억원"] == "component"


def test_two_projects_summed_after_more_words_are_no_ones() -> None:
    found = dict(article_roles("두 사업을 합친 부산 지역 데이터센터 투자 규모는 8,550억원으로 늘었다."))
    assert found["8,550억원"] == "cumulative"


@pytest.mark.parametrize(
    ("sentences", "amount", "role"),
    [
        (("협약에 따라 11개 기업은 2030년까지 특화단지에 모두 4,620억원을 투자한다.",), "모두 4,620억원", "total"),
        (("도내 AI 기업 18곳에 지금까지 모두 212억원이 투자됐다.",), "모두 212억원", "cumulative"),  # into the firms
    ],
)
def test_several_companies_putting_money_into_one_project_fund_that_project(
    sentences: tuple[str, ...], amount: str, role: str
) -> None:
    assert dict(article_roles(*sentences))[amount] == role


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("이 가운데 빛고을칩스는 1,350억원, 무등세미콘은 920억원을 들여 생산라인을 짓는다.", "1,350억원", "component"),
        ("총사업비는 1조원, 국비는 3천억원이다.", "1조원", "total"),  # the whole listed first
        (
            "특구 지정으로 1,100억원의 기업 투자 유치와 650명의 고용 창출 효과가 있을 것으로 내다봤다.",
            "1,100억원",
            "effect",
        ),
        ("시는 1조원을 투자 유치해 지역경제 활성화 효과를 노린다.", "1조원", "total"),  # attracted, not expected
        ("온산국가산단에 80MW급 AI 데이터센터 7,800억원…LNG 냉열로 냉각비 절감", "7,800억원", "total"),
    ],
)
def test_topics_listed_with_their_money_and_effects_read_in_their_own_clause(
    sentence: str, amount: str, role: str
) -> None:
    assert dict(roles(sentence))[amount] == role


def test_a_former_value_is_the_old_figure() -> None:
    refined = refine_roles(
        [Sentence(0, 0, 40, "무등세미콘은 당초 920억원이던 투자 규모를 늘렸다.", "body")],
        {0: find_money("무등세미콘은 당초 920억원이던 투자 규모를 늘렸다.")},
        {},
    )
    assert refined[0][0].is_superseded


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("시에 따르면 협약액 가운데 지금까지 실제로 집행된 금액은 610억원 남짓이다.", "610억원 남짓"),
        ("올해 집행액은 120억원이다.", "120억원"),
    ],
)
def test_what_has_been_spent_of_a_whole_is_a_part(sentence: str, amount: str) -> None:
    assert dict(roles(sentence))[amount] == "component"


def test_a_selections_largest_sum_stated_with_no_place_is_the_programmes() -> None:
    found = article_roles(
        "과기정통부, 4곳 선정…충북·경남·강원·울산",
        "올해부터 2028년까지 4년간 총 722억원(국비 480억원)이 투입된다.",
        "경북은 구미 국가산단에 실증센터를 구축한다.",
        "국비 280억원에 도비 200억원을 더해 총 480억원이 투입된다.",
        regions={0: 4, 2: 2},
    )
    assert found[0] == ("총 722억원", "cumulative") and found[1] == ("480억원", "cumulative")
    assert dict(found[2:])["총 480억원"] == "total"  # one place's, though its sentence names none


def test_a_sum_with_no_selection_in_the_article_stays_a_total() -> None:
    assert dict(article_roles("4년간 총 722억원이 투입된다."))["총 722억원"] == "total"


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("대구 AI 디지털 밸리 사업비는 180억 늘어나 2천억원이 됐다.", "180억", "other"),
        ("대구 AI 디지털 밸리 사업비는 180억 늘어나 2천억원이 됐다.", "2천억원", "total"),
        ("인천 AI 허브는 당초보다 150억원 많은 900억원으로 확정됐다.", "900억원", "total"),
        ("전남도는 180억원을, 광양시는 70억원을 지원한다.", "180억원", "component"),
        ("거창군은 6,200억원 규모의 2027년도 거창군 예산안을 확정했다.", "6,200억원 규모", "other"),
    ],
)
def test_found_by_review_a_change_a_new_figure_a_share_and_a_countys_budget(
    sentence: str, amount: str, role: str
) -> None:
    assert dict(roles(sentence))[amount] == role


@pytest.mark.parametrize(
    ("sentence", "amount", "role"),
    [
        ("지난해 지역 AI 스타트업 25곳에 모두 340억원이 투자됐다.", "모두 340억원", "cumulative"),
        ("펀드는 출범 이후 도내외 27개 기업에 412억원을 투자했다.", "412억원", "cumulative"),
        ("펀드는 중소기업 12개사에 180억원을 투자했다.", "180억원", "cumulative"),
        ("과기정통부는 4곳에 국비 150억원을 지원한다.", "150억원", "national"),  # places, not firms
    ],
)
def test_money_put_into_counted_firms_is_summed_over_them(sentence: str, amount: str, role: str) -> None:
    assert dict(article_roles(sentence))[amount] == role


def _itemised(*sentences: str) -> list[tuple[str, str, bool]]:
    sents = [Sentence(i, 0, len(t), t, "body") for i, t in enumerate(sentences)]
    refined = refine_roles(sents, {s.index: find_money(s.text) for s in sents}, {})
    return [(m.text, m.role, m.is_itemised) for s in sents for m in refined[s.index]]


def test_lines_adding_up_to_the_figure_before_them_are_its_itemised_parts() -> None:
    got = _itemised(
        "올해는 180억원을 들여 1차 연도 사업을 진행한다.",
        "AI 솔루션 도입 지원 120억원 : 불량 검출 머신비전 등 구축비 지원",
        "현장 AI 전문인력 양성 35억원 : 재직자 대상 AI 엔지니어 과정 운영",
        "실증 테스트베드 운영 25억원 : 안산 본부에 AI 실증 라인 운영",
    )
    assert got[1:] == [
        ("120억원", "component", True),
        ("35억원", "component", True),
        ("25억원", "component", True),
    ]


def test_numbered_lines_with_their_money_after_a_colon_are_the_parts_of_the_figure_before_them() -> None:
    got = _itemised(
        "허브 사업비는 1,096억 원으로 확정됐다.",
        "허브는 세 개 동으로 나뉜다.",
        "① 디지털트윈 실증동(연면적 9,800㎡) : 512억 원. 선박 블록을 실제 크기로 올려 시험한다.",
        "② 조선 AI 데이터센터동(연면적 6,200㎡) : 338억 원.",
        "③ 인력양성동: 246억원",
    )
    assert got == [
        ("1,096억 원", "total", False),
        ("512억 원", "component", True),
        ("338억 원", "component", True),
        ("246억원", "component", True),
    ]


def test_bulleted_lines_of_each_partys_part_add_up_to_the_joint_total_before_them() -> None:
    got = _itemised(
        "네 기관은 2030년까지 총 1조 2000억원을 투입해 클러스터를 만든다. 기관별 분담은 다음과 같다.",
        "▲누리클라우드 : 100MW급 AI 데이터센터 건립 7,500억원",
        "▲한국전력공사 : 345kV 변전소 등 전력 인프라 2,800억원",
        "▲전남도·영광군 : 에너지-AI 실증센터, 인력양성 시설 1,700억원",
    )
    assert [(text, role) for text, role, _ in got] == [
        ("총 1조 2000억원", "total"),
        ("7,500억원", "component"),
        ("2,800억원", "component"),
        ("1,700억원", "component"),
    ]


def test_lines_of_each_operators_centre_add_up_to_the_sum_line_after_them() -> None:
    got = _itemised(
        "사업자별 투자 계획은 다음과 같다.",
        "㈜오션클라우드: 1호 센터(60MW), 1조 2,000억 원",
        "메리디안 디지털 인프라(미국): 2호 센터(40MW), 5억 달러(약 6,650억 원, 환율 1,330원 기준)",
        "㈜세진아이씨티: 엣지·코로케이션 센터(20MW), 3,100억 원",
        "공동 기반시설(변전소·해수 냉각 공급망, 부산시·부산항만공사): 6,850억 원",
        "총 투자 규모 2조 8,600억 원",
    )
    roles = {text: role for text, role, _ in got}
    assert [roles[t] for t in ("1조 2,000억 원", "3,100억 원", "6,850억 원")] == ["component"] * 3
    assert [role for text, role, _ in got if "6,650억" in text] == ["component"]
    assert got[-1][1] == "total"


def test_lines_of_small_items_are_the_parts_of_the_small_figure_before_them() -> None:
    got = _itemised(
        "기업당 지원 규모는 모두 3,000만원이다.",
        "- 컨설팅 1,500만원",
        "- 장비 구입 900만원",
        "- 교육 600만원",
    )
    assert [role for _, role, _ in got][1:] == ["component"] * 3


def test_lines_before_a_sum_line_they_do_not_add_up_to_keep_their_roles() -> None:
    got = _itemised(
        "시는 두 사업을 추진한다.",
        "㈜가나데이터: 1호 센터(60MW), 1조 2,000억 원",
        "㈜다라클라우드: 2호 센터(40MW), 3,100억 원",
        "총 투자 규모 2조 8,600억 원",
    )
    assert [role for _, role, _ in got][:2] == ["total", "total"]


def test_bulleted_lines_that_do_not_add_up_to_the_figure_before_them_keep_their_roles() -> None:
    got = _itemised(
        "도는 올해 AI 사업에 모두 500억원을 쓴다.",
        "▲광주 AI 데이터센터 건립 1,200억원",
        "▲나주 에너지 AI 실증센터 800억원",
    )
    assert [role for _, role, _ in got][1:] == ["total", "total"]


def test_lines_each_naming_a_project_of_its_own_are_a_list_of_projects_not_a_breakdown() -> None:
    got = _itemised(
        "울산시는 내년도 AI 분야 예산으로 500억원을 편성했다.",
        "1. 'AI 제조혁신센터' 건립 300억원",
        "2. 'AI 인재양성 캠퍼스' 조성 200억원",
    )
    assert not any(itemised for _, _, itemised in got)
    got = _itemised(
        "두 센터 사업비는 모두 1,000억원이다.",
        "- AI 해양 데이터센터: 650억원",
        "- AI 물류 실증센터: 350억원",
    )
    assert not any(itemised for _, _, itemised in got)


def test_colon_lines_that_add_up_to_nothing_before_them_keep_their_roles() -> None:
    got = _itemised(
        "도는 두 곳에 AI 센터를 짓는다.",
        "① 창원 AI 제조센터 : 1,200억원",
        "② 김해 AI 물류센터 : 800억원",
    )
    assert [role for _, role, _ in got] == ["total", "total"]


def test_lines_of_money_that_add_up_to_nothing_before_them_keep_their_roles() -> None:
    got = _itemised(
        "시는 AI 사업을 추진한다.",
        "AI 데이터센터 건립 1,200억원 : 2027년 완공",
        "AI 인재 양성센터 350억원 : 2026년 개관",
    )
    assert [role for _, role, _ in got] == ["total", "total"]
    assert not any(itemised for _, _, itemised in got)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "이 가운데 제조 AX 가속화 사업 예산은 도가 요구한 260억원에서 25억원이 줄어든 235억원으로 확정됐다.",
            ["annual", "other", "annual"],
        ),
        ("내년 센터 예산은 당초 120억원에서 150억원으로 늘었다.", ["annual", "annual"]),
        ("올해 예산 40억원에서 사업비 1,000억원으로 늘린다.", ["annual", "total"]),  # the whole, named
    ],
)
def test_a_years_budget_line_revised_stays_that_years(sentence: str, expected: list[str]) -> None:
    assert [r for _, r in article_roles(sentence)] == expected


@pytest.mark.parametrize(
    "headline",
    ['"첫해 AI 도입 실적 부진" 지적 따라 25억 감액', "국회서 50억 증액", "예산 30억 삭감"],
)
def test_a_headlines_change_in_a_figure_is_no_cost(headline: str) -> None:
    assert [r for _, r in article_roles(headline)] == ["other"]


def test_places_counted_in_another_quoted_sentence_do_not_spread_the_figure() -> None:
    sentence = (
        '"지원 기업 62곳 가운데 41곳에 그친다"며 "5년간 1,250억원이 들어가는 사업인 만큼 성과를 따져야 한다"고 말했다.'
    )
    assert [r for _, r in article_roles(sentence)] == ["total"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('관계자는 "규모를 키울 때 필요한 100억원 이상 투자는 여전히 부족하다"고 말했다.', ["other"]),
        ("500억원 미만 거래가 대부분이다.", ["other"]),
        ("도는 1조원 이상 투자를 유치했다.", ["total"]),  # the investment drawn
        ("1조원 투자는 내년 시작된다.", ["total"]),  # no bound: this project's
        # a threshold that sorts places or things
        ("하지만 1천억원을 넘긴 곳은 아직 부산뿐이다.", ["other"]),
        ("500억원이 넘는 펀드는 세 개뿐이다.", ["other"]),
        ("펀드는 1천억원을 넘긴 뒤 투자를 시작했다.", ["total"]),  # what the fund reached
    ],
)
def test_a_size_marking_a_kind_of_deal_is_no_investment(sentence: str, expected: list[str]) -> None:
    assert [r for _, r in roles(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("통신사 대한텔레넷이 2030년까지 인공지능(AI) 인프라와 서비스에 5조3000억원을 투자한다.", ["national"]),
        ("회사는 AI 인프라와 인재에 모두 2조원을 쓴다.", ["national"]),
        ("시는 남구 AI 인프라와 서비스에 500억원을 투자한다.", ["total"]),  # a place named: its own
    ],
)
def test_a_companys_ai_infrastructure_and_services_as_a_whole_are_nationwide(
    sentence: str, expected: list[str]
) -> None:
    assert [r for _, r in article_roles(sentence, regions={0: 1} if "남구" in sentence else {})] == expected


def test_lines_sharing_a_programme_out_among_places_keep_each_places_role() -> None:
    lines = [
        "정부는 3곳에 모두 900억원을 투입한다.",
        "울산 조선 AI 실증센터 400억원 : 2027년 완공",
        "경남 방산 AI 실증센터 300억원 : 2027년 완공",
        "전남 에너지 AI 실증센터 200억원 : 2028년 완공",
    ]
    sents = [Sentence(i, 0, len(t), t, "body") for i, t in enumerate(lines)]
    refined = refine_roles(sents, {s.index: find_money(s.text) for s in sents}, {1: 1, 2: 1, 3: 1})
    assert not any(m.is_itemised for i in (1, 2, 3) for m in refined[i])


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (  # parties listed each with its share before the verb they share: all parts of the whole before
            (
                "한빛정보와 태성건설은 원주에 총 8,000억원을 들여 데이터센터를 짓는다.",
                "투자액은 한빛정보가 4,800억원(60%), 태성건설이 3,200억원(40%)을 각각 부담한다.",
            ),
            [("총 8,000억원", "total"), ("4,800억원", "component"), ("3,200억원", "component")],
        ),
        (
            (
                "컨소시엄은 포항에 1조원을 투입해 AI 캠퍼스를 조성한다.",
                "이 가운데 대경통신이 6천억원, 동해개발이 4천억원을 각각 투자한다.",
            ),
            [("1조원", "total"), ("6천억원", "share"), ("4천억원", "component")],
        ),
    ],
)
def test_parties_listed_with_their_shares_each_take_a_part_of_the_whole(
    sentences: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert article_roles(*sentences) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"1단계는 40㎿ 규모로 4,116억원이 들어간다.', [("4,116억원", "component")]),
        ("‘2단계는 2027년까지 2,300억원을 들여 짓는다.", [("2,300억원", "component")]),
        (
            "1단계 사업비도 4,116억원에서 4,590억원으로 조정됐다.",
            [("4,116억원", "component"), ("4,590억원", "component")],
        ),
        # the whole's cost revised with '도' stays the whole
        ("총사업비도 1조원에서 1조2천억원으로 늘었다.", [("1조원", "total"), ("1조2천억원", "total")]),
    ],
)
def test_a_phase_opening_a_quoted_answer_or_revised_with_do_is_a_part(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("클러스터 핵심시설인 'NPU 팜'에는 960억원이 투입된다.", "component"),
        ("단지의 핵심 시설에는 1,200억원이 들어간다.", "component"),
        ("단지 핵심시설인 실증동은 450억원을 들여 짓는다.", "component"),
        # the region's core, not a project's: the project's own cost
        ("지역 AI 산업의 핵심 시설인 AI 데이터센터에는 5천억원이 들어간다.", "total"),
        # the whole, marked so, though its core facility is named
        ("핵심시설인 데이터센터를 포함해 총 3,000억원이 투입된다.", "total"),
        ("도는 2,480억원을 들여 클러스터를 조성한다.", "total"),
    ],
)
def test_money_for_a_core_facility_is_a_part_of_the_whole(sentence: str, expected: str) -> None:
    assert [r for _, r in roles(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "시는 선도사업 2년차인 올해 78억원(국비 52억원, 시비 26억원)을 투입한다.",
            ["annual", "component", "component"],
        ),
        ("2022년 사업비 : 64억 원 (국비 40, 시비 24)", ["annual"]),
        ("2025년 예산은 120억원이다.", ["annual"]),
        # a plan to a year is no year's budget
        ("2030년까지 사업비 3,000억원을 들인다.", ["total"]),
    ],
)
def test_this_years_money_with_its_sources_and_a_dated_years_cost_are_annual(
    sentence: str, expected: list[str]
) -> None:
    assert [r for _, r in roles(sentence)] == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            (
                "충남도는 아산에 AI반도체 클러스터를 짓는다.",
                "정부는 'K-클라우드' 정책에 2030년까지 전국 9,000억원대 예산을 투입할 계획이다.",
            ),
            [("9,000억원대", "national")],
        ),
        (
            ("충남도는 아산에 AI반도체 클러스터를 짓는다.", "정부는 전국에 총 2조원을 들여 AI 거점을 늘린다."),
            [("총 2조원", "national")],
        ),
        # the largest in the country is a size of this project, not the country's money
        (("부산시는 강서구에 전국 최대 규모인 3,000억원 규모 센터를 짓는다.",), [("3,000억원 규모", "total")]),
    ],
)
def test_a_figure_the_word_nationwide_opens_is_national(
    sentences: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert article_roles(*sentences, regions={0: 1}) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("도는 특구 지정으로 2027년까지 기업 투자 1조1천억원 유치, 일자리 850개 창출 효과를 기대하고 있다.", "effect"),
        ("시는 단지 조성으로 민간 투자 5,000억원 유치와 고용 증가를 기대한다.", "effect"),
        # money already attracted, or agreed, is no hope
        ("부산시는 A사로부터 투자 3,000억원 유치에 성공했다.", "total"),
        ("A사는 투자 3조원 유치 MOU를 체결해 고용 창출 효과가 클 것으로 예상된다.", "total"),
    ],
)
def test_investment_hoped_for_among_a_designations_effects_is_an_effect(sentence: str, expected: str) -> None:
    assert [r for _, r in roles(sentence)] == [expected]


def test_a_sum_of_two_projects_is_found_though_a_headline_figure_went_to_the_wrong_one() -> None:
    # the headline's '1조 이상' went to the edge centre; the 1조 850억 and 1,320억 still add up to the sum
    totals = [(0, 10**12, 0), (1, 1_085 * 10**9, 1), (2, 132 * 10**9, 0), (3, 1_217 * 10**9, 1)]
    assert cumulative_sums(totals, summing={3}) == {3}  # its sentence says the two are added up
    assert cumulative_sums(totals) == set()  # a sentence that says nothing of adding up: only the largest


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("정부가 올해 AI 확산 사업에 배정한 예산 9,400억원과 견줘도 인천의 몫은 초라하다.", [("9,400억원", "other")]),
        ("수도권 센터의 2조원에 비하면 이 센터는 작은 편이다.", [("2조원", "other")]),
        ("연간 설비투자가 3조원 안팎인 점을 고려하면 계획이 크지 않다.", [("3조원 안팎", "other")]),
        ("회사 연매출이 13조원인 것을 감안하면 부담이 크다.", [("13조원", "other")]),
        # the project's own size weighed stays its own
        ("도는 투자 규모가 3조원인 점을 고려하면 지역 경제에 큰 보탬이 될 것으로 기대했다.", [("3조원", "total")]),
        # the project's own cost or a phase set beside a part stays what it is
        ("총사업비 4,000억원에 비하면 국비 50억원은 적다.", [("4,000억원", "total"), ("50억원", "component")]),
    ],
)
def test_a_figure_set_beside_another_to_measure_it_is_no_ones_money(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("업계에서는 후속 펀드가 2천억원 규모로 커질 것으로 본다.", "2천억원 규모"),
        ("후속 사업의 예산은 300억원으로 잡혔다.", "300억원"),
        ("후속 펀드는 약 1,500억원을 목표로 한다.", "약 1,500억원"),
    ],
)
def test_a_successors_money_is_not_the_reported_projects(sentence: str, amount: str) -> None:
    assert dict(roles(sentence))[amount] not in ("total", "annual", "component")


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("시는 후속 조치로 센터 증설에 500억원을 투입한다.", "500억원"),
        ("2단계 후속 사업에는 총 6,000억원이 투입된다.", "총 6,000억원"),
        ("시는 후속 사업에 6,000억원을 투입한다.", "6,000억원"),
    ],
)
def test_money_put_into_a_follow_up_step_of_the_project_stays_its_own(sentence: str, amount: str) -> None:
    assert dict(roles(sentence))[amount] != "other"


@pytest.mark.parametrize(
    "sentence", ["지난해 500억원과 비교하면 30% 늘었다.", "당초 1조원에 비하면 2천억원 줄어든 규모다."]
)
def test_the_old_figure_of_a_change_is_no_benchmark(sentence: str) -> None:
    assert roles(sentence)[0][1] != "other"


@pytest.mark.parametrize(
    ("sentence", "requested"),
    [
        ("그럼에도 시는 내년도 예산으로 95억원을 요구한 상태다.", True),
        ("경남도는 정부에 국비 500억원 지원을 요청했다.", True),
        ("첫해 예산 집행률 71%…그런데도 내년 95억 요구", True),
        # asked for and then denied: still only asked for
        ("해수부가 내년 예산으로 96억원을 요구했지만 정부안에 전혀 반영되지 않았다.", True),
        ("시는 국비 200억원을 신청했으나 선정되지 못했다.", True),
        ("해수부가 96억원을 요구했지만 정부안에 반영이 안 됐다.", True),
        ("해수부가 96억원을 요구했지만 정부안에 반영되지는 않았다.", True),
        ("시는 국비 200억원을 신청했지만 확보에 실패했다.", True),
        # granted money is no request
        ("시는 내년도 예산 95억원을 확보했다.", False),
        ("요구한 260억원에서 25억원 줄어든 235억원으로 확정됐다.", False),  # the granted figure after it
        # asked for and granted in one sentence
        ("시는 국비 100억원을 신청해 최종 선정됐다.", False),
        ("도는 국비 500억원을 요청했고 정부는 이를 예산에 반영했다.", False),
    ],
)
def test_money_asked_for_and_not_yet_granted_stands_behind_money_granted(sentence: str, requested: bool) -> None:
    sents = [Sentence(0, 0, len(sentence), sentence, "body")]
    refined = refine_roles(sents, {0: find_money(sentence)}, {})
    assert refined[0][-1].is_superseded is requested


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("과제는 화려한데 과제 하나에 돌아가는 돈은 10억원 남짓이다.", "other"),
        ("참여 기업 한 곳에 지원되는 금액은 평균 3억원이다.", "other"),
        ("시는 하나에 집중해 500억원을 들인다.", "total"),  # no share of many
        ("전국 5곳 가운데 거점 하나에 배정된 사업비는 모두 480억원이다.", "total"),  # one project's own money
    ],
)
def test_what_one_of_many_gets_is_no_projects_money(sentence: str, expected: str) -> None:
    assert [r for _, r in roles(sentence)] == [expected]


def test_a_headline_figure_the_body_gives_as_a_years_budget_is_that_budget() -> None:
    sents = [
        Sentence(0, 0, 30, "[사설] 공항·항만 AX, 한 해 64억으로 '세계 1위 허브' 지킬 수 있나", "headline"),
        Sentence(1, 0, 30, "올해 이 사업에 책정된 예산은 64억원이다.", "body"),
    ]
    refined = refine_roles(sents, {s.index: find_money(s.text) for s in sents}, {})
    assert [(m.text, m.role) for s in sents for m in refined[s.index]] == [("64억", "annual"), ("64억원", "annual")]


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ("센터 사업비 가운데 GPU 구매에만 1,800억원이 배정돼 있다.", ("1,800억원", "component")),
        ("이 중 냉각설비에 900억원이 들어간다.", ("900억원", "component")),
        ("이 중 한빛통신이 1,800억원을 투자한다.", ("1,800억원", "share")),  # a party's part
    ],
)
def test_a_part_of_a_whole_spent_on_a_thing_is_a_component_and_a_partys_a_share(
    parts: str, expected: tuple[str, str]
) -> None:
    assert article_roles("광주시는 5,120억원을 들여 국가 AI 컴퓨팅센터를 짓는다.", parts)[1] == expected


def _article(*lines: str) -> list[tuple[str, str]]:
    sents = [Sentence(i, 0, len(t), t, "headline" if i == 0 else "body") for i, t in enumerate(lines)]
    refined = refine_roles(sents, {s.index: find_money(s.text) for s in sents}, {})
    return [(m.text, m.role) for s in sents for m in refined[s.index]]


def test_the_rows_of_a_table_that_add_up_to_the_whole_before_it_are_its_parts() -> None:
    assert _article(
        "대전시, AI 혁신밸리 3개 동 착공",
        "총사업비는 3,714억원이다.",
        "연구동 | 2만㎡ | 1,200억원 | 2025~2027",
        "창업동 | 1만㎡ | 800억원 | 2025~2026",
        "실증동 | 3만㎡ | 1,714억원 | 2026~2028",
    ) == [("3,714억원", "total"), ("1,200억원", "component"), ("800억원", "component"), ("1,714억원", "component")]


def test_the_rows_of_a_table_above_its_total_row_are_its_parts() -> None:
    assert _article(
        "대전시, AI 혁신밸리 착공",
        "| 연구동 | 1,200억원 | 2025~2027 |",
        "| 창업동 | 800억원 | 2025~2026 |",
        "| 합계 | 2,000억원 | 2025~2027 |",
    ) == [("1,200억원", "component"), ("800억원", "component"), ("2,000억원", "total")]


def test_table_rows_of_places_that_add_up_to_nothing_stated_keep_their_roles() -> None:
    # each row a place's own project, no whole above: nothing to be a part of
    assert _article(
        "지역 AI 거점 4곳 선정",
        "| 원주 | 디지털헬스 | 180억원 |",
        "| 천안 | 모빌리티 | 210억원 |",
    ) == [("180억원", "total"), ("210억원", "total")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('김 의원은 "실제로는 1,300억원 이상이 들 것"이라며 사업비 과소 추계를 지적했다.', "forecast"),
        ('시민단체는 "유지비만 매년 100억원이 든다"며 반대했다.', "forecast"),
        ('감사원은 "사업비가 2조원까지 불어날 수 있다"고 경고했다.', "forecast"),
        # a councillor quoting the project's own figure, and an official's plan in quotes, stay what they are
        ('박 의원은 "총사업비 2천억원 중 국비가 절반도 안 된다"고 말했다.', "total"),
        ('정 위원장은 "센터에 500억원을 투입해 내년 문을 연다"고 말했다.', "total"),
    ],
)
def test_a_critics_guess_at_the_real_cost_is_a_forecast(sentence: str, expected: str) -> None:
    assert next(r for _, r in roles(sentence)) == expected


@pytest.mark.parametrize(
    ("selection", "role"),
    [
        ("산업부는 제조 AI 거점 4곳을 최종 선정했다.", "cumulative"),  # places chosen: the figure is their sum
        ("첫 이용 기관으로는 기업 9곳과 대학 14곳이 선정됐다.", "total"),  # bodies counted, not places
        ("참여 컨소시엄3곳이 선정됐다.", "total"),
    ],
)
def test_a_whole_after_a_selection_of_counted_places_is_their_sum_not_after_counted_bodies(
    selection: str, role: str
) -> None:
    got = _itemised(selection, "4년간 총 722억원이 투입된다.")
    assert got == [("총 722억원", role, False)]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            ("시가 올해 'AI 아카데미' 예산으로 31억원을 편성했다.", "31억원은 시 전체 예산에 비하면 작은 돈이다."),
            [("31억원", "annual"), ("31억원", "annual")],
        ),
        (
            ("재원은 국비 120억원과 시비 80억원이다.", "120억원은 결코 적은 돈이 아니다."),
            [("120억원", "component"), ("80억원", "component"), ("120억원", "component")],
        ),
        # said as a whole the second time: the sentence's own words decide
        (
            ("올해 예산으로 31억원을 편성했다.", "총사업비 31억원이 들어간다."),
            [("31억원", "annual"), ("31억원", "total")],
        ),
        # a figure the article never gave before stays a total
        (("예산 심사가 시작됐다.", "52억원은 시 전체 예산에 비하면 작은 돈이다."), [("52억원", "total")]),
    ],
)
def test_a_bare_figure_restates_the_one_the_article_gave_before(
    sentences: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert article_roles(*sentences) == expected


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("정부의 스마트농업 예산은 전국적으로 해마다 2,000억원 안팎이 쓰인다.", "national"),
        ("관련 예산은 전국적으로 매년 1,500억원이 배정된다.", "national"),
        ("도는 해마다 20억원을 센터 운영에 쓴다.", "annual"),  # the province's own year: no nation's
    ],
)
def test_a_countrys_yearly_figure_is_national(sentence: str, role: str) -> None:
    assert article_roles(sentence)[0][1] == role


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("공모 전체 국비 규모는 3년간 1,200억 원이다.", "national"),
        ("전체 공모 예산은 600억원이다.", "national"),
        ("공모 총예산 900억원 가운데 일부를 받는다.", "national"),
        # a part of the call a place won is that place's
        ("도는 이번 공모 전체 예산 가운데 국비 120억원을 확보했다.", "component"),
        ("전체 공모 과제 중 시가 따낸 사업비는 45억원이다.", "total"),
        ("정부 공모 전체 3개 분야 가운데 시는 AI 분야 사업비 60억원을 확보했다.", "total"),
        # the call's place named: that place's money
        ("공모 전체 국비 가운데 경남은 240억원을 받는다.", "component"),
    ],
)
def test_a_calls_whole_budget_is_national(sentence: str, role: str) -> None:
    regions = {0: 1} if "경남" in sentence else {}
    assert article_roles(sentence, regions=regions)[0][1] == role


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("전국 17개 광역자치단체가 올해 AI 관련 사업에 편성한 예산이 2조2천억원을 넘어섰다.", "national"),
        ("17개 시도의 올해 AI 관련 예산은 모두 2조2,827억원으로 늘었다.", "national"),
        # a province's cities summed are no country's; a project the counted regions build is that project's
        ("도내 14개 시군의 스마트팜 예산은 모두 320억원이다.", "annual"),
        ("3개 시도가 참여하는 동남권 AI 허브는 예산 2,400억원을 들여 2028년까지 구축된다.", "annual"),
        ("충청권 4개 시도가 함께 만드는 AI 반도체 클러스터 예산은 총 3,000억원이다.", "annual"),
        ("전국 17개 시도 중 처음으로 도는 AI 예산 500억원을 편성했다.", "annual"),
        # one region's own budget stays its own, and cities' part of a fund is a part
        ("도의 올해 AI 관련 예산은 320억원이다.", "annual"),
        ("펀드 재원은 도비 200억원, 22개 시군 100억원으로 구성된다.", "component"),
    ],
)
def test_the_sum_of_every_regions_budget_is_national(sentence: str, role: str) -> None:
    assert article_roles(sentence)[0][1] == role


def test_after_a_key_saying_what_brackets_hold_a_bracketed_figure_is_that_share() -> None:
    assert article_roles(
        "지역별 올해 사업비(괄호 안은 국비)는 다음과 같다.",
        "경북 — 안동의료원 컨소시엄(북부권 6개 군 연계): 40억원(28억원), 신규",
        "제주 — 제주대학교병원 컨소시엄: 34억원(24억원), 계속",
    ) == [("40억원", "annual"), ("28억원", "component"), ("34억원", "annual"), ("24억원", "component")]


def test_after_a_key_of_whole_costs_a_figure_before_its_bracketed_share_is_a_whole() -> None:
    assert article_roles(
        "지역별 총사업비(괄호 안은 국비)는 다음과 같다.",
        "경북 — 안동의료원 컨소시엄: 40억원(28억원)",
    ) == [("40억원", "total"), ("28억원", "component")]


def test_a_bracketed_figure_under_another_key_is_no_share() -> None:
    roles = article_roles(
        "주요 입주기업 매출은 다음과 같다(괄호 안은 전년).",
        "▲㈜한빛AI: 40억원(28억원)",
        "▲㈜누리데이터: 35억원(30억원)",
    )
    assert "total" not in [role for _, role in roles]


def test_the_same_sum_given_by_another_party_is_no_restatement() -> None:
    roles = article_roles(
        "시는 올해 AI 센터 운영 예산으로 50억원을 편성했다.", "민간 기업도 센터 장비 구입에 50억원을 보탠다."
    )
    assert roles[1] != ("50억원", "annual")


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("특구 사업자들은 2029년까지 2,150억원을 투자하고 540명을 새로 고용하겠다는 계획을 내놨다.", "cumulative"),
        ("입주 기업들은 모두 1,200억원을 투자하기로 했다.", "cumulative"),
        # several firms putting money into one project together: its total
        ("참여 기업들은 공동으로 5,000억원을 투자해 데이터센터를 짓는다.", "total"),
    ],
)
def test_the_pledges_of_many_parties_are_a_sum(sentence: str, role: str) -> None:
    assert article_roles(sentence)[0][1] == role


def test_parties_putting_money_into_the_facility_they_build_make_its_total() -> None:
    roles = article_roles("이 기업들은 약 8000억 원을 들여 수성알파시티 부지에 데이터센터를 건립한다.")
    assert roles == [("약 8000억 원", "total")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a headline drops the particle before the verb of a market's size
        ('"국내 생성형 AI 시장 2028년 4조 돌파"', [("4조", "market")]),
        ("국내 AI 데이터센터 시장, 2030년 10조 넘는다", [("10조", "market")]),
        ("국내 데이터센터 시장은 지난해 5조원을 넘어섰다.", [("5조원", "market")]),
        # not a project's own figure that a headline says it passes
        ("광주 AI 데이터센터 사업비 1조 돌파", [("1조", "total")]),
    ],
)
def test_a_markets_size_in_a_headline_without_its_particle(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # investment a place means to draw besides the project: a target, not the project's money
        (
            "당진시는 2030년까지 센터 주변에 AI 기업을 끌어들여 3천억 원 규모의 투자를 추가로 유치하겠다는 계획입니다.",
            [("3천억 원 규모", "forecast")],
        ),
        ("시는 5천억원의 추가 투자를 유치하겠다는 목표다.", [("5천억원", "forecast")]),
        # the project's own cost in a plan is its total
        ("시는 3천억원을 투자해 센터를 짓겠다는 계획이다.", [("3천억원", "total")]),
    ],
)
def test_investment_a_place_means_to_draw_is_a_target(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("지방세 수입만 연간 100억원 이상이 기대되는 만큼 상생 모델을 만들겠다.", [("연간 100억원 이상", "effect")]),
        ("세수만으로도 매년 50억원이 늘어난다.", [("50억원", "effect")]),
        # a tax the project pays is no investment, nor is a fund named after a tax: a fund's size stays its total
        ("지방세 감면 혜택과 함께 300억원 규모의 펀드를 조성한다.", [("300억원 규모", "total")]),
    ],
)
def test_tax_revenue_a_project_brings_is_an_effect(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '업계 관계자는 "하이퍼스케일 데이터센터는 1㎿당 100억 원 안팎이 드는 장치산업"이라고 말했다.',
            [("100억 원 안팎", "other")],
        ),
        ("데이터센터는 MW당 약 120억원의 건설비가 든다.", [("약 120억원", "other")]),
        ("시설비는 1㎡당 500만원 수준이다.", [("500만원 수준", "other")]),
        # the project's own cost beside its size is its total
        ("100㎿ 규모 데이터센터에 1조원을 투입한다.", [("1조원", "total")]),
    ],
)
def test_a_cost_per_unit_of_size_is_no_investment(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert roles(sentence) == expected


def test_a_companys_nationwide_plan_of_which_a_place_is_one_part_is_national() -> None:
    got = article_roles(
        "태성그룹은 전남 영광에 AI 데이터센터를 짓는다. 총사업비는 2조원이다.",
        "온누리텔레콤은 올해 전국 AI 인프라에 3조 원 가까이 투자하겠다고 밝힌 바 있는데, 영광 프로젝트는 그중 최대 단일 사업이다.",
        regions={0: 1, 1: 1},
    )
    assert got == [("2조원", "total"), ("3조 원", "national")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a backer's contribution, revised or listed with the others', is a part of the fund
        (
            "이에 따라 모태펀드 출자액은 당초 신청한 400억원에서 500억원으로 늘었다.",
            [("400억원", "component"), ("500억원", "component")],
        ),
        (
            "출자자(LP) 구성은 한국벤처투자가 운용하는 모태펀드 500억원, 경기도 240억원, 성남시 30억원, 수원시 30억원이다.",
            [("500억원", "component"), ("240억원", "component"), ("30억원", "component"), ("30억원", "component")],
        ),
        ("민간에서는 460억원이 모였다.", [("460억원", "component")]),
        ("국비는 당초 요구한 300억원에서 250억원으로 줄었다.", [("300억원", "component"), ("250억원", "component")]),
        # …not the whole, revised the same way
        ("총사업비는 당초 계획한 1000억원에서 1200억원으로 늘었다.", [("1000억원", "total"), ("1200억원", "total")]),
        ("펀드 규모는 1200억원이다.", [("1200억원", "total")]),
    ],
)
def test_a_backers_contribution_is_a_part(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a revision whose new figure carries its parts in brackets is still a revision of the whole
        (
            "사업비는 당초 요구한 4천300억원에서 일부 감액된 3천950억원(국비 2천760억원, 지방비 890억원)으로 확정됐다.",
            [("4천300억원", "total"), ("3천950억원", "total"), ("2천760억원", "component"), ("890억원", "component")],
        ),
        # this year's money on one task of a larger project is the year's
        (
            "총사업비 3950억원 규모의 2단계 사업 가운데 올해는 제조 AI 솔루션 실증에 86억원을 투입해 40개 기업을 지원한다.",
            [("3950억원 규모", "total"), ("86억원", "annual")],
        ),
        ("올해 3조원 규모로 데이터센터 착공을 추진한다.", [("3조원 규모", "total")]),
    ],
)
def test_revisions_with_bracketed_parts_and_a_years_spending(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("지방비 매칭을 포함한 4개 사업 전체 규모는 3600억원대에 이른다.", [("3600억원대", "cumulative")]),
        ("두 사업의 총 사업비는 2조원이다.", [("2조원", "cumulative")]),
        # one project's whole stays its total
        ("사업 전체 규모는 3600억원이다.", [("3600억원", "total")]),
    ],
)
def test_the_sum_of_several_projects_as_topic_is_cumulative(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert article_roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # public sources named together are the public part, not the project's whole (its total is stated elsewhere)
        ("울산시는 울산 AI 데이터센터 사업에 국비와 시비 120억원을 확보했다고 밝혔다.", [("120억원", "component")]),
        (
            "총사업비 1조원 중 국비·시비 3000억원이 투입되고 나머지는 민간이 낸다.",
            [("1조원", "total"), ("3000억원", "component")],
        ),
        ("국비 200억원과 지방비 100억원을 투입한다.", [("200억원", "component"), ("100억원", "component")]),
    ],
)
def test_public_sources_named_together_are_a_part(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "방위사업청은 올해 초 AI 전환 전략을 내놓고 향후 5년간 국방 AI 연구개발에 1조 원을 투입하기로 했다.",
            [("1조 원", "national")],
        ),
        ("과기정통부는 양자 연구개발에 3000억원을 투입한다.", [("3000억원", "national")]),
        # a city's research money is its own
        ("시는 AI 연구개발에 300억원을 투입한다.", [("300억원", "total")]),
    ],
)
def test_a_ministrys_research_money_for_a_field_is_national(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert article_roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a whole's revision counting its backers on both sides
        (
            "이로써 클러스터 투자액은 지난해 7월 협약 당시 4개사 1조 1870억 원에서 6개사 1조 5340억 원으로 늘었다.",
            [("1조 1870억 원", "total"), ("1조 5340억 원", "total")],
        ),
    ],
)
def test_a_clusters_investment_revised_with_its_backers_counted(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("시는 민선 8기 누적 투자유치액이 최근 7조원을 돌파했다고 밝혔다.", [("7조원", "cumulative")]),
        ("누적 투자 실적은 지난달 기준 3조원이다.", [("3조원", "cumulative")]),
    ],
)
def test_a_cumulative_record_as_the_figures_topic(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert article_roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("지난해 국내 방산 수출은 사상 최대인 95억달러를 기록했다.", [("95억달러", "other")]),
        ("도는 수출 물류센터 건립에 300억원을 투입한다.", [("300억원", "total")]),
        # what companies have sold or will sell
        ("한화에어로스페이스의 지상방산 부문 수주잔고는 30조 원을 넘어섰다.", [("30조 원", "other")]),
        ("현대로템의 올해 수주액은 5조원이다.", [("5조원", "other")]),
        ("창원 방산 수출 '역대 최대'…K9·K2 앞세워 올해 12조 돌파 전망", [("12조", "forecast")]),
        ("경북 특구 투자 3조 돌파 기대감", [("3조", "forecast")]),  # hoped for, not reached
        ("사업비 250억 원이 들어가는 이 센터는 수주 지원 역할을 맡는다.", [("250억 원", "total")]),  # negative
    ],
)
def test_an_industrys_exports_are_no_investment(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert roles(sentence) == expected


def test_money_a_place_is_still_seeking_is_asked_for_not_granted() -> None:
    sentence = "도는 내년 정부 공모를 통해 국비 500억원 확보를 추진하고, 인력 양성 프로그램도 마련하기로 했다."
    sents = [Sentence(0, 0, len(sentence), sentence, "body")]
    (m,) = refine_roles(sents, {0: find_money(sentence)}, {0: 0})[0]
    assert m.is_superseded
    granted = "시는 국비 500억원을 확보했다."
    (g,) = refine_roles([Sentence(0, 0, len(granted), granted, "body")], {0: find_money(granted)}, {0: 0})[0]
    assert not g.is_superseded


@pytest.mark.parametrize(
    ("sentences", "figure", "expected"),
    [
        # a ministry's budget for a field, named after its figure
        (("산업부는 올해 로봇산업 분야에 지난해보다 12% 늘어난 2300억원의 예산을 편성했다.",), "2300억원", "national"),
        (("과기정통부는 내년 양자 분야에 1조원의 예산을 배정했다.",), "1조원", "national"),
        (("산업부는 이 클러스터에 500억원의 예산을 편성했다.",), "500억원", "annual"),  # the project's own line
        # a company's spending over a continent
        (("노스게이트는 올해 아시아 지역에만 40억 달러를 집행할 계획이라고 밝혔다.",), "40억 달러", "national"),
        # an industry's spending together
        (
            ("업계에 따르면 국내 통신 3사와 클라우드 기업들이 올해 데이터센터에 투입하는 자금만 4조원에 이른다.",),
            "4조원",
            "national",
        ),
        (("참여 기업들은 총 2,000억원을 투자해 데이터센터를 짓는다.",), "총 2,000억원", "total"),  # a project's backers
        # the government's money for the country's AI computing
        (("정부는 올해 국가 AI 컴퓨팅 인프라 확충에 1조4600억원을 투입하고 있다.",), "1조4600억원", "national"),
        # a whole field's budget: the sum of its projects
        (("충북도의 올해 바이오헬스 분야 전체 예산은 1420억원이다.",), "1420억원", "cumulative"),
        (("경기도의 AI 분야 예산 규모는 3천억원이다.",), "3천억원", "cumulative"),
        (("이번 클러스터 사업의 AI 부문 예산은 300억원이다.",), "300억원", "annual"),  # the project's own
    ],
)
def test_money_of_a_field_an_industry_or_a_continent_is_no_projects(
    sentences: tuple[str, ...], figure: str, expected: str
) -> None:
    assert dict(article_roles(*sentences))[figure] == expected


def test_a_programmes_money_for_the_complexes_it_selected_is_national() -> None:
    roles = dict(article_roles("농식품부는 이번 공모로 선정된 2개 단지에 2028년까지 국비 1천480억원을 투입한다."))
    assert roles["1천480억원"] == "national"


@pytest.mark.parametrize(
    ("sentences", "figure", "expected"),
    [
        # counted companies' money into a whole the article states larger: the tenants' part
        (
            (
                "협약에 따라 기업 5곳은 2030년까지 클러스터에 모두 900억원을 투자한다.",
                "클러스터는 총사업비 3200억원 규모다.",
            ),
            "모두 900억원",
            "component",
        ),
        (
            ("입주기업 12곳이 캠퍼스에 총 500억원을 투자할 예정이다.", "캠퍼스 총사업비는 2천억원이다."),
            "총 500억원",
            "component",
        ),
        # …alone, or building a facility with it, it is the whole
        (
            ("협약에 따라 기업 5곳은 2028년까지 구미 AI 반도체 클러스터에 모두 3000억원을 투자한다.",),
            "모두 3000억원",
            "total",
        ),
        (("기업 3곳은 단지에 5000억원을 들여 데이터센터를 짓는다.", "단지 조성비는 1조원이다."), "5000억원", "total"),
    ],
)
def test_tenants_money_is_a_part_only_of_a_larger_whole(sentences: tuple[str, ...], figure: str, expected: str) -> None:
    assert dict(article_roles(*sentences))[figure] == expected


@pytest.mark.parametrize(
    ("sentences", "figure", "expected"),
    [
        # a consortium of the country's companies building the project: its whole, not an industry's spending
        (
            (
                "울산시는 미포국가산업단지에 AI 데이터센터를 유치했다.",
                "국내 주요 기업들이 참여하는 컨소시엄은 데이터센터 구축에 총 2조원을 투입한다.",
            ),
            "총 2조원",
            "total",
        ),
        (
            ("협약에 참여한 국내 대기업들은 2030년까지 5조원을 투자해 3GW 규모의 데이터센터를 짓는다.",),
            "5조원",
            "total",
        ),
        (("글로벌 빅테크 기업들이 클러스터에 입주해 1조원을 투자할 계획이다.",), "1조원", "total"),
        # a centre's operator spending on its AI computing: the centre's
        (
            (
                "대전시는 대덕연구개발특구에 AI 컴퓨팅센터를 유치했다.",
                "센터 운영사는 AI 컴퓨팅 인프라에 2조원을 투자해 GPU 1만장을 들여놓는다.",
            ),
            "2조원",
            "total",
        ),
        # private money that is one part among others stays a part
        (
            (
                "1단계로 민간 자본 3000억원을 투입해 40MW급 센터를 짓고, 2단계로 민간 자본 5000억원을 들여 100MW로 늘린다.",
            ),
            "5000억원",
            "component",
        ),
        (
            ("센터 건립비 가운데 민간 투자 400억원은 운영사가 부담하고, 나머지는 정부와 협의 중이다.",),
            "400억원",
            "component",
        ),
        (
            ("데이터센터 부지 매입에는 민간 자본 800억원이 들어가며, 건립비는 아직 확정되지 않았다.",),
            "800억원",
            "component",
        ),
    ],
)
def test_a_projects_own_money_keeps_its_role_beside_the_industry_and_private_rules(
    sentences: tuple[str, ...], figure: str, expected: str
) -> None:
    assert dict(article_roles(*sentences))[figure] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a company's own funding round is no project's money
        ("루미너스랩은 30억원 규모 시리즈A 투자 가운데 20억원을 이 펀드에서 유치했다.", ["other", "other"]),
        ("회사는 지난해 시리즈B 320억원을 유치했다.", ["other"]),
        ("프리A 투자 15억원을 받았다.", ["other"]),
        # …nor what each of several firms received
        ("제조 공정 AI 기업 등 4곳이 각 8억~15억원을 투자받았다.", ["other", "other"]),
        ("선정 기업은 각 10억원을 지원받는다.", ["other"]),
        # (each of several projects' own money, or a project company's raise, stays theirs)
        ("두 센터에는 각 5000억원이 투입된다.", ["total"]),
        ("SPC가 외국계 투자사로부터 2조원을 투자받아 데이터센터를 짓는다.", ["total"]),
        # (a fund named after a round, a round told away from the figure, or places' and named firms' grants)
        ("강원도는 300억원 규모의 '강원 AI 시드 투자 펀드'를 조성한다.", ["total"]),
        ("부산시는 500억원 규모의 AI 브릿지 투자 펀드를 결성한다.", ["total"]),
        ("리벨리온은 시리즈C 이후 부산에 800억원을 들여 AI 반도체 설계센터를 짓는다.", ["total"]),
        ("울산시와 구미시는 선도 프로젝트에 나란히 선정돼 각각 240억원을 지원받는다.", ["component"]),
        (
            "네이버와 카카오는 정책자금으로 각각 3000억원을 지원받아 춘천과 안산에 AI 데이터센터를 짓는다.",
            ["component"],
        ),
    ],
)
def test_a_firms_funding_round_is_no_project_money(sentence: str, expected: list[str]) -> None:
    assert [r for _, r in roles(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "이들 40곳이 지금까지 유치한 투자금은 모두 2300억원에 이른다.",
        "입주 기업들이 그동안 받은 투자액은 1200억원이다.",
        "참여사들이 현재까지 모은 투자금은 총 900억원이다.",
    ],
)
def test_what_firms_raised_so_far_is_cumulative(sentence: str) -> None:
    assert [r for _, r in article_roles(sentence)] == ["cumulative"]


@pytest.mark.parametrize(
    ("sentence", "regions", "expected"),
    [
        # the government's cross-ministry plan, a place named only in the clause after it
        (
            "한편 정부는 2030년까지 AI 신약개발 분야에 1조원 이상을 투입하는 범부처 전략을 마련 중이어서 "
            "오송 클러스터가 국가 사업과 연계될 가능성도 거론된다.",
            1,
            "national",
        ),
        ("정부는 2030년까지 양자 분야에 3조원을 넣는 범정부 전략을 내놨다.", 0, "national"),
        # (a province's own project of national strategy stays its own)
        ("충북도는 2030년까지 오송에 1조원을 투입하는 국가 전략 사업을 추진한다.", 1, "total"),
        # the industry's leading firms, counted, as the spenders
        ("국내 대형 조선 3사는 2030년까지 스마트 야드 구축에 모두 4조5000억원을 투자할 계획이다.", 0, "national"),
        ("국내 통신 3사가 올해 AI 데이터센터에 2조원을 쏟는다.", 0, "national"),
        # (two companies building one project are not an industry, nor the leaders building a named or this one)
        ("두 회사가 2030년까지 센터에 4조원을 투자한다.", 0, "total"),
        ("국내 이동통신 3사는 미음산단 데이터센터에 모두 8000억원을 투자한다.", 0, "total"),
        ("국내 통신 3사가 이 데이터센터 확장에 모두 1조원을 투자한다.", 0, "total"),
        # (a ministry's plan for a named project of a place is that project's)
        ("과기정통부는 광주 AI 집적단지 2단계 사업에 2030년까지 6000억원을 투입하는 정부 계획을 확정했다.", 1, "total"),
        # a contract a client abroad orders
        ("사우디아라비아 항만청이 발주하는 2억 달러, 약 2천760억 원 규모의 항만 디지털화 사업에 참여한다.", 1, "other"),
    ],
)
def test_an_industrys_or_a_governments_or_a_foreign_clients_money_is_no_region_investment(
    sentence: str, regions: int, expected: str
) -> None:
    assert {r for _, r in article_roles(sentence, regions={0: regions})} == {expected}


def test_private_money_beside_its_own_rounded_headline_is_the_whole() -> None:
    assert article_roles(
        "영광, 분산에너지 특구 지정…AI 데이터센터 2.5조 유치",
        "누리클라우드 컨소시엄이 민간투자 2조 5,600억원을 들여 모두 300㎿ 규모의 데이터센터를 짓는다.",
    ) == [("2.5조", "total"), ("2조 5,600억원", "total")]
    # a whole of its own, not the private figure rounded, keeps the private money a part
    assert article_roles(
        "총사업비 4조원이 드는 데이터센터다.",
        "누리클라우드 컨소시엄이 민간투자 2조 5,600억원을 들여 데이터센터를 짓는다.",
    ) == [("4조원", "total"), ("2조 5,600억원", "component")]


def test_the_whole_budget_of_a_programme_listing_several_entries_is_national() -> None:
    assert article_roles(
        "산업부, AI 팩토리 선도 프로젝트 3곳 추가",
        "울산 과제에는 국비 150억원이 지원된다.",
        "올해 AI 자율제조 선도 프로젝트 전체 예산은 1120억원이다.",
        regions={1: 1},
    ) == [("150억원", "component"), ("1120억원", "national")]
    # one project's whole budget, no entries counted, stays its own, and so does one of a call choosing its firms
    assert article_roles("올해 이 사업 전체 예산은 120억원이다.") != [("120억원", "national")]
    assert article_roles(
        "울산시는 HD현대중공업과 함께 조선 AI 자율제조 실증사업에 착수했다.",
        "시는 이번 사업에 참여할 수요기업 3곳을 선정했다.",
        "이번 사업 총사업비는 450억원이다.",
    ) == [("450억원", "total")]
    assert article_roles("대구 달성에 입주기업 5곳을 최종 선정했다.", "프로젝트 총 예산은 300억원이다.") != [
        ("300억원", "national")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the private backers' money as its figure's topic is a part of the fund
        ("민간 출자자(LP) 자금은 3,580억원이 모였다.", ["component"]),
        ("민간 투자자 몫은 2000억원이다.", ["component"]),
        # what a startup raised from an investor is its own, no project's
        ("AI 반도체 설계 스타트업 한 곳은 해외 전략적 투자자(SI)에게서 500억원을 추가로 유치했다.", ["other"]),
        ("스타트업 3곳이 모두 120억원을 투자받았다.", ["other"]),
        # (a project company raising money, or a startup campus built, keeps the project's)
        ("데이터센터 SPC는 국민연금에서 1조원을 유치했다.", ["total"]),
        ("스타트업 캠퍼스는 300억원을 들여 짓는다.", ["total"]),
        # a new project still weighed, quoted between its size and the plan, is a forecast
        ("서울시는 내년 3000억원 규모의 '서울 AI 혁신펀드 2호'를 조성하는 방안을 검토하고 있다.", ["forecast"]),
        ("시는 1000억원 규모의 'AI 인재펀드'를 만드는 방안을 협의 중이다.", ["forecast"]),
    ],
)
def test_backers_parts_startups_raises_and_weighed_projects(sentence: str, expected: list[str]) -> None:
    assert [r for _, r in roles(sentence)] == expected


def test_a_figure_restated_for_its_own_fund_is_no_coincidental_sum_of_others() -> None:
    # 3000 = 2000 + 1000 of two other cities' funds, but it is 경기's own, stated three times
    totals = [(0, 3000, 1), (1, 3000, 1), (2, 1000, 2), (3, 2000, 3), (4, 3000, 1), (5, 6000, None)]
    assert cumulative_sums(sorted(totals, key=lambda t: t[1])) == {5}
    # said once, with nothing of its own, a figure the others add up to is their sum
    assert cumulative_sums([(0, 1000, 2), (1, 2000, 3), (2, 3000, None)]) == {2}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("인수가는 부지와 인허가권을 포함해 약 1100억원으로 알려졌다.", ["other"]),
        ("매각 금액은 2천억원이다.", ["other"]),
        ("인수 대금은 3000억원이었다.", ["other"]),
        # (a price among a cost's items, or with its items, is no deal)
        ("부지 매입가 등을 포함해 총 1500억원이 투입되며 2027년 완공이 목표다.", ["total"]),
        ("사업비는 부지 매입가 300억원과 건축비 1200억원 등 1500억원이다.", ["component", "component", "total"]),
        # what the buyer then spends on the project is its money
        ("인수 후 2조원을 들여 센터를 짓는다.", ["total"]),
    ],
)
def test_what_a_deal_paid_is_no_investment_in_the_project(sentence: str, expected: list[str]) -> None:
    assert [r for _, r in roles(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "정부는 제11차 장기 송변전설비계획에 따라 2038년까지 전력망 확충에 72조8000억원을 투입하겠다고 밝혔지만, "
            "주민 수용성 문제로 곳곳에서 공사가 지연되고 있다.",
            "national",
        ),
        ("한편 정부는 올해 AI 반도체 산업에 1조원을 투입한다.", "national"),
        # the government's money for a project it names, or with no object said, is that project's
        ("정부는 국가 AI 컴퓨팅센터 확충에 2조5천억원을 투입한다.", "total"),
        ("정부는 200억원을 투입하고 민간 펀드와 매칭한다.", "total"),
    ],
)
def test_the_governments_spending_on_works_of_a_kind_is_national(sentence: str, expected: str) -> None:
    assert [r for _, r in article_roles(sentence)] == [expected]


def test_parties_own_spending_beside_the_project_is_no_part_of_its_cost() -> None:
    assert article_roles(
        "특구사업자들이 실증 사업비와 별도로 1120억 원을 자체 투자하기로 한 만큼 특구와 집적단지를 연계한다."
    ) == [("1120억 원", "cumulative")]
    assert article_roles("이 기업들은 8000억 원을 들여 데이터센터를 짓는다.") == [("8000억 원", "total")]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a project the startups will move into raises money of its own
        (
            ("광주시는 AI 스타트업이 입주할 '인공지능 집적단지 2단계' 사업이 국비 1000억원을 유치했다고 밝혔다.",),
            "component",
        ),
        # a firm's round told with its round word a few words before
        (("광주 AI 집적단지에 입주한 네오랩은 시리즈B 라운드에서 320억원을 유치했다고 밝혔다.",), "other"),
        (("딥비전은 시리즈C 투자를 통해 500억원을 유치했다.",), "other"),
        # firms building a facility with their own money: its cost
        (("참여 기업들은 자체 자금 2000억원을 들여 데이터센터를 짓고, 도는 부지를 제공한다.",), "total"),
        (("참여 기업들은 2000억원을 자체 조달해 데이터센터를 건립한다.",), "total"),
        # the government's plan for a field, a place named only in the clause after it
        (
            (
                "정부는 2030년까지 AI 신약 개발에 1조원 이상을 투입하는 범부처 전략을 마련 중이어서 오송 클러스터가 탄력을 받을 전망이다.",
            ),
            "national",
        ),
        # the government's money for the project's own phase
        (("정부는 2단계 사업의 컴퓨팅 자원 고도화에 4000억원을 투입한다.",), "total"),
        # an industry's leaders' spending on their own facilities of a kind
        (("국내 통신 3사는 2027년까지 자사 데이터센터 증설에 모두 5조원을 투자할 계획이다.",), "national"),
        (("국내 통신 3사는 2027년까지 신규 GPU 데이터센터 구축에 모두 5조원을 투자할 계획이다.",), "national"),
        # a sole private investor's whole
        (("이 사업은 공공 예산 없이 민간 투자자가 1조원을 전액 투자해 추진한다.",), "total"),
    ],
)
def test_review_37_project_money_kept_and_others_money_set_apart(sentences: tuple[str, ...], expected: str) -> None:
    regions = {0: 1} if "오송" in sentences[0] else {}
    assert {r for _, r in article_roles(*sentences, regions=regions)} == {expected}


def test_a_programmes_total_budget_over_the_places_it_chose_is_national() -> None:
    assert article_roles(
        "AI 자율제조 선도 프로젝트 4곳 선정",
        "산업부는 창원, 울산, 아산, 광주 4곳을 최종 선정했다고 밝혔다.",
        "올해 AI 자율제조 선도 프로젝트 총 예산은 1120억원이다.",
    )[-1] == ("1120억원", "national")


def test_a_sum_of_two_projects_restated_in_the_headline_is_still_their_sum() -> None:
    # 1조5000억 = 1조 + 5000억: restated twice and linked to the 5000억 project, it is still the sum, not its own
    totals = [(0, 15000, 2), (1, 10000, 1), (2, 5000, 2), (3, 15000, 2)]
    assert cumulative_sums(sorted(totals, key=lambda t: t[1])) == {0, 3}


def test_investment_a_plan_aims_to_draw_is_a_forecast() -> None:
    assert [r for _, r in roles("산업부는 2027년까지 1조6,000억원 규모의 민관 투자를 이끌어낸다는 목표를 세웠다.")] == [
        "forecast"
    ]
    assert [r for _, r in roles("시는 2030년까지 1조원을 들여 센터를 짓는다는 목표다.")] == ["total"]


@pytest.mark.parametrize(
    "sentence",
    [
        "정부가 내년 인공지능(AI) 분야 예산을 올해의 3배 수준인 10조1000억원으로 짰다.",
        "기획재정부는 29일 국무회의에서 의결한 '2026년 예산안'에서 AI 분야에 10조1000억원을 배정했다고 밝혔다.",
        "과학기술정보통신부는 올해 반도체 분야에 3조원을 투입한다.",
        "정부는 내년 바이오 부문 예산을 2조원으로 늘렸다.",
    ],
)
def test_the_governments_budget_for_a_whole_field_is_national(sentence: str) -> None:
    assert [r for _, r in article_roles(sentence)] == ["national"]


@pytest.mark.parametrize(
    "sentence",
    [
        "정부는 이 사업 분야에 300억원을 투입한다.",  # the project's, named as the field's object
        "과학기술정보통신부는 광주 AI 집적단지 2단계 사업에 4000억원을 투입한다.",
        "도는 AI 분야에 500억원을 확보했다.",  # a province's claim, not the country's
    ],
)
def test_a_field_budget_of_a_project_or_a_place_is_not_national(sentence: str) -> None:
    assert "national" not in [r for _, r in article_roles(sentence)]


def test_a_part_singled_out_right_after_a_national_budget_is_national() -> None:
    assert article_roles(
        "기획재정부는 예산안에서 AI 분야에 10조1000억원을 배정했다.",
        "첨단 GPU 1만5000장 확보에만 1조4600억원이 들어간다.",
    ) == [("10조1000억원", "national"), ("1조4600억원", "national")]


def test_a_figure_singled_out_after_a_projects_total_is_not_national() -> None:
    assert article_roles(
        "도는 데이터센터 건립에 1조원을 들인다.",
        "GPU 확보에만 4000억원이 들어간다.",
    ) == [("1조원", "total"), ("4000억원", "total")]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("도는 2030년까지 투자 규모를 5조원 이상으로 키운다는 목표를 세웠다.", "5조원 이상"),
        ("시는 특구 투자를 3조원까지 늘리겠다는 목표다.", "3조원"),
        ("서울시는 2030년까지 민간 투자 3조원을 끌어모은다는 목표를 세웠다.", "3조원"),
        ("도는 기업 투자 1조원을 이끌어낸다는 목표다.", "1조원"),
        ("시는 민간자본 3조원을 끌어모은다는 목표다.", "3조원"),
        ("시는 민자 3조원을 끌어들인다는 목표를 세웠다.", "3조원"),
        ("도는 외자 1조원을 끌어온다는 목표다.", "1조원"),
    ],
)
def test_a_size_a_plan_aims_to_grow_to_or_draw_is_a_forecast(sentence: str, figure: str) -> None:
    assert roles(sentence) == [(figure, "forecast")]


@pytest.mark.parametrize(
    "sentence",
    [
        "시는 3조원을 들여 데이터센터를 짓는다는 계획을 세웠다.",  # money the plan spends, not a size to reach
        "도는 예산 500억원을 끌어모아 센터를 짓는다.",  # no goal
        "도는 국비 3000억원을 끌어낸다는 목표다.",  # the state's share of the project, not investment drawn
        "서울시는 2028년까지 자펀드를 결성해 전체 펀드 규모를 5000억원까지 늘린다는 계획이다.",  # the fund's size
    ],
)
def test_money_a_plan_spends_is_no_forecast(sentence: str) -> None:
    assert "forecast" not in [r for _, r in roles(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "정부가 올해 1조원 규모로 조성하는 'AI 혁신성장 펀드'와 연계해 입주기업 투자도 끌어낼 방침이다.",
        "중소벤처기업부가 5000억원 규모로 결성한 ‘AI 스타트업 펀드’에 참여한다.",
    ],
)
def test_the_size_of_a_ministrys_fund_formed_so_is_national(sentence: str) -> None:
    assert article_roles(sentence)[0][1] == "national"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("부산시는 1000억원 규모로 조성하는 '부산 AI 혁신 펀드'의 운용사를 선정했다.", "total"),  # a city's own fund
        ("포항 이차전지 특구, 누적 투자 3조 돌파", "cumulative"),  # reached, many firms' sum: no forecast
    ],
)
def test_a_citys_own_fund_and_a_reached_sum_are_no_national_budget_or_forecast(sentence: str, expected: str) -> None:
    assert article_roles(sentence)[0][1] == expected
