"""The event rules' vocabulary comes from ``lexicons/event_words.yaml``, read once at import."""

from __future__ import annotations

import dataclasses

from newsgraph.nlp import events


def test_every_event_word_set_is_read_from_the_lexicon_in_lower_case():
    for field in dataclasses.fields(events.EVENT_WORDS):
        found = getattr(events.EVENT_WORDS, field.name)
        assert isinstance(found, frozenset) and found, field.name
        assert all(word == word.lower() and " " not in word for word in found), field.name


def test_the_rules_read_the_lexicon_sets_themselves():
    for field in dataclasses.fields(events.EVENT_WORDS):
        name = field.name.upper()
        constant = getattr(events, name) if hasattr(events, name) else getattr(events, "_" + name)
        assert constant is getattr(events.EVENT_WORDS, field.name), field.name
    assert {"troop", "warship"} <= events.FORCE_NOUNS and "send" in events.TRANSFER_VERBS
