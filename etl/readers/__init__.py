"""Readers for the formats people actually have, one module per format.

Each module has `read(path, columns) -> Iterator[RawArticle | SkippedInput]` and raises
`etl.sources.InputError` for a problem with the whole file. A module, and the libraries it
needs (trafilatura, feedparser, openpyxl, warcio), is imported only when a file of its format
is read: a folder of .txt files pays for none of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module
from pathlib import Path

from etl.model import RawArticle, SkippedInput

# File-name ending → the module of this package that reads it. Longer endings are tried first.
READERS: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".rss": "feeds",
    ".atom": "feeds",
    ".xml": "feeds",
    ".json": "json_articles",
    ".csv": "tables",
    ".tsv": "tables",
    ".xlsx": "tables",
    ".warc": "warc",
    ".warc.gz": "warc",
}
SUFFIXES = tuple(READERS)


def reader_for(name: str) -> str | None:
    """The reader module for a file name, by its ending (case-insensitive), or None."""
    lower = name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if lower.endswith(suffix):
            return READERS[suffix]
    return None


def read(path: Path, columns: dict[str, str] | None = None) -> Iterator[RawArticle | SkippedInput]:
    """The articles in `path`, read by the module for its format."""
    module = reader_for(path.name)
    if module is None:
        raise ValueError(f"no reader for {path.name}")
    return import_module(f"{__name__}.{module}").read(path, columns)
