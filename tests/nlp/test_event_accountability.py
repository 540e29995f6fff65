"""Holding a party to account (events 0.7.161): "hold X accountable / responsible" is PLOVER
DISAPPROVE/accuse (CAMEO 112 "HOLD * RESPONSIBLE", petrarch2 CAMEO.2.0.txt), an accusation voiced
when the sentence is said, whether done now ("we hold X accountable"), vowed ("will hold X
accountable"), resolved on ("determined to hold X accountable") or the aim of an act done now
("taking steps to hold X accountable"): all asserted, as "will continue to hold China accountable"
already was. Since events 0.7.470 a vow or resolve that is not carried on ("will hold X accountable",
"determined to hold X accountable") is a warning of consequences to come: PLOVER THREATEN, planned. A material measure whose purpose it is (SANCTION, COERCE) is the act, aimed at X
(test_event_imposed_costs.py). Sentences are constructed, in the style of the demo releases."""

from __future__ import annotations

from tests.nlp.linked_events import coded, show


def _held(nlp, text):
    return [(e.type, e.target_text, e.status) for e in coded(nlp, text) if e.trigger.endswith(("accountable", "responsible"))]


def test_holding_to_account_now_is_an_accusation(base_nlp):
    events = _held(base_nlp, "We hold the military junta accountable for the deaths of peaceful protesters.")
    assert events == [("DISAPPROVE", "military junta", "asserted")], events


def test_a_vow_to_hold_to_account_is_a_warning_to_come(base_nlp):
    # events 0.7.470: a pledge of consequences is no accusation made (PLOVER THREATEN)
    events = _held(base_nlp, "The United States will hold the military junta accountable for the killing of "
                   "peaceful protesters in Khartoum.")
    assert events == [("THREATEN", "military junta", "planned")], events


def test_a_resolve_to_hold_to_account_is_a_warning_to_come(base_nlp):
    events = _held(base_nlp, "The foreign ministers said they are resolved to hold the Syrian regime "
                   "accountable for its chemical weapons attacks.")
    assert events == [("THREATEN", "Syrian regime", "planned")], events
    events = _held(base_nlp, "France is determined to hold the Syrian regime accountable.")
    assert events == [("THREATEN", "Syrian regime", "planned")], events
    events = _held(base_nlp, "The coalition is united and determined to hold the junta leaders accountable.")
    assert [e[0] for e in events] == ["THREATEN"] and events[0][2] == "planned", events


def test_tools_to_be_used_to_hold_to_account_are_a_warning(base_nlp):
    events = _held(base_nlp, "The European Union will use every tool at its disposal to hold the Belarusian "
                   "authorities accountable for the forced landing.")
    assert events == [("THREATEN", "Belarusian authorities", "planned")], events


def test_a_vow_carried_on_is_voiced_now(base_nlp):
    # contrast: "continue" makes the holding to account go on, voiced by the statement
    events = _held(base_nlp, "Germany will continue to hold the Syrian regime accountable.")
    assert events == [("DISAPPROVE", "Syrian regime", "asserted")], events
    events = _held(base_nlp, "We have and will continue to use our sanctions authorities to hold the "
                   "traffickers accountable.")
    assert [(e[0], e[2]) for e in events] == [("DISAPPROVE", "asserted")], events


def test_steps_taken_to_hold_to_account_are_an_accusation_now(base_nlp):
    events = _held(base_nlp, "The Department is taking further steps to hold the Burmese military "
                   "accountable for its brutal crackdown.")
    assert events == [("DISAPPROVE", "Burmese military", "asserted")], events


def test_a_sanction_to_hold_to_account_is_the_measure_alone(base_nlp):
    # contrast: the material measure is the act, its purpose names whom it is aimed at
    events = coded(base_nlp, "The Treasury is imposing sanctions on three Burmese generals to hold them "
                   "accountable for the massacre.")
    assert "SANCTION" in [e.type for e in events] and "DISAPPROVE" not in [e.type for e in events], show(events)


def test_a_wish_to_hold_to_account_is_no_vow(base_nlp):
    # contrast: "would" is a condition or a wish, no vow made; the frame's status is not forced
    events = coded(base_nlp, "The opposition said a new government would hold the generals accountable.")
    assert not [e for e in events if e.type == "DISAPPROVE" and "(vowed)" in e.explanation], show(events)


def test_a_pledge_against_whoever_is_responsible_is_no_event(base_nlp):
    # events 0.7.420 (not-generic-culprit): the only party is a class named by what its members
    # did, whoever they are; a standing policy is stated, no accusation of anyone
    for text in ("The allies will hold accountable those responsible for the attacks on hospitals.",
                 "Canada will continue to hold accountable those engaged in the abuse of detainees.",
                 "The Ministry is taking new steps to hold accountable those involved in the massacre."):
        events = coded(base_nlp, text)
        assert not [e for e in events if e.type == "DISAPPROVE"], show(events)
        assert "generic culprits 'those" in (_culprit_check(base_nlp, text, "hold") or ""), text


def test_a_pledge_of_costs_on_whoever_engages_is_no_event(base_nlp):
    events = coded(base_nlp, "The United Kingdom will work with its partners to impose significant "
                   "consequences on those who engage in corruption.")
    assert not [e for e in events if e.type in ("THREATEN", "SANCTION")], show(events)


def test_a_named_party_beside_the_class_keeps_the_pledge(base_nlp):
    # contrast: the regime is a party; "those who support it" only widens the target
    events = coded(base_nlp, "We will continue to impose costs on the military regime and those who support it.")
    assert [e.target_text for e in events if e.type in ("THREATEN", "SANCTION")] == ["military regime"], show(events)


def test_a_done_sanction_on_a_class_stays(base_nlp):
    # contrast: a past act is told, not a standing pledge
    events = coded(base_nlp, "The Treasury sanctioned those responsible for the cyberattack on the pipeline.")
    assert "SANCTION" in [e.type for e in events], show(events)


def test_the_doers_of_one_past_deed_are_a_party(base_nlp):
    # review 36a item 12: "those who attacked the embassy" did one deed: an accusation, kept
    text = "The United States will hold accountable those who attacked the embassy."
    events = coded(base_nlp, text)
    assert [e for e in events if e.type == "THREATEN"], show(events)  # a vow to come (0.7.470)
    assert _culprit_check(base_nlp, text, "hold") is None


def _culprit_check(nlp, text, verb, event_type="DISAPPROVE"):
    """What check not-generic-culprit says of a candidate at the verb ``verb`` of ``text``."""
    from newsgraph.nlp import events as ev

    token = next(t for t in nlp(text) if t.text == verb)
    return ev._generic_culprit(ev.Trigger(token, token, event_type, None, "test", [token], 0.9))


def test_a_commitment_to_hold_to_account_is_a_warning_to_come(nlp):
    # events 0.8.111: the noun of a promise or resolve vows the act its infinitive names as the verb
    # does ("committed to hold"), also where the parser hangs the infinitive on the verb
    from tests.nlp.linked_events import linked

    for text in ("The Minister reaffirmed Canada's commitment to hold Belarus accountable for the attack.",
                 "The Secretary reaffirmed the U.S. commitment to hold Belarus accountable for atrocities.",
                 "We reaffirmed our determination to hold Belarus accountable."):
        events = [(e.type, e.mode, e.target_text) for e in linked(nlp, text) if e.type in ("THREATEN", "DISAPPROVE", "SUPPORT")]
        assert events == [("THREATEN", "disapprove:accuse", "Belarus")], (text, events)


def test_backing_another_s_effort_to_hold_to_account_is_an_accusation_now(nlp):
    # near miss: supporting efforts to hold X accountable is no vow of one's own (DISAPPROVE, asserted)
    from tests.nlp.linked_events import linked

    events = [(e.type, e.target_text, e.status) for e in linked(nlp, "We support efforts to hold Belarus "
                                                                    "accountable for the attack.")]
    assert events == [("DISAPPROVE", "Belarus", "asserted")], events


def test_a_restated_commitment_to_hold_to_account_is_a_threat_made(base_nlp):
    # events 0.8.126: "reaffirmed the commitment" restates a vow already made: a threat told as made
    events = [(e.type, e.target_text, e.status) for e in coded(base_nlp,
              "The Secretary reaffirmed the U.S. commitment to hold the junta accountable for the killings.")
              if e.target_text == "junta"]
    assert events == [("THREATEN", "junta", "asserted")], events


def test_a_new_pledge_to_hold_to_account_stays_a_warning(base_nlp):
    # near miss: a pledge made now, not restated, warns of consequences to come
    events = [(e.type, e.status) for e in coded(base_nlp, "The Secretary pledged to hold the junta accountable for the killings.")
              if e.target_text == "junta"]
    assert events == [("THREATEN", "planned")], events
