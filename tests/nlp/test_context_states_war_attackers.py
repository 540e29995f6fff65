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


def test_the_waging_state_is_the_possessor_of_every_war_noun_or_the_invader(nlp):
    from newsgraph.nlp.context_states import one_sided_war

    war = one_sided_war(nlp("Russia's war against Ukraine goes on. Russia's invasion has failed."))
    assert war is not None and (war[0], war[3]) == ("RUS", "UKR")
    war = one_sided_war(nlp("The allies will respond if Russia further invades Ukraine."))
    assert war is not None and (war[0], war[3]) == ("RUS", "UKR")
    # two states each said to wage a war: no one-sided war
    assert one_sided_war(nlp("Russia's war against Ukraine goes on. Azerbaijan's war against Armenia ended.")) is None
    # a war placed but waged by no one named
    assert one_sided_war(nlp("The war in Ukraine goes on.")) is None


def _mobilized(events):
    return [e for e in events if e.type == "MOBILIZE"]


def test_a_targetless_build_up_of_the_waging_state_is_aimed_at_the_invaded_state(nlp):
    text = ("President Biden said the United States will respond decisively if Russia further invades Ukraine. He is "
            "exploring support to help Ukraine's economy amidst pressure resulting from Russia's military build-up.")
    events = _mobilized(linked(nlp, text))
    assert events and all(e.target_acts_for == "UKR" for e in events), show(events)


def test_a_build_up_with_no_war_in_the_article_keeps_no_target(nlp):
    # contrast: no war nor invasion is told, so whom the build-up is aimed at is not given
    text = ("President Biden spoke with the Finnish president. He is exploring support to help the economy amidst "
            "pressure resulting from Russia's military build-up.")
    events = _mobilized(linked(nlp, text))
    assert events and all(e.target_acts_for is None for e in events), show(events)


def test_a_mobilisation_whose_sentence_names_a_third_state_keeps_no_target(nlp):
    # contrast: the troops are massed on the border with Finland, not the war's victim
    events = _mobilized(linked(nlp, ONE_SIDED + "Russia has mobilized troops along its border with Finland."))
    assert events and all(e.target_acts_for != "UKR" for e in events), show(events)


def _sanctions(events):
    return [e for e in events if e.type == "SANCTION"]


def test_a_targetless_measure_by_another_state_in_a_one_sided_war_is_aimed_at_the_waging_state(nlp):
    text = ("Russia's war against Ukraine has entered its second week. Today, Chancellor Scholz announced that the "
            "German Government is suspending the pipeline indefinitely.")
    events = _sanctions(linked(nlp, text))
    assert events and all(e.target_acts_for == "RUS" for e in events), show(events)


def test_a_targetless_measure_with_no_war_told_keeps_no_target(nlp):
    # contrast: "the war in Ukraine" names no one waging it, so the measure's target is not given
    text = ("The ministers discussed the war in Ukraine. Today, Chancellor Scholz announced that the German "
            "Government is suspending the pipeline indefinitely.")
    events = _sanctions(linked(nlp, text))
    assert events and all(e.target_acts_for is None for e in events), show(events)


def test_a_targetless_measure_whose_sentence_names_a_third_state_keeps_no_target(nlp):
    # contrast: Japan is named beside the measure, so it may be aimed elsewhere
    text = ("Russia's war against Ukraine has entered its second week. Today, Chancellor Scholz announced that the "
            "German Government is suspending the pipeline indefinitely, as Japan did last year.")
    events = _sanctions(linked(nlp, text))
    assert events and all(e.target_acts_for is None for e in events), show(events)


def _acts_on_people(events):
    return [e for e in events if e.type in ("COERCE", "ASSAULT") and e.target_text]


def test_people_of_no_state_held_by_the_waging_state_are_the_invaded_states(nlp):
    # "those" with no nationality, held by the state that alone wages the war: the war's victims
    events = _acts_on_people(linked(nlp, ONE_SIDED + "Russian authorities must release those detained."))
    assert events and all((e.target_acts_for, e.target_sector) == ("UKR", "CVL") for e in events), show(events)


def test_families_and_civilians_acted_on_by_the_waging_state_are_the_invaded_states(nlp):
    events = _acts_on_people(linked(nlp, ONE_SIDED + "Russian soldiers are separating families."))
    assert events and all((e.target_acts_for, e.target_sector) == ("UKR", "CVL") for e in events), show(events)
    events = _acts_on_people(linked(nlp, ONE_SIDED + "Russian forces detained civilians."))
    assert events and all((e.target_acts_for, e.target_sector) == ("UKR", "CVL") for e in events), show(events)


def test_people_held_with_no_war_told_keep_no_state(nlp):
    # contrast: no one-sided war in the article, so whose people they are is not given
    events = _acts_on_people(linked(nlp, "The ministers discussed trade. Russian authorities must release those detained."))
    assert events and all(e.target_acts_for is None for e in events), show(events)


def test_people_held_in_a_sentence_naming_a_third_state_keep_no_state(nlp):
    # contrast: the detention is placed in Georgia, outside the war the article tells
    events = _acts_on_people(linked(nlp, ONE_SIDED + "In Georgia, Russian authorities must release those detained."))
    assert events and all(e.target_acts_for is None for e in events), show(events)


def test_people_with_their_own_nationality_keep_it(nlp):
    # contrast: "Georgian civilians" are Georgia's people, whoever wages the war
    events = _acts_on_people(linked(nlp, ONE_SIDED + "Russian forces detained Georgian civilians."))
    assert events and all(e.target_acts_for == "GEO" for e in events), show(events)



STRIKES = ("We condemn in the strongest terms the continuing strikes killing and injuring {victims}, the deliberate "
           "targeting of power plants and the damage to schools in the Donbas.")


def test_civilians_of_attacks_the_war_supplies_a_doer_for_are_the_invaded_states(nlp):
    # linker 0.3.859: the pass that gives the agentless attack its waging state also places the
    # people of no state it falls on (war_victim_people), as for an act the waging state is named
    # as doing ("the Donbas" is a region the gazetteer places in no state)
    events = _force(linked(nlp, ONE_SIDED + STRIKES.format(victims="civilians and aid workers")))
    civilians = [e for e in events if e.target_text == "civilians"]
    assert civilians and all((e.source_acts_for, e.target_acts_for, e.target_sector) == ("RUS", "UKR", "CVL")
                             for e in civilians), show(events)
    # contrast: a group of a sector of its own is not the people at large
    workers = [e for e in events if e.target_text == "aid workers"]
    assert workers and all(e.target_acts_for is None for e in workers), show(events)


def test_a_place_taken_back_with_no_agent_is_never_the_waging_states_force(nlp):
    # "liberated" / "retaken" with no agent: the side the war is waged on takes the place back
    # from the waging state, so the war supplies no agent (linking 0.3.866), and nothing else
    # does (events 0.8.199)
    for sentence in ("The President announced that Kuwait had been liberated.",
                     "The President announced that Kuwait had been retaken."):
        events = [e for e in _force(linked(nlp, "Iraq invaded Kuwait in 1990. " + sentence))
                  if e.trigger.split()[0] in ("liberated", "retaken")]
        # since events 0.8.199 the doerless taking back is no event at all (the place set free is
        # not the party attacked): so in particular never the waging state's force
        assert events == [], show(events)
    # contrast: agentless force on the victim's people stays the waging state's (as above)
    events = _force(linked(nlp, ONE_SIDED + "Unarmed civilians were shot in the back in Bucha, officials said."))
    assert events and all(e.source_acts_for == "RUS" for e in events), show(events)
