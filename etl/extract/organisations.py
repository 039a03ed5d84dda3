"""Organisation mentions: the seeded gazetteer with its aliases, plus names found by their form
and by the structure of the sentence around them.

Evidence, strongest first:
- the gazetteer (ministries under current and former names, agencies, institutes, universities,
  companies), read from the dbt seeds;
- a company mark (㈜X, X㈜, (주)X), a ministry's form (…통신부, …통상부), a name-form suffix
  (…대학교, …진흥원, …테크노파크, …증권; see `organisation_names`);
- the sentence's structure: lists of participants (`organisation_lists`), the roles companies
  take ('퀀텀일레븐 대표', '태왕디엔디(대표 이종경)', '전문기업인 바로AI', '투자사 퍼힐스',
  '스톡 팜 로드라는 투자 그룹', 'A와 업무협약을 체결', 'X 컨소시엄').
Suffixes that also end technology words (…에너지, …솔루션) need that structure, in the sentence
or elsewhere in the article. 'X 컨소시엄' and X are one participant.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Set
from dataclasses import dataclass, replace

from etl.extract.gazetteer import Gazetteer
from etl.extract.initiative_rules import FACILITY_HEADS
from etl.extract.korean import PARTICLES, hangul_run_at, trie_pattern
from etl.extract.organisation_lists import FRAME_WORDS, PARTNERSHIP, find_name_lists, has_separator
from etl.extract.organisation_names import (
    CASE_ENDING,
    COMPANY_TOPIC_ENDINGS,
    DETACHED_SUFFIXES,
    FACILITY_SUFFIXES,
    FACILITY_WORDS,
    SUFFIX_TYPES,
    TRAILING_PARTICLE,
    WEAK_SUFFIX_TYPES,
    clean_name,
    has_latin,
    is_plausible_name,
    looks_like_person,
)
from etl.extract.organisation_roles import assign_roles

_MINISTRY_TAILS = (
    "통신부", "자원부", "통상부", "안전부", "교통부", "기업부", "복지부", "재정부", "경제부", "교육부", "환경부",
    "식품부", "수산부", "노동부", "관광부", "국방부", "외교부", "통일부", "법무부", "가족부", "보훈부",
    "에너지부", "예산처", "안전처", "혁신처", "데이터처", "재산처",
)  # fmt: skip
_NAME = r"[가-힣A-Za-z0-9&·\-]"
_NAME_CHAR = re.compile(_NAME)
_NAME_EDGE = re.compile(r"[가-힣A-Za-z0-9&]")
_LATIN_EDGE = re.compile(r"[A-Za-z0-9&]")
_WORD_CHAR = re.compile(r"[가-힣A-Za-z0-9]")
# A suffix that ends a name; the name itself is read backwards from it (see _name_before).
_SUFFIX_RE = re.compile(
    r"(?P<suffix>" + trie_pattern(SUFFIX_TYPES) + r")"
    r"(?=[\s,.·)’”'\"」』]|이|가|은|는|을|를|의|와|과|도|에|로|으로|장|측|다[\s.,]|$)"
)
_AMOUNT_AFTER = re.compile(r"(?:로|으로)\s*(?:약\s*)?\d")  # '한화로 14조원': money, not the organisation
_MINISTRY_RE = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{1,10}(?:" + "|".join(_MINISTRY_TAILS) + r"))")
_MINISTRY_TAIL = re.compile(trie_pattern(_MINISTRY_TAILS))
_COMPANY_MARK = re.compile(
    r"(?:㈜|\(주\)|주식회사\s)\s?(?P<a>" + _NAME + r"{2,20})|(?P<b>" + _NAME + r"{2,20})(?:㈜|\(주\))"
)
# 'X 대표', 'X 부문 대표', 'X 공동대표', 'X 대표 홍길동은': the word before the title names the
# company. The title must end the phrase or be followed by the person's name: '우리나라 대표
# 도시' uses 대표 as an adjective.
_CEO_RE = re.compile(
    r"(?:^|[\s,])(?:㈜)?(?P<name>[가-힣A-Za-z0-9&]{2,20})\s(?:(?:부문|사업부문|본부|사업본부|사업부)\s)?"
    r"(?:공동\s?)?(?:대표(?:이사)?|사장|회장)(?=[,.는가와과를의)]|\s등|$|\s[\"“‘']|\s(?P<person>[가-힣]{2,3})(?:[은는이가와과,]|\s))"
)
# 'X 홍길동 대표': a company, its chief's name between it and the title.
_COMPANY_THEN_CHIEF = re.compile(
    r"(?:^|[\s,])(?:㈜)?(?P<name>[가-힣A-Za-z0-9&]{2,20})\s(?P<person>[가-힣]{3})\s(?:대표(?:이사)?|사장|회장)(?:을|를|은|는|이|가|와|과|의|도|에게)?(?![가-힣])"
)
# 'X(대표 홍길동)', 'X(홍길동 대표)': a company with its chief in parentheses.
_CHIEF_IN_GLOSS = re.compile(
    r"(?P<name>[가-힣A-Za-z0-9&]{2,20}(?:㈜)?)\((?:(?:대표(?:이사)?|사장|회장)\s?[가-힣]{2,4}|[가-힣]{2,4}\s?(?:대표|사장|회장))\)"
)
_IS_A_COMPANY = re.compile(
    r"(?:기업|업체|회사|스타트업|벤처기업|투자사|운용사|개발사|제조사|사업자|자회사|계열사|시행사|운영사|시공사|법인)"
    r"(?:\([A-Za-z]{2,5}\))?인\s*"
    r"(?:㈜)?(?:[‘'“\"](?P<quoted>[가-힣A-Za-z0-9&· ]{2,30}?)[’'”\"]"
    r"|(?P<name>[가-힣A-Za-z0-9&]{2,20})(?=,|\s|\(|$))"  # to the end of its word: '빛가람데이터에너지가'
)
# '투자사 퍼힐스(FIR HILLS)', "투자 그룹 '스톡 팜 로드'의": a kind of company, then its name.
_KIND_THEN_NAME = re.compile(
    r"(?:투자사|시행사|운영사|시공사|개발사|운용사|설계사|건설사|자회사|계열사|모회사|투자\s?그룹|투자\s?회사)\s"
    r"(?:[‘'“\"](?P<quoted>[가-힣A-Za-z0-9&· ]{2,30}?)[’'”\"]|(?P<name>[가-힣A-Za-z0-9&]{3,20})(?=\(|,|\s|$))"
)
# Words before '기업' that say which companies, not their field: '도내 기업 수출실적이', '참여 기업 모집기간은'.
COMPANY_DETERMINERS = frozenset({
    "도내", "지역", "참여", "입주", "중소", "수요", "국내", "해외", "관련", "우수", "유망", "선도", "혁신", "벤처",
    "투자", "수도권",
})  # fmt: skip
# Words a company's name may end in as a word of its own: '클라우드 기업 노스웨이브 클라우드가'.
COMPANY_NAME_TAILS = (
    "클라우드", "에너지", "테크", "데이터", "코리아", "홀딩스", "파트너스", "캐피탈", "인베스트먼트", "솔루션",
    "시스템즈", "시스템", "네트웍스", "랩스", "로보틱스", "바이오", "디지털",
)  # fmt: skip
# '데이터센터 기업 노스필드디지털이', '사업자 한성디지털은': a field's company, then its name as the
# subject, a party ('…와') or a list's item ('재생에너지 기업 그린웨이브에너지, 미국 투자사 …'). The
# word before '기업' is its field, not a word with its particle ('시는 기업 수요조사와') nor one of
# `COMPANY_DETERMINERS`. The name is a
# word of four letters or more, or a Latin one: '기업 관계자는', '기업 유치가' are no names, and
# `is_plausible_name` and `COMPANY_TOPIC_ENDINGS` turn away the rest ('기업 투자유치가', '기업 지원사업과').
_FIELD_COMPANY_THEN_NAME = re.compile(
    r"(?:(?<=[가-힣A-Za-z0-9])(?<![는은와과를을의에가도로서])"
    + "".join(f"(?<!{w})" for w in sorted(COMPANY_DETERMINERS))  # a lookbehind per word: each has its own width
    + r"\s(?:전문\s?)?(?:기업|업체|회사|스타트업)"  # '데이터센터 전문기업 한결IDC는'
    r"|(?:^|(?<=[\s,]))(?:사업자|스타트업|벤처기업))\s"  # '…공사와 스타트업 에어로비전랩이'
    r"(?:[‘'“\"](?P<quoted>[가-힣A-Za-z0-9&· ]{2,30}?)[’'”\"]"
    r"|(?P<name>[A-Za-z][A-Za-z0-9&]*(?:\s[A-Za-z][A-Za-z0-9&]*){0,2}|[가-힣A-Za-z0-9&]*[A-Za-z][가-힣A-Za-z0-9&]*"
    # with its kind word first, so a name ending like a particle keeps it ('블루스카이 클라우드가')
    r"|[가-힣A-Za-z0-9&]{4,20}\s(?:" + "|".join(COMPANY_NAME_TAILS) + r")"
    r"|[가-힣A-Za-z0-9&]{4,20}?))(?=(?:이|가|은|는|와|과)[\s,]|,|\s등(?:과|와|이|가|은|는|을|를|의)?\s)"
)  # '… 기업 빛누리클라우드 등과 컨소시엄을'
# Names listed, then counted as companies: '세미브릿지와 아이엔씨랩 등 도내외 기업 9곳이 실증에 참여한다'.
_LISTED_THEN_COUNTED = re.compile(
    r"(?P<items>(?:[가-힣A-Za-z0-9&]{2,20}(?:와|과|,|·)\s?){1,6}[가-힣A-Za-z0-9&]{2,20})\s등\s"
    r"(?:[가-힣]{1,6}\s){0,2}(?:기업|업체|스타트업|회사|벤처기업)\s?\d+\s?(?:곳|개사|개)"
)
_LIST_SPLIT = re.compile(r"(?<=[가-힣A-Za-z0-9&])(?:와|과)\s|,\s?|·")
# What a party does with another ('…와 손잡고', '…과 협약을'): only a party of these is a company here.
_PARTNERING = r"(?:협약|MOU|양해각서|손잡|합작|제휴|계약|협력)"
# A company from abroad, named after its country: '미국 오로라컴퓨트가', '싱가포르 라이온게이트 데이터
# (LionGate Data)는'. One word of four letters or more (or a Latin one) as the subject or a party, or
# two words glossed in Latin letters; not the country's government, market or a place in it
# ('미국 정부가', '미국 텍사스주에'), nor the outlet a quotation is attributed to ('…이라고 미국 X는 밝혔다').
_ABROAD_COMPANY = re.compile(
    r"(?:^|(?<=[\s(‘'“\"]))(?<!고\s)(?:미국|美|영국|英|일본|日|중국|中|독일|獨|프랑스|佛|싱가포르|대만|캐나다|호주|네덜란드|"
    r"스웨덴|핀란드|덴마크|노르웨이|아일랜드|이스라엘|인도|홍콩|스위스|이탈리아|스페인|베트남|사우디|아랍에미리트|UAE)\s"
    r"(?:(?P<name>[A-Za-z][A-Za-z0-9&]*(?:\s[A-Za-z][A-Za-z0-9&]*){0,2}|[가-힣A-Za-z0-9&]*[A-Za-z][가-힣A-Za-z0-9&]*"
    r"|[가-힣A-Za-z0-9&]{4,20}?)(?=(?:이|가|은|는)\s|,|(?:와|과)\s[^.]{0,15}?" + _PARTNERING + ")"
    r"|(?P<glossed>[가-힣]{2,12}\s[가-힣]{2,12})(?=\s?\([A-Za-z][A-Za-z .&-]+\)))"
)
# A foreign place, law or university: '캘리포니아', '네옴시티', '반도체법', '하버드대'.
_FOREIGN_PLACE_END = re.compile(r"(?:주|시|성|도|섬|지역|정부|당국|법|대|대학|대학교|밸리|시티|니아)$")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,3}")  # 'AX', 'DX', 'PoC', 'IRA': a term's letters, not a name
# Words after a kind of company that tell of setting one up, not its name ('합작법인 설립계획이').
_SETTING_UP_WORDS = ("설립", "구성", "출범", "추진")
# "특수목적법인(SPC) 'HN AI 캠퍼스 울산'", '합작법인 「가람데이터」': a company set up for a project,
# whose quoted name often reads like the project's ('캠퍼스', '센터').
_ENTITY_THEN_NAME = re.compile(
    r"(?:특수목적법인|합작법인|신설법인|법인|SPC|합작회사|합작사)(?:\s?\([A-Za-z]{2,5}\))?\s?"
    r"(?:[‘'“\"「『](?P<quoted>[가-힣A-Za-z0-9&· ]{2,30}?)[’'”\"」』]"
    # unquoted, as the subject: '합작법인(JV) HN AI 캠퍼스 울산이 …', '특수목적법인 대불에이아이캠퍼스는 …'
    r"|(?P<name>[A-Za-z][가-힣A-Za-z0-9&]*(?:\s[가-힣A-Za-z0-9&]+){1,3}?|(?!"
    + "|".join(_SETTING_UP_WORDS)
    + r")[가-힣]{4,20})"
    r"(?=(?:이|가|은|는)\s))"
)
# '스톡 팜 로드라는 투자 그룹': the name said to be a company, in up to three words.
_CALLED_A_COMPANY = re.compile(
    r"(?:^|[\s‘'“\"])(?P<name>[가-힣A-Za-z0-9&]{1,20}(?:\s[가-힣A-Za-z0-9&]{1,20}){0,2}?)[’'”\"]?(?:이라는|라는)\s"
    r"(?:투자\s?)?(?:그룹|기업|회사|업체|스타트업|투자사|법인)"
)
# 'A와 업무협약을 체결', 'A과 투자 양해각서': the other party of an agreement.
_AGREEMENT_PARTNER = re.compile(
    r"(?:^|[\s,])(?:㈜)?(?P<name>[가-힣A-Za-z0-9&]{2,20}?)(?:와|과)\s(?:[^\s,.]+\s){0,3}?"
    r"(?:업무\s?협약|투자\s?협약|상호\s?협약|협력\s?협약|협약|MOU|양해각서|MOA|업무협력)"
)
_KIND_WORD = re.compile(
    r"기업|업체|회사|스타트업|투자사|운용사|개발사|제조사|사업자|자회사|계열사|모회사|시행사|운영사|시공사|법인|그룹|SPC|합작사"
)
# 'A와 ' just before a known name, and the subject particle after it ('디지털엣지와 SK에코플랜트가').
_PAIRED_BEFORE = re.compile(r"(?:^|(?<=[\s,]))(?P<name>[가-힣A-Za-z0-9&]{2,20}?)(?:와|과)\s$")
_SUBJECT_PARTICLE = re.compile(r"(?:이|가|은|는|도)\s")
# Where a photo's or a chart's source is named: after a slash or '사진=', or before '제공'.
_CREDIT_BEFORE = re.compile(r"(?:/|(?:사진|자료|그래픽|출처|사진제공)\s*[=:])\s*$")
_CREDIT_AFTER = re.compile(r"\s*(?:제공|캡처|갈무리)(?=\s|[).]|$)")
_CREDIT_MARK = re.compile(r"[/=:]|제공|캡처|갈무리")  # one of these is in every credit of the two above
_AGREEMENT_WORD = re.compile(r"협약|MOU|양해각서|MOA|업무협력")
# What may follow a weak-suffix name and marks it as an organisation ('지엔씨에너지 대표', '…와 협약').
_ORG_CUE_AFTER = re.compile(
    r"(?:\s?(?:대표|사장|회장|관계자|측|컨소시엄)|\((?:대표|사장)|㈜|\(주\)"
    r"|(?:은|는|이|가)\s(?:지난\s)?\d{1,2}일\s"  # a press release's subject and its day: '한울그룹은 17일 …'
    r"|(?:와|과)\s(?:[^\s,.]+\s){0,3}?(?:업무\s?협약|투자\s?협약|협약|MOU|양해각서))"
)
# A list item that ends a clause with a verb's connective, or says when: never a party (a school written
# short, '서울로봇고', ends in '고' too, after a noun).
_CONNECTIVE_OR_TIME = re.compile(
    r"(?:[가하되있없나오받주지내두맺열짓늘줄]고|[가-힣](?:며|면서|지만|는데|어서|아서)|^(?:올해|내년|지난해|작년|금년|올|내달|이달|지난달|연내|연말))$"
)
_GLOSS_AFTER = re.compile(r"\((?P<gloss>[A-Za-z][A-Za-z0-9&.\- ]{1,30})\)")
# Acronyms in parentheses that gloss a word, not a name ('(AI)', '(MOU)', '(SPC)').
_NOT_NAME_ACRONYMS = frozenset({
    "AI", "IT", "ICT", "DC", "IDC", "AIDC", "MOU", "MOA", "PF", "SPC", "CEO", "ESG", "GPU", "MW", "UAM", "ABB",
    "SW", "HW", "IoT", "LLM", "R&D", "R&BD", "PPP", "RE100", "CCTV", "HPC", "NPU", "CPU", "AX", "DX", "GW",
})  # fmt: skip
_WEAK_COMMITTEE_STEMS = {"총괄", "운영", "추진", "자문", "심의", "평가", "실무", "조정", "집행", "기획", "특별", "분과"}
_CLAUSE_ENDING = re.compile(r"(?:은|는|을|를|에|에서|와|과|으로|로|의|고|며|해|한|된|할|될|인)$")
_NON_SPACE_RUN = re.compile(r"[^\s]+")
_ONE_NOUN = re.compile(r"[가-힣A-Za-z0-9·]{2,20}")
# Words that open a sentence or a clause and are never a party ('한편, 부산시는 …').
_DISCOURSE_WORDS = frozenset({
    "한편", "또한", "특히", "이어", "아울러", "이에", "따라서", "그러나", "하지만", "더불어", "앞서", "또", "이후",
    "현재", "최근", "이날", "당시", "결국", "실제로", "우선", "먼저", "다만", "반면", "이들", "이번", "향후",
    "그리고", "또는", "혹은", "및", "등",
})  # fmt: skip
_ELLIPSIS = re.compile(r"…|‥|\.{2,}")
# Words before a title that say which holder it is, not whose: '초대 대표를 맡은', '신임 사장'.
_TITLE_MODIFIERS = frozenset({"초대", "신임", "전임", "역대", "차기", "현직", "전직", "공동", "상임", "비상임"})
# Parties of an agreement or items of a list that are kinds of people or bodies, not names.
_NOT_PARTIES = frozenset({
    "단체", "주민", "시민", "기관", "업계", "학계", "정부", "지자체", "관계기관", "전문가", "대학", "기업", "산업",
    "연구기관", "공공기관", "학교", "병원", "도민", "시민단체", "중앙부처", "국회", "지방정부", "기업들",
    "업체들", "기관들", "투자자", "투자사", "참여사", "협력사", "국내외", "민간", "공공", "지역", "농가", "상인",
})  # fmt: skip
# What may follow a known name and still be that organisation: its consortium, its group.
# Business groups whose affiliates are named by the group and a word glued to it ('LG이노텍', 'SK온',
# '한화오션', '포스코홀딩스'): an unknown affiliate is still a company, not the group. ('삼성', '현대'
# are words too: '현대사회', '삼성동'.)
GROUP_NAMES = frozenset({"SK", "LG", "KT", "CJ", "GS", "한화", "포스코", "HD현대", "롯데", "카카오", "네이버"})
# Particles after a name, one or several ('로부터', '에서만', '보다'): the name ends before them.
_PARTICLE_CHAIN = re.compile(
    r"(?:로부터|으로부터|에서만|에서도|에서는|에게서|에게|보다|마저|조차|까지|부터|처럼|만|에서|으로|로|와|과|은|는|이|가|을|를|의|에|도)+"
)
# Words glued to a group's name that make a place or a part of it, not an affiliate company
# ('KT판교사옥', 'LG사이언스파크', '롯데호텔', 'KT노조', 'SK계열사').
_NOT_AN_AFFILIATE = re.compile(
    r"(?:사옥|파크|센터|호텔|사거리|노조|노동조합|계열사|그룹사|본사|빌딩|타워|연구소|캠퍼스|사업장|공장|직원|임원)"
    r"(?:들)?(?:" + "|".join(PARTICLES) + r")?$"
)
_GROUP_AFTER = re.compile(r"\s?컨소시엄|그룹(?=[\s,.·)]|" + "|".join(PARTICLES) + r"|$)")
_TITLES = ("장", "총장", "부총장", "원장", "회장", "사장", "이사장", "소장", "단장", "청장", "관계자", "대표")
_ORG_TAILS = frozenset(PARTICLES + _TITLES + tuple(t + p for t in _TITLES for p in PARTICLES))
# Rules that mark a company outright: its name may be made of describing words.
_MARKED_RULES = frozenset({"company_mark", "ceo_of"})


@dataclass(frozen=True)
class OrgMention:
    start: int  # offsets within the sentence
    end: int
    text: str  # the name as written, without glosses, marks or particles
    org_code: str | None  # gazetteer code, or None for a discovered name
    name: str  # canonical name (gazetteer) or the discovered name ('X' for 'X 컨소시엄')
    org_type: str
    source: str  # 'gazetteer' or the rule that found it
    role: str = "participant"  # what the sentence says it does (see organisation_roles)

    def with_role(self, role: str) -> OrgMention:
        """The same mention with another role (built directly: `dataclasses.replace` costs more)."""
        if role == self.role:
            return self
        return OrgMention(self.start, self.end, self.text, self.org_code, self.name, self.org_type, self.source, role)


class _Finder:
    """The mentions of one sentence, added rule by rule; a span once taken is not taken again."""

    def __init__(self, sentence: str, gaz: Gazetteer, region_names: Set[str]) -> None:
        self.sentence = sentence
        self.gaz = gaz
        self.region_names = region_names
        self.found: list[OrgMention] = []

    def taken(self, start: int, end: int) -> bool:
        return any(f.start < end and start < f.end for f in self.found)

    def add(self, start: int, end: int, raw: str, org_type: str, rule: str, particles: bool = True) -> None:
        cuts = [e.end() for e in _ELLIPSIS.finditer(raw)]
        if cuts:  # a headline's ellipsis parts words: '들어선다…넥소라클라우드' is '넥소라클라우드'
            start, raw = start + cuts[-1], raw[cuts[-1] :]
        if self.taken(start, end):
            return
        text = clean_name(raw, particles)
        name = _consortium_lead(text, self.gaz) or text
        if not is_plausible_name(name, self.region_names, rule in _MARKED_RULES):
            return
        if name in _DISCOURSE_WORDS or name in _NOT_PARTIES or name in _TITLE_MODIFIERS:
            return
        code = self.gaz.org_aliases.get(name) or self.gaz.org_aliases.get(name.replace(" ", ""))
        if code:
            org = self.gaz.organisations[code]
            self.found.append(OrgMention(start, end, text, code, org.name_ko, org.org_type, "gazetteer"))
        else:
            self.found.append(OrgMention(start, end, text, None, name, _type_of(name, org_type), rule))

    def gazetteer(self) -> None:
        s = self.sentence
        matches = []
        affiliates: list[tuple[int, int, int]] = []  # (start, end of the group's name, end of the word)
        for pattern in (self.gaz.org_korean_pattern, self.gaz.org_latin_pattern):
            for m in pattern.finditer(s):
                if (m.start() > 0 and s[m.start() - 1] == "&") or s.startswith("&", m.end()):
                    continue  # 'BEP&미래에셋': one member of a longer name
                tail = hangul_run_at(s, m.end())
                if tail and tail not in _ORG_TAILS and not _GROUP_AFTER.match(s, m.end()):
                    if _PARTICLE_CHAIN.fullmatch(tail):
                        pass  # 'SK로부터', '네이버보다': the organisation itself
                    elif m.group(0) in GROUP_NAMES and not _NOT_AN_AFFILIATE.search(tail):
                        affiliates.append((m.start(), m.end(), m.end() + len(tail)))
                        continue
                    else:
                        continue  # part of a longer name ('미래에셋증권'): left to the name forms
                if _AMOUNT_AFTER.match(s, m.end()):
                    continue  # '한화로 14조원': a currency, not the organisation
                matches.append(m)
        if len(matches) > 1:
            matches.sort(key=lambda m: (m.start(), -len(m.group(0))))
        for m in matches:
            if self.taken(m.start(), m.end()):
                continue  # 'SK' inside 'SK(주) C&C': the longer name wins
            org = self.gaz.organisations[self.gaz.org_aliases[m.group(0)]]
            end, text = m.end(), m.group(0)
            group = _GROUP_AFTER.match(s, end)
            if group:  # 'KT 컨소시엄', '한화그룹': the organisation itself
                end, text = group.end(), text + group.group(0)
            self.found.append(OrgMention(m.start(), end, text, org.code, org.name_ko, org.org_type, "gazetteer"))
        for start, group_end, end in affiliates:  # 'LG이노텍과': the affiliate, without its particle
            raw = TRAILING_PARTICLE.sub("", s[start:end])
            if self._known_affiliate_short(start, (s[start:end], raw)):
                continue
            if len(raw) - (group_end - start) >= 2:  # 'SK온' is too short to tell from 'SK은'
                self.add(start, start + len(raw), raw, "company", "group_affiliate", False)

    def _known_affiliate_short(self, start: int, forms: tuple[str, ...]) -> bool:
        """An affiliate written short, the one known organisation its name begins ('한화에어로 등',
        '한화에어로와': 한화에어로스페이스); the first form that is one is added."""
        for form in forms:
            code = self.gaz.org_starting(form)
            if code and not self.taken(start, start + len(form)):
                org = self.gaz.organisations[code]
                self.found.append(
                    OrgMention(start, start + len(form), form, code, org.name_ko, org.org_type, "gazetteer")
                )
                return True
        return False

    def lists(self) -> None:
        s = self.sentence
        if not has_separator(s):
            return
        if not FRAME_WORDS.search(s) and not (
            PARTNERSHIP.search(s) and (self.found or self.gaz.region_pattern.search(s))
        ):
            return  # no frame, and nothing to anchor a list: reading lists would find nothing
        for name_list in find_name_lists(s):
            if name_list.framed or (
                name_list.closed and any(self._is_anchor(clean_name(i.raw, i.particles)) for i in name_list.items)
            ):
                for i in name_list.items:
                    if _CONNECTIVE_OR_TIME.search(i.raw):
                        continue  # '…이 들어가고, 올해 사업비는': a clause's verb and a time word, no parties
                    if i.particles or not CASE_ENDING.search(i.raw):  # '데이터센터가,' closes a clause
                        self.add(i.start, i.end, i.raw, "company", "listed_partner", i.particles)

    def _is_anchor(self, name: str) -> bool:
        """A list item that is surely a party: a region, a known organisation, or a name of a strong form."""
        if name in self.region_names or name in self.gaz.org_aliases:
            return True
        return _strong_form(name) and is_plausible_name(name, self.region_names)

    def company_marks(self) -> None:
        if "㈜" not in self.sentence and "(주)" not in self.sentence and "주식회사" not in self.sentence:
            return
        for m in _COMPANY_MARK.finditer(self.sentence):
            grp = "a" if m.group("a") else "b"
            end = _with_detached_suffix(self.sentence, m.end(grp))
            self.add(
                m.start(grp),
                end,
                self.sentence[m.start(grp) : end],
                "company",
                "company_mark",
                _particle_may_follow(self.sentence, end),
            )

    def ministries(self) -> None:
        if _MINISTRY_TAIL.search(self.sentence):
            for m in _MINISTRY_RE.finditer(self.sentence):
                self.add(m.start("name"), m.end("name"), m.group("name"), "ministry", "ministry_form")

    def name_forms(self) -> None:
        s = self.sentence
        for m in _SUFFIX_RE.finditer(s):
            suffix = m.group("suffix")
            weak = suffix in WEAK_SUFFIX_TYPES
            if weak and not _ORG_CUE_AFTER.match(s, m.end()) and not has_latin(s[max(0, m.start() - 24) : m.start()]):
                continue  # '수열에너지', 'AI솔루션': a technology until the sentence says otherwise
            start = _name_before(s, m.start(), suffix)
            if start is None:
                continue
            name = s[start : m.end()]
            if suffix in FACILITY_SUFFIXES and not _is_named_body(name, self.gaz.region_pattern):
                continue  # '데이터센터', 'AI 캠퍼스': places and projects, not organisations
            if weak and not _weak_name_has_evidence(s, name, suffix, m.end()):
                continue
            if name[: -len(suffix)] in _WEAK_COMMITTEE_STEMS:
                start, name = _with_preceding_nouns(s, start, name)  # '국가연구개발사업평가 총괄위원회'
            self.add(start, m.end(), name, SUFFIX_TYPES[suffix], "name_form")

    def role_cues(self) -> None:
        s = self.sentence
        if "대표" in s or "사장" in s or "회장" in s:
            for m in _CEO_RE.finditer(s):
                if m.group("person") and not looks_like_person(m.group("person")):
                    continue
                if not looks_like_person(m.group("name")):
                    self.add(m.start("name"), m.end("name"), m.group("name"), "company", "ceo_of")
            for m in _COMPANY_THEN_CHIEF.finditer(s):
                name = m.group("name")
                if (
                    looks_like_person(m.group("person"))
                    and not looks_like_person(name)
                    and not _CLAUSE_ENDING.search(name)
                ):
                    self.add(m.start("name"), m.end("name"), m.group("name"), "company", "ceo_of")
            for m in _CHIEF_IN_GLOSS.finditer(s):
                self.add(m.start("name"), m.end("name"), m.group("name"), "company", "ceo_of", False)
        kinds = (_IS_A_COMPANY, _KIND_THEN_NAME, _ENTITY_THEN_NAME, _FIELD_COMPANY_THEN_NAME)
        for pattern in kinds if _KIND_WORD.search(s) else ():
            for m in pattern.finditer(s):
                grp = "quoted" if m.group("quoted") else "name"
                raw = m.group(grp)
                if pattern is _FIELD_COMPANY_THEN_NAME:  # its particle stays outside the name
                    if COMPANY_TOPIC_ENDINGS.search(raw) or _ACRONYM.fullmatch(raw):
                        continue  # '제조 기업 디지털전환과', '제조 기업 AX와': what companies get or do
                elif grp == "name":
                    stem = TRAILING_PARTICLE.sub("", raw)  # '…에너지가'
                    if stem != raw and len(stem) < 3 and not has_latin(stem):
                        continue  # '운용사 공모를 시작해': a common noun with its particle, not a name
                    raw = stem
                self.add(m.start(grp), m.start(grp) + len(raw), raw, "company", "is_a_company", False)
        for m in _ABROAD_COMPANY.finditer(s):
            grp = "name" if m.group("name") else "glossed"
            raw = m.group(grp)
            if not (_FOREIGN_PLACE_END.search(raw) or COMPANY_TOPIC_ENDINGS.search(raw) or _ACRONYM.fullmatch(raw)):
                self.add(m.start(grp), m.end(grp), raw, "company", "is_a_company", False)
        if " 등 " in s:
            for m in _LISTED_THEN_COUNTED.finditer(s):
                self._listed_companies(m)
        if "라는" in s:
            for m in _CALLED_A_COMPANY.finditer(s):
                self.add(m.start("name"), m.end("name"), m.group("name"), "company", "is_a_company", False)
        if not _AGREEMENT_WORD.search(s):
            return
        for m in _AGREEMENT_PARTNER.finditer(s):
            if not looks_like_person(m.group("name")):
                self.add(m.start("name"), m.end("name"), m.group("name"), "company", "agreement_partner", False)

    def _listed_companies(self, m: re.Match[str]) -> None:
        """The trailing run of names in a list counted as companies (a word that ends a clause stops it)."""
        start = m.start("items")
        spans = []
        for part in _LIST_SPLIT.finditer(m.group("items") + ", "):
            spans.append((start, m.start("items") + part.start()))
            start = m.start("items") + part.end()
        for a, b in reversed(spans):
            name = self.sentence[a:b].strip()
            if _CONNECTIVE_OR_TIME.search(name) or not is_plausible_name(name, self.region_names):
                break
            self.add(a, b, name, "company", "is_a_company", False)

    def paired_with_known(self) -> None:
        """'디지털엣지와 SK에코플랜트가 공동 개발하는': the name joined by '와' to a known organisation
        that, with it, takes part in something."""
        if not PARTNERSHIP.search(self.sentence):
            return
        for f in list(self.found):
            before = _PAIRED_BEFORE.search(self.sentence, max(0, f.start - 24), f.start)
            after = _SUBJECT_PARTICLE.match(self.sentence, f.end)
            if before and after and PARTNERSHIP.search(self.sentence, after.end()):
                name = before.group("name")
                if not looks_like_person(name):
                    self.add(before.start("name"), before.end("name"), name, "company", "paired_partner", False)

    def glosses(self) -> None:
        """'퍼힐스(FIR HILLS)', '대구디지털혁신진흥원(DIP)': the name in parentheses is another name of it."""
        for f in list(self.found):
            m = _GLOSS_AFTER.match(self.sentence, f.end)
            if (
                m
                and m.group("gloss").strip() not in _NOT_NAME_ACRONYMS
                and not self.taken(m.start("gloss"), m.end("gloss"))
            ):
                gloss = m.group("gloss").strip()
                self.found.append(
                    replace(f, start=m.start("gloss"), end=m.start("gloss") + len(gloss), text=gloss, source="gloss")
                )


# …its particle moved up to the name, the gloss's letters blanked after it (offsets stay): '메디로직이           '.
# (A gloss in capitals alone is an abbreviation, which names it too: '울산과학기술원(UNIST)'.)
_LATIN_GLOSS = re.compile(
    r"(?<=[가-힣])(?P<gloss>\((?=[^()]*[a-z])[A-Za-z][A-Za-z .,'&·-]{2,80}\))(?P<after>[가-힣]{0,2})"
)


def find_org_mentions(sentence: str, gaz: Gazetteer, region_names: Set[str]) -> list[OrgMention]:
    """Organisations in one sentence; regional governments ('경북도', '구미시청') are regions, not these."""
    found = _found_in(sentence, gaz, region_names)
    if "(" in sentence and _LATIN_GLOSS.search(sentence):
        # English glosses after names ('강릉아산병원(Gangneung Asan Hospital), …') hide a list's items: read again
        # without them for names not found already, each gloss still read as a name's own ('마리나 클라우드(Marina Cloud)는')
        bare = _LATIN_GLOSS.sub(lambda m: m["after"] + " " * len(m["gloss"]), sentence)
        found += [
            f for f in _found_in(bare, gaz, region_names) if not any(f.start < g.end and g.start < f.end for g in found)
        ]
    if _CREDIT_MARK.search(sentence):
        found = [f for f in found if not _is_credit(sentence, f)]
    found = sorted(found, key=lambda f: f.start)
    # a university written before its hospital ('연세대 원주세브란스기독병원'): the hospital's name, no party of its own
    return [
        f for f, after in zip(found, [*found[1:], None], strict=False)
        if not (
            after is not None and f.name.endswith(_OWNER_ENDINGS) and after.name.endswith(_OWNED_ENDINGS)
            and not sentence[f.end : after.start].strip()
            and len(after.name) >= _HOSPITAL_NAMED_ALONE  # '한림대학교 성심병원': '성심병원' alone is several
        )
    ]  # fmt: skip


def _found_in(sentence: str, gaz: Gazetteer, region_names: Set[str]) -> list[OrgMention]:
    finder = _Finder(sentence, gaz, region_names)
    finder.gazetteer()
    finder.lists()
    finder.company_marks()
    finder.ministries()
    finder.name_forms()
    finder.role_cues()
    finder.paired_with_known()
    finder.glosses()
    return finder.found


_OWNER_ENDINGS = ("대학교", "대학", "학교법인")
_HOSPITAL_NAMED_ALONE = 7  # letters of a hospital's name that tells it apart without its university
_OWNED_ENDINGS = ("병원", "의료원")


def _is_credit(sentence: str, mention: OrgMention) -> bool:
    """A photo's or a chart's source ('/SK텔레콤', '(사진=K-water 제공)') takes no part in the story."""
    return _CREDIT_BEFORE.search(sentence, max(0, mention.start - 8), mention.start) is not None or (
        _CREDIT_AFTER.match(sentence, mention.end) is not None
    )


def find_article_organisations(
    sentences: Mapping[int, str], gaz: Gazetteer, region_names: Set[str]
) -> dict[int, list[OrgMention]]:
    """Organisations of a whole article, each with its role in its sentence.

    A name the structure of one sentence revealed ('태왕디엔디(대표 이종경)') is that organisation
    wherever else the article writes it; a found name that ends a longer one in the article is
    the longer one ('인공지능협회' → 한국인공지능협회)."""
    by_sentence = {i: find_org_mentions(text, gaz, region_names) for i, text in sentences.items()}
    by_sentence = _same_names_elsewhere(sentences, by_sentence)
    by_sentence = _resolve_short_names(by_sentence)
    return {i: assign_roles(sentences[i], ms) for i, ms in by_sentence.items()}


def _same_names_elsewhere(
    sentences: Mapping[int, str], by_sentence: dict[int, list[OrgMention]]
) -> dict[int, list[OrgMention]]:
    found: dict[str, OrgMention] = {}
    for ms in by_sentence.values():
        for o in ms:
            if o.org_code is None and len(o.text) >= 2 and not _named_after_a_project(o):
                found.setdefault(o.text, o)
    if not found:
        return by_sentence
    longest_first = sorted(found, key=len, reverse=True)
    lengths = sorted({len(name) for name in found}, reverse=True)
    out = {}
    for i, text in sentences.items():
        ms = list(by_sentence[i])
        added = False
        for start, name in _occurrences(text, longest_first, found, lengths):
            end = start + len(name)
            if _stands_alone(text, start, end) and not any(o.start < end and start < o.end for o in ms):
                ms.append(replace(found[name], start=start, end=end, source="same_article"))
                added = True
        out[i] = sorted(ms, key=lambda o: o.start) if added else ms
    return out


# Heads of a built project: a company marked ㈜ under such a name is the project's SPC ("'국가AI컴퓨팅센터㈜'가 출범"),
# and the name written without the mark elsewhere is the project itself.
_PROJECT_HEAD_ENDING = re.compile(r"(?:" + FACILITY_HEADS.pattern + r")$")


def _named_after_a_project(o: OrgMention) -> bool:
    return o.source == "company_mark" and _PROJECT_HEAD_ENDING.search(o.text) is not None


# Above this many names, a sentence is searched once per word start rather than once per name.
_NAMES_SEARCHED_ONE_BY_ONE = 64


def _occurrences(
    text: str, longest_first: list[str], names: Mapping[str, object], lengths: list[int]
) -> list[tuple[int, str]]:
    """Where each name occurs in `text`, longest names first, each name's occurrences left to right
    (the order in which they claim their place). A page of thousands of names is read word start
    by word start: a name that stands alone starts after no letter or digit."""
    if len(longest_first) <= _NAMES_SEARCHED_ONE_BY_ONE:
        hits = []
        for name in longest_first:
            start = text.find(name)
            while start >= 0:
                hits.append((start, name))
                start = text.find(name, start + len(name))
        return hits
    rank = {name: k for k, name in enumerate(longest_first)}
    found = [
        (rank[text[start : start + n]], start, text[start : start + n])
        for start in range(len(text))
        if start == 0 or not _NAME_EDGE.match(text[start - 1])
        for n in lengths
        if text[start : start + n] in names
    ]
    return [(start, name) for _, start, name in sorted(found)]


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether a name found at text[start:end] is a word of its own: nothing of a name before it,
    and after it only a particle or a title ('퍼힐스는', '퍼힐스 대표')."""
    if start > 0 and _NAME_EDGE.match(text[start - 1]):
        return False
    if end < len(text) and _LATIN_EDGE.match(text[end]):
        return False
    tail = hangul_run_at(text, end)
    return not tail or tail in _ORG_TAILS


def _resolve_short_names(by_sentence: dict[int, list[OrgMention]]) -> dict[int, list[OrgMention]]:
    """A found name that ends a longer name in the same article is that organisation ('인공지능협회' → 한국인공지능협회),
    and so is one the article writes with one more word after it ('노스웨이브' → 노스웨이브 클라우드)."""
    names = {(o.name, o.org_code, o.org_type) for ms in by_sentence.values() for o in ms}
    # Every name under each of its endings as long as a name looked up (spaces aside): one
    # look-up per mention, where comparing each with every other name grew with the square.
    lengths = {len(o.name.replace(" ", "")) for ms in by_sentence.values() for o in ms if _needs_longer_name(o)}
    by_ending: dict[str, list[tuple[str, str | None, str]]] = defaultdict(list)
    for n in names if lengths else ():
        bare = n[0].replace(" ", "")
        for length in lengths:
            if length <= len(bare):
                by_ending[bare[len(bare) - length :]].append(n)
    sentences_of: dict[str, set[int]] = defaultdict(set)  # where each name is written
    for index, ms in by_sentence.items():
        for o in ms:
            sentences_of[o.name].add(index)
    by_all_but_last_word: dict[str, list[tuple[str, str | None, str]]] = defaultdict(list)  # one look-up per mention
    for n in names:
        if " " in n[0]:
            by_all_but_last_word[n[0].rsplit(" ", 1)[0]].append(n)
    resolved: dict[int, list[OrgMention]] = {}
    for index, mentions in by_sentence.items():
        out = []
        for o in mentions:
            if _needs_longer_name(o):
                longer = [n for n in by_ending.get(o.name.replace(" ", ""), ()) if n[0] != o.name] or [
                    n for n in by_all_but_last_word.get(o.name, ()) if not sentences_of[o.name] & sentences_of[n[0]]
                ]  # …or the first word of a name of two: '노스웨이브' of '노스웨이브 클라우드' (not a parent named
                # beside its subsidiary: '㈜오션클라우드는 자회사 ㈜오션클라우드 솔루션즈와')
                if len(longer) == 1:
                    o = replace(o, org_code=longer[0][1], name=longer[0][0], org_type=longer[0][2], source="short_name")
            out.append(o)
        resolved[index] = out
    return resolved


def _needs_longer_name(o: OrgMention) -> bool:
    return o.org_code is None and len(o.name) >= 4


def _type_of(name: str, default: str) -> str:
    """The kind a name's own suffix says ('한국기자협회' found by its chief is an association)."""
    for length in _SUFFIX_LENGTHS:
        if len(name) > length and name[-length:] in SUFFIX_TYPES:
            return SUFFIX_TYPES[name[-length:]]
    return default


def _consortium_lead(text: str, gaz: Gazetteer) -> str | None:
    """'퀀텀일레븐 컨소시엄' is 퀀텀일레븐's consortium: one participant, named by its lead. A lead
    glued to a particle ('네이버를컨소시엄') is the known name before the particle, or none."""
    if not text.endswith("컨소시엄"):
        return None
    lead = text[: -len("컨소시엄")].strip()
    if _ends_with_particle(lead):
        bare = _PARTICLE_AT_END.sub("", lead)
        return bare if bare in gaz.org_aliases else ""
    return lead if len(lead) >= 2 else None


_SUFFIX_LENGTHS = sorted({len(s) for s in SUFFIX_TYPES}, reverse=True)


def _strong_form(name: str) -> bool:
    for length in _SUFFIX_LENGTHS:
        suffix = name[-length:]
        if suffix in SUFFIX_TYPES and len(name) > length:
            return suffix not in WEAK_SUFFIX_TYPES and suffix not in FACILITY_SUFFIXES
    return False


def _weak_name_has_evidence(sentence: str, name: str, suffix: str, end: int) -> bool:
    """A name ending like a technology word ('…에너지') counts with a Latin stem ('SK에너지') or a
    cue after it: its chief, a spokesperson, an agreement it signs."""
    stem = name[: -len(suffix)]
    return has_latin(stem) or _ORG_CUE_AFTER.match(sentence, end) is not None


def _particle_may_follow(sentence: str, end: int) -> bool:
    return end >= len(sentence) or sentence[end] not in ",·)/"


# After a company-marked name, the words that still belong to it: a suffix standing apart
# ('(주)부산에코델타 그린데이터센터 PFV', '㈜태왕 디엔디와').
_DETACHED_TAIL = re.compile(
    r"(?:\s" + _NAME + r"{1,20}){0,2}?\s(?:" + "|".join(DETACHED_SUFFIXES) + r")(?![가-힣A-Za-z])"
    r"|\s(?:"
    + trie_pattern(s for s in SUFFIX_TYPES if s not in FACILITY_SUFFIXES)
    + r")(?=[\s,.·)]|와|과|이|가|은|는|을|를|의|$)"
)


def _with_detached_suffix(sentence: str, end: int) -> int:
    m = _DETACHED_TAIL.match(sentence, end)
    return m.end() if m else end


def _with_preceding_nouns(sentence: str, start: int, name: str) -> tuple[int, str]:
    """Extend a bare '추진위원회' with up to three nouns before it, stopping at a clause ending or a quote."""
    words: list[str] = []
    pos = start
    for m in reversed(list(_NON_SPACE_RUN.finditer(sentence, 0, start))[-3:]):
        word = m.group(0)
        if sentence[m.end() : pos].strip() or _CLAUSE_ENDING.search(word) or word in _DISCOURSE_WORDS:
            break
        bare = word.lstrip("‘'“\"(「『")
        if not _ONE_NOUN.fullmatch(bare):
            break
        words.insert(0, bare)
        pos = m.start() + (len(word) - len(bare))
        if bare != word:
            break  # the quote opens the name
    if not words or len("".join(words)) < 4:
        return start, name
    return pos, " ".join([*words, name])


def _name_before(sentence: str, suffix_start: int, suffix: str) -> int | None:
    """Where the name ending in this suffix starts: the word it closes (up to 24 characters before
    the suffix), a quoted name it closes, or the word before when the suffix stands apart
    ('Empyrion DC 컨소시엄', 'BADR 인베스트먼트'); None when no name stands there."""
    quoted = _quoted_name_start(sentence, suffix_start, suffix)
    if quoted is not None:
        return quoted
    end = suffix_start
    if end >= 2 and sentence[end - 1] == " " and _NAME_CHAR.match(sentence[end - 2]):
        before = sentence[: end - 1].rsplit(" ", 1)[-1]
        if suffix in DETACHED_SUFFIXES or has_latin(before[-1:]):
            if _ends_with_particle(before) or _CLAUSE_ENDING.search(before):
                return None  # '네이버를 컨소시엄 주관사로', '참여한 컨소시엄': another phrase ends there
            end -= 1
            while end >= 2 and _latin_word_before(sentence, end):  # 'Empyrion DC 컨소시엄'
                end = sentence.rindex(" ", 0, end)
    start = end
    while start > 0 and end - start < 24 and _NAME_CHAR.match(sentence[start - 1]):
        start -= 1
    if start == end or (start > 0 and _WORD_CHAR.match(sentence[start - 1])):
        return None
    return start


def _latin_word_before(sentence: str, end: int) -> bool:
    """Whether the word ending at `end` is Latin and another Latin word stands before it, one space apart."""
    word_start = sentence.rfind(" ", 0, end) + 1
    if word_start < 2 or not re.fullmatch(r"[A-Za-z0-9&.\-]+", sentence[word_start:end]):
        return False
    return re.search(r"[A-Za-z][A-Za-z0-9&.\-]*$", sentence[: word_start - 1]) is not None


def _quoted_name_start(sentence: str, suffix_start: int, suffix: str) -> int | None:
    """A quoted name that ends in the suffix starts at its quote (‘부산에코델타그린데이터센터 PFV’)."""
    close = suffix_start + len(suffix)
    if close >= len(sentence) or sentence[close] not in "’”'\"":
        return None
    opening = max(sentence.rfind(q, max(0, suffix_start - 40), suffix_start) for q in "‘“'\"")
    if opening < 0 or " " not in sentence[opening:suffix_start]:
        return None  # a one-word name needs no quotes to be read
    return opening + 1


_PARTICLE_AT_END = re.compile(r"(?:을|를|이|가|은|는|와|과|의|에|로)$")


def _ends_with_particle(word: str) -> bool:
    return any(
        word.endswith(p) and len(word) > len(p) + 1
        for p in ("을", "를", "이", "가", "은", "는", "와", "과", "의", "에", "로")
    )


def _is_named_body(name: str, region_pattern: re.Pattern[str]) -> bool:
    """A one-word centre or campus named after its region is an organisation ('전북디지털융합센터')."""
    if " " in name or FACILITY_WORDS.search(name):
        return False
    m = region_pattern.match(name)
    return m is not None and len(m.group(0)) >= 2 and len(name) > m.end() + 3
