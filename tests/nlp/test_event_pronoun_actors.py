"""Pronoun actors (issue 6, task pronouns): the generic reader "you" is no actor (check not-reader,
events.reader_check), a briefer's "you" is the press (not-briefing-talk), a reporter's "you" is
the official who answers (linking._asked_official), and the subject "they" of an embedded clause
takes the nearest actor noun above it (linking._embedded_they_antecedent). Fixtures are sentences
of State Department releases and transcripts in the demo corpus (examples/statedept; public
domain), cut to what the example needs."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.events import find_events
from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"

# "Ecuador: Travel Advisory Raised to Level 3 – Reconsider Travel": advice to the reader
TRAVEL_ADVISORY = (
    "Reconsider travel to Ecuador due to crime.\n"
    "Visit the CDC page for the latest Travel Health Information related to your travel.\n"
    "If you decide to travel to Ecuador:\n"
    "Enroll in the Smart Traveler Enrollment Program.\n")
# "A Senior State Department Official On Our Diplomatic Presence in Ukraine": the briefer answers
# a reporter's word
BRIEFER_YOU = (
    "MODERATOR: Thank you. We'll go to the line of Matt Lee.\n"
    "QUESTION: Are you evacuating the embassy?\n"
    "SENIOR STATE DEPARTMENT OFFICIAL: I want to emphasize – you used the term “evacuating” the embassy. "
    "We continue to have a presence in the country.\n")
# Secretary Blinken with Andrea Kalan: a question read out to the Secretary, who answers next
ASKED_YOU = (
    "Secretary Antony J. Blinken with Andrea Kalan of the State Department\n"
    "SECRETARY BLINKEN: And we want to make sure that this can’t be repeated.\n"
    "QUESTION: Our next question is from Iurii Sheiko from Deutsche Welle: “Yesterday you announced additional "
    "security assistance for Ukraine of $100 million. Does the U.S. intend to provide jets?”\n"
    "SECRETARY BLINKEN: Well, we and many other countries have been providing anti-armor systems.\n")
# "Secretary Blinken and Secretary Austin’s Travel to Ukraine": "they" inside a relative clause
NATO_ALLIES = ("This assistance will also help NATO Allies with backfilling capabilities they have donated to "
               "Ukraine from their own stockpiles.")


def test_the_generic_readers_travel_is_no_event(nlp):
    events = find_events(nlp(TRAVEL_ADVISORY))
    assert not any((e.source_text or "").lower() == "you" for e in events), [e.trigger for e in events]


def test_a_quoted_you_is_no_generic_reader(nlp):
    # a "you" inside a quotation addresses someone in the story, not the reader: kept
    from newsgraph.nlp.events import _generic_reader

    text = "“If you decide to attack Ukraine, we will respond,” Biden told Putin."
    doc = nlp(text)
    assert _generic_reader(doc, "you", text.index("you") + 0) is False
    doc = nlp(TRAVEL_ADVISORY)
    assert _generic_reader(doc, "you", TRAVEL_ADVISORY.index("If you") + 3) is True


def test_a_briefers_you_is_the_press_and_no_actor(nlp):
    events = find_events(nlp(BRIEFER_YOU))
    assert not any((e.source_text or "") == "you" for e in events), [(e.trigger, e.source_text) for e in events]


def test_a_reporters_you_is_the_official_who_answers(nlp):
    x = extract(ASKED_YOU, dt.date(2022, 3, 17), nlp=nlp, outlet=STATE)
    aid = next(e for e in x.events if e.type == "AID" and e.source_text == "you")
    assert aid.source_key == "person:antony-j-blinken"
    assert aid.target_key == "country:UKR"


def test_they_in_a_relative_clause_takes_the_actor_noun_above(nlp):
    x = extract(NATO_ALLIES, dt.date(2022, 4, 25), nlp=nlp, outlet=STATE)
    donated = next(e for e in x.events if e.trigger == "donated")
    assert donated.source_text == "they"
    assert donated.source_key == "org:nato-allies"
    assert donated.target_key == "country:UKR"


# "Readout of National Security Advisor Jake Sullivan’s Call with Brazilian Presidential Advisor
# Celso Amorim" (The White House): one side named as subject between the call and "They"
SULLIVAN_AMORIM = (
    "National Security Advisor Jake Sullivan spoke by telephone today with Brazilian Presidential Advisor Celso "
    "Amorim to follow up on last week’s call between President Biden and President Lula. The two discussed ongoing "
    "progress in efforts to deepen bilateral and regional cooperation. National Security Advisor Sullivan "
    "underscored the importance of continuing to build upon joint efforts to expand Atlantic cooperation. They "
    "agreed to meet in person on the margins of the United Nations General Assembly.")


def test_they_after_a_sentence_led_by_one_side_is_the_readouts_participants(nlp):
    x = extract(SULLIVAN_AMORIM, dt.date(2023, 3, 2), nlp=nlp, outlet="The White House")
    agreed = next(e for e in x.events if e.trigger.startswith("agreed"))
    assert (agreed.source_key, agreed.source_acts_for) == ("person:jake-sullivan", "USA")
