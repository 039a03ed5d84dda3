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
from etl.sentences import MAX_MENTIONS_PER_SENTENCE

_APOSTROPHES = "'‘’`"
# A bare two-digit year counts only before an event or a part of the year: '27년 준공 목표',
# '25년 하반기'. Elsewhere '27년' is as often a duration ('27년 만에', '지방자치 30년').
_BARE_YEAR_FOLLOWERS = r"(?:착공|준공|완공|개소|개원|개교|개관|완료|상반기|하반기|\d{1,2}\s*월)"
_YEAR = (
    r"(?:(?P<y4>(?:19|20)\d{2})|[" + _APOSTROPHES + r"](?P<y2>\d{2})"
    r"|(?<![\d.,])(?P<y2b>\d{2})(?=년\s*" + _BARE_YEAR_FOLLOWERS + r"))"
)
# Months counted from the publication's: '지난달', '이달', '다음 달' (keys without spaces).
_REL_MONTH_WORDS = {"지난달": -1, "전월": -1, "이달": 0, "이번달": 0, "다음달": 1, "내달": 1, "익월": 1}
_REL_YEAR_WORDS = {
    "재작년": -2,
    "지난해": -1,
    "작년": -1,
    "전년": -1,
    "올해": 0,
    "금년": 0,
    "올": 0,
    "연내": 0,
    "연말": 0,
    "연초": 0,
    "내년": 1,
    "명년": 1,
    "내후년": 2,
}
_PART = r"(?P<part>상반기|하반기|초|말|중반|연말|연초|1분기|2분기|3분기|4분기|[1-4]/4분기)?"

_DAY_OF_MONTH = r"(?:[12]\d|3[01]|0?[1-9])"
_MONTH_NO = r"(?:1[0-2]|0?[1-9])"
_DATE_FORMS = "|".join(
    [
        # 2026년 1월 1일 / '22년 3월 / 2025년 / 2023년 상반기 / 2025~2026년 / 27년 준공
        _YEAR + r"\s*(?:[~∼-]\s*(?P<y_end>(?:19|20)\d{2})\s*)?년(?:\s*도)?(?!\s*(?:간|동안|째|차|만에|여간))"
        r"(?:\s*(?P<m1>\d{1,2})\s*월(?:\s*(?P<d1>\d{1,2})\s*일)?|\s*" + _PART + r")?",
        # 2025.12.18 / 2025-12-18
        r"(?P<iy>(?:19|20)\d{2})\s*[.-]\s*(?P<im>\d{1,2})\s*[.-]\s*(?P<id>\d{1,2})(?!\d)",
        # '23.4.17. (a government release's short form)
        r"[" + _APOSTROPHES + r"](?P<sy>\d{2})\.\s?(?P<sm>\d{1,2})\.\s?(?P<sd>\d{1,2})(?![\d%])",
        # 4.17일 / 심의 통과(4.17): a month and day with a dot, of the publication's year
        r"(?<![\d.])(?P<pm>" + _MONTH_NO + r")\.\s?(?P<pd>[12]\d|3[01]|0[1-9])\s*일(?!\s*(?:간|동안|째))",
        r"(?<=[가-힣]\()(?P<qm>" + _MONTH_NO + r")\.\s?(?P<qd>" + _DAY_OF_MONTH + r")\.?(?=\))",
        # 지난해 6월 / 올해 하반기 / 내년 / 연내
        r"(?P<rel>재작년|지난해|작년|전년|올해|금년|내년|명년|내후년|연내|연말(?!\s*(?:정산|연시))|연초"
        r"|올(?=\s*(?:\d{1,2}\s*월|상반기|하반기|연말|연초|말)))"
        r"(?:\s*(?P<m2>\d{1,2})\s*월(?:\s*(?P<d2>\d{1,2})\s*일)?|\s*" + _PART.replace("part", "part2") + r")?",
        # 지난 3월 / 오는 12월 26일 / 12월 / 9월 9일
        r"(?P<dir>지난|오는|이번|이달)?\s*(?P<m3>(?<!\d)\d{1,2})\s*월(?:\s*(?P<d3>\d{1,2})\s*일)?(?!\s*[간말])",
        # 지난달 11일 / 다음 달 30일 / 내달 / 이달 말
        r"(?P<relm>지난\s?달|전월|이달|이번\s?달|다음\s?달|내달|익월)(?:\s*(?P<d6>\d{1,2})\s*일|\s*(?:초|중순|말|중))?",
        # 오늘(2일) / 지난 4일 / 27일
        r"(?P<today>오늘|어제|내일)\s*\(\s*(?P<d5>\d{1,2})\s*일\s*\)",
        # 시는 전날 / 어제: the day before publication, when it opens a clause (not '착공식 전날')
        r"(?:(?<=[는은가이,]\s)|^)(?P<dayword>전날|어제)(?![가-힣])",
        # ('제5일반산업단지' is an estate: '일반', general, not a day)
        r"(?P<dir4>지난|오는)?\s*(?<![\d.제])(?P<d4>\d{1,2})\s*일(?!\s*(?:간|동안|째|만에|부터\s*\d|까지\s*\d)|반\s?산)",
        # 하반기 (of the publication year)
        r"(?<![가-힣])(?P<half>상반기|하반기)",
    ]
)
# Every form above starts with a digit, "'" and a digit, spaces and a digit, or one of these
# words. The look-aheads let most positions fail on one character test, and the common
# syllables among those first letters ('이', '하', '전') on a second, instead of trying every form.
_DATE_STARTS = (
    "지난", "오는", "오늘", "이번", "이달", "어제", "내일", "내년", "내후년", "연내", "상반기", "하반기",
    "재작년", "작년", "전년", "금년", "명년", "올", "전월", "다음", "내달", "익월", "전날", "연말", "연초",
)  # fmt: skip
_DATE_GUARD = (
    f"(?=[\\d{_APOSTROPHES}\\s재지작전올금내명연오이어상하다익])"
    f"(?=\\d|[{_APOSTROPHES}]\\d|\\s+\\d|{trie_pattern(_DATE_STARTS)})"
)
_DATE = re.compile(_DATE_GUARD + "(?:" + _DATE_FORMS + ")")

# Every date form has a digit or one of these words: sentences without any are skipped cheaply.
# Two patterns, not one: each then opens with letters the engine can skip to.
_DIGIT = re.compile(r"\d")
_DATE_WORD = re.compile(
    r"지난|올해|올\s|내년|작년|금년|연내|연말|연초|이달|이번\s?달|다음\s?달|내달|전월|익월|오늘|어제|전날|내일|반기|재작년|내후년|명년|전년"
)
_FUTURE = re.compile(
    r"예정|계획|목표|방침|전망|할\s*것|될\s*것|하기로|키로|기로\s*했|추진할|착수할|완공할|준공할|개교할|개소할|"
    r"하겠다|겠다고|겠습니다|예상|기대된다|구상|까지\s*(?:조성|구축|완공|준공|완료|추진|건립|투입|마무리)|"
    r"(?:할|될|하는)\s*(?:예정|계획)|수\s*있도록|추진한다|조성한다|구축한다|착수한다|준다|개교|된다|한다(?=[.\s]|$)"
)
# Byline stamps: '입력 2024.03.05 14:22', '기사입력 2024-03-05', '등록 2024.03.05 오후 2:22',
# '승인 : 2025. 02. 19. 17:40', '2024년 3월 5일 (화)'. The keyword before a date says what it is.
# A broadcast's '방송일시' (a radio or TV transcript's header) is when it went out: its publication when the page
# has no stamp of its own (a story announcing a broadcast gives its coming air date beside its own byline).
# A press release's '보도일시' is when it may be published (its '배포일시', when it went out to the
# newsrooms, is often the day before): the release's own date.
RELEASED_KEYS = ("보도",)
PUBLISHED_KEYS = (
    "입력", "등록", "승인", "발행", "게재", "송고", "작성", "전송", "출고", "배포", "published", "posted", "date",
)  # fmt: skip
AIRED_KEYS = ("방송", "방영")
UPDATED_KEYS = ("수정", "업데이트", "갱신", "updated", "modified")
_STAMP_KEY = (
    r"(?:기사\s*)?(?:최초\s*|최종\s*)?(?:"
    + "|".join(UPDATED_KEYS + RELEASED_KEYS + PUBLISHED_KEYS + AIRED_KEYS)
    + r")(?:\s*(?:일시|일자|시간|일))?"
)
_FULL_DATE = r"(?<!\d){y}(?:19|20)\d{{2}})\s*[-./년]\s*{m}\d{{1,2}})\s*[-./월]\s*{d}\d{{1,2}})(?!\d)\s*[.일]?"
_WEEKDAY = r"[(\[]?\s*[월화수목금토일](?:요일)?\s*[)\]]?"
_CLOCK = r"(?:(?:오전|오후|AM|PM)\s*)?\d{1,2}\s*[:시]\s*\d{2}(?:\s*[:분]\s*\d{2})?\s*[분초]?(?:\s*(?:AM|PM|KST))?"
_ZONE = r"(?:[+-]\d{2}:?\d{2}|Z)"
_STAMP = re.compile(
    r"(?:(?P<key>" + _STAMP_KEY + r")\s*[:|]?\s*)?" + _FULL_DATE.format(y="(?P<y>", m="(?P<m>", d="(?P<d>"),
    re.IGNORECASE,
)
_UPDATE_KEY = re.compile("|".join(UPDATED_KEYS), re.IGNORECASE)
# A line that is nothing but stamps ('2026년 01월 16일(금) 17:02', '입력 … | 수정 …'): a byline.
_ANY_FULL_DATE = _FULL_DATE.format(y="(?:", m="(?:", d="(?:")
_STAMP_TAIL = rf"(?:\s*{_WEEKDAY})?(?:(?:\s*|T)\[?{_CLOCK}\]?{_ZONE}?)?"  # '2023/08/29 [07:30]': a time in brackets
# A print edition's page and section after its date: '2025년 11월 19일 수요일 3면 (의정)', 'A12면'.
_PRINT_PAGE = r"(?:\s*(?:제\s*)?[A-Z]?\d{1,2}\s*면(?:\s*[(\[][^()\[\]\d]{1,10}[)\]])?)?"
_ONE_STAMP = rf"(?:{_STAMP_KEY})?\s*[:|]?\s*{_ANY_FULL_DATE}{_STAMP_TAIL}{_PRINT_PAGE}(?:\s*(?:{_STAMP_KEY}))?"
# A keyword after the stamp it names: '2024-03-05 14:22 송고'.
_KEY_AFTER = re.compile(rf"{_STAMP_TAIL}\s*(?P<key>{_STAMP_KEY})", re.IGNORECASE)
BYLINE_STAMP_LINE = re.compile(r"[\[(]?\s*(?:" + _ONE_STAMP + r"\s*[|/·,]?\s*)+[\])]?", re.IGNORECASE)
# A photo's date stamp at the end of its caption: '…[사진=사천시] 2025.04.10 |', '… 2025.04.10 a@b.com'.
_PHOTO_STAMP = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.?\s*(?:[|│/]\s*)?(?:$|[\w.+-]+@)"
)
_FILE_PHOTO = re.compile(r"자료\s*사진|(?<![A-Za-z])DB(?![A-Za-z])|file\s*photo", re.IGNORECASE)

# Past tense: a syllable closed by ㅆ (했, 됐, 밝혔, 출범시켰, 열었 …) before a final or linking ending.
# 있 (is), 없 (is not) and 겠 (will) share that final but are not past.
_PAST_SYLLABLES = "".join(
    ch for ch in (chr(0xAC00 + block * 28 + 20) for block in range(19 * 21)) if ch not in "있없겠"
)
# Present tense, which in reported speech is a plan: a syllable closed by ㄴ before 다 (한다고, 된다고, 연다고).
_PRESENT_SYLLABLES = "".join(chr(0xAC00 + block * 28 + 4) for block in range(19 * 21))
_PAST = re.compile(r"[" + _PAST_SYLLABLES + r"](?:다|습니다|으며|고|던|는데)|바\s*있다|해\s*왔")
_ENDS_IN_PAST = re.compile(r"[" + _PAST_SYLLABLES + r"](?:다|습니다)[.”\"'’)\]]*\s*$")


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
    """When the article was first published, from the best evidence the page gives.

    In order: a press release's '보도일시'; a byline stamp keyed as publication ('입력', '등록', '승인' …); a bare stamp on a
    line of its own or beside the reporter ('2024년 3월 5일 (화) 14:22', '홍길동 기자 2024.03.05');
    an update stamp ('수정', '업데이트': later than the publication, but close); a transcript's air date ('방송일시'); a photo's date
    stamp; any other date set aside with the page's metadata; 'today (the Nth)' beside a full
    date. Within each kind the first on the page wins.
    """
    best: dict[str, dt.date] = {}
    for line in meta_lines:
        for kind, day in byline_stamps(line):
            best.setdefault(kind, day)
    for kind in ("released", "published", "bare", "updated", "aired"):
        if kind in best:
            return best[kind]
    for line in captions:
        if _FILE_PHOTO.search(line):
            continue  # an archive photo carries the day it was taken, not today's
        m = _PHOTO_STAMP.search(line)
        if m:
            return _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return best.get("other") or _date_from_today_marker(body_sentences)


# A newsletter's or a briefing's issue, dated in its title with the weekday: '[굿모닝 대전] 2025년 10월 23일(목) 아침 브리핑'.
_ISSUE_DATE = re.compile(
    _FULL_DATE.format(y="(?P<y>", m="(?P<m>", d="(?P<d>") + r"\s*[(\[]\s*[월화수목금토일](?:요일)?\s*[)\]]"
)


def issue_date(headlines: list[str]) -> dt.date | None:
    """A page with no stamp of its own, dated by its title's issue date (a full date with its weekday)."""
    for line in headlines:
        m = _ISSUE_DATE.search(line)
        if m:
            return _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return None


def byline_stamps(line: str) -> list[tuple[str, dt.date]]:
    """Every full date in a metadata line, with what it is: 'released', 'published' or 'updated' by its
    keyword, 'bare' on a line of stamps or a reporter's line, else 'other' ('2020.11.19 Cartoon').

    A line writes its keywords before its dates ('입력 … 수정 …') or after them ('… 입력 … 수정'):
    the first stamp tells which.
    """
    found = []
    unkeyed = "bare" if "기자" in line or BYLINE_STAMP_LINE.fullmatch(line) else "other"
    keys_after: bool | None = None
    for m in _STAMP.finditer(line):
        after = _KEY_AFTER.match(line, m.end())
        if keys_after is None:
            keys_after = not m["key"] and after is not None
        key = (after["key"] if after else "") if keys_after else (m["key"] or "")
        day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if day is not None:
            kind = (
                "updated"
                if _UPDATE_KEY.search(key)
                else "released"
                if key.startswith(RELEASED_KEYS)
                else "aired"
                if key.startswith(AIRED_KEYS)
                else "published"
            )
            found.append((kind if key else unkeyed, day))
    return found


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
        if len(found) >= MAX_MENTIONS_PER_SENTENCE:
            break
        g = m.groupdict()
        clause = _clause_after(sentence, m.end())
        tense = _planned_from_words(sentence[max(0, m.start() - 6) : m.end()], clause, sentence[-30:])
        if g.get("qm"):
            tense = _Tense(None, "none")  # '심의 통과(4.17)': a gloss on the noun before, not the clause after
        mentions = _resolve(g, published, context, tense.for_resolving)
        if (
            _FOUNDED_AFTER.match(sentence, m.end())
            or (_SINCE_AFTER.match(sentence, m.end()) and _TRACK_RECORD.search(sentence, m.end()))
        ) and all(
            day is not None and (published is None or day.year <= published.year - _HISTORY_YEARS)
            for day, _, _ in mentions
        ):
            continue
        for day, precision, relative in mentions:
            if (day is not None and not relative) or (day is not None and g.get("rel")):
                context = day.year
            planned = _is_planned(day, precision, published, tense)
            found.append(DateMention(m.start(), m.end(), m.group(0).strip(), day, precision, relative, planned))
        delay = _DELAY.match(sentence, m.end())
        if delay and mentions and mentions[-1][0] is not None:
            day, precision, relative = mentions[-1]
            moved = _delayed(day, precision, delay)
            if moved is not None:
                planned = _is_planned(moved, precision, published, _Tense(True, "clause"))
                text = sentence[m.start() : delay.end()].strip()
                found.append(DateMention(m.start(), delay.end(), text, moved, precision, relative, planned))
    return found


def _delayed(day: dt.date, precision: str, delay: re.Match[str]) -> dt.date | None:
    """The date '당초 2027년 준공에서 1년 늦춰진' now stands at (2028); None for months off a bare year."""
    n = int(delay["n"]) * (-1 if delay["way"] in ("앞당겨", "단축") else 1)
    if delay["unit"] == "년":
        return _safe_date(day.year + n, day.month, day.day)
    if precision == "year":
        return None
    year, month = _shift_month(day.year, day.month, n)
    return _safe_date(year, month, day.day)


def _resolve(g: dict, pub: dt.date | None, context: int | None, planned: bool | None) -> list[tuple]:
    """(first day, precision, is_relative) for one match; several for a year range.

    A date at year precision starts on 1 January, whatever part of the year it names
    ('2026년 하반기' is 2026): the first day of the period its precision states.
    """
    if g.get("y4") or g.get("y2") or g.get("y2b"):
        year = int(g["y4"]) if g.get("y4") else _two_digit_year(g.get("y2") or g["y2b"])
        out = []
        if g.get("m1"):
            month = int(g["m1"])
            if g.get("d1"):
                out.append((_safe_date(year, month, int(g["d1"])), "day", False))
            else:
                out.append((_safe_date(year, month, 1) if 1 <= month <= 12 else None, "month", False))
        else:
            out.append((dt.date(year, 1, 1), "year", False))
        if g.get("y_end"):
            out.append((dt.date(int(g["y_end"]), 1, 1), "year", False))
        return out
    if g.get("iy"):
        return [(_safe_date(int(g["iy"]), int(g["im"]), int(g["id"])), "day", False)]
    if g.get("sy"):
        return [(_safe_date(_two_digit_year(g["sy"]), int(g["sm"]), int(g["sd"])), "day", False)]
    if g.get("rel"):
        if pub is None:
            return [(None, "month" if g.get("m2") else "year", True)]
        year = pub.year + _REL_YEAR_WORDS[g["rel"]]
        if g.get("m2"):
            month = int(g["m2"])
            if g.get("d2"):
                return [(_safe_date(year, month, int(g["d2"])), "day", True)]
            return [(_safe_date(year, month, 1) if 1 <= month <= 12 else None, "month", True)]
        return [(dt.date(year, 1, 1), "year", True)]
    month_text = g.get("m3") or g.get("pm") or g.get("qm")
    if month_text:
        month = int(month_text)
        day_text = g.get("d3") or g.get("pd") or g.get("qd")
        if not 1 <= month <= 12:
            return []
        month_year = _year_for_month(month, g.get("dir"), pub, context, planned)
        if month_year is None:
            return [(None, "day" if day_text else "month", True)]
        if day_text:
            return [(_safe_date(month_year, month, int(day_text)), "day", context is None)]
        return [(dt.date(month_year, month, 1), "month", context is None)]
    if g.get("relm"):
        precision = "day" if g.get("d6") else "month"
        if pub is None:
            return [(None, precision, True)]
        year, month = _shift_month(pub.year, pub.month, _REL_MONTH_WORDS["".join(g["relm"].split())])
        return [(_safe_date(year, month, int(g["d6"])) if g.get("d6") else dt.date(year, month, 1), precision, True)]
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
    if g.get("half"):
        return [(dt.date(pub.year, 1, 1) if pub else None, "year", True)]
    if g.get("dayword"):
        return [(pub - dt.timedelta(days=1) if pub else None, "day", True)]
    return []


def ends_in_past(text: str) -> bool:
    """The text's final verb is in the past tense: '…협약을 맺었다.'"""
    return _ENDS_IN_PAST.search(text) is not None


def _two_digit_year(text: str) -> int:
    """A two-digit year: '22 is 2022, '98 is 1998."""
    yy = int(text)
    return 2000 + yy if yy < 70 else 1900 + yy


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

    Quoted names are blanked first: '추진 계획’에 서명했다' is a signing, not a plan. Only a
    window after the date is read, so a sentence of many dates takes time in proportion.
    """
    rest = _QUOTED.sub("‘’", sentence[pos : pos + _CLAUSE_WINDOW])
    m = _CLAUSE_END.search(rest)
    return rest[: m.end() + 12] if m else rest


_EVENT_NOUN = re.compile(
    r"(?:에는|에)?\s*(?:(?:[가-힣A-Za-z0-9·]+\s){0,2})?(?:착공|준공|완공|개교|개소|개원|가동|착수|출범|완료|오픈|개최|준공식|개관)"
)
# Words around a date that tell plan from past: 'ahead' words make it a plan, '당초' (as first
# planned) too; '지난' makes it past.
_AHEAD_WORD = re.compile(r"오는|내년|향후|앞으로|연내|당초|애초")
_PLAN_HEAD = re.compile(r"\s*(?:목표|예정)")
_UNTIL = re.compile(r"\s*까지")
_FROM = re.compile(r"\s*부터")
_UNTIL_OR_FROM = re.compile(r"\s*(?:까지|부터)")
# A date a plan was moved to: '2028년으로 연기됐다' is a target, whatever the tense of moving it.
_RESCHEDULED = re.compile(
    r"\s*(?:으로|로)\s*(?:[가-힣]{1,12}\s){0,2}?(?:연기|변경|조정|확정|결정|늦춰|늦어|앞당겨|미뤄|연장|단축|수정)"
)
# A year's budget: '2021년도 본 예산안에 … 담겼다', '내년 정부 예산에 반영됐다'.
_BUDGET_OF_YEAR = re.compile(r"\s*(?:본\s*|정부\s*|국가\s*|국비\s*|당초\s*)?예산")
# A date an organisation was founded, spun off or merged, in a clause describing it: '2016년 설립된
# 가온클라우드는', '2019년 창업한 스타트업', '2022년 KT에서 분사한 KT클라우드는', '2014년 다음과 합병하면서'.
# Years before the news it is a company's history, no event of what the article reports; lately
# ('지난달 설립한 특수목적법인') it is a step of the project.
_HISTORY_YEARS = 2
_FOUNDED_AFTER = re.compile(
    r"\s*(?:에\s*)?(?:[^\s.,]+(?:에서|과|와|로부터)\s)?(?:설립|창립|창업|창설|출범|분사|합병|분할)"
    r"(?:된|한|했던|됐던|돼|해|되어|하여|하면서|되면서)?(?:\s|\)|,)"
    # …unless what was founded is the project's own vehicle: '2023년 설립된 특수목적법인(SPC)은'
    r"(?![^.]{0,12}?(?:특수목적법인|SPC|PFV|사업단|추진단|합작법인))"
)
# A year a track record runs from, years back: '2020년 이후 수도권에서 데이터센터 3곳을 지으며 누적 1조1천억원을
# 투자했다', '2018년 이래' (a company's history; lately, '지난달 이후', a step of the story).
_SINCE_AFTER = re.compile(r"\s*(?:이후|이래)(?![가-힣])")
# …a record, not an event since the year: '센터는 2022년 6월 이후 가동이 중단된 상태다' stays a date.
_TRACK_RECORD = re.compile(r"누적|해\s*왔|해왔|지으며|지어\s*왔|모두\s*\d|총\s*\d|[2-9]\s*곳|\d+\s*(?:건|개사)")
# A plan moved by a span from its date: '당초 2027년 준공에서 1년이 늦춰졌다', '2025년보다 6개월 앞당겨'.
_DELAY = re.compile(
    r"\s*[가-힣]{0,6}?(?:에서|보다)\s*(?P<n>\d{1,2})\s*(?P<unit>년|개월)\s*(?:이|가|정도|가량|여)?\s*"
    r"(?P<way>늦춰|늦어|연기|지연|미뤄|순연|앞당겨|단축)"
)
_YEARS_LONG = re.compile(r"(\d{1,2})\s*년\s*(?:간|동안)")
# Reported speech: '…체결한다고 밝혔다' is a plan however past the verb of saying is;
# '…체결했다고 밝혔다' happened.
_REPORTED_PLAN = re.compile(r"(?:[" + _PRESENT_SYLLABLES + r"]|는|겠|것이|예정이|계획이|방침이|목표)(?:다|라)고")
_REPORTED_PAST = re.compile(r"[" + _PAST_SYLLABLES + r"]다고")
_REPORTED_PAST_END = re.compile(_REPORTED_PAST.pattern + r"\s*$")


def reports_past_event(before: str) -> bool:
    """Words that end in a reported event that happened: '…착공식을 열었다고 ', '…지정됐다고 '."""
    return _REPORTED_PAST_END.search(before) is not None


@dataclass(frozen=True)
class _Tense:
    """Plan (True), past (False) or unknown (None), and where that was read: 'clause' (the date's
    own words), 'sentence' (the sentence's last verb), 'noun' (an event noun with no verb: a
    plan, weakly) or 'none'."""

    planned: bool | None
    source: str

    @property
    def local(self) -> bool:
        return self.source == "clause"

    @property
    def for_resolving(self) -> bool | None:
        """What may move a bare month or day into the next or previous period."""
        return None if self.source == "noun" else self.planned


def _planned_from_words(before: str, clause: str, sentence_end: str = "") -> _Tense:
    """Plan or past, from the words around a date: its clause first, else the sentence's last verb.

    An event noun with no verb ('2028년 착공', a headline or a list item) reads as a plan, but
    weakly: a date already past stays past.
    """
    if _AHEAD_WORD.search(before):
        return _Tense(True, "clause")
    if "지난" in before:
        return _Tense(False, "clause")
    if _RESCHEDULED.match(clause):
        return _Tense(True, "clause")
    if _BUDGET_OF_YEAR.match(clause):
        return _Tense(True, "noun")  # a year's budget is spent in that year, whatever verb passed it
    verb = _first_of(clause, _REPORTED_PLAN, _REPORTED_PAST)  # '…한다고 밝혔다': the reported verb
    if verb is None:
        verb = True if _FUTURE.search(clause) else (False if _PAST.search(clause) else None)
    head = clause[:6]
    if _PLAN_HEAD.match(head):
        return _Tense(True, "clause")
    if _UNTIL_OR_FROM.match(head):
        return _Tense(verb is not False, "clause")  # '2027년까지 조성한다'; '…까지 마쳤다' happened
    if verb is not None:
        return _Tense(verb, "clause")
    if _EVENT_NOUN.match(clause):
        return _Tense(True, "noun")
    if sentence_end and _FUTURE.search(sentence_end):
        return _Tense(True, "sentence")
    if sentence_end and _PAST.search(sentence_end):
        return _Tense(False, "sentence")
    return _Tense(None, "none")


def _first_of(text: str, plan: re.Pattern[str], past: re.Pattern[str]) -> bool | None:
    """True when `plan` matches before `past` in text, False when `past` does first, else None."""
    p, q = plan.search(text), past.search(text)
    if p and (not q or p.start() <= q.start()):
        return True
    return False if q else None


def _is_planned(day: dt.date | None, precision: str, pub: dt.date | None, tense: _Tense) -> bool:
    """A date after publication is a plan unless its own clause says it happened ('2월 5일 자로
    이뤄졌다', written the day before); a date before it is past unless its own clause states
    a plan or target; a date spanning it goes by the words."""
    if day is not None and pub is not None:
        if day > pub:
            return not (tense.planned is False and tense.local)
        if _period_end(day, precision) < pub:
            return tense.planned is True and tense.local
    return bool(tense.planned)


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
