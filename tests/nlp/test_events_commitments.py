"""Commitments and finished agreements coded as the PLOVER codebook has them (events 0.7.550):
a restated commitment to one's own cooperative act is AGREE ("indicate willingness or commitment
to cooperate"), one to a cause or to verbal backing stays SUPPORT; finalizing, concluding or inking
an agreement is SUPPORT ("ratify, sign, or finalize an agreement or treaty"), a promise to do so
AGREE."""

from __future__ import annotations

import pytest

from newsgraph.nlp.events import find_events


def _types(nlp, text, trigger_word):
    return {(e.type, e.status) for e in find_events(nlp(text)) if trigger_word in e.trigger}


@pytest.mark.parametrize("text", [
    "The Ministry reaffirms its commitment to work with the farmers of Malawi.",
    "The Ambassador underscored our commitment to pursuing regular dialogue with the Government of Peru.",
    "The Minister emphasized Canada's commitment to continue working with Chile.",
], ids=lambda t: t[:40])
def test_restated_commitment_to_own_cooperation_is_agree(base_nlp, text):
    found = _types(base_nlp, text, "commitment")
    assert found == {("AGREE", "asserted")}, found


@pytest.mark.parametrize("text", [
    "The Minister reaffirmed the commitment of Canada to supporting the people of Haiti.",
    "The Ambassador reaffirmed Japan's commitment to Ukraine's sovereignty.",
], ids=lambda t: t[:40])
def test_restated_commitment_to_backing_or_a_cause_stays_support(base_nlp, text):
    found = _types(base_nlp, text, "commitment")
    assert found == {("SUPPORT", "asserted")}, found


@pytest.mark.parametrize("text,verb", [
    ("Norway and Iceland finalized a fishing deal on Monday.", "finalized"),
    ("Kenya and Ethiopia inked a trade agreement on Monday.", "inked"),
    ("Portugal and Brazil concluded a new treaty in Lisbon.", "concluded"),
], ids=lambda t: str(t)[:40])
def test_a_finished_agreement_is_support(base_nlp, text, verb):
    found = _types(base_nlp, text, verb)
    assert found == {("SUPPORT", "asserted")}, found


def test_a_promise_to_finalize_an_agreement_is_agree(base_nlp):
    found = _types(base_nlp, "Norway and Iceland will finalize a fishing deal next month.", "finalize")
    assert found == {("AGREE", "planned")}, found


def test_a_commitment_another_person_holds_is_no_promise_of_the_speaker(base_nlp):
    text = "Prime Minister Trudeau highlighted the commitment of President Lula to pursue a fair migration policy."
    types = {t for t, _ in _types(base_nlp, text, "commitment")}
    assert "SUPPORT" in types and "AGREE" not in types, types  # the promise talked of is read, as backing
