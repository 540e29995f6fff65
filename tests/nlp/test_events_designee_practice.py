"""Check not-description for the standing conduct of a designee or a company (events.
_designee_practice, _standing_business) and check not-newsgathering (events._newsgathering): a
simple-present main clause about a party the release designates, a company's own things or a
coordinated clause with a company subject describes standing conduct, no dated event; a talk with
a news outlet is how a report was gathered, no CONSULT; funding one's own things is no AID (check
not-internal, events._self_benefit). Sentences are our own."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"


def _types(x):
    return [e.type for e in x.events]


def test_a_designees_simple_present_conduct_is_no_event(nlp):
    x = extract("The Department is designating Kestrel Aviation. Kestrel Aviation supplies drones to the "
                "Iranian military.", dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    assert "SANCTION" in _types(x)
    assert "AID" not in _types(x)


def test_a_designees_past_act_with_a_time_stays(nlp):
    x = extract("The Department is designating Kestrel Aviation. Kestrel Aviation supplied drones to the "
                "Iranian military last year.", dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    assert "AID" in _types(x)


def test_the_designees_own_things_and_a_coordinated_company_clause_are_its_description(nlp):
    x = extract("Baltic Freight's ships carry rockets and armored vehicles for Russia's army, and the firm "
                "takes part in and supports Russian naval drills. The Department of State is designating "
                "Baltic Freight.", dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    assert "AID" not in _types(x) and "SUPPORT" not in _types(x)


def test_an_undesignated_partys_present_act_is_left_to_the_other_checks(nlp):
    x = extract("The Department is designating Kestrel Aviation. Russia continues its offensive in Ukraine.",
                dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    assert "ASSAULT" in _types(x)


def test_the_outlets_own_interview_is_no_consult(nlp):
    x = extract("Wikinews spoke with Senator Carla Mendes about the budget and what the future looks like for "
                "the country's schools.", dt.date(2013, 10, 9), nlp=nlp, outlet="Wikinews")
    assert "CONSULT" not in _types(x)


def test_a_news_outlets_interview_is_no_consult(nlp):
    x = extract("The BBC spoke with Foreign Minister Carla Mendes about the ceasefire talks.",
                dt.date(2013, 10, 9), nlp=nlp, outlet="Wikinews")
    assert "CONSULT" not in _types(x)


def test_a_state_outlets_own_talk_stays(nlp):
    x = extract("The Department of State spoke with the Government of Peru about the elections.",
                dt.date(2022, 5, 8), nlp=nlp, outlet=STATE)
    assert "CONSULT" in _types(x)


def test_funding_ones_own_things_is_no_aid(nlp):
    x = extract("Russia's oligarchs are running big banks and funding their own luxurious lifestyles abroad.",
                dt.date(2022, 8, 1), nlp=nlp, outlet=STATE)
    assert "AID" not in _types(x)


def test_funding_another_party_stays_aid(nlp):
    x = extract("Russia's oligarchs are funding the armed militias in the east.", dt.date(2022, 8, 1),
                nlp=nlp, outlet=STATE)
    assert "AID" in _types(x)
