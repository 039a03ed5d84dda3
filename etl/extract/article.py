"""One article through the whole extraction: clean, split, find mentions, attribute facts.

Output rows map one-to-one onto the staging tables (see `etl.schema`); every fact carries
its sentence index and character offsets into the cleaned body.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from etl import PARSER_VERSION
from etl.cleaning import clean_page
from etl.extract.amounts import find_money
from etl.extract.dates import DateMention, find_dates, funding_period, publication_date
from etl.extract.gazetteer import Gazetteer
from etl.extract.initiatives import find_initiatives, initiative_key_name
from etl.extract.organisations import OrgMention, find_org_mentions
from etl.extract.regions import RegionMention, resolve_article_regions, scan_regions, subject_provinces
from etl.model import RawArticle, Sentence

# Extraction takes about 2 ms of CPU for a news article and grows linearly with its length (a
# megabyte in 1-5 s); one that has used this much CPU time is stopped and its article skipped
# (etl.timelimit), the last resort against an input no rule was measured on.
EXTRACTION_TIME_LIMIT_S = 8.0
TOO_SLOW = (
    "extraction stopped after {limit:g} s of CPU time, far longer than any news article takes "
    "(a page of very long lists or tables?)"
)
_EIGHT_HANGUL = re.compile(r"(?:[^가-힣]*[가-힣]){8}")  # stops at the eighth, unlike counting them all
_ACCORDING_TO = re.compile(r"\s*(?:[가-힣A-Za-z0-9·]+\s){0,2}[가-힣A-Za-z0-9·]+(?:에|의)\s*따르면")
_TOPIC = re.compile(r"AI|인공지능|에이아이|데이터센터|집적단지|클러스터|컴퓨팅|투자|유치|협약|MOU|조성|구축|특구|예산")
_PUBLISHER_HINT = re.compile(
    r"ⓒ\s*([가-힣A-Za-z0-9]+)|([가-힣A-Za-z0-9]+)\s*\(www\.|<저작권자\s*(?:\(c\)|ⓒ)\s*([가-힣A-Za-z0-9]+)"
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


def article_id(source_key: str) -> str:
    """Stable across reloads of the same input: a changed file replaces its earlier version."""
    return hashlib.sha1(source_key.encode("utf-8")).hexdigest()[:16]


def extract_article(raw: RawArticle, gaz: Gazetteer, loaded_at: dt.datetime) -> ExtractedArticle:
    clean = clean_page(raw.text, known_title=raw.title)
    aid = article_id(raw.source_key)
    sents = clean.sentences
    captions = [s.text for s in sents if s.zone == "caption"]
    published = raw.published_date
    pub_source = "metadata" if published else None
    if published is None:
        published = publication_date(clean.meta_lines, captions, [s.text for s in sents if s.zone == "body"])
        pub_source = "text" if published else None
    publisher = raw.publisher or _publisher_from(clean.meta_lines)
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
    org_by_sentence = _resolve_short_names({s.index: find_org_mentions(s.text, gaz, region_names) for s in sents})
    # Regions inside organisation names ('광주과학기술원', '경북도경제진흥원') do not locate the story.
    masks = {i: [(o.start, o.end) for o in orgs] for i, orgs in org_by_sentence.items()}
    region_by_sentence = resolve_article_regions(
        {s.index: scan_regions(s.text, gaz, masks[s.index]) for s in sents}, gaz
    )
    topical = {s.index for s in sents if _TOPIC.search(s.text)}
    zone_of = {s.index: s.zone for s in sents}
    subjects = subject_provinces([(zone_of[i], i, m) for i, ms in region_by_sentence.items() for m in ms], topical)
    weights = Counter(m.province_code for ms in region_by_sentence.values() for m in ms if m.province_code in subjects)
    main_region = weights.most_common(1)[0][0] if weights else None

    region_for = {s.index: _region_for(s.index, region_by_sentence, subjects, main_region) for s in sents}
    out.regions = _mention_rows(aid, sents, region_by_sentence, lambda s, m: {
        "surface": m.text, "region_code": m.region_code, "province_code": m.province_code,
        "is_subject_province": m.province_code in subjects,
    })  # fmt: skip
    out.organisations = _mention_rows(aid, sents, org_by_sentence, lambda s, o: {
        "surface": o.text, "org_code": o.org_code, "org_name": o.name, "org_type": o.org_type, "found_by": o.source,
    })  # fmt: skip
    out.initiatives = _mention_rows(aid, sents, {s.index: find_initiatives(s.text) for s in sents}, lambda s, i: {
        "name": i.name, "name_key": initiative_key_name(i.name), "initiative_type": i.initiative_type,
        "is_quoted": i.quoted, "region_code": region_for[s.index],
    })  # fmt: skip
    initiative_for = _initiative_by_sentence(out.initiatives, [s.index for s in sents])
    dates_by_sentence = _dates_in_context(sents, clean.body, published)
    periods = {s.index: funding_period(s.text, dates_by_sentence[s.index]) for s in sents}
    out.amounts = _mention_rows(aid, sents, {s.index: find_money(s.text) for s in sents}, lambda s, money: {
        "surface": money.text, "amount": money.amount, "currency": money.currency, "amount_krw": money.amount_krw,
        "is_approximate": money.is_approximate, "amount_role": money.role, "region_code": region_for[s.index],
        "initiative_mention_index": initiative_for[s.index],
        "period_start_year": periods[s.index][0], "period_end_year": periods[s.index][1],
    })  # fmt: skip
    out.dates = _mention_rows(aid, sents, dates_by_sentence, lambda s, d: {
        "surface": d.text, "event_date": d.day, "date_precision": d.precision, "is_relative": d.is_relative,
        "is_resolved": d.day is not None, "is_planned": d.is_planned,
        "is_milestone": d.day is not None and _is_event_sentence(s.text) and not _is_attribution(s.text, d.end),
        "region_code": region_for[s.index], "initiative_mention_index": initiative_for[s.index],
    })  # fmt: skip
    return out


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


def _resolve_short_names(by_sentence: dict[int, list[OrgMention]]) -> dict[int, list[OrgMention]]:
    """A found name that ends a longer name in the same article is that organisation ('인공지능협회' → 한국인공지능협회)."""
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
    resolved: dict[int, list[OrgMention]] = {}
    for index, mentions in by_sentence.items():
        out = []
        for o in mentions:
            if _needs_longer_name(o):
                longer = [n for n in by_ending.get(o.name.replace(" ", ""), ()) if n[0] != o.name]
                if len(longer) == 1:
                    o = replace(o, org_code=longer[0][1], name=longer[0][0], org_type=longer[0][2], source="short_name")
            out.append(o)
        resolved[index] = out
    return resolved


def _needs_longer_name(o: OrgMention) -> bool:
    return o.org_code is None and len(o.name) >= 4


def _publisher_from(meta_lines: list[str]) -> str | None:
    for line in meta_lines:
        m = _PUBLISHER_HINT.search(line)
        if m:
            return next(g for g in m.groups() if g)
    return None


def _region_for(
    index: int, by_sentence: dict[int, list[RegionMention]], subjects: set[str], main_region: str | None
) -> str | None:
    """The subject region a fact in this sentence belongs to: named in it, or just before it."""
    for i in range(index, max(-1, index - 3), -1):
        local = [m for m in by_sentence.get(i, []) if m.province_code in subjects]
        if local:
            specific = [m for m in local if m.region_code != m.province_code]
            return (specific or local)[0].region_code if i == index else (specific or local)[-1].region_code
    return main_region


def _initiative_by_sentence(initiatives: list[dict[str, Any]], indexes: list[int]) -> dict[int, int | None]:
    """The initiative a fact in each sentence belongs to: the first named in it, else the last
    named in the two sentences before it."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i in initiatives:
        first.setdefault(i["sentence_index"], i["mention_index"])
        last[i["sentence_index"]] = i["mention_index"]
    out: dict[int, int | None] = {}
    for index in indexes:
        before = last.get(index - 1, last.get(index - 2))
        out[index] = first.get(index, before)
    return out


def _is_attribution(text: str, date_end: int) -> bool:
    """'14일 전북도에 따르면 …': the day the source spoke, not an event of the initiative."""
    return "따르면" in text and _ACCORDING_TO.match(text, date_end) is not None


def _is_event_sentence(text: str) -> bool:
    """A sentence that is prose about something happening, not a bare date stamp."""
    return _EIGHT_HANGUL.match(text) is not None
