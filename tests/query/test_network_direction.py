"""A symmetric relation (CONSULT, COOPERATE, AGREE) is one edge whichever side its reports name
first, stored with the lower identity id first; ``network`` shows it the way most of its
reports go (the visitor -> the host), never the storage order, and says how many go each way."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.query import graph as q
from tests.graph.articles import ArticleSpec, store_article

CUBA = ("Cuba", "country", "CUB", ["Cuba"])
REYNA = ("Tomas Reyna", "person", "VEN", ["Tomas Reyna"])

# Cuba's identity first, so the visitor's id is the higher one and storage order reverses the visit
CUBA_FIRST = ArticleSpec(
    "Harvest in Cuba", "Havana Times", dt.datetime(2024, 1, 5),
    "Cuba reported a record sugar harvest.",
    entities={"country:CUB": CUBA},
)
VISIT = ArticleSpec(
    "Reyna in Havana", "Caracas Daily", dt.datetime(2024, 2, 1),
    "Tomas Reyna visited Cuba on Monday.",
    entities={"person:tomas-reyna": REYNA, "country:CUB": CUBA},
    events=[("CONSULT", "visited", "person:tomas-reyna", "country:CUB", "2024-01-29", "asserted")],
)
VISIT_AGAIN = ArticleSpec(
    "Reyna returns", "Caracas Daily", dt.datetime(2024, 3, 1),
    "Tomas Reyna travelled to Cuba for talks.",
    entities={"person:tomas-reyna": REYNA, "country:CUB": CUBA},
    events=[("CONSULT", "travelled", "person:tomas-reyna", "country:CUB", "2024-02-28", "asserted")],
)
HOSTED = ArticleSpec(
    "Cuba receives Reyna", "Havana Times", dt.datetime(2024, 4, 1),
    "Cuba received Tomas Reyna in Havana.",
    entities={"person:tomas-reyna": REYNA, "country:CUB": CUBA},
    events=[("CONSULT", "received", "country:CUB", "person:tomas-reyna", "2024-03-30", "asserted")],
)
# near-miss control: a directed type between the same two keeps its events' direction as it always did
DEMANDED = ArticleSpec(
    "Reyna presses Cuba", "Caracas Daily", dt.datetime(2024, 5, 1),
    "Tomas Reyna urged Cuba to free prisoners.",
    entities={"person:tomas-reyna": REYNA, "country:CUB": CUBA},
    events=[("DEMAND", "urged", "person:tomas-reyna", "country:CUB", "2024-05-01", "asserted")],
)


def _edges(net):
    names = {n["id"]: n["name"] for n in net["nodes"]}
    return {(names[e["source"]], e["type"], names[e["target"]]): e.get("each_way") for e in net["edges"]}


@pytest.mark.parametrize("since", [None, "2024-01"])  # the maintained edges, and the events aggregated by date
def test_a_visit_keeps_its_direction_in_the_network(store, since):
    store_article(store, CUBA_FIRST)
    store_article(store, VISIT)
    store_article(store, DEMANDED)
    net = q.network(store, around="Cuba", since=since)
    ids = {n["name"]: n["id"] for n in net["nodes"]}
    assert ids["Tomas Reyna"] > ids["Cuba"]  # storage order would put Cuba first
    assert _edges(net) == {("Tomas Reyna", "CONSULT", "Cuba"): [1, 0], ("Tomas Reyna", "DEMAND", "Cuba"): None}


def test_a_relation_reported_both_ways_is_one_edge_shown_the_way_most_reports_go(store):
    for spec in (CUBA_FIRST, VISIT, VISIT_AGAIN, HOSTED):
        store_article(store, spec)
    assert _edges(q.network(store, around="Cuba")) == {("Tomas Reyna", "CONSULT", "Cuba"): [2, 1]}
