"""Load input files into the staging tables: idempotent, batched, bulk.

The same file loaded twice adds nothing (its content hash and parser version match); a changed
file replaces its earlier version. Rows go in through Arrow tables, one transaction per batch,
so an interrupted load leaves whole batches or nothing. Workers hand back Arrow tables, not
Python rows: columns cross the process boundary as buffers, and the writing process only
inserts them. Bad inputs are recorded in `staging.skipped_inputs` with their reason and never
stop the other files; nor does an article that an extractor fails on, that runs past the time
limit, or that carries a value no staging column can hold.

A load then reconciles the warehouse with what it was given (see `etl.reconcile`): articles
whose file, or line of a file, is gone are removed, unless the load keeps them
(`keep_missing`, for an archive).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
from sqlalchemy import BigInteger, Boolean, Date, DateTime, Integer, Numeric, Table
from tqdm import tqdm

from etl import PARSER_VERSION
from etl.extract.article import EXTRACTION_TIME_LIMIT_S, TOO_SLOW, ExtractedArticle, article_id, extract_article
from etl.extract.gazetteer import load_gazetteer
from etl.model import RawArticle, SkippedInput
from etl.reconcile import LoadScope
from etl.schema import ARTICLE_TABLES, SCHEMA, input_files, skipped_inputs
from etl.sources import (
    NO_SUCH_INPUT,
    READING_TIME_LIMIT_S,
    TOO_SLOW_TO_READ,
    InputError,
    discover,
    input_root,
    read_articles,
)
from etl.timelimit import TimeLimitExceeded, can_limit_time, each_in_time, time_limit

BATCH_SIZE = 1000  # per batch: one commit and seven inserts; 500 cost the writer a third more CPU
LOADER_MEMORY_LIMIT = "256MB"  # batches are small; DuckDB would otherwise take up to 80% of the machine
# DuckDB checkpoints whenever its WAL passes 16 MB, and each checkpoint rewrites the whole
# article-key indexes: writing 100k articles cost 36 s of CPU that way, 20 s with this.
LOADER_CHECKPOINT_THRESHOLD = "256MB"
NO_ARTICLE_TEXT = "no article text: only page noise (menus, widgets, lists of other stories, bylines)"
_ROW_LISTS = ("sentences", "regions", "organisations", "amounts", "dates", "initiatives", "article_initiatives")


@dataclass
class LoadResult:
    loaded: int = 0  # new articles
    replaced: int = 0  # articles whose file changed since the last load
    unchanged: int = 0
    removed: int = 0  # articles whose file, or line of a file, is gone from the inputs given
    missing_kept: int = 0  # the same, kept because the load was asked to keep them
    skipped: list[SkippedInput] = field(default_factory=list)


def _arrow_type(column) -> pa.DataType:
    t = column.type
    if isinstance(t, BigInteger):
        return pa.int64()
    if isinstance(t, Integer):
        return pa.int32()
    if isinstance(t, Boolean):
        return pa.bool_()
    if isinstance(t, DateTime):
        return pa.timestamp("us")
    if isinstance(t, Date):
        return pa.date32()
    if isinstance(t, Numeric):
        return pa.decimal128(t.precision, t.scale)
    return pa.string()


def _arrow_table(table: Table, rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table of the staging table's types. Raises on a value its column cannot
    hold (a number too large or too precise, text that is not text) or a missing required one."""
    schema = pa.schema([(c.name, _arrow_type(c)) for c in table.columns])
    data = pa.Table.from_pylist(rows, schema=schema)
    for c in table.columns:
        if not c.nullable and data.column(c.name).null_count:
            raise ValueError(f"{table.name}.{c.name} has no value")
    return data


def _article_tables(articles: list[ExtractedArticle]) -> dict[str, pa.Table]:
    rows: dict[str, list[dict]] = {t.name: [] for t in ARTICLE_TABLES}
    for art in articles:
        rows["articles"].append(art.article)
        for attr, table in zip(_ROW_LISTS, ARTICLE_TABLES[1:], strict=True):
            rows[table.name].extend(getattr(art, attr))
    return {t.name: _arrow_table(t, rows[t.name]) for t in ARTICLE_TABLES}


def _problem(what: str, exc: BaseException) -> str:
    return f"{what}: {type(exc).__name__}: {str(exc)[:300]}"


@dataclass
class ExtractedChunk:
    """Some articles, extracted: staging rows as Arrow tables, and why any article has none.

    `problems[i]` is None when the i-th article given was extracted, else the reason it was
    not (no body text, an extractor error, too slow, a value no column can hold); the tables
    hold rows only for the others.
    """

    problems: list[str | None]
    tables: dict[str, pa.Table]


def extract_chunk(raws: list[RawArticle], loaded_at: dt.datetime) -> ExtractedChunk:
    """Extract articles and turn their rows into Arrow tables (in a worker, when there are many).

    An article that makes an extractor fail, runs past `EXTRACTION_TIME_LIMIT_S`, or carries a
    value no staging column can hold is reported, not raised: the rest of its batch, and of the
    load, still goes in. The tables are built for the whole chunk at once; only when that fails
    is each article's built alone, to find the ones at fault.
    """
    gaz = load_gazetteer()
    problems: list[str | None] = []
    extracted: list[tuple[int, ExtractedArticle]] = []
    for raw in raws:
        try:
            with time_limit(EXTRACTION_TIME_LIMIT_S):
                art = extract_article(raw, gaz, loaded_at)
        except TimeLimitExceeded:
            problems.append(TOO_SLOW.format(limit=EXTRACTION_TIME_LIMIT_S))
            continue
        except InputError as exc:  # a page that holds no article, found out where it is parsed
            problems.append(str(exc))
            continue
        except Exception as exc:  # a bug meeting an input nobody foresaw: name it, keep going
            problems.append(_problem("extraction failed", exc))
            continue
        if not any(sent["zone"] == "body" for sent in art.sentences):
            problems.append(NO_ARTICLE_TEXT)
            continue
        extracted.append((len(problems), art))
        problems.append(None)
    try:
        tables = _article_tables([art for _, art in extracted])
    except Exception:
        parts = [_article_tables([])]
        for position, art in extracted:
            try:
                parts.append(_article_tables([art]))
            except Exception as exc:
                problems[position] = _problem("cannot be stored", exc)
        tables = {t.name: pa.concat_tables([part[t.name] for part in parts]) for t in ARTICLE_TABLES}
    return ExtractedChunk(problems, tables)


def _existing_versions(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str, str]]:
    """Each stored article's key: its content hash, parser version and file."""
    rows = con.execute(f"select source_key, content_hash, parser_version, source_path from {SCHEMA}.articles")
    return {key: (h, v, path) for key, h, v, path in rows.fetchall()}


def _known_files(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, int, str, int]]:
    rows = con.execute(
        f"select source_path, size_bytes, mtime_ns, parser_version, article_count from {SCHEMA}.input_files"
    ).fetchall()
    return {path: (size, mtime, version, count) for path, size, mtime, version, count in rows}


class _Extractor:
    """Extraction for a batch of articles: in this process for a few, on every core for many.

    Workers are forked before the warehouse is opened, so they share the loaded gazetteer and
    hold no database state. A load run outside the main thread (the scheduler runs jobs in a
    thread) always extracts in workers: only a main thread can enforce the time limit.
    """

    MIN_PARALLEL = 64

    def __init__(self, workers: int, expected: int, loaded_at: dt.datetime) -> None:
        self.loaded_at = loaded_at
        self.pool = None
        self.always = not can_limit_time()
        if self.always or (workers > 1 and expected >= self.MIN_PARALLEL):
            self.workers = max(1, workers)
            self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=mp.get_context("fork"))

    def submit(self, raws: list[RawArticle]) -> Callable[[], list[ExtractedChunk]]:
        """Start extracting `raws` on the workers; the returned call waits for the results, in order.

        The caller reads and writes other batches meanwhile, so the workers never wait for it.
        """
        if self.pool is None or (len(raws) < self.MIN_PARALLEL and not self.always):
            return lambda: [extract_chunk(raws, self.loaded_at)]
        size = -(-len(raws) // (self.workers * 4))  # a few chunks per worker evens out their loads
        futures = [
            self.pool.submit(extract_chunk, raws[i : i + size], self.loaded_at) for i in range(0, len(raws), size)
        ]
        return lambda: [f.result() for f in futures]

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()


def load_paths(
    db_path: Path,
    inputs: Iterable[Path],
    progress: bool = True,
    batch_size: int = BATCH_SIZE,
    on_commit: Callable[[int], None] | None = None,
    workers: int | None = None,
    columns: dict[str, str] | None = None,
    keep_missing: bool = False,
) -> LoadResult:
    """Load every article under `inputs` into the warehouse at `db_path` (already migrated).

    A file whose size and modification time match its last load is not read again. Articles
    are extracted in batches (on every core when there are many) and each batch is written in
    one transaction together with the files it completes; while the workers extract one batch,
    this process writes the one before and reads the next. `on_commit` is told the number of
    articles in each batch once that batch is committed. `columns` maps article fields to the
    columns of tables no built-in mapping knows (`--columns`). Then the articles gone from
    `inputs` are removed, in one transaction, unless `keep_missing`.
    """
    inputs = list(inputs)
    load_gazetteer()  # before any fork: workers inherit it
    files, unsupported = discover(inputs)
    result = LoadResult(skipped=list(unsupported))
    scope = LoadScope([input_root(p) for p in inputs], {str(p) for p in files})
    scope.unreadable.update(s.source_path for s in unsupported if s.reason != NO_SUCH_INPUT)
    now = dt.datetime.now().replace(microsecond=0)
    extract = _Extractor(workers or os.cpu_count() or 1, len(files), now)
    con = duckdb.connect(
        str(db_path), config={"memory_limit": LOADER_MEMORY_LIMIT, "checkpoint_threshold": LOADER_CHECKPOINT_THRESHOLD}
    )
    try:
        known_articles = _existing_versions(con)
        known_files = _known_files(con)
        pending: list[tuple[RawArticle, bool]] = []  # articles to extract, and whether they replace a version
        finished: list[dict] = []  # input_files rows completed by the pending articles
        read_files: list[str] = []
        keys_this_load: set[str] = set()
        in_flight: list[tuple[list[tuple[RawArticle, bool]], list[dict], Callable[[], list[ExtractedChunk]]]] = []

        def flush() -> None:
            """Send the pending batch to the workers, then write the batch sent before it."""
            if pending or finished:
                in_flight.append((list(pending), list(finished), extract.submit([r for r, _ in pending])))
                pending.clear()
                finished.clear()
            if len(in_flight) > 1:
                write(*in_flight.pop(0))

        def write(
            items: list[tuple[RawArticle, bool]], files: list[dict], results: Callable[[], list[ExtractedChunk]]
        ) -> None:
            chunks = results()
            problems = [problem for chunk in chunks for problem in chunk.problems]
            ready = [(raw, replaces) for (raw, replaces), problem in zip(items, problems, strict=True) if not problem]
            for (raw, _), problem in zip(items, problems, strict=True):
                if problem:
                    result.skipped.append(SkippedInput(raw.source_key, raw.file_name, problem))
            tables = [chunk.tables for chunk in chunks if None in chunk.problems]
            written = _write_articles(con, ready, tables, files, result.skipped)
            result.replaced += sum(replaces for _, replaces in written)
            result.loaded += sum(not replaces for _, replaces in written)
            if on_commit and written:
                on_commit(len(written))

        for path in tqdm(files, desc="loading articles", unit="file", disable=not progress or None, leave=False):
            try:
                stat = path.stat()
                record = known_files.get(str(path))
                if record and record[:3] == (stat.st_size, stat.st_mtime_ns, PARSER_VERSION):
                    result.unchanged += record[3]  # not even read
                    continue
                read_files.append(str(path))
                articles, skipped_before, keys = 0, len(result.skipped), set()
                for item in each_in_time(read_articles(path, columns), READING_TIME_LIMIT_S):
                    if isinstance(item, SkippedInput):
                        result.skipped.append(item)
                        keys.add(item.source_path)  # a line that is there, though unreadable now
                        continue
                    keys.add(item.source_key)
                    if item.source_key in keys_this_load:  # a reader's mistake, never two rows for one key
                        result.skipped.append(SkippedInput(item.source_key, item.file_name, "article key read twice"))
                        continue
                    keys_this_load.add(item.source_key)
                    articles += 1
                    before = known_articles.get(item.source_key)
                    if before is not None and before[:2] == (item.content_hash, PARSER_VERSION):
                        result.unchanged += 1
                        continue
                    pending.append((item, before is not None))
                    if len(pending) >= batch_size:
                        flush()
                scope.keys_read[str(path)] = keys
                if len(result.skipped) == skipped_before:  # a file with problems is read again next time
                    finished.append({
                        "source_path": str(path), "size_bytes": stat.st_size, "mtime_ns": stat.st_mtime_ns,
                        "parser_version": PARSER_VERSION, "article_count": articles, "loaded_at": now,
                    })  # fmt: skip
            except (InputError, TimeLimitExceeded) as exc:
                slow = isinstance(exc, TimeLimitExceeded)
                reason = TOO_SLOW_TO_READ.format(limit=READING_TIME_LIMIT_S) if slow else str(exc)
                result.skipped.append(SkippedInput(str(path), path.name, reason))
                scope.unreadable.add(str(path))
            except OSError as exc:
                result.skipped.append(SkippedInput(str(path), path.name, f"cannot read file: {exc.strerror or exc}"))
                scope.unreadable.add(str(path))
        flush()
        if in_flight:  # fold the WAL into the file now, while the workers extract the last batch
            con.execute("checkpoint")
        while in_flight:
            write(*in_flight.pop(0))
        gone = [article_id(key) for key, (_, _, path) in known_articles.items() if scope.is_gone(key, path)]
        if keep_missing:
            result.missing_kept = len(gone)
        else:
            result.removed = len(gone)
        _finish(con, scope, result.skipped, read_files, known_files, [] if keep_missing else gone, keep_missing, now)
    finally:
        con.close()
        extract.close()
    return result


def _write_articles(
    con: duckdb.DuckDBPyConnection,
    ready: list[tuple[RawArticle, bool]],
    tables: list[dict[str, pa.Table]],
    files: list[dict],
    skipped: list[SkippedInput],
) -> list[tuple[RawArticle, bool]]:
    """Write a batch in one transaction; the articles written, and whether each replaced one.

    Should the database refuse the batch (a row it cannot take that the Arrow tables let
    through), each article is written alone and those it refuses are skipped with its reason;
    their files are not recorded as loaded, so they are read again next time. When it refuses
    every article, the fault is not in the articles: the error is raised.
    """
    replaced_ids = [article_id(raw.source_key) for raw, replaces in ready if replaces]
    try:
        _write_batch(con, tables, files, replaced_ids)
        return ready
    except duckdb.Error as batch_error:
        if not ready:
            raise
        written, refused = [], set()
        for raw, replaces in ready:
            aid = article_id(raw.source_key)
            own = [{name: t.filter(pc.equal(t["article_id"], aid)) for name, t in chunk.items()} for chunk in tables]
            try:
                _write_batch(con, own, [], [aid] if replaces else [])
                written.append((raw, replaces))
            except duckdb.Error as exc:
                skipped.append(SkippedInput(raw.source_key, raw.file_name, _problem("cannot be written", exc)))
                refused.add(raw.source_path)
        if not written:
            raise batch_error
        _write_batch(con, [], [f for f in files if f["source_path"] not in refused], [])
        return written


def _write_batch(
    con: duckdb.DuckDBPyConnection, chunks: list[dict[str, pa.Table]], files: list[dict], replaced_ids: list[str]
) -> None:
    """Write the batch's articles with all their rows, and record the files it completes, in one transaction.

    Only articles that were loaded before have old rows to delete; skipping the delete for new
    ones spares a scan of every staging table per batch.
    """
    if not chunks and not files:
        return
    con.execute("begin transaction")
    try:
        if replaced_ids:
            _delete_articles(con, replaced_ids)
        for table in ARTICLE_TABLES:
            rows = [chunk[table.name] for chunk in chunks if chunk[table.name].num_rows]
            if rows:
                _insert_arrow(con, table, pa.concat_tables(rows))
        if files:
            _delete_where_in(con, "input_files", "source_path", [f["source_path"] for f in files])
            _insert(con, input_files, files)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def _delete_articles(con: duckdb.DuckDBPyConnection, ids: list[str]) -> None:
    for table in reversed(ARTICLE_TABLES):
        _delete_where_in(con, table.name, "article_id", ids)


def _delete_where_in(con: duckdb.DuckDBPyConnection, table: str, column: str, values: list[str]) -> None:
    con.register("doomed", pa.table({column: values}))
    con.execute(f"delete from {SCHEMA}.{table} where {column} in (select {column} from doomed)")
    con.unregister("doomed")


def _insert(con: duckdb.DuckDBPyConnection, table: Table, rows: list[dict]) -> None:
    if rows:
        _insert_arrow(con, table, _arrow_table(table, rows))


def _insert_arrow(con: duckdb.DuckDBPyConnection, table: Table, data: pa.Table) -> None:
    con.register("batch_rows", data)
    cols = ", ".join(c.name for c in table.columns)
    con.execute(f"insert into {SCHEMA}.{table.name} ({cols}) select {cols} from batch_rows")
    con.unregister("batch_rows")


def _finish(
    con: duckdb.DuckDBPyConnection,
    scope: LoadScope,
    skipped: list[SkippedInput],
    read_files: list[str],
    known_files: dict[str, tuple[int, int, str, int]],
    gone: list[str],
    keep_missing: bool,
    now: dt.datetime,
) -> None:
    """In one transaction: remove the articles `gone` (their ids) and the records of files gone
    from the scope; keep one skip record per input and reason, as this load found them.

    A skip record stays only while its input is still skipped: a file read this time, or one
    gone from the scope, loses its old records (a record of a file not read this time, because
    it is unchanged, stays: it still describes that file).
    """
    reported = {s.source_path for s in skipped}
    read = set(read_files)
    recorded = [p for (p,) in con.execute(f"select distinct source_path from {SCHEMA}.skipped_inputs").fetchall()]
    stale_skips = [
        p for p in recorded
        if p in reported or scope.file_of(p) in read or (not keep_missing and scope.file_gone(scope.file_of(p)))
    ]  # fmt: skip
    stale_files = [] if keep_missing else [p for p in known_files if scope.file_gone(p)]
    con.execute("begin transaction")
    try:
        if gone:
            _delete_articles(con, gone)
        if stale_files:
            _delete_where_in(con, "input_files", "source_path", stale_files)
        if stale_skips:
            _delete_where_in(con, "skipped_inputs", "source_path", stale_skips)
        unique = {(s.source_path, s.reason): s for s in skipped}
        if unique:
            rows = [
                {"source_path": s.source_path, "file_name": s.file_name, "reason": s.reason, "skipped_at": now}
                for s in unique.values()
            ]
            _insert(con, skipped_inputs, rows)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
