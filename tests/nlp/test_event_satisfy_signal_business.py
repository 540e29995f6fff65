"""Trigger senses and non-events, round 8 (task senses8; demo corpus samples 808, 8181, 88088 and the
lead's judgement 141414): "meet" a standard or an obligation is to satisfy it (WordNet meet.v.04),
no meeting; a message sent by an act is a metaphor (CAMEO "SEND + MESSAGE" 040 has an actor as
sender); a person sent somewhere is moved, no aid given; the parties' own joint work praised is
no SUPPORT of either; "support accountability for X" accuses X (as "hold X accountable", CAMEO
112); a company's present-simple line of business is no dated event; "at the hands of X" names
the doer of what the subject suffered."""

from __future__ import annotations


import pytest

from tests.nlp.linked_events import extracted_events



_events = extracted_events  # tests/nlp/linked_events.py


# ---- meet a standard ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a State Department briefing of the demo corpus (lead's event 1722)
    "We are ensuring that the Venezuelan regime meets its commitments.",
    "The government has not met the requirements of the agreement.",
])
def test_meeting_a_commitment_is_satisfying_it(text):
    assert _events(text, "meet", "met") == []


def test_meeting_a_person_stays_a_meeting():
    # near miss: CAMEO 036 MEET (WITH LEADERS)
    found = _events("Secretary Blinken met with Mexican Foreign Secretary Marcelo Ebrard today.", "met")
    assert [kind[:4] for kind in found] == [("CONSULT", None, "Blinken", "Marcelo Ebrard")]  # no visit, call or third party: no mode


# ---- a message sent by an act -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a State Department statement (lead's event 834) and a HNP release of the demo corpus
    "The OAS action today sends a clear message to the Kremlin.",
    "His arrest and extradition sent a strong signal of the HNP's commitment to combat gangs across Haiti.",
])
def test_a_message_sent_by_an_act_is_no_consultation(text):
    assert _events(text, "send", "sent") == []


def test_a_message_sent_by_people_stays():
    # near miss (demo event 302): protesters are actors; CAMEO 040 "SEND + MESSAGE"
    found = _events("The protesters sent a message to the government.", "sent")
    assert [kind[:3] for kind in found] == [("CONSULT", None, "protesters")]


# ---- a person sent ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a Wikinews article of the demo corpus (events 1897, 1898)
    "Paris claims she was first sent to the ship aged eighteen for two weeks as a teenager.",
    "She was eventually sent to Rehabilitation Project Force in Sydney.",
])
def test_a_person_sent_somewhere_is_no_aid(text):
    assert _events(text, "sent") == []


def test_experts_sent_stay_aid():
    # near miss (demo event 1442): experts sent to work with counterparts are technical aid
    text = "DHS is sending experts from the Transportation Security Administration to Haiti."
    assert [kind[0] for kind in _events(text, "send")] == ["AID"]


# ---- own joint work praised ---------------------------------------------------------------------

def test_welcoming_the_parties_own_coordination_is_no_support():
    # a State Department readout of the demo corpus (lead's event 704)
    text = ("Under Secretary Nuland and Deputy Secretary General Mora welcomed the coordination between the "
            "United States and the European Union in implementing unprecedented sanctions.")
    assert _events(text, "welcom") == []


def test_welcoming_another_partys_step_stays_support():
    # near miss: CAMEO 051 praise of another actor's act
    found = _events("The United States welcomed Ukraine's decision to hold elections.", "welcom")
    assert found and all(kind[0] == "SUPPORT" for kind in found)


# ---- support accountability ---------------------------------------------------------------------

def test_supporting_accountability_for_x_accuses_x():
    # a G7 statement of the demo corpus (event 787): the Kremlin is no one supported
    found = _events("We support accountability for the Kremlin's wrongdoing in this war of choice.", "support")
    assert [kind[:4] for kind in found] == [("DISAPPROVE", "allege", "We", "Kremlin")]


def test_supporting_a_people_stays_support():
    # near miss (demo event 1089)
    found = _events("The United States will continue to support the people of Ukraine.", "continue", "support")
    assert found and all(kind[0] in ("SUPPORT", "AGREE") for kind in found)


# ---- a company's line of business ---------------------------------------------------------------

def test_a_companys_present_simple_business_is_no_event():
    # an E.O. 14024 designation release of the demo corpus (lead's event 903)
    text = ("Additionally, SC South LLC is a subsidiary of Oboronlogistika OOO and SC South LLC delivers "
            "cargo for the Russian Ministry of Defense.")
    assert _events(text, "deliver") == []


def test_a_company_act_told_in_the_past_stays():
    # near miss: a dated happening
    found = _events("SC South LLC delivered cargo to the Russian Ministry of Defense in March 2022.", "deliver")
    assert [kind[0] for kind in found] == ["AID"]


# ---- at the hands of ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    # a White House statement of the demo corpus (event 1625): no riot by the killed protestors
    ("The hundreds of protestors already killed at the hands of Iranian state authorities deserve justice.",
     "Iranian state authorities", "protestors"),
    ("Protesters were killed at the hands of the police.", "police", "Protesters"),
])
def test_at_the_hands_of_names_the_doer(text, source, target):
    assert [kind[:4] for kind in _events(text, "kill")] == [("ASSAULT", None, source, target)]


def test_an_obligation_to_meet_commitments_stays_a_demand():
    # near miss (a G7 statement of the demo corpus, event 1406): the obligation is the speaker's DEMAND;
    # with no speaker and no publisher it would have no doer and be no event (events 0.8.90)
    found = _events("The G7 said Russia must meet its commitments, including by facilitating unimpeded exports.",
                    "said must")
    assert [kind[0] for kind in found] == ["DEMAND"] and found[0][3] == "Russia"


def test_goods_sent_as_they_stay_aid():
    # near miss (a White House statement of the demo corpus, event 1844): "they" are exports
    text = "I have re-prioritized U.S. air defense exports so they are sent to Ukraine first."
    assert [kind[0] for kind in _events(text, "sent")] == ["AID"]


def test_solidarity_expressed_with_a_people_stays_support():
    # near miss (a G7 statement of the demo corpus, events 505, 767): solidarity is no joint work
    found = _events("We express our heart-felt solidarity with the Ukrainian people.", "express")
    assert [kind[:4] for kind in found] == [("SUPPORT", None, "We", "Ukrainian people")]


def test_the_controller_of_a_passive_infinitive_is_no_agent():
    # a Global Voices post of the demo corpus (event 60): Pizango kills no one
    text = ("Pizango, who does not mind sending his people off to be killed, while he hides, "
            "does not see any chance of understanding.")
    assert all(kind[2] != "Pizango" for kind in _events(text, "kill", "send"))


def test_ties_upgraded_stay_support():
    # near miss (PLOVER dev record SUPPORT-0001's kind): the relation itself changed
    found = _events("Czechia and Albania have upgraded their diplomatic ties back up to ambassadorial level.", "upgrad")
    assert found and all(kind[0] == "SUPPORT" for kind in found)


# ---- help -----------------------------------------------------------------------------------------

def test_an_act_that_helps_gives_no_aid():
    # a State Department statement of the demo corpus (event 471)
    text = ("The ROK's announcement of economic actions against Russia will help defend the freedom, territorial "
            "integrity, and sovereignty of Ukraine.")
    assert [kind for kind in _events(text, "help") if kind[0] in ("AID", "AGREE")] == []


def test_an_actor_that_helps_stays_aid():
    # near miss (demo event 892)
    found = _events("We will help Ukraine keep up the fight for as long as it takes.", "help")
    assert [kind[0] for kind in found] in (["AGREE"], ["AID"])
