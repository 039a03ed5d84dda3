"""Initiative mentions: named projects such as '국가 AI 컴퓨팅센터' or '구미 첨단 AI 데이터센터 클러스터'.

A name is a quoted phrase, or the few words before a head noun, that ends in one of the
heads below; the head gives the initiative's type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.korean import trie_pattern
from etl.extract.spans import TakenSpans

HEAD_TYPES = [
    ("집적단지", "ai_cluster"),
    ("클러스터", "ai_cluster"),
    ("밸리", "ai_cluster"),
    ("테크시티", "ai_cluster"),
    ("컴퓨팅센터", "computing_center"),
    ("데이터센터", "data_center"),
    ("혁신거점", "innovation_hub"),
    ("거점", "innovation_hub"),
    ("허브", "innovation_hub"),
    ("특구", "special_zone"),
    ("선도지구", "special_zone"),
    ("센터", "center"),
    ("영재학교", "school"),
    ("사관학교", "school"),
    ("캠퍼스", "center"),
    ("프로젝트", "project"),
    ("사업", "project"),
    ("협약", "agreement"),
    ("양해각서", "agreement"),
    ("MOU", "agreement"),
]
_HEADS = "|".join(sorted((h for h, _ in HEAD_TYPES), key=len, reverse=True))
_TYPE = dict(HEAD_TYPES)
_QUOTED = re.compile(r"[‘'“\"「『]([^’'”\"」』]{3,60}?)[’'”\"」』]")
_WORD = r"[가-힣A-Za-z0-9·&\-]+"
# A head noun that ends a name; the words before it are read backwards (see find_initiatives).
_HEAD_RE = re.compile(
    r"(?P<head>" + trie_pattern(h for h, _ in HEAD_TYPES) + r")(?=[^가-힣]|이|가|은|는|을|를|의|와|과|도|에|로|으로|$)"
)
# The words glued to a head and up to three before it, read backwards from the head: one
# anchored match on the reversed sentence, not a search retrying every start in the window.
_WORDS_BEFORE_REVERSED = re.compile(r"[가-힣A-Za-z0-9·&\-]*(?:\s" + _WORD + r"){0,3}")
# A word ending like this closes a clause ('조성과', '짓는', '에서'): the name starts after it.
_CLAUSE_END = re.compile(
    r"(?:은|는|을|를|에|에서|와|과|으로|로|의|해|고|며|면서|한|된|할|될|인|및|등|위해|통해|따라)$|^[\d,.]+"
    r"|[시도군구](?:가|이)$"  # '세종시가 …': the place is the subject, not part of the name
)
_LEADING_MARKS = re.compile(r"^[^가-힣A-Za-z0-9]+")
# A quoted name is an initiative when it ends in a head noun, perhaps followed by action words.
_QUOTED_HEAD = re.compile(r"(" + _HEADS + r")(?:\s*(?:조성|구축|건립|유치|추진|계획|사업))*\s*$")
_TRAILING_ACTION_WORDS = re.compile(r"(?:조성|구축|건립|유치|추진|계획|사업)+$")
_LEAD_WORDS = {"이번", "이", "그", "해당", "관련", "또", "또한", "특히", "한편", "올해", "내년", "현재", "앞서", "향후"}


def _name_before_head(phrase: str) -> str:
    words = phrase.split()
    kept = [words[-1]]
    for word in reversed(words[:-1]):
        if _CLAUSE_END.search(word) or word in _LEAD_WORDS:
            break
        kept.append(word)
    name = " ".join(reversed(kept))
    return _LEADING_MARKS.sub("", name)


# A lone head word or a generic phrase names nothing in particular.
_GENERIC = re.compile(
    r"^(?:(?:이|그|해당|관련|본|각|전체|주요|핵심|신규|기반|공모|지원|연구|기업|정부|국가|지역|관련|투자|업무|협력|상호|공동|신설|건립|조성)\s?)*"
    r"(?:" + _HEADS + r")$"
)


@dataclass(frozen=True)
class InitiativeMention:
    start: int
    end: int
    name: str
    initiative_type: str
    quoted: bool


def find_initiatives(sentence: str) -> list[InitiativeMention]:
    found: list[InitiativeMention] = []
    for m in _QUOTED.finditer(sentence):
        name = m.group(1).strip()
        head = _QUOTED_HEAD.search(name)
        if head:
            found.append(InitiativeMention(m.start(1), m.end(1), name, _TYPE[head.group(1)], True))
    covered = TakenSpans(len(sentence), ((f.start, f.end) for f in found))
    backwards, n = sentence[::-1], len(sentence)
    for m in _HEAD_RE.finditer(sentence):
        before = _WORDS_BEFORE_REVERSED.match(backwards, n - m.start(), n - max(0, m.start() - 60))
        phrase_start = n - before.end() if before else m.start()
        end = m.end()
        if covered.overlaps(phrase_start, end):
            continue
        name = _name_before_head(sentence[phrase_start:end])
        if len(name) < 4 or _GENERIC.match(name):
            continue
        start = end - len(name)
        found.append(InitiativeMention(start, end, name, _TYPE[m.group("head")], False))
        covered.take(start, end)
    found.sort(key=lambda f: f.start)
    return found


def initiative_key_name(name: str) -> str:
    """A comparison form: no spaces, 인공지능 written AI, trailing 조성/구축/사업 words dropped."""
    key = "".join(name.split()).replace("인공지능", "AI").replace("에이아이", "AI")
    return _TRAILING_ACTION_WORDS.sub("", key) or key
