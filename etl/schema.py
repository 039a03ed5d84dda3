"""The staging schema as SQLAlchemy tables: what the ETL writes and dbt reads as sources.

Sentence and mention tables carry no primary-key index (migration 0004): DuckDB holds such an
index in memory, and the loader's delete-and-insert per article plus dbt tests keep
(article_id, mention_index) unique instead.

Alembic migrations (migrations/versions) create and alter these tables; `tests/test_warehouse.py`
checks that the migrated database and these definitions agree.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    MetaData,
    Numeric,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    false,
)

from etl.staging_tables import SCHEMA

metadata = MetaData(schema=SCHEMA)


def _mention_columns() -> list[Column]:
    """Where a mention sits: its article, sentence and character span in the cleaned body."""
    return [
        Column("article_id", String(16), nullable=False),
        Column("mention_index", Integer, nullable=False),
        Column("sentence_index", Integer, nullable=False),
        Column("start_offset", Integer, nullable=False),
        Column("end_offset", Integer, nullable=False),
    ]


articles = Table(
    "articles",
    metadata,
    Column("article_id", String(16), primary_key=True),
    Column("source_key", Text, nullable=False, unique=True),
    Column("file_name", Text, nullable=False),
    Column("source_path", Text, nullable=False),
    Column("source_format", String(8), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("publisher", Text),
    Column("published_date", Date),
    Column("published_date_source", String(16)),
    Column("body", Text, nullable=False),
    Column("sentence_count", Integer, nullable=False),
    Column("loaded_at", DateTime, nullable=False),
    Column("parser_version", String(16), nullable=False),
    Column("is_summary", Boolean, nullable=False, server_default=false()),  # read from a summary (0011)
)

sentences = Table(
    "sentences",
    metadata,
    Column("article_id", String(16), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("zone", String(16), nullable=False),
)  # the text is body[start_offset:end_offset] of its article (migration 0007)

region_mentions = Table(
    "region_mentions",
    metadata,
    *_mention_columns(),
    Column("surface", Text, nullable=False),
    Column("region_code", String(10), nullable=False),
    Column("province_code", String(10), nullable=False),
    Column("is_subject_province", Boolean, nullable=False),
)

organisation_mentions = Table(
    "organisation_mentions",
    metadata,
    *_mention_columns(),
    Column("surface", Text, nullable=False),
    Column("org_code", String(16)),
    Column("org_name", Text, nullable=False),
    Column("org_type", String(32), nullable=False),
    Column("found_by", String(32), nullable=False),
    Column("role", String(16)),  # added in migration 0009; the vocabulary is the seed ref_institution_roles
)

amount_mentions = Table(
    "amount_mentions",
    metadata,
    *_mention_columns(),
    Column("surface", Text, nullable=False),
    Column("amount", Numeric(38, 4), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("amount_krw", BigInteger),
    Column("is_approximate", Boolean, nullable=False),
    Column("amount_role", String(16), nullable=False),  # etl.vocabulary.AMOUNT_ROLES
    Column("region_code", String(10)),
    Column("initiative_index", Integer),  # the article initiative it funds (migration 0008)
    Column("period_start_year", Integer),  # added in migration 0002
    Column("period_end_year", Integer),
    Column("is_itemised", Boolean, nullable=False, server_default="false"),  # migration 0008
    Column("is_superseded", Boolean, nullable=False, server_default="false"),
)

date_mentions = Table(
    "date_mentions",
    metadata,
    *_mention_columns(),
    Column("surface", Text, nullable=False),
    Column("event_date", Date),
    Column("date_precision", String(8), nullable=False),
    Column("is_relative", Boolean, nullable=False),
    Column("is_resolved", Boolean, nullable=False),
    Column("is_planned", Boolean, nullable=False),
    Column("is_milestone", Boolean, nullable=False),
    Column("region_code", String(10)),
    Column("initiative_index", Integer),  # the article initiative it dates (migration 0008)
)

initiative_mentions = Table(
    "initiative_mentions",
    metadata,
    *_mention_columns(),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False),
    Column("initiative_type", String(32), nullable=False),
    Column("is_quoted", Boolean, nullable=False),
    Column("region_code", String(10)),
    Column("initiative_index", Integer),  # the article initiative it names; NULL when it refers to none (0008)
)

article_initiatives = Table(  # added in migration 0008
    "article_initiatives", metadata,
    Column("article_id", String(16), nullable=False),
    Column("initiative_index", Integer, nullable=False),
    Column("name", Text, nullable=False),  # the fullest name the article gives, with its place
    Column("name_key", Text, nullable=False),
    Column("initiative_type", String(32), nullable=False),  # etl.vocabulary.INITIATIVE_TYPES
    Column("region_code", String(10)),  # the most specific region it is placed in
    Column("province_code", String(10)),
    Column("site", Text),  # a place smaller than a municipality ('수성알파시티')
    Column("name_words", Text, nullable=False),  # distinctive words of its name, space-separated
    Column("mention_count", Integer, nullable=False),
    Column("first_sentence_index", Integer, nullable=False),
    Column("sentence_indexes", Text, nullable=False),  # every sentence naming it, space-separated
    Column("is_subject", Boolean, nullable=False),  # the article reports it (not a passing mention)
    Column("is_primary", Boolean, nullable=False),  # the article's main initiative
    Column("is_cancelled", Boolean, nullable=False),  # the article says it was called off
)  # fmt: skip

skipped_inputs = Table(
    "skipped_inputs",
    metadata,
    Column("source_path", Text, nullable=False),
    Column("file_name", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("skipped_at", DateTime, nullable=False),
    PrimaryKeyConstraint("source_path", "reason"),
)

input_files = Table(  # added in migration 0003
    "input_files", metadata,
    Column("source_path", Text, primary_key=True),
    Column("size_bytes", BigInteger, nullable=False),
    Column("mtime_ns", BigInteger, nullable=False),
    Column("parser_version", String(16), nullable=False),
    Column("article_count", Integer, nullable=False),
    Column("loaded_at", DateTime, nullable=False),
)  # fmt: skip

builds = Table(  # added in migration 0005
    "builds", metadata,
    Column("built_at", DateTime, primary_key=True),
    Column("data_fingerprint", String(64), nullable=False),
    Column("project_fingerprint", String(64), nullable=False),
    Column("mode", String(16), server_default="dbt"),  # dbt or replay (migration 0006)
    Column("replay_plan", Text),  # a dbt build's plan for later replays (etl/replay.py)
)  # fmt: skip

# Per-article tables, in the order rows are written (named as in etl.staging_tables).
ARTICLE_TABLES = (
    articles,
    sentences,
    region_mentions,
    organisation_mentions,
    amount_mentions,
    date_mentions,
    initiative_mentions,
    article_initiatives,
)
