"""Money in Korean news sentences: amount, currency, approximation, and the amount's role.

Roles say what an amount *is* (the vocabulary is `etl.vocabulary.AMOUNT_ROLES`), so reports never
add an annual budget or a part on top of its total, and never count an expected economic effect,
a forecast or a market's size as investment. This module reads what one sentence tells
(total, annual, component, forecast, market, effect, other); roles that need the whole article
(cumulative, share, national) are `etl.extract.money_roles`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from etl.extract import initiative_rules as rules
from etl.extract.korean import PHASE_OPENS_CLAUSE, VERB_CLAUSE_END, moves_on
from etl.extract.numbers import NUMBER_PATTERN, parse_korean_number
from etl.sentences import MAX_MENTIONS_PER_SENTENCE

_CURRENCY = r"(?P<cur>원|달러|유로|엔|위안|파운드)?"
_MONEY_FORM = (
    r"(?P<pre>(?:약|대략|총|최대|최소|무려|연간|모두)\s*)?"
    r"(?P<num>"
    + NUMBER_PATTERN
    + r")\s?"
    + _CURRENCY
    # the size word '대' glued to the figure ('4천억원대'), not a word after it ('40억원 대비', '100억원 대구시')
    + r"(?P<post>대(?![비출상])|\s?(?:가량|이상|여|남짓|안팎|규모|내외|수준|정도))?"
)
# An amount starts with a digit, or one of the words before it and then a digit. The first
# look-ahead lets most positions fail on one character test; the second settles the common
# syllables among those letters ('대', '연', '모') before every form is tried.
_MONEY = re.compile(r"(?=[\d약대총최무연모])(?=\d|(?:약|대략|총|최대|최소|무려|연간|모두)\s*\d)(?:" + _MONEY_FORM + ")")
_DIGIT_OR_DOLLAR = re.compile(r"[\d$]")  # every amount has one: sentences without are skipped
_USD_WORDS = re.compile(r"\$\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>billion|million|trillion|bn|m)?", re.IGNORECASE)
_USD_SCALE = {"billion": 10**9, "bn": 10**9, "million": 10**6, "m": 10**6, "trillion": 10**12, None: 1}
CURRENCY_CODES = {"원": "KRW", "달러": "USD", "유로": "EUR", "엔": "JPY", "위안": "CNY", "파운드": "GBP"}

# What follows a number that makes it a count or a measure, not money.
_NOT_MONEY_AFTER = re.compile(
    r"\s?(?:명|건|개|곳|종|톤|평|배|회|차|번|바이트|비트|플롭스|가구|세대|대(?!비)|호|층|편|kg|㎏|km|㎞|m²|㎡|㎿|MW|GW|㎾|kW|kWh|%|퍼센트|W\b|t\b|주|일|년|월|시간|분|초)",
)
# Investment a designation is expected to draw, an effect of it: '1,100억원의 기업 투자 유치와 650명의
# 고용 창출 효과가 있을 것으로'.
_ATTRACTION_EXPECTED = re.compile(r"[^.]{0,12}?투자\s*유치(?:와|및|,|\s*효과)[^.]{0,30}?효과")
# Investment a designation is hoped to bring, among its other effects: '기업 투자 1조1천억원 유치, 일자리 850개
# 창출 효과를 기대하고 있다' (no one's committed money).
_INVESTMENT_LEFT = re.compile(r"투자(?:금|액)?\s*(?:약\s*)?$")
_ATTRACTED_AMONG_EFFECTS = re.compile(
    r"\s*(?:규모의?\s*)?유치(?:와|및|,|\s)(?:(?!MOU|협약|양해각서|체결|성공|확정|이끌어)[^.]){0,40}?(?:효과|기대|전망|예상)"
)  # not a deal done: '투자 3조원 유치 MOU를 체결해 고용 창출 효과가 클 것으로 예상'
_EFFECT = re.compile(r"효과|유발|부가가치|파급|경제\s*효과|생산\s*유발|기대\s*효과|매출\s*증대|절감")
# Taxes as the figure's subject: '지방세도 연 80억원가량 늘어날 것', '지방세 수입이 60억원가량 늘 것' (not '세수 확보를 위해 1조원 규모의 …').
_TAX_LEFT = re.compile(
    r"(?:지방세|세수|세입)(?:\s*수입)?(?:가|는|도|이|은|만으로도|만으로|만)?\s*(?:연간?|매년|해마다)?\s*(?:약\s*)?$"
)  # '지방세 수입만 연간 100억원 이상이 기대되는'
_ANNUAL = re.compile(
    r"(?<![가-힣])(?:매년|해마다)(?![가-힣])|\d{4}\s*년도|(?:올해|내년|금년|당해|연간|한\s*해)\s*(?:정부\s*)?(?:예산|사업비|국비)|예산안|본예산|추경|"
    r"(?:국비|정부)\s*예산|예산\s*(?:에|으로|을|이|은|\d|$)|예산(?=\s*\()|기획\s*예산|사업계획"
    r"|(?<!사업비는\s)(?<!줄어든\s)(?<!늘어난\s)정부안(?:에는|에서는|에|은|는|보다)?\s*$"  # a budget bill: '정부안 548억원보다'
)
# A programme's numbered year, its money that year's: '2차년도 착수 - 65억원', '첫해에는 30억원' (not a span of years:
# '1~5차년도에 걸쳐', '3차년도까지', nor a figure marked whole: '첫 해 총 1,000억원').
_PROGRAMME_YEAR_LEFT = re.compile(
    r"(?<![\d가-힣~∼\-])(?<![~∼\-]\s)\d{1,2}\s*차\s*(?:년도|연도)(?!\s*(?:까지|에\s*걸쳐|부터))"
    # the nth year right before its money: '1년차 사업비 186억원을', '3년차에는 120억원'
    r"|(?<![\d가-힣~∼\-])(?<![~∼\-]\s)\d{1,2}\s*년\s*차\s*(?:인\s*올해\s*|사업비\s*|예산\s*|국비\s*)?(?:는|에는|은|에)?\s*(?:약\s*|총\s*)?$"
    r"|(?<![가-힣])첫\s*해(?:에는|에|는|엔)?(?!인|의|\S)"
)
# A budget of a stated year earlier in the sentence: '2021년도 본 예산안에 … 착공비 10억 원, 용역비 3억 원'.
_BUDGET_YEAR = re.compile(r"(?:\d{4}\s*년도|올해|내년|금년)\s*(?:정부\s*|본\s*|국비\s*)?(?:예산안?|본예산|사업계획)")
# A part named after the amount: '63억원의 국비', '50억원 규모의 실시설계', '63억원 지원'.
_COMPONENT_RIGHT = re.compile(
    r"\s*(?:규모의?|가량의?)?\s*(?:의\s*)?(?:국비|시비|도비|군비|지방비|민자|정부\s*지원금|실시설계|기본설계|설계비|용역|타당성)"
    r"|\s*(?:을|를)?\s*(?:국비로\s*)?지원(?:하|받|한다|된다|할)"
    r"|\s*(?:을|를)?\s*매칭(?!\s*(?:형\s*)?(?:펀드|투자))"  # a backer matching the others' share: '민간에서 2,400억원을 매칭'
    r"|\s*(?:규모)?(?:로|으로)?\s*\d\s*차\s*(?:클로징|결성|모집|펀딩)(?!\S*\s*최종)"  # a fund's first close: '1,250억원 규모로 1차 클로징'
    r"|\s*(?:을|를)\s*(?:모아|모집해|모집하여|조성해)\s*\d\s*차\s*(?:클로징|결성)"  # '620억원을 모아 1차 클로징한 뒤'
    r"|\s*(?:규모)?(?:로|으로)\s*우선\s*(?:출범|결성|조성|클로징)"  # a first close: '펀드를 320억원 규모로 우선 출범시켰다'
)
# Where a whole's money comes from, as its sentence's topic: '재원은 중기부 모태펀드 250억원, 도비 100억원, 민간
# 출자 150억원으로 짠다', '최종 출자 구성은 …', '1차 결성에는 모태펀드 160억원, …': each a part, the largest too.
_SOURCES_TOPIC_LEFT = re.compile(
    r"(?:재원|재원\s*구성|출자\s*구성|출자자\s*구성|자금\s*구성|조달\s*구조|\d\s*차\s*결성)(?:은|는|으로는|에는)\s"
)
# A phase's money: '1단계로 7000억원을 들여', '2단계 200MW(1조4천억원)는', '1단계에 7천억원이 먼저',
# and a list of phases: '▲1단계(2025~2027년) 200MW · 1조3000억원', '2단계: 1,405억원'.
_PHASE_LEFT = re.compile(
    r"\d\s*단계\s*(?:\([^()]{1,40}\)\s*)?(?:로|에|에는|는|은|에서)?\s*(?:[·:\-–]\s*)?"
    r"(?:(?!걸쳐|나눠|나누어|사업|합쳐|합친|합하면|합해|더해|더하면|모두)[^\s,.]+\s*)?(?:[·:\-–]\s*)?\(?\s*$"
)  # (not the phases summed: '1·2단계 합쳐 3547억 원 규모', the whole)
# …or a phase opening a clause that spends on what it builds: '1단계 100MW 전산동 건립에 1조1300억원, 2단계
# 100MW 증설에 1조6820억원이 들어간다' (each phase's, whichever comes last).
_PHASE_SPENT_ON_LEFT = re.compile(
    r"(?:^|[,;]\s*|(?<!레벨)(?<!레벨\s)(?<![Ll]evel)(?<![Ll]evel\s)\s)\d\s*단계\s+(?!사업|걸쳐|나눠|나누어|평가|심사|절차)(?:[^\s,.]+\s+){0,3}?[^\s,.]*[가-힣](?:에|에는|에만)\s*(?:총\s*|약\s*)?$"
)
# …and a phase as the means of a clause, a few words before its money: '1단계로 GPU 클러스터 구축에
# 640억원을 우선 투입하고'.
_PHASE_MEANS_LEFT = re.compile(r"\d\s*단계(?:로|에는|에선|에서는)\s+(?!걸쳐|나눠|나누어)(?:[^\s,.]+\s+){1,3}$")
# The sum of a phase's listed parts: '1단계(2025∼2027년)로 국비 630억원, 시비 480억원, 구비 150억원 등
# 1천260억원이 투입된다'.
_PHASE_SUM_LEFT = re.compile(
    r"(?<![\d·~∼\-,])\d\s*단계\s*(?:\([^()]{1,40}\)\s*)?(?:로|에는|에선|에서는|에)\s(?!걸쳐|나눠|나누어)"
    r"(?P<parts>[^.]{0,80}?)\s등\s*(?:총\s*)?$"
)
# Money in a clause a phase opens (`PHASE_OPENS_CLAUSE`), however far after it: '1단계로 실증온실 4.2ha와
# 데이터허브를 짓는 데 232억원이', '2단계는 … 만드는 사업으로 280억원 규모이며', '이번에 착공한 1단계는 60MW
# 규모로, 1조원이'; not a clause naming a whole or another phase, nor one that has moved on to another topic.
_PHASE_CLAUSE_LEFT = re.compile(PHASE_OPENS_CLAUSE + r"(?P<clause>(?:[^,.;]|(?<=\d)[.,](?=\d)|(?<=로),){0,90})$")
# …or a phase the money is spent on, after it: '2028년까지 1200억 원을 추가로 들여 2단계 사업을 추진한다' (a phase's
# money, however the phase is called).
_SPENT_ON_A_PHASE_AFTER = re.compile(
    r"\s*(?:을|를)\s*(?:추가로\s*|더\s*|새로\s*|별도로\s*)?(?:들여|들인|투입해|투입하여|투입할|투자해|투자하여)\s*"
    r"(?:1\s*단계|[2-9]\s*단계|\d\s*차)\s*(?:사업|공사|확장|증설|구축|조성)?\s*(?:을|를|에)?(?:\s|$)"
)
# …and a figure the phase follows, as a headline writes it: '1조1240억 1단계 착공' (not '4300억원 규모 1단계
# 사업': a phase that is a project of its own, with its own total).
_PHASE_AFTER = re.compile(
    r"\s*(?:규모의?\s*)?(?:1\s*단계|[2-9]\s*단계(?!\s*(?:로드맵|계획|전략|구상|추진\s*계획)))"  # '5천억 3단계 로드맵': the whole
    r"(?!\s*(?:에\s*걸쳐|로\s*나눠|로\s*나누어|사업))"
)
# A phase's cost opening its clause or following its topic: '2단계 사업비는 2,920억원', '이 중 1단계
# 총사업비는', '컨소시엄은 1단계 사업비 1조2천억원의 PF 약정을'. After a
# project's name ('광주 AI 2단계 사업비 6000억원') the phase is a project of its own, and a range or
# list of phases ('1~3단계 사업비', '1·2단계 사업비') is their sum.
_PHASE_COST_LEFT = re.compile(
    r"(?:^|[.,;:]\s*|(?:이|그)\s*(?:중|가운데)\s+|[가-힣](?:은|는)\s+"
    r"|(?:면서|때문에|따라|며|고|돼|올라|늘어|줄어|해서|어서|아서)\s+"  # after a clause: '용량을 키우면서 2단계 사업비는',
    # '이 때문에 1단계 사업비는', '서버 가격이 크게 올라 2단계 사업비 980억원으로는'
    r"|(?:\d{1,2}일|올해|지난해|내년|지난달|이달|이날|최근)\s+)"  # after a date: '과기정통부는 지난 5일 2단계 사업비를
    r"\d\s*단계\s*(?:\([^()]{1,40}\)\s*)?(?:총\s*)?"
    r"(?:사업비|공사비|투자비|건립비|사업(?:에는|에|은|는)\s)\s*(?:는|은|로|으로|가|이|도|를|을)?\s*"
    r"(?:(?:약\s*)?" + NUMBER_PATTERN + r"\s*원?\s*에서\s*)?"  # revised: '9,200억원에서 1조 300억원으로'
    r"(?:약\s*)?$"
)
# The project's own cost as the subject of an estimate: '사업비는 1조원 이상으로 추산된다' (the owner's figure, not
# a guess at something else's: '생산유발효과는 …로 추산된다'; nor what it may reach: '…에 이를 것으로 추산된다').
_OWN_COST_SUBJECT = re.compile(
    r"(?:총\s*)?(?:사업비|투자비|공사비|건립비|사업\s*규모|투자\s*규모)(?:는|은|가|이)\s*(?:약\s*)?$"
)
_ESTIMATED_AFTER = re.compile(
    r"\s*(?:이상|가량|안팎|내외|정도|수준)?\s*(?:으로|로)\s*(?:추산|추정)(?:된다|됐다|돼|되며|되고)"
)
# The increase of a whole as its own figure, opening its clause: '새로 늘어난 2,000억원은 … 펀드로 따로 만든다'
# (not '총사업비가 늘어난 1조원으로', '1천억원보다 늘어난 1천200억원 규모로': the whole itself).
_INCREASE_LEFT = re.compile(r"(?:^|[,.]\s+)(?:새로\s*)?(?:늘어난|증액된|추가된)\s*$")
# A part as the subject of its figure, revised or not: '민간 투자가 당초 180억원에서 330억원으로',
# '국비는 약 300억원', '시비 부담은 775억원에서 861억원으로', '시 출자금도 1,000억원에서 1,400억원으로'.
_PART_SUBJECT_LEFT = re.compile(
    r"(?:국비|시비|도비|군비|지방비|민자|민간\s*투자금?|민간\s*자본|민간\s*부담금?|(?:시|도|군|구|모태펀드)\s*출자(?:금|액))"
    r"(?:\s*(?:부담|분담)(?:분|액|금)?)?"
    r"(?:(?:가|이|는|은|도)\s*(?:당초\s+)?(?:[^\s\d.,]+(?:한|된)\s+)?"  # '출자액은 당초 신청한 400억원에서'
    # a few words of comparison between, after the part as subject: '시비는 협약 때와 같은 120억 원이다' (not '민간
    # 투자와 같은 1,000억원 규모의 펀드': the part compared with)
    r"(?:(?:[^\s\d.,]+\s+){0,2}(?:같은|동일한)\s+|(?:당초\s+)?계획대로\s+)?"
    r"|(?:가|이|는|은|도)?\s*(?:당초\s+)?)"
    r"(?:약\s*)?(?:[\d,.]+\s*(?:조\s*)?(?:[\d,.]+\s*)?[억만천]*\s*원?\s*(?:에서\s+|→\s*|->\s*))?(?:약\s*)?$"
)
# Money put into a fund by one of its backers: '모태펀드 400억원은 … 출자', '400억원을 출자'.
_CONTRIBUTED = re.compile(r"\s*(?:을|를|은|는|이|가)?\s*(?:[^\s,.]+\s+){0,2}출자(?![자사금])")
_FUND_WORDS = re.compile(r"펀드|조합")
# A list of backers, the first named after the list's topic: '출자자(LP) 구성은 … 모태펀드 500억원, 경기도 240억원'.
_BACKERS_LISTED_LEFT = re.compile(r"(?:출자자|출자|재원|LP)[^.]{0,12}?구성(?:은|을\s*보면)\s+(?:[^\s.,]+\s+){0,4}$")
_COMPONENT_LEFT = re.compile(
    r"(?:국비|시비|도비|군비|구비|지방비|민자|민간|민간\s*투자|민간에서|민간\s*자금|자부담|기금|출자금|출자액)\s*(?:\(|$)"
    r"|민간에서(?:는|도)\s*$"  # '민간에서는 460억원이 모였다': the private backers' part
    r"|이\s*중|그\s*중|가운데|중\s*$"
    r"|(?:남은|나머지|잔여)\s*$"  # the rest of a whole: '남은 1,750억원은 연말까지 모집한다'
    r"|집행(?:된|한)\s*(?:금액|돈)(?:은|는|이|가)?\s*$|집행액(?:은|는|이|가)?\s*$"  # what was spent so far of it
    r"|자펀드(?:가|는|은|이|도|에|에는)?\s*(?:각\s*)?$"  # a sub-fund of a fund of funds: 'AI 반도체 자펀드가 350억원'
    r"|(?:부담분|분담분|부담액|분담액|출자분|투자분|출연분|증액분|증가분|추가분|몫)\s*(?:은|는|이|가|으로|로)?\s*$"  # a party's portion: '민간 부담분은 1조 780억원'
    r"|\d\s*차\s*(?:클로징|결성)\s*(?:액|금액)?\s*(?:은|는|이|가)?\s*$"
    # a numbered sub-fund of a fund: "'AI 혁신펀드' 2호가 1,800억원 규모로", '1호(1,500억원)'
    r"|(?<![\d가-힣])\d\s*호(?:\s*펀드)?(?:가|는|은|도|\(|\s)\s*$"
    r"|\d+(?:\.\d+)?\s*%\s*(?:인|에\s*해당하는|가량인|수준인)\s*$"  # a share of a whole: '약정 총액의 60%인 720억원'
)
# The private backers' money as its figure's topic: '민간 출자자(LP) 자금은 3,580억원이 모였다'.
_PRIVATE_BACKERS_LEFT = re.compile(
    r"민간\s*(?:출자자|LP)(?:\s*\([^()]{0,8}\))?\s*(?:자금|출자금|출자액|몫)?(?:은|는|이|가)?\s*$"
    r"|민간\s*투자자\s*(?:몫|자금)(?:은|는|이|가)?\s*$"
)  # (not '민간 투자자가 1조원을 전액 투자해': a sole investor's whole)
_OTHER = re.compile(
    r"(?<![가-힣])상당(?:의|하는|한|액|을|를|이|가|으로|은)?(?=\s|$|[.,])(?!\s*(?:부분|기간|규모|비중|폭|금액))|(?<![중과])기부|성금|"  # not '중기부', '과기부' (ministries)
    r"후원|장학금|연봉|임금|가격|매출(?!\s*증대)|시가총액|기탁|포상|상금|월급|수당|벌금|과태료"
    r"|(?<![가-힣])기업\s?가치|몸값|운용\s*자산|AUM|영업이익|순이익"  # what a company is worth or earns
    r"|생산액|수출액|(?<![가-힣])수출\s*실적|지역\s*내\s*총생산|GRDP|거래액"  # what an industry or a place produces
    r"|(?<![가-힣])수출(?:은|는|이|가)\s"  # '국내 방산 수출은 사상 최대인 95억달러를 기록했다'
    r"|수주\s*잔고|수주액|수주\s*실적"  # what a company has sold: '지상방산 부문 수주잔고는 30조 원을 넘어섰고'
    r"|(?<![가-힣])수익(?!형|사업|성)|회수해|회수한|회수했"  # what a fund earns back: '40억원을 회수해 누적 수익을 90억원으로'
)
# A company's own funding round right beside its figure, not a project's money: '30억원 규모 시리즈A 투자', '시리즈B
# 320억원' (not '시리즈C 이후 부산에 800억원을 들여 …센터를', nor '300억원 규모의 강원 AI 시드 투자 펀드').
_ROUND = r"(?:시리즈\s?[A-Ea-e]|프리\s?[Aa]|프리\s?IPO|시드\s*(?:투자|라운드)|브릿지\s*투자)(?![A-Za-z])"
_ROUND_RIGHT_BEFORE = re.compile(
    _ROUND + r"\s*(?:라운드\s*)?(?:투자\s*)?(?:를\s*통해\s*|으로\s*|로\s*|에서\s*|서\s*|가운데\s*|중\s*)?$"
)  # '시리즈B 라운드에서 320억원', '시리즈C 투자를 통해 500억원'
_ROUND_RIGHT_AFTER = re.compile(r"(?:\s*규모(?:의|인)?)?\s*" + _ROUND)
_FUND_AFTER_ROUND = re.compile(r"\s*(?:펀드|조합|계정)")  # '… 시드 투자 펀드': a fund's name, no round
# What a startup raised, its subject: 'AI 반도체 설계 스타트업 한 곳은 해외 SI에게서 500억원을 추가로 유치했다'.
_STARTUP_SUBJECT_LEFT = re.compile(
    r"스타트업(?:\s*(?:한|두|세|\d+)\s*(?:곳|개사|개))?(?:은|는|이|가)\s"
    r"(?![^.]*?(?:[가-힣](?:은|는|이|가)\s|(?:할|하는|한|될|된)\s))[^.]{0,40}$"
)  # (not '스타트업이 입주할 … 사업이 국비 1000억원을 유치': the project's, the startups in a clause)
_RAISED_AFTER = re.compile(r"\s*(?:을|를)\s*(?:추가로\s*)?(?:유치|투자받)")
# What each of several firms received: '기업 등 4곳이 각 8억~15억원을 투자받았다' (one firm's round, no project's whole).
_EACH_LEFT = re.compile(r"(?<![가-힣])각(?:각)?\s*$")
_RECEIVED_AFTER = re.compile(r"[^.,]{0,10}?(?:투자|지원)\s*받(?:았|은|는|아|고|게|기로)|[^.,]{0,10}?(?:투자|지원)받")
_FIRMS_SUBJECT = re.compile(r"(?:기업|스타트업|업체|개사|벤처)[^.]{0,20}?(?:이|가|은|는)\s")
# What a deal paid, as the figure's topic: '인수가는 부지와 인허가권을 포함해 약 1100억원으로' (not what it builds).
_DEAL_PRICE_TOPIC = re.compile(
    r"(?:인수가|인수\s*(?:가격|금액|대금)|매각가|매각\s*(?:가격|금액|대금)|매입가|거래\s*금액)(?:은|는)\s[^.]{0,24}$"
)  # (as the topic: not '부지 매입가 등을 포함해 총 1500억원', '매입가 300억원과 건축비 …', a cost's items)
# Investment a plan aims to draw: '2027년까지 1조6,000억원 규모의 민관 투자를 이끌어낸다는 목표' (a target, no money).
# …or with the investment named before the figure: '민간 투자 3조원을 끌어모은다는 목표'.
_DRAWING = r"(?:이끌어|끌어)\s*(?:내|낸|들이|들인|모으|모은|모을|모아|오|온|올)[^.]{0,8}?목표"
_DRAW_TARGET_AFTER = re.compile(r"(?:\s*규모)?(?:의)?\s*(?:민관\s*|민간\s*|기업\s*)?투자를?\s*" + _DRAWING)
_DRAWN_OBJECT_AFTER = re.compile(r"\s*(?:을|를)\s*" + _DRAWING)
# …the money drawn named before its figure: investment or private capital ('민간자본 3조원을 끌어모은다는 목표',
# '민자 3조원을 끌어들인다는 목표'; not '국비 3000억원을 끌어낸다는': the state's money, a share of the project).
_DRAWN_MONEY_LEFT = re.compile(r"(?:투자(?:금|액)?|민간\s*자본|민자|민간\s*자금|외자|외국인\s*투자)\s*(?:약\s*)?$")
# A size that marks a kind of deal, as its clause's subject: '100억원 이상 투자는 여전히 부족하다' (not '1조원 이상
# 투자를 유치했다': the investment drawn).
_BOUND = re.compile(r"\s*(?:이상|이하|미만|초과)")
_DEALS_AS_SUBJECT = re.compile(r"\s*(?:의\s*)?(?:대형\s*|후속\s*)?(?:투자|거래|딜)(?:는|가|은|이)\s")


# A threshold that sorts places or things: '1천억원을 넘긴 곳은 아직 부산뿐이다', '500억원이 넘는 펀드는 세 개다'.
_THRESHOLD_AFTER = re.compile(
    r"\s*(?:을|를|이|가)?\s*(?:넘긴|넘은|넘는|웃도는|넘어선)\s*(?:곳|지역|지자체|펀드|기업|사업|센터|프로젝트)(?:은|는|이|가|도)\s"
)


_RANGE_OPENED_LEFT = re.compile(r"[\d.,]+\s*(?:조|억|천만|백만|만)?\s*(?:원)?\s*[~∼-]\s*$")  # '8억~' of '8억~15억원'


def _range_start_left(sentence: str, m: MoneyMention) -> str:
    """The words before a figure, or before the start of the range it ends ('각 8억~15억원': '각 ')."""
    start = m.start
    opened = _RANGE_OPENED_LEFT.search(sentence[max(0, start - 16) : start])
    if opened is not None:
        start -= len(opened.group(0))
    return sentence[max(0, start - 6) : start]


def _a_size_of_deals(sentence: str, m: MoneyMention) -> bool:
    """A bounded figure ('100억원 이상') before deals as its clause's subject, or a threshold that sorts
    places or things ('1천억원을 넘긴 곳은')."""
    if _THRESHOLD_AFTER.match(sentence, m.end):
        return True
    bound = _BOUND.match(sentence, m.end)
    if bound is None and not m.text.rstrip().endswith(("이상", "이하", "미만", "초과")):
        return False
    return _DEALS_AS_SUBJECT.match(sentence, bound.end() if bound else m.end) is not None


_PER_UNIT_LEFT = re.compile(
    r"(?:기업|업체|곳|개사|과제|팀|건|㎿|MW|메가와트|㎾|kW|킬로와트|GW|기가와트|㎡|평|명)\s*당\s*(?:연간?\s*|매년\s*|한\s*해\s*)?(?:평균\s*)?(?:최대\s*|최고\s*)?(?:약\s*)?$"
    # what one of many gets, a few words on: '과제 하나에 돌아가는 돈은 10억원 남짓이다'
    r"|(?:과제|기업|업체|팀|기관|학교|가구|스타트업)\s*(?:하나|한\s*곳|한\s*개|한\s*건|한\s*팀)(?:에|에는|마다|당)\s+"
    r"(?=[^.]{0,20}(?:돌아가|지원|주어지|배정|돈|몫|금액))(?:[^\s,.]+\s+){0,3}(?:평균\s*)?(?:약\s*)?$"
)  # a cap per company: '한 기업당 최대 50억원까지'
# Verbs of growing a size to a figure, in the forms a goal takes ('늘린다는', '늘릴', '늘리는 것이' … 목표).
_GROW_FORMS = (
    r"늘린다는|늘리겠다는|늘릴|늘리는\s*것이|늘려간다는|늘려가겠다는|늘려갈|늘려가는\s*것이"
    r"|키운다는|키우겠다는|키울|키우는\s*것이|확대한다는|확대하겠다는|확대할|확대하는\s*것이"
    r"|끌어올린다는|끌어올리겠다는|끌어올릴|끌어올리는\s*것이|높인다는|높이겠다는|높일|높이는\s*것이"
)
# A figure someone expects or speculates about, not an announced plan: '최대 350억 달러에 이를
# 가능성', '투자 규모가 앞으로 5조원까지 늘어날 것으로', '1조원대 … 건립 이야기가 나오다가'.
_FORECAST_AFTER = re.compile(
    r"[^.?!]{0,12}?(?:까지|에|으로|로)\s*(?:이를|이르는|늘어날|늘어나|늘|확대될|불어날|증가할|달할|도달할|커질|성장할)\s*"
    r"(?:것|가능성|전망|수도?\s*있|예정|것으로)"  # '전체 투자가 3조 이상으로 늘 수도 있다'
    # a size to grow to, set as a goal in any verb form: '투자 규모를 5조원 이상으로 키운다는 목표', '… 3조원까지
    # 늘리겠다는 목표', '… 1조원까지 늘릴 목표', '… 5조원으로 확대하는 것이 목표' (not a plan, in any form: '펀드 규모를
    # 5000억원까지 늘린다는 계획', '… 1조원까지 늘릴 계획' are the size the owner announces)
    rf"|\s*(?:이상|대|규모)?\s*(?:으로|로|까지)\s*(?:{_GROW_FORMS})\s*목표"
    r"|\s*(?:을|를|이|가)?\s*(?:넘어설|넘을|웃돌|돌파할|넘길)\s*(?:것|전망|가능성|수\s*있)"  # '내년 10조원을 넘어설 것으로'
    r"|\s*(?:을|를)?\s*돌파\s*(?:전망|예상|관측|기대)"  # a headline's '올해 12조 돌파 전망'
    r"|[^.?!]{0,25}?(?:가능성이|가능성도|가능성\s*$|전망이다|전망된다|관측된다|추산된다|예상된다|이야기가\s*나오|얘기가\s*나오|설이\s*(?:나오|돌)|소문|거론되)"
    # a figure a proposal under discussion is about: '1,500억원 규모로 조성하는 방안을 협의', '1,000억원 규모로
    # 2호 펀드를 만드는 방안을 협의하고 있다' (not '1조원
    # 규모의 센터 건립을 위한 협력 방안을 논의': the money is the centre's)
    r"|(?:\s*규모)?\s*(?:로|으로|을|를)\s*(?:[^\s.,]+\s+){0,3}?[^\s.,]*(?:하는|되는|드는|짓는|할|될|들|울|릴|을)\s*방안(?:을|를|도)\s*"
    r"(?:[^\s.]+\s+){0,3}?(?:검토|협의|논의)"
    # …or of a new project quoted between: "3000억원 규모의 '서울 AI 혁신펀드 2호'를 조성하는 방안을 검토"
    r"|(?:\s*규모)?의\s*[‘'“\"「『][^’'”\"」』]{2,40}[’'”\"」』](?:을|를)\s*[^\s.,]*(?:하는|할|만드는|세우는)\s*방안(?:을|를|도)\s*"
    r"(?:[^\s.]+\s+){0,3}?(?:검토|협의|논의)"
    # a plan still being weighed: '3000억원 규모의 2호 펀드 조성도 검토하고 있다', '1조원 투자를 검토 중'
    r"|(?:\s*규모)?(?:의|로)?\s*(?:[^\s.,]+\s+){0,3}?[^\s.,]*(?:을|를|도)\s*검토\s*(?:하고\s*있|중|하기로|할\s*(?:계획|방침)|하겠)"
    # investment a place means to draw on top of the project, its target: '2030년까지 센터 주변에 AI 기업을 끌어들여
    # 3천억 원 규모의 투자를 추가로 유치하겠다는 계획' (not money the project has)
    r"|(?:\s*규모)?(?:의)?\s*(?:추가\s*투자(?:를|도)?\s*|투자(?:를|도)?\s*(?:추가로|더)\s*)유치하겠다는\s*(?:계획|목표|구상|방침)"
    # investment a place hopes to draw, the amount its subject: '최대 3조원의 민간 투자가 유치될 것으로 기대'
    r"|(?:\s*규모)?(?:의\s*[^\s.,]+(?:\s[^\s.,]+)?(?:가|이)|이|가)\s*(?:유치될|들어올|몰릴)\s*것으로\s*(?:기대|예상|전망|보)"
)
_FORECAST_BEFORE = re.compile(r"(?:앞으로|향후|장기적으로|최종적으로는?|궁극적으로)\s*(?:\S+\s*){0,3}$")
# Others' guess at a figure the owner has not given: '업계에서는 구로 센터에 약 6천억원이 투입될 것으로
# 보고 있지만', '증권가는 투자비를 1조원 안팎으로 추정한다' (not '업계에 따르면 … 6천억원을 투입한다': a report).
_GUESSERS_LEFT = re.compile(
    r"(?:업계(?:\s*안팎)?|증권가|시장에서|일각|전문가들?)(?:에서는|에선|에서|는|은|도|의)?\s(?P<between>[^.]{0,60})$"
)
_GUESSED_AFTER = re.compile(
    r"[^.]{0,25}?(?:것으로|것이라고|것이란|걸로|으로|로)\s*(?:보고|본다|보는|보인다|추정|추산|예상하|예상했|전망하|전망했"
    r"|관측하|관측했|관측이|전망이|내다보|내다봤)"
    # hearsay of what it takes: '… 1,300억 원은 들 거라고 한다', '…이 필요할 것이라고 입을 모은다'
    r"|[^.]{0,12}?(?:들|든다는|필요할|필요하다는|소요될|들어갈|투입될|투입돼야\s*할)\s*(?:거|것)(?:이)?라고"
    r"\s*(?:한다|했다|말한다|말했다|입을\s*모은다|입을\s*모았다)"
)
_ANOTHER_SUBJECT = re.compile(r"[가-힣](?:은|는)\s")  # '업계도 … 회사는 총 3천억원을': the company's own plan
# A critic's claim of what it will really cost, in their own words: '김 의원은 "실제로는 1,300억원 이상이 들
# 것"이라며 과소 추계를 지적했다' (a councillor's, an auditor's or a civic group's guess; not the owner's figure).
_CRITICS_LEFT = re.compile(
    r"(?:의원|위원|시민단체|야당|감사원|노조|전문가|교수)(?:들)?(?:은|는|이|가|도)\s[^.]{0,40}?[\"“'‘][^\"”'’]{0,60}$"
)
_CLAIMED_AFTER = re.compile(
    r"[^.\"”'’]{0,20}?(?:들|소요될|필요할|늘어날|불어날|넘을|될|든다|필요하다)\s*(?:것|수\s*있)?[\"”'’]"
)
# A target to attract ('투자 유치 1조 목표'), with '유치' around it.
_TARGET_AFTER = re.compile(r"[^.]{0,12}?목표")
# Money asked for and not yet granted: '내년도 예산으로 95억원을 요구한 상태다', '국비 500억원 지원을 요청했다'
# (its role is what was asked for; it stands behind any figure granted, as an old figure does).
REQUESTED_AFTER = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:의\s*)?(?:(?:국비\s*)?지원|예산|사업비)?\s*(?:을|를)?\s*(?:요구|요청|신청|확보\s*(?:를|을)?\s*추진)"
    r"(?:한|했|하|할|해|된|중|$|[\s…,.])"
    # not granted in the same sentence (a grant denied stays a request: '…요구했지만 정부안에 반영되지 않았다')
    r"(?![^.]*(?:선정|확보|반영|승인|통과|확정|따냈|받아들|배정|편성)"
    r"(?!(?:되|하|돼|해)?지는?\s*(?:않|못)|\s*(?:안|못)\s|(?:이|가)\s*(?:안|못)\s|에\s*(?:실패|그쳤)|(?:이|가)\s*무산))"
)
# A figure set beside another only to measure it ('정부가 배정한 예산 9,400억원과 견줘도 인천의 몫은
# 초라하다'), not the old figure of a change ('지난해 500억원과 비교하면 30% 늘었다').
# A successor, the subject of the figure's clause: '업계에서는 후속 펀드가 2천억원', '후속 사업의 예산은 300억원'.
# It is another project than the one reported (not yet one the article names), so none of its money.
# (Not a next phase of the same project: '2단계 후속 사업에는 총 6,000억원'.)
_SUCCESSOR_LEFT = re.compile(
    r"(?<!단계\s)(?<!단계)후속\s*" + rules.PROJECT_NOUN + r"(?:의\s*(?:예산|사업비|규모|재원))?\s*"
    r"(?:은|는|이|가)\s*(?:약\s*|최대\s*|총\s*)?$"
)
_OWN_COST_LEFT = re.compile(r"사업비|총|투자비|건립비|공사비|단계")  # '총사업비 4,000억원에 비하면': the project's own
_BENCHMARK_AFTER = re.compile(
    r"\s*(?:규모)?(?:과|와|에)\s*(?:견줘도|견주면|견주어도|비하면|비교하면|비교해도|비교해\s*보면)"
    r"(?![^.,]{0,15}(?:늘|줄|증가|감소|많|적|확대|축소|증액|감액))"
)
# A figure weighed as a fact about something else: '연간 설비투자가 3조원 안팎인 점을 고려하면', '연매출이 13조원인
# 것을 감안하면' (not the project's own size: '투자 규모가 3조원인 점을 고려하면 …').
_WEIGHED_AFTER = re.compile(
    r"\s*(?:안팎|가량|정도|내외)?\s*(?:이|가)?\s*(?:인|이었던|였던|에\s*이르는|에\s*달하는)\s*(?:점|것)(?:을|만)\s*"
    r"(?:고려하면|감안하면|생각하면|감안해도|고려해도)"
)
_OWN_SIZE_LEFT = re.compile(_OWN_COST_LEFT.pattern + r"|예산|규모|사업\s*비용")
# A figure disputed as a number, its clause's topic: '1,300억 원은 시가 검토한 적이 없는 숫자다', '2조원이라는 숫자는
# 근거가 없다' (someone's claim, not money anyone commits; not a figure praised: '국비 1,200억원은 역대 최대 수치다').
_SPOKEN_OF_AS_A_NUMBER = re.compile(r"\s*(?:이라는\s*(?:숫자|수치)(?:는|가|도)?|은|는)\s")
_DISPUTED_AFTER = re.compile(
    r"[^.]{0,40}?(?:검토한\s*적(?:이|도)?\s*없|근거(?:가|도)?\s*없|부풀|과장|터무니|추정(?:치)?일\s*뿐|추정에\s*불과"
    r"|확인되지\s*않|사실과\s*다르|정해진\s*바\s*없|확정되지\s*않)"
)
_NUMBER_WORD_AFTER = re.compile(r"[^.]{0,50}?(?:숫자|수치)")
# A figure a correction says was printed wrongly: "총사업비를 '870억원'으로 잘못 적었습니다", '500억원으로 잘못
# 표기했다', '1,200억원은 1,020억원의 오기' (the right figure stands: "'780억원'이 맞기에 바로잡습니다").
_WRONGLY_PRINTED_AFTER = re.compile(
    r"[’'”\"]?\s*(?:으로|로|이라고|라고)\s*(?:잘못\s*(?:적|표기|기재|보도|썼|쓰|나갔|게재|입력|전해|알려)|틀리게|오기(?:해|했))"
    # '…은 오기로 확인됐다', '…은 1,020억원의 오기입니다' (the word 오기 alone: not '들어오기로', '오기 전까지')
    r"|[’'”\"]?\s*(?:은|는|이|가)\s*(?:[^.\s]+\s*){0,2}?(?:\d[\d,.]*\s*(?:조|억|만)[^.\s]*\s*)?(?:의\s*)?"
    r"(?<![가-힣])오기(?=입니다|이다|였다|였습니다|다[.\s]|로\s*(?:확인|드러|밝혀))"
)
# How a revision says a figure changed: '540억원 줄어든 1조 1460억원'.
_CHANGED = r"(?:줄어든|늘어난|증액된|감액된|증가한|감소한|깎인|삭감된)"
_COMPARED = r"(?:많은|적은)"  # a change measured against the old figure: '1,000억원보다 200억원 많은'

# The new figure of a revision, not a guess: '당초 7조원에서 21조원까지 늘릴 계획'.
# A figure reached and then left, after it: '7,124억원까지 늘었다가 올해 6,416억원으로' (shared with money_roles,
# which marks the first figure superseded).
# An arrow from an old figure to its new one, as headlines and tables write a revision: '4천600억→4418억'.
REVISION_ARROW = r"(?:→|->|⇒|➡)"
REACHED_THEN_LEFT = r"\s*(?:까지|으로|로)?\s*(?:늘었|줄었|불어났|늘어났|줄어들었|증가했|감소했)(?:다가|지만|으나|는데)"
_REVISED_FROM = re.compile(
    r"(?:원|달러)\s*(?:규모|수준|대)?\s*에서\s*(?:[\d,]+\s*(?:개사|곳|개\s*기업|개\s*업체)\s+)?$"  # '4개사 … 원에서 6개사 …'
    r"|(?:원|달러)\s*(?:이|가)?\s*" + _CHANGED + r"\s*$"  # '540억원 줄어든 1조 1460억원'
    # '4천800억원에서 14.3% 줄어든 4116억원': the change given as a share
    r"|(?:원|달러)\s*에서\s*(?:약\s*)?[\d.,]+\s*%\s*(?:가량\s*)?" + _CHANGED + r"\s*$"
    r"|(?:원|달러)\s*(?:이|가)?\s*" + _COMPARED + r"\s*$"  # '1,000억원보다 200억원 많은 1,200억원'
    r"|(?:원|달러)" + REACHED_THEN_LEFT + r"\s*(?:[^\s.,]+\s+){0,3}$"  # '7,124억원까지 늘었다가 올해 6,416억원으로'
    r"|(?:원|달러|[조억만천])\s*" + REVISION_ARROW + r"\s*(?:약\s*)?$"  # a headline's arrow: '4천600억→4418억'
)
# The size of a market: '국내 AI 시장 규모는 10조원', '데이터센터 시장은 2030년 30조원 규모로'.
_MARKET = re.compile(r"시장\s*(?:규모|전망)?(?:는|은|가|이|도)?\s*(?:\S+\s*){0,4}$")
_MARKET_AFTER = re.compile(r"\s*(?:규모의|규모인|대의|의)?\s*시장")
# …stated as a size, not money a mayor ('박형준 부산시장은 … 3조원 규모의 AI 데이터센터를 유치했다' has
# one, but as a project's scale) or a company puts in ('시장 선점을 위해 이 센터에 7조원을 투입'):
# '시장 규모는 …', '… 30조원에 달할 전망', '… 12조원으로 성장할'.
_MARKET_SIZE_LEFT = re.compile(r"시장\s*규모")
_MARKET_SIZE_AFTER = re.compile(
    r"[^.]{0,16}?(?:규모|에\s*(?:달|이르|이를|육박)|(?:으로|로)\s*(?:성장|커|확대|늘어|불어)"
    r"|전망|예상|추산|추정|(?:을|를|\s)\s*(?:넘|돌파|웃돌))"  # a headline drops the particle: '시장 2028년 4조 돌파'
)
# …or, of a market named by its field (not a mayor, '김 시장은'), growing from its size or becoming one: '국내 의료 AI
# 시장은 6,500억원 수준에서 빠르게 커지고', 'AI 데이터센터 시장이 2030년이면 10조원대가 될 거라고들'.
_FIELDS_MARKET = re.compile(
    r"(?:국내|세계|글로벌|해외|AI|인공지능|데이터센터|데이터|클라우드|반도체|의료|헬스케어|바이오|로봇|소프트웨어|플랫폼|"
    r"[A-Za-z]{2,})\s*시장(?:은|는|이|가|도)?\s*(?:\S+\s*){0,4}$"
)
_MARKET_GROWS_AFTER = re.compile(
    r"[^.]{0,16}?(?:에서\s*(?:[^\s.]+\s+)?(?:성장|커지|커져|커진|늘어|늘고|확대|급성장)"
    r"|(?<=[대모])\s*(?:가|이)\s*(?:될|된다|되리라))"
    # …or from one size to another: '1,500억 달러에서 2030년 4,700억 달러(약 620조원) 규모로 커질 전망'
    r"|\s*(?:수준|규모)?\s*에서\s+[^.]{0,40}?(?:규모|수준)?(?:으로|로)\s*(?:성장|커|확대|늘어|불어)"
)
# '3조원 규모의 AI 데이터센터': the scale of a project, not of a market.
_SCALE_OF_PROJECT = re.compile(
    r"\s*(?:규모)?\s*(?:의|인)?\s*(?:[^\s.]+\s){0,2}?[^\s.]*(?:센터|단지|클러스터|사업|프로젝트|펀드|투자|허브|캠퍼스)"
)
_CURRENCY_AFTER = re.compile(r"\s?(?:원|달러)")
# A figure with no unit that opens a range or a change ending in a foreign currency: '5억→7억 달러',
# '3억~5억 달러', '5억에서 7억 달러로' (a range ending in 원 already reads as won).
_FOREIGN_CURRENCY = re.compile("|".join(c for c in CURRENCY_CODES if c != "원"))
_FOREIGN_FIGURE = (
    r"\s*(?:약\s*)?\d[\d,.]*\s?(?:조|억|천만|만)?(?:\s?\d[\d,.]*\s?(?:억|천만|만))?\s?(?:"
    + _FOREIGN_CURRENCY.pattern
    + r")"
)
# ('에서' and '부터' only when the second figure is what the first changed to: '총사업비 3,000억에서 1억 달러는
# 외국인 투자로 조달한다' takes a part out of a won figure.)
_FOREIGN_RANGE_END = re.compile(
    r"(?:\s*(?:→|->|~|∼|-|–|내지)"
    + _FOREIGN_FIGURE
    + r"|\s*(?:에서|부터)(?:\s*[가-힣]{1,4})?"
    + _FOREIGN_FIGURE
    + r"\s*(?:으로|로|까지)\s*(?:늘|증액|확대|상향|줄|감액|축소|올|내려|바뀌|변경|조정))"
)
_AS_TOPIC = re.compile(r"\s*(?:은|는)\s")
# A year's figure another is weighed against: '지난해 24억원보다 29% 늘어난 규모다', '전년 31억원 대비'.
_YEARS_FIGURE_LEFT = re.compile(r"(?<![가-힣])(?:지난해|작년|전년도?|올해|지난\s?20\d\d년)\s*(?:예산\s*|사업비\s*)?$")
_COMPARED_AFTER = re.compile(r"\s*(?:보다|대비|에\s*비해|에\s*견줘|에\s*비하면)")
# …unless what is weighed is no budget: '지난해 500억원보다 20% 늘어난 600억원의 매출', '… 4,200억원으로 총사업비가'.
_NOT_A_BUDGET_AFTER = re.compile(r"[^.]{0,30}?(?:매출|수출|영업이익|순이익|펀드|총사업비|투자\s*유치|시장)")
_BUDGET_YEAR_AFTER = re.compile(
    r"[^.,]{0,12}?" + _BUDGET_YEAR.pattern + r"\s*에\s*(?:반영|편성|포함|담)"
)  # '1,000억원이 내년도 예산에 반영': the amount is that year's budget
# This year's or next year's money, the year opening its clause and only whose money it is between:
# '올해는 국비와 시비 326억 원으로', '올해 도 출자분은 60억원이고', '올해 정부 예산에는 … 국비 48억원이'
# (a year's share even when a funder or a portion names it; not '올해 예타를 통과한 사업에 …').
_THIS_YEARS_PART = re.compile(
    r"(?<![가-힣])(?:올해|금년|내년|당해\s*연도)(?:는|에는|에|도|의)?"
    r"(?:\s+(?:편성된|배정된|반영된|책정된|확보한|확보된))?"  # '올해 편성된 시비 120억원'
    r"(?:\s+(?:국비|시비|도비|군비|구비|지방비|정부|예산|본예산|출자분|출자금|출자액|도|시|군|설계비|기본설계비|"
    r"실시설계비|사업비)(?:와|과|는|은|이|가|에는|에|로|으로|도|의|및)?)+\s*(?:약\s*)?$"
)
# A year's budget a part is put into, a few words before it: '올해 정부 예산에 클러스터 조성사업 국비 86억원이
# 반영됐고', '시는 본예산에 시비 24억원을 편성했다', '2027년도 예산안에 국비 40억원이 반영됐다'.
_YEARS_BUDGET_LEFT = re.compile(
    r"(?:(?:올해|금년|내년|내년도|당해\s*연도|\d{4}년도?)\s*(?:정부\s*|국가\s*|시\s*|도\s*)?(?:예산안?|본예산)"
    r"|본예산|추경\s*예산안?|추경)(?:에|에는|에서|으로)\s+(?:[^\s.,]+\s+){0,4}$"
)
# A government's whole budget for a year: '16조2천억원 규모의 내년도 인천시 예산안', '내년 예산 16조 의결'.
# A year's budget this large is no project's (a project's year is a few hundred 억 at most).
_GOVERNMENT_NAMED = r"[가-힣]{1,8}(?:시|도|군|구|정부)\s*"  # '인천시', '거창군', '정부'
_WHOLE_BUDGET_AFTER = re.compile(
    r"\s*(?:규모)?(?:의|인)?\s*(?:내년도?|올해|금년|20\d\d\s*년도?)\s*(?P<government>" + _GOVERNMENT_NAMED + r")?"
    r"(?:본\s*)?예산안?"
    r"|\s*(?:규모)?의\s*국가\s*예산(?:을|를)\s*(?:반영|확보)"  # '7조6천억원 규모의 국가예산을 반영했다': a province's share
)  # a government named: its whole budget at any size ('6,200억원 규모의 2027년도 거창군 예산안')
_WHOLE_BUDGET_LEFT = re.compile(
    r"(?:내년|올해|금년|20\d\d\s*년)도?\s*(?:"
    + _GOVERNMENT_NAMED
    + r")?(?:본\s*)?(?:예산안?|국가\s*예산)\s*(?:은|는|이|가)?\s*(?:총\s*)?$"
)
_WHOLE_BUDGET_VERB = re.compile(
    r"\s*(?:규모로?|규모의)?\s*(?:을|를|이|가|으로|로)?\s*(?:의결|편성|확정|통과|제출|확보|반영)"
)
WHOLE_BUDGET_MIN_KRW = 1_000_000_000_000  # 1조
# …or what is spent this year, or in the first year of several: '올해 210억 들여', '센터는 올해 210억원을
# 투입해', '첫해인 2026년에는 240억원이 들어간다' (not '올해 3조원 규모 데이터센터 착공': a project's size).
# …with the project named between: '대전시는 올해 클러스터 사업비로 186억원(국비 150억원, 시비 36억원)을 확보했다'.
_THIS_YEARS_COST_LEFT = re.compile(
    r"(?<![가-힣])(?:올해|금년|내년)\s+(?:[^\s.,]{1,12}\s+)?(?:사업비|예산)(?:로|으로|는|은|이|가)?\s*(?:약\s*)?$"
)
_THIS_YEAR_LEFT = re.compile(
    r"(?<![가-힣])(?:올해|금년|첫해인?\s*(?:20\d\d년)?|첫\s*해|1차\s*연도)(?:는|에는|에도|에)?\s+(?:약\s*)?$"
)
# …or last year's, set against this year's by its topic marker, spent as a year's money: '지난해에는 48억원이 들어갔다'
# (not '지난해엔 6500억원을 들여 센터 건물을 완공했다': what building it cost).
_LAST_YEAR_LEFT = re.compile(r"(?<![가-힣])(?:지난해|작년|전년)(?:에는|엔|는)\s+(?:약\s*)?$")
_SPENT_LAST_YEAR_AFTER = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:이|가|을|를)?\s*(?:들어갔|투입됐|투입되었|쓰였|썼|집행됐|집행했|지원됐|지원했)"
)
# …or on what, a few words on: '2단계 사업 가운데 올해는 제조 AI 솔루션 실증에 86억원을 투입해'.
_THIS_YEAR_ON_LEFT = re.compile(
    r"(?<![가-힣])(?:올해|금년|첫해)(?:는|에는)\s+(?:[^\s.,]+\s+){0,4}?[^\s.,]+에\s+(?:약\s*)?$"
)
_SPENT_THIS_YEAR_AFTER = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:을|를|이|가)?\s*(?:투입|들여|들인|들어간|들어가|들어갔|지원|집행|쓴|쓰|썼)"
)  # '올해 78억원(국비 52억원, 시비 26억원)을 투입한다'
# …or what this year's money does, the money as its means: '올해는 96억원으로 … 34개사를 지원하고' (not a scale:
# '올해 3조원 규모로 데이터센터 착공을 추진한다').
_A_YEARS_MEANS_LEFT = re.compile(r"(?<![가-힣])(?:올해|금년|내년|내년도|첫해)(?:는|에는|에도|에)?\s+(?:약\s*)?$")
_SPENT_WITH_THIS_YEAR_AFTER = re.compile(
    r"\s*(?:으로|로)\s+(?![^.]{0,30}?(?:" + _CHANGED + r"|불어난|커진|늘린|확대된))"  # a size it grew to
    r"(?:[^\s.,]+\s+){0,6}?[^\s.,]*(?:지원|운영|진행|보급|육성|교육|돕|실증)(?:하|한|할|해|합|했|중|\s*중|는|을|를)"
)
# A dated year's cost or budget, as a line of a release's outline writes it: '2022년 사업비 : 64억 원'.
_DATED_YEARS_COST_LEFT = re.compile(
    r"(?<!\d)(?:19|20)\d\d\s*년\s*(?:사업비|예산|국비)(?:는|은|이|가|로|으로)?\s*[:：]?\s*(?:약\s*)?$"
)
# A part of the whole its core facility is, the whole named right before, the facility the clause's topic or
# place: "클러스터 핵심시설인 'NPU 팜'에는 960억원이 투입돼", '단지의 핵심 시설에는 …' (not '지역 AI 산업의
# 핵심 시설인 AI 데이터센터에는 5천억원': a project that is the region's core, with its own cost).
_WHOLE_HEADS = rules.WHOLE_HEAD_WORDS + r"[’'”\"」』]?(?:의|\s)\s*(?:첫\s*)?"
_CORE_FACILITY_LEFT = re.compile(
    _WHOLE_HEADS + r"(?:핵심|중심|주력)\s*시설(?:인|이자|로|으로)?\s+(?:[^\s,.]{1,20}\s*){0,3}?(?:에는|에|은|는)\s*$"
    r"|" + _WHOLE_HEADS + r"(?:핵심|중심|주력)\s*시설(?:에는|에|은|는)\s*$"
)
# A budget's figure spent on the project itself is its cost, no year's: '500억원대 예산이 들어가는 이 사업'.
_BUDGET_SPENT_ON = re.compile(
    r"\s*(?:의|이|을)?\s*예산(?:이|을)\s*(?:들어가|들어갈|투입되|투입될|소요되|소요될|드는|들)"
)
# Words around an amount that classify_role reads, besides the tables above.
_WORD_THEN_BRACKET = re.compile(r"[가-힣]\s*\($")  # '핵심 인프라 조성(': a part, in brackets
# A cost item of a project: '장비비 2천180억·건축비 1천640억', '설계비는 85억원' (a part of its total)…
_COST_ITEM_LEFT = re.compile(
    r"(?:설계비|용역비|장비비|장비\s*구축비|건축비|부지\s*매입비|매입비|인건비|(?:토지|부지)\s*(?:매매\s*)?(?:대금|매입\s*비용|보상비))"
    r"\s*(?:는|은|로|으로|가|이)?\s*(?:약\s*)?$"
)  # '토지 매매대금은 1870억원이다': the land's price
# …unless a budget puts it in: '설계비 85억원이 정부안대로 반영됐다', '… 내년도 국비 예산에 반영됐다'
# (that year's budget; not '총사업비 4,200억원이 확정돼 기본계획에 반영됐다': no budget named).
BUDGETED_AFTER = re.compile(
    r"\s*(?:이|가|을|를|은|는)?\s*(?:[^\s.,]+\s+){0,4}?(?:반영|편성|배정)(?:됐|되었|돼|된|했|하였|하|되|을|이)"
)
BUDGET_CONTEXT = re.compile(r"예산|정부안|편성")
# Money a budget takes in, the money the subject of the passive: '재난연구허브에 40억 원이 반영되는 등', '국비
# 210억 원이 반영됐다' (a year's line, wherever the article names the budget).
_REFLECTED_AFTER = re.compile(
    r"\s*(?:이|가)\s*(?:[^\s.,]+\s+){0,2}?(?:반영|편성)(?:됐|되었|돼|된|되는|되며|되고|될|되어)"
)
# …not a plan or an appraisal taking in a whole: '사업비 3천억원이 예타 결과에 반영돼', '조성비 1조2천억원이
# 국가계획에 반영됐다' (a budget's deliberation is the year's: '기재부 심의 결과에 반영').
_REFLECTED_IN_PLAN = re.compile(r"계획|예타|예비타당성|타당성")


def _reflects_a_whole(sentence: str, m: MoneyMention) -> bool:
    """A whole cost taken into a plan or an appraisal, not a year's budget line."""
    reflected = _REFLECTED_AFTER.match(sentence, m.end)
    return reflected is not None and _REFLECTED_IN_PLAN.search(reflected.group()) is not None


# A party bearing its part: '카카오는 … 사업비 40억원을 부담한다' (not '전액 500억원을 부담': the whole;
# nor '300억원을 부담해 … 센터를 짓는다': the means of its own project).
_BORNE_AFTER = re.compile(
    r"\s*(?:을|를|씩)\s*(?:부담|분담)(?:한다|했다|하기로|키로|할\s*(?:예정|계획))"
    # a party's part, the rest another's: '뉴로칩스가 440억원을 내고, 나머지는 국비와 시비'
    r"|\s*(?:을|를)\s*(?:직접\s*)?(?:내고|대고|부담하고|출자하고|책임지고|투자하고|투입하고)[^.]{0,20}?(?:나머지|잔여|남은)"
)
# Parties listed each with its money, as subjects or topics: '모태펀드가 600억원, 충북도가 240억원', '빛고을칩스는
# 1,350억원, 무등세미콘은 920억원을 들여'
# (each a share; not '총사업비가 1조원, 국비가 3천억원': the first is the whole).
_PARTY_SUBJECT_LEFT = re.compile(r"[가-힣A-Za-z)](?:가|이|은|는)\s*(?:약\s*)?$")
_NEXT_PARTYS_MONEY = re.compile(  # its share in brackets may come between: 'A가 7,200억원(60%), B가 …'
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:을|를)?\s*,\s*[^,.\d]{1,24}?(?:가|이|은|는)\s*(?:약\s*)?\d[\d,.]*\s*(?:조|억|천만|만)"
)
# Parties' money listed and added together, with no sum stated after: '펀드는 도비 50억원과 시비 20억원에
# 모태펀드 250억원, 민간 출자 180억원을 더해 조성한다' (each a part, however large); not '… 더해 총 150억원'.
_ADDED_TOGETHER_AFTER = re.compile(r"(?:을|를)\s*(?:더해|합쳐|모아|보태)(?:서)?\s(?P<rest>[^.]*)")
_A_SUM_STATED = re.compile(r"총|모두|전체|\d\s*(?:조|억|천만|만)")
_WHOLE_AS_SUBJECT = re.compile(r"사업비|규모|총|전체|투자액|예산|합계|모두")
_WHOLE_BORNE = re.compile(r"전액|전부|모두|전체|총")
_FUND_SIZE_BRACKET = re.compile(r"펀드[’'\"”」]?\s*\(\s*(?:약\s*|총\s*)?$")  # '…지역혁신펀드(1,200억원)가': its size
_TOTAL_WORD = re.compile(r"총|전체")
# ...or the whole of what it pays for: '총 1조1,240억원을 들이는 캠퍼스 가운데 1단계에는 4,600억원'.
_PARTS_FOLLOW = re.compile(r"\s*(?:(?:을|를|이|가)?\s+(?:[^\s.,]+\s+){0,3}?)?(?:가운데|중)(?![가-힣])")
_TOTAL_MARK = re.compile(r"총|전체|모두|합계")
# A bracket of parts closed by their whole, marked: '(국비 110억원·총 165억원)'.
_PARTS_OPEN_BRACKET_LEFT = re.compile(r"\(\s*(?:[^()\d]{1,12}?\s*[\d,.]+\s*[조억만천]*\s*원\s*[·ㆍ,/]\s*)+$")
_CLOSES_BRACKET = re.compile(r"\s*\)")
_PHASE_RIGHT_BEFORE = re.compile(r"\d\s*(?:단계|차|기)\s*$")  # '1단계(국비 200억원·총 300억원)': a phase's whole
_SCALE_AFTER = re.compile(r"\s*(?:규모|가량)")
_BUDGET_WORD_AFTER = re.compile(r"\s*(?:의|이|을)?\s*(?:예산|기획\s*예산)")
_WHOLE_PROJECT_COST = re.compile(r"총\s*사업비|전체\s*사업비")
# A whole cost the sentence revises, named anywhere before its figures: "'…특구'의 총사업비는 입주
# 기업들의 계획이 구체화하면서 당초 1조 2,340억원에서 1조 4,120억원으로 늘었다" (both are totals; the
# first is then superseded).
_WHOLE_COST_NAMED = re.compile(
    r"총\s*사업비|전체\s*사업비|(?<![가-힣])사업비|투자\s*규모|사업\s*규모|총\s*투자(?:액|비)"
    r"|(?:클러스터|단지|특구|센터|사업)\s*투자액"  # '클러스터 투자액은 4개사 … 원에서 6개사 … 원으로'
    r"|결성액|결성\s*규모|조성\s*규모|펀드\s*규모"  # a fund's size
    r"|펀드(?=[’'”\"」』]?(?:는|가|은|이)\s)"  # …the fund itself as the subject: '펀드는 … 620억원으로 몸집을 키웠다'
)
_REVISES_NEXT = re.compile(
    r"\s*에서\s*(?:약\s*)?\d|\s*" + REVISION_ARROW + r"\s*(?:약\s*)?\d"
    r"|\s*보다\s*(?:약\s*)?[\d,.]+\s*[조억만천]*\s*원?\s*(?:" + _COMPARED + "|" + _CHANGED + ")"  # '…보다 200억원 많은'
)
# The change between two figures of a revision, right before the new one: '… 540억원 줄어든 1조 1460억원'.
_DELTA_BETWEEN = re.compile(
    r"\s*(?:이|가)?\s*(?:" + _CHANGED + "|" + _COMPARED + r"|늘어|줄어|증가해|감소해|증액돼|감액돼)\s*(?:약\s*)?\d"
)
# The figure after a change measured against the old one: '당초보다 150억원 많은 900억원'.
_MORE_THAN_BEFORE_LEFT = re.compile(
    r"보다\s*(?:약\s*)?[\d,.]+\s*[조억만천]*\s*원?\s*(?:이|가)?\s*" + _COMPARED + r"\s*$"
)
# A change stated on its own, the verb right after its figure: '사업비가 250억원 줄었다', '민간 투자
# 250억 빠져' (not '250억원으로 줄었다': the new figure).
# A difference from the figure before it: '2조 1,350억원보다 3,250억원 많다'.
_THAN_LEFT = re.compile(r"보다\s*(?:약\s*)?$")
_MORE_OR_LESS_AFTER = re.compile(r"\s*(?:이|가)?\s*(?:넘게\s*|가량\s*)?(?:많|적)(?:다|고|아|으며|지만|았|었)")
_CHANGED_BY = re.compile(
    r"\s*(?:이|가|을|를)?\s*(?:넘게\s*|이상\s*|가량\s*|남짓\s*)?"  # '1천억원 넘게 감액된'
    r"(?:줄었|늘었|줄어들었|줄어든|늘어난|늘어나|줄어|커졌|커진|늘어났|불어났|불어나|불었|감소했|증가했|삭감됐|삭감되었"
    r"|삭감된|감액됐|감액된|증액됐|증액된|깎였|깎인|빠졌|빠져"
    r"|늘리기로|늘린다|늘렸|늘리겠|증액하기로|증액했|증액한다"  # the owner's change: '당초 계획보다 1천억 원 늘리기로'
    r"|(?:감액|증액|삭감)(?![가-힣])"  # a headline's noun: '지적 따라 25억 감액'
    r"|(?:늘어|줄어)(?![가-힣]))"  # a headline's verb cut short: '사업비 377억 늘어'
)
# What, named between the whole cost and the figures, makes them another cost's: a part, a
# share of it, or a cost item of its own ('운영비', '매입비', '투자분', '가운데').
_COST_SUBJECT = re.compile(r"[가-힣](?:비|분|액)(?:는|은|가|이|도)(?![가-힣])")  # '운영비가': a cost as subject
_PART_WORDS = re.compile(
    r"국비|시비|도비|군비|구비|지방비|민자|민간|부담분|분담분|출자|가운데|(?<![가-힣])중(?![가-힣])"
    r"|" + _COST_SUBJECT.pattern + r"|(?<![가-힣])연\s"
)


_COST_IS_SUBJECT = re.compile(
    r"(?:가|이|는|은|도|을|를)\s(?![^.,]{0,12}(?:그대로|변함|않|없))"
    r"|\s*(?=(?:약\s*)?\d)"  # a headline's, no particle: '총사업비 4천600억→4418억'
)


_SUM_OF_LIST = re.compile(r"(?:등|등\s*총|총|모두|합계)\s*$")  # '… 민간 40억원 등 400억원'


def _budgeted(sentence: str, m: MoneyMention) -> bool:
    """Money a budget puts in (`BUDGETED_AFTER`, in a sentence naming a budget)."""
    return BUDGETED_AFTER.match(sentence, m.end) is not None and BUDGET_CONTEXT.search(sentence) is not None


def _sums_listed_parts(sentence: str, m: MoneyMention, left: str) -> bool:
    """The whole cost, the subject of its sentence, stated as the sum of the parts listed before it
    ('총사업비는 국비 250억원, 도비 110억원, 민간 40억원 등 400억원으로 늘었다')."""
    if not _SUM_OF_LIST.search(left):
        return False
    named = [c for c in _WHOLE_COST_NAMED.finditer(sentence, 0, m.start)]
    if not named or not _COST_IS_SUBJECT.match(sentence, named[-1].end()):
        return False
    return _COST_SUBJECT.search(sentence, named[-1].end(), m.start) is None


_PHASE_BEFORE_COST = re.compile(r"\d\s*단계\s*(?:총\s*)?$")


def _whole_cost_is_subject(sentence: str, m: MoneyMention) -> bool:
    """The whole cost named before the figure is the sentence's subject, with no part named between:
    not '사업비는 그대로지만 운영비가 …', '투자 규모를 밝히지 않았으나 …', nor a phase's cost ('2단계
    사업비가 6,800억원에서 7,350억원으로': a part, revised)."""
    named = [c for c in _WHOLE_COST_NAMED.finditer(sentence, 0, m.start)]
    if not named or not _COST_IS_SUBJECT.match(sentence, named[-1].end()):
        return False
    if _PHASE_BEFORE_COST.search(sentence, max(0, named[-1].start() - 8), named[-1].start()):
        return False
    return _PART_WORDS.search(sentence, named[-1].end(), m.start) is None


# What a revision went through between its old figure and its new one, no other figure between: '1,180억 원에서
# 기획재정부 적정성 검토를 거치며 1,096억 원으로 조정됐다', '…에서 2026년 예타를 거쳐 …으로 깎였다'.
_THROUGH_CLAUSE = r"\s*(?:규모|수준|대)?\s*에서\s+(?:(?![\d,.]+\s*(?:조|억|만|천|원|달러))[^.]){2,60}?\s"
_REVISED_TO_AFTER = re.compile(  # its parts may stand in brackets first: '3천950억원(국비 …)으로 확정됐다'
    r"\s*(?:\([^()]{0,80}\)\s*)?(?:으로|로)\s*(?:최종\s*)?(?:늘|증가|증액|확대|상향|변경|조정|줄|감소|감액|축소|바뀌|올|내려|확정|깎|삭감)"
)
_REVISED_THROUGH_LEFT = re.compile(r"(?:원|달러)" + _THROUGH_CLAUSE + r"$")
_REVISED_THROUGH_NEXT = re.compile(
    _THROUGH_CLAUSE + r"(?:약\s*)?" + NUMBER_PATTERN + r"\s?(?:원|달러)" + _REVISED_TO_AFTER.pattern
)


# What in such a clause makes the second figure no new whole: a part taken out ('장비 구입비를 빼면', '…을 제외하면'),
# a phase ('1단계는 400억원으로'), another topic ('실제 건축에 쓰이는 규모는 700억원으로').
_NOT_THROUGH = re.compile(r"빼|뺀|제외|차감|단계|[가-힣](?:은|는)\s")


def _disputed_as_a_number(sentence: str, m: MoneyMention, left: str) -> bool:
    """The figure is the topic of a clause that calls it a baseless or unreviewed number; not the project's own cost
    ('사업비 1,096억 원은 …')."""
    return (
        _SPOKEN_OF_AS_A_NUMBER.match(sentence, m.end) is not None
        and _NUMBER_WORD_AFTER.match(sentence, m.end) is not None
        and _DISPUTED_AFTER.match(sentence, m.end) is not None
        and not _OWN_SIZE_LEFT.search(left[-16:])
        and not _TOTAL_MARK.match(m.text)
    )


def _revised_through(sentence: str, m: MoneyMention) -> bool:
    """Either figure of a revision with what it went through between them ('1,180억 원에서 … 검토를 거치며 1,096억
    원으로 조정됐다'), nothing between that takes a part out or turns to another topic."""
    if _REVISED_TO_AFTER.match(sentence, m.end):
        through = _REVISED_THROUGH_LEFT.search(sentence, max(0, m.start - 80), m.start)
        if through is not None and _NOT_THROUGH.search(through.group(0)) is None:
            return True
    through = _REVISED_THROUGH_NEXT.match(sentence, m.end)
    return through is not None and _NOT_THROUGH.search(through.group(0)) is None


def _revises_whole_cost(sentence: str, m: MoneyMention, left: str) -> bool:
    """Whether the amount is a figure of a revision of the whole cost the sentence names before it,
    with no part ('국비', '민간 부담분') named between."""
    if not (_REVISED_FROM.search(left) or _REVISES_NEXT.match(sentence, m.end) or _revised_through(sentence, m)):
        return False
    return _whole_cost_is_subject(sentence, m)


_ARROW = re.compile(REVISION_ARROW)  # a cheap look before the figure's pattern
# The old figure and its arrow, right before the new one: '1조2천억→'.
_ARROW_BEFORE = re.compile(NUMBER_PATTERN + r"\s?원?\s*" + REVISION_ARROW + r"\s*(?:약\s*)?$")
# An arrow right after a figure, to a new one: '4천600억→4418억' (shared with money_roles: the first is superseded).
ARROW_TO_FIGURE = re.compile(r"\s*" + REVISION_ARROW + r"\s*(?:약\s*)?\d")
# What before an arrow's pair makes it no whole's revision: a year's budget or running cost, a phase or a close,
# an attraction record, revenue ('내년 AI 센터 예산 300억→450억', '연간 운영비 50억→80억', '1단계 1조→1조5천억').
_NOT_A_WHOLE_BEFORE = re.compile(r"예산|운영|연간|(?<![가-힣])연\s|사용료|유치|실적|매출|\d\s*단계|\d\s*차|결성|목표")
_WORDS_BEFORE_A_PAIR = 16  # letters before the old figure that say whose the pair is ('…AI 센터 예산 ')


def _revised_by_arrow(sentence: str, m: MoneyMention, left: str) -> bool:
    """Either figure of an arrow from an old figure to a new one, nothing before them that makes them a part,
    a year's or no cost: a headline's revision of the whole ('반토막…1조2천억→4116억'; not '국비 300억→400억')."""
    if ARROW_TO_FIGURE.match(sentence, m.end):
        first_left = left
    elif _ARROW.search(left) and (old := _ARROW_BEFORE.search(left)):
        first_left = left[: old.start()]
    else:
        return False
    words_before = first_left[-_WORDS_BEFORE_A_PAIR:]
    return _PART_WORDS.search(words_before) is None and _NOT_A_WHOLE_BEFORE.search(words_before) is None


# What a whole cost grows to: "총사업비는 1단계 1천260억원을 더해 2천100억원으로 늘어난다".
_GROWS_TO_AFTER = re.compile(
    r"\s*(?:으로|로)\s*(?:(?:몸집|덩치|외형|규모)(?:을|를|이|가)\s*)?"  # '620억원으로 몸집을 키웠다'
    r"(?:늘어|늘었|늘게|늘린|늘렸|증가|확대|불어|불렸|커지|커졌|커진|키웠|키운|상향|증액)"
)


def _whole_cost_grows_to(sentence: str, m: MoneyMention) -> bool:
    """The figure the whole cost, the sentence's subject, grows to, with no part named between."""
    return _GROWS_TO_AFTER.match(sentence, m.end) is not None and _whole_cost_is_subject(sentence, m)


# A running cost, however it is split: '연간 운영비 50억원(국비 30억원·시비 20억원)은 별도로'.
_RUNNING_COST_LEFT = re.compile(r"운영비|운영\s*예산|운영\s*자금|유지\s*관리비|연간")
# Parts by source in brackets right after a figure: '1,370억원(국비 760억원·도비 250억원)'.
# A cost beside the project's own, paid apart from it: '부지 매입에 드는 230억원은 건립비와 별도로 대전시가 부담한다'.
_APART_FROM_THE_COST_AFTER = re.compile(
    r"[^.]{0,20}?(?:총사업비|사업비|건립비|건축비|공사비|설립비)(?:와|과)\s*(?:는\s*)?별도(?:로|로는|이다|다)"
)
_PARTS_IN_BRACKETS_AFTER = re.compile(
    r"\s*\(\s*(?:[^()]{0,6}\s)?(?:국비|시비|도비|군비|구비|지방비|민간|민자|정부|정부\s*출자금?|자부담)\s*(?:\d|약)"
)
_INVEST = re.compile(
    r"투자|투입|사업비|예산|규모|조성|구축|건립|유치|펀드|기금|지원|들여|들어가|들어간|소요|출자|재원|건설|확보|마중물"
)


# What the warehouse stores (staging.amount_mentions: decimal(38, 4), and won as a bigint).
AMOUNT_QUANTUM = Decimal("0.0001")  # amounts are kept to four decimal places
# No figure in the news reaches a quintillion of any currency (Korea's GDP is ~2.5 quadrillion
# won): '99999999999999999999조원' is a typo or a code, not money, and no column could hold it.
MAX_AMOUNT = Decimal(10) ** 18


def _storable(value: Decimal, in_won: bool) -> Decimal | None:
    """The amount as stored (to four decimal places), if it is money to record: positive once
    rounded (at least one won, for won) and below `MAX_AMOUNT`. '0원' or '0.00001달러' is no
    amount of money."""
    if not value.is_finite() or value >= MAX_AMOUNT:
        return None
    stored = value.quantize(AMOUNT_QUANTUM)
    return stored if stored >= (1 if in_won else AMOUNT_QUANTUM) else None


@dataclass(slots=True)
class MoneyMention:  # not frozen: a list of thousands of amounts is built once, then given roles
    start: int  # offsets within the sentence
    end: int
    text: str
    amount: Decimal  # in units of `currency`
    currency: str  # ISO code
    amount_krw: int | None  # only for won
    is_approximate: bool
    role: str
    is_itemised: bool = False  # in brackets after an item, or in a bulleted breakdown (etl.extract.money_roles)
    is_superseded: bool = False  # the old figure of a revision ('A에서 B로 증가'), or a request not granted yet
    # a sentence's one figure, opening it as its topic ('31억원은 시 전체 예산에 비하면 작은 돈이다'): read as a
    # total for want of any other word, it restates the figure the article gave before (etl.extract.money_roles)
    opens_as_topic: bool = False


def find_money(sentence: str) -> list[MoneyMention]:
    """Every amount of money in one sentence, with its role."""
    found: list[MoneyMention] = []
    if not _DIGIT_OR_DOLLAR.search(sentence):
        return found
    for m in _MONEY.finditer(sentence):
        if len(found) >= MAX_MENTIONS_PER_SENTENCE:
            break
        num = m.group("num")
        cur = m.group("cur")
        num_end = m.end("num")
        has_big_unit = "조" in num or "억" in num or (cur is not None and "만" in num)
        if cur is None and not has_big_unit:
            continue
        if cur is None and _NOT_MONEY_AFTER.match(sentence, num_end):
            continue  # '50억건', '1만명', '3만 3천673㎡'
        if cur is None and _CURRENCY_AFTER.match(sentence, num_end) is None and not has_big_unit:
            continue
        if _is_part_of_larger_token(sentence, m.start("num")):
            continue
        parsed = parse_korean_number(num)
        if parsed is None:
            continue
        parsed_value, approx_yeo = parsed
        unit = cur
        if cur is None and (foreign := _FOREIGN_RANGE_END.match(sentence, num_end)):
            unit = _FOREIGN_CURRENCY.findall(foreign.group(0))[-1]  # '5억→7억 달러': the unit the range ends in
        value = _storable(parsed_value, unit is None or unit == "원")
        if value is None:
            continue
        currency = CURRENCY_CODES[unit] if unit else "KRW"
        pre, post = (m.group("pre") or "").strip(), (m.group("post") or "").strip()
        approximate = (
            approx_yeo
            or pre in {"약", "대략", "최대", "최소"}
            or post in {"대", "가량", "이상", "여", "남짓", "안팎", "규모", "내외", "수준", "정도"}
        )
        start = m.start("pre") if pre else m.start("num")
        end = m.end("post") if post else (m.end("cur") if cur else m.end("num"))
        found.append(
            MoneyMention(
                start=start,
                end=end,
                text=sentence[start:end].strip(),
                amount=value,
                currency=currency,
                amount_krw=int(value) if currency == "KRW" else None,
                is_approximate=approximate,
                role="other",
            )
        )
    for m in _USD_WORDS.finditer(sentence):
        if len(found) >= 2 * MAX_MENTIONS_PER_SENTENCE:
            break
        dollars = Decimal(m.group("num").replace(",", "")) * _USD_SCALE[(m.group("unit") or "").lower() or None]
        value = _storable(dollars, False)
        if value is not None:
            found.append(MoneyMention(m.start(), m.end(), m.group(0), value, "USD", None, False, "other"))
    found.sort(key=lambda x: x.start)
    del found[MAX_MENTIONS_PER_SENTENCE:]
    return _assign_roles(sentence, _merge_conversions(sentence, found))


def _is_part_of_larger_token(sentence: str, start: int) -> bool:
    """'K-2030', 'A100', '39억' inside a code: a digit glued to Latin letters is not an amount."""
    return start > 0 and (
        (sentence[start - 1].isascii() and sentence[start - 1].isalnum()) or sentence[start - 1] in "-_/"
    )


def _merge_conversions(sentence: str, money: list[MoneyMention]) -> list[MoneyMention]:
    """'100억 달러(한화로 14조4250억원)': the bracketed won figure is the article's own conversion.

    It becomes the foreign amount's `amount_krw` instead of a second amount. The other way
    round, '2조 7350억원(약 19억 달러)', '1조2천억원(약 8억8천만 달러·about US$880 million)' or
    '2,430억원, 미국 달러로 약 1억 7,800만 달러': the foreign figures gloss the won one and are
    no amount of their own.
    """
    kept: list[MoneyMention] = []
    gloss_end: int | None = None  # where the last foreign gloss of a won figure ended
    for m in money:
        if (
            gloss_end is not None
            and m.currency != "KRW"
            and _FOREIGN_GLOSS_NEXT.fullmatch(sentence[gloss_end : m.start])
        ):
            gloss_end = m.end  # a second gloss of the same won figure ('…달러·about US$880 million')
            continue
        gloss_end = None
        prev = kept[-1] if kept else None
        between = sentence[prev.end : m.start] if prev else ""
        if (
            prev is not None
            and prev.currency == "KRW"
            and m.currency != "KRW"
            and _FOREIGN_GLOSS_OPENS.fullmatch(between)
        ):
            gloss_end = m.end
            continue
        if (
            prev is not None
            and prev.currency != "KRW"
            and m.currency == "KRW"
            and prev.amount_krw is None
            and _WON_GLOSS_OPENS.fullmatch(between)
        ):
            end = m.end + (1 if sentence[m.end : m.end + 1] == ")" else 0)  # the bracket the conversion closes
            kept[-1] = replace(prev, end=end, amount_krw=m.amount_krw, text=sentence[prev.start : end].strip())
            continue
        kept.append(m)
    return kept


# What stands between a won figure and a foreign figure that only restates it: an opening bracket
# ('(약 19억 달러', '(about US$2 billion') or a comma and the currency named ('원, 미국 달러로 약 …').
_FOREIGN_GLOSS_OPENS = re.compile(
    r"\s*(?:\(|\[|,\s*(?:미국\s*)?(?:달러|미화)\s*(?:로|기준으로)?\s*(?:환산하면|는|으로는)?)"
    r"\s*(?:약|대략|about|approx\.?|approximately|미화\s*(?:로|약)?\s*(?:약)?|달러\s*(?:로|기준)\s*(?:약)?|US)?\s*(?:US)?\s*",
    re.IGNORECASE,
)
# What stands between a foreign figure and the article's own conversion of it into won: an opening bracket
# ('100억 달러(한화로 14조4250억원)') or a comma and the conversion named ('3억 달러, 우리 돈으로 약 4,000억원';
# not a bare comma: '3억 달러, 4,000억원' may be two sums).
_WON_GLOSS_OPENS = re.compile(
    r"\s*\(\s*(?:한화\s*(?:로|약)?|약|원화\s*(?:로)?|우리\s*돈\s*(?:으로|약)?)?\s*"
    r"|\s*(?:,|로,?)\s*(?:한화로|원화로(?:\s*환산\s*(?:하면|시))?|(?:우리|한국)\s*돈\s*(?:으로)?|환산하면)\s*(?:약\s*)?"
)  # (not a bare '한화': 'A사 3억 달러, 한화 4,000억원' is the company Hanwha's)
# A further gloss of the same figure in the same brackets ('약 8억8천만 달러·about US$880 million').
_FOREIGN_GLOSS_NEXT = re.compile(r"\s*[·,/;]\s*(?:약|about|approx\.?|approximately)?\s*(?:US)?\s*", re.IGNORECASE)

_RANGE_JOIN = re.compile(r"^\s*[~∼〜\-–]\s*$")


def _assign_roles(sentence: str, money: list[MoneyMention]) -> list[MoneyMention]:
    """Each amount's role; the low end of a range ('6천억∼8천억원') takes the role of its high end."""
    lows = {i for i in range(len(money) - 1) if _RANGE_JOIN.match(sentence[money[i].end : money[i + 1].start])}
    counted = [m for i, m in enumerate(money) if i not in lows]
    values = [m.amount_krw or 0 for m in counted]
    largest = max(values, default=0)
    rest = sum(values) - largest
    budget_year = _first_budget_year_end(sentence) if money else None
    roles = [classify_role(sentence, m, largest, len(counted), rest, budget_year) for m in money]
    for i in sorted(lows, reverse=True):
        roles[i] = roles[i + 1]
    for m, role in zip(money, roles, strict=True):
        m.role = role
        m.opens_as_topic = role == "total" and len(counted) == 1 and _restated_as_topic(sentence, m)
    return money


def _restated_as_topic(sentence: str, m: MoneyMention) -> bool:
    """A lone figure opens its sentence as its topic, a figure already given ('31억원은 시 전체 예산에 비하면 작은
    돈이다'), no word of what it is before it."""
    return not sentence[: m.start].strip() and _AS_TOPIC.match(sentence, m.end) is not None


def _annual_word_nearest(left: str) -> bool:
    """A year's budget or plan names the amount, and no whole cost stands nearer to it
    ('사업계획 적정성 검토에서 총사업비가 2,940억원으로': the whole cost, not a year's plan)."""
    annual = [a.end() for a in _ANNUAL.finditer(left)]
    if not annual:
        return False
    whole = [w.start() for w in _WHOLE_PROJECT_COST.finditer(left)]
    return not whole or annual[-1] > whole[-1]


def _phase_sum(sentence: str, m: MoneyMention) -> bool:
    """The figure sums the parts a phase's clause lists, and no whole cost is named between."""
    found = _PHASE_SUM_LEFT.search(sentence, max(0, m.start - 120), m.start)
    return found is not None and not _WHOLE_PROJECT_COST.search(found.group("parts"))


def _phase_clause(sentence: str, m: MoneyMention) -> bool:
    """The figure stands in a clause a phase opens, and the clause names no whole or other phase."""
    found = _PHASE_CLAUSE_LEFT.search(sentence, max(0, m.start - 110), m.start)
    if found is None:
        return False
    clause = found.group("before") + found.group("clause")
    return not (_TOTAL_MARK.search(clause + m.text[:2]) or "단계" in clause or moves_on(clause))


def _added_together(sentence: str, m: MoneyMention) -> bool:
    """The figure is one of several the sentence adds together without stating their sum."""
    joined = _ADDED_TOGETHER_AFTER.search(sentence, m.end)
    return (
        joined is not None
        and not _A_SUM_STATED.search(joined.group("rest"))
        and not VERB_CLAUSE_END.search(sentence, m.end, joined.start())
    )


def _backers_listed(sentence: str, m: MoneyMention) -> bool:
    """One of the backers a list names ('출자자(LP) 구성은 … 모태펀드 500억원, 경기도 240억원'), not the whole the list
    opens with ('재원 구성을 보면 펀드 규모 1000억원에', '구성은 총 800억원 가운데')."""
    listed = _BACKERS_LISTED_LEFT.search(sentence, max(0, m.start - 60), m.start)
    if listed is None or _WHOLE_WORDS.search(listed.group(0)) or _TOTAL_MARK.match(m.text):
        return False
    return _PARTS_FOLLOW.match(sentence, m.end) is None


_WHOLE_WORDS = re.compile(r"총|규모|사업비|전체")


def _sources_listed(sentence: str, m: MoneyMention) -> bool:
    """The figure is one of the sources a clause lists after its topic ('재원은 …, …으로 짠다')."""
    topic = _SOURCES_TOPIC_LEFT.search(sentence, max(0, m.start - 80), m.start)
    return topic is not None and not VERB_CLAUSE_END.search(sentence, topic.end(), m.start)


def _marked_total(left: str, m: MoneyMention) -> bool:
    """'총', '전체', '모두' or '합계' right before the figure or opening it: a whole, whatever else is said."""
    return _TOTAL_MARK.search(left[-8:] + m.text[:2]) is not None


def _first_budget_year_end(sentence: str) -> int | None:
    """Where the sentence's first budget-year phrase ('2021년도 본 예산안') ends, if it has one."""
    first = _BUDGET_YEAR.search(sentence)
    return first.end() if first else None


# Below this no public AI initiative is funded: such a figure is a price, a prize or a typo ('39원의 예산').
MIN_INVESTMENT_KRW = 10_000_000
# The same for a foreign figure not converted in the article, in its own units: under the
# strongest rates the news quotes (about 1,500 won to the dollar or euro), as little ('5달러', '$1').
MIN_INVESTMENT_FOREIGN = 5_000


def classify_role(
    sentence: str,
    m: MoneyMention,
    largest_in_sentence: int,
    count: int,
    others_sum: int = 0,
    budget_year: int | None = -1,
) -> str:
    """The role of one amount, from the words around it in its sentence.

    With several amounts in a sentence, the largest is the total only when it is marked as one
    ('총', '모두', '규모') or is at least the sum of the others; otherwise all are parts
    ('▷ 기반 조성 4084억원 ▷ 연구개발 4323억원 … 각각 투입'). `budget_year` is where the
    sentence's first budget-year phrase ends (`_first_budget_year_end`), found once for all its
    amounts; left out, it is found here.
    """
    if budget_year == -1:
        budget_year = _first_budget_year_end(sentence)
    if m.amount_krw is not None and m.amount_krw < MIN_INVESTMENT_KRW:
        return "other"
    if m.amount_krw is None and m.amount < MIN_INVESTMENT_FOREIGN:
        return "other"
    left = sentence[max(0, m.start - 25) : m.start]
    right = sentence[m.end : m.end + 20]
    right_clause = right.split("…", 1)[0]  # a headline's next clause is another's: '7,800억원…냉각비 절감'
    near = left[-14:] + " " + right_clause[:14]
    if (
        _EFFECT.search(near)
        or (_EFFECT.search(right_clause[:25]) and not _INVEST.search(right_clause[:10]))
        or _TAX_LEFT.search(left)
        or _ATTRACTION_EXPECTED.match(sentence, m.end)
        or (_INVESTMENT_LEFT.search(left) and _ATTRACTED_AMONG_EFFECTS.match(sentence, m.end))
    ):
        return "effect"
    if (
        _OTHER.search(near)
        or _PER_UNIT_LEFT.search(left)
        or _a_size_of_deals(sentence, m)
        or _ROUND_RIGHT_BEFORE.search(left)
        or (
            (after_round := _ROUND_RIGHT_AFTER.match(sentence, m.end))
            and not _FUND_AFTER_ROUND.match(sentence, after_round.end())
        )
        or _DEAL_PRICE_TOPIC.search(left)
        or (
            _RAISED_AFTER.match(sentence, m.end)
            and _STARTUP_SUBJECT_LEFT.search(sentence, max(0, m.start - 60), m.start)
        )
        or (
            _RECEIVED_AFTER.match(sentence, m.end)
            and _EACH_LEFT.search(_range_start_left(sentence, m))
            and _FIRMS_SUBJECT.search(sentence, 0, m.start)
        )
        or (_BENCHMARK_AFTER.match(sentence, m.end) and not _OWN_COST_LEFT.search(left[-16:]))
        or (_WEIGHED_AFTER.match(sentence, m.end) and not _OWN_SIZE_LEFT.search(left[-16:]))
        or _SUCCESSOR_LEFT.search(left)
        or _disputed_as_a_number(sentence, m, left)
        or _WRONGLY_PRINTED_AFTER.match(sentence, m.end)
    ):
        return "other"
    if (
        _MARKET.search(left)
        and (
            _MARKET_SIZE_LEFT.search(left)
            or (
                (_MARKET_SIZE_AFTER.match(sentence, m.end) or "규모" in m.text)
                and not _SCALE_OF_PROJECT.match(sentence, m.end)
            )
        )
    ) or _MARKET_AFTER.match(sentence, m.end):
        return "market"
    if _FIELDS_MARKET.search(left) and _MARKET_GROWS_AFTER.match(sentence, m.end):
        return "market"
    whole_budget = _WHOLE_BUDGET_AFTER.match(sentence, m.end)
    if (whole_budget and whole_budget.group("government")) or (
        (m.amount_krw or 0) >= WHOLE_BUDGET_MIN_KRW
        and (whole_budget or (_WHOLE_BUDGET_LEFT.search(left) and _WHOLE_BUDGET_VERB.match(sentence, m.end)))
    ):
        return "other"  # '16조2천억원 규모의 내년도 인천시 예산안': a government's whole budget
    if (
        (_TARGET_AFTER.match(sentence, m.end) and "유치" in left[-15:] + right[:15])
        or _DRAW_TARGET_AFTER.match(sentence, m.end)
        or (_DRAWN_OBJECT_AFTER.match(sentence, m.end) and _DRAWN_MONEY_LEFT.search(left))
    ):
        return "forecast"  # '2030년까지 AI 투자 유치 1조 목표': a target to attract, not money committed
    guessers = (
        _GUESSERS_LEFT.search(sentence, max(0, m.start - 80), m.start)
        if _GUESSED_AFTER.match(sentence, m.end)
        else None
    )
    if guessers and not _ANOTHER_SUBJECT.search(guessers.group("between")):
        return "forecast"  # '업계에서는 … 약 6천억원이 투입될 것으로 보고 있다': a guess, not the owner's figure
    if _CLAIMED_AFTER.match(sentence, m.end) and _CRITICS_LEFT.search(sentence, max(0, m.start - 110), m.start):
        return "forecast"  # a critic's guess at the real cost
    if (
        _FORECAST_AFTER.match(sentence, m.end)
        and not _REVISED_FROM.search(left)
        and not (_OWN_COST_SUBJECT.search(left) and _ESTIMATED_AFTER.match(sentence, m.end))
    ) or (
        _FORECAST_BEFORE.search(sentence[max(0, m.start - 30) : m.start])
        and re.search(r"늘어|확대|증가|이를|달할", right)
    ):
        return "forecast"
    if (
        (count > 1 and _DELTA_BETWEEN.match(sentence, m.end))
        or (_CHANGED_BY.match(sentence, m.end) and not _ARROW_BEFORE.search(left))  # '300억→450억 증액': the new one
        or (_THAN_LEFT.search(left) and _MORE_OR_LESS_AFTER.match(sentence, m.end))
    ):
        return "other"  # '1조 2000억원에서 540억원 줄어든 1조 1460억원으로': the change, not a cost
    if count > 1 and (
        _revises_whole_cost(sentence, m, left)
        or _whole_cost_grows_to(sentence, m)
        or _revised_by_arrow(sentence, m, left)
    ):
        return "total"
    if _FUND_SIZE_BRACKET.search(left):
        return "total"
    if (
        _TOTAL_MARK.match(m.text)
        and _CLOSES_BRACKET.match(sentence, m.end)
        and (parts := _PARTS_OPEN_BRACKET_LEFT.search(left))
        and not _PHASE_RIGHT_BEFORE.search(sentence, 0, m.start - len(left) + parts.start())
    ):
        return "total"  # '울산(국비 110억원·총 165억원), 익산(…)': each place's whole after its parts
    if (
        _THIS_YEARS_PART.search(sentence, max(0, m.start - 40), m.start)
        or _THIS_YEARS_COST_LEFT.search(sentence, max(0, m.start - 40), m.start)
        or _DATED_YEARS_COST_LEFT.search(left)
        or _BUDGET_YEAR_AFTER.match(sentence, m.end)
        or (
            (_THIS_YEAR_LEFT.search(left) or _THIS_YEAR_ON_LEFT.search(left))
            and _SPENT_THIS_YEAR_AFTER.match(sentence, m.end)
        )
        or (_LAST_YEAR_LEFT.search(left) and _SPENT_LAST_YEAR_AFTER.match(sentence, m.end))
        or (
            _A_YEARS_MEANS_LEFT.search(left)
            and _SPENT_WITH_THIS_YEAR_AFTER.match(sentence, m.end)
            and "규모" not in m.text
        )
        or (_PROGRAMME_YEAR_LEFT.search(left) and not _marked_total(left, m))
        or (
            _YEARS_BUDGET_LEFT.search(sentence, max(0, m.start - 60), m.start) and BUDGETED_AFTER.match(sentence, m.end)
        )
        or (
            _REFLECTED_AFTER.match(sentence, m.end)
            and not _WHOLE_PROJECT_COST.search(left)
            and not _marked_total(left, m)
            and not _reflects_a_whole(sentence, m)
        )
    ):
        return "annual"  # before its funder or portion makes it a part: '올해 도 출자분은 60억원'
    if (
        _COMPONENT_LEFT.search(left[-8:])
        or _PRIVATE_BACKERS_LEFT.search(left)
        or _COMPONENT_RIGHT.match(sentence, m.end)
        or (left.rstrip().endswith("(") and count > 1)
        or (_WORD_THEN_BRACKET.search(left) and not _TOTAL_WORD.search(left[-12:]))
        or (_PHASE_LEFT.search(sentence, max(0, m.start - 64), m.start) and not _marked_total(left, m))
        or _PHASE_COST_LEFT.search(left) is not None
        or (_PHASE_SPENT_ON_LEFT.search(sentence, max(0, m.start - 50), m.start) and not _marked_total(left, m))
        or _phase_sum(sentence, m)
        or _phase_clause(sentence, m)
        or (_INCREASE_LEFT.search(left) is not None and not _WHOLE_COST_NAMED.search(left))
        or (_sources_listed(sentence, m) and not _marked_total(left, m))
        or (_PHASE_AFTER.match(sentence, m.end) is not None and not _marked_total(left, m))
        or (_SPENT_ON_A_PHASE_AFTER.match(sentence, m.end) is not None and not _marked_total(left, m))
        or (count > 1 and _added_together(sentence, m))
        or (
            _COST_ITEM_LEFT.search(left) is not None
            and not _budgeted(sentence, m)
            and (budget_year is None or budget_year > m.start)
        )
        or (_BORNE_AFTER.match(sentence, m.end) is not None and not _WHOLE_BORNE.search(left[-8:] + m.text[:2]))
        or (
            count > 1
            and _PARTY_SUBJECT_LEFT.search(left) is not None
            and _NEXT_PARTYS_MONEY.match(sentence, m.end) is not None
            and not _WHOLE_AS_SUBJECT.search(left[-10:])
        )
        or (_PHASE_MEANS_LEFT.search(left[-40:]) is not None and not _marked_total(left, m))
        or (_CORE_FACILITY_LEFT.search(sentence, max(0, m.start - 60), m.start) and not _marked_total(left, m))
        or (_PART_SUBJECT_LEFT.search(left[-40:]) is not None and not _ANNUAL.search(left))
        or _backers_listed(sentence, m)
        or (_CONTRIBUTED.match(sentence, m.end) and _FUND_WORDS.search(sentence) and not _marked_total(left, m))
        or _APART_FROM_THE_COST_AFTER.match(sentence, m.end) is not None
    ):
        return "component"
    if (
        _annual_word_nearest(left)
        or (_BUDGET_WORD_AFTER.match(right) and not _BUDGET_SPENT_ON.match(right))
        or (budget_year is not None and budget_year <= m.start and not _WHOLE_PROJECT_COST.search(left))
        or _BUDGET_YEAR_AFTER.match(sentence, m.end)
        or (_budgeted(sentence, m) and not _WHOLE_PROJECT_COST.search(left[-12:]))  # '총사업비 4116억원이 편성돼'
        or (
            _YEARS_FIGURE_LEFT.search(left)
            and _COMPARED_AFTER.match(sentence, m.end)
            and not _NOT_A_BUDGET_AFTER.match(sentence, m.end)
        )
    ):
        return "annual"
    marked_total = _TOTAL_MARK.search(left[-8:]) or _SCALE_AFTER.match(right)
    if count > 1 and not marked_total:
        amount = m.amount_krw or 0
        if amount < largest_in_sentence or amount < others_sum:
            return "component"
    if _INVEST.search(left + right) or _SCALE_AFTER.match(m.text, len(m.text.rstrip("규모가량 "))) or count == 1:
        return "total"  # '… 많은 1,200억원 규모다': a scale is a whole's
    if count > 1 and (marked_total or _TOTAL_MARK.match(m.text)) and _PARTS_FOLLOW.match(sentence, m.end):
        return "total"  # '전체 3,480억원 가운데 A가 2,200억원을': the whole its parts are taken from
    if count > 1 and _MORE_THAN_BEFORE_LEFT.search(left):
        return "total"  # '당초보다 150억원 많은 900억원으로 확정됐다': the new figure
    if count > 1 and (m.amount_krw or 0) >= others_sum and _sums_listed_parts(sentence, m, left):
        return "total"  # '총사업비는 국비 250억원, 도비 110억원, 민간 40억원 등 400억원으로': the parts' whole
    if (
        count > 1
        and (m.amount_krw or 0) >= largest_in_sentence
        and _PARTS_IN_BRACKETS_AFTER.match(sentence, m.end)
        and not _RUNNING_COST_LEFT.search(left)
    ):
        return "total"  # '1,370억원(국비 760억원·도비 250억원 …)을 투입해': the whole, its parts in brackets
    if (
        count > 1
        and (marked_total or _TOTAL_MARK.match(m.text))
        and (m.amount_krw or 0) >= max(largest_in_sentence, others_sum)
    ):
        return "total"  # '국비 2,800억원에 … 1,200억원을 끌어와 총 4,600억원으로 짓겠다': the sum, marked so
    return "other"
