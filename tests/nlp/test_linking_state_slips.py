"""Actors must not take a state the text does not give them: a named head of state takes no
publisher's state by default, a company no article's state, the participants of a meeting not
the state of its venue (linking, context_states)."""

from tests.nlp.linked_events import linked, one, show

WHITE_HOUSE = "The White House"


def _side(events, trigger, text):
    for event in one(events, trigger):
        if text in (event.source_text or ""):
            return event.source_acts_for
        if text in (event.target_text or ""):
            return event.target_acts_for
    raise AssertionError(show(events))


def test_named_foreign_president_takes_no_publisher_state(nlp):
    events = linked(nlp, "Secretary Blinken met with Dominican Foreign Minister Roberto Alvarez today. "
                         "The Secretary praised the anti-corruption reforms President Abinader has launched "
                         "for the Dominican people.")
    assert _side(events, "praised", "Abinader") != "USA", show(events)


def test_publishers_own_president_keeps_its_state(nlp):
    events = linked(nlp, "President Biden welcomed the agreement reached by the two sides in Doha. "
                         "He thanked the negotiators for their work.", outlet=WHITE_HOUSE)
    assert _side(events, "welcomed", "Biden") == "USA", show(events)


def test_company_not_placed_by_article_state(nlp):
    events = linked(nlp, "China's Ministry of State Security has conducted malicious cyber operations against "
                         "hospitals. China must stop these operations. Cyber actors affiliated with China "
                         "targeted networks across the world. We call on private sector companies to "
                         "strengthen their defenses against these threats.")
    assert _side(events, "call", "companies") is None, show(events)


def test_meeting_venue_does_not_place_participants(nlp):
    events = linked(nlp, "Assistant Secretary Robinson met with civil society representatives in Warsaw to "
                         "discuss support for refugees fleeing the war.")
    assert _side(events, "met", "representatives") is None, show(events)


def test_meeting_venue_keeps_a_demonym(nlp):
    events = linked(nlp, "Assistant Secretary Robinson met with Ukrainian civil society representatives in "
                         "Warsaw to discuss support for refugees fleeing the war.")
    assert _side(events, "met", "Ukrainian") == "UKR", show(events)


def test_president_met_in_own_capital_not_publishers(nlp):
    events = linked(nlp, "Secretary Blinken met President Abinader in Santo Domingo to discuss migration "
                         "and security cooperation.")
    assert _side(events, "met", "Abinader") != "USA", show(events)


def test_detained_protesters_still_placed_by_the_city(nlp):
    events = linked(nlp, "Security forces detained dozens of protesters in Minsk on Sunday.")
    assert _side(events, "detained", "protesters") == "BLR", show(events)


def test_allies_met_in_a_capital_are_not_its_state(nlp):
    events = linked(nlp, "We are ready to conclude the deal we negotiated with our European Allies in "
                         "Vienna over many months.")
    assert _side(events, "negotiated", "Allies") != "AUT", show(events)
