"""A request or order of a state's leader or organ to a named organ of the same state's executive
whose name has no organ noun ("the USTR", "the Pentagon", "the FBI") is administration inside one
government, no DEMAND (coding rules: requests to its own departments and agencies are no
interaction; events 0.8.191, assembly._own_named_organ). Contrasts: a call on the legislature or a
court (another branch), on another state's agency or government, and on a sub-national government
stay DEMAND. Sentences are invented, in White House release style."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.linked_events import linked, show

WH = "The White House"
DAY = dt.date(2024, 4, 17)


def _demands(nlp, text):
    return [e for e in linked(nlp, text, WH, DAY) if e.type == "DEMAND"]


@pytest.mark.parametrize("text, organ", [
    ("The Office of the U.S. Trade Representative (USTR) leads trade talks. The President is calling on "
     "the USTR to weigh higher duties on Chinese solar panels.", "USTR"),
    ("President Biden asked the Pentagon to review its purchases of Chinese drones.", "Pentagon"),
    ("President Biden urged the FBI to investigate the hacking by Chinese agents.", "FBI"),
    ("The President urged NASA to cooperate with the Indian space agency.", "NASA"),
])
def test_a_call_on_ones_own_named_agency_is_no_demand(nlp, text, organ):
    found = _demands(nlp, text)
    assert not [e for e in found if e.target_text == organ], show(found)


@pytest.mark.parametrize("text, target, state, sector", [
    # another branch: the coding rules keep a call on the legislature or a court
    ("President Biden is calling on Congress to pass the bill.", "Congress", "USA", "LEG"),
    ("The President called on the Supreme Court to uphold the law.", "Supreme Court", "USA", "JUD"),
    # another state's agency or government
    ("President Biden called on Japan's Ministry of Finance to lift the ban on American beef.",
     "Ministry of Finance", "JPN", "GOV"),
    ("President Biden urged the Japan Coast Guard to monitor Chinese vessels.", "Japan Coast Guard", "JPN", "MIL"),
    ("President Biden urged the Chinese government to stop the dumping of steel.", "Chinese government", "CHN",
     "GOV"),
    # a legislature the sector table reads as GOV (a "<State> Assembly" with no legislature word
    # it knows) is still another branch (event_detection.yaml own_named_organ_branch_heads)
    ("Albanian ministers asked the Albania Assembly to approve the budget.", "Albania Assembly", "ALB", "GOV"),
    ("Kosovo government officials demanded help from the Kosovo Assembly in recovering the land.",
     "Kosovo Assembly", "XKX", "GOV"),
    # in "X of Y" the head noun stands before "of"
    ("Albanian ministers asked the Assembly of Albania to approve the budget.", "Assembly of Albania", "ALB", "GOV"),
    # a sub-national government is no organ of the national executive
    ("The Italian government asked the Municipality of Livorno to close the port.", "Municipality of Livorno",
     "ITA", "GOV"),
])
def test_a_call_on_another_branch_state_or_level_stays_a_demand(nlp, text, target, state, sector):
    found = _demands(nlp, text)
    assert [(e.target_text, e.target_acts_for, e.target_sector) for e in found] == [(target, state, sector)], \
        show(found)
