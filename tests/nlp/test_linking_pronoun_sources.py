"""A subject "they" whose antecedent is a body of staff ("Our personnel", "Department of State
personnel") acts for the staff's employer (linking ``_staff_owner``); other unnamed groups get no state.
A source "he" that its own object "him" binds is moved to the clause above (``_unbind_conjunct_source``)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"

# demo corpus, State Department statement "Department of State Presence in Ukraine" (2022-02-22)
PRESENCE = ("Today the Department of State is again taking action for the safety and security of U.S. citizens, "
            "including our personnel. For security reasons, Department of State personnel currently in Lviv will "
            "spend the night in Poland. Our personnel will regularly return to continue their diplomatic work in "
            "Ukraine and provide emergency consular services. They will continue to support the Ukrainian people "
            "and the Ukrainian government, coordinating on diplomatic efforts.")


def test_they_after_our_personnel_acts_for_the_publishing_state(nlp):
    x = extract(PRESENCE, dt.date(2022, 2, 22), nlp=nlp, outlet=STATE)
    support = next(e for e in x.events if e.source_text == "They")
    assert support.type == "SUPPORT"
    assert support.source_acts_for == "USA"
    assert support.target_acts_for == "UKR"


def test_they_after_a_group_with_no_employer_stays_stateless(nlp):
    # demo corpus, Kuleba's remarks with Blinken at the Poland-Ukraine border: "our partners" are
    # Ukraine's partners, no state of their own
    text = ("Ukraine will win this war anyway, because this is the people’s war for their land. And if our partners "
            "continue to take bold, systemic decisions to step up economic and political pressure on Russia, if "
            "they continue to provide us with weapons, we will win faster.")
    x = extract(text, dt.date(2022, 3, 5), nlp=nlp, outlet=STATE)
    provided = [e for e in x.events if e.trigger_start is not None and e.trigger_start > text.index("if they")]
    assert provided
    # since linking 0.3.817 a "they" that resolves to nothing is stored as its antecedent's words
    assert all(e.source_text == "our partners" and e.source_acts_for is None for e in provided)


# demo corpus, State Department "Announcement of Daniel Foote as Special Envoy for Haiti" (2021-07-22)
FOOTE = ("The Department of State is pleased to announce that Ambassador Daniel Foote, a career member of the "
         "Senior Foreign Service, will serve as its Special Envoy for Haiti. Special Envoy Foote brings extensive "
         "diplomatic experience to this role – including as Deputy Chief of Mission in Haiti and as the U.S. "
         "Ambassador to Zambia. The Department congratulates Special Envoy Foote as he takes on his new role and "
         "thanks him for his continued service to his country.")


def test_he_bound_by_its_object_him_is_no_source_of_the_conjoined_verb(nlp):
    # "he ... thanks him": a non-reflexive object is free in its clause (Principle B), so "thanks"
    # shares the main clause's subject, the Department, not the as-clause's "he"
    x = extract(FOOTE, dt.date(2021, 7, 22), nlp=nlp, outlet=STATE)
    thanks = [e for e in x.events if e.trigger.startswith("thank")]
    # since events 0.7.710 the object "him" resolves to Foote, so the act is the Department
    # thanking its own envoy: one government's internal act, dropped (check internal-interaction),
    # as it is with his name written out; "he" never made Foote the thanker
    assert thanks == [], [(e.source_text, e.source_key, e.target_text) for e in thanks]
    assert not [e for e in x.events if e.source_key == "person:daniel-foote" and e.target_key == "person:daniel-foote"]


# an unsigned release's "I": the institution's own official (linking ``_publisher_official``)
DRAWDOWN = ("Pursuant to a delegation of authority from the President, I am authorizing a new drawdown of arms and "
            "equipment for Ukraine’s defense, of up to $300 million.")


def test_i_in_an_unsigned_state_release_acts_for_the_publishing_state(nlp):
    x = extract(DRAWDOWN, dt.date(2022, 6, 23), nlp=nlp, outlet=STATE)
    aid = next(e for e in x.events if e.source_text == "I")
    assert aid.type == "AID"
    assert (aid.source_acts_for, aid.source_sector) == ("USA", "GOV")
    assert aid.source_key is None  # an unnamed official, not the state itself


def test_my_administration_in_an_unsigned_white_house_release_is_the_publishing_state(nlp):
    text = "My Administration has partnered with Mexico to advance a wide range of initiatives on migration."
    x = extract(text, dt.date(2023, 6, 1), nlp=nlp, outlet="The White House")
    partnered = next(e for e in x.events if e.source_text == "My Administration")
    assert partnered.source_acts_for == "USA"


def test_first_person_in_a_quote_or_outside_a_state_release_gets_no_publishing_state(nlp):
    # a statement's content is its speaker's voice (here unresolved), whoever publishes it; a blog is no
    # institution
    partnered = "I have partnered with Mexico to advance a wide range of initiatives on migration."
    x = extract(f'The President said: "{partnered}"', dt.date(2023, 6, 1), nlp=nlp, outlet="The White House")
    quoted = [e for e in x.events if e.source_text == "I"]
    assert quoted and all(e.source_acts_for is None for e in quoted)
    text = "My Administration has partnered with Mexico to advance a wide range of initiatives on migration."
    x = extract(text, dt.date(2023, 6, 1), nlp=nlp, outlet="Global Voices")
    blogged = [e for e in x.events if e.source_text == "My Administration"]
    assert blogged and all(e.source_acts_for is None for e in blogged)


def test_they_takes_the_sector_of_an_antecedent_of_no_state(nlp):
    # "they" = the protesters: their sector though no state is named for them
    text = "Dozens of protesters remain in prison on false charges because they criticized the regime in Havana."
    x = extract(text, dt.date(2022, 7, 10), nlp=nlp, outlet=STATE)
    criticized = next(e for e in x.events if e.trigger == "criticized")
    assert criticized.source_text == "protesters"  # "they" stored as its antecedent (linking 0.3.817)
    assert criticized.type == "DISAPPROVE"
    assert criticized.source_sector == "OPP"
    assert criticized.source_key is None


def test_he_after_an_unnamed_title_is_that_title(nlp):
    # "the President's view that he believes": "he" is the President, the publishing state's here
    # (linking ``_title_antecedent``); a possessor that is no title gives "he" nothing
    text = "Reporters asked about the President’s view that he believes Russia is committing genocide in Ukraine."
    x = extract(text, dt.date(2022, 5, 2), nlp=nlp, outlet=STATE)
    alleged = next(e for e in x.events if e.source_text == "he")
    assert (alleged.type, alleged.source_acts_for, alleged.source_sector) == ("DISAPPROVE", "USA", "GOV")
    text = "Reporters asked about the newspaper’s claim that he believes Russia is committing genocide in Ukraine."
    x = extract(text, dt.date(2022, 5, 2), nlp=nlp, outlet=STATE)
    assert all(e.source_acts_for is None for e in x.events if e.source_text == "he")
