"""Reading and writing articles and their facts. Each write is one transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from newsgraph.errors import InvalidRequestError, NotFoundError, StoreError
from newsgraph.intake.model import RawArticle
from newsgraph.nlp.types import PLOVER_TYPES, Extraction
from newsgraph.store import dedup, judgements as judging, schema
from newsgraph.store.db import Store
from newsgraph.store.schema import ARTICLE_ORDERS, ARTICLE_STATUSES

FACT_TABLES = judging.FACT_TABLES


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class SaveResult:
    article_id: int
    status: str                     # new | duplicate | deleted_earlier (then article_id is the deleted one's)
    near_duplicates: list[int] = field(default_factory=list)
    near_duplicate_evidence: list[dict] = field(default_factory=list)  # dedup.PairEvidence.as_dict + id


def _published_iso(raw: RawArticle) -> Optional[str]:
    if raw.published is None:
        return None
    value = raw.published
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value.isoformat()


def _find_existing(conn, articles: sa.Table, canonical: Optional[str], digest: str) -> Optional[int]:
    condition = articles.c.content_hash == digest
    if canonical:
        condition = sa.or_(condition, articles.c.canonical_url == canonical)
    row = conn.execute(sa.select(articles.c.id).where(condition).limit(1)).first()
    return row[0] if row else None


def _find_deleted(conn, store: Store, canonical: Optional[str], digest: str) -> Optional[int]:
    """The id of a deleted article (``deleted_articles``) with this text hash or canonical URL."""
    if "deleted_articles" not in store.tables:
        return None
    t = store.t("deleted_articles")
    condition = t.c.content_hash == digest
    if canonical:
        condition = sa.or_(condition, t.c.canonical_url == canonical)
    row = conn.execute(sa.select(t.c.id).where(condition).order_by(t.c.id.desc()).limit(1)).first()
    return row[0] if row else None


def deletion_of(store: Store, article_id: int) -> Optional[dict]:
    """The ``deleted_articles`` row of ``article_id`` (id, title, url, deleted_at, author, reason,
    ...), or None when no article of that id was deleted."""
    with store.engine.connect() as conn:
        return _deletion_by_id(conn, store, article_id)


def _deletion_by_id(conn, store: Store, article_id: int) -> Optional[dict]:
    """``deletion_of`` inside an open connection."""
    if "deleted_articles" not in store.tables:
        return None
    t = store.t("deleted_articles")
    row = conn.execute(sa.select(t).where(t.c.id == article_id)).first()
    return _deletion_row(row._mapping) if row else None


def _deletion_row(row) -> dict:
    out = dict(row)
    out["judgements"] = schema.json_value(out.get("judgements"), []) or []
    out["counts"] = schema.json_value(out.get("counts"), {}) or {}
    out["judged"] = schema.json_value(out.get("judged"), {}) or {}
    return out


def deletion_message(deletion: dict) -> str:
    """"article 3 was deleted on 2026-12-04T20:10:00+00:00 by ana (takedown request): Title"."""
    line = f"article {deletion['id']} was deleted on {deletion['deleted_at']} by {deletion['author']}"
    if deletion.get("reason"):
        line += f" ({deletion['reason']})"
    what = deletion.get("title") or deletion.get("url")
    return line + (f": {what}" if what else "")


def _insert(store: Store, table: sa.Table):
    """The dialect's INSERT, which knows ON CONFLICT (PostgreSQL and SQLite both do)."""
    return (postgresql.insert if store.engine.dialect.name == "postgresql" else sqlite.insert)(table)


def save_article(store: Store, raw: RawArticle, *, restore_deleted: bool = False) -> SaveResult:
    """Store one article unless it is already there (same canonical URL or same text), or an
    analyst deleted it (``delete_articles``: same canonical URL or text as a ``deleted_articles``
    row; status ``deleted_earlier`` with the deleted article's id, nothing stored) and
    ``restore_deleted`` is not set: a takedown must not come back with the next ingest.

    A near-duplicate (a syndicated copy with other furniture, a feed summary of a stored page)
    is stored and linked to its twins; the evidence for each link (``dedup.compare_texts``) is
    kept in the new article's ``extra["near_duplicates"]``.
    Two processes storing the same article at once are both right: the insert is ON CONFLICT
    DO NOTHING on the unique text hash and canonical URL, and the one that loses the race
    reports the winner's row as a duplicate.
    """
    articles, band_table, links = store.t("articles"), store.t("article_bands"), store.t("article_links")
    canonical = dedup.canonical_url(raw.url)
    digest = dedup.content_hash(raw.text)
    signature = dedup.minhash(raw.text)
    band_keys = dedup.bands(signature, title=raw.title)
    with store.engine.begin() as conn:
        existing = _find_existing(conn, articles, canonical, digest)
        if existing is not None:
            return SaveResult(existing, "duplicate")
        if not restore_deleted:
            deleted = _find_deleted(conn, store, canonical, digest)
            if deleted is not None:
                return SaveResult(deleted, "deleted_earlier")
        candidates = conn.execute(
            sa.select(articles.c.id, articles.c.text, articles.c.title)
            .where(articles.c.id.in_(sa.select(band_table.c.article_id).where(band_table.c.band.in_(band_keys))))
        ).all()
        near = dedup.near_duplicates(raw.text, raw.title, candidates)
        extra = dict(raw.raw_metadata)
        if near:
            extra["near_duplicates"] = [dict(id=other_id, **evidence.as_dict()) for other_id, evidence in near]
        inserted = conn.execute(
            _insert(store, articles).values(
                **_fresh_id(conn, store),
                url=raw.url, canonical_url=canonical, content_hash=digest, title=raw.title,
                outlet=raw.outlet, author=raw.author, published=_published_iso(raw),
                published_inferred=bool(raw.published_inferred), language=raw.language,
                source=raw.source, source_format=raw.source_format, text=raw.text,
                word_count=len(raw.text.split()), furniture=list(raw.furniture), extra=extra,
                minhash=signature, ingested_at=now_iso(), status="ingested",
            ).on_conflict_do_nothing().returning(articles.c.id)
        ).first()
        if inserted is None:  # another process stored it after our look-up: its row is visible now
            existing = _find_existing(conn, articles, canonical, digest)
            if existing is None:
                raise StoreError("article conflicts with a stored one that cannot be found", source=raw.source)
            return SaveResult(existing, "duplicate")
        article_id = inserted[0]
        for other_id, evidence in near:
            conn.execute(_insert(store, links).values(
                [{"article_id": a, "other_id": b, "kind": "near_duplicate", "score": evidence.score}
                 for a, b in ((article_id, other_id), (other_id, article_id))]).on_conflict_do_nothing())
        conn.execute(band_table.insert(), [{"band": key, "article_id": article_id} for key in band_keys])
    return SaveResult(article_id, "new", [other_id for other_id, _ in near],
                      [dict(id=other_id, **evidence.as_dict()) for other_id, evidence in near])


def _fresh_id(conn, store: Store) -> dict:
    """``{"id": N}`` where SQLite would give a new article the id of one deleted (it takes the
    next rowid after the largest stored): ids past the largest ``deleted_articles`` holds, as
    PostgreSQL's sequence never hands an id out twice. Fact and observation keys are made from
    the article id, so a new article under an old id would pick up the deleted one's judgements.
    ``{}`` otherwise (the database's own id). SQLite's writers take turns (BEGIN IMMEDIATE)."""
    if not store.is_sqlite or "deleted_articles" not in store.tables:
        return {}
    deleted = conn.execute(sa.select(sa.func.max(store.t("deleted_articles").c.id))).scalar()
    if deleted is None:
        return {}
    stored = conn.execute(sa.select(sa.func.max(store.t("articles").c.id))).scalar() or 0
    return {"id": deleted + 1} if deleted >= stored else {}


def fact_key(article_id: int, table: str, *parts: Any) -> str:
    """A key for an extracted fact that survives re-extraction: article, kind, span and type
    (and, for events and statements, their actors: ``event_fact_key``, ``statement_fact_key``).
    A 40-digit hex SHA-1."""
    text = "|".join([str(article_id), table, *(str(p) for p in parts)])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def event_fact_key(article_id: int, row: dict) -> str:
    """An event's key from its stored columns: sentence span, type, trigger start, the actor texts
    as shown (``display_text``) and the actors' entity keys. The entity keys make each actor pair
    its own fact: a joint statement coded once per signatory (``Austria [We] -> Cuba``,
    ``Brazil [We] -> Cuba``) or one condemnation of two targets gives one key per pair, so a
    judgement on one pair leaves the others alone. Made from stored columns only, so migration
    0012 recomputes it for events stored under the older recipe."""
    return fact_key(article_id, "events", row["start"], row["end"], row["type"], row["trigger_start"],
                    display_text(row.get("source_text")), display_text(row.get("target_text")),
                    row.get("source_key"), row.get("target_key"))


def statement_fact_key(article_id: int, row: dict) -> str:
    """A statement's key from its stored columns: content span, kind and the speaker's entity key
    (two speakers given the same words are two statements)."""
    return fact_key(article_id, "statements", row["start"], row["end"], row["kind"], row.get("speaker_key"))


def _upsert_entities(conn, store: Store, extraction: Extraction) -> None:
    entities = store.t("entities")
    if not extraction.entities:
        return
    rows = [
        {"key": e.key, "name": e.name, "type": e.type, "code": e.code, "country": e.country,
         "aliases": sorted(set(e.aliases)), "reason": e.reason, "component": e.component or "unknown",
         "component_version": e.version or "0"}
        for e in extraction.entities.values()
    ]
    conn.execute(_insert(store, entities).on_conflict_do_nothing(index_elements=["key"]), rows)


def display_text(text: Optional[str]) -> Optional[str]:
    """An event actor's text as the events table shows it: each run of whitespace one space
    ("State\n    Department" -> "State Department"; a hard-wrapped or markdown line break inside
    a name). The table keeps no offsets for an actor (schema: "the source as written"), so a
    reader that looks the column up in the article must allow any whitespace between its words,
    as the web view's highlighting does (``web.adapter._phrase_pattern``); the extraction record
    keeps the exact span, and the fact key is made from it, so a re-extraction keeps its key."""
    return " ".join(text.split()) if text else text


def _fact_rows(article_id: int, run_id: int, extraction: Extraction) -> dict[str, list[dict]]:
    def base(table, record, start, end, *identity):
        return {"article_id": article_id, "run_id": run_id, "start": start, "end": end,
                "component": record.component or "unknown", "component_version": record.version or "0",
                "fact_key": fact_key(article_id, table, start, end, *identity) if identity else None}

    rows: dict[str, list[dict]] = {name: [] for name in FACT_TABLES}
    for m in extraction.mentions:
        rows["mentions"].append({**base("mentions", m, m.start, m.end, m.type), "text": m.text, "type": m.type,
                                 "kind": m.kind, "entity_key": m.entity_key, "label": m.label, "measure": m.measure})
    for r in extraction.roles:
        rows["roles"].append({**base("roles", r, r.start, r.end, r.person_key, r.title), "person_key": r.person_key,
                              "title": r.title, "of_key": r.of_key, "of_name": r.of_name, "date": r.date})
    for t in extraction.timexes:
        rows["timexes"].append({**base("timexes", t, t.start, t.end, t.type), "text": t.text, "type": t.type,
                                "value": t.value, "precision": t.precision, "readings": list(t.readings) or None})
    for e in extraction.events:
        rows["events"].append({
            **base("events", e, e.sentence_start, e.sentence_end),
            "type": e.type, "mode": e.mode, "trigger": e.trigger, "trigger_start": e.trigger_start,
            "trigger_end": e.trigger_end, "source_key": e.source_key, "source_text": display_text(e.source_text),
            "target_key": e.target_key, "target_text": display_text(e.target_text),
            "source_affiliation_key": e.source_affiliation_key, "target_affiliation_key": e.target_affiliation_key,
            "source_acts_for": e.source_acts_for, "source_sector": e.source_sector,
            "target_acts_for": e.target_acts_for, "target_sector": e.target_sector,
            "date": e.date, "date_end": e.date_end, "date_source": e.date_source, "location": e.location,
            "location_key": e.location_key, "status": e.status, "confidence": e.confidence,
            "explanation": e.explanation,
            "evidence_spans": [list(span) for span in e.evidence_spans] or None})
    for s in extraction.statements:
        rows["statements"].append({
            **base("statements", s, s.content_start, s.content_end),
            "kind": s.kind, "content": s.content, "content_parts": [list(p) for p in s.content_parts],
            "speaker_key": s.speaker_key, "speaker_text": s.speaker_text, "speaker_start": s.speaker_start,
            "speaker_end": s.speaker_end, "cue": s.cue, "cue_start": s.cue_start, "cue_end": s.cue_end,
            "date": s.date, "via": s.via, "via_key": s.via_key, "confidence": s.confidence,
            "speaker_acts_for": s.speaker_acts_for, "speaker_sector": s.speaker_sector})
    # keys made from the stored columns, so a migration can recompute them (event_fact_key)
    for row in rows["events"]:
        row["fact_key"] = event_fact_key(article_id, row)
    for row in rows["statements"]:
        row["fact_key"] = statement_fact_key(article_id, row)
    return rows


def save_extraction(store: Store, article_id: int, extraction: Extraction) -> int:
    """Replace the article's extracted facts with ``extraction`` in one transaction.

    Judgements are never touched: they refer to facts by ``fact_key`` and apply on read.
    """
    runs, articles = store.t("extraction_runs"), store.t("articles")
    with store.engine.begin() as conn:
        # Lock the article's row: two processes extracting the same article (concurrent
        # ingests resuming it) take turns, so the second replaces the first's facts instead of
        # adding to them. (SQLite's BEGIN IMMEDIATE already serialises writers.)
        conn.execute(sa.select(articles.c.id).where(articles.c.id == article_id).with_for_update())
        run_id = conn.execute(runs.insert().values(
            article_id=article_id, started_at=now_iso(), status="running", components=extraction.components,
        )).inserted_primary_key[0]
        for name in (*FACT_TABLES, "sentences"):
            table = store.t(name)
            conn.execute(table.delete().where(table.c.article_id == article_id))
        if extraction.sentences:
            conn.execute(store.t("sentences").insert(), [
                {"article_id": article_id, "idx": i, "start": s, "end": e} for i, (s, e) in enumerate(extraction.sentences)
            ])
        _upsert_entities(conn, store, extraction)
        for name, rows in _fact_rows(article_id, run_id, extraction).items():
            if rows:
                conn.execute(store.t(name).insert(), rows)
        conn.execute(runs.update().where(runs.c.id == run_id).values(finished_at=now_iso(), status="done"))
        conn.execute(articles.update().where(articles.c.id == article_id).values(
            status="extracted", status_detail=None, **story_type_values(extraction.story_type)))
    return run_id


# The article columns that hold its story type (migration 0009_article_story_type).
STORY_TYPE_COLUMNS = ("story_type", "story_type_probability", "story_type_trigger_start", "story_type_trigger_end",
                      "story_type_component", "story_type_component_version")


def story_type_values(story) -> dict:
    """The article columns for a StoryTypeRecord (all null for None: a text with no words).
    Re-extraction rewrites them; judgements are never touched."""
    if story is None:
        return dict.fromkeys(STORY_TYPE_COLUMNS)
    return {"story_type": story.type, "story_type_probability": story.probability,
            "story_type_trigger_start": story.trigger_start, "story_type_trigger_end": story.trigger_end,
            "story_type_component": story.component or "unknown", "story_type_component_version": story.version or "0"}


def mark_article_status(store: Store, article_id: int, status: str, detail: Optional[str] = None) -> None:
    articles = store.t("articles")
    with store.engine.begin() as conn:
        conn.execute(articles.update().where(articles.c.id == article_id).values(status=status, status_detail=detail))


def list_articles(store: Store, limit: Optional[int] = None, offset: int = 0, status: Optional[str] = None,
                  story_type: Optional[str] = None, order: str = "id") -> list[dict]:
    """Articles (without their text), each with ``events`` and ``statements``: how many of each
    its extraction stored, and ``acts``: how many distinct triggers its events have (a joint
    statement's one condemnation by 21 signatories is 21 events, one per actor pair as PLOVER
    codes them, and one act). ``order`` "id" (as stored, the default) or "events" (most events first,
    then id); ``status`` one of ARTICLE_STATUSES; ``story_type`` a PLOVER type (only articles with
    events whose main event is of that type). ``story_type`` and ``story_type_probability`` are null for
    an article with no events (no main event); ``story_type_guess`` is the classifier's pick for every
    extracted article, events or not. NotFoundError (code ``bad_status``) or InvalidRequestError (code
    ``bad_story_type``, ``bad_order``) for a value outside those."""
    if order not in ARTICLE_ORDERS:
        raise InvalidRequestError(f"unknown order (use one of: {', '.join(ARTICLE_ORDERS)})", source=order,
                                  code="bad_order")
    a, ev, st = store.t("articles"), store.t("events"), store.t("statements")
    # counts as correlated subqueries: one query, and an article with no facts reads 0
    n_events = (sa.select(sa.func.count()).select_from(ev).where(ev.c.article_id == a.c.id)
                .scalar_subquery().label("events"))
    n_statements = (sa.select(sa.func.count()).select_from(st).where(st.c.article_id == a.c.id)
                    .scalar_subquery().label("statements"))
    n_acts = (sa.select(sa.func.count(sa.distinct(ev.c.trigger_start))).select_from(ev)
              .where(ev.c.article_id == a.c.id).scalar_subquery().label("acts"))
    query = _article_filters(store, sa.select(
        a.c.id, a.c.title, a.c.outlet, a.c.published, a.c.published_inferred, a.c.url, a.c.source,
        a.c.source_format, a.c.word_count, a.c.status, a.c.story_type, a.c.story_type_probability,
        n_events, n_acts, n_statements).offset(offset), status, story_type)
    query = query.order_by(n_events.desc(), a.c.id) if order == "events" else query.order_by(a.c.id)
    if limit:
        query = query.limit(limit)
    with store.engine.connect() as conn:
        rows = [dict(row._mapping) for row in conn.execute(query)]
    for row in rows:
        # an article with no events has no main event: its story type is null, as ``articles``
        # leaves it blank; the classifier's raw pick stays under ``story_type_guess``
        row["story_type_guess"] = row["story_type"]
        if not row["events"]:
            row["story_type"] = row["story_type_probability"] = None
    return rows


def count_articles(store: Store, status: Optional[str] = None, story_type: Optional[str] = None) -> int:
    """How many stored articles ``list_articles`` gives with these filters and no limit (the
    ``total`` of a cut listing: "50 of 412 article(s) shown"); the same errors for a bad value."""
    a = store.t("articles")
    query = _article_filters(store, sa.select(sa.func.count()).select_from(a), status, story_type)
    with store.engine.connect() as conn:
        return conn.execute(query).scalar_one()


def _article_filters(store: Store, query, status: Optional[str], story_type: Optional[str]):
    """``query`` over articles with ``list_articles``' status and story-type filters, each checked."""
    if status is not None and status not in ARTICLE_STATUSES:
        raise NotFoundError(f"unknown status (use one of: {', '.join(ARTICLE_STATUSES)})", source=status,
                            code="bad_status")
    if story_type is not None:
        story_type = story_type.strip().upper() or None  # PLOVER types are upper case; "consult" is CONSULT
    if story_type is not None and story_type not in PLOVER_TYPES:
        raise InvalidRequestError(f"unknown story type (use a PLOVER type: {', '.join(PLOVER_TYPES)})",
                                  source=story_type, code="bad_story_type")
    a, ev = store.t("articles"), store.t("events")
    if status:
        query = query.where(a.c.status == status)
    if story_type:
        # the story type is a guess at the main event's type; an article with no events has no
        # main event, so its guess is noise a filter should not return (``articles`` leaves it blank)
        query = query.where(a.c.story_type == story_type, sa.exists().where(ev.c.article_id == a.c.id))
    return query


def article_ids(store: Store) -> list[int]:
    a = store.t("articles")
    with store.engine.connect() as conn:
        return [row[0] for row in conn.execute(sa.select(a.c.id).order_by(a.c.id))]


def get_article(store: Store, article_id: int) -> dict:
    """One article with its text and metadata; NotFoundError if there is none (code ``not_found``;
    for an article an analyst deleted, the message says when, by whom and why)."""
    a, links = store.t("articles"), store.t("article_links")
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(a).where(a.c.id == article_id)).first()
        if row is None:
            deleted = _deletion_by_id(conn, store, article_id)
            if deleted is not None:
                raise NotFoundError(deletion_message(deleted), source=str(article_id))
            raise NotFoundError(f"no article with id {article_id}", source=str(article_id))
        article = dict(row._mapping)
        article.pop("minhash", None)
        article["near_duplicates"] = [
            {"id": r.other_id, "score": r.score}
            for r in conn.execute(sa.select(links.c.other_id, links.c.score).where(links.c.article_id == article_id))
        ]
    return article


def _active_judgements(conn, store: Store, article_id: Optional[int] = None) -> list[dict]:
    j = store.t("judgements")
    query = sa.select(j).where(j.c.undone_at.is_(None)).order_by(j.c.id)
    if article_id is not None:
        query = query.where(sa.or_(j.c.article_id == article_id, j.c.article_id.is_(None)))
    return [dict(r._mapping) for r in conn.execute(query)]


# Columns that hold entity keys, by fact table: entity merges rewrite them on read.
ENTITY_KEY_COLUMNS = {
    "mentions": ("entity_key",),
    "roles": ("person_key", "of_key"),
    "events": ("source_key", "target_key", "location_key", "source_affiliation_key", "target_affiliation_key"),
    "statements": ("speaker_key", "via_key"),
    "timexes": (),
}


def merged_entity_keys(judgements: list[dict]) -> dict[str, str]:
    """Entity key -> the key it was merged into, following chains, from active merge judgements."""
    into: dict[str, str] = {}
    for j in judgements:
        if j["action"] == "merge" and j["value"]:
            for key in j["value"].get("keys", []):
                if key != j["value"]["into"]:
                    into[key] = j["value"]["into"]

    def final(key: str) -> str:
        seen = {key}
        while key in into and into[key] not in seen:
            key = into[key]
            seen.add(key)
        return key

    return {key: final(key) for key in into}


def merge_entities(store: Store, into: str, keys: list[str], *, author: str, reason: Optional[str] = None) -> int:
    """Judge that the entities ``keys`` are ``into``; undo the judgement to split them again."""
    entities = store.t("entities")
    with store.engine.connect() as conn:
        known = {r[0] for r in conn.execute(sa.select(entities.c.key).where(entities.c.key.in_([into, *keys])))}
    missing = [k for k in [into, *keys] if k not in known]
    if missing:
        raise NotFoundError(f"no entity with key {missing[0]!r}", source=missing[0])
    return add_judgement(store, author=author, action="merge", fact_table="entities", fact_key=into,
                         value={"into": into, "keys": list(keys)}, reason=reason)


def article_facts(store: Store, article_id: int) -> dict[str, list[dict]]:
    """The article's extracted facts with analysts' judgements applied: rejected facts left out,
    corrections laid over the extracted values (each corrected fact marked as such, an event
    whose date a correction set with ``date_source`` "analyst"), each fact's ``judgement``
    ("confirmed", "corrected" or None), and entity keys rewritten by merges. A judgement matches
    a fact by ``fact_key``, or else by its anchor (article, table, span, type and actors) where
    only that fact of the article has it (newsgraph.store.judgements.applies_to).

    Besides one list per fact table and ``entities``, the result holds ``judgements`` (those
    that apply to the article) and ``skipped_judgements``: ``{"id", "problem"}`` for each
    judgement whose stored value cannot be applied (left out, never applied).
    """
    facts: dict[str, list[dict]] = {}
    with store.engine.connect() as conn:
        active = _active_judgements(conn, store, article_id)
        usable, problems = [], {}
        for j in active:
            problem = judging.judgement_problem(j)
            if problem:
                problems[j["id"]] = problem
            else:
                usable.append(j)
        merged = merged_entity_keys(usable)
        by_key: dict[str, list[dict]] = {}
        by_anchor: dict[tuple[str, str], list[dict]] = {}
        for j in usable:
            if j["action"] not in judging.FACT_ACTIONS:
                continue
            if j["fact_key"]:
                by_key.setdefault(j["fact_key"], []).append(j)
            if j.get("anchor") and j.get("fact_table") and j.get("article_id") == article_id:
                by_anchor.setdefault((j["fact_table"], j["anchor"]), []).append(j)
        applied: set[int] = set()
        article_keys: set[str] = set()
        anchor_counts: dict[str, dict[str, int]] = {}
        for name in FACT_TABLES:
            table = store.t(name)
            rows = []
            stored = [dict(row._mapping) for row in conn.execute(
                sa.select(table).where(table.c.article_id == article_id).order_by(table.c.start, table.c.id))]
            # an anchor re-attaches a judgement whose key is gone only where one fact of the
            # article has it (judgements.applies_to)
            counts = anchor_counts[name] = judging.anchor_counts(name, stored)
            for item in stored:
                article_keys.add(item["fact_key"])
                anchor, legacy = judging.anchor_of(name, item), judging.legacy_anchor_of(name, item)
                candidates = {j["id"]: j for j in (*by_key.get(item["fact_key"], ()),
                                                   *by_anchor.get((name, anchor), ()),
                                                   *(by_anchor.get((name, legacy), ()) if legacy else ()))}
                matching = [j for _id, j in sorted(candidates.items())
                            if judging.applies_to(j, name, item, counts.get(anchor) == 1, counts.get(legacy) == 1)]
                corrections = []
                for j in matching:
                    # a correction recorded before validation existed is checked against this fact's type
                    problem = judging.value_problem(name, j["value"]) if j["action"] == "correct" else None
                    if problem:
                        problems[j["id"]] = problem
                    else:
                        applied.add(j["id"])
                        if j["action"] == "correct":
                            corrections.append(j)
                if any(j["action"] == "reject" and j["id"] in applied for j in matching):
                    continue
                for j in corrections:  # in the order they were made: the latest wins
                    item.update(j["value"])
                    if name == "events" and ("date" in j["value"] or "date_end" in j["value"]):
                        item["date_source"] = "analyst"  # no longer the text's or the publication's
                item["corrected"] = bool(corrections)
                confirmed = any(j["action"] == "confirm" and j["id"] in applied for j in matching)
                # as `events` names it (query.graph): confirmed first, then corrected
                item["judgement"] = "confirmed" if confirmed else "corrected" if corrections else None
                for column in ENTITY_KEY_COLUMNS[name]:
                    if item.get(column) in merged:
                        item[column] = merged[item[column]]
                rows.append(item)
            facts[name] = rows
        keys = set()
        for name in FACT_TABLES:
            for item in facts[name]:
                keys.update(item[c] for c in ENTITY_KEY_COLUMNS[name] if item.get(c))
        e = store.t("entities")
        facts["entities"] = [dict(r._mapping) for r in conn.execute(sa.select(e).where(e.c.key.in_(keys)).order_by(e.c.type, e.c.name, e.c.key))] if keys else []
        # a judgement of this article whose key is gone and whose anchor several facts share
        # (actor pairs told apart only by texts) is not guessed onto one: say so
        for j in usable:
            shared = anchor_counts.get(j.get("fact_table") or "", {}).get(j.get("anchor") or "", 0)
            if (j["action"] in judging.FACT_ACTIONS and j["id"] not in applied and j.get("article_id") == article_id
                    and shared > 1):
                problems[j["id"]] = (f"its fact is no longer stored under key {j['fact_key']} and {shared} facts share "
                                     "its anchor (span, trigger, type, actors): judge the one meant again")
        facts["judgements"] = [j for j in usable if j["id"] in applied
                               or (j["action"] == "merge" and (set(j["value"]["keys"]) | {j["value"]["into"]}) & keys)]
        # warn about a judgement that cannot be applied where it belongs: its article, its fact's
        # article, or (a merge, which has no article) everywhere
        facts["skipped_judgements"] = [
            {"id": j["id"], "problem": problems[j["id"]]} for j in active
            if j["id"] in problems and (j.get("article_id") == article_id or j["fact_key"] in article_keys
                                        or j["action"] == "merge")]
    return facts


def add_judgement(store: Store, *, author: str, action: str, fact_table: Optional[str] = None,
                  fact_key: Optional[str] = None, article_id: Optional[int] = None,
                  value: Optional[dict] = None, reason: Optional[str] = None, anchor: Optional[str] = None) -> int:
    """Record an analyst's judgement (reject | confirm | correct | merge | split) as given.

    The checked way in, for a judgement on a stored fact, is
    ``newsgraph.store.judgements.record_fact_judgement``, which finds the fact, validates
    the correction against its type and records the anchor.
    """
    j = store.t("judgements")
    with store.engine.begin() as conn:
        return conn.execute(j.insert().values(
            created_at=now_iso(), author=author, action=action, fact_table=fact_table, fact_key=fact_key,
            article_id=article_id, anchor=anchor, value=value, reason=reason)).inserted_primary_key[0]


def undo_judgement(store: Store, judgement_id: int) -> None:
    """Mark a judgement undone; the log keeps it. NotFoundError (code ``not_found``) for an id
    never recorded; judgements.AlreadyUndoneError (code ``already_undone``) for one undone before."""
    j = store.t("judgements")
    with store.engine.begin() as conn:
        done = conn.execute(j.update().where(j.c.id == judgement_id, j.c.undone_at.is_(None)).values(undone_at=now_iso()))
        if done.rowcount == 0:
            undone = conn.execute(sa.select(j.c.undone_at).where(j.c.id == judgement_id)).first()
            if undone is not None:
                raise judging.AlreadyUndoneError(f"judgement {judgement_id} was already undone at {undone[0]}",
                                                 source=str(judgement_id))
            raise NotFoundError(f"no judgement with id {judgement_id}", source=str(judgement_id))


def stats(store: Store) -> dict[str, Any]:
    """Counts of everything stored. Analysts' work is counted as it stands: ``judgements`` are
    the fact and entity judgements in force, ``judgements_undone`` those undone (the log keeps
    them), and ``identity_acts`` / ``identity_acts_undone`` the same for merge, split, same,
    different and acts-for on identities."""
    with store.engine.connect() as conn:
        counts = {name: conn.execute(sa.select(sa.func.count()).select_from(store.t(name))).scalar_one()
                  for name in ("articles", "sentences", "mentions", "entities", "roles", "timexes", "events",
                               "statements")}
        for name in ("judgements", "identity_acts"):
            t = store.t(name)
            undone = conn.execute(sa.select(sa.func.count()).select_from(t).where(t.c.undone_at.is_not(None))).scalar_one()
            total = conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
            counts[name], counts[f"{name}_undone"] = total - undone, undone
        a = store.t("articles")
        counts["articles_by_status"] = dict(conn.execute(sa.select(a.c.status, sa.func.count()).group_by(a.c.status)).all())
        counts["near_duplicate_links"] = conn.execute(
            sa.select(sa.func.count()).select_from(store.t("article_links"))).scalar_one() // 2
        ev = store.t("events")
        counts["events_by_type"] = dict(conn.execute(sa.select(ev.c.type, sa.func.count()).group_by(ev.c.type)).all())
    return counts


def delete_articles(store: Store, article_ids: list[int], *, author: str = "analyst",
                    reason: Optional[str] = None, dry_run: bool = False) -> list[dict]:
    """Delete the articles ``article_ids`` and everything stored from them, all in one
    transaction: their sentences, facts (mentions, roles, timexes, events, statements),
    extraction runs, near-duplicate links and dedup bands, and their graph rows
    (``graph.build.remove_article``: observations, system resolver edges, graph events and
    statements; incidents, relations, identities and the copies' repeat marks recounted); an
    entity no stored fact names any more goes too. Each leaves a row in ``deleted_articles``
    (what it was, who deleted it, when, why), whose id no new article is given (``_fresh_id``).

    Analysts' judgements are never deleted: the log keeps those that referred to an article's
    facts (their ``article_id`` is cleared, as the schema's foreign key does; the
    ``deleted_articles`` row lists their ids); they no longer apply. Identity acts stay too.

    NotFoundError (code ``not_found``) naming the first id that is no stored article: then
    nothing is deleted. Returns one report per article, in the order given (an id given twice
    counts once): ``{"id", "title", "url", "judgements" (ids), "judgements_in_force",
    "identity_acts" (ids of analysts' acts that named its entities), "removed" (rows by table)}``.
    With ``dry_run`` the same work is done and rolled back: the reports of what would go.
    """
    from newsgraph.graph.build import remove_article

    ids = list(dict.fromkeys(int(i) for i in article_ids))
    if not ids:
        raise InvalidRequestError("no article id given", source="ids", code="bad_article_id")
    a = store.t("articles")
    reports = []
    with store.engine.connect() as conn, conn.begin() as transaction:
        found = {r.id: r for r in conn.execute(
            sa.select(a.c.id, a.c.title, a.c.url, a.c.outlet, a.c.published, a.c.source, a.c.content_hash)
            .where(a.c.id.in_(ids)).with_for_update())}
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFoundError(f"no article with id {missing[0]}; nothing deleted", source=str(missing[0]))
        for article_id in ids:
            reports.append(_delete_article(conn, store, found[article_id], author, reason, remove_article))
        _prune_entities(conn, store, {k for r in reports for k in r.pop("entity_keys")})
        if dry_run:
            transaction.rollback()
    return reports


def _delete_article(conn, store: Store, row, author: str, reason: Optional[str], remove_article) -> dict:
    """One article of ``delete_articles``, inside its transaction."""
    article_id = row.id
    j, e = store.t("judgements"), store.t("resolver_edges")
    keys: set[str] = set()
    entity_keys: set[str] = set()
    for name in FACT_TABLES:
        t = store.t(name)
        columns = [t.c.fact_key, *(t.c[c] for c in ENTITY_KEY_COLUMNS[name])]
        for r in conn.execute(sa.select(*columns).where(t.c.article_id == article_id)):
            keys.add(r[0])
            entity_keys.update(v for v in r[1:] if v)
    judged = conn.execute(sa.select(j.c.id, j.c.undone_at).where(sa.or_(
        j.c.article_id == article_id,
        *(j.c.fact_key.in_(chunk) for chunk in _chunked(sorted(keys)))), j.c.action != "merge")
        .order_by(j.c.id)).all()
    # analysts' identity acts name observations "<article_id>:<entity key>"
    prefix = f"{article_id}:"
    acts = sorted({r.act_id for r in conn.execute(sa.select(e.c.act_id, e.c.left_key, e.c.right_key).where(
        e.c.act_id.is_not(None), sa.or_(e.c.left_key.startswith(prefix), e.c.right_key.startswith(prefix))))})
    judged_summaries = _judged_summaries(conn, store, [r.id for r in judged])
    removed = remove_article(conn, store, article_id)
    for name in (*FACT_TABLES, "sentences", "extraction_runs", "article_bands"):
        t = store.t(name)  # facts before their runs (run_id refers to them)
        removed[name] = conn.execute(t.delete().where(t.c.article_id == article_id)).rowcount
    # the log keeps them; the foreign key would clear the article id as the row goes, and does here
    # where the store was opened without it
    conn.execute(j.update().where(j.c.article_id == article_id).values(article_id=None))
    removed["articles"] = conn.execute(store.t("articles").delete().where(store.t("articles").c.id == article_id)).rowcount
    report = {"id": article_id, "title": row.title, "url": row.url, "judgements": [r.id for r in judged],
              "judgements_in_force": sum(1 for r in judged if r.undone_at is None), "identity_acts": acts,
              "removed": {k: v for k, v in removed.items() if v}}
    conn.execute(store.t("deleted_articles").insert().values(
        id=article_id, title=row.title, url=row.url, outlet=row.outlet, published=row.published, source=row.source,
        content_hash=row.content_hash, deleted_at=now_iso(), author=author, reason=reason,
        judgements=report["judgements"], counts=report["removed"],
        canonical_url=dedup.canonical_url(row.url), judged=judged_summaries))
    return {**report, "entity_keys": entity_keys}


def fact_summaries(conn, store: Store, keys_by_table: dict[str, list[str]]) -> dict[str, str]:
    """Fact key -> a readable summary of the stored fact: an event's "TYPE: source → target
    (trigger)", a statement's "speaker: “claim”" (its first 90 characters)."""
    found = {}
    for chunk in _chunked(sorted(set(keys_by_table.get("events") or []))):
        ev = store.t("events")
        for f in conn.execute(sa.select(ev.c.fact_key, ev.c.type, ev.c.source_text, ev.c.target_text, ev.c.trigger)
                              .where(ev.c.fact_key.in_(chunk))):
            found[f.fact_key] = f"{f.type}: {f.source_text or '?'} → {f.target_text or '?'} ({f.trigger})"
    for chunk in _chunked(sorted(set(keys_by_table.get("statements") or []))):
        st = store.t("statements")
        for f in conn.execute(sa.select(st.c.fact_key, st.c.speaker_text, st.c.content)
                              .where(st.c.fact_key.in_(chunk))):
            found[f.fact_key] = f"{f.speaker_text or '?'}: “{(f.content or '')[:90]}”"
    return found


def _judged_summaries(conn, store: Store, judgement_ids: list[int]) -> dict[str, str]:
    """Judgement id (as text) -> a summary of the fact it judged (``fact_summaries``), read
    before the facts go: the judgement log keeps saying what was judged after a deletion."""
    if not judgement_ids:
        return {}
    j = store.t("judgements")
    rows = conn.execute(sa.select(j.c.id, j.c.fact_key, j.c.fact_table).where(j.c.id.in_(judgement_ids))).all()
    by_table: dict[str, list[str]] = {}
    for r in rows:
        if r.fact_key and r.fact_table:
            by_table.setdefault(r.fact_table, []).append(r.fact_key)
    found = fact_summaries(conn, store, by_table)
    return {str(r.id): found[r.fact_key] for r in rows if r.fact_key in found}


def _chunked(values: list, size: int = 500) -> list[list]:
    return [values[i:i + size] for i in range(0, len(values), size)] or [[]]


def _prune_entities(conn, store: Store, keys: set[str]) -> None:
    """Delete the entities among ``keys`` that no stored fact and no merge judgement names any more
    (a name seen only in a deleted article: a takedown takes it too)."""
    if not keys:
        return
    left = set(keys)
    for name, columns in ENTITY_KEY_COLUMNS.items():
        t = store.t(name)
        for column in columns:
            for chunk in _chunked(sorted(left)):
                left -= {r[0] for r in conn.execute(sa.select(t.c[column]).distinct().where(t.c[column].in_(chunk)))}
    o = store.t("observations")
    for chunk in _chunked(sorted(left)):
        left -= {r[0] for r in conn.execute(sa.select(o.c.entity_key).distinct().where(o.c.entity_key.in_(chunk)))}
    j = store.t("judgements")
    for (value,) in conn.execute(sa.select(j.c.value).where(j.c.action == "merge")):
        value = schema.json_value(value, {}) or {}
        if isinstance(value, dict):
            left -= {value.get("into"), *(value.get("keys") or [])}
    if left:
        entities = store.t("entities")
        for chunk in _chunked(sorted(left)):
            conn.execute(entities.delete().where(entities.c.key.in_(chunk)))


def deleted_articles(store: Store) -> list[dict]:
    """The ``deleted_articles`` log, newest first ([] in a store without the table)."""
    if "deleted_articles" not in store.tables:
        return []
    t = store.t("deleted_articles")
    with store.engine.connect() as conn:
        return [_deletion_row(r._mapping) for r in conn.execute(sa.select(t).order_by(t.c.deleted_at.desc(), t.c.id.desc()))]
