"""Stop 51 (issue 6): a definite description of a body ("the team", "the crew") repeats the one
earlier actor phrase with the same head noun ("The five-member Peruvian team ... allowed the team
in"): the head-match rule of deterministic coreference, for nouns of a body of people
(descriptions.described_phrase). Invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.nlp.descriptions import group_nouns
from tests.nlp.linked_events import explain, linked

NEWS = "Wikinews"


def _allowed(nlp, text):
    events = [e for e in linked(nlp, text, outlet=NEWS) if e.type == "CONCEDE"]
    assert events, explain(linked(nlp, text, outlet=NEWS))
    return events[0]


def test_the_team_is_the_team_an_earlier_actor_phrase_named(nlp):
    text = ("The five-member Peruvian team, which includes two coaches, was refused entry by Canada. "
            "The minister later allowed the team into the country.")
    event = _allowed(nlp, text)
    assert event.target_text == "team" and event.target_acts_for == "PER", explain([event])
    assert "the one actor phrase with its head named before" in event.explanation


def test_the_crew_takes_its_phrase_s_state(nlp):
    text = ("A Bolivian crew was detained by Chile last week. "
            "Chilean officials later released the crew.")
    events = [e for e in linked(nlp, text, outlet=NEWS) if e.trigger.startswith("released")]
    assert events and events[0].target_acts_for == "BOL", explain(linked(nlp, text, outlet=NEWS))


@pytest.mark.parametrize("text", [
    # two teams in reach: ambiguous
    "The Peruvian team and the Chilean team were refused entry by Canada. The minister later allowed the team into the country.",
    # no actor in the earlier phrase
    "The team had been refused entry by Canada. The minister later allowed the team into the country.",
    # a modifier of its own: another team
    "The Peruvian team was refused entry by Canada. The minister later allowed the other team into the country.",
    # a bare plural is no description
    "Teams from Peru and Chile were refused entry by Canada. The minister later allowed teams into the country.",
])
def test_no_single_compatible_antecedent_leaves_the_description_alone(nlp, text):
    event = _allowed(nlp, text)
    assert "actor phrase with its head named before" not in event.explanation, explain([event])
    assert event.target_acts_for not in ("PER", "CHL"), explain([event])


def test_a_description_with_its_own_actor_keeps_it(nlp):
    text = "The Peruvian team was refused entry by Canada. The minister later allowed the Chilean team into the country."
    event = _allowed(nlp, text)
    assert event.target_acts_for == "CHL", explain([event])


def test_group_nouns_are_bodies_of_people_not_acts_or_gatherings():
    nouns = group_nouns()
    assert {"team", "delegation", "crew", "squad", "committee"} <= nouns
    assert not {"war", "response", "decision", "rally", "crowd", "collection"} & nouns
