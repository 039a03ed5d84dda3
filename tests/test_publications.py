"""What people read: the workbook, the briefing page (in a real browser) and the charts."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from etl import briefing, reports, workbook
from etl.report_catalog import catalog
from etl.reports import Report
from etl.won import won_text

AS_OF = dt.date(2020, 1, 1)  # the 2023 and 2027 milestones of the published corpus are still ahead


@pytest.fixture(scope="module")
def published(published_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `latest/` folder of a report run on the published corpus."""
    out = tmp_path_factory.mktemp("published-reports")
    reports.write_reports(published_warehouse, out, as_of=AS_OF)
    return out / "latest"


def _csv_rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / f"{name}.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


# --- The workbook ---------------------------------------------------------------------------------


@pytest.mark.e2e
def test_the_workbook_has_a_first_sheet_and_one_sheet_per_report(published: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(published / workbook.WORKBOOK_FILE)
    assert book.sheetnames == [workbook.ABOUT_SHEET, *(r.name for r in catalog())]
    manifest = json.loads((published / "manifest.json").read_text(encoding="utf-8"))
    assert {"file": "reports.xlsx"}.items() <= next(f for f in manifest["files"] if f["file"] == "reports.xlsx").items()
    about = [[c for c in row if c is not None] for row in book[workbook.ABOUT_SHEET].iter_rows(values_only=True)]
    text = "\n".join(" ".join(str(c) for c in row) for row in about)
    assert manifest["inputs_fingerprint"] in text and manifest["as_of"] in text
    for report in catalog():
        [row] = [r for r in about if r and r[0] == report.name]
        assert row[1] == report.question and row[3] == len(_csv_rows(published, report.name))


@pytest.mark.e2e
def test_every_sheet_has_a_frozen_filterable_header_and_the_reports_rows(published: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(published / workbook.WORKBOOK_FILE)
    for report in catalog():
        sheet = book[report.name]
        rows = _csv_rows(published, report.name)
        header = [c.value for c in sheet[1]]
        expected = []
        for column in rows[0] if rows else header:
            expected.append(column)
            if column.endswith("_krw"):
                expected.append(f"{column} (조·억)")
        assert header == expected, report.name
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
        assert sheet.max_row == len(rows) + 1 or (not rows and sheet.max_row == 1)
        for column, cell in zip(header, sheet[1], strict=True):
            width = sheet.column_dimensions[cell.column_letter].width
            assert workbook.MIN_WIDTH <= width <= workbook.MAX_WIDTH + 1, (report.name, column)


@pytest.mark.e2e
def test_won_are_numbers_with_separators_beside_their_reading_in_jo_and_eok(published: Path) -> None:
    import openpyxl

    sheet = openpyxl.load_workbook(published / workbook.WORKBOOK_FILE)["investment_by_region"]
    header = [c.value for c in sheet[1]]
    total = header.index("total_krw")
    for row in sheet.iter_rows(min_row=2):
        amount = row[total]
        assert isinstance(amount.value, int) and amount.number_format == "#,##0"
        assert row[total + 1].value == won_text(amount.value)
    assert {row[0].value for row in sheet.iter_rows(min_row=2)} == {"광주광역시", "부산광역시"}


@pytest.mark.e2e
def test_dates_are_dates_and_years_are_plain_numbers(published: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(published / workbook.WORKBOOK_FILE)
    sheet = book["investments"]
    header = [c.value for c in sheet[1]]
    dated = [row[header.index("latest_published_date")] for row in sheet.iter_rows(min_row=2)]
    assert any(c.value for c in dated)
    for cell in dated:
        if cell.value is not None:
            assert cell.is_date and cell.number_format == "yyyy-mm-dd"
    coverage = book["coverage"]
    year = [c.value for c in coverage[1]].index("published_year")
    years = [row[year] for row in coverage.iter_rows(min_row=2) if row[year].value is not None]
    assert years and all(c.value in (2019, 2020) and c.number_format == "0" for c in years)


@pytest.mark.e2e
def test_text_that_looks_like_a_formula_stays_text_in_the_workbook(published: Path) -> None:
    import openpyxl

    sheet = openpyxl.load_workbook(published / workbook.WORKBOOK_FILE)["data_quality"]
    items = [row[1] for row in sheet.iter_rows(min_row=2)]
    [formula_like] = [c for c in items if str(c.value).startswith("=")]
    assert formula_like.data_type == "s" and formula_like.value == '=HYPERLINK("http://evil.example")'


@pytest.mark.e2e
def test_a_report_longer_than_excel_allows_is_cut_and_the_first_sheet_says_so(
    published_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    monkeypatch.setattr(workbook, "EXCEL_MAX_ROWS", 2)  # a header and one row
    con = reports._connect(published_warehouse, AS_OF)
    run = {
        "generated_at": "2020-01-01T00:00:00+00:00",
        "as_of": "2020-01-01",
        "warehouse": {},
        "inputs_fingerprint": "x",
    }
    counts = workbook.write_workbook(tmp_path / "w.xlsx", con, run)
    con.close()
    book = openpyxl.load_workbook(tmp_path / "w.xlsx")
    assert counts["investment_by_region"] == 1 and book["investment_by_region"].max_row == 2
    about = {row[0]: row[1] for row in book[workbook.ABOUT_SHEET].iter_rows(values_only=True) if row[0]}
    assert "CSV에 2행 모두" in about["investment_by_region"]


@pytest.mark.parametrize(("text", "width"), [("abc", 3), ("광주광역시", 10), ("AI 집적단지", 11), ("", 0)])
def test_hangul_is_counted_twice_as_wide_for_column_widths(text: str, width: int) -> None:
    assert workbook.display_width(text) == width


# --- The briefing page: self-contained, escaped, and what it says ----------------------------------


class _Page(HTMLParser):
    """Every tag with its attributes, and the visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._skip += tag in ("style", "script")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def _page(folder: Path) -> tuple[_Page, str]:
    html = (folder / briefing.BRIEFING_FILE).read_text(encoding="utf-8")
    parser = _Page()
    parser.feed(html)
    return parser, html


@pytest.mark.e2e
def test_the_page_needs_no_network_and_runs_no_script(published: Path) -> None:
    parser, html = _page(published)
    tags = [tag for tag, _ in parser.tags]
    assert "script" not in tags and "link" not in tags and "iframe" not in tags
    images = [attrs["src"] for tag, attrs in parser.tags if tag == "img"]
    assert len(images) == 2 and all(src.startswith("data:image/png;base64,") for src in images)
    assert not re.search(r"url\((?!data:)", html)  # fonts and images are inline too
    for tag, attrs in parser.tags:
        href = attrs.get("href")
        if tag == "a" and href:
            assert href.startswith(("#", "https://", "http://")) or href == workbook.WORKBOOK_FILE, href


@pytest.mark.e2e
def test_a_link_that_is_a_script_is_shown_as_text_and_markup_is_escaped(published: Path) -> None:
    parser, html = _page(published)
    assert "javascript:" not in html
    text = "".join(parser.text)
    assert "광주 집적단지 사업비 4119억으로" in text  # the article whose url is a script, shown as text
    assert '=HYPERLINK("http://evil.example")' in text  # shown as written, and not a link
    assert not any(attrs.get("href", "").startswith("http://evil") for _, attrs in parser.tags)


@pytest.mark.e2e
def test_the_page_shows_totals_investments_initiatives_milestones_and_data_quality(published: Path) -> None:
    parser, _ = _page(published)
    text = " ".join(parser.text)
    for province in _csv_rows(published, "investment_by_region"):
        assert province["province"] in text and won_text(int(province["total_krw"])) in text
    assert "광주과학기술원" in text and "정보통신산업진흥원" in text  # participants
    assert "광주일보" in text and "전남일보" in text  # publishers of the sources
    links = {attrs.get("href") for tag, attrs in parser.tags if tag == "a"}
    assert "https://news.example/gwangju-1" in links
    assert "2027년 · 준공 (계획)" in text  # the initiative's milestones
    upcoming = _csv_rows(published, "upcoming_milestones")
    assert upcoming and all(row["event"] in text for row in upcoming)
    assert "발행일을 알 수 없는 기사" in text  # data quality: the undated article


@pytest.mark.e2e
def test_the_embedded_font_has_every_character_the_page_shows(published: Path) -> None:
    from fontTools.ttLib import TTFont

    parser, html = _page(published)
    shown = {c for c in "".join(parser.text) if not c.isspace()}
    fonts = re.findall(r"url\(data:font/woff;base64,([A-Za-z0-9+/=]+)\)", html)
    assert len(fonts) == 2  # regular and bold
    for data in fonts:
        covered = set(map(chr, TTFont(io.BytesIO(base64.b64decode(data))).getBestCmap()))
        missing = {c for c in shown if "가" <= c <= "힣"} - covered
        assert not missing, sorted(missing)[:20]


def test_only_web_addresses_become_links() -> None:
    assert briefing.safe_url(" https://a.example/x ") == "https://a.example/x"
    for bad in (
        "javascript:alert(1)",
        "JAVASCRIPT:x",
        "data:text/html,x",
        "file:///etc/passwd",
        "//a.example",
        "",
        None,
    ):
        assert briefing.safe_url(bad) is None


@pytest.mark.parametrize(
    ("precision", "text"), [("year", "2027년"), ("month", "2027년 3월"), ("day", "2027년 3월 5일")]
)
def test_dates_are_as_precise_as_the_article(precision: str, text: str) -> None:
    assert briefing.korean_date(dt.date(2027, 3, 5), precision) == text


# --- The briefing page in a real browser ----------------------------------------------------------


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("Debian's chromium is not installed here and could not be: `make browser` installs it (as root)")
    return path


def _colour_share(png: bytes, colour: tuple[int, int, int], tolerance: int = 12) -> float:
    """The share of an image's pixels within `tolerance` of `colour`."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)
    return float((np.abs(pixels - np.array(colour)) <= tolerance).all(axis=-1).mean())


@pytest.mark.e2e
def test_the_page_loads_in_a_browser_on_a_desk_and_on_a_phone_and_prints(published: Path, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    chromium = _chromium()
    url = (published / briefing.BRIEFING_FILE).as_uri()
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            for name, viewport in (("desk", {"width": 1280, "height": 900}), ("phone", {"width": 390, "height": 844})):
                context = browser.new_context(viewport=viewport, is_mobile=name == "phone", offline=True)
                page = context.new_page()
                page.on(
                    "console",
                    lambda m: (
                        problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None
                    ),
                )
                page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
                page.on(
                    "request",
                    lambda r: None if r.url.startswith(("file:", "data:")) else problems.append(f"request {r.url}"),
                )
                page.goto(url, wait_until="load")
                assert page.evaluate("document.fonts.check('16px \"NanumGothic Subset\"', '광주광역시')")
                assert page.evaluate(
                    "[...document.fonts].some(f => f.family.includes('NanumGothic') && f.status === 'loaded')"
                )
                charts = page.locator("img.chart")
                assert charts.count() == 2
                assert page.evaluate("[...document.images].every(i => i.complete && i.naturalWidth > 300)")
                table = page.locator("#province-totals")
                assert (
                    table.is_visible() and table.locator("tbody tr").count() == 4
                )  # two provinces, each with its list
                width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
                assert width[0] <= width[1], f"{name}: the page is wider than the screen {width}"
                shot = page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)
                assert _colour_share(charts.first.screenshot(), (0x3B, 0x6E, 0xA5)) > 0.02  # the bars are drawn
                assert len(shot) > 50_000
                if name == "desk":
                    page.emulate_media(media="print")
                    pdf = page.pdf(format="A4")
                    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 2
                context.close()
        finally:
            browser.close()
    assert problems == []


# --- Charts people can read -----------------------------------------------------------------------


def _overlaps(boxes: list) -> list[tuple[int, int]]:
    return [(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes)) if boxes[i].overlaps(boxes[j])]


def test_every_bar_is_labelled_after_its_bar_and_whisker_and_no_label_covers_another() -> None:
    from etl.charts import investment_figure, korean_pyplot, korean_style

    plt = korean_pyplot()
    columns = ["province", "total_krw", "min_total_krw", "max_total_krw", "investment_count"]
    totals = [154_620_900_000_000, 50 * 10**12, 3_370_200_000_000, 8 * 10**11, 6_300_000_000, 10**8]
    rows = [
        (f"도{i}", total, total // 2, total + total // 3 if i % 2 else total, i + 1) for i, total in enumerate(totals)
    ]
    with plt.rc_context(korean_style()):
        fig = investment_figure(plt, Report("investment_by_region", columns, rows))
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        labels = [t for t in ax.texts if "원" in t.get_text()]
        boxes = [t.get_window_extent(renderer) for t in labels]
        bars = [patch.get_window_extent(renderer) for patch in ax.patches]
        axes_box = ax.get_window_extent(renderer)
        plt.close(fig)
    assert len(labels) == len(rows) and _overlaps(boxes) == []
    assert {t.get_text().split(" (")[0] for t in labels} == {won_text(total) for total in totals}
    for box in boxes:
        assert box.x1 <= axes_box.x1 + 1  # inside the plot, not cut at its edge
        assert not any(box.overlaps(bar) for bar in bars)


def test_the_timeline_labels_each_event_with_what_it_is_and_no_label_covers_another() -> None:
    from etl.charts import TIMELINE_INITIATIVES, korean_pyplot, korean_style, timeline_figure

    plt = korean_pyplot()
    columns = ["initiative_key", "initiative", "province", "event_date", "event", "event_status"]
    rows = []
    for i in range(TIMELINE_INITIATIVES + 3):
        start = dt.date(2020 + i % 4, 1 + i % 12, 1)
        for k, event in enumerate(["협약", "선정", "착공", "준공", "개소"][: 1 + i % 5]):
            day = start + dt.timedelta(days=20 * k if i % 3 == 0 else 200 * k)  # some rows crowded
            rows.append((f"k{i}", f"사업 {i}", "광주광역시", day, event, "planned" if day.year > 2022 else "happened"))
    with plt.rc_context(korean_style()):
        fig = timeline_figure(plt, Report("milestone_timeline", columns, rows))
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        labels = [t for t in ax.texts if t.get_text() in ("협약", "선정", "착공", "준공", "개소")]
        boxes = [t.get_window_extent(renderer) for t in labels]
        rows_shown = [t.get_text() for t in ax.get_yticklabels()]
        ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
        legend = ax.get_legend().get_window_extent(renderer)
        title = ax.get_title()
        plt.close(fig)
    assert len(rows_shown) == TIMELINE_INITIATIVES and all(r.startswith("사업 ") for r in rows_shown)
    assert "(광주광역시)" in rows_shown[0]
    events = int(re.search(r"(\d+)건\)", title).group(1))
    assert len(labels) == events and "생략" not in title  # every event shown carries its label
    assert _overlaps([*boxes, legend]) == []
    assert len(ticks) == len(set(ticks)) >= 3  # each year (or month) named once on the axis
