"""Actors from clause structure (events 0.7.490): a comma list of "-ing" clauses begun by a
preposition's gerund keeps that gerund's doer and frame where the parser hangs its later items on
the main verb (events/subjects.py _listed_gerund); a partitive of a relative pronoun ("one of whom",
"two of whom") stands for the clause's antecedent (_partitive_relative); a jury is an actor
(plover_frames.yaml actor_nouns). Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def test_listed_gerund_after_a_thanked_actor_is_the_thanked_actors_act(base_nlp):
    events = [e for e in _events(base_nlp, "We thank Poland for hosting refugees, providing shelter, and "
                                 "supporting returnees.") if e.trigger.startswith("supporting")]
    assert events and all(e.source_text == "Poland" for e in events), _explain(events)


def test_listed_gerund_inside_a_praised_effort_is_no_act_of_the_praiser(base_nlp):
    events = _events(base_nlp, "We applaud the efforts of Colombia in hosting refugees, providing pathways, "
                     "and supporting returnees.")
    assert not [e for e in events if e.source_text == "We" and e.trigger.startswith("supporting")], _explain(events)


def test_one_of_whom_as_object_is_the_antecedent(base_nlp):
    events = _events(base_nlp, "The United States is designating three hackers, one of whom the Department of "
                     "Justice indicted last week.", "DISAPPROVE")
    assert [(e.source_text, e.target_text) for e in events] == [("Department of Justice", "three hackers")], \
        _explain(events)


def test_two_of_whom_as_passive_subject_is_the_antecedent(base_nlp):
    events = [e for e in _events(base_nlp, "The police detained five activists, two of whom were later beaten "
                                 "by soldiers.") if e.trigger.startswith("beaten")]
    assert [(e.source_text, e.target_text) for e in events] == [("soldiers", "five activists")], _explain(events)


def test_jury_as_passive_agent(base_nlp):
    events = _events(base_nlp, "Last year the mayor and two aides were indicted by a federal grand jury in Ohio.")
    assert events and all("jury" in (e.source_text or "") for e in events), _explain(events)


def test_one_of_whom_hung_on_a_thing_stands_for_the_actor_before_it(base_nlp):
    events = _events(base_nlp, "The Treasury is designating four officials for their involvement in illegal logging "
                     "activities, one of whom the Department of Justice indicted last month.", "DISAPPROVE")
    assert [e.target_text for e in events if e.trigger.startswith("indicted")] == ["four officials"], _explain(events)
