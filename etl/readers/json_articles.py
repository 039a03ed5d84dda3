"""JSON documents (.json): a Naver search API result, or articles as objects.

- A Naver News search result (`{"items": [{"title", "originallink", "link", "description",
  "pubDate"}]}`): each item is an article whose text is its description, marked as a summary;
  the tags Naver puts around the query's words (`<b>`) and its entities (`&quot;`) are removed.
  The url is the outlet's own (`originallink`), else Naver's, and the publisher the outlet of
  that address (`ref_publishers`).
- An article object, an array of them, or an object holding them under `articles`, `items`,
  `data`, `documents` or `results`, with the usual field names (`fields.FIELD_NAMES`):
  trafilatura's JSON (`title`, `date`, `text`/`raw_text`, `source` = the url,
  `source-hostname` = the site's name, `hostname`), crawlers' and news APIs'.
Items are keyed by file and position (1 = the first); an item without text is skipped and named.
An object whose text is under no usual name gives its longest string, if that is an article's
length; a deck (`subtitle`, `lead`, `부제`) goes before the text. The lines of a .jsonl file
(`etl.sources`) are read as article objects the same way.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from etl.extract.publisher import PublisherDirectory, load_directory
from etl.model import RawArticle, SkippedInput
from etl.readers.fields import (
    FIELD_NAMES,
    date_from,
    name_key,
    name_or_none,
    plain_text,
    record_article,
    skipped,
    strip_tags,
    text_or_none,
    url_or_none,
    with_subtitle,
)
from etl.sources import InputError, read_whole

WRAPPER_KEYS = ("articles", "items", "data", "documents", "results")
NAVER_ITEM_KEYS = frozenset({"originallink", "description", "pubDate"})


def read(path: Path, columns: dict[str, str] | None = None) -> Iterator[RawArticle | SkippedInput]:
    data = read_whole(path)
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError("not UTF-8 (JSON is UTF-8)") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg} at line {exc.lineno})") from None
    items = _items(document)
    if items is None:
        raise InputError("JSON that holds no articles: neither an article object nor a list of them")
    directory = load_directory()
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            yield skipped(path, number, "item", f"a {type(item).__name__}, not an article object")
        elif item.keys() >= NAVER_ITEM_KEYS or ("originallink" in item and "description" in item):
            yield _naver_item(path, number, item, directory)
        else:
            yield _article_object(path, number, item, directory)


def _items(document: object) -> list | None:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        return None
    for key in WRAPPER_KEYS:
        if isinstance(document.get(key), list):
            return document[key]
    return [document] if _field(document, "text") is not None else None


def _naver_item(path: Path, number: int, item: dict, directory: PublisherDirectory) -> RawArticle | SkippedInput:
    text = strip_tags(str(item.get("description") or ""))
    if not text:
        return skipped(path, number, "item", "no description")
    url = url_or_none(item.get("originallink")) or url_or_none(item.get("link"))
    return record_article(
        path,
        number,
        "json",
        text,
        title=strip_tags(str(item.get("title") or "")) or None,
        publisher=directory.for_domain(url),
        published_date=date_from(item.get("pubDate")),
        url=url,
        content_hash=_digest(item),
        is_summary=True,
    )


def line_article(path: Path, line_no: int, item: object, digest: str) -> RawArticle | SkippedInput:
    """One line of a .jsonl file: an article object, read as one in a .json file is."""
    if not isinstance(item, dict):
        return skipped(path, line_no, "line", f"a {type(item).__name__}, not an article object")
    return _article_object(path, line_no, item, load_directory(), fmt="jsonl", digest=digest, unit="line")


# Fewer characters than this in an object's longest string and it is no article's text.
_ARTICLE_LENGTH = 200


def _article_object(
    path: Path,
    number: int,
    item: dict,
    directory: PublisherDirectory,
    fmt: str = "json",
    digest: str | None = None,
    unit: str = "item",
) -> RawArticle | SkippedInput:
    text = plain_text(_field(item, "text")) or _longest_text(item)
    if not text:
        names = ", ".join(f"'{n}'" for n in ("text", "raw_text", "body", "content", "본문"))
        return skipped(path, number, unit, f"no article text ({names} …)")
    text = with_subtitle(text, _field(item, "subtitle"))
    url = url_or_none(_field(item, "url"))
    named = name_or_none(_field(item, "publisher"))
    publisher = None if named and directory.is_portal(named) else directory.outlet(named) or named
    if publisher is None or directory.is_portal(publisher):
        publisher = directory.for_domain(url) or directory.for_domain(text_or_none(item.get("hostname")))
    return record_article(
        path,
        number,
        fmt,
        text,
        title=plain_text(_field(item, "title")),
        publisher=publisher,
        published_date=date_from(_field(item, "date")),
        url=url,
        content_hash=digest or _digest(item),
    )


def _longest_text(item: dict) -> str | None:
    """The text under a name no list knows ('story', '기사'): the longest string, if an article's length."""
    longest = max((v for v in item.values() if isinstance(v, str)), key=len, default="")
    return plain_text(longest) if len(longest) >= _ARTICLE_LENGTH else None


def _field(item: dict, field: str) -> object:
    """The item's value for an article field, under the first of its usual names the item has."""
    keys = {name_key(k): k for k in item}
    for name in FIELD_NAMES[field]:
        key = keys.get(name_key(name))
        if key is None or text_or_none(item[key]) is None:
            continue
        if (field != "url" or url_or_none(item[key])) and (field != "publisher" or name_or_none(item[key])):
            return item[key]
    return None


def _digest(item: dict) -> str:
    return hashlib.sha256(json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
