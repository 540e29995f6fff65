"""Emergency rule, martial law and lockdowns (events 0.8.113): declaring martial law or a state of
emergency is CAMEO 1724 "Impose state of emergency or martial law" (CAMEO2PLOVER-2021: COERCE
martial-law), imposing a lockdown a restriction on movement (PLOVER COERCE restrict; WordNet
lockdown.n.01 is a confinement). Laid "in" a place, each targets that state's civilians (events
0.8.111). Near misses: a law that is not martial law, lifting a measure (CAMEO 0814 ease, no
imposition), a standing state ("under martial law since ..."), a building's lockdown. Sentences are
invented for these tests."""

from __future__ import annotations

from tests.nlp.linked_events import explain, linked


def _coerced(nlp, text):
    return [e for e in linked(nlp, text) if e.type == "COERCE"]


def test_declared_martial_law_in_a_city_restricts_its_people(nlp):
    events = _coerced(nlp, "The junta declared martial law in Yangon.")
    assert [(e.mode, e.target_acts_for, e.target_sector, e.target_key) for e in events] == \
        [("martial-law", "MMR", "CVL", None)], explain(events)


def test_a_state_of_emergency_is_laid_on_the_place_not_on_a_state(nlp):
    events = _coerced(nlp, "The Kazakh government declared a state of emergency in Almaty.")
    assert [(e.mode, e.target_text, e.target_acts_for, e.target_sector) for e in events] == \
        [("martial-law", "Almaty", "KAZ", "CVL")], explain(events)


def test_an_imposed_lockdown_is_a_restriction(nlp):
    events = _coerced(nlp, "The Chinese government imposed a lockdown in Shanghai.")
    assert [(e.mode, e.target_acts_for, e.target_sector) for e in events] == \
        [("restrict", "CHN", "CVL")], explain(events)
    events = _coerced(nlp, "The government imposed a nationwide lockdown.")
    assert [e.mode for e in events] == ["restrict"], explain(events)


def test_a_law_that_is_not_martial_law_is_no_emergency_rule(nlp):
    # near miss: "declare" / "impose" + "law" is martial law only with "martial" (CAMEO {MARTIAL LAW})
    for text in ("The court declared the law unconstitutional.",
                 "Beijing imposed a new security law on Hong Kong."):
        events = linked(nlp, text)
        assert not [e for e in events if e.mode == "martial-law"], explain(events)
    # a plain law imposed on a party still coerces it, with no mode (CAMEO IMPOSE, bare verb 170)
    events = _coerced(nlp, "Beijing imposed a new security law on Hong Kong.")
    assert [e.mode for e in events] == [None], explain(events)


def test_lifting_a_measure_is_no_imposition(nlp):
    # near miss: CAMEO 0813/0814 ease curfew, state of emergency: a concession, never COERCE
    for text in ("The government lifted the state of emergency.",
                 "The government lifted the lockdown in Shanghai."):
        events = linked(nlp, text)
        assert not [e for e in events if e.type == "COERCE"], explain(events)
    events = linked(nlp, "The government lifted the lockdown in Shanghai.")
    assert [(e.type, e.mode) for e in events] == [("CONCEDE", "ease")], explain(events)


def test_a_standing_state_or_a_building_lockdown_is_no_event(nlp):
    # near miss: a state the place is in, told with no act of imposing it, and a lockdown no
    # authority imposes on a population
    for text in ("Yangon has been under martial law since 2021.",
                 "The school was placed on lockdown after a fire alarm.",
                 "Police ordered a lockdown of the building."):
        events = linked(nlp, text)
        assert not [e for e in events if e.type == "COERCE"], explain(events)
