"""Incidents: reports of the same event across articles, and how well they corroborate it.

Two reports are one incident when they have the same PLOVER type, the same canonical actors
(either order for symmetric types: CONSULT, COOPERATE, AGREE), and dates compatible at their
precisions within a window (``incident_window_days``; an undated report uses its article's
publication day). A hypothetical report (``incident_apart_statuses``) is never one incident
with a report of an event that happened. Counts: reports, articles, and independent outlets, where near-duplicate and
syndicated copies (``article_links``) count once. A report repeated by a near-duplicate capture
of its article (``graph_events.duplicate_of``, see ``newsgraph.graph.duplicates``) is not
counted as a report or an article. Dates that disagree are listed, not averaged.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict
from typing import Optional

import sqlalchemy as sa

from newsgraph.identity.names import settings
from newsgraph.intake.dates import calendar_days
from newsgraph.store.db import Store

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def date_interval(value: Optional[str]) -> tuple[Optional[dt.date], Optional[dt.date]]:
    """The days a TimeML value covers: "2023-07-26" -> that day, "2023-07" -> July, "2023" ->
    the year, "2023-W30" -> that ISO week, "2023-Q3" -> the quarter; anything else -> (None, None)."""
    if not value:
        return None, None
    days = calendar_days(value)
    if days is not None:
        return days
    try:
        if m := _WEEK.match(value):
            start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + dt.timedelta(days=6)
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            first = dt.date(y, 3 * q - 2, 1)
            last_month = 3 * q
            return first, dt.date(y, last_month, calendar.monthrange(y, last_month)[1])
    except ValueError:
        return None, None
    return None, None


def incident_key(type_: str, source_id: Optional[int], target_id: Optional[int]) -> tuple[str, Optional[int], Optional[int], bool]:
    symmetric = type_ in settings()["symmetric_event_types"]
    a, b = source_id, target_id
    if symmetric and a is not None and b is not None and b < a:
        a, b = b, a
    return type_, a, b, symmetric


def _eq(column, value):
    return column.is_(None) if value is None else column == value


def assign_incident(conn, store: Store, event: dict, published: Optional[dt.datetime]) -> Optional[int]:
    """The incident this graph event reports (found or created). An event missing an actor gets
    none: "we support Ukraine" in two releases is not evidence of one event.

    The incident keeps the interval of its first report as its anchor, so a chain of reports a
    week apart each does not stretch one incident over months."""
    if event["source_id"] is None or event["target_id"] is None:
        return None
    inc = store.t("incidents")
    type_, a, b, symmetric = incident_key(event["type"], event["source_id"], event["target_id"])
    lo, hi = event["date_lo"], event["date_hi"]
    if lo is None and published is not None:
        lo = hi = published.date()
    window = dt.timedelta(days=settings()["incident_window_days"])
    query = sa.select(inc.c.id).where(inc.c.type == type_, _eq(inc.c.actor_a, a), _eq(inc.c.actor_b, b))
    if lo is not None:
        query = query.where(sa.or_(inc.c.date_lo.is_(None), sa.and_(inc.c.date_lo <= hi + window, inc.c.date_hi >= lo - window)))
    day_precise = event["date_lo"] is not None and event["date_lo"] == event["date_hi"]
    apart = set(settings().get("incident_apart_statuses") or ())
    for found in conn.execute(query.order_by(inc.c.id).limit(20)).scalars().all():
        if apart and _status_apart(conn, store, found, event.get("status"), apart):
            continue  # a scenario is no report of the event that happened (resolution.yaml incident_apart_statuses)
        if day_precise and event.get("outlet_id") is not None and _outlet_dated_otherwise(conn, store, found, event):
            continue  # an outlet that dates two reports differently reports two events (repeated calls, visits)
        return found
    return conn.execute(inc.insert().values(
        type=type_, actor_a=a, actor_b=b, symmetric=symmetric, date_lo=lo, date_hi=hi, report_count=0,
        article_count=0, outlet_count=0, updated_at=dt.datetime.now(dt.timezone.utc))).inserted_primary_key[0]


def _status_apart(conn, store: Store, incident_id: int, status: Optional[str], apart: set[str]) -> bool:
    """Whether incident ``incident_id`` holds a report on the other side of ``apart`` from an
    event of ``status`` (a hypothetical one among actual ones, or an actual one among
    hypothetical ones): incidents are kept one side or the other, so one report tells."""
    ev = store.t("graph_events")
    own = (status or "asserted") in apart
    other = ev.c.status.in_(sorted(apart))
    return conn.execute(sa.select(ev.c.id).where(ev.c.incident_id == incident_id, other if not own else ~other)
                        .limit(1)).first() is not None


def _outlet_dated_otherwise(conn, store: Store, incident_id: int, event: dict) -> bool:
    ev = store.t("graph_events")
    return conn.execute(sa.select(ev.c.id).where(
        ev.c.incident_id == incident_id, ev.c.outlet_id == event["outlet_id"], ev.c.date_lo.is_not(None),
        ev.c.date_lo == ev.c.date_hi, ev.c.date_lo != event["date_lo"]).limit(1)).first() is not None


def independent_groups(conn, store: Store, article_ids: list[int], kind: Optional[str] = None) -> list[list[int]]:
    """The articles grouped so that near-duplicate and syndicated copies fall in one group (links
    among them followed transitively; only links of ``kind`` when given): each group sorted."""
    links = store.t("article_links")
    parent = {a: a for a in article_ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if article_ids:
        query = sa.select(links.c.article_id, links.c.other_id).where(
            links.c.article_id.in_(article_ids), links.c.other_id.in_(article_ids))
        for r in conn.execute(query if kind is None else query.where(links.c.kind == kind)):
            ra, rb = find(r.article_id), find(r.other_id)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for a in article_ids:
        groups[find(a)].append(a)
    return [sorted(g) for g in groups.values()]


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def recompute(conn, store: Store, incident_ids: set[int]) -> None:
    """Recount each incident's reports, articles, independent outlets, dates; drop empty ones."""
    inc, ev, ga = store.t("incidents"), store.t("graph_events"), store.t("graph_articles")
    for incident_id in incident_ids:
        if incident_id is None:
            continue
        rows = conn.execute(
            sa.select(ev.c.id, ev.c.article_id, ev.c.date, ev.c.date_lo, ev.c.date_hi, ev.c.status, ev.c.location,
                      ev.c.mode, ev.c.published, ev.c.outlet_id, ev.c.confidence, ev.c.duplicate_of)
            .where(ev.c.incident_id == incident_id, ev.c.rejected.is_(False))).all()
        if not rows:
            conn.execute(inc.delete().where(inc.c.id == incident_id))
            continue
        # repeats of another capture's report are not counted; an incident holding only repeats
        # (its original report went to another incident) still counts them rather than vanish
        repeats = len(rows)
        rows = [r for r in rows if r.duplicate_of is None] or rows
        repeats -= len(rows)
        articles = sorted({r.article_id for r in rows})
        groups = independent_groups(conn, store, articles)
        outlet_of = {r.article_id: r.outlet_id for r in rows}
        published_of = {r.article_id: r.published for r in rows}
        outlets = set()
        for group in groups:
            first = min(group, key=lambda a: (published_of.get(a) is None, published_of.get(a) or 0, a))
            outlets.add(outlet_of.get(first) if outlet_of.get(first) is not None else f"article:{first}")
        dates: dict[str, list[int]] = defaultdict(list)
        for r in rows:
            if r.date and r.date_lo is not None:
                dates[r.date].append(r.article_id)
        intervals = [date_interval(d) for d in dates]
        agree = None
        if intervals:
            agree = all(_overlap(x, y) for x in intervals for y in intervals)
        statuses: dict[str, int] = defaultdict(int)
        for r in rows:
            statuses[r.status] += 1
        published = [r.published for r in rows if r.published is not None]
        details = {
            "dates": [{"date": d, "articles": sorted(set(a))} for d, a in sorted(dates.items())],
            "statuses": dict(statuses),
            "locations": sorted({r.location for r in rows if r.location}),
            "modes": sorted({r.mode for r in rows if r.mode}),
            "independent_articles": len(groups),
            "repeated_reports": repeats,  # reports a near-duplicate capture repeats, not counted
            "details_agree": len(statuses) <= 1 and len({r.location for r in rows if r.location}) <= 1,
        }
        conn.execute(inc.update().where(inc.c.id == incident_id).values(
            report_count=len(rows), article_count=len(articles), outlet_count=len(outlets),
            first_reported=min(published) if published else None, last_reported=max(published) if published else None,
            dates_agree=agree, details=details, updated_at=dt.datetime.now(dt.timezone.utc)))
    _ = ga
