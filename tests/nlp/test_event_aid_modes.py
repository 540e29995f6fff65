"""AID events carry the kind of aid as mode, and goods shipped or transferred to a receiver are AID
(task aidmode, s20). CAMEO2PLOVER-2021 names the kind of each CAMEO 07x code (071 economic, 072
military, 073 humanitarian); CAMEO 070 "provide aid" names none, the aid noun may ("humanitarian
assistance"). PETRARCH2 reads "SHIP/TRANSFER + &AIRCRAFT (TO)" as 062 "cooperate militarily"; goods
that change hands are AID (codebook: "military and police assistance including arms"), while
"send" keeps CAMEO's reading (own aircraft deployed). Sentences are newswire-style contrasts
written for the task."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain as _explain, linked as _events


def _by_trigger(nlp, text, trigger):
    events = _events(nlp, text)
    found = [e for e in events if trigger in e.trigger.lower()]
    assert found, _explain(events)
    return found


@pytest.mark.parametrize("text, trigger, mode", [
    # CAMEO 072 "provide military aid"
    ("The United States provided weapons to Ukraine.", "provided", "military"),
    # CAMEO 073 "provide humanitarian aid"
    ("Japan delivered food to Ethiopia.", "delivered", "humanitarian"),
    # CAMEO 071 "provide economic aid"
    ("Canada provided economic aid to Jordan.", "provided", "economic"),
    # CAMEO 070 names no kind; the aid noun's modifier does
    ("The United States is providing humanitarian assistance to Haiti.", "providing", "humanitarian"),
    ("The United States is providing security assistance to Ukraine.", "providing", "military"),
    # review 36a item 6: "armored" (fitted with armor, a military goods noun) names the kind
    ("The United States delivered armored vehicles to Ukraine.", "delivered", "military"),
])
def test_aid_carries_its_kind(nlp, text, trigger, mode):
    events = _by_trigger(nlp, text, trigger)
    assert all(e.type == "AID" and e.mode == mode for e in events), _explain(events)


@pytest.mark.parametrize("text, mode", [
    # money given is CAMEO 071 economic; the aid it is given in names the kind
    ("The United States is providing over $186 million in additional humanitarian assistance to Ukraine.",
     "humanitarian"),
    ("The United States has provided $40 million in security assistance to Haiti.", "military"),
    # no aid noun, or one of several kinds: the code's kind
    ("The United States has provided $300 million to Haiti.", "economic"),
    ("The United States has provided more than 6.3 billion dollars of security, humanitarian and economic "
     "assistance to Ukraine.", "economic"),
])
def test_money_given_takes_the_kind_of_aid_it_is_in(nlp, text, mode):
    events = _by_trigger(nlp, text, "provid")
    assert all(e.type == "AID" and e.mode == mode for e in events), _explain(events)


def test_money_in_aid_of_several_kinds_is_economic_whatever_the_verb(nlp):
    # review 33 (14): money whose aid names several kinds is CAMEO 071 economic, also under a verb
    # that names no kind of its own ("deliver", plover_triggers.yaml), as under "provide"
    text = "The United States delivered $20 million of security, humanitarian and economic assistance to Haiti."
    events = _by_trigger(nlp, text, "delivered")
    assert all(e.type == "AID" and e.mode == "economic" for e in events), _explain(events)


def test_aid_of_no_named_kind_has_no_mode(nlp):
    events = _by_trigger(nlp, "The United States is providing assistance to Haiti.", "providing")
    assert all(e.type == "AID" and e.mode is None for e in events), _explain(events)


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Iran was shipping drones to Russia.", "shipping", "IRN", "RUS"),
    ("Belarus transferred bombers to Russia.", "transferred", "BLR", "RUS"),
])
def test_goods_shipped_to_a_receiver_are_military_aid(nlp, text, trigger, source, target):
    events = _by_trigger(nlp, text, trigger)
    assert all(e.type == "AID" and e.mode == "military" and e.status == "asserted"
               and e.source_key == f"country:{source}" and e.target_key == f"country:{target}"
               for e in events), _explain(events)


@pytest.mark.parametrize("text, mode", [
    # demo (statedept, Haiti fact sheet): medical goods donated are humanitarian, not the verb's economic
    ("U.S. Southern Command donated four field hospitals, 12 ventilators, and additional hygiene kits and "
     "personal protective equipment to Haiti.", "humanitarian"),
    ("The United States has also donated roughly 500,000 COVID-19 vaccine doses to Haiti.", "humanitarian"),
    # demo (statedept, Ukraine security assistance): capabilities from stockpiles are military
    ("NATO Allies backfilled capabilities they have donated to Ukraine from their own stockpiles.", "military"),
    ("This coalition is providing Ukraine with critically needed military equipment.", "military"),
    # demo (whitehouse, Haiti mission): bare equipment names no kind (CAMEO codes only MILITARY
    # EQUIPMENT 072, MEDICAL EQUIPMENT 073), so the money is CAMEO "PROVIDE + DOLLARS" 071 economic
    ("The United States is providing over $300 million and up to $60 million in equipment to Haiti.",
     "economic"),
    # demo (whitehouse, Ukraine air defence): equipment of no kind takes the kind of what it is for
    ("The United States and our allies have provided Ukraine with the equipment for five additional "
     "strategic air defense systems.", "military"),
    ("Japan donated $5 million to Haiti.", "economic"),
])
def test_the_things_given_decide_the_aid_mode(nlp, text, mode):
    # events 0.7.198: the things given decide the mode over the verb's own kind ("donate" economic)
    events = [e for e in _events(nlp, text) if e.type == "AID"]
    assert events and {e.mode for e in events} == {mode}, _explain(events)


@pytest.mark.parametrize("text", [
    "The agency donated agricultural equipment to Haiti.",
    "Japan donated firefighting equipment and kits to Ukraine.",
])
def test_bare_equipment_or_kits_given_are_no_military_aid(nlp, text):
    # events 0.7.206: "equipment" and "kit" left given_kind_nouns; only a modifier names their kind
    events = [e for e in _events(nlp, text) if e.type == "AID"]
    assert events and all(e.mode != "military" for e in events), _explain(events)


def test_a_shipment_announced_stays_agree(nlp):
    events = _by_trigger(nlp, "Iran will ship drones to Russia.", "ship")
    assert all(e.type == "AGREE" and e.mode == "aid:military" for e in events), _explain(events)


@pytest.mark.parametrize("text, trigger", [
    # "send": own aircraft deployed to a partner keeps CAMEO 062
    ("Russia has sent bombers to Belarus.", "sent"),
    # forces shipped are no goods handed over
    ("The Navy shipped marines to Okinawa.", "shipped"),
])
def test_aircraft_sent_and_forces_shipped_are_no_aid(nlp, text, trigger):
    events = _by_trigger(nlp, text, trigger)
    assert all(e.type == "COOPERATE" for e in events), _explain(events)


def test_a_commodity_shipped_is_no_aid(nlp):
    events = [e for e in _events(nlp, "The company shipped grain to Egypt.") if "shipped" in e.trigger.lower()]
    assert all(e.type != "AID" for e in events), _explain(events)


@pytest.mark.parametrize("text", [
    # events 0.7.380: CAMEO's +IMPROVISED_EXPLOSIVE_DEVICE, +UNMANNED_AERIAL_SYSTEM and
    # +INFANTRY_FIGHTING_VEHICLE no longer make every device, system or vehicle a weapon
    "USAID has provided more than 600 emergency communications devices to Ukraine.",
    "Germany delivered 20 water purification systems to Pakistan.",
])
def test_civilian_goods_given_are_no_military_aid(nlp, text):
    events = [e for e in _events(nlp, text) if e.type == "AID"]
    assert events and all(e.mode != "military" for e in events), _explain(events)


@pytest.mark.parametrize("text", [
    # a thing named for the weapon it counters is arms (anti- + a military goods noun)
    "The United States has been providing anti-armor systems to Ukraine.",
    "Poland delivered anti-tank systems to Ukraine.",
    # the synset's own word before the head keeps the CAMEO reading
    "The United States provided unmanned aerial systems to Ukraine.",
])
def test_weapon_systems_given_stay_military_aid(nlp, text):
    events = [e for e in _events(nlp, text) if e.type == "AID"]
    assert events and {e.mode for e in events} == {"military"}, _explain(events)
