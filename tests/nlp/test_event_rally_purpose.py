"""Rallying others (task typefix, s18): CAMEO 053 "rally support on behalf of" is PLOVER SUPPORT when
the rallied parties are to back someone or something; others urged to take an act of their own ("to
place international controls") are not support rallied on anyone's behalf: no event. Fixture sentences
are from the demo corpus (examples/) unless marked as a contrast."""

from __future__ import annotations

from tests.nlp.linked_events import explain as _explain, linked as _events


def _rallied(nlp, text):
    events = _events(nlp, text)
    return [e for e in events if "rall" in e.trigger.lower()], events


def test_rallying_others_to_act_is_no_support(nlp):
    # State Department fact sheet on fentanyl
    found, events = _rallied(nlp, "The Department of State has rallied the global community at the UN Commission on "
                                  "Narcotic Drugs to place international controls on 14 key fentanyl analogues and "
                                  "precursors since 2016.")
    assert not found, _explain(events)


def test_rallying_countries_to_support_a_resolution_stays_support(nlp):
    # State Department fact sheet on Ukraine
    found, events = _rallied(nlp, "The United States has worked closely with allies and partners to rally 141 "
                                  "countries from every corner of the world to support a UN General Assembly "
                                  "resolution that underscores the need for a comprehensive, just, and lasting "
                                  "peace in Ukraine.")
    assert found and all(e.type == "SUPPORT" and e.mode == "rally" for e in found), _explain(events)
