"""article story type: the PLOVER type of a story's main event, with its provenance

``newsgraph.nlp.story_type`` decides what a whole story is about (the NGEC "event type of
the story") from its lead sentences and the rule events. Each article keeps the type, the
model's probability of it, the trigger span of the lead event of that type when the rules
found one (character offsets into the article's text, end exclusive), and the component and
version that made it. Extraction fills them; articles stored before this step (or never
extracted) have nulls until ``extract --again``.

Revision ID: 0009_article_story_type
Revises: 0008_statement_incidents
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_article_story_type"
down_revision = "0008_statement_incidents"
branch_labels = None
depends_on = None

COLUMNS = (
    ("story_type", sa.String(16)),                  # a PLOVER type, e.g. AGREE
    ("story_type_probability", sa.Float),           # 0..1
    ("story_type_trigger_start", sa.Integer),
    ("story_type_trigger_end", sa.Integer),
    ("story_type_component", sa.String(64)),
    ("story_type_component_version", sa.String(32)),
)


# Plain ALTER TABLE, never batch mode: on SQLite batch mode recreates the table, and dropping
# ``articles`` (with foreign keys on) would cascade-delete every fact that refers to it. SQLite
# has had ADD COLUMN always and DROP COLUMN since 3.35.


def upgrade():
    for name, type_ in COLUMNS:
        op.add_column("articles", sa.Column(name, type_, nullable=True))
    op.create_index("ix_articles_story_type", "articles", ["story_type"])


def downgrade():
    op.drop_index("ix_articles_story_type", table_name="articles")
    for name, _type in reversed(COLUMNS):
        op.drop_column("articles", name)
