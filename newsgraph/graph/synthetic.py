"""A documented synthetic store for query benchmarks: N events among Zipf-popular actors.

``generate(store, events=1_000_000, seed=7)`` fills an EMPTY store with:

* ``actors = max(1000, events // 200)`` identities (70 % people, 20 % organisations, 10 %
  countries with ISO codes ``X00``...), popularity Zipf-like (weight ``1 / rank ** 0.9``),
  so a few hubs take part in many events, as states do in news;
* ``outlets = 200`` organisation identities that publish;
* ``articles = events // 20`` articles (20 events each, a short generated text whose sentence
  i is event i, so every event's span is a real substring), published uniformly 2015-2024;
* ``graph_events``: type uniform over the 18 PLOVER types, status mostly ``asserted``, day
  dates near the article's publication, an incident per event pair of (type, actors) within
  the article's month, 1 % rejected;
* ``graph_statements``: one per 10 events, speaker a popular actor, about one other actor;
* ``observations``: the actors of each article's first two events (so entity pages have
  observations), and ``graph_articles`` rows marking every article as built.

Rows go in with executemany in chunks of ``chunk`` inside one transaction per chunk; on a
2-core machine 1 M events take a few minutes on SQLite and PostgreSQL. Deterministic for a seed.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Callable, Optional

import sqlalchemy as sa

from newsgraph.errors import StoreError
from newsgraph.nlp.types import PLOVER_TYPES
from newsgraph.store.db import Store

START = dt.date(2015, 1, 1)
DAYS = 3650


def generate(store: Store, events: int = 1_000_000, seed: int = 7, chunk: int = 20_000,
             progress: Optional[Callable[[str], None]] = None) -> dict:
    """Fill an empty store (see module docstring). Returns the counts. StoreError if not empty."""
    a, t = store.t("articles"), store.t("identities")
    with store.engine.connect() as conn:
        if conn.execute(sa.select(sa.func.count()).select_from(a)).scalar():
            raise StoreError("the synthetic generator needs an empty store", source=str(store.engine.url))
    rng = random.Random(seed)
    n_actors = max(1000, events // 200)
    n_outlets = 200
    per_article = 20
    n_articles = max(1, events // per_article)
    stamp = dt.datetime.now(dt.timezone.utc)
    weights = [1 / (rank ** 0.9) for rank in range(1, n_actors + 1)]
    cumulative = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)

    def actor() -> int:
        return rng.choices(range(1, n_actors + 1), cum_weights=cumulative, k=1)[0]

    def kind(i: int) -> str:
        return "country" if i % 10 == 0 else "organization" if i % 10 in (1, 2) else "person"

    ident_rows = []
    for i in range(1, n_actors + 1):
        k = kind(i)
        name = f"Country {i}" if k == "country" else f"Org {i}" if k == "organization" else f"Person {i}"
        ident_rows.append({"id": i, "name": name, "norm_name": name.lower(), "type": k,
                           "code": f"X{i % 1000:02d}"[:8] if k == "country" else None, "country": None,
                           "aliases": [], "features": {}, "exemplar_key": None, "observation_count": 1,
                           "article_count": 1, "created_at": stamp, "updated_at": stamp})
    for j in range(n_outlets):
        ident_rows.append({"id": n_actors + 1 + j, "name": f"Outlet {j}", "norm_name": f"outlet {j}", "type": "organization",
                           "code": None, "country": None, "aliases": [], "features": {}, "exemplar_key": None,
                           "observation_count": 1, "article_count": 1, "created_at": stamp, "updated_at": stamp})
    _insert(store, t, ident_rows, chunk)
    if progress:
        progress(f"{len(ident_rows)} identities")
    ev, st, subj, o, ga, inc = (store.t(n) for n in ("graph_events", "graph_statements", "statement_subjects",
                                                      "observations", "graph_articles", "incidents"))
    event_id = statement_id = incident_id = 0
    buffers: dict[str, list] = {"articles": [], "events": [], "statements": [], "subjects": [], "observations": [],
                                "graph_articles": [], "incidents": []}
    incident_of: dict[tuple, int] = {}

    def flush(force: bool = False):
        if not (force or len(buffers["events"]) >= chunk):
            return
        for name, table in (("articles", a), ("graph_articles", ga), ("incidents", inc), ("events", ev),
                            ("statements", st), ("subjects", subj), ("observations", o)):
            if buffers[name]:
                _insert(store, table, buffers[name], chunk)
                buffers[name] = []

    for article_id in range(1, n_articles + 1):
        published_day = START + dt.timedelta(days=rng.randrange(DAYS))
        published = dt.datetime.combine(published_day, dt.time(12), dt.timezone.utc)
        outlet_id = n_actors + 1 + rng.randrange(n_outlets)
        pairs = []
        while len(pairs) < per_article:
            source, target = actor(), actor()
            if source != target:
                pairs.append((source, target, rng.choice(PLOVER_TYPES)))
        observed = set()
        sentences = [f"Actor {s} {typ.lower()}s actor {g}." for s, g, typ in pairs]
        text = " ".join(sentences)
        buffers["articles"].append({
            "id": article_id, "url": None, "canonical_url": None, "content_hash": f"synthetic-{seed}-{article_id}",
            "title": f"Synthetic article {article_id}", "outlet": f"Outlet {outlet_id - n_actors - 1}", "author": None,
            "published": published.replace(tzinfo=None).isoformat(), "published_inferred": False, "language": "en",
            "source": "synthetic", "source_format": "text", "text": text, "word_count": len(text.split()),
            "furniture": [], "extra": {}, "minhash": [], "ingested_at": stamp.isoformat(), "status": "extracted"})
        buffers["graph_articles"].append({"article_id": article_id, "run_id": None, "outlet_id": outlet_id,
                                          "published": published, "refreshed_at": stamp})
        offset = 0
        for index, ((source, target, typ), sentence) in enumerate(zip(pairs, sentences)):
            event_id += 1
            day = published_day - dt.timedelta(days=rng.randrange(3))
            key = (typ, source, target, published_day.strftime("%Y-%m"))
            if key not in incident_of:
                incident_id += 1
                incident_of[key] = incident_id
                buffers["incidents"].append({"id": incident_id, "type": typ, "actor_a": source, "actor_b": target,
                                             "symmetric": False, "date_lo": day, "date_hi": day, "first_reported": published,
                                             "last_reported": published, "report_count": 1, "article_count": 1,
                                             "outlet_count": 1, "dates_agree": True, "details": {}, "updated_at": stamp})
            buffers["events"].append({
                "id": event_id, "article_id": article_id, "fact_key": f"s{event_id:015d}", "type": typ, "mode": None,
                "status": "asserted" if rng.random() < 0.85 else rng.choice(("planned", "claimed", "negated")),
                "confidence": round(rng.uniform(0.3, 0.95), 2), "date": day.isoformat(), "date_lo": day, "date_hi": day, "day": day,
                "source_id": source, "target_id": target, "source_text": f"Actor {source}", "target_text": f"actor {target}",
                "trigger": typ.lower(), "location": None, "start": offset, "end": offset + len(sentence),
                "published": published, "outlet_id": outlet_id, "incident_id": incident_of[key],
                "rejected": rng.random() < 0.01, "confirmed": False, "corrected": False})
            if index < 2:
                for who in (source, target):
                    if who in observed:
                        continue
                    observed.add(who)
                    buffers["observations"].append({
                        "obs_key": f"{article_id}:synthetic:{who}", "article_id": article_id,
                        "entity_key": f"synthetic:{who}", "kind": "entity", "name": f"Actor {who}",
                        "norm_name": f"actor {who}", "surname": None, "type": kind(who), "code": None, "country": None,
                        "mention_count": 1, "features": {}, "identity_id": who, "updated_at": stamp})
            if index % 10 == 0:
                statement_id += 1
                buffers["statements"].append({
                    "id": statement_id, "article_id": article_id, "fact_key": f"t{statement_id:015d}", "kind": "indirect",
                    "content": sentence, "speaker_id": source, "speaker_text": f"Actor {source}", "via_id": None,
                    "via_text": None, "cue": "said", "date": day.isoformat(), "start": offset, "end": offset + len(sentence),
                    "confidence": 0.7, "published": published, "outlet_id": outlet_id, "incident_id": incident_of[key],
                    "rejected": False, "confirmed": False, "corrected": False})
                buffers["subjects"].append({"statement_id": statement_id, "identity_id": target})
            offset += len(sentence) + 1
        flush()
        if progress and article_id % 5000 == 0:
            progress(f"{event_id} events")
    flush(force=True)
    from newsgraph.graph.edges import rebuild_all_edges

    edges = rebuild_all_edges(store)
    if store.engine.dialect.name == "postgresql":
        with store.engine.begin() as conn:
            for table in ("identities", "articles", "incidents", "graph_events", "graph_statements"):  # ids were given
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            conn.exec_driver_sql("ANALYZE")
    else:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    return {"events": event_id, "articles": n_articles, "actors": n_actors, "outlets": n_outlets,
            "statements": statement_id, "incidents": incident_id, "relations": edges}


def _insert(store: Store, table: sa.Table, rows: list[dict], chunk: int) -> None:
    for start in range(0, len(rows), chunk):
        with store.engine.begin() as conn:
            conn.execute(table.insert(), rows[start:start + chunk])
