"""A stance held in an adjectival predicate (issue 6, Stop 50; docs/coding_rules.md "### Stop 50
(issue 6)", events 0.8.214):

- a copula or "stand" with an adjective of firm or shared holding (steadfast, resolute, united,
  committed ...) and an "in" / "to" phrase whose object is a stance noun naming a party ("are
  steadfast in their support for X", "stand steadfast in support of X", "remain united in our
  commitment to X's sovereignty") is the stance the noun carries, read as after "reaffirm":
  CAMEO 051 / 050, PLOVER SUPPORT of that party, asserted when said by the holder;
- a personal pronoun holding such an adjective controls its "to" / "in" gerund as a named subject
  does ("We remain committed to supporting the people of X");
- a noun that is no stance ("united in their belief that ...", "united in the face of X"), a stance
  with no party ("committed to the fight against climate change") and a material act under the
  commitment ("dedicated to helping X rebuild") stay no event.

Sentences are invented, in the style of the demo releases (examples/); contrasts marked."""

from __future__ import annotations

import pytest

from tests.nlp.linked_events import linked, show


def _rows(events, event_type="SUPPORT"):
    return sorted((e.type, e.status, e.source_text, e.target_text) for e in events if e.type == event_type)


@pytest.mark.parametrize("text, sources, target", [
    ("Poland and Lithuania are steadfast in their support for Georgia's sovereignty.", ["Lithuania", "Poland"], "Georgia"),
    ("Poland and its allies stand steadfast in support of Georgia's independence.", ["Poland"], "Georgia"),
    ("We are united in our continued support for the people of Georgia.", ["We"], "people of Georgia"),
    ("Poland and its partners remain united in our commitment to the sovereignty and independence of Moldova.",
     ["Poland"], "Moldova"),
    ("We are resolute in our support for Moldova's independence.", ["We"], "Moldova"),
    # the parser hangs the second stance noun on the copula and leaves "with" without object
    ("We are steadfast in our solidarity with and our support for Moldova.", ["We"], "Moldova"),
])
def test_stance_noun_under_an_adjective_is_support(nlp, text, sources, target):
    found = linked(nlp, text)
    assert _rows(found) == [("SUPPORT", "asserted", source, target) for source in sources], show(found)


@pytest.mark.parametrize("text, target", [
    ("We remain committed to supporting the people of Armenia by promoting democracy.", "people of Armenia"),
    ("We remain committed to supporting the aspirations of the Armenian people.", "Armenian people"),
])
def test_pronoun_holder_controls_the_gerund(nlp, text, target):
    found = linked(nlp, text)
    assert _rows(found) == [("SUPPORT", "asserted", "We", target)], show(found)


@pytest.mark.parametrize("text", [
    # no stance noun after the adjective
    "Poland and Lithuania are united in their belief that trade benefits both countries.",
    "Poland and its partners are united in the face of aggression.",
    "The three governments are united in efforts towards investing in new initiatives.",
    # a stance with no party named
    "Poland is committed to the fight against climate change.",
    "We are steadfast in our commitment to the fight against climate change.",
    # a material act held as a commitment (asserted-frame, commitment) and an act with no party
    "Poland remains dedicated to helping the people of Georgia rebuild.",
    "We are committed to promoting democracy.",
])
def test_no_stance_noun_or_no_party_stays_no_event(nlp, text):
    found = linked(nlp, text)
    assert [e for e in found if e.type in ("SUPPORT", "AID", "AGREE")] == [], show(found)


def test_restated_commitment_is_unchanged(nlp):
    # contrast: the verb reading the adjectival frame follows
    found = linked(nlp, "Poland reiterated its commitment to Georgia's sovereignty.")
    assert _rows(found) == [("SUPPORT", "asserted", "Poland", "Georgia")], show(found)
