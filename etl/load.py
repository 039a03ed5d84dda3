"""Load input files into the staging tables: idempotent, batched, bulk.

The same file loaded twice adds nothing (its content hash and parser version match); a changed
file replaces its earlier version. Rows go in through Arrow tables, one transaction per batch,
so an interrupted load leaves whole batches or nothing. Workers hand back Arrow tables, not
Python rows: columns cross the process boundary as buffers, and the writing process only
inserts them. Bad inputs are recorded in
`staging.skipped_inputs` with their reason and never stop the other files.
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
from sqlalchemy import BigInteger, Boolean, Date, DateTime, Integer, Numeric, Table
from tqdm import tqdm

from etl import PARSER_VERSION
from etl.extract.article import article_id, extract_article
from etl.extract.gazetteer import load_gazetteer
from etl.model import RawArticle, SkippedInput
from etl.schema import ARTICLE_TABLES, SCHEMA, input_files, skipped_inputs
from etl.sources import InputError, discover, read_articles

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
    schema = pa.schema([(c.name, _arrow_type(c)) for c in table.columns])
    return pa.Table.from_pylist(rows, schema=schema)


@dataclass
class ExtractedChunk:
    """Some articles, extracted: staging rows as Arrow tables, and why any article has none.

    `problems[i]` is None when the i-th article given was extracted, else the reason it was
    not (no body text, or an extractor error); the tables hold rows only for the others.
    """

    problems: list[str | None]
    tables: dict[str, pa.Table]


def extract_chunk(raws: list[RawArticle], loaded_at: dt.datetime) -> ExtractedChunk:
    """Extract articles and turn their rows into Arrow tables (in a worker, when there are many).

    An article that makes an extractor fail is reported, not raised: the rest of its batch,
    and of the load, still goes in.
    """
    gaz = load_gazetteer()
    rows: dict[str, list[dict]] = {t.name: [] for t in ARTICLE_TABLES}
    problems: list[str | None] = []
    for raw in raws:
        try:
            art = extract_article(raw, gaz, loaded_at)
        except InputError as exc:  # a page that holds no article, found out where it is parsed
            problems.append(str(exc))
            continue
        except Exception as exc:  # a bug meeting an input nobody foresaw: name it, keep going
            problems.append(f"extraction failed: {type(exc).__name__}: {exc}")
            continue
        if not any(sent["zone"] == "body" for sent in art.sentences):
            problems.append(NO_ARTICLE_TEXT)
            continue
        problems.append(None)
        rows["articles"].append(art.article)
        for attr, table in zip(_ROW_LISTS, ARTICLE_TABLES[1:], strict=True):
            rows[table.name].extend(getattr(art, attr))
    return ExtractedChunk(problems, {t.name: _arrow_table(t, rows[t.name]) for t in ARTICLE_TABLES})


def _existing_versions(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str]]:
    rows = con.execute(f"select source_key, content_hash, parser_version from {SCHEMA}.articles").fetchall()
    return {key: (h, v) for key, h, v in rows}


def _known_files(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, int, str, int]]:
    rows = con.execute(
        f"select source_path, size_bytes, mtime_ns, parser_version, article_count from {SCHEMA}.input_files"
    ).fetchall()
    return {path: (size, mtime, version, count) for path, size, mtime, version, count in rows}


class _Extractor:
    """Extraction for a batch of articles: in this process for a few, on every core for many.

    Workers are forked before the warehouse is opened, so they share the loaded gazetteer and
    hold no database state.
    """

    MIN_PARALLEL = 64

    def __init__(self, workers: int, expected: int, loaded_at: dt.datetime) -> None:
        self.loaded_at = loaded_at
        self.pool = None
        if workers > 1 and expected >= self.MIN_PARALLEL:
            self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork"))
            self.workers = workers

    def submit(self, raws: list[RawArticle]) -> Callable[[], list[ExtractedChunk]]:
        """Start extracting `raws` on the workers; the returned call waits for the results, in order.

        The caller reads and writes other batches meanwhile, so the workers never wait for it.
        """
        if self.pool is None or len(raws) < self.MIN_PARALLEL:
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
) -> LoadResult:
    """Load every article under `inputs` into the warehouse at `db_path` (already migrated).

    A file whose size and modification time match its last load is not read again. Articles
    are extracted in batches (on every core when there are many) and each batch is written in
    one transaction together with the files it completes; while the workers extract one batch,
    this process writes the one before and reads the next. `on_commit` is told the number of
    articles in each batch once that batch is committed. `columns` maps article fields to the
    columns of tables no built-in mapping knows (`--columns`).
    """
    load_gazetteer()  # before any fork: workers inherit it
    files, unsupported = discover(list(inputs))
    result = LoadResult(skipped=list(unsupported))
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
        loaded_files: list[str] = []
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
            written, replaced_ids = 0, []
            for (raw, replaces), problem in zip(items, problems, strict=True):
                if problem:
                    result.skipped.append(SkippedInput(_input_path(raw), raw.file_name, problem))
                    continue
                written += 1
                if replaces:
                    replaced_ids.append(article_id(raw.source_key))
                    result.replaced += 1
                else:
                    result.loaded += 1
            _write_batch(con, [chunk.tables for chunk in chunks if None in chunk.problems], files, replaced_ids)
            if on_commit and written:
                on_commit(written)

        for path in tqdm(files, desc="loading articles", unit="file", disable=not progress or None, leave=False):
            try:
                stat = path.stat()
                record = known_files.get(str(path))
                if record and record[:3] == (stat.st_size, stat.st_mtime_ns, PARSER_VERSION):
                    result.unchanged += record[3]  # not even read
                    continue
                articles, skipped_before = 0, len(result.skipped)
                for item in read_articles(path, columns):
                    if isinstance(item, SkippedInput):
                        result.skipped.append(item)
                        continue
                    articles += 1
                    before = known_articles.get(item.source_key)
                    if before == (item.content_hash, PARSER_VERSION):
                        result.unchanged += 1
                        continue
                    pending.append((item, before is not None))
                    if len(pending) >= batch_size:
                        flush()
                loaded_files.append(str(path))
                if len(result.skipped) == skipped_before:  # a file with problems is read again next time
                    finished.append({
                        "source_path": str(path), "size_bytes": stat.st_size, "mtime_ns": stat.st_mtime_ns,
                        "parser_version": PARSER_VERSION, "article_count": articles, "loaded_at": now,
                    })  # fmt: skip
            except InputError as exc:
                result.skipped.append(SkippedInput(str(path), path.name, str(exc)))
            except OSError as exc:
                result.skipped.append(SkippedInput(str(path), path.name, f"cannot read file: {exc.strerror or exc}"))
        flush()
        if in_flight:  # fold the WAL into the file now, while the workers extract the last batch
            con.execute("checkpoint")
        while in_flight:
            write(*in_flight.pop(0))
        _record_skipped(con, result.skipped, loaded_files, now)
    finally:
        con.close()
        extract.close()
    return result


def _input_path(item: RawArticle) -> str:
    """Where an article came from: its file, or 'dump.jsonl#7' for one line of a dump."""
    return f"{item.source_path}#{item.source_key.rsplit('#', 1)[1]}" if "#" in item.source_key else item.source_path


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
            con.register("batch_ids", pa.table({"article_id": replaced_ids}))
            for table in reversed(ARTICLE_TABLES):
                con.execute(f"delete from {SCHEMA}.{table.name} where article_id in (select article_id from batch_ids)")
            con.unregister("batch_ids")
        for table in ARTICLE_TABLES:
            rows = [chunk[table.name] for chunk in chunks if chunk[table.name].num_rows]
            if rows:
                _insert_arrow(con, table, pa.concat_tables(rows))
        if files:
            con.register("done_files", pa.table({"source_path": [f["source_path"] for f in files]}))
            con.execute(f"delete from {SCHEMA}.input_files where source_path in (select source_path from done_files)")
            con.unregister("done_files")
            _insert(con, input_files, files)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def _insert(con: duckdb.DuckDBPyConnection, table: Table, rows: list[dict]) -> None:
    if rows:
        _insert_arrow(con, table, _arrow_table(table, rows))


def _insert_arrow(con: duckdb.DuckDBPyConnection, table: Table, data: pa.Table) -> None:
    con.register("batch_rows", data)
    cols = ", ".join(c.name for c in table.columns)
    con.execute(f"insert into {SCHEMA}.{table.name} ({cols}) select {cols} from batch_rows")
    con.unregister("batch_rows")


def _record_skipped(
    con: duckdb.DuckDBPyConnection, skipped: list[SkippedInput], loaded_files: list[str], now: dt.datetime
) -> None:
    """Keep one row per skipped input and reason; a file that now loads clears its old rows."""
    paths = sorted({s.source_path for s in skipped} | set(loaded_files))
    con.execute("begin transaction")
    try:
        if paths:  # a file's own rows, and those of its .jsonl lines ('dump.jsonl#7')
            con.register("seen_paths", pa.table({"source_path": paths}))
            con.execute(
                f"delete from {SCHEMA}.skipped_inputs s using seen_paths p "
                "where s.source_path = p.source_path or starts_with(s.source_path, p.source_path || '#')"
            )
            con.unregister("seen_paths")
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
