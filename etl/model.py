"""Plain data carried between the ETL steps (reading → cleaning → extraction → loading)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawArticle:
    """One article as read from an input file, before any cleaning."""

    source_path: str  # path of the input file
    file_name: str  # the input file's base name
    source_key: str  # unique per article: the file name, plus '#line' inside a .jsonl file
    text: str
    fmt: str  # 'txt', 'html' or 'jsonl'
    title: str | None = None  # from metadata, when the format carries it
    publisher: str | None = None
    published_date: dt.date | None = None
    url: str | None = None
    content_hash: str = ""


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
