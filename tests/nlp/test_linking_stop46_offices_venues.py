"""Stop 46 (issue 6), linker acts_for faults (task s46-linkfix). Invented sentences.

- "States Attorneys General", "states' governors": the plural or genitive noun adjunct "states"
  before an office only a federated state has is the same "state" as in "state Attorneys
  General" (English noun adjuncts; context_agents.yaml state_only_heads), so the phrase is a
  sub-national government and acts for the state its context gives (Phoenix GOVERNOR,
  PROVINCIAL_OFFICIALS [~GOV]).
- A visit to a third state's capital or to the third state itself, keyed as that country, for a
  named two-state dialogue or talks ("travel to Vienna, Austria for the U.S.-Iran dialogue") is a
  meeting at a venue with the pair's other party, as a visit to a place keyed as a place already
  was (PLOVER CONSULT visit: the visitor goes to whom they visit, who hosts). A lower-case
  undertaking head after the pair ("the U.S.-Venezuela talks") names the pair's undertaking as a
  capitalised name does."""

from __future__ import annotations

from newsgraph.nlp.context_states import subnational_agent
from tests.nlp.linked_events import linked, show

WHITE_HOUSE = "The White House Briefing Room"


def test_plural_and_genitive_state_adjuncts_are_subnational():
    for text in ("States Attorneys General", "the States governors", "states' legislators"):
        assert subnational_agent(text), text
    # "state"/"states" before a head a nation also has stays no sub-national phrase
    for text in ("state officials", "States leaders", "member states governments"):
        assert not subnational_agent(text), text


def test_states_attorneys_general_in_a_white_house_readout_are_american(nlp):
    events = linked(nlp, "The Director thanked the States Attorneys General for their work on opioid "
                         "treatment.", outlet=WHITE_HOUSE)
    met = [e for e in events if e.target_text and "Attorneys General" in e.target_text]
    assert met and all(e.target_acts_for == "USA" for e in met), show(events)
    events = linked(nlp, "The Director met with States governors to discuss opioid treatment.", outlet=WHITE_HOUSE)
    met = [e for e in events if e.type == "CONSULT"]
    assert met and all(e.target_acts_for == "USA" for e in met), show(events)


def test_state_officials_stay_unplaced(nlp):
    # contrast: "state officials" may be a nation's own officials: unchanged (no state)
    events = linked(nlp, "The Director met with state officials to discuss opioid treatment.", outlet=WHITE_HOUSE)
    met = [e for e in events if e.type == "CONSULT"]
    assert met and all(e.target_acts_for is None for e in met), show(events)


def _trips(nlp, text):
    return [e for e in linked(nlp, text) if e.trigger and e.trigger.split()[0] in ("travel", "traveled")]


def test_a_third_states_capital_hosts_a_pairs_dialogue(nlp):
    cases = [
        ("Deputy Secretary of State Jane Roe will travel to Vienna, Austria for the U.S.-Iran dialogue on "
         "nuclear issues.", "AGREE", "consult:meet", "IRN"),
        ("Deputy Secretary of State Jane Roe will travel to Oslo, Norway to take part in the U.S.-Venezuela "
         "talks.", "AGREE", "consult:meet", "VEN"),
        ("Deputy Secretary of State Jane Roe traveled to Austria for the U.S.-Iran Strategic Dialogue.",
         "CONSULT", "meet", "IRN"),
    ]
    for text, kind, mode, state in cases:
        events = _trips(nlp, text)
        assert events and {(e.type, e.mode, e.target_acts_for) for e in events} == {(kind, mode, state)}, show(events)


def test_a_pair_members_own_capital_stays_the_visit(nlp):
    # contrast: the host is a member of the pair: a visit to it, unchanged
    for text, state in (
        ("Deputy Secretary of State Jane Roe will travel to Caracas, Venezuela to take part in the "
         "U.S.-Venezuela talks.", "VEN"),
        ("Deputy Secretary of State Jane Roe will travel to Moscow, Russia for the U.S.-Russia Strategic "
         "Dialogue.", "RUS"),
    ):
        events = _trips(nlp, text)
        assert events and {(e.mode, e.target_acts_for) for e in events} == {("consult:visit", state)}, show(events)


def test_a_relationship_is_no_undertaking(nlp):
    from newsgraph.nlp.actor_heads import pair_undertakings
    doc = nlp("The Secretary discussed the U.S.-China relationship and the U.S.-Iran talks.")
    found = pair_undertakings(doc, 0, len(doc.text))
    assert [(a, b) for a, b, _, _ in found] == [("USA", "IRN")], found
