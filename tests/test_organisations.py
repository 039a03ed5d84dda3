"""Organisations: which candidates are names, by the gazetteer, the name's form and the sentence's
structure; one participant per consortium; the role each sentence states."""

from __future__ import annotations

import csv
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.extract import organisations
from etl.extract.gazetteer import load_gazetteer, load_role_ranks
from etl.extract.organisation_names import clean_name, is_descriptive, is_plausible_name
from etl.extract.organisation_roles import _ANY_CUE, DEFAULT_ROLE, ROLE_CUES, ROLE_OF_TYPE
from etl.extract.organisations import find_article_organisations, find_org_mentions
from etl.paths import REFERENCE_DIR

GAZ = load_gazetteer()
REGION_NAMES = set(GAZ.region_aliases)


def names(sentence: str) -> list[str]:
    """Canonical names found in one sentence, each once, in order."""
    out: list[str] = []
    for o in find_org_mentions(sentence, GAZ, REGION_NAMES):
        if o.org_type != "media" and o.name not in out:
            out.append(o.name)
    return out


def roles(sentence: str) -> dict[str, str]:
    found = find_article_organisations({0: sentence}, GAZ, REGION_NAMES)[0]
    return {o.name: o.role for o in found}


# --- generic nouns are not names ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "지역 우수연구소를 선정해 3년간 지원한다.",
        "대학연구소와 기업부설연구소의 공동연구를 늘린다.",
        "정부출연연구소 연구자들이 참여했다.",
        "AI연구소를 새로 여는 기업이 늘었다.",
        "소양강댐 심층수의 수열에너지를 냉난방에너지로 활용한다.",
        "분산에너지 활성화 특별법에 따라 평가를 마쳤다.",
        "신재생에너지와 AI솔루션을 결합한 모델이다.",
        "물에너지 집적단지와 데이터산업 융합밸리가 조성된다.",
        "민간전문가로 구성된 평가위원회가 심사했다.",
        "첨단과학기술 업체와 연구소, 종합병원, 대형상가 등을 조성할 계획이다.",
    ],
)
def test_descriptions_that_end_like_an_organisation_are_not_one(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("stem", "descriptive"),
    [("정부출연", True), ("AI", True), ("수열", True), ("지역 거점", True), ("우수", True), ("", True),
     ("한국전자통신", False), ("지엔씨", False), ("경기", False)],
)  # fmt: skip
def test_a_stem_made_only_of_describing_words_names_nothing(stem: str, descriptive: bool) -> None:
    assert is_descriptive(stem) is descriptive


@pytest.mark.parametrize(
    "sentence",
    [
        "사진은 기사와 관계 없음./SK텔레콤",
        "부지 조감도. K-water 제공",
        "협약식 모습.(사진=한국전력 제공)",
        "(자료=가온데이터㈜)",
    ],
)
def test_the_source_of_a_photo_takes_no_part(sentence: str) -> None:
    assert names(sentence) == []


def test_an_organisation_that_provides_something_is_still_one() -> None:
    assert names("한국수자원공사가 제공하는 부지에 센터가 들어선다.") == ["한국수자원공사"]


def test_a_name_found_by_its_role_keeps_the_kind_its_suffix_says() -> None:
    found = find_org_mentions("한국로봇기자협회(회장 김민수)가 성명을 냈다.", GAZ, REGION_NAMES)
    assert [(o.name, o.org_type) for o in found] == [("한국로봇기자협회", "association")]


def test_a_department_before_the_title_is_not_the_company() -> None:
    assert names("협약식에는 김민수 한빛건축 부문 대표, 이수진 누리소프트 대표가 참석했다.") == [
        "한빛건축",
        "누리소프트",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "이번 발표로 광주가 우리나라 대표 인공지능 도시가 됐다.",  # 대표 as an adjective
        "민선 7기 들어 대표 미래산업을 키우고 있다.",
        "박정민 대표는 이날 간담회에서 말했다.",  # a person before the title
        "AI 스타트업 유치와 인재 육성을 함께 추진한다.",  # a kind of company, then an action
        # a field's '기업', then what companies get, do or are
        "국내 기업 대부분이 수도권에 서버를 둔다.",
        "지역 기업 관계자는 환영했다.",
        "해당 기업 관계자들은 말을 아꼈다.",
        "시는 AI 기업 투자유치가 늘었다고 밝혔다.",
        "중소 기업 지원사업과 연계한다.",
        "제조 기업 디지털전환과 함께 간다.",
        "국내 기업 디지털화가 빨라진다.",
        "AI 기업 생태계가 커진다.",
        "입주 기업 수가 100곳을 넘었다.",
        "민간 사업자 공모가 시작됐다.",
        "시는 기업 수요조사와 설명회를 연다.",  # '시는': a word with its particle, no field
        "연구동과 기업 입주공간을, 2층에는 회의실을 둔다.",
        # a country's government, market or places, and an outlet a quotation is attributed to
        "미국 정부가 수출을 규제한다.",
        "미국 텍사스주에 데이터센터를 짓는다.",
        "중국 업체들이 추격한다.",
        "미국 빅테크가 몰린다.",
        "미국 캘리포니아와 텍사스에 짓는다.",  # places, a law, a university abroad
        "미국 IRA가 변수다.",
        "미국 하버드대와 협력한다.",
        # a field's companies, then what they get or do
        "도내 기업 수출실적이 늘었다.",
        "민간 사업자 공모절차가 시작됐다.",
        "AI 기업 클러스터가 조성된다.",
        "제조 기업 AX와 DX를 돕는다.",
        # a group's places and parts are no affiliates
        "KT판교사옥에서 협약식이 열렸다.",
        "LG사이언스파크에서 설명회가 열렸다.",
        "SK계열사가 참여한다.",
        '"전략적 도약"이라고 미국 블룸버그통신은 전했다.',
    ],
)
def test_titles_and_kinds_used_as_plain_words_name_no_company(sentence: str) -> None:
    assert names(sentence) == []


# --- runs that swallow a clause, and particles left on -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("컨소시엄은 한빛클라우드, 누리파트너스와 함께 2030년까지 1조원을 투자할 계획이다.", ["한빛클라우드", "누리파트너스"]),
        ("협약에는 가온테크, 다온엔지니어링, 미르자산운용 등이 참여했다.", ["가온테크", "다온엔지니어링", "미르자산운용"]),
        ("시는 한빛데이터, 누리소프트와 데이터센터 투자협약을 체결했다.", ["한빛데이터", "누리소프트"]),
        ("사업 적합성을 면밀히 조사했고, 이달초 양해각서를 체결했다.", []),
        ("센터는 생태계 조성의 기반이 될 것이며, 친환경 모델도 만든다.", []),
        ("로호드파트너스는 개발 및 운용을 담당하고, NH투자증권과 KB증권은 PF를 맡는다.", ["로호드파트너스", "NH투자증권", "KB증권"]),
        ("200㎿급 데이터센터가, 강진군에는 300㎿급 데이터센터가 각각 조성된다.", []),
        # a spoken clause ending before the comma: '…가 맡고요, …'
        ("지역 기업이 유지보수·보안 서비스에 참여해야 한다.", []),  # services, not companies
        ("그래서 제주국제자유도시개발센터(JDC), 도내 기업들과 협약을 맺었다.", ["제주국제자유도시개발센터"]),
        ("운영은 광주테크노파크가 맡고요, 전남대병원과 조선대병원이 실증에 참여합니다.", ["광주테크노파크", "전남대병원", "조선대병원"]),
    ],
)  # fmt: skip
def test_list_items_are_names_without_the_clause_around_them(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("raw", "particles", "clean"),
    [
        ("㈜엘리스그룹이다", True, "엘리스그룹"),
        ("탑솔라 등이", True, "탑솔라"),
        ("대우건설과", True, "대우건설"),
        ("아이피에이", False, "아이피에이"),  # followed by a comma: its last syllable is no particle
        ("퍼힐스(FIR HILLS)", False, "퍼힐스"),
        ("‘스톡 팜 로드’", False, "스톡 팜 로드"),
    ],
)
def test_names_are_cleaned_of_marks_glosses_and_particles(raw: str, particles: bool, clean: str) -> None:
    assert clean_name(raw, particles) == clean


def test_a_particle_before_consortium_ends_another_phrase() -> None:
    assert names("시는 한빛데이터를 컨소시엄 대표사로 정했다.") == []
    assert names("시는 우리은행을 컨소시엄 대표사로 정했다.") == ["우리은행"]


# --- forms the gazetteer and the name forms cover ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("산업통상부는 기회발전특구 지정을 고시했다.", ["산업통상부"]),
        ("산업통상자원부와 산업부 관계자가 현장을 찾았다.", ["산업통상부"]),
        ("환경부와 한국수자원공사가 힘을 합쳤다.", ["기후에너지환경부", "한국수자원공사"]),
        ("기후에너지환경부가 수열에너지 보급을 지원한다.", ["기후에너지환경부"]),
        ("미래창조과학부 시절 시작된 사업이다.", ["과학기술정보통신부"]),
        ("통계청 자료에 따르면 인구가 줄었다.", ["국가데이터처"]),
        ("새만금개발청과 전북특별자치도가 협약을 맺었다.", ["새만금개발청"]),
        ("영산강유역환경청은 환경영향평가를 마쳤다.", ["영산강유역환경청"]),
        ("동해지방해양수산청이 항만 부지를 내줬다.", ["동해지방해양수산청"]),
        ("충남테크노파크와 경북산학융합원이 기업 지원을 맡는다.", ["충남테크노파크", "경북산학융합원"]),
        ("전남정보문화산업진흥원이 사업을 수행한다.", ["전남정보문화산업진흥원"]),
        ("대구TP와 울산정보산업진흥원이 참여한다.", ["대구테크노파크", "울산정보산업진흥원"]),
        ("한국에너지공대와 KENTECH 연구진이 참여한다.", ["한국에너지공과대학교"]),
        ("SK(주) C&C 등이 수성알파시티에 데이터센터를 짓는다.", ["SK C&C"]),
        ("해양에너지부 신설안이 논의됐다.", ["해양에너지부"]),
    ],
)
def test_ministries_agencies_and_institutes_under_every_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


# --- companies with no marker, marked by the sentence ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("가온테크·다온소프트·누리랩스가 참여한 컨소시엄이 선정됐다.", ["가온테크", "다온소프트", "누리랩스"]),
        ("미르물산, 한빛지노믹스, 누리클라우드 등 기업 10곳이 입주한다.", ["미르물산", "한빛지노믹스", "누리클라우드"]),
        ("현재 한솔건축사사무소(건축), 다온솔루션(설계), K2 E&C(감리) 등 3개사가 참여하고 있다.",
         ["한솔건축사사무소", "다온솔루션", "K2 E&C"]),
        ("협약에 참여한 업체는 가람디엔디(대표 김가람), 누리이테크(대표 이누리)이다.", ["가람디엔디", "누리이테크"]),
        ("입주기업 3개사는 ▲(주)하늘 그린데이터센터 PFV ▲Orion DC 컨소시엄 ▲㈜다온그룹이다.",
         ["하늘 그린데이터센터 PFV", "Orion DC", "다온그룹"]),
        ("도는 아토데이터와 업무협약을 체결했다.", ["아토데이터"]),
        ("도는 ㈜한빛랩스, 그린에너지솔루션㈜와 투자협약을 체결했다.", ["한빛랩스", "그린에너지솔루션"]),
        ("중소벤처기업진흥공단 광주본부와 한국전력 광주전남본부가 협약을 맺었다.", ["중소벤처기업진흥공단", "한국전력공사"]),
        ("KT 클라우드본부와 삼성전자 DS부문이 참여한다.", ["KT", "삼성전자"]),
        ("군은 16일 군청에서 하늘솔라와 투자 양해각서를 맺었다.", ["하늘솔라"]),
        ("사천시·경남도·가람디앤디·한국전력이 투자협약을 맺었다.", ["가람디앤디", "한국전력공사"]),
        ("코오롱베니트와 메가존클라우드, 가온데이터 등 클라우드 기업이 참여했다.", ["코오롱베니트", "메가존클라우드", "가온데이터"]),
        ("미국 벤처기업인 '블루 웨이브 랩스'와 협의했다.", ["블루 웨이브 랩스"]),
        ("데이터센터 전문 개발사 '누리브릿지'가 의향서를 냈다.", ["누리브릿지"]),
        ("가온엣지와 SK에코플랜트가 공동 개발하는 데이터센터가 착공했다.", ["가온엣지", "SK에코플랜트"]),
        ("주식회사 누리데이터가 입주한다.", ["누리데이터"]),
        ("설계와 구축과 SK에코플랜트가 공동으로 맡는다.", ["SK에코플랜트"]),  # an action joined by '과' is no partner
        ("대전지방국세청과 부산지방국토관리청이 참석했다.", ["대전지방국세청", "부산지방국토관리청"]),
        ("월가는 그린 팜 로드라는 투자 그룹이 한국에 투자한다고 전했다.", ["그린 팜 로드"]),
        ("투자사 누리힐스(NURI HILLS), 서해기업도시개발과 함께 각서를 체결했다.", ["누리힐스", "서해기업도시개발"]),
        # a company set up for a project, under a quoted name that reads like the project's
        ("특수목적법인(SPC) ‘HN AI 캠퍼스 울산’은 부지 매매계약을 맺었다.", ["HN AI 캠퍼스 울산"]),
        ("두 회사는 합작법인 「가람데이터센터」를 세운다.", ["가람데이터센터"]),
        ("SPC '동해 AI 파크'가 사업을 맡는다.", ["동해 AI 파크"]),
        ("특수목적법인(SPC)인 빛가람데이터에너지가 짓는다.", ["빛가람데이터에너지"]),
        ("두 회사의 합작법인(JV) HN AI 캠퍼스 울산이 공사에 들어갔다.", ["HN AI 캠퍼스 울산"]),
        ("특수목적법인 대불에이아이캠퍼스는 부지 매매계약을 체결했다.", ["대불에이아이캠퍼스"]),
        ("미포에 AI 데이터센터 들어선다…넥소라클라우드·한빛에너지 MOU", ["넥소라클라우드", "한빛에너지"]),
        # a verb ending in '며' before the list is no item of it
        ("센터는 부지에 들어서며, 포스텍과 포항산업과학연구원이 운영을 맡는다.", ["포항공과대학교", "포항산업과학연구원"]),
        # a field's company, then its name: as the subject, a party or a list's item
        ("일본 데이터센터 기업 미나토디지털이 부지를 샀다.", ["미나토디지털"]),
        ("시는 자율주행 솔루션 기업 한울모빌리티와 협약을 맺었다.", ["한울모빌리티"]),
        ("국내 클라우드 업체 다온클라우드는 2027년 가동을 목표로 한다.", ["다온클라우드"]),
        ("의료 AI 스타트업 메디노아가 입주한다.", ["메디노아"]),
        ("영국 데이터센터 기업 Arden Data가 참여한다.", ["Arden Data"]),
        ("물류 로봇 기업 로보링크AI는 공장을 짓는다.", ["로보링크AI"]),
        ("사업자 가람디지털은 건축허가를 받았다.", ["가람디지털"]),
        ("수소 기업 한빛하이드로, 미국 투자사 오크힐과 각서를 맺었다.", ["한빛하이드로", "오크힐"]),
        # a company from abroad, named after its country
        ("독일 하르트만데이터가 영종에 센터를 짓는다.", ["하르트만데이터"]),
        ("시는 일본 소프트뱅크와 손잡았다.", ["소프트뱅크"]),
        ("영국 Arden Data가 참여한다.", ["Arden Data"]),
        ("싱가포르 마리나 클라우드(Marina Cloud)는 부지를 샀다.", ["마리나 클라우드"]),
        # a group's affiliate by the group's name and a word glued to it
        ("한화오션과 포스코퓨처엠이 투자협약을 맺었다.", ["한화오션", "포스코퓨처엠"]),
        ("CJ제일제당은 실증에 참여한다.", ["CJ제일제당"]),
        ("카카오모빌리티가 데이터를 연계한다.", ["카카오모빌리티"]),
        ("LG는 투자를 늘린다.", ["LG"]),  # the group itself
        ("SK로부터 투자를 받았다.", ["SK"]),  # particles after the group's name
        # a country in a list is none of its parties
        ("재생에너지 기업 한빛하이드로, 미국 투자사 오크힐과 협약을 맺었다.", ["한빛하이드로", "오크힐"]),
    ],
)  # fmt: skip
def test_companies_marked_by_the_sentence_structure(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "반도체, 바이오, 이차전지 등 기업을 유치한다.",  # fields, not names
        "자동차, 에너지, 헬스케어 등 산업과 협력한다.",
        "부산 센텀시티, 대구 수성알파시티에서 사업을 실시한다.",  # places
        "전력 및 수자원 확보를 위해 전라남도와 협약을 체결했다.",
        "AI 산업 육성, 일자리 창출, 격차 해소 등 다양한 분야에서 협력한다.",
        "데이터연구소, 실증단지, 연수시설, 교육센터 등 연관시설을 구축한다.",
        "이철우 경북지사, 김장호 구미시장 등 30여명이 참석했다.",  # people
        "시는 주민들과 협약을 맺었다.",
        "도는 이날 A사, B사와 협약을 맺었다.",  # companies left unnamed
        "시는 국내 굴지의 IT기업과 협약을 맺었다.",
        "도와 군, 그리고 한솔데이터센터가 협약을 맺었다.",  # a conjunction, and a facility
        "이날 협약식에는 이재명 대통령과 김민석 국무총리가 참석했다.",
        "법인 설립계획이 늦어진다.",  # a kind word with no quoted name after it
        "SPC 설립이 늦어진다.",
        "합작법인 설립계획이 늦어진다.",
        "회사 초대 대표를 맡은 정재훈 대표는 말했다.",  # which holder of the title, not a company
        "신임 사장 김철수는 취임했다.",
        "SPC를 세워 '데이터센터 2단계'를 맡긴다.",  # a quote that the kind word does not name
        # events, taxes and kinds of investor listed the way parties are
        "정부와 컨소시엄은 올해 하반기 착공, 2028년 가동을 약속했다.",
        "특구에 입주하는 기업은 법인세·소득세 감면과 지방세 감면, 상속세 과세특례 등의 혜택을 받는다.",
        "나머지 3,100억원은 재무적투자자(FI) 컨소시엄이 댄다.",
        # a project's bare head listed among what parties get
        "입주 기업은 임대료를 감면받고, 허브에 설치되는 GPU 클러스터를 바우처로 쓸 수 있다.",
    ],
)
def test_lists_that_hold_no_organisation(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "과학기술정보통신부와 산업통상자원부는 공모 결과 대구, 경북 구미, 충남 천안, 제주 등 4개 지역의 과제를 선정했다.",
            ["과학기술정보통신부", "산업통상부"],
        ),
        ("산업부와 국토부는 전남 나주, 전북 완주 2곳을 선정했다.", ["산업통상부", "국토교통부"]),
    ],
)
def test_places_written_with_their_province_are_no_party_of_a_list(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a province whose ending reads like a particle ('…도와') is a place, not a party
        ("2024년 강원특별자치도와 춘천시, 한국수자원공사가 협약을 맺었다.", ["한국수자원공사"]),
        # a national institute by its short form, an affiliate written short
        ("경남TP 주관, 전기연·재료연 참여", ["경남테크노파크", "한국전기연구원", "한국재료연구원"]),
        ("두산에너빌리티·한화에어로 등 수요기업이 참여한다.", ["두산에너빌리티", "한화에어로스페이스"]),
        ("한화에어로와 협약을 맺었다.", ["한화에어로스페이스"]),
        # a company with its chief's name, or the title right before a quote
        ("NPU 팜을 운영할 한빛데이터센터 강도윤 대표를 만났다.", ["한빛데이터센터"]),
        ('[인터뷰] 강도윤 한빛데이터센터 대표 "국산 칩의 쇼룸"', ["한빛데이터센터"]),
        # a company introduced by its field, the field's word glued to '기업'
        ("데이터센터 전문기업 한결IDC는 평택시와 협약을 맺었다.", ["한결IDC"]),
        # a short form that begins two known companies' names is neither of them
        ("카카오엔터와 협약을 맺었다.", ["카카오엔터"]),
        ("서울과학고와 카이스트가 협약을 맺었다.", ["서울과학고", "한국과학기술원"]),  # a school ends in '고'
        (
            "선린인터넷고와 서울로봇고, 미림마이스터고가 협약을 맺었다.",
            ["선린인터넷고", "서울로봇고", "미림마이스터고"],
        ),
    ],
)
def test_list_ends_places_short_forms_and_schools(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize("verb", ["길러내고", "돕고", "만들고", "맡고"])
def test_a_verbs_connective_form_is_no_name(verb: str) -> None:
    assert not is_plausible_name(verb, REGION_NAMES)
    assert verb not in names(f"인하대와 인천대는 인력을 {verb}, KT와 NIPA는 기업 지원 프로그램을 맡는다.")


# --- one participant per consortium; names known across the article --------------------------


def test_a_consortium_and_its_lead_are_one_participant() -> None:
    found = find_org_mentions("하늘데이터 컨소시엄과 하늘데이터컨소시엄이 각각 참여했다.", GAZ, REGION_NAMES)
    assert {o.name for o in found} == {"하늘데이터"}
    assert {o.text for o in found} == {"하늘데이터 컨소시엄", "하늘데이터컨소시엄"}


def test_a_known_companys_consortium_is_that_company() -> None:
    found = find_org_mentions("KT 컨소시엄이 사업자로 선정됐다.", GAZ, REGION_NAMES)
    assert [(o.name, o.text) for o in found] == [("KT", "KT 컨소시엄")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("한화그룹과 롯데그룹이 데이터센터 투자를 검토한다.", [("한화", "한화그룹"), ("롯데", "롯데그룹")]),
        ("시는 네이버를컨소시엄 주관사로 정했다.", [("네이버", "네이버를컨소시엄")]),
    ],
)
def test_a_known_name_with_its_group_or_consortium_is_that_organisation(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.text) for o in find_org_mentions(sentence, GAZ, REGION_NAMES)] == expected


def test_a_member_of_a_joint_name_is_not_a_participant_of_its_own() -> None:
    assert names("BEP&미래에셋 컨소시엄이 입주한다.") == ["BEP&미래에셋"]


def test_a_gloss_is_another_name_of_the_same_organisation() -> None:
    found = find_org_mentions("투자사 누리힐스(NURI HILLS)가 참여했다.", GAZ, REGION_NAMES)
    assert [(o.text, o.name) for o in found] == [("누리힐스", "누리힐스"), ("NURI HILLS", "누리힐스")]


def test_a_name_the_structure_revealed_is_found_elsewhere_in_the_article() -> None:
    sentences = {
        0: "도는 한빛에너지, 누리솔루션과 데이터센터 투자협약을 체결했다.",
        1: "한빛에너지는 부지에 데이터센터를 짓는다.",
        2: "누리솔루션은 운영을 맡는다.",
        3: "수열에너지는 냉방에 쓰인다.",
    }
    found = find_article_organisations(sentences, GAZ, REGION_NAMES)
    assert [[o.name for o in found[i]] for i in range(4)] == [
        ["한빛에너지", "누리솔루션"],
        ["한빛에너지"],
        ["누리솔루션"],
        [],
    ]


def test_a_name_the_article_writes_with_one_more_word_is_that_longer_name() -> None:
    sentences = {
        0: "美 노스웨이브, 제주에 9억 달러 데이터센터 짓는다",
        1: "미국 클라우드 기업 노스웨이브 클라우드(Northwave Cloud)가 서귀포시에 데이터센터를 짓는다.",
        2: "노스웨이브는 2027년 착공한다.",
    }
    found = find_article_organisations(sentences, GAZ, REGION_NAMES)
    assert {o.name for ms in found.values() for o in ms} == {"노스웨이브 클라우드"}


def test_a_parent_named_beside_its_subsidiary_stays_a_body_of_its_own() -> None:
    sentences = {
        0: "㈜오션클라우드는 자회사 ㈜오션클라우드 솔루션즈와 함께 데이터센터를 짓는다.",
        1: "오션클라우드는 2027년 착공한다.",
    }
    found = find_article_organisations(sentences, GAZ, REGION_NAMES)
    assert [o.name for o in found[1]] == ["오션클라우드"]


def test_an_article_of_many_names_finds_them_elsewhere_as_one_of_few_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past a few dozen names the sentences are searched word start by word start, not name by
    name: the names found are the same."""
    sentences = {
        0: "도는 한빛에너지, 누리솔루션, 한빛에너지솔루션과 데이터센터 투자협약을 체결했다.",
        1: "한빛에너지솔루션은 부지를, 한빛에너지는 설비를 맡는다(누리솔루션 제외).",
        2: "누리솔루션은 운영을 맡고 수열에너지는 냉방에 쓰인다. 한빛에너지의 자회사다.",
    }
    by_name = find_article_organisations(sentences, GAZ, REGION_NAMES)
    monkeypatch.setattr(organisations, "_NAMES_SEARCHED_ONE_BY_ONE", 0)
    by_word_start = find_article_organisations(sentences, GAZ, REGION_NAMES)
    assert by_word_start == by_name
    assert [o.name for o in by_name[1]] == ["한빛에너지솔루션", "한빛에너지", "누리솔루션"]


def test_a_technology_word_with_a_company_cue_is_a_company() -> None:
    assert names("윤미래 지엔에너지 대표가 참석했다.") == ["지엔에너지"]
    assert names("GX에너지는 투자를 늘린다.") == ["GX에너지"]  # a Latin stem names a company
    assert names("수열에너지는 냉방에 쓰인다.") == []


# --- roles -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("한빛씨앤씨는 데이터센터 구축과 운영 전반을 총괄하고 누리리츠운용은 자금조달 업무를, 아토리서치㈜는 공동연구 과제를 맡는다.",
         {"한빛씨앤씨": "lead", "누리리츠운용": "investor", "아토리서치": "research"}),
        ("구축과 운영을 맡은 한빛씨앤씨는 그룹 계열사다.", {"한빛씨앤씨": "lead"}),
        ("투자사 누리힐스(NURI HILLS)와 도가 각서를 체결했다.", {"누리힐스": "investor"}),
        ("NH투자증권과 KB증권은 프로젝트파이낸싱(PF)을 맡는다.", {"NH투자증권": "investor", "KB증권": "investor"}),
        ("시공은 대우건설이 맡고 설계는 한솔건축사사무소가 한다.", {"대우건설": "builder", "한솔건축사사무소": "builder"}),
        ("시행사는 가람디앤디다.", {"가람디앤디": "lead"}),
        ("누리리츠운용, 8000억 들여 데이터센터 짓는다", {"누리리츠운용": "investor"}),
        ("도는 누리소프트와 업무협약을 체결했다.", {"누리소프트": "partner"}),
        ("시는 한빛씨앤씨, 누리리츠운용과 투자·협력 협약을 맺었다.", {"한빛씨앤씨": "partner", "누리리츠운용": "partner"}),
        ("협약한 ㈜가온, 한빛건설 등은 설계·시공부터 자금 조달까지 역할을 나눈다.", {"가온": "partner", "한빛건설": "partner"}),
        ("협약을 맺은 누리리츠운용이 필요한 자금을 조달한다.", {"누리리츠운용": "investor"}),
        ("국토교통부는 투자선도지구 지정 변경을 고시했다.", {"국토교통부": "government"}),
        ("과기정통부가 국비 100억원을 투자한다.", {"과학기술정보통신부": "government"}),
        ("과학기술정보통신부 관계자가 참석했다.", {"과학기술정보통신부": "government"}),
        ("누리랩스㈜가 참여하는 컨소시엄이 최종 선정됐다.", {"누리랩스": "partner"}),  # selected, not selecting
        ("정부는 네이버클라우드, SK텔레콤 등 5개 팀을 선정했다.", {"네이버클라우드": "participant", "SK텔레콤": "participant"}),
        ("정보통신산업진흥원이 수행기관을 선정했다.", {"정보통신산업진흥원": "government"}),
        ("경북도는 구미시, 한국전력과 함께 전력망을 넓힌다.", {"한국전력공사": "partner"}),
        ("한국수자원공사 관계자는 말을 아꼈다.", {"한국수자원공사": "participant"}),
    ],
)  # fmt: skip
def test_each_organisation_takes_the_role_its_stretch_of_the_sentence_states(
    sentence: str, expected: dict[str, str]
) -> None:
    assert roles(sentence) == expected


def test_the_role_vocabulary_is_the_seed_and_the_cues_use_only_its_roles() -> None:
    with (REFERENCE_DIR / "ref_institution_roles.csv").open(encoding="utf-8") as f:
        seeded = {r["role"]: int(r["role_rank"]) for r in csv.DictReader(f)}
    assert load_role_ranks() == seeded
    assert set(ROLE_CUES) | set(ROLE_OF_TYPE.values()) | {DEFAULT_ROLE} == set(seeded)
    assert max(seeded, key=seeded.__getitem__) == DEFAULT_ROLE  # the weakest: what is left unsaid


def test_a_roles_file_with_a_bad_rank_is_named_in_the_error(tmp_path) -> None:
    (tmp_path / "ref_institution_roles.csv").write_text("role,role_rank,description\nlead,first,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"ref_institution_roles.csv: row 2"):
        load_role_ranks(tmp_path)


# --- the gazetteer itself ---------------------------------------------------------------------


def test_every_alias_names_one_organisation_and_no_other_organisations_name() -> None:
    with (REFERENCE_DIR / "ref_organisations.csv").open(encoding="utf-8") as f:
        orgs = list(csv.DictReader(f))
    with (REFERENCE_DIR / "ref_organisation_aliases.csv").open(encoding="utf-8") as f:
        aliases = list(csv.DictReader(f))
    canonical = {o["name_ko"] for o in orgs}
    assert len(canonical) == len(orgs)
    assert [a["alias"] for a in aliases if a["alias"] in canonical] == []
    assert {a["org_code"] for a in aliases} <= {o["org_code"] for o in orgs}


@pytest.mark.parametrize(
    ("former", "current"),
    [("환경부", "기후에너지환경부"), ("산업통상자원부", "산업통상부"), ("지식경제부", "산업통상부"),
     ("미래창조과학부", "과학기술정보통신부"), ("여성가족부", "성평등가족부"), ("방송통신위원회", "방송미디어통신위원회"),
     ("국토해양부", "국토교통부"), ("중소기업청", "중소벤처기업부"), ("특허청", "지식재산처")],
)  # fmt: skip
def test_a_former_ministry_name_is_the_same_organisation_as_its_current_one(former: str, current: str) -> None:
    assert GAZ.organisations[GAZ.org_aliases[former]].name_ko == current


@pytest.mark.parametrize("name", ["한빛데이터", "K2 E&C", "시드인베스트먼트 자산운용", "스톡 팜 로드"])
def test_plausible_names(name: str) -> None:
    assert is_plausible_name(name, REGION_NAMES)


@pytest.mark.parametrize(
    "name",
    ["구미시", "경북도청", "1700가구", "체결했으며", "김장호 구미시장", "데이터센터를 짓는 한빛", "유치", "평가위원회"],
)
def test_implausible_names(name: str) -> None:
    assert not is_plausible_name(name, REGION_NAMES)


@given(
    st.lists(
        st.sampled_from(
            [
                "협약을 ",
                "투자",
                "투자협약",
                "(PF)",
                "R&D ",
                "선정됐다",
                "선정했다",
                "시공",
                "운영비",
                "건설을 맡",
                "국비 지원",
                "함께",
                "가나",
                "A",
                " ",
                ",",
                "연구",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_the_guarded_cue_scan_finds_what_each_role_pattern_finds(text: str) -> None:
    """The look-ahead on cues' first letters only skips positions where no cue can start."""
    found = {(m.start(), m.lastgroup) for m in _ANY_CUE.finditer(text)}
    unguarded = re.compile("|".join(f"(?P<{r}>" + "|".join(cues) + ")" for r, cues in ROLE_CUES.items()))
    assert found == {(m.start(), m.lastgroup) for m in unguarded.finditer(text)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("미국 클라우드 기업 노스웨이브 클라우드가 제주에 데이터센터를 짓는다.", "노스웨이브 클라우드"),
        ("로봇 기업 하늘누리 로보틱스가 입주한다.", "하늘누리 로보틱스"),
        ("데이터센터 기업 노스필드디지털이 참여한다.", "노스필드디지털"),
    ],
)
def test_a_fields_company_may_end_its_name_in_a_word_of_its_kind(sentence: str, expected: str) -> None:
    assert expected in names(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("한울그룹은 17일 서울 중구 본사에서 발표회를 열었다.", ["한울그룹"]),
        ("수열에너지는 17일부터 공급된다.", []),  # a technology, its day no press release's
        ("신재생에너지는 지난 3일 발전량이 줄었다.", []),
    ],
)
def test_a_weak_suffix_name_opening_a_release_with_its_day_is_an_organisation(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "해마다 국비 150억원과 시비 60억원이 들어가고, 올해 사업비는 여기에 참여 기업 부담금 30억원을 더한 240억원이다.",
        "시는 내달 자펀드 운용사 공모를 시작해 연내 첫 투자가 나오도록 할 계획이다.",
    ],
)
def test_a_clauses_verb_a_time_word_and_a_common_noun_are_no_parties(sentence: str) -> None:
    assert names(sentence) == []


def test_a_medical_cluster_foundation_is_known_by_its_brand() -> None:
    assert names("케이메디허브는 실증센터 운영을 맡는다.") == ["대구경북첨단의료산업진흥재단"]


def test_a_companys_name_ending_like_a_particle_keeps_its_kind_word() -> None:
    assert names("클라우드 기업 블루스카이 클라우드가 참여한다.") == ["블루스카이 클라우드"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # names listed, then counted as companies
        (
            "특구 사업은 충남테크노파크가 주관하고, 세미브릿지와 아이엔씨랩 등 도내외 기업 9곳이 실증에 참여한다.",
            ["충남테크노파크", "세미브릿지", "아이엔씨랩"],
        ),
        ("한빛소프트, 누리데이터 등 지역 기업 12곳이 참여한다.", ["한빛소프트", "누리데이터"]),
        # a start-up named after its kind; a field's company listed with '등'
        ("공항 분야는 인천국제공항공사와 스타트업 에어로비전랩이 맡는다.", ["인천국제공항공사", "에어로비전랩"]),
        ("시는 지역 클라우드 기업 빛누리클라우드 등과 컨소시엄을 꾸렸다.", ["빛누리클라우드"]),
        # fields and places listed, and start-ups counted, are no names
        ("반도체와 바이오 등 첨단 기업 30곳이 입주한다.", []),
        ("부산, 울산, 경남 등 지역 기업 50곳이 참여했다.", []),
        ("스타트업 육성을 위해 500억원을 쓴다.", []),
        ("시는 올해 스타트업 12곳을 뽑는다.", []),
    ],
)
def test_companies_named_by_their_kind_or_counted_after_a_list(sentence: str, expected: list[str]) -> None:
    assert sorted(set(names(sentence))) == sorted(expected)
