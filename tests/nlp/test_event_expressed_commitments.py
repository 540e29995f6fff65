"""Expressions and commitments told with other verbs (judged demo events, s20): solidarity
"offered" is expressed support (CAMEO "EXPRESS + SOLIDARITY" 051, PLOVER SUPPORT), not an offer of
future help; a restated commitment to forging or deepening a relationship is the codebook's AGREE
("commitment to cooperate"), not SUPPORT. Demo sentences are marked; the rest are contrasts."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


@pytest.mark.parametrize("text, target", [
    # demo corpus (State Department readout)
    ("The Secretary offered steadfast solidarity with the Ukrainian people.", "Ukrainian people"),
    ("The Prime Minister extended Japan's solidarity to the people of Turkey.", "Turkey"),
])
def test_offered_solidarity_is_support(base_nlp, text, target):
    events = coded(base_nlp, text)
    assert [e.type for e in events if "solidarity" in e.trigger] == ["SUPPORT"], show(events)
    assert any(target in (e.target_text or "") for e in events), show(events)


def test_an_offer_of_help_stays_an_intent(base_nlp):
    events = coded(base_nlp, "Germany offered help to the flood victims in Pakistan.")
    assert any(e.type == "AGREE" and "offer" in e.trigger for e in events), show(events)


@pytest.mark.parametrize("text", [
    # demo corpus (White House readout), shortened
    "Mr. Finer stressed the Administration's commitment to forging a close relationship with Colombia.",
    "The minister reaffirmed Japan's commitment to deepening its partnership with India.",
])
def test_a_commitment_to_a_closer_tie_is_agree(base_nlp, text):
    events = coded(base_nlp, text)
    commitment = [e for e in events if "commitment" in e.trigger]
    assert commitment and all(e.type == "AGREE" for e in commitment), show(events)


def test_a_commitment_to_a_cause_stays_support(base_nlp):
    events = coded(base_nlp, "The Secretary stressed the United States' commitment to Ukraine's sovereignty.")
    assert any(e.type == "SUPPORT" and "commitment" in e.trigger for e in events), show(events)
