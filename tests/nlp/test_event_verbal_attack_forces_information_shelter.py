"""Trigger senses, round 10 (task senses10; the lead's judgement 271828): an attack made in words
is criticism (CAMEO 111 "LAUNCH + SCATHING / VERBAL ATTACK", "ATTACK (IN INTERVIEW)", PLOVER
DISAPPROVE), not force; a military force moving to a place is a mobilization (CAMEO 154
"&MILITARY MOVE TO", PLOVER MOBILIZE, the destination no recipient), not a visit; information
sought on a party with no one asked is an inquiry into that party (CAMEO 0214 appeals to whoever
knows; PLOVER ACCUSE investigate), no demand of it; hosting someone one shelters grants refuge
(CAMEO 075 SHELTER "grant asylum", PLOVER AID asylum), no visit."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.linked_events import extracted_events

REF = dt.date(2022, 8, 1)


def _events(text: str, *prefixes: str) -> list[tuple]:
    return extracted_events(text, *prefixes, reference_date=REF,
                            fields=("type", "mode", "source_text", "target_text"))


# ---- a verbal attack ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    # a Global Voices post of the demo corpus (lead's event 36): a coordinated speech verb, a post
    ("Abdelhak al'Koush, blogging on Afinina, launched a strong attack on the American president and "
     "questioned his motives in a discourteous post.", "American president"),
    # CAMEO.2.0 LAUNCH "{SCATHING ATTACK}" [111], ATTACK "(IN INTERVIEW)" [111]
    ("The opposition leader launched a scathing attack on the government's economic policy.", "government"),
    ("The senator attacked the president in an interview on Sunday.", "president"),
])
def test_an_attack_in_words_is_criticism(text, target):
    found = _events(text, "launch", "attack")
    assert [(kind[0], kind[1], kind[3]) for kind in found] == [("DISAPPROVE", "disapprove", target)]


@pytest.mark.parametrize("text", [
    # near misses: an attack with weapons or on a place stays force (demo event 1847)
    "On October 1, Iran launched a ballistic missile attack against Israel.",
    "Rebels launched a strong attack on the army base.",
    # a coordinated verb of criticism does not make an attack on a place verbal
    "Rebels attacked the town and condemned the government.",
])
def test_an_attack_with_force_stays_assault(text):
    assert {kind[0] for kind in _events(text, "launch", "attack")} == {"ASSAULT"}


# ---- forces on the move -------------------------------------------------------------------------

def test_forces_heading_somewhere_mobilize():
    # a State Department briefing of the demo corpus (lead's event 1509)
    found = _events("You will have seen the announcement yesterday of an additional 3,000 U.S. forces "
                    "headed to Poland.", "head")
    assert found == [("MOBILIZE", "troops", "additional 3,000 U.S. forces", None)]


def test_warships_heading_somewhere_mobilize_weapons():
    # codebook MOBILIZE: "Mobilizing weapons, ships, or vehicles should be coded as MOBILIZE 'weapons'"
    found = _events("Russian warships headed to the Black Sea.", "head")
    assert found == [("MOBILIZE", "weapons", "Russian warships", None)]


def test_an_official_travelling_stays_a_visit():
    found = _events("The Foreign Minister traveled to Warsaw for talks.", "travel")
    assert [kind[:2] for kind in found] == [("CONSULT", "visit")]


# ---- information sought on a party --------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    # Rewards for Justice offers of the demo corpus (lead's event 1298; demo events 330, 869)
    ("The Department seeks information on Iranian cyber actors Seyyed Mohammad Hosein Musa Kazemi and "
     "Sajjad Kashian.", "Seyyed Mohammad Hosein Musa Kazemi"),
    ("RFJ is seeking information on six officers of the Main Intelligence Directorate of the General Staff "
     "of the Armed Forces of the Russian Federation for their role in the hacking.",
     "six officers of the Main Intelligence Directorate"),
])
def test_information_sought_on_a_party_is_an_inquiry(text, target):
    found = _events(text, "seek")
    assert found and {kind[0] for kind in found} == {"INVESTIGATE"}
    assert target in {kind[3] for kind in found}


def test_information_sought_from_a_party_stays_a_request():
    # near miss: CAMEO 0214 "SEEK &INFORMATION" asks the one it is sought from
    found = _events("The prosecutor sought information from the Russian government about the suspects.", "sought")
    assert [(kind[0], kind[3]) for kind in found] == [("DEMAND", "Russian government")]


# ---- hosting someone sheltered ------------------------------------------------------------------

def test_hosting_and_sheltering_grants_refuge():
    # a State Department statement of the demo corpus (lead's event 1415)
    found = _events("By hosting and sheltering the leader of al Qa'ida in Kabul, the Taliban grossly violated "
                    "the Doha Agreement.", "host", "shelter")
    assert found == [("AID", "asylum", "Taliban", "leader of al Qa'ida")]


def test_hosting_a_president_stays_a_visit():
    # PLOVER CONSULT: the visitor is the actor, the host the recipient
    found = _events("President Joseph R. Biden, Jr. hosted President Volodymyr Zelenskyy of Ukraine at the "
                    "White House today.", "host")
    assert [kind[:2] for kind in found] == [("CONSULT", "visit")]
    assert "Zelenskyy" in found[0][2] and "Biden" in found[0][3]
