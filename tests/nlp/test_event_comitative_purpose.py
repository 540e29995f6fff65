"""A purpose infinitive after a verb of joint action takes the clause subject (task sources4;
events 0.7.160, events/subjects.py _comitative_partner_subject): the parser reads "work with X
to VERB" as a with-absolute whose subject is X, but the "with" phrase is the joint-action verb's
partner and the infinitive's understood subject is the main clause's (subject control of
purpose clauses). Sentences are written for this test."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def test_purpose_after_work_with_takes_the_main_subject(base_nlp):
    events = _events(base_nlp, "We will keep working closely with Congress to support our Ukrainian partners "
                     "and impose further costs on the Kremlin.", "SUPPORT")
    assert [e.source_text for e in events] == ["We"], _explain(events)
    # events 0.7.186: the conjoined "impose" shares the purpose's future: a sanction announced (THREATEN planned)
    costs = [e for e in _events(base_nlp, "We will keep working closely with Congress to support our Ukrainian "
                                "partners and impose further costs on the Kremlin.") if e.trigger.startswith("impose")]
    assert [(e.type, e.status, e.source_text) for e in costs] == [("THREATEN", "planned", "We")], _explain(costs)


def test_purpose_after_working_with_lawmakers_named_state(base_nlp):
    events = _events(base_nlp, "Japan will keep working closely with lawmakers to support Taiwan.", "SUPPORT")
    assert [(e.source_text, e.target_text) for e in events] == [("Japan", "Taiwan")], _explain(events)


def test_partners_after_engaged_with_are_no_subject_of_a_conjoined_purpose(base_nlp):
    # White House statement on Cuba (task purpose): parsed with "the United Nations, and our
    # international partners" as the subject of "to condemn", conjoined to "engaged"
    text = ("The Administration is also actively engaged with the Organization of American States (OAS), "
            "the United Nations, and our international partners to collectively condemn the violence and "
            "repression upon the Cuban people.")
    events = _events(base_nlp, text, "DISAPPROVE")
    assert events and all(e.source_text == "Administration" for e in events), _explain(events)
