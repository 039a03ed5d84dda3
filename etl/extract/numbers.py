"""Korean numerals as news writes them: '4,116', '1조 2000억', '5조5천억', '5천5백억', '31억 2500만', '1.2조'.

No library parses these correctly (korean-number and others were tried), hence this module.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

BIG_UNITS = {"조": 10**12, "억": 10**8, "만": 10**4}
SMALL_UNITS = {"천": 1000, "백": 100, "십": 10}

# A big unit never follows another with no digits between, whatever space or '여' stands between
# them: in '총 500억 조성 목표' and '500억여 조성' the '조' begins a word.
_NOT_AFTER_BIG_UNIT = "".join(rf"(?<![조억만]{gap})" for gap in ("", r"\s", "여", r"\s여", r"여\s", r"\s여\s"))
# Digits after a unit are its lower part only when a unit or a currency follows them ('1조 2,000억',
# '2억 5000원'), not a number of the next word ('1조1240억 1단계 착공'), even one with a unit that counts
# something else ('5000억 1만 일자리', '1조5000억 3천명 고용').
# a counter word ending there, or before its particle ('10곳에'), not a word it begins ('건립', '석유화학', '개발')
_COUNTED_THINGS = r"(?:명|개|곳|건|일자리|가구|세대|석|채|톤)(?:[이가을를의에은는도과와만씩])?(?![가-힣])"
_UNIT_OR_CURRENCY_NEXT = r"(?=\s?(?:[천백십조억만]+(?!\s?(?:" + _COUNTED_THINGS + r"))|원|달러|유로|엔|위안|파운드))"
# One run of digits/units, e.g. '1조 2,000억', '5천5백억', '4000여 억', '1.2조'.
NUMBER_PATTERN = (
    r"\d[\d,]*(?:\.\d+)?"
    r"(?:\s?여)?"
    r"(?:\s?(?:[천백십]|" + _NOT_AFTER_BIG_UNIT + r"[조억만])"
    r"(?:\s?여)?(?:\s?\d[\d,]*(?:\.\d+)?(?:\s?여)?" + _UNIT_OR_CURRENCY_NEXT + r")?)*"
)
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[조억만천백십]|여")


def parse_korean_number(text: str) -> tuple[Decimal, bool] | None:
    """The value of a Korean numeral and whether it was marked approximate ('여').

    >>> parse_korean_number("1조 2000억")
    (Decimal('1200000000000'), False)
    """
    tokens = _TOKEN.findall(text.replace(" ", ""))
    if not tokens or not tokens[0][0].isdigit():
        return None
    total = Decimal(0)
    group = Decimal(0)  # value below the current big unit, e.g. '5천5백' before '억'
    pending: Decimal | None = None  # a digit run not yet multiplied by a unit
    approximate = False
    last_big: int | None = None
    for tok in tokens:
        if tok == "여":
            approximate = True
        elif tok[0].isdigit():
            if pending is not None:
                return None  # two numbers in a row: not one numeral
            try:
                pending = Decimal(tok.replace(",", ""))
            except InvalidOperation:
                return None
        elif tok in SMALL_UNITS:
            group += (pending if pending is not None else Decimal(1)) * SMALL_UNITS[tok]
            pending = None
        else:  # a big unit closes a group; big units only descend ('1조 2000억', not '500억 조')
            if last_big is not None and BIG_UNITS[tok] >= last_big:
                return None
            last_big = BIG_UNITS[tok]
            value = group + (pending or Decimal(0))
            if value == 0:
                value = Decimal(1)
            total += value * BIG_UNITS[tok]
            group, pending = Decimal(0), None
    total += group + (pending or Decimal(0))
    return total, approximate
