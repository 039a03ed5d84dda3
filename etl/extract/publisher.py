"""Who published an article, from every place a page states it.

Readers take the publisher from metadata first (a page's og:site_name or JSON-LD, a feed's
title, an export's 언론사 column); a portal that republishes other outlets' stories (네이버 뉴스)
is not the publisher, the outlet it names is. When the metadata says nothing, the text is read,
most reliable first:
1. the copyright line: 'ⓒ연합뉴스TV, 무단 전재', 'Copyright ⓒ 서울신문', '중도일보(www.joongdo.co.kr)';
2. a dateline or byline that names the outlet: '[안동=뉴시스]', '【파이낸셜뉴스 전주=강인 기자】',
   '[헤럴드경제(울산)=박동순 기자]', 'KPI뉴스 / 박상준 기자';
3. the reporter's address or the page's own address (a share widget prints it):
   'syyoon@hankyung.com' → 한국경제 (the domains in `ref_publishers`);
4. the outlet naming itself: a broadcaster's sign-off ('KBS 뉴스 최보규입니다'), '경기일보 취재를 종합하면';
5. the datelines anywhere on the page, a site's lists of its own stories included: the one outlet
   they name, or the one most name when at least two agree.
A name counts only when it is a known outlet (`ref_publishers`, the media organisations of
`ref_organisations`) or reads as one (ends in 일보, 신문, 뉴스, 방송, TV …): 'ⓒ 김해시' under a photo
is a credit, not a publisher.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from etl.paths import REFERENCE_DIR

# Endings of outlet names: '중부매일', 'KPI뉴스', '연합뉴스TV', '아시아투데이', 'The Korea Herald'.
OUTLET_ENDINGS = (
    "일보", "신문", "뉴스", "방송", "경제", "투데이", "타임스", "타임즈", "저널", "매일", "미디어", "TV", "통신",
    "데일리", "포스트", "프레스", "닷컴", "News", "Times", "Daily", "Herald", "Post", "Press",
)  # fmt: skip
# What an outlet adds to its own name in datelines: '뉴스21일간' is 뉴스21 (the daily).
NAME_DECORATIONS = ("일간", "주간", "온라인", "인터넷판")
# A bracketed dateline that opens with one of these is a credit for a photo or graphic, not a byline.
CREDIT_WORDS = frozenset({
    "사진", "자료사진", "사진제공", "그래픽", "영상", "제공", "출처", "자료", "캡처", "편집", "인터뷰", "대담", "정리", "글",
    "진행", "취재",
})  # fmt: skip

_COPYRIGHT_NAME = re.compile(
    r"(?:ⓒ|©|\(c\)|copyright|저작권자)\s*(?:ⓒ|©|\(c\))?\s*(?:by\s+)?([가-힣A-Za-z0-9][가-힣A-Za-z0-9&·]*(?:\s?TV)?)",
    re.IGNORECASE,
)
_NAME_WITH_SITE = re.compile(
    r"([가-힣A-Za-z0-9]+)\s*\((?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.IGNORECASE
)
# Literal pieces of _COPYRIGHT_MARK's forms: every line it matches contains one.
_COPYRIGHT_LITERALS = ("ⓒ", "©", "(c)", "(C)", "opyright", "OPYRIGHT", "저작권", "무단", "재배포")
_COPYRIGHT_MARK = re.compile(r"ⓒ|©|\(c\)|copyright|저작권|무단\s*전재|재배포", re.IGNORECASE)
# '[안동=뉴시스]', '【파이낸셜뉴스 전주=강인 기자】', '[헤럴드경제(울산)=박동순 기자]', '(뉴스21일간/노유림기자)'
# The look-ahead lets the engine pass over brackets with no '=', '/' or '기자' near ('(AI)'), which are most.
_BRACKETED = re.compile(
    r"[\[【(](?=[^\[\]【】\n]{0,40}?(?:=|/|기자))([^\[\]【】()\n]{1,30}(?:\([가-힣]{1,6}\)[^\[\]【】()\n]{0,25})?)[\]】)]"
)
# '[뉴스사천=강무성 기자]', '[뉴스21일간=임정훈]': what stands before a reporter's name is the
# outlet, unless it is a place ('[안동=류상현 기자]').
_BEFORE_REPORTER = re.compile(
    r"^\s*([가-힣A-Za-z0-9]{2,12})\s*=\s*[가-힣]{2,4}(?:\s*(?:선임|수석|인턴|객원)?\s*기자)?\s*$"
)
_TOKEN_SPLIT = re.compile(r"[\s=/|·,]+")
_REGION_NOTE = re.compile(r"\([가-힣]{1,6}\)$")
_DOMAIN = re.compile(r"(?:@|www\.|https?://)([a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.IGNORECASE)
_SIGN_OFF = re.compile(r"([A-Za-z가-힣0-9]+?)\s*뉴스\s*[가-힣]{2,4}(?:입니다|였습니다)\.?$")
_SELF_REFERENCE = re.compile(r"([가-힣A-Za-z0-9]+)\s*(?:취재\s*[를을]?\s*종합하면|취재\s*결과|취재에\s*따르면)")
_ADDRESS_LINE = re.compile(r"^https?://\S+[ \t]*$", re.MULTILINE)
_MAX_REMEMBERED = 50_000  # names whose answer the directory keeps (datelines repeat the same few)
_NOT_KEY = re.compile(r"[\s\W_]+")


def _key(name: str) -> str:
    return _NOT_KEY.sub("", name).lower()


@dataclass(frozen=True)
class PublisherDirectory:
    """The reference outlets and portals: domains, and names compared without spaces or case."""

    domains: dict[str, tuple[str, str]]  # domain → (publisher, kind: 'outlet' or 'portal')
    outlets: dict[str, str]  # name key → the outlet's name as the reference writes it
    portals: frozenset[str]  # name keys of portals ('네이버뉴스')
    places: frozenset[str] = frozenset()  # region names and aliases: the place half of a dateline
    _outlets_seen: dict[str, str | None] = field(default_factory=dict, repr=False)  # outlet()'s answers

    def for_domain(self, host_or_url: str | None, kinds: tuple[str, ...] = ("outlet",)) -> str | None:
        """The publisher of a site, its subdomains included ('m.mdilbo.com' → 무등일보)."""
        if not host_or_url:
            return None
        host = (urlsplit(host_or_url).hostname if "//" in host_or_url else host_or_url) or ""
        labels = host.lower().strip(".").split(".")
        for i in range(len(labels) - 1):
            entry = self.domains.get(".".join(labels[i:]))
            if entry:
                return entry[0] if entry[1] in kinds else None
        return None

    def is_portal(self, name: str | None = None, url: str | None = None) -> bool:
        """A site that carries other outlets' stories: by its name or its address."""
        if name and _key(name) in self.portals:
            return True
        return self.for_domain(url, kinds=("portal",)) is not None

    def is_place(self, name: str) -> bool:
        return name in self.places or name in CREDIT_WORDS or name.endswith(("시", "군", "구", "도", "읍", "면"))

    def outlet(self, candidate: str | None) -> str | None:
        """`candidate` as an outlet's name, or None when it does not name one.

        A known outlet comes back as the reference writes it; an unknown name counts when it
        ends like an outlet's. A region note ('헤럴드경제(울산)') and a known outlet's
        decoration ('뉴스21일간') are dropped.
        """
        if not candidate:
            return None
        if candidate not in self._outlets_seen:
            if len(self._outlets_seen) > _MAX_REMEMBERED:
                self._outlets_seen.clear()
            self._outlets_seen[candidate] = self._outlet(candidate)
        return self._outlets_seen[candidate]

    def _outlet(self, candidate: str) -> str | None:
        name = _REGION_NOTE.sub("", candidate.strip(" .,:;-|'\"“”‘’<>[]")).strip(" ()")
        key = _key(name)
        if not key or "기자" in name or len(key) > 20:
            return None
        if key in self.outlets:
            return self.outlets[key]
        for decoration in NAME_DECORATIONS:
            if key.endswith(decoration) and key[: -len(decoration)] in self.outlets:
                return self.outlets[key[: -len(decoration)]]
        if key in self.portals or len(key) < 3 or not name.endswith(OUTLET_ENDINGS) or key.isdigit():
            return None
        return name


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=4)
def load_directory(reference_dir: Path = REFERENCE_DIR) -> PublisherDirectory:
    """`ref_publishers.csv`, the media organisations of `ref_organisations.csv`, and the region
    names of `ref_regions.csv` and `ref_region_aliases.csv`."""
    domains = {r["domain"].lower(): (r["publisher"], r["kind"]) for r in _rows(reference_dir / "ref_publishers.csv")}
    outlets = {_key(name): name for name, kind in domains.values() if kind == "outlet"}
    for r in _rows(reference_dir / "ref_organisations.csv"):
        if r["org_type"] == "media":
            outlets.setdefault(_key(r["name_ko"]), r["name_ko"])
    portals = frozenset(_key(name) for name, kind in domains.values() if kind == "portal")
    places = {r["alias"] for r in _rows(reference_dir / "ref_region_aliases.csv")}
    places.update(name for r in _rows(reference_dir / "ref_regions.csv") for name in r["name_ko"].split())
    return PublisherDirectory(domains, outlets, portals, frozenset(places))


def publisher_from_text(
    meta_lines: list[str], head: list[str], body: list[str], page: str, directory: PublisherDirectory
) -> str | None:
    """The outlet a page names outside its metadata (see the module's list), or None.

    `meta_lines` are the bylines and copyright lines cleaning set aside, `head` the headline and
    first sentences (where datelines stand), `body` every body sentence, `page` the whole text.
    """
    for lines in (meta_lines, _copyright_lines(page)):  # the page only when the article's own lines say nothing
        for line in lines:
            found = _copyright_outlet(line, directory) if _COPYRIGHT_MARK.search(line) else None
            if found:
                return found
    for line in meta_lines:
        found = _byline_outlet(line, directory)
        if found:
            return found
    for line in head:
        found = next(iter(_dateline_outlets(line, directory)), None) if "=" in line or "기자" in line else None
        if found:
            return found
    for lines in (meta_lines, _address_lines(page)):
        for line in lines:
            for m in _DOMAIN.finditer(line):
                found = directory.for_domain(m[1])
                if found:
                    return found
    for sentence in body:
        found = _self_named(sentence, directory)
        if found:
            return found
    return _listed_outlet(page, directory)


def _copyright_lines(page: str) -> Iterator[str]:
    """The page's short lines with a copyright mark, in order: cleaning stops at a list of other
    stories, and a site's copyright line often stands below it. Plain substring searches find
    the marks (a case-blind regex over the page tries every position)."""
    starts = set()
    for mark in _COPYRIGHT_LITERALS:
        at = page.find(mark)
        while at >= 0:
            starts.add(page.rfind("\n", 0, at) + 1)
            at = page.find(mark, at + len(mark))
    for start in sorted(starts):
        end = page.find("\n", start)
        line = page[start : len(page) if end < 0 else end]
        if len(line) < 160 and _COPYRIGHT_MARK.search(line):
            yield line


def _address_lines(page: str) -> Iterator[str]:
    """Lines that are only a web address: a share widget's copy of the page's own URL."""
    return (m[0] for m in _ADDRESS_LINE.finditer(page)) if "http" in page else iter(())


def _copyright_outlet(line: str, directory: PublisherDirectory) -> str | None:
    for m in _NAME_WITH_SITE.finditer(line):
        found = directory.outlet(m[1]) or directory.for_domain(m[2])
        if found:
            return found
    for m in _COPYRIGHT_NAME.finditer(line):
        found = directory.outlet(m[1])
        if found:
            return found
    return None


def _dateline_outlets(text: str, directory: PublisherDirectory) -> list[str]:
    """Outlets named by the bracketed datelines of a line or a page, in order."""
    found = []
    for m in _BRACKETED.finditer(text):
        chunk = m[1]
        if "=" not in chunk and "기자" not in chunk and "/" not in chunk:
            continue
        tokens = [t for t in _TOKEN_SPLIT.split(chunk) if t]
        if not tokens or tokens[0] in CREDIT_WORDS:
            continue
        name = next((n for n in map(directory.outlet, tokens) if n), None)
        if name is None and (reporter := _BEFORE_REPORTER.match(chunk)) and not directory.is_place(reporter[1]):
            name = reporter[1]
        if name:
            found.append(name)
    return found


def _byline_outlet(line: str, directory: PublisherDirectory) -> str | None:
    """A byline's outlet: in its dateline, or before the reporter ('KPI뉴스 / 박상준 기자 psj@kpinews.kr')."""
    if "기자" not in line and "=" not in line:
        return None
    found = _dateline_outlets(line, directory)
    if found:
        return found[0]
    if "기자" in line and len(line) < 80:
        before = line.split("기자", 1)[0]
        return next((n for n in map(directory.outlet, _TOKEN_SPLIT.split(before)) if n), None)
    return None


def _self_named(sentence: str, directory: PublisherDirectory) -> str | None:
    if "입니다" in sentence and "뉴스" in sentence:
        m = _SIGN_OFF.search(sentence)
        if m:
            found = directory.outlet(m[1]) or directory.outlet(m[1] + "뉴스")
            if found:
                return found
    if "취재" in sentence:
        for m in _SELF_REFERENCE.finditer(sentence):
            found = directory.outlet(m[1])
            if found:
                return found
    return None


def _listed_outlet(page: str, directory: PublisherDirectory) -> str | None:
    """The outlet the page's datelines name: the only one, or the one most name when two or more agree."""
    if "=" not in page and "기자" not in page:
        return None
    counts = Counter(_dateline_outlets(page, directory))
    if not counts:
        return None
    (name, n), total = counts.most_common(1)[0], sum(counts.values())
    return name if n == total or (n >= 2 and n * 2 > total) else None
