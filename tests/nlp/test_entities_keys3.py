"""Entity names and states (task keys3): an ordinal numbering a military unit stays in its name,
the "Korean People's" naming is the DPRK's, a lowercase common-noun lead is no part of a person's
name, and a place in a document's name ("the Protocol of X") is no actor."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

DAY = dt.date(2022, 6, 28)


def _texts(x, type_):
    return {" ".join(m.text.split()) for m in x.mentions if m.type == type_}


def test_an_ordinal_numbering_a_military_unit_stays_in_its_name(nlp):
    text = ("The Treasury designated the 76th Guards Air Assault Division, the 455th Expeditionary "
            "Logistics Readiness Squadron and the 64th Separate Motorized Rifle Brigade.")
    x = extract(text, DAY, nlp=nlp)
    orgs = _texts(x, "organization")
    assert "76th Guards Air Assault Division" in orgs
    assert "64th Separate Motorized Rifle Brigade" in orgs
    keys = {m.entity_key for m in x.mentions if m.type == "organization"}
    assert "org:64th-separate-motorized-rifle-brigade" in keys
    assert "org:separate-motorized-rifle-brigade" not in keys


def test_the_korean_peoples_army_is_north_koreas(nlp):
    x = extract("Kim Jong-un demanded that the Korean People's Army prepare for war.", DAY, nlp=nlp)
    ents = x.entities.values() if isinstance(x.entities, dict) else x.entities
    army = [e for e in ents if e.name == "Korean People's Army"]
    assert army and army[0].acts_for == "PRK"
    demands = [e for e in x.events if e.target_text and "Korean People's Army" in e.target_text]
    assert demands and all(e.target_acts_for == "PRK" for e in demands)


def test_a_lowercase_common_noun_lead_is_no_part_of_a_persons_name(nlp):
    text = "Todos se mueren de risa al oír los despropósitos de García. He is a liar."
    x = extract(text, DAY, nlp=nlp)
    people = _texts(x, "person")
    assert not any(p.startswith("los ") for p in people)
    assert not any(m.entity_key and "despropositos" in m.entity_key for m in x.mentions)


def test_a_place_naming_a_document_is_no_recipient(nlp):
    text = "In 2001, when we signed the Inter-American Democratic Charter, we also signed the Protocol of Quebec."
    x = extract(text, DAY, nlp=nlp)
    assert not any(e.target_text == "Quebec" or e.source_text == "Quebec" for e in x.events)
    assert "Quebec" not in _texts(x, "place")


def test_a_memorandum_of_understanding_keeps_its_partner(nlp):
    text = "The Ministry of Economy of Colombia signed a Memorandum of Understanding with Peru on trade."
    x = extract(text, DAY, nlp=nlp)
    assert any(e.target_text == "Peru" for e in x.events)
