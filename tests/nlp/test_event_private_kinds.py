"""A state's people, its businesses and a named person's relatives are not the state or the
person (POLECAT codes them by state plus sector: CVL, BUS), and the participle of a list header
or an alias's second name makes no act (newsgraph/nlp/linking/bodies.py ``_people_key``,
``_named_persons_relatives``; newsgraph/nlp/events/detection.py ``_list_header_end``,
``_drop_alias_targets``, ``_for_sanctioned_object``)."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "U.S. Department of State"


def _events(nlp, text):
    return extract(text, dt.date(2022, 5, 3), nlp=nlp, outlet=STATE).events


def test_protesters_named_by_their_demonym_are_no_entity_of_the_state(nlp):
    events = _events(nlp, "Hundreds of Venezuelans took to the streets of Caracas on Sunday to demand food and medicine.")
    protest = next(e for e in events if e.type == "PROTEST")
    assert (protest.source_key, protest.source_acts_for, protest.source_sector) == (None, "VEN", "CVL")


def test_the_people_one_stands_with_are_civilians_not_their_state(nlp):
    events = _events(nlp, "The United States stands with the brave Nicaraguans who are demanding free elections.")
    support = next(e for e in events if e.type == "SUPPORT")
    assert support.source_key == "country:USA"
    assert (support.target_key, support.target_acts_for, support.target_sector) == (None, "NIC", "CVL")


def test_a_states_troops_keep_the_state_as_their_entity(nlp):
    events = _events(nlp, "Russian troops shelled the city of Kharkiv on Tuesday.")
    assert any(e.source_key == "country:RUS" and e.source_sector == "MIL" for e in events)


def test_a_list_headers_participle_is_no_act_of_its_subject(nlp):
    text = ("The Department of State designated Gennady Timchenko on Friday.\n"
            "Entities designated for relation to Gennady Timchenko include:\n"
            "Volga Group is an investment vehicle.")
    events = _events(nlp, text)
    assert not any(e.source_text == "Entities" for e in events)
    assert any(e.type == "SANCTION" and e.target_text == "Gennady Timchenko" for e in events)


def test_a_quoted_alias_after_or_is_no_second_sanctioned_party(nlp):
    text = ("Today, the United States is imposing sanctions on the Venezuelan Interior Ministry’s Special "
            "Action Force or “Los Halcones” for its role in the crackdown.")
    sanctions = [e for e in _events(nlp, text) if e.type == "SANCTION"]
    assert sanctions and not any("Halcones" in (e.target_text or "") for e in sanctions)


def test_a_named_persons_parents_are_the_actors_not_the_person(nlp):
    events = _events(nlp, "Paul Whelan’s parents met with President Biden at the White House on Monday.")
    meeting = next(e for e in events if e.type == "CONSULT")
    assert meeting.source_text.endswith("parents")
    assert meeting.source_key is None and meeting.source_sector == "CVL"


def test_whom_a_sanctioned_market_serves_is_not_sanctioned(nlp):
    events = _events(nlp, "The United States today took action against cybercrime by sanctioning the largest "
                          "darknet market for Russian speakers, Hydra, and the virtual currency exchange Garantex.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert sanctions and not any(e.target_key == "country:RUS" or e.target_text == "Russian" for e in sanctions)


def test_a_plain_or_between_two_names_is_no_alias(nlp):
    # contrast: "A or B" with no quotes names two parties, each its own event
    text = "All U.S. persons are generally prohibited from engaging in transactions with VTB Bank or Otkritie Bank."
    targets = {e.target_text for e in _events(nlp, text) if e.type == "SANCTION"}
    assert {"VTB Bank", "Otkritie Bank"} <= targets, targets


def test_citizens_of_coordinated_demonyms_are_no_entity_of_their_states(nlp):
    events = _events(nlp, "The Deputy Secretary raised the cases of British and Australian citizens detained in Iran.")
    detained = [e for e in events if e.type == "COERCE"]
    assert detained and all(e.target_key is None and e.target_sector == "CVL" for e in detained)
    assert {e.target_acts_for for e in detained} == {"GBR", "AUS"}
