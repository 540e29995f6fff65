"""Solidarity shown to a party (issue 6, Stop 50; docs/coding_rules.md "### Stop 50 (issue 6)",
events 0.8.213):

- a verb of showing with an expressed stance as its object and the party named ("showed /
  demonstrated / displayed its solidarity with the people of X") is the stance expressed to that
  party: CAMEO.2.0 "DEMONSTRATE + SOLIDARITY" [053] (SHOW, DISPLAY and EXHIBIT share one synset),
  PLOVER SUPPORT, as "express our solidarity with X" is;
- with no party named, with a thing as subject (evidence, no speaker), with another object, or
  under an appeal to another party the reading does not change.

Sentences are invented, in the style of the demo releases (examples/); contrasts marked."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import linked, show


def _rows(events, trigger_start):
    return [(e.type, e.status, e.source_text, e.target_text) for e in events if e.trigger.startswith(trigger_start)]


@pytest.mark.parametrize("text, start, target", [
    ("Lithuania demonstrated its solidarity with the people of Georgia.", "demonstrated", "people of Georgia"),
    ("Lithuania showed solidarity with Georgia last week.", "showed", "Georgia"),
    ("The Baltic ministers displayed their solidarity with the people of Georgia.", "displayed", "people of Georgia"),
    ("Estonia has shown its solidarity for the people of Georgia.", "shown", "people of Georgia"),
])
def test_solidarity_shown_to_a_party_is_support(nlp, text, start, target):
    found = linked(nlp, text)
    assert [(r[0], r[1], r[3]) for r in _rows(found, start)] == [("SUPPORT", "asserted", target)], show(found)


def test_the_shower_is_the_source(nlp):
    found = linked(nlp, "Lithuania demonstrated its solidarity with the people of Georgia.")
    assert [r[2] for r in _rows(found, "demonstrated")] == ["Lithuania"], show(found)


@pytest.mark.parametrize("text, start", [
    # contrasts: no party after "with" / "for" (the brief's "position of solidarity" class)
    ("Latvia has shown solidarity and opened its border to refugees.", "shown"),
    ("The summit will demonstrate international support and solidarity at this difficult moment.", "demonstrate"),
    # a thing as subject: evidence, no speaker (check not-evidence)
    ("The decision demonstrates our solidarity with the people of Georgia.", "demonstrates"),
    ("Our joint response demonstrates the importance of European solidarity.", "demonstrates"),
    # another object than an expressed stance
    ("The Georgian people have shown great courage.", "shown"),
    ("Lithuania demonstrated its resolve to the people of Georgia.", "demonstrated"),
])
def test_no_party_a_thing_or_another_object_stays_no_event(nlp, text, start):
    found = linked(nlp, text)
    assert _rows(found, start) == [], show(found)


def test_solidarity_asked_of_another_is_only_the_appeal(nlp):
    # contrast: the shown stance under "urge X to" is what is asked, no SUPPORT by X (asserted-frame)
    found = linked(nlp, "We urge Latvia to show its solidarity with the people of Georgia.")
    assert _rows(found, "show") == [], show(found)
    assert [(r[0], r[3]) for r in _rows(found, "urge")] == [("DEMAND", "Latvia")], show(found)


def test_expressed_solidarity_is_unchanged(nlp):
    # contrast: CAMEO's own "EXPRESS + SOLIDARITY" [051]
    found = linked(nlp, "Lithuania expressed its solidarity with the people of Georgia.")
    assert [(r[0], r[3]) for r in _rows(found, "expressed")] == [("SUPPORT", "people of Georgia")], show(found)
