"""Costs imposed on a party (events 0.7.127): "impose costs / consequences on X" is the measure
itself, PLOVER SANCTION (CAMEO 16x reduce relations; the demo corpus has ~50 such phrases), not a
routine object nor a warning unless promised under a condition; a "to hold X accountable" purpose
of such a measure names whom it is aimed at and is no DISAPPROVE of its own; a stand-alone "will
hold X accountable" stays DISAPPROVE. Fixture sentences are from the demo corpus (examples/: State
Department releases), unless marked as a contrast."""

from __future__ import annotations

from tests.nlp.linked_events import coded, show


def test_costs_imposed_on_a_party_are_a_sanction(base_nlp):
    events = coded(base_nlp, "Today, the Department of State is continuing to impose severe costs on "
                   "Russian military leaders.")
    assert [(e.type, e.target_text) for e in events] == [("SANCTION", "Russian military leaders")], show(events)


def test_accountability_purpose_names_the_target_of_the_measure(base_nlp):
    events = coded(base_nlp, "Together we are supporting the Ukrainian people and imposing severe costs and "
                   "consequences to hold Russia accountable for its war of choice.")
    assert [(e.type, e.target_text) for e in events if e.trigger.startswith("imposing")] \
        == [("SANCTION", "Russia")], show(events)
    assert not [e for e in events if e.type == "DISAPPROVE"], show(events)


def test_costs_imposed_by_designating_are_the_designation(base_nlp):
    events = coded(base_nlp, "We are also imposing additional costs on Russia's war machine by designating "
                   "24 Russian defense and technology-related entities pursuant to E.O. 14024.")
    assert [e.trigger for e in events if e.type == "SANCTION"] == ["designating"], show(events)


def test_costs_promised_under_a_condition_stay_a_threat(base_nlp):
    # contrast: a response promised if the other side acts is the warning CAMEO codes [130]
    events = coded(base_nlp, "President Biden was clear that, if Russia undertakes a further invasion of "
                   "Ukraine, the United States will respond decisively and impose swift and severe "
                   "costs on Russia.")
    assert "THREATEN" in [e.type for e in events], show(events)
    assert "SANCTION" not in [e.type for e in events], show(events)


def test_holding_accountable_on_its_own_stays_disapprove(base_nlp):
    # contrast: the main act of the clause, not the purpose of a measure
    events = coded(base_nlp, "Even as we meet with our Chinese counterparts, we will also continue to hold "
                   "China accountable.")
    assert [(e.type, e.target_text) for e in events if e.trigger.endswith("accountable")] \
        == [("DISAPPROVE", "China")], show(events)


def test_listed_measures_after_by_are_each_an_act(base_nlp):
    # contrast: "by X-ing, Y-ing" lists two measures; neither is the other's means
    events = coded(base_nlp, "Today, the Treasury is following through by levying sanctions, imposing visa "
                   "restrictions against militia leaders who are attacking civilians, and releasing a "
                   "new advisory.")
    assert [(e.type, e.target_text) for e in events if e.trigger.startswith("imposing")] \
        == [("SANCTION", "militia leaders")], show(events)


def test_costs_continued_are_announced(base_nlp):
    # events 0.7.168: "will continue to impose costs" is to come (gold: "will continue to modify
    # the application of the ... duty" is planned), an announced coercive act (PLOVER THREATEN)
    events = coded(base_nlp, "The United States will continue to impose severe costs on the Russian Federation "
                   "in response to President Putin's illegal war.")
    assert [(e.type, e.mode, e.status) for e in events] == [("THREATEN", "sanction", "planned")], show(events)
