"""An evidential adverb ("reportedly", "allegedly") on a verb scopes over the subjectless
non-finite adjunct hanging on it (task `status8`): the act told in the adjunct is relayed too."""

from __future__ import annotations

from newsgraph.nlp.events import find_events
from tests.nlp.linked_events import show as _show


def test_a_while_participle_under_a_hedged_verb_is_claimed(base_nlp):
    text = "Riot police allegedly beat demonstrators in the capital, while making mass arrests."
    events = find_events(base_nlp(text))
    arrests = [e for e in events if e.type == "COERCE"]
    assert arrests, _show(events)
    assert {e.status for e in arrests} == {"claimed"}, _show(events)


def test_an_after_participle_under_a_hedged_verb_is_claimed(base_nlp):
    text = "Several activists have reportedly died after being tortured at the hands of the security services."
    events = find_events(base_nlp(text))
    torture = [e for e in events if e.type == "ASSAULT"]
    assert torture, _show(events)
    assert {e.status for e in torture} == {"claimed"}, _show(events)


def test_an_adjunct_with_its_own_subject_is_not_reached(base_nlp):
    # near miss: the hedge is on the main verb of a different clause; the adjunct is finite
    text = "The minister reportedly resigned after police arrested two of his aides."
    events = find_events(base_nlp(text))
    arrests = [e for e in events if e.type == "COERCE"]
    assert arrests, _show(events)
    assert {e.status for e in arrests} == {"asserted"}, _show(events)


def test_an_unhedged_host_leaves_the_adjunct_asserted(base_nlp):
    text = "Riot police beat demonstrators in the capital, while making mass arrests."
    arrests = [e for e in find_events(base_nlp(text)) if e.type == "COERCE"]
    assert arrests and {e.status for e in arrests} == {"asserted"}, _show(arrests)


# ---------------------------------------------------------------- a desire told by others is no threat

def test_a_third_party_desire_to_attack_is_no_threat(base_nlp):
    text = "She explained that the generals really wanted to invade Georgia."
    events = find_events(base_nlp(text))
    assert not [e for e in events if e.type == "THREATEN"], _show(events)


def test_the_actors_own_stated_wish_to_attack_stays_a_threat(base_nlp):
    text = '"We want to destroy the terrorist camps," the defence minister said.'
    events = find_events(base_nlp(text))
    assert [e for e in events if e.type == "THREATEN"], _show(events)
