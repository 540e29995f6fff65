"""Solidarity and unity idioms, readiness to deploy, coordinated resolve (issue 6, Stop 49;
docs/coding_rules.md "### Stop 49 (issue 6)", events 0.8.207):

- a restated stance noun the CAMEO REAFFIRM block does not list ("reaffirm / reiterate our
  solidarity with X") is read as CAMEO "EXPRESS + SOLIDARITY" (051, PLOVER SUPPORT), as "express
  our solidarity with X" is;
- a conjunct clause with a subject of its own is not judged by the other clause's subject: "Our
  commitment will not waver, and we will continue to stand united with X" (check not-effect) and
  "That was a reckless invasion, and Canada will stand with X" (check thing-agent);
- the teller's own forces sent, or ready to be sent, "to" a state the sentence names a partner go
  there to assist it, not against it: AID military to it (CAMEO 072 "SEND + &MILITARY") when sent,
  an offer of it (AGREE aid:military) planned for a readiness or future; a third party's
  deployment, "toward" / "into", a hostile purpose or no partner named stay as they were;
- the subject of a stance participle the parser reads as a passive ("are resolved to stand with X
  and hold Y accountable") is the doer of the infinitive's bare conjuncts, not their patient; "hold
  the junta accountable" parsed with the adjective as object still holds the junta.

Sentences are invented, in the style of the demo releases (examples/); contrasts marked."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import linked, show


def _rows(events, trigger_start):
    return [(e.type, e.status, e.source_text, e.target_text) for e in events if e.trigger.startswith(trigger_start)]


# ---------------------------------------------------------------- solidarity restated

@pytest.mark.parametrize("text, start", [
    ("We reaffirm our solidarity with the people of Moldova.", "reaffirm"),
    ("We reiterate our solidarity with the people of Moldova.", "reiterate"),
    ("The Secretary underscored our solidarity with the people of Moldova.", "underscored"),
])
def test_a_restated_solidarity_is_support(nlp, text, start):
    found = linked(nlp, text)
    rows = _rows(found, start)
    assert [(r[0], r[1], r[3]) for r in rows] == [("SUPPORT", "asserted", "people of Moldova")], show(found)


def test_a_restated_support_is_unchanged(nlp):
    # contrast: REAFFIRM + SUPPORT is CAMEO's own pattern (051)
    found = linked(nlp, "We reaffirm our support for the people of Moldova.")
    assert [(r[0], r[3]) for r in _rows(found, "reaffirm")] == [("SUPPORT", "people of Moldova")], show(found)


@pytest.mark.parametrize("text, start", [
    # contrasts (review 49b #5): only solidarity falls back to EXPRESS; a commitment to a goal
    # renewed (a verb with no CAMEO REAFFIRM pattern of its own) is no new act
    ("The ministers renewed their commitment to the ceasefire.", "renewed"),
    ("The envoys renewed their commitment to the truce talks.", "renewed"),
])
def test_a_renewed_commitment_to_a_goal_is_no_new_act(nlp, text, start):
    found = linked(nlp, text)
    assert _rows(found, start) == [], show(found)


# ---------------------------------------------------------------- a conjunct clause with its own subject

@pytest.mark.parametrize("text", [
    "Our commitment to Moldova will not waver, and we will continue to stand united with Moldova.",
    "That was a needless and reckless invasion, and Canada will stand in solidarity with the people of Moldova.",
])
def test_a_conjunct_clause_with_its_own_subject_keeps_its_stance(nlp, text):
    found = linked(nlp, text)
    rows = [r for r in _rows(found, "") if r[0] == "SUPPORT"]
    assert rows and all(r[1] == "asserted" for r in rows), show(found)


@pytest.mark.parametrize("text, start", [
    # contrasts: a shared subject is still the measure or the demonstrative
    ("Our commitment to Moldova will not waver and will continue to strengthen our ties with Moldova.", "continue"),
    ("This will open opportunities for Moldova and help Moldova grow.", "help"),
])
def test_a_conjunct_sharing_the_measure_subject_is_still_no_act(nlp, text, start):
    found = linked(nlp, text)
    assert _rows(found, start) == [], show(found)


# ---------------------------------------------------------------- readiness to deploy one's own forces

@pytest.mark.parametrize("text, start", [
    ("The Pentagon stands ready to deploy forces to Poland, a NATO ally.", "ready"),
    ("We stand ready to deploy troops to Lithuania to reassure our allies.", "ready"),
    ("We will send troops to Estonia, our partner, next month.", "send"),
])
def test_readiness_to_send_own_forces_to_a_partner_is_an_offer_of_military_aid_to_come(nlp, text, start):
    found = linked(nlp, text)
    rows = [(e.type, e.mode, e.status) for e in found if e.trigger.startswith(start)]
    assert rows == [("AGREE", "aid:military", "planned")], show(found)


@pytest.mark.parametrize("text, start", [
    ("The United States deployed troops to Lithuania, a NATO ally.", "deployed"),
    # an asserted dispatch is the aid itself, never the offer of it (review 49b #1)
    ("We are sending additional forces to Lithuania to reassure our allies.", "sending"),
])
def test_own_forces_sent_to_a_partner_assist_it(nlp, text, start):
    found = linked(nlp, text)
    rows = [(e.type, e.mode, e.status, e.target_text) for e in found if e.trigger.startswith(start)]
    assert rows == [("AID", "military", "asserted", "Lithuania")], show(found)


@pytest.mark.parametrize("text, start, row", [
    # contrasts (review 49b #1): a heading or an entry names no host; a hostile purpose vetoes a
    # partner; a destination the sentence does not name a partner keeps its base reading
    ("The United States sent warships toward North Korea.", "sent", ("MOBILIZE", "North Korea")),
    ("The United States sent troops into Iraq in 2003.", "sent", ("COOPERATE", "Iraq")),
    ("The United States sent troops to Panama in 1989 to remove Noriega.", "sent", ("COOPERATE", "Panama")),
    ("The United States sent troops to Iraq, a partner, to defeat the insurgents.", "sent", ("COOPERATE", "Iraq")),
    ("The United States deployed troops to Lithuania.", "deployed", ("MOBILIZE", "Lithuania")),
])
def test_own_forces_sent_to_no_named_partner_are_no_aid(nlp, text, start, row):
    found = linked(nlp, text)
    assert [(r[0], r[3]) for r in _rows(found, start)] == [row], show(found)


def test_peacekeepers_sent_stay_peacekeeping(nlp):
    # contrast: CAMEO 0334 "send + peacekeepers" keeps its reading
    found = linked(nlp, "We will send peacekeepers to Mali.")
    assert [(r[0], r[3]) for r in _rows(found, "send")] == [("AGREE", "Mali")], show(found)


@pytest.mark.parametrize("text, start, row", [
    # contrasts: a third party's forces keep their destination (rule "Forces sent somewhere")
    ("Russia stands ready to deploy troops to Moldova.", "ready", ("THREATEN", "planned", "Moldova")),
    ("Russia deployed troops to Moldova.", "deployed", ("MOBILIZE", "asserted", "Moldova")),
])
def test_a_third_partys_deployment_keeps_its_destination(nlp, text, start, row):
    found = linked(nlp, text)
    assert [(r[0], r[1], r[3]) for r in _rows(found, start)] == [row], show(found)


def test_readiness_to_impose_a_measure_is_unchanged(nlp):
    # contrast: a coercive measure the own side is prepared to take stays the threat made
    found = linked(nlp, "We are prepared to impose sanctions on the junta.")
    assert _rows(found, "prepared") == [("THREATEN", "asserted", "We", "junta")], show(found)


# ---------------------------------------------------------------- the doer of a resolved pair of acts

@pytest.mark.parametrize("text, source, target", [
    ("The allies are resolved to stand with Moldova and hold Russia accountable for its war.", "allies", "Russia"),
    ("Canada is resolved to stand with Moldova and to hold Russia accountable for its crimes.", "Canada", "Russia"),
    ("The ministers are determined to stand with Moldova and hold the junta accountable.", "ministers", "junta"),
    ("The ministers are determined to hold the junta accountable.", "ministers", "junta"),
])
def test_the_subject_of_the_resolve_holds_the_party_accountable(nlp, text, source, target):
    found = linked(nlp, text)
    rows = [r for r in _rows(found, "") if r[0] == "THREATEN"]
    assert [(r[2], r[3]) for r in rows] == [(source, target)], show(found)


def test_a_real_passive_keeps_its_patient(nlp):
    # contrast: "X will be held accountable" keeps X as the one held
    found = linked(nlp, "The junta will be held accountable for the killings.")
    rows = [r for r in _rows(found, "") if r[0] == "THREATEN"]
    assert rows and all(r[3] == "junta" for r in rows), show(found)
