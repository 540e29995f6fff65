"""Welcoming a prospect or state of affairs with no actor in its phrase is a stance, no event
(issue 6, stop 44; events/candidates.py _welcomed_stance; event_detection.yaml
welcomed_stance_objects). Invented sentences; contrasts marked."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def test_welcoming_a_prospect_with_only_the_speakers_side_is_no_event(base_nlp):
    for text in ("The minister said that Kenya welcomes the fierce competition between our two nations.",
                 "Kenya welcomed the progress.",
                 "Kenya welcomes the opportunity to deepen ties."):
        events = _events(base_nlp, text, "SUPPORT")
        assert events == [], (text, _explain(events))


def test_welcoming_an_actors_act_or_an_actor_stays(base_nlp):
    # contrasts: an act noun with its doer, an actor named in the phrase, a visitor welcomed
    decision = _events(base_nlp, "Kenya welcomed the court's decision.", "SUPPORT")
    assert [(e.source_text, e.target_text) for e in decision] == [("Kenya", "court")], _explain(decision)
    made = _events(base_nlp, "Kenya welcomed the progress made by Uganda.", "SUPPORT")
    assert [(e.source_text, e.target_text) for e in made] == [("Kenya", "Uganda")], _explain(made)
    between = _events(base_nlp, "Kenya welcomed the competition between Uganda and Tanzania.", "SUPPORT")
    assert sorted(e.target_text for e in between) == ["Tanzania", "Uganda"], _explain(between)
    visit = _events(base_nlp, "Kenya welcomed the Ugandan delegation.", "CONSULT")
    assert [e.source_text for e in visit] == ["Ugandan delegation"], _explain(visit)
