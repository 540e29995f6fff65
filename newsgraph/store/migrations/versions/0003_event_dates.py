"""event dates: where an event's date comes from and the end of a date range; the readings of
an ambiguous numeric date

Revision ID: 0003_event_dates
Revises: 0002_event_affiliations
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_event_dates"
down_revision = "0002_event_affiliations"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("events") as batch:
        # "text": the event's own sentence dates it; "publication": the article's day (GDELT/POLECAT)
        batch.add_column(sa.Column("date_source", sa.String(16), nullable=True))
        # the end of a range ("between March and May 2019"); ``date`` is its start
        batch.add_column(sa.Column("date_end", sa.String(32), nullable=True))
    with op.batch_alter_table("timexes") as batch:
        # every reading of an ambiguous numeric date ("4/3/2021"), as TimeML values
        batch.add_column(sa.Column("readings", sa.JSON, nullable=True))


def downgrade():
    with op.batch_alter_table("timexes") as batch:
        batch.drop_column("readings")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("date_end")
        batch.drop_column("date_source")
