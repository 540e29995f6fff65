"""People who serve a body, named by it in an "of" complement (task soldiers40): "Soldiers of the
Burmese junta" act for the junta's state in the soldiers' own sector (events 0.7.970
_body_member_agent keeps the complement in the span; linking 0.3.680
resolve.actors._security_head_of_government keeps the force noun's sector over a government
body's), and a bare noun opening its sentence ("Soldiers burned ...") is no capitalised office
the publisher's state holds (linking._capital_of_position). Invented sentences, in a State
Department release (tests.nlp.linked_events.linked)."""

from __future__ import annotations

from newsgraph.resolve.actors import agent_sector
from tests.nlp.linked_events import linked, show


def _source(nlp, text, trigger):
    events = [e for e in linked(nlp, text) if e.trigger.startswith(trigger)]
    assert len(events) == 1, show(linked(nlp, text))
    return events[0]


def test_soldiers_of_a_states_junta_act_for_that_state(nlp):
    event = _source(nlp, "Soldiers of the Burmese junta burned villages in Sagaing.", "burned")
    assert (event.source_text, event.source_acts_for, event.source_sector) == \
        ("Soldiers of the Burmese junta", "MMR", "MIL"), show([event])


def test_troops_of_a_regime_keep_their_military_sector(nlp):
    event = _source(nlp, "Troops of the Syrian regime shelled the town of Idlib.", "shelled")
    assert (event.source_text, event.source_acts_for, event.source_sector) == \
        ("Troops of the Syrian regime", "SYR", "MIL"), show([event])


def test_police_of_a_regime_keep_their_police_sector(nlp):
    event = _source(nlp, "Police of the Cuban regime arrested dozens of protesters in Havana.", "arrested")
    assert (event.source_acts_for, event.source_sector) == ("CUB", "POL"), show([event])


def test_critics_of_a_junta_are_not_its_members(nlp):
    # contrast: a critic's "of" object is the other party of the relation, not the critic's body
    event = _source(nlp, "Critics of the Burmese junta protested in Yangon.", "protested")
    assert event.source_text == "Critics" and event.source_acts_for != "MMR", \
        show([event])


def test_a_sentence_opening_plural_is_not_the_publishers_office(nlp):
    # the capital of "Soldiers" is the sentence's: no office of the publishing state
    event = _source(nlp, "Soldiers burned villages in Sagaing.", "burned")
    assert event.source_acts_for != "USA", show([event])


def test_a_capitalised_office_with_its_article_is_still_the_publishers(nlp):
    # contrast: "the Administration" in a U.S. release is the publisher's own
    event = _source(nlp, "The Administration condemned the attack.", "condemned")
    assert event.source_acts_for == "USA", show([event])


def test_a_rebel_body_keeps_its_sector_over_the_noun_before_it():
    # Phoenix REBEL_SOLDIER ~REB: only a government body yields to the force noun
    assert agent_sector("fighters of the rebel group").sector == "REB"
    assert agent_sector("Troops of the regime").sector == "MIL"
    assert agent_sector("Officers of the junta").sector == "GOV"
    # "forces" has no code alone; Phoenix GOVERNMENT_FORCES, JUNTA_FORCES give it ~MIL under a government
    assert agent_sector("Forces of the regime").sector == "MIL"
