"""An ORG the model tagged over a title's "X Affairs" portfolio and its holder's name gives the
person (entities ``_portfolio_then_name``), so the article's "she" has someone to refer to."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"

# demo corpus, State Department media note on Assistant Secretary Bitter's travel (June 2022)
BITTER = ("Assistant Secretary of State for Consular Affairs Rena Bitter will travel June 27-29 to Tucson, Nogales, "
          "and Houston. In Tucson and Houston, she will observe U.S. passport facility operations and meet with "
          "staff. In Nogales (Sonora, Mexico), she will observe consular operations and meet with staff. In "
          "Houston, she will attend a naturalization ceremony, congratulating new U.S. citizens.")


def test_portfolio_swallowing_a_name_gives_the_person(nlp):
    x = extract(BITTER, dt.date(2022, 6, 24), nlp=nlp, outlet=STATE)
    assert not any("Affairs" in m.text and m.type == "organization" for m in x.mentions)
    bitter = next(m for m in x.mentions if m.text == "Rena Bitter")
    assert bitter.type == "person"
    shes = [m for m in x.mentions if m.text == "she"]
    assert len(shes) == 3 and {m.entity_key for m in shes} == {bitter.entity_key}
    # the ceremony's congratulation of new U.S. citizens is the State Department serving its own
    # people, no event (events 0.7.204, event_detection.yaml own_people_acts)
    assert not any(e.trigger.startswith("congratulat") for e in x.events)


def test_an_affairs_office_with_no_name_after_it_stays_an_organisation(nlp):
    # demo corpus (Diálogo): "Latin American Affairs Directorate" is a body, not a portfolio and a name
    text = ("“The boom in drug trafficking, contraband smuggling, and alliances with ‘rogue states’ is damaging Latin "
            "America — crime rates for these issues have risen,” the Latin American Affairs Directorate of Jewish "
            "organization B’nai B’rith International indicated.")
    x = extract(text, dt.date(2022, 6, 24), nlp=nlp, outlet="Diálogo")
    assert any(m.type == "organization" and "Directorate" in m.text for m in x.mentions)
    assert not any(m.type == "person" for m in x.mentions)


# demo corpus, State Department readout "Secretary Blinken's Meeting with Colombian Vice President and
# Foreign Minister-Designate Marta Lucía Ramírez" (Spokesperson Ned Price)
RAMIREZ = ("Secretary of State Antony J. Blinken met with Colombian Vice President and Foreign Minister-Designate "
           "Marta Lucía Ramírez today at the Department of State.")


def test_a_given_name_tagged_a_place_joins_the_name_after_it(nlp):
    x = extract(RAMIREZ, dt.date(2021, 5, 18), nlp=nlp, outlet=STATE)
    assert not any(m.type == "place" for m in x.mentions)
    ramirez = next(m for m in x.mentions if m.type == "person" and m.text.endswith("Ramírez"))
    assert ramirez.text == "Marta Lucía Ramírez"  # not "Designate": a title's second half
    met = [e for e in x.events if e.trigger == "met" and e.target_key == ramirez.entity_key]
    assert met and met[0].target_acts_for == "COL"
