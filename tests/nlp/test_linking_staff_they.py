"""A subject "they" whose antecedent is a body of staff ("Our personnel", "Department of State
personnel") acts for the staff's employer (linking ``_staff_owner``); other unnamed groups get no state."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"

# demo corpus, State Department statement "Department of State Presence in Ukraine" (2022-02-22)
PRESENCE = ("Today the Department of State is again taking action for the safety and security of U.S. citizens, "
            "including our personnel. For security reasons, Department of State personnel currently in Lviv will "
            "spend the night in Poland. Our personnel will regularly return to continue their diplomatic work in "
            "Ukraine and provide emergency consular services. They will continue to support the Ukrainian people "
            "and the Ukrainian government, coordinating on diplomatic efforts.")


def test_they_after_our_personnel_acts_for_the_publishing_state(nlp):
    x = extract(PRESENCE, dt.date(2022, 2, 22), nlp=nlp, outlet=STATE)
    support = next(e for e in x.events if e.source_text == "They")
    assert support.type == "SUPPORT"
    assert support.source_acts_for == "USA"
    assert support.target_acts_for == "UKR"


def test_they_after_a_group_with_no_employer_stays_stateless(nlp):
    # demo corpus, Kuleba's remarks with Blinken at the Poland-Ukraine border: "our partners" are
    # Ukraine's partners, no state of their own
    text = ("Ukraine will win this war anyway, because this is the people’s war for their land. And if our partners "
            "continue to take bold, systemic decisions to step up economic and political pressure on Russia, if "
            "they continue to provide us with weapons, we will win faster.")
    x = extract(text, dt.date(2022, 3, 5), nlp=nlp, outlet=STATE)
    provided = [e for e in x.events if (e.source_text or "").lower() == "they"]
    assert provided
    assert all(e.source_acts_for is None for e in provided)
