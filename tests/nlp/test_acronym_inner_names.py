"""A bracketed acronym after a nested "X of the Y" name is the innermost part it spells, its later
bare uses (which the model often leaves untagged) are that body, and a body named "X of the
<demonym> Y" (or followed by such a phrase) is that state's (task s47-acronym). Sentences are the
tests' own."""

from __future__ import annotations

from newsgraph.nlp.coref import _of_body_state, _spelled_part
from tests.nlp.linked_events import linked, show


def test_the_acronym_is_the_innermost_part_it_spells():
    name = "Intelligence Division of the Peruvian Ministry of the Interior"
    assert _spelled_part(name, "MININTER") == "Peruvian Ministry of the Interior"  # prefixes: MIN + INTER
    # the acronym of the name in the state's own language: its words' initials in another order
    assert _spelled_part("Press Office of the Bolivian National Revolutionary Police", "PNR") \
        == "Bolivian National Revolutionary Police"
    # an acronym of the whole name, or of a part that names no body, leaves the whole name's
    assert _spelled_part("Office of Foreign Assets Control", "OFAC") is None
    assert _spelled_part("Department of Homeland Security", "DHS") is None
    assert _spelled_part("Office of Global Criminal Justice", "GCJ") is None


def test_a_body_of_a_states_institution_is_that_states():
    assert _of_body_state("Press Office of the Peruvian Ministry of the Interior") == "PER"
    assert _of_body_state("Special Unit of the Bolivian Armed Forces") == "BOL"
    # a demonym that names no state's institution places nothing
    assert _of_body_state("Institute of the Russian Language") is None
    assert _of_body_state("Office of the Haitian Family Reunification Parole Program") is None


def test_a_later_bare_acronym_is_the_inner_body_it_spells(nlp):
    text = ("We are designating the head of the Press Office of the Peruvian Ministry of the Interior (MININTER). "
            "MININTER units beat peaceful demonstrators in Lima.")
    events = [e for e in linked(nlp, text) if e.type == "ASSAULT"]
    assert events, show(linked(nlp, text))
    assert all(e.source_key == "org:per:ministry-of-the-interior" for e in events), show(events)  # coref 0.3.135: keyed per state
    assert all(e.source_acts_for == "PER" for e in events), show(events)


def test_a_unit_followed_by_its_states_ministry_keeps_the_state(nlp):
    # the model tags the unit's name alone; "of the Venezuelan Ministry ..." follows its acronym
    text = ("The Treasury sanctioned the Harbour Guard Battalion (HGB) of the Venezuelan Ministry of Defense "
            "today. HGB soldiers beat peaceful demonstrators in Caracas.")
    events = [e for e in linked(nlp, text) if e.type == "ASSAULT"]
    assert events, show(linked(nlp, text))
    assert all(e.source_key == "org:harbour-guard-battalion" for e in events), show(events)
    assert all(e.source_acts_for == "VEN" and e.source_sector == "MIL" for e in events), show(events)


def test_a_keyed_unit_of_no_sector_of_its_own_takes_its_words_sector(nlp):
    # "Detachment" names no sector: "soldiers" gives it, as it does to the same words with no entity
    text = ("The Treasury sanctioned the Condor Detachment (CD) of the Venezuelan Ministry of Defense today. "
            "CD soldiers beat peaceful demonstrators in Caracas.")
    events = [e for e in linked(nlp, text) if e.type == "ASSAULT"]
    assert events, show(linked(nlp, text))
    assert all(e.source_key == "org:condor-detachment" for e in events), show(events)
    assert all(e.source_acts_for == "VEN" and e.source_sector == "MIL" for e in events), show(events)
