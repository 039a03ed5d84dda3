"""How each build was made, and the replay plan a dbt build leaves for the next ones.

A build whose dbt project is unchanged and whose data changed replays the compiled SQL of the
last dbt build (etl/replay.py) instead of running dbt again; the plan is stored with the dbt
build it came from, so it belongs to this warehouse file. Builds recorded before this revision
were all dbt builds and carry no plan: the next build after upgrading runs dbt.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("builds", sa.Column("mode", sa.String(16), server_default="dbt"), schema="staging")
    op.add_column("builds", sa.Column("replay_plan", sa.Text), schema="staging")


def downgrade() -> None:
    op.drop_column("builds", "replay_plan", schema="staging")
    op.drop_column("builds", "mode", schema="staging")
