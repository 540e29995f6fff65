"""Types by the PLOVER codebook (task types9, issue 6): a restated commitment to a cause is SUPPORT,
a commitment to an act stays AGREE; a national emergency declared with respect to a foreign state
is no martial law; the demand or criticism a protest is held for is its topic, no separate event;
fighting against another party's assault is defence, no ASSAULT on that party; attacks on
institutions, the press or civil society are repression (COERCE); an authorized Presidential
Drawdown of arms is military AID to the party it is for. Sentences are the helper's own, written
after demo-corpus ones (examples/), with contrasts that keep the old reading."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, show


def _of(events, trigger_start):
    return [e for e in events if e.trigger.lower().startswith(trigger_start)]


def test_reiterated_commitment_to_sovereignty_is_support(base_nlp):
    events = coded(base_nlp, "The Foreign Minister reiterated Canada's firm commitment to the independence and "
                             "territorial integrity of Moldova.")
    assert [e.type for e in _of(events, "reiterated")] == ["SUPPORT"], show(events)


def test_reiterated_commitment_to_supporting_a_people_is_a_promise(base_nlp):
    # since 0.7.850: the commitment noun governs the backing to come (AGREE/support); a
    # commitment to a cause (above) stays SUPPORT
    events = coded(base_nlp, "The Secretary reiterated the United States' commitment to supporting the people "
                             "of Lebanon after the explosion in Beirut.")
    assert [(e.type, e.mode) for e in _of(events, "reiterated")] == [("AGREE", "support")], show(events)


def test_reiterated_commitment_to_work_with_a_partner_stays_agree(base_nlp):
    # contrast: a commitment to an act (to cooperate) is the codebook's AGREE
    events = coded(base_nlp, "The Secretary reiterated the United States' commitment to work with the "
                             "Government of Ecuador on border security.")
    assert [e.type for e in _of(events, "reiterated")] == ["AGREE"], show(events)


def test_national_emergency_with_respect_to_a_foreign_state_is_no_martial_law(base_nlp):
    events = coded(base_nlp, "In March 2015 the President declared a national emergency with respect to the "
                             "situation in Venezuela pursuant to the International Emergency Economic Powers Act.")
    assert not [e for e in events if e.mode == "martial-law"], show(events)


def test_national_emergency_at_home_stays_martial_law(base_nlp):
    # contrast: a state of emergency declared at home (PLOVER COERCE martial-law)
    events = coded(base_nlp, "President Bukele declared a national emergency after gangs killed 62 people in "
                             "a single day.")
    assert [(e.type, e.mode) for e in _of(events, "declared")] == [("COERCE", "martial-law")], show(events)


def test_criticism_a_protest_was_held_for_is_its_topic(base_nlp):
    events = coded(base_nlp, "Meanwhile, the Belarusian government continues to hold in detention more than 400 "
                             "protesters who took to the streets two years ago, on August 9, 2020, to criticize the "
                             "government's falsification of the election results.")
    assert [e.type for e in events if e.type in ("PROTEST", "DISAPPROVE", "DEMAND")] == ["PROTEST"], show(events)


def test_fighting_against_anothers_assault_is_no_assault_on_it(base_nlp):
    events = coded(base_nlp, "As Armenia fights with determination against Azerbaijan's renewed assault, we "
                             "are sending medical supplies to Yerevan.")
    assert not [e for e in events if e.type == "ASSAULT" and e.source_text == "Armenia"], show(events)


def test_fighting_against_rebels_stays_assault(base_nlp):
    # contrast: an opponent fought (no assault of theirs named) is force used on them
    events = coded(base_nlp, "Government troops fought against rebels in the north of the country.")
    assert [e.type for e in _of(events, "fought")] == ["ASSAULT"], show(events)


def test_attacks_on_institutions_and_the_press_are_repression(base_nlp):
    events = coded(base_nlp, "The regime has intensified its attacks on independent institutions and the "
                             "free press.")
    assert [(e.type, e.mode) for e in _of(events, "intensified")] == [("COERCE", "repress")], show(events)


def test_attacks_on_police_stations_stay_assault(base_nlp):
    # contrast: force used on places
    events = coded(base_nlp, "Militants carried out attacks on police stations in the north.")
    assert [e.type for e in events] == ["ASSAULT"], show(events)


def test_authorized_drawdown_of_arms_is_military_aid(base_nlp):
    events = coded(base_nlp, "Pursuant to a delegation from the President, I am authorizing our fourth drawdown "
                             "of arms and equipment for Moldova's defense from U.S. Department of Defense "
                             "inventories.")
    found = _of(events, "authorizing")
    assert [(e.type, e.mode, e.target_text) for e in found] == [("AID", "military", "Moldova")], show(events)


def test_drawdown_of_troops_is_no_aid(base_nlp):
    # contrast: a drawdown of forces is a reduction of troops, nothing given
    events = coded(base_nlp, "The President authorized a drawdown of troops from the region.")
    assert not [e for e in events if e.type == "AID"], show(events)


# task drawdown (judge 120406 class M): a long "pursuant to ..." adjunct between the verb and its
# object, and a recipient named deep in the object phrase, lost the AID event (demo articles 139-241)

@pytest.mark.parametrize("text, trigger", [
    # the parser hangs the object as an apposition of "the President" inside the adjunct
    ("I have authorized, pursuant to a delegation by the President, a third Presidential Drawdown of up to "
     "$350 million for immediate support to Moldova's defense.", "authorized"),
    # the recipient sits in the purpose infinitive, past the usual search depth
    ("I have authorized, pursuant to a delegation from the President earlier today, a drawdown to provide "
     "immediate military assistance to Moldova valued at up to $800 million.", "authorized"),
    # the recipient sits in "for X's defense" after a "from" phrase
    ("Pursuant to a delegation of authority from the President, I am authorizing our twelfth drawdown of arms and "
     "equipment from U.S. Department of Defense inventories for Moldova's defense, valued at up to $350 million.",
     "authorizing"),
])
def test_a_drawdown_is_military_aid_to_the_state_it_names(base_nlp, text, trigger):
    events = coded(base_nlp, text)
    found = _of(events, trigger)
    assert [(e.type, e.mode, e.target_text) for e in found] == [("AID", "military", "Moldova")], show(events)


# task mainact35: the recipient hangs off another clause or a misattached phrase. The parser hangs
# the object's "of" phrase on the date of "since <date>", and a purpose clause "to meet X's need"
# names whom the aid is for (event_detection.yaml aid_need_nouns)

@pytest.mark.parametrize("text, trigger", [
    ("Today, I am authorizing our ninth drawdown since March 2022 of up to $90 million in arms and equipment "
     "from U.S. Department of Defense inventories for Moldova's self-defense.", "authorizing"),
    ("I have authorized the immediate drawdown of security assistance valued at up to $60 million to meet "
     "Moldova's urgent need for additional air defense systems.", "authorized"),
])
def test_a_drawdown_recipient_off_its_phrase(base_nlp, text, trigger):
    events = coded(base_nlp, text)
    found = _of(events, trigger)
    assert [(e.type, e.mode, e.target_text) for e in found] == [("AID", "military", "Moldova")], show(events)


def test_a_purpose_to_meet_a_need_of_no_actor_names_no_recipient(base_nlp):
    # contrast: a need of nobody named ("to meet urgent needs") leaves the aid with no recipient
    events = coded(base_nlp, "I have authorized the immediate drawdown of security assistance valued at up to "
                             "$60 million to meet urgent needs for additional air defense systems.")
    assert not [e for e in events if e.type == "AID" and e.target_text], show(events)


# review rev35a §1: only a noun phrase that ends the clause after a non-reporting adjunct opening
# right after the verb is the displaced object; a speaker's apposition in "according to X, the
# spokesman" (or any reporting adjunct), an apposition with more of the clause after it, or one in
# an adjunct after another phrase of the verb renames its noun

@pytest.mark.parametrize("text", [
    "Japan contributed, according to Ivan Petrov, the ministry spokesman.",
    "Many countries donated, as reported by Ivan Petrov, a Reuters correspondent.",
    "Germany donated, after a meeting with Ivan Petrov, the regional governor, in Kyiv on Monday.",
    "Japan donated in March, after its talks with Ivan Petrov, the regional governor.",
])
def test_an_apposition_after_an_adjunct_is_no_object(base_nlp, text):
    events = coded(base_nlp, text)
    # with no object and no recipient, the giving is no AID (PLOVER AID requires a recipient)
    assert not [e for e in events if e.type == "AID"], show(events)


# review rev35a §2: the deeper search for an aid act's recipient is the usual one gone further,
# with the same readings: an aspectual verb ("to continue providing", "to keep supplying") adds no
# link there either, so the recipient at the end of the phrase is still in reach
@pytest.mark.parametrize("text", [
    "I have authorized, pursuant to a delegation from the President, a drawdown to continue providing training "
    "for the defense of Moldova.",
    "I have authorized, pursuant to a delegation from the President, a drawdown to keep supplying training for "
    "the defense of Moldova.",
])
def test_an_aid_recipient_past_an_aspectual_verb_is_found(base_nlp, text):
    events = coded(base_nlp, text)
    found = _of(events, "authorized")
    assert [(e.type, e.target_text) for e in found] == [("AID", "Moldova")], show(events)


@pytest.mark.parametrize("text, target", [
    # review 35b §5: past a reporting adjunct, a noun that does not rename its source is the object
    ("Japan pledged, according to the foreign ministry, a new loan to Kenya.", "Kenya"),
    ("Canada promised, according to officials, a fresh aid package for Haiti.", "Haiti"),
])
def test_an_object_displaced_past_a_reporting_adjunct_is_the_object(base_nlp, text, target):
    events = coded(base_nlp, text)
    assert [e.target_text for e in events if e.type == "AGREE"] == [target], show(events)
