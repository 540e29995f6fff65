"""People named by a headless relative, "those who V" (events 0.7.740; issue 6, target named in the
event noun's own phrase but left empty): "support for those who speak out" is support for the people
the clause describes, a vague group with no key and no state (the linker gives it none, even where
the clause names one). Each with the near miss the rule must leave alone. A measure on such a class
in a pledge or in the habitual present is a standing policy, no event (events 0.7.842)."""

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
    found = _targets(events, "SUPPORT", "reaffirms")
    # (the support itself is still read, so the refusal is of the target, not of the event)
    assert found and all(t[0] is None or not t[0].startswith("those") for t in found), show(events)


def test_a_pledge_against_a_class_of_culprits_stays_no_event(nlp):
    # the not-generic-culprit check still reads "will impose costs on those who engage in X" as a
    # standing policy, whoever they are (events 0.7.405)
    events = linked(nlp, "The United States will impose costs on those who engage in corruption.")
    assert not [e for e in events if e.type == "SANCTION"], show(events)


def test_a_standing_measure_in_the_simple_present_on_a_class_of_culprits_is_no_event(nlp):
    # the habitual present states the same standing policy as "will impose" (events 0.7.842): a
    # measure on whoever undermines democracy, no act on a party
    events = linked(nlp, "The United States imposes visa restrictions on those who undermine democracy in Panama.")
    assert not [e for e in events if e.type == "SANCTION"], show(events)


def test_a_present_measure_on_the_doers_of_one_past_deed_keeps_them(nlp):
    # "those who attacked the embassy" are the parties of one deed (_specific_deed), a party even
    # in the present ("imposes sanctions on ...")
    events = linked(nlp, "The Treasury imposes sanctions on those who attacked the embassy.")
    found = _targets(events, "SANCTION", "imposes")
    assert found and found[0][0].startswith("those who attacked"), show(events)


def test_a_present_condemnation_of_a_class_stays_an_act(nlp):
    # a DISAPPROVE in the simple present is the performative act itself, not a standing policy
    events = linked(nlp, "The minister condemns those who spread lies about the election.")
    assert [e for e in events if e.type == "DISAPPROVE"], show(events)


# events 0.8.183: "those who V" as a verb's own object (also the object a conjoined verb shares)

def test_those_who_as_the_shared_object_of_conjoined_verbs_is_the_target(nlp):
    events = linked(nlp, "The government of Iran targeted these reporters in a campaign to intimidate and silence "
                         "those who sought to report on corruption.")
    found = _targets(events, "COERCE", "intimidate")
    assert found and (found[0][0] or "").startswith("those who sought"), show(events)
    assert found[0][1:] == (None, None), show(events)  # vague people: no key, no state


def test_those_who_as_the_object_of_a_condemnation_is_its_target(nlp):
    events = linked(nlp, "The minister condemns those who spread lies about the election.")
    found = _targets(events, "DISAPPROVE", "condemns")
    assert found and (found[0][0] or "").startswith("those who spread lies"), show(events)


def test_a_that_clause_on_an_object_those_names_no_people(nlp):
    # "those that remain" may be things (CGEL: "that"/"which" are no personal relatives)
    events = linked(nlp, "The regime harassed those that remain.")
    assert all(not (e.target_text or "").startswith("those") for e in events), show(events)
