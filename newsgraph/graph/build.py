"""Building the cross-article graph from each article's extracted facts.

``refresh(store)`` brings the graph up to date: every article whose latest extraction run is
not the one its graph rows were built from is resolved again (observations -> identities) and
its events and statements are rewritten through identities into ``graph_events`` and
``graph_statements``, with their incidents recounted. Facts are read through the store's own
``article_facts`` (judgements applied); a fact it leaves out was rejected and is kept, flagged,
so ``--include-rejected`` can show it. An event a near-duplicate capture of the article repeats
is marked ``duplicate_of`` and counted once (``newsgraph.graph.duplicates``).
"""

from __future__ import annotations

import datetime as dt
from typing import Callable, Optional

import sqlalchemy as sa

from newsgraph.graph.anaphora import antecedents, explain, references
from newsgraph.graph.duplicates import copy_group, mark_repeated_statements, mark_repeats
from newsgraph.graph.edges import edge_key, recompute_edges
from newsgraph.graph.incidents import assign_incident, date_interval, recompute
from newsgraph.identity.observe import OUTLET_KEY, observations_for
from newsgraph.identity.resolver import now, resolve_article, upsert
from newsgraph.identity.states import state_identities
from newsgraph.store import repository
from newsgraph.store.db import Store

# entity kinds that can be an event's actor: a referring phrase naming one ("the La Paz-Tehran
# alliance") picks out the event with that actor; equipment or a place in it ("the drone deal",
# "the Geneva accord") does not
ACTOR_KINDS = frozenset({"country", "org", "person", "group"})
NO_DAY = dt.date(1900, 1, 1)  # an undated event in an undated article sorts first in time


def _published(value: Optional[str]) -> Optional[dt.datetime]:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def read_article(store: Store, article_id: int) -> tuple[dict, dict]:
    """The article and its judged facts, read outside any write transaction (SQLite takes its
    write lock at BEGIN, so a read on another connection inside one would wait for itself)."""
    return repository.get_article(store, article_id), repository.article_facts(store, article_id)


def build_article(conn, store: Store, article: dict, facts: dict, resolve: bool = True) -> None:
    """Rewrite one article's observations (when ``resolve``), graph events, statements and incidents."""
    article_id = article["id"]
    s = store.t("sentences")
    sentences = [(r.start, r.end) for r in conn.execute(
        sa.select(s.c.start, s.c.end).where(s.c.article_id == article_id).order_by(s.c.idx))]
    o = store.t("observations")
    if resolve:
        assigned = resolve_article(conn, store, article_id, observations_for(article, facts, sentences))
    else:
        assigned = {r.entity_key: r.identity_id for r in conn.execute(
            sa.select(o.c.entity_key, o.c.identity_id).where(o.c.article_id == article_id))}
    assigned = _with_states(conn, store, assigned, facts)
    published = _published(article.get("published"))
    outlet_id = assigned.get(OUTLET_KEY)
    ev, st, subj, inc_t = store.t("graph_events"), store.t("graph_statements"), store.t("statement_subjects"), store.t("incidents")
    ev_subj, st_inc = store.t("event_subjects"), store.t("statement_incidents")
    old_incidents = {r[0] for r in conn.execute(sa.select(ev.c.incident_id).distinct().where(ev.c.article_id == article_id))}
    edge_keys = {edge_key(r.type, r.source_id, r.target_id) for r in conn.execute(
        sa.select(ev.c.type, ev.c.source_id, ev.c.target_id).where(
            ev.c.article_id == article_id, ev.c.source_id.is_not(None), ev.c.target_id.is_not(None)))}
    # child rows first, as for statement_subjects (a store opened without the foreign-key pragma keeps none)
    conn.execute(ev_subj.delete().where(ev_subj.c.event_id.in_(sa.select(ev.c.id).where(ev.c.article_id == article_id))))
    conn.execute(ev.delete().where(ev.c.article_id == article_id))
    old_statements = [r[0] for r in conn.execute(sa.select(st.c.id).where(st.c.article_id == article_id))]
    if old_statements:
        conn.execute(subj.delete().where(subj.c.statement_id.in_(old_statements)))
        conn.execute(st_inc.delete().where(st_inc.c.statement_id.in_(old_statements)))
        conn.execute(st.delete().where(st.c.article_id == article_id))

    # by the fact row's id: an act of several parties ("We, the Foreign Ministers of A, B and C,
    # condemn ...") is stored as one copy per party; their keys now differ (each holds its actors'
    # entity keys, repository.event_fact_key), and the row id stays exact for rows stored
    # before migration 0012 made them so
    judged_events = {e["id"]: e for e in facts["events"]}
    raw_events = [dict(r._mapping) for r in conn.execute(sa.select(store.t("events")).where(
        store.t("events").c.article_id == article_id).order_by(store.t("events").c.start))]
    # confirmed as article_facts matched it (anchor or key), not by key alone
    confirmed = {e["id"] for e in facts["events"] if e.get("judgement") == "confirmed"}
    new_incidents = set()
    event_spans = []
    built_events = []  # the article's events with their graph ids, for statements that refer back to them
    mentions = [(m["start"], m["end"], m["entity_key"]) for m in facts["mentions"] if m.get("entity_key")]
    for raw in raw_events:
        item = judged_events.get(raw["id"], raw)
        rejected = raw["id"] not in judged_events
        lo, hi = date_interval(item.get("date"))
        row = {"article_id": article_id, "fact_key": raw["fact_key"], "type": item["type"], "mode": item.get("mode"),
               "status": item.get("status") or "asserted", "confidence": float(item.get("confidence") or 0.0),
               "date": item.get("date"), "date_lo": lo, "date_hi": hi,
               "day": lo or (published.date() if published else NO_DAY),
               "source_id": assigned.get(item.get("source_key")), "target_id": assigned.get(item.get("target_key")),
               "source_text": item.get("source_text"), "target_text": item.get("target_text"),
               "trigger": item.get("trigger"), "location": item.get("location"), "start": raw["start"], "end": raw["end"],
               "published": published, "outlet_id": outlet_id, "rejected": rejected,
               "confirmed": raw["id"] in confirmed, "corrected": bool(item.get("corrected"))}
        row["incident_id"] = None if rejected else assign_incident(conn, store, row, published)
        if row["incident_id"]:
            new_incidents.add(row["incident_id"])
            event_spans.append((raw["start"], raw["end"], row["incident_id"]))
        event_id = conn.execute(ev.insert().values(**row)).inserted_primary_key[0]
        # what the event's sentence names besides its actors ("... provides for the deployment of
        # Iranian-made drones"): the subjects a statement about its incident inherits
        named = {assigned[key] for m0, _m1, key in mentions if raw["start"] <= m0 < raw["end"]
                 and assigned.get(key) is not None} - {row["source_id"], row["target_id"], None}
        if named:
            conn.execute(ev_subj.insert(), [{"event_id": event_id, "identity_id": i} for i in sorted(named)])
        if row["incident_id"] and not rejected:
            built_events.append({**row, "id": event_id, "named": named})
        if row["source_id"] is not None and row["target_id"] is not None:
            edge_keys.add(edge_key(row["type"], row["source_id"], row["target_id"]))
    # a report this article repeats from a near-duplicate capture (or that a capture repeats) is counted once
    copies = copy_group(conn, store, article_id)  # read once for the events' and the statements' marks
    remarked_incidents, remarked_edges = mark_repeats(conn, store, copies)
    recompute(conn, store, old_incidents | new_incidents | remarked_incidents)
    recompute_edges(conn, store, edge_keys | remarked_edges)
    _ = inc_t

    judged_statements = {x["id"]: x for x in facts["statements"]}  # by row id, as the events
    raw_statements = [dict(r._mapping) for r in conn.execute(sa.select(store.t("statements")).where(
        store.t("statements").c.article_id == article_id).order_by(store.t("statements").c.start))]
    confirmed = {x["id"] for x in facts["statements"] if x.get("judgement") == "confirmed"}
    for raw in raw_statements:
        item = judged_statements.get(raw["id"], raw)
        start, end = raw["start"], raw["end"]
        sentence = next(((a, b) for a, b in sentences if a <= start < b), (start, end))
        lo, hi = min(start, sentence[0]), max(end, sentence[1])
        speaker_key, via_key = item.get("speaker_key"), item.get("via_key")
        speaker_span = (item.get("speaker_start"), item.get("speaker_end"))
        subjects = set()
        for m0, m1, key in mentions:
            if lo <= m0 < hi and key not in (speaker_key, via_key) and not (
                    speaker_span[0] is not None and speaker_span[0] <= m0 < (speaker_span[1] or m0)):
                if assigned.get(key) is not None:
                    subjects.add(assigned[key])
        incident_id = next((i for a, b, i in event_spans if a < hi and lo < b), None)
        sid = conn.execute(st.insert().values(
            article_id=article_id, fact_key=raw["fact_key"], kind=item["kind"], content=item["content"],
            speaker_id=assigned.get(speaker_key), speaker_text=item.get("speaker_text"),
            via_id=assigned.get(via_key), via_text=item.get("via"), cue=item.get("cue"), date=item.get("date"),
            start=start, end=end, confidence=float(item.get("confidence") or 0.0), published=published,
            outlet_id=outlet_id, incident_id=incident_id, rejected=raw["id"] not in judged_statements,
            confirmed=raw["id"] in confirmed, corrected=bool(item.get("corrected")))).inserted_primary_key[0]
        subjects.discard(assigned.get(speaker_key))
        if subjects:
            conn.execute(subj.insert(), [{"statement_id": sid, "identity_id": i} for i in sorted(subjects)])
        links = _incident_links(item["content"] or "", start, (lo, hi), sentence[0], built_events,
                                {m0: assigned.get(key) for m0, _m1, key in mentions
                                 if lo <= m0 < hi and key.partition(":")[0] in ACTOR_KINDS})
        if links:
            conn.execute(st_inc.insert(), [{"statement_id": sid, **x} for x in links])
    mark_repeated_statements(conn, store, copies)

    runs = store.t("extraction_runs")
    run_id = conn.execute(sa.select(sa.func.max(runs.c.id)).where(runs.c.article_id == article_id)).scalar()
    conn.execute(upsert(store, store.t("graph_articles"), [{
        "article_id": article_id, "run_id": run_id, "outlet_id": outlet_id, "published": published,
        "refreshed_at": now()}], ["article_id"], ["run_id", "outlet_id", "published", "refreshed_at"]))


def _with_states(conn, store: Store, assigned: dict, facts: dict) -> dict:
    """``assigned`` (entity key -> identity id) with the state keys the article's events and
    statements name as an actor without a mention of their own (a joint statement's "We" stored
    as one copy per signatory, a state named only in the publisher's "we"): a country is one
    identity per ISO code (``states.state_identities``), so ``country:ARG`` is Argentina's
    identity when the graph has one; a state it has none for stays unresolved."""
    wanted = {item.get(column) for table, columns in (("events", ("source_key", "target_key")),
                                                      ("statements", ("speaker_key", "via_key")))
              for item in facts.get(table, []) for column in columns}
    missing = [key for key in wanted if key and assigned.get(key) is None]
    return {**assigned, **state_identities(conn, store, missing)} if missing else assigned


def _incident_links(content: str, content_start: int, span: tuple[int, int], sentence_start: int,
                    events: list[dict], named_at: dict[int, Optional[int]]) -> list[dict]:
    """The incidents a statement is about, each once, with why: the reports sharing its sentence,
    then those an event noun in its content refers back to ("This deal" -> the deal reported
    before; see newsgraph.graph.anaphora). ``named_at``: mention start -> identity id, so a
    phrase naming parties ("the La Paz-Tehran alliance") only refers to an event with them."""
    lo, hi = span
    links: dict[int, dict] = {}
    for e in events:
        if e["start"] < hi and lo < e["end"] and e["incident_id"] not in links:
            links[e["incident_id"]] = {
                "incident_id": e["incident_id"], "event_id": e["id"], "basis": "sentence", "cue": None,
                "explanation": f"its sentence reports {e['type']} '{e.get('trigger') or ''}' "
                               f"({e.get('source_text') or '?'} -> {e.get('target_text') or '?'})"}
    refs = references(content)
    for ref in refs:
        ref["named"] = {i for at, i in named_at.items()
                        if i is not None and content_start + ref["start"] <= at < content_start + ref["end"]}
    for found in antecedents(refs, events, sentence_start):
        e, ref = found["event"], found["ref"]
        if e["incident_id"] not in links:
            links[e["incident_id"]] = {"incident_id": e["incident_id"], "event_id": e["id"], "basis": "anaphora",
                                       "cue": ref["cue"], "explanation": explain(ref, e, found["why"])}
    return list(links.values())


def remove_article(conn, store: Store, article_id: int) -> dict[str, int]:
    """Take one article out of the graph, inside the caller's transaction, before its row is
    deleted (``repository.delete_articles``): its graph events and statements, its observations
    and the resolver's system edges from it, its near-duplicate links. What other articles hold
    is recounted: the incidents and relations its events were in, its identities (one left with
    no observation goes: ``resolver.refresh_identity``), and the repeat marks of its copies (an
    event a copy repeated from it is an original again, or repeats another copy). An article
    whose graph rows name an identity that went is marked stale (its ``graph_articles`` row
    goes), so the next ``refresh`` resolves it again. Analysts' identity acts stay in the log.
    Returns the rows removed, by table."""
    from newsgraph.identity.resolver import refresh_identity

    ev, st, ga = store.t("graph_events"), store.t("graph_statements"), store.t("graph_articles")
    ev_subj, st_subj, st_inc = store.t("event_subjects"), store.t("statement_subjects"), store.t("statement_incidents")
    o, e, links, ident = store.t("observations"), store.t("resolver_edges"), store.t("article_links"), store.t("identities")
    removed: dict[str, int] = {}
    group = copy_group(conn, store, article_id)  # read while its links are there
    events = conn.execute(sa.select(ev.c.id, ev.c.incident_id, ev.c.type, ev.c.source_id, ev.c.target_id)
                          .where(ev.c.article_id == article_id)).all()
    statements = [r[0] for r in conn.execute(sa.select(st.c.id).where(st.c.article_id == article_id))]
    incidents = {r.incident_id for r in events if r.incident_id is not None}
    relations = {edge_key(r.type, r.source_id, r.target_id) for r in events
                 if r.source_id is not None and r.target_id is not None}
    event_ids = [r.id for r in events]
    # a copy's rows that repeat this article's are originals until the copies are marked again below
    for r in conn.execute(sa.select(ev.c.id, ev.c.incident_id, ev.c.type, ev.c.source_id, ev.c.target_id).where(
            ev.c.duplicate_of.in_(event_ids), ev.c.article_id != article_id)).all() if event_ids else ():
        conn.execute(ev.update().where(ev.c.id == r.id).values(duplicate_of=None))
        incidents.add(r.incident_id)
        if r.source_id is not None and r.target_id is not None:
            relations.add(edge_key(r.type, r.source_id, r.target_id))
    if statements:
        conn.execute(st.update().where(st.c.duplicate_of.in_(statements), st.c.article_id != article_id)
                     .values(duplicate_of=None))
    # child rows first (a store opened without the foreign-key pragma cascades nothing)
    if event_ids:
        removed["event_subjects"] = conn.execute(ev_subj.delete().where(ev_subj.c.event_id.in_(event_ids))).rowcount
    removed["graph_events"] = conn.execute(ev.delete().where(ev.c.article_id == article_id)).rowcount
    if statements:
        removed["statement_subjects"] = conn.execute(st_subj.delete().where(st_subj.c.statement_id.in_(statements))).rowcount
        removed["statement_incidents"] = conn.execute(st_inc.delete().where(st_inc.c.statement_id.in_(statements))).rowcount
    removed["graph_statements"] = conn.execute(st.delete().where(st.c.article_id == article_id)).rowcount
    removed["graph_articles"] = conn.execute(ga.delete().where(ga.c.article_id == article_id)).rowcount
    # identities: its observations go, and the identities they were in are recounted
    touched = {r[0] for r in conn.execute(sa.select(o.c.identity_id).distinct().where(
        o.c.article_id == article_id, o.c.identity_id.is_not(None)))}
    removed["resolver_edges"] = conn.execute(e.delete().where(e.c.article_id == article_id)).rowcount
    removed["observations"] = conn.execute(o.delete().where(o.c.article_id == article_id)).rowcount
    for identity_id in sorted(touched):
        refresh_identity(conn, store, identity_id)
    gone = sorted(touched - {r[0] for r in conn.execute(sa.select(ident.c.id).where(ident.c.id.in_(touched)))}) \
        if touched else []
    if gone:
        named = set()
        for table, columns in ((ev, ("source_id", "target_id", "outlet_id")),
                               (st, ("speaker_id", "via_id", "outlet_id"))):
            named.update(r[0] for r in conn.execute(sa.select(table.c.article_id).distinct().where(
                sa.or_(*(table.c[c].in_(gone) for c in columns)))))
        named.update(r[0] for r in conn.execute(sa.select(ev.c.article_id).distinct().join(
            ev_subj, ev_subj.c.event_id == ev.c.id).where(ev_subj.c.identity_id.in_(gone))))
        named.update(r[0] for r in conn.execute(sa.select(st.c.article_id).distinct().join(
            st_subj, st_subj.c.statement_id == st.c.id).where(st_subj.c.identity_id.in_(gone))))
        if named:
            conn.execute(ga.delete().where(ga.c.article_id.in_(sorted(named))))
    removed["identities"] = len(gone)
    removed["article_links"] = conn.execute(links.delete().where(
        sa.or_(links.c.article_id == article_id, links.c.other_id == article_id))).rowcount
    # its copies, without it: one group may now be several (it was the link between them)
    rest = [a for a in group if a != article_id]
    done: set[int] = set()
    for other in rest:
        if other in done:
            continue
        copies = copy_group(conn, store, other)
        done.update(copies)
        changed_incidents, changed_relations = mark_repeats(conn, store, copies)
        incidents |= changed_incidents
        relations |= changed_relations
        mark_repeated_statements(conn, store, copies)
    recompute(conn, store, incidents)
    recompute_edges(conn, store, relations)
    return removed


def rebuild_articles(store: Store, article_ids: list[int]) -> None:
    """Rewrite graph rows of articles whose observations changed identity (after an analyst act)."""
    for article_id in article_ids:
        article, facts = read_article(store, article_id)
        with store.engine.begin() as conn:
            build_article(conn, store, article, facts, resolve=False)


def stale_articles(store: Store) -> list[int]:
    """Extracted articles whose graph rows predate their latest extraction run (indexed join)."""
    a, runs, ga = store.t("articles"), store.t("extraction_runs"), store.t("graph_articles")
    latest = sa.select(runs.c.article_id, sa.func.max(runs.c.id).label("run_id")).group_by(runs.c.article_id).subquery()
    query = (sa.select(a.c.id).join(latest, latest.c.article_id == a.c.id)
             .outerjoin(ga, ga.c.article_id == a.c.id)
             .where(a.c.status == "extracted", sa.or_(ga.c.run_id.is_(None), ga.c.run_id != latest.c.run_id))
             .order_by(a.c.published, a.c.id))
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(query)]


def judged_articles(store: Store) -> list[int]:
    """Articles with a fact judgement made or undone after their graph rows were built (a
    judgement applies on read, so the article's graph rows are rebuilt)."""
    j, ga = store.t("judgements"), store.t("graph_articles")
    with store.engine.connect() as conn:
        oldest = conn.execute(sa.select(sa.func.min(ga.c.refreshed_at))).scalar()
        if oldest is None:
            return []
        if isinstance(oldest, str):
            oldest = dt.datetime.fromisoformat(oldest)
        mark = (oldest if oldest.tzinfo else oldest.replace(tzinfo=dt.timezone.utc)).isoformat(timespec="seconds")
        recent = conn.execute(sa.select(j.c.action, j.c.fact_key, j.c.article_id, j.c.value, j.c.created_at, j.c.undone_at).where(
            sa.or_(j.c.created_at >= mark, j.c.undone_at >= mark))).all()
        if not recent:
            return []
        keys = [r.fact_key for r in recent if r.fact_key and r.action != "merge"]
        entity_keys = [k for r in recent if r.action == "merge" and r.value for k in [r.value.get("into"), *r.value.get("keys", [])] if k]
        when: dict[int, str] = {}
        latest = max(max(r.created_at, r.undone_at or "") for r in recent)
        for name in repository.FACT_TABLES:
            t = store.t(name)
            if keys:
                for r in conn.execute(sa.select(t.c.article_id).distinct().where(t.c.fact_key.in_(keys))):
                    when[r.article_id] = latest
        for r in recent:  # a judgement re-attached by its anchor names its article, not the fact's new key
            if r.action != "merge" and r.article_id is not None:
                when[r.article_id] = latest
        if entity_keys:
            m = store.t("mentions")
            for r in conn.execute(sa.select(m.c.article_id).distinct().where(m.c.entity_key.in_(entity_keys))):
                when[r.article_id] = latest
        if not when:
            return []
        refreshed = dict(conn.execute(sa.select(ga.c.article_id, ga.c.refreshed_at).where(ga.c.article_id.in_(list(when)))).all())
    out = []
    for article_id, stamp in when.items():
        done = refreshed.get(article_id)
        if isinstance(done, str):
            done = dt.datetime.fromisoformat(done)
        if done is None or (done if done.tzinfo else done.replace(tzinfo=dt.timezone.utc)).isoformat(timespec="seconds") <= stamp:
            out.append(article_id)
    return sorted(out)


def pending_articles(store: Store) -> list[int]:
    """Ids of the articles ``refresh`` would rebuild now: the stale ones (oldest first), then those
    whose judgements changed since their last build."""
    ids = stale_articles(store)
    return ids + [a for a in judged_articles(store) if a not in set(ids)]


def refresh(store: Store, progress: Optional[Callable[[int], None]] = None,
            ids: Optional[list[int]] = None) -> int:
    """Resolve and rebuild every stale article, oldest first, one transaction each. Returns how many.
    ``progress(article_id)`` is called after each; ``ids`` (from ``pending_articles``, e.g. to size a
    progress display first) saves computing them again."""
    ids = pending_articles(store) if ids is None else ids
    for article_id in ids:
        article, facts = read_article(store, article_id)
        with store.engine.begin() as conn:
            build_article(conn, store, article, facts, resolve=True)
        if progress:
            progress(article_id)
    return len(ids)
