"""Won as Korean readers say it: the charts, the workbook and the page all print amounts this way."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.won import WON_UNITS, won_short, won_text


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (411_900_000_000, "4,119억 원"),
        (1_400_000_000_000, "1조 4,000억 원"),
        (1_063_700_000_000, "1조 637억 원"),
        (3_600_000_000_000, "3조 6,000억 원"),
        (7_000_000_000_000, "7조 원"),
        (154_620_900_000_000, "154조 6,209억 원"),
        (1_234_567_890, "12억 3,456만 원"),  # below the two largest units the figure is cut, not rounded
        (50_000_000, "5,000만 원"),
        (1_000_050_000_000, "1조 원"),  # 억 is zero: 만 is not shown in its place
        (9_999, "9,999 원"),
        (0, "0 원"),
        (None, ""),
    ],
)
def test_amounts_read_in_jo_eok_and_man(amount: int | None, text: str) -> None:
    assert won_text(amount) == text


@pytest.mark.parametrize(
    ("amount", "label"),
    [(411_900_000_000, "4,119억"), (1_400_000_000_000, "1.4조"), (7_000_000_000_000, "7조"), (50_000_000, "5,000만")],
)
def test_chart_labels_are_short(amount: int, label: str) -> None:
    assert won_short(amount) == label


def _read_back(text: str) -> int:
    sizes = dict(WON_UNITS)
    total = 0
    for number, unit in re.findall(r"([\d,]+)(조|억|만)?", text.removesuffix(" 원")):
        total += int(number.replace(",", "")) * sizes.get(unit, 1)
    return total


@given(st.integers(min_value=0, max_value=10**17))
def test_the_text_never_claims_more_than_the_amount_and_misses_less_than_its_last_unit(amount: int) -> None:
    text = won_text(amount)
    shown = _read_back(text)
    assert shown <= amount
    smallest = min((size for unit, size in WON_UNITS if unit in text), default=1)
    assert amount - shown < smallest
    assert text.endswith(" 원") and text.count("조") <= 1 and text.count("억") <= 1


@given(st.integers(min_value=0, max_value=10**17), st.integers(min_value=0, max_value=10**17))
def test_a_larger_amount_never_reads_smaller(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert _read_back(won_text(low)) <= _read_back(won_text(high))
