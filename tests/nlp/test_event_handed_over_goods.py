"""Goods handed over are AID, a promise of them AGREE (task supply, s20). PETRARCH2's CAMEO verb
dictionary files "SUPPLY + {aircraft, drones, ...}" under 0332 "express intent to provide military
aid" and "SUPPLY + TANK" under 031; told as done or going on ("for supplying drones", "firms that
are supplying drones", "has supplied helicopters") the transfer is CAMEO 07 "provide aid", PLOVER AID
("military and police assistance including arms"); under "will", "agreed to", "ready to" it stays
AGREE ("broad promises of future AID"). An accusation makes the act claimed, and its doer is the
one accused ("accused Iran of supplying"). Sentences are newswire-style contrasts written for the
task (the demo corpus has no transfer of this kind coded AGREE)."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain as _explain, linked as _events


def _by_trigger(nlp, text, trigger):
    events = _events(nlp, text)
    found = [e for e in events if trigger in e.trigger.lower()]
    assert found, _explain(events)
    return found


@pytest.mark.parametrize("text, trigger, source, target, status", [
    # a sanction's reason: the gerund's doer is the one sanctioned; the ground is the sanctioning
    # party's allegation (events._charged_act), so claimed (kept where the text names the doer:
    # events._uncodable_ground)
    ("The Treasury sanctioned Iran's Qods Aviation Industries for supplying drones to Russia.",
     "supplying", "Qods Aviation Industries", "RUS", "claimed"),
    # a relative clause told as going on, on the designated party: its ground (events._measure_ground)
    ("The Treasury designated the Chinese firm Sinno Electronics, which is supplying drones to Russia.",
     "supplying", "Sinno Electronics", "RUS", "claimed"),
    # the perfect: done; the weapons are what is given, the recipient is "to" X
    ("Germany has supplied helicopters to Ukraine.", "supplied", "Germany", "UKR", "asserted"),
    ("Germany supplied tanks to Ukraine.", "supplied", "Germany", "UKR", "asserted"),
])
def test_goods_handed_over_are_military_aid(nlp, text, trigger, source, target, status):
    events = _by_trigger(nlp, text, trigger)
    assert all(e.type == "AID" and e.mode == "military" and e.status == status for e in events), _explain(events)
    assert all(source in (e.source_text or "") and e.target_key == f"country:{target}" for e in events), \
        _explain(events)


@pytest.mark.parametrize("text, trigger", [
    ("Iran will supply drones to Russia.", "supply"),
    ("Iran agreed to supply drones to Russia.", "agreed"),
    ("Iran is ready to supply drones to Russia.", "ready"),
    ("Germany will provide tanks to Ukraine.", "provide"),
])
def test_a_promised_transfer_stays_agree(nlp, text, trigger):
    events = _by_trigger(nlp, text, trigger)
    assert all(e.type == "AGREE" and e.mode == "aid:military" for e in events), _explain(events)


@pytest.mark.parametrize("text, trigger", [
    # an offer is the promise itself (CAMEO 03), whatever its object
    ("Iran offered drones to Russia.", "offered"),
    # assurances given are a promise (PETRARCH2 GIVE + ASSURANCE [030])
    ("Countries who provided security assurances to Ukraine will not use force against it.", "provided"),
])
def test_offers_and_assurances_stay_agree(nlp, text, trigger):
    events = _by_trigger(nlp, text, trigger)
    assert all(e.type == "AGREE" for e in events), _explain(events)


def test_forces_sent_are_no_goods_handed_over(nlp):
    # SEND + REINFORCEMENT [0332]: troops moved, not goods given
    text = "The Pentagon is sending reinforcements to the region."
    events = [e for e in _events(nlp, text) if "sending" in e.trigger.lower()]
    assert all(e.type != "AID" for e in events), _explain(events)


def test_an_accused_transfer_is_claimed_aid_by_the_accused(nlp):
    text = "Kyiv accused Tehran of supplying drones to Moscow."
    events = _by_trigger(nlp, text, "supplying")
    assert all(e.type == "AID" and e.status == "claimed" and e.source_key == "country:IRN"
               and e.target_key == "country:RUS" for e in events), _explain(events)
    accusations = _by_trigger(nlp, text, "accused")
    assert all(e.type == "DISAPPROVE" and e.source_key == "country:UKR" and e.target_key == "country:IRN"
               for e in accusations), _explain(accusations)


def test_the_one_accused_of_an_attack_is_its_doer(nlp):
    # object control of "accuse X of ...ing", whatever the act
    text = "Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant."
    events = _by_trigger(nlp, text, "shelling")
    assert all(e.type == "ASSAULT" and e.source_key == "country:RUS" and e.status == "claimed"
               for e in events), _explain(events)
