"""Type errors the judges saw (task typefix2, s18): support given by a material means is AID, a
rejection of violence condemns it (DISAPPROVE), restrictive measures are sanctions, a call for an
appointment is no demand, a comma participle of harm is one ASSAULT with its act. Fixture sentences
are from the demo corpus (examples/) or the NGEC training texts' wording, unless marked as a contrast."""

from __future__ import annotations

import pytest

from newsgraph.nlp.events import _trailing_comma_adjunct
from tests.nlp.linked_events import explain as _explain, linked as _events


def test_support_including_by_providing_money_is_aid_to_the_supported(nlp):
    # the parser hangs "including by providing" on "support" here
    events = _events(nlp, "The United States will continue to support Ukraine's cyber resilience, including by "
                          "providing over $40 million in cyber assistance.")
    assert not [e for e in events if e.type == "SUPPORT"], _explain(events)
    assert [e for e in events if e.type == "AID" and e.target_key == "country:UKR"], _explain(events)


def test_support_as_purpose_with_means_on_the_main_verb(nlp):
    # demo corpus (cyber fact sheet): the means hangs on "worked", the support is its purpose
    text = ("Prior to February 2022, the U.S. government worked closely with Ukrainian government ministries and "
            "critical infrastructure sectors to support Ukraine's cyber resilience, including by providing over "
            "$40 million in cyber capacity development assistance since 2017.")
    events = _events(nlp, text)
    assert [e for e in events if e.type == "AID" and e.target_key == "country:UKR"
            and e.source_key == "country:USA"], _explain(events)


def test_rejecting_aggression_is_disapproval(nlp):
    # demo corpus (Secretary's remarks)
    events = _events(nlp, "Countries around the world, 141 at the United Nations, are standing up and rejecting "
                          "this Russian aggression.")
    assert not [e for e in events if e.type == "REJECT"], _explain(events)
    assert [e for e in events if e.type == "DISAPPROVE" and e.target_key == "country:RUS"], _explain(events)


def test_rejecting_a_proposal_stays_reject(nlp):
    # contrast: a proposal refused is PLOVER REJECT
    events = _events(nlp, "Russia rejected the proposal of the United States.")
    assert [e for e in events if e.type == "REJECT"], _explain(events)


def test_restrictive_measures_imposed_are_sanctions(nlp):
    # demo corpus (G7 statement)
    events = _events(nlp, "The G7 is imposing coordinated additional restrictive measures on Russia.")
    assert [e for e in events if e.type == "SANCTION" and e.target_key == "country:RUS"], _explain(events)
    assert not [e for e in events if e.type == "COERCE"], _explain(events)


def test_call_for_an_appointment_is_no_demand(nlp):
    # demo corpus (bicentennial remarks on Colombia's first envoy)
    text = ("But at the time when he started the southern campaign, he called for a former Spaniard that had "
            "turned himself into a New Granadan and a Colombian, Manuel Trujillo y Torres, to be appointed as a "
            "representative to the United States of America.")
    events = _events(nlp, text)
    assert not [e for e in events if e.type == "DEMAND"], _explain(events)


def test_call_to_act_stays_demand(nlp):
    # contrast: a call on an addressee to act is a DEMAND
    events = _events(nlp, "We call upon Putin and his government to cease this bloodshed and withdraw its troops.")
    assert [e for e in events if e.type == "DEMAND"], _explain(events)


def test_opened_fire_killing_is_one_assault(nlp):
    events = _events(nlp, "Security forces opened fire on demonstrators in Khartoum, killing at least 12 people.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].target_text == "demonstrators", _explain(events)


def test_fired_on_crowd_killing_and_wounding_is_one_assault(nlp):
    text = ("A Muslim protest in a small southern city of Kizlyar died down Monday after police fired on the "
            "crowd, killing five people and wounding 23.")
    assaults = [e for e in _events(nlp, text) if e.type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].target_text == "crowd", _explain(assaults)


def test_shelled_wounding_is_one_assault_on_the_victims(nlp):
    assaults = [e for e in _events(nlp, "Russian forces shelled the town, wounding five civilians.")
                if e.type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].target_text == "five civilians", _explain(assaults)


def test_an_appointed_envoy_is_no_target(nlp):
    # demo corpus (US-Germany joint statement on Ukraine's energy security)
    text = ("Germany commits to utilize all available leverage to facilitate an extension of up to 10 years to "
            "Ukraine's gas transit agreement with Russia, including appointing a special envoy to support those "
            "negotiations.")
    events = _events(nlp, text)
    appointing = [e for e in events if "appoint" in e.trigger.lower()]
    assert appointing and all(e.target_text is None for e in appointing), _explain(events)


def test_an_envoy_sent_to_a_state_takes_that_state_as_target(nlp):
    # contrast: CAMEO 050 'appoint + envoy' is cooperation with the one the envoy is sent to
    events = _events(nlp, "The President appointed a special envoy to Sudan.")
    assert [e for e in events if "appoint" in e.trigger.lower() and e.target_key == "country:SDN"], _explain(events)


# review rev35a §4: the comma (or dash) that sets off a result participle stands right before it; a
# comma elsewhere between the verb and the participle sets off something else

def test_a_dash_sets_off_a_harm_participle_as_a_comma_does(nlp):
    events = _events(nlp, "Police opened fire on the crowd — killing five protesters.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 1, _explain(events)


@pytest.mark.parametrize("text, participle, trailing", [
    ("Police opened fire on the crowd, killing five protesters.", "killing", True),
    ("The government signed a decree, thus allowing journalists to enter.", "allowing", True),
    ('The court labelled the group "extremist," further restricting its members.', "restricting", True),
    # the parser hangs the object's participle on the verb; the commas set off "on Monday"
    ("Police arrested, on Monday, the gunmen killing civilians.", "killing", False),
])
def test_a_trailing_adjunct_follows_its_comma(base_nlp, text, participle, trailing):
    token = next(t for t in base_nlp(text) if t.text == participle)
    assert token.dep_ == "advcl"  # the parse these cases are about
    assert _trailing_comma_adjunct(token) is trailing
