"""Roles of money that only the whole article tells: cumulative sums, shares, nationwide budgets.

`etl.extract.amounts` gives each amount the role its own sentence suggests. Some amounts are
what they are only beside others:
- a sum over several parties' separate projects ('신산업 3개사와 1조5200억원 규모 투자협약', followed
  by '이들 가운데 A사는 … 1조5000억원'; not '두 회사가 공동 투자'), or over the article's own projects
  ('장성 2조2000억·강진 3조3000억 … 5조5000억 규모') is `cumulative`, never one project's investment;
- one party's part of a joint total ('이 중 SK텔레콤이 2조원을') is a `share`;
- a budget for the whole country, a programme a ministry runs (in a sentence naming no region) or
  a group's nationwide spending is `national`;
- a figure a sentence revises ('사업비도 3,872억원에서 4,223억원으로 증가') is superseded by the new one;
- an amount in brackets after an item, or in a bulleted breakdown ('▲A 조성(21억원) ▲B(6억원)'),
  is itemised: a part of a larger figure, never an investment on its own.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from functools import cache
from itertools import pairwise

from etl.extract import initiative_rules as rules
from etl.extract.amounts import (
    ARROW_TO_FIGURE,
    BUDGET_CONTEXT,
    BUDGETED_AFTER,
    REACHED_THEN_LEFT,
    REQUESTED_AFTER,
    WHOLE_BUDGET_MIN_KRW,
    MoneyMention,
)
from etl.extract.initiative_rules import BULLET
from etl.extract.initiatives import ordered_from_abroad
from etl.extract.korean import CLAUSE_BREAK, GOVERNMENT_SUBJECT, PLACES_COUNTED
from etl.extract.numbers import NUMBER_PATTERN
from etl.model import Sentence

# 'N개사', 'N개 기업', 'N곳': the amount beside it is several parties' together.
_SEVERAL_PARTIES = re.compile(
    r"(?:(?:[2-9]|[1-9]\d+)\s*(?:개사|개\s*기업|개\s*업체|개\s*회사|곳)|[두세네]\s*(?:회사|기업|곳))"
)
# '이들 가운데 A는', '이 중 B가': what follows is one part of the figure before.
OF_THIS_BEFORE = re.compile(r"(?:이들|이)\s*(?:가운데|중(?!요))|그\s*(?:중(?!요)|가운데)")
_PART_OF_BEFORE = re.compile(
    OF_THIS_BEFORE.pattern
    + r"|(?:투자분|부담분|출자분|투자액|투자금|사업비|금액)\s*(?:가운데|중)(?![가-힣])"  # '민간 투자분 가운데 A가 5,100억원을'
)
# '이 중 A가 2조원을 부담하고, 나머지 3조원은 B가 마련한다': the figure before divided among its
# parties ('이 중', of this money), so their projects are one; '이들 가운데 A사는' singles out a party.
_DIVIDES_BEFORE = re.compile(r"(?<![가-힣])(?:이|그)\s*(?:중|가운데)\s[^.]*(?:부담|분담|나머지|마련|나눠)")
# …but not into one project the clause names: '11개 기업은 2030년까지 특화단지에 모두 4,620억원을 투자한다'.
_INTO_ONE_PROJECT = re.compile(
    r"(?:" + rules.FACILITY_HEADS.pattern + r"|단지)[’'”\"」』]?(?:에|에만)\s+(?:[^\s.,]+\s+){0,2}$"
)
# '공동 투자', '함께', '합작': several parties putting money into one project together.
_JOINT = re.compile(r"공동|함께|합작|컨소시엄|공동으로")
# Parties named as many, the subject of their pledges: '특구 사업자들은 2029년까지 2,150억원을 투자하고', '입주
# 기업들은 … 투자하기로' (each its own; not several putting money into one project together, `_JOINT`).
_PARTIES_LEFT = re.compile(r"(?:사업자|기업|업체|회사|입주사|참여사)들(?:은|이|는|가)\s+(?:[^\s.,]+\s+){0,3}$")
# The figure of several projects counted together: '세 사업의 총사업비는 1조 690억원', '두 센터를 합친
# 투자 규모는' (each has its own).
_SEVERAL_PROJECTS_LEFT = re.compile(
    r"(?<![가-힣])(?:"
    r"(?:두|세|네|다섯|(?:[2-9]|[1-9]\d+)\s*개|(?:[2-9]|[1-9]\d+)\s*건)\s*(?:(?:신규|주요|핵심|기존|계속|후속|선도|지역)\s+)?"
    r"(?:사업|프로젝트|거점|센터|단지|지역|개소)"  # '12개 신규 사업의'; not '두 시설', '2개 동': one project's
    r"|(?:두|세|네|다섯|[2-9]|[1-9]\d+)\s*곳"  # '세 곳을 합친'
    r")"
    r"(?:의|[을를]\s*(?:모두\s*)?(?:합친|합하면))\s*(?:[^\s.,]+\s+){0,3}?(?:총\s*)?(?:사업비|투자\s*규모|투자액|예산|규모)?(?:는|은|가|이)?\s*(?:총\s*|모두\s*|약\s*)?$"
)
# Several projects' money summed after each one's: '두 센터에는 각 5000억원씩 모두 1조원이 투입된다'.
_SEVERAL_SUMMED = re.compile(
    r"(?<![가-힣])(?:두|세|네|다섯|[2-9]\s*개|[2-9]\s*곳)\s*(?:사업|프로젝트|센터|단지|데이터센터|캠퍼스|시설)"
    r"(?:에는|에|을|를)\s[^.]{0,40}?$"
)
# The sum of several projects as its sentence's topic: '지방비 매칭을 포함한 4개 사업 전체 규모는 3600억원대에 이른다'.
_SEVERAL_AS_TOPIC = re.compile(
    r"(?<![가-힣])(?:두|세|네|다섯|[2-9]\s*개|[2-9]\s*곳)\s*(?:사업|프로젝트|센터|단지|거점|데이터센터)\s*(?:의\s*)?"
    r"(?:전체|합계|총|모두)\s*(?:규모|사업비|예산|투자\s*규모|금액)?\s*(?:는|은|이|가)\s*(?:약\s*)?$"
)
# …or numbered sites summed: '1·2센터를 합친 … 사업 전체 규모는 3조원을 넘는다', '1·2호기를 합쳐 5조원' (not '1·2단계를
# 합친 전체 사업비': one project's phases, its whole).
_NUMBERED_SITES_SUMMED = re.compile(
    r"(?<![\d가-힣])\d\s*[·ㆍ,]\s*\d\s*(?:센터|호기|공장|캠퍼스|데이터센터|단지|사업장|거점)\s*(?:를|을)?\s*"
    r"(?:합친|합쳐|합하면|합한|더하면|더한|통틀어|모두\s*합)"
)
# Money put into firms counted: '지역 AI 스타트업 25곳에 모두 340억원이 투자됐다', '중소기업 12개사에 180억원을',
# '펀드는 출범 이후 도내외 27개 기업에 412억원을 투자했다'.
_FIRMS = r"(?:기업|스타트업|업체|회사|벤처|중소기업|중견기업)"
_INTO_COUNTED_FIRMS = re.compile(
    r"(?:" + _FIRMS + r"\s*(?:[2-9]|[1-9]\d+)\s*(?:곳|개사|개\s*기업|개)"
    r"|(?<![\d,.])(?:[2-9]|[1-9]\d+)\s*개\s*" + _FIRMS + r")(?:에|에게)\s+(?:[^\s.,]+\s+){0,3}$"
)
_ONLY_ON_LEFT = re.compile(r"(?<=[가-힣])에만\s*(?:약\s*|총\s*)?$")  # '… 확보에만 1조4600억원': a part singled out
# A sentence that states only a year's budget of what the sentence before funds: '올해 국비 예산은 120억원이다'.
_ITS_YEARS_BUDGET_OPENING = re.compile(
    r"^\s*(?:올해|내년|내년도|첫해)\s*(?:국비\s*|정부\s*)?(?:예산|예산액|지원액)(?:은|는|이)\s"
)
# …or a cumulative record as the figure's topic, a few words before it: '민선 8기 누적 투자유치액이 최근 7조원을 돌파했다'.
_CUMULATIVE_TOPIC = re.compile(
    r"누적\s*(?:투자\s*유치|투자|유치)\s*(?:액|금액|실적|규모)?(?:이|은|는|가)?\s*(?:\S+\s+){0,2}$"
    # …or what was raised so far: '이들 40곳이 지금까지 유치한 투자금은 모두 2300억원에 이른다'
    r"|(?:지금까지|현재까지|이제까지|그동안|그간)\s+(?:[^\s.,]+\s+){0,1}?(?:유치한|받은|모은)\s*투자(?:금|액)?\s*"
    r"(?:은|는|이|가)?\s*(?:모두\s*|총\s*|약\s*)?$"
)
_CUMULATIVE_WORDS = re.compile(r"누적|지금까지|현재까지|그동안|그간|모두\s*합(?:치면|해)")
# …or a record opened by '누적', a few words long, as the topic: '누적 외국인직접투자(FDI) 신고액은 올해 6월 말 기준
# 452억달러에 이른다'.
_CUMULATIVE_RECORD_TOPIC = re.compile(
    r"누적\s+(?:[^\s.,]+\s+){0,2}?[^\s.,]*(?:신고액|투자액|유치액|투자금|도착액|실적|금액)(?:은|는|이|가)\s+"
    r"(?:[^\s.,]+\s+){0,4}(?:약\s*|총\s*)?$"
)
# …or a whole field's budget as the figure's topic: '충북도의 올해 바이오헬스 분야 전체 예산은 1420억원이다'
# (the sum of every project in the field, not one of them).
_FIELD_BUDGET_TOPIC = re.compile(
    r"(?:분야|부문)\s*(?:전체\s*|총\s*)?(?:예산|예산\s*규모)\s*(?:전체|총액)?(?:은|는|이|가)\s*(?:총\s*|약\s*|모두\s*)?$"
)  # (not a project's own: '이번 클러스터 사업의 AI 부문 예산은 300억원')
# What the past years of a running programme spent, right before its figure, spent after it: '앞서 지난 2년간
# 222억원이 투입돼' (a sum of its yearly budgets, not its whole; not '지난 3년간 총사업비 300억원을 들여': a whole).
_PAST_YEARS_LEFT = re.compile(
    r"(?:지난|최근)\s*(?:[2-9]|\d{2})\s*년\s*(?:간|동안)\s*(?:(?!총|사업비|총사업비|건립비|공사비)[^\s\d]+\s+)?$"
)
_SPENT_AFTER = re.compile(
    r"\s*(?:이|가)\s*(?:투입|들어가|들어갔|쓰였|집행)|\s*(?:을|를)\s*(?:투입해|투입했|쓰|썼|집행)"
)
# …unless what the years built is finished, or the money is what building it took: then the sum is its whole
# ('지난 3년간 300억원이 투입돼 지난달 완공됐다', '센터 건립에는 지난 4년간 1,200억원이 들어갔다').
_FINISHED = re.compile(r"완공|준공|문을\s*열|개관|개소|완료|(?:건립|구축|조성|건설|공사)(?:에는|에만|에)\s")  # or built
# '이번 펀드를 포함해 … 총 5200억원': a sum over this project and others.
_INCLUDING_THIS = re.compile(r"(?<![가-힣])(?:이번|이)\s+[^\s,.]+\s*(?:을|를)\s*포함(?:해|하여|하면|한|,)")
# '투자금 10억 달러 유치 현황': what has been raised so far, across deals.
_CUMULATIVE_AFTER = re.compile(r"^\s*(?:을|를|의)?\s*(?:유치|모금|확보)\s*(?:현황|실적|성과)|^[^.]{0,8}누적")
_NATIONWIDE = re.compile(
    r"전국(?:적으로|에|의|\s)|전\s*지역|국가\s*전체|범정부|범부처|정부\s*차원|국내\s*전역|전국\s*단위"
    r"|국내\s*(?:\S+\s*){0,3}?전반에"  # '올해 국내 AI 인프라 전반에 5,000억원을 투자'
)
# The whole country's figure, the word right before it: "'K-클라우드' 정책에 2030년까지 전국 9,000억원대
# 예산을", '전국에 총 3조원을'.
# A call for proposals as a whole: '공모 전체 국비 규모는', '전체 공모 예산은', '공모 총예산은'.
_WHOLE_CALL_LEFT = re.compile(
    r"(?:공모\s*(?:전체|총)|전체\s*공모)[^,.]{0,16}?(?:(?:은|는|이|가)\s+(?:\S+\s+){0,2}|\s)$"
)
# …and not a part taken from it, nor what a place won: '공모 전체 예산 가운데 … 120억원', '… 시가 따낸 사업비는'.
_PART_OF_THE_CALL = re.compile(r"가운데|중(?![가-힣])|(?:시|도|군|구)(?:가|는|도)\s|따낸|확보|받")
_NATIONWIDE_FIGURE_LEFT = re.compile(
    r"(?<![가-힣])전국(?:적으로|에|에서|의)?\s*(?:해마다\s*|매년\s*|연간\s*)?(?:총\s*|모두\s*)?(?:약\s*)?$"
)  # …and a year's: '스마트농업 예산은 전국적으로 해마다 2,000억원 안팎이
# A company's whole budget right before its figure: '올해 전사 연구개발비로 150억원을', '전사적 투자
# 규모는 3000억원'. Not '전사 차원에서 센터 구축에 1000억원' (the centre's), nor 전사 (transcription).
_COMPANY_WIDE_LEFT = re.compile(
    r"(?<![가-힣])전사(?:적|적인)?\s*(?:연구개발비|연구개발\s*예산|R&D\s*예산|예산|투자비|투자\s*규모|설비\s*투자|투자)"
    r"\s*(?:로|으로|는|은|가|이|를|을|만)?\s*(?:약\s*)?$"
)
# A company's capital spending for a year, all of it: '올해 설비투자(CAPEX) 가이던스는 2조1천억원으로'.
_CAPEX_LEFT = re.compile(
    r"(?:설비\s*투자|CAPEX|capex|Capex)\s*(?:\([^()]{0,12}\)\s*)?(?:가이던스|계획|규모|전망|목표|예상치)?"
    r"\s*(?:는|은|를|을|로|으로|가|이)?\s*(?:약\s*)?$"
)
# The government or a ministry ('…부', '…처'), not a part or a direction ('본부', '사업부', '동북부').
# A ministry, or a national agency by name ('방위사업청'; not a province's '…경제자유구역청', '…교육청').
_NATIONAL_AGENCIES = r"방위사업청|조달청|특허청|기상청|산림청|경찰청|소방청|질병관리청|통계청|관세청|국세청|농촌진흥청|해양경찰청|행정중심복합도시건설청"
_MINISTRY = r"(?:정부|[가-힣]{2,12}(?<!본)(?<!사업)(?<![동서남북])부|[가-힣]{2,8}처|" + _NATIONAL_AGENCIES + r")"
# A programme a ministry or the government runs: '과학기술정보통신부가 추진하는 국가 AI 컴퓨팅센터는 … 총 2조5000억원'.
_MINISTRY_PROGRAMME = re.compile(
    _MINISTRY + r"(?:가|는|이|에서|의)\s+(?:[^\s,.]+\s+){0,2}?"
    r"(?:추진|주관|시행|발주|공모)(?:하는|하고\s*있는|중인|한|할)"
)
# A ministry's own fund: '중소벤처기업부가 1조원 규모의 ‘AI 혁신 펀드’를 조성하고 있다' (its size is
# national, not any region's investment).
_MINISTRY_SUBJECT = re.compile(_MINISTRY + r"(?:가|는|도|에서)\s+(?:\S+\s+){0,2}$")
# The government's money for a programme of its own: '정부가 2029년까지 총 2조 1,000억원을 투입하는
# ‘지역 AX 혁신 프로그램’의 첫 사업으로' (the programme's, not the project the sentence is about).
_GOVERNMENT_BEFORE = re.compile(_MINISTRY + r"(?:가|는|이|에서)\s+(?:[^\s,.]+\s+){0,3}$")
_SPENDS_ON_PROGRAMME = re.compile(
    r"\s*(?:을|를)\s*(?:투입|투자|지원)하는\s*[‘'\"“]?[^’'\"”.,]{2,30}?(?:프로그램|사업|프로젝트)[’'\"”]?\s*(?:의|에|은|는)"
)
_FUND_NAMED_AFTER = re.compile(  # the size of a named fund, not '이 펀드' or a clause that goes on
    # ('1조원 규모의 ‘AI 혁신 펀드’', '1조원 규모로 조성하는 ‘AI 혁신성장 펀드’')
    r"(?:\s*규모)?(?:의|짜리|\s*(?:로|으로)\s*(?:조성|결성|운용)(?:하는|되는|할|될|한|된))\s*(?!이\s|해당\s|같은\s)[‘'\"“「]?[^\s,.’'\"”」]{0,12}(?:\s[^\s,.’'\"”」]{1,12}){0,2}\s?펀드"
)
# …or named before its size, as the object the government creates: "정부도 … 'AI 지역성장 펀드'를 올해 3000억 원
# 규모로 조성해" (its size is the country's, whichever province the sentence before spoke of).
_FUND_OBJECT_LEFT = re.compile(
    r"펀드[’'\"”」]?\s*(?:를|을)\s+(?:(?:올해|내년|연내|당장|우선|\d{4}년(?:까지)?|\d+년간)\s+)?(?:총\s*|약\s*|최대\s*)?$"
)
_FUND_SIZED_AFTER = re.compile(r"\s*(?:규모)?\s*(?:로|으로)\s*(?:조성|결성|만들|운용|키우|확대)")
# A national fund's size: '150조원 규모로 조성되는 국민성장펀드', '국민성장펀드(150조원)'.
_NATIONAL_FUND_AFTER = re.compile(
    r"(?:\s*규모)?\s*(?:의|로|으로)?\s*(?:[^\s,.]+(?:되는|하는|될|할|된|한)\s+)?[‘'\"“「]?"
    + rules.NATIONAL_FUND.pattern
)
_NATIONAL_FUND_BEFORE = re.compile(
    rules.NATIONAL_FUND.pattern + r"[’'\"”」]?(?:는|은|의|가|도)?\s*[(\s]\s*(?:총\s*|약\s*)?$"
)
# A ministry's budget for a line of its own, in a sentence that names no place and no project
# of the article: '과학기술정보통신부는 올해 AI 컴퓨팅 인프라 확충 예산으로 2조1천억원을 편성했다'.
# …or a line its budget bill holds for the programme: '과기정통부는 내년 정부 예산안에 1차 연도 국비 262억원을'.
# …or a field of its budget bill: '과기정통부는 2026년도 예산안 가운데 지역 AI 거점 확충 분야에 8,420억원을'.
_MINISTRY_BUDGET_LINE = re.compile(
    _MINISTRY + r"(?:는|가|도|은)\s[^.]{0,30}?예산안?(?:에|\s*가운데|\s*중)\s(?:[^\s.]+\s+){0,6}$"
)
_BUDGET_FIELD_LEFT = re.compile(r"(?:분야|부문)(?:에|에는|으로|예산으로)\s*(?:총\s*)?$")
_MINISTRY_BUDGET = re.compile(_MINISTRY + r"(?:는|가|도|은|의)\s[^.]{0,60}?예산(?:으로|을|에|은|는)?\s*$")
# The government's own programme of no place, its object right before the figure: '정부가 올해 지역
# 인공지능 전환(AX) 사업에 1조 2,400억원을 투입한다' ('지역' is every region's).
_GOVERNMENT_PROGRAMME_LEFT = re.compile(
    _MINISTRY + r"(?:가|는|이|도)\s[^.]{0,40}?(?:사업|프로그램|프로젝트)(?:에|에는|에만)\s*"
    r"(?:\d+\s*개\s*(?:과제|사업|기업|곳)\s*,?\s*)?(?:총\s*|약\s*)?$"  # '… 프로젝트에 10개 과제, 총 1,300억원
)
_THIS_ONE = re.compile(r"(?<![가-힣])(?:이|이번|해당|본|같은|그)\s*(?:사업|센터|과제|시설|프로젝트|펀드|단지|거점)")
_THIS_PROJECT = re.compile(_THIS_ONE.pattern + r"|" + rules.FACILITY_HEADS.pattern)  # or a facility it names
# A ministry's programme by its quoted name: "산업부는 '자율제조 선도 프로젝트'에 … 국비 총 2,500억원".
_MINISTRY_QUOTED_PROGRAMME = re.compile(
    _MINISTRY + r"(?:는|가|도|은)\s+(?:[^\s,.]+\s+){0,2}?['‘\"“][^'’\"”]{2,30}['’\"”](?:에|에는|에만)\s"
)
# A region's own programme: '산업부는 도의 자율제조 실증 사업에 총 450억원을'.
_REGIONS_OWN = re.compile(r"(?:^|\s)(?:시|도|군|구)의\s")
# A region's own claim on the money: '시는 … 300억원을 확보했다', '도는 … 투입한다'.
_REGION_CLAIMS = re.compile(GOVERNMENT_SUBJECT + r"|확보(?:한|했|해|하|된|됐|돼)")
# A plan over a region abroad: '2030년까지 아시아·태평양 지역 데이터센터에 총 60억 달러'.
# Regions abroad; 중동 only as one ('중동 지역', '중동 국가'), for it is also a neighbourhood (부천 중동).
_ABROAD_REGION = r"(?:아시아[·ㆍ]?태평양|아태|북미|남미|유럽|동남아|중동(?=\s*(?:지역|국가|각국))|해외)"
_ABROAD = re.compile(
    _ABROAD_REGION + r"\s*(?:지역\s*)?(?:의\s*)?"
    r"(?:AI\s*)?(?:데이터센터|인프라|거점|시장|사업)(?:에|을|를|에만)"
)
# The region abroad the money goes into, right before it, whatever else the sentence names:
# '아시아태평양 지역에 총 120억 달러를 투자할 계획이며, 울산 센터가 그 첫 거점이다'.
_INTO_ABROAD = re.compile(
    r"(?:(?:"
    + _ABROAD_REGION
    + r"|전\s?세계)\s*(?:지역|국가들?|각국)?|(?<![가-힣])아시아\s*(?:지역|국가들?|각국|시장))"
    r"(?:에|에만)\s*(?:총\s*)?$"
)  # '올해 아시아 지역에만 40억 달러를 집행할 계획': the company's spending over a continent
# Several companies as the spenders: '국내 통신 3사와 클라우드 기업들이 올해 데이터센터에 투입하는 자금만 4조원'
# (an industry's spending, no project's).
# (Not '참여 기업들은 총 2,000억원을 투자해': a project's backers; the industry is the country's or the world's, and
# the figure a year's spending, not a project's: '국내 대기업들은 2030년까지 5조원을 투자해 … 데이터센터를 짓는다'.)
_A_YEARS_SPENDING = re.compile(r"(?<![가-힣])(?:올해|금년|내년|연간|매년|해마다|한\s*해)\s")
_BUILDS_WITH_IT = re.compile(r"\s*(?:을|를)?\s*(?:투자|투입|들여)[^.]{0,40}?(?:짓|건립|구축|조성|세우)")
_SEVERAL_COMPANIES_SUBJECT = re.compile(
    r"(?<![가-힣])(?:국내|글로벌|전\s?세계|세계|해외|주요)\s+[^.]{0,24}?(?:기업|업체|회사|빅테크|사업자)들(?:이|은|는|의)\s"
)
# The country's leading firms of an industry, counted, as the spenders: '국내 대형 조선 3사는 2030년까지 스마트 야드
# 구축에 모두 4조5000억원을 투자할 계획이다' (the industry's spending, in no place; not '두 회사가', one project's).
_INDUSTRYS_LEADERS_SUBJECT = re.compile(
    r"(?<![가-힣])(?:국내|글로벌|전\s?세계|세계)\s+(?:[^\s.,]+\s+){0,2}?[^\s.,]*(?:[2-9]\s*사|빅\s*[2-9])(?:가|는|은|이|도)\s"
)
# Sites across the country the money is spread over, whatever one of them the sentence names:
# '강릉을 포함해 2030년까지 전국 5곳에 데이터센터를 세우는 데 모두 3조원을 투자'.
_NATIONWIDE_SITES = re.compile(
    r"전국\s*(?:[2-9]|[1-9]\d+|여러|곳곳|[두세네]|다섯|여섯)\s*(?:곳|개\s*지역|개\s*거점)에\s"
    # the places a programme selected, counted: '4곳에는 … 총 1,560억원', '4개 거점에 … 모두 1550억원'
    r"|(?<![\d가-힣])(?:[2-9]|[1-9]\d+|[두세네]|다섯|여섯)\s*(?:곳|개\s*(?:지역|거점|지자체|도시|권역|단지|특구))(?:에는|에|의)\s"
    # provinces putting money in together: '충청권 4개 시·도는 … 총 2조원을 공동 투자한다'
    r"|(?<![\d가-힣])(?:[2-9]|[1-9]\d|[두세네]|다섯)\s*개\s*(?:시·도|시도|광역자치단체)(?:는|가|이|은)\s"
    # '대구·부산·충북 등 9개 시·도의 AX 거점 사업에 모두 3,760억원': provinces or cities counted
    r"|(?:[2-9]|[1-9]\d+|여러)\s*개\s*(?:시·도|시도|광역자치단체)(?:의|에|에서)\s"  # not a province's '22개 시·군'
    # the projects a programme selected, counted: '4개 사업의 국비는 모두 1050억원'
    r"|(?<![\d가-힣])(?:[2-9]|[1-9]\d+|[두세네]|다섯|여섯)\s*개\s*(?:사업|과제|프로젝트)(?:의|에)\s"
)
# …when the money is summed over them ('모두 3조원', '…을 포함해'), and no one of them is singled
# out between ('전국 5곳에 짓는 데이터센터 가운데 강릉 센터에만 1조원'; '전국 3곳에서 … 운영 중인').
_SUMMED_OVER = re.compile(r"(?:모두|총|합쳐|통틀어|전체)\s*$")
_SENTENCE_WITHIN = re.compile(r"다[.\"”']*\s*(?:며|고|면서)?\s*[\"“]")  # a quoted sentence ends, another begins
_INCLUDING_ONE = re.compile(r"포함해|포함하여|비롯해|비롯한|등\s*전국")
_EACH_OF_THEM = re.compile(r"각각|각\s|(?:곳|개소|거점|지역)\s?당|씩")
# A cap on what each place of a programme gets: '거점별 국비는 최대 200억원이다' (no place's money).
_CAP_PER_PLACE = re.compile(
    r"(?:거점|지역|곳|개소|과제|기관|지자체|센터)\s?(?:별|당)(?:로|으로)?\s[^.]{0,20}?(?:최대\s*)?$"
)
_SINGLED_OUT = re.compile(r"가운데|중(?![가-힣])|에만|만\s")
# A project, the topic of the clause the figure is in: the money is that project's.
_PROJECT_AS_TOPIC = re.compile(
    r"(?:" + rules.FACILITY_HEADS.pattern + r"|센터|단지|펀드|플랫폼)(?:\s*(?:총사업비|사업비|예산))?(?:은|는)\s"
)
# A company's spending on kinds of equipment, no project named: '올해 데이터센터와 GPU 설비에 1조원
# 안팎을 투입할 계획' (with no place in the sentence, its whole business's).
_KINDS_OF_SPENDING_LEFT = re.compile(
    r"(?:데이터센터|GPU|NPU|서버|AI\s*인프라|클라우드|네트워크)\s*(?:와|과|·|및)\s*"
    r"(?:GPU|NPU|서버|설비|인프라|데이터센터|네트워크|장비)\s*(?:설비|장비|확충|증설|구축)?\s*(?:에|에는|에만)\s*(?:약\s*)?$"
)
# A company's spending on AI infrastructure as a whole, no project named: '한빛클라우드가 2028년까지
# 3년간 AI 인프라에 6조원을 투자한다', '… 등 AI 인프라 전반에 총 9조 원을'.
# A facility or its operator as the clause's topic: '센터 운영사는 …', '데이터센터는 …'.
_FACILITY_AS_TOPIC = re.compile(
    r"(?:센터|데이터센터|클러스터|캠퍼스|단지)\s*(?:운영사|사업자|측|컨소시엄)?(?:은|는|이|가)\s"
)
_AI_INFRASTRUCTURE_LEFT = re.compile(
    r"(?<![가-힣])(?:AI|인공지능)(?:\([^()]{1,12}\))?\s*(?:컴퓨팅\s*)?인프라(?:\s*전반|\s*확충|\s*구축)?"
    r"(?:\s*(?:와|과|및|·)\s*(?:서비스|인재|연구개발|R&D|사업|플랫폼))?"  # 'AI 인프라와 서비스에 5조3000억원을'
    r"\s*(?:에|에는|에만)\s*(?:총\s*|약\s*|모두\s*)?$"
)
# A breakdown of a figure before: '연도별로는 올해 1조 5000억원, 내년 2조원 …', '분야별로는 …', '연평균 …'.
_BREAKDOWN_OPENING = re.compile(r"^\s*(?:[가-힣]+\s)?(?:연도별|분야별|부문별|항목별|용도별|연평균|해마다|매년)")
# …or an opening that breaks down the figure of the sentence right before ('투자 계획을 보면 데이터센터 증설에
# 2조원, …', '세부적으로', '구체적으로'): national only right after the national figure, and not where a
# government acts ('구체적으로 시는 … 300억원을 투입한다': its own money).
_BREAKDOWN_OF_BEFORE_OPENING = re.compile(
    r"^\s*(?:세부적으로|구체적으로)|^\s*(?:[가-힣]+\s)?(?:계획|내역|내용|명세)을\s*(?:보면|살펴보면)"
)
_GROUP_SPENDING = re.compile(r"그룹(?:은|는|이|가|\s*차원)[^.]{0,60}?(?:20[2-4]\d년까지|(?:향후|앞으로)\s*\d+년)")
# A company's plan for a line of business over years, in a sentence naming no place: '회사는 2030년까지
# AI 데이터센터용 전력 설비 사업에 총 5조 원을' (not one project: '회사는 2030년까지 1조원을 들여 센터를
# 짓는다', '… 이 사업에 1,200억원을' stay its total).
_BUSINESS_LINE_PLAN = re.compile(
    r"(?<![가-힣A-Za-z])[가-힣A-Za-z]{2,12}(?:은|는|이|가|도)\s[^.]{0,40}?(?:20[2-4]\d년까지|향후\s*\d+년(?:간|동안)?)"
    r"[^.]{0,40}?(?<!이\s)(?<!그\s)(?<!본\s)(?<!해당\s)(?<!이번\s)(?<!같은\s)(?:사업|분야|부문)(?:에|에만)\s*(?:총\s*|약\s*)?$"
)
# …a line of business, not a facility to build: '데이터센터 구축 사업에', '데이터센터 사업에' are a project's.
_FACILITY_BUSINESS = re.compile(
    r"(?:구축|건립|조성|건설|설립|신축|"
    + rules.FACILITY_HEADS.pattern
    + r")\s*(?:사업|분야|부문)(?:에|에만)\s*(?:총\s*|약\s*)?$"
)
# '3,872억원에서 4,223억원으로', '1200억원이던 총사업비는 … 1486억원으로 늘었다'.
_REVISION = re.compile(r"^\s*(?:규모|수준|대)?\s*(?:에서|에서\s*약|이던|이었던|였던)\s*")
_REVISED_TO = re.compile(r"^\s*(?:으로|로)\s*(?:늘|증가|증액|확대|상향|변경|조정|줄|감소|감액|축소|바뀌|올|내려|확정)")
_CLAUSE_LEFT = 30  # characters before an amount read for its clause
# Parties' own spending set apart from the project: '실증 사업비와 별도로 1120억 원을 자체 투자하기로'.
_OWN_SPENDING_APART = re.compile(r"별도로|별개로")
# A project of another industry the amount is the size or cost of: 'N원 규모의 우주산업 펀드', '의생명산업
# 클러스터에 2024년까지 N원을', '나노·반도체 국가산단(총사업비 약 N원)'. Its money is no AI investment
# (`rules.OTHER_INDUSTRIES` without `rules.AI_TOPIC_WORDS`: 'AI 반도체 클러스터' stays one).
_PROJECT = (
    r"(?P<project>(?:[^\s,.()]+\s){0,3}[^\s,.()]*"
    r"(?:펀드|클러스터|특화단지|산업단지|산단|단지|센터|밸리|허브|공장|플랜트|발전소|스퀘어|캠퍼스))[’'”\"]?"
)
_SIZE_OF_PROJECT_AFTER = re.compile(r"\s*원?\s*(?:대|가량|규모|급|짜리|상당)?\s*의\s+[‘'“\"]?" + _PROJECT)
_PROJECT_BEFORE = re.compile(
    _PROJECT + r"(?:에|에는|에만)\s+(?:[^\s,.]+까지\s+)?(?:총\s*|약\s*)?$"
    r"|"
    + _PROJECT.replace("project", "bracketed")
    + r"\(\s*(?:총\s*)?(?:사업비|예산|공사비|건립비|총사업비)?\s*(?:약\s*)?$"
)


def refine_roles(
    sentences: list[Sentence], money: dict[int, list[MoneyMention]], named_regions: dict[int, int]
) -> dict[int, list[MoneyMention]]:
    """Each sentence's amounts with the roles and marks the article around them gives.

    `named_regions` counts the places each sentence names: a nationwide budget names none. The
    amounts are updated in place (a page may list thousands: no copies).
    """
    text = {s.index: s.text for s in sentences}
    order = [s.index for s in sentences]
    smallest_later_part = _smallest_later_parts(order, text, money)
    out: dict[int, list[MoneyMention]] = {}
    previous_national = False  # the sentence before states a national figure
    national_position = -2  # where in `order` the last sentence stating a national figure stands
    previous_whole_budget = False  # …or a government's whole budget
    largest_national = 0  # the largest national figure so far
    national_figures: set[int] = set()
    selects_places = cache(lambda: any(_SELECTS_COUNTED_PLACES.search(text[i]) for i in order))  # read if asked
    counts_entries = cache(lambda: selects_places() or any(_COUNTED_ENTRIES.search(text[i]) for i in order))
    headlines = headline_indexes(sentences)
    largest_figure = max(
        (m.amount_krw or 0 for ms in money.values() for m in ms if m.role in ("total", "annual", "component")),
        default=0,
    )
    for position, i in enumerate(order):
        sentence = text[i]
        bulleted = len(BULLET.findall(sentence)) >= 2 if money.get(i) else False
        refined = money.get(i, [])
        budget_lines = bool(refined) and _lists_budget_lines(
            sentence, [text[j] for j in order[max(0, position - 2) : position]]
        )
        for m in refined:
            left = sentence[max(0, m.start - _CLAUSE_LEFT) : m.start]
            role = m.role
            if role in ("total", "annual", "component", "other"):
                if (
                    _CUMULATIVE_WORDS.search(left[-12:])
                    or _CUMULATIVE_TOPIC.search(left[-30:])
                    or _CUMULATIVE_RECORD_TOPIC.search(sentence, max(0, m.start - 60), m.start)
                    or (_FIELD_BUDGET_TOPIC.search(left[-24:]) and not _THIS_PROJECT.search(sentence, 0, m.start))
                    or (
                        _PAST_YEARS_LEFT.search(left)
                        and _SPENT_AFTER.match(sentence, m.end)
                        and not _FINISHED.search(sentence)
                    )
                    or _SEVERAL_PROJECTS_LEFT.search(left)
                    or (
                        _PARTIES_LEFT.search(left)
                        and not _JOINT.search(sentence)
                        and not _INTO_ONE_PROJECT.search(sentence, max(0, m.start - _CLAUSE_LEFT), m.start)
                        # not building one facility: '이 기업들은 … 8000억 원을 들여 데이터센터를'
                        and not (
                            rules.FACILITY_HEADS.search(sentence, m.end)
                            and not _OWN_SPENDING_APART.search(left + sentence[m.end : m.end + 12])
                        )  # (their own spending apart from it: '실증 사업비와 별도로 1120억 원을 자체 투자')
                    )
                    or (
                        (_SUMMED_OVER.search(left[-6:]) or m.text.startswith(("모두", "총", "합계")))
                        and _SEVERAL_SUMMED.search(sentence, max(0, m.start - 60), m.start)
                    )
                    or _CUMULATIVE_AFTER.match(sentence[m.end :])
                    or _SEVERAL_AS_TOPIC.search(sentence, max(0, m.start - 40), m.start)
                    or _NUMBERED_SITES_SUMMED.search(sentence, max(0, m.start - 60), m.start)
                    or _INTO_COUNTED_FIRMS.search(sentence, max(0, m.start - _CLAUSE_LEFT), m.start)
                    or _INCLUDING_THIS.search(sentence, 0, m.start)
                    or (
                        _SEVERAL_PARTIES.search(left)
                        and not _JOINT.search(sentence)
                        and not _INTO_ONE_PROJECT.search(sentence, max(0, m.start - _CLAUSE_LEFT), m.start)
                        and m.amount_krw
                        and smallest_later_part[i] < m.amount_krw
                        and not _divided_next(order, text, i)
                    )
                ):
                    role = "cumulative"
                elif _is_nationwide(sentence, m, left, role, _names_a_place(sentence, m, named_regions.get(i))) or (
                    (previous_national or previous_whole_budget)
                    and not named_regions.get(i)
                    and (
                        _PART_OF_BEFORE.search(sentence, 0, m.start)
                        or _ITS_YEARS_BUDGET_OPENING.match(sentence)
                        or (_ONLY_ON_LEFT.search(left) and (m.amount_krw or 0) < largest_national)
                    )
                    and not _REGION_CLAIMS.search(sentence)  # '이 중 도가 확보한 국비는 300억원': the province's
                ):  # '정부는 AI 예산을 10조원으로 편성했다. 이 가운데 지역 사업 예산은 1조원': a national part;
                    # '… AI 분야에 10조1000억원을 배정했다. 첨단 GPU 1만5000장 확보에만 1조4600억원이 들어간다': one too;
                    # '이 사업에는 … 전국에 총 2,000억원이 투입된다. 올해 국비 예산은 120억원이다': its year's
                    role = "national"
                elif _funds_another_industry(sentence, m) or ordered_from_abroad(sentence, m.start, _CLAUSE_LEFT):
                    role = "other"
                elif (
                    role == "total"
                    and m.amount_krw == largest_figure  # the sum of the places' projects is the largest figure
                    and i not in headlines  # a headline's takes the body's role (`_headlines_restate_body`)
                    and not named_regions.get(i)
                    and (m.text.startswith(("총", "모두")) or _SUMMED_OVER.search(left[-6:]))
                    and selects_places()
                ):
                    role = "cumulative"  # '4곳 선정' … '4년간 총 722억원(국비 480억원) 투입': the places' sum
                elif (
                    role == "total"
                    and (m.amount_krw or 0) >= _RESTATED_NATIONAL_MIN
                    and m.amount_krw in national_figures
                ):
                    role = "national"  # '…AI에 7조 투자' then '본사에서 … 모두 7조원을 투자한다고': the same money
                elif (
                    role in ("total", "annual")
                    and not named_regions.get(i)
                    and _PROGRAMMES_WHOLE_BUDGET_LEFT.search(left)
                    and counts_entries()
                ):
                    role = "national"  # the whole budget of a programme whose several entries the article lists
                elif _BUDGET_CATEGORY_LEFT.search(left) and not named_regions.get(i):
                    role = "other"  # '계속사업에는 5,870억원이 배정됐다': a budget's share for every project of a kind
                elif (
                    budget_lines
                    and (bulleted or (role == "total" and BUDGETED_AFTER.match(sentence, m.end)))
                    and not _WHOLE_MARKED_LEFT.search(left[-16:] + m.text[:2])
                ):
                    role = "annual"  # '…예산안 …. 신규 사업으로는 ▲A 312억원 ▲B 86억원이 반영됐다': a year's lines
            m.role = role
            m.is_itemised = bulleted or _in_item_brackets(sentence, m)
            m.is_superseded = _superseded(sentence, m) or REQUESTED_AFTER.match(sentence, m.end) is not None
        breaks_national_down = (largest_national and _BREAKDOWN_OPENING.match(sentence)) or (
            national_position == position - 1
            and _BREAKDOWN_OF_BEFORE_OPENING.match(sentence)
            and not _REGION_CLAIMS.search(sentence)
        )
        if breaks_national_down and not named_regions.get(i):
            _breakdown_of_national(refined, largest_national)
        if national_figures and not named_regions.get(i):
            _parts_adding_up_to_national(refined, national_figures)
        if not named_regions.get(i):
            _parts_after_a_national_whole(sentence, refined)
        _bracketed_parts_follow_their_whole(sentence, refined)
        _revised_budget_line(sentence, refined)
        out[i] = refined
        if refined:  # the last figure stated before: '…총 7조원을 투자한다. … 투자금 가운데 GPU 확보(3조원)'
            previous_national = any(m.role == "national" for m in refined)
            # '과기정통부의 내년 예산이 21조2천억원으로 편성됐다. 이 가운데 AI 분야에만 4조1천억원': a field of it
            previous_whole_budget = any(
                m.role == "other" and (m.amount_krw or 0) >= WHOLE_BUDGET_MIN_KRW for m in refined
            )
        if any(m.role == "national" for m in refined):
            national_position = position
        largest_national = max([largest_national] + [m.amount_krw or 0 for m in refined if m.role == "national"])
        national_figures.update(m.amount_krw for m in refined if m.role == "national" and m.amount_krw)
    _headlines_restate_body(sentences, out, headlines)
    _item_lines_of_a_figure(order, text, out, named_regions)
    _keyed_bracket_parts(order, text, out)
    _restated_figures([i for i in order if i not in headlines], out)
    _tenants_part_of_a_larger_whole(order, text, out)
    _private_money_is_the_whole(order, text, out)
    return _shares(order, text, out)


# Counted companies putting money into a whole ('협약에 따라 기업 4곳은 2030년까지 클러스터에 모두 1010억원을
# 투자한다', '입주기업 12곳이 단지에 …'): the tenants' part, when the article states a larger whole.
_COUNTED_FIRMS_INTO_WHOLE_LEFT = re.compile(
    r"(?:기업|업체|회사|입주사)\s*\d+\s*(?:곳|개사|개\s*사)(?:은|는|이|가)\s(?:[^.,]{0,30}?\s)?"
    r"[^\s.,]*(?:클러스터|단지|산단|특구|밸리|캠퍼스|파크)(?:에|에는)\s+(?:[^\s.,]+\s+){0,2}?(?:모두\s*|총\s*|약\s*)?$"
)


def _tenants_part_of_a_larger_whole(
    order: list[int], text: dict[int, str], money: dict[int, list[MoneyMention]]
) -> None:
    """Counted companies' money into a whole is a part of it when the article states a larger whole ('기업 4곳은 …
    클러스터에 모두 1010억원을 투자한다' beside '3200억원대로 추진되는 클러스터'); alone, or building a facility with it
    ('…을 들여 데이터센터를 짓는다'), it is the whole."""
    largest = max((m.amount_krw or 0 for i in order for m in money.get(i, ()) if m.role == "total"), default=0)
    for i in order:
        for m in money.get(i, ()):
            if (
                m.role == "total"
                and m.amount_krw
                and m.amount_krw < largest
                and _COUNTED_FIRMS_INTO_WHOLE_LEFT.search(text[i], max(0, m.start - 90), m.start)
                and not _BUILDS_WITH_IT.match(text[i], m.end)
            ):
                m.role = "component"


# Private money right before its figure ('민간 자본 6800억원이 투입되는 AI 데이터센터'), and any public source's word.
_PRIVATE_LEFT = re.compile(r"(?:민간\s*(?:자본|자금|투자|투자금)?|민자)\s*(?:으로|로)?\s*(?:약\s*|총\s*)?$")
_PUBLIC_SOURCE = re.compile(r"국비|시비|도비|군비|구비|지방비|정부\s*(?:지원|예산|출자)|공공\s*(?:재원|예산)")
# What makes private money one part among others: a phase, a cost item, a share of a whole, the land.
_A_PART_IN_THE_CLAUSE = re.compile(r"단계|가운데|중\s|나머지|부지|매입|건립비|건축비|설계비|장비비|일부|분담|부담")


_ROUNDED_WHOLE = 0.05  # a whole within this share of the private figure restates it rounded


def _private_money_is_the_whole(order: list[int], text: dict[int, str], money: dict[int, list[MoneyMention]]) -> None:
    """In an article that states no whole and names no public source, the private money a facility costs is all it
    costs ('민간 자본 6800억원이 투입되는 AI 데이터센터가 들어선다'): that figure, the only one, is the whole."""
    figures = [m for i in order for m in money.get(i, ())]
    if any(_PUBLIC_SOURCE.search(text[i]) for i in order if money.get(i)):
        return
    private = [
        m for i in order for m in money.get(i, ())
        if m.role == "component" and m.amount_krw
        and _PRIVATE_LEFT.search(text[i], max(0, m.start - 16), m.start)
        and rules.FACILITY_HEADS.search(text[i], m.end, m.end + 40)  # what it pays for, right after it
        and not _A_PART_IN_THE_CLAUSE.search(text[i])
    ]  # fmt: skip
    amounts = {m.amount_krw for m in private if m.amount_krw}
    if len(amounts) == 1:  # one private figure (a headline may restate it)
        whole: int = next(iter(amounts))
        if any(
            m.role == "total" and m.amount_krw and abs(m.amount_krw - whole) > _ROUNDED_WHOLE * whole for m in figures
        ):
            return  # a whole of its own ('2.5조' beside '민간투자 2조 5,600억원' is that figure rounded)
        for m in figures:
            if m.amount_krw == whole and m.role == "component":
                m.role = "total"


# A list's key that says what its brackets hold: '지역별 올해 사업비(괄호 안은 국비)는 다음과 같다'.
_BRACKET_KEY = re.compile(
    r"괄호\s*(?:안|속)(?:은|의|에는|에)?\s*(?:국비|시비|도비|군비|구비|지방비|민간|민자|정부\s*지원|정부)"
)
_KEYED_YEAR = re.compile(r"올해|금년|내년|연간|연도별|\d{4}년도?\s*(?:예산|사업비)")
_OPENS_A_BRACKET = re.compile(r"\s*\(\s*(?:약\s*)?")
_CLOSES_A_BRACKET = re.compile(r"\s*\)")


def _keyed_bracket_parts(order: list[int], text: dict[int, str], money: dict[int, list[MoneyMention]]) -> None:
    """After a key saying the brackets hold a source's share, a figure alone in brackets after a larger one is
    that share and the one before it the whole, or this year's when the key says so ('지역별 올해 사업비(괄호 안은
    국비)는 다음과 같다' … '제주 — 제주대학교병원 컨소시엄: 34억원(24억원), 계속')."""
    keyed: str | None = None  # the role the key gives the figures before the brackets
    for i in order:
        sentence = text[i]
        if keyed is None:
            if _BRACKET_KEY.search(sentence):  # '지역별 올해 사업비(…)는': this year's; '총사업비(…)는': the wholes
                keyed = "annual" if _KEYED_YEAR.search(sentence) else "total"
            continue
        for whole, part in pairwise(money.get(i, ())):
            if (
                _OPENS_A_BRACKET.fullmatch(sentence, whole.end, part.start)
                and _CLOSES_A_BRACKET.match(sentence, part.end)
                and whole.amount_krw
                and part.amount_krw
                and part.amount_krw < whole.amount_krw
                and whole.role in ("other", "component")
            ):
                whole.role, part.role = keyed, "component"


def _restated_figures(order: list[int], money: dict[int, list[MoneyMention]]) -> None:
    """A lone figure opening its sentence as the topic restates the one the body gave before as a year's budget or a part
    ('올해 AI 아카데미 예산으로 31억원을 편성했다. … 31억원은 시 전체 예산에 비하면 작은 돈이다'): it keeps that role.
    (`order` leaves the headlines out: they restate the body, not the other way round.)"""
    first_role: dict[int, str] = {}
    for i in order:
        for m in money.get(i, ()):
            if not m.amount_krw:
                continue
            if m.opens_as_topic and m.role == "total":
                if first_role.get(m.amount_krw) in ("annual", "component"):
                    m.role = first_role[m.amount_krw]
            else:
                first_role.setdefault(m.amount_krw, m.role)


# A line of a breakdown: an item, its money, then a colon or a bracket and what it is ('AI 솔루션 도입 지원
# 120억원 : 불량 검출 머신비전 …', '- 실증 테스트베드 운영 25억원(안산)').
_ITEM_LINE = re.compile(
    r"^\s*(?:[-·*※" + BULLET.pattern[1:-1] + r"]\s*)?[^\d:：.]{2,40}?\s(?:약\s*)?" + NUMBER_PATTERN + r"\s?원\s*[:：(]"
)
# …or an item, what it is, then a colon and its money ('① 디지털트윈 실증동(연면적 9,800㎡) : 512억 원.',
# '- 인력양성동: 246억원').
_ITEM_COLON_LINE = re.compile(
    r"^\s*(?:[-·*※"
    + BULLET.pattern[1:-1]
    + r"]\s*)?[^:：.]{2,60}?[:：]\s*(?:약\s*)?"
    + NUMBER_PATTERN
    + r"\s?원(?![가-힣])"
)
# …or an item, a colon, what it is, and its money ending the line ('㈜오션클라우드: 1호 센터(60MW), 1조 2,000억 원',
# '메리디안(미국): 2호 센터(40MW), 5억 달러(약 6,650억 원, 환율 1,330원 기준)').
_ITEM_COLON_ENDING_LINE = re.compile(
    r"^\s*[^:：.]{2,60}?[:：][^:：]{0,60}?[\s,]\s*(?:약\s*)?"
    + NUMBER_PATTERN
    + r"\s?(?:원|달러)(?:\s*\([^()]*\)?)?\s*\.?\s*$"
)
# …or any line a list mark opens ('▲누리클라우드 : 100MW급 AI 데이터센터 건립 7,500억원', '2) 전력 인프라 2,800억원').
_MARKED_LINE = re.compile(r"^\s*(?:[-·*※" + BULLET.pattern[1:-1] + r"]|\d{1,2}[.)]\s)")
# …or a row of a table, its cells set apart by bars, one of them the money ('연구동 | 2만㎡ | 1,200억원 | 2025~2027').
_TABLE_ROW = re.compile(
    r"^\s*[|│]?\s*[^|│\d]{1,30}?\s*[|│](?:[^|│]*[|│])*?\s*(?:약\s*)?" + NUMBER_PATTERN + r"\s?원\s*(?:[|│]|$)"
)
_TOTAL_ROW = re.compile(r"^\s*[|│]?\s*(?:합계|총계|계|총|전체|소계)\s*[|│]")  # '합계 | … | 3,714억원'
# Sentences that may stand between a figure and its breakdown's first line (a heading, a sentence about it).
_ITEM_LINES_REACH = 2
_SUM_TOLERANCE = 0.005  # items written in 억 round a figure given to the 천만 (as cumulative_sums allows)


def _is_item_line(sentence: str) -> bool:
    """A line of a breakdown or a table's row: an item and its one amount."""
    return bool(
        _ITEM_LINE.match(sentence)
        or _ITEM_COLON_LINE.match(sentence)
        or _ITEM_COLON_ENDING_LINE.match(sentence)
        or _MARKED_LINE.match(sentence)
        or _TABLE_ROW.match(sentence)
    )


# A line's own project: a quoted name of a facility ("1. 'AI 제조혁신센터' 건립 300억원"), or a facility before its
# colon ('- AI 해양 데이터센터: 650억원'); lines of several such are a list of projects, not one's breakdown.
_QUOTED_FACILITY = re.compile(r"[‘'“\"][^’'”\"]{1,40}?(?:" + rules.FACILITY_HEADS.pattern + r")[’'”\"]")


_COLON = re.compile(r"[:：]")


def _names_a_project_of_its_own(line: str) -> bool:
    """A quoted facility anywhere in the line, or a facility in what its colon labels."""
    labelled = _COLON.split(line, maxsplit=1)
    return bool(_QUOTED_FACILITY.search(line) or (len(labelled) == 2 and rules.FACILITY_HEADS.search(labelled[0])))


def _item_lines_of_a_figure(
    order: list[int], text: dict[int, str], out: dict[int, list[MoneyMention]], named_regions: dict[int, int]
) -> None:
    """Lines, one amount each, that add up to a figure stated just before them are its breakdown: parts,
    itemised ('올해는 180억원을 들여 … AI 솔루션 도입 지원 120억원 : … 인력 양성 35억원 : … 테스트베드 25억원 : …').
    Not lines that each name a place: a programme's money shared out among places is each place's."""
    run: list[int] = []
    for position, i in enumerate([*order, None]):
        if i is not None and len(_line_money(out.get(i, []))) == 1 and _is_item_line(text[i]):
            if _TOTAL_ROW.match(text[i]):
                if len(run) >= 2 and not any(named_regions.get(order[p]) for p in run):
                    # the table's own sum, its rows before it its parts (not rows each of a place: their sum is none's)
                    _rows_add_up_to(run, order, out, _line_money(out[i])[0])
                run = []
                continue
            run.append(position)
            continue
        if (
            len(run) >= 2
            and not all(named_regions.get(order[p]) for p in run)
            and sum(_names_a_project_of_its_own(text[order[p]]) for p in run) < 2
        ):
            items = [_line_money(out[order[p]])[0] for p in run]
            summed = sum(m.amount_krw or 0 for m in items)
            before = order[max(0, run[0] - _ITEM_LINES_REACH - 1) : run[0]]
            # …or a line of their sum right after them ('총 투자 규모 2조 8,600억 원')
            after = [j for j in order[run[-1] + 1 : run[-1] + 1 + _ITEM_LINES_REACH] if _SUM_LINE.match(text[j])]
            if summed and any(
                abs((m.amount_krw or 0) - summed) <= summed * _SUM_TOLERANCE and m.role in ("total", "annual")
                for j in before + after[:1]
                for m in out.get(j, [])
            ):
                for m in items:
                    m.role, m.is_itemised = "component", True
        run = []


# The smallest figure that is a line's item beside another: below it a rate or a unit price the line also gives
# ('5억 달러(약 6,650억 원, 환율 1,330원 기준)').
_ITEM_MIN_KRW = 10_000_000
# A line that states the sum of the lines before it: '총 투자 규모 2조 8,600억 원', '합계: 1,200억원'.
_SUM_LINE = re.compile(r"^\s*(?:[-·*※▶■]\s*)?(?:총|합계|총계|계|전체)(?![가-힣])|^\s*(?:총사업비|총투자액|총액)")


def _line_money(money: list[MoneyMention]) -> list[MoneyMention]:
    """A line's figures that may be its item: beside a larger figure, not a rate or a unit price (a line of one small
    figure is a small item: '- 컨설팅 1,500만원')."""
    large = [m for m in money if m.amount_krw is None or m.amount_krw >= _ITEM_MIN_KRW]
    return large if large and len(large) < len(money) else money


def _rows_add_up_to(run: list[int], order: list[int], out: dict[int, list[MoneyMention]], whole: MoneyMention) -> None:
    """A table's rows above its total row that add up to it are its parts, and the row their whole."""
    items = [out[order[p]][0] for p in run]
    summed = sum(m.amount_krw or 0 for m in items)
    if summed and abs((whole.amount_krw or 0) - summed) <= summed * _SUM_TOLERANCE:
        whole.role = "total"
        for m in items:
            m.role, m.is_itemised = "component", True


# An article that reports a selection of counted places: '4개 지역을 최종 선정', '3곳 선정' (not of bodies counted
# the same way: '기업 9곳과 대학 14곳이 선정됐다').
_COUNTED_BODIES = (
    "기업", "대학", "기관", "업체", "학교", "병원", "단체", "팀", "기업체", "대학교", "연구소", "스타트업", "컨소시엄", "사업단",
)  # fmt: skip
_SELECTS_COUNTED_PLACES = re.compile(
    r"(?<![\d가-힣])"
    + "".join(rf"(?<!{body}\s)(?<!{body})" for body in _COUNTED_BODIES)
    + PLACES_COUNTED
    + r"(?:을|를|이|가)?\s*(?:최종\s*)?(?:선정|지정)"
)
# …or entries of a call counted as added or confirmed: '선도 프로젝트 3곳 추가', '신규 과제 3건을 확정했다'.
_COUNTED_ENTRIES = re.compile(
    r"(?:(?:프로젝트|과제|사업|지역|시·도|시도|지자체)\s*(?:[2-9]|[1-9]\d+|[두세네]|다섯|여섯)\s*(?:곳|건|개)"
    r"|(?<![\d가-힣])(?:[2-9]|[1-9]\d+|[두세네]|다섯|여섯)\s*건)"  # not '수요기업 3곳을 선정': firms, no entries of a call
    r"(?:을|를|이|가)?\s*(?:새로\s*|신규로?\s*|추가로\s*|최종\s*)?(?:선정|지정|확정|추가)"
)
# A programme's whole budget as the figure's topic: '올해 AI 자율제조 선도 프로젝트 전체 예산은 1120억원이다'
# (in an article choosing several places' entries: the programme's, over them all).
_PROGRAMMES_WHOLE_BUDGET_LEFT = re.compile(
    r"(?<!이번\s)(?<!해당\s)(?<!이\s)(?:프로젝트|사업|공모|프로그램)\s*(?:전체|총)\s*(?:예산|사업비|국비)\s*(?:규모)?(?:은|는|이|가)\s*"
    r"(?:총\s*|약\s*)?$"
)  # (not '이번 사업 총사업비는 450억원', '프로젝트 총 예산은': how a project states its own cost)
_BRACKET_RIGHT_AFTER = re.compile(r"\s*\(\s*(?:[^()]{0,8}\s)?(?:국비|시비|도비|지방비|민간|민자)?\s*")


def _bracketed_parts_follow_their_whole(sentence: str, money: list[MoneyMention]) -> None:
    """The parts in brackets right after a national or summed figure are its parts: '총 722억원(국비 480억원)'."""
    for before, m in pairwise(money):
        if (
            before.role in ("national", "cumulative")
            and m.role in ("component", "annual")
            and _BRACKET_RIGHT_AFTER.fullmatch(sentence, before.end, m.start)
        ):
            m.role = before.role


# A budget's lines: a sentence that says its figures were put in ('반영됐다', '편성했다'), in a
# passage about a budget (this sentence or the two before it: '2026년도 예산안 …. 신규 사업으로는 …').
_BUDGET_LINES_END = re.compile(r"(?:반영|편성|배정)(?:됐|되었|했|하였)다[.”’\"']*\s*$")
# A whole named as one: '총사업비 4천억원 규모로 신규 반영됐다' is the project's, not the year's.
_WHOLE_MARKED_LEFT = re.compile(r"총\s*사업비|전체\s*사업비|총\s*투자|(?<![가-힣])총\s*$|(?<![가-힣])총\s*\d")
# A budget's share for a kind of project, not one project: '계속사업에는', '신규 사업으로'.
_BUDGET_CATEGORY_LEFT = re.compile(r"(?:계속|신규)\s*사업(?:에는|에|으로는|으로|엔)\s*(?:총\s*|모두\s*)?$")


def _lists_budget_lines(sentence: str, before: list[str]) -> bool:
    return _BUDGET_LINES_END.search(sentence) is not None and any(BUDGET_CONTEXT.search(s) for s in (*before, sentence))


# A national figure this large stated again elsewhere in the article is the same money.
_RESTATED_NATIONAL_MIN = 1_000_000_000_000  # 1조


def _parts_adding_up_to_national(money: list[MoneyMention], national_figures: set[int]) -> None:
    """Figures of one sentence that add up to a national figure stated before are its parts: '7조원을
    투자한다' then '인프라에 4조2천억원, 인재 양성에 1조원, R&D에 1조8천억원을 배정했다'."""
    figures = [m for m in money if m.amount_krw and m.role not in ("effect", "market")]
    if len(figures) < 2:
        return
    total = sum(m.amount_krw or 0 for m in figures)
    if any(abs(total - n) <= n * 0.005 for n in national_figures):
        for m in figures:
            m.role = "national"


def _breakdown_of_national(money: list[MoneyMention], national: int) -> None:
    """A sentence breaking a national figure down ('연도별로는 올해 1조 5000억원, 내년 2조원, 2028년
    2조 5000억원을', '연평균 1조 8000억 원'): its figures are the national budget's, when together
    they fit inside it."""
    figures = [m for m in money if m.role in ("total", "annual", "component") and m.amount_krw]
    if figures and sum(m.amount_krw or 0 for m in figures) <= national * 1.005:
        for m in figures:
            m.role = "national"


# The country's plan the figure is of: '…에 3조원을 넣겠다는 국가 전략', '…을 투입하는 정부 계획'.
_NATIONAL_PLAN_AFTER = re.compile(
    r"[^.]{0,20}?(?:는|다는|겠다는|하는)\s*(?:국가|정부|범부처|범정부)\s*(?:전략|계획|로드맵|구상)"
)
# …spent on a field, not on a place or a named project: '… AI 신약개발 분야에 1조원 이상을' (not '광주 AI 집적단지 2단계
# 사업에 … 6000억원을 투입하는 정부 계획').
_FIELD_OBJECT_LEFT = re.compile(r"(?:분야|산업|부문|기술)(?:에|에는|에만)\s*(?:총\s*|모두\s*|약\s*)?$")
# The government itself opening the sentence, and works of a kind as the money's object: '정부는 … 전력망 확충에'.
_THE_GOVERNMENT_OPENS = re.compile(r"\s*(?:한편\s*,?\s*)?정부(?:는|가|도)\s")
# A project or its phase named before the figure: '2단계 사업의', '… 사업에' (the money is that project's).
_A_PROJECT_BEFORE = re.compile(r"\d\s*단계|사업(?:의|에|에는)\s")
_FIELD_BUDGET_BEFORE = re.compile(r"(?:분야|부문)\s*(?:전체\s*)?예산(?:을|은|는|이|으로)\s")  # '… AI 분야 예산을 …'
_WORKS_OBJECT_LEFT = re.compile(r"(?:확충|보강|확대|고도화|현대화)(?:에|에는|에만)\s*(?:총\s*|모두\s*|약\s*)?$")
# The government's subject opening the clause of a national plan: '한편 정부는 2030년까지 AI 신약개발 분야에 1조원
# 이상을 투입하는 범부처 전략을 마련 중이어서 오송 클러스터가 …' (a place named in the clause after is no owner).
_GOVERNMENT_OPENS = re.compile(r"\s*(?:한편\s*,?\s*)?" + _MINISTRY + r"(?:는|가|도)\s")


# A place named after the figure as one of what it sums: '전국 AI 인프라에 3조 원 가까이 투자하겠다고 밝힌 바 있는데,
# 영광 프로젝트는 그중 최대 단일 사업이다'.
_ONE_OF_THEM_AFTER = re.compile(r"[^.]*?(?:그중|그\s중|그\s가운데|이\s가운데|이중|이\s중)(?![가-힣])")


def _names_a_place(sentence: str, m: MoneyMention, places: int | None) -> bool:
    """The sentence names a place the figure is of, not only one of several it sums."""
    return bool(places) and _ONE_OF_THEM_AFTER.match(sentence, m.end) is None


# A ministry's or agency's spending on research in a field, the sentence its own: '방위사업청은 … 향후 5년간 국방 AI
# 연구개발에 1조 원을 투입하기로 했다'.
_MINISTRY_OPENS = re.compile(r"\s*" + _MINISTRY + r"(?:은|는|이|가|도)\s")
# …or the budget named after the figure, for a field: '산업부는 올해 로봇산업 분야에 … 2300억원의 예산을
# 편성했으며' (the ministry's line for the whole industry, not the cluster the sentence goes on to).
_FIELD_BEFORE = re.compile(r"(?:분야|부문)(?:에|에는|에만)\s")
_BUDGET_NAMED_AFTER = re.compile(r"\s*(?:규모)?\s*의?\s*(?:정부\s*)?예산(?:을|이)\s*(?:편성|배정|책정)")
_RESEARCH_FIELD_LEFT = re.compile(r"(?:연구개발|R&D|기술\s*개발)(?:\s*사업)?\s*(?:에|에는|에만)\s*(?:총\s*|약\s*)?$")


# A whole then the part of it the sentence goes on to: '전체 투자액 100조원 중 … AI 분야 30조원은'.
_WHOLE_THEN_ITS_PART = re.compile(r"\s*(?:원\s*)?(?:중|가운데)(?![가-힣])")


def _parts_after_a_national_whole(sentence: str, refined: list[MoneyMention]) -> None:
    """A part of a national figure the sentence opens with ('그룹 전체 투자액 100조원 중 … AI 분야 30조원은') is the
    country's too, not a part of any place's project."""
    wholes = [r for r in refined if r.role == "national" and _WHOLE_THEN_ITS_PART.match(sentence, r.end)]
    for m in refined:
        if m.role in ("total", "annual", "component") and any(w.end <= m.start for w in wholes):
            m.role = "national"


# Money a company puts into the country as a whole: '앞으로 5년간 한국에 10억달러 이상을 투자하겠다', '5년간 국내에 100조원을'.
_INTO_THE_COUNTRY_LEFT = re.compile(r"(?<![가-힣])(?:한국|국내)(?:에|에만)\s+(?:[^\s.,]+\s+){0,2}$")


def _is_nationwide(sentence: str, m: MoneyMention, left: str, role: str, names_a_place: bool) -> bool:
    """A national programme's or a company's nationwide budget (see `AMOUNT_ROLES`)."""
    if (
        role in ("total", "component", "annual")
        and not names_a_place
        and _MINISTRY_OPENS.match(sentence)
        and _RESEARCH_FIELD_LEFT.search(left[-24:])
        and not _THIS_PROJECT.search(sentence, 0, m.start)  # '산업부는 이 사업 연구개발에', '실증단지 연구개발에'
    ):
        return True  # a ministry's research money for a field, in no place
    if (
        role in ("total", "component", "annual")
        and not names_a_place
        and _MINISTRY_OPENS.match(sentence)
        and _BUDGET_NAMED_AFTER.match(sentence, m.end)
        and _FIELD_BEFORE.search(sentence, 0, m.start)
        and not _THIS_PROJECT.search(sentence, 0, m.start)
    ):
        return True  # a ministry's budget for a field, named after its figure
    if _NATIONAL_FUND_AFTER.match(sentence, m.end) or _NATIONAL_FUND_BEFORE.search(left):
        return True  # a national fund's size, wherever the sentence is
    if role in ("total", "component") and not names_a_place and _KINDS_OF_SPENDING_LEFT.search(left[-30:]):
        return True  # a company's spending on kinds of equipment, whatever its wording
    if (
        role in ("total", "component", "annual")
        and not names_a_place
        and _AI_INFRASTRUCTURE_LEFT.search(left[-32:])
        and not _REGION_CLAIMS.search(sentence)
        and not _THIS_ONE.search(sentence, 0, m.start)
        # (not '센터 운영사는 AI 컴퓨팅 인프라에 2조원을': the centre's)
        and not _FACILITY_AS_TOPIC.search(sentence, 0, m.start)
    ):
        return True  # a company's AI infrastructure as a whole
    if role in ("total", "component", "annual") and not names_a_place and _the_calls_whole(left):
        return True  # '공모 전체 국비 규모는 3년간 1,200억 원이다': the call's, over all the places it selects
    if _NATIONAL_PLAN_AFTER.match(sentence, m.end) and (
        not names_a_place
        or (
            _GOVERNMENT_OPENS.match(sentence)
            and not _THIS_PROJECT.search(sentence, 0, m.start)  # '…광주 AI 집적단지 2단계 사업에': the project's
            and not _A_PROJECT_BEFORE.search(sentence, 0, m.start)
        )
    ):
        return True  # '2035년까지 양자 분야에 3조원을 넣겠다는 국가 전략': the country's plan
    if ("최대" in m.text or left.rstrip().endswith("최대")) and _CAP_PER_PLACE.search(left) is not None:
        return True  # '거점별 국비는 최대 200억원': the programme's rule, no place's money
    if role in ("component", "annual") and _spread_over_nationwide_sites(sentence, m, left):
        # '전국 10곳에 … 지정해 국비 총 300억원을 지원': a programme's part, summed over the country; '17개 시도의 올해
        # AI 관련 예산은 모두 2조2,827억원': the regions' year, summed
        return True
    if (
        role in ("annual", "total")
        and not names_a_place
        and _CAPEX_LEFT.search(left[-30:])
        and not _THIS_PROJECT.search(sentence, 0, m.start)  # '이 데이터센터에 대한 설비투자 규모를': the centre's
    ):
        return True  # '올해 설비투자(CAPEX) 가이던스는 2조1천억원': all the company spends in a year
    if role in ("annual", "total", "component") and not names_a_place and _NATIONWIDE_FIGURE_LEFT.search(left[-14:]):
        return True  # '정책에 2030년까지 전국 9,000억원대 예산을 투입할 계획'
    if (
        role in ("total", "annual", "component")
        and not names_a_place
        and (
            (  # '정부는 … 2038년까지 전력망 확충에 72조8000억원을 투입하겠다고': the country's, in no place
                _THE_GOVERNMENT_OPENS.match(sentence)
                and role == "total"
                and (_FIELD_OBJECT_LEFT.search(left) or _WORKS_OBJECT_LEFT.search(left))
            )
            or (  # '기획재정부는 … 예산안에서 AI 분야에 10조1000억원을 배정했다', '정부가 내년 AI 분야 예산을 …
                # 10조1000억원으로 짰다': a whole field's budget
                _GOVERNMENT_OPENS.match(sentence)
                and (_FIELD_OBJECT_LEFT.search(left) or _FIELD_BUDGET_BEFORE.search(sentence, 0, m.start))
            )
        )
        and not _THIS_PROJECT.search(sentence, 0, m.start)  # '정부는 국가 AI 컴퓨팅센터 구축에 …': the centre's
        and not _A_PROJECT_BEFORE.search(sentence, 0, m.start)  # '정부는 2단계 사업의 … 고도화에': the project's
        and not _REGION_CLAIMS.search(sentence)
    ):
        return True
    if role in ("annual", "component"):  # a ministry's own budget line or programme, in no place
        own_line = (
            _MINISTRY_BUDGET.search(sentence, 0, m.start) if role == "annual"
            else _MINISTRY_QUOTED_PROGRAMME.search(sentence, 0, m.start)
        ) or _MINISTRY_BUDGET_LINE.search(sentence, 0, m.start)  # fmt: skip
        return (
            not names_a_place
            and own_line is not None
            and (
                not _THIS_PROJECT.search(sentence, 0, m.start)  # the line's own object names no project
                or _BUDGET_FIELD_LEFT.search(left) is not None  # or is a field: '지역 AI 거점 확충 분야에'
            )
            and not _REGION_CLAIMS.search(sentence)
        )
    if role != "total":
        return False
    if _INTO_ABROAD.search(left) or _spread_over_nationwide_sites(sentence, m, left):
        return True
    if _COMPANY_WIDE_LEFT.search(left[-24:]):
        return True
    if (
        not names_a_place
        and _SEVERAL_COMPANIES_SUBJECT.search(sentence, 0, m.start)
        and _A_YEARS_SPENDING.search(sentence, 0, m.start)
        and not _THIS_ONE.search(sentence, 0, m.start)
        and not _BUILDS_WITH_IT.match(sentence, m.end)
    ):
        return True  # several companies' spending in a year: an industry's
    if (
        not names_a_place
        and (leaders := _INDUSTRYS_LEADERS_SUBJECT.search(sentence, 0, m.start))
        and not _THIS_ONE.search(sentence, 0, m.start)
        and not _named_facility_between(sentence, leaders.end(), m.start)  # '… 3사가 이 데이터센터 확장에': one's
        and not _BUILDS_WITH_IT.match(sentence, m.end)
    ):
        return True  # the industry's leading firms' spending
    if _GOVERNMENT_BEFORE.search(left[-40:]) and _SPENDS_ON_PROGRAMME.match(sentence, m.end):
        return True
    if (
        not names_a_place
        and _GOVERNMENT_PROGRAMME_LEFT.search(sentence, max(0, m.start - 60), m.start)
        and not _THIS_PROJECT.search(sentence, 0, m.start)
        and not _REGION_CLAIMS.search(sentence)
        and not _REGIONS_OWN.search(sentence, 0, m.start)
    ):
        return True
    return not names_a_place and bool(
        _NATIONWIDE.search(sentence)
        or _GROUP_SPENDING.search(sentence)
        or (
            _BUSINESS_LINE_PLAN.search(sentence, 0, m.start) is not None
            and _FACILITY_BUSINESS.search(sentence, 0, m.start) is None
        )
        or (_runs_a_programme_of_its_own(sentence, m) and not _REGION_CLAIMS.search(sentence))
        or (  # "산업부는 'AI 자율제조 선도 프로젝트'에 2030년까지 … 1조2천억원을 투입할 계획"
            _MINISTRY_QUOTED_PROGRAMME.search(sentence, 0, m.start) is not None and not _REGION_CLAIMS.search(sentence)
        )
        or (
            _MINISTRY_SUBJECT.search(sentence, 0, m.start) is not None
            and _FUND_NAMED_AFTER.match(sentence, m.end) is not None
        )
        or (
            _GOVERNMENT_OPENS.match(sentence) is not None
            and _FUND_OBJECT_LEFT.search(left) is not None
            and _FUND_SIZED_AFTER.match(sentence, m.end) is not None
            and not _THIS_ONE.search(sentence, 0, m.start)  # '정부는 이 펀드를 300억원 규모로 키운다': the article's
        )
        or _ABROAD.search(sentence)
        or _INTO_THE_COUNTRY_LEFT.search(left) is not None
    )


def _named_facility_between(sentence: str, start: int, end: int) -> bool:
    """A facility named between two points by a word of its own or '이' ('미음산단 데이터센터', '이 데이터센터'), not
    one of a kind ('AI 데이터센터에 2조원을': the industry's spending on them)."""
    for head in rules.FACILITY_HEADS.finditer(sentence, start, end):
        before = sentence[start : head.start()].split()  # the word before it, or glued to it ('그린데이터센터')
        if before and _NAMES_ONE_FACILITY.search(before[-1]):
            return True
    return False


# A word that makes a facility one in particular: '이', '해당', an estate's or a site's name, a quoted name (not '자사',
# '신규 GPU': the firms' facilities of a kind).
_NAMES_ONE_FACILITY = re.compile(r"^(?:이|그|해당|이번)$|(?:산단|산업단지|단지|지구|시티|밸리|도시)$|[’'”\"」』]$")


_THIS_ONE_NEXT = re.compile(r"\s*" + _THIS_ONE.pattern)


def _the_calls_whole(left: str) -> bool:
    """The call for proposals' budget as a whole is the figure's topic: '공모 전체 국비 규모는 3년간'."""
    call = _WHOLE_CALL_LEFT.search(left)
    return call is not None and _PART_OF_THE_CALL.search(call.group(0)) is None


def _runs_a_programme_of_its_own(sentence: str, m: MoneyMention) -> bool:
    """'과학기술정보통신부가 추진하는 국가 AI 컴퓨팅센터는 …': a ministry's programme; not '과기정통부가
    주관하는 이 사업의 확정 총사업비는': the project the article is about, run by a ministry."""
    runs = _MINISTRY_PROGRAMME.search(sentence, 0, m.start)
    return runs is not None and not _THIS_ONE_NEXT.match(sentence, runs.end())


def _funds_another_industry(sentence: str, m: MoneyMention) -> bool:
    """The size or cost of a project of another industry (see `_PROJECT`)."""
    if not rules.OTHER_INDUSTRIES.search(sentence):
        return False
    after = _SIZE_OF_PROJECT_AFTER.match(sentence, m.end)
    before = _PROJECT_BEFORE.search(sentence, max(0, m.start - 60), m.start)
    project = after.group("project") if after else before.group(before.lastgroup or "project") if before else None
    return (
        project is not None
        and rules.OTHER_INDUSTRIES.search(project) is not None
        and rules.AI_TOPIC_WORDS.search(project) is None
    )


# Roles a headline's figure takes from the body that states it: the body says what it is.
_PROSE_END = re.compile(r"(?:다|요|까)\s*[.!?]?\s*[\"'”’)]*\s*$")
_RESTATED_ROLES = frozenset({"national", "cumulative", "forecast", "market", "component", "annual"})


_REVISED_FROM_AFTER = re.compile(r"\s*(?:에서|보다)\s")
_REVISED_TO_AFTER = re.compile(
    r"\s*(?:으로|로)\s*(?:[^\s.,]+\s+){0,2}?(?:늘|줄|확정|증액|감액|조정|삭감|깎|불|축소|확대)"
)
_WHOLE_BETWEEN = re.compile(r"사업비|투자\s*규모|사업\s*규모|총\s*투자")


def _revised_budget_line(sentence: str, refined: list[MoneyMention]) -> None:
    """A year's budget line revised ('예산은 도가 요구한 260억원에서 25억원이 줄어든 235억원으로 확정됐다'): the new
    figure is that year's too, the old one superseded; the change between them is no cost."""
    figures = [m for m in refined if m.role != "other"]
    for old, new in pairwise(figures):
        if (
            old.role == "annual"
            and new.role in ("component", "total")
            and _REVISED_FROM_AFTER.match(sentence, old.end)
            and not _WHOLE_BETWEEN.search(sentence, old.end, new.start)  # '예산 40억원에서 사업비 1,000억원으로'
            and _REVISED_TO_AFTER.match(sentence, new.end)  # not '예산 30억원에서 20억원을 지원한다'
        ):
            new.role, old.is_superseded = "annual", True


def _headlines_restate_body(
    sentences: list[Sentence], money: dict[int, list[MoneyMention]], headlines: set[int]
) -> None:
    figures = [(i, m.amount_krw, m.role) for i, ms in money.items() for m in ms]
    roles = iter(headline_roles(sentences, figures, headlines))
    for ms in money.values():
        for m in ms:
            m.role = next(roles)


_INVESTED_ROLES = frozenset({"total", "annual", "component", "share"})


def headline_indexes(sentences: list[Sentence]) -> set[int]:
    """The headlines, and the body's subheadings: lines with no final verb ('1단계 2140억원 투입…')."""
    return {s.index for s in sentences if s.zone == "headline" or not _PROSE_END.search(s.text)}


def headline_roles(
    sentences: list[Sentence], figures: list[tuple[int, int | None, str]], headline: set[int] | None = None
) -> list[str]:
    """'"2030년까지 AI 인프라에 7조"' over a body that says '전국적으로 7조원을 투자': the headline's
    figure is the body's, with the body's role. A subheading in the body (a line with no final
    verb: '…정부, 2029년까지 지역 AX에 2조 1,000억원') is a headline too. `figures` are (sentence
    index, amount, role); the roles are returned in their order. `headline`: the headline lines,
    when the caller has them (`headline_indexes`)."""
    if not figures:
        return []
    zone = {s.index: s.zone for s in sentences}
    headline = headline_indexes(sentences) if headline is None else headline
    body = [(amount, role) for i, amount, role in figures if amount and zone.get(i) == "body" and i not in headline]
    body_totals = {amount for amount, role in body if role == "total"}
    body_roles = {amount: role for amount, role in body if role in _RESTATED_ROLES and amount not in body_totals}
    # '구미에 6800억 AI 데이터센터 착공…"전국 AI 인프라에 3조"': a part only beside a larger figure that the body
    # gives as no investment (the company's nationwide plan), the body's whole ('총 6,800억원을 들여')
    body_parts = {amount for amount, role in body if role == "component"}
    whole = body_totals - body_parts
    not_invested = {amount for amount, role in body if role not in _INVESTED_ROLES} - body_totals - body_parts
    in_headline: dict[int, list[int]] = {}
    for i, amount, _ in figures:
        if i in headline and amount:
            in_headline.setdefault(i, []).append(amount)
    larger: dict[tuple[int, int | None], list[int]] = {
        (i, amount): [a for a in in_headline.get(i, []) if amount and a > amount]
        for i, amount, role in figures
        if i in headline and role == "component" and amount in whole
    }
    return [
        body_roles[amount]
        if i in headline and role in ("total", "annual", "component") and amount in body_roles
        else "total"
        if (i, amount) in larger and larger[i, amount] and all(a in not_invested for a in larger[i, amount])
        else role
        for i, amount, role in figures
    ]


def _spread_over_nationwide_sites(sentence: str, m: MoneyMention, left: str) -> bool:
    """'강릉을 포함해 … 전국 5곳에 데이터센터를 세우는 데 모두 3조원': one sum for sites across the country."""
    sites = _NATIONWIDE_SITES.search(sentence, 0, m.start)
    if sites is None or _SINGLED_OUT.search(sentence, sites.end(), m.start):
        return False
    if _PROJECT_AS_TOPIC.search(sentence, sites.end(), m.start):
        return False  # '3개 시도가 참여하는 동남권 AI 허브는 예산 2,400억원을': the project's own
    if _SENTENCE_WITHIN.search(sentence, sites.end(), m.start):
        return False  # '"…41곳에 그친다"며 "5년간 1,250억원이 들어가는 사업인 만큼"': another quoted sentence
    summed = _SUMMED_OVER.search(left[-6:]) is not None or m.text.startswith(("총", "모두"))
    # '올해는 4곳에 국비 150억원이 우선 지원된다': theirs together, unless given to each ('각각', '곳당')
    together = not sites.group(0).startswith("전국") and _EACH_OF_THEM.search(sentence) is None
    return summed or together or _INCLUDING_ONE.search(sentence, 0, m.start) is not None


def _divided_next(order: list[int], text: dict[int, str], i: int) -> bool:
    """Whether the sentence after `i` divides its figure among the parties (a joint investment)."""
    position = order.index(i)
    return position + 1 < len(order) and _DIVIDES_BEFORE.search(text[order[position + 1]]) is not None


def _smallest_later_parts(
    order: list[int], text: dict[int, str], money: dict[int, list[MoneyMention]]
) -> dict[int, float]:
    """For each sentence, the smallest amount stated as a part ('이 중 …') in a sentence after it."""
    out: dict[int, float] = {}
    smallest: int | float = math.inf  # no part stated after the last sentence
    for i in reversed(order):
        out[i] = smallest
        for m in money.get(i, []):
            if m.amount_krw and m.amount_krw < smallest and _starts_part(text[i], m):
                smallest = m.amount_krw
    return out


# '… 3,200억원, B가 4,800억원을 각각 분담한다': parties dividing a total stated before among them.
_DIVIDED_AMONG = re.compile(r"분담|나눠\s*(?:내|댄|대|부담|맡)|나누어\s*(?:내|부담)|각각\s*(?:부담|출자|투자|댄|낸)")
# '부담한다' alone is any payer's; it divides a total only beside the rest of it ('나머지는 B가').
_BORNE = re.compile(r"부담(?:하|한|할|해)")
_REST = re.compile(r"나머지|각각")


_PAYS_AND = re.compile(r"\s*(?:을|를)\s*(?:투자|출자|부담|투입)(?:하고|하며)\s*,?\s")


def _starts_part(sentence: str, m: MoneyMention) -> bool:
    if _PART_OF_BEFORE.search(sentence[: m.start]) is not None:
        return True
    verbs = [_DIVIDED_AMONG.search(sentence, m.end), _BORNE.search(sentence, m.end) if _REST.search(sentence) else None]
    divided = min((v.start() for v in verbs if v), default=None)  # in the amount's own clause, not the next one's
    if divided is None:
        return False
    # …or one party's payment in the clause before the others divide the rest: 'A가 2,400억원을 투자하고, B와
    # C가 800억원을 나눠 부담한다'
    return CLAUSE_BREAK.search(sentence, m.end, divided) is None or _PAYS_AND.match(sentence, m.end) is not None


# A party investing its money, the party the subject: '미국 스트라투스AI가 5,200만달러(약 680억원)를 투자해'.
_PARTY_SUBJECT_BEFORE = re.compile(r"[가-힣A-Za-z)㈜](?:가|이)\s+(?:[^\s.,]+\s+){0,2}$")
_INVESTS_AFTER = re.compile(r"\s*(?:을|를)\s*(?:투자|출자)(?:해|하여|하고|했|한다|하기로)")
_BUILDS_ITS_OWN = re.compile(r"[^.]{0,40}?(?:짓|지을|지어|건립|조성|구축|세우|세운|설립|신설|건설)")
_ANOTHER_MATTER = re.compile(r"(?:^|\s)(?:또|또한|이와\s*별도로|별도로|한편)\s")


def _a_partys_investment(sentence: str, m: MoneyMention) -> bool:
    """A party's own investment, the party its clause's subject (after the whole was stated); not one that
    builds something of its own ('또 포항에서는 에코프로AI가 2,000억원을 투자해 연구센터를 짓는다')."""
    invests = _INVESTS_AFTER.match(sentence, m.end)
    return (
        invests is not None
        and _PARTY_SUBJECT_BEFORE.search(sentence, max(0, m.start - 40), m.start) is not None
        and not _BUILDS_ITS_OWN.match(sentence, invests.end())
        and not _ANOTHER_MATTER.search(sentence, 0, m.start)
    )


def _shares(
    order: list[int], text: dict[int, str], money: dict[int, list[MoneyMention]]
) -> dict[int, list[MoneyMention]]:
    """'이 중 SK텔레콤이 2조원', '…가 680억원을 투자해': a part of the joint total stated before it, unless
    that total was a sum over several parties (then the part is that party's own project)."""
    largest_total = 0
    for k, i in enumerate(order):
        sentence = text[i]
        if sentence.rstrip().endswith(",") and k + 1 < len(order):  # a line broken mid-sentence: '…을 투자하고,'
            sentence = f"{sentence} {text[order[k + 1]]}"
        for m in money[i]:
            if (
                m.role == "total"
                and m.amount_krw
                and largest_total > m.amount_krw
                and (_starts_part(sentence, m) or _a_partys_investment(sentence, m))
            ):
                # a party's part of it; a part spent on a thing is a component ('사업비 가운데 GPU 구매에만 1,800억원')
                party = _PARTY_SUBJECT_BEFORE.search(sentence, max(0, m.start - 40), m.start) is not None
                m.role = "share" if party else "component"
            if m.role == "total":
                largest_total = max(largest_total, m.amount_krw or 0)
    return money


def _in_item_brackets(sentence: str, m: MoneyMention) -> bool:
    """In brackets right after an item's name ('교육허브 조성(350억원)'); with the amounts of a
    bulleted list, an itemised amount."""
    before = sentence[max(0, m.start - _CLAUSE_LEFT) : m.start].rstrip()
    return before.endswith("(") and len(before) >= 2 and not before[-2].isspace()


# The new figure of a revision, a few words on ('총사업비는 민간 투자가 더해지면서 1486억원').
_NEW_FIGURE = re.compile(r"[^.\d]{0,40}?\d[\d,.]*\s*(?:조|억|만)?[\d,.\s조억만천]*원?")


# The figure a change is measured from: '당초 요구액 5,100억원보다 줄었다', '애초 계획보다 300억원 늘어난'.
_ORIGINAL_BEFORE = re.compile(
    r"(?:당초|애초|최초|기존|당시)\s*(?:[^\s.,]+\s+){0,2}?$"
    r"|(?:때|앞서|이전에|처음)\s*(?:밝힌|발표한|제시한|내놓은|공개한|내건)\s*$"  # '투자협약 때 밝힌 2조 1,350억원보다'
)
_FORMER_VALUE = re.compile(r"\s*(?:이던|이었던|였던)\s|\s*(?:이었다|였다)\s*(?:[.,]|$)")  # '당시 사업비는 3조원이었다'
# A figure reached and then left: '7,124억원까지 늘었다가 올해 6,416억원으로'.
_REACHED_THEN_LEFT = re.compile(REACHED_THEN_LEFT)
_CHANGED_FROM = re.compile(r"\s*(?:보다|에\s*비해)\s*(?:[^\s.]+\s+){0,2}?(?:줄|늘|감소|증가|축소|확대|낮아|높아|적|많)")


def _superseded(sentence: str, m: MoneyMention) -> bool:
    """'3,872억원에서 4,223억원으로 증가', '1200억원이던 총사업비는 … 1486억원으로 늘었다', '당초 요구액
    5,100억원보다 줄었다': the first figure, or the original one a change is measured from, is the old one."""
    if (_CHANGED_FROM.match(sentence, m.end) or _FORMER_VALUE.match(sentence, m.end)) and _ORIGINAL_BEFORE.search(
        sentence, max(0, m.start - 20), m.start
    ):
        return True  # '당초 920억원이던 투자 규모를 늘렸다': the old value, the new one said elsewhere
    if _REACHED_THEN_LEFT.match(sentence, m.end):
        return True
    if ARROW_TO_FIGURE.match(sentence, m.end):
        return True  # '총사업비 4천600억→4418억'
    after = sentence[m.end :]
    hop = _REVISION.match(after)
    if hop is None:
        return False
    rest = after[hop.end() :]
    number = _NEW_FIGURE.match(rest)
    return number is not None and _REVISED_TO.match(rest[number.end() :]) is not None


# A sentence that says it adds several things up: '두 센터가 들어서면 … 투자는 1조2,170억원에 이른다', '합치면'.
SEVERAL_SUMMED = re.compile(
    r"(?<![가-힣\d])(?:[두세네]|[2-9])\s*(?:곳|개|센터|사업|단지|프로젝트|시설|기업|회사)|합치면|합쳐|합산|통틀어|이들"
)


def cumulative_sums(totals: list[tuple[int, int, int | None]], summing: Collection[int] = ()) -> set[int]:
    """Positions of totals that add up others linked to different initiatives of the article.

    `totals` holds (position, amount in won, initiative index) for each total; a figure equal
    (±0.5%) to the sum of the largest smaller totals of two or more different initiatives is their
    sum. At a position in `summing` (its sentence says several things are added up), any of each
    initiative's smaller totals may stand for it, one of each, when they are few (a headline's
    rounded figure may have gone to the wrong one of two projects). A figure stated twice or more for one
    initiative with no smaller total of its own, no sum said, is that initiative's own, whatever others add up to it.
    """
    out: set[int] = set()
    # Read in ascending order, each initiative's smaller totals grow at the end of its list, and
    # the dict, kept in the order of the updates, ends with the initiatives of the largest ones.
    below: dict[int, list[int]] = {}
    by_amount: dict[int, list[tuple[int, int | None]]] = {}
    for pos, amount, initiative in totals:
        by_amount.setdefault(amount, []).append((pos, initiative))
    for amount in sorted(by_amount):
        options = list(below.values())[-_SUMMED_AT_MOST:]
        stated = by_amount[amount]
        restated_as_its_own = (
            len(stated) >= 2
            and len({initiative for _, initiative in stated}) == 1
            and stated[0][1] is not None
            and stated[0][1] not in below  # (no smaller total of its own among what adds up to it)
            and not any(pos in summing for pos, _ in stated)
        )  # '경기 3000억' in a headline, a table and the body: one fund's own figure, however others add up to it
        if (
            len(options) >= 2
            and not restated_as_its_own
            and (
                _sums_to([values[-1] for values in options], amount)
                or (any(pos in summing for pos, _ in by_amount[amount]) and _sums_choosing_one_each(options, amount))
            )
        ):
            out.update(pos for pos, _ in by_amount[amount])
        for _, initiative in by_amount[amount]:
            if initiative is not None:
                values = below.pop(initiative, [])
                below[initiative] = values if values[-1:] == [amount] else [*values, amount][-_CHOICES_EACH:]
    return out


_CHOICES_EACH = 3  # the smaller totals of one initiative tried in a sum
_CHOICE_COMBINATIONS = 4096  # beyond this many, only each one's largest is tried


def _sums_choosing_one_each(options: list[list[int]], target: int) -> bool:
    """Whether one value from each of two or more of the lists adds up to `target` within 0.5%."""
    if math.prod(len(values) + 1 for values in options) > _CHOICE_COMBINATIONS:
        return False
    tolerance = target * 0.005
    sums: set[tuple[int, int]] = {(0, 0)}
    for values in options:
        sums |= {(s + v, min(n + 1, 2)) for s, n in sums for v in values if s + v <= target + tolerance}
    return any(n == 2 and abs(s - target) <= tolerance for s, n in sums)


# The largest parts a cumulative figure is tried as a sum of (2^12 subsets).
_SUMMED_AT_MOST = 12


def _sums_to(values: list[int], target: int) -> bool:
    """Whether some two or more of `values` add up to `target` within 0.5% (few values: try all)."""
    tolerance = target * 0.005
    if sum(values) < target - tolerance:
        return False
    sums: list[tuple[int, int]] = [(0, 0)]  # each subset's sum and its size (2 meaning two or more)
    for v in values:
        sums += [(s + v, min(n + 1, 2)) for s, n in sums]
    return any(n == 2 and abs(s - target) <= tolerance for s, n in sums)


def parallel_totals(roles: list[str], initiatives: list[int | None], reclassified: list[str]) -> list[str]:
    """Amounts of one sentence for different initiatives ('장성군에는 2조2000억원, 강진군에는 3조3000억원
    … 각각') are each its own project's figure, not parts of the largest: they take the role each
    would have alone (`reclassified`)."""
    distinct = {i for i in initiatives if i is not None}
    if len(distinct) < 2:
        return roles
    return [
        alone if role in ("component", "other") and alone == "total" else role
        for role, alone in zip(roles, reclassified, strict=True)
    ]
