"""deleted_articles: what an analyst removed with ``delete-article``, and the ids it held

An article an analyst deletes (a wrong page, a duplicate, a takedown request) goes with
everything stored from it (``newsgraph.store.repository.delete_articles``); one row here keeps
what it was (id, title, url, outlet, content hash), who deleted it, when and why, and the ids of
the analysts' judgements that referred to its facts (the judgement log keeps them; they no
longer apply). The id is never given to another article: fact keys and observation keys are
made from the article id (``<article_id>:<entity key>``), so a new article under an old id could
pick up the deleted article's judgements and identity acts. PostgreSQL's sequence never hands an
id out twice; SQLite gives the next rowid after the largest stored, so ``save_article`` starts
past the largest id here.

Revision ID: 0013_deleted_articles
Revises: 0012_fact_actor_keys
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_deleted_articles"
down_revision = "0012_fact_actor_keys"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "deleted_articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),  # the article's id (no FK: it is gone)
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("source", sa.Text),
        sa.Column("content_hash", sa.String(64)),
        sa.Column("deleted_at", sa.String(32), nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("judgements", sa.JSON),   # ids of the judgements that referred to its facts
        sa.Column("counts", sa.JSON),       # rows removed, by table
    )


def downgrade():
    op.drop_table("deleted_articles")
