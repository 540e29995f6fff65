"""Co-owners of a group genitive (events 0.7.123): "A and B's decision to ban X" reads the
possessive ending as closing the whole coordination, so both named owners did the act (one
dyad per co-actor, as for coordinated subjects); the parser makes the possessed noun a conjunct
of A and B its only possessor. Sentences are realistic, not from the gold set."""

from __future__ import annotations

from tests.nlp.linked_events import explain as _explain, linked as _events


def test_both_owners_of_a_group_genitive_act(nlp):
    events = _events(nlp, "President Daniel Ortega and Vice President Rosario Murillo’s decision on August 6 to ban "
                     "the last opposition party from the November elections shows their contempt for democracy.")
    coerce = [e for e in events if e.type == "COERCE"]
    sources = {e.source_text for e in coerce}
    assert any("Ortega" in (s or "") for s in sources) and any("Murillo" in (s or "") for s in sources), \
        _explain(coerce)


def test_a_repeated_name_is_one_owner(nlp):
    # contrast: "Lukashenka and Lukashenka's family" names one man twice
    events = _events(nlp, "The United States condemned Lukashenka and Lukashenka’s decision to arrest the journalist.")
    arrests = [e for e in events if e.type == "ARREST"]
    assert len([e for e in arrests if (e.source_text or "").endswith("Lukashenka")]) <= 1, _explain(arrests)


def test_an_owned_person_is_no_group_genitive(nlp):
    # contrast: "the chief propagandist of the Russian Federation and Vladimir Putin's spokesperson"
    # describes one man; the Federation owns nothing of Putin's
    events = _events(nlp, "The Department of State is designating Dmitry Peskov, the chief propagandist of the "
                     "Russian Federation and Vladimir Putin’s spokesperson.")
    assert all("Putin" not in (e.source_text or "") for e in events), _explain(events)
