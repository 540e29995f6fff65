"""Groups met on an official's trip take the host state (nlp/context_states.py
``place_trip_partners``); a bare noun coordinated with a modified plural actor noun shares its
head as the meeting's partner (nlp/events/targets.py ``_shared_head_conjunct``). Sentences from the demo
corpus's State Department trip readouts (examples/statedept/articles_geopolitics.jsonl)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.context_states import trip_partner
from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"

# "Counselor Chollet's Trip to Ukraine" (articles_geopolitics.jsonl:36, July 2021)
CHOLLET = ("Counselor of the Department Derek Chollet met with Ukrainian Prime Minister Denys Shmyhal, Foreign "
           "Minister Dmytro Kuleba, Head of Presidential Office Andriy Yermak, and Deputy Foreign Minister Yevhenii "
           "Yenin in Kyiv, Ukraine, on July 20-21. Counselor Chollet reiterated our support for Ukraine’s "
           "sovereignty, territorial integrity, and Euro-Atlantic aspirations. Counselor Chollet also met with "
           "energy sector and corporate governance leaders to discuss Ukraine’s prosperity and energy security.")

# "Under Secretary Fernandez's Travel to Honduras and Costa Rica" (two legs, cut)
FERNANDEZ = ("Under Secretary of State Jose W. Fernandez will travel to Tegucigalpa, Honduras, on March 17 and San "
             "José, Costa Rica, on March 19 to engage with government officials.\nIn Honduras, Under Secretary "
             "Fernandez will meet with President Xiomara Castro. In addition, Under Secretary Fernandez will meet with "
             "civil society groups to advance our support for essential anti-corruption and labor rights efforts.")


def test_a_group_met_on_a_trip_to_one_state_is_that_states(nlp):
    x = extract(CHOLLET, dt.date(2021, 7, 21), nlp=nlp, outlet=STATE, title="Counselor Chollet’s Trip to Ukraine")
    met = [e for e in x.events if e.trigger == "met" and "energy sector" in CHOLLET[e.sentence_start:e.sentence_end]]
    assert met, [(e.trigger, e.target_text) for e in x.events]
    event = met[0]
    assert event.type == "CONSULT"
    assert event.target_text.endswith("corporate governance leaders")
    assert event.target_acts_for == "UKR"
    assert "a group met on a trip" in event.explanation


def test_the_same_group_with_no_trip_title_stays_unplaced_by_the_trip(nlp):
    x = extract(CHOLLET, dt.date(2021, 7, 21), nlp=nlp, outlet=STATE, title="Counselor Chollet’s Remarks")
    met = [e for e in x.events if e.trigger == "met" and (e.target_text or "").endswith("leaders")]
    assert met and all("a group met on a trip" not in (e.explanation or "") for e in met)


def test_a_group_met_on_a_leg_of_a_longer_trip_is_that_legs_state(nlp):
    x = extract(FERNANDEZ, dt.date(2022, 3, 16), nlp=nlp, outlet=STATE,
                title="Under Secretary Fernandez’s Travel to Honduras and Costa Rica")
    event = next(e for e in x.events if e.target_text == "civil society groups")
    assert event.target_acts_for == "HND"
    assert "the leg of the trip named last before its sentence" in event.explanation


def test_trip_partners_are_stateless_groups_not_names_or_the_travellers_party():
    for text in ("innovation leaders", "environmental NGOs", "members of the business community",
                 "civil society representatives"):
        assert trip_partner(text), text
    for text in ("members", "partners", "an interagency delegation", "foreign partners", "our countries",
                 "Nogales", "ISF leadership", "him", "80 people"):
        assert not trip_partner(text), text


def test_the_body_whose_leadership_is_met_is_the_partner(base_nlp):
    # state.gov, "Assistant Secretary ... Robinson's Travel to Beirut, Vienna, and Chisinau" (ISF: Internal
    # Security Forces of Lebanon)
    from newsgraph.nlp.events import find_events

    doc = base_nlp("The Assistant Secretary also met with ISF leadership to highlight current U.S. support for the "
                   "organization’s resilience and professionalization.")
    met = [e for e in find_events(doc) if e.trigger == "met"]
    assert met and met[0].type == "CONSULT" and met[0].target_text == "ISF"
    assert "actor inside pobj 'with'" in met[0].explanation


def test_a_with_phrase_of_a_clause_below_the_meeting_gives_no_partner(base_nlp):
    # near miss, state.gov readout (Secretary Blinken and Colombia's President-Elect): "aligns with"
    # is inside what was discussed
    from newsgraph.nlp.events import find_events

    doc = base_nlp("The Secretary discussed how the U.S.-Colombia integrated counternarcotics strategy aligns with "
                   "President-Elect Petro’s goal to diminish rural violence.")
    assert all(e.target_text != "President-Elect Petro" for e in find_events(doc) if e.type == "CONSULT")


# a trip announcement of one's own: talks with no party named are with the host of the leg
RIVERA = ("Deputy Secretary of State Wendy Sherman will travel to Lima, Peru, on May 3. "
          "The Deputy Secretary will discuss energy security and trade.")


def test_talks_on_a_trip_with_no_party_named_are_with_the_host(nlp):
    x = extract(RIVERA, dt.date(2022, 5, 1), nlp=nlp, outlet=STATE, title="Deputy Secretary Sherman’s Travel to Peru")
    talks = [e for e in x.events if e.trigger == "discuss"]
    assert talks and all(e.target_acts_for == "PER" for e in talks), [(e.type, e.target_key) for e in talks]
    assert all("the host of talks on a trip" in e.explanation for e in talks)


def test_the_same_talks_with_no_trip_title_take_no_host(nlp):
    x = extract(RIVERA, dt.date(2022, 5, 1), nlp=nlp, outlet=STATE, title="Deputy Secretary Sherman’s Remarks")
    talks = [e for e in x.events if e.trigger == "discuss"]
    assert talks, [(e.type, e.trigger) for e in x.events]
    assert all("the host of talks on a trip" not in (e.explanation or "") for e in talks)
