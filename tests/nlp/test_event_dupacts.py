"""One act stored twice (task dupacts, s17): two events of one trigger token and one doer whose
other actor is one mention told two ways (a title and the name right after it) are one event;
conjunct actors ("A, B and C") stay one event each. Fixture sentences are from the demo corpus
(examples/, statedept releases)."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def test_a_title_and_the_name_after_it_are_one_source(nlp):
    text = ("Today, Senior Advisor and Director of the White House Office of Public Engagement Cedric Richmond "
            "and Senior Director for the Western Hemisphere for the National Security Council Juan Gonzalez "
            "met with Cuban American leaders to listen to their policy recommendations.")
    events = [e for e in linked(nlp, text) if e.trigger.startswith("met")]
    # the office title and the name after it are one source: one event, faced by the person
    richmond = [e for e in events if (e.source_start or 0) < 98 and (e.source_text or "") in
                ("Senior Advisor and Director of the White House Office of Public Engagement", "Cedric Richmond")]
    assert len(richmond) == 1, show(events)
    assert richmond[0].source_key == "person:cedric-richmond", show(events)


def test_conjunct_targets_stay_one_event_each(nlp):
    text = "Iranian President Ebrahim Raisi visited Venezuela, Nicaragua and Cuba in June."
    events = [e for e in linked(nlp, text) if e.trigger.startswith("visit")]
    assert len({e.target_text for e in events}) == len(events) >= 2, show(events)
