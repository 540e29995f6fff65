"""Targets the event's own sentence names through its object (task tgtsent, s16): the subject of a
relative clause on a stance's object, an object shifted after an "as" + adjective predicative, and
the goal of aid moved on in another clause with the thing given as its subject. Fixture sentences
are from the demo corpus (examples/) unless marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain as _explain, linked as _events


@pytest.mark.parametrize("text, trigger, event_type, target", [
    # the subject of a contact relative clause on the object welcomed (statedept, Colombia readout;
    # the parser reads the clause as a complement with the name in apposition)
    ("He welcomed the national dialogue President Duque has convened as an opportunity for the Colombian "
     "people to work together to construct a peaceful, prosperous future.", "welcomed", "SUPPORT", "Duque"),
    # the object shifted after "as irresponsible", with its by-agent (G7 statement on Ukraine)
    ("We condemn as irresponsible threats of use of chemical, biological or nuclear weapons or related "
     "materials by Russia and reiterate that any use of such weapons would be met with severe consequences.",
     "condemn", "DISAPPROVE", "Russia"),
    # the resources given, subject of a clause delivering them "to" X (White House, supplemental funding)
    ("The supplemental resources Congress provided on a bipartisan basis in March have been critical to "
     "bolstering security in Eastern Europe, countering Russia’s malign activities in the region, and "
     "delivering critical humanitarian and economic assistance to Ukraine and neighboring partners.",
     "provided", "AID", "Ukraine"),
    # the weapons supplied, flowing "into" X (White House; a reduced participle read as the main verb)
    ("U.S. supplied weapons and ammunitions – including anti-tank and anti-air systems, helicopters, drones, "
     "grenade launchers, and more than 50 million rounds of ammunition – have been flowing into Ukraine "
     "daily, and the United States has been working with allies and partners to facilitate deliveries of "
     "additional weapons capabilities.", "supplied", "AID", "Ukraine"),
])
def test_target_named_through_the_object(nlp, text, trigger, event_type, target):
    events = [e for e in _events(nlp, text) if e.trigger.startswith(trigger) and e.type == event_type]
    assert events, _explain(_events(nlp, text))
    assert any(target in (e.target_text or "") for e in events), _explain(events)


@pytest.mark.parametrize("text, trigger, event_type", [
    # contrast: a predicative noun phrase after "as" is no shifted object, and no clause names a doer
    ("He welcomed the announcement as an important step toward peace.", "welcomed", "SUPPORT"),
    # the gap is the infinitive's object and a recognition is of an actor: no relative-clause doer
    # (G7 statement; no event at all, as before)
    ("We will never recognize borders Russia has attempted to change by military aggression, and will uphold "
     "our engagement in the support of the sovereignty and territorial integrity of Ukraine, including "
     "Crimea, and all states.", "recognize", "SUPPORT"),
    # contrast: resources given with no goal in the sentence name no recipient
    ("The resources Congress provided in March have been critical to our efforts.", "provided", "AID"),
])
def test_no_target_where_the_object_names_none(nlp, text, trigger, event_type):
    events = [e for e in _events(nlp, text) if e.trigger.startswith(trigger) and e.type == event_type]
    assert all(not e.target_text for e in events), _explain(events)
