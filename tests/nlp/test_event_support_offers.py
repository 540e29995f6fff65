"""Support offered, pledged or promised (task offer40): PLOVER AGREE "agree to, offer, promise" with
the promised act as mode, as PETRARCH2's CAMEO.2.0 codes "OFFER * SUPPORT" [030] and "PLEDGE *
{FINANCIAL SUPPORT}" [0331]; support given or extended stays AID, solidarity offered stays SUPPORT,
and an offer made as the purpose of a call told as done is what the call did. Invented sentences."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, explain


def _triggered(events, start):
    return [e for e in events if e.trigger.startswith(start)]


@pytest.mark.parametrize("text, trigger, mode", [
    ("The minister offered continued support to the people of Moldova.", "offered", "support"),
    ("The Secretary pledged U.S. support for the peace process.", "pledged", "support"),
    # a material kind of support promised is promised aid (CAMEO 033 / 0331)
    ("Japan offered technical support to the Kenyan police.", "offered", "aid"),
    ("France pledged financial support to Niger.", "pledged", "aid:economic"),
])
def test_support_offered_or_pledged_is_a_promise(base_nlp, text, trigger, mode):
    events = _triggered(coded(base_nlp, text), trigger)
    assert [(e.type, e.mode) for e in events] == [("AGREE", mode)], explain(events)


@pytest.mark.parametrize("text, trigger, event_type", [
    # given or extended support is done (CAMEO.2.0 "EXTEND * {ECONOMIC AID}" [071])
    ("Norway provided technical support to the Kenyan police.", "provided", "AID"),
    ("The United States extended technical support to the Kenyan police.", "extended", "AID"),
    # solidarity offered is expressed (CAMEO 051), no promise
    ("The minister offered solidarity to the victims of the floods.", "offered", "SUPPORT"),
])
def test_support_given_or_solidarity_offered_keeps_its_type(base_nlp, text, trigger, event_type):
    events = _triggered(coded(base_nlp, text), trigger)
    assert [e.type for e in events] == [event_type], explain(events)


@pytest.mark.parametrize("text, target", [
    ("The Secretary spoke by phone with Foreign Minister Nicu Popescu to offer continued support to the "
     "people of Moldova.", "people of Moldova"),
    ("The Secretary spoke today with Foreign Minister Nicu Popescu to offer support and condemn reports "
     "of attacks on civilians.", "Nicu Popescu"),
])
def test_an_offer_as_the_purpose_of_a_past_call_is_made_in_it(base_nlp, text, target):
    events = [e for e in _triggered(coded(base_nlp, text), "offer") if e.type == "AGREE"]
    assert events and events[0].target_text == target and events[0].status == "asserted", explain(events)


def test_an_offered_noun_the_parser_hangs_on_the_next_verbs_object_is_what_is_offered(base_nlp):
    # "to offer support and condemn reports of ...": "support" is parsed as a modifier of
    # "reports" with "condemn" its conjunct; the offer is of support, made to the partner
    text = ("The Secretary spoke today with Moldovan Foreign Minister Nicu Popescu to offer support and condemn "
            "reports of Russia’s attacks on Moldovan villages and mounting civilian deaths.")
    events = [e for e in coded(base_nlp, text) if e.type == "AGREE"]
    assert [(e.trigger, e.mode, e.target_text) for e in events] == [("offer support", "support", "Nicu Popescu")], \
        explain(events)


def test_an_agreement_as_the_purpose_of_a_meeting_stays_a_goal(base_nlp):
    # only a commissive verb is done by saying it; an agreement to reach is not told as reached
    events = [e for e in coded(base_nlp, "The two ministers met in Geneva to agree on a ceasefire.")
              if e.type == "AGREE"]
    assert not events, explain(events)
