"""An armed service's own channel writes of its members by the service's capitalised word for
them (its style guide's "Airmen", "Soldiers", "Sailors", "Marines", "Guardians"): in that outlet
the phrase ending in the word, with no nationality of its own, is the publishing state's military
(linking.states._own_service_members). The same word in a news outlet, another service's word, or
a phrase with its own nationality ("Afghan Airmen") stays as it was. Own sentences."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show

AIR_FORCE = "U.S. Air Force"


def _attacks(events):
    return [e for e in events if e.type == "ASSAULT" and e.target_text]


def test_the_services_own_members_in_its_channel_act_for_its_state(nlp):
    events = _attacks(linked(nlp, "Insurgents attacked four Airmen near the base.", outlet=AIR_FORCE))
    assert events and all((e.target_acts_for, e.target_sector) == ("USA", "MIL") for e in events), show(events)
    events = _attacks(linked(nlp, "The wing mourned the two Airmen killed by a roadside bomb last spring.",
                             outlet=AIR_FORCE))
    assert events and all((e.target_acts_for, e.target_sector) == ("USA", "MIL") for e in events), show(events)


def test_the_same_word_in_a_news_outlet_keeps_no_state(nlp):
    # contrast: a newspaper's "Airmen" may be any state's
    events = _attacks(linked(nlp, "Insurgents attacked four Airmen near the base.", outlet="Reuters"))
    assert events and all(e.target_acts_for is None for e in events), show(events)


def test_members_with_their_own_nationality_keep_it(nlp):
    # contrast: "Afghan Airmen" are Afghanistan's, whoever publishes
    events = _attacks(linked(nlp, "Insurgents attacked four Afghan Airmen near the base.", outlet=AIR_FORCE))
    assert events and all(e.target_acts_for == "AFG" for e in events), show(events)


def test_another_services_word_is_not_the_channels_own(nlp):
    # contrast: "Soldiers" is the Army's word, not the Air Force's
    events = _attacks(linked(nlp, "Insurgents attacked four Soldiers near the base.", outlet=AIR_FORCE))
    assert events and all(e.target_acts_for is None for e in events), show(events)
