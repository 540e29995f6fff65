"""Titled persons keep their own identity and state (nlp/coref.py ``entity_key_for_span``,
nlp/linking/titles.py ``_foreign_president_title``). Sentences from the White House and State
Department releases of the demo corpus (examples/whitehouse, examples/statedept)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"
WHITE_HOUSE = "The White House"

LASSO = ("President Biden spoke today with President Guillermo Lasso of the\nRepublic of Ecuador to discuss "
         "their vision for the Americas.")
TARIFFS = ("The United States reaffirms our commitment to impose severe consequences on President Putin and his "
           "supporters. Finally, the President issued a proclamation to raise tariffs on over 570 groups of "
           "Russian products worth approximately $2.3 billion to Russia.")
SANCTIONS_ROUND = ("A few hours later, President Putin gave authorization to Russian troops to enter those regions. "
                   "This afternoon, the President announced the first round of sanctions on Russia in response to "
                   "its actions.")


def test_a_person_named_with_of_his_state_is_the_person_acting_for_it(nlp):
    # "<Name> of the Republic of Ecuador": the name heads the phrase, the longer state mention
    # post-modifies it (the line break inside the phrase changes nothing)
    x = extract(LASSO, dt.date(2022, 5, 31), nlp=nlp, outlet=WHITE_HOUSE)
    call = next(e for e in x.events if e.type == "CONSULT")
    assert (call.source_key, call.source_acts_for) == ("person:biden", "USA")
    assert (call.target_key, call.target_acts_for) == ("person:guillermo-lasso", "ECU")


def test_the_president_in_a_us_release_is_not_the_foreign_president_named_before(nlp):
    x = extract(TARIFFS, dt.date(2022, 6, 28), nlp=nlp, outlet=STATE)
    tariffs = next(e for e in x.events if e.type == "SANCTION")
    assert tariffs.source_key != "person:putin"
    assert tariffs.source_acts_for == "USA"


def test_the_president_speaking_in_a_us_release_is_the_us_president(nlp):
    x = extract(SANCTIONS_ROUND, dt.date(2022, 2, 22), nlp=nlp, outlet=STATE)
    speaker = next(s for s in x.statements if (s.speaker_text or "").lower() == "the president")
    assert speaker.speaker_key != "person:putin"
    assert speaker.speaker_acts_for == "USA"


def test_the_president_in_a_news_report_still_follows_coref(nlp):
    # an outlet that speaks for no state: "the President" is the president just named
    x = extract("Secretary Blinken met with President Zelenskyy in Kyiv. The President thanked the United States "
                "for its support.", dt.date(2022, 5, 31), nlp=nlp, outlet="Kyiv Independent")
    thanks = next(e for e in x.events if e.trigger.startswith("thank"))
    assert thanks.source_key == "person:zelenskyy"


GONZALEZ = ("Today, Senior Advisor and Director of the White House Office of Public\nEngagement Cedric Richmond and "
            "Senior Director for the Western\nHemisphere for the National Security Council Juan Gonzalez met with\n"
            "Cuban American leaders to listen to their policy recommendations.")


def test_a_title_cut_before_its_name_is_the_person_it_premodifies(nlp):
    # the parse leaves "Senior Director" as the conjoined subject; the rest of the title and then
    # the name follow it: the actor is Juan Gonzalez, a U.S. official
    x = extract(GONZALEZ, dt.date(2021, 7, 19), nlp=nlp, outlet=WHITE_HOUSE)
    meetings = [e for e in x.events if e.type == "CONSULT"]
    assert {e.source_key for e in meetings} == {"person:cedric-richmond", "person:juan-gonzalez"}
    assert all(e.source_acts_for == "USA" for e in meetings)


def test_a_title_before_a_coordinated_title_is_not_the_next_name(nlp):
    # "and" ends the title: "the Secretary and Foreign Minister Kuleba" are two people
    x = extract("Secretary Blinken traveled to Kyiv. The Secretary and Foreign Minister Kuleba discussed "
                "Russia's invasion.", dt.date(2022, 5, 31), nlp=nlp, outlet=STATE)
    assert all(e.source_key != "person:kuleba" or "Kuleba" in e.source_text for e in x.events)


LIU = ("On April 5 Special Representative for the DPRK Sung Kim met with the People’s Republic of China (PRC) "
       "Special Representative for Korean Peninsula Affairs Liu Xiaoming in Washington, D.C., to discuss recent "
       "developments in the Democratic People’s Republic of Korea (DPRK). Special Representative Kim and Special "
       "Representative Liu discussed opportunities to advance our shared goal of denuclearizing the Korean "
       "Peninsula.")


def test_a_state_before_a_title_with_a_domain_places_its_holder(nlp):
    # the title's "for" phrase names a region ("for Korean Peninsula Affairs"), and the state
    # before it is written with its abbreviation in brackets: Liu is the PRC's envoy, not the
    # publisher's, though a U.S. official holds the same title in the sentence
    x = extract(LIU, dt.date(2022, 4, 6), nlp=nlp, outlet=STATE)
    roles = [r for r in x.roles if r.person_key == "person:liu-xiaoming"]
    assert any(r.title == "Special Representative for Korean Peninsula Affairs" and r.of_key == "country:CHN"
               for r in roles)
    talks = next(e for e in x.events if e.trigger.startswith("discuss"))
    assert (talks.source_key, talks.source_acts_for) == ("person:sung-kim", "USA")
    assert (talks.target_key, talks.target_acts_for) == ("person:liu-xiaoming", "CHN")


PRADHAN = ("Mr. Satya Narayan Pradhan, Director General, NCB led the Indian delegation and Mr. Kemp Chester, Senior "
           "Advisor to the Director of National Drug Control Policy at the White House led the U.S. delegation.")


def test_a_partly_tagged_name_is_placed_by_the_delegation_it_leads(nlp):
    # the NER tags "Satya Narayan" but not "Pradhan": the delegation he leads still places him,
    # before the publisher default a bare "Director General" would give
    x = extract(PRADHAN, dt.date(2022, 7, 8), nlp=nlp, outlet=STATE)
    led = next(e for e in x.events if e.source_key == "person:satya-narayan-pradhan")
    assert led.source_acts_for == "IND"
