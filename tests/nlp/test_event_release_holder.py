"""Who is asked when a release is demanded (task release, s14 round 4): CAMEO 0243 "demand release
of persons" is aimed at whoever holds the captives, so a DEMAND with no recipient, or with the
captives as recipient, takes the holder the sentence names (by-agent of held/detained, prisoners
"in" a country) as target (event_detection.yaml release_acts, captive_nouns; events/status.py
_captive_holder). Fixture sentences are from the demo corpus (examples/), contrasts marked."""

from __future__ import annotations

from tests.nlp.linked_events import coded, show as _explain


def _demands(nlp, text):
    return coded(nlp, text, "DEMAND")


def test_hostages_held_by_a_group_make_it_the_one_asked(base_nlp):
    # whitehouse, "Calling for the Release of the Hostages Held in Gaza" (2024-04-25)
    events = _demands(base_nlp, "We call for the immediate release of all hostages held by Hamas in Gaza "
                      "for over 200 days.")
    assert [e.target_text for e in events] == ["Hamas"], _explain(events)


def test_prisoners_in_a_country_make_its_state_the_one_asked(base_nlp):
    # whitehouse, Human Rights Day statement on Cuba (2022-12)
    events = _demands(base_nlp, "As we look forward to honoring Human Rights Day this Saturday, December 10th, "
                      "I once again call for the release of the hundreds of political prisoners in Cuba who remain "
                      "in detention following the July 11, 2021 protests.")
    assert [e.target_text for e in events] == ["Cuba"], _explain(events)


def test_a_named_addressee_stays_the_one_asked(base_nlp):
    # statedept: "call on Y to release X": Y is asked already
    events = _demands(base_nlp, "We call on the PRC to release those who have been detained or imprisoned in "
                      "connection with the 709 crackdown.")
    assert [e.target_text for e in events] == ["PRC"], _explain(events)


def test_no_holder_named_leaves_the_demand_as_it_was(base_nlp):
    # statedept (subject named as the release's voice, contrast): nobody holding "those unjustly
    # detained" is named, so no target is made up
    events = _demands(base_nlp, "The United States calls for the unconditional release of all those unjustly detained for "
                      "political reasons.")
    assert [e.target_text for e in events] == [None], _explain(events)


def test_captives_held_in_a_territory_name_no_holder(base_nlp):
    # whitehouse title "Calling for the Release of the Hostages Held in Gaza" as a sentence
    # (contrast): Gaza is a territory, not the state that holds them; no target is made up
    events = _demands(base_nlp, "The United States calls for the release of the hostages held in Gaza.")
    assert all(e.target_text != "Gaza" for e in events), _explain(events)
