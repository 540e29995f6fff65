"""Valence of acts around a party (task `valence`): supporting or promising a hostile act against
a party is that act's threat or verbal act, never support of the party (CAMEO 1312 "back
sanctions", 113 "support fight against"); the one joined "in" an act and the co-subjects of a
third-party act are co-actors, no target. Each case is a demo-corpus sentence (examples/), with the
near misses each rule must leave alone."""

from __future__ import annotations

from newsgraph.nlp.events import find_events

from tests.nlp.linked_events import one as _one, show as _show


def _dyads(events):
    return {(e.type, e.mode, e.source_text, e.target_text) for e in events}


# ---------------------------------------------------------------- 1. support of a hostile act

def test_supporting_efforts_to_isolate_a_state_threatens_it(base_nlp):
    text = "The ROK will support international efforts to isolate Russia from the international financial system."
    events = _one(find_events(base_nlp(text)), "support efforts")
    assert _dyads(events) == {("THREATEN", "restrict", "ROK", "Russia")}, _show(events)


def test_a_measure_said_to_support_efforts_to_isolate_a_state_is_no_threat(base_nlp):
    # events 0.7.141, check not-effect: the measure noun's modal clause evaluates what it will
    # bring about; the measures named ("denying ... access") are the events
    text = ("The ROK’s support for denying selected Russian banks access to the global SWIFT financial messaging "
            "system, along with its commitment to block financial transactions with major Russian banks and impose "
            "other financial and export controls, will support international efforts to isolate Russia from the "
            "international financial system and technology trade.")
    events = find_events(base_nlp(text))
    assert not any(e.type == "THREATEN" for e in events), _show(events)
    # events 0.8.0: denying banks access is a sanction (PETRARCH2 "DENY * ACCESS" [160] -> SANCTION)
    assert any(e.type == "SANCTION" and e.source_text == "ROK" for e in events), _show(events)


def test_a_determination_to_increase_pressure_on_a_state_is_no_agreement_with_it(base_nlp):
    text = "We reaffirm our determination to further increase economic and political pressure on Russia, continuing to act in unity."
    events = _one(find_events(base_nlp(text)), "reaffirm")
    assert {e.type for e in events} == {"DEMAND"}, _show(events)
    assert {e.target_text for e in events} == {"Russia"}, _show(events)


def test_supporting_efforts_to_hold_a_party_accountable_accuses_it(base_nlp):
    # as "support accountability for X" (0.7.23): CAMEO 112, PLOVER DISAPPROVE/accuse
    text = "The ROK will support efforts to hold Russia accountable."
    events = _one(find_events(base_nlp(text)), "support")
    assert {(e.type, e.mode) for e in events} == {("DISAPPROVE", "accuse")}, _show(events)


def test_support_of_a_benign_act_or_praise_of_sanctions_stays_support(base_nlp):
    cases = [
        # no party acted against: no change
        ("We support efforts to combat corruption in Honduras.", "support", set()),
        # welcoming another's sanctions praises the one imposing them (CAMEO ACCLAIM), no threat
        ("The United States welcomes the United Kingdom’s announcement today to impose further sanctions.",
         "welcomes", {("SUPPORT", "praise", "United States", "United Kingdom")}),
        ("The United States will continue to support the people of Ukraine.", "continue",
         {("SUPPORT", None, "United States", "people of Ukraine")}),
    ]
    for text, trigger, expected in cases:
        events = [e for e in find_events(base_nlp(text)) if e.trigger.startswith(trigger)]
        assert {d for d in _dyads(events)} >= expected and not any(
            e.type in ("THREATEN", "DEMAND", "DISAPPROVE") for e in events), _show(events)


# ---------------------------------------------------------------- 2. co-actors

def test_the_one_joined_in_a_call_is_no_recipient(base_nlp):
    text = ("We express our deepest appreciation to our many partners around the world who joined us in calling "
            "for their release.")
    events = _one(find_events(base_nlp(text)), "joined")
    assert all(e.type == "DEMAND" and e.target_text != "us" for e in events), _show(events)


def test_co_mediators_act_side_by_side(base_nlp):
    # PLOVER CONSULT third-party: between the parties mediated, not between the mediators
    text = ("We again commend the United Nations and Turkey for mediating the diplomacy that resulted in today’s "
            "significant step.")
    events = _one(find_events(base_nlp(text)), "mediating")
    assert _dyads(events) == {("CONSULT", "third-party", "United Nations", None),
                              ("CONSULT", "third-party", "Turkey", None)}, _show(events)


def test_co_subjects_of_a_meeting_still_meet_each_other(base_nlp):
    text = "Secretary Blinken and Foreign Minister Kuleba discussed ongoing diplomatic efforts to stop Putin’s war of choice."
    events = _one(find_events(base_nlp(text)), "discussed")
    assert _dyads(events) == {("CONSULT", "meet", "Blinken", "Kuleba")}, _show(events)


def test_a_bare_title_before_a_titled_name_is_the_first_co_subject(base_nlp):
    # "The Secretary and Foreign Minister Kuleba": the parser hangs "Secretary and Foreign
    # Minister" on Kuleba; the Secretary is the first participant, as written (demo: the Kuleba
    # readouts stored Kuleba -> Blinken)
    text = "The Secretary and Foreign Minister Kuleba discussed steps to expedite the delivery of heavy weaponry to Ukraine."
    events = _one(find_events(base_nlp(text)), "discussed")
    assert _dyads(events) == {("CONSULT", "meet", "Secretary", "Kuleba")}, _show(events)
