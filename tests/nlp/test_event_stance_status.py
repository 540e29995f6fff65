"""Status and type of stance and readiness statements (issue 6, Stop 49; docs/coding_rules.md):

- a stance of the speaker's own side told under a reporting verb ("Secretary X said the United States
  will (continue to) stand with Y") is voiced by that report: SUPPORT, asserted, as the same words
  told directly are (docs/hand-check.md); a third party's forecast stays to come;
- a resolve voiced now by the teller's own side to hold a party accountable ("we are determined to
  hold X accountable") is a threat made when told: THREATEN, asserted, as "we are prepared to impose
  sanctions on X" and "resolved to cooperate" are; a third party's resolve and a bare "will" stay planned;
- readiness to deploy forces read as THREATEN ("remains ready to deploy troops", "ready to deploy
  troops to X if Y invades") is the verbal threat made when said: asserted (review 49a; events
  0.8.209 undid the planned status of 0.8.200);
- "stand behind X" and "side with X" back a party as "stand with X" does (SUPPORT);
- "oppose" + a subjectless gerund stands against the party the proposition favours; one that names
  no party keeps its REJECT with no target (PLOVER REJECT needs no recipient; events 0.8.209).

Sentences are invented, in the style of the demo releases (examples/); contrasts marked."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import linked, show


def _rows(events, trigger_start):
    return [(e.type, e.status, e.source_text, e.target_text) for e in events if e.trigger.startswith(trigger_start)]


# ---------------------------------------------------------------- a reported stance of one's own side

@pytest.mark.parametrize("text, start, target", [
    ("Secretary Blinken said the United States will stand with the people of Moldova.", "stand", "people of Moldova"),
    ("Secretary Blinken said that the United States will continue to stand with Moldova.", "continue", "Moldova"),
    ("The Norwegian minister said that Norway will continue to stand with Moldova.", "continue", "Moldova"),
])
def test_a_reported_stance_of_the_speakers_side_is_support_voiced_now(nlp, text, start, target):
    found = linked(nlp, text)
    rows = _rows(found, start)
    assert [(r[0], r[1], r[3]) for r in rows] == [("SUPPORT", "asserted", target)], show(found)


@pytest.mark.parametrize("text, start", [
    # contrast: a third party's forecast of another's stance is no voicing of it
    ("Analysts said China will continue to support Russia.", "continue"),
    # contrast: a new act promised under a report stays a promise
    ("Secretary Blinken said the United States will provide Moldova with aid.", "provide"),
])
def test_a_forecast_or_a_promise_under_a_report_stays_to_come(nlp, text, start):
    found = linked(nlp, text)
    rows = _rows(found, start)
    assert rows and all(r[1] == "planned" for r in rows), show(found)


# ---------------------------------------------------------------- a resolve to hold a party accountable

@pytest.mark.parametrize("text, start, source", [
    ("We are determined to hold the junta accountable for the killings.", "determined", "We"),
    ("The Secretary is resolved to hold the junta accountable for the killings.", "resolved", "Secretary"),
])
def test_an_own_resolve_to_hold_a_party_accountable_is_a_threat_made_now(nlp, text, start, source):
    found = linked(nlp, text)
    assert _rows(found, start) == [("THREATEN", "asserted", source, "junta")], show(found)


def test_a_vow_to_account_joined_to_an_own_resolved_act_shares_its_resolve(nlp):
    # "resolved to stand with X and hold Y accountable": the bare conjunct is under the same resolve
    found = linked(nlp, "We are resolved to stand with Moldova and hold Russia accountable for its war.")
    assert [(r[0], r[1], r[3]) for r in _rows(found, "hold")] == [("THREATEN", "asserted", "Russia")], show(found)


@pytest.mark.parametrize("text, start", [
    # contrast: a third party's resolve shared by a conjunct stays to come
    ("Canada is resolved to stand with Moldova and hold Russia accountable for its war.", "hold"),
    # contrasts: a third party's described resolve, a bare "will" vow (events 0.7.470)
    ("Canada is determined to hold the junta accountable for the killings.", "determined"),
    ("We will hold the junta accountable for the killings.", "hold"),
])
def test_a_third_partys_resolve_or_a_vow_to_hold_accountable_stays_planned(nlp, text, start):
    found = linked(nlp, text)
    assert [(r[0], r[1]) for r in _rows(found, start)] == [("THREATEN", "planned")], show(found)


# ---------------------------------------------------------------- readiness to move forces

@pytest.mark.parametrize("text", [
    # a readiness coded THREATEN is the threat voiced now (PLOVER THREATEN is a verbal act), above
    # all with a condition on the adversary (review 49a; events 0.8.209)
    "We are ready to deploy soldiers to Estonia if Belarus attacks.",
    "The Pentagon remains ready to deploy troops to Lithuania.",
])
def test_readiness_to_deploy_troops_read_as_a_threat_is_made_when_said(nlp, text):
    found = linked(nlp, text)
    rows = _rows(found, "ready")
    assert rows and all(r[:2] == ("THREATEN", "asserted") for r in rows), show(found)


def test_readiness_to_impose_a_measure_stays_a_threat_made_now(nlp):
    # contrast (events 0.8.180): a coercive measure the own side is prepared to take is the threat made
    found = linked(nlp, "We are prepared to impose sanctions on the junta.")
    assert _rows(found, "prepared") == [("THREATEN", "asserted", "We", "junta")], show(found)


# ---------------------------------------------------------------- stand behind / side with

@pytest.mark.parametrize("text, start, target", [
    ("We stand behind the people of Moldova.", "stand", "people of Moldova"),
    ("We side with the people of Moldova.", "side", "people of Moldova"),
    # a held stance under a bare "will", as "will stand with X" (events 0.8.188)
    ("The United States will stand behind Moldova as long as it takes.", "stand", "Moldova"),
])
def test_standing_behind_or_siding_with_a_party_backs_it(nlp, text, start, target):
    found = linked(nlp, text)
    assert [(r[0], r[1], r[3]) for r in _rows(found, start)] == [("SUPPORT", "asserted", target)], show(found)


@pytest.mark.parametrize("text", [
    # contrasts: no party behind which one stands
    "We stand behind our commitments to our allies.",
    "The crowd stood behind the barrier.",
])
def test_standing_behind_a_thing_or_a_place_backs_no_one(nlp, text):
    found = linked(nlp, text)
    assert not [e for e in found if e.type in ("SUPPORT", "AGREE")], show(found)


# ---------------------------------------------------------------- oppose + gerund

def test_opposing_a_proposition_stands_against_its_party(nlp):
    found = linked(nlp, "We strongly oppose sending weapons to the junta.")
    assert _rows(found, "oppose") == [("REJECT", "asserted", "We", "junta")], show(found)


@pytest.mark.parametrize("text", [
    "The United States opposes holding elections under the junta.",
    # review 49a: PLOVER REJECT needs no recipient, so a hostile proposition with no favoured party
    # keeps its REJECT (events 0.8.209)
    "Canada opposes easing the trade restrictions on Venezuela.",
])
def test_opposing_a_proposition_with_no_favoured_party_keeps_its_reject(nlp, text):
    found = linked(nlp, text)
    rows = _rows(found, "oppose")
    assert [r[:2] for r in rows] == [("REJECT", "asserted")] and rows[0][3] is None, show(found)


def test_opposing_a_partys_act_keeps_its_reading(nlp):
    # contrast: an act noun with its doer is that doer's, as before
    found = linked(nlp, "We oppose the junta's attempt to annex the region.")
    assert ("DISAPPROVE", "asserted", "We", "junta") in _rows(found, "oppose"), show(found)
