"""Regions by names and short forms in context; organisations by gazetteer and name form."""

import pytest

from etl.extract.gazetteer import load_gazetteer
from etl.extract.organisation_names import stem_before_suffix as _stem_before_suffix
from etl.extract.organisations import find_org_mentions
from etl.extract.regions import find_region_mentions

GAZ = load_gazetteer()
REGION_NAMES = set(GAZ.region_aliases)


def regions(sentence: str, provinces: set[str] | None = None) -> list[str]:
    return [GAZ.regions[m.region_code].name_ko for m in find_region_mentions(sentence, GAZ, provinces)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("광주시는 27일 회의를 열었다.", ["광주광역시"]),
        ("경북 포항시가 나선다.", ["경상북도", "경상북도 포항시"]),
        ("포항이 AI 중심도시로 도약한다.", ["경상북도 포항시"]),
        ("경기도 광주시에 데이터센터가 들어선다.", ["경기도 광주시"]),
        ("경기 광주시에 데이터센터가 들어선다.", ["경기도", "경기도 광주시"]),
        ("전라북도가 조례를 제정했다.", ["전북특별자치도"]),
        ("강원도는 의료 AX를 추진한다.", ["강원특별자치도"]),
        ("울산시 남구 데이터센터 건설 현장", ["울산광역시", "울산광역시 남구"]),
        ("판교를 중심으로 생태계를 조성한다.", ["경기도 성남시"]),
        # an estate named after its city, in one word, names the city
        ("나주혁신산업단지에 데이터센터가 들어선다.", ["전라남도 나주시"]),
        ("구미국가산업단지 5단지에 공장을 짓는다.", ["경상북도 구미시"]),
        ("당진석문국가산단 부지를 확보했다.", ["충청남도 당진시"]),
        ("광양국가산단에 입주한다.", ["전라남도 광양시"]),
        ("광주 하남산단에 실증센터를 짓는다.", ["광주광역시"]),  # an estate of the place just named
        # a port named after its city, in one word, names the city; an airline does not
        ("부산항 신항 배후단지 매립지에서 첫 삽을 떴다.", ["부산광역시"]),
        ("인천항에 물류 데이터센터를 짓는다.", ["인천광역시"]),
        ("울산신항 배후부지에 들어선다.", ["울산광역시"]),
        ("제주항공이 노선을 늘린다.", []),
        # a short name ending in its unit, then the rest of a place word: '울산시' + '장'
        ("울산시장이 말했다.", ["울산광역시"]),
        ("광주시의회 산업건설위원회 행정사무감사에서 지적했다.", ["광주광역시"]),
        ("옛 경북도청 별관을 리모델링한다.", []),  # a building, which may stand elsewhere
        ("전남도의회는 예산을 의결했다.", ["전라남도"]),
        ("부산시의원은 말했다.", ["부산광역시"]),
        ("광주시민 모두가 반겼다.", ["광주광역시"]),
        ("울산시의원들이 반대했다.", ["울산광역시"]),  # many of them
        ("전남도민들은 반겼다.", ["전라남도"]),
        ("인천항공청이 점검했다.", []),
    ],
)
def test_region_names_short_forms_and_context(sentence: str, expected: list[str]) -> None:
    assert regions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "인공지능 대전환 시대가 열렸다.",  # 대전환 is not 대전
        "세종대 연구팀이 참여했다.",  # a university, not 세종시
        "경기 침체가 이어지고 있다.",  # the economy, not 경기도
        "음성 인식 기술을 개발했다.",  # speech, not 음성군
        "예산을 확보했다.",  # a budget, not 예산군
        "동부산업단지에 입주했다.",  # 부산 inside a word
        "예산산업 지원을 늘린다.",  # a budget for industry, not an estate of 예산군
        "KAIST울산 분원",  # 울산 glued to a Latin name
    ],
)
def test_words_that_only_look_like_places(sentence: str) -> None:
    assert regions(sentence) == []


# provinces an article names plainly: 충남, 충북, 인천, 대구, 부산, 전북, 경기
ARTICLE_PROVINCES = {"4400000000", "4300000000", "2800000000", "2700000000", "2600000000", "5200000000", "4100000000"}


@pytest.mark.parametrize(
    "sentence",
    [
        "설계비 85억원이 내년 예산에 반영됐다.",
        "지역 AI 경쟁력 강화에 나선다.",
        "목표 달성을 위해 속도를 낸다.",
        "수출이 사상 최대를 기록했다.",
        "음성 인식 AI를 개발한다.",
        "1단계 사업을 완주에 가깝게 마쳤다.",
        "해외 연수는 내년에 간다.",
        "권한을 부여한다.",
        "관련 예산도 확보했다.",  # '도': also, not a province
        "디지털 역량 강화 지역 거점센터",
    ],
)
def test_everyday_words_stay_words_in_an_article_naming_their_province(sentence: str) -> None:
    assert regions(sentence, ARTICLE_PROVINCES) == []


@pytest.mark.parametrize(
    ("sentence", "province"),
    [("충남 예산 규모가 역대 최대다.", "충청남도"), ("부산시, 사상 최대 국비 확보", "부산광역시")],
)
def test_a_province_before_an_everyday_word_is_its_subject_not_its_place(sentence: str, province: str) -> None:
    assert regions(sentence, ARTICLE_PROVINCES) == [province]  # a province's budget, a city's record


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("충남 예산에 AI 센터를 짓는다.", ["충청남도", "충청남도 예산군"]),
        ("예산군은 센터를 짓는다.", ["충청남도 예산군"]),
        ("인천 강화에 데이터센터를 짓는다.", ["인천광역시", "인천광역시 강화군"]),
        ("달성군수는 환영했다.", ["대구광역시 달성군"]),
        ("충북 음성에 센터가 들어선다.", ["충청북도", "충청북도 음성군"]),
        ("완주군에 AI 실증단지가 들어선다.", ["전북특별자치도 완주군"]),
        ("음성 성본산업단지와 진천 일원에 센터를 짓는다.", ["충청북도 음성군", "충청북도 진천군"]),
        ("음성 대소면에 공장을 짓는다.", ["충청북도 음성군"]),
        ("음성·진천 AI 집적단지를 짓는다.", ["충청북도 음성군", "충청북도 진천군"]),  # a list of places
        ("홍성·예산 일대에 짓는다.", ["충청남도 홍성군", "충청남도 예산군"]),
        ("충북 진천과 음성에 짓는다.", ["충청북도", "충청북도 진천군", "충청북도 음성군"]),
        ("달성 테크노폴리스에 짓는다.", ["대구광역시 달성군"]),
        ("구리 갈매지구에 짓는다.", ["경기도 구리시"]),
        ("남동국가산업단지에 짓는다.", ["인천광역시 남동구"]),
    ],
)
def test_everyday_words_are_places_with_a_place_word_or_their_province(sentence: str, expected: list[str]) -> None:
    assert regions(sentence, ARTICLE_PROVINCES) == expected


def test_a_district_name_shared_by_cities_needs_its_city() -> None:
    assert regions("중구에서 행사가 열렸다.") == []
    assert regions("중구에서 행사가 열렸다.", {"3100000000"}) == ["울산광역시 중구"]


def orgs(sentence: str) -> list[str]:
    return [o.name for o in find_org_mentions(sentence, GAZ, REGION_NAMES)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("울산과학기술원(UNIST)과 협력한다.", ["울산과학기술원", "울산과학기술원"]),
        ("포스텍과 한동대가 참여한다.", ["포항공과대학교", "한동대학교"]),
        ("과기정통부는 28일 밝혔다.", ["과학기술정보통신부"]),
        ("경기도 스타트업 기업인 ㈜써큘러스가 개발했다.", ["써큘러스"]),
        ("제프리 추 퀀텀일레븐 대표, 징 인 엔스케일 대표 등이 참석했다.", ["퀀텀일레븐", "엔스케일"]),
        ("AI 기반시설 전문기업인 바로AI와 협약을 체결했다.", ["바로AI"]),
        ("전북연구원과 연구를 진행했다.", ["전북연구원"]),
        ("충북도교육청이 협력한다.", ["충북도교육청"]),
        ("투자사는 부산에코델타그린데이터센터PFV, 엘리스그룹이다.", ["부산에코델타그린데이터센터PFV", "엘리스그룹"]),
    ],
)
def test_organisations_by_gazetteer_and_name_form(sentence: str, expected: list[str]) -> None:
    assert orgs(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an English gloss after each name of a list
        (
            "도는 강원대학교병원(Kangwon National University Hospital), 강릉아산병원(Gangneung Asan Hospital)과 함께 시작했다.",
            ["강원대학교병원", "강릉아산병원"],
        ),
        ("의료 AI 기업 메디로직(MediLogic)이 공동 투자한다.", ["메디로직"]),
        # a university written before its hospital is the hospital's name; set apart, two bodies
        ("연세대 원주세브란스기독병원이 참여한다.", ["원주세브란스기독병원"]),
        ("참여기관은 한림대학교 성심병원이다.", ["한림대학교", "성심병원"]),  # a short hospital name keeps its owner
        ("연세대학교와 원주세브란스기독병원이 참여한다.", ["연세대학교", "원주세브란스기독병원"]),
    ],
)
def test_glosses_and_owners_written_beside_a_name_are_no_bodies_of_their_own(
    sentence: str, expected: list[str]
) -> None:
    assert orgs(sentence) == expected


@pytest.mark.parametrize(
    "sentence", ["경북도청에서 협약을 맺었다.", "구미시청 관계자가 말했다.", "각 대학이 참여한다."]
)
def test_regional_governments_and_generic_words_are_not_organisations(sentence: str) -> None:
    assert orgs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # partners listed beside a regional government or a known organisation
        (
            "전남도는 지난 2일 나주시, 한빛데이터, 그린파워와 데이터센터 투자협약을 체결했다.",
            ["한빛데이터", "그린파워"],
        ),
        ("강원도와 춘천시, 에코클라우드는 2028년까지 1조 원을 투입하기로 했다.", ["에코클라우드"]),
        # a committee named with the nouns before it
        ("사업은 앞으로 과학기술혁신본부 심의위원회 의결을 거친다.", ["과학기술혁신본부 심의위원회"]),
        ("‘대구 로봇산업 육성 추진위원회’가 출범했다.", ["대구 로봇산업 육성 추진위원회"]),
        # a centre named after its region is a body; a data centre is a facility
        ("경남정보융합센터는 기업 지원을 맡는다.", ["경남정보융합센터"]),
        ("광주 AI 데이터센터가 가동을 시작했다.", []),
        # quoted company names after their kind
        ("미국 벤처기업인 '블루 리버 랩스'(BRL)와 협의에 나섰다.", ["블루 리버 랩스"]),
    ],
)
def test_organisations_found_by_their_role_in_the_sentence(sentence: str, expected: list[str]) -> None:
    assert orgs(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "한편, 부산시는 서울, 대구와 협약을 체결했다.",  # a discourse word is no partner
        "자동차, 에너지, 헬스케어 등 산업과 협력한다.",  # industries, with no region or organisation among them
        "100억 달러(한화로 14조4250억원)를 투자한다.",  # 한화 is the currency here, not the company
        "글로벌 빅테크와 핀테크 기업을 유치한다.",  # kinds of company, not names
        "지역대학과 전문과학관이 참여한다.",  # descriptions, not names
    ],
)
def test_lists_and_words_that_are_not_organisations(sentence: str) -> None:
    assert orgs(sentence) == []


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("지역연구센터", "지역"),  # 연구센터, not 센터
        ("한국정보통신진흥공단", "한국정보통신"),  # 진흥공단, not 공단
        ("서울대학원대학", "서울"),  # 대학원대학, not 대학
        ("센터", ""),
        ("네이버", None),
    ],
)
def test_a_name_form_is_read_by_its_longest_suffix(name: str, stem: str | None) -> None:
    assert _stem_before_suffix(name) == stem


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("포항시는 국가 AI 컴퓨팅센터 유치에 속도를 낸다.", ["국가 AI 컴퓨팅센터"]),
        ("세종시가 네이버 제2데이터센터 우선협상대상자로 선정됐다.", ["네이버 제2데이터센터"]),
        ("광주시는 ‘AI 중심 산업융합 집적단지’를 조성한다.", ["AI 중심 산업융합 집적단지"]),
        ("강서구 에코델타시티에 짓는 그린데이터센터 집적단지", ["그린데이터센터 집적단지"]),
    ],
)
def test_initiative_names(sentence: str, names: list[str]) -> None:
    from etl.extract.initiatives import find_initiatives

    assert [i.name for i in find_initiatives(sentence)] == names
