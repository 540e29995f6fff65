"""Background mentions and directives to one's own staff (events 0.7.137, issue 6 kinds 1-2):
a happening recalled by a memory verb, in a "since" clause, or a conflict named as a whole as the
stimulus, cost or subject of an effect is referred to, not reported (events._background_anchor);
a directive to one's own staff is internal (events._own_staff_directive)."""

import pytest

from newsgraph.nlp.events import find_events


def _events(nlp, text, kind=None):
    return [e for e in find_events(nlp(text)) if kind is None or e.type == kind]


@pytest.mark.parametrize("text", [
    # a past happening recalled by a memory verb: the noun and what its relative clause tells
    "We still remember President Obama's visit to Havana, when he met with dissidents at the embassy.",
    "Today we commemorate Pope Francis's visit to Colombia.",
    "I remember how the Spanish government supported us during the floods.",
])
def test_a_recalled_happening_is_no_event(base_nlp, text):
    assert [(e.type, e.trigger) for e in _events(base_nlp, text)
            if e.type in ("CONSULT", "SUPPORT", "AGREE", "COOPERATE")] == []


def test_a_look_ahead_with_will_remember_keeps_the_act(base_nlp):
    events = _events(base_nlp, "The people of Moldova will remember Romania standing with them in this difficult hour.")
    assert any(e.type == "SUPPORT" for e in events)


def test_a_dated_happening_remembered_stays(base_nlp):
    events = _events(base_nlp, "More than 400 people gathered at the chapel to remember the lives of the four "
                               "soldiers killed by a roadside bomb near Kandahar on March 3.")
    assert any(e.type == "ASSAULT" for e in events)


def test_an_imperative_reminder_of_a_current_act_stays(base_nlp):
    events = _events(base_nlp, "And remember that while Russia has denied any plans, they have been steadily "
                               "amassing more than 100,000 troops on Ukraine's borders.")
    assert any(e.type == "MOBILIZE" for e in events)


@pytest.mark.parametrize("text", [
    # a conflict named as a whole: its toll, the response to it, what it has caused or shows
    "We have seen the toll of Russia's assault on Ukraine.",
    "The ministers met in Brussels to discuss the global response to Russia's unprovoked attack on Ukraine.",
    "President Putin's military campaign against Ukraine has caused enormous suffering among civilians.",
    "The Russian government's brutal attack against Ukraine demonstrates the Kremlin's contempt for international law.",
    "The isolation that President Putin's war campaign in Ukraine has brought upon him is visible.",
    # a "since" clause the parser hangs as a complement
    "In the two hundred days since Russian President Putin ordered his forces to invade Ukraine, "
    "the world has seen the courage of the Ukrainian people.",
])
def test_a_conflict_named_as_background_is_no_new_event(base_nlp, text):
    assert [e for e in _events(base_nlp, text) if e.type in ("ASSAULT", "MOBILIZE")] == []


@pytest.mark.parametrize("text", [
    "Russia launched a missile attack on Kyiv on Monday.",
    "Putin ordered his forces to invade Ukraine on Thursday.",
    "Russia recalled its ambassador from Kyiv on Monday.",
])
def test_reported_acts_stay(base_nlp, text):
    assert _events(base_nlp, text)


@pytest.mark.parametrize("text", [
    "The Canadian government prohibits its employees from traveling to the occupied territories.",
])
def test_a_directive_to_ones_own_staff_is_no_interaction(base_nlp, text):
    assert [e for e in _events(base_nlp, text) if e.type in ("COERCE", "SANCTION", "DEMAND")] == []


def test_a_ban_on_others_stays(base_nlp):
    events = _events(base_nlp, "The junta prohibited opposition leaders from leaving Yangon on Friday.")
    assert [(e.type, e.target_text) for e in events] == [("COERCE", "opposition leaders")]
