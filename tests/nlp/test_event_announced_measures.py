"""Measures announced (task announce, s15): CAMEO codes "ANNOUNCE + MEASURES" [130] as a threat, but
measures announced as taken are the measure itself (read as "impose measure", PLOVER COERCE/restrict),
measures whose infinitive is cooperative are no hostile act, and only future or conditional ones
stay THREATEN (event_detection.yaml announcing_verbs, announced_measure_phrase). Fixture sentences
are from the demo corpus (examples/: White House and State Department releases), unless marked as a
contrast."""

from __future__ import annotations

from tests.nlp.linked_events import coded, show as _explain


def _announced(nlp, text):
    events = coded(nlp, text)
    return [e for e in events if e.trigger.lower().startswith("announc")], events


def test_measures_announced_today_are_taken_not_threatened(base_nlp):
    announced, events = _announced(base_nlp, "Today, the Department of Homeland Security, Department of Commerce, "
                                   "and Department of Labor announced measures to address the People's Republic "
                                   "of China's ongoing human rights abuses and use of forced labor in Xinjiang.")
    assert announced and all((e.type, e.mode, e.status) == ("COERCE", "restrict", "asserted")
                             for e in announced), _explain(events)


def test_measures_announced_in_the_perfect_are_taken(base_nlp):
    announced, events = _announced(base_nlp, "Today the Departments of the Treasury and State have announced new "
                                   "and significant measures to increase pressure on Iran and target Iran's "
                                   "energy trade.")
    assert [e.type for e in announced] == ["COERCE"], _explain(events)


def test_measures_to_support_a_people_are_no_hostile_act(base_nlp):
    announced, events = _announced(base_nlp, "Today, the Administration announced measures to further support "
                                   "the Cuban people.")
    assert not announced, _explain(events)
    assert [e.type for e in events if e.trigger == "support"] == ["SUPPORT"], _explain(events)


def test_measures_to_be_announced_stay_a_threat(base_nlp):
    # contrast: future measures against a party are the threat CAMEO codes [130]
    announced, events = _announced(base_nlp, "The United States will announce measures against Moscow.")
    assert [e.type for e in announced] == ["THREATEN"], _explain(events)
