"""Talks that are only the topic of another act (events 0.8.203): a "with" phrase inside what was
discussed (coordinated after a "with" phrase on a topic noun) is no counterpart, so it gives no
target and a principal and his team discussing it is an internal meeting; one's own leadership or advisers under a possessive pronoun are one's own side; a talk noun
that is what a stance backs, a commitment holds to or a call asks for ("commitment to the talks
between A and B") gives no CONSULT of its own, but talks a verb reports as taking place
("facilitated / welcomed the talks between A and B") keep theirs (review 49a; events 0.8.209).
Sentences are our own. The ``nlp`` fixture is the session pipeline of tests/conftest.py."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.pipeline import extract

WH = "The White House"
DAY = dt.date(2024, 3, 14)


def _events(nlp, text, kind="CONSULT"):
    return [e for e in extract(text, DAY, nlp=nlp, outlet=WH).events if e.type == kind]


def test_a_with_phrase_in_the_listed_topic_is_no_counterpart_of_an_internal_talk(nlp):
    text = ("The President and his team discussed the gains so far: record seizures of heroin, and the "
            "building of closer cooperation with Brazil, and with more than 90 countries via the Global Alliance.")
    assert _events(nlp, text) == []


def test_a_with_phrase_right_after_the_topic_stays_the_counterpart(nlp):
    events = _events(nlp, "The President discussed the crisis with Brazilian officials.")
    assert events and any("Brazil" in (e.target_text or "") for e in events)


def test_a_meeting_with_ones_own_leadership_is_internal(nlp):
    assert _events(nlp, "The President met with his national security leadership to discuss efforts "
                        "against trafficking.") == []
    assert _events(nlp, "The Prime Minister met with her advisers on Friday.") == []


def test_another_sides_leadership_stays_a_counterpart(nlp):
    assert _events(nlp, "The President met with the Brazilian leadership in Brasilia.")


def test_a_possessive_with_a_nearer_antecedent_is_another_sides_leadership(nlp):
    # review 49a, 6 (events 0.8.205): "their" cannot stand for a single named person and the
    # plural object between them is its antecedent: a meeting with the states' leaders
    events = _events(nlp, "Secretary Blinken visited the Baltic states and met with their leadership.")
    assert events and any("Baltic" in (e.target_text or "") for e in events), events
    assert [e.trigger for e in _events(nlp, "Secretary Rubio toured the Nordic countries and met with their "
                                            "leadership.")] == ["met"]
    # a personal possessive that does not agree with a state subject is not the state's own either
    assert _events(nlp, "Germany hosted the Chancellor of Austria and met with his advisers.")


def test_a_possessive_that_agrees_with_the_subject_is_still_its_own_counsel(nlp):
    # contrast: "their" with a plural subject and nothing plural between; "his" with a person
    # subject past a place named
    assert _events(nlp, "The foreign ministers met with their advisers on Friday.") == []
    assert _events(nlp, "The President travelled to Ohio and met with his advisers there.") == []


def test_talks_backed_by_a_commitment_give_no_consult(nlp):
    text = ("The Secretary reaffirmed the U.S. commitment to the talks between the Ortega government and "
            "the opposition alliance as the best path to democracy.")
    assert not any("Ortega" in (e.source_text or "") for e in _events(nlp, text))


def test_negotiations_called_for_give_the_demand_only(nlp):
    text = "The United States called for negotiations between Serbia and Kosovo."
    assert _events(nlp, text) == []
    assert _events(nlp, text, "DEMAND")


@pytest.mark.parametrize("text", [
    "The United States facilitated talks between Israel and Hamas in Cairo.",
    "Qatar facilitated negotiations between Russia and Ukraine in Doha.",
])
def test_talks_a_verb_reports_as_taking_place_keep_their_consult(nlp, text):
    # review 49a: facilitating talks reports that they took place (welcome and applaud left the
    # list too; their talks are read by the praise of the pair, as on main)
    events = _events(nlp, text)
    assert events, text


def test_talks_told_as_held_stay(nlp):
    text = "The talks between the Ortega government and the opposition alliance resumed in Mexico City on Monday."
    events = _events(nlp, text)
    assert events and events[0].date == "2024-03-11"


def test_a_coordinated_with_phrase_of_the_topic_is_no_target(nlp):
    text = ("The President discussed the gains so far: record seizures of heroin, and the building of closer "
            "cooperation with Brazil, and with more than 90 countries via the Global Alliance.")
    assert not any("countries" in (e.target_text or "") for e in _events(nlp, text))
