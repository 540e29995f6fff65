"""An object "them" that stands for a group of people named in the sentence before (task plurals):
the nearest plural that agrees, when it names people only and no other group of people competes;
and a release's own "The parties must ..." as its state's demand on the sides of a dispute."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show as _explain


def _by_trigger(events, word):
    return [e for e in events if (e.trigger or "").startswith(word)]


def test_them_takes_the_staff_of_the_sentence_before(nlp):
    text = ("The United States is deeply grateful for the loyalty of our locally hired staff and contractors at "
            "the embassy in Minsk. We thank them for their years of service.")
    events = _by_trigger(linked(nlp, text), "thank")
    assert events and all("staff" in (e.target_text or "") and e.target_key != "country:USA" for e in events), \
        _explain(events)


def test_them_takes_the_residents_object_of_the_sentence_before_with_their_state(nlp):
    text = ("The embassy has contacted several hundred American residents of the border region. "
            "We strongly urge them to depart immediately.")
    events = _by_trigger(linked(nlp, text), "urge")
    assert events and all("residents" in (e.target_text or "") and e.target_acts_for == "USA" and not e.target_key
                          for e in events), _explain(events)


def test_them_with_a_plural_subject_and_object_before_stays_empty(nlp):
    # contrast: a plural subject competes with the plural object nearest to "them"
    text = ("Local drivers carried the inspectors across the border at night. "
            "We thank them for their courage.")
    events = _by_trigger(linked(nlp, text), "thank")
    assert all(not e.target_text or e.target_text == "them" for e in events), _explain(events)


def test_them_with_two_groups_of_people_before_stays_empty(nlp):
    # contrast: two plurals of people in the sentence before compete; no antecedent is certain
    text = ("The minister met the families of the detained journalists in the capital. "
            "We thank them for their courage.")
    events = _by_trigger(linked(nlp, text), "thank")
    assert all(not e.target_text or e.target_text == "them" for e in events), _explain(events)


def test_them_after_a_nearer_plural_thing_stays_empty(nlp):
    # contrast: the nearest plural is a thing ("the supplies"), so "them" is not read as the people
    text = ("Our volunteers packed the medical supplies. We urge them to reach the villages soon.")
    events = _by_trigger(linked(nlp, text), "urge")
    assert all("volunteers" not in (e.target_text or "") for e in events), _explain(events)


def test_the_parties_must_in_a_state_release_is_its_demand(nlp):
    text = ("The United States welcomes the truce in Yemen. The parties must work with the Special Envoy to "
            "reach agreement on an extended truce.")
    events = [e for e in linked(nlp, text) if e.type == "DEMAND"]
    assert events and all(e.source_acts_for == "USA" and e.target_text == "parties" for e in events), \
        _explain(events)


def test_political_parties_must_in_a_state_release_stays_without_source(nlp):
    # contrast: "political parties" is a sector, which may be the state's own; no demand by the release
    events = [e for e in linked(nlp, "Political parties must respect the vote.") if e.type == "DEMAND"]
    assert all(e.source_acts_for is None for e in events), _explain(events)
