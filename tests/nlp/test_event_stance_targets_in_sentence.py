"""Targets of stance events that their own sentence names in two grammatical shapes (task
tgtverbal36): the origin of a criticised deed ("strikes that came from X", events/targets.py
``_act_origin``) and an object shared by verbs joined across an auxiliary ("condemn and will
expose X's policy", ``_shared_object``).

Sentences are short, written for these tests in the style of government releases."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.pipeline import extract

OUTLET = "United States Department of State"


def _events(nlp, text: str, event_type: str):
    x = extract(text, dt.date(2022, 3, 14), nlp=nlp, outlet=OUTLET)
    return [e for e in x.events if e.type == event_type]


@pytest.mark.parametrize("text, state", [
    ("We strongly condemn the rocket attacks on Haifa last night that came from Lebanon.", "LBN"),
    # (the parser hangs the relative clause on the time adverbial "last night")
    ("Canada strongly condemns the drone strikes on Basra, Iraq last night that emanated from Syria.", "SYR"),
    ("We condemn the drone strikes that originated in Syria.", "SYR"),
    ("We condemn the missile strikes launched from Syrian territory.", "SYR"),
])
def test_the_origin_of_a_condemned_deed_is_its_doer(nlp, text, state):
    stances = _events(nlp, text, "DISAPPROVE")
    assert stances and stances[0].target_acts_for == state


def test_an_origin_that_names_no_party_gives_no_target(nlp):
    stances = _events(nlp, "We condemn the attacks that came from the north.", "DISAPPROVE")
    assert stances and stances[0].target_key is None and stances[0].target_acts_for is None


def test_an_object_shared_across_an_auxiliary_is_the_first_verbs_too(nlp):
    text = "We condemn and will expose Moscow's campaign of disinformation."
    stances = _events(nlp, text, "DISAPPROVE")
    assert stances and stances[0].target_acts_for == "RUS"
