"""Check not-reported-effort: acts inside the efforts, steps or measures a verb of telling or
reviewing has as its object are the topic of the talk, no event of the speaker."""

from __future__ import annotations

import pytest

from newsgraph.nlp.events import find_events


@pytest.mark.parametrize("text", [
    "The Secretary described U.S. efforts to support Ukraine, including by imposing sanctions on Russian banks.",
    "The minister outlined the steps taken by his government to stabilize the region, including by sanctioning "
    "militia leaders.",
    "The ambassador briefed the council on efforts to hold Moscow accountable, including by sanctioning "
    "Russian officials.",
])
def test_acts_inside_reported_efforts_are_no_events(base_nlp, text):
    types = {e.type for e in find_events(base_nlp(text))}
    assert "SANCTION" not in types


def test_an_act_in_its_own_finite_clause_stays(base_nlp):
    text = "The Secretary described the plan and imposed sanctions on Russian banks."
    assert any(e.type == "SANCTION" for e in find_events(base_nlp(text)))


def test_an_act_done_by_means_of_another_stays(base_nlp):
    text = "The United States imposed sanctions on Russia, including by blocking its central bank."
    assert any(e.type == "SANCTION" for e in find_events(base_nlp(text)))
