"""The warehouse's closed vocabularies, declared once.

The extractors write these values, dbt tests accept exactly these (`accepted_values` in the
model yml files), and the reports explain them; `tests/test_contracts.py` holds the yml lists
to the tuples here, so a new value is added in one place and a test names every other.
"""

from __future__ import annotations

from etl.extract.initiative_rules import INITIATIVE_TYPES

# What an amount of money is. Only `total` is an investment; `annual` and `component` are parts
# of one (and stand in for it when an article never gives the whole); the rest are never added.
AMOUNT_ROLES: dict[str, str] = {
    "total": "a whole project's or investment's cost ('총 4116억원을 투입해')",
    "annual": "one year's budget ('내년 예산 39억원')",
    "component": "a part of a larger total: a phase, a share of funding, an item ('국비 229억원', '1단계')",
    "share": "one party's part of a joint total ('이 중 SK텔레콤이 2조원')",
    "forecast": "a speculative or projected figure ('최대 50조원에 이를 가능성', '…까지 늘어날 것으로')",
    "cumulative": "a sum over several projects or parties ('누적 투자유치', '3개사와 1조5200억원 규모 투자협약')",
    "national": "a national programme's or a company's nationwide budget, or a national fund's size",
    "market": "the size of a market ('시장 규모가 10조원')",
    "effect": "an expected economic effect ('생산유발 9831억원')",
    "other": "money that is none of these (a donation, revenue, a price), or another matter's cost in passing",
}
# Roles that are facts about a project's funding (what fct_funding's consumers add up by role).
FUNDING_ROLES: tuple[str, ...] = ("total", "annual", "component")
# Roles an investment can be read from, in order of preference when an initiative has no total.
INVESTMENT_ROLES: tuple[str, ...] = ("total", "annual", "component")

__all__ = ["AMOUNT_ROLES", "FUNDING_ROLES", "INITIATIVE_TYPES", "INVESTMENT_ROLES"]
