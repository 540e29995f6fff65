"""One happening, one event (events.merge_mentions, accusations._passive_purpose_of): an agentless
passive heading a purpose or result clause ("so they are sent to X", "in order that ... are sent
to X") of an act of its own type on its own target re-describes that act; it folds into the
mention that names the doer instead of standing as a second act with no actor."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _aid(events):
    return [(e.trigger, e.source_key, e.target_key) for e in events if e.type == "AID"]


def test_a_so_clause_passive_of_the_same_act_folds_into_the_act(nlp):
    events = linked(nlp, "Norway has delivered Moldova the parts for three field hospitals, and we have "
                         "re-ordered our medical shipments so they are sent to Moldova first.", outlet="Village Weekly")
    assert _aid(events) == [("delivered", "country:NOR", "country:MDA")], show(events)
    face = next(e for e in events if e.type == "AID")
    assert "purpose clause 'sent'" in face.explanation


def test_an_in_order_that_clause_and_a_fronted_so_that_clause_fold_too(nlp):
    events = linked(nlp, "Japan gave Vietnam ten patrol boats in order that more boats are sent to Vietnam "
                         "next year.", outlet="Village Weekly")
    assert [(t, s) for t, s, _ in _aid(events)] == [("gave", "country:JPN")], show(events)
    events = linked(nlp, "So that medicines are sent to Haiti quickly, France delivered the first cargo to "
                         "Haiti by air.", outlet="Village Weekly")
    assert _aid(events) == [("delivered", "country:FRA", "country:HTI")], show(events)


def test_a_coordinated_passive_of_a_later_act_stays_its_own_event(nlp):
    # no purpose clause: "was attacked again in 2022" is a second happening
    events = linked(nlp, "Russia attacked Ukraine in 2014, and Ukraine was attacked again in 2022.",
                    outlet="Village Weekly")
    attacks = [(e.trigger, e.source_key) for e in events if e.type == "ASSAULT"]
    assert attacks == [("attacked", "country:RUS"), ("attacked", None)], show(events)


def test_a_purpose_passive_with_its_own_agent_or_another_target_stays(nlp):
    events = linked(nlp, "Germany has sent tanks to Poland, and more tanks were sent to Poland by Italy so "
                         "that they arrive before winter.", outlet="Village Weekly")
    assert [s for _, s, _ in _aid(events)] == ["country:DEU", "country:ITA"], show(events)
    events = linked(nlp, "Japan gave Vietnam ten patrol boats so that more boats are sent to Laos next year.",
                    outlet="Village Weekly")
    assert [(t, tk) for t, _, tk in _aid(events)] == [("gave", "country:VNM"), ("sent", "country:LAO")], show(events)
