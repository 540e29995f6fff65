"""Who a call naming no addressee is made on (task fix46a; invented readouts and statements).

PLOVER REQUEST: the recipient is the party asked to act. A state that makes the call (its source's,
or a co-subject's: a readout's "the two ministers" taken as its two sides) is never its addressee,
however the statement's other calls and title name it; and a call whose own words name one state's
people, ground or institutions by possession or place ("for the democratic will of the Nicaraguan
people to be respected") is made on that state's government."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import build_pipeline, extract, make_doc

STATE = "United States Department of State"
TITLE = "Readout of Secretary Smith’s Meeting with Foreign Minister Alvarez of Chile"
OPENING = ("Secretary of State John Smith met today with Foreign Minister Maria Alvarez of Chile in Washington to "
           "discuss the U.S.-Chile partnership. Secretary Smith thanked Foreign Minister Alvarez for Chile’s "
           "leadership on regional migration. ")
CLOSING = " Secretary Smith underscored the need for Chile to expand its lithium exports."


def _joint_calls(nlp, call, title=TITLE):
    text = OPENING + call + CLOSING
    x = extract(text, dt.date(2023, 5, 10), nlp=nlp, outlet=STATE, title=title)
    at = text.index(call)
    return [e for e in x.events if e.type == "DEMAND" and at <= e.trigger_start < at + len(call)]


def _targets(calls):
    return sorted((e.source_acts_for, e.target_key, e.target_acts_for, e.target_sector) for e in calls)


def test_a_co_caller_named_by_the_title_is_not_the_addressee(nlp):
    # the Secretary's other call (on Chile) and the title name Chile, but Chile made this call too
    calls = _joint_calls(nlp, "The two ministers discussed regional security and called for the end of "
                              "political repression.")
    assert {e.source_acts_for for e in calls} == {"USA", "CHL"}, [(e.source_text, e.explanation) for e in calls]
    assert all(e.target_key is None and e.target_acts_for is None for e in calls), \
        [(e.source_text, e.target_key, e.explanation) for e in calls]


def test_a_call_on_a_state_s_people_is_made_on_its_government(nlp):
    calls = _joint_calls(nlp, "The two ministers discussed the situation in Nicaragua and called for the "
                              "democratic will of the Nicaraguan people to be respected and for the end of "
                              "political repression.")
    assert _targets(calls) == [("CHL", "country:NIC", "NIC", "GOV"), ("USA", "country:NIC", "NIC", "GOV")], \
        [(e.source_text, e.explanation) for e in calls]
    assert all("the call's own words name" in e.explanation for e in calls)


def test_a_call_on_repression_in_a_state_is_made_on_its_government(nlp):
    calls = _joint_calls(nlp, "The two ministers called for an end to political repression in Nicaragua.")
    assert calls and all(e.target_acts_for == "NIC" for e in calls), [(e.source_text, e.explanation) for e in calls]


def test_the_statement_s_own_state_still_takes_a_call_with_no_addressee(nlp):
    # contrast (unchanged): a statement on one state whose voice calls on its government
    text = ("We call on the Cuban government to respect the rights of the Cuban people. We urge the Cuban "
            "government to release those detained for peaceful protest. We call for press freedom and for the "
            "full restoration of Internet access.")
    x = extract(text, dt.date(2021, 7, 26), nlp=nlp, outlet=STATE, title="Joint Statement on Cuba")
    calls = [e for e in x.events if e.type == "DEMAND" and e.trigger_start > text.index("press freedom") - 20]
    assert calls and all(e.target_acts_for == "CUB" and e.target_sector == "GOV" for e in calls), \
        [(e.target_key, e.explanation) for e in calls]


def _content_states(nlp, text, verb_word):
    from newsgraph.nlp.context_states import _called_content_states

    doc = nlp(make_doc(nlp, text, dt.date(2023, 5, 10), outlet=STATE))
    verb = next(t for t in doc if t.text == verb_word)
    return _called_content_states(doc, verb, 0, len(text))


def test_content_states_are_possessors_and_places_not_beneficiaries(nlp):
    assert _content_states(nlp, "They called for the will of the Venezuelan people to be respected.", "called") \
        == {"VEN"}
    assert _content_states(nlp, "They called for an end to the repression of journalists in Belarus.", "called") \
        == {"BLR"}
    # a beneficiary of what is asked for, an act's object, or a state outside the call's content
    assert _content_states(nlp, "They called for more humanitarian support for Sudan.", "called") == set()
    assert _content_states(nlp, "They called for aid to reach Somalia.", "called") == set()
    assert _content_states(nlp, "They discussed the situation in Haiti and called for calm.", "called") == set()
    # the people asked to act (an addressee "on", an active clause's subject) are no content owners
    assert _content_states(nlp, "They called on the people of Venezuela to vote peacefully.", "called") == set()
    assert _content_states(nlp, "They called for the people of Venezuela to choose their leaders.", "called") \
        == set()
