"""What an organisation's name looks like, as data: the suffixes that end one, the words that
only describe, and how a candidate is cleaned and checked before it counts.

A suffix alone is evidence only where few everyday words end in it (…대학교, …진흥원, …증권).
Suffixes that also end technology and product words (…에너지, …솔루션, …클라우드) make a name
only with more evidence from the sentence (see `organisations.py`). A name needs something
distinctive before its head: '우수연구소', '정부출연연구소', '수열에너지' are descriptions.
"""

from __future__ import annotations

import re
from collections.abc import Set

from etl.extract.korean import trie_pattern

# Suffixes that end an organisation's name, with the kind of organisation they make.
STRONG_SUFFIX_TYPES: dict[str, str] = {
    "과학기술원": "university", "대학교": "university", "대학원대학": "university", "대학": "university",
    "연구원": "research_institute", "연구소": "research_institute", "연구센터": "research_institute",
    "진흥원": "agency", "진흥공단": "agency", "공사": "agency", "공단": "agency", "재단": "agency",
    "사업단": "agency", "테크노파크": "agency", "산학융합원": "agency", "교육청": "agency",
    "과학관": "agency", "혁신원": "agency", "평가원": "agency", "관리원": "agency", "센터": "agency",
    "개발청": "agency", "환경청": "agency", "관리청": "agency", "자유구역청": "agency", "투자청": "agency",
    "벤처기업청": "agency", "우정청": "agency", "노동청": "agency", "해양수산청": "agency", "국세청": "agency",
    "조달청": "agency", "병무청": "agency", "경찰청": "agency", "식약청": "agency", "보훈청": "agency",
    "기상청": "agency", "통계청": "agency",
    "병원": "other", "캠퍼스": "company",
    "협회": "association", "연합회": "association", "협의회": "association", "상공회의소": "association",
    "위원회": "committee",
    "컨소시엄": "company", "증권": "company", "은행": "company", "전자": "company", "중공업": "company",
    "건설": "company", "산업개발": "company", "파트너스": "company", "인베스트먼트": "company",
    "캐피탈": "company", "PFV": "company", "홀딩스": "company", "시스템즈": "company",
    "자산운용": "company", "리츠운용": "company", "투자운용": "company", "자산신탁": "company",
    "엔지니어링": "company", "건축사사무소": "company", "이앤씨": "company", "씨앤씨": "company", "이앤지": "company",
    "이엔지": "company", "디엔디": "company", "디앤디": "company", "물산": "company", "지노믹스": "company",
    "테크놀로지": "company", "테크놀로지스": "company", "로보틱스": "company", "네트웍스": "company",
    "커뮤니케이션즈": "company", "텔레콤": "company", "일렉트릭": "company", "바이오로직스": "company",
    "케미칼": "company", "머티리얼즈": "company", "인더스트리": "company",
}  # fmt: skip
# Suffixes that also end technology, product and field words: a name only with more evidence.
WEAK_SUFFIX_TYPES: dict[str, str] = {
    "에너지": "company", "솔루션": "company", "솔루션즈": "company", "클라우드": "company",
    "소프트": "company", "테크": "company", "시스템": "company", "코리아": "company", "그룹": "company",
    "모빌리티": "company", "랩스": "company", "글로벌": "company",
}  # fmt: skip
SUFFIX_TYPES: dict[str, str] = {**STRONG_SUFFIX_TYPES, **WEAK_SUFFIX_TYPES}
# Suffixes written as their own word after the name: 'Empyrion DC 컨소시엄', '시드인베스트먼트 자산운용'.
DETACHED_SUFFIXES = frozenset({"컨소시엄", "PFV", "자산운용", "리츠운용", "투자운용", "자산신탁"})
# Places and projects that end like a body: a centre or campus is an organisation only when
# named after its region and not after what it houses ('데이터센터', '혁신센터').
FACILITY_SUFFIXES = frozenset({"센터", "캠퍼스"})
FACILITY_WORDS = re.compile(
    r"(?:데이터|컴퓨팅|혁신|지원|연구|체험|전시|교육|실증|컨벤션|물류|스마트|AI|인공지능)(?:센터|캠퍼스)$"
)

# Words that describe rather than name: a name made only of these before its suffix is no name
# ('우수연구소', '정부출연연구소', 'AI연구소', '수열에너지', '냉난방에너지', '지역대학').
DESCRIPTOR_WORDS = frozenset({
    "지역", "전문", "데이터", "연구", "국내", "해외", "관련", "공공", "민간", "산학", "부설", "첨단", "국공립",
    "사립", "지방", "거점", "협력", "참여", "중소", "대형", "신설", "해당", "유관", "산하", "협약", "인근",
    "우수", "대학", "정부", "출연", "기업", "국책", "국가", "기술", "혁신", "종합", "전략", "미래", "차세대",
    "신규", "기존", "글로벌", "세계", "국제", "선도", "주요", "핵심", "융합", "응용", "기초", "원천", "산업",
    "공동", "통합", "디지털", "스마트", "바이오", "반도체", "소재", "부품", "장비", "에너지", "환경", "기후",
    "의료", "헬스케어", "로봇", "자율주행", "모빌리티", "클라우드", "빅데이터", "소프트웨어", "SW", "ICT",
    "IT", "AI", "인공지능", "정보", "통신", "전자", "전기", "기계", "화학", "재료", "신재생", "재생", "청정",
    "친환경", "수소", "태양광", "태양", "풍력", "수열", "지열", "냉난방", "난방", "냉방", "분산", "물", "열",
    "전력", "원자력", "그린", "녹색", "탄소", "해양", "우주", "항공", "농업", "식품", "문화", "콘텐츠",
    "교육", "인재", "창업", "벤처", "스타트업", "중견", "대기업", "외국", "외국계", "다국적", "빅테크", "테크",
    "플랫폼", "제조", "생산", "물류", "유통", "금융", "투자", "건설", "개발", "설계", "운영", "관리", "지원",
    "서비스", "시스템", "네트워크", "보안", "양자", "초거대", "생성형", "소버린", "엣지", "대규모", "초대형",
    "소형", "중형", "민관", "산업체", "학계", "데이터센터", "센터", "시립", "도립", "국립", "사설",
    "개인", "가상", "실증", "시범", "특화", "대표", "각종", "여러", "다른", "같은", "자체",
    "스마트팩토리", "팩토리", "공장",
    "솔루션", "그룹", "코리아", "연구개발", "R&D", "정책", "K", "한국형", "지능형", "자동화", "무인",
    "워킹", "태스크포스", "TF", "투자사", "운용사", "시행사", "자회사", "계열사", "협력사", "투자형", "추진",
    "입주", "유치", "육성", "조성", "구축", "선정", "모집", "확보", "창출", "일자리", "나머지", "우리나라",
    "도내", "시내", "군내", "관내", "역내",  # within the province or city: '…(JDC), 도내 기업들과 협약'
})  # fmt: skip
# Words that take an organisation's form but name no one organisation.
GENERIC_NAMES = frozenset({
    "지방대학", "각 대학", "지역 대학", "국내 대학", "해외 대학", "전문대학", "주요 대학", "운영위원회",
    "추진위원회", "분과위원회", "심사위원회", "평가위원회", "선정위원회", "자문위원회", "실무위원회",
    "조정위원회", "지역개발조정위원회", "이차전지", "기관", "업체", "회사", "정부", "공동", "현장",
    # kinds of investor: '나머지는 재무적투자자(FI) 컨소시엄이 댄다'
    "재무적투자자", "전략적투자자", "재무적 투자자", "전략적 투자자", "투자자", "투자사", "출자자",
    # a project's bare head, listed the way parties are ('입주 기업은 … 허브에 설치되는 …'): the project, no party
    "허브", "센터", "클러스터", "캠퍼스", "단지", "펀드", "거점", "플랫폼", "밸리", "특구", "데이터센터",
})  # fmt: skip
# What a project goes through or what a party does, listed the way parties are ('하반기 착공, 2028년
# 가동', '경남TP 주관, 전기연·창원대 참여'): no organisation.
EVENT_WORDS = frozenset({
    "착공", "준공", "완공", "가동", "개소", "개관", "개원", "개교", "착수", "선정", "지정", "협약", "체결",
    "주관", "참여", "운영", "지원", "감면", "면제", "특례", "혜택", "유치", "투자", "출자", "설립", "이전",
})  # fmt: skip
# Taxes listed among a zone's benefits ('법인세·소득세 감면, 상속세 과세특례').
TAX_WORD = re.compile(r"^(?:법인|소득|상속|증여|지방|취득|재산|부가가치|부가|양도소득|종합부동산|관|국)세$")
# A verb's connective form that ends a clause in a list ('인력을 길러내고, NIPA는 …'), besides those
# of VERB_ENDING: a verb's stem and '고' (not a school: '서울로봇고', '선린인터넷고').
_CONNECTIVE_GO = re.compile(
    r"(?:내|맡|짓|열|돕|키우|만들|갖추|이끌|늘리|높이|세우|모으|펼치|나서|받|주|두|쓰|살리|넓히|잇|끌|넣|밝히|알리|"
    r"거치|마치|맺|잡|찾|꾸리|돌리|옮기|바꾸|줄이|보내|들이|올리|내리|나누|더하)고$"
)
# Countries: a list's item that names one ('그린웨이브에너지, 미국 투자사 …') is no organisation.
COUNTRY_NAMES = frozenset({
    "미국", "영국", "일본", "중국", "독일", "프랑스", "싱가포르", "대만", "캐나다", "호주", "네덜란드", "스웨덴",
    "핀란드", "덴마크", "노르웨이", "아일랜드", "이스라엘", "인도", "홍콩", "스위스", "이탈리아", "스페인", "베트남",
    "사우디", "사우디아라비아", "아랍에미리트", "UAE", "한국", "대한민국",
})  # fmt: skip
# A candidate that opens with one of these is a description ('이번 컨소시엄', '국내 대학').
GENERIC_HEADS = re.compile(
    r"^(?:이번|해당|관련|각|양|두|세|네|기존|신규|주요|지역|국내|해외|국내외|전국|민간|공공|국립|시립|도립|기타|"
    r"다른|같은|이|그|이들|여러|모든|일부|한|본)\s"
)
# Industries and fields listed the way companies are ('반도체, 바이오 등 기업'): never a name.
FIELD_WORDS = DESCRIPTOR_WORDS | frozenset({
    "자동차", "헬스", "게임", "방송", "미디어", "관광", "조선", "철강", "석유화학", "이차전지", "배터리",
    "디스플레이", "드론", "메타버스", "블록체인", "핀테크", "통신사", "건설사", "제조사", "금융사", "증권사",
    "은행권", "공기업", "학교", "병원", "대학교", "연구기관", "공공기관", "지자체", "정부부처", "중앙부처",
    "유지보수", "유지관리", "운영관리", "시공", "설비", "인력",  # services listed: '유지보수·보안 서비스에 참여'
})  # fmt: skip
# What follows '기업' when it is no company's name: what companies get, do or are ('중소 기업
# 지원사업', '해당 기업 관계자들', '제조 기업 디지털전환', '기업 입주공간'), or a word with its case
# ending before a comma ('기업 입주공간을, …').
COMPANY_TOPIC_ENDINGS = re.compile(
    r"(?:사업|전환|관계자들?|들|생태계|경쟁력|수요|성장|이전|입주|참여율?|비율|규모|지원|유치|육성|투자|활동|현황|화|공간|조사|방안|환경|정책"
    r"|실적|기간|사항|박람회|양성|진출|부지|결과|인센티브|절차|공고|공모|모집|선정|클러스터|지구|펀드|단지|센터|전용|"
    r"을|를|의|에)$"
)
# Titles of people: an item holding one names a person ('김장호 구미시장'), not an organisation.
PERSON_TITLES = re.compile(
    r"(?:대표|대표이사|사장|부사장|회장|부회장|이사장|원장|총장|부총장|학장|지사|부지사|시장|군수|구청장|장관|차관|"
    r"의원|위원장|청장|본부장|센터장|단장|소장|교수|박사|국장|과장|실장|부장|팀장|상무|전무|이사|관계자|기자|"
    r"창업주|창립자|설립자|대통령|총리)$"
)
# Words ending a clause or carrying a case particle: no name runs through them.
CLAUSE_WORD = re.compile(
    r"(?:을|를|은|는|에서|에게|으로|하는|하고|했다|한다|하며|된|되는|되며|이며|이고|에는|까지|부터|의|에|"
    r"했고|하겠다|할|될|위한|통해|대한|따라|따른)$"
)
# Particles and copulas a found name may carry ('엘리스그룹이다', '대우건설과', '탑솔라 등').
TRAILING_PARTICLE = re.compile(
    r"(?:\s*등(?:이|은|과|의|을|도)?|이다|입니다|이며|이고|으로|에서|에게|와의|과의|이|가|은|는|을|를|의|와|과|도|"
    r"에|로|측)$"
)
# A unit inside an organisation ('KT 클라우드본부', '한국전력 광주전남본부', '해안건축 부문'): the
# organisation is the one it belongs to, not a second one.
DEPARTMENT_HEAD = re.compile(r"(?:본부|부문|사업부|지사|지점|분원|사업소)$")
# Endings of verbs and adverbial phrases: a word ending so closes a clause, it names nothing
# ('체결했으며', '해결하고', '했지만', '들어', '것이며').
VERB_ENDING = re.compile(
    r"(?:[가-힣]며|[했됐였겠었았]고|하고|되고|지만|는데|면서|해서|들어|통해|위해|따라|대해|관해|함께|비롯해|"
    r"포함해|했다|한다|된다|됐다|이다|하여|하게|하는|오는"
    r"|고요|어요|아요|해요|돼요|죠|습니다|니다|는데요|거든요|네요)$"  # spoken: '…테크노파크가 맡고요, …'
)
# Case particles that end a word inside a clause ('데이터센터가,', '강진군에는'): not a listed name.
CASE_ENDING = re.compile(r"(?:가|를|을|는|은|에|에서|에는|로|으로|의|와|과|께서)$")
AMOUNT_OR_COUNT = re.compile(r"\d[\d,.]*\s*(?:억|조|만|천|원|%|개|명|곳|MW|㎿|㎡|평|년|월|일|가구|차|단계|호)")
_COMPANY_MARKS = re.compile(r"㈜|\(주\)|주식회사\s?")
_GLOSS = re.compile(r"\([^)]*\)")
_QUOTES = "‘’'“”\"「」『』<>《》"
_BULLETS = "▲△■□●○◆◇▶▷-※*"
_PERSON_NAME = re.compile(
    r"^(?:김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|유|전|홍|고|문|양|손|배|백|허|남|심|노|하|곽|"
    r"성|차|주|우|구|민|진|나|지|엄|채|원|천|방|공|현|함|변|염|여|추|도|소|석|선|설|마|길|연|위|표|명|기|반|라|"
    r"왕|금|옥|육|인|맹|제|모|탁|국|어|은|편|용|예|경|봉|사|부)[가-힣]{1,2}$"
)
_LATIN = re.compile(r"[A-Za-z]")
_ANONYMISED = re.compile(r"[A-Z]{1,2}\s?(?:사|社|기업|업체)")  # 'A사', 'B기업': a company left unnamed
_HANGUL = re.compile(r"[가-힣]")
_DIGITS_AND_MARKS = re.compile(r"[\d\s·&\-.]+")
_DESCRIPTOR_PATTERN = re.compile("(?:" + trie_pattern(DESCRIPTOR_WORDS) + r"|[\s&·])+")
_SUFFIX_LENGTHS = sorted({len(s) for s in SUFFIX_TYPES}, reverse=True)
_GOVERNMENT_OFFICE = re.compile(r"(?:청|시청|도청|군청|구청)$")


def clean_name(raw: str, particles: bool = True) -> str:
    """The name without company marks, glosses, quotes, bullets, or the particles it carries.

    Particles are stripped only where one can stand (`particles`): an item followed straight by a
    comma carries none, so '아이피에이,' keeps its last syllable."""
    name = _GLOSS.sub("", _COMPANY_MARKS.sub("", raw)).strip().strip(_QUOTES + _BULLETS + " ")
    for _ in range(2 if particles else 0):  # '탑솔라 등이' → '탑솔라 등' → '탑솔라'
        bare = TRAILING_PARTICLE.sub("", name).strip()
        if len(bare) < 2 or bare in SUFFIX_TYPES:
            break
        name = bare
    return name.strip(_QUOTES + " ·-")


def stem_before_suffix(name: str) -> str | None:
    """What comes before the longest name-form suffix the name ends with ('지역' in '지역연구센터')."""
    for length in _SUFFIX_LENGTHS:
        if name[-length:] in SUFFIX_TYPES:
            return name[:-length]
    return None


def is_descriptive(stem: str) -> bool:
    """The words before a suffix only describe ('정부출연', 'AI', '수열', '지역'): no name stands there."""
    return _DESCRIPTOR_PATTERN.fullmatch(stem) is not None or not stem.strip()


def looks_like_person(word: str) -> bool:
    """A Korean personal name: two or three syllables opening with a common surname ('이현호')."""
    return _PERSON_NAME.match(word) is not None


def is_plausible_name(name: str, region_names: Set[str], marked: bool = False) -> bool:
    """A cleaned candidate that could name one organisation: not a description, a region, a person's
    title, an amount, a clause or a department. A name marked as a company (㈜, its chief named)
    may be made of describing words ('그린에너지솔루션㈜')."""
    if len(name) < 2 or len(name) > 40 or name in GENERIC_NAMES or GENERIC_HEADS.match(name):
        return False
    if _DIGITS_AND_MARKS.fullmatch(name) or AMOUNT_OR_COUNT.search(name):
        return False
    words = name.split()
    if VERB_ENDING.search(words[-1]) or DEPARTMENT_HEAD.search(name):
        return False
    if len(words) > 4 or any(CLAUSE_WORD.search(w) for w in words[:-1]) or PERSON_TITLES.search(words[-1]):
        return False
    if name in FIELD_WORDS or name in COUNTRY_NAMES or name in EVENT_WORDS or _ANONYMISED.fullmatch(name):
        return False
    if TAX_WORD.match(name) or (_CONNECTIVE_GO.search(name) and len(words) == 1):
        return False
    if name + "도" in region_names:
        return False  # '강원특별자치' of '강원특별자치도와': the province, its ending read as a particle
    if not marked:
        if is_descriptive(name):
            return False
        stem = stem_before_suffix(name)
        if stem is not None and is_descriptive(stem):
            return False
    bare = _GOVERNMENT_OFFICE.sub("", name)
    if len(words) > 1 and all(w in region_names for w in words):
        return False  # '경북 구미', '충남 천안시': a place written with its province
    return bare not in region_names and name not in region_names


def has_latin(text: str) -> bool:
    return _LATIN.search(text) is not None


def has_hangul(text: str) -> bool:
    return _HANGUL.search(text) is not None
