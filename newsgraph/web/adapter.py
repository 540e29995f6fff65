"""The web layer's one door into the library: every HTTP endpoint calls a function here.

Reads go through ``newsgraph.query.graph`` (identities, incidents, contested claims) and
``newsgraph.query.article_view``; writes through ``newsgraph.store.judgements`` (fact
judgements: ``judge_fact``, the call ``newsgraph judge`` makes), ``newsgraph.store.repository``
(undo, delete an article), ``newsgraph.identity.resolver`` (merge, split, same, different) and ``newsgraph.batch``
(ingest). What the page needs beyond those calls lives here too: the
whole-store network with the page's filters, the evidence of an edge with its spans marked,
search, and one judgement log over both kinds of judgement.

Every function takes an open ``Store`` and returns plain JSON-ready dicts and lists.
Errors: ``NotFoundError`` (nothing by that id or name), ``InvalidRequestError`` (a value that
can never match), ``judgements.JudgementError`` (``bad_judgement``: a correction the fact's
schema does not allow), and intake errors from ``ingest_text``/``ingest_url``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import defaultdict
from typing import Optional

import sqlalchemy as sa

from newsgraph.errors import InvalidRequestError, NewsgraphError, NotFoundError  # noqa: F401 (re-exported)
from newsgraph.identity.names import settings as identity_settings
from newsgraph.query import graph as q
from newsgraph.query.article_view import article_view
from newsgraph.store import judgements as judging
from newsgraph.store import repository, schema
from newsgraph.store.db import Store


# --------------------------------------------------------------------------- reads via the query layer

def articles(store: Store, *, limit: int, offset: int, story_type: Optional[str] = None,
             order: str = "id") -> list[dict]:
    """Stored articles in id order (``order="events"``: most events first): id, title, outlet,
    published, status, story type, events and statements stored (``story_type``: only those with
    events whose main event is of that PLOVER type). ``story_type`` and its probability are null for an
    article with no events; ``story_type_guess`` is the classifier's raw pick, events or not. A
    Page: its ``total`` counts every article that matches (the API's ``total``)."""
    rows = repository.list_articles(store, limit=limit, offset=offset, story_type=story_type, order=order)
    keep = ("id", "title", "outlet", "published", "published_inferred", "url", "status", "word_count",
            "story_type", "story_type_probability", "story_type_guess", "events", "statements")
    # total: every article that matches, as the events list gives it (the API promises it). A page
    # cut short with rows on it ends the list, so offset + its rows is the total; the count runs
    # only for a full page, or an empty one past the first (where the end may lie before offset)
    if len(rows) < limit and (rows or not offset):
        total = offset + len(rows)
    else:
        total = repository.count_articles(store, story_type=story_type)
    return q.Page([{k: r.get(k) for k in keep} for r in rows], total)


def article(store: Store, article_id: int) -> dict:
    """One article's clean text, metadata and facts, each fact with its character span
    (absolute offsets into ``article.text``) and a ``marks`` list for highlighting."""
    view = _reader_shape(article_view(store, article_id))
    art = view["article"]
    keep = ("id", "title", "outlet", "author", "published", "published_inferred", "url", "source", "text",
            "language", "status", "near_duplicates", *repository.STORY_TYPE_COLUMNS)
    marks = []
    ev = store.t("events")
    st = store.t("statements")
    with store.engine.connect() as conn:
        triggers = {r.fact_key: (r.trigger_start, r.trigger_end) for r in conn.execute(
            sa.select(ev.c.fact_key, ev.c.trigger_start, ev.c.trigger_end).where(ev.c.article_id == article_id))}
        speakers = {r.fact_key: r for r in conn.execute(
            sa.select(st.c.fact_key, st.c.speaker_start, st.c.speaker_end, st.c.cue_start, st.c.cue_end)
            .where(st.c.article_id == article_id))}
    for e in view["events"]:
        marks.append({"start": e["span"][0], "end": e["span"][1], "kind": "event", "fact_key": e["fact_key"]})
        if e["fact_key"] in triggers:
            s, t = triggers[e["fact_key"]]
            marks.append({"start": s, "end": t, "kind": "trigger", "fact_key": e["fact_key"]})
    for s in view["statements"]:
        marks.append({"start": s["span"][0], "end": s["span"][1], "kind": "statement", "fact_key": s["fact_key"]})
        r = speakers.get(s["fact_key"])
        if r is not None and r.speaker_start is not None:
            marks.append({"start": r.speaker_start, "end": r.speaker_end, "kind": "actor", "fact_key": s["fact_key"]})
    for t in view["timexes"]:
        marks.append({"start": t["span"][0], "end": t["span"][1], "kind": "date"})
    return {"article": {k: art.get(k) for k in keep}, "entities": view["entities"], "events": view["events"],
            "statements": view["statements"], "timexes": view["timexes"], "marks": marks}


def _reader_shape(view: dict) -> dict:
    """The article document (docs/schema.md) with the few short names the reader page uses:
    ``span`` [start, end] on every fact, the actors' and speaker's display names, the sentence."""
    for e in view["events"]:
        e.update(span=[e["start"], e["end"]], sentence=e["evidence"],
                 source=e.get("source_name") or e.get("source_text"),
                 target=e.get("target_name") or e.get("target_text"))
    for s in view["statements"]:
        s.update(span=[s["start"], s["end"]], speaker=s.get("speaker_name") or s.get("speaker_text"),
                 via=s.get("via_name") or s.get("via"))
    for t in view["timexes"]:
        t["span"] = [t["start"], t["end"]]
    for entity in view["entities"]:
        entity["roles"] = [{"title": r["title"], "of": r["of_name"]} for r in view["roles"]
                           if r["person_key"] == entity["key"]]
    return view


def entities(store: Store, *, name: Optional[str], type: Optional[str], limit: int, offset: int) -> list[dict]:
    rows = q.entities(store, name=name, type=type, limit=limit + offset)
    return q.Page(rows[offset:], rows.total)  # total: every match, for the list's "total"


def entity(store: Store, ref: str, *, include_rejected: bool) -> dict:
    page = q.entity(store, ref, include_rejected=include_rejected)
    for key in ("events", "statements_by", "statements_about"):
        page[key] = _with_marks(store, page[key], key.split("_")[0])
    return page


def events(store: Store, *, limit: int, offset: int, **filters) -> list[dict]:
    rows = q.events(store, limit=limit + offset, **filters)
    return q.Page(_with_marks(store, rows[offset:], "events"), rows.total)


def incidents(store: Store, *, limit: int, offset: int, **filters) -> list[dict]:
    """The query layer's incidents, each report given in full (fact key, confidence,
    judgement, sentence with marks) as ``reports_detail``."""
    rows = q.incidents(store, limit=limit + offset, **filters)
    return q.Page(_incident_reports(store, rows[offset:]), rows.total)


def _incident_reports(store: Store, rows: list[dict]) -> list[dict]:
    if not rows:
        return rows
    ev = store.t("graph_events")
    with store.engine.connect() as conn:
        found = conn.execute(q._event_query(store, False).where(ev.c.incident_id.in_([r["id"] for r in rows]))
                             .order_by(ev.c.published, ev.c.id)).all()
        reports = q._event_rows(conn, store, found)
    # after the connection closes: on SQLite every transaction takes the write lock (BEGIN IMMEDIATE)
    reports = _with_marks(store, reports, "events")
    by_incident = defaultdict(list)
    for r in reports:
        by_incident[(r["incident"] or {}).get("id")].append(r)
    for r in rows:
        r["reports_detail"] = by_incident.get(r["id"], [])
    return rows


def incident(store: Store, incident_id: int) -> dict:
    """One incident with its reports in full; NotFoundError if there is none."""
    q.ensure_fresh(store)
    inc = store.t("incidents")
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(inc.c.type, inc.c.actor_a).where(inc.c.id == incident_id)).first()
    if row is None:
        raise NotFoundError(f"no incident with id {incident_id}", source=str(incident_id))
    for r in q.incidents(store, actor=str(row.actor_a), type=row.type, limit=5000):
        if r["id"] == incident_id:
            return _incident_reports(store, [r])[0]
    raise NotFoundError(f"no incident with id {incident_id}", source=str(incident_id))


def statements(store: Store, *, limit: int, offset: int, **filters) -> list[dict]:
    rows = q.statements(store, limit=limit + offset, **filters)
    return q.Page(_with_marks(store, rows[offset:], "statements"), rows.total)


def contested(store: Store, *, about: str, include_rejected: bool, limit: int, offset: int) -> list[dict]:
    groups = q.contested(store, about=about, include_rejected=include_rejected)[offset:offset + limit]
    for g in groups:
        g["statements"] = _with_marks(store, g["statements"], "statements")
    return groups


def timeline(store: Store, *, actor: Optional[str], since=None, until=None, include_rejected: bool = False,
             limit: int, offset: int, min_confidence: Optional[float] = None) -> list[dict]:
    """An actor's timeline (the query layer's: its newest items, shown in date order; ``offset``
    skips the newest, so the next page is older; ``total`` counts them all), or without an actor
    every incident in date order."""
    if actor:
        newest = q.timeline(store, actor=actor, since=since, until=until, include_rejected=include_rejected,
                            limit=limit + offset, min_confidence=min_confidence)
        rows = q.Page(newest[:max(0, len(newest) - offset)], newest.total)
        _with_marks(store, [r for r in rows if r["kind"] == "event"], "events")
        _with_marks(store, [r for r in rows if r["kind"] == "statement"], "statements")
        return rows
    rows = q.incidents(store, since=since, until=until, limit=5000, min_confidence=min_confidence)
    for r in rows:
        dates = sorted(d["date"] for d in r.get("dates") or [] if isinstance(d, dict) and d.get("date"))
        r["when"] = (dates[0] if dates else None) or (r["first_reported"] or "")[:10]
        r["kind"] = "incident"
    rows.sort(key=lambda r: (str(r["when"] or "9999"), r["id"]))
    return rows[offset:offset + limit]


# --------------------------------------------------------------------------- the whole-store network

def _identity_filter(conn, store: Store, ref: Optional[str]) -> Optional[list[int]]:
    return None if not ref else q.identity_ids(conn, store, ref)


def _country_code(country: str) -> str:
    if len(country) == 3 and country.isalpha():
        return country.upper()
    from newsgraph.resolve.countries import lookup_country

    found = lookup_country(country)
    if found is None:
        raise NotFoundError(f"no country {country!r}", source=country)
    return found.alpha3


def network(store: Store, *, actor: Optional[str] = None, type: Optional[str] = None, since=None, until=None,
            country: Optional[str] = None, min_confidence: Optional[float] = None, include_rejected: bool = False,
            limit: int = 300) -> dict:
    """Actors and typed edges across the store, weighted by corroboration (distinct incidents
    plus independent outlets, as ``query.graph.network``), after the page's filters: an actor
    on either side, PLOVER type, dates, an actor's country, minimum confidence. One grouped
    SQL query; the ``limit`` strongest edges are kept.

    Returns ``{"nodes": [{id, name, type, code}], "edges": [{id, source, target, type,
    reports, incidents, outlets, weight, confidence}]}``."""
    q.ensure_fresh(store)
    ev, t = store.t("graph_events"), store.t("identities")
    symmetric_types = identity_settings()["symmetric_event_types"]
    with store.engine.connect() as conn:
        symmetric = sa.and_(ev.c.type.in_(symmetric_types), ev.c.source_id > ev.c.target_id)
        a = sa.case((symmetric, ev.c.target_id), else_=ev.c.source_id).label("a")
        b = sa.case((symmetric, ev.c.source_id), else_=ev.c.target_id).label("b")
        query = sa.select(a, b, ev.c.type, sa.func.count().label("reports"),
                          sa.func.count(sa.distinct(ev.c.incident_id)).label("incidents"),
                          sa.func.count(sa.distinct(ev.c.outlet_id)).label("outlets"),
                          sa.func.max(ev.c.confidence).label("confidence")).where(
            ev.c.source_id.is_not(None), ev.c.target_id.is_not(None), ev.c.source_id != ev.c.target_id,
            ev.c.duplicate_of.is_(None))  # a capture's repeat of a report is not another report
        if not include_rejected:
            query = query.where(ev.c.rejected.is_(False))
        ids = _identity_filter(conn, store, actor)
        if ids:
            query = query.where(sa.or_(ev.c.source_id.in_(ids), ev.c.target_id.in_(ids)))
        if type:
            query = query.where(ev.c.type == q.plover_type(type))
        if country:
            code = _country_code(country)
            of_country = sa.select(t.c.id).where(sa.or_(t.c.code == code, t.c.country == code))
            query = query.where(sa.or_(ev.c.source_id.in_(of_country), ev.c.target_id.in_(of_country)))
        if min_confidence is not None:
            query = query.where(ev.c.confidence >= min_confidence)
        query = q._between(query, ev, since, until)
        rows = conn.execute(query.group_by(a, b, ev.c.type)).all()
        edges = [{"id": f"{r.a}-{r.b}-{r.type}", "source": r.a, "target": r.b, "type": r.type, "reports": r.reports,
                  "incidents": r.incidents, "outlets": r.outlets, "weight": r.incidents + r.outlets,
                  "confidence": round(r.confidence or 0.0, 3), "symmetric": r.type in symmetric_types} for r in rows]
        names = q._names(conn, store, {e["source"] for e in edges} | {e["target"] for e in edges})
        # an edge whose actor has no identity row (absorbed by a merge since) is left out, not drawn dangling
        edges = [e for e in edges if e["source"] in names and e["target"] in names]
        edges.sort(key=lambda e: (-e["weight"], -e["reports"], -e["confidence"], e["id"]))
        edges = edges[:limit]
        kept = {e["source"] for e in edges} | {e["target"] for e in edges}
        names = {i: n for i, n in names.items() if i in kept}
    return {"nodes": sorted(names.values(), key=lambda n: n["id"]), "edges": edges}


def ego_network(store: Store, *, around: str, depth: int, since=None, until=None, include_rejected: bool = False,
                limit: int = 50, min_confidence: Optional[float] = None) -> dict:
    """``newsgraph network --around A --depth N`` (``query.graph.network``), its edges given the
    same ids as ``network``'s so the page draws either."""
    result = q.network(store, around=around, depth=depth, since=since, until=until, include_rejected=include_rejected,
                       limit=limit, min_confidence=min_confidence)
    for e in result["edges"]:
        e["id"] = f"{e['source']}-{e['target']}-{e['type']}"
    return result


def edge(store: Store, *, source: int, target: int, type: str, include_rejected: bool = False) -> dict:
    """The incidents behind one network edge: each with its reports, and each report's
    supporting sentence with actor, trigger and date spans marked."""
    q.ensure_fresh(store)
    ev = store.t("graph_events")
    symmetric = type.upper() in identity_settings()["symmetric_event_types"]
    pair = sa.and_(ev.c.source_id == source, ev.c.target_id == target)
    if symmetric:
        pair = sa.or_(pair, sa.and_(ev.c.source_id == target, ev.c.target_id == source))
    with store.engine.connect() as conn:
        rows = conn.execute(q._event_query(store, include_rejected).where(pair, ev.c.type == type.upper())
                            .order_by(ev.c.published, ev.c.id).limit(500)).all()
        reports = q._event_rows(conn, store, rows)
        names = q._names(conn, store, [source, target])
        inc = store.t("incidents")
        incident_ids = sorted({r.incident_id for r in rows if r.incident_id})
        meta = {r.id: r for r in conn.execute(sa.select(inc).where(inc.c.id.in_(incident_ids)))} if incident_ids else {}
    reports = _with_marks(store, reports, "events")
    grouped = defaultdict(list)
    for r in reports:
        grouped[(r["incident"] or {}).get("id")].append(r)
    out = []
    for incident_id, members in grouped.items():
        m = meta.get(incident_id)
        out.append({"id": incident_id, "type": type.upper(),
                    "articles": m.article_count if m is not None else len({x["evidence"][0]["article_id"] for x in members}),
                    "independent_outlets": m.outlet_count if m is not None else None,
                    "dates_agree": m.dates_agree if m is not None else None,
                    "dates": ((m.details or {}).get("dates", []) if m is not None else []),
                    "reports": members})
    out.sort(key=lambda i: -(i["articles"] or 0))
    return {"source": names.get(source), "target": names.get(target), "type": type.upper(), "incidents": out}


# --------------------------------------------------------------------------- evidence spans

def _phrase_pattern(needle: str) -> str:
    """A regex that finds a stored text in the raw sentence: its words in order with any run
    of whitespace between them, whole words at both ends. The events table keeps an actor's
    text with one space per whitespace run (``repository.display_text``), so "State Department"
    must still find a hard-wrapped "State\\n    Department" in the article."""
    return r"(?<!\w)" + r"\s+".join(map(re.escape, needle.split())) + r"(?!\w)"


def _with_marks(store: Store, rows: list[dict], kind: str) -> list[dict]:
    """Give each row's evidence the raw sentence (offsets kept) and ``marks``: spans relative
    to the sentence, kind ``actor`` | ``trigger`` | ``date`` | ``content``, found from the
    extracted fact (trigger and speaker offsets, source/target text) and the article's timexes."""
    if not rows:
        return rows
    facts = store.t("events") if kind == "events" else store.t("statements")
    a, tx = store.t("articles"), store.t("timexes")
    keys = [r["fact_key"] for r in rows if r.get("fact_key")]
    article_ids = {e["article_id"] for r in rows for e in r.get("evidence", [])}
    mentions = store.t("mentions")
    with store.engine.connect() as conn:
        fact_rows = {r.fact_key: r for r in conn.execute(sa.select(facts).where(facts.c.fact_key.in_(keys)))} if keys else {}
        # the actors' own mentions give their spans (not a text search: "Bolivia" is in "Bolivian")
        spans_of = defaultdict(list)
        if kind == "events" and fact_rows:
            actor_keys = {k for r in fact_rows.values() for k in (r.source_key, r.target_key) if k}
            for r in conn.execute(sa.select(mentions.c.article_id, mentions.c.entity_key, mentions.c.start, mentions.c.end)
                                  .where(mentions.c.article_id.in_(article_ids), mentions.c.entity_key.in_(actor_keys))):
                spans_of[(r.article_id, r.entity_key)].append((r.start, r.end))
        texts = {r.id: (r.text, r.url) for r in conn.execute(sa.select(a.c.id, a.c.text, a.c.url).where(a.c.id.in_(article_ids)))}
        timexes = defaultdict(list)
        for r in conn.execute(sa.select(tx.c.article_id, tx.c.start, tx.c.end).where(tx.c.article_id.in_(article_ids))):
            timexes[r.article_id].append((r.start, r.end))
    for row in rows:
        fact = fact_rows.get(row.get("fact_key"))
        for e in row.get("evidence", []):
            text, url = texts.get(e["article_id"], ("", None))
            start, end = e["span"]
            sentence = text[start:end]
            marks = []

            def add(s, t, what):
                if s is not None and t is not None and start <= s < t <= end:
                    marks.append({"start": s - start, "end": t - start, "kind": what})

            def find(needle, what):
                if needle and needle.split():
                    hit = re.search(_phrase_pattern(needle), sentence)
                    if hit:
                        marks.append({"start": hit.start(), "end": hit.end(), "kind": what})

            if fact is not None and kind == "events":
                add(fact.trigger_start, fact.trigger_end, "trigger")
                for key, text in ((fact.source_key, fact.source_text), (fact.target_key, fact.target_text)):
                    before = len(marks)
                    for s, t in spans_of.get((e["article_id"], key), []) if key else []:
                        add(s, t, "actor")
                    if len(marks) == before:
                        find(text, "actor")
            elif fact is not None:
                add(fact.speaker_start, fact.speaker_end, "actor")
                add(fact.cue_start, fact.cue_end, "trigger")
                find(fact.content, "content")
            for s, t in timexes.get(e["article_id"], []):
                add(s, t, "date")
            marks.sort(key=lambda m: (m["start"], -m["end"]))
            e["text"] = sentence
            e["marks"] = marks
            e["url"] = url
        if fact is not None:
            row["explanation"] = getattr(fact, "explanation", None)
            row["component"] = f"{fact.component} {fact.component_version}"
    return rows


# --------------------------------------------------------------------------- search

def search(store: Store, text: str, *, limit: int = 20) -> dict:
    """Entities by name, statements by content or speaker, articles by title or text (with a
    snippet around the first hit); case-insensitive substring matching."""
    text = (text or "").strip()
    if len(text) < 2:
        raise InvalidRequestError("search needs at least 2 characters", source="q")
    like = f"%{text}%"
    found_entities = q.entities(store, name=text, limit=limit)
    st, a = store.t("graph_statements"), store.t("articles")
    with store.engine.connect() as conn:
        rows = conn.execute(q._statement_query(store, False).where(
            sa.or_(st.c.content.ilike(like), st.c.speaker_text.ilike(like))).order_by(st.c.published.desc()).limit(limit)).all()
        found_statements = q._statement_rows(conn, store, rows)
        art_rows = conn.execute(sa.select(a.c.id, a.c.title, a.c.outlet, a.c.published, a.c.text).where(
            sa.or_(a.c.title.ilike(like), a.c.text.ilike(like))).order_by(a.c.id).limit(limit)).all()
    found_articles = []
    for r in art_rows:
        at = r.text.lower().find(text.lower())
        snippet = r.text[max(0, at - 80): at + len(text) + 80] if at >= 0 else r.text[:160]
        found_articles.append({"id": r.id, "title": r.title, "outlet": r.outlet, "published": r.published,
                               "snippet": " ".join(snippet.split())})
    return {"entities": found_entities, "statements": found_statements, "articles": found_articles}


# --------------------------------------------------------------------------- writes

def correctable() -> dict[str, dict[str, Optional[list]]]:
    """The fields an analyst may correct, by fact table, with the values each allows (a sector:
    the sector codes; None: any value of its type, checked further by judge_fact):
    store.schema's ``Field.correctable``, which ``judge correct`` and ``judge_fact`` check a
    correction against (judgements.value_problem)."""
    out = {}
    for table, kind in schema.TABLE_RECORDS.items():
        out[table] = {name: (list(f.choices) if f.choices else sorted(schema.sector_codes()) if f.codes == "sector"
                             else None)
                      for name, f in schema.fields(kind).items() if f.correctable}
    return out


def judge_fact(store: Store, action: str, fact_key: str, *, author: str, reason: Optional[str] = None,
               value: Optional[dict] = None) -> dict:
    """Reject, confirm or correct a fact: ``judgements.judge_fact``, as ``newsgraph judge`` does
    (``fact_key`` the key or a unique prefix of at least 8 characters; the answer gives the full
    key, the judgements this one overrides or is overridden by, and a ``note`` saying so). A
    correction is checked against the fact's schema (store.schema ``Field.correctable``); one that
    does not fit, or a value on a reject or confirm, is the library's JudgementError, code
    ``bad_judgement`` as on the command line (the API answers 422)."""
    done = judging.judge_fact(store, author=author, action=action, fact_key=fact_key, value=value, reason=reason)
    return {"kind": "fact", **done}


def decide_identity(store: Store, action: str, left: str, right: Optional[str], *, author: str,
                    reason: Optional[str] = None) -> dict:
    """Merge, split, same or different (``identity.resolver.decide``), after bringing the graph up to date."""
    from newsgraph.identity.resolver import decide

    q.ensure_fresh(store)
    return {"kind": "identity", **decide(store, action, left, right, author=author, reason=reason)}


def set_acts_for(store: Store, ref: str, acts_for: str, sector: Optional[str], *, author: str,
                 reason: Optional[str] = None) -> dict:
    """An analyst's state for an identity (``identity.resolver.set_acts_for``), after bringing the graph up to date."""
    from newsgraph.identity.resolver import set_acts_for as record

    q.ensure_fresh(store)
    return {"kind": "identity", **record(store, ref, acts_for, sector, author=author, reason=reason)}


def undo(store: Store, kind: str, judgement_id: int) -> dict:
    """Undo a fact judgement (``kind`` "fact") or an identity act (``kind`` "identity")."""
    if kind == "fact":
        repository.undo_judgement(store, judgement_id)
        return {"kind": kind, "id": judgement_id, "undone": True}
    if kind == "identity":
        from newsgraph.identity.resolver import undo as undo_act

        return {"kind": kind, "id": judgement_id, **undo_act(store, judgement_id)}
    raise InvalidRequestError(f"unknown judgement kind {kind!r} (fact, identity)", source=kind)


def delete_article(store: Store, article_id: int, *, author: str, reason: Optional[str] = None) -> dict:
    """Delete one article and everything stored from it (``repository.delete_articles``, as
    ``newsgraph delete-article`` does): the report, with the judgements that referred to its facts
    (kept in the log; they no longer apply). NotFoundError for an id that is no stored article."""
    return {"deleted": True, **repository.delete_articles(store, [article_id], author=author, reason=reason)[0]}


def deletions(store: Store) -> list[dict]:
    """The articles analysts deleted, newest first (``repository.deleted_articles``)."""
    return repository.deleted_articles(store)


def judgement_log(store: Store, *, limit: int, offset: int, article_id: Optional[int] = None) -> list[dict]:
    """Fact judgements and identity acts in one log, newest first, undone ones marked; an identity
    act names the earlier acts it overrode on the same pair (``overrides``, ``overridden_by``,
    and ``note``: "overrides act 3 (same, positive) on A ~ B"), and a fact judgement those on the
    same fact (``note``: "overrides judgement 3 (confirm by ana)"). With ``article_id`` only the
    judgements on that article's facts (identity acts span articles: left out). A judgement on a
    deleted article's facts keeps that article's id here, with ``article_deleted`` true. A Page: its
    ``total`` counts every entry of the log (of the article)."""
    from newsgraph.identity.resolver import judgement_log as identity_log

    j = store.t("judgements")
    deletions = repository.deleted_articles(store)
    # judgement id -> the deleted article whose facts it judged (its own article id cleared as the
    # article went), and the summaries of what it judged, kept at the deletion
    deleted = {int(i): d["id"] for d in deletions for i in d["judgements"]}
    kept = {i: summary for d in deletions for i, summary in d["judged"].items()}
    query = sa.select(j) if article_id is None else sa.select(j).where(sa.or_(
        j.c.article_id == article_id, j.c.id.in_([i for i, a in deleted.items() if a == article_id])))
    with store.engine.connect() as conn:
        facts = [{"kind": "fact", "id": r.id, "action": r.action, "target": r.fact_key, "fact_table": r.fact_table,
                  "article_id": r.article_id, "value": r.value, "author": r.author, "reason": r.reason,
                  **schema.utc_stamps(r._mapping)}
                 for r in conn.execute(query.order_by(j.c.id.desc()).limit(limit + offset))]
        total = conn.execute(sa.select(sa.func.count()).select_from(query.subquery())).scalar_one()
    acts = [] if article_id is not None else [{"kind": "identity", "id": r["id"], "action": r["action"],
             "target": " + ".join(str(x) for x in ((r.get("targets") or {}).get("left"), (r.get("targets") or {}).get("right")) if x),
             "value": r.get("targets"), "author": r["author"], "reason": r.get("reason"),
             **schema.utc_stamps(r),
             "overrides": r["overrides"], "overridden_by": r["overridden_by"], "note": r["note"]}
            for r in identity_log(store)]
    for r in facts:  # a judgement on a deleted article's facts still names that article
        r["article_deleted"] = r["id"] in deleted
        r["article_id"] = deleted.get(r["id"], r["article_id"])
    _describe_facts(store, facts, kept)
    _fact_overrides(store, facts)
    log = facts + acts
    log.sort(key=lambda r: (str(r["created_at"] or ""), r["id"]), reverse=True)
    return q.Page(log[offset:offset + limit], total + len(acts))


def _fact_overrides(store: Store, rows: list[dict]) -> None:
    """Give each fact judgement ``overrides``, ``overridden_by`` and ``note`` as an identity act
    has them: the judgements on the same fact it took precedence over, or that won over it
    (judgements.judgement_overrides, as ``judge`` said when it was recorded)."""
    keys = sorted({r["target"] for r in rows if r["target"]})
    j = store.t("judgements")
    found = []
    with store.engine.connect() as conn:
        for i in range(0, len(keys), 500):
            found += [dict(r._mapping) for r in conn.execute(sa.select(j).where(
                j.c.fact_key.in_(keys[i:i + 500]), j.c.action.in_(judging.FACT_ACTIONS)))]
    notes = judging.judgement_overrides(found)
    for r in rows:
        r.update(notes.get(r["id"]) or {"overrides": [], "overridden_by": [], "note": ""})


def _describe_facts(store: Store, rows: list[dict], kept: dict[str, str]) -> None:
    """Give each fact judgement a readable ``summary`` of the fact it judges (type and actors,
    or speaker and claim), read from the extracted fact by its key; for a deleted article's
    facts, the summary kept when it was deleted (``kept``: judgement id as text -> summary,
    from ``deleted_articles.judged``)."""
    by_table = defaultdict(list)
    for r in rows:
        if r["target"] and r["fact_table"]:
            by_table[r["fact_table"]].append(r["target"])
    with store.engine.connect() as conn:
        found = repository.fact_summaries(conn, store, by_table)
    for r in rows:
        r["summary"] = found.get(r["target"]) or kept.get(str(r["id"]))


def ingest_text(store: Store, text: str, *, title: Optional[str] = None, outlet: Optional[str] = None,
                published: Optional[dt.datetime] = None, url: Optional[str] = None,
                restore_deleted: bool = False) -> dict:
    """Store and extract one article given as text (or, with ``url``, fetched from the URL);
    returns the ingest report (new, duplicates, errors, extracted). When nothing was stored and
    nothing matched an article already stored, the first intake error is raised (typed, with its
    code: ``fetch_failed``, ``empty_input``, ``no_article`` ...), so the caller sees a failure, as
    ``newsgraph ingest`` exits 1; a report with some articles stored keeps its ``errors`` list."""
    from newsgraph.batch import IngestReport, extract_articles, store_articles
    from newsgraph.intake import IntakeOptions, read_sources

    options = IntakeOptions(published=published, outlet=outlet)
    if url:
        items = read_sources([url], options)
    else:
        body = f"{title}\n\n{text}" if title else text
        items = read_sources(["-"], options, stdin=io.BytesIO(body.encode("utf-8")))
    report = IngestReport()
    failures: list[NewsgraphError] = []

    def noted(items):
        for item in items:
            if isinstance(item, NewsgraphError):
                failures.append(item)
            yield item

    store_articles(store, noted(items), report, restore_deleted=restore_deleted)
    if not report.new and not report.duplicates:
        if failures:
            raise failures[0]
        if report.deleted_earlier:  # an analyst deleted this article: 409 deleted_earlier
            raise NewsgraphError(report.deleted_earlier[0].rsplit(" [", 1)[0].split(": ", 1)[-1],
                                 source=url or "body", code="deleted_earlier")
        if report.errors:  # the store refused it (the error is kept only as its line)
            raise NewsgraphError("; ".join(report.errors), source=url or "body", code="nothing_stored")
    if report.new:
        extract_articles(store, report.new, report)
    return report.as_dict()
