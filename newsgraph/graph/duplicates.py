"""Reports repeated by a near-duplicate copy of their article: one report, counted once.

The same post captured twice (exported as JSON Lines and saved as an HTML page, a syndicated
copy with other furniture, a feed summary of a stored page) is stored as two articles that
ingest links ``near_duplicate`` (``newsgraph.store.dedup``: same text or contained, with the
same names and numbers). Each copy is extracted, so each report in it appears once per copy;
counted as it is, one post would look like two sources corroborating each other.

The copies of a group (articles linked, transitively) are ranked: the longest text first (the
most complete capture), then the first stored. An event of a later copy is the *same report*
as an event of an earlier copy when both have the same PLOVER type, trigger, actor phrases and
sentence, words compared as ``dedup.normalised_words`` reads them (the captures differ in
quotes and spacing); a sentence reporting one type twice pairs its events in order. A
statement of a later copy is the same statement when its kind, speaker phrase and content are.
Such an event (statement) keeps its graph row (provenance: the analyst can open either capture) with
``duplicate_of`` = the id of the row it repeats (``graph_events``, ``graph_statements``), and
is not counted:

* incidents count reports and articles without it (``incidents.recompute``), relations count
  reports without it (``edges``);
* the listings (``query.graph``: events, incidents' reports, statements, contested claims,
  entity, timeline), the web API and the exports leave it out (``events`` shows it with
  ``include_duplicates``).

An event only one capture has stays an original, and so does a rejected event (an analyst's
judgement is on one capture's fact). Separate articles that share a sentence but are not
near-duplicates (a joint statement released by two offices with their own text, two readouts
of calls that open alike) are not linked at ingest, so their reports stay separate reports.

``mark_repeats`` (events) and ``mark_repeated_statements`` set the marks of the article's whole
group (``copy_group``, read once per build) after the article's graph rows are rebuilt (its row ids change, and it may now rank
first); ``mark_repeats`` returns the incidents and relations whose counts changed.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Optional

import sqlalchemy as sa

from newsgraph.graph.edges import edge_key
from newsgraph.graph.incidents import independent_groups
from newsgraph.store.dedup import normalised_words
from newsgraph.store.db import Store

LINK_KIND = "near_duplicate"


def copy_group(conn, store: Store, article_id: int) -> list[int]:
    """The article and its near-duplicate copies (links followed transitively), ranked: most
    words first, then the first stored. A lone article -> [article_id]."""
    links, a = store.t("article_links"), store.t("articles")
    # most articles have no copy: one indexed lookup says so before any grouping
    if conn.execute(sa.select(links.c.id).where(
            links.c.kind == LINK_KIND, sa.or_(links.c.article_id == article_id, links.c.other_id == article_id))
            .limit(1)).first() is None:
        return [article_id]
    # the articles with a near-duplicate link, grouped as incidents group copies
    linked = {i for r in conn.execute(sa.select(links.c.article_id, links.c.other_id).where(
        links.c.kind == LINK_KIND)) for i in r}
    group = next(g for g in independent_groups(conn, store, sorted(linked), kind=LINK_KIND) if article_id in g)
    if len(group) == 1:
        return [article_id]
    words = dict(conn.execute(sa.select(a.c.id, a.c.word_count).where(a.c.id.in_(group))).all())
    return sorted(group, key=lambda i: (-(words.get(i) or 0), i))


def _words(text: Optional[str]) -> str:
    return " ".join(normalised_words(text or ""))


def report_key(r) -> tuple:
    """What makes two events of two captures one report: type, trigger, actor phrases and
    sentence, as normalised words."""
    return r.type, _words(r.trigger), _words(r.source_text), _words(r.target_text), _words(r.sentence)


def statement_key(r) -> tuple:
    """What makes two statements of two captures one statement: kind, speaker phrase, content."""
    return r.kind, _words(r.speaker_text), _words(r.content)


def repeats(rows: list, rank: dict[int, int], key: Callable = report_key) -> dict[int, Optional[int]]:
    """row id -> the id of the row it repeats (None for an original).

    ``rows``: the group's graph events (or statements), each with id, article_id, start,
    rejected and the fields ``key`` reads; ``rank``: article id -> its place in ``copy_group``.
    A key found n times in an earlier capture matches the first n rows with it in a later one."""
    originals: dict[tuple, list[int]] = defaultdict(list)   # key -> original ids from earlier copies
    out: dict[int, Optional[int]] = {}
    by_article: dict[int, list] = defaultdict(list)
    for r in rows:
        by_article[r.article_id].append(r)
    for article_id in sorted(by_article, key=lambda i: rank[i]):
        seen: dict[tuple, int] = defaultdict(int)
        mine: dict[tuple, list[int]] = defaultdict(list)
        for r in sorted(by_article[article_id], key=lambda r: (r.start, r.id)):
            if r.rejected:
                out[r.id] = None
                continue
            k = key(r)
            earlier = originals.get(k, [])
            if seen[k] < len(earlier):
                out[r.id] = earlier[seen[k]]
            else:
                out[r.id] = None
                mine[k].append(r.id)
            seen[k] += 1
        for k, ids in mine.items():
            originals[k].extend(ids)
    return out


def _mark(conn, table: sa.Table, rows: list, marks: dict[int, Optional[int]]) -> list:
    """Write the marks that changed; returns the rows whose mark changed."""
    changed = [r for r in rows if marks[r.id] != r.duplicate_of]
    for r in changed:
        conn.execute(table.update().where(table.c.id == r.id).values(duplicate_of=marks[r.id]))
    return changed


def mark_repeats(conn, store: Store, group: list[int]) -> tuple[set[int], set[tuple]]:
    """Set ``duplicate_of`` on the graph events of a copy group (``copy_group``). Returns the
    incident ids and relation keys (``edges.edge_key``) of the events whose mark changed."""
    if len(group) == 1:  # no copy: its rows were just written unmarked (a deleted copy's repeats were unmarked: build.remove_article)
        return set(), set()
    ev, a = store.t("graph_events"), store.t("articles")
    rows = conn.execute(
        sa.select(ev.c.id, ev.c.article_id, ev.c.start, ev.c.rejected, ev.c.type, ev.c.trigger, ev.c.source_text,
                  ev.c.target_text, ev.c.duplicate_of, ev.c.incident_id, ev.c.source_id, ev.c.target_id,
                  sa.func.substr(a.c.text, ev.c.start + 1, ev.c.end - ev.c.start).label("sentence"))
        .join(a, a.c.id == ev.c.article_id).where(ev.c.article_id.in_(group))).all()
    changed = _mark(conn, ev, rows, repeats(rows, {a_id: i for i, a_id in enumerate(group)}))
    incidents = {r.incident_id for r in changed if r.incident_id is not None}
    relations = {edge_key(r.type, r.source_id, r.target_id) for r in changed
                 if r.source_id is not None and r.target_id is not None}
    return incidents, relations


def mark_repeated_statements(conn, store: Store, group: list[int]) -> None:
    """Set ``duplicate_of`` on the graph statements of a copy group (``copy_group``)."""
    if len(group) == 1:
        return
    st = store.t("graph_statements")
    rows = conn.execute(sa.select(st.c.id, st.c.article_id, st.c.start, st.c.rejected, st.c.kind, st.c.speaker_text,
                                  st.c.content, st.c.duplicate_of).where(st.c.article_id.in_(group))).all()
    _mark(conn, st, rows, repeats(rows, {a_id: i for i, a_id in enumerate(group)}, statement_key))
