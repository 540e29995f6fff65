"""A plural noun of organisations tied to a named actor by a participle of affiliation ("three
organizations affiliated with X", "groups linked to X") names several unnamed bodies, not X:
the slot keys no entity and takes X's state where X has one. Invented sentences; contrasts (the
named person, a named foundation, people linked to a body) keep their keys."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain, linked


@pytest.mark.parametrize("text, state", [
    ("Earlier this year, a Russian court designated three organizations affiliated with imprisoned "
     "opposition figure Ivan Petrov as extremist.", None),
    ("A Russian court designated three groups linked to Ivan Petrov as extremist.", None),
    # the tied body's state is kept
    ("The Treasury designated three organizations affiliated with Hamas.", "PSE"),
])
def test_organizations_tied_to_a_named_actor_are_not_it(nlp, text, state):
    events = [e for e in linked(nlp, text) if e.type == "SANCTION"]
    assert events and all(e.target_key is None and e.target_acts_for == state for e in events), explain(events)


@pytest.mark.parametrize("text, target_key", [
    ("A Russian court designated Ivan Petrov as extremist.", "person:ivan-petrov"),
    ("A Russian court designated the Petrov Foundation as extremist.", "org:petrov-foundation"),
])
def test_named_targets_keep_their_keys(nlp, text, target_key):
    events = [e for e in linked(nlp, text) if e.type == "SANCTION"]
    assert events and all(e.target_key == target_key for e in events), explain(events)
