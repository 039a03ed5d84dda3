"""The briefing page: index.html beside the reports, for people who would rather look than read SQL.

One self-contained file (no network: inline CSS, the charts as data URIs, and the Korean font
subset to the characters the page uses, so Hangul renders the same on any device and on paper).
It reads the same report queries as the CSVs, so its totals are theirs, plus one query of its
own for the initiative cards (reports/briefing/). Everything shown is escaped; only http(s)
addresses become links. Long lists are cut to what a page can hold, and say where the rest is.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from collections import defaultdict
from pathlib import Path
from typing import Any

from etl.paths import REPORTS_SQL_DIR
from etl.queries import one_row
from etl.reports import report_queries
from etl.won import won_text
from etl.workbook import WORKBOOK_FILE

BRIEFING_FILE = "index.html"
BRIEFING_SQL_DIR = REPORTS_SQL_DIR / "briefing"
TEMPLATE = Path(__file__).with_name("briefing.html.j2")
CHART_IMAGES = {  # chart file → what it shows, for the alt text
    "investment_by_region.png": "지역별 발표 투자액 막대그래프",
    "milestone_timeline.png": "사업별 이정표 타임라인",
}
INITIATIVES_SHOWN = 40  # initiative cards, the largest investments first
INVESTMENTS_PER_PROVINCE = 15
UPCOMING_SHOWN = 30
QUALITY_EXAMPLES = 3
FONT_FAMILY = "NanumGothic Subset"
# Hinting sources of Microsoft's VTT tool that NanumGothic carries; fontTools cannot subset them.
VTT_TABLES = ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5"]

# Display words for the marts' vocabularies; a value not listed here is shown as it is.
INITIATIVE_TYPES = {
    "ai_cluster": "AI 집적단지",
    "cluster": "집적단지",
    "computing_center": "컴퓨팅센터",
    "computing_centre": "컴퓨팅센터",
    "data_center": "데이터센터",
    "data_centre": "데이터센터",
    "innovation_hub": "혁신 거점",
    "hub": "거점",
    "special_zone": "특구",
    "center": "센터",
    "school": "교육기관",
    "education": "교육",
    "project": "사업",
    "programme": "사업",
    "fund": "펀드",
    "agreement": "협약",
    "mou": "협약(MOU)",
    "other": "기타",
}
ROLES = {
    "lead": "주관",
    "operator": "운영",
    "investor": "투자",
    "builder": "시공",
    "partner": "협력",
    "government": "정부·지자체",
    "research": "연구",
    "participant": "참여",
}
INITIATIVE_STATUS = {"completed": "완료", "under way": "진행 중", "planned": "계획", "announced": "발표"}
ISSUES = {
    "skipped_input": "읽지 못한 입력 파일",
    "article_without_date": "발행일을 알 수 없는 기사",
    "amount_without_region": "지역을 알 수 없는 금액",
    "amount_without_initiative": "사업을 알 수 없는 금액",
    "initiative_without_region": "지역을 알 수 없는 사업",
    "unresolved_date": "날짜로 풀지 못한 표현",
}


def write_briefing(path: Path, con: Any, run: dict[str, Any], charts_dir: Path | None = None) -> None:
    """Render the page from `con` (read-only, `as_of` set) and the charts found in `charts_dir`."""
    path.write_bytes(render_briefing(con, run, charts_dir).encode("utf-8"))


def render_briefing(con: Any, run: dict[str, Any], charts_dir: Path | None = None) -> str:
    queries = report_queries()
    provinces = _records(con.execute(queries["investment_by_region"]))
    investments = _records(con.execute(queries["investments"]))
    cursor = con.execute((BRIEFING_SQL_DIR / "initiatives.sql").read_text(encoding="utf-8"))
    initiatives = _records(cursor, limit=INITIATIVES_SHOWN)
    initiative_total = one_row(con, "select count(*) from dim_initiative")[0]
    upcoming_cursor = con.execute(queries["upcoming_milestones"])
    upcoming = _records(upcoming_cursor, limit=UPCOMING_SHOWN)
    upcoming_total = len(upcoming) + sum(len(chunk) for chunk in iter(lambda: upcoming_cursor.fetchmany(10_000), []))
    shown = {i["initiative_key"] for i in initiatives}
    by_province: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for investment in investments:
        investment["shown"] = investment["initiative_key"] in shown
        by_province[investment["province"]].append(investment)
    context = {
        "run": run,
        "warehouse": run.get("warehouse", {}),
        "provinces": provinces,
        "by_province": by_province,
        "investments_per_province": INVESTMENTS_PER_PROVINCE,
        "grand_total": sum(p["total_krw"] or 0 for p in provinces),
        "investment_count": len(investments),
        "initiatives": initiatives,
        "shown_keys": shown,
        "initiative_total": initiative_total,
        "upcoming": upcoming,
        "upcoming_total": upcoming_total,
        "quality": _quality(con, queries["data_quality"]),
        "charts": _charts(charts_dir),
        "workbook": WORKBOOK_FILE,
    }
    environment = _environment()
    template = environment.from_string(TEMPLATE.read_text(encoding="utf-8"))
    draft = template.render(**context, font_css="")
    return template.render(**context, font_css=font_face_css(draft))


def _records(cursor: Any, limit: int | None = None) -> list[dict[str, Any]]:
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall() if limit is None else cursor.fetchmany(limit)
    return [dict(zip(columns, row, strict=True)) for row in rows]


def _quality(con: Any, sql: str) -> list[dict[str, Any]]:
    """Per kind of issue: how many, and the first few items."""
    body = sql.rstrip().rstrip(";")
    rows = con.execute(
        f"select issue, count(*) as issue_count, list(item order by source_article, item)[1:{QUALITY_EXAMPLES}] as examples "
        f"from (\n{body}\n) group by issue order by issue"
    ).fetchall()
    return [{"issue": issue, "label": ISSUES.get(issue, issue), "count": n, "examples": ex} for issue, n, ex in rows]


def _charts(folder: Path | None) -> list[dict[str, str]]:
    charts = []
    for name, alt in CHART_IMAGES.items():
        path = folder / name if folder else None
        if path and path.exists():
            data = base64.b64encode(path.read_bytes()).decode("ascii")
            charts.append({"name": name, "alt": alt, "src": f"data:image/png;base64,{data}"})
    return charts


def korean_date(value: dt.date | None, precision: str | None = "day") -> str:
    """A date as precise as the article gave it: '2027년', '2027년 3월', '2027년 3월 5일'."""
    if value is None:
        return "날짜 미상"
    if precision == "year":
        return f"{value.year}년"
    if precision == "month":
        return f"{value.year}년 {value.month}월"
    return f"{value.year}년 {value.month}월 {value.day}일"


def safe_url(url: str | None) -> str | None:
    """The address if it is one a reader can follow (http or https), else None: never a script."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _environment() -> Any:
    import jinja2

    environment = jinja2.Environment(
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    environment.filters.update(
        won=won_text,
        korean_date=korean_date,
        safe_url=safe_url,
        initiative_type=lambda v: INITIATIVE_TYPES.get(v, v or "유형 미상"),
        role=lambda v: ROLES.get(v, v),
        initiative_status=lambda v: INITIATIVE_STATUS.get(v, v),
        number=lambda v: "" if v is None else f"{v:,}",
    )
    return environment


def font_face_css(page: str) -> str:
    """@font-face rules embedding NanumGothic (regular and bold), cut to the characters in `page`.

    The full font is 2 MB a weight; the page's few hundred Hangul syllables take ~100-200 kB.
    WOFF (zlib) needs no library beyond fontTools, which matplotlib already brings."""
    from fontTools import subset

    from etl.charts import korean_font_path

    regular = korean_font_path()
    characters = "".join(sorted(set(page) | set(" 0123456789,.-()")))
    rules = []
    for weight, font_file in (("400", regular), ("700", regular.with_name("NanumGothicBold.ttf"))):
        if not font_file.exists():
            continue
        options = subset.Options()
        options.flavor = "woff"
        options.layout_features = ["*"]
        options.hinting = False  # screens and printers render the outlines well; hints only add bytes
        options.drop_tables += VTT_TABLES
        font = subset.load_font(str(font_file), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=characters)
        subsetter.subset(font)
        buffer = io.BytesIO()
        subset.save_font(font, buffer, options)
        data = base64.b64encode(buffer.getvalue()).decode("ascii")
        rules.append(
            f"@font-face{{font-family:'{FONT_FAMILY}';font-weight:{weight};font-style:normal;"
            f"src:url(data:font/woff;base64,{data}) format('woff');}}"
        )
    return "\n".join(rules)
