"""The party named inside an act's object phrase (events 0.8.115): the "of" complement of the
trigger's own act noun that the parser hung on the light verb ("made fun of X": the noun's
objective genitive, ``targets._verb_hung_of``), and the one a commitment's purpose clause of
helping names ("pledged $5 million to help X rebuild": ``targets._helped_by_pledge_purpose``).
A request's "for X" phrase inside what is sought names whom it is for, never whom it is asked of.
All sentences are invented."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, explain as _explain


@pytest.mark.parametrize("text, trigger, event_type, target", [
    # the "of" of "make fun" hung on the verb is what is ridiculed (CAMEO 111 RIDICULE)
    ("Opposition lawmakers made fun of the prime minister during the debate.", "made fun", "DISAPPROVE",
     "prime minister"),
    # under an aspect verb, the light verb being the noun's head ("started making fun of X")
    ("Protesters in Hong Kong started making fun of Beijing on social media.", "making fun", "DISAPPROVE",
     "Beijing"),
    # the purpose infinitive of helping: its object is whom the pledge is for
    ("Japan pledged $10 million to help Sri Lanka.", "pledged", "AGREE", "Sri Lanka"),
    # ... or the subject of the act it helps do
    ("The European Union pledged $5 million to help Ukraine rebuild its power grid.", "pledged", "AGREE",
     "Ukraine"),
    ("France offered a loan to help Greece pay its debts.", "offered", "AGREE", "Greece"),
    # the purpose infinitive on the thing committed (an infinitival relative of purpose)
    ("The United States announced a $1 billion package to help Israel defend itself against Iran.",
     "announced", "AGREE", "Israel"),
])
def test_party_inside_the_object_phrase_is_the_target(base_nlp, text, trigger, event_type, target):
    events = [e for e in coded(base_nlp, text) if trigger in e.trigger and e.type == event_type]
    assert events and [e.target_text for e in events] == [target], _explain(coded(base_nlp, text))


@pytest.mark.parametrize("text, trigger, event_type", [
    # a thing ridiculed is no party (contrast)
    ("The Labour Party made fun of the budget on Tuesday.", "made fun", "DISAPPROVE"),
    # a common noun helped is no named party: the pledge stays without a target (contrast)
    ("Germany pledged $2 million to help farmers.", "pledged", "AGREE"),
])
def test_no_party_inside_stays_without_target(base_nlp, text, trigger, event_type):
    events = [e for e in coded(base_nlp, text) if trigger in e.trigger and e.type == event_type]
    assert events and all(e.target_text is None for e in events), _explain(coded(base_nlp, text))


def test_request_for_a_party_is_not_asked_of_it(base_nlp):
    # "for Ukraine" inside what is requested is whom the money is for (CAMEO 02 APPEAL); the
    # one asked is the object or "to" X, here unnamed
    events = coded(base_nlp, "The United States requested $20 billion for Ukraine.", "DEMAND")
    assert events and all(e.target_text != "Ukraine" for e in events), _explain(events)
    # while the one asked, as the verb's object, stays the target
    asked = coded(base_nlp, "The White House asked Congress for $20 billion for Ukraine.", "DEMAND")
    assert asked and [e.target_text for e in asked] == ["Congress"], _explain(asked)


def test_aid_given_to_help_a_party_goes_to_it(base_nlp):
    # the infinitive of helping on the thing given names the recipient (PLOVER AID)
    events = coded(base_nlp, "The parliament voted to send $2 billion to help Ukraine.", "AID")
    assert events and [e.target_text for e in events] == ["Ukraine"], _explain(events)


@pytest.mark.parametrize("text", [
    # a hostile purpose's object is whom the aid is used against, never its recipient (contrasts)
    "The United States provided weapons to fight Russia.",
    "Britain supplied missiles to attack Russian positions.",
])
def test_aid_for_a_hostile_purpose_is_not_given_to_its_object(base_nlp, text):
    events = coded(base_nlp, text, "AID")
    assert events and all(e.target_text not in ("Russia", "Russian") for e in events), _explain(events)


def test_aid_to_build_up_a_party_still_goes_to_it(base_nlp):
    # a purpose of building up (a MOBILIZE verb, "strengthen") names whom the aid is for (contrast
    # to the hostile purposes above)
    events = coded(base_nlp, "Japan provided $40 million to strengthen the capacity of the Philippine Coast Guard.",
                   "AID")
    assert events and [e.target_text for e in events] == ["Philippine Coast Guard"], _explain(events)
