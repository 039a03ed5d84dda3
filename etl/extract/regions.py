"""Region mentions: every 시·도 and 시·군·구 by its names and short forms, resolved in context.

A short form counts only when what follows it is a particle or a place word ('광주시는',
'포항형', '경북도'), so '대전환' is not 대전 and '세종대' is not 세종. Names shared by several
places ('중구', '고성군', '광주시') go to the one whose province stands right before them or is
named elsewhere in the article; '광주' alone is 광주광역시 unless 경기도 stands right before it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from etl.extract.gazetteer import Gazetteer, RegionAlias
from etl.extract.initiative_rules import ESTATE_ENDINGS
from etl.extract.korean import PARTICLES, hangul_run_at
from etl.extract.spans import TakenSpans

_PARTICLES = PARTICLES
_PLACE_WORDS = (
    "형",
    "시",
    "도",
    "권",
    "지역",
    "시민",
    "도민",
    "지사",
    "시장",
    "군수",
    "구청장",
    "청장",
    "시청",
    "도청",
    "구청",
    "군청",
    "교육청",
    "지방",
    "전역",
    "일대",
    "일원",
    "내",
    "소재",
    "시정",
    "도정",
    "군민",
    "구민",
    "시의회",
    "도의회",
    "시의원",
    "도의원",
    "지자체",
    "경제",
    "산업",
    "본부",
    "본사",
    "사무소",
    "혁신도시",
    "항",  # a port named after its city is read as the city's: '부산항 신항', '인천항에', '울산항의'
    "신항",
)
# People of a place, many of them: '광주시민들이', '울산시의원들이'.
_PEOPLE_WORDS = ("시민", "도민", "군민", "구민", "시의원", "도의원")
_PLACE_WORD_TAILS = frozenset(
    list(_PLACE_WORDS)
    + [w + p for w in _PLACE_WORDS for p in _PARTICLES]
    + [w + "들" + p for w in _PEOPLE_WORDS for p in ("", *_PARTICLES)]
)
_ALLOWED_TAILS = frozenset(("", *_PARTICLES)) | _PLACE_WORD_TAILS
_UNIT_ENDINGS = "시도군구"  # the last syllable of a short name that ends in its unit ('울산시', '전남도')
# Short names of places that are everyday words too, and in news about budgets and AI the words
# more often than the places: '예산' (budget), '강화' (strengthening), '달성' (achieving), '사상 최대'
# (record), '음성 인식' (voice), '완주' (completion), '연수' (training), '부여' (granting). Such a
# name is the place only with a place word after it ('예산군', '달성군수'), or its province right
# before it ('충남 예산에', '대구 달성에'). Names whose everyday sense is rare in such news ('장성',
# '영광', '강진') stay places.
EVERYDAY_WORD_NAMES = frozenset({
    "예산", "강화", "달성", "완주", "연수", "동작", "음성", "사상", "부여", "남동", "구리", "광산",
})  # fmt: skip
# …or a place inside it next: '음성 성본산업단지', '음성 대소면', '예산 지역'.
_PLACE_NEXT = re.compile(
    r"\s[가-힣A-Za-z0-9]{0,10}(?:산업단지|산단|농공단지|혁신도시|기업도시|테크노폴리스|테크노밸리|밸리|지구|단지)"
    r"|\s[가-힣]{2}(?:읍|면)(?:에서|에|의|은|는|이|가|과|와)?(?![가-힣])|\s(?:일대|일원|군민)(?![가-힣])"
)
# An industrial estate named after its city, written as one word, names the city too:
# '나주혁신산업단지', '구미국가산업단지에', '당진석문국가산단', '광양국가산단'.
_ESTATE_TAIL = re.compile(
    r"[가-힣]{0,6}?(?:"
    + "|".join(ESTATE_ENDINGS)
    + r")(?:"
    + "|".join(sorted(_PARTICLES, key=len, reverse=True))
    + r")?"
)
# What follows a place named only in passing, not as where the story happens: a comparison
# ('서울과 달리', '서울 대비', '판교와 같은'), a precedent ('대구에 이어'), a distance ('서울에서
# 멀리 떨어진'), another place's share of a whole ('서울 등 수도권'), a company's seat ('대구에
# 본사를 둔', '서울 본사', '서울 역삼동 본사에서'; not the seat as the site: '대전 본사 부지에', '본사 옆에').
_PASSING_AFTER = re.compile(
    r"(?:에서|으로부터|로부터)\s*(?:[^\s.,]{1,15}\s){0,3}?(?:멀리\s*)?떨어진"
    r"|(?:와|과)\s*(?:달리|비교|대조|같은|비슷한|마찬가지)"
    r"|\s*(?:대비|에\s*비해|에\s*비하면)"
    r"|에\s*이어\s"
    r"|\s*등\s*수도권"
    # a company introduced by its home town: '춘천의 AI 기업 세이프링크AI, 강원대학교와' (its seat, not the site)
    r"|의\s+(?:[A-Za-z가-힣]{1,6}\s+){0,2}?(?:기업|업체|스타트업|벤처기업|벤처|중소기업|중견기업)\s+"
    r"(?!\d)(?![가-힣]*(?:곳|개사|여곳)(?:이|가|은|는|과|와|,))[^\s,.]{2,20}?(?:,|와\s|과\s|이\s|가\s|은\s|는\s|\s등)"
    r"|(?:에|에서)\s*본사(?:를|가)?\s*(?:둔|두고|있는|위치한)|(?:\s+[가-힣]{1,6}(?:동|구|로|길))?\s*본사(?:의|는|가|에서)?\s(?!부지|옆|건물|내|안|인근|단지|캠퍼스|터)"
)
# A place named as the venue of a signing or a meeting ('서울 중구 롯데호텔에서 투자협약을 체결했다',
# '서울에서 열린 포럼에서'): where people met, not where the initiative is. The words between the
# place and '에서' are more place ('중구 롯데호텔'), never a particle's word ('전남도는 서울…'); its own
# government's building ('경남도청에서') and a site ('건설 현장에서') are not venues elsewhere; and no
# verb stands between '에서' and the meeting ('부산에서 데이터센터를 짓는 협약': where it is built).
_VENUE_AFTER = re.compile(
    r"(?P<gap>[^\s.,]{0,15}?(?:\s+[^\s.,]{1,15}?){0,3}?)에서\s*(?:열린\s*|개최된\s*)?"
    r"(?:[^\s.,]{0,14}[^\s.,는한할기고며]\s){0,6}?[‘'\"]?[^\s.,]{0,15}?"
    r"(?:협약|양해각서|MOU|협약식|체결식|간담회|포럼|설명회|토론회|세미나|서밋|박람회|컨퍼런스|콘퍼런스|회의)"
)
_NOT_A_VENUE_GAP = re.compile(r"[은는이가을를와과의](?:\s|$)|도청|시청|군청|구청|청사|현장|부지|일원|일대")
# A broadcaster's call letters glued to its city: '대전MBC', '부산KBS', '광주 MBC'.
_BROADCASTER_AFTER = re.compile(r"\s?(?:MBC|KBS|SBS|CBS|BBS|KBC|TBC|UBC|JTV|TJB|KNN|OBS|G1|JIBS|CJB)(?![A-Za-z])")
# Bare '경기' is as often the economy or a match: not a place when these words follow.
_ECONOMY_WORDS = re.compile(
    r"^\s*(?:를|가|는|의|도)?\s*(?:침체|회복|부양|둔화|전망|불황|호황|지표|악화|하강|부진|위축|변동|"
    r"동향|상황|활성화|진작|흐름|여건|장|력|결과|일정|중|후|전)"
)


@dataclass(frozen=True)
class RegionMention:
    start: int  # offsets within the sentence
    end: int
    text: str
    region_code: str
    province_code: str
    passing: bool = False  # named in passing (a comparison, a company's seat): not where the story is


@dataclass(frozen=True)
class RegionCandidate:
    """A surface form that names one or more places, before context picks one."""

    start: int
    end: int
    text: str
    candidates: tuple[RegionAlias, ...]
    head: str  # the few characters before it ('경기도 ' before '광주시')
    passing: bool = False


def scan_regions(sentence: str, gaz: Gazetteer, masked: list[tuple[int, int]] | None = None) -> list[RegionCandidate]:
    """Surface forms of places in one sentence, with the boundary rules applied."""
    out: list[RegionCandidate] = []
    taken = TakenSpans(len(sentence), masked) if masked else None
    for m in gaz.region_pattern.finditer(sentence):
        if taken is not None and taken.covers(m.start()):
            continue
        surface = m.group(0)
        candidates = gaz.region_aliases[surface]
        tail = hangul_run_at(sentence, m.end())
        if surface[-1] in _UNIT_ENDINGS and surface[-1] + tail in _PLACE_WORD_TAILS and not tail.startswith("청"):
            # '울산시' + '장이': the place word is '시장' ('울산시장이', '광주시의회는'); not a government's
            # building ('옛 경북도청 별관' stands in 대구)
            tail = surface[-1] + tail
        is_full_name = all(c.kind == "name" for c in candidates) and surface[-1] in "시군도"
        # '나주혁신산업단지' names 나주, but '광주 하남산단' is an estate of the place just named
        if (
            not is_full_name
            and tail not in _ALLOWED_TAILS
            and (not _ESTATE_TAIL.fullmatch(tail) or (out and m.start() - out[-1].end <= 1))
        ):
            continue
        if surface == "경기" and _ECONOMY_WORDS.match(sentence[m.end() :]):
            continue
        if _BROADCASTER_AFTER.match(sentence, m.end()):
            continue  # '대전MBC 뉴스데스크', '부산KBS': a station, named after its city, no place of the story
        head = sentence[max(0, m.start() - 8) : m.start()]
        if surface in EVERYDAY_WORD_NAMES and not (
            _named_as_place(candidates, tail, head, gaz)
            or _PLACE_NEXT.match(sentence, m.end())
            or _listed_with_places(sentence, m, out, gaz)
        ):
            continue
        out.append(
            RegionCandidate(m.start(), m.end(), surface, tuple(candidates), head, _is_passing(sentence, m, masked))
        )
    return out


# After an everyday word, place words that are particles too ('예산도 확보했다': also the budget).
_PARTICLE_PLACE_WORDS = frozenset({"도", "시", "내"})
# Its province before it makes it a place where things are ('충남 예산에'), not a budget's subject
# ('충남 예산이 10조원을').
_LOCATIVE_TAILS = frozenset({"에", "에서", "으로", "로", "에는", "에도", "엔", "에선"})


def _named_as_place(candidates: list[RegionAlias], tail: str, head: str, gaz: Gazetteer) -> bool:
    """An everyday word read as a place only with a place word after it, an estate glued to it
    ('남동국가산업단지', '달성산단'), or its province before it and a place's particle after."""
    if (tail in _PLACE_WORD_TAILS and tail not in _PARTICLE_PLACE_WORDS) or _ESTATE_TAIL.fullmatch(tail):
        return True
    head = head.rstrip()
    return tail in _LOCATIVE_TAILS and any(
        head.endswith(gaz.province_names.get(gaz.regions[c.region_code].province_code, ())) for c in candidates
    )


PLACE_LIST_SEPARATOR = re.compile(r"\s*[·ㆍ,]\s*")  # between the places of a list: '음성·진천', '대전, 대구'
# Between a place and the next of a list: '음성·진천', '진천과 음성에' (a comma before it may close a
# headline's subject: '부산시, 사상 최대 국비 확보').
_JOINED_AFTER_PLACE = re.compile(r"\s*[·ㆍ]\s*|(?:과|와)\s+")


def _listed_with_places(sentence: str, m: re.Match[str], before: list[RegionCandidate], gaz: Gazetteer) -> bool:
    """'음성·진천', '홍성·예산', '진천과 음성에': a name in a list of places is a place too."""
    sep = PLACE_LIST_SEPARATOR.match(sentence, m.end())
    if sep and sep.group(0).strip() and gaz.region_pattern.match(sentence, sep.end()):
        return True
    return bool(before) and _JOINED_AFTER_PLACE.fullmatch(sentence, before[-1].end, m.start()) is not None


def _is_passing(sentence: str, m: re.Match[str], masked: list[tuple[int, int]] | None) -> bool:
    """A place named in passing: by what follows it, or as an organisation's seat, 'SK텔레콤(서울)'."""
    if _PASSING_AFTER.match(sentence, m.end()):
        return True
    venue = _VENUE_AFTER.match(sentence, m.end())
    if venue and not _NOT_A_VENUE_GAP.search(venue["gap"]):
        return True
    start = m.start()
    return (
        start > 0
        and sentence[start - 1] == "("
        and sentence.startswith(")", m.end())
        and any(end == start - 1 for _, end in masked or ())
    )


def resolve_regions(
    candidates: list[RegionCandidate], gaz: Gazetteer, article_provinces: set[str] | None = None
) -> list[RegionMention]:
    """The place each surface form means here; forms that context cannot settle are dropped."""
    out = []
    for cand in candidates:
        chosen = _choose(cand.candidates, cand.head, gaz, article_provinces or set())
        if chosen is not None:
            region = gaz.regions[chosen.region_code]
            out.append(RegionMention(cand.start, cand.end, cand.text, region.code, region.province_code, cand.passing))
    return out


def resolve_article_regions(
    scanned: dict[int, list[RegionCandidate]], gaz: Gazetteer
) -> dict[int, list[RegionMention]]:
    """Each sentence's places; names that need context ('중구', '고성군') resolve against the
    provinces the article names plainly. A name that resolves without context resolves the same
    with it, so only the others are resolved a second time."""
    plain = {i: [(c, _choose(c.candidates, c.head, gaz, set())) for c in cands] for i, cands in scanned.items()}
    named = {gaz.regions[chosen.region_code].province_code for pairs in plain.values() for _, chosen in pairs if chosen}
    out: dict[int, list[RegionMention]] = {}
    for i, pairs in plain.items():
        out[i] = []
        for cand, chosen in pairs:
            chosen = chosen or _choose(cand.candidates, cand.head, gaz, named)
            if chosen is not None:
                region = gaz.regions[chosen.region_code]
                out[i].append(
                    RegionMention(cand.start, cand.end, cand.text, region.code, region.province_code, cand.passing)
                )
    return out


def find_region_mentions(
    sentence: str,
    gaz: Gazetteer,
    article_provinces: set[str] | None = None,
    masked: list[tuple[int, int]] | None = None,
) -> list[RegionMention]:
    """Region mentions in one sentence. `article_provinces` (codes) resolves shared names."""
    return resolve_regions(scan_regions(sentence, gaz, masked), gaz, article_provinces)


def _choose(
    candidates: tuple[RegionAlias, ...], head: str, gaz: Gazetteer, article_provinces: set[str]
) -> RegionAlias | None:
    """Pick the place a surface form means here, or None when it cannot be told."""
    # The province written right before ('경기도 광주시', '울산시 남구') decides.
    head = head.rstrip()
    for c in candidates:
        province_code = gaz.regions[c.region_code].province_code
        if province_code != c.region_code and head.endswith(gaz.province_names.get(province_code, ())):
            return c
    provinces = [c for c in candidates if gaz.regions[c.region_code].level == "province"]
    if len(provinces) == 1:
        return provinces[0]  # '광주시' alone is 광주광역시; 경기도 광주시 needs 경기도 before it
    plain = [c for c in candidates if not c.needs_context]
    if len(plain) == 1:
        return plain[0]
    if len(plain) > 1:  # e.g. '중구': several cities have one
        in_article = [c for c in plain if gaz.regions[c.region_code].province_code in article_provinces]
        return in_article[0] if len(in_article) == 1 else None
    in_article = [c for c in candidates if gaz.regions[c.region_code].province_code in article_provinces]
    return in_article[0] if len(in_article) == 1 else None


def subject_provinces(
    mentions: list[tuple[str, int, RegionMention]], keyword_sentences: set[int] | None = None
) -> set[str]:
    """Provinces where the article's initiatives are located.

    `mentions` holds (zone, sentence index, mention). A province is a subject when its
    weight reaches a third of the leading province's: headlines weigh 3, the lead sentence 2,
    other body sentences 1, photo captions ½, +1 where the sentence speaks of AI or investment.
    One passing mention among many of another province is not a subject, and a place named
    only in passing (`RegionMention.passing`) weighs nothing.
    """
    weight: dict[str, float] = defaultdict(float)
    first_body: int | None = None
    for zone, idx, _m in mentions:
        if zone == "body":
            first_body = idx if first_body is None else min(first_body, idx)
    for zone, idx, m in mentions:
        if m.passing:
            continue
        w = {"headline": 3.0, "caption": 0.5}.get(zone, 1.0)
        if zone == "body" and idx == first_body:
            w = 2.0
        if keyword_sentences and idx in keyword_sentences:
            w += 1.0
        weight[m.province_code] += w
    if not weight:
        return set()
    top = max(weight.values())
    return {code for code, w in weight.items() if w >= max(top / 3, 1.5)}
