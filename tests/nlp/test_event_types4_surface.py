"""Event types read off the verb's surface, round 2 (task types4). Each case is grounded in the
PLOVER codebook: sanctions on a party's trade are SANCTION 'discontinue' ("International (political
or economic) sanctions"; "curtail ... commercial or material exchanges"); attacks stepped up and
carried out are uses of force (ASSAULT), not THREATEN; a participle saying how measures are made
("coordinated with allies") is no cooperation of its own; the codebook's 'military' covers
"official state military bodies, excluding ... law enforcement" as a context, but PLOVER AID
lists "military and police assistance", so aid to a police force is military aid (linking
0.3.837). Sentences are newswire-style, written for the task."""

from __future__ import annotations

from tests.nlp.linked_events import explain, linked


def _with(events, trigger):
    return [e for e in events if e.trigger.lower().startswith(trigger)]


def test_measures_targeting_a_partys_trade_are_sanctions(nlp):
    events = linked(nlp, "Yesterday the Treasury announced new measures to target Venezuela's oil trade.")
    found = _with(events, "announced")
    assert found and all((e.type, e.mode) == ("SANCTION", "discontinue") for e in found), explain(events)


def test_measures_of_no_trade_keep_their_restriction(nlp):
    events = linked(nlp, "Yesterday the government announced new measures to target Venezuela's opposition leaders.")
    assert all(e.type != "SANCTION" for e in _with(events, "announced")), explain(events)


def test_attacks_stepped_up_and_done_are_an_act(nlp):
    # stepped up and done, not threatened; a governing body's "attacks" on its own journalists with
    # no violence named are repression (COERCE, events 0.8.119: tests/nlp/test_event_types44.py)
    events = linked(nlp, "The junta has increased its attacks on journalists and closed independent newspapers.")
    found = _with(events, "increased")
    assert found and all(e.type == "COERCE" and e.status == "asserted" for e in found), explain(events)


def test_attacks_to_be_stepped_up_stay_a_threat(nlp):
    events = linked(nlp, "The junta will increase its attacks on journalists.")
    assert all(e.type != "ASSAULT" for e in _with(events, "increase")), explain(events)


def test_coordinated_measures_are_no_cooperation(nlp):
    events = linked(nlp, "Any further aggression will be met with severe measures, coordinated with our allies.")
    assert not [e for e in events if e.type == "COOPERATE"], explain(events)


def test_aid_to_police_is_military_aid(nlp):
    # reversed at linking 0.3.837: PLOVER AID lists "military and police assistance" as one kind
    # (CAMEO 072 military); the 'military' context leaving out law enforcement is no AID mode
    events = linked(nlp, "The United States has donated 40 armored vehicles to the Haitian National Police.")
    found = [e for e in events if e.type == "AID"]
    assert found and all(e.mode == "military" for e in found), explain(events)


def test_aid_to_an_army_keeps_its_military_mode(nlp):
    events = linked(nlp, "The United States has donated 40 armored vehicles to the Ukrainian army.")
    found = [e for e in events if e.type == "AID"]
    assert found and all(e.mode == "military" for e in found), explain(events)
