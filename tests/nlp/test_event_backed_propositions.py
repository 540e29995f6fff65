"""A subjectless gerund object of a verb of taking sides names a proposition backed or opposed,
whose doer is unsaid: its act is not the stance-taker's, and a SUPPORT backs the party the
proposition is about (issue 6, stop 48; detection._embedding_frame, targets._backed_proposition_party;
event_detection.yaml proposition_stance_verbs). Invented sentences; contrasts marked."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, explain as _explain


def test_gerund_act_backed_is_no_act_of_the_backer(base_nlp):
    for text, trigger in (("Kenya supports allowing the monitors access to the prisons.", "allowing"),
                          ("The government supports granting Uganda access to the port.", "granting"),
                          ("Kenya welcomed releasing the prisoners.", "releasing"),
                          ("Kenya opposes lifting the sanctions on Uganda.", "lifting"),
                          ("Kenya endorsed sending peacekeepers to Somalia.", "sending")):
        events = _events(base_nlp, text)
        assert not [e for e in events if e.trigger.startswith(trigger)], (text, _explain(events))


def test_support_of_a_gerund_proposition_backs_its_party(base_nlp):
    for text, party in (("We support allowing the election commission time to count the ballots.",
                         "election commission"),
                        ("Kenya supports allowing the monitors access to the prisons.", "monitors"),
                        ("The government supports granting Uganda access to the port.", "Uganda"),
                        ("Kenya supports sending troops to Somalia.", "Somalia")):
        events = _events(base_nlp, text)
        assert [(e.type, e.target_text) for e in events] == [("SUPPORT", party)], (text, _explain(events))


def test_backing_a_hostile_gerund_or_forces_sent_names_no_party(base_nlp):
    # contrasts (events 0.8.196): only an act that favours its party (a cooperative PLOVER type or a
    # verb of permission) backs it; backing its defeat, containment or punishment favours no one
    # named, and the troops a verb of sending sends are no party backed
    for text in ("We support defeating the militia.", "Kenya supports containing Uganda.",
                 "We support punishing Uganda for its attacks on Kenya.",
                 "Kenya supports sending troops to fight the militia."):
        events = _events(base_nlp, text)
        assert not [e for e in events if e.type == "SUPPORT"], (text, _explain(events))


def test_own_acts_and_noun_objects_stay(base_nlp):
    # contrasts: a plain actor object, an aspect verb over the subject's own act, a decision noun,
    # another's decision welcomed, a hostile act backed against a party (the backer's threat)
    plain = _events(base_nlp, "Kenya supports Uganda.")
    assert [(e.type, e.source_text, e.target_text) for e in plain] == [("SUPPORT", "Kenya", "Uganda")], _explain(plain)
    aspect = _events(base_nlp, "We will continue supporting Ukraine.")
    assert [(e.type, e.source_text, e.target_text) for e in aspect] == [("SUPPORT", "We", "Ukraine")], _explain(aspect)
    stopped = _events(base_nlp, "Kenya stopped sending troops to Somalia.")
    assert [(e.source_text, e.target_text) for e in stopped] == [("Kenya", "Somalia")], _explain(stopped)
    decision = _events(base_nlp, "We support the decision to lift sanctions.")
    assert decision == [], _explain(decision)
    welcomed = _events(base_nlp, "Kenya welcomed Uganda's decision to release the prisoners.")
    assert sorted((e.type, e.source_text, e.target_text) for e in welcomed) == [
        ("RETREAT", "Uganda", "prisoners"), ("SUPPORT", "Kenya", "Uganda")], _explain(welcomed)
    hostile = _events(base_nlp, "Kenya supports imposing sanctions on Uganda.")
    assert [(e.type, e.source_text, e.target_text) for e in hostile] == [("THREATEN", "Kenya", "Uganda")], _explain(hostile)
