"""Who an identity acts for, from its articles (newsgraph.identity.states): the states each
article gave it are counted once per article, the consensus is shown where an article names the
actor without a state, an observation against a strong consensus is flagged, an analyst's state
wins and can be undone, and the observed values stay apart from the graph's."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsgraph.errors import InvalidRequestError
from newsgraph.graph.build import refresh
from newsgraph.identity import resolver
from newsgraph.identity.states import _role_state, actor_state, identity_state, observed_states
from newsgraph.query import graph as q
from newsgraph.query.article_view import article_document
from tests.graph.articles import ArticleSpec, store_article

KULEBA = ("Dmytro Kuleba", "person", None, ["Dmytro Kuleba", "Kuleba"])
BLINKEN = ("Antony J. Blinken", "person", None, ["Antony J. Blinken", "Blinken"])
UKRAINE = ("Ukraine", "country", "UKR", ["Ukrainian", "Ukraine"])
PEOPLE = {"person:dmytro-kuleba": KULEBA, "person:antony-j-blinken": BLINKEN, "country:UKR": UKRAINE}


TOPICS = {1: "to share updates on U.S. assistance to Ukraine", 8: "about Russia's blockade of Ukraine's ports",
          15: "to discuss the delivery of heavy weaponry", 22: "to express his condolences over the deaths of civilians"}


def readout(day: int) -> ArticleSpec:
    """A State Department call readout (one a day in June 2022, as the demo corpus has them): the
    sentence names Kuleba's state, so the linker gave it."""
    return ArticleSpec(
        "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba", "U.S. Department of State",
        dt.datetime(2022, 6, day),
        f"Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba {TOPICS[day]}.",
        entities=PEOPLE, events=[("CONSULT", "spoke", "person:antony-j-blinken", "person:dmytro-kuleba", None, "asserted")],
        acts_for={"person:antony-j-blinken": ("USA", "GOV"), "person:dmytro-kuleba": ("UKR", "GOV")})


# the minister named by office and surname only: the article gives him no state
UNPLACED = ArticleSpec(
    "Secretary Blinken's Meeting with Foreign Minister Kuleba", "U.S. Department of State", dt.datetime(2022, 7, 1),
    "Secretary Blinken and Foreign Minister Kuleba discussed ongoing diplomatic efforts to stop Putin's war of choice.",
    entities={"person:dmytro-kuleba": KULEBA, "person:antony-j-blinken": BLINKEN},
    events=[("CONSULT", "discussed", "person:antony-j-blinken", "person:dmytro-kuleba", None, "asserted")],
    acts_for={"person:antony-j-blinken": ("USA", "GOV")})

# a transcript whose "we" the linker gave the publisher's state: against four other articles
MISPLACED = ArticleSpec(
    "Secretary Blinken and Foreign Minister Kuleba at a Joint Press Availability", "U.S. Department of State",
    dt.datetime(2022, 7, 2),
    "Foreign Minister Kuleba thanked Secretary Blinken for the security assistance.",
    entities={"person:dmytro-kuleba": KULEBA, "person:antony-j-blinken": BLINKEN},
    events=[("CONSULT", "thanked", "person:dmytro-kuleba", "person:antony-j-blinken", None, "asserted")],
    acts_for={"person:antony-j-blinken": ("USA", "GOV"), "person:dmytro-kuleba": ("USA", "GOV")})


def _kuleba_state(store, article_id: int, fact_role: str = "target") -> dict:
    doc = article_document(store, article_id)
    return next(x for x in doc["actor_states"] if x["entity_key"] == "person:dmytro-kuleba" and x["role"] == fact_role)


def test_an_unplaced_minister_gets_the_state_his_other_articles_give(store):
    for day in (1, 15, 22):
        store_article(store, readout(day))
    unplaced = store_article(store, UNPLACED)
    refresh(store)
    shown = _kuleba_state(store, unplaced)
    # observed and graph-derived values are kept apart
    assert shown["observed_acts_for"] is None
    assert shown["graph"]["acts_for"] == "UKR" and shown["graph"]["basis"] == "graph"
    assert (shown["graph"]["articles"], shown["graph"]["of"]) == (3, 3)
    assert shown["label"] == "- (graph: UKR, 3 of 3 other articles)"
    assert shown["contradicts"] is None
    # the extracted event is untouched
    event = article_document(store, unplaced)["events"][0]
    assert event["target_acts_for"] is None
    # the events query and the entity page carry it too
    rows = q.events(store, actor="Kuleba")
    row = next(r for r in rows if r["evidence"][0]["article_id"] == unplaced)
    assert row["target_state"]["label"] == "- (graph: UKR, 3 of 3 other articles)"
    assert row["source_state"]["observed"] == "USA" and row["source_state"]["label"] == "USA"
    page = q.entity(store, str(shown["identity_id"]))
    assert page["identity"]["acts_for"]["states"] == {"UKR": 3}


def test_an_observation_against_a_strong_consensus_is_flagged_and_kept(store):
    for day in (1, 8, 15, 22):
        store_article(store, readout(day))
    misplaced = store_article(store, MISPLACED)
    refresh(store)
    shown = _kuleba_state(store, misplaced, "source")
    assert shown["observed_acts_for"] == "USA"  # never overwritten
    assert shown["contradicts"] == {"acts_for": "UKR", "basis": "graph", "articles": 4, "of": 4}
    assert shown["label"] == "USA (contradicts graph: UKR in 4 of 4 other articles)"
    # the conflict is kept in the identity's own counts (the view shows the other articles')
    assert shown["graph"]["states"] == {"UKR": 4}
    page = q.entity(store, str(shown["identity_id"]))
    assert page["identity"]["acts_for"]["states"] == {"UKR": 4, "USA": 1} and page["identity"]["acts_for"]["conflict"]


def test_two_articles_are_no_strong_consensus(store):
    for day in (1, 8):
        store_article(store, readout(day))
    misplaced = store_article(store, MISPLACED)
    refresh(store)
    assert _kuleba_state(store, misplaced, "source")["contradicts"] is None


def test_an_analysts_state_wins_and_can_be_undone(store):
    for day in (1, 15):
        store_article(store, readout(day))
    unplaced = store_article(store, UNPLACED)
    refresh(store)
    identity = _kuleba_state(store, unplaced)["identity_id"]
    done = resolver.set_acts_for(store, str(identity), "Poland", "GOV", author="ana", reason="test of the override")
    assert done["acts_for"] == "POL"
    shown = _kuleba_state(store, unplaced)
    assert shown["graph"]["basis"] == "analyst" and shown["graph"]["acts_for"] == "POL"
    assert shown["graph"]["states"] == {"UKR": 2}  # the articles' votes stay shown
    assert shown["label"] == "- (analyst: POL GOV; also UKR 2)"
    # a readout's observed UKR now contradicts the analyst
    first = q.events(store, actor="Kuleba")
    assert any(r["target_state"]["contradicts"] and r["target_state"]["contradicts"]["basis"] == "analyst" for r in first)
    resolver.undo(store, done["act_id"])
    assert _kuleba_state(store, unplaced)["label"] == "- (graph: UKR, 2 of 2 other articles)"
    with pytest.raises(InvalidRequestError):
        resolver.set_acts_for(store, str(identity), "Atlantis")


def test_the_graph_adds_only_what_other_articles_say():
    # the article's own vote is taken out: one article placing an actor is not the graph placing it
    # (resolution.yaml's graph_state.min_articles is 2: one other article places nobody)
    one = identity_state([{"features": {"states": {"USA": 2}, "sectors": {"GOV": 2}}}])
    assert one["acts_for"] is None and one["states"] == {"USA": 1}
    state = identity_state([{"features": {"states": {"USA": 2}, "sectors": {"GOV": 2}}},
                            {"features": {"states": {"USA": 1}, "sectors": {"GOV": 1}}}])
    assert state["acts_for"] == "USA"
    assert actor_state(None, None, state, {"USA": 2}, {"GOV": 2})["label"] == "- (graph: too few articles; USA 1)"
    assert actor_state(None, None, state)["label"] == "- (graph: USA, 2 of 2 other articles)"


def test_conflicting_articles_give_no_consensus_but_keep_their_counts():
    rows = [{"kind": "entity", "features": {"states": {"UKR": 2}}},
            {"kind": "entity", "features": {"states": {"USA": 1}}},
            {"kind": "entity", "features": {"states": {}}}]
    state = identity_state(rows)
    assert state["acts_for"] is None and state["states"] == {"UKR": 1, "USA": 1} and state["of"] == 2
    assert actor_state(None, None, state)["label"] == "- (graph: no consensus; also UKR 1, USA 1)"
    # one article, one vote, however many facts it gave
    assert identity_state([{"features": {"states": {"RUS": 9}}}, {"features": {"states": {"UKR": 1}}},
                           {"features": {"states": {"UKR": 1}}}])["acts_for"] == "UKR"


def test_an_article_gives_the_states_of_its_facts_and_else_its_attested_role():
    text = "Haitian Prime Minister Ariel Henry met the Special Envoy to Haiti, Daniel Foote."
    henry = text.index("Haitian")
    foote = text.index("Special")
    facts = {"events": [{"source_key": "person:ariel-henry", "source_acts_for": "HTI", "source_sector": "GOV",
                         "target_key": "person:daniel-foote", "target_acts_for": None, "target_sector": None}],
             "statements": [],
             "roles": [{"person_key": "person:daniel-foote", "title": "Special Envoy", "of_key": "country:HTI",
                        "start": foote, "end": foote + len("Special Envoy to Haiti")},
                       {"person_key": "person:ariel-henry", "title": "Prime Minister", "of_key": "country:HTI",
                        "start": henry, "end": henry + len("Haitian Prime Minister Ariel Henry")}]}
    assert observed_states("person:ariel-henry", facts, text) == ({"HTI": 1}, {"GOV": 1})
    # an envoy *to* Haiti is not Haiti's
    assert observed_states("person:daniel-foote", facts, text) == ({}, {})
    # a role whose span does not attest its title gives nothing
    assert _role_state({"title": "Department Spokesperson", "of_key": "country:UKR", "start": 0, "end": 20},
                       "war crimes they commit in Ukraine.") is None
    # a state on its own line after the title is a heading or a list column, a wrapped "of" is not
    heading = "Ned Price, Department Spokesperson\nWith Ukraine, we stand."
    at = heading.index("Department")
    assert _role_state({"title": "Department Spokesperson", "of_key": "country:UKR", "start": at,
                        "end": heading.index(",", at)}, heading) is None
    wrapped = "We spoke with President Vladimir Putin\nof Russia today."
    at = wrapped.index("President")
    assert _role_state({"title": "President", "of_key": "country:RUS", "start": at,
                        "end": wrapped.index(" today")}, wrapped) == "RUS"


def test_the_cli_shows_the_graph_state_and_records_an_analysts(store, db_url):
    from typer.testing import CliRunner

    from newsgraph.cli.main import app

    for day in (1, 15, 22):
        store_article(store, readout(day))
    unplaced = store_article(store, UNPLACED)
    refresh(store)
    runner = CliRunner()
    shown = runner.invoke(app, ["--db", db_url, "show", str(unplaced), "--no-text"])
    assert shown.exit_code == 0, shown.output
    # the events table folds a long cell over lines: read the target column's pieces together
    lines = [line.split("│") for line in shown.output.splitlines() if line.startswith("│")]
    header = next(line.split("┃") for line in shown.output.splitlines() if "┃ target" in line)
    column = [cell.strip() for cell in header].index("target")
    target = " ".join(cell[column].strip() for cell in lines if len(cell) == len(header))
    assert "acts_for: - (graph: UKR, 3 of 3 other articles)" in target, shown.output
    events = json.loads(runner.invoke(app, ["--db", db_url, "events", "--actor", "Kuleba", "--json"]).stdout)
    assert "- (graph: UKR, 3 of 3 other articles)" in [r["target_state"]["label"] for r in events]
    judged = runner.invoke(app, ["--db", db_url, "acts-for", "Dmytro Kuleba", "UKR", "--sector", "GOV", "--reason", "test"])
    assert judged.exit_code == 0 and "acts_for UKR GOV" in judged.output, judged.output
    page = runner.invoke(app, ["--db", db_url, "entity", "Dmytro Kuleba"], env={"COLUMNS": "300"})
    assert "acts_for: UKR GOV (analyst; articles: UKR 3)" in page.output
    bad = runner.invoke(app, ["--db", db_url, "acts-for", "Dmytro Kuleba", "Atlantis"])
    assert bad.exit_code != 0 and "invalid_request" in bad.output
