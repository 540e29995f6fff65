"""Stop 49 (issue 6): the sector of people a state owns through an "of" phrase or beside a place,
and the people a protection designation is for (invented sentences, with contrasts)."""

from __future__ import annotations

from tests.nlp.linked_events import linked as _linked, show as _show


def _targets(nlp, text, words):
    events = [e for e in _linked(nlp, text) if e.target_text == words]
    assert events, _show(_linked(nlp, text))
    return events


def test_a_states_forces_beside_a_place_are_its_military(nlp):
    # actor_sectors.yaml people_after_demonym: a state's forces are MIL; "in Syria" only places them
    events = _targets(nlp, "The ministry condemned abuses by Turkish forces in Syria.", "Turkish forces in Syria")
    assert all(e.target_acts_for == "TUR" and e.target_sector == "MIL" for e in events), _show(events)


def test_the_forces_of_a_state_are_its_military_as_its_possessive_is(nlp):
    events = [e for e in _linked(nlp, "The forces of Russia attacked the town on Monday.") if e.type == "ASSAULT"]
    assert events and all(e.source_acts_for == "RUS" and e.source_sector == "MIL" for e in events), _show(events)


def test_executives_of_a_state_are_its_business_not_its_government(nlp):
    events = _targets(nlp, "The minister met the executives of Chile on Monday.", "executives of Chile")
    assert all(e.target_acts_for == "CHL" and e.target_sector == "BUS" and e.target_key is None
               for e in events), _show(events)
    source = [e for e in _linked(nlp, "Executives of Peru met with the minister on Monday.") if e.type == "CONSULT"]
    assert source and all(e.source_acts_for == "PER" and e.source_sector == "BUS" for e in source), _show(source)


def test_officials_and_people_of_a_state_keep_their_sector(nlp):
    # contrasts: a state's officials are its government, its people its civilians
    officials = _targets(nlp, "The minister met officials of Chile on Monday.", "officials of Chile")
    assert all(e.target_acts_for == "CHL" and e.target_sector == "GOV" for e in officials), _show(officials)
    people = _targets(nlp, "The minister met the people of Chile on Monday.", "people of Chile")
    assert all(e.target_acts_for == "CHL" and e.target_sector == "CVL" for e in people), _show(people)


def test_a_state_designated_for_protected_status_stands_for_its_nationals(nlp):
    events = [e for e in _linked(nlp, "The Secretary is designating Peru for Temporary Protected Status for 18 months.")
              if e.type == "AID"]
    assert events and all(e.target_acts_for == "PER" and e.target_sector == "CVL" and e.target_key is None
                          for e in events), _show(events)


def test_a_state_designated_or_sanctioned_otherwise_stays_the_state(nlp):
    for text in ("The Secretary sanctioned Peru for its abuses.",
                 "The Secretary designated Peru as a state sponsor of terrorism."):
        events = [e for e in _linked(nlp, text) if e.target_text == "Peru"]
        assert events and all(e.target_key == "country:PER" and e.target_sector == "GOV" for e in events), _show(events)


def test_a_states_banks_are_its_business_but_its_central_bank_stays_government(nlp):
    # people_after_demonym: bank BUS ("Belarusian banks"); the Phoenix agent CENTRAL_BANK is matched first
    banks = _targets(nlp, "The ministry sanctioned the banks of Belarus on Monday.", "banks of Belarus")
    assert all(e.target_acts_for == "BLR" and e.target_sector == "BUS" for e in banks), _show(banks)
    central = _targets(nlp, "The ministry sanctioned the central bank of Russia on Monday.", "central bank of Russia")
    assert all(e.target_acts_for == "RUS" and e.target_sector == "GOV" for e in central), _show(central)
