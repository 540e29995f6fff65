"""A ruling rendered is no aid handed over (events 0.8.112; WordNet {render, deliver, return}
"pass down: 'render a verdict', 'deliver a judgment'"): invented sentences."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import linked, show


@pytest.mark.parametrize("text", [
    "An arbitral tribunal delivered a decision rejecting Chile's claims to the islands.",
    "The court delivered its verdict against the opposition leader on Monday.",
    "The judge gave his ruling on the case of the detained journalists.",
])
def test_a_ruling_delivered_is_no_aid(nlp, text):
    assert [e for e in linked(nlp, text) if e.type == "AID"] == []


@pytest.mark.parametrize("text, target", [
    # near misses: goods delivered or given stay AID, also beside a decision named elsewhere
    ("The United States delivered ammunition to Ukraine.", "Ukraine"),
    ("After the court's decision, Japan gave Moldova $10 million in aid.", "Moldova"),
])
def test_goods_delivered_stay_aid(nlp, text, target):
    events = [e for e in linked(nlp, text) if e.type == "AID"]
    assert [e.target_text for e in events] == [target], show(events)
