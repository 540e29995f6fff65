"""Trigger senses PLOVER does not code, and commitments the parser hides (events 0.7.911), with
invented newswire-style sentences:

- condolences and sympathy offered, sent, extended, voiced or expressed are CAMEO 018 "make
  empathetic comment", of the CAMEO 01 public-statement family PLOVER drops (CAMEO2PLOVER-2021
  maps no 01x code): no event; praise, welcome and endorsement stay SUPPORT;
- "charged with" a duty (a remit noun, or the gerund of running or checking a thing) entrusts it
  (WordNet charge v.4), no accusation; a crime charged stays one;
- a promise verb the tagger read as a plural noun ("The United States pledges to ...", with its
  subject and infinitive) is still the promise; "commit(s) to" an act that is no event of its own
  is a promise (PLOVER AGREE), a standing "is committed to" is not."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, explain


@pytest.mark.parametrize("text", [
    "The ministry extends its condolences to the families of the victims.",
    "The President offered his condolences to Prime Minister Modi.",
    "We send our deepest condolences to all those who lost a loved one.",
    "The Prime Minister voiced sympathy for the families of the miners.",
    "The Foreign Minister expressed her concern and condolences for the loss of life in the earthquake.",
])
def test_condolences_and_sympathy_are_no_event(base_nlp, text):
    events = coded(base_nlp, text)
    assert not [e for e in events if e.type in ("SUPPORT", "DISAPPROVE", "AGREE")], explain(events)


@pytest.mark.parametrize("text, trigger", [
    # contrast: real backing stays SUPPORT
    ("The minister praised the government for its decision.", "praised"),
    ("The council welcomed the decision to hold elections.", "welcomed"),
    ("The President offered congratulations to the people of Peru.", "offered"),
])
def test_praise_and_welcome_stay_support(base_nlp, text, trigger):
    events = coded(base_nlp, text)
    assert [e for e in events if e.type == "SUPPORT" and e.trigger.startswith(trigger)], explain(events)


@pytest.mark.parametrize("text", [
    "The new agency is charged with overseeing the reconstruction of the port.",
    "The committee was charged with the task of drafting a new constitution.",
    "The general was charged with overseeing the programme.",
])
def test_a_duty_charged_is_no_accusation(base_nlp, text):
    events = coded(base_nlp, text)
    assert not [e for e in events if e.trigger.startswith("charged")], explain(events)


@pytest.mark.parametrize("text", [
    "The former minister was charged with corruption and money laundering.",
    # a managing verb whose phrase names a crime is charged as one
    "The general was charged with overseeing the torture of detainees.",
    # ... and so is one whose phrase names an act of force (COERCE / ASSAULT noun, a siege)
    "The minister was charged with implementing the mass deportation of Crimean Tatars.",
    "The colonel was charged with supervising the shelling of Kharkiv.",
    "The officer was charged with enforcing the siege of Mariupol.",
    "The general was charged with overseeing the deportation of Ukrainian children.",
])
def test_a_crime_charged_stays_an_accusation(base_nlp, text):
    events = coded(base_nlp, text)
    assert [e for e in events if e.type == "DISAPPROVE" and e.trigger.startswith("charged")], explain(events)


def test_a_promise_verb_read_as_a_noun_is_still_the_promise(base_nlp):
    text = "The United States pledges to provide $50 million to Haiti."
    assert base_nlp(text)[3].pos_ == "NOUN"  # the tagger's misreading this reading repairs
    events = coded(base_nlp, text)
    assert [e.type for e in events] == ["AGREE"] and events[0].source_text == "United States", explain(events)
    assert events[0].status == "asserted", explain(events)


@pytest.mark.parametrize("text", [
    "The United States commits to receiving increased referrals of refugees from Haiti.",
    "Germany commits to establish and administer a Green Fund for Ukraine.",
])
def test_a_commitment_to_an_act_of_no_type_is_a_promise(base_nlp, text):
    events = coded(base_nlp, text)
    assert [e for e in events if e.type == "AGREE" and e.trigger.startswith("commits")], explain(events)


def test_a_standing_commitment_promises_nothing_new(base_nlp):
    events = coded(base_nlp, "The United States remains committed to receiving refugees from Haiti.")
    assert not [e for e in events if e.type == "AGREE"], explain(events)
