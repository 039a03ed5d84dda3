"""Pieces of Korean grammar the extractors share."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Particles and copulas that may follow a name without making it a different word:
# '포항시는', '한동대와', '광주에서', '울산이며'.
PARTICLES: tuple[str, ...] = (
    "이", "가", "은", "는", "을", "를", "의", "에", "에서", "에게", "와", "과", "도", "로", "으로", "만", "까지",
    "부터", "에는", "에도", "에서는", "에서도", "으로는", "과의", "와의", "이다", "이며", "이고", "처럼", "서", "측",
)  # fmt: skip

# Where a clause of a sentence ends: ', ', '…했고 ', '…이며 ', '…지만 ', '…는데 ', '…으나 '.
CLAUSE_BREAK = re.compile(r",|[고며]\s|지만\s|는데\s|으나\s")

# A syllable closed by ㄹ: the prospective modifier of any verb ('세울', '만들', '조성할' 방안).
RIEUL_FINAL = "[" + "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 8) + "]"

# The Hangul word that follows a match ('광주시는' → '는'): what tells a name from a longer word.
HANGUL_RUN = re.compile(r"[가-힣]*")


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
