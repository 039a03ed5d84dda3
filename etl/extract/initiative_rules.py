"""Rule tables for finding initiatives: the words that head a name, and those that end one.

Kept as data, apart from the code that reads them (`etl.extract.initiatives`), so a new head
noun or a new verb ending is one line here and one test case. Every table says what it is for.
"""

from __future__ import annotations

import re

from etl.extract.korean import PHASE_OPENS_CLAUSE

# The initiative types, declared once (etl.vocabulary re-exports them for dbt and the reports).
INITIATIVE_TYPES: tuple[str, ...] = (
    "cluster",  # 집적단지, 클러스터, 밸리, 테크시티: a district of many facilities
    "data_centre",  # one data centre, or a complex of them
    "computing_centre",  # a (national) AI computing centre
    "special_zone",  # 특구, 선도지구, 혁신지구: a legally designated zone
    "hub",  # 거점, 혁신거점, 허브
    "programme",  # a named project, strategy or vision (사업, 프로젝트, 전략, 비전)
    "fund",  # 펀드
    "education",  # 영재학교, 사관학교, 캠퍼스, 아카데미
    "mou",  # an agreement that names no project of its own
    "other",  # other named facilities (…센터)
)

# Head nouns that end an initiative's name, and the type each gives. Longest forms first is
# not needed: the pattern is a trie, which prefers the longest head at each position.
# An estate designated for an industry is a project ('나주 AI 특화 산업단지'), an AI one only when the industry is AI
# (not '화순 백신 특화산단'): a cluster, and no site it stands in.
# So is a complex built as a project ("'AI 애그리푸드 융복합단지'를 조성", "'AI 스마트농업 거점단지' 공모"), an AI one
# only when its name says AI (not '물류 융복합단지'; a facility's '테스트베드 복합단지' is that facility).
AI_ESTATE_HEADS = frozenset({
    "특화 산업단지", "특화산업단지", "특화산단", "특화 산단", "융복합단지", "거점단지",
    "전용 산업단지", "전용산업단지", "전용 산단", "전용산단",  # 'AI 전용 산업단지': an estate built for AI firms
})  # fmt: skip
HEAD_TYPES: dict[str, str] = {
    "집적단지": "cluster",
    "클러스터": "cluster",
    "밸리": "cluster",
    "테크시티": "cluster",
    "실증단지": "cluster",
    "연구단지": "cluster",  # "'양자·AI 융합연구단지'": a research complex built as a project (not 대덕연구단지, a place)
    "콤플렉스": "cluster",  # '대전 퀀텀AI 콤플렉스'
    "특화단지": "cluster",  # '첨단3지구 AI 반도체 특화단지': a designated complex
    **dict.fromkeys(AI_ESTATE_HEADS, "cluster"),
    "데이터센터": "data_centre",
    "데이터 센터": "data_centre",
    "데이터센터 파크": "data_centre",  # a park of data centre buildings ('파로호 AI 데이터센터 파크'), not '테크노파크'
    "데이터센터파크": "data_centre",
    "IDC": "data_centre",
    "클라우드센터": "data_centre",  # 'AI 클라우드센터': a data centre that rents its computing
    "클라우드 센터": "data_centre",
    "AIDC": "data_centre",
    "AI DC": "data_centre",  # 'SK AI DC 울산', 'AI DC 착공식'
    "컴퓨팅센터": "computing_centre",
    "컴퓨팅 센터": "computing_centre",
    "특구": "special_zone",
    "선도지구": "special_zone",
    "투자선도지구": "special_zone",
    "혁신지구": "special_zone",
    "특화지구": "special_zone",
    "시범운행지구": "special_zone",  # "'AI 모빌리티 시범운행지구'": a designated zone for self-driving pilots
    "혁신거점": "hub",
    "거점": "hub",
    "허브": "hub",
    "허브센터": "hub",  # 'AI허브센터' is the hub's building: one project with '대전 AI 허브'
    "허브 센터": "hub",
    "센터": "other",
    "테스트베드": "other",  # 'AI 스마트공장 테스트베드': a shared test facility
    "영재학교": "education",
    "사관학교": "education",
    "캠퍼스": "education",
    "아카데미": "education",
    "부트캠프": "education",  # "'AI 스프린트 부트캠프' 3기": an intensive course run year after year
    "대학원": "education",  # '해양AI대학원', 'AI 융합혁신대학원': a school a programme funds (an AI word required)
    "펀드": "fund",
    "프로젝트": "programme",
    "사업": "programme",
    "비전": "programme",
    "전략": "programme",
    "대전환": "programme",
    # a city's or province's plan with its own budget ("'서울 AX(인공지능 전환) 2030 종합계획'을 발표")
    "종합계획": "programme",
    "기본계획": "programme",
    "마스터플랜": "programme",
    "협약": "mou",
    "업무협약": "mou",
    "투자협약": "mou",
    "양해각서": "mou",
    "투자양해각서": "mou",
    "MOU": "mou",
    "MOA": "mou",
}

# Heads that name an initiative only inside quotes, with an AI word in the name: a programme's
# named facility ("김제에 '농생명 AI 실증 플랫폼'을 조성한다", "'오송 바이오 AI 랩'을 세운다"); unquoted
# they are software or a room ('AI 플랫폼을 도입', '연구실 랩').
QUOTED_HEADS: dict[str, str] = {
    "플랫폼": "other",
    "네트워크": "other",  # "'의료 AI 거점병원 네트워크'": hospitals joined by AI, a programme's named network
    "랩": "other",
    "리빙랩": "other",
    "팩토리": "other",
    # a programme's quoted name ("'충북 바이오 AX 실증 프로그램'이 선정됐다"); unquoted, any course or scheme ('교육 프로그램')
    "프로그램": "programme",
}
# …of those, the things built: a programme to build one is it ('스마트팜 AI 통합플랫폼 구축사업'), and a quote right
# after one names it ("스마트팜 AI 통합플랫폼 '팜AI 충남'").
BUILT_QUOTED_HEADS = frozenset(h for h, kind in QUOTED_HEADS.items() if kind == "other")
BUILT_QUOTED_HEAD_PATTERN = "|".join(sorted(BUILT_QUOTED_HEADS, key=len, reverse=True))
# …but a grant to many ('중소기업 AI 스마트팩토리 구축 지원사업') builds no one platform or factory.
GRANT_WORDS = re.compile(r"지원|기업|농가|중소|소상공인|업체|바우처")
# …and a product a government takes up ("생성형 AI 플랫폼 '챗GPT'를 도입") is no project of its own.
ADOPTED_AFTER = re.compile(r"\s*(?:을|를)\s*(?:[^\s.]+\s+){0,3}?(?:도입|활용|이용|사용|구독|적용|구매)")
# A noun that names a project only right after a quoted name with an AI word, where the task's own money follows: a
# ministry's programme's tasks ("'섬유소재 AX 전환' 과제로 85억원", "과제에 국비 40억원"); alone it is any task
# ('과제도 있다'), and a policy agenda or a research grant so named is none ("'AI 기본사회' 과제를 발표", "'…' 과제에
# 선정돼").
AFTER_QUOTE_HEADS: dict[str, str] = {"과제": "programme"}
AFTER_QUOTE_HEAD = re.compile(
    r"\s*(?P<head>" + "|".join(AFTER_QUOTE_HEADS) + r")(?:로|으로|에|에는)\s*"
    r"(?:국비\s*|총\s*|약\s*|모두\s*|올해\s*|연간\s*|(?:가장\s*)?(?:많은|적은|큰)\s*|\d+\s*년간\s*)*\d"  # '과제에 가장 많은 240억원'
    # …or the task a call chose: "'…' 공모에 '디지털트윈 AI 관광섬 제주' 과제가 최종 선정됐다" (not "과제에 선정돼")
    r"|\s*(?P<chosen>" + "|".join(AFTER_QUOTE_HEADS) + r")(?:가|이)\s*(?:최종\s*)?(?:선정|뽑히|뽑혔|채택)"
)
# …and a place's task as the topic opening a sentence of a national list: '울산 과제는 태화오토텍이 주관해 …', '아산
# 과제에는 … 국비 95억원이 들어간다' (each place's project of a ministry's programme, named by its place).
PLACE_TASK_OPENING = re.compile(
    r"^\s*(?P<place>[가-힣]{2,5})\s+(?P<head>" + "|".join(AFTER_QUOTE_HEADS) + r")(?:는|은|에는|에선|도)\s"
)
# …when the sentence says what the task does or gets (not '울산 과제는 전력과 용수다', '… 이행하는 것이다': a challenge).
PLACE_TASK_IS_A_CHALLENGE = re.compile(r"것이다\.?\s*$")
PLACE_TASK_CONTENT = re.compile(
    r"주관|수행|맡아|맡는|맡았|국비|도비|시비|지원(?:된|받|한다)|투입|들어간|배정|구축하|도입하|실증하"
    r"|\d\s*(?:억|조)|사업비|예산|규모|개발|적용|자동화"  # what it costs or builds: '…자동화로, 3년간 120억원 규모다'
)
# …and heads that do so only when they close the quotes themselves: "광주 'AI 융합 실증 인프라' 287억원" (not
# "'바이오 특화 AI 컴퓨팅 인프라 구축사업'", a programme's name).
QUOTED_CLOSING_HEADS: dict[str, str] = {
    "인프라": "other",
}

# A fund's numbered vintage, named by its number alone: '3호 펀드', '2호 펀드까지' (one close of the article's fund).
FUND_VINTAGE = re.compile(r"(?:^|\s)\d{1,2}\s*호\s*펀드$")

# …or a fund money is put into, as the article's fund's part: '… 해외 매칭 펀드에 배정할 계획', '… 펀드에 출자한다'.
FUNDED_FROM_AFTER = re.compile(r"[’'”\"」』]?\s*(?:에|으로|로)\s*(?:배정|배분|출자|재투자)")

# Kinds of centre whose full head a bare '센터' shortens ('AI센터' for '… AI 컴퓨팅센터').
CENTRE_TYPES = frozenset({"computing_centre", "data_centre"})

# Heads of a place that is built ('…센터', '클러스터', '거점', '특구'): not a programme, an agreement or a fund.
FACILITY_HEADS = re.compile(
    "|".join(sorted((h for h, t in HEAD_TYPES.items() if t not in ("programme", "mou", "fund")), key=len, reverse=True))
)
# A noun a sentence points at a project with, built or run: '이 클러스터', '해당 사업', '후속 펀드'.
PROJECT_NOUN = r"(?:" + FACILITY_HEADS.pattern + r"|사업|펀드|프로젝트)"

# A head of the cluster kind whose name holds a data-centre word is a data-centre complex
# ('그린데이터센터 집적단지', 'AI 데이터센터 클러스터').
DATA_CENTRE_WORDS = re.compile(r"데이터\s?센터|IDC|AIDC")
# A campus is a school's or a data centre's: operators call their data-centre sites campuses
# ('하버라인 청라 AI 캠퍼스', '대불 AI 캠퍼스'). One named after data centres is one ('AI 데이터센터
# 캠퍼스'); one in an article about data centres is one too, unless its name or its sentence
# speaks of teaching ('AI 인재 캠퍼스', '… 캠퍼스에서 교육을 받는다').
CAMPUS_HEAD = "캠퍼스"
TEACHING_WORDS = re.compile(
    r"교육|인재|대학|학교|아카데미|영재|연수|창업|스쿨|러닝|학습|배움|강의|수강|교육생|학생|양성|청년|개발자|"
    r"키우|키운|키울|훈련|과정|수업|스타트업|보육|인큐베이"  # a startup campus grows companies: 'AI 스타트업 캠퍼스'
)
# A cluster of processors is a computing centre, not a district: 'AI 학습용 GPU 클러스터'.
COMPUTING_WORDS = re.compile(
    r"(?:GPU|NPU|HPC|H100|H200|B200|서버|슈퍼컴퓨터|슈퍼컴퓨팅|컴퓨팅|연산|가속기)"
    r"(?:\s?[\d,.]+\s?[만천]?\s?(?:장|대|개)(?:\s?규모)?)?(?:\s(?:실습|학습|추론|공용|공동|전용|기반))?\s?$"
)

# Heads that wrap another initiative: a project or an agreement named after a facility is
# about that facility ('집적단지 조성사업', 'AI 허브 구축 양해각서').
WRAPPER_TYPES = frozenset({"programme", "mou"})
# …only when what stands between says what is done to it ('조성지원 시범사업', '구축 양해각서') or is the
# complex it stands in ('테스트베드 복합단지 조성사업'); words of a name between ('지역거점 AX 혁신 선도사업') make
# the programme a name of its own.
WRAPPER_BETWEEN = re.compile(
    r"[’'”\"」』]?\s*(?:\([^()]*\))?(?:\s*(?:[가-힣]*(?:조성|구축|건립|건설|유치|추진|지원|설립|운영|고도화|확충|확대|활성화|육성)"
    r"(?:을|를|의|에)?|(?:복합)?단지|시범|선도|실증|본|업무|투자|협력|상호|공동|위한|위해|관련|관한|대한|\d\s*(?:단계|차)|변경|수정|연장|갱신)(?:\([^()]*\))?"
    r"[’'”\"」』]?)*\s*"  # "'AI 융합 제조혁신 집적단지 2단계' 사업"
)

# Heads that, alone ('데이터센터가 들어선다'), still point at an initiative the article names
# elsewhere or by its place; other heads alone ('사업', '센터', '거점') mean nothing in particular.
LONE_HEADS = frozenset(
    {
        "데이터센터",
        "데이터 센터",
        "컴퓨팅센터",
        "집적단지",
        "연구단지",
        "클러스터",
        "AIDC",
        "AI DC",
        "IDC",
        "시범운행지구",
    }
)

# Heads of a plan that, named after a company, are that company's business, not a regional
# initiative: "SKT 'AI DC 지역 분산 전략'", '네이버 클라우드 비전'.
COMPANY_PLAN_HEADS = frozenset({"전략", "비전"})

# Heads whose name may carry an amount ('5000억 펀드').
HEADS_NAMED_BY_AMOUNT = frozenset({"펀드"})

# Heads whose names must show what they are about: a project, strategy or centre is an AI
# initiative only when its name says so ('AI기반 농생명 3대 사업', not '글로벌 역량 강화 사업').
TOPIC_REQUIRED_TYPES = frozenset({"programme", "education", "mou"})
# Types an article reports only under a name of their own: '융합연구혁신센터' is one, 'AI 사업' is not.
NAME_REQUIRED_TYPES = frozenset({"programme", "education", "mou", "other", "fund"})
_AI_TOPICS = (
    r"AI|A\.I|인공지능|에이아이|AX|데이터|디지털|컴퓨팅|클라우드|지능|ICT|SW|소프트웨어|메타버스|"
    r"빅데이터|스마트시티|피지컬|초거대|생성형|GPU|슈퍼컴"
)
TOPIC_WORDS = re.compile(_AI_TOPICS + r"|반도체|로봇|자율주행")
# 'X 기반': X is what a thing runs on or is built around, a kind, not a name ('재생에너지 기반 센터').
BASED_ON_WORDS = frozenset({"기반", "기반의"})
# …unless the base is what is built: '실증 기반 구축 사업', '산업융합 기반 조성'.
BUILDING_VERBS = frozenset({"구축", "조성", "마련", "확충", "강화", "구축사업", "조성사업", "확립"})
# A cluster, a centre or a fund of another industry is no AI initiative unless its name says AI
# ('SK하이닉스 반도체 클러스터', '송도 바이오클러스터', '완주 로컬푸드 가공센터', '우주산업 펀드';
# but 'AI 반도체 실증 클러스터', 'AI 헬스케어 센터', '바이오 AI 펀드').
INDUSTRY_SENSITIVE_TYPES = frozenset({"cluster", "other", "fund"})
AI_TOPIC_WORDS = re.compile(_AI_TOPICS)
OTHER_INDUSTRIES = re.compile(
    r"반도체|바이오|디스플레이|식품|이차전지|2차전지|배터리|자동차|오토|조선|철강|석유화학|화학|섬유|제약|"
    r"의료기기|나노|항공|우주|방산|원전|원자력|수소|"
    r"의생명|생명과학|헬스케어|의약|물류|관광|농식품|뿌리산업|세라믹|탄소|금속|기계산업|해양|수산|스마트팜|"
    r"로컬푸드|푸드|농산물|축산물|수산물|그린뉴딜|신재생|재생에너지|태양광|풍력"
    # …and the venues a story names as where things happen: '창원컨벤션센터', '디지털로 지식산업센터'
    r"|컨벤션|지식산업|행정복지|주민|문화|체육|아트|전시|프레스"
)

# Words that make a quoted phrase a description, not a name: '"동해안 첫 대형 데이터센터"', '"국내
# 유일의 AI 허브"' (read as plain text, the name is what follows them).
QUOTED_DESCRIPTION_WORDS = frozenset(
    {
        "첫",
        "최초",
        "최초의",
        "유일",
        "유일한",
        "유일의",
        "이",
        "그",
        "이번",
        "해당",
        "국내",
        "최대",
        "최고",
        "1위",
        "세계적",
        "세계적인",
    }  # a rank: "'세계 1위 허브' 지킬 수 있나"
)

# Words that never belong to a name: determiners, adverbs, time words and bound nouns that sit
# before a head ('이들 센터', '올해 사업', '국내 첫 센터', '클러스터 내 데이터센터').
STOP_WORDS = frozenset(
    {
        "이", "그", "저", "이번", "해당", "관련", "또", "또한", "특히", "한편", "올해", "내년", "현재", "앞서",
        "내년도", "올해도", "금년", "금년도", "작년", "전년", "전년도", "이듬해", "후속", "그리고", "그러나", "하지만",
        "향후", "이들", "각", "각각", "모든", "여러", "수", "것", "등", "및", "또는", "중", "내", "급", "함께",
        "가운데", "대상", "국내", "첫", "최초", "최초의", "이른바", "일명", "신규", "기존", "당초", "본", "총",
        "약", "전체", "모두", "이후", "이어", "아울러", "나아가", "먼저", "우선", "바로", "곧", "새", "새로",
        "다른", "별도", "별도의", "기타", "위", "아래", "이와", "별개", "별개의", "지난해", "최근", "당시",
        "이하", "유일", "유일한", "가칭", "안", "밖", "인근", "주변", "옆", "대신", "만큼",
        # what a name is called, never part of it: '(정식 명칭 해양AI융합센터)'; per-kind words: '분야별 거점'
        "정식", "공식", "명칭", "정식명칭", "공식명칭", "이름", "사업명", "과제명", "시설명",
        "분야별", "지역별", "권역별", "광역권별", "업종별", "산업별", "시도별", "시군별", "단계별", "기업별", "부처별",
        # counts of the things named before: '두 센터', '세 곳', '양 센터'
        "두", "세", "네", "다섯", "양", "한", "몇",
        # time words and adverbs of time: when something happens, never what it is
        "연내", "연말", "연초", "연중", "상반기", "하반기", "올", "이달", "내달", "오는", "지난", "다음", "달",
        "조만간", "당분간", "매년", "해마다", "그간", "그동안", "이미", "아직", "다시", "계속", "앞으로",
        "추후", "지금", "오늘", "본격", "장차", "뒤", "후", "전", "직후", "이전", "실제", "실제로",
        # a headline's verb left as a noun before what it is done to: '1조2천억 투입 제주 … 데이터센터'
        "투입",
        # sizes compared: '부산에서 두 번째로 큰 데이터센터', '가장 작은 센터'
        "큰", "작은", "가장", "세계적", "세계적인", "1위",
        # any one of a kind: '보통 센터의 절반' (ordinary ones, no project; not '일반', as in '일반 산업단지')
        "보통", "기존의", "여느",
        # adverbs of manner and order: '처음 센터 구상을 내놓은', '곧장 데이터센터로 보내는'
        "처음", "곧장", "직접", "다만", "더", "또다시", "결국", "마침내", "드디어", "비로소", "오히려", "모처럼",
        "지난달", "이번달", "다음달", "지난주", "이번주", "다음주", "이날", "전날", "당일", "어제", "내일", "그날",
        # joining words and 'no longer': '반면 데이터센터 부문 매출은', '더 이상 대형 데이터센터 부지를'
        "반면", "반대로", "이상", "미만", "대신에", "역시",
        # whose it is, said of the company just named: '국내에 자체 데이터센터를 짓는 것은 처음'
        "자체", "자체의", "자사", "자사의",
    }
)  # fmt: skip

# …or a complex the project is built inside: "첨단3지구 AI 집적단지 안에 'AI 헬스케어 실증지원센터'를 구축", '…집적단지
# 안에 조성' (not a centre or campus something happens in: '캠퍼스 안쪽에 기숙사를 짓는다', '센터 안에서 교육을 시작').
COMPLEX_HEADS = frozenset({"집적단지", "단지", "클러스터", "밸리", "특구", "산단", "지구"})
AREA_OF_AFTER = re.compile(
    r"\s*(?:(?:일원|일대|인근)(?:에|에서|에는|의)?"
    r"|부지\s*(?:[\d.,]+(?:\s*만\s*[\d.,]*)?\s*(?:㎡|평|m²|m2|ha|헥타르)\s*)?(?:에|에는|내에|내))"
    r"(?![가-힣])(?=[^.,]{0,40}?(?:[‘'“\"]|센터|거점|허브|캠퍼스|플랫폼))"
)  # '민간육종연구단지 일원에 ‘농생명 AX 실증거점’을', '송도 11공구 첨단산업클러스터 부지 3만3000㎡에 … 데이터센터를':
# another project built in its area
INSIDE_AFTER = re.compile(r"\s*(?:안에|안에서|안쪽에|안\s*,)(?![가-힣])")  # '…집적단지 안, 데이터센터 옆 부지에

# Words before a centre that speak of any one of its kind: '일반 데이터센터는 전력의 30~40%를 냉각에 쓴다' (ordinary
# ones, no project; before an estate's kind the word names one: '옥계 일반산업단지').
ANY_CENTRE_WORDS = frozenset({"일반", "통상", "통상의", "일반적인", "전형적인"})

# Word endings of a particle or a verb form: a word ending so closes the clause before a name
# ('국가 AI 컴퓨팅센터를 유치할 수 있도록 국가 …', '특성을 살린 AI 데이터센터', '찾아 사업').
CLAUSE_ENDING = re.compile(
    r"(?:"
    r"은|는|을|를|에|에서|에도|에는|에게|와|과|의|로|으로|로서|로써|까지|부터|처럼|보다|만|께서|이나|이란|라는|이라는"
    r"|에서도|에서는|에서의|으로도|로도|까지도|조차|마저"  # '도내에서도 데이터센터'
    r"|(?<!유)엔|에선"  # spoken 에는, 에서는: '청라엔 민간 AI 데이터센터' (not '유엔')
    r"|데다|므로|니까|뿐더러"  # '자재값이 크게 오른 데다 데이터센터의 수전 용량을'
    r"|도록|면서|지만|는데|려고|하여|되어|해서|돼|되며|하며|이며|이고|이자|라며|며|다고|라고|거나|든지|되면|하면|이면|으면|다면|려면"
    r"|라면"  # '모델을 가르치는 곳이라면 엣지 센터는': a condition, not a name
    r"|[있없높낮많적같](?:어도|아도)"  # a concession: '지을 수는 있어도 데이터센터를' (not '전라도', '남해도')
    r"|마다"  # each of them: '해상풍력 단지마다 데이터센터를 붙이는'
    r"|하고|되고|있고|없고|받고|지고|않고|했고|됐고|열고|짓고|세우고|만들고|갖추고|맺고|잡고|묶고|두고|넘고|얻고|찾고|잇고"
    r"|들어설|들어선|들어올|들어온|지어질|세워질|지면"  # '나노산단에 들어설 AI 컴퓨팅센터', '이어지면 펀드'
    r"|던|한|된|할|될|린|릴|춘|낸|친|운|인|진|쓴|온|갈|을|울|날|찬|든|힌|쉬운|새로운"  # '…로 불릴 AI 클러스터'
    r"|(?<![가-힣])(?:쓸|볼|둘|낼|펼|끌)"  # a one-syllable verb as a word: '완공 전까지 쓸 임시 거점'
    r"|여|려|러|쳐|춰|뤄|둬|져|혀|켜|겨|펴|워|어|아|라|해|와서|아서|어서"
    r"|(?<=[르보열늘])면|(?<=[어라나앞])서면"  # '기본계획에 따르면 클러스터는', '길게 보면', '모두 들어서면 도내 …',
    # '기업이 나서면' (not a place written alone: '부산 서면')
    r"|(?<=[회식관])서|현장서"  # '이사회서', '협약식서': a headline's '…에서' (not '신청서', '보고서')
    r"|[이가](?<!국가)(?<!평가)(?<!추가)(?<!전문가)(?<!아이)(?<!하이)(?<!바이)(?<!사이)(?<!차이)(?<!타이)"
    r"(?<!케이)(?<!에이)(?<!제이)(?<!스카이)(?<!디스플레이)"  # Hangul-spelled letters: 에스케이, 케이티
    r")$"
)
# Nouns that happen to end like a particle or a verb form above (borrowed nouns that do: LOANWORD_ENDINGS).
NOUN_EXCEPTIONS = frozenset(
    {
        "그린", "법인", "개인", "외국인", "대한", "코리아", "에이아이", "인공지능", "기반", "거버넌스", "시티", "스마트시티",
        "테크시티", "핀테크", "바이오", "스마트팜", "캠퍼스", "혁신", "전환", "첨단", "산업융합", "융합", "복합", "융복합",
        "소버린", "오픈", "그룹", "게임", "씨티", "데이터", "디지털", "에너지", "어린", "서울", "고양", "재창조",
        "구축", "조성", "추진", "육성", "활성화", "대전", "광주", "울산", "부산", "인천", "세종", "울트라",
        "항만",  # a port ('항만' ends like '만', only); also the last of words joined by a dot ('공항·항만')
        # nouns ending like a linking verb ('적고', '많고'): '최고 AI 센터', '재고 관리 센터'
        "최고", "재고", "창고", "광고", "보고", "신고", "경고", "사고", "공고", "제고", "금고", "참고",
    }
)  # fmt: skip

# Endings of nouns borrowed from English that end like a verb form ('헬스케어', '미들웨어', '스마트타워',
# '넷제로', '블록체인'): a word ending so is a noun, whatever comes before.
LOANWORD_ENDINGS: tuple[str, ...] = (
    "케어", "웨어", "레이어", "에어", "타워", "파워", "토피아", "테크노피아", "미디어", "아시아", "인프라",
    "카메라", "디자인", "라인", "체인", "메인", "브레인", "엔진", "머신", "마린", "클린", "가든", "마이크로",
    "매크로", "제로", "히어로",
)  # fmt: skip

# Words that say what kind of thing a name is, set before the name as an apposition ('국내 유일
# AI 전시·교육시설 AI랜드 조성 사업', '복합문화공간 ‘AI 놀이터’'): the name starts after them, once
# a word of its own stands between them and the head.
APPOSITION_KINDS: tuple[str, ...] = ("시설", "공간")

# A word that is an amount, a measure or a count ends the name before it ('200MW급', '2조원',
# '26㎿급', '17만7000여㎡'), though a count word inside a name stays ('7대 핵심 전략', '1단계').
# A size in words, not digits: '수천억원짜리', '수조원대', '몇백억원'.
SIZE_IN_WORDS = r"(?:수|몇)(?:십|백|천)?(?:조|억|만)\s*원"
MEASURE_WORD = re.compile(
    r"^[\d,.~∼\-]+\s*(?:[조억만천]|원|달러|㎿|MW|GW|㎾|kW|메가와트|기가와트|킬로와트|㎡|평|명|개|곳|%|배|층|년|월|일|급|여|번째)"
    r"|(?:MW|㎿|GW|kW|㎾)급?$|^\d+(?:년|월|일)|^[\d,.]+$|^원(?:대|가량|규모|의)?$|^달러(?:의)?$"
    r"|^" + SIZE_IN_WORDS  # '수천억원짜리', '수조원대'
)
# Counts that stay inside a name ('7대 핵심 전략', 'AI 1단계 사업', '제2데이터센터').
NAME_COUNT = re.compile(r"^(?:제\d+[가-힣]*|\d+(?:대|단계|차|호|기|지구))$")

# Verbs of building and planning that trail a quoted name ('‘AI 허브’ 구축', '집적단지 조성사업').
# A gloss may follow each ('구축(공모)사업').
TRAILING_ACTION_WORDS = re.compile(
    r"(?:\s*(?:조성|구축|건립|건설|유치|추진|(?<!종합)(?<!기본)계획|실시계획|사업|지원|착공)(?:\([^()]*\))?)+$"
)

# A word of a name written as a loanword or in Korean, one meaning: read as one ('강원 메디컬 AI 데이터 플랫폼' is
# '강원 의료 AI 데이터 플랫폼'), so two outlets' names of one project share their words.
WORD_SYNONYMS: dict[str, str] = {"메디컬": "의료", "메디칼": "의료", "퀀텀": "양자", "스타트업": "창업"}

# Modifiers that say what kind of thing it is, not which one: two names that differ only by
# these can be the same initiative ('대규모 데이터센터', '초대형 친환경데이터센터').
GENERIC_MODIFIERS = frozenset(
    {
        "AI", "인공지능", "에이아이", "AX", "국가", "정부", "공동", "대규모", "초대형", "초거대", "대형", "하이퍼스케일", "클라우드",
        "첨단", "세계", "최대", "최대의", "최대급", "국내최대", "규모", "규모의", "세계최대", "민간", "공공", "상업용", "지역", "거점형",
        "분산형", "특화", "전용", "신규", "차세대", "미래", "미래형", "글로벌", "국제", "대표", "핵심", "주요",
        "고성능", "초고성능", "슈퍼", "대단위", "최첨단", "스마트", "디지털", "친환경", "그린", "녹색", "기반", "중심", "관련",
        "조성", "구축", "건립", "유치", "추진", "육성", "사업", "계획", "시범", "시범사업", "본격", "대한민국",
        "한국", "국내", "지방", "산업", "산업용", "전문", "연구", "개발", "인프라", "데이터", "종합", "복합",
        "수도권", "비수도권", "인접", "전국", "전국적", "세계적", "국가대표", "대규모의", "새로운",
        "도내", "시내", "관내", "역내", "지역내",  # within the province or city: where, not which
        "단지", "단지내",  # the complex just named: '단지 2호 센터' is its second centre
        "공공부문", "민간부문", "공공용", "행정용",  # whose it is: a kind
        "지원", "고객", "상담", "안내", "홍보", "방문자", "콜", "관리", "운영", "통합", "종합지원", "공용",
        # what an AI data centre is for: '학습·추론 전용', 'AI 학습용' (PURPOSE_WORDS)
        "학습", "추론", "학습용", "추론용", "연산", "연산용", "서비스용",
        # how it is powered: '100% 재생에너지 데이터센터', '재생에너지 연계 AI 데이터센터' (a kind, as
        # '친환경' is; not a theme such as '저탄소 AI 컴퓨팅센터', '탄소중립 실증센터')
        "재생에너지", "신재생에너지", "RE100", "연계", "연계형",
        # whom it serves, a kind: '임대형 데이터센터', '코로케이션 센터'
        "임대형", "임대용", "코로케이션",
        # the same kind words written in English: 'Hyperscale AIDC', 'Green AI Data Center'
        "Hyperscale", "hyperscale", "Green", "Smart", "Cloud", "Global", "National",
        # a kind of fund, and what 'AX' spells out: '1천억원 규모 벤처펀드', '지역 AI 전환(AX) 펀드'
        "벤처", "전환",
        # policy funds in general: '정책펀드를 통해 누적 2조1000억원을 조성했으며'
        "정책",
    }
)  # fmt: skip

# What an AI data centre is for, also written two as one word ('학습·추론', its dot dropped: '학습추론').
PURPOSE_WORDS = frozenset({"학습", "추론", "학습용", "추론용", "연산", "연산용", "서비스용"})
# How a data centre serves, which a middle dot joins too ('엣지·코로케이션 센터', '임대형·엣지'): a kind.
SERVICE_KIND_WORDS = frozenset({"엣지", "엣지형", "코로케이션", "임대형", "임대용", "하이퍼스케일"})

# The chips or the computing a centre runs ('GPU 센터', 'HPC 센터'): they tell two centres apart, but name one
# worse than a word of its own ('국가 AI 컴퓨팅센터' over '나주 GPU 센터' for the same centre).
EQUIPMENT_WORDS = frozenset({"GPU", "NPU", "HPC"})

# Descriptive modifiers: they say how big or whose, and make a worse name than a kind word
# ('대규모 데이터센터' is a description; 'AI 데이터센터' a name).
DESCRIPTIVE_MODIFIERS = frozenset(
    {"대규모", "초대형", "대형", "민간", "공공", "세계", "최대", "최대급", "국내최대", "규모", "규모의", "세계최대", "신규", "국내",
     "수도권", "비수도권", "인접", "전국", "새로운", "대단위", "고성능", "지역", "상업용", "외국계", "해외", "글로벌"}
)  # fmt: skip

# …and these, only after a head with no name of its own ('도내 데이터센터 용량', 'AI 비전 검사'; not '광주 AI
# 데이터센터 장비 구축에 300억원', the named centre's own equipment).
HEAD_MODIFIES_WHEN_BARE = re.compile(
    r"\s(?:용량|면적|검사|카메라|솔루션|장비|시스템)(?:을|를|이|가|은|는|의|에|도|과|와)?(?![가-힣])"
    r"|\s기반(?:의|으로|\s+[가-힣A-Za-z])"  # 'AI 비전 기반 용접 로봇', '… 기반의' (not '기반을 구축': its ground)
)
# A head followed by one of these nouns modifies it instead of naming an initiative
# ('데이터센터 산업', '데이터센터 서밋 코리아', '데이터센터 시장', '실제 데이터센터 환경에서').
HEAD_MODIFIES = re.compile(
    r"\s(?:대학|대학교|산업|시장|업계|업체|기업|입주기업|입주사|입주업체|전문기업|서밋|협회|위원회|정책|수요|분야|기술|관련|생태계|업무|운영사|개발사|건설사|시행사|투자자|전력|역할|기능|모델|벨트|축"
    r"|환경|수준|방식|형태|유형|비중|수|부문)(?:을|를|이|가|은|는|의|에서는|에서|에는|에|도|와|과|으로|로)?(?![가-힣])"
)
# Words of a purpose clause inside an agreement's name ('AI 로봇 혁신클러스터 성공 조성을 위한 업무협약'): the
# object and its verb, the clause's marker and praise words tell no project apart.
PURPOSE_CLAUSE_WORD = re.compile(
    r"[가-힣]+(?<!마)(?<!고)(?:을|를)|위한|위해|통한|대한|관한|향한|성공|성공적|성공적인|원활한|차질\s?없는|상호"  # not '스마트마을'
)
# Words naming an agreement's parties or spirit, not what it is about: '민관 협약', '산학연 업무협약', '상생 협약'.
AGREEMENT_PARTY_WORDS = frozenset({
    "민관", "민관산학", "민관학", "산학", "산학연", "산학연관", "산학관", "노사", "노사정", "상생", "다자간", "다자",
    "3자", "4자", "5자", "삼자", "사자", "기관간", "유관기관", "관계기관", "협력", "공동", "포괄적",
})  # fmt: skip
# What an agreement is about, quoted right before it: "'AI 재난안전 플랫폼' 구축 협약을 맺었다", "'…' 조성을 위한
# 업무협약" (that project is the article's, the agreement only a step of it).
AGREEMENT_ABOUT_AFTER = re.compile(
    r"[’'”\"」』]\s*(?:(?:[가-힣]{0,4}(?:구축|조성|건립|설립|운영|추진|개발|유치|실증)(?:을|를)?\s*(?:위한|관련|에\s*관한)?\s*)?)"
    r"(?:업무\s*|투자\s*|상호\s*|실증\s*|공동\s*)?(?:협약|양해각서|MOU|MOA)(?:을|를|에|식|\s)"
)
# What is supplied to a facility, written before it in a headline with its object's particle dropped: '해상풍력·태양광
# 전력 데이터센터에 직접 공급' (the power goes to the centre; no name of it).
SUPPLIED_GOODS = frozenset({"전력", "전기", "용수", "냉각수", "냉수", "폐열", "온배수", "열"})
SUPPLIED_TO_AFTER = re.compile(r"\s*에\s*(?:[^\s.,]+\s+){0,1}?(?:공급|판매|송전|보내|보낸|제공)")
# A head followed by its people is the body they belong to, no project: 'KAIST AI대학원 교수', '…센터 연구팀은'.
HEAD_OF_PEOPLE = re.compile(r"\s?(?:교수진|교수|연구팀|연구진)들?(?:은|는|이|가|의|과|와|을|를|도)?(?![가-힣])")
# (not its students: 'AI 부트캠프 학생을 모집한다' is about the programme)
# A project's site or operator being chosen: '국가 AI 컴퓨팅센터 입지로 해남을 선정', '… 센터 사업자로
# 선정됐다' name that project; a head of no name of its own ('데이터센터 입지 조건') names none.
HEAD_SITE_OR_OPERATOR = re.compile(
    r"\s(?:입지|사업자)(?:들)?(?:을|를|이|가|은|는|의|에|도|와|과|으로|로|선정)?(?![가-힣])"
)
# A head places compete for: 'AI 데이터센터 유치 경쟁이 치열하다' names no project, unless the name
# is one of its own or the nation's one ('국가 AI 컴퓨팅센터 유치전에 뛰어들었다': that centre).
HEAD_COMPETED_FOR = re.compile(r"\s(?:유치\s?경쟁|유치전)")
NATIONAL_NAME_WORDS = frozenset({"국가", "범정부", "정부"})
# Words that make a head every project of its kind in the country: '전국 특화단지', '전국의 데이터센터'.
NATIONWIDE_WORDS = frozenset({"전국", "전국의", "전국적"})
# A programme followed by its call for applications: "'지역 제조 AX 선도사업' 공모에서" (the competition).
COMPETITION_AFTER = re.compile(
    r"[’'”\"」』]\s*[가-힣·]{1,10}\s*분야\s*(?:최종\s*)?선정"  # a headline's "'…프로젝트' 조선 분야 선정"
    r"|[’'”\"」』]?\s*(?:[가-힣·]{1,10}\s*분야\s*(?:신규\s*)?(?:과제(?:로|에|는|이|가|의|\s)|(?=공모)))?"
    r"공모(?:에서|에|에는|에서는|를|을|의|가|이|사업에|\s)"
    # …or one field's task of it: "'AI 자율제조 선도 프로젝트' 조선해양 분야 과제로" (the project is the task)
    r"|[’'”\"」』]?\s*[가-힣·]{1,10}\s*분야\s*(?:신규\s*)?과제(?:로|에|는|이|가|의|\s)"
    r"|[’'”\"」』]\s*(?:신규|추가)\s*과제(?:로|에|는|이|가|의|\s)"  # "'…프로젝트' 신규 과제로 울산 …, 구미 … 3건"
)
# A ministry's own programme a project was chosen for: "산업통상부의 'AI 자율제조 선도 프로젝트'로 선정된 이 사업"
# (the call, not the project; not "'AI 특구'로 지정된": what the place became).
MINISTRY_OWNS_BEFORE = re.compile(r"(?:[가-힣]{2,12}부|정부|[가-힣]{2,8}처)의\s*[‘'“\"「『]?$")
CHOSEN_INTO_AFTER = re.compile(r"[’'”\"」』]?\s*(?:으로|로)\s*(?:최종\s*)?(?:선정|뽑)")
# A place made into a hub or zone, in the passive: "대구국가산업단지가 … '자율제조' 실증 거점으로 조성된다" (a role; not
# '부지가 AI 데이터센터로 조성된다': a facility built there, the project itself).
BECOMES_HUB_AFTER = re.compile(r"\s*(?:으로|로)\s*조성(?:된다|될\s|되고|되며)")
BECOMING_TYPES = frozenset({"hub", "special_zone"})
# A ministry opening a name, unquoted: its scheme, designated over many places ('국토부 자율주행 시범운행지구 신규
# 지정'), no one place's project.
MINISTRY_WORD = re.compile(r"[가-힣]{1,11}(?<!본)(?<!사업)(?<![동서남북중내외일전간])부")
# …or the government or a ministry opening a sentence as its subject: '중기부는 27일 …', '정부가 …'.
MINISTRY_OPENS = re.compile(r"\s*(?:" + MINISTRY_WORD.pattern + r"|정부)(?:는|가|도|이)\s")
# A budget shared out over this many provinces or more, in one sentence ('경남에 380억원, 경북에 360억원이 배정됐다.
# 이어 경기(300억원), …'): the country's programme, no province's.
SHARED_OUT_PROVINCES_MIN = 3
# …designated over places: '… 신규 지정', '… 공모', '… 3곳' (not '산업부 AI 자율제조 선도 프로젝트에 선정돼': a region's
# project named with its ministry).
SCHEME_AFTER = re.compile(r"\s*(?:사업\s*)?(?:신규\s*)?(?:지정|공모|공고|모집|위원회|[2-9]\s*곳|대상지)")

# A head something else stands beside, when the name has no word of its own to be news itself: '국가 AI 데이터센터 옆
# 부지에 들어선다', '…센터 바로 옆에' (not '광주 AI 데이터센터 근처에서 주민 반발이 거세다': that centre is the news).
HEAD_IS_BESIDE = re.compile(
    r"\s*(?:바로\s*)?(?:옆|근처|맞은편|건너편)\s*(?:부지|땅|자리)?(?:에|에서|에는|,)(?![가-힣])"
)
# A head followed by these is where something else stands ('구미하이테크밸리 5산업단지 내에'):
# a place, not an initiative.
HEAD_IS_LOCATION = re.compile(
    r"\s*(?:내에?|일대|일원|인근|\d+산업단지|\d+산단|(?:국가|일반)?(?:산업단지|산단))(?:[^가-힣]|$)"
    r"|\s*부지(?:에|에서|에는|는|내)(?![가-힣])"  # '데이터센터 부지에 물류센터가': its site holds another
    # … also with its area, when something is built on it ('…클러스터 부지 28만6천㎡에 들어선다')
    r"|\s*부지\s*[\d,.만천백]+\s*(?:㎡|평|m2|제곱미터)\s*(?:에|에는)\s*(?:\S+\s+){0,2}?"
    r"(?:들어서|들어선|짓|지어|조성|건립|세워|세운|입주)"
)  # ('데이터센터 부지 계약', '…부지를 확보' are the project's own site)
# A head, with no name of its own, as a landmark of the place named after it: '국가 AI 데이터센터가 있는 첨단3지구 입주
# 기업을' (not '울산 AI 데이터센터가 자리한 미포산단 일대에서 … 착공식': the project, by its name).
HEAD_IS_LANDMARK = re.compile(r"\s*(?:이|가)\s*(?:있는|자리한|자리잡은|위치한)\s+[^\s,.]{2,12}(?:\s|$)")
# A head followed by a count of two or more names several projects at once, none in particular:
# '용인에 AI 데이터센터 2곳 동시 추진', '데이터센터 두 곳이 잇따라 추진된다' (each is named apart).
HEAD_COUNTED = re.compile(
    r"\s?(?:[2-9]|[1-9]\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열|여러|몇|수십)\s?(?:곳|개소|군데|개)"
    r"(?:이|가|을|를|에|은|는|도|의|과|와|씩|으로|로|에서|에는)?(?![가-힣])"
    r"(?!\s?동(?:[을이은는의에과와도]|으로|로)?(?:\s|$|[,.]))"  # not '2개 동을': buildings
)
# The same head counted in digits, of any number and of buildings too ('데이터센터 7개가', '2개 동'):
# parts of something else listed, not a project of the article's own.
HEAD_COUNTED_AS_PARTS = re.compile(
    r"\s*\d+\s*(?:개|곳|동|기|채)(?![가-힣])|\s*\d+\s*(?:개|곳|동|기|채)(?:가|를|이|의|와|로)"
)
# A head named as the first example of several: '경북 구미 AI 클라우드센터를 비롯해 수도권과 지방에 신규 센터를
# 잇따라 짓는다' (one of a company's many centres, in passing).
HEAD_FIRST_OF_SEVERAL = re.compile(r"[’'”\"」』]?\s*(?:을|를)\s*비롯(?:해|한|하여|해서)(?![가-힣])")
# A head followed by a copula describes something else ('세계 최대 데이터센터인 북버지니아').
# A company set up to build or run a project, called like one: "합작법인 '부산AI로지스허브(BALH)'를 세워".
COMPANY_NAMED_BEFORE = re.compile(
    r"(?:합작법인|합작회사|합작사|특수목적법인|자회사|법인|SPC|JV|조인트벤처|운영법인|운영사)\s*(?:인|으로|로|명은?)?\s*[‘'“\"「『]$"
)
# A plan called by a brand with no head of its own ('서울 AX 2030'): the brand and the plan's head make its name,
# whether the brand comes right after the head ("AI 전환 종합계획 '서울 AX 2030'의 총사업비") or is defined by it
# ('서울 AX 2030은 … 서울시의 AI 전환 종합계획이다').
PLAN_HEADS = frozenset({"종합계획", "기본계획", "마스터플랜", "프로젝트", "전략", "비전"})
PLAN_DEFINED_AT_END = re.compile(
    r"(?:AI|인공지능|AX|디지털)[^.]{0,12}?(?P<head>" + "|".join(sorted(PLAN_HEADS, key=len, reverse=True)) + r")"
    r"(?:이다|다|이었다|였다)\s*[.!?]?\s*[\"'”’)]*\s*$"
)
# Owners of a plan that are no place: the government's, a company's ('이재명 정부의 핵심 AI 전략이다', "SK그룹은 AI 전략
# 'AI 피라미드'에 따라"); and a plan the sentence only works through ("AI 전략 'AI 2.0'을 통해 … 집적단지에 6000억원을").
PLAN_OWNED_ELSEWHERE = re.compile(r"정부|국가|대통령|그룹|기업|회사|㈜|\(주\)|[A-Z]{2,}(?:은|는|이|가|의)\s")
PLAN_AS_MEANS_AFTER = re.compile(r"[’'”\"]?\s*(?:을|를)?\s*(?:통해|토대로|바탕으로|기반으로)|[’'”\"]?\s*에\s*따라")
BRAND_TOPIC = re.compile(r"^\s*[‘'“\"]?(?P<brand>[^\s‘'“\"’”,.][^‘'“\"’”,]{1,28}?)[’'”\"]?(?:은|는)\s")

# A research firm quoted for a figure, whose name is a head ('시장조사업체 IDC에 따르면 국내 AI 시장은'): a source,
# no project; so is anything the article cites figures from ('…센터에 따르면', "…센터의 보고서").
RESEARCH_FIRM_BEFORE = re.compile(r"(?:시장)?(?:조사|리서치|분석|컨설팅)\s?(?:업체|기관|회사|전문기관|업계|사)\s*$")
CITED_AFTER = re.compile(r"[’'”\"」』]?\s*(?:에\s*따르면|의\s*(?:보고서|조사\s*결과|분석\s*결과|통계|자료에))")
HEAD_IS_PREDICATE = re.compile(r"(?:인|이다|이며|이자|였다|이었다|이라는|이란)(?:[^가-힣]|$)")
# …except a name that ends the sentence with one: '가장 규모가 큰 곳은 부산 AIDC다' says which
# project, when the name has a place or words of its own ('세계 최대 데이터센터다' names none).
# A bare head that something is likened to is a comparison, no project: '실제 데이터센터처럼 돌려보는
# 시험장', '대형 데이터센터만큼 전력을 쓴다', '데이터센터같이'.
HEAD_AS_SIMILE = re.compile(r"(?:처럼|같이|만큼)(?![가-힣])")
HEAD_ENDS_SENTENCE_AS_COPULA: re.Pattern[str] = re.compile(r"(?:다|이다|였다|이었다)\s*[.!?]?\s*[\"'”’)]*\s*$")
# A head where an event about something else is held is a venue: '서울창업허브에서 결성총회를 열고',
# '경기 AI 캠퍼스에서 업무협약식을 가졌다'. (A venue's own 개소식 or 착공식 is about it, so not listed.)
_EVENT_WORDS = (
    r"결성총회|총회|간담회|포럼|회의|설명회|협약식|업무협약식|토론회|세미나|"
    r"컨퍼런스|콘퍼런스|기자회견|발표회|시상식|공청회|워크숍|출범식|발대식|선포식|비전선포식|개막식|개통식|"
    r"(?:착수|중간|최종|성과|결과)\s?보고회|심포지엄|박람회|전시회"  # a programme's report meeting, at a venue (not
    # a facility's own '준공보고회')
)
_EVENTS_HELD = r"(?:사업|기업|투자|합동|정책)?(?:" + _EVENT_WORDS + r")"
_OPENING_CEREMONIES = r"개소식|개관식|준공식|착공식|기공식|개원식|현판식"  # not the opening of the facility itself: '센터에서 준공식을 열었다' is about the centre (but a building
# hosts a system's or a road's 개통식: '오송 C&V센터에서 개통식을 열고 데이터 거래 … 서비스를 시작했다')
HEAD_IS_VENUE = re.compile(
    r"에서\s+(?:(?:\S+\s+){0,2}?|[^.]{0,60}?참석한\s*가운데\s+(?:\S+\s+){0,2}?)"
    + _EVENTS_HELD
    # …or where the quoted project's own ceremony is held: "시청 통합관제센터에서 '… 플랫폼' 1단계 개통식을 열었다"
    + r"|에서\s+[‘'\"“][^’'\"”]{2,40}[’'\"”]\s*(?:\S+\s+){0,2}?(?:"
    + _EVENT_WORDS
    + "|"
    + _OPENING_CEREMONIES
    + ")"
)
# A facility does not speak. A facility's name that opens a sentence as its topic, perhaps with
# its city after it, in a sentence that ends in a verb of saying, is the company named after the
# project: 'HN AI 캠퍼스 울산은 4일 … 계약을 맺었다고 밝혔다' (its reports name the project apart).
# Only a campus, the name operators give the companies they set up ('HN AI 캠퍼스 울산'), and only
# in a release's opening form, its date right after it: a reporter also writes '울산 AI
# 데이터센터는 … 공사가 한창이라고 밝혔다' of the project, with its operator as the unsaid source.
SPEAKING_HEADS = frozenset({CAMPUS_HEAD})
SPEAKER_TOPIC = re.compile(r"\s?(?P<place>[가-힣]{2,4})?(?:은|는)\s+\d{1,2}일")
ANOTHER_TOPIC = re.compile(r"[가-힣](?:은|는)\s")  # '… 완공된다고 회사 측은 설명했다': another speaks
SAYING_VERBS = r"(?:밝혔|말했|전했|발표했|설명했|알렸|강조했|공개했)"  # past stems of the verbs of saying
SAID_END = re.compile(SAYING_VERBS + r"다\.?[”’\"']?\s*$")

# A head followed by '(으)로' and a verb of becoming or of making into is the role a place takes,
# not a project of its own: '수성알파시티를 AI 거점으로 만드는', '영남 허브로 발돋움한다',
# '소프트웨어 거점으로 조성된 수성알파시티' (built as, said of the place that follows).
_VERB_FORM = r"(?:하|한|할|해|했|함|합)"  # a verb, not the noun: '성장한다', not '성장 동력'
HEAD_IS_ROLE = re.compile(
    r"\s*(?:"
    r"(?:으로|로)(?:서)?\s*(?:"
    r"만들|만드|만든|키우|키워|키운|키울|떠오|떠올|거듭나|거듭난|거듭날|자리\s?잡|"
    r"(?:발돋움|도약|자리매김|탈바꿈|변모|성장|부상|육성)" + _VERB_FORM + r"|육성된|조성된\s|조성돼\s?온\s)"
    r"|(?:이|가)\s*(?:되|된|될|돼)(?![가-힣]*(?:지|었으나))"  # '경북의 AI 거점이 된다', '데이터 허브가 될 전망'
    r"|(?:으로|로)(?=[\"'”’…]|\s*$)"  # a headline cut after it: '"2031년 세계적 양자 거점으로"', '부산을 AI 허브로…'
    r")"
)

# A place designated as a hub or a base: what the place becomes, no project of its own ('전북이 … 국가 거점으로
# 지정됐다'); a zone designated so is the zone itself ('AI 특구로 지정됐다'), so this is for other heads only.
# …or has become one, a headline dropping the particle: "전북 '농생명 AX' 국가 거점 됐다".
BECAME_IN_HEADLINE_AFTER = re.compile(r"\s(?:됐다|된다|됐네)(?=\s|$|[…,.!?\"'”’])")
DESIGNATED_AS_AFTER = re.compile(r"\s*(?:으로|로)\s*(?:최종\s*)?(?:지정|선정)(?:됐|되|된|돼|받|했)")

# A sentence breaking the whole just stated down by its parties or projects: '기업별로는 한울방산이 … 4200억원, …'.
BY_PARTY_OPENING = re.compile(r"\s*(?:[가-힣]+\s)?(?:기업별|업체별|회사별|참여사별|사업별|시설별)(?:로는|로|은|는)?\s")
FIGURES = re.compile(r"\d[\d,.]*\s*(?:조|억)")  # a figure in won, for counting a list's items


def breaks_down_by_party(text: dict[int, str], index: int) -> bool:
    """The sentence opens a breakdown by parties, or goes on with the one the sentence before opened ('기업별로는 A가
    …에 4200억원 … 투자한다. B는 … 2700억원을, C는 … 1870억원을 들인다')."""
    if BY_PARTY_OPENING.match(text.get(index, "")):
        return True
    return bool(BY_PARTY_OPENING.match(text.get(index - 1, ""))) and len(FIGURES.findall(text.get(index, ""))) >= 2


# What a quoted project builds, said before its name: '구미국가산업단지에 제조 분야 AI 실증 거점을 만드는 ‘AI 융합
# 제조혁신 집적단지 2단계 사업’'; the facility described is the project's aim, no project of its own.
BUILT_BY_QUOTED_AFTER = re.compile(
    r"\s*(?:을|를)\s*(?:만드는|조성하는|구축하는|짓는|세우는|육성하는|키우는|건립하는|지향하는|표방하는)\s*['‘\"“]"
)
# A project's aim stated as its subject: "…'실증형 집적단지'가 목표다".
AIM_AFTER = re.compile(r"[’'”\"」』]?\s*(?:이|가)\s*목표(?:다|이다|라고|인|로)")

# A head noun then its cost right before an amount: '…특구 사업비 1조4천억', '센터 예산은 300억원'.
# A sentence that opens with a bare head as its topic ('센터는', '센터(영문명 …)에는', '펀드의',
# '특화단지 사업은'): it goes on about the article's one project of that kind.
# The heads are those of a thing built or raised (no programme or agreement), and '단지' for a complex.
OPENING_HEAD = re.compile(
    r"\s*("
    + "|".join(
        sorted(
            {h for h, t in HEAD_TYPES.items() if t not in ("programme", "mou") and " " not in h} | {"단지"},
            key=len,
            reverse=True,
        )
    )
    + r")\s*(?:\([^()]{0,40}\))?\s*(?:사업\s*)?(?:은|는|에는|에|의|가|이|에서는)\s"
)
COST_OF_HEAD = re.compile(  # …or its running budget, or all of it: '허브 운영 예산으로 95억원을', '특구 전체 투자액'
    r"(?<![가-힣])("
    + "|".join(sorted((h for h in [*HEAD_TYPES, *QUOTED_HEADS] if " " not in h), key=len, reverse=True))
    + r")\s*,?\s*(?:의\s*)?(?:총\s*|전체\s*|(?:운영|연간|유지|관리)\s*)?(?:사업비|예산|투자비|투자액|조성비|건립비|구축비)\s*(?:은|는|이|가|도|로|으로|을|를)?\s*"
    r"(?:약\s*|총\s*|당초\s*|기존\s*)?"
    r"(?:\d[\d,.]*\s?(?:조|억|천만|만)[\d,.\s조억천만]*원?\s*(?:에서|→)\s*)?$"  # '플랫폼 총사업비는 당초 620억원에서 780억원으로'
)
COST_OF_HEAD_REACH = 40  # characters before an amount searched for the head whose cost it is

# One initiative called a facility of another: 'A의 핵심 시설인 B', '양재 AI 특구의 첫 핵심시설인
# ‘AI 융합센터’', 'A의 심장부 역할을 할 B' (between the two names) …
PART_BETWEEN = re.compile(
    r"[’'”\"」』]?\s*(?:의)?\s*(?:첫\s*)?(?:핵심|중심|주요|대표|심장부|나머지|부대)?\s*"
    r"(?:시설|인프라|건물|거점\s*시설|거점(?=인)|역할을\s*(?:할|하는|맡을|맡는))\s*(?:인|이자|으로서|로서)?\s*[‘'“\"「『]?"
    # 'A의 핵심 시설은 680억원을 들여 짓는 B이다'
    r"|[’'”\"」』]?\s*의\s*(?:첫\s*)?(?:핵심|중심|주요|대표)\s*시설(?:은|는)\s[^.]{0,40}?[‘'“\"「『]?"
    r"|[’'”\"」』]?\s*의\s*(?:핵심|중심|심장)인\s*[‘'“\"「『]?"  # '클러스터의 핵심인 ‘양자컴퓨팅 테스트베드’'
    r"|[’'”\"」』]?\s*(?:안에|안에는|내에|내부에)\s*[‘'“\"「『]?"  # '캠퍼스 안에 GPU 실습 클러스터와 … 플랫폼을 구축'
)
# A facility called the core of the article's whole, that whole unnamed in its sentence: '핵심 시설인
# 통합실증센터 '로보틱스원'의 건립비도', '핵심시설 통합실증센터 '로보틱스원' 680억'.
# Heads of a project that holds facilities of its own: the whole a core facility, a list of parts or a
# bulleted breakdown belongs to.
WHOLE_HEAD_WORDS = r"(?:단지|클러스터|특구|밸리|캠퍼스|허브|거점|파크|플랫폼|사업|프로젝트)"
# …or built inside it, the whole called by its head alone: '코드브릿지는 캠퍼스 안에 GPU 실습 클러스터와 … 플랫폼을'.
INSIDE_THE_WHOLE_BEFORE = re.compile(
    r"(?<![가-힣])" + WHOLE_HEAD_WORDS + r"\s*(?:안에|안에는|내에|내에는|내부에)\s*[‘'“\"「『]?$"
)
CORE_FACILITY_BEFORE = re.compile(
    r"(?:핵심|중심)(?:\s*시설(?:인|로|은|,)?|인)\s*[‘'“\"「『]?$"
    r"|(?:나머지|부대|주요|기반)\s*시설(?:인|로|은|,)\s*[‘'“\"「『]?$"  # '클러스터의 나머지 시설인 성능평가센터와 …'
)  # '클러스터의 핵심인 ‘…’'
# …or called so as its sentence's predicate, one thing or several listed: "'AI 로봇 실증동'과 … 공정
# 데이터센터가 핵심 시설이다", '센터는 단지의 중심 시설이다' (of the project, not of a place: '경북의 핵심 시설').
CORE_FACILITY_PREDICATE = re.compile(
    r"[’'”\"」』]?\s*(?:이|가|은|는)\s+(?:(?:이\s*|그\s*)?(?:단지|클러스터|특구|사업|프로젝트|캠퍼스|밸리|허브)의\s+)?"
    r"(?:첫\s*)?(?:핵심|중심)\s*(?:시설|인프라)\s*(?:이다|이며|이고|이자|들이다|으로|로)"
)

# A facility a phase of the article's project builds, the phase opening the clause: '1단계로 실증온실과
# 농업 데이터허브를 짓는 데', '2단계는 노지 실증포장과 청년 농업인 교육센터를 만드는 사업으로', '1단계는 AI
# 데이터센터와 항만 통합관제센터로 2,100억원이 들어가며'. A part of the
# phased project, not a project of its own; not money spread over phases ('2단계에 걸쳐').
PHASE_CLAUSE_BEFORE = re.compile(
    PHASE_OPENS_CLAUSE + r"(?:[^,.;단()]|\([^()]{0,60}\)|(?<=\d)[.,](?=\d)|단(?!계)){0,90}$"
)  # '2단계 사업은 … 총사업비 4300억원(국비 3000억원, 지방비 1000억원)을 들여 … 제조 AI 실증센터와'
PHASE_BUILDS_AFTER = re.compile(
    r"[’'”\"」』]?(?:\s*\([^()]{1,40}\))?\s*(?:(?:와|과|,|·|및)\s*[^.을를]{1,45}?)?(?:\s*\([^()]{1,40}\))?(?:\s*등)?\s*"
    r"(?:(?:을|를)\s*(?:새로\s*)?(?:짓|만들|만드|구축|조성|건립|세우|설치|갖추|갖춘|들이)|(?:구축|조성|건립|설치|신축)(?:에|하는|을|를)"
    r"|(?:으로|로)\s)"  # what the phase consists of: '1단계는 AI 데이터센터와 통합관제센터로 2,100억원이'
)
# The programme a project was chosen for, named after the project as its sentence's topic: "허브는
# 지난해 '지역 AI 거점연구센터'로 선정돼 …" (the money of that sentence is the project's, not the programme's).
SELECTED_INTO_AFTER = re.compile(
    r"[’'”\"」』]?\s*(?:사업\s*)?(?:으로|로)\s*(?:최종\s*)?(?:선정|지정)(?:돼|되어|됐|된|되)"
)
# A programme the article's project was chosen for, named as what it won: "해양수산부 '항만 디지털전환
# 선도사업'에 뽑혀 확보한 국비 450억원은", "'지역 AX 거점 사업'에 최종 선정돼", "'…선도사업' 공모에서 부산항
# AI 허브가 최종 선정돼" (the money it brings is the project's).
_WON_DAY = r"(?:지난\s*)?(?:\d{1,2}월\s*)?\d{1,2}일\s*|지난달\s*|이달\s*|최근\s*"  # when it was chosen
WON_INTO_AFTER = re.compile(
    r"[’'”\"」』]?\s*(?:사업\s*)?(?:공모(?:에서는|에서)\s[^.]{0,40}?|(?:공모\s*)?(?:에|으로|로)\s*)"
    # who was chosen and when may stand between: "'…확산사업'에 우리 도가 지난 15일 최종 선정됐다"
    r"(?:" + _WON_DAY + r")?(?:(?:[^\s.,]+\s+)?[^\s.,]+(?:가|이)\s+)?(?:" + _WON_DAY + r")?"
    r"(?:최종\s*)?(?:선정|뽑히|뽑혀|뽑힌|뽑혔|채택)"
)
# …as a headline writes it, with no particle: "부산항 AI 물류허브, 해수부 '항만 디지털전환 선도사업' 선정…".
HEADLINE_WON_AFTER = re.compile(
    r"[’'”\"」』]?\s*(?:사업\s*)?(?:공모\s*)?(?:에\s*)?(?:최종\s*)?(?:선정|뽑혀|뽑혔)(?=…|\.\.\.|,|\s|$)"
)
# …and a phase named as what a facility is: '1단계인 AI 데이터센터와 통합관제센터는 2024년 가동이 목표다'.
PHASE_IS_BEFORE = re.compile(r"(?<![\d가-힣])\d\s*단계(?:인|였던|이던)\s(?:[^.,]{0,30}?(?:와|과|및|·)\s*)?$")
# A head followed by a middle dot and another name: facilities listed, not one name ('AI
# 데이터센터·통합관제센터'); not words of one name joined ('바이오·헬스케어 클러스터', 'AI·데이터 허브').
HEADS_LISTED = re.compile(r"(?:센터|허브|클러스터|단지|밸리|캠퍼스|플랫폼)\s*[·ㆍ]\s*\S")
# Equipment a company supplies to a project ('스트라투스AI가 … 투자해 GPU 클러스터를 공급했다'): goods
# delivered, not a project of their own. Only kinds that name both ('GPU 클러스터', '서버 팜').
EQUIPMENT_TYPES = frozenset({"computing_centre"})
SUPPLIED_AFTER = re.compile(r"[’'”\"」』]?\s*(?:을|를)\s*(?:공급|납품|제공|설치해\s*주)(?:했|한다|하기로|하고|해|할)")
# A part named first, as what a whole includes: '센터 건립을 포함한 ‘부산 해양 AI 융합 거점’ 사업',
# 'AI 데이터센터를 포함한 집적단지'.
_BUILDING = r"(?:건립|구축|조성|건설|설립|신축)"
_INCLUDES = _BUILDING + r"?\s*(?:등\s*)?(?:을|를|이|가)?\s*(?:포함한|포함하는|포함된|아우르는)\s*[‘'“\"「『]?"
PART_INCLUDED_IN = re.compile(r"[’'”\"」』]?\s*" + _INCLUDES)
# … or only by its head, the part named before: '센터 건립을 포함한 ‘…거점’ 사업'.
HEAD_INCLUDED_IN = re.compile(
    r"(?:([가-힣]+)\s+)?(?<![가-힣A-Za-z])(?!" + _BUILDING + r")([가-힣A-Za-z]{1,8})\s*" + _INCLUDES + r"$"
)
# …but a new one is another facility than the one named before: '신규 센터 건립을 포함한'.
NEW_FACILITY_WORDS = frozenset({"신규", "새", "새로운", "추가", "별도", "별도의", "제2"})
# … and 'B는 … A의 중심축이다' (after the whole's name). A whole is a district or a hub that holds
# facilities, not a programme ('울산 AI 수도 프로젝트의 핵심').
WHOLE_TYPES = frozenset({"cluster", "special_zone", "hub", "education"})  # a campus holds its labs and GPU rooms
# A figure stated as a share of another project's whole: '특구 전체 투자액 2조7400억원의 40%에 해당한다', '… 사업비의
# 절반을 차지한다', '…의 40% 수준이다' (the project the sentence before costs is a part of it).
SHARE_OF_A_WHOLE = re.compile(
    r"원?\s*(?:의|중)\s*(?:약\s*)?(?:\d+(?:\.\d+)?\s*%|절반|[2-5]분의\s*1)\s*(?:가량|정도)?\s*"
    r"(?:에\s*해당|을\s*차지|를\s*차지|수준|규모|다[.\s]|이다)"
)
# A comparison, not a part: '이는 … 울산 AI 데이터센터 총사업비 7조원의 5%에 해당한다'.
COMPARISON_OPENING = re.compile(r"\s*(?:이는|이\s*금액은|이\s*규모는|이\s*액수는)\s")
# A name as its sentence's topic: '실증 클러스터는 …', "'엣지 데이터센터'는 …".
TOPIC_PARTICLE = re.compile(r"[’'”\"」』]?(?:은|는)(?=\s)")
# What a whole, the sentence's topic, is equipped with or builds: '클러스터는 … 실증동과 테스트베드, AI
# 학습데이터센터를 갖춘다', '클러스터는 45만㎡ 부지에 통합실증센터, 실증동, 기업지원동 등을 차례로 짓는다'
# (its facilities, no projects of their own), the list's later items between.
HELD_BY_TOPIC_AFTER = re.compile(
    r"[’'”\"」』]?\s*(?:(?:와|과|,|·|및)\s*[^.을를]{1,90}?)?(?:\s*등)?\s*(?:을|를)\s*"
    r"(?:(?:차례로|순차적으로|단계적으로|단계별로|함께|모두)\s*)?"
    r"(?:갖춘|갖추|갖췄|갖출|갖춰|둔다|두고|품는다|품고|짓는다|짓고|지을|건립한다|건립하고|건립할|조성한다|조성하고|조성할)"
)
# What a whole, the sentence's topic with '에는', houses: '클러스터에는 ‘제조 AI 실증센터’와 교육동,
# 기업지원동 등이 들어선다' (its facilities), the list's later items between.
HOUSED_BY_TOPIC_AFTER = re.compile(
    r"[’'”\"」』]?\s*(?:(?:와|과|,|·|및)\s*[^.이가]{1,30}?)?(?:\s*등)?\s*(?:이|가)\s*"
    r"(?:들어선|들어서|들어설|들어섰|입주한|입주하|입주할|자리한|자리하|자리잡|배치된|배치되|배치될)"
)
HOUSING_TOPIC_PARTICLE = re.compile(r"[’'”\"」』]?에는(?=\s)")
PART_AFTER = re.compile(
    r"[’'”\"」』]?\s*(?:의|에서)\s*(?:핵심|중심|주요)?\s*(?:시설|중심축|심장부|핵심\s*시설|일부|핵심)\s*(?:이다|이며|으로|로|인|이자)"
)

# How a project named before in its sentence runs: '데이터센터는 … ‘RE100 데이터센터’로 운영된다'
# (a role; but '…별관을 ‘AI 창업센터’로 운영한다' turns a building into a project of its own).
OPERATED_AS = re.compile(r"\s*(?:으로|로)\s*운영(?:된|될|되|돼)")

# A title a person holds in a body named after a project, right after its head: '정재훈 전북 AI컴퓨팅센터
# 유치추진단장', '… 클러스터 추진단장', '… 특구 TF 팀장' (the word before the name is the person).
TITLE_AFTER_HEAD = re.compile(
    r"\s*(?:유치|조성|구축|설립|건립)?\s*(?:추진|지원|기획|사업)?\s*(?:TF\s*|단\s*|본부\s*)?"
    r"(?:단장|본부장|센터장|팀장|위원장|실장|국장|과장)(?=$|[^가-힣]|(?:은|는|이|가|을|를|의|과|와|으로|에게|도)(?![가-힣]))"
)

# Last syllables of three-syllable words that describe rather than name the person holding the title ('전북형',
# '서해안', '신산업', '차세대', '고성능').
DESCRIPTIVE_LAST_SYLLABLES = frozenset("형권안대업성능식급용")

# What may stand between an amount and the name it modifies ('2조원대 AI 데이터센터', '380억원
# 규모의 센터', '1조원짜리 클러스터'): an amount so placed funds that initiative.
AMOUNT_BEFORE_NAME = re.compile(r"\s*원?\s*(?:대|가량|규모|급|짜리|상당)?\s*의?\s*")
# …and how the amount with that gap must end: in a unit or a size word, not a bare number of a
# headline list ('집적단지 600억 데이터센터 300억').
AMOUNT_MODIFIES = re.compile(r"(?:원|달러|대|가량|규모|급|짜리|상당)\s*의?\s*$")

# …or a relative clause of spending between them ('3천500억원이 투입되는 클러스터는', '2조원을 들여
# 짓는 데이터센터'): the amount is what the name after it costs.
AMOUNT_SPENT_ON_NAME = re.compile(
    r"\s*(?:이|가)\s*(?:(?:투입|투자|소요)(?:되는|될|된)|들어가는|들어갈|드는)\s*"
    r"|\s*(?:을|를)\s*(?:들여|투입해|투자해|투입하여|투자하여)\s*"
    r"(?:짓는|지을|조성하는|조성할|구축하는|구축할|건립하는|건립할|세우는|세울)\s*"
    r"|\s*(?:규모)?\s*(?:로|으로)\s*(?:추진|조성|건립|구축|진행)(?:되는|될|된|중인)\s*"  # '3200억원대로 추진되는 클러스터는'
)
# …or spent on a name right after, its capacity aside: '세진그룹이 2조원을 들여 300㎿급 AI 데이터센터 캠퍼스 1단계 공사를'.
AMOUNT_SPENT_RIGHT_ON_NAME = re.compile(
    r"\s*(?:을|를)\s*(?:들여|투입해|투자해|투입하여|투자하여)\s*(?:[\d,.]+\s*(?:㎿|MW|메가와트|GW|기가와트)급?\s*)?"
)

# One project's two names: '…는 ‘울산 제조 AX 선도거점’ 사업의 새 이름이다', '…에서 …로 이름을
# 바꿨다', '…(옛 …)', '명칭을 변경한', '…는 ‘AI 기반 신약개발 클러스터 조성사업’의 새 브랜드다'.
RENAMED = re.compile(
    r"(?:새|바뀐|새로운|변경된|옛|이전|종전)\s*(?:이름|명칭)"
    r"|(?:새|새로운)\s*브랜드명?(?:이다|다|로|으로|은|는)(?:[\s.,]|$)"  # "'…'의 새 브랜드다" (not '새 브랜드 전략')
    r"|(?:이름|명칭)을\s*(?:바꾼|바꿨|바꾸|변경)"
    r"|\(\s*옛\s|(?:으로|로)\s*(?:이름|명칭)이\s*바뀐"
)
# A name given in place of another, the old one's name as the object between them and the verb after the new one:
# "'제주 AI 인재양성센터'의 명칭을 '제주 AI 특성화 캠퍼스'(JAIC)로 바꾼다".
RENAMING_BETWEEN = re.compile(r"[’'”\"」』]?\s*(?:의\s*)?(?:이름|명칭|사업명)(?:을|를)\s*[‘'“\"「『]?$")
RENAMED_TO_AFTER = re.compile(
    r"[’'”\"」』]?\s*(?:\([^()]{0,40}\)\s*[’'”\"」』]?)?\s*(?:으로|로)\s*"
    # done or decided, not proposed, refused or kept ('바꾸지 않고', '바꾸는 조례안을 부결', '바꿔야 한다는')
    r"(?:바꾼다(?!는)|바꿨|바꾸었|바꾸기로\s*(?:했|하고|결정)|변경(?:했|한다(?!는)|됐|된다(?!는)|하기로)|개칭(?:했|한다))"
)
# A name the subject was planned or goes under, after it: "캠퍼스는 2021년 'AI 인재양성센터'라는 이름으로 계획돼".
UNDER_THE_NAME_AFTER = re.compile(
    r"[’'”\"」』]?\s*(?:이)?라는\s*(?:옛\s*|당초\s*|처음\s*|원래\s*|가칭\s*)?(?:이름|명칭)"
    # …its own predicate, not a clause about another noun ('…이라는 이름으로 출시된 의료 서비스')
    r"(?:으로\s*(?:\S+\s+)?(?:계획|추진|출발|시작|첫발|출범|설립|조성|착공|개소|불리)(?:돼|됐|되어|되었|했|해|하였|렸)(?![가-힣]*던)"
    r"|이었|였)"
)

# Words opening the name of a programme for the regions in general, not one region's: '지역 AX
# 대전환', '지역 인공지능 확산 사업', '지방 AI 전환 사업' (the ministry's, run in every province), or for the
# country: '국가 AI 컴퓨팅 자원 확충 사업' (a centre, '국가 AI 컴퓨팅센터', is no programme: it has a site).
NATIONWIDE_NAME_OPENERS = ("지역", "지방", "전국", "국가", "비수도권")
# …glued to the word after ('지역거점 AX 선도사업', '지역특화 AI 사업'): the regions' programme all the same.
NATIONWIDE_GLUED_WORDS = frozenset({"거점", "특화", "균형", "주도", "혁신", "산업"})

# Words before '이름은' that say which name, not whose: '영문 명칭은', '새 이름은'.
NAME_KIND_WORDS = frozenset({"영문", "영어", "공식", "정식", "새", "새로운", "한글", "국문", "최종"})

# A national brand prefix glued to a name word: 'K-휴머노이드 밸리' is the '휴머노이드' project, as
# 'K-반도체 벨트' is a '반도체' one; the prefix tells no project apart.
BRAND_PREFIX = re.compile(r"^K\s?[-‐‑–]\s?(?=[가-힣A-Za-z])")

# Another name of a project after its name, so called: "휴머노이드 실증 클러스터, 이른바 'GB 휴머노이드
# AI 클러스터'", "…센터(일명 'AI 팩토리 허브')".
SO_CALLED = re.compile(r"[’'”\"」』]?\s*[,(]?\s*(?:이른바|일명|속칭|통칭|약칭|별칭|애칭)\s*[‘'“\"「『]?")
# What a project is called, after its quoted nickname: "'바람 데이터센터'로 불린다", "'AI 두뇌'라고 불리는",
# "주민들은 이곳을 그냥 '브레인시티 산단 데이터센터'라고 부른다".
CALLED_AFTER = re.compile(
    r"[’'”\"」』]\s*(?:이?라고|이?라|으?로)도?\s*"
    r"(?P<verb>불린다|불리는|불리며|불리고|불렸다|불려|불리게|통한다|통하는|통하며|부른다|부르는|부르며|부르고|불렀다|부르기도)"
)
# A sentence that gives the project just named its name: "이름은 ‘K-휴머노이드 밸리’로 붙였다", "영문
# 명칭은 'Gyeongnam AX Valley'로 정했다", "사업명을 '…'로 확정했다", after its subject or where:
# "도는 제안서에 사업명을 '에너지밸리 AI 컴퓨팅 허브'로 달고".
NAMES_THE_PROJECT = re.compile(
    r"^\s*[\"“]?\s*(?:[가-힣]+(?:은|는|이|가|에|에서)\s+){0,2}"  # an answer may open with its quote
    r"(?:(?P<noun>[가-힣]{1,4})\s)?(?:이름|명칭|별칭|애칭|사업명|과제명|브랜드명?)(?:은|는|을|를|도)\s*[‘'“\"「『]"
)

# Another name of a project in brackets right after its name: "'정부 AI 전용 데이터센터'(범정부 초거대 AI
# 공동 인프라센터)가". Nothing but the bracket between them, nothing but its close after the second.
ALIAS_OPENS = re.compile(
    r"[’'”\"」』]?\s*\(\s*(?:(?:정식|공식|원래)\s*(?:명칭|이름|사업명)(?:은|:)?\s*)?[‘'“\"「『]?"
)  # "'퀀텀-AI 클러스터'(정식 명칭 대전 양자·AI 융합 혁신클러스터)"
ALIAS_CLOSES = re.compile(
    r"[’'”\"」』]?\s*(?:[·,/]\s*[A-Za-z][A-Za-z0-9\-]{1,11}\s*)?\)"
)  # '…(서울 AI 그로스펀드·SAGF)'.
# A quoted name right after a head is the head's own name: "AI 데이터센터 '청라 AX센터'를 짓는다".
APPOSITION_OPENS = re.compile(r"\s*[‘'“\"「『]")
APPOSITION_CLOSES = re.compile(r"[’'”\"」』]")
# …or after a comma, the quoted name then what the clause says of it: "강서의 AI 융합 클러스터, '오션 AI 밸리'
# 사업이 쪼그라들었다" (not a list: "데이터센터, 'GPU 팜', 실증센터를 짓는다").
APPOSITION_COMMA_OPENS = re.compile(r"\s*,\s*[‘'“\"「『]")
APPOSITION_COMMA_CLOSES = re.compile(r"[’'”\"」』]\s*(?:사업|프로젝트)?\s*(?:이|가|은|는|의)\s")

# Words that end the name of a site where an initiative stands ('수성알파시티', '구성지구',
# '석문국가산업단지', '원주기업도시'); a site tells two projects of one city apart.
SITE_SUFFIXES = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?:[가-힣]{1,6}\s(?=\d+지구))?(?:[가-힣A-Za-z0-9]{0,12}?)(?:시티|지구|국가산업단지|일반산업단지|산업단지|국가산단|일반산단|산단|"
    r"혁신도시|기업도시|테크노밸리|테크노파크|상업단지|유통단지|신도시)"
)
# Site words that name no place on their own: after a site ('새만금 국가산업단지') they are that
# site's estate, not another site. (After a city, '원주 기업도시', they are the city's site.)
GENERIC_SITES = frozenset(
    {"국가산업단지", "일반산업단지", "산업단지", "국가산단", "일반산단", "산단", "혁신도시", "기업도시", "신도시"}
)

# One site spelt long or short: each long form and the short form the press writes it in
# ('제주첨단과학기술단지' and '제주첨단과기단지', '대덕연구개발특구' and '대덕특구', '석문국가산업단지' and
# '석문국가산단', '송도국제도시' and '송도'), so both tell the same site apart from others.
SITE_SHORT_FORMS: tuple[tuple[str, str], ...] = (
    ("과학기술", "과기"),
    ("연구개발특구", "특구"),
    ("산업단지", "산단"),
    ("국제도시", ""),
)

# Sites that are industrial estates: an address, so a name is prefixed with their city instead
# ('보령 AI데이터센터', not '웅천일반산업단지 AI데이터센터').
ESTATE_ENDINGS: tuple[str, ...] = ("산업단지", "산단", "농공단지", "과학기술단지", "과기단지")
# What is left of an estate's name without its kind is the place it is named after: '미포' of
# '미포국가산업단지', so '미포 하이퍼스케일 AI 데이터센터' already names its site.
ESTATE_KIND = re.compile(r"(?:국가|일반|첨단|도시첨단)?(?:" + "|".join(ESTATE_ENDINGS) + r")$")
# The industry an estate is for, between its place and its kind: '대마전기자동차산업단지' is the
# 대마 estate, so an article's '대마산단' is the same site.
ESTATE_INDUSTRY = re.compile(
    r"(?:과학|전기자동차|미래자동차|첨단의료|하이테크|테크노|디지털|신소재|부품소재|소재부품|융복합|"
    + OTHER_INDUSTRIES.pattern
    + r")$"
)

# Words before an estate's kind that describe it rather than name it ('도내 산업단지', '기존 산단').
ESTATE_DESCRIBERS = frozenset(
    {"도내", "시내", "관내", "군내", "인접", "인근", "기존", "노후", "주변", "일대", "배후", "신규", "대규모", "전국", "주요",
     "지방", "농공", "국가", "일반", "첨단", "스마트", "친환경", "데이터센터", "전용", "특화", "신설", "예정", "조성",
     "새", "제2", "제3", "해당", "인근의"}
)  # fmt: skip

# Heads that are themselves site words and never a site qualifier of another initiative.
SITE_STOP = frozenset(
    {
        "특구",
        "선도지구",
        "투자선도지구",
        "혁신지구",
        "특화지구",
        "시범운행지구",
        "집적단지",
        "실증단지",
        "시티",
        "스마트시티",
        "테크시티",
        "지구",
        "실증산업단지",  # 'AX 실증산업단지' is a project, not a place
        "특화단지",
        *(head.replace(" ", "") for head in AI_ESTATE_HEADS),  # 'AI 특화산단': the project's own head, not its site
    }
)

# A fund named for the nation ('국민성장펀드', '한국판 뉴딜펀드', '국가전략기술 펀드') is the country's, not a
# region's project: its size is `national` money (money_roles), and it is no initiative of a region.
NATIONAL_FUND = re.compile(
    r"(?<![가-힣])(?:국민|국가|범정부|대한민국|한국판|뉴딜)[^\s,.’'\"”」]{0,12}(?:\s[^\s,.’'\"”」]{1,12})?\s?펀드"
)

# A town, township or village of an address ('구좌읍', '지정면', '동복리'): where a project stands, no word
# of its name, so two reports that give the address and one that does not still name one project.
ADDRESS_UNIT = re.compile(r"^[가-힣]{2}(?:읍|면|리)$")
# …but not words that end so: loanwords ('배터리', '팩토리', '메모리') and '비대면'.
ADDRESS_UNIT_EXCEPTIONS = frozenset(
    {"비대면", "배터리", "팩토리", "메모리", "스토리", "갤러리", "로터리", "럭셔리", "파운드리"}
)

# Heads that also end the names of districts: a letter or a district's word glued before them makes a
# district where things are ('G밸리', '구미하이테크밸리', '판교테크노밸리'), not a project ('실증밸리',
# '울산 AX 실증밸리', 'AI밸리' say what they are).
DISTRICT_HEADS = frozenset({"밸리"})
# An estate's name that ends like a head: '블루밸리 국가산업단지에', '구미하이테크밸리 산단' (a site, no project).
ESTATE_AFTER = re.compile(r"\s*(?:국가|일반)?(?:산업단지|산단)")
# …the estate's name itself, which names that place wherever else the article writes it ('에너지밸리에 제안').
ESTATE_NAME = re.compile(
    r"(?<![가-힣A-Za-z])([가-힣A-Za-z]+(?:" + "|".join(DISTRICT_HEADS) + r"))" + ESTATE_AFTER.pattern
)
DISTRICT_STEM = re.compile(r"^(?:[A-Za-z]{1,2}|[가-힣]*(?:하이테크|테크노|사이언스))$")

# Well-known places abroad that end like an initiative's head ('실리콘밸리'): never a Korean initiative.
# 모태펀드: a backer, not a project; 자펀드: a sub-fund, a part of its fund of funds ('AI 반도체 자펀드').
NOT_INITIATIVES = frozenset({"실리콘밸리", "실리콘 밸리", "스타게이트", "모태", "자"})
# Words that make one project of the several places a sentence lists: '강원도와 춘천시, 원주시가 … 공동 펀드를'.
JOINT_WORDS = frozenset({"공동", "합동", "공동출자", "공동투자"})
# Words that make a head every one of a kind: '각종 정책펀드는 누적 2천340억원', '여러 데이터센터' (no one project).
PLURAL_WORDS = frozenset({"각종", "여러", "다양한", "모든", "온갖", "갖가지", "숱한", "수많은"})
PLURAL_BEFORE = re.compile(r"(?<![가-힣])(?:" + "|".join(sorted(PLURAL_WORDS)) + r")\s+$")

# Places abroad: a data centre named with one of these ('미국 데이터센터', '아시아·태평양 지역
# 데이터센터') is a project elsewhere or a company's plan abroad, never a Korean region's; a hub or a
# programme may aim abroad ('아시아 AI 허브').
FOREIGN_PLACES = frozenset({
    "미국", "중국", "일본", "유럽", "아시아", "태평양", "아시아태평양", "아태", "동남아", "동남아시아", "중동",
    "북미", "남미", "싱가포르", "말레이시아", "베트남", "인도", "인도네시아", "태국", "필리핀", "호주", "캐나다",
    "영국", "독일", "프랑스", "네덜란드", "아일랜드", "사우디", "사우디아라비아", "UAE", "아랍에미리트", "카타르",
    "대만", "홍콩", "해외", "북버지니아", "텍사스", "오레곤",
})  # fmt: skip
FOREIGN_SENSITIVE_TYPES = frozenset({"data_centre", "computing_centre"})
# A client abroad ordering the work: "사우디아라비아 항만청이 발주하는 2억 달러 규모의 항만 디지털화 사업에 …
# 참여 의향서를 냈다" (a contract a Korean firm bids for, no investment in a Korean region).
# …the clause moving on after it to another subject or matter: '…가 발주한 사업에 이어 현대건설은 해남에'.
CLAUSE_MOVES_ON = re.compile(r"에\s*이어|(?:하|되|이|했|됐)(?:고|며|면서|면)\s|[가-힣](?:은|는)\s|[.;]")
FOREIGN_CLIENT = re.compile(
    r"(?<![가-힣])(?:" + "|".join(sorted(FOREIGN_PLACES, key=len, reverse=True)) + r")(?:의)?\s*"
    r"(?:[^\s.,]+\s+){0,2}?[^\s.,]*(?:이|가|에서)\s*발주(?:하는|한|할|했|하기로|된|될)"
)

# Ordinals and counts that never belong to a name ('3번째', '첫 번째').
ORDINAL = re.compile(r"^\d*번째$")

# Words that mark an initiative as called off ('김해 데이터센터 건설사업은 무산됐다').
CANCELLED = re.compile(
    r"(?:무산|백지화|좌초|취소|중단)(?:됐|되었|된|돼)|(?:철회|포기)(?:했|하였|한|됐|되었|된)|접었|엎어졌"
)

# Coordinated places in one clause ('장성·강진', '부산 센텀시티·대구 수성알파시티', '장성과 강진에').
PLACE_JOINERS = re.compile(r"^\s*(?:[·ㆍ,、/]|와|과|및|그리고|,\s*그리고)\s*$")

# '각각', '지역 당', '곳당': an amount or a facility stated once for each of several places.
DISTRIBUTIVE = re.compile(r"각각|지역\s?당|지역별|곳당|개소당|곳에\s?각|한\s?곳당")
# An amount for each of the places an earlier sentence named ('지역 당 63억원의 국비').
BULLET = re.compile(r"[▲△▷■□●○◆◇▶►•①-⑳]")  # a bullet starts an item of its own
# An item of a list that stands on its own line: a bullet, or a row of a table whose first cell
# is short ('제주 | 관광 AI 서비스 실증 거점 | 210억원').
LIST_LINE = re.compile(r"\s*[▲△▷■□●○◆◇▶►•①-⑳]|[^|│]{1,25}\s[|│]\s")
RESPECTIVELY = re.compile(r"각각")  # figures listed in the order of the places before them
PER_PLACE = re.compile(r"지역\s?당|지역별로?|곳당|개소당|곳에\s?각각|각\s?지역에|각각")

# What a phase builds, in brackets after it: '1단계(실증동·테스트베드·AI 학습데이터센터)에 1,940억 원':
# the project's facilities, no project of their own.
PHASE_CONTENTS_OPEN = re.compile(r"\d\s*(?:단계|차)\s*(?:사업)?\s*\($")
