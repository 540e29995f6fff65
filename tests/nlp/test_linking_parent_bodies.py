"""Actor keys and states of a body the article places by its parent, its acronym or its place
(task parent37): a named unit keeps its own key, not its parent's; an acronym bracketed after a
name given in another language is the body's; a body placed "in" a country takes that state; a
bare "counsellor" is no lawyer. Sentences are the tests' own."""

from __future__ import annotations

from newsgraph.nlp.coref import _initials
from newsgraph.resolve.actors import agent_sector
from tests.nlp.linked_events import linked, show


def test_a_unit_named_with_its_parents_of_phrase_keeps_its_own_key(nlp):
    text = "The Treasury sanctioned the Harbour Guard Battalion of the Venezuelan Ministry of Defense today."
    events = [e for e in linked(nlp, text) if e.type == "SANCTION"]
    assert events, show(linked(nlp, text))
    assert all(e.target_key == "org:harbour-guard-battalion" for e in events), show(events)
    assert all(e.target_acts_for == "VEN" for e in events), show(events)


def test_a_unit_named_after_its_parents_possessive_keeps_its_own_key(nlp):
    text = "The Treasury sanctioned the Venezuelan Ministry of Defense's Harbour Guard Battalion today."
    events = [e for e in linked(nlp, text) if e.type == "SANCTION"]
    assert events, show(linked(nlp, text))
    assert all(e.target_key == "org:harbour-guard-battalion" for e in events), show(events)


def test_an_acronym_after_a_translated_name_is_the_bodys(nlp):
    text = ("We are designating the Bolivian National Customs Service (Servicio Nacional de Aduanas, SNA) "
            "today. The SNA has arrested hundreds of peaceful protesters.")
    events = [e for e in linked(nlp, text) if e.type == "COERCE"]
    assert events, show(linked(nlp, text))
    assert all(e.source_key == "org:bolivian-national-customs-service" for e in events), show(events)
    assert all(e.source_acts_for == "BOL" for e in events), show(events)


def test_initials_read_letters_of_any_script():
    assert _initials("Sistema Único de Salud") == "SUS"  # not "SNS" (the accented word cut)
    assert _initials("Policía Nacional Revolucionaria") == "PNR"
    assert _initials("Office of Foreign Assets Control") == "OFAC"


def test_a_body_placed_in_a_country_takes_its_state(nlp):
    text = "The United States is coordinating with the Small Business Development Centers in southern Mexico."
    events = [e for e in linked(nlp, text) if e.type == "COOPERATE"]
    assert events, show(linked(nlp, text))
    assert all(e.target_acts_for == "MEX" for e in events), show(events)


def test_an_office_in_a_country_is_not_that_countrys(nlp):
    text = "The United States is coordinating with the Acme Trading Company office in southern Mexico."
    events = [e for e in linked(nlp, text) if e.type == "COOPERATE"]
    assert events, show(linked(nlp, text))
    assert all(e.target_acts_for != "MEX" for e in events), show(events)


def test_an_acting_body_is_not_placed_by_where_it_met(nlp):
    # linking 0.3.360: "in <place>" on a body that acts tells where it met, not whose it is
    for text in ("The Varnok Council in Doha rejected the Norwegian offer.",
                 "Norway was criticized by the Varnok Council in Doha."):
        events = [e for e in linked(nlp, text) if e.type in ("REJECT", "DISAPPROVE")]
        assert events, show(linked(nlp, text))
        assert all(e.source_acts_for is None for e in events), show(events)


def test_a_body_acted_on_is_still_placed(nlp):
    text = "Norway criticized the Varnok Council in Doha."
    events = [e for e in linked(nlp, text) if e.type == "DISAPPROVE"]
    assert events, show(linked(nlp, text))
    assert all(e.target_acts_for == "QAT" for e in events), show(events)


def test_a_bare_counsellor_is_no_lawyer():
    assert agent_sector("State Counsellor").sector is None   # the office words give no sector, not JUD
    assert agent_sector("Counselor").sector is None
    assert agent_sector("counsellor-at-law").sector == "JUD"
    assert agent_sector("defense counsel").sector == "JUD"
