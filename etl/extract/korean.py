"""Pieces of Korean grammar the extractors share."""

from __future__ import annotations

# Particles and copulas that may follow a name without making it a different word:
# '포항시는', '한동대와', '광주에서', '울산이며'.
PARTICLES: tuple[str, ...] = (
    "이", "가", "은", "는", "을", "를", "의", "에", "에서", "에게", "와", "과", "도", "로", "으로", "만", "까지",
    "부터", "에는", "에도", "에서는", "에서도", "으로는", "과의", "와의", "이다", "이며", "이고", "처럼", "서", "측",
)  # fmt: skip
