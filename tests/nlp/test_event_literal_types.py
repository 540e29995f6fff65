"""Types taken from the act, not the literal trigger word (PLOVER codebook): services cut off are
COERCE 'withhold', a measure's stated consequence is no threat."""

from __future__ import annotations

from newsgraph.nlp.events import find_events


def _typed(doc, trigger_word):
    return [e for e in find_events(doc) if trigger_word in e.trigger]


def test_cutting_off_internet_is_coerce_withhold(base_nlp):
    # demo corpus (State Department briefing on occupied Ukraine): codebook COERCE 'withhold'
    doc = base_nlp("More recently, there have been reports as well that Russian forces have cut off "
                   "internet and some cellular phone access in these regions in order to disable the "
                   "flow of reliable information.")
    events = _typed(doc, "cut")
    assert events and all((e.type, e.mode) == ("COERCE", "withhold") for e in events)


def test_cutting_off_people_from_travel_stays_sanction(base_nlp):
    doc = base_nlp("Last spring, Beijing cut off Chinese students and tourists from traveling to Australia.")
    events = _typed(doc, "cut")
    assert events and all(e.type == "SANCTION" for e in events)
