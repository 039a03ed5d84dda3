"""Run the Alembic migrations against a warehouse file."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from etl.paths import MIGRATIONS_DIR, PROJECT_ROOT


def alembic_config(db_path: Path) -> Config:
    cfg = Config(str(PROJECT_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", f"duckdb:///{db_path}")
    return cfg


def upgrade(db_path: Path, revision: str = "head") -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(db_path), revision)


def downgrade(db_path: Path, revision: str) -> None:
    command.downgrade(alembic_config(db_path), revision)
