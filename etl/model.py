"""Plain data carried between the ETL steps (reading → cleaning → extraction → loading).

Article keys. Every article has one key, stable across loads and unique in the warehouse:
  - a file holding one article (.txt, .html): the file's real path (absolute, symbolic links
    resolved: `etl.sources.input_root`), e.g. '/data/articles/gwangju/x.txt';
  - a file holding many (a .jsonl dump; any format whose rows or records are articles): that
    path, '#', and the article's 1-based line, row or record number in the file, e.g.
    '/data/articles/dump.jsonl#7'.
`article_key` makes them; a reader gives it `record` exactly when its format holds many
articles. So 'a/x.txt' and 'b/x.txt' are two articles; a changed file replaces its own earlier
version (same key, new content hash); and a load can tell which stored articles belong to the
files and folders it was given (their keys start with those paths). A skipped line or record
is named by the same key.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

# The readers' names, stored as staging.articles.source_format (dbt's accepted_values lists them too).
SOURCE_FORMATS = ("txt", "html", "jsonl", "json", "feed", "csv", "xlsx", "warc")


def article_key(source_path: str, record: int | None = None) -> str:
    """The key of the article in `source_path`, or of its `record`-th article (see above)."""
    return source_path if record is None else f"{source_path}#{record}"


def record_number(source_key: str, source_path: str) -> str | None:
    """'3' for the third article of a file holding many, None for a file's only article. Read from
    the end of the key, past its path: a folder's name may hold a '#' of its own."""
    return source_key[len(source_path) + 1 :] if source_key != source_path else None


# What a string from an input may not carry into the warehouse: control characters (a NUL ends
# a C string and breaks CSV cells) and lone surrogates ('\ud800' in JSON: not encodable text).
_WHITESPACE_CONTROLS = "\x0b\x0c\x1c\x1d\x1e\x1f\x85"
_UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_STORABLE = {
    **{code: None for code in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0)]},
    **{ord(ch): " " for ch in _WHITESPACE_CONTROLS},
    **{code: "\ufffd" for code in range(0xD800, 0xE000)},
}


def storable_text(text: str) -> str:
    """`text` without control characters (tabs and line breaks stay; vertical tabs and the
    like become spaces) and with each lone surrogate as U+FFFD."""
    return text.translate(_STORABLE) if _UNSTORABLE.search(text) else text


@dataclass(frozen=True)
class RawArticle:
    """One article as read from an input file, before any cleaning.

    Its text and metadata are storable text (`storable_text`), whatever the reader was given.
    """

    source_path: str  # real path of the input file
    file_name: str  # the input file's base name
    # Unique per article: the file's real path (`article_key`), plus '#n' for the n-th line, row or
    # record of a file that holds many (.jsonl line, table row, feed item, WARC record).
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

    def __post_init__(self) -> None:
        for name in ("text", "title", "publisher", "url"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, storable_text(value))


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
