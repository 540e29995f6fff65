"""One party named twice in one sentence is one party (events 0.8.50): an appositive "or" that
glosses an acronym with a description of a body or of the acronym's last words, a bracketed second
name and a parsed apposition fold the two mentions of one trigger into one event
(``_renamed_in_sentence``); "or" between two descriptions, or names keyed to two entities, stay two.

The sentences are written for these tests."""

from __future__ import annotations

from newsgraph.nlp.events import merge_repeated, record_identity
from newsgraph.nlp.events.accusations import _renamed_in_sentence
from newsgraph.nlp.types import Event
from tests.nlp.linked_events import explain, linked


def _spans(text, first, second):
    a, b = text.index(first), text.rindex(second)
    return a, a + len(first), b, b + len(second)


def test_an_acronym_glossed_by_or_is_one_body(nlp):
    text = "Belarus vetoed the budget of the UNHCR or the refugee agency."
    assert _renamed_in_sentence(nlp(text), *_spans(text, "UNHCR", "refugee agency"))
    events = [e for e in linked(nlp, text) if e.type == "REJECT"]
    assert len(events) == 1, explain(events)
    assert events[0].target_key == "org:unhcr", explain(events)


def test_an_acronym_glossed_by_its_last_words_is_one_body(nlp):
    text = "Belarus vetoed the budget of the JIT or the investigation team."
    assert _renamed_in_sentence(nlp(text), *_spans(text, "JIT", "investigation team"))


def test_or_between_two_descriptions_offers_two_parties(nlp):
    text = "The measure is not aimed at the farmers of Ukraine or the Ukrainian government."
    assert not _renamed_in_sentence(nlp(text), *_spans(text, "farmers of Ukraine", "Ukrainian government"))


def test_either_or_and_a_named_alternative_are_two_parties(nlp):
    text = "Belarus vetoed the budget of either the UNHCR or the refugee agency."
    assert not _renamed_in_sentence(nlp(text), *_spans(text, "UNHCR", "refugee agency"))
    text = "Belarus vetoed the budget of the UNHCR or the Red Cross."
    assert not _renamed_in_sentence(nlp(text), *_spans(text, "UNHCR", "Red Cross"))


def test_a_bracketed_second_name_is_the_same_person(nlp):
    text = "The United States designated former minister Juan Carlos Ortiz Vega (Ortiz) for corruption."
    assert _renamed_in_sentence(nlp(text), *_spans(text, "Juan Carlos Ortiz Vega", "Ortiz"))


def test_records_fold_only_adjoining_mentions():
    # (windows of a long text merge on records: with no parse, two separate spans stay two)
    def record(target, start):
        return Event(type="REJECT", sentence_start=0, sentence_end=80, trigger="vetoed", trigger_start=8,
                     trigger_end=14, source_text="Belarus", source_key="country:BLR", source_start=0,
                     source_end=7, target_text=target, target_start=start, target_end=start + len(target))
    assert len(merge_repeated([record("UNHCR", 33), record("refugee agency", 46)], record_identity)) == 2
