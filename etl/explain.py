"""`warehouse explain FILE`: what extraction finds in one input, each fact beside its sentence.

Reads the file directly (no warehouse needed), so a user can see why a fact is or is not in
the marts before loading anything. `--json` prints the same as one JSON object per article
(and per skipped row or record), for scripts and tests.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from etl.extract.article import EXTRACTION_TIME_LIMIT_S, TOO_SLOW, ExtractedArticle, extract_article
from etl.extract.gazetteer import load_gazetteer
from etl.model import RawArticle, SkippedInput
from etl.queries import one_row
from etl.sources import READING_TIME_LIMIT_S, TOO_SLOW_TO_READ, InputError, input_root, read_articles
from etl.timelimit import TimeLimitExceeded, each_in_time, time_limit

_FACTS = ("regions", "organisations", "amounts", "dates", "initiatives", "article_initiatives")


def explain_file(path: Path, columns: dict[str, str] | None = None, warehouse: Path | None = None) -> Iterator[str]:
    """Lines of a readable account of every article in `path`; with a built `warehouse`, also the
    initiative each of its initiatives resolved to across articles, and why. An article the loader
    would skip for taking too long is said to be skipped, as the loader would say it."""
    gaz = load_gazetteer()
    path = Path(input_root(path))  # the loader keys articles by real path: so must a look-up
    for item in _items_in_time(path, columns):
        try:
            if isinstance(item, SkippedInput):
                yield f"skipped {item.file_name}: {item.reason}"
                continue
            extracted = _extract_in_time(item, gaz)
            yield from _explain(extracted, gaz)
            if warehouse is not None:
                yield from _across_articles(extracted, warehouse)
        except InputError as exc:  # a page that holds no article, or one that takes too long
            yield f"skipped {_source(item)}: {exc}"


def _items_in_time(path: Path, columns: dict[str, str] | None) -> list[RawArticle | SkippedInput]:
    try:
        return list(each_in_time(read_articles(path, columns), READING_TIME_LIMIT_S))
    except TimeLimitExceeded:
        raise InputError(TOO_SLOW_TO_READ.format(limit=READING_TIME_LIMIT_S)) from None


def _extract_in_time(item: RawArticle, gaz) -> ExtractedArticle:
    try:
        with time_limit(EXTRACTION_TIME_LIMIT_S):
            return extract_article(item, gaz, dt.datetime.now())
    except TimeLimitExceeded:
        raise InputError(TOO_SLOW.format(limit=EXTRACTION_TIME_LIMIT_S)) from None


def explain_json(path: Path, columns: dict[str, str] | None = None) -> Iterator[str]:
    """One JSON object per line for every article in `path`: its metadata, the cleaned body the
    extractors read, and its facts; a skipped file, row or record gives `source` and `skipped`."""
    gaz = load_gazetteer()
    try:
        for item in _items_in_time(path, columns):
            if isinstance(item, SkippedInput):
                yield _json({"source": item.source_path, "skipped": item.reason})
                continue
            try:
                yield _json(_article_json(item, _extract_in_time(item, gaz)))
            except InputError as exc:  # a page that holds no article
                yield _json({"source": _source(item), "skipped": str(exc)})
    except InputError as exc:
        yield _json({"source": str(path), "skipped": str(exc)})


def _source(item: RawArticle | SkippedInput) -> str:
    """Where an article came from: its file, or 'crawl.warc.gz#3' for one record of a file (its key)."""
    return item.source_key if isinstance(item, RawArticle) else item.source_path


def _article_json(raw: RawArticle, x: ExtractedArticle) -> dict[str, Any]:
    a = x.article
    facts = {kind: [_fact(row) for row in getattr(x, kind)] for kind in _FACTS}
    return {
        "source_key": a["source_key"], "format": a["source_format"], "is_summary": raw.is_summary,
        "title": a["title"], "publisher": a["publisher"], "published_date": a["published_date"],
        "published_date_source": a["published_date_source"], "url": a["url"], "body": a["body"], "facts": facts,
    }  # fmt: skip


def _fact(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "article_id"}


def _json(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def _explain(x: ExtractedArticle, gaz) -> Iterator[str]:
    a = x.article
    sentences = {s["sentence_index"]: s for s in x.sentences}
    yield f"== {a['source_key']}"
    yield f"title:      {a['title'] or '-'}"
    yield f"publisher:  {a['publisher'] or '-'}"
    yield f"published:  {a['published_date'] or 'unknown'} ({a['published_date_source'] or 'no date in the text'})"
    subjects = sorted({gaz.regions[r["province_code"]].name_ko for r in x.regions if r["is_subject_province"]})
    passing = sorted({gaz.regions[r["province_code"]].name_ko for r in x.regions} - set(subjects))
    yield f"regions:    {', '.join(subjects) or '-'}" + (f"   (in passing: {', '.join(passing)})" if passing else "")
    yield f"sentences:  {len(x.sentences)}"

    def fact(label: str, row: dict) -> Iterator[str]:
        s = sentences[row["sentence_index"]]
        yield f"  {label}"
        yield f"      [{row['sentence_index']}:{s['zone']}] {s['text']}"

    def region(code: str | None) -> str:
        return gaz.regions[code].name_ko if code else "no region"

    yield "organisations:"
    for o in x.organisations:
        kind = (
            "publisher/news agency, not a participant" if o["org_type"] == "media" else f"{o['org_type']}, {o['role']}"
        )
        yield from fact(f"{o['org_name']} ({kind}; found by {o['found_by']})", o)
    names = {i["initiative_index"]: i["name"] for i in x.article_initiatives}
    yield "initiatives (as this article reports them):"
    for i in x.article_initiatives:
        how = "reported" if i["is_subject"] else "in passing"
        marks = (
            [how]
            + (["the article's main one"] if i["is_primary"] else [])
            + (["called off"] if i["is_cancelled"] else [])
        )
        place = i["site"] or region(i["region_code"])
        words = f"; name words: {i['name_words']}" if i["name_words"] else ""
        yield f"  {i['name']} ({i['initiative_type']}; {place}; {', '.join(marks)}{words}; sentences {i['sentence_indexes']})"
    yield "money:"
    for m in x.amounts:
        won = f"{m['amount_krw']:,} won" if m["amount_krw"] is not None else f"{m['amount']:,} {m['currency']}"
        period = ""
        if m["period_start_year"] or m["period_end_year"]:
            period = f", {m['period_start_year'] or '?'}–{m['period_end_year'] or '?'}"
        flags = "".join([", itemised" if m["is_itemised"] else "", ", superseded" if m["is_superseded"] else ""])
        funds = names.get(m["initiative_index"], "no initiative")
        yield from fact(
            f"{m['surface']} = {won} [{m['amount_role']}{period}{flags}] → {region(m['region_code'])}, for {funds}", m
        )
    yield "dates:"
    for d in x.dates:
        when = f"{d['event_date']} ({d['date_precision']})" if d["event_date"] else "unresolved"
        kind = ("planned" if d["is_planned"] else "happened") if d["is_milestone"] else "not a milestone"
        yield from fact(f"{d['surface']} = {when}, {kind} → {region(d['region_code'])}", d)
    yield "initiative mentions:"
    for i in x.initiatives:
        target = names.get(i["initiative_index"], "refers to no initiative of the article")
        yield from fact(f"{i['name']} ({i['initiative_type']}) → {target}", i)


def _across_articles(x: ExtractedArticle, warehouse: Path) -> Iterator[str]:
    """The initiative each of the article's initiatives resolved to in `warehouse`, the other articles
    reporting it, and the evidence that joined them (int_initiative_links)."""
    import duckdb

    yield "across articles (in the warehouse):"
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error as exc:
        yield f"  not shown: the warehouse could not be opened ({str(exc).splitlines()[0]})"
        return
    try:
        rows = con.execute(
            """select a.initiative_index, r.initiative_key, d.name_ko, d.status, r.entity_id,
                      (select list(distinct o.file_name order by o.file_name)
                       from intermediate.int_initiative_resolution q
                       join main.dim_article o on o.article_key = q.article_id
                       where q.initiative_key = r.initiative_key and q.article_id <> r.article_id) as others
               from intermediate.int_article_initiatives a
               join intermediate.int_initiative_resolution r on r.node_id = a.node_id
               join main.dim_initiative d on d.initiative_key = r.initiative_key
               where a.article_id = ? order by a.initiative_index""",
            [x.article["article_id"]],
        ).fetchall()
        if not rows:
            yield "  this article is not in the warehouse (or reports no initiative there)"
        for index, key, name, status, entity, others in rows:
            own = next((i["name"] for i in x.article_initiatives if i["initiative_index"] == index), "?")
            yield f"  {own} → {name} ({status}; key {key[:12]}); also reported by: {', '.join(others or []) or 'no other article'}"
            (same,) = one_row(
                con,
                """select list(distinct o.file_name order by o.file_name)
                   from intermediate.int_initiative_resolution q join main.dim_article o on o.article_key = q.article_id
                   where q.entity_id = ? and q.article_id <> ?""",
                [entity, x.article["article_id"]],
            )
            if same:
                yield f"      same place, type and name words as in: {', '.join(same)}"
            for files, link, evidence in con.execute(
                """select (select list(distinct o.file_name order by o.file_name)
                           from main.dim_article o where list_contains(e.article_ids, o.article_key)), l.link, l.evidence
                   from intermediate.int_initiative_links l
                   join intermediate.int_initiative_entities e
                     on e.entity_id = case when l.entity_a = ? then l.entity_b else l.entity_a end
                   where (l.entity_a = ? or l.entity_b = ?) and l.link is not null
                   order by l.link, 1, l.evidence""",  # strong first: scan order is no order
                [entity, entity, entity],
            ).fetchall():
                yield f"      {link} link to the report in {', '.join(files or [])}: {evidence}"
    except duckdb.Error as exc:
        yield f"  not shown: {str(exc).splitlines()[0]} (build the warehouse first)"
    finally:
        con.close()
