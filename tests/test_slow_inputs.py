"""No input keeps extraction busy for long.

Real pages hold long lists (election results, stock tables, comment dumps). A megabyte of one
repeated token extracts in seconds, because every extractor is linear in the page; and, as a
last resort, an article that has used the time limit is skipped with its reason, in worker
processes as in the loader's own.

The bounds are on CPU time, as the limit itself is (see etl.timelimit): this machine's two
cores are shared, and in a busy hour one second of work takes five on the clock. The clock is
measured too, and printed beside it.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

import etl.load
from etl import migrate
from etl.load import TOO_SLOW, extract_chunk, load_paths
from etl.sources import read_articles
from etl.timelimit import TimeLimitExceeded, time_limit

CLI = str(Path(sys.executable).parent / "warehouse")
ARTICLE = "광주시 AI 집적단지 조성\n등록 2020-04-28 13:28\n광주시는 올해부터 2024년까지 4116억원을 투입해 인공지능 집적단지를 조성한다고 밝혔다.\n"
# How lists and tables separate their items once saved as text: all on one line, one paragraph.
SEPARATORS = (" ", " ", ", ", " 및 ", " · ", "  ")
MEGABYTE = 1_000_000


def repeated(token: str, size: int = MEGABYTE, separators: tuple[str, ...] = SEPARATORS) -> str:
    """An ordinary article followed by `token` repeated until the text is `size` bytes of UTF-8."""
    rng = random.Random(token)
    parts, length = [ARTICLE], len(ARTICLE.encode())
    while length < size:
        piece = token + rng.choice(separators)
        parts.append(piece)
        length += len(piece.encode())
    return "".join(parts)


def numbered_sentences(size: int = MEGABYTE) -> str:
    """Thousands of sentences that differ only in a number: none is dropped as a repeat."""
    parts, length, i = [ARTICLE], len(ARTICLE.encode()), 0
    while length < size:
        piece = (
            f"광주시는 {i}번째 인공지능 사업에 {i % 97 + 1}억원을 투입한다고 {2000 + i % 30}년 {i % 12 + 1}월 밝혔다. "
        )
        parts.append(piece)
        length += len(piece.encode())
        i += 1
    return "".join(parts)


def numbered(template: str, size: int = MEGABYTE) -> str:
    """An ordinary article followed by `template` with 0, 1, 2 … in it, until `size` bytes."""
    parts, length, i = [ARTICLE], len(ARTICLE.encode()), 0
    while length < size:
        piece = template.format(i) + " "
        parts.append(piece)
        length += len(piece.encode())
        i += 1
    return "".join(parts)


PAGES = {
    "2025년": lambda: repeated("2025년"),
    "지난해": lambda: repeated("지난해"),
    "27일": lambda: repeated("27일"),
    "amounts": lambda: repeated("4116억원"),
    "dollars": lambda: repeated("$1"),
    "place names": lambda: repeated("광주시"),
    "organisations": lambda: repeated("한국전자통신연구원"),
    "companies": lambda: repeated("㈜가나다"),
    "distinct organisations": lambda: numbered("제{}인공지능협회와"),  # each a name others end with
    "quoted names": lambda: repeated("'AI 집적단지'"),
    "naming sentences": lambda: repeated("이름은 'AI 집적단지'로 붙였다.", separators=(" ", "\n")),
    "asides": lambda: repeated("한편 데이터센터를 짓는다.", separators=(" ", "\n")),
    "short years": lambda: repeated("'22년"),
    "photo credits": lambda: repeated("(사진=연합뉴스"),  # never closed
    "copyright notices": lambda: repeated("<저작권자"),
    "glued years": lambda: repeated("2025년", separators=("",)),
    "numbered sentences": numbered_sentences,
}


@pytest.mark.parametrize("kind", list(PAGES))
def test_a_megabyte_of_one_repeated_token_extracts_in_seconds(tmp_path: Path, kind: str) -> None:
    text = PAGES[kind]()
    assert len(text.encode()) >= MEGABYTE
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    [raw] = read_articles(path)
    cpu, clock = time.process_time(), time.monotonic()
    chunk = extract_chunk([raw], dt.datetime(2026, 1, 1))
    cpu, clock = time.process_time() - cpu, time.monotonic() - clock
    print(f"{kind}: {cpu:.1f} s of CPU, {clock:.1f} s on the clock")
    assert chunk.problems == [None]  # extracted whole, not cut off by the time limit
    assert cpu < 10


@pytest.mark.e2e
def test_a_load_of_a_megabyte_page_beside_ordinary_ones_finishes_in_seconds(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "list.txt").write_text(repeated("2025년"), encoding="utf-8")
    (articles / "ordinary.txt").write_text(ARTICLE, encoding="utf-8")
    before, clock = resource.getrusage(resource.RUSAGE_CHILDREN), time.monotonic()
    proc = subprocess.run(
        [CLI, "load", "--db", str(tmp_path / "w.duckdb"), "--articles", str(articles)], capture_output=True, text=True
    )  # the whole command: start-up, migration, reading, extraction on every core, writing
    after, clock = resource.getrusage(resource.RUSAGE_CHILDREN), time.monotonic() - clock
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)  # with its workers
    print(f"{cpu:.1f} s of CPU, {clock:.1f} s on the clock")
    assert proc.returncode == 0, proc.stderr
    assert "2 loaded" in proc.stdout and cpu < 10


def _slow_and_ordinary(folder: Path, ordinary: int) -> None:
    folder.mkdir()
    (folder / "slow.txt").write_text(numbered_sentences(400_000), encoding="utf-8")  # about a second
    for i in range(ordinary):
        (folder / f"a{i:02d}.txt").write_text(ARTICLE.replace("광주시는", f"광주시는 {i}일"), encoding="utf-8")


def _skipped(db: Path) -> dict[str, str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute("select file_name, reason from staging.skipped_inputs").fetchall())
    finally:
        con.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_past_the_time_limit_is_skipped_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setattr(etl.load, "EXTRACTION_TIME_LIMIT_S", 0.2)  # workers are forked: they see it too
    _slow_and_ordinary(tmp_path / "articles", 80)
    db = tmp_path / "w.duckdb"
    migrate.upgrade(db)
    result = load_paths(db, [tmp_path / "articles"], progress=False, workers=workers, batch_size=40)
    assert result.loaded == 80
    assert _skipped(db) == {"slow.txt": TOO_SLOW.format(limit=0.2)}


def test_the_time_limit_holds_when_the_load_runs_in_a_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The scheduler runs each job in a thread, where no alarm can interrupt: extraction then
    # runs in a worker process, whose main thread can.
    monkeypatch.setattr(etl.load, "EXTRACTION_TIME_LIMIT_S", 0.2)
    _slow_and_ordinary(tmp_path / "articles", 3)
    db = tmp_path / "w.duckdb"
    migrate.upgrade(db)
    results = []
    job = threading.Thread(target=lambda: results.append(load_paths(db, [tmp_path / "articles"], progress=False)))
    job.start()
    job.join(timeout=60)
    assert results and results[0].loaded == 3
    assert _skipped(db) == {"slow.txt": TOO_SLOW.format(limit=0.2)}


def test_a_page_too_slow_to_parse_is_skipped_with_its_reason_and_keeps_nothing_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # feedparser's sanitiser rescans an item's HTML from every unclosed '<!--': 40 000 of them
    # took 8 s, 100 000 take about a minute, in the loader's own process.
    monkeypatch.setattr(etl.load, "READING_TIME_LIMIT_S", 0.3)
    articles = tmp_path / "articles"
    articles.mkdir()
    item = "<p>광주시는 투자했다.</p>" + "<!-- " * 100_000
    (articles / "broken.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>뉴스</title>'
        f"<item><title>광주</title><link>https://news.example/1</link><description><![CDATA[{item}]]></description>"
        "</item></channel></rss>",
        encoding="utf-8",
    )
    (articles / "ordinary.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    migrate.upgrade(db)
    cpu = time.process_time()
    result = load_paths(db, [articles], progress=False)
    assert time.process_time() - cpu < 5
    assert result.loaded == 1
    assert _skipped(db) == {"broken.xml": "reading stopped after 0.3 s of CPU time (a malformed file?)"}


def test_the_time_limit_interrupts_a_regex_stuck_in_backtracking() -> None:
    started = time.process_time()
    with pytest.raises(TimeLimitExceeded), time_limit(0.3):
        re.match(r"(a+)+b", "a" * 40)  # exponential: would run for hours
    assert time.process_time() - started < 1
    with time_limit(5):
        assert re.match(r"(a+)+b", "a" * 10 + "b")  # work within the limit is left alone
    time.sleep(0.01)  # and the alarm is off once the block is done
