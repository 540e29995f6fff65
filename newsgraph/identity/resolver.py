"""The resolver: judged edges between observations, and the minted identities they make.

Shape after nomenklatura's resolver: an edge joins two observation keys and is judged
``positive``, ``negative`` or ``unsure``; it records who decided (``system`` with its score and
explanation, or an analyst act with its author and reason), when, and, once undone, when it
stopped counting. Identities are minted BigInteger ids stored on each observation, so SQL joins
on them. An id stays valid: it is never minted twice; ``identity_history`` keeps the ids each
observation left, so an id merged away answers with the identity it joined (``successor``) and
an undone merge gives both sides their ids back (``choose_ids``).

Rules:
* Analysts win: an analyst's positive edge joins two clusters whatever the system says; an
  analyst's negative edge keeps them apart; the newest analyst edge on a pair is the one that counts.
* Analyst edges are keyed by observation (``<article_id>:<entity key>``), which re-extraction
  keeps, so they survive ``extract --again``. Undoing an act deletes its edges (the log keeps them).
* The system never joins two people observed in the same article (in-article coreference
  already said they differ), and never crosses an analyst's negative edge.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Iterable, Iterator, Optional, Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from newsgraph.errors import NewsgraphError, NotFoundError
from newsgraph.identity.names import (family_clash, given_names_differ, normalise, settings, surname_variant,
                                      variant_length_window)
from newsgraph.identity.observe import OUTLET_KEY, Observation, row_state
from newsgraph.identity.scoring import BODY_TYPES, aggregate, compare, judgement_for
from newsgraph.identity.states import ANALYST_ACTION, analyst_state, identity_state
from newsgraph.store.db import Store
from newsgraph.store.judgements import AlreadyUndoneError
from newsgraph.store.schema import json_value, utc_iso

SYSTEM = "system"
AGGREGATE_LIMIT = 200  # the newest observations an identity's evidence is drawn from
COMPATIBLE = {"person": ("person",), "organization": ("organization", "group"), "group": ("group", "organization"),
              "place": ("place", "region"), "region": ("region", "place"), "equipment": ("equipment",),
              "country": ("country",)}


class AmbiguousReferenceError(NewsgraphError):
    code = "ambiguous_reference"


class AlreadyOneError(NewsgraphError):
    """A ``merge``, ``same`` or ``different`` whose two sides stand for one and the same
    observation of one identity (an id merged away and the id it joined, two names of one
    entity): there is no edge to record, so no act is recorded. Such an act would stay in the
    log with no effect, and after an undo of the act that joined them the analyst would believe
    a judgement holds that never did anything. The message names the act(s) that joined them
    (``already_one_line``); the web API answers 409."""
    code = "already_one"


class AlreadyAloneError(NewsgraphError):
    """A ``split`` of an identity with one observation, or of an observation (``ARTICLE:KEY``)
    that is its identity's only one: it already stands alone, so there is nothing to part and no
    act is recorded (an act with no edge would sit in the log doing nothing). The web API
    answers 409."""
    code = "already_alone"


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def upsert(store: Store, table: sa.Table, rows: list[dict], keys: list[str], update: Iterable[str]):
    """INSERT ... ON CONFLICT (keys) DO UPDATE, so parallel writers never race."""
    dialect = postgresql if store.engine.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(rows)
    return stmt.on_conflict_do_update(index_elements=keys, set_={c: getattr(stmt.excluded, c) for c in update})


def _chunks(values: Sequence, size: int = 500) -> Iterator[Sequence]:
    """``values`` in consecutive slices of at most ``size``: the lists bound into an ``IN (...)``
    stay under SQLite's limit on bound parameters (999 before SQLite 3.32)."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


# --------------------------------------------------------------------------- identities

def _mint(conn, store: Store, obs: Observation | dict, identity_id: Optional[int] = None) -> int:
    """A new identity row for ``obs`` (its name, type, code); ``identity_id`` gives back an id
    that was merged away (see ``recluster``): ids are never minted twice (SQLite AUTOINCREMENT,
    a PostgreSQL sequence), so the id is free. Returns the id."""
    t = store.t("identities")
    row = obs.row() if isinstance(obs, Observation) else obs
    stamp = now()
    values = dict(name=row["name"], norm_name=row["norm_name"], type=row["type"], code=row.get("code"),
                  country=row.get("country"), aliases=[], features={}, exemplar_key=row["obs_key"],
                  observation_count=0, article_count=0, created_at=stamp, updated_at=stamp)
    if identity_id is not None:
        values["id"] = identity_id
    return conn.execute(t.insert().values(**values)).inserted_primary_key[0]


def record_moves(conn, store: Store, moves: Iterable[tuple[str, Optional[int], int]]) -> None:
    """Keep in ``identity_history`` that each observation ``(obs_key, left, joined)`` left
    identity ``left`` for ``joined``: the pair (obs_key, left) is added, and (obs_key, joined)
    removed, since the observation is back in it. History holds only ids an observation is no
    longer in; it is what lets an id that was merged away answer (``successor``) and come back
    when the merge is undone (``recluster``)."""
    h = store.t("identity_history")
    moves = [(k, left, joined) for k, left, joined in moves if left != joined]
    if not moves:
        return
    for part in _chunks(moves):
        conn.execute(h.delete().where(sa.tuple_(h.c.obs_key, h.c.identity_id).in_([(k, j) for k, _l, j in part])))
        rows = [{"obs_key": k, "identity_id": gone, "created_at": now()} for k, gone, _j in part if gone is not None]
        if rows:
            dialect = postgresql if store.engine.dialect.name == "postgresql" else sqlite
            conn.execute(dialect.insert(h).values(rows).on_conflict_do_nothing(index_elements=["obs_key", "identity_id"]))


def successor(conn, store: Store, identity_id: int) -> Optional[int]:
    """The live identity holding most of the observations that left ``identity_id`` (an id merged
    away answers with the identity it was merged into), the lowest id on a tie; None when none
    of them is left (or ``identity_id`` was never an identity)."""
    h, o = store.t("identity_history"), store.t("observations")
    return conn.execute(
        sa.select(o.c.identity_id).join(h, h.c.obs_key == o.c.obs_key)
        .where(h.c.identity_id == identity_id, o.c.identity_id.is_not(None))
        .group_by(o.c.identity_id).order_by(sa.func.count().desc(), o.c.identity_id).limit(1)).scalar()


def redirect_note(conn, store: Store, ref: str) -> Optional[dict]:
    """When ``ref`` is the id of an identity merged away: ``{"id": old, "now": live id, "note":
    "entity 27 was merged into entity 5 (Daniel Ortega)"}`` (the line the CLI and the API
    show), else None."""
    t = store.t("identities")
    ref = str(ref).strip()
    if not ref.isdigit() or conn.execute(sa.select(t.c.id).where(t.c.id == int(ref))).scalar() is not None:
        return None
    live = successor(conn, store, int(ref))
    if live is None:
        return None
    name = conn.execute(sa.select(t.c.name).where(t.c.id == live)).scalar()
    return {"id": int(ref), "now": live, "note": f"entity {ref} was merged into entity {live} ({name})"}


def refresh_identity(conn, store: Store, identity_id: int) -> None:
    """Recompute an identity's name, evidence and counts from its observations; drop it when empty."""
    o, t = store.t("observations"), store.t("identities")
    rows = [dict(r._mapping) for r in conn.execute(
        sa.select(o.c.obs_key, o.c.article_id, o.c.kind, o.c.name, o.c.norm_name, o.c.type, o.c.code, o.c.country,
                  o.c.features, o.c.mention_count)
        .where(o.c.identity_id == identity_id).order_by(o.c.id.desc()).limit(AGGREGATE_LIMIT))]
    if not rows:
        conn.execute(t.delete().where(t.c.id == identity_id))
        return
    counts = conn.execute(sa.select(sa.func.count(), sa.func.count(sa.distinct(o.c.article_id)))
                          .where(o.c.identity_id == identity_id)).one()
    entity_rows = [r for r in rows if r["kind"] == "entity"] or rows
    types = Counter(r["type"] for r in entity_rows)
    type_ = types.most_common(1)[0][0]
    codes = Counter(r["code"] for r in rows if r["code"])
    code = codes.most_common(1)[0][0] if codes else None
    if code and type_ != "country" and any(r["type"] == "country" for r in rows):
        type_ = "country"  # a government or outlet that is the state joins the ISO-keyed country
    names = Counter()
    for r in entity_rows:
        if r["type"] == type_:
            names[r["name"]] += max(1, r["mention_count"] or 1)
    # the most used of the fullest names ("Antony J. Blinken" over "Blinken")
    name = max(names, key=lambda n: (len(normalise(n, type_).tokens) > 1, not n.isupper(), names[n], len(n))) if names else rows[0]["name"]
    if type_ == "country" and code:
        from newsgraph.resolve.countries import country_name

        name = country_name(code) or name
    countries = Counter(r["country"] for r in rows if r["country"])
    # the stand-in stays while it is a member: a merge or confirmation does not hand it to an
    # observation that came in (system edges name the identity by it; ``recluster``)
    kept = conn.execute(sa.select(t.c.exemplar_key).where(t.c.id == identity_id)).scalar()
    exemplar = kept if kept and conn.execute(sa.select(o.c.identity_id).where(o.c.obs_key == kept)).scalar() == identity_id \
        else conn.execute(sa.select(o.c.obs_key).where(o.c.identity_id == identity_id).order_by(o.c.id).limit(1)).scalar()
    aliases = sorted({r["name"] for r in rows} - {name})[:50]
    features = aggregate(rows)
    if type_ != "country":  # a state acts for itself
        features["acts_for"] = identity_state(rows, analyst_state(conn, store, identity_id))
    conn.execute(t.update().where(t.c.id == identity_id).values(
        name=name, norm_name=normalise(name, type_).key[:200], type=type_, code=code,
        country=countries.most_common(1)[0][0] if countries else None, aliases=aliases,
        features=features, exemplar_key=exemplar, observation_count=counts[0], article_count=counts[1],
        updated_at=now()))


# --------------------------------------------------------------------------- analyst edges

def _analyst_edges(conn, store: Store, keys: Iterable[str]) -> list[dict]:
    e = store.t("resolver_edges")
    keys = list(keys)
    if not keys:
        return []
    rows = []
    for part in _chunks(keys):
        rows += [dict(r._mapping) for r in conn.execute(
            sa.select(e).where(e.c.origin == "analyst", e.c.deleted_at.is_(None),
                               sa.or_(e.c.left_key.in_(part), e.c.right_key.in_(part))))]
    unique = {r["id"]: r for r in rows}
    return _newest_per_pair(unique.values())


def _newest_per_pair(edges: Iterable[dict]) -> list[dict]:
    best: dict[tuple, dict] = {}
    for edge in sorted(edges, key=lambda r: (r["created_at"], r["id"])):
        best[tuple(sorted((edge["left_key"], edge["right_key"])))] = edge
    return list(best.values())


def _identity_of(conn, store: Store, keys: Iterable[str]) -> dict[str, Optional[int]]:
    o = store.t("observations")
    keys = list(keys)
    out = {}
    for part in _chunks(keys):
        out.update({r.obs_key: r.identity_id for r in conn.execute(
            sa.select(o.c.obs_key, o.c.identity_id).where(o.c.obs_key.in_(part)))})
    return out


# --------------------------------------------------------------------------- per-article resolution

def _candidates(conn, store: Store, obs: Observation) -> list[dict]:
    """Identities worth comparing with ``obs``: blocking on indexed name keys, surname, ISO code."""
    t, o = store.t("identities"), store.t("observations")
    types = COMPATIBLE.get(obs.type, (obs.type,))
    keys = {obs.norm.key[:200]} | {normalise(a, obs.type).key[:200] for a in obs.aliases}
    keys.discard("")
    ids = set()
    if keys:
        keys = sorted(keys)
        ids |= {r[0] for r in conn.execute(sa.select(t.c.id).where(t.c.norm_name.in_(keys), t.c.type.in_(types))
                                           .order_by(t.c.id).limit(50))}
        ids |= {r[0] for r in conn.execute(sa.select(o.c.identity_id).distinct().where(
            o.c.norm_name.in_(keys), o.c.type.in_(types), o.c.identity_id.is_not(None)).order_by(o.c.identity_id).limit(50))}
    if obs.type == "person" and obs.norm.surname:
        # the exact surname first, variants in a query of their own: a common name's spellings
        # ("Mohamed" / "Mohammed" / "Muhammad") must not crowd its exact bearers out of the limit
        for surnames in ({obs.norm.surname[:100]}, _variant_surnames(conn, store, obs.norm.surname[:100])):
            if surnames:
                ids |= {r[0] for r in conn.execute(sa.select(o.c.identity_id).distinct().where(
                    o.c.surname.in_(sorted(surnames)), o.c.type == "person", o.c.identity_id.is_not(None))
                    .order_by(o.c.identity_id).limit(50))}
    if not ids:
        return []
    # oldest identity first: the order candidates are scored in (their edges, and the first of
    # equal best scores) is the same on every run and database
    return [dict(r._mapping) for r in conn.execute(sa.select(t).where(t.c.id.in_(sorted(ids))).order_by(t.c.id))]


def _variant_surnames(conn, store: Store, surname: str) -> set[str]:
    """People's surnames already observed that may be another spelling of ``surname``
    ("zelensky" for "zelenskyy"; ``names.surname_variant``), found among those with its first
    letter and a length the ratio allows (``names.variant_length_window``, so the scan and the
    rapidfuzz calls stay within a few lengths of one letter), so "Zelensky" meets "Volodymyr
    Zelenskyy" as a candidate (scored as any other)."""
    o = store.t("observations")
    if len(surname) < settings()["surname_variant"]["min_length"]:
        return set()
    shortest, longest = variant_length_window(len(surname))
    rows = conn.execute(sa.select(o.c.surname).distinct().where(
        o.c.type == "person", o.c.surname.like(f"{surname[0]}%"),
        sa.func.length(o.c.surname).between(shortest, longest), o.c.identity_id.is_not(None)))
    return {r[0] for r in rows if surname_variant(surname, r[0])}


def _country_identity(conn, store: Store, code: str, obs: Observation) -> int:
    t = store.t("identities")
    found = conn.execute(sa.select(t.c.id).where(t.c.code == code, t.c.type == "country").order_by(t.c.id).limit(1)).scalar()
    if found is not None:
        return found
    from newsgraph.resolve.countries import country_name

    name = country_name(code) or code
    return _mint(conn, store, {"name": name, "norm_name": normalise(name, "country").key, "type": "country",
                               "code": code, "country": code, "obs_key": obs.obs_key})


def _system_edge(article_id: int, left: str, right: Optional[str], judgement: str, score: float, explanation: dict) -> dict:
    return {"left_key": left, "right_key": right or left, "judgement": judgement, "origin": "system", "author": SYSTEM,
            "score": score, "explanation": explanation, "article_id": article_id, "created_at": now()}


def resolve_article(conn, store: Store, article_id: int, observations: list[Observation]) -> dict[str, int]:
    """Store the article's observations and give each an identity. Returns entity key -> identity id.

    Country observations, and governments named by their country, go to the ISO-keyed country
    identity. Others: an analyst's positive edge decides first; else the best-scoring candidate
    at or above the positive threshold that no analyst's negative edge and no other observation
    of this article rules out; else a new identity is minted.
    """
    o, e = store.t("observations"), store.t("resolver_edges")
    previous = {r.obs_key: r.identity_id for r in conn.execute(
        sa.select(o.c.obs_key, o.c.identity_id).where(o.c.article_id == article_id))}
    keep = {ob.obs_key for ob in observations}
    stale = [k for k in previous if k not in keep]
    if stale:
        conn.execute(o.delete().where(o.c.obs_key.in_(stale)))
    conn.execute(e.delete().where(e.c.article_id == article_id, e.c.origin == SYSTEM))
    if observations:
        stamp = now()
        rows = [{**ob.row(), "updated_at": stamp} for ob in observations]
        conn.execute(upsert(store, o, rows, ["obs_key"], [c for c in rows[0] if c != "obs_key"]))
    touched: set[int] = {i for i in previous.values() if i is not None}
    analyst = _analyst_edges(conn, store, keep)
    linked = set()
    for edge in analyst:
        linked.update((edge["left_key"], edge["right_key"]))
    ident_of = _identity_of(conn, store, linked)
    assigned: dict[str, int] = {}
    edges: list[dict] = []
    order = sorted(observations, key=lambda ob: (ob.type != "country", not ob.norm.state, ob.kind != "entity", -ob.mention_count))
    # analyst edges between two observations of this article name their keys, not yet assigned
    for ob in order:
        identity_id: Optional[int] = None
        mine = [ed for ed in analyst if ob.obs_key in (ed["left_key"], ed["right_key"])]
        forbidden = set()
        for ed in mine:
            other = ed["right_key"] if ed["left_key"] == ob.obs_key else ed["left_key"]
            other_id = assigned.get(other.split(":", 1)[1]) if other.startswith(f"{article_id}:") else ident_of.get(other)
            if ed["judgement"] == "positive" and other_id is not None and identity_id is None:
                identity_id = other_id
            elif ed["judgement"] == "negative" and other_id is not None:
                forbidden.add(other_id)
        if identity_id is None and ob.type == "country" and ob.code:
            identity_id = _country_identity(conn, store, ob.code, ob)
        elif identity_id is None and ob.norm.state and ob.norm.country:
            identity_id = _country_identity(conn, store, ob.norm.country, ob)
            country_exemplar = conn.execute(sa.select(store.t("identities").c.exemplar_key).where(
                store.t("identities").c.id == identity_id)).scalar()
            edges.append(_system_edge(article_id, ob.obs_key, country_exemplar, "positive", 10.0,
                                      {"evidence": [[f"the government of {ob.norm.country} is the state", 10.0]]}))
        if identity_id is None:
            # the publisher may be the body its article reports on; two entities of one article may not
            # two people of one article are two people; organisation names the pipeline kept apart in
            # one article ("Department of State", "U.S. Department of State") may still be one body
            taken = forbidden if ob.type != "person" else {i for k, i in assigned.items() if k != OUTLET_KEY} | forbidden
            best = None
            also: list[int] = []
            still = False  # whether the identity it was in still holds it (resolved again)
            for cand in _candidates(conn, store, ob):
                # scored even when ruled out, so the edge is there once an analyst's act is undone
                score, explanation = compare(ob, cand["features"] or {}, cand["type"], cand["code"])
                name_score = explanation["evidence"][0][1] if explanation.get("evidence") else 0.0
                judgement = judgement_for(score, name_score)
                if cand["id"] == previous.get(ob.obs_key):
                    still = judgement != "negative" and cand["id"] not in taken
                if judgement is None:
                    continue
                explanation["identity_id"] = cand["id"]
                edges.append(_system_edge(article_id, ob.obs_key, cand["exemplar_key"], judgement, score, explanation))
                if judgement == "positive" and cand["id"] not in taken:
                    also.append(cand["id"])
                    if best is None or score > best[0]:
                        best = (score, cand["id"])
            if still:
                # resolved again (re-extraction, resolve after extract --again): an observation stays
                # in the identity it was in while that identity is still found for it (same type and
                # name key), nothing rules it out and the scores do not say they differ, and it
                # folds nothing in: ids do not drift with the order articles are resolved in (it may
                # have joined through another observation that matched both, ``absorb``; a better
                # score elsewhere is no new evidence about it; an analyst joins them if they are one)
                identity_id = previous[ob.obs_key]
            elif best is not None:
                identity_id = best[1]
                for other in also:
                    if other != identity_id and absorb(conn, store, identity_id, other):
                        touched.discard(other)
                        # an earlier entity of this article given the absorbed identity follows it:
                        # the graph rows built from ``assigned`` must not name a deleted identity
                        for key, given in assigned.items():
                            if given == other:
                                assigned[key] = identity_id
                        for key, given in ident_of.items():  # so do other articles' analyst-linked ones
                            if given == other:
                                ident_of[key] = identity_id
        if identity_id is None:
            kept = previous.get(ob.obs_key)
            # resolved again with no identity found for it: it keeps the id it had alone (a new one
            # each time would be drift with no change); an id it shared with others is theirs
            ident = store.t("identities")
            alone = kept is not None and not conn.execute(sa.select(o.c.obs_key).where(
                o.c.identity_id == kept, o.c.obs_key != ob.obs_key).limit(1)).first() \
                and conn.execute(sa.select(ident.c.id).where(
                    ident.c.id == kept, ident.c.type.in_(COMPATIBLE.get(ob.type, (ob.type,))))).first()
            identity_id = kept if alone else _mint(conn, store, ob)
        assigned[ob.entity_key] = identity_id
        if previous.get(ob.obs_key) is not None:  # re-resolved: the id it leaves (if any) stays answerable
            record_moves(conn, store, [(ob.obs_key, previous[ob.obs_key], identity_id)])
        conn.execute(o.update().where(o.c.obs_key == ob.obs_key).values(identity_id=identity_id))
        touched.add(identity_id)
        if ob.type != "country":
            refresh_identity(conn, store, identity_id)
    real = [ed for ed in edges if ed["right_key"] != ed["left_key"]]
    if real:
        conn.execute(e.insert(), real)
    for identity_id in touched:
        refresh_identity(conn, store, identity_id)
    return assigned


def bodies_of_other_states(mine: set[str], theirs: set[str]) -> bool:
    """Whether two groups of organisation/group observations, given as the states they were
    observed in (``{"UKR"}``, ``{"HTI"}``), are bodies of different states: both placed, in no
    state in common. A system join never crosses that (an analyst's may)."""
    return bool(mine) and bool(theirs) and not mine & theirs


def _person_names(conn, store: Store, identity_id: int) -> set[str]:
    """The names an identity's person observations were written with (``features.names``)."""
    o = store.t("observations")
    return written_names(conn.execute(sa.select(o.c.name, o.c.features).where(
        o.c.identity_id == identity_id, o.c.type == "person")))


def written_names(rows: Iterable[tuple[str, Optional[dict]]]) -> set[str]:
    """Each (name, features) row's name and its ``features.names``: the names people were
    written with."""
    names: set[str] = set()
    for name, features in rows:
        names.add(name)
        names.update((features or {}).get("names", []))
    return names


def absorb(conn, store: Store, keep: int, other: int) -> bool:
    """Fold identity ``other`` into ``keep`` (an observation matched both), rewriting the graph
    rows that name it; refused when an analyst said some of their observations differ, when
    both hold a person observed in one article, when both are people whose names differ in
    middle initials or generation (a bare "Bush" that matched George H.W. and George W. Bush
    joins the better only: ``names.family_clash``) or in given name (a bare "Ortega" that
    matched Daniel and Sol Ortega: ``names.given_names_differ``), or when both are bodies of different states
    (a bare "National Security Council" that matched Russia's and the United States' does not
    make them one: it joins the better match only)."""
    o, t = store.t("observations"), store.t("identities")
    mine, theirs = observation_keys_of(conn, store, keep), observation_keys_of(conn, store, other)
    theirs_set = set(theirs)
    for edge in _analyst_edges(conn, store, mine):
        if edge["judgement"] == "negative" and (edge["left_key"] in theirs_set or edge["right_key"] in theirs_set):
            return False
    kinds = dict(conn.execute(sa.select(t.c.id, t.c.type).where(t.c.id.in_([keep, other]))).all())
    states: dict[int, set[str]] = defaultdict(set)
    for identity_id, country, features in conn.execute(sa.select(o.c.identity_id, o.c.country, o.c.features).where(
            o.c.identity_id.in_([keep, other]), o.c.type.in_(BODY_TYPES))):
        state = row_state(country, json_value(features, {}))
        if state:
            states[identity_id].add(state)
    if bodies_of_other_states(states[keep], states[other]):
        return False
    if kinds.get(keep) == "person" and kinds.get(other) == "person":
        names = [_person_names(conn, store, i) for i in (keep, other)]
        if family_clash(*names) or given_names_differ(*names):
            return False
    if kinds.get(keep) == "person" or kinds.get(other) == "person":
        shared = conn.execute(sa.select(sa.func.count()).select_from(o).where(
            o.c.identity_id == keep, o.c.kind == "entity",
            o.c.article_id.in_(sa.select(o.c.article_id).where(o.c.identity_id == other, o.c.kind == "entity")))).scalar()
        if shared:
            return False
    record_moves(conn, store, [(k, other, keep) for k in theirs])
    conn.execute(o.update().where(o.c.identity_id == other).values(identity_id=keep))
    ev, st, subj, ga, inc = (store.t(n) for n in ("graph_events", "graph_statements", "statement_subjects", "graph_articles", "incidents"))
    for table, column in ((ev, "source_id"), (ev, "target_id"), (ev, "outlet_id"), (st, "speaker_id"), (st, "via_id"),
                          (st, "outlet_id"), (ga, "outlet_id"), (inc, "actor_a"), (inc, "actor_b")):
        conn.execute(table.update().where(table.c[column] == other).values({column: keep}))
    conn.execute(subj.delete().where(subj.c.identity_id == other, subj.c.statement_id.in_(
        sa.select(subj.c.statement_id).where(subj.c.identity_id == keep))))
    conn.execute(subj.update().where(subj.c.identity_id == other).values(identity_id=keep))
    ge = store.t("graph_edges")
    conn.execute(ge.delete().where(sa.or_(ge.c.source_id == other, ge.c.target_id == other)))
    from newsgraph.graph.edges import recompute_edges_of

    recompute_edges_of(conn, store, keep)
    conn.execute(t.delete().where(t.c.id == other))
    return True


# --------------------------------------------------------------------------- references

def observation_keys_of(conn, store: Store, identity_id: int) -> list[str]:
    o = store.t("observations")
    return [r[0] for r in conn.execute(sa.select(o.c.obs_key).where(o.c.identity_id == identity_id).order_by(o.c.id))]


def find_identity(conn, store: Store, ref: str) -> int:
    """An identity from an id ("42"; an id merged away gives the identity it joined, see
    ``successor``), an observation key ("12:person:ahmed-hassan"), or a name
    that names exactly one identity -- a one-word name also names the people observed with that
    surname -- else AmbiguousReferenceError listing the choices (NotFoundError for none)."""
    t, o = store.t("identities"), store.t("observations")
    # any run of whitespace is one space: a name copied from an article may hold a narrow or
    # plain no-break space (U+202F, U+00A0), and "Antony J.\u202fBlinken" is a full name, not
    # the one-word name (a surname) it would seem to the test below
    ref = " ".join(str(ref).split())
    if ref.isdigit():
        if conn.execute(sa.select(t.c.id).where(t.c.id == int(ref))).scalar() is not None:
            return int(ref)
        live = successor(conn, store, int(ref))  # an id merged away answers with the identity it joined
        if live is not None:
            return live
    found = conn.execute(sa.select(o.c.identity_id).where(o.c.obs_key == ref)).scalar()
    if found is not None:
        return found

    def named(condition) -> list:
        """The ten identities that most articles name, of those meeting ``condition``."""
        return conn.execute(sa.select(t.c.id, t.c.name, t.c.type, t.c.article_count).where(condition)
                            .order_by(t.c.article_count.desc()).limit(10)).all()

    person = normalise(ref, "person")
    rows = named(sa.func.lower(t.c.name) == ref.lower())
    if not rows:
        rows = named(t.c.norm_name.in_({person.key, normalise(ref, "organization").key}))
    surname = person.surname if " " not in ref else None
    if surname:
        # a surname alone also names the people observed with it: "Blinken" is Antony J. Blinken
        # as much as a stray entity named "Blinken", so the choice is the user's
        people = named(t.c.id.in_(sa.select(o.c.identity_id).where(
            o.c.surname == surname, o.c.type == "person", o.c.identity_id.is_not(None))))
        seen = {r.id for r in rows}
        rows = sorted(list(rows) + [r for r in people if r.id not in seen], key=lambda r: -(r.article_count or 0))[:10]
    if not rows:
        raise NotFoundError(f"no entity named or numbered {ref!r}", source=ref)
    if len(rows) > 1:
        choices = ", ".join(f"{r.id} ({r.name}, {r.type}, {r.article_count} article(s))" for r in rows)
        raise AmbiguousReferenceError(f"{ref!r} names {len(rows)} entities: {choices}; give an id", source=ref)
    return rows[0].id


def _observations_of_ref(conn, store: Store, ref: str) -> tuple[list[str], int]:
    """An observation key stands for itself; an identity for all its observations."""
    o = store.t("observations")
    if conn.execute(sa.select(o.c.obs_key).where(o.c.obs_key == ref)).scalar() is not None:
        ident = conn.execute(sa.select(o.c.identity_id).where(o.c.obs_key == ref)).scalar()
        return [ref], ident
    identity_id = find_identity(conn, store, ref)
    return observation_keys_of(conn, store, identity_id), identity_id


# --------------------------------------------------------------------------- reclustering

def recluster(conn, store: Store, keys: Iterable[str], prefer: Iterable[int] = (), restore: Optional[dict] = None,
              moved: Optional[list] = None) -> set[int]:
    """Recompute the identities of the observations ``keys`` (and all observations sharing their
    identities, in the identities they left, or linked to them by an analyst): analyst positives join first, then system
    positives by score, then countries by ISO code; no join crosses an analyst's negative edge, and
    system joins never put two people of one article together, nor bodies of two states
    (``bodies_of_other_states``). Each cluster's id: ``choose_ids`` (``prefer``: ids an analyst
    named, kept by a merged cluster; ``restore``: observation key -> the id it had before the act
    being undone). ``moved``, when given, collects ``(obs_key, old id, new id)`` of every
    observation that changed identity. Returns affected article ids."""
    o, e = store.t("observations"), store.t("resolver_edges")
    nodes: set[str] = set(keys)
    for _ in range(2):  # identities of the keys, those they left, and those an analyst edge reaches
        ids = {i for i in _identity_of(conn, store, nodes).values() if i is not None}
        # an observation a merge took from an identity that kept others ("merge" refused to bring a
        # person of the same article along) meets them again here, so an undo can rejoin them
        ids |= {i for found in _history_of(conn, store, nodes).values() for i in found}
        for identity_id in ids:
            nodes.update(observation_keys_of(conn, store, identity_id))
        # and the observations that left them (a person of the same article a merge pushed out)
        nodes.update(_left_from(conn, store, ids))
        for edge in _analyst_edges(conn, store, nodes):
            if edge["judgement"] == "positive":
                nodes.update((edge["left_key"], edge["right_key"]))
    info = {}
    node_list = sorted(nodes)  # not a set's hash order: the edges below are read in a stable order
    for part in _chunks(node_list):
        for r in conn.execute(sa.select(o.c.obs_key, o.c.article_id, o.c.identity_id, o.c.id, o.c.type, o.c.code, o.c.country,
                                        o.c.name, o.c.features)
                              .where(o.c.obs_key.in_(part))):
            info[r.obs_key] = r
    nodes = set(info)
    analyst = [ed for ed in _analyst_edges(conn, store, nodes) if ed["left_key"] in nodes and ed["right_key"] in nodes]
    system = []
    for part in _chunks(node_list):
        system += [dict(r._mapping) for r in conn.execute(sa.select(e).where(
            e.c.origin == SYSTEM, e.c.deleted_at.is_(None), e.c.left_key.in_(part)))]
    system = [ed for ed in system if ed["right_key"] in nodes]
    # a system edge names its candidate identity by that identity's stand-in (its exemplar then);
    # an observation an analyst took out of its identity no longer stands in for it, so the
    # edge goes to the identity's oldest other observation (else a star of edges would follow
    # the one observation out, or fall apart when it leaves)
    leaving = _leaving(analyst)
    if leaving:
        stand_ins: dict[int, str] = {}
        for n in sorted(nodes, key=lambda k: info[k].id):
            if info[n].identity_id is not None and n not in leaving:
                stand_ins.setdefault(info[n].identity_id, n)
        for ed in system:
            if ed["right_key"] in leaving and ed["left_key"] != ed["right_key"]:
                why = json_value(ed.get("explanation"), {})
                other = stand_ins.get(why.get("identity_id") if isinstance(why, dict) else None)
                if other is not None:  # (itself, when it is the only one left: an edge to nothing)
                    ed["right_key"] = other
        system = [ed for ed in system if ed["left_key"] != ed["right_key"]]
    negative: dict[str, set[str]] = defaultdict(set)
    for ed in analyst:
        if ed["judgement"] == "negative":
            negative[ed["left_key"]].add(ed["right_key"])
            negative[ed["right_key"]].add(ed["left_key"])
    parent = {n: n for n in nodes}
    members = {n: {n} for n in nodes}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def written(x: str) -> set[str]:
        """The names person observation ``x`` was written with (empty for others)."""
        if info[x].type != "person":
            return set()
        return written_names([(info[x].name, info[x].features)])

    # each root's people's names, merged on union (not rebuilt from its members at every join)
    names_of = {n: written(n) for n in nodes}

    def union(a, b, system_join: bool) -> bool:
        ra, rb = find(a), find(b)
        if ra == rb:
            return True
        if any(y in members[rb] for x in members[ra] for y in negative.get(x, ())):
            return False
        if system_join:  # two people of one article are two people (as in resolve_article)
            arts = {info[x].article_id for x in members[ra] if info[x].type == "person"}
            if any(info[y].article_id in arts for y in members[rb] if info[y].type == "person"):
                return False
            # nor does a bare name matched by two states' bodies join them (as in absorb)
            if bodies_of_other_states(*({state for x in members[r] if info[x].type in BODY_TYPES
                                         and (state := row_state(info[x].country, json_value(info[x].features, {})))}
                                        for r in (ra, rb))):
                return False
            # nor two people whose names differ in middle initials, generation or given name (as in absorb)
            if family_clash(names_of[ra], names_of[rb]) or given_names_differ(names_of[ra], names_of[rb]):
                return False
        if len(members[ra]) < len(members[rb]):
            ra, rb = rb, ra
        parent[rb] = ra
        members[ra] |= members.pop(rb)
        names_of[ra] |= names_of.pop(rb)
        return True

    for ed in sorted(analyst, key=lambda r: (r["created_at"], r["id"])):
        if ed["judgement"] == "positive":
            union(ed["left_key"], ed["right_key"], False)
    # equal scores join in the order of their keys (the order the edges were read in was a set's)
    for ed in sorted(system, key=lambda r: (-(r["score"] or 0), r["left_key"], r["right_key"])):
        if ed["judgement"] == "positive":
            union(ed["left_key"], ed["right_key"], True)
    # countries are keyed by ISO code, not by edges: one code, one identity
    by_code: dict[str, list[str]] = defaultdict(list)
    for n in sorted(nodes, key=lambda k: info[k].id):
        if info[n].type == "country" and info[n].code:
            by_code[info[n].code].append(n)
    for group in by_code.values():
        for n in group[1:]:
            union(group[0], n, True)
    # the largest first, then the one holding the oldest observation: the order ties are settled in
    # (an observation an analyst took out is the one that leaves: on a tie the others keep the id)
    components = sorted({find(n) for n in nodes}, key=lambda r: (members[r] <= leaving, -len(members[r]),
                                                                 min(info[k].id for k in members[r])))
    current = {n: info[n].identity_id for n in nodes}
    history = _history_of(conn, store, nodes)
    ids = {i for i in current.values() if i is not None} | {i for found in history.values() for i in found}
    chosen = choose_ids({root: members[root] for root in components}, current, history,
                        *_owner_counts(conn, store, ids), list(prefer), restore or {})
    t = store.t("identities")
    affected: set[int] = set()
    touched: set[int] = set()
    for root in components:
        group = members[root]
        choice = chosen.get(root)
        first = min(group, key=lambda k: info[k].id)
        if choice is None or conn.execute(sa.select(t.c.id).where(t.c.id == choice)).scalar() is None:
            # a new identity, or one merged away given back its id (refresh_identity fills it in)
            row = dict(conn.execute(sa.select(o).where(o.c.obs_key == first)).one()._mapping)
            choice = _mint(conn, store, row, choice)
        moves = [(n, info[n].identity_id, choice) for n in group if info[n].identity_id != choice]
        record_moves(conn, store, moves)
        if moved is not None:
            moved.extend(moves)
        for n, old, _new in moves:
            conn.execute(o.update().where(o.c.obs_key == n).values(identity_id=choice))
            affected.add(info[n].article_id)
            if old is not None:
                touched.add(old)
        touched.add(choice)
    for identity_id in touched:
        refresh_identity(conn, store, identity_id)
    return affected


def _leaving(analyst: Iterable[dict]) -> set[str]:
    """The observations that the counting analyst edges ``analyst`` take out of their identity
    (``{"moves": key}`` in the edge's explanation, ``_analyst_edge``)."""
    out = set()
    for ed in analyst:
        why = json_value(ed.get("explanation"), None)
        if isinstance(why, dict) and why.get("moves"):
            out.add(why["moves"])
    return out


def _history_of(conn, store: Store, keys: Iterable[str]) -> dict[str, set[int]]:
    """Observation key -> the ids it left (``identity_history``)."""
    h = store.t("identity_history")
    keys = list(keys)
    out: dict[str, set[int]] = defaultdict(set)
    for part in _chunks(keys):
        for r in conn.execute(sa.select(h.c.obs_key, h.c.identity_id).where(h.c.obs_key.in_(part))):
            out[r.obs_key].add(r.identity_id)
    return out


def _left_from(conn, store: Store, ids: Iterable[int]) -> set[str]:
    """The observation keys that left the identities ``ids`` (``identity_history``), still observed."""
    h, o = store.t("identity_history"), store.t("observations")
    ids = sorted(set(ids))
    out: set[str] = set()
    for part in _chunks(ids):
        out |= {r[0] for r in conn.execute(sa.select(h.c.obs_key).join(o, o.c.obs_key == h.c.obs_key)
                                           .where(h.c.identity_id.in_(part)))}
    return out


def _owner_counts(conn, store: Store, ids: Iterable[int]) -> tuple[dict[int, int], dict[int, int], set[int]]:
    """For identity ids: how many observations each holds now, how many left it (history), and
    which are live identities."""
    h, o, t = store.t("identity_history"), store.t("observations"), store.t("identities")
    ids_list = sorted(set(ids))
    held: dict[int, int] = {}
    left: dict[int, int] = {}
    live: set[int] = set()
    for part in _chunks(ids_list):
        held.update(conn.execute(sa.select(o.c.identity_id, sa.func.count()).where(o.c.identity_id.in_(part))
                                 .group_by(o.c.identity_id)).all())
        left.update(conn.execute(sa.select(h.c.identity_id, sa.func.count()).where(h.c.identity_id.in_(part))
                                 .group_by(h.c.identity_id)).all())
        live |= {r[0] for r in conn.execute(sa.select(t.c.id).where(t.c.id.in_(part)))}
    return held, left, live


def choose_ids(groups: dict, current: dict[str, Optional[int]], history: dict[str, set[int]], held: dict[int, int],
               left: dict[int, int], live: set[int], prefer: list[int] = (), restore: Optional[dict] = None) -> dict:
    """Which id each group of observations (``{root: {obs_key, ...}}``, the clusters ``recluster``
    made) goes by, so that an analyst's ids stay valid: each group takes the id whose observations
    (those in it now, ``current``/``held``, and those that left it, ``history``/``left``) it
    matches best (Jaccard), greedily, one id per group (a tie goes to the group given first). A
    merged group keeps the id an analyst named first (``prefer``, when one of its observations is
    in it); when a merge is undone each side matches its own former id best and gets it back, even
    one merged away (not in ``live``: the caller mints it again under the same number). A live id
    goes only to a group holding some of its observations now: history never takes an id from
    the observations that hold it (an observation that once left an identity does not claim its
    id back from them). ``held``/``left``: observations in / that left each id in the whole
    store. An undo passes ``restore`` (observation key -> the id it had before the act): a group
    takes first the id most of its members had then, on the same terms (Jaccard alone cannot tell
    which side of a merge the kept id belonged to). Otherwise a group keeps an id it holds now
    before it takes back one merged away. Returns ``{root: id}``; a group missing gets a new id."""
    restore = restore or {}
    here = Counter(i for i in current.values() if i is not None)
    pairs = []
    for rank, (root, group) in enumerate(groups.items()):
        overlap: Counter = Counter()
        for k in group:
            if current.get(k) is not None:
                overlap[current[k]] += 1
            for i in history.get(k, ()):
                overlap[i] += 1
        is_current = {current[k] for k in group if current.get(k) is not None}
        before = Counter(restore[k] for k in group if restore.get(k) is not None)
        back = min(before, key=lambda i: (-before[i], i)) if before else None
        if back is not None and back not in overlap:
            overlap[back] = 0  # an id merged away whose history is gone: the act's record still names it
        for i, shared in overlap.items():
            if i in live and i not in is_current and not (i == back and here[i] >= held.get(i, 0)):
                # a live id stays with the observations that hold it; history gives back only free
                # ids, and an undo an id whose holders are all regrouped here (acts undone out of
                # order: the observations that hold it now go back to ids of their own)
                continue
            owners = held.get(i, 0) + left.get(i, 0)
            score = shared / (len(group) + owners - shared) if owners else 0.0
            preferred = i in is_current and i in prefer
            pairs.append((not preferred, prefer.index(i) if preferred else 0, i != back, i not in is_current, -score, -shared,
                          rank, i, root))
    chosen: dict = {}
    claimed: set[int] = set()
    for *_order, i, root in sorted(pairs, key=lambda p: p[:8]):
        if root not in chosen and i not in claimed:
            chosen[root] = i
            claimed.add(i)
    return chosen


# --------------------------------------------------------------------------- analyst acts

def _act(conn, store: Store, action: str, author: str, reason: Optional[str], targets: dict) -> int:
    return conn.execute(store.t("identity_acts").insert().values(
        action=action, author=author, reason=reason, targets=targets, created_at=now())).inserted_primary_key[0]


def _record_before(conn, store: Store, act_id: int, moved: list) -> None:
    """Keep on the act (``targets["before"]``: observation key -> id) the identity each
    observation it moved had before, so its undo gives them back (``choose_ids``' ``restore``)."""
    before = {k: old for k, old, _new in moved if old is not None}
    if not before:
        return
    acts = store.t("identity_acts")
    targets = conn.execute(sa.select(acts.c.targets).where(acts.c.id == act_id)).scalar()
    targets = dict(json_value(targets, {}))
    targets["before"] = before
    conn.execute(acts.update().where(acts.c.id == act_id).values(targets=targets))


def _analyst_edge(act_id: int, left: str, right: str, judgement: str, author: str, reason: Optional[str],
                  moves: Optional[str] = None) -> dict:
    """An analyst's edge; ``moves``: the observation the act takes out of its identity (a ``same``
    or ``different`` naming one observation, a split of one observation), kept in the explanation
    as ``{"moves": key}`` so ``recluster`` no longer lets it stand in for that identity."""
    return {"left_key": left, "right_key": right, "judgement": judgement, "origin": "analyst", "author": author,
            "reason": reason, "act_id": act_id, "created_at": now(), "explanation": {"moves": moves} if moves else None,
            "score": None, "article_id": None}


def _stand_in(conn, store: Store, identity_id: Optional[int], keys: list[str], avoid: set[str] = frozenset()) -> str:
    """The observation an analyst edge names for identity ``identity_id`` (its observations
    ``keys``): its exemplar, else (when the exemplar is in ``avoid``) its oldest other
    observation; a single observation stands for itself."""
    if len(keys) == 1:
        return keys[0]
    t = store.t("identities")
    exemplar = conn.execute(sa.select(t.c.exemplar_key).where(t.c.id == identity_id)).scalar()
    if exemplar in keys and exemplar not in avoid:
        return exemplar
    return next((k for k in keys if k not in avoid), keys[0])  # keys: oldest first (observation_keys_of)


def _rebuild(store: Store, affected: set[int]) -> None:
    from newsgraph.graph.build import rebuild_articles

    rebuild_articles(store, sorted(affected))


def named_apart(conn, store: Store, refs: Iterable[Optional[str]], live: int) -> set[str]:
    """The observation keys of identity ``live`` that ``refs`` name apart from it: those that
    left an id merged away (``identity_history``) and are in ``live`` now, or an observation key
    given that came into ``live`` from another identity. Empty when every ref is ``live`` itself
    (its id, a name of it, or an observation that was never in another)."""
    h, o = store.t("identity_history"), store.t("observations")
    keys: set[str] = set()
    for ref in refs:
        ref = str(ref or "").strip()
        if conn.execute(sa.select(o.c.identity_id).where(o.c.obs_key == ref)).scalar() == live:
            keys |= {ref} if _history_of(conn, store, [ref]).get(ref) else set()
        elif ref.isdigit() and int(ref) != live:
            keys |= {r[0] for r in conn.execute(sa.select(h.c.obs_key).join(o, o.c.obs_key == h.c.obs_key)
                                                .where(h.c.identity_id == int(ref), o.c.identity_id == live))}
    return keys


def acts_that_joined(conn, store: Store, keys: Iterable[str]) -> list[int]:
    """The ids of the active ``merge``/``same`` acts that moved any of the observations ``keys``
    (an act keeps those it moved in ``targets["before"]``, ``_record_before``), oldest first."""
    keys = set(keys)
    if not keys:
        return []
    acts = store.t("identity_acts")
    # analyst acts are few (one per judgement) and "before" is JSON: read them, filter here
    rows = conn.execute(sa.select(acts.c.id, acts.c.targets).where(
        acts.c.undone_at.is_(None), acts.c.action.in_(("merge", "same"))).order_by(acts.c.id))
    return [r.id for r in rows if keys & set(json_value(r.targets, {}).get("before") or {})]


def already_one_line(conn, store: Store, action: str, left: str, right: str, live: int) -> str:
    """The one line refusing a ``merge``/``same``/``different`` of two refs that stand for one
    identity ``live``: "entities 11 and 4 are already one (act 2); nothing recorded"; "(entity 11,
    Name: the resolver joined them)" when no active analyst act did; "(both name entity 11, Name)"
    when neither ref names anything apart from it. ``different`` adds how to part them."""
    t = store.t("identities")
    name = conn.execute(sa.select(t.c.name).where(t.c.id == live)).scalar()
    refs = [str(r).strip() if str(r).strip().isdigit() else repr(r) for r in (left, right)]
    apart = named_apart(conn, store, (left, right), live)
    joined = acts_that_joined(conn, store, apart)
    if joined:
        how = f"act {joined[0]}" if len(joined) == 1 else "acts " + ", ".join(map(str, joined))
    elif apart:
        how = f"entity {live}, {name}: the resolver joined them"
    else:
        how = f"both name entity {live}, {name}"
    line = f"entities {refs[0]} and {refs[1]} are already one ({how}); nothing recorded"
    if action == "different":
        line += ("; to part them, " + (f"undo act {joined[-1]} or " if joined else "")
                 + "name an observation (ARTICLE:KEY) to take out")
    return line


def decide(store: Store, action: str, left: str, right: Optional[str] = None, *, author: str = "analyst",
           reason: Optional[str] = None) -> dict:
    """Record an analyst's act and apply it. ``action``:

    * ``merge A B``: the identities of A and B are one (A's id is kept);
    * ``same A B``: observation B (or identity B) is A;
    * ``different A B``: A and B are not the same (B leaves A's identity if it was in it);
    * ``split A``: every observation of identity A stands alone until an analyst joins them; an
      observation key (``ARTICLE:KEY``) splits that observation out of its identity.

    A and B are identity ids (an id merged away stands for the identity it joined), observation
    keys or unambiguous names. Returns ``{"act_id", "action", "edges": count, "identities": ids
    afterwards, "redirects": [redirect_note's dict for each id given that was merged away]}``.
    Each identity keeps its id (``choose_ids``); an undo gives both sides of a merge their ids back.
    When A and B stand for the same observation of one identity (an id merged away and the id it
    joined, two names of one entity) there is nothing to judge: AlreadyOneError, nothing recorded;
    a ``split`` of what already stands alone (an identity or observation with no other
    observation): AlreadyAloneError, nothing recorded.
    """
    e = store.t("resolver_edges")
    with store.engine.begin() as conn:
        redirects = [n for n in (redirect_note(conn, store, r) for r in (left, right) if r is not None) if n]
        left_keys, left_id = _observations_of_ref(conn, store, left)
        right_keys, right_id = ([], None) if right is None else _observations_of_ref(conn, store, right)
        if action in ("merge", "same", "different") and right is None:
            raise NotFoundError(f"{action} needs two entities", source=action)
        if action not in ("merge", "same", "different", "split"):
            raise NotFoundError(f"unknown resolver action {action!r} (merge, same, different, split)", source=action)
        t = store.t("identities")
        if action == "split":
            # an observation key splits that observation out of its identity; an id, every observation
            alone = left_keys if len(left_keys) > 1 else observation_keys_of(conn, store, left_id)
            if len(alone) < 2:
                what = f"observation {left}" if left_keys == [left] else f"entity {left}"
                raise AlreadyAloneError(f"{what} already stands alone (entity {left_id} has no other observation); "
                                        "nothing recorded", source=left)
        moves = None  # the observation the act takes out of its identity, when it names one (``_leaving``)
        if action != "split":
            # an identity stands for itself by its exemplar; one observation, for itself. An
            # observation named on the other side is never its own identity's stand-in: confirming
            # or parting the exemplar itself is judged against another of its identity's observations
            named = {r: keys[0] for r, keys in ((left, left_keys), (right, right_keys)) if keys == [r]}
            a = _stand_in(conn, store, left_id, left_keys, avoid=set(named.values()) - {named.get(left)})
            b = _stand_in(conn, store, right_id, right_keys, avoid={a} if right not in named and left in named else set())
            if right in named and a != b:
                b, moves = right_keys[0], right_keys[0]
            if a == b:  # no edge to record: the act would sit in the log doing nothing (see AlreadyOneError)
                raise AlreadyOneError(already_one_line(conn, store, action, left, right, left_id), source=right)
        act_id = _act(conn, store, action, author, reason, {"left": left, "right": right, "left_identity": left_id,
                                                            "right_identity": right_id})
        if action == "split" and len(left_keys) == 1:
            # one observation out of its identity: apart from each of the others
            edges = [_analyst_edge(act_id, left_keys[0], other, "negative", author, reason, moves=left_keys[0])
                     for other in observation_keys_of(conn, store, left_id) if other != left_keys[0]]
        elif action == "split":
            keys = left_keys
            edges = [_analyst_edge(act_id, keys[i], keys[j], "negative", author, reason)
                     for i in range(len(keys)) for j in range(i + 1, len(keys))]
        else:
            edges = [_analyst_edge(act_id, a, b, "positive" if action in ("merge", "same") else "negative", author, reason,
                                   moves=moves)]
        overrides = _overridden(conn, store, edges)
        if edges:
            conn.execute(e.insert(), edges)
        moved: list = []
        affected = recluster(conn, store, left_keys + right_keys, prefer=[i for i in (left_id,) if i is not None],
                             moved=moved)
        _record_before(conn, store, act_id, moved)
        after = _identity_of(conn, store, left_keys + right_keys)
    _rebuild(store, affected)
    return {"act_id": act_id, "action": action, "edges": len(edges), "identities": sorted({i for i in after.values() if i}),
            "redirects": redirects, "overrides": overrides}


def _overridden(conn, store: Store, edges: list[dict]) -> list[dict]:
    """The counting analyst judgements that the new ``edges`` override: for each earlier act
    with an edge on one of their pairs judged otherwise, ``{"act_id", "action", "judgement" (the
    earlier one), "pair": [left, right], "pairs": count}`` (the newest analyst edge on a pair is
    the one that counts, ``_newest_per_pair``), oldest act first."""
    if not edges:
        return []
    mine = {tuple(sorted((ed["left_key"], ed["right_key"]))): ed["judgement"] for ed in edges}
    found: dict[int, dict] = {}
    for old in _analyst_edges(conn, store, {k for pair in mine for k in pair}):
        pair = tuple(sorted((old["left_key"], old["right_key"])))
        if pair in mine and mine[pair] != old["judgement"] and old["act_id"] is not None:
            row = found.setdefault(old["act_id"], {"act_id": old["act_id"], "judgement": old["judgement"],
                                                   "pair": list(pair), "pairs": 0})
            row["pairs"] += 1
    if found:
        acts = store.t("identity_acts")
        actions = dict(conn.execute(sa.select(acts.c.id, acts.c.action).where(acts.c.id.in_(list(found)))).all())
        for act_id, row in found.items():
            row["action"] = actions.get(act_id)
    return [found[i] for i in sorted(found)]


def overrides_line(rows: list[dict], verb: str = "overrides") -> str:
    """One line naming the acts in ``rows`` (``_overridden``'s dicts): "overrides act 3 (same,
    positive) on 52:person:x ~ 53:person:y"; "" for none."""
    parts = []
    for r in rows:
        more = f" and {r['pairs'] - 1} more pair(s)" if r.get("pairs", 1) > 1 else ""
        undone = ", since undone" if r.get("undone") else ""
        parts.append(f"act {r['act_id']} ({r.get('action')}, {r['judgement']}{undone}) on {r['pair'][0]} ~ {r['pair'][1]}{more}")
    return f"{verb} " + "; ".join(parts) if parts else ""


def set_acts_for(store: Store, ref: str, acts_for: str, sector: Optional[str] = None, *, author: str = "analyst",
                 reason: Optional[str] = None) -> dict:
    """Record an analyst's judgement that identity ``ref`` (id, observation key or unambiguous
    name) acts for state ``acts_for`` (ISO 3166 alpha-3, or a name pycountry or the country
    lexicon knows), with ``sector`` if given (GOV, MIL ...). It wins over the votes of its
    articles (newsgraph.identity.states), which stay shown; it is anchored on the identity's
    observation keys and undone with ``undo``. Raises InvalidRequestError for an unknown state."""
    from newsgraph.errors import InvalidRequestError
    from newsgraph.resolve.countries import country_name, lookup_country

    code = acts_for.strip().upper()
    if not (len(code) == 3 and country_name(code)):
        found = lookup_country(acts_for)
        if found is None:
            raise InvalidRequestError(f"no state {acts_for!r} (an ISO 3166 alpha-3 code or a country name)", source=acts_for)
        code = found.alpha3
    with store.engine.begin() as conn:
        keys, identity_id = _observations_of_ref(conn, store, ref)
        act_id = _act(conn, store, ANALYST_ACTION, author, reason, {
            "left": ref, "left_identity": identity_id, "keys": keys, "acts_for": code,
            "sector": sector.upper() if sector else None})
        refresh_identity(conn, store, identity_id)
    return {"act_id": act_id, "action": ANALYST_ACTION, "identity": identity_id, "acts_for": code,
            "sector": sector.upper() if sector else None}


def undo(store: Store, act_id: int) -> dict:
    """Undo an analyst act: its edges stop counting (the log keeps them) and the clusters are redone,
    each with the id it had before the act (``choose_ids``: an identity merged away by the act
    comes back under its own id); an ``acts_for`` act stops counting and its identities' states
    are recomputed. Returns ``{"act_id", "undone": True, "articles_rebuilt": count, "identities":
    ids of the act's observations afterwards (absent for acts_for)}``. NotFoundError (code
    ``not_found``) for an id never recorded; AlreadyUndoneError (code ``already_undone``) for an
    act undone before, as for a fact judgement."""
    acts, e = store.t("identity_acts"), store.t("resolver_edges")
    with store.engine.begin() as conn:
        done = conn.execute(acts.update().where(acts.c.id == act_id, acts.c.undone_at.is_(None)).values(undone_at=now()))
        if done.rowcount == 0:
            # as a fact judgement undone twice (repository.undo_judgement): exit 2, API 409
            undone = conn.execute(sa.select(acts.c.undone_at).where(acts.c.id == act_id)).first()
            if undone is not None:
                raise AlreadyUndoneError(f"act {act_id} was already undone at {_iso_text(undone[0])}",
                                         source=str(act_id))
            raise NotFoundError(f"no identity act with id {act_id}", source=str(act_id))
        act = conn.execute(sa.select(acts.c.action, acts.c.targets).where(acts.c.id == act_id)).one()
        if act.action == ANALYST_ACTION:
            targets = act.targets if isinstance(act.targets, dict) else {}
            keys = list(targets.get("keys") or [])
            for identity_id in sorted({i for i in _identity_of(conn, store, keys).values() if i is not None}):
                refresh_identity(conn, store, identity_id)
            return {"act_id": act_id, "undone": True, "articles_rebuilt": 0}
        keys = set()
        for r in conn.execute(sa.select(e.c.left_key, e.c.right_key).where(e.c.act_id == act_id)):
            keys.update((r.left_key, r.right_key))
        conn.execute(e.update().where(e.c.act_id == act_id, e.c.deleted_at.is_(None)).values(deleted_at=now()))
        before = json_value(act.targets, {}).get("before") or {}
        affected = recluster(conn, store, keys | set(before), restore=_ids_before(conn, store))
        after = _identity_of(conn, store, keys)
    _rebuild(store, affected)
    return {"act_id": act_id, "undone": True, "articles_rebuilt": len(affected),
            "identities": sorted({i for i in after.values() if i})}


def _iso_text(value) -> str:
    return str(utc_iso(value))


def _ids_before(conn, store: Store) -> dict[str, int]:
    """Observation key -> the id it goes back to with the acts undone so far: the id it had
    before the first undone act that moved it since the last act still counting that moved it
    (before any act, when none counts). An act's own ``before`` is not enough once acts are
    undone out of order: it holds ids that earlier acts, undone since, had given."""
    acts = store.t("identity_acts")
    restore: dict[str, int] = {}
    for r in conn.execute(sa.select(acts.c.targets, acts.c.undone_at).where(
            acts.c.action.in_(("merge", "same", "different", "split"))).order_by(acts.c.id)):
        for key, old in (json_value(r.targets, {}).get("before") or {}).items():
            if r.undone_at is None:
                restore.pop(key, None)  # where a counting act put it stands
            else:
                restore.setdefault(key, old)
    return restore


def judgement_log(store: Store) -> list[dict]:
    """Every analyst act with its edges, oldest first (undone ones included, marked). Each act
    also has ``overrides``: the earlier acts it overrode on some pair (an edge on the same two
    observations judged otherwise, while the earlier act counted), as ``{"act_id", "action",
    "judgement" (the earlier one), "pair", "pairs"}``; ``overridden_by`` the same, seen from the
    earlier act (``"judgement"`` there is the later one); and ``note``: those as one line
    ("overrides act 3 (same, positive) on 52:person:x ~ 53:person:y"), "" when none."""
    acts, e = store.t("identity_acts"), store.t("resolver_edges")
    with store.engine.connect() as conn:
        out = []
        for act in conn.execute(sa.select(acts).order_by(acts.c.id)):
            item = dict(act._mapping)
            item["edges"] = [dict(r._mapping) for r in conn.execute(
                sa.select(e.c.left_key, e.c.right_key, e.c.judgement).where(e.c.act_id == act.id).limit(1000))]
            item["overrides"], item["overridden_by"] = [], []
            out.append(item)
        by_id = {item["id"]: item for item in out}
        # analyst edges are few (one per judgement, a split's pairs): grouped by pair here
        by_pair: dict[tuple, list] = defaultdict(list)
        for r in conn.execute(sa.select(e.c.act_id, e.c.left_key, e.c.right_key, e.c.judgement)
                              .where(e.c.origin == "analyst", e.c.act_id.is_not(None)).order_by(e.c.act_id)):
            by_pair[tuple(sorted((r.left_key, r.right_key)))].append((r.act_id, r.judgement))
        for pair, judged in by_pair.items():
            for i, (act_id, judgement) in enumerate(judged):
                for earlier_id, was in judged[:i]:
                    new, old = by_id.get(act_id), by_id.get(earlier_id)
                    if was == judgement or new is None or old is None or earlier_id == act_id \
                            or not _counted_at(old, new["created_at"]):
                        continue  # the same judgement, or undone before the later act: nothing overridden
                    for side, other, said, key in ((new, old, was, "overrides"), (old, new, judgement, "overridden_by")):
                        hit = next((x for x in side[key] if x["act_id"] == other["id"]), None)
                        if hit is None:
                            side[key].append({"act_id": other["id"], "action": other["action"], "judgement": said,
                                              "pair": list(pair), "pairs": 1, "undone": other.get("undone_at") is not None})
                        else:
                            hit["pairs"] += 1
    for item in out:
        item["note"] = "; ".join(x for x in (overrides_line(item["overrides"]),
                                             overrides_line(item["overridden_by"], "overridden by")) if x)
    return out


def _counted_at(act: dict, when) -> bool:
    """Whether ``act`` still counted at ``when`` (not undone, or undone later)."""
    undone = act.get("undone_at")
    if undone is None:
        return True
    return str(undone) > str(when) if isinstance(undone, str) or isinstance(when, str) else undone > when
