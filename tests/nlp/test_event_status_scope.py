"""Status of acts inside the scope of another act: the listed infinitives of an intention, the
"by"-means of a future or demanded act, the participle of a demanded purpose, the purpose a thing
is used for, and what an adopted resolution says (events 0.7.122)."""

from __future__ import annotations

import pytest


def _events_of(nlp, text):
    return [e for e in nlp(text)._.ng_events or []]


@pytest.mark.parametrize("text, word", [
    # every conjunct of a list of infinitives under "intend to" is intended, not only the first
    ("The two governments intend to work together to support the rule of law, promote inclusive growth "
     "and invest in the development of communities in Africa.", "invest"),
    # a past commitment: the commitment took place, the listed acts are still to come
    ("The ministers committed to support Ukraine, provide humanitarian aid to Ukrainians, and impose "
     "costs on Russia.", "provide"),
])
def test_listed_acts_of_an_intention_are_not_asserted(nlp, text, word):
    events = [e for e in _events_of(nlp, text) if word in e.trigger]
    assert all(e.status != "asserted" for e in events), \
        [(e.type, e.status, e.trigger) for e in events]


def test_a_past_decision_and_plain_coordination_stay_asserted(nlp):
    done = _events_of(nlp, "The ministers met in Paris, discussed the war, and provided humanitarian aid to "
                           "Ukrainians.")
    assert any(e.type == "AID" and e.status == "asserted" for e in done), [e.explanation for e in done]
    decided = _events_of(nlp, "The United States decided to expel Russian diplomats, close the consulate and "
                              "impose sanctions on Russian banks.")
    assert any(e.type == "SANCTION" and "impose" in e.trigger and e.status == "asserted" for e in decided)


def test_means_clause_takes_the_status_of_a_coordinated_future_head(nlp):
    events = [e for e in _events_of(nlp, "The European Union will sustain and increase pressure on Moscow by "
                                         "imposing new sanctions on Russian banks.") if "imposing" in e.trigger]
    assert events and all(e.status == "planned" for e in events), [e.explanation for e in events]


def test_means_clause_of_a_demanded_act_is_not_asserted(nlp):
    events = [e for e in _events_of(nlp, "The G7 must increase pressure on Moscow by imposing sanctions on its "
                                         "banks.") if "imposing" in e.trigger]
    assert all(e.status == "hypothetical" for e in events), [e.explanation for e in events]


def test_participle_of_a_demanded_purpose_is_not_asserted(nlp):
    events = [e for e in _events_of(nlp, "Israel and Hamas should negotiate to reach a ceasefire, delivering "
                                         "relief to civilians in Gaza.") if "deliver" in e.trigger]
    assert all(e.status != "asserted" for e in events), [e.explanation for e in events]


def test_the_purpose_a_thing_is_used_for_is_no_event(nlp):
    events = _events_of(nlp, "The funds will be used to provide Ukraine with ammunition and armored vehicles.")
    assert not [e for e in events if "provide" in e.trigger], [e.explanation for e in events]


@pytest.mark.parametrize("text, kind", [
    ("The Senate voted for a resolution condemning China's repression of Uyghurs.", "DISAPPROVE"),
    ("The Security Council voted in favour of a resolution calling on the Taliban to release detained "
     "journalists.", "DEMAND"),
])
def test_what_an_adopted_resolution_says_is_asserted(nlp, text, kind):
    events = [e for e in _events_of(nlp, text) if e.type == kind]
    assert events and all(e.status == "asserted" for e in events), [e.explanation for e in events]


def test_a_resolution_only_introduced_stays_planned(nlp):
    events = [e for e in _events_of(nlp, "Senator Smith introduced a resolution condemning China's crackdown on "
                                         "Hong Kong.") if e.trigger.startswith("condemning")]
    assert events and all(e.status == "planned" for e in events), [e.explanation for e in events]
