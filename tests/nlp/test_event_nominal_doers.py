"""A stance on an act noun targets the act's doer, not its patient (events/targets.py _nominal_act_doer),
and co-signers of one act each keep their event (events/frames.py _direct_events, _cap_per_sentence).

PLOVER SUPPORT / DISAPPROVE: the target is the actor whose conduct is approved or criticised.
Sentences are in the style of U.S. Department of State releases (examples/statedept)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.nlp.pipeline import extract

OUTLET = "United States Department of State"


def _stances(nlp, text: str, event_type: str):
    x = extract(text, dt.date(2022, 3, 9), nlp=nlp, outlet=OUTLET)
    return [e for e in x.events if e.type == event_type]


@pytest.mark.parametrize("text, event_type, doer", [
    # the "by" agent of the act noun, not its "of" patient
    ("We welcome the release of Gustavo Cardenas by the Venezuelan government.", "SUPPORT", "VEN"),
    ("We condemn the arrest of Alexei Navalny by Russian authorities.", "DISAPPROVE", "RUS"),
    ("We condemn the killing of civilians by Russian forces in Bucha.", "DISAPPROVE", "RUS"),
    # the holder of the captives released, named in a custody clause
    ("We welcome the release of Trevor Reed, who was wrongfully detained in Russia.", "SUPPORT", "RUS"),
    # the possessor of the act noun
    ("We welcome Venezuela's decision to release Gustavo Cardenas.", "SUPPORT", "VEN"),
])
def test_stance_on_an_act_noun_targets_its_doer(nlp, text, event_type, doer):
    stances = _stances(nlp, text, event_type)
    assert stances and all(e.target_acts_for == doer for e in stances)


def test_by_agent_hung_on_the_stance_verb_is_the_act_nouns(nlp):
    # the parser hangs "by X" on "welcome"; an active stance verb takes no agent, so it is the
    # publication's, and no place in the report ("on Sudan") is the target
    text = ("Canada and Norway welcome the publication by the UN Integrated Transition Assistance Mission "
            "in Sudan of its summary report on consultations with Sudanese stakeholders.")
    stances = _stances(nlp, text, "SUPPORT")
    assert stances and all("Mission" in (e.target_text or "") for e in stances)


def test_without_a_named_doer_the_agentive_of_phrase_stays_the_target(nlp):
    stances = _stances(nlp, "The minister praised the work of the Kenyan police in Haiti.", "SUPPORT")
    assert [e.target_acts_for for e in stances] == ["KEN"]


def test_agreement_between_two_parties_targets_both(nlp):
    stances = _stances(nlp, "We welcome the agreement between Armenia and Azerbaijan.", "SUPPORT")
    assert sorted(e.target_acts_for for e in stances) == ["ARM", "AZE"]


def test_release_of_a_report_names_no_captive_holder(nlp):
    stances = _stances(nlp, "We welcome the release of the report, which was held in Geneva.", "SUPPORT")
    assert all(e.target_key is None for e in stances)


def test_each_co_signer_of_a_joint_statement_keeps_its_event(nlp):
    signers = ["Canada", "France", "Germany", "Italy", "Kuwait", "the Netherlands", "Norway", "Saudi Arabia",
               "Spain", "Sweden", "the United Kingdom", "the United States of America"]
    text = (", ".join(signers) + ", and the European Union, as members of the Friends of Sudan, welcome the "
            "publication by the UN Integrated Transition Assistance Mission in Sudan of its summary report.")
    stances = _stances(nlp, text, "SUPPORT")
    assert len({e.source_text for e in stances}) == 13


def test_participle_after_the_of_phrase_is_not_the_act_nouns(nlp):
    text = ("We support the work of the Prosecutor of the International Criminal Court and the Independent "
            "International Commission of Inquiry on Ukraine established by the Human Rights Council.")
    stances = _stances(nlp, text, "SUPPORT")
    assert stances and not any("Human Rights Council" in (e.target_text or "") for e in stances)
