"""An act only supposed and aimed at no one is no event (events 0.7.421, check linked-actors): a
hypothetical event (a condition, a possibility, a wish) with no target after linking names no
interaction PLOVER could code. A supposed act on a named party keeps its event. Sentences are
constructed, in the style of the demo's briefings and blogs."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def test_a_wish_figure_of_speech_is_no_demand(nlp):
    events = linked(nlp, "We could ask for no better ally in the region.")
    assert not [e for e in events if e.type == "DEMAND"], show(events)


def test_a_conditional_talk_with_anyone_is_no_meeting(nlp):
    events = linked(nlp, "The foreign minister will meet anyone if it helps end the war.")
    assert not [e for e in events if e.type in ("AGREE", "CONSULT")], show(events)


def test_a_possible_war_declaration_with_no_party_is_no_threat(nlp):
    events = linked(nlp, "It would be a great irony if Moscow used the holiday to declare war.")
    assert not [e for e in events if e.type == "THREATEN"], show(events)


def test_a_supposed_act_on_a_named_party_stays(nlp):
    # near miss: the condition's consequence is aimed at a named state
    events = linked(nlp, "If the talks fail, the ministers would meet the Ukrainian foreign minister again.")
    assert [e for e in events if e.status == "hypothetical" and e.target_text], show(events)


def test_a_possible_material_act_with_an_implied_target_stays(nlp):
    # review 36a item 8: a hostile act of a named actor whose target is only implied is kept, hypothetical
    events = linked(nlp, "Russia could launch a massive attack at any moment.")
    assert [e for e in events if e.type == "ASSAULT" and e.status == "hypothetical"], show(events)
