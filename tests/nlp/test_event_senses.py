"""Trigger senses and non-events (round 2 of the s12 judgement, seed 2718 on the demo corpus):
an invitation to act is a request, and what a lie says is no asserted act."""

from __future__ import annotations

from tests.nlp.linked_events import coded as _events


def test_invitation_to_act_is_a_request(base_nlp):
    # PLOVER REQUEST/DEMAND ("all requests"), not AGREE/visit: nobody is invited to come
    events = _events(base_nlp, "We will continue to support Albania's remediation efforts over the longer-term, and we "
                     "invite partners and Allies to join us in holding malicious cyber actors accountable and "
                     "building a secure and resilient digital future.")
    invites = [e for e in events if e.trigger.startswith("invite")]
    assert invites and all(e.type == "DEMAND" for e in invites), [e.explanation for e in invites]
    assert {e.target_text for e in invites} >= {"partners"}


def test_invitation_to_visit_stays_agree(base_nlp):
    # PLOVER CONSULT, potential ambiguities: "invitations for state visits should be coded as AGREE"
    events = _events(base_nlp, "The President invited Prime Minister Modi to visit Washington.")
    assert any(e.type == "AGREE" and e.mode == "visit" for e in events), [e.explanation for e in events]


def test_content_of_a_lie_is_not_asserted(base_nlp):
    text = ("The Kremlin is intentionally spreading outright lies that the United States and Ukraine are "
            "conducting chemical and biological weapons activities in Ukraine.")
    assert not [e for e in _events(base_nlp, text) if e.status == "asserted" and "conducting" in e.trigger]


def test_false_claim_content_is_not_asserted(base_nlp):
    events = _events(base_nlp, "Moscow repeated the false claim that NATO had attacked Belarus.")
    assert not [e for e in events if e.type == "ASSAULT" and e.status == "asserted"]
    # the same act told as fact stays an asserted assault
    events = _events(base_nlp, "Moscow said that NATO had attacked Belarus.")
    assert [e for e in events if e.type == "ASSAULT"], [e.explanation for e in events]


def test_bare_preposition_pattern_stays_with_its_verb(base_nlp):
    # CAMEO "LINK (WITH)" 0311 is no sense of "connect ... with each other"
    text = ("Russia's government is also throttling Twitter, Facebook, and Instagram platforms that tens of "
            "millions of Russia's citizens rely on to access independent information and opinions and to "
            "connect with each other and the outside world.")
    assert not [e for e in _events(base_nlp, text) if e.trigger.startswith("connect")]
    # CAMEO "ATTACK (FOR)" 111 (criticise for a failing) is no sense of "fight for" (advocacy)
    text = ("In short, we'll fight for American workers and industry with every tool we have - just as we "
            "know that our partners will fight for their workers.")
    fights = [e for e in _events(base_nlp, text) if e.trigger.startswith("fight")]
    assert not [e for e in fights if e.type == "DISAPPROVE"], [e.explanation for e in fights]
    # the "for" phrase of a fight is its cause or beneficiary, not its target
    assert not [e for e in fights if "workers" in (e.target_text or "")], [e.explanation for e in fights]


def test_against_pattern_still_carries_to_synonyms(base_nlp):
    # "against" marks opposition whatever the verb (CAMEO "CAMPAIGN (AGAINST)" 110)
    events = _events(base_nlp, "McDonnell did well early in his term pushing back against Senate Democrats "
                     "who wanted huge tax increases.")
    assert [e for e in events if e.type == "DISAPPROVE" and "Democrats" in (e.target_text or "")], \
        [e.explanation for e in events]


def test_staying_in_a_state_is_no_mobilisation(base_nlp):
    assert not _events(base_nlp, "Ukraine's courageous defense forces remain firmly in the fight.")
    # a posture held in a place stays CAMEO 150 (PLOVER MOBILIZE)
    events = _events(base_nlp, "Russian troops remain in Belarus.")
    assert [e for e in events if e.type == "MOBILIZE"], [e.explanation for e in events]


def test_academic_research_is_no_investigation(base_nlp):
    assert not [e for e in _events(base_nlp, "He began postdoctoral research at Helsinki in 2012.")
                if e.type == "INVESTIGATE"]
    events = _events(base_nlp, "The commission began research into the killings.")
    assert [e for e in events if e.type == "INVESTIGATE"], [e.explanation for e in events]


def test_joint_commitment_is_agree_between_the_parties(base_nlp):
    # PLOVER AGREE ("agree to, promise, commit to cooperate"), not SUPPORT of each on the workers
    events = _events(base_nlp, "President Biden and President Lula also committed to work together to advance "
                     "and protect workers' rights, and to promote inclusive prosperity for our two countries "
                     "and the world.")
    agree = [e for e in events if e.type == "AGREE"]
    assert agree and "Biden" in agree[0].source_text and "Lula" in (agree[0].target_text or ""), \
        [e.explanation for e in events]
    assert not [e for e in events if "workers" in (e.target_text or "")], [e.explanation for e in events]


def test_ship_sent_to_rescue_is_humanitarian_aid(base_nlp):
    # CAMEO 073 search-and-rescue (PLOVER AID humanitarian), no MOBILIZE
    events = _events(base_nlp, "Major general Fuad Basya, spokesman for the Indonesian military, said fisherman "
                     "first noticed the people and a warship was deployed to retrieve them.")
    deployed = [e for e in events if e.trigger.startswith("deployed")]
    assert deployed and all(e.type == "AID" and e.mode == "humanitarian" for e in deployed), \
        [e.explanation for e in events]
