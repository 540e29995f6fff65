"""Object classes decide a trigger's sense (round 3 of the s12 judgement, seed 4242 on the demo
corpus): force, coercion and aid take concrete objects, rallying actors is support, a cyber attack
is coercion, and barring one's own persons from dealing with X sanctions X."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded as _events


@pytest.mark.parametrize("text", [
    # an abstract object makes the verb figurative: CAMEO 18-20 / 07 objects are people, places, goods
    "The American president succeeded in capturing the imagination of the Arabic herd.",
    "This will give the Administration additional means to target the regime while allowing the "
    "flexibility necessary to continue to support the people of Nicaragua.",
    # a message sent to nobody is a signal, no consultation
    "I think the Prime Minister sent a very strong message by being here today on day one of the conference.",
    "The speech delivered at the University of Cairo was punctuated by much applause.",
    # efforts intensified are no forces mobilised (CAMEO 15x takes police, military, troops)
    "Germany will intensify its efforts within the Normandy Format to facilitate the implementation "
    "of the Minsk agreements.",
])
def test_abstract_object_makes_no_event(base_nlp, text):
    assert not _events(base_nlp, text), [e.explanation for e in _events(base_nlp, text)]


@pytest.mark.parametrize("text, trigger", [
    # events 0.7.165, base demo: a faculty or facts taken are no force (af.mil: COERCE seize at 0.045)
    ("\u201cThat\u2019s when the Army took notice,\u201d Carlton said.", "took"),
    # State Department on filtration (ASSAULT at 0.052): the object shared with "store" counts
    ("During this process, Russian authorities also reportedly capture and store biometric and personal data, "
     "subject civilians to invasive searches and interrogations.", "capture"),
])
def test_abstract_or_shared_abstract_object_makes_no_event(base_nlp, text, trigger):
    events = [e for e in _events(base_nlp, text) if e.trigger.startswith(trigger)]
    assert not events, [e.explanation for e in events]


def test_a_shared_concrete_object_keeps_the_sense(base_nlp):
    events = _events(base_nlp, "Russian forces captured and destroyed the bridge at Irpin.")
    assert [e for e in events if e.type == "ASSAULT" or e.type == "COERCE"], [e.explanation for e in events]


def test_concrete_objects_keep_the_sense(base_nlp):
    events = _events(base_nlp, "Russian forces captured the city of Kherson.")
    assert [e for e in events if e.type in ("ASSAULT", "COERCE")], [e.explanation for e in events]
    events = _events(base_nlp, "The United States will give Ukraine additional artillery rounds.")
    assert [e for e in events if e.type in ("AID", "AGREE")], [e.explanation for e in events]


def test_rallying_actors_is_support(base_nlp):
    # CAMEO 053 "rally support on behalf of" -> PLOVER SUPPORT (others rallied to an act of their own,
    # "to place international controls", are not: tests/nlp/test_event_rally_purpose.py)
    # (Stop 49: "rallied the world" for no one named is no event: tests/nlp/test_event_rally_parties.py)
    events = _events(base_nlp, "The United States has rallied its allies in response, working with them to "
                     "provide Ukraine with security assistance.")
    rallies = [e for e in events if e.trigger.startswith("rall")]
    assert rallies and all(e.type == "SUPPORT" for e in rallies), [e.explanation for e in rallies]
    assert "United States" in rallies[0].source_text


def test_mobilising_partners_is_support_and_mobilising_forces_stays(base_nlp):
    # RALLY and MOBILISE share the CAMEO MOBILIZE synset; with allies/partners as object: 053
    events = _events(base_nlp, "Over the past week alone, USAID has rapidly deployed four planeloads of lifesaving "
                     "supplies from our warehouse in Dubai and mobilized our partners to immediately stand up surge support.")
    assert [e for e in events if e.trigger == "mobilized" and e.type == "SUPPORT"], [e.explanation for e in events]
    events = _events(base_nlp, "Russia is mobilizing its troops near Ukraine.")
    assert [e for e in events if e.type == "MOBILIZE"], [e.explanation for e in events]


def test_rallying_without_an_object_stays_protest(base_nlp):
    events = _events(base_nlp, "Thousands of protesters rallied in the capital.")
    assert [e for e in events if e.type == "PROTEST"], [e.explanation for e in events]


def test_barring_own_persons_from_dealing_is_a_sanction_on_the_partner(base_nlp):
    events = _events(base_nlp, "Accordingly, all U.S. persons are generally prohibited from engaging in "
                     "transactions with Sberbank or Alfa Bank.")
    assert events and all(e.type == "SANCTION" for e in events), [e.explanation for e in events]
    assert {e.target_text for e in events} >= {"Sberbank", "Alfa Bank"}
    assert all(e.source_text == "U.S." for e in events)


def test_prohibition_without_a_dealing_partner_stays_coercion(base_nlp):
    # barred from an act, not from dealing with someone: the barred persons are coerced (told in
    # the past: the present "are prohibited" with no doer and no date is a standing rule)
    events = _events(base_nlp, "Opposition parties were prohibited from holding rallies in the capital.")
    assert [(e.type, e.mode, e.target_text) for e in events] == [("COERCE", "ban", "Opposition parties")]


@pytest.mark.parametrize("text,source", [
    ("In some cases, we are aware that PRC government-affiliated cyber operators have conducted ransomware "
     "operations against private companies that have included ransom demands of millions of dollars.", "PRC"),
    ("Russian hackers attacked the networks of Ukrainian banks.", "Russian hackers"),
    ("The Church of Scientology's website is being attacked by hackers.", "hackers"),
    # the event noun too: "a ransomware attack by X on Y"
    ("The United States condemns the ransomware attack by DarkSide on Colonial Pipeline.", "DarkSide"),
])
def test_cyber_attack_is_coerce_cyber(base_nlp, text, source):
    # PLOVER COERCE mode cyber: "cyber attacks and crime, including hacking, security breaches"
    events = [e for e in _events(base_nlp, text) if e.type in ("ASSAULT", "COERCE")]
    assert events and all((e.type, e.mode) == ("COERCE", "cyber") for e in events), [e.explanation for e in events]
    assert source in events[0].source_text


def test_armed_attack_stays_assault(base_nlp):
    events = _events(base_nlp, "Russian forces attacked the city of Kharkiv.")
    assert [e for e in events if e.type == "ASSAULT"], [e.explanation for e in events]
