"""graph event duplicates: a report repeated by a near-duplicate copy of its article

``graph_events.duplicate_of`` (``graph_statements.duplicate_of``) names the graph event
(statement) (in the first-kept copy of a near-duplicate article group, see
``newsgraph.graph.duplicates``) that a repeated report is the same report as; null for an
original report. A repeated report is kept (provenance) but counted once.
Graph rows built before this step have nulls until their article is rebuilt.

Revision ID: 0010_event_duplicates
Revises: 0009_article_story_type
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_event_duplicates"
down_revision = "0009_article_story_type"
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


# Plain ALTER TABLE, never batch mode (see 0009: batch mode recreates the table on SQLite).


TABLES = ("graph_events", "graph_statements")


def upgrade():
    for table in TABLES:
        op.add_column(table, sa.Column("duplicate_of", ID, nullable=True))
        op.create_index(f"ix_{table}_duplicate_of", table, ["duplicate_of"])


def downgrade():
    for table in TABLES:
        op.drop_index(f"ix_{table}_duplicate_of", table_name=table)
        op.drop_column(table, "duplicate_of")
