"""A co-actor the parser hung on the end of a name's "of" phrase (task targetless, s15): "the
United States of America and India convened ..." parses India as a conjunct of "America" inside
the name; it is a co-subject of the whole name, so the meeting is between both. Fixture sentences
are from the demo corpus (examples/statedept) unless marked as a contrast."""

from __future__ import annotations

from tests.nlp.linked_events import explain as _explain, linked as _events


def test_a_conjunct_after_a_names_of_phrase_is_a_co_actor(nlp):
    # Joint Statement of the U.S.-India Counternarcotics Working Group (2021)
    events = _events(nlp, "On June 2, the United States of America and India virtually convened the second meeting "
                     "of the Counternarcotics Working Group (CNWG).")
    consult = [e for e in events if e.type == "CONSULT"]
    assert consult and all(e.source_text == "United States of America" and e.target_text == "India"
                           for e in consult), _explain(consult)


def test_a_conjunct_inside_the_name_is_part_of_it(nlp):
    # contrast: "and" inside one name joins no second actor
    events = _events(nlp, "The Ministry of Foreign Affairs and Trade convened a meeting of the working group.")
    assert all(e.target_text is None for e in events if e.type == "CONSULT"), _explain(events)


def test_a_plural_name_shares_out_its_of_phrase(nlp):
    # White House statement (May 2024): the departments are one joint source, not "State" and
    # "Homeland Security" acting apart
    events = _events(nlp, "The Departments of the Treasury, State, and Homeland Security jointly issued a policy "
                     "alert to travel companies.")
    assert all(e.source_text not in ("State", "Homeland Security") for e in events), _explain(events)


def test_a_title_shares_out_its_of_phrase(nlp):
    # Secretary Blinken's call with G7 foreign ministers (2022): the ministers are named through
    # their states; the states listed are no counterparts of their own
    events = _events(nlp, "Secretary of State Antony J. Blinken spoke today with the G7 Foreign Ministers of Canada, "
                     "France, Germany, Italy, Japan, the United Kingdom, and the High Representative of the European "
                     "Union.")
    assert all(e.target_text not in ("France", "Germany") for e in events if e.type == "CONSULT"), _explain(events)


def test_states_the_parser_hung_on_an_appositive_state_are_list_members(nlp):
    # (compound2) a joint statement of several states, one of them named "the Kingdom of X": one
    # state is no apposition of another, so every listed state is a co-actor
    events = _events(nlp, "Australia, the Kingdom of the Netherlands, Belgium, Austria, Portugal, and Canada condemn "
                     "the regime's violent repression of peaceful protesters.")
    sources = {e.source_acts_for for e in events if e.type == "DISAPPROVE"}
    assert {"AUS", "NLD", "BEL", "AUT", "PRT", "CAN"} <= sources, _explain(events)


def test_a_true_apposition_of_a_state_is_no_list(nlp):
    # contrast: an appositive description of one state adds no co-actor
    events = _events(nlp, "Iceland, a founding member of the Alliance, condemned Russia's invasion of Ukraine.")
    assert [e.source_acts_for for e in events if e.type == "DISAPPROVE"] == ["ISL"], _explain(events)
