"""A person the article gives no title of a state but a place of origin ("of/from PLACE" on the
name or on a noun in apposition to it) acts for the state that place lies in; one a later "their
fellow U.S. citizens" counts among a state's people is of that state."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract


def _target(x, text_part: str):
    return next(e for e in x.events if e.target_text and text_part in e.target_text)


def test_an_appositive_from_a_placed_town_gives_its_state(nlp):
    text = ("Student held over science project.\n\nSamir Haddad, a 15-year-old student from Tucson, Arizona, "
            "was arrested at his school by police on Monday. Later, Haddad met the mayor.")
    x = extract(text, dt.date(2023, 3, 1), nlp=nlp)
    arrested = _target(x, "Haddad")
    assert (arrested.target_key, arrested.target_acts_for) == ("person:samir-haddad", "USA")
    # every mention of the person is placed, not only the one beside the phrase
    met = next(e for e in x.events if e.source_key == "person:samir-haddad")
    assert met.source_acts_for == "USA"


def test_of_a_placed_town_after_the_name_or_a_country_after_an_appositive_gives_the_state(nlp):
    text = ("Police detained Piotr Nowak of Gdansk, Poland at the border on Monday. Police detained Jan Kowalski, a "
            "student from Poland, at the border on Monday.")
    x = extract(text, dt.date(2023, 3, 1), nlp=nlp)
    assert _target(x, "Nowak").target_acts_for == "POL"
    assert _target(x, "Kowalski").target_acts_for == "POL"


def test_a_country_right_after_an_officials_name_keeps_the_title_reading(nlp):
    # "of Ukraine" after a titled name is the title's state, coded with the title's sector
    text = ("National Security Advisor Jake Sullivan spoke by phone today with Head of Presidential Office Andriy "
            "Yermak of Ukraine.")
    x = extract(text, dt.date(2021, 3, 29), nlp=nlp, outlet="The White House")
    spoke = _target(x, "Yermak")
    assert (spoke.target_acts_for, spoke.target_sector) == ("UKR", "GOV")


def test_an_ambiguous_town_or_an_organisation_places_nobody(nlp):
    # "Guadalajara" lies in Mexico and in Spain; "of Reuters" names an employer, not a place
    text = ("Police detained Maria Lopez, a nurse from Guadalajara, at the border. "
            "Police detained John Smith of Reuters at the border.")
    x = extract(text, dt.date(2023, 3, 1), nlp=nlp)
    assert _target(x, "Lopez").target_acts_for is None
    assert _target(x, "Smith").target_acts_for is None


def test_their_fellow_citizens_gives_the_people_named_before_it_that_nationality(nlp):
    text = ("In 2019, Karim Farahani was arrested after traveling to Iran to visit his mother. We call on the "
            "Iranian government to allow Karim Farahani to return home, and release his brother Reza, as well as "
            "their fellow U.S. citizens Ali Karimi and Omid Tavakoli.")
    x = extract(text, dt.date(2022, 2, 22), nlp=nlp, outlet="U.S. Department of State")
    arrested = _target(x, "Farahani")
    assert (arrested.target_acts_for, arrested.target_sector) == ("USA", "CVL")


def test_a_fellow_phrase_of_another_possessor_places_nobody_else(nlp):
    # "her" is the nearest person named before it (Anna), not the arrested man
    text = ("Police arrested Karim Farahani on Monday, and Anna Berg said her fellow Swedish citizens "
            "were worried.")
    x = extract(text, dt.date(2022, 2, 22), nlp=nlp)
    assert _target(x, "Farahani").target_acts_for is None


def test_their_fellow_citizens_skips_the_name_exchanged_for_them(nlp):
    # (review 36b) the man freed "in exchange for" the Americans is the other side of the deal
    text = ("Iran freed Karim Farahani in exchange for Hamid Rostami, and Washington welcomed home their fellow "
            "U.S. citizens Ali Karimi and Omid Tavakoli. Hamid Rostami thanked the Iranian government.")
    x = extract(text, dt.date(2022, 2, 22), nlp=nlp, outlet="Reuters")
    assert _target(x, "Farahani").target_acts_for == "USA"
    thanks = next(e for e in x.events if e.source_text and "Rostami" in e.source_text)
    assert thanks.source_acts_for != "USA", thanks
