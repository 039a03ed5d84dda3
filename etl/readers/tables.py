"""Tables of articles: .csv / .tsv and .xlsx, one article per row.

Columns are found by name: a BigKinds export (뉴스 식별자, 일자, 언론사, 제목, 본문, URL), a
crawler's CSV (title, date, press, content, url … in English or Korean: `fields.FIELD_NAMES`),
or the mapping given with `--columns title=헤드라인,text=기사내용`. A row is an article keyed by
its file and row number as a spreadsheet shows it (the header is row 1); a row without text is
skipped and named, and the other rows load. Files are streamed, row by row.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from etl.model import RawArticle, SkippedInput
from etl.readers.fields import (
    FIELD_NAMES,
    date_from,
    name_key,
    name_or_none,
    plain_text,
    record_article,
    skipped,
    text_or_none,
    url_or_none,
    with_subtitle,
)
from etl.sources import MAX_FILE_BYTES, InputError

FIELDS = ("title", "text", "date", "publisher", "url", "subtitle")
# A BigKinds (bigkinds.or.kr) news export: its id column marks it.
BIGKINDS_COLUMNS = {"title": "제목", "text": "본문", "date": "일자", "publisher": "언론사", "url": "URL"}
BIGKINDS_MARK = "뉴스 식별자"
_SAMPLE_BYTES = 64 * 1024


def parse_columns(spec: str) -> dict[str, str]:
    """`--columns 'title=헤드라인,text=기사 내용'` as {field: column}; a mistake raises ValueError."""
    mapping: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        field, sep, column = part.partition("=")
        field = field.strip().lower()
        if not sep or not column.strip():
            raise ValueError(f"'{part}' is not FIELD=COLUMN")
        if field not in FIELDS:
            raise ValueError(f"unknown field '{field}' (fields: {', '.join(FIELDS)})")
        mapping[field] = column.strip()
    if not mapping:
        raise ValueError("no FIELD=COLUMN given")
    return mapping


def column_mapping(header: list[str], given: dict[str, str] | None = None) -> dict[str, int]:
    """{field: column index} for a header row: the given mapping, then BigKinds', then the usual names."""
    keys = [name_key(h) for h in header]
    mapping: dict[str, int] = {}
    for field, column in (given or {}).items():
        if name_key(column) not in keys:
            raise InputError(f"no column '{column}' for {field} (the columns are: {', '.join(map(str, header))})")
        mapping[field] = keys.index(name_key(column))
    builtin = BIGKINDS_COLUMNS if name_key(BIGKINDS_MARK) in keys else {}
    for field in FIELDS:
        if field in mapping:
            continue
        names = [builtin[field]] if field in builtin else []
        for name in (*names, *FIELD_NAMES[field]):
            if name_key(name) in keys:
                mapping[field] = keys.index(name_key(name))
                break
    if "text" not in mapping:
        raise InputError(
            f"no article text column among {', '.join(map(str, header))} "
            "(name it with --columns text=COLUMN; see docs/inputs.md)"
        )
    return mapping


def read(path: Path, columns: dict[str, str] | None = None) -> Iterator[RawArticle | SkippedInput]:
    fmt = "xlsx" if path.name.lower().endswith(".xlsx") else "csv"
    rows = _xlsx_rows(path) if fmt == "xlsx" else _csv_rows(path)
    mapping: dict[str, int] | None = None
    for number, row in rows:
        if isinstance(row, str):  # a row the file format itself could not read
            yield skipped(path, number, "row", row)
            continue
        if mapping is None:
            if any(text_or_none(v) for v in row):
                mapping = column_mapping([str(v or "").strip() for v in row], columns)
            continue
        if not any(text_or_none(v) for v in row):
            continue  # a blank line between rows
        yield _row_article(path, fmt, number, row, mapping)
    if mapping is None:
        raise InputError("no header row: the table is empty")


def _row_article(path: Path, fmt: str, number: int, row: list, mapping: dict[str, int]) -> RawArticle | SkippedInput:
    def cell(field: str) -> object:
        index = mapping.get(field)
        return row[index] if index is not None and index < len(row) else None

    text = plain_text(cell("text"))
    if not text:
        return skipped(path, number, "row", "no article text")
    if len(text) > MAX_FILE_BYTES:
        return skipped(path, number, "row", "text larger than any article")
    text = with_subtitle(text, cell("subtitle"))
    digest = hashlib.sha256(json.dumps([str(v) for v in row], ensure_ascii=False).encode("utf-8")).hexdigest()
    return record_article(
        path,
        number,
        fmt,
        text,
        title=plain_text(cell("title")),
        publisher=name_or_none(cell("publisher")),
        published_date=date_from(cell("date")),
        url=url_or_none(cell("url")),
        content_hash=digest,
    )


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str] | str]]:
    """(row number, cells) of a delimited text file in UTF-8 (± BOM), UTF-16 or CP949; a row the
    csv module rejects comes as (row number, reason). Numbers count records, header = 1."""
    with path.open("rb") as f:
        sample = f.read(_SAMPLE_BYTES)
    encoding = _encoding(sample)
    delimiter = "\t" if path.name.lower().endswith(".tsv") else _delimiter(sample.decode(encoding, errors="ignore"))
    csv.field_size_limit(MAX_FILE_BYTES)
    with path.open(encoding=encoding, newline="", errors="strict") as f:
        reader = csv.reader(f, delimiter=delimiter)
        number = 0
        while True:
            number += 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield number, f"unreadable CSV ({exc})"
                continue
            except UnicodeDecodeError:
                raise InputError(f"row {number}: not {encoding} text (the rows before it were read)") from None
            yield number, row


def _encoding(sample: bytes) -> str:
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" in sample:
        raise InputError("binary content (NUL bytes), not a CSV table")
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 3:  # not just a character cut by the sample's end
            return "cp949"
    return "utf-8-sig"


def _delimiter(sample: str) -> str:
    header = sample.split("\n", 1)[0]
    return max(",\t;|", key=header.count) if header else ","


def _xlsx_rows(path: Path) -> Iterable[tuple[int, list | str]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError(f"not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from exc
    try:
        sheet = book.active or book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(row)
    finally:
        book.close()
