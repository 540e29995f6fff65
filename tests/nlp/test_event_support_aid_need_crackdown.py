"""Senses from the s13 round-4 hand checks (task senses5): support that is aid (PLOVER AID, CAMEO
07) rather than verbal backing (PLOVER SUPPORT, CAMEO 05), a need all parties stress together
that asks nobody (no DEMAND), and a crackdown on an activity aimed at its agents (PLOVER
COERCE/repress). Fixture sentences are from the demo corpus (examples/) unless marked as a contrast."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events, show as _explain


# -- support that is aid (event_detection.yaml support_*)

def test_support_to_build_a_capacity_is_aid(base_nlp):
    events = _events(base_nlp, "The Treasury Department has worked with the National Bank of Ukraine (NBU), via "
                     "the Software Engineering Institute (SEI), to support NBU's Computer Security Incident Response "
                     "Team (CSIRT) to improve cybersecurity information sharing in Ukraine's financial services sector.")
    supported = [e for e in events if e.trigger == "support"]
    assert supported and all(e.type == "AID" for e in supported), _explain(events)
    assert any("Computer Security Incident Response Team" in (e.target_text or "") for e in supported), _explain(events)


def test_advisory_support_provided_is_aid(base_nlp):
    # told as a past act (in the simple present it is the experts' standing role, no event:
    # test_event_standing_roles.py)
    events = _events(base_nlp, "The State Department-supported experts also provided advisory support to the HNP "
                     "judicial police and Inspector General.")
    assert events and all(e.type == "AID" for e in events), _explain(events)
    assert {"HNP judicial police", "Inspector General"} <= {e.target_text for e in events}, _explain(events)


def test_support_with_humanitarian_assistance_is_aid(base_nlp):
    events = _events(base_nlp, "In the face of the Taliban's unwillingness or inability to abide by their "
                     "commitments, we will continue to support the Afghan people with robust humanitarian "
                     "assistance and to advocate for the protection of their human rights, especially of women "
                     "and girls.")
    aid = [e for e in events if "support" in e.trigger]
    # "will continue to" + material aid is a promise of aid (PLOVER AGREE; task pledges): the AID
    # sense shows in the mode
    assert aid and all(e.type == "AGREE" and e.mode == "aid:humanitarian" and e.status == "planned"
                       for e in aid), _explain(events)


def test_support_for_a_desire_stays_support(base_nlp):
    # near miss: backing a people's aspirations is verbal support (CAMEO 05)
    events = _events(base_nlp, "The United States will continue to support the Cuban people's desire for freedom "
                     "and to determine their own future.")
    assert [e for e in events if e.type == "SUPPORT"], _explain(events)
    assert not [e for e in events if e.type == "AID"], _explain(events)


def test_restated_support_stays_support(base_nlp):
    # contrast: the stance restated, no aid given
    events = _events(base_nlp, "Secretary Blinken reiterated the United States' support for Ukraine.")
    assert not [e for e in events if e.type == "AID"], _explain(events)


# -- a need all parties stress together (event_detection.yaml emphasised_needs, joint_subject_words)

def test_a_need_two_officials_emphasize_together_is_no_demand(base_nlp):
    events = _events(base_nlp, "Deputy Secretary Sherman and Commissioner Borges emphasized the urgent need for "
                     "time-bound, comprehensive Venezuelan-led negotiations to restore democracy, human rights, "
                     "and the rule of the law in Venezuela through free and fair local, parliamentary, and "
                     "presidential elections.")
    assert not [e for e in events if e.type == "DEMAND"], _explain(events)


def test_a_need_both_leaders_underscore_is_no_demand(base_nlp):
    # contrast built on demo event 1938 ("both leaders underscored the need for urgent action to address
    # the climate crisis"), with the two leaders named so the base model sees actors
    events = _events(base_nlp, "President Biden and President Lula underscored the need for urgent action to "
                     "address the climate crisis.")
    assert not [e for e in events if e.type == "DEMAND"], _explain(events)


def test_a_need_for_a_named_actor_to_act_stays_a_demand(base_nlp):
    events = _events(base_nlp, "The Secretary also underscored the need for Prime Minister Henry's unity "
                     "government to seek broad political and civil society consensus on government priorities.")
    assert [e for e in events if e.type == "DEMAND"], _explain(events)


def test_the_subject_of_the_needed_act_is_the_target(base_nlp):
    # the brief's keep case (contrast): "for Russia to withdraw" names who is asked
    events = _events(base_nlp, "The Secretary stressed the need for Russia to withdraw its forces from Ukraine.")
    demands = [e for e in events if e.type == "DEMAND"]
    assert demands and demands[0].target_text == "Russia", _explain(events)


def test_one_side_stressing_a_need_in_a_readout_stays_a_demand(base_nlp):
    # gold (wh-2023-09-20 readout): said to the Prime Minister, it asks him
    events = _events(base_nlp, "With regard to ongoing tension and violence in the West Bank, the President "
                     "emphasized the need to take immediate measures to improve the security and economic situation.")
    assert [e for e in events if e.type == "DEMAND"], _explain(events)


# -- a crackdown on an activity (event_detection.yaml crackdown_words, activity_agents)

def test_crackdown_on_trafficking_targets_the_traffickers(base_nlp):
    events = _events(base_nlp, "Thailand has recently cracked down on human trafficking, which has affected the "
                     "routes by which people-smugglers transport migrants.")
    coerce = [e for e in events if e.type == "COERCE"]
    assert coerce and coerce[0].target_text == "human trafficking" and coerce[0].target_sector == "CRM", _explain(events)


def test_crackdown_on_an_activity_without_agent_noun_has_no_target(base_nlp):
    # near miss: supply chains have no agent noun in the lexicon
    events = _events(base_nlp, "To build on the trend of decreasing overdose deaths, the Administration is "
                     "cracking down on illicit fentanyl supply chains.")
    coerce = [e for e in events if e.type == "COERCE"]
    assert coerce and coerce[0].target_text is None, _explain(events)


def test_crackdown_on_people_keeps_them_as_target(base_nlp):
    events = _events(base_nlp, "Under Zolotov's leadership, the National Guard has cracked down on Russian "
                     "citizens who have taken to the streets to protest their government's brutal campaign in Ukraine.")
    coerce = [e for e in events if e.type == "COERCE"]
    assert coerce and coerce[0].target_text == "Russian citizens" and coerce[0].target_sector is None, _explain(events)


def test_crackdown_noun_on_dissent_targets_the_dissidents(base_nlp):
    # contrast (constructed): the noun under a light verb; Phoenix "dissident" is ~OPP
    events = _events(base_nlp, "The Iranian regime continued its brutal crackdown on dissent.")
    coerce = [e for e in events if e.type == "COERCE"]
    assert coerce and coerce[0].target_text == "dissent" and coerce[0].target_sector == "OPP", _explain(events)
