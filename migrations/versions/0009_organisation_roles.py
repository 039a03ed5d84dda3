"""Organisation roles: what each organisation mention's sentence says it does in the initiative.

The role names are declared once, in the dbt seed `ref_institution_roles` (lead, investor,
builder, research, government, partner, participant); rows loaded before this revision have
none until their articles are extracted again.

Revision ID: 0009
Revises: 0011
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("organisation_mentions", sa.Column("role", sa.String(16)), schema="staging")


def downgrade() -> None:
    op.drop_column("organisation_mentions", "role", schema="staging")
