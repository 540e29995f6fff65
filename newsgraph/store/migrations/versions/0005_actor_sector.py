"""actors' state and sector: acts_for (ISO3) and sector (GOV, MIL, REB ...) of event actors
and statement speakers; the reason an entity got its reading (a place with several readings)

Revision ID: 0005_actor_sector
Revises: 0004_hardening
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_actor_sector"
down_revision = "0004_hardening"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("source_acts_for", sa.String(3), nullable=True))
        batch.add_column(sa.Column("source_sector", sa.String(8), nullable=True))
        batch.add_column(sa.Column("target_acts_for", sa.String(3), nullable=True))
        batch.add_column(sa.Column("target_sector", sa.String(8), nullable=True))
    with op.batch_alter_table("statements") as batch:
        batch.add_column(sa.Column("speaker_acts_for", sa.String(3), nullable=True))
        batch.add_column(sa.Column("speaker_sector", sa.String(8), nullable=True))
    with op.batch_alter_table("entities") as batch:
        batch.add_column(sa.Column("reason", sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table("entities") as batch:
        batch.drop_column("reason")
    with op.batch_alter_table("statements") as batch:
        batch.drop_column("speaker_sector")
        batch.drop_column("speaker_acts_for")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("target_sector")
        batch.drop_column("target_acts_for")
        batch.drop_column("source_sector")
        batch.drop_column("source_acts_for")
