"""Force with no agent in its sentence, in an article on one state's war against another: the war
the article tells supplies the missing agent (context_states.place_war_attackers). The war is one
state's where every war noun with a country possessor names it ("Russia's war against Ukraine"),
and placed where its "against / in / on" phrase says; force on that place's people, or on people of
no state, in a sentence that names no third state, is the waging state's. An article whose war has
no possessor, or a sentence placing the force in another state, keeps the act agentless. Own
sentences."""

from __future__ import annotations

from tests.nlp.linked_events import linked, show

ONE_SIDED = "The ministers discussed Russia's war against Ukraine. "


def _force(events):
    return [e for e in events if e.type == "ASSAULT"]


def test_agentless_shooting_of_civilians_in_the_war_is_the_waging_state(nlp):
    events = _force(linked(nlp, ONE_SIDED + "Unarmed civilians were shot in the back in Bucha, officials said."))
    assert events and all((e.source_key, e.source_acts_for) == ("country:RUS", "RUS") for e in events), show(events)


def test_attacks_with_no_doer_killing_civilians_are_the_waging_state(nlp):
    text = (ONE_SIDED + "We condemn in the strongest terms the ongoing attacks killing and wounding civilians and "
            "non-combatants, the systematic targeting of critical infrastructure and the harm to hospitals in Ukraine.")
    events = _force(linked(nlp, text))
    assert events and all(e.source_acts_for == "RUS" for e in events), show(events)


def test_a_war_with_no_waging_state_gives_no_agent(nlp):
    # contrast: "the war in Ukraine" names where it is fought, not who wages it
    events = _force(linked(nlp, "The ministers discussed the war in Ukraine. Unarmed civilians were shot in the "
                                "back in Bucha, officials said."))
    assert events and all(e.source_key is None and e.source_acts_for is None for e in events), show(events)


def test_force_placed_in_a_third_state_gives_no_agent(nlp):
    # contrast: the shooting is placed in Syria, outside the war the article tells
    events = _force(linked(nlp, ONE_SIDED + "In Syria, unarmed civilians were shot in the back, officials said."))
    assert events and all(e.source_key is None and e.source_acts_for is None for e in events), show(events)


def test_the_waging_state_is_the_possessor_of_every_war_noun(nlp):
    from newsgraph.nlp.context_states import war_waging_state

    assert war_waging_state(nlp("Russia's war against Ukraine goes on. Russia's invasion has failed."))[0] == "RUS"
    # two states each said to wage a war: no one waging state
    assert war_waging_state(nlp("Russia's war against Ukraine goes on. Azerbaijan's war against Armenia "
                                "ended.")) is None
