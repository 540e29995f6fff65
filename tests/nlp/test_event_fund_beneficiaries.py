"""Whom money put into a fund is for (PLOVER AID: the recipient): an investing noun's "in"
phrase names what the money goes into ("investments of $1 billion in X"), and a fund or financing
window found there passes it on to whom its "for" phrase names ("the Green Fund for X"), when the
act names no other target. Invented sentences; contrasts must stay as they are."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, explain


@pytest.mark.parametrize("text, target", [
    ("Japan will promote and support investments of at least $1 billion in the Green Fund for Moldova.", "Moldova"),
    ("Canada will support investments of at least $2 billion in the Clean Energy Fund for Ukraine.", "Ukraine"),
    ("Japan will support investments in the Recovery Fund for Ukraine.", "Ukraine"),
    ("Japan will support investments in Ukraine.", "Ukraine"),
    # a fund with no "for" phrase is itself what the money goes to
    ("Japan will support investments in the Recovery Fund.", "Recovery Fund"),
])
def test_money_put_into_a_fund_goes_to_whom_it_is_for(base_nlp, text, target):
    events = [e for e in coded(base_nlp, text) if e.trigger == "support"]
    assert events and all(e.target_text == target for e in events), explain(events)


@pytest.mark.parametrize("text", [
    # contrasts: an investment in a sector names no recipient
    "Japan will support investments in renewable energy.",
])
def test_investment_in_a_thing_names_no_recipient(base_nlp, text):
    events = [e for e in coded(base_nlp, text) if e.trigger == "support"]
    assert events and all(e.target_text is None for e in events), explain(events)


def test_sanctioned_investment_keeps_its_target(base_nlp):
    events = coded(base_nlp, "The United States banned new investment in Russia.", "SANCTION")
    assert events and all(e.target_text == "Russia" for e in events), explain(events)
