"""An act of several parties is stored as one copy per party, each with its own fact key (its
actors' entity keys are part of it: a judgement reaches one party's copy). In the graph each copy is its own party's act: the copy's
own actor keys decide its identities, not whichever copy was read last; a state the copy names
without a mention of its own is that state's identity (one per ISO code)."""

from __future__ import annotations

import datetime as dt

from newsgraph.query import graph as q
from tests.graph.articles import ArticleSpec, store_article

BELARUS = ("Belarus", "country", "BLR", ["Belarus"])
SIGNATORIES = {"country:AUT": ("Austria", "country", "AUT", ["Austria"]),
               "country:CHL": ("Chile", "country", "CHL", ["Chile"]),
               "country:NOR": ("Norway", "country", "NOR", ["Norway"])}

JOINT = ArticleSpec(
    "Joint statement on Belarus", "Foreign Office", dt.datetime(2024, 5, 2),
    "The governments of Austria, Chile and Norway released this text. "
    "We condemn the detention of peaceful protesters in Belarus.",
    entities={**SIGNATORIES, "country:BLR": BELARUS},
    events=[("DISAPPROVE", "condemn", key, "country:BLR", "2024-05-02", "asserted") for key in SIGNATORIES],
    texts={key: "We" for key in SIGNATORIES},
    acts_for={"country:AUT": ("AUT", "GOV"), "country:CHL": ("CHL", "GOV"), "country:NOR": ("NOR", "GOV")},
)

# near-miss control: one party acting alone, no copies
ALONE = ArticleSpec(
    "Chile protests to Belarus", "Santiago Times", dt.datetime(2024, 5, 3),
    "Chile condemned the detention of protesters in Belarus.",
    entities={"country:CHL": SIGNATORIES["country:CHL"], "country:BLR": BELARUS},
    events=[("DISAPPROVE", "condemned", "country:CHL", "country:BLR", "2024-05-03", "asserted")],
)

# the publisher's "we" copy: a state the article names no mention of (Austria, known from JOINT)
# and one the graph has never seen (Iceland)
UNMENTIONED = ArticleSpec(
    "Statement on Belarus", "Foreign Office", dt.datetime(2024, 5, 9),
    "We call on the authorities of Belarus to release the protesters.",
    entities={"country:AUT": ("Austria", "country", "AUT", []), "country:ISL": ("Iceland", "country", "ISL", []),
              "country:BLR": BELARUS},
    events=[("DEMAND", "call on", key, "country:BLR", "2024-05-09", "asserted") for key in ("country:AUT", "country:ISL")],
    texts={"country:AUT": "We", "country:ISL": "We"},
)

TALKS = ArticleSpec(
    "Leaders talk trade", "Wire", dt.datetime(2024, 6, 1),
    "President Ana Ruiz and Prime Minister Bo Lind discussed the importance of open trade.",
    entities={"person:ana-ruiz": ("Ana Ruiz", "person", "CHL", ["Ana Ruiz"]),
              "person:bo-lind": ("Bo Lind", "person", "NOR", ["Bo Lind"])},
    statements=[("person:ana-ruiz", "Ana Ruiz", "the importance of open trade", None),
                ("person:bo-lind", "Bo Lind", "the importance of open trade", None)],
)


def test_each_signatory_copy_is_that_signatorys_act(store):
    store_article(store, JOINT)
    rows = q.events(store, actor="Belarus")
    assert sorted(r["source"]["name"] for r in rows) == ["Austria", "Chile", "Norway"]
    assert len({r["fact_key"] for r in rows}) == 3  # one fact per party, each judged alone
    austria = q.events(store, actor="AUT")
    assert [(r["source"]["name"], r["target"]["name"]) for r in austria] == [("Austria", "Belarus")]
    # the state each copy's actor acts for is read off that copy, not another signatory's
    assert {r["source"]["name"]: r["source_state"]["label"] for r in rows} == {
        "Austria": "AUT", "Chile": "CHL", "Norway": "NOR"}
    assert len(q.events(store, country="NOR")) == 1


def test_a_party_acting_alone_keeps_its_single_event(store):
    store_article(store, ALONE)
    rows = q.events(store, actor="Belarus")
    assert [(r["source"]["name"], r["target"]["name"]) for r in rows] == [("Chile", "Belarus")]


def test_an_unmentioned_state_copy_is_that_state_when_the_graph_knows_it(store):
    store_article(store, JOINT)
    store_article(store, UNMENTIONED)
    demands = q.events(store, actor="Belarus", type="DEMAND")
    sources = sorted((r["source"] or {}).get("name") or "" for r in demands)
    # Austria is one identity per ISO code; Iceland has none, so its copy keeps only its words
    assert sources == ["Austria", "We"]
    assert [r["source"]["id"] for r in demands if r["source"]["name"] == "We"] == [None]


def test_each_speaker_of_a_shared_statement_says_it(store):
    store_article(store, TALKS)
    for name in ("Ana Ruiz", "Bo Lind"):
        said = q.statements(store, speaker=name)
        assert [(s["speaker"]["name"], s["content"]) for s in said] == [(name, "the importance of open trade")]
