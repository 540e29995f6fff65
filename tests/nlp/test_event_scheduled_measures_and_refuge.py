"""Stop 46 (issue 6), event type and mode faults: a hostile measure decided for a later day and told
in the futurate progressive ("Beginning in October, X is prohibiting Y from V-ing") is that measure,
planned (PLOVER COERCE restrict), not a threat (THREATEN is coercion announced to press a party:
"threatened to ban", "will ... if ..."); taking in people in flight is AID mode asylum (PLOVER AID
"asylum ... to persons in its territories"; CAMEO 075 "grant asylum" -> AID asylum), not humanitarian
relief. Sentences are my own, written in the style of the demo corpus (examples/)."""

from __future__ import annotations

import datetime as dt

from tests.nlp.linked_events import extracted_events

SEPTEMBER = dt.date(2022, 9, 10)


def _events(text, *lemmas, day=SEPTEMBER):
    return extracted_events(text, *lemmas, reference_date=day,
                            fields=("type", "mode", "status", "source_text", "target_text"))


# ---- a decided restriction with a later start date ------------------------------------------------

def test_a_scheduled_prohibition_is_coercion_planned_not_a_threat():
    text = ("Beginning in October, the Belarusian government is prohibiting the European Union from "
            "employing local staff at its mission in Minsk.")
    assert _events(text, "prohibit") == [
        ("COERCE", "restrict", "planned", "Belarusian government", "European Union")]


def test_a_scheduled_ban_is_coercion_planned_not_a_threat():
    text = "Starting next month, the junta is banning the opposition party from holding rallies in the capital."
    assert [row[:3] for row in _events(text, "banning")] == [("COERCE", "restrict", "planned")]


def test_a_scheduled_prohibition_on_a_foreign_state_is_a_planned_sanction():
    # a restriction one state puts on another is SANCTION (coding rules, Stop 28), planned, no threat
    text = ("Beginning in October, the Belarusian government is prohibiting Lithuania from employing local "
            "staff at its embassy in Minsk.")
    assert [row[:3] for row in _events(text, "prohibit")] == [("SANCTION", "discontinue", "planned")]


def test_a_threat_to_ban_stays_a_threat():
    # contrast: the restriction is held out, not decided
    text = "The Belarusian government threatened to ban the European Union from employing local staff."
    assert [row[:3] for row in _events(text, "threat")] == [("THREATEN", "restrict", "asserted")]


def test_a_prohibition_in_force_stays_asserted_coercion():
    # contrast: no later date, the measure is told as done
    text = "The Belarusian government prohibited the European Union from employing local staff."
    assert [row[:3] for row in _events(text, "prohibit")] == [("COERCE", "restrict", "asserted")]


def test_a_scheduled_trip_stays_a_planned_agreement():
    # contrast: a cooperative act to come is the codebook's future visit (AGREE), as before
    text = "Assistant Secretary Lee is traveling to Vilnius, Lithuania October 3-5."
    assert [row[:3] for row in _events(text, "travel")] == [("AGREE", "consult:visit", "planned")]


# ---- people in flight taken in --------------------------------------------------------------------

def test_welcoming_those_fleeing_is_asylum():
    text = "We thank Moldova, which has welcomed those fleeing the fighting."
    assert [row[:4] for row in _events(text, "welcom")] == [("AID", "asylum", "asserted", "Moldova")]


def test_hosting_refugees_is_asylum():
    text = "Jordan hosts hundreds of thousands of Syrian refugees."
    assert [row[:2] for row in _events(text, "host")] == [("AID", "asylum")]


def test_a_promise_to_resettle_refugees_is_a_promise_of_asylum():
    text = "Canada will resettle 40,000 Afghan refugees."
    assert [row[:3] for row in _events(text, "resettle")] == [("AGREE", "aid:asylum", "planned")]


def test_supporting_refugees_stays_humanitarian_relief():
    # contrast: backing people in flight is relief given to them, no refuge
    text = "Poland is supporting refugees from Ukraine."
    assert [row[:2] for row in _events(text, "support")] == [("AID", "humanitarian")]


def test_sending_relief_to_refugees_stays_humanitarian():
    text = "The United States provided $20 million in humanitarian assistance to Syrian refugees in Jordan."
    assert [row[:2] for row in _events(text, "provided")] == [("AID", "humanitarian")]
