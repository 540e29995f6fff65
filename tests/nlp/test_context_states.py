"""Generic agents ("security forces", "protesters", "many officials") take the state their
context gives: the one state their sentence names, else the state the article is about
(PETRARCH2/Phoenix agents coded with the sentence's or story's country)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.context_states import generic_agent
from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State press releases"

# demo corpus, "Protests in Iran" (Ned Price, State Department, July 2021)
IRAN = ("The Iranian people have a right to voice their frustrations and hold their government accountable, "
        "but we have seen disturbing reports that security forces fired on protesters, resulting in multiple deaths.")

# demo corpus, "United States and Allies Impose Additional Sanctions on the Burmese Military Regime" (March 2022)
BURMA = ("As we approach one year since the horrific violence perpetrated by the Burmese military on Armed Forces Day "
         "2021, in which more than 100 people were killed, the United States is imposing sanctions on five Burmese "
         "individuals and five entities in response to the regime’s brutal crackdown against the people of Burma. "
         "Since the February 2021 military coup, the military regime has only intensified its violent crackdown and "
         "killed more than 1,700 people, including women, children, and aid workers. Regime security forces have "
         "detained more than 13,000 people, imprisoned former State Counsellor Aung San Suu Kyi and other former "
         "government leaders, and dispersed peaceful demonstrations with lethal force.")


def test_agents_take_the_one_state_their_sentence_names(nlp):
    x = extract(IRAN, dt.date(2021, 7, 22), nlp=nlp, outlet=STATE)
    fired = next(e for e in x.events if e.trigger.startswith("fired"))
    assert (fired.source_text, fired.source_acts_for, fired.source_sector) == ("security forces", "IRN", "POL")
    assert (fired.target_text, fired.target_acts_for) == ("protesters", "IRN")
    assert "the one state its sentence names" in fired.explanation


def test_agents_in_a_sentence_naming_no_state_take_the_articles_focus(nlp):
    x = extract(BURMA, dt.date(2022, 3, 25), nlp=nlp, outlet=STATE)
    detained = next(e for e in x.events if e.trigger.startswith("detained"))
    assert (detained.source_text, detained.source_acts_for, detained.source_sector) == \
        ("Regime security forces", "MMR", "POL")
    assert (detained.target_acts_for, detained.target_sector) == ("MMR", "CVL")
    assert "the state the article is about" in detained.explanation
    # the publisher's own state is never the context: "the United States is imposing sanctions"
    assert all(e.source_acts_for != "USA" for e in x.events if e.source_text and "regime" in e.source_text.lower())


def test_a_publishers_own_voice_and_several_states_are_not_placed(nlp):
    # demo corpus, "Protests in Iran": "we" stays the publisher's, "peaceful protestors" has no Phoenix agent
    x = extract("We condemn the use of violence against peaceful protestors.", dt.date(2021, 7, 22), nlp=nlp,
                outlet=STATE)
    assert all(e.source_acts_for == "USA" for e in x.events)


def test_generic_agent_phrases():
    assert generic_agent("Regime security forces") == "POL"
    assert generic_agent("many officials") == "GOV"
    assert generic_agent("protesters") == "OPP"
    assert generic_agent("five entities and individuals") == ""  # a sanction's parties, no sector
    # first person and possessives are the speaker's side; several states' agents are no one state's
    for text in ("our law enforcement officials", "their governments", "two presidents", "foreign ministers",
                 "international community", "transnational criminal organizations", "governments"):
        assert generic_agent(text) is None, text
    assert generic_agent("Microsoft") is None  # no agent noun
