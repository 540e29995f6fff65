"""events 0.7.580: the reading with person nouns as actors runs only where it can change the
plain reading (``_person_reading_may_add``), and a person noun conjoined to an actor the plain
reading found stands as a member of the list (``_list_member_event``). Own sentences."""

from __future__ import annotations

import contextlib

import newsgraph.nlp.events as events
from tests.nlp.linked_events import coded, show


def _count_readings(monkeypatch, nlp, text):
    calls = []
    real = events._read_events

    def counting(*args, **kwargs):
        calls.append(events._PERSON_NOUN_ACTORS.get())
        return real(*args, **kwargs)

    # _build_events looks _read_events up in the module that defines both
    monkeypatch.setattr(events.candidates, "_read_events", counting)
    found = coded(nlp, text)
    return found, calls


def test_a_sentence_with_no_person_noun_is_read_once(monkeypatch, nlp):
    found, calls = _count_readings(monkeypatch, nlp, "Peru condemned Ecuador over the border closure.")
    assert any(e.type == "DISAPPROVE" for e in found), show(found)
    assert calls and not any(calls), calls  # only the plain reading ran


def test_a_filled_act_with_a_person_noun_elsewhere_is_read_once(monkeypatch, nlp):
    found, calls = _count_readings(monkeypatch, nlp, "Peru condemned Ecuador after the volunteers left.")
    assert any(e.type == "DISAPPROVE" and e.target_text == "Ecuador" for e in found), show(found)
    assert True not in calls, calls


def test_an_empty_slot_in_a_sentence_with_a_person_noun_is_read_again(monkeypatch, nlp):
    found, calls = _count_readings(monkeypatch, nlp, "Chile met with volunteers in Santiago.")
    assert True in calls, calls
    assert any(e.target_text and e.target_text.endswith("volunteers") for e in found), show(found)


def test_a_person_noun_conjoined_to_a_found_target_gets_its_own_event(nlp):
    found = coded(nlp, "Belarus deported Polish farmers and beekeepers last week.")
    targets = [e.target_text for e in found if e.trigger.startswith("deport")]
    assert any(t and t.endswith("farmers") for t in targets), show(found)
    assert any(t and t.endswith("beekeepers") for t in targets), show(found)


def test_kept_actor_answers_are_the_readings_and_note_passed_person_nouns_again(base_nlp):
    # inside actor_answers_kept a repeated question gives the same answer and notes the person
    # noun it passed over again, as a fresh reading does (``person_nouns_off``)
    from newsgraph.nlp.events.actor_phrases import _actor_reading, _is_actor, actor_answers_kept, person_nouns_off
    lex = events.load_lexicon()
    doc = base_nlp("Peru met volunteers and the minister in Lima.")
    fresh = {}
    for on in (True, False):
        with person_nouns_off() if not on else contextlib.nullcontext() as passed:
            fresh[on] = ([_actor_reading(t, lex) for t in doc], list(passed or []))
    with actor_answers_kept(doc):
        for on in (True, False):
            for _ in range(2):
                with person_nouns_off() if not on else contextlib.nullcontext() as passed:
                    assert ([_is_actor(t, lex) for t in doc], list(passed or [])) == fresh[on]
    assert fresh[False][1], "the vague person noun is noted as passed over"
    assert "ng_events_actor_answers" not in doc.user_data
