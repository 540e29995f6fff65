"""A title in apposition or premodification places its holder (nlp/linking.py
``_nationality_before``): a lower-case title whose "of" phrase names one state, and a title
owned by a placed person ("<owner>’s spokesperson"). The sentence is the State Department's
release "Targeting Russian Elites, Disinformation Outlets, and Defense Enterprises" (examples/)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"
PESKOV = ("The Department of State is designating Dmitry Peskov, the chief propagandist of the Russian Federation "
          "and Vladimir Putin’s spokesperson, under E.O. 14024.")


def _peskov(x):
    return next(e for e in x.entities if e.key == "person:dmitry-peskov") if not isinstance(x.entities, dict) \
        else x.entities["person:dmitry-peskov"]


def test_a_lower_case_appositive_title_of_a_state_places_the_name(nlp):
    x = extract(PESKOV, dt.date(2022, 3, 3), nlp=nlp, outlet=STATE)
    designation = next(e for e in x.events if e.type == "SANCTION")
    assert designation.target_key == "person:dmitry-peskov"
    assert designation.target_acts_for == "RUS"
    assert _peskov(x).acts_for == "RUS"


def test_a_title_owned_by_a_placed_person_places_its_holder_in_the_owners_state(nlp):
    # the same sentence without the "of" phrase: only Putin’s title places Peskov
    x = extract("The Department of State is designating Dmitry Peskov, Vladimir Putin’s spokesperson, under "
                "E.O. 14024.", dt.date(2022, 3, 3), nlp=nlp, outlet=STATE)
    assert _peskov(x).acts_for == "RUS"
    designation = next(e for e in x.events if e.type == "SANCTION")
    assert (designation.target_acts_for, designation.target_sector) == ("RUS", "MED")  # Phoenix agents: spokesperson


def test_an_unplaced_owner_places_nobody(nlp):
    # "Obama" alone is placed by nothing in this interview: his advisor stays unplaced
    x = extract("Take say on Obama, Obama’s national security advisor James Jones former Marine commandant is on "
                "record of favoring expansion of NATO to the south and the east.", dt.date(2009, 4, 1), nlp=nlp)
    jones = x.entities["person:james-jones"] if isinstance(x.entities, dict) else \
        next(e for e in x.entities if e.key == "person:james-jones")
    assert jones.acts_for is None
