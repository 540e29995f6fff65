"""Families or children separated by an authority are coerced (events 0.7.242, task mainact35):
PLOVER COERCE "repression ... coercive uses of power falling short of violence"; each coordinated
participle that is an act gets its event, a non-act beside it ("issuing passports") none. CAMEO's
SEPARATE block codes nothing alone: a thing divided is no event. Sentences written for the task."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def test_separating_families_is_coercion_beside_the_other_acts(nlp):
    events = linked(nlp, "The occupation authorities are separating families, confiscating Ukrainian passports, "
                         "and issuing Russian passports.")
    assert sorted((e.type, e.trigger) for e in events) == [
        ("COERCE", "confiscating"), ("COERCE", "separating families")], show(events)


def test_separating_children_from_parents_is_coercion(nlp):
    events = linked(nlp, "Russian authorities are separating Ukrainian children from their parents.")
    assert [(e.type, e.source_text) for e in events] == [("COERCE", "Russian authorities")], show(events)


def test_a_thing_separated_is_no_event(nlp):
    # contrast: a wall or river separating places divides things, nobody is coerced
    events = linked(nlp, "The new wall separates the city from the countryside.")
    assert not events, show(events)


def test_merged_mentions_of_a_use_of_force_keep_the_one_naming_its_mode(nlp):
    # (events 0.7.243) one COERCE by the same doer on the same people across sentences is one
    # happening; the mention saying which it is (PLOVER COERCE mode "arrest, detain") is its record
    events = linked(nlp, "Russian authorities are separating Ukrainian children from their parents. "
                         "Russian authorities are also detaining thousands of Ukrainian civilians.")
    assert [(e.type, e.mode, e.trigger) for e in events] == [("COERCE", "detain", "detaining")], show(events)
    assert len(events[0].evidence_spans) == 2, show(events)
