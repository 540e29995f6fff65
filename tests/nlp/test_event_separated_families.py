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
