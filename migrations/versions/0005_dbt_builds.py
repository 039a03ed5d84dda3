"""dbt builds: which articles each successful build covered, for incremental marts.

`warehouse build` rebuilds the per-article marts only for articles loaded since the last
build recorded here with the same dbt project fingerprint; otherwise it rebuilds everything.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dbt_builds",
        sa.Column("built_at", sa.DateTime, nullable=False),
        sa.Column("project_fingerprint", sa.String(64), nullable=False),
        sa.Column("articles_loaded_until", sa.DateTime),
        sa.Column("full_refresh", sa.Boolean, nullable=False),
        schema="staging",
    )


def downgrade() -> None:
    op.drop_table("dbt_builds", schema="staging")
