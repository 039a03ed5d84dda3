"""Saved web pages: the article's own text and metadata by trafilatura (dates by htmldate).

A saved news page carries other stories, menus, comment widgets and ads around the article;
trafilatura finds the main text where hand-written rules kept the whole page (word F1 0.43–0.49
against 0.94–0.98 on saved Naver News pages). What it leaves (bylines, copyright lines,
captions, promotion links) goes through the project's cleaning like any text.

The publisher comes from the page's metadata (og:site_name, JSON-LD); when the site is a portal
that carries other outlets' stories (네이버 뉴스), from the tags that name the outlet (author,
twitter:creator), then from the page's address (`ref_publishers`). A page that is not one
article (a front page, a list of stories) is refused with that reason.

Reading a page yields its markup (`is_page`); `page_article` finds the article in it when the
article is extracted, so a folder of pages is parsed on every core, not in the reading process.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from etl.extract.publisher import PublisherDirectory, load_directory
from etl.model import RawArticle, article_key, record_number
from etl.sources import InputError, content_hash, decode_bytes, read_whole

# Meta tags that name the outlet on a portal's copy of its story ('중앙일보 | 네이버').
OUTLET_TAGS = ("og:article:author", "article:author", "twitter:creator", "dable:author", "author", "me2:category1")
# og:type values of pages that are not one article.
NOT_ARTICLE_TYPES = frozenset({"website", "webpage", "blog", "profile", "product"})
# A page whose main text is mostly list items and has less prose than this is a list of stories.
MIN_ARTICLE_PROSE_CHARS = 400
_TITLE_TAIL = re.compile(r"\s*(?:[|\-–—:·ㅣ<>]|::)\s*([^|\-–—:·ㅣ<>]{2,40})$")
_SECTION_TRAIL = re.compile(r"(?:\s*<\s*[^<>]{1,20}){1,3}\s*<\s*기사본문\s*$")  # '제목 < 경제 < 기사본문'
_HOST = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+/?$")
_SPLIT_AUTHORS = re.compile(r"\s*[|;,/]\s*")


def read(path: Path, columns: dict[str, str] | None = None) -> Iterator[RawArticle]:
    """The page as read: its article is found by `page_article` where extraction runs."""
    markup = decode_bytes(read_whole(path))
    yield RawArticle(
        str(path), path.name, article_key(str(path)), markup, "html", content_hash=content_hash(markup), is_page=True
    )


def page_article(page: RawArticle) -> RawArticle:
    """The article of a page read as markup, or `InputError` saying why the page holds none.

    The page's `url` and `published_date`, when the reader had them (a WARC record's URI and
    date), give way to the address and date the page itself states.
    """
    try:
        return _page_article(page)
    except InputError as exc:
        record = record_number(page.source_key, page.source_path)
        if record is not None:  # one record of an archive: say which
            raise InputError(f"record {record}: {page.url}: {exc}") from None
        raise


def _page_article(page: RawArticle) -> RawArticle:
    from trafilatura import bare_extraction
    from trafilatura.settings import Document
    from trafilatura.utils import load_html

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its warnings repeat our skip reasons
    tree = load_html(page.text)
    if tree is None:
        raise InputError("not an HTML page")
    tags = _meta_tags(tree)
    _unwrap_layout_tables(tree)
    doc = bare_extraction(tree, url=page.url, with_metadata=True, include_comments=False)
    if not isinstance(doc, Document):  # None where it finds nothing (a dict only when asked for one)
        raise InputError("no text: the extractor found no article in the page")
    text = (doc.text or "").strip()
    if not text:
        raise InputError("no text: the extractor found no article in the page")
    reason = _not_an_article(tags, text)
    if reason:
        raise InputError(f"not an article: {reason}")
    url = doc.url or page.url
    directory = load_directory()
    publisher = _publisher(doc.sitename, tags, doc.author, url, directory)
    return replace(
        page,
        text=text,
        title=_title(doc.title, (doc.sitename, publisher)),
        publisher=publisher,
        published_date=_date(doc.date) or page.published_date,
        url=url,
        is_page=False,
        is_main_text=True,
    )


# Inside a table cell these make the table a page's layout, not data ('<td><p>기사 본문…</p></td>').
LAYOUT_CELL_CHILDREN = frozenset({"p", "div", "table", "h1", "h2", "h3", "h4", "ul", "ol", "article", "section"})
LAYOUT_CELL_CHARS = 200  # a cell of running text this long is a column of the page, not a datum
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def _unwrap_layout_tables(tree) -> None:
    """Old-style pages lay the whole page out in tables ('<td>헤드라인 … 본문</td>'); read as a
    table, a cell's headline, byline and paragraphs run into one line. A table whose own cells
    hold blocks or running text becomes plain blocks, so its text keeps its lines; a table of data
    (short cells) stays a table."""
    for table in list(tree.iter("table")):
        cells = [c for c in table.iter("td", "th") if next(c.iterancestors("table"), None) is table]
        layout = any(
            any(child.tag in LAYOUT_CELL_CHILDREN for child in cell.iterdescendants())
            or len("".join(cell.itertext())) > LAYOUT_CELL_CHARS
            for cell in cells
        )
        if layout:
            for part in [
                e for e in table.iter(*_TABLE_PARTS) if e is table or next(e.iterancestors("table"), None) is table
            ]:
                part.tag = "div"


def _meta_tags(tree) -> dict[str, str]:
    tags: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content:
            tags.setdefault(key, content)
    return tags


def _not_an_article(tags: dict[str, str], text: str) -> str | None:
    """Why a page is a front page or a list rather than an article, or None.

    Its main text is mostly list items (headlines of other stories) with little prose, or the
    page calls itself a website and has no line of prose (60 characters or more) at all.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    items = sum(1 for line in lines if line.startswith("- "))
    prose = sum(len(line) for line in lines if not line.startswith("- ") and len(line) >= 60)
    if items >= 5 and items * 2 >= len(lines) and prose < MIN_ARTICLE_PROSE_CHARS:
        return f"a front page or list of stories ({items} of its {len(lines)} text lines are links to stories)"
    if tags.get("og:type", "").lower() in NOT_ARTICLE_TYPES and prose == 0:  # news sites call articles that too
        return f"the page calls itself a '{tags['og:type']}' and has no line of prose"
    return None


def _publisher(
    sitename: str | None, tags: dict[str, str], author: str | None, url: str | None, directory: PublisherDirectory
) -> str | None:
    if sitename and _HOST.match(sitename.strip()):  # trafilatura's stand-in when the page names no site
        url, sitename = url or sitename, None
    if sitename and not directory.is_portal(sitename, url):
        return directory.outlet(sitename) or sitename.strip()
    for value in [*(tags.get(t) for t in OUTLET_TAGS), author]:
        for part in _SPLIT_AUTHORS.split(value or ""):
            outlet = directory.outlet(part)
            if outlet and not directory.is_portal(outlet):
                return outlet
    return directory.for_domain(url)


def _title(title: str | None, site_names: tuple[str | None, ...]) -> str | None:
    """The headline without the site's name the page's title adds ('… | Yonhap News Agency')."""
    if not title:
        return None
    m = _TITLE_TAIL.search(title)
    names = {n.replace(" ", "").lower() for n in site_names if n}
    if m and m[1].replace(" ", "").lower() in names and m.start() > 0:
        title = title[: m.start()].strip()
    return _SECTION_TRAIL.sub("", title).strip() or None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
