"""Three type faults of a hand check (task types45), each with its contrasts; sentences constructed.

- "move to V" is WordNet move.v.03 "take action, begin to act" ("The city moved to ban smoking"):
  the act is taken, told in its own tense, no intention (plover_frames.yaml stance_verbs "act");
  "will move to V" is an act announced (planned; a hostile one PLOVER THREATEN).
- Recognition of a territory as independent (CAMEO 054, PETRARCH2 RECOGNIZE + INDEPENDENCE; PLOVER
  SUPPORT/recognize) is of the land itself: a state that only locates it ("Ukrainian land",
  "republics in eastern Ukraine") is not its recipient; a state whose own status is recognized
  ("Ukraine's sovereignty") or a named region ("the regions of Donetsk and Luhansk") stays.
- An operation several states conduct together ("conducted a patrol together", "jointly held
  drills") is COOPERATE between them (PLOVER: "joint military operations are coded as COOPERATE
  but single-country exercises should be coded as MOBILIZE"), from the first party to the other
  as for other acts of conjoined parties."""

from __future__ import annotations

from tests.nlp.linked_events import extracted_events

FIELDS = ("type", "mode", "source_text", "target_text", "status", "target_acts_for")


def _events(text, *lemmas):
    return extracted_events(text, *lemmas, fields=FIELDS)


# ---- "move to V": action taken --------------------------------------------------------------------

def test_moved_to_recognize_is_the_recognition():
    found = _events("On Monday, Russia moved to recognize the breakaway regions of Donetsk and Luhansk as "
                    "independent states.", "moved")
    assert found and all(kind[:2] == ("SUPPORT", "recognize") and kind[4] == "asserted" for kind in found), found
    assert {kind[3] for kind in found} == {"Donetsk", "Luhansk"}, found


def test_moved_to_ban_is_the_ban_and_will_move_is_announced():
    found = _events("The government moved to ban opposition rallies in the capital.", "moved")
    assert found and all(kind[0] == "COERCE" and kind[4] == "asserted" for kind in found), found
    found = _events("The government will move to ban opposition rallies in the capital.", "move")
    assert found and all(kind[0] == "THREATEN" and kind[4] == "planned" for kind in found), found


def test_a_plan_stays_a_plan():
    # contrast: "plans to" is an intention (stance_verbs "plan"), still planned
    found = _events("The government plans to ban opposition rallies in the capital.", "plans")
    assert found and all(kind[4] == "planned" for kind in found), found


# ---- recognition of a territory -------------------------------------------------------------------

def test_land_recognized_is_no_backing_of_its_state():
    found = _events("Yesterday, the Russian president moved to recognize two pieces of Ukrainian land as "
                    "independent entities.", "moved")
    assert found and all(kind[:2] == ("SUPPORT", "recognize") and kind[4] == "asserted" for kind in found), found
    assert all(kind[3] not in ("Ukrainian", "Ukraine") and "pieces" in kind[3] for kind in found), found


def test_republics_located_in_a_state_are_the_recipient():
    found = _events("Russia recognized two separatist republics in eastern Ukraine as independent states.",
                    "recognized")
    assert found and all("republics" in (kind[3] or "") for kind in found), found
    found = _events("Russia recognized Ukraine's Donetsk region as an independent state.", "recognized")
    assert found and all("region" in (kind[3] or "") for kind in found), found


def test_a_state_recognized_or_its_status_stays_the_recipient():
    found = _events("Kenya recognized Kosovo as an independent state in 2015.", "recognized")
    assert found and all(kind[3] == "Kosovo" for kind in found), found
    found = _events("Canada recognized Ukraine's sovereignty over Crimea.", "recognized")
    assert found and all(kind[3] == "Ukraine" for kind in found), found


# ---- joint operations -----------------------------------------------------------------------------

def test_patrol_conducted_together_is_cooperation_between_the_states():
    found = _events("Just this week, China and Russia conducted a strategic bomber patrol together in the "
                    "region.", "conducted")
    assert [kind[:5] for kind in found] == [("COOPERATE", "military", "China", "Russia", "asserted")], found


def test_patrol_together_with_a_partner():
    found = _events("Russia conducted a bomber patrol together with China over the Sea of Japan.", "conducted")
    assert [kind[:4] for kind in found] == [("COOPERATE", "military", "Russia", "China")], found


def test_jointly_held_drills_are_cooperation():
    found = _events("Russia and Belarus jointly conducted military drills near the border on Friday.", "conducted")
    assert [kind[:4] for kind in found] == [("COOPERATE", "military", "Russia", "Belarus")], found


def test_one_state_patrolling_mobilizes():
    # contrast: a single country's patrol is MOBILIZE (PLOVER "single-country exercises")
    found = _events("Russia conducted a bomber patrol over the Baltic Sea.", "conducted")
    assert found and all(kind[0] == "MOBILIZE" and kind[2] == "Russia" for kind in found), found
