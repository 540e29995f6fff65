"""PLOVER type slips (task typeslip, events 0.7.96-typeslip), each checked against the codebook:

1. Restrictions, bans and controls of a visa, export, economic or financial kind imposed on a party,
   and bans of investment or trade, are sanctions: SANCTION 'discontinue' ("International (political
   or economic) sanctions"), not COERCE ("restrictions on political freedoms or movement").
2. A restated pledge, promise or commitment to a material act ("renewed its pledge to deliver ...",
   "reaffirmed its commitment to continue providing aid") is a promise (AGREE: "broad promises of
   future AID"), not the aid delivered.
3. A commitment is AGREE, not a demand: "committed to seeking a solution" asks no one; two parties
   "committed to continue working together" promise each other.

The sentences are written for these tests in the style of government releases and wire reports."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, linked, show


# ----------------------------------------------------------------- 1. sanctions, not coercion

@pytest.mark.parametrize("text", [
    "The European Union imposed visa restrictions on ten senior officials of the Belarusian government.",
    "The Commerce Department is imposing export controls on semiconductors destined for Iran.",
    "Canada imposed economic restrictions on Venezuela's state oil company.",
    "The United Kingdom imposed financial restrictions on three Russian banks.",
    "The United States imposed visa bans on twelve Nicaraguan judges.",
    "Japan and its partners have levied sweeping trade restrictions against Moscow.",
])
def test_restrictions_of_a_sanction_kind_are_sanctions(base_nlp, text):
    events = coded(base_nlp, text)
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "discontinue")], show(events)


def test_a_ban_on_investment_is_a_sanction(base_nlp):
    events = coded(base_nlp, "The president's order bans new investment in Russia.")
    assert [(e.type, e.target_text) for e in events] == [("SANCTION", "Russia")], show(events)


def test_rounds_of_visa_restrictions_are_sanctions(base_nlp):
    events = coded(base_nlp, "The measure builds on the Department's three rounds of visa restrictions since May.")
    assert [e.type for e in events] == ["SANCTION"], show(events)


@pytest.mark.parametrize("text", [
    # contrasts: restrictions on freedoms or movement stay COERCE
    "The police imposed restrictions on movement in the capital.",
    "The government imposed travel restrictions on journalists.",
    "The junta imposed a ban on opposition rallies.",
])
def test_restrictions_on_freedoms_or_movement_stay_coercion(base_nlp, text):
    events = coded(base_nlp, text)
    assert [e.type for e in events] == ["COERCE"], show(events)


def test_a_listed_visa_measure_without_an_agent_is_kept(base_nlp):
    # a fact sheet's list item: the publisher fills the agent later (linking), as it did for COERCE
    events = coded(base_nlp, "Action to impose visa restrictions on 40 officials responsible for undermining "
                             "democracy in Belarus.")
    assert [(e.type, e.source_text) for e in events] == [("SANCTION", None)], show(events)


# ----------------------------------------------------------------- 2. restated promises of aid

@pytest.mark.parametrize("text, target", [
    ("Germany renewed its pledge to deliver air defense systems to Kyiv.", "Kyiv"),
    ("The EU reaffirmed its promise to give financial support to the Palestinian Authority.",
     "Palestinian Authority"),
    ("Britain reaffirmed its commitment of military aid to Ukraine.", "Ukraine"),
    ("The United States renewed its commitment to providing security assistance to Ukraine.", "Ukraine"),
])
def test_a_restated_promise_of_aid_is_agree(nlp, text, target):
    events = linked(nlp, text)
    assert [(e.type, e.mode, e.target_text) for e in events] == [("AGREE", "aid", target)], show(events)


def test_a_commitment_to_continue_aid_is_no_aid_delivered(nlp):
    events = linked(nlp, "The minister reaffirmed Canada's commitment to continue providing humanitarian aid to "
                         "Syrian refugees.")
    assert [e.type for e in events] == ["AGREE"], show(events)
    assert not any(e.type == "AID" for e in events), show(events)


# ----------------------------------------------------------------- 3. commitments, not demands

def test_a_commitment_to_seek_a_settlement_is_agree(base_nlp):
    events = coded(base_nlp, "Pakistan and India pledged to seek a peaceful resolution of the border dispute.")
    assert events and all((e.type, e.mode) == ("AGREE", None) for e in events), show(events)


def test_a_commitment_to_urge_someone_stays_a_demand(base_nlp):
    # contrast: someone is asked; the promised act is a demand on that party
    events = coded(base_nlp, "France pledged to seek the release of the hostages from Tehran.")
    assert [(e.type, e.target_text) for e in events] == [("DEMAND", "Tehran")], show(events)


def test_two_parties_committing_to_continue_working_together_agree(nlp):
    events = linked(nlp, "Secretary Blinken and Foreign Minister Joly committed to continue working together to "
                         "support the people of Haiti.")
    assert [(e.type, e.source_text, e.target_text) for e in events] == [("AGREE", "Blinken", "Joly")], show(events)


def test_the_two_leaders_committing_to_work_together_agree(nlp):
    events = linked(nlp, "President Lula met Chancellor Scholz in Berlin on Monday. The two leaders committed to "
                         "work together to expand trade.")
    agreed = [e for e in events if e.type == "AGREE"]
    assert len(agreed) == 1 and "together" in agreed[0].explanation, show(events)
    assert not any(e.type in ("DEMAND", "COOPERATE") for e in events), show(events)
