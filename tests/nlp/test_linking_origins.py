"""A person the article gives no title of a state but a place of origin ("of/from PLACE" on the
name or on a noun in apposition to it) acts for the state that place lies in."""

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


def test_of_a_country_after_the_name_gives_that_state(nlp):
    text = "Police in the capital detained Piotr Nowak of Poland at the border on Monday."
    x = extract(text, dt.date(2023, 3, 1), nlp=nlp)
    assert _target(x, "Nowak").target_acts_for == "POL"


def test_an_ambiguous_town_or_an_organisation_places_nobody(nlp):
    # "Guadalajara" lies in Mexico and in Spain; "of Reuters" names an employer, not a place
    text = ("Police detained Maria Lopez, a nurse from Guadalajara, at the border. "
            "Police detained John Smith of Reuters at the border.")
    x = extract(text, dt.date(2023, 3, 1), nlp=nlp)
    assert _target(x, "Lopez").target_acts_for is None
    assert _target(x, "Smith").target_acts_for is None
