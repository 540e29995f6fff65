"""Where force is used when no party is named: the place of the attack noun a verb launches or
carries out ("launched a ground offensive near Kharkiv"), an attack "near" a place, and a part
noun that names its place as a modifier ("the Kharkiv region") give the place as the target, in
its state (POLECAT codes the place's state as the target of an attack on it); a mass of troops
near a border is no attack, and a place phrase never displaces a party the sentence names."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _assaults(nlp, text):
    return [e for e in linked(nlp, text) if e.type == "ASSAULT"]


def test_the_place_of_a_launched_offensive_is_its_target(nlp):
    events = _assaults(nlp, "On May 10, Russian forces launched a ground offensive near Kharkiv, Ukrainian officials said.")
    assert [(e.source_acts_for, e.target_text, e.target_acts_for) for e in events] == [("RUS", "Kharkiv", "UKR")], \
        show(events)


def test_a_region_named_by_its_place_gives_that_place(nlp):
    events = _assaults(nlp, "Russian forces launched an offensive in the Kharkiv region.")
    assert [(e.target_text, e.target_acts_for) for e in events] == [("Kharkiv", "UKR")], show(events)


def test_an_attack_near_a_town_targets_the_town_s_state(nlp):
    events = _assaults(nlp, "Ukrainian drones struck an oil refinery near Belgorod on Tuesday.")
    assert [(e.source_acts_for, e.target_text, e.target_acts_for) for e in events] == [("UKR", "Belgorod", "RUS")], \
        show(events)


def test_a_named_party_is_kept_over_the_place(nlp):
    events = _assaults(nlp, "Russian forces attacked Ukrainian positions near Bakhmut.")
    assert events and all(e.target_acts_for == "UKR" and e.target_text != "Bakhmut" for e in events), show(events)


def test_troops_massed_near_a_border_are_no_attack(nlp):
    events = linked(nlp, "Russian troops massed near the border with Ukraine.")
    assert not [e for e in events if e.type == "ASSAULT"], show(events)
