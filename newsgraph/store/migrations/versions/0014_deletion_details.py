"""deleted_articles.canonical_url and .judged: keep a deleted article out of later ingests, and
say what its judgements judged

``ingest`` skips an article whose canonical URL or text hash is a deleted one's (a takedown must
not come back with the next run over the same feed; ``--restore-deleted`` stores it again): the
canonical URL is kept as ``save_article`` computes it (``dedup.canonical_url``), filled in here
from the stored URL for deletions made before this step. ``judged`` maps each judgement that
referred to the article's facts (by id, as text) to a readable summary of the fact it judged
("CONSULT: Blinken → Kuleba (met)", or a statement's speaker and claim), written at deletion
time, as the facts go with the article; the judgement log shows it. Deletions made before this
step have none (their facts are gone).

Revision ID: 0014_deletion_details
Revises: 0013_deleted_articles
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_deletion_details"
down_revision = "0013_deleted_articles"
branch_labels = None
depends_on = None


def upgrade():
    from newsgraph.store.dedup import canonical_url

    with op.batch_alter_table("deleted_articles") as batch:
        batch.add_column(sa.Column("canonical_url", sa.Text))
        batch.add_column(sa.Column("judged", sa.JSON))
    conn = op.get_bind()
    t = sa.table("deleted_articles", sa.column("id", sa.Integer), sa.column("url", sa.Text),
                 sa.column("canonical_url", sa.Text))
    for row in conn.execute(sa.select(t.c.id, t.c.url).where(t.c.url.is_not(None))).all():
        conn.execute(t.update().where(t.c.id == row.id).values(canonical_url=canonical_url(row.url)))


def downgrade():
    with op.batch_alter_table("deleted_articles") as batch:
        batch.drop_column("judged")
        batch.drop_column("canonical_url")
