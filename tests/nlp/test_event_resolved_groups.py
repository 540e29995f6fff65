"""Plural common nouns as actors that the text itself resolves (task recipE, issue 6): a body a
promised act founds ("pledged to create working groups") is no recipient of the promise, the
promise is between the meeting's two sides; "their country" after a sentence naming one state's
people is that state. Sentences are written for these tests."""

from __future__ import annotations

from tests.nlp.linked_events import explain as _explain, linked as _events

MEETING = ("President Biden met with Prime Minister Trudeau of Canada in Ottawa on Monday to discuss "
           "border security. ")


def test_a_body_the_promise_founds_is_no_recipient(nlp):
    events = _events(nlp, MEETING + "The two countries agreed to establish working groups on arms trafficking.")
    agreed = [e for e in events if e.trigger.startswith("agreed")]
    assert agreed, _explain(events)
    assert all(e.target_text != "working groups" for e in agreed), _explain(agreed)
    assert any(e.source_acts_for == "USA" and e.target_acts_for == "CAN" for e in agreed), _explain(agreed)


def test_both_countries_promising_a_new_body_promise_it_to_no_one(nlp):
    # "both countries" is the two states named before (descriptions); the task force is promised
    events = _events(nlp, "Canada and the United States held talks on border security in Ottawa on Monday. Both "
                     "countries pledged to set up a joint task force on fentanyl trafficking.")
    pledge = [e for e in events if e.trigger.startswith("pledged")]
    assert pledge and all(e.target_text is None or "task force" not in e.target_text for e in pledge), \
        _explain(events)


def test_a_promise_to_a_named_party_keeps_it(nlp):
    # contrast: a party named inside the promised act is still its target
    events = _events(nlp, "The United States pledged to provide humanitarian aid to Haiti.")
    pledge = [e for e in events if e.trigger.startswith("pledged")]
    assert any(e.target_key == "country:HTI" for e in pledge), _explain(events)


UKRAINIANS = "We honor the soldiers of Ukraine and all Ukrainian citizens who are defending their homeland. "


def test_their_country_continues_the_people_named_before(nlp):
    events = _events(nlp, UKRAINIANS + "The United States and its partners support their efforts to defend their "
                     "country.")
    support = [e for e in events if e.trigger.startswith("support")]
    assert support and all(e.target_acts_for == "UKR" for e in support), _explain(events)


def test_their_country_with_two_peoples_before_stays_unresolved(nlp):
    # contrast: the sentence before names two states' people, "their" could be either
    events = _events(nlp, "Ukrainian and Moldovan farmers are struggling with high fuel prices. The United States "
                     "supports their efforts to rebuild their country.")
    support = [e for e in events if e.trigger.startswith("support")]
    assert all(e.target_acts_for not in ("UKR", "MDA") for e in support), _explain(events)
