"""Sentences keep their offsets, not a second copy of their text.

Each sentence's text is the stretch of its article's cleaned body between its offsets, and the
body is stored already: the copy made a third of the warehouse file and a fifth of what the
loader wrote. Models cut the text out of the body where they need it (int_milestones).
Downgrading cuts it out the same way and stores it again.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_column("sentences", "text", schema="staging")


def downgrade() -> None:
    # DuckDB cannot add NOT NULL to a column it has just filled in the same transaction, so the
    # table is rebuilt with the column, as in 0004.
    op.execute(
        "CREATE TABLE staging.sentences__with_text ("
        "article_id VARCHAR(16) NOT NULL, sentence_index INTEGER NOT NULL, start_offset INTEGER NOT NULL, "
        "end_offset INTEGER NOT NULL, zone VARCHAR(16) NOT NULL, text VARCHAR NOT NULL)"
    )
    op.execute(
        "INSERT INTO staging.sentences__with_text "
        "SELECT s.article_id, s.sentence_index, s.start_offset, s.end_offset, s.zone, "
        "substring(a.body, s.start_offset + 1, s.end_offset - s.start_offset) "
        "FROM staging.sentences AS s JOIN staging.articles AS a ON a.article_id = s.article_id"
    )
    op.execute("DROP TABLE staging.sentences")
    op.execute("ALTER TABLE staging.sentences__with_text RENAME TO sentences")
