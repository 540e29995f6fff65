"""The "to" phrase of a verb whose frame has a Recipient (English dative alternation; VerbNet
give-13.1, future_having-13.3, send-11.1, complain-37.8 ...: event_detection.yaml
recipient_to_verbs, addressed_to_verbs) names the event's target where it is an object pronoun
(resolved by coreference) or a plural noun Phoenix codes as a sector's agent ("schools" EDU):
"offered X to schools", "complained to her". Other verbs' "to" is a goal or a scope, no recipient
(``targets._dative_recipient``). All sentences are invented."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

from tests.nlp.linked_events import explain

DAY = dt.date(2022, 6, 28)


def _events(text, lemma):
    return [e for e in extract(text, DAY).events if e.trigger.lower().startswith(lemma)]


def test_institutions_in_the_to_phrase_of_an_offer_are_its_targets():
    events = _events("The space agency is also offering surplus engine parts to schools and universities "
                     "that teach aeronautics.", "offer")
    assert sorted(e.target_text for e in events) == ["schools", "universities"], explain(events)
    assert all("dative" in e.explanation for e in events), explain(events)


def test_a_pronoun_addressed_by_a_complaint_is_the_person_it_resolves_to():
    events = _events("Senator Mary Lopez says that officials of the ruling party have complained to her "
                     "about the delays.", "complain")
    assert [(e.type, e.target_text, e.target_key) for e in events] == [
        ("DISAPPROVE", "her", "person:mary-lopez")], explain(events)


def test_the_addressee_pronoun_may_resolve_to_a_person_of_an_earlier_sentence():
    events = _events("Finance Minister John Smith met union leaders on Monday. Officials of the central bank "
                     "have complained to him about the budget.", "complain")
    assert [(e.target_text, e.target_key) for e in events] == [("him", "person:john-smith")], explain(events)


def test_an_addressee_pronoun_nobody_is_found_to_be_names_no_target():
    # (the linker clears an object pronoun coreference did not resolve: no one to name)
    events = _events("Officials of the central bank have complained to him about the budget.", "complain")
    assert events and all(e.target_text is None for e in events), explain(events)


def test_the_to_phrase_of_a_verb_with_no_recipient_is_no_target():
    # "deploy" and "march" move their doer or their forces to a goal; the place reached is no
    # recipient, though Phoenix codes hospitals and universities as agents
    deployed = _events("The army deployed troops to hospitals across the region.", "deploy")
    marched = _events("Protesters marched to universities across the capital.", "march")
    assert deployed and marched, (explain(deployed), explain(marched))
    assert all(e.target_text is None for e in deployed + marched), (explain(deployed), explain(marched))


def test_a_thing_in_the_to_phrase_of_an_offer_is_no_recipient():
    # "to" + a plural noun no Phoenix sector codes (things): no recipient is named
    events = _events("The agency is offering its surplus engine parts to museums.", "offer")
    assert all(e.target_text != "museums" for e in events), explain(events)


def test_people_or_forces_sent_to_a_place_make_it_no_recipient():
    # (events 0.8.194: a verb of sending, event_detection.yaml destination_to_verbs, whose object is
    # people or forces names where they go, not to whom something is handed)
    for text, place in (("The government sent soldiers to universities across the region.", "universities"),
                        ("The ministry shipped troops and supplies to schools in the north.", "schools")):
        events = [e for e in extract(text, DAY).events]
        assert all(e.target_text != place for e in events), explain(events)


def test_goods_sent_to_institutions_still_go_to_a_recipient():
    events = _events("The government sent medical supplies to hospitals across the region.", "sent")
    assert [e.target_text for e in events] == ["hospitals"], explain(events)
