"""Sentence boundaries at paragraph breaks and headings, not at hard wraps."""

from __future__ import annotations


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_heading_and_blank_line_are_boundaries(nlp):
    text = "Special place\n\n“South American countries have a special place,” Ashtiani said, BBC reported."
    assert sentences(nlp, text) == ["Special place", "“South American countries have a special place,” Ashtiani said, BBC reported."]


def test_short_byline_line_is_a_boundary(nlp):
    text = "Ned Price, Department Spokesperson\nToday, Secretary Blinken designated Ambassador Jean Manes as Chargé d’affaires."
    assert sentences(nlp, text)[0] == "Ned Price, Department Spokesperson"


def test_hard_wrapped_prose_stays_one_sentence(nlp):
    text = ("Section 202(d) of the National Emergencies Act (50 U.S.C. 1622(d))\nprovides for the automatic "
            "termination of a national emergency unless,\nwithin 90 days prior to the anniversary date, the President acts.")
    assert len(sentences(nlp, text)) == 1
