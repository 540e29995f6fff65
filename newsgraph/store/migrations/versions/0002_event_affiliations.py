"""event actors' affiliations: the state or organisation a person actor acts for

Revision ID: 0002_event_affiliations
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_event_affiliations"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("source_affiliation_key", sa.String(200), nullable=True))
        batch.add_column(sa.Column("target_affiliation_key", sa.String(200), nullable=True))


def downgrade():
    with op.batch_alter_table("events") as batch:
        batch.drop_column("target_affiliation_key")
        batch.drop_column("source_affiliation_key")
