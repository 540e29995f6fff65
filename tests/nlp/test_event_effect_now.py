"""Events 0.7.132 (issue 6): a measure announced as taking effect now is carried out, not threatened
(PLOVER THREATEN is a threat of a future act), and a designation of a named agency is not folded
into a general measure on its state when merging mentions (one happening, one event: different
targets are different happenings). Sentences are written for the test on the pattern of State
Department and White House releases (examples/), not copied from gold."""

from __future__ import annotations

from tests.nlp.linked_events import coded, linked, show


def _sanction_like(events):
    return [e for e in events if e.type in ("SANCTION", "THREATEN")]


def test_starting_today_the_measure_is_taken(base_nlp):
    events = _sanction_like(coded(base_nlp, "Starting today, the United States will impose sanctions on members "
                                            "of the ruling family and their close associates."))
    assert [(e.type, e.status) for e in events] == [("SANCTION", "asserted")], show(events)


def test_effective_immediately_and_as_of_today_are_taken(base_nlp):
    for text in ("Effective immediately, the Department will suspend all assistance to the military junta.",
                 "As of today, the Treasury will impose visa restrictions on twenty officials of the regime."):
        events = _sanction_like(coded(base_nlp, text))
        assert [(e.type, e.status) for e in events] == [("SANCTION", "asserted")], (text, show(events))


def test_a_later_start_stays_a_threat(base_nlp):
    events = _sanction_like(coded(base_nlp, "Starting next month, the United States will impose sanctions on "
                                            "members of the ruling family."))
    assert [(e.type, e.status) for e in events] == [("THREATEN", "planned")], show(events)


def test_a_named_agency_designation_is_not_merged_into_costs_on_its_state(nlp):
    events = linked(nlp, "The Department of State is taking additional steps to impose severe costs on the "
                         "Government of the Russian Federation for its war against Ukraine. Today the Department "
                         "of State designated the Russian Federation’s Main Intelligence Directorate for its role "
                         "in the war.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert len(sanctions) == 2, show(events)
    assert any("Main Intelligence Directorate" in (e.target_text or "") for e in sanctions), show(events)


def test_the_same_named_target_told_again_is_still_one_event(nlp):
    events = linked(nlp, "Today the Department of State designated the Russian Federation’s Main Intelligence "
                         "Directorate for its role in the war. The Department of State designated the Main "
                         "Intelligence Directorate pursuant to E.O. 14024.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert len(sanctions) == 1 and len(sanctions[0].evidence_spans) == 2, show(events)
