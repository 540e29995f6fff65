"""Policy talk stored as events (task efforts, s15): an act whose only object is an undertaking
noun (effort, steps, initiative: event_detection.yaml effort_nouns) and that names no actor is no
interaction (check effort); a real act on an actor, or an effort someone owns, keeps its event.
Fixture sentences are from the demo corpus (examples/) unless marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain as _explain, linked as _events


@pytest.mark.parametrize("text, trigger", [
    # CAMEO 020 "launch + effort" read as DEMAND (White House fentanyl fact sheet)
    ("The Biden-Harris Administration is launching a whole-of-government effort, in partnership with the "
     "private sector, to strengthen cooperation with international and domestic express consignment carriers.",
     "launch"),
    # the same, a fronted "with" phrase being a means, no partner (White House statement)
    ("Now, with this National Response Plan, we are launching coordinated efforts across all of government to "
     "ensure we are using every lever we have to protect public health and public safety, and save lives.",
     "launch"),
    # CAMEO 020 "begin + effort"
    ("Today, the Multinational Security Support mission is beginning an effort that will bring much needed "
     "relief to Haitians.", "begin"),
    # CAMEO 051 "support + efforts" under a commitment, whose efforts unsaid
    ("The United States commits to fully support these efforts.", "support"),
    # CAMEO 060 "continue + effort": the goal's own act is its own event
    ("The United States and our partners will continue our efforts to hold Russia's forces accountable for "
     "all human rights abuses.", "continue"),
    # CAMEO 192 bare "take" (seize) with "steps"
    ("U.S. Citizenship and Immigration Services will take steps to increase participation in the program.",
     "take"),
])
def test_an_effort_with_no_actor_is_no_event(nlp, text, trigger):
    events = [e for e in _events(nlp, text) if trigger in e.trigger.lower() and e.type != "DISAPPROVE"]
    assert not events, _explain(events)


@pytest.mark.parametrize("text, trigger, event_type", [
    # an owner of the efforts: praise of Ukraine
    ("We praise Ukraine's efforts to fight corruption.", "praise", "SUPPORT"),
    # an agent of the efforts (events 0.7.186: a rejected effort to act is condemned conduct, DISAPPROVE)
    ("The United States rejects efforts by PRC officials to harass, intimidate, and surveil people.",
     "reject", "DISAPPROVE"),
    # contrast: efforts coordinated with a partner
    ("We will coordinate efforts with Ukraine to document war crimes.", "coordinate", "AGREE"),
    # contrast: a real act launched on an actor
    ("On October 1, Iran launched a ballistic missile attack against Israel.", "launched", "ASSAULT"),
])
def test_an_effort_with_an_actor_keeps_the_event(nlp, text, trigger, event_type):
    events = [e for e in _events(nlp, text) if trigger in e.trigger.lower()]
    assert events, _explain(_events(nlp, text))
    if event_type:
        assert any(e.type == event_type for e in events), _explain(events)


def test_support_rallied_for_a_party_asks_nothing_of_it(nlp):
    # White House fact sheet: rallying support is no demand on Ukraine (CAMEO 022 is an appeal to
    # those whose support is sought)
    text = ("The United States is reaffirming our strong commitment to the Ukrainian people by joining with "
            "allies and partners to mobilize robust international support for Ukraine.")
    events = _events(nlp, text)
    assert not [e for e in events if e.type == "DEMAND"], _explain(events)
    assert any(e.type == "SUPPORT" for e in events), _explain(events)



def test_talks_about_efforts_stay_a_meeting(nlp):
    # demo readout: the efforts are the topic, the partner a co-subject
    text = ("Secretary Blinken and Foreign Minister Kuleba discussed ongoing diplomatic efforts to stop Putin's "
            "war of choice.")
    events = _events(nlp, text)
    assert any(e.type == "CONSULT" and "discuss" in e.trigger for e in events), _explain(events)


@pytest.mark.parametrize("text", [
    # joint statement (CAMEO 050 "affirm + commitment"): a goal, nobody committed to
    "The United States and Germany affirm their commitment to tackling the climate crisis and taking decisive "
    "action to reduce emissions in the 2020s to keep a 1.5-degree Celsius temperature limit within reach.",
    # G7 fact sheet
    "The G7 will also reaffirm its commitment to promoting transparency across all debtors and creditors for "
    "improved debt sustainability.",
    # contrast sentence in the readout style: an abstraction as goal
    "Secretary Blinken reaffirmed the United States' commitment to peace and stability in the region.",
])
def test_a_commitment_to_a_goal_with_no_actor_is_no_event(nlp, text):
    events = [e for e in _events(nlp, text) if "commitment" in e.trigger]
    assert not events, _explain(events)


@pytest.mark.parametrize("text, target", [
    # readout: the goal names the state supported
    ("He reaffirmed the United States' unwavering commitment to Ukraine's sovereignty and territorial integrity.",
     "Ukraine"),
])
def test_a_commitment_naming_an_actor_keeps_the_event(nlp, text, target):
    events = [e for e in _events(nlp, text) if "commitment" in e.trigger]
    assert events and events[0].target_text == target, _explain(events)


def test_a_commitment_to_an_act_on_an_actor_keeps_the_event(nlp):
    events = [e for e in _events(nlp, "The Secretary reaffirmed the U.S. commitment to hold Russia accountable for "
                                       "atrocities committed by its forces against the people of Ukraine.")
              if "commitment" in e.trigger]
    assert events, "the goal names Russia"


def test_a_bilateral_commitment_stays_between_its_parties(nlp):
    # White House readout (demo, names given in full as the article does earlier): a commitment the
    # co-subjects make to each other (mutual_modifiers)
    text = ("On migration, both National Security Advisor Jake Sullivan and Foreign Minister Gustavo Rocha reaffirmed bilateral commitments to advance regional "
            "cooperation on migration management.")
    events = [e for e in _events(nlp, text) if "commitment" in e.trigger]
    assert events and all(e.target_text for e in events), _explain(events)
