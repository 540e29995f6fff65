"""Coordinated prepositional phrases that repeat their preposition ("imposed sanctions on A and on
B", "coordinate with A and with B"): English may repeat the preposition before each conjunct
(Quirk et al. 1985, 13.44), and each object is a co-actor in the same role, as the conjoined
objects of one preposition are (events 0.8.110, ``subjects._repeated_preposition_objects``).
Sentences are invented."""

from __future__ import annotations

from tests.nlp.linked_events import explain as _explain, linked as _events


def test_a_repeated_on_gives_each_object_its_sanction(nlp):
    events = _events(nlp, "Canada imposed sanctions on Russia and on Belarus.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert {e.target_text for e in sanctions} == {"Russia", "Belarus"}, _explain(events)
    assert all(e.source_text == "Canada" for e in sanctions), _explain(sanctions)


def test_a_repeated_with_gives_each_partner_an_event(nlp):
    events = _events(nlp, "The United States will continue to coordinate with Japan and with Australia on the "
                     "response.")
    partners = {e.target_text for e in events if e.source_text == "United States"}
    assert {"Japan", "Australia"} <= partners, _explain(events)


def test_a_nested_phrase_keeps_its_own_repeated_preposition(nlp):
    # "with Brazil and with Chile" coordinates inside "cooperation with ...", the topic of the
    # talks: no partner of the talks
    events = _events(nlp, "Canada held talks with Mexico on cooperation with Brazil and with Chile.")
    talks = [e for e in events if e.type == "CONSULT" and e.source_text == "Canada"]
    assert talks and {e.target_text for e in talks} == {"Mexico"}, _explain(events)


def test_different_prepositions_are_no_co_actors(nlp):
    # contrast: "to A and from B" coordinates two roles, not two objects of one
    events = _events(nlp, "Kenya sent aid to Somalia and from its own reserves.")
    assert all(e.target_text != "reserves" for e in events), _explain(events)
