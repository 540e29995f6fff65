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


def test_kinship_nouns_by_lemma_or_word(base_nlp):
    # state.gov (examples/statedept): "his wife, Galina Lukashenka, his adult sons, Viktar Lukashenka"
    doc = base_nlp("Lukashenka's family members include his wife, Galina Lukashenka, and his adult sons.")
    from newsgraph.nlp.name_cues import is_kinship_noun

    kin = [t.text for t in doc if is_kinship_noun(t)]
    assert "wife" in kin and "sons" in kin and "Lukashenka" not in kin


def test_a_title_case_verb_after_a_descriptor_is_no_name(base_nlp):
    # entities 0.4.142: a headline in title case ("... market Affirms the ...") goes on with a
    # verb; the descriptor rule reads only a name word the parser does not tag a finite verb
    from newsgraph.nlp.name_cues import descriptor_names

    doc = base_nlp("New study of the housing market Affirms the role of migrant workers")
    named = [doc[s:e].text for s, e in descriptor_names(doc, lambda t: False)]
    assert named == []
    doc = base_nlp("Police raided the darknet market Hydra last week.")
    assert [doc[s:e].text for s, e in descriptor_names(doc, lambda t: False)] == ["Hydra"]
