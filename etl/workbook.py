"""The reports as one Excel workbook: a sheet per report, and a first sheet saying what each is.

Analysts live in Excel, so the workbook is built for it rather than being CSVs glued together:
headers frozen and filterable, columns sized to their contents, won as numbers with thousands
separators (and beside each, the amount in 조/억 as Korean readers say it), dates as dates,
lists as '; '-separated text. Text is always written as text, so a cell that starts with '='
is never run as a formula. Rows are written as they are fetched (xlsxwriter's constant-memory
mode), so a large report never sits in memory whole.
"""

from __future__ import annotations

import datetime as dt
import decimal
import multiprocessing
import unicodedata
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from etl.report_catalog import ReportInfo, catalog
from etl.won import won_text

WORKBOOK_FILE = "reports.xlsx"
ABOUT_SHEET = "about"
EXCEL_MAX_ROWS = 1_048_576  # rows per sheet, header included
EXCEL_MAX_TEXT = 32_767  # characters per cell
FETCH_ROWS = 10_000
WIDTH_SAMPLE_ROWS = 500  # column widths are measured on the header and the first rows
MIN_WIDTH, MAX_WIDTH = 6, 60  # in Excel's character units
LIST_SEPARATOR = "; "
WON_SUFFIX = "_krw"  # columns of won: numbers, each followed by a column in 조/억
WON_TEXT_HEADER = "{column} (조·억)"
YEAR_SUFFIX = "_year"  # integers shown without a thousands separator

# What the first sheet says about conventions every sheet follows.
CONVENTIONS = (
    "금액(…_krw)은 원 단위 숫자이고, 바로 옆 칸에 조·억으로 읽은 금액이 있습니다 (큰 두 단위까지, 반올림 없이).",
    "같은 투자가 여러 기사에 나와도 한 번만 셉니다 (가장 최근 기사의 금액; 범위는 min/max 열).",
    "빈 칸은 '알 수 없음'입니다 (기사에 날짜·발행처가 없을 때 등). 목록은 '; '로 구분합니다.",
    "…_count 열은 개수, 복수형 이름의 열(investments, initiatives, participants, source_articles …)은 목록입니다.",
)


def write_workbook(
    path: Path, con: Any, run: dict[str, Any], reports: list[ReportInfo] | None = None
) -> dict[str, int]:
    """Write every report through `con` (a read-only connection with `as_of` set) into `path`.

    `run` describes where the reports came from (generated_at, as_of, warehouse, inputs
    fingerprint) for the first sheet. Returns the rows written per sheet."""
    import xlsxwriter

    reports = reports if reports is not None else catalog()
    workbook = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
            "default_date_format": "yyyy-mm-dd",
        },
    )
    generated = dt.datetime.fromisoformat(run["generated_at"])
    workbook.set_properties(
        {"title": "Korea regional AI initiatives: reports", "created": generated.replace(tzinfo=None)}
    )
    styles = _Styles(workbook)
    about = workbook.add_worksheet(ABOUT_SHEET)  # first in the workbook, written once the rows are known
    counts: dict[str, int] = {}
    truncated: dict[str, int] = {}
    for report in reports:
        rows_written, rows_total = _write_sheet(workbook, styles, report.name, con.execute(report.sql))
        counts[report.name] = rows_written
        if rows_total > rows_written:
            truncated[report.name] = rows_total
    _write_about(about, styles, run, reports, counts, truncated)
    workbook.close()
    return counts


@contextmanager
def workbook_alongside(
    path: Path, db_path: Path, as_of: dt.date, run: dict[str, Any]
) -> Iterator[Future[dict[str, int]]]:
    """Write the workbook in a child process while the block writes everything else.

    xlsxwriter is pure Python and the workbook is most of a report run's work, so on a second
    core it overlaps the CSVs, charts and page. The child reads the warehouse through its own
    read-only connection. Leaving the block waits for the child, also when the block fails, so
    nothing is written into the folder once the caller discards it."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool.submit(write_workbook_file, path, db_path, as_of, run)


def write_workbook_file(path: Path, db_path: Path, as_of: dt.date, run: dict[str, Any]) -> dict[str, int]:
    """write_workbook through a read-only connection of its own."""
    from etl.reports import _connect

    con = _connect(db_path, as_of)
    try:
        return write_workbook(path, con, run)
    finally:
        con.close()


def _write_sheet(workbook: Any, styles: _Styles, name: str, cursor: Any) -> tuple[int, int]:
    """One report on its own sheet; (rows written, rows the report has)."""
    sheet = workbook.add_worksheet(name[:31])
    columns = [(d[0], str(d[1])) for d in cursor.description]
    layout = _layout(columns)
    first = cursor.fetchmany(FETCH_ROWS)
    headers = [header for header, _, _ in layout]
    widths = _widths(headers, [[convert(row) for _, _, convert in layout] for row in first[:WIDTH_SAMPLE_ROWS]])
    for index, ((_, kind, _), width) in enumerate(zip(layout, widths, strict=True)):
        sheet.set_column(index, index, width, styles.column(kind))
    sheet.write_row(0, 0, headers, styles.header)
    sheet.freeze_panes(1, 0)
    plan = [(index, convert, _cell_writer(sheet, kind, styles)) for index, (_, kind, convert) in enumerate(layout)]
    written = total = 0
    for row in _chain(first, cursor):
        total += 1
        if written + 1 >= EXCEL_MAX_ROWS:
            continue  # counted, not written: the first sheet says the CSV has them all
        written += 1
        for index, convert, write in plan:
            value = convert(row)
            if value is not None:
                write(written, index, value)
    sheet.autofilter(0, 0, max(written, 1), len(layout) - 1)
    return written, total


def _chain(first: list[tuple[Any, ...]], cursor: Any) -> Iterable[tuple[Any, ...]]:
    yield from first
    while chunk := cursor.fetchmany(FETCH_ROWS):
        yield from chunk


def _layout(columns: list[tuple[str, str]]) -> list[tuple[str, str, Any]]:
    """(header, kind, value from row) per sheet column: each won column is followed by its 조/억 text."""
    layout: list[tuple[str, str, Any]] = []
    for position, (name, type_name) in enumerate(columns):
        kind = _kind(name, type_name)
        layout.append((name, kind, lambda row, p=position: row[p]))
        if kind == "won":
            layout.append((WON_TEXT_HEADER.format(column=name), "text", lambda row, p=position: won_text(row[p])))
    return layout


def _kind(name: str, type_name: str) -> str:
    if type_name.endswith("[]"):
        return "list"
    if type_name == "DATE":
        return "date"
    if type_name.startswith("TIMESTAMP"):
        return "timestamp"
    if type_name in (
        "TINYINT",
        "SMALLINT",
        "INTEGER",
        "BIGINT",
        "HUGEINT",
        "UBIGINT",
        "UINTEGER",
    ) or type_name.startswith(("DECIMAL", "DOUBLE", "FLOAT")):
        if name.endswith(WON_SUFFIX):
            return "won"
        return "year" if name.endswith(YEAR_SUFFIX) else "number"
    if type_name == "BOOLEAN":
        return "boolean"
    return "text"


EXCEL_EPOCH = dt.date(1899, 12, 30)  # day 0 of Excel's date serial numbers (1900 date system)


def _cell_writer(sheet: Any, kind: str, styles: _Styles) -> Any:
    """How a column's values are written: (row, col, value) → None, chosen once per column.

    Dates go in as Excel serial numbers with a date format: the same cell write_datetime makes,
    without its per-cell conversion."""
    if kind in ("number", "won", "year"):
        return lambda row, col, value: sheet.write_number(
            row, col, float(value) if isinstance(value, decimal.Decimal) else value
        )
    if kind in ("date", "timestamp"):
        date_format = styles.column(kind)

        def write_date(row: int, col: int, value: Any) -> None:
            if isinstance(value, dt.datetime):
                serial = (value - dt.datetime(1899, 12, 30, tzinfo=value.tzinfo)).total_seconds() / 86400
            elif isinstance(value, dt.date):
                serial = (value - EXCEL_EPOCH).days
            else:
                sheet.write_string(row, col, _text(value))
                return
            sheet.write_number(row, col, serial, date_format)

        return write_date
    if kind == "boolean":
        return lambda row, col, value: sheet.write_boolean(row, col, bool(value))
    return lambda row, col, value: sheet.write_string(row, col, _text(value))


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        value = LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
    text = str(value)
    return text if len(text) <= EXCEL_MAX_TEXT else text[: EXCEL_MAX_TEXT - 1] + "…"


def display_width(text: str) -> int:
    """Width in Excel's character units: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _widths(headers: list[str], rows: list[list[Any]]) -> list[int]:
    widths = []
    for index, header in enumerate(headers):
        longest = max([display_width(header), *(display_width(_shown(r[index])) for r in rows)])
        widths.append(max(MIN_WIDTH, min(MAX_WIDTH, longest + 2)))
    return widths


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, int | float | decimal.Decimal) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return _text(value)


class _Styles:
    def __init__(self, workbook: Any) -> None:
        self.header = workbook.add_format({"bold": True, "bg_color": "#dde6f0", "bottom": 1, "text_wrap": True})
        self.title = workbook.add_format({"bold": True, "font_size": 14})
        self.bold = workbook.add_format({"bold": True})
        self.left = workbook.add_format({"align": "left", "num_format": "#,##0"})
        self.wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        self.link = workbook.add_format({"font_color": "blue", "underline": 1, "valign": "top"})
        self._by_kind = {
            "won": workbook.add_format({"num_format": "#,##0"}),
            "number": workbook.add_format({"num_format": "#,##0"}),
            "year": workbook.add_format({"num_format": "0"}),
            "date": workbook.add_format({"num_format": "yyyy-mm-dd"}),
            "timestamp": workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
        }

    def column(self, kind: str) -> Any:
        return self._by_kind.get(kind)


def _write_about(
    sheet: Any,
    styles: _Styles,
    run: dict[str, Any],
    reports: list[ReportInfo],
    counts: dict[str, int],
    truncated: dict[str, int],
) -> None:
    """The first sheet: what the workbook is, the run it came from, and what each sheet answers."""
    warehouse = run.get("warehouse", {})
    sheet.set_column(0, 0, 30)
    sheet.set_column(1, 1, 70, styles.wrap)
    sheet.set_column(2, 2, 70, styles.wrap)
    sheet.set_column(3, 3, 10)
    row = 0
    sheet.write_string(row, 0, "한국 지역 AI 사업: 뉴스 기사로 만든 보고서", styles.title)
    row += 2
    facts = [
        ("만든 때 (generated_at)", run.get("generated_at")),
        ("기준일 (as_of: 다가오는 이정표의 기준)", run.get("as_of")),
        ("기사 수 (articles loaded)", warehouse.get("articles")),
        ("마지막 적재 (last_loaded_at)", warehouse.get("last_loaded_at")),
        ("추출기 버전 (parser_versions)", warehouse.get("parser_versions")),
        ("스키마 버전 (schema_revision)", warehouse.get("schema_revision")),
        ("웨어하우스 파일 (warehouse)", warehouse.get("path")),
        ("입력 지문 (inputs_fingerprint)", run.get("inputs_fingerprint")),
    ]
    for label, value in facts:
        sheet.write_string(row, 0, label, styles.bold)
        if isinstance(value, int):
            sheet.write_number(row, 1, value, styles.left)
        else:
            sheet.write_string(row, 1, "" if value is None else str(value))
        row += 1
    row += 1
    for line in CONVENTIONS:
        sheet.write_string(row, 1, line)
        row += 1
    row += 1
    sheet.write_row(row, 0, ["시트 (sheet)", "답하는 질문 (question)", "열 (columns)", "행 (rows)"], styles.header)
    row += 1
    for report in reports:
        sheet.write_url(row, 0, f"internal:'{report.name[:31]}'!A1", styles.link, report.name)
        question = report.question
        if report.name in truncated:
            question += f" (Excel의 행 한도로 {counts[report.name]:,}행만 실었습니다: CSV에 {truncated[report.name]:,}행 모두 있습니다)"
        sheet.write_string(row, 1, question)
        sheet.write_string(row, 2, report.columns)
        sheet.write_number(row, 3, counts.get(report.name, 0))
        row += 1
