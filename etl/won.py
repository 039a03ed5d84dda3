"""Amounts of won as Korean readers say them: '1조 4,000억 원' rather than '1,400,000,000,000'.

Shared by the charts, the workbook and the briefing page, so one figure reads the same in all three.
"""

from __future__ import annotations

# Korean counts in myriads: each unit is 10,000 times the next (조 = 10^12, 억 = 10^8, 만 = 10^4).
WON_UNITS: tuple[tuple[str, int], ...] = (("조", 10**12), ("억", 10**8), ("만", 10**4))
SHOWN_UNITS = 2  # '1조 637억 원': the two largest units carry the figure; the exact value stays in the number


def won_text(amount: int | float | None) -> str:
    """'4,119억 원', '1조 4,000억 원', '12억 3,456만 원', '5,000 원'; '' for no amount.

    Only the two largest non-zero units are shown, so a figure is cut (never rounded up) below
    them: the text never claims more money than the number.
    """
    if amount is None:
        return ""
    value = int(amount)
    sign, value = ("-", -value) if value < 0 else ("", value)
    parts: list[str] = []
    for unit, size in WON_UNITS:
        count, value = divmod(value, size)
        if count and len(parts) < SHOWN_UNITS:
            parts.append(f"{count:,}{unit}")
        elif parts:
            parts.append("")  # a unit skipped between two shown ones still uses up a place
    parts = [p for p in parts[:SHOWN_UNITS] if p]
    if not parts:
        return f"{sign}{value:,} 원"
    return sign + " ".join(parts) + " 원"


def won_short(amount: int | float | None) -> str:
    """A compact label for charts: '4,119억', '1.4조', '5,000만'."""
    if amount is None:
        return ""
    value = int(amount)
    if abs(value) >= 10**12:
        return f"{value / 10**12:,.1f}조".replace(".0조", "조")
    if abs(value) >= 10**8:
        return f"{value // 10**8:,}억"
    if abs(value) >= 10**4:
        return f"{value // 10**4:,}만"
    return f"{value:,}"
