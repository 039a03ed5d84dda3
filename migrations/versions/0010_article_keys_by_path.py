"""Articles are keyed by the real path of their file, no longer by its base name.

Two files of one name in different folders had one key: a duplicate-key error, or one silently
replacing the other. Every stored article now gets the key a load would give it
(`etl.model.article_key`): the real path of its file, plus '#n' for the n-th line of a .jsonl
file; its id, derived from the key, changes with it in every staging table. Paths stored
relative to the folder a load was run from are made absolute from the folder this upgrade
runs in (the command line passes absolute paths, so that is rare). The paths recorded in
input_files and skipped_inputs become real paths the same way. Should two stored articles now
have one key (two links to one file), the later loaded is kept.

Downgrading gives back base-name keys (and ids); articles whose base names then collide keep
the later loaded one.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28
"""

from __future__ import annotations

import hashlib
import os

import pyarrow as pa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_MENTION_TABLES = (
    "sentences", "region_mentions", "organisation_mentions", "amount_mentions", "date_mentions", "initiative_mentions",
    "article_initiatives",
)  # fmt: skip


def _article_id(key: str) -> str:  # as etl.extract.article.article_id, frozen here
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _record(key: str, source_format: str) -> str | None:
    _, mark, record = key.rpartition("#")
    return record if source_format == "jsonl" and mark and record.isdigit() else None


def _real(path: str) -> str:
    head, mark, record = path.rpartition("#")
    if mark and record.isdigit() and not os.path.exists(path):  # 'dump.jsonl#7': a line of a file
        return f"{os.path.realpath(head)}#{record}"
    return os.path.realpath(path)


def _rekey(new_key_of) -> None:
    con = op.get_bind().connection.driver_connection  # DuckDB itself: Arrow tables in, updates by join
    rows = con.execute(
        "select article_id, source_key, source_path, source_format from staging.articles order by loaded_at"
    ).fetchall()
    keys: dict[str, tuple[str, str, str]] = {}  # new key -> (old id, new id, new path); later loads win
    for old_id, key, path, source_format in rows:
        new_key, new_path = new_key_of(key, path, source_format)
        keys[new_key] = (old_id, _article_id(new_key), new_path)
    kept = {old_id for old_id, _, _ in keys.values()}
    dropped = [old_id for old_id, *_ in rows if old_id not in kept]
    con.register("key_map", pa.table({
        "old_id": [v[0] for v in keys.values()], "new_id": [v[1] for v in keys.values()],
        "new_key": list(keys), "new_path": [v[2] for v in keys.values()],
    }))  # fmt: skip
    con.register("dropped", pa.table({"article_id": pa.array(dropped, pa.string())}))
    for table in (*_MENTION_TABLES, "articles"):
        con.execute(f"delete from staging.{table} where article_id in (select article_id from dropped)")
    for table in _MENTION_TABLES:
        con.execute(f"update staging.{table} t set article_id = m.new_id from key_map m where t.article_id = m.old_id")
    con.execute(
        "update staging.articles a set article_id = m.new_id, source_key = m.new_key, source_path = m.new_path "
        "from key_map m where a.article_id = m.old_id"
    )
    con.unregister("key_map")
    con.unregister("dropped")


def _repath(table: str, key_columns: tuple[str, ...], order_by: str, new_path_of) -> None:
    """Rewrite `table`'s source_path with `new_path_of`, keeping the last row of any that now collide."""
    con = op.get_bind().connection.driver_connection
    paths = [p for (p,) in con.execute(f"select distinct source_path from staging.{table}").fetchall()]
    con.register("path_map", pa.table({"old_path": paths, "new_path": [new_path_of(p) for p in paths]}))
    con.execute(f"create temp table repathed as select * from staging.{table} limit 0")
    partition = ", ".join(["m.new_path", *(f"t.{c}" for c in key_columns)])
    con.execute(
        f"insert into repathed select t.* replace (m.new_path as source_path) from staging.{table} t "
        f"join path_map m on m.old_path = t.source_path "
        f"qualify row_number() over (partition by {partition} order by t.{order_by} desc) = 1"
    )
    con.execute(f"delete from staging.{table}")
    con.execute(f"insert into staging.{table} select * from repathed")
    con.execute("drop table repathed")
    con.unregister("path_map")


def upgrade() -> None:
    def new_key(key: str, path: str, source_format: str) -> tuple[str, str]:
        real = os.path.realpath(path)
        record = _record(key, source_format)
        return (real if record is None else f"{real}#{record}"), real

    _rekey(new_key)
    _repath("input_files", (), "loaded_at", os.path.realpath)
    _repath("skipped_inputs", ("reason",), "skipped_at", _real)


def downgrade() -> None:
    def old_key(key: str, path: str, source_format: str) -> tuple[str, str]:
        record = _record(key, source_format)
        name = os.path.basename(path)
        return (name if record is None else f"{name}#{record}"), path

    _rekey(old_key)
