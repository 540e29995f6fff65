"""Events 0.8.156: a proposal put forward is an offer (PLOVER AGREE), not a demand; a concern
felt for an endangered party that names no doer is no disapproval (check not-solicitude).
Invented sentences; each positive case fails without the change, each contrast must not change."""

from __future__ import annotations

from newsgraph.nlp.events import find_events


def _types(nlp, text: str, word: str) -> set[str]:
    """The types of the events whose trigger holds ``word``."""
    return {e.type for e in find_events(nlp(text)) if word in e.trigger.lower().split()}


# ---------------------------------------------------------------- proposals offered

def test_a_proposal_or_plan_put_forward_is_an_offer_not_a_demand(base_nlp):
    cases = [
        ("The African Union has put forward a new proposal to end the fighting.", "proposal"),
        ("The mediators submitted a compromise proposal after weeks of talks.", "proposal"),
        ("Norway presented a peace plan to both delegations on Tuesday.", "plan"),
        ("Beijing proposed a plan for talks between the parties.", "plan"),
    ]
    for text, word in cases:
        assert _types(base_nlp, text, word) == {"AGREE"}, text


def test_an_act_asked_of_others_or_a_plan_called_for_stays_a_demand(base_nlp):
    assert _types(base_nlp, "France proposed meetings of the security council.", "meetings") == {"DEMAND"}
    assert "DEMAND" in {e.type for e in find_events(base_nlp("The opposition called for a peace plan."))}
    assert not {e.type for e in find_events(base_nlp("The opposition called for a peace plan."))} & {"AGREE"}


# ---------------------------------------------------------------- concern for the endangered

def test_concern_for_an_endangered_party_with_no_doer_is_no_disapproval(base_nlp):
    for text in (
        "We reiterate our concern about the risk to these displaced families.",
        "The ministers expressed concern for the safety of civilians in the region.",
        "We voiced our concern about the plight of the displaced population, including the risk of exploitation.",
    ):
        assert "DISAPPROVE" not in {e.type for e in find_events(base_nlp(text))}, text


def test_concern_about_a_doer_or_a_deed_stays_disapproval(base_nlp):
    cases = [
        ("We express concern about Russia's actions in the region.", "Russia"),
        ("The envoy expressed concern for civilians under Russian shelling.", None),
        ("The court expressed deep concern about the vulnerability of the civilian population and the "
         "civilian deaths that have resulted from the Kremlin's actions.", "Kremlin"),
    ]
    for text, target in cases:
        events = [e for e in find_events(base_nlp(text)) if e.type == "DISAPPROVE"]
        assert events, text
        if target is not None:
            assert {e.target_text for e in events} == {target}, text
