"""Task speed5: cheaper scans with the same output. The condition check reads only the sentences of
an act it can drop; the obliged-act scan makes a Token only for verbs; the military-unit ordinal
test reads the word first. Each test checks the result the scan must still give."""

from __future__ import annotations

from newsgraph.nlp.entities import _numbered_unit_name, _split_on_numbers
from newsgraph.nlp.events import condition_antecedent_check, find_events
from newsgraph.nlp.pipeline import make_doc


def _doc(nlp, text):
    return nlp(make_doc(nlp, text, None))


def test_a_condition_in_a_later_sentence_is_still_found(nlp):
    # the act under "Should ..." in the second sentence is no event; the meeting told in the
    # first sentence stays (only the condition's sentence is scanned now)
    doc = _doc(nlp, "The foreign minister met his Polish counterpart in Warsaw on Monday. "
                    "Should Russia attack Poland, NATO will respond.")
    events = doc._.ng_events
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]
    assert [e.type for e in events if e.trigger == "met"] == ["CONSULT"], [(e.type, e.trigger) for e in events]


def test_no_droppable_act_leaves_the_events_as_they_are(nlp):
    # asserted acts only: nothing the check can drop, so it returns the events unread
    doc = _doc(nlp, "Russian forces shelled the city of Kharkiv on Tuesday. If the talks fail, "
                    "the ministers said, they will meet again.")
    events = [e for e in find_events(doc) if e.status not in ("hypothetical", "planned")]
    assert events and condition_antecedent_check(doc, events) is events


def test_an_obliged_act_is_still_a_demand(nlp):
    doc = _doc(nlp, "The foreign minister said that Russia must withdraw its troops from Ukraine.")
    assert "DEMAND" in [e.type for e in doc._.ng_events], [(e.type, e.trigger) for e in doc._.ng_events]


def test_a_military_unit_ordinal_stays_in_the_name(base_nlp):
    doc = base_nlp("Soldiers of the 64th Separate Motorized Rifle Brigade and Grimsby 0 Portsmouth 1 were named.")
    words = [t.text for t in doc]
    at = words.index("64th")
    end = words.index("Brigade") + 1
    assert _numbered_unit_name(doc, at, end)
    assert _split_on_numbers(doc, at, end) == [(at, end)]
    assert not _numbered_unit_name(doc, words.index("Grimsby"), words.index("Portsmouth") + 1)
    grimsby = words.index("Grimsby")
    assert _split_on_numbers(doc, grimsby, grimsby + 4) == [(grimsby, grimsby + 1), (grimsby + 2, grimsby + 3)]
