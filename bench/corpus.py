"""A deterministic corpus of Korean news pages for the benchmark.

Built from the real articles in seeds/: their body sentences and the page noise around them
(weather widgets, buttons, bylines, lists of other stories) are recombined, and regions,
organisations, amounts and dates are substituted from the gazetteer and random draws, so the
extractors do the work they do on real pages.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from etl.cleaning import clean_page, normalise
from etl.extract.gazetteer import load_gazetteer


@dataclass
class Pools:
    sentences: list[str]
    headlines: list[str]
    noise_blocks: list[list[str]]
    provinces: list[str]
    municipalities: list[str]
    organisations: list[str]


def build_pools(seed_dir: Path) -> Pools:
    sentences, headlines, noise_blocks = [], [], []
    for path in sorted(seed_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        page = clean_page(raw)
        sentences += [s.text for s in page.sentences if s.zone == "body" and len(s.text) > 25]
        headlines += [s.text for s in page.sentences if s.zone == "headline"]
        kept = {s.text for s in page.sentences}
        lines = [ln.strip() for ln in normalise(raw).split("\n") if ln.strip()]
        noise = [ln for ln in lines if not any(k in ln for k in kept)]
        if noise:
            noise_blocks.append(noise)
    gaz = load_gazetteer()
    provinces = [r.name_ko for r in gaz.regions.values() if r.level == "province"]
    municipalities = [r.name_ko.split(" ", 1)[1] for r in gaz.regions.values() if r.level == "municipality"]
    organisations = [o.name_ko for o in gaz.organisations.values() if o.org_type != "media"]
    return Pools(sentences, headlines, noise_blocks, provinces, municipalities, organisations)


_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?\s?[조억만천]")
_YEAR = re.compile(r"(?:19|20)\d{2}(?=\s*년)")
_MONTH = re.compile(r"(?<!\d)\d{1,2}(?=\s*월)")


def _amount(rng: random.Random) -> str:
    jo, eok = rng.randint(0, 9), rng.randint(1, 9999)
    forms = [f"{eok:,}억", f"{eok}억", f"{jo}조 {eok}억" if jo else f"{eok}억", f"약 {eok}억"]
    return rng.choice(forms)


def make_article(pools: Pools, rng: random.Random, index: int) -> str:
    """One page: noise, headline, byline, 6–18 body sentences with substitutions, a sidebar."""
    province, city = rng.choice(pools.provinces), rng.choice(pools.municipalities)
    orgs = rng.sample(pools.organisations, 3)
    year = rng.randint(2019, 2027)

    def substitute(text: str) -> str:
        for name in ("광주광역시", "울산광역시", "경상북도", "경기도"):
            text = text.replace(name, province)
        for short in ("광주시", "울산시", "포항시", "광주", "울산", "포항", "경북", "경기"):
            text = text.replace(short, city if short.endswith("시") else city[:-1] or city)
        for name in (
            "울산과학기술원",
            "한국전자통신연구원",
            "포스텍",
            "한동대",
            "과학기술정보통신부",
            "한국인공지능협회",
        ):
            text = text.replace(name, rng.choice(orgs))
        text = _AMOUNT.sub(lambda m: _amount(rng), text)
        text = _YEAR.sub(lambda m: str(rng.randint(year - 3, year + 5)), text)
        return _MONTH.sub(lambda m: str(rng.randint(1, 12)), text)

    top = rng.choice(pools.noise_blocks)[: rng.randint(0, 8)]
    body = [substitute(s) for s in rng.sample(pools.sentences, rng.randint(6, min(18, len(pools.sentences))))]
    sidebar = rng.choice(pools.noise_blocks)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    lines = [
        *top,
        substitute(rng.choice(pools.headlines)),
        f"등록 {year}-{month:02d}-{day:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        *[" ".join(body[i : i + 3]) for i in range(0, len(body), 3)],
        f"{rng.choice(['홍길동', '김기자', '이현주'])} 기자 reporter{index}@example.com",
        "많이 본 뉴스",
        *sidebar,
    ]
    return "\n".join(lines) + "\n"


def write_corpus(out: Path, n: int, seed: int, seed_dir: Path) -> list[Path]:
    """Write n articles into `out` (deterministic for a given seed); the paths written."""
    pools = build_pools(seed_dir)
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = out / f"article_{i:06d}.txt"
        path.write_text(make_article(pools, rng, i), encoding="utf-8")
        paths.append(path)
    return paths
