"""Status and type of events whose frame changes what the trigger means: intentions ("plans to"),
hedged performatives ("I want to thank"), requests whose CAMEO pattern names what is asked for
("call for an end to"), acts told in reports ("reports of attacks"), agreements signed (SUPPORT)
and negotiations (CONSULT). Real sentences from the demo corpus (examples/)."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import linked, show


def _events_of(nlp, text):
    """Events after the whole pipeline on a plain text."""
    return [e for e in nlp(text)._.ng_events or []]


def test_an_intended_request_is_planned(nlp):
    # plover_frames.yaml stance_verbs "plan: like commit but status planned", whatever the act's type
    text = ("The Russian Duma has stated that it plans to send to President Putin an appeal to recognize the "
            "so-called Donetsk and Luhansk People's Republics as independent.")
    demand = next(e for e in _events_of(nlp, text) if e.type == "DEMAND")
    assert demand.status == "planned", demand.explanation
    assert "Duma" in demand.source_text


@pytest.mark.parametrize("text, target", [
    ("We stand with our allies around the world in calling for an immediate end to the PRC's crimes and for "
     "justice for the many victims.", "PRC"),
    ("We call for an immediate end to Russia's continuing war against Ukraine.", "Russia"),
])
def test_a_call_for_an_end_is_a_demand_on_the_actor(nlp, text, target):
    # PETRARCH2 CALL (FOR END) [053] names what is asked for; the call is a request (PLOVER REQUEST)
    # (the call's events: the allies "stood with in calling" are co-actors of the call, no recipients)
    events = [e for e in _events_of(nlp, text) if e.trigger.startswith("call")]
    assert events and all(e.type == "DEMAND" for e in events), [e.explanation for e in events]
    assert any(target in (e.target_text or "") and e.status == "asserted" for e in events)
    assert not any("allies" in (e.target_text or "") for e in events)


def test_hedged_performative_praise_is_asserted_support(nlp):
    text = ("And so we do want to commend our European allies for keeping their borders open and continuing "
            "to provide protection to those who are fleeing.")
    praise = [e for e in _events_of(nlp, text) if "commend" in e.trigger]
    assert praise and all(e.type == "SUPPORT" and e.status == "asserted" for e in praise), \
        [e.explanation for e in praise]
    # a third-person past wish stays an intention
    wish = [e for e in _events_of(nlp, "He said those old Frenchmen really wanted to destroy Africa.")
            if "destroy" in e.trigger]
    assert all(e.status == "planned" for e in wish)


def test_signing_an_agreement_is_support_and_a_promise_to_sign_agree(nlp):
    # PLOVER_MANUAL.tex SUPPORT: "ratify, sign, or finalize an agreement or treaty" (CAMEO 057);
    # "Promises to sign or ratify agreements and treaties are coded as AGREE"
    signed = _events_of(nlp, "Colombian Vice President and Minister of Foreign Affairs Marta Lucía Ramírez signed a "
                             "protocol of amendment to the 2011 U.S.-Colombia Air Transport Agreement in Bogota.")
    assert signed and all(e.type == "SUPPORT" and e.status == "asserted" for e in signed)
    promised = _events_of(nlp, "Russia and the United States will sign an agreement limiting certain kinds of weapons.")
    assert promised and all(e.type == "AGREE" and e.status == "planned" for e in promised)


def test_an_intention_under_an_obligation_is_a_demand_made_now(nlp):
    text = ("National and international sports organizations should consider suspending the broadcasting of "
            "sports competitions into Russia and Belarus.")
    assert all(e.status == "asserted" for e in _events_of(nlp, text) if e.type == "DEMAND")


@pytest.mark.parametrize("text", [
    "There are reports of violent attacks on minority groups and police by radical groups.",
    "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba to offer "
    "support and condemn reports of Russia's attacks on Ukrainian cities and mounting civilian deaths.",
])
def test_acts_told_in_reports_are_claimed(nlp, text):
    # event_detection.yaml claim_nouns (FactBank: source-introducing nouns)
    attacks = [e for e in _events_of(nlp, text) if e.type == "ASSAULT"]
    assert attacks and all(e.status == "claimed" for e in attacks), [e.explanation for e in attacks]


def test_negotiating_with_a_party_is_consult(nlp):
    # PLOVER_MANUAL.tex CONSULT keywords "negotiations, bargaining, or discussions" (CAMEO 046),
    # over PETRARCH2 NEGOTIATE (WITH) [050]
    events = _events_of(nlp, "We are prepared to conclude a deal on the basis of the understandings we negotiated "
                             "with our European Allies in Vienna over many months.")
    talks = [e for e in events if e.trigger == "negotiated"]
    assert talks and all(e.type == "CONSULT" and e.status == "asserted" for e in talks)


# ---------------------------------------------------------------- events 0.7.210 (task statusfix)

@pytest.mark.parametrize("text, outlet, trigger", [
    ("I announced earlier today that the United States is providing nearly $368 million in additional "
     "humanitarian assistance to the people of Ukraine.", "U.S. Department of State", "providing"),
    ("Today, we are announcing that the United States government, through USAID, is providing assistance to "
     "print textbooks for Ukrainian students.", "The White House", "providing"),
    ("The President reiterated that U.S. policy on Taiwan has not changed, and emphasized that the United "
     "States continues to oppose any unilateral changes to the status quo.", "The White House", "continues"),
])
def test_the_publishers_own_government_reporting_its_act_asserts_it(nlp, text, outlet, trigger):
    # the release's "I" / "we" or its own President tells its own government's act: no third party's
    # report the article relays (gold README: claimed is "reported by a party and disputed or unconfirmed")
    found = [e for e in linked(nlp, text, outlet=outlet) if e.trigger.startswith(trigger)]
    assert [(e.source_acts_for, e.status) for e in found] == [("USA", "asserted")], show(found)


def test_a_report_of_another_state_stays_claimed(nlp):
    text = "The Russian Foreign Ministry said that the United States is providing weapons to Ukraine."
    found = [e for e in linked(nlp, text) if e.type == "AID"]
    assert [e.status for e in found] == ["claimed"], show(found)


# ---------------------------------------------------------------- events 0.7.218 (task claimedown)

@pytest.mark.parametrize("text, trigger", [
    # an adverbial clause of the reporting verb: the narrator's circumstance, not what Xi and Putin declared
    ("Even while Russia was clearly mobilizing to invade Ukraine, President Xi and President Putin declared "
     "that the friendship between their countries was – and I quote – “without limits.”", "mobilizing"),
    # a clause coordinated with the belief: the speaker's own act, no one's report of it
    ("Therefore, Ukraine strongly believes the time for sanctions is now, and in this context we welcome "
     "today’s announcement of sanctions by President Biden.", "welcome"),
    # a relative clause ("many of whom will announce") the parser took for the main verb reports nothing
    # (with its doer named: the agentless passive has none and is no event, events 0.8.90)
    ("We have coordinated today’s announcement with allies and partners, many of whom will announce their "
     "own measures to hold Iran accountable for its attack over the coming days.", "coordinated"),
])
def test_an_act_outside_a_reports_content_is_asserted(nlp, text, trigger):
    found = [e for e in linked(nlp, text) if e.trigger.startswith(trigger)]
    assert found and all(e.status == "asserted" for e in found), show(found)


def test_an_act_inside_the_quote_a_conjunct_continues_stays_claimed(nlp):
    # the conjunct after "it added; and, later," still opens a quotation of the words reported
    # (the quoted act was an order to the KPA's own units, a DEMAND then, no event between two
    # parties since events 0.8.115: an act between parties now stands in its place)
    text = ("The KPA fired one shell at the south side, said KCNA. \"Foolhardy provocation deserves harsh "
            "punishment\", it added; and, later, \"the KPA shelled the South Korean border post near Yeoncheon "
            "again at dawn\".")
    found = [e for e in linked(nlp, text) if e.trigger.startswith("shelled")]
    assert found and all(e.status == "claimed" for e in found), show(found)


@pytest.mark.parametrize("text, trigger", [
    ("Today, Chancellor Scholz announced that the German Government is suspending the pipeline indefinitely.",
     "suspending"),
    ("After accounts of the 64th Separate Motorized Rifle Brigade’s brutality emerged and this unit was accused of "
     "war crimes by the Government of Ukraine, the Kremlin responded by issuing a statement – in English – "
     "indicating that Russian Federation President Putin had conferred honors upon the 64th Separate Motorized "
     "Rifle Brigade.", "conferred"),
])
def test_a_states_own_report_of_its_act_is_asserted(nlp, text, trigger):
    # the reporter (a speaker placed in the doer's own state, state sector) tells its own government's
    # act: a first-hand report, no third party's claim the article relays
    found = [e for e in linked(nlp, text) if e.trigger.startswith(trigger)]
    assert found and all(e.status == "asserted" for e in found), show(found)
    assert all("its own government's act" in e.explanation for e in found), show(found)


@pytest.mark.parametrize("text, source", [
    ("The United States will continue to work with our partners and allies to impose severe costs on the "
     "Government of the Russian Federation for its aggression against Ukraine.", "United States"),
    ("We will continue to impose costs on the military regime until it ceases the violence.", "We"),
    ("If Russia invades Ukraine, the United States would impose sanctions on Moscow.", "United States"),
])
def test_a_warning_of_a_continued_or_conditional_measure_is_a_threat_made_when_told(nlp, text, source):
    # PLOVER THREATEN "all threats, coercive or forceful warnings": the warning is made when told, the
    # future lies in the act warned of (gold: "we will continue to respond" is an asserted THREATEN)
    found = [e for e in linked(nlp, text) if e.type == "THREATEN"]
    assert [(e.source_text, e.status) for e in found] == [(source, "asserted")], show(found)


@pytest.mark.parametrize("text", [
    # a new measure announced, or an intended act, keeps its future (gold wh-2024-04-16 "will impose new
    # sanctions targeting Iran" and afmil-print9e4f "we are going to ... destroy ISIL": planned)
    "In the coming days, the United States will impose new sanctions targeting Iran.",
    "The strategy is we are going to degrade and ultimately destroy ISIL.",
])
def test_a_new_or_intended_hostile_act_stays_planned(nlp, text):
    found = [e for e in linked(nlp, text) if e.type == "THREATEN"]
    assert [e.status for e in found] == ["planned"], show(found)
