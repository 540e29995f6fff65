"""Background side clauses and private dealings (task sidecl): who hosted, mediated, called for
or ratified a thing, told in a side clause on that thing with no counterpart, restates how it
came about and is no event (check not-background); a help, meeting or agreement whose every side
is a private actor of some state (civilians, firms, students) is no political event (check
political-actor). The real act of the sentence, force on people told in a participle, a
protest and an attack on civilians stay. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain, linked


@pytest.mark.parametrize("text, trigger", [
    ("Foreign ministers discussed the ceasefire called for by the United Nations Security Council.", "called"),
    ("Delegates from Hamas and Israel attended the conference hosted by Qatar in Doha on Tuesday.", "hosted"),
    ("The two sides resumed talks mediated by Egypt on Monday.", "mediated"),
    ("The leaders reviewed progress since the summit, hosted by France last year, on climate finance.", "hosted"),
    ("The opposition criticized the treaties which the government has ratified.", "ratified"),
    ("The Senate approved the import ban, which Republicans and Democrats had called for.", "called"),
])
def test_who_set_up_a_thing_in_a_side_clause_is_no_event(nlp, text, trigger):
    events = [e for e in linked(nlp, text) if trigger in e.trigger]
    assert not events, explain(events)


@pytest.mark.parametrize("text, trigger, event_type", [
    # the reported act itself
    ("President Macron hosted the summit of European leaders in Paris on Friday.", "hosted", "CONSULT"),
    # force on people told in a participle is the happening (not a verbal or arranging act)
    ("Six soldiers killed by a roadside bomb in Kandahar were buried on Sunday.", "killed", "ASSAULT"),
    # a subject relative tells what its actor does
    ("Israel and Hamas resumed indirect talks on Monday, according to Egypt, which has been mediating "
     "between the two sides.", "mediating", "CONSULT"),
    # the main act of a sentence with a side clause
    ("Delegates from Hamas and Israel attended the conference hosted by Qatar in Doha on Tuesday.",
     "attended", "CONSULT"),
])
def test_main_acts_and_force_in_participles_stay(nlp, text, trigger, event_type):
    events = [e for e in linked(nlp, text) if trigger in e.trigger and e.type == event_type]
    assert events, explain(linked(nlp, text))


@pytest.mark.parametrize("text", [
    "Students from Kenya met with students from Uganda at a science fair in Nairobi.",
    "A Chinese company signed an agreement with a German carmaker on Monday.",
])
def test_private_actors_dealing_among_themselves_make_no_event(nlp, text):
    events = linked(nlp, text)
    assert not events, explain(events)


@pytest.mark.parametrize("text, event_type", [
    ("Thousands of Cuban citizens protested against the government in Havana on Sunday.", "PROTEST"),
    ("Gunmen killed five Nigerian villagers on Monday.", "ASSAULT"),
    # a private actor meeting a political one is a political event
    ("Kenyan students met with President Ruto in Nairobi on Monday.", "CONSULT"),
    # relief by civilians is left to AID
    ("Colombian farmers helped the Venezuelan migrants with food and shelter.", "AID"),
])
def test_civilians_protesting_attacked_or_meeting_officials_stay(nlp, text, event_type):
    events = linked(nlp, text)
    assert any(e.type == event_type for e in events), explain(events)
