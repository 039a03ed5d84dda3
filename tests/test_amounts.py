"""Money in Korean news: values, currencies, approximation and roles."""

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.extract.amounts import _MONEY, _MONEY_FORM, find_money
from etl.extract.numbers import parse_korean_number
from etl.sentences import MAX_MENTIONS_PER_SENTENCE


@pytest.mark.parametrize(
    ("text", "won"),
    [
        ("4116억원", 411_600_000_000),
        ("4,119억 원", 411_900_000_000),
        ("1조 2000억 원", 1_200_000_000_000),
        ("5조5천억", 5_500_000_000_000),
        ("7조 원대", 7_000_000_000_000),
        ("4000여 억원", 400_000_000_000),
        ("약 58억원", 5_800_000_000),
        ("1.2조", 1_200_000_000_000),
        ("750만 원", 7_500_000),
        ("206억 원", 20_600_000_000),
        ("5천5백억 원", 550_000_000_000),
        ("31억 2500만원", 3_125_000_000),
        ("1조637억원", 1_063_700_000_000),
    ],
)
def test_won_amounts_in_every_common_form(text: str, won: int) -> None:
    [money] = find_money(f"사업에 {text}을 투입한다")
    assert money.amount_krw == won
    assert money.currency == "KRW"


@pytest.mark.parametrize(
    "text", ["7조 원대", "4000여 억원", "약 58억원", "2조 원 가량", "100억원 이상", "6000억원 규모"]
)
def test_approximate_amounts_are_flagged(text: str) -> None:
    assert find_money(f"{text}을 투자한다")[0].is_approximate


def test_dollars_keep_their_currency_and_no_won_value() -> None:
    [money] = find_money("10억 달러를 투자한다")
    assert (money.currency, money.amount, money.amount_krw) == ("USD", Decimal(1_000_000_000), None)


@pytest.mark.parametrize(
    ("sentence", "currencies"),
    [
        ("메리디안, 투자액 5억→7억 달러로 증액", ["USD", "USD"]),
        ("투자액을 5억에서 7억 달러로 늘렸다.", ["USD", "USD"]),
        ("투자 규모는 3억~5억 유로다.", ["EUR", "EUR"]),
        ("사업비가 2조8600억→3조2400억원으로 늘었다.", ["KRW", "KRW"]),  # a range ending in won is won
        ("사업비를 5억에서 7억원으로 늘렸다.", ["KRW", "KRW"]),
        ("5억 내지 7억 달러", ["USD", "USD"]),
        ("투자 규모는 당초 5억에서 이번에 7억 달러로 늘었다.", ["USD", "USD"]),
        # '에서' taking a part out of a won figure is no range
        ("총사업비 3,000억에서 1억 달러는 외국인 투자로 조달한다.", ["KRW", "USD"]),
    ],
)
def test_a_figure_opening_a_range_takes_the_currency_the_range_ends_in(sentence: str, currencies: list[str]) -> None:
    found = find_money(sentence)
    assert [m.currency for m in found] == currencies
    assert all((m.amount_krw is None) == (m.currency != "KRW") for m in found)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("입장료는 5달러를 받는다.", "other"),  # a price
        ("시는 $1 지원금을 투자한다", "other"),
        ("시는 4,999유로를 투자한다", "other"),
        ("구글은 10억 달러를 투자한다", "total"),
        ("시는 50만 달러를 투자한다", "total"),
    ],
)
def test_a_foreign_figure_too_small_to_fund_a_project_is_no_investment(sentence: str, role: str) -> None:
    [money] = find_money(sentence)
    assert money.role == role


def test_english_dollar_amounts() -> None:
    [money] = find_money("a $1 billion data centre")
    assert (money.currency, money.amount) == ("USD", Decimal(1_000_000_000))


def test_won_conversion_in_brackets_belongs_to_the_dollar_amount() -> None:
    [money] = find_money("100억 달러(한화로 14조4250억원)를 투자할 계획이다")
    assert money.currency == "USD" and money.amount_krw == 14_425_000_000_000


@pytest.mark.parametrize(
    ("sentence", "won"),
    [
        ("투자 규모는 3억 달러, 우리 돈으로 약 4,000억원이다.", 400_000_000_000),
        ("투자액은 5억 달러, 한화로 6,800억원 규모다.", 680_000_000_000),
        ("총 2억 달러, 원화로 환산하면 약 2,700억원을 들인다.", 270_000_000_000),
        ("3억 달러로, 우리 돈 약 4,000억원이다.", 400_000_000_000),
        ("투자액은 3억 달러, 한국 돈으로 약 4,000억원이다.", 400_000_000_000),
    ],
)
def test_a_won_conversion_after_a_comma_and_its_word_belongs_to_the_dollar_amount(sentence: str, won: int) -> None:
    [money] = find_money(sentence)
    assert money.currency == "USD" and money.amount_krw == won


@pytest.mark.parametrize(
    "sentence",
    [
        "A사는 3억 달러, B사는 4,000억원을 투자한다.",
        "투자자별로는 엔비디아 3억 달러, 한화 4,000억원, SK 2,000억원이다.",
    ],
)
def test_a_dollar_amount_and_a_won_amount_after_a_bare_comma_stay_two_sums(sentence: str) -> None:
    found = find_money(sentence)  # (the company 한화 is no conversion)
    assert [(m.currency, m.amount_krw) for m in found][:2] == [("USD", None), ("KRW", 400_000_000_000)]


@pytest.mark.parametrize(
    "sentence",
    [
        "첨단 3지구(4만6200㎡)에 집적단지를 조성한다",
        "80㎿ 규모의 데이터센터",
        "지원율은 81.6%다",
        "정밀의료 빅데이터 50억건을 보유하고 있다",
        "취업 유발효과 1만 3천736명",
        "3만 3천673㎡ 부지",
        "소프트웨어 기업 240여 개가 입주했다",
        "1PF는 1초에 1,000조 번 연산할 수 있는 성능을 뜻한다",
        "저장 용량 107억 바이트",
    ],
)
def test_areas_power_percentages_and_counts_are_never_money(sentence: str) -> None:
    assert find_money(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("광주시는 올해부터 2024년까지 5년 간 4116억원을 투입해 집적단지를 조성한다.", "total"),
        ("총 6000억원 규모의 2단계 사업을 추진할 계획이다.", "total"),
        ("이번 사업으로 생산유발 9831억원의 경제 효과가 기대된다.", "effect"),
        ("부가가치 유발 효과 8천358억 원이 기대된다.", "effect"),
        ("2022년도 사업계획 1,076억원을 확정했다.", "annual"),
        ("사업계획 적정성 검토에서 총사업비가 2,940억원으로 조정됐다.", "total"),  # the whole cost is nearer
        ("내년 예산 39억원을 편성했다.", "annual"),
        ("올해 예산에 300억원이 편성돼 설계가 시작됐다.", "annual"),
        # a budget that puts in the whole cost: the whole, not a year's
        ("1단계 사업(2020~2024년)에는 총사업비 4116억원이 편성돼 센터가 들어서고 있다.", "total"),
        ("이 사업에는 전체 사업비 2,400억원이 배정됐다.", "total"),
        ("창원 실증단지는 1,370억원(국비 760억원·도비 250억원)을 투입한다.", "total"),  # its parts in brackets
        ("센터는 3,480억원(국비 1,620억원·시비 1,010억원·민간 850억원)을 들여 짓는다.", "total"),
        ("연간 운영비 50억원(국비 30억원·시비 20억원)은 별도로 지원받는다.", "other"),  # a running cost
        ("국비 229억원을 확보했다.", "component"),
        ("아름다운가게가 750만 원 상당의 나눔보따리를 전달했다.", "other"),
        ("회사는 5억원 상당을 기증했다.", "other"),  # worth, given away
        # '상당 부분' is a large part of what the figure is, not a worth
        ("캠퍼스 전체 사업비 2조 3400억 원 가운데 상당 부분의 자금 조달을 맡는다.", "total"),
    ],
)
def test_role_of_an_amount_comes_from_its_sentence(sentence: str, role: str) -> None:
    assert find_money(sentence)[0].role == role


def test_a_whole_cost_and_the_years_budget_taken_from_it_keep_their_roles() -> None:
    sentence = "총사업비 3,000억원 가운데 내년 예산 120억원이 반영됐다."
    assert [m.role for m in find_money(sentence)] == ["total", "annual"]


def test_parts_in_brackets_are_components_of_the_total() -> None:
    roles = [m.role for m in find_money("실증 허브 조성(350억원)과 교육허브(350억원)가 반영됐다.")]
    assert roles == ["component", "component"]


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9999))
def test_jo_and_eok_compose(jo: int, eok: int) -> None:
    text = f"{jo}조 {eok}억" if eok else f"{jo}조"
    value, approximate = parse_korean_number(text)
    assert value == jo * 10**12 + eok * 10**8 and not approximate


@given(st.integers(min_value=1, max_value=99_999_999))
def test_digits_with_thousands_separators_equal_plain_digits(n: int) -> None:
    assert parse_korean_number(f"{n:,}억") == parse_korean_number(f"{n}억")


@given(st.text(max_size=200))
def test_money_finder_never_raises_on_arbitrary_text(text: str) -> None:
    for money in find_money(text):
        assert money.amount >= 0


def test_a_few_won_is_never_an_investment() -> None:
    [money] = find_money("내년 39원의 예산을 편성했다.")  # a typo for 39억
    assert money.role == "other"


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        # a list of parts, none marked as the total, and together larger than any one
        (
            "분야별로 기반 조성에 4084억원 ▷인력양성에 1438억원 ▷연구개발에 4323억원 ▷기업지원에 792억원을 각각 투입한다.",
            ["component"] * 4,
        ),
        # a total and its parts
        ("총 사업비 39억원 가운데 도비 6억원과 지역개발기금 33억원이 투입된다.", ["total", "component", "component"]),
        # a budget year earlier in the sentence makes every amount in it a year's budget
        ("2021년도 본 예산안에 착공비 10억 원, 용역비 3억 원 등이 담겼다.", ["annual", "annual"]),
        # or later, where the amount is written into that budget
        ("설계비 등 31억 2500만원이 국회 2024년도 정부예산안에 반영됐다.", ["annual"]),
    ],
)
def test_roles_of_several_amounts_in_one_sentence(sentence: str, roles: list[str]) -> None:
    assert [m.role for m in find_money(sentence)] == roles


MONEY_PIECES = (
    "약 ", "대략", "총", "최대 ", "최소", "무려 ", "연간", "모두", "1", "4,116", "2000", ".5", "조", " 2000억", "억",
    "만", "천", "백", "여", " 원", "원", "달러", "유로", " 가량", "이상", "규모", " ", "대비", "명", ",",
)  # fmt: skip


@given(st.lists(st.one_of(st.sampled_from(MONEY_PIECES), st.characters()), max_size=30).map("".join))
def test_the_first_character_guard_finds_exactly_what_the_money_form_finds(text: str) -> None:
    bare = re.compile(_MONEY_FORM)
    assert [(m.span(), m.groupdict()) for m in _MONEY.finditer(text)] == [
        (m.span(), m.groupdict()) for m in bare.finditer(text)
    ]


def test_a_flattened_table_of_amounts_is_read_up_to_the_sentence_limit() -> None:
    table = " ".join(f"{i + 1}번 과제 {i + 1}억원," for i in range(300))
    found = find_money(table)
    assert [m.amount_krw for m in found] == [(i + 1) * 100_000_000 for i in range(MAX_MENTIONS_PER_SENTENCE)]


def test_a_table_of_dollar_words_is_read_up_to_the_sentence_limit_too() -> None:
    assert len(find_money(" ".join(["$1 million,"] * 300))) == MAX_MENTIONS_PER_SENTENCE


def test_a_sentence_of_a_few_amounts_keeps_them_all() -> None:
    sentence = "총 1조원 가운데 국비 4000억원, 시비 2000억원, 민간 4000억원을 투입한다."
    assert [m.amount_krw for m in find_money(sentence)] == [10**12, 4 * 10**11, 2 * 10**11, 4 * 10**11]


@pytest.mark.parametrize(
    "sentence",
    ["충남테크노파크가 주관하며 총 290억원(국비 195억원)이 들어간다.", "사업에는 총 500억원(국비 300억원)이 소요된다."],
)
def test_a_whole_that_goes_into_or_is_needed_for_a_project_is_its_total(sentence: str) -> None:
    assert [m.role for m in find_money(sentence)] == ["total", "component"]


@pytest.mark.parametrize(
    ("text", "won"),
    [
        ("총 500억 조성 목표", 50_000_000_000),  # '조' begins '조성': no trillion after the 억
        ("펀드는 300억 조달을 마쳤다", 30_000_000_000),
        ("1000억 조정안을 냈다", 100_000_000_000),
        ("2,000억 조 단위 투자", 200_000_000_000),
        ("1조 2000억원", 1_200_000_000_000),  # descending units are one amount
        ("4000여 억원", 400_000_000_000),
        ("총 500억여 조성", 50_000_000_000),  # '여' between them changes nothing
    ],
)
def test_a_big_unit_never_follows_another_without_digits(text: str, won: int) -> None:
    assert [m.amount_krw for m in find_money(text)] == [won]


@pytest.mark.parametrize(
    ("text", "won"),
    [
        ("1조1240억 1단계 착공", 1_124_000_000_000),  # '1' counts the phase, not won
        ("700억 2곳 선정", 70_000_000_000),
        ("3억 5000만원", 350_000_000),  # a unit after the digits: one amount
        ("2억 5000원", 200_005_000),  # a currency after them: one amount
        ("1조 2,000억 원", 1_200_000_000_000),
        # …and not digits counting something else, unit and all
        ("AI 데이터센터 5000억 1만 일자리", 500_000_000_000),
        ("1조5000억 3천명 고용 효과", 1_500_000_000_000),
        ("2천억 1만 가구", 200_000_000_000),
        ("3억 5천만 원", 350_000_000),
    ],
)
def test_digits_after_a_unit_are_its_lower_part_only_before_a_unit_or_currency(text: str, won: int) -> None:
    assert find_money(text)[0].amount_krw == won


@pytest.mark.parametrize("text", ["500억조", "3만 억", "500억 3조"])
def test_big_units_out_of_order_are_not_one_numeral(text: str) -> None:
    assert parse_korean_number(text) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a mayor ('부산시장은', '시장은') is no market
        ("박형준 부산시장은 4일 미음산단에 3조원 규모의 AI 데이터센터를 유치했다고 밝혔다.", "total"),
        ("강기정 광주시장은 AI 집적단지 2단계 사업에 6000억원을 투입하겠다고 말했다.", "total"),
        ("김두겸 울산시장은 SK와 7조원 규모 AI 데이터센터 건립을 발표했다.", "total"),
        ("회사는 AI 인프라 시장 선점을 위해 이 센터에 7조원을 투입한다.", "total"),
        # a market stated as a size
        ("국내 클라우드 시장은 2028년 15조원 규모로 성장할 전망이다.", "market"),
        ("클라우드 시장은 5조원 규모다.", "market"),
        ("국내 AI 데이터센터 시장 규모는 2030년 12조원에 이를 전망이다.", "market"),
        ("국내 의료 AI 시장은 올해 6,500억원 수준에서 빠르게 커지고 있다.", "market"),
        ("의료 AI 시장은 3천억원에서 늘고 있다.", "market"),
        ("국내 AI 데이터센터 시장이 2030년이면 10조원대가 될 거라고들 합니다.", "market"),
        # a mayor saying the cost grows or becomes a figure: no market
        ("김 시장은 사업비가 1조원대가 될 것이라고 말했다.", "total"),
        ("박 시장은 사업비가 800억원에서 더 늘어날 수 있다고 말했다.", "total"),
        ("회사는 시장 선점을 위해 센터 사업비가 1조원이 된다고 밝혔다.", "total"),
    ],
)
def test_a_market_is_a_size_not_a_mayor_or_a_reason(sentence: str, expected: str) -> None:
    assert [m.role for m in find_money(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("세종시, 2030년까지 AI 투자 유치 1조 목표", "forecast"),
        ("시는 민간 투자 1조원을 유치하는 것을 목표로 한다.", "forecast"),
        ("도는 1조원을 투입해 2030년까지 데이터센터를 짓는 것을 목표로 한다.", "total"),  # money committed
    ],
)
def test_a_target_of_investment_to_attract_is_no_investment(sentence: str, expected: str) -> None:
    assert [m.role for m in find_money(sentence)] == [expected]


def test_a_cost_revised_from_a_scale_is_the_new_whole() -> None:
    found = [(m.text, m.role) for m in find_money("사업비가 당초 5000억원 규모에서 3500억원으로 축소됐다.")]
    assert found == [("5000억원 규모", "total"), ("3500억원", "total")]


def test_a_yearly_figure_is_annual() -> None:
    assert [m.role for m in find_money("앞으로 4년간 매년 50억원을 투입한다.")] == ["annual"]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("올해는 96억원으로 지난 4월 1차로 뽑힌 34개사를 지원하고 있다.", "annual"),  # this year's money, what it does
        ("올해는 50억원으로 교육과정을 운영한다.", "annual"),
        ("올해 3조원 규모로 데이터센터 착공을 지원한다.", "total"),  # a project's scale, not this year's money
        ("총 96억원으로 34개사를 지원한다.", "total"),  # no year
        ("올해는 96억원으로 34개사에 AI 솔루션을 보급한다.", "annual"),
        ("내년에는 120억원으로 50개사를 지원한다.", "annual"),
        # a size the money grew to is no year's means
        ("시는 올해 1,000억원으로 불어난 AI 펀드를 운영한다.", "total"),
        ("올해 3,200억원으로 늘어난 총사업비 탓에 운영사 선정이 늦어졌다.", "total"),
    ],
)
def test_this_years_money_is_what_this_year_does_with_it(sentence: str, role: str) -> None:
    assert [m.role for m in find_money(sentence)] == [role]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("2024.01 2차년도 착수 - 65억원, 참여기업 45곳", "annual"),  # a timeline's line of a programme's year
        ("1차년도에는 48억원을 투입했다.", "annual"),
        ("첫해에는 30억원이 들어간다.", "annual"),
        ("2023년부터 5년간 총 340억원을 투입한다.", "total"),
        ("2차 사업에 65억원을 투입한다.", "total"),  # a second project, not a year
        ("이 사업은 1~5차년도에 걸쳐 총 450억원이 투입된다.", "total"),  # a span of years
        ("3차년도까지 누적 투입액은 총 180억원이다.", "total"),
    ],
)
def test_a_programmes_numbered_year_makes_its_money_that_years(sentence: str, role: str) -> None:
    assert [m.role for m in find_money(sentence)] == [role]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # each place's bracket gives its parts, then its whole marked 총
        (
            "울산(국비 110억원·총 165억원), 익산(국비 95억원·총 140억원)이 뒤를 이었다.",
            ["component", "total", "component", "total"],
        ),
        # brackets of parts alone keep them parts; a whole before its bracket stays the whole
        ("광주(국비 100억원, 시비 60억원)와 대구(국비 90억원, 시비 50억원)가 선정됐다.", ["component"] * 4),
        ("센터는 1,370억원(국비 760억원·도비 250억원)을 투입해 짓는다.", ["total", "component", "component"]),
        # a phase's bracket: its whole is the phase's, a part of the project
        ("센터는 1단계(국비 200억원·총 300억원)와 2단계(국비 150억원·총 250억원)로 추진된다.", ["component"] * 4),
    ],
)
def test_a_whole_marked_after_its_parts_in_a_places_bracket_is_that_places_total(sentence: str, expected: list) -> None:
    assert [m.role for m in find_money(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the revision went through stands between the old figure and the new one
        (
            "사업비는 당초 1,180억 원에서 기획재정부 사업계획 적정성 검토를 거치며 1,096억 원으로 조정됐다.",
            ["total", "total"],
        ),
        (
            "센터 사업비는 3,000억원에서 지난해 말 기획재정부 총사업비 조정 협의를 거쳐 3,420억원으로 늘었다.",
            ["total", "total"],
        ),
        ("사업비는 2,400억원에서 2026년 예타를 거쳐 2,130억원으로 줄었다.", ["total", "total"]),  # a year is no figure
        # a headline drops the 원
        ("총사업비 1조에서 1조5천억으로 확대", ["total", "total"]),
        # a fund, the subject, grown by closings to its latest size
        (
            "펀드는 2023년 3월 320억원으로 1차 결성한 뒤 같은 해 9월 450억원, 올해 2월 620억원으로 몸집을 키웠다.",
            ["component", "component", "total"],
        ),
        # a part taken out, a phase or another topic between: no new whole
        (
            "총사업비 1,200억원에서 장비 구입비를 빼면 실제 건축에 쓰이는 규모는 700억원으로 줄어든다.",
            ["total", "component"],
        ),
        ("총사업비는 1,000억원에서 2단계로 나눠 추진되는데 1단계는 400억원으로 확정됐다.", ["total", "component"]),
        # what a fund earns back is no size of it
        ("AI 펀드는 지난해 40억원을 회수해 누적 수익을 90억원으로 늘렸다.", ["other", "other"]),
        # a part revised the same way stays a part
        ("국비는 400억원에서 예비타당성조사 과정을 거치며 320억원으로 깎였다.", ["component", "component"]),
        ("국비 300억에서 450억으로 증액", ["component", "component"]),
    ],
)
def test_a_whole_cost_revised_through_a_review_keeps_both_figures_whole(sentence: str, expected: list) -> None:
    assert [m.role for m in find_money(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "총사업비는 당초 계획한 1조 2000억원에서 540억원 줄어든 1조 1460억원으로 확정됐다.",
            [("1조 2000억원", "total"), ("540억원", "other"), ("1조 1460억원", "total")],
        ),
        (
            "사업비는 2조300억원에서 4400억원 늘어난 2조4700억원이 됐다.",
            [("2조300억원", "total"), ("4400억원", "other"), ("2조4700억원", "total")],
        ),
    ],
)
def test_the_change_between_two_figures_of_a_revision_is_no_cost(sentence: str, expected: list) -> None:
    assert [(m.text, m.role) for m in find_money(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "서울시의 'AI 혁신펀드' 2호가 1,800억원 규모로 결성됐다.",
        "시는 연말까지 3호(1,700억원)를 결성한다.",
        "2호 펀드는 1200억원 규모다.",
    ],
)
def test_a_numbered_sub_fund_is_a_part_of_its_fund(sentence: str) -> None:
    assert [m.role for m in find_money(sentence)] == ["component"]


def test_a_second_unit_of_a_plant_is_no_sub_fund() -> None:
    assert [m.role for m in find_money("카카오 데이터센터 안산 2호기에 4000억원을 투입한다.")] == ["total"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("전체 3,480억원 가운데 A사가 2,200억원을 책임집니다.", [("3,480억원", "total"), ("2,200억원", "component")]),
        ("전체 3,480억원 중 A사가 2,200억원을 낸다.", [("3,480억원", "total"), ("2,200억원", "component")]),
        ("칩을 공급하는 뉴로칩스가 440억원을 내고, 나머지는 국비와 시비입니다.", [("440억원", "component")]),
        ("회사가 1조원을 내고 데이터센터를 짓는다.", [("1조원", "total")]),  # no rest: the whole
    ],
)
def test_a_whole_with_its_parts_taken_from_it_and_a_partys_part_with_the_rest_anothers(
    sentence: str, expected: list
) -> None:
    assert [(m.text, m.role) for m in find_money(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "총사업비는 2조 7350억원(약 19억 달러)이다.",
        "사업비는 6,500억원(약 4억 6천만 달러)으로 확정됐다",
        "총사업비는 2조 8,200억원(about US$2 billion)으로 정해졌다",
        "1단계 사업비 1조2천억원(약 8억8천만 달러·about US$880 million)의 PF 약정을 맺는다",
        "총사업비는 2,430억원, 미국 달러로 약 1억 7,800만 달러다.",
        "총 3천억원 규모(미화 약 2억3천만 달러)의 펀드를 만든다",
    ],
)
def test_a_foreign_figure_glossing_a_won_figure_is_no_amount_of_its_own(sentence: str) -> None:
    [money] = find_money(sentence)
    assert money.currency == "KRW"


@pytest.mark.parametrize(
    "sentence",
    [
        "시는 500억원을, 회사는 10억 달러를 투자한다",  # two parties' money, not one figure twice
        "국비 500억원과 별도로 10억 달러를 유치했다",
        "500억원(시비 100억원)을 들이고 10억 달러를 더 들인다",
    ],
)
def test_a_foreign_figure_after_a_won_figure_but_outside_its_gloss_stands(sentence: str) -> None:
    assert "USD" in {m.currency for m in find_money(sentence)}


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        ("바로잡습니다 = 이 기사의 첫 판에서 총사업비를 '870억원'으로 잘못 적었습니다.", ["other"]),
        ("펀드 규모를 500억원으로 잘못 표기했습니다.", ["other"]),
        ("사업비 1,200억원은 오기로 확인됐다.", ["other"]),
        # the right figure of a correction, and figures merely changed, stand
        ("'780억원'이 맞기에 바로잡습니다.", ["total"]),
        ("사업비를 1,200억원으로 늘렸다.", ["total"]),
        ("사업비 1,200억원은 오기업 지원에 쓰인다.", ["total"]),
        # verbs that hold 오기 or 잘못 are no correction
        ("외국 자본 5억 달러가 들어오기로 했다.", ["total"]),
        ("투자금 1조원이 들어오기 전까지 공사는 멈춘다.", ["total"]),
        ("시는 이번 예산 500억원으로 잘못된 구조를 바로잡겠다고 밝혔다.", ["annual"]),
    ],
)
def test_a_figure_a_correction_says_was_printed_wrongly_is_no_cost(sentence: str, roles: list[str]) -> None:
    assert [m.role for m in find_money(sentence)] == roles


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("지난해 24억원보다 29% 늘어난 규모다.", "annual"),
        ("지난해 31억원보다 44% 늘어난 금액이다.", "annual"),
        ("전년도 예산 18억원에 비해 두 배 가까이 늘었다.", "annual"),
        ("작년 40억원 대비 10% 줄었다.", "annual"),
        # a year's figure that is not weighed against another stays what its words say
        ("지난해 24억원을 투입했다.", "total"),
        # a company's revenue is no budget
        ("작년 매출 1조원보다 늘었다.", "other"),
    ],
)
def test_a_years_figure_another_is_weighed_against_is_that_years_budget(sentence: str, role: str) -> None:
    assert find_money(sentence)[0].role == role


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("작년 40억원 대비 10% 줄었다.", "40억원"),
        ("40억원 대출을 받았다.", "40억원"),
        ("4천억원대 사업이다.", "4천억원대"),
    ],
)
def test_a_word_after_a_figure_beginning_like_a_size_word_is_no_part_of_it(text: str, surface: str) -> None:
    assert find_money(text)[0].text == surface


@pytest.mark.parametrize(
    "sentence",
    [
        "글로벌 AI 데이터센터 시장은 지난해 1,500억 달러에서 2030년 4,700억 달러(약 620조원) 규모로 커질 전망이다.",
        "국내 AI 시장은 올해 3조원 수준에서 2030년 10조원으로 성장할 것으로 보인다.",
    ],
)
def test_the_size_a_market_grows_from_is_a_market(sentence: str) -> None:
    assert find_money(sentence)[0].role == "market"


@pytest.mark.parametrize(
    "sentence",
    [
        "지난해 500억원보다 20% 늘어난 600억원의 매출을 올렸다.",  # revenue, not a budget
        "지난 2023년 3,000억원보다 늘어난 4,200억원으로 총사업비가 확정됐다.",  # an old whole cost
    ],
)
def test_last_years_figure_weighed_against_revenue_or_a_whole_cost_is_no_budget(sentence: str) -> None:
    assert find_money(sentence)[0].role != "annual"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("국비 100억원 대구시 50억원을 투입한다.", "100억원"),
        ("총사업비 500억원 대형 프로젝트다.", "500억원"),
        ("4천억 원대의 사업이다.", "4천억 원대"),
    ],
)
def test_the_size_word_dae_is_read_only_glued_to_its_figure(text: str, surface: str) -> None:
    assert find_money(text)[0].text == surface


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("부지 매입과 기반 조성에 드는 230억원은 건립비와 별도로 대전시가 부담한다.", "component"),
        ("운영비 50억원은 사업비와는 별도다.", "component"),
        ("사업비 300억원과 별도로 운영비를 지원한다.", "total"),  # the cost itself, named before '별도로'
    ],
)
def test_a_cost_paid_apart_from_the_projects_own_is_a_part(sentence: str, role: str) -> None:
    assert find_money(sentence)[0].role == role


def test_a_headlines_change_cut_short_is_no_whole() -> None:
    assert [m.role for m in find_money('"구미 AI반도체 집적단지 사업비 377억 늘어"…도의회 질타')] == ["other"]


@pytest.mark.parametrize(
    ("sentence", "index", "role"),
    [
        # each phase opening its clause spends on what it builds: the last is a phase too, not the whole
        ("1단계 80MW 전산동 건립에 9천억원, 2단계 80MW 증설에 1조1천억원이 들어간다.", 1, "component"),
        ("1단계 GPU 센터 구축에 500억원, 2단계 연구동 신축에 700억원이 투입된다.", 1, "component"),
        ("총사업비는 1조원이며 1단계 80MW 전산동 건립에 4천억원이 들어간다.", 0, "total"),
        # the land's price is a part of the cost
        ("토지 매매대금은 1870억원이다.", 0, "component"),
        ("부지 매입 비용은 320억원으로 책정됐다.", 0, "component"),
        # a past year's money, set against this year's by its topic marker
        ("지난해에는 48억원이 들어갔다.", 0, "annual"),
        ("작년엔 30억원을 썼다.", 0, "annual"),
        ("지난해 1조원을 들여 착공한 데이터센터는 내년 문을 연다.", 0, "total"),  # no contrast: the project's
        # what each of many gets, however often ('기업당 연 최대 2억원어치 바우처')
        ("GPU 클러스터를 기업당 연 최대 2억원어치 바우처로 쓸 수 있다.", 0, "other"),
        # an autonomy level is no phase; last year's building cost is no year's budget
        ("시는 레벨 4단계 자율주행 AI 실증단지에 500억원을 투입한다.", 0, "total"),
        ("네이버는 지난해엔 6500억원을 들여 센터 건물을 완공했다.", 0, "total"),
        # the nth year of a programme: that year's
        ("시는 1년차 사업비 186억원을 투입해 첫 참여기업 60곳을 뽑는다.", 0, "annual"),
        ("1~5년차에 걸쳐 총 500억원을 투입한다.", 0, "total"),
        # the government's budget bill is a year's
        ("정부안 548억원보다 64억원 늘어난 규모다.", 0, "annual"),
        ("정부안에는 120억원이 반영됐다.", 0, "annual"),
    ],
)
def test_parts_of_a_whole_by_their_clause(sentence: str, index: int, role: str) -> None:
    assert find_money(sentence)[index].role == role
