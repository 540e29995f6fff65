"""An object "them" whose antecedent is an earlier object of its own sentence (task targetless,
s15): "support the Ukrainian people and provide them with security assistance" (the patient of a
coordinated act), which the subject-only reading left unresolved, so the event lost its target.
Fixture sentences are from the demo corpus (examples/whitehouse, examples/statedept) unless
marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import linked, show as _explain


def _events(nlp, text):
    return linked(nlp, text, outlet="The White House")


@pytest.mark.parametrize("text, trigger, state", [
    # White House statement on Ukraine (2022)
    ("We will continue to support the Ukrainian people and provide them with security assistance to help them "
     "defend themselves as they courageously resist Russia’s invasion.", "provide", "UKR"),
    # White House fact sheet on Cuba (2022): a participle with no subject of its own
    ("Today, the Administration announced measures to further support the Cuban people, providing them "
     "additional tools to pursue a life free from Cuban government oppression.", "providing", "CUB"),
])
def test_an_object_them_takes_the_earlier_object_it_repeats(nlp, text, trigger, state):
    # aid given, or promised (AGREE/aid: "will continue to ... provide", task pledges2)
    events = [e for e in _events(nlp, text) if (e.type == "AID" or (e.mode or "").startswith("aid"))
              and e.trigger == trigger]
    assert events and all(e.target_text == "them" and state in ((e.target_key or "") + (e.target_acts_for or ""))
                          for e in events), _explain(events)


def test_an_object_them_never_takes_its_own_clause_subject(nlp):
    # contrast (binding, Principle B): no object before it, and its own subject is no antecedent
    events = _events(nlp, "The Ukrainian people said that the United States will provide them with assistance.")
    aid = [e for e in events if e.type == "AID"]
    assert all(e.target_key != "country:USA" for e in aid), _explain(aid)


@pytest.mark.parametrize("text, trigger, target", [
    # an object "them" whose antecedent is a plural of people no state or entity places: the
    # recipient is those people, not nobody (task pronrecip)
    ("Police arrested dozens of demonstrators in the capital and charged them with sedition.",
     "charged", "demonstrators"),
    ("The Treasury Department has sanctioned more than 50 persons and entities this year, cutting them off "
     "from the U.S. financial system.", "cutting", "persons"),
])
def test_an_object_them_with_no_state_takes_its_plural_antecedent(nlp, text, trigger, target):
    events = [e for e in _events(nlp, text) if e.trigger.startswith(trigger)]
    assert events and all(target in (e.target_text or "") for e in events), _explain(events)


def test_an_object_them_with_no_antecedent_stays_empty(nlp):
    # contrast: nothing before it in its sentence a "them" can stand for
    events = _events(nlp, "The Treasury Department cut them off from the U.S. financial system.")
    assert all(e.target_text in (None, "", "them") for e in events), _explain(events)
