"""Descriptive phrases inside an actor's noun phrase are no actor of their own (events 0.7.540-0.7.544):
an owner named by a participle, a seeker of goods, an "as" comment clause, a predicative description
and a vote's partner or forum."""

from __future__ import annotations

from newsgraph.nlp.events import find_events


def _coded(events):
    return [(e.type, e.source_text, e.target_text) for e in events]


def test_the_owner_of_a_designated_facility_is_not_the_target(base_nlp):
    events = find_events(base_nlp("The Treasury Department sanctioned three prisons operated by the Syrian Air Force Intelligence."))
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert sanctions, _coded(events)
    assert not [e for e in sanctions if "Intelligence" in (e.target_text or "")], _coded(events)


def test_the_doer_of_an_act_noun_is_still_found_by_its_participle(base_nlp):
    events = find_events(base_nlp("The Council condemned the attacks carried out by Hamas."))
    assert ("DISAPPROVE", "Council", "Hamas") in _coded(events)


def test_seeking_goods_is_a_request_to_their_origin_not_an_agreement(base_nlp):
    events = find_events(base_nlp("Venezuela seeks to purchase fighter jets from Russia."))
    assert [(e.type, e.source_text, e.target_text) for e in events] == [("DEMAND", "Venezuela", "Russia")]
    events = find_events(base_nlp("Mongolia wants to buy Korean tanks."))
    assert not [e for e in events if e.type in ("AGREE", "AID")], _coded(events)
    assert [e.source_text for e in events if e.type == "DEMAND"] == ["Mongolia"]


def test_an_attempt_to_acquire_goods_is_no_aid(base_nlp):
    events = find_events(base_nlp("Ecuador tried to acquire Russian helicopters."))
    assert not [e for e in events if e.type == "AID"], _coded(events)


def test_agreeing_to_buy_goods_stays_an_agreement(base_nlp):
    events = find_events(base_nlp("Peru agreed to buy Russian helicopters."))
    assert [e.type for e in events] == ["AGREE"]


def test_an_as_comment_clause_is_no_act_of_its_own(base_nlp):
    events = find_events(base_nlp("As agreed, Russia withdrew its troops from the border."))
    assert [e.type for e in events] == ["RETREAT"], _coded(events)
    events = find_events(base_nlp("As promised, Germany halted the pipeline project and imposed sanctions on Moscow."))
    assert not [e for e in events if e.type == "AGREE"], _coded(events)


def test_a_predicative_description_takes_the_copula_subject_as_the_actor(base_nlp):
    events = find_events(base_nlp("Syria was the only country in the Middle East to vote against the resolution."))
    assert [(e.type, e.source_text) for e in events] == [("DISAPPROVE", "Syria")]


def test_voting_with_a_state_against_a_resolution_does_not_target_that_state(base_nlp):
    events = find_events(base_nlp("Belarus voted with Russia against the resolution."))
    assert not [e for e in events if e.target_text == "Russia"], _coded(events)


def test_the_body_a_resolution_is_voted_in_is_no_target(base_nlp):
    events = find_events(base_nlp("Belarus voted against a Security Council resolution."))
    assert not [e for e in events if e.target_text], _coded(events)
    # a state's own draft still names its author
    events = find_events(base_nlp("Belarus voted against a Russian resolution."))
    assert [e.target_text for e in events] == ["Russian"]


def test_an_apposition_or_inverted_copula_description_names_its_referent_as_actor(base_nlp):
    events = find_events(base_nlp("Cuba, the only country in the Caribbean to vote against the resolution, defended Moscow."))
    assert ("DISAPPROVE", "Cuba") in [(e.type, e.source_text) for e in events], _coded(events)
    events = find_events(base_nlp("The only country in the Caribbean to vote against the resolution was Cuba."))
    assert [(e.type, e.source_text) for e in events] == [("DISAPPROVE", "Cuba")], _coded(events)
    # a non-finite "become" takes its named controller
    events = find_events(base_nlp("In 1972 Nixon travelled to Beijing to become the first American president to visit China."))
    assert ("Nixon", "China") in [(e.source_text, e.target_text) for e in events if e.type == "CONSULT"], _coded(events)
