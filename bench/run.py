"""Benchmark: load, build, report and reload a generated corpus, measured in one run.

    .venv/bin/python -m bench.run --articles 20000 --seed 1 [--repeat 3] [--json] [--keep DIR]

Steps, each a `warehouse` command in its own process (as a user runs them):
  floor        DuckDB's own read_text() of the same files with an md5 per file, into a table
  load         warehouse load (full)
  build        warehouse build (dbt build: models and tests)
  report       warehouse report
  noop reload  warehouse load again, nothing changed (then warehouse build: noop_rebuild_s)
  noop run     warehouse run (load, build, report), nothing changed: the reports are kept
  1% changed   1% of the files rewritten, then warehouse load + warehouse build (a replay of
               the last dbt build's compiled SQL, as only the data changed); also split
               into incremental_reload_s and incremental_rebuild_s
peak_rss_mb is the largest resident set of any of those processes (each step's own peak, read
from wait4, includes its worker processes). load_cpu_s is the CPU time (user + system) of the
load with its workers, also from wait4: how much work the load did, apart from how well it
overlapped on the cores. The floor runs in a child process too: a forked
child starts with its parent's resident pages, so a parent that had read the whole corpus
would inflate every later step's figure.

With --repeat N the whole sequence runs N times, each on a fresh warehouse and corpus, and
every figure is the median of the N (peak memory: the largest). The machine this runs on is
shared: one run can be a third slower than the next.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import write_corpus
from etl.paths import PROJECT_ROOT

CLI = str(Path(sys.executable).parent / "warehouse")


STEP_RSS_MB: dict[str, float] = {}
STEP_CPU_S: dict[str, float] = {}

FLOOR = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[2])
start = time.perf_counter()
con.execute("create or replace table files as select filename, md5(content) as hash from read_text(?)", [sys.argv[1]])
print(time.perf_counter() - start)
"""


def timed(args: list[str], step: str) -> float:
    """Wall time of one command; its peak resident set and CPU time (with its children's) are noted per step."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        STEP_RSS_MB[step] = round(usage.ru_maxrss / 1024, 1)
        STEP_CPU_S[step] = usage.ru_utime + usage.ru_stime
        if proc.returncode not in (0, 3):
            out.seek(0)
            err.seek(0)
            raise SystemExit(
                f"{' '.join(args)} failed ({proc.returncode}):\n{out.read()[-2000:].decode()}\n{err.read()[-2000:].decode()}"
            )
    return elapsed


def floor_seconds(corpus: Path, scratch: Path) -> float:
    """What DuckDB alone needs to read every file and hash it into a table (timed inside a child process)."""
    proc = subprocess.run(
        [sys.executable, "-c", FLOOR, f"{corpus}/*.txt", str(scratch / "floor.duckdb")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(proc.stdout.strip().splitlines()[-1])


def change_files(corpus: Path, fraction: float, seed: int) -> int:
    files = sorted(corpus.glob("*.txt"))
    chosen = random.Random(seed).sample(files, max(1, int(len(files) * fraction)))
    for path in chosen:
        with path.open("a", encoding="utf-8") as f:
            f.write("\n이 기사는 수정되었습니다. 추가 투자 500억원이 확정됐다.\n")
    return len(chosen)


def run(n: int, seed: int, workdir: Path) -> dict[str, float | int]:
    STEP_RSS_MB.clear()
    STEP_CPU_S.clear()
    corpus, out = workdir / "corpus", workdir / "reports"
    db = workdir / "warehouse.duckdb"
    write_corpus(corpus, n, seed, PROJECT_ROOT / "seeds")
    common = ["--db", str(db)]
    floor = floor_seconds(corpus, workdir)
    load = timed([CLI, "load", *common, "--articles", str(corpus)], "load")
    build = timed([CLI, "build", *common], "build")
    report = timed([CLI, "report", *common, "--reports", str(out)], "report")
    noop = timed([CLI, "load", *common, "--articles", str(corpus)], "noop_reload")
    noop_build = timed([CLI, "build", *common], "noop_rebuild")
    noop_run = timed([CLI, "run", *common, "--articles", str(corpus), "--reports", str(out)], "noop_run")
    change_files(corpus, 0.01, seed)
    reload_1pct = timed([CLI, "load", *common, "--articles", str(corpus)], "reload_1pct")
    rebuild_1pct = timed([CLI, "build", *common], "rebuild_1pct")
    incremental = reload_1pct + rebuild_1pct
    return {
        "articles": n,
        "floor_s": round(floor, 3),
        "load_s": round(load, 3),
        "load_articles_per_s": round(n / load, 1),
        "load_vs_floor": round(load / floor, 2),
        "load_cpu_s": round(STEP_CPU_S["load"], 3),
        "load_cpu_ms_per_article": round(STEP_CPU_S["load"] / n * 1000, 3),
        "build_s": round(build, 3),
        "report_s": round(report, 3),
        "noop_reload_s": round(noop, 3),
        "noop_vs_load": round(noop / load, 3),
        "noop_rebuild_s": round(noop_build, 3),
        "noop_run_s": round(noop_run, 3),
        "noop_run_vs_full_run": round(noop_run / (load + build + report), 3),
        "incremental_1pct_s": round(incremental, 3),
        "incremental_reload_s": round(reload_1pct, 3),
        "incremental_rebuild_s": round(rebuild_1pct, 3),
        "incremental_vs_full_run": round(incremental / (load + build), 3),
        "peak_rss_mb": max(STEP_RSS_MB.values()),
        "peak_rss_mb_by_step": dict(STEP_RSS_MB),
    }


def median_of(runs: list[dict]) -> dict:
    """Each figure's median over the runs, ratios included (each run's own ratio); memory: the largest."""
    out: dict = {"articles": runs[0]["articles"], "repeats": len(runs)}
    for key, value in runs[0].items():
        if key == "peak_rss_mb_by_step":
            out[key] = {step: max(run[key][step] for run in runs) for step in value}
        elif key == "peak_rss_mb":
            out[key] = max(run[key] for run in runs)
        elif key != "articles":
            out[key] = round(statistics.median(run[key] for run in runs), 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1, help="run the sequence N times; report medians")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    args = parser.parse_args()
    runs = []
    for i in range(max(1, args.repeat)):
        workdir = args.keep / f"run-{i + 1}" if args.keep else Path(tempfile.mkdtemp(prefix="warehouse-bench-"))
        try:
            runs.append(run(args.articles, args.seed, workdir))
        finally:
            if not args.keep:
                shutil.rmtree(workdir, ignore_errors=True)
    result = median_of(runs)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:26s} {value}")


if __name__ == "__main__":
    main()
