"""RSS and Atom feeds (.rss, .atom, .xml), read by feedparser: one article per item.

An item's full text is its `content:encoded` (or Atom `<content>`) when the feed carries it, the
fullest if feedparser gives several (it files a `<description>` beside `<media:content>` there
too); a description that is no excerpt of that text is the item's deck and goes before it.
Without full text the summary is the text, and the article is marked as a summary. The publisher is the item's
source, else the outlet of its link's site (`ref_publishers`), else the feed's own title when
that names an outlet. The date is the item's, as written in its zone ('Mon, 13 Jul 2020 17:18:00
+0900' is the 13th). Items are keyed by file and position (1 = the first item).
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from pathlib import Path

from etl.extract.publisher import PublisherDirectory, load_directory
from etl.model import RawArticle, SkippedInput
from etl.readers.fields import (
    date_from,
    plain_text,
    record_article,
    skipped,
    strip_tags,
    text_or_none,
    url_or_none,
    with_subtitle,
)
from etl.sources import InputError, read_whole

_FEED_TITLE_PARTS = re.compile(r"\s*(?:[|:>\-–—]|::)\s*")


def read(path: Path, columns: dict[str, str] | None = None) -> Iterator[RawArticle | SkippedInput]:
    import feedparser

    feed = feedparser.parse(io.BytesIO(read_whole(path)))  # a stream: feedparser never fetches it
    if not feed.get("version") and not feed.entries:
        problem = feed.get("bozo_exception")
        raise InputError(f"not an RSS or Atom feed{f' ({problem})' if problem else ''}")
    directory = load_directory()
    feed_outlet = _feed_outlet(feed.feed, directory)
    for number, entry in enumerate(feed.entries, start=1):
        yield _item_article(path, number, entry, feed_outlet, directory)


def _item_article(path: Path, number: int, entry, feed_outlet: str | None, directory: PublisherDirectory):
    contents = [c.get("value") for c in entry.get("content") or [] if text_or_none(c.get("value"))]
    full = max(contents, key=len, default=None)
    summary = entry.get("summary") or entry.get("description")
    text = plain_text(full) if full else (strip_tags(summary) if summary else None)
    if not text:
        return skipped(path, number, "item", "no text (neither content nor summary)")
    if full:
        decks = [c for c in contents if c is not full] or [summary]
        text = with_subtitle(text, strip_tags(decks[0] or ""))
    title = strip_tags(entry.get("title") or "") or None
    link = url_or_none(entry.get("link"))
    source = entry.get("source") or {}
    publisher = (
        directory.outlet(text_or_none(source.get("title")))
        or text_or_none(entry.get("publisher"))
        or directory.for_domain(link)
        or feed_outlet
    )
    digest = hashlib.sha256("\n".join([entry.get("id") or "", title or "", text]).encode("utf-8")).hexdigest()
    return record_article(
        path,
        number,
        "feed",
        text,
        title=title,
        publisher=publisher,
        published_date=date_from(entry.get("published") or entry.get("updated") or entry.get("dc_date")),
        url=link,
        content_hash=digest,
        is_summary=not full,
    )


def _feed_outlet(feed, directory: PublisherDirectory) -> str | None:
    """The outlet a feed names in its title ('연합뉴스 : 전체기사') or link, not a portal's."""
    link = url_or_none(feed.get("link"))
    if link and directory.is_portal(url=link):
        return None
    for part in _FEED_TITLE_PARTS.split(feed.get("title") or ""):
        outlet = directory.outlet(part)
        if outlet:
            return outlet
    return directory.for_domain(link)
