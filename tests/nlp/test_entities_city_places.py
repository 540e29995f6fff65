"""A gazetteer city the model typed as a body or a person is a place where the text uses it as
one; a title before the name keeps a person (entities 0.4.24)."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsgraph.nlp.entities import find_mentions


def _typed(base_nlp, text):
    return {(m.text, m.type) for m in find_mentions(base_nlp(text))}


@pytest.mark.parametrize("text, name", [
    # a place noun and "of" before it
    ("Volunteers brought bread to the town of Bucha after the shelling stopped.", "Bucha"),
    # examples of places, all listed with one another
    ("Aid convoys reached communities such as Bucha, Irpin, and Mariupol last week.", "Irpin"),
    # a way from one place to another
    ("From Kharkiv to Mariupol, families have fled their homes.", "Mariupol"),
    # a siege's participle
    ("Officials in besieged Mariupol said food was running out.", "Mariupol"),
    # a trip's "to"
    ("The envoy will travel to Tijuana on Friday to meet local officials.", "Tijuana"),
])
def test_city_used_as_a_place_is_a_place(base_nlp, text, name):
    typed = _typed(base_nlp, text)
    assert (name, "place") in typed
    assert (name, "organization") not in typed and (name, "person") not in typed


def test_titled_surname_that_is_also_a_city_stays_a_person(base_nlp):
    # "Austin" is a city in GeoNames; after "Secretary" it is a person
    typed = _typed(base_nlp, "Secretary Blinken and Secretary Austin met the minister in Kyiv.")
    assert ("Austin", "person") in typed and ("Austin", "place") not in typed


def test_possessive_after_in_reads_a_person(base_nlp):
    typed = _typed(base_nlp, "Critics saw little new in Gore's remarks on the climate.")
    assert ("Gore", "place") not in typed


def test_other_mentions_of_a_cued_city_follow_it(base_nlp):
    typed = _typed(base_nlp, "Shelling hit the Kherson port again. Residents of Kherson said "
                             "the water supply was cut. Kherson remained without power on Monday.")
    assert ("Kherson", "place") in typed
    assert ("Kherson", "organization") not in typed and ("Kherson", "person") not in typed


def test_body_listed_with_states_stays_a_body(base_nlp):
    typed = _typed(base_nlp, "The plan undermines the work of the UN, Turkey, and Ukraine to ship grain.")
    assert ("UN", "place") not in typed


def test_a_city_listed_with_a_capital_and_a_city_is_a_place(base_nlp):
    # a capital listed with cities is one of them; the model called the last one a person
    doc = base_nlp("Protests have spread across various cities including Tehran, Karaj and Tabriz.")
    tabriz = next(t.i for t in doc if t.text == "Tabriz")
    doc.ents = [e for e in doc.ents if e.start != tabriz] + [Span(doc, tabriz, tabriz + 1, label="PERSON")]
    assert ("Tabriz", "place") in {(m.text, m.type) for m in find_mentions(doc)}


def test_a_place_cue_is_read_across_a_narrow_no_break_space(base_nlp):
    # web typography's narrow no-break space (U+202F) after "in" is a token of its own to spaCy
    doc = base_nlp("They cited atrocities committed in\u202fBucha, Mariupol, and other towns.")
    bucha = next(t.i for t in doc if t.text == "Bucha")
    assert doc[bucha - 1].is_space
    doc.ents = [e for e in doc.ents if e.start != bucha] + [Span(doc, bucha, bucha + 1, label="ORG")]
    assert ("Bucha", "place") in {(m.text, m.type) for m in find_mentions(doc)}
