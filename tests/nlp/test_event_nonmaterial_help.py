"""Support and help that give nothing material (task fix46a; invented sentences).

- Support lent or given with no material kind is backing bestowed, PLOVER SUPPORT: CAMEO.2.0 codes
  "GIVE * SUPPORT" [051] and "EXTEND * SUPPORT" [051]; its lone "LEND * SUPPORT" [060] (material
  cooperation) made COOPERATE of "We lend our support to ...". A material kind stays AID.
- Help whose one content is a share in a non-material undertaking ("helped us in this effort",
  "in the negotiations", "with the release of") is SUPPORT, as CAMEO.2.0 codes "ASSIST * (IN
  DEMOCRACY)" [050]; PLOVER AID is material aid. Help to do an act, with means, or in an effort with
  its own purpose keeps the default AID (CAMEO "HELP" [070]).
- Appreciation or gratitude extended is SUPPORT/praise, as when expressed."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import coded, explain


def _triggered(events, start):
    return [e for e in events if e.trigger.startswith(start)]


@pytest.mark.parametrize("text, trigger", [
    ("The foreign ministers lend their support to those who have been jailed for peaceful protest.", "lend"),
    ("Canada lent its support to the opposition candidates in Georgia.", "lent"),
    ("Japan gave its full support to the peace plan put forward by Kenya.", "gave"),
])
def test_support_lent_or_given_with_no_material_kind_is_backing(base_nlp, text, trigger):
    events = _triggered(coded(base_nlp, text), trigger)
    assert [(e.type, e.mode) for e in events] == [("SUPPORT", None)], explain(events)
    assert "support bestowed" in events[0].explanation


@pytest.mark.parametrize("text, trigger, event_type, mode", [
    # a material kind is aid given, whatever the verb of giving (support_aid_kinds)
    ("Poland lent military support to the Ukrainian army.", "lent", "AID", "military"),
    ("Norway gave financial support to the Kenyan police.", "gave", "AID", "economic"),
    # provided support stays aid (CAMEO 07 "provide"), offered support a promise, extended support backing
    ("Norway provided support to the Kenyan police.", "provided", "AID", None),
    ("Brazil offered its support to Chile after the earthquake.", "offered", "AGREE", "support"),
    ("Mexico extended its support to the families of the victims.", "extended", "SUPPORT", None),
])
def test_other_support_keeps_its_type(base_nlp, text, trigger, event_type, mode):
    events = _triggered(coded(base_nlp, text), trigger)
    assert [(e.type, e.mode) for e in events] == [(event_type, mode)], explain(events)


@pytest.mark.parametrize("text, target", [
    ("The Prime Minister thanked the allies who helped Estonia in the negotiations.", "Estonia"),
    ("Finland helped Estonia with the release of the detained journalist.", "Estonia"),
    ("We are grateful to the many partners who helped us in this effort.", "us"),
    ("Portugal assisted Angola in the talks with the rebels.", "Angola"),
])
def test_help_in_a_non_material_undertaking_is_support(base_nlp, text, target):
    events = [e for e in coded(base_nlp, text) if e.trigger.startswith(("help", "assist"))]
    assert [(e.type, e.target_text) for e in events] == [("SUPPORT", target)], explain(events)
    assert "non-material undertaking" in events[0].explanation


@pytest.mark.parametrize("text", [
    # means given, an act helped, an effort with its own purpose, a war effort: material help (AID)
    "Sweden helped Ukraine with ammunition and fuel.",
    "Denmark helped Ukraine rebuild its power grid.",
    "The allies helped Kenya in its efforts to secure the border.",
    "Belarus helped Russia in its war effort.",
    "Germany helped Moldova.",
])
def test_other_help_stays_aid(base_nlp, text):
    events = [e for e in coded(base_nlp, text) if e.trigger.startswith(("help", "assist"))]
    assert events and all(e.type == "AID" for e in events), explain(events)


@pytest.mark.parametrize("text, target", [
    ("Canada extended its deep appreciation to the Kenyan police.", "Kenyan police"),
    ("Spain extends its gratitude to Morocco for the rescue.", "Morocco"),
])
def test_appreciation_extended_is_praise(base_nlp, text, target):
    events = [e for e in coded(base_nlp, text) if e.trigger.startswith("extend")]
    assert [(e.type, e.mode, e.target_text) for e in events] == [("SUPPORT", "praise", target)], explain(events)


def test_condolences_extended_stay_no_event(base_nlp):
    # contrast: CAMEO 018 empathy, dropped by PLOVER (unchanged)
    events = [e for e in coded(base_nlp, "Canada extended its condolences to the families of the victims.")
              if e.trigger.startswith("extend")]
    assert events == [], explain(events)
