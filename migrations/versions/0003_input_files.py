"""Input files as last loaded: size, modification time and parser version.

A reload skips a file whose size and mtime are unchanged without reading it, which makes a
reload of an unchanged folder nearly free.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "input_files",
        sa.Column("source_path", sa.Text, primary_key=True),
        sa.Column("size_bytes", sa.BigInteger, nullable=False),
        sa.Column("mtime_ns", sa.BigInteger, nullable=False),
        sa.Column("parser_version", sa.String(16), nullable=False),
        sa.Column("article_count", sa.Integer, nullable=False),
        sa.Column("loaded_at", sa.DateTime, nullable=False),
        schema="staging",
    )


def downgrade() -> None:
    op.drop_table("input_files", schema="staging")
