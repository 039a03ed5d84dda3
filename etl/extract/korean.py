"""Pieces of Korean grammar the extractors share."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Particles and copulas that may follow a name without making it a different word:
# '포항시는', '한동대와', '광주에서', '울산이며'.
PARTICLES: tuple[str, ...] = (
    "이", "가", "은", "는", "을", "를", "의", "에", "에서", "에게", "와", "과", "도", "로", "으로", "만", "까지",
    "부터", "에는", "에도", "에서는", "에서도", "으로는", "과의", "와의", "이다", "이며", "이고", "처럼", "서", "측",
    "엔", "에선",  # spoken contractions of 에는, 에서는: 청라엔 민간 센터, 송도엔 공공 센터
)  # fmt: skip

# Where a clause of a sentence ends: ', ', '…했고 ', '…이며 ', '…지만 ', '…는데 ', '…으나 '.
CLAUSE_BREAK = re.compile(r",|[고며]\s|지만\s|는데\s|으나\s")

# Where a verb's clause ends inside a sentence: '…완공되며 ', '…추진하고, ', '…않았지만 ', '…지은 뒤 '
# (not a comma between listed items, which CLAUSE_BREAK also takes).
VERB_CLAUSE_END = re.compile(r"[.?!]\s|[가-힣](?:고|며|지만|는데|으나)\s*,?\s|[가-힣]\s뒤\s")

# A new topic after a clause's end: the sentence has moved to another subject ('…완공되며 군은 별도로 …').
NEW_TOPIC = re.compile(r"(?:^|\s)[가-힣]{1,10}(?:은|는)\s")


def moves_on(text: str) -> bool:
    """A verb's clause ends in `text` and a new topic follows it: what follows is another matter."""
    end = VERB_CLAUSE_END.search(text)
    if _SET_APART.search(text):
        return True  # '…추진됐고 SK텔레콤은 이와 별개로 …', '… 이후 민간 사업자가 …': another matter
    return end is not None and NEW_TOPIC.search(text, end.end() - 1) is not None


_SET_APART = re.compile(r"(?:이와|그와)?\s*(?:별개로|별도로)|(?<![가-힣])이후(?:에는|에)?\s")


# A clause a phase opens, as its topic or means, after a few words that say which: '1단계로 …', '2단계는 …',
# '이번에 착공한 1단계는 …', '1단계 시설은 …'; not money spread over phases ('2단계에 걸쳐', '3단계로 나눠').
PHASE_OPENS_CLAUSE = (
    r"(?:^[\"“'‘]?|[.,;]\s*|(?:이|그)\s*(?:중|가운데)\s+)(?P<before>(?:[^\s,.]+\s+){0,3}?)\d\s*단계\s*(?:\([^()]{1,40}\)\s*)?"
    r"(?:시설\s*|사업\s*)?(?:는|은|로|로는|에는|에선|에서는)\s(?!걸쳐|나눠|나누어)"
)

# A local government as its clause's subject, unnamed: '시는 …', '도가 확보한 국비는 …'.
GOVERNMENT_SUBJECT = r"(?:^|\s)(?:시|도|군|구|시·도|지자체)(?:는|가)\s"

# A count of places, in digits or words: '4곳', '세 곳', '3개 지역' (its number in the group 'count';
# `counted` reads it).
PLACES_COUNTED = r"(?P<count>[2-9]|[1-9]\d+|[두세네]|다섯|여섯)\s*(?:곳|개\s*(?:지역|시·도|시도|지자체|도시|권역|거점))"
_COUNT_WORDS = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6}


def counted(count: str) -> int:
    """The number a count of `PLACES_COUNTED` says: '4' → 4, '세' → 3."""
    return _COUNT_WORDS.get(count) or int(count)


# The Hangul word that follows a match ('광주시는' → '는'): what tells a name from a longer word.
HANGUL_RUN = re.compile(r"[가-힣]*")


def hangul_run_at(text: str, pos: int) -> str:
    """The Hangul word that starts at `pos` ('' where none does)."""
    m = HANGUL_RUN.match(text, pos)
    return m.group(0) if m else ""


def trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation for many literal names, factored by shared prefixes.

    A flat 'a|b|c…' of 500 names is tried name by name at every position; the trie form
    ('광(?:주(?:광역시|시)?|양시)…') is tried letter by letter, which is many times faster.
    Longer names win over their prefixes, as in a longest-first alternation.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


def first_letter_guard(words: Iterable[str]) -> str:
    """A look-ahead for the letters `words` start with, to put before a look-behind.

    The regex engine skips positions by a pattern's first letters, but not when the pattern
    opens with a look-behind ('(?<![가-힣])' + names); this puts that skip back.
    """
    return "(?=[" + "".join(re.escape(ch) for ch in sorted({w[0] for w in words if w})) + "])"
