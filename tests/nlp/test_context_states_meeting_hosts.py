"""A meeting's counterpart that names no state ("government", "the authorities", "officials") is
the host's, never the visiting source's own state read back from an earlier "U.S. government"
(linking.checks._host_side_counterpart; context_states.place_meeting_counterparts: the one state
an "in" phrase of the sentence names); evacuees the sentence puts inside one state are its
internally displaced people (context_states.place_internally_displaced; PLOVER REF "refugees and
internally displaced persons"), while migrants stay placed only by their nationality. Invented
sentences."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import make_doc
from tests.nlp.linked_events import show

STATE = "U.S. Department of State"
# an earlier "U.S. government" the bare "government" could be read back to
EARLIER = "The U.S. government is committed to growth in the region. "


def _events(nlp, text, title=None):
    doc = nlp(make_doc(nlp, text, dt.date(2023, 5, 2), outlet=STATE, title=title))
    return doc._.ng_events or []


def _with(events, head):
    found = [e for e in events if e.target_text and e.target_text.split()[-1] == head]
    assert found, show(events)
    return found


def test_government_met_on_a_trip_is_the_hosts(nlp):
    text = ("Deputy Secretary of Commerce Anna Smith will travel to Guatemala City, Guatemala, on May 4. "
            "She will be joined by American executives who answered the U.S. government's call for investment. "
            "They will hold talks with government and the private sector to expand trade in Guatemala.")
    events = _with(_events(nlp, text, "Deputy Secretary Smith's Travel to Guatemala"), "government")
    assert all(e.target_acts_for == "GTM" for e in events), show(events)
    assert all(e.source_acts_for == "USA" for e in events), show(events)


def test_the_government_met_where_the_sentence_places_the_act_is_that_states(nlp):
    text = EARLIER + ("Assistant Secretary Anna Smith traveled to Lima on Monday, where she met with the government "
                      "to discuss migration in Peru.")
    events = _with(_events(nlp, text), "government")
    assert all(e.target_acts_for == "PER" for e in events), show(events)


def test_the_government_met_with_no_place_known_is_not_the_visitors_own(nlp):
    text = EARLIER + "Assistant Secretary Anna Smith met with the government on Monday to discuss the budget."
    events = [e for e in _events(nlp, text) if e.target_text and e.target_text.endswith("government")]
    assert all(e.target_acts_for != "USA" for e in events), show(events)


def test_a_counterpart_that_names_the_visitors_state_keeps_it(nlp):
    # contrast: the words place them ("American" leaders; "state and local" officials at home),
    # even where the sentence places the talks in another state
    text = EARLIER + "Secretary Anna Smith will meet with American business leaders in Lima to discuss trade in Peru."
    events = _with(_events(nlp, text), "leaders")
    assert all(e.target_acts_for == "USA" for e in events), show(events)
    text = EARLIER + "Secretary Anna Smith will meet with state and local officials to discuss the budget."
    events = _with(_events(nlp, text), "officials")
    assert all(e.target_acts_for == "USA" for e in events), show(events)


FAMILIES = "The funding will reach families inside Sudan, as our partners work to provide shelter for {} escaping the fighting."


def test_evacuees_the_sentence_puts_inside_a_state_are_its_internally_displaced(nlp):
    events = _with(_events(nlp, FAMILIES.format("evacuees"), "Humanitarian Assistance for Sudan"), "evacuees")
    assert all((e.target_acts_for, e.target_sector) == ("SDN", "REF") for e in events), show(events)


def test_migrants_and_evacuees_placed_by_no_border_word_take_no_state(nlp):
    # contrast: migrants are placed only by their nationality; a bare "in" puts no one inside
    events = _with(_events(nlp, FAMILIES.format("migrants"), "Humanitarian Assistance for Sudan"), "migrants")
    assert all(e.target_acts_for is None for e in events), show(events)
    events = _with(_events(nlp, "Our partners in Chad provide shelter for evacuees escaping the fighting."), "evacuees")
    assert all(e.target_acts_for is None for e in events), show(events)
