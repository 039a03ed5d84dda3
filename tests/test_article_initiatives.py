"""An article's initiatives: its mentions grouped into the projects it reports, placed, named, and
given the money and dates that belong to them."""

import datetime as dt

import pytest

from etl.extract.article import ExtractedArticle, extract_article
from etl.extract.article_initiatives import _builds_the_listed
from etl.extract.gazetteer import load_gazetteer
from etl.extract.initiatives import distinctive_words
from etl.model import RawArticle

GAZ = load_gazetteer()


def extract(*lines: str, published: str = "2025-03-05") -> ExtractedArticle:
    text = "\n".join(lines)
    raw = RawArticle("a.txt", "a.txt", "a.txt", text, "txt", published_date=dt.date.fromisoformat(published))
    return extract_article(raw, GAZ, dt.datetime(2025, 3, 5))


def initiatives(x: ExtractedArticle, subjects_only: bool = True) -> list[str]:
    return [i["name"] for i in x.article_initiatives if i["is_subject"] or not subjects_only]


def money(x: ExtractedArticle) -> list[tuple[str, str, str | None]]:
    """(amount as written, role, the name of the initiative it funds)."""
    by_index = {i["initiative_index"]: i["name"] for i in x.article_initiatives}
    return [(a["surface"], a["amount_role"], by_index.get(a["initiative_index"])) for a in x.amounts]


def funded_totals(x: ExtractedArticle) -> list[str | None]:
    """The initiative each total funds, in order."""
    return [name for _, role, name in money(x) if role == "total"]


def test_two_data_centres_of_one_agreement_stay_two_each_with_its_figure() -> None:
    x = extract(
        "충남도, 서산·예산에 AI데이터센터 구축",
        "충남도는 5일 서산시·예산군과 AI 데이터센터 구축 업무협약을 맺었다고 밝혔다.",
        "서산시에는 1조원 규모 100㎿, 예산군에는 2조원 규모 200㎿의 AI 데이터센터가 각각 들어설 예정이다.",
        "서산시 대산읍 일원에 조성되는 AI 데이터센터는 2028년 완공을 목표로 한다.",
    )
    assert sorted(initiatives(x)) == ["서산 AI 데이터센터", "예산 AI 데이터센터"]
    assert sorted(m for m in money(x) if m[1] == "total") == [
        ("1조원 규모", "total", "서산 AI 데이터센터"),
        ("2조원 규모", "total", "예산 AI 데이터센터"),
    ]


def test_a_national_article_gives_each_region_its_own_project_and_its_own_share() -> None:
    x = extract(
        "'바이오 혁신거점 사업'에 인천 송도·충북 오송 선정",
        "보건복지부는 '바이오 혁신거점 조성지원 시범사업'을 인천 송도, 충북 오송에서 실시한다고 5일 밝혔다.",
        "올해부터 3년간 지역 당 50억원의 국비가 지원된다.",
    )
    names = initiatives(x)
    assert len(names) == 2 and {n.split()[0] for n in names} == {"송도", "오송"}
    shares = [(m[0], m[2]) for m in money(x)]
    assert sorted(n for _, n in shares) == sorted(names)  # one row for each region's project


def test_a_mention_without_place_or_name_refers_to_the_project_just_named() -> None:
    x = extract(
        "세종시, 네이버 제3데이터센터 유치",
        "세종시는 5일 네이버 제3데이터센터를 유치했다고 밝혔다.",
        "데이터센터는 2027년 문을 연다.",
        "시는 이 데이터센터가 지역 경제에 도움이 될 것으로 본다.",
    )
    assert initiatives(x) == ["세종 네이버 제3데이터센터"]  # the province in front of a name without a place
    [group] = x.article_initiatives
    assert group["mention_count"] == 4


def test_a_project_named_only_in_passing_is_not_reported() -> None:
    x = extract(
        "전북도, 새만금 AI 데이터센터 추진",
        "전북도는 5일 새만금에 AI 데이터센터를 짓겠다고 밝혔다.",
        "도는 이 사업이 전북 경제에 보탬이 될 것으로 기대했다.",
        "앞서 도는 군산에서 바이오 영재학교 설립을 검토한 바 있다.",
        "도는 2027년 착공을 목표로 한다.",
    )
    assert "군산 바이오 영재학교" not in initiatives(x)


def test_a_comparison_with_a_project_elsewhere_does_not_become_the_subject() -> None:
    x = extract(
        "바다AI, 강원에 제2 데이터센터 짓는다",
        "강원도는 5일 바다AI와 데이터센터 구축 협약을 맺었다고 밝혔다.",
        "이번 협약으로 바다AI는 성남 데이터센터에 이어 올해 하반기 강원에 제2호 데이터센터를 신설한다.",
        "데이터센터는 2026년 가동할 예정이다.",
    )
    regions = {i["province_code"] for i in x.article_initiatives if i["is_primary"]}
    assert regions == {"5100000000"}  # 강원, not 경기 of 성남


def test_a_project_called_off_is_marked_cancelled() -> None:
    x = extract(
        "울산 AI 데이터센터 건립 무산",
        "울산시는 5일 중구에 추진하던 AI 데이터센터 건설사업은 무산됐다고 밝혔다.",
        "사업자는 당초 3000억원을 들여 데이터센터를 지을 계획이었다.",
    )
    assert any(i["is_cancelled"] for i in x.article_initiatives)


def test_a_site_word_the_article_quotes_as_a_name_is_part_of_the_name() -> None:
    x = extract(
        "김천 드림시티 AI 데이터센터 착공",
        "김천 산업단지 내 '김천 드림시티 AI 데이터센터'가 올해 착공한다.",
        "김천 드림시티 AI 데이터센터는 김천 산업단지에 들어선다.",
        "총사업비 5000억 원 규모로 데이터센터동을 짓는다.",
    )
    assert initiatives(x) == ["김천 드림시티 AI 데이터센터"]


def test_money_of_an_agreement_goes_to_the_project_it_is_about() -> None:
    x = extract(
        "목포시, 해상풍력 그린데이터센터 유치",
        "목포시는 5일 해상풍력 그린데이터센터 입주기업 3개사와 2조원 규모의 '데이터센터 유치 투자협약'을 맺었다.",
    )
    [total] = [m for m in money(x) if m[1] == "total"]
    assert total[2] is not None and "그린데이터센터" in total[2]


def test_a_sum_of_two_projects_figures_is_cumulative_not_a_third_investment() -> None:
    x = extract(
        "경북, 영주·상주에 AI데이터센터",
        "영주 100MW·상주 200MW…3조 규모",
        "영주시에는 1조원 규모, 상주시에는 2조원 규모의 AI 데이터센터가 각각 조성된다.",
    )
    roles = {m[0]: m[1] for m in money(x)}
    assert roles["3조 규모"] == "cumulative"
    assert roles["1조원 규모"] == roles["2조원 규모"] == "total"


def test_a_project_in_an_industrial_estate_is_named_after_its_city() -> None:
    x = extract(
        "홍성에 AI 데이터센터 들어선다",
        "충남도와 홍성군은 5일 홍성 내포일반산업단지에 AI 데이터센터를 건립하는 투자협약을 맺었다.",
        "회사는 2028년까지 1조원을 투입해 이 산단에 데이터센터를 짓는다.",
    )
    assert initiatives(x) == ["홍성 AI 데이터센터"]


def test_a_name_that_holds_its_estates_place_is_not_prefixed_with_the_estate() -> None:
    x = extract(
        "울산 미포에 AI 데이터센터",
        "울산시는 5일 미포국가산업단지에 '미포 하이퍼스케일 AI 데이터센터'를 짓는 투자협약을 맺었다.",
        "회사는 2028년까지 2조원을 투입한다.",
    )
    assert initiatives(x) == ["미포 하이퍼스케일 AI 데이터센터"]


def test_a_partner_province_does_not_take_the_project_of_the_city_acting() -> None:
    x = extract(
        "구미에 AI 반도체 클러스터",
        "경북 구미시는 대구시와 손잡고 '대구경북 AI 반도체 클러스터'를 구미에 조성한다고 5일 밝혔다.",
        "사업비는 5000억원이다.",
    )
    assert [(i["region_code"], i["province_code"]) for i in x.article_initiatives if i["is_subject"]] == [
        ("4719000000", "4700000000")  # 구미시, 경상북도
    ]


def test_a_metropolitan_city_glued_to_its_estate_names_the_project() -> None:
    x = extract("대구에 AI 데이터센터", "SK는 대구국가산단에 AI 데이터센터를 짓는다.", "총사업비는 1조원이다.")
    assert initiatives(x) == ["대구 AI 데이터센터"]


def test_a_city_glued_to_its_estate_names_the_project() -> None:
    x = extract(
        "나주에 에너지 AI 데이터센터",
        "나주혁신산업단지에 들어설 '에너지 특화 AI 데이터센터'의 부지가 확정됐다.",
        "총사업비는 1조2300억원이다.",
    )
    assert initiatives(x) == ["나주 에너지 특화 AI 데이터센터"]


def test_a_headline_ellipsis_parts_the_words_of_a_name() -> None:
    x = extract(
        "「HN AI 캠퍼스 울산」 출범…미포 AI 데이터센터 부지 계약",
        "특수목적법인(SPC) ‘HN AI 캠퍼스 울산’은 미포 AI 데이터센터 부지 매매계약을 맺었다.",
    )
    assert initiatives(x) == ["미포 AI 데이터센터"]  # the company named like a campus is no initiative


def test_an_amount_before_a_name_funds_that_initiative_not_the_topic() -> None:
    x = extract(
        "송도에 ‘인천 AI·바이오 융합센터’ 문 열어",
        "인천시는 5일 송도에서 ‘인천 AI·바이오 융합센터’ 개소식을 열었다.",
        "융합센터는 국비와 시비 등 모두 380억원을 들여 지어졌다.",
        "융합센터는 검단에서 착공하는 2조원대 AI 데이터센터와 연계해 연산 자원을 확보한다.",
    )
    assert money(x) == [
        ("모두 380억원", "total", "인천 AI·바이오 융합센터"),
        ("2조원대", "total", "인천 AI 데이터센터"),
    ]


def test_a_subheadlines_figure_belongs_to_the_storys_project() -> None:
    x = extract(
        "송도에 ‘인천 AI·바이오 융합센터’ 문 열어…바이오 데이터 AI 분석 거점",
        "380억 투입 지상 7층 규모",
        "인천시는 5일 송도에서 ‘인천 AI·바이오 융합센터’ 개소식을 열었다.",
        "융합센터는 모두 380억원을 들여 지어졌다.",
    )
    assert [m for m in money(x) if m[0] == "380억"] == [("380억", "total", "인천 AI·바이오 융합센터")]


def test_a_bulleted_list_of_regions_gives_each_item_its_own_place_and_money() -> None:
    x = extract(
        "AI 컴퓨팅센터 3곳 선정",
        "지역별로는 ▲경북 포항(블루밸리 국가산업단지)이 국비 900억원을 지원받아 철강 AI 컴퓨팅센터를 구축하고 "
        "▲전북 군산(군산 국가산업단지)은 국비 700억원으로 조선 특화 AI 컴퓨팅센터를 ▲제주는 국비 500억원으로 "
        "저탄소 AI 컴퓨팅센터를 각각 조성한다.",
    )
    assert money(x) == [
        ("900억원", "component", "블루밸리 철강 AI 컴퓨팅센터"),
        ("700억원", "component", "군산 조선 특화 AI 컴퓨팅센터"),
        ("500억원", "component", "제주 저탄소 AI 컴퓨팅센터"),
    ]
    provinces = [GAZ.regions[a["region_code"]].province_code for a in x.amounts]
    assert provinces == ["4700000000", "5200000000", "5000000000"]  # one row each, in its own province


def test_a_headline_without_a_name_of_its_own_is_the_project_the_lead_names() -> None:
    x = extract(
        "서울시 AI 펀드 목표 초과…3,150억원 최종 결성",
        "서울시는 ‘서울 AI 스케일업 펀드’를 3,150억원 규모로 최종 결성했다고 15일 밝혔다.",
        "시 출자금 600억원에 연기금과 금융사가 참여했다.",
        "서울시는 2030년까지 AI 분야 정책펀드 규모를 1조원까지 늘릴 계획이다.",
    )
    assert initiatives(x) == ["서울 AI 스케일업 펀드", "서울 AI 분야 정책펀드"]
    assert money(x)[0] == ("3,150억원", "total", "서울 AI 스케일업 펀드")


def test_a_name_holding_its_sites_place_is_placed_at_the_site_and_spellings_of_an_estate_agree() -> None:
    first = extract(
        "미포 AI 데이터센터 부지 계약",
        "미포국가산업단지에 들어설 울산 최대 규모의 AI 데이터센터가 부지를 확보했다.",
    )
    second = extract(
        "남구 AI 데이터센터 공정률 45%",
        "울산 남구 미포산단에 짓는 AI 데이터센터의 1단계 공정률이 45%에 이르렀다.",
    )
    assert [i["site"] for i in first.article_initiatives] == ["미포산단"]
    assert [i["site"] for i in second.article_initiatives] == ["미포산단"]


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("전남 영광군 대마전기자동차산업단지에 AI 데이터센터를 짓는다.", "대마산단"),
        ("영광 대마산단에 AI 데이터센터를 짓는다.", "대마산단"),
        ("강원 동해시 북평국가산업단지에 AI 데이터센터를 짓는다.", "북평산단"),
        ("경남 창원시 진해첨단의료산업단지에 AI 데이터센터를 짓는다.", "진해산단"),
        ("울산시 울주군 울산테크노일반산업단지에 AI 데이터센터를 짓는다.", "울산산단"),
        # negatives: an estate of an industry alone, a numbered estate
        ("경기 평택시 반도체산업단지에 AI 데이터센터를 짓는다.", "반도체산단"),
        ("충북 청주시 오창제2산업단지에 AI 데이터센터를 짓는다.", "오창제2산단"),
        # a verb's form before a site word is no part of the site
        ("나주시는 1,300억원을 들여 혁신도시 부지에 AI 데이터센터를 짓는다.", "혁신도시"),
        ("시는 국비를 투입해 산업단지 안에 AI 데이터센터를 짓는다.", "산업단지"),
        ("강원 강릉시 옥계 일반산업단지에 AI 데이터센터를 짓는다.", "옥계산단"),
    ],
)
def test_an_estate_named_for_its_place_and_its_industry_is_the_estate_of_its_place(line: str, site: str) -> None:
    x = extract("AI 데이터센터 투자협약", line)
    assert [i["site"] for i in x.article_initiatives if i["is_subject"]][:1] == [site]


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (("인천 서구 원창동에 'AI 혁신지구'가 들어선다.",), "인천 서구 AI 혁신지구"),
        (("울산시는 동구 일산동 일원에 조선·해양 자율제조 거점을 만든다.",), "울산 동구 조선·해양 자율제조 거점"),
        (("대구시는 북구 산격동에 AI 교육센터를 짓는다.",), "대구 북구 AI 교육센터"),
        # a province by its full name is named by its short one
        (("전라북도는 농생명 AI 실증단지를 조성한다.",), "전북 농생명 AI 실증단지"),
        (("전라남도는 AI 슈퍼클러스터 허브를 조성한다.",), "전남 AI 슈퍼클러스터 허브"),
        # negatives: a district only one city has keeps its own name; a county keeps its own
        (("대전시는 유성구 도룡동에 AI 교육센터를 짓는다.",), "유성 AI 교육센터"),
        (("부산시는 기장군 일광읍에 AI 데이터센터를 짓는다.",), "기장 AI 데이터센터"),
    ],
)
def test_a_district_several_cities_have_is_named_by_its_city_and_a_province_by_its_short_name(
    lines: tuple[str, ...], name: str
) -> None:
    assert initiatives(extract("AI 사업 추진", *lines))[:1] == [name]


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (
            (
                "부산시는 영도구 동삼혁신지구에 해양 AI 융합 거점을 만든다.",
                "영도구 동삼혁신지구는 연구기관이 모인 곳이다.",
            ),
            ["동삼혁신지구 해양 AI 융합 거점"],
        ),
        (
            ("대전 유성구 대덕연구개발특구에 AI 허브가 들어선다.", "유성구 대덕연구개발특구는 연구기관이 모인 곳이다."),
            ["대덕연구개발특구 AI 허브"],
        ),
        # negative: a project named after its site is still a project
        (
            ("인천 서구 원창동에 '원창 AI 혁신지구'가 들어선다.", "원창 AI 혁신지구는 2027년 준공된다."),
            ["인천 서구 원창 AI 혁신지구"],
        ),
    ],
)
def test_a_district_and_a_site_named_together_are_a_place_not_a_project(
    lines: tuple[str, ...], names: list[str]
) -> None:
    assert initiatives(extract("AI 사업 추진", *lines)) == names


@pytest.mark.parametrize(
    "included",
    [
        "센터 건립을 포함한",
        "'해양AI융합센터' 건립을 포함한",
        "'해양AI융합센터'를 포함한",
        "센터 건립 등을 포함한",
        "센터 건립이 포함된",
    ],
)
def test_a_facility_a_hub_includes_is_a_part_of_its_total(included: str) -> None:
    x = extract(
        "영도 해양AI융합센터 착공",
        "부산시는 영도에 '해양AI융합센터'를 착공했다.",
        "센터 건립비는 180억 원이다.",
        f"{included} '부산 해양 AI 융합 거점' 사업의 총사업비는 520억 원이다.",
    )
    assert money(x) == [
        ("180억 원", "component", "부산 해양 AI 융합 거점"),
        ("520억 원", "total", "부산 해양 AI 융합 거점"),
    ]


def test_a_new_facility_a_hub_includes_is_not_the_one_named_before() -> None:
    x = extract(
        "AI 창업 거점 조성",
        "시는 지난해 'AI 교육센터'를 열었다.",
        "교육센터에는 50억원이 들었다.",
        "시는 또 신규 센터 건립을 포함한 'AI 창업 거점' 조성에 300억원을 투입한다.",
    )
    assert money(x) == [("50억원", "total", "AI 교육센터"), ("300억원", "total", "AI 창업 거점")]


def test_a_facility_named_beside_a_hub_without_being_included_keeps_its_own_total() -> None:
    x = extract(
        "영도 해양AI융합센터 착공",
        "부산시는 영도에 '해양AI융합센터'를 착공했다.",
        "센터 건립비는 180억 원이다.",
        "센터와 별도로 '부산 해양 AI 융합 거점' 사업에는 520억 원이 들어간다.",
    )
    assert [m[1] for m in money(x)] == ["total", "total"]


def test_a_facility_listed_with_others_is_a_part_of_the_project_the_money_builds() -> None:
    x = extract(
        "전북도, 농생명 AI 실증단지 조성 맞손…800억 규모",
        "전북도는 27일 '농생명 AI 실증단지 조성을 위한 업무협약'을 맺었다고 밝혔다.",
        "도는 약 800억원을 들여 김제시 백구면에 스마트팜 데이터센터와 AI 병해충 진단 실증포장, 연구동 등을 조성한다.",
    )
    assert money(x) == [
        ("800억 규모", "total", "전북 농생명 AI 실증단지"),
        ("약 800억원", "total", "전북 농생명 AI 실증단지"),
    ]
    assert initiatives(x) == ["전북 농생명 AI 실증단지"]


@pytest.mark.parametrize(
    "phase",
    [
        "1단계로 스마트 온실 3ha와 농업 데이터센터를 짓는 데 210억원이 들어가고,",
        "1단계에는 AI 축산 데이터센터를 새로 짓는 데 210억원을 쓰며,",
        "이 가운데 1단계는 축산 데이터센터와 실증축사를 만드는 사업으로 210억원 규모이고,",
    ],
)
def test_a_facility_a_phase_builds_is_a_part_of_the_phased_project(phase: str) -> None:
    x = extract(
        "고창 스마트축산 AI 실증단지 첫 삽",
        "전북도는 10일 고창군에서 '고창 스마트축산 AI 실증단지' 착공식을 열었다.",
        f"{phase} 2단계는 교육센터를 만드는 사업으로 190억원 규모다.",
        "총사업비는 400억원이다.",
    )
    assert initiatives(x) == ["고창 스마트축산 AI 실증단지"]
    assert [role for _, role, _ in money(x)] == ["component", "component", "total"]
    assert {name for *_, name in money(x)} == {"고창 스마트축산 AI 실증단지"}


@pytest.mark.parametrize(
    "phases",
    [
        "1단계는 AI 데이터센터와 항만 통합관제센터로 2,100억원이 들어가며, 2단계는 실증장으로 1,380억원을 들인다.",
        "1단계로 20메가와트(MW)급 AI 데이터센터와 항만 통합관제센터를 짓고, 2단계로 실증장을 구축한다.",
        "1단계인 AI 데이터센터와 통합관제센터는 2024년 가동이 목표다.",
        "1단계 시설은 24MW급 AI 데이터센터(AIDC)와 항만 통합관제센터(integrated control center)로 이뤄졌다.",
    ],
)
def test_what_a_phase_consists_of_is_no_project_of_its_own(phases: str) -> None:
    x = extract(
        "'부산항 항만물류 AI 허브' 첫 삽",
        "부산시는 18일 강서구에서 '부산항 항만물류 AI 허브' 착공식을 열었다.",
        "허브 조성에는 총 3,480억원이 들어간다.",
        phases,
        "마루데이터는 데이터센터 설계와 운영을 맡는다.",
    )
    assert initiatives(x) == ["부산항 항만물류 AI 허브"]
    assert {name for *_, name in money(x)} == {"부산항 항만물류 AI 허브"}


@pytest.mark.parametrize(
    "won",
    [
        "지난해 해양수산부 '항만 디지털전환 선도사업'에 뽑혀 확보한 국비 450억원은 1단계 공사비에 투입된다.",
        "시는 해수부의 '항만 디지털전환 선도사업' 공모에서 허브가 최종 선정돼 국비 450억원을 확보했다.",
        # who was chosen and when between: "'…'에 우리 시가 지난 15일 최종 선정돼"
        "해수부의 '항만 디지털전환 선도사업'에 우리 시가 지난 15일 최종 선정돼 국비 450억원을 확보했다.",
        "해수부의 '항만 디지털전환 선도사업'에 지난 15일 우리 시가 최종 선정돼 국비 450억원을 확보했다.",
        "해수부의 '항만 디지털전환 선도사업'에 우리 시가 지난달 최종 선정돼 국비 450억원을 확보했다.",
    ],
)
def test_a_programme_the_project_won_a_place_in_is_no_project_of_its_own(won: str) -> None:
    x = extract(
        "부산항 AI 허브, 해수부 '항만 디지털전환 선도사업' 선정",
        "부산시는 강서구에 '부산항 항만물류 AI 허브'를 짓는다고 밝혔다.",
        "허브 조성에는 총 3,200억원이 들어간다.",
        won,
    )
    assert initiatives(x) == ["부산항 항만물류 AI 허브"]
    assert ("450억원", "component", "부산항 항만물류 AI 허브") in money(x)


@pytest.mark.parametrize(
    "parties",
    [
        ("민간 컨소시엄이 2,400억 원을 투자하고,", "부산항만공사와 시가 공공부문 800억 원을 나눠 부담한다."),
        ("민간 컨소시엄이 2,400억 원을 투자하고, 부산항만공사와 시가 800억 원을 나눠 부담한다.",),
    ],
)
def test_parties_dividing_a_total_stated_before_hold_shares_even_across_a_broken_line(parties: tuple[str, ...]) -> None:
    x = extract(
        "부산항 AI 허브 업무협약",
        "부산시는 '부산항 항만물류 AI 허브' 조성 업무협약을 맺었다.",
        "허브 조성에는 총 3,200억 원이 들어간다.",
        *parties,
    )
    roles = [role for _, role, _ in money(x)]
    assert roles[:2] == ["total", "share"] and roles[2] in ("share", "component")


def test_a_party_building_its_own_project_after_anothers_total_keeps_its_total() -> None:
    x = extract(
        "경북 AI 투자 잇따라",
        "경북도는 구미 국가산업단지에 1조원 규모 AI 데이터센터를 짓는다고 밝혔다.",
        "또 포항에서는 에코프로AI가 2,000억원을 투자해 'AI 소재 연구센터'를 짓는다.",
    )
    assert [role for _, role, _ in money(x)] == ["total", "total"]


def test_a_programme_another_city_won_is_that_citys_not_the_articles_project() -> None:
    x = extract(
        "솔라시도 AI 데이터센터 착공",
        "해남 솔라시도에 'AI 데이터센터'가 착공했다.",
        "총사업비는 3조원이다.",
        "이와 별도로 목포시는 해수부 '스마트 해양 AI 실증사업'에 뽑혀 총 300억원을 들여 실증센터를 짓는다.",
    )
    assert ("총 300억원", "total", "목포 스마트 해양 AI 실증사업") in money(x)


def test_a_phase_of_another_places_project_is_no_part_of_the_articles_project() -> None:
    x = extract(
        "경북, 구미 AI 캠퍼스 착공",
        "경북도는 구미 국가산단에서 '구미 AI 반도체 캠퍼스' 착공식을 열었다.",
        "사업비는 1조원이다.",
        "포항시는 영일만산단에 'AI 소재 혁신밸리'를 만든다.",
        "1단계로 영일만산단에 포항 AI 소재 데이터센터를 짓는 데 800억원이 들어가고, 2단계로 실증동을 짓는다.",
    )
    assert [name for amount, _, name in money(x) if amount == "800억원"] != ["구미 AI 반도체 캠퍼스"]


def test_the_sub_funds_of_a_fund_of_funds_are_its_parts_not_funds_of_their_own() -> None:
    x = extract(
        "서울 AI 스케일업 펀드 1차 자펀드 2100억 결성",
        "서울시는 '서울 AI 스케일업 펀드'의 1차 자펀드 3개, 모두 2,100억원 규모의 결성을 마무리했다.",
        "분야별로는 AI 반도체·인프라 펀드 700억원, AI 헬스케어 펀드 400억원, 초기 AI 창업 펀드 1,000억원이다.",
        "전체 5,000억원 가운데 남은 2,900억원은 하반기 2차 자펀드로 만든다.",
    )
    assert initiatives(x) == ["서울 AI 스케일업 펀드"]
    assert {name for *_, name in money(x)} == {"서울 AI 스케일업 펀드"}


@pytest.mark.parametrize(
    "closing",
    [
        "도는 올해 하반기 500억원 규모의 2호 펀드를 결성한다.",  # its next vintage
        "늘어난 300억원은 해외 벤처캐피털과 만드는 글로벌 매칭 펀드에 배정한다.",  # a fund its money goes into
    ],
)
def test_a_funds_vintages_and_the_funds_its_money_goes_into_are_its_parts(closing: str) -> None:
    x = extract(
        "경남 AI 혁신펀드 1500억으로 확대",
        "경상남도는 '경남 AI 혁신펀드'의 전체 규모를 1200억원에서 1500억원으로 늘린다고 밝혔다.",
        "지난해 결성된 1호 펀드 700억원은 AI 스타트업 20곳에 투자됐다.",
        closing,
    )
    assert {name for *_, name in money(x)} == {"경남 AI 혁신펀드"}


def test_a_name_holding_its_province_is_set_in_the_town_its_sentence_opens_with() -> None:
    x = extract(
        "창원에도 AI 데이터센터…경남 두 번째",
        "경남도와 창원시는 5일 '창원 AI 데이터센터 건립 양해각서'를 맺었다.",
        "두 회사는 진해구에 20MW급 AI 데이터센터를 짓는다. 총 3000억원이 들어간다.",
        "앞서 김해시 진영읍에서는 '경남 그린 AI 데이터센터'가 지난 3월 착공했다. 총사업비 1조원 규모다.",
    )
    places = {i["name"]: i["region_code"] for i in x.article_initiatives}
    green = next(code for name, code in places.items() if "그린" in name)
    assert green is not None and green.startswith("48250")  # 김해시, not the province
    assert ("총 3000억원", "total", "창원 AI 데이터센터") in money(x)


def test_two_funds_of_one_city_without_sub_funds_stay_two() -> None:
    x = extract(
        "서울시 AI 펀드 두 개 조성",
        "서울시는 '서울 AI 스케일업 펀드' 5,000억원을 조성한다.",
        "이와 별도로 'AI 헬스케어 펀드' 800억원도 만든다.",
    )
    assert len(initiatives(x)) == 2


def test_a_short_name_glossed_with_its_formal_name_is_one_project_with_its_core_facility_a_part() -> None:
    x = extract(
        "퀀텀-AI 클러스터 올해 186억 첫 예산",
        "대전 유성구 탑립동 '퀀텀-AI 클러스터'(정식 명칭 대전 양자·AI 융합 혁신클러스터) 조성 사업이 첫 예산을 받았다.",
        "총사업비는 4,116억원이다.",
        "클러스터의 핵심인 '양자컴퓨팅 테스트베드'는 1단계 사업으로 먼저 추진되며, 1단계 사업비는 1,720억원이다.",
    )
    assert [n for n in initiatives(x) if "클러스터" in n] == ["대전 양자·AI 융합 혁신클러스터"]
    assert {name for *_, name in money(x)} == {"대전 양자·AI 융합 혁신클러스터"}


def test_a_hyphen_joins_the_words_of_a_name_as_a_middle_dot_does() -> None:
    x = extract(
        "대전 양자-AI 클러스터 예타 통과",
        "과기정통부는 '대전 양자·AI 융합 혁신클러스터 조성사업'이 예타를 통과했다고 밝혔다.",
        "총사업비는 4116억원으로 확정됐다.",
    )
    assert len(initiatives(x)) == 1


def test_facilities_listed_as_what_goes_into_the_project_are_its_parts() -> None:
    x = extract(
        "대전시, 4800억 '양자·AI 융합 혁신클러스터' 예타 도전",
        "시는 유성구 탑립동에 '대전 양자·AI 융합 혁신클러스터'를 조성하는 계획을 발표했다.",
        "연구동, 기업 실증 공간, 인력 양성센터가 들어선다.",
        "총사업비는 4800억원으로 국비 3500억원, 시비 1000억원, 민간 300억원으로 짜였다.",
    )
    assert initiatives(x) == ["대전 양자·AI 융합 혁신클러스터"]
    assert {name for *_, name in money(x)} == {"대전 양자·AI 융합 혁신클러스터"}


def test_a_quoted_name_listing_two_centres_is_one_name() -> None:
    x = extract("인천 물류센터", "인천시는 '스마트 물류센터·관제센터 구축사업'에 500억원을 투입한다고 밝혔다.")
    assert [role for _, role, _ in money(x)] == ["total"] and len(initiatives(x)) == 1


def test_a_partys_investment_after_the_whole_is_its_share_not_a_second_total() -> None:
    x = extract(
        "광주 AI 융합실증센터 문 연다",
        "센터는 총사업비 2천860억원 가운데 민간이 1천700억원을 댄 공공·민간 합작 모델이다.",
        "미국 스트라투스AI가 5,200만달러(약 680억원)를 투자해 GPU 서버를 공급했다.",
    )
    assert [role for _, role, _ in money(x)] == ["total", "component", "share"]


def test_a_companys_project_in_another_province_keeps_its_money_there() -> None:
    x = extract(
        "세움반도체, 구미 AX특구에 1,324억 투자",
        "세움반도체가 경북 구미 'AX 제조혁신 특구'에 1,324억원을 투자해 패키징 라인을 짓는다.",
        "이번 투자로 구미 AX 제조혁신 특구 총사업비는 5,800억원에서 7,124억원으로 늘었다.",
        "세움반도체는 앞서 경기 판교에 1조 2천억원 규모의 AI 반도체 연구개발(R&D) 센터를 짓겠다고 발표한 바 있다.",
    )
    provinces = {i["initiative_index"]: i["province_code"] for i in x.article_initiatives}
    [centre] = [a for a in x.amounts if a["surface"].startswith("1조 2천억원")]
    assert centre["initiative_index"] is not None and provinces[centre["initiative_index"]] == "4100000000"


def test_a_programme_selected_as_the_project_itself_stays_the_project() -> None:
    x = extract(
        "충북, 지역 AI 확산 사업 선정",
        "충북도는 과기정통부가 주관하는 '지역 인공지능 확산 사업'에 선정돼 국비 120억원을 확보했다고 밝혔다.",
    )
    assert len(initiatives(x)) == 1


def test_a_facility_named_beside_a_phase_but_not_built_by_it_is_its_own_project() -> None:
    x = extract(
        "고창 스마트축산 AI 실증단지 첫 삽",
        "전북도는 10일 고창군에서 '고창 스마트축산 AI 실증단지' 착공식을 열었다.",
        "1단계는 내년 완공되며, 군은 별도로 고창 AI 축산 데이터센터에 120억원을 들여 운영을 맡긴다.",
        "고창 AI 축산 데이터센터는 2027년 문을 연다.",
    )
    assert "고창 AI 축산 데이터센터" in initiatives(x)


def test_money_spent_on_four_facilities_goes_to_the_project_not_the_last_one() -> None:
    x = extract(
        "영암 AI 농업 실증밸리 예산 통과",
        "전남 영암군의 '영암 AI 농업 실증밸리' 예산이 도의회를 통과했다.",
        "이 사업은 2029년까지 총사업비 512억원을 들여 AI 자율재배 실증온실과 농업 데이터허브, 노지 로봇 실증포장, "
        "청년 AI 농업인 교육센터를 만든다.",
    )
    assert money(x) == [("512억원", "total", "영암 AI 농업 실증밸리")]


def test_the_articles_only_facility_listed_with_equipment_is_still_its_project() -> None:
    x = extract("SK, 울산에 7조 투자", "SK는 7조원을 들여 울산 미포산단에 AI 데이터센터와 전용 변전소 등을 짓는다.")
    assert initiatives(x) == ["울산 AI 데이터센터"]
    assert {m[2] for m in money(x)} == {"울산 AI 데이터센터"}


def test_money_spent_on_a_list_of_facilities_goes_to_the_programme_not_its_last_item() -> None:
    x = extract(
        "전남 AI 에너지 벨트 사업 본격화",
        "전남도는 'AI 에너지 벨트 사업'을 추진한다고 밝혔다.",
        "도는 2조원을 투입해 해남 AI 데이터센터와 나주 슈퍼컴퓨팅센터 등을 짓는다.",
    )
    assert money(x) == [("2조원", "total", "전남 AI 에너지 벨트 사업")]


def test_a_facility_named_alone_with_money_is_a_project() -> None:
    x = extract("김제에 AI 데이터센터", "도는 약 800억원을 들여 김제시 백구면에 스마트팜 AI 데이터센터를 조성한다.")
    assert money(x) == [("약 800억원", "total", "김제 스마트팜 AI 데이터센터")]


def test_a_quoted_name_with_its_place_does_not_join_a_facility_inside_it() -> None:
    x = extract(
        "대전 AI허브센터 착공",
        "대전시는 18일 대덕특구에서 '대전 인공지능 허브센터' 착공식을 가졌다.",
        "센터 건립에는 총 486억원이 투입된다.",
        "센터에는 AI 기업 입주공간과 공용 GPU 컴퓨팅실, 제조·의료 분야 실증 테스트베드가 들어선다.",
    )
    assert initiatives(x)[0] == "대전 인공지능 허브센터"
    assert money(x) == [("총 486억원", "total", "대전 인공지능 허브센터")]


@pytest.mark.parametrize(
    "renaming",
    [
        "AX 실증밸리는 지난 4월 공모에서 선정된 '울산 제조 AX 선도거점' 사업의 새 이름이다.",
        "시는 '울산 제조 AX 선도거점'에서 AX 실증밸리로 이름을 바꿨다.",
        "시는 '울산 제조 AX 선도거점'의 명칭을 '울산 AX 실증밸리'(UAV)로 바꾼다고 밝혔다.",
        "밸리는 2023년 '울산 제조 AX 선도거점'이라는 이름으로 계획됐다.",
    ],
)
def test_a_project_given_a_new_name_is_one_initiative(renaming: str) -> None:
    x = extract(
        "울산 AX 실증밸리 출범",
        "울산 주력 제조업의 AX를 이끌 '울산 AX 실증밸리'가 공식 출범했다.",
        renaming,
        "총사업비는 900억원이다.",
    )
    assert len(initiatives(x)) == 1
    assert [m[1] for m in money(x)] == ["total"]


def test_a_renamed_project_keeps_the_words_of_both_names_for_other_reports() -> None:
    x = extract(
        "'제주 AI 인재양성센터' 이름 바꾼다",
        "도는 '제주 AI 인재양성센터'의 명칭을 '제주 AI 특성화 캠퍼스'(JAIC)로 바꾼다고 19일 밝혔다.",
        "총사업비는 226억원이다.",
    )
    [row] = [g for g in x.article_initiatives if g["is_subject"]]
    assert set(row["name_words"].split()) >= {"인재양성", "특성화"}


def test_a_name_under_which_another_project_was_planned_stays_apart_when_the_sentence_has_its_own_subject() -> None:
    x = extract(
        "제주 AI 캠퍼스 개교",
        "'제주 AI 특성화 캠퍼스'가 2일 문을 열었다.",
        "도는 2027년 '제주 AI 데이터센터'라는 이름으로 새 센터를 착공한다.",
    )
    assert len(initiatives(x)) == 2


@pytest.mark.parametrize(
    "line",
    [
        "세종시에 들어설 '정부 AI 전용 데이터센터'(범정부 초거대 AI 공동 인프라센터)가 예타를 통과했다.",
        "세종시에 들어설 정부 AI 전용 데이터센터(범정부 초거대 AI 공동 인프라센터)가 예타를 통과했다.",
        "세종시에 들어설 '정부 AI 전용 데이터센터'('범정부 초거대 AI 공동 인프라센터')가 예타를 통과했다.",
    ],
)
def test_a_name_given_in_brackets_right_after_another_is_the_same_project(line: str) -> None:
    x = extract("예타 통과", line, "총사업비는 4,620억원이다.")
    assert len(initiatives(x)) == 1


def test_two_names_with_a_bracket_that_is_no_second_name_stay_two_projects() -> None:
    x = extract(
        "예타 통과",
        "시는 '세종 AI 데이터센터'(가칭)와 '범정부 초거대 AI 공동 인프라센터'(집현동)를 함께 짓는다.",
        "두 곳에는 각각 4,620억원, 1,000억원이 들어간다.",
    )
    assert len(initiatives(x, subjects_only=False)) == 2


def test_two_projects_named_in_one_sentence_without_a_renaming_stay_two() -> None:
    x = extract(
        "울산 AX 실증밸리 출범",
        "울산 주력 제조업의 AX를 이끌 '울산 AX 실증밸리'가 공식 출범했다.",
        "AX 실증밸리는 지난 4월 공모에서 선정된 '울산 제조 AX 선도거점' 사업과 함께 추진된다.",
        "실증밸리에는 500억원, 선도거점에는 400억원이 들어간다.",
    )
    assert len(initiatives(x)) == 2


def test_a_sentence_opening_with_a_bare_head_goes_on_about_the_project_of_that_head() -> None:
    x = extract(
        "AI-바이오 HPC센터 선정",
        "포스텍 컨소시엄이 추진하는 'AI-바이오 초고성능컴퓨팅(HPC)센터'가 정부 공모에 최종 선정됐다.",
        "과학기술정보통신부는 '바이오 특화 AI 컴퓨팅 인프라 구축사업' 공모 결과 포항의 포스텍 컨소시엄을 선정했다.",
        "컨소시엄에는 포스텍과 KISTI가 참여한다.",
        "센터(영문명 AI-Bio HPC Center)에는 총사업비 1,480억원이 들어간다.",
    )
    [(_, _, funded)] = money(x)
    assert funded is not None and funded.endswith("센터")


@pytest.mark.parametrize(
    ("opening", "whole"),
    [
        ("특화단지 사업은 2030년까지 추진되며 총사업비는 1조원이다.", "새만금 AI 특화단지"),
        ("특화단지 사업에는 2030년까지 총 1조원이 들어간다.", "새만금 AI 특화단지"),
        ("특화단지는 2030년까지 조성되며 총사업비는 1조원이다.", "새만금 AI 특화단지"),
    ],
)
def test_a_sentence_opening_with_a_bare_heads_project_goes_on_about_it_not_the_one_named_in_passing(
    opening: str, whole: str
) -> None:
    x = extract(
        "전북, 새만금 AI 특화단지 조성 본격화",
        "전북도는 새만금 산업단지에 AI 특화단지를 조성한다고 14일 밝혔다.",
        "도는 지난해 ‘군산 AI 실증사업’을 마무리하며 기반을 다졌다.",
        opening,
    )
    assert funded_totals(x) == [whole]


def test_a_bare_heads_project_is_not_chosen_when_the_article_has_two_of_that_head() -> None:
    x = extract(
        "광주·전남 AI 클러스터 잇따라",
        "광주시는 첨단3지구에 'AI 실증 클러스터'를 조성한다.",
        "전남도는 나주에 '에너지 AI 클러스터'를 만든다.",
        "클러스터 사업에는 총 3,000억원이 들어간다.",
    )
    assert ("3,000억원", "total", "광주 AI 실증 클러스터") not in money(x)


def test_money_of_an_aside_that_names_no_project_of_the_article_is_no_ones() -> None:
    x = extract(
        "창원 방산 AI 데이터센터 착공",
        "창원시는 12일 '창원 방산 AI 데이터센터' 착공식을 열었다.",
        "총사업비는 1,300억원이다.",
        "한편 시는 이날 별도로 성산구 일원 수소특화단지 조성에 2030년까지 2,500억원을 투입하는 계획도 발표했다.",
        "한편 이 사업에는 국비 300억원이 포함됐다.",
    )
    assert money(x) == [
        ("1,300억원", "total", "창원 방산 AI 데이터센터"),
        ("2,500억원", "other", None),  # another matter's cost: no investment of any project here
        ("300억원", "component", "창원 방산 AI 데이터센터"),
    ]


def test_a_cost_in_brackets_in_an_aside_funds_the_noun_it_is_glued_to() -> None:
    x = extract(
        "제주 그린 AI 데이터센터 착공",
        "도는 4일 구좌읍에서 '제주 그린 AI 데이터센터' 착공식을 열었다.",
        "총사업비는 3000억원이다.",
        "한편 이날 도는 구좌읍 하도리 해녀박물관 리모델링(사업비 45억원) 준공식도 가졌다.",
        "한편 도는 제주 AI 교육센터 건립(사업비 60억원)도 이달 중 착공한다.",
    )
    assert money(x) == [
        ("3000억원", "total", "제주 그린 AI 데이터센터"),
        ("45억원", "other", None),  # a museum's: no initiative of the article, no AI money
        ("60억원", "total", "제주 AI 교육센터"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "이 사업(사업비 60억원)은 내년 완공된다.",
        "1단계 100MW(7천억원)는 2027년 가동한다.",
        "부지 매입(사업비 200억원)은 연내 마친다.",
        "AI 교육센터 구축 및 운영 사업(사업비 60억원)도 함께 추진한다.",
    ],
)
def test_a_cost_in_brackets_outside_an_aside_stays_the_projects(line: str) -> None:
    x = extract("제주 그린 AI 데이터센터 착공", "도는 4일 구좌읍에서 '제주 그린 AI 데이터센터' 착공식을 열었다.", line)
    assert all(m[2] is not None for m in money(x))


def milestones(x: ExtractedArticle) -> list[tuple[str, str | None]]:
    """(date as written, the name of the initiative it dates) for the dates read as milestones."""
    by_index = {i["initiative_index"]: i["name"] for i in x.article_initiatives}
    return [(d["surface"], by_index.get(d["initiative_index"])) for d in x.dates if d["is_milestone"]]


_DATA_CENTRE_STORY = ("제주 그린 AI 데이터센터 착공", "도는 4일 구좌읍에서 '제주 그린 AI 데이터센터' 착공식을 열었다.")


@pytest.mark.parametrize(
    "aside",
    [
        "한편 시는 이날 별도로 성산구 일원 수소특화단지 조성에 2030년까지 2,500억원을 투입하는 계획도 발표했다.",
        "한편 도는 완주 로컬푸드 가공센터 건립(사업비 60억원)도 이달 중 착공한다.",
        "한편 시는 이와 별도로 영도구 봉래동 물양장 친수공간 조성 사업(사업비 62억 원)을 올해 하반기 마무리할 예정이다.",
        "한편 이날 도는 구좌읍 하도리 해녀박물관 리모델링(사업비 45억원) 준공식을 27일 가졌다.",
    ],
)
def test_the_dates_and_money_of_an_aside_about_another_matter_are_no_projects(aside: str) -> None:
    x = extract(*_DATA_CENTRE_STORY, "총사업비는 3000억원이며 2027년 6월 준공한다.", aside)
    assert [m for m in money(x) if m[1] != "other"] == [("3000억원", "total", "제주 그린 AI 데이터센터")]
    assert [d for d, _ in milestones(x)] == ["4일", "2027년 6월"]


@pytest.mark.parametrize(
    "aside",
    [
        "한편 이 사업에는 국비 300억원이 포함됐고, 2026년 하반기 시험 가동에 들어간다.",
        "한편 센터는 2026년 하반기 시험 가동에 들어간다.",
        "한편 도는 데이터센터 인근에 AI 교육센터도 2026년 하반기 착공한다.",
    ],
)
def test_an_aside_that_goes_on_about_a_project_of_the_article_keeps_its_dates(aside: str) -> None:
    x = extract(*_DATA_CENTRE_STORY, "총사업비는 3000억원이다.", aside)
    assert "2026년 하반기" in [d for d, ini in milestones(x) if ini is not None]


def test_a_subheadline_of_a_headline_naming_two_places_goes_to_the_nearer_project() -> None:
    x = extract(
        "포항 AI 데이터센터 착공…구미 AI 반도체 클러스터 예타 통과",
        "예타 통과로 총사업비 1조원 확정",
        "포항시는 5일 ‘포항 AI 데이터센터’ 착공식을 열었다. 데이터센터에는 2조원이 들어간다.",
        "구미시는 ‘구미 AI 반도체 클러스터’가 예비타당성조사를 통과했다고 밝혔다.",
    )
    assert [m for m in money(x) if m[0] == "1조원"] == [("1조원", "total", "구미 AI 반도체 클러스터")]


def test_a_role_a_place_takes_restates_a_named_project_but_never_introduces_one() -> None:
    named = extract(
        "수성알파시티, ‘지역 디지털 혁신거점’ 선정",
        "대구시는 수성알파시티가 ‘지역 디지털 혁신거점 조성지원 시범사업’에 선정됐다고 밝혔다.",
        "시는 총 사업비 165억원을 투입, 수성알파시티를 ABB 중심 디지털 혁신 거점으로 키울 계획이다.",
    )
    assert initiatives(named) == ["수성알파시티 ABB 중심 디지털 혁신 거점"]
    unnamed = extract(
        "대구 수성알파시티, AI 전환 사업 속도",
        "대구 수성알파시티를 영남권의 인공지능 전환 기술개발 거점으로 만드는 사업이 속도를 낸다.",
        "대구시가 추진해 온 인공지능 전환 기술개발 사업의 예타 면제가 의결됐다.",
    )
    assert "거점" not in " ".join(initiatives(unnamed, subjects_only=False))


def test_figures_listed_respectively_go_to_the_places_in_their_order() -> None:
    x = extract(
        "부산 사상·대구 달서에 ‘AI 자율제조 실증센터’…각각 450억·380억 투입",
        "산업통상자원부는 공모에서 두 곳을 선정했다고 27일 밝혔다.",
    )
    assert money(x) == [
        ("450억", "total", "사상 AI 자율제조 실증센터"),
        ("380억", "total", "달서 AI 자율제조 실증센터"),
    ]
    provinces = [GAZ.regions[a["region_code"]].province_code for a in x.amounts]
    assert provinces == ["2600000000", "2700000000"]


def test_respectively_with_more_figures_than_places_pairs_nothing() -> None:
    x = extract(
        "부산 사상·대구 달서에 ‘AI 자율제조 실증센터’",
        "두 센터에는 국비 300억원, 지방비 150억원, 민자 50억원이 각각 들어간다.",
    )
    per_project = {(a["surface"], a["initiative_index"]) for a in x.amounts}
    assert len(per_project) == 6  # three figures, two places: no pairing, each figure for each project


def test_a_selection_over_a_list_of_places_is_the_project_each_bullet_details() -> None:
    x = extract(
        "AI 컴퓨팅센터 3곳 선정",
        "과기정통부는 ‘지역 거점 AI 컴퓨팅센터 구축사업’ 공모 결과 경북 포항, 전북 군산, 제주 3곳을 선정했다.",
        "지역별로는 ▲경북 포항(블루밸리 국가산업단지)이 국비 900억원을 지원받아 철강 AI 컴퓨팅센터를 구축하고 "
        "▲전북 군산(군산 국가산업단지)은 국비 700억원으로 조선 특화 AI 컴퓨팅센터를 ▲제주는 국비 500억원으로 "
        "저탄소 AI 컴퓨팅센터를 각각 조성한다.",
    )
    assert initiatives(x) == [
        "블루밸리 철강 AI 컴퓨팅센터",
        "군산 조선 특화 AI 컴퓨팅센터",
        "제주 저탄소 AI 컴퓨팅센터",
    ]


def test_a_project_in_a_district_is_named_after_the_district() -> None:
    x = extract(
        "에코델타시티에 AI 데이터센터",
        "부산시는 5일 강서구 에코델타시티에 AI 데이터센터를 짓는 투자협약을 맺었다.",
        "데이터센터는 2028년 문을 연다.",
    )
    assert initiatives(x) == ["에코델타시티 AI 데이터센터"]


def test_the_estate_of_a_named_site_is_that_site() -> None:
    x = extract(
        "송도에 AI 데이터센터",
        "인천시는 5일 송도 국가산업단지에 AI 데이터센터를 짓는 투자협약을 맺었다.",
        "송도 AI 데이터센터는 2028년 문을 연다.",
    )
    assert initiatives(x) == ["송도 AI 데이터센터"]


def test_a_zone_over_two_estates_of_one_city_is_one_initiative() -> None:
    x = extract(
        "광양 AI 소재 특구 지정",
        "전남 광양시 태인일반산업단지와 광양 세풍일반산업단지 일원이 'AI 첨단소재 기회발전특구'로 지정됐다.",
        "특구에는 기업 5곳이 모두 3000억원을 투자한다.",
    )
    assert initiatives(x) == ["광양 AI 첨단소재 기회발전특구"]


def test_two_estates_of_one_city_each_with_its_own_centre_are_two() -> None:
    x = extract(
        "광양, AI 인프라 확충",
        "광양시 태인일반산업단지와 세풍일반산업단지에 AI 데이터센터가 각각 들어선다.",
    )
    assert len(initiatives(x, subjects_only=False)) == 2


def test_a_total_two_sentences_after_a_named_project_is_that_project() -> None:
    x = extract(
        "과기정통부, 지역 AI 거점 2곳 선정",
        "경북 경주는 '원전 AI 안전 실증센터'를 구축한다.",
        "원전 부품 기업들이 공정 데이터를 함께 쓰는 플랫폼이 핵심이다.",
        "총사업비는 500억원이다.",
        "전남 나주는 '에너지 AI 실증센터'를 만든다.",
        "한전과 지역 대학이 참여해 전력 데이터를 분석하는 방식이다.",
        "총사업비는 400억원이며 이 중 국비는 250억원이다.",
    )
    assert sorted(m for m in money(x) if m[1] == "total") == [
        ("400억원", "total", "나주 에너지 AI 실증센터"),
        ("500억원", "total", "경주 원전 AI 안전 실증센터"),
    ]


def test_each_region_of_a_national_selection_gets_its_own_total_and_the_sum_is_none() -> None:
    x = extract(
        "산업부, 'AI 자율제조 거점' 3곳 선정",
        "산업통상자원부는 'AI 자율제조 거점' 공모 결과 울산 북구, 경북 경산, 전남 여수를 선정했다고 2일 밝혔다.",
        "이 사업에는 2028년까지 총 900억원이 투입된다.",
        "울산 북구는 '자동차부품 AI 자율제조 거점'을 만든다.",
        "울산테크노파크가 주관하며 총 350억원이 들어간다.",
        "경북 경산에는 '섬유 AI 자율제조 거점'이 생긴다.",
        "염색 공정 데이터를 AI로 분석하는 설비를 갖춘다.",
        "사업비는 300억원이다.",
        "전남 여수에는 '석유화학 AI 자율제조 거점'이 들어선다.",
        "총 250억원을 투입한다.",
    )
    assert sorted((m[2], m[0]) for m in money(x) if m[1] == "total") == [
        ("경산 섬유 AI 자율제조 거점", "300억원"),
        ("여수 석유화학 AI 자율제조 거점", "총 250억원"),
        ("울산 북구 자동차부품 AI 자율제조 거점", "총 350억원"),  # 북구 alone names no city
    ]
    assert [m[1] for m in money(x) if m[0] == "총 900억원"] == ["cumulative"]


def test_a_centre_at_a_site_of_the_city_is_the_city_project() -> None:
    x = extract(
        "양산 AI데이터센터 5000억 투자협약",
        "경남도는 5일 양산시, 한빛클라우드와 '양산 AI 데이터센터 건립 투자협약'을 맺었다.",
        "한빛클라우드는 5000억원을 들여 양산시 상북면 석계일반산업단지 인근 부지에 AI 데이터센터를 짓는다.",
        "시장은 부산·울산·경남에 데이터센터가 더 들어서야 한다고 말했다.",
    )
    in_yangsan = [
        i["name"] for i in x.article_initiatives if i["region_code"] == x.article_initiatives[0]["region_code"]
    ]
    assert in_yangsan == ["양산 AI 데이터센터"]
    assert {m[2] for m in money(x) if m[1] == "total"} == {"양산 AI 데이터센터"}


def test_money_after_a_sentence_goes_to_what_that_sentence_was_about() -> None:
    x = extract(
        "대전시, 'AI 반도체 실증 클러스터' 예타 통과",
        "대전시는 'AI 반도체 실증 클러스터'(이하 실증 클러스터)가 예비타당성조사를 통과했다고 14일 밝혔다.",
        "실증 클러스터는 국산 AI 반도체를 실제 데이터센터와 엣지 환경에서 검증하는 시설이다.",
        "2026년부터 6년간 총 4850억원이 투입된다.",
    )
    assert {m[2] for m in money(x) if m[1] == "total"} == {"대전 AI 반도체 실증 클러스터"}


def test_money_after_a_quoted_topic_goes_to_it_and_a_new_centre_keeps_its_own() -> None:
    quoted = extract(
        "대전시, 'AI 반도체 실증 클러스터' 예타 통과",
        "'AI 반도체 실증 클러스터'는 국산 AI 반도체를 실제 데이터센터와 엣지 환경에서 검증하는 시설이다.",
        "2026년부터 6년간 총 4850억원이 투입된다.",
    )
    assert {m[2] for m in money(quoted) if m[1] == "total"} == {"대전 AI 반도체 실증 클러스터"}
    contrast = extract(
        "카카오, 안산에 새 AI 데이터센터",
        "기존 판교 데이터센터는 포화 상태여서 카카오는 안산 반월산업단지에 새 AI 데이터센터를 짓기로 했다.",
        "총 1조원이 들어간다.",
    )
    assert [m[2] for m in money(contrast) if m[1] == "total"] == ["안산 AI 데이터센터"]


def test_a_data_centre_called_a_campus_by_its_operator_is_one_data_centre() -> None:
    x = extract(
        "하버라인, 청라에 '2조원대' AI 데이터센터 첫 삽",
        "미국 데이터센터 개발사 하버라인 디지털이 인천 청라국제도시에서 2조원대 인공지능(AI) 데이터센터 건설에 들어갔다.",
        "하버라인 디지털은 26일 청라국제도시에서 “하버라인 청라 AI 캠퍼스” 착공식을 열었다고 27일 밝혔다.",
        "총사업비는 2조1450억원이다.",
    )
    types = {i["name"]: i["initiative_type"] for i in x.article_initiatives if i["is_subject"]}
    assert list(types.values()) == ["data_centre"], types


def test_a_data_centre_named_with_a_campus_in_apposition_is_one() -> None:
    x = extract(
        "영암 AI 데이터센터 착공",
        "전남 영암 대불국가산업단지에 들어서는 인공지능(AI) 데이터센터 ‘대불 AI 캠퍼스’가 2일 착공했다.",
        "총사업비는 3조1200억원이다.",
        "대불 AI 캠퍼스는 지난해 3월 투자협약을 맺었다.",
    )
    subjects = [i for i in x.article_initiatives if i["is_subject"]]
    assert [i["initiative_type"] for i in subjects] == ["data_centre"]
    assert [m for m in money(x) if m[1] == "total"] == [("3조1200억원", "total", subjects[0]["name"])]


def test_a_campus_named_after_data_centres_is_a_data_centre() -> None:
    x = extract(
        "부산 강서에 AI 데이터센터 캠퍼스",
        "부산시는 강서구 미음산단에 'AI 데이터센터 캠퍼스'를 조성한다고 5일 밝혔다.",
    )
    assert [i["initiative_type"] for i in x.article_initiatives if i["is_subject"]] == ["data_centre"]


def test_a_campus_that_teaches_stays_a_school_beside_a_data_centre() -> None:
    x = extract(
        "광주 AI 데이터센터 가동…AI 인재 캠퍼스도 문 열어",
        "광주시는 첨단3지구 국가 AI 데이터센터가 가동에 들어갔다고 5일 밝혔다.",
        "시는 같은 날 'AI 인재 캠퍼스'를 열고 청년 200명의 교육을 시작했다.",
    )
    types = {i["initiative_type"] for i in x.article_initiatives}
    assert {"data_centre", "education"} <= types


def test_a_campus_in_an_article_without_data_centres_stays_a_school() -> None:
    x = extract(
        "경북 AI 캠퍼스 개소",
        "경북도는 구미에 '경북 AI 캠퍼스'를 열었다고 5일 밝혔다.",
        "캠퍼스는 지역 기업 재직자를 대상으로 과정을 운영한다.",
    )
    assert [i["initiative_type"] for i in x.article_initiatives] == ["education"]


def test_an_amount_after_a_town_funds_the_project_at_a_site_in_that_town() -> None:
    x = extract(
        "안산서 무산된 AI 데이터센터, 서산으로 간다…4200억 규모로 확대",
        "충남도와 서산시는 넥스트그리드㈜가 서산시 지곡면 서산오토밸리 산업단지에 AI 데이터센터를 짓기로 했다고 29일 밝혔다.",
        "넥스트그리드는 당초 경기 안산시 단원구 반월국가산업단지 인근에 3천억원을 들여 데이터센터를 지을 계획이었다.",
        "하지만 주민들의 반대가 이어지면서 지난 8월 안산 사업을 철회했다.",
        "서산에서는 규모를 60㎿로 늘려 모두 4천200억원을 투입한다.",
    )
    by_index = {i["initiative_index"]: i for i in x.article_initiatives}
    funded = {a["surface"]: by_index[a["initiative_index"]]["province_code"] for a in x.amounts}
    assert funded["모두 4천200억원"] == "4400000000"  # 충청남도, where the project now stands


def test_a_count_of_projects_is_none_of_them_each_named_apart_is_one() -> None:
    x = extract(
        "용인에 AI 데이터센터 2곳 동시 추진",
        "경기 용인시에 인공지능(AI) 데이터센터 두 곳이 잇따라 추진된다.",
        "용인시는 지난 12일 기흥구 영덕동에 들어설 '기흥 AI 데이터센터'의 건축허가를 내줬다고 밝혔다.",
        "케이밸리데이터가 4,200억원을 들여 짓는다.",
        "같은 날 용인시는 처인구 백암면에 '백암 AI 데이터센터'를 짓는 투자협약도 맺었다.",
        "그린필드AI파크가 7,800억원을 투자한다.",
    )
    assert sorted(n.split()[-3] for n in initiatives(x)) == ["기흥", "백암"]
    assert sorted(m[0] for m in money(x) if m[1] == "total") == ["4,200억원", "7,800억원"]


def test_a_count_of_projects_spread_over_listed_places_gives_each_place_one() -> None:
    x = extract(
        "과기정통부, 지역 AI 특화 거점 4곳 선정…삼척·홍성·상주·익산에 1,160억",
        "과학기술정보통신부는 '2025년 지역 AI 특화 거점 조성사업' 선정 결과를 20일 발표했다.",
        "▲강원 삼척 <AI 수소에너지 실증센터> 320억원",
        "▲충남 홍성 <AI 스마트축산 거점> 280억원",
    )
    funded = {m[0]: m[2] for m in money(x) if m[1] == "total"}
    assert funded["320억원"].startswith("삼척") and funded["280억원"].startswith("홍성")


def test_a_table_of_selected_places_gives_each_row_its_project_and_figure() -> None:
    x = extract(
        "'지역 AX 거점' 4곳 선정…대구·구미·천안·제주",
        "과학기술정보통신부는 13일 공모 결과 대구, 경북 구미, 충남 천안, 제주 등 4개 지역의 과제를 최종 선정했다고 밝혔다.",
        "지역 | 과제명 | 총사업비",
        "대구(달성) | 로봇 AX 실증 거점 | 420억원",
        "경북 구미 | AI 반도체 공정 AX 거점 | 380억원",
        "충남 천안 | 디스플레이 AI 품질검사 거점 | 350억원",
        "제주 | 관광 AI 서비스 실증 거점 | 210억원",
        "제주는 관광객 이동 데이터를 활용한 AI 여행 서비스 실증 거점을 조성한다.",
    )
    provinces = {i["initiative_index"]: i["province_code"] for i in x.article_initiatives}
    funded = {m["surface"]: provinces[m["initiative_index"]] for m in x.amounts if m["amount_role"] == "total"}
    assert funded == {
        "420억원": "2700000000", "380억원": "4700000000", "350억원": "4400000000", "210억원": "5000000000",
    }  # fmt: skip


def test_a_place_opening_its_sentence_takes_the_project_a_prose_list_spread_to_it() -> None:
    x = extract(
        "과기정통부, '지역 AX 혁신거점' 2곳 선정…전주·천안",
        "'지역 AX 혁신거점'이 전북 전주, 충남 천안 등 2곳에 들어선다.",
        "이 사업에는 4년간 총 600억원(국비 400억원)이 투입된다.",
        "전북 전주는 '탄소소재 AX 혁신거점'을 만든다.",
        "총사업비는 310억원(국비 205억원)이다.",
        "충남 천안은 '디스플레이 AX 혁신거점'을 조성한다.",
        "총 290억원(국비 195억원)이 들어간다.",
    )
    subjects = sorted(i["name"] for i in x.article_initiatives if i["is_subject"])
    assert subjects == ["전주 탄소소재 AX 혁신거점", "천안 디스플레이 AX 혁신거점"]


def test_a_project_of_a_listed_place_named_in_passing_stays_apart() -> None:
    x = extract(
        "전남 장성·강진에 AI 데이터센터 2곳…5조5천억 투자",
        "전남 장성과 강진에 AI 데이터센터가 각각 들어선다.",
        "지난해 착공한 남면 ‘장성 파인데이터센터’(26㎿급)보다 8배가량 규모가 크다.",
    )
    names = {i["name"] for i in x.article_initiatives}
    assert any("파인" in n for n in names) and any(n.startswith("장성") and "파인" not in n for n in names)


def test_an_estate_named_by_a_word_before_its_kind_is_one_site_with_its_short_form() -> None:
    x = extract(
        "강릉 옥계산단에 AI 데이터센터 들어선다",
        "두 회사는 총 5,000억원을 들여 옥계 일반산업단지 내 부지에 40MW급 데이터센터를 짓는다.",
        "데이터센터는 2026년 가동한다.",
    )
    assert [i["site"] for i in x.article_initiatives] == ["옥계산단"]


def test_a_word_describing_an_estate_names_no_site() -> None:
    x = extract(
        "강릉시는 도내 산업단지에 AI 데이터센터를 유치했다고 5일 밝혔다.",
        "데이터센터는 인근 산단의 기업에 연산 자원을 공급한다.",
    )
    assert [i["site"] for i in x.article_initiatives] == ["산업단지"]  # no '도내산단' of its own


def test_a_cost_named_after_a_head_funds_the_project_of_that_head() -> None:
    x = extract(
        "양재 AI 특구 옆 'AI 융합센터' 첫 삽…특구 사업비 1조4천억으로",
        "양재 AI 특구 옆에 'AI 융합센터'가 9일 착공했다.",
        "센터는 1,850억원을 들여 지상 12층 규모로 지어진다.",
    )
    assert [(amount, "특구" in name) for amount, _, name in money(x)] == [("1조4천억", True), ("1,850억원", False)]


def test_the_cost_of_a_facility_of_a_larger_project_is_a_part_of_that_project() -> None:
    x = extract(
        "광주 국가 AI 데이터센터 착공…집적단지 사업비 4,047억으로 늘어",
        "광주 인공지능(AI) 집적단지의 심장부 역할을 할 국가 AI 데이터센터가 첫 삽을 떴다.",
        "데이터센터는 1,061억원을 들여 지상 3층 규모로 지어진다.",
        "'인공지능 중심 산업융합 집적단지 조성사업'의 총사업비가 당초 3,939억원에서 4,047억원으로 늘었다.",
    )
    funded = {(a, r, "집적단지" in n) for a, r, n in money(x)}
    assert ("1,061억원", "component", True) in funded
    assert all(not (r == "total" and "데이터센터" in n) for _, r, n in money(x))


def test_a_facility_named_as_the_core_of_a_project_funds_that_project() -> None:
    x = extract(
        "양재 AI 특구의 첫 핵심시설인 'AI 융합센터'가 9일 착공했다.",
        "센터는 1,850억원을 들여 지상 12층 규모로 지어진다.",
    )
    assert [(a, r, "특구" in n) for a, r, n in money(x)] == [("1,850억원", "component", True)]


def test_two_projects_named_side_by_side_keep_their_own_money() -> None:
    x = extract(
        "광주 AI 집적단지와 국가 AI 데이터센터가 함께 추진된다.",
        "데이터센터에는 1,061억원이 들어간다.",
    )
    assert [m[1] for m in money(x)] == ["total"]


def test_a_campus_that_teaches_in_one_sentence_is_a_school_in_all() -> None:
    x = extract(
        "광주시는 첨단3지구에 국가 AI 데이터센터 2단계를 짓는다.",
        "시는 또 광주 AI 캠퍼스를 열어 청년 개발자를 키운다.",
        "AI 캠퍼스에는 120억원이 들어간다.",
    )
    assert [(a, "캠퍼스" in n) for a, _, n in money(x)] == [("120억원", True)]


def test_a_building_run_as_a_new_centre_is_a_project_of_its_own() -> None:
    x = extract(
        "대구시는 옛 경북도청 별관을 리모델링해 ‘AI 창업센터’로 운영한다고 5일 밝혔다.",
        "센터에는 120억원이 투입된다.",
    )
    assert [(a, r, "창업센터" in n) for a, r, n in money(x)] == [("120억원", "total", True)]


def test_an_industry_or_a_new_estate_before_its_kind_names_no_site() -> None:
    x = extract(
        "시는 반도체 국가산업단지 인근에 AI 데이터센터를 짓는다.",
        "데이터센터는 신설 일반산업단지에 들어선다.",
    )
    assert all(i["site"] in ("국가산업단지", "일반산업단지") for i in x.article_initiatives)


def test_an_estate_named_after_a_known_site_is_that_site() -> None:
    x = extract(
        "오창에 5천억 규모 AI 데이터센터 들어선다",
        "충북 청주 오창과학산업단지에 대규모 인공지능(AI) 데이터센터가 들어선다.",
        "가온클라우드는 청주시 청원구 오창읍 오창과학산업단지 내 부지에 총 4,870억원을 투입해 AI 전용 데이터센터를 짓는다.",
    )
    names = initiatives(x)
    assert len(names) == 1 and names[0].startswith("오창 ")  # one project, placed at 오창
    assert {i["site"] for i in x.article_initiatives} == {"오창"}


@pytest.mark.parametrize(
    "line",
    [
        "행안부는 새 센터를 대전·광주·대구 센터와 연계해 재해 시 서로 백업하도록 설계한다.",
        "새 센터는 대전·대구 센터와 함께 운영된다.",
    ],
)
def test_the_facilities_of_several_places_named_together_lend_the_project_no_place(line: str) -> None:
    x = extract(
        "세종 AI 센터 예타 통과",
        "행안부는 세종시에 범정부 AI 공동 인프라센터를 짓는다.",
        "총사업비는 4,620억원이다.",
        line,
    )
    assert [(i["name"], i["region_code"]) for i in x.article_initiatives if i["is_subject"]] == [
        ("세종 범정부 AI 공동 인프라센터", "3600000000")
    ]


def test_an_agreement_named_only_by_its_parties_is_the_projects() -> None:
    x = extract(
        "오창에 AI 데이터센터 들어선다",
        "충북도·청주시·가온클라우드 업무협약…2027년 완공 목표",
        "충북도와 청주시는 14일 가온클라우드와 'AI 데이터센터 건립 투자 업무협약'을 체결했다.",
        "가온클라우드는 오창에 총 4,870억원을 투입해 AI 데이터센터를 짓는다.",
    )
    assert initiatives(x) == ["오창 AI 데이터센터"]
    assert {m["initiative_index"] for m in x.initiatives} == {
        i["initiative_index"] for i in x.article_initiatives if i["is_subject"]
    }


def test_an_agreement_with_a_name_of_its_own_stays_apart() -> None:
    x = extract(
        "대구시, SK C&C와 'ABB 산업 생태계 활성화 협약'",
        "대구시는 4일 SK C&C와 수성알파시티에 AI 데이터센터를 짓기로 하고 'ABB 산업 생태계 활성화 협약'을 맺었다.",
        "데이터센터에는 2,000억원이 투입된다.",
    )
    assert any("협약" in n for n in initiatives(x, subjects_only=False))


@pytest.mark.parametrize(
    "background",
    [
        "도는 지난해 12월 오송에 1조2천억원 규모의 'K-바이오 스퀘어'를 조성하겠다는 계획을 내놨다.",
        "시는 앞서 송도에 3,000억원을 들여 바이오 단지를 조성했다.",
    ],
)
def test_money_stated_at_another_site_is_not_the_projects(background: str) -> None:
    x = extract(
        "오창에 AI 데이터센터 들어선다",
        "가온클라우드는 오창에 총 4,870억원을 투입해 AI 데이터센터를 짓는다.",
        "데이터센터는 2027년 완공된다.",
        background,
    )
    assert [m for m in money(x) if m[2] is not None] == [("총 4,870억원", "total", "오창 AI 데이터센터")]


def test_money_agreed_at_a_head_office_is_the_projects() -> None:
    x = extract(
        "춘천에 AI 데이터센터 짓는다",
        "네이버클라우드는 춘천 AI 데이터센터를 짓기로 했다.",
        "데이터센터는 2027년 완공된다.",
        "회사는 성남 분당 본사에서 열린 협약식에서 3000억원을 투자하기로 했다.",
    )
    assert ("3000억원", "total", "춘천 AI 데이터센터") in money(x)


def test_money_stated_at_the_projects_own_place_is_the_projects() -> None:
    x = extract(
        "오창에 AI 데이터센터 들어선다",
        "가온클라우드는 오창에 AI 데이터센터를 짓는다.",
        "데이터센터는 2027년 완공된다.",
        "회사는 오창에 총 4,870억원을 투입한다.",
    )
    assert ("총 4,870억원", "total", "오창 AI 데이터센터") in money(x)


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ('시 관계자는 "도내에서도 데이터센터 유치 경쟁이 본격화하고 있다"고 말했다.', "도내에서도"),
        ("향후 5년간 국내에 들어올 외국계 데이터센터가 늘어날 전망이다.", "들어올"),
        ("원도심 대신 대덕특구에 AI 허브센터를 짓기로 했다.", "대신"),
    ],
)
def test_a_particle_or_a_verb_is_no_word_of_a_name(line: str, word: str) -> None:
    x = extract("대전 AI 허브센터 착공", "대전시는 5일 AI 허브센터를 착공했다.", line)
    assert all(word not in n for n in initiatives(x, subjects_only=False))


def test_a_project_of_a_listed_place_named_later_at_a_district_of_it_is_one() -> None:
    x = extract(
        "산업부, 'AI 자율제조 지역거점' 4곳 선정…울산·창원·구미·청주",
        "지역별로 보면 울산은 국비 120억원에 시비 60억원을 더해 총 180억원을 들여 울산 동구 일산동 일원에 조선·해양 자율제조 거점을 만든다.",
        "창원과 청주에는 각각 국비 100억원이 배정됐다.",
    )
    ulsan = [i for i in x.article_initiatives if i["is_subject"] and i["province_code"] == "3100000000"]
    assert len(ulsan) == 1
    each = [m for m in money(x) if m[0] == "100억원"]
    assert len(each) == 2 and all(not n.startswith("울산") for _, _, n in each)


def test_respective_money_of_some_of_a_list_goes_to_the_whole_list() -> None:
    x = extract(
        "산업부, 'AI 자율제조 지역거점' 3곳 선정…울산·경남·부산",
        "울산 등 2곳에는 각각 국비 100억원이 지원된다.",
    )
    assert len([m for m in money(x) if m[0] == "100억원"]) == 3  # '등 2곳': which two is not said


def test_a_numbered_estate_of_a_known_site_stays_a_site_of_its_own() -> None:
    x = extract(
        "오창에 AI 데이터센터 두 곳",
        "가온클라우드는 충북 청주 오창과학산업단지에 AI 데이터센터를 짓는다.",
        "한빛데이터는 충북 청주 오창제2산업단지에 별도의 AI 데이터센터를 짓는다.",
    )
    sites = {i["site"] for i in x.article_initiatives if i["is_subject"]}
    assert sites == {"오창", "오창제2산단"}


def test_a_bare_facility_before_an_aside_is_not_the_asides_project() -> None:
    x = extract(
        "창원 제조 AI 실증센터 문 열어",
        "경상남도는 24일 창원 제조 AI 실증센터 개소식을 열었다.",
        "도는 데이터 센터와 GPU 학습동을 짓는 2단계(1,700억원)를 2028년 하반기 준공할 계획이다.",
        "이로써 전체 사업비는 2,680억원이 된다.",
        "한편 도는 이날 사천에서 '사천 우주항공 AI 데이터센터 구축사업' 착수보고회도 열었다.",
        "총사업비 420억원을 들여 AI 데이터센터를 짓는 사업이다.",
    )
    owners = {m[0]: m[2] for m in money(x)}
    assert owners["2,680억원"] == owners["1,700억원"] != owners["420억원"]
    assert "사천" in owners["420억원"] and "사천" not in owners["2,680억원"]


def test_a_bare_facility_in_the_headline_is_the_project_the_body_names() -> None:
    x = extract(
        "AI 데이터센터 첫 삽",
        "강원도는 5일 춘천 수열에너지 AI 데이터센터 착공식을 열었다.",
        "총사업비는 7,900억원이다.",
    )
    assert initiatives(x) == ["춘천 수열에너지 AI 데이터센터"]
    assert [m[2] for m in money(x)] == ["춘천 수열에너지 AI 데이터센터"]


@pytest.mark.parametrize(
    "line",
    [
        "경북 경산 지식산업지구에서 로봇 실증 클러스터, 이른바 'GB 휴머노이드 밸리' 착공식이 열렸다.",
        "경북 경산 지식산업지구에서 로봇 실증 클러스터(일명 'GB 휴머노이드 밸리') 착공식이 열렸다.",
    ],
)
def test_a_name_given_as_so_called_after_another_is_the_same_project(line: str) -> None:
    x = extract("착공", line, "총사업비는 3,060억원이다.")
    assert len(initiatives(x, subjects_only=False)) == 1


@pytest.mark.parametrize(
    "naming",
    [
        "이름은 ‘K-로봇 밸리’로 붙였다.",
        "별칭은 '로봇 드림 밸리'로 정했다.",
        "사업명을 '경북 로봇 밸리'로 확정했다.",
    ],
)
def test_a_sentence_that_names_the_project_just_described_gives_it_another_name(naming: str) -> None:
    x = extract(
        "경북, 휴머노이드 실증 클러스터 만든다",
        "경상북도는 경산 지식산업지구에 휴머노이드 실증 클러스터를 만든다.",
        naming,
        "총사업비는 2,800억원이다.",
    )
    assert len(initiatives(x, subjects_only=False)) == 1


def test_a_name_sentence_of_a_project_the_article_names_again_keeps_it_apart() -> None:
    x = extract(
        "경북, 휴머노이드 실증 클러스터 만든다",
        "경상북도는 경산 지식산업지구에 휴머노이드 실증 클러스터를 만든다.",
        "이름은 ‘구미 AI 데이터센터’ 옆 ‘구미 로봇 밸리’와 헷갈리지 않게 지었다.",
        "구미 로봇 밸리에는 별도로 500억원이 들어간다.",
    )
    assert len(initiatives(x, subjects_only=False)) >= 2


def test_a_roundup_gives_each_named_project_the_total_stated_right_after_it() -> None:
    x = extract(
        "AI 데이터센터 지방 시대",
        "수도권 전력 포화로 AI 데이터센터가 지방으로 내려가고 있다.",
        "가장 규모가 큰 곳은 부산 강서구 에코델타시티의 부산 AIDC다.",
        "KT클라우드 컨소시엄이 짓는 100MW급으로, 총사업비는 2조3,400억원이다.",
        "충북 충주에서는 충주댐 수열 데이터센터가 공사 중이다.",
        "이 사업의 총사업비는 4,350억원이다.",
        "울산, 전남 해남, 강원 등에서도 AI 데이터센터 유치 경쟁이 치열하다.",
    )
    owners = {m[0]: m[2] for m in money(x)}
    assert owners["2조3,400억원"] == "부산 AIDC"
    assert "수열" in owners["4,350억원"]
    assert not any("해남" in n or "울산" in n for n in initiatives(x, subjects_only=False))


def test_a_place_right_before_a_quoted_name_is_that_names_place() -> None:
    x = extract(
        "예타 면제",
        "기획재정부는 24일 인천 'AI 융합혁신 집적단지', 경남 '창원 피지컬 AI 실증단지' 등 2개 사업의 예타 면제안이 의결됐다고 밝혔다.",
        "인천 'AI 융합혁신 집적단지'는 송도국제도시에 총사업비 3,480억원을 들여 짓는 사업이다.",
        "경남 '창원 피지컬 AI 실증단지'는 창원국가산업단지에 1,370억원(국비 760억원·도비 250억원)을 투입한다.",
        "두 사업의 총사업비는 4,850억원이다.",
    )
    regions = {i["name"]: i["region_code"] for i in x.article_initiatives if i["is_subject"]}
    assert regions["인천 AI 융합혁신 집적단지"].startswith("28")
    assert regions["창원 피지컬 AI 실증단지"].startswith("48")
    roles = {m[0]: m[1] for m in money(x)}
    assert roles["3,480억원"] == roles["1,370억원"] == "total" and roles["4,850억원"] == "cumulative"


def test_a_programme_for_the_regions_in_general_is_in_no_province() -> None:
    x = extract(
        "지역 AI 확산 사업 본격화",
        "경남 창원의 제조 AX 실증밸리는 지난 9월 착공했다.",
        "'지역 인공지능 확산 사업'에는 올해 9,800억원이 배정됐다.",
    )
    programme = next(i for i in x.article_initiatives if i["name"].startswith("지역"))
    assert programme["region_code"] is None
    assert [m[1] for m in money(x) if m[0] == "9,800억원"] == ["national"]


def test_the_regions_hubs_a_ministrys_programme_builds_are_in_no_province_though_its_shares_are_listed() -> None:
    x = extract(
        "산업부, 내년 '지역 AX 혁신거점 조성사업' 예산 900억",
        "산업통상자원부가 내년 '지역 AX 혁신거점 조성사업' 예산으로 900억 원을 편성했다.",
        "시도별로는 경북 200억 원, 경남 180억 원, 전남 170억 원, 충남 180억 원, 강원 170억 원이 배정됐다.",
        "지역 AX 혁신거점 조성사업은 비수도권 제조기업의 AI 전환을 돕는 국가 사업이다.",
    )
    hub = next(i for i in x.article_initiatives if i["name"].startswith("지역"))
    assert hub["region_code"] is None
    assert {m[1] for m in money(x)} == {"national"}


def test_a_ministrys_programme_whose_budget_is_shared_out_over_provinces_is_in_none() -> None:
    x = extract(
        "산업부, 올해 AI 공정혁신 보급 예산 1500억 배분",
        "산업통상자원부는 3일 '2026년 AI 공정혁신 보급사업' 추진 계획을 발표했다.",
        "올해 예산 1500억원 가운데 전남에 300억원, 경북에 280억원, 경남에 250억원이 배정됐다.",
        "나머지 670억원은 다른 시·도에 나뉜다.",
    )
    programme = next(i for i in x.article_initiatives if "공정혁신" in i["name"])
    assert programme["region_code"] is None
    assert "total" not in {m[1] for m in money(x)}


def test_a_ministrys_programme_a_province_won_stays_that_provinces_when_nothing_is_shared_out() -> None:
    x = extract(
        "전남, 'AI 공정혁신 실증사업' 선정",
        "산업통상자원부는 3일 '여수 AI 공정혁신 실증사업' 수행기관으로 전남테크노파크를 선정했다.",
        "사업비는 300억원이다.",
    )
    project = next(i for i in x.article_initiatives if "공정혁신" in i["name"])
    assert project["region_code"] is not None and project["region_code"].startswith("46")
    assert [m[1] for m in money(x)] == ["total"]


def test_a_hub_a_province_builds_keeps_its_province_though_named_for_the_regions() -> None:
    x = extract(
        "충북, '지역 AI 선도거점' 오송에 조성",
        "충북도는 오송에 '지역 AI 선도거점'을 만들고 2028년까지 300억 원을 들인다.",
    )
    hub = next(i for i in x.article_initiatives if "거점" in i["name"])
    assert hub["region_code"] is not None and hub["region_code"].startswith("43")
    assert [m[1] for m in money(x)] == ["total"]


def test_a_programme_for_the_country_is_in_no_province_though_the_article_names_one() -> None:
    x = extract(
        "과기정통부 내년 AI 예산 4조원",
        "'국가 AI 연산자원 확충' 사업에 1조원이 편성됐다.",
        "또 광주 첨단3지구에 짓는 'AI 실증 컴퓨팅센터'에 국비 150억 원이 반영됐다.",
    )
    programme = next(i for i in x.article_initiatives if i["name"].startswith("국가"))
    assert programme["region_code"] is None
    assert [m[1] for m in money(x) if m[0] == "1조원"] == ["national"]


def test_the_budget_of_a_kind_of_hub_selected_in_several_provinces_is_national_not_the_first_ones() -> None:
    x = extract(
        "과기정통부, '지역 AX 거점' 4곳 선정…대전·충북·경남·강원",
        "이 사업에는 2027년까지 전국에 총 2,000억원이 투입된다.",
        "올해 국비 예산은 120억원이다.",
        "대전은 대덕연구개발특구에 'AI 반도체 설계 실증 거점'을 만든다.",
        "총 260억원(국비 150억원·시비 110억원)을 들여 검증 장비를 갖춘다.",
    )
    assert [m[1] for m in money(x) if m[0] in ("총 2,000억원", "120억원")] == ["national", "national"]
    assert ("총 260억원", "total", "대덕연구개발특구 AI 반도체 설계 실증 거점") in money(x)


def test_a_regions_own_programme_named_for_its_region_stays_there() -> None:
    x = extract(
        "울산 AI 확산 사업 본격화",
        "울산시는 '울산 지역 인공지능 확산 사업'에 올해 98억원을 배정했다.",
    )
    [programme] = [i for i in x.article_initiatives if "확산" in i["name"]]
    assert programme["region_code"].startswith("31")


def test_a_province_selected_for_a_programme_of_every_region_holds_its_part() -> None:
    x = extract(
        "충북, 지역 AI 확산 사업 선정",
        "충북도는 과기정통부가 주관하는 '지역 인공지능 확산 사업'에 선정돼 국비 120억원을 확보했다고 밝혔다.",
        "도는 도비 60억원을 더해 모두 180억원을 청주 오창에 투입한다.",
    )
    [programme] = [i for i in x.article_initiatives if "확산" in i["name"]]
    assert programme["region_code"].startswith("43")
    assert "national" not in [m[1] for m in money(x)]


def test_a_name_given_to_a_centre_goes_to_the_centre_not_the_last_project() -> None:
    x = extract(
        "경남 AI 거점 조성",
        "도는 창원에 AI 데이터센터를 짓고 김해에 로봇 클러스터를 조성한다.",
        "센터 이름은 'AI 팩토리 밸리'로 정했다.",
        "총사업비는 3천억원이다.",
    )
    groups = [i for i in x.article_initiatives if "김해" in i["name"]]
    assert all("팩토리" not in i["name"] for i in groups)


# --- a national selection: each place's own budget, the programme's sum in no place -------------


def funded_provinces(x: ExtractedArticle) -> dict[str, tuple[str, str]]:
    """Each linked amount: its role and the first two digits of its initiative's province."""
    by_index = {i["initiative_index"]: i for i in x.article_initiatives}
    return {
        a["surface"]: (a["amount_role"], by_index[a["initiative_index"]]["province_code"][:2])
        for a in x.amounts
        if a["initiative_index"] is not None
    }


def _selection() -> ExtractedArticle:
    return extract(
        "산업부, 'AI 제조 실증거점' 3곳 선정…총 900억 투입",
        "산업통상부는 'AI 제조 실증거점' 공모 결과 경남 창원, 전남 여수, 충북 청주 등 3곳을 선정했다고 2일 밝혔다.",
        "3곳에는 2028년까지 국비 540억원을 포함해 총 900억원이 투입된다.",
        "창원과 여수에는 각각 350억원과 300억원이 들어간다.",
        "청주는 이차전지 AX 거점으로 250억원 규모다.",
    )


def test_a_selections_sum_is_in_no_place_and_its_headline_says_the_same() -> None:
    roles = [(m[0], m[1]) for m in money(_selection())]
    assert (
        ("총 900억", "national") in roles and ("총 900억원", "national") in roles and ("540억원", "national") in roles
    )


def test_figures_given_respectively_go_to_the_places_the_sentence_names_of_a_longer_list() -> None:
    x = _selection()
    region_of = {i["initiative_index"]: i["region_code"] for i in x.article_initiatives}
    placed = {a["surface"]: (a["amount_role"], region_of[a["initiative_index"]][:2]) for a in x.amounts}
    assert placed["350억원"] == ("total", "48")  # 창원, 경남
    assert placed["300억원"] == ("total", "46")  # 여수, 전남
    assert placed["250억원 규모"] == ("total", "43")  # 청주, 충북


def test_a_figure_goes_to_the_name_just_before_it_not_to_the_next_clauses() -> None:
    x = extract(
        "지역 AX 거점 2곳 확정",
        "정부는 충남 천안과 강원 원주를 AX 거점으로 선정했다.",
        "충남 천안은 모빌리티 부품 AX 거점으로 350억원, 강원 원주는 의료기기 AX 거점으로 300억원 규모다.",
    )
    funded = {m[0]: (m[1], m[2]) for m in money(x)}
    assert funded["350억원"][1].endswith("모빌리티 부품 AX 거점")
    assert funded["300억원 규모"][1].endswith("의료기기 AX 거점")
    assert funded["350억원"][0] == funded["300억원 규모"][0] == "total"


def test_a_figure_placed_in_a_province_funds_that_provinces_project_not_anothers() -> None:
    x = extract(
        "AX 실증사업 4곳 선정",
        "울산은 동구에 '조선 AX 실증센터'를 만든다.",
        "전북특별자치도는 김제에 농생명 실증 사업을 벌인다.",
        "사업비는 360억원으로 국비 220억원과 도비 140억원이 들어간다.",
    )
    assert not any(province == "31" for _, province in funded_provinces(x).values())  # none of it is 울산's


def test_listed_provinces_each_with_a_figure_are_each_a_whole() -> None:
    x = extract(
        "지역 AX 선도 프로젝트 3개 시·도 선정",
        "정부가 '지역 AX 선도 프로젝트' 대상으로 울산, 부산, 강원 등 3개 시·도를 선정했다.",
        "사업 기간은 3년이며 총 368억원이 투입된다.",
        "지역별 총사업비는 ▲울산 '조선소 물류 AI' 138억원 ▲부산 '항만 물류 AX' 126억원 ▲강원 '의료기기 AI' 104억원이다.",
    )
    placed = funded_provinces(x)
    assert placed["138억원"] == ("total", "31")
    assert placed["126억원"] == ("total", "26")
    assert placed["104억원"] == ("total", "51")


# --- two projects of one city kept apart; one project's names kept together ----------------------


def _two_in_one_city() -> ExtractedArticle:
    return extract(
        "청라에 데이터센터 2곳 동시 추진",
        "인천 서구 청라국제도시에 데이터센터 두 곳이 동시에 추진된다.",
        "에이펙스클라우드는 청라 국제업무단지에 4,200억원을 들여 40MW 규모 AI 데이터센터 '청라 AX센터'를 짓는다.",
        "이와 별도로 한누리IDC는 청라 의료복합타운 인근에 1,900억원을 투입해 엣지 데이터센터를 건립한다.",
        "인천에서는 영종국제도시에서도 하이퍼스케일 AI 데이터센터가 추진되고 있다.",
    )


def test_a_quoted_name_right_after_a_head_is_that_heads_name() -> None:
    funded = {m[0]: m[2] for m in money(_two_in_one_city())}
    assert funded["4,200억원"] == "청라 AX센터"


def test_a_project_set_apart_from_the_one_before_is_another() -> None:
    funded = {m[0]: m[2] for m in money(_two_in_one_city())}
    assert funded["1,900억원"] != funded["4,200억원"]
    assert "엣지" in funded["1,900억원"]


def test_a_project_of_another_place_spoken_of_beside_is_no_part_of_these() -> None:
    x = _two_in_one_city()
    groups = [i for i in x.article_initiatives if i["site"] == "영종"]
    assert groups and all("엣지" not in i["name"] for i in groups)


def test_a_name_in_brackets_after_a_head_is_another_name_of_it() -> None:
    x = extract(
        "영종 AIDC 사업비 2조4700억으로",
        "영종국제도시에 들어서는 하이퍼스케일 AI 데이터센터(영종 AIDC) 사업비가 4,400억원 늘어난다.",
        "총사업비는 2조300억원에서 2조4,700억원으로 조정됐다.",
    )
    assert len([i for i in x.article_initiatives if i["is_subject"]]) == 1


@pytest.mark.parametrize("written", ["영종도", "영종국제도시", "영종"])
def test_a_well_known_site_by_a_longer_name_is_the_same_site(written: str) -> None:
    x = extract("영종 데이터센터 착공", f"{written}에 AI 데이터센터가 들어선다.")
    assert [i["site"] for i in x.article_initiatives] == ["영종"]


def test_a_centre_and_the_data_centre_of_the_same_name_are_one() -> None:
    x = extract(
        "청라 의료타운 옆엔 20MW 엣지센터",
        "한누리클라우드는 청라 의료복합타운 인근에 1,900억원을 투입해 엣지 데이터센터를 건립한다.",
    )
    assert len(initiatives(x)) == 1


def test_a_centre_and_a_data_centre_named_apart_stay_two() -> None:
    x = extract(
        "청라에 에이펙스 AI센터와 엣지 데이터센터",
        "에이펙스클라우드는 청라에 에이펙스 AI센터를, 한누리클라우드는 엣지 데이터센터를 짓는다.",
        "에이펙스 AI센터에는 4,200억원, 엣지 데이터센터에는 1,900억원이 들어간다.",
    )
    assert len(initiatives(x)) == 2


def test_an_amount_sizing_a_project_of_no_name_is_the_articles_project() -> None:
    x = extract(
        "울산 제조 AX 실증밸리 예산 심사",
        "울산시의회는 '울산 제조 AX 실증밸리' 조성사업 예산 182억원을 점검했다.",
        '한 위원은 "실증센터 설계 용역(12억원)이 늦어진다"며 "총사업비 4,287억원짜리 국가사업이 흔들린다"고 말했다.',
    )
    funded = {m[0]: m[2] for m in money(x)}
    assert funded["4,287억원"] == "울산 제조 AX 실증밸리"


def test_the_whole_of_the_project_is_the_articles_project() -> None:
    x = extract(
        "강릉 AI반도체 실증 클러스터 예타 면제",
        "강원도는 '강원 AI반도체 실증 클러스터' 1단계 사업의 예타 면제가 확정됐다고 밝혔다.",
        "1단계에는 NPU 데이터센터 1개 동과 실증 지원센터가 들어선다.",
        "도는 전체 사업 규모는 1조원 이상이라고 설명했다.",
    )
    funded = {m[0]: m[2] for m in money(x)}
    assert funded["1조원 이상"] == "강원 AI반도체 실증 클러스터"


def test_a_fund_of_another_industry_is_no_ai_initiative() -> None:
    x = extract(
        "전남도, 1000억 규모 'AI 신산업 펀드' 만든다",
        "전라남도는 1,000억원 규모의 '전남 AI 신산업 육성펀드'를 조성한다고 9일 밝혔다.",
        "전남도는 앞서 2022년 500억원 규모의 전남 그린뉴딜 펀드를 조성한 바 있다.",
    )
    assert initiatives(x) == ["전남 AI 신산업 육성펀드"]


def _valley() -> ExtractedArticle:
    return extract(
        "'실증밸리' 첫 삽",
        "1단계 2140억원 투입…실증센터 2027년 12월 준공 목표",
        "울산시는 5일 '울산 제조 AX 실증밸리'의 핵심 시설인 실증센터 착공식을 열었다.",
        "실증밸리는 2031년까지 총 4,287억원을 들여 실증센터와 공정 디지털트윈 테스트베드, GPU 클러스터를 차례로 구축하는 사업이다.",
        "이 가운데 이번에 시작하는 1단계에는 2,140억원이 투입된다.",
    )


def test_a_part_of_the_total_just_before_funds_what_that_total_funds() -> None:
    funded = {m[0]: m[2] for m in money(_valley())}
    assert funded["2,140억원"] == funded["총 4,287억원"] == "울산 제조 AX 실증밸리"


def test_a_subheadings_figure_funds_what_the_bodys_same_figure_funds() -> None:
    funded = {m[0]: m[2] for m in money(_valley())}
    assert funded["2140억원"] == "울산 제조 AX 실증밸리"


def test_money_spent_on_three_facilities_listed_without_etc_builds_the_project() -> None:
    x = extract(
        "[기획] 'AI 팩토리 밸리'를 꿈꾸는 아산",
        "충남 아산 탕정면 일대가 'AI 팩토리 밸리'로 불릴 AI 자율제조 클러스터 부지다.",
        "충남도는 이곳에 총사업비 1조1460억원을 들여 자율제조 실증센터와 제조 AI 데이터센터, 기업 입주 공간을 짓는다.",
    )
    funded = {m[0]: m[2] for m in money(x)}
    assert "실증센터" not in funded["1조1460억원"] and "데이터센터" not in funded["1조1460억원"]


def test_a_verb_that_calls_a_place_by_a_name_is_no_part_of_the_next_name() -> None:
    x = extract("아산 AI 자율제조 클러스터", "이 일대가 'AI 팩토리 밸리'로 불릴 AI 자율제조 클러스터 부지다.")
    assert not any("불릴" in name for name in initiatives(x, subjects_only=False))


def test_also_said_of_a_trade_not_a_place_sets_nothing_apart() -> None:
    x = extract(
        "울산 AI 데이터센터 착공",
        "SK텔레콤은 울산 남구에 AI 데이터센터를 짓는다.",
        "업계에서도 이 AI 데이터센터에 주목하고 있다.",
    )
    assert len(initiatives(x)) == 1


def test_a_project_the_sentence_is_about_keeps_the_size_it_is_given() -> None:
    x = extract(
        "울산 AI 데이터센터와 실증센터",
        "SK텔레콤은 울산 남구에 AI 데이터센터를 짓는다.",
        "울산 제조 AI 실증센터는 500억원 규모의 사업이다.",
    )
    funded = {m[0]: m[2] for m in money(x)}
    assert funded["500억원 규모"].endswith("실증센터")


def test_a_department_of_an_institute_is_no_initiative() -> None:
    x = extract(
        "대구 AI 로봇 실증 클러스터 예타 통과",
        "대구시의 'AI 로봇 실증 클러스터'가 예비타당성조사를 통과했다.",
        "한국개발연구원(KDI) 공공투자관리센터가 수행한 이번 조사에서 사업은 B/C 0.91을 받았다.",
    )
    assert initiatives(x, subjects_only=False) == ["대구 AI 로봇 실증 클러스터"]


def test_facilities_a_cluster_is_equipped_with_are_no_projects_of_their_own() -> None:
    x = extract(
        "대구시, 국가산단에 'AI 로봇 실증 클러스터' 조성",
        "대구시가 대구국가산업단지에 'AI 로봇 실증 클러스터'를 만든다.",
        "기본계획에 따르면 클러스터는 약 33만㎡ 부지에 실증동과 테스트베드, 기업지원동, AI 학습데이터센터를 갖춘다.",
    )
    assert initiatives(x) == ["대구 AI 로봇 실증 클러스터"]


@pytest.mark.parametrize(
    ("housing", "whole"),
    [
        ("클러스터에는 ‘제조 AI 실증센터’와 교육동, 기업지원동 등이 들어선다.", "경남 창원 AI 산업 클러스터"),
        ("클러스터에는 'AI 실증지원센터'와 기업 입주동이 들어설 예정이다.", "경남 창원 AI 산업 클러스터"),
        ("클러스터에는 AI 데이터센터와 연구동 등이 입주한다.", "경남 창원 AI 산업 클러스터"),
    ],
)
def test_facilities_a_cluster_houses_are_parts_and_the_cost_after_them_is_the_clusters(
    housing: str, whole: str
) -> None:
    x = extract(
        "경남 창원 AI 산업 클러스터 조성",
        "경남도는 창원국가산단에 AI 산업 클러스터를 조성한다고 밝혔다.",
        housing,
        "사업은 2029년 마무리되며, 총사업비는 3,200억원이다.",
    )
    assert funded_totals(x) == [whole]


def test_a_centre_named_as_the_first_of_a_companys_many_is_in_passing() -> None:
    x = extract(
        '한빛텔레콤 "2026년까지 AI에 5조 이상 투자"',
        "한빛텔레콤이 2026년까지 5년간 인공지능(AI) 분야에 5조원 이상을 투자한다고 12일 밝혔다.",
        "데이터센터는 현재 전국 12곳에서 2026년 400MW로 늘린다.",
        "지난해 착공한 경북 구미 AI 클라우드센터를 비롯해 수도권과 지방에 신규 센터를 잇따라 짓는다는 계획이다.",
    )
    assert initiatives(x) == []


def test_a_project_the_article_reports_stays_its_subject_when_others_follow_it() -> None:
    x = extract(
        "구미 AI 데이터센터 착공",
        "한빛텔레콤은 구미 공단동에서 'AI 클라우드센터' 착공식을 열었다고 12일 밝혔다.",
        "총사업비는 3천200억원이다.",
        "회사는 구미 센터를 비롯해 수도권에 신규 센터를 잇따라 짓는다.",
    )
    assert len(initiatives(x)) == 1


@pytest.mark.parametrize(
    "existing",
    [
        "대구에는 이미 국가정보자원관리원 대구 클라우드센터가 운영되고 있다.",
        "대구에는 이미 삼성SDS 대구 데이터센터가 가동 중이다.",
    ],
)
def test_a_facility_said_to_run_already_is_not_the_storys_new_project(existing: str) -> None:
    x = extract(
        "대구시, AI 데이터센터 유치",
        "대구시는 국가산단에 AI 데이터센터를 유치한다고 밝혔다.",
        existing,
        "데이터센터에는 총 1조원이 투입된다.",
    )
    funded = {surface: name for surface, role, name in money(x) if role == "total"}
    assert funded["총 1조원"] == "대구 AI 데이터센터"


def test_the_storys_own_centre_running_already_is_still_its_project() -> None:
    x = extract(
        "삼성SDS 구미 데이터센터, 증설 착수",
        "삼성SDS 구미 데이터센터가 가동 중인 가운데 회사는 증설에 나선다.",
        "증설에는 총 3천억원이 투입된다.",
    )
    assert [n for _, role, n in money(x) if role == "total"] == ["삼성SDS 구미 데이터센터"]


def test_a_short_form_of_one_of_two_centres_names_that_one() -> None:
    x = extract(
        "구미에 데이터센터 2곳…산동 엣지 센터·공단동 AI 클라우드센터",
        "리버스톤인프라는 산동읍 일대에 '구미 산동 엣지 데이터센터'를 짓는다.",
        "사업비는 1,500억원이다.",
        "한빛텔레콤은 공단동 옛 섬유공장 부지에 'AI 클라우드센터'를 세운다.",
        "총사업비 3천200억원을 들여 2025년까지 짓는다.",
    )
    funded = {surface: name for surface, role, name in money(x) if role == "total"}
    assert funded["1,500억원"] == "구미 산동 엣지 데이터센터"
    assert funded["3천200억원"] is not None and funded["3천200억원"].endswith("AI 클라우드센터")


def test_an_unquoted_kind_of_centre_is_the_one_named_just_before_not_a_short_form() -> None:
    x = extract(
        "전남에 데이터센터 잇따라",
        "전남도는 해남 솔라시도 AI 데이터센터 유치를 확정했다.",
        "솔라시도 센터에는 3조원이 투입된다.",
        "이와 별도로 KT는 영암 하이퍼스케일 데이터센터를 짓기로 했다.",
        "GPU 1만장 규모의 AI 데이터센터에는 5천억원이 투입된다.",
    )
    funded = {surface: name for surface, role, name in money(x) if role == "total"}
    assert funded["5천억원"] is not None and "영암" in funded["5천억원"]


def test_a_bare_head_is_no_short_form_of_one_of_two_centres() -> None:
    x = extract(
        "구미에 데이터센터 2곳",
        "리버스톤인프라는 산동읍에 '구미 산동 엣지 데이터센터'를 짓는다.",
        "한빛텔레콤은 공단동에 '구미 AI 클라우드 데이터센터'를 세운다.",
        "데이터센터는 2025년 문을 연다.",
    )
    assert len(initiatives(x)) == 2


def test_a_project_a_place_houses_is_still_a_project_of_its_own() -> None:
    x = extract(
        "울산 남구에 AI 데이터센터",
        "울산시는 남구 일대를 AI 산업 거점으로 키운다.",
        "남구에는 ‘울산 AI 데이터센터’와 연구동이 들어선다.",
        "데이터센터 사업비는 5,000억원이다.",
    )
    assert ("5,000억원", "total", "울산 AI 데이터센터") in money(x)


def test_a_data_centre_equipped_with_a_building_is_still_a_project_without_a_whole_before_it() -> None:
    x = extract(
        "춘천에 AI 데이터센터 들어선다",
        "춘천시 AI 데이터센터는 서버동과 냉각동을 갖춘다.",
    )
    assert initiatives(x) == ["춘천시 AI 데이터센터"]


def test_a_project_set_against_the_articles_is_another_project() -> None:
    x = extract(
        "서귀포에 데이터센터 또 온다… 혁신도시 '엣지 데이터센터' 620억 투자 협약",
        "대정읍에 짓고 있는 초대형 하이퍼스케일 데이터센터와 달리, 이번에는 서귀포 혁신도시에 도심형 '엣지 데이터센터'다.",
        "제주특별자치도는 14일 탐라데이터㈜와 '서귀포 혁신도시 엣지 데이터센터 구축 협약'을 맺었다.",
        "총사업비는 620억원이다.",
        "노스웨이브가 대정읍에 짓는 1조1870억원 규모 하이퍼스케일 데이터센터가 AI 학습용이라면, 엣지 데이터센터는 서비스용이다.",
    )
    funded = {name: surface for surface, role, name in money(x) if role == "total"}
    assert funded["서귀포 혁신도시 엣지 데이터센터"] == "620억원"
    assert "1조1870억원 규모" not in [s for s, _, n in money(x) if n == "서귀포 혁신도시 엣지 데이터센터"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("장성군 황룡면 월평리 일원에 조성되는 AI 데이터센터는 2027년 완공을 목표로 한다.", "장성 AI 데이터센터"),
        ("서귀포시 대정읍에 재생에너지로만 돌아가는 데이터센터를 짓는다.", "서귀포 데이터센터"),
    ],
)
def test_a_project_in_a_town_is_named_by_its_city(sentence: str, name: str) -> None:
    assert initiatives(extract(sentence), subjects_only=False) == [name]


def test_two_data_centres_in_two_towns_of_one_county_stay_two() -> None:
    x = extract(
        "해남에 데이터센터 두 곳",
        "해남군 산이면에 들어서는 AI 데이터센터는 1조원 규모다.",
        "해남군 화원면에 들어서는 AI 데이터센터는 5천억원 규모다.",
    )
    assert len(initiatives(x, subjects_only=False)) == 2


def test_the_provinces_national_estate_and_the_estate_in_its_county_are_one_site() -> None:
    x = extract(
        "대구시, 달성 국가산단에 3천200억 'AI 로봇 실증 클러스터' 조성 추진",
        "대구시가 달성군 구지면 대구국가산업단지 2단계 부지에 인공지능 기반 지능형 로봇 실증 클러스터를 만든다.",
    )
    assert len(initiatives(x)) == 1


def test_a_centre_described_by_how_it_is_powered_is_the_named_one() -> None:
    x = extract(
        "美 노스웨이브, 제주에 9억 달러 '그린 하이퍼스케일 데이터센터' 짓는다",
        "서귀포 대정읍에 100% 재생에너지 데이터센터… 제주도·제주에너지공사 MOU",
        "제주특별자치도는 3일 노스웨이브 클라우드와 '제주 그린 하이퍼스케일 데이터센터 건립 투자 양해각서(MOU)'를 맺었다.",
        "노스웨이브는 대정읍 일대에 초대형 데이터센터를 짓는다.",
    )
    assert len(initiatives(x)) == 1


def test_the_core_facility_of_the_articles_cluster_is_a_part_of_it() -> None:
    x = extract(
        "충남도, 아산에 '반도체·AI로봇 실증 클러스터'…2,280억 투입",
        "도는 총사업비 2,280억원을 들여 배방읍 일원에 '충남 반도체·AI로봇 실증 클러스터'를 조성한다고 23일 밝혔다.",
        "핵심 시설인 통합실증센터 '로보틱스원'의 건립비도 680억원에서 612억원으로 낮아졌다.",
    )
    totals = [m for m in money(x) if m[1] == "total"]
    assert all(name == "충남 반도체·AI로봇 실증 클러스터" for _, _, name in totals)
    assert ("612억원", "component", "충남 반도체·AI로봇 실증 클러스터") in money(x)


@pytest.mark.parametrize(
    "core",
    [
        "학습용 GPU를 모은 AI 데이터센터가 핵심 시설이다.",
        "실증 장비를 갖춘 'AI 로봇 실증동'과 제조 AI 데이터센터가 핵심 시설이다.",
        "AI 데이터센터는 단지의 중심 시설로 2028년 문을 연다.",
    ],
)
def test_a_facility_its_sentence_calls_the_core_facility_is_a_part_and_the_whole_keeps_its_total(core: str) -> None:
    x = extract(
        "구미에 '전자산업 AX 실증단지'…2천억 예타 신청",
        "경북도는 구미국가산업단지에 '전자산업 AI 전환(AX) 실증단지'를 조성하기 위해 예타를 신청했다.",
        core,
        "총사업비는 2천억원으로, 이 가운데 국비가 1천400억원이다.",
    )
    totals = {(surface, name) for surface, role, name in money(x) if role == "total"}
    assert {name for _, name in totals} == {initiatives(x)[0]} and "실증단지" in initiatives(x)[0]
    assert ("2천억원", initiatives(x)[0]) in totals


def test_a_facility_listed_first_with_its_own_clause_after_is_not_called_core() -> None:
    x = extract(
        "구미에 '전자산업 AX 실증단지' 조성",
        "경북도는 구미국가산업단지에 '전자산업 AX 실증단지'를 조성한다.",
        "시는 별도로 선산읍에 AI 데이터센터를 짓고, 연구동이 핵심 시설이다.",
    )
    assert len(initiatives(x)) == 2


def test_a_project_called_by_the_acronym_of_its_full_name_is_that_project() -> None:
    x = extract(
        "원주에 '강원 AX 혁신센터' 문 열어",
        "강원형 제조AI 전환 프로젝트(GW-AX)의 거점인 '강원 AX 혁신센터'가 5일 원주에서 문을 열었다.",
        "2030년까지 5년간 모두 1천250억원이 들어가는 GW-AX 프로젝트의 첫해 사업이다.",
    )
    assert initiatives(x) == ["강원형 제조AI 전환 프로젝트"]
    assert ("모두 1천250억원", "total", "강원형 제조AI 전환 프로젝트") in money(x)


def test_a_data_centre_named_by_its_site_and_by_its_company_is_one() -> None:
    x = extract(
        "사하 신평장림산단에 '오션넷 데이터센터'",
        "㈜오션넷이 부산 사하구 신평장림일반산업단지에 30MW급 데이터센터를 짓는다.",
        "부산시와 오션넷은 28일 '신평장림산단 데이터센터 건립 투자협약'을 맺었다.",
        "총 투자액은 2,350억원이다.",
        "지난달 강서구 화전산단에서 착공한 AI 특화 데이터센터(6,200억원)에 이어 부산에서 두 번째로 큰 데이터센터 투자다.",
    )
    funded = [(s, n) for s, r, n in money(x) if r == "total"]
    assert len({n for _, n in funded}) == 1 and funded[0][0] == "2,350억원"
    assert ("6,200억원", "component") not in [(s, r) for s, r, n in money(x) if n == funded[0][1]]


def test_an_agreement_named_after_a_programme_and_its_earlier_phase_are_that_programme() -> None:
    x = extract(
        "대전 AI 자율제조 2단계 협약…1·2단계 합쳐 700억 투입",
        "대전시는 9일 시청에서 산업통상부와 'AI 자율제조 전환 확산사업' 2단계 협약을 맺었다.",
        "2단계 사업비는 490억원이다.",
        "2023년 시작한 1단계 'AI 기반 뿌리산업 제조혁신 지원사업' 210억원을 더하면 두 단계에 걸쳐 모두 700억원이 들어가는 셈이다.",
        "대덕산업단지에 들어설 자율제조 테스트베드는 2027년 상반기 문을 연다.",
    )
    assert initiatives(x) == ["대전 AI 자율제조 전환 확산사업"]
    assert ("모두 700억원", "total", "대전 AI 자율제조 전환 확산사업") in money(x)


def test_a_county_written_short_in_a_quoted_name_is_its_place_not_a_word() -> None:
    x = extract(
        "충북 음성에 30억 달러 'Hyperscale AIDC'…한결클라우드와 MOU",
        "충북도는 22일 음성군, 한결클라우드와 '음성 하이퍼스케일 AI 데이터센터(Eumseong Hyperscale AIDC)' 건립을 위한 "
        "투자 양해각서를 맺었다.",
    )
    assert initiatives(x) == ["음성 하이퍼스케일 AI 데이터센터"]


def test_a_name_with_its_county_is_not_prefixed_with_the_estate_it_stands_in() -> None:
    x = extract(
        "음성 하이퍼스케일 AI 데이터센터 착공",
        "음성군 원남면 원남테크노밸리에 들어서는 '음성 하이퍼스케일 AI 데이터센터'가 첫 삽을 떴다.",
    )
    assert initiatives(x) == ["음성 하이퍼스케일 AI 데이터센터"]


def test_places_each_with_a_whole_and_its_part_respectively_keep_their_own_figures() -> None:
    x = extract(
        "과기정통부, 지역 AX 실증 선도사업 4곳 선정",
        "과기정통부는 '지역 AX 실증 선도사업' 결과 충북, 경남, 강원, 울산 등 4개 지역을 선정했다.",
        "강원은 '강원 의료 AX 실증'으로 총 150억원(국비 100억원)을, 울산은 '울산 조선 AX 실증'으로 "
        "총 176억원(국비 116억원)을 각각 투입한다.",
    )
    by_amount = {a["surface"]: a["region_code"][:2] for a in x.amounts}
    assert by_amount["총 150억원"] == by_amount["100억원"] == "51"  # 강원
    assert by_amount["총 176억원"] == by_amount["116억원"] == "31"  # 울산


# --- a name's first word placed by the article elsewhere ---------------------------------------


def _provinces_of(x: ExtractedArticle) -> dict[str, str]:
    return {i["name"]: GAZ.regions[i["province_code"]].name_ko for i in x.article_initiatives if i["province_code"]}


def test_a_quoted_name_opening_with_a_word_the_article_places_lies_there() -> None:
    x = extract(
        "서울 G밸리, 제조 AX 선도지구 선정",
        "산업부는 공모 결과 서울 G밸리와 경북 구미, 경남 창원 등 3곳을 선정했다고 13일 밝혔다.",
        "'G밸리 AX 선도지구'에는 국비 630억원, 시비 480억원 등 1천110억원이 투입된다.",
    )
    assert _provinces_of(x).get("G밸리 AX 선도지구") == "서울특별시"
    assert {GAZ.regions[GAZ.regions[a["region_code"]].province_code].name_ko for a in x.amounts} == {"서울특별시"}


def test_a_word_the_article_places_in_two_provinces_places_nothing() -> None:
    x = extract(
        "AI 밸리 두 곳",
        "정부는 서울 G밸리와 경남 G밸리를 비교했다.",
        "'G밸리 AI 허브'에는 국비 630억원이 투입된다.",
    )
    assert "G밸리 AI 허브" not in _provinces_of(x) or _provinces_of(x)["G밸리 AI 허브"] != "경상남도"


def test_a_word_inside_a_longer_place_name_is_not_placed_by_it() -> None:
    x = extract(
        "AI 사업 추진",
        "인천 서구 원창동에 '원창 AI 혁신지구'가 들어선다.",
        "원창 AI 혁신지구는 2027년 준공된다.",
    )
    assert initiatives(x) == ["인천 서구 원창 AI 혁신지구"]


# --- a town's name in a quoted name; a nickname -------------------------------------------------


def test_a_quoted_name_opening_with_its_towns_name_is_the_project_in_that_town() -> None:
    x = extract(
        "데이터센터 검증 먼저",
        "약 1조원 규모로 서귀포시 안덕면에 들어설 예정인 AI 데이터센터를 두고 검증이 먼저라는 지적이 나왔다.",
        "도의회는 '안덕 AI 데이터센터'의 냉각수 사용을 따져 물었다.",
    )
    assert len(initiatives(x)) == 1 and "안덕 AI 데이터센터" in initiatives(x)[0]


@pytest.mark.parametrize(
    "called",
    [
        "도 안팎에서는 '바람 데이터센터'로 불린다.",
        "업계에서는 '바람 데이터센터'라고 불린다.",
        "지역에서는 '바람 데이터센터'로 통한다.",
        "주민들은 이곳을 그냥 '바람 데이터센터'라고 부른다.",
    ],
)
def test_a_quoted_nickname_is_the_project_named_before_not_its_name(called: str) -> None:
    x = extract(
        "안덕 AI 데이터센터 착공",
        "안덕 AI 데이터센터는 서귀포시 안덕면에 들어선다.",
        called,
    )
    assert initiatives(x) == ["안덕 AI 데이터센터"] or initiatives(x) == ["서귀포 안덕 AI 데이터센터"]


def test_a_quoted_name_that_is_not_called_so_stays_a_project_of_its_own() -> None:
    x = extract(
        "안덕 AI 데이터센터 착공",
        "안덕 AI 데이터센터는 서귀포시 안덕면에 들어선다.",
        "이와 별도로 제주시에는 '바람 데이터센터'가 들어선다.",
    )
    assert len(initiatives(x)) == 2


# --- a district written short, a known site in a quoted name ------------------------------------


def test_a_district_written_short_that_begins_a_site_the_article_names_is_that_site() -> None:
    x = extract(
        "[사설] '대덕 AI 밸리' 예산 반토막은 안 된다",
        "총사업비 4천870억원 규모의 대덕특구 AI 융합연구 클러스터가 예산의 벽에 부딪혔다.",
        "'대덕 AI 밸리'가 구호로 끝나지 않으려면 지금이 고비다.",
    )
    assert initiatives(x) == ["대덕특구 AI 융합연구 클러스터"]


GAZ_DISTRICT = next(c for c, r in GAZ.regions.items() if r.name_ko.endswith("대덕구"))


def test_a_district_written_in_full_stays_the_district() -> None:
    x = extract(
        "대덕구에 AI 센터",
        "대전 대덕구는 대덕구 신탄진에 AI 실증센터를 짓는다고 밝혔다.",
        "대덕특구와는 별개 사업이다.",
    )
    assert all(i["region_code"] == GAZ_DISTRICT for i in x.article_initiatives if i["is_subject"])


def test_a_site_the_gazetteer_knows_places_the_quoted_name_that_holds_it() -> None:
    x = extract(
        "대덕 AI 융합연구 클러스터 첫해 국비 86억",
        "대전시가 추진하는 '대덕특구 AI 융합연구 클러스터'가 올해 첫 예산을 확보했다.",
        "클러스터에는 2032년까지 총사업비 4,870억원이 투입된다.",
    )
    [g] = [i for i in x.article_initiatives if i["is_subject"]]
    assert g["site"] == "대덕특구"


def test_how_a_centre_is_rented_out_is_its_kind_not_its_name() -> None:
    x = extract(
        "청주에 AI 데이터센터",
        "하나는 민간 기업이 짓는 임대형 데이터센터다.",
        "청원구 오창과학산업단지에는 SJ데이터랩스가 '오창 K-클라우드 캠퍼스'를 짓는다.",
    )
    assert "오창 K-클라우드 캠퍼스" in initiatives(x)


def test_districts_named_as_one_area_hold_one_project() -> None:
    x = extract("제조 AI 전환 거점 선정", "서울 구로·금천구 일대 G밸리가 제조 AI 전환 거점으로 선정됐다.")
    assert len(initiatives(x)) == 1


def test_districts_each_given_a_project_hold_one_each() -> None:
    names = initiatives(extract("제조 AI 전환 거점 선정", "부산 사상·대구 달서에 제조 AI 전환 거점이 각각 들어선다."))
    assert {"사상 제조 AI 전환 거점", "달서 제조 AI 전환 거점"} <= set(names)


# --- a ministry's competition and the entry it chose --------------------------------------------


def test_the_kind_a_competition_is_for_is_the_entry_it_chose() -> None:
    x = extract(
        "해수부 '항만 AI 전환 거점'에 부산항 신항…4천100억 투입",
        "부산항 신항이 정부의 '항만 AI 전환 거점'으로 뽑혔다.",
        "해양수산부는 항만 AI 전환 거점 공모 결과 부산항만공사와 부산시가 제안한 '부산항 스마트물류 AI 허브'를 최종 선정했다.",
        "총사업비는 4천100억원 안팎으로 추산됐다.",
    )
    assert initiatives(x) == ["부산항 스마트물류 AI 허브"]


def test_a_competition_joined_to_a_named_project_does_not_carry_it_into_another() -> None:
    x = extract(
        "제주에 'AI 인재양성센터' 세운다…240억 투입",
        "제주도는 제주첨단과학기술단지에 'AI 인재양성센터'를 건립한다고 22일 밝혔다.",
        "부지는 단지를 관리하는 제주국제자유도시개발센터(JDC)가 장기 임대 방식으로 제공한다.",
        "도는 오는 8월 과기정통부의 '지역 AI 인재양성 거점' 공모에 신청할 계획이다.",
    )
    assert "제주 AI 인재양성센터" in initiatives(x, subjects_only=False)
    [centre] = [g for g in x.article_initiatives if "인재양성" in g["name"]]
    assert centre["name_words"] == "인재양성"


def test_a_competition_with_no_entry_named_stays_the_project_of_the_place_chosen() -> None:
    x = extract(
        "광주, 국가 AI 컴퓨팅센터 유치",
        "과기정통부는 국가 AI 컴퓨팅센터 공모 결과 광주를 최종 선정했다.",
        "센터에는 총 2조원이 투입된다.",
    )
    assert len(initiatives(x)) == 1 and "컴퓨팅센터" in initiatives(x)[0]


def test_a_nickname_of_another_kind_is_still_the_project_named_before() -> None:
    x = extract(
        "G밸리 AX 선도지구 2단계",
        "'G밸리 AX 선도지구' 총사업비는 2천100억원으로 늘어난다.",
        "'서울형 제조 AX 밸리'로 불리는 이 사업은 참여 기업이 400곳을 넘었다.",
    )
    assert "서울형 제조 AX 밸리" not in initiatives(x)


def test_a_quoted_name_over_two_cities_of_one_province_is_one_project_of_the_province() -> None:
    x = extract(
        "경남, 거제·창원에 '스마트조선·방산 AI 융합클러스터'…6천억 투입",
        "도는 거제와 창원을 하나로 묶는 '스마트조선·방산 AI 융합클러스터' 조성 구상을 내놨다.",
        "거제에는 조선 디지털트윈 실증센터를, 창원에는 방산 AI 시험장을 짓는다.",
        "사업비는 국비와 지방비, 민간 투자를 합쳐 6천억원 규모로 잡았다.",
    )
    clusters = [n for n in initiatives(x) if "융합클러스터" in n]
    assert clusters == ["경남 스마트조선·방산 AI 융합클러스터"]


def test_a_quoted_name_given_to_each_place_stays_one_per_place() -> None:
    x = extract(
        "AI 거점 두 곳",
        "거제·창원에 각각 'AI 실증 거점'이 들어선다.",
    )
    assert len([n for n in initiatives(x) if "실증 거점" in n]) == 2


def test_a_name_placed_by_its_own_sentence_is_not_moved_by_a_word_elsewhere() -> None:
    x = extract(
        "삼성 AI 데이터센터 구미행",
        "삼성SDS는 평택 삼성 캠퍼스 인근 부지 대신 경북 구미를 택했다.",
        "'삼성 AI 데이터센터'는 구미 국가산단 4단지에 들어서며 4천억원이 투입된다.",
    )
    assert all(GAZ.regions[i["province_code"]].name_ko == "경상북도" for i in x.article_initiatives if i["is_subject"])


def test_a_district_the_article_writes_in_full_stays_that_district_when_written_short() -> None:
    x = extract(
        "대덕구 AI 센터",
        "대전시는 대덕구 신일동 대덕산업단지에 'AI 제조혁신센터'를 짓는다.",
        "센터는 대덕특구 출연연과 협력한다.",
        "'대덕 AI 제조혁신센터'에는 국비 150억원이 들어간다.",
    )
    assert {i["region_code"] for i in x.article_initiatives if i["is_subject"]} == {GAZ_DISTRICT}


def test_projects_counted_over_an_area_stay_apart() -> None:
    x = extract(
        "광주 데이터센터 2곳",
        "광주시는 북구·광산구 일원에 AI 데이터센터 2곳을 짓는다.",
        "북구에는 1천억원, 광산구에는 2천억원이 투입된다.",
    )
    assert len(initiatives(x)) == 2


def test_a_nickname_before_a_name_is_that_projects() -> None:
    x = extract(
        "전남 AI 데이터센터 착공",
        "해남 솔라시도 AI 데이터센터는 올해 착공한다.",
        "'서남해 에너지 AI 허브'로 불리는 영암 삼호읍 AI 데이터센터도 내년 착공한다.",
    )
    names = initiatives(x)
    assert any("영암" in n for n in names) and any("해남" in n for n in names)
    assert "서남해 에너지 AI 허브" not in names


def test_a_project_known_only_by_its_nickname_is_still_one_project() -> None:
    x = extract(
        "'바람 데이터센터' 물·전기 먹는 하마 될라",
        "풍력 전력을 쓴다는 점에서 도 안팎에서는 '바람 데이터센터'로 불린다.",
    )
    assert len(initiatives(x)) == 1


def test_a_name_glossed_in_brackets_with_an_acronym_after_the_gloss_is_one_project() -> None:
    x = extract(
        "서울 AI 펀드 결성",
        "서울시가 출자한 'Seoul AI Growth Fund'(서울 AI 그로스펀드·SAGF) 1호가 1,500억원 규모로 결성됐다.",
    )
    assert len(initiatives(x)) == 1


def test_places_listed_each_with_a_whole_and_its_share_in_brackets_keep_their_wholes() -> None:
    x = extract(
        "실증밸리 3곳 선정",
        "농식품부는 공모 결과 전남 영암군, 경북 의성군, 충남 홍성군 등 3개 지역을 선정했다.",
        "'영암 실증밸리'는 총사업비 512억원(국비 256억원), '의성 실증밸리'는 438억원(국비 219억원),"
        " '홍성 실증밸리'는 395억원(국비 197억5천만원) 규모다.",
        "세 곳을 합친 총사업비는 1345억원이다.",
    )
    roles = {m[0]: m[1] for m in money(x)}
    assert (roles["512억원"], roles["438억원"], roles["395억원"]) == ("total", "total", "total")
    assert (roles["256억원"], roles["219억원"]) == ("component", "component")
    assert roles["1345억원"] == "cumulative"  # the three places' sum


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("부산 첫 '바다 냉각' AI데이터센터 착공", "부산 강서구에 들어설 '강서 해수냉각 AI 데이터센터'가 3일 착공했다."),
        ("'탄소 제로' 데이터센터 첫 삽", "충남 당진시 '당진 석문 그린 데이터센터'가 10일 착공식을 열었다."),
        ("울산 '바람 먹는' AI 데이터센터 MOU", "울산시는 '울주 풍력 연계 AI 데이터센터' 구축 협약을 맺었다."),
    ],
)
def test_a_headlines_quoted_catchphrase_gives_way_to_the_name_quoted_whole(headline: str, body: str) -> None:
    name = initiatives(extract(headline, body))[0]
    quoted_whole = body.split("'")[1]
    assert quoted_whole.split()[-1] in name and all(w in name for w in quoted_whole.split()[1:])
    assert headline.split("'")[1] not in name


def test_a_catchphrase_is_kept_when_nothing_else_says_which_one() -> None:
    x = extract("제주 '풍력 직거래' AI데이터센터 착공", "데이터센터는 2028년 가동한다.")
    assert initiatives(x) == ["제주 풍력 직거래 AI데이터센터"]


def test_a_national_centre_placed_keeps_its_national_word() -> None:
    x = extract("해남에 국가 AI 컴퓨팅센터", "국가 AI 컴퓨팅센터가 전남 해남에 들어선다.")
    assert initiatives(x) == ["해남 국가 AI 컴퓨팅센터"]


def test_an_estate_a_place_is_glossed_as_is_where_not_a_project() -> None:
    x = extract(
        "나주, '국가 AI 컴퓨팅센터' 선정",
        "과기정통부는 전남(나주 에너지밸리)을 국가 AI 컴퓨팅센터 구축 사업지로 선정했다.",
        "도는 에너지밸리를 'AI 에너지 수도'로 만들겠다고 했다.",
    )
    assert initiatives(x) == ["나주 국가 AI 컴퓨팅센터"]


def test_an_estate_the_article_names_is_where_wherever_it_is_named() -> None:
    x = extract(
        "나주 에너지밸리에 4600억 규모 제안",
        "전남도는 '국가 AI 컴퓨팅센터' 유치 제안서를 냈다.",
        "입지는 나주 혁신도시 에너지밸리 산업단지 안 부지다.",
    )
    assert [n for n in initiatives(x) if "에너지밸리" in n] == []


def test_a_centre_glossed_with_an_ai_word_is_still_a_project() -> None:
    x = extract("광주(AI 데이터센터) 착공", "광주(AI 데이터센터)가 첫 삽을 떴다.")
    assert any("데이터센터" in n for n in initiatives(x))


def test_a_word_naming_only_the_estate_tells_no_project_apart_from_one_placed_there_unnamed() -> None:
    x = extract(
        "충주 데이터센터 캠퍼스 공사",
        "충주 용탄 첨단산업단지 AI 데이터센터 캠퍼스 공사 현장이다.",
        "지난 5월 착공한 '충주 AI 데이터센터 캠퍼스' 공사 현장이다.",
    )
    [campus] = initiatives(x)
    assert "용탄" in campus  # the estate's name still says which campus, across articles


def test_a_word_of_a_name_of_its_own_still_tells_two_projects_apart() -> None:
    x = extract(
        "충주 데이터센터 두 곳",
        "충주 용탄 첨단산업단지 AI 데이터센터 캠퍼스 공사 현장이다.",
        "충주 목행동에서는 'AI 엣지 데이터센터'도 올라간다.",
    )
    assert len(initiatives(x)) == 2


@pytest.mark.parametrize("generic", ["GPU 센터", "GPU 클러스터", "HPC 센터"])
def test_the_chips_a_centre_runs_name_it_worse_than_a_name_of_its_own(generic: str) -> None:
    x = extract(
        "전남도, '국가 AI 컴퓨팅센터' 유치전",
        "전남도가 나주에 '국가 AI 컴퓨팅센터'를 유치하려 한다.",
        f"나주는 전력을 많이 쓰는 {generic}를 안정적으로 돌릴 수 있다.",
    )
    assert initiatives(x) == ["나주 국가 AI 컴퓨팅센터"]


@pytest.mark.parametrize(
    "naming",
    [
        "도는 제안서에 사업명을 '에너지밸리 AI 컴퓨팅 허브'로 달았다.",
        "시는 이번에 이름을 '에너지밸리 AI 컴퓨팅 허브'로 정했다.",
    ],
)
def test_a_name_given_after_the_subject_names_the_project_described(naming: str) -> None:
    x = extract(
        "전남, 국가 AI 컴퓨팅센터 유치 제안",
        "전남도는 나주에 국가 AI 컴퓨팅센터를 유치하는 제안서를 냈다.",
        "입지는 혁신도시 안 부지다.",
        naming,
        "총사업비는 4,600억원이다.",
    )
    assert len(initiatives(x, subjects_only=False)) == 1


def test_an_interviews_answer_names_the_one_project_asked_about() -> None:
    x = extract(
        "[인터뷰] 국가 AI 컴퓨팅센터 유치 전략",
        "전남도가 '국가 AI 컴퓨팅센터' 유치에 나섰다.",
        "사업 규모는 어떻게 짰나.",
        "전력이 관건이다.",
        "부지는 준비돼 있다.",
        "\"사업명은 '에너지밸리 AI 컴퓨팅 허브'로 정했다.\"",
    )
    assert len(initiatives(x, subjects_only=False)) == 1


def test_a_cost_named_by_a_bare_head_is_the_articles_one_project_of_that_head() -> None:
    x = extract(
        "충주 AI 데이터센터 캠퍼스 증액",
        "충주 용탄동에 '충주 AI 데이터센터 캠퍼스'가 올라가고 있다.",
        "목행동에서는 KBN텔레콤이 'AI 엣지 데이터센터'를 짓고 있다.",
        "컨소시엄은 이사회에서 캠퍼스 총사업비를 2조 4,600억원으로 늘리기로 의결했다.",
    )
    assert ("2조 4,600억원", "total", "충주 AI 데이터센터 캠퍼스") in money(x)


def test_a_bare_centre_is_a_short_form_of_the_kind_of_centre_named_in_full() -> None:
    x = extract(
        "진주에 소버린 AI센터",
        "진주 정촌산단에 '소버린 AI센터'가 들어선다.",
        "진주 소버린 AI 컴퓨팅센터는 1조원 규모다.",
    )
    [centre] = x.article_initiatives
    assert centre["initiative_type"] == "computing_centre"


def test_a_condition_before_a_head_is_no_part_of_its_name() -> None:
    x = extract(
        "충주 엣지 데이터센터",
        "대형 캠퍼스가 AI 모델을 '가르치는' 곳이라면 엣지 센터는 모델을 '쓰는' 곳이다.",
    )
    assert all("곳이라면" not in n for n in initiatives(x, subjects_only=False))


@pytest.mark.parametrize(
    "identity",
    [
        "오션 AI 밸리는 생곡동 부지에 데이터센터와 실증시설 등을 한데 모으는 'AI 융합 클러스터'다.",
        "오션 AI 밸리는 부산시가 처음 추진하는 AI 융합 클러스터이다.",
    ],
)
def test_a_subject_said_to_be_the_project_its_sentence_ends_on_is_that_project(identity: str) -> None:
    x = extract(
        "부산 강서에 1조2000억 'AI 융합 클러스터'",
        "부산시는 5개 기업과 '오션 AI 밸리' 조성을 위한 투자 양해각서를 체결했다.",
        identity,
        "총사업비는 1조 2000억원이다.",
    )
    clusters = [n for n in initiatives(x) if "밸리" in n or "클러스터" in n]
    assert len(clusters) == 1


def test_a_subject_compared_with_another_project_stays_apart() -> None:
    x = extract(
        "부산 두 클러스터",
        "부산시는 강서구에 '오션 AI 밸리'를, 기장군에 '동부산 AI 클러스터'를 조성한다.",
        "오션 AI 밸리는 동부산 AI 클러스터보다 두 배 크다.",
    )
    assert len(initiatives(x)) == 2


def test_a_quoted_name_after_a_comma_and_before_its_clause_is_the_name_of_the_project_before() -> None:
    x = extract(
        "오션 AI 밸리 축소",
        "지난해 협약을 맺었던 부산 강서의 AI 융합 클러스터, '오션 AI 밸리' 사업이 크게 쪼그라들었다.",
    )
    assert len(initiatives(x)) == 1


def test_a_quoted_name_listed_after_a_comma_is_another_item() -> None:
    x = extract(
        "부산 AI 시설 3곳",
        "시는 AI 데이터센터, '오션 AI 밸리', 로봇 실증센터를 함께 짓는다.",
    )
    assert len(initiatives(x, subjects_only=False)) >= 2


def test_a_headline_figure_beside_a_companys_nationwide_plan_is_the_projects_whole() -> None:
    x = extract(
        '청람디지털, 구미에 6800억 AI 데이터센터 착공…"2027년까지 전국 AI 인프라에 3조"',
        "청람디지털은 22일 구미 국가산업단지에서 '구미 AI 데이터센터' 착공식을 열었다.",
        "구미 AI 데이터센터는 총 6,800억원을 들여 60MW 규모로 짓는다.",
        "회사는 이날 2027년까지 전국 AI 인프라에 3조원을 투자하겠다는 계획도 내놨다.",
    )
    assert ("6800억", "total", "구미 AI 데이터센터") in money(x)


def test_a_headline_share_beside_the_projects_whole_stays_a_share() -> None:
    x = extract(
        "신안 에너지AI파크 3.2조…케이엔클라우드 1조8천억 '최대 몫'",
        "신안 에너지AI파크 1단계 투자협약 규모는 3조2천억원이다.",
        "이 가운데 케이엔클라우드가 1조8천억원을 맡는다.",
    )
    assert ("1조8천억", "total", None) not in [(a, r, None) for a, r, _ in money(x)]


@pytest.mark.parametrize(
    "lines",
    [
        (
            "울산 AI 데이터센터에는 7조원이 들어간다.",
            "울산 AI 데이터센터는 국내 최대였던 해남 '솔라시도 AI 데이터센터'를 뛰어넘는 'AI 데이터센터'다.",
            "솔라시도 AI 데이터센터 사업비는 2조원이다.",
        ),
        (
            "전남 솔라시도 AI 데이터센터에는 2조원이 들어간다.",
            "솔라시도 AI 데이터센터는 앞서 광주에 들어선 '국가 AI 데이터센터'에 이은 두 번째 대형 'AI 데이터센터'다.",
            "광주 국가 AI 데이터센터에는 4천억원이 들어갔다.",
        ),
    ],
)
def test_a_subject_compared_with_another_project_by_a_bare_kind_stays_apart(lines: tuple[str, ...]) -> None:
    x = extract("AI 데이터센터 경쟁", *lines)
    funded = {name for _, role, name in money(x) if role == "total"}
    assert len(funded) == 2


@pytest.mark.parametrize(
    "lines",
    [
        (
            "대구 AI 데이터센터가 착공했다.",
            "사업비는 500억원이다.",
            "경북도는 이름을 '구미 AI 컴퓨팅 허브'로 정하고 3천억원을 들여 구미에 짓는다.",
        ),
        (
            "광주 AI 데이터센터에는 4천억원이 들어간다.",
            "시는 별도의 신규 사업도 내놨다.",
            "시는 명칭을 '광주 AI 실증 클러스터'로 정하고 1천억원을 들인다.",
        ),
        (
            "광주 AI 데이터센터에는 4천억원이 들어간다.",
            "정부는 이름을 '국가 AI 컴퓨팅센터'로 정하고 2조원을 들여 별도로 짓기로 했다.",
        ),
    ],
)
def test_a_name_given_to_a_project_of_its_own_elsewhere_or_apart_is_not_the_last_projects(
    lines: tuple[str, ...],
) -> None:
    x = extract("AI 사업", *lines)
    assert len(initiatives(x, subjects_only=False)) >= 2


def test_a_facility_called_a_places_core_facility_keeps_its_own_total() -> None:
    x = extract(
        "대구 AI 허브 착공",
        "대구 AI 허브에는 2천억원이 들어간다.",
        "구미 AI 데이터센터는 경북의 핵심 시설이다.",
        "구미 AI 데이터센터에는 800억원이 투입된다.",
    )
    assert ("800억원", "total", "구미 AI 데이터센터") in money(x)


def test_another_owners_campus_cost_is_not_the_articles_campus() -> None:
    x = extract(
        "경기 AI 캠퍼스 착공",
        "경기도는 판교에 '경기 AI 캠퍼스'를 짓는다.",
        "한편 서울대는 시흥 캠퍼스 총사업비를 5천억원으로 늘렸다.",
    )
    assert ("5천억원", "total", "경기 AI 캠퍼스") not in money(x)


@pytest.mark.parametrize(
    "line",
    [
        "광주 AI 데이터센터, '국가 AI 컴퓨팅센터'가 잇따라 착공했다.",
        "부산 AI 데이터센터, '부산 AI 컴퓨팅센터'가 나란히 문을 열었다.",
    ],
)
def test_two_things_listed_with_a_comma_are_not_one_project(line: str) -> None:
    assert len(initiatives(extract("광주 AI 시설 착공", line), subjects_only=False)) == 2


def test_a_named_centre_with_no_place_is_not_the_one_placed_in_another_province() -> None:
    x = extract(
        "부산 오션 AI 밸리 축소",
        "부산시는 오션 AI 밸리 참여 기업이 2곳으로 줄었다고 보고했다.",
        "KS클라우드는 지난해 말 경기 평택에 2,400억원 규모의 데이터센터를 짓기로 하면서 빠졌다.",
        '부산시 관계자는 "블루오션AI 데이터센터는 설계가 끝난 단계"라고 말했다.',
    )
    names = initiatives(x, subjects_only=False)
    assert not any("평택" in n and "블루오션" in n for n in names)
    assert ("2,400억원 규모", "total", "평택 데이터센터") in money(x)


@pytest.mark.parametrize(
    "items",
    [
        "▲AI 자율하역 실증 터미널 ▲항만 데이터센터 ▲물류 스타트업 지원동을",
        "① 실증 터미널 ② 항만 데이터센터 ③ 창업 지원동을",
    ],
)
def test_a_whole_cost_after_a_bulleted_list_of_parts_goes_to_the_project_not_its_last_part(items: str) -> None:
    x = extract(
        "부산항 스마트물류 AI 허브 구축 협약",
        f"'부산항 스마트물류 AI 허브'는 신항 배후단지에 {items} 조성한다.",
        "총사업비는 4,116억 원으로, 국비 1,646억 원, 시비 470억 원, 민간 2,000억 원이 투입된다.",
    )
    assert ("4,116억 원", "total", "부산항 스마트물류 AI 허브") in money(x)


def test_a_facility_named_with_a_port_stays_a_project_of_its_own_when_it_is_the_subject() -> None:
    x = extract(
        "부산시, 항만 데이터센터 착공",
        "부산시는 신항 배후단지에 항만 데이터센터를 짓는다고 5일 밝혔다.",
        "사업비는 1,200억원이다.",
    )
    assert ("1,200억원", "total", "부산 항만 데이터센터") in money(x)


def test_a_project_named_once_is_the_subject_when_the_next_sentences_give_this_projects_money() -> None:
    x = extract(
        "[사설] 공항·항만 AX, 한 해 64억으로 충분한가",
        "인천은 하늘길과 바닷길의 관문을 함께 가진 도시다.",
        "인천시가 데이터를 인공지능으로 엮겠다며 '공항·항만 AX 선도사업'을 시작한 것은 옳다.",
        "문제는 돈이다.",
        "올해 이 사업에 책정된 예산은 64억원이다.",
    )
    assert initiatives(x) == ["인천 공항·항만 AX 선도사업"]
    assert ("64억원", "annual", "인천 공항·항만 AX 선도사업") in money(x)


def test_a_project_named_in_passing_with_another_projects_money_after_it_is_no_subject() -> None:
    x = extract(
        "울산시, 제조 AI 데이터센터 착공",
        "울산시는 5일 미포산단에서 제조 AI 데이터센터 착공식을 열었다.",
        "센터는 2027년 문을 연다.",
        "센터에는 GPU 서버가 들어간다.",
        "지역 기업들의 기대도 크다.",
        "시는 앞서 '울산 AI 혁신펀드'를 만든 바 있다.",
        "데이터센터에는 1,200억원이 들어간다.",
    )
    assert "울산 AI 혁신펀드" not in initiatives(x)


def test_a_town_written_with_and_without_its_kind_is_one_site() -> None:
    x = extract(
        "충남도, 아산에 'AI반도체 실증 클러스터' 추진",
        "충남도가 아산 탕정에 AI반도체 실증 테스트베드 클러스터를 조성한다.",
        "도는 사업비 2,480억원을 들여 아산시 탕정면 일원 12만㎡에 클러스터를 조성한다.",
        "클러스터의 중심은 NPU 서버를 모은 실증동이다.",
    )
    assert initiatives(x) == ["탕정 AI반도체 실증 클러스터"]
    assert ("2,480억원", "total", "탕정 AI반도체 실증 클러스터") in money(x)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("이 사업의 2022년 예산 64억원 가운데 실제 집행률은 71%에 그쳤다.", []),
        ("올해 예산 78억원도 9월 말 기준 집행률이 48%에 머물렀다.", []),
        ("그럼에도 시는 내년도 예산으로 95억원을 요구한 상태다.", []),
        # a year's money with an event of the project: the year dates the event
        ("시는 올해 예산 300억원으로 센터를 착공한다.", ["올해"]),
        ("센터는 2027년 완공된다.", ["2027년"]),
    ],
)
def test_a_year_that_says_whose_money_a_figure_is_dates_no_event(sentence: str, kept: list[str]) -> None:
    x = extract("인천 공항·항만 AX 선도사업 점검", "인천시는 '공항·항만 AX 선도사업'을 추진한다.", sentence)
    assert [s for s, _ in milestones(x) if s in sentence] == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("과학기술정보통신부는 6일 '2023년 지역특화 AI 융합 실증사업' 공모 결과 원주를 선정했다고 밝혔다.", ["6일"]),
        ("도는 '2025 AI 데이터센터 유치 전략'을 발표했다.", []),
        # a year that is no part of a quoted name stays
        ("센터는 '2027년 완공'을 목표로 한다.", ["2027년"]),
    ],
)
def test_a_year_that_opens_a_quoted_programme_name_dates_no_event(sentence: str, kept: list[str]) -> None:
    x = extract("원주 디지털헬스 AI 실증 거점 선정", "원주시는 디지털헬스 AI 실증 거점을 조성한다.", sentence)
    assert [s for s, _ in milestones(x) if s in sentence] == kept


def test_a_facility_a_sentence_takes_as_a_part_of_the_whole_before_funds_that_whole() -> None:
    x = extract(
        "울산시, 5200억 규모 '제조 AX 실증밸리' 예타 신청",
        "울산시는 '제조 AX 실증밸리' 조성사업의 예비타당성조사를 신청했다고 17일 밝혔다.",
        "사업은 2032년까지 총사업비 5,200억원을 투입하는 것이 골자다.",
        "이 가운데 실증센터 건립에만 1,300억원이 들어간다.",
        "실증센터는 2028년 문을 연다.",
    )
    assert ("1,300억원", "component", "울산 제조 AX 실증밸리") in money(x)
    assert ("5,200억원", "total", "울산 제조 AX 실증밸리") in money(x)


def test_the_rest_of_a_wholes_facilities_named_after_it_are_its_parts() -> None:
    x = extract(
        "아산 AI반도체 클러스터 NPU 팜 착공",
        "충남도는 총 2,480억원을 들여 'AI반도체 실증 클러스터'를 조성한다.",
        "클러스터의 나머지 시설인 성능평가센터는 2026년 완공되며 320억원이 들어간다.",
    )
    assert ("320억원", "component", "아산 AI반도체 실증 클러스터") in money(x)


def test_a_revisions_old_figure_adds_up_to_no_sum_with_another_projects() -> None:
    x = extract(
        "경북 AI 거점 3곳 본격 추진",
        "경북도는 구미, 안동, 포항에 AI 거점을 조성한다.",
        "구미 AI 데이터센터는 사업비가 1,000억원에서 2,500억원으로 늘었다.",
        "안동 AI 바이오센터에는 2,000억원이 투입된다.",
        "포항 AI 클러스터 사업비는 3,000억원이다.",
    )
    assert ("3,000억원", "total", "포항 AI 클러스터") in money(x)


def test_one_of_several_projects_picked_out_by_i_gaundae_stays_its_own() -> None:
    x = extract(
        "부산시, 센텀 AI 허브·강서 AI 데이터센터 추진",
        "부산시는 센텀 AI 허브 조성과 강서 AI 데이터센터 건립을 동시에 추진한다고 밝혔다.",
        "센텀 AI 허브에는 2030년까지 1,000억원이 투입된다.",
        "두 사업은 모두 내년 착공한다. 이 가운데 강서 AI 데이터센터는 민간 자본 800억원으로 짓는다.",
    )
    assert "강서 AI 데이터센터" in initiatives(x)
    assert all(n != "부산 센텀 AI 허브" for a, _, n in money(x) if a.startswith("800"))


def test_projects_selected_in_a_bulleted_list_stay_projects() -> None:
    x = extract(
        "AI 데이터센터 2곳 선정",
        "과기정통부는 ▲경북 구미 AI 데이터센터 ▲충남 천안 AI 데이터센터를 선정했다고 5일 밝혔다.",
    )
    assert len(initiatives(x)) == 2 and all("데이터센터" in n for n in initiatives(x))


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("2027년 1조원 규모의 데이터센터가 들어설 예정이다.", ["2027년"]),
        ("도는 2026년 1,000억원 규모 AI 펀드를 조성한다.", ["2026년"]),
        ("올해 78억원을 투입한다.", []),
    ],
)
def test_a_year_before_a_figure_dates_an_event_unless_it_only_says_whose_money(sentence: str, kept: list[str]) -> None:
    x = extract("구미 AI 데이터센터 추진", "구미시는 AI 데이터센터를 추진한다.", sentence)
    assert [s for s, _ in milestones(x) if s in sentence] == kept


def test_the_money_of_a_briefs_other_stories_is_not_its_projects() -> None:
    x = extract(
        "[충북 브리핑] 2월 7일 도내 주요 소식",
        "▲청주시, 무심천 벚꽃길 보행로 정비…12억 투입",
        "청주시는 다음 달 말까지 12억원을 들여 벚꽃길 보행로를 넓힌다.",
        "▲충북도, 'AI 자율제조 확산사업' 첫해 48억 투입",
        "충북도는 'AI 자율제조 확산사업'을 올해 처음 시작해 48억원을 투입한다고 7일 밝혔다.",
        "▲충주시, 충주호 벚꽃축제 4월 개최",
        "축제 예산은 3억5천만원이다.",
    )
    roles = {m[0]: m[1] for m in money(x)}
    assert roles["12억원"] == roles["3억5천만원"] == "other"
    assert roles["48억원"] == "total"


def test_bulleted_items_of_one_story_keep_their_projects_money() -> None:
    x = extract(
        "충북도, AI 자율제조 확산사업 본격화",
        "충북도는 'AI 자율제조 확산사업'을 올해 시작한다고 7일 밝혔다.",
        "▲청주시, 공정 불량 예측에 12억원",
        "▲충주시, 설비 예지보전에 8억원",
        "▲제천시, 자동 검사에 5억원",
    )
    assert all(role != "other" for _, role, _ in money(x))


def test_a_centre_the_government_builds_apart_from_a_companys_in_the_same_city_stays_its_own() -> None:
    x = extract(
        "청라엔 민간 AI 데이터센터, 송도엔 공공 클라우드센터",
        "코어라인데이터는 16일 인천시와 청라 첨단산업용지에 '청라 AI 데이터센터'를 짓는 투자협약을 맺었다.",
        "투자액은 6,500억원이다.",
        "인천시는 이와 별도로 송도 지식정보산업단지에 '인천 공공 AI 클라우드센터'를 건립한다.",
        "총사업비는 420억원(국비 150억원, 시비 270억원)이다.",
    )
    assert funded_totals(x) == ["청라 AI 데이터센터", "인천 공공 AI 클라우드센터"]


@pytest.mark.parametrize(
    "sentence",
    [
        "도는 '전남 AI 에너지 실증센터'의 사업명을 '전남 AI 해양 데이터센터'로 바꾸지 않고 그대로 유지하기로 했다.",
        "도의회는 '전남 AI 에너지 실증센터'의 명칭을 '전남 AI 해양 데이터센터'로 바꾸는 조례안을 부결했다.",
        "일각에서는 '전남 AI 에너지 실증센터'의 이름을 '전남 AI 해양 데이터센터'로 바꿔야 한다는 주장이 나온다.",
    ],
)
def test_a_rename_refused_kept_or_proposed_merges_nothing(sentence: str) -> None:
    x = extract(
        "전남 AI 센터 두 곳",
        sentence,
        "에너지 실증센터 사업비는 300억원, 해양 데이터센터 사업비는 500억원이다.",
    )
    assert len(initiatives(x, subjects_only=False)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "센터는 'AI 헬스케어 플랫폼'이라는 이름으로 출시된 의료 서비스에 컴퓨팅 자원을 지원한다.",
        "센터는 '대구 디지털 혁신센터'라는 이름으로 운영되던 기존 시설과 별도로 지어졌다.",
    ],
)
def test_a_name_that_another_noun_goes_under_is_not_the_subjects_former_name(sentence: str) -> None:
    x = extract(
        "대구 AI 로봇 실증센터 준공",
        "'대구 AI 로봇 실증센터'가 준공됐다.",
        sentence,
    )
    assert len(initiatives(x, subjects_only=False)) == 2


def test_a_campus_something_is_built_inside_stays_the_project() -> None:
    x = extract(
        "포항 AI 캠퍼스 기숙사 착공", "경북도는 포항 AI 캠퍼스 안쪽에 기숙사를 짓는다.", "캠퍼스 사업비는 600억원이다."
    )
    assert funded_totals(x) == ["포항 AI 캠퍼스"]


def test_a_stories_own_places_in_bulleted_items_keep_their_money() -> None:
    x = extract(
        "지역 AX 선도거점 3곳 사업계획 윤곽",
        "과학기술정보통신부가 선정한 '지역 AX 선도거점' 3곳의 사업계획이 나왔다.",
        "▲울산시, 자동차 부품 공정에 AI 도입",
        "시는 국비 110억원을 포함해 총 165억원을 투입한다.",
        "▲전북도, 농생명 분야 AI 실증",
        "도는 총 120억원을 투입한다.",
        "▲경남도, 조선 설계 AI 전환",
        "도는 총 150억원을 투입한다.",
    )
    assert ("총 165억원", "total", "울산 지역 AX 선도거점") in money(x)


def test_a_centre_named_for_what_it_is_for_in_a_research_zones_full_name_is_the_one_named_short() -> None:
    x = extract(
        "대덕특구에 '국산 AI반도체 실증 데이터센터' 들어선다",
        "대전 대덕연구개발특구에 국산 AI 반도체로만 돌아가는 실증용 데이터센터가 들어선다.",
        "대전시는 12일 '대덕특구 국산 AI반도체 실증 데이터센터 구축을 위한 업무협약'을 맺었다.",
        "총사업비는 3,500억원이다.",
    )
    assert len(initiatives(x)) == 1


def test_a_research_zone_and_its_short_name_are_one_site() -> None:
    x = extract(
        "대덕연구개발특구 데이터센터 착공",
        "대덕연구개발특구에 AI 데이터센터가 착공했다.",
        "대덕특구 AI 데이터센터에는 2,000억원이 들어간다.",
    )
    assert {g["site"] for g in x.article_initiatives} == {"대덕특구"}


# --- an article naming one project once, and the cost of a project called by its bare head --------


def test_a_feature_naming_one_project_once_by_its_own_name_is_about_it() -> None:
    x = extract(
        "주물 공장에 카메라가 달렸다…뿌리산업 AX 현장을 가다",
        "쇳물이 식어 굳은 주물 위로 카메라 네 대가 번갈아 불빛을 비춘다.",
        "화면에는 눈으로는 잘 보이지 않는 기공이 빨간 네모로 표시된다.",
        "청주의 한 주조업체는 지난달부터 이 검사기를 돌리고 있다.",
        "검사반장이 하루 8시간 들여다보던 일을 이제는 기계가 먼저 걸러낸다.",
        "불량 유출이 석 달 만에 절반으로 줄었다.",
        "이 공장에 AI가 들어온 것은 충북테크노파크가 주관하는 '충북 뿌리산업 AX 고도화 지원사업' 덕이다.",
        "숙련공의 손끝에 기대던 뿌리산업에 인공지능을 입히겠다는 사업으로, 정부와 도가 돈을 댄다.",
        "사업 기간은 올해부터 2027년까지 4년이다.",
        "모두 480억원이 들어간다.",
    )
    assert initiatives(x) == ["충북 뿌리산업 AX 고도화 지원사업"]
    assert ("모두 480억원", "total", "충북 뿌리산업 AX 고도화 지원사업") in money(x)


def test_the_cost_of_a_project_called_by_its_bare_head_after_a_programme_it_won_is_the_projects() -> None:
    x = extract(
        "국비 160억 확보…의료 AI 플랫폼 780억으로 커진다",
        "강원특별자치도가 추진하는 '강원 의료 AI 데이터 플랫폼'이 정부 공모에 선정되면서 사업 규모가 커졌다.",
        "보건복지부의 '지역 의료데이터 중심병원 확산사업'에 우리 도가 최종 선정됐다.",
        "이번 선정으로 국비 160억원을 확보했고, 이에 따라 플랫폼 총사업비는 당초 620억원에서 780억원으로 늘어난다.",
    )
    funded = {amount: name for amount, _, name in money(x)}
    assert funded["620억원"] == funded["780억원"] == "강원 의료 AI 데이터 플랫폼"


@pytest.mark.parametrize(
    "sentence",
    [
        "회사는 3일 서울 을지로 본사에서 설명회를 열고 새 AI 데이터센터에 8조원을 투자하겠다고 밝혔다.",
        "회사는 서울에서 열린 포럼에서 새 AI 데이터센터에 8조원을 투자하겠다고 밝혔다.",
        "회사는 서울과 달리 전력이 넉넉한 곳에 새 AI 데이터센터를 짓겠다고 밝혔다.",
    ],
)
def test_a_place_named_in_passing_does_not_place_a_project(sentence: str) -> None:
    """(A company's seat that is the site, '대전 본사 부지에', is no passing place: see the test after.)"""
    x = extract("통신사, AI 인프라에 8조 투자", sentence)
    assert [g["region_code"] for g in x.article_initiatives] == [None]


def test_each_task_of_a_national_programme_lies_in_the_places_named_right_before_it() -> None:
    x = extract(
        "산업부, 지역 주력산업 AX 전환에 1100억…경북·전북·울산 지원",
        "경북은 구미·경산의 섬유 공정에 AI를 도입하는 '섬유소재 AX 전환' 과제로 85억원, 전북은 김제·익산의 "
        "농기계 제조업을 대상으로 한 '농기계 AX 실증' 과제로 64억원, 울산은 '조선기자재 AX 전환' 과제로 71억원을 받는다.",
    )
    names = {g["name"] for g in x.article_initiatives}
    assert {"경북 섬유소재 AX 전환 과제", "전북 농기계 AX 실증 과제", "울산 조선기자재 AX 전환 과제"} <= names
    funded = {amount: (role, name) for amount, role, name in money(x)}
    assert funded["85억원"] == ("total", "경북 섬유소재 AX 전환 과제")
    assert funded["1100억"] == ("cumulative", None)  # the headline's sum over the provinces it lists


def test_a_bare_head_refers_to_the_name_it_heads_though_the_names_words_made_it_another_kind() -> None:
    x = extract(
        "부산항 신항 매립지에 'AI 데이터센터 집적단지'…3조원 규모",
        "부산항 신항 배후 매립지에 데이터센터 여러 곳이 한데 모이는 집적단지가 들어선다.",
        "시는 신항 제2배후단지 매립지에 '부산항 신항 AI 데이터센터 집적단지'를 조성한다고 밝혔다.",
        "집적단지에는 데이터센터 3~4곳과 변전소가 들어선다.",
    )
    assert initiatives(x) == ["부산항 신항 AI 데이터센터 집적단지"]


def test_a_province_acting_too_places_the_project_named_after_it() -> None:
    x = extract(
        "지역 AI 펀드 시대",
        "광주시는 2020년 400억원 규모 AI 펀드를 만들었고, 대구시도 300억원 규모의 '디지털혁신펀드'를 운용 중이다.",
    )
    places = {g["name"]: g["province_code"] for g in x.article_initiatives}
    assert places["대구 디지털혁신펀드"] == "2700000000"
    funded = {amount: name for amount, _, name in money(x)}
    assert funded["400억원 규모"] != "대구 디지털혁신펀드"  # the size of 광주's fund, named no further


def test_a_project_named_by_its_estate_and_by_its_builder_is_one_project() -> None:
    x = extract(
        "사하 신평장림산단에 '오션넷 데이터센터'",
        "㈜오션넷이 부산 사하구 신평장림일반산업단지에 30MW급 데이터센터를 짓는다.",
        "부산시와 오션넷은 28일 '신평장림산단 데이터센터 건립 투자협약'을 맺었다.",
        "총 투자액은 2,350억원이다.",
        "오션넷 데이터센터는 코로케이션(서버 임대) 센터다.",
    )
    assert len(initiatives(x)) == 1


def test_a_word_that_begins_a_sites_longer_noun_is_no_name_of_the_site() -> None:
    x = extract(
        "강원 '의료 AI 데이터 플랫폼' 개통",
        "도는 30일 원주 의료기기테크노밸리에서 '강원 의료 AI 데이터 플랫폼' 개통식을 열었다.",
    )
    assert [g["name_words"] for g in x.article_initiatives] == ["의료"]


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        ("회사는 대전 본사 부지에 AI 데이터센터를 짓는다고 밝혔다.", "3000000000"),
        ("회사는 대전 유성구 본사 옆에 AI 데이터센터를 짓는다고 밝혔다.", "3000000000"),
    ],
)
def test_a_companys_seat_that_is_the_site_places_the_project(sentence: str, province: str) -> None:
    x = extract("회사, AI 데이터센터 짓는다", sentence)
    assert [g["province_code"] for g in x.article_initiatives] == [province]


def test_a_project_named_once_at_the_end_of_another_story_is_not_its_subject() -> None:
    x = extract(
        "청주 주조업체의 하루",
        "청주의 한 주조업체는 올해 공장 증설에 120억원을 들였다.",
        "직원은 80명으로 늘었다.",
        "새 라인은 다음 달 가동된다.",
        "숙련공의 나이가 많아 걱정이라고 대표는 말했다.",
        "회사는 충북테크노파크가 주관하는 '충북 뿌리산업 AX 고도화 지원사업'에도 지원할 생각이다.",
    )
    assert initiatives(x) == []


def test_an_ai_estate_is_named_by_its_kind_not_placed_at_a_site_of_that_name() -> None:
    x = extract(
        "전남 AI 특화산단 1조1천억으로 커진다",
        "전남 AI 특화 산업단지의 총사업비가 1조 1,260억원으로 늘었다.",
    )
    assert [(g["name"], g["site"]) for g in x.article_initiatives] == [("전남 AI 특화 산업단지", None)]


def test_a_project_set_apart_from_a_plan_but_costing_the_named_projects_money_is_that_project() -> None:
    x = extract(
        "누리클라우드, 3년간 AI 인프라에 2조 이상 투자…부산 강서엔 4800억 데이터센터",
        "누리클라우드가 앞으로 3년간 국내 AI 인프라에 2조원 이상을 투자한다.",
        "이와 별도로 부산 강서구 에코델타시티에는 4,800억원을 들여 대형 AI 데이터센터를 새로 짓는다.",
        "회사는 에코델타시티 부지 3만㎡에 총 4,800억원을 투입해 '누리 에코델타 AI 캠퍼스'를 짓는다.",
    )
    assert initiatives(x) == ["누리 에코델타 AI 캠퍼스"]
    assert ("4,800억원", "total", "누리 에코델타 AI 캠퍼스") in money(x)


def test_a_project_set_apart_with_money_of_its_own_stays_another_project() -> None:
    x = extract(
        "누리클라우드, 부산 강서엔 4800억 데이터센터",
        "이와 별도로 부산 강서구 에코델타시티에는 1,200억원을 들여 엣지 데이터센터를 새로 짓는다.",
        "회사는 에코델타시티 부지 3만㎡에 총 4,800억원을 투입해 '누리 에코델타 AI 캠퍼스'를 짓는다.",
    )
    assert ("1,200억원", "total", "누리 에코델타 AI 캠퍼스") not in money(x)


def test_an_interview_naming_its_project_once_in_a_question_is_about_it() -> None:
    x = extract(
        "[인터뷰 전문]",
        "진행자> 오늘 아침 스튜디오에 시장님 모셨습니다. 안녕하십니까.",
        "시장> 네, 안녕하십니까. 청취자 여러분 반갑습니다.",
        "진행자> 날씨가 많이 추워졌습니다.",
        "시장> 그렇습니다. 건강 유의하시기 바랍니다.",
        "진행자> 어제 발표하신 'AI 드론 실증 테스트베드 단지' 얘기부터 해보죠. 어떤 사업입니까?",
        "시장> 드론을 실제 환경에서 시험해 볼 수 있는 큰 시험장입니다. 대구 달성군 구지면 부지에 만들 생각입니다.",
        "진행자> 사업비가 얼마나 듭니까?",
        "시장> 전체로 보면 3천억원대 사업입니다.",
    )
    assert initiatives(x) == ["대구 AI 드론 실증 테스트베드"]
    assert ("3천억원대", "total", "대구 AI 드론 실증 테스트베드") in money(x)


def test_a_size_before_a_bare_head_is_the_articles_project_of_that_head() -> None:
    x = extract(
        "[사설] 684억 들인 '팜AI 충남'",
        "충남도의 스마트팜 AI 통합플랫폼 '팜AI 충남'이 어제 개통했다.",
        "남은 과제는 부여 데이터허브 2단계를 내년 말까지 마무리하는 것이다.",
        "684억원짜리 플랫폼이 전시용으로 남지 않아야 한다.",
    )
    assert ("684억원", "total", "충남 스마트팜 AI 통합플랫폼") in money(x)


def test_a_project_set_apart_first_takes_no_project_named_after_it() -> None:
    x = extract(
        "부산시, 강서에 '공공 AI 클라우드 통합데이터센터' 짓는다…2480억 투입",
        "무산된 센텀 민간 데이터센터와 달리 공공이 주도",
        "부산시가 강서구 명지국제신도시에 공공기관 전용 인공지능 클라우드 데이터센터를 세운다.",
        "시는 총사업비 2,480억원을 들여 '부산 공공 AI 클라우드 통합데이터센터'를 조성하는 계획을 확정했다.",
        "이번 계획은 지난해 센텀시티에 추진하다 무산된 '부산 스마트시티 통합데이터센터'의 뒤를 잇는다.",
    )
    funded = {a["initiative_index"] for a in x.amounts if a["amount_role"] == "total"}
    assert len(funded) == 1
    group = next(i for i in x.article_initiatives if i["initiative_index"] in funded)
    named_in = {int(i) for i in group["sentence_indexes"].split()}
    assert 1 not in named_in  # not the '센텀 민간 데이터센터' set apart
    assert {0, 3} <= named_in  # the headline's quoted name and the same name with its place: one project


@pytest.mark.parametrize(
    ("place", "first", "again"),
    [
        ("인천 청라", "'공공 AI 클라우드 통합데이터센터'", "'인천 공공 AI 클라우드 통합데이터센터'"),
        ("부산 영도", "'해양 공공 AI 융합 데이터센터'", "'부산 해양 공공 AI 융합 데이터센터'"),
    ],
)
def test_a_quoted_name_given_again_with_its_place_is_the_same_project(place: str, first: str, again: str) -> None:
    x = extract(
        f"{place}에 {first} 짓는다",
        "앞서 추진된 스마트시티 통합데이터센터 계획은 무산됐다.",
        f"시는 {again}를 조성한다고 밝혔다.",
        "총사업비는 2,480억원이다.",
    )
    names = initiatives(x, subjects_only=False)
    assert len([n for n in names if "스마트시티" not in n]) == 1


def test_places_ranked_by_their_budgets_each_sum_their_projects() -> None:
    x = extract(
        "17개 시도 올해 AI 예산 2조2천억",
        "전국 17개 광역자치단체가 올해 AI 관련 사업에 편성한 예산이 2조2천억원을 넘어섰다.",
        "17개 시도의 올해 AI 관련 예산은 모두 2조2,827억원으로 지난해보다 18% 늘었다.",
        "비수도권에서는 광주(1,890억원), 부산(1,480억원), 대구(1,355억원) 순이었다.",
    )
    assert [(s, r) for s, r, _ in money(x)] == [
        ("2조2천억", "national"),
        ("2조2천억원", "national"),
        ("모두 2조2,827억원", "national"),
        ("1,890억원", "cumulative"),
        ("1,480억원", "cumulative"),
        ("1,355억원", "cumulative"),
    ]


def test_places_ranked_by_their_selected_projects_keep_each_projects_money() -> None:
    x = extract(
        "제조 AI 거점 4곳 선정",
        "정부는 구미, 울산, 익산에 '제조 AI 실증 거점'을 한 곳씩 짓는다.",
        "지역별로는 구미가 국비 120억원 등 총 180억원으로 가장 크다. 울산(국비 110억원·총 165억원), 익산(국비 95억원·총 140억원)이 뒤를 이었다.",
    )
    assert "cumulative" not in [r for _, r, _ in money(x)]


def test_two_projects_set_apart_at_two_places_stay_two_though_they_cost_the_same() -> None:
    x = extract(
        "광주시, AI 컴퓨팅 캠퍼스 짓는다",
        "광주시는 첨단3지구에 1,000억원을 투입해 '광주 AI 컴퓨팅 캠퍼스'를 짓는다고 5일 밝혔다.",
        "이와 별도로 시는 평동산단에도 1,000억원을 들여 민간 데이터센터를 유치한다.",
    )
    assert len({name for name in funded_totals(x)}) == 2


def test_another_data_centre_of_the_same_city_with_its_own_money_is_not_the_storys() -> None:
    x = extract(
        "시흥 장곡동에 40MW 'AI 엣지 데이터센터'…4200억 투자",
        "시흥시는 데이터센터 전문기업이 장곡동 일원에 'AI 엣지 데이터센터'를 짓기로 하고 양해각서를 맺었다고 14일 밝혔다.",
        "투자 규모는 4,200억원이다.",
        "앞서 정왕동 시화MTV에는 두 회사가 5조 8천억원을 들여 하이퍼스케일 데이터센터를 짓기로 했다.",
    )
    edge = [name for surface, role, name in money(x) if surface == "4,200억원"]
    other = [name for surface, role, name in money(x) if surface == "5조 8천억원"]
    assert edge and other and edge != other


def test_a_project_named_after_another_provinces_name_is_that_provinces() -> None:
    x = extract(
        "충북도, 오창에 '양자·AI 실증센터' 세운다…680억 투입",
        "센터는 충북대 오창캠퍼스 안 부지에 들어서며 총사업비는 680억원이다.",
        "연구 중심인 대전의 퀀텀-AI 융합연구허브(건립비 1,146억원)와 역할을 나눠 실증을 맡는다.",
    )
    provinces = {i["name"]: i["province_code"] for i in x.article_initiatives}
    assert provinces.get("대전 퀀텀-AI 융합연구허브") == "3000000000"


def test_quantum_written_as_a_loanword_or_in_korean_is_one_word_of_a_name() -> None:
    x = extract(
        "대전 '양자-AI 허브' 유치…1300억 규모",
        "대전시는 '퀀텀-AI 융합연구허브' 공모에 선정됐다고 20일 밝혔다.",
        "건립비는 1,280억원이다.",
    )
    assert len(initiatives(x)) == 1


@pytest.mark.parametrize(
    ("short", "merged"),
    [("농기계 AX 사업", True), ("농기계 AX 실증 사업", True), ("AI 사업", False)],
)
def test_a_programme_called_by_the_first_words_of_a_projects_name_is_that_project(short: str, merged: bool) -> None:
    x = extract(
        f"도의회, {short} 예산 질타",
        "전북특별자치도가 따낸 '농기계 AX 실증 플랫폼 구축사업'의 첫해 도비 편성을 두고 질타가 쏟아졌다.",
        f"농업복지환경위원회는 올해 {short}에 도비가 14억원만 편성된 경위를 추궁했다.",
    )
    assert (len(initiatives(x, subjects_only=False)) == 1) is merged


def test_the_other_items_of_a_numbered_briefing_fund_nothing_of_its_ai_item() -> None:
    x = extract(
        "[굿모닝 대전] 2025년 10월 23일(목) 아침 브리핑",
        "1. 트램 공사비 또 늘었다",
        "대전 도시철도 2호선(트램) 총사업비가 1조 5,000억원을 넘어섰습니다.",
        "자재값 상승 탓입니다.",
        "2. 양자-AI 허브, 내달 첫 삽",
        "충남대 캠퍼스에 들어서는 '퀀텀-AI 융합연구허브'가 내달 착공합니다.",
        "설계 검토로 줄어든 건립비는 1,146억원입니다.",
        "3. 0시 축제 결산",
        "올여름 대전 0시 축제에 40억원이 들었습니다.",
        "방문객 200만 명이 다녀갔습니다.",
    )
    funded = {surface for surface, role, name in money(x) if role == "total" and name}
    assert funded == {"1,146억원"}


def test_a_kind_of_project_named_beside_with_its_own_money_is_no_subject() -> None:
    x = extract(
        "시흥 장곡동에 'AI 엣지 데이터센터'…4200억 투자",
        "시흥시는 장곡동 일원에 'AI 엣지 데이터센터'를 짓기로 하고 양해각서를 맺었다.",
        "투자 규모는 4,200억원이다.",
        "앞서 정왕동 시화MTV에는 두 회사가 5조 8천억원을 들여 하이퍼스케일 데이터센터를 짓기로 했다.",
    )
    assert initiatives(x) == ["시흥 AI 엣지 데이터센터"]


def test_a_round_headline_figure_restates_the_exact_one_of_the_same_project() -> None:
    x = extract(
        "“3조원 투자” 부산에 친환경 데이터센터 건립",
        "부산시는 강서구 에코델타시티에 짓는 그린데이터센터 집적단지 입주기업 4개사와 3조6000억 원 규모의 투자 양해각서를 체결했다.",
    )
    assert len(initiatives(x, subjects_only=False)) == 1


def test_zones_of_other_trades_designated_beside_the_storys_are_not_its_subjects() -> None:
    x = extract(
        "울산 'AI 스마트항만·물류 규제자유특구' 지정…4년간 실증 348억",
        "중소벤처기업부는 11일 '울산 AI 스마트항만·물류 규제자유특구'를 새로 지정했다고 밝혔다.",
        "실증 사업비는 348억원이다.",
        "이날 위원회에서는 전남 '친환경 선박연료 벙커링 특구'(실증 210억원)와 강원 '폐배터리 재활용 특구'(실증 180억원)도 함께 새로 지정됐다.",
    )
    assert initiatives(x) == ["울산 AI 스마트항만·물류 규제자유특구"]


def test_a_zone_of_another_trade_the_story_is_about_is_its_subject() -> None:
    x = extract(
        "아산 탕정 '디스플레이 기회발전특구' 지정…3조1200억 투자",
        "충남도는 아산 탕정 일원이 '아산 디스플레이 기회발전특구'로 지정됐다고 밝혔다.",
        "입주 기업들은 모두 3조 1200억원을 투자해 디스플레이 공장을 짓는다.",
    )
    assert any("기회발전특구" in name for name in initiatives(x))


def test_a_releases_numbered_sections_are_one_story() -> None:
    x = extract(
        "경남 AI 제조혁신 실증센터 구축",
        "경상남도는 5일 이런 내용의 실증센터 구축 계획을 발표했다.",
        "1. 사업 개요",
        "도는 창원에 '경남 AI 제조혁신 실증센터'를 짓는다.",
        "2. 사업 내용",
        "사업비는 총 300억원으로 국비 200억원이 포함된다.",
        "건물은 연면적 1만㎡ 규모다.",
        "3. 추진 일정",
        "내년 3월 착공한다.",
        "준공은 2027년이다.",
    )
    assert ("총 300억원", "total", "경남 AI 제조혁신 실증센터") in money(x)


def test_a_site_written_long_and_short_is_one_site() -> None:
    x = extract(
        "제주첨단과기단지에 40㎿ 'AI 데이터센터'…탐라클라우드 3400억 투입",
        "도내 IT 기업 탐라클라우드가 제주첨단과학기술단지 2단계 부지에 40㎿ 규모 AI 데이터센터를 짓는다.",
        "탐라클라우드는 총사업비 3400억원을 들여 내년 상반기 착공할 계획이다.",
    )
    assert initiatives(x) == ["제주 AI 데이터센터"]
    assert funded_totals(x) == ["제주 AI 데이터센터", "제주 AI 데이터센터"]


def test_a_years_budget_spent_on_several_tasks_is_the_programmes() -> None:
    x = extract(
        "강원 재난안전특구 본격 가동…올해 국비 62억 투입",
        "'강원 AI 융합 재난안전 규제자유특구'가 출범식을 갖고 본격적인 실증에 들어갔다.",
        "특구는 2029년 6월까지 총사업비 412억원이 투입된다. 올해는 국비 62억원으로 드론 통합관제센터 구축과 자동비행 시험 등을 진행한다.",
        "드론 통합관제센터는 내년 3월 문을 연다.",
    )
    funded = {(surface, role, name) for surface, role, name in money(x) if surface == "62억원"}
    assert funded == {("62억원", "annual", "강원 AI 융합 재난안전 규제자유특구")}


def test_a_facility_funded_alone_keeps_its_money() -> None:
    x = extract(
        "강원 재난안전특구 본격 가동",
        "'강원 AI 융합 재난안전 규제자유특구'가 출범식을 갖고 본격적인 실증에 들어갔다.",
        "특구는 2029년 6월까지 총사업비 412억원이 투입된다. 도는 국비 62억원으로 드론 통합관제센터를 짓는다.",
    )
    funded = {(surface, name) for surface, _, name in money(x) if surface == "62억원"}
    assert funded == {("62억원", "강원 드론 통합관제센터")}


def test_a_port_names_its_city() -> None:
    x = extract(
        "동해항에 AI 스마트항만 관제센터 구축",
        "해양수산부는 3일 동해항에 총사업비 1,200억원을 들여 AI 항만 관제센터를 구축한다고 밝혔다.",
    )
    assert {r["region_code"] for r in x.regions if r["is_subject_province"]} >= {"5117000000"}


def test_what_a_project_is_to_become_quoted_in_the_headline_is_that_project() -> None:
    x = extract(
        '박성우 대표 "아시아 최대 소버린 AI 인프라 거점"',
        "온누리텔레콤은 영광에 하이퍼스케일 AI 데이터센터를 짓고 있다.",
        '박 대표는 "영광 AI 캠퍼스(Yeonggwang AI Campus)를 아시아 최대 규모의 소버린 AI 인프라 거점으로 만들겠다"며 이같이 밝혔다.',
    )
    assert len(initiatives(x)) == 1 and "소버린" not in initiatives(x)[0]


def test_a_catchphrase_the_body_names_a_project_of_its_own_stays_apart() -> None:
    x = extract(
        '도지사 "동해안 AI 수소 거점"',
        "도는 삼척에 'AI 수소 거점'을 따로 조성한다. 사업비는 500억원이다.",
        "도는 강릉 AI 데이터센터를 동해안 AI 수소 거점으로 만들겠다고 밝혔다.",
    )
    assert len(initiatives(x, subjects_only=False)) == 2


def test_an_estate_named_after_its_city_is_that_citys_estate() -> None:
    x = extract(
        "구미 AI 제조혁신 집적단지 2단계 예타 통과",
        "경북 구미국가산업단지에 제조 분야 인공지능(AI) 실증 거점을 만드는 'AI 융합 제조혁신 집적단지 2단계 사업'이 예비타당성조사를 통과했다.",
        "2단계 사업은 내년부터 5년간 구미국가산단 5단지 일원에 제조 AI 실증센터와 제조 AI 컴퓨팅센터, 기업 입주시설을 짓는다.",
    )
    assert initiatives(x) == ["구미 AI 융합 제조혁신 집적단지"]


def test_an_estate_named_right_after_its_town_lies_in_it() -> None:
    x = extract(
        "영광에 하이퍼스케일 AI 데이터센터…2조 투입",
        "전남 영광군 홍농읍 일원에 200메가와트(㎿)급 초대형 인공지능(AI) 데이터센터가 들어선다.",
        "두 회사는 총 2조원을 투입해 영광군 홍농읍 '영광 에너지융합 일반산업단지' 내 부지에 하이퍼스케일 AI 데이터센터를 짓는다.",
    )
    assert len(initiatives(x)) == 1


def test_a_word_ending_like_a_township_is_no_town() -> None:
    x = extract(
        "에코델타시티 데이터센터 착공",
        "부산 강서구 에코델타시티에 데이터센터가 들어선다.",
        "2단계까지 포함하면 에코델타시티 일대 데이터센터 용량은 40㎿에 이른다.",
    )
    assert {i["site"] for i in x.article_initiatives} == {"에코델타시티"}


def test_a_facility_built_inside_the_campus_is_part_of_it() -> None:
    x = extract(
        "광주 AI 인재 캠퍼스에 민간 150억 투입",
        "코드브릿지, GPU 실습 클러스터·학습 플랫폼 구축",
        "광주시가 추진하는 'AI 융합인재 캠퍼스'에 민간 기업이 150억원을 투자한다.",
        "코드브릿지는 캠퍼스 안에 GPU 실습 클러스터와 온라인 학습 플랫폼을 구축하는 데 150억원을 들인다.",
        "캠퍼스 사업 규모는 국비 325억원과 시비 325억원을 더해 총 800억원으로 늘었다.",
    )
    assert initiatives(x) == ["광주 AI 융합인재 캠퍼스"]
    assert all(name == "광주 AI 융합인재 캠퍼스" for _, _, name in money(x))


def test_policy_funds_in_general_are_no_fund_of_the_story() -> None:
    x = extract(
        "경기도, 1000억 규모 'AI 혁신성장 펀드' 만든다",
        "경기도가 도내 AI 스타트업을 키우기 위해 1000억원 규모의 펀드를 조성한다.",
        "도는 2018년 이후 정책펀드를 통해 누적 2조1000억원을 조성했으며, 올해 AI 관련 사업 예산으로는 1420억원을 편성했다.",
    )
    assert initiatives(x, subjects_only=False) == ["경기 AI 혁신성장 펀드"]


def test_the_kind_every_listed_place_got_one_of_is_no_further_project() -> None:
    x = extract(
        "제조 AX 실증거점 4곳 선정…구미·창원·오창·군산",
        "과기정통부는 '제조 AX 실증거점 조성사업' 공모 결과 경북 구미, 경남 창원, 충북 청주 오창, 전북 군산 등 4곳을 선정했다.",
        "제조 AX 실증거점은 지역 주력 제조업의 공정 데이터를 모아 AI 모델을 개발하는 거점이다.",
        "지역별 국비는 구미 96억원, 창원 88억원, 오창 72억원, 군산 64억원이다.",
    )
    names = initiatives(x)
    assert len(names) == 4 and len({n.split()[0] for n in names}) == 4


def test_a_plans_brand_quoted_alone_is_that_plan() -> None:
    x = extract(
        "서울 'AX 2030' 1년…총사업비 1조3050억으로 늘린다",
        "서울시가 인공지능 전환(AX) 종합계획 '서울 AX 2030'의 총사업비를 1조2380억원에서 1조3050억원으로 늘린다.",
        "서울시의회는 '서울 AX 2030' 관련 예산 1812억원을 의결했다.",
    )
    assert initiatives(x) == ["서울 AX 2030 종합계획"]
    assert {name for _, _, name in money(x)} == {"서울 AX 2030 종합계획"}


def test_a_brand_never_named_as_a_plan_is_no_initiative() -> None:
    x = extract("서울 'AX 2030' 1년…", "서울시는 'AX 2030' 관련 예산 1812억원을 의결했다.")
    assert initiatives(x, subjects_only=False) == []


def test_the_regions_programme_whose_places_each_name_their_own_project_is_one_national_programme() -> None:
    x = extract(
        "과기정통부, '지역거점 AX 선도사업' 4곳 선정",
        "정부의 '지역거점 AX(AI 전환) 선도사업' 대상지로 전북·경북·충남·광주 4곳이 뽑혔다.",
        "선정된 지역에는 5년간 국비 총 2505억원이 지원된다.",
        "전북은 '농생명 AX 플래그십 프로젝트'로 국비 875억원을 포함해 총 1250억원 규모다.",
        "경북은 '포항 철강 제조 AX' 사업으로 국비 610억원을 받는다.",
        "충남은 천안·아산 기업을 대상으로 한 '디스플레이 AX 실증' 사업에 국비 540억원을, 광주는 'AI 헬스케어 AX' 사업에 국비 480억원을 각각 확보했다.",
    )
    national = [i for i in x.article_initiatives if i["province_code"] is None]
    assert [i["name"] for i in national] == ["지역거점 AX 선도사업"]
    province = {i["initiative_index"]: i["province_code"] for i in x.article_initiatives}
    placed = {a["surface"]: province.get(a["initiative_index"]) for a in x.amounts}
    assert placed["540억원"] == "4400000000" and placed["480억원"] == "2900000000"


def test_one_name_of_its_own_at_two_sites_of_one_city_is_one_project() -> None:
    x = extract(
        "대전 둔곡지구에 '양자·AI 융합연구단지'…2031년까지 조성",
        "대전 유성구 둔곡지구에 양자기술과 AI를 함께 연구하는 국가 연구단지가 들어선다.",
        "'대덕 퀀텀·AI 융합연구단지'는 대덕특구의 연구기관들과 협력한다.",
    )
    assert len(initiatives(x)) == 1


def test_two_projects_named_apart_in_two_cities_stay_two() -> None:
    x = extract(
        "충북 AI 데이터센터 두 곳",
        "청주 오창과학산업단지에 '그린 AI 데이터센터'가 들어선다.",
        "음성 성본산업단지에는 '하이퍼 AI 데이터센터'가 들어선다.",
    )
    assert len(initiatives(x, subjects_only=False)) == 2


def test_money_of_this_project_goes_to_the_programme_named_before() -> None:
    x = extract(
        "전북 '농생명 AX 사업단' 출범…10월 김제 실증센터 문 열어",
        "전북도가 '농생명 AX 플래그십 프로젝트' 추진을 위한 사업단을 출범시켰다.",
        "이 사업은 지난 2월 정부 공모에 선정된 것으로, 2029년까지 국비와 지방비 1천250억 원이 들어간다.",
        "김제 농생명 AX 실증센터는 10월 문을 연다.",
    )
    assert [(s, n) for s, _, n in money(x)] == [("1천250억 원", "전북 농생명 AX 플래그십 프로젝트")]


def test_a_complexs_cost_after_a_comma_in_the_headline_is_the_complexs() -> None:
    x = extract(
        "대전 양자·AI 연구단지, 사업비 5230억원으로 증액…양자컴 테스트베드 추가",
        "대전 유성구 둔곡지구에 조성 중인 '대덕 퀀텀·AI 융합연구단지' 사업비가 370억원 늘어난다.",
        "1000큐비트급 양자컴퓨터 테스트베드를 새로 들이기 위해서다.",
        "과학기술정보통신부는 14일 연구단지 조성사업의 사업계획 변경을 승인했다고 밝혔다.",
        "총사업비는 당초 4860억원에서 5230억원으로 늘었다.",
    )
    funded = {(s, n) for s, role, n in money(x) if role == "total"}
    assert all("연구단지" in n for _, n in funded) and ("5230억원", "대덕 퀀텀·AI 융합연구단지") in funded


def test_a_breakdown_by_party_of_a_clusters_total_is_its_parts() -> None:
    x = extract(
        "경남 방산·항공우주 AI 클러스터 조성 '맞손'",
        "경남도는 7일 '경남 방산·항공우주 AI 클러스터 조성 업무협약'을 체결했다.",
        "협약에 따라 4개 기업은 2030년까지 모두 1조1870억원을 투자한다.",
        "기업별로는 한울방산이 창원국가산업단지에 무인체계 생산라인을 구축하는 데 4200억원, 세진에어로텍이 사천에 부품 공장을 짓는 데 3100억원을 투자한다.",
        "동방정밀은 창원 공장 증설에 2700억원을, 넥스비전AI는 국방 데이터를 학습시키는 보안 AI 데이터센터 구축에 1870억원을 들인다.",
    )
    assert initiatives(x) == ["경남 방산·항공우주 AI 클러스터"]
    parts = {s: (r, n) for s, r, n in money(x)}
    assert all(
        parts[s] == ("component", "경남 방산·항공우주 AI 클러스터")
        for s in ("4200억원", "3100억원", "2700억원", "1870억원")
    )


def test_a_head_alone_spanning_two_joined_cities_is_the_articles_project() -> None:
    x = extract(
        "경남 방산·항공우주 AI 클러스터 조성",
        "경남도가 창원과 사천에 흩어진 방산 기업의 현장에 AI를 접목하는 클러스터 조성에 나선다.",
        "도는 '경남 방산·항공우주 AI 클러스터 조성 업무협약'을 체결했다.",
    )
    assert initiatives(x) == ["경남 방산·항공우주 AI 클러스터"]


def test_this_years_budget_in_the_projects_nth_year_is_the_programmes() -> None:
    x = extract(
        "전북 '농생명 AX' 2년차…1480억원으로 판 키운다",
        "전북도는 농생명 AX 플래그십 프로젝트의 총사업비가 1480억원으로 늘었다고 밝혔다.",
        "김제 실증센터는 지난해 10월 문을 열었다.",
        "사업 2년차인 올해 예산은 294억원으로 지난해보다 100억원 넘게 늘었다.",
    )
    funded = {s: n for s, _, n in money(x)}
    assert funded["294억원"] == "전북 농생명 AX 플래그십 프로젝트"


def test_money_of_this_project_is_not_the_call_it_won() -> None:
    x = extract(
        "경남, 창원에 제조 AI 실증센터",
        "경남도는 과기정통부의 지역 AI 확산 사업에 선정돼 창원에 제조 AI 실증센터를 짓는다고 2일 밝혔다.",
        "이 사업은 2029년까지 총사업비 1천250억 원이 들어간다.",
    )
    assert [n for _, _, n in money(x)] == ["창원 제조 AI 실증센터"]


def test_the_regions_programme_whose_places_are_funded_by_place_stays_per_place() -> None:
    x = extract(
        "'지역거점 AX 선도사업' 전북·경북 선정",
        "'지역거점 AX 선도사업'에 전북과 경북이 선정됐다. 전북은 이 사업에 국비 540억원을, 경북은 국비 500억원을 받는다.",
        "전북은 농생명 AI 실증센터를 짓고 경북은 구미 제조 AI 실증센터를 짓는다.",
    )
    province = {i["initiative_index"]: i["province_code"] for i in x.article_initiatives}
    placed = {a["surface"]: province.get(a["initiative_index"]) for a in x.amounts}
    assert placed == {"540억원": "5200000000", "500억원": "4700000000"}


def test_one_quoted_name_over_two_cities_counted_as_two_centres_is_two() -> None:
    x = extract(
        "경남 AI 제조 실증센터 두 곳",
        "경남도는 창원·김해에 'AI 제조 실증센터'를 짓고, 두 센터에 각각 200억원을 투입한다.",
    )
    assert len(initiatives(x, subjects_only=False)) == 2


def test_figures_the_next_sentence_adds_up_into_a_whole_are_its_parts() -> None:
    x = extract(
        "경남 방산·항공 AI클러스터 투자 1.5조 넘어",
        "경남도는 '방산·항공우주 AI 클러스터'에 기업 두 곳이 새로 합류했다고 밝혔다.",
        "대영항공정밀은 사천에 공장을 짓는 데 2020억 원을, 테라센싱은 창원국가산업단지에 국방 센서 데이터 처리 센터를 세우는 데 1450억 원을 투자한다.",
        "이로써 클러스터 투자액은 4개사 1조 1870억 원에서 6개사 1조 5340억 원으로 늘었다.",
    )
    funded = {s: (r, n) for s, r, n in money(x)}
    assert funded["1450억 원"] == ("component", funded["1조 5340억 원"][1])


def test_figures_a_next_sentence_does_not_add_up_stay_their_own() -> None:
    x = extract(
        "창원 AI 센터 착공",
        "테라센싱은 창원국가산업단지에 국방 센서 데이터 처리 센터를 세우는 데 1450억 원을 투자한다.",
        "한편 도는 올해 AI 예산으로 300억원을 편성했다.",
    )
    funded = {s: r for s, r, _ in money(x)}
    assert funded["1450억 원"] == "total"


def test_facilities_a_whole_builds_are_its_parts_and_the_money_spent_on_it_is_its_own() -> None:
    x = extract(
        "대구 'AI로봇 혁신클러스터' 착공",
        "대구시는 16일 달성군에서 AI로봇 혁신클러스터 착공식을 열었다.",
        "약 3천500억원이 투입되는 클러스터는 45만㎡ 부지에 AI 로봇 통합실증센터, 휴머노이드 실증동, "
        "피지컬 AI 학습데이터센터, 부품 시험동 등을 차례로 짓는다.",
        "올해는 국비 286억원이 투입돼 실증센터 골조 공사가 진행된다.",
        "실증센터가 문을 열면 기업들은 실제 공장과 같은 환경에서 제품을 시험할 수 있다.",
    )
    assert [n.split()[-1] for n in initiatives(x)] == ["혁신클러스터"]  # no facility of it is a project
    assert funded_totals(x) == initiatives(x)


@pytest.mark.parametrize(
    ("sentence", "funded"),
    [
        ("2조원을 들여 짓는 데이터센터는 2028년 문을 연다.", "광주 AI 데이터센터"),
        ("3200억원대로 추진되는 클러스터는 공모에 선정돼 국비를 확보했다.", "광주 AI 클러스터"),
    ],
)
def test_an_amount_in_a_clause_of_spending_funds_the_name_after_it(sentence: str, funded: str) -> None:
    x = extract(
        "광주, AI 데이터센터와 AI 클러스터 추진",
        "광주시는 5일 광주 AI 클러스터 안에 광주 AI 데이터센터를 짓는 계획을 발표했다.",
        sentence,
    )
    assert funded_totals(x)[-1] == funded


def test_a_project_nearby_said_to_come_too_is_another_not_the_articles() -> None:
    x = extract(
        "세종 스마트국가산단에 6800억 민간 AI 데이터센터",
        "세종시 연서면 세종 스마트국가산업단지에 민간 자본 6800억원이 투입되는 AI 데이터센터가 들어선다.",
        "데이터센터는 2028년 가동을 목표로 한다.",
        "인근에는 행정안전부가 추진하는 AI 행정클라우드센터도 들어설 예정이다.",
    )
    main = next(i for i in x.article_initiatives if i["is_primary"])
    assert "행정" not in main["name"] and main["mention_count"] >= 3


def test_a_place_carried_from_a_list_of_several_provinces_is_not_the_last_one() -> None:
    x = extract(
        "세종시, 스마트시티 AI 공모 선정",
        "세종시가 국토교통부 공모에 최종 선정돼 AI 도시운영 플랫폼을 구축한다.",
        "이번 공모에서는 세종을 비롯해 경기 시흥시, 전남 순천시 등이 이름을 올렸다.",
        "공식 사업명은 'AI 기반 스마트시티 통합운영 플랫폼 구축사업'으로 4년간 총사업비 487억원이 투입된다.",
    )
    provinces = {i["name"]: i["province_code"] for i in x.article_initiatives}
    assert provinces["세종 AI 기반 스마트시티 통합운영 플랫폼"] == GAZ.regions["3600000000"].province_code


def test_the_call_a_project_won_is_not_the_articles_project() -> None:
    x = extract(
        "세종시, 국토부 'AI 스마트시티 고도화' 공모 선정…500억 규모 플랫폼 구축",
        "세종시가 국토교통부의 '스마트시티 AI 고도화 공모사업'에 최종 선정됐다.",
        "공식 사업명은 'AI 기반 스마트시티 통합운영 플랫폼 구축사업'으로 총사업비 487억원이 투입된다.",
    )
    main = next(i for i in x.article_initiatives if i["is_primary"])
    assert "통합운영 플랫폼" in main["name"]
    assert set(funded_totals(x)) == {main["name"]}


def test_figures_adding_up_to_a_figure_just_before_are_its_parts() -> None:
    x = extract(
        "대구 AI 의료클러스터에 민간 1010억 투자",
        "대구 AI 의료클러스터 입주 협약식이 5일 열렸다.",
        "협약에 따라 기업 4곳은 2030년까지 클러스터에 모두 1010억원을 투자한다.",
        "한결헬스케어가 AI 정밀진단센터에 450억원을 투자하고, 딥케어랩이 영상판독 연구소 건립에 280억원, "
        "메디웨이브가 생산라인에 180억원, 바이오넥스트가 연구시설에 100억원을 각각 투입한다.",
    )
    assert initiatives(x) == ["대구 AI 의료클러스터"]
    assert {name for _, _, name in money(x)} == {"대구 AI 의료클러스터"}


def test_figures_that_change_a_figure_before_are_no_breakdown_of_it() -> None:
    x = extract(
        "경기 AI 펀드 1200억으로 확대",
        "경기도의 'AI 혁신성장 펀드'가 규모를 1200억원으로 키웠다.",
        "당초 계획한 1000억원보다 200억원 많다.",
    )
    roles = {m[0]: m[1] for m in money(x)}
    assert roles["200억원"] != "component"


def test_private_money_a_facility_costs_is_its_whole_when_no_public_source_is_named() -> None:
    x = extract(
        "세종 스마트국가산단에 6800억 민간 AI 데이터센터",
        "세종시 스마트국가산업단지에 민간 자본 6800억원이 투입되는 AI 데이터센터가 들어선다.",
        "1단계 3100억원, 2단계 3700억원으로 나눠 짓는다.",
    )
    roles = {m[0]: m[1] for m in money(x)}
    assert roles["6800억원"] == "total" and roles["3100억원"] == roles["3700억원"] == "component"


def test_private_money_beside_public_sources_stays_a_part() -> None:
    x = extract(
        "세종 AI 데이터센터 착공",
        "세종시 스마트국가산업단지에 국비 300억원과 민간 자본 6800억원이 투입되는 AI 데이터센터가 들어선다.",
    )
    assert {m[1] for m in money(x)} == {"component"}


def test_a_subheads_description_of_the_headlines_project_is_that_project() -> None:
    x = extract(
        "세종 AI 행정클라우드센터, 예비타당성조사 통과",
        "- 총사업비 3,274억 원, 2029년까지 GPU 기반 AI 전용 정부 데이터센터 구축",
        "행정안전부는 「세종 AI 행정클라우드센터 구축사업」이 예비타당성조사를 통과했다고 밝혔다.",
        "기존 정부 데이터센터는 GPU 서버를 수용할 전력·냉각 설비가 부족하다.",
    )
    main = next(i for i in x.article_initiatives if i["is_primary"])
    assert main["name"] == "세종 AI 행정클라우드센터" and main["mention_count"] == 3  # not the existing centre
    assert funded_totals(x) == ["세종 AI 행정클라우드센터"]


def test_a_project_built_around_the_articles_is_another() -> None:
    x = extract(
        "세종 AI 행정클라우드센터 내년 예산 612억 확보",
        "국가정보자원관리원이 세종에 짓는 'AI 행정클라우드센터' 사업이 내년 예산을 확보했다.",
        "총사업비 3274억원 규모의 이 센터는 연서면 스마트국가산업단지에 전산동 2개동을 짓는 사업이다.",
        "센터 인근 스마트국가산단에는 민간 기업 한결클라우드가 6800억원을 들여 AI 데이터센터를 짓기로 했다.",
    )
    by_amount = {m[0]: m[2] for m in money(x)}
    assert by_amount["3274억원 규모"] != by_amount["6800억원"]


def test_a_phases_money_after_the_whole_is_the_phased_projects_not_a_facilitys() -> None:
    x = extract(
        "대구 AI로봇 혁신클러스터 선정",
        "대구시는 달성군에 AI 로봇 혁신클러스터를 조성한다고 밝혔다.",
        "AI 로봇 통합실증센터는 클러스터의 핵심 시설이다.",
        "클러스터는 사업비 3천억원 규모로 두 단계에 걸쳐 조성된다.",
        "1단계(2025~2027년)에는 1천350억원을 들여 AI 로봇 통합실증센터와 피지컬 AI 학습데이터센터를 먼저 짓는다.",
        "2단계에는 1천650억원을 투입한다.",
    )
    [cluster] = {name for _, role, name in money(x) if role == "total"}
    assert {name for _, _, name in money(x)} == {cluster}


def test_an_agreements_purpose_words_tell_no_project_apart() -> None:
    words = distinctive_words("AI 로봇 혁신클러스터 성공 조성을 위한 업무협약", "업무협약")
    assert words == ("로봇", "혁신")
    assert distinctive_words("모두를 위한 AI 센터", "센터") == ("모두를", "위한")  # a centre's own name
    assert "스마트마을" in distinctive_words("해남 AI 스마트마을 조성 업무협약", "업무협약")


def test_a_headlines_description_is_the_project_the_body_names_otherwise() -> None:
    x = extract(
        "영종 GPU 데이터센터 부지 계약…총사업비 2조8120억원 확정",
        "인천 영종도에 대규모 인공지능 데이터센터를 짓는 사업이 부지 계약을 마쳤다.",
        "인천경제청은 노스게이트 컴퓨트와 '노스게이트 영종 AI 캠퍼스' 부지 매매계약을 맺었다고 밝혔다.",
        "노스게이트 영종 AI 캠퍼스는 2028년 1단계 가동을 목표로 한다.",
    )
    assert initiatives(x) == ["노스게이트 영종 AI 캠퍼스"]
    assert set(funded_totals(x)) == {"노스게이트 영종 AI 캠퍼스"}


def test_a_joint_project_of_several_places_of_one_province_is_one() -> None:
    x = extract(
        "강원도·춘천·원주, AI 펀드 300억 조성",
        "강원특별자치도와 춘천시, 원주시가 도내 AI 기업을 키우기 위한 공동 펀드를 만든다.",
        "도는 5일 춘천시, 원주시와 '강원 AI 혁신성장펀드' 조성 업무협약을 맺었다.",
        "펀드는 300억원 규모로 결성된다.",
    )
    assert initiatives(x) == ["강원 AI 혁신성장펀드"]


def test_a_startup_campus_beside_a_data_centre_stays_a_school() -> None:
    x = extract(
        "서울 AI 스타트업 캠퍼스 첫 삽",
        "서울시는 구로구에서 '서울 AI 스타트업 캠퍼스' 착공식을 열었다.",
        "캠퍼스 지하에는 GPU 서버를 갖춘 소형 데이터센터도 들어선다.",
    )
    kinds = {i["name"]: i["initiative_type"] for i in x.article_initiatives}
    assert kinds["서울 AI 스타트업 캠퍼스"] == "education"
    assert distinctive_words("AI 스타트업 캠퍼스", "캠퍼스") == distinctive_words("AI 창업 캠퍼스", "캠퍼스")


def test_a_sentence_after_a_company_seated_elsewhere_is_placed_where_it_builds() -> None:
    x = extract(
        "A사, 2조원 규모 AI 데이터센터 짓는다",
        "경기 성남시에 본사를 둔 A사는 전남 해남군 솔라시도에 AI 데이터센터를 짓는다고 밝혔다.",
        "총사업비는 2조원이다.",
    )
    [row] = [a for a in x.amounts if a["surface"] == "2조원"]
    assert row["amount_role"] == "total" and row["region_code"].startswith("46")


def test_a_shared_centre_in_two_cities_stays_two_and_a_joint_fund_is_reported() -> None:
    x = extract(
        "경기도, 성남·용인에 AI 반도체 공동 연구센터",
        "경기도는 성남과 용인에 AI 반도체 공동 연구센터를 짓는다.",
        "성남 센터에는 300억원, 용인 센터에는 500억원이 투입된다.",
    )
    assert len(initiatives(x)) == 2
    y = extract(
        "강원도·춘천·원주, 1000억 AI 공동 펀드 조성", "강원도와 춘천시, 원주시가 1000억원 규모의 AI 공동 펀드를 만든다."
    )
    assert len(initiatives(y)) == 1 and funded_totals(y) == initiatives(y) * 2


def test_a_facility_a_whole_builds_gives_its_money_to_the_whole() -> None:
    x = extract(
        "대구 AI 클러스터 착공",
        "대구시는 달성군에서 AI로봇 혁신클러스터 착공식을 열었다.",
        "클러스터는 45만㎡ 부지에 통합실증센터, 실증동, 기업지원동 등을 차례로 짓는다.",
        "통합실증센터 건립에는 국비 450억원이 들어간다.",
    )
    [(_, role, name)] = money(x)
    assert role == "component" and name in initiatives(x)


@pytest.mark.parametrize(
    "lines",
    [
        (
            "대구 AI 로봇 클러스터 사업에 올해 국비 200억원이 반영됐다.",
            "대구시는 시비 120억원과 민자 80억원을 더해 로봇 실증센터를 짓는다.",
        ),
        (
            "부산 AI 캠퍼스 사업비는 1000억원이다.",
            "이와 함께 시는 동부산에 AI 데이터센터 600억원, 서부산에 AI 교육센터 400억원 규모의 사업도 추진한다.",
        ),
    ],
)
def test_figures_that_add_money_or_other_projects_are_no_breakdown(lines: tuple[str, str]) -> None:
    x = extract("부산·대구 AI 사업 추진", *lines)
    second = {a["surface"] for a in x.amounts if a["sentence_index"] == 2}
    assert all(name != "부산 AI 캠퍼스" and "클러스터" not in (name or "") for s, _, name in money(x) if s in second)


def test_a_phase_after_another_project_is_that_ones() -> None:
    x = extract(
        "광주 AI 집적단지 조성 속도",
        "광주시는 첨단3지구에 총 4000억원을 들여 AI 집적단지를 조성하고 있다.",
        "이와 별도로 한 민간 기업은 광주 첨단지구에 AI 데이터센터를 짓기로 했다.",
        "1단계에는 2000억원을 들여 40MW 규모 전산동을 먼저 짓는다.",
    )
    [(_, _, name)] = [m for m in money(x) if m[0] == "2000억원"]
    assert "데이터센터" in (name or "")


def test_a_places_programme_and_the_platform_it_builds_by_the_same_words_are_one() -> None:
    x = extract(
        "울산, 1천250억 '중소 제조 AX' 선도사업 선정",
        "울산시가 산업통상자원부의 '지역 제조 AX 선도사업'에 선정됐다.",
        "시는 2029년까지 총 1천250억원을 투입하는 '울산형 중소 제조 AX 플랫폼' 사업을 추진한다.",
    )
    assert len(initiatives(x)) == 1
    y = extract(
        "울산, 제조 AI 융합 선도사업 선정",
        "울산시가 '제조 AI 융합 선도사업'에 선정됐다.",
        "시는 '울산 조선 AI 데이터 플랫폼'도 따로 구축한다.",
    )
    assert len(initiatives(y, subjects_only=False)) == 2  # no two words in common: two projects


@pytest.mark.parametrize(
    "party_words",
    ["민관 협약", "산학연 업무협약", "상생 협약"],
)
def test_an_agreement_about_a_quoted_project_makes_that_project_the_articles(party_words: str) -> None:
    x = extract(
        f"AI가 산불 잡는다…재난안전 플랫폼 '{party_words}'",
        "강원특별자치도는 오늘 도청에서 춘천의 AI 기업 세이프링크AI, 강원대학교와 "
        "'AI 재난안전 플랫폼' 구축 협약을 맺었습니다.",
        "사업비는 모두 4백20억 원.",
    )
    assert initiatives(x) == ["강원 AI 재난안전 플랫폼"]  # placed in the province, not at the company's seat
    assert funded_totals(x) == ["강원 AI 재난안전 플랫폼"]


def test_an_amended_agreement_of_a_quoted_programme_is_that_programme() -> None:
    x = extract(
        "강원 AI 재난안전 사업비 495억원으로 증액",
        "강원특별자치도는 행정안전부와 'AI 기반 지역 재난안전 선도사업' 변경 협약을 맺고 총사업비를 "
        "기존 420억원에서 495억원으로 늘렸다고 14일 밝혔다.",
    )
    assert [i for i in initiatives(x) if "협약" in i] == []
    assert any("재난안전 선도사업" in i for i in initiatives(x))


def test_each_places_task_of_a_national_list_is_its_own_project() -> None:
    x = extract(
        "산업부, AI 팩토리 선도 프로젝트 3곳 추가",
        "산업통상부는 10일 '2026년 AI 자율제조 선도 프로젝트' 신규 과제로 울산 자동차 의장 공정, "
        "경북 구미 전자부품, 충남 아산 디스플레이 모듈 분야 3건을 확정했다고 밝혔다.",
        "울산 과제는 자동차 부품사 태화오토텍이 주관해 북구 공장의 의장 조립 라인에 AI 협동로봇을 도입한다.",
        "국비 150억원이 지원된다.",
        "구미 과제는 금오일렉트릭이 공장에 AI 기반 불량 예측 체계를 구축하는 내용으로 국비 120억원이 투입된다.",
        "아산 과제에는 온양디스플레이텍이 디스플레이 모듈 공정의 자율 운영을 실증하는 데 국비 95억원이 들어간다.",
    )
    funded = {name for _, _, name in money(x)}
    assert funded == {"울산 과제", "구미 과제", "아산 과제"}
    assert not any("자율제조" in i for i in initiatives(x, subjects_only=False))


def test_a_projects_new_brand_is_that_project_and_its_bare_head_follows() -> None:
    x = extract(
        "충북도, AI 신약기업 6곳과 협약…'오송 AI 드럭 밸리' 시동",
        "충북도가 청주 오송에 조성하는 인공지능(AI) 신약개발 클러스터에 참여할 기업을 확보했다.",
        "오송 AI 드럭 밸리는 지난해 7월 예비타당성조사를 통과한 약 2700억원 규모의 "
        "'AI 기반 신약개발 클러스터 조성사업'의 새 브랜드다.",
        "기업들은 클러스터에 구축될 플랫폼에 실험 데이터를 공유하기로 했다.",
    )
    assert len(initiatives(x)) == 1
    assert funded_totals(x) == initiatives(x)


def test_money_a_neighbour_spends_on_its_own_project_is_not_the_articles() -> None:
    x = extract(
        "케이넷데이터, 안성 미양에 40㎿ 데이터센터 착공",
        "케이넷데이터는 8일 안성시 미양면에서 '케이넷 안성 미양 데이터센터' 착공식을 가졌다.",
        "이 데이터센터는 총사업비 4800억원을 들여 2단계로 건립된다.",
        "인근 보개면에서는 세진그룹이 2조원을 들여 300㎿급 AI 데이터센터 캠퍼스 1단계 공사를 진행하고 있다.",
    )
    assert [m for m in money(x) if m[2] == "케이넷 안성 미양 데이터센터"] == [
        ("4800억원", "total", "케이넷 안성 미양 데이터센터")
    ]


def test_an_estate_named_after_a_namesake_city_lies_where_its_address_says() -> None:
    x = extract(
        "대전에 '국방·항공우주 AI 연구허브' 조성…1200억 투입",
        "대전 유성구에 국방 AI 기술을 연구하는 '국방·항공우주 AI 융합연구허브'가 들어선다.",
        "시는 1200억 원을 투입해 유성구 안산동 안산첨단국방융합산업단지 내 3만㎡ 부지에 연구허브를 구축한다.",
    )
    assert len(initiatives(x)) == 1
    assert {a["region_code"][:2] for a in x.amounts} == {"30"}  # 대전, not 경기 안산시


def test_a_chosen_task_and_its_official_project_name_are_one_project() -> None:
    x = extract(
        "세종시, 국토부 'AI 스마트시티 고도화' 공모 선정…500억 규모 도시운영 플랫폼 구축",
        "시는 국토부가 18일 발표한 공모 결과에서 '세종형 AI 시티 OS' 과제가 최종 선정됐다고 밝혔다.",
        "공식 사업명은 'AI 기반 스마트시티 통합운영 플랫폼 구축사업'으로 4년간 총사업비 487억6000만원이 투입된다.",
    )
    assert len(initiatives(x)) == 1
    assert funded_totals(x) == initiatives(x) * 2


@pytest.mark.parametrize(
    "short",
    [
        "울산 조선 디지털트윈 사업, 내년 사업비 118억원 확보",
        "AI가 조선소 '쌍둥이' 만든다…울산 'AI 디지털트윈' 사업 본격 착수",
    ],
)
def test_a_programme_called_by_words_within_the_one_thing_it_builds_is_that_project(short: str) -> None:
    x = extract(
        short,
        "울산시는 'AI 조선·플랜트 디지털트윈 플랫폼 구축사업'의 내년도 사업비 118억원(국비 72억원 포함)을 확보했다고 "
        "4일 밝혔다.",
        "이 사업은 2029년까지 5년간 총 495억원을 들여 조선소와 석유화학 플랜트의 공정을 가상공간에 구현하는 사업이다.",
    )
    assert len(initiatives(x)) == 1


def test_a_programme_sharing_one_word_with_two_built_things_stays_apart() -> None:
    x = extract(
        "울산 디지털트윈 사업 착수",
        "울산시는 'AI 조선 디지털트윈 플랫폼'과 'AI 항만 디지털트윈 허브'를 함께 짓는다.",
        "사업비는 모두 300억원이다.",
    )
    assert len(initiatives(x, subjects_only=False)) >= 2


def test_two_places_listed_before_an_estate_keep_their_own_provinces() -> None:
    x = extract(
        "부산·울산에 조선 AI 실증센터",
        "산업부는 부산 강서구와 울산 온산국가산업단지에 조선 AI 실증센터를 짓는다.",
        "부산 센터에는 300억원, 울산 온산국가산업단지 센터에는 500억원이 투입된다.",
    )
    assert {a["region_code"][:2] for a in x.amounts} == {"26", "31"}  # 부산 and 울산, each its own


def test_a_new_brand_strategy_naming_two_projects_merges_neither() -> None:
    x = extract(
        "대구, AI 로봇 특구·헬스케어 센터 '투 트랙'",
        "대구시는 '대구 AI 로봇 특구'와 '수성 AI 헬스케어 센터'를 새 브랜드 전략의 양대 축으로 삼는다.",
        "대구 AI 로봇 특구에는 1500억원, 수성 AI 헬스케어 센터에는 400억원이 투입된다.",
    )
    assert len(initiatives(x)) == 2


@pytest.mark.parametrize(
    "challenge",
    ["울산 과제는 7조원 투자를 차질 없이 이행하는 것이다.", "울산 과제는 전력과 용수다."],
)
def test_a_places_challenge_is_no_task_of_a_programme(challenge: str) -> None:
    x = extract(
        "SK·AWS, 울산에 AI 데이터센터",
        "SK와 아마존웹서비스는 울산 미포산단에 7조원을 들여 AI 데이터센터를 짓는다.",
        challenge,
    )
    assert not any("과제" in i for i in initiatives(x, subjects_only=False))


def test_a_project_named_after_an_order_abroad_clause_moves_on_is_kept() -> None:
    x = extract(
        "현대건설, 해남 AI 데이터센터 공사 맡아",
        "베트남 정부가 발주한 스마트시티 사업에 이어 현대건설은 전남 해남에 3조원 규모 AI 데이터센터를 짓는 공사를 맡았다.",
    )
    assert initiatives(x) == ["해남 AI 데이터센터"]
    assert funded_totals(x) == ["해남 AI 데이터센터"]


def test_a_village_nearby_opens_no_other_project() -> None:
    x = extract(
        "용인 AI 데이터센터 보상 갈등",
        "용인 AI 데이터센터 건립이 본격화됐다.",
        "인근 마을에서는 용인 AI 데이터센터 건립에 1조원이 투입되는 만큼 보상을 요구하고 있다.",
    )
    assert initiatives(x) == ["용인 AI 데이터센터"]


def test_a_company_introduced_by_its_home_town_leaves_the_province_to_the_projects_site() -> None:
    x = extract(
        "AI 헬스케어 실증센터 협약",
        "도는 춘천의 AI 기업 세이프링크AI, 강원대학교와 'AI 헬스케어 실증센터' 구축 협약을 맺었다.",
        "센터는 원주 의료기기 단지에 들어서며 100억원이 투입된다.",
    )
    [row] = x.amounts
    assert row["region_code"].startswith("51") and row["amount_role"] == "total"  # 원주, in 강원


def test_a_place_made_into_a_hub_and_a_facility_its_programme_builds_are_the_programmes() -> None:
    x = extract(
        "대구국가산단, 산업부 'AI 자율제조 선도 프로젝트' 선정…1850억 투입",
        "대구국가산업단지가 인공지능(AI)이 스스로 공정을 돌리는 '자율제조' 실증 거점으로 조성된다.",
        "사업은 2029년까지 총사업비 1850억원을 들여 생산 라인에 AI 자율제조 시스템을 적용하는 것이다.",
        "시는 생산 라인 12개를 한곳에서 관리하는 'AI 자율제조 통합관제센터'를 내년 하반기까지 짓는다.",
    )
    assert initiatives(x) == ["대구 AI 자율제조 선도 프로젝트"]
    assert set(funded_totals(x)) == {"대구 AI 자율제조 선도 프로젝트"}


def test_a_facility_with_money_of_its_own_beside_a_programme_stays_a_project() -> None:
    x = extract(
        "제주 AI 관광 사업 착수",
        "제주도는 'AI 관광 혁신 사업'을 시작한다.",
        "도는 별도로 500억원을 들여 'AI 관광 데이터센터'를 짓는다.",
    )
    assert "제주 AI 관광 데이터센터" in initiatives(x)


def test_a_company_named_after_the_project_it_runs_leaves_the_projects_name_to_the_project() -> None:
    x = extract(
        "[단독] 국가AI컴퓨팅센터 SPC 공식 출범…총사업비 2조4860억 확정",
        "세종에 들어서는 국가AI컴퓨팅센터를 짓고 운영할 특수목적법인(SPC) '국가AI컴퓨팅센터㈜'가 22일 공식 출범했다.",
        "사업비는 협상 과정에서 2조4860억원으로 최종 확정됐다.",
    )
    assert initiatives(x) == ["세종 국가AI컴퓨팅센터"]
    assert funded_totals(x) == initiatives(x) * 2


def test_each_place_a_headline_spreads_a_programme_over_gets_the_money_of_its_own_paragraph() -> None:
    x = extract(
        "AI 자율제조 2차 선도 프로젝트 4곳 선정…창원·울산·아산·광주",
        "산업부는 17일 경남 창원국가산업단지, 울산 미포국가산업단지, 충남 아산 탕정디스플레이단지, 광주 평동산업단지 등 "
        "4곳을 대상지로 선정했다.",
        "창원국가산단은 방산 부품 가공 라인에 AI 자율제조를 적용한다.",
        "총사업비 420억원 가운데 국비가 240억원이다.",
        "울산 미포국가산단은 조선 블록 용접 공정의 자율화를 추진한다.",
        "총사업비는 350억원(국비 210억원)이다.",
        "충남 아산 탕정디스플레이단지는 패널 검사에 AI를 적용한다.",
        "총사업비 300억원, 국비 180억원 규모다.",
    )
    totals = {a["surface"]: a["region_code"][:2] for a in x.amounts if a["amount_role"] == "total"}
    assert totals == {"420억원": "48", "350억원": "31", "300억원": "44"}  # 경남, 울산, 충남: each its own


def test_facilities_a_project_gathers_leave_its_cost_to_the_project_named_before() -> None:
    x = extract(
        "나주에 에너지 AI 집적단지",
        "나주 혁신산단에는 전남도가 추진하는 '전남 에너지 AI 집적단지'가 조성되고 있다.",
        "AI 기업이 입주할 지식산업센터와 전력 데이터 센터, 실증 테스트베드를 한데 모으는 사업으로 총사업비는 "
        "1450억 원(국비 700억 원·도비 350억 원·민간 400억 원)이다.",
    )
    assert funded_totals(x) == ["전남 에너지 AI 집적단지"]


def test_the_entry_a_call_chose_stays_the_project_beside_the_calls_name_in_the_headline() -> None:
    x = extract(
        "울산, 산업부 'AI 디지털트윈 선도사업' 선정…조선·플랜트 현장 가상화",
        "울산시는 산업통상자원부의 '산업 AI 디지털트윈 선도사업' 공모에서 '울산 AI 조선·플랜트 디지털트윈 플랫폼 "
        "구축사업'이 최종 선정됐다고 밝혔다.",
    )
    main = next(i for i in x.article_initiatives if i["is_primary"])
    assert "조선·플랜트" in main["name"]


def test_schools_of_different_kinds_in_one_article_stay_apart() -> None:
    x = extract(
        "경북 AI 캠퍼스, 겨울 AI 부트캠프 126명 수료",
        "경북 AI 캠퍼스(GAIC)는 포항 한동대학교에서 '겨울 AI 부트캠프' 수료식을 열었다.",
        "GAIC는 매년 국비 60억원을 지원받아 대학 간 공동 AI 교육과정을 운영하고 있다.",
    )
    assert sorted(initiatives(x)) == ["경북 AI 캠퍼스", "포항 겨울 AI 부트캠프"]
    assert [name for _, _, name in money(x)] == ["경북 AI 캠퍼스"]  # by the acronym its name was glossed with


def test_review_37_projects_kept_where_the_new_readings_do_not_apply() -> None:
    # a site made into a data centre, in the passive, is the project (a hub so made is a role)
    x = extract(
        "동해에 AI 데이터센터",
        "강원도는 동해시 옛 화력발전소 부지가 AI 데이터센터로 조성된다고 밝혔다.",
        "사업비는 5000억원이다.",
    )
    assert funded_totals(x) == ["동해 AI 데이터센터"]
    # a named project as the landmark of its own ceremony's place is the project
    y = extract(
        "SK텔레콤·아마존웹서비스, 울산서 첫 삽",
        "울산 AI 데이터센터가 자리한 미포산단 일대에서 17일 2단계 착공식이 열렸다.",
        "SK텔레콤과 아마존웹서비스는 2단계에 3조원을 추가 투입한다.",
    )
    assert "울산 AI 데이터센터" in initiatives(y)
    # a region's project named with its ministry, chosen for it, is the region's
    z = extract(
        "울산, 산업부 AI 자율제조 선도 프로젝트 선정",
        "울산시는 산업부 AI 자율제조 선도 프로젝트에 선정돼 국비 200억원을 확보했다고 밝혔다.",
    )
    assert {name for _, _, name in money(z)} - {None}
    # a place's task told by its size alone is its task
    w = extract(
        "산업부, AI 자율제조 신규 과제 3건 확정",
        "산업부는 신규 과제 3건을 확정했다고 밝혔다.",
        "울산 과제는 조선소 용접 자동화로, 3년간 120억원 규모다.",
        "경남 과제는 방산 부품 검사 자동화로, 3년간 90억원 규모다.",
    )
    assert {(surface, name) for surface, _, name in money(w)} == {
        ("120억원 규모", "울산 과제"),
        ("90억원 규모", "경남 과제"),
    }


def test_review_37_money_kept_from_the_wrong_project() -> None:
    # the government's money after a spread place's paragraph is no place's
    x = extract(
        "AI 자율제조 선도 프로젝트 4곳 선정…창원·울산·아산·광주",
        "울산은 조선소 용접 공정에 AI 로봇을 적용한다.",
        "정부는 내년부터 3년간 국비 1120억원을 투입한다.",
    )
    assert [a["initiative_index"] for a in x.amounts if a["surface"] == "1120억원"] == [None]
    # a facility set apart from the programme, with its own money, stays a project
    y = extract(
        "경남, AI 자율제조 선도 프로젝트 선정",
        "경남도는 'AI 자율제조 선도 프로젝트'에 선정됐다.",
        "이와 별도로 도는 도비 50억원을 들여 창원에 'AI 자율제조 인력양성센터'를 짓는다.",
    )
    assert any("인력양성센터" in i for i in initiatives(y))
    # a project running already, its own money told, keeps it
    z = extract(
        "광주 국가 AI 데이터센터 2단계 증설 확정",
        "광주시는 '국가 AI 데이터센터' 2단계 증설이 확정됐다고 밝혔다.",
        "데이터센터는 지난해 11월부터 가동 중이며, 2단계 증설에 국비 1000억원이 추가로 투입된다.",
    )
    assert {name for _, _, name in money(z)} == {"광주 국가 AI 데이터센터"}


@pytest.mark.parametrize("name", ["AI 지역거점 확산사업", "인공지능 지역 확산 사업", "지역 AX 대전환 사업"])
def test_a_programme_for_the_regions_with_an_ai_word_before_is_the_countrys(name: str) -> None:
    x = extract(
        f"과기정통부, '{name}' 5곳 선정…3년간 국비 460억",
        f"과학기술정보통신부는 '{name}' 대상지 5곳을 선정했다고 밝혔다.",
        "울산은 '제조 AI 실증 거점'으로 국비 96억원을 지원받는다.",
    )
    assert [role for surface, role, _ in money(x) if surface == "460억"] == ["national"]


# A ministry's call choosing five places, with the programme's budget in no place.
HUBS_PROGRAMME_SELECTED = (
    "과기정통부, '지역 AX 혁신거점' 5곳 선정…3년간 국비 1500억",
    "과학기술정보통신부는 '지역 AX 혁신거점 조성사업' 대상지로 부산, 대구, 울산, 전남, 충북 5개 시·도를 최종 "
    "선정했다고 21일 밝혔다.",
    "이번 사업에는 올해부터 2028년까지 3년간 국비 1500억원이 들어간다.",
    "올해 예산은 420억원이다.",
)


def test_a_hubs_programme_for_the_regions_spread_over_the_places_it_chose_is_the_countrys() -> None:
    x = extract(
        *HUBS_PROGRAMME_SELECTED,
        "거점별로 보면 부산 '해양물류 AX 혁신거점'에 국비 320억원, 대구 '로봇 AX 혁신거점'에 300억원, 울산 "
        "'조선·모빌리티 AX 혁신거점'에 310억원, 전남 '에너지 AX 혁신거점'에 290억원, 충북 '바이오 AX 혁신거점'에 "
        "280억원이 각각 배정됐다.",
        published="2026-01-21",
    )
    assert sorted(initiatives(x)) == [
        "대구 로봇 AX 혁신거점",
        "부산 해양물류 AX 혁신거점",
        "울산 조선·모빌리티 AX 혁신거점",
        "전남 에너지 AX 혁신거점",
        "지역 AX 혁신거점",
        "충북 바이오 AX 혁신거점",
    ]  # the country's programme once, and no '대구 지역 AX 혁신거점' beside each place's own hub
    [programme] = [i for i in x.article_initiatives if i["name"] == "지역 AX 혁신거점"]
    assert programme["region_code"] is None
    budget = [(surface, role) for surface, role, _ in money(x) if surface in ("1500억원", "420억원")]
    assert budget == [("1500억원", "national"), ("420억원", "national")]  # the programme's, in no place


@pytest.mark.parametrize(
    "after",
    [
        (),  # no place's hub named
        ("거점별로 부산은 해양물류, 대구는 로봇, 울산은 조선 분야를 맡는다.",),  # fields, no money of their own
    ],
)
def test_a_spread_programmes_budget_stays_no_places_when_the_places_have_no_projects_of_their_own(
    after: tuple[str, ...],
) -> None:
    x = extract(
        *HUBS_PROGRAMME_SELECTED,
        *after,
        published="2026-01-21",
    )
    assert {role for _, role, _ in money(x)} == {"national"}  # not 부산's, the place listed first


def test_one_places_money_beside_a_spread_programme_stays_that_places() -> None:
    x = extract(
        "과기정통부, '지역 AX 혁신거점' 3곳 선정",
        "과학기술정보통신부는 '지역 AX 혁신거점 조성사업' 대상지로 부산, 대구, 울산 3개 시를 최종 선정했다.",
        "부산시는 지역 AX 혁신거점에 시비 200억원을 더 보탠다.",
    )
    assert [(surface, role) for surface, role, _ in money(x)] == [("200억원", "component")]


def test_a_sentence_after_a_list_of_three_provinces_is_not_placed_in_the_last() -> None:
    x = extract(
        "과기정통부, 'AI 거점' 3곳 선정",
        "과기정통부는 'AI 거점 조성사업' 대상지로 부산, 대구, 충북 3개 시·도를 최종 선정했다.",
        "사업은 2026년 7월 시작된다.",
    )
    placed = {d["surface"]: d["region_code"] for d in x.dates}
    assert "2026년 7월" in placed and placed["2026년 7월"] != GAZ.region_aliases["충북"][0].region_code


def test_a_sentence_after_several_governments_building_in_one_town_is_placed_in_that_town() -> None:
    x = extract(
        "김해에 AI 데이터센터",
        "부산시와 울산시, 경남도는 경남 김해시에 AI 데이터센터를 짓기로 했다.",
        "사업비 1200억원은 세 시·도가 나눠 낸다.",
    )
    [row] = [a for a in x.amounts if a["surface"] == "1200억원"]
    assert GAZ.regions[row["region_code"]].name_ko == "경상남도 김해시"


def test_a_sentence_after_a_city_and_the_project_it_builds_elsewhere_is_placed_at_the_project() -> None:
    x = extract(
        "해남에 AI 데이터센터",
        "성남시에 본사를 둔 A사는 전남 해남군에 AI 데이터센터를 짓는다.",
        "총사업비는 1200억원이다.",
    )
    placed = {a["surface"]: a["region_code"] for a in x.amounts}
    assert GAZ.regions[placed["1200억원"]].name_ko == "전라남도 해남군"


def test_a_projects_cost_as_the_topic_after_a_facility_referred_back_to_is_the_articles_project() -> None:
    x = extract(
        "광주 'AI 제조혁신 집적단지' 5년 대장정 마무리",
        "광주 빛그린국가산업단지 'AI 제조혁신 집적단지'가 5년간의 조성 사업을 마무리했다.",
        "광주시는 10일 AI 제조 실증센터 준공식을 열고 집적단지 조성 사업 완료를 선언했다.",
        "당초 지난해 12월로 예정됐던 실증센터 준공은 장비 반입 지연으로 두 달가량 늦어졌다.",
        "2022년부터 투입된 사업비는 최종 5214억원으로 집계됐다.",
    )
    assert ("5214억원", "total", "광주 AI 제조혁신 집적단지") in money(x)


@pytest.mark.parametrize(
    ("budget", "role"),
    [
        ("운영을 맡은 서울경제진흥원은 올해 허브 운영 예산으로 95억원을 편성했다.", "annual"),  # a year's running
        ("허브 전체 투자액은 3120억원이다.", "total"),
    ],
)
def test_a_heads_running_budget_or_whole_investment_is_that_projects(budget: str, role: str) -> None:
    x = extract(
        "'AI 글로벌 허브' 양재에 문 열었다",
        "서울 서초구 양재동 'AI 글로벌 허브'가 24일 개관했다.",
        "3층 GPU 공동이용센터에는 엔비디아 H200 GPU 256장이 설치됐다.",
        budget,
    )
    assert [(found, name) for _, found, name in money(x)] == [(role, "서초 AI 글로벌 허브")]


@pytest.mark.parametrize(
    "built",
    [
        "AI 데이터센터와 전력설비, 재생에너지 공급시설 등을 짓는 데 모두",
        "AI 데이터센터와 전력설비, 재생에너지 공급시설을 짓는 데 모두",  # no '등' closing the list
        "AI 데이터센터와 전력설비, 재생에너지 공급시설 등의 건립에 모두",
        "AI 데이터센터와 전력설비, 재생에너지 공급시설 등을 짓는 데에만",
        "AI 데이터센터, 전력설비와 재생에너지 공급시설을 세우는 데 총",
    ],
)
def test_money_for_facilities_listed_before_it_builds_the_zone_not_the_first_facility(built: str) -> None:
    x = extract(
        "전북도, 새만금에 'AI 데이터 특구' 띄운다",
        "전북도는 26일 NHN클라우드 등 3개 기업과 '새만금 AI·데이터 특구 조성 투자협약'을 맺었다.",
        f"3개 기업은 새만금 산단 5공구 일원에 {built} 1조8000억원을 쏟아붓는다.",
    )
    assert [name for _, _, name in money(x)] == ["새만금 AI 데이터 특구"]  # the headline's spelling


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        ("AI 데이터센터와 전력설비, 재생에너지 공급시설을 짓는 데 모두 1조8000억원을 들인다.", True),
        ("스마트 온실과 데이터센터, 교육동 등을 조성하는 데 800억원이 든다.", True),
        ("데이터센터를 짓는 데 800억원이 든다.", False),  # one facility
        ("도는 새만금에 AI 데이터센터를 짓는 데 800억원을 들인다.", False),
        ("시와 KT는 데이터센터를 짓는 데 800억원을 들인다.", False),  # the builders listed, not the facilities
    ],
)
def test_money_spent_building_a_list_of_facilities(sentence: str, listed: bool) -> None:
    assert (
        _builds_the_listed(sentence, sentence.index("800억원") if "800억원" in sentence else sentence.index("1조"))
        is listed
    )


def test_a_project_built_in_another_town_than_the_short_name_in_its_name_lies_where_it_is_built() -> None:
    x = extract(
        "'대덕 AI 컴퓨팅센터' 예타 면제 확정…총사업비 4986억원",
        "대전 유성구에 들어설 '대덕 AI 컴퓨팅센터'가 예비타당성조사 면제를 확정 짓고 본궤도에 올랐다.",
    )
    [centre] = x.article_initiatives
    assert (centre["name"], GAZ.regions[centre["region_code"]].name_ko) == ("대덕 AI 컴퓨팅센터", "대전광역시 유성구")


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        # the district written in full in the name is where it is
        ("대전 유성구에 들어설 '대덕구 AI 컴퓨팅센터'가 본궤도에 올랐다.", "대전광역시 대덕구"),
        # no town built in: the name's own
        ("대전 유성구청은 '대덕 AI 컴퓨팅센터'가 본궤도에 올랐다고 밝혔다.", "대전광역시 대덕구"),
    ],
)
def test_a_short_name_in_a_name_stays_its_place_unless_the_article_builds_it_elsewhere(
    sentence: str, town: str
) -> None:
    x = extract("대전 AI 컴퓨팅센터 본궤도", sentence)
    assert [GAZ.regions[i["region_code"]].name_ko for i in x.article_initiatives if i["is_subject"]] == [town]


def test_the_shares_in_brackets_after_a_total_are_its_projects_not_a_facility_it_builds() -> None:
    x = extract(
        "빛그린산단에 'AI 제조혁신 집적단지' 예타 통과",
        "광주시는 빛그린산단에 'AI 제조혁신 집적단지'를 조성한다고 밝혔다.",
        "이 사업은 5년간 총사업비 5200억원(국비 3600억원·시비 800억원·민자 800억원)을 들여 광산구 빛그린산단 일원에 "
        "AI 제조 실증센터와 제조 데이터센터, 기업 입주공간 등을 조성하는 내용이다.",
    )
    funded = {(surface, name) for surface, _, name in money(x)}
    cluster = next(name for _, role, name in money(x) if role == "total")
    assert {("3600억원", cluster), ("800억원", cluster)} <= funded and "집적단지" in cluster


def test_a_figure_after_a_closed_bracket_is_not_the_totals_share() -> None:
    x = extract(
        "광주 AI 집적단지와 실증센터",
        "광주시는 'AI 제조혁신 집적단지'를 조성한다.",
        "집적단지 총사업비는 5200억원(5년간)이며, 'AI 제조 실증센터' 건립에는 별도로 300억원이 들어간다.",
    )
    assert ("300억원", "광주 AI 제조 실증센터") in {(surface, name) for surface, _, name in money(x)}


def test_a_centres_total_the_next_sentence_calls_a_share_of_the_zones_is_the_zones_part() -> None:
    x = extract(
        "NHN클라우드, 새만금 AI 데이터센터 착공…기회발전특구 '1호' 사업",
        "NHN클라우드는 이날 군산시 새만금 산단 5공구 부지에서 'NHN 새만금 AI 데이터센터' 기공식을 열었다.",
        "총 1조1000억원이 들어가는 이 센터는 120㎿ 규모로 2027년 하반기 가동이 목표다.",
        "새만금 'AI 데이터 기회발전특구' 전체 투자액 2조7400억원의 40%에 해당한다.",
    )
    assert [(surface, role) for surface, role, _ in money(x)] == [
        ("총 1조1000억원", "component"),
        ("2조7400억원", "total"),
    ]
    assert len({name for _, _, name in money(x)}) == 1  # both the zone's


def test_a_centres_total_beside_a_larger_total_of_another_project_stays_its_own() -> None:
    x = extract(
        "NHN클라우드, 새만금 AI 데이터센터 착공",
        "NHN클라우드는 이날 군산시 새만금 산단 5공구 부지에서 'NHN 새만금 AI 데이터센터' 기공식을 열었다.",
        "총 1조1000억원이 들어가는 이 센터는 120㎿ 규모로 2027년 하반기 가동이 목표다.",
        "새만금 'AI 데이터 기회발전특구'에는 모두 2조7400억원이 투자된다.",  # no share stated
    )
    assert ("총 1조1000억원", "total") in [(surface, role) for surface, role, _ in money(x)]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("과기정통부 지역특화 AX 선도사업…제주 관광 AI 선정", "제주 지역특화 AX 선도사업"),
        ("산업부 AI 자율제조 선도 프로젝트…제주 선정", "제주 AI 자율제조 선도 프로젝트"),
        ("기후에너지환경부 AI 전력망 실증사업…제주 선정", "제주 AI 전력망 실증사업"),
        ("과기정통부·산업부 AI 자율제조 선도 프로젝트…제주 선정", "제주 AI 자율제조 선도 프로젝트"),
        ("SK텔레콤 AI 데이터센터…제주에 문 연다", "제주 SK텔레콤 AI 데이터센터"),  # negative: a company's name stays
    ],
)
def test_the_ministry_a_headline_writes_before_its_programme_is_no_part_of_its_name(
    headline: str, expected: str
) -> None:
    x = extract(headline, "제주특별자치도가 사업 대상지로 선정됐다고 밝혔다.")
    assert [i["name"] for i in x.article_initiatives] == [expected]


def test_a_table_of_places_shares_of_a_national_budget_gives_no_project_a_total() -> None:
    x = extract(
        "과기정통부, 올해 '지역 AX 대전환' 사업에 2,100억 원 투입…17개 시·도 지원",
        "과학기술정보통신부는 2026년 '지역 AX 대전환 사업'에 총 2,100억 원을 투입한다고 밝혔다.",
        "| 경남 | 170억 원 | 창원 AI 로봇 집적단지 |",
        "| 대전 | 160억 원 | 대전 AI 산학융합캠퍼스 |",
        "| 그 외 16개 시·도 | 1,770억 원 | - |",
    )
    roles = {surface: role for surface, role, _ in money(x)}
    assert (roles["170억 원"], roles["160억 원"], roles["1,770억 원"]) == ("annual", "annual", "cumulative")


def test_a_table_of_projects_without_a_national_budget_keeps_their_totals() -> None:
    x = extract(
        "경남 AI 사업 현황",
        "| 창원 | 3,184억 원 | 창원 AI 로봇 집적단지 |",
        "| 김해 | 1,200억 원 | 김해 AI 데이터센터 |",
    )
    assert {role for _, role, _ in money(x)} == {"total"}


@pytest.mark.parametrize("subject", ["KT는 어제(15일)", "이날 KT는", "KT(대표 김영섭)는"])
def test_a_project_called_by_its_company_and_place_is_the_one_that_company_names_in_quotes(subject: str) -> None:
    x = extract(
        "데이터 주권 지킨다…KT 안성 AI데이터센터 1단계 가동",
        "KT가 짓고 있는 대규모 AI 데이터센터의 1단계 시설인데요.",
        f"{subject} 안성시 미양면에서 '안성 소버린 AI 데이터센터' 1단계 준공식을 열고 본격 가동에 들어갔습니다.",
        "이 데이터센터에는 1, 2단계를 합쳐 모두 1조 2천억 원이 투입됩니다.",
    )
    assert initiatives(x) == ["안성 소버린 AI 데이터센터"]


def test_a_company_whose_name_begins_with_anothers_names_no_project_of_the_other() -> None:
    x = extract(
        "KT 안성 AI데이터센터 1단계 가동",
        "KT가 짓고 있는 대규모 AI 데이터센터의 1단계 시설이다.",
        "KT&G는 안성시 미양면에서 '안성 소버린 AI 데이터센터' 준공식을 열었다.",
    )
    assert "KT 안성 AI데이터센터" in initiatives(x, subjects_only=False)


def test_a_project_called_by_its_company_stays_apart_from_another_companys_quoted_project() -> None:
    x = extract(
        "KT 안성 AI데이터센터 1단계 가동",
        "KT는 안성시에 짓는 AI 데이터센터의 1단계 시설을 가동했다.",
        "네이버는 안성시에 '안성 각 AI 데이터센터'를 짓기로 했다.",
    )
    assert {"KT 안성 AI데이터센터", "안성 각 AI 데이터센터"} <= set(initiatives(x, subjects_only=False))


def test_a_headlines_dollar_figure_is_the_won_the_body_converts_it_to_after_a_comma() -> None:
    x = extract(
        "[단독] 美 디지털리얼티, 춘천에 3억달러 AI 데이터센터 짓는다",
        "미국 데이터센터 기업 디지털리얼티가 춘천에 'AI 데이터센터'를 짓는다.",
        "투자 규모는 3억 달러, 우리 돈으로 약 4,000억원이다.",
    )
    assert {a["surface"]: a["amount_krw"] for a in x.amounts}["3억달러"] == 400_000_000_000


def test_a_table_of_projects_beside_a_national_budget_it_does_not_add_up_to_keeps_their_totals() -> None:
    x = extract(
        "정부, 내년 AI 예산 10조1000억원",
        "정부는 내년 AI 분야 예산을 10조1000억원으로 짰다.",
        "전국 주요 AI 데이터센터 사업은 다음과 같다.",
        "| 광주 | 4,116억 원 | 광주 AI 집적단지 |",
        "| 울산 | 7조 원 | 울산 AI 데이터센터 |",
    )
    roles = {surface: role for surface, role, _ in money(x)}
    assert (roles["4,116억 원"], roles["7조 원"]) == ("total", "total")


@pytest.mark.parametrize("back", ["데이터센터는 2027년 완공된다.", "이 센터는 2027년 완공된다."])
def test_a_projects_cost_as_the_topic_after_a_project_named_in_full_is_that_projects(back: str) -> None:
    x = extract(
        "광주 AI 집적단지 2단계 본격화",
        "광주시는 첨단3지구에 'AI 제조혁신 집적단지' 2단계 사업을 본격화한다고 밝혔다.",
        "시는 또 집적단지와 별도로 광산구에 '광주 AI 데이터센터'를 짓는다.",
        back,
        "사업비는 3000억원이다.",
    )
    assert ("3000억원", "total", "광주 AI 데이터센터") in money(x)


@pytest.mark.parametrize(
    ("share", "expected"),
    [
        ("새만금 'AI 데이터 기회발전특구' 전체 투자액 2조7400억원의 40%에 해당한다.", "component"),
        ("새만금 'AI 데이터 기회발전특구' 전체 투자액 2조7400억원의 40% 수준이다.", "component"),
        # a comparison with another place's project, not a part of it
        ("이는 지난해 착공한 울산 AI 데이터센터 총사업비 7조원의 5%에 해당한다.", "total"),
    ],
)
def test_a_share_of_a_zones_whole_is_its_part_but_a_comparison_is_not(share: str, expected: str) -> None:
    x = extract(
        "NHN클라우드, 새만금 AI 데이터센터 착공",
        "NHN클라우드는 이날 군산시 새만금 산단 5공구 부지에서 'NHN 새만금 AI 데이터센터' 기공식을 열었다.",
        "총 1조1000억원이 들어가는 이 센터는 120㎿ 규모로 2027년 하반기 가동이 목표다.",
        share,
    )
    assert {surface: role for surface, role, _ in money(x)}["총 1조1000억원"] == expected
