"""A demand made by issuing a document targets the party its own clause asks, never a name inside
that clause's object (task plover41; events 0.8.41, events/targets.py _worded_demand_target,
_within_clause_of). Sentences are written for this test."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def _demands(nlp, text):
    return [e for e in _events(nlp, text) if e.type == "DEMAND" and "declaration" in e.trigger]


def test_participial_demand_clause_names_the_addressee(base_nlp):
    events = _demands(base_nlp, "The rebel Kenyan People's Front issued a declaration demanding that the Kenyan "
                      "government release its leader John Okello.")
    assert events and all("government" in (e.target_text or "") for e in events), _explain(events)


def test_relative_call_on_clause_names_the_addressee(base_nlp):
    events = _demands(base_nlp, "The Kenyan People's Front issued a declaration that called on the Kenyan "
                      "government to free their commander, John Okello.")
    assert events and all("Okello" not in (e.target_text or "") for e in events), _explain(events)
    assert all("government" in (e.target_text or "") for e in events), _explain(events)


def test_name_in_apposition_to_the_object_itself_is_still_the_target(base_nlp):
    # the object phrase's own apposition (no clause between) still names who is acted on
    events = [e for e in _events(base_nlp, "Police arrested the opposition leader's brother, John Okello.")
              if e.type == "COERCE"]
    assert [e.target_text for e in events] == ["John Okello"], _explain(events)
