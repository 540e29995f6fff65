"""Groups of people named by a people noun and a qualifier (linking 0.3.865, events 0.8.187):

- a people noun with a "from" / "of" phrase keeps the phrase and takes its body's state and sector:
  an agents phrase ending in its head names an actor ("international financial institutions":
  IGO, actor_sectors.yaml agent_phrases), a body's own people "from" a state are its agents as
  "of" it ("officials from Mexico" = "officials of Mexico"), a plural envoy noun keeps its head
  ("representatives of Costa Rica", not "Costa Rica");
- the people of a state by allegiance or residence are its civilians, not its government: a
  Phoenix agent word inside the state's own name gives no sector ("United Kingdom nationals":
  KINGDOM ~GOV is the name), and "nationals of <state>" take people_after_demonym's CVL.

Sentences are invented."""

from __future__ import annotations

from tests.nlp.linked_events import linked as _linked, show as _show


def _target(nlp, text, words):
    events = [e for e in _linked(nlp, text) if e.target_text == words]
    assert events, _show(_linked(nlp, text))
    return events


def test_people_from_an_agents_phrase_keep_the_phrase_and_its_sector(nlp):
    events = _target(nlp, "The finance minister met representatives from international financial institutions on Monday.",
                     "representatives from international financial institutions")
    assert all(e.target_sector == "IGO" and e.target_acts_for is None for e in events), _show(events)


def test_a_conjoined_subject_from_an_agents_phrase_keeps_the_phrase(nlp):
    text = "The mayor and the council, and representatives from international financial institutions, discussed the budget on Monday."
    words = "representatives from international financial institutions"
    events = _linked(nlp, text)
    found = [e for e in events if words in (e.source_text, e.target_text)]
    assert found and not any(e.source_text == "representatives" or e.target_text == "representatives" for e in events), _show(events)


def test_an_agents_phrase_alone_is_an_actor_but_its_modifier_alone_gives_no_head(nlp):
    events = _target(nlp, "The finance minister met international financial institutions on Monday.",
                     "international financial institutions")
    assert all(e.target_sector == "IGO" for e in events), _show(events)


def test_a_bodys_own_people_from_a_state_are_its_agents_as_of_it(nlp):
    for text, words, state in (("The minister met officials from Peru on Monday.", "officials from Peru", "PER"),
                               ("The minister met officials of Peru on Monday.", "officials of Peru", "PER"),
                               ("The minister met representatives from Ghana on Monday.", "representatives from Ghana", "GHA"),
                               ("The minister met representatives of Ghana on Monday.", "representatives of Ghana", "GHA")):
        events = _target(nlp, text, words)
        assert all(e.target_acts_for == state and e.target_sector == "GOV" for e in events), _show(events)


def test_contrasts_keep_their_own_sector_or_none(nlp):
    for text, words, state, sector in (
            ("The minister met officials from the ministry on Monday.", "officials from the ministry", None, "GOV"),
            ("The minister met representatives of the company on Monday.", "representatives of the company", None, "BUS"),
            ("The minister met representatives on Monday.", "representatives", None, None),
            ("The minister met experts from Peru on Monday.", "experts from Peru", "PER", None)):
        events = _target(nlp, text, words)
        assert all(e.target_acts_for == state and e.target_sector == sector for e in events), _show(events)


def test_a_singular_envoy_of_a_state_still_stands_for_the_state(nlp):
    events = [e for e in _linked(nlp, "The minister met the ambassador of Ghana on Monday.") if e.type == "CONSULT"]
    assert events and all(e.target_acts_for == "GHA" and e.target_sector == "GOV" for e in events), _show(events)


def test_a_states_name_holding_an_agent_word_gives_its_people_no_government(nlp):
    for text, words in (("Police detained United Kingdom nationals near the border on Friday.", "United Kingdom nationals"),
                        ("Police detained nationals of the United Kingdom near the border on Friday.",
                         "nationals of the United Kingdom")):
        events = _target(nlp, text, words)
        assert all(e.target_acts_for == "GBR" and e.target_sector == "CVL" and e.target_key is None
                   for e in events), _show(events)


def test_a_states_troops_still_take_the_agent_sector(nlp):
    events = _target(nlp, "Police detained British troops near the border on Friday.", "British troops")
    assert all(e.target_acts_for == "GBR" and e.target_sector == "MIL" for e in events), _show(events)


def test_a_multilateral_development_bank_is_an_intergovernmental_actor(nlp):
    events = _target(nlp, "The finance minister met multilateral development banks on Monday.",
                     "multilateral development banks")
    assert all(e.target_sector == "IGO" and e.target_acts_for is None for e in events), _show(events)


def test_citizens_of_listed_states_are_each_states_civilians_not_its_government(nlp):
    events = [e for e in _linked(nlp, "The minister praised the nationals of Peru and Chile on Monday.") if e.type == "SUPPORT"]
    states = {e.target_acts_for: e for e in events}
    assert set(states) == {"PER", "CHL"}, _show(events)
    assert all(e.target_sector == "CVL" and e.target_key is None for e in events), _show(events)


def test_representatives_from_listed_states_stay_each_state(nlp):
    events = [e for e in _linked(nlp, "Phil Gordon hosted diplomatic representatives from Argentina, Canada, and Peru on Monday.")
              if e.type == "CONSULT"]
    assert {e.source_key for e in events} == {"country:ARG", "country:CAN", "country:PER"}, _show(events)
    assert all(e.source_sector == "GOV" for e in events), _show(events)


def test_a_visits_partners_are_the_bodys_people_not_the_name_inside(nlp):
    text = ("National Security Advisor Mark Ellison traveled to Lima on Monday for meetings with senior representatives "
            "of the Peruvian government and members of the incoming administration.")
    events = [e for e in _linked(nlp, text) if e.type == "CONSULT"]
    assert any(e.target_text == "senior representatives of the Peruvian government" for e in events), _show(events)
    assert all(e.target_text != "Peruvian" and e.target_acts_for == "PER" and e.target_sector == "GOV"
               for e in events), _show(events)


def test_a_visits_partner_named_by_a_demonym_or_a_name_is_unchanged(nlp):
    for text, words in (("National Security Advisor Mark Ellison traveled to Lima on Monday to meet with Peruvian officials.",
                         "Peruvian officials"),
                        ("National Security Advisor Mark Ellison traveled to Lima on Monday to meet with President Boluarte.",
                         "Boluarte")):
        events = [e for e in _linked(nlp, text) if e.type == "CONSULT"]
        assert events and all(e.target_text == words for e in events), _show(events)


def test_citizens_of_listed_states_as_subject_act_each_as_their_states_people(nlp):
    events = [e for e in _linked(nlp, "The nationals of Peru and Chile protested against the new law on Monday.")
              if e.type == "PROTEST"]
    assert {e.source_acts_for for e in events} == {"PER", "CHL"}, _show(events)
    assert all(e.source_sector == "CVL" and e.source_key is None for e in events), _show(events)


def test_citizens_of_one_state_as_subject_keep_their_phrase(nlp):
    events = [e for e in _linked(nlp, "The citizens of Peru protested against the government on Monday.")
              if e.type == "PROTEST"]
    assert events and all(e.source_text == "citizens of Peru" and e.source_acts_for == "PER"
                          and e.source_sector == "CVL" for e in events), _show(events)


def test_workers_and_volunteers_from_a_state_are_only_placed_not_its_government(nlp):
    # (linking 0.3.867: only those who hold a body's office or act for it, actor_heads.state_agent_word,
    # are a state's agents by a "from" phrase; an executive's or volunteer's "from" says where they come from)
    source = [e for e in _linked(nlp, "Executives from Chile met with the minister on Monday.") if e.type == "CONSULT"]
    assert source and all(e.source_text == "Executives from Chile" and e.source_acts_for == "CHL"
                          and e.source_sector is None and e.source_key is None for e in source), _show(source)
    target = _target(nlp, "The minister met volunteers from Canada on Monday.", "volunteers from Canada")
    assert all(e.target_acts_for == "CAN" and e.target_sector is None and e.target_key is None
               for e in target), _show(target)


def test_diplomats_from_a_state_stay_its_agents(nlp):
    # (an envoy noun, plover_frames.yaml envoy_nouns, is one of actor_heads.state_agent_nouns)
    for text, words, state in (("The minister met diplomats from Chile on Monday.", "diplomats from Chile", "CHL"),):
        events = _target(nlp, text, words)
        assert all(e.target_acts_for == state and e.target_sector == "GOV" and e.target_key == f"country:{state}"
                   for e in events), _show(events)


def test_charge_is_an_envoy_only_as_charge_d_affaires(nlp):
    # the envoy list's unaccented "charge" stands for "chargé d'affaires"; "charges" are accusations
    from newsgraph.nlp.actor_heads import state_agent_word

    doc = nlp("Prosecutors dropped the charges from Mexico. The charge d'affaires from Mexico met the minister.")
    charges = [t for t in doc if t.lower_ == "charges"]
    envoy = [t for t in doc if t.lower_ == "charge"]
    assert charges and not state_agent_word(doc[charges[0].i])
    assert envoy and state_agent_word(doc[envoy[0].i])
