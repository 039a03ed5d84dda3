"""Plain data carried between the ETL steps (reading → cleaning → extraction → loading)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# The readers' names, stored as staging.articles.source_format (dbt's accepted_values lists them too).
SOURCE_FORMATS = ("txt", "html", "jsonl", "json", "feed", "csv", "xlsx", "warc")


@dataclass(frozen=True)
class RawArticle:
    """One article as read from an input file, before any cleaning."""

    source_path: str  # path of the input file
    file_name: str  # the input file's base name
    # Unique per article: the file's key (`etl.sources.file_key`), plus '#n' for the n-th line,
    # row or record of a file that holds many (.jsonl line, table row, feed item, WARC record).
    source_key: str
    text: str
    fmt: str  # one of SOURCE_FORMATS
    title: str | None = None  # from metadata, when the format carries it
    publisher: str | None = None
    published_date: dt.date | None = None
    url: str | None = None
    content_hash: str = ""
    # The text is already the article's own text (a main-text extractor's output, a feed item,
    # a table cell): cleaning looks for no headline in it, only for noise the source left.
    is_main_text: bool = False
    is_summary: bool = False  # a feed's or search API's summary, not the full article
    # The text is a web page's markup: its article is found where it is extracted (etl.readers.html).
    is_page: bool = False


@dataclass(frozen=True)
class Sentence:
    """A sentence of the cleaned body, with its character span in that body."""

    index: int
    start: int
    end: int
    text: str
    zone: str  # 'headline', 'body' or 'caption'


@dataclass
class CleanArticle:
    """The article's own text with page noise removed, split into sentences."""

    title: str | None
    body: str
    sentences: list[Sentence]
    meta_lines: list[str] = field(default_factory=list)  # bylines, copyright: read for metadata only


@dataclass(frozen=True)
class SkippedInput:
    """An input (a file, or one line of a .jsonl file) that could not be loaded, and why."""

    source_path: str
    file_name: str
    reason: str
