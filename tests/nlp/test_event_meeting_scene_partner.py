"""A joint act told in a "where" / "when" relative clause on the place or time of a meeting, with a
plural pronoun subject ("they": the two who meet), is aimed at the one met, the meeting verb's
object or "with" phrase (``targets._meeting_scene_partner``); a definite title there takes the
article's earlier holder of that title through coreference, and none where two hold it. All
sentences are invented."""

from __future__ import annotations

from tests.nlp.linked_events import explain, linked

MET = "Secretary of State Antony J. Blinken met today with Kenyan Foreign Minister Raychelle Omamo. "


def _discussions(events):
    return [e for e in events if "discuss" in e.trigger and e.type in ("AGREE", "CONSULT")]


def test_a_discussion_at_the_meeting_a_where_clause_tells_is_with_the_one_met(nlp):
    events = _discussions(linked(nlp, MET + "The Secretary said that he looked forward to seeing the Foreign "
                                             "Minister again next week in Nairobi, where they would continue to "
                                             "discuss trade."))
    assert [(e.target_text, e.target_key) for e in events] == [
        ("Foreign Minister", "person:raychelle-omamo")], explain(events)


def test_two_earlier_holders_of_the_title_leave_the_one_met_unkeyed(nlp):
    events = _discussions(linked(nlp, "Kenyan Foreign Minister Raychelle Omamo and Ghanaian Foreign Minister "
                                      "Shirley Botchwey visited Paris. The Secretary said that he looked forward to "
                                      "seeing the Foreign Minister next week in Nairobi, where they would continue "
                                      "to discuss trade."))
    assert events and all(e.target_key is None for e in events), explain(events)


def test_a_where_clause_on_a_place_reached_by_no_meeting_names_no_partner(nlp):
    events = _discussions(linked(nlp, MET + "The Secretary said that he looked forward to returning next week to "
                                            "Nairobi, where they would continue to discuss trade."))
    assert events and all(e.target_text is None for e in events), explain(events)


def test_the_one_met_in_person_is_the_partner_though_the_parser_takes_person_for_the_object(nlp):
    # "seeing X in-person": the hyphenated adverb may be parsed as the noun "person" with X its modifier
    events = _discussions(linked(nlp, MET + "The Secretary added that he looked forward to seeing the Foreign "
                                            "Minister in-person on Friday in Nairobi, where they would continue to "
                                            "discuss these questions."))
    assert [(e.target_text, e.target_key) for e in events] == [
        ("Foreign Minister", "person:raychelle-omamo")], explain(events)
