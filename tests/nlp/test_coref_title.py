"""The article's title reaches the pipeline (``extract(..., title=)``, ``doc._.ng_title``): a
release's "I" is the voice its title names ("Statement from President Joe Biden on ..."), as a
signature line names it; the title is never part of the text, so no offset points into it."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.coref import title_voice
from newsgraph.nlp.pipeline import extract

WHITE_HOUSE = "The White House"

# demo corpus, "Statement from President Joe Biden on the Occasion of President Arévalo’s
# Inauguration in Guatemala" (The White House, January 2024)
GUATEMALA_TITLE = "Statement from President Joe Biden on the Occasion of President Arévalo’s Inauguration in Guatemala"
GUATEMALA = ("I congratulate President Bernardo Arévalo de León and Vice\nPresident Karin Herrera of Guatemala on "
             "their inauguration. The ties\nbetween Guatemala and the United States run deep—and today’s\n"
             "inauguration is a historic testament to our shared commitment to\ndemocracy and the will of the people.")


def test_title_voice_is_the_name_after_the_office():
    # demo corpus titles (The White House, State Department)
    assert title_voice(GUATEMALA_TITLE) == "Joe Biden"
    assert title_voice("Statement by President Joseph R. Biden, Jr. on Protests in Cuba") == "Joseph R. Biden, Jr."
    assert title_voice("Statement by NSC Spokesperson Adrienne Watson on Iran’s Cyberattack against Albania") == \
        "Adrienne Watson"
    assert title_voice("Remarks by Deputy Secretary of State Wendy Sherman in Response to Russia at a UN Security "
                       "Council Briefing") == "Wendy Sherman"
    assert title_voice("Statement from National Security Advisor Jake Sullivan Announcing Support for Ukrainian "
                       "Children’s Education Following Russian Attacks") == "Jake Sullivan"
    assert title_voice("Statement from President Biden on Political Prisoners in Cuba") == "Biden"


def test_titles_that_name_no_one_voice():
    # a readout is the office's account of the call, not its principal speaking
    assert title_voice("Readout of President Biden’s Call with President Zelenskyy of Ukraine") is None
    # two voices
    assert title_voice("Remarks by President Biden and President Xi of the People’s Republic of China Before "
                       "Virtual Meeting") is None
    # an office, no name
    assert title_voice("Statement on Russia’s War on Ukraine & International Sport") is None
    assert title_voice(None) is None


def test_release_i_is_the_voice_its_title_names(nlp):
    x = extract(GUATEMALA, dt.date(2024, 1, 15), nlp=nlp, outlet=WHITE_HOUSE, title=GUATEMALA_TITLE)
    i = next(m for m in x.mentions if m.start == 0 and m.text == "I")
    assert i.entity_key == "person:joe-biden"
    congratulate = next(e for e in x.events if e.trigger.startswith("congratulate"))
    assert (congratulate.source_key, congratulate.source_acts_for) == ("person:joe-biden", "USA")


def test_without_a_title_the_release_i_stays_unresolved(nlp):
    x = extract(GUATEMALA, dt.date(2024, 1, 15), nlp=nlp, outlet=WHITE_HOUSE)
    assert not any(m.start == 0 and m.entity_key for m in x.mentions)
