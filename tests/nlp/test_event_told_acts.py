"""The teller of an act is never its doer (events._told_act, event_detection.yaml act_telling_verbs,
act_report_verbs, report_topic_verbs): a CAMEO pattern of a material act read off the act noun a
verb of telling or describing takes ("REPORT + ATTACK" [190], the block's "ANNOUNCE + ARREST /
SANCTIONS" carried to "describe", "mention") gives no act of the reporter; the act noun's own doer
("by" agent, possessor) is coded by the noun's own rules, or nobody. Announcing an act is taking
it. Sentences are my own, in the style of the demo corpus (examples/)."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


def _rows(events):
    return [(e.type, e.source_text, e.target_text) for e in events]


@pytest.mark.parametrize("text", [
    "The minister described the attacks by Hamas as barbaric.",
    "The minister described Hamas's attacks as barbaric.",
    "Ukraine reported new attacks on Kharkiv.",
    "The ambassador mentioned the sanctions on Russia.",
    "The spokesman explained the arrests of the opposition leaders by the junta.",
    "Officials reported the arrest of three journalists by the police.",
    "The envoy cited the release of the hostages.",
])
def test_a_told_act_is_no_act_of_its_teller(base_nlp, text):
    events = coded(base_nlp, text)
    teller = text.split(" ", 2)[1] if text.startswith("The ") else text.split()[0]
    assert not [e for e in events if e.source_text and teller in e.source_text], show(events)


def test_the_told_act_keeps_its_own_doer(base_nlp):
    events = coded(base_nlp, "The ministry reported attacks by Hamas on Israeli towns.")
    assert [row[:2] for row in _rows(events)] == [("ASSAULT", "Hamas")], show(events)


def test_an_announced_measure_is_the_announcer_s_act(base_nlp):
    # announcing a sanction is imposing it (CAMEO 163 "ANNOUNCE + SANCTIONS")
    events = coded(base_nlp, "The European Union announced new sanctions on Belarus.")
    assert [row[:2] for row in _rows(events)] == [("SANCTION", "European Union")], show(events)


def test_a_briefing_on_an_operation_is_still_shared_information(base_nlp):
    # CAMEO 064 "BRIEF (ON OPERATION)": the operation is no act noun of a material type
    events = coded(base_nlp, "The general briefed NATO allies on the operation.")
    assert [row[:2] for row in _rows(events)] == [("COOPERATE", "general")], show(events)
