"""Run the Alembic migrations against a warehouse file.

Every `warehouse` command first brings the staging schema to the latest migration. When the
file already records that revision, the check is one query: importing and running Alembic
costs most of a second, as much as a whole reload of 20,000 unchanged files.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from etl.paths import MIGRATIONS_DIR, PROJECT_ROOT

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "staging.alembic_version"  # migrations/env.py: version_table_schema="staging"
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


def alembic_config(db_path: Path) -> Config:
    from alembic.config import Config

    cfg = Config(str(PROJECT_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # The path goes to env.py as an object: in a URL string, '?', '#' or '%' in a file name would
    # be read as a query, a fragment or (by ConfigParser) an interpolation.
    cfg.attributes["db_path"] = db_path
    return cfg


@cache
def head_revision() -> str:
    """The newest migration: the one no other names as its `down_revision` (history is linear)."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        fields = dict(_REVISION.findall(script.read_text(encoding="utf-8")))
        revisions.add(fields["revision"])
        parents.add(fields.get("down_revision") or None)
    [head] = revisions - parents
    return head


def current_revision(db_path: Path) -> str | None:
    """The revision the file records, or None (no file, no schema yet, or it cannot be read now)."""
    if not db_path.exists():
        return None
    try:
        con = duckdb.connect(str(db_path), read_only=True)
    except duckdb.Error:
        return None
    try:
        row = con.execute(f"select version_num from {VERSION_TABLE}").fetchone()
    except duckdb.Error:
        return None
    finally:
        con.close()
    return row[0] if row else None


def upgrade(db_path: Path, revision: str = "head") -> None:
    if revision == "head" and current_revision(db_path) == head_revision():
        return
    from alembic import command

    db_path.parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(db_path), revision)


def downgrade(db_path: Path, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(db_path), revision)
