"""Funding period: the years an amount covers when its sentence states them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("amount_mentions", sa.Column("period_start_year", sa.Integer), schema="staging")
    op.add_column("amount_mentions", sa.Column("period_end_year", sa.Integer), schema="staging")


def downgrade() -> None:
    op.drop_column("amount_mentions", "period_end_year", schema="staging")
    op.drop_column("amount_mentions", "period_start_year", schema="staging")
