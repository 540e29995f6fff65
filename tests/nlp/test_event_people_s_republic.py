""""people's republic" is a word of a state's or breakaway entity's name, never a possessor standing
for the people (events 0.8.158, linker 0.3.841): written lower-case or quoted, the target is the
named republic, coded like its capitalised form; "the people's homes" and "Ukraine's people" keep
their people targets. Invented sentences."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain, linked


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp.pipeline import build_pipeline
    return build_pipeline()


def _targets(nlp, text, event_types):
    events = [e for e in linked(nlp, text) if e.type in event_types]
    assert events, explain(linked(nlp, text))
    return events


@pytest.mark.parametrize("text", [
    "Moscow plans to annex the Luhansk “people’s republic” next month.",
    "Moscow plans to annex the Luhansk people's republic next month.",
])
def test_lower_case_people_s_republic_is_the_named_entity(nlp, text):
    events = _targets(nlp, text, ("COERCE", "THREATEN"))
    for event in events:
        assert event.target_text is not None and "republic" in event.target_text, explain(events)
        assert event.target_text.startswith("Luhansk"), explain(events)
        assert event.target_sector != "CVL", explain(events)
        assert event.target_acts_for == "UKR", explain(events)


def test_people_s_homes_keep_people_target(nlp):
    events = _targets(nlp, "Militiamen attacked the people's homes overnight.", ("ASSAULT",))
    assert [e.target_text for e in events] == ["people"], explain(events)
    assert events[0].target_sector == "CVL", explain(events)


def test_state_s_people_unchanged(nlp):
    events = _targets(nlp, "Moscow attacked Ukraine's people.", ("ASSAULT",))
    assert [(e.target_text, e.target_acts_for, e.target_sector) for e in events] == [("Ukraine's people", "UKR", "CVL")], explain(events)
