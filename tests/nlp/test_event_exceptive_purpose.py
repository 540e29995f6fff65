"""Two clause-structure readings of events (task hiconf): an exceptive object cancels the negation
of its verb ("never recognize X as anything other than part of Y" recognises X as part of Y), and a
noun's "for" + gerund purpose phrase is no act of the clause's subject ("welcomed the talks as a
path for resolving the crisis"). Sentences are invented but for the first exceptive one (a White
House statement in examples/)."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain, linked


def _recognitions(nlp, text):
    events = linked(nlp, text)
    return [e for e in events if e.trigger.startswith("recogni")], events


@pytest.mark.parametrize("text", [
    "The United States will never recognize Ukrainian territory as anything other than part of Ukraine.",
    "Canada will never recognize Abkhazia as anything but part of Georgia.",
])
def test_exceptive_object_cancels_the_negation(nlp, text):
    found, events = _recognitions(nlp, text)
    assert found and all(e.status != "negated" for e in found), explain(events)


@pytest.mark.parametrize("text", [
    "The United States will not recognize Russia's annexation of Crimea.",
    # a scale, no exception: the recognition is still refused
    "The United States will never recognize Crimea as anything more than occupied territory.",
])
def test_plain_or_scalar_negation_stays_negated(nlp, text):
    found, events = _recognitions(nlp, text)
    assert found and all(e.status == "negated" for e in found), explain(events)


def test_purpose_of_a_noun_is_no_act_of_the_subject(nlp):
    text = "The minister described the accord as a mechanism for resolving Sudan's border crisis."
    events = linked(nlp, text)
    assert not [e for e in events if e.trigger.startswith("resolv")], explain(events)


@pytest.mark.parametrize("text, source", [
    # a noun's possessor and a clause's subject still control a gerund or infinitive
    ("These steps reinforce the U.S. Government's commitment to supporting the Cuban people.", "U.S. Government"),
    ("The United States remains committed to supporting the people of Haiti.", "United States"),
])
def test_controllers_of_gerunds_are_kept(nlp, text, source):
    events = linked(nlp, text)
    found = [e for e in events if e.trigger.startswith("support")]
    assert found and all(e.source_text == source for e in found), explain(events)
