"""One article through the whole extraction: clean, split, find mentions, attribute facts.

Output rows map one-to-one onto the staging tables (see `etl.schema`); every fact carries
its sentence index and character offsets into the cleaned body.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable
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
    sentence_places,
)
from etl.extract.dates import DateMention, find_dates, funding_period, publication_date
from etl.extract.gazetteer import Gazetteer
from etl.extract.initiatives import find_initiatives, initiative_key_name
from etl.extract.money_roles import cumulative_sums, parallel_totals, refine_roles
from etl.extract.organisations import OrgMention, find_org_mentions
from etl.extract.publisher import load_directory, publisher_from_text
from etl.extract.regions import RegionMention, resolve_article_regions, scan_regions, subject_provinces
from etl.model import RawArticle, Sentence
from etl.readers.html import page_article

_HEAD_SENTENCES = 3  # a dateline stands in the headline or the first sentences
_EIGHT_HANGUL = re.compile(r"(?:[^가-힣]*[가-힣]){8}")  # stops at the eighth, unlike counting them all
_ACCORDING_TO = re.compile(r"\s*(?:[가-힣A-Za-z0-9·]+\s){0,2}[가-힣A-Za-z0-9·]+(?:에|의)\s*따르면")
_TOPIC = re.compile(r"AI|인공지능|에이아이|데이터센터|집적단지|클러스터|컴퓨팅|투자|유치|협약|MOU|조성|구축|특구|예산")


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
    mentions_by_sentence = {s.index: find_initiatives(s.text, region_names, masks[s.index]) for s in sents}
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
    grouped = group_initiatives(sents, mentions_by_sentence, places, fact_positions, totals, region_for, gaz, subjects)
    out.initiatives = _mention_rows(aid, sents, mentions_by_sentence, lambda s, i: {
        "name": i.name, "name_key": initiative_key_name(i.name), "initiative_type": i.initiative_type,
        "is_quoted": i.quoted, "region_code": region_for[s.index],
    })  # fmt: skip
    for row in out.initiatives:
        row["initiative_index"] = grouped.mention_group.get(row["mention_index"])
    out.article_initiatives = [_initiative_row(aid, g, grouped.primary) for g in grouped.initiatives]
    periods = {s.index: funding_period(s.text, dates_by_sentence[s.index]) for s in sents}
    out.amounts = _amount_rows(aid, sents, money_by_sentence, grouped, places, region_for, periods)
    out.dates = _mention_rows(aid, sents, dates_by_sentence, lambda s, d: {
        "surface": d.text, "event_date": d.day, "date_precision": d.precision, "is_relative": d.is_relative,
        "is_resolved": d.day is not None, "is_planned": d.is_planned,
        "is_milestone": d.day is not None and _is_event_sentence(s.text) and not _is_attribution(s.text, d.end),
        "region_code": region_for[s.index], "initiative_index": link_fact(grouped, s.index, d.start, places[s.index]),
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
    resolved: dict[int, list[OrgMention]] = {}
    for index, mentions in by_sentence.items():
        out = []
        for o in mentions:
            if o.org_code is None and len(o.name) >= 4:
                longer = [
                    n for n in names if n[0] != o.name and n[0].replace(" ", "").endswith(o.name.replace(" ", ""))
                ]
                if len(longer) == 1:
                    o = replace(o, org_code=longer[0][1], name=longer[0][0], org_type=longer[0][2], source="short_name")
            out.append(o)
        resolved[index] = out
    return resolved


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


def _amount_rows(
    aid: str,
    sents: list[Sentence],
    money: dict[int, list[MoneyMention]],
    grouped: ArticleInitiatives,
    places: dict[int, list[Place]],
    region_for: dict[int, str | None],
    periods: dict[int, tuple[int | None, int | None]],
) -> list[dict[str, Any]]:
    """One row per amount and the initiative it funds; an amount stated for each of several places
    ('지역 당 63억원의 국비') is one row per place's initiative."""
    linked = []
    for s in sents:
        for m in money[s.index]:
            targets = per_place_initiatives(grouped, s.index, s.text, m.start)
            if targets:
                linked.extend((s, m, g.index, g.region_code) for g in targets)
            else:
                initiative = link_fact(grouped, s.index, m.start, places[s.index])
                region = grouped.initiatives[initiative].region_code if initiative is not None else None
                linked.append((s, m, initiative, region or region_for[s.index]))
    linked = _parallel_totals(linked, places)
    totals = [(k, m.amount_krw, ini) for k, (_, m, ini, _) in enumerate(linked) if m.role == "total" and m.amount_krw]
    sums = cumulative_sums(totals)
    main = [m.amount_krw or 0 for _, m, ini, _ in linked if ini == grouped.primary and m.role in ("total", "annual")]
    main_figure = max(main, default=0)
    rows: list[dict[str, Any]] = []
    for k, (s, m, initiative, region) in enumerate(linked):
        rows.append({
            "article_id": aid, "mention_index": k, "sentence_index": s.index,
            "start_offset": s.start + m.start, "end_offset": s.start + m.end,
            "surface": m.text, "amount": m.amount, "currency": m.currency, "amount_krw": m.amount_krw,
            "is_approximate": m.is_approximate, "amount_role": "cumulative" if k in sums else m.role,
            "region_code": region, "initiative_index": initiative,
            "is_itemised": m.is_itemised and initiative != grouped.primary and main_figure >= (m.amount_krw or 0),
            "is_superseded": m.is_superseded,
            "period_start_year": periods[s.index][0], "period_end_year": periods[s.index][1],
        })  # fmt: skip
    return rows


def _parallel_totals(
    linked: list[tuple[Sentence, MoneyMention, int | None, str | None]], places: dict[int, list[Place]]
) -> list:
    """Amounts of one sentence that fund different initiatives of different places are each a whole
    (money_roles.parallel_totals): '장성군에는 2조2000억원, 강진군에는 3조3000억원 … 각각'."""
    out = list(linked)
    by_sentence: dict[int, list[int]] = {}
    for k, (s, _, _, _) in enumerate(linked):
        by_sentence.setdefault(s.index, []).append(k)
    for ks in by_sentence.values():
        if len(ks) < 2:
            continue
        s = linked[ks[0]][0]
        nearest = [
            next((p.key for p in reversed(places[s.index]) if p.end <= linked[k][1].start and not p.is_province), None)
            for k in ks
        ]
        if None in nearest or len(set(nearest)) < len(nearest):
            continue
        alone = [classify_role(s.text, linked[k][1], linked[k][1].amount_krw or 0, 1) for k in ks]
        roles = parallel_totals([linked[k][1].role for k in ks], [linked[k][2] for k in ks], alone)
        for k, role in zip(ks, roles, strict=True):
            sent, m, ini, region = linked[k]
            out[k] = (sent, replace(m, role=role), ini, region)
    return out


def _initiative_row(aid: str, g: ArticleInitiative, primary: int | None) -> dict[str, Any]:
    """The staging row of one initiative as the article reports it."""
    sentences = sorted({pm.sentence_index for pm in g.members})
    return {
        "article_id": aid, "initiative_index": g.index, "name": g.name, "name_key": initiative_key_name(g.name),
        "initiative_type": g.initiative_type, "region_code": g.region_code, "province_code": g.province_code,
        "site": g.place.site if g.place else None, "name_words": " ".join(g.words),
        "mention_count": len(g.members), "first_sentence_index": sentences[0],
        "sentence_indexes": " ".join(map(str, sentences)),
        "is_subject": g.is_subject, "is_primary": g.index == primary, "is_cancelled": g.is_cancelled,
    }  # fmt: skip


def _is_attribution(text: str, date_end: int) -> bool:
    """'14일 전북도에 따르면 …': the day the source spoke, not an event of the initiative."""
    return "따르면" in text and _ACCORDING_TO.match(text, date_end) is not None


def _is_event_sentence(text: str) -> bool:
    """A sentence that is prose about something happening, not a bare date stamp."""
    return _EIGHT_HANGUL.match(text) is not None
