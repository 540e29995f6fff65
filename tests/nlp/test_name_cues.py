"""name_cues: the lexicon is loaded once (every mention asks for it) and the clipped given-name rule."""

from __future__ import annotations

from newsgraph.nlp import name_cues


def test_the_cue_lexicon_is_read_once():
    # cues() runs for every candidate name; reading the YAML each time made the entities
    # component four times slower than spaCy itself
    assert name_cues.cues() is name_cues.cues()


def test_a_clipped_given_name():
    assert name_cues.clipped_given_name("tony", "antony")
    assert name_cues.clipped_given_name("andrew", "drew")
    assert not name_cues.clipped_given_name("ian", "brian")
    assert not name_cues.clipped_given_name("dan", "jordan")
    assert not name_cues.clipped_given_name("anna", "anna")
