"""The staging schema's name and its per-article tables' names, without SQLAlchemy.

`warehouse build` needs only these names (to fingerprint the data dbt reads); importing
SQLAlchemy for them cost ~0.24 s of every build. `etl.schema` defines the tables under the
same names, and a test holds the two together.
"""

from __future__ import annotations

SCHEMA = "staging"
# Per-article tables, in the order rows are written.
ARTICLE_TABLE_NAMES = (
    "articles",
    "sentences",
    "region_mentions",
    "organisation_mentions",
    "amount_mentions",
    "date_mentions",
    "initiative_mentions",
    "article_initiatives",
)
