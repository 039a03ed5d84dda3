"""Sentence and mention tables without primary-key indexes.

DuckDB keeps a primary key's ART index in memory and cannot evict it: at 100,000 articles the
indexes of these tables (millions of rows) outgrew the loader's memory limit. The loader
replaces an article's rows as a whole, and dbt tests check that (article_id, mention_index)
stays unique, so the index bought nothing. DuckDB cannot drop a constraint in place, so each
table is rebuilt with the same columns and NOT NULLs, and its rows copied.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

KEYS = {
    "sentences": ("article_id", "sentence_index"),
    "region_mentions": ("article_id", "mention_index"),
    "organisation_mentions": ("article_id", "mention_index"),
    "amount_mentions": ("article_id", "mention_index"),
    "date_mentions": ("article_id", "mention_index"),
    "initiative_mentions": ("article_id", "mention_index"),
}


def _rebuild(table: str, primary_key: tuple[str, ...] | None) -> None:
    """Recreate staging.<table> with the same columns, with or without a primary key, keeping its rows."""
    columns = (
        op.get_bind()
        .execute(
            text(
                "select column_name, data_type, is_nullable from information_schema.columns "
                "where table_schema = 'staging' and table_name = :t order by ordinal_position"
            ),
            {"t": table},
        )
        .fetchall()
    )
    ddl = [f'"{name}" {dtype}{" NOT NULL" if nullable == "NO" else ""}' for name, dtype, nullable in columns]
    if primary_key:
        ddl.append(f"PRIMARY KEY ({', '.join(primary_key)})")
    op.execute(f"CREATE TABLE staging.{table}__rebuilt ({', '.join(ddl)})")
    op.execute(f"INSERT INTO staging.{table}__rebuilt SELECT * FROM staging.{table}")
    op.execute(f"DROP TABLE staging.{table}")
    op.execute(f"ALTER TABLE staging.{table}__rebuilt RENAME TO {table}")


def upgrade() -> None:
    for table in KEYS:
        _rebuild(table, None)


def downgrade() -> None:
    for table, key in KEYS.items():
        _rebuild(table, key)
