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

from etl.extract.article import ExtractedArticle, extract_article
from etl.extract.gazetteer import load_gazetteer
from etl.model import RawArticle, SkippedInput
from etl.sources import InputError, read_articles

_FACTS = ("regions", "organisations", "amounts", "dates", "initiatives")


def explain_file(path: Path, columns: dict[str, str] | None = None) -> Iterator[str]:
    """Lines of a readable account of every article in `path`."""
    gaz = load_gazetteer()
    for item in read_articles(path, columns):
        try:
            if isinstance(item, SkippedInput):
                yield f"skipped {item.file_name}: {item.reason}"
                continue
            yield from _explain(extract_article(item, gaz, dt.datetime.now()), gaz)
        except InputError as exc:  # a page that holds no article
            yield f"skipped {_source(item)}: {exc}"


def explain_json(path: Path, columns: dict[str, str] | None = None) -> Iterator[str]:
    """One JSON object per line for every article in `path`: its metadata, the cleaned body the
    extractors read, and its facts; a skipped file, row or record gives `source` and `skipped`."""
    gaz = load_gazetteer()
    try:
        for item in read_articles(path, columns):
            if isinstance(item, SkippedInput):
                yield _json({"source": item.source_path, "skipped": item.reason})
                continue
            try:
                yield _json(_article_json(item, extract_article(item, gaz, dt.datetime.now())))
            except InputError as exc:  # a page that holds no article
                yield _json({"source": _source(item), "skipped": str(exc)})
    except InputError as exc:
        yield _json({"source": str(path), "skipped": str(exc)})


def _source(item: RawArticle) -> str:
    """Where an article came from: its file, or 'crawl.warc.gz#3' for one record of a file."""
    return f"{item.source_path}#{item.source_key.rsplit('#', 1)[1]}" if "#" in item.source_key else item.source_path


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
