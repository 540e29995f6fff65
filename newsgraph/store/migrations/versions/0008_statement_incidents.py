"""statement_incidents: which incidents a statement is about, and why; event_subjects

A statement is about the incident whose report shares its sentence ("sentence"), or the one an
event noun in its content refers back to ("This deal ...", "the attack": "anaphora", with the
noun phrase and an explanation an analyst can read). event_subjects are the identities each
graph event's sentence names besides its actors (e.g. the equipment a treaty provides for), so
"statements about incidents whose subjects include X" is an indexed join.

Revision ID: 0008_statement_incidents
Revises: 0007_graph
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_statement_incidents"
down_revision = "0007_graph"
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade():
    op.create_table(
        "statement_incidents",
        sa.Column("statement_id", ID, sa.ForeignKey("graph_statements.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("incident_id", ID, primary_key=True),
        sa.Column("event_id", ID, nullable=True),              # the graph event (report) it was linked through
        sa.Column("basis", sa.String(16), nullable=False),     # sentence | anaphora
        sa.Column("cue", sa.Text, nullable=True),              # the referring noun phrase, e.g. "This deal"
        sa.Column("explanation", sa.Text, nullable=False),
    )
    op.create_index("ix_statement_incidents_incident", "statement_incidents", ["incident_id"])

    op.create_table(
        "event_subjects",  # identities named in a graph event's sentence (actors are on the event itself)
        sa.Column("event_id", ID, sa.ForeignKey("graph_events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("identity_id", ID, primary_key=True),
    )
    op.create_index("ix_event_subjects_identity", "event_subjects", ["identity_id"])


def downgrade():
    op.drop_index("ix_event_subjects_identity", table_name="event_subjects")
    op.drop_table("event_subjects")
    op.drop_index("ix_statement_incidents_incident", table_name="statement_incidents")
    op.drop_table("statement_incidents")
