"""events 0.8.201 (stop 49, issue 6: events with no target): the patient of a force used as an
instrument is the object of the use's purpose ("used X to V Y") where that purpose harms or
impedes it (events 0.8.209). A promise of one's own work that names no other party stays AGREE
with no target (PLOVER AGREE needs no recipient; CAMEO 034 intent to change policy is AGREE):
the 0.8.201 rule dropping it was reverted in 0.8.209 (review 49a)."""

from __future__ import annotations

import pytest

from newsgraph.nlp.events import find_events


def _acts(doc):
    return [(e.type, e.source_text, e.target_text) for e in find_events(doc)]


def test_a_force_used_to_act_on_people_is_aimed_at_them(base_nlp):
    doc = base_nlp("Police used tear gas to disperse the protesters.")
    assert ("ASSAULT", "Police", "protesters") in _acts(doc), _acts(doc)


def test_a_force_used_on_a_thing_is_aimed_at_the_actor_the_thing_is_of(base_nlp):
    # the actor inside the object, also behind its "of" phrase (a resupply *of* a boat)
    doc = base_nlp("The Chinese navy used water cannons to block a resupply of a Vietnamese fishing boat near the reef.")
    assert ("ASSAULT", "Chinese navy", "Vietnamese") in _acts(doc), _acts(doc)
    doc = base_nlp("Russian troops used artillery to shell Ukrainian positions near the town.")
    assert ("ASSAULT", "Russian troops", "Ukrainian") in _acts(doc), _acts(doc)
    # a purpose that stops what the party does impedes it (impairing_verbs: stop, halt; 0.8.209)
    doc = base_nlp("Police used tear gas to halt a march of Kurdish students.")
    assert ("ASSAULT", "Police", "Kurdish students") in _acts(doc), _acts(doc)


def test_a_use_whose_purpose_names_no_actor_keeps_no_target(base_nlp):
    # contrasts: a purpose on a place, no purpose at all
    doc = base_nlp("Police used tear gas to clear the square.")
    assert [t for _, _, t in _acts(doc)] == [None], _acts(doc)
    doc = base_nlp("Police used tear gas in the capital.")
    assert [t for _, _, t in _acts(doc)] == [None], _acts(doc)


def test_a_protective_or_helping_purpose_aims_the_force_at_no_one(base_nlp):
    # review 49a: the purpose must harm or impede its object (targets._harming_purpose)
    doc = base_nlp("Police used water cannon to protect the U.S. embassy from protesters.")
    assert [(t, g) for t, _, g in _acts(doc) if t == "ASSAULT"] == [("ASSAULT", None)], _acts(doc)
    doc = base_nlp("The army used armored vehicles to shield Ukrainian villagers from the shelling.")
    assert not any(t == "ASSAULT" and g for t, _, g in _acts(doc)), _acts(doc)


@pytest.mark.parametrize("text, source", [
    ("North Korea pledged to denuclearize.", "North Korea"),
    ("Iran committed to reduce enrichment.", "Iran"),
    ("The Government of Chile committed to develop a national strategy to reduce emissions.", "Government of Chile"),
])
def test_a_promise_of_one_s_own_work_with_no_other_party_stays_agree(base_nlp, text, source):
    # review 49a: PLOVER AGREE "Requires recipient: No"; CAMEO 034 intent to change policy is AGREE
    doc = base_nlp(text)
    assert ("AGREE", source, None) in _acts(doc), _acts(doc)


def test_a_promise_naming_another_party_stays(base_nlp):
    # contrasts: the party in the to-clause, a party the promise is made to, co-subjects, a sum pledged
    doc = base_nlp("Norway pledged to help Kenya rebuild its schools.")
    assert ("AGREE", "Norway", "Kenya") in _acts(doc), _acts(doc)
    doc = base_nlp("Norway pledged to Sweden to build a new bridge.")
    assert ("AGREE", "Norway", "Sweden") in _acts(doc), _acts(doc)
    doc = base_nlp("Chile and Peru committed to develop a joint strategy.")
    assert {s for t, s, _ in _acts(doc) if t == "AGREE"} == {"Chile", "Peru"}, _acts(doc)
    doc = base_nlp("Norway pledged $50 million in humanitarian assistance.")
    assert any(t == "AGREE" and s == "Norway" for t, s, _ in _acts(doc)), _acts(doc)


def test_a_fronted_point_of_view_is_no_party_of_an_appeal_for_an_abstract_cause(base_nlp):
    # check abstract-cause: "For them," and "On Monday," before the clause are adjuncts, no
    # complement of "call for", so the appeal still names nobody
    doc = base_nlp("For many of them, the two kings were calling for peace.")
    assert not any(t == "DEMAND" for t, _, _ in _acts(doc)), _acts(doc)
    doc = base_nlp("On Monday, the bishops called for peace.")
    assert not any(t == "DEMAND" for t, _, _ in _acts(doc)), _acts(doc)


def test_an_appeal_with_an_addressee_or_a_concrete_act_stays(base_nlp):
    # contrasts: an addressee after the verb, a concrete act asked for
    doc = base_nlp("The bishops were calling on the government for peace.")
    assert ("DEMAND", "bishops", "government") in _acts(doc), _acts(doc)
    doc = base_nlp("The bishops called for the release of the detained journalists.")
    assert any(t == "DEMAND" and s == "bishops" for t, s, _ in _acts(doc)), _acts(doc)
