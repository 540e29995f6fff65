"""Targets named through words that add no participant of their own (task targets3, s15): a
participle restating the direction ("sanctions targeting X"), a partitive head ("elements of X"), a
complex preposition ("in support of X's plan"), a long list of nouns sharing one "of" phrase, a
concern's that-clause subject, the kin a relative's "of" phrase goes on to name, and the owner of
what a hostile act's purpose harms. Fixture sentences are from the demo corpus (examples/) or the
task's judged samples unless marked as a contrast."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import explain as _explain, linked as _events


@pytest.mark.parametrize("text, trigger, event_type, target", [
    # a directing participle and a partitive head are no links of their own (judged sample, Cuba)
    ("The United States is imposing new sanctions targeting elements of the Cuban regime responsible for "
     "this crackdown.", "sanctions", "SANCTION", "Cuban regime"),
    # a concern's that-clause subject is whom the concern is about (statedept readout)
    ("Secretary Blinken reiterated our ongoing concerns that Russia has the capacity to launch an invasion "
     "of Ukraine at any moment and emphasized the need to see verifiable, credible, meaningful "
     "de-escalation.", "concerns", "DISAPPROVE", "Russia"),
    # the possessor of what is supported "in support of" (statedept readout); a commitment to a
    # partnership is AGREE (codebook: "commitment to cooperate"; task supportaid)
    ("He also relayed the Biden Administration’s commitment to revitalize our strategic partnership in "
     "support of President Volodymyr Zelenskyy’s plan to tackle corruption and implement a reform agenda "
     "that delivers justice, security, and prosperity to the people of Ukraine.", "commitment", "AGREE",
     "Volodymyr Zelenskyy"),
    # one "of" phrase after a list of three nouns (contrast sentence after a statedept one whose
    # subject is a thing, "New Zealand's announcement underscores ...": commentary, no event since
    # events 0.7.640)
    ("The Prime Minister underscored her government’s commitment to the freedom, territorial integrity, "
     "and sovereignty of Ukraine.", "commitment", "SUPPORT", "Ukraine"),
    # the state whose things a hostile act's purpose harms (judged sample, cyber attacks)
    ("Russia launched cyber attacks in late February against commercial satellite networks to disrupt "
     "Ukrainian command and control during the invasion.", "attacks", "COERCE", "Ukrainian"),
    # the same purpose after "in order to", which the parser hangs on the noun "order" (events
    # 0.7.341; contrast sentences)
    ("The Treasury implemented sweeping sanctions against key revenue sectors in order to further "
     "degrade Russia's economy.", "sanctions", "SANCTION", "Russia"),
    ("The United States imposed export controls on chip makers in order to disrupt Iran's drone program.",
     "controls", "SANCTION", "Iran"),
])
def test_the_target_through_a_linkless_word_is_found(nlp, text, trigger, event_type, target):
    events = [e for e in _events(nlp, text) if trigger in e.trigger and e.type == event_type]
    assert events and any(e.target_text == target for e in events), _explain(events)


def test_the_kin_named_after_a_relative_are_the_targets(nlp):
    # statedept sanctions: the adult children are sanctioned, not their father
    text = ("In addition, we are imposing sanctions on the adult children of President Vladimir Putin, "
            "Katerina Tikhonova and Maria Vorontsova, as well as Maria Lavrova, the wife of Russia’s Foreign "
            "Minister Sergei Lavrov, and Ekaterina Lavrova, his adult child.")
    targets = {e.target_text for e in _events(nlp, text) if e.type == "SANCTION"}
    assert {"Katerina Tikhonova", "Maria Vorontsova"} <= targets, targets
    assert not any("Putin" in (t or "") for t in targets), targets


@pytest.mark.parametrize("text, trigger", [
    # contrast: a purpose that protects names a beneficiary, not whom the sanctions hit
    ("The United States is imposing sanctions to protect Ukrainian sovereignty.", "sanctions"),
    ("The United States is imposing sanctions in order to protect Ukrainian sovereignty.", "sanctions"),
])
def test_a_protective_purpose_names_no_target(nlp, text, trigger):
    events = [e for e in _events(nlp, text) if trigger in e.trigger]
    assert all(e.target_text is None for e in events), _explain(events)


def test_a_thing_derided_keeps_its_first_person_owner(nlp):
    # contrast: the possessor of a derided thing (no CAMEO verb + noun pattern) is still the target
    events = [e for e in _events(nlp, "Russia has derided our warnings.") if e.type == "REJECT"]
    assert events and all(e.target_text != "Russia" for e in events), _explain(events)


def test_a_relative_pronoun_object_stands_for_its_antecedent(nlp):
    # contrast sentence (English relative clause): "whom" is the object gap, the journalists
    events = [e for e in _events(nlp, "The journalists whom the regime detained last year remain in prison.")
              if e.type == "COERCE"]
    assert events and all(e.target_text == "journalists" for e in events), _explain(events)


@pytest.mark.parametrize("text, trigger, target", [
    # statedept (Honduras): a proposal made during a meeting with X is put to X
    ("Vice President Kamala Harris proposed this Strategic Dialogue during her meeting with President Xiomara "
     "Castro on January 27, following the President’s inauguration.", "proposed", "Xiomara Castro"),
    # contrast sentence: support reaffirmed in a call with X is for X
    ("In a call with President Zelenskyy, President Biden reaffirmed U.S. support.", "reaffirmed", "Zelenskyy"),
])
def test_a_verbal_act_in_talks_with_x_is_addressed_to_x(nlp, text, trigger, target):
    events = [e for e in _events(nlp, text) if trigger in e.trigger]
    assert events and all(e.target_text == target for e in events), _explain(events)


def test_the_one_held_to_account_after_the_adjective(nlp):
    # statedept (Nicaragua): "hold accountable X" is "hold X accountable" (heavy-NP shift)
    text = ("Until then, the United States will use all diplomatic and economic tools at our disposal to support "
            "the people of Nicaragua and hold accountable the Ortega-Murillo government and those that enable "
            "its repressive acts.")
    # (a vow to come: THREATEN since events 0.7.470)
    events = [e for e in _events(nlp, text) if e.type in ("DISAPPROVE", "THREATEN") and "accountable" in e.trigger]
    assert events and all(e.target_text == "Ortega-Murillo government" for e in events), _explain(events)


def test_the_one_held_to_account_under_an_aspect_verb(nlp):
    # events 0.7.207 (whitehouse, Iran protests): "continue to hold accountable X" wraps the rule in
    # the aspect verb's; the shifted object is still the one held to account
    text = ("The United States will continue to hold accountable the Iranian officials and entities "
            "responsible for the violence against protestors.")
    events = [e for e in _events(nlp, text) if e.type == "DISAPPROVE"]
    assert events and all("Iranian officials" in (e.target_text or "") for e in events), _explain(events)
    # near miss: culprits named by their deed under the aspect verb stay without target
    events = [e for e in _events(nlp, "The United States will continue to hold accountable those responsible "
                                      "for atrocities committed in Ukraine.") if e.type == "DISAPPROVE"]
    assert all(e.target_text is None for e in events), _explain(events)


def test_culprits_named_by_their_deed_are_no_target(nlp):
    # contrast: the victims of the deed are not the ones held to account
    events = [e for e in _events(nlp, "We will hold accountable those responsible for war crimes against Ukrainians.")
              if e.type in ("DISAPPROVE", "THREATEN")]
    assert all(e.target_text != "Ukrainians" for e in events), _explain(events)
