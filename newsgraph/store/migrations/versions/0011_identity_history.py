"""identity_history: the identities an observation was moved out of, so an id stays valid

An identity id is minted once and never given to another identity (SQLite ``AUTOINCREMENT``, a
PostgreSQL sequence). When a judgement or a resolution moves an observation out of an identity,
``identity_history`` keeps the pair (observation key, the id it left); the row goes when the
observation comes back. From it the resolver answers an id whose identity was merged away (the
live identity now holding most of its observations) and, when a merge is undone, gives each side
back the id it had (``newsgraph.identity.resolver.recluster``). Observation keys
(``<article_id>:<entity key>``) survive re-extraction, so the history does too.

Revision ID: 0011_identity_history
Revises: 0010_event_duplicates
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_identity_history"
down_revision = "0010_event_duplicates"
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)


def upgrade():
    op.create_table(
        "identity_history",
        sa.Column("obs_key", sa.String(240), primary_key=True),   # observations.obs_key (no FK: kept past re-extraction)
        sa.Column("identity_id", ID, primary_key=True),          # the identity it left (possibly merged away since)
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_identity_history_identity", "identity_history", ["identity_id"])


def downgrade():
    op.drop_index("ix_identity_history_identity", table_name="identity_history")
    op.drop_table("identity_history")
