"""A demand told with a modal of obligation (PLOVER DEMAND, CAMEO 10 demand / 02 appeal): "X must /
should / needs to / has to / ought to <act>" said by the writer or a quoted speaker is a DEMAND on X,
not X's act; first person, inference ("must have"), past ("had to"), a class as subject and a
condition are no demand."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded as _events


def _show(events):
    return [(e.type, e.source_text, e.target_text, e.status) for e in events]


@pytest.mark.parametrize("text, target", [
    # an act no trigger codes: the obligation itself is the demand
    ("Belarus must immediately comply with the ruling of the European Court of Human Rights.", "Belarus"),
    ("The Burmese military regime should take this chance to free the detained lawmakers and restore democracy.",
     "Burmese military regime"),
    # semi-modals of obligation
    ("The Taliban needs to reverse its ban on secondary education for girls.", "Taliban"),
    ("Hezbollah has to withdraw its fighters from the border area.", "Hezbollah"),
    ("Iran ought to end its attacks on commercial shipping in the Red Sea.", "Iran"),
    # a verb conjoined with the main clause has its own modal
    ("Moscow bears full responsibility for the food crisis and must respect the sovereignty of its neighbours.",
     "Moscow"),
])
def test_an_obligation_on_a_named_actor_is_a_demand(base_nlp, text, target):
    events = _events(base_nlp, text)
    assert [(e.type, e.target_text, e.status) for e in events] == [("DEMAND", target, "asserted")], _show(events)


def test_a_quotation_before_its_reporting_verb_is_the_speakers_demand(base_nlp):
    events = _events(base_nlp, '"Armenia must withdraw its troops from the border villages," Aliyev told reporters.')
    assert _show(events) == [("DEMAND", "Aliyev", "Armenia", "asserted")]


@pytest.mark.parametrize("text", [
    # inference, not obligation: the attack is not demanded
    "Investigators said nothing, but Sudan must have attacked the convoy.",
    # past: what was done, no demand now
    "After the talks, Serbia had to withdraw its police from the northern villages.",
])
def test_no_demand_without_a_present_obligation(base_nlp, text):
    assert not [e for e in _events(base_nlp, text) if e.type == "DEMAND"]


@pytest.mark.parametrize("text", [
    # first person: a resolve of the speaker's side, reported or not
    "The foreign minister said that we must support Moldova against Russian pressure.",
    '"We must support Moldova against Russian pressure," the foreign minister said.',
    # a class, not an actor addressed
    "All nations must transparently share data on new variants.",
    "The world must respond with all its economic might.",
    # no obligation: negated need, or a need for a purpose (relative clause)
    "The Taliban does not need to release anyone.",
    "The Pentagon is speeding up the shells Ukraine needs to defend itself.",
    # co-subjects urged to a joint course
    "India and Pakistan must keep working together to lower tensions along the Line of Control.",
    # an inverted condition; a subject that is no political actor
    "Travelers should exercise caution due to potential combat operations should Turkey take military action.",
    "European carmakers must lead the transition to electric vehicles.",
    # a verb of cognition or state; a people, owed a right
    "The Assad regime must know that these steps are critical to any lasting peace.",
    "The Sahrawis must enjoy their right to self-determination.",
])
def test_no_demand_on_anyone(base_nlp, text):
    assert not [e for e in _events(base_nlp, text) if e.type == "DEMAND"], _show(_events(base_nlp, text))


def test_a_demand_reached_through_a_purpose_is_asserted(base_nlp):
    # events 0.7.185 (demo: statedept 2022-08-02, Yemen truce): the obligation reaches the act through
    # "work with X to", but the DEMAND is the writer's, made now, as "X must negotiate" is; the
    # purpose is what is demanded, not a second, unrealised act (status asserted, not hypothetical)
    events = _events(base_nlp, "The parties must work with Special Envoy Grundberg to urgently reach agreement "
                               "on the expanded truce agreement he has presented.")
    demands = [e for e in events if e.type == "DEMAND"]
    assert [e.status for e in demands] == ["asserted"], _show(events)
    assert demands[0].target_text == "parties", _show(events)
