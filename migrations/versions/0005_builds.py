"""Successful dbt builds, with fingerprints of the data and of the dbt project they were built from.

`warehouse build` compares both with the last build and skips dbt when neither changed, so
re-running the pipeline on an unchanged folder is nearly free.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
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
        "builds",
        sa.Column("built_at", sa.DateTime, primary_key=True),
        sa.Column("data_fingerprint", sa.String(64), nullable=False),
        sa.Column("project_fingerprint", sa.String(64), nullable=False),
        schema="staging",
    )


def downgrade() -> None:
    op.drop_table("builds", schema="staging")
