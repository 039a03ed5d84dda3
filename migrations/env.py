"""Alembic environment for the DuckDB warehouse (through duckdb-engine)."""

from __future__ import annotations

from alembic import context
from alembic.ddl.impl import DefaultImpl
from sqlalchemy import URL, create_engine, text

from etl.paths import default_db_path
from etl.schema import metadata


class DuckDBImpl(DefaultImpl):
    """Alembic has no DuckDB dialect of its own; DuckDB DDL is not transactional here."""

    __dialect__ = "duckdb"
    transactional_ddl = False


def run_migrations_online() -> None:
    # etl.migrate passes the file as an object; `alembic` run by hand reads alembic.ini's URL.
    path = context.config.attributes.get("db_path")
    url = context.config.get_main_option("sqlalchemy.url")
    if path is None and url:
        engine = create_engine(url)
    else:
        engine = create_engine(URL.create("duckdb", database=str(path or default_db_path())))
    with engine.connect() as connection:
        connection.execute(text("CREATE SCHEMA IF NOT EXISTS staging"))
        connection.commit()
        context.configure(connection=connection, target_metadata=metadata, version_table_schema="staging")
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations_online()
