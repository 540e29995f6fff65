"""SUPPORT vs AGREE vs AID by the PLOVER codebook (task supportaid, s17). SUPPORT is verbal backing;
a restated commitment to a material act ("commitment to assist refugees", "to economic
cooperation") is AGREE ("indicate willingness or commitment to cooperate", "broad promises of
future AID"); a contract or grant awarded is AID ("monetary aid ... grants, gifts and credit",
PETRARCH2 "AWARD + CONTRACT" [031]), an announced award AGREE. Fixture sentences are from the demo
corpus (examples/) unless marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain as _explain, linked as _events


@pytest.mark.parametrize("text, trigger, mode", [
    # State Department on Venezuelan refugees in Chile: future material help promised
    ("The United States affirms our commitment to assist Venezuelan refugees, migrants, and the host "
     "communities that support them in Chile and across the region.", "affirm", "aid"),
    # White House, North American Leaders' Summit: economic cooperation committed to
    ("President Biden and Prime Minister Trudeau reaffirmed their commitment to North American economic "
     "cooperation.", "reaffirm", "cooperate"),
])
def test_a_restated_commitment_to_a_material_act_is_agree(nlp, text, trigger, mode):
    events = [e for e in _events(nlp, text) if trigger in e.trigger.lower()]
    assert events, _explain(_events(nlp, text))
    assert all(e.type == "AGREE" and e.mode == mode for e in events), _explain(events)


@pytest.mark.parametrize("text, trigger", [
    # commitments to a cause or to a people stay verbal backing (SUPPORT)
    ("Secretary Blinken reaffirmed the U.S. commitment to the sovereignty and territorial integrity of "
     "Ukraine.", "reaffirm"),
    ("The United States is reaffirming our strong commitment to the Ukrainian people.", "reaffirm"),
])
def test_a_restated_commitment_to_a_cause_stays_support(nlp, text, trigger):
    events = [e for e in _events(nlp, text) if trigger in e.trigger.lower()]
    assert events and all(e.type == "SUPPORT" for e in events), _explain(_events(nlp, text))


def test_a_contract_awarded_is_aid(nlp):
    # White House fact sheet on U.S.-Mexico development cooperation (source as in the article)
    text = ("USAID awarded a contract to support Sembrando Oportunidades to enhance U.S. and Mexican "
            "development agencies' coordination of agricultural and youth workforce development activities.")
    events = [e for e in _events(nlp, text) if "award" in e.trigger.lower()]
    assert events and all(e.type == "AID" and e.mode == "economic" for e in events), _explain(events)


def test_an_announced_award_is_agree(nlp):
    # contrast, after the demo corpus's "will award up to 10 additional grants": a promise of aid
    text = "The State Department will award up to 10 additional grants to civil society groups in Honduras."
    events = [e for e in _events(nlp, text) if "award" in e.trigger.lower()]
    assert events and all(e.type == "AGREE" and e.status == "planned" for e in events), _explain(events)
