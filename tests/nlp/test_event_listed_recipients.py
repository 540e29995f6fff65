"""Recipients the sentence names but the event dropped (events 0.7.124, issue 6 kind 4): the people a
meeting is with, named behind a partitive or quantity head ("a diverse array of X", "a number of
X"), and people named by a list of their states ("representatives from A, B and C"), which
reach every state listed. Each with the near miss the rule must leave alone."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _dyads(events, trigger):
    return {(e.type, e.target_text, e.target_acts_for) for e in events if e.trigger.startswith(trigger)}


def _visitors(events, trigger):
    # a hosted visit is coded visitor -> host (PLOVER CONSULT): the hosted people are the sources
    return {(e.type, e.source_text, e.source_acts_for) for e in events if e.trigger.startswith(trigger)}


def test_people_met_behind_a_partitive_head_are_the_partner(nlp):
    # PLOVER CONSULT: the party met; "an array / a range / a number of X" are the X themselves
    events = linked(nlp, "The Under Secretary will meet a broad range of Colombian officials in Bogota next week.")
    assert ("AGREE", "Colombian officials", "COL") in _dyads(events, "meet"), show(events)
    events = linked(nlp, "The Ambassador met a number of Nigerian students in Lagos on Monday.")
    assert {t for _, _, t in _dyads(events, "met")} == {"NGA"}, show(events)


def test_a_range_of_topics_discussed_is_no_partner(nlp):
    # a verb of discussion takes its topic as object: the state inside it took no part
    events = linked(nlp, "The Secretary discussed a range of Colombian concerns on Monday.")
    assert all(e.target_text is None for e in events if e.trigger.startswith("discussed")), show(events)


def test_people_of_listed_states_reach_each_state(nlp):
    # a coordinated "from / of" object relates the head noun to every item: one dyad per state
    events = linked(nlp, "The Deputy Secretary hosted diplomatic representatives from Peru, Chile, and Ecuador on Tuesday.")
    assert {t for _, _, t in _visitors(events, "hosted")} == {"PER", "CHL", "ECU"}, show(events)
    events = linked(nlp, "The Secretary met with the foreign ministers of Peru and Chile on Tuesday.")
    assert {t for _, _, t in _dyads(events, "met")} == {"PER", "CHL"}, show(events)


def test_people_of_one_state_or_a_mixed_list_stay_one_recipient(nlp):
    # one state: the people themselves stay the recipient, keyed to it
    events = linked(nlp, "The Deputy Secretary hosted diplomatic representatives from Peru on Tuesday.")
    assert {(text, t) for _, text, t in _visitors(events, "hosted")} == {("diplomatic representatives from Peru", "PER")}, \
        show(events)
    # a list that is not all states (a state and a body) is left as it was read: one recipient
    events = linked(nlp, "The Deputy Secretary hosted diplomatic representatives from Peru and the World Bank on Tuesday.")
    assert {(text, t) for _, text, t in _visitors(events, "hosted")} == {("diplomatic representatives from Peru", "PER")}, \
        show(events)


def test_political_opponents_are_opposition_people_coercion_reaches(nlp):
    # CAMEO &OPPOSITION lists OPPONENT with OPPOSITION (Phoenix ~OPP): people of a sector that an
    # arrest is done to are its patient, as "arrested journalists" (PLOVER COERCE target)
    events = linked(nlp, "Last month the Belarusian authorities arrested 14 political opponents in Minsk.")
    found = {(e.target_text, e.target_sector) for e in events if e.trigger.startswith("arrested")}
    assert ("14 political opponents", "OPP") in found, show(events)


def test_an_opponent_in_a_game_is_no_opposition():
    from newsgraph.resolve.actors import agent_match

    assert agent_match("their opponents") is None  # only the political sense is the OPP sector
