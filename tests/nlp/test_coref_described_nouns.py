"""A definite common noun ("the student", "the boy") takes the one person the article introduced
with that noun: an apposition with an indefinite article ("X, a 16-year-old boy from ...") or a
sector noun written before the name ("student X"); with no such person, or two, it stays a word.
"allow/let X into Y": the place is where X goes, not the target."""

from __future__ import annotations

import datetime as dt

from newsgraph.nlp.pipeline import extract

DAY = dt.date(2022, 1, 1)


def _keyed(text: str, phrase: str):
    ex = extract(text, DAY)
    start = text.rindex(phrase)
    return [m.entity_key for m in ex.mentions if m.start == start and m.end == start + len(phrase)]


def test_apposition_noun_names_the_person():
    text = ("Maria Lopez, a 16-year-old girl from Oaxaca, was detained at the border on Monday. "
            "Officials later released the girl without charge.")
    assert _keyed(text, "the girl") == ["person:maria-lopez"]


def test_sector_noun_before_the_name_names_the_person():
    text = ("On Friday, police detained student Ivan Petrov at a rally in Minsk. "
            "Officers questioned the student for two hours.")
    assert _keyed(text, "the student") == ["person:ivan-petrov"]


def test_two_people_with_the_noun_leave_it_unresolved():
    text = ("On Friday, police detained student Ivan Petrov and student Olga Smirnova at a rally. "
            "Officers questioned the student for two hours.")
    assert _keyed(text, "the student") == []


def test_noun_nobody_was_introduced_with_stays_a_word():
    text = "Maria Lopez, a 16-year-old girl from Oaxaca, was detained. Police questioned the teacher."
    assert _keyed(text, "the teacher") == []


def test_admitted_place_is_a_destination_not_the_target():
    ex = extract("Poland allowed thousands of refugees into the country on Monday.", DAY)
    allowed = [e for e in ex.events if "allow" in e.trigger]
    assert allowed and all(e.target_text != "country" for e in allowed)


def test_plural_title_reads_as_the_first_of_the_people_titled_so():
    text = ("Secretary of State Jane Miller and Secretary of Commerce Tom Baker met with trade officials "
            "in Ottawa on Tuesday. The Secretaries discussed supply chains.")
    assert _keyed(text, "The Secretaries") == ["person:jane-miller"]


def test_plural_title_with_one_person_titled_so_stays_a_word():
    text = ("Foreign Minister Anna Berg met with officials in Oslo on Tuesday. "
            "The Ministers discussed energy security.")
    assert _keyed(text, "The Ministers") == []
