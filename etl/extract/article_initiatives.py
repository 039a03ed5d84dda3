"""An article's initiatives: its mentions grouped into the projects it reports, each named and placed.

Within one article a project is written many ways ('장성군 황룡면 … AI 데이터센터', '200㎿급
데이터센터', 'AI 데이터센터'); this module decides which mentions are one initiative, which
place tells it apart ('장성' vs '강진', '기업도시' vs '혁신도시'), what to call it, whether the
article reports it or only passes by it, and which initiative each amount and date belongs to.
Resolving the same initiative across articles is dbt's (models/intermediate/int_initiative_*).

How mentions become initiatives:
- A mention is placed by a place inside its name ('장성 파인데이터센터'), else by the nearest site
  or municipality before it in its sentence ('장성군에는 … 데이터센터가').
- One mention before several coordinated places ('부산 센텀시티·대구 수성알파시티에서',
  '장성과 강진에'), or several places stated each with its own figure and '각각', is one initiative
  per place: a national article naming several regions gives each its own project.
- Mentions with the same place and compatible words are one initiative; a mention with neither
  place nor distinctive words ('AI 데이터센터') joins the initiative it refers to (the one just
  named, or the only one of its kind), and stands alone only when the article has none.
- An initiative is reported (a subject) when it is in the headline or lead, named twice, or
  carries an amount or a date; others are passing mentions.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import pairwise

from etl.extract import initiative_rules as rules
from etl.extract.gazetteer import Gazetteer
from etl.extract.initiatives import GLUED_AI, InitiativeMention, display_name, distinctive_words, name_words
from etl.extract.korean import CLAUSE_BREAK, moves_on
from etl.extract.regions import PLACE_LIST_SEPARATOR, RegionMention
from etl.model import Sentence

_FAMILY = {
    "cluster": "infrastructure",
    "data_centre": "infrastructure",
    "computing_centre": "infrastructure",
    "hub": "infrastructure",
}
_TYPE_PRIORITY = ("data_centre", "computing_centre", "cluster", "hub", "special_zone", "fund", "education",
                  "programme", "other", "mou")  # fmt: skip
_LEAD_SENTENCES = 3  # the headline and the first body sentences say what the article is about
_SITE = re.compile(rules.SITE_SUFFIXES.pattern)
_SITE_ENDINGS = ("시티", "지구", "산단", "단지", "도시", "밸리", "파크")  # every site suffix ends so
_SITE_ENDING = re.compile("|".join(_SITE_ENDINGS))  # one scan to tell a sentence may name a site
_CITY_PROVINCES = ("광역시", "특별시", "특별자치시")  # provinces that are cities, whose estates they name
_REGION_SUFFIX = re.compile(r"(?:특별자치도|특별자치시|특별시|광역시|도|시|군|구)$")


@dataclass(frozen=True)
class Place:
    """A municipality, a province or a site named in a sentence."""

    start: int
    end: int
    text: str
    region_code: str | None
    province_code: str | None
    site: str | None  # '수성알파시티', '기업도시': a place smaller than a municipality
    is_province: bool
    is_known_site: bool = False  # a site the gazetteer knows ('대덕특구', '송도'), not one found by its suffix
    within: str | None = None  # the known site written right before it, which holds it ('영종도 미단시티 부지')

    @property
    def key(self) -> str:
        """What tells two places apart: a site's name, but a site word that names no place on its
        own ('국가산업단지' of '군산 국가산업단지') only together with its region."""
        if self.site in rules.GENERIC_SITES:
            return f"{self.region_code or ''}:{_short_form(self.site)}"
        if self.site and len(self.site) >= 3 and self.site.endswith(_TOWN_KINDS):
            return self.site[:-1]  # '탕정면' and '탕정': one town, with and without its kind
        return (_short_form(self.site) or self.site) if self.site else self.region_code or ""


def _short_form(site: str) -> str:
    """A site's name as the press shortens it ('제주첨단과학기술단지' → '제주첨단과기단지')."""
    for long, short in rules.SITE_SHORT_FORMS:
        site = site.replace(long, short)
    return site


@dataclass
class PlacedMention:
    """A mention with the place that tells it apart, ready to be grouped."""

    sentence_index: int
    mention_index: int | None  # into the article's mention rows; None for one spread over several places
    mention: InitiativeMention
    place: Place | None
    words: tuple[str, ...]  # distinctive words of its name, places excluded
    zone: str
    strength: str  # 'named', 'spread' (one of several places), 'spread_source', 'weak' or 'generic'
    group: int | None = None
    context_place: Place | None = None  # the site or city its sentence names before it, for naming
    place_inside: bool = False  # its name holds a place of its own ('장성 파인데이터센터')
    list_item: bool = False  # one of several things listed ('인프라와 데이터센터, 저장장치 등')
    is_topic: bool = False  # what its sentence is about ('실증 클러스터는 …'), marked by 은/는
    apart: bool = False  # its sentence sets what it tells apart from the project before ('이와 별도로 …')
    existing: bool = (
        False  # said to run already ('… 클라우드센터가 운영되고 있다'): an older facility beside the story's
    )
    is_nickname: bool = False  # what the project is called, not its name ("'바람 데이터센터'로 불린다")
    won_into: bool = False  # what the project was chosen for: '과기정통부의 지역 AI 확산 사업에 선정돼'
    is_competition: bool = False  # the kind a ministry's competition is for ('항만 AI 전환 거점 공모'), no name
    # its words that name the estate it is in ('용탄' of '용탄 첨단산업단지')
    estate_words: frozenset[str] = frozenset()


@dataclass
class ArticleInitiative:
    """One initiative as this article reports it."""

    index: int
    initiative_type: str
    name: str
    place: Place | None
    words: tuple[str, ...]
    region_code: str | None
    province_code: str | None
    members: list[PlacedMention] = field(default_factory=list)
    has_facts: bool = False
    is_cancelled: bool = False
    is_subject: bool = False
    is_nationwide: bool = False  # a programme for the regions in general ('지역 AX 대전환'): in no province
    of_the_regions: bool = False  # …spread over the places it chose, each of which names its own project
    salience: float = 0.0
    # the subject only as the one project a story names (`_only_project_named`): the facts before its name are not its
    first_named_at: int | None = None
    # named only beside the story's project, by its kind and a total of its own ('앞서 … 5조 8천억원을 들여 하이퍼스케일
    # 데이터센터를'): it keeps its money from the story's project, and is no subject of the story
    beside: bool = False


@dataclass
class ArticleInitiatives:
    initiatives: list[ArticleInitiative]
    mention_group: dict[int, int | None]  # mention index → initiative index
    primary: int | None
    part_of: dict[int, int] = field(default_factory=dict)  # a facility's initiative → the whole it is part of
    # where each sentence names a project that joined no initiative ('광주시는 400억원 규모 AI 펀드를 만들었고'):
    # (start, end) of each such name, so an amount sizing it is not given to another project
    loose: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # sentences that break a whole stated before down by its parties or facilities, with the figure they add up to
    # (None where the wording opens the breakdown): `article.breakdowns_of_figures`
    breakdowns: Mapping[int, int | None] = field(default_factory=dict)
    # the acronym a subject's name was glossed with ('경북 AI 캠퍼스(GAIC)') → that initiative
    acronyms: dict[str, int] = field(default_factory=dict)

    def members_in(self, sentence_index: int) -> list[tuple[PlacedMention, ArticleInitiative]]:
        """The mentions of initiatives in one sentence, with their initiative (indexed once: facts
        are linked one by one, and a page may state thousands)."""
        return self._by_sentence.get(sentence_index, [])

    @cached_property
    def _by_sentence(self) -> dict[int, list[tuple[PlacedMention, ArticleInitiative]]]:
        out: dict[int, list[tuple[PlacedMention, ArticleInitiative]]] = {}
        for g in self.initiatives:
            for pm in g.members:
                out.setdefault(pm.sentence_index, []).append((pm, g))
        return out

    @cached_property
    def subjects_at(self) -> dict[str, list[ArticleInitiative]]:
        """The subject initiatives placed below a province, by place; one at a site is also at
        the site's town ('서산에서는 … 4천200억원을': the data centre at 서산오토밸리)."""
        out: dict[str, list[ArticleInitiative]] = {}
        for g in self.initiatives:
            if g.place is not None and not g.place.is_province and g.is_subject:
                out.setdefault(g.place.key, []).append(g)
                if g.place.site and g.place.region_code and g.place.region_code != g.place.province_code:
                    out.setdefault(g.place.region_code, []).append(g)
        return out

    def spread_before(self, sentence_index: int) -> list[ArticleInitiative]:
        """The initiatives one mention spread over several places before this sentence."""
        return [g for g in self.initiatives if self.first_spread.get(g.index, sentence_index) < sentence_index]

    def names_its_own(self, sentence_index: int) -> bool:
        """Whether the sentence names a project by words of its own ('…철강 AI 컴퓨팅센터를')."""
        return any(pm.strength == "named" and pm.words for pm, _ in self.members_in(sentence_index))

    @cached_property
    def first_spread(self) -> dict[int, int]:
        """For each initiative one mention spreads over several places, the first sentence doing so."""
        out: dict[int, int] = {}
        for g in self.initiatives:
            spread = [pm.sentence_index for pm in g.members if pm.strength == "spread"]
            if spread:
                out[g.index] = min(spread)
        return out


# Between a district and an estate its address places there: a town at most ('유성구 안산동 '), no list ('부산 강서구와
# 울산 온산국가산업단지': two places).
_ADDRESS_BETWEEN = re.compile(r"\s*(?:[가-힣]{1,5}(?:동|읍|면|리)\s*)?")


def sentence_places(
    sentence: str,
    regions: list[RegionMention],
    gaz: Gazetteer,
    masked: list[tuple[int, int]],
    default_region: str | None = None,
) -> list[Place]:
    """The places of a sentence: gazetteer regions and sites ('…시티', '…지구', '…산단').

    A site no region precedes lies in `default_region` (the region the sentence is about).
    """
    out: list[Place] = []
    for r in regions:
        if r.passing:
            continue  # a venue, a company's seat, a place compared with: not where a project is
        region = gaz.regions[r.region_code]
        # a site by its longer name is the well-known one it begins with ('영종국제도시', '영종도': 영종)
        site = _site_key(_area_of(r.text, gaz) or r.text) if r.text in gaz.site_names else None
        out.append(
            Place(
                r.start,
                r.end,
                r.text,
                r.region_code,
                r.province_code,
                site,
                region.level == "province" and site is None,
                site is not None,
            )
        )
    for m in _SITE.finditer(sentence) if _has_site_word(sentence) else ():
        if any(s <= m.start() < e for s, e in masked):
            continue
        word = m.group(0)
        start = m.start()
        for r in regions:  # '원주기업도시': the city's name is its own place
            if r.text in gaz.site_names:
                continue  # '오창과학산업단지' lies in 오창, a site already: see below
            if r.start <= start < r.end or (start <= r.start < m.end() and r.end < m.end()):
                word = sentence[r.end : m.end()]
                start = r.end
        if word in rules.SITE_STOP or len(word) < 3 or any(p.start <= start < p.end for p in out):
            continue
        if word in rules.GENERIC_SITES and sentence[:start].rstrip().endswith("특화"):
            continue  # '…AI 특화 산업단지': a project's head (AI_ESTATE_HEADS), no estate it stands in
        if word in rules.GENERIC_SITES and any(
            p.site and not sentence[p.end : start].strip() for p in out if p.end <= start
        ):
            continue  # '새만금 국가산업단지': the estate of the site just named, no other site
        named = _ESTATE_NAME_BEFORE.search(sentence, 0, start) if word in rules.GENERIC_SITES else None
        if named and _names_an_estate(named.group(1)) and not any(p.start <= named.start(1) < p.end for p in out):
            word, start = named.group(1) + word, named.start(1)  # '옥계 일반산업단지' is 옥계산단
        inside = [p for p in out if start <= p.start and p.end <= m.end() and p.region_code and not p.is_province]
        before = inside[0] if inside else None  # '구미국가산업단지': the city its name holds, not '경북' before it
        before = before or max((p for p in out if p.end <= start and p.region_code), key=lambda p: p.end, default=None)
        address = max(
            (p for p in out if before is not None and p.end <= before.start and p.region_code and not p.is_province),
            key=lambda p: p.end,
            default=None,
        )
        if (
            address is not None
            and before is not None
            and before.end == start  # the namesake begins the estate's own name ('안산첨단…')
            and address.province_code != before.province_code
            and _ADDRESS_BETWEEN.fullmatch(sentence, address.end, before.start)
        ):  # '유성구 안산동 안산첨단국방융합산업단지': the district its address gives, not a namesake city elsewhere
            before = address
        region_code = before.region_code if before else default_region  # the nearest, not the last found
        city = _city_named_by_estate(word, region_code, gaz)
        if city is not None:  # '구미국가산업단지' is 구미's 국가산업단지, as '구미 국가산단' is
            kind = rules.ESTATE_KIND.search(word)
            if kind is not None:
                region_code, start, word = city, start + kind.start(), kind.group(0)
        province = gaz.regions[region_code].province_code if region_code else None
        site = _site_key(word)
        # An estate or district named after a well-known site is that site: '오창과학산업단지' is in
        # 오창, so one project's reports that say '오창' and '오창과학산단' place it alike.
        area = _area_of(site, gaz)
        holder = before.site if before and before.is_known_site and not sentence[before.end : start].strip() else None
        out.append(Place(start, m.end(), area or word, region_code, province, area or site, False, within=holder))
    for t in _TOWN.finditer(sentence) if _TOWN_ENDING.search(sentence) else ():
        if any(p.start <= t.start() < p.end for p in out):
            continue
        if t.group("kind") == "면" and not _COUNTY_BEFORE.search(sentence, 0, t.start()):
            continue  # '반면', '측면에', '포함하면': a township only after its city or county ('해남군 산이면')
        # "홍농읍 '영광 에너지융합 일반산업단지' 내": the estate named right after the town lies in it
        estate = next(
            (k for k, p in enumerate(out) if p.site and t.end() <= p.start < t.end() + _TOWN_ESTATE_REACH
             and not _CLAUSE_BREAK.search(sentence, t.end(), p.start)),
            None,
        )  # fmt: skip
        if estate is not None and out[estate].within is None and out[estate].site not in gaz.site_names:
            out[estate] = replace(out[estate], within=t.group(0))
        if any(t.end() <= p.start < t.end() + _ESTATE_FOLLOWS for p in out):
            continue  # '구지면 대구국가산업단지': the estate is the site
        before = max((p for p in out if p.end <= t.start() and p.region_code), key=lambda p: p.end, default=None)
        region_code = before.region_code if before else default_region
        province = gaz.regions[region_code].province_code if region_code else None
        out.append(Place(t.start(), t.end(), t.group("stem"), region_code, province, t.group(0), False))
    out.sort(key=lambda p: p.start)
    return out


# A town or township ('대정읍', '서귀포시 대정읍', '해남군 산이면'): a place smaller than its city, where
# one of two projects of a city stands.
_TOWN = re.compile(r"(?<![가-힣])(?P<stem>[가-힣]{1,3})(?P<kind>읍|면)(?=[^가-힣]|에|의|과|와|$)")
_TOWN_KINDS = ("읍", "면")
_TOWN_ENDING = re.compile(r"[읍면]")
_COUNTY_BEFORE = re.compile(r"[가-힣](?:시|군)\s$")
_ESTATE_FOLLOWS = 3  # a site this near after a town is where in the town the project stands
_TOWN_ESTATE_REACH = 20  # …and one whose name runs this far ("홍농읍 '영광 에너지융합 일반산업단지'") lies in the town
_CLAUSE_BREAK = re.compile(r"[,.;]|(?:에|에서|와|과|및)\s")
_NUMBERED = re.compile(r"제?\d")  # '오송제2생명과학단지': an estate of its own, numbered apart


def _area_of(site: str, gaz: Gazetteer) -> str | None:
    """The well-known site an estate or district is named after ('오창과학산단' → '오창'), the
    longest that fits; None for a numbered estate ('오창제2산단'), which stays apart."""
    area = max((n for n in gaz.site_names if site.startswith(n) and len(site) > len(n)), key=len, default=None)
    return None if area is None or _NUMBERED.match(site, len(area)) else area


# A word right before an estate's kind, that may be the place the estate is named after.
_ESTATE_NAME_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,3})\s$")  # place names are short: 옥계, 미포, 석문
# A word ending in a particle or a verb's form ('1조원을 들여 혁신도시 …', '투입해'); places the
# gazetteer knows ('동해', '부여') are places before this is asked.
_PARTICLE_END = re.compile(r"(?:은|는|이|가|을|를|에|의|와|과|로|도|서|고|며|던|한|된|인|할|될|여|해|아|어|워|쳐|져)$")


def _city_named_by_estate(word: str, region_code: str | None, gaz: Gazetteer) -> str | None:
    """The city an estate is named after, in the province the sentence places it ('경북 구미국가산업단지' → 구미시)."""
    stem = rules.ESTATE_KIND.sub("", word)
    if not stem or stem == word:
        return None
    province = gaz.regions[region_code].province_code if region_code else None
    cities = {
        a.region_code for a in gaz.region_aliases.get(stem, ())
        if a.kind in ("short", "name") and gaz.regions[a.region_code].level == "municipality"
        and (province is None or gaz.regions[a.region_code].province_code == province)
    }  # fmt: skip
    return cities.pop() if len(cities) == 1 else None


def _names_an_estate(word: str) -> bool:
    """'옥계' of '옥계 일반산업단지', not '인근', '기존', '도내' or a word ending in a particle."""
    return not (
        word in rules.STOP_WORDS
        or word in rules.GENERIC_MODIFIERS
        or word in rules.DESCRIPTIVE_MODIFIERS
        or word in rules.ESTATE_DESCRIBERS
        or rules.OTHER_INDUSTRIES.fullmatch(word)  # '반도체 국가산업단지': its industry, not its place
        or _PARTICLE_END.search(word)
    )


_RESEARCH_ZONE = re.compile(r"연구개발특구$")  # '대덕연구개발특구', which every report shortens to '대덕특구'


def _site_key(word: str) -> str:
    """How a site is told apart: '첨단 3지구' and '첨단3지구' are one site, and so are an estate's
    spellings ('미포국가산업단지', '미포산단' → '미포산단') and a research zone's ('대덕연구개발특구', '대덕특구')."""
    site = _RESEARCH_ZONE.sub("특구", "".join(word.split()))
    stem = _estate_stem(site)
    return f"{stem}산단" if stem else site


def _estate_stem(site: str) -> str | None:
    """The place an estate is named after: '미포' of '미포국가산업단지', '대마' of
    '대마전기자동차산업단지' (None for no estate, or '국가산단')."""
    stem = rules.ESTATE_KIND.sub("", site)
    if stem == site or len(stem) < 2:
        return None
    place = rules.ESTATE_INDUSTRY.sub("", stem)
    return place if len(place) >= 2 and not place[-1].isdigit() else stem


def _has_site_word(sentence: str) -> bool:
    return _SITE_ENDING.search(sentence) is not None


def group_initiatives(
    sentences: list[Sentence],
    mentions: dict[int, list[InitiativeMention]],
    places: dict[int, list[Place]],
    fact_positions: dict[int, list[int]],
    totals: dict[int, list[int]],
    region_for: dict[int, str | None],
    gaz: Gazetteer,
    subject_provinces: set[str] | None = None,
    breakdowns: Mapping[int, int | None] | None = None,
) -> ArticleInitiatives:
    """Group one article's initiative mentions (see the module's docstring for the rules).

    `fact_positions` are the offsets of amounts and dates per sentence; `totals` the amounts
    (won) stated as a whole project's in each sentence, which keep two projects of one place apart;
    `breakdowns` the sentences that break such a whole down by parties (their facilities are its parts).
    Mentions without a place of their own refer only to initiatives in `subject_provinces` (a
    '하남 데이터센터에 이어 제주에 …' compares, it does not name the project).
    """
    breakdowns = breakdowns or {}
    zone = {s.index: s.zone for s in sentences}
    text = {s.index: s.text for s in sentences}
    lead = _lead_sentences(sentences)
    places = _without_name_sites(places, mentions)
    article_sites: dict[str, Place] = {}  # each site the article names, once (a page may name thousands of places)
    for ps in places.values():
        for p in ps:
            if p.site:
                article_sites.setdefault(p.site, p)
    placed: list[PlacedMention] = []
    word_places = _WordPlaces(sentences, places)
    # districts the article writes in full ('대덕구'): written short elsewhere, still those districts
    in_full = frozenset(
        p.region_code for ps in places.values() for p in ps
        if p.region_code and not p.site and not p.is_province and _REGION_SUFFIX.search(p.text)
    )  # fmt: skip
    # heads the body names in full inside quotes ("'한림 그린 AI 데이터센터'"): a headline's quoted catchphrase
    # before the same head ("첫 '풍력 직거래' AI데이터센터") is that project, not one of its own
    formally_named = {
        m.head for s in sentences if s.zone == "body" for m in mentions.get(s.index, []) if m.whole_quoted
    }
    # what a place is glossed as ('전남(나주 에너지밸리)을 사업지로'): its site, wherever the article names it
    site_glosses = {
        _last_word(m.name)
        for s in sentences
        for m in mentions.get(s.index, [])
        if _glosses_a_place(s.text, m, places.get(s.index, []))
    } | {  # …or an estate the article names ('에너지밸리 산업단지'), no AI word in it
        e.group(1)
        for s in sentences
        for e in rules.ESTATE_NAME.finditer(s.text)
        if not rules.AI_TOPIC_WORDS.search(e.group(1))
    }
    mention_index = 0
    for s in sentences:
        for m in mentions.get(s.index, []):
            if site_glosses and _last_word(m.name) in site_glosses and _last_word(m.name) != m.head:
                pass  # the site a place was glossed as, not a project
            elif s.zone != "caption":  # photo captions describe other pictures as often as this story
                catchphrase = s.zone == "headline" and m.quoted and not m.whole_quoted and m.head in formally_named
                for pm in _place_mention(
                    s.index,
                    mention_index,
                    m,
                    places.get(s.index, []),
                    s.text,
                    s.zone,
                    article_sites,
                    word_places,
                    in_full,
                    catchphrase=catchphrase,
                ):
                    pm.list_item = _is_list_item(s.text, m)
                    if pm.words:
                        pm.estate_words = frozenset(pm.words) & _estate_names(s.text, places.get(s.index, []))
                    pm.is_topic = rules.TOPIC_PARTICLE.match(s.text, m.end) is not None
                    pm.apart = (
                        _APART_OPENING.match(s.text) is not None
                        or _at_another_place_too(s.text, m.start, places.get(s.index, []))
                        or _CONTRASTED_AFTER.match(s.text, m.end) is not None
                        or (
                            _NEARBY_OPENING.match(s.text) is not None
                            and _ALSO_PARTICLE.match(s.text, m.end) is not None
                        )
                        or _AROUND_THE_PROJECT_OPENING.match(s.text) is not None
                    )
                    pm.existing = (
                        _ALREADY_RUNNING.match(s.text, m.end) is not None
                        or _EXISTING_BEFORE.search(s.text, max(0, m.start - 6), m.start) is not None
                    )
                    pm.won_into = _WON_INTO_AFTER.match(s.text, m.end) is not None
                    placed.append(pm)
            mention_index += 1

    groups: list[ArticleInitiative] = []

    def new_group(pm: PlacedMention) -> ArticleInitiative:
        g = _new_group(len(groups), pm, region_for, gaz)
        groups.append(g)
        return g

    roles = [pm for pm in placed if pm.mention.is_role]  # they may only restate a project (step 5)
    placed_now = [pm for pm in placed if not pm.mention.is_role]
    named = [pm for pm in placed_now if pm.strength in ("named", "spread")]
    weak = [pm for pm in placed_now if pm.strength == "weak"]
    generic = [pm for pm in placed_now if pm.strength == "generic"]
    for pm in named:  # 1. names with a place or distinctive words of their own
        target = next((g for g in groups if _same_initiative(g, pm)), None)
        if target is None and _the_kind_of_listed_places(groups, pm):
            continue  # '제조 AX 실증거점은 … 거점이다' after '구미·창원·오창·군산' each got one: the kind, no fifth
        _join(target or new_group(pm), pm)
    for pm in [pm for pm in placed_now if pm.strength == "spread_source"]:
        spread_groups = [q.group for q in placed if q.strength == "spread" and q.sentence_index == pm.sentence_index]
        pm.group = spread_groups[0] if spread_groups else None
    for pm in weak:  # 2. placed only by their sentence ('장성군에는 … 데이터센터가')
        # one set apart ('…에 짓고 있는 데이터센터와 달리') joins only what was set apart too
        open_groups = [g for g in groups if (not pm.apart or all(q.apart for q in g.members)) and not _only_existing(g)]
        target = _placed_referent(open_groups, pm, totals) or _unworded_at(open_groups, pm, totals) or new_group(pm)
        _join(target, pm)
    _merge_unworded(groups, totals, text, subject_provinces)  # 3. a place's unnamed project is its only named one
    projects_after_3 = sum(1 for g in groups if g.members)
    renaming = _renaming_sentences(text)  # (read once: two merges ask)
    _merge_names_side_by_side(groups, placed, text, renaming)  # (one referent for the bare heads of step 4)
    placed_groups = len(groups)
    local = [
        g for g in groups if not subject_provinces or g.province_code in subject_provinces or g.province_code is None
    ]
    local_types = {g.initiative_type for g in local if g.members and not _set_apart(g)}
    referents = _Referents(local, placed_now, text)
    for pm in generic:  # 4. neither place nor words ('AI 데이터센터', '대규모 데이터센터')
        if pm.existing and not fact_positions.get(pm.sentence_index):
            _join(new_group(pm), pm)  # '기존 정부 데이터센터는 … 부족하다': the ones running now, not the project
            continue
        target = referents.find(pm)
        if (
            target is not None
            and not text[pm.sentence_index].startswith("의", pm.mention.end)  # '클러스터의 나머지 시설인 …': its part's
            and _states_another_total(pm, target, totals, groups)
        ):
            # '앞서 … 5조 8천억원을 들여 하이퍼스케일 데이터센터를': not the story's 4,200억원 one
            target = new_group(pm)
            target.beside = True
            referents.add(target)
        kind = pm.mention.initiative_type
        if target is None and not any(_types_agree(t, kind) for t in local_types):
            target = next((g for g in groups[placed_groups:] if _types_agree(g.initiative_type, kind)), None)
            if target is None:
                target = new_group(pm)
                referents.add(target)
        if target is not None:
            _join(target, pm)
    for pm in roles:  # 5. '수성알파시티를 ABB 중심 디지털 혁신 거점으로 키울 계획': the hub named elsewhere
        target = next((g for g in groups if g.members and _restates(g, pm)), None)
        if target is not None:
            _join(target, pm)
            _merge_catchphrase(groups, target, pm, placed, text)
    _merge_renamed(groups, placed, text, renaming)  # 6. 'A는 … B 사업의 새 이름이다', "'A'(B)": one project, two names
    if sum(1 for g in groups if g.members) < projects_after_3:  # two named projects now one: 3. again, for the
        _merge_unworded(groups, totals, text, subject_provinces)  # unnamed mentions that then had two to choose
    _merge_nationwide(groups, places, text)  # 7. the regions' programme, spread over the places it chose: one programme
    _merge_subheads(groups, zone)  # 8. a subhead's project of the headline's kind and place: the headline's
    if _merge_headline_descriptions(groups, zone):  # 9. a headline's project the body names otherwise: the body's
        _merge_unworded(groups, totals, text, subject_provinces)  # (its unnamed mentions now have one named project)
    _merge_company_named(groups, gaz, text)  # 10. a project called by its company and place: the one it quotes
    groups = [g for g in groups if g.members]
    for new_index, g in enumerate(groups):
        for pm in g.members:
            pm.group = new_index
        g.index = new_index
    for pm in placed:
        if pm.group is not None and pm.group >= len(groups):
            pm.group = None

    named_sentences = {pm.sentence_index for pm in placed}
    listed_parts: set[int] = set()  # subjects only by facts of a sentence that lists them among others
    for g in groups:
        g.has_facts = (
            any(
                fact_positions.get(pm.sentence_index)
                for pm in g.members
                if not rules.HEAD_FIRST_OF_SEVERAL.match(text[pm.sentence_index], pm.mention.end)
            )
            or any(
                _total_follows(pm.sentence_index, totals, named_sentences)
                for pm in g.members
                if (pm.mention.quoted and pm.words)
                or (pm.strength == "named" and _SUBJECT_OR_COMPLEMENT.match(text[pm.sentence_index], pm.mention.end))
            )
            or any(
                _facts_refer_back(pm, text, fact_positions, named_sentences)
                for pm in g.members
                if pm.words or pm.mention.quoted
            )
            or _place_of_a_spread_opens_its_facts(g, places, zone, fact_positions)
        )
        sentences_named = {pm.sentence_index for pm in g.members}
        g.is_cancelled = any(rules.CANCELLED.search(text[i]) for i in sentences_named)
        in_lead = bool(sentences_named & lead)
        listed = all(pm.list_item for pm in g.members)
        only_generic = all(pm.strength == "generic" for pm in g.members)
        # a province counts as its place only when the name says it ('울산형 AI 비전', '충남 AI 대전환')
        unplaced = g.place is None or (g.place.is_province and not any(pm.place_inside for pm in g.members))
        nameless = not g.words and unplaced and g.initiative_type in rules.NAME_REQUIRED_TYPES
        named_enough = (
            (in_lead and not listed)
            or (len(sentences_named) >= 2 and not only_generic)
            or any(  # what an agreement the article reports is about: "'AI 재난안전 플랫폼' 구축 협약을 맺었다"
                pm.mention.quoted
                and pm.words
                and rules.AGREEMENT_ABOUT_AFTER.match(text[pm.sentence_index], pm.mention.end)
                for pm in g.members
            )
        )
        g.is_subject = not nameless and (named_enough or g.has_facts) and not g.beside
        if (
            g.is_subject
            and not named_enough
            and all(_listed_with_others(text[pm.sentence_index], pm.mention) for pm in g.members)
        ):
            listed_parts.add(g.index)
        g.salience = _salience(g, zone, lead)
        g.initiative_type = _group_type(g)
        if (
            g.of_the_regions
            or _is_nationwide_programme(g, places, text)
            or _a_ministrys_programme_shared_out(g, places, text)
        ):
            g.is_nationwide, g.place, g.region_code, g.province_code = True, None, None, None
        best = _best_mention(g)
        g.name = _group_name(g, best, gaz)
    phase_facilities = {g.index for g in groups if _a_phases_facility(g, text)}
    holders: dict[int, int] = {}  # a facility a whole holds or builds → that whole
    for g in groups:
        if g.is_subject and (holder := _held_by_a_whole(g, placed, groups, text)) is not None:
            holders[g.index] = holder
    built_by_programmes = _built_by_a_programme(groups, totals, text)
    for g in groups:
        if g.is_subject and (
            g.index in holders
            or g.index in phase_facilities
            or g.index in built_by_programmes
            or _built_inside_the_whole(g, text)
            or all(pm.sentence_index in breakdowns for pm in g.members)
        ):
            listed_parts.add(g.index)
    if any(g.is_subject and g.index not in listed_parts for g in groups):
        for i in listed_parts:  # '…데이터센터와 실증포장 등을 조성': facilities of the article's project
            groups[i].is_subject = False
    subjects = [g for g in groups if g.is_subject and g.initiative_type != "mou"] or [g for g in groups if g.is_subject]
    # the call a project won is not the article's project when it names one ("'…공모사업'에 최종 선정돼 … 플랫폼을")
    subjects = [g for g in subjects if not _won_by_the_project(g, text, places)] or subjects
    if not subjects and (only := _only_project_named(groups, fact_positions, text)) is not None:
        only.is_subject = True  # a feature or a bulletin that names one project, once, by its own quoted name
        only.first_named_at = min(pm.sentence_index for pm in only.members)
        subjects = [only]
    # of equally salient subjects, the one named first ('부산항 AI 허브, 해수부 …사업 선정': the hub)
    primary = max(subjects, key=lambda g: (g.salience, _named_first(g), -g.index)).index if subjects else None
    if primary is not None:
        _fold_nameless_agreements(groups, groups[primary])
        _fold_named_phases(groups, groups[primary], text)
        # '이날 … 전남 ‘친환경 선박연료 벙커링 특구’도 함께 지정됐다': another trade's zone, named beside
        for g in groups:
            if g.index != primary and g.initiative_type == "special_zone" and not rules.TOPIC_WORDS.search(g.name):
                g.is_subject = False
    mention_group = {pm.mention_index: pm.group for pm in placed if pm.mention_index is not None}
    wholes = {g.index for g in groups if g.initiative_type in rules.WHOLE_TYPES}
    parts = {
        part: whole for part, whole in _parts_of_wholes(placed, text, primary, breakdowns).items() if whole in wholes
    }
    for part, whole in holders.items():  # its money is the whole's part, counted with it
        if groups[whole].is_subject:
            parts.setdefault(part, whole)
    speaks_of_sub_funds = any("자펀드" in t for t in text.values())
    for g in groups:
        if primary is None or g.index == primary or not _places_agree(g.place, groups[primary].place):
            continue  # (a facility or programme placed elsewhere is another project's)
        if g.index in phase_facilities:  # a phase's facilities are parts of the phased project, whatever its kind
            parts.setdefault(g.index, primary)
        elif _won_by_the_project(g, text, places) or (
            # another fund where the article's fund of funds speaks of its sub-funds ('1차 자펀드 … 펀드 400억원'), one of
            # its vintages ('1천5백억 원 규모의 3호 펀드를 결성'), or a fund its money is put into ('늘어난 1천억 원은 … 해외
            # 매칭 펀드에 배정할 계획')
            (
                speaks_of_sub_funds
                or all(rules.FUND_VINTAGE.search(pm.mention.name) for pm in g.members)
                or all(rules.FUNDED_FROM_AFTER.match(text[pm.sentence_index], pm.mention.end) for pm in g.members)
            )
            and g.initiative_type == groups[primary].initiative_type == "fund"
        ):
            g.is_subject = False  # the programme the project won a place in, or a sub-fund of the article's fund
            parts.setdefault(g.index, primary)
    loose: dict[int, list[tuple[int, int]]] = {}
    for pm in placed:
        if pm.group is None and pm.mention_index is not None:
            loose.setdefault(pm.sentence_index, []).append((pm.mention.start, pm.mention.end))
    acronyms = {
        gloss.group(1): pm.group
        for pm in placed
        if pm.group is not None and pm.mention_index is not None and groups[pm.group].is_subject
        and (gloss := _ACRONYM_AFTER.match(text[pm.sentence_index], pm.mention.end)) is not None
        and gloss.group(1) not in _NOT_NAME_ACRONYMS
    }  # fmt: skip
    return ArticleInitiatives(groups, mention_group, primary, parts, loose, breakdowns, acronyms)


def _built_by_a_phase(pm: PlacedMention, text: dict[int, str]) -> bool:
    """A facility a phase of the project builds, or that a phase is: '1단계로 실증온실과 데이터허브를 짓는 데
    232억원이', '1단계인 AI 데이터센터와 통합관제센터는'."""
    sentence = text[pm.sentence_index]
    if "단계" not in sentence:
        return False
    if rules.PHASE_IS_BEFORE.search(sentence, max(0, pm.mention.start - 50), pm.mention.start):
        return True
    phase = rules.PHASE_CLAUSE_BEFORE.search(sentence, max(0, pm.mention.start - 160), pm.mention.start)
    return (
        phase is not None
        and not moves_on(sentence[phase.start() : pm.mention.start])  # '1단계는 내년 완공되며 군은 별도로 …'
        and rules.PHASE_BUILDS_AFTER.match(sentence, pm.mention.end) is not None
    )


def _won_by_the_project(g: ArticleInitiative, text: dict[int, str], places: dict[int, list[Place]]) -> bool:
    """A programme named only as what a project was chosen for ("해양수산부 '항만 디지털전환 선도사업'에
    뽑혀 확보한 국비 450억원은"), with no place of its own in its name, in sentences that name no
    municipality and set nothing apart ('이와 별도로 목포시는 …에 뽑혀': another project's)."""
    if g.initiative_type != "programme" or not g.members:
        return False
    return all(
        pm.mention_index is not None
        and not pm.place_inside
        and not any(p.region_code and not p.is_province for p in places.get(pm.sentence_index, []))
        and not pm.apart
        and not _ASIDE.match(text[pm.sentence_index])
        and (rules.HEADLINE_WON_AFTER if pm.zone == "headline" else rules.WON_INTO_AFTER).match(
            text[pm.sentence_index], pm.mention.end
        )
        is not None
        for pm in g.members
    )


def _built_inside_the_whole(g: ArticleInitiative, text: dict[int, str]) -> bool:
    """A facility the body builds inside the article's whole, called by its head ('캠퍼스 안에 GPU 실습 클러스터와 …
    플랫폼을 구축'), named nowhere else but in a headline."""
    inside = [
        rules.INSIDE_THE_WHOLE_BEFORE.search(text[pm.sentence_index], 0, pm.mention.start) is not None
        for pm in g.members
    ]
    return any(inside) and all(b or pm.zone == "headline" for b, pm in zip(inside, g.members, strict=True))


def _a_phases_facility(g: ArticleInitiative, text: dict[int, str]) -> bool:
    """A facility named by a name of its own only where a phase builds it; elsewhere, if at all, by
    its head alone, among other facilities or in a headline ('1단계는 AI 데이터센터와 통합관제센터로 …',
    later '24MW 데이터센터를 돌릴 전력망', a headline's '…에 AI 데이터센터·항만 통합관제센터 구축')."""
    built = [_built_by_a_phase(pm, text) for pm in g.members]
    return any(built) and all(
        b
        or pm.strength in ("generic", "weak")
        or pm.zone == "headline"
        or _listed_with_others(text[pm.sentence_index], pm.mention)
        for b, pm in zip(built, g.members, strict=True)
    )


def _held_by_a_whole(
    g: ArticleInitiative, placed: list[PlacedMention], groups: list[ArticleInitiative], text: dict[int, str]
) -> int | None:
    """A facility named by a name of its own only where a whole holds or builds it; elsewhere, if at all,
    by its head alone, a shorter form of that name or in a headline ('클러스터는 … 통합실증센터, 실증동 등을
    짓는다', later '실증센터가 문을 열면')."""
    held = [_held_by_topic(pm, placed, groups, text) for pm in g.members]
    held_words = {w for h, pm in zip(held, g.members, strict=True) if h is not None for w in pm.words}
    holder = next((h for h in held if h is not None), None)
    if holder is None or not all(
        h is not None
        or pm.strength in ("generic", "weak")
        or pm.zone == "headline"
        or all(any(w in hw for hw in held_words) for w in pm.words)
        for h, pm in zip(held, g.members, strict=True)
    ):
        return None
    return holder


def _held_by_topic(
    pm: PlacedMention, placed: list[PlacedMention], groups: list[ArticleInitiative], text: dict[int, str]
) -> int | None:
    """The whole, its sentence's topic, that a facility is equipped with or housed in: '클러스터는 … AI
    학습데이터센터를 갖춘다', '클러스터에는 ‘제조 AI 실증센터’와 교육동 등이 들어선다'."""
    sentence = text[pm.sentence_index]
    if rules.HELD_BY_TOPIC_AFTER.match(sentence, pm.mention.end):
        topic = rules.TOPIC_PARTICLE
    elif rules.HOUSED_BY_TOPIC_AFTER.match(sentence, pm.mention.end):
        topic = rules.HOUSING_TOPIC_PARTICLE
    else:
        return None
    return next(
        (
            q.group
            for q in placed
            if q.sentence_index == pm.sentence_index
            and q.mention.end <= pm.mention.start
            and q.group is not None
            and q.group != pm.group
            and groups[q.group].initiative_type in rules.WHOLE_TYPES
            and topic.match(sentence, q.mention.end) is not None
        ),
        None,
    )


# The programme that builds the hubs, named right after them: '지역 AI 선도거점 육성사업', '… 거점 조성사업'.
_PROGRAMME_OF_HUBS_AFTER = re.compile(r"\s*(?:육성|조성|구축|지원|확산)\s*사업")


def _is_nationwide_programme(g: ArticleInitiative, places: dict[int, list[Place]], text: dict[int, str]) -> bool:
    """A programme every name of which opens with the regions in general, in sentences that name no
    place ('정부가 올해 지역 인공지능 전환(AX) 사업에 …'): the government's, run in every province. Not
    '충북도는 … 지역 인공지능 확산 사업에 선정돼': the province's part of it. So are the regions' hubs a programme
    builds, named alike ("과기정통부가 내년 '지역 AI 선도거점 육성사업' 예산으로 …"), but not the country's one
    ('국가 AI 거점', built in one place)."""
    kind_ok = g.initiative_type == "programme" or (
        g.initiative_type == "hub"
        and not any(pm.mention.name.startswith("국가") for pm in g.members)
        and any(_PROGRAMME_OF_HUBS_AFTER.match(text[pm.sentence_index], pm.mention.end) for pm in g.members)
    )  # (not the hubs themselves, "선정한 '지역 AX 선도거점' 3곳": each place's own)
    return kind_ok and all(
        _opens_with_the_regions(pm.mention.name) and not pm.place_inside and not places.get(pm.sentence_index)
        for pm in g.members
    )


def _a_ministrys_programme_shared_out(
    g: ArticleInitiative, places: dict[int, list[Place]], text: dict[int, str]
) -> bool:
    """A programme a ministry or the government runs, by a name that holds no place, in sentences that name none, in
    an article that shares money out over several provinces ("중기부는 27일 '2026년 스마트공장·AI 자율제조 지역 확산
    사업' 시행 계획을 발표했다 … 경남에 380억원, 경북에 360억원이 배정됐다. 이어 경기(300억원), …"): the country's,
    not the province named most."""
    if g.initiative_type != "programme" or not g.members:
        return False
    if any(pm.place_inside or places.get(pm.sentence_index) for pm in g.members):
        return False
    if not any(rules.MINISTRY_OPENS.match(text[pm.sentence_index]) for pm in g.members):
        return False
    return any(
        len({p.province_code for p in ps if p.province_code}) >= rules.SHARED_OUT_PROVINCES_MIN
        and len(rules.FIGURES.findall(text[i])) >= rules.SHARED_OUT_PROVINCES_MIN
        for i, ps in places.items()
    )


def _merge_nationwide(groups: list[ArticleInitiative], places: dict[int, list[Place]], text: dict[int, str]) -> None:
    """A programme for the regions in general, named over the places it chose ('지역거점 AX 선도사업' 대상지로
    전북·경북·충남·광주'): one programme of the country, not one per place."""
    spread = [  # of any type: '지역 AX 혁신거점' (조성사업) is the programme that builds the places' hubs
        g for g in groups
        if g.members and any(pm.strength == "spread" for pm in g.members)
        and all(_opens_with_the_regions(pm.mention.name) and not pm.place_inside for pm in g.members)
    ]  # fmt: skip
    # each place's own project, named where its money is ('전북은 ‘농생명 AX 플래그십 프로젝트’로 … 1250억원 규모다')
    spread_ids = {id(g) for g in spread}  # by identity: groups are dataclasses, compared field by field
    funded = [
        g for g in groups
        if g.members and id(g) not in spread_ids and g.initiative_type != "mou"
        and any(rules.FIGURES.search(text[pm.sentence_index]) for pm in g.members if pm.mention_index is not None)
    ]  # fmt: skip
    if not spread or not all(any(h.province_code == g.province_code for h in funded) for g in spread):
        return  # a place with no project of its own named with its money: its part of the programme is its project
    first: dict[tuple[str, ...], ArticleInitiative] = {}
    for g in groups:
        if not g.members or not (id(g) in spread_ids or _is_nationwide_programme(g, places, text)):
            continue
        g.of_the_regions = True
        kept = first.setdefault(g.words, g)
        if kept is not g:
            _absorb(kept, g)


def _opens_with_the_regions(name: str) -> bool:
    """'지역 AX 사업', or '지역거점 AX 선도사업' with the word glued to the next, an AI word before it or not ('AI
    지역거점 확산사업')."""
    words = [w.strip("‘'“\"") for w in name.split()]
    while len(words) > 1 and words[0] in _AI_WORDS:
        words = words[1:]
    first = words[0]
    return first in rules.NATIONWIDE_NAME_OPENERS or (
        first.startswith(rules.NATIONWIDE_NAME_OPENERS[:2]) and first[2:] in rules.NATIONWIDE_GLUED_WORDS
    )


_AI_WORDS = frozenset({"AI", "인공지능", "AX", "에이아이"})


def _built_by_a_programme(
    groups: list[ArticleInitiative], totals: dict[int, list[int]], text: dict[int, str]
) -> set[int]:
    """Facilities an article's programme builds, named after it by one of its words and costing nothing of their own
    ("'AI 자율제조 선도 프로젝트' … 이를 한곳에서 관리하는 'AI 자율제조 통합관제센터'를 짓는다"): its parts, not projects
    the article reports beside it."""
    programmes = [g for g in groups if g.is_subject and g.members and g.initiative_type == "programme" and g.words]
    return {
        f.index
        for f in groups
        if f.is_subject and f.members and f.words and f.initiative_type in _FACILITY_TYPES | {"other"}
        and not _group_totals(f, totals)
        # (not the entry a call chose: "'… 디지털트윈 플랫폼 구축사업'이 최종 선정됐다" is the project; nor one set apart or
        # with money of its own: '이와 별도로 도는 도비 50억원을 들여 … 센터를')
        and not any(_CHOSEN_AS_ENTRY.match(text[pm.sentence_index], pm.mention.end) for pm in f.members)
        and not any(pm.apart or rules.FIGURES.search(text[pm.sentence_index]) for pm in f.members)
        and any(
            _places_agree(p.place, f.place) and set(p.words) & set(f.words) and _first_named(p) < _first_named(f)
            for p in programmes
        )
    }  # fmt: skip


def _place_of_a_spread_opens_its_facts(
    g: ArticleInitiative, places: dict[int, list[Place]], zone: dict[int, str], fact_positions: dict[int, list[int]]
) -> bool:
    """A headline's programme spread over places, one of which opens a body paragraph stating its facts ('AI 자율제조
    선도 프로젝트 4곳 선정…창원·울산·아산·광주', then '창원국가산단은 … 총사업비 420억원 가운데'): that place's
    project, which the article reports."""
    if not g.members or g.place is None or any(pm.strength != "spread" for pm in g.members):
        return False
    return any(
        zone[i] == "body"
        and (opening := _opening_place(ps)) is not None
        and opening.region_code == g.place.region_code
        and bool(fact_positions.get(i) or fact_positions.get(i + 1))
        for i, ps in places.items()
    )


def _opening_place(places: list[Place]) -> Place | None:
    """The place a sentence opens with, as its topic ('창원국가산단은 …', '울산 미포국가산단은 …')."""
    ordered = sorted(places, key=lambda p: p.start)
    if not ordered or ordered[0].start > _OPENING_REACH:
        return None
    opening = ordered[0]
    for p in ordered[1:]:  # '충남 아산 탕정디스플레이단지는': the place the province opens, named right after it
        if p.start - opening.end > 1:
            break
        opening = p
    return opening


_OPENING_REACH = 4  # characters before the first place of a sentence that opens with it ('울산 미포국가산단은': 0)
# A sentence of the paragraph's project's own cost: '총사업비 420억원 가운데 …', '사업비는 …', '국비 150억원이 …'.
_OWN_COST_OPENING = re.compile(r"\s*(?:총사업비|사업비|총\s|국비|시비|도비|예산)")
_PAST_OR_APART = re.compile(r"별도로|별개로|지난해|앞서|바\s*있")


_CHOSEN_AS_ENTRY = re.compile(
    r"[’'”\"」』]?\s*(?:(?:구축|조성)\s*)?(?:사업)?\s*[’'”\"」』]?\s*(?:이|가)\s*(?:최종\s*)?(?:선정|뽑)"
)


def _first_named(g: ArticleInitiative) -> tuple[int, int]:
    return min((pm.sentence_index, pm.mention.start) for pm in g.members)


def _fold_nameless_agreements(groups: list[ArticleInitiative], primary: ArticleInitiative) -> None:
    """An agreement with no name but its parties ('충북도·청주시·가온클라우드 업무협약') is the article's
    project's agreement: its mentions are the project's, and it is no initiative of its own."""
    for g in groups:
        if g is primary or g.initiative_type != "mou" or g.words or primary.initiative_type == "mou":
            continue
        for pm in g.members:
            pm.group = primary.index
        primary.members.extend(g.members)
        g.is_subject = False  # kept, with its members, as the record of what was read


# A phase named before its own name: "1단계 'AI 기반 뿌리산업 제조혁신 지원사업' 210억원을 더하면".
_PHASE_LABEL_BEFORE = re.compile(r"(?<![\d가-힣])\d\s*단계(?:인|였던|이던)?\s*[‘'“\"「『]?$")


def _fold_named_phases(groups: list[ArticleInitiative], primary: ArticleInitiative, text: dict[int, str]) -> None:
    """A project named only as a phase ("1단계 'AI 기반 뿌리산업 제조혁신 지원사업'") is a phase of the
    article's project of its kind, however each phase is called: its mentions and money are that
    project's. (A phase after a name, '광주 AI 2단계 사업', is a project of its own: not read here.)"""
    for g in groups:
        if g is primary or not g.members or not _types_agree(g.initiative_type, primary.initiative_type):
            continue
        if not all(
            _PHASE_LABEL_BEFORE.search(text[pm.sentence_index], max(0, pm.mention.start - 12), pm.mention.start)
            for pm in g.members
        ):
            continue
        for pm in g.members:
            pm.group = primary.index
        primary.members.extend(g.members)
        g.is_subject = False


def _parts_of_wholes(
    placed: list[PlacedMention], text: dict[int, str], primary: int | None, breakdowns: Mapping[int, int | None]
) -> dict[int, int]:
    """Initiatives a sentence calls a facility of another: 'A의 핵심 시설인 B', 'A의 심장부 역할을
    할 B', 'B는 … A의 중심축이다', 'B 건립을 포함한 A'; or of the article's project, unnamed there
    ('핵심 시설인 통합실증센터'). B's money is then a part of A's."""
    out: dict[int, int] = {}
    for i, members in _grouped_by_sentence(placed).items():
        for a, b in pairwise(members):
            if a.group == b.group:
                continue
            sentence = text[i]
            if rules.PART_BETWEEN.fullmatch(sentence, a.mention.end, b.mention.start):
                out.setdefault(b.group, a.group)  # type: ignore[arg-type]
            elif rules.PART_INCLUDED_IN.fullmatch(sentence, a.mention.end, b.mention.start) or (
                rules.TOPIC_PARTICLE.match(sentence, a.mention.end) and rules.PART_AFTER.match(sentence, b.mention.end)
            ):  # 'A 건립을 포함한 B', 'A는 … B의 핵심 시설이다'
                out.setdefault(a.group, b.group)  # type: ignore[arg-type]
    for pm in placed:  # '핵심 시설인 통합실증센터 …', '… 센터가 핵심 시설이다': a part of the article's project
        if (
            primary is not None
            and pm.group not in (None, primary)
            and pm.mention_index is not None
            and (
                rules.CORE_FACILITY_BEFORE.search(text[pm.sentence_index], 0, pm.mention.start)
                or rules.INSIDE_THE_WHOLE_BEFORE.search(text[pm.sentence_index], 0, pm.mention.start)
                or pm.sentence_index in breakdowns  # each party's facility
                or _called_core_facility(text[pm.sentence_index], pm.mention)
                or (
                    _OF_THIS_OPENING.fullmatch(text[pm.sentence_index], 0, pm.mention.start) is not None
                    and _SPENT_ON_IT.match(text[pm.sentence_index], pm.mention.end) is not None
                )
            )
            and not any(
                q.sentence_index == pm.sentence_index and q.group == primary and q.mention.end <= pm.mention.start
                for q in placed
            )
        ):
            out.setdefault(pm.group, primary)  # type: ignore[arg-type]
    for pm in placed:  # '센터 건립을 포함한 ‘…거점’': the part by its head, the last so named before
        sentence = text[pm.sentence_index]
        if pm.group is None or pm.mention_index is None or not ("포함" in sentence or "아우르" in sentence):
            continue
        head = rules.HEAD_INCLUDED_IN.search(sentence, max(0, pm.mention.start - 40), pm.mention.start)
        if head is None or head.group(1) in rules.NEW_FACILITY_WORDS:
            continue
        part = next(
            (
                q.group
                for q in reversed(placed)
                if q.sentence_index < pm.sentence_index
                and q.group not in (None, pm.group)
                and q.mention.head == head.group(2)
            ),
            None,
        )
        if part is not None:
            out.setdefault(part, pm.group)
    return {part: whole for part, whole in out.items() if whole not in out}


def _called_core_facility(sentence: str, m: InitiativeMention) -> bool:
    """The sentence's predicate calls the mention, alone or listed before others, a core facility."""
    called = rules.CORE_FACILITY_PREDICATE.search(sentence, m.end)
    return called is not None and not CLAUSE_BREAK.search(sentence, m.end, called.start())


# A place that acts in its clause ('제주는', '대구가'), not a partner ('대구시와 손잡고').
_CROSS_TYPE_WORDS = 4  # letters of name words two kinds of head must share to be one project
_PLACE_OPENS_WITHIN = 8  # a place starting this near the start opens its sentence ('경남 거제에는 …')
_PLACE_THEN_QUOTE = re.compile(r"\s*[‘'“\"「『]?")  # between a place and the quoted name it opens
# A place, then a verb building what is named right after it: '유성구에 들어설 ', '구미시에 조성되는 '.
_BUILT_AT_BEFORE_NAME = re.compile(
    r"(?:에|에서)\s+(?:들어설|들어서는|들어선|조성될|조성되는|조성하는|조성\s*중인|건립될|건립되는|건립하는|지어질|지어지는|"
    r"짓는|구축될|구축되는|구축하는|세워질|세워지는)\s*"
)


def _another_town_of_its_province(built_at: Place, named: Place) -> bool:
    """The town an article builds a project in is another of the same province than the town written short in its
    name (not a site, not a province, not a district written in full)."""
    return (
        built_at.region_code is not None
        and built_at.region_code != built_at.province_code
        and not built_at.site
        and not named.site
        and not named.is_province
        and not _REGION_SUFFIX.search(named.text)
        and named.region_code != named.province_code
        and named.province_code == built_at.province_code
        and named.region_code != built_at.region_code
    )


_ACTING_PARTICLE = re.compile(r"(?:시|도)?(?:은|는|이|가|에서는|에는|도|에서도)(?![가-힣])")  # '대구시도 … 운용 중이다'

# The particle after what a sentence is about.
# A name that is its sentence's subject or its complement: '충주댐 수열 데이터센터가 공사 중이다',
# '가장 큰 곳은 부산 AIDC다' (not one facility in a list: '…, 제조 AI 데이터센터, 입주 공간이 들어선다').
_SUBJECT_OR_COMPLEMENT = re.compile(r"[’'”\"」』]?(?:은|는|이|가)(?=\s)|" + rules.HEAD_ENDS_SENTENCE_AS_COPULA.pattern)

# Sentences after a mention that name no initiative still tell of it ('…실증거점을 만든다. (what
# it does.) 총사업비는 640억원이다.'): a fact there may belong to the mention's initiative.
_FOLLOWING_SENTENCES = 2


def _facts_refer_back(
    pm: PlacedMention, text: dict[int, str], fact_positions: dict[int, list[int]], named_sentences: set[int]
) -> bool:
    """ "…'공항·항만 AX 선도사업'을 시작한 것은 옳다. … 올해 이 사업에 책정된 예산은 64억원이다.": a fact in the
    sentences right after a name of its own, of 'this' project of the same head, before another is named."""
    this_one = _this_one(pm.mention.head)
    for i in range(pm.sentence_index + 1, pm.sentence_index + 1 + _FOLLOWING_SENTENCES):
        if i in named_sentences:
            return False
        if fact_positions.get(i) and i in text and this_one.search(text[i]):
            return True
    return False


@lru_cache(maxsize=256)
def _this_one(head: str) -> re.Pattern[str]:
    """'이 사업', '해당 센터', or the bare head as a topic or place ('사업은 …', '센터에는 …')."""
    return re.compile(
        r"(?<![가-힣])(?:이|이번|해당|본|같은)\s*" + re.escape(head) + r"(?![가-힣])"
        r"|(?<![가-힣])" + re.escape(head) + r"(?=(?:에|에는|은|는|의)\s)"
    )


# A sentence that opens by taking a part of what came before, money spent on it: '이 가운데 실증센터 건립에만
# 1,300억원이' (not one of several projects listed before: '이 가운데 강서 AI 데이터센터는 민간 자본 800억원으로').
_OF_THIS_OPENING = re.compile(r"\s*(?:이|그|이들)\s*(?:가운데|중)\s+")
_SPENT_ON_IT = re.compile(r"\s*(?:건립|구축|조성|건설|설치|구입|구매|도입)?\s*(?:에만|에는|에)\s")


def _total_follows(index: int, totals: dict[int, list[int]], named_sentences: set[int]) -> bool:
    """'‘디스플레이 AX 혁신거점’을 조성한다. (what it does.) 총 290억원이 들어간다.': a total in the
    sentences right after a name of its own as its sentence's subject ('가장 큰 곳은 부산 AIDC다. … 총사업비는
    2조3,400억원이다'), before another initiative is named, is its total."""
    for i in range(index + 1, index + 1 + _FOLLOWING_SENTENCES):
        if i in named_sentences:
            return False
        if totals.get(i):
            return True
    return False


# How much a mention says the article is about its initiative: a name of its own says most.
_STRENGTH_WEIGHT = {"named": 1.0, "spread": 1.0, "spread_source": 0.5, "weak": 0.5, "generic": 0.3}


def _only_project_named(
    groups: list[ArticleInitiative], fact_positions: dict[int, list[int]], text: dict[int, str]
) -> ArticleInitiative | None:
    """The one project an article names by a name of its own (quoted, or with its place), where nothing is its
    subject ('…이 공장에 AI가 들어온 것은 충북TP가 주관하는 '충북 뿌리산업 AX 고도화 지원사업' 덕이다. … 모두
    480억원이 들어간다.'): the article is about it. Not when it names others besides, a project elsewhere, or one
    named in passing with no fact stated from its name on."""
    named = [g for g in groups if g.members and not g.is_nationwide]
    if len(named) != 1:
        return None
    g = named[0]
    own_name = any(
        pm.words
        and pm.strength == "named"
        and (pm.mention.quoted or pm.place_inside or _QUOTE_OPENS.search(text[pm.sentence_index], 0, pm.mention.start))
        for pm in g.members
    )  # (a quote may hold a kind word after the name: "'AI 로봇 실증 테스트베드 단지'")
    # …and the story goes on to give its money or a day: a project named once in passing, an aside at the end, is not it
    first = min(pm.sentence_index for pm in g.members)
    facts_follow = any(i >= first and found for i, found in fact_positions.items())
    # (placed by its own words or, in an interview that names its place only around it, by the article's province)
    placed = g.place is not None or g.province_code is not None
    return g if own_name and facts_follow and placed and not g.is_cancelled else None


_QUOTE_OPENS = re.compile(r"[‘'“\"「『]$")


def _named_first(g: ArticleInitiative) -> tuple[int, int]:
    """Sorts a group named earlier in the article higher (negated position of its first mention)."""
    first = min((pm.sentence_index, pm.mention.start) for pm in g.members) if g.members else (1 << 30, 0)
    return (-first[0], -first[1])


def _salience(g: ArticleInitiative, zone: dict[int, str], lead: set[int]) -> float:
    """Headline and lead sentences weigh most; a sentence counts by its strongest mention of it."""
    best: dict[int, float] = {}
    for pm in g.members:
        best[pm.sentence_index] = max(best.get(pm.sentence_index, 0.0), _STRENGTH_WEIGHT[pm.strength])
    where = sum(w * (3.0 if zone[i] == "headline" else 2.0 if i in lead else 1.0) for i, w in best.items())
    return where + (1.0 if g.has_facts else 0.0) + (0.5 if g.words or g.place else 0.0)


_LIST_BEFORE = re.compile(r"(?:와|과|,|·|및|△|▲)\s*$")
_LIST_AFTER = re.compile(r"^(?:\s?(?:구축|조성|건립|설치|운영))?(?:[을를이가은는]|와|과)?\s*(?:,|·|와|과|및)")
# What closes a list of things a project is made of: the verb's object ('…를 짓는다'), or its subject with a verb
# of going in ('연구동, 기업 실증 공간, 인력 양성센터가 들어선다').
_LIST_CLOSE = r"(?:(?:을|를)\s|(?:이|가)\s+(?:들어서|들어선|갖춰|갖춰진|조성된))"
_LIST_ENDS = re.compile(_LIST_CLOSE)
_OBJECT_AFTER = re.compile(r"[’'”\"」』]?\s*" + _LIST_CLOSE)
# A list of three or more things so closed: 'A와 B, C를 짓는다', 'A, B와 C를'.
_THREE_LISTED = re.compile(r"[^,.]{2,30}?(?:와|과|,)\s*[^,.]{2,30}?(?:와|과|,)\s*[^,.]{2,30}?" + _LIST_CLOSE)
# An item of a list whose mark stands a few words before the mention: ', 청년 AI 농업인 교육센터'.
_ITEM_LISTED_BEFORE = re.compile(r"(?:와|과|,)\s+[^,.·와과]{0,20}$")
# Two items listed before the last: 'A와 B, C, ' or 'A, B와 ' (each item a few words).
_THREE_LISTED_BEFORE = re.compile(r"[^,.]{2,30}?(?:와|과|,)\s*[^,.]{2,30}?(?:와|과|,)\s*[^,.]{0,20}$")
_LAST_ITEM = re.compile(
    r"\s*등(?:을|를|이|가|의|은|는|에|과|으로|도)?(?![가-힣])"
)  # the last item of a list, right before its 등


# A project as the sentence's topic, before a list of what it holds.
_WHOLE_AS_TOPIC = re.compile(r"(?:센터|" + rules.WHOLE_HEAD_WORDS + r")[’'”\"」』]?(?:은|는)\s")
# Bullets that set out the items of a list inside a sentence.
_ITEM_BULLETS = re.compile(r"[▲△▶▷■□●○◆◇①②③④⑤⑥⑦⑧⑨⑩]")
_BULLETED_ITEM = re.compile(_ITEM_BULLETS.pattern + r"\s*$")


def _is_list_item(sentence: str, m: InitiativeMention) -> bool:
    """One of several things a sentence lists ('컴퓨팅 인프라와 데이터센터, 저장장치 등', three or more without
    '등'), or several of a kind counted ('클라우드 데이터센터 7개가 들어선다'): parts of something else, not a project."""
    if rules.HEAD_COUNTED_AS_PARTS.match(sentence, m.end) or rules.HEAD_FIRST_OF_SEVERAL.match(sentence, m.end):
        return True
    if (
        _BULLETED_ITEM.search(sentence, max(0, m.start - 2), m.start)
        and len(_ITEM_BULLETS.findall(sentence)) >= 2
        and _WHOLE_AS_TOPIC.search(sentence, 0, m.start) is not None
    ):  # "'부산항 … AI 허브'는 … ▲AI 자율하역 실증 터미널 ▲항만 데이터센터 ▲지원동을 조성한다": the whole's parts
        return True  # (not '정부는 ▲구미 AI 데이터센터 ▲천안 AI 데이터센터를 선정': projects selected)
    if "등" not in sentence[m.end :]:
        return _in_list_of_three(sentence, m)  # '연구동, 기업 실증 공간, 인력 양성센터가 들어선다'

    return bool(_LIST_BEFORE.search(sentence[: m.start]) or _LIST_AFTER.match(sentence[m.end :]))


def _in_list_of_three(sentence: str, m: InitiativeMention) -> bool:
    """The mention is one of three or more things listed as the verb's object."""
    listed_after = _LIST_AFTER.match(sentence[m.end : m.end + 8]) is not None
    listed_before = _LIST_BEFORE.search(sentence, max(0, m.start - 4), m.start) is not None
    item_listed = _ITEM_LISTED_BEFORE.search(sentence, max(0, m.start - 24), m.start) is not None
    if not (listed_after or listed_before or item_listed):
        return False
    start = max(0, m.start - 120, sentence.rfind(" ", 0, max(0, m.start - 40)))
    window_end = min(len(sentence), m.end + 100)  # a list is short: never scan the rest of a long page
    if not _LIST_ENDS.search(sentence, m.start, window_end):
        return False  # no verb's object or subject closes a list here (and the list search backtracks a lot)
    if any(s.start() <= m.start and m.end <= s.end() for s in _THREE_LISTED.finditer(sentence, start, window_end)):
        return True
    # the last of the list, its item longer than its head: '…실증온실과 데이터허브, 실증포장, 청년 AI 농업인 교육센터를'
    last = _THREE_LISTED_BEFORE.search(sentence, max(0, m.start - 90), m.start)
    return last is not None and item_listed and _OBJECT_AFTER.match(sentence, m.end) is not None


def _listed_with_others(sentence: str, m: InitiativeMention) -> bool:
    """A facility listed with others a sentence builds ('데이터센터와 실증포장, 연구동 등을 조성'):
    a part of the project, which the sentence's money and dates are of; so is the first of three
    or more listed without '등' ('실증센터와 제조 AI 데이터센터, 기업 입주 공간을 짓는다')."""
    if "등" not in sentence[m.end :]:
        return _in_list_of_three(sentence, m)
    return _LIST_AFTER.match(sentence[m.end : m.end + 8]) is not None or (
        _LIST_BEFORE.search(sentence, max(0, m.start - 4), m.start) is not None
        and _LAST_ITEM.match(sentence, m.end) is not None
    )


def _last_word(name: str) -> str:
    return name.rsplit(" ", 1)[-1]


def _glosses_a_place(sentence: str, m: InitiativeMention, places: list[Place]) -> bool:
    """A name in brackets right after a place, no AI word in it, is where in that place ('전남(나주 에너지밸리)')."""
    if not sentence.startswith(")", m.end) or rules.AI_TOPIC_WORDS.search(m.name):
        return False
    opening = sentence.rfind("(", 0, m.start)
    return opening > 0 and not sentence[opening + 1 : m.start].strip() and any(p.end == opening for p in places)


def _without_name_sites(
    places: dict[int, list[Place]], mentions: dict[int, list[InitiativeMention]]
) -> dict[int, list[Place]]:
    """A site-like word the article quotes as part of a project's name ('사천 스카이시티 AI 데이터센터')
    is that project's name, not a place: the project stands in the place its sentences name. A
    town's name is its town's ("'안덕 AI 데이터센터'" of '서귀포시 안덕면'), and a site the gazetteer
    knows is that site ("'대덕특구 AI 융합연구 클러스터'")."""
    quoted = {w for ms in mentions.values() for m in ms if m.quoted for w in m.name.split()}
    return {
        i: [
            p
            for p in ps
            if not (p.site and p.text in quoted and not p.is_known_site and not p.site.endswith(_TOWN_KINDS))
        ]
        for i, ps in places.items()
    }


def _lead_sentences(sentences: list[Sentence]) -> set[int]:
    body = [s.index for s in sentences if s.zone == "body"][:_LEAD_SENTENCES]
    return {s.index for s in sentences if s.zone == "headline"} | set(body)


def _only_places(m: InitiativeMention, inside: list[Place], sentence: str) -> bool:
    """Every letter of the mention is in a place it holds: '영도구 동삼혁신지구', '판교 제2테크노밸리'."""
    if not any(p.site for p in inside):
        return False
    covered = [False] * (m.end - m.start)
    for p in inside:
        for i in range(p.start - m.start, p.end - m.start):
            covered[i] = True
    return all(c or sentence[m.start + i].isspace() for i, c in enumerate(covered))


def _lists_places(inside: list[Place], sentence: str) -> bool:
    """A name that opens with a list of places apart from each other ('대전·광주·대구 센터'), not a
    province and its city ('충북도·청주시·가온클라우드 업무협약')."""
    if len(inside) < 2:
        return False
    ordered = sorted(inside, key=lambda p: p.start)
    return any(
        PLACE_LIST_SEPARATOR.fullmatch(sentence, a.end, b.start)
        and (
            a.province_code != b.province_code
            or (not a.is_province and not b.is_province and a.region_code != b.region_code)
        )
        for a, b in pairwise(ordered)
    )


# A place as where the rest of its sentence happens: '울주군 온산읍에서는 …', '동구에는 …'.
_LOCATIVE_AFTER = re.compile(r"(?:에서는|에서|에는|에선)\s")


def _place_mention(
    sentence_index: int,
    mention_index: int,
    m: InitiativeMention,
    places: list[Place],
    sentence: str,
    zone: str,
    article_sites: dict[str, Place],
    word_places: _WordPlaces | None = None,
    in_full: frozenset[str] = frozenset(),
    catchphrase: bool = False,
) -> list[PlacedMention]:
    """The mention with its place, and how firmly it is placed; one per place when it is stated for
    several places at once. A `catchphrase` is read as its head alone."""
    inside = [
        _site_begun_by(p, article_sites, in_full)
        for p in places
        if m.start <= p.start
        and p.end <= m.end
        and not (m.quoted and p.site and not p.is_known_site)
        and not sentence.startswith("형", p.end)  # "'판교형 AI 밸리'를 천안에": a model, not where it is
    ]
    if any(p.start == m.start and p.end == m.end for p in places) or _only_places(m, inside, sentence):
        return []  # '대덕특구', '영도구 동삼혁신지구': the name of a place, not of a project in it
    if _lists_places(inside, sentence):
        return []  # '대전·광주·대구 센터': each of those places' own facility, no one project
    name_words = distinctive_words(m.name, m.head)
    if catchphrase:  # "첫 '풍력 직거래' AI데이터센터": the head the body names in full, no name of its own
        m, name_words = replace(m, quoted=False), ()
    short_names = {_REGION_SUFFIX.sub("", p.text) for p in places if p.region_code and not p.site}
    words = tuple(
        w for w in name_words
        if not _is_place_word(w, inside) and not any(_site_named_after(w, site) for site in article_sites)
        and w not in short_names  # '음성군 … '음성 하이퍼스케일 AI 데이터센터'': the county written short
    )  # fmt: skip
    opening = [] if inside or not m.quoted else [
        p for p in places if p.end <= m.start and _PLACE_THEN_QUOTE.fullmatch(sentence, p.end, m.start)
    ]  # fmt: skip
    if opening:  # "인천 'AI 융합혁신 집적단지'": the place right before the quote is the name's own
        return [PlacedMention(sentence_index, mention_index, m, opening[-1], words, zone, "named")]
    if not inside:  # '미포 AI 데이터센터' in an article that names 미포국가산업단지: placed at that site
        sites = {site for site in article_sites for w in name_words if len(w) >= 2 and _site_named_after(w, site)}
        if len(sites) == 1:
            inside = [article_sites[sites.pop()]]
    if not inside and not places and m.quoted and word_places is not None and name_words:  # a quoted name, no place
        first = m.name.split(" ", 1)[0]
        found = word_places.place_before(first) if distinctive_words(first, m.head) else None
        if found is not None:  # "'G밸리 AX 선도지구'" in an article that writes '서울 G밸리'
            inside = [found]
    if inside:
        place = _most_specific(inside)
        built_at = word_places.built_at(place.text) if word_places is not None else None
        if built_at is not None and _another_town_of_its_province(built_at, place):
            place = built_at  # "대전 유성구에 들어설 '대덕 AI 컴퓨팅센터'": the town it is built in; its name's word, a brand
        elif (
            place.is_province
        ):  # "울주군 온산읍에서는 … '울산 그린 AI 데이터센터 캠퍼스'가": the town the sentence sets it in
            local = [
                p for p in places
                if p.end <= m.start and not p.is_province and p.province_code == place.province_code
                and _LOCATIVE_AFTER.match(sentence, p.end)
            ]  # fmt: skip
            if local:
                place = local[-1]
        return [PlacedMention(sentence_index, mention_index, m, place, words, zone, "named", place_inside=True)]
    spread = _distributed_places(m, places, sentence)
    if (
        len(spread) >= 2
        and (m.quoted or _a_joint_fund_of_the_places(m, spread, sentence))
        and not rules.DISTRIBUTIVE.search(sentence, spread[0].start, _clause_end(sentence, m.end))
        and not (_COUNT_OF_THEM.search(sentence, m.end) and rules.DISTRIBUTIVE.search(sentence, m.end))
        and len({p.province_code for p in spread}) == 1
        and spread[0].province_code
    ):  # "거제·창원에 '스마트조선·방산 AI 융합클러스터'": one project by its own name, over the cities of one province;
        # so is a joint one: '강원도와 춘천시, 원주시가 … 공동 펀드를 만든다'
        start, end = spread[0].start, spread[-1].end  # the cities as listed ('거제·창원'), standing for their province
        province = Place(start, end, sentence[start:end], spread[0].province_code, spread[0].province_code, None, True)
        # (a joint fund is its places' own: they name it, '강원도와 춘천시, 원주시가 … 공동 펀드를')
        return [
            PlacedMention(sentence_index, mention_index, m, province, words, zone, "named", place_inside=not m.quoted)
        ]
    if (
        len(spread) >= 2
        and not words
        and not m.quoted
        and not m.is_counted
        and len({p.province_code for p in spread}) == 1
        and not rules.DISTRIBUTIVE.search(sentence, spread[0].start, _clause_end(sentence, m.end))
    ):  # '창원과 사천에 흩어진 … 기업의 현장에 AI를 접목하는 클러스터': the head alone, the article's one project there
        return [PlacedMention(sentence_index, mention_index, m, None, words, zone, "generic")]
    if len(spread) >= 2:
        return [PlacedMention(sentence_index, None, m, p, words, zone, "spread") for p in spread] + [
            PlacedMention(sentence_index, mention_index, m, None, words, zone, "spread_source")
        ]
    if m.is_counted:
        return []  # '데이터센터 두 곳이 추진된다': several projects, each named apart
    before = [p for p in places if p.end <= m.start and not p.is_province]
    nearest = next((p for p in reversed(places) if p.end <= m.start), None)
    context = before[-1] if before else None
    if (
        nearest is not None
        and nearest.is_province
        and (context is None or nearest.province_code != context.province_code)
        and _ACTING_PARTICLE.match(sentence, nearest.end)
    ):
        context = nearest  # '▲전북 군산은 … ▲제주는 국비 500억원으로 … 센터를': the province named last, not 군산
    if context is None and nearest is not None and nearest.is_province and rules.LIST_LINE.match(sentence):
        context = nearest  # '제주 | 관광 AI 서비스 실증 거점 | 210억원': the item's province is its place
    if (
        context is None
        and nearest is not None
        and nearest.is_province
        and _OF_THE_PLACE.fullmatch(sentence, nearest.end, m.start)
    ):
        context = nearest  # '연구 중심인 대전의 퀀텀-AI 융합연구허브': that province's, in a story of another
    if words:
        return [PlacedMention(sentence_index, mention_index, m, None, words, zone, "named", None, context)]
    if before and nearest is before[-1] and not _spans_joined_places(sentence, before):
        return [PlacedMention(sentence_index, mention_index, m, before[-1], words, zone, "weak")]
    # '하남 데이터센터에 이어 제주에 제2호 데이터센터를': a province named last says where it is
    last_province = nearest if nearest is not None and nearest.is_province else None
    return [PlacedMention(sentence_index, mention_index, m, None, words, zone, "generic", None, last_province)]


_OF_THE_PLACE = re.compile(r"의\s+[‘'\"“]?")  # a province's, right before the name
_JOINED_PLACES = re.compile(r"\s*(?:과|와|및|·|,)\s*")


def _spans_joined_places(sentence: str, before: list[Place]) -> bool:
    """The last place is the second of two joined ('창원과 사천에 흩어진 … 클러스터'): a head alone spans both, no
    project at the second."""
    return len(before) >= 2 and _JOINED_PLACES.fullmatch(sentence, before[-2].end, before[-1].start) is not None


_WORD_ENDS = r"(?=[은는이가에의을를와과도로\s,.·()\[\]'\"‘’“”…]|$)"  # a whole word, or one a particle follows


class _WordPlaces:
    """Where the article places a word by writing a place right before it ('서울 G밸리', '대전
    대덕특구'): a name opening with that word elsewhere lies there too."""

    def __init__(self, sentences: list[Sentence], places: dict[int, list[Place]]) -> None:
        self._sentences = [s for s in sentences if s.zone in ("headline", "body")]
        self._places = places
        self._found: dict[str, Place | None] = {}
        self._built: dict[str, Place | None] = {}

    def built_at(self, word: str) -> Place | None:
        """The one place the article builds a name opening with `word` in ('유성구에 들어설 ‘대덕 AI 컴퓨팅센터’')."""
        if word not in self._built:
            seen: dict[str | None, Place] = {}
            for s in self._sentences:
                for hit in re.finditer(r"[‘'“\"「『]?" + re.escape(word), s.text):
                    for p in self._places.get(s.index, []):
                        if p.region_code and _BUILT_AT_BEFORE_NAME.fullmatch(s.text, p.end, hit.start()):
                            seen.setdefault(p.region_code, p)
            self._built[word] = next(iter(seen.values())) if len(seen) == 1 else None
        return self._built[word]

    def place_before(self, word: str) -> Place | None:
        """The one place (by region) written right before `word` in the article, if there is one."""
        if word not in self._found:
            seen: dict[str | None, Place] = {}
            for s in self._sentences:
                for hit in re.finditer(re.escape(word) + _WORD_ENDS, s.text):  # '서울 G밸리에', not '서구 원창동'
                    for p in self._places.get(s.index, []):
                        if p.region_code and p.end <= hit.start() and not s.text[p.end : hit.start()].strip():
                            seen.setdefault(p.region_code, p)
            self._found[word] = next(iter(seen.values())) if len(seen) == 1 else None
        return self._found[word]


def _site_begun_by(place: Place, article_sites: dict[str, Place], in_full: frozenset[str]) -> Place:
    """A district or county written short that begins the name of a site the article names is that
    site: "'대덕 AI 밸리'" in an article on 대덕특구, not 대덕구; '수성' beside 수성알파시티. Not when the
    article writes the district in full too ('대덕구 신일동'), nor with a suffix ('대덕구')."""
    if place.site or place.is_province or _REGION_SUFFIX.search(place.text) or place.region_code in in_full:
        return place
    sites = [
        s for name, s in article_sites.items()
        if name != place.text and name.startswith(place.text) and s.province_code == place.province_code
    ]  # fmt: skip
    if not sites:
        return place
    site = sites[0]  # the first the article names: several are one site's names ('대덕연구개발특구', '대덕특구')
    return replace(place, region_code=site.region_code, province_code=site.province_code, site=site.site)


def _estate_names(sentence: str, places: list[Place]) -> set[str]:
    """The word right before an estate named by its kind alone ('용탄' of '용탄 첨단산업단지'): the estate's name."""
    names = set()
    for p in places:
        if p.site and rules.ESTATE_KIND.fullmatch(p.site) and p.text == p.site:
            before = sentence[max(0, p.start - _ESTATE_NAME_REACH) : p.start]
            word = before.rstrip().rsplit(" ", 1)[-1] if before.endswith(" ") else ""
            if word and _HANGUL_ONLY.fullmatch(word):
                names.add(word)
    return names


_HANGUL_ONLY = re.compile(r"[가-힣]{2,6}")
_ESTATE_NAME_REACH = 12  # letters before an estate's kind to find its name's word (up to six letters and a space)


def _is_place_word(word: str, places: list[Place]) -> bool:
    return any(word.startswith(p.text) or p.text.startswith(word) for p in places)


def _most_specific(places: list[Place]) -> Place:
    return next((p for p in reversed(places) if p.site), None) or next(
        (p for p in reversed(places) if not p.is_province), places[-1]
    )


# What follows the place a site is named after: its kind ('미포' + '국가산업단지', '수성' + '알파시티'), a word or two
# at most before a site word; not a longer noun the word begins ('의료' of '의료기기테크노밸리' is no place).
_SITE_KIND_AFTER_PLACE = re.compile(
    r"[가-힣A-Za-z0-9]{0,2}(?:시티|지구)|읍|면|동|리"  # '안덕' of '안덕면'
    r"|(?:국가|일반|첨단|도시첨단)?(?:산업단지|산단|혁신도시|기업도시|테크노밸리|테크노파크|상업단지|유통단지|신도시)"
)


def _site_named_after(word: str, site: str) -> bool:
    """The site is the word, or is named after it: the word, then the site's kind ('미포국가산업단지' after '미포')."""
    return site == word or (site.startswith(word) and _SITE_KIND_AFTER_PLACE.fullmatch(site, len(word)) is not None)


def _distributed_places(m: InitiativeMention, places: list[Place], sentence: str) -> list[Place]:
    """Places one mention is stated for together: coordinated ('A·B', 'A와 B'), or each with its own
    figure and '각각' ('A에는 X, B에는 Y의 데이터센터가 각각')."""
    merged: list[tuple[int, Place]] = []  # (where the place's words start, the place)
    for p in places:
        if _inside_other(p, places):
            continue
        if merged and merged[-1][1].site is None and p.site and merged[-1][1].end + 1 >= p.start:
            merged[-1] = (merged[-1][0], p)  # '대구 수성알파시티': the site says more than its city
        elif (
            merged
            and merged[-1][1].is_province
            and not p.is_province
            and p.province_code == merged[-1][1].province_code
            and merged[-1][1].end + 1 >= p.start
        ):
            merged[-1] = (merged[-1][0], p)  # '부산 사상·대구 달서': the district says more than its city
        else:
            merged.append((p.start, p))
    runs: list[list[Place]] = []
    for begin, p in merged:
        if runs and rules.PLACE_JOINERS.match(sentence[runs[-1][-1].end : begin]) and _same_level(runs[-1][-1], p):
            runs[-1].append(p)
        else:
            runs.append([p])
    joined = [run for run in runs if len({q.key for q in run}) >= 2 and not _sites_of_one_area(run, sentence)]
    near = [
        run for run in joined
        if (run[-1].end <= m.start and run[0].start >= m.start - 60) or (m.end <= run[0].start <= m.end + 25)
    ]  # fmt: skip
    if near:  # the places just before it, else those right after ('A·B의 … '과제'로, C·D의 …': A·B's)
        runs_before = [run for run in near if run[-1].end <= m.start]
        if runs_before and any(runs_before[-1][-1].end < p.start and p.end <= m.start for p in places):
            return []  # another place stands between: '…김제·익산의 …, 울산은 '조선기자재 AX 전환' 과제로'
        return _one_per_key(runs_before[-1] if runs_before else near[0])
    if len(merged) >= 2 and rules.DISTRIBUTIVE.search(sentence):
        item_start = max((m_.end() for m_ in rules.BULLET.finditer(sentence, 0, m.start)), default=0)
        before = [p for _, p in merged if item_start <= p.start and p.end <= m.start]  # in its list item
        levels = {p.is_province for p in before}
        regions = {p.region_code for p in before}  # a city and its estate are one place
        if len({p.key for p in before}) >= 2 and len(regions) >= 2 and len(levels) == 1:
            return _one_per_key(before)
    return []


# What makes the places just listed one area: '구로·금천구 일대', '… 일원에'; unless projects are counted
# over it ('… 일원에 AI 데이터센터 2곳을').
_ONE_AREA_AFTER = re.compile(r"(?:구|군|시)?\s*(?:일대|일원|지역\s*일대|권역|걸친|에\s*걸친|에\s*걸쳐)")
_COUNTED_PROJECTS = re.compile(r"(?<![\d.])(?:[2-9]|두|세|네)\s*(?:곳|개소|개\s*(?:센터|단지|시설))")


def _sites_of_one_area(run: list[Place], sentence: str) -> bool:
    """'정촌면 뿌리일반산업단지와 항공국가산업단지 일원이 … 특구로': sites of one city that one
    project spans, unless the sentence gives each its own ('각각'); and districts of one city named
    as one area ('서울 구로·금천구 일대', '구로·금천 일원의 G밸리')."""
    if rules.DISTRIBUTIVE.search(sentence):
        return False
    if all(q.site for q in run) and len({q.region_code for q in run}) == 1:
        return True
    return (
        not any(q.site or q.is_province for q in run)
        and len({q.province_code for q in run}) == 1
        and _ONE_AREA_AFTER.match(sentence, run[-1].end) is not None
        and not _COUNTED_PROJECTS.search(sentence, run[-1].end)  # '북구·광산구 일원에 데이터센터 2곳을'
    )


def _inside_other(p: Place, places: list[Place]) -> bool:
    return any(
        q is not p and q.start <= p.start and p.end <= q.end and (q.end - q.start) > (p.end - p.start) for q in places
    )


def _same_level(a: Place, b: Place) -> bool:
    """Peers of one list: places of one level, or a province beside another province's city
    ('경북 포항, 전북 군산, 제주'), but not a province and its own city."""
    return a.is_province == b.is_province or a.province_code != b.province_code


def _one_per_key(run: list[Place]) -> list[Place]:
    seen: dict[str, Place] = {}
    for p in run:
        seen.setdefault(p.key, p)
    return list(seen.values())


def _family(kind: str) -> str:
    return _FAMILY.get(kind, kind)


def _a_centre_and_its_kind(a: str, b: str) -> bool:
    """A plain centre ('…센터', typed other) and a data or computing centre."""
    return {a, b} in ({"other", "data_centre"}, {"other", "computing_centre"})


def _types_agree(a: str, b: str) -> bool:
    """The same kind of thing. A cluster named after data centres is typed a data centre already
    ('그린데이터센터 집적단지'), so a plain '클러스터' and a '데이터센터' are two things."""
    return a == b


def _words_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Shared words, or one's words inside the other's; 'AI반도체' and '인공지능 반도체' share '반도체', and '실증용' is
    '실증'."""
    if not a or not b:
        return not a and not b
    ja, jb = "".join(a), "".join(b)
    if set(a) & set(b) or ja in jb or jb in ja:
        return True
    bare_a, bare_b = {_bare_word(w) for w in a}, {_bare_word(w) for w in b}
    return bool(bare_a & bare_b)


def _bare_word(word: str) -> str:
    """A name word without a glued 'AI' ('AI반도체') or the '용' of what it is for ('실증용' is '실증')."""
    bare = GLUED_AI.sub("", word) or word
    return bare[:-1] if len(bare) >= 3 and bare.endswith("용") else bare


def _places_agree(a: Place | None, b: Place | None) -> bool:
    """No place, the same place, or one inside the other (a site in its city, a city in its province)."""
    if a is None or b is None or a.key == b.key:
        return True
    return _places_nest(a, b)


def _same_kind_of_estate(a: Place, b: Place) -> bool:
    """Two estates named by their kind alone, however spelt ('국가산업단지', '국가산단')."""
    kinds = [s.replace("산업단지", "산단") if s and rules.ESTATE_KIND.fullmatch(s) else None for s in (a.site, b.site)]
    return kinds[0] is not None and kinds[0] == kinds[1]


def _places_nest(a: Place, b: Place) -> bool:
    for outer, inner in ((a, b), (b, a)):
        if outer.is_province and inner.province_code == outer.province_code and not inner.is_province:
            return True
        if inner.site and not outer.site and not outer.is_province and inner.region_code == outer.region_code:
            return True
        if inner.within is not None and inner.within == outer.site and inner.region_code == outer.region_code:
            return True  # '영종도 미단시티 부지' and '영종도': a site in the known one it was named in
        if (
            inner.site
            and outer.site
            and outer.region_code == inner.province_code
            and _same_kind_of_estate(inner, outer)
        ):
            return True  # '대구국가산업단지' and '달성 국가산단': the province's estate, and in its county
    return False


# A facility said to run already, beside the article's new project: '대구에는 이미 국가정보자원관리원 대구
# 클라우드센터가 운영되고 있다' (another, older facility; the article's project is not it).
_ALREADY_RUNNING = re.compile(
    r"[’'”\"」』]?\s*(?:이|가|은|는|도)\s+(?:[^.,]{0,20}?\s)?(?:운영|가동)(?:되고\s*있|\s*중)"
)
# A sentence that opens by setting itself apart from the project before: '이와 별도로', '이와는 별개로'.
_APART_OPENING = re.compile(
    r"\s*(?:한편\s*)?(?:[^\s,.]{1,12}(?:은|는)\s+)?(?:이와는?|그와는?|이와\s*함께\s*)?\s*(?:별도로|별개로)"
)  # '이와 별도로 …', '인천시는 이와 별도로 송도에 …'

# …or a project set against the article's: '대정읍에 짓고 있는 하이퍼스케일 데이터센터와 달리, 이번에는 …',
# '화전산단에서 착공한 AI 특화 데이터센터(6,200억원)에 이어 부산에서 두 번째로 큰 …'.
_CONTRASTED_AFTER = re.compile(
    r"[’'”\"」』]?\s*(?:\([^()]{0,20}\))?\s*(?:(?:와|과)(?:는)?\s*(?:달리|별개로|별도로|다르게)|에\s*이어)(?![가-힣])"
)
# …or of another project nearby, set beside the article's by '도': '인근에는 행정안전부가 추진하는 AI
# 행정클라우드센터도 들어설 예정이어서' (a neighbour, not the project the article reports).
_NEARBY_OPENING = re.compile(
    r"\s*(?:한편\s*)?(?:[^\s,.]{1,12}\s+)?(?:인근|근처|바로\s*옆|옆|주변|맞은편)(?:에는|에|엔)\s"
)
_ALSO_PARTICLE = re.compile(r"[’'”\"」』]?도\s")
# …or opening with the project's own surroundings: '센터 인근 스마트국가산단에는 … 한결클라우드가 6800억원을 들여 AI
# 데이터센터를 짓기로 해' (not '솔라시도 인근에 데이터센터가 들어선다': a place's surroundings are where the project is).
_AROUND_THE_PROJECT_OPENING = re.compile(
    r"\s*(?:한편\s*)?(?:이\s*|해당\s*)?(?:센터|데이터센터|클러스터|캠퍼스|단지|시설|부지|특구)\s*"
    r"(?:인근|근처|바로\s*옆|옆|주변|맞은편)(?:\s+[^\s,.]{1,16})?(?:에는|엔|에도)\s"
    # …or with the neighbouring place itself: '인근 보개면에서는 세진그룹이 2조원을 들여 … 캠퍼스 1단계 공사를'
    r"|\s*(?:한편\s*)?(?:인근|근처|바로\s*옆|이웃한|이웃)\s+[가-힣]{1,8}(?:면|읍|동|리|군|구|시|산단|산업단지|지구)"
    r"(?:에서는|에서도|에는|에도|엔)\s"  # (a place: not '인근 마을에서는 … 보상을 요구')
)
# …or speaks of another place too: '영종국제도시에서도 … 데이터센터가 추진되고 있어'.
_ALSO_AT = re.compile(r"(?:에서도|에서는\s*또)\s")


# The places as the sentence's subject, joined: '강원특별자치도와 춘천시, 원주시가 … 공동 펀드를 만든다' (not their
# site: '성남과 용인에 AI 반도체 공동 연구센터를 짓는다', a centre in each).
_PLACES_AS_SUBJECT_AFTER = re.compile(r"\s*(?:이|가|는|은)\s")


def _a_joint_fund_of_the_places(m: InitiativeMention, spread: list[Place], sentence: str) -> bool:
    """A joint fund or agreement of the places the sentence lists as its subject: one project of them all."""
    return (
        m.initiative_type in ("fund", "mou")
        and any(w in rules.JOINT_WORDS for w in m.name.split())
        and _PLACES_AS_SUBJECT_AFTER.match(sentence, spread[-1].end) is not None
    )


def _set_apart(g: ArticleInitiative) -> bool:
    """Every mention of it sets it apart from the article's project: another matter beside it."""
    return bool(g.members) and all(q.apart for q in g.members)


def _at_another_place_too(sentence: str, before: int, places: list[Place]) -> bool:
    """A place right before 'also at' ('영종국제도시에서도 …'), ahead of the mention; not '업계에서도'."""
    return any(_ALSO_AT.match(sentence, p.end) for p in places if p.end < before)


def _same_initiative(g: ArticleInitiative, pm: PlacedMention) -> bool:
    # '이와 별도로 ㈜한누리IDC는 … 엣지 데이터센터를': another project, unless named alike; either way round: '무산된 송도
    # 민간 데이터센터와 달리', set apart first, is not the '인천 공공 AI 클라우드 데이터센터' named next
    if (pm.apart or all(q.apart for q in g.members)) and (not pm.words or "".join(g.words) != "".join(pm.words)):
        return False
    spread = pm.strength == "spread" or any(q.strength == "spread" for q in g.members)
    if spread:  # one of a list's places, and a project placed in it ('울산' of a list, then '울산 동구 … 거점')
        place = pm.place or (pm.context_place if pm.strength == "named" else None)
        if place is None or g.place is None or (place.key != g.place.key and not _places_nest(place, g.place)):
            return False
    if not _places_agree(g.place, pm.place) and not _named_alike_in_one_city(g, pm):
        return False
    if (
        pm.place is None
        and pm.context_place is not None
        and not _places_agree(g.place, pm.context_place)
        and "".join(g.words) != "".join(pm.words)
    ):
        return False  # '전남 나주는 에너지 AI 실증센터를': not 경주's 원전 AI 안전 실증센터, though both say 실증
    if (
        g.place is None
        and pm.place is None
        and pm.context_place is not None
        and pm.context_place.province_code
        and g.province_code
        and pm.context_place.province_code != g.province_code
        and "".join(g.words) != "".join(pm.words)
    ):
        return False  # '경기 판교에 … AI 반도체 연구개발 센터를': not the 경북 반도체 인력 양성 협약 named before
    if not _types_agree(g.initiative_type, pm.mention.initiative_type):
        if "mou" in (g.initiative_type, pm.mention.initiative_type) and g.words and pm.words:
            return _words_agree(g.words, pm.words)  # '대전 AI 자율제조 2단계 협약' is about '…자율제조 전환 확산사업'
        # '수열에너지 융복합' 클러스터 and 선도지구; one short word ('의료') is too common to tell
        joined = "".join(g.words)
        if (
            joined
            and joined == "".join(pm.words)
            and _a_centre_and_its_kind(g.initiative_type, pm.mention.initiative_type)
        ):
            return True  # '엣지센터' over '엣지 데이터센터': a centre and the kind of centre it is
        return len(joined) >= _CROSS_TYPE_WORDS and joined == "".join(pm.words)
    if g.words or pm.words:
        if _words_agree(g.words, pm.words):
            return True
        # a word that only names the estate one stands in ('충주 용탄 첨단산업단지 AI 데이터센터 캠퍼스') tells it
        # from no project placed there without words of its own ('충주 AI 데이터센터 캠퍼스')
        estate_words = {w for q in g.members for w in q.estate_words}
        return _places_agree(g.place, pm.place) and (
            (not pm.words and bool(g.words) and set(g.words) <= estate_words)
            or (not g.words and bool(pm.words) and set(pm.words) <= pm.estate_words)
        )
    if g.place is None or pm.place is None:
        return False
    return g.initiative_type == pm.mention.initiative_type and (
        g.place.key == pm.place.key or _places_nest(g.place, pm.place)
    )


def _restates(g: ArticleInitiative, pm: PlacedMention) -> bool:
    """A role a place takes that restates a project named elsewhere: the same initiative by name,
    or the project of its kind at the same site when that project has no words of its own."""
    if pm.strength not in ("named", "weak") or not _types_agree(g.initiative_type, pm.mention.initiative_type):
        return False
    if pm.words and _same_initiative(g, pm):
        return True
    place = pm.place or pm.context_place
    return not g.words and g.place is not None and place is not None and g.place.key == place.key


def _new_group(index: int, pm: PlacedMention, region_for: dict[int, str | None], gaz: Gazetteer) -> ArticleInitiative:
    place = pm.place or pm.context_place
    region = place.region_code if place and place.region_code else region_for.get(pm.sentence_index)
    province = gaz.regions[region].province_code if region else None
    return ArticleInitiative(index, pm.mention.initiative_type, pm.mention.name, pm.place, pm.words, region, province)


def _grouped_by_sentence(
    placed: list[PlacedMention], sentences: Collection[int] | None = None
) -> dict[int, list[PlacedMention]]:
    """Each sentence's own mentions that went to a group, in order of position."""
    by_sentence: dict[int, list[PlacedMention]] = {}
    for pm in placed:
        if (
            pm.group is not None
            and pm.mention_index is not None
            and (sentences is None or pm.sentence_index in sentences)
        ):
            by_sentence.setdefault(pm.sentence_index, []).append(pm)
    for members in by_sentence.values():
        members.sort(key=lambda pm: pm.mention.start)
    return by_sentence


def _side_by_side(
    placed: list[PlacedMention], sentences: Collection[int] | None = None
) -> Iterator[tuple[int, PlacedMention, PlacedMention]]:
    """Each sentence's mentions of two initiatives next to each other, in order (the groups read as
    the pairs are reached, so merges made on the way count)."""
    for i, members in _grouped_by_sentence(placed, sentences).items():
        for a, b in pairwise(members):
            if a.group is not None and b.group is not None and a.group != b.group:
                yield i, a, b


_OBJECT_OF_ROLE = re.compile(r"(?:\([^()]{1,40}\))?\s*(?:을|를)\s")


def _named_alike_in_one_city(g: ArticleInitiative, pm: PlacedMention) -> bool:
    """One project named by the same words of its own at two sites of one city ('둔곡지구' and '대덕특구' of 유성구, the
    one inside the other, though the gazetteer knows neither holds the other)."""
    if g.place is None or pm.place is None or g.place.province_code != pm.place.province_code:
        return False
    if g.place.region_code != pm.place.region_code and g.province_code not in (
        g.place.region_code,
        pm.place.region_code,
    ):
        return False  # two cities' sites; a site placed only in the province may be in either
    if g.place.is_province or pm.place.is_province or not (g.place.site and pm.place.site):
        return False
    joined = "".join(g.words)
    return (
        len(g.words) >= 2
        and joined == "".join(pm.words)
        and _types_agree(g.initiative_type, pm.mention.initiative_type)
    )


_COUNT_OF_THEM = re.compile(r"(?:두|세|네|[2-9])\s*(?:곳|개|센터|거점|단지|시설)")  # '두 센터에 각각 200억원'


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause holding `at` ends: its comma, or the sentence's end ('… 사업에 국비 540억원을, 광주는 …')."""
    comma = sentence.find(",", at)
    return len(sentence) if comma < 0 else comma


def _the_kind_of_listed_places(groups: list[ArticleInitiative], pm: PlacedMention) -> bool:
    """A name with no place of its own that several places listed each have a project by: the kind they share."""
    if pm.place is not None or pm.context_place is not None or pm.strength == "spread":
        return False
    alike = {
        g.place.key for g in groups
        if g.place is not None and g.words == pm.words and any(q.strength == "spread" for q in g.members)
    }  # fmt: skip
    return len(alike) >= 2


def _merge_catchphrase(
    groups: list[ArticleInitiative],
    phrase: ArticleInitiative,
    role: PlacedMention,
    placed: list[PlacedMention],
    text: dict[int, str],
) -> None:
    """What a project is to become, quoted in the headline as if a name ('대표 "아시아 최대 소버린 AI 인프라 거점"'),
    is that project when the body says so of it ('영광 AI 캠퍼스(…)를 아시아 최대 규모의 소버린 AI 인프라 거점으로
    만들겠다'): the phrase's group, named nowhere else in the body, joins the project's."""
    sentence = text[role.sentence_index]
    objects = [
        q for q in placed
        if q.sentence_index == role.sentence_index and q is not role and q.group is not None
        and q.group != phrase.index and q.mention.end <= role.mention.start and not q.mention.is_role
        and _OBJECT_OF_ROLE.match(sentence, q.mention.end)
    ]  # fmt: skip
    if len(objects) != 1:
        return
    elsewhere = [q for q in phrase.members if q.zone != "headline" and q.sentence_index != role.sentence_index]
    if elsewhere:
        return  # the phrase names a project of its own in the body too
    for q in phrase.members:
        q.is_nickname = True  # what the project is called, not its name
    _absorb(groups[objects[0].group], phrase)  # type: ignore[index]


def _merge_renamed(
    groups: list[ArticleInitiative], placed: list[PlacedMention], text: dict[int, str], renaming: frozenset[int]
) -> None:
    """Two names of one project, however the article ties them (`_merge_names_side_by_side`, former names,
    names after another, identifications, nicknames, competitions, acronyms, programmes' hubs, short names)."""
    _merge_names_side_by_side(groups, placed, text, renaming)
    _merge_former_names(groups, placed, text)
    _merge_named_after(groups, placed, text)
    _merge_identified(groups, placed, text)
    _merge_nicknames(groups, placed, text)
    _merge_competitions(groups, text)
    _merge_acronyms(groups, placed, text)
    _merge_hubs_of_programmes(groups, placed, text)
    _merge_programmes_called_short(groups)
    _merge_programmes_and_what_they_build(groups)


_SHARED_WORDS_OF_ONE_PROGRAMME = 2  # distinctive words a programme and the thing it builds share ('중소', '제조')


def _merge_programmes_and_what_they_build(groups: list[ArticleInitiative]) -> None:
    """A place's programme and the quoted thing of its own kind it builds, named with two or more of the same words,
    are one project: "'지역 제조 AX 선도사업'에 선정돼 … '울산형 중소 제조 AX 플랫폼' 사업을 추진한다" beside '울산
    중소 제조 AX 선도사업' in the headline."""
    for g in groups:
        if g.initiative_type != "programme" or not g.members or g.is_nationwide:
            continue
        for h in groups:
            if (
                h is not g
                and h.members
                and h.initiative_type == "other"
                and any(pm.mention.quoted and pm.mention.head in rules.BUILT_QUOTED_HEADS for pm in h.members)
                and _places_agree(g.place, h.place)
                and g.province_code == h.province_code
                and len(set(g.words) & set(h.words)) >= _SHARED_WORDS_OF_ONE_PROGRAMME
                and not _set_apart(h)
            ):
                _absorb(g, h)


def _renaming_sentences(text: dict[int, str]) -> frozenset[int]:
    """The sentences that may tie two names of one project: a renaming, a bracket, a 'so-called', an apposition."""
    return frozenset(
        i for i, sentence in text.items()
        if rules.RENAMED.search(sentence) or "(" in sentence or rules.SO_CALLED.search(sentence)
        or rules.APPOSITION_OPENS.search(sentence) or "이름" in sentence or "명칭" in sentence
    )  # fmt: skip


def _merge_names_side_by_side(
    groups: list[ArticleInitiative], placed: list[PlacedMention], text: dict[int, str], renaming: frozenset[int]
) -> None:
    """A sentence that calls one name the other's new or former name ('AX 실증밸리는 … ‘울산 제조
    AX 선도거점’ 사업의 새 이름이다', 'B에서 A로 이름을 바꿨다'), or gives the other name in brackets
    right after the first ("'정부 AI 전용 데이터센터'(범정부 초거대 AI 공동 인프라센터)가"), makes the
    two one initiative."""
    for i, a, b in _side_by_side(placed, renaming):
        between = text[i][a.mention.end : b.mention.start]
        after = text[i][b.mention.end : b.mention.end + 20]
        bracketed = rules.ALIAS_OPENS.fullmatch(between) and rules.ALIAS_CLOSES.match(after)
        so_called = rules.SO_CALLED.fullmatch(between)
        apposed = (
            b.mention.quoted
            and not a.mention.quoted
            and (
                (rules.APPOSITION_OPENS.fullmatch(between) and rules.APPOSITION_CLOSES.match(after))
                or (
                    rules.APPOSITION_COMMA_OPENS.fullmatch(between)
                    and rules.APPOSITION_COMMA_CLOSES.match(after)
                    and not _LIST_BEFORE.search(text[i], 0, a.mention.start)  # the first name follows another item
                    and a.mention.initiative_type == b.mention.initiative_type  # a data centre, a computing centre
                    and not _SEVERAL_AFTER.search(text[i], b.mention.end)  # '…가 잇따라 착공했다': two things
                )
            )
        )
        renamed_to = rules.RENAMING_BETWEEN.search(between) and rules.RENAMED_TO_AFTER.match(text[i], b.mention.end)
        if rules.UNDER_THE_NAME_AFTER.match(text[i], b.mention.end) and rules.TOPIC_PARTICLE.match(
            text[i], a.mention.end
        ):
            _absorb(groups[a.group], groups[b.group])  # type: ignore[index]  # the subject, called so
            groups[a.group].words = _both_names_words(b.words, groups[a.group].words)  # type: ignore[index]
            continue
        if not (
            bracketed
            or so_called
            or apposed
            or renamed_to
            or rules.RENAMED.search(between)
            or rules.RENAMED.search(after)
        ):
            continue
        keep, gone = groups[b.group], groups[a.group]  # type: ignore[index]  # the later name is the one explained
        if apposed and len(gone.members) > 1:  # the head itself, not what else its group took in
            gone.members.remove(a)
            _join(keep, a)
            continue
        _absorb(keep, gone)
        if renamed_to or rules.RENAMED.search(between) or rules.RENAMED.search(after):
            keep.words = _both_names_words(a.words, b.words)  # other reports call it by either name


_SUBJECT_OPENS_WITHIN = 12  # letters before the subject's name where a sentence opens ('특히 ', '부산의 ')
# A project set against another, not called it: '…를 뛰어넘는', '…에 이은', '…와 맞먹는', '…보다 큰'.
_COMPARED_BETWEEN = re.compile(r"뛰어넘|넘어서|에\s*이은|에\s*이어|맞먹|버금|보다|처럼|같은|닮은|비슷한|달리|못지않")


# A sentence about the project before it, by a bare noun as its topic: '캠퍼스는 …', '이 센터는 …'.
_BARE_TOPIC_OPENS = re.compile(r"\s*(?:이\s*|해당\s*|같은\s*)?" + rules.PROJECT_NOUN + r"(?:은|는)\s")


def _merge_former_names(groups: list[ArticleInitiative], placed: list[PlacedMention], text: dict[int, str]) -> None:
    """A name the project went under, said of it in a sentence that names nothing else before ("캠퍼스는 2021년 'AI
    인재양성센터'라는 이름으로 계획돼"): one initiative with the one the sentence before names, if only one."""
    by_sentence = _grouped_by_sentence(placed)
    for i, members in by_sentence.items():
        first = members[0]
        if not (_BARE_TOPIC_OPENS.match(text[i]) and rules.UNDER_THE_NAME_AFTER.match(text[i], first.mention.end)):
            continue
        before = {pm.group for pm in by_sentence.get(i - 1, [])} - {first.group}
        if len(before) != 1:
            continue
        keep, gone = groups[before.pop()], groups[first.group]  # type: ignore[index]
        if not keep.members or not gone.members:
            continue
        _absorb(keep, gone)
        keep.words = _both_names_words(gone.words, keep.words)


def _both_names_words(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a renamed project's two names, the new name's first."""
    return (*new, *(w for w in old if w not in new))


def _merge_identified(groups: list[ArticleInitiative], placed: list[PlacedMention], text: dict[int, str]) -> None:
    """A sentence whose subject, named first, is said to be the project it ends on ("오션 AI 밸리는 … 실증시설
    등을 한데 모으는 'AI 융합 클러스터'다"): two names of one project."""
    for i, members in _grouped_by_sentence(placed).items():
        a, b = members[0], members[-1]
        sentence = text[i]
        if (
            a.group == b.group
            or not a.is_topic
            or a.mention.start > _SUBJECT_OPENS_WITHIN
            or not rules.HEAD_ENDS_SENTENCE_AS_COPULA.match(sentence, b.mention.end + _closing_quote(sentence, b))
            or not b.words  # a bare kind ('… 뛰어넘는 AI 데이터센터다') names nothing
            # another project named between them, or the last name's project named before it
            or any(pm.group == b.group or (pm.words and pm.group != a.group) for pm in members[1:-1])
            or _COMPARED_BETWEEN.search(sentence, a.mention.end, b.mention.start)
        ):
            continue
        keep, gone = groups[a.group], groups[b.group]  # type: ignore[index]
        if _elsewhere(gone, keep):
            continue
        if _types_agree(keep.initiative_type, gone.initiative_type) or (
            {keep.initiative_type, gone.initiative_type} <= _FACILITY_TYPES
        ):
            _absorb(keep, gone)


_CLOSING_QUOTES = frozenset("’'”\"」』")


def _closing_quote(sentence: str, pm: PlacedMention) -> int:
    """1 when a quote closes right after the mention ("…'AI 융합 클러스터'다"), else 0."""
    return 1 if sentence[pm.mention.end : pm.mention.end + 1] in _CLOSING_QUOTES else 0


def _merge_competitions(groups: list[ArticleInitiative], text: dict[int, str]) -> None:
    """A kind of project a ministry holds a competition for ('항만 AI 전환 거점 공모 결과 … ‘부산항
    스마트물류 AI 허브’를 최종 선정') is the entry it chose when the article names one of that kind in
    that province by words of its own: one project, called by the entry's name (each mention of the competition
    marked `is_competition`, so the entry is not named after it)."""
    competitions = {
        pm.mention.name for g in groups for pm in g.members
        if rules.COMPETITION_AFTER.match(text[pm.sentence_index], pm.mention.end)
    }  # fmt: skip
    if not competitions:
        return
    for g in groups:
        for pm in g.members:
            pm.is_competition = pm.mention.name in competitions
    for g in groups:
        if not g.members or not any(pm.mention.name in competitions for pm in g.members):
            continue
        if any(pm.mention.name not in competitions and pm.words for pm in g.members):
            continue  # the competition joined an entry named by words of its own already: it is that entry
        entries = [
            h for h in groups
            if h is not g and h.members and h.words and _types_agree(h.initiative_type, g.initiative_type)
            and h.province_code == g.province_code and not set(h.words) <= set(g.words)
            and not any(q.mention.name in competitions for q in h.members)
        ]  # fmt: skip
        if len(entries) == 1:
            _absorb(entries[0], g)


def _nicknames(g: ArticleInitiative) -> set[str]:
    """The names a group's project is only called by (`_merge_nicknames`)."""
    return {pm.mention.name for pm in g.members if pm.is_nickname}


def _merge_nicknames(groups: list[ArticleInitiative], placed: list[PlacedMention], text: dict[int, str]) -> None:
    """A quoted name a sentence says the project is called by ("도 안팎에서는 '바람 데이터센터'로
    불린다", "'정부 AI 두뇌'라고 불리는 센터") is that project's nickname: the project named before
    it in the sentence, else the one the sentence before named last, of the same kind if there is one."""
    named = sorted(
        (pm for pm in placed if pm.group is not None and pm.mention_index is not None),
        key=lambda pm: (pm.sentence_index, pm.mention.start),
    )
    for k, pm in enumerate(named):
        called = rules.CALLED_AFTER.match(text[pm.sentence_index], pm.mention.end) if pm.mention.quoted else None
        if called is None:
            continue
        pm.is_nickname = True
        gone = groups[pm.group]  # type: ignore[index]
        following = named[k + 1] if k + 1 < len(named) else None
        if (
            called.group("verb") in ("불리는", "통하는", "부르는")
            and following is not None
            and following.sentence_index == pm.sentence_index
            and following.group != pm.group
            and following.mention.start - called.end() <= 12
        ):  # "'서남해 에너지 AI 허브'로 불리는 영암 … AI 데이터센터도": what it names follows
            _absorb(groups[following.group], gone)  # type: ignore[index]
            continue
        earlier = [
            q for q in named[:k]
            if q.sentence_index >= pm.sentence_index - 1 and q.group != pm.group
            and groups[q.group].initiative_type not in rules.WRAPPER_TYPES  # type: ignore[index]
        ]  # fmt: skip
        alike = [q for q in earlier if _types_agree(groups[q.group].initiative_type, gone.initiative_type)]  # type: ignore[index]
        if alike or earlier:  # a nickname's head need not be the project's kind ('서울형 제조 AX 밸리' of a 선도지구)
            _absorb(groups[(alike or earlier)[-1].group], gone)  # type: ignore[index]
    for g in groups:  # a nickname's words tell no project apart: the name's own words do
        nicknames = _nicknames(g)
        if nicknames:
            g.words = max((pm.words for pm in g.members if pm.mention.name not in nicknames), key=len, default=())


# An acronym opening a sentence as its topic or subject: 'GAIC는 …', 'BALH가 …'.
_ACRONYM_OPENS = re.compile(r"\s*([A-Za-z][A-Za-z0-9\-]{1,11})(?:은|는|이|가|도)\s")
# A name's Latin acronym in brackets right after it: '강원형 제조AI 전환 프로젝트(GW-AX)'.
_ACRONYM_AFTER = re.compile(r"[’'”\"」』]?\s*\(\s*([A-Za-z][A-Za-z0-9\-]{1,11})\s*\)")


def _merge_acronyms(groups: list[ArticleInitiative], placed: list[PlacedMention], text: dict[int, str]) -> None:
    """A project called by the acronym its full name was glossed with ('강원형 제조AI 전환
    프로젝트(GW-AX)' … 'GW-AX 프로젝트') is that project."""
    for pm in placed:
        if pm.group is None or not groups[pm.group].members:
            continue
        gloss = _ACRONYM_AFTER.match(text[pm.sentence_index], pm.mention.end)
        if gloss is None or gloss.group(1).upper() in _NOT_NAME_ACRONYMS:
            continue
        keep = groups[pm.group]
        for g in groups:
            if g is keep or not g.members or not _types_agree(g.initiative_type, keep.initiative_type):
                continue
            if all(gloss.group(1) in q.words for q in g.members if q.words) and any(q.words for q in g.members):
                _absorb(keep, g)


# 'A(GW-AX)의 거점인 ‘강원 AX 혁신센터’': the place a programme is run from.
_HUB_OF_BETWEEN = re.compile(
    r"[’'”\"」』]?\s*(?:\([^()]{0,20}\))?\s*의\s*(?:핵심\s*|중심\s*)?거점(?:인|이자|으로|이\s*될)\s*[‘'“\"「『]?"
)


def _merge_hubs_of_programmes(
    groups: list[ArticleInitiative], placed: list[PlacedMention], text: dict[int, str]
) -> None:
    """A centre a sentence calls a programme's hub ('…프로젝트(GW-AX)의 거점인 ‘강원 AX 혁신센터’') is where
    the programme is run: one initiative, its money the programme's."""
    for i, a, b in _side_by_side(placed):
        keep, gone = groups[a.group], groups[b.group]  # type: ignore[index]
        if keep.initiative_type != "programme" or gone.initiative_type in rules.WRAPPER_TYPES:
            continue
        if _HUB_OF_BETWEEN.fullmatch(text[i], a.mention.end, b.mention.start):
            _absorb(keep, gone)


def _merge_programmes_called_short(groups: list[ArticleInitiative]) -> None:
    """A programme called by the first words of a project's name ('농기계 AX 사업' beside '농기계 AX 실증 플랫폼
    구축사업'; '스마트팜 AI 사업' beside '스마트팜 AI 통합플랫폼'), or by words within the words of the one quoted
    thing it builds, is that project, called short."""
    for g in [g for g in groups if g.initiative_type == "programme" and g.words and g.members]:
        stems = {_SHORT_PROGRAMME_TAIL.sub("", q.mention.name) for q in g.members}
        stems = {stem for stem in stems if len(stem.split()) >= _SHORT_NAME_MIN_WORDS}
        longer = [
            h for h in groups
            if h is not g and h.members and h.initiative_type != "programme" and h.province_code == g.province_code
            and any(q.mention.name.startswith(stem + " ") for q in h.members for stem in stems)
        ]  # fmt: skip
        # …or by words of the one quoted thing it builds, each within one of its words: '울산 조선 디지털트윈 사업',
        # "'AI 디지털트윈' 사업" beside "'AI 조선·플랜트 디지털트윈 플랫폼 구축사업'"
        if not longer:
            longer = [
                h for h in groups
                if len(g.words) >= _SHORT_NAME_MIN_WORDS or any(q.mention.quoted for q in g.members)
                if h is not g and h.members and h.words and h.initiative_type != "programme"
                and _places_agree(h.place, g.place) and any(q.mention.quoted for q in h.members)
                and all(any(w in word for word in h.words) for w in g.words)
            ]  # fmt: skip
        if len(longer) == 1:
            _absorb(longer[0], g)


_SHORT_PROGRAMME_TAIL = re.compile(r"\s*(?:사업|프로젝트)$")
_SHORT_NAME_MIN_WORDS = 2  # '농기계 AX': a word of its own and more; one word is anyone's ('AI 사업')


_NOT_NAME_ACRONYMS = frozenset({"AI", "AX", "DX", "MOU", "MOA", "SPC", "IDC", "AIDC", "R&D", "RE100", "GPU", "NPU"})


_NAMING_REACH = 3  # sentences back a name may be given to the project they describe
_PROGRAMME_NAME_WORDS = re.compile(r"사업명|과제명")
# Kinds of built place: a project's given name may call a computing centre a hub ('… AI 컴퓨팅 허브').
_FACILITY_TYPES = frozenset({"cluster", "data_centre", "computing_centre", "hub"})


def _merge_named_after(groups: list[ArticleInitiative], placed: list[PlacedMention], text: dict[int, str]) -> None:
    """A sentence that only gives a name ("이름은 ‘K-휴머노이드 밸리’로 붙였다") names the project of the
    sentence before: the name's group joins the one named there last."""
    named_by = {i: m for i, sentence in text.items() if (m := rules.NAMES_THE_PROJECT.match(sentence))}
    naming = set(named_by)
    if not naming:
        return
    by_sentence: dict[int, list[PlacedMention]] = {}
    for pm in placed:
        if pm.group is not None:
            by_sentence.setdefault(pm.sentence_index, []).append(pm)
    for i in sorted(naming):
        if _ANOTHER_PROJECT.search(text[i]):
            continue  # '정부는 이름을 … 정하고 2조원을 들여 별도로 짓기로 했다': a project of its own
        here = {pm.group for pm in by_sentence.get(i, []) if pm.group is not None}
        before: list[PlacedMention] = []
        for back in range(1, _NAMING_REACH + 1):  # the project the sentences before describe, named last
            if _ANOTHER_PROJECT.search(text.get(i - back, "")):
                break  # '시는 별도의 신규 사업도 내놨다': what follows is another project
            before = [
                pm for pm in by_sentence.get(i - back, [])
                if pm.group is not None and pm.group not in here and pm.mention_index is not None
                and not pm.won_into and not pm.is_competition  # not the call won ('…공모사업에 최종 선정됐다')
            ]  # fmt: skip
            if before or by_sentence.get(i - back):
                break
        if not before and not any(_ANOTHER_PROJECT.search(text[j]) for j in text if j < i):
            # an interview's answer, its question between: the one project the article named so far
            earlier = [
                pm for j, pms in by_sentence.items() if j < i for pm in pms
                if pm.group not in here and pm.mention_index is not None and not pm.won_into and not pm.is_competition
            ]  # fmt: skip
            before = earlier if len({pm.group for pm in earlier}) == 1 else []
        noun = named_by[i]["noun"]  # '센터 이름은 …': the centre's name, not the last project's
        if noun and noun not in rules.NAME_KIND_WORDS:
            before = [pm for pm in before if noun in pm.mention.name]
        if len(here) != 1 or not before:
            continue
        kept = max(before, key=lambda pm: pm.mention.start).group
        if kept is None:
            continue
        gone, keep = groups[here.pop()], groups[kept]
        if any(pm.sentence_index != i for pm in gone.members) or not (
            _types_agree(gone.initiative_type, keep.initiative_type)
            or {gone.initiative_type, keep.initiative_type} <= _FACILITY_TYPES
            # a programme's official name, the thing it builds: "'…' 과제가 선정 … 공식 사업명은 '… 플랫폼 구축사업'"
            or (keep.initiative_type == "programme" and _PROGRAMME_NAME_WORDS.search(named_by[i].group(0)))
        ):
            continue  # a name the article uses elsewhere for a project of its own, or another kind of thing
        if _elsewhere(gone, keep) or _NATIONAL_SUBJECT.match(text[i]):
            continue  # '경북도는 이름을 …로 정하고 구미에 짓는다' after a 대구 project; '정부는 이름을 …'
        given = gone.words
        _absorb(keep, gone)
        keep.words = _both_names_words(given, keep.words)  # other reports may use either name


_SEVERAL_AFTER = re.compile(r"잇따라|각각|모두|함께|나란히|동시에|둘\s*다")
# A sentence that introduces a project apart from the one before: '별도의 신규 사업', '또 다른 사업', '한편'.
_ANOTHER_PROJECT = re.compile(r"별도|신규\s*사업|또\s*다른|(?:^|\s)한편\s")
# The country as the subject: its own project, not the region's named before ('정부는 이름을 …').
_NATIONAL_SUBJECT = re.compile(r"\s*[\"“]?\s*(?:정부|[가-힣]{1,8}부)(?:는|가)\s")


def _elsewhere(a: ArticleInitiative, b: ArticleInitiative) -> bool:
    """Two initiatives placed in different provinces, or where neither place holds the other."""
    if a.province_code and b.province_code and a.province_code != b.province_code:
        return True
    places = [pm.place or pm.context_place for pm in a.members]
    return any(p is not None and b.place is not None and not _places_agree(p, b.place) for p in places)


def _join(g: ArticleInitiative, pm: PlacedMention) -> None:
    pm.group = g.index
    g.members.append(pm)
    place = pm.place or pm.context_place
    if (
        place is not None
        and place.site
        and g.initiative_type in rules.WRAPPER_TYPES
        and (pm.mention.initiative_type not in rules.WRAPPER_TYPES)
    ):
        place = None  # a programme's facility stands at a site; the programme is the city's ('대덕 … 테스트베드')
    if place is not None and (g.place is None or (place.key != g.place.key and _more_specific(place, g.place))):
        g.place = place
    if g.place is not None and g.place.region_code:
        g.region_code = g.place.region_code
        g.province_code = g.place.province_code
    if len(pm.words) > len(g.words):
        g.words = pm.words


def _absorb(keep: ArticleInitiative, gone: ArticleInitiative) -> None:
    """One initiative after all: `gone`'s mentions join `keep`, and `gone` is left empty."""
    for pm in list(gone.members):
        _join(keep, pm)
    gone.members.clear()


def _more_specific(new: Place, old: Place) -> bool:
    """A site inside the group's city, or a city inside its province."""
    return _places_nest(new, old) and ((bool(new.site) and not old.site) or (old.is_province and not new.is_province))


def _own_total(pm: PlacedMention, totals: dict[int, list[int]]) -> bool:
    return bool(totals.get(pm.sentence_index))


def _group_totals(g: ArticleInitiative, totals: dict[int, list[int]]) -> set[int]:
    return {t for pm in g.members for t in totals.get(pm.sentence_index, [])}


def _states_another_total(
    pm: PlacedMention, g: ArticleInitiative, totals: dict[int, list[int]], groups: list[ArticleInitiative]
) -> bool:
    """The mention's sentence states a total that none of the sentences naming the initiative alone restate (a
    sentence naming another initiative too may state that one's: '데이터센터 착공…집적단지 사업비 4,047억')."""
    mine = set(totals.get(pm.sentence_index, ()))
    if not mine:
        return False
    shared = {q.sentence_index for h in groups if h is not g for q in h.members}
    theirs = {
        t
        for q in g.members
        if q.sentence_index != pm.sentence_index and q.sentence_index not in shared
        for t in totals.get(q.sentence_index, ())
    }
    return bool(theirs) and not (
        _totals_restate(mine, theirs) or any(_rounds(a, b) or _rounds(b, a) for a in mine for b in theirs)
    )


def _rounds(rough: int, exact: int) -> bool:
    """A round figure states an exact one loosely: '3조원' (투자), '3조 원대' for 3조6000억 원."""
    unit = 10 ** (len(str(rough)) - len(str(rough).rstrip("0")))
    return rough <= exact < rough + unit


def _placed_referent(
    groups: list[ArticleInitiative], pm: PlacedMention, totals: dict[int, list[int]]
) -> ArticleInitiative | None:
    """The named initiative at the place a weakly placed mention's sentence names, if only one, unless the
    sentence states a total the initiative's never restate ('…시화MTV에는 … 5조 8천억원을 들여 하이퍼스케일
    데이터센터를' beside the story's 4,200억원 'AI 엣지 데이터센터' in 장곡동: another project in the same city)."""
    place = pm.place
    if place is None:
        return None
    here = [
        g for g in groups
        if _types_agree(g.initiative_type, pm.mention.initiative_type) and g.place is not None and _places_agree(g.place, place)
        and not _states_another_total(pm, g, totals, groups)
    ]  # fmt: skip
    exact = [g for g in here if g.place is not None and g.place.key == place.key]
    if len(exact) == 1:
        return exact[0]
    if len(here) == 1:
        return here[0]
    return None


def _unworded_at(
    groups: list[ArticleInitiative], pm: PlacedMention, totals: dict[int, list[int]]
) -> ArticleInitiative | None:
    """The project without words of its own at the mention's place: at the same place, else the one
    whose city holds the mention's site ('기장 AI 데이터센터' … '반룡일반산업단지 인근 … AI
    데이터센터'), unless their totals differ."""
    kind = pm.mention.initiative_type
    place = pm.place
    if place is None:
        return None
    same = [
        g
        for g in groups
        if g.place and not g.words and g.place.key == place.key and _types_agree(g.initiative_type, kind)
    ]
    if same:
        return same[0]
    nesting = [
        (g, g.place) for g in groups
        if g.place and not g.words and _places_nest(g.place, place) and _types_agree(g.initiative_type, kind)
    ]  # fmt: skip
    if any(not p.is_province for _, p in nesting):  # the city holds the site more closely than a province
        nesting = [(g, p) for g, p in nesting if not p.is_province]
    if len(nesting) != 1:
        return None
    mine, theirs = set(totals.get(pm.sentence_index, [])), _group_totals(nesting[0][0], totals)
    return None if mine and theirs and not (mine & theirs) else nesting[0][0]


def _merge_unworded(
    groups: list[ArticleInitiative],
    totals: dict[int, list[int]],
    text: dict[int, str],
    subject_provinces: set[str] | None = None,
) -> None:
    """A placed project without words of its own joins the one worded project of its kind at that
    place ('수성 데이터센터' and '수성알파시티 AI 데이터센터'), unless each states its own total. Named
    only in headlines, it joins the first the article names ('서울시 AI 펀드 … 최종 결성' over
    '‘서울 AI 스케일업 펀드’를 … 결성했다' and a later '정책펀드'). One spread over a list of places
    ('경북 포항, 전북 군산, 제주 3곳을 선정') joins only the item a bulleted list gives its place
    ('▲경북 포항(…)이 … GPU 클러스터를'), not another project there. A name the article quotes
    with its place ('‘대전 인공지능 허브센터’') is a name of its own: it joins only the project the article
    named so before without the place ('‘공공 AI 클라우드 통합데이터센터’')."""
    for g in list(groups):
        if g.words or not g.members or _only_existing(g):
            continue  # ('기존 정부 데이터센터는 …': the existing ones, not the project)
        # (a quoted name by its site, '신평장림산단 데이터센터', is the project at that site)
        own_name = any(q.mention.quoted and q.place_inside and not (q.place and q.place.site) for q in g.members)
        # '영종국제도시에서도 … 데이터센터가', '…와 달리': another project, spoken of beside, unless it costs the
        # same money ('이와 별도로 송도에 6,200억원을 들여 … 데이터센터를' then '… 6,200억원을 투입해 ‘한빛 송도 AI 캠퍼스’를')
        apart = any(q.apart for q in g.members)
        spread = any(q.strength == "spread" for q in g.members)
        candidates = [
            h for h in groups
            if h is not g and h.members and h.words and _types_agree(h.initiative_type, g.initiative_type)
            and _places_agree(h.place, g.place) and not _unplaced_in_another_province(h, g, subject_provinces)
            and not _only_existing(h) and not _set_apart(h)
        ]  # fmt: skip
        candidates = [h for h in candidates if h.initiative_type == g.initiative_type]
        if g.initiative_type == "education":  # schools of different kinds are different ('캠퍼스' is no '부트캠프')
            heads = {pm.mention.head for pm in g.members}
            candidates = [h for h in candidates if heads & {pm.mention.head for pm in h.members}]
        if spread:
            candidates = [
                h for h in candidates if any(_item_of_its_place(q, text[q.sentence_index]) for q in h.members)
            ]
        if len(candidates) > 1 and all(q.zone == "headline" for q in g.members):
            candidates = [min(candidates, key=lambda h: min(q.sentence_index for q in h.members))]
        if own_name or len(candidates) > 1:  # '인천 공공 AI 클라우드 통합데이터센터': the '공공 AI … 데이터센터' before
            alike = [h for h in candidates if _named_alike(g, h)]
            candidates = alike if own_name or alike else candidates
        if len(candidates) != 1:
            continue
        h = candidates[0]
        mine, theirs = _group_totals(g, totals), _group_totals(h, totals)
        if apart and not (
            g.place is not None
            and h.place is not None
            and g.place.key == h.place.key
            and _state_one_total_apart(g, h, totals)
        ):
            continue  # set apart, it is the same project only at the same place for the same money
        if mine and theirs and not _totals_restate(mine, theirs):
            continue  # each states a total of its own ('7천억원대' restates '7,124억원': one)
        _absorb(h, g)


_ALIKE_MIN_WORDS = 3  # a name long enough to be one project's, not a kind ('AI 데이터센터')


def _named_alike(a: ArticleInitiative, b: ArticleInitiative) -> bool:
    """Some name of one is a name of the other with words (its place) before it, or the same."""
    for q in a.members:
        for r in b.members:
            short, long = sorted((q.mention.name, r.mention.name), key=len)
            if len(short.split()) >= _ALIKE_MIN_WORDS and (long == short or long.endswith(" " + short)):
                return True
    return False


def _state_one_total_apart(a: ArticleInitiative, b: ArticleInitiative, totals: dict[int, list[int]]) -> bool:
    """Sentences that name one and not the other state the same total (a sentence naming both tells nothing)."""
    in_a, in_b = {q.sentence_index for q in a.members}, {q.sentence_index for q in b.members}
    mine = {t for i in in_a - in_b for t in totals.get(i, ())}
    return any(t in mine for i in in_b - in_a for t in totals.get(i, ()))


def _unplaced_in_another_province(
    named: ArticleInitiative, placed: ArticleInitiative, subject_provinces: set[str] | None = None
) -> bool:
    """A named project with no place of its own, in the province its sentences or the article's subject give, is not
    the one placed in another ('KS클라우드는 경기 평택에 … 데이터센터를 짓기로' in a 부산 story, then
    '블루오션AI 데이터센터는 …')."""
    if named.place is not None or placed.place is None or placed.place.province_code is None:
        return False
    if named.province_code is not None:
        return named.province_code != placed.place.province_code
    if not subject_provinces:
        return False
    return placed.place.province_code not in subject_provinces


def _totals_restate(mine: set[int], theirs: set[int]) -> bool:
    """Some total of one is some total of the other, as rounded or written loosely (within 10%)."""
    return any(abs(a - b) <= 0.1 * max(a, b) for a in mine for b in theirs)


def _item_of_its_place(pm: PlacedMention, sentence: str) -> bool:
    """A sentence that gives one place of a list its project: a bulleted item or a table's row
    ('▲경북 포항(…)이 …', '제주 | 관광 AI 서비스 실증 거점 | 210억원'), or one that opens with the
    place ('전북 전주는 ‘탄소소재 AX 혁신거점’을 만든다'); not a project there named in passing."""
    if rules.BULLET.search(sentence) or rules.LIST_LINE.match(sentence):
        return True
    place = pm.place or pm.context_place
    return place is not None and place.start <= _PLACE_OPENS_WITHIN


class _Referents:
    """The initiative a mention without place or distinctive words refers to: the one named in its
    sentence or the two before it, else the only one of its kind in the article, unless that one is
    first named in an aside after it ('… 데이터 센터와 GPU 학습동을 짓는 2단계 …. 한편 도는 …
    사천 AI 데이터센터 …': another matter, not what the earlier sentence meant).

    Indexed by sentence and by kind, so that a page of thousands of mentions costs each one only
    its neighbours (the groups and the named mentions do not change while generic ones join).
    """

    def __init__(self, groups: list[ArticleInitiative], placed: list[PlacedMention], text: dict[int, str]) -> None:
        self.groups = {g.index: g for g in groups if g.members}
        self.text = text
        self.asides = sorted(i for i, t in text.items() if _ASIDE.match(t))
        self._first_named: dict[int, int] = {}  # group → the sentence that first names it
        self.named_in: dict[int, list[PlacedMention]] = {}
        for q in placed:
            if q.strength != "generic":
                self.named_in.setdefault(q.sentence_index, []).append(q)
        self._same_kind: dict[tuple[str, str | None], tuple[list[ArticleInitiative], set[int]]] = {}

    def add(self, g: ArticleInitiative) -> None:
        self.groups[g.index] = g
        self._same_kind.clear()

    def same_kind(self, kind: str, province: str | None) -> tuple[list[ArticleInitiative], set[int]]:
        """The groups of a kind (in a province, if given), and their indexes."""
        key = (kind, province)
        if key not in self._same_kind:
            found = [
                g for g in self.groups.values()
                if _types_agree(g.initiative_type, kind) and (province is None or g.province_code in (None, province))
            ]  # fmt: skip
            self._same_kind[key] = (found, {g.index for g in found})
        return self._same_kind[key]

    def find(self, pm: PlacedMention) -> ArticleInitiative | None:
        context = pm.context_place
        same_kind, kinds = self.same_kind(
            pm.mention.initiative_type, context.province_code if context is not None and context.is_province else None
        )
        # a bare head of a name its words made another kind ('집적단지' of 'AI 데이터센터 집적단지') refers to it too
        headed = [
            g for g in self.groups.values()
            if g.index not in kinds and any(q.mention.head == pm.mention.head and q.words for q in g.members)
        ] if pm.mention.name == pm.mention.head else []  # fmt: skip
        if headed:
            same_kind, kinds = same_kind + headed, kinds | {g.index for g in headed}
        shortened = _shortened_from(pm, same_kind)
        if shortened is not None:
            return shortened
        for i in range(pm.sentence_index, pm.sentence_index - 3, -1):
            before = [
                q for q in self.named_in.get(i, [])
                if q.group in kinds and (i < pm.sentence_index or q.mention.start < pm.mention.start)
                and not q.existing
            ]  # fmt: skip
            if before and (group := before[-1].group) is not None:
                return self.groups[group]
        if (
            len(same_kind) == 1
            and not self._aside_after(pm.sentence_index, same_kind[0])
            and not _only_existing(same_kind[0])
            and not _set_apart(same_kind[0])  # '인근에는 … 행정클라우드센터도': a neighbour, not "the" one
            and not all(  # one named as the first of several ('…를 비롯해'): not "the" one
                rules.HEAD_FIRST_OF_SEVERAL.match(self.text[q.sentence_index], q.mention.end)
                for q in same_kind[0].members
            )
        ):
            return same_kind[0]
        return None

    def _aside_after(self, sentence_index: int, g: ArticleInitiative) -> bool:
        if not self.asides:
            return False
        if g.index not in self._first_named:  # once: generic mentions joining later do not name it
            self._first_named[g.index] = min(q.sentence_index for q in g.members)
        first = self._first_named[g.index]
        nearest = bisect.bisect_right(self.asides, sentence_index)
        return nearest < len(self.asides) and self.asides[nearest] <= first


def _merge_headline_descriptions(groups: list[ArticleInitiative], zone: dict[int, str]) -> bool:
    """A project named only in the headline lines, unquoted, is the body's one named project of its kind at its
    place when the body names that one by another name and never in a headline ('영종 GPU 데이터센터 부지 계약' over
    a body about '노스게이트 영종 AI 캠퍼스'). True if any was."""
    merged = False
    in_headline = [g for g in groups if g.members and all(zone[pm.sentence_index] == "headline" for pm in g.members)]
    for g in in_headline:
        if _set_apart(g) or any(pm.mention.quoted for pm in g.members):
            continue
        bodies = [
            h for h in groups
            if h.members and h is not g and h.words and h.initiative_type == g.initiative_type
            and _places_agree(h.place, g.place)
            and not any(zone[pm.sentence_index] == "headline" for pm in h.members)
            and not _set_apart(h) and not _only_existing(h)
        ]  # fmt: skip
        if len(bodies) == 1 and len({pm.sentence_index for pm in bodies[0].members}) >= 2:
            _absorb(bodies[0], g)
            merged = True
    return merged


# The existing one named before the head: '기존 정부 데이터센터는 GPU 서버를 수용할 설비가 부족하다'.
_EXISTING_BEFORE = re.compile(r"(?<![가-힣])(?:기존|기존의|현재의)\s*$")


# The subject opening a sentence, a time word or its gloss around it: 'KT는', '이날 KT는', 'KT(대표 김영섭)는'.
_SUBJECT_OPENING = re.compile(
    r"\s*(?:(?:이날|한편|또한?|앞서|현재|최근|\d+일)\s*,?\s+)?(?P<subject>[A-Za-z가-힣&]+?)(?:\s*\([^()]{0,20}\))?"
    r"(?:은|는|이|가|도)\s"
)


def _opened_by(sentence: str, org_code: str, gaz: Gazetteer) -> bool:
    """The organisation, by any of its names, opens the sentence as its subject."""
    subject = _SUBJECT_OPENING.match(sentence)
    return subject is not None and gaz.org_aliases.get(subject.group("subject")) == org_code


def _merge_company_named(groups: list[ArticleInitiative], gaz: Gazetteer, text: dict[int, str]) -> None:
    """A project called by its company and place alone ('KT 안성 AI데이터센터') is the one of its kind and place that
    company, opening a sentence, acts on by a quoted name of its own ("KT는 … '안성 소버린 AI 데이터센터' 1단계
    준공식을 열고"): the headline's shorthand for the official name."""
    for g in groups:
        code = gaz.org_aliases.get(g.words[0]) if g.members and len(g.words) == 1 else None
        if code is None:
            continue
        named = [
            h for h in groups
            if h.members and h is not g and h.words and g.words[0] not in h.words
            and h.initiative_type == g.initiative_type and _places_agree(h.place, g.place)
            and any(pm.mention.quoted and _opened_by(text[pm.sentence_index], code, gaz) for pm in h.members)
        ]  # fmt: skip
        if len(named) == 1:
            _absorb(named[0], g)


def _merge_subheads(groups: list[ArticleInitiative], zone: dict[int, str]) -> None:
    """A subhead's project of the headline's kind and place is the headline's, described ('세종 AI
    행정클라우드센터, 예비타당성조사 통과' over '- 총사업비 3,274억 원, … GPU 기반 AI 전용 정부 데이터센터 구축'),
    unless the body names it too or the subhead quotes its name (then it is a project of its own)."""
    named = {pm.sentence_index for g in groups for pm in g.members}
    headlines = sorted(i for i, z in zone.items() if z == "headline" and i in named)
    if len(headlines) < 2:
        return
    first = headlines[0]  # the headline: the first headline line that names a project
    heads = [g for g in groups if any(pm.sentence_index == first for pm in g.members)]
    if len(heads) != 1:
        return
    head = heads[0]
    kinds = {pm.mention.initiative_type for pm in head.members if pm.sentence_index == first}
    for g in groups:
        if (
            g is not head
            and g.members
            and {pm.mention.initiative_type for pm in g.members} == kinds == {head.initiative_type}
            and _places_agree(g.place, head.place)
            and not _set_apart(g)
            and not any(pm.mention.quoted for pm in g.members)  # a description, not a name given in quotes
            and all(zone[pm.sentence_index] == "headline" or pm.existing for pm in g.members)
            and any(pm.sentence_index != first for pm in g.members)
        ):
            for pm in [pm for pm in g.members if not pm.existing]:  # (the old facility the body compares stays)
                g.members.remove(pm)
                pm.is_nickname = True  # a description: the headline's name stays the project's
                _join(head, pm)


def _only_existing(g: ArticleInitiative) -> bool:
    """Every mention of the group says it runs already: an older facility, which the story's new one is not."""
    return bool(g.members) and all(q.existing for q in g.members)


def _shortened_from(pm: PlacedMention, candidates: list[ArticleInitiative]) -> ArticleInitiative | None:
    """The one project whose fuller name ends with the quoted mention's words: "'AI 클라우드센터'" after '공단동
    AI 클라우드센터' in an article of two data centres (not a bare head: '데이터센터' ends every name; not an
    unquoted kind of project, 'GPU 1만장 규모의 AI 데이터센터', which the sentences before tell)."""
    name = pm.mention.name
    if len(name.split()) < 2 or not pm.mention.quoted:  # a name quoted again in short, not a kind of project
        return None
    found = [
        g for g in candidates if any(q.mention.name != name and q.mention.name.endswith(" " + name) for q in g.members)
    ]
    return found[0] if len(found) == 1 else None


_TASK_VOTE = 0.5  # a call's task ('… 과제') says little of the kind of thing it builds


def _group_type(g: ArticleInitiative) -> str:
    """The type most of its names give, names with words of their own counting most; a nickname's
    head says nothing of the kind ('서울형 제조 AX 밸리' of a 선도지구), nor a call's task much ('세종형 AI 시티
    OS' 과제 that builds a platform). A bare '센터' sharing the words of a
    centre the group names in full is its short form ('소버린 AI센터' of '진주 소버린 AI 컴퓨팅센터'): it votes
    for that kind."""
    votes: dict[str, float] = defaultdict(float)
    nicknames = _nicknames(g)
    members = [q for q in g.members if q.mention.name not in nicknames] or g.members
    centre_kinds = {
        (pm.mention.initiative_type, pm.words)
        for pm in members
        if pm.mention.initiative_type in rules.CENTRE_TYPES and pm.mention.head.endswith("센터") and pm.words
    }
    for pm in members:
        kind = pm.mention.initiative_type
        shortens = {k for k, words in centre_kinds if pm.words and _words_agree(pm.words, words)}
        if kind == "other" and pm.mention.head == "센터" and len(shortens) == 1:
            kind = next(iter(shortens))
        votes[kind] += (
            4.0 if pm.words else 2.0 if pm.strength in ("named", "spread") else 1.0 if pm.strength == "weak" else 0.5
        ) * (_TASK_VOTE if pm.mention.head in rules.AFTER_QUOTE_HEADS else 1.0)
    return max(sorted(votes), key=lambda t: (votes[t], -_TYPE_PRIORITY.index(t)))


def _of_kind(m: InitiativeMention, kind: str) -> bool:
    """The mention names a thing of this kind, a bare '센터' any kind of centre ('청라 AX센터', a data centre)."""
    return m.initiative_type == kind or (
        kind in rules.CENTRE_TYPES and m.initiative_type == "other" and m.head == "센터"
    )


def _best_mention(g: ArticleInitiative) -> PlacedMention:
    """The mention whose name says most: distinctive words, quotes, a kind word over a description."""
    counts = Counter(pm.mention.name for pm in g.members)
    nicknames = _nicknames(g)
    of_type = [
        pm for pm in g.members if _of_kind(pm.mention, g.initiative_type) and pm.mention.name not in nicknames
    ] or g.members
    # the entry a competition chose is called by its own quoted name, not the competition's
    entries = [
        pm for pm in of_type
        if not pm.is_competition and ((pm.mention.quoted and pm.words) or pm.mention.head in rules.AFTER_QUOTE_HEADS)
    ]  # fmt: skip
    of_type = [pm for pm in of_type if not pm.is_competition] if entries else of_type

    def score(pm: PlacedMention) -> tuple:
        words = name_words(pm.mention.name, pm.mention.head)
        descriptive = sum(w in rules.DESCRIPTIVE_MODIFIERS for w in words)
        kind = sum(w in rules.GENERIC_MODIFIERS and w not in rules.DESCRIPTIVE_MODIFIERS for w in words)
        return (
            pm.mention.name not in nicknames,
            sum(w not in rules.EQUIPMENT_WORDS for w in pm.words),
            pm.mention.quoted,
            kind,
            -descriptive,
            len(words),
            counts[pm.mention.name],
            len(pm.mention.name),
        )

    return max(sorted(of_type, key=lambda pm: (pm.sentence_index, pm.mention.start)), key=score)


def _group_name(g: ArticleInitiative, best_mention: PlacedMention, gaz: Gazetteer) -> str:
    """The fullest name the article gives, with its place in front when the name lacks one, and without the ministry
    a headline writes before its programme ('과기정통부 지역특화 AX 선도사업')."""
    best = best_mention.mention.name
    first, _, rest = best.partition(" ")
    if rest and _all_ministries(first, gaz):
        best = rest
    if (
        g.place is not None
        and not best_mention.place_inside
        and not _name_has_place(best, g.place, gaz)
        and not (g.place.site and _names_a_region(best, gaz))  # '음성 하이퍼스케일 …' at 원남테크노밸리: placed already
        and not _opens_with_its_province(best, g.place, gaz)  # '부산항 항만물류 AI 허브' in 강서구: '부산' says where
    ):
        best = f"{_short_place(g.place, gaz)} {best}"
    elif g.place is None and g.province_code and not best_mention.place_inside and not _names_a_region(best, gaz):
        best = f"{gaz.short_province_name(g.province_code)} {best}"  # '제주 인공지능 특화 데이터센터'
    return display_name(best)


def _all_ministries(word: str, gaz: Gazetteer) -> bool:
    """'과기정통부', '과기정통부·산업부': ministries the gazetteer knows, by any of their names."""
    codes = [gaz.org_aliases.get(part) for part in word.split("·")]
    return all(code is not None and gaz.organisations[code].org_type == "ministry" for code in codes)


def _opens_with_its_province(name: str, place: Place, gaz: Gazetteer) -> bool:
    """The name's first word begins with the short name of the place's province ('부산항', '울산형')."""
    short = gaz.short_province_name(place.province_code) if place.province_code else ""
    first = name.lstrip("‘'“\"「『").split(" ", 1)[0]
    return bool(short) and first.startswith(short) and len(first) > len(short)


def _names_a_region(name: str, gaz: Gazetteer) -> bool:
    return any(gaz.region_pattern.match(w) for w in name.split())


def _name_has_place(name: str, place: Place, gaz: Gazetteer) -> bool:
    compact = name.replace(" ", "")
    short = _short_place(place, gaz)
    if place.text.replace(" ", "") in compact or (bool(short) and short in compact):
        return True
    if place.site and _city_of_estate(place, gaz) is None:
        stem = _estate_stem(place.site)
        if stem and stem in compact:
            return True
    return any(len(w) >= 3 and short.startswith(w) for w in name.split())  # '에코델타' of '에코델타시티'


def _short_place(place: Place, gaz: Gazetteer) -> str:
    """'장성군' → '장성', '대구광역시' → '대구'; a site keeps its name, but an industrial estate is
    an address: its city names the project ('웅천일반산업단지' of 보령 → '보령'). A district several
    cities have says nothing alone: its city goes before it ('서구' → '인천 서구'); a province goes
    by its short name ('전라북도' → '전북')."""
    region = gaz.regions.get(place.region_code) if place.region_code else None
    if (
        not place.site
        and region is not None
        and region.level == "municipality"
        and region.name_ko.rsplit(" ", 1)[-1] in gaz.shared_district_names
    ):
        return f"{gaz.short_province_name(region.province_code)} {region.name_ko.rsplit(' ', 1)[-1]}"
    if place.is_province and place.province_code:  # '전라북도' → '전북', not '전라북'
        return gaz.short_province_name(place.province_code)
    if place.site:
        city = _city_of_estate(place, gaz)
        if city is None:
            return "".join(place.text.split())
        text = city
    else:
        text = place.text
    short = _REGION_SUFFIX.sub("", text)
    return short if len(short) >= 2 else text


def _city_of_estate(place: Place, gaz: Gazetteer) -> str | None:
    """The city an industrial-estate site or a town lies in ('웅천일반산업단지' of 보령 → '보령시', '황룡면' of
    장성 → '장성군'), if known."""
    region = gaz.regions.get(place.region_code) if place.region_code else None
    if not (place.site and place.site.endswith((*rules.ESTATE_ENDINGS, *_TOWN_KINDS)) and region):
        return None
    if region.level == "municipality" or region.name_ko.endswith(_CITY_PROVINCES):  # '대구국가산단' → 대구
        return region.name_ko.rsplit(" ", 1)[-1]
    return None


_PLACE_REACH = 30  # how far before a fact a place may stand and still be where the fact is ('오송에 1조원을')
# Money as the means of building what the clause goes on to list: '약 800억원을 들여', '1조원을 투입해'.
# …or funds them: '국비 62억원으로 드론 통합관제센터 구축과 자동비행 시험 등을 진행한다'.
_SPENT_ON = re.compile(r"(?:\([^()]*\)|\))?\s*(?:(?:을|를)?\s*(?:들여|투입해|투입하여|투자해|투자하여)|으로|로)\s")
# Facilities listed as what a project gathers, its cost after: '지식산업센터와 전력 데이터 센터, 실증 테스트베드를 한데
# 모으는 사업으로 총사업비는 1450억 원'.
_GATHERS_THE_LISTED = re.compile(r"(?:을|를)\s*(?:한데\s*|한곳에\s*)?(?:모으는|모은|묶는|묶은|아우르는|아우른)\s*사업")
# …or built with the figure after them, '등' closing the list or not: '… 전력설비, 재생에너지 공급시설(등)을 짓는 데
# (에만) 모두', '… 공급시설 등의 건립에 모두'.
_BUILDING_THE_LISTED = re.compile(
    r"(?P<closed>등)?(?:을|를)?\s*(?:짓|조성하|구축하|건립하|만드|마련하|세우)는\s*(?:데|데에)(?:만|는)?\s*"
    r"(?:모두\s*|총\s*|약\s*|각각\s*)?$"
    r"|(?P<closed_noun>등)의?\s*(?:건립|조성|구축|건설)(?:에|에만|에는)\s*(?:모두\s*|총\s*|약\s*)?$"
)
# A list of facilities just before the verb, when no '등' closes it: 'AI 데이터센터와 전력설비, 재생에너지 공급시설을'.
# (its words carry no particle: not the builders, '시와 KT는 데이터센터를')
_LISTED_BEFORE = re.compile(
    r"[가-힣A-Za-z0-9)]\s*(?:와|과|,)\s+(?:\S*[^\s은는에도로가이서]\s+){0,3}\S*[^\s은는에도로가이서]$"
)
_LISTED_REACH = 40


def _builds_the_listed(sentence: str, offset: int) -> bool:
    """Money spent building facilities listed before it ('…센터와 전력설비, 공급시설 등을 짓는 데 모두 1조8000억원'):
    the project's they make up, not the facility named first (not '데이터센터를 짓는 데 800억원', one facility)."""
    built = _BUILDING_THE_LISTED.search(sentence, max(0, offset - 30), offset)
    if built is None:
        return False
    if built.group("closed") or built.group("closed_noun"):
        return True
    return _LISTED_BEFORE.search(sentence, max(0, built.start() - _LISTED_REACH), built.start()) is not None


# An aside ('한편 …') giving a cost in brackets glued to its noun: '한편 도는 … 해녀박물관
# 리모델링(사업비 45억원) 준공식도 가졌다' is another project's, not the article's.
_ASIDE = re.compile(r"\s*한편\s")
# A sentence about 'this project', a programme: '이 사업은 지난 2월 … 선정된 것으로, … 1천250억 원이 들어간다'.
_WON_INTO_AFTER = re.compile(r"[’'”\"」』]?\s*(?:공모)?\s*(?:에|에서)\s*(?:최종\s*)?(?:선정|뽑|당선)")
_THIS_PROGRAMME_OPENING = re.compile(
    r"\s*(?:(?:이|이번|해당|같은|그)\s*(?:사업|프로젝트)(?:은|는|에는|의)\s"
    r"|(?:사업|프로젝트)\s*(?:\d+|첫|두|세)\s*(?:년차|해|번째\s*해)(?:인|를|에|의)?\s)"  # '사업 2년차인 올해 예산은'
)
# …which may still go on about the project: '한편 이 사업에는', '한편 센터는'.
_REFERS_BACK = re.compile(
    r"(?:이|이번|해당|같은|그)\s*(?:사업|센터|시설|단지|거점|펀드|프로젝트)|(?<![가-힣])(?:센터|사업|단지|거점|펀드)(?:는|은|에|의|가|이)\s"
)
# An amount that sizes a project named by no name of its own: '4,287억원짜리 국가사업', '1조원 규모의 사업'.
_SIZES_A_PROJECT = re.compile(
    r"\s*(?:짜리|규모의?|대의?)\s*(?:대형\s|국책\s)?(?:국가)?(?:사업|프로젝트)(?:[이가은는을를의에도]|\s|$)"
)
# What stands before a bare head that refers back: the sentence's start, a word ending in a particle, or a year
# ('올해 허브 운영 예산으로').
_BARE_HEAD_BEFORE = re.compile(
    r"(?:^|(?:은|는|이|가|을|를|에|에서|의|도|로|으로|따라|그리고|또)\s+|(?<![가-힣])(?:올해|내년|매년|연간)\s+|,\s*)\s*$"
)


def _only_referred_back_to(article: ArticleInitiatives, sentence_index: int) -> bool:
    """The nearest of the two sentences before that names projects names those other than the article's own only by
    a word referring back, and the article never names them by a name of their own (quoted, or holding a place) nor
    sets them apart ('별도로'); or neither names any."""
    for i in (sentence_index, sentence_index - 1):
        members = article.members_in(i)
        if members:
            named = [g for _, g in members if g.index != article.primary]
            return not any(pm.mention.quoted or pm.place_inside or pm.apart for g in named for pm in g.members)
    return True


# A project's cost as the topic of a sentence naming nothing else ('투입된 사업비는', '총사업비가').
_PROJECT_COST_AS_TOPIC = re.compile(r"(?<![가-힣])(?:총\s*)?사업비(?:는|은|가)\s")
_WHOLE_OF_THE_PROJECT = re.compile(r"전체\s*사업(?:비|\s*규모)?|사업\s*전체|총\s*사업\s*규모")
_COST_IN_BRACKETS = re.compile(r"(?<=[가-힣])\(\s*(?:총\s*)?(?:사업비|예산|공사비|건립비|총사업비)\s*$")


def link_fact(
    article: ArticleInitiatives,
    sentence_index: int,
    offset: int,
    places: list[Place],
    sentence: str = "",
    end: int | None = None,
    places_before: list[Place] | None = None,
) -> int | None:
    """The initiative an amount or a date belongs to.

    An amount that modifies the name right after it funds that initiative ('2조원대 AI
    데이터센터와 연계해', '380억원 규모의 융합센터'; `end` is where the amount ends in `sentence`).
    Else, in a sentence that spreads one project over several places, the place named nearest before
    the fact ('장성군에는 2조2000억원 …, 강진군에는 3조3000억원'); else the nearest initiative the
    sentence names by a name of its own; else the one project placed where the sentence names a
    place just before the fact; else the one project of a headline's spread over places at the place the sentence
    (or, naming none, the sentence before: `places_before`) opens with; else the nearest mention; else the one named
    in the sentence
    before (or the one named by a name of its own two sentences before, with none between); else
    the article's primary initiative.
    """
    here = article.members_in(sentence_index)
    if end is not None:
        modified = [
            g for pm, g in here
            if pm.mention_index is not None and pm.mention.start >= end
            and (
                (
                    rules.AMOUNT_BEFORE_NAME.fullmatch(sentence, end, pm.mention.start)
                    and rules.AMOUNT_MODIFIES.search(sentence, offset, pm.mention.start)
                )
                or rules.AMOUNT_SPENT_ON_NAME.fullmatch(sentence, end, pm.mention.start)
            )
        ]  # fmt: skip
        if modified:
            return _not_an_agreement(article, modified[0]).index
        if any(
            start >= end
            and (
                (
                    rules.AMOUNT_BEFORE_NAME.fullmatch(sentence, end, start)
                    and rules.AMOUNT_MODIFIES.search(sentence, offset, start)
                )
                or rules.AMOUNT_SPENT_RIGHT_ON_NAME.fullmatch(sentence, end, start)
            )
            for start, _ in article.loose.get(sentence_index, ())
        ):  # '400억원 규모 AI 펀드를 만들었고', '인근 …에서는 A그룹이 2조원을 들여 … 캠퍼스 1단계 공사를'
            return None  # the size of a project the article names no further
        bare = _BARE_HEAD_AFTER.match(sentence, end)
        if bare is not None and rules.AMOUNT_MODIFIES.search(sentence, offset, bare.start("head")):
            sized = {  # '684억원짜리 플랫폼이': the size of the article's one project of that head
                g.index for g in article.initiatives if g.is_subject and any(pm.mention.head == bare.group("head") for pm in g.members)
            }  # fmt: skip
            if len(sized) == 1:
                return sized.pop()
    if (
        end is not None
        and article.primary is not None
        and _SIZES_A_PROJECT.match(sentence, end)
        and not any(pm.is_topic for pm, _ in here)  # 'A센터는 500억원 규모의 사업이다': A센터's
    ):
        return article.primary  # '총사업비 4,287억원짜리 국가사업이': the article's project, by its size
    if (
        article.primary is not None
        and not any(pm.mention_index is not None for pm, _ in here)
        and _WHOLE_OF_THE_PROJECT.search(sentence, max(0, offset - 30), offset)
    ):
        return article.primary  # '도는 전체 사업 규모는 1조원 이상으로': the whole of the article's project
    if (
        article.primary is not None
        and not places
        and not here
        and _PROJECT_COST_AS_TOPIC.search(sentence, 0, offset)
        and _only_referred_back_to(article, sentence_index - 1)
    ):  # '2022년부터 투입된 사업비는 최종 5214억원으로 집계됐다': the project's cost, not the facility the sentence
        # before only referred back to by one word ('실증센터 준공은 … 늦어졌다'; but "'인천 공공 AI 클라우드센터'를
        # 건립한다. 총사업비는 420억원", "별도로 … '광주 AI 데이터센터'를 짓는다. 데이터센터는 2027년 완공된다. 사업비는
        # 3000억원이다": a project the article names in full, or sets apart, is its own)
        return article.primary
    aside = bool(sentence) and _ASIDE.match(sentence) is not None
    glossed = _COST_IN_BRACKETS.search(sentence, max(0, offset - 12), offset) if aside else None
    if glossed:  # '한편 … 해녀박물관 리모델링(사업비 45억원)': the cost of what stands before the bracket
        before = [g for pm, g in here if pm.mention_index is not None and 0 <= glossed.start() - pm.mention.end <= 8]
        return _not_an_agreement(article, before[-1]).index if before else None
    cost_of = (
        rules.COST_OF_HEAD.search(sentence, max(0, offset - rules.COST_OF_HEAD_REACH), offset) if sentence else None
    )
    if cost_of:  # '…첫 삽…특구 사업비 1조4천억': the cost of the project that head names
        headed = {g.index: g for pm, g in here if pm.mention_index is not None and pm.mention.head == cost_of.group(1)}
        if not headed and not aside and _BARE_HEAD_BEFORE.search(sentence, 0, cost_of.start()):
            # '이사회에서 캠퍼스 총사업비를 …': the article's one project of that head (not '서울대는 시흥 캠퍼스 …')
            headed = {
                g.index: g
                for g in article.initiatives
                if g.is_subject and any(pm.mention.head == cost_of.group(1) for pm in g.members)
            }
        if len(headed) == 1:
            return _not_an_agreement(article, next(iter(headed.values()))).index
    opening = _THIS_PROGRAMME_OPENING.match(sentence) if sentence else None
    if (
        opening is not None
    ):  # '이 사업은 … 선정된 것으로, 2029년까지 … 1천250억 원이 들어간다': the programme named before
        programmes_before = [  # or the regions' programme spread over the places it chose: its money is no place's
            (pm.sentence_index, pm.mention.start, g.index)
            for g in article.initiatives
            if g.of_the_regions  # (the call that chose the places: its budget is the call's)
            or (
                g.is_subject and not g.is_nationwide and g.initiative_type == "programme"
                and not all(q.is_competition or q.won_into for q in g.members)  # not the call won ('…사업에 선정돼')
            )
            for pm in g.members if pm.sentence_index < sentence_index
        ]  # fmt: skip
        if programmes_before:
            return max(programmes_before)[2]
    spread = [(pm, g) for pm, g in here if pm.strength == "spread"]
    if spread:
        keys = {pm.place.key: g for pm, g in spread if pm.place is not None}
        places_before = [p for p in places if p.end <= offset and p.key in keys]
        places_after = [p for p in places if p.start >= offset and p.key in keys]
        chosen = places_before[-1] if places_before else places_after[0] if places_after else None
        if chosen is not None:
            return keys[chosen.key].index
    # money spent on facilities listed among others ('800억원을 들여 … 데이터센터와 실증포장, 연구동
    # 등을 조성') builds parts of a project, not the facility named first
    spent = (
        end is not None
        and (
            _SPENT_ON.match(sentence, end) is not None
            or _GATHERS_THE_LISTED.search(sentence, 0, offset) is not None
            or _builds_the_listed(sentence, offset)
        )
    )  # (or the facilities listed are gathered into the project before: '…센터와 …, …를 한데 모으는 사업으로 총사업비는';
    # or built with the figure after them: '… AI 데이터센터와 전력설비, 재생에너지 공급시설 등을 짓는 데 모두 1조8000억원')
    named = [
        (pm, g) for pm, g in here
        if pm.mention_index is not None
        and not (spent and _listed_with_others(sentence, pm.mention) and g.index != article.primary)
    ]  # fmt: skip
    own_names = [(pm, g) for pm, g in named if pm.words or pm.place_inside or pm.mention.quoted]
    if any(pm.is_topic for pm, _ in own_names):  # 'A는 … ‘B’로 선정돼 … 455억원을 들여 조성하는 사업이다': A's
        own_names = [
            (pm, g) for pm, g in own_names if not rules.SELECTED_INTO_AFTER.match(sentence, pm.mention.end)
        ] or own_names
    if own_names:  # '강원 수열에너지융복합클러스터는 춘천시 동면 … 3,600억원을 투입': the name, not the town
        _, g = min(own_names, key=lambda x: (_gap(x[0].mention, offset), x[0].mention.start))
        return _not_an_agreement(article, g).index
    placed_at = article.subjects_at
    reached = [
        p for p in places if p.end <= offset and offset - p.end <= _PLACE_REACH and len(placed_at.get(p.key, [])) == 1
    ]
    if reached and not (aside and not _REFERS_BACK.search(sentence)):  # (an aside's town is another matter's)
        return _not_an_agreement(article, placed_at[reached[-1].key][0]).index
    if not named and (by_acronym := _ACRONYM_OPENS.match(sentence)) and by_acronym.group(1) in article.acronyms:
        return article.acronyms[by_acronym.group(1)]  # 'GAIA는 매년 국비 60억원을': the project glossed so
    opening_place = (
        None
        if _PAST_OR_APART.search(sentence)  # '울산은 지난해 별도로 … 500억원을 투입한 바 있다': another matter
        else _opening_place(places)
        or (
            _opening_place(places_before)
            if places_before
            and not places
            and not article.members_in(sentence_index - 1)
            and _OWN_COST_OPENING.match(sentence)  # (not '정부는 … 국비 1120억원을': a subject of its own)
            else None
        )
    )  # '창원국가산단은 … 적용한다. 총사업비 420억원 가운데 …': the paragraph's place, its one project
    if opening_place is not None and not named and opening_place.region_code:
        opened_at = [  # of a headline's programme spread over places (`_place_of_a_spread_opens_its_facts`)
            g for g in article.initiatives
            if g.is_subject and g.place is not None and not g.place.site
            and g.place.region_code == opening_place.region_code
            and all(pm.strength == "spread" for pm in g.members)
        ]  # fmt: skip
        if len(opened_at) == 1:
            return _not_an_agreement(article, opened_at[0]).index
    if named:
        _, g = min(named, key=lambda x: (_gap(x[0].mention, offset), x[0].mention.start))
        return _not_an_agreement(article, g).index
    near = [  # '오송에 1조원을', not '본사에서 열린 협약식에서 …'
        p for p in places
        if p.end <= offset and offset - p.end <= _PLACE_REACH and not p.is_province
        and _AT_PLACE.match(sentence, p.end)
    ]  # fmt: skip
    elsewhere = near[-1] if near else None  # the city or site the fact is stated at, if any
    if aside and not _REFERS_BACK.search(sentence):
        return None  # '한편 시는 … 수소특화단지 조성에 2,500억원을': an aside of another matter
    opening = rules.OPENING_HEAD.match(sentence) if sentence and not named else None
    if opening:  # '센터(영문명 …)에는 총사업비 1,480억원': the article's one project of that head
        opened = {
            g.index
            for g in article.initiatives
            if g.is_subject and any(pm.mention.head.endswith(opening.group(1)) for pm in g.members)
        }
        if len(opened) == 1:
            return opened.pop()
    for back in range(1, _FOLLOWING_SENTENCES + 1):  # '…AI데이터센터를 건립하기로 했다. … 2조 원을 투자할 계획이다.'
        members = article.members_in(sentence_index - back)
        previous = [
            (pm, g) for pm, g in members
            if g.is_subject and not pm.list_item and (back == 1 or pm.words or pm.mention.quoted or pm.place_inside)
        ]  # fmt: skip
        if previous and (back == 1 or len({g.index for _, g in previous}) == 1):
            if any(pm.is_topic for pm, _ in previous):  # '실증 클러스터는 … 실제 데이터센터에서 검증한다'
                previous = [(pm, g) for pm, g in previous if pm.is_topic or pm.strength != "generic"]
            _, g = max(previous, key=lambda x: x[0].mention.start)
            main = next((h for _, h in previous if h.index == article.primary), None)
            if previous[0][0].zone == "headline" and main is not None and _regions_nest(main, g):
                g = main  # '‘…융합센터’ 문 열어…분석 거점' / '380억 투입': the story's, when both are one place
            g = _not_an_agreement(article, g)
            return None if _placed_elsewhere(elsewhere, g) else g.index
        if members:
            break  # the sentence before names initiatives, but not one this fact's surely
    if article.primary is not None and _placed_elsewhere(elsewhere, article.initiatives[article.primary]):
        return None
    named_at = article.initiatives[article.primary].first_named_at if article.primary is not None else None
    if named_at is not None and sentence_index < named_at:
        return None  # '전북 몫 국가예산에는 … 고속도로 건설비 1천31억원' before the story's one project is named
    return article.primary


# A head alone right after an amount and its size word ('684억원짜리 플랫폼이', '1조원 규모 센터는').
_BARE_HEAD_AFTER = re.compile(
    rules.AMOUNT_BEFORE_NAME.pattern
    + r"(?P<head>"
    + "|".join(sorted({*rules.HEAD_TYPES, *rules.QUOTED_HEADS}, key=len, reverse=True))
    + r")(?:은|는|이|가|을|를|의|에|에는|으로|로)?(?![가-힣])"
)


def _gap(mention: InitiativeMention, offset: int) -> int:
    """How far a fact at `offset` stands from a name: from its end when the name comes first
    ('천안은 모빌리티 AX 거점으로 350억원, 원주는 …': the name just before, however long)."""
    return offset - mention.end if mention.end <= offset else abs(mention.start - offset)


# Where a fact is stated: '오송에 1조원을', '첨단과기단지 2단계에 … 620억원을', '부지 일원에' (not '본사에서').
_AT_PLACE = re.compile(r"(?:\s?(?:\d+\s?단계|부지|일원|일대))?\s?에(?!서)")


def _placed_elsewhere(place: Place | None, g: ArticleInitiative) -> bool:
    """'도는 지난해 오송에 1조2천억원 규모의 …를 조성하겠다는 계획': a fact at a city or site that is not
    the project's own place is another project's, even one the article does not name."""
    return place is not None and g.place is not None and not _places_agree(place, g.place)


def _regions_nest(a: ArticleInitiative, b: ArticleInitiative) -> bool:
    """One region holds the other's: the same place, or a city and its province."""
    if a.region_code == b.region_code:
        return True
    return a.province_code == b.province_code and a.province_code in (a.region_code, b.region_code)


def _not_an_agreement(article: ArticleInitiatives, g: ArticleInitiative) -> ArticleInitiative:
    """Money and dates of an agreement belong to the project it is about: the article's primary one."""
    if g.initiative_type == "mou" and article.primary is not None:
        return next(h for h in article.initiatives if h.index == article.primary)
    return g


def respective_initiatives(
    article: ArticleInitiatives,
    sentence_index: int,
    sentence: str,
    amount_count: int,
    places: Sequence[Place] = (),
) -> list[ArticleInitiative]:
    """The initiatives that several amounts of one sentence fund one by one, in order ('부산 사상·대구
    달서에 … 각각 450억·380억', '두 곳에는 각각 450억원, 380억원'): one mention spread over as many
    places, in this sentence or before it, when the sentence says '각각'; of a longer list before
    it, those at the places the sentence names, in its order ('구미와 광주에 각각 480억원과 420억원')."""
    if amount_count < 2 or not rules.RESPECTIVELY.search(sentence):
        return []
    here = sorted(
        ((pm.place.start, g) for pm, g in article.members_in(sentence_index) if pm.strength == "spread" and pm.place),
        key=lambda x: x[0],
    )
    if here:
        by_index = {g.index: g for g in article.initiatives}
        targets = [by_index[i] for i in dict.fromkeys(g.index for _, g in here)]
    elif article.names_its_own(sentence_index):
        return []  # an earlier list does not take the figures of a sentence that names its own projects
    else:
        targets = article.spread_before(sentence_index)
        named_here = [g for g in targets if g.place is not None and any(_places_agree(p, g.place) for p in places)]
        if 2 <= len(named_here) < len(targets) and amount_count == 2 * len(named_here):
            # '강원은 … 총 150억원(국비 100억원)을, 울산은 … 총 176억원(국비 116억원)을 각각': each place's
            # whole and its part, place by place
            return [g for g in named_here for _ in range(2)]
        if len(targets) > amount_count:
            named = [[g for g in targets if g.place is not None and _places_agree(p, g.place)] for p in places]
            by_index = {agreeing[0].index: agreeing[0] for agreeing in named if len(agreeing) == 1}
            targets = list(by_index.values())
    return targets if len(targets) == amount_count else []


def per_place_initiatives(
    article: ArticleInitiatives, sentence_index: int, sentence: str, offset: int, places: Sequence[Place] = ()
) -> list[ArticleInitiative]:
    """The initiatives an amount stated 'for each' place belongs to ('지역 당 63억원의 국비가 지원된다'):
    those one earlier mention spread over several places, when the amount's own sentence names none;
    of those, the ones at the places the sentence names ('창원과 청주에는 각각 국비 100억원')."""
    marker = rules.PER_PLACE.search(sentence) if len(article.first_spread) >= 2 else None
    if marker is None:
        return []
    if article.names_its_own(sentence_index) or any(
        pm.strength == "spread" for pm, _ in article.members_in(sentence_index)
    ):
        return []  # the sentence names its own projects, or spreads one of its own
    spread = article.spread_before(sentence_index)
    after = [p for p in places if marker.end() <= p.start and p.end <= offset]
    if after:  # '지역별 총사업비는 ▲울산 … 138억원 ▲부산 … 126억원': each figure after its own place
        own = [g for g in spread if g.place is not None and _places_agree(after[-1], g.place)]
        if len(own) == 1:
            return own
    clause_start = max((b.end() for b in CLAUSE_BREAK.finditer(sentence, 0, marker.start())), default=0)
    listed = [p for p in places if clause_start <= p.start and p.end <= marker.start()]
    if listed and not _SOME_OF_A_LIST.search(sentence, clause_start, marker.start()):
        named = [g for g in spread if g.place is not None and any(_places_agree(p, g.place) for p in listed)]
        if named:
            return named  # '창원과 청주에는 각각 국비 100억원': those two only
    return spread if len(spread) >= 2 else []


_SOME_OF_A_LIST = re.compile(r"(?<![가-힣])등(?![가-힣])|\d+\s*곳|[두세네]\s*곳")  # as in: 울산 등 2곳에는 각각
