"""A state official or a generic agent with no state of its own takes the one state the
article's headline names where no state dominates the body but the body names that one most
(nlp/context_states.headline_state), and "protestors" is the Phoenix agent PROTESTER [~OPP]."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.context_states import generic_agent
from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State press releases"

# demo corpus, Wikinews, "Reports: 'streamlined' UK asylum process ..." (23 February 2023)
UK_TITLE = "Reports: 'streamlined' UK asylum process to replace interview with questionnaire for five nationalities"
UK_ASYLUM = (
    "Braverman (left) and Sunak (right) on October 25, 2022. Image: UK Government.\n"
    "The United Kingdom Home Office today is to begin issuing questionnaires in place of official interviews to "
    "determine refugee status for some 12,000 asylee hopefuls from Afghanistan, Eritrea, Libya, Syria and Yemen who "
    "applied before last summer.\n"
    "The forms are part of Prime Minister Rishi Sunak's effort to clear the nation's 92,000 asylum claim- 'legacy "
    "backlog' by year end.\n"
    "Sunak has made tackling migration one of his main priorities, with laws banning illegal migrants from claiming "
    "asylum in the UK expected next month.")

# demo corpus, "Protests in Iran" (Ned Price, State Department, 28 July 2021)
IRAN = ("Protests in Iran that began with a water shortage — owing to drought and governmental mismanagement and "
        "neglect — in the Khuzestan province have now spread across various cities including Tehran, Karaj and "
        "Tabriz.\nThe Iranian people have a right to voice their frustrations and hold their government "
        "accountable, but we have seen disturbing reports that security forces fired on protesters, resulting in "
        "multiple deaths. We condemn the use of violence against peaceful protestors.")


def test_a_prime_minister_in_a_story_naming_many_states_takes_the_headlines_state(nlp):
    x = extract(UK_ASYLUM, dt.date(2023, 2, 23), nlp=nlp, outlet="Wikinews", title=UK_TITLE)
    banning = next(e for e in x.events if e.trigger.startswith("banning"))
    assert (banning.source_text, banning.source_acts_for, banning.source_sector) == ("Sunak", "GBR", "GOV")


def test_no_headline_state_where_the_title_names_none(nlp):
    x = extract(UK_ASYLUM, dt.date(2023, 2, 23), nlp=nlp, outlet="Wikinews", title="Asylum questionnaires")
    banning = next(e for e in x.events if e.trigger.startswith("banning"))
    assert banning.source_text == "Sunak" and banning.source_acts_for is None


def test_protestors_is_the_phoenix_agent_protester():
    assert generic_agent("peaceful protestors") == generic_agent("protesters") == "OPP"


def test_peaceful_protestors_take_the_state_the_article_is_about(nlp):
    x = extract(IRAN, dt.date(2021, 7, 28), nlp=nlp, outlet=STATE, title="Protests in Iran")
    condemn = next(e for e in x.events if e.trigger.startswith("condemn"))
    assert (condemn.target_text, condemn.target_acts_for, condemn.target_sector) == ("peaceful protestors", "IRN", "OPP")
