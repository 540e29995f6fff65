"""Acts done to people in custody told as nouns (events 0.7.241, task mainact35): the object of a
light verb ("conducted harsh interrogations of civilians", "carried out beatings of ...") is the act,
by the verb's subject, aimed at the noun's "of" phrase; with its doer named beside it ("the junta's
torture of political prisoners") the "of" phrase is the patient. Types from the codebook: PLOVER
ASSAULT torture / beat, CAMEO.2.0 INTERROGATE [090] investigate. Sentences are written for the task,
after the demo corpus's human-rights releases; each has a contrast."""

from __future__ import annotations

import pytest

from newsgraph.nlp.events import find_events
from tests.nlp.linked_events import linked, show


@pytest.mark.parametrize("text, event_type, mode, source, target", [
    ("Russian soldiers carried out beatings of Ukrainian civilians.", "ASSAULT", "beat", "Russian soldiers",
     "Ukrainian civilians"),
    ("The FSB has conducted harsh interrogations of Ukrainian civilians.", "INVESTIGATE", None, "FSB",
     "Ukrainian civilians"),
])
def test_a_light_verb_with_a_custody_act_noun_is_that_act(nlp, text, event_type, mode, source, target):
    events = linked(nlp, text)
    assert [(e.type, e.mode, e.source_text, e.target_text) for e in events] == [
        (event_type, mode, source, target)], show(events)


def test_a_doer_named_beside_the_noun_makes_its_of_phrase_the_patient(nlp):
    events = linked(nlp, "The United States condemns the junta's torture of political prisoners.")
    assert [(e.source_text, e.target_text) for e in events if (e.type, e.mode) == ("ASSAULT", "torture")] == [
        ("junta", "political prisoners")], show(events)


@pytest.mark.parametrize("text", [
    # a norm about the act names no doer
    "The convention prohibits torture.",
    # an interview is no interrogation
    "Officials conducted interviews with the families.",
])
def test_no_doer_or_no_custody_act_is_no_event(nlp, text):
    events = linked(nlp, text)
    assert not [e for e in events if e.type in ("ASSAULT", "INVESTIGATE")], show(events)


def test_a_beating_that_is_a_match_won_is_no_assault(base_nlp):
    # review 35a §6: PLOVER beat / torture assault persons; a country beaten, or a score, tells a match
    for text in ("Argentina's 3-0 beating of Croatia sent the team to the final.",
                 "Brazil's beating of Chile stunned the fans.",
                 "The club's 4–1 beating of the Rangers stunned the fans."):
        assert not [e for e in find_events(base_nlp(text)) if e.type == "ASSAULT"], text
    # a person beaten or tortured stays an assault
    beaten = [(e.type, e.mode, e.source_text, e.target_text) for e in find_events(
        base_nlp("The militia's beating of Navalny drew criticism."))]
    assert ("ASSAULT", "beat", "militia", "Navalny") in beaten, beaten
