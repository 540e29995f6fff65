"""Types by the PLOVER codebook (task types10, issue 6): an invitation to be a partner and an
invitation extended are AGREE (codebook, CONSULT ambiguities: "invitations for state visits should
be coded as AGREE"); opposing an actor's conduct is DISAPPROVE while a plan opposed stays REJECT;
forces preparing an attack are MOBILIZE while a stated readiness stays THREATEN; a body "charged
with promoting" a cause holds a remit, no accusation. Sentences after demo-corpus ones and
ordinary news wording, with contrasts that keep the old reading."""

from __future__ import annotations

from tests.nlp.linked_events import coded, show


def _of(events, trigger_start):
    return [e for e in events if e.trigger.lower().startswith(trigger_start)]


def test_invitation_to_be_a_partner_is_agree(base_nlp):
    events = coded(base_nlp, "The United States invited Ecuador to be one of just 16 global partners in the "
                             "Global Procurement Initiative.")
    assert [(e.type, e.target_text) for e in _of(events, "invited")] == [("AGREE", "Ecuador")], show(events)


def test_invitation_extended_for_a_visit_is_agree(base_nlp):
    events = coded(base_nlp, "During the meeting, Mr. Sullivan extended an invitation on behalf of President Biden "
                             "for President-elect Lula to visit Washington.")
    assert [(e.type, e.mode) for e in _of(events, "extended")] == [("AGREE", "visit")], show(events)


def test_opposing_an_actors_activities_is_disapprove(base_nlp):
    events = coded(base_nlp, "We will continue to oppose Beijing's aggressive and unlawful activities in the "
                             "South and East China Seas.")
    assert [e.type for e in _of(events, "continue")] == ["DISAPPROVE"], show(events)


def test_opposing_unilateral_changes_is_disapprove(base_nlp):
    events = coded(base_nlp, "The United States continues to oppose any unilateral changes to the status quo.")
    assert [e.type for e in _of(events, "continues")] == ["DISAPPROVE"], show(events)


def test_opposing_a_deployment_stays_reject(base_nlp):
    # contrast: a deployment proposed and opposed until demands are met is refused
    events = coded(base_nlp, "Malian rebels said they opposed the deployment of a regional peacekeeping "
                             "force until their demands are met.")
    assert [e.type for e in _of(events, "opposed")] == ["REJECT"], show(events)


def test_forces_preparing_an_attack_mobilize(base_nlp):
    events = coded(base_nlp, "These forces, including ground troops, aircraft and ships, are preparing to launch "
                             "an attack against Ukraine in the coming days.")
    prepared = _of(events, "preparing")
    assert [(e.type, e.mode) for e in prepared] == [("MOBILIZE", "troops")], show(events)
    assert prepared[0].status != "planned", show(events)


def test_army_preparing_to_shell_mobilizes_weapons(base_nlp):
    # preparing artillery fire is a move short of the use of force (PLOVER MOBILIZE), weapons readied
    events = coded(base_nlp, "The Syrian army prepared to resume shelling Idlib.")
    assert [(e.type, e.mode) for e in _of(events, "prepared")] == [("MOBILIZE", "weapons")], show(events)


def test_stated_readiness_to_attack_stays_threaten(base_nlp):
    # contrast: "is prepared to" states readiness, a warning (PLOVER THREATEN), no move of forces
    events = coded(base_nlp, "Russia is prepared to attack Ukraine.")
    assert [e.type for e in _of(events, "prepared")] == ["THREATEN"], show(events)


def test_body_charged_with_promoting_rights_is_no_accusation(base_nlp):
    events = coded(base_nlp, "The UN Commission on the Status of Women and its members are charged with promoting "
                             "women's rights.")
    assert not _of(events, "charged"), show(events)


def test_person_charged_with_promoting_terrorism_stays_accused(base_nlp):
    # contrast: an accused person, not an organ of a body, holds the "with" clause
    events = coded(base_nlp, "The opposition leader was charged with promoting terrorism.")
    assert [e.type for e in _of(events, "charged")] == ["DISAPPROVE"], show(events)


def test_rejecting_efforts_to_harass_is_disapprove(base_nlp):
    # task aimwork: efforts by another side, their act named by an infinitive, are conduct condemned
    events = coded(base_nlp, "The United States rejects efforts by PRC officials to harass and intimidate "
                             "members of ethnic minority groups.")
    assert [(e.type, e.target_text) for e in _of(events, "reject")] == [("DISAPPROVE", "PRC officials")], show(events)


def test_efforts_rejected_in_the_passive_are_disapprove(base_nlp):
    events = coded(base_nlp, "The Russian government's efforts to propagate lies have been rejected by the "
                             "international community.")
    assert [e.type for e in _of(events, "rejected")] == ["DISAPPROVE"], show(events)


def test_rejecting_a_proposal_stays_reject(base_nlp):
    # contrast: a proposal turned down is REJECT (codebook: refuse a request or proposal)
    events = coded(base_nlp, "Russia rejected the Ukrainian proposal to hold talks in Istanbul.")
    assert [e.type for e in _of(events, "rejected")] == ["REJECT"], show(events)
