"""Initiative names as an analyst quotes them: the full proper name, never a fragment of a clause."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.extract.gazetteer import load_gazetteer
from etl.extract.initiatives import data_centre_campuses, display_name, distinctive_words, find_initiatives

GAZ = load_gazetteer()
PLACES = GAZ.region_aliases.keys()


def names(sentence: str) -> list[str]:
    """The initiatives a sentence names (a role a place takes is only a restatement: left out)."""
    return [m.name for m in find_initiatives(sentence, PLACES) if not m.is_role]


def kinds(sentence: str) -> list[tuple[str, str]]:
    return [(m.name, m.initiative_type) for m in find_initiatives(sentence, PLACES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb form before the name ends the clause, not the name
        ("충북도는 정부 공모에서 이길 수 있도록 국가 AI 컴퓨팅센터 유치전에 뛰어들었다.", ["국가 AI 컴퓨팅센터"]),
        # a one-letter verb after its object ends the clause
        ("2022년 문을 연 국가 AI 데이터센터를 비롯해 실증 장비가 성과다.", ["국가 AI 데이터센터"]),
        ("설립자의 이름을 딴 김대중 AI 센터가 들어선다.", ["김대중 AI 센터"]),
        # …and so is a short word after its object ending as a modifier does, in ㄴ or ㄹ
        ("도와 시는 철강산업의 AI 전환을 이끌 실증단지 조성에 나섰다.", []),
        ("고로 공정을 본뜬 테스트베드에서 로봇을 검증한다.", []),
        ("바다 전기를 끌 AI 데이터센터가 들어선다.", ["AI 데이터센터"]),
        ("기업을 모은 AI 혁신 클러스터가 문을 연다.", ["AI 혁신 클러스터"]),
        # …not a noun that ends so, nor a place
        ("시는 이 기술을 혁신 센터에서 검증한다.", ["혁신 센터"]),
        ("도는 사업을 전환 거점으로 옮긴다.", ["전환 거점"]),
        ("시는 빈 공간을 청년 AI 창업센터로 바꾼다.", ["청년 AI 창업센터"]),
        # a headline's quote before the place that opens the name is no part of it
        ('"특구 석 달" 세종 AI 실증센터 부지 확정', ["세종 AI 실증센터"]),
        ("'반토막' 부산 AI 데이터센터 착공", ["부산 AI 데이터센터"]),
        ("‘투자 마중물’ 5000억 펀드 조성", ["투자 마중물 5000억 펀드"]),  # no place between: the fund's own
        # 'next month' says when
        ("시는 다음 달 특구 투자설명회를 연다.", []),
        ("광주 AI 데이터센터를 품은 AI 집적단지가 완성된다.", ["광주 AI 데이터센터", "AI 집적단지"]),
        ("지역 특성을 살려 AI 대형 프로젝트를 발굴하기로 했다.", ["AI 대형 프로젝트"]),
        # a headline's '…서' for '…에서' ends the clause
        ("이사회서 AI 데이터센터 투자안 의결", ["AI 데이터센터"]),
        ("협약식서 울산 AI 데이터센터 비전 발표", ["울산 AI 데이터센터"]),
        ("기업을 유치하여 데이터센터를 짓는다.", ["데이터센터"]),
        ("입지 여건을 갖춘 에너지 클러스터를 만든다.", ["에너지 클러스터"]),
        ("사업이 완공되면 AI 바이오 집적단지가 들어선다.", ["AI 바이오 집적단지"]),
        # determiners, time words and bound nouns are not part of a name
        ("이들 센터는 내년에 문을 연다.", []),
        # what a name is called, a word of kinds, a bound noun: no part of the name
        ("'해양AI센터'(정식 명칭 해양AI융합센터)가 문을 열었다.", ["해양AI센터", "해양AI융합센터"]),
        ("4개 지역에 분야별 인공지능(AI) 융합 거점이 들어선다.", ["인공지능 융합 거점"]),
        ("'해양AI센터'(정식명칭 해양AI융합센터)가 문을 열었다.", ["해양AI센터", "해양AI융합센터"]),
        ("정부는 광역권별 AI 혁신 거점을 만든다.", ["AI 혁신 거점"]),
        ("전력이 열 배에 달하는 만큼 AI 데이터센터는 전력이 관건이다.", ["AI 데이터센터"]),
        ("올해 사업은 차질 없이 진행된다.", []),
        ("내년도 특구 예산은 385억원으로 올해보다 적다.", []),
        ("도는 2027년까지 후속 펀드를 붙여 3천억원까지 늘릴 계획이다.", []),
        ("지역 거점에 대한 후속 예산이 뒷받침돼야 한다.", []),  # the regions' hubs in general
        ("과기정통부, '지역 AX 거점' 4곳 선정", ["지역 AX 거점"]),
        ("시는 부산과 울산, 그리고 창원 AI 데이터센터를 잇는다.", ["창원 AI 데이터센터"]),
        # facilities listed with a middle dot are no one name
        ("AI 데이터센터(AIDC)·통합관제센터 운영 시작", []),
        ("AI·데이터 허브를 조성한다.", ["AI·데이터 허브"]),
        ("시는 연내 인공지능(AI) 집적단지 조성 방안을 마련한다.", ["인공지능 집적단지"]),
        ("정부는 하반기 국가 AI 컴퓨팅센터를 공모한다.", ["국가 AI 컴퓨팅센터"]),
        ("올 상반기 AI 데이터센터 착공에 들어간다.", ["AI 데이터센터"]),
        ("조만간 AI 혁신 클러스터 지정 결과가 나온다.", ["AI 혁신 클러스터"]),
        ("부지에는 이미 그린데이터센터 집적단지가 들어섰다.", ["그린데이터센터 집적단지"]),
        ("도는 앞으로 수소 특화지구를 넓힌다.", ["수소 특화지구"]),
        ("연내 사업을 마무리한다.", []),
        ("국내 첫 AI 데이터센터가 문을 열었다.", ["AI 데이터센터"]),
        ("시는 클러스터 내 데이터센터 부지를 확보했다.", ["데이터센터"]),
        # a place with a spoken particle ('엔' for 에는, '에선' for 에서는) is no part of the name
        ("청라엔 민간 AI 데이터센터, 송도엔 공공 클라우드센터", ["민간 AI 데이터센터", "공공 클라우드센터"]),
        ("부산에선 AI 데이터센터가 들어선다.", ["AI 데이터센터"]),
        ("유엔 AI 허브를 유치한다.", ["유엔 AI 허브"]),
        # a complex that holds the project is where, not what: '…집적단지 안에', '…단지 내에'
        ("첨단3지구 AI 집적단지 안에 'AI 헬스케어 실증지원센터'를 구축한다.", ["AI 헬스케어 실증지원센터"]),
        ("AI 집적단지 내에 데이터센터를 짓는다.", ["데이터센터"]),
        ("2025년까지 총사업비 486억원 투입…첨단3지구 AI 집적단지 안에 조성", []),  # the headline's project, inside
        ("시는 AI 집적단지 안팎의 기업을 지원한다.", ["AI 집적단지"]),
        # …but a centre or campus something happens in is still the project
        ("경북도는 포항 AI 캠퍼스 안쪽에 기숙사를 짓는다.", ["포항 AI 캠퍼스"]),
        ("전남도는 나주 AI 인재양성센터 안에서 첫 교육 과정을 시작했다.", ["나주 AI 인재양성센터"]),
        # particles glued to the word before end the name
        ("대기업이 초거대 데이터센터를 짓는다.", ["초거대 데이터센터"]),
        # connective endings close the clause too
        ("자재값이 크게 오른 데다 데이터센터의 수전 용량도 키웠다.", ["데이터센터"]),
        ("전력이 넉넉하므로 데이터센터를 짓기에 알맞다.", ["데이터센터"]),
        ("부처와 지자체가 스마트시티 사업을 벌인다.", ["스마트시티 사업"]),
        # amounts and measures before a head are not its name
        ("1조2000억원 규모 데이터센터를 세운다.", ["데이터센터"]),
        ("120㎿급 데이터센터가 들어선다.", ["데이터센터"]),
        ("7조 원대 에스케이 데이터센터", ["에스케이 데이터센터"]),
        # ...but a name may carry a count
        ("AI 2단계 사업이 시작된다.", ["AI 2단계 사업"]),
        ("포항 AI 5대 전략을 발표했다.", ["포항 AI 5대 전략"]),
        ("네이버 제2데이터센터가 문을 열었다.", ["네이버 제2데이터센터"]),
    ],
)
def test_a_name_starts_after_the_clause_before_it(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("디지털헬스케어 기반 AI융합혁신 교육허브를 조성한다.", ["디지털헬스케어 기반 AI융합혁신 교육허브"]),
        ("스마트케어 AI 실증단지가 들어선다.", ["스마트케어 AI 실증단지"]),
        ("넷제로 데이터센터를 짓는다.", ["넷제로 데이터센터"]),
        ("부산은 블록체인 특구로 지정됐다.", ["블록체인 특구"]),
        ("마이크로 데이터센터를 보급한다.", ["마이크로 데이터센터"]),
        ("AI 미들웨어 클러스터를 만든다.", ["AI 미들웨어 클러스터"]),
        # a Korean verb form ending alike still ends the clause
        ("기업을 모아 데이터센터를 짓는다.", ["데이터센터"]),
        ("인재를 키워 AI 캠퍼스를 만든다.", ["AI 캠퍼스"]),
    ],
)
def test_a_borrowed_noun_ending_like_a_verb_form_belongs_to_the_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("시는 AI 체험시설 로봇랜드 조성 사업을 추진한다.", ["로봇랜드 조성 사업"]),
        ("복합문화공간 AI 놀이터 조성 사업이 시작된다.", ["AI 놀이터 조성 사업"]),
        ("도는 첨단 연구시설 AI 팩토리 구축 사업을 벌인다.", ["AI 팩토리 구축 사업"]),
        # the kind word is the name when nothing of the name's own follows it
        ("AI 교육시설 조성 사업을 추진한다.", ["AI 교육시설 조성 사업"]),
        ("데이터 저장시설 구축 사업이 끝났다.", ["데이터 저장시설 구축 사업"]),
        ("AI 창작공간 조성 사업을 벌인다.", ["AI 창작공간 조성 사업"]),
    ],
)
def test_a_kind_set_before_a_name_is_no_part_of_it(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "광주는 국가AI집적단지·AI규제자유특구 지정을 추진한다.",
            [("국가AI집적단지", "cluster"), ("AI규제자유특구", "special_zone")],
        ),
        (
            "시는 AI 데이터센터·에너지 클러스터 조성을 추진한다.",
            [("AI 데이터센터", "data_centre"), ("에너지 클러스터", "cluster")],
        ),
        (
            "도는 AI 데이터센터· 에너지 클러스터를 만든다.",
            [("AI 데이터센터", "data_centre"), ("에너지 클러스터", "cluster")],
        ),
        ("‘AI 허브’·‘바이오 밸리’를 만든다.", [("AI 허브", "hub"), ("바이오 밸리", "cluster")]),
        # a dot between modifiers joins them in one name
        ("물·에너지 집적단지를 만든다.", [("물·에너지 집적단지", "cluster")]),
        ("AI·데이터 클러스터를 만든다.", [("AI·데이터 클러스터", "cluster")]),
        ("교육·연구 센터를 짓는다.", [("교육·연구 센터", "other")]),
    ],
)
def test_names_listed_with_a_middle_dot_are_each_a_name(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


def test_a_gloss_inside_a_head_does_not_hide_it() -> None:
    assert kinds("'AI-바이오 초고성능컴퓨팅(HPC)센터'가 선정됐다.") == [
        ("AI-바이오 초고성능컴퓨팅센터", "computing_centre")
    ]
    assert kinds("AI 데이터(Data)센터를 짓는다.") == [("AI 데이터센터", "data_centre")]
    assert kinds("AI-바이오 HPC센터가 선정됐다.") == [
        ("AI-바이오 HPC센터", "computing_centre")
    ]  # a computing centre by its kind


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("대전시는 AI허브센터를 짓는다.", [("AI허브센터", "hub")]),
        ("대전 인공지능 허브 센터를 연다.", [("대전 인공지능 허브 센터", "hub")]),
        ("시는 AI 창업센터를 연다.", [("AI 창업센터", "other")]),  # negative: another centre stays a centre
    ],
)
def test_a_hubs_building_is_the_hub(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "협약서에는 ▲인공지능 분야 활성화를 위한 협력센터 설치 ▲인공지능 중심 산업융합 집적단지 조성 등이 담겼다.",
            ["협력센터", "인공지능 중심 산업융합 집적단지"],
        ),
        ("주요 사업은 ▲AI 데이터센터 구축 ▲ 에너지 클러스터 조성이다.", ["AI 데이터센터", "에너지 클러스터"]),
        ("- 그린데이터센터 집적단지 조성", ["그린데이터센터 집적단지"]),
        ("※ 국가 AI 컴퓨팅센터 유치", ["국가 AI 컴퓨팅센터"]),
        ("△바이오 특화지구 △AI 혁신지구를 지정한다.", ["바이오 특화지구", "AI 혁신지구"]),
    ],
)
def test_a_bullet_opens_the_name_of_a_list_item(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # somebody's words in quotes are read like any other text, not as one long name
        (
            '관계자는 "오창 센터는 수도권 밖에서 GPU를 수용하는 첫 상업용 AI 데이터센터"라며 기대했다.',
            [("상업용 AI 데이터센터", False)],
        ),
        ('시장은 "우리 시가 유치한 AI 집적단지"라고 말했다.', [("AI 집적단지", False)]),
        # a quoted name may hold a verb form: it is not followed by words of saying
        ("'찾아가는 AI 교육센터'를 연다.", [("찾아가는 AI 교육센터", True)]),
        ("'모두를 위한 AI 센터'가 문을 연다.", [("모두를 위한 AI 센터", True)]),
        ("‘ 2조원대 AI 데이터센터’ 첫 삽", [("AI 데이터센터", True)]),
        # ...but a quoted name with a place that ends like a verb form is a name
        ("'김해 AI 데이터센터'를 짓는다.", [("김해 AI 데이터센터", True)]),
        ("충북도는 '오창 AI 데이터센터 건립 투자협약'을 체결했다.", [("오창 AI 데이터센터", True)]),
    ],
)
def test_a_quoted_clause_is_not_a_quoted_name(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert [(m.name, m.quoted) for m in find_initiatives(sentence, PLACES)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("LG유플러스의 AI 데이터센터(IDC) 사업 매출은 4120억원이다.", ["AI 데이터센터"]),
        ("전남 AI 슈퍼클러스터 허브(AI Super Cluster Hub) 조성 사업", ["전남 AI 슈퍼클러스터 허브"]),
        # a gloss after a word that is no head may name the initiative
        ("광주 첨단3지구(AI 집적단지)에 들어선다.", ["AI 집적단지"]),
    ],
)
def test_a_head_in_the_gloss_of_a_head_is_that_name_again(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("충주 센터는 냉각수를 활용한다.", []),
        ("완공 뒤 센터 운영은 LG유플러스가 맡는다.", []),
        ("대구 사업은 속도를 낸다.", []),
        # a head that alone points at an initiative keeps its place
        ("충주 데이터센터는 냉각수를 활용한다.", ["충주 데이터센터"]),
        ("충주 AI 센터는 문을 연다.", ["충주 AI 센터"]),
    ],
)
def test_a_place_and_a_generic_head_name_nothing_in_particular(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("새만금 AI 데이터센터, 전력계통 평가 통과…'2조 프로젝트' 속도", ["새만금 AI 데이터센터"]),
        ("도가 추진하는 '1조 사업'이 시작된다.", []),
        ("청라에 '2조원대 AI 데이터센터' 첫 삽", ["AI 데이터센터"]),
        ("청라에 '2조원대' AI 데이터센터 첫 삽", ["AI 데이터센터"]),
        ("'100MW급 AI 데이터센터'가 들어선다.", ["AI 데이터센터"]),
        ("새만금을 서해안 AI 데이터센터 벨트의 출발점으로 만들겠다.", []),
        ("청주와 충주를 잇는 AI 데이터센터 축을 갖춘다.", []),
        ("시는 수조원대 AI 데이터센터를 유치했다.", ["AI 데이터센터"]),
        ("한빛텔레콤은 구미에 'AI 클라우드센터'를 세운다.", ["AI 클라우드센터"]),  # a cloud centre is a data centre
        ("부산은 수천억원짜리 펀드를 갖게 됐다.", []),  # a size in words names no fund
        # a fund is named by its size
        ("5000억 펀드를 만든다.", ["5000억 펀드"]),
    ],
)
def test_a_size_or_a_string_of_projects_is_no_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("미국 데이터센터 개발사 하버라인이 청라에 AI 데이터센터를 짓는다.", ["AI 데이터센터"]),
        ("회사는 아시아·태평양 지역 데이터센터에 60억 달러를 투자한다.", []),
        ("일본 AI 데이터센터를 인수했다.", []),
        ("해외 데이터센터 사업을 넓힌다.", []),
        # a hub may aim abroad
        ("부산시는 '아시아 AI 허브'를 조성한다.", ["아시아 AI 허브"]),
        # the national fund of funds backs a fund; it is not the region's project
        ("한국벤처투자 모태펀드 400억원이 출자됐다.", []),
        # a venue or a district is where things happen, not a project
        ("구는 구로동 디지털로 지식산업센터 5층에서 센터 개소식을 열었다.", []),
        ("도와 시는 창원컨벤션센터에서 협약을 맺었다.", []),
        ("G밸리에는 1만3천여 개 기업이 있다.", []),
        ("구미하이테크밸리에 공장을 짓는다.", []),
        ("3천5백억원대가 투입되는 실증밸리의 나머지 축이다.", ["실증밸리"]),
        ("울산 AX 실증밸리가 출범했다.", ["울산 AX 실증밸리"]),
        ("시는 AI밸리를 조성한다.", ["AI밸리"]),
        ("시는 AI 문화센터를 짓는다.", ["AI 문화센터"]),  # a venue that says AI
        # a fund named for the nation is the country's
        ("150조원 규모로 조성되는 국민성장펀드도 AI를 꼽았다.", []),
        ("한국판 뉴딜펀드 자금을 유치한다.", []),
        ("부산시는 지역뉴딜 벤처펀드를 결성했다.", ["지역뉴딜 벤처펀드"]),  # a region's fund
        ("경남도는 '경남 뉴딜펀드'를 조성한다.", ["경남 뉴딜펀드"]),
        ("부산시는 'AI 혁신성장펀드'를 결성했다.", ["AI 혁신성장펀드"]),
        ("실제 데이터센터 가동은 2027년이다.", ["데이터센터"]),
        # a Korean place in the name stays
        ("인천 AI 데이터센터를 짓는다.", ["인천 AI 데이터센터"]),
    ],
)
def test_a_project_abroad_or_a_company_is_no_korean_initiative(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "경남도는 '창원형 소버린(sovereign) 인공지능(AI)* 집적단지 조성 계획'을 내놨다.",
            ["창원형 소버린 인공지능 집적단지"],
        ),
        ("‘AX(인공지능 전환) 연구개발 허브’를 만든다.", ["AX 연구개발 허브"]),
        # a long gloss, and a gloss after the head or the action words of a quoted name
        ("AI(Artificial Intelligence, 인공지능 기술) 혁신 클러스터를 만든다.", ["AI 혁신 클러스터"]),
        ("'AI 제조 플랫폼(AMP, AI Manufacturing Platform) 구축(공모)사업'에 선정됐다.", ["AI 제조 플랫폼 구축사업"]),
        ("'경남 AI 데이터센터 구축 투자협약(MOA)'을 맺었다.", ["경남 AI 데이터센터"]),
        ("'AI 반도체 클러스터(가칭)' 조성에 나선다.", ["AI 반도체 클러스터"]),
        (
            "「해양 디지털 혁신 클러스터 투자선도지구 조성사업 실시계획」이 승인됐다.",
            ["해양 디지털 혁신 클러스터 투자선도지구"],
        ),
    ],
)
def test_glosses_quotes_and_footnote_marks_are_dropped(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("도는 해상풍력 그린데이터센터 집적단지를 조성한다.", [("해상풍력 그린데이터센터 집적단지", "data_centre")]),
        ("구미 첨단 AI 데이터센터 클러스터가 들어선다.", [("구미 첨단 AI 데이터센터 클러스터", "data_centre")]),
        ("정부가 국가 AI 컴퓨팅센터를 짓는다.", [("국가 AI 컴퓨팅센터", "computing_centre")]),
        ("기회발전특구로 지정됐다.", [("기회발전특구", "special_zone")]),
        ("디지털 혁신거점을 만든다.", [("디지털 혁신거점", "hub")]),
        ("울산 AI 사관학교가 문을 연다.", [("울산 AI 사관학교", "education")]),
        ("시는 ‘AI 혁신’ 3000억 펀드를 조성한다.", [("AI 혁신 3000억 펀드", "fund")]),
        ("충남 AI 대전환 비전을 선포했다.", [("충남 AI 대전환 비전", "programme")]),
        # a cluster of processors computes; a cluster of firms is a district
        ("포항은 AI 학습용 GPU 클러스터를 구축한다.", [("AI 학습용 GPU 클러스터", "computing_centre")]),
        ("포항은 이차전지 AI 클러스터를 조성한다.", [("이차전지 AI 클러스터", "cluster")]),
        ("대학은 HPC 클러스터를 도입한다.", [("HPC 클러스터", "computing_centre")]),
        ("시는 H100 클러스터를 구축한다.", [("H100 클러스터", "computing_centre")]),
    ],
)
def test_the_head_gives_the_type(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["AI 데이터센터 부지 10만평에 대한 매입을 마쳤다.", "데이터센터 부지 3만㎡는 내년 착공한다."],
)
def test_a_projects_own_site_with_its_area_still_names_the_project(sentence: str) -> None:
    assert [m.name for m in find_initiatives(sentence, PLACES)] != []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("가장 규모가 큰 곳은 부산 강서구 에코델타시티의 부산 AIDC다.", [("부산 AIDC", "data_centre")]),
        ("대상지는 춘천 수열에너지 AI 데이터센터였다.", [("춘천 수열에너지 AI 데이터센터", "data_centre")]),
        ("이번 사업의 핵심은 광주 AI 집적단지이다.", [("광주 AI 집적단지", "cluster")]),
    ],
)
def test_a_name_ending_the_sentence_with_a_copula_is_the_project_it_identifies(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a project or an agreement named after a facility is that facility
        ("시는 인공지능 집적단지 조성사업을 진행 중이다.", [("인공지능 집적단지", "cluster")]),
        ("'AI 슈퍼클러스터 허브' 구축 양해각서(MOA)를 맺었다.", [("AI 슈퍼클러스터 허브", "hub")]),
        ("바이오 혁신거점 조성지원 시범사업에 선정됐다.", [("바이오 혁신거점", "hub")]),
        # an agreement on a topic of its own stays an agreement
        ("도와 대학은 AI 인재 양성 업무협약을 맺었다.", [("AI 인재 양성 업무협약", "mou")]),
    ],
)
def test_a_wrapper_names_the_project_it_is_about(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "시는 글로벌 역량 강화 사업을 펼친다.",  # no subject of its own: not an AI initiative
        "국가 균형발전 프로젝트의 하나다.",
        "공동연구·사업 지원을 늘린다.",
        "데이터센터 산업을 키운다.",  # the head describes the next noun
        "울산, 전남 해남, 강원 등에서도 AI 데이터센터 유치 경쟁이 치열하다.",  # places competing
        "지자체들의 AI 데이터센터 유치전이 뜨겁다.",
        "'2026 데이터센터 서밋'이 열렸다.",
        "세계 최대 데이터센터인 북버지니아를 넘어선다.",  # a description of something else
        "그곳이 바로 세계 최대 데이터센터다.",  # a description that ends the sentence
        "이곳은 국내 첫 AI 데이터센터다.",
        # …however distinctive its words, when a describing word opens it
        "지난 6월 출범 이후 처음 착공하는 대형 디지털헬스케어 사업이다.",
        "이곳은 국내 첫 수열에너지 데이터센터다.",
        "하이테크밸리 내에 공장을 짓는다.",  # a place where something stands
        "포항(블루밸리 국가산업단지)이 선정됐다.",  # the name of an estate
        "옛 KT 데이터센터 부지에 아파트가 들어선다.",
        "센터는 수열에너지 융복합 클러스터 부지 28만6천㎡에 들어선다.",  # a site, its area between
        "실리콘밸리 기업들이 투자한다.",  # a famous place abroad
        "사업을 추진한다.",  # a head alone
        "두 센터는 내년 문을 연다.",  # a count of the projects named before
        "사업이 이어지면 펀드를 늘린다.",  # a verb before the head
        "세 센터 모두 2027년 가동한다.",
        "서버 2천장을 모아 실제 데이터센터처럼 돌려보는 시험장이다.",  # a likeness
        "이 연구소는 대형 데이터센터만큼 전력을 쓴다.",
        "공장을 데이터센터같이 운영한다.",
    ],
)
def test_fragments_and_descriptions_are_not_initiatives(sentence: str) -> None:
    assert names(sentence) == []


def test_a_named_project_something_is_likened_to_is_still_named() -> None:
    assert names("판교 AI 데이터센터처럼 키우겠다.") == ["판교 AI 데이터센터"]


@pytest.mark.parametrize(
    "sentence",
    [
        "대구 수성알파시티를 영남권의 인공지능 전환 기술개발 거점으로 만드는 사업이 속도를 낸다.",
        "수성알파시티가 인공지능 전환 기술개발의 영남 거점으로 발돋움합니다.",
        "2014년 이후 소프트웨어 산업 거점으로 조성된 수성알파시티.",
        "울산을 동북아 에너지 AI 허브로 키우겠다고 밝혔다.",
        "포항은 이차전지 AI 클러스터로 도약한다.",
        "춘천이 국내 데이터 산업 혁신거점으로 자리매김했다.",
        "광양만권을 수소 AI 허브로 육성하는 방안을 내놨다.",
        "새만금은 글로벌 AI 신산업 거점으로 거듭난다.",
        "원주가 디지털 헬스케어 허브로 부상하고 있다.",
        "수성알파시티를 AI 거점으로 만든다.",
        "포항을 데이터 허브로 키울 계획이다.",
        "구미가 경북의 AI 거점이 된다.",
        "원주가 데이터 허브가 될 전망이다.",
    ],
)
def test_the_role_a_place_takes_is_not_an_initiative(sentence: str) -> None:
    """'…를 N 거점으로 만든다': the head says what a place becomes, not which project is built."""
    found = find_initiatives(sentence, PLACES)
    assert found and all(m.is_role for m in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("대구시는 AX 연구개발 허브를 조성하고 기술을 개발한다.", ["AX 연구개발 허브"]),
        ("포항 AI 클러스터로 이전하는 기업에 보조금을 준다.", ["포항 AI 클러스터"]),  # a move, not a role
        ("울산 AI 허브로 가는 길은 멀다.", ["울산 AI 허브"]),
        ("대구 로봇 거점으로 조성할 부지를 확정했다.", ["대구 로봇 거점"]),  # a plan, said of the project
        # '로' of means, before a noun: the project is the subject of the headline
        ("울산시, SK AI 데이터센터로 성장 동력 확보", ["SK AI 데이터센터"]),
        ("솔라시도 AI 데이터센터로 도약 발판 마련", ["솔라시도 AI 데이터센터"]),
    ],
)
def test_a_project_named_before_other_uses_of_ro_stays(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_short_form_the_writer_announces_is_not_a_second_initiative() -> None:
    assert names("‘경남 AI 혁신 클러스터(이하 클러스터)’를 조성한다.") == ["경남 AI 혁신 클러스터"]


def test_a_place_name_ending_like_a_verb_belongs_to_the_name() -> None:
    assert names("김해 데이터센터 건설사업은 무산됐다.") == ["김해 데이터센터"]


@pytest.mark.parametrize(
    ("sentence", "company", "expected"),
    [
        ("수도권 밖으로 분산하겠다는 SKT 'AI DC 지역 분산 전략'의 첫 사례다.", "SKT", []),
        ("KT 클라우드 비전을 발표했다.", "KT", []),
        # a region's strategy, or a company's project of another kind, stays
        ("SKT는 '부산 AI 전환 전략'에 참여한다.", "SKT", ["부산 AI 전환 전략"]),
        ("SKT AI 데이터센터를 짓는다.", "SKT", ["SKT AI 데이터센터"]),
        # a plan the company, as the sentence's subject, announces as its own
        ("KT는 19일 본사에서 간담회를 열고 'AI 인프라 2030' 전략을 발표했다.", "KT", []),
        ("KT는 이 같은 내용의 'AX 비전'을 공개했다.", "KT", []),
        ("KT는 '부산 AI 전환 전략'에 참여한다고 밝혔다.", "KT", ["부산 AI 전환 전략"]),
    ],
)
def test_a_strategy_named_after_a_company_is_its_own_business(sentence: str, company: str, expected: list[str]) -> None:
    start = sentence.index(company)
    found = find_initiatives(sentence, PLACES, [(start, start + len(company))])
    assert [m.name for m in found] == expected


def test_a_head_inside_an_organisation_name_is_not_an_initiative() -> None:
    sentence = "윤철 원주IDC 대표가 참석했다."
    start = sentence.index("원주IDC")
    assert find_initiatives(sentence, PLACES, [(start, start + len("원주IDC"))]) == []


@pytest.mark.parametrize(
    ("name", "head", "words"),
    [
        ("강원 수열에너지 융‧복합 클러스터", "클러스터", ["강원", "수열에너지", "융복합"]),
        ("에코델타시티 그린데이터센터 집적단지", "집적단지", ["에코델타시티"]),  # '그린' is a kind, not a name
        ("대구 ABB 중심 디지털 혁신 거점", "거점", ["대구", "ABB"]),  # '혁신 거점' is the head '혁신거점'
        ("국가 AI 컴퓨팅센터", "컴퓨팅센터", []),
        ("AI 2단계 사업", "사업", []),
        ("포항 AI 슈퍼컴퓨팅센터", "컴퓨팅센터", ["포항"]),  # super-computing is a kind of computing centre
        # what it runs on is a kind: '재생에너지 기반', '클라우드 기반의'
        ("제주 재생에너지 기반 인공지능 데이터센터", "데이터센터", ["제주"]),
        ("해상풍력 기반의 AI 데이터센터", "데이터센터", []),
        # how it is powered is a kind of centre, as '친환경' is: '100% 재생에너지 데이터센터' is the
        # article's named centre described, not another
        ("재생에너지 데이터센터", "데이터센터", []),
        ("RE100 데이터센터", "데이터센터", []),
        ("저탄소 AI 컴퓨팅센터", "컴퓨팅센터", ["저탄소"]),  # negative: a theme
        ("해상풍력 데이터센터", "데이터센터", ["해상풍력"]),  # negative: a source named is a word of its own
        # negatives: the base is what is built
        ("AI 융합 의료기기 실증 기반 구축 사업", "사업", ["융합", "의료기기", "실증"]),
        ("광주 인공지능 산업융합 기반 조성 사업", "사업", ["광주", "산업융합"]),
        # an address's town, township or village is where it stands, not its name
        ("제주시 구좌읍 동복리 그린 인공지능 데이터센터", "데이터센터", ["제주시"]),
        ("원주 지정면 AI 데이터센터", "데이터센터", ["원주"]),
        ("비대면 AI 교육센터", "교육센터", ["비대면"]),  # negative: a word that ends like a township
        ("AI 배터리 실증센터", "실증센터", ["배터리"]),  # a loanword that ends like a village
        ("AI 팩토리 테스트베드", "테스트베드", ["팩토리"]),
        # a national brand prefix tells no project apart
        ("경산 K-휴머노이드 밸리", "밸리", ["경산", "휴머노이드"]),
        ("K-반도체 벨트", "벨트", ["반도체"]),
        # within the province or city says where, not which
        ("강원 도내 데이터센터", "데이터센터", ["강원"]),
        ("관내 AI 데이터센터", "데이터센터", []),
        ("공공부문 초거대 AI 컴퓨팅센터", "컴퓨팅센터", []),  # whose it is: a kind
        ("KT 클라우드 데이터센터", "데이터센터", ["KT"]),  # negative: a company, no prefix
        ("KIST 로봇 실증센터", "실증센터", ["KIST", "로봇"]),  # negative: an acronym starting with K
        # two fields joined by a dot are as generic as written apart, the field word too
        ("새만금 AI·데이터 특구", "특구", ["새만금"]),
        ("새만금 데이터·AI 특구", "특구", ["새만금"]),  # the pair either way round
        ("새만금 AI/데이터 특구", "특구", ["새만금"]),
        ("새만금 AI(인공지능)·데이터 특구", "특구", ["새만금"]),
        ("대구 AI산업 클러스터", "클러스터", ["대구"]),  # as generic as 'AI 산업' written apart
        ("부산 양자·AI 클러스터", "클러스터", ["부산", "양자"]),  # negative: a field of its own, either way round
        ("새만금 AI 데이터 기회발전특구", "특구", ["새만금", "기회발전"]),
        ("새만금 인공지능(AI)·데이터 분야 기회발전특구", "특구", ["새만금", "분야", "기회발전"]),
        ("오송 AI·바이오 융합 클러스터", "클러스터", ["오송", "바이오", "융합"]),  # negative: a field of its own
        ("국가AI 컴퓨팅센터", "컴퓨팅센터", ["국가AI"]),  # negative: AI after a kind word stays one word
    ],
)
def test_distinctive_words_leave_out_kind_words_counts_and_heads(name: str, head: str, words: list[str]) -> None:
    assert list(distinctive_words(name, head)) == words


@given(st.text(alphabet="가나다라마바사 AI데이터센터클러스터사업(),.0123456789조억원", max_size=120))
def test_finding_initiatives_never_fails_and_names_stay_inside_the_sentence(text: str) -> None:
    for m in find_initiatives(text, PLACES):
        assert 0 <= m.start < m.end <= len(text)
        assert m.name == display_name(m.name)
        assert m.name.replace(" ", "")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("운용사들은 9일 서울 마포구 서울창업허브에서 결성총회를 열었다.", []),
        ("도는 판교 AI 캠퍼스에서 업무협약식을 가졌다.", []),
        ("시는 AI 혁신센터에서 기업 간담회를 개최했다.", []),
        ("충북TP는 26일 청주 오송 C&V센터에서 사업설명회를 열었다.", []),  # an event word with its kind glued on
        ("도는 AI 캠퍼스에서 투자설명회를 가졌다.", []),
        # a programme's report meetings and fairs held at a building
        (
            "제주도와 제주테크노파크는 18일 제주테크노파크 디지털융합센터에서 참여기관 관계자 등 100여 명이 참석한 가운데 "
            "착수보고회를 열었다.",
            [],
        ),
        ("시는 AI 혁신센터에서 성과보고회를 가졌다.", []),
        ("도는 판교 AI 캠퍼스에서 국제 심포지엄을 열었다.", []),
        ("시는 광주 AI 데이터센터에서 준공보고회를 가졌다.", ["광주 AI 데이터센터"]),  # its own report meeting
        ("시는 오송 AI 바이오 캠퍼스에서 주민설명회를 열었다.", ["오송 AI 바이오 캠퍼스"]),  # about the project there
        # a venue's own ceremony is about it
        ("시는 울산 AI 데이터센터에서 착공식을 열었다.", ["울산 AI 데이터센터"]),
        ("판교 AI 캠퍼스에서 개소식이 열렸다.", ["판교 AI 캠퍼스"]),
    ],
)
def test_the_venue_of_a_meeting_is_not_an_initiative(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("밀양 나노산단에 들어설 인공지능 컴퓨팅센터는 2028년 가동한다.", ["인공지능 컴퓨팅센터"]),
        ("밀양 들어설 인공지능 컴퓨팅센터", ["인공지능 컴퓨팅센터"]),
        ("결성총회를 열고 펀드를 출범시켰다.", []),
        ("부지에 지어질 AI 데이터센터는 100MW 규모다.", ["AI 데이터센터"]),
        # a condition ending in '…어서면' ends the clause before the name
        ("두 센터가 모두 들어서면 도내 데이터센터 수전 용량은 140MW를 넘어선다.", ["도내 데이터센터"]),
        ("기업이 올라서면 AI 클러스터도 커진다.", ["AI 클러스터"]),
        ("기업이 나서면 AI 클러스터도 커진다.", ["AI 클러스터"]),
        ("부산 서면 AI 센터가 문을 열었다.", ["부산 서면 AI 센터"]),  # negative: a place, not a verb
        ("전력망에 가로막힌 인공지능 데이터센터가 늘고 있다.", ["인공지능 데이터센터"]),  # a past modifier in '힌'
    ],
)
def test_a_verb_before_a_head_is_no_part_of_the_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "HN AI 캠퍼스 울산은 4일 1단계(200MW) 공정률이 45%에 이르렀으며, GPU 서버 공급계약을 맺었다고 밝혔다.",
        "하버라인 AI 캠퍼스는 5일 국내 클라우드 기업과 임대 계약을 맺었다고 발표했다.",
    ],
)
def test_a_facility_that_speaks_is_the_company_named_after_it(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("대불 AI 캠퍼스는 지난해 3월 투자협약을 맺은 뒤 11월 산단 부지 매입을 마쳤다.", ["대불 AI 캠퍼스"]),
        ("광주시는 AI 데이터센터가 2단계에 들어간다고 밝혔다.", ["AI 데이터센터"]),
        ("하버라인 AI 캠퍼스는 2029년 완공된다고 회사 측은 설명했다.", ["하버라인 AI 캠퍼스"]),
        ("국가 AI 컴퓨팅센터는 2027년 문을 연다.", ["국가 AI 컴퓨팅센터"]),
        ("울산 AI 데이터센터는 연말 1단계 가동을 목표로 공사가 한창이라고 밝혔다.", ["울산 AI 데이터센터"]),
        ("광주 AI 데이터센터는 4일 입주기업 모집을 시작한다고 밝혔다.", ["광주 AI 데이터센터"]),
        ("청라 AI 캠퍼스는 2029년 완공을 목표로 한다고 회사가 밝혔다.", ["청라 AI 캠퍼스"]),
        ("시는 올해 울산 AI 데이터센터는 착공한다고 밝혔다.", ["울산 AI 데이터센터"]),
    ],
)
def test_a_facility_spoken_of_stays_an_initiative(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "용인에는 SK하이닉스 반도체 클러스터(120조원)와 대규모 반도체 투자가 이어지고 있다.",
        "센터는 송도 바이오클러스터 입주기업에 연산 자원을 제공한다.",
        "익산 국가식품클러스터에는 식품기업 200곳이 입주해 있다.",
        "울산 수소 클러스터 조성에 1조원이 들어간다.",
        "김해 의생명산업 클러스터에는 1,400억원이 투입된다.",
        "부산 해양 클러스터 조성 사업이 본궤도에 올랐다.",
        "광양항 물류 클러스터에 입주 기업이 늘고 있다.",
        "김제 스마트팜 혁신밸리에는 청년 농업인 교육시설이 있다.",
    ],
)
def test_a_cluster_of_another_industry_is_no_ai_initiative(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("도는 완주 로컬푸드 가공센터 건립(사업비 60억원)도 이달 중 착공한다.", []),
        ("군은 수산물 가공센터를 짓는다.", []),
        ("시는 400억원 규모 우주산업 펀드를 조성한다.", []),
        ("시는 바이오 AI 펀드를 만든다.", ["바이오 AI 펀드"]),
        # a centre of another industry that says AI, or of no other industry, or quoted, stays
        ("시는 AI 헬스케어 센터를 연다.", ["AI 헬스케어 센터"]),
        ("시는 해양 로봇 실증센터를 연다.", ["해양 로봇 실증센터"]),
        ("시는 자율주행 자동차 테스트베드를 만든다.", ["자율주행 자동차 테스트베드"]),
        ("대덕특구 융합연구혁신센터 조성 착공비 10억 원이 담겼다.", ["대덕특구 융합연구혁신센터"]),
        ("시는 '로컬푸드 혁신센터'를 연다.", ["로컬푸드 혁신센터"]),
    ],
)
def test_a_centre_or_fund_of_another_industry_is_no_ai_initiative(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("대전시는 대덕특구에 AI 반도체 실증 클러스터를 조성한다.", ["AI 반도체 실증 클러스터"]),
        ("도는 'K-바이오 데이터 클러스터'를 만든다.", ["K-바이오 데이터 클러스터"]),
        ("평택항 AI 스마트물류 실증단지가 문을 열었다.", ["평택항 AI 스마트물류 실증단지"]),
        ("부산시는 부산 해양 AI 클러스터를 조성한다.", ["부산 해양 AI 클러스터"]),
        ("강원 수열에너지 융복합 클러스터를 조성한다.", ["강원 수열에너지 융복합 클러스터"]),
    ],
)
def test_a_cluster_that_says_ai_or_of_no_other_industry_stays(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "용인에 AI 데이터센터 2곳 동시 추진…기흥 4,200억·백암 7,800억",
        "경기 용인시에 인공지능(AI) 데이터센터 두 곳이 잇따라 추진된다.",
        "전국에 국가 AI 컴퓨팅센터 3개소를 짓는다.",
        "도내 데이터센터 여러 곳이 전력 부족을 겪고 있다.",
        "AI 데이터센터 2곳 동시 추진",
    ],
)
def test_a_head_counted_in_twos_or_more_is_marked_as_several(sentence: str) -> None:
    found = find_initiatives(sentence, GAZ.region_aliases.keys())
    assert found and all(m.is_counted for m in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("기흥 AI 데이터센터 1곳만 허가를 받았다.", ["기흥 AI 데이터센터"]),
        ("광주 AI 데이터센터 2단계가 착공했다.", ["광주 AI 데이터센터"]),
        ("제2 AI 데이터센터 2곳째 부지를 찾는다.", ["제2 AI 데이터센터"]),
        ("하남 AI 데이터센터 2개 동을 짓는다.", ["하남 AI 데이터센터"]),
    ],
)
def test_a_head_with_one_or_an_ordinal_stays_a_project(sentence: str, expected: list[str]) -> None:
    found = find_initiatives(sentence, GAZ.region_aliases.keys())
    assert [m.name for m in found] == expected and not any(m.is_counted for m in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('2026년 1단계 가동 목표…"동해안 첫 대형 데이터센터"', ["대형 데이터센터"]),
        ("시장은 '국내 유일의 AI 허브'를 만들겠다고 했다.", ["AI 허브"]),
        ("도는 '새만금 AI 데이터센터'를 짓는다.", ["새만금 AI 데이터센터"]),
        ("'동해안 첫 하이퍼스케일' 강릉 AI 데이터센터 첫 삽", ["강릉 AI 데이터센터"]),
        ("‘투자 마중물’ 5000억 펀드가 출범했다.", ["투자 마중물 5000억 펀드"]),
    ],
)
def test_a_quoted_description_is_read_as_text(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("하이퍼스케일급 인공지능 데이터센터", "데이터센터", ()),
        ("대형급 AI 데이터센터", "데이터센터", ()),
        ("옥계 하이퍼스케일급 데이터센터", "데이터센터", ("옥계",)),
    ],
)
def test_a_size_class_is_no_distinctive_word(name: str, head: str, expected: tuple[str, ...]) -> None:
    assert distinctive_words(name, head) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("투자 유치액이 7조 원을 넘었다며 새만금 데이터센터가 그 중심이라고 설명했다.", ["새만금 데이터센터"]),
        ("시는 사업을 마쳤다고 광주 AI 집적단지 2단계를 알렸다.", ["광주 AI 집적단지"]),
        # a speech's opening quote is no quote the name's own closes
        (
            "\"보건복지부의 '지역 의료데이터 중심병원 확산사업'에 우리 도가 최종 선정됐습니다.",
            ["지역 의료데이터 중심병원 확산사업"],
        ),
    ],
)
def test_a_quoted_or_reported_clause_before_a_name_is_no_part_of_it(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_how_a_project_named_before_runs_is_no_name_of_it() -> None:
    found = find_initiatives("데이터센터는 재생에너지를 쓰는 'RE100 데이터센터'로 운영된다.", PLACES)
    assert [m.name for m in found] == ["데이터센터"]


def test_a_quoted_name_with_a_role_after_its_quote_only_restates() -> None:
    found = find_initiatives("도는 수성알파시티를 ‘ABB 중심 디지털 혁신 거점’으로 키울 계획이다.", PLACES)
    assert [(m.name, m.is_role) for m in found] == [("ABB 중심 디지털 혁신 거점", True)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("구미시는 AI 스마트공장 테스트베드를 연다.", ["AI 스마트공장 테스트베드"]),
        ("시는 'AI 반도체 테스트베드' 구축에 186억원을 들인다.", ["AI 반도체 테스트베드"]),
        ("기업들은 테스트베드에서 장비를 시험한다.", []),  # the kind alone names nothing
    ],
)
def test_a_test_facility_named_for_what_it_tests_is_an_initiative(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a speech's double quote does not close on the name's single one
        ("\"올해 6월 500억원 규모의 '울산 AX 혁신펀드'를 결성했습니다.", ["울산 AX 혁신펀드"]),
        ("시장은 \"'울산 AI 센터'를 짓겠다\"고 말했다.", ["울산 AI 센터"]),
        ("“울산 AX 펀드”를 만든다.", ["울산 AX 펀드"]),
        ("‘울산 AX 펀드'를 만든다.", ["울산 AX 펀드"]),  # a sloppy closing mark of the same kind
    ],
)
def test_a_quoted_name_closes_with_a_mark_of_its_own_kind(sentence: str, expected: list[str]) -> None:
    assert [m.name for m in find_initiatives(sentence, PLACES)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("전북은 김제에 '농생명 AI 실증 플랫폼'을 조성한다.", ["농생명 AI 실증 플랫폼"]),
        ("충북은 오송에 '바이오 AI 랩'을 세운다.", ["바이오 AI 랩"]),
        ("시는 '스마트 제조 AI 리빙랩'을 연다.", ["스마트 제조 AI 리빙랩"]),
        ("광주광역시 'AI 융합 실증 인프라' 287억원이 배정됐다.", ["AI 융합 실증 인프라"]),
        # a gloss in brackets may close the quoted name
        ("강원 '메디컬 AI 데이터 플랫폼(GMAP)' 1차 개통", ["메디컬 AI 데이터 플랫폼"]),
        (
            "'강원 의료 AI 데이터 플랫폼(Gangwon Medical AI Data Platform·GMAP)'이 개통했다.",
            ["강원 의료 AI 데이터 플랫폼"],
        ),
        # a programme's quoted name: a programme (any course or scheme unquoted, or with no AI word)
        ("도가 기획한 '충북 바이오 AX 실증 프로그램'이 최종 선정됐다.", ["충북 바이오 AX 실증 프로그램"]),
        ("시는 '부산 해양 AI 바우처 프로그램'에 30억원을 투입한다.", ["부산 해양 AI 바우처 프로그램"]),
        ("구청은 AI 교육 프로그램을 운영한다.", []),
        ("도는 '청년 창업 지원 프로그램'을 연다.", []),
        ("도는 '스마트 물류 플랫폼(SLP)'을 구축한다.", []),  # still no AI word
        # infrastructure names a project only closing its quotes, not inside a programme's name
        ("과기정통부는 '바이오 특화 AI 컴퓨팅 인프라 구축사업' 공모 결과를 냈다.", []),  # a competition, no facility
        # the AI word and the head alone name nothing in particular
        ("정부는 'AI 인프라' 확충에 나선다.", []),
        ("시는 'AI 플랫폼'을 만든다.", []),
        # unquoted, or with no AI word, a platform or a lab is software or a room
        ("기업들은 AI 플랫폼을 도입한다.", []),
        ("도는 '스마트 물류 플랫폼'을 구축한다.", []),
        ("연구소는 바이오 랩을 새로 꾸몄다.", []),
    ],
)
def test_a_platform_lab_or_testbed_is_an_initiative_only_quoted_with_an_ai_word(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("과기정통부는 국가 AI 컴퓨팅센터 입지로 전남 해남을 최종 선정했다.", ["국가 AI 컴퓨팅센터"]),
        ("삼성SDS 컨소시엄이 국가 AI 컴퓨팅센터 사업자로 선정됐다.", ["국가 AI 컴퓨팅센터"]),
        ("울산 AI 데이터센터 입지가 확정됐다.", ["울산 AI 데이터센터"]),
        # the siting or operators of data centres in general: no project
        ("데이터센터 입지 조건으로 전력이 꼽힌다.", []),
        ("AI 데이터센터 사업자들이 수도권을 떠난다.", []),
        # 'AI DC' is a data centre's short name
        ("SK텔레콤은 1일 울산 남구에서 AI DC 착공식을 열었다.", ["AI DC"]),
        ("울산 AI DC에 7조원이 투입된다.", ["울산 AI DC"]),
    ],
)
def test_a_projects_site_or_operator_being_chosen_names_the_project(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("경북 포항 블루밸리 국가산업단지에 AI 데이터센터가 들어선다.", ["AI 데이터센터"]),
        ("포항 블루밸리에 AI 데이터센터를 짓는다.", ["AI 데이터센터"]),
        ("도는 '포항 블루밸리'를 AI 거점으로 만든다.", ["포항 블루밸리"]),  # quoted: a name given
        ("대구 AI 로봇 밸리를 만든다.", ["대구 AI 로봇 밸리"]),
    ],
)
def test_a_valley_that_is_a_place_or_an_estate_is_no_project(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("평택 AI 데이터캠퍼스를 짓는다.", "data_centre"),
        ("AI 데이터 캠퍼스를 조성한다.", "data_centre"),
        ("AI 데이터 인재 캠퍼스가 문을 연다.", "education"),  # it teaches
    ],
)
def test_a_data_campus_is_a_data_centres_campus(sentence: str, kind: str) -> None:
    assert [m.initiative_type for m in find_initiatives(sentence, PLACES)] == [kind]


def test_campuses_of_an_article_about_data_centres_are_data_centres_even_when_no_data_centre_is_named() -> None:
    sentences = {
        0: "미국 데이터센터 개발사 크레스트라인이 평택에 'AI 캠퍼스'를 짓는다.",
        1: "AI 캠퍼스는 2027년 가동한다.",
    }
    found = data_centre_campuses({i: find_initiatives(s, PLACES) for i, s in sentences.items()}, sentences)
    assert {m.initiative_type for ms in found.values() for m in ms} == {"data_centre"}


def test_a_campus_a_startup_district_is_near_is_still_a_data_centres() -> None:
    sentences = {
        0: "광주시와 노스윈드 컴퓨트는 첨단3지구에서 'G-AI 캠퍼스' 1단계 착공식을 열었다.",
        1: "60MW 규모의 데이터센터 2개 동을 짓는다.",
        2: "시는 G-AI 캠퍼스와 집적단지 2단계가 맞물리면 첨단3지구가 '연산-실증-창업'이 한곳에서 이뤄지는 단지가 될 것으로 기대한다.",
    }
    found = data_centre_campuses({i: find_initiatives(s, PLACES) for i, s in sentences.items()}, sentences)
    assert {m.initiative_type for m in found[0]} == {"data_centre"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("1단계(실증동·테스트베드·AI 학습데이터센터)에 1,940억 원을 들여 2027년 준공하고,", []),
        ("2단계 사업(AI 데이터센터 증설)에 500억원을 들인다.", []),
        ("2단계로 AI 학습데이터센터(GPU 2천장)를 짓는다.", ["AI 학습데이터센터"]),  # the brackets are its own
    ],
)
def test_facilities_in_brackets_after_a_phase_are_what_it_builds(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("AI 반도체 자펀드가 350억원으로 가장 크다.", []),
        # equipment a company supplies is no project of its own; a cluster the city builds is one
        ("미국 스트라투스AI가 5,200만달러(약 680억원)를 투자해 GPU 클러스터를 공급했다.", []),
        ("해담데이터는 센터에 GPU 클러스터를 납품하기로 했다.", []),
        ("광주시는 첨단3지구에 GPU 클러스터를 구축한다.", ["GPU 클러스터"]),
        # the backers listed, the last the national fund of funds: no fund of its own
        ("도·청주시·모태펀드·민간 공동 출자…내년 상반기 결성 목표", []),
        ("시, 민간, 모태펀드 출자로 결성", []),
        ("'충북 AI 혁신 모펀드'가 1천200억원 규모로 닻을 올렸다.", ["충북 AI 혁신 모펀드"]),
    ],
)
def test_a_sub_fund_is_a_part_of_its_fund_of_funds(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("1조2천억 투입 제주 하이퍼스케일 데이터센터 착공", ["제주 하이퍼스케일 데이터센터"]),
        ("기본계획에 따르면 클러스터는 약 33만㎡ 부지에 들어선다.", ["클러스터"]),
        ("길게 보면 데이터센터는 지역의 자산이다.", ["데이터센터"]),
    ],
)
def test_a_headlines_verb_and_a_conditional_clause_end_before_the_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("과기정통부의 지역거점 AX 혁신 선도사업에 선정됐다.", [("지역거점 AX 혁신 선도사업", "programme")]),
        ("디지털 혁신거점 조성지원 시범사업에 선정됐다.", [("디지털 혁신거점", "hub")]),  # what is done to the hub
        ("전북 농생명 AI 실증단지 조성을 위한 업무협약을 맺었다.", [("전북 농생명 AI 실증단지", "cluster")]),
    ],
)
def test_a_programme_is_its_facility_only_when_nothing_but_what_is_done_stands_between(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("name", "head", "words"),
    [
        ("1350억 AX펀드", "펀드", []),  # its size, revised by later reports
        ("울산 벤처펀드", "펀드", ["울산"]),  # a kind of fund
        ("지역 AI 전환 펀드", "펀드", []),  # what 'AX' spells out
        ("울산 AX 이노베이션 펀드", "펀드", ["울산", "이노베이션"]),
    ],
)
def test_a_funds_size_and_kind_tell_no_fund_apart(name: str, head: str, words: list[str]) -> None:
    assert list(distinctive_words(name, head)) == words


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "도는 산업통상자원부의 '지역 제조 AX 선도사업' 공모에서 '강원형 제조AI 전환 프로젝트'가 선정됐다고 밝혔다.",
            ["강원형 제조AI 전환 프로젝트"],
        ),
        ("'울산 AI 실증 사업' 공모에 지원했다.", ["울산 AI 실증 사업"]),  # negative: a place's own project
        ("오션넷 데이터센터는 해운 기업의 수요를 겨냥한 코로케이션 센터다.", ["오션넷 데이터센터"]),  # what it is
        ("그룹은 전국 거점 대학 10곳과 AI 계약학과를 만들 계획이다.", []),
        ("부산에서 두 번째로 큰 데이터센터 투자다.", ["데이터센터"]),
        # an adverb before a head says how or when, never which one
        ("도가 처음 센터 구상을 내놓은 것은 지난해 4월이다.", []),
        ("풍력 전기를 곧장 데이터센터로 보내는 구상이다.", ["데이터센터"]),
        ("시가 직접 데이터센터를 짓는다.", ["데이터센터"]),
        ("마침내 클러스터 조성이 확정됐다.", ["클러스터"]),
    ],
)
def test_a_competition_a_description_and_a_hub_university_name_no_project(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "광주시는 '첨단3지구 인공지능(AI) 반도체 특화단지' 지정 신청서를 제출했다.",
            [("첨단3지구 인공지능 반도체 특화단지", "cluster")],
        ),
        ("광주시, '4천억원대' AI반도체 특화단지 도전장", [("AI반도체 특화단지", "cluster")]),
    ],
)
def test_a_designated_complex_is_a_cluster(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("name", "head", "words"),
    [
        ("AI반도체 특화단지", "특화단지", ["반도체"]),
        ("강원 제조AX 사업", "사업", ["강원", "제조"]),
        ("국가AI데이터센터", "데이터센터", ["국가AI"]),  # negative: '국가' alone says nothing
    ],
)
def test_ai_glued_to_a_word_leaves_the_word(name: str, head: str, words: list[str]) -> None:
    assert list(distinctive_words(name, head)) == words


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("정부는 전국 특화단지 기반시설에 5년간 2조5천억원을 지원하겠다고 했다.", []),
        ("전국 데이터센터 현황을 보면 절반이 수도권에 있다.", []),
        ("'전국 AI 거점 연합 플랫폼'을 만든다.", ["전국 AI 거점 연합 플랫폼"]),  # negative: quoted, a name of its own
    ],
)
def test_every_project_of_a_kind_in_the_country_is_no_project(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("충북도가 미국 기업과 손잡고 대형 인공지능 데이터센터를 짓는다.", ["대형 인공지능 데이터센터"]),
        ("2027년 완공을 앞두고 데이터센터 공사가 한창이다.", ["데이터센터"]),
    ],
)
def test_a_verb_ending_in_go_closes_the_clause_before_a_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(("name", "head"), [("Hyperscale AIDC", "AIDC"), ("Green AI 데이터센터", "데이터센터")])
def test_kind_words_in_english_tell_no_project_apart(name: str, head: str) -> None:
    assert distinctive_words(name, head) == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "특구는 1조2천억원 규모의 'AI 융합 클러스터(오션 AI 밸리)' 부지와 겹친다.",
            ["AI 융합 클러스터", "오션 AI 밸리"],
        ),
        ("'울산 AI 허브(AI Hub)'가 문을 연다.", ["울산 AI 허브"]),  # a gloss in English, no other name
        ("'AI 데이터센터(IDC)' 착공", ["AI 데이터센터"]),
    ],
)
def test_another_name_in_brackets_inside_the_quotes_is_a_name_of_its_own(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a quoted clause ending as a verb's modifier describes the project; the name is what follows
        ("강원도, 화천 파로호에 '물로 식히는' AI 데이터센터 파크 조성", ["AI 데이터센터 파크"]),
        ("부산에 '바다를 품은' 해양 AI 데이터센터 들어선다", ["해양 AI 데이터센터"]),
        # a quoted noun phrase before the head stays part of the name
        ("‘투자 마중물’ 5000억 펀드 조성", ["투자 마중물 5000억 펀드"]),
    ],
)
def test_a_quoted_clause_before_a_head_is_no_part_of_the_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("케이넷텔레콤은 '파로호 AI 데이터센터 파크'를 짓는다.", [("파로호 AI 데이터센터 파크", "data_centre")]),
        ("화천 '파로호 AI데이터센터 파크' 첫 삽", [("파로호 AI데이터센터 파크", "data_centre")]),
        # a technopark is an organisation, no data centre park
        ("인천테크노파크가 참여한다.", []),
    ],
)
def test_a_data_centre_park_is_one_data_centre_name(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("냉방에 드는 전기를 보통 센터의 절반 가까이 줄일 수 있다.", []),
        ("공항·항만 AX, 한 해 64억으로 '세계 1위 허브' 지킬 수 있나", []),
        ("세계적 허브 공항과 관문 항만을 함께 가진 도시는 드물다.", []),
        # a predicate after its subject ends the clause before a head
        ("투자 확약을 받은 금액이 적고 센터 운영 이후의 수익 모델이 불분명하다.", []),
        ("시가 재고 관리 AI 센터를 연다.", ["재고 관리 AI 센터"]),  # a noun ending so
    ],
)
def test_ordinary_ones_ranks_and_predicates_name_no_project(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("인천시는 '공항·항만 AX 선도사업'을 추진한다.", ["공항·항만 AX 선도사업"]),
        ("부산항만공사는 항만 AI 허브를 짓는다.", ["항만 AI 허브"]),
        ("여수시는 물류·항만 AI 허브를 짓는다.", ["물류·항만 AI 허브"]),  # the last of dotted words
    ],
)
def test_a_port_is_a_noun_of_a_name_though_it_ends_like_only(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_programme_for_the_whole_country_is_no_regions_project() -> None:
    assert names("정부가 올해 전국 AI 융합 확산 사업에 배정한 예산과 견줘도 인천의 몫은 초라하다.") == []
    assert names("시는 전국 AI 반도체 실증 사업에 참여한다.") == []
    assert names("정부는 전국 특화단지 기반시설에 예산을 쓴다.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("국산 AI반도체의 성능을 실제 데이터센터 환경에서 검증하는 클러스터를 짓는다.", ["클러스터"]),
        ("데이터센터 업계에서는 전력 확보가 관건이다.", []),
        ("초거대 AI 데이터센터 수준의 전력이 필요하다.", []),
        # an operator chosen for a named project still names it
        ("'부산 AI 데이터센터' 사업자로 한빛이 선정됐다.", ["부산 AI 데이터센터"]),
    ],
)
def test_a_head_that_describes_the_next_noun_names_no_project(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("경북은 '섬유소재 AX 전환' 과제로 85억원을 받는다.", ["섬유소재 AX 전환 과제"]),
        ("전북은 '농기계 AX 실증' 과제에 국비 64억원을 받는다.", ["농기계 AX 실증 과제"]),
        # …and so is the task a call chose, its money told after it
        ("전북의 '농기계 AX 실증' 과제가 선정됐다.", ["농기계 AX 실증 과제"]),
        ("공모에 '디지털트윈 AI 관광섬 제주' 과제가 최종 선정됐다.", ["디지털트윈 AI 관광섬 제주 과제"]),
        # a task with no money of its own after it, no AI word, or unquoted, or a task of any kind, is no project
        ("전북의 '농기계 AX 실증' 과제가 논의됐다.", []),
        ("정부는 5일 'AI 기본사회' 과제를 발표하고 내년 예산 1조원을 배정했다.", []),  # a policy agenda
        ("연구팀은 'AI 반도체 설계 자동화' 과제에 선정돼 5년간 45억원을 지원받는다.", []),  # a research grant
        ("위원회는 'AI 인재 양성 과제'를 논의했다.", []),  # inside the quotes
        ("'주민 소통' 과제를 풀어야 한다.", []),
        ("AI 전환 과제가 산적해 있다.", []),
        ("과제도 있다.", []),
    ],
)
def test_a_task_of_a_programme_is_a_project_when_its_quoted_name_has_an_ai_word(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("센터는 북구 첨단3지구 AI 집적단지 안, 국가 AI 데이터센터 옆 부지에 들어선다.", []),  # landmarks of the site
        ("연구동은 AI 데이터센터 바로 옆에 짓는다.", []),
        ("광주 AI 데이터센터 근처에서 주민 반발이 거세다.", ["광주 AI 데이터센터"]),  # a named one is the news
        ("센터는 AI 캠퍼스 맞은편 부지에 들어선다.", []),
        # a project built next to something is still named
        ("시는 항만 옆 부지에 '부산 AI 데이터센터'를 짓는다.", ["부산 AI 데이터센터"]),
    ],
)
def test_what_a_site_lies_inside_or_beside_is_no_project_of_the_sentence(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("전남도는 나주 왕곡면 일원을 AI 특화 산업단지로 지정했다.", ["AI 특화 산업단지"]),
        ("나주 AI 특화산단 조성에 4,380억원이 들어간다.", ["나주 AI 특화산단"]),
        ("전남 화순 백신 특화산단에 입주한다.", []),  # an estate of another industry
        # a network is a project only quoted with an AI word
        ("제주, 복지부 '의료 AI 거점병원 네트워크' 선정… 올해 21억 투입", ["의료 AI 거점병원 네트워크"]),
        ("삼성전자는 통신 네트워크를 구축한다.", []),
        ("도는 '스마트 물류 네트워크'를 만든다.", []),
    ],
)
def test_an_ai_estate_and_a_quoted_ai_network_are_projects(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("충남도가 스마트팜 AI 통합플랫폼 구축사업에 올해 126억원을 투입한다.", [("스마트팜 AI 통합플랫폼", "other")]),
        ("도는 '스마트팜 AI 통합플랫폼 구축사업' 사업비를 늘렸다.", [("스마트팜 AI 통합플랫폼", "other")]),
        ("시는 해양 AI 데이터 플랫폼 조성사업을 시작했다.", [("해양 AI 데이터 플랫폼", "other")]),
        # an AI word and the head alone name no platform: the programme stays what it is
        ("도는 첨단 연구시설 AI 팩토리 구축 사업을 벌인다.", [("AI 팩토리 구축 사업", "programme")]),
        # a platform with no AI word is no initiative
        ("시는 관광 통합플랫폼 구축사업을 추진한다.", []),
    ],
)
def test_a_programme_to_build_an_ai_platform_is_the_platform(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("충남도의 스마트팜 AI 통합플랫폼 '팜AI 충남'이 어제 개통했다.", ["스마트팜 AI 통합플랫폼"]),
        ("도는 해양 AI 데이터 플랫폼 ‘바다온’을 열었다.", ["해양 AI 데이터 플랫폼"]),
        # no AI word before the platform: a website's brand, no initiative
        ("시는 관광 플랫폼 '여기어때 울산'을 열었다.", []),
        # the quote names a project of its own: the platform before it is not one
        ("AI 플랫폼 ‘울산 AI 데이터센터’를 소개했다.", ["울산 AI 데이터센터"]),
    ],
)
def test_an_ai_platform_named_by_the_quote_after_it_is_a_project(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "'AI 로봇 실증 테스트베드 복합단지 조성사업'을 예타 통과 사업으로 의결했다.",
            [("AI 로봇 실증 테스트베드", "other")],
        ),
        ("AI 로봇 실증 테스트베드 단지 조성사업에 착수했다.", [("AI 로봇 실증 테스트베드", "other")]),
    ],
)
def test_a_programme_building_a_complex_of_a_facility_is_that_facility(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("컨소시엄은 11일 서울 중구 프레스센터에서 기자간담회를 열고 계획을 밝혔다.", []),
        ("시는 창원컨벤션센터에서 협약식을 열었다.", []),
        # an AI word makes the centre a project of its own
        ("시는 AI 프레스센터를 열었다.", ["AI 프레스센터"]),
    ],
)
def test_a_venue_named_as_a_centre_is_no_initiative(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "경기도는 생성형 AI 플랫폼 '챗GPT'를 행정 업무에 도입한다고 5일 밝혔다.",  # a product taken up
        "시는 대화형 AI 플랫폼 '클로바X'를 민원 상담에 활용한다.",
    ],
)
def test_a_product_a_government_takes_up_is_no_project(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "도는 중소기업 AI 스마트팩토리 구축 지원사업에 50억원을 투입한다.",
        "도는 중소 제조기업 AI 플랫폼 고도화 지원사업을 공고했다.",
    ],
)
def test_a_grant_to_many_firms_is_a_programme_not_their_platform(sentence: str) -> None:
    assert [kind for _, kind in kinds(sentence)] == ["programme"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a firm or body cited for a figure is a source, whatever its name ends in
        ("시장조사업체 IDC에 따르면 국내 AI 시장 규모는 2027년 4조4천억원을 넘어설 것으로 전망된다.", []),
        ("시장조사기관 IDC의 보고서를 보면 수요가 늘었다.", []),
        ("한국지능정보사회진흥원 AI데이터센터에 따르면 이용자가 늘었다.", []),
        # …not a data centre someone builds or uses
        ("원주 IDC에 GPU 서버를 들인다.", ["원주 IDC"]),
        # what a data centre holds or counts is no project: '데이터센터 용량', '데이터센터 수'
        ("도내 데이터센터 용량이 2030년 200㎿를 넘어설 것이라는 관측도 나온다.", []),
        ("전국 데이터센터 수는 150곳에 이른다.", []),
        # the company's own is no name of it: the bare head is left, which names nothing on its own
        ("스트라투스웨이브가 국내에 자체 데이터센터를 짓는 것은 이번이 처음이다.", ["데이터센터"]),
        ("회사는 자사 데이터센터에 GPU를 들인다.", ["데이터센터"]),
    ],
)
def test_sources_and_measures_are_no_initiatives(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("서울시는 14일 '서울 AX(인공지능 전환) 2030 종합계획'을 발표했다.", [("서울 AX 2030 종합계획", "programme")]),
        ("도는 'AI 산업 육성 기본계획'을 확정했다.", [("AI 산업 육성 기본계획", "programme")]),
        ("부산시가 'AX 혁신 마스터플랜'을 내놨다.", [("AX 혁신 마스터플랜", "programme")]),
        # a plan of a named project names the project, not the plan
        ("부산시가 'AI 데이터센터 마스터플랜'을 내놨다.", [("AI 데이터센터", "data_centre")]),
        ("울산시는 제조AI 혁신클러스터 조성 기본계획을 발표했다.", [("제조AI 혁신클러스터", "cluster")]),
        ("'AI 데이터센터 조성 계획'을 발표했다.", [("AI 데이터센터", "data_centre")]),
    ],
)
def test_a_regions_plan_with_a_name_is_a_programme(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "강원 AI 재난안전·경북 AI 해양로봇 규제자유특구 신규 지정",
            ["강원 AI 재난안전 규제자유특구", "경북 AI 해양로봇 규제자유특구"],
        ),
        # one project of two places (the first half names nothing but its place), or a name with a dot inside, stays one
        ("광주 AI·전남 에너지 특구 지정", ["광주 AI·전남 에너지 특구"]),
        (
            "부산 강서구·울산 동구 AI 조선해양 클러스터 조성 사업이 예타를 통과했다.",
            ["부산 강서구·울산 동구 AI 조선해양 클러스터"],
        ),
        ("대구·경북 AI 로봇 클러스터 조성", ["대구·경북 AI 로봇 클러스터"]),
        ("부산·울산 AI 데이터센터 착공", ["부산·울산 AI 데이터센터"]),
        ("강원 AI·디지털 헬스케어 특구", ["강원 AI·디지털 헬스케어 특구"]),
    ],
)
def test_two_places_projects_under_one_head_are_two(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a centre where another matter's ceremony is held is its venue
        (
            "도와 강원테크노파크는 15일 강릉과학산업단지 내 재난안전실증지원센터에서 특구사업자 등 150여 명이 참석한 가운데 특구 출범식을 개최했다.",
            [],
        ),
        ("시는 AI 혁신센터에서 비전선포식을 열었다.", []),
        # …not the centre whose own opening it is
        ("시는 AI 혁신센터에서 준공식을 열었다.", ["AI 혁신센터"]),
    ],
)
def test_a_centre_where_a_ceremony_is_held_is_a_venue(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a concession, 'each of them', joining words and 'no longer' end or open no name
        ("반대로 에너지 그룹은 인프라를 지을 수는 있어도 데이터센터를 채울 고객을 모으기 어렵다.", ["데이터센터"]),
        ("영광 모델이 자리 잡으면 해상풍력 단지마다 데이터센터를 붙이는 방식으로 확장할 수 있다.", ["데이터센터"]),
        ("반면 데이터센터 부문 매출은 27% 늘었다.", []),
        ("수도권에서는 더 이상 대형 데이터센터 부지를 구하기 어렵다.", ["대형 데이터센터"]),
        ("2단계 역시 컴퓨팅센터 구축이 핵심이다.", ["컴퓨팅센터"]),
        # a capacity in words is a size, no part of a name
        (
            "전남 영광군 홍농읍 일원에 200메가와트(㎿)급 초대형 인공지능(AI) 데이터센터가 들어선다.",
            ["초대형 인공지능 데이터센터"],
        ),
        ("40MW급 AI 데이터센터가 들어선다.", ["AI 데이터센터"]),
    ],
)
def test_clause_words_and_sizes_are_no_part_of_a_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        # what a quoted project builds, said before its name, is its aim: no project of its own
        (
            "경북 구미국가산업단지에 제조 분야 인공지능(AI) 실증 거점을 만드는 'AI 융합 제조혁신 집적단지 2단계 사업'이 예타를 통과했다.",
            [("제조 분야 인공지능 실증 거점", True), ("AI 융합 제조혁신 집적단지", False)],
        ),
        ("공정 데이터를 모아 AI 모델을 현장에 적용하는 '실증형 집적단지'가 목표다.", [("실증형 집적단지", True)]),
        # …not a facility the sentence builds for a project named after it
        ("시는 AI 데이터센터를 짓는 '그린 AI 밸리'를 조성한다.", [("AI 데이터센터", True), ("그린 AI 밸리", False)]),
        ("도는 2028년까지 AI 데이터센터를 짓는다.", [("AI 데이터센터", False)]),
    ],
)
def test_an_aim_stated_before_a_quoted_project_is_no_project(sentence: str, roles: list[tuple[str, bool]]) -> None:
    assert [(m.name, m.is_role) for m in find_initiatives(sentence, PLACES)] == roles


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a phase of a quoted project, the programme word outside the quotes: the project itself
        (
            "구미시가 'AI 융합 제조혁신 집적단지 2단계' 사업 착수보고회를 열었다.",
            [("AI 융합 제조혁신 집적단지", "cluster")],
        ),
        ("'AI 데이터센터 1차' 사업을 시작했다.", [("AI 데이터센터", "data_centre")]),
    ],
)
def test_a_phase_of_a_quoted_project_is_the_project(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a company set up to build or run a project is named like one, and is no project
        ("양사는 합작법인 '부산AI로지스허브(BALH)'를 세워 허브를 짓고 운영한다.", []),
        ("두 회사는 특수목적법인 '충남AI컴퓨팅센터'를 세웠다.", []),
        # …not the project a company builds
        ("양사는 합작법인을 세워 '부산 AI 물류허브'를 짓는다.", ["부산 AI 물류허브"]),
        # a time word opens no name
        (
            "메리디안은 지난달 부산항 신항 AI 스마트물류 허브 공모에서 우선협상대상자로 선정됐다.",
            ["부산항 신항 AI 스마트물류 허브"],
        ),
        ("시는 이날 AI 데이터센터 착공식을 열었다.", ["AI 데이터센터"]),
    ],
)
def test_companies_and_time_words_are_no_project_names(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "광주정보문화산업진흥원은 'AI 스프린트 부트캠프' 3기 교육생을 모집한다.",
            [("AI 스프린트 부트캠프", "education")],
        ),
        # a GPU cluster, whatever it is for, is computing, not an industrial cluster
        ("캠퍼스 안에 GPU 실습 클러스터를 구축한다.", [("GPU 실습 클러스터", "computing_centre")]),
        ("구미에 GPU 기반 클러스터가 들어선다.", [("GPU 기반 클러스터", "computing_centre")]),
        ("구미에 AI 반도체 클러스터가 들어선다.", [("AI 반도체 클러스터", "cluster")]),
    ],
)
def test_courses_and_computing_clusters_by_their_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plan's brand right after its head, or the topic the plan defines, names the plan with that head
        (
            "서울시의 AI 전환(AX) 종합계획 '서울 AX 2030'의 총사업비를 1조2380억원에서 1조3050억원으로 늘렸다.",
            ["AI 전환 종합계획", "서울 AX 2030 종합계획"],
        ),
        ("서울 AX 2030은 5년간 총 1조2380억원을 투입하는 서울시의 AI 전환 종합계획이다.", ["서울 AX 2030 종합계획"]),
        ("광주 AI 2.0은 광주시의 인공지능 전략이다.", ["광주 AI 2.0 전략"]),
        # not a topic with no AI word, nor one that names a project by a head of its own
        ("이번 계획은 정부의 AI 전략이다.", []),
        ("이 사업은 도의 AI 종합계획이다.", []),
        ("'AI 데이터센터'는 도의 AI 종합계획이다.", ["AI 데이터센터"]),
    ],
)
def test_a_plan_called_by_its_brand_is_named_by_brand_and_head(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        # a headline cut after '…로' says what something is to become
        (
            '대덕 퀀텀·AI 융합연구단지 첫 삽…"2031년 세계적 양자 거점으로"',
            [("대덕 퀀텀·AI 융합연구단지", False), ("양자 거점", True)],
        ),
        ("부산을 AI 허브로…", [("AI 허브", True)]),
        ("시는 AI 허브로 간다", [("AI 허브", False)]),
    ],
)
def test_a_headline_cut_after_its_role_names_no_project(sentence: str, roles: list[tuple[str, bool]]) -> None:
    assert [(m.name, m.is_role) for m in find_initiatives(sentence, PLACES)] == roles


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("대전 둔곡지구에 '양자·AI 융합연구단지'…예타 면제로 2031년까지 조성", [("양자·AI 융합연구단지", "cluster")]),
        ("대전 퀀텀AI 콤플렉스 협약", [("대전 퀀텀AI 콤플렉스", "cluster")]),
        # the well-known research district is a place
        ("대덕연구단지에 입주한 연구소들이 참여한다.", []),
    ],
)
def test_research_complexes_are_clusters(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a complex a project stands in the area of is its place
        ("전북은 420억원으로 김제 민간육종연구단지 일원에 '농생명 AX 실증거점'을 조성한다.", ["농생명 AX 실증거점"]),
        ("광주 AI 집적단지 인근에 데이터센터가 들어선다.", ["데이터센터"]),
        # …not the complex whose own site it is
        ("AI 집적단지 부지를 확보했다.", ["AI 집적단지"]),
    ],
)
def test_a_complex_named_as_an_area_is_a_place(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place designated a hub, or become one in a headline, is what the place now is: no project
        ("전북특별자치도가 농업 전반에 인공지능을 접목하는 국가 거점으로 지정됐다.", []),
        ("전북 '농생명 AX' 국가 거점 됐다…5년간 1250억 투입", []),
        # …not a zone designated, which is the zone itself, nor a hub that opens
        ("강원은 AI 재난안전 특구로 지정됐다.", ["AI 재난안전 특구"]),
        ("부산 AI 허브가 문을 열었다.", ["부산 AI 허브"]),
    ],
)
def test_a_place_designated_a_hub_names_no_project(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named facility's own equipment or systems are its spending, not a noun it modifies
        ("광주시는 광주 AI 데이터센터 장비 구축에 300억원을 투입했다고 밝혔다.", ["광주 AI 데이터센터"]),
        ("대구시는 대구 AI 로봇 실증단지 시스템 구축에 80억원을 투입한다.", ["대구 AI 로봇 실증단지"]),
        # …while a head with no name of its own only describes: '도내 데이터센터 용량', 'AI 비전 검사'
        ("도내 데이터센터 용량이 늘었다.", []),
        ("업체는 AI 비전 검사를 도입했다.", []),
        # plans owned by the government or a company, or worked through, are no place's named plan
        ("AI 3대 강국은 이재명 정부의 핵심 AI 전략이다.", []),
        ("SK그룹은 AI 전략 'AI 피라미드'에 따라 울산에 AI 데이터센터를 짓는다.", ["AI 전략", "AI 데이터센터"]),
        # a concession ending stops a name; a province's name ending alike does not
        ("전라도 AI 데이터센터 건립에 2조원이 투입된다.", ["전라도 AI 데이터센터"]),
        # a facility's own completion ceremony held there is about it
        ("도는 오창 AI 데이터센터에서 준공 기념식을 가졌다.", ["오창 AI 데이터센터"]),
    ],
)
def test_reviewed_cases_of_names_kept(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_two_places_projects_under_one_head_keep_their_spans_past_a_gloss() -> None:
    sentence = "강원 AI(인공지능) 재난안전·경북 AI 해양로봇 규제자유특구 신규 지정"
    spans = [sentence[m.start : m.end] for m in find_initiatives(sentence, PLACES)]
    assert spans == ["강원 AI(인공지능) 재난안전", "경북 AI 해양로봇 규제자유특구"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the person who holds a title in a body named after the project is no part of its name
        ("정재훈 전북 AI컴퓨팅센터 유치추진단장은 말했다.", ["전북 AI컴퓨팅센터"]),
        ("김영수 부산 AI 데이터센터 추진단장은 기대했다.", ["부산 AI 데이터센터"]),
        ("이민호 울산 AI 클러스터 TF 팀장이 설명했다.", ["울산 AI 클러스터"]),
        ("정부 AI 데이터센터 과장은 답했다.", ["정부 AI 데이터센터"]),  # no person: '정부' stays
        # an AI graduate school is a project a programme funds; a graduate school of no AI, or its people, is not
        ("부경대 해양AI대학원이 개원했다.", ["부경대 해양AI대학원"]),
        ("부경대는 'AI 융합혁신대학원' 지원사업에 선정됐다.", ["AI 융합혁신대학원"]),
        ("서울대 대학원을 졸업했다.", []),
        ("KAIST AI대학원 교수는 말했다.", []),
        ("부산 AI센터 연구팀이 개발한 모델이다.", []),
        # the venue of another's ceremony is no project
        ("충북도는 오송 C&V센터에서 개통식을 열고 데이터 거래를 시작했다.", []),
        ("시는 시청 통합관제센터에서 'AI 도시운영 플랫폼' 1단계 개통식을 열었다.", ["AI 도시운영 플랫폼"]),
        ("시는 오송 AI 바이오센터에서 준공식을 열었다.", ["오송 AI 바이오센터"]),  # its own opening
    ],
)
def test_people_titles_and_venues_around_a_head(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a complex whose ground another project is built on is a place there
        ("케이스카이는 송도 11공구 첨단산업클러스터 부지 3만3000㎡에 80MW 규모 데이터센터를 짓는다.", ["데이터센터"]),
        ("광주 AI 집적단지 부지에 국가 AI 데이터센터가 들어선다.", ["국가 AI 데이터센터"]),
        ("도는 AI 클러스터 부지를 매입했다.", ["AI 클러스터"]),  # its own land
    ],
)
def test_a_complex_whose_ground_holds_another_project_is_its_place(sentence: str, expected: list[str]) -> None:
    assert [m.name for m in find_initiatives(sentence, PLACES)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("도가 2018년 이후 조성에 참여한 각종 정책펀드는 누적 2천340억원 규모에 이른다.", []),
        ("다양한 AI 데이터센터가 수도권에 몰려 있다.", []),
        ("여러 AI 센터가 문을 열었다.", []),
        ("'모든 AI 센터' 사업을 시작했다.", ["모든 AI 센터"]),  # a quoted name of its own
    ],
)
def test_every_one_of_a_kind_is_no_project(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("도는 안계면 일대 48㏊에 'AI 애그리푸드 융복합단지'를 조성한다.", [("AI 애그리푸드 융복합단지", "cluster")]),
        ("경북 의성, 'AI 스마트농업 거점단지' 공모 선정", [("AI 스마트농업 거점단지", "cluster")]),
        ("부산 물류 융복합단지가 들어선다.", []),  # a complex of another trade
    ],
)
def test_a_complex_built_as_an_ai_project_is_a_cluster(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "대구시는 대구 AI 부트캠프 학생을 모집한다고 밝혔다.",
            ["대구 AI 부트캠프"],
        ),  # its students: the programme's news
        ("전북형 피지컬 AI 실증단지 추진단장은 말했다.", ["전북형 피지컬 AI 실증단지"]),  # a describing word, no person
    ],
)
def test_a_programmes_students_and_describing_words_keep_its_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a ministry's call, named before the field a project entered it in, is no project of a place
        (
            "경남도는 산업통상자원부가 주관한 'AI 자율제조 선도 프로젝트' 조선해양 분야 공모에서 "
            "'조선해양 AI 팩토리 실증사업'이 최종 선정됐다고 밝혔다.",
            ["조선해양 AI 팩토리"],  # a project to demonstrate a factory is the factory, as one to build it is
        ),
        ("경남, 조선해양 'AI 팩토리' 실증사업 따냈다", ["조선해양 AI 팩토리"]),
        ("이 사업은 산업통상자원부의 'AI 자율제조 선도 프로젝트' 조선해양 분야 과제로, 사업비 680억원이 투입된다.", []),
        ("산업부는 '2026년 AI 자율제조 선도 프로젝트' 신규 과제로 울산, 구미 등 3건을 확정했다.", []),
        # …nor the ministry's programme a project was chosen for
        ("산업통상부의 'AI 자율제조 선도 프로젝트'로 선정된 이 사업에는 모두 680억원이 투입된다.", []),
        ("과기정통부의 '지역 AX 확산 사업'으로 최종 선정돼 국비를 받는다.", []),
        # (what a place is chosen as, with no ministry's before it, stays: it is the place's project)
        ("광주시는 'AI 중심도시 조성 사업'으로 선정됐다.", ["AI 중심도시 조성 사업"]),
        # (a quoted task whose own money follows stays a project)
        ("도는 '섬유소재 AX 전환' 과제로 85억원을 받는다.", ["섬유소재 AX 전환 과제"]),
    ],
)
def test_a_ministrys_call_or_programme_a_project_entered_is_no_project(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("광주는 '자율주행 모빌리티 AX' 과제에 가장 많은 240억원이 배정됐다.", ["자율주행 모빌리티 AX 과제"]),
        ("대전은 'AI 반도체 팹리스 실증' 과제로 모두 190억원을 받는다.", ["AI 반도체 팹리스 실증 과제"]),
        # a place's task as the topic opening a sentence of a national list
        ("울산 과제는 자동차 부품사 태화오토텍이 주관해 공장의 조립 라인에 AI 협동로봇을 도입한다.", ["울산 과제"]),
        ("아산 과제에는 디스플레이 모듈 공정의 자율 운영을 실증하는 데 국비 95억원이 들어간다.", ["아산 과제"]),
        # …not a task of no place, nor a quoted agenda or a grant won
        ("핵심 과제는 전력망 확보다.", []),
        ("도는 'AI 기본사회' 과제에 선정돼 10억원을 받는다.", []),
        ("정부는 'AI 기본사회' 과제를 발표했다.", []),
    ],
)
def test_a_task_named_by_its_quoted_name_or_its_place_is_a_project(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a one-syllable verb before the head ends the clause, and so does a condition
        ("연구허브가 문을 열면 대덕특구의 역량과 합쳐진다.", ["연구허브"]),  # not '열면 대덕특구'
        ("본 건물 완공 전까지 쓸 임시 거점을 20일 문 열었다.", ["임시 거점"]),
        ("기업들이 함께 쓸 AI 컴퓨팅센터를 짓는다.", ["AI 컴퓨팅센터"]),
        ("성과를 낼 AI 혁신허브를 만든다.", ["AI 혁신허브"]),
        # what is supplied to a facility, its particle dropped in a headline, is no part of its name
        ("해상풍력·태양광 전력 데이터센터에 직접 공급", ["데이터센터"]),
        ("재생 전기 AI 데이터센터에 공급한다", ["AI 데이터센터"]),
        # (a name before '에 공급' is kept)
        ("영광 AI 데이터센터에 전력 공급", ["영광 AI 데이터센터"]),
        ("신안 전력 데이터센터가 들어선다", ["신안 전력 데이터센터"]),
    ],
)
def test_a_verb_or_a_supplied_good_before_a_head_is_no_part_of_the_name(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("사우디아라비아 항만청이 발주하는 2억 달러 규모의 항만 디지털화 사업에 참여 의향서를 냈다.", []),
        ("베트남 정부가 발주한 스마트시티 AI 플랫폼 구축사업을 수주했다.", []),
        ("해외에서 발주한 AI 데이터센터 설계 사업을 따냈다.", []),
        # a Korean client's order is a project here
        ("부산항만공사가 발주한 AI 항만물류 플랫폼 구축사업에 참여한다.", ["AI 항만물류 플랫폼"]),
    ],
)
def test_work_a_client_abroad_orders_is_no_korean_initiative(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a self-driving pilot zone is a designated zone
        (
            "국토부가 '대구 달성 AI 모빌리티 시범운행지구' 지정안을 의결했다.",
            [("대구 달성 AI 모빌리티 시범운행지구", "special_zone")],
        ),
        ("시범운행지구에는 2028년까지 384억 원이 투입된다.", [("시범운행지구", "special_zone")]),
        # …its committee, a ministry's scheme over many places, or a landmark of a place named after it is none
        ("국토교통부 자율주행 시범운행지구 위원회가 26일 열렸다.", []),
        ("국토부 자율주행 시범운행지구 신규 지정", []),
        ("과기정통부 지역 AI 허브 사업 공고", []),
        ("광주는 국가 AI 데이터센터가 있는 첨단3지구 입주 기업을 지원하는 펀드를 만든다.", []),
        # (a project's site still names the project)
        ("데이터센터가 들어설 부지를 확보했다.", [("데이터센터", "data_centre")]),
        ("충북 AI 특구가 지정됐다.", [("충북 AI 특구", "special_zone")]),
    ],
)
def test_zones_schemes_committees_and_landmarks(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


def test_a_data_centre_named_by_a_region_abroad_written_with_its_area_word_is_none() -> None:
    assert names("아태지역 데이터센터에 2030년까지 100억달러 투자 계획") == []
    assert names("동남아지역 데이터센터를 늘린다") == []


def test_a_facilitys_ground_built_is_still_the_facility() -> None:
    assert names("광주시는 첨단3지구에 AI 데이터센터 기반을 구축하는 데 500억원을 투입한다.") == ["AI 데이터센터"]
    assert names("AI 비전 기반 용접 로봇을 들인다.") == []


def test_a_valley_its_tenants_are_named_after_is_a_place() -> None:
    assert names("특구사업자로는 나주 에너지밸리 입주기업을 중심으로 10여 개 기업이 참여할 예정이다.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("울산시는 울주군에 AI 전용 산업단지를 조성한다.", [("AI 전용 산업단지", "cluster")]),
        ("울산시가 사업비 2416억원을 들여 조성하는 AI 전용 산업단지 부지다.", [("AI 전용 산업단지", "cluster")]),
        # an estate for another industry is no AI project
        ("도는 반도체 전용 산단을 만든다.", []),
    ],
)
def test_an_estate_built_for_ai_firms_is_a_cluster(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("이 사업의 이름은 춘천 수열에너지 데이터센터다.", ["춘천 수열에너지 데이터센터"]),  # a place opens it: a name
        ("대형 디지털헬스케어 사업을 추진한다.", ["대형 디지털헬스케어 사업"]),  # not a predicate
    ],
)
def test_a_predicate_with_a_name_of_its_own_is_still_named(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected
