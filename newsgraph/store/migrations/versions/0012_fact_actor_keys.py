"""fact actor keys: an event's and a statement's key and anchor name its actors

An event's fact key was made of its sentence span, type, trigger start and actor *texts*, and a
judgement's anchor of the sentence span, trigger span and type: the copies of a joint statement
coded once per signatory (``Austria [We] -> Cuba``, ``Brazil [We] -> Cuba``) shared one key, and
every actor pair of one sentence's trigger (a condemnation of two states) shared one anchor, so
judging one judged them all. Statements had the same fault for two speakers given the same words.

Now (newsgraph.store.repository.event_fact_key / statement_fact_key) the key also holds the
actors' entity keys (for an event the actor texts as shown, one space per whitespace run, so it
is made from stored columns), and the anchor (newsgraph.store.judgements.anchor_of) holds them
too. This step:

1. widens ``judgements.anchor`` to 400 characters (two entity keys are added to it);
2. recomputes the key of every stored event and statement;
3. moves each reject / confirm / correct judgement on an event or statement to the fact its old
   key named: new key, new anchor (with actors). Where the old key named several facts (the
   signatories' copies), the judgement keeps the first and a copy (same author, time, action,
   value; its reason says so) is recorded for each other, so every fact the analyst saw judged
   stays judged and each can now be undone alone. A judgement whose fact is no longer stored
   keeps its old anchor, which re-attaches after a re-extraction only where exactly one fact
   of the article has that span, trigger and type;
4. marks the graph rows of the articles concerned stale (``graph_articles.run_id`` null), so the
   next ``refresh`` rebuilds them under the new keys.

Downgrade narrows nothing and restores no old key (the exact actor texts they were made of are
not stored): re-extract with the older code to get its keys back.

Revision ID: 0012_fact_actor_keys
Revises: 0011_identity_history
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0012_fact_actor_keys"
down_revision = "0011_identity_history"
branch_labels = None
depends_on = None

# Kept in step with newsgraph.store.repository (event_fact_key, statement_fact_key) and
# newsgraph.store.judgements.ANCHOR_COLUMNS as they were at this step; a migration must not
# import the library, whose code moves on while this step stays as it was.
_KEY_COLUMNS = {
    "events": ("type", "trigger_start", "source_text", "target_text", "source_key", "target_key"),
    "statements": ("kind", "speaker_key"),
}
_TEXT_COLUMNS = ("source_text", "target_text")
_ANCHOR_COLUMNS = {
    "events": ("trigger_start", "trigger_end", "type", "source_key", "target_key"),
    "statements": ("kind", "speaker_key"),
}


def _display(text):
    return " ".join(text.split()) if text else text


def _key(table, row):
    parts = [row["article_id"], table, row["start"], row["end"]]
    parts += [_display(row[c]) if c in _TEXT_COLUMNS else row[c] for c in _KEY_COLUMNS[table]]
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def _anchor(table, row):
    return ":".join(str(row[c]) for c in ("start", "end", *_ANCHOR_COLUMNS[table]))


def upgrade():
    with op.batch_alter_table("judgements") as batch:
        batch.alter_column("anchor", type_=sa.String(400), existing_type=sa.String(200), existing_nullable=True)
    conn = op.get_bind()
    meta = sa.MetaData()
    judgements = sa.Table("judgements", meta, autoload_with=conn)
    graph_articles = sa.Table("graph_articles", meta, autoload_with=conn)
    # old key -> the facts (table, new key, anchor, article) it named, in stored order
    named: dict[str, list[tuple[str, str, str, int]]] = {}
    changed_articles: set[int] = set()
    for name in _KEY_COLUMNS:
        table = sa.Table(name, meta, autoload_with=conn)
        columns = {"id", "article_id", "start", "end", "fact_key", *_KEY_COLUMNS[name], *_ANCHOR_COLUMNS[name]}
        updates = []
        for r in conn.execute(sa.select(*(table.c[c] for c in sorted(columns))).order_by(table.c.id)):
            row = dict(r._mapping)
            new = _key(name, row)
            named.setdefault(row["fact_key"], []).append((name, new, _anchor(name, row), row["article_id"]))
            if new != row["fact_key"]:
                updates.append({"row_id": row["id"], "new_key": new})
                changed_articles.add(row["article_id"])
        if updates:
            conn.execute(table.update().where(table.c.id == sa.bindparam("row_id"))
                         .values(fact_key=sa.bindparam("new_key")), updates)
    pending = conn.execute(sa.select(judgements).where(
        judgements.c.fact_key.is_not(None), judgements.c.action.in_(("reject", "confirm", "correct")),
        sa.or_(judgements.c.fact_table.is_(None), judgements.c.fact_table.in_(tuple(_KEY_COLUMNS))))
        .order_by(judgements.c.id)).all()
    for j in pending:
        j = dict(j._mapping)
        facts = [f for f in named.get(j["fact_key"], ()) if j["article_id"] in (None, f[3])
                 and j["fact_table"] in (None, f[0])]
        if not facts:
            continue  # its fact is gone: the old anchor re-attaches where it is unambiguous
        first, *others = list(dict.fromkeys(facts))
        conn.execute(judgements.update().where(judgements.c.id == j["id"]).values(
            fact_table=first[0], fact_key=first[1], anchor=first[2], article_id=first[3]))
        note = (f"copy of judgement {j['id']} (migration 0012: its fact key named {len(others) + 1} facts, one per "
                "actor pair, before keys held actors)")
        for name, key, anchor, article_id in others:
            copy = {k: v for k, v in j.items() if k != "id"}
            copy.update(fact_table=name, fact_key=key, anchor=anchor, article_id=article_id,
                        reason=f"{j['reason']}; {note}" if j["reason"] else note)
            conn.execute(judgements.insert().values(**copy))
    if changed_articles:
        ids = sorted(changed_articles)
        for i in range(0, len(ids), 500):
            conn.execute(graph_articles.update().where(graph_articles.c.article_id.in_(ids[i:i + 500]))
                         .values(run_id=None))


def downgrade():
    pass
