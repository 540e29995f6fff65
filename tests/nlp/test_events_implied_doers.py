"""Stop 49 (issue 6): a body's own session is no consultation (events.status._own_session, check
not-internal); a title + "of" + body + name is the person (events.targets._holder_after_office,
linking.titles._key_named_office_holders). Sentences are our own."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"


def _events(nlp, text):
    return extract(text, dt.date(2022, 5, 8), nlp=nlp, outlet=STATE).events


def _consults(nlp, text):
    return [e for e in _events(nlp, text) if e.type == "CONSULT"]


def test_a_body_convening_alone_is_no_consultation(nlp):
    assert _consults(nlp, "The Cabinet convened on Monday to review the draft budget.") == []
    assert _consults(nlp, "The Estonian cabinet met on Thursday to discuss the energy plan.") == []
    assert _consults(nlp, "Moldova's Supreme Security Council convened to assess the situation.") == []


def test_a_body_meeting_a_partner_or_two_parties_meeting_stay(nlp):
    with_partner = _consults(nlp, "The Cabinet convened with the regional governors to review the draft budget.")
    assert [e.target_text for e in with_partner] == ["regional governors"]
    convened_others = _consults(nlp, "The Cabinet convened the regional governors to review the draft budget.")
    assert len(convened_others) == 1
    two = _consults(nlp, "Peru and Chile convened to review their trade accord.")
    assert len(two) == 1 and two[0].target_key == "country:CHL"


def test_a_joint_body_of_two_states_meeting_stays(nlp):
    assert len(_consults(nlp, "The U.S.-Mexico joint committee met in Monterrey to review the plan.")) == 1


def test_a_partner_inside_a_nominal_keeps_the_meeting(nlp):
    # review 49b: "for talks with X" names a partner as "met with X" does; a government is no
    # deliberative body sitting on its own
    for text, state in (("The Afghan government met in Doha for talks with the Taliban.", "country:AFG"),
                        ("The Malian government met in Algiers for talks with the Tuareg rebels.", "country:MLI")):
        events = _consults(nlp, text)
        assert len(events) == 1 and events[0].source_key == state and events[0].target_key, (text, events)
    assert _consults(nlp, "The Malian government met in Algiers on Tuesday.") != []


def test_a_two_word_demonym_is_one_state(nlp):
    # review 49b: states are counted by country, not by GPE / NORP tokens ("South" + "Korean")
    assert _consults(nlp, "The South Korean cabinet met on Monday to discuss the budget.") == []
    assert _consults(nlp, "The South Korean cabinet met on Friday to discuss the pension reform.") == []
    assert _consults(nlp, "The Korean cabinet met on Friday to discuss the pension reform.") == []
    assert len(_consults(nlp, "The U.S.-Mexico joint committee met in Monterrey to review the plan.")) == 1


def test_a_title_of_a_body_followed_by_a_name_is_the_person(nlp):
    events = [e for e in _events(nlp, "The Pacific Council will honor Executive Director of the World Food "
                                      "Programme Maria Kessler at its annual dinner.") if e.type == "AGREE"]
    assert len(events) == 1
    assert events[0].target_text.endswith("Maria Kessler")
    assert events[0].target_key == "person:maria-kessler"


def test_a_title_of_a_body_with_no_name_after_it_is_not_keyed_to_a_person(nlp):
    events = [e for e in _events(nlp, "The Pacific Council will honor the Executive Director of the World Food "
                                      "Programme at its annual dinner.") if e.type == "AGREE"]
    assert len(events) == 1
    assert events[0].target_text == "Executive Director of the World Food Programme"
    assert not (events[0].target_key or "").startswith("person:")
