"""A person's name word that begins or ends with a transliteration mark (ALA-LC / US Treasury OFAC
style: ’ or ʾ for hamza, ‘ or ʿ for ayn, ' in plain text) joined to a capitalised neighbour is a
word of the same name (task s46-names). spaCy splits a mark at a word's edge off as a token, and
the model then leaves the word out of the name ("Jami’ ‘Ali Muhammad" -> "Ali Muhammad", which
merges with every other Ali Muhammad). Sentences are invented."""

from __future__ import annotations

from newsgraph.nlp.entities import find_mentions


def _people(base_nlp, text):
    return [m.text for m in find_mentions(base_nlp(text)) if m.type == "person"]


def test_a_hamza_word_and_an_ayn_word_before_the_name_are_taken_in(base_nlp):
    assert _people(base_nlp, "The fund paid Jami’ ‘Ali Muhammad last year.") == ["Jami’ ‘Ali Muhammad"]


def test_plain_apostrophes_as_marks_join_the_name_too(base_nlp):
    assert _people(base_nlp, "The fund paid Sa‘id Jami' 'Ali Muhammad.") == ["Sa‘id Jami' 'Ali Muhammad"]


def test_an_ayn_word_after_a_given_name_is_taken_in(base_nlp):
    assert _people(base_nlp, "Treasury designated Mas‘ud ‘Abd al-Rahman on Tuesday.") == ["Mas‘ud ‘Abd al-Rahman"]


def test_a_hamza_closing_the_name_is_kept(base_nlp):
    assert _people(base_nlp, "Khalid Ahmad Jami’ was named.") == ["Khalid Ahmad Jami’"]


def test_quotation_marks_around_a_name_stay_out(base_nlp):
    assert _people(base_nlp, "The group said ‘Ali Hassan is innocent’ in a statement.") == ["Ali Hassan"]
    assert _people(base_nlp, "The ‘Ali Hassan’ case was closed.") == ["Ali Hassan"]


def test_a_possessive_apostrophe_stays_out(base_nlp):
    assert _people(base_nlp, "Officials met Thomas’ aides and Ali Hassan’s lawyer.") == ["Thomas", "Ali Hassan"]
