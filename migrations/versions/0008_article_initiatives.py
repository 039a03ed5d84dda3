"""Initiatives as each article reports them, and the money and dates linked to them.

Mentions of one project within an article are grouped by the ETL into `article_initiatives`
(name, place, type, whether the article reports it); amounts and dates point at that group
instead of at one mention, and amounts carry whether they are an itemised part or a superseded
figure. dbt resolves the groups across articles (models/intermediate/int_initiative_*).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_initiatives",
        sa.Column("article_id", sa.String(16), nullable=False),
        sa.Column("initiative_index", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("initiative_type", sa.String(32), nullable=False),
        sa.Column("region_code", sa.String(10)),
        sa.Column("province_code", sa.String(10)),
        sa.Column("site", sa.Text),
        sa.Column("name_words", sa.Text, nullable=False),
        sa.Column("mention_count", sa.Integer, nullable=False),
        sa.Column("first_sentence_index", sa.Integer, nullable=False),
        sa.Column("sentence_indexes", sa.Text, nullable=False),
        sa.Column("is_subject", sa.Boolean, nullable=False),
        sa.Column("is_primary", sa.Boolean, nullable=False),
        sa.Column("is_cancelled", sa.Boolean, nullable=False),
        schema="staging",
    )
    op.add_column("initiative_mentions", sa.Column("initiative_index", sa.Integer), schema="staging")
    for table in ("amount_mentions", "date_mentions"):
        op.execute(f"ALTER TABLE staging.{table} RENAME COLUMN initiative_mention_index TO initiative_index")
        # Rows written before this revision linked a mention, not a group: the next load
        # re-extracts them (the parser version changed), so the old links are cleared.
        op.execute(f"UPDATE staging.{table} SET initiative_index = NULL")
    op.add_column(
        "amount_mentions",
        sa.Column("is_itemised", sa.Boolean, nullable=False, server_default="false"),
        schema="staging",
    )
    op.add_column(
        "amount_mentions",
        sa.Column("is_superseded", sa.Boolean, nullable=False, server_default="false"),
        schema="staging",
    )


def downgrade() -> None:
    op.drop_column("amount_mentions", "is_superseded", schema="staging")
    op.drop_column("amount_mentions", "is_itemised", schema="staging")
    for table in ("amount_mentions", "date_mentions"):
        op.execute(f"UPDATE staging.{table} SET initiative_index = NULL")
        op.execute(f"ALTER TABLE staging.{table} RENAME COLUMN initiative_index TO initiative_mention_index")
    op.drop_column("initiative_mentions", "initiative_index", schema="staging")
    op.drop_table("article_initiatives", schema="staging")
