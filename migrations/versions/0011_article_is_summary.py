"""Articles read from a summary (a feed item without its full text, a search API result).

Their facts come from a sentence or two: a reader of the marts should be able to tell them
from full articles. Existing articles were all read in full.

Revision ID: 0011
Revises: 0008
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "articles",
        sa.Column("is_summary", sa.Boolean, nullable=False, server_default=sa.false()),
        schema="staging",
    )


def downgrade() -> None:
    op.drop_column("articles", "is_summary", schema="staging")
