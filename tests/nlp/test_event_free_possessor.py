"""A third-person possessor of the object that cannot agree with its clause's subject stands for
another party, the one acted on (events 0.8.60, linking 0.3.790): "We salute their bravery" is
aimed at whoever "their" is, resolved to the nearest plural group of people before it; a
possessor that agrees with the subject stays the subject's own ("express their support")."""

from __future__ import annotations

from tests.nlp.linked_events import explain, linked


def _of(events, trigger_start):
    return [e for e in events if e.trigger.startswith(trigger_start)]


def test_their_after_a_first_person_subject_is_the_people_named_before(nlp):
    events = linked(nlp, "Ukrainian soldiers fought hard in Bakhmut. We salute their bravery.")
    saluted = _of(events, "salute")
    assert saluted and saluted[0].target_text == "Ukrainian soldiers", explain(events)
    assert saluted[0].target_acts_for == "UKR", explain(events)
    assert "which the object 'their' stands for" in saluted[0].explanation


def test_their_after_a_named_state_is_free_and_follows_a_chain_of_their(nlp):
    # a state's name is singular ("The United States salutes"), so "their" is someone else's; the
    # possessive "their" of the sentence before is a link of the chain headed by "the Ukrainian people"
    events = linked(nlp, "The Ukrainian people defend their nation every day. The United States salutes "
                         "their bravery.")
    saluted = _of(events, "salutes")
    assert saluted and saluted[0].source_key == "country:USA", explain(events)
    assert saluted[0].target_acts_for == "UKR", explain(events)


def test_their_that_agrees_with_a_coordinated_subject_is_no_target(nlp):
    # "The United States and Germany express their support": "their" is the subject's own
    events = linked(nlp, "The United States and Germany express their strong support for the energy initiative.")
    for event in _of(events, "express"):
        assert (event.target_text or "").lower() != "their", explain(events)


def test_unresolved_free_possessor_leaves_no_target(nlp):
    # nothing before "their" that it could stand for: the pronoun is dropped, as an object
    # pronoun nobody resolved is (linked-actors)
    events = linked(nlp, "We salute their bravery.")
    for event in _of(events, "salute"):
        assert (event.target_text or "").lower() != "their", explain(events)


def test_demand_for_its_cessation_is_made_of_the_act_s_doer(nlp):
    # "its cessation" = "the cessation of it", and "it" is the act named just before (the nearest
    # singular act noun): only its doer can stop it (PLOVER DEMAND: the one asked to comply)
    events = linked(nlp, "The ministers met in Oslo to denounce Iran's aggression and demand its cessation.")
    demanded = _of(events, "demand")
    assert demanded and demanded[0].target_key == "country:IRN", explain(events)


def test_its_cessation_after_a_thing_names_no_doer(nlp):
    # the nearest singular noun is no act with a doer named: nobody is asked
    events = linked(nlp, "The ministers welcomed the ceasefire and demanded its end.")
    for event in _of(events, "demanded"):
        assert event.target_key is None, explain(events)
