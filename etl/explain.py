"""`warehouse explain FILE`: what extraction finds in one input, each fact beside its sentence.

Reads the file directly (no warehouse needed), so a user can see why a fact is or is not in
the marts before loading anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from etl.extract.article import EXTRACTION_TIME_LIMIT_S, TOO_SLOW, ExtractedArticle, extract_article
from etl.extract.gazetteer import load_gazetteer
from etl.model import SkippedInput
from etl.sources import READING_TIME_LIMIT_S, TOO_SLOW_TO_READ, InputError, read_articles
from etl.timelimit import TimeLimitExceeded, each_in_time, time_limit


def explain_file(path: Path) -> Iterator[str]:
    """Lines of a readable account of every article in `path`; one that the loader would skip
    for taking too long is said to be skipped, as the loader would say it."""
    gaz = load_gazetteer()
    try:
        items = list(each_in_time(read_articles(path), READING_TIME_LIMIT_S))
    except TimeLimitExceeded:
        raise InputError(TOO_SLOW_TO_READ.format(limit=READING_TIME_LIMIT_S)) from None
    for item in items:
        if isinstance(item, SkippedInput):
            yield f"skipped {item.file_name}: {item.reason}"
            continue
        try:
            with time_limit(EXTRACTION_TIME_LIMIT_S):
                extracted = extract_article(item, gaz, dt.datetime.now())
        except TimeLimitExceeded:
            yield f"skipped {item.source_key}: {TOO_SLOW.format(limit=EXTRACTION_TIME_LIMIT_S)}"
            continue
        yield from _explain(extracted, gaz)


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
        kind = "publisher/news agency, not a participant" if o["org_type"] == "media" else o["org_type"]
        yield from fact(f"{o['org_name']} ({kind}; found by {o['found_by']})", o)
    yield "money:"
    for m in x.amounts:
        won = f"{m['amount_krw']:,} won" if m["amount_krw"] is not None else f"{m['amount']:,} {m['currency']}"
        period = ""
        if m["period_start_year"] or m["period_end_year"]:
            period = f", {m['period_start_year'] or '?'}–{m['period_end_year'] or '?'}"
        yield from fact(f"{m['surface']} = {won} [{m['amount_role']}{period}] → {region(m['region_code'])}", m)
    yield "dates:"
    for d in x.dates:
        when = f"{d['event_date']} ({d['date_precision']})" if d["event_date"] else "unresolved"
        kind = ("planned" if d["is_planned"] else "happened") if d["is_milestone"] else "not a milestone"
        yield from fact(f"{d['surface']} = {when}, {kind} → {region(d['region_code'])}", d)
    yield "initiatives:"
    for i in x.initiatives:
        yield from fact(f"{i['name']} ({i['initiative_type']}) → {region(i['region_code'])}", i)
