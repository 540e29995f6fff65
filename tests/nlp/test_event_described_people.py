"""People named by a headless relative, "those who V" (events 0.7.740; issue 6, target named in the
event noun's own phrase but left empty): "support for those who speak out" is support for the people
the clause describes, a vague group with no key and no state unless the clause names one. Each with
the near miss the rule must leave alone."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show


def _targets(events, event_type, trigger):
    return [(e.target_text, e.target_key, e.target_acts_for)
            for e in events if e.type == event_type and e.trigger.startswith(trigger)]


def test_support_for_those_who_speak_out_is_aimed_at_them(nlp):
    events = linked(nlp, "The United States reaffirms its support for those who speak out against corruption.")
    found = _targets(events, "SUPPORT", "reaffirms")
    assert found and found[0][0].startswith("those who speak out"), show(events)
    assert found[0][1:] == (None, None), show(events)  # vague people: no key, no state


def test_a_which_clause_on_those_names_no_people(nlp):
    # "which"/"that" clauses may describe things ("those which remain" = the measures): no people
    events = linked(nlp, "The United States reaffirms its support for those which remain in force.")
    assert all(t[0] is None or not t[0].startswith("those") for t in _targets(events, "SUPPORT", "reaffirms")), \
        show(events)


def test_a_pledge_against_a_class_of_culprits_stays_no_event(nlp):
    # the not-generic-culprit check still reads "will impose costs on those who engage in X" as a
    # standing policy, whoever they are (events 0.7.405)
    events = linked(nlp, "The United States will impose costs on those who engage in corruption.")
    assert not [e for e in events if e.type == "SANCTION"], show(events)
