"""The target is the party acted on, not the holder, victim, venue or instrument named beside it
(task `tgtrole`): each kind with the demo-corpus sentence it was seen in, and a near miss it
must leave alone."""

from __future__ import annotations

from newsgraph.nlp.events import find_events

from tests.nlp.linked_events import linked, one, show


# ---------------------------------------------------------------- a feeling's holder vs its topic

def test_the_holders_of_a_concern_are_not_its_target(base_nlp):
    # "the concerns of X about Y": X feels them (subjective genitive), Y is what they are about
    text = ("President Biden voiced the deep concerns of the United States and our European Allies about "
            "Russia’s aggressive actions towards Ukraine and made clear that the U.S. and our Allies would "
            "respond with strong economic and other measures in the event of a further military intervention.")
    events = one(find_events(base_nlp(text)), "voiced")
    assert [(e.type, e.target_text) for e in events] == [("DISAPPROVE", "Russia")], show(events)


def test_a_condemnation_of_a_party_still_targets_it(base_nlp):
    # near miss: "condemnation" is a verbal act, its "of" phrase is whom it is aimed at
    text = ("The Secretary reiterated the United States’ condemnation of the atrocities committed by Russia’s "
            "armed forces.")
    events = one(find_events(base_nlp(text)), "reiterated")
    assert [e.target_text for e in events] == ["Russia’s armed forces"], show(events)


# ---------------------------------------------------------------- the causer of a harm, not its victim

def test_a_concern_about_harm_resulting_from_an_act_targets_its_doer(nlp):
    text = ("And the Court expressed deep concern about the extreme vulnerability of the civilian population "
            "of Ukraine, the numerous civilian deaths and injuries that have resulted from the Kremlin’s "
            "actions, and the significant material damage, including the destruction of buildings and "
            "infrastructure.")
    events = [e for e in linked(nlp, text) if e.type == "DISAPPROVE"]
    assert [(e.target_text, e.target_acts_for) for e in events] == [("Kremlin", "RUS")], show(events)


def test_a_concern_about_a_crisis_caused_by_an_act_targets_its_doer(base_nlp):
    text = "The Assistant Secretary expressed concern about the crisis caused by Russia’s further invasion of Ukraine."
    events = [e for e in find_events(base_nlp(text)) if e.type == "DISAPPROVE"]
    assert [e.target_text for e in events] == ["Russia"], show(events)


# ---------------------------------------------------------------- instrument

def test_a_force_acts_instrument_is_never_its_target(base_nlp):
    text = ("Regime security forces have detained more than 13,000 people, imprisoned former State Counsellor "
            "Aung San Suu Kyi and other former government leaders, and dispersed peaceful demonstrations with "
            "lethal force.")
    events = find_events(base_nlp(text))
    assert not [e for e in events if e.target_text and "force" in e.target_text], show(events)


# ---------------------------------------------------------------- venue of a visit

def test_a_visit_to_a_venue_for_a_bilateral_dialogue_targets_the_other_party(nlp):
    text = ("Deputy Secretary of State Wendy R. Sherman will travel to Geneva, Switzerland, January 9-10 for "
            "the U.S.-Russia bilateral Strategic Stability Dialogue.")
    events = [e for e in linked(nlp, text) if e.trigger == "travel"]
    assert [e.target_key for e in events] == ["country:RUS"], show(events)


def test_a_visit_to_a_venue_with_no_pair_keeps_the_place(nlp):
    text = "Deputy Secretary of State Wendy R. Sherman will travel to Geneva, Switzerland, January 9-10."
    events = [e for e in linked(nlp, text) if e.trigger == "travel"]
    assert all(e.target_key != "country:RUS" for e in events), show(events)


def test_a_complex_preposition_with_respect_to_is_no_instrument(base_nlp):
    # near miss: "with respect to X" names whom the measure is about, not an instrument (a national
    # emergency "with respect to Iran" is no event at all since types9: the ground of sanctions)
    text = "The authorities imposed a ban with respect to the opposition party."
    events = one(find_events(base_nlp(text)), "imposed")
    assert [e.target_text for e in events] == ["opposition party"], show(events)


# ---------------------------------------------------------------- own people kept from a foreign state

def test_own_people_kept_from_traveling_to_a_state_make_that_state_the_target(nlp):
    text = ("Like last spring, when Beijing cut off Chinese students and tourists from traveling to Australia and "
            "imposed an 80 percent tariff on Australian barley exports, because Australia’s Government called "
            "for an independent inquiry into the origins of COVID-19.")
    events = [e for e in linked(nlp, text) if e.type == "SANCTION"]
    assert {(e.trigger, e.target_acts_for) for e in events} == {("cut off", "AUS"), ("imposed tariff", "AUS")}, \
        show(events)


def test_foreign_people_kept_from_a_place_stay_the_target(nlp):
    # near miss: the people kept out are not the source's own, so they are whom the ban is aimed at
    text = "The United States banned Russian airlines from flying into American airspace."
    events = [e for e in linked(nlp, text) if e.type in ("SANCTION", "COERCE")]
    assert events and all(e.target_acts_for == "RUS" for e in events), show(events)


def test_a_citation_after_an_apposition_is_no_part_of_the_target(base_nlp):
    # events 0.7.203: "of Executive Order" hung on the name past the apposition and the
    # "pursuant to" phrase belongs to the legal citation, not to the designated person's name
    from tests.nlp.linked_events import coded, show

    events = coded(base_nlp, "The Department of State is designating Halyna Danylchenko, the illegitimate "
                   "Russia-installed “mayor” of Melitopol, pursuant to Section 1(a)(ii)(F) of Executive "
                   "Order (E.O.) 14024, for being responsible for activities that undermine the peace of Ukraine.")
    assert [(e.type, e.target_text) for e in events] == [("SANCTION", "Halyna Danylchenko")], show(events)



def test_a_venue_after_an_apposition_is_no_part_of_the_partner(base_nlp):
    # events 0.7.203: "in Washington" set off by the comma places the meeting, not the person
    from tests.nlp.linked_events import coded, show

    events = coded(base_nlp, "Secretary of State Antony J. Blinken met today with Ukraine’s First Lady, "
                   "Olena Zelenska, in Washington, D.C.")
    assert [e.target_text for e in events if e.type == "CONSULT"] == ["Ukraine’s First Lady, Olena Zelenska"], show(events)


def test_a_bracketed_short_form_keeps_the_of_phrase_of_its_name(base_nlp):
    # contrast: with no comma between, the "of" phrase still specifies the name
    from tests.nlp.linked_events import coded, show

    events = coded(base_nlp, "Today, the Department of State is designating Tropas de Prevención (TDP) of the "
                   "Cuban Ministry of Revolutionary Armed Forces.")
    assert any(e.target_text and e.target_text.endswith("Revolutionary Armed Forces") for e in events), show(events)


# ---------------------------------------------------------------- a force act's opponent under a place phrase

def test_the_opponent_hung_on_a_place_phrase_is_the_force_acts_target(base_nlp):
    # events 0.7.207 (examples/statedept, Bolívar biography): "against X" the parser hangs on the
    # place noun "territory" is whom the fight is against
    events = one(find_events(base_nlp("Then he fought in the Venezuelan territory against Tomás Boves.")), "fought")
    assert [(e.type, e.target_text) for e in events] == [("ASSAULT", "Tomás Boves")], show(events)


def test_an_against_phrase_on_another_doers_act_is_no_opponent_of_the_verb(base_nlp):
    # review 34 finding 12: the opponent in "Russia's war against Ukraine" is Russia's, not the
    # Ukrainian soldiers'; an act noun with no doer of its own is the subject's act
    events = one(find_events(base_nlp("Ukrainian soldiers fought in Russia's war against Ukraine.")), "fought")
    assert [(e.type, e.target_text) for e in events] == [("ASSAULT", None)], show(events)
    events = one(find_events(base_nlp("Kurdish fighters fought in the campaign against the Islamic State.")), "fought")
    assert [(e.type, e.target_text) for e in events] == [("ASSAULT", "Islamic State")], show(events)


def test_a_place_phrase_without_an_opponent_gives_no_target(base_nlp):
    # near miss: an "against" phrase under the place that names no party ("against all odds")
    # (the place itself is where the force was used: "the Donbas region" names Donbas, whose state
    # POLECAT codes as the target when no party is named; "all odds" is never one)
    events = one(find_events(base_nlp("Russian forces attacked in the Donbas region against all odds.")), "attacked")
    assert [e.target_text for e in events] == ["Donbas"], show(events)
