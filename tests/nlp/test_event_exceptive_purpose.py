"""Two clause-structure readings of events (task hiconf): an exceptive object cancels the negation
of its verb ("will not sanction anybody but the generals" sanctions the generals; "never recognize X
as anything other than part of Y" backs Y's claim, while "... as anything other than a terrorist
group" stays a refusal), and a
noun's "for" + gerund purpose phrase is no act of the clause's subject ("welcomed the talks as a
path for resolving the crisis"). Sentences are invented but for the first exceptive one (a White
House statement in examples/)."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain, linked


def _recognitions(nlp, text):
    events = linked(nlp, text)
    return [e for e in events if e.trigger.startswith("recogni")], events


@pytest.mark.parametrize("text, whole", [
    ("The United States will never recognize Ukrainian territory as anything other than part of Ukraine.", "UKR"),
    ("Canada will never recognize Abkhazia as anything but part of Georgia.", "GEO"),
])
def test_part_of_a_whole_as_the_exception_backs_the_whole(nlp, text, whole):
    # recognised only as part of the whole: the whole's claim is backed, the part is not recognised
    found, events = _recognitions(nlp, text)
    assert found and all(e.status != "negated" and e.type in ("AGREE", "SUPPORT") for e in found), explain(events)
    assert all(e.target_acts_for == whole and e.target_sector == "GOV" for e in found), explain(events)


@pytest.mark.parametrize("text", [
    "France will never recognize the Taliban as anything other than a terrorist group.",
    "Canada does not recognize the junta as anything but an illegitimate regime.",
])
def test_an_as_complement_exception_keeps_the_refusal(nlp, text):
    # recognised "only as a terrorist group" is no recognition: never an AGREE or a SUPPORT asserted
    found, events = _recognitions(nlp, text)
    assert all(e.status == "negated" or e.type == "REJECT" for e in found), explain(events)


@pytest.mark.parametrize("text, target", [
    ("The United States will not sanction anybody but the generals.", "generals"),
    ("Russia did not attack anyone but soldiers.", "soldiers"),
])
def test_an_exceptive_object_makes_the_exception_the_target(nlp, text, target):
    events = linked(nlp, text)
    acts = [e for e in events if e.type in ("SANCTION", "THREATEN", "ASSAULT")]
    assert acts and all(e.status != "negated" and e.target_text == target for e in acts), explain(events)


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
