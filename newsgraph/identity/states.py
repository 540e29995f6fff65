"""Who an identity acts for, from its observations across articles (graph-derived, kept apart
from what each article observed).

An article often names an official without the state ("Foreign Minister Kuleba") while other
articles place the same person. Each observation records the states and sectors its article
gave the entity (``observed_states``: the ``*_acts_for`` / ``*_sector`` of the events and
statements it is an actor of, and a role "of" a country), and the identity aggregates them
(``identity_state``): each article votes once, for the state it gave most often (a tie votes
for each tied state). The consensus is the most voted state when it holds at least
``graph_state.min_share`` of the articles that gave any state; the other states and their
counts are kept and shown, never dropped. An analyst's ``acts-for`` act on the identity
(logged in ``identity_acts``, undoable) wins over the votes, which stay visible.

Shape after followthemoney: what an article said (an observation's values, an event's
``source_acts_for``) is a statement; the identity's ``acts_for`` is the entity's value derived
from them, and a view shows the two apart ("acts_for: - (graph: UKR, 3 of 3 articles)").
An observed state that a strong consensus of *other* articles contradicts (at least
``graph_state.strong_articles`` of them and ``graph_state.strong_share`` of those giving a
state) is flagged in the same views.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Optional

import sqlalchemy as sa

from newsgraph.identity.names import settings
from newsgraph.store.schema import json_value

COMPONENT = "newsgraph_identity_states"
VERSION = "0.1.0"  # provenance of every identity-level acts_for
ACTOR_ROLES = (("source_key", "source_acts_for", "source_sector"), ("target_key", "target_acts_for", "target_sector"))
ANALYST_ACTION = "acts_for"


def _cfg() -> dict:
    return settings()["graph_state"]


def observed_states(entity_key: str, facts: dict, text: str = "") -> tuple[dict[str, int], dict[str, int]]:
    """The states (ISO 3166 alpha-3) and sectors one article gave ``entity_key``, with how
    many of its facts gave each: ``({"UKR": 2}, {"GOV": 2})``. ``facts`` as
    ``repository.article_facts`` returns them (judgements applied, so an analyst's correction
    of an event's ``source_acts_for`` is what counts); ``text`` is the article's text, which a
    role's span must attest (see ``_role_state``)."""
    states: Counter = Counter()
    sectors: Counter = Counter()
    if entity_key.startswith("country:"):
        return {}, {}
    for ev in facts.get("events", []):
        for key_field, state_field, sector_field in ACTOR_ROLES:
            if ev.get(key_field) == entity_key:
                if ev.get(state_field):
                    states[ev[state_field]] += 1
                if ev.get(sector_field):
                    sectors[ev[sector_field]] += 1
    for st in facts.get("statements", []):
        if st.get("speaker_key") == entity_key:
            if st.get("speaker_acts_for"):
                states[st["speaker_acts_for"]] += 1
            if st.get("speaker_sector"):
                sectors[st["speaker_sector"]] += 1
    if not states:  # an article whose facts place the actor nowhere may still give its role's state
        for role in facts.get("roles", []):
            if role.get("person_key") == entity_key:
                code = _role_state(role, text)
                if code:
                    states[code] += 1
    return dict(states), dict(sectors)


def _role_state(role: dict, text: str) -> Optional[str]:
    """The state a role is of ("Ukrainian Foreign Minister Dmytro Kuleba", "Prime Minister of
    Haiti"), when its span attests the title, the state is not where the post is sent ("Special
    Envoy to Haiti", "Ambassador to Ukraine" hold a post *to* a state for another), and the state
    is not a line of its own after the title."""
    of = role.get("of_key") or ""
    if not of.startswith("country:") or not text:
        return None
    raw = text[role["start"]:role["end"]]
    if "\n" in raw:
        # a state on a line of its own after the title is a list column or a heading ("Minister of
        # Sport\nCroatia", "Department Spokesperson\nWith Ukraine"), not the role's "of"; a
        # hard-wrapped "of" phrase ("President Vladimir Putin\nof Russia") still is
        before, last = raw.rsplit("\n", 1)
        if not (re.search(r"\bof(?:\s+the)?\s*$", before, re.I) or re.search(r"(?:^|\s)of\b", last, re.I)):
            return None
    span = " ".join(raw.split())
    title = " ".join((role.get("title") or "").split())
    if not title or title.lower() not in span.lower():
        return None
    after = span.lower().split(title.lower(), 1)[1]
    if re.match(r"\s*(?:\w+\s+){0,3}?to\b", after):
        return None
    return of.split(":", 1)[1]


def _votes(per_article: Iterable[dict[str, int]]) -> tuple[Counter, int]:
    """One vote per article for the value it gave most (each tied value on a tie); and how many
    articles gave any."""
    votes: Counter = Counter()
    total = 0
    for given in per_article:
        if not given:
            continue
        total += 1
        top = max(given.values())
        votes.update(k for k, v in given.items() if v == top)
    return votes, total


def _consensus(votes: Counter, total: int, min_share: float, min_articles: int) -> Optional[str]:
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    best, n = ranked[0]
    if len(ranked) > 1 and ranked[1][1] == n:
        return None  # a tie is a conflict, not a consensus
    return best if total > 0 and n >= min_articles and n / total >= min_share else None


def identity_state(rows: list[dict], analyst: Optional[dict] = None) -> dict:
    """An identity's ``acts_for`` and ``sector`` from its observation rows (each with
    ``features`` holding the ``states`` and ``sectors`` its article gave), and the newest active
    analyst act on it (``{"act_id", "acts_for", "sector", "author", "reason"}``), which wins.

    Returns ``{"acts_for": str|None, "sector": str|None, "basis": "analyst"|"graph"|None,
    "articles": int (articles voting for acts_for), "of": int (articles giving any state),
    "sector_of": int (articles giving any sector),
    "states": {code: articles}, "sectors": {sector: articles}, "conflict": bool (another state
    has votes), "analyst": dict|None, "component": "<name> <version>" that derived it}``."""
    cfg = _cfg()
    features = [(r.get("features") or {}) for r in rows if r.get("kind", "entity") == "entity"]
    state_votes, state_total = _votes(f.get("states") or {} for f in features)
    sector_votes, sector_total = _votes(f.get("sectors") or {} for f in features)
    acts_for = _consensus(state_votes, state_total, cfg["min_share"], cfg["min_articles"])
    sector = _consensus(sector_votes, sector_total, cfg["min_share"], cfg["min_articles"])
    out = {"acts_for": acts_for, "sector": sector, "basis": "graph" if acts_for or sector else None,
           "articles": state_votes.get(acts_for, 0) if acts_for else 0, "of": state_total, "sector_of": sector_total,
           "states": dict(sorted(state_votes.items(), key=lambda kv: (-kv[1], kv[0]))),
           "sectors": dict(sorted(sector_votes.items(), key=lambda kv: (-kv[1], kv[0]))),
           "conflict": len(state_votes) > 1, "analyst": None, "component": f"{COMPONENT} {VERSION}"}
    if analyst:
        out.update(acts_for=analyst.get("acts_for"), sector=analyst.get("sector") or out["sector"], basis="analyst",
                   articles=state_votes.get(analyst.get("acts_for"), 0), analyst=analyst)
    return out


def _without(votes: dict[str, int], total: int, own: Optional[dict[str, int]]) -> tuple[Counter, int]:
    """The votes and voter count with one article's vote (its ``own`` values) taken out."""
    left = Counter(votes or {})
    if own:
        top = max(own.values())
        for k, v in own.items():
            if v == top and left.get(k, 0) > 0:
                left[k] -= 1
        total -= 1
    return Counter({k: v for k, v in left.items() if v > 0}), max(total, 0)


def from_other_articles(state: Optional[dict], own_states: Optional[dict[str, int]] = None,
                        own_sectors: Optional[dict[str, int]] = None) -> Optional[dict]:
    """``state`` (identity_state's shape) as the identity's *other* articles give it: the vote
    of the article being shown (``own_states``, ``own_sectors``, what its observation holds)
    taken out, so the graph adds only what other articles say (what the article itself says
    elsewhere is the linker's business). An analyst's state stays as decided."""
    if not state:
        return None
    cfg = _cfg()
    states, of = _without(state.get("states") or {}, state.get("of", 0), own_states)
    sectors, sector_of = _without(state.get("sectors") or {}, state.get("sector_of", 0), own_sectors)
    out = dict(state, states=dict(sorted(states.items(), key=lambda kv: (-kv[1], kv[0]))),
               sectors=dict(sorted(sectors.items(), key=lambda kv: (-kv[1], kv[0]))), of=of, sector_of=sector_of,
               conflict=len(states) > 1, scope="other articles")
    if state.get("basis") == "analyst":
        out["articles"] = states.get(state.get("acts_for"), 0)
        return out
    acts_for = _consensus(states, of, cfg["min_share"], cfg["min_articles"])
    sector = _consensus(sectors, sector_of, cfg["min_share"], cfg["min_articles"])
    out.update(acts_for=acts_for, sector=sector, basis="graph" if acts_for or sector else None,
               articles=states.get(acts_for, 0) if acts_for else 0)
    return out if (states or out.get("basis")) else None


def contradiction(observed: Optional[str], graph: Optional[dict]) -> Optional[dict]:
    """Whether an observed ``acts_for`` goes against ``graph`` (from_other_articles' answer):
    an analyst's state that differs, or a consensus of the other articles at least
    ``strong_articles`` strong and ``strong_share`` of those giving a state. Returns
    ``{"acts_for", "basis", "articles", "of"}`` of the state it contradicts, or None."""
    if not observed or not graph or not graph.get("acts_for") or graph["acts_for"] == observed:
        return None
    if graph.get("basis") == "analyst":
        return {"acts_for": graph["acts_for"], "basis": "analyst", "articles": graph.get("articles", 0),
                "of": graph.get("of", 0)}
    cfg = _cfg()
    support, total = graph.get("articles", 0), graph.get("of", 0)
    if total <= 0 or support < cfg["strong_articles"] or support / total < cfg["strong_share"]:
        return None
    return {"acts_for": graph["acts_for"], "basis": "graph", "articles": support, "of": total}


def actor_state(observed: Optional[str], observed_sector: Optional[str], state: Optional[dict],
                own_states: Optional[dict[str, int]] = None, own_sectors: Optional[dict[str, int]] = None,
                identity_id: Optional[int] = None) -> dict:
    """What a view shows of one actor of one fact: the state its article observed, apart from
    the state its identity's other articles give (from_other_articles; shown where nothing was
    observed), and a flag where the observation contradicts a strong consensus or an analyst.
    ``{"observed", "observed_sector", "identity_id", "graph": dict or None, "contradicts":
    contradiction's dict or None, "label": "- (graph: UKR, 3 of 3 other articles)"}``."""
    graph = from_other_articles(state, own_states, own_sectors)
    flag = contradiction(observed, graph)
    out = {"observed": observed, "observed_sector": observed_sector, "identity_id": identity_id, "graph": graph,
           "contradicts": flag}
    out["label"] = label(out)
    return out


def _graph_words(graph: dict) -> str:
    others = {k: v for k, v in (graph.get("states") or {}).items() if k != graph.get("acts_for")}
    if graph.get("basis") == "analyst":
        words = f"analyst: {graph['acts_for']}" + (f" {graph['sector']}" if graph.get("sector") else "")
    elif graph.get("acts_for"):
        words = f"graph: {graph['acts_for']}, {graph['articles']} of {graph['of']} other article{'s' if graph['of'] != 1 else ''}"
    elif len(others) == 1 and max(others.values()) < _cfg()["min_articles"]:
        # one state, from too few articles to place anyone: shown, not called a disagreement
        (code, n), = others.items()
        return f"graph: too few articles; {code} {n}"
    else:
        words = "graph: no consensus"
    if others:  # the states the consensus (or the analyst) left aside stay in view
        words += "; also " + ", ".join(f"{k} {v}" for k, v in others.items())
    return words


def label(view: dict) -> str:
    """"USA", "- (graph: UKR, 3 of 3 articles)", "USA (contradicts graph: UKR in 4 of 4 other
    articles)", "-" : one actor's state as the text views print it."""
    observed, graph, flag = view.get("observed"), view.get("graph"), view.get("contradicts")
    if observed:
        if flag:
            where = (f"analyst: {flag['acts_for']}" if flag["basis"] == "analyst"
                     else f"graph: {flag['acts_for']} in {flag['articles']} of {flag['of']} other articles")
            return f"{observed} (contradicts {where})"
        return observed
    if graph and (graph.get("acts_for") or graph.get("states")):
        return f"- ({_graph_words(graph)})"
    return "-"


# --------------------------------------------------------------------------- store access

def analyst_state(conn, store, identity_id: int) -> Optional[dict]:
    """The newest active analyst ``acts_for`` act on identity ``identity_id``: acts are anchored
    on the observation keys the identity had when the analyst decided (as resolver edges are),
    so they follow its observations through merges, splits and re-extraction."""
    acts, o = store.t("identity_acts"), store.t("observations")
    found = conn.execute(sa.select(acts.c.id, acts.c.author, acts.c.reason, acts.c.targets)
                         .where(acts.c.action == ANALYST_ACTION, acts.c.undone_at.is_(None)).order_by(acts.c.id)).all()
    if not found:
        return None
    keys = {r[0] for r in conn.execute(sa.select(o.c.obs_key).where(o.c.identity_id == identity_id))}
    best = None
    for r in found:
        targets = _json(r.targets)
        if keys & set(targets.get("keys") or []):
            best = {"act_id": r.id, "acts_for": targets.get("acts_for"), "sector": targets.get("sector"),
                    "author": r.author, "reason": r.reason}
    return best


def states_of(conn, store, actors: Iterable[tuple[int, Optional[str]]]) -> dict[tuple[int, str], dict]:
    """For ``(article_id, entity_key)`` pairs: ``{"identity_id", "own": {state: n} its article
    gave, "state": identity_state's dict}`` from the stored observations and identities (empty
    for actors not yet resolved into the graph)."""
    o, t = store.t("observations"), store.t("identities")
    keys = sorted({f"{a}:{k}" for a, k in actors if k})
    out: dict[tuple[int, str], dict] = {}
    for chunk in range(0, len(keys), 500):
        for r in conn.execute(sa.select(o.c.article_id, o.c.entity_key, o.c.identity_id, o.c.features,
                                        t.c.features.label("identity_features"))
                              .join(t, t.c.id == o.c.identity_id).where(o.c.obs_key.in_(keys[chunk:chunk + 500]))):
            features = _json(r.features)
            out[(r.article_id, r.entity_key)] = {"identity_id": r.identity_id, "own": features.get("states") or {},
                                                 "own_sectors": features.get("sectors") or {},
                                                 "state": _json(r.identity_features).get("acts_for")}
    return out


def _json(value) -> dict:
    value = json_value(value, {})
    return value if isinstance(value, dict) else {}


def describe_actor(found: dict[tuple[int, str], dict], article_id: int, entity_key: Optional[str],
                   observed: Optional[str], observed_sector: Optional[str]) -> dict:
    """actor_state for one actor of a fact, from ``states_of``'s answer."""
    hit = found.get((article_id, entity_key)) if entity_key else None
    if entity_key and entity_key.startswith("country:"):
        hit = None  # a state acts for itself: nothing for the graph to add
    if not hit:
        return actor_state(observed, observed_sector, None)
    return actor_state(observed, observed_sector, hit["state"], hit["own"], hit["own_sectors"], hit["identity_id"])


def state_identities(conn, store, keys: Iterable[Optional[str]]) -> dict[str, int]:
    """``{"country:XXX": identity id}`` for the state keys among ``keys`` that the graph has an
    identity for: a country is one identity per ISO code (the resolver keys countries by code),
    so a state an article names as an actor without a mention of its own (a joint statement's
    "We" stored as one copy per signatory) is still that state. Other keys are left out."""
    codes = sorted({k.partition(":")[2] for k in keys if k and k.startswith("country:") and k.partition(":")[2]})
    t = store.t("identities")
    found: dict[str, int] = {}
    for chunk in range(0, len(codes), 500):
        for r in conn.execute(sa.select(t.c.id, t.c.code).where(t.c.type == "country", t.c.code.in_(codes[chunk:chunk + 500]))
                              .order_by(t.c.id)):
            found.setdefault(f"country:{r.code}", r.id)
    return found


def fact_actor_states(conn, store, facts: list[tuple[int, str]], table: str = "events") -> dict[str, dict]:
    """For stored facts ``(article_id, fact_key)`` of ``table`` (``events``: source and target;
    ``statements``: speaker): ``{fact_key: {role: actor_state}}``, the observed values read from
    the fact table with analysts' active corrections laid over them, the graph values from the
    actors' identities. A key names one stored row: each actor pair of an act of several parties
    has its own (repository.event_fact_key, migration 0012)."""
    ft, j = store.t(table), store.t("judgements")
    sides = ("source", "target") if table == "events" else ("speaker",)
    columns = [ft.c.fact_key, ft.c.article_id] + [ft.c[f"{side}_{x}"] for side in sides for x in ("key", "acts_for", "sector")]
    keys = sorted({k for _a, k in facts if k})
    rows: dict[str, dict] = {}
    for chunk in range(0, len(keys), 500):
        part = keys[chunk:chunk + 500]
        for r in conn.execute(sa.select(*columns).where(ft.c.fact_key.in_(part))):
            rows[r.fact_key] = dict(r._mapping)
        for r in conn.execute(sa.select(j.c.fact_key, j.c.value).where(
                j.c.fact_key.in_(part), j.c.action == "correct", j.c.undone_at.is_(None)).order_by(j.c.id)):
            value = _json(r.value)
            if r.fact_key in rows:
                rows[r.fact_key].update({k: v for k, v in value.items() if k in rows[r.fact_key]})
    found = states_of(conn, store, [(r["article_id"], r[f"{side}_key"]) for r in rows.values() for side in sides])
    return {key: {side: describe_actor(found, r["article_id"], r[f"{side}_key"], r[f"{side}_acts_for"], r[f"{side}_sector"])
                  for side in sides} for key, r in rows.items()}


def event_actor_states(conn, store, events: list[tuple[int, str]]) -> dict[str, dict]:
    """fact_actor_states for events: ``{fact_key: {"source": actor_state, "target": actor_state}}``."""
    return fact_actor_states(conn, store, events, "events")


def article_actor_states(store, article_id: int, facts: dict) -> list[dict]:
    """Records of type ``actor_state`` (docs/schema.md) for every actor of the article's events
    (source, target) and statements (speaker), from its judged ``facts``."""
    wanted = []
    for ev in facts.get("events", []):
        for side in ("source", "target"):
            if ev.get(f"{side}_key") or ev.get(f"{side}_text"):
                wanted.append((ev["fact_key"], side, ev.get(f"{side}_key"), ev.get(f"{side}_acts_for"), ev.get(f"{side}_sector")))
    for st in facts.get("statements", []):
        if st.get("speaker_key") or st.get("speaker_text"):
            wanted.append((st["fact_key"], "speaker", st.get("speaker_key"), st.get("speaker_acts_for"), st.get("speaker_sector")))
    if not wanted:
        return []
    with store.engine.connect() as conn:
        found = states_of(conn, store, [(article_id, key) for _f, _r, key, _s, _c in wanted])
    out = []
    for fact_key, role, key, observed, sector in wanted:
        view = describe_actor(found, article_id, key, observed, sector)
        out.append({"fact_key": fact_key, "role": role, "entity_key": key, "identity_id": view["identity_id"],
                    "observed_acts_for": observed, "observed_sector": sector, "graph": view["graph"],
                    "contradicts": view["contradicts"], "label": view["label"]})
    return out
