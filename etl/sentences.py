"""Sentence splitting for Korean news text, with character offsets.

A regex splitter: kiwipiepy splits better in rare cases but costs ~0.25 s per article, which
the load path cannot afford. News prose ends sentences with '다.', '요.', '?' or '!', often
glued to the next sentence without a space; decimals ('81.6%') and dates ('2025.12.18') are
not boundaries.

The full stop is matched before the ending behind it is checked: a pattern that opens with a
look-behind is tried at every position, one that opens with '.', '?' or '!' only there.

No sentence is longer than `MAX_SENTENCE_CHARS`: a longer run without a sentence ending (a
table, a list of results, a comment dump) is cut at spaces. Extractors look around each match
within its sentence, so a bounded sentence keeps every one of them linear in the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_BOUNDARY = re.compile(
    r"""(?:\.(?<=[다요죠까음함임됨면습]\.)|[?!])   # a sentence-final ending and its full stop
        [”’"'」』)\]]*                       # closing quotes stay with their sentence
        (?=\s|$|[가-힣A-Za-z“‘"'「『(\[▲△■□●○◆◇▶※-])   # next sentence, possibly glued on
    """,
    re.VERBOSE,
)
# News sentences stay under ~300 characters (the longest in the gold sets is 297).
MAX_SENTENCE_CHARS = 1000
# A sentence of prose names a few dates and amounts (at most four in the gold sets). One with
# more than this is a flattened table or list: its later dates and amounts are not read, so a
# page of thousands of them costs a few hundred per sentence's worth of work, not thousands.
MAX_MENTIONS_PER_SENTENCE = 40


def split_spans(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) spans of the sentences in one paragraph, trimmed of surrounding spaces."""
    start = 0
    for m in _BOUNDARY.finditer(text):
        yield from _bounded(text, start, m.end(), offset)
        start = m.end()
    yield from _bounded(text, start, len(text), offset)


def _bounded(text: str, start: int, end: int, offset: int) -> Iterator[tuple[int, int]]:
    """The span, cut at the last space before every `MAX_SENTENCE_CHARS` characters (or at the limit)."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        yield from _trimmed(text, start, cut, offset)
        start = cut
    yield from _trimmed(text, start, end, offset)


def _trimmed(text: str, start: int, end: int, offset: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield offset + start, offset + end
