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

Downgrade recomputes the older keys and anchors from the stored columns: a statement's key
(content span and kind) and every anchor (span, trigger and type: the current anchor less its
actors) exactly; an event's key from its actor texts as extraction gave them, which the events
table keeps with each whitespace run made one space (``display_text``), so a text written across a
line break ("State\n    Department") is looked up in its sentence (then its article) and taken as
written there where it is written one way only, else as stored (that key then differs from the
older code's, and its judgements re-attach by their anchor, as after any re-extraction). Each
judgement on an event or statement is given its fact's older key and the anchor without actors;
the copies step 3 made are removed where their judgement still names the same fact and is in the
same state (in force, or undone), since under the older keys they named one fact twice (one
undone copy would leave it judged). Judgements recorded since on two actor pairs of one trigger
come back to one key, as the older code had them. The anchor column is narrowed back to 200
characters and the articles concerned are marked for a graph rebuild.

Revision ID: 0012_fact_actor_keys
Revises: 0011_identity_history
"""

import hashlib
import re

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


# The keys and anchors before this step (newsgraph.store.repository and judgements as they were).
_OLD_KEY_COLUMNS = {
    "events": ("type", "trigger_start", "source_text", "target_text"),
    "statements": ("kind",),
}
_OLD_ANCHOR_PARTS = {"events": 5, "statements": 3}  # start, end, (trigger_start, trigger_end,) type | kind
_COPY = re.compile(r"copy of judgement (\d+) \(migration 0012")


def _written(text, *places):
    """The actor ``text`` (stored with each whitespace run one space) as written in the first of
    ``places`` that holds it, where every occurrence there is written the same way; else as stored."""
    if not text or " " not in text:
        return text
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, text.split())) + r"(?!\w)")
    for place in places:
        found = {m.group() for m in pattern.finditer(place or "")}
        if found:
            return found.pop() if len(found) == 1 else text
    return text


def _old_key(table, row, article_text):
    parts = [row["article_id"], table, row["start"], row["end"]]
    for c in _OLD_KEY_COLUMNS[table]:
        value = row[c]
        if c in _TEXT_COLUMNS:
            value = _written(value, (article_text or "")[row["start"]:row["end"]], article_text)
        parts.append(value)
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def _old_anchor(table, anchor):
    """The anchor less its actors (the entity keys after the type, which may hold colons)."""
    if not anchor or table not in _OLD_ANCHOR_PARTS:
        return anchor
    return ":".join(anchor.split(":")[:_OLD_ANCHOR_PARTS[table]])


def downgrade():
    conn = op.get_bind()
    meta = sa.MetaData()
    judgements = sa.Table("judgements", meta, autoload_with=conn)
    graph_articles = sa.Table("graph_articles", meta, autoload_with=conn)
    articles = sa.Table("articles", meta, autoload_with=conn)
    old_keys: dict[str, str] = {}
    changed_articles: set[int] = set()
    for name in _OLD_KEY_COLUMNS:
        table = sa.Table(name, meta, autoload_with=conn)
        columns = {"id", "article_id", "start", "end", "fact_key", *_OLD_KEY_COLUMNS[name]}
        updates, texts = [], {}
        for r in conn.execute(sa.select(*(table.c[c] for c in sorted(columns))).order_by(table.c.article_id, table.c.id)):
            row = dict(r._mapping)
            if row["article_id"] not in texts:
                texts = {row["article_id"]: conn.execute(sa.select(articles.c.text).where(
                    articles.c.id == row["article_id"])).scalar()}  # one article's text at a time
            old = _old_key(name, row, texts[row["article_id"]])
            old_keys[row["fact_key"]] = old
            if old != row["fact_key"]:
                updates.append({"row_id": row["id"], "old_key": old})
                changed_articles.add(row["article_id"])
        if updates:
            conn.execute(table.update().where(table.c.id == sa.bindparam("row_id"))
                         .values(fact_key=sa.bindparam("old_key")), updates)
    rows = [dict(r._mapping) for r in conn.execute(sa.select(judgements).where(
        judgements.c.action.in_(("reject", "confirm", "correct")),
        sa.or_(judgements.c.fact_table.is_(None), judgements.c.fact_table.in_(tuple(_OLD_KEY_COLUMNS))))
        .order_by(judgements.c.id))]
    for j in rows:
        j["fact_key"] = old_keys.get(j["fact_key"], j["fact_key"])
        j["anchor"] = _old_anchor(j["fact_table"], j["anchor"])
    by_id = {j["id"]: j for j in rows}
    copies = []
    for j in rows:
        hit = _COPY.search(j["reason"] or "")
        original = by_id.get(int(hit.group(1))) if hit else None
        if original is not None and (original["fact_key"], original["action"], original["undone_at"] is None) == \
                (j["fact_key"], j["action"], j["undone_at"] is None):
            copies.append(j["id"])
    for j in rows:
        if j["id"] not in copies:
            conn.execute(judgements.update().where(judgements.c.id == j["id"]).values(
                fact_key=j["fact_key"], anchor=j["anchor"]))
    for i in range(0, len(copies), 500):
        conn.execute(judgements.delete().where(judgements.c.id.in_(copies[i:i + 500])))
    if changed_articles:
        ids = sorted(changed_articles)
        for i in range(0, len(ids), 500):
            conn.execute(graph_articles.update().where(graph_articles.c.article_id.in_(ids[i:i + 500]))
                         .values(run_id=None))
    with op.batch_alter_table("judgements") as batch:
        batch.alter_column("anchor", type_=sa.String(200), existing_type=sa.String(400), existing_nullable=True)
