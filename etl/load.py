"""Load input files into the staging tables: idempotent, batched, bulk.

The same file loaded twice adds nothing (its content hash and parser version match); a changed
file replaces its earlier version. Rows go in through Arrow tables, one transaction per batch,
so an interrupted load leaves whole batches or nothing. Bad inputs are recorded in
`staging.skipped_inputs` with their reason and never stop the other files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa
from sqlalchemy import BigInteger, Boolean, Date, DateTime, Integer, Numeric, Table
from tqdm import tqdm

from etl import PARSER_VERSION
from etl.extract.article import ExtractedArticle, article_id, extract_article
from etl.extract.gazetteer import load_gazetteer
from etl.model import RawArticle, SkippedInput
from etl.schema import ARTICLE_TABLES, SCHEMA, skipped_inputs
from etl.sources import InputError, discover, read_articles

BATCH_SIZE = 500
NO_ARTICLE_TEXT = "no article text: only page noise (menus, widgets, lists of other stories, bylines)"
_ROW_LISTS = ("sentences", "regions", "organisations", "amounts", "dates", "initiatives")


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


def _existing_versions(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str]]:
    rows = con.execute(f"select source_key, content_hash, parser_version from {SCHEMA}.articles").fetchall()
    return {key: (h, v) for key, h, v in rows}


def load_paths(
    db_path: Path,
    inputs: Iterable[Path],
    progress: bool = True,
    batch_size: int = BATCH_SIZE,
    on_commit: Callable[[int], None] | None = None,
) -> LoadResult:
    """Load every article under `inputs` into the warehouse at `db_path` (already migrated).

    `on_commit` is told the number of articles in each batch once that batch is committed.
    """
    gaz = load_gazetteer()
    files, unsupported = discover(list(inputs))
    result = LoadResult(skipped=list(unsupported))
    now = dt.datetime.now().replace(microsecond=0)
    con = duckdb.connect(str(db_path))
    try:
        existing = _existing_versions(con)
        batch: list[ExtractedArticle] = []
        loaded_files: list[str] = []
        for path in tqdm(files, desc="loading articles", unit="file", disable=not progress or None, leave=False):
            try:
                for item in read_articles(path):
                    if isinstance(item, SkippedInput):
                        result.skipped.append(item)
                        continue
                    before = existing.get(item.source_key)
                    if before == (item.content_hash, PARSER_VERSION):
                        result.unchanged += 1
                        continue
                    extracted = extract_article(item, gaz, now)
                    if not any(sent["zone"] == "body" for sent in extracted.sentences):
                        result.skipped.append(SkippedInput(_input_path(item), item.file_name, NO_ARTICLE_TEXT))
                        continue
                    batch.append(extracted)
                    if before:
                        result.replaced += 1
                    else:
                        result.loaded += 1
                    if len(batch) >= batch_size:
                        _commit(con, batch, on_commit)
                        batch = []
                loaded_files.append(str(path))
            except InputError as exc:
                result.skipped.append(SkippedInput(str(path), path.name, str(exc)))
        _commit(con, batch, on_commit)
        _record_skipped(con, result.skipped, loaded_files, now)
    finally:
        con.close()
    return result


def _commit(
    con: duckdb.DuckDBPyConnection, batch: list[ExtractedArticle], on_commit: Callable[[int], None] | None
) -> None:
    if batch:
        _write_batch(con, batch)
        if on_commit:
            on_commit(len(batch))


def _input_path(item: RawArticle) -> str:
    """Where an article came from: its file, or 'dump.jsonl#7' for one line of a dump."""
    return f"{item.source_path}#{item.source_key.rsplit('#', 1)[1]}" if "#" in item.source_key else item.source_path


def _write_batch(con: duckdb.DuckDBPyConnection, batch: list[ExtractedArticle]) -> None:
    """Replace the batch's articles and all their rows, in one transaction."""
    if not batch:
        return
    rows = {t.name: [] for t in ARTICLE_TABLES}
    for art in batch:
        rows["articles"].append(art.article)
        for attr, table in zip(_ROW_LISTS, ARTICLE_TABLES[1:], strict=True):
            rows[table.name].extend(getattr(art, attr))
    ids = pa.table({"article_id": [a.article["article_id"] for a in batch]})
    con.execute("begin transaction")
    try:
        con.register("batch_ids", ids)
        for table in reversed(ARTICLE_TABLES):
            con.execute(f"delete from {SCHEMA}.{table.name} where article_id in (select article_id from batch_ids)")
        for table in ARTICLE_TABLES:
            if rows[table.name]:
                con.register("batch_rows", _arrow_table(table, rows[table.name]))
                cols = ", ".join(c.name for c in table.columns)
                con.execute(f"insert into {SCHEMA}.{table.name} ({cols}) select {cols} from batch_rows")
                con.unregister("batch_rows")
        con.unregister("batch_ids")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


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
            con.register("skipped_rows", _arrow_table(skipped_inputs, rows))
            con.execute(f"insert into {SCHEMA}.skipped_inputs select * from skipped_rows")
            con.unregister("skipped_rows")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


__all__ = ["LoadResult", "article_id", "load_paths"]
