"""Check not-cumulative, repeated acts (events._iterative_recap) and check not-habitual for
coercion told as a standing practice (events._coercive_practice): a perfect clause with an adverb
of repetition recaps many acts, and coercion in the simple present with a continuing aspect verb
or a generic object describes behaviour over time -- neither is a discrete, dated event."""

import pytest

from newsgraph.nlp.events import find_events


def _events(nlp, text):
    return [(e.type, e.status) for e in find_events(nlp(text))]


def _types(nlp, text):
    return [e.type for e in find_events(nlp(text))]


@pytest.mark.parametrize("text, event_type", [
    ("Moscow has repeatedly dismissed the allegations of the European Union as propaganda.", "REJECT"),
    ("The foreign ministers have consistently condemned attacks on humanitarian workers in Sudan.", "DISAPPROVE"),
    ("For years the junta has detained journalists and opposition politicians.", "COERCE"),
])
def test_a_perfect_of_repeated_acts_is_no_new_event(base_nlp, text, event_type):
    assert event_type not in _types(base_nlp, text)


@pytest.mark.parametrize("text, event_type", [
    ("Moscow has dismissed the allegations of the European Union as propaganda.", "REJECT"),
    ("The foreign ministers have condemned the attack on humanitarian workers in Sudan.", "DISAPPROVE"),
])
def test_a_perfect_without_repetition_stays(base_nlp, text, event_type):
    assert event_type in _types(base_nlp, text)


@pytest.mark.parametrize("text", [
    "The regime continues to harass and intimidate independent journalists.",
    "Iranian authorities continue to detain and threaten relatives of the protesters.",
    "Police in the province harass and arrest human rights defenders for posting online.",
])
def test_coercion_as_a_standing_practice_is_no_new_event(base_nlp, text):
    assert "COERCE" not in _types(base_nlp, text)


@pytest.mark.parametrize("text", [
    "Police arrested three human rights defenders in the capital on Monday.",
    "The regime detained the two journalists after the protest.",
])
def test_a_discrete_coercive_act_stays(base_nlp, text):
    assert "COERCE" in _types(base_nlp, text)


def test_a_continued_practice_in_the_past_or_a_placed_one_stays(base_nlp):
    # contrast: the past tense and a placed act report what happened at a time and place
    assert "COERCE" in _types(base_nlp, "The regime continued its violent repression against independent media.")
    assert "COERCE" in _types(base_nlp, "Police routinely detain opposition activists in Minsk.")


# check not-free-occasion (events 0.7.173): a policy line over every case that may arise

@pytest.mark.parametrize("text, event_type", [
    # a free-choice relative on the object: whatever concerns arise (State Department briefing)
    ("We will raise concerns with China where we have them.", "DISAPPROVE"),
    # a free-choice subordinator: every occasion we can (State Department policy speech)
    ("We will cooperate with China wherever we can.", "AGREE"),
    ("Whenever the minister can accuse the opposition leaders of corruption, he does.", "DISAPPROVE"),
])
def test_an_act_over_every_case_is_no_event(base_nlp, text, event_type):
    assert event_type not in _types(base_nlp, text)


def test_a_named_concern_raised_stays(base_nlp):
    # contrast: a definite concern about a named matter is one act
    assert "DISAPPROVE" in _types(base_nlp, "We will raise concerns with China about its actions in the South China Sea.")
