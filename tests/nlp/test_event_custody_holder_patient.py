"""Custody roles (stop 46): a reduced passive participle of custody the parser reads as a finite
clause or hangs on an act noun names its patient, never its place; and a named person a state's
own organ detains or beats at home, placed by nothing else, is a person of that state."""

from __future__ import annotations

from newsgraph.nlp.events import find_events
from tests.nlp.linked_events import linked, show as _show


def _custody(base_nlp, text):
    return [e for e in find_events(base_nlp(text)) if e.type == "COERCE"]


# ---------------------------------------------------------------- reduced participle misparsed as a clause

def test_a_participle_of_custody_read_as_a_clause_keeps_the_noun_as_patient(base_nlp):
    # "free [the Americans] detained in Russia": the parser makes "detained" a complement clause
    # with the noun its subject; "detain" needs an object, so it is the noun's participle
    events = _custody(base_nlp, "We keep working to free the Americans wrongfully detained in Russia.")
    assert [(e.source_text, e.target_text) for e in events] == [("Russia", "Americans")], _show(events)


def test_a_participle_of_custody_on_an_act_noun_describes_its_of_object(base_nlp):
    events = _custody(base_nlp, "The minister called for the freeing of activists imprisoned in Belarus.")
    assert [(e.source_text, e.target_text) for e in events] == [("Belarus", "activists")], _show(events)


def test_an_active_custody_clause_and_a_participle_of_residence_are_unchanged(base_nlp):
    events = _custody(base_nlp, "Russia detained the Americans.")
    assert [(e.source_text, e.target_text) for e in events] == [("Russia", "Americans")], _show(events)
    assert not _custody(base_nlp, "We keep working to help the Americans living in Russia.")
    events = _custody(base_nlp, "The statement called for the release of the journalists detained in Iran.")
    assert [(e.source_text, e.target_text) for e in events] == [("Iran", "journalists")], _show(events)


# ---------------------------------------------------------------- named person of the repressing state

def _target_states(nlp, text):
    return {(e.target_key, e.target_acts_for) for e in linked(nlp, text) if e.type in ("COERCE", "ASSAULT")}


def test_a_person_a_states_police_holds_at_home_is_of_that_state(nlp):
    assert _target_states(nlp, "Police in Belarus arrested Ivan Petrov.") == {("person:ivan-petrov", "BLR")}
    assert _target_states(nlp, "Belarusian police beat Ivan Petrov.") == {("person:ivan-petrov", "BLR")}
    events = [e for e in linked(nlp, "Chinese authorities detained the activist Zhang Hua.") if e.type == "COERCE"]
    assert {(e.target_acts_for, e.target_sector) for e in events} == {("CHN", "OPP")}, _show(events)


def test_a_nationality_or_a_place_abroad_keeps_the_persons_own_state(nlp):
    assert _target_states(nlp, "Russian authorities detained U.S. citizen John Harper in Moscow.") == {
        ("person:john-harper", "USA")}
    assert _target_states(nlp, "Police in Belarus arrested Chinese national Li Wei.") == {("person:li-wei", "CHN")}
    assert _target_states(nlp, "Iran detained John Harper in Iraq.") == {("person:john-harper", None)}
    assert _target_states(nlp, "Iranian police detained John Harper in Baghdad.") == {("person:john-harper", None)}
    # force by a state's forces in war may fall on anyone's people
    assert _target_states(nlp, "Russian forces killed Ivan Petrov.") == {("person:ivan-petrov", None)}
