"""A definite title before "and" and another title refers back to someone already titled so; it
is no second title of the name after "and" (coref ``_resolve_descriptions``)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"

# demo corpus, State Department readout "Secretary Blinken's Meeting with Ukrainian First Lady
# Olena Zelenska" (Spokesperson Ned Price); "First Lady" is no title noun of the role finder
ZELENSKA = ("The below is attributable to Spokesperson Ned Price:\nSecretary of State Antony J. Blinken met today "
            "with Ukraine’s First Lady, Olena Zelenska, in Washington, D.C. The Secretary emphasized the United "
            "States’ comprehensive and enduring commitment to support Ukraine’s victory in Russia’s unjust and "
            "unprovoked war. The Secretary and First Lady Zelenska spoke about the immense and growing human costs "
            "of Russia’s full-scale invasion. The Secretary strongly condemned Russia’s brutal attacks, which "
            "continue to wound and kill innocent civilians.")


def test_the_secretary_and_first_lady_gives_the_first_lady_no_secretary_title(nlp):
    x = extract(ZELENSKA, dt.date(2022, 7, 19), nlp=nlp, outlet=STATE)
    secretaries = [m for m in x.mentions if m.text == "The Secretary"]
    assert len(secretaries) == 3
    assert {m.entity_key for m in secretaries} == {"person:antony-j-blinken"}
    condemned = next(e for e in x.events if e.trigger.startswith("condemned"))
    assert (condemned.source_key, condemned.source_acts_for) == ("person:antony-j-blinken", "USA")
    assert condemned.target_key == "country:RUS"
