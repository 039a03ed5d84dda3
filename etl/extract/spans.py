"""Character spans of a sentence already taken by earlier matches.

Extractors keep the first of two overlapping matches. Comparing each new match with every
span taken before grew with the square of the matches in a sentence (a list of 10,000 company
names); a mark per character costs each check the length of the new span instead.
"""

from __future__ import annotations

from collections.abc import Iterable

_TAKEN = 1
_FEW = 8  # up to this many spans, a list compared one by one is cheaper than the marks


class TakenSpans:
    """The spans taken in a text of `length` characters (spans are never empty)."""

    def __init__(self, length: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._length = length
        self._spans: list[tuple[int, int]] = []
        self._marks: bytearray | None = None
        for start, end in spans:
            self.take(start, end)

    def take(self, start: int, end: int) -> None:
        if self._marks is None:
            self._spans.append((start, end))
            if len(self._spans) <= _FEW:
                return
            self._marks = bytearray(self._length + 1)
            for s, e in self._spans:
                self._marks[s:e] = b"\x01" * (e - s)
            return
        self._marks[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a taken span (or, empty, stands inside one)."""
        if self._marks is None:
            return any(s <= start < e or start <= s < end for s, e in self._spans)
        return self._marks.find(_TAKEN, start, max(end, start + 1)) != -1

    def covers(self, position: int) -> bool:
        if self._marks is None:
            return any(s <= position < e for s, e in self._spans)
        return self._marks[position] == _TAKEN
