"""Types read from the trigger word and its context (PLOVER codebook; PETRARCH2 CAMEO patterns)."""
from __future__ import annotations

from newsgraph.nlp.events import find_events

# wikinews-gum (demo corpus): an evacuation by one's own authorities within the country
DOMESTIC_EVACUATION = ("No injuries or deaths were reported in the attacks from either side, but South Korea "
                       "evacuated about 80 people in the town of Yeoncheon after at least one shell landed "
                       "near the area.")


def test_evacuating_people_at_home_is_no_sanction(base_nlp):
    # PETRARCH2 "EVACUATE + PEOPLE" [160] reduces relations with the country left ("from"); none here
    events = find_events(base_nlp(DOMESTIC_EVACUATION))
    assert not [e for e in events if e.trigger.startswith("evacuate")]


def test_evacuating_nationals_from_a_country_still_reduces_relations(base_nlp):
    events = find_events(base_nlp("The United States evacuated its citizens from Libya on Friday."))
    assert [e.type for e in events if e.trigger.startswith("evacuated")] == ["SANCTION"]
