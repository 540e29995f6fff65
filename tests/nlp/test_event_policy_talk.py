"""Policy talk stored as events (task policytalk, s17): a stance verb whose object is an abstract
principle held by no actor ("reject any notion of spheres of influence", check not-principle)
states a view, no act towards another actor. Fixture sentences are from the demo corpus
(examples/) unless marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


@pytest.mark.parametrize("text, trigger", [
    # G7 foreign ministers' statement on Ukraine: REJECT G7 -> "force" at 0.78
    ("We reject any notion of spheres of influence and any use of force that is not in compliance "
     "with international law.", "reject"),
    # contrast wording: an unowned principle backed
    ("We support the principle of peaceful settlement of disputes.", "support"),
])
def test_a_stance_on_an_unowned_principle_is_no_event(base_nlp, text, trigger):
    events = [e for e in coded(base_nlp, text) if trigger in e.trigger.lower()]
    assert not events, show(events)


@pytest.mark.parametrize("text, trigger, event_type", [
    # contrast: the notion is an actor's
    ("Ukraine rejected Russia's notion of a neutral buffer zone.", "reject", "REJECT"),
    # contrast: the idea names a counterpart
    ("The government rejected the idea of talks with the Taliban.", "reject", "REJECT"),
])
def test_an_owned_principle_keeps_the_event(base_nlp, text, trigger, event_type):
    events = [e for e in coded(base_nlp, text) if trigger in e.trigger.lower()]
    assert any(e.type == event_type for e in events), show(coded(base_nlp, text))


@pytest.mark.parametrize("text", [
    # State Department statement on the cancelled Lavrov meeting: CONCEDE (negated) USA -> RUS at 0.89
    "But we will not allow Russia to claim the pretense of diplomacy at the same time it accelerates "
    "its march down the path of conflict and war.",
])
def test_allowing_a_claim_is_no_concession(base_nlp, text):
    events = [e for e in coded(base_nlp, text) if e.type == "CONCEDE"]
    assert not events, show(events)


def test_allowing_conduct_stays_a_concession(base_nlp):
    # contrast wording: a restriction on movement eased
    text = "The government allowed the opposition leaders to leave the country."
    assert any(e.type == "CONCEDE" for e in coded(base_nlp, text)), show(coded(base_nlp, text))



def _principle_reason(nlp, text, verb_lemma, event_type):
    from newsgraph.nlp.events import Trigger, _principle_object

    verb = next(t for t in nlp(text) if t.lemma_ == verb_lemma)
    return _principle_object(Trigger(verb, verb, event_type, None, "test", [verb], 0.9))


@pytest.mark.parametrize("text, verb, event_type, dropped", [
    # G7 foreign ministers' statement on Ukraine
    ("We reject any notion of spheres of influence and any use of force that is not in compliance "
     "with international law.", "reject", "REJECT", True),
    # NGEC training text (bench train half): a proposed act rejected
    ("The Canadian government has not officially rejected the idea of holding a bilateral summit.",
     "reject", "REJECT", False),
    # contrast wording: a bare "the idea" points back to a proposal named before
    ("The opposition party has supported the idea for months.", "support", "SUPPORT", False),
    # contrast wording: a recipient named with "to"
    ("We reject any notion of spheres of influence put to us by Moscow.", "reject", "REJECT", False),
])
def test_check_not_principle(base_nlp, text, verb, event_type, dropped):
    assert bool(_principle_reason(base_nlp, text, verb, event_type)) is dropped


def test_a_years_visa_count_is_no_cooperation(base_nlp):
    # the task's wording of a consular statistic (check not-tally, since 0.7.6x)
    text = "The U.S. Embassy issued 15,000 visas to Mexican individuals in 2021."
    events = [e for e in coded(base_nlp, text) if "issue" in e.trigger.lower()]
    assert not events, show(events)
