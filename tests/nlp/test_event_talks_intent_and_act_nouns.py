"""Stop 45 (issue 6) fault classes of the modes task, with invented newswire-style sentences:

1. A promise of, or readiness for, diplomacy with a party is an intent to negotiate (CAMEO 036
   "express intent to meet or negotiate"): AGREE with the promised act CONSULT (mode 'consult'), as
   for talks, dialogue and negotiations, not 'support'. PETRARCH2's "ENGAGE (IN DIPLOMACY)" [050] is
   read as the talks it names (diplomacy: the conduct of negotiations; CAMEO 046 "engage in
   negotiation" with talks or dialogue -> CONSULT).
2. The noun of a light-verb phrase that is the act itself ("use force") is never the act's target:
   a bare "force" is the mass noun of the act (violence) or the idiom's or doer's own ("joined forces",
   "withdrew forces"), not a body acted on; the party the act is aimed at is ("against X")."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, explain


def _with_trigger(nlp, text, start):
    events = coded(nlp, text)
    found = [e for e in events if e.trigger.startswith(start)]
    assert found, explain(events)
    return found


@pytest.mark.parametrize("text, start", [
    ("Canada is committed to engage in diplomacy with Iran.", "committed"),
    ("Canada remains prepared to engage in diplomacy with Iran.", "prepared"),
    ("The minister said Norway is ready to engage in sustained diplomacy with Venezuela.", "ready"),
])
def test_an_intent_to_engage_in_diplomacy_is_agree_consult(base_nlp, text, start):
    events = _with_trigger(base_nlp, text, start)
    assert all(e.type == "AGREE" and e.mode == "consult" for e in events), explain(events)


@pytest.mark.parametrize("text, start", [
    # contrasts that already read as talks and must stay so
    ("Canada is committed to engage in dialogue with Iran.", "committed"),
    ("Canada is committed to engage in negotiations with Iran.", "committed"),
])
def test_an_intent_to_engage_in_talks_stays_agree_consult(base_nlp, text, start):
    events = _with_trigger(base_nlp, text, start)
    assert all(e.type == "AGREE" and e.mode == "consult" for e in events), explain(events)


def test_engaging_in_diplomacy_with_a_party_is_consult(base_nlp):
    events = _with_trigger(base_nlp, "Canada engaged in diplomacy with Iran last year.", "engaged")
    assert [e.type for e in events] == ["CONSULT"], explain(events)


def test_a_pledge_of_support_keeps_its_support_mode(base_nlp):
    # contrast: the promised act is backing, not talks
    events = _with_trigger(base_nlp, "Canada pledged support to Ukraine.", "pledged")
    assert all(e.type == "AGREE" and e.mode == "support" for e in events), explain(events)


@pytest.mark.parametrize("text, target", [
    ("Canada will not use force against Iran.", "Iran"),
    ("The regime used excessive force against peaceful protesters.", "peaceful protesters"),
])
def test_the_force_used_is_not_the_target(base_nlp, text, target):
    events = _with_trigger(base_nlp, text, "use")
    assert [(e.type, e.target_text) for e in events] == [("ASSAULT", target)], explain(events)


@pytest.mark.parametrize("text, start, target", [
    ("Finland and Sweden joined forces with Norway.", "joined", "Norway"),
    ("Russia withdrew forces from Kherson.", "withdrew", "Kherson"),
])
def test_a_bare_plural_act_noun_is_not_the_target(base_nlp, text, start, target):
    events = _with_trigger(base_nlp, text, start)
    assert {e.target_text for e in events} == {target}, explain(events)


def test_an_opposition_dropped_is_not_the_target(base_nlp):
    events = _with_trigger(base_nlp, "The government dropped opposition to the plan.", "dropped")
    assert all(e.type == "CONCEDE" and e.target_text != "opposition" for e in events), explain(events)


def test_force_used_on_nobody_named_has_no_target(base_nlp):
    events = _with_trigger(base_nlp, "The police used force to disperse the crowd.", "used")
    assert all(e.type == "ASSAULT" and e.target_text != "force" for e in events), explain(events)


@pytest.mark.parametrize("text, start, target", [
    # contrasts: forces as a body, with a possessor, keep their readings
    ("Russia used its forces against Ukraine.", "used", "Ukraine"),
    ("Russia withdrew its forces from Kherson.", "withdrew", "Kherson"),
])
def test_forces_as_a_body_keep_their_reading(base_nlp, text, start, target):
    events = _with_trigger(base_nlp, text, start)
    assert [e.target_text for e in events] == [target], explain(events)
