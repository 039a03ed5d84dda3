"""One article through the whole extraction: clean, split, find mentions, attribute facts.

Output rows map one-to-one onto the staging tables (see `etl.schema`); every fact carries
its sentence index and character offsets into the cleaned body.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from etl import PARSER_VERSION
from etl.cleaning import clean_page
from etl.extract.amounts import MoneyMention, classify_role, find_money
from etl.extract.article_initiatives import (
    ArticleInitiative,
    ArticleInitiatives,
    Place,
    group_initiatives,
    link_fact,
    per_place_initiatives,
    respective_initiatives,
    sentence_places,
)
from etl.extract.dates import (
    DateMention,
    ends_in_past,
    find_dates,
    funding_period,
    issue_date,
    publication_date,
    reports_past_event,
)
from etl.extract.gazetteer import Gazetteer
from etl.extract.initiative_rules import (
    AI_TOPIC_WORDS,
    BULLET,
    COMPARISON_OPENING,
    FACILITY_HEADS,
    PROJECT_NOUN,
    SAYING_VERBS,
    SHARE_OF_A_WHOLE,
    WHOLE_TYPES,
    breaks_down_by_party,
)
from etl.extract.initiatives import brands_quoted_alone, data_centre_campuses, find_initiatives, initiative_key_name
from etl.extract.korean import CLAUSE_BREAK, GOVERNMENT_SUBJECT, PLACES_COUNTED
from etl.extract.korean import counted as counted_places
from etl.extract.money_roles import (
    OF_THIS_BEFORE,
    SEVERAL_SUMMED,
    cumulative_sums,
    headline_indexes,
    headline_roles,
    parallel_totals,
    refine_roles,
)
from etl.extract.organisations import find_article_organisations
from etl.extract.publisher import load_directory, publisher_from_text
from etl.extract.regions import RegionMention, resolve_article_regions, scan_regions, subject_provinces
from etl.model import RawArticle, Sentence
from etl.readers.html import page_article
from etl.vocabulary import AMOUNT_ROLES, INVESTMENT_ROLES

_HEAD_SENTENCES = 3  # a dateline stands in the headline or the first sentences
# Extraction takes about 2 ms of CPU for a news article and grows linearly with its length (a
# megabyte in 1-5 s); one that has used this much CPU time is stopped and its article skipped
# (etl.timelimit), the last resort against an input no rule was measured on.
EXTRACTION_TIME_LIMIT_S = 8.0
TOO_SLOW = (
    "extraction stopped after {limit:g} s of CPU time, far longer than any news article takes "
    "(a page of very long lists or tables?)"
)
_EIGHT_HANGUL = re.compile(r"(?:[^가-힣]*[가-힣]){8}")  # stops at the eighth, unlike counting them all
# A verb of saying right after a date: '…착공식을 열었다고 27일 밝혔다'.
_SAID_AFTER = re.compile(r"\s*(?:\(현지\s*시간\)\s*)?" + SAYING_VERBS)
# Figures that fund no project of the article: a market, a forecast, a nationwide or cumulative
# sum, an effect. A date beside only such figures dates the figure, not an event of an initiative.
_FIGURES_OF_NO_PROJECT = frozenset(AMOUNT_ROLES) - {*INVESTMENT_ROLES, "share"}
# The events of a project a sentence can date beside such a figure ('…착공했다. 시장은 2030년…'
# is two sentences; '2030년까지 전국 3곳을 선정해 4,500억원' dates a selection).
_STAGE_EVENT = re.compile(
    r"착공|기공|준공|완공|개소|개원|개관|개교|가동|협약|MOU|양해각서|체결|선정|지정|승인|출범|결성|클로징|착수"
    r"|운영|문을\s*열|개장|오픈|서비스"
)
# A year that dates a budget or a figure, not an event: '2022년 예산 64억원', '올해 예산 78억원도', '내년도
# 예산으로', '내년 95억 요구' (what a year's money is, whatever happens to it).
_BUDGET_OF_THE_YEAR_AFTER = re.compile(
    r"\s*(?:도|의|에는|에|는|도의)?\s*(?:정부\s*|본\s*)?(?:예산|예산안|본예산|추경|국비|사업비|기획예산)(?![가-힣]{0,1}[을를]?\s*(?:들여|투입))"
    r"|\s*(?:에는|는|도)?\s*(?:약\s*)?\d[\d,.]*\s*(?:조|억|천만|만)[\d,.조억천만]*\s*원?\s*(?:을|를|이|가)?\s*"
    r"(?:투입|요구|요청|지원|편성|반영|배정|증액|감액)"  # '올해 78억 투입', '내년 95억 요구' (not '2027년 1조원 규모의 센터가 들어설')
)
# Where one clause of a sentence ends (`CLAUSE_BREAK`), or a headline's half: '… 목표 / …', '… | …'.
_CLAUSE_OR_HALF = re.compile(CLAUSE_BREAK.pattern + r"|[;/|]|다[.\s]|면서\s")
_ACCORDING_TO = re.compile(r"\s*(?:[가-힣A-Za-z0-9·]+\s){0,2}[가-힣A-Za-z0-9·]+(?:에|의)\s*따르면")
# A source's own time words: what it says after '…에 따르면' is dated by them, not by the day it spoke.
_OWN_TIME = re.compile(r"지난|최근|전날|앞서|당초|그동안|이미|올해|지난해|작년|내년|\d+\s*(?:일|월|년)")
_MEDIA_REPORT = re.compile(r"보도(?:했|됐|하였|되었)")
# An outlet as the subject just before a date: 'WSJ은 18일', '월스트리트저널(WSJ)은 18일', '외신들은 18일'.
_OUTLET_BEFORE = re.compile(
    r"(?:[A-Z]{2,}|외신|언론|매체|신문|통신|방송|저널|타임스|뉴스)(?:\([A-Za-z]+\))?(?:들)?\s*(?:은|는|이|가)\s*$"
)
# A province's reorganisation after a date: '오는 7월 행정통합', '6월 출범하는 강원특별자치도',
# '내년 1월 전북특별자치도로 출범': an event of the region, not of its initiatives.
_REORGANISATION = re.compile(
    r"\s*(?:[가-힣]{1,12}\s){0,2}?(?:행정\s*통합|(?:출범|승격|전환|통합)(?:하는|한|할|된|될|되는)?\s*[가-힣]{0,6}"
    r"(?:특별자치도|특별자치시|특별시|광역시|통합시)|[가-힣]{0,6}(?:특별자치도|특별자치시|특별시|통합시)\s*(?:으로|로)?\s*"
    r"(?:출범|승격|전환))"
)
# Where a clause ends between two places: a final or linking ending ('…조성했고, 대구시는'),
# not a list's comma or '와' ('부산 센텀시티, 대구 수성알파시티').
# The end of a clause, or a bullet that starts a new item.
_CLAUSE_END = re.compile(r"(?:다|고|며|면서|는데|지만|으나|했으며|하여|해서)[\s,.]|" + BULLET.pattern)
# A figure of money between two places: each has its own ('광주 287억원, 대구 96억원, … 각각 배정'),
# so they are not listed together for one figure; unless it stands before the next place as its size
# ('4,000억원 규모의 광주 집적단지와 2,000억원 규모의 대구 클러스터에는 각각 100억원').
_FIGURE_BETWEEN = re.compile(
    r"\d\s*(?:조|억|천만|백만|만)\s*(?:\d[\d,]*\s*(?:억|천만|만)\s*)?원?(?!\s*원?\s*(?:대\s*)?(?:규모|상당|짜리)?\s*의)"
    r"|\d\s*원(?!\s*(?:대\s*)?(?:규모|상당|짜리)?\s*의)"
)
# A place named as a partner of the one acting: '광주시와 함께', '대구시와 공동으로'.
_PARTNER_AFTER = re.compile(r"[가-힣]{0,3}?(?:와|과)\s*(?:함께|공동으로|공동|손잡고|협력해|협력하여)")
# A sentence whose subject counts the places named before it: '선정된 4곳은 …', '이들 세 곳 모두 …'.
_COUNTED_PLACES_SUBJECT = re.compile(
    r"\s*(?:선정된|지정된|이들|해당|이)\s*" + PLACES_COUNTED + r"\s*(?:은|는|이|가|에는|모두|의|에서)"
)
_COUNTED_PLACES_REACH = 30  # sentences looked back for the ones counted
# Words that hand one figure to each of several places: '지역 당 63억원', '각각 50억원', '50억원씩'.
_DISTRIBUTIVE = re.compile(r"각각|(?:지역|곳|개소|지자체|시도|시·도)\s*당|지역별|(?:원|달러)\s*씩")
# A sentence that takes a part of the figure before: '이 가운데 1단계에는 …', '이 중 국비는 …'.
_PART_OF_PREVIOUS = re.compile(r"\s*(?:" + OF_THIS_BEFORE.pattern + ")")
# …or opens with a phase of it: '클러스터는 사업비 3천억원 규모로 두 단계에 걸쳐 조성된다. 1단계(2025~2027년)에는
# 1천350억원을 들여 통합실증센터와 … 먼저 짓는다. 2단계에는 …' (the phased project's money, not a facility's).
_PHASE_OPENING = re.compile(
    r"\s*(?:[▲△■□○●\-·]\s*)?\d\s*단계\s*(?:\([^()]{1,40}\)\s*)?(?:에는|에선|에서는|는|은|로는|로|에)\s"
)
_PHASE_REACH = 3  # sentences a phase may stand after the whole it is a part of
# A sentence that adds up the one before into a whole: '이로써 클러스터 투자액은 … 1조 5340억 원으로 늘었다'.
_SUMMED_UP_OPENING = re.compile(r"\s*(?:이로써|이에\s*따라|이를\s*(?:합치면|더하면|포함하면))\s")
_TOPIC = re.compile(
    r"AI|인공지능|에이아이|데이터센터|집적단지|클러스터|컴퓨팅|투자|투입|사업비|유치|협약|MOU|조성|구축|특구|예산"
)


@dataclass
class ExtractedArticle:
    """Rows for each staging table, for one article."""

    article: dict[str, Any]
    sentences: list[dict[str, Any]] = field(default_factory=list)
    regions: list[dict[str, Any]] = field(default_factory=list)
    organisations: list[dict[str, Any]] = field(default_factory=list)
    amounts: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    initiatives: list[dict[str, Any]] = field(default_factory=list)
    article_initiatives: list[dict[str, Any]] = field(default_factory=list)


def article_id(source_key: str) -> str:
    """Stable across reloads of the same input: a changed file replaces its earlier version."""
    return hashlib.sha1(source_key.encode("utf-8")).hexdigest()[:16]


def extract_article(raw: RawArticle, gaz: Gazetteer, loaded_at: dt.datetime) -> ExtractedArticle:
    if raw.is_page:  # a web page's markup: its article is found here, on the extraction workers
        raw = page_article(raw)
    clean = clean_page(raw.text, known_title=raw.title, main_text=raw.is_main_text)
    aid = article_id(raw.source_key)
    sents = clean.sentences
    captions = [s.text for s in sents if s.zone == "caption"]
    published = raw.published_date
    pub_source = "metadata" if published else None
    if published is None:
        published = publication_date(clean.meta_lines, captions, [s.text for s in sents if s.zone == "body"])
        published = published or issue_date([s.text for s in sents if s.zone == "headline"])
        pub_source = "text" if published else None
    publisher = raw.publisher or publisher_from_text(
        clean.meta_lines,
        [s.text for s in sents[:_HEAD_SENTENCES]],
        [s.text for s in sents if s.zone == "body"],
        raw.text,
        load_directory(),
    )
    out = ExtractedArticle(
        article={
            "article_id": aid,
            "source_key": raw.source_key,
            "file_name": raw.file_name,
            "source_path": raw.source_path,
            "source_format": raw.fmt,
            "content_hash": raw.content_hash,
            "url": raw.url,
            "title": clean.title,
            "publisher": publisher,
            "published_date": published,
            "published_date_source": pub_source,
            "body": clean.body,
            "sentence_count": len(sents),
            "loaded_at": loaded_at,
            "parser_version": PARSER_VERSION,
            "is_summary": raw.is_summary,
        }
    )
    for s in sents:
        out.sentences.append(
            {
                "article_id": aid,
                "sentence_index": s.index,
                "start_offset": s.start,
                "end_offset": s.end,
                "zone": s.zone,
                "text": s.text,
            }
        )

    region_names = gaz.region_aliases.keys()  # a set view: no copy of ~500 names per article
    org_by_sentence = find_article_organisations({s.index: s.text for s in sents}, gaz, region_names)
    # Regions inside organisation names ('광주과학기술원', '경북도경제진흥원') do not locate the story.
    masks = {i: [(o.start, o.end) for o in orgs] for i, orgs in org_by_sentence.items()}
    region_by_sentence = resolve_article_regions(
        {s.index: scan_regions(s.text, gaz, masks[s.index]) for s in sents}, gaz
    )
    topical = {s.index for s in sents if _TOPIC.search(s.text)}
    zone_of = {s.index: s.zone for s in sents}
    subjects = subject_provinces([(zone_of[i], i, m) for i, ms in region_by_sentence.items() for m in ms], topical)
    # Each sentence's places in the subject provinces, read once for the region of every fact.
    subject_places = {i: _subject_mentions(ms, subjects) for i, ms in region_by_sentence.items()}
    # the province most sentences name (a sentence naming a province and its city counts once: '전남 나주')
    weights = Counter(p for ms in subject_places.values() for p in dict.fromkeys(m.province_code for m in ms))
    main_region = weights.most_common(1)[0][0] if weights else None

    # Sentences about other places than the article's, each acting ('광주시는 …, 대구시도 …' in a 부산 story).
    asides = {s.index for s in sents if _another_place_acts(s.text, region_by_sentence[s.index], subjects)}
    text_of = {s.index: s.text for s in sents}
    region_for = {
        s.index: None if s.index in asides else _region_for(s.index, subject_places, main_region, text_of)
        for s in sents
    }
    out.regions = _mention_rows(aid, sents, region_by_sentence, lambda s, m: {
        "surface": m.text, "region_code": m.region_code, "province_code": m.province_code,
        "is_subject_province": m.province_code in subjects,
    })  # fmt: skip
    out.organisations = _mention_rows(aid, sents, org_by_sentence, lambda s, o: {
        "surface": o.text, "org_code": o.org_code, "org_name": o.name, "org_type": o.org_type, "found_by": o.source,
        "role": o.role,
    })  # fmt: skip
    mentions_by_sentence = brands_quoted_alone(
        data_centre_campuses(
            {s.index: find_initiatives(s.text, region_names, masks[s.index]) for s in sents},
            {s.index: s.text for s in sents},
        ),
        {s.index: s.text for s in sents},
        region_names,
    )
    places = {
        s.index: sentence_places(s.text, region_by_sentence[s.index], gaz, masks[s.index], region_for[s.index])
        for s in sents
    }
    dates_by_sentence = _dates_in_context(sents, clean.body, published)
    money_by_sentence = refine_roles(
        sents, {s.index: find_money(s.text) for s in sents}, {i: len(ms) for i, ms in region_by_sentence.items()}
    )
    fact_positions = {
        s.index: [m.start for m in money_by_sentence[s.index]]
        + [d.start for d in dates_by_sentence[s.index] if d.day is not None]
        for s in sents
    }
    totals = {
        s.index: [m.amount_krw for m in money_by_sentence[s.index] if m.role == "total" and m.amount_krw] for s in sents
    }
    breakdowns = breakdowns_of_figures(text_of, money_by_sentence, places)
    grouped = group_initiatives(
        sents, mentions_by_sentence, places, fact_positions, totals, region_for, gaz, subjects, breakdowns
    )
    out.initiatives = _mention_rows(aid, sents, mentions_by_sentence, lambda s, i: {
        "name": i.name, "name_key": initiative_key_name(i.name), "initiative_type": i.initiative_type,
        "is_quoted": i.quoted, "region_code": region_for[s.index],
    })  # fmt: skip
    for row in out.initiatives:
        row["initiative_index"] = grouped.mention_group.get(row["mention_index"])
    restating = {
        k for k, m in enumerate(m for s in sents for m in mentions_by_sentence[s.index]) if m.is_role or m.is_counted
    }
    if restating:  # a role that restates no project, or a count placed nowhere, is no mention of one
        out.initiatives = [
            r for r in out.initiatives if r["mention_index"] not in restating or r["initiative_index"] is not None
        ]
    out.article_initiatives = [_initiative_row(aid, g, grouped.primary) for g in grouped.initiatives]
    periods = {s.index: funding_period(s.text, dates_by_sentence[s.index]) for s in sents}

    def placed(s: Sentence, facts: list[Any], spread: bool | None) -> list[_Placed]:
        """Each fact once per region it belongs to (`_fact_regions`); `spread` None: when the
        sentence hands a figure to each place ('각각', '지역 당')."""
        if not facts:
            return []
        if spread is None:
            spread = _DISTRIBUTIVE.search(s.text) is not None
        starts = [f.start for f in facts]
        regions = _fact_regions(s.text, starts, s.index, subject_places, region_for[s.index], spread)
        return [_Placed(f, code) for f, codes in zip(facts, regions, strict=True) for code in codes]

    placed_money = {s.index: placed(s, money_by_sentence[s.index], None) for s in sents}
    other_stories = _other_items_of_a_brief(sents, mentions_by_sentence)
    out.amounts = _amount_rows(aid, sents, placed_money, grouped, places, periods, gaz, asides | other_stories)
    placed_dates = {s.index: placed(s, dates_by_sentence[s.index], True) for s in sents}
    figures: dict[int, list[tuple[int, str]]] = {}  # each sentence's amounts: (offset in it, role)
    sentence_start = {s.index: s.start for s in sents}
    for row in out.amounts:
        i = row["sentence_index"]
        figures.setdefault(i, []).append((row["start_offset"] - sentence_start[i], row["amount_role"]))

    def date_row(s: Sentence, d: DateMention) -> dict[str, Any]:
        initiative = link_fact(grouped, s.index, d.start, places[s.index], s.text)
        # a date the article's projects do not own ('한편 시는 … 수소특화단지 조성에 2030년까지'): another matter's
        another_matter = initiative is None and grouped.primary is not None
        return {
            "surface": d.text, "event_date": d.day, "date_precision": d.precision, "is_relative": d.is_relative,
            "is_resolved": d.day is not None, "is_planned": d.is_planned,
            "is_milestone": not another_matter and _is_milestone(s.text, d, dates_by_sentence[s.index])
            and not _dates_a_figure_only(s.text, d, figures.get(s.index, []))
            and not _dates_a_forecast(s.text, d)
            and not _dates_a_budget(s.text, d),
            "initiative_index": initiative,
        }  # fmt: skip

    out.dates = _placed_rows(aid, sents, placed_dates, date_row)
    return out


@dataclass(frozen=True)
class _Placed:
    """A fact mention placed in one region; a fact of several regions is placed once in each."""

    fact: Any
    region_code: str | None

    @property
    def start(self) -> int:
        return int(self.fact.start)

    @property
    def end(self) -> int:
        return int(self.fact.end)


def _mention_rows(
    aid: str, sents: list[Sentence], found: dict[int, list[Any]], fields: Callable[[Sentence, Any], dict[str, Any]]
) -> list[dict[str, Any]]:
    """Staging rows for one kind of mention: where each sits in the body, plus its own fields."""
    rows: list[dict[str, Any]] = []
    for s in sents:
        for m in found[s.index]:
            rows.append({
                "article_id": aid, "mention_index": len(rows), "sentence_index": s.index,
                "start_offset": s.start + m.start, "end_offset": s.start + m.end, **fields(s, m),
            })  # fmt: skip
    return rows


def _placed_rows(
    aid: str, sents: list[Sentence], found: dict[int, list[_Placed]], fields: Callable[[Sentence, Any], dict[str, Any]]
) -> list[dict[str, Any]]:
    """Staging rows for facts placed in regions: the fact's own fields and its region."""
    return _mention_rows(aid, sents, found, lambda s, p: {**fields(s, p.fact), "region_code": p.region_code})


def _dates_in_context(sents: list[Sentence], body: str, published: dt.date | None) -> dict[int, list[DateMention]]:
    """Dates per sentence; a year set in a paragraph carries to its later bare months ('지난해 6월 … 이어 8월')."""
    found: dict[int, list[DateMention]] = {}
    year_context: int | None = None
    for s in sents:
        if s.start == 0 or body[s.start - 1] == "\n":  # a new paragraph
            year_context = None
        found[s.index] = find_dates(s.text, published, year_context)
        for d in found[s.index]:
            if d.day is not None:
                year_context = d.day.year
    return found


# A place as its sentence's topic: '광주시는 …', '대구시도 …', '전남에서는 …' (not '울산시가 도입한 모델', a clause's).
_ACTS_AFTER = re.compile(r"\s*(?:은|는|도|에서는|에서도)\s")
# …unless the article's own government acts too ('시는 …'), or the other place joins the article's project
# ('경북도는 이 클러스터에 200억원을 분담하기로 했다').
_OWN_GOVERNMENT_ACTS = re.compile(GOVERNMENT_SUBJECT)
_JOINS_THE_PROJECT = re.compile(r"(?:이|해당|그|이번)\s*" + PROJECT_NOUN + r"|분담|공동|함께|보태|출자|매칭")


def _another_place_acts(text: str, mentions: list[RegionMention], subjects: set[str]) -> bool:
    """The sentence is about other places than the article's, one of them its topic ('광주시는 2020년 400억원 규모
    AI 펀드를 만들었고, 대구시도 …' in a 부산 story): its facts are none of the article's regions'."""
    return (
        bool(mentions)
        and all(m.province_code not in subjects for m in mentions)
        and any(not m.passing and _ACTS_AFTER.match(text, m.end) for m in mentions)
        and not _OWN_GOVERNMENT_ACTS.search(text)
        and not _JOINS_THE_PROJECT.search(text)
    )


# A town where a sentence builds its project: '김해시에 AI 데이터센터를 짓기로', '해남군에 … 들어선다'.
_BUILT_IN_TOWN_AFTER = re.compile(r"(?:에|에서)\s+(?:\S+\s+){0,3}?(?:짓|조성|건립|구축|들어서|들어선|세우|세운)")


def _region_for(
    index: int,
    subject_places: dict[int, list[RegionMention]],
    main_region: str | None,
    text: Mapping[int, str] | None = None,
) -> str | None:
    """The subject region a sentence belongs to: named in it, or just before it (not the last of several
    provinces a sentence before lists and names no project at: '세종을 비롯해 경기 시흥시, 전남 순천시 등이 이름을
    올렸다', nor of three or more provinces it lists: '… 대상지로 부산, 대구, 울산, 전남, 충북을 선정했다'; but '성남시에
    본사를 둔 A사는 전남 해남군에 AI 데이터센터를 짓는다' and '부산시와 울산시, 경남도는 경남 김해시에 AI 데이터센터를
    짓기로 했다' place what follows in the town named)."""
    for i in range(index, max(-1, index - 3), -1):
        local = subject_places.get(i, [])
        if local:
            provinces = len({m.province_code for m in local})
            built_in_town = text is not None and any(  # '… 경남 김해시에 AI 데이터센터를 짓기로 했다'
                m.region_code != m.province_code and _BUILT_IN_TOWN_AFTER.match(text[i], m.end) for m in local
            )
            if (
                i != index
                and provinces > 1
                and (
                    (provinces >= 3 and not built_in_town) or not (text is not None and FACILITY_HEADS.search(text[i]))
                )
            ):
                return main_region
            specific = [m for m in local if m.region_code != m.province_code]
            return (specific or local)[0].region_code if i == index else (specific or local)[-1].region_code
    return main_region


def _shares_of_a_whole(
    linked: list[tuple[Sentence, MoneyMention, int | None, str | None]], grouped: ArticleInitiatives
) -> list[tuple[Sentence, MoneyMention, int | None, str | None]]:
    """A project's total the next sentence calls a share of a zone's, cluster's or hub's whole in the same province
    ('1조1000억원이 들어가는 이 센터는 …. 특구 전체 투자액 2조7400억원의 40%에 해당한다'): a part of that whole's
    money, not a second investment. Not a comparison ('이는 … 울산 AI 데이터센터 총사업비 7조원의 5%에 해당한다').
    The part's mention is given the role of a part in place, as refine_roles gives roles."""
    out = list(linked)
    for k, (s, m, whole, _) in enumerate(linked):
        share = SHARE_OF_A_WHOLE.match(s.text, m.end)
        if (
            share is None
            or whole is None
            or m.role != "total"
            or not m.amount_krw
            or COMPARISON_OPENING.match(s.text)
            or grouped.initiatives[whole].initiative_type not in WHOLE_TYPES
        ):
            continue
        for j, (t, part, ini, region) in enumerate(out[:k]):
            if (
                t.index == s.index - 1
                and part.role == "total"
                and ini is not None
                and ini != whole
                and (part.amount_krw or 0) < m.amount_krw
                and grouped.initiatives[ini].province_code == grouped.initiatives[whole].province_code
            ):
                part.role = "component"
                out[j] = (t, part, whole, region)
    return out


_OPEN_BRACKET_AFTER_WHOLE = re.compile(r"\s*\([^()]*")


def _whole_bracketing(
    sentence: str, start: int, linked: list[tuple[Sentence, MoneyMention, int | None, str | None]], index: int
) -> int | None:
    """The initiative of the total whose brackets hold a figure starting at `start` ('5200억원(국비 3600억원·…)')."""
    for s, m, ini, _ in reversed(linked):
        if s.index != index:
            break
        if m.end <= start and m.role == "total" and _OPEN_BRACKET_AFTER_WHOLE.fullmatch(sentence, m.end, start):
            return ini
    return None


def _goes_on_about_a_nationwide_programme(
    grouped: ArticleInitiatives,
    index: int,
    places: list[Place],
    linked: list[tuple[Sentence, MoneyMention, int | None, str | None]],
) -> int | None:
    """A sentence naming no place and no project, right after one whose money went to a programme of no province (the
    regions' programme, or one for the regions in general: '이번 사업에는 3년간 국비 1500억원이 들어간다. 올해 예산은
    420억원이다'): its money is that programme's too."""
    if places or grouped.members_in(index):
        return None
    before: set[int | None] = set()
    for s, _, ini, _ in reversed(linked):  # in sentence order: only its tail is the sentence before
        if s.index < index - 1:
            break
        if s.index == index - 1:
            before.add(ini)
    if len(before) != 1:
        return None
    ini = before.pop()
    return ini if ini is not None and grouped.initiatives[ini].is_nationwide else None


def _amount_rows(
    aid: str,
    sents: list[Sentence],
    placed_money: dict[int, list[_Placed]],
    grouped: ArticleInitiatives,
    places: dict[int, list[Place]],
    periods: dict[int, tuple[int | None, int | None]],
    gaz: Gazetteer,
    asides: set[int],
) -> list[dict[str, Any]]:
    """One row per amount, region and the initiative it funds.

    In `asides`, sentences about other places acting, money the article's own projects would take is
    another matter's.

    `placed_money` holds each amount once per region its clause gives it (`_fact_regions`). An
    amount stated for each of several places' projects ('지역 당 63억원의 국비') is one row for each
    of those projects, in its place; otherwise the amount funds the initiative `link_fact` finds.
    """
    linked: list[tuple[Sentence, MoneyMention, int | None, str | None]] = []
    respective_sentences: set[int] = set()
    for s in sents:
        by_amount: dict[int, list[_Placed]] = {}
        for p in placed_money[s.index]:
            by_amount.setdefault(p.fact.start, []).append(p)
        respective = respective_initiatives(grouped, s.index, s.text, len(by_amount), places[s.index])
        if respective:  # '각각 450억원, 380억원': one figure to each place, in order
            respective_sentences.add(s.index)
            for g, placements in zip(respective, by_amount.values(), strict=True):
                linked.append((s, placements[0].fact, g.index, g.region_code))
            continue
        for start, placements in by_amount.items():
            m = placements[0].fact
            targets = per_place_initiatives(grouped, s.index, s.text, start, places[s.index])
            if targets:
                linked.extend((s, m, g.index, g.region_code) for g in targets)
                continue
            initiative = link_fact(grouped, s.index, start, places[s.index], s.text, m.end, places.get(s.index - 1))
            goes_on = _goes_on_about_a_nationwide_programme(grouped, s.index, places[s.index], linked)
            if goes_on is not None:
                initiative = goes_on
            whole = _whole_bracketing(s.text, start, linked, s.index)
            if (
                whole is not None
            ):  # '총사업비 5200억원(국비 3600억원·시비 800억원)을 들여 … 실증센터와 …': the whole's parts
                initiative = whole
            if initiative is not None and not places[s.index] and _named_with_its_place(grouped, initiative, s.index):
                linked.append((s, m, initiative, grouped.initiatives[initiative].region_code))
                continue  # its name says where, not the sentences before: "'G밸리 AX 선도지구'에는 …"
            if initiative is not None and len(placements) == 1 and placements[0].region_code:
                placed = gaz.regions.get(placements[0].region_code)
                if not _placed_right_before(grouped, initiative, s.index, start, places[s.index]):
                    initiative = _in_own_province(
                        grouped, initiative, placed.province_code if placed else None, s.index
                    )
            own = grouped.initiatives[initiative].region_code if initiative is not None else None
            linked.extend((s, m, initiative, p.region_code or own) for p in placements)
    linked = _parallel_totals(linked, places, respective_sentences)
    linked = _shares_of_a_whole(linked, grouped)
    whole_totals: dict[int, int] = {}
    for _, m, ini, _ in linked:
        if ini is not None and ini not in grouped.part_of and m.role == "total" and m.amount_krw:
            whole_totals[ini] = max(whole_totals.get(ini, 0), m.amount_krw)
    linked = [_as_part_of_whole(link, grouped.part_of, whole_totals) for link in linked]
    totals = [
        (k, m.amount_krw, ini)
        for k, (_, m, ini, _) in enumerate(linked)
        if m.role == "total" and m.amount_krw and not m.is_superseded  # a replaced figure is no total to add up
    ]
    summing_sentences = {s.index for s in sents if SEVERAL_SUMMED.search(s.text)}
    summing = {k for k, (s, _, _, _) in enumerate(linked) if s.index in summing_sentences}
    sums = cumulative_sums(totals, summing)
    main = [m.amount_krw or 0 for _, m, ini, _ in linked if ini == grouped.primary and m.role in ("total", "annual")]
    main_figure = max(main, default=0)
    rows: list[dict[str, Any]] = []
    named_at = grouped.initiatives[grouped.primary].first_named_at if grouped.primary is not None else None
    in_body = {m.amount_krw for s, m, _, _ in linked if s.zone == "body" and m.amount_krw}
    for k, (s, m, initiative, region) in enumerate(linked):
        role = "cumulative" if k in sums else m.role
        if (
            s.zone == "headline"
            and s.index not in respective_sentences  # '…각각 450억·380억': one figure to each place
            and role in INVESTMENT_ROLES
            and m.amount_krw not in in_body
            and len({p.province_code for p in places[s.index] if p.province_code}) >= 2
        ):
            # '산업부, 지역 주력산업 AX 전환에 1100억…경북·전북·울산 지원': a headline's figure over the provinces it
            # lists, which no sentence of the body gives one of them
            role, initiative = "cumulative", None
        if (
            initiative is None
            and role in INVESTMENT_ROLES
            and _PLACES_RANKED.search(s.text)
            and len({p.province_code for p in places[s.index] if p.province_code}) >= _PLACES_RANKED_MIN
        ):
            role = "cumulative"  # '경기가 3,480억원으로 가장 많았고 서울(3,120억원)이 뒤를 이었다': each place's sum
        elif (
            initiative is None
            and grouped.primary is not None
            and role in INVESTMENT_ROLES
            and (named_at is None or s.index >= named_at)  # before a story's late-named project: no one's yet
        ):
            role = "other"  # '한편 … 해녀박물관 리모델링(사업비 45억원)': another matter's cost, in passing
        elif initiative is not None and grouped.initiatives[initiative].is_nationwide and role in INVESTMENT_ROLES:
            role = "national"  # '정부는 지역 AX 대전환 사업에 1조2천억원을': the programme of every region
        elif (
            initiative is not None
            and role in INVESTMENT_ROLES
            and not any(p.province_code for p in places[s.index])
            and len({p.province_code for p in places.get(s.index - 1, []) if p.province_code}) != 1
            and _one_part_of_a_spread_programme(grouped, initiative)
        ):
            # '… 혁신거점 조성사업 대상지로 부산, 대구, 울산 … 선정' / '이번 사업에는 3년간 국비 1500억원이 들어간다':
            # the money of the programme over all the places it chose, in no place named, is none of theirs alone
            # (not after one place's sentence: '창원국가산단은 … 적용한다. 총사업비 420억원 …', its paragraph)
            role = "national"
        elif s.index in asides and role in INVESTMENT_ROLES and not _only_in(grouped, initiative, asides):
            role = "other"  # '광주시는 2020년 400억원 규모 AI 펀드를 만들었고' in a 부산 story: not 부산's project's
        rows.append({
            "article_id": aid, "mention_index": k, "sentence_index": s.index,
            "start_offset": s.start + m.start, "end_offset": s.start + m.end,
            "surface": m.text, "amount": m.amount, "currency": m.currency, "amount_krw": m.amount_krw,
            "is_approximate": m.is_approximate, "amount_role": role,
            "region_code": region, "initiative_index": initiative,
            "is_itemised": m.is_itemised and initiative != grouped.primary and main_figure >= (m.amount_krw or 0),
            "is_superseded": m.is_superseded,
            "period_start_year": periods[s.index][0], "period_end_year": periods[s.index][1],
        })  # fmt: skip
    if not rows:
        return rows
    _parts_of_previous_total(sents, rows, grouped, gaz)
    _parts_of_a_figure_before(rows, grouped.breakdowns)
    _parts_summed_next(sents, rows)
    _converted_elsewhere(rows)
    _shares_of_a_national_budget(sents, rows)
    headline = headline_indexes(sents)
    _headlines_follow_body(headline, rows)
    # a headline's figure that the body gives as a nationwide programme's ('…선정…3년간 612억')
    figures = [(r["sentence_index"], r["amount_krw"], r["amount_role"]) for r in rows]
    for row, role in zip(rows, headline_roles(sents, figures, headline), strict=True):
        row["amount_role"] = role
    return rows


# A table's row, cells between bars ('| 경남 | 170억 원 | 창원 AI 로봇 집적단지 |'), and a cell of several places summed.
_BAR_TABLE_ROW = re.compile(r"\s*[|│]\s*[^|│]{1,25}[|│]")
_SEVERAL_PLACES_CELL = re.compile(r"(?:그\s*외|기타|나머지)\s*(?:\d+\s*개\s*)?(?:시·도|시도|지역|지자체|곳)")
_A_YEAR = re.compile(r"올해|내년|금년|(?<!\d)20\d\d년(?:도)?(?!까지|부터)")


def _shares_of_a_national_budget(sents: list[Sentence], rows: list[dict[str, Any]]) -> None:
    """A table of places and their figures under a national programme's budget ('올해 … 사업에 2,100억 원 투입' …
    '| 경남 | 170억 원 | 창원 AI 로봇 집적단지 |'), the rows adding up to it: each place's share of it, that year's when
    the budget is a year's, and not its project's total; a row of the other places ('| 그 외 12개 시·도 | 1,295억 원
    |') sums several. (A table of projects that does not add up to the budget keeps their totals.)"""
    national = [r for r in rows if r["amount_role"] == "national" and r["amount_krw"]]
    if not national:
        return
    text = {s.index: s.text for s in sents}
    table = [r for r in rows if r["amount_krw"] and _BAR_TABLE_ROW.match(text[r["sentence_index"]])]
    shares = sum(r["amount_krw"] for r in table)  # the rows add up to the budget: its breakdown, not a list of projects
    if not table or not any(abs(shares - r["amount_krw"]) <= r["amount_krw"] * 0.01 for r in national):
        return
    share_role = "annual" if any(_A_YEAR.search(text[r["sentence_index"]]) for r in national) else "component"
    # the programme the budget is of: a share funds it, not the project its row names as where it goes
    programme = next((r["initiative_index"] for r in national if r["initiative_index"] is not None), None)
    for r in table:
        if r["amount_role"] in INVESTMENT_ROLES:
            r["amount_role"] = "cumulative" if _SEVERAL_PLACES_CELL.search(text[r["sentence_index"]]) else share_role
            if programme is not None:
                r["initiative_index"] = programme


# Places ranked by their figures, which no project of the article's takes: '경기가 3,480억원으로 가장 많았고
# 서울(3,120억원)이 뒤를 이었다' (each place's sum over its projects; not '구미가 … 180억원으로 가장 크다. 울산(…),
# 익산(…)이 뒤를 이었다', where each figure is a place's selected project's).
_PLACES_RANKED = re.compile(r"가장\s*(?:많|적|높|낮|크|작)|뒤를\s*이[었어]|순이었|순으로\s*(?:많|높|나타)")
_PLACES_RANKED_MIN = 2


# An item of a news brief: a bullet, a place, a comma, then its own headline ('▲청주시, 무심천 벚꽃길 보행로 정비…12억 투입').
# …or numbered, a briefing's ('1. 트램 공사비 또 늘었다', '2. 양자-AI 허브, 내달 첫 삽').
_BRIEF_ITEM = re.compile(
    r"\s*(?:[▲■◆●▶►□◇△]\s*[가-힣]{1,8}(?:\s[가-힣]{1,8})?\s*,\s*\S|\d{1,2}\.\s+[가-힣A-Za-z0-9‘'“\"])"
)
_BRIEF_ITEMS_MIN = 3  # a brief lists several stories
# A numbered section of one story, not a story of its own: '1. 사업 개요', '2. 추진 배경', '3. 기대 효과'.
_SECTION_HEADING = re.compile(
    r"\s*\d{1,2}\.\s+(?:[가-힣]+\s+)?(?:개요|배경|내용|목적|현황|계획|일정|효과|방향|경과|향후|추진|주요|세부)"
)


def _other_items_of_a_brief(sents: list[Sentence], mentions: dict[int, list[Any]]) -> set[int]:
    """In a brief of several short stories, each a bulleted headline and its body, the sentences of the stories that
    name no initiative and say nothing of AI: their money is theirs ('▲충주시, … 축제 예산은 3억5천만원'), not the brief's project's."""
    starts = [s.index for s in sents if _BRIEF_ITEM.match(s.text)]
    if len(starts) < _BRIEF_ITEMS_MIN or any(_SECTION_HEADING.match(s.text) for s in sents if s.index in starts):
        return set()  # (a release's numbered sections, '2. 사업 내용', are one story's)
    indexes = [s.index for s in sents]
    items = [
        [i for i in indexes if first <= i < (starts[k + 1] if k + 1 < len(starts) else indexes[-1] + 1)]
        for k, first in enumerate(starts)
    ]
    if sum(len(item) > 1 for item in items) < _BRIEF_ITEMS_MIN:
        return set()  # lines of one story's list ('▲청주시, 공정 불량 예측에 12억원'), not stories with a body each
    text = {s.index: s.text for s in sents}
    return {
        i
        for item in items
        if not any(mentions.get(i) or AI_TOPIC_WORDS.search(text[i]) for i in item)  # another story, of no AI
        for i in item
    }


def _only_in(grouped: ArticleInitiatives, initiative: int | None, sentences: set[int]) -> bool:
    """The initiative is named in those sentences only (another place's project, named in its aside)."""
    return initiative is not None and all(
        pm.sentence_index in sentences for pm in grouped.initiatives[initiative].members
    )


def _one_part_of_a_spread_programme(grouped: ArticleInitiatives, initiative: int) -> bool:
    """One place's part of a programme named over several places it chose, each part its own project for want of
    a name of its own ('부산 지역 AX 혁신거점', '대구 지역 AX 혁신거점', …)."""
    part = grouped.initiatives[initiative]
    if not part.members or any(pm.strength != "spread" for pm in part.members):
        return (
            False  # a place's project named on its own ('울산 북구는 …자율제조 거점'을 만든다'): its money is its own
        )
    named = {pm.mention.name for pm in part.members}  # the programme's name, in no place
    siblings = {
        g.province_code
        for g in grouped.initiatives
        if g.province_code not in (None, part.province_code)
        and named & {pm.mention.name for pm in g.members if pm.strength == "spread"}
    }
    return len(siblings) >= _SPREAD_SIBLINGS_MIN


_SPREAD_SIBLINGS_MIN = 2  # the programme chose three places or more: one place's share is no guess from the wording


def _named_with_its_place(grouped: ArticleInitiatives, initiative: int | None, sentence_index: int) -> bool:
    """The sentence names the initiative by a name holding its place ("'G밸리 AX 선도지구'에는 …")."""
    return initiative is not None and any(
        pm.sentence_index == sentence_index and pm.place_inside for pm in grouped.initiatives[initiative].members
    )


def _parts_of_previous_total(
    sents: list[Sentence], rows: list[dict[str, Any]], grouped: ArticleInitiatives, gaz: Gazetteer
) -> None:
    """'총 4,287억원을 들여 …를 구축하는 사업이다. 이 가운데 1단계에는 2,140억원': a part of the total just
    before funds what that total funds, not the facility the sentence before named last."""
    text = {s.index: s.text for s in sents}
    breakdowns = grouped.breakdowns.keys()

    def others_between(last: int, initiative: int, i: int) -> bool:
        """Another project named between the whole and the phase, not by a phase of it: '이와 별도로 … AI 데이터센터를
        짓기로 했다' (not '1단계에는 … 실증센터와 … 데이터센터를 먼저 짓는다', what a phase builds)."""
        return any(
            g.index != initiative and g.is_subject
            for j in range(last + 1, i)
            if j in text and not _PHASE_OPENING.match(text[j])
            for _, g in grouped.members_in(j)
        )

    # (sentence, initiative, won, region) of the latest total
    last_total: tuple[int, int | None, int, str | None] | None = None
    for row in rows:
        i = row["sentence_index"]
        if (
            last_total is not None
            and last_total[1] is not None
            and i - last_total[0] <= 1
            and i != last_total[0]
            and row["amount_role"] in ("component", "annual")
            and _PART_OF_PREVIOUS.match(text[i])
        ) or (
            last_total is not None
            and last_total[1] is not None
            and 0 < i - last_total[0] <= _PHASE_REACH
            and row["amount_role"] == "component"
            and (row["amount_krw"] or 0) < last_total[2]
            and _PHASE_OPENING.match(text[i])
            and _same_or_within(row["region_code"], last_total[3], gaz)  # not '1단계로 영일만산단에 …': another city's
            and not others_between(last_total[0], last_total[1], i)
        ):
            row["initiative_index"] = last_total[1]
        elif (
            last_total is not None
            and last_total[1] is not None
            and i - last_total[0] in (1, 2)
            and i in breakdowns
            and row["amount_role"] in ("total", "component", "other")
            and (row["amount_krw"] or 0) < last_total[2]
        ):  # '모두 1조1870억원을 투자한다. 기업별로는 A가 … 4200억원, …': each party's part of that whole
            row["initiative_index"], row["amount_role"] = last_total[1], "component"
            continue
        if row["amount_role"] == "total" and row["initiative_index"] is not None:
            last_total = (i, row["initiative_index"], row["amount_krw"] or 0, row["region_code"])


def _same_or_within(region: str | None, other: str | None, gaz: Gazetteer) -> bool:
    """One region, or one of the two a whole province holding the other."""
    if region is None or other is None or region == other:
        return True
    a, b = gaz.regions[region], gaz.regions[other]
    return a.province_code == b.province_code and "province" in (a.level, b.level)


_SUMS_TO = 0.005  # how near a sum of parts must come to the whole it adds up to (rounding)
# A sentence that changes a figure or compares two adds an old figure and the change, no parts: '당초 계획한
# 1000억원보다 200억원 많다', '당초 800억원이던 사업비는 … 12억원 늘었다'.
_A_CHANGE = re.compile(
    r"보다|늘어|늘었|늘린|늘려|늘면|증가|감소|줄어|줄었|줄인|많다|많아|적다|당초|기존|종전|애초"
    # …or adds money of its own beside it, or speaks of other projects: '시비 120억원과 민자 80억원을 더해',
    # '이와 함께 … 600억원, … 400억원 규모의 사업도 추진한다'
    r"|더해|더하|보태|매칭|이와\s*함께|별도로|별개로|사업도"
)


def breakdowns_of_figures(
    text: dict[int, str], money: dict[int, list[MoneyMention]], places: dict[int, list[Place]]
) -> dict[int, int | None]:
    """Sentences that break a whole stated just before down by its parties: opened so ('기업별로는 A가 …'), or
    stating two or more figures that add up to a figure of one of the two sentences before ('기업 4곳은 모두
    1010억원을 투자한다. A가 …센터에 450억원을 투자해 …, B가 … 280억원, …을 각각 투입한다'); not one that
    gives each of several places its figure ('영주시에는 1조원, 상주시에는 2조원': each place's whole). Each with
    the figure it adds up to (None where only its wording opens it)."""
    out: dict[int, int | None] = {}
    for i in text:
        whole = _adds_up_to_before(money, i)
        if (
            whole is not None
            and len({p.region_code for p in places.get(i, []) if p.region_code}) < 2
            and not _A_CHANGE.search(text[i])
        ):
            out[i] = whole
        elif breaks_down_by_party(text, i):
            out[i] = None
    return out


def _adds_up_to_before(money: dict[int, list[MoneyMention]], i: int) -> int | None:
    """The figure of one of the two sentences before that sentence `i`'s two or more figures add up to."""
    figures = [m.amount_krw for m in money.get(i, []) if m.amount_krw]
    if len(figures) < 2:
        return None
    whole = sum(figures)
    return next(
        (w for j in (i - 1, i - 2) for m in money.get(j, []) if (w := m.amount_krw) and abs(whole - w) <= w * _SUMS_TO),
        None,
    )


def _parts_of_a_figure_before(rows: list[dict[str, Any]], breakdowns: Mapping[int, int | None]) -> None:
    """The figures of a breakdown that add up to a figure just before are its parts: they fund what it funds."""
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        by_sentence.setdefault(row["sentence_index"], []).append(row)
    for i, whole in breakdowns.items():
        funded = next(
            (
                r["initiative_index"]
                for j in (i - 1, i - 2)
                for r in by_sentence.get(j, [])
                if whole is not None and r["amount_krw"] == whole and r["initiative_index"] is not None
            ),
            None,
        )
        if funded is None:
            continue
        for r in (r for r in by_sentence.get(i, []) if r["amount_krw"]):  # (a party's share stays one)
            r["initiative_index"] = funded
            if r["amount_role"] in ("total", "other"):
                r["amount_role"] = "component"


def _parts_summed_next(sents: list[Sentence], rows: list[dict[str, Any]]) -> None:
    """'A사는 …에 2020억 원을, B사는 … 센터를 세우는 데 1450억 원을 투자한다. 이로써 클러스터 투자액은 … 1조 5340억
    원으로 늘었다': the figures the next sentence adds up into a whole are its parts, whatever facility each builds."""
    text = {s.index: s.text for s in sents}
    for whole in rows:
        i, initiative = whole["sentence_index"], whole["initiative_index"]
        if whole["amount_role"] != "total" or initiative is None or not _SUMMED_UP_OPENING.match(text[i]):
            continue
        parts = [
            r for r in rows
            if r["sentence_index"] == i - 1 and r["amount_role"] in ("total", "component") and r["amount_krw"]
        ]  # fmt: skip
        if parts and sum(r["amount_krw"] for r in parts) < (whole["amount_krw"] or 0):
            for r in parts:
                r["initiative_index"], r["amount_role"] = initiative, "component"


def _converted_elsewhere(rows: list[dict[str, Any]]) -> None:
    """'美 메리디안, 20억달러 AI 데이터센터' over a body's '20억 달러(약 2조7천억원)': a foreign figure
    the article converts where it states it again is that much in won wherever it stands."""
    converted = {
        (row["currency"], row["amount"]): row["amount_krw"]
        for row in rows
        if row["currency"] != "KRW" and row["amount_krw"] is not None
    }
    if not converted:
        return
    for row in rows:
        if row["amount_krw"] is None:
            row["amount_krw"] = converted.get((row["currency"], row["amount"]))


def _headlines_follow_body(headline: set[int], rows: list[dict[str, Any]]) -> None:
    """A headline's figure that the body states too funds what the body's does ('1단계 2140억원 투입…
    실증센터 …' over a body that gives the 2,140억원 to the valley). `headline`: the headline lines."""
    body: dict[int, int] = {}
    for row in rows:
        if row["sentence_index"] not in headline and row["amount_krw"] and row["initiative_index"] is not None:
            body.setdefault(row["amount_krw"], row["initiative_index"])
    for row in rows:
        if row["sentence_index"] in headline and row["amount_krw"] in body:
            row["initiative_index"] = body[row["amount_krw"]]


def _placed_right_before(
    grouped: ArticleInitiatives, initiative: int | None, sentence_index: int, start: int, places: list[Place]
) -> bool:
    """The sentence names the initiative with its own place, and that place is the last one before the
    amount ('경기 판교에 1조 2천억원 규모의 … 센터를'): the amount is there, whatever province the
    article is about."""
    if initiative is None:
        return False
    before = [p for p in places if p.end <= start]
    if not before:
        return False
    last = before[-1]
    return any(
        g.index == initiative and last in (pm.place, pm.context_place) for pm, g in grouped.members_in(sentence_index)
    )


def _in_own_province(
    grouped: ArticleInitiatives, initiative: int, province: str | None, sentence_index: int
) -> int | None:
    """The initiative an amount funds in the province its own clause places it ('전북은 김제에 … 조성한다.
    사업비는 360억원'), when the one linked is another province's: the article's one project there;
    of several, the one its sentence names, else the part there of a programme spread over places
    ('▲울산 … 138억원 ▲부산 … 126억원' after '울산, 부산 … 5개 시·도를 선정'); with none there, no
    project the article names (another province's project never takes it)."""
    linked_to = grouped.initiatives[initiative].province_code
    if province is None or linked_to is None or linked_to == province:
        return initiative  # the same province, or a programme of no province ('지역 AI 확산 사업')
    there = [g.index for g in grouped.initiatives if g.is_subject and g.province_code == province]
    if len(there) > 1:
        named = {g.index for _, g in grouped.members_in(sentence_index)}
        there = [i for i in there if i in named] or [i for i in there if i in grouped.first_spread]
    if not there:
        return None
    return there[0] if len(there) == 1 else initiative


def _as_part_of_whole(
    link: tuple[Sentence, MoneyMention, int | None, str | None], part_of: dict[int, int], whole_totals: dict[int, int]
) -> tuple[Sentence, MoneyMention, int | None, str | None]:
    """A facility's cost, when the article calls it a facility of a larger project ('A의 핵심
    시설인 B … B에는 1,061억원이 들어간다'), is a part of that project's money; not a cost larger
    than the whole's own total (then the article's words were loose, and the facility stands alone).
    The whole's own total, restated where the facility was named last, is the whole's."""
    s, m, initiative, region = link
    if initiative is None or initiative not in part_of:
        return link
    whole_total = whole_totals.get(part_of[initiative])
    if whole_total is not None and (m.amount_krw or 0) > whole_total:
        return link
    if whole_total is not None and m.amount_krw == whole_total:
        return s, m, part_of[initiative], region
    if m.role == "total":
        m.role = "component"
    return s, m, part_of[initiative], region


_BRACKETED_PART = re.compile(r"\s*\(\s*[^()\d]{0,10}")


def _parallel_totals(
    linked: list[tuple[Sentence, MoneyMention, int | None, str | None]],
    places: dict[int, list[Place]],
    respective: set[int],
) -> list:
    """Amounts of one sentence that fund different initiatives of different places are each a whole
    (money_roles.parallel_totals): '장성군에는 2조2000억원, 강진군에는 3조3000억원 … 각각', or figures
    listed after their places one by one (`respective` sentences: '각각 450억원, 380억원')."""
    out = list(linked)
    by_sentence: dict[int, list[int]] = {}
    for k, (s, _, _, _) in enumerate(linked):
        by_sentence.setdefault(s.index, []).append(k)
    for all_ks in by_sentence.values():
        s = linked[all_ks[0]][0]
        # a part in brackets after its whole ('512억원(국비 256억원)') is that whole's, not a figure of its own
        ks = [
            k for i, k in enumerate(all_ks)
            if i == 0 or not _BRACKETED_PART.fullmatch(s.text, linked[all_ks[i - 1]][1].end, linked[k][1].start)
        ]  # fmt: skip
        if len(ks) < 2:
            continue
        nearest = [_nearest_place(places[s.index], linked[k][1].start) for k in ks]
        if s.index not in respective and (None in nearest or len(set(nearest)) < len(nearest)):
            continue
        alone = [classify_role(s.text, linked[k][1], linked[k][1].amount_krw or 0, 1) for k in ks]
        roles = parallel_totals([linked[k][1].role for k in ks], [linked[k][2] for k in ks], alone)
        for k, role in zip(ks, roles, strict=True):
            sent, m, ini, region = linked[k]
            out[k] = (sent, replace(m, role=role), ini, region)
    return out


def _nearest_place(places: list[Place], offset: int) -> str | None:
    """The place named nearest before `offset` ('장성군에는 2조2000억원', '▲울산 … 138억원')."""
    before = [p for p in places if p.end <= offset]
    return before[-1].key if before else None


def _site_of(g: ArticleInitiative) -> str | None:
    """Where the initiative stands: its site, or the known site the article writes it in ('영종도 미단시티 부지'
    gives 영종), which other reports name it by ('영종 … 캠퍼스')."""
    if g.place is None or g.place.site is None:
        return None
    holders = {pm.place.within for pm in g.members if pm.place and pm.place.within and pm.place.site == g.place.site}
    return holders.pop() if len(holders) == 1 else g.place.site


def _initiative_row(aid: str, g: ArticleInitiative, primary: int | None) -> dict[str, Any]:
    """The staging row of one initiative as the article reports it."""
    sentences = sorted({pm.sentence_index for pm in g.members})
    return {
        "article_id": aid, "initiative_index": g.index, "name": g.name, "name_key": initiative_key_name(g.name),
        "initiative_type": g.initiative_type, "region_code": g.region_code, "province_code": g.province_code,
        "site": _site_of(g), "name_words": " ".join(g.words),
        "mention_count": len(g.members), "first_sentence_index": sentences[0],
        "sentence_indexes": " ".join(map(str, sentences)),
        "is_subject": g.is_subject, "is_primary": g.index == primary, "is_cancelled": g.is_cancelled,
    }  # fmt: skip


def _fact_regions(
    text: str,
    positions: list[int],
    index: int,
    subject_places: dict[int, list[RegionMention]],
    own_region: str | None,
    spread: bool,
) -> list[list[str | None]]:
    """The subject regions each fact at `positions` of sentence `index` belongs to.

    In a sentence naming several provinces, the one named nearest before the fact ('부산에는
    63억원, 대구에는 50억원'), else the first after it. When `spread` (an event of them all, a
    figure given 'each'), every province listed together with that one ('부산 센텀시티, 대구
    수성알파시티에서 실시한다고 30일 밝혔다'), but not one of an earlier clause. A sentence naming
    none takes its own region (`_region_for`: that of the sentences just before), and hands a
    figure to each province of the sentence before only when it says so ('지역 당 63억원').
    `subject_places` are each sentence's places in the subject provinces (`_subject_mentions`).
    """
    if not positions:
        return []
    here = subject_places.get(index, [])
    if here:
        places = _SentencePlaces(text, here)
        return [places.regions_at(pos, spread) for pos in positions]
    regions: list[str | None] = [own_region]
    counted = _COUNTED_PLACES_SUBJECT.match(text) if spread else None
    if counted:  # '선정된 4곳은 내달부터 사업에 착수한다': each of the places the article selected
        count = counted_places(counted.group("count"))
        for i in range(index - 1, max(-1, index - _COUNTED_PLACES_REACH), -1):
            before = subject_places.get(i, [])
            if len({m.province_code for m in before}) == count:
                return [_SentencePlaces(text, before).regions_of(before) for _ in positions]
    for i in (index - 1, index - 2):
        before = subject_places.get(i, [])
        if before:
            if _DISTRIBUTIVE.search(text) and len({m.province_code for m in before}) > 1:
                regions = _SentencePlaces(text, before).regions_of(before)
            break
    return [regions for _ in positions]


def _subject_mentions(mentions: list[RegionMention], subjects: set[str]) -> list[RegionMention]:
    return [m for m in mentions if m.province_code in subjects and not m.passing]


class _SentencePlaces:
    """A sentence's subject places, read once for all the facts in it."""

    _GROUP_LIMIT = 40  # mentions walked to gather a list: more than any list of provinces

    def __init__(self, text: str, mentions: list[RegionMention]) -> None:
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.most_specific: dict[str, str] = {}
        for m in self.mentions:
            if self.most_specific.get(m.province_code, m.province_code) == m.province_code:
                self.most_specific[m.province_code] = m.region_code

    def regions_at(self, pos: int, spread: bool) -> list[str | None]:
        return self.regions_of(self._group(pos) if spread else [self._nearest(pos)])

    def regions_of(self, chosen: list[RegionMention]) -> list[str | None]:
        """For each province of `chosen`, in order, the most specific region the sentence names in it."""
        return list(dict.fromkeys(self.most_specific[m.province_code] for m in chosen))

    def _nearest(self, pos: int) -> RegionMention:
        """The mention nearest before `pos` (else the first after it); one named as a partner
        ('전남도는 광주시와 함께 1조원을') yields to the one acting."""
        i = bisect.bisect_left(self.starts, pos) - 1
        if i < 0:
            return self.mentions[0]
        for j in range(i, max(-1, i - self._GROUP_LIMIT), -1):
            if not _PARTNER_AFTER.match(self.text, self.mentions[j].end):
                return self.mentions[j]
        return self.mentions[i]

    def _apart(self, start: int, end: int) -> bool:
        """Two places are not listed together when a clause ends between them or the first has its own figure."""
        return (
            _CLAUSE_END.search(self.text, start, end) is not None
            or _FIGURE_BETWEEN.search(self.text, start, end) is not None
        )

    def _group(self, pos: int) -> list[RegionMention]:
        """The nearest mention and those listed with it: no clause ends between them, and none has a
        figure of its own. With none before the fact, the list that follows it ('13일 … 대구, 경북 구미,
        충남 천안, 제주 등 4개 지역')."""
        ms = self.mentions
        none_before = bisect.bisect_left(self.starts, pos) == 0
        i = max(0, bisect.bisect_left(self.starts, pos) - 1)
        lo = hi = i
        while lo > max(0, i - self._GROUP_LIMIT) and not self._apart(ms[lo - 1].end, ms[lo].start):
            lo -= 1
        while (
            hi + 1 < min(len(ms), i + self._GROUP_LIMIT)
            and (ms[hi + 1].start < pos or none_before)
            and not self._apart(ms[hi].end, ms[hi + 1].start)
        ):
            hi += 1
        return ms[lo : hi + 1]


def _is_milestone(text: str, d: DateMention, dates: list[DateMention]) -> bool:
    """A dated event of an initiative, stated in prose: not the day a source spoke or another
    outlet reported, nor a province's own reorganisation ('7월 출범하는 강원특별자치도')."""
    return (
        d.day is not None
        and _is_event_sentence(text)
        and not _is_attribution(text, d.end)
        and not _is_said_day(text, d, dates)
        and not _is_media_report(text, d.start, d.end)
        and _REORGANISATION.match(text, d.end) is None
        and not _in_a_quoted_name(text, d)
    )


# A quoted name a year opens: "'2023년 지역특화 AI 융합 실증사업' 공모 결과" (the programme's edition, no event).
_QUOTED_NAME_AFTER = re.compile(r"[^’'”\"」』]{2,40}?(?:사업|프로젝트|공모|계획|전략|대회|챌린지)\s*[’'”\"」』]")


def _in_a_quoted_name(text: str, d: DateMention) -> bool:
    return (
        d.precision == "year"
        and d.start > 0
        and text[d.start - 1] in "‘'“\"「『"
        and _QUOTED_NAME_AFTER.match(text, d.end) is not None
    )


def _is_attribution(text: str, date_end: int) -> bool:
    """'14일 전북도에 따르면 …': the day the source spoke, not an event of the initiative.

    Unless what the source says is an event that happened, with no time of its own: '4일
    대구시에 따르면 시가 … 협약을 맺었다' dates the agreement.
    """
    if "따르면" not in text:
        return False
    m = _ACCORDING_TO.match(text, date_end)
    if m is None:
        return False
    said = text[m.end() :]
    return _OWN_TIME.search(said) is not None or not ends_in_past(said)


def _is_said_day(text: str, d: DateMention, dates: list[DateMention]) -> bool:
    """'26일 … 착공식을 열었다고 27일 밝혔다': the day the news was given, when the event it
    reports happened on a day of its own. Alone ('…체결했다고 19일 밝혔다') it dates the event."""
    if d.precision != "day" or d.day is None or _SAID_AFTER.match(text, d.end) is None:
        return False
    if not reports_past_event(text[: d.start]):
        return False
    return any(
        o.precision == "day" and o.day is not None and o.end <= d.start and o.day <= d.day for o in dates if o is not d
    )


# A forecast the date goes with: '전력 수요가 2030년 6.2GW까지 늘어날 것으로 전망', '2027년 10조원을 넘어설 것'.
_FORECAST_AFTER_DATE = re.compile(
    r"(?:[^.,]|(?<=\d)[.,](?=\d)){0,30}?(?:까지|에|을|를|으로|로)\s*(?:늘어날|증가할|확대될|커질|성장할|이를|달할|넘어설|넘을|웃돌)"
    r"\s*(?:것|전망|가능성|수\s*있)"
)


def _dates_a_forecast(text: str, d: DateMention) -> bool:
    """The date of a quantity someone forecasts, in a sentence stating no event of a project."""
    return _FORECAST_AFTER_DATE.match(text, d.end) is not None and _STAGE_EVENT.search(text) is None


def _dates_a_budget(text: str, d: DateMention) -> bool:
    """'이 사업의 2022년 예산 64억원 가운데 …', '올해 예산 78억원도 …': a year that says whose money a figure
    is, in a sentence that states no event of the project ('올해 예산 300억원으로 착공한다' dates its start)."""
    return (
        d.precision == "year"
        and _BUDGET_OF_THE_YEAR_AFTER.match(text, d.end) is not None
        and _STAGE_EVENT.search(text) is None
    )


def _dates_a_figure_only(text: str, d: DateMention, figures: list[tuple[int, str]]) -> bool:
    """'시장 규모는 올해 7조원에서 2029년 11조원으로 성장할 전망': the date goes with a figure in its
    clause, every figure of the sentence funds no project here, and the sentence states no event
    of one. `figures`: the sentence's amounts, (offset, role)."""
    if not figures or any(role not in _FIGURES_OF_NO_PROJECT for _, role in figures):
        return False
    if _STAGE_EVENT.search(text) is not None:
        return False
    breaks = [m.end() for m in _CLAUSE_OR_HALF.finditer(text)]
    lo = max((b for b in breaks if b <= d.start), default=0)
    hi = min((b for b in breaks if b > d.end), default=len(text))
    return any(lo <= at < hi for at, _ in figures)


def _is_media_report(text: str, start: int, end: int) -> bool:
    """'WSJ은 18일(현지시간) … 보도했다': the day another outlet reported, not an event."""
    if text.find("보도", end) < 0 or _MEDIA_REPORT.search(text, end) is None:
        return False
    after = text[end : end + 12].lstrip()
    return (
        after.startswith("(현지")
        or _MEDIA_REPORT.match(after) is not None
        or _OUTLET_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def _is_event_sentence(text: str) -> bool:
    """A sentence that is prose about something happening, not a bare date stamp."""
    return _EIGHT_HANGUL.match(text) is not None
