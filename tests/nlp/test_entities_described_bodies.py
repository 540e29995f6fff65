"""Stop 47 (issue 6), entities 0.4.139: a one-word name the model read as a person that an
appositive, a copula or a premodifying noun describes as a body ("a darknet market", "the
largest marketplace ..., X,", "the exchange X") is an organisation in all its mentions; a name
described as a person ("the head of the group") stays a person. Invented sentences."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

STATE = "United States Department of State"
DAY = dt.date(2022, 4, 5)


def _types(x, name):
    return [m.type for m in x.mentions if m.text == name]


def test_a_name_said_to_be_a_market_is_no_person(nlp):
    x = extract("Cerberus is a darknet market. Police said Cerberus sold drugs.", DAY, nlp=nlp, outlet=STATE)
    assert _types(x, "Cerberus") == ["organization", "organization"]
    assert not any(m.entity_key == "person:cerberus" for m in x.mentions)


def test_a_name_described_as_a_person_stays_one(nlp):
    x = extract("Police arrested Kraken, the head of the group. Kraken denied the charge.", DAY, nlp=nlp,
                outlet=STATE)
    assert "person" in _types(x, "Kraken")


def test_the_phrase_before_a_comma_set_name_is_its_description(base_nlp):
    from newsgraph.nlp.entities import _body_description, _phrase_before_comma

    doc = base_nlp("The ministry sanctioned the largest darknet market for Spanish speakers, Vakro, and a bank.")
    i = next(t.i for t in doc if t.text == "Vakro")
    head = _phrase_before_comma(doc, i)
    assert head is not None and head.text == "market" and _body_description(head)
    doc = base_nlp("Police arrested the father of the victim, Mertens, last week.")
    i = next(t.i for t in doc if t.text == "Mertens")
    head = _phrase_before_comma(doc, i)
    assert head is None or not _body_description(head)


def test_a_name_described_by_a_person_noun_of_trade_stays_a_person(nlp, base_nlp):
    # "supplier" is a designated organisation head of the sanctions releases, but its commonest
    # sense is a person (WordNet): it describes a firm or a person, so it retypes no name
    from newsgraph.nlp.entities import _body_description

    doc = base_nlp("The ministry designated Petrov, a supplier of drone parts, on Tuesday.")
    assert not _body_description(next(t for t in doc if t.text == "supplier"))
    # (a name the model reads as a person in both mentions; it tags some other surnames ORG itself)
    x = extract("Police arrested Ivanov, a supplier of drone parts, on Tuesday. Ivanov denied the charge.",
                DAY, nlp=nlp, outlet=STATE)
    assert _types(x, "Ivanov") == ["person", "person"]
    # contrast: a company is no person
    x = extract("The ministry designated Volkor, a company that makes drone parts, on Tuesday. Volkor denied it.",
                DAY, nlp=nlp, outlet=STATE)
    assert "person" not in _types(x, "Volkor")
