"""A protest's target is the party its demand is made of, or what it is "in protest of" (task
plover41; events 0.8.40, events/targets.py _purpose_act_target, _in_protest_of). PLOVER PROTEST:
"carried out as protests against the recipient", and the protest's topic, "typically a REQUEST",
is no separate event. Sentences are written for this test."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def _protests(nlp, text):
    return [e for e in _events(nlp, text) if e.type == "PROTEST"]


def test_purpose_demand_names_the_protested_party(base_nlp):
    events = _protests(base_nlp, "Thousands of Kenyan students staged demonstrations on Monday to demand "
                       "the resignation of President Moi.")
    assert [e.target_text for e in events] == ["Moi"], _explain(events)


def test_purpose_demand_that_clause_subject_is_the_target(base_nlp):
    events = _protests(base_nlp, "Kenyan teachers went on strike to demand that the Kenyan government raise their pay.")
    assert events and all("government" in (e.target_text or "") for e in events), _explain(events)


def test_participial_demand_beats_the_place_of_the_protest(base_nlp):
    # without the participle the place "in Nairobi" is the fallback target; the demand's party wins
    events = _protests(base_nlp, "Kenyan students rioted in Nairobi demanding the resignation of President Moi.")
    assert [e.target_text for e in events] == ["Moi"], _explain(events)


def test_in_protest_of_names_the_owner_of_what_is_protested(base_nlp):
    events = _protests(base_nlp, "Kenyan miners are continuing a hunger strike in protest of the Kenyan "
                       "government's decision to close the mine.")
    assert events and all("government" in (e.target_text or "") for e in events), _explain(events)


def test_purpose_of_another_kind_still_names_no_target(base_nlp):
    # a purpose that is no demand ("to mark the anniversary") says nothing of whom it is against
    events = _protests(base_nlp, "Kenyan students staged demonstrations on Monday to mark the anniversary of the uprising.")
    assert events and all(not e.target_text for e in events), _explain(events)
