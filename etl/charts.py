"""Charts beside the CSVs: investment per province (bar) and milestones over time (timeline).

Korean labels need a Korean font; NanumGothic ships inside the koreanize-matplotlib package
on PyPI, so it is loaded from there by file (nothing is downloaded, no system font needed).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

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


# The reports each chart reads, and which of their columns (empty: all). Only distinct rows of
# these columns are kept while the reports stream to disk: one point per day, province and status.
CHART_COLUMNS: dict[str, tuple[str, ...]] = {
    "investment_by_region": (),
    "milestone_timeline": ("event_date", "province", "status"),
}


def render_charts(reports: dict[str, Report]) -> dict[str, bytes]:
    """PNG files by name, from the rows of the investment and timeline reports."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    font = korean_font_path()
    font_manager.fontManager.addfont(str(font))
    family = font_manager.FontProperties(fname=str(font)).get_name()
    with plt.rc_context({"font.family": family, "axes.unicode_minus": False}):
        return {
            "investment_by_region.png": _investment_chart(plt, reports.get("investment_by_region")),
            "milestone_timeline.png": _timeline_chart(plt, reports.get("milestone_timeline")),
        }


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


def _investment_chart(plt: Any, report: Report | None) -> bytes:
    rows = sorted(_rows(report), key=lambda r: r["total_krw"] or 0)
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.45 * len(rows) + 1.2)))
    if rows:
        trillion = 10**12
        totals = [(r["total_krw"] or 0) / trillion for r in rows]
        low = [t - (r["low_krw"] or 0) / trillion for t, r in zip(totals, rows, strict=True)]
        high = [(r["high_krw"] or 0) / trillion - t for t, r in zip(totals, rows, strict=True)]
        ax.barh([r["province"] for r in rows], totals, color="#3b6ea5", xerr=[low, high], capsize=3)
        for y, total in enumerate(totals):
            ax.text(total, y, f" {total:,.2f}조", va="center", fontsize=9)
        ax.set_xlabel("발표 투자액 (조 원, 같은 투자는 한 번만)")
    else:
        ax.text(0.5, 0.5, "데이터 없음", ha="center", va="center", transform=ax.transAxes)
    ax.set_title("지역별 발표 투자액")
    ax.spines[["top", "right"]].set_visible(False)
    return _png(plt, fig)


def _timeline_chart(plt: Any, report: Report | None) -> bytes:
    rows = [r for r in _rows(report) if isinstance(r.get("event_date"), dt.date) and r.get("province")]
    provinces = sorted({r["province"] for r in rows})
    fig, ax = plt.subplots(figsize=(10, max(2.5, 0.5 * len(provinces) + 1.5)))
    if rows:
        ypos = {p: i for i, p in enumerate(provinces)}
        for status, style in (
            ("happened", {"color": "#3b6ea5"}),
            ("planned", {"facecolors": "none", "edgecolors": "#d9822b"}),
        ):
            chosen = [r for r in rows if r["status"] == status]
            ax.scatter(
                [r["event_date"] for r in chosen],
                [ypos[r["province"]] for r in chosen],
                s=40,
                label={"happened": "추진·완료", "planned": "계획"}[status],
                **style,
            )
        ax.set_yticks(range(len(provinces)), provinces)
        ax.legend(loc="upper left", frameon=False)
        ax.set_xlabel("날짜")
    else:
        ax.text(0.5, 0.5, "데이터 없음", ha="center", va="center", transform=ax.transAxes)
    ax.set_title("지역별 이정표 (과거와 계획)")
    ax.grid(axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(plt, fig)
