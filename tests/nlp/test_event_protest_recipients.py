"""Recipients of force and coercion that the sentence gives only indirectly.

- Force or repression aimed at a protest ("dispersed the demonstrations", "the junta's
  repression of the protests") hits the people protesting: PLOVER codes "police firing on
  demonstrators" with the victims as recipient (events.PROTEST_PEOPLE_RULE); the linker codes the
  protest noun as protesters (Phoenix PROTESTER) acting for the repressing state.
- An act of force in a "while" participle adjunct with no object of its own shares the patient of
  the force verb it hangs on ("beat students while making arrests": events._adjunct_force_patient).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.events import ADJUNCT_PATIENT, PROTEST_PEOPLE_RULE, find_events
from newsgraph.nlp.pipeline import extract

OUTLET = "United States Department of State"


def _events(nlp, text: str, event_type: str):
    x = extract(text, dt.date(2023, 5, 2), nlp=nlp, outlet=OUTLET)
    return [e for e in x.events if e.type == event_type]


@pytest.mark.parametrize("text, event_type, source, target", [
    ("Belarusian riot police dispersed the demonstrations in the capital with batons and stun grenades.",
     ("ASSAULT", "COERCE"), "police", "demonstrations"),
    ("The Venezuelan National Guard launched a violent crackdown on the protests last week.",
     ("COERCE",), "National Guard", "protests"),
])
def test_force_aimed_at_a_protest_targets_its_people(nlp, text, event_type, source, target):
    found = [e for t in event_type for e in _events(nlp, text, t) if target in (e.target_text or "")]
    assert found, text
    event = found[0]
    assert source in (event.source_text or "")
    assert PROTEST_PEOPLE_RULE in event.explanation
    assert event.target_sector == "OPP"  # the protesters (Phoenix PROTESTER ~OPP)


def test_repressing_state_gives_the_protesters_its_state(nlp):
    text = ("Washington announced new sanctions over the Nicaraguan government's repression of the "
            "peaceful protests in April 2018.")
    found = [e for e in _events(nlp, text, "COERCE") if e.trigger.startswith("repress")]
    assert found and "protests" in (found[0].target_text or "")
    assert found[0].target_acts_for == "NIC" and found[0].target_sector == "OPP"


def test_a_protest_that_names_no_crowd_is_no_recipient(nlp):
    # "strike" also names an air strike: not a crowd protest noun
    text = "The army broke the miners' strike in the north."
    assert not [e for t in ("ASSAULT", "COERCE") for e in _events(nlp, text, t)
                if PROTEST_PEOPLE_RULE in e.explanation]


@pytest.mark.parametrize("text, target", [
    ("Police officers beat the villagers with clubs while making arrests.", "villagers"),
    # the object hangs on the last of two conjoined verbs of force
    ("Riot police attacked and beat the students, while making violent arrests.", "students"),
])
def test_while_adjunct_arrest_shares_the_patient_of_the_beating(base_nlp, text, target):
    arrests = [e for e in find_events(base_nlp(text)) if e.type == "COERCE" and e.mode == "arrest"]
    assert arrests and target in (arrests[0].target_text or ""), text
    assert ADJUNCT_PATIENT in arrests[0].explanation


def test_while_adjunct_with_its_own_object_keeps_it(base_nlp):
    doc = base_nlp("Soldiers beat the villagers while detaining two local journalists.")
    detained = [e for e in find_events(doc) if e.type == "COERCE"]
    assert detained and all("journalists" in (e.target_text or "") for e in detained)
    assert not any(ADJUNCT_PATIENT in e.explanation for e in detained)
