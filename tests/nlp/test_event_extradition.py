"""Handing a person over between authorities (events 0.7.470): extradition is PLOVER COOPERATE
"cooperation on judicial matters, such as extraditions" (CAMEO 063), between the state that hands
the person over and the one that receives them. The person moved is what is transferred, as goods
are in AID, never the target. Sentences are constructed."""

from __future__ import annotations

from tests.nlp.linked_events import coded, show


def _handovers(nlp, text):
    return [(e.type, e.source_text, e.target_text) for e in coded(nlp, text) if e.type == "COOPERATE"]


def test_the_receiving_state_is_the_target_of_an_extradition(base_nlp):
    events = _handovers(base_nlp, "Yesterday the Peruvian Government extradited the smuggling boss to Spain.")
    assert events == [("COOPERATE", "Peruvian Government", "Spain")], events
    events = _handovers(base_nlp, "Brazil extradited him to Portugal in March.")
    assert events == [("COOPERATE", "Brazil", "Portugal")], events


def test_a_named_person_handed_over_is_no_target(base_nlp):
    events = _handovers(base_nlp, "Ecuador handed over Carlos Mendez to Colombian authorities.")
    assert events and all(e[2] != "Carlos Mendez" for e in events), events
    assert ("COOPERATE", "Ecuador", "Colombian authorities") in events, events


def test_a_passive_handover_names_both_authorities(base_nlp):
    events = _handovers(base_nlp, "The warlord was handed over by Kenya to Tanzanian authorities.")
    assert events == [("COOPERATE", "Kenya", "Tanzanian authorities")], events
    events = _handovers(base_nlp, "The fugitive banker was extradited from Argentina to Italy last week.")
    assert events == [("COOPERATE", "Argentina", "Italy")], events


def test_a_deportation_keeps_the_deported_as_target(base_nlp):
    # contrast: deporting people is coercion done to them (CAMEO 174, PLOVER COERCE)
    events = coded(base_nlp, "Hungarian police deported dozens of migrants to Serbia.")
    assert [e.target_text for e in events if e.type == "COERCE"] == ["migrants"], show(events)


def test_a_person_extradited_to_no_named_receiver_is_no_target(base_nlp):
    # (events 0.7.910) the person is what is transferred even where the receiver is left unsaid:
    # the act stands with no target
    events = _handovers(base_nlp, "Chile extradited the fugitive last year.")
    assert events == [("COOPERATE", "Chile", None)], events
    events = _handovers(base_nlp, "We welcome the Government's decision to extradite the gang leader.")
    assert all(e[2] != "gang leader" and e[2] != "leader" for e in events), events
