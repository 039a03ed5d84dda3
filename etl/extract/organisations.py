"""Organisation mentions: the seeded gazetteer with its aliases, plus names found by their form.

Forms that mark an organisation: …대학교/…대, …과학기술원, …연구원/…연구소, …진흥원, …협회,
…위원회, …공사/…공단, …재단, …사업단, …병원, …교육청, ministries (…통신부, …자원부, …),
companies written ㈜X / X㈜ / (주)X, '… 컨소시엄', and names in the roles companies take in a
sentence ('퀀텀일레븐 대표', '전문기업인 바로AI와', '투자사는 A, B, C이다').
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass

from etl.extract.gazetteer import Gazetteer
from etl.extract.korean import HANGUL_RUN, PARTICLES, trie_pattern
from etl.extract.spans import TakenSpans

_SUFFIX_TYPES = [
    ("과학기술원", "university"),
    ("대학교", "university"),
    ("대학원대학", "university"),
    ("대학", "university"),
    ("연구원", "research_institute"),
    ("연구소", "research_institute"),
    ("연구센터", "research_institute"),
    ("진흥원", "agency"),
    ("진흥공단", "agency"),
    ("공사", "agency"),
    ("공단", "agency"),
    ("재단", "agency"),
    ("사업단", "agency"),
    ("테크노파크", "agency"),
    ("교육청", "agency"),
    ("과학관", "agency"),
    ("혁신원", "agency"),
    ("평가원", "agency"),
    ("관리원", "agency"),
    ("병원", "other"),
    ("센터", "agency"),
    ("캠퍼스", "company"),
    ("협회", "association"),
    ("연합회", "association"),
    ("협의회", "association"),
    ("상공회의소", "association"),
    ("위원회", "committee"),
    ("컨소시엄", "company"),
    ("그룹", "company"),
    ("증권", "company"),
    ("은행", "company"),
    ("전자", "company"),
    ("중공업", "company"),
    ("건설", "company"),
    ("산업개발", "company"),
    ("에너지", "company"),
    ("코리아", "company"),
    ("파트너스", "company"),
    ("인베스트먼트", "company"),
    ("캐피탈", "company"),
    ("PFV", "company"),
    ("홀딩스", "company"),
    ("솔루션", "company"),
    ("시스템즈", "company"),
]
_MINISTRY_TAILS = (
    "통신부",
    "자원부",
    "안전부",
    "교통부",
    "기업부",
    "복지부",
    "재정부",
    "교육부",
    "환경부",
    "식품부",
    "수산부",
    "노동부",
    "관광부",
    "국방부",
    "외교부",
    "통일부",
    "법무부",
    "가족부",
    "보훈부",
)
_NAME = r"[가-힣A-Za-z0-9&·\-]"
# A suffix that ends a name; the name itself is read backwards from it (see _name_before).
_SUFFIX_RE = re.compile(
    r"(?P<suffix>" + trie_pattern(s for s, _ in _SUFFIX_TYPES) + r")"
    r"(?=[\s,.·)’”'\"]|이|가|은|는|을|를|의|와|과|도|에|로|으로|장|측|$)"
)
_SUFFIX_TYPE = dict(_SUFFIX_TYPES)
_SUFFIX_LENGTHS = sorted({len(s) for s in _SUFFIX_TYPE}, reverse=True)
_NAME_CHAR = re.compile(r"[가-힣A-Za-z0-9&·\-]")
_AMOUNT_AFTER = re.compile(r"(?:로|으로)?\s*(?:약\s*)?\d")  # '한화로 14조원': money, not the organisation
_LIST_ITEM = re.compile(r"[^,]+")
_LIST_JOINERS = re.compile(r"^\s*(?:와|과|및)\s*|\s*(?:와|과|등)\s*$")
_PARENTHESISED = re.compile(r"\([^)]*\)")
_NON_SPACE_RUN = re.compile(r"[^\s]+")
_ONE_NOUN = re.compile(r"[가-힣A-Za-z0-9·]{2,20}")
_COORDINATED_ITEM = re.compile(r"[^,\s][^,]*")
_SPACE = re.compile(r"\s")
_WORD_CHAR = re.compile(r"[가-힣A-Za-z0-9]")
_MINISTRY_RE = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{1,10}(?:" + "|".join(_MINISTRY_TAILS) + r"))")
_MINISTRY_TAIL = re.compile(trie_pattern(_MINISTRY_TAILS))
_COMPANY_MARK = re.compile(r"(?:㈜|\(주\))\s?(?P<a>" + _NAME + r"{2,20})|(?P<b>" + _NAME + r"{2,20})(?:㈜|\(주\))")
_CEO_RE = re.compile(
    r"(?:[\s,(])(?:㈜)?(?P<name>[가-힣A-Za-z0-9&]{2,20})\s(?:공동\s)?대표(?:이사)?(?=[,.는가와과를의)]|\s등|$)"
)
_IS_A_COMPANY = re.compile(
    r"(?:기업|업체|회사|스타트업|벤처기업|투자사|운용사|개발사|제조사|사업자)인\s*(?:㈜)?"
    r"(?:[‘'“\"](?P<quoted>[가-힣A-Za-z0-9&· ]{2,30}?)[’'”\"]|(?P<name>[가-힣A-Za-z0-9&]{2,20}?)(?=와|과|가|이|는|은|를|을|의|,|\s|\(|$))"
)
_LIST_RE = re.compile(
    r"(?:투자사|참여사|참여기업|입주기업|협약\s*기관|참여\s*기관|컨소시엄)(?:는|은)\s+(?P<list>[^.]{4,200}?)(?:이다|다|등이다)\."
)
# Generic words that take these forms but name no one organisation.
_GENERIC = {
    "대학",
    "대학교",
    "연구원",
    "연구소",
    "협회",
    "위원회",
    "공사",
    "공단",
    "재단",
    "사업단",
    "병원",
    "그룹",
    "컨소시엄",
    "지방대학",
    "각 대학",
    "지역 대학",
    "국내 대학",
    "해외 대학",
    "전문대학",
    "주요 대학",
    "증권",
    "은행",
    "에너지",
    "전자",
    "건설",
    "코리아",
    "테크",
    "솔루션",
    "운영위원회",
    "추진위원회",
    "분과위원회",
    "심사위원회",
    "지역",
    "기업",
    "공동",
    "신재생에너지",
    "재생에너지",
    "청정에너지",
    "친환경에너지",
    "수소에너지",
    "원자력에너지",
    "그린에너지",
    "이차전지",
    "각",
    "기관",
    "업체",
    "회사",
    "정부",
    "기존",
    "신규",
    "대표",
    "현장",
    "자율주행",
    "데이터",
    "인공지능",
    "AI",
}
# Stems that make a description, not a name: '지역대학', '전문과학관', '데이터연구소'.
_GENERIC_STEMS = {
    "지역",
    "전문",
    "데이터",
    "연구",
    "국내",
    "해외",
    "관련",
    "공공",
    "민간",
    "산학",
    "부설",
    "첨단",
    "국공립",
    "사립",
    "지방",
    "거점",
    "협력",
    "참여",
    "중소",
    "대형",
    "신설",
    "해당",
    "유관",
    "산하",
    "협약",
    "인근",
}
_GENERIC_HEADS = re.compile(
    r"^(?:이번|해당|관련|각|양|두|세|기존|신규|주요|지역|국내|해외|국내외|전국|민간|공공|국립|시립|도립|기타|다른|같은)\s"
)


_PARTICLES = PARTICLES
_TITLES = ("장", "총장", "부총장", "원장", "회장", "사장", "이사장", "소장", "단장", "청장", "관계자", "대표")
_ORG_TAILS = frozenset(_PARTICLES + _TITLES + tuple(t + p for t in _TITLES for p in _PARTICLES))


@dataclass(frozen=True)
class OrgMention:
    start: int  # offsets within the sentence
    end: int
    text: str
    org_code: str | None  # gazetteer code, or None for a discovered name
    name: str  # canonical name (gazetteer) or the discovered surface form
    org_type: str
    source: str  # 'gazetteer' or the discovery rule


def find_org_mentions(sentence: str, gaz: Gazetteer, region_names: Set[str]) -> list[OrgMention]:
    """Organisations in one sentence; regional governments ('경북도', '구미시청') are regions, not these."""
    found: list[OrgMention] = []
    for pattern in (gaz.org_korean_pattern, gaz.org_latin_pattern):
        for m in pattern.finditer(sentence):
            tail = HANGUL_RUN.match(sentence, m.end()).group(0)
            if tail and tail not in _ORG_TAILS:
                continue  # part of a longer name ('미래에셋컨소시엄'): left to discovery
            if _AMOUNT_AFTER.match(sentence, m.end()):
                continue  # '한화로 14조원': a currency or a count, not the organisation
            org = gaz.organisations[gaz.org_aliases[m.group(0)]]
            found.append(OrgMention(m.start(), m.end(), m.group(0), org.code, org.name_ko, org.org_type, "gazetteer"))
    taken = TakenSpans(len(sentence), ((f.start, f.end) for f in found))

    def add(start: int, end: int, name: str, org_type: str, rule: str) -> None:
        name = _trim(name)
        if not _plausible(name, region_names):
            return
        if taken.overlaps(start, end):
            return
        known = gaz.org_aliases.get(name)
        if known:
            org = gaz.organisations[known]
            found.append(OrgMention(start, end, name, org.code, org.name_ko, org.org_type, "gazetteer"))
        else:
            found.append(OrgMention(start, end, name, None, name, org_type, rule))
        taken.take(start, end)

    for m in _LIST_RE.finditer(sentence):
        offset = m.start("list")
        for item in _LIST_ITEM.finditer(m.group("list")):
            raw = item.group(0)
            text = _LIST_JOINERS.sub("", raw).strip()
            text = _PARENTHESISED.sub("", text).strip()
            if text:
                lead = len(raw) - len(raw.lstrip())
                add(offset + item.start() + lead, offset + item.end(), text, "company", "listed_partner")
    # The literal each form needs is looked for first: most sentences have none, and a plain
    # substring test costs far less than the form's regex failing at every position.
    if "㈜" in sentence or "(주)" in sentence:
        for m in _COMPANY_MARK.finditer(sentence):
            grp = "a" if m.group("a") else "b"
            add(m.start(grp), m.end(grp), m.group(grp), "company", "company_mark")
    if _MINISTRY_TAIL.search(sentence):
        for m in _MINISTRY_RE.finditer(sentence):
            add(m.start("name"), m.end("name"), m.group("name"), "ministry", "ministry_form")
    for m in _SUFFIX_RE.finditer(sentence):
        suffix = m.group("suffix")
        start = _name_before(sentence, m.start(), suffix)
        if start is None:
            continue
        name = sentence[start : m.end()]
        org_type = _SUFFIX_TYPE[suffix]
        if suffix in _FACILITY_SUFFIXES and not _is_named_body(name, gaz.region_pattern):
            continue  # '데이터센터', 'AI 캠퍼스': places and projects, not organisations
        if name[: -len(suffix)] in _WEAK_COMMITTEE_STEMS:
            start, name = _with_preceding_nouns(sentence, start, name)  # '국가연구개발사업평가 총괄위원회'
        add(start, m.end(), name, org_type, "name_form")
    _coordinated_partners(sentence, found, region_names, add)
    if "대표" in sentence:
        for m in _CEO_RE.finditer(sentence):
            add(m.start("name"), m.end("name"), m.group("name"), "company", "ceo_of")
    for m in _IS_A_COMPANY.finditer(sentence):
        grp = "quoted" if m.group("quoted") else "name"
        add(m.start(grp), m.end(grp), m.group(grp), "company", "is_a_company")
    found.sort(key=lambda f: f.start)
    return found


_FACILITY_SUFFIXES = {"센터", "캠퍼스"}
_FACILITY_WORDS = re.compile(
    r"(?:데이터|컴퓨팅|혁신|지원|연구|체험|전시|교육|실증|컨벤션|물류|스마트|AI|인공지능)(?:센터|캠퍼스)$"
)
_WEAK_COMMITTEE_STEMS = {"총괄", "운영", "추진", "자문", "심의", "평가", "실무", "조정", "집행", "기획", "특별", "분과"}
_CLAUSE_ENDING = re.compile(r"(?:은|는|을|를|에|에서|와|과|으로|로|의|고|며|해|한|된|할|될|인)$")
# 'A, B, C와 … 협약을 체결했다': once one item is a known region or organisation, the others are partners.
_COORDINATION = re.compile(
    r"(?P<items>(?:[가-힣A-Za-z0-9&·]{2,20},\s*)+[가-힣A-Za-z0-9&·]{2,20}?)(?:와|과|는|은|이|가|등과|등은|등이|등)(?=\s)"
)
_PARTNERSHIP = re.compile(r"협약|MOU|양해각서|체결|참여|컨소시엄|공동|함께|손잡|투자|투입|건립|설립|구축|조성")
_DISCOURSE_WORDS = {
    "한편",
    "또한",
    "특히",
    "이어",
    "아울러",
    "이에",
    "따라서",
    "그러나",
    "하지만",
    "더불어",
    "앞서",
    "또",
    "이후",
    "현재",
    "최근",
    "이날",
    "당시",
    "결국",
    "실제로",
    "우선",
    "먼저",
    "다만",
    "반면",
}
_NOT_PARTNERS = {
    "단체",
    "주민",
    "시민",
    "기관",
    "업계",
    "학계",
    "정부",
    "지자체",
    "관계기관",
    "전문가",
    "대학",
    "기업",
    "산업",
    "연구기관",
    "공공기관",
    "학교",
    "병원",
    "도민",
    "시민단체",
    "중앙부처",
    "국회",
    "지방정부",
}


def _with_preceding_nouns(sentence: str, start: int, name: str) -> tuple[int, str]:
    """Extend a bare '추진위원회' with up to three nouns before it, stopping at a clause ending or a quote."""
    words = []
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
    the suffix, or 'X 컨소시엄' with one space); None when no name stands there."""
    end = suffix_start
    if suffix == "컨소시엄" and end >= 2 and sentence[end - 1] == " " and _NAME_CHAR.match(sentence[end - 2]):
        end -= 1
    start = end
    while start > 0 and end - start < 24 and _NAME_CHAR.match(sentence[start - 1]):
        start -= 1
    if start == end or (start > 0 and _WORD_CHAR.match(sentence[start - 1])):
        return None
    return start


def _is_named_body(name: str, region_pattern: re.Pattern[str]) -> bool:
    """A one-word centre or campus named after its region is an organisation ('전북디지털융합센터')."""
    if " " in name or _FACILITY_WORDS.search(name):
        return False
    m = region_pattern.match(name)
    return m is not None and len(m.group(0)) >= 2 and len(name) > m.end() + 3


def _coordinated_partners(sentence: str, found: list[OrgMention], region_names: Set[str], add) -> None:
    if "," not in sentence or not _PARTNERSHIP.search(sentence):
        return
    known = {f.text for f in found} | {f.name for f in found}
    # The first item ends at a comma within 20 letters of its start: no match starts before that.
    for m in _COORDINATION.finditer(sentence, max(0, sentence.index(",") - 20)):
        items = [(i.start(), i.group(0)) for i in _COORDINATED_ITEM.finditer(m.group("items"))]
        anchors = [t for _, t in items if t in region_names or t in known]
        if not anchors:
            continue
        for offset, text in items:
            if text in anchors or text in _NOT_PARTNERS or text in _DISCOURSE_WORDS or _SPACE.search(text):
                continue
            if _CLAUSE_ENDING.search(text):
                continue
            start = m.start("items") + offset
            add(start, start + len(text), text, "company", "listed_partner")


_COMPANY_PREFIX = re.compile(r"^(?:㈜|\(주\))")
_PARTICLE_END = re.compile(r"(?:이며|이고|으로|에서|에게|와의|과의|이|가|은|는|을|를|의|와|과|도|에|로|측)$")
_DIGITS_AND_MARKS = re.compile(r"[\d\s·&-]+")
_COORDINATING_WORD = re.compile(r"(?:와|과|및|고|며)\s")
_GOVERNMENT_OFFICE = re.compile(r"(?:청|시청|도청|군청|구청)$")


def _trim(name: str) -> str:
    name = _COMPANY_PREFIX.sub("", name.strip())
    return _PARTICLE_END.sub("", name).strip(" ·-")


def _stem_before_suffix(name: str) -> str | None:
    """What comes before the longest name-form suffix the name ends with ('지역' in '지역연구센터')."""
    for length in _SUFFIX_LENGTHS:
        if name[-length:] in _SUFFIX_TYPE:
            return name[:-length]
    return None


def _plausible(name: str, region_names: Set[str]) -> bool:
    if len(name) < 2 or name in _GENERIC or _GENERIC_HEADS.match(name):
        return False
    stem = _stem_before_suffix(name)
    if stem is not None and stem.strip() in _GENERIC_STEMS:
        return False
    if _DIGITS_AND_MARKS.fullmatch(name) or "·" in name or _COORDINATING_WORD.search(name):
        return False
    bare = _GOVERNMENT_OFFICE.sub("", name)
    return bare not in region_names and name not in region_names
