"""The status and type of pledges and future acts (task pledges; PLOVER codebook AGREE: "cooperative
actions of types CONSULT, SUPPORT, COOPERATE, and AID reported in future tense ... should be coded
as AGREE"; gold README: status planned = "agreed, announced or intended, not yet done").

Kinds: a future act written with the typographic contraction "’ll" is planned like "will";
"will continue to" + a verbal act (support, criticism) is asserted, since "continue" tells the act
going on and the statement voices it (as gold codes "We will continue to support their rightful
demands"), while under a reporting verb it stays planned; "will continue to" + a material or
meeting act is a promise (AGREE) or a threat (THREATEN) like that act under a bare "will", but a
standing partnership carried on ("will continue partnering / to coordinate with") is COOPERATE
asserted, under way as a backing is; a
promise or threat told as made ("pledged to", "committed to", "threatened to") is asserted, like
"agreed to"; "continues to" in the present is asserted. Sentences are from the demo corpus
(examples/) unless marked."""

from __future__ import annotations

from tests.nlp.linked_events import extracted_events

_events = extracted_events  # tests/nlp/linked_events.py


# ---- "’ll": the typographic contraction of "will" -----------------------------------------------

def test_typographic_will_contraction_makes_a_cooperative_act_a_promise():
    # State Department on Taiwan (lead's judgement 141414, event 1048: COOPERATE asserted before)
    text = ("We’ll continue to expand our cooperation with Taiwan on our many shared interests and "
            "values, support Taiwan’s meaningful participation in the international community, deepen "
            "our economic ties, consistent with our “one China” policy.")
    found = _events(text, "continue")
    assert found and all(kind[0] == "AGREE" and kind[4] == "planned" for kind in found)
    assert any(kind[1] == "cooperate" and kind[3] == "Taiwan" for kind in found)


def test_typographic_and_plain_contraction_agree():
    plain = _events("We'll continue to provide humanitarian aid to Ukraine.", "continue")
    curly = _events("We’ll continue to provide humanitarian aid to Ukraine.", "continue")
    assert plain and [k[0::4] for k in plain] == [k[0::4] for k in curly] == [("AGREE", "planned")]
    # (a standing partnership carried on is under way whichever the spelling: COOPERATE asserted)
    plain = _events("We'll continue to coordinate closely with Ukraine.", "continue")
    curly = _events("We’ll continue to coordinate closely with Ukraine.", "continue")
    assert plain and [k[0::4] for k in plain] == [k[0::4] for k in curly] == [("COOPERATE", "asserted")]


# ---- "will continue to" + a verbal act: asserted --------------------------------------------------

def test_continued_support_is_voiced_now():
    text = ("We call on all Haitians to work together to maintain peace and will continue to support the "
            "Haitian people as they strive to build a stable, prosperous, and democratic country.")
    assert ("SUPPORT", None, "We", "Haitian people", "asserted") in _events(text, "continue")


def test_stance_coordinated_after_continue_is_continued():
    # constructed: the parser hangs the later bare conjunct on "continue" itself; with no "to" or
    # auxiliary of its own it shares "will continue to", so the stance is held now (SUPPORT asserted)
    text = ("We will continue to work with and support all our partners, and stand with the people "
            "of Moldova.")
    found = _events(text, "stand")
    assert found and all(kind[0] == "SUPPORT" and kind[4] == "asserted" for kind in found), found
    # a plain "will" pledge of aid keeps its promise reading
    found = _events("We will provide the people of Moldova with humanitarian aid.", "provide")
    assert found and all(kind[0] == "AGREE" and kind[4] == "planned" for kind in found), found


def test_continued_accountability_is_criticism_voiced_now():
    text = ("Even as we meet with our Chinese counterparts, we will also continue to hold China "
            "accountable.")
    found = _events(text, "continue")
    assert found and all(kind[0] == "DISAPPROVE" and kind[4] == "asserted" for kind in found)


def test_continued_support_reported_by_another_stays_planned():
    # constructed: under a reporting verb the speaker's report of another's pledge
    found = _events("The Secretary said the United States will continue to support Ukraine.", "continue")
    assert found and all(kind[0] == "SUPPORT" and kind[4] == "planned" for kind in found)


def test_present_continuation_is_asserted():
    text = "The United States continues to support the Cuban people."  # constructed, present tense
    found = _events(text, "continue")
    assert found and all(kind[0] == "SUPPORT" and kind[4] == "asserted" for kind in found)


# ---- "will continue to" + a material or meeting act: AGREE / THREATEN, planned --------------------

def test_continued_coordination_is_cooperation_under_way():
    # demo corpus (hand check: AGREE planned before): "continue" presupposes the coordination is
    # going on (plover_frames.yaml ongoing_relation_verbs), as "will continue to support" is backing
    # voiced now; COOPERATE asserted, the partners its target
    text = ("The United States will continue to coordinate closely with our partners and allies to impose "
            "severe consequences on Russia for its war against Ukraine.")
    found = _events(text, "continue")
    assert found and all(kind[0] == "COOPERATE" and kind[4] == "asserted" for kind in found), found
    assert any(kind[2] == "United States" and "partners" in (kind[3] or "") for kind in found), found


def test_continued_partnering_is_cooperation_under_way():
    # demo corpus (hand check: AGREE planned before)
    text = ("We will continue partnering with Honduran government officials and members of civil society "
            "who show a dedication to combating corruption and strengthening democratic governance.")
    found = _events(text, "continue")
    assert found and all(kind[0] == "COOPERATE" and kind[4] == "asserted" for kind in found), found
    assert any("Honduran government officials" in (kind[3] or "") for kind in found), found


def test_kept_cooperation_is_under_way():
    # constructed: "keep" is an ongoing aspect verb as "continue" is
    found = _events("Germany will keep cooperating with France on energy security.", "keep")
    assert ("COOPERATE", None, "Germany", "France", "asserted") in found, found


def test_conjoined_partners_carrying_on_cooperation_are_each_others_partners():
    # constructed: with no "with" phrase the conjoined subjects are the partners (PLOVER COOPERATE
    # "Requires recipient", "Compound and Reciprocal Actors"), first -> other, as for a bare "will"
    found = _events("The United States and Japan will continue to coordinate closely to support Ukraine.",
                    "continue")
    assert found == [("COOPERATE", None, "United States", "Japan", "asserted")], found


def test_continued_relation_contrasts():
    # constructed contrasts: a bare future partnership is a promise (PLOVER AGREE "cooperative
    # actions ... reported in future tense"); a new step in the relation ("expand our cooperation")
    # or a single transfer ("share intelligence") under "continue" stays a promise; a continued
    # partnership a speech verb reports is the speaker's pledge, planned
    found = _events("The United States will cooperate with Japan on maritime security.", "cooperate")
    assert found and all(kind[0] == "AGREE" and kind[4] == "planned" for kind in found), found
    found = _events("We will continue to expand our cooperation with Japan on maritime security.", "continue")
    assert found and all(kind[0] == "AGREE" and kind[4] == "planned" for kind in found), found
    found = _events("The United States will continue to share intelligence with Ukraine.", "continue")
    assert found and all(kind[0] == "AGREE" and kind[4] == "planned" for kind in found), found
    found = _events("The Secretary said the United States will continue to cooperate with Japan.", "continue")
    assert found and all(kind[0] == "AGREE" and kind[4] == "planned" for kind in found), found


def test_continued_sanctions_announced_are_a_threat():
    text = ("We will continue to impose further severe sanctions in response to Russian aggression, "
            "enabled by the Lukashenka regime in Belarus.")
    found = _events(text, "continue")
    # events 0.7.210: the threat is made when told (PLOVER THREATEN), stored asserted
    assert found and all(kind[:2] == ("THREATEN", "restrict") and kind[4] == "asserted" for kind in found)


def test_bare_will_support_stays_agree_planned():
    # PLOVER GSR convention ("will support resolution": AGREE), unchanged
    found = _events("The United States will support Ukraine.", "support")
    assert found and all(kind[0] == "AGREE" and kind[4] == "planned" for kind in found)


# ---- a promise or threat told as made -------------------------------------------------------------

def test_commitment_told_as_made_is_an_asserted_agreement():
    text = ("They committed to coordinate on multilateral priorities at the UN Security Council in "
            "advance of Brazil’s 2022-2023 term.")
    found = [kind for kind in _events("President Biden and President Bolsonaro met. " + text, "committed")]
    assert found and all(kind[0] == "AGREE" and kind[4] == "asserted" for kind in found)


def test_threat_told_as_made_is_asserted():
    text = ("RosKomNadzor has threatened to block other online platforms and Golos Ameriki (VOA Russian) "
            "if they do not comply with requests to take down reporting on Russia’s invasion.")
    found = _events(text, "threatened")
    assert found and all(kind[0] == "THREATEN" and kind[4] == "asserted" for kind in found)


def test_pledge_made_in_the_present_is_an_asserted_agreement():
    # constructed: a pledge the statement itself makes ("pledges to support") is the promise done,
    # as "pledged to" and as the gold files code a present "the Parties agree to take the following
    # actions" (PLOVER AGREE "agree to, offer, promise": the event is the promise); what is
    # promised is still to come, but it is no second event. Contrast: the same act told with
    # "will" is the promise of a future act, planned
    found = _events("The United States pledges to support Poland's efforts to shelter refugees.", "pledges")
    assert found and all(kind[0] == "AGREE" and kind[4] == "asserted" for kind in found), found
    found = _events("The United States will support Poland's efforts to shelter refugees.", "support")
    assert found and all(kind[0] == "AGREE" and kind[4] == "planned" for kind in found), found


def test_future_commitment_stays_planned():
    text = ("The G7 will also commit to new cooperation to deploy quantum resistant cryptography with the "
            "goal of ensuring secure interoperability between ICT systems.")
    found = _events(text, "commit")
    assert found and all(kind[4] == "planned" for kind in found)


# ---- the purpose of a future act is to come -------------------------------------------------------

def test_purpose_of_a_future_act_is_a_promise():
    # State Department on Nicaragua (lead's judgement 141414, event 1484: SUPPORT asserted before)
    text = ("Until then, the United States, in close coordination with other members of the international "
            "community, will use all diplomatic and economic tools at our disposal to support the people of "
            "Nicaragua and hold accountable the Ortega-Murillo government and those that facilitate its "
            "abuses.")
    found = _events(text, "support")
    assert found and all(kind[0] == "AGREE" and kind[4] == "planned" for kind in found)


def test_purpose_of_a_continued_act_is_pursued_now():
    # statedept-009 (gold: SUPPORT asserted): "will continue to use ... to support"
    text = ("The United States will continue to use all diplomatic and economic tools at our disposal to "
            "support Nicaraguans’ calls for greater freedom and accountability.")
    found = _events(text, "support")
    assert found and all(kind[0] == "SUPPORT" and kind[4] == "asserted" for kind in found)


def test_purpose_of_a_present_act_is_asserted():
    text = "We are working with our partners to provide humanitarian assistance to the people of Ukraine."
    found = _events(text, "provide")
    assert found and all(kind[0] == "AID" and kind[4] == "asserted" for kind in found)


def test_would_under_a_factive_speech_verb_is_the_future_of_the_past():
    # State Department readout (demo corpus): "emphasized" is factive, but "would" is still a promise
    text = ("The Secretary also emphasized to Foreign Minister Kuleba that the United States would continue "
            "to provide support to Ukraine to help it defend itself against Russian aggression.")
    found = _events(text, "continue")
    assert found and all(kind[:2] == ("AGREE", "aid") and kind[4] == "planned" for kind in found)


# ---- support of a material thing is aid; a conjunct of a continued act continues too ---------------
# (task pledges2; PLOVER SUPPORT "only for political, diplomatic, and non-material support", AID "all
# provisions of providing material aid", AGREE "broad promises of future AID")

def test_continued_support_of_projects_is_a_promise_of_aid():
    # State Department / White House joint statement (demo corpus): SUPPORT asserted before
    text = ("In addition, Germany will continue to support bilateral energy projects with Ukraine, especially "
            "in the field of renewables and energy efficiency.")
    assert ("AGREE", "aid", "Germany", "Ukraine", "planned") in _events(text, "continue")


def test_support_of_reconstruction_is_aid():
    # constructed present tense: a material thing supported now is aid given (PLOVER AID)
    found = _events("The United States supports the reconstruction of Ukraine.", "support")
    assert found and all(kind[0] == "AID" and kind[4] == "asserted" for kind in found)
    assert any(kind[3] == "Ukraine" for kind in found)


def test_support_of_an_effort_stays_verbal_backing():
    # demo corpus: CAMEO SUPPORT + EFFORTS [051] is verbal backing, unchanged
    text = "We will continue to support Albania’s remediation efforts over the longer-term."
    assert ("SUPPORT", None, "We", "Albania", "asserted") in _events(text, "continue")


def test_conjunct_of_continued_support_providing_aid_is_a_promise():
    # demo corpus (hand check 2026-11-30, event 1572: AID asserted before)
    text = ("We will continue to support the Ukrainian people and provide them with security assistance to help "
            "them defend themselves as they courageously resist Russia’s invasion.")
    assert ("SUPPORT", None, "We", "Ukrainian people", "asserted") in _events(text, "continue")
    provided = _events(text, "provide")
    assert provided and all(kind[:2] == ("AGREE", "aid") and kind[4] == "planned" for kind in provided)


def test_conjunct_of_present_continued_support_is_aid_given():
    # constructed present tense: "continue" without "will" keeps the aid asserted
    text = "We continue to support the Ukrainian people and provide them with security assistance."
    provided = _events(text, "provide")
    assert provided and all(kind[:2] == ("AID", None) and kind[4] == "asserted" for kind in provided)


def test_delivering_on_an_effort_is_no_aid():
    # demo corpus (White House): "deliver on" is to fulfil (Merriam-Webster), nothing handed over
    text = ("Biden-Harris Administration officials will continue working with the community to deliver on the "
            "President’s efforts to advance equity for the Latino community.")
    assert _events(text, "deliver", "continue") == []


def test_continued_delivery_of_capabilities_stays_a_promise_of_aid():
    # demo corpus (hand check 2026-11-30, event 1136: judged right); events 0.7.198: the military
    # capabilities given name the promised aid's mode (PLOVER AID military)
    text = "And we will continue to deliver crucial military capabilities to Ukraine’s brave defenders."
    assert ("AGREE", "aid:military", "we", "Ukraine", "planned") in _events(text, "continue")


def test_material_thing_supported_with_no_recipient_is_no_aid():
    # demo corpus (US-Germany joint statement): the investments are what is paid for, no recipient
    text = ("Germany and the United States will endeavor to promote and support investments of at least "
            "$1 billion in the Green Fund for Ukraine, including from third parties such as private-sector "
            "entities.")
    assert not [kind for kind in _events(text, "support") if kind[0] == "AID"]
