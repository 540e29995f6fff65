"""Query latencies on a store: ego network, event filter, entity page.

``run_query_bench(store, synthetic=0, repeat=20)`` -> milliseconds (median and p95 over
``repeat`` runs, after one warm-up run) for a hub actor (the one in most events) and a typical
actor (the median of those with events), on whatever the store holds; with ``synthetic=N`` it
first fills an empty store with ``graph.synthetic.generate(N)`` and reports how long that took.
"""

from __future__ import annotations

import statistics
import time

import sqlalchemy as sa

from newsgraph.graph.build import refresh
from newsgraph.store.db import Store


def _timed(fn, repeat: int) -> dict:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 2), "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 2)}


def pick_actors(store: Store) -> dict[str, int]:
    """The hub (most events as source) and a typical actor (median event count)."""
    ev = store.t("graph_events")
    with store.engine.connect() as conn:
        counts = conn.execute(sa.select(ev.c.source_id, sa.func.count().label("n")).where(ev.c.source_id.is_not(None))
                              .group_by(ev.c.source_id).order_by(sa.desc("n"))).all()
    if not counts:
        return {}
    return {"hub": counts[0][0], "typical": counts[len(counts) // 2][0]}


def run_query_bench(store: Store, synthetic: int = 0, repeat: int = 20) -> dict:
    from newsgraph.query import graph as q

    result: dict = {"database": store.engine.dialect.name}
    if synthetic:
        from newsgraph.graph.synthetic import generate

        start = time.perf_counter()
        result["synthetic"] = generate(store, synthetic)
        result["synthetic"]["generate_s"] = round(time.perf_counter() - start, 1)
    else:
        start = time.perf_counter()
        result["refresh_articles"] = refresh(store)
        result["refresh_s"] = round(time.perf_counter() - start, 1)
    ev = store.t("graph_events")
    with store.engine.connect() as conn:
        result["events"] = conn.execute(sa.select(sa.func.count()).select_from(ev)).scalar()
    for label, actor in pick_actors(store).items():
        ref = str(actor)
        result[label] = {
            "actor_id": actor,
            "ego_network_depth2": _timed(lambda: q.network(store, around=ref, depth=2), repeat),
            "event_filter": _timed(lambda: q.events(store, actor=ref, since="2016-01", min_confidence=0.5,
                                                     status="asserted", limit=100), repeat),
            "entity_page": _timed(lambda: q.entity(store, ref), repeat),
        }
    return result
