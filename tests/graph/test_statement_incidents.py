"""A statement that refers to an earlier-reported event by a definite or demonstrative event
noun ("this agreement is a sham") is about that event's incident, inherits its subjects, and
is grouped with other claims on them; with no earlier compatible event it attaches to nothing."""

from __future__ import annotations

import datetime as dt

from newsgraph.graph.anaphora import antecedents, references
from newsgraph.query import graph as q
from tests.graph.articles import ArticleSpec, store_article

ARMENIA = ("Armenia", "country", "ARM", ["Armenia"])
INDIA = ("India", "country", "IND", ["India", "Indian officials"])
HOWITZERS = ("howitzers", "equipment", None, ["howitzers"])
ZURABYAN = ("Levon Zurabyan", "person", "ARM", ["Levon Zurabyan"])

HOWITZER_DEAL = ArticleSpec(
    "Armenia buys Indian artillery", "Armenpress", dt.datetime(2024, 3, 4),
    "Armenia and India signed an agreement on the supply of howitzers on March 2. "
    "Opposition politician Levon Zurabyan said this agreement is a sham.",
    entities={"country:ARM": ARMENIA, "country:IND": INDIA, "equipment:howitzer": HOWITZERS,
              "person:levon-zurabyan": ZURABYAN},
    events=[("AGREE", "signed", "country:ARM", "country:IND", "2024-03-02", "asserted")],
    statements=[("person:levon-zurabyan", "Levon Zurabyan", "this agreement is a sham", None)],
)

HOWITZER_PURPOSE = ArticleSpec(
    "India defends arms sales", "The Hindu", dt.datetime(2024, 3, 6),
    "Indian officials said the howitzers would strengthen the border defence of Armenia.",
    entities={"country:IND": INDIA, "country:ARM": ARMENIA, "equipment:howitzer": HOWITZERS},
    statements=[("country:IND", "Indian officials", "the howitzers would strengthen the border defence of Armenia", None)],
)

NO_ANTECEDENT = ArticleSpec(
    "Armenian ministers meet", "Armenpress", dt.datetime(2024, 4, 1),
    "Armenia's foreign minister met India's ambassador to discuss howitzers on March 30. "
    "Levon Zurabyan said this agreement is a sham.",
    entities={"country:ARM": ARMENIA, "country:IND": ("India", "country", "IND", ["India"]),
              "equipment:howitzer": HOWITZERS, "person:levon-zurabyan": ZURABYAN},
    events=[("CONSULT", "met", "country:ARM", "country:IND", "2024-03-30", "asserted")],
    statements=[("person:levon-zurabyan", "Levon Zurabyan", "this agreement is a sham", None)],
)


def test_event_noun_phrases_are_found_with_their_plover_types():
    found = references("This deal disguised as a counternarcotics fight is a joke")
    assert [(r["cue"], r["noun"]) for r in found] == [("This deal", "deal")]
    assert "AGREE" in found[0]["types"]
    assert [r["noun"] for r in references("these strikes were illegal")] == ["strike"]
    assert "ASSAULT" in references("these strikes were illegal")[0]["types"]
    assert references("He said that they attack us") == []          # a clause, not a noun phrase
    assert references("Renewing ties through hidden agreements") == []  # no determiner: not anaphoric


def test_this_agreement_is_about_the_agreement_reported_before_and_its_equipment(store):
    store_article(store, HOWITZER_DEAL)
    store_article(store, HOWITZER_PURPOSE)
    sham = q.statements(store, speaker="Levon Zurabyan")[0]
    link = next(x for x in sham["incidents"] if x["basis"] == "anaphora")
    assert link["cue"] == "this agreement"
    assert "signed" in link["explanation"] and "AGREE" in link["explanation"]
    assert "howitzers" in {s["name"] for s in sham["about"]}
    groups = q.contested(store, about="howitzers")
    group = next(g for g in groups if any("sham" in s["content"] for s in g["statements"]))
    assert {"Levon Zurabyan", "India"} <= set(group["speakers"])
    assert any("border defence" in s["content"] for s in group["statements"])


def test_a_demonstrative_noun_with_no_earlier_compatible_event_attaches_nothing(store):
    store_article(store, NO_ANTECEDENT)
    sham = q.statements(store, speaker="Levon Zurabyan")[0]
    assert sham["incidents"] == []   # a meeting (CONSULT) is not an agreement
    assert not any("sham" in s["content"] for g in q.contested(store, about="howitzers") for s in g["statements"])


def _event(id_, type_, trigger, start, source, target):
    return {"id": id_, "incident_id": 100 + id_, "type": type_, "trigger": trigger, "start": start, "end": start + 50,
            "source_id": source, "target_id": target}


def test_the_latest_compatible_report_is_the_antecedent_and_named_actors_must_match():
    events = [_event(1, "AGREE", "signed", 0, 1, 2), _event(2, "CONSULT", "met", 60, 1, 2),
              _event(3, "AGREE", "reached", 120, 3, 4), _event(4, "ASSAULT", "launched strikes", 180, 5, 6)]
    deal = references("this deal is a sham")
    assert [x["event"]["id"] for x in antecedents(deal, events, before=200)] == [3]   # the latest AGREE, not the meeting
    assert [x["event"]["id"] for x in antecedents(deal, events, before=100)] == [1]   # only reports before the statement
    named = [{**deal[0], "named": {1}}]                                                # "the Armenia deal"
    assert [x["event"]["id"] for x in antecedents(named, events, before=200)] == [1]
    strikes = references("these strikes must stop")
    assert [x["event"]["id"] for x in antecedents(strikes, events, before=300)] == [4]
    assert antecedents(references("the sanctions hurt"), events, before=300) == []
