"""Stop 46 (issue 6), events 0.8.159: custody and coercion of a partitive group, and of any
person noun held hostage.

1. A quantifier object or passive subject over a group ("many / dozens / several of those
   arrested / of them / of the X") names no one itself: the people it gives as examples under
   "such as" / "including" are the targets, one event each (as coordinated targets are); with no
   examples the "of" noun stays the target ("hundreds of the protesters" -> protesters). A
   partitive over a definite set is no generic bare plural for check not-habitual.
2. Custody is only said of people: a noun whose commonest WordNet sense is a person though
   another is an act ("pilot", "escort": lexicons/person_act_nouns.txt) can be held hostage;
   a thing held hostage ("the city ... by the strike") and "held talks" stay no custody."""

from __future__ import annotations

from newsgraph.nlp.events import find_events
from tests.nlp.linked_events import show


def _pairs(base_nlp, text, kind):
    events = [e for e in find_events(base_nlp(text)) if e.type == kind]
    return [(e.source_text, e.target_text) for e in events], events


def test_examples_of_a_partitive_object_held_in_detention_are_the_targets(base_nlp):
    text = ("Three years on, the junta still holds many of those first detained, such as Olga Marsh "
            "and Pavel Brun, in pre-trial detention.")
    pairs, events = _pairs(base_nlp, text, "COERCE")
    assert pairs == [("junta", "Olga Marsh"), ("junta", "Pavel Brun")], show(events)


def test_examples_under_including_of_a_counted_partitive(base_nlp):
    for text, names in (
            ("Last week the militia held dozens of those arrested, including Olga Marsh and Pavel Brun, "
             "without charge.", ["Olga Marsh", "Pavel Brun"]),
            ("In June, police detained several of those who had marched, including Olga Marsh.", ["Olga Marsh"])):
        pairs, events = _pairs(base_nlp, text, "COERCE")
        assert [t for _, t in pairs] == names, (text, show(events))


def test_examples_of_a_partitive_passive_subject_are_the_targets(base_nlp):
    text = "In June, dozens of those who marched, such as Olga Marsh, were arrested by police."
    pairs, events = _pairs(base_nlp, text, "COERCE")
    assert pairs == [("police", "Olga Marsh")], show(events)


def test_partitive_without_examples_keeps_its_noun_or_no_target(base_nlp):
    # contrast: no names given, the "of" noun is the group acted on, as before
    pairs, events = _pairs(base_nlp, "In June, police arrested some of the students.", "COERCE")
    assert pairs == [("police", "students")], show(events)
    # "of the protesters" over a definite set is no generic practice (check not-habitual)
    pairs, events = _pairs(base_nlp, "The junta holds hundreds of the protesters in detention.", "COERCE")
    assert pairs == [("junta", "protesters")], show(events)


def test_a_generic_bare_plural_object_stays_a_practice(base_nlp):
    # contrast: check not-habitual still drops coercion of a bare plural class
    for text in ("Authorities imprison dozens of activists.",
                 "Russian authorities harass, fine, and imprison Falun Gong practitioners."):
        found = [e for e in find_events(base_nlp(text)) if e.type == "COERCE"]
        assert not found, (text, show(found))


def test_names_in_a_plain_object_are_not_read_as_partitive_examples(base_nlp):
    # contrast: "such as" on a non-quantifier object keeps the existing reading
    text = "Police arrested journalists such as Olga Marsh in June."
    events = [e for e in find_events(base_nlp(text)) if e.type == "COERCE"]
    assert all("partitive" not in (e.explanation or "") for e in events), show(events)


def test_a_person_noun_with_an_act_sense_can_be_held_hostage(base_nlp):
    for text, pair in (("The pilot was held hostage by the rebels for a month.", ("rebels", "pilot")),
                       ("Two drivers were held hostage by the gang.", ("gang", "Two drivers"))):
        pairs, events = _pairs(base_nlp, text, "ASSAULT")
        assert pairs == [pair], (text, show(events))
    pairs, events = _pairs(base_nlp, "An Italian pilot was held captive for two years.", "ASSAULT")
    assert [t for _, t in pairs] == ["Italian pilot"] or [t for _, t in pairs] == ["pilot"], show(events)


def test_a_thing_held_hostage_or_held_talks_is_no_custody(base_nlp):
    for text in ("The city was held hostage by the strike.",
                 "The budget was held hostage by the dispute.",
                 "The pilot held talks with the rebels.",
                 "The pilot program was held in the capital."):
        found = [e for e in find_events(base_nlp(text)) if e.type in ("ASSAULT", "COERCE")]
        assert not found, (text, show(found))
