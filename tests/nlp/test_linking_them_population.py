"""An object "them" with no plural before it in its own sentence takes the one plural the sentence
before names where that plural is a state's population ("the Ukrainian people", "the citizens of
Cuba"), whatever its role there (task recip4: recipients lost to an unresolved "them")."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show as _explain


def _stand(events):
    return [e for e in events if e.trigger and "stand" in e.trigger.split()]


def test_them_takes_the_only_plural_before_when_it_is_a_states_people(nlp):
    text = ("We applaud the courage of the Haitian people who are rebuilding after the earthquake. "
            "We stand in solidarity with them.")
    events = _stand(linked(nlp, text))
    assert events and all(e.target_text == "them" and e.target_acts_for == "HTI" for e in events), _explain(events)


def test_them_after_a_population_in_an_of_phrase_of_a_state(nlp):
    text = ("Our partnership with the people of Moldova is steadfast and enduring. "
            "We will continue to stand with them.")
    events = _stand(linked(nlp, text))
    assert events and all(e.target_acts_for == "MDA" for e in events), _explain(events)


def test_them_with_two_plurals_before_stays_unresolved(nlp):
    # contrast: the sentence before names the people and also their attackers' strikes: "them"
    # could be either, so no antecedent is taken
    text = ("Russian strikes continue to kill the Ukrainian people in their homes. "
            "We stand in solidarity with them.")
    events = _stand(linked(nlp, text))
    assert all(e.target_acts_for is None for e in events), _explain(events)


def test_them_after_a_plural_that_is_no_population_stays_unresolved(nlp):
    # contrast: "doctors" are no state's population; the rule reads only a population noun
    text = ("We applaud the courage of the Haitian doctors who are rebuilding clinics after the earthquake. "
            "We stand in solidarity with them.")
    events = _stand(linked(nlp, text))
    assert all(e.target_acts_for in (None, "HTI") for e in events), _explain(events)
