"""The calibrated event confidence is read on the event as linking leaves it
(newsgraph/nlp/event_confidence.py: ``check`` in the events component, ``score`` in the
``newsgraph_event_confidence`` component after the linker)."""

import datetime as dt

import pytest

from newsgraph.nlp import event_confidence
from newsgraph.nlp.events import find_events
from newsgraph.nlp.pipeline import COMPONENT_MODULES, make_doc
from newsgraph.nlp.types import Event

# an agentless arrest: the linker fills the source with the authorities of the place
# (context_states.place_state_acts; PLOVER COERCE arrest is a state's act)
KOLESNIKOVA = "Opposition leader Maria Kolesnikova was arrested in Minsk on Monday."


def _event(**slots):
    return Event(type="COERCE", sentence_start=0, sentence_end=60, trigger="arrested", trigger_start=30,
                 trigger_end=38, confidence=0.55, **slots)


def test_the_confidence_component_runs_after_linking_and_before_the_story_type():
    names = [factory for _module, factory in COMPONENT_MODULES]
    assert names.index("newsgraph_linker") < names.index(event_confidence.COMPONENT) < names.index("newsgraph_story_type")


def test_the_events_component_keeps_the_rule_score(base_nlp):
    events = find_events(base_nlp(KOLESNIKOVA))
    assert events and all("calibrated" not in e.explanation for e in events)
    assert all(not hasattr(e, "rule_score") for e in events)


def test_an_arrest_the_linker_fills_is_scored_with_its_filled_source(nlp):
    weights = event_confidence.load_map()["weights"]
    doc = nlp(make_doc(nlp, KOLESNIKOVA, dt.date(2020, 9, 8)))
    arrest = next(e for e in doc._.ng_events if e.trigger == "arrested")
    assert (arrest.source_text, arrest.source_key, arrest.source_start) == ("authorities", "country:BLR", None)
    feats = arrest.calibration_features
    assert feats["both_actors"] == 1.0 and feats["named_actors"] == 1.0 and feats["state_actor"] == 1.0
    assert feats["rule_score"] == arrest.rule_score
    assert arrest.confidence == round(event_confidence.probability(weights, feats), 3)
    assert f"rule score {arrest.rule_score:.2f}" in arrest.explanation and "-> calibrated" in arrest.explanation
    # read as the events component left it (no source), it would be a one-actor event
    alone = event_confidence.features(_event(target_text="Maria Kolesnikova"), {"target_entity": True})
    assert event_confidence.probability(weights, alone) < arrest.confidence


def test_a_filled_slot_reads_its_own_key_and_state():
    facts = event_confidence.article_facts(None)
    filled = event_confidence._side(facts, None, None, "authorities", "country:BLR", "BLR")
    assert filled["entity"] and filled["state"]
    placed = event_confidence._side(facts, None, None, "authorities", None, "BLR")  # placed, no entity
    assert not placed["entity"] and placed["state"]
    # a slot with a span keeps the mention reading: a bare pronoun is no named actor whatever its key
    pronoun = event_confidence._side(facts, 0, 2, "We", "country:USA", "USA")
    assert pronoun == {"entity": False, "state": False, "pronoun": True}


def test_scoring_twice_reads_the_rule_score_kept_the_first_time():
    if event_confidence.load_map() is None:
        pytest.skip("no calibration map")
    event = _event(source_text="authorities", source_key="country:BLR", source_acts_for="BLR",
                   target_text="Maria Kolesnikova")
    once = event_confidence.score([event])[0].confidence
    again = event_confidence.score([event])[0]
    assert again.rule_score == 0.55 and again.confidence == once
    assert again.explanation.count("rule score") == 1
