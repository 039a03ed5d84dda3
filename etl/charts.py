"""Charts beside the CSVs: investment per province (bar) and milestones over time (timeline).

Charts are read by people who will not look up a legend: every bar carries its amount in
조/억, and every event on the timeline its initiative (the row) and what happened (the label).
Labels are placed so that none covers another (tested by their drawn extents).

Korean labels need a Korean font; NanumGothic ships inside the koreanize-matplotlib package
on PyPI, so it is loaded from there by file (nothing is downloaded, no system font needed).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from etl.won import won_text

if TYPE_CHECKING:
    from etl.reports import Report


def korean_font_path() -> Path:
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the koreanize-matplotlib package (which ships NanumGothic) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / "NanumGothic.ttf"
    if not path.exists():
        raise RuntimeError(f"NanumGothic.ttf not found in {path.parent}")
    return path


# The reports each chart reads, and which of their columns. Only distinct rows of these columns
# are kept while the reports stream to disk.
CHART_COLUMNS: dict[str, tuple[str, ...]] = {
    "investment_by_region": ("province", "total_krw", "min_total_krw", "max_total_krw", "investment_count"),
    "milestone_timeline": ("initiative_key", "initiative", "province", "event_date", "event", "event_status"),
}
CHART_FILES = ("investment_by_region.png", "milestone_timeline.png")
TIMELINE_INITIATIVES = 12  # rows of the timeline: the initiatives with the most events
TIMELINE_EVENTS_PER_INITIATIVE = 8  # the most recent ones, planned included
# Where an event's label may sit, in points above (+) or below (-) its marker: nearest first.
# Rows are ROW_HEIGHT_IN apart (54 pt); a place is taken only if the label there covers no other.
LABEL_OFFSETS_PT = (9, -9, 19, -19, 29, -29)
ROW_HEIGHT_IN = 0.75
LABEL_FONT_SIZE = 8
# Tick labels in Korean at whatever spacing the span asks for: a year once ('2027년'), then its
# months ('4월'), never the same year twice.
KOREAN_DATE_FORMATS: dict[str, list[str]] = {
    "formats": ["%Y년", "%-m월", "%-d일", "%H:%M", "%H:%M", "%S.%f"],
    "zero_formats": ["", "%Y년", "%-m월", "%-m월 %-d일", "%H:%M", "%H:%M"],
    "offset_formats": ["", "", "%Y년", "%Y년 %-m월", "%Y년 %-m월 %-d일", "%Y년 %-m월 %-d일"],
}
HAPPENED_COLOUR, PLANNED_COLOUR, BAR_COLOUR = "#3b6ea5", "#d9822b", "#3b6ea5"


def render_charts(reports: dict[str, Report]) -> dict[str, bytes]:
    """PNG files by name, from the rows of the investment and timeline reports."""
    plt = korean_pyplot()
    with plt.rc_context(korean_style()):
        return {
            "investment_by_region.png": _png(plt, investment_figure(plt, reports.get("investment_by_region"))),
            "milestone_timeline.png": _png(plt, timeline_figure(plt, reports.get("milestone_timeline"))),
        }


def korean_pyplot() -> Any:
    """pyplot on the Agg backend (no display), with NanumGothic registered."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    font_manager.fontManager.addfont(str(korean_font_path()))
    return plt


def korean_style() -> dict[str, Any]:
    from matplotlib import font_manager

    family = font_manager.FontProperties(fname=str(korean_font_path())).get_name()
    return {"font.family": family, "axes.unicode_minus": False}


def _rows(report: Report | None) -> list[dict[str, Any]]:
    return [dict(zip(report.columns, row, strict=True)) for row in report.rows] if report else []


def _png(plt: Any, fig: Any) -> bytes:
    """The figure as PNG bytes; then closed, as pyplot would otherwise keep it for the life of the
    process (a scheduler's process lives for months)."""
    try:
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=150, bbox_inches="tight")
        return buffer.getvalue()
    finally:
        plt.close(fig)


def investment_figure(plt: Any, report: Report | None) -> Any:
    """Horizontal bars of the total per province, the range of figures reported as a whisker, and
    each bar's amount and number of investments written after the bar and its whisker."""
    rows = sorted(_rows(report), key=lambda r: r["total_krw"] or 0)
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.45 * len(rows) + 1.2)))
    ax.set_title("지역별 발표 투자액 (같은 투자는 한 번만)")
    ax.spines[["top", "right"]].set_visible(False)
    if not rows:
        ax.text(0.5, 0.5, "데이터 없음", ha="center", va="center", transform=ax.transAxes)
        return fig
    trillion = 10**12
    totals = [(r["total_krw"] or 0) / trillion for r in rows]
    highs = [max(t, (r["max_total_krw"] or 0) / trillion) for t, r in zip(totals, rows, strict=True)]
    lows = [min(t, (r["min_total_krw"] or 0) / trillion) for t, r in zip(totals, rows, strict=True)]
    ax.barh([r["province"] for r in rows], totals, color=BAR_COLOUR, height=0.6)
    ranged = [i for i, (lo, hi) in enumerate(zip(lows, highs, strict=True)) if hi > lo]
    if ranged:
        ax.errorbar(
            [totals[i] for i in ranged],
            ranged,
            xerr=[[totals[i] - lows[i] for i in ranged], [highs[i] - totals[i] for i in ranged]],
            fmt="none",
            ecolor="#444444",
            capsize=3,
            linewidth=1,
        )
    labels = [
        ax.annotate(
            f"{won_text(r['total_krw'])} ({r['investment_count']}건)",
            (end, y),
            xytext=(5, 0),
            textcoords="offset points",
            va="center",
            fontsize=9,
        )
        for y, (r, end) in enumerate(zip(rows, highs, strict=True))
    ]
    ax.set_xlabel("발표 투자액 (조 원); 가는 선은 보도된 금액의 범위")
    ax.set_xlim(0, max(highs) * 1.02 or 1)
    _fit_labels_right(fig, ax, labels, highs)
    return fig


def _fit_labels_right(fig: Any, ax: Any, labels: list[Any], ends: list[float]) -> None:
    """Widen the x axis until every label written after its bar ends inside the axes.

    A label's width in pixels does not depend on the axis limits, so one measurement gives the
    limit: the bar's end, moved right by the label's width, must stay within the axes."""
    renderer = fig.canvas.get_renderer()
    width = ax.get_window_extent(renderer).width
    xmax = ax.get_xlim()[1]
    for label, end in zip(labels, ends, strict=True):
        room = 1 - (label.get_window_extent(renderer).width + 12) / width  # 5 pt offset and a margin
        if room > 0.05:
            xmax = max(xmax, end / room)
    ax.set_xlim(0, xmax)


def timeline_figure(plt: Any, report: Report | None) -> Any:
    """One row per initiative (those with the most events), each event a dot labelled with what it
    is (착공, 준공 …); filled when it happened, hollow when planned."""
    import matplotlib.dates as mdates

    rows = _timeline_rows(_rows(report))
    fig, ax = plt.subplots(figsize=(11, max(2.5, ROW_HEIGHT_IN * len(rows) + 1.4)))
    ax.spines[["top", "right", "left"]].set_visible(False)
    if not rows:
        ax.set_title("사업별 이정표")
        ax.text(0.5, 0.5, "데이터 없음", ha="center", va="center", transform=ax.transAxes)
        return fig
    dates = [e[0] for _, events in rows for e in events]
    span = max((max(dates) - min(dates)).days, 180)
    margin = dt.timedelta(days=span * 0.08)
    ax.set_xlim(min(dates) - margin, max(dates) + margin)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_yticks(range(len(rows)), [title for title, _ in rows], fontsize=9)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, **KOREAN_DATE_FORMATS))
    ax.grid(axis="x", alpha=0.3)
    for y in range(len(rows)):
        ax.axhline(y, color="#dddddd", linewidth=0.8, zorder=0)
    for status, style in (
        ("happened", {"color": HAPPENED_COLOUR}),
        ("planned", {"facecolors": "white", "edgecolors": PLANNED_COLOUR, "linewidths": 1.5}),
    ):
        points = [(e[0], y) for y, (_, events) in enumerate(rows) for e in events if e[2] == status]
        ax.scatter(
            [p[0] for p in points],
            [p[1] for p in points],
            s=36,
            zorder=3,
            label={"happened": "있었던 일", "planned": "계획"}[status],
            **style,
        )
    legend = ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, frameon=False, fontsize=9)
    unlabelled = _place_event_labels(fig, ax, rows, keep_clear=[legend])
    shown = sum(len(events) for _, events in rows)
    title = f"사업별 이정표 (이정표가 많은 {len(rows)}개 사업, {shown}건)"
    if unlabelled:
        title += f"; 겹쳐서 이름을 생략한 이정표 {unlabelled}건"
    ax.set_title(title, pad=26)  # above the legend
    return fig


def _timeline_rows(rows: list[dict[str, Any]]) -> list[tuple[str, list[tuple[dt.date, str, str]]]]:
    """(row title, events) for the initiatives with the most distinct events; an event is
    (date, label, status), the same label in the same month once."""
    by_initiative: dict[Any, dict[str, Any]] = {}
    for row in rows:
        if row.get("initiative_key") is None or not isinstance(row.get("event_date"), dt.date):
            continue
        entry = by_initiative.setdefault(
            row["initiative_key"], {"name": row["initiative"], "province": row["province"], "events": {}}
        )
        day = row["event_date"]
        entry["events"].setdefault((day.year, day.month, row["event"]), (day, row["event"], row["event_status"]))
    ranked = sorted(
        by_initiative.values(),
        key=lambda e: (-len(e["events"]), -max(ev[0] for ev in e["events"].values()).toordinal(), e["name"]),
    )[:TIMELINE_INITIATIVES]
    out = []
    for entry in ranked:
        events = sorted(entry["events"].values())[-TIMELINE_EVENTS_PER_INITIATIVE:]
        title = entry["name"] if not entry["province"] else f"{entry['name']}\n({entry['province']})"
        out.append((title, events))
    return out


def _place_event_labels(
    fig: Any, ax: Any, rows: list[tuple[str, list[tuple[dt.date, str, str]]]], keep_clear: list[Any]
) -> int:
    """Label each event above or below its dot, at the nearest offset where the label covers no
    other label; the number of events left without a label (it takes seven distinct events
    within a label's width in one row, and the chart's title then says how many)."""
    renderer = fig.canvas.get_renderer()
    placed: list[Any] = [artist.get_window_extent(renderer) for artist in keep_clear]
    unlabelled = 0
    for y, (_, events) in enumerate(rows):
        for day, label, status in events:
            colour = HAPPENED_COLOUR if status == "happened" else PLANNED_COLOUR
            for offset in LABEL_OFFSETS_PT:
                text = ax.annotate(
                    label,
                    (day, y),
                    xytext=(0, offset),
                    textcoords="offset points",
                    ha="center",
                    va="center",
                    fontsize=LABEL_FONT_SIZE,
                    color=colour,
                )
                box = text.get_window_extent(renderer).expanded(1.08, 1.1)
                if not any(box.overlaps(other) for other in placed):
                    placed.append(box)
                    break
                text.remove()
            else:
                unlabelled += 1
    return unlabelled
