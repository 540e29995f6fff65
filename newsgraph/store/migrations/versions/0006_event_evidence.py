"""event evidence: every sentence span that reports the same happening

Several mentions of one act in an article are one event (newsgraph.nlp.events merges them);
``evidence_spans`` keeps each mention's sentence span, the event's own sentence first, as a
JSON list of [start, end] pairs (character offsets into the article's text, end exclusive).
Events stored before this step get null (read as: only their own sentence).

Revision ID: 0006_event_evidence
Revises: 0005_actor_sector
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_event_evidence"
down_revision = "0005_actor_sector"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("evidence_spans", sa.JSON, nullable=True))


def downgrade():
    with op.batch_alter_table("events") as batch:
        batch.drop_column("evidence_spans")
