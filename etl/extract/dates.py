"""Dates in Korean news: the publication date, and event dates resolved against it.

Absolute forms ('2026년 1월 1일', "'22년", '2023년 상반기', '2025~2026년') and relative ones
('지난해 9월', '올해', '오는 12월', '내년', '27일', '오늘(2일)'). A relative date with no known
publication date stays unresolved (`day is None`): kept in staging, never a milestone.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from etl.extract.korean import trie_pattern
from etl.sources import parse_date

_YEAR = r"(?:(?P<y4>(?:19|20)\d{2})|'(?P<y2>\d{2}))"
_REL_YEAR_WORDS = {
    "재작년": -2,
    "지난해": -1,
    "작년": -1,
    "전년": -1,
    "올해": 0,
    "금년": 0,
    "올": 0,
    "연내": 0,
    "내년": 1,
    "명년": 1,
    "내후년": 2,
}
_PART = r"(?P<part>상반기|하반기|초|말|중반|연말|연초|1분기|2분기|3분기|4분기|[1-4]/4분기)?"

_DATE_FORMS = "|".join(
    [
        # 2026년 1월 1일 / '22년 3월 / 2025년 / 2023년 상반기 / 2025~2026년
        _YEAR + r"\s*(?:[~∼-]\s*(?P<y_end>(?:19|20)\d{2})\s*)?년(?:\s*도)?(?!\s*(?:간|동안|째|차|만에|여간))"
        r"(?:\s*(?P<m1>\d{1,2})\s*월(?:\s*(?P<d1>\d{1,2})\s*일)?|\s*" + _PART + r")?",
        # 2025.12.18 / 2025-12-18
        r"(?P<iy>(?:19|20)\d{2})\s*[.-]\s*(?P<im>\d{1,2})\s*[.-]\s*(?P<id>\d{1,2})(?!\d)",
        # 지난해 6월 / 올해 하반기 / 내년 / 연내
        r"(?P<rel>재작년|지난해|작년|전년|올해|금년|내년|명년|내후년|연내|올(?=\s*(?:\d{1,2}\s*월|상반기|하반기|연말|연초|말)))"
        r"(?:\s*(?P<m2>\d{1,2})\s*월(?:\s*(?P<d2>\d{1,2})\s*일)?|\s*" + _PART.replace("part", "part2") + r")?",
        # 지난 3월 / 오는 12월 26일 / 이달 / 12월 / 9월 9일
        r"(?P<dir>지난|오는|이번|이달)?\s*(?P<m3>(?<!\d)\d{1,2})\s*월(?:\s*(?P<d3>\d{1,2})\s*일)?(?!\s*[간말])",
        # 오늘(2일) / 지난 4일 / 27일
        r"(?P<today>오늘|어제|내일)\s*\(\s*(?P<d5>\d{1,2})\s*일\s*\)",
        r"(?P<dir4>지난|오는)?\s*(?<![\d.])(?P<d4>\d{1,2})\s*일(?!\s*(?:간|동안|째|만에|부터\s*\d|까지\s*\d))",
        # 이달 / 하반기 (of the publication year)
        r"(?P<thismonth>이달(?:\s*(?:초|중순|말|중))?)",
        r"(?<![가-힣])(?P<half>상반기|하반기)",
    ]
)
# Every form above starts with a digit, "'" and a digit, spaces and a digit, or one of these
# words. The look-aheads let most positions fail on one character test, and the common
# syllables among those first letters ('이', '하', '전') on a second, instead of trying every form.
_DATE_STARTS = (
    "지난", "오는", "오늘", "이번", "이달", "어제", "내일", "내년", "내후년", "연내", "상반기", "하반기",
    "재작년", "작년", "전년", "금년", "명년", "올",
)  # fmt: skip
_DATE = re.compile(
    r"(?=[\d'\s재지작전올금내명연오이어상하])(?=\d|'\d|\s+\d|" + trie_pattern(_DATE_STARTS) + ")(?:" + _DATE_FORMS + ")"
)

# Every date form has a digit or one of these words: sentences without any are skipped cheaply.
# Two patterns, not one: each then opens with letters the engine can skip to.
_DIGIT = re.compile(r"\d")
_DATE_WORD = re.compile(r"지난|올해|올\s|내년|작년|금년|연내|이달|오늘|어제|내일|반기|재작년|내후년|명년|전년")
_FUTURE = re.compile(
    r"예정|계획|목표|방침|전망|할\s*것|될\s*것|하기로|키로|기로\s*했|추진할|착수할|완공할|준공할|개교할|개소할|"
    r"하겠다|겠다고|겠습니다|예상|기대된다|구상|까지\s*(?:조성|구축|완공|준공|완료|추진|건립|투입|마무리)|"
    r"(?:할|될|하는)\s*(?:예정|계획)|추진한다|조성한다|구축한다|착수한다|준다|개교|된다|한다(?=[.\s]|$)"
)
# Past tense: a syllable closed by ㅆ (했, 됐, 밝혔, 출범시켰, 열었 …) before a final or linking ending.
# 있 (is), 없 (is not) and 겠 (will) share that final but are not past.
_PAST_SYLLABLES = "".join(
    ch for ch in (chr(0xAC00 + block * 28 + 20) for block in range(19 * 21)) if ch not in "있없겠"
)
_PAST = re.compile(r"[" + _PAST_SYLLABLES + r"](?:다|습니다|으며|고|던|는데)|바\s*있다|해\s*왔")


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets within the sentence
    end: int
    text: str
    day: dt.date | None  # first day of the period; None when it cannot be resolved
    precision: str  # 'day', 'month' or 'year'
    is_relative: bool
    is_planned: bool


def publication_date(meta_lines: list[str], captions: list[str], body_sentences: list[str]) -> dt.date | None:
    """The publication date from a byline, a photo stamp, or 'today (the Nth)' beside a full date."""
    keyed = [ln for ln in meta_lines if re.search(r"등록|입력|승인|발행|게재|송고|date", ln, re.IGNORECASE)]
    for line in keyed + [ln for ln in meta_lines if ln not in keyed]:
        if re.search(r"^\s*(?:수정|최종\s*수정|업데이트)", line) and keyed:
            continue
        found = parse_date(line)
        if found:
            return found
    for line in captions:
        m = re.search(r"(?<!\d)((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})\.?\s*(?:$|[\w.+-]+@)", line)
        if m:
            return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    return _date_from_today_marker(body_sentences)


def _date_from_today_marker(sentences: list[str]) -> dt.date | None:
    """TV scripts say '오늘(2일)': the month and year come from a full date a few days earlier."""
    today = None
    for s in sentences:
        m = re.search(r"오늘\s*\(\s*(\d{1,2})\s*일\s*\)", s)
        if m:
            today = int(m[1])
            break
    if today is None:
        return None
    for s in sentences:
        for m in re.finditer(r"((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일", s):
            y, mo, d = int(m[1]), int(m[2]), int(m[3])
            if 0 <= today - d <= 7:
                return _safe_date(y, mo, today)
    return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def find_dates(sentence: str, published: dt.date | None, year_context: int | None = None) -> list[DateMention]:
    """Event dates in one sentence. `year_context` is a year set by an earlier sentence ('지난해 6월 … 이어 8월')."""
    found: list[DateMention] = []
    if not (_DIGIT.search(sentence) or _DATE_WORD.search(sentence)):
        return found
    context = year_context
    for m in _DATE.finditer(sentence):
        g = m.groupdict()
        clause = _clause_after(sentence, m.end())
        planned_hint = _planned_from_words(sentence[max(0, m.start() - 6) : m.end()], clause, sentence[-30:])
        mentions = _resolve(g, published, context, planned_hint)
        for day, precision, relative in mentions:
            if (day is not None and not relative) or (day is not None and g.get("rel")):
                context = day.year
            planned = _is_planned(day, precision, published, planned_hint)
            found.append(DateMention(m.start(), m.end(), m.group(0).strip(), day, precision, relative, planned))
    return found


def _resolve(g: dict, pub: dt.date | None, context: int | None, planned: bool | None) -> list[tuple]:
    """(first day, precision, is_relative) for one match; several for a year range."""
    if g.get("y4") or g.get("y2"):
        year = int(g["y4"]) if g.get("y4") else 2000 + int(g["y2"])
        out = []
        if g.get("m1"):
            month = int(g["m1"])
            if g.get("d1"):
                out.append((_safe_date(year, month, int(g["d1"])), "day", False))
            else:
                out.append((_safe_date(year, month, 1) if 1 <= month <= 12 else None, "month", False))
        else:
            out.append((_part_start(year, g.get("part")), "year", False))
        if g.get("y_end"):
            out.append((dt.date(int(g["y_end"]), 1, 1), "year", False))
        return out
    if g.get("iy"):
        return [(_safe_date(int(g["iy"]), int(g["im"]), int(g["id"])), "day", False)]
    if g.get("rel"):
        if pub is None:
            return [(None, "month" if g.get("m2") else "year", True)]
        year = pub.year + _REL_YEAR_WORDS[g["rel"]]
        if g.get("m2"):
            month = int(g["m2"])
            if g.get("d2"):
                return [(_safe_date(year, month, int(g["d2"])), "day", True)]
            return [(_safe_date(year, month, 1) if 1 <= month <= 12 else None, "month", True)]
        return [(_part_start(year, g.get("part2")), "year", True)]
    if g.get("m3"):
        month = int(g["m3"])
        if not 1 <= month <= 12:
            return []
        year = _year_for_month(month, g.get("dir"), pub, context, planned)
        if year is None:
            return [(None, "day" if g.get("d3") else "month", True)]
        if g.get("d3"):
            return [(_safe_date(year, month, int(g["d3"])), "day", context is None)]
        return [(dt.date(year, month, 1), "month", context is None)]
    if g.get("d5") or g.get("d4"):
        day_no = int(g.get("d5") or g["d4"])
        if not 1 <= day_no <= 31:
            return []
        if pub is None:
            return [(None, "day", True)]
        direction = "오는" if g.get("dir4") == "오는" else ("지난" if g.get("dir4") == "지난" else None)
        year, month = pub.year, pub.month
        if day_no > pub.day and direction != "오는" and not planned:
            year, month = _shift_month(year, month, -1)
        elif day_no < pub.day and direction == "오는":
            year, month = _shift_month(year, month, 1)
        return [(_safe_date(year, month, day_no), "day", True)]
    if g.get("thismonth"):
        return [(dt.date(pub.year, pub.month, 1) if pub else None, "month", True)]
    if g.get("half"):
        return [(_part_start(pub.year, g["half"]) if pub else None, "year", True)]
    return []


def _part_start(year: int, part: str | None) -> dt.date:
    """First day of '하반기', '3분기', '연말' … of a year (precision stays 'year')."""
    if part in ("하반기", "말", "연말"):
        return dt.date(year, 7, 1)
    if part and part[0] in "234" and "분기" in part:
        return dt.date(year, (int(part[0]) - 1) * 3 + 1, 1)
    return dt.date(year, 1, 1)


def _year_for_month(
    month: int, direction: str | None, pub: dt.date | None, context: int | None, planned: bool | None
) -> int | None:
    if context is not None and direction not in ("지난", "오는"):
        return context
    if pub is None:
        return context
    if direction == "이달":
        return pub.year
    if direction == "지난" or (direction is None and planned is False):
        return pub.year if month <= pub.month else pub.year - 1
    if direction == "오는" or planned:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year


_QUOTED = re.compile(r"‘[^’]*’|“[^”]*”|'[^']*'|\"[^\"]*\"|「[^」]*」|『[^』]*』")
# Where a clause ends: a final ending, a comma, or a linking ending ('…하고 ', '…며 ').
_CLAUSE_END = re.compile(r"(?:다|요)[.\s”\"']|[,;]\s|(?:고|며|면서|했으며|하고)\s")


# How far after a date its clause is read (a clause is rarely more than a line of print): a list
# of a thousand dates reads a thousand short windows, not a thousand rests of its sentence.
_CLAUSE_WINDOW = 200


def _clause_after(sentence: str, pos: int) -> str:
    """Words from the date to the end of its clause: they tell whether the event is planned.

    Quoted names are blanked first: '추진 계획’에 서명했다' is a signing, not a plan.
    """
    rest = _QUOTED.sub("‘’", sentence[pos : pos + _CLAUSE_WINDOW])
    m = _CLAUSE_END.search(rest)
    return rest[: m.end() + 12] if m else rest


_EVENT_NOUN = re.compile(
    r"(?:에는|에)?\s*(?:(?:[가-힣A-Za-z0-9·]+\s){0,2})?(?:착공|준공|완공|개교|개소|개원|가동|착수|출범|완료|오픈|개최|준공식|개관)"
)
# Words around a date that tell plan from past.
_AHEAD_WORD = re.compile(r"오는|내년|향후|앞으로")
_TARGET_WORD = re.compile(r"\s*(?:까지|목표|예정|부터)")
_UNTIL = re.compile(r"\s*까지")
_FROM = re.compile(r"\s*부터")
_YEARS_LONG = re.compile(r"(\d{1,2})\s*년\s*(?:간|동안)")


def _planned_from_words(before: str, clause: str, sentence_end: str = "") -> bool | None:
    """Plan or past, from the words around a date: its clause first, else the sentence's last verb."""
    if _AHEAD_WORD.search(before):
        return True
    if "지난" in before:
        return False
    head = clause[:6]
    if _TARGET_WORD.match(head):
        return not (_UNTIL.match(head) and _PAST.search(clause) and not _FUTURE.search(clause))
    if _EVENT_NOUN.match(clause):
        # '2028년 착공' (a headline, a list item) is a plan unless a past verb says it happened
        return not (_PAST.search(clause) and not _FUTURE.search(clause))
    if _FUTURE.search(clause):
        return True
    if _PAST.search(clause):
        return False
    if sentence_end and _FUTURE.search(sentence_end):
        return True
    if sentence_end and _PAST.search(sentence_end):
        return False
    return None


def _is_planned(day: dt.date | None, precision: str, pub: dt.date | None, hint: bool | None) -> bool:
    if day is not None and pub is not None:
        last = _period_end(day, precision)
        if day > pub:
            return True
        if last < pub and hint is not True:
            return False
    return bool(hint)


def _period_end(day: dt.date, precision: str) -> dt.date:
    if precision == "year":
        return dt.date(day.year, 12, 31)
    if precision == "month":
        return dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return day


def funding_period(sentence: str, dates: list[DateMention]) -> tuple[int | None, int | None]:
    """Years an amount in this sentence covers: '2020년부터 2024년까지', '올해부터 5년 간', '2031년까지'."""
    start = end = None
    for d in dates:
        if d.day is None:
            continue
        after = sentence[d.end : d.end + 4]
        if _FROM.match(after):
            start = d.day.year
        elif _UNTIL.match(after):
            end = d.day.year
    if start is not None and end is None:
        span = _YEARS_LONG.search(sentence)
        if span:
            end = start + int(span.group(1)) - 1
    return start, end
