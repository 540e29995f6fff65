"""Generic events are no specific occurrences (stop 46, issue 6; ACE / TimeML genericity, PLOVER
codes specific events between identified actors):

- an agentless custody participle on a noun placed only in the world at large ("abroad", "around
  the world") or quantified by "all / every / each" with no state's place names the class of
  whoever is so held (check not-free-choice, frames._generic_participle_class): no act of a state,
  and so no source taken from the article's context;
- a sought imposition of costs with no party of its own whose purpose clause aims only at a
  generic class ("to deter corrupt officials") states a program's standing purpose (check
  not-generic-culprit, frames._generic_purpose_class): no threat.

Contrasts keep their act: a counted group, a place naming a state, a "by" agent, a named target.
Sentences invented."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded as _events, explain as _explain


def _custody(nlp, text):
    return [e for e in _events(nlp, text) if e.type in ("COERCE", "ASSAULT")]


@pytest.mark.parametrize("text", [
    "We remain committed to securing the freedom of all U.S. nationals wrongfully detained abroad.",
    "We remain committed to securing the freedom of U.S. nationals wrongfully detained around the world.",
])
def test_a_custody_participle_on_a_generic_class_is_no_act(base_nlp, text):
    events = _custody(base_nlp, text)
    assert not events, _explain(events)


@pytest.mark.parametrize("text, target", [
    # a counted group, a place naming a state: a definite set held by that state
    ("We call for the release of all five journalists detained in Iran.", "five journalists"),
    ("We call for the release of all Americans detained in Russia.", "Americans"),
    ("The journalists detained in Iran were freed on Monday.", "journalists"),
])
def test_a_definite_or_placed_custody_keeps_its_act(base_nlp, text, target):
    events = [e for e in _custody(base_nlp, text) if e.trigger == "detained"]
    assert [(e.type, e.target_text) for e in events] == [("COERCE", target)], _explain(events)


def test_a_custody_participle_with_its_agent_keeps_its_act(base_nlp):
    text = "We call for the immediate release of all hostages held by militants in the city."
    events = _custody(base_nlp, text)
    assert [(e.source_text, e.target_text) for e in events] == [("militants", "hostages")], _explain(events)


@pytest.mark.parametrize("text", [
    "Under this sanctions program, the government seeks to impose serious consequences to deter corrupt officials "
    "and promote accountability for abuses.",
    "Through its visa policy, the government seeks to impose real costs to discourage bad actors from undermining "
    "elections.",
    "The government seeks to impose costs to deter those who undermine elections.",
])
def test_a_standing_purpose_against_a_generic_class_is_no_threat(base_nlp, text):
    events = _events(base_nlp, text, "THREATEN")
    assert not events, _explain(events)


@pytest.mark.parametrize("text", [
    "The United States seeks to impose sanctions on Russia.",
    "The United States seeks to impose consequences on Russia for its aggression.",
])
def test_a_sought_imposition_on_a_named_party_keeps_its_threat(base_nlp, text):
    events = _events(base_nlp, text, "THREATEN")
    assert [(e.source_text, e.target_text, e.status) for e in events] == [("United States", "Russia", "planned")], \
        _explain(events)


def test_a_purpose_aimed_at_a_named_party_keeps_the_threat(base_nlp):
    events = _events(base_nlp, "The United States seeks to impose costs to deter Russia from further aggression.",
                     "THREATEN")
    assert [e.source_text for e in events] == ["United States"], _explain(events)
