"""A hostile act noun promised, pledged or vowed is a threat (events._promised_noun_act,
event_detection.yaml promise_object_verbs, threatened_act_types, promised_harm_nouns): PLOVER
THREATEN "threaten ... with ... force" (CAMEO 13), the act kept as the mode; a cooperative act
promised stays AGREE, and a deployment threatens only a party it is "against". Sentences are my
own, in the style of the demo corpus (examples/)."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


def _promises(nlp, text):
    return [(e.type, e.mode, e.source_text, e.target_text) for e in coded(nlp, text)
            if e.trigger.split()[0].lower().startswith(("promis", "pledg", "vow", "offer"))]


@pytest.mark.parametrize("text, found", [
    ("Iran promised strikes against Israel.", ("THREATEN", "assault:aerial", "Iran", "Israel")),
    ("Hezbollah pledged attacks on Israel.", ("THREATEN", "assault", "Hezbollah", "Israel")),
    ("The United States pledged new sanctions against Russia.", ("THREATEN", "sanction", "United States", "Russia")),
    ("Israel promised a blockade of Gaza.", ("THREATEN", "coerce:restrict", "Israel", "Gaza")),
    ("Iran vowed strikes against Israel.", ("THREATEN", "assault:aerial", "Iran", "Israel")),
])
def test_a_promised_hostile_act_is_a_threat_with_the_act_as_mode(base_nlp, text, found):
    assert _promises(base_nlp, text) == [found], show(coded(base_nlp, text))


def test_harm_in_return_promised_is_a_threat_naming_no_act(base_nlp):
    text = "North Korea pledged retaliation against South Korea."
    assert _promises(base_nlp, text) == [("THREATEN", None, "North Korea", "South Korea")], show(coded(base_nlp, text))


def test_a_deployment_promised_against_a_party_threatens_it(base_nlp):
    text = "Russia vowed a mobilization against NATO."
    assert _promises(base_nlp, text) == [("THREATEN", "mobilize:troops", "Russia", "NATO")], show(coded(base_nlp, text))


@pytest.mark.parametrize("text", [
    "Japan pledged aid to Ukraine.",                                  # help promised
    "The United States pledged a deployment of troops to Poland.",    # forces sent to an ally
    "Canada vowed aid to Ukraine.",                                   # a vow of help is no threat
])
def test_help_promised_stays_an_agreement(base_nlp, text):
    assert [row[0] for row in _promises(base_nlp, text)] == ["AGREE"], show(coded(base_nlp, text))


def test_an_offer_of_an_act_is_no_threat(base_nlp):
    # only a promise verb threatens: an offer is of help (CAMEO 03)
    text = "The United States offered airstrikes against ISIS."
    assert [row[0] for row in _promises(base_nlp, text)] == ["AGREE"], show(coded(base_nlp, text))


def test_a_vow_of_something_that_is_no_act_keeps_the_verb_s_reading(base_nlp):
    text = "Hamas vowed justice for the victims."
    assert [row[0] for row in _promises(base_nlp, text)] == ["THREATEN"], show(coded(base_nlp, text))
