"""The linker's word sets come from ``lexicons/linking_words.yaml``, read once at import."""

from __future__ import annotations

import dataclasses

from newsgraph.nlp import linking


def test_every_linking_word_set_is_read_from_the_lexicon_in_lower_case():
    words = linking.LINKING_WORDS
    for field in dataclasses.fields(words):
        found = getattr(words, field.name)
        assert isinstance(found, frozenset) and found, field.name
        assert all(word == word.lower() and " " not in word for word in found), field.name


def test_the_linker_reads_the_lexicon_sets_themselves():
    assert linking._MEETING_VERBS is linking.LINKING_WORDS.meeting_verbs
    assert {"meet", "host", "visit"} <= linking._MEETING_VERBS
    assert "delegation" in linking._PEOPLE_COLLECTIVES and "staff" in linking._STAFF_NOUNS
    assert {"we", "he", "there"} <= linking._NOT_THEY_SUBJECTS and "they" not in linking._NOT_THEY_SUBJECTS
