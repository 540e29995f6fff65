"""A stance held in an adjectival predicate (issue 6, Stop 50; docs/coding_rules.md "### Stop 50
(issue 6)", events 0.8.216, review fixes 0.8.219):

- a copula or "stand" with an adjective of firm or shared holding (steadfast, resolute, united,
  committed ...) and an "in" / "to" phrase whose object is a stance noun naming a party ("are
  steadfast in their support for X", "stand steadfast in support of X", "remain united in our
  commitment to X's sovereignty") is the stance the noun carries, read as after "reaffirm":
  CAMEO 051 / 050, PLOVER SUPPORT of that party, asserted when said by the holder;
- a personal pronoun holding such an adjective controls its "to" / "in" gerund as a named subject
  does where the gerund is itself a stance ("We remain committed to supporting the people of X"),
  not a material or dealing act ("They remain dedicated to fighting X": a commitment, no doer);
- a held stance wished for ("We hope the allies will remain united in ...") or a former state
  ("X was once steadfast in ...") is no stance voiced;
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
    ("Finland and Estonia have been steadfast in their backing for Armenia's independence.", ["Estonia", "Finland"], "Armenia"),
    ("Estonia and its neighbours stand firm in support of Armenia's territorial integrity.", ["Estonia"], "Armenia"),
    ("We are united in our strong backing for the Armenian people.", ["We"], "Armenian people"),
    ("Finland and its Nordic partners remain united in their commitment to the freedom and security of Armenia.",
     ["Finland"], "Armenia"),
    ("Latvia is resolute in its support for Moldova's independence.", ["Latvia"], "Moldova"),
    # the parser hangs the second stance noun on the copula and leaves "with" without object
    ("Latvia remains unwavering in its solidarity with and its backing for Armenia.", ["Latvia"], "Armenia"),
    # a present perfect state still holds (contrast to the former state below)
    ("Hungary has long been steadfast in its support for Serbia.", ["Hungary"], "Serbia"),
])
def test_stance_noun_under_an_adjective_is_support(nlp, text, sources, target):
    found = linked(nlp, text)
    assert _rows(found) == [("SUPPORT", "asserted", source, target) for source in sources], show(found)


@pytest.mark.parametrize("text, source, target", [
    ("We stay committed to supporting Armenian reformers through training programmes.", "We", "Armenian reformers"),
    ("They are dedicated to backing the elected government of Armenia.", "They", "elected government of Armenia"),
    ("We remain committed to standing with the people of Moldova.", "We", "people of Moldova"),
])
def test_pronoun_holder_controls_a_stance_gerund(nlp, text, source, target):
    found = linked(nlp, text)
    assert _rows(found) == [("SUPPORT", "asserted", source, target)], show(found)


@pytest.mark.parametrize("text, event_type", [
    # review of Stop 50: a material or dealing act held as a commitment gets no pronoun doer
    ("They remain dedicated to fighting the rebels in the north.", "ASSAULT"),
    ("We remain committed to negotiating with Tehran.", "CONSULT"),
])
def test_pronoun_holder_gives_a_committed_act_no_doer(nlp, text, event_type):
    found = linked(nlp, text)
    assert [e.source_text for e in found if e.type == event_type and e.status == "asserted" and e.source_text] == [], show(found)


@pytest.mark.parametrize("text", [
    # review of Stop 50: a held stance hoped for or expected of others is no stance voiced
    "We hope our partners will stay united in their support for Moldova.",
    "We expect our partners to stay united in their support for Moldova.",
    # a former state, no stance of the release date
    "Hungary was once steadfast in its support for Serbia.",
])
def test_hoped_or_former_stance_is_no_event(nlp, text):
    found = linked(nlp, text)
    assert [e for e in found if e.type in ("SUPPORT", "AGREE")] == [], show(found)


@pytest.mark.parametrize("text", [
    # no stance noun after the adjective
    "Poland and Lithuania are united in the view that trade benefits both countries.",
    "The coalition partners remained united in their response to the budget crisis.",
    "The two cabinets are united in their efforts to build new railways.",
    # a stance with no party named
    "Poland is committed to the battle against air pollution.",
    "We stay steadfast in our commitment to the struggle against rising sea levels.",
    # a material act held as a commitment (asserted-frame, commitment) and an act with no party
    "Poland remains dedicated to assisting Georgian farmers to rebuild.",
    "We are committed to promoting democracy.",
])
def test_no_stance_noun_or_no_party_stays_no_event(nlp, text):
    found = linked(nlp, text)
    assert [e for e in found if e.type in ("SUPPORT", "AID", "AGREE")] == [], show(found)


def test_restated_commitment_is_unchanged(nlp):
    # contrast: the verb reading the adjectival frame follows
    found = linked(nlp, "Poland reiterated its commitment to Georgia's sovereignty.")
    assert _rows(found) == [("SUPPORT", "asserted", "Poland", "Georgia")], show(found)
