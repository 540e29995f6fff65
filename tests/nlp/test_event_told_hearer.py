"""An offer or refusal told to someone in a "that" clause is addressed to that hearer where the act
names no one itself (PLOVER AGREE / REJECT: the recipient is the one it is made to;
targets._told_hearer, task parties44). A past act reported to someone, or words told to the
press, are addressed to no one. Sentences are written for this test."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def _of(events, event_type):
    return [e for e in events if e.type == event_type]


def test_a_refusal_told_to_a_leader_is_addressed_to_that_leader(base_nlp):
    events = _of(_events(base_nlp, "Prime Minister Modi assured President Biden that India will not accept any "
                                   "change to the border."), "REJECT")
    assert events and all("Biden" in (e.target_text or "") for e in events), _explain(events)


def test_a_readiness_made_clear_with_a_leader_is_addressed_to_that_leader(base_nlp):
    text = ("The president was clear with President Putin that the United States remains prepared to engage in "
            "diplomacy.")
    events = _of(_events(base_nlp, text), "AGREE")
    assert events and all("Putin" in (e.target_text or "") for e in events), _explain(events)


def test_words_told_to_reporters_are_addressed_to_no_one(base_nlp):
    # contrast: the press is the public's channel, not the party refused
    events = _of(_events(base_nlp, "The foreign minister told reporters that Germany will not accept the proposal."),
                 "REJECT")
    assert events and all(e.target_text != "reporters" for e in events), _explain(events)


def test_a_past_refusal_reported_to_a_council_is_not_aimed_at_it(base_nlp):
    # contrast: a report of what a third party did, no commitment told to the hearer
    events = _of(_events(base_nlp, "The ambassador told the Security Council that Russia had refused to allow "
                                   "inspections."), "REJECT")
    assert events and all("Council" not in (e.target_text or "") for e in events), _explain(events)


def test_a_past_refusal_in_a_clause_before_a_promise_is_not_told_to_the_hearer(base_nlp):
    # contrast: the future auxiliary is the promise's, not the refusal's; the refusal is reported
    text = ("The envoy told President Macron that although Iran rejected the deal, the United States will "
            "keep talking.")
    refusals = _of(_events(base_nlp, text), "REJECT")
    assert refusals and all("Macron" not in (e.target_text or "") for e in refusals), _explain(refusals)

