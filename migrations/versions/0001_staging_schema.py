"""Staging schema: articles, their sentences, and the mentions extracted from them.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

S = "staging"


def _mention() -> list[sa.Column]:
    return [
        sa.Column("article_id", sa.String(16), nullable=False),
        sa.Column("mention_index", sa.Integer, nullable=False),
        sa.Column("sentence_index", sa.Integer, nullable=False),
        sa.Column("start_offset", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
    ]


def upgrade() -> None:
    op.execute("CREATE SCHEMA IF NOT EXISTS staging")
    op.create_table(
        "articles",
        sa.Column("article_id", sa.String(16), primary_key=True),
        sa.Column("source_key", sa.Text, nullable=False, unique=True),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("source_path", sa.Text, nullable=False),
        sa.Column("source_format", sa.String(8), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("publisher", sa.Text),
        sa.Column("published_date", sa.Date),
        sa.Column("published_date_source", sa.String(16)),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("sentence_count", sa.Integer, nullable=False),
        sa.Column("loaded_at", sa.DateTime, nullable=False),
        sa.Column("parser_version", sa.String(16), nullable=False),
        schema=S,
    )
    op.create_table(
        "sentences",
        sa.Column("article_id", sa.String(16), nullable=False),
        sa.Column("sentence_index", sa.Integer, nullable=False),
        sa.Column("start_offset", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
        sa.Column("zone", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("article_id", "sentence_index"),
        schema=S,
    )
    op.create_table(
        "region_mentions",
        *_mention(),
        sa.Column("surface", sa.Text, nullable=False),
        sa.Column("region_code", sa.String(10), nullable=False),
        sa.Column("province_code", sa.String(10), nullable=False),
        sa.Column("is_subject_province", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("article_id", "mention_index"),
        schema=S,
    )
    op.create_table(
        "organisation_mentions",
        *_mention(),
        sa.Column("surface", sa.Text, nullable=False),
        sa.Column("org_code", sa.String(16)),
        sa.Column("org_name", sa.Text, nullable=False),
        sa.Column("org_type", sa.String(32), nullable=False),
        sa.Column("found_by", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("article_id", "mention_index"),
        schema=S,
    )
    op.create_table(
        "amount_mentions",
        *_mention(),
        sa.Column("surface", sa.Text, nullable=False),
        sa.Column("amount", sa.Numeric(38, 4), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("amount_krw", sa.BigInteger),
        sa.Column("is_approximate", sa.Boolean, nullable=False),
        sa.Column("amount_role", sa.String(16), nullable=False),
        sa.Column("region_code", sa.String(10)),
        sa.Column("initiative_mention_index", sa.Integer),
        sa.PrimaryKeyConstraint("article_id", "mention_index"),
        schema=S,
    )
    op.create_table(
        "date_mentions",
        *_mention(),
        sa.Column("surface", sa.Text, nullable=False),
        sa.Column("event_date", sa.Date),
        sa.Column("date_precision", sa.String(8), nullable=False),
        sa.Column("is_relative", sa.Boolean, nullable=False),
        sa.Column("is_resolved", sa.Boolean, nullable=False),
        sa.Column("is_planned", sa.Boolean, nullable=False),
        sa.Column("is_milestone", sa.Boolean, nullable=False),
        sa.Column("region_code", sa.String(10)),
        sa.Column("initiative_mention_index", sa.Integer),
        sa.PrimaryKeyConstraint("article_id", "mention_index"),
        schema=S,
    )
    op.create_table(
        "initiative_mentions",
        *_mention(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("initiative_type", sa.String(32), nullable=False),
        sa.Column("is_quoted", sa.Boolean, nullable=False),
        sa.Column("region_code", sa.String(10)),
        sa.PrimaryKeyConstraint("article_id", "mention_index"),
        schema=S,
    )
    op.create_table(
        "skipped_inputs",
        sa.Column("source_path", sa.Text, nullable=False),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("skipped_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("source_path", "reason"),
        schema=S,
    )


def downgrade() -> None:
    for table in (
        "skipped_inputs",
        "initiative_mentions",
        "date_mentions",
        "amount_mentions",
        "organisation_mentions",
        "region_mentions",
        "sentences",
        "articles",
    ):
        op.drop_table(table, schema=S)
