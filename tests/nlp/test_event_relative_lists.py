"""A list of verb phrases continuing a relative clause (issue 6, stop 44; events/subjects.py
_relative_list_conjunct): "the units that guard X, support Y, and help Z" hang "support" on the
main verb in the parse, but the list's items share the relative pronoun's subject, whose
antecedent does the acts, not the main clause's subject. Invented sentences; contrasts marked."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def test_listed_acts_after_a_relative_clause_are_the_antecedents(base_nlp):
    events = _events(base_nlp, "Germany will train the units that guard the border, support Ukrainian forces, "
                     "and help refugees.", "AGREE")
    assert events and all(e.source_text != "Germany" for e in events), _explain(events)
    assert {e.source_text for e in events} == {"units"}, _explain(events)


def test_listed_acts_after_a_who_clause_under_an_infinitive(base_nlp):
    events = _events(base_nlp, "The ministers pledged to fund the monitors who watch the border, protect "
                     "Ukrainian refugees, and assist the Red Cross.", "AGREE")
    assist = [e for e in events if e.trigger.startswith("assist")]
    assert [e.source_text for e in assist] == ["monitors"], _explain(events)


def test_main_clause_conjuncts_keep_the_main_subject(base_nlp):
    # contrasts: no relative clause; a conjunct joined by "and" straight after the relative clause;
    # a conjunct of another form than the relative verb ("that guards ..., support ...")
    for text in ("Germany will train the units and support Ukrainian forces, and help refugees.",
                 "Germany will train the units that guard the border, and help refugees.",
                 "Germany will train the unit that guards the border, support Ukrainian forces, and help refugees."):
        events = _events(base_nlp, text, "AGREE")
        helped = [e for e in events if e.trigger.startswith("help")]
        assert [e.source_text for e in helped] == ["Germany"], (text, _explain(events))


def test_a_relative_clause_after_the_object_is_the_objects(base_nlp):
    # the parser hangs "that will support ..." on the subject across "have signed agreements
    # together" (events/subjects.py _object_before_relative): what the agreements will do is no
    # pledge of the officials, and agreements are no actor, so no AGREE
    events = _events(base_nlp, "Officials from Kenya have signed agreements together that will support farmers "
                     "in Uganda.", "AGREE")
    assert all(not e.source_text.startswith("Officials") for e in events), _explain(events)


def test_a_relative_clause_on_the_subject_or_an_actor_object_keeps_its_doer(base_nlp):
    # contrasts: the clause right after the subject; the clause right after an actor object
    own = _events(base_nlp, "The ministers from Kenya who will help refugees in Uganda launched a programme "
                  "yesterday.", "AGREE")
    assert [e.source_text for e in own] == ["ministers from Kenya"], _explain(own)
    envoy = _events(base_nlp, "Canada named an envoy who will support Ukrainian refugees.", "AGREE")
    assert [e.source_text for e in envoy] == ["envoy"], _explain(envoy)


def test_an_item_of_the_main_clauses_open_list_keeps_the_main_subject(base_nlp):
    # contrast: the main clause's own list is still open ("will reinforce X that ..., build Y that
    # ..., power Z, and support W": "build" joined by a comma, no "and" yet), so the items after the
    # second relative clause go on with the main list, not the relative clause's
    events = _events(base_nlp, "Germany will reinforce the roads that connect our towns, build the ships that carry "
                     "American grain, power the trains of our rail future, and support thousands of Ukrainian "
                     "workers.", "SUPPORT")
    assert [e.source_text for e in events] == ["Germany"], _explain(events)
