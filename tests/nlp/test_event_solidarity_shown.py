"""Solidarity shown to a party (issue 6, Stop 50; docs/coding_rules.md "### Stop 50 (issue 6)",
events 0.8.213, review fixes 0.8.219):

- a verb of showing with an expressed stance as its object and the party named ("showed /
  demonstrated / displayed its solidarity with the people of X") is the stance expressed to that
  party: CAMEO.2.0 "DEMONSTRATE + SOLIDARITY" [053] (SHOW, DISPLAY and EXHIBIT share one synset),
  PLOVER SUPPORT, as "express our solidarity with X" is;
- with no party named, with a thing as subject (evidence, no speaker), with another object, or
  under an appeal to another party the reading does not change;
- a "with" on the verb before the noun or after "together" names a co-actor, no party; "no" /
  "little" solidarity shown is none shown (negated, as "expressed no support").

Sentences are invented, in the style of the demo releases (examples/); contrasts marked."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import linked, show


def _rows(events, trigger_start):
    return [(e.type, e.status, e.source_text, e.target_text) for e in events if e.trigger.startswith(trigger_start)]


@pytest.mark.parametrize("text, start, target", [
    ("Lithuania demonstrated its solidarity with the citizens of Georgia.", "demonstrated", "citizens of Georgia"),
    ("Lithuania showed solidarity with Georgia last week.", "showed", "Georgia"),
    ("The Baltic ministers displayed their solidarity with the citizens of Georgia.", "displayed", "citizens of Georgia"),
    ("Estonia has shown its solidarity for the citizens of Georgia.", "shown", "citizens of Georgia"),
])
def test_solidarity_shown_to_a_party_is_support(nlp, text, start, target):
    found = linked(nlp, text)
    assert [(r[0], r[1], r[3]) for r in _rows(found, start)] == [("SUPPORT", "asserted", target)], show(found)


def test_the_shower_is_the_source(nlp):
    found = linked(nlp, "Lithuania demonstrated its solidarity with the citizens of Georgia.")
    assert [r[2] for r in _rows(found, "demonstrated")] == ["Lithuania"], show(found)


@pytest.mark.parametrize("text, start", [
    # contrasts: no party after "with" / "for" (the brief's "position of solidarity" class)
    ("Latvia showed solidarity and sent blankets to the refugees.", "showed"),
    ("Next week's meeting will demonstrate European solidarity during the energy crisis.", "demonstrate"),
    # review of Stop 50: a co-actor after "together with" or fronted is no party
    ("Together with Italy, Portugal displayed solidarity during the summit.", "displayed"),
    ("Portugal displayed its solidarity together with Italy.", "displayed"),
    # a thing as subject: evidence, no speaker (check not-evidence)
    ("The decision demonstrates our solidarity with the citizens of Georgia.", "demonstrates"),
    ("Our joint response demonstrates the importance of European solidarity.", "demonstrates"),
    # another object than an expressed stance
    ("The Georgian people have shown great courage.", "shown"),
    ("Lithuania demonstrated its resolve to the citizens of Georgia.", "demonstrated"),
])
def test_no_party_a_thing_or_another_object_stays_no_event(nlp, text, start):
    found = linked(nlp, text)
    assert _rows(found, start) == [], show(found)


def test_solidarity_asked_of_another_is_only_the_appeal(nlp):
    # contrast: the shown stance under "call on X to" is what is asked, no SUPPORT by X (asserted-frame)
    found = linked(nlp, "We call on Latvia to display solidarity with the citizens of Georgia.")
    assert _rows(found, "display") == [], show(found)
    assert [(r[0], r[3]) for r in _rows(found, "call")] == [("DEMAND", "Latvia")], show(found)


def test_the_party_is_not_the_fronted_co_actor(nlp):
    # review of Stop 50: "together with" names who shows it too; the later "with" the party
    found = linked(nlp, "Together with Italy, Portugal displayed its solidarity with Greece.")
    assert [(r[0], r[2], r[3]) for r in _rows(found, "displayed")] == [("SUPPORT", "Portugal", "Greece")], show(found)


@pytest.mark.parametrize("text, start", [
    # review of Stop 50: "no" / "little" solidarity or support shown is none (negated)
    ("Hungary showed no solidarity with Poland.", "showed"),
    ("Hungary displayed little solidarity with the people of Poland.", "displayed"),
    ("Hungary expressed no support for Poland.", "expressed"),
])
def test_no_solidarity_shown_is_not_asserted(nlp, text, start):
    found = linked(nlp, text)
    assert [r for r in _rows(found, start) if r[1] == "asserted"] == [], show(found)


def test_a_little_solidarity_is_some(nlp):
    # contrast: "a little" is a positive quantity
    found = linked(nlp, "Hungary showed a little solidarity with Poland.")
    assert [(r[0], r[1], r[3]) for r in _rows(found, "showed")] == [("SUPPORT", "asserted", "Poland")], show(found)


def test_expressed_solidarity_is_unchanged(nlp):
    # contrast: CAMEO's own "EXPRESS + SOLIDARITY" [051]
    found = linked(nlp, "Lithuania expressed its solidarity with the citizens of Georgia.")
    assert [(r[0], r[3]) for r in _rows(found, "expressed")] == [("SUPPORT", "citizens of Georgia")], show(found)
