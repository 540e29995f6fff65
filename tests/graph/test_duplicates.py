"""A report repeated by a near-duplicate capture of its article is one report: kept (with
``duplicate_of``) but counted once in incidents, relations, the event listing and the export."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from newsgraph.export import plover_records
from newsgraph.graph.build import refresh
from newsgraph.graph.duplicates import repeats
from newsgraph.query import graph as q
from tests.graph.articles import TREATY_DIALOGO, TREATY_RAZON, store_article

# the same post captured a second time (a saved page beside a JSON Lines export) that lost its
# last paragraph: a near-duplicate (contained) of the first capture
_LAST = "Security expert Jorge Serrano said the deal disguised as a counternarcotics fight with Iran is a joke."
CAPTURE = TREATY_DIALOGO.__class__(**{
    **TREATY_DIALOGO.__dict__, "url": "https://example.org/page",
    "text": TREATY_DIALOGO.text.replace(_LAST, "").strip(), "statements": TREATY_DIALOGO.statements[:1]})

def _edge_reports(store) -> int:
    ge = store.t("graph_edges")
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.sum(ge.c.reports)).where(ge.c.type == "AGREE")).scalar()


def test_a_second_capture_of_one_post_is_one_report(store):
    first = store_article(store, TREATY_DIALOGO)
    second = store_article(store, CAPTURE)
    incident = q.incidents(store, type="AGREE")[0]
    assert incident["reports"] == 1 and incident["articles"] == 1 and incident["independent_outlets"] == 1
    assert [r["evidence"][0]["article_id"] for r in incident["report_rows"]] == [first]
    assert [e["evidence"][0]["article_id"] for e in q.events(store, type="AGREE")] == [first]
    both = q.events(store, type="AGREE", include_duplicates=True)
    kept = next(e for e in both if e["evidence"][0]["article_id"] == first)
    repeat = next(e for e in both if e["evidence"][0]["article_id"] == second)
    assert kept["duplicate_of"] is None and repeat["duplicate_of"] == kept["id"]
    assert _edge_reports(store) == 1
    assert [r["cite_info"]["article_id"] for r in plover_records(store) if r["event"] == ["AGREE"]] == [first]
    # Novillo's statement, in both captures, is listed once
    said = q.statements(store, speaker="Edmundo Novillo")
    assert [x["evidence"][0]["article_id"] for x in said] == [first]


def test_a_sentence_reporting_one_type_twice_pairs_its_events_in_order():
    # "Many are criticizing President Alan García and his government": two DISAPPROVE events in
    # each capture, each repeat pointing at its own original
    class Row:
        def __init__(self, id, article_id, start, target):
            self.id, self.article_id, self.start, self.rejected = id, article_id, start, False
            self.type, self.trigger, self.source_text, self.target_text = "DISAPPROVE", "criticizing", None, target
            self.sentence = "Many are criticizing President Alan Garc\u00eda and his government."

    rows = [Row(1, 8, 0, "Alan García"), Row(2, 8, 0, "his government"),
            Row(3, 16, 5, "Alan García"), Row(4, 16, 5, "his government"), Row(5, 16, 90, "his government")]
    assert repeats(rows, {8: 0, 16: 1}) == {1: None, 2: None, 3: 1, 4: 2, 5: None}


def test_the_fuller_capture_keeps_the_report_whichever_is_built_first(store):
    shorter = store_article(store, CAPTURE)
    refresh(store)   # the shorter capture alone: its report is an original
    assert [e["duplicate_of"] for e in q.events(store, type="AGREE")] == [None]
    fuller = store_article(store, TREATY_DIALOGO)
    rows = q.events(store, type="AGREE", include_duplicates=True)
    marks = {e["evidence"][0]["article_id"]: e["duplicate_of"] for e in rows}
    assert marks[fuller] is None and marks[shorter] is not None
    assert q.incidents(store, type="AGREE")[0]["reports"] == 1


def test_two_outlets_sharing_a_sentence_are_two_reports(store):
    # La Razón reports the same signing in its own words: not a near-duplicate, so two reports
    store_article(store, TREATY_DIALOGO)
    store_article(store, TREATY_RAZON)
    incident = q.incidents(store, type="AGREE")[0]
    assert incident["reports"] == 2 and incident["articles"] == 2
    assert all(e["duplicate_of"] is None for e in q.events(store, type="AGREE", include_duplicates=True))
