"""ETL for the Korean regional AI initiatives warehouse: articles → staging tables in DuckDB."""

# Bump when extraction changes: articles parsed by an older version are re-extracted on load.
PARSER_VERSION = "73"
