"""Two demands, two events (events 0.8.111): the repeat-merge (``merge_mentions`` /
``merge_repeated``) folds events of one type by one source on one target into one happening; a
DEMAND is one happening only when it asks for the same act (PLOVER REQUEST's mode is the content of
the demand). Demands asking for different acts stay apart, in one sentence or in two; a demand told
again ("reiterate our call ... to release") still merges, and so does one whose verb of stopping
only says when the same act is to stop ("stop its attacks" / "cease its attacks"). The sentences
are invented for these tests, in the style of news releases."""

from __future__ import annotations

from newsgraph.nlp.events import merge_repeated, record_identity
from newsgraph.nlp.types import Event
from tests.nlp.linked_events import explain, linked


def _demands(nlp, text):
    return [e for e in linked(nlp, text) if e.type == "DEMAND"]


def test_two_acts_demanded_of_one_party_in_one_sentence_are_two_demands(nlp):
    events = _demands(nlp, "The minister called on Belarus to withdraw its forces and urged Belarus "
                           "to stop supporting the separatists.")
    assert len(events) == 2 and {e.target_text for e in events} == {"Belarus"}, explain(events)


def test_two_acts_demanded_in_two_sentences_are_two_demands(nlp):
    events = _demands(nlp, "We call on the Belarusian government to respect the rights of its people. "
                           "We urge the Belarusian government to release those detained for protesting.")
    assert len(events) == 2 and all(len(e.evidence_spans) == 1 for e in events), explain(events)
    events = _demands(nlp, "We demand that Iran release the sailors, and we demand that Iran allow "
                           "inspectors into the site.")
    assert len(events) == 2, explain(events)


def test_a_demand_told_again_is_one_demand(nlp):
    # near miss: the same act asked again, as a noun ("the release of") and as a verb ("to release")
    events = _demands(nlp, "We call for the immediate release of all hostages held by the rebels. "
                           "We reiterate our call on the rebels to release the hostages.")
    assert len(events) == 1 and len(events[0].evidence_spans) == 2, explain(events)
    # a verb of stopping stands for the act stopped: "stop its attacks" and "cease its attacks" ask one thing
    events = _demands(nlp, "We urge Belarus to stop its attacks on ports. We call on Belarus to cease "
                           "its attacks on ports.")
    assert len(events) == 1 and len(events[0].evidence_spans) == 2, explain(events)


def _record(start):
    return Event(type="DEMAND", sentence_start=start, sentence_end=start + 10, trigger="urged",
                 trigger_start=start + 1, trigger_end=start + 6, source_text="Germany", source_key="country:DEU",
                 source_start=start, source_end=start + 1, target_text="Russia", target_key="country:RUS",
                 target_start=start + 7, target_end=start + 8)


def test_acts_given_keep_records_apart_and_unknown_acts_merge():
    first, later = _record(0), _record(20)
    acts = {0: frozenset({"withdraw"}), 20: frozenset({"release"})}
    assert len(merge_repeated([first, later], record_identity, demanded=lambda e: acts[e.sentence_start])) == 2
    first, later = _record(0), _record(20)
    acts = {0: frozenset({"withdraw", "release"}), 20: frozenset({"release"})}
    assert len(merge_repeated([first, later], record_identity, demanded=lambda e: acts[e.sentence_start])) == 1
    first, later = _record(0), _record(20)
    assert len(merge_repeated([first, later], record_identity)) == 1  # records: no act known, merged as before


def test_a_finite_demand_verb_hung_on_the_act_asked_is_a_demand_of_its_own(nlp):
    # the parser makes "demanded" / "urged" a conjunct of the act the first demand asks for; a past
    # tense verb cannot be coordinated with a bare infinitive or subjunctive, so it joins the main verb
    events = _demands(nlp, "The minister demanded that Iran release the detained sailors and demanded that "
                           "Iran allow inspectors into the site.")
    assert [(e.trigger, e.source_text, e.target_text) for e in events] == \
        [("demanded", "minister", "Iran"), ("demanded", "minister", "Iran")], explain(events)


def test_two_acts_under_one_demand_verb_are_one_demand(nlp):
    # near miss: bare infinitives coordinated under one "urge" are one demand asking both acts
    events = _demands(nlp, "We urge Belarus to withdraw its forces from the border and to release the prisoners.")
    assert len(events) == 1, explain(events)


def test_a_demand_named_in_a_prepositional_phrase_refers_to_the_one_made(nlp):
    # near miss: "on Ukraine's request for ..." names the request made, whatever words it uses for its act
    events = _demands(nlp, "Ukraine requested the Court call upon Russia to halt all military actions. We hope "
                           "that the Court will act with utmost urgency on Ukraine's request for provisional "
                           "measures.")
    assert len(events) == 1 and len(events[0].evidence_spans) == 2, explain(events)


def test_two_obligations_of_one_party_are_two_demands_and_one_retold_is_one(nlp):
    # the writer's demand on one obliged ("Russia must ...") asks for the obliged act itself
    events = _demands(nlp, "Russia must meet its commitments on grain exports. Russia must also end its "
                           "attacks on farmland.")
    assert len(events) == 2, explain(events)
    events = _demands(nlp, "Russia must withdraw its forces from the plant. Russia must withdraw its forces "
                           "from the plant immediately.")
    assert len(events) == 1 and len(events[0].evidence_spans) == 2, explain(events)
