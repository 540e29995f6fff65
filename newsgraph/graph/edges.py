"""Relations between identities (``graph_edges``): events of one type between two actors,
grouped and weighted by corroboration, kept up to date as articles are rebuilt.

Symmetric types (CONSULT, COOPERATE, AGREE) are stored with source < target, so "Iran and
Bolivia signed" and "Bolivia and Iran signed" are one relation; that order is storage only:
``query.graph.network`` shows each such edge the way most of its reports go (``_orient``). ``weight`` = distinct incidents
+ distinct outlets reporting the relation; rejected events and repeats of another capture's
report (``duplicate_of``, ``newsgraph.graph.duplicates``) do not count.
"""

from __future__ import annotations

from typing import Iterable

import sqlalchemy as sa

from newsgraph.identity.names import settings
from newsgraph.store.db import Store


def edge_key(type_: str, source_id, target_id) -> tuple:
    if type_ in settings()["symmetric_event_types"] and source_id > target_id:
        source_id, target_id = target_id, source_id
    return source_id, target_id, type_


def _endpoints(ev):
    symmetric = sa.and_(ev.c.type.in_(settings()["symmetric_event_types"]), ev.c.source_id > ev.c.target_id)
    a = sa.case((symmetric, ev.c.target_id), else_=ev.c.source_id)
    b = sa.case((symmetric, ev.c.source_id), else_=ev.c.target_id)
    return a, b


def _aggregate(ev, where):
    a, b = _endpoints(ev)
    return (sa.select(a.label("source_id"), b.label("target_id"), ev.c.type, sa.func.count().label("reports"),
                      sa.func.count(sa.distinct(ev.c.incident_id)).label("incidents"),
                      sa.func.count(sa.distinct(ev.c.outlet_id)).label("outlets"),
                      (sa.func.count(sa.distinct(ev.c.incident_id)) + sa.func.count(sa.distinct(ev.c.outlet_id))).label("weight"),
                      sa.func.min(ev.c.date_lo).label("first_date"), sa.func.max(ev.c.date_hi).label("last_date"),
                      sa.func.min(ev.c.article_id).label("example_article"))
            .where(ev.c.source_id.is_not(None), ev.c.target_id.is_not(None), ev.c.source_id != ev.c.target_id,
                   ev.c.rejected.is_(False), ev.c.duplicate_of.is_(None), where)
            .group_by(a, b, ev.c.type))


COLUMNS = ["source_id", "target_id", "type", "reports", "incidents", "outlets", "weight", "first_date", "last_date",
           "example_article"]


def recompute_edges(conn, store: Store, keys: Iterable[tuple]) -> None:
    """Recount the relations ``keys`` ((source_id, target_id, type), already folded) from graph_events."""
    ev, ge = store.t("graph_events"), store.t("graph_edges")
    # in key order, not a set's hash order (the type is a string): rows are written in the same order on every run
    for source_id, target_id, type_ in sorted({k for k in keys if k[0] is not None and k[1] is not None}):
        if source_id == target_id:
            continue
        conn.execute(ge.delete().where(ge.c.source_id == source_id, ge.c.target_id == target_id, ge.c.type == type_))
        pair = sa.or_(sa.and_(ev.c.source_id == source_id, ev.c.target_id == target_id),
                      sa.and_(ev.c.source_id == target_id, ev.c.target_id == source_id))
        query = _aggregate(ev, sa.and_(pair, ev.c.type == type_))
        rows = [dict(r._mapping) for r in conn.execute(query)]
        rows = [r for r in rows if (r["source_id"], r["target_id"]) == (source_id, target_id)]
        if rows:
            conn.execute(ge.insert(), rows)


def recompute_edges_of(conn, store: Store, identity_id: int) -> None:
    """Recount every relation of one identity (after another identity was folded into it)."""
    ev, ge = store.t("graph_events"), store.t("graph_edges")
    conn.execute(ge.delete().where(sa.or_(ge.c.source_id == identity_id, ge.c.target_id == identity_id)))
    rows = [dict(r._mapping) for r in conn.execute(
        _aggregate(ev, sa.or_(ev.c.source_id == identity_id, ev.c.target_id == identity_id)))]
    if rows:
        conn.execute(ge.insert(), rows)


def rebuild_all_edges(store: Store) -> int:
    """Recount every relation in one INSERT ... SELECT (used after bulk loads)."""
    ev, ge = store.t("graph_events"), store.t("graph_edges")
    with store.engine.begin() as conn:
        conn.execute(ge.delete())
        conn.execute(ge.insert().from_select(COLUMNS, _aggregate(ev, sa.true())))
        return conn.execute(sa.select(sa.func.count()).select_from(ge)).scalar()
