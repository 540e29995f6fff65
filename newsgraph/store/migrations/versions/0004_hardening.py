"""hardening: judgements anchor on their fact's article, span and type

A judgement on an extracted fact used to find its fact by ``fact_key`` alone, a hash that
includes extracted values (an event's actor texts, a role's title): a better extractor that
reads the same sentence differently orphaned the analyst's judgement. ``anchor`` records what
does not change when the extractor improves: the fact's span and type (see
newsgraph.store.judgements.anchor_of). Existing judgements get their article, table and anchor
from the fact they name, where it is still stored.

Revision ID: 0004_hardening
Revises: 0003_event_dates
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_hardening"
down_revision = "0003_event_dates"
branch_labels = None
depends_on = None

# Table -> the columns that make a fact's anchor after its span (kept in step with
# newsgraph.store.judgements.ANCHOR_COLUMNS, which the library uses; a migration must not
# import the library, whose code moves on while this step stays as it was).
_ANCHOR_COLUMNS = {
    "mentions": ("type",),
    "roles": (),
    "timexes": ("type",),
    "events": ("trigger_start", "trigger_end", "type"),
    "statements": ("kind",),
}


def upgrade():
    with op.batch_alter_table("judgements") as batch:
        batch.add_column(sa.Column("anchor", sa.String(200), nullable=True))
    op.create_index("ix_judgements_article_anchor", "judgements", ["article_id", "fact_table", "anchor"])
    conn = op.get_bind()
    meta = sa.MetaData()
    judgements = sa.Table("judgements", meta, autoload_with=conn)
    pending = conn.execute(
        sa.select(judgements.c.id, judgements.c.fact_key)
        .where(judgements.c.fact_key.is_not(None), judgements.c.action.in_(("reject", "confirm", "correct")))
    ).all()
    if not pending:
        return
    wanted = {fact_key for _id, fact_key in pending}
    found: dict[str, tuple[str, int, str]] = {}
    for name, extra in _ANCHOR_COLUMNS.items():
        table = sa.Table(name, meta, autoload_with=conn)
        columns = [table.c.fact_key, table.c.article_id, table.c.start, table.c.end, *(table.c[c] for c in extra)]
        for row in conn.execute(sa.select(*columns).where(table.c.fact_key.in_(wanted))):
            anchor = ":".join(str(v) for v in (row[2], row[3], *row[4:]))
            found[row[0]] = (name, row[1], anchor)
    for judgement_id, fact_key in pending:
        if fact_key in found:
            name, article_id, anchor = found[fact_key]
            conn.execute(judgements.update().where(judgements.c.id == judgement_id)
                         .values(fact_table=name, article_id=article_id, anchor=anchor))


def downgrade():
    op.drop_index("ix_judgements_article_anchor", table_name="judgements")
    with op.batch_alter_table("judgements") as batch:
        batch.drop_column("anchor")
