"""Organisations a sentence lists: names with no mark of their own that its structure marks.

'A, B, C 등이 참여해', 'A·B·C가 참여한 컨소시엄', '투자사는 A, B, C이다', 'A(건축), B(설계) 등 3개사가',
'▲A ▲B ▲C': a list whose frame says it holds participants, or that holds a region or a known
organisation beside the others, is a list of organisations. Each item is then cleaned and
checked as a name (`organisation_names`): a field, a person or a clause in such a list is not one.

Kiwi (kiwipiepy 0.24, offline model) was measured as a proper-noun check on these candidates
(2026-11-28, seeds + dev + dev2): it tags unknown company names as common nouns as often as
not (엘리스그룹, 서남해안기업도시개발, 아토리서치, 라이크자산운용, 삼우종합건축사사무소 → NNG), so
requiring NNP cost recall (dev2 institutions F1 0.971 → 0.955, dev 1.000 → 0.982) and gained
no precision; used to accept 'FIELD 기업 X가' appositions it recovered one name (0.963). It
costs 7–9 s to load per process and 1–5 ms per sentence it reads, against ~0.8 ms for all the
organisation rules of an article. It is not on the load path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from etl.extract.organisation_names import CASE_ENDING, DETACHED_SUFFIXES, VERB_ENDING, has_latin

# Between the items of a list. Inside parentheses nothing separates (see _masked).
# No leading \s*: the scan skips straight to these letters. A comma inside a number separates nothing.
_SEPARATOR = re.compile(r",(?:(?<!\d,)|(?!\d))|[，、·ㆍ∙▲]|및(?<=\s및)(?=\s)")
_GLOSS = re.compile(r"\([^()]*\)")
_NEAR = 60  # an item's words lie within this many characters of its separator
_JOINED_BY_AND = re.compile(r"[가-힣A-Za-z0-9)]{2,}(?:와|과)$")
# A word without the punctuation that closes it ('엘리스그룹이다.' → '엘리스그룹이다').
_CLOSING = ".,!?;:’”'\"」』"
_WORD = re.compile(r"\S*[^\s.,!?;:’”'\"」』]")
# A participant frame before the list: '투자사는', '참여 기업은', '입주기업 4개사는', '협약 기관은'.
FRAME_BEFORE = re.compile(
    r"(?:투자사|참여사|참여\s*기업|입주\s*기업|협약\s*기관|참여\s*기관|협력\s*기관|컨소시엄|주주|용역사|시공사|"
    r"(?:참여한|참여하는|입주하는|입주한|선정된|협약한)\s*(?:업체|기업|기관|회사|곳)|(?:업체|기업|기관|회사|개사|곳))"
    r"(?:\s*\d+\s*(?:개사|곳|개\s*기관|개\s*기업))?(?:는|은|로는|으로는|에는|엔)\s"
    r"|(?:투자사|참여사|협력사|용역사|시공사|투자자)\s*▲?$"  # '투자사 A, B와 함께'
)
# A participant frame after it: '등 3개사가', '등 기업', '등이 참여해', '가 참여한 컨소시엄', '와 협약을 체결'.
# ('… 등 도내 기업 40여 곳이' is left out: '의료기기, 제약 등 도내 기업' lists fields as often.)
FRAME_AFTER = re.compile(
    r"(?:\s*등)?\s*(?:\d+\s*(?:개\s*)?(?:사|곳|개사|기관|업체|기업|대학|연구기관)|(?:기업|업체|회사|기관|컨소시엄))(?![가-힣])"
    r"|(?:\s*등)?(?:이|가|은|는|와|과|도|등과|등이|등은)?\s*(?:함께\s)?(?:[^\s.,]+\s){0,2}?"
    r"(?:참여|협약|MOU|양해각서|MOA|투자\s?협약|컨소시엄|손잡|용역사|시공사|주주)"
)
# The particle a list of parties ends with before its predicate ('…, 아토리서치와 …', '… 등이').
PARTY_PARTICLE_AFTER = re.compile(r"(?:와|과|이|가|은|는|도|등|등과|등이|등은|등의|등도)(?:\s|$)|\s등")
# Words without which no list frame can match: a sentence with none of them needs no list read
# unless a region or a known name may anchor one (the frames above all contain one of these).
FRAME_WORDS = re.compile(
    r"협약|MOU|양해각서|MOA|체결|참여|컨소시엄|손잡|투자사|투자자|협력사|입주|주주|용역|시공|개사|곳|기업|업체|회사|기관|대학"
)
# Words that tie a list of names to taking part, for lists anchored by a region or a known name.
PARTNERSHIP = re.compile(
    r"협약|MOU|양해각서|MOA|체결|참여|컨소시엄|공동|함께|손잡|투자|투입|건립|설립|구축|조성|맡|선정"
)


@dataclass(frozen=True)
class ListItem:
    start: int
    end: int
    raw: str
    particles: bool  # a particle may follow (the last item), so it may be stripped


@dataclass(frozen=True)
class NameList:
    items: tuple[ListItem, ...]
    framed: bool  # the sentence's structure says these are participants
    closed: bool  # the list ends as parties do ('…와', '… 등이') before a word of partnership


def _masked(sentence: str) -> str:
    """The sentence with each parenthesis's content blanked, offsets kept: '태왕디엔디(대표 이종경)'
    is one word, and a comma inside a gloss separates nothing."""
    return _GLOSS.sub(lambda m: "(" + "_" * (len(m.group(0)) - 2) + ")", sentence)


def _word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text, start, end)]


def _continues(prev: str, word: str) -> bool:
    """Whether `word` still belongs to the name `prev` ends: Latin names have spaces ('SK C&C',
    'L5 E&E'), and some suffixes stand as their own word ('시드인베스트먼트 자산운용')."""
    return word in DETACHED_SUFFIXES or (has_latin(prev) and has_latin(word) and not prev.endswith(")"))


def _tail_items(masked: str, start: int, end: int) -> list[ListItem]:
    """The name that ends a stretch of text (its last word, with the words it continues), and the
    name joined to it by '와/과' ('코오롱베니트와 메가존클라우드, 베스핀글로벌 등')."""
    words = _word_spans(masked, max(start, end - _NEAR), end)[-4:]
    if not words or VERB_ENDING.search(masked[slice(*words[-1])]) or CASE_ENDING.search(masked[slice(*words[-1])]):
        return []  # '…조사했고, 이달초 …': the comma ends a clause, not a list item
    first = len(words) - 1
    while (
        first > 0
        and first > len(words) - 3
        and _continues(masked[slice(*words[first - 1])], masked[slice(*words[first])])
    ):
        first -= 1
    tail = ListItem(words[first][0], words[-1][1], "", False)
    if first >= 1 and _JOINED_BY_AND.fullmatch(masked[slice(*words[first - 1])]):
        return [ListItem(*words[first - 1], "", True), tail]
    return [tail]


def _head_item(masked: str, start: int, end: int) -> ListItem | None:
    """The name that opens a stretch of text: its first word, with the words that continue it."""
    words = [m.span() for m in islice(_WORD.finditer(masked, start, min(end, start + _NEAR)), 3)]  # at most 3 used
    if not words:
        return None
    last = 0
    while (
        last + 1 < len(words) and last < 2 and _continues(masked[slice(*words[last])], masked[slice(*words[last + 1])])
    ):
        last += 1
    return ListItem(words[0][0], words[last][1], "", True)


def _whole_item(masked: str, start: int, end: int) -> ListItem:
    """A stretch between two separators, without its surrounding spaces and closing punctuation."""
    text = masked[start:end]
    first = start + len(text) - len(text.lstrip())
    last = start + len(text.rstrip().rstrip(_CLOSING))
    return ListItem(first, max(first, last), "", False)


def _is_middle_item(masked: str, start: int, end: int) -> bool:
    """A stretch between two separators that is one item: short, and no word in it but the last
    carries a particle ('누리리츠운용과 투자·협력' runs on into the next phrase)."""
    if end - start > 40:
        return False
    words = masked[start:end].split()
    return 0 < len(" ".join(words)) <= 30 and len(words) <= 4 and not any(CASE_ENDING.search(w) for w in words[:-1])


def has_separator(sentence: str) -> bool:
    return _SEPARATOR.search(sentence) is not None


def find_name_lists(sentence: str) -> list[NameList]:
    """Every list of two or more short items in the sentence that a frame marks as participants or
    that ends as parties do before a word of partnership."""
    masked = _masked(sentence) if "(" in sentence else sentence
    seps = list(_SEPARATOR.finditer(masked))
    if not seps:
        return []
    lists: list[NameList] = []
    chain: list[ListItem] | None = None  # the list being read, if one is open
    chain_start = 0
    prev_end = 0
    for sep in seps:
        seg_start, seg_end = prev_end, sep.start()
        bullet = masked[sep.start()] == "▲"
        if chain is not None and _is_middle_item(masked, seg_start, seg_end):
            chain.append(_whole_item(masked, seg_start, seg_end))
        else:
            if chain is not None:
                _close(sentence, masked, chain, chain_start, seg_start, seg_end, lists)
            chain = None
            if bullet:  # the text before the first bullet frames the list; it is no item
                chain, chain_start = [], sep.end()
            else:
                tail = _tail_items(masked, seg_start, seg_end)
                if tail:
                    chain, chain_start = tail, tail[0].start
        prev_end = sep.end()
    if chain is not None:
        _close(sentence, masked, chain, chain_start, prev_end, len(masked), lists)
    return lists


def _close(
    sentence: str, masked: str, chain: list[ListItem], chain_start: int, start: int, end: int, out: list[NameList]
) -> None:
    """End a list with the name that opens the text after its last separator, and keep it if it
    has two items or more."""
    head = _head_item(masked, start, end)
    items = [*chain, head] if head else chain
    if len(items) < 2:
        return
    framed = (
        FRAME_AFTER.match(sentence, items[-1].end) is not None
        or FRAME_BEFORE.search(sentence[max(0, chain_start - 40) : chain_start]) is not None
    )
    last_word = _WORD.match(masked, items[-1].start)
    last_word_end = last_word.end() if last_word else items[-1].end
    closed = (
        PARTY_PARTICLE_AFTER.match(sentence, items[-1].end) is not None
        or PARTY_PARTICLE_AFTER.search(sentence[items[-1].start : last_word_end + 1]) is not None
    ) and PARTNERSHIP.search(sentence, items[-1].end) is not None
    if framed or closed:  # a list neither framed nor closed as parties' is of no use to anyone
        out.append(NameList(tuple(_with_text(sentence, i) for i in items), framed, closed))


def _with_text(sentence: str, item: ListItem) -> ListItem:
    return ListItem(item.start, item.end, sentence[item.start : item.end], item.particles)
