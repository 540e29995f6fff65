"""A part of a relative clause's antecedent (events 0.8.168, events.relative_parts): in "N, one of
whom X indicted" the act is on one of N, so after linking the actor's text is that part ("one of
three hackers"), with the antecedent's state and sector and no key of the whole group; a whole-set
quantity ("all / both of whom") and a coordination of names ("A and B, one of whom": which one is
not told) keep the old reading. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _of(events, trigger):
    return [e for e in events if e.trigger.startswith(trigger)]


def test_one_of_whom_as_object_is_one_of_the_antecedent(nlp):
    events = linked(nlp, "The Treasury is designating four smugglers, one of whom the Department of Justice "
                         "indicted last week.")
    assert [e.target_text for e in _of(events, "indicted")] == ["one of four smugglers"], show(events)
    # the designation itself is of all four
    assert [e.target_text for e in _of(events, "designating")] == ["four smugglers"], show(events)


def test_two_of_whom_as_passive_subject_is_two_of_the_antecedent(nlp):
    events = linked(nlp, "Police in Belarus detained the students, two of whom were later beaten by soldiers.")
    beaten = _of(events, "beaten")
    assert [e.target_text for e in beaten] == ["two of the students"], show(events)
    assert [e.target_sector for e in beaten] == ["EDU"], show(events)  # the students' sector, kept
    detained = _of(events, "detained")
    assert [e.target_text for e in detained] == ["students"], show(events)


def test_many_of_whom_as_subject_is_many_of_the_antecedent(nlp):
    events = linked(nlp, "We thank our partners, many of whom sent humanitarian aid to Moldova.")
    assert [e.source_text for e in _of(events, "sent")] == ["many of our partners"], show(events)


def test_all_of_whom_keeps_the_whole_antecedent(nlp):
    events = linked(nlp, "Police in Belarus detained the students, all of whom were later beaten by soldiers.")
    assert [e.target_text for e in _of(events, "beaten")] == ["students"], show(events)


def test_one_of_whom_after_named_people_names_no_one(nlp):
    events = linked(nlp, "Police arrested Ana Petrova and Ivan Sokolov, one of whom was later beaten by soldiers.")
    assert not [e.target_text for e in _of(events, "beaten") if e.target_text], show(events)
