"""An agentless state-only act (arrest, detention, court sentence) with no source is done by the
authorities of the state where it happens (PLOVER COERCE arrest / SANCTION convict are acts of a
state's police, security forces or courts; POLECAT codes such an actor "police in <state>"): the
one state its sentence names, else the state the article is about. The source is stored as the
text "authorities" with that state's key, and the explanation says it was filled from the place."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State press releases"

# demo corpus, "Sixth Anniversary of Iran’s Wrongful Detention of Baquer Namazi" (State Department)
NAMAZI = ("Today marks six years since the Iranian government wrongfully detained Baquer Namazi solely for the "
          "purpose of using him as a political pawn. In 2016, Baquer Namazi was arrested after traveling to Iran "
          "to help free his son, wrongfully detained U.S. citizen Siamak Namazi.")

# demo corpus, "The Harsh Sentencing of Human Rights Defenders in Cuba" (State Department)
CUBA = ("The United States is deeply concerned by the ongoing harsh sentencing of political protesters in Cuba, and "
        "we will continue to work with our partners around the world to demonstrate our collective support for "
        "the rights of Cubans who are unjustly detained. Cuban judges have sentenced over 550 Cuban protesters to "
        "more than 4,000 combined years. Protesters are sentenced to prison, forced labor, or other punitive "
        "measures. These numbers include more than 20 protesters arrested as minors.")

# demo corpus, Global Voices 2009, "North Korea: Two American Journalists Sentenced to Hard Labor"
NORTH_KOREA = ("News coming out of Pyongyang is not encouraging. After being accused of illegally crossing the border "
               "to North Korea, American Current TV journalists Laura Ling and Euna Lee have been sentenced to 12 "
               "years of hard labor (according to CNN).")


def _placed(event):
    return event.source_text, event.source_key, event.source_acts_for, event.source_sector


def test_an_agentless_arrest_is_by_the_authorities_of_the_state_its_sentence_names(nlp):
    x = extract(NAMAZI, dt.date(2022, 2, 22), nlp=nlp, outlet=STATE)
    arrested = next(e for e in x.events if e.trigger.startswith("arrested"))
    assert (arrested.type, arrested.mode) == ("COERCE", "arrest")
    assert _placed(arrested) == ("authorities", "country:IRN", "IRN", "GOV")
    assert arrested.source_start is None  # no span: the text does not name them
    assert "filled from the place: the one state its sentence names" in arrested.explanation


def test_an_agentless_arrest_in_a_sentence_naming_no_state_takes_the_articles_state(nlp):
    x = extract(CUBA, dt.date(2022, 3, 18), nlp=nlp, outlet=STATE)
    arrested = next(e for e in x.events if e.trigger.startswith("arrested"))
    assert _placed(arrested)[1:3] == ("country:CUB", "CUB")
    assert "filled from the place: the state the article is about" in arrested.explanation


def test_a_sentence_on_foreigners_takes_the_state_where_it_happens_not_theirs(nlp):
    x = extract(NORTH_KOREA, dt.date(2009, 6, 8), nlp=nlp, outlet="Global Voices")
    sentenced = [e for e in x.events if e.trigger.startswith("sentenced")]
    assert sentenced and all(_placed(e)[2] == "PRK" for e in sentenced)
    assert all(e.target_acts_for != "PRK" for e in sentenced)


def test_a_named_agent_is_kept():
    # only events with no source at all are placed
    from types import SimpleNamespace

    from newsgraph.nlp.context_states import state_act_place

    event = SimpleNamespace(source_key="country:IRN", source_text="the Iranian government", source_acts_for="IRN",
                            type="COERCE", mode="arrest")
    assert state_act_place(None, "USA", event) is None
    event = SimpleNamespace(source_key=None, source_text=None, source_acts_for=None, type="ASSAULT", mode=None)
    assert state_act_place(None, "USA", event) is None


def test_an_agentless_sentence_is_by_the_courts_of_the_state(nlp):
    # PLOVER SANCTION convict: found guilty "in a court of law or legally constituted tribunal"
    x = extract(NORTH_KOREA, dt.date(2009, 6, 8), nlp=nlp, outlet="Global Voices")
    sentenced = [e for e in x.events if e.trigger.startswith("sentenced")]
    assert sentenced and all(_placed(e)[2:] == ("PRK", "JUD") for e in sentenced)
