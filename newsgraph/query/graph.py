"""Questions across articles, answered through identities with their sources.

Each function takes an open ``Store``, brings the graph up to date (``graph.build.refresh``:
one indexed query when nothing is stale), and returns plain dicts; ``as_frame`` turns a list
of rows into a pandas DataFrame. Every row names its supporting articles and the sentence
(``evidence``: article id, title, outlet, published, character span, text). Rejected facts are
left out unless ``include_rejected``; an event repeated by a near-duplicate capture of its
article (``duplicate_of``: the report it repeats, ``newsgraph.graph.duplicates``) is one report
and is left out unless ``include_duplicates``. Filters run in SQL on indexed columns, with a ``limit``.

Errors: NotFoundError when an entity reference names nothing.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from typing import Optional

import sqlalchemy as sa
from rapidfuzz import fuzz

from newsgraph.errors import InvalidRequestError, NotFoundError
from newsgraph.graph.build import refresh
from newsgraph.identity.names import normalise, settings
from newsgraph.identity.resolver import find_identity, redirect_note, successor
from newsgraph.identity.states import event_actor_states, fact_actor_states
from newsgraph.nlp.types import ENTITY_TYPES, EVENT_STATUSES, PLOVER_TYPES
from newsgraph.store.db import Store
from newsgraph.store.schema import json_value, utc_iso

DEFAULT_LIMIT = 100


class Page(list):
    """Rows cut at a ``limit``: a plain list (JSON and callers see the same shape) that also
    knows ``total``, how many rows match in all (``len(self)`` when none were cut), so a
    listing can say "50 of 176 shown"."""

    def __init__(self, rows=(), total: Optional[int] = None):
        super().__init__(rows)
        self.total = len(self) if total is None else max(total, len(self))

    @property
    def truncated(self) -> bool:
        """True when more rows match than were returned."""
        return self.total > len(self)


def _count(conn, query) -> int:
    """How many rows ``query`` matches, with its order and limit dropped."""
    sub = query.order_by(None).limit(None).subquery()
    return conn.execute(sa.select(sa.func.count()).select_from(sub)).scalar_one()


def _total(rows: list, limit: Optional[int], count) -> int:
    """How many rows match in all: ``len(rows)`` when the limit was not reached, else ``count()``
    (an SQL count, run only then)."""
    return count() if limit is not None and len(rows) >= limit else len(rows)


def _paged(conn, rows: list, limit: Optional[int], count) -> "Page":
    """``rows`` as a Page; ``count()`` (an SQL count) runs only when the limit was reached."""
    return Page(rows, _total(rows, limit, count))


def as_frame(rows: list[dict]):
    """A pandas DataFrame of ``rows`` (nested dicts flattened with dots)."""
    import pandas as pd

    return pd.json_normalize(rows, sep=".")


def ensure_fresh(store: Store) -> int:
    return refresh(store)


def _date(value, param: str = "since") -> Optional[dt.date]:
    """The first day of ``value`` (2023, 2023-07, 2023-07-26); InvalidRequestError naming the
    parameter (``since``) for a value that is no date."""
    if value is None or isinstance(value, dt.date):
        return value
    from newsgraph.graph.incidents import date_interval

    lo, _hi = date_interval(str(value))
    if lo is None:
        raise _bad_date(value, param)
    return lo


def _bad_date(value, param: str) -> InvalidRequestError:
    return InvalidRequestError(f"cannot read the date {value!r} (use 2023, 2023-07 or 2023-07-26)",
                               source=param)


def plover_type(value: str) -> str:
    """A PLOVER event type as stored (upper case); InvalidRequestError for a name the codebook
    does not have, so a typo is an error rather than an empty answer."""
    name = str(value).strip().upper()
    if name not in PLOVER_TYPES:
        raise InvalidRequestError(f"unknown PLOVER type {value!r} (one of {', '.join(sorted(PLOVER_TYPES))})",
                                  source=str(value))
    return name


def _date_end(value, param: str = "until") -> Optional[dt.date]:
    """The last day of ``value``; InvalidRequestError naming the parameter (``until``) for a
    value that is no date (it used to give None, and so an empty answer)."""
    if value is None or isinstance(value, dt.date):
        return value
    from newsgraph.graph.incidents import date_interval

    _lo, hi = date_interval(str(value))
    if hi is None:
        raise _bad_date(value, param)
    return hi


def identity_ids(conn, store: Store, ref: str) -> list[int]:
    """The identity an actor filter (``events --actor``, ``statements --speaker/--about``,
    ``timeline``, ``network --around`` ...) names, resolved as ``newsgraph entity`` resolves it
    (``resolver.find_identity``): an id (one merged away names the identity it joined), an
    observation key, or a name that names exactly one identity; else an ISO code or a country's
    name. A name of several is AmbiguousReferenceError (``ambiguous_reference``, listing them:
    CLI exit 2, API 409), not a silently empty or partial answer; none is NotFoundError.
    One id, in a list."""
    t = store.t("identities")
    ref = " ".join(str(ref).split())
    if len(ref) == 3 and ref.isalpha() and ref.isupper():  # an ISO code as written ("UKR") names its state
        coded = [r[0] for r in conn.execute(sa.select(t.c.id).where(t.c.code == ref))]
        if coded:
            return sorted(coded)
    try:
        return [find_identity(conn, store, ref)]
    except NotFoundError:
        pass
    ids = [r[0] for r in conn.execute(sa.select(t.c.id).where(t.c.code == ref.upper()).limit(50))] if ref else []
    ids = ids or _country_ids(conn, t, ref)
    if not ids:
        raise NotFoundError(f"no entity named or numbered {ref!r} (see `newsgraph entities --name`)", source=ref)
    return sorted(set(ids))


def matching_identity_ids(conn, store: Store, ref: str) -> list[int]:
    """Every identity a loose filter value may name (``--outlet``, ``--via``, matched beside the
    text itself): an id, an ISO code, an exact name, or a normalised name (several may match)."""
    t, o = store.t("identities"), store.t("observations")
    ref = " ".join(str(ref).split())  # a no-break space inside a copied name is a space (find_identity)
    if ref.isdigit():
        if conn.execute(sa.select(t.c.id).where(t.c.id == int(ref))).scalar() is None:
            live = successor(conn, store, int(ref))
            return [live if live is not None else int(ref)]
        return [int(ref)]
    ids = [r[0] for r in conn.execute(sa.select(t.c.id).where(sa.or_(
        sa.func.lower(t.c.name) == ref.lower(), t.c.code == ref.upper())).limit(50))]
    if not ids:
        keys = {normalise(ref, kind).key for kind in ("person", "organization", "country")}
        ids = [r[0] for r in conn.execute(sa.select(t.c.id).where(t.c.norm_name.in_(keys)).limit(50))]
        ids += [r[0] for r in conn.execute(sa.select(o.c.identity_id).distinct().where(
            o.c.norm_name.in_(keys), o.c.identity_id.is_not(None)).limit(50))]
    if not ids and " " not in ref:
        # a surname alone ("Novillo") names the people observed with it
        surname = normalise(ref, "person").surname
        if surname:
            ids = [r[0] for r in conn.execute(sa.select(o.c.identity_id).distinct().where(
                o.c.surname == surname, o.c.type == "person", o.c.identity_id.is_not(None)).limit(50))]
    ids = ids or _country_ids(conn, t, ref)
    if not ids:
        raise NotFoundError(f"no entity named or numbered {ref!r} (see `newsgraph entities --name`)", source=ref)
    return sorted(set(ids))


def _country_ids(conn, identities: sa.Table, ref: str) -> list[int]:
    """The identities coded with the state a country name or alias names ("Iran", "Russian
    Federation"); [] for a reference of two letters or less, or no country."""
    if len(ref) <= 2:
        return []
    from newsgraph.resolve.countries import lookup_country

    country = lookup_country(ref)
    if country is None:
        return []
    return [r[0] for r in conn.execute(sa.select(identities.c.id).where(identities.c.code == country.alpha3))]


def _names(conn, store: Store, ids) -> dict[int, dict]:
    t = store.t("identities")
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return {r.id: {"id": r.id, "name": r.name, "type": r.type, "code": r.code}
            for r in conn.execute(sa.select(t.c.id, t.c.name, t.c.type, t.c.code).where(t.c.id.in_(ids)))}


def _evidence(row) -> dict:
    return {"article_id": row.article_id, "title": row.title, "outlet": row.outlet,
            "published": row.published_at.isoformat() if row.published_at else None,
            "span": [row.start, row.end], "sentence": " ".join((row.sentence or "").split())}


def _event_query(store: Store, include_rejected: bool, include_duplicates: bool = False):
    ev, a = store.t("graph_events"), store.t("articles")
    query = sa.select(
        ev, a.c.title, a.c.outlet, ev.c.published.label("published_at"),
        sa.func.substr(a.c.text, ev.c.start + 1, ev.c.end - ev.c.start).label("sentence"),
    ).join(a, a.c.id == ev.c.article_id)
    if not include_rejected:
        query = query.where(ev.c.rejected.is_(False))
    if not include_duplicates:
        query = query.where(ev.c.duplicate_of.is_(None))
    return query


def _event_rows(conn, store: Store, rows) -> list[dict]:
    names = _names(conn, store, [r.source_id for r in rows] + [r.target_id for r in rows] + [r.outlet_id for r in rows])
    inc = store.t("incidents")
    incident_ids = {r.incident_id for r in rows if r.incident_id}
    incidents = {r.id: r for r in conn.execute(sa.select(inc).where(inc.c.id.in_(incident_ids)))} if incident_ids else {}
    states = event_actor_states(conn, store, [(r.article_id, r.fact_key) for r in rows])
    dating = _event_dating(conn, store, rows)
    out = []
    for r in rows:
        i = incidents.get(r.incident_id)
        state = states.get(r.fact_key, {})
        date_end, date_source = dating.get((r.article_id, r.fact_key), (None, None))
        out.append({
            "id": r.id, "type": r.type, "mode": r.mode, "status": r.status, "confidence": r.confidence, "date": r.date,
            "date_end": date_end, "date_source": date_source,
            "source": names.get(r.source_id) or ({"id": None, "name": r.source_text} if r.source_text else None),
            "target": names.get(r.target_id) or ({"id": None, "name": r.target_text} if r.target_text else None),
            # the state each actor acts for: what its article observed, apart from its identity's
            # graph-derived state (newsgraph.identity.states)
            "source_state": state.get("source"), "target_state": state.get("target"),
            "trigger": r.trigger, "location": r.location, "fact_key": r.fact_key, "duplicate_of": r.duplicate_of,
            "judgement": "rejected" if r.rejected else "confirmed" if r.confirmed else "corrected" if r.corrected else None,
            "incident": {"id": i.id, "articles": i.article_count, "outlets": i.outlet_count,
                         "dates_agree": i.dates_agree} if i is not None else None,
            "evidence": [_evidence(r)],
        })
    return out


def _event_dating(conn, store: Store, rows) -> dict[tuple[int, str], tuple[Optional[str], Optional[str]]]:
    """(article_id, fact_key) -> (date_end, date_source) of graph event ``rows``, as ``show``
    gives them (schema event.date_source: ``text``, ``publication`` where the article's day
    stands in, ``before``, ``analyst``): the stored fact's, under the analysts' corrections in
    force on its key (a correction of the date or its end makes it ``analyst``; a graph date that
    differs from the stored one was corrected too, by a judgement re-attached through its anchor)."""
    if not rows:
        return {}
    t, j = store.t("events"), store.t("judgements")
    keys = {r.fact_key for r in rows}
    stored = {(x.article_id, x.fact_key): x for x in conn.execute(
        sa.select(t.c.article_id, t.c.fact_key, t.c.date, t.c.date_end, t.c.date_source).where(t.c.fact_key.in_(keys)))}
    corrected = {r.fact_key for r in rows if r.corrected}
    corrections: dict[str, list[dict]] = defaultdict(list)
    if corrected:
        for x in conn.execute(sa.select(j.c.fact_key, j.c.value).where(
                j.c.fact_key.in_(corrected), j.c.action == "correct", j.c.undone_at.is_(None)).order_by(j.c.id)):
            value = json_value(x.value, None)
            if isinstance(value, dict):
                corrections[x.fact_key].append(value)
    out = {}
    for r in rows:
        x = stored.get((r.article_id, r.fact_key))
        date_end, source = (x.date_end, x.date_source) if x is not None else (None, None)
        for value in corrections.get(r.fact_key, ()) if r.corrected else ():
            if "date" in value or "date_end" in value:
                date_end, source = value.get("date_end", date_end), "analyst"
        if x is not None and r.date != x.date:
            source = "analyst"
        out[(r.article_id, r.fact_key)] = (date_end, source)
    return out


def _check_range(since, until) -> None:
    """InvalidRequestError for a ``since`` that begins after ``until`` ends (``--since 2024
    --until 2023``): a range no date is in, which would otherwise be an empty answer that reads
    as "nothing happened"."""
    if since is not None and until is not None and _date(since) > _date_end(until):
        raise InvalidRequestError(f"since {str(since)!r} begins after until {str(until)!r} ends: no date is in "
                                  "that range (swap them?)", source="since")


def _between(query, ev, since, until):
    """Events on or after ``since`` and on or before the end of ``until`` (by their ``day``:
    the event's date, else its article's publication day)."""
    if since is not None:
        query = query.where(ev.c.day >= _date(since))
    if until is not None:
        query = query.where(ev.c.day <= _date_end(until))
    return query


def _confident(query, table, min_confidence: Optional[float]):
    """``query`` keeping the rows of ``table`` (graph_events or graph_statements) whose calibrated
    confidence is at least ``min_confidence`` (0-1; None keeps every row). Raises
    InvalidRequestError (``invalid_request``) for a value outside 0-1, which would silently keep
    every row or none."""
    if min_confidence is None:
        return query
    if not 0.0 <= min_confidence <= 1.0:
        raise InvalidRequestError(f"min_confidence {min_confidence} is outside 0-1", source="min_confidence")
    return query.where(table.c.confidence >= min_confidence)


def _newest_involving(conn, query, ev, ids: list[int], limit: int):
    """Rows of ``query`` where an actor in ``ids`` is source or target, newest first: two
    queries that each walk one (actor, day) index backwards, merged."""
    order = (ev.c.day.desc(), ev.c.id.desc())
    as_source = conn.execute(query.where(ev.c.source_id.in_(ids)).order_by(*order).limit(limit)).all()
    as_target = conn.execute(query.where(ev.c.target_id.in_(ids), sa.or_(ev.c.source_id.is_(None), ev.c.source_id.not_in(ids)))
                             .order_by(*order).limit(limit)).all()
    return sorted(as_source + as_target, key=lambda r: (r.day, r.id), reverse=True)[:limit]


def _count_involving(conn, query, ev, ids: list[int]) -> int:
    """How many rows :func:`_newest_involving` would give with no limit."""
    return (_count(conn, query.where(ev.c.source_id.in_(ids)))
            + _count(conn, query.where(ev.c.target_id.in_(ids), sa.or_(ev.c.source_id.is_(None), ev.c.source_id.not_in(ids)))))


def events(store: Store, *, actor: Optional[str] = None, type: Optional[str] = None, since=None, until=None,
           country: Optional[str] = None, outlet: Optional[str] = None, min_confidence: Optional[float] = None,
           status: Optional[str] = None, include_rejected: bool = False, include_duplicates: bool = False,
           limit: int = DEFAULT_LIMIT) -> Page:
    """Events filtered by actor (either side), PLOVER type, date, actors' country, outlet,
    confidence and status; newest first, at most ``limit`` (a Page: ``total`` counts them all).
    Each row: type, source, target, date, status,
    confidence, its incident's corroboration, and the supporting sentence; with
    ``include_duplicates`` also the repeats of a report by another capture (``duplicate_of`` set)."""
    _check_range(since, until)  # before any lookup: a range no date is in is an error, not an empty answer
    ensure_fresh(store)
    ev, t = store.t("graph_events"), store.t("identities")
    with store.engine.connect() as conn:
        query = _event_query(store, include_rejected, include_duplicates)
        ids = identity_ids(conn, store, actor) if actor else None
        if type:
            query = query.where(ev.c.type == plover_type(type))
        if country:
            code = country.upper() if len(country) == 3 else None
            if code is None:
                from newsgraph.resolve.countries import lookup_country

                found = lookup_country(country)
                if found is None:
                    raise NotFoundError(f"no country {country!r}", source=country)
                code = found.alpha3
            of_country = sa.select(t.c.id).where(sa.or_(t.c.code == code, t.c.country == code))
            query = query.where(sa.or_(ev.c.source_id.in_(of_country), ev.c.target_id.in_(of_country)))
        if outlet:
            a = store.t("articles")
            try:
                outlet_ids = matching_identity_ids(conn, store, outlet)
            except NotFoundError:
                outlet_ids = []
            query = query.where(sa.or_(ev.c.outlet_id.in_(outlet_ids), a.c.outlet.ilike(f"%{outlet}%")))
        query = _confident(query, ev, min_confidence)
        if status:
            if status not in EVENT_STATUSES:
                raise InvalidRequestError(f"unknown event status {status!r} (one of {', '.join(EVENT_STATUSES)})",
                                          source=status)
            query = query.where(ev.c.status == status)
        query = _between(query, ev, since, until)
        if ids is not None:
            rows = _newest_involving(conn, query, ev, ids, limit)
            total = lambda: _count_involving(conn, query, ev, ids)  # noqa: E731
        else:
            rows = conn.execute(query.order_by(ev.c.day.desc(), ev.c.id.desc()).limit(limit)).all()
            total = lambda: _count(conn, query)  # noqa: E731
        return _paged(conn, _event_rows(conn, store, rows), limit, total)


def incidents(store: Store, *, actor: Optional[str] = None, type: Optional[str] = None, since=None, until=None,
              min_articles: int = 1, limit: int = DEFAULT_LIMIT, min_confidence: Optional[float] = None) -> Page:
    """At most ``limit`` incidents (a Page: ``total`` counts them all; reports of one event grouped), most corroborated first: actors, dates and
    whether reports agree, number of articles and independent outlets, and each report.
    ``min_confidence`` (0-1) keeps the incidents with at least one report (not rejected) at or
    above that confidence; every report of an incident kept is listed."""
    _check_range(since, until)  # before any lookup: a range no date is in is an error, not an empty answer
    ensure_fresh(store)
    inc, ev = store.t("incidents"), store.t("graph_events")
    with store.engine.connect() as conn:
        query = sa.select(inc).where(inc.c.article_count >= min_articles)
        if actor:
            ids = identity_ids(conn, store, actor)
            query = query.where(sa.or_(inc.c.actor_a.in_(ids), inc.c.actor_b.in_(ids)))
        if type:
            query = query.where(inc.c.type == plover_type(type))
        if min_confidence is not None:
            confident = _confident(sa.select(ev.c.incident_id).where(ev.c.incident_id.is_not(None),
                                                                      ev.c.rejected.is_(False)), ev, min_confidence)
            query = query.where(inc.c.id.in_(confident))
        if since is not None:
            query = query.where(inc.c.date_hi >= _date(since))
        if until is not None:
            query = query.where(inc.c.date_lo <= _date_end(until))
        rows = conn.execute(query.order_by(inc.c.outlet_count.desc(), inc.c.article_count.desc(), inc.c.id).limit(limit)).all()
        names = _names(conn, store, [r.actor_a for r in rows] + [r.actor_b for r in rows])
        reports = defaultdict(list)
        if rows:
            for r in conn.execute(_event_query(store, False).where(ev.c.incident_id.in_([x.id for x in rows])).order_by(ev.c.published)):
                reports[r.incident_id].append(r)
        out = []
        for r in rows:
            report_rows = _event_rows(conn, store, reports[r.id])
            out.append({
                "id": r.id, "type": r.type, "actors": [names.get(r.actor_a), names.get(r.actor_b)], "symmetric": r.symmetric,
                "first_reported": r.first_reported.isoformat() if r.first_reported else None,
                "last_reported": r.last_reported.isoformat() if r.last_reported else None,
                "reports": r.report_count, "articles": r.article_count, "independent_outlets": r.outlet_count,
                "dates_agree": r.dates_agree, "dates": (r.details or {}).get("dates", []),
                "statuses": (r.details or {}).get("statuses", {}), "locations": (r.details or {}).get("locations", []),
                "report_rows": [{"date": x["date"], "status": x["status"], "source": x["source"], "target": x["target"],
                                 "outlet": x["evidence"][0]["outlet"], "evidence": x["evidence"]} for x in report_rows],
            })
        return _paged(conn, out, limit, lambda: _count(conn, query))


def _statement_query(store: Store, include_rejected: bool):
    st, a = store.t("graph_statements"), store.t("articles")
    query = sa.select(st, a.c.title, a.c.outlet, st.c.published.label("published_at"),
                      sa.func.substr(a.c.text, st.c.start + 1, st.c.end - st.c.start).label("sentence")
                      ).join(a, a.c.id == st.c.article_id)
    if not include_rejected:
        query = query.where(st.c.rejected.is_(False))
    return query.where(st.c.duplicate_of.is_(None))  # a capture's repeat of a statement (graph.duplicates)


def _sentence_at(starts: list[int], at: int) -> int:
    """The index of the sentence holding offset ``at``, given the sentences' sorted ``starts``:
    the last one starting at or before it (the first where none does)."""
    return max(bisect.bisect_right(starts, at) - 1, 0)


def _statement_sentences(conn, store: Store, rows) -> dict[int, tuple[int, int, str]]:
    """Each statement's evidence: (start, end, text) of its whole sentence, as an event's is, not
    of its content alone ("victory"). The sentences holding the content, widened to the sentence
    of its speaker and cue where that is the next one before or after (a turn label or an
    attribution split off by the sentence splitter); a speaker introduced paragraphs before an
    interview answer stays out. A statement whose article has no sentences keeps its content span."""
    if not rows:
        return {}
    facts, sent, a = store.t("statements"), store.t("sentences"), store.t("articles")
    article_ids = {r.article_id for r in rows}
    offsets = {(r.article_id, r.fact_key): r for r in conn.execute(
        sa.select(facts.c.article_id, facts.c.fact_key, facts.c.speaker_start, facts.c.speaker_end,
                  facts.c.cue_start, facts.c.cue_end).where(
            facts.c.article_id.in_(article_ids), facts.c.fact_key.in_({r.fact_key for r in rows})))}
    spans = defaultdict(list)
    for r in conn.execute(sa.select(sent.c.article_id, sent.c.start, sent.c.end).where(
            sent.c.article_id.in_(article_ids)).order_by(sent.c.article_id, sent.c.start)):
        spans[r.article_id].append((r.start, r.end))
    # each article's sentence starts, once (several statements share an article)
    starts_of = {article_id: [s0 for s0, _ in sentences] for article_id, sentences in spans.items()}
    wanted, out = {}, {}
    for r in rows:
        sentences = spans.get(r.article_id)
        if not sentences:
            continue
        starts = starts_of[r.article_id]
        lo, hi = _sentence_at(starts, r.start), _sentence_at(starts, max(r.start, r.end - 1))
        fact = offsets.get((r.article_id, r.fact_key))
        ends = [(fact.speaker_start, fact.speaker_end), (fact.cue_start, fact.cue_end)] if fact is not None else []
        for s0, s1 in ends:
            if s0 is None or s1 is None or s1 <= s0:
                continue
            i = _sentence_at(starts, s0)
            if _sentence_at(starts, s1 - 1) != i:  # a speaker or cue across sentences is no help
                continue
            if lo - 1 <= i <= hi + 1:
                lo, hi = min(lo, i), max(hi, i)
        start, end = min(sentences[lo][0], r.start), max(sentences[hi][1], r.end)
        wanted[r.id] = (r.article_id, start, end)
    if wanted:
        texts = {x.id: x.text or "" for x in conn.execute(
            sa.select(a.c.id, a.c.text).where(a.c.id.in_({v[0] for v in wanted.values()})))}
        for sid, (article_id, start, end) in wanted.items():
            out[sid] = (start, end, texts.get(article_id, "")[start:end])
    return out


def _statement_rows(conn, store: Store, rows) -> list[dict]:
    subj, links = store.t("statement_subjects"), store.t("statement_incidents")
    about = defaultdict(list)
    incidents = defaultdict(list)
    if rows:
        for r in conn.execute(sa.select(subj).where(subj.c.statement_id.in_([x.id for x in rows]))):
            about[r.statement_id].append(r.identity_id)
        linked = defaultdict(set)
        for r in conn.execute(sa.select(links).where(links.c.statement_id.in_([x.id for x in rows]))
                              .order_by(links.c.statement_id, links.c.incident_id)):
            incidents[r.statement_id].append({"incident_id": r.incident_id, "basis": r.basis, "cue": r.cue,
                                              "explanation": r.explanation})
            if r.event_id is not None:
                linked[r.event_id].add(r.statement_id)
        # a statement inherits the subjects of the report it is linked through: its actors and
        # what its sentence names ("This deal ..." is about the drones the treaty provides for)
        if linked:
            ev, ev_subj = store.t("graph_events"), store.t("event_subjects")
            inherited = [(r.id, i) for r in conn.execute(sa.select(ev.c.id, ev.c.source_id, ev.c.target_id).where(
                ev.c.id.in_(list(linked)))) for i in (r.source_id, r.target_id) if i is not None]
            inherited += [(r.event_id, r.identity_id) for r in conn.execute(
                sa.select(ev_subj).where(ev_subj.c.event_id.in_(list(linked))))]
            speakers = {x.id: {x.speaker_id, x.via_id} for x in rows}
            for event_id, identity_id in inherited:
                for sid in linked[event_id]:
                    if identity_id not in about[sid] and identity_id not in speakers[sid]:
                        about[sid].append(identity_id)
    names = _names(conn, store, [r.speaker_id for r in rows] + [r.via_id for r in rows] + [r.outlet_id for r in rows]
                   + [i for v in about.values() for i in v])
    states = fact_actor_states(conn, store, [(r.article_id, r.fact_key) for r in rows], "statements")
    sentences = _statement_sentences(conn, store, rows)
    out = []
    for r in rows:
        speaker = names.get(r.speaker_id) or ({"id": None, "name": r.speaker_text} if r.speaker_text else None)
        via = names.get(r.via_id) or ({"id": None, "name": r.via_text} if r.via_text else None)
        out.append({
            "id": r.id, "kind": r.kind, "speaker": speaker, "cue": r.cue, "via": via, "content": r.content,
            # the state the speaker acts for: observed, apart from graph-derived (newsgraph.identity.states)
            "speaker_state": states.get(r.fact_key, {}).get("speaker"),
            "date": r.date, "confidence": r.confidence, "about": [names[i] for i in about.get(r.id, []) if i in names],
            "incident_id": r.incident_id, "fact_key": r.fact_key,
            # every incident it is about, and why (its sentence reports it, or "this deal" refers back to it)
            "incidents": incidents.get(r.id, []),
            "judgement": "rejected" if r.rejected else "confirmed" if r.confirmed else "corrected" if r.corrected else None,
            # who said it, through whom, in which article: the chain an analyst checks
            "attribution": [x for x in (speaker and speaker["name"], via and via["name"], r.outlet) if x],
            "evidence": [_statement_evidence(r, sentences.get(r.id))],
        })
    return out


def _statement_evidence(row, sentence) -> dict:
    """The statement's evidence: its whole sentence and that sentence's span (as an event's),
    with ``content_span`` the quoted or reported words within it."""
    found = _evidence(row)
    found["content_span"] = [row.start, row.end]
    if sentence is not None:
        found["span"] = [sentence[0], sentence[1]]
        found["sentence"] = " ".join(sentence[2].split())
    return found


def _about_incidents(store: Store, ids: list[int]):
    """Statement ids linked to an incident whose subjects include one of ``ids``: an actor of one
    of its (unrejected) reports, or an entity a report's sentence names (indexed joins)."""
    ev, ev_subj, links = store.t("graph_events"), store.t("event_subjects"), store.t("statement_incidents")
    incidents = sa.select(ev.c.incident_id).where(
        ev.c.rejected.is_(False), ev.c.incident_id.is_not(None),
        sa.or_(ev.c.source_id.in_(ids), ev.c.target_id.in_(ids),
               ev.c.id.in_(sa.select(ev_subj.c.event_id).where(ev_subj.c.identity_id.in_(ids)))))
    return sa.select(links.c.statement_id).where(links.c.incident_id.in_(incidents))


def statements(store: Store, *, speaker: Optional[str] = None, about: Optional[str] = None, via: Optional[str] = None,
               include_rejected: bool = False, limit: int = DEFAULT_LIMIT, min_confidence: Optional[float] = None) -> Page:
    """At most ``limit`` statements (a Page: ``total`` counts them all) by a speaker, about an entity (mentioned in the quote or its sentence, or a
    subject of an incident the statement is about: one its sentence reports, or one an event noun
    in it refers back to, "this deal"), or relayed via an outlet, at or above ``min_confidence``
    (0-1) when given; newest first, each with its attribution chain and sentence."""
    ensure_fresh(store)
    st, subj = store.t("graph_statements"), store.t("statement_subjects")
    with store.engine.connect() as conn:
        query = _confident(_statement_query(store, include_rejected), st, min_confidence)
        if speaker:
            query = query.where(st.c.speaker_id.in_(identity_ids(conn, store, speaker)))
        if about:
            ids = identity_ids(conn, store, about)
            query = query.where(sa.or_(st.c.id.in_(sa.select(subj.c.statement_id).where(subj.c.identity_id.in_(ids))),
                                       st.c.id.in_(_about_incidents(store, ids))))
        if via:
            try:
                via_ids = matching_identity_ids(conn, store, via)
            except NotFoundError:
                via_ids = []
            query = query.where(sa.or_(st.c.via_id.in_(via_ids), st.c.via_text.ilike(f"%{via}%")))
        rows = conn.execute(query.order_by(st.c.published.desc(), st.c.id).limit(limit)).all()
        return _paged(conn, _statement_rows(conn, store, rows), limit, lambda: _count(conn, query))


def contested(store: Store, *, about: str, include_rejected: bool = False, limit: int = 500,
              similarity: int = 60) -> list[dict]:
    """Claims about ``about`` grouped by subject, so who asserts what is seen side by side.

    A statement is about the entity when it names it, or when it is about an incident whose
    reports name it ("This deal ... is a joke" after "the treaty provides for drones": see
    ``statements``; each row's ``incidents`` says why). Two statements about the entity fall
    in one group when they are about a common incident,
    share another subject besides it and the speakers themselves, or say similar things
    (rapidfuzz token_set_ratio >= ``similarity``). Groups with the most distinct speakers first;
    each statement keeps its attribution chain (speaker, via, article)."""
    rows = statements(store, about=about, include_rejected=include_rejected, limit=limit)
    with store.engine.connect() as conn:
        target = set(identity_ids(conn, store, about))
    parent = list(range(len(rows)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def subjects(r):
        own = {r["speaker"]["id"] if r["speaker"] else None, r["via"]["id"] if r["via"] else None}
        return {s["id"] for s in r["about"]} - target - own

    subj = [subjects(r) for r in rows]
    incidents = [{x["incident_id"] for x in r["incidents"]} for r in rows]
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            same_incident = (rows[i]["incident_id"] and rows[i]["incident_id"] == rows[j]["incident_id"]) or (
                incidents[i] & incidents[j])
            if same_incident or (subj[i] & subj[j]) or fuzz.token_set_ratio(rows[i]["content"], rows[j]["content"]) >= similarity:
                parent[find(i)] = find(j)
    groups = defaultdict(list)
    for i, r in enumerate(rows):
        groups[find(i)].append(r)
    out = []
    for members in groups.values():
        speakers = {(m["speaker"] or {}).get("name") for m in members} - {None}
        shared = set.intersection(*[{s["name"] for s in m["about"] if s["id"] not in target} for m in members]) if members else set()
        out.append({"about": sorted(shared), "speakers": sorted(speakers), "statements": members})
    out.sort(key=lambda g: (-len(g["speakers"]), -len(g["statements"])))
    return out


def entities(store: Store, *, name: Optional[str] = None, type: Optional[str] = None, limit: int = DEFAULT_LIMIT) -> Page:
    """Identities by (part of) name and type, most reported first; at most ``limit`` (a Page:
    ``total`` counts them all)."""
    ensure_fresh(store)
    t = store.t("identities")
    query = sa.select(t.c.id, t.c.name, t.c.type, t.c.code, t.c.country, t.c.aliases, t.c.observation_count,
                      t.c.article_count)
    if name:
        query = query.where(sa.or_(t.c.name.ilike(f"%{name}%"), t.c.norm_name.like(f"%{normalise(name, 'person').key}%"),
                                   t.c.code == name.upper()))
    kind = str(type).strip().lower() if type else None
    if kind:  # entity types are stored lower case ("person"); PERSON names the same
        query = query.where(t.c.type == kind)
    with store.engine.connect() as conn:
        if kind and kind not in ENTITY_TYPES and conn.execute(sa.select(t.c.id).where(t.c.type == kind).limit(1)).first() is None:
            # a typo ("persons", "org") is an error, as an unknown event type is, not an empty list
            raise InvalidRequestError(f"unknown entity type {type!r} (one of {', '.join(ENTITY_TYPES)})", source=str(type))
        rows = [dict(r._mapping) for r in conn.execute(query.order_by(t.c.article_count.desc(), t.c.id).limit(limit))]
        return _paged(conn, rows, limit, lambda: _count(conn, query))


def entity(store: Store, ref: str, *, include_rejected: bool = False, limit: int = 50) -> dict:
    """One identity's page: names and aliases, the observations it joins, roles over time,
    events it takes part in, statements by and about it (each newest first, at most ``limit``;
    ``totals`` maps "events", "statements_by", "statements_about" to how many match in all, and
    ``limit`` is the cut), and the resolver's judged edges.
    ``redirect`` is ``resolver.redirect_note``'s dict when ``ref`` is an id merged away (the page
    is then the identity it joined), else None."""
    ensure_fresh(store)
    t, o, roles, e, acts = (store.t(n) for n in ("identities", "observations", "roles", "resolver_edges", "identity_acts"))
    ev, st, subj = store.t("graph_events"), store.t("graph_statements"), store.t("statement_subjects")
    with store.engine.connect() as conn:
        identity_id = find_identity(conn, store, ref)
        redirect = redirect_note(conn, store, ref)
        ident = dict(conn.execute(sa.select(t).where(t.c.id == identity_id)).one()._mapping)
        features = ident.pop("features", None)
        features = features if isinstance(features, dict) else {}
        # graph-derived: the states its articles gave it, with counts (newsgraph.identity.states)
        ident["acts_for"] = features.get("acts_for")
        observations = [dict(r._mapping) for r in conn.execute(
            sa.select(o.c.obs_key, o.c.article_id, o.c.name, o.c.kind, o.c.mention_count)
            .where(o.c.identity_id == identity_id).order_by(o.c.article_id).limit(500))]
        a = store.t("articles")
        role_rows = conn.execute(
            sa.select(roles.c.title, roles.c.of_name, roles.c.of_key, roles.c.date, roles.c.article_id, roles.c.start,
                      roles.c.end, a.c.title.label("article_title"), a.c.outlet)
            .join(o, sa.and_(o.c.article_id == roles.c.article_id, o.c.entity_key == roles.c.person_key))
            .join(a, a.c.id == roles.c.article_id)
            .where(o.c.identity_id == identity_id).order_by(roles.c.date, roles.c.article_id).limit(200)).all()
        role_list = [{"title": r.title, "of": r.of_name, "date": r.date,
                      "evidence": [{"article_id": r.article_id, "title": r.article_title, "outlet": r.outlet, "span": [r.start, r.end]}]}
                     for r in role_rows]
        event_rows = _newest_involving(conn, _event_query(store, include_rejected), ev, [identity_id], limit)
        by_query = _statement_query(store, include_rejected).where(st.c.speaker_id == identity_id)
        by_rows = conn.execute(by_query.order_by(st.c.published.desc()).limit(limit)).all()
        about_query = _statement_query(store, include_rejected).where(
            st.c.id.in_(sa.select(subj.c.statement_id).where(subj.c.identity_id == identity_id)))
        about_rows = conn.execute(about_query.order_by(st.c.published.desc()).limit(limit)).all()
        keys = [ob["obs_key"] for ob in observations]
        edges = []
        for chunk in range(0, len(keys), 500):
            part = keys[chunk:chunk + 500]
            edges += [{**r._mapping, "created_at": utc_iso(r.created_at)} for r in conn.execute(
                sa.select(e.c.left_key, e.c.right_key, e.c.judgement, e.c.origin, e.c.author, e.c.score, e.c.explanation,
                          e.c.reason, e.c.act_id, e.c.created_at)
                .where(e.c.deleted_at.is_(None), sa.or_(e.c.left_key.in_(part), e.c.right_key.in_(part)),
                       sa.or_(e.c.origin == "analyst", e.c.judgement != "positive")).limit(200))]
        # how many match in all where a list was cut at ``limit`` (so a page can say "50 of 176")
        totals = {
            "events": _total(event_rows, limit,
                             lambda: _count_involving(conn, _event_query(store, include_rejected), ev, [identity_id])),
            "statements_by": _total(by_rows, limit, lambda: _count(conn, by_query)),
            "statements_about": _total(about_rows, limit, lambda: _count(conn, about_query)),
        }
        return {"identity": ident, "redirect": redirect, "observations": observations, "roles": role_list,
                "events": _event_rows(conn, store, event_rows), "statements_by": _statement_rows(conn, store, by_rows),
                "statements_about": _statement_rows(conn, store, about_rows), "judged_edges": edges,
                "limit": limit, "totals": totals}


def network(store: Store, *, around: str, depth: int = 2, since=None, until=None, limit: int = 50,
            include_rejected: bool = False, max_edges: int = 500, min_confidence: Optional[float] = None) -> dict:
    """The actors around ``around`` within ``depth`` hops, and typed edges between them weighted
    by corroboration (distinct incidents + independent outlets).

    A symmetric type (``symmetric_event_types``: CONSULT, COOPERATE, AGREE) is one relation
    whichever side its reports name first, so "A met B" and "B met A" count together; its edge
    is shown in the direction most of its reports give (the source as the events name it, e.g.
    the visitor of a visit), and ``each_way`` is ``[reports that way, reports the other way]``
    (``None`` for a directed type, whose edge is always its events' direction).

    ``min_confidence`` (0-1): only events at or above that calibrated confidence make edges, hops
    and directions (the events listing's filter).

    Each hop is one grouped SQL query that returns only the ``limit`` strongest new neighbours;
    then one query fetches the ``max_edges`` strongest edges among the actors kept. Without dates
    or a confidence floor (and rejected facts left out) it reads the maintained ``graph_edges``;
    with ``since``/``until``, ``min_confidence`` or ``include_rejected`` it aggregates
    ``graph_events`` on its indexes."""
    _check_range(since, until)  # before any lookup: a range no date is in is an error, not an empty answer
    ensure_fresh(store)
    ev, ge = store.t("graph_events"), store.t("graph_edges")
    exact = since is not None or until is not None or include_rejected or min_confidence is not None
    with store.engine.connect() as conn:
        centre = identity_ids(conn, store, around)
        seen, frontier = set(centre), list(centre)
        if exact:
            a, b = _folded(ev)
            base = sa.select(a.label("source_id"), b.label("target_id"), ev.c.type, ev.c.incident_id, ev.c.outlet_id,
                             ev.c.article_id).where(ev.c.source_id.is_not(None), ev.c.target_id.is_not(None),
                                                    ev.c.source_id != ev.c.target_id, ev.c.duplicate_of.is_(None))
            if not include_rejected:
                base = base.where(ev.c.rejected.is_(False))
            base = _confident(_between(base, ev, since, until), ev, min_confidence)

            def side(column, ids):
                return base.where(column.in_(ids))
        for _hop in range(max(1, depth)):
            if not frontier:
                break
            if exact:
                sub = sa.union_all(
                    sa.select(side(ev.c.source_id, frontier).subquery().c.target_id.label("other")),
                    sa.select(side(ev.c.target_id, frontier).subquery().c.source_id.label("other"))).subquery()
                rows = conn.execute(sa.select(sub.c.other, sa.func.count().label("s")).where(sub.c.other.not_in(list(seen)))
                                    .group_by(sub.c.other).order_by(sa.desc("s"), sub.c.other).limit(limit)).all()
                frontier = [r[0] for r in rows]
            else:
                # each frontier actor's ``limit`` strongest relations, out and in: one index range each
                parts = []
                for node in frontier:
                    for column in (ge.c.source_id, ge.c.target_id):
                        parts.append(sa.select(sa.select(ge).where(column == node)
                                               .order_by(ge.c.weight.desc()).limit(limit).subquery()))
                strength: dict[int, int] = defaultdict(int)
                for part in range(0, len(parts), 400):  # SQLite allows 500 terms in one compound SELECT
                    for r in conn.execute(sa.union_all(*parts[part:part + 400])):
                        for node in (r.source_id, r.target_id):
                            if node not in seen:
                                strength[node] += r.weight
                frontier = sorted(strength, key=lambda n: (-strength[n], n))[:limit]
            seen.update(frontier)
        ids = list(seen)
        if exact:
            inner = sa.and_(ev.c.source_id.in_(ids), ev.c.target_id.in_(ids))
            q_rows = base.where(inner).subquery()
            rows = conn.execute(sa.select(
                q_rows.c.source_id, q_rows.c.target_id, q_rows.c.type, sa.func.count().label("reports"),
                sa.func.count(sa.distinct(q_rows.c.incident_id)).label("incidents"),
                sa.func.count(sa.distinct(q_rows.c.outlet_id)).label("outlets"),
                sa.func.min(q_rows.c.article_id).label("example_article"))
                .group_by(q_rows.c.source_id, q_rows.c.target_id, q_rows.c.type)
                .order_by(sa.desc(sa.func.count(sa.distinct(q_rows.c.incident_id)) + sa.func.count(sa.distinct(q_rows.c.outlet_id))))
                .limit(max_edges)).all()
            edges = [{"source": r.source_id, "target": r.target_id, "type": r.type, "reports": r.reports,
                      "incidents": r.incidents, "outlets": r.outlets, "weight": r.incidents + r.outlets,
                      "example_article": r.example_article} for r in rows]
        else:
            # every maintained edge among the actors kept, as the dated path reads them all: the
            # hops' per-actor top lists alone miss the edges between two neighbours, so a filter
            # that sends a query down the other path (``--since``) would show more edges
            kept = conn.execute(sa.select(ge).where(ge.c.source_id.in_(ids), ge.c.target_id.in_(ids))
                                .order_by(ge.c.weight.desc(), ge.c.source_id, ge.c.target_id, ge.c.type)
                                .limit(max_edges)).all()
            edges = [{"source": r.source_id, "target": r.target_id, "type": r.type, "reports": r.reports,
                      "incidents": r.incidents, "outlets": r.outlets, "weight": r.weight,
                      "first_date": _iso(r.first_date), "last_date": _iso(r.last_date),
                      "example_article": r.example_article} for r in kept]
        _orient(conn, store, edges, since, until, include_rejected, min_confidence)
        names = _names(conn, store, seen)
    return {"centre": [names.get(i) for i in centre if i in names], "nodes": [names[i] for i in seen if i in names],
            # the centre's own relations first, then the rest, strongest first
            "edges": sorted(edges, key=lambda e: (e["source"] not in centre and e["target"] not in centre, -e["weight"],
                                                  e["source"], e["target"], e["type"]))}


def _orient(conn, store: Store, edges: list[dict], since, until, include_rejected: bool,
            min_confidence: Optional[float] = None) -> None:
    """Turn each symmetric edge of ``edges`` (stored with source id < target id, so one relation
    either way round) to the direction most of its reports give, in place, and record
    ``each_way``; a tie keeps the stored order. One grouped query over the edges' pairs."""
    symmetric = set(settings()["symmetric_event_types"])
    for e in edges:
        e["each_way"] = None
    wanted = [e for e in edges if e["type"] in symmetric]
    if not wanted:
        return
    ev = store.t("graph_events")
    ids = sorted({i for e in wanted for i in (e["source"], e["target"])})
    query = (sa.select(ev.c.source_id, ev.c.target_id, ev.c.type, sa.func.count().label("n"))
             .where(ev.c.type.in_(sorted({e["type"] for e in wanted})), ev.c.source_id.in_(ids), ev.c.target_id.in_(ids),
                    ev.c.duplicate_of.is_(None))
             .group_by(ev.c.source_id, ev.c.target_id, ev.c.type))
    if not include_rejected:
        query = query.where(ev.c.rejected.is_(False))
    counts = {(r.source_id, r.target_id, r.type): r.n
              for r in conn.execute(_confident(_between(query, ev, since, until), ev, min_confidence))}
    for e in wanted:
        forward, backward = counts.get((e["source"], e["target"], e["type"]), 0), counts.get((e["target"], e["source"], e["type"]), 0)
        if backward > forward:
            e["source"], e["target"], forward, backward = e["target"], e["source"], backward, forward
        e["each_way"] = [forward, backward]


def _iso(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _folded(ev):
    symmetric = sa.and_(ev.c.type.in_(settings()["symmetric_event_types"]), ev.c.source_id > ev.c.target_id)
    return (sa.case((symmetric, ev.c.target_id), else_=ev.c.source_id),
            sa.case((symmetric, ev.c.source_id), else_=ev.c.target_id))


def timeline(store: Store, *, actor: str, since=None, until=None, include_rejected: bool = False,
             limit: int = DEFAULT_LIMIT, min_confidence: Optional[float] = None) -> Page:
    """What an actor did, had done to it, and said, in date order (event date, else publication):
    its newest ``limit`` items, events and statements together (a Page: ``total`` counts every
    matching event and statement), so ``--limit 50`` shows at most 50 rows as every listing does.
    ``min_confidence`` (0-1) keeps the events and statements at or above that confidence."""
    _check_range(since, until)  # before any lookup: a range no date is in is an error, not an empty answer
    ensure_fresh(store)
    ev, st = store.t("graph_events"), store.t("graph_statements")
    with store.engine.connect() as conn:
        ids = identity_ids(conn, store, actor)
        query = _confident(_between(_event_query(store, include_rejected), ev, since, until), ev, min_confidence)
        items = [{**r, "kind": "event", "when": r["date"] or (r["evidence"][0]["published"] or "")[:10]}
                 for r in _event_rows(conn, store, _newest_involving(conn, query, ev, ids, limit))]
        squery = _confident(_statement_query(store, include_rejected).where(st.c.speaker_id.in_(ids)), st, min_confidence)
        if since is not None:
            squery = squery.where(st.c.published >= dt.datetime.combine(_date(since), dt.time(), dt.timezone.utc))
        if until is not None:
            squery = squery.where(st.c.published < dt.datetime.combine(_date_end(until) + dt.timedelta(days=1), dt.time(), dt.timezone.utc))
        said = [{**r, "kind": "statement", "statement_kind": r["kind"],
                 "when": r["date"] or (r["evidence"][0]["published"] or "")[:10]}
                for r in _statement_rows(conn, store, conn.execute(squery.order_by(st.c.published.desc()).limit(limit)).all())]
        total = (_total(items, limit, lambda: _count_involving(conn, query, ev, ids))
                 + _total(said, limit, lambda: _count(conn, squery)))
        items += said
    # the newest ``limit`` of the newest ``limit`` of each kind (an undated one counts as oldest)
    items.sort(key=lambda r: (r["when"] or "", r["kind"]), reverse=True)
    items = items[:limit]
    items.sort(key=lambda r: (r["when"] or "9999", r["kind"]))
    return Page(items, total)
