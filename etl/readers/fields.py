"""What the readers share: record keys, skip messages, and fields as exports and feeds write them."""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import re
from pathlib import Path

from etl.model import RawArticle, SkippedInput, article_key
from etl.sources import parse_date


def record_key(path: Path, number: int) -> str:
    """The source key of the `number`-th row or record of a file: stable while the file is."""
    return article_key(str(path), number)


def record_article(path: Path, number: int, fmt: str, text: str, **metadata: object) -> RawArticle:
    """The article of the `number`-th row or record: its text is the article's own (no page around it)."""
    return RawArticle(
        source_path=str(path),
        file_name=path.name,
        source_key=record_key(path, number),
        text=text,
        fmt=fmt,
        is_main_text=True,
        **metadata,  # type: ignore[arg-type]
    )


def skipped(path: Path, number: int, unit: str, reason: str) -> SkippedInput:
    """One bad row or record, named by file, number and reason; the file's other articles still load."""
    return SkippedInput(f"{path}#{number}", path.name, f"{unit} {number}: {reason}")


def text_or_none(value: object) -> str | None:
    """A cell or field as text: None for missing, blank, NaN-like or container values."""
    if value is None or isinstance(value, (dict, list, tuple, set, bool)):
        return None
    text = str(value).strip()
    return text if text and text.lower() not in {"nan", "none", "null"} else None


_TAG = re.compile(r"<[^<>]*>")
_SCRIPT = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote)\b[^<>]*>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def strip_tags(markup: str) -> str:
    """Text of a snippet of HTML (a search result's description, a feed's content): tags, scripts
    and styles out, entities decoded ('&quot;' → '"'), block ends kept as line breaks."""
    text = _SCRIPT.sub(" ", markup) if "<" in markup else markup
    text = _BLOCK_TAG.sub("\n", text)
    text = html.unescape(_TAG.sub("", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")


def date_from(value: object) -> dt.date | None:
    """A publication date as exports and feeds write it.

    A date or datetime cell (Excel), '20240105' (BigKinds), RFC 822 ('Mon, 13 Jul 2020 17:18:00
    +0900': RSS, the Naver search API; the date as written, in the writer's zone), and the forms
    `parse_date` knows (ISO, 2025.04.10, 2025년 4월 10일).
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = text_or_none(value)
    if text is None:
        return None
    if text[:3].isalpha() and "," in text[:5]:
        try:
            return email.utils.parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            return None
    day = parse_date(text)
    if day is None and (m := _COMPACT_DATE.search(text)):
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return day


# Article fields → the names exports, crawlers and extractors give them, compared without case,
# spaces, '_' or '-' ('Published_At' is 'publishedat'). The first name a record has wins.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "subject", "newstitle", "articletitle", "제목", "기사제목", "헤드라인"),
    "text": (
        "text", "rawtext", "body", "content", "contents", "article", "articletext", "articlebody", "bodytext",
        "fulltext", "newstext", "newsbody", "maintext", "본문", "내용", "기사내용", "기사본문",
    ),
    "date": (
        "date", "published", "publishedat", "publishdate", "pubdate", "datepublished", "datetime", "regdate",
        "writedate", "createdat", "날짜", "일자", "작성일", "등록일", "발행일", "입력일", "게재일", "송고일", "기사일자",
    ),
    "publisher": (
        "publisher", "sitename", "sourcehostname", "press", "media", "outlet", "provider", "agency", "newsagency",
        "언론사", "매체", "신문사", "매체명", "통신사", "source",  # 'source': an outlet's name, unless an address
    ),
    # A deck under the headline: part of the article, as on its page ('장비비 2천180억…2027년 착공').
    "subtitle": ("subtitle", "subheadline", "subhead", "deck", "lead", "부제", "부제목"),
    "url": ("url", "link", "originallink", "source", "href", "링크", "주소", "기사url", "원문링크", "원문url"),
}  # fmt: skip
_NAME_KEY = re.compile(r"[\s_\-]+")


def name_key(name: object) -> str:
    """How field and column names are compared: 'Published_At' → 'publishedat'."""
    return _NAME_KEY.sub("", str(name)).lower()


# How an excerpt of the text ends, or what a description adds to one: '…', '...', '[…]', '더보기',
# a photo's credit ('(사진=경북도 제공)').
_EXCERPT_MARKS = re.compile(r"\s*(?:…|\.{3}|\[…\]|\[\.{3}\]|\[?더\s?보기\]?)\s*$|\s*[(\[]사진\s*=[^)\]]*[)\]]")


def with_subtitle(text: str, subtitle: object) -> str:
    """The article's text with its deck as the first line, unless the deck is an excerpt of the
    text (however it was spaced, cut short or credited)."""
    deck = plain_text(subtitle)
    bare = _EXCERPT_MARKS.sub("", deck) if deck else ""
    if not bare or "".join(bare.split()) in "".join(text.split()):
        return text
    return f"{deck}\n{text}"


def name_or_none(value: object) -> str | None:
    """A field as a name (a publisher's): None for an address ('source' holds either)."""
    text = text_or_none(value)
    return None if text is None or url_or_none(text) else text


def url_or_none(value: object) -> str | None:
    text = text_or_none(value)
    return text if text and text.lower().startswith(("http://", "https://", "www.")) else None


_HTML_TAG = re.compile(r"<(?:p|br|div|span|b|strong|a|em|img)\b[^<>]*>", re.IGNORECASE)


def plain_text(value: object) -> str | None:
    """A text field as plain text: HTML markup that crawlers and feeds keep is stripped."""
    text = text_or_none(value)
    if text and "<" in text and _HTML_TAG.search(text):
        text = strip_tags(text) or None
    return text
