"""Reference data for extraction, read from the dbt seeds so there is one source of truth."""

from __future__ import annotations

import bisect
import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from etl.extract.korean import first_letter_guard, trie_pattern
from etl.paths import REFERENCE_DIR


@dataclass(frozen=True)
class Region:
    code: str
    name_ko: str
    level: str  # 'province' or 'municipality'
    province_code: str


@dataclass(frozen=True)
class RegionAlias:
    alias: str
    region_code: str
    kind: str  # 'short', 'name', 'former', 'english', 'place'
    needs_context: bool


@dataclass(frozen=True)
class Organisation:
    code: str
    name_ko: str
    name_en: str
    org_type: str


# A national institute's full name, whose short form is its field and '연' ('한국전기연구원' → '전기연').
_INSTITUTE_SHORT = re.compile(r"한국([가-힣]{2,5})연구원")


@dataclass(eq=False)
class Gazetteer:
    """Reference data and the matchers built from it once (not per sentence)."""

    regions: dict[str, Region]
    region_aliases: dict[str, list[RegionAlias]]  # surface form → candidates
    organisations: dict[str, Organisation]
    org_aliases: dict[str, str] = field(default_factory=dict)  # surface form → org code
    region_pattern: re.Pattern[str] = field(init=False)  # a place name that starts a word
    province_names: dict[str, tuple[str, ...]] = field(init=False)  # province code → every alias naming it
    site_names: frozenset[str] = field(init=False)  # aliases that only ever name a site ('수성알파시티'), no region
    shared_district_names: frozenset[str] = field(init=False)  # '중구', '서구', '강서구': districts of several cities
    org_korean_pattern: re.Pattern[str] = field(init=False)
    org_latin_pattern: re.Pattern[str] = field(init=False)
    _org_names_sorted: list[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        for alias, code in list(self.org_aliases.items()):  # '전기연' for 한국전기연구원, as the news writes it
            short = _INSTITUTE_SHORT.fullmatch(alias)
            if short:
                self.org_aliases.setdefault(short.group(1) + "연", code)
        self._org_names_sorted = sorted(self.org_aliases)
        # '대전환' is not 대전 and '부산' inside '동부산업' is nothing: a name must start its word.
        # Looking behind only where a name's first letter stands keeps the scan fast.
        self.region_pattern = re.compile(
            first_letter_guard(self.region_aliases) + "(?<![가-힣A-Za-z0-9])" + trie_pattern(self.region_aliases)
        )
        names: dict[str, list[str]] = {}
        for alias, cands in self.region_aliases.items():
            for c in cands:
                if self.regions[c.region_code].level == "province":
                    names.setdefault(c.region_code, []).append(alias)
        self.province_names = {code: tuple(v) for code, v in names.items()}
        self.site_names = frozenset(
            alias for alias, cands in self.region_aliases.items() if {c.kind for c in cands} == {"place"}
        )
        districts = Counter(r.name_ko.rsplit(" ", 1)[-1] for r in self.regions.values() if r.level == "municipality")
        self.shared_district_names = frozenset(n for n, c in districts.items() if c > 1 and n.endswith("구"))
        korean = [a for a in self.org_aliases if re.search(r"[가-힣]", a)]
        latin = [a for a in self.org_aliases if not re.search(r"[가-힣]", a)]
        self.org_korean_pattern = re.compile(first_letter_guard(korean) + "(?<![가-힣])" + trie_pattern(korean))
        self.org_latin_pattern = re.compile(
            first_letter_guard(latin) + "(?<![A-Za-z0-9])" + trie_pattern(latin) + "(?![A-Za-z0-9])"
        )

    def org_starting(self, text: str) -> str | None:
        """The one organisation whose name begins with `text` (at least four letters): '한화에어로' is
        한화에어로스페이스 written short."""
        if len(text) < 4:
            return None
        i = bisect.bisect_left(self._org_names_sorted, text)
        codes = set()
        while i < len(self._org_names_sorted) and self._org_names_sorted[i].startswith(text):
            codes.add(self.org_aliases[self._org_names_sorted[i]])
            i += 1
        return codes.pop() if len(codes) == 1 else None

    def short_province_name(self, province_code: str) -> str:
        """The province as news writes it in a name ('전남', '제주', '서울'): its shortest short form."""
        shorts = [
            alias for alias in self.province_names.get(province_code, ())
            if any(c.kind == "short" and c.region_code == province_code for c in self.region_aliases[alias])
        ]  # fmt: skip
        return min(shorts, key=lambda a: (len(a), a)) if shorts else self.regions[province_code].name_ko


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=4)
def load_gazetteer(reference_dir: Path = REFERENCE_DIR) -> Gazetteer:
    regions = {
        r["region_code"]: Region(r["region_code"], r["name_ko"], r["level"], r["province_code"])
        for r in _rows(reference_dir / "ref_regions.csv")
    }
    aliases: dict[str, list[RegionAlias]] = {}
    for region in regions.values():
        canonical = region.name_ko if region.level == "province" else None
        if canonical:
            aliases.setdefault(canonical, []).append(RegionAlias(canonical, region.code, "name", False))
        else:
            aliases.setdefault(region.name_ko, []).append(RegionAlias(region.name_ko, region.code, "name", False))
    for r in _rows(reference_dir / "ref_region_aliases.csv"):
        alias = RegionAlias(r["alias"], r["region_code"], r["alias_kind"], r["needs_context"] == "true")
        aliases.setdefault(alias.alias, []).append(alias)
    orgs = {
        r["org_code"]: Organisation(r["org_code"], r["name_ko"], r["name_en"], r["org_type"])
        for r in _rows(reference_dir / "ref_organisations.csv")
    }
    org_aliases = {o.name_ko: o.code for o in orgs.values()}
    for r in _rows(reference_dir / "ref_organisation_aliases.csv"):
        org_aliases.setdefault(r["alias"], r["org_code"])
    return Gazetteer(regions, aliases, orgs, org_aliases)


@lru_cache(maxsize=4)
def load_role_ranks(reference_dir: Path = REFERENCE_DIR) -> dict[str, int]:
    """The roles an organisation can take in an initiative, strongest first (rank 1), from the
    seed that declares them for the ETL and dbt alike."""
    path = reference_dir / "ref_institution_roles.csv"
    ranks = {}
    for n, r in enumerate(_rows(path), start=2):
        if not r.get("role") or not (r.get("role_rank") or "").isdigit():
            raise ValueError(f"{path}: row {n}: a role needs a name and a whole-number rank")
        ranks[r["role"]] = int(r["role_rank"])
    return ranks
