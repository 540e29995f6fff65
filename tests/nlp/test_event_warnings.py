"""A warning of consequences is a THREATEN by whoever voices it against the one warned (CAMEO WARN
"* CONSEQUENCES" 130, PLOVER THREATEN), asserted; the condition's own act stays hypothetical.
Sentences from White House and State Department releases of the demo corpus."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import linked

WHITE_HOUSE = "The White House"


def _threats(events):
    return [(e.source_key, e.target_key, e.status) for e in events if e.type == "THREATEN"]


def test_should_iran_attack_iran_will_face_consequences_is_the_publishers_threat(nlp):
    text = ("Should Iran attack any of our citizens, to include those who continue to serve the United "
            "States or those who formerly served, Iran will face severe consequences.")
    events = linked(nlp, text, outlet=WHITE_HOUSE)
    assert _threats(events) == [("country:USA", "country:IRN", "asserted")]
    # the condition's act is no act done
    assert all(e.status == "hypothetical" for e in events if e.type == "ASSAULT")


def test_a_warning_under_a_reporting_verb_is_its_subjects(nlp):
    events = linked(nlp, "Following that reckless attack, we made clear that Iran would face severe consequences.",
                    outlet=WHITE_HOUSE)
    assert _threats(events) == [("country:USA", "country:IRN", "asserted")]


@pytest.mark.parametrize("text, target", [
    ("He underscored that the world is acting in unison to repudiate and respond to the Russian aggression, "
     "ensuring that Moscow will pay a high price.", "country:RUS"),
    ("Russia has violated the UN Charter and will have to face consequences for its actions.", "country:RUS"),
    ("Any use by Russia of such a weapon would be unacceptable and result in severe consequences.", "country:RUS"),
    ("With regard to what comes next, if Russia pursues its aggression against Ukraine, it will face the massive "
     "consequences that our allies and partners have made clear would follow.", "country:RUS"),
])
def test_the_one_warned_is_the_target(nlp, text, target):
    threats = _threats(linked(nlp, text))
    assert [t for _s, t, status in threats if status == "asserted"] == [target]


@pytest.mark.parametrize("text", [
    "President Biden reaffirmed the readiness of the United States along with its allies and partners to respond "
    "decisively if Russia further invades Ukraine.",
    "President Biden was clear that, if Russia undertakes a further invasion of Ukraine, the United States together "
    "with our Allies and partners will respond decisively and impose swift and severe costs on Russia.",
    "We’ve made clear that if Russia invaded, the United States and our allies and partners would impose swift and "
    "severe consequences.",
])
def test_a_response_promised_under_a_condition_threatens_the_conditions_actor(nlp, text):
    threats = _threats(linked(nlp, text, outlet=WHITE_HOUSE))
    assert threats and all(s in ("country:USA", "person:biden") and t == "country:RUS" and status == "asserted"
                           for s, t, status in threats)


@pytest.mark.parametrize("text", [
    # a present "pay the price" is told as a fact, no warning
    "We do not – it’s Ukrainians, it’s the people of Ukraine who pay the price for the reluctance of NATO to act.",
    # a response with no manner and no condition is no warning
    "The ministry will respond to the letter next week.",
])
def test_no_warning_without_a_future_or_a_condition(nlp, text):
    assert not _threats(linked(nlp, text))


def test_a_joint_statements_warning_is_its_signatories(nlp):
    text = ("We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the "
            "United States of America, and the High Representative of the European Union, condemn Russia’s war "
            "against Ukraine. Russia has violated the UN Charter and will have to face consequences for its actions.")
    events = linked(nlp, text)
    voice = next(e.source_key for e in events if e.type == "DISAPPROVE")
    assert _threats(events) == [(voice, "country:RUS", "asserted")]
    assert voice != "country:USA"


@pytest.mark.parametrize("text", [
    "He emphasized that further invasion of Ukraine would be met with swift and severe consequences and urged "
    "Russia to pursue a diplomatic path.",
    "We condemn as irresponsible threats of use of chemical, biological or nuclear weapons or related materials by "
    "Russia and reiterate that any use of such weapons would be met with severe consequences.",
])
def test_an_act_with_no_named_doer_warns_the_one_other_state_of_the_sentence(nlp, text):
    # the invaded state is the act's patient, never the one warned
    assert [t for _s, t, _status in _threats(linked(nlp, text))] == ["country:RUS"]


def test_an_act_with_no_state_in_sight_warns_nobody(nlp):
    text = ("As the ambassador just made clear again, we have in fact been watching closely, and we have not "
            "detected any shift, but any shift would incur those consequences.")
    assert not _threats(linked(nlp, text))
